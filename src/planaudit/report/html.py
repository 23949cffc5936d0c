"""A self-contained HTML page: inline CSS and SVG charts, no script, no network, every data string escaped."""

from __future__ import annotations

import datetime
import os
import shlex
from collections.abc import Iterable
from html import escape
from string import Template

from planaudit import __version__
from planaudit.i18n import VERDICT_MARKS, Lang, label, title_of, verdict_text
from planaudit.report.common import (
    RenderOptions,
    actual_cell,
    attainment,
    attainment_cell,
    basis_text,
    document_lines,
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
)
from planaudit.rules import RULES
from planaudit.rules.base import num, u
from planaudit.scorecard import GoalResult, Scorecard, Tally
from planaudit.textsafe import xml_text

# Every colour of the page. tests/test_html.py computes the WCAG contrast of each pair below:
# TEXT_PAIRS (foreground, background) need 4.5:1, GRAPHIC_PAIRS (a mark against what it sits on) 3:1.
PALETTE: dict[str, str] = {
    "text": "#1f2328",
    "muted": "#57606a",
    "page": "#ffffff",
    "panel": "#f6f8fa",
    "border": "#8c959f",
    "track": "#eaeef2",
    "met": "#1a7f37",
    "missed": "#cf222e",
    "partial": "#9a6700",
    "silent": "#656d76",
    "stretch": "#8250df",
    "pass_bg": "#dafbe1",
    "fail_bg": "#ffebe9",
}
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "page"),
    ("text", "panel"),
    ("text", "track"),
    ("muted", "page"),
    ("muted", "panel"),
    ("page", "met"),  # counts and marks drawn in white on the bars and badges
    ("page", "missed"),
    ("page", "partial"),
    ("page", "silent"),
    ("met", "page"),
    ("missed", "page"),
    ("met", "pass_bg"),
    ("missed", "fail_bg"),
    ("text", "pass_bg"),
    ("text", "fail_bg"),
)
GRAPHIC_PAIRS: tuple[tuple[str, str], ...] = (
    ("met", "track"),
    ("missed", "track"),
    ("partial", "track"),
    ("silent", "track"),
    ("text", "track"),  # the target line
    ("stretch", "track"),
    ("stretch", "page"),
    ("border", "page"),
)

# Marks carry the verdict besides colour: ✓ ✗ ? and ◐ for a partly reported goal.
SEGMENTS: tuple[tuple[str, str], ...] = (
    ("met", "✓"),
    ("missed", "✗"),
    ("partial", "◐"),
    ("silent", "?"),
    ("not_due", "◷"),
)
# Goals whose verdict is a number against a target: the attainment chart's rows.
NUMERIC_KINDS = frozenset(kind for kind, rule in RULES.items() if rule.verdict_basis == "measured")

FONTS = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", '
    '"Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Noto Sans SC", sans-serif'
)

CSS = Template("""
*{box-sizing:border-box}
html{background:$page;color:$text;font:15px/1.5 $fonts}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{max-width:1040px;margin:0 auto;padding:24px 20px}
h1{font-size:1.6em;margin:0 0 .3em}h2{font-size:1.3em;margin:1.6em 0 .5em;border-bottom:1px solid $border}
h3{font-size:1.1em;margin:1.2em 0 .4em}
.muted,.basis,.level{color:$muted}
dl.meta{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 14px;margin:.6em 0}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0}ul.sources{margin:0;padding-left:1.1em}
.counts{display:flex;flex-wrap:wrap;gap:10px;margin:.6em 0}
.count{border:1px solid $border;border-radius:6px;padding:6px 14px;background:$panel;min-width:110px}
.count b{display:block;font-size:1.6em;line-height:1.2}
.t-met{color:$met}.t-missed{color:$missed}
.gate{border-radius:6px;padding:8px 14px;margin:.8em 0;border:1px solid $border}
.gate.pass{background:$pass_bg}.gate.fail{background:$fail_bg}.gate ul{margin:.3em 0 0}
.legend{display:flex;flex-wrap:wrap;gap:14px;margin:.3em 0;padding:0;list-style:none}
.sw{display:inline-block;min-width:1.5em;text-align:center;color:$page;border-radius:3px;margin-right:4px;
font-size:.9em}
.sw.met,.badge.met{background:$met}.sw.missed,.badge.missed{background:$missed}
.sw.partial,.badge.partial{background:$partial}.sw.silent,.badge.unreported{background:$silent}
.sw.not_due,.badge.not_due{background:$silent}
.sw.line{background:none;color:$text}.sw.stretch{background:none;color:$stretch}
.chart{margin:.4em 0 .6em;font-size:13px}
.chart .row{display:grid;grid-template-columns:minmax(9em,30%) minmax(0,1fr) 4.5em;gap:2px 10px;
align-items:center;margin:3px 0}
.chart .name{overflow-wrap:anywhere;line-height:1.25}.chart a.name{text-decoration:none}
.chart .track{position:relative;display:block;height:20px;background:$track;border-radius:2px}
.chart .fill{display:flex;height:100%}
.chart .seg{display:block;height:100%;overflow:hidden;white-space:nowrap;color:$page;font-size:12px;
line-height:20px;padding-left:3px;min-width:0}
.seg.met{background:$met}.seg.missed{background:$missed}.seg.partial{background:$partial}
.seg.silent,.seg.not_due{background:$silent}
.chart .end{font-size:12px;font-variant-numeric:tabular-nums;white-space:nowrap}
.chart .axis .track{background:none;height:16px}.chart .tick{position:absolute;top:0;transform:translateX(-50%);
font-size:12px;color:$muted}
.chart .tick.first{transform:none}.chart .tick.last{transform:translateX(-100%)}
.chart .target{position:absolute;top:-3px;bottom:-3px;width:0;border-left:2px solid $text}
.chart .stretch{position:absolute;top:0;transform:translateX(-50%);color:$stretch;font-size:13px;line-height:20px}
.chart .over{position:absolute;right:2px;top:0;color:$page;font-size:12px;line-height:20px}
.scroll{overflow-x:auto;max-width:100%}
nav.toc{margin:1em 0;padding:6px 14px;border:1px solid $border;border-radius:6px;background:$panel}
nav.toc ol{margin:.2em 0;padding-left:1.3em}nav.toc ol ol{columns:2 16em}nav.toc a{color:inherit}
table{border-collapse:collapse;margin:.4em 0;font-size:.92em}
th,td{border:1px solid $border;padding:3px 8px;text-align:left;vertical-align:top}th{background:$panel}
td.n{text-align:right;font-variant-numeric:tabular-nums}
details.data{margin:.2em 0 1em}details.data summary{cursor:pointer;color:$muted}
.goal{border:1px solid $border;border-left-width:6px;border-radius:6px;padding:10px 14px;margin:10px 0;
break-inside:avoid}
.goal.met{border-left-color:$met}.goal.missed{border-left-color:$missed}
.goal.unreported{border-left-color:$silent}.goal.partial{border-left-color:$partial}
.goal h4{margin:0;font-size:1.05em;display:inline}.goal header{display:flex;flex-wrap:wrap;gap:8px;align-items:baseline}
.badge{color:$page;border-radius:4px;padding:1px 8px;font-weight:600;white-space:nowrap}
.goal code,.ids{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em}
.goal dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:1px 12px;margin:.5em 0 0}
.goal dt{color:$muted}.goal dd{margin:0}
cite{font-style:normal}a{color:inherit}
blockquote{margin:0;padding:0 0 0 10px;border-left:3px solid $track}
.goal ul,.goal ol{margin:0;padding-left:1.2em}
footer{margin-top:2em;padding-top:.6em;border-top:1px solid $border;color:$muted}
pre{white-space:pre-wrap;word-break:break-all;background:$panel;color:$text;padding:8px;border-radius:6px}
dd,blockquote,h1,h2,h3,h4,li,td,th{overflow-wrap:anywhere}
@media (max-width:640px){
body{padding:12px 10px}h1{font-size:1.35em}
dl.meta,.goal dl{grid-template-columns:minmax(0,1fr)}dl.meta dd,.goal dd{margin:0 0 .3em}
.chart .row{grid-template-columns:minmax(0,1fr) 4.5em}.chart .name{grid-column:1/-1}
.chart .axis .name,.chart .tick.minor{display:none}.count{min-width:0;flex:1 1 40%}nav.toc ol ol{columns:1}
}
@media print{body{max-width:none;padding:0}h2,h3{break-after:avoid}details.data{display:none}}
""").substitute(PALETTE, fonts=FONTS)

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def e(text: object) -> str:
    """Text safe anywhere in the page: as element content and inside a double-quoted attribute."""
    return escape(xml_text(str(text)), quote=True)


LAST_EPOCH = 253402300799  # 9999-12-31 23:59:59 UTC: the last second a date has four digits


def source_date_problem(value: str) -> str | None:
    """Why a SOURCE_DATE_EPOCH value is unusable (the reproducible-builds spec asks to stop on one), or None."""
    if value == "" or (value.isascii() and value.isdigit() and int(value) <= LAST_EPOCH):
        return None
    return f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, 0 to {LAST_EPOCH} (or unset)"


def audit_date(environ: dict[str, str] | None = None) -> str:
    """The audit's date: SOURCE_DATE_EPOCH (for reproducible output) when set, else today, in UTC."""
    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "")
    moment = datetime.datetime.now(datetime.UTC)
    if value and source_date_problem(value) is None:
        moment = datetime.datetime.fromtimestamp(int(value), datetime.UTC)
    return moment.date().isoformat()


def _chart(name: str, desc: str, rows: Iterable[str]) -> str:
    """A chart drawn in HTML and CSS: its rows reflow and its text keeps its size on any screen."""
    return f'<div class="chart" id="chart-{name}" role="img" aria-label="{e(desc)}">' + "".join(rows) + "</div>"


def _row(name: str, track: str, end: str) -> str:
    return f'<div class="row">{name}<span class="track">{track}</span><span class="end">{e(end)}</span></div>'


def _legend(lang: Lang, extra: Iterable[str] = (), keys: Iterable[str] = ("met", "missed", "partial", "silent")) -> str:
    chosen = set(keys)
    items = [
        f'<li><span class="sw {key}">{mark}</span>{e(_segment_name(key, lang))}</li>'
        for key, mark in SEGMENTS
        if key in chosen
    ]
    return '<ul class="legend">' + "".join(items) + "".join(extra) + "</ul>"


def _segment_name(key: str, lang: Lang) -> str:
    if key == "silent":
        return f"{label('unreported', lang)} ({label('silent', lang)})"
    if key == "partial":
        return f"{label('unreported', lang)} ({label('partial', lang)})"
    return label(key, lang)


def _counts(tally: Tally) -> list[tuple[str, str, int]]:
    values = {
        "met": tally.met,
        "missed": tally.missed,
        "partial": tally.partial + tally.undecided,  # reported on, not decided: apart from silence
        "silent": tally.silent,
        "not_due": tally.not_due,
    }
    return [(key, mark, values[key]) for key, mark in SEGMENTS]


def _stacked(name: str, rows: list[tuple[str, Tally]], lang: Lang, share: bool) -> str:
    """Horizontal stacked bars, one per row: met, missed, partial, silent; by count, or by share when `share`."""
    top = max((t.total for _, t in rows), default=1) or 1
    lines = []
    for title, tally in rows:
        length = 100.0 if share else 100.0 * tally.total / top
        segments = []
        for key, mark, count in _counts(tally):
            if not count:
                continue
            text = f"{mark} {count}" if count / top >= 0.08 or (share and count / (tally.total or 1) >= 0.08) else ""
            segments.append(
                f'<span class="seg {key}" style="flex:{count} 1 0" title="{e(_segment_name(key, lang))}: {count}">'
                f"{e(text)}</span>"
            )
        fill = f'<span class="fill" style="width:{length:.1f}%">{"".join(segments)}</span>'
        end = f"? {percent(tally.unreported_share)}" if share else str(tally.total)
        lines.append(_row(f'<span class="name">{e(title)}</span>', fill, end))
    return _chart(name, _stacked_desc(rows, lang), lines)


def _stacked_desc(rows: list[tuple[str, Tally]], lang: Lang) -> str:
    parts = []
    for title, tally in rows:
        counts = ", ".join(f"{_segment_name(key, lang)} {n}" for key, _, n in _counts(tally))
        parts.append(f"{title}: {counts}")
    return "; ".join(parts)


def _tally_table(first: str, rows: list[tuple[str, Tally]], lang: Lang) -> str:
    head = [first, label("col.total", lang), *(f"{mark} {_segment_name(k, lang)}" for k, mark in SEGMENTS)]
    head.append(label("col.unreported_share", lang))
    body = []
    for title, tally in rows:
        cells = [str(tally.total), *(str(n) for _, _, n in _counts(tally)), percent(tally.unreported_share)]
        body.append(f"<tr><th scope=row>{e(title)}</th>" + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
    return _table(head, body)


def _table(head: list[str], rows: list[str]) -> str:
    header = "<tr>" + "".join(f"<th scope=col>{e(h)}</th>" for h in head) + "</tr>"
    return f'<div class="scroll"><table><thead>{header}</thead><tbody>{"".join(rows)}</tbody></table></div>'


def _data(table: str, lang: Lang) -> str:
    """A chart's text equivalent: a table, closed until asked for (the chart says the same)."""
    return f'<details class="data"><summary>{e(label("chart.data", lang))}</summary>{table}</details>'


def _level_name(scorecard: Scorecard, level: str, lang: Lang) -> str:
    return level_heading(scorecard, level, lang)


def _verdict_key(result: GoalResult) -> str:
    return "partial" if result.partial or result.undecided else result.verdict.value


def _header(scorecard: Scorecard, options: RenderOptions) -> list[str]:
    lang, plan = options.lang, scorecard.plan
    title = f"{label('report_title', lang)}: {title_of(plan.title, plan.title_en, lang)} ({plan.period})"
    meta = [(label("col.id", lang), f'<span class="ids">{e(plan.id)}</span>')]
    if plan.issuer:
        meta.append((label("issuer", lang), e(plan.issuer)))
    period = plan.period + (f" ({label('baseline', lang)} {plan.baseline_period})" if plan.baseline_period else "")
    meta.append((label("period", lang), e(period)))
    sources = []
    for source_id, source in scorecard.sources.items():
        name = title_of(source.title, source.title_en, lang)
        sources.append(
            f'<li>{e(name)} <span class="muted">({e(label("role." + source.role, lang))}; '
            f'<span class="ids">{e(source_id)}</span>: <span class="ids">{e(source.path)}</span>)</span></li>'
        )
    meta.append((label("sources", lang), f'<ul class="sources">{"".join(sources)}</ul>'))
    files = (
        f'<span class="ids">{e(scorecard.targets_path)}</span>, <span class="ids">{e(scorecard.actuals_path)}</span>'
    )
    meta.append((label("data_files", lang), files))
    meta.append((label("audited_on", lang), f"<time>{e(audit_date())}</time>"))
    rows = "".join(f"<dt>{e(k)}</dt><dd>{v}</dd>" for k, v in meta)
    return [f"<header><h1>{e(title)}</h1>", f'<dl class="meta">{rows}</dl></header>']


def _summary(scorecard: Scorecard, options: RenderOptions) -> list[str]:
    lang = options.lang
    summary = scorecard.summary
    overall = summary.overall
    boxes = [(label("total", lang), str(overall.total), "total")]
    boxes += [(verdict_text(v, lang), str(getattr(overall, v)), v) for v in ("met", "missed", "unreported")]
    boxes.append((label("col.coverage", lang), percent(overall.coverage), "coverage"))
    out: list[str] = [f'<section id="summary"><h2>{e(label("summary", lang))}</h2><div class="counts">']
    out += [f'<div class="count"><b class="t-{cls}">{e(value)}</b>{e(name)}</div>' for name, value, cls in boxes]
    out.append("</div><ul>" + "".join(f"<li>{e(line)}</li>" for line in summary_lines(overall, lang)))
    out.append(f"<li>{e(label('coverage', lang))}: {percent(overall.coverage)} ({overall.scored}/{overall.due})</li>")
    if summary.stretch_goals:
        out.append(f"<li>{e(label('stretch_reached', lang))}: {summary.stretch_reached}/{summary.stretch_goals}</li>")
    out.append("</ul>")
    if summary.missing_entries:
        ids = ", ".join(summary.missing_entries)
        out.append(
            f'<p class="t-missed"><b>{e(label("missing_entries", lang))}:</b> <span class="ids">{e(ids)}</span></p>'
        )
    gate = options.gate
    if gate is not None:
        which = "data_gate" if gate.data_only else "gate"
        mark, key, cls = ("✓", which + "_passed", "pass") if gate.passed else ("✗", which + "_failed", "fail")
        reasons = "".join(f"<li>{e(f.text(lang))}</li>" for f in (gate.held if gate.passed else gate.failed))
        out.append(
            f'<div class="gate {cls}" id="gate"><b class="{"t-met" if gate.passed else "t-missed"}">{mark} '
            f"{e(label(key, lang))}</b>" + (f"<ul>{reasons}</ul>" if reasons else "") + "</div>"
        )
    out.append("</section>")
    return out


def _by_section(scorecard: Scorecard, lang: Lang) -> list[str]:
    rows = [(title_of(s.title, s.title_en, lang), t) for s, t in scorecard.summary.by_section]
    return [
        f'<section id="by-section"><h2>{e(label("chart.by_section", lang))}</h2>',
        _legend(lang),
        _stacked("by-section", rows, lang, share=False),
        _data(_tally_table(label("col.section", lang), rows, lang), lang),
        "</section>",
    ]


def _attainment(results: list[GoalResult], lang: Lang) -> list[str]:
    """Attainment of the decided numeric goals, one bar each; those without a figure are counted, not drawn."""
    numeric = [r for r in results if r.goal.rule.kind in NUMERIC_KINDS]
    charted = [r for r in numeric if attainment(r) is not None]
    head = f'<section id="attainment"><h2>{e(label("chart.attainment", lang))} ({len(charted)})</h2>'
    rest = len(numeric) - len(charted)
    left_out = f'<p class="muted">{e(label("not_charted", lang).format(rest))}</p>' if rest else ""
    if not charted:
        return [head, f'<p class="muted">{e(label("no_goals_shown", lang))}</p>', left_out, "</section>"]
    ceiling = max([1.0, *(_ratios(r)[1] for r in charted)])
    ceiling = min(2.0, -(-ceiling * 4 // 1) / 4)  # up to the next 25%, at most 200%

    def at(ratio: float) -> str:
        return f"{min(ratio, ceiling) / ceiling * 100:.1f}%"

    count = int(ceiling * 4)
    ticks = "".join(
        f'<span class="tick{" minor" if t % 2 else ""}{" first" if t == 0 else " last" if t == count else ""}" '
        f'style="left:{at(t * 0.25)}">{t * 25}%</span>'
        for t in range(count + 1)
    )
    lines = [f'<div class="row axis"><span class="name"></span><span class="track">{ticks}</span><span></span></div>']
    for r in charted:
        value, _ = _ratios(r)
        assert value is not None
        key, mark = _verdict_key(r), VERDICT_MARKS[r.verdict.value]
        name = f'<a class="name" href="#goal-{e(r.goal.id)}" title="{e(r.goal.id)}">{mark} {e(goal_title(r, lang))}</a>'
        track = [f'<span class="fill"><span class="seg {key}" style="flex:0 0 {at(value)}" '
                 f'title="{e(r.goal.id)}: {e(attainment_cell(r))}"></span></span>']  # fmt: skip
        if value > ceiling:  # the bar runs off the scale: say so inside its end
            track.append('<span class="over">»</span>')
        track.append(f'<span class="target" style="left:{at(1.0)}"></span>')
        stretch, target = r.outcome.stretch, r.outcome.target
        if stretch is not None and target:
            track.append(
                f'<span class="stretch" style="left:{at(stretch / target)}" '
                f'title="{e(label("stretch_mark", lang))} {e(num(stretch))}">◆</span>'
            )
        lines.append(_row(name, "".join(track), attainment_cell(r)))
    desc = "; ".join(f"{goal_title(r, lang)}: {attainment_cell(r)} ({r.verdict.value})" for r in charted)
    extra = [
        f'<li><span class="sw line">│</span>{e(label("target_line", lang))}</li>',
        f'<li><span class="sw stretch">◆</span>{e(label("stretch_mark", lang))}</li>',
    ]
    rows = []
    for r in charted:
        cells = [
            f'<th scope=row><a class="ids" href="#goal-{e(r.goal.id)}">{e(r.goal.id)}</a> '
            f"{e(goal_title(r, lang))}</th>",
            f"<td>{e(verdict_text(r.verdict.value, lang))}</td>",
            f"<td>{e(target_cell(r, lang))}</td>",
            f"<td>{e(actual_cell(r, lang))}</td>",
            f'<td class="n">{e(attainment_cell(r))}</td>',
            f"<td>{e(stretch_text(r, lang) or '')}</td>",
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    cols = ["col.goal", "col.verdict", "col.target", "col.actual", "col.attainment", "stretch_mark"]
    table = _table([label(k, lang) for k in cols], rows)
    chart = _chart("attainment", desc, lines)
    return [head, _legend(lang, extra, ("met", "missed")), chart, left_out, _data(table, lang), "</section>"]


def _ratios(result: GoalResult) -> tuple[float | None, float]:
    """The attainment (None when there is none) and the largest ratio the chart must show for this goal."""
    value = attainment(result)
    target, stretch = result.outcome.target, result.outcome.stretch
    widest = value or 0.0
    if stretch is not None and target:
        widest = max(widest, stretch / target)
    return value, widest


def _silence(scorecard: Scorecard, lang: Lang) -> list[str]:
    levels = [(_level_name(scorecard, level, lang), t) for level, t in scorecard.summary.by_level]
    return [
        f'<section id="silence"><h2>{e(label("silence", lang))}</h2>',
        f"<h3>{e(label('chart.by_level', lang))}</h3>",
        _legend(lang),
        _stacked("by-level", levels, lang, share=True),
        _data(_tally_table(label("col.level", lang), levels, lang), lang),
        "</section>",
    ]


def _basis_mark(result: GoalResult, lang: Lang) -> str:
    """What comes before the basis text: ◐ for a partial report, "basis: " only for a verdict reached (an undecided
    goal's "undecided" is no basis)."""
    if result.partial:
        return "◐ "
    return e(label("basis", lang)) + ": " if result.basis is not None else ""


def _card(result: GoalResult, scorecard: Scorecard, lang: Lang) -> str:
    goal, outcome = result.goal, result.outcome
    key = _verdict_key(result)
    css = "unreported" if key == "partial" else key
    basis = basis_text(result, lang)
    head = [
        f'<span class="badge {css}">{e(verdict_text(result.verdict.value, lang))}</span>',
        f'<span class="basis">{_basis_mark(result, lang)}{e(basis)}</span>' if basis else "",
        f'<span class="basis">{e(label("near_miss", lang))}</span>' if outcome.near_miss else "",
        f"<h4><code>{e(goal.id)}</code> {e(goal_title(result, lang))}</h4>",
        f'<span class="level">{e(label("col.level", lang))}: {e(level_name(scorecard, result.level, lang))}</span>',
    ]
    rows: list[tuple[str, str]] = [
        (label("col.target", lang), e(target_cell(result, lang))),
        (label("col.actual", lang), e(actual_cell(result, lang))),
    ]
    if attainment(result) is not None:
        rows.append((label("col.attainment", lang), e(attainment_cell(result))))
    stretch = stretch_text(result, lang)
    if stretch:
        rows.append((label("stretch_mark", lang), e(stretch)))
    plan_source = goal.source or next((k for k, s in scorecard.sources.items() if s.role == "plan"), "")
    rows.append((label("plan_quote", lang), _quote(goal.quote, plan_source, scorecard, lang)))
    for evidence in result.evidence:
        rows.append((label("evidence", lang), _quote(evidence.quote, evidence.source, scorecard, lang)))
    if result.entry == "silent" or (result.entry == "missing"):
        rows.append((label("evidence", lang), f'<span class="muted">{e(label("silent_note", lang))}</span>'))
    baseline = result.baseline
    if baseline is not None:
        value = f"{'≈' if baseline.approximate else ''}{num(baseline.value)}{baseline.unit}"
        text = f"{e(title_of(baseline.title, baseline.title_en, lang))}: {e(value)} "
        rows.append((label("baseline", lang), text + _quote(baseline.quote, baseline.source, scorecard, lang)))
    if outcome.arithmetic:
        steps = "".join(f"<li><code>{e(step)}</code></li>" for step in outcome.arithmetic)
        rows.append((label("arithmetic", lang), f"<ol>{steps}</ol>"))
    if result.caveat:
        rows.append((label("caveat", lang), e(result.caveat)))
    for note in result.notes:
        rows.append((label("note", lang), e(note)))
    if result.rationale:
        rows.append((label("rationale", lang), e(result.rationale)))
    details = "".join(f"<dt>{e(k)}</dt><dd>{v}</dd>" for k, v in rows)
    return (
        f'<article class="goal {key}" id="goal-{e(goal.id)}"><header>{"".join(head)}</header>'
        f"<dl>{details}</dl></article>"
    )


def _quote(text: str, source_id: str, scorecard: Scorecard, lang: Lang) -> str:
    source = scorecard.sources.get(source_id)
    name = title_of(source.title, source.title_en, lang) if source else source_id
    page = scorecard.pages.get((source_id, text))
    where = "" if page is None else f", p. {page}"
    return f"<blockquote>“{e(text)}”<br><cite class=muted>— {e(name)}{where}</cite></blockquote>"


def _goals(scorecard: Scorecard, results: list[GoalResult], options: RenderOptions) -> list[str]:
    lang = options.lang
    out = [f'<section id="goals"><h2>{e(label("goals", lang))} ({len(results)})</h2>']
    if options.verdicts:
        shown = ", ".join(verdict_text(v, lang) for v in ("met", "missed", "unreported") if v in options.verdicts)
        out.append(f'<p class="muted">{e(label("shown_only", lang))}: {e(shown)}</p>')
    if not results:
        out.append(f'<p class="muted">{e(label("no_goals_shown", lang))}</p>')
    for section, rows in scorecard.by_section(results):
        out.append(f'<h3 id="section-{e(section.id)}">{e(title_of(section.title, section.title_en, lang))}</h3>')
        out += [_card(r, scorecard, lang) for r in rows]
    out.append("</section>")
    return out


def _findings(scorecard: Scorecard, lang: Lang) -> list[str]:
    out: list[str] = []
    if scorecard.consistency:
        rows = []
        for f in scorecard.consistency:
            mark, key = ("✓", "consistent") if f.consistent else ("✗", "inconsistent")
            cells = [
                e(title_of(f.title, f.title_en, lang)),
                e(f"{num(f.level)}{f.unit}"),
                e(f"{num(f.growth_pct)}%"),
                e(f"{f.implied_base:.2f}{u(f.unit)}"),
                f"{e(num(f.baseline.value))}{e(u(f.baseline.unit))} “{e(f.baseline.quote)}”",
                f'<b class="{"t-met" if f.consistent else "t-missed"}">{mark} {e(label(key, lang))}</b>: '
                + e("; ".join(f.arithmetic)),
            ]
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        head = [label("col.measure", lang), label("col.value", lang), "%", label("col.implied", lang),
                label("col.baseline", lang), label("col.status", lang)]  # fmt: skip
        out += [f'<section id="consistency"><h2>{e(label("consistency", lang))}</h2>', _table(head, rows), "</section>"]
    if scorecard.untracked:
        figures = [x for x in scorecard.untracked if x.item.value is not None or x.baseline is not None]
        words = [x for x in scorecard.untracked if x.item.value is None and x.baseline is None]
        rows = []
        for x in figures:
            prior = untracked_prior(x)
            if x.baseline is not None and x.baseline.approximate:
                prior += f" ({x.baseline.note or 'approximate'})"
            cells = [
                title_of(x.item.title, x.item.title_en, lang),
                untracked_value(x),
                prior,
                "; ".join(x.arithmetic) or "—",
            ]
            quote = _quote(x.item.quote, x.item.source, scorecard, lang)
            rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + f"<td>{quote}</td></tr>")
        head = [label(k, lang) for k in ("col.measure", "col.value", "col.prior", "col.change", "col.quote")]
        title = f"{label('untracked', lang)} ({len(scorecard.untracked)})"
        out += [f'<section id="untracked"><h2>{e(title)}</h2>']
        if rows:
            out.append(_table(head, rows))
        if words:  # outcomes stated without a figure: their words, not a row of dashes
            items = "".join(
                f"<li><b>{e(title_of(x.item.title, x.item.title_en, lang))}</b>"
                f"{_quote(x.item.quote, x.item.source, scorecard, lang)}</li>"
                for x in words
            )
            out.append(f"<h3>{e(label('untracked_words', lang))} ({len(words)})</h3><ul>{items}</ul>")
        out.append("</section>")
    if scorecard.lints:
        items = "".join(
            f'<li><b class="ids">{e(x.goal_id)}</b> <span class="muted">({e(x.location.line)})</span> '
            f"{e(x.text(lang))} <code>{e(x.code)}</code></li>"
            for x in scorecard.lints
        )
        title = f"{label('lints', lang)} ({len(scorecard.lints)})"
        out += [f'<section id="lints"><h2>{e(title)}</h2><ul>{items}</ul></section>']
    return out


def reproduce_command(scorecard: Scorecard, options: RenderOptions) -> str:
    """The command that writes this report again (the --section, --fail-on and --min-coverage choices aside)."""
    args = ["planaudit", "check", "--targets", scorecard.targets_path, "--actuals", scorecard.actuals_path]
    args += ["--format", "html", "--lang", options.lang]
    for verdict in ("met", "missed", "unreported"):
        if verdict in options.verdicts:
            args += ["--verdict", verdict]
    return shlex.join([*args, "--output", "report.html"])


def _documents(scorecard: Scorecard, lang: Lang) -> list[str]:
    lines = document_lines(scorecard, lang)
    if not lines:
        return []
    items = "".join(f"<li>{e(line)}</li>" for line in lines)
    return [f'<section id="documents"><h2>{e(label("documents", lang))}</h2><ul>{items}</ul></section>']


def _contents(scorecard: Scorecard, results: list[GoalResult], lang: Lang) -> list[str]:
    """A table of contents: every section of the page, and the plan's sections under the goals."""
    entries = [("summary", label("summary", lang)), ("by-section", label("chart.by_section", lang)),
               ("attainment", label("chart.attainment", lang)), ("silence", label("silence", lang)),
               ("goals", label("goals", lang))]  # fmt: skip
    parts = [f'<li><a href="#{key}">{e(name)}</a>' for key, name in entries]
    plan_sections = "".join(
        f'<li><a href="#section-{e(section.id)}">{e(title_of(section.title, section.title_en, lang))}</a></li>'
        for section, _ in scorecard.by_section(results)
    )
    if plan_sections:
        parts[-1] += f"<ol>{plan_sections}</ol>"
    later = [("consistency", label("consistency", lang), bool(scorecard.consistency)),
             ("untracked", label("untracked", lang), bool(scorecard.untracked)),
             ("lints", label("lints", lang), bool(scorecard.lints)),
             ("documents", label("documents", lang), scorecard.documents is not None)]  # fmt: skip
    parts += [f'<li><a href="#{key}">{e(name)}</a>' for key, name, shown in later if shown]
    items = "</li>".join(parts) + "</li>"
    return [f'<nav class="toc" aria-label="{e(label("contents", lang))}"><b>{e(label("contents", lang))}</b>'
            f"<ol>{items}</ol></nav>"]  # fmt: skip


def render(scorecard: Scorecard, options: RenderOptions) -> str:
    lang = options.lang
    plan = scorecard.plan
    results = shown_results(scorecard, options)
    page_title = f"{label('report_title', lang)}: {title_of(plan.title, plan.title_en, lang)} ({plan.period})"
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}">',
        '<head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="planaudit {e(__version__)}">',
        f"<title>{e(page_title)}</title>",
        f"<style>{CSS}</style></head>",
        "<body>",
        *_header(scorecard, options),
        *_contents(scorecard, results, lang),
        "<main>",
        *_summary(scorecard, options),
        *_by_section(scorecard, lang),
        *_attainment(results, lang),
        *_silence(scorecard, lang),
        *_goals(scorecard, results, options),
        *_findings(scorecard, lang),
        *_documents(scorecard, lang),
        "</main>",
        f"<footer><p>{e(label('generated_by', lang))} planaudit {e(__version__)} · {e(label('reproduce', lang))}:</p>",
        f"<pre><code>{e(reproduce_command(scorecard, options))}</code></pre></footer>",
        "</body></html>",
    ]
    return "\n".join(out) + "\n"
