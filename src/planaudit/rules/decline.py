"""Rule decline: a measure must fall by at least a percentage (against a baseline) or an absolute amount."""

from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from planaudit.facts import Baseline, Reported, Unit
from planaudit.reading.figures import fall_percent, parse_figure
from planaudit.rules.base import (
    Figure,
    Outcome,
    Params,
    Rule,
    baseline_in,
    clean,
    higher_is_better,
    num,
    read_value,
    text_target,
    u,
)


class DeclineParams(Params):
    kind: Literal["decline"]
    target_pct: float | None = Field(
        default=None, gt=0, allow_inf_nan=False, description="Minimum fall, in percent of the baseline (下降3%: 3)."
    )
    target: float | None = Field(
        default=None, gt=0, allow_inf_nan=False, description="Minimum fall as an amount in the unit (减少3万吨: 3)."
    )
    unit: Unit = Field(description="Unit of the level that falls.")
    tolerance: float | None = Field(
        default=None,
        ge=0,
        allow_inf_nan=False,
        description="左右/about: how far short of the target fall the fall may be and still meet it "
        "(压减3000万吨左右, tolerance 300: a fall of 2700 meets it), in the target's unit.",
    )

    @field_validator("target_pct", mode="before")
    @classmethod
    def _text_pct(cls, value: Any) -> Any:
        """A fall written as text: "一半" / "half" / "halve" is 50, "三分之一" / "one third" 33.33… percent."""
        if not isinstance(value, str):
            return value
        figure = parse_figure(value)
        fall = fall_percent(figure) if figure is not None else None
        return fall if fall is not None else text_target(value, "%")  # "halve": what is left is half, the fall 50%

    @model_validator(mode="after")
    def _one_target(self) -> "DeclineParams":
        if self.target_pct is not None and self.target is not None:
            raise ValueError("give one of target_pct (a fall in percent) or target (a fall in the unit), not both")
        return self


class Decline(Rule[DeclineParams]):
    """Lower is better: met when the measure falls by at least target_pct percent (or target in its unit).

    The review may report the new level (basis: level, in the goal's unit, against the goal's
    baseline: fall = (1 − level ÷ baseline) × 100, or baseline − level for an absolute target),
    or the fall itself (basis: change: "下降2.6%" is value 2.6, unit %, the size of the fall).
    Attainment is fall ÷ target fall, so a larger fall is never below 100%.
    A tolerance (左右) lowers the fall that meets it by that much; target_pct may be written as text
    ("一半", "三分之一", "half", "one third"). With neither target_pct nor target the plan asks only for a
    fall ("继续下降", "continue to fall"):
    met when the measure falls at all (fall > 0), missed when it stays or rises.

    Met:    plan "单位国内生产总值能耗下降3%", review "下降3.1%" → fall 3.1 ≥ 3.
    Missed: plan "能耗下降3%", baseline 100 万吨, review reports 98 万吨 → (1 − 98 ÷ 100) × 100 = 2% < 3.
    """

    kind = "decline"
    params = DeclineParams
    needs_baseline = True  # for a reported level; a reported fall (basis: change) needs none
    uses = frozenset({"value", "unit", "basis", "qualifier"})

    def figures(self, p: DeclineParams) -> list[Figure]:
        if p.target_pct is not None:
            return [("target_pct", p.target_pct, "%")]
        return [] if p.target is None else [("target", p.target, p.unit)]

    def target_text(self, p: DeclineParams) -> str:
        """A fall as the plan says it: 下降3% is "−3% or more" (never "≤−3%", which a reported "2.6%" seems to meet)."""
        if p.target_pct is None and p.target is None:
            return "any fall"
        return (
            f"−{num(p.target_pct)}% or more"
            if p.target_pct is not None
            else f"−{num(p.target or 0)}{u(p.unit)} or more"
        )

    def describe(self, p: DeclineParams, lang: str) -> str:
        if p.target_pct is None and p.target is None:
            return "比基期下降即为达成" if lang == "zh" else "met when the measure falls at all"
        size = f"{num(p.target_pct)}%" if p.target_pct is not None else f"{num(p.target or 0)}{u(p.unit)}"
        if lang == "zh":
            return f"比基期下降不少于 {size} 即为达成"
        return f"met when the measure falls by at least {size}"

    def expected_units(self, p: DeclineParams, actual: Reported) -> tuple[str, ...]:
        if actual.basis == "change" and p.target is None:
            return ("%",) if p.target_pct is not None else ("%", p.unit)
        return (p.unit,)

    def judge(self, p: DeclineParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        if p.target_pct is None and p.target is None:
            return self._direction(p, actual, baseline)
        percent = p.target_pct is not None
        target = p.target_pct if p.target_pct is not None else float(p.target or 0)
        unit = "%" if percent else p.unit
        if actual.basis == "change":
            fall, steps = read_value(actual, unit)
            steps += (f"fall of {fall.text}{u(unit)} reported",)
        else:
            assert baseline is not None and baseline.value > 0
            level, steps = read_value(actual, p.unit)
            base, base_steps = baseline_in(baseline, p.unit)
            steps = base_steps + steps
            if percent:
                fall = level.map(lambda x: (1 - x / base) * 100, increasing=False)
                steps += (f"(1 − {num(level.value)} ÷ {num(base)}) × 100 = {num(round(fall.value, 2))}% fall",)
            else:
                fall = level.map(lambda x: base - x, increasing=False)
                steps += (f"{num(base)} − {num(level.value)} = {num(fall.value)}{u(unit)} fall",)
        if p.tolerance:
            floor = clean(target - p.tolerance)
            steps += (f"target fall {num(target)} − tolerance {num(p.tolerance)} = {num(floor)}{u(unit)}",)
            return higher_is_better(fall, floor, unit, steps)
        return higher_is_better(fall, target, unit, steps)

    def _direction(self, p: DeclineParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        """Any fall: a reported fall above 0 (in % or the unit), or a level below the baseline."""
        if actual.basis == "change":
            unit = actual.unit or "%"
            fall, steps = read_value(actual, unit)
            steps += (f"fall of {fall.text}{u(unit)} reported",)
        else:
            assert baseline is not None
            level, steps = read_value(actual, p.unit)
            base, base_steps = baseline_in(baseline, p.unit)
            steps = base_steps + steps
            unit = p.unit
            fall = level.map(lambda x: base - x, increasing=False)
            steps += (f"{num(base)} − {num(level.value)} = {num(fall.value)}{u(unit)} fall",)
        return higher_is_better(fall, 0, unit, steps, exclusive=True)
