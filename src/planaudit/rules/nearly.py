"""Rule nearly: a floor a stated margin below the plan's figure (近2万亿元: nearly 2 trillion)."""

from typing import Literal

from pydantic import Field, model_validator

from planaudit.facts import Baseline, Reported, Unit
from planaudit.rules.base import Figure, Outcome, Params, Rule, clean, higher_is_better, num, read_value, u


class NearlyParams(Params):
    kind: Literal["nearly"]
    target: float = Field(gt=0, allow_inf_nan=False, description="The figure the plan says it will nearly reach.")
    unit: Unit
    margin_pct: float | None = Field(
        default=None, gt=0, lt=100, allow_inf_nan=False, description="Met at target × (1 − margin_pct ÷ 100) or more."
    )
    margin: float | None = Field(default=None, gt=0, allow_inf_nan=False, description="Met at target − margin or more.")

    @model_validator(mode="after")
    def _one_margin(self) -> "NearlyParams":
        if (self.margin_pct is None) == (self.margin is None):
            raise ValueError("give exactly one of margin_pct or margin: how far below the figure 'nearly' reaches")
        if self.margin is not None and self.margin >= self.target:
            raise ValueError("margin must be smaller than the target")
        return self

    @property
    def floor(self) -> float:
        if self.margin_pct is not None:
            return clean(self.target * (1 - self.margin_pct / 100))
        return clean(self.target - (self.margin or 0))


class Nearly(Rule[NearlyParams]):
    """Met when the reported value reaches the floor a stated margin below the plan's figure.

    "近2万亿元" promises almost 2 万亿元: with margin_pct 5 it is met at 1.9 万亿元 or more
    (target × (1 − 5 ÷ 100)); with margin 0.1 at 2 − 0.1. The margin is the auditor's reading
    of 近 and is always stated. Attainment is reported ÷ floor.

    Met:    plan "减税降费近2万亿元" (margin_pct 5), review "减税降费2.36万亿元" → 2.36 ≥ 1.9.
    Missed: the same plan, review "减税降费1.8万亿元" → 1.8 < 1.9.
    """

    kind = "nearly"
    params = NearlyParams

    def figures(self, p: NearlyParams) -> list[Figure]:
        return [("target", p.target, p.unit)]  # the margin is the auditor's reading of 近

    def target_text(self, p: NearlyParams) -> str:
        return f"≥{num(p.floor)}{u(p.unit)} (近{num(p.target)})"

    def describe(self, p: NearlyParams, lang: str) -> str:
        margin = f"{num(p.margin_pct)}%" if p.margin_pct is not None else f"{num(p.margin or 0)}{u(p.unit)}"
        if lang == "zh":
            return f"接近 {num(p.target)}{u(p.unit)}：实际值不低于 {num(p.floor)}{u(p.unit)}（差额 {margin}）即为达成"
        return (
            f"met when the reported value is at least {num(p.floor)} {p.unit}: nearly {num(p.target)}, margin {margin}"
        )

    def joint_target(self, p: NearlyParams) -> float | None:
        return p.target

    def judge(self, p: NearlyParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        reading, steps = read_value(actual, p.unit)
        if p.margin_pct is not None:
            step = f"floor {num(p.target)} × (1 − {num(p.margin_pct)}%) = {num(p.floor)}"
        else:
            step = f"floor {num(p.target)} − {num(p.margin or 0)} = {num(p.floor)}"
        return higher_is_better(reading, p.floor, p.unit, (step, *steps))
