"""Rule between: the reported level must fall inside a closed range."""

from typing import Literal

from pydantic import Field, model_validator

from planaudit.facts import Baseline, Reported, Unit
from planaudit.rules.base import Figure, Outcome, Params, Rule, Verdict, decide, num, read_value, u, undecided


class BetweenParams(Params):
    kind: Literal["between"]
    min: float = Field(allow_inf_nan=False)
    max: float = Field(allow_inf_nan=False)
    unit: Unit

    @model_validator(mode="after")
    def _ordered(self) -> "BetweenParams":
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
        return f"{num(p.min)}–{num(p.max)}{u(p.unit)}"

    def describe(self, p: BetweenParams, lang: str) -> str:
        if lang == "zh":
            return f"实际值在 {num(p.min)}–{num(p.max)}{u(p.unit)} 之间（含两端）即为达成"
        return f"met when the reported value is between {num(p.min)} and {num(p.max)} {p.unit}, inclusive"

    def judge(self, p: BetweenParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        reading, steps = read_value(actual, p.unit)
        verdict = decide(reading, p.min, p.max)
        value = reading.value
        if verdict is Verdict.UNREPORTED:
            line = undecided(reading, f"{num(p.min)}–{num(p.max)}")
        else:
            where = "inside" if verdict is Verdict.MET else ("below" if value < p.min else "above")
            line = f"{reading.text} is {where} {num(p.min)}–{num(p.max)}"
        boundary = None
        if verdict is Verdict.MISSED and reading.exact:
            boundary = p.min if value < p.min else p.max
        return Outcome(
            verdict=verdict, target=None, actual=value, unit=p.unit, arithmetic=(*steps, line), boundary=boundary
        )
