"""The terminal scorecard: one rich table per plan section, then the summary and findings."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from planaudit.i18n import label, title_of, verdict_text
from planaudit.report.common import (
    RenderOptions,
    actual_cell,
    attainment_cell,
    goal_title,
    percent,
    shown_results,
    stretch_text,
    target_cell,
)
from planaudit.rules.base import num
from planaudit.scorecard import Scorecard, Tally

if TYPE_CHECKING:
    from rich.console import Console

VERDICT_STYLES = {"met": "green", "missed": "bold red", "unreported": "yellow"}


def render(scorecard: Scorecard, options: RenderOptions) -> str:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=options.width,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="standard" if options.color else None,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
        soft_wrap=False,
    )
    draw(scorecard, options, console)
    return buffer.getvalue()


def draw(scorecard: Scorecard, options: RenderOptions, console: Console) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    lang = options.lang
    plan = scorecard.plan
    console.print(Text(f"{title_of(plan.title, plan.title_en, lang)} · {plan.period}", style="bold"))
    shown = shown_results(scorecard, options)
    if not shown:
        console.print(label("no_goals_shown", lang))
    for section in scorecard.sections:
        rows = [r for r in shown if r.section.id == section.id]
        if not rows:
            continue
        table = Table(
            title=Text(title_of(section.title, section.title_en, lang), style="bold"),
            title_justify="left",
            box=box.SIMPLE_HEAD,
            pad_edge=False,
            expand=True,
        )
        table.add_column(label("col.verdict", lang), no_wrap=True)
        table.add_column(label("col.goal", lang), overflow="fold", ratio=1, min_width=16)
        table.add_column(label("col.target", lang), overflow="fold", max_width=14)
        table.add_column(label("col.actual", lang), overflow="fold", max_width=12)
        table.add_column(label("col.attainment", lang), justify="right", no_wrap=True)
        table.add_column(label("col.level", lang), no_wrap=True)
        for result in rows:
            verdict = result.verdict.value
            goal = Text(result.goal.id, style="bold")
            goal.append("\n" + goal_title(result, lang), style="")
            extra = stretch_text(result, lang)
            if extra:
                goal.append(f"\n{extra}", style="dim")
            table.add_row(
                Text(verdict_text(verdict, lang), style=VERDICT_STYLES[verdict]),
                goal,
                target_cell(result, lang),
                actual_cell(result, lang),
                attainment_cell(result),
                label(result.goal.level, lang),
            )
        console.print(table)
    _summary(scorecard, options, console)


def _summary(scorecard: Scorecard, options: RenderOptions, console: Console) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    lang = options.lang
    summary = scorecard.summary
    overall = summary.overall
    console.print(Text(label("summary", lang), style="bold"))
    console.print(
        f"{label('total', lang)}: {overall.total}   "
        + "   ".join(f"{verdict_text(v, lang)}: {getattr(overall, v)}" for v in ("met", "missed", "unreported"))
    )
    console.print(f"{label('coverage', lang)}: {percent(overall.coverage)} ({overall.scored}/{overall.total})")
    if summary.stretch_goals:
        console.print(f"{label('stretch_reached', lang)}: {summary.stretch_reached}/{summary.stretch_goals}")
    if summary.missing_entries:
        console.print(Text(f"{label('missing_entries', lang)}: {', '.join(summary.missing_entries)}", style="bold red"))
    silence = Table(
        title=Text(label("silence", lang), style="bold"), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False
    )
    silence.add_column(label("col.section", lang), overflow="fold", ratio=1)
    for key in ("col.total", "met", "missed", "unreported", "col.unreported_share"):
        silence.add_column(label(key, lang), justify="right", no_wrap=True)
    for section, tally in summary.by_section:
        silence.add_row(title_of(section.title, section.title_en, lang), *_cells(tally))
    for level, tally in summary.by_level:
        silence.add_row(f"[{label(level, lang)}]", *_cells(tally))
    console.print(silence)
    if scorecard.consistency:
        table = Table(
            title=Text(label("consistency", lang), style="bold"),
            title_justify="left",
            box=box.SIMPLE_HEAD,
            pad_edge=False,
        )
        table.add_column(label("col.measure", lang), overflow="fold", ratio=1)
        table.add_column(label("col.implied", lang), justify="right", no_wrap=True)
        table.add_column(label("col.baseline", lang), justify="right", no_wrap=True)
        table.add_column(label("col.status", lang), no_wrap=True)
        for finding in scorecard.consistency:
            status = "consistent" if finding.consistent else "inconsistent"
            table.add_row(
                title_of(finding.title, finding.title_en, lang),
                f"{finding.implied_base:.2f}",
                num(finding.baseline.value),
                Text(label(status, lang), style="green" if finding.consistent else "bold red"),
            )
        console.print(table)
    if scorecard.untracked:
        table = Table(
            title=Text(label("untracked", lang), style="bold"),
            title_justify="left",
            box=box.SIMPLE_HEAD,
            pad_edge=False,
        )
        table.add_column(label("col.measure", lang), overflow="fold", ratio=1)
        table.add_column(label("col.value", lang), justify="right", overflow="fold")
        table.add_column(label("col.prior", lang), justify="right", overflow="fold")
        for item in scorecard.untracked:
            value = "—" if item.item.value is None else f"{num(item.item.value)}{item.item.unit or ''}"
            prior = "—" if item.baseline is None else f"{num(item.baseline.value)}{item.baseline.unit}"
            table.add_row(title_of(item.item.title, item.item.title_en, lang), value, prior)
        console.print(table)


def _cells(tally: Tally) -> tuple[str, ...]:
    return (str(tally.total), str(tally.met), str(tally.missed), str(tally.unreported), percent(tally.unreported_share))
