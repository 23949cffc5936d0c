"""English evidence read from a progress report's structure: a date planned again, a list's lead-in, a goal restated."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.matching import another_thing
from tests.drafting import FILLER as _FILLER
from tests.drafting import draft_pair as _draft
from tests.drafting import entry_of as _evidence
from tests.drafting import subfolder as _subfolder
from tests.drafting import undecided_quote as _quote


def test_a_dated_milestone_planned_again_for_a_later_month_is_proposed_as_a_slip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Quarterly Progress Report\nJuly 2013\n\n"
        "The council announced that it would be the first to use the new parking permit portal for resident permits, "
        "launching in October 2013.\n"
        "The council will open the new library booking service in October 2013.\n"
        "The council will build a new waste collection app for residents.\n"
        "The council will publish the parking permit guide for residents in October 2013.\n",
        "Quarterly Progress Report\nOctober 2013\n\n"
        + _FILLER
        + "\n\nIn quarter 4 (October to December) we expect to:\n\n"
        "* launch the new parking permit portal in private beta from November, starting with resident permits\n"
        "* open the new library booking service to schools in October\n"
        "* launch the waste collection app for residents from December\n"
        "* move the parking permit guide for residents to the new website from November\n",
    )
    # the report plans the portal again, for a month after the goal's own (named after its quote): not done by then,
    # for a person to decide (no verdict drafted)
    slip = _evidence(goals, entries, "would be the first to use")
    assert _quote(slip).startswith("launch the new parking permit portal in private beta from November")
    assert "done" not in slip
    # a month that is not later (October is the goal's own) says nothing of a slip
    assert "evidence" not in _evidence(goals, entries, "will open the new library booking service")
    # a goal with no date cannot slip: a look-ahead is no evidence of it
    assert "evidence" not in _evidence(goals, entries, "will build a new waste collection app")
    # another act on the same thing (the guide moved, not published) is no re-plan of it
    assert "evidence" not in _evidence(goals, entries, "will publish the parking permit guide")


def test_a_look_ahead_about_another_thing_or_in_a_report_of_no_date_is_no_slip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = (
        "Quarterly Progress Report\nJuly 2013\n\n"
        "The council announced that it would be the first to use the new parking permit portal for resident permits, "
        "launching in October 2013.\n"
    )
    goals, entries = _draft(
        _subfolder(tmp_path, "other", monkeypatch),
        plan,
        "Quarterly Progress Report\nOctober 2013\n\n" + _FILLER + "\n\nIn quarter 4 we expect to:\n\n"
        "* launch the new library booking portal for residents from November\n",
    )
    # one word alike ("portal") and words every goal uses: another portal
    assert "evidence" not in _evidence(goals, entries, "would be the first to use")
    goals, entries = _draft(
        _subfolder(tmp_path, "undated", monkeypatch),
        plan,
        "Quarterly Progress Report\n\n" + _FILLER + "\n\nIn the next quarter we expect to:\n\n"
        "* launch the new parking permit portal in private beta from November, starting with resident permits\n",
    )
    # a report with no date: "from November" of which year is unknown
    assert "evidence" not in _evidence(goals, entries, "would be the first to use")


def test_a_heading_with_a_year_is_no_report_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Quarterly Progress Report\nJuly 2013\n\n"
        "The council announced that it would be the first to use the new parking permit portal for resident permits, "
        "launching in October 2013.\n",
        "Quarterly Progress Report\nOctober 2013\n\n" + _FILLER + "\n\nPlans 2014\n\nIn quarter 4 we expect to:\n\n"
        "* launch the new parking permit portal in private beta from November, starting with resident permits\n",
    )
    # "Plans 2014" is a heading, not the date of a report: "from November" is still the report's November 2013
    assert _quote(_evidence(goals, entries, "would be the first to use")).startswith(
        "launch the new parking permit portal"
    )


_PLATFORMS_REVIEW = (
    "Progress Report 2013\n\n" + _FILLER + "\n\nOther initiatives\n\n"
    "Common platforms continue to be developed and extended:\n\n"
    "* Following a new release in September, the Transaction Explorer now covers 711 services\n"
    "* The blogging platform was launched for the archives\n"
    "* There are now 9 services with detailed dashboards live on the Performance Platform\n\n"
    "Booking platforms were built for the clinics:\n\n"
    "* 12 clinics now take bookings online\n\n"
    "The technology team ran 4 workshops on common platforms for suppliers.\n"
)


def test_items_with_a_count_under_a_lead_in_naming_the_goals_deliverable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Digital Strategy 2013\n\n"
        "Cabinet Office will lead in the definition and delivery of a new suite of common technology platforms.\n"
        "The health service will support digital booking for clinics across the region.\n",
        _PLATFORMS_REVIEW,
    )
    entry = _evidence(goals, entries, "will lead in the definition")
    assert entry["status"] == "reported" and "undecided" in entry and "verdict" not in entry
    # the items that count things or name another platform (the launch), under the lead-in naming "common
    # platforms": not the items of another list, not a sentence of the same section about workshops
    assert [e["quote"] for e in entry["evidence"]] == [
        "Following a new release in September, the Transaction Explorer now covers 711 services",
        "The blogging platform was launched for the archives",
        "There are now 9 services with detailed dashboards live on the Performance Platform",
    ]
    # "Booking platforms": the head noun is not the goal's ("booking" is no platform this goal names)
    assert "evidence" not in _evidence(goals, entries, "will support digital booking")


def test_a_target_restated_in_the_same_words_keeps_the_evidence_in_both_places(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Digital Strategy 2013\n\nSummary\n\n"
        "Cabinet Office will lead in the definition and delivery of a new suite of common technology platforms.\n\n"
        "Actions\n\n"
        "Action 11: Cabinet Office will lead in the definition and delivery of a new suite of common technology "
        "platforms which will underpin the new generation of digital services.\n\n"
        "The Office will lead the delivery of common technology platforms for the health service.\n",
        _PLATFORMS_REVIEW,
    )
    summary = _evidence(goals, entries, "will lead in the definition and delivery of a new suite of common technology")
    action = _evidence(
        goals, entries, "will lead in the definition and delivery of a new suite of common technology platforms which"
    )
    # the same target stated twice in the same words (the summary's quote stands in the action's): both hold the items
    assert summary["evidence"] == action["evidence"] != []
    # another goal with some of its words is not the same target: the sentences are not its evidence too
    assert "evidence" not in _evidence(goals, entries, "will lead the delivery of common technology platforms for")


def test_items_of_help_that_name_what_the_help_includes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Digital Strategy 2013\n\nCabinet Office will:\n\n"
        "- help departments to improve their digital capability, including providing guidance on request about "
        "effective approaches to recruiting digital specialists\n",
        "Progress Report 2013\n\n" + _FILLER + "\n\nDigital capability and leadership\n\nGDS has helped by:\n\n"
        "* advising departments (including the Department for Work and Pensions) on how to recruit senior people with "
        "the right digital skills\n"
        "* making 4 videos for civil servants about digital services\n"
        "* advising on the design of the new intranet\n\n"
        "Publishing\n\nWe have helped by:\n\n* advising agencies on how to recruit 20 web editors\n",
    )
    entry = _evidence(goals, entries, "help departments to improve their digital capability")
    assert entry["status"] == "reported" and "undecided" in entry and "verdict" not in entry
    # what the help includes (recruiting), in the section on what it helps to: not the videos (a count of other
    # help), not advice on another thing, not help in another section; the department's name ("Department for Work
    # and Pensions") is no other kind of "departments"
    assert [e["quote"] for e in entry["evidence"]] == [
        "advising departments (including the Department for Work and Pensions) on how to recruit senior people with "
        "the right digital skills"
    ]


def test_a_capitalised_name_is_no_other_thing_of_the_kind() -> None:
    assert not another_thing(
        "help departments to improve their digital capability", "advising the Department for Work and Pensions"
    )
    assert another_thing("a cross-government approach to assisted digital", "an approach to digital inclusion")


def test_a_dated_goal_takes_the_deed_of_the_first_report_after_its_due_not_a_later_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Digital Plan\nNovember 2014\n\n"
        "The housing websites of all 12 district councils will move onto the shared county platform by March 2015.\n"
        "The council will build a new waste collection app for residents.\n"
    )
    april = (
        "Quarterly Progress Report\nApril 2015\n\n"
        + _FILLER
        + "\n\nMost district councils have now moved their housing websites onto the county platform. "
        "The remainder are scheduled to move during May.\n\n"
    )
    july = (
        "Quarterly Progress Report\nJuly 2015\n\n"
        "All the district councils have now moved their housing websites onto the shared county platform.\n"
    )
    goals, entries = _draft(tmp_path, plan, april + july)
    # the April report says whether the move was done by March; July's "all have now moved" may be done late
    assert _quote(_evidence(goals, entries, "The housing websites")).startswith("Most district councils have now")
    # with no report after the due but July, July's deed is the one there is
    goals, entries = _draft(_subfolder(tmp_path, "july", monkeypatch), plan, july)
    assert _quote(_evidence(goals, entries, "The housing websites")).startswith("All the district councils")


def test_a_figure_from_a_report_after_the_due_is_shown_undecided_and_one_at_the_due_preferred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Digital Plan\nNovember 2014\n\n"
        "The housing websites of 12 district councils will move onto the shared county platform by March 2015.\n"
    )
    april = (
        "Quarterly Progress Report\nApril 2015\n\n"
        + _FILLER
        + "\n\nThe housing websites of 9 district councils have now moved onto the shared county platform.\n\n"
    )
    july = (
        "Quarterly Progress Report\nJuly 2015\n\n"
        "The housing websites of all 12 district councils have now moved onto the shared county platform.\n"
    )
    goals, entries = _draft(tmp_path, plan, april + july)
    entry = _evidence(goals, entries, "The housing websites")
    assert entry["value"] == 9 and "undecided" not in entry  # the state at the due, as the first report after it says
    quiet = "Quarterly Progress Report\nApril 2015\n\n" + _FILLER + "\n\n"
    goals, entries = _draft(_subfolder(tmp_path, "july", monkeypatch), plan, quiet + july)
    entry = _evidence(goals, entries, "The housing websites")
    # the first report after the due is silent: July's 12 is shown, never scored (done by July, but by March?)
    assert entry["value"] == 12 and "a report after the due (2015-03)" in entry["undecided"]
