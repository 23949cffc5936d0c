"""English ranks are ceilings on the rank number (the ranking rule), ties counted by whom they are with are targets, and
how a plan reports its progress is no target (causes found on the held-out pairs, issue #22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.clauses import reports_progress, threshold
from tests.drafting import draft_pair

RANKED_PLAN = (
    "Northfield College Plan 2025/26\n\n"
    "In the Complete University Guide 2025 we were ranked 61st.\n"
    "We will climb to 40th or better in the Complete University Guide 2026 and reach the top 25 by 2028.\n"
    "Our ambition is to be a top 10 college.\n"
    "We will publish 3 new data sets.\n"
)


def test_english_ranks_are_drafted_as_rankings_a_ceiling_on_the_rank_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, _ = draft_pair(tmp_path, RANKED_PLAN, "Annual Report 2025/26\n\nWe published 3 new data sets.\n")
    rules = [(g["quote"], g["rule"]) for g in goals]
    table = "Complete University Guide 2026"
    assert rules[:3] == [
        ("We will climb to 40th or better in the Complete University Guide 2026", {"kind": "ranking", "target": 40,
                                                                                  "scope": table}),
        ("reach the top 25 by 2028", {"kind": "ranking", "target": 25, "scope": "Complete University Guide"}),
        ("Our ambition is to be a top 10 college", {"kind": "ranking", "target": 10, "scope": "college"}),
    ]  # fmt: skip
    assert not [q for q, _ in rules if "61st" in q]  # last year's place is a result
    assert rules[3][1]["kind"] == "at_least"  # a count is still a count


def test_ties_counted_by_whom_they_are_with_are_targets_and_the_act_after_them_a_goal_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Trade Strategy 2025\n\n"
        "We will sign agreements with at least 12 overseas ports and open a trade office in Lagos by June 2025.\n"
        "We will support farmers with at least 2 hectares of land.\n"
    )
    goals, _ = draft_pair(tmp_path, plan, "Trade Report 2025\n\nWe signed 14 agreements.\n")
    assert [(g["quote"], g["rule"]["kind"]) for g in goals][:2] == [
        ("We will sign agreements with at least 12 overseas ports", "at_least"),
        ("open a trade office in Lagos by June 2025", "milestone"),
    ]
    assert goals[0]["rule"]["target"] == 12
    assert not [g for g in goals if g["rule"].get("target") == 2]  # a set named by its size stays a threshold
    assert not threshold("We will keep partnerships with ", " universities", bounded=True)
    assert threshold("support farmers with ", " of land", bounded=True)


def test_how_a_plan_reports_its_progress_is_no_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Service Plan 2025\n\n"
        "We will recruit 40 new nurses.\n"
        "Progress against these measures will be reported to the Board four times a year and published online.\n"
        "The team will report quarterly to the Minister.\n"
    )
    goals, _ = draft_pair(tmp_path, plan, "Service Report 2025\n\nWe recruited 38 new nurses.\n")
    assert [g["quote"] for g in goals] == ["We will recruit 40 new nurses"]
    assert reports_progress("Results will be published every month")
    assert not reports_progress("We will publish 3 new data sets")


def test_a_rise_by_a_share_to_a_level_is_one_goal_for_that_level_with_the_reviews_level_as_evidence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "Harbour Trust Business Plan 2025\n\nWe will increase visitor income by 8% to £12.4 million in 2025.\n"
    review = "Harbour Trust Annual Review 2025\n\nVisitor income grew by 6.5% to £12.1 million.\n"
    goals, entries = draft_pair(tmp_path, plan, review)
    assert [(g["quote"], g["rule"]) for g in goals] == [
        (
            "We will increase visitor income by 8% to £12.4 million",
            {"kind": "at_least", "target": 12.4, "unit": "£ million"},
        )
    ]
    entry = entries[goals[0]["id"]]
    assert (entry["value"], entry["evidence"][0]["quote"]) == (12.1, "to £12.1 million")


def test_a_dividend_an_issues_cap_a_subsidy_rule_and_a_reporting_cycle_are_no_chinese_targets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "某某科技股份有限公司2023年年度报告（节选）\n"
        "2024年，公司营业收入力争达到42亿元。\n"
        "存货周转天数控制在90天以内。\n"
        "拟向特定对象发行股票，募集资金总额不超过8亿元。\n"
        "公司2023年度利润分配预案为：每10股派发现金红利2元（含税）。\n"
        "对新获评的省级技术中心给予一次性奖励50万元。\n"
        "各事业部每季度向董事会报告1次经营情况。\n"
    )
    review = "某某科技股份有限公司2024年年度报告（节选）\n报告期内，公司实现营业收入43.5亿元。\n存货周转天数为86天。\n"
    goals, entries = draft_pair(tmp_path, plan, review)
    assert [(g["quote"], g["rule"]["kind"]) for g in goals] == [
        ("公司营业收入力争达到42亿元", "at_least"),
        ("存货周转天数控制在90天以内", "at_most"),
    ]
    # a count of days that is a measure's level is an outcome as any other (Chinese too, not only "84 days")
    days = entries[goals[1]["id"]]
    assert (days["value"], days["evidence"][0]["quote"]) == (86, "存货周转天数为86天")


def test_a_target_named_after_a_fall_in_its_sentence_is_a_ceiling_and_a_size_class_no_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'…will fall to 136 litres by 2030; for 2025–26 our target is 142 litres': the target the sentence names after
    a fall in the same unit is a ceiling too (a target after a rise stays a floor); 全面消除66人以上超大班额: 66人以上
    is the size that makes a class oversized, not a count to reach (推动1000家以上企业 still counts them)."""
    monkeypatch.chdir(tmp_path)
    plan = (
        "Water Plan 2025\n\n"
        "Per capita consumption: customers' average use will fall to 136 litres per person per day by 2030; for "
        "2025–26 our target is 142 litres.\n\n"
        "Homes: we will build 120 homes by 2030; our target is 42 homes this year.\n"
    )
    goals, _ = draft_pair(tmp_path, plan, "Annual Report 2025\n\nWe published 3 new data sets.\n")
    rules = {g["quote"]: g["rule"] for g in goals}
    assert rules["for 2025–26 our target is 142 litres"]["kind"] == "at_most"
    assert next(r for q, r in rules.items() if "target is 42 homes" in q)["kind"] == "at_least"
    zh = "2024年教育工作要点\n\n全面消除66人以上超大班额。推动1000家以上规模以上企业实施数字化改造。\n"
    goals, _ = draft_pair(tmp_path, zh, "2024年工作总结\n\n新建学校3所。\n")
    assert not any("66" in str(g["rule"].get("target", "")) for g in goals), goals
    assert any(g["rule"].get("target") == 1000 for g in goals), goals
