"""The JSON report: the public, versioned machine contract."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from planaudit import __version__
from planaudit.doc_coverage import DocumentCoverage, Place
from planaudit.report.common import RenderOptions, shown_results
from planaudit.scorecard import ConsistencyFinding, GoalResult, Scorecard, Tally, UntrackedResult

SCHEMA_VERSION = 1


def _round(value: float | None, digits: int = 6) -> float | None:
    return None if value is None else round(value, digits)


def _tally(tally: Tally) -> dict[str, Any]:
    return {
        "total": tally.total,
        "met": tally.met,
        "missed": tally.missed,
        "unreported": tally.unreported,
        "not_due": tally.not_due,
        "partial": tally.partial,
        "undecided": tally.undecided,
        "met_by_basis": tally.by_basis("met"),
        "missed_by_basis": tally.by_basis("missed"),
        "coverage": _round(tally.coverage, 4),
        "unreported_share": _round(tally.unreported_share, 4),
    }


def goal_dict(result: GoalResult) -> dict[str, Any]:
    goal, outcome, baseline = result.goal, result.outcome, result.baseline
    progress = outcome.progress
    return {
        "id": goal.id,
        "section": goal.section,
        "title": goal.title,
        "title_en": goal.title_en,
        "quote": goal.quote,
        "level": result.level,
        "rule": goal.rule.model_dump(),
        "verdict": outcome.verdict.value,
        "basis": result.basis,
        "partial": result.partial,
        "undecided": result.undecided,
        "near_miss": outcome.near_miss,
        "pace": outcome.pace,
        "target": _round(outcome.target),
        "actual": _round(outcome.actual),
        "unit": outcome.unit or None,
        "attainment": _round(outcome.attainment, 4),
        "stretch": _round(outcome.stretch),
        "stretch_reached": outcome.stretch_reached,
        "progress": None
        if progress is None
        else {"done": progress.done, "total": progress.total, "not_done": progress.not_done, "silent": progress.silent},
        "arithmetic": list(outcome.arithmetic),
        "entry": result.entry,
        "evidence": [{"source": e.source, "quote": e.quote} for e in result.evidence],
        "baseline": None
        if baseline is None
        else {
            "id": goal.baseline,
            "value": baseline.value,
            "unit": baseline.unit,
            "source": baseline.source,
            "quote": baseline.quote,
            "approximate": baseline.approximate,
            "note": baseline.note,
        },
        "caveat": result.caveat,
        "findings": list(result.findings),
        "rationale": result.rationale,
        "notes": list(result.notes),
        "line": result.line or None,
    }


def _consistency(finding: ConsistencyFinding) -> dict[str, Any]:
    baseline = finding.baseline
    return {
        "id": finding.subject_id,
        "title": finding.title,
        "title_en": finding.title_en,
        "level": finding.level,
        "unit": finding.unit,
        "growth_pct": finding.growth_pct,
        "implied_base": finding.implied_base,
        "baseline": {
            "id": finding.baseline_id,
            "value": baseline.value,
            "quote": baseline.quote,
            "source": baseline.source,
        },
        "alternate": None
        if baseline.alternate is None
        else {"label": baseline.alternate.label, "value": baseline.alternate.value, "quote": baseline.alternate.quote},
        "difference_pct": finding.difference_pct,
        "tolerance_pct": finding.tolerance_pct,
        "status": "consistent" if finding.consistent else "inconsistent",
        "matches_alternate": finding.matches_alternate,
        "evidence": [{"source": e.source, "quote": e.quote} for e in finding.evidence],
        "arithmetic": list(finding.arithmetic),
    }


def _untracked(result: UntrackedResult) -> dict[str, Any]:
    item, baseline = result.item, result.baseline
    return {
        "id": item.id,
        "title": item.title,
        "title_en": item.title_en,
        "value": item.value,
        "unit": item.unit,
        "growth_pct": item.growth_pct,
        "qualifier": item.qualifier,
        "source": item.source,
        "quote": item.quote,
        "note": item.note,
        "prior": None
        if baseline is None
        else {
            "id": item.baseline,
            "value": baseline.value,
            "unit": baseline.unit,
            "quote": baseline.quote,
            "approximate": baseline.approximate,
            "note": baseline.note,
        },
        "change": _round(result.change),
        "change_unit": result.change_unit,
        "arithmetic": list(result.arithmetic),
    }


def _place(place: Place) -> dict[str, Any]:
    return {"source": place.source, "line": place.line, "column": place.column, "start": place.start, "end": place.end}


def _documents(documents: DocumentCoverage) -> dict[str, Any]:
    return {
        "targets": {
            "found": documents.target_phrases,
            "covered": documents.covered_targets,
            "uncovered": [
                {"quote": u.quote, **_place(u.place), "kind": u.kind, "level": u.level, "section": u.section}
                for u in documents.uncovered_targets
            ],
        },
        "figures": {
            "found": documents.review_figures,
            "used": documents.used_figures,
            "unused": [
                {"figure": u.figure, "quote": u.quote, "value": u.value, "unit": u.unit, **_place(u.place)}
                for u in documents.unused_figures
            ],
        },
        "suspicious_silences": [
            {"goal": s.goal, "quote": s.quote, "reason": s.reason, **_place(s.place)}
            for s in documents.suspicious_silences
        ],
    }


def to_dict(scorecard: Scorecard, options: RenderOptions) -> dict[str, Any]:
    report = _report(scorecard, options)
    report["goals"] = [goal_dict(r) for r in shown_results(scorecard, options)]
    return report


def _report(scorecard: Scorecard, options: RenderOptions) -> dict[str, Any]:
    """The report with its goals left out (an empty list in their place): render writes them one at a time."""
    summary = scorecard.summary
    overall = summary.overall
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "planaudit", "version": __version__},
        "plan": {
            "id": scorecard.plan.id,
            "title": scorecard.plan.title,
            "title_en": scorecard.plan.title_en,
            "period": scorecard.plan.period,
        },
        "inputs": {"targets": scorecard.targets_path, "actuals": scorecard.actuals_path},
        "summary": {
            **_tally(overall),
            "complete": not summary.missing_entries,
            "missing_entries": list(summary.missing_entries),
            "stretch_goals": summary.stretch_goals,
            "stretch_reached": summary.stretch_reached,
            "by_section": [
                {"id": s.id, "title": s.title, "title_en": s.title_en, **_tally(t)} for s, t in summary.by_section
            ],
            "by_level": {level: _tally(t) for level, t in summary.by_level},
        },
        "goals": [],
        "consistency": [_consistency(f) for f in scorecard.consistency],
        "untracked": [_untracked(u) for u in scorecard.untracked],
        "document_coverage": None if scorecard.documents is None else _documents(scorecard.documents),
        "lints": [
            {
                "code": x.code,
                "goal": x.goal_id,
                "severity": x.severity,
                "message": x.message,
                "line": x.location.line,
                "accepted": x.accepted,
            }
            for x in scorecard.lints
        ],
    }


_ONE_LINE = {"goals", "consistency", "untracked", "lints"}
# json.dumps builds an encoder per call when given options; one, made once, encodes every item.
_COMPACT = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


def _line_encoder() -> Callable[[Any], str]:
    """_COMPACT.encode of one item, calling the C encoder made once (encode makes one per call, 10,000 for 10,000
    goals); the same text, as the items hold no cycle for encode's own check to find."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - CPython always has the C encoder
        return _COMPACT.encode
    encoder = make(None, _COMPACT.default, json.encoder.encode_basestring, None, ": ", ", ", False, False, False)
    return lambda item: "".join(encoder(item, 0))


_encode_line = _line_encoder()


def render(scorecard: Scorecard, options: RenderOptions) -> str:
    """Indented JSON with one line per goal, finding and outcome (see pieces)."""
    return "".join(pieces(scorecard, options))


def pieces(scorecard: Scorecard, options: RenderOptions) -> Iterator[str]:
    """The report in pieces, in order, each goal's line made as it is asked for: written as they come, 100,000
    goals' lines are never held at once, nor the report as one string.

    json.dumps with indent runs the pure-Python encoder, ten times slower than the C one;
    one compact line per list item keeps big reports fast and diffs readable. Many goals' lines are made in two
    processes where there are two CPUs: the second half's in a forked one (see _Tail).
    """
    report = _report(scorecard, options)
    shown = shown_results(scorecard, options)
    tail = _Tail.begin(shown) if len(shown) >= RENDER_APART else None
    try:
        goals: Any = (goal_dict(r) for r in (shown if tail is None else shown[: tail.split]))
        yield "{\n"
        for index, (key, value) in enumerate(report.items()):
            yield (",\n  " if index else "  ") + json.dumps(key) + ": "
            items: Any = goals if key == "goals" else value
            first = True
            if key in _ONE_LINE:
                for item in items:
                    yield ("[\n    " if first else ",\n    ") + _encode_line(item)
                    first = False
                if key == "goals" and tail is not None:
                    yield from tail.lines()
            if first:
                yield json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False).replace("\n", "\n  ")
            else:
                yield "\n  ]"
        yield "\n}\n"
    finally:
        if tail is not None:
            tail.close()


# A report of at least this many goals has the second half of its goals' lines made in a forked process, while this
# one makes the first: a line costs some 30 µs, the process about 10 ms and its text 1% more to pass back.
RENDER_APART = 5_000


def _tail_text(results: list[GoalResult]) -> str:
    """The lines of goals after the first, as pieces() writes them."""
    return "".join([",\n    " + _encode_line(goal_dict(r)) for r in results])


class _Tail:
    """The lines of the second half of a report's goals, made in a forked process and written as UTF-8, a megabyte at
    a time, to a file in memory (memfd; an unnamed temporary file where there is none); made here instead when that
    process could not give them whole (it exited with anything but 0)."""

    def __init__(self, results: list[GoalResult], split: int, pid: int, file: int) -> None:
        self.results = results
        self.split = split  # the first goal whose line the process makes
        self._pid = pid
        self._file = file

    @classmethod
    def begin(cls, results: list[GoalResult]) -> _Tail | None:
        """The process started on the second half of the results, or None where there is no fork or second CPU."""
        import os

        from planaudit.forks import fork
        from planaudit.pipeline import cpus

        if len(results) < 2 or not hasattr(os, "fork") or cpus() < 2:
            return None
        split = len(results) // 2
        try:
            file = _scratch()
        except OSError:
            return None
        try:
            pid = fork()
        except OSError:
            os.close(file)
            return None
        if pid == 0:  # pragma: no cover - the forked process (through the CLI in tests)
            _write_tail(results[split:], file)
        return cls(results, split, pid, file)

    def lines(self) -> Iterator[str]:
        """The lines, once the process has written them all, about a megabyte at a time."""
        import codecs
        import os

        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        if status != 0:
            self.close()
            yield _tail_text(self.results[self.split :])
            return
        decoder = codecs.getincrementaldecoder("utf-8")("surrogatepass")
        os.lseek(self._file, 0, os.SEEK_SET)
        while chunk := os.read(self._file, PIECE):
            yield decoder.decode(chunk)
        decoder.decode(b"", final=True)
        self.close()

    def close(self) -> None:
        """End the process, if it is still working (this one stopped early), and close the file."""
        import os
        import signal

        if self._file >= 0:
            os.close(self._file)
            self._file = -1
        if self._pid:
            try:
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
            except (ChildProcessError, ProcessLookupError):
                pass
            self._pid = 0


# The forked process writes the lines this many bytes at a time, or more (a line is never cut).
PIECE = 1 << 20


def _scratch() -> int:
    """A file descriptor of an empty file that lives only while it is open."""
    import os

    if hasattr(os, "memfd_create"):
        return os.memfd_create("planaudit-json", getattr(os, "MFD_CLOEXEC", 0))
    import tempfile

    with tempfile.TemporaryFile() as file:
        return os.dup(file.fileno())


def _write_tail(results: list[GoalResult], file: int) -> None:  # pragma: no cover - the forked process
    import os

    status = 1
    try:
        held: list[str] = []
        size = 0
        for result in results:
            line = ",\n    " + _encode_line(goal_dict(result))
            held.append(line)
            size += len(line)
            if size >= PIECE or result is results[-1]:
                view = memoryview("".join(held).encode("utf-8", "surrogatepass"))
                while view:
                    view = view[os.write(file, view) :]
                held, size = [], 0
        status = 0
    except BaseException:
        status = 1
    finally:
        os._exit(status)
