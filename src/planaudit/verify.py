"""Verification: references between the files, units, rule fields and every quote against its source document."""

import bisect
import difflib
import functools
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, NamedTuple

from planaudit import textsafe, yamlsafe
from planaudit.documents import described
from planaudit.errors import MAX_PROBLEMS, InputError, Problem
from planaudit.lints import ACCEPTABLE
from planaudit.loader import Document, Loc, Parsed
from planaudit.models import Actuals, Goal, Reported, Targets
from planaudit.reading.figures import (
    MATCHABLE_KINDS,
    Figure,
    Kind,
    figures_of_quote,
    read_figures,
    stating,
)
from planaudit.reading.lazyre import LazyPattern
from planaudit.reading.quotes import QuoteIndex
from planaudit.reading.units import (
    COUNTERS,
    PERCENT,
    PERCENT_OF_GDP,
    Scaled,
    format_number,
    normalize_unit,
    split_unit,
    with_unit,
)
from planaudit.rules import RULES
from planaudit.rules.base import QUALIFIER_WORDS, TextTarget, issues_of, num, unit_fits

if TYPE_CHECKING:
    from planaudit.doc_coverage import CoverageWorker

SUGGESTIONS = 10
PAIRWISE_LIMIT = 4_000_000  # evidence quotes × untracked outcomes compared for containment


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
    texts: Mapping[str, str] = MappingProxyType({})  # the source documents by id, as read once
    documents: Mapping[str, str] = MappingProxyType({})  # those of them that are plain documents (may be shown)
    targets_text: str = ""  # the targets file as read once (its '# draft: check' marks are counted from it)
    # Hints for document coverage, which empties them once read: where verified quotes start (by source id) and the
    # figures of the quotes whose numbers were looked for (by quote).
    places: dict[str, dict[str, list[int]]] | None = None
    figures: dict[str, tuple[Figure, ...]] | None = None
    coverage: "CoverageWorker | None" = None  # document coverage being read in a second process, if it is


def goal_lines(targets: Targets, document: Document) -> dict[str, int]:
    """The line of each goal in the targets file, for annotations that point at it."""
    lines: dict[str, int] = {}
    for goal, line in zip(targets.goals, document.item_lines, strict=False):
        lines.setdefault(goal.id, line)
    return lines


def verify(
    parsed: Parsed, sources_root: str | None = None, sources_read: Callable[[dict[str, str]], None] | None = None
) -> Audit:
    """Cross-check both files and their sources (each inside `sources_root`, by default the targets
    file's folder); raise InputError with every problem found.

    sources_read: called with the plain documents by source id once every source is read without a problem, before
    the quotes and numbers are checked against them."""
    targets, tdoc, actuals, adoc = parsed.targets, parsed.targets_doc, parsed.actuals, parsed.actuals_doc
    checker = _CrossCheck(targets, tdoc, actuals, adoc, sources_root, parsed.figures)
    with yamlsafe.gc_paused():
        checker.run(sources_read)
    if checker.problems:
        raise InputError(checker.problems, checker.more)
    counts = Counts(quotes=checker.quotes_checked, numbers=checker.numbers_checked)
    lines = goal_lines(targets, tdoc)
    quotes = checker.quotes
    return Audit(
        targets,
        actuals,
        tdoc.path,
        adoc.path,
        lines,
        adoc,
        counts,
        quotes.texts(),
        quotes.documents(),
        tdoc.text,
        quotes.places(),
        checker.figures,
    )


class _CrossCheck:
    """References, units, rule fields and verbatim quotes: what a schema alone cannot say."""

    def __init__(
        self,
        targets: Targets,
        tdoc: Document,
        actuals: Actuals,
        adoc: Document,
        sources_root: str | None = None,
        read_ahead: Mapping[str, tuple[Figure, ...]] | None = None,
    ) -> None:
        self.targets = targets
        self.tdoc = tdoc
        self.actuals = actuals
        self.adoc = adoc
        self.problems: list[Problem] = []
        self.more = 0
        self.quotes = QuoteIndex()
        self.sources_root = sources_root
        self.quotes_checked = 0
        self.numbers_checked = 0
        # The figures of each quote read here for its numbers: document coverage reads the documents and silent goals'
        # measures with them, not reading the same text twice.
        self.figures: dict[str, tuple[Figure, ...]] = {}
        self.read_ahead = read_ahead or {}
        # A number looked up in a quote again is answered from the last few thousand lookups: goals may cite one
        # sentence many times, a few goals apart (bounded, where a table of every lookup grew with the audit).
        self.stated = functools.lru_cache(maxsize=4096)(functools.partial(_stated_in, self.figures))

    @property
    def count(self) -> int:
        """Problems found so far, listed or only counted."""
        return len(self.problems) + self.more

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
        choices = sorted(known) if isinstance(known, (set, frozenset)) else list(known)  # sets: a stable order
        hint = self.suggest(name, choices)
        if not hint and 0 < len(choices) <= 8:
            hint = f"; {what}s are: {', '.join(choices)}"
        self.problem(doc, loc, f"unknown {what} '{name}'{hint}", key=key)

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

    def run(self, sources_read: Callable[[dict[str, str]], None] | None = None) -> None:
        self._sources()
        if sources_read is not None and not self.count:
            sources_read(self.quotes.documents())
        self._targets()
        self._actuals(self.actuals, self.adoc)

    def _sources(self) -> None:
        base = os.path.dirname(self.tdoc.path)
        root = self.sources_root if self.sources_root is not None else base or "."
        reader = yamlsafe.SourceReader()  # each file read once, within a total budget
        for source_id, source in self.targets.sources.items():
            path = os.path.join(base, source.path)
            real = yamlsafe.inside_root(root, base or ".", source.path)
            if real is None:  # never opened
                message = f"source '{source_id}': {yamlsafe.outside_root(self.sources_root)}"
                self.problem(self.tdoc, ("sources", source_id, "path"), message)
                continue
            hidden = yamlsafe.hidden_part(root, base, source.path, real)
            if hidden is not None:  # never opened
                message = (
                    f"source '{source_id}': {textsafe.one_line(hidden)} is hidden or version-control metadata; "
                    "hidden files and folders (.git, .env, …) are never sources"
                )
                self.problem(self.tdoc, ("sources", source_id, "path"), message)
                continue
            try:
                text = reader.read(path, real)
            except InputError as exc:
                reason = exc.problems[0]
                where = f" at {reason.location}" if reason.location.line else ""
                self.problem(
                    self.tdoc, ("sources", source_id, "path"),
                    f"source '{source_id}' ({path}){where}: {reason.message}",
                )  # fmt: skip
                continue
            shown = described(path, real, text)  # a PDF's or web page's quotes are checked against its kept text
            plain = yamlsafe.plain_document(real, text)
            self.quotes.add(source_id, shown, text, key=yamlsafe.file_key(real), plain=plain)
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

    def _number(
        self,
        doc: Document,
        loc: Loc,
        name: str,
        value: float,
        unit: str | None,
        quotes: tuple[str, ...],
        where: str,
        qualifier: str | None = None,
        role: "Role | None" = None,
        named: str = "",
    ) -> None:
        """The number must stand in one of the quotes it cites, in its unit's scale (8亿美元, 八亿美元, 0.8十亿…).

        With qualifier (reported values and measures: "exact" when the data gives none), the figure found must carry
        that qualifier, and a figure the quote qualifies (10余个, 近2万亿) needs the qualifier in the data. Plan
        figures, baselines and untracked outcomes pass None: their quotes may qualify a figure freely.

        With role, a figure whose place in a change the quote states must play that role: an outcome or a target is
        never the figure a change starts from ("from 40% to 55%", 由40%提高到55%, "55%, up from 40%") nor a target the
        outcome is set against; a base is the figure the change starts from where its quote is the plan's or the
        review's, and the level the change reached where it is the baseline document's. With named (the measure's
        title), a term of a sector ratio (二三产业结构比为47.3:52.7) must be the term of the sector the title names.
        """
        self.numbers_checked += 1
        for quote in quotes:
            if quote not in self.figures:
                ahead = self.read_ahead.get(quote)
                self.figures[quote] = figures_of_quote(quote) if ahead is None else ahead
        found = [figure for quote in quotes if (figure := self.stated(quote, value, unit)) is not None]
        if found and role is not None:
            placed = [_in_role(quote, value, unit, self.figures[quote], role, named) for quote in quotes]
            kept = [figure for figure, _ in placed if figure is not None]
            if not kept:
                wrong = next(w for _, w in placed if w is not None)
                self.problem(doc, loc, _role_message(name, value, unit, role, wrong))
                return
            found = kept
        if not found:
            shown = " / ".join(f"“{_excerpt(q)}”" for q in quotes)
            seen = seen_instead(quotes, value, unit)
            message = f"{name} {num(value)}{_unit_text(unit) if unit else ''} does not appear in {where} {shown}"
            self.problem(doc, loc, f"{message}: {seen}" if seen else message)
            return
        if qualifier is None:
            return
        wanted = qualifier
        if any(str(figure.qualifier) == wanted for figure in found):
            return
        figure = found[0]
        said = str(figure.qualifier)
        if said == "exact":
            message = f"the quote states “{figure.text}” with no qualifier: remove 'qualifier: {wanted}'"
        elif wanted == "exact":
            message = f"the quote says “{figure.text}” ({QUALIFIER_WORDS[said]} {num(value)}): add qualifier: {said}"
        else:
            message = f"the quote says “{figure.text}” ({QUALIFIER_WORDS[said]} {num(value)}), not {wanted}"
        self.problem(doc, loc, message)

    def _measures(self, doc: Document, loc: Loc, actual: Reported, quotes: tuple[str, ...]) -> None:
        """Each measure of an all_of or comparison entry: its quotes stand, and its number stands in them."""
        for name, measure in (actual.values or {}).items():
            mloc = (*loc, "values", name)
            own = quotes
            if measure.evidence:
                before = self.count
                for index, evidence in enumerate(measure.evidence):
                    eloc = (*mloc, "evidence", index)
                    if self._known_source(doc, (*eloc, "source"), evidence.source):
                        self._quote(doc, (*eloc, "quote"), evidence.source, evidence.quote)
                if self.count != before:
                    continue
                own = tuple(e.quote for e in measure.evidence)
            where = "its evidence quote" if len(own) == 1 else "any of its evidence quotes"
            level: Role | None = "outcome" if measure.basis == "level" else None
            self._number(
                doc, (*mloc, "value"), "value", measure.value, measure.unit, own, where, measure.qualifier, level
            )

    def _joint(self, doc: Document, loc: Loc, goal_id: str, actual: Reported, goals: dict[str, Goal]) -> None:
        """A combined figure: every partner exists, can be reported jointly, and its entry lists this goal back."""
        goal = goals[goal_id]
        rule = RULES[goal.rule.kind]
        if rule.joint_target(goal.rule) is None:
            self.problem(doc, (*loc, "joint_with"), f"{goal.rule.kind} goals cannot be reported jointly")
            return
        for index, partner_id in enumerate(actual.joint_with or ()):
            ploc = (*loc, "joint_with", index)
            partner = goals.get(partner_id)
            if partner is None or partner_id == goal_id:
                self.unknown(doc, ploc, "goal", partner_id, goals)
                continue
            if RULES[partner.rule.kind].joint_target(partner.rule) is None:
                self.problem(doc, ploc, f"goal '{partner_id}' ({partner.rule.kind}) cannot be reported jointly")
                continue
            other = self.actuals.goals.get(partner_id)
            back = other.joint_with if isinstance(other, Reported) else None
            if not back or goal_id not in back:
                message = f"goal '{partner_id}' must be reported jointly too: its entry needs joint_with: [{goal_id}]"
                self.problem(doc, ploc, message)
            elif isinstance(other, Reported) and (other.value, other.unit) != (actual.value, actual.unit):
                self.problem(doc, ploc, f"goal '{partner_id}' reports a different combined figure")

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
        self.duplicates(doc, "levels", [level.id for level in t.levels])
        levels = [level.id for level in t.levels]
        for index, section in enumerate(t.sections):
            if section.level is not None and section.level not in levels:
                self.unknown(doc, ("sections", index, "level"), "level", section.level, levels)
        section_level = {s.id: s.level for s in t.sections}
        plan_sources = [sid for sid, s in t.sources.items() if s.role == "plan"]
        for index, excluded in enumerate(t.excluded):
            loc: Loc = ("excluded", index)
            if excluded.source is None:
                loaded = [sid for sid in t.sources if self.quotes.loaded(sid)]
                if loaded and not any(self.quotes.contains(sid, excluded.quote) for sid in loaded):
                    self.problem(doc, (*loc, "quote"), "quote not found verbatim in any source document")
            elif self._known_source(doc, (*loc, "source"), excluded.source):
                self._quote(doc, (*loc, "quote"), excluded.source, excluded.quote)
        for baseline_id, baseline in t.baselines.items():
            loc = ("baselines", baseline_id)
            before = self.count
            if self._known_source(doc, (*loc, "source"), baseline.source):
                self._quote(doc, (*loc, "quote"), baseline.source, baseline.quote)
            if self.count == before:
                origin = t.sources.get(baseline.source)
                base_role: Role = "base" if origin is not None and origin.role != "baseline" else "base level"
                self._number(
                    doc, (*loc, "value"), "value", baseline.value, baseline.unit, (baseline.quote,), "its quote",
                    role=base_role, named=f"{baseline.title} {baseline.title_en or ''}",
                )  # fmt: skip
            if baseline.alternate is not None:
                before = self.count
                self._quote(doc, (*loc, "alternate", "quote"), baseline.source, baseline.alternate.quote)
                alternate = baseline.alternate
                where = (*loc, "alternate", "value")
                if self.count == before:
                    self._number(doc, where, "value", alternate.value, baseline.unit, (alternate.quote,), "its quote")
        for index, goal in enumerate(t.goals):
            loc = ("goals", index)
            if goal.section not in sections:
                self.unknown(doc, (*loc, "section"), "section", goal.section, sections)
            if goal.level is not None and goal.level not in levels:
                self.unknown(doc, (*loc, "level"), "level", goal.level, levels)
            elif goal.level is None and section_level.get(goal.section) is None and "plain" not in levels:
                self.problem(doc, loc, "this goal has no level: give it 'level' or its section a default 'level'")
            source = goal.source
            if source is None:
                if len(plan_sources) > 1:
                    self.problem(doc, loc, "several sources have role 'plan': name this goal's 'source'")
                source = plan_sources[0] if plan_sources else None
            before = self.count
            if source is not None and self._known_source(doc, (*loc, "source"), source):
                self._quote(doc, (*loc, "quote"), source, goal.quote)
            rule = RULES[goal.rule.kind]
            for path, name, value, unit in rule.located_figures(goal.rule) if self.count == before else ():
                written = goal.rule.written if isinstance(goal.rule, TextTarget) else None  # no __getattr__ raising
                if name == "target" and _written_in(written, goal.quote, unit):
                    continue  # "one day": the target as written stands in the quote, a number the reader leaves alone
                aim: Role | None = "target" if name in _LEVEL_TARGETS else None
                self._number(doc, (*loc, "rule", *path), name, value, unit, (goal.quote,), "the goal's quote", role=aim)
            if goal.baseline is None:
                continue
            goal_baseline = t.baselines.get(goal.baseline)
            if goal_baseline is None:
                self.unknown(doc, (*loc, "baseline"), "baseline", goal.baseline, t.baselines)
                continue
            wanted = rule.baseline_unit(goal.rule)
            if rule.needs_baseline and not unit_fits(goal_baseline.unit, wanted):
                unit = goal_baseline.unit
                message = f"baseline '{goal.baseline}' is in {unit!r} but this {rule.kind} goal needs {wanted!r}"
                self.problem(doc, (*loc, "baseline"), message)
            if rule.kind in ("growth", "decline") and goal_baseline.value <= 0:
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
            before = self.count
            for key, message in issues_of(rule, goal.rule, actual):
                self.problem(doc, (*loc, key), message, key=key not in actual.model_fields_set)
            if rule.needs_baseline and actual.basis == "level" and goal.baseline is None and actual.undecided is None:
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
            if self.count == before:  # a number is looked for only in quotes that stand, in a unit that fits
                quotes = tuple(e.quote for e in actual.evidence)
                where = "its evidence quote" if len(quotes) == 1 else "any of its evidence quotes"
                if actual.value is not None:
                    unit = None if rule.ordinal else actual.unit
                    qualifier = actual.qualifier or "exact"
                    level: Role | None = "outcome" if actual.basis == "level" else None
                    named = f"{goal.title} {goal.title_en or ''}"
                    self._number(
                        doc, (*loc, "value"), "value", actual.value, unit, quotes, where, qualifier, level, named
                    )
                if actual.less is not None:
                    unit = None if rule.ordinal else actual.unit
                    self._number(doc, (*loc, "less"), "less", actual.less, unit, quotes, where)
                self._measures(doc, loc, actual, quotes)
                if actual.growth_pct is not None:
                    self._number(doc, (*loc, "growth_pct"), "growth_pct", actual.growth_pct, "%", quotes, where)
            if actual.joint_with:
                self._joint(doc, loc, goal_id, actual, goals)
            if actual.caveat_severity is not None and actual.caveat is None:
                self.problem(doc, (*loc, "caveat_severity"), "'caveat_severity' needs a 'caveat' to qualify")
            if actual.fact is not None and not any(actual.fact in e.quote for e in actual.evidence):
                self.problem(
                    doc, (*loc, "fact"), "the 'fact' must be quoted verbatim from one of this entry's evidence quotes"
                )
            for code in actual.accept or {}:
                if code not in ACCEPTABLE:
                    self.problem(
                        doc, (*loc, "accept", code),
                        f"'{code}' is not a lint that can be accepted (those are {', '.join(ACCEPTABLE)})",
                        key=True,
                    )  # fmt: skip
        self.duplicates(doc, "untracked", [u.id for u in a.untracked])
        pairwise = len(evidence_quotes) * len(a.untracked) <= PAIRWISE_LIMIT
        for index, item in enumerate(a.untracked):
            loc = ("untracked", index)
            if item.id in goals:
                self.problem(doc, (*loc, "id"), f"'{item.id}' is a goal: record it under goals, not untracked")
            before = self.count
            if self._known_source(doc, (*loc, "source"), item.source):
                self._quote(doc, (*loc, "quote"), item.source, item.quote)
            if item.value is not None and self.count == before:
                qualifier = item.qualifier or "exact"
                self._number(
                    doc, (*loc, "value"), "value", item.value, item.unit, (item.quote,), "its quote", qualifier,
                    "outcome", f"{item.title} {item.title_en or ''}",
                )  # fmt: skip
            if item.growth_pct is not None and self.count == before:
                self._number(doc, (*loc, "growth_pct"), "growth_pct", item.growth_pct, "%", (item.quote,), "its quote")
            owner = evidence_owner(evidence_quotes, item.source, item.quote, pairwise)
            if owner is not None:
                self.problem(
                    doc, (*loc, "quote"),
                    f"this outcome's quote is evidence for goal '{owner}': record it there, not as untracked",
                )  # fmt: skip
            if item.baseline is not None and item.baseline not in t.baselines:
                self.unknown(doc, (*loc, "baseline"), "baseline", item.baseline, t.baselines)


Role = Literal["outcome", "target", "base", "base level"]
Side = Literal["before", "after", "current", "target", ""]
_LEVEL_TARGETS = frozenset({"target", "stretch"})  # a rule's figures that are levels the plan aims at
# The sides a figure of each role may not stand on: an outcome or target is never where a change starts nor the target
# an outcome is set against; a base from the plan's or review's words is never where the change ends, and a base
# level from the baseline document never where it starts.
_WRONG_SIDES: dict[str, frozenset[str]] = {
    "outcome": frozenset({"before", "target"}),
    "target": frozenset({"before", "current"}),
    "base": frozenset({"after", "target"}),
    "base level": frozenset({"before", "target"}),
}
_CHANGE_WORDS = (
    r"up|down|rose|risen|rising|rises|fell|fallen|falling|falls|increased|increasing|increases|increase|decreased|"
    r"decreasing|decreases|decrease|grew|grown|growing|grows|climbed|climbing|dropped|dropping|drop|declined|declining|"
    r"decline|improved|improving|reduced|reducing|cut|went|gone|moved|jumped|slipped|edged|higher|lower|rise|fall|"
    r"growth|improvement|reduction|changed|change"
)
# "the previous year's", "a record": words between a marker and its figure; a "to" among them makes the figure the
# end of the change ("from renewable sources to 45%"), not where it starts, and an "and"/"or" a figure of another
# phrase ("compared with FY2024 and convert 40 vehicles")
_FEW_WORDS = r"(?:(?!(?:to|into|until|till|and|or|but|then)\b)[^\W\d_][\w'’-]*\s+){0,3}"
# What stands right before a figure that a change starts from: "from" (English, one of a pair "from X to Y" unless
# a change word comes before it), 由/从 (Chinese, one of a pair 由X提高到Y), or the year before named (上年为X).
_EN_FROM = LazyPattern(rf"(?i)\bfrom\s+{_FEW_WORDS}$")
_EN_CHANGED_FROM = LazyPattern(rf"(?i)\b(?:{_CHANGE_WORDS})\b[^;!?]{{0,40}}?\bfrom\s+{_FEW_WORDS}$")
_EN_COMPARED = LazyPattern(rf"(?i)\b(?:compared\s+(?:with|to)|as\s+against|versus|vs\.?)\s+{_FEW_WORDS}$")
_EN_TO = LazyPattern(rf"(?i)^[^;!?]{{0,40}}?\bto\s+{_FEW_WORDS}$")
_ZH_FROM = LazyPattern(r"[由从][^，。；;,!?！？]{0,10}$")
_ZH_TO = LazyPattern(r"^[^，。；;,!?！？]{0,14}?(?:到|至|为)[^，。；;,!?！？]{0,6}$")
_ZH_YEAR_BEFORE = LazyPattern(r"(?:上年|去年|上一年)(?:同期)?(?:为|是|的|水平)?$")
_TARGET_BEFORE = LazyPattern(
    r"(?i)(?:\b(?:target(?:ed)?|goal)\s+(?:of\s+|was\s+|is\s+|had\s+been\s+|:\s*)?(?:an?\s+|the\s+)?"
    r"|(?:目标值?|目标任务)(?:为|是|：|:)?)$"
)
_PLANNED = LazyPattern(
    r"(?i)\b(?:will|shall|to\s+be|plans?\s+to|aims?\s+to|expected\s+to|set\s+to|going\s+to|current|present|existing)\b"
    r"|将|拟|计划|力争|争取|预计|目前|现有|当前"
)
_NEAR = 15  # characters between an outcome and the "up from" that follows it ("55%, up from 40%")
_BEFORE_REACH = 60


def side(
    quote: str, figures: Sequence[Figure], index: int, matchable: Sequence[int] | None = None
) -> tuple[Side, Figure | None]:
    """Where the quote places figures[index] in a change it states, and the figure on the other side (if any):
    "before" (where the change starts: "from 40% to 55%", 由40%提高到55%, "55%, up from 40%", 上年为40%), "after"
    (where it ends), for a change still to come "current" (the level now) and "target" (where it is to end, as in
    "against a target of 8"), or "" (none stated)."""
    figure = figures[index]
    others = matchable if matchable is not None else [i for i, f in enumerate(figures) if f.kind in MATCHABLE_KINDS]
    place = bisect.bisect_left(others, index)
    at = place if place < len(others) and others[place] == index else -1
    previous = figures[others[at - 1]] if at > 0 else None
    following = figures[others[at + 1]] if 0 <= at < len(others) - 1 else None
    if _starts_pair(quote, figure, following):
        return ("current" if _planned(quote, figure) else "before"), following
    if previous is not None and _starts_pair(quote, previous, figure):
        return ("target" if _planned(quote, previous) else "after"), previous
    # The markers are read at the end of the text before the figure: reaching back past the figure before it lets
    # "fell to 212 from 260" find its change word.
    lead = quote[max(0, figure.start - _BEFORE_REACH) : figure.start]
    if _TARGET_BEFORE.search(lead):
        return "target", None
    if _before_marker(lead) is not None:
        return "before", None
    lead_next = quote[figure.end : following.start] if following is not None else ""
    if following is not None and len(lead_next) <= _NEAR + 20:
        marker = _before_marker(lead_next)
        if marker is not None and marker.start() <= _NEAR and not re.search(r"[。；;]", lead_next[: marker.start()]):
            return "after", following
    return "", None


def _planned(quote: str, first: Figure) -> bool:
    """Whether the change that starts at first is still to come ("will be expanded from the current 250 to 585",
    将由X提高到Y): its start is the level now, its end a target."""
    lead = quote[max(0, first.start - _BEFORE_REACH) : first.start]
    return _PLANNED.search(lead) is not None


def _before_marker(lead: str) -> re.Match[str] | None:
    """What marks the figure after lead as where a change starts ("up from", "compared with", 上年为), if anything."""
    return _EN_CHANGED_FROM.search(lead) or _EN_COMPARED.search(lead) or _ZH_YEAR_BEFORE.search(lead)


def _starts_pair(quote: str, first: Figure, second: Figure | None) -> bool:
    """Whether first and second are a change's two ends: "from first … to second", 由/从first…到/至/为second."""
    if second is None:
        return False
    lead = quote[max(0, first.start - _BEFORE_REACH) : first.start]
    between = quote[first.end : second.start]
    return bool(
        (_EN_FROM.search(lead) and _EN_TO.search(between)) or (_ZH_FROM.search(lead) and _ZH_TO.search(between))
    )


class _Misplaced(NamedTuple):
    quote: str
    figure: Figure
    side: str  # a Side, or "ratio": the term of a sector ratio another sector's measure is
    other: Figure | None
    sector: int = 0  # for "ratio": the sector the measure's title names


def _in_role(
    quote: str, value: float, unit: str | None, figures: Sequence[Figure], role: Role, named: str = ""
) -> tuple[Figure | None, _Misplaced | None]:
    """The first figure of the quote stating the value on a side its role allows, and (named: the measure's title)
    as the term of a sector ratio that measure is, else None and the first one found where it may not stand (None
    when the quote does not state the value at all)."""
    wrong: _Misplaced | None = None
    positions = {id(figure): index for index, figure in enumerate(figures)}
    matchable = [index for index, figure in enumerate(figures) if figure.kind in MATCHABLE_KINDS]
    for figure in _stating(quote, value, unit, figures):
        index = positions[id(figure)]
        where, other = side(quote, figures, index, matchable)
        term = _ratio_term(quote, figures, index, named) if named and figure.role == "ratio" else None
        if where not in _WRONG_SIDES[role] and term is None:
            return figure, None
        wrong = wrong or (
            _Misplaced(quote, figure, where, other) if term is None else _Misplaced(quote, figure, "ratio", *term)
        )
    return None, wrong


# The three sectors of an economy, as a ratio of them names them (二三产业结构比为47.3:52.7; "primary, secondary
# and tertiary"), and as a measure's title names one (服务业占比, "services share"): the one ratio whose terms are tied
# to a measure (GB/T 4754's 三次产业). Services before industry: "services industry" is the third sector.
_SECTOR_WORDS = (
    (3, "服务业|第三产业|三产|(?i:\\b(?:tertiary|services?)\\b)"),
    (2, "工业|第二产业|二产|(?i:\\b(?:secondary|industry|industrial|manufacturing)\\b)"),
    (1, "农业|第一产业|一产|(?i:\\b(?:primary|agricultur\\w*|farming)\\b)"),
)
_ZH_SECTORS = LazyPattern(
    r"(?:第)?([一二三])(?:产业?)?[、和与及]?(?:第)?([一二三])(?:产业?)?(?:[、和与及]?(?:第)?([一二三]))?产业"
)
_ZH_DIGITS = {"一": 1, "二": 2, "三": 3}
_RATIO_LEAD = 80  # characters before a ratio in which it names its terms
_SECTOR_NAMES = {1: "the primary sector", 2: "the secondary sector (industry)", 3: "the tertiary sector (services)"}


def _sector(text: str) -> int | None:
    """The one sector a measure's title names, or None (none, or more than one)."""
    found = {sector for sector, words in _SECTOR_WORDS if re.search(words, text)}
    return found.pop() if len(found) == 1 else None


def _ratio_sectors(lead: str, count: int) -> list[int]:
    """The sectors a ratio of count terms names in its lead-in, in order (二三产业 → [2, 3]; 三次产业 → [1, 2, 3];
    "agriculture, industry and services"), or []."""
    if "三次产业" in lead:
        return [1, 2, 3]
    named = list(_ZH_SECTORS.finditer(lead))
    if named:
        return [_ZH_DIGITS[d] for d in named[-1].groups() if d]
    lead = re.split(r"[。；;]", lead)[-1]  # the ratio's own sentence
    order = sorted((m.start(), sector) for sector, words in _SECTOR_WORDS for m in re.finditer(words, lead))
    return [sector for _, sector in order][-count:] if len(order) >= 2 else []


def _joined(quote: str, first: Figure, second: Figure) -> bool:
    return quote[first.end : second.start].strip() in (":", "：")


def _ratio_term(quote: str, figures: Sequence[Figure], index: int, named: str) -> tuple[Figure | None, int] | None:
    """Where figures[index] is a term of a sector ratio whose lead-in names its terms and the measure names another
    sector: the term that measure is (None when the ratio names no such term); else None (nothing to refuse)."""
    start = index
    while start > 0 and figures[start - 1].role == "ratio" and _joined(quote, figures[start - 1], figures[start]):
        start -= 1
    group = [start]
    while group[-1] + 1 < len(figures) and figures[group[-1] + 1].role == "ratio":
        if not _joined(quote, figures[group[-1]], figures[group[-1] + 1]):
            break
        group.append(group[-1] + 1)
    wanted = _sector(named)
    sectors = _ratio_sectors(quote[max(0, figures[start].start - _RATIO_LEAD) : figures[start].start], len(group))
    if wanted is None or len(sectors) != len(group):
        return None
    if sectors[group.index(index)] == wanted:
        return None
    return (figures[group[sectors.index(wanted)]] if wanted in sectors else None, wanted)


def states_as(quote: str, value: float, unit: str | None, role: Role) -> bool:
    """Whether a quote that states the value never puts it on a side the role refuses (draft asks before proposing)."""
    return _in_role(quote, value, unit, figures_of_quote(quote), role)[1] is None


_ROLE_NAMES = {"outcome": "an outcome", "target": "a target", "base": "a base", "base level": "a baseline level"}
_SIDE_NAMES = {
    "before": "the figure the change starts from",
    "after": "the figure the change reaches",
    "current": "the level now, which the planned change starts from",
    "target": "a target (a level aimed at, not reached)",
}
_RIGHT_SIDE = {
    "outcome": "the figure after the change",
    "target": "the figure the plan changes to",
    "base": "the figure the change starts from (the level before it)",
    "base level": "the level the baseline period ended at, the figure after the change",
}


def _role_message(name: str, value: float, unit: str | None, role: Role, wrong: _Misplaced) -> str:
    shown = f"{num(value)}{_unit_text(unit) if unit else ''}"
    if wrong.side == "ratio":
        figures = figures_of_quote(wrong.quote)
        group = [f for f in figures if f.role == "ratio"]
        sectors = _ratio_sectors(wrong.quote[max(0, group[0].start - _RATIO_LEAD) : group[0].start], len(group))
        position = group.index(wrong.figure) if wrong.figure in group else -1
        whose = _SECTOR_NAMES[sectors[position]] if 0 <= position < len(sectors) else "another sector"
        right = f": this measure's term is “{wrong.other.text}”" if wrong.other is not None else ""
        return (
            f"{name} {shown} is the term of {whose} in the ratio “{_excerpt(wrong.quote)}” (“{wrong.figure.text}”), "
            f"not {_SECTOR_NAMES[wrong.sector]}, which this measure's title names{right}"
        )
    other = f" (here “{wrong.other.text}”)" if wrong.other is not None and wrong.side in ("before", "after") else ""
    return (
        f"{name} {shown} is {_SIDE_NAMES[wrong.side]} in “{_excerpt(wrong.quote)}” (“{wrong.figure.text}”), "
        f"not {_ROLE_NAMES[role]}: {_ROLE_NAMES[role]} is {_RIGHT_SIDE[role]}{other}"
    )


_EXCERPT = 60
_UNIT_REACH = 40  # characters after an English number in which its unit word may stand


def stated(quote: str, value: float, unit: str | None, figures: Sequence[Figure] | None = None) -> Figure | None:
    """The figure by which the quote states the value in the unit (or with another counter word, where the unit is
    one), or None (figures: the quote's figures, if read already).

    English puts words between a number and what it counts ("134 affordable homes", "51 lakh rural houses"): there
    the number must stand in the quote with the unit word among the few words after it, before the next figure.
    Every figure of the number is tried ("in 51 districts, 51 lakh houses"), not only the first.
    """
    return next(_stating(quote, value, unit, figures), None)


def _stating(quote: str, value: float, unit: str | None, figures: Sequence[Figure] | None) -> Iterator[Figure]:
    """Every figure stating the value, in the order `stated` would give them one after another, each set aside once
    given: find_value's first, then those whose unit word follows within reach (a figure's reach ends at the next
    figure not yet set aside, so setting one aside may let the one before it reach further)."""
    if figures is None:
        figures = figures_of_quote(quote)
    given: set[int] = set()
    for figure in stating(quote, value, unit, figures):
        given.add(id(figure))
        yield figure
    if unit is None:
        return
    left = [figure for figure in figures if id(figure) not in given]
    after = list(range(1, len(left) + 1))  # the next figure not set aside (len: none), as a linked list
    before = list(range(-1, len(left) - 1))
    wanted = split_unit(unit)

    def reaches(index: int) -> bool:
        until = left[after[index]].start if after[index] < len(left) else len(quote)
        return _names_unit(quote, value, unit, wanted, left[index], until)

    index = 0 if left else len(left)
    while index < len(left):
        if not reaches(index):
            index = after[index]
            continue
        yield left[index]
        previous, index = before[index], after[index]
        if index < len(left):
            before[index] = previous
        if previous >= 0:
            after[previous] = index
            if reaches(previous):  # its reach now ends at the next figure left
                index = previous


def _names_unit(quote: str, value: float, unit: str, wanted: Scaled, figure: Figure, until: int) -> bool:
    """Whether the figure states the value with the unit word (or a counter word) among the words after it, before
    until (the next figure's start)."""
    as_written = _close(figure.value, value)
    in_scale = _close(figure.amount, value * wanted.factor)
    if figure.kind not in MATCHABLE_KINDS or not (as_written or in_scale):
        return False
    if normalize_unit(unit) == PERCENT_OF_GDP:
        # "a fiscal deficit of 3.5% of GDP" says the base; "3.5%" in a quote that names GDP does too.
        return figure.unit == PERCENT and "GDP" in quote
    if unit in COUNTERS:
        return figure.unit in COUNTERS or figure.unit == ""
    following = quote[figure.start : figure.end + _UNIT_REACH]
    if as_written and unit.isascii() and _names(unit, following):
        return True
    # The unit's scale read with the number, its noun among the words before the next figure.
    return (
        in_scale
        and wanted.base.isascii()
        and _names(wanted.base, quote[figure.start : min(until, figure.end + _UNIT_REACH)])
    )


def _stated_in(figures: Mapping[str, tuple[Figure, ...]], quote: str, value: float, unit: str | None) -> Figure | None:
    """stated, with the quote's figures as read already (by quote)."""
    return stated(quote, value, unit, figures[quote])


def _names(word: str, text: str) -> bool:
    return bool(word) and re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text) is not None


_KIND_WORDS = {
    Kind.YEAR: "a year",
    Kind.PERIOD: "a fiscal year",
    Kind.DATE: "a date",
    Kind.NAME: "part of a name",
    Kind.ORDINAL: "a rank",
    Kind.FRACTION: "a fraction",
    Kind.MULTIPLE: "a multiple",
}
_SEEN_LISTED = 4


def seen_instead(quotes: tuple[str, ...], value: float, unit: str | None) -> str:
    """What the reader saw in the quotes where the value was looked for: every figure of the same number, read as a
    year, a name or in another unit or scale; a grouping it does not take; or else the figures it did read ("" when
    none)."""
    figures = [figure for quote in quotes for figure in read_figures(quote)]
    readings: list[str] = []
    for figure in figures:
        if not _close(figure.value, value):
            continue
        if figure.kind in _KIND_WORDS and figure.kind not in MATCHABLE_KINDS:
            readings.append(f"“{figure.text}” read as {_KIND_WORDS[figure.kind]}")
        elif unit is not None and figure.unit and figure.kind in MATCHABLE_KINDS:
            wanted, said = split_unit(unit), split_unit(figure.unit)
            if not normalize_unit(unit):
                what = f"another unit ({figure.unit}, where the goal has none)"
            elif said.base == wanted.base or not said.base or not wanted.base:
                what = f"another scale ({figure.unit}, not {normalize_unit(unit)})"
            else:
                what = f"another unit ({figure.unit}, not {normalize_unit(unit)})"
            read = with_unit(figure.value, figure.unit)
            readings.append(f"“{figure.text}”{'' if read == figure.text else f' read as {read}'}: {what}")
    if readings:
        listed = "; ".join(readings[:_SEEN_LISTED])
        more = f"; and {len(readings) - _SEEN_LISTED} more" if len(readings) > _SEEN_LISTED else ""
        return f"the quote has {listed}{more}"
    digits = format_number(value)
    if digits.isdigit() and len(digits) >= 4:
        for quote in quotes:
            for written in _GROUPED.findall(quote):
                if written.replace(",", "").replace(" ", "").replace("，", "") == digits:
                    return f"the quote writes “{written}” with a grouping the reader does not take as one number"
    if not figures:
        return "the quote has no figure the reader can read"
    listed = ", ".join(f"“{figure.text}”" for figure in figures[:_SEEN_LISTED])
    more = f" and {len(figures) - _SEEN_LISTED} more" if len(figures) > _SEEN_LISTED else ""
    return f"the reader saw {listed}{more}"


_GROUPED = LazyPattern(r"[0-9]+(?:[,， ][0-9]+)+")


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _excerpt(quote: str) -> str:
    return quote if len(quote) <= _EXCERPT else quote[: _EXCERPT - 1] + "…"


def _written_in(written: str | None, quote: str, unit: str | None) -> bool:
    """Whether a target written in words ("one") stands in the quote as a word of its own, with the first word of a
    unit written in letters among the few words after it ("in one day" for one day)."""
    if not written or not re.search(r"[^\W\d_]", written):
        return False
    words = (unit or "").split()
    first = words[0] if words and words[0][0].isalpha() else ""
    for match in re.finditer(rf"(?<!\w){re.escape(written)}(?!\w)", quote, re.IGNORECASE):
        following = quote[match.end() : match.end() + _UNIT_REACH]
        if not first or re.search(rf"(?<!\w){re.escape(first)}", following, re.IGNORECASE):
            return True
    return False


def _unit_text(unit: str | None) -> str:
    if unit is None:
        return ""
    # 8亿美元, 5%: no space; 97,000 ₹ crore, 300 homes: a space (₹ is not ASCII but starts an English unit)
    return unit if unit in {"%", "个百分点"} or "\u2e80" <= unit[0] <= "\u9fff" else f" {unit}"


def evidence_owner(evidence: dict[tuple[str, str], str], source: str, quote: str, pairwise: bool) -> str | None:
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
