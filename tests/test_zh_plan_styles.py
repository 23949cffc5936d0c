"""Chinese plans in styles the corpus lacks: a five-year plan's 专栏 of indicators, a department's task table with
责任单位 and 完成时限, a municipal report's ；-list of 预期目标, and the units and past years they are written with."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planaudit.reading.clauses import zh_past_topic
from planaudit.reading.scan import scan
from planaudit.reading.tables import indicators
from tests.conftest import run_cli

PIPE_TABLE = (
    "某省“十四五”规划纲要\n\n专栏1　主要指标\n\n"
    "| 类别 | 指标 | 2020年 | 2025年 | 年均增长/累计 | 属性 |\n"
    "|---|---|---|---|---|---|\n"
    "| 经济发展 | 地区生产总值增长（%） | 3.6 | — | 6左右 | 预期性 |\n"
    "| 创新驱动 | 研发经费投入增长（%） | 2.1 | — | 8以上 | 预期性 |\n"
    "| 民生福祉 | 城镇新增就业人数（万人） | 65 | — | 〔300〕 | 预期性 |\n"
    "| 民生福祉 | 城镇调查失业率（%） | 5.2 | — | <5.5 | 预期性 |\n"
    "| 绿色生态 | 单位地区生产总值能源消耗降低（%） | — | — | 〔14〕 | 约束性 |\n"
    "| 绿色生态 | 森林覆盖率（%） | 42.3 | 43.5 | — | 约束性 |\n"
    "| 绿色生态 | 细颗粒物平均浓度（微克/立方米） | 35 | 30 | — | 约束性 |\n"
    "| 安全保障 | 粮食综合生产能力（万吨） | 1150 | 1200以上 | — | 约束性 |\n\n"
    "注：〔 〕内为五年累计数。\n"
)
# The same table as whitespace columns, its category column left out of the rows.
SPACED_TABLE = (
    "某市“十四五”规划\n\n"
    "指标                      2020年    2025年    属性\n"
    "常住人口城镇化率（%）      61.2      66        预期性\n"
    "森林覆盖率（%）            42.3      43.5      约束性\n"
)


def _rows(text: str) -> list[tuple[str, str, str, float | None, str | None, str]]:
    return [(f.measure, f.kind, f.level, f.target, f.unit, f.direction) for f in scan(text)]


def test_an_indicator_table_is_read_one_goal_a_row() -> None:
    assert _rows(PIPE_TABLE) == [
        # 年均增长 6左右: about 6, more is better; the 2020 column is the base, never the target
        ("地区生产总值", "approximately", "expected", 6.0, "%", "floor"),
        ("研发经费投入", "at_least", "expected", 8.0, "%", ""),
        # 〔300〕: a five-year total, a floor
        ("城镇新增就业人数", "at_least", "expected", 300.0, "万人", ""),
        ("城镇调查失业率", "at_most", "expected", 5.5, "%", ""),
        # …降低 in the name: a fall of 14%; 约束性 is the binding level
        ("单位地区生产总值能源消耗", "decline", "binding", 14.0, "%", ""),
        ("森林覆盖率", "at_least", "binding", 43.5, "%", ""),
        # a 2025 value below the 2020 one: a ceiling
        ("细颗粒物平均浓度", "at_most", "binding", 30.0, "微克/立方米", ""),
        ("粮食综合生产能力", "at_least", "binding", 1200.0, "万吨", ""),
    ]
    assert [f.exclusive for f in scan(PIPE_TABLE) if f.kind == "at_most"] == [True, False]
    assert _rows(SPACED_TABLE) == [
        ("常住人口城镇化率", "at_least", "expected", 66.0, "%", ""),
        ("森林覆盖率", "at_least", "binding", 43.5, "%", ""),
    ]
    # the quote is the row, and holds the target's number
    assert scan(SPACED_TABLE)[1].quote == "森林覆盖率（%）            42.3      43.5      约束性"


def test_a_task_table_takes_its_deadline_column_and_reads_no_unit_or_serial_as_a_figure() -> None:
    text = (
        "某市2023年工作要点\n\n"
        "| 序号 | 重点任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
        "| 1 | 建成市级政务数据共享交换平台 | 市大数据局 | 2023年6月底前 |\n"
        "| 2 | 新增电子证照种类30类以上 | 市大数据局、市公安局 | 2023年9月底前 |\n"
        "| 3 | 企业开办时间压缩至1个工作日以内 | 市市场监管局 | 2023年3月底前 |\n"
    )
    assert [(f.quote, f.kind, f.target, f.unit, f.deadline) for f in scan(text)] == [
        ("建成市级政务数据共享交换平台", "milestone", None, None, "2023-06"),
        ("新增电子证照种类30类以上", "new_items", 30.0, "类", None),
        ("企业开办时间压缩至1个工作日以内", "at_most", 1.0, "个工作日", None),
    ]
    assert next((row.due, row.column) for row in indicators(text)) == ("2023年6月底前", "task")


def test_a_table_of_other_shape_is_no_indicator_table() -> None:
    # no 指标/任务 column: a statistics table is left to the prose reader
    assert indicators("年份  产量  增速\n2022  120  5.1\n2023  130  8.3\n") == []
    # a heading row, then prose: the table ends at the line of another shape
    text = "| 指标 | 2025年 | 属性 |\n|---|---|---|\n| 森林覆盖率（%） | 43.5 | 约束性 |\n全省森林覆盖率达到43.5%以上，各地要抓好落实。\n"
    assert len(indicators(text)) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # units a plan measures air, time limits, kinds and ages in
        ("全省细颗粒物（PM2.5）平均浓度控制在30微克/立方米以内。", [("at_most", 30.0, "微克/立方米")]),
        ("PM2.5平均浓度下降到32微克/立方米。", [("at_most", 32.0, "微克/立方米")]),
        ("企业开办时间压缩至1个工作日以内。", [("at_most", 1.0, "个工作日")]),
        ("人均预期寿命再提高1岁。", [("increase_by", 1.0, "岁")]),
        # years of schooling are an amount of years, a calendar year is none
        ("劳动年龄人口平均受教育年限提高到11.3年。", [("at_least", 11.3, "年")]),
        # money an allocation gives to support a field is the amount planned
        ("拟安排市级财政资金25亿元支持科技创新。", [("planned", 25.0, "亿元")]),
        # a sentence opening on a year before the plan's own tells a result
        ("2022年，全市政务服务事项网上可办率为92%。", []),
    ],
)
def test_chinese_goal_kinds_of_plans_in_other_styles(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(f.kind, f.target, f.unit) for f in scan(sentence, "2023")] == expected


def test_a_past_year_opening_needs_the_plans_year() -> None:
    assert zh_past_topic("2022年，全市网上可办率为92%", "2023")
    assert not zh_past_topic("2023年，全市网上可办率达到98%", "2023")
    assert not zh_past_topic("2022年，全市网上可办率为92%")  # no year known: not read as past
    assert not zh_past_topic("2022年，全市网上可办率为92%，今年要达到98%", "2023")  # the plan's time turns it


def test_life_expectancy_is_no_level_word_and_a_target_list_keeps_its_lead_in() -> None:
    assert [f.level for f in scan("人均预期寿命再提高1岁。", "2021")] == ["plain"]
    text = "2023年主要预期目标是：地区生产总值增长6.5%左右；城镇新增就业12万人以上；城镇调查失业率控制在5.5%以内。"
    assert [f.level for f in scan(text, "2023")] == ["expected", "expected", "expected"]


def test_a_plan_all_of_whose_parts_are_five_year_parts_is_drafted() -> None:
    text = (
        "政府工作报告\n\n二、“十三五”时期发展成就和“十四五”时期主要目标任务\n\n"
        "城镇调查失业率控制在5.5%以内，森林覆盖率达到24.1%。\n"
    )
    assert [(f.kind, f.target) for f in scan(text)] == [("at_most", 5.5), ("at_least", 24.1)]
    # beside a part of the plan's own year, a five-year part is another period's and is passed over
    text += "\n三、2021年重点工作\n\n城镇新增就业1100万人以上。\n"
    assert [(f.kind, f.target) for f in scan(text)] == [("new_items", 1100.0)]


def test_draft_of_a_provincial_plans_indicator_table_with_its_review(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text(PIPE_TABLE, encoding="utf-8")
    review = "某省“十四五”规划实施情况总结\n\n森林覆盖率达到43.6%。粮食综合生产能力稳定在1180万吨。\n"
    (tmp_path / "review.txt").write_text(review, encoding="utf-8")
    result = run_cli("draft", "plan.txt", "--review", "review.txt")
    assert result.exit_code == 0, result.stderr
    assert run_cli("validate").exit_code == 0
    targets = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))
    goals = targets["goals"]
    by_measure = {g["quote"].split("|")[1].strip(): g for g in goals}
    forest = by_measure["森林覆盖率（%）"]
    assert forest["level"] == "binding"
    # a five-year plan's 2025 column is a level to reach from the 2020 column, its base
    span = {"base_year": 2020, "target_year": 2025}
    assert forest["rule"] == {"kind": "trajectory", **span, "target": 43.5, "unit": "%"}
    assert targets["baselines"][forest["baseline"]]["value"] == 42.3
    assert by_measure["地区生产总值增长（%）"]["level"] == "expected"
    # the 年均 column a yearly average, the 累计 column (〔〕) a change over the five years, a < cap each year's
    assert by_measure["研发经费投入增长（%）"]["rule"] == {
        "kind": "trajectory", "method": "compound", "average": True, **span, "target": 8, "unit": "%"
    }  # fmt: skip
    assert by_measure["单位地区生产总值能源消耗降低（%）"]["rule"] == {
        "kind": "trajectory", "method": "compound", "direction": "decrease", **span, "target": 14, "unit": "%"
    }  # fmt: skip
    assert by_measure["城镇新增就业人数（万人）"]["rule"]["method"] == "linear"
    assert "baseline" not in by_measure["城镇新增就业人数（万人）"]  # 2020's 65万 is that year's count, not a base
    assert by_measure["城镇调查失业率（%）"]["rule"]["kind"] == "at_most"
    # no goal reads the 2020 column or the 类别 cell
    assert all("3.6" not in str(g["rule"]) for g in goals) and len(goals) == 8


def test_a_five_year_plans_period_and_its_past_plans_results() -> None:
    from planaudit.reading.scan import plan_period

    assert plan_period("云江省国民经济和社会发展第十四个五年规划纲要\n\n到2025年，…") == "2025"
    assert plan_period("某市“十三五”规划\n") == "2020"
    assert plan_period("2021年政府工作报告\n\n“十四五”规划…") == "2021"  # a year named first: that year's report
    text = "某省第十四个五年规划纲要\n\n“十三五”期间，全省地区生产总值年均增长7.1%。到2025年，森林覆盖率达到43.5%。\n"
    assert [(f.kind, f.target) for f in scan(text)] == [("at_least", 43.5)]
    # in the plan's own five years the same opening is a goal
    assert zh_past_topic("“十三五”期间，全省地区生产总值年均增长7.1%", "2025")
    assert not zh_past_topic("“十四五”期间，全省地区生产总值年均增长6%", "2025")


def test_the_base_of_a_rate_is_no_figure_and_a_table_measure_is_what_moves() -> None:
    assert [(f.kind, f.target) for f in scan("每千人口拥有3岁以下婴幼儿托位数达到4.5个。", "2025")] == [
        ("at_least", 4.5)
    ]
    assert [f.measure for f in scan(PIPE_TABLE)][:2] == ["地区生产总值", "研发经费投入"]
