"""The CI gate: data completeness always, plus whatever the options ask for."""

import enum
from collections.abc import Iterable
from typing import NamedTuple

from planaudit.i18n import Lang, label
from planaudit.reading.lazyre import LazyPattern
from planaudit.scorecard import Scorecard

DRAFT_MARK = "# draft: check"  # what `planaudit draft` writes after every guess a person must confirm
_QUOTED = LazyPattern(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\n]|\'\')*\'')


def draft_marks(text: str) -> int:
    """How many '# draft: check' comments a YAML text still holds (the words inside a quoted string do not count)."""
    if DRAFT_MARK not in text:
        return 0
    return sum(DRAFT_MARK in _QUOTED.sub("", line) for line in text.splitlines() if DRAFT_MARK in line)


class FailOn(enum.StrEnum):
    MISSED = "missed"
    MISSED_COMMITMENT = "missed-commitment"
    UNREPORTED = "unreported"
    JUDGED_MET = "judged-met"
    UNCOVERED_TARGET = "uncovered-target"
    UNUSED_FIGURE = "unused-figure"
    SUSPICIOUS_SILENCE = "suspicious-silence"
    OFF_TRACK = "off-track"


OFF_TRACK_PACES = frozenset({"acceleration_needed", "limited_progress", "deterioration", "off_track"})


class Finding(NamedTuple):
    """One condition of the gate, held or failed, as a label key and its values; worded in either language."""

    key: str
    values: tuple[object, ...] = ()
    ids: tuple[str, ...] = ()  # the goals (or phrases) concerned, the first few shown
    shown: int = 5

    def text(self, lang: Lang = "en") -> str:
        words = label(f"gate.{self.key}", lang).format(*self.values)
        if not self.ids:
            return words
        listed = ("、" if lang == "zh" else ", ").join(self.ids[: self.shown])
        rest = len(self.ids) - self.shown
        if rest > 0:
            listed += label("gate.more", lang).format(rest)
        return f"{words}{'：' if lang == 'zh' else ': '}{listed}"


class GateResult(NamedTuple):
    passed: bool
    failed: tuple[Finding, ...]  # one per failed condition
    held: tuple[Finding, ...] = ()  # one per condition that held, for the closing line
    data_only: bool = True  # no condition but the data's completeness was asked for

    @property
    def reasons(self) -> tuple[str, ...]:
        """The failed conditions in English, one line each (stderr)."""
        return tuple(f.text() for f in self.failed)

    @property
    def checks(self) -> tuple[str, ...]:
        """The conditions that held, in English, one phrase each."""
        return tuple(f.text() for f in self.held)

    def line(self, lang: Lang = "en") -> str:
        """The outcome in one line, naming what was checked: "data gate passed: every goal has an entry (96/96)"."""
        which = ("data_gate" if self.data_only else "gate") + ("_passed" if self.passed else "_failed")
        colon, semicolon = ("：", "；") if lang == "zh" else (": ", "; ")
        parts = [f.text(lang) for f in (self.held if self.passed else self.failed)]
        return f"{label(which, lang)}{colon}{semicolon.join(parts) or '—'}"


def coverage_text(share: float, threshold: float | None = None) -> str:
    """A coverage percentage with one decimal, or as many as it takes not to read as equal to the threshold
    it is compared with (12.397% is below 12.4%, where "12.4%" would read as equal)."""
    decimals = 1
    while threshold is not None and decimals < 6 and f"{share:.{decimals}f}" == f"{threshold:.{decimals}f}":
        if abs(share - threshold) < 1e-9:
            break
        decimals += 1
    return f"{share:.{decimals}f}%"


def gate(
    scorecard: Scorecard,
    fail_on: Iterable[FailOn] = (),
    min_coverage: float | None = None,
    actuals_name: str = "",
    unreviewed: int = 0,
) -> GateResult:
    """Pass only when every requested condition holds; each failure gives a one-line reason.

    unreviewed: the '# draft: check' marks left in the audit's files; a drafted audit nobody has read never passes.
    """
    reasons: list[Finding] = []
    checks: list[Finding] = []
    if unreviewed:
        reasons.append(Finding("unreviewed", (unreviewed,)))
    overall = scorecard.summary.overall
    if overall.total == 0:
        reasons.append(Finding("empty"))
    missing = list(scorecard.summary.missing_entries)
    if missing:
        where = actuals_name or scorecard.actuals_path
        reasons.append(Finding("incomplete", (len(missing), where), tuple(missing)))
    elif overall.total:
        checks.append(Finding("complete", (overall.total,)))
    chosen = set(fail_on)
    results = scorecard.results
    if FailOn.MISSED in chosen:
        missed = [r.goal.id for r in results if r.verdict.value == "missed"]
        if missed:
            reasons.append(Finding("missed", (len(missed),), tuple(missed)))
        else:
            checks.append(Finding("no_missed"))
    if FailOn.MISSED_COMMITMENT in chosen:
        gating = {level.id for level in scorecard.levels if level.gate}
        gated = [r for r in results if r.verdict.value == "missed" and r.level in gating]
        missed = [r.goal.id for r in gated]
        if missed:
            names = "/".join(dict.fromkeys(r.level for r in gated))
            reasons.append(Finding("missed_level", (len(missed), names), tuple(missed)))
        else:
            checks.append(Finding("no_missed_level"))
    if FailOn.OFF_TRACK in chosen:
        gating = {level.id for level in scorecard.levels if level.gate}
        behind = [r for r in results if r.outcome.pace in OFF_TRACK_PACES and r.level in gating]
        if behind:
            names = "/".join(dict.fromkeys(r.level for r in behind))
            reasons.append(Finding("off_track", (len(behind), names), tuple(r.goal.id for r in behind)))
        else:
            checks.append(Finding("no_off_track"))
    if FailOn.UNREPORTED in chosen:
        silent = [r.goal.id for r in results if r.verdict.value == "unreported"]
        if silent:
            reasons.append(Finding("unreported", (len(silent),), tuple(silent)))
        else:
            checks.append(Finding("no_unreported"))
    if FailOn.JUDGED_MET in chosen:
        judged = [r.goal.id for r in results if r.verdict.value == "met" and r.basis == "judged"]
        if judged:
            reasons.append(Finding("judged_met", (len(judged),), tuple(judged)))
        else:
            checks.append(Finding("no_judged_met"))
    documents = scorecard.documents
    if documents is not None:
        # Counted from the totals: the lists hold only the first MAX_LISTED of a hostile document's millions.
        silences = [s.goal for s in documents.suspicious_silences]
        document_checks = (
            (FailOn.UNCOVERED_TARGET, documents.target_phrases - documents.covered_targets,
             [u.quote for u in documents.uncovered_targets], "uncovered", "no_uncovered"),
            (FailOn.UNUSED_FIGURE, documents.review_figures - documents.used_figures,
             [u.figure for u in documents.unused_figures], "unused", "no_unused"),
            (FailOn.SUSPICIOUS_SILENCE, len(silences), silences, "silence", "no_silence"),
        )  # fmt: skip
        for condition, count, found, failure, success in document_checks:
            if condition in chosen:
                if count:
                    reasons.append(Finding(failure, (count,), tuple(found), shown=3))
                else:
                    checks.append(Finding(success))
    if min_coverage is not None and overall.total:
        coverage = overall.coverage * 100
        shown = coverage_text(coverage, min_coverage)  # the share compared, of the goals due
        if coverage + 1e-9 < min_coverage:
            reasons.append(Finding("coverage_low", (shown, f"{min_coverage:g}", overall.scored, overall.due)))
        else:
            checks.append(Finding("coverage_ok", (shown, f"{min_coverage:g}")))
    data_only = not chosen and min_coverage is None
    return GateResult(passed=not reasons, failed=tuple(reasons), held=tuple(checks), data_only=data_only)
