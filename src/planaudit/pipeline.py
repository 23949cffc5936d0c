"""One audit through the pipeline (load → verify → evaluate → lint → documents), shared by the CLI and portfolios."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from planaudit.engine import OVERFLOW

__all__ = ["OVERFLOW"]

if TYPE_CHECKING:
    from collections.abc import Mapping

    from planaudit.facts import Actuals
    from planaudit.loader import Parsed
    from planaudit.scorecard import Scorecard
    from planaudit.verify import Audit


def actuals_beside(targets: Path, actuals: Path | None) -> Path:
    """The actuals file: as given, or `actuals.yaml` in the folder of the targets file.

    A targets "file" that is not one (/dev/stdin, a pipe, a missing path) has no folder to look beside: then it is
    the current folder's, as before -a had a default beside -t.
    """
    if actuals is not None:
        return actuals
    return targets.parent / "actuals.yaml" if os.path.isfile(targets) else Path("actuals.yaml")


def _parse(targets: Path, actuals: Path, sources_root: Path | None, apart: bool = False) -> Parsed:
    from planaudit.errors import InputError, UsageError
    from planaudit.loader import load
    from planaudit.output import same_file

    if same_file(str(targets), str(actuals)):
        raise UsageError(f"--targets and --actuals name the same file ({targets}): give the actuals file to -a")
    if sources_root is not None and not sources_root.is_dir():
        raise UsageError(f"--sources-root {sources_root} is not a directory")
    try:
        return load(str(targets), str(actuals), apart)
    except InputError as exc:
        missing = any(p.location.path == str(targets) and p.message == "file not found" for p in exc.problems)
        if missing and targets == Path("targets.yaml"):  # the default: the folder holds no audit at all
            exc.hint = "no audit here: start one with `planaudit init`, or name the files with -t and -a"
        raise


def load_audit(targets: Path, actuals: Path, sources_root: Path | None = None) -> Audit:
    """Both files parsed, validated and verified against their sources; InputError or UsageError otherwise.

    The actuals file holds one review: one holding review years (a ledger) is refused here (see load_reviews).
    """
    from planaudit.errors import InputError, Problem
    from planaudit.verify import verify

    parsed = _parse(targets, actuals, sources_root)
    if parsed.years:
        message = "this file holds review years (a ledger); a year's own actuals file holds one review ('goals')"
        raise InputError([Problem(parsed.years[0].document.base.at(("years",), key=True), message)])
    return verify(parsed, None if sources_root is None else str(sources_root))


def load_reviews(
    targets: Path, actuals: Path, sources_root: Path | None = None, documents: bool = False
) -> list[tuple[int | None, Audit]]:
    """One review's audit (year None), or one audit per review year of an actuals file holding years, in order.

    documents: the caller will want one review's document coverage (with_documents): for a big audit it is read in a
    second process meanwhile, where the process may use two CPUs (see READ_APART).
    """
    from planaudit.verify import verify

    parsed = _parse(targets, actuals, sources_root, documents and cpus() > 1)
    root = None if sources_root is None else str(sources_root)
    if not parsed.years:
        if not documents:
            return [(None, verify(parsed, root))]
        return [(None, _verify_reading_apart(parsed, root))]
    return [
        (year.year, verify(parsed._replace(actuals=year.actuals, actuals_doc=year.document, years=()), root))
        for year in parsed.years
    ]


# Plans and reviews of at least this many characters are read for document coverage in a second process, while the
# first verifies and scores: there the reading costs about as much as all the rest, and a process costs ~10 ms.
READ_APART = 100_000


def cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _verify_reading_apart(parsed: Parsed, root: str | None) -> Audit:
    """verify, with the documents read for coverage in a second process once they are read, if it pays."""
    from planaudit.doc_coverage import (
        READINGS,
        CoverageWorker,
        Job,
        coverage_job,
        marks,
        review_readings,
        silent_figures,
    )
    from planaudit.documents import kept
    from planaudit.verify import verify
    from planaudit.yamlsafe import gc_paused

    worker: CoverageWorker | None = None
    job: tuple[Job, dict[str, str]] | None = None  # and each source id's key in it

    def sources_read(texts: dict[str, str]) -> None:
        nonlocal worker, job
        if sum(len(text) for text in {id(text): text for text in texts.values()}.values()) < READ_APART:
            return  # the plans and reviews are some of these: no job to hand over (with_documents reads them here)
        job = coverage_job(parsed.targets, parsed.actuals, texts)
        if sum(len(text) for text in job[0].texts.values()) >= READ_APART and cpus() > 1:
            worker = CoverageWorker(job[0], parsed.figures)  # the plans are read with the quotes' figures read ahead

    try:
        audit = verify(parsed, root, sources_read)
        if worker is not None and job is not None:
            worker.send_figures(silent_figures(job[0], audit.figures))  # its measures are read while marks are made
            marked = marks(*job, audit.targets, audit.actuals, audit.places)
            # the reviews' sentences that entries quote are read: by verify, or ahead (those it looked for no number in)
            known = {**parsed.figures, **(audit.figures or {})} if parsed.figures else audit.figures
            with gc_paused(), kept.remembering(READINGS):  # the readings are sent as kept: pickled once
                readings = review_readings(job[0], known)
                texts = job[0].texts
                worker.send(marked, {sid: kept.remembered(READINGS, texts[sid]) or r for sid, r in readings.items()})
            audit = audit._replace(coverage=worker)
    except BaseException:
        if worker is not None:
            worker.close()
        raise
    return audit


def score(
    audit: Audit,
    sections: list[str],
    judged: str = "as-recorded",
    strict: bool = False,
    period: str | None = None,
    earlier: Mapping[int, Actuals] | None = None,
) -> Scorecard:
    """The audit evaluated and linted (lint errors, or all lints under strict, are input errors).

    period and earlier: a ledger's review year and the entries of the years before it (see engine.evaluate).
    """
    from planaudit.engine import evaluate, select, set_aside_judged
    from planaudit.errors import InputError, Problem, UsageError
    from planaudit.lints import lint
    from planaudit.models import Reported
    from planaudit.yamlsafe import gc_paused

    with gc_paused():
        scorecard = evaluate(
            audit.targets,
            audit.actuals,
            goal_lines=audit.goal_lines,
            targets_path=audit.targets_path,
            actuals_path=audit.actuals_path,
            period=period,
            earlier=earlier,
        )
    check_finite(scorecard)
    entries = {gid: a for gid, a in audit.actuals.goals.items() if isinstance(a, Reported)}
    lints = lint(scorecard, entries, audit.actuals_doc.at, audit.texts)
    fatal = [x for x in lints if x.accepted is None and (strict or x.severity == "error")]
    if fatal:
        raise InputError([Problem(x.location, f"{x.message} [{x.code}]") for x in fatal])
    scorecard = scorecard._replace(lints=lints)
    if judged == "as-unreported":
        scorecard = set_aside_judged(scorecard)
    if sections:
        known = {s.id for s in audit.targets.sections}
        unknown = [s for s in sections if s not in known]
        if unknown:
            raise UsageError(f"unknown section {', '.join(unknown)}; sections are: {', '.join(sorted(known))}")
        scorecard = select(scorecard, set(sections))
    return scorecard


def with_documents(scorecard: Scorecard, audit: Audit, year: int | None = None) -> Scorecard:
    """Document coverage, which only `check` reports and gates on (validate and explain need none of it).

    year: a ledger's review year, whose own reviews alone are read for figures and silences (see year_reviews).
    """
    from planaudit.doc_coverage import document_coverage
    from planaudit.documents import pages
    from planaudit.yamlsafe import gc_paused

    plan = next((sid for sid, s in scorecard.sources.items() if s.role == "plan"), "")
    quotes = [(r.goal.source or plan, r.goal.quote) for r in scorecard.results]
    quotes += [(e.source, e.quote) for r in scorecard.results for e in r.evidence]
    quotes += [(r.baseline.source, r.baseline.quote) for r in scorecard.results if r.baseline is not None]
    only = None if year is None else year_reviews(audit, year)
    worker = audit.coverage  # reading the documents in a second process (load_reviews)
    coverage = worker.result() if worker is not None and only is None else None
    if worker is not None and only is not None:  # a ledger year reads its own reviews here: the process is not needed
        worker.close()
    if coverage is None:
        with gc_paused():  # as for loading and scoring: what it reads makes no cycles, and the audit's objects are many
            places, figures = audit.places, audit.figures
            coverage = document_coverage(audit.targets, audit.actuals, audit.documents, only, places, figures)
    for hints in (audit.places, audit.figures):  # read: freed before the report is rendered (15 MB at 100,000 goals)
        if hints:
            hints.clear()
    return scorecard._replace(documents=coverage, pages=pages(audit.documents, quotes))  # pages cite PDFs


def year_reviews(audit: Audit, year: int) -> set[str]:
    """The review sources of one review year: those whose period ends in it, else those its entries cite.

    An earlier year's review is not this year's: its figures are not unused now, nor does it speak for a goal
    this year's review is silent on.
    """
    from planaudit.facts import Reported
    from planaudit.reading.periods import parse_period

    reviews = {sid: s for sid, s in audit.targets.sources.items() if s.role == "review"}
    dated = set()
    for sid, source in reviews.items():
        span = parse_period(source.period) if source.period is not None else None
        if span is not None and span.last[0] == year:
            dated.add(sid)
    if dated:
        return dated
    cited = {item.source for item in audit.actuals.untracked}
    for entry in audit.actuals.goals.values():
        if isinstance(entry, Reported):
            cited.update(e.source for e in entry.evidence)
            cited.update(e.source for m in (entry.values or {}).values() for e in m.evidence or ())
    return cited & reviews.keys()


def check_finite(scorecard: Scorecard) -> None:
    """Every derived number is finite (1e300 ÷ 1e-300 is not), so no report holds Infinity or NaN."""
    import math

    from planaudit.errors import InputError, Location, Problem

    problems = [
        Problem(Location(scorecard.targets_path, r.line, 1 if r.line else 0), f"goal '{r.goal.id}': {OVERFLOW}")
        for r in scorecard.results
        if not all(
            math.isfinite(x)
            for x in (r.outcome.target, r.outcome.actual, r.outcome.attainment, r.outcome.stretch)
            if x is not None
        )
    ]
    if problems:
        raise InputError(problems)


def inputs(audit: Audit) -> list[str]:
    """Every file the run read: no report or step summary may land on one of them."""
    import os

    base = os.path.dirname(audit.targets_path)
    return [audit.targets_path, audit.actuals_path] + [
        os.path.join(base, source.path) for source in audit.targets.sources.values()
    ]
