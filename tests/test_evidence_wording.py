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


# Sentences naming Service Managers and programmes, no deed: in a long report, words used that often name nothing, and
# only the compound ("Service Manager … programme") tells the deed.
_MANAGERS = (
    "Service Managers met in London. The programme board met. Service Managers asked for advice. The programme office "
    "wrote to them. Service Managers joined the network. The programme team read the notes. Programme staff visited. "
)


def test_a_thing_of_the_goals_kind_named_for_whom_the_goal_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = draft_pair(
        tmp_path,
        "Digital Strategy 2013\n\n"
        "Newly appointed Service Managers will be supported through a specialist training programme.\n"
        "Newly appointed Digital Leaders will be offered a specialist coaching programme.\n",
        "Progress Report 2013\n\n" + FILLER * 25 + _MANAGERS + "\n\n"
        "GDS started running an induction programme for Digital Leaders.\n\n"
        "We ran a pilot of the Service Manager induction and development programme in July.\n\n"
        "We launched the Service Manager induction and development programme in September.\n",
    )
    # the programme named for Service Managers, the later report's word: not a programme for others
    assert undecided_quote(entry_of(goals, entries, "will be supported")) == (
        "We launched the Service Manager induction and development programme in September"
    )
    # "an induction programme for Digital Leaders" names them after it, not as the programme's name: not taken
    assert "evidence" not in entry_of(goals, entries, "will be offered")


def test_a_thing_delivered_under_a_name_the_goals_paragraph_describes_it_by(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Digital Strategy 2013\n\n"
        "The Government Digital Service is also developing a data insight platform that will combine a range of data "
        "including analytics. Using clear visualisations, it will provide high level performance reports for leaders.\n"
    )
    goals, entries = draft_pair(
        tmp_path,
        plan,
        "Progress Report 2013\n\n" + FILLER + "\n\n"
        "The Blogging Platform was launched for the archives.\n\n"
        "The Performance Platform is being tested with users.\n\n"
        "The Performance Platform was released, with dashboards for all licences.\n",
    )
    # the platform named by the paragraph's word ("performance"), released: not the one named otherwise, not the
    # sentence reporting nothing done
    assert undecided_quote(entry_of(goals, entries, "will combine a range of data")) == (
        "The Performance Platform was released, with dashboards for all licences"
    )
    goals, entries = draft_pair(
        tmp_path,
        plan,
        "Progress Report 2013\n\n" + FILLER + "\n\nThe Blogging Platform was launched for the archives.\n",
    )
    assert "evidence" not in entry_of(goals, entries, "will combine a range of data")


def test_more_of_a_thing_than_the_plan_counts_now(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Digital Strategy 2013\n\nThe Government Digital Service will:\n\n"
        "- increase the scale of its transformation team to support more transactional service redesign projects\n\n"
        "The Government Digital Service is already supporting 7 transactional transformation projects.\n"
    )
    goals, entries = draft_pair(
        tmp_path,
        plan,
        "Progress Report 2013\n\n" + FILLER + "\n\n"
        "In HMRC, work on the 4 exemplar projects has been pulled together.\n\n"
        "We have begun work on all 25 exemplar projects.\n",
    )
    # 25 projects against the plan's 7 now: not 4 (fewer than 7)
    assert undecided_quote(entry_of(goals, entries, "increase the scale")) == (
        "We have begun work on all 25 exemplar projects"
    )
    goals, entries = draft_pair(
        tmp_path,
        plan,
        "Progress Report 2013\n\n"
        + FILLER
        + "\n\nIn HMRC, work on the 4 exemplar projects has been pulled together.\n\n"
        "We have begun work on all 25 exemplar services.\n",
    )
    assert "evidence" not in entry_of(goals, entries, "increase the scale")


def test_a_lead_in_whose_subject_is_a_name_says_who_acts_not_what_the_items_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = draft_pair(
        tmp_path,
        "Digital Strategy 2013\n\n"
        "The Government Digital Service is also developing a data insight platform that will combine a range of data "
        "including analytics.\n",
        "Progress Report 2013\n\n" + FILLER + "\n\nGovernment Digital Service (GDS) has helped by:\n\n"
        "* making 4 videos for civil servants\n"
        "* advising 3 departments on recruitment\n",
    )
    # the items are what the Government Digital Service did, not a data insight platform
    assert "evidence" not in entry_of(goals, entries, "will combine a range of data")


# Sentences about buying goods and services, no deed: in a long review those words name nothing in particular.
_BUYING = (
    "Procurement of goods and services matters. Ministries buy goods and services. Goods and services cost more. "
    "Services and goods are bought by agencies. Procurement rules for goods were discussed. "
)


def test_a_thing_now_in_use_for_what_the_goals_thing_is_made_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Budget 2016-2017\n\n101. The Director General of Supplies and Disposal will establish a technology driven "
        "platform to facilitate procurement of goods and services by various Ministries and agencies.\n"
    )
    goals, entries = draft_pair(
        tmp_path,
        plan,
        "Budget 2017-2018\n\n" + FILLER * 25 + _BUYING + "\n\n"
        "122. The new portal is now functional for payment of fees by students.\n\n"
        "123. The Government e-market place which is now functional for procurement of goods and services, has been "
        "selected as one of the winners of the Procurement Innovation Awards.\n",
    )
    # in use for what the platform is made for (procurement of goods and services): not a portal for fees
    assert undecided_quote(entry_of(goals, entries, "will establish a technology driven platform")) == (
        "123. The Government e-market place which is now functional for procurement of goods and services, has been "
        "selected as one of the winners of the Procurement Innovation Awards"
    )
    goals, entries = draft_pair(
        tmp_path,
        plan,
        "Budget 2017-2018\n\n" + FILLER * 25 + _BUYING + "\n\n"
        "122. The new portal is now functional for payment of fees by students.\n",
    )
    assert "evidence" not in entry_of(goals, entries, "will establish a technology driven platform")


def test_a_name_by_its_initials_and_a_deed_before_a_claim_of_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Budget 2016-2017\n\nThe Government shall also endeavour to continue with the ongoing reform programme and "
        "ensure the passage of the Constitutional amendments to enable the implementation of the Goods and Service "
        "Tax.\n"
    )
    goals, entries = draft_pair(
        tmp_path,
        plan,
        "Budget 2017-2018\n\n" + FILLER + "\n\nThere was passage of the Constitution Amendment Bill for GST and the "
        "progress for its implementation; and demonetisation of bank notes.\n",
    )
    # "GST" is the Goods and Service Tax; the passage is a deed, the progress after it a claim of its own
    assert undecided_quote(entry_of(goals, entries, "ensure the passage")) == (
        "There was passage of the Constitution Amendment Bill for GST and the progress for its implementation"
    )
    goals, entries = draft_pair(
        tmp_path,
        plan,
        "Budget 2017-2018\n\n" + FILLER + "\n\nGood progress was made towards passage of the Constitution Amendment "
        "Bill for GST and its implementation.\n",
    )
    # a claim of progress towards the passage reports no passage
    assert "evidence" not in entry_of(goals, entries, "ensure the passage")
