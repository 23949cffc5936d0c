"""One target, one goal: a target the plan states again is drafted once, its other statements shown beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planaudit.reading.nicknames import named_unit, nicknames
from planaudit.reading.restated import restatements
from planaudit.reading.scan import scan
from tests.conftest import run_cli

PLAN = """City Mobility Plan 2024

Summary

* Action 01: The Transport Agency will publish a national cycling strategy by June 2024.

* Action 02: The Transport Agency will open 12 new park and ride sites.

Cycling

The Transport Agency will publish a national cycling strategy for safe routes by June 2024, with a map for every region.

The Health Agency will publish a national cycling strategy for safe school routes by June 2024.

The Transport Agency will publish a national cycling strategy for rural routes by June 2025.

Park and ride

We will open 12 new park and ride sites across the county.

We will also open 4 new park and ride sites in the south.

Digital services

We have started work on redesigning 20 of the most used public services - we call them exemplars.

In the next year we will continue work on all 20 exemplar services, moving 3 more into beta and 2 into alpha.

We will move 30 other services to the new platform.
"""
REVIEW = """City Mobility Review 2024

The Transport Agency opened 14 new park and ride sites during the year.
"""


def _quotes(text: str) -> list[list[str]]:
    findings = scan(text)
    return [[findings[m].quote for m in group] for group in restatements(text, findings, [None] * len(findings))]


def test_a_target_stated_again_is_one_group_led_by_the_statement_that_carries_the_most() -> None:
    groups = _quotes(PLAN)
    assert [
        "* Action 02: The Transport Agency will open 12 new park and ride sites",
        "We will open 12 new park and ride sites",
    ] in groups
    cycling = next(group for group in groups if "by June 2024" in group[0] and "Health" not in group[0])
    assert len(cycling) == 2  # the summary's action and the body's sentence


def test_other_figures_years_subjects_and_stages_stay_apart() -> None:
    groups = _quotes(PLAN)
    alone = {group[0] for group in groups if len(group) == 1}
    assert "We will also open 4 new park and ride sites" in alone  # 4 is not 12
    assert "moving 3 more into beta" in alone and "2 into alpha" in alone  # another stage, another figure
    assert "will publish a national cycling strategy for rural routes by June 2025" in alone  # another year
    # the Health Agency's strategy is its own target: the same words, another subject
    health = [group for group in groups if any("safe school routes" in quote for quote in group)]
    assert health == [["will publish a national cycling strategy for safe school routes by June 2024"]]


def test_the_same_words_for_another_act_stay_apart() -> None:
    text = (
        "Corporate Plan 2016-17\nWe will set up a tenant advice service in every ward.\n"
        "We will train tenant advice volunteers in every ward library service.\n"
    )
    assert len(_quotes(text)) == 2  # set up a service, train its volunteers: two targets


def test_chinese_restatement_inside_a_longer_one() -> None:
    text = "2020年工作计划\n确保完成脱贫攻坚目标任务，全面建成小康社会。\n今年要努力实现全面建成小康社会目标任务。\n"
    findings = scan(text)
    groups = restatements(text, findings, [None] * len(findings))
    quotes = [[findings[m].quote for m in group] for group in groups]
    assert ["努力实现全面建成小康社会目标任务", "全面建成小康社会"] in quotes
    assert ["确保完成脱贫攻坚目标任务"] in quotes


def test_a_plans_own_name_for_what_it_counts() -> None:
    names = nicknames(PLAN)
    assert names == {"services": "exemplars"}
    assert named_unit("services", "we will continue work on all 20 exemplar services, moving ", names) == "exemplars"
    assert named_unit("services", "We will move ", names) is None  # services not called exemplars
    assert named_unit("sites", "all 20 exemplar sites", names) is None
    assert nicknames("We run 20 projects, known as pilots, and 5 projects, known as trials.") == {}  # two names


def _draft(folder: Path, review: bool) -> tuple[str, list[dict], dict]:  # type: ignore[type-arg]
    out = folder / ("with" if review else "alone")
    args = ["draft", "plan.txt", "-o", str(out)] + (["--review", "review.txt"] if review else [])
    result = run_cli(*args)
    assert result.exit_code == 0, result.stderr
    text = (out / "targets.yaml").read_text(encoding="utf-8")
    actuals = yaml.safe_load((out / "actuals.yaml").read_text(encoding="utf-8"))
    return text, yaml.safe_load(text)["goals"], actuals["goals"]


def test_draft_proposes_one_goal_per_target_with_its_other_statements(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "review.txt").write_text(REVIEW, encoding="utf-8")
    text, goals, entries = _draft(tmp_path, review=True)
    sites = [goal for goal in goals if goal["rule"].get("target") == 12]
    assert len(sites) == 1
    assert sites[0]["quote"] == "* Action 02: The Transport Agency will open 12 new park and ride sites"
    assert '    # also stated: "We will open 12 new park and ride sites"' in text.splitlines()
    # evidence is proposed once, for the one goal
    assert entries[sites[0]["id"]]["status"] == "reported"
    assert "opened 14 new park and ride sites" in entries[sites[0]["id"]]["evidence"][0]["quote"]
    # the count of exemplars is in the plan's own name for them
    assert {goal["quote"]: goal["rule"].get("unit") for goal in goals if goal["rule"].get("target") in (2, 3, 30)} == {
        "moving 3 more into beta": "exemplars",
        "2 into alpha": "exemplars",
        "We will move 30 other services": "services",
    }
    # the merged draft validates where it was written, and an unreviewed draft fails the gate
    monkeypatch.chdir(tmp_path / "with")
    assert run_cli("validate").exit_code == 0
    assert run_cli("check").exit_code == 1


def test_the_review_never_chooses_which_statements_are_merged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "review.txt").write_text(REVIEW, encoding="utf-8")
    with_review, goals, _ = _draft(tmp_path, review=True)
    alone, goals_alone, _ = _draft(tmp_path, review=False)
    assert goals == goals_alone
    also = [line for line in with_review.splitlines() if "# also stated" in line]
    assert also and also == [line for line in alone.splitlines() if "# also stated" in line]


def test_one_pledge_in_the_same_words_by_two_subjects_is_two_goals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan keeps every statement of a pledge; restatements alone decides which are one target (the same subject
    saying it again), so DWP's and HMRC's "will launch a new online service …" stay two goals."""
    monkeypatch.chdir(tmp_path)
    pledge = "will launch a new online service for people to book appointments"
    plan = (
        f"Digital Plan 2013\n\nThe Department for Work and Pensions {pledge}.\n\nHM Revenue and Customs {pledge}.\n\n"
        f"HM Revenue and Customs {pledge}.\n"
    )
    (tmp_path / "plan.txt").write_text(plan, encoding="utf-8")
    assert run_cli("draft", "plan.txt").exit_code == 0
    text = (tmp_path / "targets.yaml").read_text(encoding="utf-8")
    goals = yaml.safe_load(text)["goals"]
    assert [goal["quote"] for goal in goals] == [pledge, pledge]
    assert text.count(f'# also stated: "{pledge}"') == 1  # HMRC's second statement, beside HMRC's goal
    assert text.index("# also stated") > text.index("id: g02-")
