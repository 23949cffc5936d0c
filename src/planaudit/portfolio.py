"""Portfolios: every audit folder under the given folders, each through the whole pipeline, in one league table."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from planaudit.errors import UsageError
from planaudit.scorecard import Scorecard, Tally

if TYPE_CHECKING:
    from planaudit.gates import GateResult
    from planaudit.i18n import Lang
    from planaudit.report import RenderOptions

TARGETS = "targets.yaml"
# Past this many audits the work is shared among processes (one per core): below it, starting them costs more.
PARALLEL_FROM = 24


class Settings(NamedTuple):
    """What `check` asks of every audit, and how each is to be drawn (primitives only: sent to other processes)."""

    format: str = "table"
    lang: str = "en"
    fail_on: tuple[str, ...] = ()
    min_coverage: float | None = None
    judged: str = "as-recorded"
    strict: bool = False
    verdicts: tuple[str, ...] = ()
    all: bool = False
    documents: bool = True  # check covers the documents; validate does not


class LevelCount(NamedTuple):
    level: str
    name: str  # as the audit's plan names it
    gates: bool
    tally: Tally


class Row(NamedTuple):
    """One audit's line in the league table."""

    folder: str
    plan: str
    title: str
    period: str
    tally: Tally
    levels: tuple[LevelCount, ...]
    passed: bool
    reasons: tuple[str, ...]
    checks: tuple[str, ...]
    missing: tuple[str, ...]  # goals without an entry (what validate calls incomplete)
    lints: tuple[str, ...]


class AuditRun(NamedTuple):
    """One audit's outcome: invalid (its located problems), or its row and its own report in the chosen format."""

    folder: str
    problems: tuple[str, ...] = ()
    row: Row | None = None
    piece: str = ""  # the audit's own report, for formats that carry one per audit
    inputs: tuple[str, ...] = ()  # every file the audit read: no report may land on one
    left_out: tuple[int, int, int] = (0, 0, 0)  # github: errors, warnings, notices no portfolio could show


class Portfolio(NamedTuple):
    roots: tuple[str, ...]
    runs: tuple[AuditRun, ...]

    @property
    def rows(self) -> list[Row]:
        return [run.row for run in self.runs if run.row is not None]

    @property
    def invalid(self) -> list[AuditRun]:
        return [run for run in self.runs if run.problems]


def find_audits(roots: Sequence[str]) -> list[str]:
    """Every folder under the roots holding a targets.yaml (a regular file, not a link), sorted, each once.

    Linked folders are not entered and hidden ones (.git, .venv) skipped, so the walk never leaves the trees named.
    None found is a usage error, which counts the linked folders passed over.
    """
    found: dict[str, str] = {}
    links = 0
    for root in roots:
        if not os.path.isdir(root):
            raise UsageError(f"{root} is not a folder")
        for folder, dirs, files in os.walk(root, followlinks=False):
            links += sum(os.path.islink(os.path.join(folder, d)) for d in dirs)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not os.path.islink(os.path.join(folder, d)))
            if TARGETS in files:
                path = os.path.join(folder, TARGETS)
                if os.path.isfile(path) and not os.path.islink(path):
                    found.setdefault(os.path.realpath(folder), os.path.normpath(folder))
    if not found:
        where = ", ".join(roots)
        why = f"no audit under {where}: an audit is a folder holding {TARGETS} (and actuals.yaml)"
        if links:  # a folder of links to audits looks full to its user; say why it reads as empty
            why += f"; {links} linked folder{'s' if links > 1 else ''} not entered: name linked audits instead"
        raise UsageError(why)
    return sorted(found.values())


LINKED_OUT = "a symbolic link leads outside its audit folder; refusing to follow it"


def _links_out(folder: str) -> list[str]:
    """The audit's actuals files (actuals.yaml, actuals-YYYY.yaml) that are links leading outside its folder: an
    audit found in a portfolio is read as if checked alone in its folder, however the portfolio's folder was named."""
    from planaudit.ledger import YEAR_FILE

    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    root = os.path.realpath(folder)
    found = []
    for name in names:
        path = os.path.join(folder, name)
        if (name == "actuals.yaml" or YEAR_FILE.match(name)) and os.path.islink(path):
            try:
                inside = os.path.commonpath([os.path.realpath(path), root]) == root
            except ValueError:  # another drive
                inside = False
            if not inside:
                found.append(path)
    return found


def audit_folder(folder: str, settings: Settings) -> AuditRun:
    """One audit folder through the pipeline: its row and report, or its problems located."""
    from planaudit.errors import InputError
    from planaudit.ledger import Ledger, open_audit
    from planaudit.pipeline import inputs, score, with_documents

    targets = Path(folder) / TARGETS
    leaving = _links_out(folder)
    if leaving:
        return AuditRun(folder, tuple(f"{path}: {LINKED_OUT}" for path in leaving))
    try:
        opened = open_audit(targets, None, settings.judged, settings.strict)
        year = None
        if isinstance(opened, Ledger):  # review years: the latest year is the audit
            audit, scorecard, year = opened.audits[-1], opened.latest, opened.years[-1]
        else:
            audit = opened
            scorecard = score(audit, [], settings.judged, settings.strict)
        if settings.documents:
            scorecard = with_documents(scorecard, audit, year)
    except InputError as exc:
        more = len(exc.problems) - min(len(exc.problems), 50) + exc.more
        lines = [str(p) for p in exc.problems[:50]] + ([f"... and {more} more problems"] if more else [])
        return AuditRun(folder, tuple(lines + ([exc.hint] if exc.hint else [])))
    except UsageError as exc:
        return AuditRun(folder, (f"{folder}: {exc}",))
    from planaudit.gates import draft_marks

    marks = draft_marks(audit.targets_text) + draft_marks(audit.actuals_doc.text)
    run = _run(folder, scorecard, settings, marks)._replace(inputs=tuple(inputs(audit)))
    if isinstance(opened, Ledger) and settings.format in {"json", "html"}:  # the audit's own report, as check's
        from planaudit.report.history import add

        run = run._replace(piece=add(run.piece, opened, settings.format, "zh" if settings.lang == "zh" else "en", 80))
    return run


def _run(folder: str, scorecard: Scorecard, settings: Settings, unreviewed: int = 0) -> AuditRun:
    from planaudit.gates import FailOn, gate
    from planaudit.report.common import level_name

    result = gate(
        scorecard, [FailOn(f) for f in settings.fail_on], settings.min_coverage, scorecard.actuals_path, unreviewed
    )
    lang: Lang = "zh" if settings.lang == "zh" else "en"
    gating = {level.id for level in scorecard.levels if level.gate}
    levels = tuple(
        LevelCount(level, level_name(scorecard, level, lang), level in gating, tally)
        for level, tally in scorecard.summary.by_level
    )
    plan = scorecard.plan
    row = Row(
        folder=folder,
        plan=plan.id,
        title=plan.title if lang == "zh" else plan.title_en or plan.title,
        period=plan.period,
        tally=scorecard.summary.overall,
        levels=levels,
        passed=result.passed,
        reasons=result.reasons,
        checks=result.checks,
        missing=scorecard.summary.missing_entries,
        lints=tuple(str(x) for x in scorecard.lints),
    )
    if settings.format == "github":
        piece, left_out = _annotations(scorecard, settings, result, folder)
        return AuditRun(folder, row=row, piece=piece, left_out=left_out)
    return AuditRun(folder, row=row, piece=_piece(scorecard, settings, result))


def _options(settings: Settings, result: GateResult) -> RenderOptions:
    from planaudit.report import RenderOptions

    return RenderOptions(
        lang="zh" if settings.lang == "zh" else "en",
        verdicts=frozenset(settings.verdicts),
        gate=result,
        all=settings.all,
    )


def _annotations(
    scorecard: Scorecard, settings: Settings, result: GateResult, folder: str
) -> tuple[str, tuple[int, int, int]]:
    """The audit's annotations, its closing notice first among its notices and titled with its folder: at most
    as many of each level as a step shows (no portfolio can show more of one audit), and how many are not."""
    from planaudit.report.github import MAX_PER_KIND, _prop, every_annotation

    levels, closing = every_annotation(scorecard, _options(settings, result))
    named = _prop(f"{folder}: ")  # an annotation on no file (an inconsistency) says which audit it is of
    for kind, found in levels.items():
        found[:] = [line.replace(f"::{kind} title=", f"::{kind} title={named}", 1) for line in found]
    title = _prop(f"planaudit {folder}")
    levels["notice"].insert(0, closing.replace("::notice title=planaudit::", f"::notice title={title}::", 1))
    kept = [line for found in levels.values() for line in found[:MAX_PER_KIND]]
    error, warning, notice = (max(0, len(found) - MAX_PER_KIND) for found in levels.values())
    return "\n".join(kept), (error, warning, notice)


def _piece(scorecard: Scorecard, settings: Settings, result: GateResult) -> str:
    """The audit's own report where the portfolio's format carries one per audit (json, junit, html)."""
    if settings.format not in {"json", "junit", "html"}:
        return ""
    from planaudit.report import Format, render

    options = _options(settings, result)
    if settings.format == "json":
        import json

        from planaudit.report.json_report import to_dict

        return json.dumps(to_dict(scorecard, options), ensure_ascii=False, allow_nan=False)
    return render(Format(settings.format), scorecard, options)


def run_portfolio(roots: Sequence[str], settings: Settings, jobs: int | None = None) -> Portfolio:
    """Every audit under the roots, in sorted order; with many, on every core the process may use."""
    folders = find_audits(roots)
    workers = _workers(len(folders)) if jobs is None else max(1, min(jobs, len(folders)))
    if workers == 1:
        runs = [audit_folder(folder, settings) for folder in folders]
    else:
        runs = _parallel(folders, settings, workers)
    return Portfolio(tuple(roots), tuple(runs))


def _workers(count: int) -> int:
    if count < PARALLEL_FROM:
        return 1
    from planaudit.pipeline import cpus

    return max(1, min(cpus(), count))


def _parallel(folders: list[str], settings: Settings, workers: int) -> list[AuditRun]:
    """The audits shared among processes; map keeps the folders' order, so the output does not depend on timing."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    # fork: the modules are already imported; where there is none, spawn (every function sent is top-level).
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunk = max(1, len(folders) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(audit_folder, folders, [settings] * len(folders), chunksize=chunk))


def add(a: Tally, b: Tally) -> Tally:
    """Two tallies summed, field by field."""
    return Tally(
        total=a.total + b.total,
        met=a.met + b.met,
        missed=a.missed + b.missed,
        unreported=a.unreported + b.unreported,
        not_due=a.not_due + b.not_due,
        partial=a.partial + b.partial,
        met_by_basis=(
            a.met_by_basis[0] + b.met_by_basis[0],
            a.met_by_basis[1] + b.met_by_basis[1],
            a.met_by_basis[2] + b.met_by_basis[2],
        ),
        missed_by_basis=(
            a.missed_by_basis[0] + b.missed_by_basis[0],
            a.missed_by_basis[1] + b.missed_by_basis[1],
            a.missed_by_basis[2] + b.missed_by_basis[2],
        ),
    )


def totals(rows: Sequence[Row]) -> tuple[Tally, list[LevelCount]]:
    """Every audit's goals together, and by level (named as the first audit that uses the level names it)."""
    overall = Tally()
    levels: dict[str, LevelCount] = {}
    for row in rows:
        overall = add(overall, row.tally)
        for count in row.levels:
            known = levels.get(count.level)
            levels[count.level] = count if known is None else known._replace(tally=add(known.tally, count.tally))
    return overall, list(levels.values())
