"""Floors and ceilings by class of wording (issue #22): a rise to a level is a floor whatever its object holds, a
figure in a measure's name is no target when the line gives the target after it, pence and cents per unit are
ceilings, and a count of zero is a ceiling only where the plan itself pledges it."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.clauses import Role, role
from planaudit.reading.figures import read_figures
from planaudit.reading.scan import scan
from tests.conftest import drafted_goals, run_cli


def _rules(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.kind, f.target, f.unit) for f in scan(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a word of holding or keeping inside the object is not the verb of the figure
        ("We will increase the share of tenants holding a parking permit to 30%.", ("at_least", 30, "%")),
        ("We will raise the number of families keeping a compost bin to 6,500.", ("at_least", 6500, "families")),
        # a lower-is-better word inside the object of a rise: the share of such things is raised
        ("We will increase the share of zero-emission taxis to 40%.", ("at_least", 40, "%")),
        ("到2027年，低排放出租车占比提高到40%。", ("at_least", 40, "%")),
        # a second verb of holding, coordinated, still caps its own figure
        ("We will grow reuse and hold residual waste to 12%.", ("at_most", 12, "%")),
        ("到2027年，单位产值能耗下降到0.4吨。", ("at_most", 0.4, "吨")),
    ],
)
def test_a_rise_to_a_level_is_a_floor_whatever_its_object_holds(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    assert _rules(sentence) == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Web chats answered within 40 seconds: target 88.0 per cent", ("at_least", 88, "%")),
        ("Ambulances arriving within 8 minutes — target: 75%", ("at_least", 75, "%")),
        ("Emails answered within 2 working days: target 95.0 per cent", ("at_least", 95, "%")),
        ("Repairs completed within 24 hours: target 95 per cent", ("at_least", 95, "%")),  # a participle names it
        ("Bins emptied within 5 per cent of schedule: target 90 per cent", ("at_least", 90, "%")),
        ("Tenants waiting over 26 weeks for a transfer: target 0", ("at_most", 0, "tenants")),  # none: a ceiling
    ],
)
def test_a_figure_in_a_measures_name_is_not_a_target_when_the_line_gives_one_after_it(
    line: str, expected: tuple[str, float, str]
) -> None:
    (found,) = scan(line)
    assert (found.kind, found.target, found.unit) == expected
    assert found.quote.startswith(line[:12])  # the measure's name is the goal's, for its evidence to be matched by


def test_a_chinese_measure_named_with_a_time_keeps_only_its_target() -> None:
    assert _rules("群众来电15秒内接通率：目标90%") == [("at_least", 90, "%")]


@pytest.mark.parametrize(
    "line",
    [
        "Fire crews on scene under 10 minutes (%): target 80.0, actual 77.5",  # a bare 80.0: no unit, no direction
        "Complaints received about noise: target 300",  # a count whose direction the line does not tell
    ],
)
def test_a_line_whose_target_has_no_direction_drafts_no_goal_from_its_name(line: str) -> None:
    assert _rules(line) == []


def test_a_pledged_figure_before_a_target_word_stays_a_target() -> None:
    found = _rules("We will pick up phone calls within 45 seconds — target 80%.")
    assert found == [("at_most", 45, "seconds"), ("at_least", 80, "%")]  # the plan's own pledge names its limit
    assert _rules("We cut phone waits to 50 seconds — target 85%.")[0][:2] == ("at_most", 50)  # a verb, a subject


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hold administration costs below 9p in every pound donated.", ("at_most", 9, "p")),
        ("We will keep overheads under 12c per dollar raised.", ("at_most", 12, "cents")),
        ("We will keep management costs below 7¢ in the dollar.", ("at_most", 7, "cents")),
        ("募集成本控制在每元0.15元以内。", ("at_most", 0.15, "元")),
    ],
)
def test_pence_and_cents_per_unit_held_below_are_ceilings(sentence: str, expected: tuple[str, float, str]) -> None:
    text = "What we will achieve\n\n" + sentence
    assert _rules(text) == [expected]


def test_costs_as_a_noun_is_no_present_state_but_costs_as_a_verb_is() -> None:
    assert role("Hold printing costs below 5p a page.") is not Role.RESULT
    assert role("A library visit costs about £3.40 to provide.") is Role.RESULT
    assert [f.unit for f in read_figures("a mark of 5c") if f.value == 5] == []  # no money after: no cents


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We will aim for zero lost-time accidents at our depots.", [("at_most", 0, "accidents")]),
        ("Our ambition is zero drownings at supervised beaches.", [("at_most", 0, "drownings")]),
        (
            "We will halve missed bin collections by 2027, and have zero uncollected (bulky or clinical) loads each week.",
            [("decline", 50, "%"), ("at_most", 0, "loads")],
        ),
        # another body's target, a past record, a kind of thing, net zero: no ceiling of none
        ("The State Parliament has adopted a statewide target of zero drownings by 2040.", []),
        ("Last summer we recorded zero drownings at supervised beaches.", []),
        ("We will build zero carbon classrooms.", None),
        ("We will reach net zero operational emissions by 2035.", None),
    ],
)
def test_zero_of_a_count_is_a_ceiling_only_where_the_plan_pledges_it(
    sentence: str, expected: list[tuple[str, float, str]] | None
) -> None:
    found = _rules(sentence)
    if expected is None:
        assert all(target != 0 for _, target, _ in found)
    else:
        assert found == expected


def test_zero_as_a_count_is_read_and_net_zero_or_a_compound_is_not() -> None:
    assert [(f.value, f.unit) for f in read_figures("zero serious (grade 1) injuries")][:1] == [(0, "injuries")]
    assert read_figures("net zero operational emissions") == []
    assert read_figures("a zero-emission ferry") == []


def test_draft_writes_the_floor_the_share_and_the_ceilings_and_the_folder_validates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = (
        "Riverside Museums Plan 2026\n\n"
        "What we will achieve\n\n"
        "Increase the share of visitors holding a season pass to 35%.\n"
        "Hold fundraising costs below 18p in every pound raised.\n"
        "We will have zero reportable (RIDDOR) injuries to visitors.\n\n"
        "Service standards\n\n"
        "Enquiries answered within 5 working days: target 92.0 per cent\n"
        "Schools waiting over 12 weeks for a learning visit: target 0\n"
    )
    rules = [g["rule"] for g in drafted_goals(tmp_path, monkeypatch, plan)]
    assert [(r["kind"], r.get("target"), r.get("unit")) for r in rules] == [
        ("at_least", 35, "%"),
        ("at_most", 18, "p"),
        ("at_most", 0, "injuries"),
        ("at_least", 92, "%"),
        ("at_most", 0, "schools"),
    ]
    validated = run_cli("validate")
    assert validated.exit_code == 0, validated.stderr
