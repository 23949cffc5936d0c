"""Yearly evidence for plans over years: each review year's figure, named as the yearly reports name it, never another."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from planaudit.reading.horizon import total_over_span, year_flow_only
from planaudit.reading.matching import measure_words, names_measure, same_words
from planaudit.reading.script import fold
from tests.drafting import draft_with_reviews

ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("全國萬元國內生產總值能耗下降2.7%。", "全国万元国内生产总值能耗下降2.7%。"),
        # pinyin a mirror inserts after some characters is left out
        ("經(jīng)費(fèi)支出比上年增長9.1%。", "经费支出比上年增长9.1%。"),
        # a half-width comma inside Chinese (an NFKC copy) ends a clause as the full-width one does
        ("總產量為52億噸,比上年增長3%。", "总产量为52亿吨，比上年增长3%。"),
        ("产量为52亿吨,比上年增长3%。", "产量为52亿吨，比上年增长3%。"),
    ],
)
def test_traditional_lines_are_read_as_simplified(written: str, read: str) -> None:
    folded = fold(written)
    assert folded is not None and folded.text == read


@pytest.mark.parametrize(
    "written",
    [
        "成效显著，收入增长5%。",  # one character of the table (著) in a simplified line: left as written
        "Income grew 5%, to £1,200.",
        "1,000,000人次",
    ],
)
def test_text_with_nothing_to_fold_is_read_as_written(written: str) -> None:
    assert fold(written) is None


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("長江三峽水庫水質穩定。", "长江三峡水库水质稳定。"),  # 峽 is 峡, not 崃
        ("錫礦產量增長5%，濾水廠新建3座。", "锡矿产量增长5%，滤水厂新建3座。"),
        ("啓動項目12個，顏料廠關停3家。", "启动项目12个，颜料厂关停3家。"),
    ],
)
def test_the_table_folds_each_character_to_its_simplified_form(written: str, read: str) -> None:
    folded = fold(written)
    assert folded is not None and folded.text == read


def test_no_simplified_character_is_folded() -> None:
    # characters simplified text writes (溜, 呼, 脊, 乾坤's 乾, 显著's 著) stay as they are in any line
    simplified = "溜冰场呼吁脊梁乾坤显著猛烈糊涂劈开采取户口并且"
    line = "經濟運行穩中向好，" + simplified
    folded = fold(line)
    assert folded is not None and folded.text.endswith(simplified)


def test_the_table_is_one_to_one_and_never_maps_a_character_to_itself() -> None:
    from planaudit.reading import script

    assert len(script._TRADITIONAL) == len(script._SIMPLIFIED) == len(set(script._TRADITIONAL))
    assert all(a != b for a, b in zip(script._TRADITIONAL, script._SIMPLIFIED, strict=True))
    assert not set(script._TRADITIONAL) & set("溜呼脊乾著猛糊劈采户并")


def test_folded_positions_map_back_to_the_text_as_written() -> None:
    written = "簡體行。\n公報顯示，全國萬元國內(nèi)生產(chǎn)總值二氧化碳排放下降3.8%。\n"
    folded = fold(written)
    assert folded is not None
    start = folded.text.index("二氧化碳")
    end = folded.text.index("3.8%") + len("3.8%")
    assert written[folded.original(start) : folded.original(end - 1) + 1] == "二氧化碳排放下降3.8%"
    start = folded.text.index("万元")
    assert (
        written[folded.original(start) : folded.original(end - 1) + 1]
        == "萬元國內(nèi)生產(chǎn)總值二氧化碳排放下降3.8%"
    )


@pytest.mark.parametrize(
    ("goal_measure", "review_words", "named"),
    [
        ("单位国内生产总值能耗", "全国万元国内生产总值能耗比上年下降", True),  # per ten thousand yuan of GDP: per unit
        ("全社会研发经费投入", "全年研究与试验发展(R&D)经费支出", True),  # the communiqué's name of R&D spending
        ("全社会研发经费投入", "企业研发费用加计扣除比例", False),
        ("常住人口城镇化率", "常住人口城镇化率从", True),  # the words of a change from … to …
        ("粮食产量", "粮食产量首次跃上", True),
        ("单位国内生产总值能耗", "国内生产总值", False),
    ],
)
def test_measures_named_otherwise_in_yearly_reports(goal_measure: str, review_words: str, named: bool) -> None:
    assert names_measure(goal_measure, goal_measure, same_words(review_words)) is named


@pytest.mark.parametrize(
    ("before", "words"),
    [
        ("常住人口城镇化率从", "常住人口城镇化率"),
        ("粮食产量首次跃上", "粮食产量"),
        ("城镇调查失业率平均为", "城镇调查失业率"),
    ],
)
def test_measure_words_leave_out_the_words_of_a_change(before: str, words: str) -> None:
    assert measure_words(before) == words


@pytest.mark.parametrize(
    ("kind", "percent", "clause", "total"),
    [
        ("at_least", False, "Train 600 volunteers in digital skills over the three years", True),
        ("at_least", False, "“十四五”期间累计新增城镇就业300万人", True),
        ("new_items", False, "Open 3 new branch libraries", True),
        ("at_least", False, "Increase the number of members to 5,000", False),  # a level to reach
        ("at_least", True, "累计提高5%", False),
        ("growth", True, "Grow income by 5% a year on average", False),
    ],
)
def test_targets_counted_over_the_whole_span(kind: str, percent: bool, clause: str, total: bool) -> None:
    assert total_over_span(kind, percent, clause) is total


@pytest.mark.parametrize(
    ("quote", "flow"),
    [
        ("A further 230 volunteers were trained in digital skills", True),
        ("We trained 120 more people this year", True),
        ("当年新增城镇就业52万人", True),
        ("440 volunteers trained since 2024", False),
        ("bringing the total to 196,000 this year", False),  # a total, even said of this year
        ("累计新增城镇就业150万人", False),
        ("We trained 210 volunteers", False),  # nothing says whose count: left to the reader
    ],
)
def test_a_year_s_own_count_told_apart_from_the_count_so_far(quote: str, flow: bool) -> None:
    assert year_flow_only(quote) is flow


ZH_PLAN = (
    "青岚市国民经济和社会发展第十四个五年规划纲要\n\n"
    "主要目标\n\n"
    "到2025年，常住人口城镇化率提高到72%，单位地区生产总值能耗和二氧化碳排放分别降低14%、19%，"
    "全社会研发经费投入年均增长8%以上，蔬菜综合生产能力保持在300万吨以上。\n"
)
# 2021: a report, then a traditional-character copy of the statistical communiqué with pinyin and half-width commas
ZH_2021 = (
    "青岚市2022年政府工作报告\n\n一、2021年工作回顾\n\n"
    "地区生产总值增长7.9%。蔬菜产量312万吨。\n\n"
    "公報顯示,2021年,萬元地區生產總值能耗比上年下降3.1%,萬元地區生產總值二氧化碳排放下降4.2%。"
    "全年研究與試驗發展(R&D)經(jīng)費(fèi)支出188億元,比上年增長11.5%。\n"
)
ZH_2022 = (
    "青岚市2023年政府工作报告\n\n一、2022年工作回顾\n\n"
    "常住人口城镇化率从70.1%提高到70.9%。单位地区生产总值能耗降幅超过2.5%。蔬菜产量首次跃上320万吨新台阶。\n"
)


def _entry(targets: dict, actuals: dict, year: int, words: str) -> dict:  # type: ignore[type-arg]
    goal = next(g for g in targets["goals"] if words in g["quote"])
    return actuals["years"][year]["goals"][goal["id"]]  # type: ignore[no-any-return]


def test_a_ledger_reads_each_year_as_its_reports_name_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    targets, actuals, _ = draft_with_reviews(tmp_path, ZH_PLAN, [ZH_2021, ZH_2022])
    energy = next(g for g in targets["goals"] if g["rule"].get("target") == 14)["id"]
    carbon = next(g for g in targets["goals"] if g["rule"].get("target") == 19)["id"]
    first = actuals["years"][2021]["goals"]
    # the traditional copy is read, and quoted as it is written (validate found every quote in the review)
    assert (
        first[energy]["value"] == 3.1 and "萬元地區生產總值能耗比上年下降3.1%" in first[energy]["evidence"][0]["quote"]
    )
    assert first[carbon]["value"] == 4.2  # each item of 分别 its own figure, not the other's
    rnd = _entry(targets, actuals, 2021, "研发经费")
    assert rnd["value"] == 11.5 and "增長11.5%" in rnd["evidence"][0]["quote"]
    veg = _entry(targets, actuals, 2021, "蔬菜综合生产能力")
    assert veg["value"] == 312 and veg["caveat"].startswith("output, not capacity")  # output: a floor of capacity
    second = actuals["years"][2022]["goals"]
    urban = _entry(targets, actuals, 2022, "城镇化率")
    assert urban["value"] == 70.9  # the level reached, not the one the change started from
    assert second[energy]["value"] == 2.5 and second[energy]["qualifier"] == "more_than"  # 降幅超过: a fall
    assert second[carbon] == {"status": "silent"}
    assert _entry(targets, actuals, 2022, "蔬菜综合生产能力")["value"] == 320


EN_PLAN = (
    "Eastbay Parks Strategy 2024–2026\n\n"
    "Over the three years of this strategy we will:\n\n"
    "1. Plant 9,000 street trees over the three years.\n"
    "2. Grow income from park events by 4% a year on average.\n"
)
EN_2024 = "Eastbay Parks Annual Report 2024\n\nWe planted 3,100 street trees. Park events income was £52,000, up 6%.\n"
EN_2025 = (
    "Eastbay Parks Annual Report 2025\n\n"
    "A further 2,800 street trees were planted this year. Park events income was £53,600, up 3% on 2024; "
    "over the two years it grew by an average of 4.5% a year.\n"
)


def test_a_total_over_the_span_is_never_proposed_from_a_later_year_s_own_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    targets, actuals, _ = draft_with_reviews(tmp_path, EN_PLAN, [EN_2024, EN_2025])
    assert _entry(targets, actuals, 2024, "street trees")["value"] == 3100  # the first year: its count is the total
    later = (tmp_path / "actuals.yaml").read_text(encoding="utf-8")
    assert _entry(targets, actuals, 2025, "street trees") == {"status": "silent"}
    assert "only 2025's own count is reported; the goal counts from 2024" in later
    # a change told after its level names the level's measure; the two-year average is not the year's
    assert _entry(targets, actuals, 2024, "park events")["value"] == 6
    income = _entry(targets, actuals, 2025, "park events")
    assert income["value"] == 3 and "4.5" not in income["evidence"][0]["quote"]


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("draft_years", ROOT / "benchmarks" / "draft_years.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_second_multi_year_plan_keyed_before_draft_ran() -> None:
    """benchmarks/years/en-harbourside-libraries (keyed by hand before draft ran on it): every year scored, and no
    proposal of either year is wrong."""
    c = _scorer().score(str(ROOT / "benchmarks" / "years" / "en-harbourside-libraries"))
    assert list(c["years"]) == [2024, 2025] and c["found"] == c["key_goals"] == 8
    assert all(row["wrong"] == 0 and row["right"] >= 5 for row in c["years"].values()), c["years"]
