"""`planaudit explain`: the whole chain of one goal, from plan quote to verdict, in words."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from planaudit.documents import page_at
from planaudit.errors import UsageError
from planaudit.i18n import Lang, label, title_of
from planaudit.reading.quotes import locate
from planaudit.report.common import (
    actual_cell,
    attainment,
    attainment_cell,
    level_heading,
    stretch_text,
    target_cell,
    verdict_cell,
)
from planaudit.rules import RULES
from planaudit.rules.base import num
from planaudit.scorecard import Scorecard

_BASIS_MEANING = {
    "measured": ("a reported number against the rule", "报告数值与规则比较"),
    "documented": ("the review says it was done or not", "评估报告写明是否完成"),
    "judged": ("the auditor's reading of qualitative evidence, not a measurement", "审计者对定性证据的判断，并非测量"),
}


def _where(texts: Mapping[str, str], source: str, quote: str) -> str:
    """ "plan-2019, line 13:4" (or "plan-2019, p. 3" in a paged document: a PDF, or text with form feeds):
    where the quote stands in its source, when the text is at hand."""
    text = texts.get(source)
    position = None if text is None else locate(text, quote)
    if text is None or position is None:
        return source
    page = page_at(text, *position)
    return f"{source}, line {position[0]}:{position[1]}" if page is None else f"{source}, p. {page}"


def suggestions(wanted: str, ids: list[str], limit: int = 5) -> list[str]:
    """Ids the user may have meant: those it begins (fdi → fdi-contracted), those holding it as a part
    (investment → fdi-investment), then those spelt alike."""
    key = wanted.casefold()
    starts = [i for i in ids if i.casefold().startswith(key)] if key else []
    parts = [i for i in ids if key and key in i.casefold().split("-") and i not in starts]
    alike = difflib.get_close_matches(wanted, ids, n=3, cutoff=0.5)
    found = list(dict.fromkeys([*starts, *parts, *alike]))
    shown = found[:limit]
    return shown + ([f"… {len(found) - limit} more"] if len(found) > limit else [])


def explain_goal(scorecard: Scorecard, goal_id: str, lang: Lang, texts: Mapping[str, str] | None = None) -> str:
    """The whole chain of one goal; with the source texts, where each quote stands in its document."""
    texts = texts or {}
    by_id = {r.goal.id: r for r in scorecard.results}
    result = by_id.get(goal_id)
    if result is None:
        close = suggestions(goal_id, list(by_id))
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UsageError(f"unknown goal '{goal_id}'{hint}")
    goal = result.goal
    rule = RULES[goal.rule.kind]
    plan_source = goal.source or next((sid for sid, s in scorecard.sources.items() if s.role == "plan"), "")
    lines = [
        f"{goal.id}  {title_of(goal.title, goal.title_en, lang)}",
        f"  {label('col.section', lang)}: {title_of(result.section.title, result.section.title_en, lang)}",
        f"  {label('plan_quote', lang)} ({_where(texts, plan_source, goal.quote)}): “{goal.quote}”",
        f"  {label('col.level', lang)}: {level_heading(scorecard, result.level, lang, [goal.quote])}",
        f"  {label('rule', lang)}: {goal.rule.kind}: {rule.describe(goal.rule, lang)}",
        f"  {label('col.target', lang)}: {target_cell(result, lang)}",
    ]
    if result.baseline is not None:
        b = result.baseline
        approx = " (approximate)" if b.approximate else ""
        lines.append(f"  {label('baseline', lang)}: {num(b.value)}{b.unit}{approx} ({b.source}): “{b.quote}”")
        if b.note:
            lines.append(f"    {label('note', lang)}: {b.note}")
    if result.entry == "reported":
        for evidence in result.evidence:
            where = _where(texts, evidence.source, evidence.quote)
            lines.append(f"  {label('evidence', lang)} ({where}): “{evidence.quote}”")
        lines.append(f"  {label('col.actual', lang)}: {actual_cell(result, lang)}")
    else:
        lines.append(
            f"  {label('evidence', lang)}: — ({label('silent_note', lang) if result.entry == 'silent' else 'no entry'})"
        )
    for step in result.outcome.arithmetic:
        lines.append(f"  {label('arithmetic', lang)}: {step}")
    if attainment(result) is not None:
        lines.append(f"  {label('col.attainment', lang)}: {attainment_cell(result)}")
    stretch = stretch_text(result, lang)
    if stretch:
        lines.append(f"  {stretch}")
    if result.rationale:
        lines.append(f"  rationale: {result.rationale}")
    for caveat in result.caveats:
        lines.append(f"  {label('caveat', lang)}: {caveat}")
    for note in result.notes:
        lines.append(f"  {label('note', lang)}: {note}")
    if result.basis is not None:
        lines.append(
            f"  {label('basis', lang)}: {label(result.basis, lang)} ({_BASIS_MEANING[result.basis][lang == 'zh']})"
        )
    lines.append(f"  {label('verdict', lang)}: {verdict_cell(result, lang)}")
    return "\n".join(lines) + "\n"
