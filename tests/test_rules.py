"""Each rule kind against a table of met, missed and edge cases, plus the registry's promises."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from planaudit.models import Baseline, Reported
from planaudit.rules import RULES, RuleParams
from planaudit.rules.base import Verdict

EVIDENCE = [{"source": "r", "quote": "quoted text"}]
PARAMS: TypeAdapter[Any] = TypeAdapter(RuleParams)


def baseline(value: float, unit: str) -> Baseline:
    return Baseline(title="b", value=value, unit=unit, source="s", quote="quote here")


def reported(**fields: Any) -> Reported:
    return Reported.model_validate({"status": "reported", "evidence": EVIDENCE, **fields})


# (rule params, actual fields, baseline or None, verdict, target, actual, attainment)
CASES: list[tuple[dict[str, Any], dict[str, Any], Baseline | None, Verdict, float | None, float | None, float | None]] = [
    ({"kind": "at_least", "target": 8, "unit": "亿美元"}, {"value": 7.85, "unit": "亿美元"}, None, Verdict.MISSED, 8, 7.85, 0.98125),
    ({"kind": "at_least", "target": 6, "unit": "亿美元"}, {"value": 6, "unit": "亿美元"}, None, Verdict.MET, 6, 6, 1.0),
    ({"kind": "at_least", "target": 200, "unit": "家", "exclusive": True}, {"value": 200, "unit": "家"}, None, Verdict.MISSED, 200, 200, 1.0),
    ({"kind": "at_least", "target": 200, "unit": "家", "exclusive": True}, {"value": 201, "unit": "家"}, None, Verdict.MET, 200, 201, 1.005),
    ({"kind": "at_most", "target": 90, "unit": "天"}, {"value": 90, "unit": "天"}, None, Verdict.MET, 90, 90, 1.0),
    ({"kind": "at_most", "target": 90, "unit": "天"}, {"value": 91, "unit": "天"}, None, Verdict.MISSED, 90, 91, 90 / 91),
    ({"kind": "between", "min": 6, "max": 6.5, "unit": "%"}, {"value": 6.5, "unit": "%"}, None, Verdict.MET, None, 6.5, None),
    ({"kind": "between", "min": 6, "max": 6.5, "unit": "%"}, {"value": 5.9, "unit": "%"}, None, Verdict.MISSED, None, 5.9, None),
    ({"kind": "between", "min": 6, "max": 6.5, "unit": "%"}, {"value": 7, "unit": "%"}, None, Verdict.MISSED, None, 7, None),
    ({"kind": "approximately", "target": 7, "tolerance": 0.5, "unit": "%"}, {"value": 7.5, "unit": "%"}, None, Verdict.MET, 7, 7.5, 7.5 / 7),
    ({"kind": "approximately", "target": 7, "tolerance": 0.5, "unit": "%"}, {"value": 6.2, "unit": "%"}, None, Verdict.MISSED, 7, 6.2, 6.2 / 7),
    ({"kind": "growth", "target_pct": 15, "unit": "亿元"}, {"value": 25.53, "unit": "亿元"}, baseline(22.2, "亿元"), Verdict.MET, 15, 15.0, 1.0),
    ({"kind": "growth", "target_pct": 15, "unit": "亿元"}, {"value": 24, "unit": "亿元"}, baseline(22.2, "亿元"), Verdict.MISSED, 15, 8.108108108, 0.540540541),
    ({"kind": "growth", "target_pct": 10, "unit": "亿元"}, {"value": 8, "unit": "%", "basis": "change"}, None, Verdict.MISSED, 10, 8, 0.8),
    ({"kind": "pp_change", "target_pp": 1}, {"value": 55.5, "unit": "%"}, baseline(52.7, "%"), Verdict.MET, 1, 2.8, 2.8),
    ({"kind": "pp_change", "target_pp": 1}, {"value": 53.2, "unit": "%"}, baseline(52.7, "%"), Verdict.MISSED, 1, 0.5, 0.5),
    ({"kind": "pp_change", "target_pp": 1}, {"value": 1, "unit": "pp", "basis": "change"}, None, Verdict.MET, 1, 1, 1.0),
    ({"kind": "new_items", "target": 10, "unit": "家"}, {"value": 37, "unit": "家"}, baseline(35, "家"), Verdict.MISSED, 10, 2, 0.2),
    ({"kind": "new_items", "target": 15, "unit": "家"}, {"value": 16, "unit": "家", "basis": "change"}, None, Verdict.MET, 15, 16, 16 / 15),
    ({"kind": "milestone"}, {"done": True}, None, Verdict.MET, 1, 1, None),
    ({"kind": "milestone"}, {"done": False}, None, Verdict.MISSED, 1, 0, None),
    ({"kind": "milestone", "deadline": "2019-09"}, {"done": True, "date": "2019-09-02"}, None, Verdict.MET, 1, 1, None),
    ({"kind": "milestone", "deadline": "2019-09"}, {"done": True, "date": "2020-02"}, None, Verdict.MISSED, 1, 1, None),
    ({"kind": "named_items", "items": ["a", "b"]}, {"items": {"a": "done", "b": "done"}}, None, Verdict.MET, 2, 2, 1.0),
    ({"kind": "named_items", "items": ["a", "b"]}, {"items": {"a": "done"}}, None, Verdict.UNREPORTED, 2, 1, 0.5),
    ({"kind": "named_items", "items": ["a", "b"]}, {"items": {"a": "done", "b": "not_done"}}, None, Verdict.MISSED, 2, 1, 0.5),
    ({"kind": "named_items", "items": ["a", "b", "c"], "min_done": 2}, {"items": {"a": "done", "c": "done"}}, None, Verdict.MET, 2, 2, 1.0),
    ({"kind": "ranking", "target": 3, "scope": "全市"}, {"value": 1, "unit": "rank"}, None, Verdict.MET, 3, 1, None),
    ({"kind": "ranking", "target": 5, "scope": "全国"}, {"value": 8, "unit": "rank"}, None, Verdict.MISSED, 5, 8, None),
    ({"kind": "judged"}, {"verdict": "met", "rationale": "held"}, None, Verdict.MET, None, None, None),
    ({"kind": "judged"}, {"verdict": "missed", "rationale": "worse"}, None, Verdict.MISSED, None, None, None),
]  # fmt: skip


@pytest.mark.parametrize(("params", "fields", "base", "verdict", "target", "actual", "attainment"), CASES)
def test_rule_cases(
    params: dict[str, Any],
    fields: dict[str, Any],
    base: Baseline | None,
    verdict: Verdict,
    target: float | None,
    actual: float | None,
    attainment: float | None,
) -> None:
    p = PARAMS.validate_python(params)
    rule = RULES[p.kind]
    entry = reported(**fields)
    assert rule.check(p, entry) == []
    outcome = rule.evaluate(p, entry, base)
    assert outcome.verdict is verdict
    assert outcome.target == (None if target is None else pytest.approx(target))
    assert outcome.actual == (None if actual is None else pytest.approx(actual))
    assert outcome.attainment == (None if attainment is None else pytest.approx(attainment, abs=1e-6))


def test_every_kind_has_a_case_for_met_and_missed() -> None:
    from tests.test_rule_kinds import CASES as KIND_CASES

    seen = {(c[0]["kind"], c[3]) for c in CASES} | {(c[0]["kind"], c[3]) for c in KIND_CASES}
    for kind in RULES:
        assert (kind, Verdict.MET) in seen, kind
        assert (kind, Verdict.MISSED) in seen, kind


def test_registry_matches_the_parameter_union() -> None:
    union = typing.get_args(typing.get_args(RuleParams)[0])
    kinds = {typing.get_args(cls.model_fields["kind"].annotation)[0] for cls in union}
    assert kinds == set(RULES)
    for kind, rule in RULES.items():
        assert rule.kind == kind
        assert rule.params.model_fields["kind"].annotation == typing.Literal[kind]  # type: ignore[valid-type]


@pytest.mark.parametrize("kind", sorted(RULES))
def test_every_rule_documents_a_met_and_a_missed_example(kind: str) -> None:
    doc = RULES[kind].doc
    assert "Met:" in doc and "Missed:" in doc


def test_stretch_is_reported_beside_the_floor() -> None:
    p = PARAMS.validate_python({"kind": "at_least", "target": 45, "stretch": 50, "unit": "家"})
    floor_only = RULES["at_least"].evaluate(p, reported(value=46, unit="家"), None)
    assert floor_only.verdict is Verdict.MET and floor_only.stretch_reached is False
    both = RULES["at_least"].evaluate(p, reported(value=50, unit="家"), None)
    assert both.verdict is Verdict.MET and both.stretch_reached is True
    neither = RULES["at_least"].evaluate(p, reported(value=37, unit="家"), None)
    assert neither.verdict is Verdict.MISSED and neither.stretch_reached is False


def test_derived_numbers_show_their_arithmetic() -> None:
    p = PARAMS.validate_python({"kind": "new_items", "target": 10, "unit": "家"})
    outcome = RULES["new_items"].evaluate(p, reported(value=37, unit="家"), baseline(35, "家"))
    assert outcome.arithmetic == ("37 − 35 = 2 new", "2 ÷ 10 = 20.0%")
    p = PARAMS.validate_python({"kind": "pp_change", "target_pp": 1})
    outcome = RULES["pp_change"].evaluate(p, reported(value=55.5, unit="%"), baseline(52.7, "%"))
    assert outcome.arithmetic[0] == "55.5 − 52.7 = +2.8 pp"


@pytest.mark.parametrize(
    ("params", "fields", "message"),
    [
        ({"kind": "at_least", "target": 8, "unit": "亿美元"}, {"value": 7.85, "unit": "亿元"}, "does not match"),
        ({"kind": "at_least", "target": 8, "unit": "亿美元"}, {"value": 7.85}, "needs a 'unit'"),
        ({"kind": "at_least", "target": 8, "unit": "亿美元"}, {"unit": "亿美元"}, "needs a 'value'"),
        ({"kind": "at_least", "target": 8, "unit": "亿美元"}, {"value": 8, "unit": "亿美元", "done": True}, "'done' is not used"),
        ({"kind": "growth", "target_pct": 10, "unit": "亿元"}, {"value": 8, "unit": "亿元", "basis": "change"}, "does not match"),
        ({"kind": "pp_change", "target_pp": 1}, {"value": 1, "unit": "%", "basis": "change"}, "'pp'"),
        ({"kind": "milestone"}, {}, "needs 'done: true'"),
        ({"kind": "named_items", "items": ["a"]}, {"items": {"b": "done"}}, "not one of the goal's items"),
        ({"kind": "ranking", "target": 3, "scope": "x"}, {"value": 1.5, "unit": "rank"}, "whole number"),
        ({"kind": "judged"}, {"verdict": "met"}, "needs a 'rationale'"),
    ],
)  # fmt: skip
def test_rule_checks_reject_mismatched_actuals(params: dict[str, Any], fields: dict[str, Any], message: str) -> None:
    p = PARAMS.validate_python(params)
    issues = RULES[p.kind].check(p, reported(**fields))
    assert any(message in text for _, text in issues), issues


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "between", "min": 7, "max": 6, "unit": "%"},
        {"kind": "named_items", "items": ["a", "a"]},
        {"kind": "named_items", "items": ["a"], "min_done": 2},
        {"kind": "ranking", "target": 0, "scope": "x"},
        {"kind": "approximately", "target": 7, "tolerance": -1, "unit": "%"},
        {"kind": "at_least", "target": 8},
        {"kind": "at_least", "target": "8", "unit": "x"},
        {"kind": "nope"},
    ],
)
def test_invalid_rule_parameters_are_rejected(params: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        PARAMS.validate_python(params)


@pytest.mark.parametrize(
    ("params", "target_text", "en_words"),
    [
        ({"kind": "at_least", "target": 45, "stretch": 50, "unit": "家"}, "≥45家 (50)", "at least 45 家; stretch 50"),
        ({"kind": "at_least", "target": 200, "unit": "家", "exclusive": True}, ">200家", "more than 200"),
        ({"kind": "at_most", "target": 90, "unit": "天"}, "≤90天", "at most 90"),
        ({"kind": "between", "min": 6, "max": 6.5, "unit": "%"}, "6–6.5%", "between 6 and 6.5"),
        ({"kind": "approximately", "target": 7, "tolerance": 0.5, "unit": "%"}, "≈7±0.5%", "within 0.5 of 7"),
        ({"kind": "growth", "target_pct": 15, "unit": "亿元"}, "≥+15%", "at least 15%"),
        ({"kind": "pp_change", "target_pp": 1}, "≥+1pp", "at least 1 percentage"),
        ({"kind": "new_items", "target": 10, "unit": "家"}, "+10家", "at least 10 家 are added"),
        ({"kind": "milestone", "deadline": "2019-09"}, "done by 2019-09", "done by 2019-09"),
        ({"kind": "named_items", "items": ["a", "b"], "min_done": 1}, "1/2", "at least 1 of 2"),
        ({"kind": "ranking", "target": 3, "scope": "全市"}, "≤#3 全市", "rank in 全市 is 3 or better"),
        ({"kind": "judged"}, "judged", "auditor judges"),
    ],
)  # fmt: skip
def test_rules_describe_themselves_in_both_languages(params: dict[str, Any], target_text: str, en_words: str) -> None:
    p = PARAMS.validate_python(params)
    rule = RULES[p.kind]
    assert rule.target_text(p) == target_text
    assert en_words in rule.describe(p, "en")
    zh = rule.describe(p, "zh")
    assert zh and zh != rule.describe(p, "en")
