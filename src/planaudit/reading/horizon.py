"""Plans over years: the span a plan's targets run over, each target's base and target year, how its pace is read."""

from typing import NamedTuple

from planaudit.reading.clauses import five_year_plan
from planaudit.reading.lazyre import LazyPattern, skipping

# A part's heading, a plan's title or a sentence naming the span of years the plan sets its targets over: “十四五”时期,
# 第十四个五年规划, 2021—2025年, "2021-2025 Strategy", "Five-Year Plan 2022–2027".
_FIVE_YEAR = LazyPattern(r"十([一二三四五六七八九])五|第十([一二三四五六七八九])个五年")
_YEARS = LazyPattern(
    r"(?<![0-9])((?:19|20)[0-9]{2})\s*(?:年\s*)?(?:[—–-]+|至|到|\bto\b)\s*((?:19|20)[0-9]{2})(?![0-9])"
)
_EN_FIVE = LazyPattern(r"(?i)\bfive[- ]year\b")

# How the words ask the pace to be read (Chinese and English):
# a yearly average over the span (年均增长7%以上, "3% a year on average", "an average annual rate of 3%");
_AVERAGE = LazyPattern(
    r"年均|平均每年|每年平均|(?i:\b(?:a|each|per|every) year on average\b|\bon average (?:a|each|per|every) year\b"
    r"|\baverage annual\b|\bannual average\b|\baverage of [^.;]{0,30}? (?:a|per) year\b|\bper annum on average\b)"
)
# a change summed over the span (累计, 五年累计, "cumulative", "over the plan period", "over the next five years");
_CUMULATIVE = LazyPattern(
    r"累计|合计|(?i:\bcumulative(?:ly)?\b|\bover the (?:whole |entire )?(?:plan |strategy )?period\b"
    r"|\bover the (?:next |coming |last |)[a-z0-9]+ years\b|\bin total over\b)"
)
# a condition on every year (控制在5.5%以内, 保持在1.3万亿斤以上, "keep inflation below 3%", "every year").
_EACH_YEAR = LazyPattern(
    r"控制在|保持在|保持|稳定在|不超过|不低于|不少于|不高于|每年|逐年|(?i:\b(?:keep|kept|keeping|maintain(?:ed|ing)?|stay"
    r"|remain|each year|every year|annually|in any year|not (?:to )?exceed)\b)"
)
# a ceiling that is a level to reach, not a condition on each year (降到10%, "reduce … to 8% by 2027").
_DOWN_TO = LazyPattern(
    r"降到|降至|下降到|降低到|减少到|压减到|减至"
    r"|(?i:\b(?:reduc\w*|cut|bring\w* down|lower\w*|fall\w*) [^,;.]{0,40}?\bto\s*$)"
)
# the base the words state: 从6.3件上升到12件, "from 72% in 2022 to 80% by 2027", 比2020年下降18%, "on 2019 levels".
_BASE_YEAR = LazyPattern(
    r"比((?:19|20)[0-9]{2})年|较((?:19|20)[0-9]{2})年|((?:19|20)[0-9]{2})年(?:为|的)?基[期数准]"
    r"|(?i:\b(?:from|since|on|against|compared with|relative to|below|above) (?:the )?((?:19|20)[0-9]{2})"
    r"(?: levels?| baseline)?\b"
    r"|\bin ((?:19|20)[0-9]{2}) to\b)"
)
_FROM = LazyPattern(r"从|由|(?i:\bfrom\b)")
# A review's count of the year's own (当年新增, "a further 230", "this year"), and a count of all so far (累计, "since
# 2024", "to date", "in total"): a total over the span is reported by the second.
_YEAR_FLOW = LazyPattern(
    r"当年|本年|今年|全年新增|(?i:\b(?:a further|another|an additional|additional|this year|in the year|during the year"
    r"|over the year|in the past year|last year)\b)"
)
_SO_FAR = LazyPattern(
    r"累计|总计|合计|共计|以来"
    r"|(?i:\b(?:since|so far|to date|in total|in all|altogether|cumulative(?:ly)?|total(?:led|ing)?)\b)"
)
skipping(_YEARS, _AVERAGE, _BASE_YEAR, _FROM)  # searched in each goal's clause: each skips to its first characters


class Horizon(NamedTuple):
    """The years a target runs over: the base year its change counts from and the year it is for."""

    base_year: int
    target_year: int


class Pace(NamedTuple):
    """The trajectory a target's words call for (the trajectory rule's parameters)."""

    base_year: int
    target_year: int
    method: str | None  # compound, linear, or None: the plan's default (cagr) for a level to reach
    direction: str  # increase or decrease
    average: bool  # compound: the target is a yearly average (年均)


def _spans(text: str) -> list[tuple[int, int]]:
    """The spans of years a text names: 十X五 plans and written spans of two years or more."""
    found = [five_year_plan(m.group(1) or m.group(2)) for m in _FIVE_YEAR.finditer(text)]
    found += [
        (int(m.group(1)), int(m.group(2))) for m in _YEARS.finditer(text) if int(m.group(2)) - int(m.group(1)) >= 2
    ]
    return found


def plan_horizon(text: str, year: str | None, titles: list[str]) -> Horizon | None:
    """The span a plan sets its targets over, when the plan itself runs over years: its title lines name a five-year
    plan or a span (第十四个五年规划, "Strategy 2021–2025"), or every part heading does (titles: the plan's headings; a
    one-year plan with a five-year part has a heading of its own year). The span holding the plan's year wins (a
    report of 2021 heading 十三五 results and 十四五 targets is on 2021–2025). None for a plan of one year."""
    opening = next((line for line in text[:600].splitlines() if line.strip()), "")  # the title line
    named = _spans(opening) if len(opening.strip()) <= 80 else []
    if titles and not named:
        per_part = [_spans(title) for title in titles]
        if not all(per_part):
            return None
        named = [span for spans in per_part for span in spans]
    elif not named and _EN_FIVE.search(opening) and year is not None and year[:4].isdigit():
        named = [(int(year[:4]), int(year[:4]) + 4)]  # "Five-Year Plan" titled with its first year
    if not named:
        return None
    at = int(year[:4]) if year is not None and year[:4].isdigit() else None
    holding = [span for span in named if at is not None and span[0] <= at <= span[1]]
    # the narrowest span holding the plan's year: a three-year action plan (2023—2025) under the “十四五” plan
    first, last = min(holding, key=lambda span: span[1] - span[0]) if holding else max(named, key=lambda s: s[1])
    return Horizon(first - 1, last)


def base_of(clause: str) -> int | None:
    """The base year a target's own words state (比2020年下降18%, "from 72% in 2022 to 80%"), or None."""
    found = _BASE_YEAR.search(clause)
    if found is None:
        return None
    return int(next(group for group in found.groups() if group is not None))


def base_figure_start(clause: str, target_at: int) -> int | None:
    """Where a base figure may start in a target's clause: right after 从/由/"from" before the target
    (从6.3件上升到12件, "from 72% in 2022 to 80%"), or None."""
    found = None
    for match in _FROM.finditer(clause, 0, target_at):
        found = match.end()
    return found


def each_year(clause: str) -> bool:
    """Whether a target is a condition on every year of the span (控制在…以内, 保持在…以上, "keep … below")."""
    return _EACH_YEAR.search(clause) is not None and _AVERAGE.search(clause) is None


def pace_of(kind: str, percent: bool, clause: str, before: str, horizon: Horizon, baseline: bool) -> Pace | None:
    """The trajectory for a target of `kind` (as drafted for a single year) over `horizon`, read from its clause (and
    the words right before its figure, `before`); None when the target is a condition on each year or no trajectory
    can carry it. percent: the target is in %; baseline: its base value is stated."""
    average = _AVERAGE.search(clause) is not None
    cumulative = _CUMULATIVE.search(clause) is not None

    def pace(method: str | None, direction: str, averaged: bool = False) -> Pace:
        return Pace(horizon.base_year, horizon.target_year, method, direction, averaged)

    if kind in ("growth", "at_least") and percent and average:
        return pace("compound", "increase", True)  # 年均增长7%以上: each year's rate chained against 7% a year
    if kind == "decline" and percent:
        return pace("compound", "decrease", average)  # 降低13.5% over the span, or 年均下降
    if kind == "growth" and percent:
        return pace("compound", "increase")  # 增长20% over the span
    if kind in ("increase_by", "new_items") or (kind == "at_least" and cumulative and not percent):
        return pace("linear", "increase")  # 再提高1岁, 累计新增300万人: a change reached step by step
    if kind == "decline" and not percent:
        return pace("linear", "decrease")
    if kind == "at_least" and not each_year(clause):
        return pace("linear" if baseline and not percent else None, "increase")  # 提高到65%: a level to reach
    if kind == "at_most" and _DOWN_TO.search(before) and not each_year(clause.replace(before, "")):
        return pace(None, "decrease")  # 降到10%: a level to reach
    return None


def total_over_span(kind: str, percent: bool, clause: str) -> bool:
    """Whether a target counts things over the whole span (累计新增300万人, "train 600 volunteers over the three
    years", "open 3 new branches"): each review year after the first is judged on the count so far, not the year's."""
    return not percent and (kind == "new_items" or (kind == "at_least" and _CUMULATIVE.search(clause) is not None))


def year_flow_only(quote: str) -> bool:
    """Whether a review's count is the year's own and not the count so far ("A further 230 volunteers were
    trained", 当年新增; not "440 since 2024", 累计)."""
    return _YEAR_FLOW.search(quote) is not None and _SO_FAR.search(quote) is None


_TOLD = LazyPattern(
    r"([一二两三四五六七八九十])年来|过去([一二两三四五六七八九十])年|((?:19|20)[0-9]{2})\s*[—–-]+\s*((?:19|20)[0-9]{2})"
    r"|(?i:(?:past|last) ([a-z]+|[0-9]+) years)"
)
_ZH_COUNT = {c: n for n, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
_EN_COUNT = {w: n for n, w in enumerate(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 2)}


def years_told(mark: str) -> int | None:
    """How many years a review's look back spans (五年来, 过去三年, 2018—2022年, "over the past three years"), or
    None."""
    found = _TOLD.search(mark)
    if found is None:
        return None
    zh = found.group(1) or found.group(2)
    if zh:
        return _ZH_COUNT[zh]
    if found.group(3):
        return int(found.group(4)) - int(found.group(3)) + 1
    word = found.group(5).lower()
    return int(word) if word.isdigit() else _EN_COUNT.get(word)


def rate_word(text: str) -> bool:
    """Whether text reads a yearly average (年均, "a year on average")."""
    return _AVERAGE.search(text) is not None


__all__ = [
    "Horizon",
    "Pace",
    "base_figure_start",
    "base_of",
    "each_year",
    "pace_of",
    "plan_horizon",
    "rate_word",
    "total_over_span",
    "year_flow_only",
    "years_told",
]
