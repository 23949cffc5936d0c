"""Drafting an audit from documents: scanner findings become targets.yaml and actuals.yaml text to review by hand."""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from planaudit.gates import DRAFT_MARK
from planaudit.reading.clauses import five_year_plan
from planaudit.reading.figures import Figure, Kind, Qualifier, find_value, read_figures
from planaudit.reading.horizon import (
    Horizon,
    Pace,
    base_figure_start,
    base_of,
    each_year,
    pace_of,
    plan_horizon,
    rate_word,
    total_over_span,
    year_flow_only,
    years_told,
)
from planaudit.reading.lazyre import HAN, LazyPattern, compile_skipping, skipping
from planaudit.reading.matching import (
    ACT_DONE_BY,
    DEED_VERBS,
    LATIN_STOP,
    MATCH_SHARE,
    Echoes,
    Weights,
    abbreviates,
    act_looks_ahead,
    act_object,
    act_of,
    acted_on,
    acts_in,
    aim_head,
    aims,
    another_thing,
    capital_names,
    compound_heads,
    compound_modifiers,
    deliverable,
    does_to,
    echoes_act,
    estimates_only,
    head_counted,
    helped_act,
    initials,
    is_counter,
    item_reports_deed,
    list_item,
    looks_ahead,
    made_for,
    match_score,
    measure_words,
    named_compounds,
    named_for,
    names_act,
    names_measure,
    names_object,
    not_done,
    object_head,
    other_side,
    pair_set,
    period_fits,
    repeats_words,
    reports_act,
    reports_deed,
    same_words,
    scale_fits,
    serves,
    short_form_in,
    short_names,
    similarity,
    stem,
    terms,
    told_up_to,
    units_fit,
    verb_object,
    without_base_years,
    years_named,
    zh_act_words,
)
from planaudit.reading.nicknames import named_unit, nicknames
from planaudit.reading.periods import Span as Period
from planaudit.reading.periods import act_deadlines, falls_after, parse_period, reported_period, resolve
from planaudit.reading.postings import Postings, heavy_terms, share_needed
from planaudit.reading.restated import restatements
from planaudit.reading.scan import (
    BREAKS,
    Finding,
    Heading,
    Reading,
    Span,
    headings,
    plan_period,
    readings,
    scan,
    sentences,
    sets_policy,
)
from planaudit.reading.script import Folded, fold
from planaudit.reading.sections import Sections, heading_lines, without_label
from planaudit.reading.tables import Indicator, indicators
from planaudit.reading.tables import rows as table_rows
from planaudit.reading.units import EN_MONTHS, PERCENT, PERCENTAGE_POINT, convert, format_number, split_unit
from planaudit.verify import PAIRWISE_LIMIT, evidence_owner

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
_DONE = re.compile(
    r"建成|开工|竣工|投产|通车|开学|启用|投用|举办|召开|开业|完成|提升|落成|运行|上线|揭牌|挂牌"
    r"|(?i:\b(?:held|opened|completed|built|launched|finished|started)\b)"
)
_GROWTH_BEFORE = re.compile(r"(?:增长|增加|提高|提升|增幅|(?i:\b(?:grew|growth|increased?|rose|up)\b)(?: by)?)\s*$")
_FALL_BEFORE = re.compile(
    r"(?:下降|降低|减少|压减|降|降幅|下降幅度|降低幅度"
    r"|(?i:\b(?:fell|cut|reduced|decreased|declined|dropped|lowered|shrank|down)\b)(?: by)?"
    r"|(?i:\b(?:reduction|fall|decline|decrease|drop|cut)\s+of))\s*$"
)
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
_CUMULATIVE = re.compile(r"累计|总数|总量|达到|达")
_CUMULATIVE_ONLY = re.compile(r"累计|总数")
# A total the year sums (全年累计, 1-12月累计), not a count since some earlier start.
_YEAR_TOTAL = re.compile(r"(?:全年|当年|今年|本年|年内|月)累计")
# A goal that is a total or a level reached, which a cumulative count reports.
_TOTAL_GOAL = re.compile(
    r"累计|总数|总量|总规模|达到|达(?=[0-9０-９])|保有|保持|稳定在|(?i:\b(?:total|cumulative|reach)\w*)"
)
_ADDING = re.compile(r"引进|新建|新培育|培育|新增|(?i:\b(?:add|attract|new)\w*)")
_BOUNDARY = re.compile("[，。；;" + re.escape(BREAKS) + r"]|[.,](?=\s|$)")
# A clause's end, as _BOUNDARY, but the comma of "by 1st May, 2018" is inside its clause.
# Searched in each goal's clause: `re` skips to its first characters.
_CLAUSE_END_TEXT = "[，。；;" + re.escape(BREAKS) + r"]|\.(?=\s|$)|,(?=\s|$)(?!\s*[0-9]{4}\b)"
_CLAUSE_END = compile_skipping(_CLAUSE_END_TEXT)
# The last clause end before a position (each match is one character, so finditer finds every place it matches): the
# greedy run backs off from the end to it, in `re`.
_LAST_CLAUSE_END = LazyPattern(f"(?s:.*)(?:{_CLAUSE_END_TEXT})")
_UNSAFE = re.compile("[" + re.escape(BREAKS) + "]")
_HONOUR = re.compile(r"被评为|荣获|获评|入选|荣膺")
# A milestone is also reported done by the verb that set it (实现大病保险全覆盖, 建立直达机制, 重大工程深入实施)…
_DONE_ACT = re.compile(r"实现|建立|开展|实施")
# …but not by a claim of progress towards it (决胜全面建成小康社会取得决定性成就, 推动…取得新的重要进展).
_PROGRESS = re.compile(r"取得[^，。；]{0,8}(?:进展|成就|成效|突破)|决胜|推动|迈出|迈进|(?i:\bprogress\b)")
# 推动…协定签署/生效实施: an agreement pushed to its signing or entry into force, the act reported (not progress).
_AGREED = re.compile(r"推动(?=[^，。；]{2,30}?(?:协定|协议|条约)(?:正式)?(?:签署|生效))")
_SHARE = re.compile(r"占|比重|比例|率|(?i:\b(?:share|rate)\b)")
_CHANGE = re.compile(r"新增|新引进|新培育|新建|提高|增加|(?i:\b(?:new|added|built|completed|opened)\b)")


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
# A figure of time ("in 5 years", 两年) is a horizon, not an outcome.
_DURATION = re.compile(r"(?:years?|months?|days?|weeks?|quarters?|[年月天周日]|个月)")
# A past verb whose object is the figure after it: the things counted are what was done ("repaved 131 lane miles").
_MADE_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|built|made|ran|held|sold|won|laid)[ \t]+$", re.IGNORECASE)
# A span of time that a measure is counted over or an age ("within 28 days", "at five years", "in 5 years"): no
# outcome, even for a goal in days.
_SPAN_BEFORE = re.compile(
    r"\b(?:in|within|at|after|over|for|under|of|aged?|every|each|per|next|last|past|first|by)\s+$", re.IGNORECASE
)
_BUDGET_ESTIMATE = re.compile(r"\bBE\b|\bbudget(?:ed)? estimates?\b|\bbudget provision\b", re.IGNORECASE)


# A table row is the goal's when this weighted share of the row name's words stands in the goal's paragraph.
TABLE_NAME_SHARE = 0.5
_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")
# How far back and on a goal's paragraph may name the scheme it speaks of by its abbreviation.
ACRONYM_REACH = 2000
_SCALE_WORDS = frozenset({"crore", "crores", "lakh", "lakhs", "million", "millions", "billion", "billions", "thousand"})
_PLANNED_COLUMN = re.compile(r"BE$|budget|estimates?$|plan", re.IGNORECASE)
_OUTCOME_COLUMN = re.compile(r"RE$|AE$|revised|actuals?$|outturn|out-turn|provisional", re.IGNORECASE)


# A Chinese clause that sets a plan goes on in the clauses after it in its sentence (今年赤字率拟按3%安排，财政赤字
# 2.38万亿元): their figures are planned too.
_PLANS_ON = re.compile(r"拟(?!定)|预期目标|明年|下一步|今年要|今年将")
# A heading naming the year its part reports on or plans (一、2016年工作回顾, 2018年总结, 二、2017年工作总体部署): a
# short line with no clause inside, its year no date's (——2017年3月5日在…).
_YEAR_HEADING = re.compile(
    r"^[ \t]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?[^\n，。；：:,.]{0,12}?((?:19|20)[0-9]{2})年"
    r"(?![0-9一二三四五六七八九十]{1,3}月)[^\n，。；：:,.0-9]{0,16}$",
    re.MULTILINE,
)


# The words a sub-national plan names its own whole by.
_LOCAL_SCOPES = ("全省", "全市", "全区", "全县", "全州", "本省", "本市", "本区", "本县")


class _Review:
    """A review read once for evidence: every figure with its phrase, which of them may be an outcome of the plan's
    period (a result, not the next year's plan, a forecast, a restated target or a budget estimate; no other year
    named nearest it), and the words around each."""

    def __init__(
        self,
        text: str,
        plan: str,
        plan_period: str | None,
        reach: Period | None = None,
        years: tuple[int, int] | None = None,
    ) -> None:
        self.text = text
        echoes = Echoes(plan)
        # a province's or city's plan (全省…, 全市… more often than 全国): a review's national figure is another tier
        self.local = plan.count("全国") < sum(plan.count(scope) for scope in _LOCAL_SCOPES)
        self.all = readings(text)
        self.figure_starts = [reading.figure.start for reading in self.all]
        # English performance tables: (line start, measure end, match end, unit noted, target said, actual said)
        self.target_actual: list[tuple[int, int, int, str, str, str]] = []
        for found in _TARGET_ACTUAL.finditer(text):
            first = text.rfind("\n", 0, found.start()) + 1
            measure = text[first : found.start()]
            note = _UNIT_NOTE.search(measure)
            at = first + (note.start() if note else len(measure.rstrip().rstrip(":")))
            said = (note["unit"] if note else "").strip()
            self.target_actual.append((first, at, found.end(), said, found["target"], found["actual"]))
        period = years or _years(plan_period)
        # 一、2020年工作回顾 … 二、2021年工作总体部署: the year each part reports on (or plans), where a figure or
        # act names none of its own
        self.year_starts: list[int] = []
        self.year_heads: list[int] = []
        for heading in _YEAR_HEADING.finditer(text):
            self.year_starts.append(heading.start())
            self.year_heads.append(int(heading.group(1)))
        if period is not None and reach is not None and reach.last[0] > period[1]:
            period = (period[0], reach.last[0])  # "Sustainability Report 2024" of a 2023 plan: "In 2024 …" reports it
        spans = sentences(text)
        self.spans = spans
        self.outcomes: set[tuple[int, int]] = set()
        self.timed: set[tuple[int, int]] = set()
        self.begins: dict[tuple[int, int], int] = {}  # English: a quote starts before a span of time named in it
        self.words: dict[tuple[int, int], frozenset[str]] = {}
        self.ends: dict[tuple[int, int], int] = {}  # English: a quote runs to its clause's end
        self.subject: dict[tuple[int, int], str] = {}  # Chinese: a figure's measure named before the previous figure
        at = 0
        for index, reading in enumerate(self.all):
            figure = reading.figure
            while at < len(spans) - 1 and spans[at].end <= figure.start:
                at += 1
            sentence = spans[at]
            first, last = _clause_span(text, figure.start, figure.end)
            back = index - 1
            if back >= 0 and self._span_of_time(self.all[back].figure):
                back -= 1  # "coverage at five years reached 93.5%": the age is part of the measure's name
                self.begins[(reading.start, reading.end)] = self.all[index - 1].start
            earlier = self.all[back].figure.end if back >= 0 and self.all[back].figure.end <= figure.start else 0
            if back >= 1 and self.all[back].figure.unit == PERCENT and _RISE_TO.fullmatch(text, earlier, figure.start):
                # "Research income rose by 7.1% to £66.2 million": the level is named before its rise
                prior = self.all[back - 1].figure.end
                earlier = prior if prior <= figure.start else 0
            elif back == 0 and self.all[0].figure.unit == PERCENT and _RISE_TO.fullmatch(text, earlier, figure.start):
                earlier = 0
            elif back >= 0 and earlier >= sentence.start and _CHANGE_AFTER_LEVEL.fullmatch(text, earlier, figure.start):
                # "Room hire income was £86,500, up 3% on 2024": the change is named with the level before it
                prior = self.all[back - 1].figure.end if back >= 1 else 0
                earlier = prior if prior <= self.all[back].start else 0
            later = self.all[index + 1].figure.start if index + 1 < len(self.all) else len(text)
            before = text[max(first, earlier) : figure.start]
            after = text[figure.end : max(figure.end, min(last, later))]
            named = years_named(without_base_years(after))[:1] or years_named(without_base_years(before))[-1:]
            if not named and sentence.start < first:  # "For 2017-18, I have provided…": bounded, a sentence may be long
                named = years_named(without_base_years(text[max(sentence.start, first - 120) : first]))[-1:]
            told = named and period is not None  # a year named in the sentence, not a heading's
            named = named or self.year_at(figure.start)
            key = (reading.start, reading.end)
            digit = next((i for i in range(figure.start, figure.end) if text[i].isdigit()), figure.start)
            if (
                period_fits(named, period)
                and (not looks_ahead(text[first:last]) or (bool(told) and estimates_only(text[first:last])))
                and not told_up_to(text[max(sentence.start, first - 120) : last], period)
                and not _PLANS_ON.search(text, max(sentence.start, first - 120), first)
                and not _BUDGET_ESTIMATE.search(before + after)
                and not echoes.repeats(text[max(0, digit - 80) : digit], text[digit : max(digit, last)])
            ):
                if not _DURATION.fullmatch(figure.unit.lower()) or _zh_days_measured(text, figure):
                    self.outcomes.add(key)
                elif _LATIN.search(figure.unit) and not self._span_of_time(figure):
                    self.timed.add(key)  # "the median wait was 84 days": an outcome for a goal in days only
            # the things a deed made are named inside its figure too ("We completed 412 new affordable homes")
            inside = (
                text[figure.start : figure.end]
                if figure.end - figure.start <= 80
                and _MADE_BEFORE.search(text, max(0, figure.start - 24), figure.start)
                else ""
            )
            around = (
                text[max(sentence.start, earlier, figure.start - 300) : figure.start]
                + f" {inside} {figure.unit} {after}"
            )
            if _LATIN.search(around):
                self.words[key] = terms(around)
                self.ends[key] = max(reading.end, last)
            elif index and earlier >= sentence.start and _ZH_SHARE_OF.fullmatch(text, reading.start, figure.start):
                # 海外业务收入15.0亿元，占营业收入的23.1%: the share is of the level's measure (its 占比)
                previous = self.all[index - 1]
                self.subject[key] = measure_words(text[previous.start : previous.figure.start]) + "占比"
            elif index and earlier >= sentence.start and not measure_words(text[reading.start : figure.start]):
                # 国内生产总值达到74.4万亿元，增长6.7%: the growth rate's measure is the level's
                previous = self.all[index - 1]
                self.subject[key] = measure_words(text[previous.start : previous.figure.start])
        self.pool = [r for r in self.all if (r.start, r.end) in self.outcomes]
        self.timed_pool = [r for r in self.all if (r.start, r.end) in self.timed]
        self.period = period
        self.rows = table_rows(text)
        title_line = next((line for line in plan.splitlines() if line.strip()), "")[:200]
        self.title = terms(title_line)
        # the plan named by its title or "the Strategy" (its title's last word, capitalised): no deliverable named
        title_words = [re.escape(word) for word in _LATIN_WORDS.findall(title_line)]
        self.plan_name = (
            re.compile(
                r"\b(?:" + r"\s+".join(title_words) + r"|(?:[Tt]he|[Tt]his|[Oo]ur)\s+" + title_words[-1] + r")\b"
            )
            if title_words
            else None
        )

    def _span_of_time(self, figure: Figure) -> bool:
        """An English figure of time that a measure is counted over or an age ("within 28 days", "at five years")."""
        return bool(
            _DURATION.fullmatch(figure.unit.lower())
            and _LATIN.search(figure.unit)
            and (
                _SPAN_BEFORE.search(self.text, max(0, figure.start - 12), figure.start)
                or _SPAN_BEFORE.match(self.text[figure.start : figure.start + 8].split(" ", 1)[0] + " ")
            )
        )  # the reader keeps "within"/"under" with its figure ("started treatment within 18 weeks")

    def year_at(self, position: int) -> list[tuple[int, int]]:
        """The year named by the heading of the review's part holding position ([] under no such heading)."""
        at = bisect.bisect_right(self.year_starts, position) - 1
        return [(self.year_heads[at], self.year_heads[at])] if at >= 0 else []

    def unnamed(self, text: str) -> str:
        """English text without the plan's name ("the Government Digital Strategy", "the Strategy")."""
        return self.plan_name.sub(" ", text) if self.plan_name is not None else text

    @functools.cached_property
    def deeds(self) -> list[tuple[int, int, frozenset[str], tuple[frozenset[str], ...]]]:
        """English sentences reporting a deed done in the plan's period, with the words naming what was done (the
        plan's own title and the verbs of delivery left out): evidence for a milestone or a judged goal."""
        found = []
        listed = []
        lines: list[int] = []  # where each deed's line starts (the sentences of one list item share it)
        leads: list[str] = []  # the lead-in of each deed's list ("" for a deed out of a list)
        text = self.text
        read = line = 0  # the text is read up to here for line breaks; where the line being read starts
        item = item_done = False  # the line of the sentence being read is a list item; its first sentence a deed
        lead = ""  # the last sentence out of a list when it ends with a colon (the lead-in of the list that follows)
        previous = ""
        for span in self.spans:
            sentence = text[span.start : span.end]
            newline = text.rfind("\n", read, span.start)
            read = span.start
            done = reports_deed(sentence) and not looks_ahead(without_label(sentence))
            if newline != -1 or span.start == 0:
                line = newline + 1
                item = list_item(text[line : line + 8])
                done = done or (item and item_reports_deed(sentence, lead))
                item_done = item and done
            elif item_done:  # "…Recruitment Hub; and supported departments on recruiting 20 digital specialist posts"
                done = done or item_reports_deed(_AND.sub("", sentence, count=1), "")
            if not item:
                lead = sentence if sentence.rstrip().endswith(":") else ""
            before, previous = previous, sentence
            if not done or not _LATIN.search(sentence) or (not item and sentence.rstrip().endswith(":")):
                # a lead-in ("GDS has helped by:") reports its items' deeds, none of its own
                continue
            named = years_named(sentence)
            if _claims_progress(sentence) or (named and not any(period_fits([y], self.period) for y in named)):
                continue
            start = span.start + len(sentence) - len(sentence.lstrip(" \t*-•·"))
            words = _without_openers(sentence)
            pieces = _DEED_PARTS.split(_ASIDE.sub(" ", words))
            if _ANAPHOR.search(pieces[0]):  # "Work has begun on 15 of these": what "these" are, the sentence before
                words = pieces[0] = f"{pieces[0]} {before}"
            parts = tuple(terms(self.unnamed(part)) - DEED_VERBS for part in pieces)
            listed.append(frozenset().union(*parts) if item else frozenset())
            leads.append(lead if item else "")
            lines.append(line)
            found.append((start, span.end, terms(self.unnamed(words)) - DEED_VERBS, parts))
        self._listed = Postings(listed)
        self._lines = lines
        self._leads = leads
        return found

    @functools.cached_property
    def dated(self) -> tuple[list[int], list[tuple[int, int]]]:
        """English: where each report of a dated series starts (its date line, "April 2013") and its (year, month)."""
        return _report_dates(self.text)

    def in_time(self, month: tuple[int, int] | None, start: int) -> bool:
        """Whether a sentence stands in a report that can tell whether a goal due by month was done by then: in a dated
        series, the first report dated at or after the due, or one before it. A later report's deed may be done late,
        so it is looked at only when these say nothing."""
        starts = self.dated[0]
        if month is None or not starts:
            return True
        first = bisect.bisect_left(self.latest_dated, month)
        if first == len(starts):
            return True
        return bisect.bisect_right(starts, start) - 1 <= first

    @functools.cached_property
    def latest_dated(self) -> list[tuple[int, int]]:
        """The latest month of a dated series up to each of its reports: in order, so the first report dated at or
        after a month is found by bisection (in_time is asked for every candidate of every goal)."""
        return list(itertools.accumulate(self.dated[1], max))

    @functools.cached_property
    def ahead(self) -> list[tuple[int, int, frozenset[str], tuple[int, int] | None]]:
        """English sentences that look ahead (or items of a list whose lead-in does: "In quarter 4 … we expect to:"),
        with the words naming what they plan (the plan's name and verbs of delivery left out) and the month of the
        report they stand in (its date line before them), or None."""
        found = []
        text = self.text
        starts, months = self.dated
        read = line = 0
        item = lead_ahead = False  # the sentence's line is a list item; the lead-in of the list looks ahead
        for span in self.spans:
            sentence = text[span.start : span.end]
            newline = text.rfind("\n", read, span.start)
            read = span.start
            if newline != -1 or span.start == 0:
                line = newline + 1
                item = list_item(text[line : line + 8])
            if not item:  # read once, however many items follow
                lead_ahead = sentence.rstrip().endswith(":") and looks_ahead(sentence)
            if not _LATIN.search(sentence) or not ((item and lead_ahead) or looks_ahead(sentence)):
                continue
            at = bisect.bisect_right(starts, span.start) - 1
            words = terms(self.unnamed(_ASIDE.sub(" ", sentence))) - DEED_VERBS
            start = span.start + len(sentence) - len(sentence.lstrip(" \t*-•·"))
            found.append((start, span.end, words, months[at] if at >= 0 else None))
        return found

    @functools.cached_property
    def ahead_rare(self) -> Postings:
        """The look-ahead sentences (numbered as in ahead) by the rare words they use (DEED_RARE)."""
        rare = max(DEED_RARE_COUNT, int(DEED_RARE * self.weights.total))
        return Postings(
            [frozenset(t for t in words if self.weights.counts.get(t, 0) <= rare) for *_, words, _ in self.ahead]
        )

    @functools.cached_property
    def led(self) -> dict[str, list[tuple[frozenset[str], list[tuple[int, int]]]]]:
        """The items with a count of each list whose lead-in's subject is a compound noun ("Common platforms continue
        to be developed and extended:"), by that noun's head (stem): the words before the head, and the items."""
        by_lead: dict[str, list[tuple[int, int, frozenset[str]]]] = {}
        for number, (start, end, found, _) in enumerate(self.deeds):
            lead = self._leads[number]
            if lead:
                by_lead.setdefault(lead, []).append((start, end, found))
        index: dict[str, list[tuple[frozenset[str], list[tuple[int, int]]]]] = {}
        for lead, deeds in by_lead.items():
            subject = _lead_subject(lead)
            for head in terms(subject):
                # an item that counts things, or names another of the things the lead-in names ("The GOV.UK
                # blogging platform was launched" under "New common platforms are being developed:")
                items = [(s, e) for s, e, found in deeds if head in found or _COUNTED.search(self.text, s, e)]
                for modifiers in compound_modifiers(subject, head):
                    if modifiers and items:
                        index.setdefault(head, []).append((modifiers, items))
        return index

    @functools.cached_property
    def examples(self) -> list[tuple[tuple[int, int], int]]:
        """English: each sentence reporting nothing done that the next sentence, a deed opening "For example",
        exemplifies (its span), with that deed (numbered as in deeds)."""
        deeds = {start: number for number, (start, _, _, _) in enumerate(self.deeds)}
        found = []
        for before, span in itertools.pairwise(self.spans):
            if not _EXAMPLE.match(self.text, span.start) or before.start in deeds:
                continue
            number = deeds.get(
                span.start
                + len(self.text[span.start : span.end])
                - len(self.text[span.start : span.end].lstrip(" \t*-•·"))
            )
            if number is not None and self.text.count("\n", before.end, span.start) == 0:
                found.append(((before.start, before.end), number))
        return found

    @functools.cached_property
    def claims(self) -> Postings:
        """The sentences exemplified (numbered as in examples) by their words."""
        return Postings([terms(self.unnamed(self.text[s:e])) - DEED_VERBS for (s, e), _ in self.examples])

    @functools.cached_property
    def improvements(self) -> list[int]:
        """The deeds (numbered as in deeds) that report an improvement ("We improved search on the site")."""
        return [
            number for number, (start, end, _, _) in enumerate(self.deeds) if _IMPROVE.search(self.text, start, end)
        ]

    @functools.cached_property
    def improved_topics(self) -> Postings:
        """The improvements (numbered as in improvements) by the words of the heading they stand under."""
        return Postings([self.topics[number] for number in self.improvements])

    @functools.cached_property
    def serving(self) -> dict[str, list[int]]:
        """The deeds (numbered as in deeds) reporting a thing now in use for something, by the first word of what."""
        index: dict[str, list[int]] = {}
        for number, (start, end, _, _) in enumerate(self.deeds):
            what = serves(self.text[start:end])
            if what:
                index.setdefault(what[0], []).append(number)
        return index

    @functools.cached_property
    def aimed(self) -> dict[str, list[int]]:
        """The deeds (numbered as in deeds) by each word of what they say help is for (matching.aims)."""
        index: dict[str, list[int]] = {}
        for number, (start, end, _, _) in enumerate(self.deeds):
            for word in aims(self.text[start:end]):
                index.setdefault(word, []).append(number)
        return index

    @functools.cached_property
    def help_given(self) -> list[int]:
        """The deeds (numbered as in deeds) listed under a lead-in of help given ("GDS has helped by:")."""
        deeds = self.deeds
        helps: dict[str, bool] = {}  # each lead-in read once, however many items follow it
        for lead in self._leads:
            if lead not in helps:
                helps[lead] = _HELPED.search(lead) is not None
        return [number for number in range(len(deeds)) if helps[self._leads[number]]]

    @functools.cached_property
    def helped(self) -> frozenset[int]:
        """The items of help given (help_given) that count things (a concrete outcome: "responding to … requests for
        help in recruiting 9 senior level posts"; not "which covers around 70% of all civil servants")."""
        return frozenset(number for number in self.help_given if _COUNTED.search(self.text, *self.deeds[number][:2]))

    @functools.cached_property
    def help_topics(self) -> Postings:
        """The items of help given (numbered as in help_given) by the words of the heading they stand under."""
        return Postings([self.topics[number] for number in self.help_given])

    @functools.cached_property
    def topics(self) -> list[frozenset[str]]:
        """The words of the heading each deed stands under (a report's section names what its sentences speak of)."""
        heads = heading_lines(self.text)
        starts = [start for start, _ in heads]
        out = []
        for start, _, _, _ in self.deeds:
            at = bisect.bisect_right(starts, start) - 1
            out.append(terms(self.unnamed(heads[at][1])) - DEED_VERBS if at >= 0 else frozenset())
        return out

    @functools.cached_property
    def sections(self) -> Sections:
        """The review's numbered items and headings (a report restating its plan's)."""
        return Sections(self.text)

    @functools.cached_property
    def counted_things(self) -> dict[str, list[tuple[int, int]]]:
        """The deeds (numbered as in deeds) by the first word of each count they give of a thing, and where it is."""
        index: dict[str, list[tuple[int, int]]] = {}
        for number, (start, end, _, _) in enumerate(self.deeds):
            for count in _COUNTED.finditer(self.text, start, end):
                index.setdefault(stem(count.group(2)), []).append((number, count.start(2)))
        return index

    @functools.cached_property
    def deed_terms(self) -> Postings:
        """The deeds (numbered as in deeds) by their words."""
        return Postings([found for _, _, found, _ in self.deeds])

    @functools.cached_property
    def deed_starts(self) -> list[int]:
        return [start for start, _, _, _ in self.deeds]

    @functools.cached_property
    def deed_acts(self) -> list[set[str]]:
        """The acts of delivery (matching.acts_in) each deed reports."""
        return [acts_in(self.text[start:end]) for start, end, _, _ in self.deeds]

    @functools.cached_property
    def acts_done(self) -> dict[str, Postings]:
        """The deeds (numbered as in deeds) of each act (matching.act_of), by their words."""
        pieces: dict[str, list[frozenset[str]]] = {}
        for number, (_, _, found, _) in enumerate(self.deeds):
            for act in self.deed_acts[number]:
                piece = pieces.setdefault(act, [])
                piece.extend([frozenset()] * (number - len(piece)))
                piece.append(found)
        return {act: Postings(piece) for act, piece in pieces.items()}

    @functools.cached_property
    def stages(self) -> dict[str, list[tuple[int, int]]]:
        """English counts of things in a stage ("11 were in beta": "beta" → its span) in sentences that neither look
        ahead nor name another year than the plan's."""
        index: dict[str, list[tuple[int, int]]] = {}
        for span in self.spans:
            counts = list(_IN_STAGE.finditer(self.text, span.start, span.end))
            if not counts:
                continue
            sentence = self.text[span.start : span.end]
            named = years_named(sentence)
            if looks_ahead(sentence) or (named and not any(period_fits([y], self.period) for y in named)):
                continue
            for count in counts:
                index.setdefault(stem(count.group(2)), []).append((span.start, span.end))
        return index

    @functools.cached_property
    def counted(self) -> dict[tuple[str, str], list[int]]:
        """The deeds (numbered as in deeds) by each count they give of a thing ("25 exemplar" → ("25", "exempl"))."""
        index: dict[tuple[str, str], list[int]] = {}
        for number, (start, end, _, _) in enumerate(self.deeds):
            for count in _COUNTED.finditer(self.text, start, end):
                index.setdefault((count.group(1).replace(",", ""), stem(count.group(2))), []).append(number)
        return index

    @functools.cached_property
    def listed(self) -> Postings:
        """The deeds (numbered as in deeds) that are list items, by the words of their parts; others hold none."""
        return self._listed if self.deeds is not None else Postings([])

    @functools.cached_property
    def rare_deeds(self) -> dict[str, list[int]]:
        """The deeds (indices into deeds) by each rare word they use: a goal is compared with those only."""
        rare = max(DEED_RARE_COUNT, int(DEED_RARE * self.weights.total))
        index: dict[str, list[int]] = {}
        for number, (_, _, found, _) in enumerate(self.deeds):
            for term in found:
                if self.weights.counts.get(term, 0) <= rare:
                    index.setdefault(term, []).append(number)
        return index

    @functools.cached_property
    def acts(self) -> list[tuple[int, int, str, bool, bool]]:
        """Chinese clauses (once each, at most ACT_CLAUSE characters) that may report a plan's act in the plan's
        period: (start, end, clause, whether a verb of completion reports it done, whether it gives a count or an
        amount); none looking ahead, claiming progress or naming another year."""
        found = []
        seen: set[str] = set()
        for start, end in _review_clauses(self.text):
            clause = self.text[start:end].strip()
            if (
                clause in seen
                or len(clause) > ACT_CLAUSE
                or not HAN.search(clause)
                or act_looks_ahead(clause)
                or _PROGRESS.search(_AGREED.sub("", clause))
                or _GROUNDS.search(clause)
            ):
                continue
            seen.add(clause)
            opened = max(self.text.rfind(end_mark, max(0, start - 120), start) for end_mark in "。！？；\n")
            if _PLANS_ON.search(self.text, max(0, start - 120, opened + 1), start):
                continue  # 今年要扩大…，全面推开…: the sentence plans it
            named = years_named(clause) or self.year_at(start)
            if named and not any(period_fits([y], self.period) for y in named):
                continue
            done = reports_act(clause)
            counted = any(
                f.kind is Kind.NUMBER and f.unit and not _DURATION.fullmatch(f.unit) for f in read_figures(clause)
            )
            if done or counted:
                found.append(
                    (self.text.find(clause, start), self.text.find(clause, start) + len(clause), clause, done, counted)
                )
        return found

    @functools.cached_property
    def act_pairs(self) -> dict[str, list[int]]:
        """The acts by each character pair of their words: a goal is compared with the acts sharing a pair only."""
        index: dict[str, list[int]] = {}
        for number, (_, _, clause, _, _) in enumerate(self.acts):
            words = zh_act_words(clause)
            for pair in {words[i : i + 2] for i in range(len(words) - 1)}:
                index.setdefault(pair, []).append(number)
        return index

    @functools.cached_property
    def first_counted(self) -> dict[str, tuple[int, int] | None]:
        """By a pattern's text: the first act clause with a figure that the pattern finds (filled by counted_by)."""
        return {}

    def counted_by(self, pattern: str, percent: bool = False) -> tuple[int, int] | None:
        """The span of the first act clause with a figure (a percentage when percent) that pattern finds, looked up
        once per review and pattern: goals of one pattern cost one pass."""
        key = f"{percent}{pattern}"
        if key not in self.first_counted:
            found = re.compile(pattern)
            self.first_counted[key] = next(
                (
                    (start, end)
                    for start, end, clause, _, counted in self.acts
                    if counted
                    and found.search(clause)
                    and (not percent or any(f.unit == PERCENT for f in read_figures(clause)))
                ),
                None,
            )
        return self.first_counted[key]

    @functools.cached_property
    def size_classes(self) -> dict[str, tuple[int, int]]:
        """By a size class of projects in 亿 (百亿 → "100"): the first act clause counting projects of it."""
        found: dict[str, tuple[int, int]] = {}
        for start, end, clause, _, counted in self.acts:
            for size in _REVIEW_CLASS.findall(clause) if counted else ():
                found.setdefault(_CLASS_WORDS.get(size, size), (start, end))
        return found

    def record_by(self, pattern: str) -> tuple[int, int] | None:
        """The span of the first review clause, not looking ahead, that pattern finds (a record: …以来历史最佳, whose
        series may start in a year named before the plan's), looked up once per review and pattern."""
        key = f"record{pattern}"
        if key not in self.first_counted:
            found = re.compile(pattern)
            self.first_counted[key] = next(
                (
                    (start, end)
                    for start, end in _review_clauses(self.text)
                    if found.search(self.text, start, end)
                    and not act_looks_ahead(self.text[start:end])
                    and period_fits(self.year_at(start), self.period)  # not a part on another year
                ),
                None,
            )
        return self.first_counted[key]

    def act_candidates(self, words: str) -> list[int]:
        """The acts sharing a character pair with a goal's words, pairs that many acts share left out (a bounded
        cost per goal, however long the review)."""
        found: set[int] = set()
        words = zh_act_words(words)
        for pair in {words[i : i + 2] for i in range(len(words) - 1)}:
            posting = self.act_pairs.get(pair, ())
            if len(posting) <= ACT_POSTINGS:
                found.update(posting)
        return sorted(found)

    @functools.cached_property
    def clauses(self) -> tuple[tuple[int, int], ...]:
        """The review's clauses (between commas and sentence ends), in order."""
        return _review_clauses(self.text)

    @functools.cached_property
    def settled(self) -> list[bool]:
        """Each clause's standing, whatever the goal: it neither looks ahead nor claims progress."""
        out = []
        for start, end in self.clauses:
            clause = self.text[start:end]
            out.append(not looks_ahead(clause) and not _PROGRESS.search(clause))
        return out

    @functools.cached_property
    def done_marks(self) -> list[tuple[bool, bool, bool]]:
        """Each clause's marks of a thing done: it reports one (建成, held…), it uses a verb that sets one (实现…), it
        sets a policy's parameter."""
        out = []
        for start, end in self.clauses:
            clause = self.text[start:end]
            out.append((_reports_done(clause), _DONE_ACT.search(clause) is not None, sets_policy(clause)))
        return out

    @functools.cached_property
    def clause_terms(self) -> Postings:
        """The clauses by the English word stems (and Chinese pairs) they hold."""
        return Postings([terms(self.text[start:end]) for start, end in self.clauses])

    @functools.cached_property
    def timed_terms(self) -> Postings:
        """The words around each English figure of time that may be an outcome, indexed."""
        return Postings([self.words.get((r.start, r.end), frozenset()) for r in self.timed_pool])

    @functools.cached_property
    def pool_terms(self) -> Postings:
        """The outcome figures (numbered as in pool) by the English word stems around them."""
        return Postings([self.words.get((r.start, r.end), frozenset()) for r in self.pool])

    def pool_pairs(self, trailing: bool) -> Postings:
        """The outcome figures by the character pairs of the words that name them (matching.similarity), those
        after the amount when `trailing`."""
        index = self._pool_pairs.get(trailing)
        if index is None:
            text = self.text
            pieces = []
            for reading in self.pool:
                subject = self.subject.get((reading.start, reading.end), "")
                if trailing:
                    figure = reading.figure
                    context = text[figure.end : _clause_span(text, figure.start, figure.end)[1]]
                else:
                    context = _context(text, reading)
                pieces.append(pair_set(same_words(subject + context)))
            index = self._pool_pairs[trailing] = Postings(pieces)
        return index

    @functools.cached_property
    def _pool_pairs(self) -> dict[bool, Postings]:
        return {}

    @functools.cached_property
    def row_values(self) -> dict[float, list[int]]:
        """The table rows by each value they hold."""
        out: dict[float, list[int]] = {}
        for number, row in enumerate(self.rows):
            for value in dict.fromkeys(row.values):
                out.setdefault(value, []).append(number)
        return out

    @functools.cached_property
    def weights(self) -> Weights:
        """How much each word says in this review (English matching only: computed when first asked)."""
        return Weights(self.text[s.start : s.end] for s in self.spans)


# A sentence's opening phrase of time or circumstance ("In August,", "in association with Demsoc,", "Following the
# release of the Strategy,"): it says when or how, not what was done.
_OPENER = re.compile(
    r"\s*[*•·-]?\s*(?:in|on|at|during|following|after|since|by|over|with|through|as part of|alongside)\b"
    r"[^,.;:]{1,150},\s*",
    re.IGNORECASE,
)


# Where an English sentence reporting deeds joins its parts: each part is matched on its own words (a long sentence
# reports several things, and its words together name none of them).
_DEED_PARTS = re.compile(r",\s+|\s+[–—]\s+")

# A conjunction opening a sentence that goes on with a list item ("…; and supported departments on…").
_AND = re.compile(r"^\s*(?:and|also|then|as well as)\s+", re.IGNORECASE)
_DIGIT = re.compile(r"[0-9]")
_YEAR_IN = re.compile(r"(?:19|20)[0-9]{2}")
_LATIN_WORDS = re.compile(r"[A-Za-z]+")
# A deed that names what it was done to by a pronoun ("Work has begun on 15 of these"; "All of them were…").
_ANAPHOR = re.compile(r"\b(?:of|on|for|to|in|with) (?:these|those|them)\b|^\W*(?:these|they|all of them)\b", re.I)
# A count of things: a number (no year, no amount of money) and the word after it.
_COUNTED = re.compile(r"(?<![£$€₹.,0-9])\b([0-9]{1,3}(?:,[0-9]{3})*)(?![.,]?[0-9%])\s+([a-z]{3,})\b")
# A parenthesis is an aside (examples, names, an abbreviation): a part is matched on its words without it.
_ASIDE = re.compile(r"\([^()]{0,300}\)")


# A claim of progress joined after a deed ("passage of the … Bill for GST and the progress for its implementation").
_JOINED_CLAIM = re.compile(r"(?:[,;]|\band\b)\s*(?:(?:the|its|some|good|further)\s+)*$", re.IGNORECASE)


def _claims_progress(sentence: str) -> bool:
    """Whether an English or Chinese sentence claims progress (取得进展, "progress") rather than reports a deed: not
    when a deed stands before the claim in a conjunct of its own ("passage of the Constitution Amendment Bill for GST
    and the progress for its implementation")."""
    claim = _PROGRESS.search(sentence)
    if claim is None:
        return False
    before = sentence[: claim.start()]
    return not (_JOINED_CLAIM.search(before) and reports_deed(before) and not looks_ahead(before))


def _without_openers(sentence: str) -> str:
    """An English sentence without its opening phrases of time or circumstance (up to three), as long as what is left
    reports the deed: their words name no deliverable, and a long opener makes the deed's own words a small share."""
    for _ in range(3):
        opener = _OPENER.match(sentence)
        if opener is None or not reports_deed(sentence[opener.end() :]):
            break
        sentence = sentence[opener.end() :]
    return sentence


def _years(period: str | None) -> tuple[int, int] | None:
    named = years_named(period or "")
    return named[0] if named else None


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


def _short_named(review: _Review, index: Postings, measure: str) -> dict[int, str]:
    """Chinese: the outcome figures (numbered as in pool) whose naming words end on the short form of the goal's
    measure (matching.shortens: 固投, 高企, 社零总额), and that short form; looked up by its first character pair."""
    if len(measure) < 4:
        return {}
    found = {}
    for number in index.holding_any({measure[0] + char for char in measure[1:]}):
        reading = review.pool[number]
        before = review.subject.get((reading.start, reading.end)) or review.text[reading.start : reading.figure.start]
        short = short_form_in(measure, measure_words(same_words(before)))
        if short is not None:
            found[number] = short
    return found


def _best_in(goal: _Goal, review: _Review, option: Callable[[Reading], bool]) -> tuple[Reading, float] | None:
    """The review figure (an option for the goal's kind) whose words best name the goal's measure, the first of
    equals: English by weighted shared word stems, Chinese by shared character pairs; None below the threshold. Only
    the figures the goal's terms look up are scored, and a figure is checked further only when it would score best."""
    best: tuple[Reading, float] | None = None
    pool = review.pool
    if not goal.words and goal.clause:
        return None  # an English clause with no word naming a measure ("would be ₹97,000 crore")
    if not goal.words:
        text, quote = review.text, same_words(goal.finding.quote)
        # 全社会研发经费投入年均增长7%: 年均 says how the target is counted, not what is measured (the quote keeps
        # it, so a review's 年均 figure still names a 年均 goal alone)
        measure = _AVERAGE_TAIL.sub("", same_words(goal.finding.measure))
        wanted = pair_set(measure)
        index = review.pool_pairs(goal.trailing)
        cap = min(len(wanted), 6)
        named: dict[tuple[str, bool], bool] = {}  # a review repeating its words is read once
        shorts = _short_named(review, index, measure)  # 固投 for 固定资产投资: named by its short form
        for number in sorted({*index.holding(wanted, share_needed(MATCH_SHARE, len(wanted))), *shorts}):
            short = shorts.get(number)
            pieces = index.pieces[number] if short is None else pair_set(measure)
            score = len(wanted & pieces) / cap  # matching.similarity of the words that name it
            if score < MATCH_SHARE or (best is not None and score <= best[1]):
                continue
            reading = pool[number]
            if not option(reading):
                continue
            if review.local and "全国" in text[reading.start : reading.figure.start] and "全国" not in quote:
                continue  # 全国单位国内生产总值二氧化碳排放累计下降约17.7% is no province's own fall
            if other_side(goal.finding.quote, text[reading.start : reading.figure.start]):
                continue  # 昼间达标率 for a 夜间达标率 target: the other side of the measure
            subject = review.subject.get((reading.start, reading.end), "")
            key = (same_words(subject or text[reading.start : reading.figure.start]), bool(subject))
            if goal.closing_average:  # 研究与试验发展经费投入年均增长9.2% over the span the target is for
                key = (_AVERAGE_TAIL.sub("", measure_words(key[0])), key[1])
            if short is not None:
                key = (key[0].replace(short, measure), key[1])
            if key not in named:
                named[key] = names_measure(measure, quote, key[0], borrowed=key[1])
            said = named[key]
            if not said and goal.trailing:  # 980家规模以上工业企业…: the words after name it, as the goal's
                after = text[reading.figure.end : _clause_span(text, reading.figure.start, reading.figure.end)[1]]
                said = len(measure_words(same_words(after))) >= 2 and names_measure(measure, quote, same_words(after))
            if said:
                respective = _respective(text, reading)
                if respective is not None and _respective_value(goal, *respective) is None:
                    continue  # 氮氧化物、挥发性有机物…分别为…: a list whose items are not the goal's
                best = (reading, score)
        return best
    index = review.pool_terms
    if goal.unit and _DURATION.fullmatch(goal.unit.lower()):  # a goal in days is judged on the review's durations
        index, pool = review.timed_terms, review.timed_pool
    scores: dict[frozenset[str], float] = {}
    timely = False  # best stands in a report that dates it by the goal's due (_Review.in_time)
    covered: frozenset[str] = frozenset()  # the goal's words best's phrase names
    for number in index.holding_any(heavy_terms(goal.words, review.weights, WORD_MATCH)):
        found = index.pieces[number]
        known = scores.get(found)
        score = known if known is not None else scores.setdefault(found, match_score(goal.words, found, review.weights))
        if score < WORD_MATCH:
            continue
        on_time = review.in_time(goal.month, pool[number].start)
        shared = goal.words & found
        # a phrase naming more of the goal's words beats one naming fewer of them, whatever their lengths ("2,050 new
        # international students" for "recruit 2,400 new international students", not "paid out … to 4,100 students")
        wider = best is not None and on_time == timely and (shared > covered or shared < covered)
        if (
            (best is None or (shared > covered if wider else (on_time, score) > (timely, best[1])))
            and option(pool[number])
            and not other_side(goal.clause or goal.finding.quote, _named_by(review, pool[number]))
        ):
            best, timely, covered = (pool[number], score), on_time, shared
    return best


def _named_by(review: _Review, reading: Reading) -> str:
    """The words of a review's English figure's clause before and after it (bounded), which name what it measures."""
    text = review.text
    begin = review.begins.get((reading.start, reading.end), reading.start)
    return text[max(begin, reading.figure.start - 160) : min(len(text), reading.figure.end + 60)]


_RISE_TO = re.compile(r"\s+to\s+")
_AVERAGE_TAIL = re.compile(r"(?:年均|平均每年|每年平均)$")
# The words between a level and its change, when they name nothing ("£86,500, up 3%", "9.4 days, a fall of 6%").
_CHANGE_AFTER_LEVEL = re.compile(
    r"\s*[,;]?\s*(?:up|down|an?\s+(?:increase|rise|fall|drop|decrease|decline|reduction)\s+of"
    r"|(?:rising|falling|increasing|decreasing)(?:\s+by)?)\s+",
    re.IGNORECASE,
)
_ZH_DAYS = re.compile(r"(?:天数|日数|时长|时间|周期|工期)(?:为|是|达到?|缩短至|缩短到|压缩至|压缩到|降至|降到)?$")


_ZH_SHARE_OF = re.compile(r"[，,]?\s*占[^，,；;。\s0-9]{2,12}?(?:的)?(?:比重|比例)?(?:为|达到?)?")


def _zh_days_measured(text: str, figure: Figure) -> bool:
    """A Chinese count of days that is a measure's level (应收账款周转天数为131天, 审批时间压缩至15天), not a span the
    sentence speaks of (3天内, 连续5天): an outcome, in the pool as any other."""
    return (
        figure.unit in ("天", "日", "个工作日")
        and _ZH_DAYS.search(text, max(0, figure.start - 12), figure.start) is not None
    )


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


def build(
    plan: Document,
    out_dir: str,
    review: Document | None = None,
    baseline: Document | None = None,
    reviews: Sequence[Document] = (),
) -> Draft:
    """The draft targets.yaml and actuals.yaml for a plan (and its review and prior-year document). With several
    reviews (review, then reviews), one for each successive year, actuals.yaml is a ledger: each year's proposals under
    `years:`."""
    every_review = ([review] if review is not None else []) + list(reviews)
    review = every_review[0] if every_review else None
    findings = scan(plan.text)
    if baseline is None:  # with no prior count to add to, "新增就业1000万人" is checked on the flow the review reports
        findings = [
            f._replace(kind="at_least") if f.kind == "new_items" and not _more(plan.text, f) else f for f in findings
        ]
    if not findings:
        from planaudit.errors import UsageError

        raise UsageError(f"{plan.path}: no target-like phrase found (numbers with units, milestones, named items)")
    year = plan_period(plan.text)
    findings = _without_bases(plan.text, findings)
    # one goal per target: a target the plan states again (summary, action line, body) is drafted once, from the
    # statement that carries the most; the others are shown beside it and searched for its evidence
    every_due = [_goal_due(plan.text, f, year) for f in findings]
    grouped = restatements(plan.text, findings, every_due)
    also = [[findings[m] for m in group[1:]] for group in grouped]
    findings = [findings[group[0]] for group in grouped]
    dues = [every_due[group[0]] for group in grouped]
    heads = headings(plan.text)
    # a plan over years (“十四五”时期, "Strategy 2021–2025"): its targets run from the span's base year to its last
    horizon = plan_horizon(plan.text, year, [head.title for head in heads])
    ledger = len(every_review) > 1
    years_of: list[int | None] = (
        _review_years(every_review, year) if ledger or horizon is not None else [None] * len(every_review)
    )
    midterm = False
    if (
        horizon is not None
        and len(every_review) == 1
        and year == str(horizon.target_year)
        and years_of[0] in (None, horizon.target_year)
        and _REVIEWED_YEAR.search(every_review[0].text) is None  # a review naming the year it reports on is of it
        and reported_period(every_review[0].text) is None
    ):
        # one review of a plan over years written before its last year (a mid-term review): it reports on the years
        # up to the last it gives results of; the plan's targets due after are not due yet
        latest = _latest_reported(every_review[0].text, horizon.base_year, horizon.target_year)
        if latest is not None:
            years_of, midterm = [latest], True
    if ledger:  # the ledger's years in order, whatever order the reviews were given in
        ordered = sorted(zip(years_of, every_review, strict=True), key=lambda pair: pair[0] or 0)
        years_of, every_review = [own for own, _ in ordered], [doc for _, doc in ordered]
    plan_id = _slug(os.path.splitext(os.path.basename(plan.path))[0], "plan")
    title = clean(next((line for line in _lines(plan.text) if line.strip()), plan_id))[:80]

    sections = _sections(findings, heads, HAN.search(plan.text) is not None)
    ids = [f"g{index:02d}-{_goal_slug(f)}" for index, f in enumerate(findings, 1)]
    goal_units = [f.unit for f in findings]
    names = nicknames(plan.text) if _LATIN.search(plan.text) else {}
    for index, finding in enumerate(findings):  # "25 exemplar services" where the plan calls its services exemplars
        if names and finding.figure is not None:
            at = finding.figure.start
            back = max(0, at - 400)  # the count's sentence, from its line's start or last full stop
            first = max(back, plan.text.rfind("\n", back, at) + 1, plan.text.rfind(". ", back, at) + 1)
            goal_units[index] = named_unit(goal_units[index], plan.text[first:at], names) or goal_units[index]

    # a plan's indicator table (专栏) says in its columns what each row's target is: a level, a yearly average, a total
    rows = {row.start: row for row in indicators(plan.text)} if horizon is not None and "\n" in plan.text else {}
    row_of = [rows.get(plan.text.rfind("\n", 0, f.start) + 1) if rows else None for f in findings]
    paces = [
        _pace(plan.text, finding, dues[index], year, horizon, row_of[index]) for index, finding in enumerate(findings)
    ]
    totals = [  # a count over the whole span: a later year's evidence is the count so far
        pace is not None
        and total_over_span(
            findings[index].kind,
            goal_units[index] == PERCENT,
            _clause_of(plan.text, findings[index].start, findings[index].end),
        )
        for index, pace in enumerate(paces)
    ]
    plan_bases: dict[int, tuple[float, str, str]] = {}
    for index, pace in enumerate(paces):
        row = row_of[index]
        stated_base = (
            None if pace is None else _row_base(plan.text, row) if row else _plan_base(plan.text, findings[index])
        )
        if stated_base is not None and pace is not None and pace.method is None:  # a level: its base is a level too
            plan_bases[index] = stated_base
    bases: dict[int, _Baseline] = {}
    if baseline is not None:
        bases = _baselines(findings, baseline, ids)
        for index, found in bases.items():
            unit = found.reading.figure.unit
            kind = findings[index].kind
            by_pct = kind == "growth" or (kind == "decline" and goal_units[index] == PERCENT)
            if by_pct or (is_counter(goal_units[index]) and is_counter(unit)):
                goal_units[index] = unit  # the level that grows; 家 for 个 where the prior year counts in 家
            before = found.text[found.reading.start : found.reading.figure.start]
            if kind == "at_least" and _CUMULATIVE_ONLY.search(before) and _ADDING.search(findings[index].quote):
                findings[index] = findings[index]._replace(kind="new_items")  # 引进…10个 against a cumulative count

    t: list[str] = [
        "# yaml-language-server: $schema=schemas/targets.schema.json",
        f"# Drafted by planaudit draft from {q(clean(os.path.basename(plan.path)))}: every '{MARK}' is a guess to "
        "confirm.",
        "",
        f"plan: {{id: {q(plan_id)}, title: {q(title)}, period: {q(year or '0000')}}}"
        + ("" if year else f"  {MARK}: no year found in the plan's opening lines"),
        "sources:",
        f"  plan: {{path: {q(_relative(plan.path, out_dir))}, title: {q(title)}, role: plan}}",
    ]
    if horizon is not None:  # the plan's period is its span's last year; the years before it are reviewed on the way
        t[3] = (
            f"plan: {{id: {q(plan_id)}, title: {q(title)}, period: {q(str(horizon.target_year))}, "
            f"baseline_period: {q(str(horizon.base_year))}}}  {MARK}: a plan over {horizon.base_year + 1}–"
            f"{horizon.target_year}"
        )
        marks_plan = 1
    else:
        marks_plan = 0
    for doc, review_year in zip(every_review, years_of, strict=True):
        name = _source_id(review_year, ledger)
        period = f", period: {q(str(review_year))}" if review_year is not None else ""
        t.append(
            f"  {name}: {{path: {q(_relative(doc.path, out_dir))}, title: {q(_first_line(doc))}, role: review{period}}}"
        )
    if baseline is not None:
        t.append(
            f"  baseline: {{path: {q(_relative(baseline.path, out_dir))}, title: {q(_first_line(baseline))}, "
            f"role: baseline}}"
        )
    t.append("sections:")
    for section_id, section_title in sections.values():
        t.append(f"  - {{id: {section_id}, title: {q(section_title)}}}")
    marks = marks_plan
    if plan_bases:
        t.append("baselines:")
        for index, (value, unit, quote) in plan_bases.items():
            t.append(
                f"  {ids[index]}-base: {{title: {q(_short(quote))}, value: {_n(value)}, unit: {q(unit)}, "
                f"source: plan, quote: {q(quote)}}}  {MARK}"
            )
            marks += 1
    if bases:
        t.append("baselines:" if not plan_bases else "  # from the prior year's document:")
        for found in bases.values():
            figure = found.reading.figure
            quote = found.text[found.reading.start : found.reading.end]
            t.append(
                f"  {found.id}: {{title: {q(_short(quote))}, value: {_n(figure.value)}, unit: {q(figure.unit)}, "
                f"source: baseline, quote: {q(quote)}}}  {MARK}"
            )
            marks += 1
    t.append("goals:")
    for index, finding in enumerate(findings):
        head_key = finding.heading.start if finding.heading is not None else -1
        t.append(f"  - id: {ids[index]}")
        t.append(f"    section: {sections[head_key][0]}")
        quote = _one_line(finding.quote)
        t.append(f"    title: {q(_short(quote))}")
        t.append(f"    quote: {q(quote)}")
        t.extend(f"    # also stated: {q(_one_line(other.quote))}" for other in also[index])
        why = f" ({finding.why})" if finding.why else ""
        t.append(f"    level: {finding.level}  {MARK}{why}")
        pace = paces[index]
        if pace is None:
            t.append(f"    rule: {_rule(finding, goal_units[index])}  {MARK}")
        else:
            t.append(f"    rule: {_trajectory(finding, goal_units[index], pace)}  {MARK} ({_pace_why(pace)})")
        marks += 2
        due = dues[index]
        if due is None and horizon is not None and finding.kind == "milestone" and not finding.deadline:
            due = str(horizon.target_year)  # a task of a plan over years is due by its last year, not each year
        if due is not None and pace is None:
            t.append(f"    due: {q(due)}  {MARK}")
            marks += 1
        if index in plan_bases:
            t.append(f"    baseline: {ids[index]}-base  {MARK}")
            marks += 1
        elif index in bases:
            t.append(f"    baseline: {bases[index].id}  {MARK}")
            marks += 1
    t.append("")

    a: list[str] = [
        "# yaml-language-server: $schema=schemas/actuals.schema.json",
        "# Drafted by planaudit draft: proposed evidence and silences; every '" + MARK + "' is a guess to confirm.",
        "",
        f"plan: {q(plan_id)}",
    ]
    plan_sentences = sentences(plan.text) if every_review else []
    plan_sections = Sections(plan.text) if every_review and _LATIN.search(plan.text) else None
    sentence_starts = [span.start for span in plan_sentences]
    acronyms = [(m.start(), m.group()) for m in _ACRONYM.finditer(plan.text)] if every_review else []
    finding_starts = sorted(f.start for f in findings)
    plan_counts = _counts_now(plan.text) if every_review and _LATIN.search(plan.text) else {}

    def propose(review: Document | None, review_year: int | None) -> tuple[list[str], int, int, int, int]:
        """One review's entries (and untracked outcomes) as actuals lines under `goals:`, and what they hold."""
        a: list[str] = []
        marks = 0
        # a review quoting a traditional-character copy (全國萬元國內生產總值能耗) is read as simplified; its quotes
        # are written back as the review has them
        folded = fold(review.text) if review is not None else None
        written = review.text if review is not None else ""
        if review is not None and folded is not None:
            review = review._replace(text=folded.text)
        # the review of one year of a plan over years reads that year's results (not the plan's first year's)
        own = str(review_year) if review_year is not None else year
        # a mid-term review reads results of every year of the plan's span up to its own
        span_read = (horizon.base_year + 1, review_year) if midterm and horizon and review_year else None
        own_span = parse_period(own) if own else None
        reach = _reported_until(review.text, own_span) if review is not None else own_span
        # a period the review states (its title, "In 2024 …"), not a month of a dated series: a heading of its own
        # ("Plans 2025") is no report date
        stated = reach if review is not None and reach != own_span and not _report_dates(review.text)[1] else None
        read = _Review(review.text, plan.text, own, stated, span_read) if review is not None else None
        evidence_count = silent = 0
        used: list[tuple[int, int]] = []
        proposals: dict[tuple[str, str, str, str | None, bool], _Evidence | None] = {}
        clauses: dict[tuple[str, str, str, str | None, bool], str] = {}  # English: each proposal's goal clause
        timely: dict[
            tuple[str, str, str, str | None, bool], bool
        ] = {}  # whether a report dates the proposal by the due
        said: dict[int, str] = {}
        entries: list[_Evidence | None] = []
        not_due: list[bool] = []  # due after the period the review reports on: not looked for
        for index, goal_finding in enumerate(findings):
            entry = None
            later = read is not None and _due_later(dues[index], own_span, reach) and paces[index] is None
            if span_read is not None and read is not None:  # a mid-term review: the plan's last year is not reported
                pace = paces[index]
                due = dues[index] or year
                later = pace.target_year > span_read[1] if pace is not None else _due_later(due, own_span, reach)
            own_clause = _clause_of(plan.text, goal_finding.start, goal_finding.end)
            if later and horizon is not None and _every_year(own_clause):
                later = False  # "Keep at least 90% of … working" by 2026: a condition on each year of the span
            # a target stated several times: its evidence sought through each statement, under the goal's kind
            statements = [goal_finding] + [other._replace(kind=goal_finding.kind) for other in also[index]]
            for finding in statements:
                if read is None or later or dues[index] is not None or not _LATIN.search(finding.quote):
                    continue
                # "By March 2014, the information publishing aspects … will transfer to GOV.UK": the sentence's deadline
                whole = _sentence_of(plan.text, plan_sentences, sentence_starts, finding, own_stage=True)
                later = _YEAR_IN.search(whole) is not None and _due_later(clause_due(whole, year), own_span, reach)
            offers: list[tuple[_Evidence | None, str, bool]] = []
            closing, own_year = paces[index], own_span.first[0] if own_span is not None else None
            for finding in statements if read is not None and not later else ():
                assert read is not None
                key = (finding.kind, finding.quote, finding.measure, goal_units[index], index in bases)
                if key not in proposals:  # a plan that repeats a phrase gets the same proposal without a second search
                    clause = _clause_of(plan.text, finding.start, finding.end)
                    latin = _LATIN.search(clause) is not None
                    words = terms(clause) if latin else frozenset()
                    if latin and _PART_LEAD.match(clause):
                        # "The capital plan totals $42 billion, | including $6.8 billion in 2025–26": a part of the
                        # measure the clause before names
                        opening = _clause_span(plan.text, finding.start, finding.end)[0]
                        if opening > 1:
                            words |= terms(_clause_of(plan.text, opening - 2, opening - 1))
                    if latin and words and finding.kind == "planned" and not words & _MONEY_ACTS:
                        # money a plan sets ("the capital plan totals …") is reported as spent ("Capital spending
                        # was $6.1 billion"); a plan that says how it uses it ("will invest") is read on that word
                        words |= _SPENT
                    line = _line_of(plan.text, finding.start, finding.end) if latin else ""
                    # a paragraph names its scheme by abbreviation once, often long before the goal (PMGSY)
                    short = _acronyms_near(plan.text, acronyms, finding) if latin else frozenset()
                    sentence = (
                        terms(read.unnamed(_sentence_of(plan.text, plan_sentences, sentence_starts, finding)))
                        if latin
                        else frozenset()
                    )
                    named, trailing = finding, False
                    told = None if latin else _zh_named_before(plan.text, finding)
                    if told is not None:  # 和120公里, 比上年提高2个百分点: the measure is the one named before
                        named = finding._replace(measure=told)
                    elif (
                        not latin
                        and finding.figure is not None
                        and (not pair_set(finding.measure) or _ZH_BARE_ACT.fullmatch(same_words(finding.measure)))
                    ):
                        # 将2.8万亿元中央财政资金纳入直达机制: the words after the amount name what it is for
                        end = _clause_span(plan.text, finding.figure.start, finding.figure.end)[1]
                        after = plan.text[finding.figure.end : end]
                        trailing = bool(pair_set(same_words(after)))
                        before = plan.text[finding.start : finding.figure.start]
                        # 优良中等路率达到85%以上, read with no measure and nothing after: the words before name it
                        named = finding._replace(measure=after if trailing else measure_words(same_words(before)))
                    goal_unit = goal_units[index]
                    if _fraction(finding, goal_unit) and finding.target is not None:  # "one third" is drafted in %
                        named, goal_unit = named._replace(target=finding.target * 100), PERCENT
                        trailing = True  # as before: its quote runs to its clause's end
                    goal = _Goal(
                        named,
                        goal_unit,
                        index in bases,
                        words,
                        terms(line) if latin else frozenset(),
                        short,
                        sentence,
                        clause if latin else "",
                        trailing,
                        ""
                        if latin
                        else _sentence_rest(plan.text, plan_sentences, sentence_starts, finding, finding_starts),
                        tuple(plan_sections.keys_at(finding.start)) if latin and plan_sections is not None else (),
                        _due_month(
                            dues[index],
                            _sentence_rest(plan.text, plan_sentences, sentence_starts, finding, finding_starts),
                        )
                        if latin
                        else None,
                        _more_than_now(clause, plan_counts) if latin else None,
                        None if latin else _own_item(plan.text, named),
                        closing is not None and closing.average and closing.target_year == own_year,
                        None if latin else _own_place(plan.text, named),
                        closing is not None,
                    )
                    proposals[key] = _evidence(goal, read)
                    clauses[key] = clause if latin else ""
                    offer = proposals[key]
                    timely[key] = offer is None or offer.score is None or read.in_time(goal.month, offer.spans[0][0])
                offers.append((proposals[key], clauses[key], timely[key]))
            if (
                offers
            ):  # the best: a report that dates it by the due (_Review.in_time), a figure or table before a match
                # on words, then the closest words; the first of equals
                at = max(range(len(offers)), key=lambda at: (offers[at][2], _strength(offers[at][0]), -at))
                entry, said[index] = offers[at][0], offers[at][1]
            entries.append(entry)
            not_due.append(later)
        kept = _one_goal_each(entries, [_one_line(f.quote).lower() for f in findings])
        if review is not None:
            kept = _one_figure_each(kept, findings, sentence_starts, review.text, plan.text)
        if folded is not None:
            kept = [None if e is None else _as_written(e, folded, written) for e in kept]
        for index, entry in enumerate(kept):
            # the goal a sentence names best names another thing of its kind, or one the plan named before ("will adopt
            # the same model"): the sentence is no goal's evidence
            if entry is None or entry.score is None or not said.get(index) or review is None:
                continue
            start, end = entry.spans[0]
            if _SAME_THING.search(said[index]) or another_thing(said[index], review.text[start:end]):
                kept[index] = None
        for index, entry in enumerate(kept):
            a.append(f"  {ids[index]}:")
            if entry is None:
                why = "not due by the period the review reports on" if not_due[index] else "no review sentence found"
                if review_year is not None:
                    why = (
                        f"not due by {review_year}, the year the review reports on"
                        if not_due[index]
                        else f"no sentence of the review of {review_year} reports it: unreported that year"
                    )
                a.append("    status: silent" + (f"  {MARK}: {why}" if review is not None else ""))
                marks += review is not None
                silent += 1
            else:
                pace = paces[index]
                compound = pace is not None and pace.method == "compound"
                since: str | None = None  # the closing review's change since the base: cumulative or average
                if compound and review is not None and entry.spans:
                    assert pace is not None
                    since = _since_base(review.text, entry.spans[0], pace, review_year)
                    if since is None and _over_years(review.text, entry.spans[0][0]):
                        kept[index] = entry = None  # a change told over several years (五年来…下降8.1%): no year's
                if entry is not None and since is not None:  # 五年来…累计下降14.2% in the plan's last year
                    lines = [line for line in entry.lines if not line.startswith("    basis:")]
                    at = next(i for i, line in enumerate(lines) if line.startswith("    evidence:"))
                    entry = entry._replace(lines=[*lines[:at], f"    basis: {since}", *lines[at:]])
                if entry is None:
                    a.append(f"    status: silent  {MARK}: only a change over several years is reported")
                    marks += 1
                    silent += 1
                    continue
                if (
                    pace is not None
                    and review is not None
                    and review_year is not None
                    and review_year > pace.base_year + 1
                    and entry.spans
                    and totals[index]
                    and year_flow_only(review.text[entry.spans[0][0] : entry.spans[0][1]])
                ):  # "a further 230 volunteers" in the second year of "600 over the three years": not the total
                    why = f"only {review_year}'s own count is reported; the goal counts from {pace.base_year + 1}"
                    a.append(f"    status: silent  {MARK}: {why}")
                    kept[index] = None
                    marks += 1
                    silent += 1
                    continue
                if pace is not None and since is None:  # a trajectory reads a yearly change by its method
                    entry = entry._replace(lines=[line for line in entry.lines if not line.startswith("    basis:")])
                if pace is not None and review_year is not None and review_year < pace.target_year:
                    # an interim year: its figure is a point on the way, judged on pace, never the target met
                    first = entry.lines[0] + f"  # {review_year}: a year on the way to {pace.target_year}"
                    entry = entry._replace(lines=[first, *entry.lines[1:]])
                a.extend(entry.lines)
                used.extend(entry.spans)
                marks += 1
                reported = entry.lines[0].strip() == "status: reported"
                evidence_count += reported
                silent += not reported
        untracked = _untracked(review, read.all, used, set(ids)) if review is not None and read else []
        if folded is not None:
            untracked = [mapped for line in untracked if (mapped := _line_as_written(line, folded, written))]
        if untracked:
            a.append("untracked:")
            a.extend(untracked)
            marks += len(untracked)
        return a, evidence_count, silent, marks, len(untracked)

    evidence_count = silent = untracked_count = 0
    if not ledger:
        a.append("goals:")
        lines, evidence_count, silent, more, untracked_count = propose(review, years_of[0] if years_of else None)
        a.extend(lines)
        marks += more
    else:
        a.append("years:")
        for doc, review_year in zip(every_review, years_of, strict=True):
            lines, proposed, quiet, more, extra = propose(doc, review_year)
            a.append(f"  {review_year}:")
            a.append("    goals:")
            name = _source_id(review_year, ledger)
            a.extend("    " + _REVIEW_SOURCE.sub(f"source: {name},", line) for line in lines)
            evidence_count, silent, marks, untracked_count = (
                evidence_count + proposed,
                silent + quiet,
                marks + more,
                untracked_count + extra,
            )
    a.append("")
    ledger_years = tuple(own for own in years_of if own is not None) if ledger else ()
    return Draft("\n".join(t), "\n".join(a), len(findings), evidence_count, silent, len(bases) + len(plan_bases),
                 untracked_count, marks, ledger_years)  # fmt: skip


def _acronyms_near(text: str, acronyms: list[tuple[int, str]], finding: Finding) -> frozenset[str]:
    """The abbreviations (found once in the plan, by position) on the finding's line, at most ACRONYM_REACH
    characters each side: a paragraph names its scheme by abbreviation once, often long before the goal (PMGSY)."""
    reach = ACRONYM_REACH
    first = text.rfind("\n", max(0, finding.start - reach), finding.start) + 1 or max(0, finding.start - reach)
    last = text.find("\n", finding.end, finding.end + reach)
    last = last if last != -1 else min(len(text), finding.end + reach)
    at = bisect.bisect_left(acronyms, (first, ""))
    found = set()
    while at < len(acronyms) and acronyms[at][0] + len(acronyms[at][1]) <= last:
        found.add(acronyms[at][1])
        at += 1
    return frozenset(found)


def _sentence_of(text: str, spans: list[Span], starts: list[int], finding: Finding, own_stage: bool = False) -> str:
    """The plan sentence holding a finding, at most 400 characters each side of it (own_stage: up to a later stage
    named after it, "…, on our way to 126 Ml/d by 2030")."""
    at = bisect.bisect_right(starts, finding.start) - 1
    first, last = (spans[at].start, spans[at].end) if at >= 0 else (finding.start, finding.end)
    last = min(max(last, finding.end), finding.end + 400)
    if own_stage and (stage := _LATER_STAGE.search(text, finding.end, last)) is not None:
        last = stage.start()
    return text[max(first, finding.start - 400) : last]


def _sentence_rest(text: str, spans: list[Span], starts: list[int], finding: Finding, others: list[int]) -> str:
    """A finding's quote and what its sentence says after it, up to the next finding (at most 200 characters past
    the quote): 建立特殊转移支付机制，资金直达市县基层."""
    at = bisect.bisect_right(starts, finding.start) - 1
    last = spans[at].end if at >= 0 else finding.end
    following = bisect.bisect_left(others, finding.end)
    if following < len(others):
        last = min(last, others[following])
    return text[finding.start : min(max(last, finding.end), finding.end + 200)]


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


_SPENT = terms("spent spending expenditure")
_MONEY_ACTS = terms("invest invests investing investment spend spends spent spending expenditure lend lending grant")
_PART_LEAD = re.compile(r"\W*(?:including|of which|of this|of that|within (?:this|that|it))\b", re.IGNORECASE)
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


def _due_later(due: str | None, plan: Period | None, reach: Period | None = None) -> bool:
    """Whether a goal falls due after the period the review reports on (the plan's, or up to the review's own date:
    reach): the review cannot report it yet."""
    if due is None or plan is None:
        return False
    span = resolve(due, plan)
    return span is not None and falls_after(span, reach or plan)


# An English report's date on a line of its own ("October 2013" under "Quarterly Progress Report").
_DATE_LINE = re.compile(r"^[ \t]*([A-Z][a-z]{2,8})[ \t]+((?:19|20)[0-9]{2})[ \t]*$", re.MULTILINE)
_FULL_MONTHS = frozenset(name for name in EN_MONTHS if len(name) > 4 or name in ("may", "june", "july"))


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


_REVIEW_SOURCE = re.compile(r"(?<=[{ ])source: review,")
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


def placed(paths: list[str], out_dir: str) -> list[str]:
    """Where each document goes for a draft in out_dir: its own path when inside out_dir, else a copy in
    out_dir/sources/ under a name validate accepts (so the folder validates as it stands, read from nowhere else)."""
    root = os.path.realpath(out_dir)
    out: list[str] = []
    names: set[str] = set()
    for path in paths:
        real = os.path.realpath(path)
        if os.path.commonpath([root, real]) == root and real != root and not _UNSAFE.search(path):
            out.append(path)
            continue
        name = re.sub(r"[^\w.+-]+", "_", clean(os.path.basename(path))).strip("._") or "document.txt"
        stem, ext = os.path.splitext(name)
        number = 1
        while name in names:
            number += 1
            name = f"{stem}-{number}{ext}"
        names.add(name)
        out.append(os.path.join(out_dir, "sources", name))
    return out


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


def _first_line(document: Document) -> str:
    line = next((line for line in _lines(document.text) if line.strip()), "")
    return _short(line, 60) or os.path.basename(document.path)


def _relative(path: str, out_dir: str) -> str:
    return os.path.relpath(os.path.abspath(path), os.path.abspath(out_dir)).replace(os.sep, "/")


def _sections(findings: list[Finding], heads: list[Heading], chinese: bool) -> dict[int, tuple[str, str]]:
    """Section id and title by the heading's start (-1: the text before the first heading), in the plan's language."""
    out: dict[int, tuple[str, str]] = {}
    used = {f.heading.start if f.heading is not None else -1 for f in findings}
    if -1 in used:
        if chinese:
            out[-1] = ("s0-preamble", "（总体要求）" if heads else "全文")
        else:
            out[-1] = ("s0-preamble", "(before the first heading)" if heads else "Whole text")
    for number, head in enumerate(heads, 1):
        if head.start in used:
            out[head.start] = (f"s{number}", clean(head.title))
    return out


def _goal_slug(finding: Finding) -> str:
    kind = finding.kind.replace("_", "-")
    if finding.target is None:
        return kind
    unit = {"%": "pct", PERCENTAGE_POINT: "pp"}.get(finding.unit or "", "")
    return f"{kind}-{_slug(_n(finding.target), '0')}{unit}"


def _fraction(finding: Finding, unit: str | None) -> bool:
    """A share written as a fraction with no unit ("protects one-third of India's population")."""
    figure = finding.figure
    return not unit and figure is not None and figure.kind is Kind.FRACTION and finding.target == figure.value


def _rule(finding: Finding, unit: str | None) -> str:
    kind = finding.kind
    parts = [f"kind: {kind}"]
    if kind in ("at_least", "at_most") and _fraction(finding, unit):
        assert finding.figure is not None
        parts += [f"target: {q(finding.figure.text)}", f"unit: {q(PERCENT)}"]  # "one-third" in % is 33.33…
    elif kind in ("at_least", "at_most", "new_items"):
        parts += [f"target: {_n(finding.target or 0)}", f"unit: {q(unit or '')}"]
        if finding.stretch is not None:
            parts.append(f"stretch: {_n(finding.stretch)}")
        if finding.exclusive and kind in ("at_least", "at_most"):  # "more than 5", "below 0.5"
            parts.append("exclusive: true")
    elif kind == "approximately":
        parts += [f"target: {_n(finding.target or 0)}", "tolerance: 0", f"unit: {q(unit or '')}"]
        parts.append(f"direction: {finding.direction or 'both'}")
    elif kind == "planned":
        parts += [f"target: {_n(finding.target or 0)}", f"unit: {q(unit or '')}"]
        if finding.direction in ("above", "below"):
            parts.append(f"side: {finding.direction}")
    elif kind == "decline" and finding.figure is not None and finding.figure.kind in (Kind.FRACTION, Kind.MULTIPLE):
        parts += [f"target_pct: {q(finding.figure.text)}", f"unit: {q(unit or PERCENT)}"]  # "halve", "a third"
    elif kind == "decline":  # no amount (继续下降): any fall meets it
        amount = "target_pct" if finding.unit == PERCENT else "target"
        parts += [f"{amount}: {_n(finding.target)}"] if finding.target is not None else []
        parts.append(f"unit: {q(unit or (PERCENT if finding.target is None else ''))}")  # a fall in % read as growth
        if finding.direction == "about" and finding.target is not None:
            parts.append("tolerance: 0")  # "by c. 6%": how far short still meets it is the auditor's reading
    elif kind == "increase_by":
        parts += [f"target: {_n(finding.target or 0)}", f"unit: {q(unit or '')}"]
    elif kind == "between":
        parts += [f"min: {_n(finding.target or 0)}", f"max: {_n(finding.maximum or 0)}", f"unit: {q(unit or '')}"]
    elif kind == "growth" and finding.figure is not None and finding.figure.kind is Kind.MULTIPLE:
        parts += [f"target_pct: {q(finding.figure.text)}", f"unit: {q(unit or PERCENT)}"]  # "double": 100, as written
    elif kind == "growth":  # no amount (稳步增长): any growth meets it
        parts += [f"target_pct: {_n(finding.target)}"] if finding.target is not None else []
        parts.append(f"unit: {q(unit or PERCENT)}")
    elif kind == "pp_change" and finding.target is not None:
        parts.append(f"target_pp: {_n(finding.target)}")
    elif kind == "ranking":
        parts += [f"target: {int(finding.target or 1)}", f"scope: {q(finding.scope or '—')}"]
    elif kind == "comparison":  # the tolerance is the auditor's reading: 0 until checked
        parts += [f"left: {q(finding.measure)}", f"right: {q(finding.scope or '')}", f"operator: {finding.direction}"]
        parts += ["tolerance: 0", f"unit: {q(PERCENT)}"]
    elif kind == "milestone" and finding.deadline:
        parts.append(f"deadline: {q(finding.deadline)}")
    elif kind == "named_items":
        parts.append("items: [" + ", ".join(q(item) for item in finding.items) + "]")
    return "{" + ", ".join(parts) + "}"


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


def _evidence(goal: _Goal, review: _Review) -> _Evidence | None:
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
        return _deed_evidence(goal, review)
    return None


# A sum or count a goal sets over several years ("$450 million over four years", "in the next three years").
_SEVERAL_YEARS = re.compile(
    r"\b(?:over|in|during|across|within)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])\s+(?:financial\s+|fiscal\s+)?years\b",
    re.IGNORECASE,
)
# A total told so far or since a start ("bringing the total to 64", "since 2015"): no one year's figure.
_SO_FAR = re.compile(r"\b(?:total|so far|to date|since|cumulative(?:ly)?|in all|altogether)\b", re.IGNORECASE)


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
    for start, end in found.spans:
        at = bisect.bisect_left(review.figure_starts, start)
        for reading in review.all[at : bisect.bisect_left(review.figure_starts, end)]:
            figure = reading.figure
            if figure.kind is not Kind.NUMBER or not figure.unit:
                continue
            if units_fit(unit, figure) or figure.unit == unit:
                said = review.text[reading.start : min(end, reading.end + 60)]
                if _one_year_of_several(goal, said) or told_up_to(said, review.period):
                    return True  # a year's part of a sum over years, a part of the year
                continue
            base = split_unit(figure.unit).base
            shares = {base, own_base} <= _SHARES  # "rose by 3 percentage points to 42%" for a share: its change
            if base in _MEASURE_BASES and base != own_base and not shares:
                return True
    return False


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


# 在…的基础上: what a result stands on, done before.
_GROUNDS = re.compile(r"^在[^，。；]*基础上$")
# A Chinese clause longer than this is no one act (a text without punctuation): no act evidence is sought in it.
ACT_CLAUSE = 300
# A character pair in more acts than this is too common to find a goal's act by (a bounded cost per goal).
ACT_POSTINGS = 40

# At least this many words naming the deliverable must a deed's review sentence share with the goal, one of them a
# word few of the review's sentences use (at most this share of them, or DEED_RARE_COUNT): "services", "departments"
# name nothing. A deliverable is often named in a report's summary, its body and a later report: four mentions.
DEED_SHARED = 3
DEED_RARE = 0.01
DEED_RARE_COUNT = 4
# A deed of the goal's own act may share no rare word, but one that at most this share of the review's sentences use.
DEED_SOME = 0.1


# A deed that does the goal's verb to its object ("share learning" for "will share the learning from…") names it with
# fewer words alike: this score (matching.match_score) is enough.
DOING_MATCH = 0.2


def _deed_evidence(goal: _Goal, review: _Review) -> _Evidence | None:
    """English: the review sentence that reports a deed done and names what the goal delivers, proposed undecided (a
    person reads it and decides: words alike are not a verdict). The goal's clause names the deliverable, or when it
    says too little ("will be published by the end of 2012") its sentence."""
    if not goal.words:
        return _chinese_act(goal, review) if goal.finding.kind == "judged" else None
    acted = _act_evidence(goal, review)  # the goal's own act done first
    if acted is not None:
        return acted
    wanted = _wanted(goal, review)
    best: tuple[float, int, int] | None = None
    act = act_of(goal.clause)
    numbers = sorted({number for term in wanted for number in review.rare_deeds.get(term, ())})
    doing = verb_object(goal.clause)
    does = False  # the best deed does the goal's verb to its object ("share learning" for "share the learning"): of
    # the deeds a report can date by the goal's due (_Review.in_time), one that does comes first
    for number in numbers:
        start, end, found, parts = review.deeds[number]
        if len(wanted & found) < DEED_SHARED or _other_act(act, review.deed_acts[number]):
            continue
        score = match_score(wanted, found, review.weights)
        this = doing is not None and does_to(review.text[start:end], *doing)
        if this:  # the part that does it names it (a long sentence says much else)
            score = max(match_score(wanted, part, review.weights) for part in (found, *parts))
            this = score >= DOING_MATCH
        if score < WORD_MATCH and not this:
            continue
        if best is not None and (review.in_time(goal.month, start), this, score) <= (
            review.in_time(goal.month, best[1]),
            does,
            best[0],
        ):
            continue
        if not repeats_words(goal.clause, review.text[start:end]):
            best, does = (score, start, end), this
    if best is None:
        best = _listed_deed(goal, review, wanted)
    if best is None:
        best = _counted_deed(goal, review)
    if best is None:
        best = _compound_deed(goal, review)
    why = f"deed words {q(' '.join(sorted(wanted)))}"
    tries: tuple[tuple[Callable[[], tuple[float, int, int] | None], str], ...] = (
        (lambda: _aimed_deed(goal, review, wanted), "a deed done for the goal's aim"),
        (lambda: _named_for_deed(goal, review), "a thing of its kind named for whom the goal names"),
        (lambda: _renamed_deed(goal, review), "delivered under a name the goal's paragraph describes it by"),
        (lambda: _more_deed(goal, review), "more of the things than the plan counts now"),
        (lambda: _serving_deed(goal, review), "a thing now in use for what the goal's is made for"),
    )
    for other, because in tries:
        if best is not None:
            break
        best, why = other(), because
    if best is None and (example := _example_deed(goal, review, wanted)) is not None:
        score, start, end = example
        example_of = _undecided(goal, review.text, start, end, score, "an example of a sentence naming it")
        return example_of._replace(listed=True)
    if best is None and goal.finding.kind == "judged":
        helped, why = _helped_deeds(goal, review)
        if helped:
            return _undecided_all(goal, review.text, helped, why)
        improved = _improved_deeds(goal, review)
        if improved:
            return _undecided_all(goal, review.text, improved, "improvements under a heading naming what it improves")
        led = _led_deeds(goal, review)
        if led:
            items = _undecided_all(goal, review.text, led, "items of a list whose lead-in names it")
            return items._replace(listed=True)
    if best is None:
        return _named_deed(goal, review, wanted)
    score, start, end = best
    return _undecided(goal, review.text, start, end, score, why)


# A month named in English ("October 2013", "from November"): capitalised, its year after it or not.
_MONTH_NAMED = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?:[ \t]+((?:19|20)[0-9]{2})\b)?"
)


def _report_dates(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Where each report of a dated series starts (its date line, "April 2013") and its (year, month), in order."""
    dates = [(m.start(), month) for m in _DATE_LINE.finditer(text) if (month := _month_of(m)) is not None]
    return [start for start, _ in dates], [month for _, month in dates]


def _month_of(found: re.Match[str]) -> tuple[int, int] | None:
    """The (year, month) of a report's date line (_DATE_LINE), or None when its first word is no month."""
    month = EN_MONTHS.get(found.group(1).lower())
    return (int(found.group(2)), month) if month is not None and found.group(1).lower() in _FULL_MONTHS else None


def _due_month(due: str | None, said: str) -> tuple[int, int] | None:
    """The last month an English goal is due by: its due's, else the last month and year its quote and the rest of its
    sentence after it name ("…for the PAYE Online exemplar service, launching in October 2013"), or None."""
    span = parse_period(due) if due else None
    if span is not None:
        return span.last[0], span.last[1]
    named = [m for m in _MONTH_NAMED.finditer(said) if m.group(2)]
    return (int(named[-1].group(2)), EN_MONTHS[named[-1].group(1).lower()]) if named else None


def _months_named(sentence: str, dated: tuple[int, int]) -> list[tuple[int, int]]:
    """The months a report's sentence names, each with its year: the one written, else the report's (dated), or the
    next one for a month before the report's ("from February" in a report of October 2013 is February 2014)."""
    out = []
    for found in _MONTH_NAMED.finditer(sentence):
        month = EN_MONTHS[found.group(1).lower()]
        if found.group(2):
            out.append((int(found.group(2)), month))
        else:
            out.append((dated[0] + (month < dated[1]), month))
    return out


# A look-ahead re-plans a goal's deliverable when it shares this many of its words, this many of them rare.
SLIP_SHARED = 3
SLIP_RARE = 2


def _slipped(goal: _Goal, review: _Review) -> _Evidence | None:
    """English: a dated milestone ("launching in October 2013") that a report plans again for a later month ("launch
    the new Identity Assurance reference hub in private beta from November"), naming its deliverable by SLIP_SHARED of
    its words, SLIP_RARE of them rare, and no other act (the guide moved is not the guide published): it was not done
    by its date. Proposed undecided (done: false is for a person to
    write); a look-ahead naming no later month says nothing of a slip and is never proposed."""
    if goal.month is None or not review.ahead:
        return None
    wanted = _wanted(goal, review)
    act = act_of(goal.clause)
    best: tuple[float, int, int] | None = None
    for number in review.ahead_rare.holding(wanted, SLIP_RARE):
        start, end, found, dated = review.ahead[number]
        if dated is None or len(wanted & found) < SLIP_SHARED:
            continue
        shared = wanted & found
        months = _months_named(review.text[start:end], dated)
        if not months or min(months) <= goal.month:
            continue
        score = review.weights.sum(shared) / review.weights.sum(wanted)
        if best is not None and score <= best[0]:
            continue
        sentence = review.text[start:end]
        if not _other_act(act, acts_in(sentence)) and not another_thing(goal.clause, sentence):
            best = (score, start, end)
    if best is None:
        return None
    _, start, end = best
    year, month = goal.month
    why = f"planned again for after {year}-{month:02d}: not done by then?"
    return _undecided(goal, review.text, start, end, WORD_MATCH, why)


# A goal's object that refers back to a thing named before: "will adopt the same model", "follow such an approach".
_SAME_THING = re.compile(r"\b(?:the same|such an?|such)\s+[a-z]+\s*$", re.IGNORECASE)


def _wanted(goal: _Goal, review: _Review) -> frozenset[str]:
    """The words naming what an English goal delivers: its clause's, or when it says too little ("will be published
    by the end of 2012") its sentence's; verbs of delivery and the plan's own name left out; the initials of a name in
    it that the review uses ("GST" for "the Goods and Service Tax")."""
    wanted = terms(review.unnamed(goal.clause)) - DEED_VERBS
    wanted = wanted if len(wanted) >= 4 else goal.sentence - DEED_VERBS
    # "the Goods and Service Tax" that the review names by its initials ("GST")
    named = {short for short in initials(review.unnamed(goal.clause)) if review.weights.counts.get(short)}
    return wanted | named if named else wanted


def _act_evidence(goal: _Goal, review: _Review) -> _Evidence | None:
    """English: the deed in the review's section that restates the goal's numbered item or heading (_sectioned_deed),
    else the deed of the goal's own act (_same_act), proposed undecided."""
    wanted = _wanted(goal, review)
    best = _sectioned_deed(goal, review, wanted)
    why = "the plan's section restated and deed words"
    if best is None:
        best, why = _same_act(goal, review, wanted), "the act and deed words"
    if best is None:
        return None
    score, start, end = best
    return _undecided(goal, review.text, start, end, score, f"{why} {q(' '.join(sorted(wanted)))}")


# In a review's section that restates the goal's numbered item or heading, a deed naming this many of the goal's words
# and of this score (matching.match_score) is its deed; sections of more deeds than SECTION_DEEDS are not searched.
SECTION_SHARED = 2
SECTION_MATCH = 0.2
SECTION_DEEDS = 200


def _sectioned_deed(goal: _Goal, review: _Review, wanted: frozenset[str]) -> tuple[float, int, int] | None:
    """English: the deed, in a section of the review that restates the plan's numbered item ("Action 01") or heading
    the goal stands under, that best names the goal's deliverable: the report says where it reports on the goal, so
    fewer words alike are enough; no echo of the plan's words, no other act."""
    if not goal.marks:
        return None
    best: tuple[float, int, int] | None = None
    act = act_of(goal.clause)
    for key in goal.marks:
        for first, last in review.sections.spans(key):
            low = bisect.bisect_left(review.deed_starts, first)
            high = bisect.bisect_left(review.deed_starts, last)
            if high - low > SECTION_DEEDS:
                continue
            for number in range(low, high):
                start, end, found, parts = review.deeds[number]
                if len(wanted & found) < SECTION_SHARED or _other_act(act, review.deed_acts[number]):
                    continue
                score = max(match_score(wanted, part, review.weights) for part in (found, *parts))
                if score < SECTION_MATCH or not _beats(goal, review, score, start, best):
                    continue
                if not repeats_words(goal.clause, review.text[start:end]):
                    best = (score, start, end)
        if best is not None:
            return best  # the numbered item's section before the heading's
    return best


def _beats(goal: _Goal, review: _Review, score: float, start: int, best: tuple[float, int, int] | None) -> bool:
    """Whether a deed at start of this score is a better proposal than best: one a report can date by the goal's due
    (_Review.in_time) first, then the higher score."""
    if best is None:
        return True
    return (review.in_time(goal.month, start), score) > (review.in_time(goal.month, best[1]), best[0])


def _other_act(act: str | None, done: set[str]) -> bool:
    """Whether a deed reports acts of delivery (done) none of which is the goal's ("published the … Standard" for
    "services will meet the standard")."""
    return act is not None and bool(done) and done.isdisjoint(ACT_DONE_BY.get(act, (act,)))


def _same_act(goal: _Goal, review: _Review, wanted: frozenset[str]) -> tuple[float, int, int] | None:
    """English: a deed done by the act the goal names (start → "Work has begun on…", publish → "released…", set up →
    "established…") that names its deliverable (the words of match_score), though none of the words is rare."""
    act = act_of(goal.clause)
    if act is None:
        return None
    helped = helped_act(goal.clause)
    if helped:  # "Cabinet Office will help departments to recruit…": the helper names nothing delivered
        wanted = wanted & terms(review.unnamed(helped))
    best: tuple[float, int, int] | None = None
    numbers: set[int] = set()
    done_by = ACT_DONE_BY.get(act, frozenset({act}))
    for done in done_by:
        index = review.acts_done.get(done)
        numbers.update(index.holding(wanted, DEED_SHARED) if index is not None else ())
    phrase = deliverable(goal.clause)
    some = max(DEED_RARE_COUNT, int(DEED_SOME * review.weights.total))
    for number in sorted(numbers):
        start, end, found, parts = review.deeds[number]
        if all(review.weights.counts.get(term, 0) > some for term in wanted & found):
            continue  # "departments", "services": words most sentences use name nothing in particular
        score = max(match_score(wanted, part, review.weights) for part in (found, *parts))
        if score < WORD_MATCH and names_object(review.text[start:end], done_by, phrase):
            score = WORD_MATCH  # "published the Digital by Default Service Standard" for "develop a service standard"
        if score < WORD_MATCH or not _beats(goal, review, score, start, best):
            continue
        if not repeats_words(goal.clause, review.text[start:end]):
            best = (score, start, end)
    return best


def _listed_deed(goal: _Goal, review: _Review, wanted: frozenset[str]) -> tuple[float, int, int] | None:
    """English: the item of a review's list of things done ("in quarter 3, we: * proposed a new operating model for
    government technology, sent to …"; "GDS has helped by: * running a beta of …") that names the goal's deliverable in
    one of its parts (between commas, asides left out) or as a whole; no rare word needed (a report's summary names
    each deed once more in its body, and a list item is one deed), no echo of the plan's own words."""
    best: tuple[float, int, int] | None = None
    index = review.listed
    act = act_of(goal.clause)
    for number in index.holding_any(heavy_terms(wanted, review.weights, WORD_MATCH)):
        start, end, found, parts = review.deeds[number]
        if _other_act(act, review.deed_acts[number]):
            continue
        score = 0.0
        for part in (found, *parts):
            if len(wanted & part) >= DEED_SHARED:
                score = max(score, match_score(wanted, part, review.weights))
        if score < WORD_MATCH or (best is not None and score <= best[0]):
            continue
        if not repeats_words(goal.clause, review.text[start:end]):
            best = (score, start, end)
            continue
        # the item echoes the plan's words: what it goes on to report with a count, about the goal's deliverable (two
        # of its words in one part), is the evidence
        following, named = number + 1, 0.0
        while following < len(review.deeds) and review._lines[following] == review._lines[number]:
            start, end, _, parts = review.deeds[following]
            near = max(match_score(wanted, part, review.weights) if len(wanted & part) > 1 else 0.0 for part in parts)
            if near > named and _DIGIT.search(review.text, start, end):
                best, named = (score, start, end), near
            following += 1
    return best


# A goal moving things into a stage ("moving 2 more into beta"), and a review's count of the things in it ("11 were
# in beta"): the stage word is what they share.
_INTO_STAGE = re.compile(r"\b(?:into|to)\s+(?:the\s+)?(?:public\s+|private\s+)?([a-z]{3,})\s*$", re.IGNORECASE)
_IN_STAGE = re.compile(
    r"(?<![0-9.,])\b([0-9]{1,4})\s+(?:[a-z]+\s+)?(?:were|are|was|is|had been|have been)\s+(?:now\s+|already\s+)?"
    r"(?:in|at|into)\s+(?:the\s+)?(?:public\s+|private\s+)?([a-z]{3,})\b",
    re.IGNORECASE,
)


def _stage_count(goal: _Goal, review: _Review) -> _Evidence | None:
    """English: a goal that moves a number of things into a stage ("moving 2 more into beta") and a review's deed that
    counts the things in that stage ("…, 11 were in beta, …"), about the same things (a word of the goal's clause in
    the sentence): proposed undecided, for a stock in a stage is no count of the things moved into it."""
    into = _INTO_STAGE.search(goal.finding.quote)
    if into is None or into.group(1).lower() in LATIN_STOP:
        return None
    stage = stem(into.group(1))
    for start, end in review.stages.get(stage, ()):
        if terms(review.text[start:end]).isdisjoint(goal.words - {stage}):
            continue
        for count in _IN_STAGE.finditer(review.text, start, end):
            if stem(count.group(2)) == stage:
                return _undecided(
                    goal, review.text, count.start(), count.end(), WORD_MATCH, f"the stage {q(into.group(1))}"
                )
    return None


def _counted_deed(goal: _Goal, review: _Review) -> tuple[float, int, int] | None:
    """English: the deed that counts the goal's own count (in its quote) of the same things ("continue work on all 25
    exemplar services" → "We have begun work on all 25 exemplar projects"): the same number before the same word,
    no echo."""
    for count in _COUNTED.finditer(goal.finding.quote):
        if count.group(2) in LATIN_STOP:  # "1 million", "5 per cent": a scale or a unit, no thing counted
            continue
        key = (count.group(1).replace(",", ""), stem(count.group(2)))
        for number in review.counted.get(key, ()):
            start, end = review.deeds[number][:2]
            if not repeats_words(goal.clause, review.text[start:end]):
                return (WORD_MATCH, start, end)
    # another count of the same things, named by two words or more that the goal's count names too ("23 exemplar
    # services were identified" for "3 significant exemplar service transformations"): no figure, a person decides
    for count in _COUNTED.finditer(goal.finding.quote):
        things = _things(goal.finding.quote, count.start(2))
        if len(things) < THINGS_NAMED:
            continue
        for word in sorted(things):
            posting = review.counted_things.get(word, ())
            for number, at in posting if len(posting) <= NAME_POSTINGS else ():
                start, end = review.deeds[number][:2]
                theirs = _things(review.text, at)
                if len(theirs) < THINGS_NAMED or not theirs <= things:
                    continue
                if not repeats_words(goal.clause, review.text[start:end]):
                    return (WORD_MATCH * len(theirs) / len(things), start, end)  # the closer named, the surer
    return None


# Another count names the goal's things when it names them by this many words (all of them the goal's).
THINGS_NAMED = 2
_THING_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _things(text: str, at: int) -> frozenset[str]:
    """The stems of the (up to four) words after a count that name what it counts, to the first function word or mark
    ("3 significant exemplar service transformations with…" → {signif, exempl, servic, transf})."""
    found: set[str] = set()
    for word in _THING_WORDS.finditer(text, at, min(len(text), at + 80)):
        if text[at : word.start()].strip(" \t‘’'\"“”") or word.group().lower() in LATIN_STOP or len(found) == 4:
            break
        found.add(stem(word.group()))
        at = word.end()
    return frozenset(found)


# A deed names a goal's deliverable by a compound noun of its head with this many of the goal's words before it.
COMPOUND_SHARED = 2
# A word in more deeds (or counts of things) than this is not looked up by name (a bounded cost per goal).
NAME_POSTINGS = 60


def _compound_deed(goal: _Goal, review: _Review) -> tuple[float, int, int] | None:
    """English: the deed that names the goal's deliverable as a compound noun, its head the head of the goal's object
    and COMPOUND_SHARED words of that object and its complement (matching.object_head) before it, one of them used by
    at most DEED_SOME of the review's sentences ("the cross-government identity assurance framework" for "develop a
    framework to enable federated identity assurance"); no echo, no other act. Of equals the last (a later report's
    word on the same deliverable)."""
    head, said = object_head(goal.clause)
    if not head:
        return None
    act = act_of(goal.clause)
    some = max(DEED_RARE_COUNT, int(DEED_SOME * review.weights.total))
    best: tuple[float, int, int] | None = None
    holding = review.deed_terms.holding_any((head,))
    if len(holding) > NAME_POSTINGS:
        return None  # a head noun that many deeds use ("services"): a bounded cost per goal
    for number in holding:
        start, end, _, _ = review.deeds[number]
        if _other_act(act, review.deed_acts[number]):
            continue
        deed = review.text[start:end]
        for modifiers in compound_modifiers(deed, head):
            shared = (modifiers & said) - {head}
            if len(shared) < COMPOUND_SHARED or all(review.weights.counts.get(t, 0) > some for t in shared):
                continue
            if not repeats_words(goal.clause, deed):
                best = (WORD_MATCH, start, end)
            break
    return best


# What a thing is made for and what one is now in use for share this many words at least.
PURPOSE_WORDS = 3


# A count of things the plan says it has now ("is already supporting 7 transactional transformation projects"), and a
# goal of more of them ("to support more transactional service redesign projects").
_COUNT_NOW = re.compile(
    r"\b(?:already|currently|at present|now)\s+[a-z]+ing\s+([0-9]{1,4})\s+((?:[a-z]+[ \t]+){0,3}?)([a-z]{3,}s)\b"
)
_MORE = re.compile(r"\bmore\s+((?:[a-z]+[ \t]+){0,3}?)([a-z]{3,}s)\b")
# Words between a count and the things counted ("all 25 exemplar projects").
_COUNT_OF = re.compile(r"\b([0-9]{1,4})\s+((?:[a-z]+[ \t]+){0,3}?)([a-z]{3,}s)\b")


def _counts_now(plan: str) -> dict[str, list[int]]:
    """English: the counts a plan gives of things it has now, by the things' stem."""
    found: dict[str, list[int]] = {}
    for count in _COUNT_NOW.finditer(plan):
        found.setdefault(stem(count.group(3)), []).append(int(count.group(1)))
    return found


def _more_than_now(clause: str, counts: dict[str, list[int]]) -> tuple[str, int] | None:
    """English: a goal of more of a thing ("support more transactional service redesign projects") and the one count
    the plan gives of those things now ("already supporting 7 transactional transformation projects"), sharing a
    word before the thing: its stem and that count; else None (no count, or several)."""
    more = _MORE.search(clause)
    if more is None:
        return None
    thing = stem(more.group(2))
    now = counts.get(thing, [])
    return (thing, now[0]) if len(now) == 1 else None


def _more_deed(goal: _Goal, review: _Review) -> tuple[float, int, int] | None:
    """English: a goal of more of a thing than the plan counts now (_more_than_now) and the deed counting more of that
    thing ("We have begun work on all 25 exemplar projects" for 7 projects now): a person reads whether they are the
    same kind of thing. The last (a later report's count)."""
    if goal.more is None:
        return None
    thing, now = goal.more
    holding = review.deed_terms.holding_any((thing,))
    best: tuple[float, int, int] | None = None
    for number in holding if len(holding) <= NAME_POSTINGS else ():
        start, end, _, _ = review.deeds[number]
        for count in _COUNT_OF.finditer(review.text, start, end):
            if stem(count.group(3)) == thing and int(count.group(1)) > now:
                if not repeats_words(goal.clause, review.text[start:end]):
                    best = (WORD_MATCH, start, end)
                break
    return best


def _serving_deed(goal: _Goal, review: _Review) -> tuple[float, int, int] | None:
    """English: a goal that makes a thing for something ("will establish a technology driven platform to facilitate
    procurement of goods and services by various Ministries") and the deed reporting a thing now in use for the same
    (matching.serves: "The Government e-market place which is now functional for procurement of goods and services"):
    PURPOSE_WORDS of its words or more, each the goal's, the first the goal's first; the first such deed."""
    act = act_of(goal.clause)
    purpose = made_for(goal.clause)
    if act not in ("make", "launch") or len(purpose) < PURPOSE_WORDS:
        return None
    for number in review.serving.get(purpose[0], ()):
        start, end, _, _ = review.deeds[number]
        theirs = serves(review.text[start:end])
        named = len(theirs) >= PURPOSE_WORDS and set(theirs) <= set(purpose)
        if named and not repeats_words(goal.clause, review.text[start:end]):
            return (WORD_MATCH, start, end)
    return None


def _renamed_deed(goal: _Goal, review: _Review) -> tuple[float, int, int] | None:
    """English: a goal that makes a thing named by a compound noun ("is also developing a data insight platform that
    will combine…"; matching.acted_on), which no deed names so, and the deed reporting a thing of the same head, named
    by words the goal's paragraph uses to describe it, delivered by the act done ("The Performance Platform was
    released" where the paragraph goes on "it will provide high level performance reports"): the plan's thing under
    the name it was delivered by. The first."""
    for act, head, modifiers in acted_on(goal.clause):
        holding = review.deed_terms.holding_any((head,))
        if len(holding) > NAME_POSTINGS or review.deed_terms.holding(modifiers | {head}, len(modifiers) + 1):
            continue  # a common head, or a deed naming the thing as the plan does (matched on its words)
        done_by = ACT_DONE_BY.get(act, frozenset({act}))
        for number in holding:
            start, end, _, _ = review.deeds[number]
            if review.deed_acts[number].isdisjoint(done_by):
                continue
            deed = review.text[start:end]
            for name in named_compounds(deed, head):
                if (
                    name
                    and name <= goal.paragraph
                    and not name <= review.title
                    and not repeats_words(goal.clause, deed)
                ):
                    return (WORD_MATCH, start, end)
    return None


def _named_for_deed(goal: _Goal, review: _Review) -> tuple[float, int, int] | None:
    """English: the deed that names a thing of the kind of the goal's compound noun by whom or what it is for, a name
    the goal's clause gives ("running a beta of the Service Manager induction and development programme" for "Newly
    appointed Service Managers will be supported … through a specialist training programme"; matching.named_for);
    no echo, no other act. Of equals the last (a later report's word on the same thing)."""
    names = [name for name in capital_names(review.unnamed(goal.clause)) if not name <= review.title]
    if not names:
        return None
    act = act_of(goal.clause)
    best: tuple[float, int, int] | None = None
    for head in sorted(compound_heads(goal.clause)):
        holding = review.deed_terms.holding_any((head,))
        for number in holding if len(holding) <= NAME_POSTINGS else ():
            start, end, _, _ = review.deeds[number]
            deed = review.text[start:end]
            if _other_act(act, review.deed_acts[number]) or not named_for(deed, head, names):
                continue
            if not repeats_words(goal.clause, deed) and (best is None or start > best[1]):
                best = (WORD_MATCH, start, end)
    return best


# The sentence an example is given of names the goal by this score at least (matching.match_score): a sentence with
# an example is about the example's kind of deed, so fewer words alike are enough.
EXAMPLE_MATCH = 0.2


def _example_deed(goal: _Goal, review: _Review, wanted: frozenset[str]) -> tuple[float, int, int] | None:
    """English: a review sentence that names the goal (DEED_SHARED of its words, EXAMPLE_MATCH) but reports nothing done
    ("Departments are exploring the use of digital tools to engage with the public…") and the deed it gives as its
    example in the next sentence ("For example, FCO consular staff are now directly responding to questions … via the
    @fcotravel twitter channel"): the example is the concrete outcome. No echo of the plan's words in either."""
    best: tuple[float, int, int] | None = None
    act = act_of(goal.clause)
    claims = review.claims.holding(wanted, DEED_SHARED)
    for at in claims if len(claims) <= NAME_POSTINGS else ():  # many: they name nothing in particular
        claim, number = review.examples[at]
        score = match_score(wanted, terms(review.unnamed(review.text[claim[0] : claim[1]])), review.weights)
        if score < EXAMPLE_MATCH or (best is not None and score <= best[0]):
            continue
        start, end, _, _ = review.deeds[number]
        if _other_act(act, review.deed_acts[number]) or repeats_words(goal.clause, review.text[claim[0] : claim[1]]):
            continue
        opener = _EXAMPLE.match(review.text, start)
        start = opener.end() if opener is not None else start
        joined = _JOINED.search(review.text, start, end)  # "…, and DWP is launching…": the first is the example
        end = joined.start() if joined is not None else end
        if not repeats_words(goal.clause, review.text[start:end]):
            best = (score, start, end)
    return best


def _aimed_deed(goal: _Goal, review: _Review, wanted: frozenset[str]) -> tuple[float, int, int] | None:
    """English: a goal of help towards an aim ("provide a programme of support, guidance and tools that help service
    teams meet the standard") and the deed done for that aim ("GDS has built the Government Service Design Manual to
    support departments in working towards achieving the Digital by Default Service Standard"): the same thing met or
    achieved (matching.aims), one more of the goal's words named, no echo, no other act. The first a report can date
    by the goal's due."""
    head = aim_head(goal.clause)
    numbers = review.aimed.get(head, ()) if head else ()
    if len(numbers) > NAME_POSTINGS:
        return None  # an aim that many deeds serve names nothing in particular (a bounded cost per goal)
    act = act_of(goal.clause)
    best: tuple[float, int, int] | None = None
    for number in numbers:
        start, end, found, _ = review.deeds[number]
        if not (wanted & found) - {head} or _other_act(act, review.deed_acts[number]):
            continue
        if repeats_words(goal.clause, review.text[start:end]) or not _beats(goal, review, WORD_MATCH, start, best):
            continue
        best = (WORD_MATCH, start, end)
    return best


# A sentence giving an example of the one before it; a second example joined to the first.
_EXAMPLE = re.compile(r"[ \t]*(?:for example|for instance|e\.g\.)\s*,?\s*", re.IGNORECASE)
_JOINED = re.compile(r",\s+and\s+(?=[A-Z])")
# A report's lead-in of help given ("GDS has helped by:", "We have supported departments by:") and a goal of help
# ("Cabinet Office will support improved digital capability across departments"), with what it helps to.
_HELPED = re.compile(r"\b(?:has|have)\s+(?:(?:also|now|already)\s+)?(?:helped|supported)\b[^:]{0,80}:\s*$", re.I)
_HELPS = re.compile(
    r"(?:\b(?:will|shall)\s+(?:(?:also|continue to)\s+)?|^[ \t*•·-]*)(?:help|support)\s+(?P<what>[^,;:]{3,120})", re.I
)
# The goal's words that the heading of the section of help must hold (two: "digital capability"); at most this many
# items of help are quoted.
HELPED_NAMED = 2
HELPED_ITEMS = 5


def _helped_deeds(goal: _Goal, review: _Review) -> tuple[list[tuple[int, int]], str]:
    """English: a judged goal of help or support ("will support improved digital capability across departments"; an
    item "help departments to improve their digital capability, including providing guidance … on recruiting…" under
    "Cabinet Office will:") and the items of a review's lists of help given ("GDS has helped by:") in sections whose
    heading names what the goal helps to (two of its words: "Digital capability and leadership"), with why they are
    proposed. The items that name what the help includes, past what it helps to (a word of the goal after that, not
    in an aside nor in the heading, used by at most DEED_SOME of the review's sentences: "recruit" in "advising
    departments … on how to recruit senior people…"); else the items with a count, each a concrete outcome of that
    help, none the whole of it. At most HELPED_ITEMS, in order."""
    helps = _HELPS.search(goal.clause)
    if helps is None or not review.help_given:
        return [], ""
    what = terms(review.unnamed(helps.group("what"))) - DEED_VERBS
    rest = terms(review.unnamed(_ASIDE.sub(" ", goal.clause[helps.end("what") :]))) - DEED_VERBS - what
    some = max(DEED_RARE_COUNT, int(DEED_SOME * review.weights.total))
    candidates = review.help_topics.holding(what, HELPED_NAMED)
    if len(candidates) > NAME_POSTINGS:
        return [], ""  # a topic with that many items of help names nothing in particular (a bounded cost per goal)
    named, counted = [], []
    for at in candidates:
        number = review.help_given[at]
        start, end, _, parts = review.deeds[number]
        specific = (rest & frozenset().union(*parts)) - review.topics[number]
        if any(review.weights.counts.get(term, 0) <= some for term in specific):
            named.append((start, end))
        elif number in review.helped:
            counted.append((start, end))
    for found, why in (
        (named, "items of help given that name the goal's help"),
        (counted, "items with a count in a list of help given"),
    ):
        kept = [span for span in found if not repeats_words(goal.clause, review.text[span[0] : span[1]])]
        if kept:
            return kept[:HELPED_ITEMS], why
    return [], ""


# A goal to improve something (its clause's verb) and a deed reporting an improvement.
_IMPROVE = re.compile(r"\bimprov(?:e|es|ed|ing|ements?)\b", re.IGNORECASE)


def _improved_deeds(goal: _Goal, review: _Review) -> list[tuple[int, int]]:
    """English: a judged goal to improve something ("continue to operate and improve the GOV.UK online publishing
    platform") and the deeds reporting an improvement ("We improved search on the site"; "A new version of the GOV.UK
    homepage went live …, alongside improvements to the search tool") in the review's sections whose heading names
    only words of the goal's clause, one of them used by at most DEED_SOME of the review's sentences ("GOV.UK"): the
    section is about the thing improved. At most HELPED_ITEMS, in order; no echo."""
    verb = _IMPROVE.search(goal.clause)
    if verb is None:
        return []
    some = max(DEED_RARE_COUNT, int(DEED_SOME * review.weights.total))
    object_words = terms(goal.clause[verb.end() :])
    found = []
    rare = [word for word in object_words if review.weights.counts.get(word, 0) <= some]
    candidates = review.improved_topics.holding_any(rare)
    for at in candidates if len(candidates) <= NAME_POSTINGS else ():  # a bounded cost per goal
        number = review.improvements[at]
        topic = review.topics[number]
        if not topic <= object_words:
            continue
        start, end = review.deeds[number][:2]
        if not repeats_words(goal.clause, review.text[start:end]):
            found.append((start, end))
    return found[:HELPED_ITEMS]


def _led_deeds(goal: _Goal, review: _Review) -> list[tuple[int, int]]:
    """English: a judged goal and the items with a count in a review's lists whose lead-in names its deliverable as a
    compound noun, its head and every word before it the goal's ("Common platforms continue to be developed and
    extended: * …the Transaction Explorer now covers 711 services" for "will lead in the definition and delivery of a
    new suite of common technology platforms"): each is a concrete outcome of the goal, none the whole of it (at most
    HELPED_ITEMS, in order); no echo. Heads that head many lead-ins are not looked up (a bounded cost per goal)."""
    found: set[tuple[int, int]] = set()
    for head in sorted(goal.words):
        lists = review.led.get(head, ())
        for modifiers, items in lists if len(lists) <= NAME_POSTINGS else ():
            if modifiers <= goal.words:
                found.update(items)
    kept = (item for item in sorted(found) if not repeats_words(goal.clause, review.text[item[0] : item[1]]))
    return list(itertools.islice(kept, HELPED_ITEMS))


LEAD_SUBJECT = 120
# A list's lead-in up to its verb: what the list is about ("Common platforms" in "Common platforms continue to be…").
_LEAD_VERB = re.compile(r"\s(?:is|are|was|were|has|have|had|continues?|will|includes?)\b", re.IGNORECASE)


def _lead_subject(lead: str) -> str:
    """A list's lead-in up to its first verb (its subject: what the list's items are), if that is a noun's length (at
    most LEAD_SUBJECT characters) and no name (every word capitalised), else ""."""
    verb = _LEAD_VERB.search(lead, 0, LEAD_SUBJECT + 1)
    subject = lead[: verb.start()] if verb is not None else ""
    words = [word for word in _LATIN_WORDS.findall(_ASIDE.sub(" ", subject)) if word.lower() not in LATIN_STOP]
    if len(words) > 1 and all(word[0].isupper() for word in words):
        return ""  # "Government Digital Service (GDS) has helped by:": a name, who acts, not what the items are
    return subject


def _undecided_all(goal: _Goal, text: str, spans: list[tuple[int, int]], why: str) -> _Evidence:
    """Review sentences proposed together as a judged goal's evidence for a person to decide (no verdict drafted)."""
    quotes = []
    for start, end in spans:
        quote = text[start:end].strip()
        at = text.find(quote, start)
        quotes.append((at, at + len(quote)))
    lines = [
        "    status: reported",
        f"    undecided: {q('proposed by draft: a person reads the quotes and decides (verdict and rationale)')}",
        "    evidence:",
    ]
    lines += [f"      - {{source: review, quote: {q(text[s:e])}}}  {MARK} ({why})" for s, e in quotes]
    return _Evidence(lines, quotes, WORD_MATCH)


# Besides the abbreviation they share, a deed and a goal must share this many words naming what was done.
NAMED_SHARED = 2


def _named_deed(goal: _Goal, review: _Review, wanted: frozenset[str]) -> _Evidence | None:
    """English: the review sentence reporting a deed done to the scheme, act or body the goal's paragraph names by an
    abbreviation (SARFAESI, PMGSY) that few of the review's sentences use, sharing two more of the goal's words: a
    long sentence says much else, so its words alone fall below the threshold ("the amendments to the SARFAESI and
    Debt Recovery Tribunal Acts" for "amendments in the SARFAESI Act")."""
    best: tuple[float, int, int, str] | None = None
    total = review.weights.sum(wanted)
    for acronym in sorted(goal.acronyms):
        anchor = stem(acronym)
        if anchor in review.title:
            continue
        pattern = re.compile(r"\b" + re.escape(acronym) + r"\b")
        for number in review.rare_deeds.get(anchor, ()):
            start, end, found, _ = review.deeds[number]
            shared = (wanted & found) - {anchor}
            if len(shared) < NAMED_SHARED or not pattern.search(review.text, start, end):
                continue
            score = review.weights.sum(shared) / total if total else 0.0
            if (best is None or score > best[0]) and not repeats_words(goal.clause, review.text[start:end]):
                best = (score, start, end, acronym)
    if best is None:
        return None
    score, start, end, acronym = best
    return _undecided(goal, review.text, start, end, score, f"{acronym} and deed words {q(' '.join(sorted(wanted)))}")


def _chinese_act(goal: _Goal, review: _Review) -> _Evidence | None:
    """Chinese milestone or judged goal: the review clause naming its act (matching.names_act) that reports it done
    by a verb of completion (出台国企改革三年行动方案 for 实施国企改革三年行动, 提高退休人员基本养老金 for 上调…), or
    for a judged goal gives a figure for it (去年又取消165项…审批事项); never a clause of effort (深化…改革, 加强…建设),
    a state restated (国际收支基本平衡, 实现了良好开局 for 实现…良好开局), a programme's clause repeated word for word
    (深入实施…三年行动), nor one looking ahead or claiming progress. A percentage or amount the goal sets must stand in
    the clause. Of a list of acts (做好第七次全国人口普查、国家脱贫攻坚普查) the item naming the goal is quoted.
    Proposed undecided: a person reads it and decides."""
    finding = goal.finding
    wanted = [f for f in read_figures(finding.quote) if f.kind is Kind.NUMBER and (f.unit == PERCENT or "元" in f.unit)]
    moved = finding.kind in NUMERIC_KINDS  # a move with no amount: only a figure of the move shows it
    judged = finding.kind == "judged" or moved
    kept = judged and _KEEPS.search(finding.quote) is not None  # 稳定…补贴: no one figure shows it
    claimed = judged and "实现" in finding.quote  # the review's 实现 restates the plan's claim
    context = goal.context or finding.quote
    best: tuple[float, int, int] | None = None
    for number in review.act_candidates(context):
        start, end, clause, done, counted = review.acts[number]
        if claimed and done:
            done = reports_act(clause.replace("实现", ""))
        if moved and not counted:
            continue  # 提高棚改货币化安置比例 repeated: the plan's words, no figure of the move
        if not (done or (judged and counted and not kept)) or echoes_act(finding.quote, clause):
            continue
        for first, last in _act_items(review.text, start, end):
            level = _TIER.search(review.text[first:last].lstrip())
            if level is not None and level.group() not in context:
                continue  # 省级政府部门权力和责任清单全面公布 for 全面公布地方政府…清单: one tier of the goal's scope
            score = names_act(finding.quote, context, review.text[first:last])
            if score <= 0 or (best is not None and score <= best[0]):
                continue
            figures = read_figures(clause) if wanted else []
            if all(any(f.value == w.value and f.unit == w.unit for f in figures) for w in wanted):
                best = (score, first, last)
    if best is None:
        if finding.kind != "judged":
            return None
        return _quality_figure(goal, review) or _stock_cut(goal, review) or _size_class(goal, review)
    score, start, end = best
    return _undecided(goal, review.text, start, end, score, f"act words {q(zh_act_words(finding.quote))}")


# A tier of government or administration (省级, 地市级, 县级), or a clause on some of those concerned (地方…, 部分…): an
# act reported for one tier or some is a part of the goal's scope, unless the goal names that tier.
_TIER = re.compile(r"(?:省|市|地市|县|区|乡镇|乡|村)级|^(?:地方|部分|个别|一些|有的|少数|多数)")


# A state of the environment's quality (生态环境质量进一步改善, 空气质量明显好转) is measured by fine particles and
# days of good air: the review's figure of one of them shows it; its 生态环境质量明显改善 only restates the aim.
_QUALITY_STATE = re.compile(r"(?:(?:环境|空气|大气|水)质量|空气|水质)[^，。；]{0,8}(?:改善|好转|提升|提高)")
_QUALITY_FIGURE = re.compile(r"细颗粒物|PM2\.5|优良天数")
# …or by a record of the quality measured (水、大气环境质量实现…监测以来历史最佳): a year better than any before.
_QUALITY_RECORD = r"(?:环境质量|空气质量|水质)[^，。；]{0,30}?(?:历史最佳|历史最好|最好水平|最佳水平)"


# A stock cut with no amount (有序退出过剩产能, 削减行政审批事项): the review's count of the same cut of the same stock
# (退出钢铁产能超过6500万吨) shows it, whatever kinds of the stock it names.
_STOCK_CUT = re.compile(r"(削减|压减|退出|化解|淘汰)[^，。；]{0,12}?(事项|产能|库存|支出)$")


def _stock_cut(goal: _Goal, review: _Review) -> _Evidence | None:
    """A judged cut of a stock: the first review clause that counts the same cut of the same stock, undecided."""
    cut = _STOCK_CUT.search(goal.finding.quote)
    found = None if cut is None else review.counted_by(cut.group(1) + r"[^，。；]{0,12}?" + cut.group(2))
    if cut is None or found is None:
        return None
    return _undecided(goal, review.text, found[0], found[1], 0.5, f"the same cut of {cut.group(2)} counted")


# Projects of a size class (50亿、100亿元重大产业投资项目; 百亿项目, 十亿元以上项目): a judged goal on attracting them
# is shown by the review's count of projects of one of its classes (其中2个百亿项目).
_GOAL_CLASS = re.compile(r"([0-9]+)亿(?=[^，。；]{0,20}项目)")
_REVIEW_CLASS = re.compile(
    r"[0-9一二两三四五六七八九十]+个(?:总投资)?([0-9]+|[十百千])亿元?(?:级|以上)?的?[^，。；]{0,10}?项目"
)
_CLASS_WORDS = {"十": "10", "百": "100", "千": "1000"}


def _size_class(goal: _Goal, review: _Review) -> _Evidence | None:
    """A judged goal on projects of size classes: the first review clause counting projects of one, undecided."""
    found = [review.size_classes[c] for c in _GOAL_CLASS.findall(goal.finding.quote) if c in review.size_classes]
    if not found:
        return None
    start, end = min(found)
    return _undecided(goal, review.text, start, end, 0.5, "projects of the goal's size class counted")


def _quality_figure(goal: _Goal, review: _Review) -> _Evidence | None:
    """A judged state of the environment's quality: the first review clause that gives a percentage of one of the
    figures measuring it (细颗粒物（PM2.5）平均浓度下降9.1%), else one that reports a record of it, undecided."""
    state = _QUALITY_STATE.search(goal.finding.quote) is not None
    found = review.counted_by(_QUALITY_FIGURE.pattern, percent=True) if state else None
    if found is not None:
        return _undecided(goal, review.text, found[0], found[1], 0.5, "a figure measuring the state")
    found = review.record_by(_QUALITY_RECORD) if state else None
    if found is None:
        return None
    return _undecided(goal, review.text, found[0], found[1], 0.5, "a record of the state")


# A judged goal that keeps a level (稳定, 保持): one figure of the year does not show it kept.
_KEEPS = re.compile(r"稳定|保持|守住")


def _act_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A review clause, and when it lists acts (each item five characters or more: 做好第七次全国人口普查、国家脱贫
    攻坚普查) each item; 提高低保、优抚、退休人员基本养老金等标准 lists the parts of one act, no items, and so does a
    clause whose one count stands in its last item."""
    pieces = []
    piece = start
    for index in range(start, end + 1):
        if index == end or text[index] == "、":
            pieces.append((piece, index))
            piece = index + 1
    if len(pieces) < 2 or any(last - first < 5 for first, last in pieces):
        return [(start, end)]
    if _DIGIT.search(text, pieces[-1][0], end) and not _DIGIT.search(text, start, pieces[-1][0]):
        return [(start, end)]  # 新纳入低保、特困供养近600万人: one count of all the items, one act
    lead = zh_act_words(text[pieces[0][0] : pieces[0][1]])
    return pieces if reports_act(lead[:4]) else [(start, end)]  # the verb before the first item governs them all


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


# A performance table's line giving a measure's target and its actual: "Trains on time (per cent): target 92.0,
# actual 90.4", "Cost ($ million): target 6.2; actual 6.35".
_TARGET_ACTUAL = re.compile(
    r"\btarget:?[ \t]+(?P<target>[^\n,;:]{1,30}?)[ \t]*[,;][ \t]*(?:the[ \t]+)?actual:?[ \t]+"
    r"(?P<actual>[^\n,;:]{1,30}?)(?=[ \t]*(?:[.;][ \t]*)?(?:\n|$)|\.[ \t])",
    re.IGNORECASE,
)
_UNIT_NOTE = re.compile(r"\((?P<unit>[^()\n]{1,30})\)[ \t]*:?[ \t]*$")
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


def _numeric_evidence(goal: _Goal, review: _Review) -> _Evidence | None:
    finding, unit, has_baseline, text = goal.finding, goal.unit, goal.has_baseline, review.text
    if finding.kind in ("planned", "at_least", "at_most", "approximately"):
        tabled = _table_evidence(goal, review) or _target_actual(goal, review)
        if tabled is not None:
            return tabled
    kind = finding.kind
    basis = "level"

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
        counted = head_counted(r.figure, text[max(r.start, r.figure.start - 12) : r.figure.start])
        return (
            not (fell or rose)  # "27% below 2019 levels" is the size of a change, no level
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
    if goal.trailing:  # the words after the amount name it: they are the evidence too
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
    if figure.qualifier is not Qualifier.EXACT:
        lines.append(f"    qualifier: {figure.qualifier.value}")
    if basis == "change":
        lines.append("    basis: change")
    lines.append(f"    evidence: [{{source: review, quote: {q(quote)}}}]  {MARK} (measure words {q(finding.measure)})")
    return _Evidence(lines, [(begin, begin + len(quote))])


# A capacity to produce (粮食综合生产能力, 能源生产能力, 产能): at least what was produced, so a floor on it is met by
# the output a review gives (粮食产量).
_CAPACITY = re.compile(r"(?:综合)?生产能力$|产能$")
# A figure a change starts from, with the figure it comes to after it: 从60.2%提高到65.2%, "from 10 days to 8.8 days".
_FROM_FIGURE = re.compile(r"(?:从|由|(?i:\bfrom\s+))$")
_TO_FIGURE = re.compile(
    r"[^，。；,;0-9]{0,6}?(?:提高|增加|上升|增长|下降|降低|减少|扩大|缩小|提升)?(?:到|至)\s*[0-9]|(?i:\s+to\s+[£$€₹]?[0-9])"
)


# 分别下降5.6%和4%, "fell by 5.6% and 2.4% respectively": figures listed one for each item named before them.
_RESPECTIVE = re.compile(r"分别")
_RESPECTIVE_EN = re.compile(r"\s*respectively\b", re.IGNORECASE)
_RESPECTIVE_NEXT = re.compile(r"\s*(?:和|与|及|、)\s*|\s*,?\s+and\s+|,\s*")
_RESPECTIVE_ITEMS = re.compile(r"、|和|与|及")
_ZH_SCOPE = re.compile(r"^(?:全国|全省|全市|全区|全县|全州|全盟|我国|我省|我市|我区|我县)")
_SENTENCE_END = re.compile(r"[.;](?=\s|$)")
# A goal that sets its one target for each of its items.
_EACH = re.compile(r"分别|\b(?:each|both|respectively)\b", re.IGNORECASE)
# A review's list of years, one figure each (2023年和2024年分别…), and a goal set for every year.
_YEAR_ITEM = re.compile(r"(?:19|20)[0-9]{2}年?")
_EVERY_YEAR = re.compile(r"每年|逐年|年年|(?i:\b(?:each|every) year\b)")
# Rule kinds where the lowest of several items' outcomes decides (all must reach the target), and where the highest.
_FLOOR_KINDS = frozenset({"at_least", "growth", "new_items", "increase_by", "pp_change", "decline"})


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


# A Chinese goal's words before its figure that name only how often and what is done (每年推动1000家以上规模以上工业
# 企业…, 每年安排5亿元…): what is counted is named after the figure.
_ZH_BARE_ACT = re.compile(
    r"(?:每年|逐年|年均|全年)?(?:推动|推进|完成|实现|新增|新建|建设|培育|打造|引进|安排|支持|帮助|组织|开展)"
)


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


def _figures_after(text: str, at: int, end: int, unit: str) -> list[Figure]:
    """The figures of one unit joined by 和/、/and to the one ending at `at` (within end), placed in text: the window
    is read once."""
    found: list[Figure] = []
    for figure in read_figures(text[at:end]):
        start = at + figure.start
        if figure.unit != unit or not _RESPECTIVE_NEXT.fullmatch(text, found[-1].end if found else at, start):
            break
        found.append(figure._replace(start=start, end=at + figure.end))
    return found


def _respective(text: str, reading: Reading) -> tuple[list[Figure], list[str] | None] | None:
    """A review figure that is the first of several listed one for each item: every figure placed in the review, and
    the items named before a 分别 (None in English, where they are not told apart); None for a figure of its own."""
    figure = reading.figure
    first, last = _clause_span(text, figure.start, figure.end)
    if text[first - 1 : first] == "、" and HAN.search(text, first, figure.end):  # 分别为1.26万吨、| 0.41万吨
        back = max(0, figure.start - 120)
        first = max(text.rfind(stop, back, figure.start) for stop in "，,。；;\n") + 1 or back
    mark = _RESPECTIVE.search(text, first, figure.start)
    if mark is not None:
        # the whole list, from its first figure: a later one (…分别为1.26万吨、0.41万吨) is placed by it too
        lead = next((f for f in read_figures(text[mark.end() : figure.end]) if f.unit == figure.unit), None)
        if lead is None:
            return None
        head = lead._replace(start=mark.end() + lead.start, end=mark.end() + lead.end)
        every = [head, *_figures_after(text, head.end, last, figure.unit)]
        if len(every) < 2 or all(f.start != figure.start for f in every):
            return None
        named = _ZH_SCOPE.sub("", measure_words(text[first : mark.start()]))  # 全市总磷、总氮…: the scope is no item's
        items = [item for item in _RESPECTIVE_ITEMS.split(named) if item]
        return every, items
    if HAN.search(text, first, figure.end):
        return None
    stop = _SENTENCE_END.search(text, figure.end, figure.end + 300)  # "5.6%, 2.4% and 3% respectively": commas
    more = _figures_after(text, figure.end, stop.start() if stop else min(len(text), figure.end + 300), figure.unit)
    if more and _RESPECTIVE_EN.match(text, more[-1].end):
        return [figure, *more], None
    return None


def _respective_value(goal: _Goal, figures: list[Figure], items: list[str] | None) -> Figure | None:
    """The figure of several listed one for each item that is the goal's outcome: the worst of them when the goal sets
    one target for each of the same items (二氧化硫、氮氧化物排放量分别下降3%, "each fall by 3%"); the one of the single
    item a Chinese goal names; else None (items not told apart, or a goal listing targets of its own that the
    review's order may not follow)."""
    finding = goal.finding
    if items is not None and len(items) != len(figures):
        return None
    shares: list[float] = []
    goal_figure = finding.figure
    rest = goal.context[goal_figure.end - finding.start :] if goal_figure is not None and goal.context else ""
    # the goal is one of its own list's items (能耗和二氧化碳排放分别降低14%、19%): the review's item with its head
    # noun is its outcome
    own_item = items is not None and goal.item is not None
    if items is not None and goal.item is not None:
        shares = [1.0 if item.endswith(goal.item[0]) else 0.0 for item in items]
    elif items is not None:
        pairs = [pair_set(item) for item in items]
        own = [p - frozenset().union(*(o for j, o in enumerate(pairs) if j != i)) for i, p in enumerate(pairs)]
        named = pair_set(finding.quote) | pair_set(finding.measure)
        # an item is named by its first words (氨氮 is not 挥发性有机物重点工程减排量, whose tail all items share)
        shares = [
            len(o & named) / len(o) if o and (not HAN.match(item) or item[:2] in named) else 0.0
            for o, item in zip(own, items, strict=True)
        ]
    yearly = bool(items) and all(_YEAR_ITEM.fullmatch(item) for item in items or ())
    yearly = yearly and _EVERY_YEAR.search(finding.quote) is not None
    if (_EACH.search(finding.quote) and not own_item) or yearly:
        # 每年推动1000家以上 against 2023年和2024年分别推动1120家、980家: each year's figure, the worst decides
        if not yearly and (_RESPECTIVE_NEXT.match(rest) or any(share < 0.5 for share in shares)):
            return None
        kind, direction = finding.kind, finding.direction
        if kind == "at_most" or (kind == "approximately" and direction == "ceiling"):
            return max(figures, key=lambda f: f.value)
        if kind in _FLOOR_KINDS or (kind == "approximately" and direction == "floor"):
            return min(figures, key=lambda f: f.value)
        return None
    named_items = [i for i, share in enumerate(shares) if share >= 0.5]
    if not named_items and own_item and goal.place is not None and len(goal.place[0]) == len(items or ()):
        # 高速公路、普通国省道新改建里程分别达到35公里和120公里 against 高速公路、普通国省道分别新改建38公里、112公里:
        # the last item carries the measure's tail; the same items in the same order, each begins the other's
        assert items is not None
        planned, placed_at = goal.place
        if all(a.startswith(b) or b.startswith(a) for a, b in zip(planned, items, strict=True)):
            return figures[placed_at]
    return figures[named_items[0]] if len(named_items) == 1 else None


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


@functools.lru_cache(maxsize=8)
def _review_clauses(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(span for sentence in sentences(text) for span in _clauses_in(text, sentence.start, sentence.end))


def _clauses_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    piece = start
    for index in range(start, end + 1):
        if index == end or text[index] in "，,":
            if index > piece:
                spans.append((piece, index))
            piece = index + 1
    return spans


def _done(text: str, start: int, end: int) -> _Evidence:
    quote = text[start:end].strip()
    lines = ["    status: reported", "    done: true", f"    evidence: [{{source: review, quote: {q(quote)}}}]  {MARK}"]
    return _Evidence(lines, [(start, end)])


def _reports_done(clause: str) -> bool:
    """A clause that reports a thing done (建成, 通车, 举办…), not an honour (被评为), a meeting's name (召开的), nor a
    thing put off or not done (推迟举办, 尚未建成, "was postponed")."""
    if _HONOUR.search(clause) or not_done(clause):
        return False
    return any(clause[m.end() : m.end() + 1] != "的" for m in _DONE.finditer(clause))


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


class _Spans:
    """Disjoint sorted spans (overlapping ones merged): whether a span overlaps any costs a bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end)  # spans starting before `end`; the last may reach `start`
        return index > 0 and self.ends[index - 1] > start

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.starts, start)
        if index > 0 and self.ends[index - 1] >= start:
            index -= 1
            start = self.starts[index]
            end = max(end, self.ends[index])
            del self.starts[index], self.ends[index]
        while index < len(self.starts) and self.starts[index] <= end:
            end = max(end, self.ends[index])
            del self.starts[index], self.ends[index]
        self.starts.insert(index, start)
        self.ends.insert(index, end)


_QUOTED = re.compile(r'(?<=quote: )"(?:[^"\\]|\\.)*"')
_VALUE = re.compile(r'\bvalue: ([-0-9.e+]+)(?:, unit: ("(?:[^"\\]|\\.)*"))?')
_UNIT = re.compile(r'^\s*unit: ("(?:[^"\\]|\\.)*")')


def _line_as_written(line: str, folded: Folded, written: str, value: tuple[float, str | None] | None = None) -> str:
    """A line quoting a folded review (reading.script.fold) with its quotes as the review writes them; "" when a quote
    is not in the folded text or, as written, no longer states the value (value, else the line's own if it has one)."""
    found = _VALUE.search(line)
    if value is None and found is not None:
        value = (float(found.group(1)), json.loads(found.group(2)) or None if found.group(2) else None)
    out, kept = [], 0
    for quoted in _QUOTED.finditer(line):
        quote = json.loads(quoted.group())
        at = folded.text.find(quote)
        if at == -1:
            return ""
        original = written[folded.original(at) : folded.original(at + len(quote) - 1) + 1]
        if value is not None and not _stands(original, *value):
            return ""
        out.append(line[kept : quoted.start()] + q(original))
        kept = quoted.end()
    return "".join(out) + line[kept:]


def _as_written(entry: _Evidence, folded: Folded, written: str) -> _Evidence | None:
    """An entry proposed from a folded review, its quotes as the review writes them (None: one cannot be)."""
    value: tuple[float, str | None] | None = None
    lines = []
    for line in entry.lines:
        found = _VALUE.search(line)
        if found is not None and line.lstrip().startswith("value:"):
            value = (float(found.group(1)), None)
        unit = _UNIT.match(line)
        if unit is not None and value is not None:
            value = (value[0], json.loads(unit.group(1)) or None)
        mapped = _line_as_written(line, folded, written, value) if "quote: " in line else line
        if not mapped:
            return None
        lines.append(mapped)
    return entry._replace(lines=lines)  # its spans stay the folded text's, where the review is read


def _one_line(quote: str) -> str:
    """A goal's quote as validate takes it: no line break (a list's lead-in "\\nWe will:" is "We will:")."""
    lines = [line.strip() for line in quote.splitlines() if line.strip()]
    return max(lines, key=len) if lines else quote.strip()


def _untracked(review: Document, pool: list[Reading], used: list[tuple[int, int]], goal_ids: set[str]) -> list[str]:
    """Review figures that no goal's proposed evidence quotes, as untracked outcomes."""
    taken = _Spans(used)
    text = review.text
    quoted = {text[start:end] for start, end in used}
    found: list[tuple[Figure, str, str]] = []
    for reading in pool:
        figure = reading.figure
        if not figure.unit or figure.kind not in (Kind.NUMBER, Kind.ORDINAL, Kind.MULTIPLE):
            continue
        if figure.qualifier is not Qualifier.EXACT:
            continue  # an untracked outcome has no qualifier to say "10余个" with
        if taken.overlaps(reading.start, reading.end):
            continue  # the verify stage refuses an outcome quote inside (or around) an evidence quote
        quote = text[reading.start : reading.end]
        unit = "位" if figure.kind is Kind.ORDINAL and figure.unit in ("", "位", "名") else figure.unit
        if len(quote) < 2 or quote in quoted or not _stands(quote, figure.value, unit):
            continue  # the same words elsewhere in the review are that goal's evidence to verify, too
        taken.add(reading.start, reading.end)
        found.append((figure, unit, quote))
    evidence = dict.fromkeys((("review", quote) for quote in quoted), "")
    pairwise = len(quoted) * len(found) <= PAIRWISE_LIMIT  # as verify decides it for the file drafted here
    found = [f for f in found if evidence_owner(evidence, "review", f[2], pairwise) is None]
    lines: list[str] = []
    for count, (figure, unit, quote) in enumerate(found, 1):
        ident = f"u{count:02d}-{_slug(_n(figure.value), '0')}"
        while ident in goal_ids:
            ident += "-u"
        lines.append(
            f"  - {{id: {ident}, title: {q(_short(quote))}, value: {_n(figure.value)}, unit: {q(unit)}, "
            f"source: review, quote: {q(quote)}}}  {MARK}"
        )
    return lines
