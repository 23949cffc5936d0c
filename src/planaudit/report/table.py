"""The terminal scorecard: what was audited, what needs attention, each section in brief, and the outcome last."""

from __future__ import annotations

from planaudit.i18n import Lang, label, title_of
from planaudit.report.common import (
    RenderOptions,
    actual_cell,
    attainment_cell,
    document_lines,
    gate_line,
    goal_title,
    level_heading,
    level_name,
    percent,
    shown_results,
    stretch_text,
    summary_lines,
    target_cell,
    unreported_reason,
    untracked_prior,
    untracked_value,
    verdict_cell,
    verdict_counts,
)
from planaudit.report.grid import Cell, Column, paint, render_table, wrap
from planaudit.rules.base import num, u
from planaudit.scorecard import GoalResult, Scorecard, Tally

VERDICT_STYLES = {"met": "green", "missed": "red", "unreported": "yellow", "not_due": "dim"}


def render(scorecard: Scorecard, options: RenderOptions) -> str:
    """Header, attention list, per-section counts (every goal with --all or a --verdict filter), summary, gate."""
    lang, color, total = options.lang, options.color, options.width
    out = _header(scorecard, lang, color, total)
    out += _unreviewed(options)
    out += _attention(scorecard, options)
    if options.all or options.verdicts:
        out += _listing(scorecard, options)
    out += _sections(scorecard, lang, color, total)
    out += _findings(scorecard, lang, color, total)
    out += _summary(scorecard, options)
    return "\n".join(out) + "\n"


def _heading(text: str, total: int, color: bool) -> list[str]:
    return [paint(line, "bold", color) for line in wrap(text, total)]


def _header(scorecard: Scorecard, lang: Lang, color: bool, total: int) -> list[str]:
    plan = scorecard.plan
    colon = label("colon", lang)
    out = _heading(
        f"{label('report_title', lang)}{colon}{title_of(plan.title, plan.title_en, lang)} · {plan.period}", total, color
    )
    sources = ", ".join(f"{sid} ({title_of(s.title, s.title_en, lang)})" for sid, s in scorecard.sources.items())
    out += wrap(f"{label('sources', lang)}{colon}{sources}", total)
    overall = scorecard.summary.overall
    counts = verdict_counts(overall, lang)
    coverage = f"{label('coverage_short', lang)} {percent(overall.coverage)}"
    out += wrap(f"{label('n_goals', lang).format(overall.total)}{colon}{counts} · {coverage}", total)
    return out


def _unreviewed(options: RenderOptions) -> list[str]:
    """An unreviewed draft is said before any verdict: they rest on guesses nobody has confirmed yet."""
    failed = options.gate.failed if options.gate is not None else ()
    texts = [finding.text(options.lang) for finding in failed if finding.key == "unreviewed"]
    return [paint(line, "red", options.color) for text in texts for line in wrap(text, options.width)]


def _attention_rows(scorecard: Scorecard, options: RenderOptions) -> list[GoalResult]:
    """Missed goals, then partly reported ones: what a reader must look at first."""
    shown = shown_results(scorecard, options)
    missed = [r for r in shown if r.verdict.value == "missed"]
    partial = [r for r in shown if r.partial or r.undecided]
    return missed + partial


def _attention(scorecard: Scorecard, options: RenderOptions) -> list[str]:
    lang, color, total = options.lang, options.color, options.width
    rows = _attention_rows(scorecard, options)
    out = ["", *_heading(f"{label('attention', lang)} ({len(rows)})", total, color)]
    if not rows:
        return [*out, label("nothing_to_attend", lang)]
    out += render_table(_goal_columns(rows, lang), [_goal_row(r, lang, scorecard) for r in rows], total, color=color)
    return out


def _goal_columns(results: list[GoalResult], lang: Lang) -> list[Column]:
    return [
        # The verdict's first line ("? unreported", "partial 1/2") stays whole; "basis: documented" may wrap.
        Column(label("col.verdict", lang), min_width=12),
        # Ids stay whole on one line wherever they fit: people copy them into `explain`.
        Column(
            label("col.goal", lang), flexible=True, min_width=min(24, max((len(r.goal.id) for r in results), default=8))
        ),
        Column(label("col.target", lang), max_width=14),
        Column(label("col.actual", lang), max_width=12),
        Column(label("col.attainment", lang), right=True, wrap=False),
        Column(label("col.level", lang)),  # "commitment" is cut only below 57 columns
    ]


def _goal_row(result: GoalResult, lang: Lang, scorecard: Scorecard) -> list[Cell | str]:
    level = level_name(scorecard, result.level, lang)
    verdict = result.verdict.value
    goal = f"{result.goal.id}\n{goal_title(result, lang)}"
    extra = stretch_text(result, lang)
    if extra:
        goal += f"\n{extra}"
    if result.undecided:  # reported on but not decided: the reason and the evidence, never hidden as silence
        goal += f"\n{unreported_reason(result, lang)}"
    return [
        Cell(verdict_cell(result, lang, "\n"), VERDICT_STYLES[verdict]),
        goal,
        target_cell(result, lang),
        actual_cell(result, lang),
        attainment_cell(result),
        level,
    ]


def _listing(scorecard: Scorecard, options: RenderOptions) -> list[str]:
    lang, color, total = options.lang, options.color, options.width
    shown = shown_results(scorecard, options)
    out = ["", *_heading(label("all_goals", lang), total, color)]
    if not shown:
        return [*out, label("no_goals_shown", lang)]
    columns = _goal_columns(shown, lang)
    for section, results in scorecard.by_section(shown):
        out += ["", *_heading(title_of(section.title, section.title_en, lang), total, color)]
        out += render_table(columns, [_goal_row(result, lang, scorecard) for result in results], total, color=color)
    return out


def _tally_cells(tally: Tally) -> list[Cell | str]:
    return [
        str(tally.total),
        str(tally.met),
        str(tally.missed),
        str(tally.unreported),
        percent(tally.unreported_share),
    ]


def _sections(scorecard: Scorecard, lang: Lang, color: bool, total: int) -> list[str]:
    """Each section, and each commitment level, in one line: the silence picture."""
    summary = scorecard.summary
    numbers = [Column(label(k, lang), right=True, wrap=False) for k in ("col.total", "met", "missed", "unreported")]
    columns = [
        Column(label("col.section", lang), flexible=True),
        *numbers,
        Column(label("col.unreported_share", lang), right=True, wrap=False),
    ]
    rows: list[list[Cell | str]] = [
        [title_of(s.title, s.title_en, lang), *_tally_cells(t)] for s, t in summary.by_section
    ]
    out = ["", *_heading(label("by_section_heading", lang), total, color)]
    out += render_table(columns, rows, total, color=color)
    level_columns = [Column(label("col.level", lang), flexible=True), *columns[1:]]
    level_rows: list[list[Cell | str]] = [
        [level_heading(scorecard, level, lang), *_tally_cells(t)] for level, t in summary.by_level
    ]
    out += ["", *_heading(label("by_level_heading", lang), total, color)]
    out += render_table(level_columns, level_rows, total, color=color)
    return out


def _findings(scorecard: Scorecard, lang: Lang, color: bool, total: int) -> list[str]:
    out: list[str] = []
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
                    f"{finding.implied_base:.2f}{u(finding.unit)}",
                    f"{num(finding.baseline.value)}{u(finding.baseline.unit)}",
                    Cell(label(status, lang), "green" if finding.consistent else "red"),
                ]
            )
        out += ["", *_heading(label("consistency", lang), total, color)]
        out += render_table(columns, rows, total, color=color)
    if scorecard.untracked:
        columns = [
            Column(label("col.measure", lang), flexible=True),
            Column(label("col.value", lang), right=True, wrap=False),
            Column(label("col.prior", lang), right=True, wrap=False),
        ]
        # Outcomes the review states without a figure ("Kaixi bridge construction started") are listed apart,
        # by title: a table row of dashes says nothing.
        figures = [x for x in scorecard.untracked if x.item.value is not None or x.baseline is not None]
        words = [x for x in scorecard.untracked if x.item.value is None and x.baseline is None]
        rows = [
            [title_of(x.item.title, x.item.title_en, lang), untracked_value(x), untracked_prior(x)] for x in figures
        ]
        out += ["", *_heading(f"{label('untracked', lang)} ({len(scorecard.untracked)})", total, color)]
        if rows:
            out += render_table(columns, rows, total, color=color)
        if words:
            out += ["", *wrap(f"{label('untracked_words', lang)} ({len(words)}){label('colon', lang)}", total)]
            for x in words:
                lines = wrap(title_of(x.item.title, x.item.title_en, lang), max(total - 2, 8))
                out += [f"- {lines[0]}", *(f"  {line}" for line in lines[1:])]
    if scorecard.documents is not None:
        out += ["", *_heading(label("documents", lang), total, color)]
        for line in document_lines(scorecard, lang):
            out += wrap(line, total)
    if scorecard.lints:
        out += ["", *_heading(f"{label('lints', lang)} ({len(scorecard.lints)})", total, color)]
        for doubt in scorecard.lints:
            text = f"{doubt.goal_id}: {doubt.text(lang)} [{doubt.code}]"
            out += [paint(line, "yellow", color) for line in wrap(text, total)]
    return out


def _summary(scorecard: Scorecard, options: RenderOptions) -> list[str]:
    lang, color, total = options.lang, options.color, options.width
    summary = scorecard.summary
    overall = summary.overall
    colon = label("colon", lang)
    result = label("result_for", lang).format(overall.total)
    out = ["", paint(label("summary", lang), "bold", color), f"{result}{colon.rstrip()}"]
    out += [f"  {part}" for line in summary_lines(overall, lang) for part in wrap(line, max(total - 2, 8))]
    out += wrap(f"{label('coverage', lang)}{colon}{percent(overall.coverage)} ({overall.scored}/{overall.due})", total)
    if summary.stretch_goals:
        out += wrap(f"{label('stretch_reached', lang)}{colon}{summary.stretch_reached}/{summary.stretch_goals}", total)
    if summary.missing_entries:
        missing = f"{label('missing_entries', lang)}{colon}{', '.join(summary.missing_entries)}"
        out += [paint(line, "red", color) for line in wrap(missing, total)]
    line = gate_line(scorecard, options)
    if line:
        style = "green" if options.gate is not None and options.gate.passed else "red"
        out += [paint(part, style, color) for part in wrap(line, total)]
    return out
