"""A portfolio's report in every format: the league table of its audits, totals by level, each audit's own report."""

from __future__ import annotations

import json
import re
from typing import Any

from planaudit.i18n import Lang, label
from planaudit.portfolio import Portfolio, Row, totals
from planaudit.reading.lazyre import compile_re
from planaudit.report.common import percent
from planaudit.scorecard import Tally

WORDS: dict[str, tuple[str, str]] = {
    "heading": ("规划审计组合", "Portfolio"),
    "audits": ("个审计", "audits"),
    "league": ("各审计一览", "League table"),
    "totals": ("合计（按承诺程度）", "Totals by level"),
    "audit": ("审计", "Audit"),
    "plan": ("规划", "Plan"),
    "not_due": ("未到期", "Not due"),
    "met": ("达成", "Met"),
    "missed": ("未达成", "Missed"),
    "unreported": ("未报告", "Unreported"),
    "gate": ("检查", "Gate"),
    "pass": ("通过", "passed"),
    "fail": ("未通过", "FAILED"),
    "all": ("全部", "all"),
    "gates": ("约束", "gates"),
    "outcome": ("结果", "Outcome"),
}


def word(key: str, lang: Lang) -> str:
    zh, en = WORDS[key]
    return zh if lang == "zh" else en


def render(portfolio: Portfolio, fmt: str, lang: Lang, width: int = 80) -> str:
    draw = {
        "table": _table,
        "markdown": _markdown,
        "json": _json,
        "junit": _junit,
        "github": _github,
        "html": _html,
    }[fmt]
    return draw(portfolio, lang, width)


def _gate_cell(row: Row, lang: Lang) -> str:
    return word("pass", lang) if row.passed else word("fail", lang)


def _counts(tally: Tally) -> list[str]:
    return [str(tally.total), str(tally.met), str(tally.missed), str(tally.unreported), str(tally.not_due)]


def _headers(lang: Lang, first: str) -> list[str]:
    return [
        first,
        label("col.total", lang),
        word("met", lang),
        word("missed", lang),
        word("unreported", lang),
        word("not_due", lang),
        label("col.coverage", lang),
    ]


def _league_rows(portfolio: Portfolio, lang: Lang) -> list[list[str]]:
    return [
        [row.folder, row.plan, *_counts(row.tally), percent(row.tally.coverage), _gate_cell(row, lang)]
        for row in portfolio.rows
    ]


def _level_rows(portfolio: Portfolio, lang: Lang) -> list[list[str]]:
    overall, levels = totals(portfolio.rows)
    rows = [
        [count.name + (f" ({word('gates', lang)})" if count.gates else ""), *_counts(count.tally),
         percent(count.tally.coverage)]
        for count in levels
    ]  # fmt: skip
    rows.append([word("all", lang), *_counts(overall), percent(overall.coverage)])
    return rows


def _headline(portfolio: Portfolio, lang: Lang) -> str:
    overall, _ = totals(portfolio.rows)
    rows = portfolio.rows
    passed = sum(row.passed for row in rows)
    return (
        f"{word('heading', lang)}: {len(rows)} {word('audits', lang)} · {overall.total} {label('total', lang)}: "
        f"{overall.met} {label('met', lang)} · {overall.missed} {label('missed', lang)} · "
        f"{overall.unreported} {label('unreported', lang)} · {label('coverage_short', lang)} "
        f"{percent(overall.coverage)} · {word('gate', lang)} {passed}/{len(rows)} {word('pass', lang)}"
    )


def _failures(portfolio: Portfolio) -> list[str]:
    return [f"{row.folder}: {reason}" for row in portfolio.rows for reason in row.reasons]


def _table(portfolio: Portfolio, lang: Lang, width: int) -> str:
    from planaudit.report.grid import Column, render_table, wrap

    numbers = [Column(h, right=True, wrap=False) for h in _headers(lang, "")[1:]]
    league = [Column(word("audit", lang), flexible=True), *numbers, Column(word("gate", lang), wrap=False)]
    rows = [[cells[0], *cells[2:]] for cells in _league_rows(portfolio, lang)]  # the folder names the audit
    out = wrap(_headline(portfolio, lang), width)
    out += ["", word("league", lang), *render_table(league, rows, width)]
    levels = [Column(label("col.level", lang), flexible=True), *numbers]
    out += ["", word("totals", lang), *render_table(levels, _level_rows(portfolio, lang), width)]
    failures = _failures(portfolio)
    if failures:
        out += ["", label("gate_failed", lang)]
        for failure in failures:
            out += wrap(f"- {failure}", width)
    return "\n".join(out) + "\n"


def _markdown(portfolio: Portfolio, lang: Lang, width: int) -> str:
    from planaudit.report.markdown import cell, inline

    def table(header: list[str], rows: list[list[str]]) -> list[str]:
        lines = ["| " + " | ".join(cell(h) for h in header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        return lines + ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]

    league_head = [word("audit", lang), word("plan", lang), *_headers(lang, "")[1:], word("gate", lang)]
    out = [f"# {inline(word('heading', lang))}", "", inline(_headline(portfolio, lang)), ""]
    out += [f"## {inline(word('league', lang))}", "", *table(league_head, _league_rows(portfolio, lang)), ""]
    out += [f"## {inline(word('totals', lang))}", "", *table(_headers(lang, label("col.level", lang)),
                                                              _level_rows(portfolio, lang))]  # fmt: skip
    failures = _failures(portfolio)
    if failures:
        out += ["", f"## {inline(label('gate_failed', lang))}", "", *(f"- {inline(f)}" for f in failures)]
    return "\n".join(out) + "\n"


def _tally(tally: Tally) -> dict[str, Any]:
    from planaudit.report.json_report import _tally as tally_dict

    return tally_dict(tally)


def _json(portfolio: Portfolio, lang: Lang, width: int) -> str:
    from planaudit import __version__
    from planaudit.report.json_report import SCHEMA_VERSION

    overall, levels = totals(portfolio.rows)
    rows = portfolio.rows
    head = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "planaudit", "version": __version__},
        "kind": "portfolio",
        "roots": list(portfolio.roots),
        "summary": {
            "audits": len(rows),
            "passed": sum(row.passed for row in rows),
            "failed": sum(not row.passed for row in rows),
            **_tally(overall),
            "by_level": {c.level: {"name": c.name, "gates": c.gates, **_tally(c.tally)} for c in levels},
        },
    }
    league_rows = [
        {
            "folder": row.folder,
            "plan": row.plan,
            "title": row.title,
            "period": row.period,
            **_tally(row.tally),
            "gate": {"passed": row.passed, "reasons": list(row.reasons), "checks": list(row.checks)},
        }
        for row in rows
    ]
    parts = [f"  {json.dumps(k)}: " + json.dumps(v, ensure_ascii=False, indent=2).replace("\n", "\n  ")
             for k, v in head.items()]  # fmt: skip
    league = ",\n".join("    " + json.dumps(item, ensure_ascii=False, allow_nan=False) for item in league_rows)
    parts.append('  "league": [\n' + league + "\n  ]")
    # Each audit's report goes in as the piece it is, joined once: 3,000 reports are never copied twice over.
    out = ["{\n", ",\n".join(parts), ',\n  "audits": [\n']
    for run in portfolio.runs:
        if run.row is not None:
            lead = "    " if len(out) == 3 else ",\n    "
            out += [f'{lead}{{"folder": {json.dumps(run.folder, ensure_ascii=False)}, "report": ', run.piece, "}"]
    out.append("\n  ]\n}\n")
    return "".join(out)


def _junit(portfolio: Portfolio, lang: Lang, width: int) -> str:
    import xml.etree.ElementTree as ET

    root = ET.Element("testsuites", name=f"planaudit portfolio ({len(portfolio.rows)} audits)")
    sums = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for run in portfolio.runs:
        if run.row is None:
            continue
        for suite in ET.fromstring(run.piece.encode("utf-8")):
            suite.set("name", f"{run.folder}: {suite.get('name', '')}")
            for key in sums:
                sums[key] += int(suite.get(key, "0"))
            root.append(suite)
    for key, value in sums.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _github(portfolio: Portfolio, lang: Lang, width: int) -> str:
    """Every audit's annotations, taken in turn from each audit level by level (so the first audits do not crowd
    out the rest), capped as one step shows them, with a notice of how many were left out."""
    from itertools import chain, zip_longest

    from planaudit.report.github import _data, capped

    kinds = ("error", "warning", "notice")
    each: dict[str, list[list[str]]] = {kind: [] for kind in kinds}
    hidden = dict.fromkeys(kinds, 0)
    for run in portfolio.runs:
        if run.row is None:
            continue
        lines = run.piece.splitlines()
        for kind, count in zip(kinds, run.left_out, strict=True):
            each[kind].append([line for line in lines if line.startswith(f"::{kind} ")])
            hidden[kind] += count
    levels = {kind: [line for line in chain(*zip_longest(*audits)) if line is not None]
              for kind, audits in each.items()}  # fmt: skip
    closing = [f"::notice title=planaudit portfolio::{_data(_headline(portfolio, lang))}"]
    rest = "the step summary lists every audit, and each audit's own check every goal"
    return "\n".join(capped(levels, closing, "planaudit portfolio", rest, hidden)) + "\n"


_IDS = compile_re(r'\b(id|aria-labelledby|aria-describedby)="([^"]*)"|href="#([^"]*)"')


def _scoped(body: str, prefix: str) -> str:
    """An audit's page body with its ids (and the links to them) prefixed, so that several share one page."""

    def scope(match: re.Match[str]) -> str:
        if match.group(3) is not None:
            return f'href="#{prefix}{match.group(3)}"'
        return f'{match.group(1)}="{prefix}{match.group(2)}"'

    return _IDS.sub(scope, body)


def _html(portfolio: Portfolio, lang: Lang, width: int) -> str:
    from html import escape

    from planaudit import __version__
    from planaudit.report.html import CSP, CSS

    def e(text: object) -> str:
        return escape(str(text), quote=True)

    def table(head: list[str], rows: list[str]) -> str:
        cells = "".join(f'<th scope="col">{e(h)}</th>' for h in head)
        return f"<table><thead><tr>{cells}</tr></thead><tbody>{''.join(rows)}</tbody></table>"

    audits = [run for run in portfolio.runs if run.row is not None]
    league_rows = []
    for index, (run, cells) in enumerate(zip(audits, _league_rows(portfolio, lang), strict=True), start=1):
        assert run.row is not None
        link = f'<th scope="row"><a href="#audit-{index}">{e(cells[0])}</a></th>'
        numbers = "".join(f'<td class="n">{e(c)}</td>' for c in cells[2:-1])
        gate = f'<td class="{"t-met" if run.row.passed else "t-missed"}">{e(cells[-1])}</td>'
        league_rows.append(f"<tr>{link}<td>{e(cells[1])}</td>{numbers}{gate}</tr>")
    level_rows = [
        f'<tr><th scope="row">{e(cells[0])}</th>' + "".join(f'<td class="n">{e(c)}</td>' for c in cells[1:]) + "</tr>"
        for cells in _level_rows(portfolio, lang)
    ]
    league_head = [word("audit", lang), word("plan", lang), *_headers(lang, "")[1:], word("gate", lang)]
    title = word("heading", lang)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}">',
        '<head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="planaudit {e(__version__)}">',
        f"<title>{e(title)}</title>",
        f"<style>{CSS}section.audit{{border-top:3px solid #8c959f;margin-top:3em}}</style></head>",
        "<body>",
        f"<header><h1>{e(title)}</h1><p>{e(_headline(portfolio, lang))}</p></header>",
        "<main>",
        f'<section id="league"><h2>{e(word("league", lang))}</h2>{table(league_head, league_rows)}</section>',
        f'<section id="totals"><h2>{e(word("totals", lang))}</h2>'
        f"{table(_headers(lang, label('col.level', lang)), level_rows)}</section>",
    ]
    for index, run in enumerate(audits, start=1):
        page = run.piece
        start, end = page.find("<body>"), page.rfind("</body>")
        body = page[start + len("<body>") : end] if 0 <= start < end else e(page)
        out.append(f'<section class="audit" id="audit-{index}"><h2>{e(run.folder)}</h2>')
        out.append(_scoped(body, f"a{index}-").replace("<main>", "<div>").replace("</main>", "</div>"))
        out.append("</section>")
    out += ["</main>", f"<footer><p>planaudit {e(__version__)}</p></footer>", "</body></html>"]
    return "\n".join(out) + "\n"
