"""Rule at_least: the reported level must reach a floor (optionally with a stretch above it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from planaudit.rules.base import (
    EPSILON,
    Figure,
    Outcome,
    Params,
    Rule,
    Verdict,
    at_least,
    num,
    ratio_step,
    require_value,
)

if TYPE_CHECKING:
    from planaudit.facts import Baseline, Reported


class AtLeastParams(Params):
    kind: Literal["at_least"]
    target: float = Field(allow_inf_nan=False, description="The floor: met when actual ≥ target.")
    unit: str = Field(min_length=1)
    stretch: float | None = Field(default=None, allow_inf_nan=False, description="A higher figure striven for (力争).")
    exclusive: bool = Field(default=False, description="True for 超/突破 (more than): met only when actual > target.")


def _reaches(value: float, target: float, exclusive: bool) -> bool:
    return value > target + EPSILON if exclusive else at_least(value, target)


class AtLeast(Rule[AtLeastParams]):
    """Higher is better: met when the reported value is at least the target.

    With exclusive: true (超200家, 突破1800元) the value must exceed the target.
    A stretch ("达到45个，力争50个") keeps the floor as the verdict and reports whether the
    stretch was reached as well.

    Met:    plan "实到外资6亿美元" (target 6), review reports 6.2 亿美元 → 6.2 ≥ 6.
    Missed: plan "合同外资8亿美元" (target 8), review reports 7.85 亿美元 → 98.1% of target.
    """

    kind = "at_least"
    params = AtLeastParams

    def figures(self, p: AtLeastParams) -> list[Figure]:
        found: list[Figure] = [("target", p.target, p.unit)]
        return found + ([("stretch", p.stretch, p.unit)] if p.stretch is not None else [])

    def target_text(self, p: AtLeastParams) -> str:
        text = f"{'>' if p.exclusive else '≥'}{num(p.target)}{p.unit}"
        return text if p.stretch is None else f"{text} ({num(p.stretch)})"

    def describe(self, p: AtLeastParams, lang: str) -> str:
        stretch = p.stretch
        if lang == "zh":
            base = f"实际值{'超过' if p.exclusive else '不低于'} {num(p.target)}{p.unit} 即为达成"
            return base + (f"；力争 {num(stretch)}{p.unit}" if stretch is not None else "")
        base = f"met when the reported value is {'more than' if p.exclusive else 'at least'} {num(p.target)} {p.unit}"
        return base + (f"; stretch {num(stretch)} {p.unit}" if stretch is not None else "")

    def evaluate(self, p: AtLeastParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        value = require_value(actual)
        attainment, steps = ratio_step(value, p.target)
        return Outcome(
            verdict=Verdict.MET if _reaches(value, p.target, p.exclusive) else Verdict.MISSED,
            target=p.target,
            actual=value,
            unit=p.unit,
            attainment=attainment,
            arithmetic=steps,
            stretch=p.stretch,
            stretch_reached=None if p.stretch is None else _reaches(value, p.stretch, p.exclusive),
        )
