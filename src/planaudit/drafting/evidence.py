"""Evidence proposals for a goal: the review's figure, table row, labelled actual or milestone that reports it."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from planaudit.drafting.common import (
    _CUMULATIVE,
    _CUMULATIVE_ONLY,
    _FALL_BEFORE,
    _GROWTH_BEFORE,
    _LATIN,
    _YEAR_TOTAL,
    MARK,
    NEEDS_BASELINE,
    NUMERIC_KINDS,
    WORD_MATCH,
    _clause_span,
    _Evidence,
    _Goal,
    _n,
    _stands,
    _undecided,
    q,
)
from planaudit.drafting.deeds import (
    _act_evidence,
    _chinese_act,
    _deed_evidence,
    _other_act,
    _slipped,
    _stage_count,
    _wanted,
)
from planaudit.drafting.review import (
    _LATIN_WORDS,
    _RESPECTIVE_ITEMS,
    _best_in,
    _named_after,
    _reports_done,
    _respective,
    _respective_value,
    _Review,
)
from planaudit.reading.figures import Figure, Kind, Qualifier, read_figures
from planaudit.reading.lazyre import HAN
from planaudit.reading.matching import (
    MATCH_SHARE,
    abbreviates,
    act_object,
    act_of,
    acts_in,
    covered,
    head_counted,
    is_counter,
    is_time_threshold,
    looks_ahead,
    match_score,
    measure_words,
    pair_set,
    part_of_period,
    period_fits,
    same_threshold,
    same_words,
    scale_fits,
    short_names,
    similarity,
    terms,
    threshold_key,
    thresholds_of,
    told_up_to,
    units_fit,
    years_back,
    years_named,
    zh_act_words,
)
from planaudit.reading.postings import heavy_terms
from planaudit.reading.scan import BREAKS, Finding, Reading, sets_policy
from planaudit.reading.units import PERCENT, PERCENTAGE_POINT, convert, split_unit

# A change told after its size, against a base: "27% below 2019 levels", "12% higher than in 2019".
# "… 14% lower in 2024/25 than in 2018/19": the year the figure is of may stand between the comparison's words.
_IN_YEAR = r"(?:[ \t]+in[ \t]+(?:19|20)[0-9]{2}(?:[-/–][0-9]{2,4})?)?"
_FALL_AFTER = re.compile(
    r"[ \t]*(?:below|lower" + _IN_YEAR + r"[ \t]+than|less" + _IN_YEAR + r"[ \t]+than|down on|under)"
    r"[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+|in[ \t]+)?(?:(?:19|20)[0-9]{2}|baseline|base|levels?)\b",
    re.IGNORECASE,
)
_RISE_AFTER = re.compile(
    r"[ \t]*(?:above|higher" + _IN_YEAR + r"[ \t]+than|more" + _IN_YEAR + r"[ \t]+than|up on|over)"
    r"[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+|in[ \t]+)?(?:(?:19|20)[0-9]{2}|baseline|base|levels?)\b",
    re.IGNORECASE,
)
# A goal that is a total or a level reached, which a cumulative count reports.
_TOTAL_GOAL = re.compile(
    r"累计|总数|总量|总规模|达到|达(?=[0-9０-９])|保有|保持|稳定在|(?i:\b(?:total|cumulative|reach)\w*)"
)
_BOUNDARY = re.compile("[，。；;" + re.escape(BREAKS) + r"]|[.,](?=\s|$)")
_CHANGE = re.compile(r"新增|新引进|新培育|新建|提高|增加|(?i:\b(?:new|added|built|completed|opened)\b)")


# A table row is the goal's when this weighted share of the row name's words stands in the goal's paragraph.
TABLE_NAME_SHARE = 0.5
_SCALE_WORDS = frozenset({"crore", "crores", "lakh", "lakhs", "million", "millions", "billion", "billions", "thousand"})
_PLANNED_COLUMN = re.compile(r"BE$|budget|estimates?$|plan", re.IGNORECASE)
_OUTCOME_COLUMN = re.compile(r"RE$|AE$|revised|actuals?$|outturn|out-turn|provisional", re.IGNORECASE)
_YEAR_IN = re.compile(r"(?:19|20)[0-9]{2}")


def _strength(entry: _Evidence | None) -> float:
    """How surely a proposal stands: a figure or a table (no score) before any match on words."""
    return -1.0 if entry is None else float("inf") if entry.score is None else entry.score


# A goal's quote standing in another's restates it when it names this many words (DEED_SHARED + 1, as _wanted reads).
RESTATED_WORDS = 4


def _one_goal_each(entries: list[_Evidence | None], quotes: list[str]) -> list[_Evidence | None]:
    """A review sentence matched on words to several deeds is the evidence of the one it names best only (the others
    share some of its words: "23 exemplar services were identified" is not every goal about exemplar services), and of
    the goals that state that one again in its words (its quote stands in theirs, or theirs in its: a summary's target
    restated under its action)."""
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for index, entry in enumerate(entries):
        if entry is not None and entry.score is not None:
            held = best.get(entry.spans[0])
            if held is None or entry.score > held[0]:  # the first of equals keeps it
                best[entry.spans[0]] = (entry.score, index)

    def keeps(index: int, entry: _Evidence | None) -> bool:
        if entry is None or entry.score is None:
            return True
        holder = best[entry.spans[0]][1]
        if holder == index or (entry.listed and (held := entries[holder]) is not None and held.listed):
            return True  # a list whose lead-in (an example whose sentence) names two goals is the evidence of both
        shorter, longer = sorted((quotes[holder], quotes[index]), key=len)
        return shorter in longer and len(terms(shorter)) >= RESTATED_WORDS  # not "will be launched" in every launch

    return [entry if keeps(index, entry) else None for index, entry in enumerate(entries)]


_OWN_CUT = re.compile(r"\s+(?:and|or|but|while)\s+|[,;:.]\s")


def _own_words(plan: str, finding: Finding) -> str:
    """An English goal's own words in its sentence: from the last "and"/comma before its figure to the first after it
    ("Loans: we will reach | 40 per cent | of residents as members | and visit 15 per cent of them")."""
    figure = finding.figure
    if figure is None:
        return finding.measure
    back = plan[max(0, figure.start - 120) : figure.start]
    cuts = list(_OWN_CUT.finditer(back))
    lead = back[cuts[-1].end() :] if cuts else back
    ahead = plan[figure.end : figure.end + 120]
    cut = _OWN_CUT.search(ahead)
    return f"{lead} {ahead[: cut.start() if cut else len(ahead)]}"


def _one_figure_each(
    entries: list[_Evidence | None], findings: list[Finding], starts: list[int], text: str, plan: str
) -> list[_Evidence | None]:
    """A review figure proposed for several goals of one plan sentence ("reach 10% of households and contact 35% of
    them" both given "9.3% of households are on the register") is the evidence of the one whose measure words it names
    most, where one names more than the others (a count and its total, 引进…10个，总数达到45个, name it alike)."""
    holders: dict[tuple[tuple[int, int], str, int], list[int]] = {}
    for index, entry in enumerate(entries):
        if entry is not None and entry.score is None and entry.spans and entry.lines[0].strip() == "status: reported":
            value = next((line for line in entry.lines if line.startswith("    value:")), "")
            sentence = bisect.bisect_right(starts, findings[index].start) - 1
            holders.setdefault((entry.spans[0], value, sentence), []).append(index)
    out = list(entries)
    for (span, _, _), indexes in holders.items():
        if len(indexes) < 2:
            continue
        quote = text[span[0] : span[1]]
        latin = _LATIN.search(quote) is not None
        owns = [
            terms(_own_words(plan, findings[i])) if latin else pair_set(measure_words(findings[i].measure))
            for i in indexes
        ]
        named = terms(quote) if latin else pair_set(quote)
        winners = _naming_most(owns, indexes, named)
        if len(winners) > 1 and latin and not any(own & named for own in owns):
            # "and FRIA obligated $1.38 billion of it" names none: its sentence names what "it" is
            first = max(text.rfind("\n", 0, span[0]), text.rfind(". ", 0, span[0])) + 1
            winners = _naming_most(owns, indexes, terms(text[first : span[1]]))
        if len(winners) == 1:
            for index in indexes:
                if index != winners[0]:
                    out[index] = None
    return out


def _naming_most(owns: list[frozenset[str]], indexes: list[int], named: frozenset[str]) -> list[int]:
    """Of the goals (indexes) whose own words are owns, those sharing the most of the words named."""
    shares = [len(own & named) for own in owns]
    top = max(shares)
    return [i for i, share in zip(indexes, shares, strict=True) if share == top]


# A class a measure is counted in, named by a label with a number or letter ("Category 2 patients", "Tier 1 roads",
# "Phase 3", 二级医院, 一类疫苗): evidence naming the same kind of label with another value is about another class.
_LABEL = re.compile(
    r"\b(?P<name>Category|Tier|Grade|Phase|Stage|Level|Band|Class|Type|Priority|Zone|Route|Line|Terminal)"
    r"\s+(?P<value>[0-9]+|[A-Z]|[IVX]+)\b"
    r"|(?<![0-9一二三四五六七八九十])(?P<zh_value>[一二三四五六七八九])(?P<zh_name>类|级|档|期)"
)


def _labels(text: str) -> set[tuple[str, str]]:
    return {
        (m.group("name") or m.group("zh_name"), m.group("value") or m.group("zh_value")) for m in _LABEL.finditer(text)
    }


def _another_class(goal: _Goal, review: _Review, found: _Evidence) -> bool:
    """Whether the evidence names the goal's kind of class with only other values ("Every Category 1 patient …" for a
    Category 2 goal; 三级医院 for 二级医院)."""
    own = _labels(f"{goal.clause} {goal.finding.quote} {goal.context}")
    if not own:
        return False
    names = {name for name, _ in own}
    for start, end in found.spans:
        said = {label for label in _labels(review.text[start:end]) if label[0] in names}
        if said and not said & own:
            return True
    return False


def _evidence(goal: _Goal, review: _Review) -> _Evidence | None:
    found = _evidence_of(goal, review)
    return None if found is not None and _another_class(goal, review, found) else found


def _evidence_of(goal: _Goal, review: _Review) -> _Evidence | None:
    kind = goal.finding.kind
    if kind in NUMERIC_KINDS:
        found = _numeric_evidence(goal, review)
        if found is None and goal.words:
            found = _stage_count(goal, review) or _deed_evidence(goal, review)
            if found is not None and (_one_of_many(goal, review.text, found) or _figure_refused(goal, review, found)):
                found = None
        if found is None and goal.finding.target is None and not goal.words and not goal.clause:
            return _chinese_act(goal, review)  # 居民收入稳步增长: a move with no amount, judged on a figure naming it
        return found
    if kind == "milestone":
        if not goal.words and (goal.finding.figure is None or goal.finding.figure.kind is not Kind.ORDINAL):
            return _chinese_act(goal, review)
        acted = _act_evidence(goal, review) if goal.words else None
        found = acted or _milestone_evidence(goal, review) or _deed_evidence(goal, review)
        if found is not None and goal.words:
            found = _still_to_come(goal, review, found) or found
        return found if found is not None or not goal.words else _slipped(goal, review)
    if kind == "named_items":
        return _items_evidence(goal.finding, review.text)
    if kind in ("judged", "comparison"):
        found = _deed_evidence(goal, review)
        return found if found is not None or goal.words or kind != "judged" else _occurred(goal, review)
    return None


# A Chinese goal that something shall not happen (确保不发生…, 坚决遏制…, 杜绝…), the thing after its verb; and a
# review clause saying whether it happened (未发生…, 发生…2起).
_ZH_PREVENT = re.compile(r"(?:不发生|不出现|遏制|杜绝|防止|避免|严防|防范|减少)(?P<thing>[^，。；、]{4,30})$")
_ZH_OCCURRED = re.compile(r"(?:未|没有|无|不曾)?(?:发生|出现)(?P<thing>[^，。；0-9]{4,30})")
OCCURRED_SHARE = 0.85


def _occurred(goal: _Goal, review: _Review) -> _Evidence | None:
    """Chinese: a goal that a kind of event shall not happen (确保全年不发生重大校园安全责任事故, 坚决遏制较大及以上生产
    安全事故) is reported by the review clause telling whether such events happened (全年未发生重大…事故, 发生较大
    道路运输事故2起): the clause naming nearly all of the event's words, not looking ahead; proposed undecided."""
    prevent = _ZH_PREVENT.search(goal.finding.quote.rstrip("。；，"))
    if prevent is None:
        return None
    thing = zh_act_words(prevent["thing"])
    text = review.text
    best: tuple[float, int, int] | None = None
    for found in _ZH_OCCURRED.finditer(text):
        start, end = _clause_at(text, found.start(), found.end())
        clause = text[start:end]
        share = covered(thing, zh_act_words(found["thing"])) / len(thing)
        if share >= OCCURRED_SHARE and not looks_ahead(clause) and (best is None or share > best[0]):
            best = (share, start, end)
    if best is None:
        return None
    return _undecided(goal, text, best[1], best[2], best[0], "whether such events happened")


# A sum or count a goal sets over several years ("$450 million over four years", "in the next three years").
_SEVERAL_YEARS = re.compile(
    r"\b(?:over|in|during|across|within)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])\s+(?:financial\s+|fiscal\s+)?years\b",
    re.IGNORECASE,
)
# A total told so far or since a start ("bringing the total to 64", "since 2015"): no one year's figure.
_SO_FAR = re.compile(r"\b(?:total|so far|to date|since|cumulative(?:ly)?|in all|altogether)\b", re.IGNORECASE)


# A Chinese goal counted over several years or as a total (五年累计, 年均, 总数).
_ZH_OVER_YEARS = re.compile(r"累计|年均|总数|总量|(?:[二三四五两]|[2-5])年")


def _over_years(goal: _Goal) -> bool:
    """Whether a goal is set over several years or as a total to date, which a figure over past years may report: a
    trajectory, "over three years", "a total of", 五年累计."""
    said = goal.clause or goal.finding.quote
    return (
        goal.paced
        or _SEVERAL_YEARS.search(said) is not None
        or _SO_FAR.search(said) is not None
        or _ZH_OVER_YEARS.search(goal.finding.quote) is not None
    )


def _one_year_of_several(goal: _Goal, said: str) -> bool:
    """English: a goal's sum over several years ("£300,000 over three years") and a review figure said of one year
    ("paid out £82,000 in 2025"): a year's part, no outcome of the whole (none rather than a wrong one), unless the
    goal is a trajectory, whose pace judges a year's figure on the way."""
    return (
        not goal.paced
        and _SEVERAL_YEARS.search(goal.clause) is not None
        and len(years_named(said)) == 1
        and _SO_FAR.search(said) is None
    )


# A unit of time: a span something is done in, which counts no things.
_DURATION_UNIT = re.compile(
    r"(?i:(?:working |business )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))|[年月天周日]|个月|小时|分钟"
)
# Units that name what a figure measures whatever its noun: a share, a sum of money.
_MEASURE_BASES = frozenset({PERCENT, PERCENTAGE_POINT, "$", "£", "€", "₹", "¥", "元"})
_SHARES = frozenset({PERCENT, PERCENTAGE_POINT})


def _figure_refused(goal: _Goal, review: _Review, found: _Evidence) -> bool:
    """A deed sentence proposed for a goal with an amount, holding a figure that is no outcome of it: one in the
    goal's own unit, which the figure reading refused already (another year's, another item's: "$104 million in
    2024-25" for "$450 million over four years"), or a share or a sum where the goal counts something else ("Bike
    trips rose 12 per cent" for "build 30 kilometres of bike lanes")."""
    unit = goal.unit
    if goal.finding.target is None or not unit:
        return False
    own_base = split_unit(unit).base
    fits, others = False, False
    for start, end in found.spans:
        at = bisect.bisect_left(review.figure_starts, start)
        for reading in review.all[at : bisect.bisect_left(review.figure_starts, end)]:
            figure = reading.figure
            if figure.kind is not Kind.NUMBER or not figure.unit:
                continue
            if units_fit(unit, figure) or figure.unit == unit:
                said = review.text[reading.start : min(end, reading.end + 60)]
                told = review.text[max(start, reading.start - 120) : min(end, reading.end + 60)]
                if _one_year_of_several(goal, said) or told_up_to(said, review.period) or part_of_period(told):
                    return True  # a year's part of a sum over years, a part of the year
                if years_back(told, review.period) and not _over_years(goal):
                    return True  # a total over years before the period's own for a goal of one year
                fits = True
                continue
            base = split_unit(figure.unit).base
            shares = {base, own_base} <= _SHARES  # "rose by 3 percentage points to 42%" for a share: its change
            if base in _MEASURE_BASES and base != own_base and not shares:
                return True
            others = others or (bool(base) and not shares and not _DURATION_UNIT.fullmatch(base))
    if fits or not others:
        return False
    # every figure it gives counts another thing: "12,350 employer audits" for "$3.2 billion of compliance revenue",
    # "two recruiting agencies" for "placement of 1,000 youth" (unless it names the goal's things: a count of them
    # in words the reading missed)
    if own_base in _MEASURE_BASES:
        return True
    named = set().union(*(terms(review.text[s:e]) for s, e in found.spans))
    return not terms(own_base) <= named if terms(own_base) else False


# Where an English sentence's clauses part: "…was granted in March 2026; construction is expected to start…".
_CLAUSE_PARTS = re.compile(r"\s*(?:;|,?\s+(?:and|but|while|although|though)\s+|,\s+(?=[a-z]))\s*")


def _still_to_come(goal: _Goal, review: _Review, found: _Evidence) -> _Evidence | None:
    """English: the clause of a deed's sentence that says the milestone's own act is still to come ("Planning consent
    … was granted in March 2026; construction is expected to start in summer 2026" for "will start construction of
    the … scheme"): another step was done, the goal's act was not; that clause is its evidence (undecided)."""
    act = act_of(goal.clause)
    if act is None:
        return None
    text = review.text
    first, end = found.spans[0]
    stops = [at for at in (text.find(". ", end), text.find("\n", end), text.find("。", end)) if at != -1]
    last = min([*stops, len(text), end + 400])  # the written sentence on from the deed (a ";" parts no sentence)
    sentence = text[first:last]
    wanted = _wanted(goal, review)
    begin = 0
    for cut in [*_CLAUSE_PARTS.finditer(sentence), None]:
        stop = cut.start() if cut is not None else len(sentence)
        clause = sentence[begin:stop].strip().rstrip(".")
        if (
            clause
            and looks_ahead(clause)
            and not _other_act(act, acts_in(clause))
            and acts_in(clause)
            and terms(clause) & wanted
        ):
            at_clause = text.find(clause, first + begin)
            return _undecided(goal, text, at_clause, at_clause + len(clause), WORD_MATCH, "its act still to come")
        begin = cut.end() if cut is not None else len(sentence)
    return None


# A count in words or digits: a deed quote holding one may report how many.
_SOME_COUNT = re.compile(
    r"[0-9]|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|all|both|"
    r"every|each|most|several|many)\b",
    re.IGNORECASE,
)


def _one_of_many(goal: _Goal, text: str, found: _Evidence) -> bool:
    """English: a deed naming one of the things a goal counts several of, and no count ("The Northgate family hub
    opened" for "open two new family hubs"): one is not the goal's count."""
    target, unit = goal.finding.target, goal.unit
    if target is None or target < 2 or not unit or not goal.words or not unit.isascii() or not unit.endswith("s"):
        return False
    one = unit.split()[-1][:-1].lower()
    if len(one) < 3:
        return False
    for start, end in found.spans:
        quote = _YEAR_IN.sub(" ", text[start:end])  # "opened in July 2024": a year counts nothing
        words = {word.lower() for word in _LATIN_WORDS.findall(quote)}
        if one in words and unit.split()[-1].lower() not in words and not _SOME_COUNT.search(quote):
            continue
        return False
    return True


def _table_evidence(goal: _Goal, review: _Review) -> _Evidence | None:
    """An amount the plan sets, found in a table of the review: the row whose budget-estimate column for the plan's
    period is the plan's own figure and whose name the goal's paragraph names; the outcome is the same row's revised
    estimate or actual for that period ("5 Pradhan Mantri Gram Sadak Yojna 19000 19000 19000" under
    "BE RE BE" / "2016-2017 2016-2017 2017-2018")."""
    finding, unit = goal.finding, goal.unit or ""
    scale = [w for w in unit.lower().split() if w in _SCALE_WORDS]
    if finding.target is None or not scale or review.period is None or not goal.paragraph:
        return None
    found: list[tuple[float, int, int]] = []  # (name score, row, outcome column)
    for number in review.row_values.get(finding.target, ()):
        row = review.rows[number]
        if not row.unit.lower().startswith(tuple(scale)) and scale[0] not in row.unit.lower():
            continue
        ours = [c.period == review.period for c in row.columns]
        planned = [i for i, c in enumerate(row.columns) if ours[i] and _PLANNED_COLUMN.match(c.label)]
        outcome = [i for i, c in enumerate(row.columns) if ours[i] and _OUTCOME_COLUMN.match(c.label)]
        if not planned or len(outcome) != 1 or not any(row.values[i] == finding.target for i in planned):
            continue
        named = terms(row.name)
        shared = named & goal.paragraph
        if shared and review.weights.sum(shared) >= TABLE_NAME_SHARE * review.weights.sum(named):
            found.append((review.weights.sum(shared) / review.weights.sum(named), number, outcome[0]))
        elif _abbreviates(goal.acronyms, row.name):
            found.append((TABLE_NAME_SHARE, number, outcome[0]))
    if not found:
        return None
    found.sort(reverse=True)
    if len(found) > 1 and found[1][0] == found[0][0]:
        return None  # two rows name the scheme as well: no guess between them
    _, number, column = found[0]
    row = review.rows[number]
    quote = review.text[row.start : row.end].strip()
    value = row.values[column]
    start = review.text.find(quote, row.start)
    if not _stands(quote, value, unit):
        return None
    heading = row.columns[column]
    lines = ["    status: reported", f"    value: {_n(value)}", f"    unit: {q(unit)}"]
    lines.append(
        f"    evidence: [{{source: review, quote: {q(quote)}}}]  {MARK} (table column {heading.label} "
        f"{heading.period[0]}-{str(heading.period[1])[-2:]}, {q(row.unit)})"
    )
    return _Evidence(lines, [(start, start + len(quote))])


def _abbreviates(acronyms: frozenset[str], name: str) -> bool:
    """Whether an abbreviation of the plan stands for a table row's name: the name's capital initials (three at
    least) begin it ("Mahatma Gandhi National Rural" for MGNREGS: the row's name goes on on the next line)."""
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return len(initials) >= 3 and any(acronym.startswith(initials) for acronym in acronyms)


# A figure a performance report labels as a year's outcome: "FY 2024 actual: 152", "2024 result: 91 percent".
_ACTUAL_LABEL = re.compile(
    r"(?<![\w.])(?:(?:FY|fiscal year)[ \t]*)?((?:19|20)[0-9]{2})[ \t]+(?:actual|result|outturn)s?[ \t]*:[ \t]*",
    re.IGNORECASE,
)
# A report section longer than this is no one goal's block of labelled figures (a bounded cost per goal).
LABELLED_SECTION = 2000
LABELLED_SPANS = 3


def _labelled_actual(goal: _Goal, review: _Review) -> tuple[Reading, float] | None:
    """English: the figure a performance report labels as the actual of the goal's year ("FY 2024 actual: 152") in
    the report's section restating the numbered item the goal stands under ("Performance Goal 1.1.1"): the report
    says which goal it reports on, so the figure needs no words naming the measure. A level goal only; the figure a
    plain number or one in the goal's unit and of its order; the year the goal's (its due's, else the review's
    period); one such figure in the section, else none."""
    finding = goal.finding
    if finding.kind not in ("at_least", "at_most", "approximately") or not goal.words:
        return None
    found: list[Reading] = []
    for key in goal.marks:
        if key.startswith("heading "):
            continue
        spans = review.sections.spans(key)
        if len(spans) > LABELLED_SPANS:
            continue  # a number the report gives many blocks names no one goal's
        for first, last in spans:
            if last - first > LABELLED_SECTION:
                continue
            for label in _ACTUAL_LABEL.finditer(review.text, first, last):
                year = int(label.group(1))
                if goal.month is not None and year != goal.month[0]:
                    continue
                if goal.month is None and not period_fits([(year, year)], review.period):
                    continue
                figures = read_figures(review.text[label.end() : min(last, label.end() + 60)])
                if not figures or figures[0].start != 0:
                    continue
                figure = figures[0]._replace(start=label.end(), end=label.end() + figures[0].end)
                fits = not figure.unit or units_fit(goal.unit, figure) or figure.unit == goal.unit
                if not fits and goal.unit and not split_unit(figure.unit).base:  # "1.72 million" of "million residents"
                    scaled = split_unit(goal.unit)
                    fits = scaled.factor == split_unit(figure.unit).factor and scaled.base not in _MEASURE_BASES
                if figure.kind is Kind.NUMBER and fits and _of_order(finding, goal.unit, figure):
                    found.append(Reading(figure, label.start(), figure.end))
    return (found[0], 1.0) if len(found) == 1 else None


_SIGNS = "$£€₹¥"


def _noted(said: str, unit: str) -> Figure | None:
    """The one figure said in a table cell, read with the unit its line notes in brackets ("per cent", "$ billion")."""
    said = said.strip()
    if unit and not re.fullmatch(r"[0-9][0-9,]*(?:\.[0-9]+)?", said):
        return None  # a cell in words or with its own unit: read as written below
    if unit and unit[0] in _SIGNS:  # ("" is in every string: a line that notes no unit reads its cell as written)
        said = f"{unit[0]}{said} {unit[1:].strip()}"
    elif unit:
        said = f"{said} {unit}"
    figures = read_figures(said)
    return figures[0] if len(figures) == 1 and figures[0].kind is Kind.NUMBER else None


def _target_actual(goal: _Goal, review: _Review) -> _Evidence | None:
    """English: the line of a review's performance table that gives the goal's own target beside its actual ("Regional
    train services delivered on time (per cent): target 88.0, actual 89.1"): the target the plan's (same figure and
    unit), the measure named in the goal's words; the actual is the outcome, the target never. One such line, else
    none."""
    finding, unit = goal.finding, goal.unit
    if finding.kind not in ("at_least", "at_most", "approximately") or finding.target is None or not goal.words:
        return None
    found: list[tuple[int, int, Figure]] = []
    for line in review.target_actual:
        start, at, end, note, target, actual = line
        measure = terms(review.text[start:at])
        if len(goal.words & measure) < 2 or match_score(goal.words, measure, review.weights) < WORD_MATCH:
            continue
        planned, outcome = _noted(target, note), _noted(actual, note)
        if planned is None or outcome is None or planned.value != finding.target:
            continue
        if unit and not (units_fit(unit, planned) or planned.unit == unit):
            continue
        if (planned.unit or "") != (outcome.unit or ""):
            continue
        found.append((start, end, outcome))
    if len(found) != 1:
        return None
    start, end, outcome = found[0]
    quote = review.text[start:end].strip()
    start = review.text.find(quote, start)
    lines = ["    status: reported", f"    value: {_n(outcome.value)}", f"    unit: {q(outcome.unit or unit or '')}"]
    lines.append(
        f"    evidence: [{{source: review, quote: {q(quote)}}}]  {MARK} (the table's actual beside its target)"
    )
    return _Evidence(lines, [(start, start + len(quote))])


def _share_within(goal: _Goal, review: _Review) -> _Evidence | None:
    """A goal that is a span of time to act within ("contact every victim of burglary within 48 hours", 来电在10分钟内
    接通): a review's share counted within the same span ("94% of burglary victims were contacted within 48 hours")
    tells how many were, not the span; proposed for a person to decide against the goal's every/all (no figure)."""
    figure, text = goal.finding.figure, review.text
    if goal.finding.kind != "at_most" or figure is None or not is_time_threshold(goal.finding.quote, _placed(goal)):
        return None
    best: tuple[float, int, int] | None = None
    for first, last in review.shares_within.get(threshold_key(figure), ()):
        if goal.words:
            score = match_score(goal.words, terms(text[first:last]), review.weights)
            enough = score >= WORD_MATCH
        else:
            score = similarity(goal.finding.measure, text[first:last])
            enough = score >= MATCH_SHARE
        if enough and (best is None or score > best[0]):
            best = (score, first, last)
    if best is None:
        return None
    return _undecided(goal, text, best[1], best[2], best[0], "a share within the goal's span of time")


def _placed(goal: _Goal) -> Figure:
    """The goal's figure placed in its own quote."""
    figure = goal.finding.figure
    assert figure is not None
    shift = goal.finding.start
    return figure._replace(start=figure.start - shift, end=figure.end - shift)


def _numeric_evidence(goal: _Goal, review: _Review) -> _Evidence | None:
    finding, unit, has_baseline, text = goal.finding, goal.unit, goal.has_baseline, review.text
    within = _share_within(goal, review)
    if within is not None:
        return within
    if finding.kind in ("planned", "at_least", "at_most", "approximately"):
        tabled = _table_evidence(goal, review) or _target_actual(goal, review)
        if tabled is not None:
            return tabled
    kind = finding.kind
    basis = "level"
    said = goal.clause or goal.context or finding.quote  # "decide 85% | of applications within 8 weeks"
    own_thresholds = thresholds_of(said, 0, len(said))
    # a goal that is itself a change's size ("Council tax will increase by no more than 4.99%") takes one
    lead = finding.quote[: finding.figure.start - finding.start] if finding.figure is not None else ""
    sized = _BY_SIZE.search(lead) is not None or _CHANGE_SIZE.search(lead) is not None
    over_years = _over_years(goal)

    def option(r: Reading) -> bool:  # a figure of the kind the goal's rule reads
        if _FROM_FIGURE.search(text, max(r.start, r.figure.start - 3), r.figure.start) and _TO_FIGURE.match(
            text, r.figure.end
        ):
            return False  # 从60.2%提高到65.2%, "from 10 days to 8.8": the figure a change starts from
        if r.figure.qualifier is not Qualifier.EXACT and HAN.search(text, r.start, r.figure.start):
            stated = text[_clause_span(text, r.figure.start, r.figure.end)[0] : r.figure.end].strip()
            if len(stated) >= 4 and stated in finding.quote:
                return False  # 居民消费价格涨幅3%左右 as the plan wrote it: the target restated, not an outcome
        if kind == "ranking":
            return r.figure.kind is Kind.ORDINAL and r.figure.unit in ("位", "名", "")
        fell, rose = _FALL_AFTER.match(text, r.figure.end), _RISE_AFTER.match(text, r.figure.end)
        if kind == "growth":
            return bool(
                r.figure.unit == PERCENT and (rose or _GROWTH_BEFORE.search(text[r.start : r.figure.start]))
            ) or (has_baseline and units_fit(unit, r.figure) and not (fell or rose))
        if kind == "pp_change":
            return r.figure.unit in (PERCENTAGE_POINT, PERCENT)
        if kind in ("decline", "increase_by"):
            moved = _FALL_BEFORE if kind == "decline" else _GROWTH_BEFORE
            after = fell if kind == "decline" else rose
            return bool((after or moved.search(text[r.start : r.figure.start])) and units_fit(unit, r.figure)) or (
                has_baseline and units_fit(unit, r.figure) and not (fell or rose)
            )
        if r.figure.unit == PERCENT and not same_threshold(
            own_thresholds, thresholds_of(text, r.figure.end, _clause_span(text, r.figure.start, r.figure.end)[1])
        ):
            return False  # "94% of calls within 30 minutes" for "80% of calls within 10 minutes": another measure
        if (r.start, r.end) in review.years_back and not over_years:
            return False  # "since 2019 we have planted 9,600", 三年来: a total over years, not this period's
        counted = head_counted(r.figure, text[max(r.start, r.figure.start - 12) : r.figure.start])
        told = text[r.start : r.figure.start]
        return (
            not (fell or rose)  # "27% below 2019 levels" is the size of a change, no level
            and (sized or not _CHANGE_SIZE.search(told))  # "a reduction of 52%", "rose by 3%" neither
            and r.figure.kind is Kind.NUMBER
            and (units_fit(unit, counted) or (bool(unit) and unit == r.figure.unit))
            and _of_order(finding, unit, r.figure)
        )

    def own_item(r: Reading) -> bool:  # 能耗 for the energy target, not 二氧化碳排放 beside it
        if goal.item is None:
            return True
        words = same_words(review.subject.get((r.start, r.end)) or text[r.start : r.figure.start])
        if "分别" in text[_clause_span(text, r.figure.start, r.figure.end)[0] : r.figure.start]:
            return True  # the review lists the same items one figure each: its own is chosen below (_respective)
        return goal.item[0] in words and not any(head in words for head in goal.item[1])

    best = _labelled_actual(goal, review)
    if best is None and kind == "pp_change":  # 比上年提高2.6个百分点 before the level 85.6% its sentence names first
        best = _best_in(goal, review, lambda r: r.figure.unit == PERCENTAGE_POINT and option(r) and own_item(r))
    best = best or _best_in(goal, review, lambda r: option(r) and own_item(r))
    capacity = _CAPACITY.search(measure_words(finding.measure)) if kind == "at_least" and not goal.words else None
    if best is None and capacity is not None:
        # 粮食综合生产能力保持在1.3万亿斤以上 against 粮食产量1.37万亿斤: a year's output is a floor of the capacity
        measure = finding.measure[: capacity.start()] + "产量"
        goal = goal._replace(finding=finding._replace(measure=measure))
        best = _best_in(goal, review, lambda r: option(r) and own_item(r))
    if best is None:
        return None
    reading = best[0]
    figure = reading.figure
    before = text[reading.start : figure.start]
    respective = _respective(text, reading)
    if respective is not None:  # 二氧化硫、氮氧化物排放量分别下降5.6%和4%: one figure per item
        chosen = _respective_value(goal, *respective)
        if chosen is None:
            return None
        figure = chosen
    fell, rose = _FALL_AFTER.match(text, figure.end), _RISE_AFTER.match(text, figure.end)
    if kind == "growth":
        basis = "change" if figure.unit == PERCENT else "level"
    elif kind == "pp_change":
        basis = "change" if figure.unit == PERCENTAGE_POINT else "level"
    elif kind == "decline":
        basis = "change" if fell or _FALL_BEFORE.search(before) else "level"
    elif kind == "increase_by":
        basis = "change" if rose or _GROWTH_BEFORE.search(before) else "level"
    elif kind == "new_items":
        basis = "change" if _CHANGE.search(before) and not _CUMULATIVE.search(before) else "level"
    undecided = basis == "level" and not has_baseline and kind in NEEDS_BASELINE
    # 完成易地扶贫搬迁280万人 against 累计达到870万人: a count of all there are, not of this year's (a prior count is
    # needed), unless the goal is itself a total (总数达到45个) or the review sums the year (全年累计)
    stock = (
        kind in ("at_least", "approximately")
        and not has_baseline
        and _CUMULATIVE_ONLY.search(before) is not None
        and _YEAR_TOTAL.search(before) is None
        and _TOTAL_GOAL.search(finding.quote) is None
    )
    value_unit = figure.unit if basis == "change" or kind in ("ranking",) else unit
    if kind == "pp_change":
        value_unit = PERCENTAGE_POINT if basis == "change" else PERCENT
    if kind not in ("growth", "pp_change") and is_counter(unit) and is_counter(figure.unit):
        value_unit = unit
    elif (
        basis == "level" and unit and figure.unit and figure.unit != unit and convert(1, figure.unit, unit) is not None
    ):
        value_unit = figure.unit  # "41,400 thousand pounds" for a goal in million pounds: the engine converts
    end = review.ends.get((reading.start, reading.end), reading.end)  # English: the whole clause reads better
    if goal.trailing or _named_after(goal):  # the words after the amount name it: they are the evidence too
        end = _clause_span(text, figure.start, figure.end)[1]
    if respective is not None:  # the quote holds every item's figure, not the first one alone
        end = max(end, respective[0][-1].end)
    begin = review.begins.get((reading.start, reading.end), reading.start)
    quote = text[begin:end].rstrip()
    if _one_year_of_several(goal, text[reading.start : end]):
        return None
    if not _stands(quote, figure.value, None if kind == "ranking" else value_unit):
        end = reading.end
        quote = text[begin:end]
        if not _stands(quote, figure.value, None if kind == "ranking" else value_unit):
            return None
    lines = ["    status: reported", f"    value: {_n(figure.value)}"]
    if goal.month is not None and not review.in_time(goal.month, reading.start):
        year, month = goal.month  # "All 12 … have now moved" in July for a goal due by March: done by then?
        why = f"proposed by draft: a report after the due ({year}-{month:02d}) gives it; was it reached by then?"
        lines.append(f"    undecided: {q(why)}")
    elif undecided:  # a level, and no prior figure to compare it with: shown, never scored
        lines.append(
            f"    undecided: {q('proposed by draft: the review gives a level; the goal is a change (add a baseline)')}"
        )
    elif stock:
        why = (
            "proposed by draft: the review gives a cumulative count; the goal counts the period's own (add a baseline)"
        )
        lines.append(f"    undecided: {q(why)}")
    if kind != "ranking":
        lines.append(f"    unit: {q(value_unit or '')}")
    if goal.finding is not finding:  # the output stands for the capacity
        lines.append(f"    caveat: {q('output, not capacity: capacity is at least the output')}")
        lines.append("    caveat_severity: minor")
    elif (reading.start, reading.end) in review.estimated:
        lines.append(f"    caveat: {q('the review gives an estimate (预计): the final figure may differ')}")
        lines.append("    caveat_severity: minor")
    if figure.qualifier is not Qualifier.EXACT:
        lines.append(f"    qualifier: {figure.qualifier.value}")
    if basis == "change":
        lines.append("    basis: change")
    lines.append(f"    evidence: [{{source: review, quote: {q(quote)}}}]  {MARK} (measure words {q(finding.measure)})")
    return _Evidence(lines, [(begin, begin + len(quote))])


# English words telling a figure after them as the size of a change, no level: "a reduction of 52%", "fell by 4%".
_CHANGE_SIZE = re.compile(
    r"\b(?:(?:reduction|fall|decline|decrease|drop|cut|increase|rise|growth)\s+of"
    r"|(?:fell|dropped|declined|decreased|reduced|cut|rose|grew|increased|went\s+(?:up|down))\s+by)\s*$",
    re.IGNORECASE,
)
_BY_SIZE = re.compile(
    r"\bby\s+(?:(?:no\s+more|no\s+less|not\s+more|not\s+less|more|less)\s+than\s+|at\s+(?:most|least)\s+|up\s+to\s+"
    r"|around\s+|about\s+|some\s+|over\s+)?$",
    re.IGNORECASE,
)
# A capacity to produce (粮食综合生产能力, 能源生产能力, 产能): at least what was produced, so a floor on it is met by
# the output a review gives (粮食产量).
_CAPACITY = re.compile(r"(?:综合)?生产能力$|产能$")
# A figure a change starts from, with the figure it comes to after it: 从60.2%提高到65.2%, "from 10 days to 8.8 days".
_FROM_FIGURE = re.compile(r"(?:从|由|(?i:\bfrom\s+))$")
_TO_FIGURE = re.compile(
    r"[^，。；,;0-9]{0,6}?(?:提高|增加|上升|增长|下降|降低|减少|扩大|缩小|提升)?(?:到|至)\s*[0-9]|(?i:\s+to\s+[£$€₹]?[0-9])"
)


def _own_item(text: str, finding: Finding) -> tuple[str, tuple[str, ...]] | None:
    """Chinese: for a figure of a target listing one figure for each of several items
    (单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%), the head noun (last two characters) of its own item and
    those of the others; None for a figure of its own, or items whose heads are alike."""
    listed = _own_place(text, finding)
    if listed is None:
        return None
    items, own = listed
    heads = [item[-2:] for item in items]
    if len(set(heads)) < len(heads):
        return None
    return heads[own], tuple(head for at, head in enumerate(heads) if at != own)


def _own_place(text: str, finding: Finding) -> tuple[tuple[str, ...], int] | None:
    """Chinese: the items a target lists before a 分别, one figure each, and which of them its figure is of."""
    figure = finding.figure
    if figure is None or "分别" not in finding.measure:
        return None
    first, last = _clause_span(text, figure.start, figure.end)
    mark = text.rfind("分别", first, figure.start)
    if mark == -1:
        return None
    items = [item for item in _RESPECTIVE_ITEMS.split(measure_words(text[first:mark])) if len(item) >= 2]
    listed = [mark + f.start for f in read_figures(text[mark:last]) if f.unit == figure.unit]
    if len(items) < 2 or len(listed) != len(items) or figure.start not in listed:
        return None
    return tuple(items), listed.index(figure.start)


# A Chinese measure that names only what a change is counted from (比上年, 较2023年, 同比): no measure of its own.
_ZH_COMPARED = re.compile(r"(?:比|较|同比)?(?:上年|去年|上一年|(?:19|20)[0-9]{2}年)?(?:同期)?(?:末|底)?")
_ZH_JOINER = re.compile(r"[和及与、]")


def _zh_named_before(text: str, finding: Finding) -> str | None:
    """Chinese: the measure of a figure whose own words name none, told before it in its sentence: the items before
    a 分别 of its clause (高速公路、普通国省道新改建里程分别达到35公里和120公里: the second figure's, with 分别 for
    _own_item), or for a change from last year (比上年提高2个百分点) the measure of the clause before; None when its
    own words name it."""
    figure = finding.figure
    measure = same_words(finding.measure).strip(" ，,、；;")
    if figure is None or not (_ZH_JOINER.fullmatch(measure) or _ZH_COMPARED.fullmatch(measure)):
        return None
    first, _ = _clause_span(text, figure.start, figure.end)
    mark = text.rfind("分别", first, figure.start)
    if mark != -1 and _ZH_JOINER.fullmatch(measure):
        items = measure_words(text[first:mark])
        return items + "分别" if len(items) >= 2 else None
    if not _ZH_COMPARED.fullmatch(measure) or not measure:
        return None
    back = max(first - 200, max(text.rfind(stop, 0, max(0, first - 1)) for stop in "。；\n") + 1)
    prior = text[back:first]
    figures = read_figures(prior)
    if not figures:
        return None
    named = measure_words(same_words(prior[: figures[0].start]))
    return named if len(named) >= 2 else None


def _of_order(finding: Finding, unit: str | None, figure: Figure) -> bool:
    """Whether a review level is of the order of the goal's target (another measure with the same unit is often
    ten times larger or smaller)."""
    if finding.target is None or not unit or not figure.unit:
        return True
    value = convert(figure.value, figure.unit, unit) if figure.unit != unit else figure.value
    return value is None or scale_fits(finding.target, value)


def _clauses_with(text: str, needle: str) -> Iterator[tuple[int, int]]:
    """The clauses of text (between ，。；, an English , . ; or a line end) that contain needle, each once, found as
    they are asked for (the first reported done is enough)."""
    found: set[tuple[int, int]] = set()
    position = text.find(needle)
    while position != -1:
        span = _clause_at(text, position, position + len(needle))
        if span not in found:
            found.add(span)
            yield span
        position = text.find(needle, position + len(needle))


def _clause_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (as _clauses_with) holding text[start:end]."""
    window = max(0, start - 300)
    first = max((m.end() for m in _BOUNDARY.finditer(text, window, start)), default=window)
    after = _BOUNDARY.search(text, end)
    last = after.start() if after is not None else len(text)
    while first < last and text[first].isspace():
        first += 1
    return first, last


def _milestone_evidence(goal: _Goal, review: _Review) -> _Evidence | None:
    finding, text = goal.finding, review.text
    if finding.figure is not None and finding.figure.kind is Kind.ORDINAL:
        ordinal = finding.figure.text
        for start, end in _clauses_with(text, ordinal):
            clause = text[start:end]
            if not period_fits(years_named(clause) or review.year_at(start), review.period):
                continue  # 2019年举办第二届… or a review of another year: another year's event
            named = similarity(finding.measure, clause) >= MATCH_SHARE or abbreviates(finding.measure, clause)
            if _reports_done(clause) and named and not looks_ahead(clause):
                return _done(text, start, end)
        return None
    # an English goal (a Chinese one that is no ordinal event goes to _chinese_act)
    numbers = review.clause_terms.holding_any(heavy_terms(goal.words, review.weights, WORD_MATCH))
    setting = _setting(finding)
    act = act_of(goal.clause)
    for number in numbers:
        if not review.settled[number]:  # it looks ahead or claims progress
            continue
        reported, acts, sets = review.done_marks[number]
        if not (reported or acts or (sets and setting is not None)):
            continue
        start, end = review.clauses[number]
        clause = text[start:end]
        score = match_score(goal.words, review.clause_terms.pieces[number], review.weights)
        # the plan's own verb reports the act (实现, 实施…) unless the clause is the plan's words verbatim
        acted = acts and finding.quote not in clause
        done = reported or acted or (sets and _same_figure(setting, clause))
        if score >= WORD_MATCH and done and not _other_act(act, acts_in(clause) if act else set()):  # a person decides
            return _undecided(goal, text, start, end, score, "deed words")
    return None


def _setting(finding: Finding) -> Figure | None:
    """The figure a goal sets a policy parameter to (将…提高到100%), if it sets one."""
    if not sets_policy(finding.quote):
        return None
    figures = read_figures(finding.quote)
    return figures[-1] if figures else None


def _same_figure(setting: Figure | None, clause: str) -> bool:
    """A review clause (one that sets a policy parameter) that sets it to the goal's figure (提高到100%)."""
    return setting is not None and any(
        f.value == setting.value and f.unit == setting.unit for f in read_figures(clause)
    )


def _done(text: str, start: int, end: int) -> _Evidence:
    quote = text[start:end].strip()
    lines = ["    status: reported", "    done: true", f"    evidence: [{{source: review, quote: {q(quote)}}}]  {MARK}"]
    return _Evidence(lines, [(start, end)])


# The pieces of a review clause listing things (进博会、广交会、服贸会及首届消博会等重大展会): what each names.
_LIST_PIECE = re.compile(r"[、，,]|及|和|与")
_LIST_TAIL = re.compile(r"等[^、，,]*$")


def _items_evidence(finding: Finding, text: str) -> _Evidence | None:
    statuses: dict[str, str] = {}
    quotes: list[tuple[int, int]] = []
    for item in finding.items:
        statuses[item] = "silent"
        places = _clauses_with(text, item)
        first = next(places, None)
        named = act_object(item)
        if first is None and named != item and len(named) >= 3 and not named.isascii():
            places = _clauses_with(text, named)  # 办好进博会 is listed with its verb: the review names 进博会
            first = next(places, None)
        if first is None:  # 槜李大桥 for 槜李路跨南郊河大桥
            places = iter([_clause_at(text, start, end) for start, end in short_names(item, text)])
        else:
            places = itertools.chain([first], places)
        for start, end in places:
            if _reports_done(text[start:end]):
                statuses[item] = "done"
                if (start, end) not in quotes:
                    quotes.append((start, end))
                break
    if not quotes:
        return None
    shorts = {act_object(piece) for s, e in quotes for piece in _LIST_PIECE.split(_LIST_TAIL.sub("", text[s:e]))}
    for item, status in statuses.items():  # 首届消博会 in the list reported done, for 首届中国国际消费品博览会
        # (a short form of the item's own name: not another item, not its kind alone as 博览会)
        if status == "silent" and any(
            abbreviates(short, item) and short not in finding.items and not item.endswith(short) for short in shorts
        ):
            statuses[item] = "done"
    lines = ["    status: reported", "    items:"]
    lines += [f"      {q(item)}: {status}" for item, status in statuses.items()]
    lines.append("    evidence:")
    lines += [f"      - {{source: review, quote: {q(text[s:e])}}}  {MARK}" for s, e in quotes]
    return _Evidence(lines, quotes)
