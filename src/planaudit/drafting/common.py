"""What the drafting stages share: documents, goal and evidence records, quoting, the clause around a figure."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import NamedTuple

from planaudit.gates import DRAFT_MARK
from planaudit.reading.figures import find_value
from planaudit.reading.lazyre import LazyPattern, compile_skipping, skipping
from planaudit.reading.matching import is_counter
from planaudit.reading.scan import BREAKS, Finding, Reading
from planaudit.reading.units import format_number

# Rules whose reported level is compared with a prior-year baseline (planaudit.rules: needs_baseline).
NEEDS_BASELINE = frozenset({"growth", "new_items", "pp_change", "decline", "increase_by"})
NUMERIC_KINDS = frozenset(
    {
        "at_least",
        "at_most",
        "between",
        "growth",
        "new_items",
        "pp_change",
        "ranking",
        "approximately",
        "planned",
        "decline",
        "increase_by",
    }
)
MARK = DRAFT_MARK
_GROWTH_BEFORE = re.compile(r"(?:增长|增加|提高|提升|增幅|(?i:\b(?:grew|growth|increased?|rose|up)\b)(?: by)?)\s*$")
_FALL_BEFORE = re.compile(
    r"(?:下降|降低|减少|压减|降|降幅|下降幅度|降低幅度"
    r"|(?i:\b(?:fell|cut|reduced|decreased|declined|dropped|lowered|shrank|down)\b)(?: by)?"
    r"|(?i:\b(?:reduction|fall|decline|decrease|drop|cut)\s+of))\s*$"
)
_CUMULATIVE = re.compile(r"累计|总数|总量|达到|达")
_CUMULATIVE_ONLY = re.compile(r"累计|总数")
# A total the year sums (全年累计, 1-12月累计), not a count since some earlier start.
_YEAR_TOTAL = re.compile(r"(?:全年|当年|今年|本年|年内|月)累计")
# A clause's end, as _BOUNDARY, but the comma of "by 1st May, 2018" is inside its clause.
# Searched in each goal's clause: `re` skips to its first characters.
_CLAUSE_END_TEXT = "[，。；;" + re.escape(BREAKS) + r"]|\.(?=\s|$)|,(?=\s|$)(?!\s*[0-9]{4}\b)"
_CLAUSE_END = compile_skipping(_CLAUSE_END_TEXT)
# The last clause end before a position (each match is one character, so finditer finds every place it matches): the
# greedy run backs off from the end to it, in `re`.
_LAST_CLAUSE_END = LazyPattern(f"(?s:.*)(?:{_CLAUSE_END_TEXT})")
_UNSAFE = re.compile("[" + re.escape(BREAKS) + "]")


class Document(NamedTuple):
    """A source document: the path as given on the command line and its text."""

    path: str
    text: str


class Draft(NamedTuple):
    """The two drafted files as text, and what went into them."""

    targets: str
    actuals: str
    goals: int
    evidence: int
    silent: int
    baselines: int
    untracked: int
    marks: int
    years: tuple[int, ...] = ()  # a ledger's review years (several reviews), in order
    notes: int = 0  # the plan's figures left as notes: not its own body's pledge (another's act, rule, forecast, …)


class _Baseline(NamedTuple):
    id: str
    reading: Reading
    text: str  # the baseline document


class _Evidence(NamedTuple):
    lines: list[str]  # YAML lines of the entry, indented under the goal id
    spans: list[tuple[int, int]]  # review spans quoted
    score: float | None = None  # a deed matched on words: how well (one review sentence is one goal's evidence)
    listed: bool = False  # a list whose lead-in, or an example whose sentence, names the goal (every such goal's)


# English minimum share of a review phrase's weighted words that a goal's clause must name (matching.match_score).
WORD_MATCH = 0.32
_LATIN = LazyPattern(r"[A-Za-z]{2}")
skipping(_LATIN)  # searched in whole texts and every goal's quote: `re` skips to a letter


def _line_of(text: str, start: int, end: int) -> str:
    """The line (a paragraph in most plans) holding text[start:end], at most 600 characters each side."""
    first = text.rfind("\n", max(0, start - 600), start) + 1 or max(0, start - 600)
    last = text.find("\n", end, end + 600)
    return text[first : last if last != -1 else min(len(text), end + 600)]


def _clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding text[start:end] starts and ends (as _clause_of)."""
    window = max(0, start - 300)
    last = _LAST_CLAUSE_END.match(text, window, start)
    first = window if last is None else last.end()
    after = _CLAUSE_END.search(text, end, min(len(text), end + 300))
    return first, after.start() if after is not None else min(len(text), end + 300)


# ---------------------------------------------------------------------------------------------------------------------
# Matching measure words


def _context(text: str, reading: Reading) -> str:
    """The words of the reading's phrase around its figure (the figure itself left out)."""
    return text[reading.start : reading.figure.start] + " " + text[reading.figure.end : reading.end]


class _Goal(NamedTuple):
    """A drafted goal as evidence is sought for it: the finding, its unit, and (English) the words of its clause."""

    finding: Finding
    unit: str | None
    has_baseline: bool
    words: frozenset[str]  # empty: match on the finding's measure by character pairs
    paragraph: frozenset[str] = frozenset()  # English: the words of the goal's line (a scheme named sentences before)
    acronyms: frozenset[str] = frozenset()  # English: the capitalised abbreviations of that line (MGNREGS, PMGSY)
    sentence: frozenset[str] = frozenset()  # English: the words of the goal's sentence (its subject before "will")
    clause: str = ""  # English: the goal's clause as written (a review sentence repeating it is an echo)
    trailing: bool = False  # Chinese: the measure is named after the amount (将2.8万亿元中央财政资金纳入…)
    context: str = ""  # Chinese: the goal's quote and its sentence after it, to the next finding (what it names)
    marks: tuple[str, ...] = ()  # English: the plan's numbered item ("action 1") and heading the goal stands under
    month: tuple[int, int] | None = None  # English: the last month the goal is due by (its due or "in October 2013")
    more: tuple[str, int] | None = None  # English: "support more … projects": the things' stem, the plan's count now
    # Chinese: a target of several items with one figure each (能耗和二氧化碳排放分别降低13.5%、18%): the head noun of
    # this figure's item and those of the others
    item: tuple[str, tuple[str, ...]] | None = None
    # Chinese: a yearly-average target (年均) read in its last year, where a review's 年均 over the span is its outcome
    # (in a year on the way, a 年均 figure is several years' average, no year's)
    closing_average: bool = False
    place: tuple[tuple[str, ...], int] | None = None  # Chinese: the items a 分别 target lists, and its own one's place
    paced: bool = False  # a trajectory over years: a year's figure is a point on its way


# ---------------------------------------------------------------------------------------------------------------------
# YAML text


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are YAML 1.2)."""
    return _QUOTE(text)


_QUOTE = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(text, ensure_ascii=False) without a new encoder each


def _n(value: float) -> str:
    return format_number(value)


def _slug(text: str, fallback: str) -> str:
    slug = re.sub(r"[^a-z0-9.]+", "-", text.lower()).strip("-.")
    return slug[:40] or fallback


def clean(text: str) -> str:
    """Free text (a title, a file name) without the line breaks, controls and bidirectional marks validate refuses."""
    return " ".join(_UNSAFE.sub(" ", text).split())


def _short(text: str, size: int = 40) -> str:
    text = clean(text)
    return text if len(text) <= size else text[: size - 1] + "…"


# ---------------------------------------------------------------------------------------------------------------------
# Drafting


# "moving 2 more into beta | and 1 into alpha": a count on top of one there already (more, or moved into a stage), so
# what the review reports is a level to subtract from; as at_least, the review's "11 in beta" would meet 2. It stays
# new_items, undecided until a baseline is given.
_MORE_AFTER = re.compile(r"\s+(?:more\b|(?:into|onto)\s)", re.IGNORECASE)


def _more(text: str, finding: Finding) -> bool:
    figure = finding.figure
    return figure is not None and (figure.unit == "more" or _MORE_AFTER.match(text, figure.end) is not None)


def _stands(quote: str, value: float, unit: str | None) -> bool:
    """Whether the verify stage will find the value in the quote (a counter word may stand for another)."""
    if find_value(quote, value, unit) is not None:
        return True
    figure = find_value(quote, value, None) if is_counter(unit) else None
    return figure is not None and (is_counter(figure.unit) or figure.unit == "")


def _lines(text: str) -> Iterator[str]:
    """_UNSAFE.split(text), one line at a time: the first line with words ends the read, not the text's end."""
    start = 0
    for match in _UNSAFE.finditer(text):
        yield text[start : match.start()]
        start = match.end()
    yield text[start:]


def _undecided(goal: _Goal, text: str, start: int, end: int, score: float, why: str) -> _Evidence:
    """A review sentence proposed as a goal's evidence for a person to decide (no verdict drafted)."""
    quote = text[start:end].strip()
    start = text.find(quote, start)
    kind = goal.finding.kind
    decide = {
        "judged": "verdict and rationale",
        "milestone": "done: true or false",
        "comparison": "both figures under values",
    }.get(kind, "a figure or silent")
    lines = [
        "    status: reported",
        f"    undecided: {q(f'proposed by draft: a person reads the quote and decides ({decide})')}",
        f"    evidence: [{{source: review, quote: {q(quote)}}}]  {MARK} ({why})",
    ]
    return _Evidence(lines, [(start, start + len(quote))], score)
