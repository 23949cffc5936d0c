"""Rule ranking: a reported rank must be at or above a position (1 is best)."""

from typing import Literal

from pydantic import Field

from planaudit.facts import Baseline, Reported
from planaudit.rules.base import Figure, Issue, Outcome, Params, Rule, Verdict, num, require_value


class RankingParams(Params):
    kind: Literal["ranking"]
    target: int = Field(ge=1, description="Met when rank ≤ target (1 is first).")
    scope: str = Field(min_length=1, description="Among whom: 全市, 全国国家级经开区, ...")


class Ranking(Rule[RankingParams]):
    """Met when the reported rank is at or above the target position (rank ≤ target).

    Met:    plan "走在全市前列" read as top 3, review "列全市第一" → rank 1 ≤ 3.
    Missed: plan "利用外资进入全国前五", review "名列第8位" → 8 > 5.
    """

    kind = "ranking"
    params = RankingParams
    ordinal = True
    uses = frozenset({"value", "unit"})

    def figures(self, p: RankingParams) -> list[Figure]:
        return [("target", float(p.target), None)]  # 第3位, 前三, top 3: a rank, whatever its counter word

    def target_text(self, p: RankingParams) -> str:
        return f"≤#{p.target} {p.scope}"

    def describe(self, p: RankingParams, lang: str) -> str:
        if lang == "zh":
            return f"在{p.scope}排名第 {p.target} 位或更前即为达成"
        return f"met when the rank in {p.scope} is {p.target} or better"

    def expected_units(self, p: RankingParams, actual: Reported) -> tuple[str, ...]:
        return ("rank",)

    def check(self, p: RankingParams, actual: Reported) -> list[Issue]:
        issues = super().check(p, actual)
        if actual.value is not None and (actual.value < 1 or actual.value != int(actual.value)):
            issues.append(("value", "a rank is a whole number from 1"))
        return issues

    def judge(self, p: RankingParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        rank = require_value(actual)
        met = rank <= p.target
        return Outcome(
            verdict=Verdict.MET if met else Verdict.MISSED,
            target=float(p.target),
            actual=rank,
            unit="rank",
            arithmetic=(f"rank {num(rank)} {'≤' if met else '>'} {p.target}",),
        )
