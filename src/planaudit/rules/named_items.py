"""Rule named_items: a list of named projects, each done or not; progress is k of n."""

from typing import Literal

from pydantic import Field, model_validator

from planaudit.facts import Baseline, Reported
from planaudit.rules.base import Figure, Issue, Outcome, Params, Progress, Rule, Verdict, pct


class NamedItemsParams(Params):
    kind: Literal["named_items"]
    items: list[str] = Field(min_length=1, description="The names the plan lists.")
    min_done: int | None = Field(default=None, ge=1, description="How many must be done; default all.")

    @model_validator(mode="after")
    def _consistent(self) -> "NamedItemsParams":
        if len(set(self.items)) != len(self.items):
            raise ValueError("items must be unique")
        if any(not item.strip() for item in self.items):
            raise ValueError("items must not be empty")
        if self.min_done is not None and self.min_done > len(self.items):
            raise ValueError("min_done is larger than the number of items")
        return self

    @property
    def required(self) -> int:
        return self.min_done if self.min_done is not None else len(self.items)


class NamedItems(Rule[NamedItemsParams]):
    """Each named item is done, not done, or not mentioned (silent, the default).

    Met when at least min_done items (default: all) are reported done; missed when items
    reported not done make that impossible; otherwise unreported, with the progress shown.

    Met:    plan "槜李路、万国路跨河大桥", review "槜李大桥、万国大桥建成通车" → 2 of 2.
    Missed: plan names 4 parks, review says 2 were abandoned → at most 2 of 4 can be done.
    """

    kind = "named_items"
    params = NamedItemsParams
    verdict_basis = "documented"
    uses = frozenset({"items"})

    def figures(self, p: NamedItemsParams) -> list[Figure]:
        return [] if p.min_done is None else [("min_done", float(p.min_done), None)]

    def target_text(self, p: NamedItemsParams) -> str:
        return f"{p.required}/{len(p.items)}"

    def describe(self, p: NamedItemsParams, lang: str) -> str:
        names = "、".join(p.items)
        if lang == "zh":
            return f"{names}中至少 {p.required} 项报告完成即为达成"
        return f"met when at least {p.required} of {len(p.items)} named items are reported done: {names}"

    def check(self, p: NamedItemsParams, actual: Reported) -> list[Issue]:
        issues = super().check(p, actual)
        if actual.items is None:
            issues.append(("status", "a reported named_items goal needs 'items' (name: done|not_done|silent)"))
            return issues
        known = set(p.items)
        for name in actual.items:
            if name not in known:
                issues.append(("items", f"item {name!r} is not one of the goal's items: {', '.join(p.items)}"))
        return issues

    def judge(self, p: NamedItemsParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        statuses = actual.items or {}
        done = sum(1 for item in p.items if statuses.get(item) == "done")
        not_done = sum(1 for item in p.items if statuses.get(item) == "not_done")
        silent = len(p.items) - done - not_done
        if done >= p.required:
            verdict = Verdict.MET
        elif done + silent < p.required:
            verdict = Verdict.MISSED
        else:
            verdict = Verdict.UNREPORTED
        attainment = done / p.required
        return Outcome(
            verdict=verdict,
            target=float(p.required),
            actual=float(done),
            unit="items",
            attainment=attainment,
            arithmetic=(f"{done} of {p.required} reported done = {pct(attainment)} ({silent} not mentioned)",),
            progress=Progress(done=done, total=len(p.items), not_done=not_done, silent=silent),
        )
