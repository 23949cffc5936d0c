"""Drafting targets and actuals from documents: scan findings become goals with their kinds, levels, titles, ids."""

from __future__ import annotations

import bisect
import itertools
import os
import re
from collections.abc import Sequence

from planaudit.drafting.common import (
    _CUMULATIVE_ONLY,
    _LATIN,
    MARK,
    Document,
    Draft,
    _Baseline,
    _clause_span,
    _Evidence,
    _Goal,
    _line_of,
    _lines,
    _more,
    _n,
    _short,
    _slug,
    clean,
    q,
)
from planaudit.drafting.deeds import _counts_now, _due_month, _more_than_now
from planaudit.drafting.evidence import (
    _YEAR_IN,
    _evidence,
    _one_figure_each,
    _one_goal_each,
    _own_item,
    _own_place,
    _strength,
    _zh_named_before,
)
from planaudit.drafting.review import _report_dates, _Review
from planaudit.drafting.write import (
    _as_written,
    _first_line,
    _fraction,
    _goal_slug,
    _line_as_written,
    _one_line,
    _relative,
    _rule,
    _sections,
    _untracked,
)
from planaudit.drafting.years import (
    _LATER_STAGE,
    _REVIEWED_YEAR,
    _baselines,
    _clause_of,
    _due_later,
    _every_year,
    _goal_due,
    _latest_reported,
    _over_years,
    _pace,
    _pace_why,
    _plan_base,
    _reported_until,
    _review_years,
    _row_base,
    _since_base,
    _source_id,
    _trajectory,
    _without_bases,
    clause_due,
)
from planaudit.reading.clauses import en_whose, zh_whose
from planaudit.reading.horizon import plan_horizon, total_over_span, year_flow_only
from planaudit.reading.lazyre import HAN
from planaudit.reading.matching import another_thing, is_counter, measure_words, pair_set, same_words, terms
from planaudit.reading.nicknames import named_unit, nicknames
from planaudit.reading.periods import parse_period, reported_period
from planaudit.reading.restated import restatements
from planaudit.reading.scan import Finding, Span, headings, plan_period, scan, sentences
from planaudit.reading.script import fold
from planaudit.reading.sections import Sections
from planaudit.reading.tables import indicators
from planaudit.reading.units import PERCENT

_ADDING = re.compile(r"引进|新建|新培育|培育|新增|(?i:\b(?:add|attract|new)\w*)")
_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")
# How far back and on a goal's paragraph may name the scheme it speaks of by its abbreviation.
ACRONYM_REACH = 2000


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
    # the policy: a figure is a goal where the plan's own body governs it; another's act, rule or forecast, a part of a
    # sum, a norm: a note for the reviewer at the end of targets.yaml
    plan_spans = sentences(plan.text)
    findings, notes = _own_figures(plan.text, findings, plan_spans)
    if not findings:
        from planaudit.errors import UsageError

        why = f" ({len(notes)} figures of others' acts, rules or forecasts only)" if notes else ""
        raise UsageError(f"{plan.path}: no target-like phrase found (numbers with units, milestones, named items){why}")
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
    if notes:
        t.append(
            f"# Not drafted: {len(notes)} figures the plan states that its own body does not pledge (another body's "
            "act or rule, a forecast or vision, a part of a sum, a norm). Add one under goals: if the plan pledges it."
        )
        t.extend(f"#   - {q(_one_line(quote))} ({why}), in: {q(_one_line(said))}" for quote, said, why in notes)
    t.append("")

    a: list[str] = [
        "# yaml-language-server: $schema=schemas/actuals.schema.json",
        "# Drafted by planaudit draft: proposed evidence and silences; every '" + MARK + "' is a guess to confirm.",
        "",
        f"plan: {q(plan_id)}",
    ]
    plan_sentences = plan_spans if every_review else []
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
                 untracked_count, marks, ledger_years, len(notes))  # fmt: skip


_TIMESPAN = re.compile(r"(?:years?|months?|weeks?|days?|decades?)")
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]*\b")
_BOUND_WORDS = re.compile(r"(?:[A-Za-z]+\s+)*")
_WHOSE_REACH = 240
_TITLE_REACH = 400
_NOTE_REACH = 100  # characters of a note's sentence each side of its figure


def _title_lines(text: str) -> list[str]:
    """A plan's title lines, whose names are its own body: its first lines, to the first blank line (at most 6)."""
    lines: list[str] = []
    for line in itertools.islice(_lines(text), 40):
        if not line.strip() and lines:
            break
        if line.strip():
            lines.append(line)
        if len(lines) == 6:
            break
    return lines


def _own_figures(
    text: str, findings: list[Finding], spans: list[Span]
) -> tuple[list[Finding], list[tuple[str, str, str]]]:
    """The findings the plan's own body governs, and the others' quotes and sentences with why each is not a goal
    (reading.clauses: whose act, rule, forecast or sum a figure belongs to, read in its sentence)."""
    starts = [span.start for span in spans]
    title = "\n".join(_title_lines(text))[:_TITLE_REACH]  # a plan on one line has no title line of its own
    common = frozenset(_LOWER_WORD.findall(text)) if _LATIN.search(text) else frozenset()
    kept: list[Finding] = []
    notes: list[tuple[str, str, str]] = []
    for finding in findings:
        figure = finding.figure
        at, end = (figure.start, figure.end) if figure is not None else (finding.end, finding.end)
        index = bisect.bisect_right(starts, finding.start) - 1
        first, last = (spans[index].start, spans[index].end) if index >= 0 else (finding.start, finding.end)
        # a window of the sentence around the figure: a subject and its verb are near it, and a sentence of many
        # figures is read in linear time
        first = max(min(first, finding.start), at - _WHOSE_REACH)
        last = min(last, end + _WHOSE_REACH)
        if HAN.search(text, max(first, at - 40), min(max(last, end), end + 40)):  # the figure's own language
            why = zh_whose(text[first:end], text[end : max(last, end)], title)
        else:
            timespan = figure is not None and _TIMESPAN.fullmatch(figure.unit or "") is not None
            words = _BOUND_WORDS.match(figure.text) if figure is not None else None  # "up to" read in the figure
            bound = words.end() if words is not None else 0
            why = en_whose(text[first : at + bound], text[end : max(last, end)], title, common, timespan)
        if why is None:
            kept.append(finding)
        else:  # the figure in its sentence, for the reviewer to read
            begin, stop = max(first, min(finding.start, at) - _NOTE_REACH), min(max(last, end), end + _NOTE_REACH)
            excerpt = text[begin:stop].strip()
            sentence = ("…" if begin > first else "") + excerpt + ("…" if stop < last else "")
            notes.append((finding.quote, sentence, why))
    return kept, notes


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


_SPENT = terms("spent spending expenditure")
_MONEY_ACTS = terms("invest invests investing investment spend spends spent spending expenditure lend lending grant")
_PART_LEAD = re.compile(r"\W*(?:including|of which|of this|of that|within (?:this|that|it))\b", re.IGNORECASE)


_REVIEW_SOURCE = re.compile(r"(?<=[{ ])source: review,")


# A goal's object that refers back to a thing named before: "will adopt the same model", "follow such an approach".
_SAME_THING = re.compile(r"\b(?:the same|such an?|such)\s+[a-z]+\s*$", re.IGNORECASE)


# A Chinese goal's words before its figure that name only how often and what is done (每年推动1000家以上规模以上工业
# 企业…, 每年安排5亿元…): what is counted is named after the figure.
_ZH_BARE_ACT = re.compile(
    r"(?:每年|逐年|年均|全年)?(?:推动|推进|完成|实现|新增|新建|建设|培育|打造|引进|安排|支持|帮助|组织|开展)"
)
