"""A ledger: one plan, its yearly reviews (actuals-YYYY.yaml files, or one file of years), the latest with history."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from planaudit.reading.lazyre import LazyPattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planaudit.facts import Actuals
    from planaudit.scorecard import Scorecard
    from planaudit.verify import Audit

YEAR_FILE = LazyPattern(r"^actuals-([12][0-9]{3})\.yaml$")  # the years a ledger file's `years:` takes


class Point(NamedTuple):
    """One goal in one review year."""

    year: int
    value: float | None
    unit: str
    verdict: str
    pace: str | None
    entry: str  # reported, silent or missing
    early: bool = False  # met before the goal falls due


class Ledger(NamedTuple):
    years: tuple[int, ...]
    scorecards: tuple[Scorecard, ...]  # one per year, in order; the last is the audit
    audits: tuple[Audit, ...]

    @property
    def latest(self) -> Scorecard:
        return self.scorecards[-1]

    def history(self) -> dict[str, list[Point]]:
        """Each goal's points, year by year, in the plan's goal order."""
        from planaudit.engine import due_of
        from planaudit.facts import Reported

        points: dict[str, list[Point]] = {}
        for year, scorecard, audit in zip(self.years, self.scorecards, self.audits, strict=True):
            for result in scorecard.results:
                outcome = result.outcome
                entry = audit.actuals.goals.get(result.goal.id)
                value: float | None
                # The figure the year's review gives (a yearly rate, not the cumulative change derived from it).
                if isinstance(entry, Reported) and entry.value is not None:
                    value, unit = entry.value, entry.unit or ""
                else:
                    value, unit = outcome.actual, outcome.unit
                due = due_of(result.goal)
                early = outcome.verdict.value == "met" and due is not None and str(year) < due[:4]
                points.setdefault(result.goal.id, []).append(
                    Point(year, value, unit, outcome.verdict.value, outcome.pace, result.entry, early)
                )
        return points


def year_files(targets: Path) -> list[tuple[int, Path]]:
    """The review years beside a targets file (actuals-2021.yaml, …), in order; empty when there are none."""
    folder = targets.parent
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        match = YEAR_FILE.match(name)
        if match:  # a folder or FIFO of that name is a review year that cannot be read: said so, never skipped
            found.append((int(match.group(1)), folder / name))
    return sorted(found)


def is_ledger(targets: Path) -> bool:
    """A folder with yearly actuals files and no single actuals.yaml holds a ledger."""
    return not os.path.lexists(targets.parent / "actuals.yaml") and bool(year_files(targets))


def run_ledger(
    targets: Path, judged: str = "as-recorded", strict: bool = False, sources_root: Path | None = None
) -> Ledger:
    """Every review year's file (actuals-YYYY.yaml) audited in order, each with the entries of the years before it."""
    from planaudit.pipeline import load_audit

    return score_ledger([(year, load_audit(targets, path, sources_root)) for year, path in year_files(targets)],
                        judged, strict)  # fmt: skip


def score_ledger(reviews: Sequence[tuple[int, Audit]], judged: str = "as-recorded", strict: bool = False) -> Ledger:
    """Each review year scored in order, judged with the entries of the years before it."""
    from planaudit.pipeline import score

    scorecards: list[Scorecard] = []
    earlier: dict[int, Actuals] = {}
    for year, audit in reviews:
        scorecards.append(score(audit, [], judged, strict, period=str(year), earlier=dict(earlier)))
        earlier[year] = audit.actuals
    return Ledger(tuple(year for year, _ in reviews), tuple(scorecards), tuple(audit for _, audit in reviews))


def open_audit(
    targets: Path,
    actuals: Path | None,
    judged: str = "as-recorded",
    strict: bool = False,
    sources_root: Path | None = None,
    documents: bool = False,
) -> Ledger | Audit:
    """What -t and -a name: a ledger (yearly files beside the targets, or an actuals file holding years) scored,
    or one review's audit loaded (to be scored by the caller; documents: with its document coverage to come, see
    pipeline.load_reviews)."""
    from planaudit.errors import UsageError
    from planaudit.pipeline import actuals_beside, load_reviews

    if actuals is None and is_ledger(targets):
        return run_ledger(targets, judged, strict, sources_root)
    path = actuals_beside(targets, actuals)
    reviews = load_reviews(targets, path, sources_root, documents)
    first_year, audit = reviews[0]
    if first_year is None:
        return audit
    if actuals is None and year_files(targets):
        raise UsageError(
            f"{path} holds review years and actuals-YYYY.yaml files stand beside it: keep the reviews in one of them"
        )
    return score_ledger([(year or 0, each) for year, each in reviews], judged, strict)
