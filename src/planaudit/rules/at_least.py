"""Rule at_least: the reported level must reach a floor (optionally with a stretch above it)."""

from typing import Literal

from pydantic import Field

from planaudit.facts import Baseline, Reported, Unit
from planaudit.rules.base import (
    Figure,
    Outcome,
    Rule,
    TargetNumber,
    TextTarget,
    higher_is_better,
    num,
    read_value,
    u,
)


class AtLeastParams(TextTarget):
    kind: Literal["at_least"]
    unit: Unit | Literal[""] = Field(description="The goal's unit; '' for a bare fraction.")
    target: TargetNumber = Field(
        description='The floor: met when actual ≥ target. A number, or "1/3", "三分之一", "翻一番".'
    )
    stretch: float | None = Field(default=None, allow_inf_nan=False, description="A higher figure striven for (力争).")
    exclusive: bool = Field(default=False, description="True for 超/突破 (more than): met only when actual > target.")


class AtLeast(Rule[AtLeastParams]):
    """Higher is better: met when the reported value is at least the target.

    With exclusive: true (超200家, 突破1800元) the value must exceed the target.
    A stretch ("达到45个，力争50个") keeps the floor as the verdict and reports whether the
    stretch was reached as well. The target may be a fraction or multiple written as text
    (target: "1/3" with unit %, "翻一番" with unit 倍), shown as written. A reported value
    at another scale of the unit (万亿元 for 亿元) is converted, with the conversion shown;
    a qualified value ("10余个": qualifier more_than) decides only what its bound proves.

    Met:    plan "实到外资6亿美元" (target 6), review reports 6.2 亿美元 → 6.2 ≥ 6.
    Missed: plan "合同外资8亿美元" (target 8), review reports 7.85 亿美元 → 98.1% of target.
    """

    kind = "at_least"
    params = AtLeastParams

    def figures(self, p: AtLeastParams) -> list[Figure]:
        found: list[Figure] = [("target", p.target, p.unit)]
        return found + ([("stretch", p.stretch, p.unit)] if p.stretch is not None else [])

    def target_text(self, p: AtLeastParams) -> str:
        text = f"{'>' if p.exclusive else '≥'}{p.written or f'{num(p.target)}{u(p.unit)}'}"
        return text if p.stretch is None else f"{text} ({num(p.stretch)})"

    def describe(self, p: AtLeastParams, lang: str) -> str:
        stretch = p.stretch
        shown = p.written or f"{num(p.target)}{u(p.unit)}"
        shown_en = p.written or f"{num(p.target)} {p.unit}".rstrip()
        if lang == "zh":
            base = f"实际值{'超过' if p.exclusive else '不低于'} {shown} 即为达成"
            return base + (f"；力争 {num(stretch)}{u(p.unit)}" if stretch is not None else "")
        base = f"met when the reported value is {'more than' if p.exclusive else 'at least'} {shown_en}"
        return base + (f"; stretch {num(stretch)} {p.unit}" if stretch is not None else "")

    def joint_target(self, p: AtLeastParams) -> float | None:
        return p.target

    def judge(self, p: AtLeastParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        reading, steps = read_value(actual, p.unit)
        if p.written:
            steps = (f"target {p.written} = {num(p.target)}{u(p.unit)}", *steps)
        return higher_is_better(reading, p.target, p.unit, steps, p.stretch, exclusive=p.exclusive)
