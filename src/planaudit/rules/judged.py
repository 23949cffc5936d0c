"""Rule judged: a qualitative goal; the actuals entry carries the verdict and the reasoning."""

from typing import Literal

from planaudit.facts import Baseline, Reported
from planaudit.rules.base import Issue, Outcome, Params, Rule, Verdict


class JudgedParams(Params):
    kind: Literal["judged"]


class Judged(Rule[JudgedParams]):
    """A commitment with no number: the auditor records 'verdict: met|missed' and a 'rationale'.

    Met:    plan "办好第二届禾之源群众文化艺术节", review "高质量举办第二届禾之源群众文化艺术节".
    Missed: plan "确保区域空气和水质进一步改善", review reports air quality worse than last year.
    """

    kind = "judged"
    params = JudgedParams
    verdict_basis = "judged"
    uses = frozenset({"verdict", "rationale", "fact", "suffices_because"})

    def target_text(self, p: JudgedParams) -> str:
        return "judged"

    def describe(self, p: JudgedParams, lang: str) -> str:
        if lang == "zh":
            return "定性目标：由审计者依据证据判断并说明理由"
        return "qualitative: the auditor judges the evidence and records the reasoning"

    def check(self, p: JudgedParams, actual: Reported) -> list[Issue]:
        issues = super().check(p, actual)
        if actual.verdict is None:
            issues.append(("status", "a reported judged goal needs 'verdict: met' or 'verdict: missed'"))
        if actual.rationale is None:
            issues.append(("status", "a reported judged goal needs a 'rationale'"))
        return issues

    def judge(self, p: JudgedParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        verdict = Verdict.MET if actual.verdict == "met" else Verdict.MISSED
        return Outcome(verdict=verdict, arithmetic=(f"judged: {actual.rationale}",))
