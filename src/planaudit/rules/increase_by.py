"""Rule increase_by: a level must rise by at least an amount (增加30元, raise by $25): value − prior value."""

from typing import Literal

from pydantic import Field

from planaudit.facts import Baseline, Reported, Unit
from planaudit.rules.base import (
    Figure,
    Outcome,
    Params,
    Rule,
    baseline_in,
    higher_is_better,
    num,
    read_value,
    signed,
    u,
)


class IncreaseByParams(Params):
    kind: Literal["increase_by"]
    target: float = Field(
        gt=0, allow_inf_nan=False, description="The rise the plan asks for, in the unit (增加30元: 30)."
    )
    unit: Unit = Field(description="Unit of the level (and of the rise).")


class IncreaseBy(Rule[IncreaseByParams]):
    """Met when the level rises by at least the amount: reported level − baseline level ≥ target.

    The review may report the new level (basis: level, against the goal's baseline, which
    quotes the prior level) or the rise itself (basis: change). A value at another scale of
    the unit (万元 for 元) is converted, with the conversion shown.

    Met:    plan "人均财政补助标准增加30元", baseline 520 元, review "提高到550元" → 550 − 520 = +30.
    Missed: plan "raise the allowance by $25", review "raised by $20" → +20 < 25.
    """

    kind = "increase_by"
    params = IncreaseByParams
    needs_baseline = True  # for a reported level; a reported rise (basis: change) needs none
    uses = frozenset({"value", "unit", "basis", "qualifier"})

    def figures(self, p: IncreaseByParams) -> list[Figure]:
        return [("target", p.target, p.unit)]

    def target_text(self, p: IncreaseByParams) -> str:
        return f"≥+{num(p.target)}{u(p.unit)}"

    def describe(self, p: IncreaseByParams, lang: str) -> str:
        if lang == "zh":
            return f"比基期增加不少于 {num(p.target)}{u(p.unit)} 即为达成"
        return f"met when the level rises by at least {num(p.target)} {p.unit} over the baseline"

    def judge(self, p: IncreaseByParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        if actual.basis == "change":
            rise, steps = read_value(actual, p.unit)
        else:
            assert baseline is not None
            level, steps = read_value(actual, p.unit)
            base, base_steps = baseline_in(baseline, p.unit)
            steps = base_steps + steps
            rise = level.map(lambda x: x - base)
            steps += (f"{num(level.value)} − {num(base)} = {signed(rise.value)}{u(p.unit)}",)
        return higher_is_better(rise, p.target, p.unit, steps)
