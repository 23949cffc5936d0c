"""Figures no plan pledges (past years, a body's size, others' expectations and allowances, baselines after a target,
prices set to rise, savings a measure is said to bring, parts of a statistic, a project's cost and design size, a
standard in force), levels written as rates (Ml/d) and a level "on the way to" after a fall (issue #22: classes of
language seen on held-out plans, written here in other words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.figures import read_figures
from planaudit.reading.scan import scan
from tests.drafting import draft_pair


def _targets(text: str) -> list[tuple[str, float | None]]:
    return [(f.kind, f.target) for f in scan(text)]


# (plan text, a figure that must not be drafted as a target) — each line a plan's own words around it
NOT_TARGETS = [
    # a past year, in a plan for a later one
    ("Clinic plan for 2026–27\n\nIn 2025–26 we lost 412 appointments a week to no-shows.\n", 412),
    ("Clinic plan for 2026–27\n\nDuring 2024, 61 per cent of patients are seen within a week.\n", 61),
    ("县卫生健康局2025年工作要点\n\n2024年全县婴儿死亡率为3.1‰，比上年下降0.4个千分点。\n", 3.1),
    ("县卫生健康局2025年工作要点\n\n2024年全县孕产妇系统管理率为93.5%。\n", 93.5),
    # what a body is now
    ("Harbour Trust plan 2026\n\nWe serve 640,000 passengers a year from three terminals.\n", 640000),
    ("Harbour Trust plan 2026\n\nThe trust employs 2,300 staff across the estuary.\n", 2300),
    # what another body allows
    ("Grid plan 2026\n\nThe regulator's settlement allows network spending of £3.4 billion over 2026–31.\n", 3.4),
    # another body's expectation that a measure returns to its own target
    ("Budget 2026\n\nThe central bank expects inflation to return to its 2 per cent target next year.\n", 2),
    # a baseline after the level it comes down or up from
    ("Budget 2026\n\nWe project a deficit of $0.8 billion, down from $1.3 billion last year.\n", 1.3),
    ("Budget 2026\n\nWe will hire 450 nurses, up from 300 this year.\n", 300),
    # a price customers pay, set to rise
    ("Transit plan 2026\n\nAverage fares will rise by 4.5 per cent in 2026, to £3.10 a trip.\n", 4.5),
    ("Transit plan 2026\n\nAverage fares will rise by 4.5 per cent in 2026, to £3.10 a trip.\n", 3.10),
    # what a measure is said to save each
    ("Budget 2026\n\nWe will freeze the levy. This will save a typical household about $260 a year.\n", 260),
    # the change of a forecast, in an apposition
    ("Budget 2026\n\nTax revenue is forecast at $9.4 billion in 2026, an increase of 2.7 per cent.\n", 2.7),
    # a part of a statistic
    ("市文化和旅游局2025年工作要点\n\n全市现有A级旅游景区58家，其中5A级景区4家。\n", 4),
    # a project's total cost and design size, a standard in force
    ("区教育局2025年工作要点\n\n开工建设实验中学新校区，总投资4.6亿元，规划办学规模48个班。\n", 4.6),
    ("区教育局2025年工作要点\n\n开工建设实验中学新校区，总投资4.6亿元，规划办学规模48个班。\n", 48),
    ("区教育局2025年工作要点\n\n营养改善计划补助标准为每生每天5元。\n", 5),
    # a span of years, not a range of amounts
    ("Harbour Trust plan 2026\n\nThis is the first year of our 2026–31 investment programme.\n", 31),
]


@pytest.mark.parametrize(("text", "value"), NOT_TARGETS)
def test_figures_no_plan_pledges_are_not_drafted(text: str, value: float) -> None:
    assert not [t for t in _targets(text) if t[1] is not None and abs(t[1] - value) < 1e-9], _targets(text)


# (plan text, the kind and target that must be drafted): the same words' neighbours that are targets
TARGETS = [
    ("Clinic plan for 2026–27\n\nIn 2026–27 we will cut no-shows to 300 appointments a week.\n", ("at_most", 300)),
    ("Clinic plan for 2026–27\n\nWe will see 75 per cent of patients within a week.\n", ("at_least", 75)),
    ("县卫生健康局2025年工作要点\n\n2025年全县孕产妇系统管理率达到95%以上。\n", ("at_least", 95)),
    ("Harbour Trust plan 2026\n\nWe will serve 700,000 passengers in 2026.\n", ("at_least", 700000)),
    ("Budget 2026\n\nThe deficit will be no more than $0.8 billion.\n", ("at_most", 0.8)),
    ("Transit plan 2026\n\nAverage fares will fall to £2.90 a trip.\n", ("at_most", 2.90)),
    ("市文化和旅游局2025年工作要点\n\n新增A级旅游景区6家，其中4A级以上景区不少于2家。\n", ("new_items", 2)),
    ("区教育局2025年工作要点\n\n完成实验中学新校区投资2.1亿元。\n", ("at_least", 2.1)),
    # a level written as a rate, and a level on the way after a fall
    ("Water plan 2026\n\nWe will reduce losses to 74 Ml/d this year.\n", ("at_most", 74)),
    (
        "Water plan 2026\n\nWe will reduce losses to 74 Ml/d this year, on our way to 60 Ml/d by 2030.\n",
        ("at_most", 60),
    ),
    ("Sales plan 2026\n\nWe will grow sales to 500 units, on our way to 900 units by 2030.\n", ("at_least", 900)),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS)
def test_the_targets_beside_them_stay(text: str, expected: tuple[str, float]) -> None:
    found = [(kind, target) for kind, target in _targets(text) if target is not None]
    assert any(kind == expected[0] and abs(target - expected[1]) < 1e-9 for kind, target in found), found


def test_a_fall_restated_as_a_percentage_beside_its_level_is_one_goal() -> None:
    text = "Water plan 2026\n\nWe will reduce losses to 74 Ml/d, on our way to 60 Ml/d by 2030, a 30 per cent cut.\n"
    assert [(f.kind, f.target, f.unit) for f in scan(text)] == [("at_most", 74, "Ml/d"), ("at_most", 60, "Ml/d")]
    # a percentage after a percentage is a goal of its own
    assert ("decline", 5) in _targets("Cost plan 2026\n\nWe will cut costs by 10 per cent, a 5 per cent cut.\n")


@pytest.mark.parametrize(
    ("text", "unit"),
    [("to 158 Ml/d", "Ml/d"), ("under 50 mg/l", "mg/l"), ("at 30 km/h", "km/h"), ("5 and/or more", "")],
)
def test_a_unit_written_as_a_rate_is_read(text: str, unit: str) -> None:
    assert [f.unit for f in read_figures(text)][:1] == [unit]


def test_a_plan_with_its_past_and_others_figures_drafts_only_its_own_targets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Eastbay Water plan for 2026–27\n\n"
        "About us\n"
        "We supply 820,000 homes across the bay.\n"
        "The regulator's determination allows spending of £2.1 billion over 2026–31.\n"
        "Average bills will rise by 6.2 per cent in 2026–27, to £448 a year.\n"
        "In 2025–26 we lost 96 Ml/d to leakage, 9 per cent less than in 2020–21.\n\n"
        "Our commitments for 2026–27\n"
        "Leakage: we will reduce leakage to 90 Ml/d, on our way to 72 Ml/d by 2031, a 25 per cent cut.\n"
        "Meters: we will fit 30,000 smart meters in 2026–27.\n"
    )
    review = "Eastbay Water annual report 2026–27\n\nWe fitted 31,200 smart meters.\n"
    goals, _ = draft_pair(tmp_path, plan, review)
    drafted = [(g["rule"]["kind"], g["rule"].get("target")) for g in goals]
    assert drafted == [("at_most", 90), ("at_most", 72), ("at_least", 30000)], drafted


# --- levels and units named without a unit, costs of named things, scopes of a deliverable ---

LEVELS = [
    # a bound on a score or index, the measure's noun as its unit
    ("Plan 2026\n\nOur commitments\nCustomer effort index: a score of 3.5 or lower.\n", ("at_most", 3.5, "score")),
    (
        "Plan 2026\n\nOur commitments\nDelays per train will fall to 12 or fewer in 2026.\n",
        ("at_most", 12, "delays per train"),
    ),
    ("Plan 2026\n\nOur commitments\nSatisfaction rating of 80 or greater.\n", ("at_least", 80, "rating")),
]


@pytest.mark.parametrize(("text", "expected"), LEVELS)
def test_a_bounded_level_with_no_unit_takes_its_measure_as_unit(text: str, expected: tuple[str, float, str]) -> None:
    assert [(f.kind, f.target, f.unit) for f in scan(text)] == [expected]


def test_a_bare_number_with_no_bound_and_no_measure_stays_unread() -> None:
    found = scan("Plan 2026\n\nWe will keep 12 in reserve and publish the list.\n")
    assert all(f.target != 12 for f in found), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Plan 2026\n\nWe will begin work on the £95 million Northside flood scheme.\n", "milestone"),
        ("Plan 2026\n\nWe will roll out the new booking app in all 12 district offices by June 2026.\n", "milestone"),
    ],
)
def test_a_named_things_cost_and_a_deliverables_scope_are_no_amounts(text: str, kind: str) -> None:
    found = scan(text)
    assert [f.kind for f in found] == [kind], found
    assert all(f.target is None for f in found)


def test_money_keeps_its_currency_when_a_noun_follows_the_scale() -> None:
    assert [(f.text, f.unit) for f in read_figures("The whole $250 million reserve was used.")] == [
        ("$250 million", "$ million")
    ]
    assert [f.unit for f in read_figures("a ₹2.5 lakh crore outlay")] == ["₹ lakh crore"]


def test_of_two_plurals_the_last_is_what_a_count_counts() -> None:
    assert [f.unit for f in read_figures("We made 240 sewers repairs.")] == ["sewers repairs"]  # repairs, of sewers
    assert [f.unit for f in read_figures("We hired 30 nurses today.")] == ["nurses"]


# --- evidence: another side of a measure, one figure for one goal of a sentence, lists, a sentence's year ---


def test_the_other_side_of_a_measure_is_no_evidence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "市生态环境局2025年工作要点\n\n城市区域夜间噪声达标率达到88%。\n"
    review = "市生态环境局2025年工作总结\n\n城市区域昼间噪声达标率为96.2%。\n"
    goals, entries = draft_pair(tmp_path, plan, review)
    assert entries[goals[0]["id"]]["status"] == "silent"
    review = "市生态环境局2025年工作总结\n\n城市区域夜间噪声达标率为89.4%。\n"
    goals, entries = draft_pair(tmp_path, plan, review)
    assert entries[goals[0]["id"]]["value"] == 89.4


def test_one_review_figure_goes_to_the_goal_of_its_sentence_that_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Library plan 2026\n\nLoans: we will reach 40 per cent of residents as members "
        "and visit 15 per cent of them at home.\n"
    )
    review = "Library report 2026\n\n38 per cent of residents are members of the library.\n"
    goals, entries = draft_pair(tmp_path, plan, review)
    values = [entries[g["id"]].get("value") for g in goals]
    assert values == [38, None], values  # the home visits are not the members' share


def test_each_item_of_a_respective_list_gets_its_own_figure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "市水务局2025年工作要点\n\n二、主要目标\n总磷、总氮削减量分别达到0.8万吨、2.6万吨。\n"
    review = "市水务局2025年工作总结\n\n全市总磷、总氮削减量分别为0.9万吨、2.4万吨。\n"
    goals, entries = draft_pair(tmp_path, plan, review)
    assert [entries[g["id"]].get("value") for g in goals] == [0.9, 2.4]


def test_a_sentence_opening_on_a_later_year_dates_its_clauses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "县林业局2024年工作要点\n\n到2026年，全县林地保有量稳中有升，“十四五”期间累计完成矿山生态修复面积12万亩。\n"
        "新增造林面积2万亩。\n"
    )
    review = "县林业局2024年工作总结\n\n全年完成矿山生态修复面积2.3万亩，新增造林面积2.1万亩。\n"
    goals, entries = draft_pair(tmp_path, plan, review)
    by_target = {g["rule"].get("target"): entries[g["id"]] for g in goals}
    assert by_target[12]["status"] == "silent"  # one year of a five-year total is no outcome of it
    assert [g.get("due") for g in goals if g["rule"].get("target") == 12] == ["2025"]  # “十四五” ends in 2025
    assert by_target[2]["value"] == 2.1


def test_a_level_then_a_later_stage_is_due_in_the_plans_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "Water plan for 2026–27\n\nOur commitments for 2026–27\nLosses: we will cut losses to 88 Ml/d, on our way to 70 Ml/d by 2031.\n"
    review = "Annual report 2026–27\n\nResults\nLosses were 91.2 Ml/d.\n"
    goals, entries = draft_pair(tmp_path, plan, review)
    assert [entries[g["id"]].get("value") for g in goals] == [91.2, None]
    assert goals[1].get("due") == "2031"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budget 2026\n\nWe will post a surplus of $80 million in 2027.\n", [("at_least", 80.0)]),
        ("Budget 2026\n\nBus fares will average $2 a trip by June 2026.\n", [("at_most", 2.0)]),
        ("Budget 2026\n\nWe will finish the Route 9 widening by spring 2027.\n", [("milestone", None)]),
        ("Budget 2026\n\nBudget 2026 includes a reserve of $50 million.\n", [("planned", 50.0)]),
    ],
)
def test_surpluses_prices_users_pay_names_and_a_budgets_year(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert _targets(text) == expected


def test_a_rise_stated_only_by_its_comparison_measures_the_amount_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "县卫生健康局2025年工作要点\n\n县财政安排公共卫生支出3.2亿元，比上年增长4%。\n"
    review = "县卫生健康局2025年工作总结\n\n全年公共卫生支出3.4亿元，同比增长7.1%。\n"
    goals, entries = draft_pair(tmp_path, plan, review)
    assert [entries[g["id"]].get("value") for g in goals] == [3.4, 7.1]


def test_a_part_placed_by_a_verb_is_the_measure_it_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "县卫生健康局2025年工作要点\n\n招聘医护人员120名，其中基层卫生院不少于70名。\n"
    review = "县卫生健康局2025年工作总结\n\n招聘医护人员131名，其中分配到基层卫生院76名。\n"
    goals, entries = draft_pair(tmp_path, plan, review)
    assert [entries[g["id"]].get("value") for g in goals] == [131, 76]


def test_money_a_plan_sets_is_found_where_the_review_says_it_was_spent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "Budget 2026\n\nThe five-year roads plan totals $3 billion, including $640 million in 2026.\n"
    review = "Public Accounts 2026\n\nRoads spending was $610 million in 2026.\n"
    goals, entries = draft_pair(tmp_path, plan, review)
    assert [entries[g["id"]].get("value") for g in goals] == [None, 610]
    # a plan that says how it uses the money is read on that word: spending in general is another measure
    plan = "Budget 2026\n\nWe will invest $900 million in roads.\n"
    review = "Public Accounts 2026\n\nTotal expenditure was $8.1 billion. Road investment was $870 million.\n"
    goals, entries = draft_pair(tmp_path, plan, review)
    assert [entries[g["id"]].get("value") for g in goals] == [870]


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        # a floor said by negating a fall below it: the level itself is allowed
        ("Network plan 2026\n\nAverage bus speeds will not fall below 18 km/h on any corridor.\n", "at_least", 18),
        ("Water plan 2026\n\nCustomer satisfaction must never drop below 80%.\n", "at_least", 80),
        ("Schools plan 2026\n\nAttendance will be no lower than 94% in every term.\n", "at_least", 94),
        # ... while a plain cap below a level stays a ceiling
        ("Water plan 2026\n\nWe will keep leakage below 140 Ml/d.\n", "at_most", 140),
        # a fall whose measure takes many words between the verb and its "by"
        (
            "Road plan 2026\n\nWe will cut the number of cyclists hurt at junctions on the county's A roads by 12%.\n",
            "decline",
            12,
        ),
    ],
)
def test_floors_said_as_no_fall_below_and_falls_with_long_measures(text: str, kind: str, target: float) -> None:
    assert (kind, target) in _targets(text)
