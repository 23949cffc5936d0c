"""The CI gate: data completeness always, plus whatever the options ask for."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import NamedTuple

from planaudit.scorecard import Scorecard


class FailOn(enum.StrEnum):
    MISSED = "missed"
    MISSED_COMMITMENT = "missed-commitment"
    UNREPORTED = "unreported"
    JUDGED_MET = "judged-met"


class GateResult(NamedTuple):
    passed: bool
    reasons: tuple[str, ...]


def _ids(ids: list[str], limit: int = 5) -> str:
    shown = ", ".join(ids[:limit])
    return shown + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def gate(
    scorecard: Scorecard, fail_on: Iterable[FailOn] = (), min_coverage: float | None = None, actuals_name: str = ""
) -> GateResult:
    """Pass only when every requested condition holds; each failure gives a one-line reason."""
    reasons: list[str] = []
    overall = scorecard.summary.overall
    if overall.total == 0:
        reasons.append("no goals to audit: an empty audit never passes")
    missing = list(scorecard.summary.missing_entries)
    if missing:
        where = actuals_name or scorecard.actuals_path
        reasons.append(f"incomplete: {len(missing)} goal(s) have no entry in {where}: {_ids(missing)}")
    chosen = set(fail_on)
    results = scorecard.results
    if FailOn.MISSED in chosen:
        missed = [r.goal.id for r in results if r.verdict.value == "missed"]
        if missed:
            reasons.append(f"{len(missed)} goal(s) missed: {_ids(missed)}")
    if FailOn.MISSED_COMMITMENT in chosen:
        missed = [r.goal.id for r in results if r.verdict.value == "missed" and r.goal.level == "commitment"]
        if missed:
            reasons.append(f"{len(missed)} commitment goal(s) (确保) missed: {_ids(missed)}")
    if FailOn.UNREPORTED in chosen:
        silent = [r.goal.id for r in results if r.verdict.value == "unreported"]
        if silent:
            reasons.append(f"{len(silent)} goal(s) unreported: {_ids(silent)}")
    if FailOn.JUDGED_MET in chosen:
        judged = [r.goal.id for r in results if r.verdict.value == "met" and r.basis == "judged"]
        if judged:
            reasons.append(f"{len(judged)} met verdict(s) rest on judgement alone: {_ids(judged)}")
    if min_coverage is not None and overall.total:
        coverage = overall.coverage * 100
        if coverage + 1e-9 < min_coverage:
            reasons.append(
                f"coverage {coverage:.1f}% is below the required {min_coverage:g}% "
                f"({overall.scored} of {overall.total} goals scored on evidence)"
            )
    return GateResult(passed=not reasons, reasons=tuple(reasons))
