"""Verification: references between the files, units, rule fields and every quote against its source document."""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable
from typing import NamedTuple

from planaudit import yamlsafe
from planaudit.errors import MAX_PROBLEMS, InputError, Problem
from planaudit.loader import Document, Loc, Parsed
from planaudit.models import Actuals, Goal, Reported, Targets
from planaudit.quotes import QuoteIndex
from planaudit.rules import RULES

SUGGESTIONS = 10
_PAIRWISE_LIMIT = 4_000_000  # evidence quotes × untracked outcomes compared for containment


class Counts(NamedTuple):
    """How much the verify stage checked against the documents."""

    quotes: int = 0
    numbers: int = 0


class Audit(NamedTuple):
    """Everything the engine needs, checked: models, where each goal is written, and the source texts."""

    targets: Targets
    actuals: Actuals
    targets_path: str
    actuals_path: str
    goal_lines: dict[str, int]
    actuals_doc: Document
    counts: Counts = Counts()


def goal_lines(targets: Targets, document: Document) -> dict[str, int]:
    """The line of each goal in the targets file, for annotations that point at it."""
    lines: dict[str, int] = {}
    for goal, line in zip(targets.goals, document.item_lines, strict=False):
        lines.setdefault(goal.id, line)
    return lines


def verify(parsed: Parsed) -> Audit:
    """Cross-check both files and their sources; raise InputError with every problem found."""
    targets, tdoc, actuals, adoc = parsed
    checker = _CrossCheck(targets, tdoc, actuals, adoc)
    with yamlsafe.gc_paused():
        checker.run()
    if checker.problems:
        raise InputError(checker.problems, checker.more)
    counts = Counts(quotes=checker.quotes_checked, numbers=checker.numbers_checked)
    return Audit(targets, actuals, tdoc.path, adoc.path, goal_lines(targets, tdoc), adoc, counts)


class _CrossCheck:
    """References, units, rule fields and verbatim quotes: what a schema alone cannot say."""

    def __init__(self, targets: Targets, tdoc: Document, actuals: Actuals, adoc: Document) -> None:
        self.targets = targets
        self.tdoc = tdoc
        self.actuals = actuals
        self.adoc = adoc
        self.problems: list[Problem] = []
        self.more = 0
        self.quotes = QuoteIndex()
        self.quotes_checked = 0
        self.numbers_checked = 0

    @property
    def full(self) -> bool:
        return len(self.problems) >= MAX_PROBLEMS

    def problem(self, doc: Document, loc: Loc, message: str, *, key: bool = False) -> None:
        if self.full:
            self.more += 1
        else:
            self.problems.append(Problem(doc.at(loc, key=key), message))

    def unknown(
        self, doc: Document, loc: Loc, what: str, name: str, known: Iterable[str], *, key: bool = False
    ) -> None:
        self.problem(doc, loc, f"unknown {what} '{name}'{self.suggest(name, known)}", key=key)

    def duplicates(self, doc: Document, key: str, ids: list[str]) -> None:
        seen: dict[str, int] = {}
        for index, ident in enumerate(ids):
            if ident in seen:
                first = doc.at((key, seen[ident], "id"))
                self.problem(doc, (key, index, "id"), f"duplicate id '{ident}' (first used at line {first.line})")
            else:
                seen[ident] = index

    def suggest(self, name: str, known: Iterable[str]) -> str:
        """' (did you mean ...?)' for the first few problems; difflib is slow over many candidates."""
        if len(self.problems) >= SUGGESTIONS:
            return ""
        return _suggest(name, known)

    def run(self) -> None:
        self._sources()
        self._targets()
        self._actuals(self.actuals, self.adoc)

    def _sources(self) -> None:
        base = os.path.dirname(self.tdoc.path)
        for source_id, source in self.targets.sources.items():
            path = os.path.join(base, source.path)
            try:
                text = yamlsafe.read_text(path)
            except InputError as exc:
                reason = exc.problems[0]
                where = f" at {reason.location}" if reason.location.line else ""
                self.problem(
                    self.tdoc, ("sources", source_id, "path"),
                    f"source '{source_id}' ({path}){where}: {reason.message}",
                )  # fmt: skip
                continue
            self.quotes.add(source_id, path, text)
        if not any(s.role == "plan" for s in self.targets.sources.values()):
            self.problem(self.tdoc, ("sources",), "no source has role 'plan': goals' quotes need the plan's text")

    def _quote(self, doc: Document, loc: Loc, source_id: str, quote: str) -> None:
        if source_id not in self.targets.sources:
            return  # reported as an unknown source
        if not self.quotes.loaded(source_id):
            return  # reported as an unreadable source
        self.quotes_checked += 1
        if self.quotes.contains(source_id, quote):
            return
        if self.full:
            self.more += 1
            return
        self.problem(doc, loc, self.quotes.mismatch(source_id, quote))

    def _known_source(self, doc: Document, loc: Loc, source_id: str) -> bool:
        if source_id in self.targets.sources:
            return True
        self.unknown(doc, loc, "source", source_id, self.targets.sources)
        return False

    def _targets(self) -> None:
        t, doc = self.targets, self.tdoc
        self.duplicates(doc, "sections", [s.id for s in t.sections])
        self.duplicates(doc, "goals", [g.id for g in t.goals])
        sections = {s.id for s in t.sections}
        plan_sources = [sid for sid, s in t.sources.items() if s.role == "plan"]
        for baseline_id, baseline in t.baselines.items():
            loc: Loc = ("baselines", baseline_id)
            if self._known_source(doc, (*loc, "source"), baseline.source):
                self._quote(doc, (*loc, "quote"), baseline.source, baseline.quote)
            if baseline.alternate is not None:
                self._quote(doc, (*loc, "alternate", "quote"), baseline.source, baseline.alternate.quote)
        for index, goal in enumerate(t.goals):
            loc = ("goals", index)
            if goal.section not in sections:
                self.unknown(doc, (*loc, "section"), "section", goal.section, sections)
            source = goal.source
            if source is None:
                if len(plan_sources) > 1:
                    self.problem(doc, loc, "several sources have role 'plan': name this goal's 'source'")
                source = plan_sources[0] if plan_sources else None
            if source is not None and self._known_source(doc, (*loc, "source"), source):
                self._quote(doc, (*loc, "quote"), source, goal.quote)
            rule = RULES[goal.rule.kind]
            if goal.baseline is None:
                continue
            goal_baseline = t.baselines.get(goal.baseline)
            if goal_baseline is None:
                self.unknown(doc, (*loc, "baseline"), "baseline", goal.baseline, t.baselines)
                continue
            wanted = rule.baseline_unit(goal.rule)
            if rule.needs_baseline and goal_baseline.unit != wanted:
                unit = goal_baseline.unit
                message = f"baseline '{goal.baseline}' is in {unit!r} but this {rule.kind} goal needs {wanted!r}"
                self.problem(doc, (*loc, "baseline"), message)
            if rule.kind == "growth" and goal_baseline.value <= 0:
                self.problem(doc, (*loc, "baseline"), f"baseline '{goal.baseline}' must be above 0 to grow from")

    def _actuals(self, a: Actuals, doc: Document) -> None:
        t = self.targets
        if a.plan != t.plan.id:
            self.problem(doc, ("plan",), f"actuals are for plan '{a.plan}' but the targets are for '{t.plan.id}'")
        goals: dict[str, Goal] = {}
        evidence_quotes: dict[tuple[str, str], str] = {}
        for known in t.goals:
            goals.setdefault(known.id, known)
        for goal_id, actual in a.goals.items():
            loc: Loc = ("goals", goal_id)
            goal = goals.get(goal_id)
            if goal is None:
                self.unknown(doc, loc, "goal", goal_id, goals, key=True)
                continue
            if not isinstance(actual, Reported):
                continue
            rule = RULES[goal.rule.kind]
            for key, message in rule.check(goal.rule, actual):
                self.problem(doc, (*loc, key), message, key=key not in actual.model_fields_set)
            if rule.needs_baseline and actual.basis == "level" and goal.baseline is None:
                self.problem(
                    doc, (*loc, "value"),
                    f"goal '{goal_id}' has no baseline to derive its {rule.kind} from this level: "
                    "give the goal a 'baseline' or report the change itself with 'basis: change'",
                )  # fmt: skip
            for index, evidence in enumerate(actual.evidence):
                eloc = (*loc, "evidence", index)
                if self._known_source(doc, (*eloc, "source"), evidence.source):
                    self._quote(doc, (*eloc, "quote"), evidence.source, evidence.quote)
                evidence_quotes.setdefault((evidence.source, evidence.quote), goal_id)
            if actual.caveat_severity is not None and actual.caveat is None:
                self.problem(doc, (*loc, "caveat_severity"), "'caveat_severity' needs a 'caveat' to qualify")
            if actual.fact is not None and not any(actual.fact in e.quote for e in actual.evidence):
                self.problem(
                    doc, (*loc, "fact"), "the 'fact' must be quoted verbatim from one of this entry's evidence quotes"
                )
        self.duplicates(doc, "untracked", [u.id for u in a.untracked])
        pairwise = len(evidence_quotes) * len(a.untracked) <= _PAIRWISE_LIMIT
        for index, item in enumerate(a.untracked):
            loc = ("untracked", index)
            if item.id in goals:
                self.problem(doc, (*loc, "id"), f"'{item.id}' is a goal: record it under goals, not untracked")
            if self._known_source(doc, (*loc, "source"), item.source):
                self._quote(doc, (*loc, "quote"), item.source, item.quote)
            owner = _evidence_owner(evidence_quotes, item.source, item.quote, pairwise)
            if owner is not None:
                self.problem(
                    doc, (*loc, "quote"),
                    f"this outcome's quote is evidence for goal '{owner}': record it there, not as untracked",
                )  # fmt: skip
            if item.baseline is not None and item.baseline not in t.baselines:
                self.unknown(doc, (*loc, "baseline"), "baseline", item.baseline, t.baselines)


def _evidence_owner(evidence: dict[tuple[str, str], str], source: str, quote: str, pairwise: bool) -> str | None:
    """The goal whose evidence quote is this quote, or contains it, or is contained in it.

    Containment is checked pairwise only for audits of ordinary size, so that a hostile file of
    100,000 untracked outcomes stays linear; exact reuse is always found.
    """
    owner = evidence.get((source, quote))
    if owner is not None or not pairwise:
        return owner
    for (evidence_source, evidence_quote), goal_id in evidence.items():
        if evidence_source == source and (quote in evidence_quote or evidence_quote in quote):
            return goal_id
    return None


def _suggest(name: str, known: Iterable[str]) -> str:
    candidates = list(known)
    if len(candidates) > 5000:  # keep difflib's work bounded: same first letter only
        candidates = [c for c in candidates if c[:1] == name[:1]][:5000]
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
