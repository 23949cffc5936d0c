"""Rule approximately: the reported level must be within an explicit tolerance of the target (左右)."""

from typing import Literal

from pydantic import Field

from planaudit.facts import Baseline, Reported, Unit
from planaudit.rules.base import (
    Figure,
    Outcome,
    Rule,
    TargetNumber,
    TextTarget,
    Verdict,
    clean,
    decide,
    lower_better_ratio,
    num,
    ratio,
    read_value,
    u,
    undecided,
)


class ApproximatelyParams(TextTarget):
    kind: Literal["approximately"]
    unit: Unit
    target: TargetNumber = Field(description='The figure: a number, or text ("1 crore 50 lakh", "one third").')
    tolerance: float = Field(ge=0, allow_inf_nan=False, description="Largest accepted |actual − target|, in the unit.")
    direction: Literal["both", "ceiling", "floor"] = Field(
        default="both",
        description="both: within the tolerance either side; ceiling: lower is better (prices, unemployment), "
        "met at or below target + tolerance; floor: higher is better, met at or above target − tolerance.",
    )


class Approximately(Rule[ApproximatelyParams]):
    """Met when the reported value is within the tolerance of the target; the tolerance is always stated.

    direction: both (default) needs |reported − target| ≤ tolerance. direction: ceiling is for
    figures where lower is better ("居民消费价格涨幅3%左右", unemployment "5.5%左右"): met at or
    below target + tolerance, however far below; attainment is target ÷ actual, so better is
    never below 100%. direction: floor is met at or above target − tolerance (attainment
    actual ÷ target). A reported "about" figure (约, 左右) is read as stated: the tolerance
    already allows for it.

    Met:    plan "增长7%左右" (target 7, tolerance 0.5), review reports 7.3% → off by 0.3.
    Missed: the same plan, review reports 6.2% → off by 0.8 > 0.5.
    """

    kind = "approximately"
    params = ApproximatelyParams

    def figures(self, p: ApproximatelyParams) -> list[Figure]:
        return [("target", p.target, p.unit)]  # the tolerance is the auditor's reading of 左右, not the plan's

    def target_text(self, p: ApproximatelyParams) -> str:
        if p.direction == "ceiling":
            return f"≤≈{num(p.target)}(+{num(p.tolerance)}){u(p.unit)}"
        if p.direction == "floor":
            return f"≥≈{num(p.target)}(−{num(p.tolerance)}){u(p.unit)}"
        return f"≈{num(p.target)}±{num(p.tolerance)}{u(p.unit)}"

    def describe(self, p: ApproximatelyParams, lang: str) -> str:
        t, tol, unit = num(p.target), num(p.tolerance), p.unit
        if lang == "zh":
            if p.direction == "ceiling":
                return f"实际值不高于 {t}{u(unit)} + {tol}（越低越好）即为达成"
            if p.direction == "floor":
                return f"实际值不低于 {t}{u(unit)} − {tol} 即为达成"
            return f"实际值与 {t}{u(unit)} 相差不超过 {tol} 即为达成"
        if p.direction == "ceiling":
            return f"met when the reported value is at most {tol} above {t} {unit} (lower is better)"
        if p.direction == "floor":
            return f"met when the reported value is at most {tol} below {t} {unit} (higher is better)"
        return f"met when the reported value is within {tol} of {t} {unit}"

    def judge(self, p: ApproximatelyParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        reading, steps = read_value(actual, p.unit, tolerant=True)
        value = reading.value
        low, high = clean(p.target - p.tolerance), clean(p.target + p.tolerance)
        if p.direction == "ceiling":
            verdict = decide(reading, ceiling=high)
            attainment, boundary = lower_better_ratio(value, p.target), high
            line = f"{reading.text} {'≤' if verdict is Verdict.MET else '>'} {num(p.target)} + {num(p.tolerance)}"
            condition = f"≤ {num(high)}"
        elif p.direction == "floor":
            verdict = decide(reading, floor=low)
            attainment, boundary = ratio(value, p.target), low
            line = f"{reading.text} {'≥' if verdict is Verdict.MET else '<'} {num(p.target)} − {num(p.tolerance)}"
            condition = f"≥ {num(low)}"
        else:
            verdict = decide(reading, low, high)
            attainment, boundary = ratio(value, p.target), (low if value < p.target else high)
            gap = clean(abs(value - p.target))
            line = f"|{reading.text} − {num(p.target)}| = {num(gap)} {'≤' if verdict is Verdict.MET else '>'} "
            line += num(p.tolerance)
            condition = f"{num(low)}–{num(high)}"
        if verdict is Verdict.UNREPORTED:
            line = undecided(reading, condition)
        return Outcome(
            verdict=verdict,
            target=p.target,
            actual=value,
            unit=p.unit,
            attainment=attainment,
            arithmetic=(*steps, line),
            boundary=boundary if reading.exact and boundary else None,
        )
