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
    UNCOVERED_TARGET = "uncovered-target"
    UNUSED_FIGURE = "unused-figure"
    SUSPICIOUS_SILENCE = "suspicious-silence"


class GateResult(NamedTuple):
    passed: bool
    reasons: tuple[str, ...]  # one line per failed condition
    checks: tuple[str, ...] = ()  # one short phrase per condition that held, for the closing line


def coverage_text(share: float, threshold: float | None = None) -> str:
    """A coverage percentage with one decimal, or as many as it takes not to read as equal to the threshold
    it is compared with (12.397% is below 12.4%, where "12.4%" would read as equal)."""
    decimals = 1
    while threshold is not None and decimals < 6 and f"{share:.{decimals}f}" == f"{threshold:.{decimals}f}":
        if abs(share - threshold) < 1e-9:
            break
        decimals += 1
    return f"{share:.{decimals}f}%"


def _ids(ids: list[str], limit: int = 5) -> str:
    shown = ", ".join(ids[:limit])
    return shown + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def gate(
    scorecard: Scorecard, fail_on: Iterable[FailOn] = (), min_coverage: float | None = None, actuals_name: str = ""
) -> GateResult:
    """Pass only when every requested condition holds; each failure gives a one-line reason."""
    reasons: list[str] = []
    checks: list[str] = []
    overall = scorecard.summary.overall
    if overall.total == 0:
        reasons.append("no goals to audit: an empty audit never passes")
    missing = list(scorecard.summary.missing_entries)
    if missing:
        where = actuals_name or scorecard.actuals_path
        reasons.append(f"incomplete: {len(missing)} goal(s) have no entry in {where}: {_ids(missing)}")
    elif overall.total:
        checks.append(f"complete ({overall.total}/{overall.total} entries)")
    chosen = set(fail_on)
    results = scorecard.results
    if FailOn.MISSED in chosen:
        missed = [r.goal.id for r in results if r.verdict.value == "missed"]
        if missed:
            reasons.append(f"{len(missed)} goal(s) missed: {_ids(missed)}")
        else:
            checks.append("no goal missed")
    if FailOn.MISSED_COMMITMENT in chosen:
        gating = {level.id for level in scorecard.levels if level.gate}
        gated = [r for r in results if r.verdict.value == "missed" and r.level in gating]
        missed = [r.goal.id for r in gated]
        if missed:
            names = "/".join(dict.fromkeys(r.level for r in gated))
            reasons.append(f"{len(missed)} {names} goal(s) missed: {_ids(missed)}")
        else:
            checks.append("no commitment missed")
    if FailOn.UNREPORTED in chosen:
        silent = [r.goal.id for r in results if r.verdict.value == "unreported"]
        if silent:
            reasons.append(f"{len(silent)} goal(s) unreported: {_ids(silent)}")
        else:
            checks.append("nothing unreported")
    if FailOn.JUDGED_MET in chosen:
        judged = [r.goal.id for r in results if r.verdict.value == "met" and r.basis == "judged"]
        if judged:
            reasons.append(f"{len(judged)} met verdict(s) rest on judgement alone: {_ids(judged)}")
        else:
            checks.append("no met verdict rests on judgement alone")
    documents = scorecard.documents
    if documents is not None:
        document_checks = (
            (FailOn.UNCOVERED_TARGET, [u.quote for u in documents.uncovered_targets],
             "plan phrase(s) no goal quotes", "every target phrase of the plan is a goal or excluded"),
            (FailOn.UNUSED_FIGURE, [u.figure for u in documents.unused_figures],
             "review figure(s) no entry uses", "every figure of the review is used or excluded"),
            (FailOn.SUSPICIOUS_SILENCE, [s.goal for s in documents.suspicious_silences],
             "silent goal(s) the review may report", "no silence the review may contradict"),
        )  # fmt: skip
        for condition, found, failure, success in document_checks:
            if condition in chosen:
                if found:
                    reasons.append(f"{len(found)} {failure}: {_ids(found, 3)}")
                else:
                    checks.append(success)
    if min_coverage is not None and overall.total:
        coverage = overall.coverage * 100
        shown = coverage_text(coverage, min_coverage)  # the share compared, of the goals due
        if coverage + 1e-9 < min_coverage:
            reasons.append(
                f"coverage {shown} is below the required {min_coverage:g}% "
                f"({overall.scored} of {overall.due} goals scored on evidence)"
            )
        else:
            checks.append(f"coverage {shown} ≥ {min_coverage:g}%")
    return GateResult(passed=not reasons, reasons=tuple(reasons), checks=tuple(checks))
