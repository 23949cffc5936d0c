"""What draft proposes as goals in English plans: bullets under a pledging lead-in, never the lead-in itself, and no
figure of a list that reports or describes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planaudit.reading.scan import scan
from tests.conftest import run_cli

ACTION_PLAN = (
    "Action plan 2024\n"
    "\n"
    "In the next 6 months, we will:\n"
    "\n"
    "- publish a national cycling strategy\n"
    "- open 12 new health centres\n"
    "* train staff in every district office\n"
    "\n"
    "Last quarter, we:\n"
    "\n"
    "- opened 4 clinics\n"
    "- hired 30 nurses; so far 20 have started work\n"
    "\n"
    "The housing programme is:\n"
    "\n"
    "- working with 9 councils and over 20 builders\n"
)


def _quotes(text: str) -> list[str]:
    return [f.quote for f in scan(text)]


def test_bullets_under_a_pledging_lead_in_are_the_goals_and_the_lead_in_is_none() -> None:
    found = scan(ACTION_PLAN)
    assert [f.quote for f in found] == [
        "publish a national cycling strategy",
        "open 12 new health centres",
        "train staff in every district office",
    ]
    assert [f.level for f in found] == ["commitment"] * 3
    assert found[0].kind == "milestone"  # a strategy published is there or not
    assert found[1].target == 12


def test_figures_in_a_list_that_reports_or_describes_are_not_targets() -> None:
    assert _quotes("We:\n\n- opened 4 clinics\n- hired 30 nurses; so far 20 have started work\n") == []
    assert _quotes("The housing programme is:\n\n- working with 9 councils and over 20 builders\n") == []
    # a bullet with a pledge of its own stays a goal under any lead-in
    assert _quotes("For the remaining councils:\n\n- councils will build 40 homes each year\n") == [
        "councils will build 40 homes"
    ]


@pytest.mark.parametrize(
    "lead",
    ["We plan to:", "Government Digital Service will continue to:", "It will:", "The ministry shall:"],
)
def test_every_pledging_lead_in_passes_its_pledge_on(lead: str) -> None:
    found = scan(f"{lead}\n- share examples of success across departments\n")
    assert [f.quote for f in found] == ["share examples of success across departments"]


def test_a_lead_in_that_lists_objects_or_roles_gives_its_bullets_no_pledge() -> None:
    # "will require services to:" imposes conditions; "Service Managers will: - be …" describes a role
    assert _quotes("It will require services to:\n- be iterated at least monthly\n- use common platforms\n") == []
    assert _quotes("These Service Managers will:\n- be experienced leaders\n- have digital literacy\n") == []


def test_a_lead_in_ends_at_the_first_line_that_is_not_a_bullet() -> None:
    text = "We will:\n\nImprove digital leadership\n\nDepartments will appoint a digital leader.\n"
    assert _quotes(text) == ["will appoint a digital leader"]


def test_draft_cli_drafts_bullets_not_lead_ins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plan.txt").write_text(ACTION_PLAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("draft", "plan.txt")
    assert result.exit_code == 0, result.stderr
    goals = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    assert [g["quote"] for g in goals] == [
        "publish a national cycling strategy",
        "open 12 new health centres",
        "train staff in every district office",
    ]
    assert goals[1]["rule"]["target"] == 12
    validated = run_cli("validate")
    assert validated.exit_code == 0, validated.stderr


@pytest.mark.parametrize(
    "sentence",
    [
        "We moved 6 websites to the portal, and started work on moving 300 more websites.",  # past after "and"
        "So far we have recruited 11 specialists, been involved in hiring for 29 senior posts.",  # the sentence's past
        "In 2009, the public sector spent around 1% of GDP on IT.",
        "In user testing, 93% of users rated the new site as easy to use.",
        "A 2012 study estimated that a phone call costs £2.83, for web only 15 pence.",  # someone's figures
        "The allocations in 2012-13 and 2013-14 were only ₹8,885 crore and ₹9,805 crore respectively.",
        "To raise yields in rain fed areas, which account for nearly 55% of the land, farming will be promoted.",
        "The scheme will be open to workers with a salary up to ₹15,000 per month.",  # eligibility
        "With a maximum 12 months contract, suppliers can offer cloud services.",
        "Three specific initiatives will be taken up this year.",  # the plan counting its own parts
        "This strategy contains 14 actions.",
        "Every dialysis session costs about ₹2,000.",  # a state in the present
        "The government provides more than 650 transactional services.",
        "Half of these services don't offer a digital option.",
        "The agency is already providing broadband to at least 90% of premises.",
        "Suppliers will be trained as part of the existing commitment to ensure 25% of spend is with small firms.",
    ],
)
def test_results_states_reports_and_thresholds_draft_no_figure(sentence: str) -> None:
    assert [f for f in scan(sentence) if f.target is not None] == []


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("We will spend ₹86,500 crore in the next five years.", [86500]),  # the span is not a target
        ("We will raise take-up to 80% within 3 to 5 years.", [80]),
        ("For senior citizens of age 60 years and above, a top-up of ₹30,000 will be provided.", [30000]),
        ("The total resources being transferred to States are ₹99,681 crore.", [99681]),
        ("The scheme, which will bring 5 lakh acres under organic farming, starts in April.", [5]),
        ("₹368 crore has been provided for soil health.", [368]),
    ],
)
def test_the_plans_own_figures_stay_targets(sentence: str, targets: list[float]) -> None:
    assert [f.target for f in scan(sentence) if f.target is not None] == targets


def test_draft_cli_leaves_out_results_and_statistics(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = (
        "Health plan 2016-17\n\n"
        "About 2.2 lakh new patients need dialysis. Every dialysis session costs about ₹2,000.\n\n"
        "In 2015, the ministry opened 40 centres, and started work on 25 more.\n\n"
        "We will open 100 new dialysis centres in the next two years.\n"
    )
    (tmp_path / "plan.txt").write_text(plan, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("draft", "plan.txt")
    assert result.exit_code == 0, result.stderr
    goals = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    assert [g["rule"].get("target") for g in goals] == [100]
