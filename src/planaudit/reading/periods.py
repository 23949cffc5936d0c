"""Periods and deadlines: calendar and fiscal years, months, days, and horizons relative to the plan's period."""

import functools
import re
from contextvars import ContextVar
from typing import NamedTuple

from planaudit.reading.lazyre import LazyPattern, compile_re, compile_skipping, skipping
from planaudit.reading.units import EN_MONTHS as _MONTHS
from planaudit.reading.units import EN_NUMBER_WORDS, fold

# A fiscal year runs from April to March by default (India, the UK, Japan…): 2018-19 is April 2018 to March 2019.
# An audit sets its own start (settings.fiscal_year_start_month: 7 for Australia, 10 for the US federal year), which
# the engine puts here while it scores; FY19 is always the fiscal year that ends in 2019.
FISCAL_START_MONTH = 4
FISCAL_START: ContextVar[int] = ContextVar("fiscal_start", default=FISCAL_START_MONTH)

Day = tuple[int, int, int]


class Span(NamedTuple):
    """A period as the first and last day it covers."""

    first: Day
    last: Day


_DATE = compile_re(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_FISCAL = LazyPattern(r"(?:FY ?)?([0-9]{4})[-/]([0-9]{2}|[0-9]{4})|FY ?([0-9]{4}|[0-9]{2})", re.IGNORECASE)
_WORD_NUMBERS = {word: n for word, n in EN_NUMBER_WORDS.items() if 1 <= n <= 10} | {
    "一": 1,
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
}
_RELATIVE = LazyPattern(
    r"(?:(?:within |over |in )?(?:the )?next (?P<count>[0-9]{1,2}|[a-z]+) (?:fiscal |financial )?years?"
    r"|(?P<current>current|this) (?:fiscal|financial year|fiscal year|year)"
    r"|(?P<following>next) (?:fiscal|financial year|fiscal year|year)"
    r"|(?P<cn_count>[0-9]|[一两二三四五])年内|今明两年(?P<cn_two>)|今年(?P<cn_this>)|明年(?P<cn_next>))",
    re.IGNORECASE,
)
EXPLAINED = (
    "write a year (2019), a month (2019-06), a day (2019-06-30) or a fiscal year (2018-19, FY2018-19, FY19, 2018/19)"
)
RELATIVE_EXPLAINED = (
    "or a horizon from the plan's period: 'next two years', 'next 3 years', 'current fiscal', 'next fiscal', "
    "'今明两年', '两年内'"
)


def _last_day(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _fiscal(start_year: int) -> Span:
    start_month = FISCAL_START.get()
    end_year, end_month = (start_year + 1, start_month - 1) if start_month > 1 else (start_year, 12)
    return Span((start_year, start_month, 1), (end_year, end_month, _last_day(end_year, end_month)))


def _year(year: int) -> Span:
    return Span((year, 1, 1), (year, 12, 31))


def parse_period(text: str) -> Span | None:
    """A written period as days, or None: "2019", "2019-06", "2019-06-30", "2018-19", "FY19", "FY2018-19", "2018/19".

    YYYY-NN is a month when NN is 01–12 and otherwise a fiscal year when NN follows YYYY (2018-19); write FY2011-12
    for the fiscal year that 2011-12 (December 2011) would mean.
    """
    text = text.strip()
    date = _DATE.fullmatch(text)
    if date is not None:
        year, month, day = int(date.group(1)), date.group(2), date.group(3)
        if month is None:
            return _year(year)
        if 1 <= int(month) <= 12:
            if day is None:
                return Span((year, int(month), 1), (year, int(month), _last_day(year, int(month))))
            if 1 <= int(day) <= _last_day(year, int(month)):
                return Span((year, int(month), int(day)), (year, int(month), int(day)))
            return None
        if day is not None:
            return None
    fiscal = _FISCAL.fullmatch(text)
    if fiscal is None:
        return None
    if fiscal.group(3) is not None:  # FY19, FY2019: the fiscal year ending in that year
        written = fiscal.group(3)
        end_year = 2000 + int(written) if len(written) == 2 else int(written)
        return _fiscal(end_year - 1)
    first, second = int(fiscal.group(1)), fiscal.group(2)
    following = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if following % 100 < first % 100 and len(second) == 2:
        following += 100  # 1999-00
    return _fiscal(first) if following == first + 1 else None


def period_problem(text: str) -> str:
    """Why text is not a period, in words (quoting text only when it is short and printable)."""
    if len(text) > 40 or not text.isprintable():
        return f"this is not a period: {EXPLAINED}"
    date = _DATE.fullmatch(text.strip())
    if date is not None and date.group(2) is not None:
        year, month = int(date.group(1)), int(date.group(2))
        if date.group(3) is not None and 1 <= month <= 12:
            return f"'{text}' is not a day: {year}-{month:02d} has {_last_day(year, month)} days; {EXPLAINED}"
        if date.group(3) is None and (year + 1) % 100 != month:
            return f"'{text}' is neither a month (01–12) nor a fiscal year ({year}-{(year + 1) % 100:02d}); {EXPLAINED}"
    return f"'{text}' is not a period: {EXPLAINED}"


def is_relative(text: str) -> bool:
    """Whether text is a horizon counted from the plan's period ("next two years", "current fiscal", 两年内)."""
    return _RELATIVE.fullmatch(text.strip()) is not None


def resolve(text: str, plan: Span) -> Span | None:
    """The period a written due date falls due in: a period as written, or a horizon counted from the plan's period
    ("next two years" in a plan for 2016-17 is 2017-18; "current fiscal" is the plan's period; 两年内 in a 2021 plan
    is 2022)."""
    absolute = parse_period(text)
    if absolute is not None:
        return absolute
    relative = _RELATIVE.fullmatch(text.strip())
    if relative is None:
        return None
    groups = relative.groupdict()
    if groups["current"] is not None or groups["cn_this"] is not None:
        return plan
    if groups["following"] is not None or groups["cn_next"] is not None:
        return shift(plan, 1)
    if groups["cn_two"] is not None:
        return shift(plan, 1)
    written = groups["count"] or groups["cn_count"] or ""
    count = int(written) if written.isdigit() else _WORD_NUMBERS.get(fold(written))
    if count is None or count < 1:
        return None
    # A horizon falls due in its last period; "next N years" counts the plan's own period as the first of them:
    # a 2016-17 budget's "next three years" fall due in 2018-19.
    return shift(plan, count - 1)


def shift(span: Span, years: int) -> Span:
    """The same period `years` later (a year, a fiscal year, a month)."""
    (y1, m1, d1), (y2, m2, d2) = span
    last = _last_day(y2 + years, m2) if d2 == _last_day(y2, m2) else min(d2, _last_day(y2 + years, m2))
    return Span((y1 + years, m1, min(d1, _last_day(y1 + years, m1))), (y2 + years, m2, last))


def falls_after(due: Span, period: Span) -> bool:
    """Whether a goal due `due` falls due after the period a review covers: its deadline (the due period's last day)
    comes after that period's last day. Due 2019-12 is due in a review of 2019; due 2017 is not yet due in a review
    of 2016-17 (April 2016 to March 2017)."""
    return due.last > period.last


def span_or_year(text: str) -> Span:
    """The span of a period already validated (its schema checked it); a bad one reads as its first four digits."""
    span = parse_period(text)
    if span is not None:
        return span
    digits = text[:4]
    return _year(int(digits)) if digits.isdigit() else _year(0)


def label(span: Span) -> str:
    """A span written back: 2019, 2018-19 (a fiscal year), 2019-06, 2019-06-30, or first–last."""
    (y1, m1, d1), (y2, m2, d2) = span
    if (m1, d1, m2, d2) == (1, 1, 12, 31) and y1 == y2:
        return str(y1)
    if span == _fiscal(y1):
        return f"{y1}-{(y1 + 1) % 100:02d}"
    if y1 == y2 and m1 == m2 and d1 == 1 and d2 == _last_day(y2, m2):
        return f"{y1}-{m1:02d}"
    if span.first == span.last:
        return f"{y1}-{m1:02d}-{d1:02d}"
    return f"{y1}-{m1:02d}-{d1:02d}–{y2}-{m2:02d}-{d2:02d}"


class Deadline(NamedTuple):
    """A deadline or horizon written in a text: its span and the `due` it gives a goal ("2019-03", "next two years")."""

    start: int
    end: int
    due: str


_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_COUNT_WORD = "|".join(("[0-9]{1,2}", *(word for word in _WORD_NUMBERS if word.isascii())))
_DEADLINE = rf"""(?ix)
    \b(?:by|before|until|till|no\ later\ than)\ (?:the\ end\ of\ )?
      (?:(?P<day>[0-9]{{1,2}})\ ?(?:st|nd|rd|th)?\ (?:of\ )?)?
      (?:(?P<month>{_MONTH})\.?(?:\ (?P<day_after>[0-9]{{1,2}})(?:st|nd|rd|th)?)?,?\ )?
      (?P<period>(?:FY\ ?)?(?:19|20)[0-9]{{2}}(?:[-/](?:[0-9]{{2}}|(?:19|20)[0-9]{{2}}))?|FY\ ?[0-9]{{2}})(?![0-9])
    | (?:\b(?:for|over|during)\ (?:the\ (?:period|years)\ )?|\()(?:19|20)[0-9]{{2}}\ ?[–—-]\ ?
      (?P<span_end>(?:19|20)[0-9]{{2}})(?![0-9])
    | \b(?:within|over|in|during)\ (?:the\ )?next\ (?P<count>{_COUNT_WORD})\ (?:fiscal\ |financial\ )?years?\b
    | \b(?:in\ |during\ )?(?:the\ )?(?P<current>current|this)\ (?:fiscal|financial)(?:\ year)?\b
    | \b(?:in\ |during\ )?(?:the\ )?next\ (?P<next>fiscal|financial\ year)(?:\ year)?\b
    """
_COUNT_AFTER = (
    r"(?i: ?(?:%|per ?cent|crores?|lakhs?|million|billion|thousand"
    r"| (?!(?:this|thus|plus|less|unless|across|towards|afterwards|was|has|is|as|its|his|us)\b)[a-z]+s\b))"
)
_CN_DEADLINE = (
    r"(?:到|至|在)(?P<year>(?:19|20)[0-9]{2})年(?:(?P<month>1[0-2]|[1-9])月)?(?:底|末)?(?:前|以前)?"
    r"|(?P<year_before>(?:19|20)[0-9]{2})年(?:底|末)?(?:前|以前)"
    r"|(?P<two>今明两年)|(?P<within>[0-9一两二三四五])年内"
)


@functools.cache
def _deadline_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compiled on first use: validating a period should not pay for them."""
    return compile_skipping(_DEADLINE), compile_skipping(_CN_DEADLINE), compile_re(_COUNT_AFTER)


def read_deadlines(text: str) -> list[Deadline]:
    """Every deadline or horizon in text, in order: "by March 2019" → 2019-03, "by 31st March, 2017" and "by March 31,
    2017" → 2017-03-31, "by 2022", "by 2016-17", "over the next two years", "in the current fiscal", 到2025年,
    2020年底前, 今明两年, 两年内.
    A bare year ("in 2019") is not a deadline. Linear in len(text)."""
    found: list[Deadline] = []
    english, chinese, count_after = _deadline_patterns()
    for match in english.finditer(text):
        if match.group("period") is not None and count_after.match(text, match.end()):
            continue  # "by 2000 firms", "by 2020 crore": a count, not a year
        due = _english_due(match)
        if due is not None:
            found.append(Deadline(match.start(), match.end(), due))
    for match in chinese.finditer(text) if "年" in text else ():  # each of its deadlines has a 年
        if match.group("two") is not None:
            found.append(Deadline(match.start(), match.end(), "今明两年"))
        elif match.group("within") is not None:
            found.append(Deadline(match.start(), match.end(), f"{match.group('within')}年内"))
        else:
            year = match.group("year") or match.group("year_before")
            month = match.group("month")
            due = f"{year}-{int(month):02d}" if month else year
            found.append(Deadline(match.start(), match.end(), due))
    return sorted(found)


# A deadline inside the name of what a delivery verb delivers dates the thing's content, not the act: 制定2030年前碳排放
# 达峰行动方案 (the plan is due now; its peak in 2030), "prepare a plan to reach net zero by 2030". Chinese puts the
# object's modifiers between the verb and its head noun; English puts them after the noun as what it will do ("to
# reach", "for getting", "that sets out", "towards"); a plain modifier ("a strategy for rural schools by 2023", "the
# plan on school funding by March 2024") or a deadline right after the noun dates the act.
_ZH_NAMED = LazyPattern(
    r"(?:制定|出台|编制|印发|发布|起草|颁布|修订|推出|研究提出|提出)(?P<object>[^，；。、！？\n]{0,40}?)"
    r"(?:实施方案|行动方案|行动计划|指导意见|方案|规划|计划|意见|纲要|办法|条例|战略|路线图|行动)"
)
_EN_NAMED = LazyPattern(
    r"(?i)\b(?:publish|prepare|issue|draw\ up|draft|develop|produce|formulate|release|adopt|bring\ forward|"
    r"put\ forward|set\ out|lay\ out|launch|introduce)(?:e?s|e?d|ing)?\b(?:\s+[\w’'-]+){0,6}?\s+"
    r"(?:action\ plan|plan|strategy|roadmap|road\ map|framework|programme|program|white\ paper|blueprint|policy|"
    r"proposals?)s?\s+(?P<object>(?:to\s+(?!(?:the|a|an|all|every|parliament|ministers?|us)\b)[a-z]|(?:for|on)\s+[a-z]+ing\b|"
    r"towards?\b|that\b|which\b|setting\ out\b|showing\b|of\ how\b)[^,;.]*)"
)


skipping(_ZH_NAMED, _EN_NAMED)  # read in every drafted goal's clause: each skips to where a match can start


def named_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text that name what a delivery verb delivers (the object of 制定…方案, "a plan to …"): a deadline
    inside one is the content's horizon, not the act's. Linear in len(text)."""
    spans = [(m.start("object"), m.end("object")) for m in _ZH_NAMED.finditer(text)]
    spans += [(m.start("object"), m.end("object")) for m in _EN_NAMED.finditer(text)]
    return sorted(spans)


def act_deadlines(text: str, keep: tuple[int, int] | None = None) -> list[Deadline]:
    """The deadlines of text's acts: read_deadlines less those inside the name of a deliverable, unless that name also
    holds `keep` (the goal's own figure: "prepare a plan to train 1000 teachers by 2020" dates the 1000)."""
    deadlines = read_deadlines(text)
    if not deadlines:
        return deadlines  # most clauses: no name to read
    spans = [
        (start, end) for start, end in named_spans(text) if keep is None or not (start <= keep[0] and keep[1] <= end)
    ]
    return [d for d in deadlines if not any(start <= d.start and d.end <= end for start, end in spans)]


def _english_due(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups["span_end"] is not None:  # "the ceiling for 2021–2025", "the budget (2021–2025)": due when the span ends
        return groups["span_end"]
    if groups["count"] is not None:
        return f"next {fold(groups['count'])} years"
    if groups["current"] is not None:
        return "current fiscal"
    if groups["next"] is not None:
        return "next fiscal"
    written = groups["period"]
    span = parse_period(written.upper().replace(" ", "") if written[:2].upper() == "FY" else written)
    if span is None:
        return None
    if groups["month"] is None or len(written) != 4:
        return label(span)
    month = _MONTHS[fold(groups["month"])]
    if groups["day"] is not None or groups["day_after"] is not None:
        day = int(groups["day"] or groups["day_after"])
        return f"{written}-{month:02d}-{day:02d}" if 1 <= day <= _last_day(int(written), month) else None
    return f"{written}-{month:02d}"


# The period an English review says it reports on: its title ("Sustainability Report 2024", "Annual Review 2024",
# "Annual Performance Report 2024/25"), "This report covers April 2024 to March 2025", or a sentence opening with the
# year it tells of ("In 2024 our emissions were …", "In FY 2025 the city hired …"). A title that names no report
# ("Fiscal Year 2026 Proposed Budget Message", "政府工作报告") says nothing of the period reviewed.
_REPORT_TITLE = LazyPattern(r"\b(?:[Rr]eport|[Rr]eview|[Rr]esults|[Pp]erformance|[Pp]rogress|[Oo]utcomes|[Ii]mpact)\b")
_PERIOD_WORDS = r"((?:FY ?|[Ff]iscal [Yy]ear )?(?:19|20)[0-9]{2}(?: ?[-–/] ?(?:19|20)?[0-9]{2}(?![0-9]))?)"
_TITLE_YEAR = LazyPattern(rf"(?<![0-9]){_PERIOD_WORDS}(?![0-9])")
_COVERS = LazyPattern(
    r"\b(?:covers|covering|reports on|looks back on)\s+(?:the\s+(?:period|year)\s+(?:from\s+)?)?"
    r"(?:[A-Z][a-z]+ )?(?:19|20)[0-9]{2}\s+(?:to|until|–|-)\s+(?:(?P<month>[A-Z][a-z]+) )?(?P<year>(?:19|20)[0-9]{2})\b"
)
_IN_YEAR = LazyPattern(rf"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t*•-]*(?:In|During) {_PERIOD_WORDS},? (?=[A-Za-z0-9])")
_FUTURE = LazyPattern(r"\b(?:will|shall|plan|plans|aim|aims|expect|expects|intend|intends|propose|proposes)\b")
_SENTENCE_STOP = LazyPattern(r"[.!?](?=\s)|\n")


def reported_period(review: str) -> Span | None:
    """The latest period an English review states it reports on (its title, "This report covers …", or a past
    sentence opening "In 2024 …"), or None when it states none."""
    found: list[Span] = []
    title = next((line.strip() for line in review.splitlines() if line.strip()), "")
    if _REPORT_TITLE.search(title):
        years = [parse_period(_written(m.group(1))) for m in _TITLE_YEAR.finditer(title)]
        found += [span for span in years if span is not None]
    for match in _COVERS.finditer(review):
        month = (match.group("month") or "").lower()
        text = match.group("year") + (f"-{_MONTHS[month]:02d}" if month in _MONTHS else "")
        span = parse_period(text)
        found += [span] if span is not None else []
    for match in _IN_YEAR.finditer(review):
        stop = _SENTENCE_STOP.search(review, match.end())
        if _FUTURE.search(review, match.end(), stop.start() if stop is not None else len(review)):
            continue  # "In 2026 we will …": the next period's aim, not the one reported
        span = parse_period(_written(match.group(1)))
        found += [span] if span is not None else []
    return max(found, key=lambda span: span.last) if found else None


def _written(period: str) -> str:
    """ "Fiscal Year 2025", "FY 2025", "2024 – 25" as parse_period reads them: FY2025, 2024-25."""
    text = re.sub(r"^[Ff]iscal [Yy]ear ", "FY", period)
    return text.replace(" ", "").replace("–", "-")
