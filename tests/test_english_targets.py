"""What draft proposes as goals in English plans: bullets under a pledging lead-in, never the lead-in itself, and no
figure of a list that reports or describes."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.restated import restatements
from planaudit.reading.scan import scan
from tests.conftest import drafted_goals, run_cli

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
    goals = drafted_goals(tmp_path, monkeypatch, ACTION_PLAN)
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
        ("We are creating 10,000 new school places this year.", [10000]),  # the plan's own work under way
        ("The Government is providing £500 million for flood defences.", [500]),
        ("We have set a target of 95% for emergency care.", [95]),  # a target set, not a past one
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
    goals = drafted_goals(tmp_path, monkeypatch, plan)
    assert [g["rule"].get("target") for g in goals] == [100]


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("Against the target of ₹8.5 lakh crore in 2015-16, the target for 2016-17 will be ₹9 lakh crore.", [9]),
        ("We have improved upon the deficit target from 2.8% to 2.5% of GDP.", []),  # a past target, named
        ("Last year's target of 90% was missed.", []),
        ("Our reserves are at the highest ever level of about 350 billion dollars.", []),  # a record
        ("A deduction of 30% of the wages can be claimed for three years.", []),  # a possibility, not a pledge
        ("Third, of the 5.35 lakh shops in the country, 3 lakh shops will be automated.", [3]),  # the whole
        ("The Finance Bill, 2016 proposes to widen the incentive.", []),  # a name's year
    ],
)
def test_past_targets_records_possibilities_wholes_and_names_are_not_targets(
    sentence: str, targets: list[float]
) -> None:
    assert [f.target for f in scan(sentence) if f.target is not None] == targets


@pytest.mark.parametrize(
    ("sentence", "quotes"),
    [
        ("Government will, therefore, reorient its support to farmers.", ["reorient its support to farmers"]),
        ("The card shall not, however, confer any right of citizenship.", []),  # no act to deliver
        ("We have ensured that the agenda has not been compromised.", []),  # a result
        ("Users can give their details to a person who will enter them on their behalf.", []),
        ("This will be much higher than in the two previous years.", []),  # a comparison is a state
        (
            "Each department will publish a strategy explaining what actions they will take.",
            ["will publish a strategy explaining what actions they will take"],
        ),
    ],
)
def test_a_pledge_is_read_from_the_word_that_pledges(sentence: str, quotes: list[str]) -> None:
    assert [f.quote for f in scan(sentence)] == quotes


def test_a_pledge_in_the_same_words_twice_is_one_goal() -> None:
    text = (
        "To help people offline, we will provide a telephone line for people who cannot use digital services.\n\n"
        "Offline support matters, and we will provide a telephone line for people who cannot use digital services.\n"
    )
    findings = scan(text)  # the scan keeps both statements; restatements makes them one target
    pledge = "will provide a telephone line for people who cannot use digital services"
    assert [f.quote for f in findings] == [pledge, pledge]
    assert [sorted(group) for group in restatements(text, findings, [None, None])] == [[0, 1]]


@pytest.mark.parametrize(
    ("sentence", "kind", "level"),
    [
        ("I propose to constitute a Committee to review the implementation of the Act.", "milestone", "planned"),
        ("We have decided to set up a National Board for Skill Certification.", "milestone", "commitment"),
        ("It is proposed to establish a Digital Depository for school certificates.", "milestone", "planned"),
        ("We propose to further strengthen the support to exporters.", "judged", "planned"),  # an effort, not an act
    ],
)
def test_a_speechs_own_proposals_are_goals(sentence: str, kind: str, level: str) -> None:
    assert [(f.kind, f.level) for f in scan(sentence)] == [(kind, level)]


def test_a_proposed_target_of_money_is_a_floor_not_an_allocation() -> None:
    found = scan("I propose to increase the target next year to ₹1,80,000 crore.")
    assert [(f.kind, f.target) for f in found] == [("at_least", 180000)]


@pytest.mark.parametrize(
    "sentence",
    [
        "As I shall outline, the economy is strong.",  # the speaker's talk stays no pledge
        "Annex 2 describes the support that is available.",  # a number that names a part of the text
        "The Red Tape Challenge is examining some 6,500 regulations.",  # another programme's work under way
        "Other work is being undertaken by the ministry, where £680 million is being invested in broadband.",
        "These leaders will usually be members of the board.",  # a habit describes
        "Work will not inevitably go to the cheapest bidder.",
    ],
)
def test_talk_labels_work_under_way_and_descriptions_are_no_goals(sentence: str) -> None:
    assert scan(sentence) == []


def test_an_announcement_in_the_progressive_is_still_the_plans() -> None:
    found = scan("A health insurance scheme which protects one-third of the population is also being announced.")
    assert [round(f.target or 0, 2) for f in found] == [0.33]


@pytest.mark.parametrize(
    ("sentence", "quotes"),
    [
        ("The scheme gives every household a gas connection. It will reduce drudgery in the kitchen.", []),
        ("This Code will provide a resolution mechanism for failing banks.", []),  # what a measure does
        ("These measures will take us faster down the road to development.", []),
        ("The Ministry will set up a new Hub for small firms.", ["will set up a new Hub for small firms"]),
        ("These will be published in December.", ["will be published in December"]),  # done to it: still a goal
    ],
)
def test_what_a_measure_will_do_is_its_effect_not_a_goal(sentence: str, quotes: list[str]) -> None:
    assert [f.quote for f in scan(sentence)] == quotes


def test_derived_averages_and_a_documents_own_proposals_are_not_targets() -> None:
    assert scan("The funds now allocated, translate to an average of over ₹80 lakh per village.") == []
    assert scan("Further, the Finance Bill proposes to widen the scope of the incentive.") == []


def test_a_lead_in_naming_targets_pledges_its_bullets_and_a_participle_is_no_past() -> None:
    found = scan("Key priorities for 2025 are:\n\n- 95% of bins collected on time\n- reduce fly-tipping by 10%\n")
    assert [(f.kind, f.target, f.level) for f in found] == [
        ("at_least", 95, "commitment"),
        ("decline", 10, "commitment"),
    ]


def test_a_count_of_people_is_no_money() -> None:
    # "volunteers" ends in "rs", which once read as rupees (Rs) and drafted the count as an allocation
    assert [(f.kind, f.target) for f in scan("We will train 300 volunteers and 40 officers.")] == [
        ("at_least", 300),
        ("at_least", 40),
    ]


def test_numbered_items_under_a_pledging_lead_in_are_bullets() -> None:
    text = (
        "Over the next year we will:\n\n1. build 500 new homes\n2. publish a transport strategy\n(a) open 3 clinics\n"
    )
    assert [(f.quote, f.kind) for f in scan(text)] == [
        ("build 500 new homes", "new_items"),
        ("publish a transport strategy", "milestone"),
        ("open 3 clinics", "at_least"),
    ]
    # "(i) Agriculture: …" under a lead-in that pledges nothing names a part of a speech and keeps its own figures
    assert [f.target for f in scan("These include:\n\n(i) Farming: with focus on doubling incomes in five years;\n")]
