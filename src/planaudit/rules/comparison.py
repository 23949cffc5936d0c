"""Rule comparison: one reported figure against another figure of the same review (基本同步: in step)."""

import math
from typing import Literal

from pydantic import Field, model_validator

from planaudit.facts import Baseline, Measure, Reported, Unit
from planaudit.reading.units import PERCENT, normalize_unit
from planaudit.rules.base import (
    Figure,
    Issue,
    Outcome,
    Params,
    Reading,
    Rule,
    Verdict,
    clean,
    decide,
    interval,
    num,
    undecided,
    unit_fits,
    unit_steps,
)


class ComparisonParams(Params):
    kind: Literal["comparison"]
    left: str = Field(min_length=1, description="The measure the goal is about (居民收入增长); a key of 'values'.")
    right: str = Field(min_length=1, description="The measure it is compared with (经济增长); a key of 'values'.")
    operator: Literal["about", "at_least", "at_most"] = Field(
        description="about: |left − right| ≤ tolerance; at_least: left ≥ right − tolerance; "
        "at_most: left ≤ right + tolerance."
    )
    tolerance: float = Field(ge=0, allow_inf_nan=False, description="Accepted difference, in the unit (%: points).")
    unit: Unit = Field(description="The unit both figures are compared in.")

    @model_validator(mode="after")
    def _distinct(self) -> "ComparisonParams":
        if self.left == self.right:
            raise ValueError("left and right must be different measures")
        return self


class Comparison(Rule[ComparisonParams]):
    """Met when one reported figure stands as required against another figure of the same review.

    "居民收入增长与经济增长基本同步": left 居民收入增长, right 经济增长, operator about,
    tolerance 0.5 (points, the auditor's reading of 基本同步). The actuals entry gives both
    figures under 'values', each with its own quote (verify finds each number in its quote):
    values: {居民收入增长: {value: 6.1, unit: "%", evidence: [...]}, 经济增长: {...}}.
    A figure left out is silent: the goal is unreported. Qualified figures decide only what
    every value they allow would decide.

    Met:    income +6.1%, GDP +6.1%, operator about, tolerance 0.5 → |6.1 − 6.1| = 0 ≤ 0.5.
    Missed: income +5.0%, GDP +6.1%, operator at_least, tolerance 0.5 → 5.0 < 6.1 − 0.5.
    """

    kind = "comparison"
    params = ComparisonParams
    uses = frozenset({"values"})

    def figures(self, p: ComparisonParams) -> list[Figure]:
        return []  # the plan states no number: the tolerance is the auditor's reading of 同步

    def target_text(self, p: ComparisonParams) -> str:
        sign = {"about": "≈", "at_least": "≥", "at_most": "≤"}[p.operator]
        return f"{p.left} {sign} {p.right}" + (f" (±{num(p.tolerance)})" if p.tolerance else "")

    def describe(self, p: ComparisonParams, lang: str) -> str:
        tol = num(p.tolerance)
        diff_unit = _difference_unit(p.unit)
        if lang == "zh":
            words = {"about": "相差不超过", "at_least": "不低于（允许差额）", "at_most": "不高于（允许差额）"}
            return f"{p.left}与{p.right}{words[p.operator]} {tol}{diff_unit} 即为达成"
        words_en = {
            "about": f"within {tol} {diff_unit} of",
            "at_least": f"at least (less {tol} {diff_unit})",
            "at_most": f"at most (plus {tol} {diff_unit})",
        }
        return f"met when {p.left} is {words_en[p.operator]} {p.right}"

    def check(self, p: ComparisonParams, actual: Reported) -> list[Issue]:
        issues = super().check(p, actual)
        values = actual.values
        if values is None:
            issues.append(("status", f"a reported comparison goal needs 'values' with {p.left!r} and {p.right!r}"))
            return issues
        for name, measure in values.items():
            if name not in (p.left, p.right):
                issues.append(("values", f"measure {name!r} is not one of the goal's: {p.left!r}, {p.right!r}"))
            elif not unit_fits(measure.unit, p.unit):
                issues.append(("values", f"{name}: unit {measure.unit!r} does not match the goal's unit {p.unit!r}"))
        return issues

    def judge(self, p: ComparisonParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        values = actual.values or {}
        left, right = values.get(p.left), values.get(p.right)
        silent = [name for name, m in ((p.left, left), (p.right, right)) if m is None]
        if left is None or right is None:
            return Outcome(Verdict.UNREPORTED, unit=p.unit, arithmetic=(f"not reported: {', '.join(silent)}",))
        a, steps_a = _reading(left, p.unit)
        b, steps_b = _reading(right, p.unit)
        diff = Reading(
            clean(a.value - b.value),
            clean(a.low - b.high) if math.isfinite(a.low - b.high) else a.low - b.high,
            clean(a.high - b.low) if math.isfinite(a.high - b.low) else a.high - b.low,
            a.low_open or b.high_open,
            a.high_open or b.low_open,
            "exact" if a.exact and b.exact else "about",
        )
        tol = p.tolerance
        if p.operator == "about":
            verdict = decide(diff, -tol, tol)
            condition = f"|{p.left} − {p.right}| ≤ {num(tol)}"
        elif p.operator == "at_least":
            verdict = decide(diff, floor=-tol)
            condition = f"{p.left} − {p.right} ≥ {num(-tol) if tol else 0}"
        else:
            verdict = decide(diff, ceiling=tol)
            condition = f"{p.left} − {p.right} ≤ {num(tol)}"
        diff_unit = _difference_unit(p.unit)
        shown = f"{p.left} {a.text} − {p.right} {b.text} = {num(diff.value)} {diff_unit}"
        if verdict is Verdict.UNREPORTED:
            line = f"{shown}; " + undecided(diff, condition)
        else:
            line = f"{shown}: {condition} {'holds' if verdict is Verdict.MET else 'fails'}"
        return Outcome(
            verdict=verdict,
            target=clean(b.value),
            actual=clean(a.value),
            unit=p.unit,
            arithmetic=(*steps_a, *steps_b, line),
        )


def _reading(measure: Measure, unit: str) -> tuple[Reading, tuple[str, ...]]:
    value, steps = unit_steps(measure.value, measure.unit, unit)
    return interval(value, measure.qualifier, tolerant=True), steps


def _difference_unit(unit: str) -> str:
    return "points" if normalize_unit(unit) == PERCENT else unit
