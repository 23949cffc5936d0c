"""What every reporter shares: render options and the text of each cell."""

from __future__ import annotations

from typing import NamedTuple

from planaudit.i18n import Lang, label, title_of
from planaudit.rules import RULES
from planaudit.rules.base import num, pct, signed
from planaudit.scorecard import GoalResult, Scorecard, UntrackedResult


class RenderOptions(NamedTuple):
    lang: Lang = "en"
    width: int = 80
    color: bool = False
    verdicts: frozenset[str] = frozenset()

    def shows(self, result: GoalResult) -> bool:
        return not self.verdicts or result.verdict.value in self.verdicts


def shown_results(scorecard: Scorecard, options: RenderOptions) -> list[GoalResult]:
    return [r for r in scorecard.results if options.shows(r)]


def target_cell(result: GoalResult, lang: Lang = "en") -> str:
    params = result.goal.rule
    if lang == "zh" and params.kind == "judged":
        return "定性"
    if lang == "zh" and params.kind == "milestone":
        return "完成" if params.deadline is None else f"{params.deadline}前完成"
    return RULES[params.kind].target_text(params)


def actual_cell(result: GoalResult, lang: Lang) -> str:
    outcome = result.outcome
    kind = result.goal.rule.kind
    if result.entry != "reported":
        return "—"
    if kind == "milestone":
        done = bool(outcome.actual)
        return ("完成" if done else "未完成") if lang == "zh" else ("done" if done else "not done")
    if kind == "judged":
        return "判断" if lang == "zh" else "judged"
    if outcome.progress is not None:
        return f"{outcome.progress.done}/{outcome.progress.total}"
    if outcome.actual is None:
        return "—"
    if kind == "ranking":
        return f"#{num(outcome.actual)}"
    if kind in {"growth", "pp_change"}:
        return f"{signed(outcome.actual)}{outcome.unit}"
    if kind == "new_items":
        return f"+{num(outcome.actual)}{outcome.unit}"
    return f"{num(outcome.actual)}{outcome.unit}"


def attainment_cell(result: GoalResult) -> str:
    value = result.outcome.attainment
    return "—" if value is None else pct(value)


def goal_title(result: GoalResult, lang: Lang) -> str:
    return title_of(result.goal.title, result.goal.title_en, lang)


def section_title(result: GoalResult, lang: Lang) -> str:
    return title_of(result.section.title, result.section.title_en, lang)


def stretch_text(result: GoalResult, lang: Lang) -> str | None:
    if result.outcome.stretch_reached is None:
        return None
    key = "stretch_yes" if result.outcome.stretch_reached else "stretch_no"
    return f"{label(key, lang)} ({num(result.outcome.stretch or 0)})"


def percent(share: float) -> str:
    return f"{share * 100:.1f}%"


def untracked_value(result: UntrackedResult) -> str:
    item = result.item
    return "—" if item.value is None else f"{num(item.value)}{item.unit or ''}"


def untracked_prior(result: UntrackedResult) -> str:
    """The prior-year figure, marked ≈ where the baseline is only approximate."""
    baseline = result.baseline
    if baseline is None:
        return "—"
    return f"{'≈' if baseline.approximate else ''}{num(baseline.value)}{baseline.unit}"
