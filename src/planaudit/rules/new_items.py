"""Rule new_items: a number of new items, derived as reported cumulative total − baseline total."""

from typing import Literal

from pydantic import Field

from planaudit.facts import Baseline, Reported, Unit
from planaudit.rules.base import Figure, Outcome, Params, Rule, baseline_in, higher_is_better, num, read_value, u


class NewItemsParams(Params):
    kind: Literal["new_items"]
    target: float = Field(ge=0, allow_inf_nan=False, description="How many new items the plan asks for.")
    unit: Unit
    stretch: float | None = Field(default=None, allow_inf_nan=False)


class NewItems(Rule[NewItemsParams]):
    """Met when the number of new items is at least the target.

    The review usually reports a cumulative total (basis: level): the engine subtracts the
    baseline total. Where it reports the number added (basis: change), that is used as is.

    Met:    plan "新增国家高新技术企业15家以上", review reports 16 added → 16 ≥ 15.
    Missed: plan "引进世界500强项目10个", baseline 35, review "累计达到37家" → 37 − 35 = 2 new, 20%.
    """

    kind = "new_items"
    params = NewItemsParams
    needs_baseline = True
    uses = frozenset({"value", "unit", "basis", "qualifier"})

    def figures(self, p: NewItemsParams) -> list[Figure]:
        found: list[Figure] = [("target", p.target, p.unit)]
        return found + ([("stretch", p.stretch, p.unit)] if p.stretch is not None else [])

    def target_text(self, p: NewItemsParams) -> str:
        text = f"+{num(p.target)}{u(p.unit)}"
        return text if p.stretch is None else f"{text} ({num(p.stretch)})"

    def describe(self, p: NewItemsParams, lang: str) -> str:
        if lang == "zh":
            return f"新增不少于 {num(p.target)}{u(p.unit)} 即为达成（累计数减去基期累计数）"
        return f"met when at least {num(p.target)} {p.unit} are added (cumulative total minus the baseline total)"

    def judge(self, p: NewItemsParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        if actual.basis == "change":
            added, steps = read_value(actual, p.unit)
        else:
            assert baseline is not None
            total, steps = read_value(actual, p.unit)
            base, base_steps = baseline_in(baseline, p.unit)
            steps = base_steps + steps
            added = total.map(lambda x: x - base)
            steps += (f"{num(total.value)} − {num(base)} = {num(added.value)} new",)
        return higher_is_better(added, p.target, p.unit, steps, p.stretch)
