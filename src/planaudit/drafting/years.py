"""Goals over the years: the review's years, what is due when, paces, plan bases, the prior year's baselines."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from planaudit.drafting.common import (
    _CUMULATIVE,
    _CUMULATIVE_ONLY,
    _FALL_BEFORE,
    _GROWTH_BEFORE,
    _LATIN,
    _YEAR_TOTAL,
    Document,
    _Baseline,
    _clause_span,
    _context,
    _n,
    _stands,
    q,
)
from planaudit.drafting.review import _report_dates
from planaudit.reading.clauses import five_year_plan
from planaudit.reading.figures import Figure, Kind, Qualifier, read_figures
from planaudit.reading.horizon import (
    Horizon,
    Pace,
    base_figure_start,
    base_of,
    each_year,
    pace_of,
    rate_word,
    years_told,
)
from planaudit.reading.lazyre import HAN, LazyPattern, skipping
from planaudit.reading.matching import (
    MATCH_SHARE,
    looks_ahead,
    pair_set,
    similarity,
    units_fit,
    without_base_years,
    years_named,
)
from planaudit.reading.periods import Span as Period
from planaudit.reading.periods import act_deadlines, falls_after, parse_period, reported_period, resolve
from planaudit.reading.postings import Postings, share_needed
from planaudit.reading.scan import Finding, Reading, readings, sentences
from planaudit.reading.tables import Indicator
from planaudit.reading.units import EN_MONTHS, PERCENT, PERCENTAGE_POINT

_SHARE = re.compile(r"占|比重|比例|率|(?i:\b(?:share|rate)\b)")


def _due_later(due: str | None, plan: Period | None, reach: Period | None = None) -> bool:
    """Whether a goal falls due after the period the review reports on (the plan's, or up to the review's own date:
    reach): the review cannot report it yet."""
    if due is None or plan is None:
        return False
    span = resolve(due, plan)
    return span is not None and falls_after(span, reach or plan)


# A span of years (2023—2025年, "2021–2026"): the period a plan or review covers, no year of results.
_YEAR_SPAN = re.compile(r"(?:19|20)[0-9]{2}\s*[—–-]+\s*(?:19|20)[0-9]{2}")


# An English goal whose own verb keeps a level ("Keep at least 90% of …", "We will maintain …"), not one that serves
# to keep something ("Train 1,500 members to maintain pumps").
_KEEP_LEAD = re.compile(r"\s*(?:[A-Za-z]+\s+will\s+)?(?:keep|maintain|remain|stay)\b", re.IGNORECASE)


def _every_year(clause: str) -> bool:
    """Whether a goal is a condition on every year of a plan's span, due in each (控制在…以内, "Keep at least …")."""
    return _KEEP_LEAD.match(clause) is not None if _LATIN.search(clause) else each_year(clause)


def _latest_reported(review: str, base_year: int, target_year: int) -> int | None:
    """The last year a review of a plan over years (base_year → target_year) gives results of, when that is before
    the plan's last year (2024年…达到1086亿元 and 截至2024年底… in a mid-term review of a 2023—2025 plan; its
    预计到2025年 and 2025年，我市将… look ahead); None when it reports on the last year, or names none of the plan's."""
    latest = None
    for span in sentences(review):
        sentence = review[span.start : span.end]
        if looks_ahead(sentence):
            continue
        for first, last in years_named(_YEAR_SPAN.sub(" ", without_base_years(sentence))):
            if first == last and base_year < first <= target_year:
                latest = first if latest is None else max(latest, first)
    return latest if latest is not None and latest < target_year else None


# A report's own year named by its end in its title or opening lines: "for the year ended 31 July 2025", "year ending
# June 30, 2024".
_YEAR_ENDED = re.compile(
    r"\byear\s+(?:ended|ending|to)\s+(?:the\s+)?(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+)?(?P<month>[A-Z][a-z]+)"
    r"(?:\s+[0-9]{1,2}(?:st|nd|rd|th)?)?,?\s+(?P<year>(?:19|20)[0-9]{2})\b",
    re.IGNORECASE,
)
YEAR_ENDED_REACH = 600


def _reported_until(review: str, plan: Period | None) -> Period | None:
    """The period a review reports on: the plan's, or when the review is dated later on a line of its own (a plan
    published in November 2012 with deadlines in 2013, reviewed in a report of October 2013) up to that month."""
    months = _report_dates(review)[1]
    if plan is None:
        return plan
    ended = _YEAR_ENDED.search(review, 0, YEAR_ENDED_REACH)
    if ended is not None and not months and (month := EN_MONTHS.get(ended["month"].lower())) is not None:
        # "Annual Report … for the year ended 31 July 2025": its year runs to that month
        dated = parse_period(f"{ended['year']}-{month:02d}")
        return plan if dated is None or dated.last <= plan.last else Period(plan.first, dated.last)
    # or a review that states its own period ("Sustainability Report 2024", "In 2024 our emissions were …")
    stated = reported_period(review) if not months else None
    if not months and stated is None:
        return plan
    dated = parse_period("{}-{:02d}".format(*max(months))) if months else stated
    return plan if dated is None or dated.last <= plan.last else Period(plan.first, dated.last)


# A later stage named after a target ("reduce leakage to 158 Ml/d, on our way to 126 Ml/d by 2030"): its date is that
# stage's, not the first target's.
_LATER_STAGE = re.compile(
    r"\b(?:on (?:our|its|their|the) way (?:down )?to|as a step (?:on the way )?(?:to|towards)|en route to|ahead of)\b",
    re.IGNORECASE,
)


# A Chinese sentence that opens on a year to reach (到2025年，…，…) dates each of its clauses; a clause that counts
# over a five-year plan's span (“十四五”期间累计完成…) is due at the span's end.
_ZH_BY_YEAR_OPENING = re.compile(r"\s*(?:到|至)((?:19|20)[0-9]{2})年(?:底|末)?[，,]")
_ZH_OVER_PLAN = re.compile(r"“?十([一二三四五六七八九])五”?(?:期间|时期)")


def _zh_span_due(text: str, first: int, at: int, plan_period: str | None) -> str | None:
    """The due a Chinese goal takes from its sentence's opening year or a five-year span named before its figure."""
    over = _ZH_OVER_PLAN.search(text, first, at)
    back = max(0, first - 200)
    opening = max(text.rfind(stop, back, first) for stop in "。；\n") + 1 or back
    dated = _ZH_BY_YEAR_OPENING.match(text, opening, first)
    if dated is None and text[opening - 1 : opening] == "；":
        # 到2024年底，…达到1050亿元；累计建成5G基站2万个: the sentence's opening year dates its clauses after a ；
        start = max(text.rfind(stop, back, first) for stop in "。\n") + 1 or back
        dated = _ZH_BY_YEAR_OPENING.match(text, start, first)
        if dated is not None and years_named(text[dated.end() : first]):
            dated = None  # another year named on the way: not this opening's
    if over is not None:
        year = str(five_year_plan(over.group(1))[1])
    elif dated is not None:
        year = dated.group(1)
    else:
        return None
    plan = _period_of(plan_period) if plan_period else None
    return None if plan is not None and resolve(year, plan) == plan else year


def _goal_due(text: str, finding: Finding, plan_period: str | None) -> str | None:
    first, last = _clause_span(text, finding.start, finding.end)
    at = (finding.figure.start, finding.figure.end) if finding.figure is not None else (finding.start, finding.start)
    stage = _LATER_STAGE.search(text, at[1], last) if _LATIN.search(finding.quote) else None
    if stage is not None:
        last = stage.start()
    due = clause_due(text[first:last], plan_period, (at[0] - first, at[1] - first))
    if due is None and HAN.search(finding.quote):
        due = _zh_span_due(text, first, at[0], plan_period)
    if due is None and _LATIN.search(finding.quote):
        # bullets under "What we will achieve by the end of 2026": the heading's deadline is each one's
        heading = _heading_line(text, finding.start)
        due = clause_due(heading, plan_period) if heading else None
    return due


# The year a review reports on, where it names one: a heading (一、2021年工作回顾, 2023年工作总结).
_REVIEWED_YEAR = re.compile(
    r"^[ \t]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?[^\n，。；：:,.]{0,8}?((?:19|20)[0-9]{2})年"
    r"[^\n，。；：:,.0-9]{0,6}(?:回顾|总结)[ \t]*$",
    re.MULTILINE,
)


def _review_years(reviews: Sequence[Document], year: str | None) -> list[int | None]:
    """The year each review reports on: the year its heading (2021年工作回顾) or English title ("Annual Report 2024")
    names, else the year after the review before it (the first: the plan's own year). Reviews of successive years are
    given in order; two of one year are a usage error."""
    from planaudit.errors import UsageError

    found: list[int | None] = []
    previous = int(year[:4]) - 1 if year is not None and year[:4].isdigit() else None
    for doc in reviews:
        heading = _REVIEWED_YEAR.search(doc.text)
        stated = reported_period(doc.text) if heading is None else None
        own = int(heading.group(1)) if heading else stated.last[0] if stated is not None else None
        if own is None and previous is not None:
            own = previous + 1
        if own is not None and own in found:
            raise UsageError(f"{doc.path}: reports on {own}, as does an earlier review: give one review a year")
        found.append(own)
        previous = own if own is not None else previous
    if len(reviews) > 1 and any(own is None for own in found):
        raise UsageError(f"{reviews[0].path}: no year found for the review: name the year it reports on in its heading")
    return found


# A review's look back over several years (五年来, 过去五年, "over the past five years", 2018—2022年) and back to one
# year (过去一年, 2022年, 一年来, "last year"): the later of the two before a figure says what span it is told over.
_OVER_YEARS = re.compile(
    r"五年来|过去五年|[二三四五六七八九十]年来|(?:19|20)[0-9]{2}\s*[—–-]+\s*(?:19|20)[0-9]{2}年"
    r"|(?i:over the (?:past|last) (?:[a-z]+|[0-9]+) years)"
)
_ONE_YEAR = re.compile(
    r"过去一年|一年来|去年|(?<![0-9—–-])(?:19|20)[0-9]{2}年(?!\s*[—–-])|(?i:\b(?:last|this|the past) year\b)"
)
OVER_YEARS_REACH = 20_000


def _over_years(text: str, at: int) -> bool:
    """Whether a review figure at `at` is told in a look back over several years: the nearest mark before it, within
    its part, is one of several years (五年来) rather than of one (过去一年)."""
    start = max(0, at - OVER_YEARS_REACH)
    several = [m.end() for m in _OVER_YEARS.finditer(text, start, at)]
    one = [m.end() for m in _ONE_YEAR.finditer(text, start, at)]
    return bool(several) and (not one or several[-1] > one[-1])


def _since_base(text: str, span: tuple[int, int], pace: Pace, review_year: int | None) -> str | None:
    """How a compound target's figure in the review of its last year tells the change since the base year: "average"
    (年均增长9.2%, "by an average of 5% a year") or "cumulative" (累计下降14.2%, or a fall told over the plan's
    span: 五年来…下降14.2%, "over the past three years"); None for a year's own change, or a span of other years."""
    if review_year is None or review_year != pace.target_year:
        return None
    quote = text[span[0] : span[1]]
    start = max(0, span[0] - OVER_YEARS_REACH)
    several = [m for m in _OVER_YEARS.finditer(text, start, span[0])]
    one = [m.end() for m in _ONE_YEAR.finditer(text, start, span[0])]
    told = years_told(several[-1].group()) if several and (not one or several[-1].end() > one[-1]) else None
    if told is not None and told != pace.target_year - pace.base_year:
        return None  # 三年来 in a five-year plan: not the span's change
    if rate_word(quote):
        return "average" if told is not None or pace.average else None
    if told is not None or (_CUMULATIVE_ONLY.search(quote) and not _YEAR_TOTAL.search(quote)):
        return "cumulative"
    return None


def _source_id(review_year: int | None, ledger: bool) -> str:
    return f"review-{review_year}" if ledger else "review"


def _pace(
    text: str,
    finding: Finding,
    due: str | None,
    year: str | None,
    horizon: Horizon | None,
    row: Indicator | None = None,
) -> Pace | None:
    """The trajectory a numeric target takes: one of a plan over years (horizon), or one whose own words give a base
    year or a yearly average with a deadline years ahead (比2020年下降18%到2025年, "from 72% in 2022 to 80% by
    2027"); None for a target of one year, a condition on every year (控制在…以内) or one no trajectory carries."""
    if finding.target is None or finding.figure is None or finding.figure.kind is not Kind.NUMBER:
        return None
    if finding.kind not in ("growth", "decline", "at_least", "at_most", "increase_by", "new_items"):
        return None
    clause = _clause_of(text, finding.start, finding.end)
    base = base_of(clause)
    target_year = (
        int(due[:4]) if due is not None and re.fullmatch(r"(?:19|20)[0-9]{2}(?:-[0-9]{2}){0,2}", due) else None
    )
    if target_year is None and due is not None:
        return None  # a horizon ("next two years") or a fiscal year: kept as the goal's due
    if horizon is None:
        if target_year is None or (base is None and not rate_word(clause)):
            return None  # a one-year plan's "by 2026" stays a deadline
        first = int(year[:4]) - 1 if year is not None and year[:4].isdigit() else None
        if first is None and base is None:
            return None
        span = Horizon(base if base is not None else first or 0, target_year)
    else:
        span = Horizon(base if base is not None else horizon.base_year, target_year or horizon.target_year)
    if span.target_year - span.base_year < 2:
        return None
    if row is not None:
        return _row_pace(finding, row, span)
    first, _ = _clause_span(text, finding.start, finding.end)
    before = text[max(first, finding.figure.start - 60) : finding.figure.start]
    percent = (finding.unit or "") == PERCENT
    return pace_of(finding.kind, percent, clause, before, span, _plan_base(text, finding) is not None)


_TOTAL_CELL = re.compile(r"^\s*[〔\[［【]")


def _row_pace(finding: Finding, row: Indicator, span: Horizon) -> Pace | None:
    """The trajectory of a row of a plan's indicator table: its 2025 column a level to reach, its 年均 column a
    yearly average, its 累计 column (〔〕) a total over the span; a ceiling written < or 以内 stays a condition on
    each year."""
    percent = (finding.unit or "") == PERCENT
    falls = finding.kind == "decline"
    direction = "decrease" if falls else "increase"
    if row.column == "rate" and finding.kind in ("at_least", "growth", "decline"):
        if _TOTAL_CELL.match(row.target):
            method = "compound" if percent else "linear"
            return Pace(span.base_year, span.target_year, method, direction, False)
        return Pace(span.base_year, span.target_year, "compound", direction, True) if percent else None
    if row.column == "level" and finding.kind == "at_least":
        return Pace(span.base_year, span.target_year, None, "increase", False)
    if row.column == "level" and finding.kind == "at_most" and not re.search(r"[<＜≤]|以内|以下|不超过", row.target):
        return Pace(span.base_year, span.target_year, None, "decrease", False)  # a fall to reach, not a cap
    return None


def _row_base(text: str, row: Indicator) -> tuple[float, str, str] | None:
    """The base-year cell of a table row as a baseline: its value and the row's words from the name to that cell."""
    try:
        value = float(row.base)
    except ValueError:
        return None
    at = text.find(row.base, row.name_start + len(row.name), row.end)
    if at == -1:
        return None
    return value, row.unit if row.unit not in ("％",) else PERCENT, text[row.name_start : at + len(row.base)]


def _plan_base(text: str, finding: Finding) -> tuple[float, str, str] | None:
    """The base value a target's own words state before it (从6.3件上升到12件, "from 72% in 2022 to 80%"): its value,
    unit and quote (from the base to the target), or None."""
    found = _base_figure(text, finding)
    if found is None:
        return None
    figure, at = found
    first, _ = _clause_span(text, finding.start, finding.end)
    quote_start = at - 1 if at > 0 and text[at - 1] in "从由" else first
    return figure.value, figure.unit, text[quote_start : finding.end]


BASE_REACH = 200  # how far before a target its base may stand ("from 72% in 2022 to 80%")


def _base_figure(text: str, finding: Finding) -> tuple[Figure, int] | None:
    """The figure a target's words name as its base (after 从/由/"from", before the target, in its unit) and where the
    words after that marker start, or None."""
    if finding.figure is None:
        return None
    first = max(_clause_span(text, finding.start, finding.end)[0], finding.figure.start - BASE_REACH)
    at = base_figure_start(text[first : finding.figure.start], finding.figure.start - first)
    if at is None:
        return None
    for figure in read_figures(text[first + at : finding.figure.start]):
        dated = figure.unit in ("年", "") and 1900 <= figure.value <= 2100
        if figure.kind is Kind.NUMBER and not dated and units_fit(finding.unit, figure):
            return figure._replace(start=figure.start + first + at, end=figure.end + first + at), first + at
    return None


def _without_bases(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings less those whose figure is another's stated base ("raise the rate from 72% in 2022 to 80%": 72% is
    where the target starts from, not a target); the target's quote then opens where its base's did."""
    bases: dict[int, int] = {}  # a base figure's start: the index of the finding whose base it is
    for index, finding in enumerate(findings):
        figure = finding.figure
        if figure is not None and _FROM_WORD.search(text, max(0, figure.start - BASE_REACH), figure.start):
            found = _base_figure(text, finding)
            if found is not None:
                bases[found[0].start] = index
    if not bases:
        return findings
    opens: dict[int, int] = {}
    for finding in findings:
        target = bases.get(finding.figure.start, -1) if finding.figure is not None else -1
        if target != -1 and finding.start < findings[target].start:
            opens[target] = finding.start
    out = []
    for index, finding in enumerate(findings):
        if finding.figure is not None and finding.figure.start in bases:
            continue
        first = opens.get(index, finding.start)
        out.append(finding._replace(start=first, quote=text[first : finding.end]) if first < finding.start else finding)
    return out


_FROM_WORD = LazyPattern(r"从|由|\b[Ff]rom\b")
skipping(_FROM_WORD)  # looked for before every goal's figure: `re` skips to its first characters


def _trajectory(finding: Finding, unit: str | None, pace: Pace) -> str:
    """A trajectory rule for a target over years."""
    compound = pace.method == "compound"
    parts = ["kind: trajectory"]
    parts += [f"method: {pace.method}"] if pace.method else []
    parts += ["direction: decrease"] if pace.direction == "decrease" else []
    parts += ["average: true"] if pace.average else []
    parts += [f"base_year: {pace.base_year}", f"target_year: {pace.target_year}", f"target: {_n(finding.target or 0)}"]
    parts.append(f"unit: {q(PERCENT if compound else unit or '')}")
    return "{" + ", ".join(parts) + "}"


def _pace_why(pace: Pace) -> str:
    span = f"{pace.base_year}→{pace.target_year}"
    if pace.method == "compound":
        return f"{span}, " + (
            "a yearly average, each year's rate chained" if pace.average else "a change over the span"
        )
    if pace.method == "linear":
        return f"{span}, a change reached step by step (time-elapsed pace)"
    return f"{span}, a level to reach"


HEADING_LINE = 120


def _heading_line(text: str, start: int) -> str:
    """The unnumbered heading over a paragraph: the line before the blank line that opens the paragraph holding
    `start`, when it is one short line with no full stop ("What we will achieve by the end of 2026")."""
    opening = text.rfind("\n\n", max(0, start - 20_000), start)
    if opening <= 0:
        return ""
    line = text[text.rfind("\n", 0, opening) + 1 : opening].strip()
    return line if 0 < len(line) <= HEADING_LINE and not line.endswith((".", "!", "?", ";", ",")) else ""


def clause_due(clause: str, plan_period: str | None, goal_at: tuple[int, int] | None = None) -> str | None:
    """The `due` a goal's own clause states ("by 2022", 到2025年, 今明两年), or None: none, a deadline equal to the
    plan's own period (it adds nothing), one inside the name of what the goal delivers (制定2030年前…行动方案: the
    plan is due now) unless the goal's figure or quote (goal_at) stands there too, or several different ones."""
    plan = _period_of(plan_period) if plan_period else None
    found = set()
    for deadline in act_deadlines(clause, goal_at):
        span = resolve(deadline.due, plan) if plan is not None else parse_period(deadline.due)
        if plan is not None and span == plan:
            continue
        found.add(deadline.due)
    return found.pop() if len(found) == 1 else None


# The plan's period, read once for all its goals' deadlines rather than once a goal.
_period_of = functools.lru_cache(maxsize=8)(parse_period)


def _clause_of(text: str, start: int, end: int) -> str:
    """The clause (between ，。；, an English , . ; or a line end) holding text[start:end]; a quote the scanner cut
    short ("We will double") reaches its clause's deadline ("… the income of farmers by 2022"). Bounded windows keep
    a plan of many findings on one unbroken line linear."""
    first, last = _clause_span(text, start, end)
    return text[first:last]


def _baselines(findings: list[Finding], baseline: Document, ids: list[str]) -> dict[int, _Baseline]:
    """A prior-year figure for each numeric goal whose measure words and unit it shares."""
    found: dict[int, _Baseline] = {}
    prior = _Prior(baseline.text)
    chosen: dict[tuple[str, str, str | None], Reading | None] = {}
    for index, finding in enumerate(findings):
        if finding.kind not in ("at_least", "at_most", "growth", "new_items", "pp_change", "decline", "increase_by"):
            continue
        key = (finding.kind, finding.measure, finding.unit)
        if key not in chosen:
            chosen[key] = prior.of(finding)
        reading = chosen[key]
        if reading is not None:
            found[index] = _Baseline(f"{ids[index]}-prior", reading, baseline.text)
    return found


def _content_words(text: str) -> set[str]:
    """Words of four letters or more, cut to five letters so "casualties" meets "casualty"."""
    return {word[:5].lower() for word in re.findall(r"[A-Za-z]{4,}", text)}


class _Prior:
    """A prior-year document's exact figures, indexed once by the character pairs of their phrases: each goal is
    compared with the figures whose words can name its measure (matching.similarity), not with all of them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.candidates = [r for r in readings(text) if r.figure.qualifier is Qualifier.EXACT]
        self.index = Postings([pair_set(_context(text, r)) for r in self.candidates])
        self.cumulative: dict[str | None, bool] = {}  # by unit: a level of that unit counted cumulatively

    def _fits(self, finding: Finding, r: Reading) -> bool:
        """A figure of the kind the goal's prior level is (before the measure words are compared)."""
        text, kind = self.text, finding.kind
        if kind == "growth" or (kind == "decline" and finding.unit == PERCENT):
            # the level that grows or falls by a percentage, in its own unit
            return (
                r.figure.unit not in ("", PERCENT, PERCENTAGE_POINT)
                and not _GROWTH_BEFORE.search(text[r.start : r.figure.start])
                and not _FALL_BEFORE.search(text[r.start : r.figure.start])
            )
        if kind == "pp_change":
            return (
                r.figure.unit == PERCENT
                and _SHARE.search(_context(text, r)) is not None
                and not _GROWTH_BEFORE.search(text[r.start : r.figure.start])
            )
        return r.figure.kind is Kind.NUMBER and units_fit(finding.unit, r.figure)

    def _counts_cumulatively(self, finding: Finding) -> bool:
        """Whether any figure the goal could take is a cumulative count (then only those are taken)."""
        if finding.unit not in self.cumulative:
            self.cumulative[finding.unit] = any(
                self._fits(finding, r) and _CUMULATIVE.search(self.text[r.start : r.figure.start])
                for r in self.candidates
            )
        return self.cumulative[finding.unit]

    def of(self, finding: Finding) -> Reading | None:
        """The prior-year figure for one numeric finding, or None: the first best named of the figures that fit."""
        text = self.text
        wanted = pair_set(finding.measure)
        cumulative = finding.kind == "new_items" and self._counts_cumulatively(finding)
        words = _content_words(finding.measure) if finding.measure.isascii() else None
        best: tuple[Reading, float] | None = None
        for number in self.index.holding(wanted, share_needed(MATCH_SHARE, len(wanted))):
            r = self.candidates[number]
            score = similarity(finding.measure, _context(text, r))
            if score < MATCH_SHARE or (best is not None and score <= best[1]) or not self._fits(finding, r):
                continue
            if cumulative and not _CUMULATIVE.search(text[r.start : r.figure.start]):
                continue
            if words is not None and not words & _content_words(_context(text, r)):
                continue  # English: a prior figure of the same measure shares one of its words
            best = (r, score)
        if best is None or not _stands(text[best[0].start : best[0].end], best[0].figure.value, None):
            return None
        return best[0]
