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
        ("We will sign agreements with at least 12 overseas", "at_least"),
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
