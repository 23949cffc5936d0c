"""Rule new_items: a number of new items, derived as reported cumulative total − baseline total."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from planaudit.rules.base import Figure, Outcome, Params, Rule, clean, higher_is_better, num, require_value

if TYPE_CHECKING:
    from planaudit.facts import Baseline, Reported


class NewItemsParams(Params):
    kind: Literal["new_items"]
    target: float = Field(ge=0, allow_inf_nan=False, description="How many new items the plan asks for.")
    unit: str = Field(min_length=1)
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
    uses = frozenset({"value", "unit", "basis"})

    def figures(self, p: NewItemsParams) -> list[Figure]:
        found: list[Figure] = [("target", p.target, p.unit)]
        return found + ([("stretch", p.stretch, p.unit)] if p.stretch is not None else [])

    def target_text(self, p: NewItemsParams) -> str:
        text = f"+{num(p.target)}{p.unit}"
        return text if p.stretch is None else f"{text} ({num(p.stretch)})"

    def describe(self, p: NewItemsParams, lang: str) -> str:
        if lang == "zh":
            return f"新增不少于 {num(p.target)}{p.unit} 即为达成（累计数减去基期累计数）"
        return f"met when at least {num(p.target)} {p.unit} are added (cumulative total minus the baseline total)"

    def evaluate(self, p: NewItemsParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        value = require_value(actual)
        steps: tuple[str, ...] = ()
        if actual.basis == "change":
            added = value
        else:
            assert baseline is not None
            added = clean(value - baseline.value)
            steps = (f"{num(value)} − {num(baseline.value)} = {num(added)} new",)
        return higher_is_better(added, p.target, p.unit, steps, p.stretch)
