"""English evidence for deeds worded otherwise than the plan: help to an act, a verb on its object, an aim, an example."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.drafting import FILLER, draft_pair, entry_of, undecided_quote

# Sentences naming departments and GOV.UK, no deed, in a long report: words used that often are each no deliverable's
# name, and only the act ("transfer" done as "moved") tells the deed.
_GOV_UK = (
    "GOV.UK is read by departments every day. Departments praised GOV.UK in the survey. GOV.UK has users in all "
    "departments. Departments link to GOV.UK from their pages. Departments asked GOV.UK for a new style guide. "
)


def test_help_to_do_an_act_takes_the_act_done_in_other_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = draft_pair(
        tmp_path,
        "Digital Strategy 2013\n\nCabinet Office will:\n\n"
        "- help departments to transfer online publishing to GOV.UK\n"
        "- help departments to recruit suitably skilled individuals\n",
        "Progress Report 2013\n\n" + FILLER * 25 + _GOV_UK + "\n\nIn the 3 months between April and June, we:\n\n"
        "* moved 6 more ministerial department websites to GOV.UK\n"
        "* won 2 national awards for GOV.UK design\n\n"
        "Three departments, Cabinet Office, DCLG and Home Office, have appointed new Digital Leaders.\n",
    )
    # "transfer" is done as "moved", by the departments helped
    entry = entry_of(goals, entries, "help departments to transfer")
    assert undecided_quote(entry) == "moved 6 more ministerial department websites to GOV.UK"
    # the helper ("Cabinet Office will help…") names nothing delivered: its name in an appointment is no recruitment
    assert "evidence" not in entry_of(goals, entries, "help departments to recruit")


def test_a_deed_doing_the_goals_verb_to_its_object_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = draft_pair(
        tmp_path,
        "Digital Strategy 2013\n\n"
        "Departments will share the learning from the transformation of these exemplar services to increase digital "
        "capability across the civil service.\n",
        "Progress Report 2013\n\n" + FILLER + "\n\n"
        "The Civil Service Capabilities Plan, published in April, identified digital capability as a high priority.\n\n"
        "We also ran Sprint Alpha, an event intended to showcase and share learning between those working on digital "
        "transformation.\n",
    )
    # the sentence sharing more words (the Capabilities Plan) shares no learning: the one that does comes first
    assert undecided_quote(entry_of(goals, entries, "will share the learning")) == (
        "We also ran Sprint Alpha, an event intended to showcase and share learning between those working on digital "
        "transformation"
    )


def test_a_deed_done_for_the_goals_aim(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Digital Strategy 2013\n\nCabinet Office will:\n\n"
        "- provide a programme of support, guidance and tools that help service teams meet the standard throughout "
        "the development and life of the service\n"
    )
    goals, entries = draft_pair(
        tmp_path,
        plan,
        "Progress Report 2013\n\n" + FILLER + "\n\n"
        "The Service Standard will help departments achieve better services.\n\n"
        "GDS has built a new office to support service teams in achieving savings.\n\n"
        "GDS has built the Government Service Design Manual to support departments in working towards achieving the "
        "Digital by Default Service Standard.\n",
    )
    # the Manual is built to achieve the standard: not the look-ahead, not a deed for another aim (savings)
    assert undecided_quote(entry_of(goals, entries, "provide a programme")) == (
        "GDS has built the Government Service Design Manual to support departments in working towards achieving the "
        "Digital by Default Service Standard"
    )
    goals, entries = draft_pair(
        tmp_path,
        plan,
        "Progress Report 2013\n\n" + FILLER + "\n\nGDS has built a new office to support service teams in achieving "
        "savings.\n\nThe Service Standard will help departments achieve better services.\n",
    )
    assert "evidence" not in entry_of(goals, entries, "provide a programme")


def test_the_example_given_of_a_sentence_naming_the_goal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = draft_pair(
        tmp_path,
        "Digital Strategy 2013\n\n"
        "Departments will encourage policy teams to use a wider range of digital tools to communicate with and "
        "consult people.\n"
        "Departments will also provide opportunities for existing staff to develop the required digital skills.\n",
        "Progress Report 2013\n\n" + FILLER + "\n\n"
        "Departments are exploring the use of digital tools to engage with the public and to improve policy-making. "
        "For example, FCO consular staff are now directly responding to questions from British nationals via the "
        "@fcotravel twitter channel, and DWP is launching a range of social media channels.\n\n"
        "Departments continue to promote digital in their own programmes. For example, BIS held a Digital Fortnight "
        "in September.\n",
    )
    # the first example of the sentence naming the goal's tools (the second, joined by ", and", is another thing)
    assert undecided_quote(entry_of(goals, entries, "will encourage policy teams")) == (
        "FCO consular staff are now directly responding to questions from British nationals via the @fcotravel "
        "twitter channel"
    )
    # a sentence naming two of the goal's words ("departments", "digital") is about something else: not its example
    assert "evidence" not in entry_of(goals, entries, "will also provide opportunities")


def test_improvements_under_the_heading_naming_what_the_goal_improves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = draft_pair(
        tmp_path,
        "Digital Strategy 2013\n\nCabinet Office will:\n\n"
        "- continue to operate and improve the GOV.UK online publishing platform at no cost to departments\n"
        "- continue to operate and improve the civil service intranet for staff\n",
        "Progress Report 2013\n\n" + FILLER + "\n\nGOV.UK\n\n"
        "We improved search on the site, based on user feedback.\n\n"
        "Usage of the site rose steadily.\n\n"
        "Digital inclusion\n\n"
        "We improved the guidance on getting people online.\n",
    )
    entry = entry_of(goals, entries, "continue to operate and improve")
    assert entry["status"] == "reported" and "undecided" in entry and "verdict" not in entry
    # the improvement under "GOV.UK": not the other news there, not an improvement under another heading
    assert [e["quote"] for e in entry["evidence"]] == ["We improved search on the site, based on user feedback"]
    # a heading none of whose words is the goal's names nothing it improves
    assert "evidence" not in entry_of(goals, entries, "continue to operate and improve the civil")


def test_a_lead_ins_list_is_the_evidence_of_every_goal_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = draft_pair(
        tmp_path,
        "Digital Strategy 2013\n\nCabinet Office will:\n\n"
        "- lead in the definition and delivery of a new suite of common technology platforms\n"
        "- extend the range of platforms it supports beyond publishing to data insight and further common platform "
        "components\n",
        "Progress Report 2013\n\n" + FILLER + "\n\nNew common platforms are being developed:\n\n"
        "* The Performance Platform was released, with dashboards for all licences\n"
        "* The blogging platform was launched for the archives\n"
        "* Work on the search index is under way\n",
    )
    # the items naming another of the platforms (released, launched), for both goals naming "common platforms"
    launched = [
        "The Performance Platform was released, with dashboards for all licences",
        "The blogging platform was launched for the archives",
    ]
    for start in ("lead in the definition", "extend the range of platforms"):
        assert [e["quote"] for e in entry_of(goals, entries, start)["evidence"]] == launched
