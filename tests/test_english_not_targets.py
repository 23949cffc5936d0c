"""English sentences with a pledge word that draft no goal: a "must" of principle, what a measure does or is, an act
referred back to, how an act is done or paid for, means left unnamed, details deferred, the doer of a passive, a
shortfall stated, a benefit per head, and a list that describes a role; a count of more things, drafted new_items even
without a baseline; the time an act may take, a ceiling; those served about N, a floor; English number words counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.scan import scan
from tests.conftest import drafted_goals, run_cli


def _goals(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.quote) for f in scan(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a "must" of principle or necessity, with no date, figure or deliverable
        "New bus shelters must be designed to meet the needs of older passengers.",
        "We must continue with the pace of reform to change the lives of our residents.",
        "Councils must work to reduce the use of paper forms.",
        # what a measure does, or is said to be
        "The clinic opened in May. This will ensure better care for the whole valley.",
        "Bus use is rising. This will be further increased where new routes are added.",
        "The act was passed in May. This will be a transformative piece of law for tenants.",
        # an act named before, referred back to
        "The housing office will carry out this plan, supported by the tenants' forum.",
        "Towns need closer links. We will do this through mutual agreement with towns.",
        # how an act is done or paid for, nothing more
        "The repair scheme will be implemented in mission mode.",
        "Any funding required will be found by departments from within existing budgets.",
        "These loans will be serviced through internal accruals.",
        # means left unnamed
        "We will offer them ways to reach the service by phone.",
        "The board will continue to take measures to support local shops.",
        "The council will take a flexible approach to further requests.",
        "If more money is needed, we will find the resources for doing so.",
        "Longer contracts will be explored and assessed by the procurement team.",
        # where an effect falls
        "The majority of the benefits will be achieved by the 7 largest councils.",
        # how a scheme works for those it serves
        "The farmer will pay a small premium and get full cover for any crop loss.",
        # details promised elsewhere
        "Details of the new grant will be spelt out separately.",
        # a shortfall stated
        "Of the 300 villages in the district, only 46% are connected to the grid.",
        "With 40 clinics in the county, the demand is only half met.",
    ],
)
def test_a_pledge_word_without_an_act_to_check_drafts_nothing(sentence: str) -> None:
    assert _goals(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind", "quote"),
    [
        # each control keeps its goal: a dated "must", a deliverable, a manner with a date, an act on the set
        ("Every new service must be implemented by March 2027.", "milestone", "must be implemented by March 2027"),
        ("We will implement this strategy by April 2027.", "milestone", "will implement this strategy by April 2027"),
        ("The register will be implemented in April 2027.", "milestone", "will be implemented in April 2027"),
        ("We will offer training to all new staff.", "judged", "will offer training to all new staff"),
        ("The council will publish the parking strategy.", "milestone", "will publish the parking strategy"),
    ],
)
def test_real_pledges_keep_their_goals(sentence: str, kind: str, quote: str) -> None:
    assert _goals(sentence) == [(kind, quote)]


def test_a_count_done_by_the_doer_of_a_passive_is_no_target_but_a_cut_by_an_amount_is() -> None:
    assert [f.target for f in scan("The savings will be achieved by the 7 largest councils by 2027.")] == [None]
    assert [(f.kind, f.target) for f in scan("Waiting times will be cut by 7 days.")] == [("decline", 7.0)]


def test_a_list_whose_first_item_is_a_state_describes_a_role() -> None:
    plan = (
        "Each ward has a housing officer. These officers will:\n\n"
        "- be experienced managers. For large wards these will be at senior level\n"
        "- have the skills to work with builders\n"
        "- oversee repairs and report on progress\n\n"
        "The council will:\n\n"
        "- publish a repairs charter\n"
    )
    assert _goals(plan) == [("milestone", "publish a repairs charter")]


def test_draft_cli_keeps_more_counts_new_items_and_drafts_no_principles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = (
        "Digital services plan\nOctober 2026\n\n"
        "In the next 3 months, we plan to:\n\n"
        "* continue work on all 12 flagship services, moving 3 more into beta and 2 into live\n\n"
        "* open 20 new clinics\n\n"
        "These services must be designed to meet user needs. We will do this through agreement with councils.\n"
    )
    goals = drafted_goals(tmp_path, monkeypatch, plan)
    rules = [(g["rule"]["kind"], g["rule"].get("target")) for g in goals]
    # "3 more" and "2 into live" count on top of what is there: new_items, even with no baseline given; "20 new
    # clinics" with no count before it is checked on the flow the review reports
    assert rules == [("judged", None), ("new_items", 3), ("new_items", 2), ("at_least", 20)]
    validated = run_cli("validate")
    assert validated.exit_code == 0, validated.stderr


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        # the time an act may take is the most it may take, not a span the sentence speaks of
        ("The registration of companies will also be done in one day.", ("at_most", 1.0, "day", "")),
        ("Passports will be issued within 7 days.", ("at_most", 7.0, "days", "")),
        # English number words count ("one crore youth" is no 一个)
        ("We propose to skill one crore youth over the next three years.", ("at_least", 1.0, "crore youth", "")),
        # those served, about N: more served is better
        ("The scheme will cover around 6 crore households.", ("approximately", 6.0, "crore households", "floor")),
        ("Road works will take about 18 months.", ("approximately", 18.0, "months", "both")),
    ],
)
def test_the_rule_a_figure_of_time_or_people_served_calls_for(sentence: str, rule: tuple[str, float, str, str]) -> None:
    assert [(f.kind, f.target, f.unit, f.direction) for f in scan(sentence)] == [rule]


def test_a_benefit_per_head_is_what_a_scheme_gives_and_the_launch_is_the_goal() -> None:
    found = scan("The council will launch a new care scheme which will provide cover up to £5,000 per family.")
    assert [(f.kind, f.target) for f in found] == [("milestone", None)]


def test_draft_cli_writes_the_time_limit_as_a_most_and_people_served_as_a_floor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = (
        "Budget speech 2026-27\n\n"
        "The registration of new firms will be done in one day. The scheme will cover around 6 crore households. "
        "Details of the scheme will be spelt out separately.\n"
    )
    rules = [g["rule"] for g in drafted_goals(tmp_path, monkeypatch, plan)]
    assert [(r["kind"], r["target"], r.get("direction")) for r in rules] == [
        ("at_most", 1, None),
        ("approximately", 6, "floor"),
    ]
    validated = run_cli("validate")
    assert validated.exit_code == 0, validated.stderr


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # working with others makes nothing; the act named after the partners may ("and evolve guidelines")
        ("We will work with parish councils and their professional bodies to improve footpaths.", "judged"),
        ("The ministry will work with the regions and evolve guidelines for river clean-up.", "milestone"),
        # a body the act is done for is no deliverable; one set up is
        ("We will provide training to planning teams on flood risk.", "judged"),
        ("We will set up a flood response team.", "milestone"),
        # the length of a thing is no amount: the act is the goal
        ("We will run a 12 week programme for new carers.", "milestone"),
    ],
)
def test_what_a_pledge_delivers_is_its_object_not_its_partners_or_its_length(sentence: str, kind: str) -> None:
    assert [(f.kind, f.target) for f in scan(sentence)] == [(kind, None)]


def test_a_pledge_inside_a_clause_of_how_is_the_outer_pledges_even_after_a_long_subject() -> None:
    plan = (
        "Councils will publish their own transport plans by the end of 2027 setting out how they and their "
        "bus and tram operating companies will apply these principles to their routes."
    )
    assert [(f.kind, f.quote[:44]) for f in scan(plan)] == [
        ("milestone", "will publish their own transport plans by th")
    ]
