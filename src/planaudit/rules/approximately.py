"""Rule approximately: the reported level must be within an explicit tolerance of the target (左右)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from planaudit.rules.base import EPSILON, Figure, Outcome, Params, Rule, Verdict, clean, num, ratio, require_value

if TYPE_CHECKING:
    from planaudit.facts import Baseline, Reported


class ApproximatelyParams(Params):
    kind: Literal["approximately"]
    target: float = Field(allow_inf_nan=False)
    tolerance: float = Field(ge=0, allow_inf_nan=False, description="Largest accepted |actual − target|, in the unit.")
    unit: str = Field(min_length=1)


class Approximately(Rule[ApproximatelyParams]):
    """Met when |reported − target| ≤ tolerance; the tolerance is always stated, never assumed.

    Met:    plan "增长7%左右" (target 7, tolerance 0.5), review reports 7.3% → off by 0.3.
    Missed: the same plan, review reports 6.2% → off by 0.8 > 0.5.
    """

    kind = "approximately"
    params = ApproximatelyParams

    def figures(self, p: ApproximatelyParams) -> list[Figure]:
        return [("target", p.target, p.unit)]  # the tolerance is the auditor's reading of 左右, not the plan's

    def target_text(self, p: ApproximatelyParams) -> str:
        return f"≈{num(p.target)}±{num(p.tolerance)}{p.unit}"

    def describe(self, p: ApproximatelyParams, lang: str) -> str:
        if lang == "zh":
            return f"实际值与 {num(p.target)}{p.unit} 相差不超过 {num(p.tolerance)} 即为达成"
        return f"met when the reported value is within {num(p.tolerance)} of {num(p.target)} {p.unit}"

    def evaluate(self, p: ApproximatelyParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        value = require_value(actual)
        gap = clean(abs(value - p.target))
        met = gap <= p.tolerance + EPSILON
        return Outcome(
            verdict=Verdict.MET if met else Verdict.MISSED,
            target=p.target,
            actual=value,
            unit=p.unit,
            attainment=ratio(value, p.target),
            arithmetic=(f"|{num(value)} − {num(p.target)}| = {num(gap)} {'≤' if met else '>'} {num(p.tolerance)}",),
        )
