"""GitHub Actions workflow commands: annotations on the goal's line in the targets file."""

from __future__ import annotations

from planaudit.errors import Problem
from planaudit.i18n import label
from planaudit.report.common import (
    RenderOptions,
    actual_cell,
    gate_line,
    goal_title,
    percent,
    shown_results,
    target_cell,
    verdict_cell,
)
from planaudit.scorecard import Scorecard
from planaudit.textsafe import visible


def _data(text: str) -> str:
    """A workflow command's message: controls spelled out, then %, CR and LF encoded as the runner expects."""
    return visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def error_annotation(problem: Problem) -> str:
    """An input problem as an ::error annotation on its file and line."""
    where = f"file={_prop(problem.location.path)}"
    if problem.location.line:
        where += f",line={problem.location.line},col={problem.location.column}"
    return f"::error {where},title=planaudit: invalid input::{_data(problem.message)}"


# GitHub shows at most 10 error and 10 warning annotations of a step; the rest are counted in one notice.
MAX_PER_KIND = 10


def render(scorecard: Scorecard, options: RenderOptions) -> str:
    lang = options.lang
    errors: list[str] = []
    warnings: list[str] = []
    for finding in scorecard.consistency:
        if not finding.consistent:
            message = f"{finding.title}: {'; '.join(finding.arithmetic)}"
            warnings.append(f"::warning title={_prop('inconsistent: ' + finding.subject_id)}::{_data(message)}")
    for item in scorecard.lints:
        where = f"file={_prop(scorecard.actuals_path)},line={item.location.line}"
        title = _prop(f"lint {item.code}: {item.goal_id}")
        warnings.append(f"::warning {where},title={title}::{_data(item.message)}")
    if scorecard.documents is not None:
        for silence in scorecard.documents.suspicious_silences:
            title = _prop(f"suspicious silence: {silence.goal}")
            warnings.append(f"::warning file={_prop(scorecard.actuals_path)},title={title}::{_data(silence.reason)}")
    shown = shown_results(scorecard, options)
    # Partly reported goals before wholly silent ones: they are closer to a verdict.
    ordered = [r for r in shown if r.verdict.value == "missed"] + sorted(
        (r for r in shown if r.verdict.value == "unreported"), key=lambda r: not r.partial
    )
    for result in ordered:
        verdict = result.verdict.value
        where = f"file={_prop(scorecard.targets_path)}"
        if result.line:
            where += f",line={result.line}"
        title = _prop(f"{verdict_cell(result, lang, ' · ')}: {result.goal.id}")
        if verdict == "missed":
            message = (
                f"{goal_title(result, lang)}: target {target_cell(result, lang)}, actual {actual_cell(result, lang)}"
            )
            errors.append(f"::error {where},title={title}::{_data(message)}")
        else:
            message = f"{goal_title(result, lang)}: {'; '.join(result.notes) or label('silent_note', lang)}"
            warnings.append(f"::warning {where},title={title}::{_data(message)}")
    lines = errors[:MAX_PER_KIND] + warnings[:MAX_PER_KIND]
    hidden_errors, hidden_warnings = max(0, len(errors) - MAX_PER_KIND), max(0, len(warnings) - MAX_PER_KIND)
    if hidden_errors or hidden_warnings:
        lines.append(
            f"::notice title=planaudit::{hidden_errors} more error(s) and {hidden_warnings} more warning(s) not "
            f"annotated (GitHub shows {MAX_PER_KIND} of each per step); the step summary lists every goal"
        )
    overall = scorecard.summary.overall
    outcome = gate_line(scorecard, options)
    lines.append(
        f"::notice title=planaudit::{overall.total} goals: {overall.met} met, {overall.missed} missed, "
        f"{overall.unreported} unreported, coverage {_data(percent(overall.coverage))}"
        + (f"; {_data(outcome)}" if outcome else "")
    )
    return "\n".join(lines) + "\n"
