"""Evidence draft must not propose: another measure's base, one item of several, one tier of the goal's scope, a
cumulative count for a count of new things, another year's review; and a list's short names are its items."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.matching import names_measure, not_done
from tests.conftest import run_cli
from tests.drafting import draft_pair as _draft
from tests.drafting import entry_of as _entry
from tests.drafting import subfolder as _subfolder


@pytest.mark.parametrize(
    ("measure", "before", "named"),
    [
        ("单位国内生产总值能耗", "全年国内生产总值增长", False),  # the ratio's base, not the ratio
        ("单位国内生产总值能耗", "单位国内生产总值能耗下降", True),
        ("服务业增加值占GDP比重", "服务业增加值", False),  # the share's part, not the share
        ("服务业增加值占GDP比重", "服务业增加值占GDP的比重达", True),
        ("森林覆盖率", "森林面积", False),
        ("城镇调查失业率", "城镇调查失业率平均为", True),
    ],
)
def test_a_derived_measure_is_not_named_by_its_base(measure: str, before: str, named: bool) -> None:
    assert names_measure(measure, measure + "下降3%", before) is named


def test_a_ratio_goal_takes_no_figure_of_its_base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2021年工作计划\n单位国内生产总值能耗降低3%左右。\n",
        "2021年工作回顾\n全年国内生产总值增长8.1%，城镇新增就业1269万人。\n",
    )
    assert _entry(goals, entries, "单位国内生产总值能耗")["status"] == "silent"


def test_figures_listed_after_fenbie_give_the_worst_item_for_one_target_of_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2016年工作计划\n二氧化硫、氮氧化物排放量分别下降3%。主要污染物排放量继续下降。\n",
        "2016年工作回顾\n强化大气污染治理，二氧化硫、氮氧化物排放量分别下降5.6%和2.4%，重点城市细颗粒物浓度下降9.1%。\n",
    )
    both = _entry(goals, entries, "二氧化硫、氮氧化物")
    # every item must fall 3%: the least fall decides (2.4%, missed), and the quote shows both figures
    assert (both["value"], both["evidence"][0]["quote"]) == (2.4, "二氧化硫、氮氧化物排放量分别下降5.6%和2.4%")
    # a goal naming none of the items takes neither figure
    assert _entry(goals, entries, "主要污染物")["status"] == "silent"


def test_an_act_reported_for_one_tier_is_not_the_whole_scope(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    review = "2016年工作回顾\n省级政府部门权力和责任清单全面公布。\n"
    goals, entries = _draft(tmp_path, "2016年工作计划\n全面公布地方政府权力和责任清单。\n", review)
    assert _entry(goals, entries, "全面公布地方政府")["status"] == "silent"
    goals, entries = _draft(tmp_path, "2016年工作计划\n全面公布省级政府部门权力和责任清单。\n", review)
    entry = _entry(goals, entries, "全面公布省级政府")
    assert entry["evidence"][0]["quote"] == "省级政府部门权力和责任清单全面公布"  # the goal's own tier


def test_a_cumulative_count_for_new_things_is_undecided_without_a_baseline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2019年工作计划\n引进世界500强企业投资项目10个，总数达到45个。\n",
        "2019年工作回顾\n世界500强项目累计达到37家。\n",
    )
    added = _entry(goals, entries, "引进世界500强")
    assert added["value"] == 37 and "cumulative" in added["undecided"]  # 37 there are, not 37 new: never scored
    total = _entry(goals, entries, "总数达到45个")
    assert total["value"] == 37 and "undecided" not in total  # a total is a total
    goals, entries = _draft(
        tmp_path,
        "2018年工作计划\n完成易地扶贫搬迁280万人。新开工改造城镇老旧小区3万个。\n",
        "2018年工作回顾\n易地扶贫搬迁累计达到870万人。全年累计新开工改造城镇老旧小区3.2万个。\n",
    )
    assert "cumulative" in _entry(goals, entries, "完成易地扶贫搬迁")["undecided"]  # since the programme began
    year = _entry(goals, entries, "新开工改造")
    assert year["value"] == 3.2 and "undecided" not in year  # 全年累计: the year's own sum


def test_a_lists_items_are_found_by_their_names_without_the_verb_and_by_short_forms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2021年工作计划\n办好进博会、广交会、服贸会及首届中国国际消费品博览会等重大展会。\n",
        "2021年工作回顾\n成功举办进博会、广交会、服贸会及首届消博会等重大展会。\n",
    )
    items = _entry(goals, entries, "办好进博会")["items"]
    assert set(items.values()) == {"done"}, items
    goals, entries = _draft(
        tmp_path,
        "2021年工作计划\n办好进博会、广交会、服贸会及首届中国国际消费品博览会等重大展会。\n",
        "2021年工作回顾\n成功举办进博会、广交会、服贸会等重大展会。\n",
    )
    items = _entry(goals, entries, "办好进博会")["items"]
    assert items["首届中国国际消费品博览会"] == "silent"  # not named: not done


def test_a_review_of_another_year_is_no_evidence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "——2016年3月5日\n城镇新增就业1000万人以上。筹办好第三届进博会。\n"
    body = "全年城镇新增就业1186万人。成功举办第三届中国国际进口博览会。\n"
    goals, entries = _draft(tmp_path, plan, "——2021年3月5日\n一、2020年工作回顾\n" + body)
    assert _entry(goals, entries, "城镇新增就业")["status"] == "silent"
    assert _entry(goals, entries, "筹办好第三届进博会")["status"] == "silent"
    goals, entries = _draft(tmp_path, plan, "——2017年3月5日\n一、2016年工作回顾\n" + body)
    assert _entry(goals, entries, "城镇新增就业")["value"] == 1186  # the plan's own year: proposed
    assert _entry(goals, entries, "筹办好第三届进博会")["done"] is True


def test_a_ceiling_for_each_item_is_not_met_by_the_lower_item(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2016年工作计划\n城镇登记失业率、调查失业率分别控制在4.5%以内。\n",
        "2016年工作回顾\n城镇登记失业率、调查失业率分别为4.0%和4.8%。\n",
    )
    entry = _entry(goals, entries, "城镇登记失业率")
    assert entry["value"] == 4.8  # not 4.0: the other item is over the ceiling
    result = run_cli("check", "--allow-draft")
    assert "met 0 · ✗ missed 1" in result.stdout, result.stdout  # scored missed, not met on the lower item


def test_a_part_of_the_goals_measure_is_not_its_outcome(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "2019年工作计划\n固定资产投资增长10%左右。一般公共预算收入增长8%。社会消费品零售总额增长9%。\n"
    goals, entries = _draft(
        tmp_path,
        plan,
        "2019年工作回顾\n民间固定资产投资增长4.7%。一般公共预算收入中的税收收入增长1%。"
        "农村社会消费品零售总额增长9.0%。\n",
    )
    for start in ("固定资产投资", "一般公共预算收入", "社会消费品零售总额"):
        assert _entry(goals, entries, start)["status"] == "silent", start  # 民间, 中的税收收入, 农村: parts
    goals, entries = _draft(
        tmp_path,
        plan,
        "2019年工作回顾\n全社会固定资产投资增长5.1%。一般公共预算收入增长3.8%。社会消费品零售总额增长8%。\n",
    )
    values = [
        _entry(goals, entries, start)["value"] for start in ("固定资产投资", "一般公共预算收入", "社会消费品零售总额")
    ]
    assert values == [5.1, 3.8, 8]  # the whole: proposed


_PLAN = (
    "——2016年3月5日\n今年发展的主要预期目标是：国内生产总值增长6.5%－7%；居民消费价格涨幅3%左右；"
    "城镇登记失业率4.5%以内。\n财政赤字2.18万亿元。\n"
)
_NEXT_YEAR = (
    "今年发展的主要预期目标是：国内生产总值增长6.5%左右；居民消费价格涨幅3%左右；城镇登记失业率4.5%以内。\n"
    "今年赤字率拟按3%安排，财政赤字2.38万亿元。\n"
)


@pytest.mark.parametrize("heading", ["二、2017年工作总体部署\n", ""])
def test_a_review_that_goes_on_with_next_years_plan_gives_only_its_outcomes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, heading: str
) -> None:
    monkeypatch.chdir(tmp_path)
    review = "——2017年3月5日\n一、2016年工作回顾\n国内生产总值增长6.7%。居民消费价格上涨2%。\n" + heading + _NEXT_YEAR
    goals, entries = _draft(tmp_path, _PLAN, review)
    assert _entry(goals, entries, "国内生产总值增长")["value"] == 6.7
    # the next year's CPI target restates the plan's words (3%左右): the outcome is the 2% before it
    assert _entry(goals, entries, "居民消费价格")["value"] == 2
    # a ceiling is not met by next year's ceiling, nor a deficit by next year's planned one
    assert _entry(goals, entries, "城镇登记失业率")["status"] == "silent"
    assert _entry(goals, entries, "财政赤字")["status"] == "silent"


def test_english_figures_given_respectively_give_the_worst_for_a_target_of_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Annual Plan 2016-17\nEmissions of sulphur dioxide and nitrogen oxides will each fall by 3%.\n",
        "Annual Review 2016-17\nEmissions of sulphur dioxide and nitrogen oxides fell by 5.6% and 2.4% respectively.\n",
    )
    entry = _entry(goals, entries, "Emissions of sulphur dioxide")
    assert entry["value"] == 2.4  # nitrogen oxides fell 2.4%: short of 3%, whatever sulphur dioxide did
    assert "5.6% and 2.4% respectively" in entry["evidence"][0]["quote"]


def test_an_act_put_off_planned_or_done_by_some_is_not_proposed_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2020年工作计划\n出台国企改革三年行动方案。办好第三届进博会。扩大失业保险保障范围。\n",
        "一、2020年工作回顾\n地方国企改革三年行动方案相继出台。第三届进博会推迟举办。\n"
        "今年要推进改革，扩大失业保险保障范围。\n",
    )
    assert _entry(goals, entries, "出台国企改革")["status"] == "silent"  # local plans: some of the scope
    assert _entry(goals, entries, "办好第三届进博会")["status"] == "silent"  # postponed, not held
    assert _entry(goals, entries, "扩大失业保险")["status"] == "silent"  # the sentence plans it (今年要…)
    goals, entries = _draft(
        tmp_path,
        "2020年工作计划\n出台国企改革三年行动方案。办好第三届进博会。扩大失业保险保障范围。\n",
        "一、2020年工作回顾\n国企改革三年行动方案出台。成功举办第三届进博会。大幅度扩大失业保险保障范围。\n",
    )
    assert _entry(goals, entries, "出台国企改革")["evidence"][0]["quote"] == "国企改革三年行动方案出台"
    assert _entry(goals, entries, "办好第三届进博会")["done"] is True
    assert _entry(goals, entries, "扩大失业保险")["evidence"][0]["quote"] == "大幅度扩大失业保险保障范围"


@pytest.mark.parametrize(
    ("clause", "put_off"),
    [
        ("第三届进博会推迟举办", True),
        ("博览会延期", True),
        ("项目尚未建成", True),
        ("The fair was postponed", True),
        ("继续执行小微企业贷款延期还本付息政策", False),  # a policy's name
        ("The fair was held in May", False),
    ],
)
def test_clauses_that_put_a_thing_off(clause: str, put_off: bool) -> None:
    assert not_done(clause) is put_off


def test_a_provinces_goal_takes_no_national_figure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "某省2021年工作计划\n全省单位地区生产总值二氧化碳排放下降3%。全省新增就业50万人。\n"
    goals, entries = _draft(tmp_path, plan, "2021年工作总结\n全国单位国内生产总值二氧化碳排放下降3.8%。\n")
    assert _entry(goals, entries, "全省单位地区生产总值二氧化碳")["status"] == "silent"
    # the province's own figure is its evidence; a national plan's goal takes the national figure
    goals, entries = _draft(
        _subfolder(tmp_path, "own", monkeypatch), plan, "2021年工作总结\n全省单位地区生产总值二氧化碳排放下降3.2%。\n"
    )
    assert _entry(goals, entries, "全省单位地区生产总值二氧化碳")["value"] == 3.2
    national = "2021年政府工作报告\n全国单位国内生产总值二氧化碳排放下降3%。\n"
    goals, entries = _draft(
        _subfolder(tmp_path, "national", monkeypatch),
        national,
        "2021年工作回顾\n全国单位国内生产总值二氧化碳排放下降3.8%。\n",
    )
    assert _entry(goals, entries, "全国单位国内生产总值二氧化碳")["value"] == 3.8
