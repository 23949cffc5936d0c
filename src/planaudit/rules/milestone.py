"""Rule milestone: something is done (held, opened, completed), optionally by a deadline."""

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from planaudit.facts import Baseline, Reported
from planaudit.rules.base import Issue, Outcome, Params, Rule, Verdict

Date = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}(-[0-9]{2}){0,2}$")]


def _not_after(date: str, deadline: str) -> bool:
    """Compare dates of different precision on their common prefix: 2019-09-02 is within 2019-09."""
    size = min(len(date), len(deadline))
    return date[:size] <= deadline[:size]


class MilestoneParams(Params):
    kind: Literal["milestone"]
    deadline: Date | None = Field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD.")


class Milestone(Rule[MilestoneParams]):
    """Met when the review reports the thing done (and, with a deadline, done by then).

    Reported "done: false" is missed; a done date after the deadline is missed.

    Met:    plan "精心举办第五届招商大会", review "高质量举办第五届招商大会" → done.
    Missed: plan "确保茶园小学今年9月如期开学" (deadline 2019-09), review reports opening 2020-02 → late.
    """

    kind = "milestone"
    params = MilestoneParams
    verdict_basis = "documented"
    uses = frozenset({"done", "date"})

    def target_text(self, p: MilestoneParams) -> str:
        return "done" if p.deadline is None else f"done by {p.deadline}"

    def describe(self, p: MilestoneParams, lang: str) -> str:
        if lang == "zh":
            return "报告已完成即为达成" + (f"（期限 {p.deadline}）" if p.deadline else "")
        return "met when the review reports it done" + (f" by {p.deadline}" if p.deadline else "")

    def check(self, p: MilestoneParams, actual: Reported) -> list[Issue]:
        issues = super().check(p, actual)
        if actual.done is None:
            issues.append(("status", "a reported milestone needs 'done: true' or 'done: false'"))
        return issues

    def judge(self, p: MilestoneParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        steps: tuple[str, ...] = ()
        met = bool(actual.done)
        if met and p.deadline is not None and actual.date is not None:
            met = _not_after(actual.date, p.deadline)
            steps = (f"done {actual.date} {'≤' if met else '>'} deadline {p.deadline}",)
        return Outcome(
            verdict=Verdict.MET if met else Verdict.MISSED,
            actual=1.0 if actual.done else 0.0,
            target=1.0,
            arithmetic=steps,
        )
