"""The engine's output: per-goal results, summaries and findings, as immutable data."""

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, NamedTuple

from planaudit.i18n import Lang, label
from planaudit.models import DEFAULT_LEVELS, Baseline, Evidence, Goal, LevelDef, Plan, Section, Source, Untracked
from planaudit.rules.base import BASES, Basis, Outcome, Verdict

if TYPE_CHECKING:  # annotations only: importing them would load the target scanner on every command
    from planaudit.doc_coverage import DocumentCoverage
    from planaudit.errors import Location

Entry = Literal["reported", "silent", "missing"]
Severity = Literal["warning", "error"]


class GoalResult(NamedTuple):
    goal: Goal
    section: Section
    outcome: Outcome
    entry: Entry
    evidence: tuple[Evidence, ...] = ()
    baseline: Baseline | None = None
    caveat: str | None = None
    notes: tuple[str, ...] = ()
    rationale: str | None = None
    line: int = 0
    basis: Basis | None = None  # None when there is no evidence to rest a verdict on
    findings: tuple[str, ...] = ()  # caveats from cross-document checks (consistency)
    level: str = "plain"  # the goal's level, or its section's

    @property
    def verdict(self) -> Verdict:
        return self.outcome.verdict

    @property
    def caveats(self) -> tuple[str, ...]:
        """The data's own caveat, then those the cross-document checks found."""
        return ((self.caveat,) if self.caveat else ()) + self.findings

    @property
    def partial(self) -> bool:
        """Unreported, yet some of the goal's items are reported (done or not done)."""
        progress = self.outcome.progress
        return (
            self.outcome.verdict is Verdict.UNREPORTED
            and progress is not None
            and progress.done + progress.not_done > 0
        )

    @property
    def undecided(self) -> bool:
        """Unreported although the review reports on the goal: its evidence does not decide it (see 'undecided')."""
        return self.outcome.verdict is Verdict.UNREPORTED and self.entry == "reported" and not self.partial


class Tally(NamedTuple):
    """Verdict counts for a group of goals (a section, a commitment level, the whole plan).

    met and missed are split by basis (measured, documented, judged); `partial` counts the
    unreported goals of which some items are reported.
    """

    total: int = 0
    met: int = 0
    missed: int = 0
    unreported: int = 0
    not_due: int = 0
    partial: int = 0
    undecided: int = 0
    met_by_basis: tuple[int, int, int] = (0, 0, 0)
    missed_by_basis: tuple[int, int, int] = (0, 0, 0)

    @property
    def scored(self) -> int:
        return self.met + self.missed

    @property
    def silent(self) -> int:
        """Unreported goals with no evidence at all."""
        return self.unreported - self.partial - self.undecided

    @property
    def due(self) -> int:
        """Goals that fall due within the review's period: what coverage and silence are measured against."""
        return self.total - self.not_due

    @property
    def coverage(self) -> float:
        return self.scored / self.due if self.due else 0.0

    @property
    def unreported_share(self) -> float:
        return self.unreported / self.due if self.due else 0.0

    def by_basis(self, verdict: Literal["met", "missed"]) -> dict[Basis, int]:
        counts = self.met_by_basis if verdict == "met" else self.missed_by_basis
        return dict(zip(BASES, counts, strict=True))

    def add(self, result: GoalResult) -> "Tally":
        verdict = result.verdict
        met, missed = verdict is Verdict.MET, verdict is Verdict.MISSED
        slot = BASES.index(result.basis) if result.basis is not None else -1
        return Tally(
            total=self.total + 1,
            met=self.met + met,
            missed=self.missed + missed,
            unreported=self.unreported + (verdict is Verdict.UNREPORTED),
            not_due=self.not_due + (verdict is Verdict.NOT_DUE),
            partial=self.partial + result.partial,
            undecided=self.undecided + result.undecided,
            met_by_basis=_bump(self.met_by_basis, slot) if met else self.met_by_basis,
            missed_by_basis=_bump(self.missed_by_basis, slot) if missed else self.missed_by_basis,
        )


def tally(results: Sequence[GoalResult]) -> Tally:
    """The counts of a group of goals in one pass: what adding each result in turn gives, without a Tally per step."""
    counts = dict.fromkeys(Verdict, 0)
    partial = undecided = 0
    met_by_basis, missed_by_basis = [0, 0, 0], [0, 0, 0]
    for result in results:
        verdict = result.verdict
        counts[verdict] += 1
        partial += result.partial
        undecided += result.undecided
        if result.basis is not None and (verdict is Verdict.MET or verdict is Verdict.MISSED):
            (met_by_basis if verdict is Verdict.MET else missed_by_basis)[BASES.index(result.basis)] += 1
    return Tally(
        total=len(results),
        met=counts[Verdict.MET],
        missed=counts[Verdict.MISSED],
        unreported=counts[Verdict.UNREPORTED],
        not_due=counts[Verdict.NOT_DUE],
        partial=partial,
        undecided=undecided,
        met_by_basis=(met_by_basis[0], met_by_basis[1], met_by_basis[2]),
        missed_by_basis=(missed_by_basis[0], missed_by_basis[1], missed_by_basis[2]),
    )


def _bump(counts: tuple[int, int, int], slot: int) -> tuple[int, int, int]:
    if slot < 0:
        return counts
    values = list(counts)
    values[slot] += 1
    return values[0], values[1], values[2]


class Summary(NamedTuple):
    overall: Tally
    by_section: tuple[tuple[Section, Tally], ...]
    by_level: tuple[tuple[str, Tally], ...]
    missing_entries: tuple[str, ...]
    stretch_goals: int
    stretch_reached: int


class ConsistencyFinding(NamedTuple):
    """A reported level and growth rate imply a prior-year base; does the baseline document agree?"""

    subject_id: str
    title: str
    title_en: str | None
    level: float
    unit: str
    growth_pct: float
    implied_base: float
    baseline_id: str
    baseline: Baseline
    difference_pct: float
    tolerance_pct: float
    consistent: bool
    evidence: tuple[Evidence, ...]
    matches_alternate: bool
    arithmetic: tuple[str, ...]


class UntrackedResult(NamedTuple):
    item: Untracked
    baseline: Baseline | None
    change: float | None
    change_unit: str | None
    arithmetic: tuple[str, ...]


class Lint(NamedTuple):
    """One doubt about the evidence behind a verdict, at the place in the actuals file to fix."""

    code: str
    goal_id: str
    location: "Location"
    key: str  # its words in i18n: lint.KEY, with `values` in their {} places
    values: tuple[str, ...] = ()
    severity: Severity = "warning"
    accepted: str | None = None  # the reason a person recorded for accepting it (the entry's `accept`)

    @property
    def message(self) -> str:
        """The message in English, as stderr and the json report give it."""
        return label(f"lint.{self.key}", "en").format(*self.values)

    def __str__(self) -> str:
        if self.accepted is not None:
            return f"{self.location}: accepted: {self.message} [{self.code}] (accepted: {self.accepted})"
        return f"{self.location}: {self.severity}: {self.message} [{self.code}]"

    def text(self, lang: Lang = "en") -> str:
        """The message with the acceptance, for reports, in the report's language."""
        words = label(f"lint.{self.key}", lang).format(*self.values)
        return words if self.accepted is None else f"{words}{label('lint.accepted', lang)}{self.accepted}"


class Scorecard(NamedTuple):
    plan: Plan
    sources: dict[str, Source]
    results: tuple[GoalResult, ...]
    summary: Summary
    untracked: tuple[UntrackedResult, ...] = ()
    consistency: tuple[ConsistencyFinding, ...] = ()
    targets_path: str = "targets.yaml"
    actuals_path: str = "actuals.yaml"
    sections: tuple[Section, ...] = ()
    lints: tuple[Lint, ...] = ()
    levels: tuple[LevelDef, ...] = DEFAULT_LEVELS
    documents: "DocumentCoverage | None" = None  # what of the documents the audit accounts for
    pages: Mapping[tuple[str, str], int] = MappingProxyType({})  # (source, quote) → its page in a PDF, for citations

    def by_section(self, results: list[GoalResult] | None = None) -> list[tuple[Section, list[GoalResult]]]:
        """The (given or all) results grouped under their sections in plan order, in one pass."""
        groups: dict[str, list[GoalResult]] = {s.id: [] for s in self.sections}
        for result in self.results if results is None else results:
            groups[result.section.id].append(result)
        return [(s, groups[s.id]) for s in self.sections if groups[s.id]]
