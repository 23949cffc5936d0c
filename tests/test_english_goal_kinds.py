"""The kinds draft gives English goals by the grammar of plans: deliverables under "plan to", two acts in one item,
a lead-in that lists its verb's objects, thresholds after a verb of having, the scope of continuing work, counts
whose noun is elided or is the whole they are part of, and a verb that multiplies its object."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planaudit.reading.scan import scan, strip_measure
from tests.conftest import drafted_goals, run_cli


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.quote) for f in scan(text)]


@pytest.mark.parametrize(
    "bullet",
    [
        "invite bids for a new cleaning contract",
        "propose a new way of funding rural bus routes",
        "create an online register of empty shops",
    ],
)
def test_a_deliverable_under_plan_to_is_a_milestone(bullet: str) -> None:
    assert _kinds(f"Over the next 3 months we plan to:\n\n* {bullet}\n") == [("milestone", bullet)]


def test_an_item_of_two_acts_names_both() -> None:
    found = scan("We will:\n- open the new library, and start work on a reading strategy for schools\n")
    assert [f.kind for f in found] == ["named_items"]
    assert found[0].items == ("open the new library", "start work on a reading strategy for schools")
    # one act whose object holds ", and": not two acts
    found = scan("We will:\n- publish the timetable for buses, trams, and ferries\n")
    assert [f.kind for f in found] == ["milestone"]


def test_a_lead_in_listing_its_verbs_objects_is_one_named_items_goal() -> None:
    plan = (
        "Once the survey is finished we will have:\n\n"
        "* a costed repair plan for each school\n\n"
        "* a new timetable for the works\n\n"
        "Other work goes on.\n"
    )
    found = scan(plan)
    assert [(f.kind, f.quote) for f in found] == [("named_items", "Once the survey is finished we will have:")]
    assert found[0].items == ("a costed repair plan for each school", "a new timetable for the works")


def test_these_will_include_joins_the_sentence_it_points_back_to() -> None:
    plan = (
        "Hospital performance will be tracked through a small set of measures. These will include:\n"
        "- waiting times. This shows how long patients wait\n"
        "- patient satisfaction\n"
    )
    found = scan(plan)
    assert [f.kind for f in found] == ["named_items"]
    assert found[0].quote.startswith("Hospital performance will be tracked")
    assert found[0].items == ("waiting times", "patient satisfaction")


def test_counts_under_a_lead_in_of_objects_stay_counts() -> None:
    found = scan("We will build:\n- 500 homes\n- 20 schools\n")
    assert [(f.kind, f.target) for f in found] == [("at_least", 500), ("at_least", 20)]


def test_a_size_after_a_verb_of_having_is_a_threshold_not_a_target() -> None:
    found = scan("Councils will publish plans for roads carrying over 20,000 vehicles a day from April 2027.")
    assert [f.kind for f in found] == ["milestone"]
    assert scan("We will move more than 30 offices to the new site.")[0].kind == "at_least"


def test_continuing_work_on_all_of_a_set_is_judged_and_elided_counts_take_its_noun() -> None:
    found = scan("We will continue work on all 40 bridge projects, moving 5 more into construction and 2 into design.")
    assert [(f.kind, f.target, f.unit, f.quote) for f in found] == [
        ("judged", None, None, "continue work on all 40 bridge projects"),
        ("new_items", 5, "bridge projects", "moving 5 more into construction"),
        ("new_items", 2, "bridge projects", "2 into design"),
    ]
    # "cover all 14 crore farm holdings" is an amount to reach
    assert scan("The target is to cover all 14 crore farm holdings by March 2027.")[0].kind == "at_least"


def test_a_part_of_a_whole_takes_the_wholes_noun() -> None:
    found = scan("Similarly, 10 of the 40 closed depots will also be reopened.")
    assert [(f.kind, f.target, f.unit, f.quote) for f in found] == [
        ("at_least", 10, "closed depots", "10 of the 40 closed depots")
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Training will be offered to all new managers from spring 2027.", "milestone"),
        ("The agency will increase the scale of its inspection team.", "judged"),
        ("Local plans will also reflect these plans.", "judged"),
        ("The agency will set up an inspection team.", "milestone"),
    ],
)
def test_a_season_dates_a_pledge_and_a_verb_of_degree_delivers_nothing(sentence: str, kind: str) -> None:
    assert [f.kind for f in scan(sentence)] == [kind]


def test_english_measures_keep_their_words_with_a_curly_apostrophe_or_a_currency_sign() -> None:
    assert strip_measure("will raise farmers’ income") == "farmers income"
    assert strip_measure("₹500 crore for rural roads") == "crore rural roads"


def test_double_is_growth_of_100_percent_written_as_the_plan_wrote_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    goals = drafted_goals(tmp_path, monkeypatch, "Plan 2025\nWe will double the number of apprentices by 2030.\n")
    assert [(g["quote"], g["rule"]) for g in goals] == [
        ("We will double the number of apprentices", {"kind": "growth", "target_pct": "double", "unit": "%"})
    ]
    validated = run_cli("validate")
    assert validated.exit_code == 0, validated.stderr


def test_draft_cli_gives_the_kinds_of_a_quarterly_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = (
        "Quarterly plan\nOctober 2026\n\n"
        "In the next 3 months, we plan to:\n\n"
        "* move more than 12 clinics onto the new booking system\n\n"
        "* invite suppliers to bid for a new transport framework\n\n"
        "* set up the new housing team, and start work on a homelessness strategy\n\n"
        "Once the audit is complete we will have:\n\n"
        "* a repair plan for each estate\n\n"
        "* a list of the buildings to sell\n"
    )
    goals = drafted_goals(tmp_path, monkeypatch, plan)
    assert [g["rule"]["kind"] for g in goals] == ["at_least", "milestone", "named_items", "named_items"]
    assert goals[2]["rule"]["items"] == ["set up the new housing team", "start work on a homelessness strategy"]
    assert goals[3]["rule"]["items"] == ["a repair plan for each estate", "a list of the buildings to sell"]
    assert yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))["goals"] == goals
    validated = run_cli("validate")
    assert validated.exit_code == 0, validated.stderr


def test_numbered_items_under_a_lead_in_are_items_not_headings() -> None:
    plan = (
        "Housing plan 2026\n\nWe will:\n\n1. Build 500 homes\n2. Open 20 clinics\n3. Publish a new transport strategy\n"
    )
    found = scan(plan)
    assert [(f.kind, f.quote, f.heading) for f in found] == [
        ("at_least", "Build 500 homes", None),
        ("at_least", "Open 20 clinics", None),
        ("milestone", "Publish a new transport strategy", None),
    ]
    # a numbered title line after a paragraph stays a heading
    headed = scan("Housing plan 2026\n\n1. Homes and Clinics\n\nWe will build 500 homes.\n")
    assert [(f.quote, f.heading.title if f.heading else None) for f in headed] == [
        ("We will build 500 homes", "Homes and Clinics")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "This year we will: (a) build 500 homes; (b) open 20 clinics; and (c) publish a new transport strategy.",
        "The council will (i) build 500 homes, (ii) open 20 clinics and (iii) publish a new transport strategy.",
    ],
)
def test_a_list_written_on_one_line_gives_each_item_the_pledge(sentence: str) -> None:
    found = scan(f"Housing plan 2026\n\n{sentence}\n")
    assert [(f.kind, f.level, f.quote) for f in found] == [
        ("at_least", "commitment", "build 500 homes"),
        ("at_least", "commitment", "open 20 clinics"),
        ("milestone", "commitment", "publish a new transport strategy"),
    ]


def test_would_pledges_only_in_reported_speech() -> None:
    found = scan("The tax office announced that it would move its payroll service online, launching in October 2026.")
    assert [(f.kind, f.level) for f in found] == [("milestone", "commitment")]
    found = scan("The council agreed that it would open 3 new libraries by 2027.")
    assert [(f.target, f.unit) for f in found] == [(3, "libraries")]
    assert scan("This would help farmers to sell their crops.") == []
