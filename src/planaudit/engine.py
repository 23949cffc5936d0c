"""The pure rule engine: validated targets and actuals in, a scorecard out (no I/O)."""

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from planaudit.errors import InputError, Location, Problem
from planaudit.models import Actuals, Baseline, Evidence, Goal, LevelDef, Reported, Section, Silent, Targets, Untracked
from planaudit.reading import periods
from planaudit.rules import RULES
from planaudit.rules.base import (
    QUALIFIER_SIGNS,
    QUALIFIER_WORDS,
    SPANS,
    Outcome,
    Verdict,
    clean,
    num,
    signed,
    with_near_miss,
)
from planaudit.scorecard import (
    ConsistencyFinding,
    GoalResult,
    Scorecard,
    Summary,
    UntrackedResult,
    tally,
)

NO_ENTRY_NOTE = "no entry in the actuals file"
OVERFLOW = "its arithmetic overflows (a derived value is not a finite number); check the magnitude of its numbers"
SET_ASIDE_NOTE = "judged verdict set aside (--judged as-unreported)"
RANK_UNITS = frozenset({"位", "名", "rank"})


def evaluate(
    targets: Targets,
    actuals: Actuals,
    *,
    goal_lines: Mapping[str, int] | None = None,
    targets_path: str = "targets.yaml",
    actuals_path: str = "actuals.yaml",
    period: str | None = None,
    earlier: Mapping[int, Actuals] | None = None,
) -> Scorecard:
    """Score every goal; a goal without evidence is unreported, never met.

    period: the review's period (default: the review sources'); earlier: the entries of earlier review years,
    for the goals judged year by year (trajectories).
    """
    fiscal = periods.FISCAL_START.set(targets.settings.fiscal_year_start_month)
    try:
        return _score_all(targets, actuals, goal_lines, targets_path, actuals_path, period, earlier)
    finally:
        periods.FISCAL_START.reset(fiscal)


def _score_all(
    targets: Targets,
    actuals: Actuals,
    goal_lines: Mapping[str, int] | None,
    targets_path: str,
    actuals_path: str,
    period: str | None,
    earlier: Mapping[int, Actuals] | None,
) -> Scorecard:
    sections = {s.id: s for s in targets.sections}
    lines = goal_lines or {}
    period = period or review_period(targets)
    yearly = _Yearly(periods.span_or_year(period).last[0], earlier or {}, targets.settings.trajectory_method)
    by_id = {goal.id: goal for goal in targets.goals}
    near_miss_pct = targets.settings.near_miss_pct
    results_list: list[GoalResult] = []
    # 近 and 约 read with the audit's own spans while its goals are scored.
    spans = SPANS.set((targets.settings.nearly_span_pct / 100, targets.settings.about_span_pct / 100))
    try:
        for goal in targets.goals:
            line = lines.get(goal.id, 0)
            try:
                scored = _score(
                    goal,
                    sections[goal.section],
                    actuals.goals.get(goal.id),
                    targets.baselines,
                    line,
                    near_miss_pct,
                    by_id,
                    yearly,
                )
                results_list.append(_timed(scored, period, targets.plan.period))
            except OverflowError:  # a derived value too large for a float: located at its goal, like a non-finite one
                at = Location(targets_path, line, 1 if line else 0)
                raise InputError([Problem(at, f"goal '{goal.id}': {OVERFLOW}")]) from None
    finally:
        SPANS.reset(spans)
    results = tuple(results_list)
    tolerance = targets.settings.consistency_tolerance_pct
    consistency = _consistency(targets, actuals, tolerance)
    results = _with_findings(results, consistency)
    return Scorecard(
        plan=targets.plan,
        sources=dict(targets.sources),
        results=results,
        summary=summarize(results, targets.sections, targets.levels),
        untracked=tuple(_untracked(item, targets.baselines) for item in actuals.untracked),
        consistency=consistency,
        targets_path=targets_path,
        actuals_path=actuals_path,
        sections=tuple(targets.sections),
        levels=tuple(targets.levels),
    )


def _score(
    goal: Goal,
    section: Section,
    actual: Reported | Silent | None,
    baselines: Mapping[str, Baseline],
    line: int,
    near_miss_pct: float,
    goals: Mapping[str, Goal],
    yearly: "_Yearly",
) -> GoalResult:
    baseline = baselines.get(goal.baseline) if goal.baseline else None
    notes = [goal.note] if goal.note else []
    if baseline is not None and baseline.approximate:
        notes.append(f"baseline {num(baseline.value)}{baseline.unit} is approximate" + _suffix(baseline.note))
    if actual is None:
        notes.append(NO_ENTRY_NOTE)
        return GoalResult(
            goal, section, Outcome(Verdict.UNREPORTED), "missing", (), baseline, None, tuple(notes), None, line
        )
    if isinstance(actual, Silent):
        if actual.note:
            notes.append(actual.note)
        return GoalResult(
            goal, section, Outcome(Verdict.UNREPORTED), "silent", (), baseline, None, tuple(notes), None, line
        )
    rule = RULES[goal.rule.kind]
    # A figure reported for several goals together is scored against their targets' sum (the partners').
    partners = [goals[gid].rule for gid in actual.joint_with or () if gid in goals]
    if getattr(rule, "yearly", False):
        outcome = yearly.judge(rule, goal, actual, baseline)
        if yearly.year >= _field(goal.rule, "target_year", 0):  # a near miss only where the goal is due
            outcome = with_near_miss(outcome, near_miss_pct)
    else:
        outcome = rule.evaluate(goal.rule, actual, baseline, near_miss_pct=near_miss_pct, partners=partners)
    if actual.note:
        notes.append(actual.note)
    return GoalResult(
        goal,
        section,
        outcome,
        "reported",
        tuple(actual.evidence),
        baseline,
        actual.caveat,
        tuple(notes),
        actual.rationale,
        line,
        rule.verdict_basis if _decided(outcome.verdict) else None,
    )


def _decided(verdict: Verdict) -> bool:
    """Whether a verdict was reached: only met and missed rest on a basis; an unreported (partial, undecided) or
    not-due goal has none, whatever its rule would measure."""
    return verdict is Verdict.MET or verdict is Verdict.MISSED


class _Yearly(NamedTuple):
    """What a goal judged year by year needs: the review year, the earlier years' entries, the plan's method."""

    year: int
    earlier: Mapping[int, Actuals]
    method: str

    def judge(self, rule: Any, goal: Goal, actual: Reported, baseline: Baseline | None) -> Outcome:
        entries = {}
        for year, actuals in self.earlier.items():
            entry = actuals.goals.get(goal.id)
            entries[year] = entry if isinstance(entry, Reported) else None
        method = getattr(goal.rule, "method", None) or self.method
        outcome: Outcome = rule.judge_year(goal.rule, actual, baseline, self.year, entries, method)
        return outcome


def _field(rule: Any, name: str, default: Any = None) -> Any:
    """A rule's field, or default for a kind without it (getattr would cost pydantic's __getattr__ an exception)."""
    return rule.__dict__.get(name, default)


def due_of(goal: Goal) -> str | None:
    """When a goal falls due: its own due or long-term horizon, else a trajectory's target year, else None (the
    plan's period)."""
    if goal.due is not None or goal.long_term is not None:
        return goal.due or goal.long_term
    target_year = _field(goal.rule, "target_year")
    return None if target_year is None else str(target_year)


def review_period(targets: Targets) -> str:
    """The period the review covers: its source's `period` (the latest, when several), else the plan's."""
    written = [s.period for s in targets.sources.values() if s.role == "review" and s.period]
    return max(written, key=lambda text: periods.span_or_year(text).last) if written else targets.plan.period


def falls_after(due: str, period: str, plan_period: str | None = None) -> bool:
    """Whether a due date falls after a period: 2019-12 does not fall after 2019, 2019-20 falls after 2018-19;
    a horizon ("next two years") is counted from plan_period (default: period)."""
    plan = periods.span_or_year(plan_period or period)
    span = periods.resolve(due, plan)
    return span is not None and periods.falls_after(span, periods.span_or_year(period))


def _timed(result: GoalResult, period: str, plan_period: str) -> GoalResult:
    """The goal's level resolved, and a goal due after the review's period not due (unless already met)."""
    goal = result.goal
    result = result._replace(level=goal.level or result.section.level or "plain")
    due = due_of(goal)
    if due is None or not falls_after(due, period, plan_period):
        return result
    shown = f"long-term, not due until {due}" if goal.due is None and goal.long_term is not None else f"due {due}"
    if periods.is_relative(due):
        span = periods.resolve(due, periods.span_or_year(plan_period))
        shown += f" ({periods.label(span)})" if span is not None else ""
    if result.verdict is Verdict.MET:
        return result._replace(notes=(*result.notes, f"met early: {shown}"))
    notes = tuple(n for n in result.notes if n != NO_ENTRY_NOTE)
    pace = result.outcome.pace
    if pace is None and _field(goal.rule, "target_year") is not None:
        pace = "unreported"  # a trajectory the review is silent on: its pace is unknown, never on track
    paced = f"; pace: {pace.replace('_', ' ')}" if pace else ""
    return result._replace(
        outcome=result.outcome._replace(verdict=Verdict.NOT_DUE, pace=pace, near_miss=False),
        basis=None,
        notes=(*notes, f"not due: {shown}, after the review's period {period}{paced}"),
    )


def set_aside_judged(scorecard: Scorecard) -> Scorecard:
    """The audit as a skeptical reader sees it: every verdict resting on judgement alone is unreported."""
    results = tuple(_set_aside(r) if r.basis == "judged" else r for r in scorecard.results)
    return scorecard._replace(results=results, summary=summarize(results, list(scorecard.sections), scorecard.levels))


def _set_aside(result: GoalResult) -> GoalResult:
    return result._replace(
        outcome=result.outcome._replace(verdict=Verdict.UNREPORTED),
        basis=None,
        notes=(*result.notes, SET_ASIDE_NOTE),
    )


def _suffix(note: str | None) -> str:
    return f": {note}" if note else ""


def summarize(results: tuple[GoalResult, ...], sections: list[Section], levels: Sequence[LevelDef]) -> Summary:
    per_section: dict[str, list[GoalResult]] = {s.id: [] for s in sections}
    per_level: dict[str, list[GoalResult]] = {level.id: [] for level in levels}
    stretch_goals = stretch_reached = 0
    for result in results:
        per_section[result.section.id].append(result)
        per_level.setdefault(result.level, []).append(result)
        if result.outcome.stretch is not None:
            stretch_goals += 1
            stretch_reached += bool(result.outcome.stretch_reached)
    return Summary(
        overall=tally(results),
        by_section=tuple((s, tally(per_section[s.id])) for s in sections if per_section[s.id]),
        by_level=tuple((level, tally(group)) for level, group in per_level.items() if group),
        # A goal not yet due needs no entry: the review cannot report it yet.
        missing_entries=tuple(r.goal.id for r in results if r.entry == "missing" and r.verdict is not Verdict.NOT_DUE),
        stretch_goals=stretch_goals,
        stretch_reached=stretch_reached,
    )


def _untracked(item: Untracked, baselines: Mapping[str, Baseline]) -> UntrackedResult:
    baseline = baselines.get(item.baseline) if item.baseline else None
    if baseline is None or item.value is None or item.unit != baseline.unit:
        return UntrackedResult(item, baseline, None, None, ())
    change = clean(item.value - baseline.value)
    qualifier = item.qualifier or "exact"
    shown = QUALIFIER_SIGNS[qualifier] + num(item.value)
    bound = f" (the review gives {QUALIFIER_WORDS[qualifier]} {num(item.value)})" if qualifier != "exact" else ""
    if item.unit == "%":
        step = f"{shown} − {num(baseline.value)} = {signed(change)} pp{bound}"
        return UntrackedResult(item, baseline, change, "pp", (step,))
    # A change of rank or a count of places has no meaningful percentage.
    growth = clean((item.value / baseline.value - 1) * 100) if baseline.value and item.unit not in RANK_UNITS else None
    step = f"{shown} − {num(baseline.value)} = {signed(change)}{item.unit}{bound}"
    if growth is not None:
        step += f" ({signed(round(growth, 1))}%)"
    return UntrackedResult(item, baseline, change, item.unit, (step,))


def _with_findings(results: tuple[GoalResult, ...], findings: tuple[ConsistencyFinding, ...]) -> tuple[GoalResult, ...]:
    """Each inconsistent finding becomes a caveat on every goal it touches: its subject, or a goal on its baseline."""
    inconsistent = [f for f in findings if not f.consistent]
    if not inconsistent:
        return results
    on_baseline: dict[str, list[str]] = {}  # goal ids by their baseline: one pass, not findings × goals
    for result in results:
        if result.goal.baseline is not None:
            on_baseline.setdefault(result.goal.baseline, []).append(result.goal.id)
    caveats: dict[str, list[str]] = {}
    for finding in inconsistent:
        text = _finding_caveat(finding)
        for goal_id in dict.fromkeys((finding.subject_id, *on_baseline.get(finding.baseline_id, ()))):
            caveats.setdefault(goal_id, []).append(text)
    return tuple(r._replace(findings=tuple(caveats[r.goal.id])) if r.goal.id in caveats else r for r in results)


def _finding_caveat(finding: ConsistencyFinding) -> str:
    baseline = finding.baseline
    text = (
        f"consistency: the review's {num(finding.level)}{finding.unit} at {signed(finding.growth_pct)}% implies "
        f"a prior-year base of {finding.implied_base:.2f}{finding.unit}, not the baseline "
        f"{num(baseline.value)}{baseline.unit} ('{finding.baseline_id}')"
    )
    if finding.matches_alternate and baseline.alternate is not None:
        text += f"; it matches {baseline.alternate.label} {num(baseline.alternate.value)}{baseline.unit} instead"
    return text


def _consistency(targets: Targets, actuals: Actuals, tolerance: float) -> tuple[ConsistencyFinding, ...]:
    findings: list[ConsistencyFinding] = []
    for goal in targets.goals:
        actual = actuals.goals.get(goal.id)
        if not isinstance(actual, Reported) or actual.basis != "level" or goal.baseline is None:
            continue
        finding = _implied_base(
            goal.id, goal.title, goal.title_en, actual.value, actual.unit, actual.growth_pct,
            goal.baseline, targets.baselines, tolerance, tuple(actual.evidence),
        )  # fmt: skip
        if finding is not None:
            findings.append(finding)
    for item in actuals.untracked:
        if item.baseline is None:
            continue
        finding = _implied_base(
            item.id, item.title, item.title_en, item.value, item.unit, item.growth_pct,
            item.baseline, targets.baselines, tolerance, (Evidence(source=item.source, quote=item.quote),),
        )  # fmt: skip
        if finding is not None:
            findings.append(finding)
    return tuple(findings)


def _implied_base(
    subject_id: str,
    title: str,
    title_en: str | None,
    level: float | None,
    unit: str | None,
    growth_pct: float | None,
    baseline_id: str,
    baselines: Mapping[str, Baseline],
    tolerance: float,
    evidence: tuple[Evidence, ...],
) -> ConsistencyFinding | None:
    baseline = baselines.get(baseline_id)
    if level is None or growth_pct is None or baseline is None or unit != baseline.unit or growth_pct <= -100:
        return None
    implied = level / (1 + growth_pct / 100)
    difference = abs(implied - baseline.value) / baseline.value * 100 if baseline.value else float("inf")
    consistent = difference <= tolerance + 1e-9
    alternate = baseline.alternate
    matches_alternate = (
        not consistent
        and alternate is not None
        and alternate.value != 0
        and abs(implied - alternate.value) / abs(alternate.value) * 100 <= tolerance + 1e-9
    )
    steps = [
        f"{num(level)} ÷ (1 {signed(growth_pct)}%) = {implied:.2f}{unit}",
        f"|{implied:.2f} − {num(baseline.value)}| ÷ {num(baseline.value)} = {difference:.2f}% "
        f"{'≤' if consistent else '>'} {num(tolerance)}%",
    ]
    if matches_alternate and alternate is not None:
        steps.append(f"matches {alternate.label} {num(alternate.value)}{unit} instead")
    return ConsistencyFinding(
        subject_id=subject_id,
        title=title,
        title_en=title_en,
        level=level,
        unit=unit,
        growth_pct=growth_pct,
        implied_base=round(implied, 4),
        baseline_id=baseline_id,
        baseline=baseline,
        difference_pct=round(difference, 4),
        tolerance_pct=tolerance,
        consistent=consistent,
        evidence=evidence,
        matches_alternate=matches_alternate,
        arithmetic=tuple(steps),
    )


def select(scorecard: Scorecard, sections: set[str]) -> Scorecard:
    """The audit narrowed to some sections, with its summary recomputed."""
    results = tuple(r for r in scorecard.results if r.section.id in sections)
    kept = [s for s in scorecard.sections if s.id in sections]
    ids = {r.goal.id for r in results}
    lints = tuple(lint for lint in scorecard.lints if lint.goal_id in ids)
    return scorecard._replace(
        results=results,
        summary=summarize(results, kept, scorecard.levels),
        sections=tuple(kept),
        lints=lints,
    )
