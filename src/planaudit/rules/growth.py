"""Rule growth: growth over the baseline, in percent, must reach a target rate."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from planaudit.rules.base import Figure, Outcome, Params, Rule, clean, higher_is_better, num, require_value, signed

if TYPE_CHECKING:
    from planaudit.facts import Baseline, Reported


class GrowthParams(Params):
    kind: Literal["growth"]
    target_pct: float = Field(allow_inf_nan=False, description="Minimum growth over the baseline, in percent.")
    unit: str = Field(min_length=1, description="Unit of the level that grows (the baseline's unit).")
    stretch_pct: float | None = Field(default=None, allow_inf_nan=False)


class Growth(Rule[GrowthParams]):
    """Met when growth over the baseline is at least target_pct percent (higher is better).

    The review may report the new level (basis: level, in the goal's unit), from which the
    engine derives the growth against the baseline, or the growth rate itself (basis: change,
    unit %).

    Met:    plan "楼宇税收增长15%", baseline 22.2 亿元, review reports 25.8 亿元 → +16.2%.
    Missed: plan "数字经济增加值增长10%以上", review reports growth of 8% → 8 < 10.
    """

    kind = "growth"
    params = GrowthParams
    needs_baseline = True
    uses = frozenset({"value", "unit", "basis"})

    def figures(self, p: GrowthParams) -> list[Figure]:
        found: list[Figure] = [("target_pct", p.target_pct, "%")]
        return found + ([("stretch_pct", p.stretch_pct, "%")] if p.stretch_pct is not None else [])

    def target_text(self, p: GrowthParams) -> str:
        text = f"≥{signed(p.target_pct)}%"
        return text if p.stretch_pct is None else f"{text} ({signed(p.stretch_pct)}%)"

    def describe(self, p: GrowthParams, lang: str) -> str:
        if lang == "zh":
            return f"比基期增长不低于 {num(p.target_pct)}% 即为达成"
        return f"met when growth over the baseline is at least {num(p.target_pct)}%"

    def expected_units(self, p: GrowthParams, actual: Reported) -> tuple[str, ...]:
        return ("%",) if actual.basis == "change" else (p.unit,)

    def evaluate(self, p: GrowthParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        value = require_value(actual)
        steps: tuple[str, ...] = ()
        if actual.basis == "change":
            growth = value
        else:
            assert baseline is not None and baseline.value > 0
            growth = clean((value / baseline.value - 1) * 100)
            steps = (f"{num(value)} ÷ {num(baseline.value)} − 1 = {signed(round(growth, 1))}%",)
        return higher_is_better(growth, p.target_pct, "%", steps, p.stretch_pct)
