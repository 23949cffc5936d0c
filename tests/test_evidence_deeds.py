"""English evidence of deeds in progress reports: lists of things done, the act a goal names, counts, echoes."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.matching import (
    act_of,
    acts_in,
    deliverable,
    item_reports_deed,
    list_item,
    names_object,
    repeats_words,
)
from tests.drafting import FILLER as _FILLER
from tests.drafting import draft_pair as _draft
from tests.drafting import entry_of as _evidence
from tests.drafting import subfolder as _subfolder
from tests.drafting import undecided_quote as _quote


def test_items_of_a_list_of_things_done_are_deeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Quarterly Progress Report July 2013\nIn the next 3 months, we plan to:\n\n"
        "* propose a new model for running government technology\n\n"
        "* take our Service Manager induction programme live\n",
        "Quarterly Progress Report October 2013\n"
        + _FILLER
        + "\nIn brief, in quarter 3 (July to September 2013), we:\n\n"
        "* proposed a new operating model for government technology, sent to technology leaders across government\n"
        "* held 12 events\n\n"
        "GDS has helped by:\n\n"
        "* running the Service Manager induction programme live in September for 40 people\n\n"
        "In the next quarter we expect to:\n\n"
        "* propose a new technology operating model to ministers\n",
    )
    # "proposed" opens an item of things done (no look ahead); the last list looks ahead
    assert _quote(_evidence(goals, entries, "propose a new model")).startswith("proposed a new operating model")
    # a gerund under a lead-in that reports deeds ("GDS has helped by:")
    assert _quote(_evidence(goals, entries, "take our Service Manager")).startswith("running the Service Manager")


def test_an_echo_of_the_plan_points_to_the_count_after_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Quarterly Progress Report July 2013\nIn the next 3 months, we plan to:\n\n"
        "* help departments find specialist digital and technology staff through a Recruitment Hub based in GDS\n",
        "Quarterly Progress Report October 2013\n" + _FILLER + "\nIn quarter 3, we:\n\n"
        "* helped departments find specialist digital and technology staff through a Recruitment Hub based in GDS; "
        "we advised a further 2 departments on organisational design; and supported departments on recruiting "
        "20 digital specialist posts and 9 technology roles\n",
    )
    # the echo repeats the plan's words (no evidence by itself); the count about the same staff that follows is
    assert _quote(_evidence(goals, entries, "help departments find")).startswith(
        "and supported departments on recruiting 20 digital specialist posts"
    )


def test_the_act_the_goal_names_reports_it_though_no_word_is_rare(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    exemplars = "Exemplar services are the heart of the programme. " * 6
    goals, entries = _draft(
        tmp_path,
        "Digital Plan 2013\nDepartments will start to redesign these exemplar services by April 2013.\n"
        "Cabinet Office will develop a service standard for all digital services.\n"
        "All new services going live after April 2013 will meet the new service standard.\n",
        "Progress Report 2013\n"
        + exemplars
        + "Services and the service standard were discussed at length. " * 5
        + "23 exemplar services were identified in departmental strategies. "
        "Work has begun on 15 of these, with 9 at beta.\n"
        "GDS has published the Digital by Default Service Standard and its accompanying Manual.\n",
    )
    # start → "has begun"; "these" are the exemplar services of the sentence before
    assert _quote(_evidence(goals, entries, "will start to redesign")).startswith("Work has begun on 15 of these")
    # develop → "published": the standard named right after the act
    assert "Service Standard" in _quote(_evidence(goals, entries, "will develop a service standard"))
    # meeting a standard is another act than publishing it
    assert _evidence(goals, entries, "will meet the new service standard")["status"] == "silent"


def test_the_goals_own_count_of_the_same_things(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Quarterly Progress Report July 2013\nIn the next 3 months, we plan to:\n\n"
        "* continue work on all 25 exemplar services\n",
        "Quarterly Progress Report October 2013\n"
        + _FILLER
        + "Exemplar projects were discussed. " * 6
        + "We have begun work on all 25 exemplar projects. "
        "Work continued on all 25 exemplar services.\n",
    )
    # the echo ("continued on all 25 exemplar services") is the plan's own words; the deed counting 25 exemplars is not
    assert _quote(_evidence(goals, entries, "continue work on all 25")) == (
        "We have begun work on all 25 exemplar projects"
    )


def test_a_deadline_opening_the_sentence_is_the_goals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Digital Plan 2012\nBy March 2014, the publishing of all agency websites will move to GOV.UK.\n",
        "Progress Report 2013\n" + _FILLER + "Around 15% of these agency websites have already moved to GOV.UK.\n",
    )
    # due after the period the review reports on: nothing it says is the result
    assert "evidence" not in _evidence(goals, entries, "will move to GOV.UK")


def test_deed_reading_units() -> None:
    assert list_item("* proposed a model") and list_item("- item") and list_item("1. item")
    assert not list_item("Proposed model") and not list_item("12.5 per cent")
    assert item_reports_deed("* moved 6 websites to GOV.UK", "")
    assert item_reports_deed("proposed a new operating model", "")  # the past verb, not a proposal
    assert not item_reports_deed("propose a new operating model", "")
    assert item_reports_deed("running a beta of the programme", "GDS has helped by:")
    assert item_reports_deed("running a beta of the programme", "Already:")
    assert not item_reports_deed("running a beta of the programme", "In the next quarter we will:")
    assert not item_reports_deed("running a beta of the programme", "Our plans:")
    assert not item_reports_deed("moved to GOV.UK next year, we will", "")  # looks ahead after the verb
    assert act_of("Departments will start to redesign these services") == "start"
    assert act_of("will prepare and publish its own strategy") == "make"
    assert act_of("strategies will be published by the end of 2012") == "publish"
    assert act_of("set up the new digital inclusion team") == "make"
    assert act_of("will meet the standard") == "comply"
    assert act_of("will support departments") is None and act_of("work with councils to develop plans") is None
    assert acts_in("Work has begun; the site went live") == {"start", "launch"}
    assert act_of("publish the service standard, which will describe the metrics") == "publish"  # the opening verb
    # a run of the plan's words the review writes as a name is the deliverable named, no echo
    assert not repeats_words(
        "publish the digital by default service standard", "published the Digital by Default Service Standard"
    )
    assert repeats_words(
        "create an online library of best practice case studies", "created an online library of best practice case"
    )
    assert deliverable("will develop a service standard for all digital services") == ("servic", "standa")
    assert deliverable("Departmental strategies will be published by the end of 2012") == ("depart", "strat")
    assert deliverable("will support departments") == ()
    assert names_object(
        "published the Digital by Default Service Standard", frozenset({"publish"}), ("servic", "standa")
    )
    assert not names_object(
        "published a report on the many uses of any service standard", frozenset({"publish"}), ("servic", "standa")
    )  # too far from the verb
    assert not names_object("built the Service Standard", frozenset({"publish"}), ("servic", "standa"))


def test_a_report_restating_the_plans_numbered_item_reports_on_it_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    busy = "Digital leaders from departments were appointed to many boards and panels last year. " * 8
    plan = (
        "Digital Plan 2013\n\nAction 01: Departmental boards will include an active digital leader\n\n"
        "Each board will name a digital leader.\n\n"
        "Action 02: Departments will publish their data\n\nData will be published monthly.\n"
    )
    goals, entries = _draft(
        tmp_path,
        plan,
        "Progress Report 2013\n\n"
        + busy
        + "\n\nAction 01: Departmental boards will include an active digital leader\n\n"
        "Six departmental boards have appointed new digital leaders during the quarter.\n\n"
        "Action 02: Departments will publish their data\n\nFour departments have now published monthly data.\n",
    )
    # the words alike stand everywhere in this review ("digital", "leaders", "departments", "boards"): the section
    # that restates Action 01 says where the report speaks of it
    assert _quote(_evidence(goals, entries, "will include an active digital leader")) == (
        "Six departmental boards have appointed new digital leaders during the quarter"
    )
    # the same review without the restated numbers: none rather than a guess
    goals, entries = _draft(
        _subfolder(tmp_path, "plain", monkeypatch),
        plan,
        "Progress Report 2013\n\n"
        + busy
        + "\n\nSix departmental boards have appointed new digital leaders during the quarter.\n\n"
        "Four departments have now published monthly data.\n",
    )
    assert "evidence" not in _evidence(goals, entries, "will include an active digital leader")


def test_a_report_restating_the_plans_heading_reports_on_it_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    busy = "Digital teams in departments ran services for people this year. " * 8
    goals, entries = _draft(
        tmp_path,
        "Quarterly Report July 2013\n\nDigital inclusion\n\nWe will set up a digital inclusion team for people.\n\n"
        "Common platforms\n\nWe will build a platform for payments.\n",
        "Quarterly Report October 2013\n\n"
        + busy
        + "\n\nDigital inclusion\n\nA new digital team for people was set up in September.\n\n"
        "Common platforms\n\nThe payments platform went live in August.\n",
    )
    assert _quote(_evidence(goals, entries, "will set up a digital inclusion team")) == (
        "A new digital team for people was set up in September"
    )
    from planaudit.reading.sections import Sections

    plan = Sections("Plan\n\nAction 01: Boards will include a leader\n\nText.\n\nDigital inclusion\n\nMore text.\n")
    assert plan.keys_at(len("Plan\n\nAction 01: Boards will include a leader\n\nTe")) == ["action 1"]
    assert plan.keys_at(10**6) == ["action 1", "heading digital inclusion"]
    assert Sections("Report\n\nRecommendation 3. Do it\n").spans("recommendation 3") == [(8, 32)]


def test_things_moved_into_a_stage_and_the_count_in_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Quarterly Progress Report July 2013\nIn the next 3 months, we plan to:\n\n"
        "* continue work on all 25 exemplar services moving 2 more into beta and 1 into alpha\n",
        "Quarterly Progress Report October 2013\n"
        + _FILLER
        + "By the end of September, 1 exemplar service had elements already live, 11 were in beta, and 6 were in "
        "alpha.\nNext quarter we will move 3 more services into beta.\n",
    )
    entry = _evidence(goals, entries, "moving 2 more into beta")
    # the stock in beta is no count of the services moved into it: a person decides, with no figure drafted
    assert _quote(entry) == "11 were in beta" and "values" not in entry and "value" not in entry
