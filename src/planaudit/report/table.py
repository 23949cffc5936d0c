"""The terminal scorecard: one table per plan section, then the summary and the findings."""

from __future__ import annotations

from planaudit.i18n import Lang, label, title_of
from planaudit.report.common import (
    RenderOptions,
    actual_cell,
    attainment_cell,
    goal_title,
    percent,
    shown_results,
    stretch_text,
    summary_lines,
    target_cell,
    untracked_prior,
    untracked_value,
    verdict_cell,
)
from planaudit.report.grid import Cell, Column, paint, render_table, wrap
from planaudit.rules.base import num
from planaudit.scorecard import GoalResult, Scorecard, Tally

VERDICT_STYLES = {"met": "green", "missed": "red", "unreported": "yellow"}


def render(scorecard: Scorecard, options: RenderOptions) -> str:
    lang, color, total = options.lang, options.color, options.width
    plan = scorecard.plan
    out = _heading(f"{title_of(plan.title, plan.title_en, lang)} · {plan.period}", total, color)
    shown = shown_results(scorecard, options)
    if not shown:
        out.append(label("no_goals_shown", lang))
    columns = [
        Column(label("col.verdict", lang), wrap=False),
        # Ids stay whole on one line wherever they fit: people copy them into `explain`.
        Column(
            label("col.goal", lang), flexible=True, min_width=min(24, max((len(r.goal.id) for r in shown), default=8))
        ),
        Column(label("col.target", lang), max_width=14),
        Column(label("col.actual", lang), max_width=12),
        Column(label("col.attainment", lang), right=True, wrap=False),
        Column(label("col.level", lang), wrap=False),
    ]
    for section, results in scorecard.by_section(shown):
        out += ["", *_heading(title_of(section.title, section.title_en, lang), total, color)]
        out += render_table(columns, [_goal_row(result, lang) for result in results], total, color=color)
    out += _summary(scorecard, lang, color, total)
    return "\n".join(out) + "\n"


def _goal_row(result: GoalResult, lang: Lang) -> list[Cell | str]:
    verdict = result.verdict.value
    goal = f"{result.goal.id}\n{goal_title(result, lang)}"
    extra = stretch_text(result, lang)
    if extra:
        goal += f"\n{extra}"
    return [
        Cell(verdict_cell(result, lang, "\n"), VERDICT_STYLES[verdict]),
        goal,
        target_cell(result, lang),
        actual_cell(result, lang),
        attainment_cell(result),
        label(result.goal.level, lang),
    ]


def _heading(text: str, total: int, color: bool) -> list[str]:
    return [paint(line, "bold", color) for line in wrap(text, total)]


def _tally_cells(tally: Tally) -> list[Cell | str]:
    return [str(tally.total), str(tally.met), str(tally.missed), str(tally.unreported), percent(tally.unreported_share)]


def _summary(scorecard: Scorecard, lang: Lang, color: bool, total: int) -> list[str]:
    summary = scorecard.summary
    overall = summary.overall
    out = ["", paint(label("summary", lang), "bold", color), f"{label('total', lang)}: {overall.total}"]
    out += [f"  {line}" for line in summary_lines(overall, lang)]
    out.append(f"{label('coverage', lang)}: {percent(overall.coverage)} ({overall.scored}/{overall.total})")
    if summary.stretch_goals:
        out.append(f"{label('stretch_reached', lang)}: {summary.stretch_reached}/{summary.stretch_goals}")
    if summary.missing_entries:
        missing = f"{label('missing_entries', lang)}: {', '.join(summary.missing_entries)}"
        out += [paint(line, "red", color) for line in wrap(missing, total)]
    numbers = [Column(label(k, lang), right=True, wrap=False) for k in ("col.total", "met", "missed", "unreported")]
    silence_columns = [
        Column(label("col.section", lang), flexible=True),
        *numbers,
        Column(label("col.unreported_share", lang), right=True, wrap=False),
    ]
    silence_rows: list[list[Cell | str]] = [
        [title_of(s.title, s.title_en, lang), *_tally_cells(t)] for s, t in summary.by_section
    ]
    silence_rows += [[f"[{label(level, lang)}]", *_tally_cells(t)] for level, t in summary.by_level]
    out += ["", *_heading(label("silence", lang), total, color)]
    out += render_table(silence_columns, silence_rows, total, color=color)
    if scorecard.consistency:
        columns = [
            Column(label("col.measure", lang), flexible=True),
            Column(label("col.implied", lang), right=True, wrap=False),
            Column(label("col.baseline", lang), right=True, wrap=False),
            Column(label("col.status", lang), wrap=False),
        ]
        rows: list[list[Cell | str]] = []
        for finding in scorecard.consistency:
            status = "consistent" if finding.consistent else "inconsistent"
            rows.append(
                [
                    title_of(finding.title, finding.title_en, lang),
                    f"{finding.implied_base:.2f}",
                    num(finding.baseline.value),
                    Cell(label(status, lang), "green" if finding.consistent else "red"),
                ]
            )
        out += ["", *_heading(label("consistency", lang), total, color)]
        out += render_table(columns, rows, total, color=color)
    if scorecard.lints:
        out += ["", *_heading(label("lints", lang), total, color)]
        for doubt in scorecard.lints:
            text = f"{doubt.goal_id}: {doubt.message} [{doubt.code}]"
            out += [paint(line, "yellow", color) for line in wrap(text, total)]
    if scorecard.untracked:
        columns = [
            Column(label("col.measure", lang), flexible=True),
            Column(label("col.value", lang), right=True, wrap=False),
            Column(label("col.prior", lang), right=True, wrap=False),
        ]
        rows = []
        for item in scorecard.untracked:
            rows.append(
                [title_of(item.item.title, item.item.title_en, lang), untracked_value(item), untracked_prior(item)]
            )
        out += ["", *_heading(label("untracked", lang), total, color)]
        out += render_table(columns, rows, total, color=color)
    return out
