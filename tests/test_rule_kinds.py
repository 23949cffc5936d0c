"""Tables of cases for the kinds and options of issues #12 and #18: decline, nearly, planned, increase_by, comparison,
all_of, approximately's direction, qualified values, text targets, unit scales, joint figures and near misses."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from planaudit.models import Baseline, Reported
from planaudit.rules import RULES, RuleParams
from planaudit.rules.base import Verdict

EVIDENCE = [{"source": "r", "quote": "quoted text"}]
PARAMS: TypeAdapter[Any] = TypeAdapter(RuleParams)
M, X, U = Verdict.MET, Verdict.MISSED, Verdict.UNREPORTED


def baseline(value: float, unit: str) -> Baseline:
    return Baseline(title="b", value=value, unit=unit, source="s", quote="quote here")


def reported(**fields: Any) -> Reported:
    return Reported.model_validate({"status": "reported", "evidence": EVIDENCE, **fields})


def measure(value: float, unit: str = "%", **more: Any) -> dict[str, Any]:
    return {"value": value, "unit": unit, **more}


DECLINE_PCT = {"kind": "decline", "target_pct": 3, "unit": "万吨"}
APPROX_CEIL = {"kind": "approximately", "target": 3, "tolerance": 0.2, "unit": "%", "direction": "ceiling"}
APPROX_FLOOR = {"kind": "approximately", "target": 6, "tolerance": 0.2, "unit": "%", "direction": "floor"}
NEARLY = {"kind": "nearly", "target": 2, "unit": "万亿元", "margin_pct": 5}
PLANNED = {"kind": "planned", "target": 6000, "unit": "亿元"}
PLANNED_ABOVE = {"kind": "planned", "target": 3.6, "unit": "%", "side": "above"}
PLANNED_BAND = {"kind": "planned", "target": 100, "unit": "亿元", "band_pct": 2}
INCREASE = {"kind": "increase_by", "target": 30, "unit": "元"}
COMPARE = {"kind": "comparison", "left": "income", "right": "gdp", "operator": "about", "tolerance": 0.5, "unit": "%"}
COMPARE_GE = {**COMPARE, "operator": "at_least"}
ALL_OF = {"kind": "all_of", "measures": ["pm25", "pm10"], "each": {"kind": "decline", "target_pct": 5, "unit": "微克"}}
AT_LEAST = {"kind": "at_least", "target": 10, "unit": "个"}
AT_MOST = {"kind": "at_most", "target": 2.5, "unit": "%"}
FRACTION = {"kind": "at_least", "target": "1/3", "unit": "%"}
CHANGE = {"basis": "change"}
TRAJECTORY = {"kind": "trajectory", "base_year": 2020, "target_year": 2025, "target": 12, "unit": "件"}

# (rule params, actual fields, baseline, verdict, actual compared, attainment)
CASES: list[tuple[dict[str, Any], dict[str, Any], Baseline | None, Verdict, float | None, float | None]] = [
    # trajectory, outside a yearly audit: judged as in its target year (tests/test_trajectory.py covers the years)
    (TRAJECTORY, {"value": 12.5, "unit": "件"}, baseline(6.3, "件"), M, 12.5, None),
    (TRAJECTORY, {"value": 11, "unit": "件"}, baseline(6.3, "件"), X, 11, None),
    # decline: as a change (下降3.1%), as a level against the baseline, the boundary, the unsafe direction
    (DECLINE_PCT, {"value": 3.1, "unit": "%", **CHANGE}, None, M, 3.1, 3.1 / 3),
    (DECLINE_PCT, {"value": 3, "unit": "%", **CHANGE}, None, M, 3, 1.0),
    (DECLINE_PCT, {"value": 2.6, "unit": "%", **CHANGE}, None, X, 2.6, 2.6 / 3),
    (DECLINE_PCT, {"value": 97, "unit": "万吨"}, baseline(100, "万吨"), M, 3, 1.0),
    (DECLINE_PCT, {"value": 98, "unit": "万吨"}, baseline(100, "万吨"), X, 2, 2 / 3),
    (DECLINE_PCT, {"value": 105, "unit": "万吨"}, baseline(100, "万吨"), X, -5, -5 / 3),
    (DECLINE_PCT, {"value": 0.97, "unit": "百万吨"}, baseline(100, "万吨"), M, 3, 1.0),
    (DECLINE_PCT, {"value": 97, "unit": "万吨", "qualifier": "less_than"}, baseline(100, "万吨"), M, 3, 1.0),
    (DECLINE_PCT, {"value": 97, "unit": "万吨", "qualifier": "more_than"}, baseline(100, "万吨"), X, 3, 1.0),
    (DECLINE_PCT, {"value": 96, "unit": "万吨", "qualifier": "more_than"}, baseline(100, "万吨"), U, 4, 4 / 3),
    ({"kind": "decline", "target": 5, "unit": "万吨"}, {"value": 94, "unit": "万吨"}, baseline(100, "万吨"), M, 6, 1.2),
    ({"kind": "decline", "target": 5, "unit": "万吨"}, {"value": 4, "unit": "万吨", **CHANGE}, None, X, 4, 0.8),
    # approximately with a direction: well below a ceiling is met, above the tolerance is missed
    (APPROX_CEIL, {"value": 2.9, "unit": "%"}, None, M, 2.9, 3 / 2.9),
    (APPROX_CEIL, {"value": 1.0, "unit": "%"}, None, M, 1.0, 3.0),
    (APPROX_CEIL, {"value": 3.2, "unit": "%"}, None, M, 3.2, 3 / 3.2),
    (APPROX_CEIL, {"value": 3.3, "unit": "%"}, None, X, 3.3, 3 / 3.3),
    (APPROX_FLOOR, {"value": 9, "unit": "%"}, None, M, 9, 1.5),
    (APPROX_FLOOR, {"value": 5.7, "unit": "%"}, None, X, 5.7, 0.95),
    ({"kind": "approximately", "target": 7, "tolerance": 0.5, "unit": "%"}, {"value": 7.6, "unit": "%"}, None, X, 7.6, 7.6 / 7),
    # at_most: attainment target ÷ actual, better is never below 100%
    (AT_MOST, {"value": 2, "unit": "%"}, None, M, 2, 1.25),
    (AT_MOST, {"value": 2.6, "unit": "%"}, None, X, 2.6, 2.5 / 2.6),
    (AT_MOST, {"value": 2.4, "unit": "%", "qualifier": "at_most"}, None, M, 2.4, 2.5 / 2.4),
    (AT_MOST, {"value": 2, "unit": "%", "qualifier": "more_than"}, None, U, 2, 1.25),
    # nearly: a floor margin below the figure
    (NEARLY, {"value": 2.36, "unit": "万亿元"}, None, M, 2.36, 2.36 / 1.9),
    (NEARLY, {"value": 1.9, "unit": "万亿元"}, None, M, 1.9, 1.0),
    (NEARLY, {"value": 1.8, "unit": "万亿元"}, None, X, 1.8, 1.8 / 1.9),
    (NEARLY, {"value": 23600, "unit": "亿元"}, None, M, 2.36, 2.36 / 1.9),
    ({**NEARLY, "margin": 0.05, "margin_pct": None}, {"value": 1.9, "unit": "万亿元"}, None, X, 1.9, 1.9 / 1.95),
    # planned: at the amount, within a band, one-sided
    (PLANNED, {"value": 6000, "unit": "亿元"}, None, M, 6000, 1.0),
    (PLANNED, {"value": 0.6, "unit": "万亿元"}, None, M, 6000, 1.0),
    (PLANNED, {"value": 5800, "unit": "亿元"}, None, X, 5800, 5800 / 6000),
    (PLANNED_ABOVE, {"value": 3.6, "unit": "%"}, None, M, 3.6, 1.0),
    (PLANNED_ABOVE, {"value": 3.7, "unit": "%"}, None, M, 3.7, 3.7 / 3.6),
    (PLANNED_ABOVE, {"value": 3.5, "unit": "%"}, None, X, 3.5, 3.5 / 3.6),
    (PLANNED_BAND, {"value": 102, "unit": "亿元"}, None, M, 102, 1.02),
    (PLANNED_BAND, {"value": 103, "unit": "亿元"}, None, X, 103, 1.03),
    (PLANNED_BAND, {"value": 101, "unit": "亿元", "qualifier": "about"}, None, M, 101, 1.01),
    # increase_by: level against the baseline, or the change; scale conversion
    (INCREASE, {"value": 550, "unit": "元"}, baseline(520, "元"), M, 30, 1.0),
    (INCREASE, {"value": 540, "unit": "元"}, baseline(520, "元"), X, 20, 2 / 3),
    (INCREASE, {"value": 35, "unit": "元", **CHANGE}, None, M, 35, 35 / 30),
    (INCREASE, {"value": 550, "unit": "元"}, baseline(0.052, "万元"), M, 30, 1.0),
    (INCREASE, {"value": 0.055, "unit": "万元"}, baseline(520, "元"), M, 30, 1.0),
    (INCREASE, {"value": 30, "unit": "元", "qualifier": "more_than", **CHANGE}, None, M, 30, 1.0),
    (INCREASE, {"value": 30, "unit": "元", "qualifier": "nearly", **CHANGE}, None, X, 30, 1.0),
    # comparison: two figures of the review
    (COMPARE, {"values": {"income": measure(6.1), "gdp": measure(6.1)}}, None, M, 6.1, None),
    (COMPARE, {"values": {"income": measure(5.8), "gdp": measure(6.1)}}, None, M, 5.8, None),
    (COMPARE, {"values": {"income": measure(5.0), "gdp": measure(6.1)}}, None, X, 5.0, None),
    (COMPARE, {"values": {"income": measure(6.1)}}, None, U, None, None),
    (COMPARE_GE, {"values": {"income": measure(9), "gdp": measure(6.1)}}, None, M, 9, None),
    (COMPARE_GE, {"values": {"income": measure(5.5, qualifier="more_than"), "gdp": measure(6.1)}}, None, U, 5.5, None),
    # all_of: every measure must meet it; one miss is a miss; silence is partial
    (ALL_OF, {"values": {"pm25": measure(5.1, **CHANGE), "pm10": measure(6, **CHANGE)}}, None, M, 2, 1.0),
    (ALL_OF, {"values": {"pm25": measure(5.1, **CHANGE), "pm10": measure(3.2, **CHANGE)}}, None, X, 1, 0.5),
    (ALL_OF, {"values": {"pm25": measure(5.1, **CHANGE)}}, None, U, 1, 0.5),
    (ALL_OF, {"values": {"pm25": measure(4, **CHANGE)}}, None, X, 0, 0.0),
    # qualified values: only the safe direction decides
    (AT_LEAST, {"value": 10, "unit": "个", "qualifier": "more_than"}, None, M, 10, 1.0),
    (AT_LEAST, {"value": 8, "unit": "个", "qualifier": "more_than"}, None, U, 8, 0.8),
    (AT_LEAST, {"value": 8, "unit": "个", "qualifier": "less_than"}, None, X, 8, 0.8),
    ({"kind": "at_least", "target": 2, "unit": "万亿元"}, {"value": 2, "unit": "万亿元", "qualifier": "nearly"}, None, X, 2, 1.0),
    ({"kind": "at_least", "target": 1.5, "unit": "万亿元"}, {"value": 2, "unit": "万亿元", "qualifier": "nearly"}, None, M, 2, 4 / 3),
    ({"kind": "at_least", "target": 1.9, "unit": "万亿元"}, {"value": 2, "unit": "万亿元", "qualifier": "nearly"}, None, U, 2, 2 / 1.9),
    ({"kind": "at_least", "target": 2, "unit": "万亿元"}, {"value": 3, "unit": "万亿元", "qualifier": "about"}, None, M, 3, 1.5),
    ({"kind": "at_least", "target": 3, "unit": "万亿元"}, {"value": 3, "unit": "万亿元", "qualifier": "about"}, None, U, 3, 1.0),
    ({**AT_LEAST, "exclusive": True}, {"value": 10, "unit": "个", "qualifier": "at_least"}, None, U, 10, 1.0),
    ({**AT_LEAST, "exclusive": True}, {"value": 10, "unit": "个", "qualifier": "more_than"}, None, M, 10, 1.0),
    # text targets: a fraction in %, a multiple
    (FRACTION, {"value": 35, "unit": "%"}, None, M, 35, 35 / (100 / 3)),
    (FRACTION, {"value": 30, "unit": "%"}, None, X, 30, 0.9),
    ({"kind": "at_least", "target": "翻一番", "unit": "倍"}, {"value": 2.1, "unit": "倍"}, None, M, 2.1, 1.05),
    ({"kind": "at_most", "target": "一半", "unit": ""}, {"value": 1 / 3}, None, M, 1 / 3, 1.5),
    ({"kind": "at_least", "target": "三分之一", "unit": ""}, {"value": 0.25}, None, X, 0.25, 0.75),
    # unit scales: 万人 vs 人, 亿美元 vs 万美元
    ({"kind": "at_least", "target": 11, "unit": "万人"}, {"value": 113000, "unit": "人"}, None, M, 11.3, 11.3 / 11),
    ({"kind": "at_least", "target": 8, "unit": "亿美元"}, {"value": 78500, "unit": "万美元"}, None, X, 7.85, 0.98125),
    ({"kind": "at_least", "target": 2, "unit": "% of GDP"}, {"value": 2.1, "unit": "%  of GDP"}, None, M, 2.1, 1.05),
]  # fmt: skip


@pytest.mark.parametrize(("params", "fields", "base", "verdict", "actual", "attainment"), CASES)
def test_rule_kind_cases(
    params: dict[str, Any],
    fields: dict[str, Any],
    base: Baseline | None,
    verdict: Verdict,
    actual: float | None,
    attainment: float | None,
) -> None:
    p = PARAMS.validate_python({k: v for k, v in params.items() if v is not None})
    rule = RULES[p.kind]
    entry = reported(**fields)
    assert rule.check(p, entry) == []
    outcome = rule.evaluate(p, entry, base)
    assert outcome.verdict is verdict, outcome.arithmetic
    assert outcome.actual == (None if actual is None else pytest.approx(actual))
    assert outcome.attainment == (None if attainment is None else pytest.approx(attainment, abs=1e-6))
    assert outcome.arithmetic, "every verdict shows its arithmetic"


def test_every_new_kind_has_met_and_missed_cases() -> None:
    seen = {(c[0]["kind"], c[3]) for c in CASES}
    for kind in ("decline", "nearly", "planned", "increase_by", "comparison", "all_of"):
        assert (kind, M) in seen and (kind, X) in seen, kind


@pytest.mark.parametrize(
    ("params", "fields", "base", "lines"),
    [
        (DECLINE_PCT, {"value": 97, "unit": "万吨"}, baseline(100, "万吨"), ["(1 − 97 ÷ 100) × 100 = 3% fall", "3 ÷ 3 = 100.0%"]),
        (INCREASE, {"value": 0.055, "unit": "万元"}, baseline(520, "元"), ["0.055万元 = 550元", "550 − 520 = +30元"]),
        (INCREASE, {"value": 550, "unit": "元"}, baseline(0.052, "万元"), ["0.052万元 = 520元", "550 − 520 = +30元"]),
        (NEARLY, {"value": 23600, "unit": "亿元"}, None, ["floor 2 × (1 − 5%) = 1.9", "23600亿元 = 2.36万亿元"]),
        (AT_LEAST, {"value": 10, "unit": "个", "qualifier": "more_than"}, None, ["reported >10个 (more than 10个)", ">10 ≥ 10"]),
        ({"kind": "at_least", "target": 2, "unit": "万亿元"}, {"value": 3, "unit": "万亿元", "qualifier": "about"}, None, ["reported ≈3万亿元 (about 3万亿元)"]),
        ({"kind": "at_least", "target": 2, "unit": "万亿元"}, {"value": 2, "unit": "万亿元", "qualifier": "nearly"}, None, ["<≈2 < 2"]),
        ({"kind": "at_least", "target": 1.9, "unit": "万亿元"}, {"value": 2, "unit": "万亿元", "qualifier": "nearly"}, None, ["nearly 2 (<≈2) cannot show ≥ 1.9: unreported"]),
        (FRACTION, {"value": 35, "unit": "%"}, None, ["target 1/3 = 33.333333%"]),
        (COMPARE, {"values": {"income": measure(5.0), "gdp": measure(6.1)}}, None, ["income 5 − gdp 6.1 = -1.1 points: |income − gdp| ≤ 0.5 fails"]),
        ({"kind": "at_least", "target": 8, "unit": "亿美元"}, {"value": 7.85, "unit": "亿美元"}, None, ["near miss: 98.1% of target, within 5%"]),
        (AT_MOST, {"value": 2.6, "unit": "%"}, None, ["2.6 > 2.5", "near miss: 104.0% of the limit, within 5%"]),
    ],
)  # fmt: skip
def test_arithmetic_shows_conversions_qualifiers_and_near_misses(
    params: dict[str, Any], fields: dict[str, Any], base: Baseline | None, lines: list[str]
) -> None:
    p = PARAMS.validate_python(params)
    outcome = RULES[p.kind].evaluate(p, reported(**fields), base)
    for line in lines:
        assert line in outcome.arithmetic, outcome.arithmetic


def test_near_miss_is_only_for_misses_within_the_band() -> None:
    p = PARAMS.validate_python({"kind": "at_least", "target": 8, "unit": "亿美元"})
    assert RULES["at_least"].evaluate(p, reported(value=7.85, unit="亿美元"), None).near_miss
    assert not RULES["at_least"].evaluate(p, reported(value=7.5, unit="亿美元"), None).near_miss
    assert RULES["at_least"].evaluate(p, reported(value=7.5, unit="亿美元"), None, near_miss_pct=10).near_miss
    assert not RULES["at_least"].evaluate(p, reported(value=8, unit="亿美元"), None).near_miss
    # a qualified figure's miss is a bound, never a near miss
    q = reported(value=7.9, unit="亿美元", qualifier="less_than")
    outcome = RULES["at_least"].evaluate(p, q, None)
    assert outcome.verdict is X and not outcome.near_miss


def test_a_joint_figure_alone_is_unreported_and_scored_against_the_sum_with_its_partners() -> None:
    a = PARAMS.validate_python({"kind": "at_least", "target": 2, "unit": "万亿元"})
    b = PARAMS.validate_python({"kind": "at_least", "target": 1500, "unit": "亿元"})
    entry = reported(value=3.6, unit="万亿元", joint_with=["b"])
    alone = RULES["at_least"].evaluate(a, entry, None)
    assert alone.verdict is U and "reported jointly with b" in alone.arithmetic[0]
    joint = RULES["at_least"].evaluate(a, entry, None, partners=[b])
    assert joint.verdict is M and joint.target == pytest.approx(2.15)
    assert joint.arithmetic[0] == "joint target: 2 + 0.15 = 2.15万亿元 (one figure for 2 goals)"
    short = RULES["at_least"].evaluate(a, reported(value=2.1, unit="万亿元", joint_with=["b"]), None, partners=[b])
    assert short.verdict is X and short.near_miss


def test_text_targets_are_shown_as_written() -> None:
    p = PARAMS.validate_python(FRACTION)
    assert RULES["at_least"].target_text(p) == "≥1/3"
    assert p.target == pytest.approx(100 / 3)
    q = PARAMS.validate_python({"kind": "at_least", "target": "三分之一", "unit": ""})
    assert q.target == pytest.approx(1 / 3) and RULES["at_least"].target_text(q) == "≥三分之一"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"kind": "growth", "target_pct": -3, "unit": "万吨"}, "use kind: decline with target_pct: 3"),
        ({"kind": "decline", "target_pct": 3, "target": 1, "unit": "万吨"}, "target (a fall in the unit), not both"),
        ({"kind": "decline", "target_pct": -3, "unit": "万吨"}, "greater than 0"),
        ({"kind": "nearly", "target": 2, "unit": "万亿元"}, "exactly one of margin_pct or margin"),
        ({"kind": "nearly", "target": 2, "unit": "万亿元", "margin": 3}, "smaller than the target"),
        ({"kind": "planned", "target": 1, "unit": "亿元", "band": 1, "band_pct": 1}, "at most one of band"),
        ({"kind": "increase_by", "target": 0, "unit": "元"}, "greater than 0"),
        ({**COMPARE, "right": "income"}, "different measures"),
        ({**COMPARE, "tolerance": None}, "tolerance"),
        ({"kind": "all_of", "measures": ["a", "a"], "each": {"kind": "at_least", "target": 1, "unit": "%"}}, "unique"),
        ({"kind": "all_of", "measures": ["a", "b"], "each": {"kind": "milestone"}}, "each"),
        ({"kind": "approximately", "target": 3, "unit": "%", "direction": "ceiling"}, "tolerance"),
        ({"kind": "approximately", "target": 3, "tolerance": 1, "unit": "%", "direction": "down"}, "direction"),
        ({"kind": "at_least", "target": "8", "unit": "个"}, "valid number"),
        ({"kind": "at_least", "target": "1/3", "unit": "个"}, "needs unit '%' or ''"),
        ({"kind": "at_least", "target": "翻一番", "unit": "%"}, "needs unit '倍'"),
    ],
)  # fmt: skip
def test_bad_parameters_are_refused(params: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        PARAMS.validate_python({k: v for k, v in params.items() if v is not None})
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("params", "fields", "message"),
    [
        (AT_LEAST, {"value": 10, "unit": "万元"}, "does not match"),
        ({"kind": "at_least", "target": 1, "unit": "%"}, {"value": 1, "unit": "个百分点"}, "does not match"),
        (COMPARE, {"value": 1, "unit": "%"}, "needs 'values'"),
        (COMPARE, {"values": {"wages": measure(1)}}, "not one of the goal's"),
        (COMPARE, {"values": {"income": measure(1, "元")}}, "does not match"),
        (ALL_OF, {"values": {"pm25": measure(5)}}, "report the change itself"),
        (ALL_OF, {"values": {"pm25": measure(5, "元", **CHANGE)}}, "does not match"),
        ({"kind": "ranking", "target": 3, "scope": "x"}, {"value": 1, "unit": "rank", "qualifier": "about"}, "not used"),
    ],
)  # fmt: skip
def test_mismatched_actuals_are_refused(params: dict[str, Any], fields: dict[str, Any], message: str) -> None:
    p = PARAMS.validate_python(params)
    issues = RULES[p.kind].check(p, reported(**fields))
    assert any(message in text for _, text in issues), issues
