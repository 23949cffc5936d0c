"""Causes found on the held-out pairs (benchmarks/invented, keyed before draft ran): others' forecasts, conditions,
thresholds and present statistics are no goals; a company's annual report plans the next year; a sub-heading is no
deliverable; a completion due at a date and a year to reach are goals."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.clauses import Role, role, zh_not_the_plans
from planaudit.reading.scan import plan_period
from tests.drafting import draft_pair

COMPANY_PLAN = (
    "某某装备股份有限公司2022年年度报告（节选）\n"
    "六、公司关于公司未来发展的讨论与分析\n"
    "据中国机械工业联合会预测，2023年行业营业收入增速将在8%左右。\n"
    "2022年，全国工业机器人产量44.3万套，同比增长21%。\n"
    "2022年，公司实现营业收入59.1亿元，同比增长18.6%。\n"
    "2023年，公司营业收入力争达到68亿元。\n"
    "资产负债率控制在55%以内。\n"
    "成都基地一期工程年内建成投产。\n"
    "若钢材价格上涨10%，公司综合毛利率将下降约1.2个百分点。\n"
)
COMPANY_REVIEW = (
    "某某装备股份有限公司2023年年度报告（节选）\n"
    "一、经营情况讨论与分析\n"
    "报告期内，公司实现营业收入64.3亿元，同比增长9.1%。\n"
    "成都基地一期工程于2023年12月建成投产。\n"
)


def test_a_company_plan_drafts_its_own_targets_for_the_year_its_annual_report_plans(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = draft_pair(tmp_path, COMPANY_PLAN, COMPANY_REVIEW)
    # not the industry body's forecast (据…预测), not 2022's results (the report is of 2022, its plan for 2023), not a
    # condition and its effect (若钢材价格上涨10%，毛利率将下降…)
    assert [(g["quote"], g["rule"]["kind"]) for g in goals] == [
        ("公司营业收入力争达到68亿元", "at_least"),
        ("资产负债率控制在55%以内", "at_most"),
        ("成都基地一期工程年内建成投产", "milestone"),
    ]
    assert goals[2]["rule"]["deadline"] == "2023-12"
    # the 2023 report is the review of the year the plan is for: its revenue is the evidence
    assert entries[goals[0]["id"]]["evidence"][0]["quote"] == "公司实现营业收入64.3亿元"


def test_the_year_of_an_annual_reports_plan() -> None:
    assert plan_period("某公司2022年年度报告\n2023年，公司将力争营业收入68亿元。") == "2023"
    assert plan_period("某公司2022年度报告\n2023年经营计划") == "2023"
    assert plan_period("某公司2022年年度报告\n公司实现营业收入59.1亿元。") == "2022"  # no later year named
    assert plan_period("2023年政府工作报告\n2023年主要目标") == "2023"  # a work report plans its own year


def test_others_forecasts_and_conditions_are_no_chinese_targets() -> None:
    assert zh_not_the_plans("据中国机械工业联合会预测，2023年行业营业收入增速将在8%左右")
    assert zh_not_the_plans("市统计局预计，今年全市经济增速将在5.5%左右")
    assert zh_not_the_plans("钢材等原材料占产品成本的比重约为45%，若钢材价格上涨10%")
    assert not zh_not_the_plans("预计全年财政收入增长5%")  # the plan's own estimate
    assert not zh_not_the_plans("我局预计全年完成投资120亿元")  # the plan's author


COUNTY_PLAN = (
    "青石县2023年政府工作报告\n\n"
    "一、发展基础\n"
    "全县累计建成5G基站1.2万个，上云企业超过1.5万家。\n\n"
    "二、2023年重点工作\n"
    "（一）实施数字基础设施提升行动。\n"
    "今年新建高标准农田5万亩，到2025年全县累计建成高标准农田30万亩。\n"
    "建设青石数据交易中心，2023年底前挂牌运营。\n"
    "县人民医院新院区年内建成投用。\n"
)


def test_a_county_plan_drafts_its_years_to_reach_and_dated_completions_not_its_titles_and_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, _ = draft_pair(tmp_path, COUNTY_PLAN, "青石县2024年政府工作报告\n\n一、2023年工作回顾\n农业生产稳定。\n")
    quotes = [(g["quote"], g["rule"]["kind"], g.get("due") or g["rule"].get("deadline")) for g in goals]
    assert ("到2025年全县累计建成高标准农田30万亩", "at_least", "2025") in quotes  # 累计 with a year to reach
    assert ("2023年底前挂牌运营", "milestone", "2023-12") in quotes
    assert ("县人民医院新院区年内建成投用", "milestone", "2023-12") in quotes
    assert not [q for q in quotes if "（一）" in q[0] or "1.2万" in q[0] or "1.5万" in q[0]]  # a title, the base


UNIVERSITY_PLAN = (
    "University of Eastmoor Delivery Plan 2024/25\n\n"
    "Founded in 1966, the University today teaches 21,400 students from 130 countries and employs 3,050 staff.\n"
    "UCAS forecasts that the number of 18-year-olds in England will grow by about 1.5% a year until 2030.\n"
    "We fund water systems in rural communities of 20,000 people or fewer.\n"
    "We will recruit 2,400 new international students in 2024/25.\n"
)


def test_present_statistics_others_forecasts_and_sizes_of_a_set_are_no_english_targets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, _ = draft_pair(tmp_path, UNIVERSITY_PLAN, "Annual Report 2024/25\n\nWe welcomed 2,050 new students.\n")
    assert [g["quote"] for g in goals] == ["We will recruit 2,400 new international students"]
    assert role("UCAS forecasts that the number of applicants will grow by 2%") is Role.FORECAST
    assert role("The OECD will publish 3 reports") is Role.COMMITMENT  # an acronym that pledges, not forecasts


def test_a_past_years_sentence_goes_on_past_its_semicolon_and_a_plans_year_on_year_rise_is_a_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "某公司2022年年度报告（节选）\n"
        "2022年，公司实现营业收入59.1亿元，同比增长18.6%；实现归属于上市公司股东的净利润4.6亿元。\n"
        "2023年，公司营业收入力争达到68亿元，同比增长15%以上；归属于上市公司股东的净利润不低于5.2亿元。\n"
    )
    goals, _ = draft_pair(tmp_path, plan, "某公司2023年年度报告（节选）\n公司经营稳健。\n")
    assert [g["quote"] for g in goals] == [
        "公司营业收入力争达到68亿元",
        "同比增长15%以上",  # 同比 compares with last year; it tells no result by itself
        "归属于上市公司股东的净利润不低于5.2亿元",
    ]


def test_a_count_of_new_things_named_in_its_sentence_is_a_list_of_named_items(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Budget 2023-24\n\n"
        "Two new Agricultural Colleges will be established at Rewa and Satna.\n"
        "We will launch two new institutes in 2024/25: the Centre for Coastal Resilience and the School of Data "
        "Science.\n"
        "We will build 3 new schools in 2024.\n"
    )
    review = "Budget 2024-25\n\nThe Agricultural College at Rewa has started its first academic session.\n"
    goals, entries = draft_pair(tmp_path, plan, review)
    assert [g["rule"] for g in goals] == [
        {"kind": "named_items", "items": ["Rewa", "Satna"]},
        {"kind": "named_items", "items": ["Centre for Coastal Resilience", "School of Data Science"]},
        {"kind": "at_least", "target": 3, "unit": "schools"},  # "in 2024" names no school
    ]
    # one college reported, the other not: partly reported, for a person to confirm
    assert entries[goals[0]["id"]]["items"] == {"Rewa": "done", "Satna": "silent"}
