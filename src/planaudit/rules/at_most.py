"""Rule at_most: the reported level must not exceed a ceiling."""

from typing import Literal

from pydantic import Field

from planaudit.facts import Baseline, Reported, Unit
from planaudit.rules.base import Figure, Outcome, Rule, TargetNumber, TextTarget, lower_is_better, num, read_value, u


class AtMostParams(TextTarget):
    kind: Literal["at_most"]
    unit: Unit | Literal[""] = Field(description="The goal's unit; '' for a bare fraction.")
    target: TargetNumber = Field(description='The ceiling: met when actual ≤ target. A number, or "1/3", "一半".')
    exclusive: bool = Field(default=False, description="True for 低于/不足 (less than): met only when actual < target.")


class AtMost(Rule[AtMostParams]):
    """Lower is better: met when the reported value is at most the target.

    Attainment is target ÷ actual, so that better is never below 100% and is not capped:
    2% against a ceiling of 2.5% is 125%, 2.3% against 2% is 87.0%. A bound the review
    states ("5%以内": qualifier at_most) can prove a ceiling held; "more than" never can.

    Met:    plan "开工前审批最多90天" (target 90), review reports 85 天 → 85 ≤ 90.
    Missed: plan "城镇登记失业率控制在2%以内" (target 2), review reports 2.3% → 2.3 > 2.
    """

    kind = "at_most"
    params = AtMostParams

    def figures(self, p: AtMostParams) -> list[Figure]:
        return [("target", p.target, p.unit)]

    def target_text(self, p: AtMostParams) -> str:
        return f"{'<' if p.exclusive else '≤'}{p.written or f'{num(p.target)}{u(p.unit)}'}"

    def describe(self, p: AtMostParams, lang: str) -> str:
        shown = p.written or f"{num(p.target)}{u(p.unit)}"
        if lang == "zh":
            return f"实际值{'低于' if p.exclusive else '不高于'} {shown} 即为达成"
        shown = p.written or f"{num(p.target)} {p.unit}".rstrip()
        return f"met when the reported value is {'less than' if p.exclusive else 'at most'} {shown}"

    def joint_target(self, p: AtMostParams) -> float | None:
        return p.target

    def judge(self, p: AtMostParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        reading, steps = read_value(actual, p.unit)
        if p.written:
            steps = (f"target {p.written} = {num(p.target)}{u(p.unit)}", *steps)
        return lower_is_better(reading, p.target, p.unit, steps, exclusive=p.exclusive)
