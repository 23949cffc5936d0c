"""A ledger's history: each goal year by year (value, verdict, pace), added to the latest year's report."""

from __future__ import annotations

import json
from typing import Any

from planaudit.i18n import Lang
from planaudit.ledger import Ledger, Point
from planaudit.rules.base import num, u

HEADING = {"zh": "历年情况", "en": "History"}
PACE_WORDS = {
    "on_track": ("进度正常", "on track"),
    "acceleration_needed": ("需加快", "off track: acceleration needed"),
    "limited_progress": ("进展有限", "off track: limited progress"),
    "deterioration": ("倒退", "off track: deterioration"),
    "off_track": ("滞后", "off track"),
    "unreported": ("进度未报告", "pace unreported"),
}
VERDICT_WORDS = {
    "met": ("达成", "met"),
    "missed": ("未达成", "missed"),
    "unreported": ("未报告", "unreported"),
    "not_due": ("未到期", "not due"),
}


def cell(point: Point, lang: Lang) -> str:
    """One goal in one year: "9.4件 · not due · on track"."""
    zh = lang == "zh"
    value = "—" if point.value is None else f"{num(point.value)}{u(point.unit)}"
    verdict = ("提前达成" if zh else "met early") if point.early else VERDICT_WORDS[point.verdict][0 if zh else 1]
    parts = [value, verdict]
    if point.pace and not (point.pace == "unreported" and point.verdict == "unreported"):
        parts.append(PACE_WORDS.get(point.pace, (point.pace, point.pace))[0 if zh else 1])
    return " · ".join(parts)


def _rows(ledger: Ledger, lang: Lang) -> list[list[str]]:
    return [[goal, *(cell(p, lang) for p in points)] for goal, points in ledger.history().items()]


def _head(ledger: Ledger, lang: Lang) -> list[str]:
    return ["目标" if lang == "zh" else "Goal", *(str(y) for y in ledger.years)]


def _title(ledger: Ledger, lang: Lang) -> str:
    return f"{HEADING[lang]} ({ledger.years[0]}–{ledger.years[-1]})"


def history_dict(ledger: Ledger) -> dict[str, Any]:
    return {
        "years": list(ledger.years),
        "goals": {
            goal: [
                {"year": p.year, "value": p.value, "unit": p.unit or None, "verdict": p.verdict, "pace": p.pace,
                 "entry": p.entry, "met_early": p.early}
                for p in points
            ]
            for goal, points in ledger.history().items()
        },
    }  # fmt: skip


def add(text: str, ledger: Ledger, fmt: str, lang: Lang, width: int) -> str:
    """The latest year's report with the history added where its format has room for it (not junit or github)."""
    if fmt == "table":
        from planaudit.report.grid import Column, render_table, wrap

        columns = [Column(_head(ledger, lang)[0], wrap=False), *(Column(str(y), flexible=True) for y in ledger.years)]
        lines = ["", *wrap(_title(ledger, lang), width), *render_table(columns, _rows(ledger, lang), width)]
        return text + "\n".join(lines) + "\n"
    if fmt == "markdown":
        from planaudit.report.markdown import cell as md

        head = _head(ledger, lang)
        lines = ["", f"## {_title(ledger, lang)}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(md(c) for c in row) + " |" for row in _rows(ledger, lang)]
        return text.rstrip("\n") + "\n" + "\n".join(lines) + "\n"
    if fmt == "json":
        body = text.rstrip().removesuffix("}").rstrip()
        history = json.dumps(history_dict(ledger), ensure_ascii=False, indent=2).replace("\n", "\n  ")
        return f'{body},\n  "history": {history}\n}}\n'
    if fmt == "html":
        from html import escape

        header = "".join(f'<th scope="col">{escape(h)}</th>' for h in _head(ledger, lang))
        body = "".join(
            f'<tr><th scope="row"><a href="#goal-{escape(row[0])}">{escape(row[0])}</a></th>'
            + "".join(f"<td>{escape(c)}</td>" for c in row[1:])
            + "</tr>"
            for row in _rows(ledger, lang)
        )
        section = (
            f'<section id="history"><h2>{escape(_title(ledger, lang))}</h2>'
            f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table></section>\n"
        )
        at = text.rfind("</main>")
        return text[:at] + section + text[at:] if at >= 0 else text
    return text
