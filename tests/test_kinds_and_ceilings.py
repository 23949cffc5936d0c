"""Kinds and ceilings drafted from classes of wording (issue #22, after the third held-out set): circa, a unit written
as its symbol, a limit named as its subject, a rise by X to Y, a fall whose measure stands in brackets, a most set on
a rise, a service standard in working days, minutes and seconds, dated acts with a size, savings, a part's share under
an allocation, a productivity growth, a cut by a count, a rate held below a bare figure, a time held to a bound."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.figures import Qualifier, read_figures
from planaudit.reading.scan import scan
from planaudit.reading.sentences import english_stop
from tests.conftest import drafted_goals, run_cli


def _kinds(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.kind, f.target, f.unit) for f in scan(text)]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "direction"),
    [
        (
            "We will plant c. 12,500 saplings this winter.",
            12500,
            "saplings",
            "floor",
        ),  # things delivered: more is better
        ("The depot will store ca. 800 tonnes of grit.", 800, "tonnes", "both"),
        ("We will fit circa 3,400 loft insulations.", 3400, "loft insulations", "floor"),
        ("We will raise the recycling rate to c. 55% in 2026.", 55, "%", "floor"),  # a rise to a level
    ],
)
def test_circa_and_its_abbreviations_are_about(sentence: str, value: float, unit: str, direction: str) -> None:
    (figure,) = [f for f in read_figures(sentence) if f.value == value]
    assert figure.qualifier is Qualifier.ABOUT and figure.unit == unit
    assert [(f.kind, f.target, f.direction) for f in scan(sentence)] == [("approximately", value, direction)]


def test_c_before_a_number_ends_no_sentence_but_an_initial_still_does_not_either() -> None:
    text = "Water use will fall by c. 4% next year."
    assert not english_stop(text, text.index("c.") + 1)
    ended = "We met Vitamin c. Then we left."
    assert english_stop(ended, ended.index("c.") + 1)  # no number after it: a full stop


def test_a_fall_by_circa_is_a_decline_with_a_tolerance_to_read() -> None:
    (finding,) = scan("We will lower landfill tonnage by c. 9% compared with last year.")
    assert (finding.kind, finding.target, finding.unit, finding.direction) == ("decline", 9, "%", "about")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("2.4 GW of solar will be connected", "GW"),
        ("a further 350 MW of battery storage", "MW"),
        ("grid losses of 18 GWh a year", "GWh"),
        ("emissions of 12.5 MtCO2e in 2022", "MtCO2e"),
        ("a 40 ktCO2eq reduction", "ktCO2eq"),
        ("storing 3 Mt of carbon", "Mt"),
    ],
)
def test_a_unit_written_as_its_symbol_is_the_figures_unit(text: str, unit: str) -> None:
    assert [f.unit for f in read_figures(text) if f.kind.value == "number"] == [unit]


def test_a_capital_after_a_tonne_symbol_is_a_name_not_the_unit() -> None:
    assert [f.unit for f in read_figures("We climbed 3 Mt Snowdon paths.")] != ["Mt"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The agriculture sector's emissions cap for 2026–2030 is 14 MtCO2e.", ("at_most", 14, "MtCO2e")),
        ("The second carbon budget (2026–2030) is 200 MtCO2e.", ("at_most", 200, "MtCO2e")),
        ("The landfill allowance will be 9,000 tonnes.", ("at_most", 9000, "tonnes")),
        ("用水总量上限为3.2亿立方米。", ("at_most", 3.2, "亿立方米")),
    ],
)
def test_a_limit_named_as_the_subject_of_its_figure_is_a_ceiling(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    assert _kinds(sentence) == [expected]


def test_a_budget_in_money_stays_an_allocation() -> None:
    assert [f.kind for f in scan("The highways budget is £12 million.")] == ["planned"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The landfill levy will rise by £2.50 to £17.50 on 1 June 2025.", ("increase_by", 2.5, "£")),
        ("The annual permit fee will fall by $15 to $120 in 2025.", ("decline", 15, "$")),
    ],
)
def test_a_change_by_x_to_y_is_the_change_not_a_range(sentence: str, expected: tuple[str, float, str]) -> None:
    assert _kinds(sentence)[:1] == [expected]


def test_a_range_of_changes_stays_a_range() -> None:
    assert [(f.kind, f.target, f.maximum) for f in scan("We will cut food waste by 5 to 10% this year.")] == [
        ("between", 5, 10)
    ]


def test_a_fall_whose_measure_has_a_bracketed_aside_is_a_decline() -> None:
    (finding,) = scan("We will cut street crime (theft, robbery and criminal damage) by 6% in 2025–26.")
    assert (finding.kind, finding.target) == ("decline", 6)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Reported fly-tipping incidents will be brought down to no more than 3,500 this year.", ("at_most", 3500)),
        ("Missed bin collections will be held to no more than 400 a month.", ("at_most", 400)),
        ("We will grow the number of Community Wardens to 75.", ("at_least", 75)),
    ],
)
def test_a_count_named_by_its_subject_is_a_level(sentence: str, expected: tuple[str, float]) -> None:
    assert [(f.kind, f.target) for f in scan(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Freedom of information requests will be acknowledged within 3 working days.",
        "Safeguarding alerts will be passed to the duty team within two days.",
    ],
)
def test_a_case_handled_within_days_is_a_most(sentence: str) -> None:
    assert [(f.kind, f.unit) for f in scan(sentence)] == [("at_most", "days")]


def test_an_act_within_months_stays_a_period() -> None:
    assert all(f.kind != "at_most" for f in scan("We will review the strategy within 6 months."))


@pytest.mark.parametrize(
    "sentence",
    [
        "Rents will rise by no more than 2.5 per cent next April.",
        "Water bills will increase by at most 4% in 2026.",
    ],
)
def test_a_most_set_on_a_rise_is_a_ceiling_not_a_forecast(sentence: str) -> None:
    assert [f.kind for f in scan(sentence)] == ["at_most"]


def test_a_price_rise_alone_is_still_a_forecast() -> None:
    assert scan("Energy prices will rise by 6% next year.") == []


def test_minutes_and_seconds_are_one_span_of_time() -> None:
    (figure,) = read_figures("an average of 7 minutes 45 seconds")
    assert (figure.value, figure.unit) == (7.75, "minutes")
    (hours,) = read_figures("within 1 hour and 30 minutes")
    assert (hours.value, hours.unit) == (1.5, "hour")
    assert [(f.kind, f.target) for f in scan("Ambulances will arrive in no more than 8 minutes 30 seconds.")] == [
        ("at_most", 8.5)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "We will set up a Coastal Patrol Unit of 9 wardens by March 2025.",
        "开工建设西山水库（库容3000万立方米）。",
        "确保东港2×35万千瓦热电厂2号机组年内并网发电。",
        "力争二季度完成南湖水厂（日供水20万吨）联合试运转。",
    ],
)
def test_a_dated_act_with_a_size_is_a_milestone_not_its_size(sentence: str) -> None:
    assert [(f.kind, f.target) for f in scan("2025年工作安排\n" + sentence)] == [("milestone", None)]


def test_a_dated_completion_takes_the_quarter_as_its_deadline() -> None:
    (finding,) = scan("2025年工作安排\n城北污水处理厂三季度完成联合试运转。\n")
    assert (finding.kind, finding.deadline) == ("milestone", "2025-09")


def test_a_count_set_up_plainly_is_still_a_count() -> None:
    assert [(f.kind, f.target) for f in scan("开工建设重点项目50个。")] == [("at_least", 50)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("We will make £3.2 million of efficiency savings in 2025–26.", "at_least"),
        ("全年节约采购资金1.5亿元。", "at_least"),
        ("其中科技投入占比不低于12%。", "at_least"),
        ("企业全员劳动生产率提高6%。", "growth"),
        ("削减过剩产能产量30万吨。", "decline"),
        ("减少亏损企业户数6户。", "decline"),
        ("发放各类就业补助资金2600万元。", "planned"),
        ("淘汰高排放老旧机动车8000辆。", "at_least"),
    ],
)
def test_savings_shares_growth_cuts_and_payments(sentence: str, kind: str) -> None:
    assert [f.kind for f in scan("2025年工作安排\n" + sentence)] == [kind]


def test_an_allocated_rate_with_a_floor_stays_planned() -> None:
    assert [(f.kind, f.direction) for f in scan("今年赤字率拟按2.8%以上安排。")] == [("planned", "above")]


def test_a_cut_rate_held_is_a_level() -> None:
    assert [f.kind for f in scan("学科类培训机构压减率保持90%。")] == ["at_least"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("道路交通万车死亡率控制在1.5以下。", ("at_most", 1.5, "")),
        ("公交车辆平均车龄控制在6年以内。", ("at_most", 6, "年")),
        ("行政许可事项办理时限压缩在5日以内。", ("at_most", 5, "日")),
        ("每名医生年度继续教育不少于40学时。", ("at_least", 40, "学时")),
        ("确保学生每天户外活动时间不少于2小时。", ("at_least", 2, "小时")),
        ("单位产品综合能耗降为0.4吨。", ("at_most", 0.4, "吨")),
    ],
)
def test_chinese_bounds_on_rates_times_and_hours(sentence: str, expected: tuple[str, float, str]) -> None:
    assert [(f.kind, f.target, f.unit or "") for f in scan(sentence)] == [expected]


def test_a_span_the_work_takes_is_no_bound() -> None:
    assert [f.unit for f in scan("用3年以上时间完成老旧管网改造。") if f.target is not None] == []


def test_draft_cli_writes_these_kinds_and_the_folder_validates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = (
        "Waste Strategy 2025\n\n"
        "We will reduce residual household waste by c. 7% in 2025 compared with 2024.\n"
        "The county's landfill budget for 2021–2025 is 90 kt.\n"
        "The garden waste levy will rise by £3 to £48 on 1 April 2025.\n"
        "Missed collections will be put right within 2 working days.\n"
        "Average call waiting time will be no more than 2 minutes 30 seconds.\n"
        "We will make £1.1 million of savings in 2025.\n"
    )
    rules = [g["rule"] for g in drafted_goals(tmp_path, monkeypatch, plan)]
    assert [(r["kind"], r.get("target_pct", r.get("target")), r.get("unit")) for r in rules] == [
        ("decline", 7, "%"),
        ("at_most", 90, "kt"),
        ("increase_by", 3, "£"),
        ("at_most", 2, "days"),
        ("at_most", 2.5, "minutes"),
        ("at_least", 1.1, "£ million"),
    ]
    assert rules[0]["tolerance"] == 0  # "c." is the auditor's to read: how far short still meets it
    validated = run_cli("validate")
    assert validated.exit_code == 0, validated.stderr


def test_an_index_target_drafts_and_a_review_table_line_with_no_unit_note_does_not_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "review.txt").write_text(
        "Library Annual Report 2025\n\nLibrary visitor satisfaction index: target 85, actual 83.1.\n", encoding="utf-8"
    )
    (tmp_path / "plan.txt").write_text(
        "Library Plan 2025\n\nLibrary visitor satisfaction index: target 85.\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    drafted = run_cli("draft", "plan.txt", "--review", "review.txt", "-o", "out")
    assert drafted.exit_code == 0, drafted.stderr
    import yaml

    (goal,) = yaml.safe_load((tmp_path / "out" / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    assert goal["rule"] == {"kind": "at_least", "target": 85, "unit": "index"}
    monkeypatch.chdir(tmp_path / "out")
    assert run_cli("validate").exit_code == 0


@pytest.mark.parametrize(
    ("text", "value"),
    [("a pupil-teacher ratio of 22:1", 22), ("The patient-nurse ratio was 7.5:1 in March.", 7.5)],
)
def test_so_many_to_one_is_one_figure(text: str, value: float) -> None:
    assert [(f.value, f.unit) for f in read_figures(text)] == [(value, ":1")]


@pytest.mark.parametrize("text", ["at 12:01 today", "a split of 47:53", "a ratio of 1:1.5"])
def test_a_time_or_a_ratio_of_two_amounts_stays_two_figures(text: str) -> None:
    assert len(read_figures(text)) == 2


def test_a_ratio_no_higher_than_is_a_ceiling() -> None:
    assert _kinds("The pupil-teacher ratio will be no higher than 21:1 by 2026.") == [("at_most", 21, ":1")]
    assert _kinds("Staff turnover will be no greater than 9% this year.") == [("at_most", 9, "%")]


def test_a_share_reached_under_an_allocation_is_a_floor_a_deficit_raised_is_set() -> None:
    assert [f.kind for f in scan("拟安排专项资金8亿元，全市数字经济核心产业占比达到12%。")] == ["planned", "at_least"]
    assert [f.kind for f in scan("拟安排财政赤字3000亿元，赤字率提高到3.5%。")] == ["planned", "planned"]


def test_a_coverage_pledged_after_a_count_is_a_second_goal_to_judge() -> None:
    found = scan("We will hire 30 more school nurses and base at least one in every secondary school.")
    assert [(f.kind, f.quote) for f in found][1:] == [("judged", "base at least one in every secondary school")]
    assert [f.kind for f in scan("Last year we hired 30 nurses and based one in every school.")] == []
