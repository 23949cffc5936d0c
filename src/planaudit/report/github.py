"""GitHub Actions workflow commands: annotations on the goal's line in the targets file."""

from __future__ import annotations

from planaudit.i18n import label
from planaudit.report.common import RenderOptions, actual_cell, goal_title, percent, shown_results, target_cell
from planaudit.scorecard import Scorecard


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(scorecard: Scorecard, options: RenderOptions) -> str:
    lang = options.lang
    lines = []
    for result in shown_results(scorecard, options):
        verdict = result.verdict.value
        if verdict == "met":
            continue
        command = "error" if verdict == "missed" else "warning"
        where = f"file={_prop(scorecard.targets_path)}"
        if result.line:
            where += f",line={result.line}"
        title = _prop(f"{label(verdict, lang)}: {result.goal.id}")
        if verdict == "missed":
            message = (
                f"{goal_title(result, lang)}: target {target_cell(result, lang)}, actual {actual_cell(result, lang)}"
            )
        else:
            message = f"{goal_title(result, lang)}: {'; '.join(result.notes) or label('silent_note', lang)}"
        lines.append(f"::{command} {where},title={title}::{_data(message)}")
    for finding in scorecard.consistency:
        if not finding.consistent:
            message = f"{finding.title}: {'; '.join(finding.arithmetic)}"
            lines.append(f"::warning title={_prop('inconsistent: ' + finding.subject_id)}::{_data(message)}")
    for item in scorecard.lints:
        where = f"file={_prop(scorecard.actuals_path)},line={item.location.line}"
        lines.append(
            f"::warning {where},title={_prop('lint ' + item.code + ': ' + item.goal_id)}::{_data(item.message)}"
        )
    overall = scorecard.summary.overall
    lines.append(
        f"::notice title=planaudit::{overall.total} goals: {overall.met} met, {overall.missed} missed, "
        f"{overall.unreported} unreported, coverage {_data(percent(overall.coverage))}"
    )
    return "\n".join(lines) + "\n"
