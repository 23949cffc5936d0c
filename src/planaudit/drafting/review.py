"""The review's reading for evidence: its clauses, deeds, dates and figures, indexed once per review."""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Callable

from planaudit.drafting.common import _LATIN, WORD_MATCH, _clause_span, _context, _Goal
from planaudit.reading.figures import Figure, Kind, read_figures
from planaudit.reading.lazyre import HAN
from planaudit.reading.matching import (
    DEED_VERBS,
    LATIN_STOP,
    MATCH_SHARE,
    MEASURE_SHARE,
    Echoes,
    Weights,
    act_looks_ahead,
    acts_in,
    aims,
    compound_modifiers,
    estimates_only,
    item_reports_deed,
    list_item,
    looks_ahead,
    match_score,
    measure_words,
    names_measure,
    not_done,
    other_side,
    own_terms,
    pair_set,
    part_of_period,
    period_fits,
    reports_act,
    reports_deed,
    same_words,
    serves,
    share_threshold,
    short_form_in,
    stem,
    terms,
    threshold_key,
    thresholds_of,
    told_up_to,
    wider_scope,
    without_base_years,
    without_number,
    years_back,
    years_named,
    zh_act_words,
    zh_estimates_only,
)
from planaudit.reading.periods import Span as Period
from planaudit.reading.postings import Postings, heavy_terms, share_needed
from planaudit.reading.scan import Reading, readings, sentences, sets_policy
from planaudit.reading.sections import Sections, heading_lines, without_label
from planaudit.reading.tables import rows as table_rows
from planaudit.reading.units import EN_MONTHS, PERCENT, head_noun, split_unit

_DONE = re.compile(
    r"建成|开工|竣工|投产|通车|开学|启用|投用|举办|召开|开业|完成|提升|落成|运行|上线|揭牌|挂牌"
    r"|(?i:\b(?:held|opened|completed|built|launched|finished|started)\b)"
)
_HONOUR = re.compile(r"被评为|荣获|获评|入选|荣膺")
# A milestone is also reported done by the verb that set it (实现大病保险全覆盖, 建立直达机制, 重大工程深入实施)…
_DONE_ACT = re.compile(r"实现|建立|开展|实施")
# …but not by a claim of progress towards it (决胜全面建成小康社会取得决定性成就, 推动…取得新的重要进展).
_PROGRESS = re.compile(r"取得[^，。；]{0,8}(?:进展|成就|成效|突破)|决胜|推动|迈出|迈进|(?i:\bprogress\b)")
# 推动…协定签署/生效实施: an agreement pushed to its signing or entry into force, the act reported (not progress).
_AGREED = re.compile(r"推动(?=[^，。；]{2,30}?(?:协定|协议|条约)(?:正式)?(?:签署|生效))")
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
# A level of time told as an average or a total ("in an average of 27 days", "a median of 84 days"): no span.
_AVERAGE_OF = re.compile(r"\b(?:average|mean|median|total)\s+of\s+$", re.IGNORECASE)
# A bracketed note: 　（最终数据以…2025年…为准）, "(2023: 43.1%)".
_ASIDE_AFTER = re.compile(r"（[^（）]{0,80}）|\([^()]{0,80}\)")
# The standard a result is measured against ("spent £411.9 million against a budget of £412.8 million", "against 5
# lakh farm ponds, about 10 lakh …", "against the OECD average of 0.92 cents"): a target or comparator, no outcome.
_AGAINST = re.compile(
    r"\bagainst\s+(?:(?:a|an|the|our|its|their)\s+)?(?:(?:[A-Za-z-]+\s+){0,3}(?:target|budget|estimate|plan|forecast"
    r"|provision|allocation|baseline|benchmark|average|expectation)s?(?:\s+[A-Za-z-]+)?\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


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
        self.years_back: set[tuple[int, int]] = set()
        self.estimated: set[tuple[int, int]] = set()
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
            if (
                back >= 0
                and self.all[back].figure.start >= sentence.start
                and self._span_of_time(self.all[back].figure)
            ):
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
            # a bracketed note after a figure dates its source or a comparative ("(2023: 43.1%)", （以2025年公报为准）)
            named = (
                years_named(without_base_years(_ASIDE_AFTER.sub(" ", after)))[:1]
                or years_named(without_base_years(before))[-1:]
            )
            if not named and sentence.start < first:  # "For 2017-18, I have provided…": bounded, a sentence may be long
                named = years_named(without_base_years(text[max(sentence.start, first - 120) : first]))[-1:]
            told = named and period is not None  # a year named in the sentence, not a heading's
            named = named or self.year_at(figure.start)
            key = (reading.start, reading.end)
            # the figure before in its sentence: a span named before that one is that one's ("in the first half,
            # 18 miles, and 40 miles over the year")
            previous_end = self.all[index - 1].figure.end if index and self.all[index - 1].figure.end <= first else 0
            estimated = False
            digit = next((i for i in range(figure.start, figure.end) if text[i].isdigit()), figure.start)
            if (
                period_fits(named, period)
                and (
                    not looks_ahead(text[first:last])
                    or (bool(told) and estimates_only(text[first:last]))
                    or (estimated := zh_estimates_only(_ASIDE_AFTER.sub("", text[first:last])))
                )
                and not told_up_to(text[max(sentence.start, first - 120) : last], period)
                and not part_of_period(text[max(sentence.start, first - 120, previous_end) : last])
                and not _PLANS_ON.search(text, max(sentence.start, first - 120), first)
                and not _BUDGET_ESTIMATE.search(before + after)
                and not echoes.repeats(text[max(0, digit - 80) : digit], text[digit : max(digit, last)])
                and not share_threshold(text, first, figure)  # "94% … within 30 minutes": the share's threshold
                and not _AGAINST.search(text, max(first, figure.start - 80), figure.start)
            ):
                if estimated:
                    self.estimated.add(key)  # 预计达到2.41%: an estimate, taken when nothing else names the measure
                if years_back(text[max(sentence.start, first - 120, previous_end) : last], period):
                    self.years_back.add(key)  # "since 2019", 三年来: a total over years, for a goal over years only
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
                + f" {inside} {head_noun(figure.unit)} {after}"  # the unit by its head, as before it held modifiers
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
            and not _AVERAGE_OF.search(self.text, max(0, figure.start - 24), figure.start)  # "an average of 27 days"
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
    def shares_within(self) -> dict[tuple[float, str], list[tuple[int, int]]]:
        """The clauses of the results that are shares counted within a span of time ("94% of calls were answered
        within 30 minutes"), by that span (matching.threshold_key), read once per review."""
        found: dict[tuple[float, str], list[tuple[int, int]]] = {}
        text = self.text
        for reading in self.pool:  # a result, not a restated target ("Our target was to see 92% … within four hours")
            if reading.figure.unit != PERCENT:
                continue
            first, last = _clause_span(text, reading.figure.start, reading.figure.end)
            for span in thresholds_of(text, reading.figure.end, last):
                found.setdefault(threshold_key(span), []).append((first, last))
        return found

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
        measure = _AVERAGE_TAIL.sub("", same_words(without_number(goal.finding.measure)))
        wanted = pair_set(measure)
        # 完成12家钢铁企业超低排放改造: the measure named after the amount, which a review names either side of its
        # figure (全省完成10家钢铁企业超低排放改造, 全年开工26个项目 for 等28个项目开工建设)
        named_late = not goal.trailing and _named_after(goal)
        trailing = goal.trailing or named_late
        index = review.pool_pairs(goal.trailing)
        later = review.pool_pairs(True) if named_late else None
        cap = min(len(wanted), 6)
        named: dict[tuple[str, bool], bool] = {}  # a review repeating its words is read once
        estimate: tuple[Reading, float] | None = None
        shorts = _short_named(review, index, measure)  # 固投 for 固定资产投资: named by its short form
        needed = share_needed(MATCH_SHARE, len(wanted))
        numbers = {*index.holding(wanted, needed), *shorts, *(later.holding(wanted, needed) if later else ())}
        for number in sorted(numbers):
            short = shorts.get(number)
            pieces = index.pieces[number] if short is None else pair_set(measure)
            if later is not None and short is None:
                pieces = max(pieces, later.pieces[number], key=lambda found: len(wanted & found))
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
            if not said and trailing:  # 980家规模以上工业企业…: the words after name it, as the goal's
                after = text[reading.figure.end : _clause_span(text, reading.figure.start, reading.figure.end)[1]]
                said = len(measure_words(same_words(after))) >= 2 and names_measure(measure, quote, same_words(after))
            if said:
                respective = _respective(text, reading)
                if respective is not None and _respective_value(goal, *respective) is None:
                    continue  # 氮氧化物、挥发性有机物…分别为…: a list whose items are not the goal's
                if (reading.start, reading.end) in review.estimated:
                    if estimate is None or score > estimate[1]:
                        estimate = (reading, score)  # an estimate only when no figure of the measure is told
                    continue
                best = (reading, score)
        return best or estimate
    index = review.pool_terms
    if goal.unit and _DURATION.fullmatch(goal.unit.lower()):  # a goal in days is judged on the review's durations
        index, pool = review.timed_terms, review.timed_pool
    scores: dict[frozenset[str], float] = {}
    timely = False  # best stands in a report that dates it by the goal's due (_Review.in_time)
    covered: frozenset[str] = frozenset()  # the goal's words best's phrase names
    own = _own_measure(goal)
    owned = 0  # how many of the goal's own measure words best's phrase names
    for number in index.holding_any(heavy_terms(goal.words, review.weights, WORD_MATCH)):
        found = index.pieces[number]
        known = scores.get(found)
        score = known if known is not None else scores.setdefault(found, _measure_score(goal, own, found, review))
        if score < WORD_MATCH:
            continue
        on_time = review.in_time(goal.month, pool[number].start)
        shared = goal.words & found
        hits = len(own & found)
        # a phrase naming more of the goal's own measure words (the noun phrase at its figure) beats one naming fewer
        # ("Revenue was £219.6 million" for "revenue of £212 million and EBITDA of £94 million"); then one naming
        # more of the goal's words beats one naming fewer of them, whatever their lengths ("2,050 new international
        # students" for "recruit 2,400 new international students", not "paid out … to 4,100 students")
        wider = best is not None and on_time == timely and hits == owned and (shared > covered or shared < covered)
        if best is None:
            better = True
        elif on_time == timely and hits != owned:
            better = hits > owned
        else:
            better = shared > covered if wider else (on_time, score) > (timely, best[1])
        if (
            better
            and option(pool[number])
            and not other_side(goal.clause or goal.finding.quote, _named_by(review, pool[number]))
            and not wider_scope(goal.clause or goal.finding.quote, review.text, pool[number].figure.start, review.title)
        ):
            best, timely, covered, owned = (pool[number], score), on_time, shared, hits
    return best


_COUNTED_NOUN = re.compile(r"[A-Za-z][A-Za-z' -]*")


def _named_after(goal: _Goal) -> bool:
    """Chinese: whether a goal's measure is named after its amount (完成12家钢铁企业超低排放改造: what was done to
    how many), so a review names it after its figure too."""
    figure, quote, measure = goal.finding.figure, goal.finding.quote, goal.finding.measure
    if figure is None or len(measure) < 2 or figure.start < goal.finding.start:
        return False
    return quote.find(measure, figure.end - goal.finding.start) != -1


def _own_measure(goal: _Goal) -> frozenset[str]:
    """An English goal's own measure words (matching.own_terms) of its clause's words; none when its figure is not
    found in its clause."""
    figure, quote = goal.finding.figure, goal.finding.quote
    at = goal.clause.find(quote) if figure is not None and goal.clause else -1
    if figure is None or at == -1 or not figure.start >= goal.finding.start:
        return frozenset()
    start = at + figure.start - goal.finding.start
    own = own_terms(goal.clause, start, start + figure.end - figure.start)
    base = split_unit(goal.unit or "").base
    if _COUNTED_NOUN.fullmatch(base):  # "8.1 million passengers": the things counted name the measure too
        own |= terms(base)  # (a share's or a sum's unit, "% of GDP", names no measure of its own)
    return own & goal.words


def _measure_score(goal: _Goal, own: frozenset[str], found: frozenset[str], review: _Review) -> float:
    """match_score of a review phrase for a goal, or where higher, the same share of the phrase's words in the goal's
    clause times the root of the share of the goal's own measure words it names (a clause naming two measures, or
    its reasons and hedges, says more than the measure: "On that basis we expect to handle around 8.1 million
    passengers and about 64,000 air transport movements" is named by "handled 8.05 million passengers")."""
    score = match_score(goal.words, found, review.weights)
    named = own & found
    if not named:
        return score
    weights = review.weights
    precision = weights.sum(goal.words & found) / weights.sum(found)
    if precision < MEASURE_SHARE:
        return score
    return max(score, precision * math.sqrt(weights.sum(named) / weights.sum(own)))


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


# An English report's date on a line of its own ("October 2013" under "Quarterly Progress Report").
_DATE_LINE = re.compile(r"^[ \t]*([A-Z][a-z]{2,8})[ \t]+((?:19|20)[0-9]{2})[ \t]*$", re.MULTILINE)
_FULL_MONTHS = frozenset(name for name in EN_MONTHS if len(name) > 4 or name in ("may", "june", "july"))


# 在…的基础上: what a result stands on, done before.
_GROUNDS = re.compile(r"^在[^，。；]*基础上$")
# A Chinese clause longer than this is no one act (a text without punctuation): no act evidence is sought in it.
ACT_CLAUSE = 300
# A character pair in more acts than this is too common to find a goal's act by (a bounded cost per goal).
ACT_POSTINGS = 40
DEED_RARE = 0.01
DEED_RARE_COUNT = 4


def _report_dates(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Where each report of a dated series starts (its date line, "April 2013") and its (year, month), in order."""
    dates = [(m.start(), month) for m in _DATE_LINE.finditer(text) if (month := _month_of(m)) is not None]
    return [start for start, _ in dates], [month for _, month in dates]


def _month_of(found: re.Match[str]) -> tuple[int, int] | None:
    """The (year, month) of a report's date line (_DATE_LINE), or None when its first word is no month."""
    month = EN_MONTHS.get(found.group(1).lower())
    return (int(found.group(2)), month) if month is not None and found.group(1).lower() in _FULL_MONTHS else None


_IN_STAGE = re.compile(
    r"(?<![0-9.,])\b([0-9]{1,4})\s+(?:[a-z]+\s+)?(?:were|are|was|is|had been|have been)\s+(?:now\s+|already\s+)?"
    r"(?:in|at|into)\s+(?:the\s+)?(?:public\s+|private\s+)?([a-z]{3,})\b",
    re.IGNORECASE,
)


# A sentence giving an example of the one before it; a second example joined to the first.
_EXAMPLE = re.compile(r"[ \t]*(?:for example|for instance|e\.g\.)\s*,?\s*", re.IGNORECASE)
# A report's lead-in of help given ("GDS has helped by:", "We have supported departments by:") and a goal of help
# ("Cabinet Office will support improved digital capability across departments"), with what it helps to.
_HELPED = re.compile(r"\b(?:has|have)\s+(?:(?:also|now|already)\s+)?(?:helped|supported)\b[^:]{0,80}:\s*$", re.I)


# A goal to improve something (its clause's verb) and a deed reporting an improvement.
_IMPROVE = re.compile(r"\bimprov(?:e|es|ed|ing|ements?)\b", re.IGNORECASE)


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


_REVIEW_CLASS = re.compile(
    r"[0-9一二两三四五六七八九十]+个(?:总投资)?([0-9]+|[十百千])亿元?(?:级|以上)?的?[^，。；]{0,10}?项目"
)
_CLASS_WORDS = {"十": "10", "百": "100", "千": "1000"}


# A performance table's line giving a measure's target and its actual: "Trains on time (per cent): target 92.0,
# actual 90.4", "Cost ($ million): target 6.2; actual 6.35".
_TARGET_ACTUAL = re.compile(
    r"\btarget:?[ \t]+(?P<target>[^\n,;:]{1,30}?)[ \t]*[,;][ \t]*(?:the[ \t]+)?actual:?[ \t]+"
    r"(?P<actual>[^\n,;:]{1,30}?)(?=[ \t]*(?:[.;][ \t]*)?(?:\n|$)|\.[ \t])",
    re.IGNORECASE,
)
_UNIT_NOTE = re.compile(r"\((?P<unit>[^()\n]{1,30})\)[ \t]*:?[ \t]*$")


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


@functools.lru_cache(maxsize=8)
def _review_clauses(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(span for sentence in sentences(text) for span in _clauses_in(text, sentence.start, sentence.end))


def _clauses_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    piece = start
    for index in range(start, end + 1):
        if index == end or text[index] == "，" or (text[index] == "," and not _in_number(text, index)):
            if index > piece:
                spans.append((piece, index))
            piece = index + 1
    return spans


def _in_number(text: str, index: int) -> bool:
    """Whether the comma at index groups a number's digits ("12,350"), no clause's end."""
    return 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()


def _reports_done(clause: str) -> bool:
    """A clause that reports a thing done (建成, 通车, 举办…), not an honour (被评为), a meeting's name (召开的), nor a
    thing put off or not done (推迟举办, 尚未建成, "was postponed")."""
    if _HONOUR.search(clause) or not_done(clause):
        return False
    return any(clause[m.end() : m.end() + 1] != "的" for m in _DONE.finditer(clause))
