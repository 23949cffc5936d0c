"""Rule at_most: the reported level must not exceed a ceiling."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from planaudit.rules.base import EPSILON, Figure, Outcome, Params, Rule, Verdict, num, require_value

if TYPE_CHECKING:
    from planaudit.facts import Baseline, Reported


class AtMostParams(Params):
    kind: Literal["at_most"]
    target: float = Field(allow_inf_nan=False, description="The ceiling: met when actual ≤ target.")
    unit: str = Field(min_length=1)


class AtMost(Rule[AtMostParams]):
    """Lower is better: met when the reported value is at most the target.

    Met:    plan "开工前审批最多90天" (target 90), review reports 85 天 → 85 ≤ 90.
    Missed: plan "城镇登记失业率控制在2%以内" (target 2), review reports 2.3% → 2.3 > 2.
    """

    kind = "at_most"
    params = AtMostParams

    def figures(self, p: AtMostParams) -> list[Figure]:
        return [("target", p.target, p.unit)]

    def target_text(self, p: AtMostParams) -> str:
        return f"≤{num(p.target)}{p.unit}"

    def describe(self, p: AtMostParams, lang: str) -> str:
        if lang == "zh":
            return f"实际值不高于 {num(p.target)}{p.unit} 即为达成"
        return f"met when the reported value is at most {num(p.target)} {p.unit}"

    def evaluate(self, p: AtMostParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        value = require_value(actual)
        met = value <= p.target + EPSILON
        step = f"{num(value)} {'≤' if met else '>'} {num(p.target)}"
        return Outcome(
            verdict=Verdict.MET if met else Verdict.MISSED,
            target=p.target,
            actual=value,
            unit=p.unit,
            arithmetic=(step,),
        )
