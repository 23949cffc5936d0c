"""Rule between: the reported level must fall inside a closed range."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field, model_validator

from planaudit.rules.base import EPSILON, Figure, Outcome, Params, Rule, Verdict, num, require_value

if TYPE_CHECKING:
    from planaudit.facts import Baseline, Reported


class BetweenParams(Params):
    kind: Literal["between"]
    min: float = Field(allow_inf_nan=False)
    max: float = Field(allow_inf_nan=False)
    unit: str = Field(min_length=1)

    @model_validator(mode="after")
    def _ordered(self) -> BetweenParams:
        if self.min >= self.max:
            raise ValueError("min must be below max")
        return self


class Between(Rule[BetweenParams]):
    """Met when min ≤ reported value ≤ max (both ends included).

    Met:    plan "GDP增长6%—6.5%" (6 to 6.5 %), review reports 6.2% → inside.
    Missed: the same plan, review reports 7% → above the range.
    """

    kind = "between"
    params = BetweenParams

    def figures(self, p: BetweenParams) -> list[Figure]:
        return [("min", p.min, p.unit), ("max", p.max, p.unit)]

    def target_text(self, p: BetweenParams) -> str:
        return f"{num(p.min)}–{num(p.max)}{p.unit}"

    def describe(self, p: BetweenParams, lang: str) -> str:
        if lang == "zh":
            return f"实际值在 {num(p.min)}–{num(p.max)}{p.unit} 之间（含两端）即为达成"
        return f"met when the reported value is between {num(p.min)} and {num(p.max)} {p.unit}, inclusive"

    def evaluate(self, p: BetweenParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        value = require_value(actual)
        met = p.min - EPSILON <= value <= p.max + EPSILON
        where = "inside" if met else ("below" if value < p.min else "above")
        return Outcome(
            verdict=Verdict.MET if met else Verdict.MISSED,
            target=None,
            actual=value,
            unit=p.unit,
            arithmetic=(f"{num(value)} is {where} {num(p.min)}–{num(p.max)}",),
        )
