"""English evidence for progress reports: the deliverable named, another count, later reports, work and other things."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.matching import another_thing, compound_modifiers, item_reports_deed, looks_ahead, object_head
from tests.drafting import FILLER as _FILLER
from tests.drafting import draft_pair as _draft
from tests.drafting import entry_of as _evidence
from tests.drafting import undecided_quote as _quote

# Words the goal shares with some of the review's sentences (too many for one word alike to find its deed).
_COMMON = _FILLER * 15 + "Framework contracts for identity assurance across government services were discussed. " * 4


def test_a_compound_noun_names_the_goals_deliverable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Digital Plan 2013\n"
        "The programme will continue to develop a framework to enable federated identity assurance to be adopted "
        "across government services.\n"
        "We will develop a strategy for digital skills activity in central government, linked to digital inclusion "
        "work.\n",
        "Progress Report 2013\n" + _FILLER + _COMMON + "In September, five providers on the cross-government identity "
        "assurance framework signed contracts to deliver the first live services.\n"
        "The team has drafted a digital inclusion strategy setting out the challenge.\n",
    )
    # the framework named by its own words before its head noun: a deed about the same deliverable
    assert "identity assurance framework signed contracts" in _quote(
        _evidence(goals, entries, "will continue to develop a framework")
    )
    # "digital inclusion" is said of other work in the goal (after its comma): a digital inclusion strategy is another
    # strategy than one for digital skills
    assert "evidence" not in _evidence(goals, entries, "will develop a strategy for digital skills")


def test_another_count_of_the_same_things_is_proposed_without_a_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Digital Plan 2012\nEach of these departments will agree 3 significant ‘exemplar’ services with the centre.\n"
        "Each region will open 5 exemplar clinics for children.\n",
        "Progress Report 2013\n" + _FILLER + "23 exemplar services were identified in departmental strategies. "
        "The services were praised. " * 3 + "7 exemplar schools were opened.\n",
    )
    # the same things counted (exemplar services): another number, for the review's total is no count per department
    exemplars = _evidence(goals, entries, "Each of these departments")
    assert _quote(exemplars) == "23 exemplar services were identified in departmental strategies"
    # one word alike ("exemplar") names no one kind of thing: schools are no clinics
    assert "evidence" not in _evidence(goals, entries, "Each region will open")


def test_names_of_deliverables_units() -> None:
    assert object_head("will continue to develop a framework to enable federated identity assurance") == (
        "framew",
        frozenset({"framew", "enabl", "federa", "identi", "assura"}),
    )
    # what the object says ends at its comma
    head, said = object_head("will develop a strategy for digital skills, linked to digital inclusion work")
    assert head == "strat" and "inclus" not in said and "skill" in said
    assert object_head("will be published by the end of 2012") == ("", frozenset())  # no object named
    assert object_head("will encourage policy teams") == ("", frozenset())  # no act of delivery
    assert compound_modifiers("five of the cross-government identity assurance framework signed", "framew") == [
        frozenset({"cross", "govern", "identi", "assura"})
    ]
    # a function word or a comma ends the compound
    assert compound_modifiers("the framework of identity, assurance framework", "framew") == [
        frozenset(),
        frozenset({"assura"}),
    ]


def test_a_report_dated_after_the_plans_year_reports_on_deadlines_up_to_its_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Digital Strategy\nNovember 2012\n\nThe Cabinet Office will publish the digital service standard by April "
        "2013.\nThe Cabinet Office will publish the assisted digital guide by March 2014.\n",
        "Quarterly Progress Report\nApril 2013\n\n" + _FILLER + "\nQuarterly Progress Report\nOctober 2013\n\n"
        "We published the Digital Service Standard and its manual. We published the assisted digital guide.\n",
    )
    # the plan's year is 2012, but the reports run to October 2013: a deadline of April 2013 is theirs to report
    assert _quote(_evidence(goals, entries, "will publish the digital service")) == (
        "We published the Digital Service Standard and its manual"
    )
    # March 2014 is after the last report: not yet due, whatever the review says
    assert "evidence" not in _evidence(goals, entries, "will publish the assisted")


def test_a_list_of_things_worked_on_is_no_list_of_deeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Quarterly Progress Report July 2013\nIn the next 3 months, we plan to:\n\n"
        "* take our Service Manager induction programme live\n",
        "Quarterly Progress Report October 2013\n" + _FILLER + "\n\nActivity this quarter has focused on:\n\n"
        "* running the Service Manager induction programme live in September for 40 people\n",
    )
    # "has focused on:" reports what was worked on, not what was done: its items are no evidence
    assert "evidence" not in _evidence(goals, entries, "take our Service Manager")


def test_a_thing_done_for_a_purpose_does_not_look_ahead() -> None:
    assert not looks_ahead("We also ran Sprint Alpha, an event intended to showcase and share learning")
    assert looks_ahead("We intend to publish it") and looks_ahead("It is intended to publish the guide in May")
    assert looks_ahead("The intention is to publish the guide")
    assert item_reports_deed("* running the induction programme", "GDS has helped by:")
    assert not item_reports_deed("* running the induction programme", "Activity during the quarter has focused on:")


def test_a_sentence_naming_another_thing_of_the_kind_is_no_goals_evidence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Digital Strategy 2012\nGovernment will adopt the same model, and ensure each of its transactional digital "
        "services is developed, operated and continually improved by an experienced, skilled and empowered Service "
        "Manager.\nThere will be a cross-government approach to assisted digital.\n",
        "Progress Report 2013\n" + _FILLER + "\n\nIn quarter 3, we:\n\n"
        "* proposed a new operating model for government technology, sent to technology leaders across government\n"
        "* announced a new cross-government approach to digital inclusion\n",
    )
    # an approach to digital inclusion is not the approach to assisted digital
    assert "evidence" not in _evidence(goals, entries, "will be a cross-government approach")
    # "the same model" is the one the plan named before (a Service Manager for each service), not a technology model;
    # the sentence it names best is no evidence for the goal after it either
    assert all("evidence" not in entry for entry in entries.values())
    assert another_thing("a cross-government approach to assisted digital", "an approach to digital inclusion")
    assert not another_thing("develop a framework to enable identity assurance", "the identity assurance framework")
    assert not another_thing("a strategy for digital skills", "published the strategy for digital skills in May")


def test_a_goal_of_help_and_the_report_s_list_of_help_given_on_its_topic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Digital Strategy 2013\n\nCabinet Office will support improved digital capability across departments.\n",
        "Progress Report 2013\n\n" + _FILLER + "\n\nDigital capability and leadership\n\n"
        "The Capabilities Plan set out the priorities. GDS has helped by:\n\n"
        "* advising on recruitment of senior people, and integrating those roles with the rest of the team\n"
        "* responding to requests for help in recruiting 9 senior posts; and 20 other specialist roles\n"
        "* starting to work with the professions, which cover around 70% of all civil servants\n\n"
        "Publishing\n\nWe have helped by:\n\n* moving 20 agency websites across to the new platform\n",
    )
    entry = _evidence(goals, entries, "will support improved digital capability")
    assert entry["status"] == "reported" and "undecided" in entry and "verdict" not in entry
    # the items of help that count things, in the section on the goal's topic: no share of all civil servants, no
    # help in another section
    assert [e["quote"] for e in entry["evidence"]] == ["responding to requests for help in recruiting 9 senior posts"]
