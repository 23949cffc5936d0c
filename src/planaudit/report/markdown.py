"""The GitHub-flavoured markdown summary, for PR comments and CI job summaries."""

from __future__ import annotations

from planaudit.i18n import Lang, label, title_of
from planaudit.reading.lazyre import compile_re
from planaudit.report.common import (
    RenderOptions,
    actual_cell,
    attainment_cell,
    basis_text,
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
    untracked_prior,
    untracked_value,
    verdict_cell,
    verdict_counts,
)
from planaudit.rules.base import num
from planaudit.scorecard import GoalResult, Scorecard, Tally
from planaudit.textsafe import visible

# What a GFM renderer (or markdown-it with linkify) could make a link, an image or an autolink of:
# brackets (`[text](url)`, `![alt](src)`, `[text][ref]`), the colon of a scheme (`https://`, `javascript:`,
# `mailto:`), the first slash of `//` (a scheme-less link), the dot of `www.` or of a domain name (`example.com`)
# and the `@` of an address. Each is backslash-escaped: it still renders as itself, but no longer as markup, and
# a linkifier sees the text around it in separate pieces.
_LINKISH = compile_re(
    r"[\[\]@]|:(?=/)|/(?=/)|(?i:(?<=mailto)|(?<=xmpp)|(?<=javascript)|(?<=vbscript)|(?<=data)|(?<=file)):|(?<=\w)\.(?=[^\W\d_])"
)


def cell(text: str) -> str:
    """Text safe inside a GFM table cell: pipes escaped, newlines as <br>, no raw HTML, and nothing the user
    wrote becomes a link, an image or an autolink."""
    escaped = visible(text).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
    escaped = _LINKISH.sub(lambda m: "\\" + m.group(), escaped)
    return escaped.replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>")


def inline(text: str) -> str:
    """Text safe in a list item: one line, no raw HTML, markdown punctuation escaped."""
    out = cell(text).replace("<br>", " ")
    for char in "*_`#":
        out = out.replace(char, "\\" + char)
    return out


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str], rows: list[list[str]], align: str | None = None) -> list[str]:
    separator = align or "|" + "|".join("---" for _ in header) + "|"
    return [_row([cell(h) for h in header]), separator, *(_row([cell(c) for c in r]) for r in rows)]


def _tally_cells(tally: Tally) -> list[str]:
    return [str(tally.total), str(tally.met), str(tally.missed), str(tally.unreported), percent(tally.unreported_share)]


def _detail(result: GoalResult, lang: Lang) -> str:
    parts = [f"**{inline(result.goal.id)}** {inline(goal_title(result, lang))}"]
    basis = basis_text(result, lang)
    if basis:
        parts.append(inline(basis))
    parts.append(f"{label('col.target', lang)} {inline(target_cell(result, lang))}")
    if result.entry == "reported":
        parts.append(f"{label('col.actual', lang)} {inline(actual_cell(result, lang))}")
    text = " · ".join(parts)
    lines = [f"- {text}", f"  - {label('plan_quote', lang)}: “{inline(result.goal.quote)}”"]
    for evidence in result.evidence:
        lines.append(f"  - {label('evidence', lang)} ({inline(evidence.source)}): “{inline(evidence.quote)}”")
    if result.outcome.arithmetic:
        lines.append(f"  - {label('arithmetic', lang)}: {inline('; '.join(result.outcome.arithmetic))}")
    for caveat in result.caveats:
        lines.append(f"  - {label('caveat', lang)}: {inline(caveat)}")
    for note in result.notes:
        lines.append(f"  - {label('note', lang)}: {inline(note)}")
    return "\n".join(lines)


def render(scorecard: Scorecard, options: RenderOptions) -> str:
    lang = options.lang
    plan = scorecard.plan
    summary = scorecard.summary
    overall = summary.overall
    out = [f"# {label('report_title', lang)}: {inline(title_of(plan.title, plan.title_en, lang))} ({plan.period})", ""]
    counts = verdict_counts(overall, lang, bold=True)
    coverage = f"{label('coverage', lang)} **{percent(overall.coverage)}**"
    out.append(f"**{overall.total}** {label('total', lang)} · {counts} · {coverage}")
    out += ["", *(f"- {inline(line)}" for line in summary_lines(overall, lang))]
    if summary.stretch_goals:
        out.append("")
        out.append(f"{label('stretch_reached', lang)}: {summary.stretch_reached}/{summary.stretch_goals}")
    if summary.missing_entries:
        out += ["", f"> **{label('missing_entries', lang)}:** {inline(', '.join(summary.missing_entries))}"]
    gate = gate_line(scorecard, options)
    if gate:  # apart from the result: what the gate checked, in its own words
        out += ["", f"> {'✓' if options.gate is not None and options.gate.passed else '✗'} {inline(gate)}"]
    shown = shown_results(scorecard, options)
    header = [
        label(k, lang)
        for k in ("col.id", "col.goal", "col.target", "col.actual", "col.attainment", "col.verdict", "col.level")
    ]
    align = "|---|---|---:|---:|---:|---|---|"
    for section, rows in scorecard.by_section(shown):
        out += ["", f"## {inline(title_of(section.title, section.title_en, lang))}", ""]
        goal_rows: list[list[str]] = []
        for r in rows:
            title = goal_title(r, lang)
            extra = stretch_text(r, lang)
            goal_rows.append([
                r.goal.id,
                f"{title} ({extra})" if extra else title,
                target_cell(r, lang),
                actual_cell(r, lang),
                attainment_cell(r),
                verdict_cell(r, lang),
                level_name(scorecard, r.level, lang),
            ])  # fmt: skip
        out += _table(header, goal_rows, align)
    for verdict, key in (("missed", "missed_goals"), ("unreported", "unreported_goals"), ("not_due", "not_due_goals")):
        chosen = [r for r in shown if r.verdict.value == verdict]
        if chosen:
            out += ["", f"## {label(key, lang)} ({len(chosen)})", ""]
            out += [_detail(r, lang) for r in chosen]
    out += ["", f"## {label('silence', lang)}", ""]
    silence_header = [
        label(k, lang) for k in ("col.section", "col.total", "met", "missed", "unreported", "col.unreported_share")
    ]
    silence_rows = [[title_of(s.title, s.title_en, lang), *_tally_cells(t)] for s, t in summary.by_section]
    silence_rows += [[level_heading(scorecard, level, lang), *_tally_cells(t)] for level, t in summary.by_level]
    out += _table(silence_header, silence_rows, "|---|---:|---:|---:|---:|---:|")
    if scorecard.consistency:
        out += ["", f"## {label('consistency', lang)}", ""]
        table_rows: list[list[str]] = []
        for f in scorecard.consistency:
            status = label("consistent" if f.consistent else "inconsistent", lang)
            table_rows.append([
                title_of(f.title, f.title_en, lang),
                f"{num(f.level)}{f.unit}",
                f"{num(f.growth_pct)}%",
                f"{f.implied_base:.2f}",
                f"{num(f.baseline.value)} (“{f.baseline.quote}”)",
                f"{status}: {'; '.join(f.arithmetic)}",
            ])  # fmt: skip
        header2 = [label("col.measure", lang), label("col.value", lang), "%", label("col.implied", lang),
                   label("col.baseline", lang), label("col.status", lang)]  # fmt: skip
        out += _table(header2, table_rows)
    if scorecard.documents is not None:
        out += ["", f"## {label('documents', lang)}", ""]
        out += [f"- {inline(line)}" for line in document_lines(scorecard, lang)]
    if scorecard.lints:
        out += ["", f"## {label('lints', lang)} ({len(scorecard.lints)})", ""]
        out += [
            f"- **{inline(x.goal_id)}** ({x.location.line}): {inline(x.text(lang))} `{x.code}`" for x in scorecard.lints
        ]
    if scorecard.untracked:
        out += ["", f"## {label('untracked', lang)} ({len(scorecard.untracked)})", ""]
        untracked_rows: list[list[str]] = []
        for u in scorecard.untracked:
            value, prior = untracked_value(u), untracked_prior(u)
            if u.baseline is not None and u.baseline.approximate:
                prior += f" ({u.baseline.note or 'approximate'})"
            change = "; ".join(u.arithmetic) or "—"
            untracked_rows.append(
                [title_of(u.item.title, u.item.title_en, lang), value, prior, change, f"“{u.item.quote}”"]
            )
        header3 = [label(k, lang) for k in ("col.measure", "col.value", "col.prior", "col.change", "col.quote")]
        out += _table(header3, untracked_rows)
    return "\n".join(out) + "\n"
