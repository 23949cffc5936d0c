"""Ceilings by grammar (issue #22): a comparative before "than" bounds its figure, a negation turns a floor into a
ceiling, a lower-is-better measure is capped, 零X pledged is none at most, and a fall "by about X%" is a decline."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.figures import Qualifier, read_figures
from planaudit.reading.scan import scan
from tests.conftest import drafted_goals, run_cli


def _rules(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.kind, f.target, f.unit) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("kept on hold longer than 6 minutes", Qualifier.MORE_THAN),
        ("a journey shorter than 40 minutes", Qualifier.LESS_THAN),
        ("no longer than 9 days", Qualifier.AT_MOST),
        ("not greater than 14 kilometres", Qualifier.AT_MOST),
        ("no shorter than 2 hours", Qualifier.AT_LEAST),
        ("not fewer than 35 volunteers", Qualifier.AT_LEAST),
        ("a maximum of 25 learners", Qualifier.AT_MOST),
        ("a minimum of 11 inspections", Qualifier.AT_LEAST),
        ("噪声低于55分贝", Qualifier.LESS_THAN),
        ("合格率高于98%", Qualifier.MORE_THAN),
    ],
)
def test_a_comparative_before_than_bounds_the_figure_after_it(text: str, qualifier: Qualifier) -> None:
    assert read_figures(text)[-1].qualifier is qualifier


def test_a_date_after_no_later_than_stays_a_date() -> None:
    (year,) = read_figures("no later than 2027")
    assert year.kind == "year" and year.qualifier is Qualifier.EXACT


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comparative of time or size denied to everyone, or by "not"/"never": the most allowed
        ("We will make sure no tenant is left without heating longer than 48 hours.", ("at_most", 48, "hours")),
        ("Licence renewals will take no longer than 8 working days.", ("at_most", 8, "days")),
        ("Visitors will not queue more than 15 minutes at the ticket desk.", ("at_most", 15, "minutes")),
        ("We will never keep a library reservation waiting for more than 6 weeks.", ("at_most", 6, "weeks")),
        ("No pupil will have to walk further than 2 miles to a bus stop.", ("at_most", 2, "miles")),
        ("Ward rounds will be a maximum of 20 beds.", ("at_most", 20, "beds")),
        # a measure where lower is better, stated as a level: capped
        ("The empty-homes vacancy rate will be 2.5% by 2028.", ("at_most", 2.5, "%")),
        ("The backlog of planning appeals will be 150 cases by March 2027.", ("at_most", 150, "cases")),
        ("The average waiting time for a hip operation will be 14 weeks by 2027.", ("at_most", 14, "weeks")),
        ("到2026年，公共租赁住房空置率为4%。", ("at_most", 4, "%")),
        ("到2026年，城区夜间噪声低于45分贝。", ("at_most", 45, "分贝")),
        ("到2026年，窗口办件差错率控制在0.5%以内。", ("at_most", 0.5, "%")),
    ],
)
def test_ceilings_are_read_by_grammar_never_as_floors(sentence: str, expected: tuple[str, float, str]) -> None:
    assert _rules(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "not only" negates nothing; a clause boundary stands between "no" and the bound
        (
            "Not only will we open 4 youth clubs, we will also train 60 coaches.",
            [("at_least", 4, "youth clubs"), ("at_least", 60, "coaches")],
        ),
        ("There will be no charge, and we will plant more than 900 street trees.", [("at_least", 900, "street trees")]),
    ],
)
def test_a_negation_outside_the_bound_leaves_a_floor_a_floor(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [rule for rule in _rules(sentence) if rule[1] is not None] == expected


def test_a_floor_stays_a_floor_when_the_plan_raises_a_lower_is_better_share() -> None:
    assert _rules("We will increase the share of repairs done without a wait to 85%.") == [("at_least", 85, "%")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到2026年，确保全市燃气安全零事故。", [("at_most", 0, "事故")]),
        ("力争实现校园食品安全零投诉。", [("at_most", 0, "投诉")]),
        ("实行零容忍。", []),  # a stance, no count
        ("推广零排放公交车。", []),  # 零排放 describes the bus
        ("去年全市实现燃气安全零事故。", []),  # what was, not a target
    ],
)
def test_none_of_a_thing_as_the_object_of_an_achieving_verb_is_a_ceiling_of_zero(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _rules(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["We will cut landfill tonnage by about 8% by 2027.", "到2026年，单位产值水耗降低4%左右。"],
)
def test_a_fall_by_about_a_share_is_a_decline_of_about_that_share_in_either_language(sentence: str) -> None:
    (found,) = scan(sentence)
    assert (found.kind, found.target, found.unit, found.direction) == ("decline", 4 if "4%" in sentence else 8, "%",
                                                                       "about")  # fmt: skip


def test_draft_writes_ceilings_read_by_grammar_and_the_folder_validates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = (
        "Lakeside Leisure Trust Plan 2026\n\n"
        "What we will achieve\n\n"
        "No member should queue longer than 10 minutes for a fitness class.\n"
        "Refunds will be paid in no longer than 5 working days.\n"
        "We will deliver 4,200 swimming lessons.\n"
    )
    rules = [g["rule"] for g in drafted_goals(tmp_path, monkeypatch, plan)]
    assert [(r["kind"], r.get("target"), r.get("unit")) for r in rules] == [
        ("at_most", 10, "minutes"),
        ("at_most", 5, "days"),
        ("at_least", 4200, "swimming lessons"),
    ]
    validated = run_cli("validate")
    assert validated.exit_code == 0, validated.stderr


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a visitor rating of 4.6 out of 5", 4.6, "out of 5"),  # a score keeps its scale
        ("marked 72 out of 100 by the inspectors", 72, "out of 100"),
        ("register 9 new NGOs in the district", 9, "NGOs"),  # an acronym's plural is what is counted
    ],
)
def test_the_unit_after_a_number_is_what_it_counts_or_its_scale(text: str, value: float, unit: str) -> None:
    figure = read_figures(text)[0]
    assert (figure.value, figure.unit) == (value, unit)


def test_a_score_out_of_a_scale_is_drafted_with_its_scale() -> None:
    assert _rules("We will achieve a tenant satisfaction rating of 4.2 out of 5 by 2027.") == [
        ("at_least", 4.2, "rating out of 5")  # the measure's noun and its scale
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the counted noun phrase: describing words and noun modifiers before the plural head belong to the unit
        ("the port will handle 38,000 deep-sea vessel arrivals", "deep-sea vessel arrivals"),
        ("install 640 public charging points", "public charging points"),
        ("plant 9,000 street trees", "street trees"),
        ("mentor 2,500 rural youth a year", "rural youth"),  # a head counted without -s
        ("recruit 45 police constables", "police constables"),
        # words of the count itself are not: new, additional, more
        ("open 14 new branch libraries", "branch libraries"),
        # the phrase ends at a preposition or a verb, and a unit of measure keeps its own word
        ("resurface 75 lane miles of road", "miles"),
        ("answer letters in 15 working days", "days"),
        # a rate keeps its base; a scale its noun
        ("a rate of 2.1 per 1,000 live births", "per 1,000 live births"),
    ],
)
def test_the_unit_is_the_counted_noun_phrase(text: str, unit: str) -> None:
    assert read_figures(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("rated 4.3/5 by members", 4.3, "out of 5"), ("a grade of 8.5/10", 8.5, "out of 10")],
)
def test_a_decimal_over_a_scale_is_a_score_not_a_fraction(text: str, value: float, unit: str) -> None:
    figure = read_figures(text)[0]
    assert (figure.value, figure.unit, figure.kind) == (value, unit, "number")
    assert read_figures("3/5 of the wards")[0].kind == "fraction"  # whole numbers over a slash: a share


@pytest.mark.parametrize(
    ("text", "unit"),
    [("建设保障性租赁住房3000套（间）以上", "套"), ("新建幼儿园12所（个）", "所"), ("年产量达到2.4亿斤", "亿斤")],
)
def test_a_chinese_unit_with_a_bracketed_second_measure_word_is_one_unit(text: str, unit: str) -> None:
    figure = read_figures(text)[0]
    assert figure.unit == unit and figure.text.endswith(("）", "以上", "斤"))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("deep-sea vessel arrivals", "vessel arrivals", True),  # a review names the head with fewer modifiers
        ("deep-sea vessel arrivals", "arrivals", True),
        ("branch libraries", "libraries", True),
        ("mains bursts per 100 km", "bursts per 100 km", True),
        ("rating out of 5", "out of 5", True),
        ("rating out of 5", "out of 10", False),  # another scale is another unit
        ("square metres", "metres", False),  # an area is no length
        ("branch libraries", "branch offices", False),
    ],
)
def test_a_longer_unit_still_matches_its_head(a: str, b: str, same: bool) -> None:
    from planaudit.reading.units import same_base

    assert same_base(a, b) is same and same_base(b, a) is same


def test_draft_proposes_evidence_named_by_the_head_of_a_longer_unit_and_check_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "plan.txt").write_text(
        "Portside Harbour Plan 2026\n\nOur targets for 2026\n\n"
        "We will handle 52,000 deep-sea vessel arrivals in 2026.\n"
        "We will achieve a shipper satisfaction rating of 4.3 out of 5 in 2026.\n",
        encoding="utf-8",
    )
    (tmp_path / "review.txt").write_text(
        "Portside Harbour Review 2026\n\n"
        "In 2026 the harbour handled 49,800 vessel arrivals.\n"
        "Shippers gave us a rating of 4.4 out of 5 in 2026.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert run_cli("draft", "plan.txt", "--review", "review.txt").exit_code == 0
    import yaml

    targets = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    actuals = yaml.safe_load((tmp_path / "actuals.yaml").read_text(encoding="utf-8"))["goals"]
    assert [(g["rule"]["target"], g["rule"]["unit"]) for g in targets] == [
        (52000, "deep-sea vessel arrivals"),
        (4.3, "rating out of 5"),
    ]
    assert [(actuals[g["id"]]["value"], actuals[g["id"]]["unit"]) for g in targets] == [
        (49800, "vessel arrivals"),
        (4.4, "out of 5"),
    ]
    for name in ("targets.yaml", "actuals.yaml"):  # as a reviewer would, once every proposal is read
        path = tmp_path / name
        path.write_text(path.read_text(encoding="utf-8").replace("# draft: check", "#"), encoding="utf-8")
    checked = run_cli("check")
    assert checked.exit_code == 0, checked.stderr
    assert "met 1" in checked.stdout and "missed 1" in checked.stdout  # 49,800 < 52,000 missed; 4.4 ≥ 4.3 met


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 将 + a rate the world shows + 提高到: a level to reach, with its number
        ("今年将城市污水收集率提高到75%。", [("at_least", 75, "%")]),
        ("要把农村卫生厕所普及率提升至88%。", [("at_least", 88, "%")]),
        # a term a rule sets is an act done once set: no level
        ("将小规模纳税人征收率降低到1%。", [("milestone", None, None)]),
        ("将失业保险金标准从每月1800元提高到2000元。", [("milestone", None, None)]),
    ],
)
def test_a_rate_of_the_world_raised_to_a_level_is_a_level_and_a_term_set_is_an_act(
    sentence: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _rules(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Average web chat replies will improve to 45 seconds.", ("at_most", 45, "seconds")),
        ("Typical licence decisions will improve to 6 working days.", ("at_most", 6, "days")),
        ("Life expectancy at birth will improve to 82 years.", ("at_least", 82, "years")),  # not a short time
    ],
)
def test_a_short_time_that_improves_gets_shorter_in_any_of_its_units(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    assert _rules(sentence) == [expected]
