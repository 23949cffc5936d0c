"""Rule growth: growth over the baseline, in percent, must reach a target rate."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field, field_validator

from planaudit.facts import Unit
from planaudit.rules.base import Figure, Outcome, Params, Rule, baseline_in, higher_is_better, num, read_value, signed

if TYPE_CHECKING:
    from planaudit.facts import Baseline, Reported


class GrowthParams(Params):
    kind: Literal["growth"]
    target_pct: float | None = Field(
        default=None,
        allow_inf_nan=False,
        description="Minimum growth over the baseline, in percent; omitted: any growth (继续扩大, keep rising).",
    )
    unit: Unit = Field(description="Unit of the level that grows (the baseline's unit).")
    stretch_pct: float | None = Field(default=None, allow_inf_nan=False)

    @field_validator("target_pct")
    @classmethod
    def _not_a_fall(cls, value: float | None) -> float | None:
        if value is not None and value < 0:
            raise ValueError(
                f"a negative growth target ({num(value)}%) is a fall: use kind: decline with target_pct: {num(-value)}"
            )
        return value


class Growth(Rule[GrowthParams]):
    """Met when growth over the baseline is at least target_pct percent (higher is better).

    The review may report the new level (basis: level, in the goal's unit), from which the
    engine derives the growth against the baseline, or the growth rate itself (basis: change,
    unit %).

    A negative target_pct is refused: a planned fall is a decline goal. Without target_pct the plan asks only
    for growth ("继续扩大…规模"): met when the measure grows at all (> 0%).

    Met:    plan "楼宇税收增长15%", baseline 22.2 亿元, review reports 25.8 亿元 → +16.2%.
    Missed: plan "数字经济增加值增长10%以上", review reports growth of 8% → 8 < 10.
    """

    kind = "growth"
    params = GrowthParams
    needs_baseline = True
    uses = frozenset({"value", "unit", "basis", "qualifier"})

    def figures(self, p: GrowthParams) -> list[Figure]:
        found: list[Figure] = [] if p.target_pct is None else [("target_pct", p.target_pct, "%")]
        return found + ([("stretch_pct", p.stretch_pct, "%")] if p.stretch_pct is not None else [])

    def target_text(self, p: GrowthParams) -> str:
        text = ">0%" if p.target_pct is None else f"≥{signed(p.target_pct)}%"
        return text if p.stretch_pct is None else f"{text} ({signed(p.stretch_pct)}%)"

    def describe(self, p: GrowthParams, lang: str) -> str:
        if p.target_pct is None:
            return "比基期增长即为达成" if lang == "zh" else "met when the measure grows at all"
        if lang == "zh":
            return f"比基期增长不低于 {num(p.target_pct)}% 即为达成"
        return f"met when growth over the baseline is at least {num(p.target_pct)}%"

    def expected_units(self, p: GrowthParams, actual: Reported) -> tuple[str, ...]:
        return ("%",) if actual.basis == "change" else (p.unit,)

    def judge(self, p: GrowthParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        if actual.basis == "change":
            growth, steps = read_value(actual, "%")
        else:
            assert baseline is not None and baseline.value > 0
            level, steps = read_value(actual, p.unit)
            base, base_steps = baseline_in(baseline, p.unit)
            steps = base_steps + steps
            growth = level.map(lambda x: (x / base - 1) * 100)
            steps += (f"{num(level.value)} ÷ {num(base)} − 1 = {signed(round(growth.value, 1))}%",)
        if p.target_pct is None:
            return higher_is_better(growth, 0, "%", steps, exclusive=True)
        return higher_is_better(growth, p.target_pct, "%", steps, p.stretch_pct)
