"""GitHub Actions workflow commands: annotations on the goal's line in the targets file."""

from __future__ import annotations

from collections.abc import Mapping

from planaudit.errors import Problem
from planaudit.i18n import Lang, label
from planaudit.report.common import (
    RenderOptions,
    actual_cell,
    gate_line,
    goal_title,
    percent,
    shown_results,
    target_cell,
    unreported_reason,
    verdict_cell,
)
from planaudit.scorecard import GoalResult, Scorecard
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


# GitHub shows at most 10 annotations of each level a step; the rest are counted in one notice.
MAX_PER_KIND = 10
# The gate conditions that fail on goals: their goals are errors, the step fails because of them.
GOAL_CONDITIONS = frozenset({"missed", "missed_level", "unreported", "judged_met"})


def _gating(options: RenderOptions) -> tuple[set[str], bool]:
    """The goals the gate failed on, and whether it failed on suspicious silences: what must be fixed."""
    gate = options.gate
    if gate is None:
        return set(), False
    goals = {goal for f in gate.failed if f.key in GOAL_CONDITIONS for goal in f.ids}
    return goals, any(f.key == "silence" for f in gate.failed)


def render(scorecard: Scorecard, options: RenderOptions) -> str:
    """One annotation per finding, at the level of what a reviewer must do about it: an error only for what
    failed the gate (so a passing step shows none), a warning for missed goals and doubts about the data,
    a notice for goals the review leaves unreported, partly or wholly."""
    levels, closing = every_annotation(scorecard, options)
    return "\n".join(capped(levels, [closing], "planaudit", "the step summary lists every goal")) + "\n"


def every_annotation(scorecard: Scorecard, options: RenderOptions) -> tuple[dict[str, list[str]], str]:
    """Every annotation of the audit by level, most pressing first and not capped, and its closing notice."""
    lang = options.lang
    gated_goals, gated_silence = _gating(options)
    levels: dict[str, list[str]] = {"error": [], "warning": [], "notice": []}
    for finding in scorecard.consistency:
        if not finding.consistent:
            message = f"{finding.title}: {'; '.join(finding.arithmetic)}"
            levels["warning"].append(
                f"::warning title={_prop('inconsistent: ' + finding.subject_id)}::{_data(message)}"
            )
    for item in scorecard.lints:
        where = f"file={_prop(scorecard.actuals_path)},line={item.location.line}"
        title = _prop(f"lint {item.code}{' (accepted)' if item.accepted is not None else ''}: {item.goal_id}")
        levels["warning"].append(f"::warning {where},title={title}::{_data(item.text(lang))}")
    if scorecard.documents is not None:
        level = "error" if gated_silence else "warning"
        for silence in scorecard.documents.suspicious_silences:
            title = _prop(f"suspicious silence: {silence.goal}")
            levels[level].append(
                f"::{level} file={_prop(scorecard.actuals_path)},title={title}::{_data(silence.reason)}"
            )
    shown = shown_results(scorecard, options)
    gated = [r for r in shown if r.goal.id in gated_goals]
    # Partly reported goals before wholly silent ones: they are closer to a verdict.
    ordered = gated + [r for r in shown if r.verdict.value == "missed" and r.goal.id not in gated_goals]
    ordered += sorted(
        (r for r in shown if r.verdict.value == "unreported" and r.goal.id not in gated_goals),
        key=lambda r: not (r.partial or r.undecided),
    )
    for result in ordered:
        verdict = result.verdict.value
        where = f"file={_prop(scorecard.targets_path)}"
        if result.line:
            where += f",line={result.line}"
        title = _prop(f"{verdict_cell(result, lang, ' · ')}: {result.goal.id}")
        level = "error" if result.goal.id in gated_goals else "warning" if verdict == "missed" else "notice"
        levels[level].append(f"::{level} {where},title={title}::{_data(_message(result, lang))}")
    overall = scorecard.summary.overall
    outcome = gate_line(scorecard, options)
    closing = (
        f"::notice title=planaudit::{overall.total} goals: {overall.met} met, {overall.missed} missed, "
        f"{overall.unreported} unreported, coverage {_data(percent(overall.coverage))}"
        + (f"; {_data(outcome)}" if outcome else "")
    )
    return levels, closing


def capped(
    levels: dict[str, list[str]], closing: list[str], title: str, rest: str, hidden: Mapping[str, int] | None = None
) -> list[str]:
    """At most MAX_PER_KIND annotations of each level, the closing notices included; when some are left out
    (here, or already in `hidden`), one notice says how many of each and where the rest are."""
    room = {"error": MAX_PER_KIND, "warning": MAX_PER_KIND, "notice": MAX_PER_KIND - len(closing)}
    earlier = dict.fromkeys(room, 0) | dict(hidden or {})
    over = any(earlier.values()) or any(len(found) > room[level] for level, found in levels.items())
    if over:
        room["notice"] -= 1  # for the notice that counts what is left out
    left = {level: earlier[level] + max(0, len(found) - room[level]) for level, found in levels.items()}
    lines = [line for level, found in levels.items() for line in found[: room[level]]]
    if over:
        counts = ", ".join(f"{n} more {level}(s)" for level, n in left.items() if n)
        lines.append(
            f"::notice title={title}::{counts} not annotated (GitHub shows {MAX_PER_KIND} of each level per step); "
            f"{rest}"
        )
    return lines + closing


def _message(result: GoalResult, lang: Lang) -> str:
    """What the annotation says of a goal: target and actual, how much of it is reported, or why none is."""
    title = goal_title(result, lang)
    notes = list(result.notes)
    progress = result.outcome.progress
    if result.verdict.value in {"met", "missed"}:
        target, actual = target_cell(result, lang), actual_cell(result, lang)
        facts = f"{label('col.target', lang).lower()} {target}, {label('col.actual', lang).lower()} {actual}"
    elif result.partial and progress is not None:
        facts = f"{label('partial', lang)} {progress.done}/{progress.total}"
    else:
        facts = unreported_reason(result, lang)
        notes = []
    return f"{title}: {'; '.join([facts, *notes])}"
