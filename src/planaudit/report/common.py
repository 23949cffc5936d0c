"""What every reporter shares: render options and the text of each cell."""

from typing import Any, Literal, NamedTuple

from planaudit.gates import GateResult
from planaudit.i18n import Lang, label, title_of, verdict_text
from planaudit.models import LevelDef
from planaudit.rules import RULES
from planaudit.rules.base import QUALIFIER_SIGNS, num, pct, signed, u
from planaudit.scorecard import GoalResult, Scorecard, Tally, UntrackedResult


class RenderOptions(NamedTuple):
    lang: Lang = "en"
    width: int = 80
    color: bool = False
    verdicts: frozenset[str] = frozenset()
    gate: GateResult | None = None  # the gate's outcome, for reporters that state it
    all: bool = False  # list every goal, not only those that need attention

    def shows(self, result: GoalResult) -> bool:
        return not self.verdicts or result.verdict.value in self.verdicts


def shown_results(scorecard: Scorecard, options: RenderOptions) -> list[GoalResult]:
    return [r for r in scorecard.results if options.shows(r)]


def basis_text(result: GoalResult, lang: Lang, labelled: bool = False) -> str:
    """What the verdict rests on ("judged", or "basis: judged" labelled), or "partial 2/3" for a partly
    reported goal; "" when nothing."""
    progress = result.outcome.progress
    if result.partial and progress is not None:
        return f"{label('partial', lang)} {progress.done}/{progress.total}"
    if result.undecided:
        return label("undecided", lang)
    if result.basis is None or result.verdict.value == "unreported":
        return ""
    name = label(result.basis, lang)
    return f"{label('basis', lang)}{label('colon', lang)}{name}" if labelled else name


def unreported_reason(result: GoalResult, lang: Lang) -> str:
    """Why an unreported goal is unreported: its notes, and for an undecided one the reason and its evidence."""
    parts = list(result.notes)
    if result.undecided:
        parts = [*result.outcome.arithmetic, *(f"evidence ({e.source}): “{e.quote}”" for e in result.evidence), *parts]
    return "; ".join(parts) or label("silent_note", lang)


def verdict_cell(result: GoalResult, lang: Lang, separator: str = " · ") -> str:
    """The verdict with what it rests on: "✓ met · judged", "? unreported · partial 2/3"; in a table cell (one
    line each) the basis is labelled: "✓ met / basis: judged"."""
    extras = [basis_text(result, lang, labelled=separator == "\n")]
    if result.outcome.near_miss:
        extras.append(label("near_miss", lang))
    text = verdict_text(result.verdict.value, lang)
    return separator.join([text, *(extra for extra in extras if extra)])


def verdict_counts(tally: Tally, lang: Lang, bold: bool = False) -> str:
    """ "✓ met 9 · ✗ missed 6 · ? unreported 106", with not due only when some goal is."""
    kinds = ("met", "missed", "unreported", "not_due") if tally.not_due else ("met", "missed", "unreported")
    mark = "**" if bold else ""
    return " · ".join(f"{verdict_text(v, lang)} {mark}{getattr(tally, v)}{mark}" for v in kinds)


def counts_by_basis(tally: Tally, verdict: Literal["met", "missed"], lang: Lang) -> str:
    """ "5 measured, 4 documented, 2 judged" (实测5、有据4、判断2): only the bases that occur."""
    counts = [(label(basis, lang), n) for basis, n in tally.by_basis(verdict).items() if n]
    if lang == "zh":
        return "、".join(f"{name}{n}" for name, n in counts)
    return ", ".join(f"{n} {name}" for name, n in counts)


def summary_lines(tally: Tally, lang: Lang) -> list[str]:
    """The verdict counts in words, met and missed split by basis, partial reports apart."""
    colon, comma = (label("colon", lang), "，" if lang == "zh" else ", ")
    lines = []
    for verdict in ("met", "missed"):
        count = getattr(tally, verdict)
        split = counts_by_basis(tally, verdict, lang) if count else ""
        lines.append(f"{verdict_text(verdict, lang)} {count}" + (f"{colon}{split}" if split else ""))
    unreported = f"{verdict_text('unreported', lang)} {tally.unreported}"
    if tally.partial:
        unreported += f"{comma}{label('of_which_partial', lang)} {tally.partial}"
    if tally.undecided:
        unreported += f"{comma}{label('of_which_undecided', lang)} {tally.undecided}"
    lines.append(unreported)
    if tally.not_due:
        lines.append(f"{verdict_text('not_due', lang)} {tally.not_due}")
    return lines


class _Levels(NamedTuple):
    """A scorecard's levels by id, and each level's goal quotes joined by newlines (no quote holds one)."""

    defined: dict[str, LevelDef]
    quotes: dict[str, str]


# The index of the scorecard last asked about: a report names a level once per goal row and heads every
# level, and one pass over the levels and goals for each would cost levels x goals.
_LAST: list[tuple[Scorecard, _Levels]] = []


def _levels(scorecard: Scorecard) -> _Levels:
    if _LAST and _LAST[0][0] is scorecard:
        return _LAST[0][1]
    defined: dict[str, LevelDef] = {}
    for level in scorecard.levels:
        defined.setdefault(level.id, level)
    quotes: dict[str, list[str]] = {}
    for result in scorecard.results:
        quotes.setdefault(result.level, []).append(result.goal.quote)
    index = _Levels(defined, {level: "\n".join(texts) for level, texts in quotes.items()})
    _LAST[:] = [(scorecard, index)]
    return index


def level_name(scorecard: Scorecard, level: str, lang: Lang) -> str:
    """A level as the plan names it (确保 / commitment), from the plan's own vocabulary."""
    defined = _levels(scorecard).defined.get(level)
    if defined is None:
        return level
    return defined.label if lang == "zh" else defined.label_en or defined.id


def level_heading(scorecard: Scorecard, level: str, lang: Lang, quotes: list[str] | None = None) -> str:
    """A level with the words of its vocabulary its goals' quotes (or the quotes given) use: "commitment (确保)"."""
    name = level_name(scorecard, level, lang)
    index = _levels(scorecard)
    defined = index.defined.get(level)
    words = defined.words if defined is not None else []
    text = index.quotes.get(level, "") if quotes is None else "\n".join(quotes)
    used = [w for w in words if w != name and w in text]
    return f"{name} ({', '.join(used)})" if used else name


DOCUMENT_ITEMS_SHOWN = 10


def document_lines(scorecard: Scorecard, lang: Lang) -> list[str]:
    """Document coverage in lines: the two counts, then what is unaccounted for (the first few of each)."""
    documents = scorecard.documents
    if documents is None:
        return []
    lines = [
        f"{documents.covered_targets}/{documents.target_phrases} {label('doc_targets', lang)}",
        f"{documents.used_figures}/{documents.review_figures} {label('doc_figures', lang)}",
    ]
    items = [(label("doc_uncovered", lang), u.quote, u.place.line) for u in documents.uncovered_targets]
    items += [(label("doc_unused", lang), f"{u.figure}: {u.quote}", u.place.line) for u in documents.unused_figures]
    items += [(label("doc_silence", lang), s.reason, s.place.line) for s in documents.suspicious_silences]
    colon = label("colon", lang)
    for kind, text, line in items[:DOCUMENT_ITEMS_SHOWN]:
        lines.append(f"{kind} ({label('doc_line', lang).format(line)}){colon}{text}")
    total = (
        documents.target_phrases
        - documents.covered_targets
        + documents.review_figures
        - documents.used_figures
        + len(documents.suspicious_silences)
    )  # the lists hold at most the first MAX_LISTED of each
    if total > DOCUMENT_ITEMS_SHOWN:
        key = "doc_more" if total == len(items) else "doc_more_first"
        lines.append(label(key, lang).format(total - DOCUMENT_ITEMS_SHOWN))
    return lines


def gate_line(scorecard: Scorecard, options: RenderOptions) -> str:
    """The gate's outcome in one line naming what it checked ("data gate passed: every goal has an entry
    (96/96)"), or "" when no gate ran."""
    return "" if options.gate is None else options.gate.line(options.lang)


def target_cell(result: GoalResult, lang: Lang = "en") -> str:
    return _target_text(result.goal.rule, lang)


def _target_text(params: Any, lang: Lang) -> str:
    """A rule's target in a few symbols, worded in Chinese where the rule's own text is in words."""
    if lang == "zh" and params.kind == "judged":
        return "定性"
    if lang == "zh" and params.kind == "milestone":
        return "完成" if params.deadline is None else f"{params.deadline}前完成"
    if lang == "zh" and params.kind == "decline" and params.target_pct is None and params.target is None:
        return "下降"  # any fall
    if lang == "zh" and params.kind == "decline":
        amount = params.target_pct if params.target_pct is not None else params.target or 0
        return f"下降≥{num(amount)}{'%' if params.target_pct is not None else u(params.unit)}"
    if lang == "zh" and params.kind == "all_of" and params.parts is not None:
        return "；".join(f"{name} {_target_text(part, lang)}" for name, part in params.rules())
    if lang == "zh" and params.kind == "all_of":
        return f"{len(params.measures)}项均{_target_text(params.each, lang)}"
    text: str = RULES[params.kind].target_text(params)
    return text


def actual_cell(result: GoalResult, lang: Lang) -> str:
    outcome = result.outcome
    kind = result.goal.rule.kind
    if result.entry != "reported" or result.undecided:  # an undecided goal's evidence gives no actual to show
        return "—"
    if kind == "milestone":
        done = bool(outcome.actual)
        return ("完成" if done else "未完成") if lang == "zh" else ("done" if done else "not done")
    if kind == "judged":  # only a verdict reached on judgement is "judged"
        return ("判断" if lang == "zh" else "judged") if result.basis == "judged" else "—"
    if outcome.progress is not None:
        return f"{outcome.progress.done}/{outcome.progress.total}"
    if outcome.actual is None:
        return "—"
    if kind == "ranking":
        return f"#{num(outcome.actual)}"
    # Derived rates (growth, falls, point changes) are shown to two decimals; their arithmetic keeps the rest.
    if kind in {"growth", "pp_change"}:
        return f"{signed(round(outcome.actual, 2))}{outcome.unit}"
    if kind == "decline":  # the size of the fall, shown as the fall it is: "−2.6%" (下降2.6%), a rise as "+1%"
        fall = round(outcome.actual, 2)
        if lang == "zh":
            return f"{'下降' if fall >= 0 else '上升'}{num(abs(fall))}{u(outcome.unit)}"
        return f"{'−' if fall > 0 else '+'}{num(abs(fall))}{u(outcome.unit)}"
    if kind == "increase_by":
        return f"{num(round(outcome.actual, 2))}{u(outcome.unit)}"
    if kind == "new_items":
        return f"+{num(outcome.actual)}{u(outcome.unit)}"
    return f"{num(outcome.actual)}{u(outcome.unit)}"


def attainment(result: GoalResult) -> float | None:
    """The attainment of a decided goal (met or missed); a partly reported goal's share done is no attainment."""
    return result.outcome.attainment if result.verdict.value in {"met", "missed"} else None


def attainment_cell(result: GoalResult) -> str:
    value = attainment(result)
    return "—" if value is None else pct(value)


def goal_title(result: GoalResult, lang: Lang) -> str:
    return title_of(result.goal.title, result.goal.title_en, lang)


def section_title(result: GoalResult, lang: Lang) -> str:
    return title_of(result.section.title, result.section.title_en, lang)


def stretch_text(result: GoalResult, lang: Lang) -> str | None:
    if result.outcome.stretch_reached is None:
        return None
    key = "stretch_yes" if result.outcome.stretch_reached else "stretch_no"
    return f"{label(key, lang)} ({num(result.outcome.stretch or 0)})"


def percent(share: float) -> str:
    return f"{share * 100:.1f}%"


def untracked_value(result: UntrackedResult) -> str:
    item = result.item
    sign = QUALIFIER_SIGNS[item.qualifier or "exact"]
    return "—" if item.value is None else f"{sign}{num(item.value)}{item.unit or ''}"


def untracked_prior(result: UntrackedResult) -> str:
    """The prior-year figure, marked ≈ where the baseline is only approximate."""
    baseline = result.baseline
    if baseline is None:
        return "—"
    return f"{'≈' if baseline.approximate else ''}{num(baseline.value)}{baseline.unit}"
