"""Document coverage read in a second process for a big audit: the same report as on one core, and no process left."""

from __future__ import annotations

import importlib.util
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from planaudit import doc_coverage, pipeline
from tests.conftest import edit, run_cli

ROOT = Path(__file__).resolve().parent.parent


def _generate(goals: int, folder: Path, *, loose_ends: bool = False) -> Path:
    """benchmarks/generate.py's audit; loose_ends: with phrases no goal quotes, figures no entry cites and silences
    the review may break (a numeric goal's measure with a figure in its unit, a named item named)."""
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    targets, _ = module.generate(goals, folder)
    if loose_ends:
        word, plan, review = module._word, folder / "sources" / "plan.txt", folder / "sources" / "review.txt"
        plan.write_text("确保完成绿化面积300亩。力争新增医院床位200张。" + plan.read_text("utf-8"), "utf-8")
        # g1 is a silent at_most goal in 天, g19 a silent named_items goal (see generate._goal)
        loose = f"{word(1)}{word(2, 2)}用时7天。{word(19, 3)}甲已建成。另有储备项目12个。"
        review.write_text(loose + review.read_text("utf-8"), "utf-8")
    return Path(targets)


@pytest.fixture
def apart(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every audit read apart, however small, on any machine; the coverage each worker gave, in order."""
    monkeypatch.setattr(pipeline, "READ_APART", 0)
    monkeypatch.setattr(pipeline, "cpus", lambda: 2)
    given: list[object] = []
    real = doc_coverage.CoverageWorker.result

    def result(self: doc_coverage.CoverageWorker) -> Any:
        coverage = real(self)
        given.append(coverage)
        return coverage

    monkeypatch.setattr(doc_coverage.CoverageWorker, "result", result)
    return given


def _serial(targets: Path) -> doc_coverage.DocumentCoverage:
    audit = pipeline.load_audit(targets, targets.parent / "actuals.yaml")
    coverage = pipeline.with_documents(pipeline.score(audit, []), audit).documents
    assert coverage is not None
    return coverage


def _apart(targets: Path) -> doc_coverage.DocumentCoverage:
    [(year, audit)] = pipeline.load_reviews(targets, targets.parent / "actuals.yaml", None, documents=True)
    assert year is None and audit.coverage is not None
    coverage = pipeline.with_documents(pipeline.score(audit, []), audit).documents
    assert coverage is not None
    return coverage


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_coverage_read_apart_is_the_coverage_read_in_one_process(
    tmp_path: Path, apart: list[object], monkeypatch: pytest.MonkeyPatch, method: str
) -> None:
    """Target phrases, unused figures, silences (numeric and named items, goals sharing a quote): the second process
    gives what one process reads, started by fork or (where there is none) by spawn."""
    targets = _generate(600, tmp_path, loose_ends=True)
    # passages excluded (everywhere; to a document's end), and a second source id naming the review's file
    excluded = (
        "  - {quote: 确保, reason: x}\n  - {quote: （g500）, source: review, reason: y, rest_of_document: true}\n"
    )
    edit(targets, "sources:\n", f"excluded:\n{excluded}sources:\n")
    edit(targets, "  review: {", "  again: {path: sources/review.txt, title: 又, role: review}\n  review: {")
    if method == "spawn":
        monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    alone = _serial(targets)
    assert apart == []
    shared = _apart(targets)
    assert apart == [shared]  # the second process's answer, not the first process reading again
    assert shared == alone
    assert alone.target_phrases > 500 and alone.review_figures > 200
    assert alone.suspicious_silences and alone.uncovered_targets and alone.unused_figures
    assert multiprocessing.active_children() == []


def test_the_second_process_reads_the_silent_measures_with_the_figures_verify_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first process sends, with the marks, the figures verify read of the silent numeric goals' quotes: the second
    reads each measure with them (reading those quotes again cost it as much as the measures), and gives the coverage
    one process gives."""
    import threading

    targets = _generate(300, tmp_path, loose_ends=True)
    alone = _serial(targets)
    audit = pipeline.load_audit(targets, targets.parent / "actuals.yaml")
    job, aliases = doc_coverage.coverage_job(audit.targets, audit.actuals, audit.documents)
    figures = doc_coverage.silent_figures(job, audit.figures)
    numeric = {goal.quote for goal in job.silent if goal.kind in doc_coverage.NUMERIC_RULES}
    assert numeric and set(figures) == numeric
    assert all(tuple(figures[quote]) == tuple(audit.figures[quote]) for quote in numeric)
    read: list[bool] = []
    real = doc_coverage._measure

    def measure(quote: str, given: Any = None) -> str:
        read.append(given is not None)
        return real(quote, given)

    monkeypatch.setattr(doc_coverage, "_measure", measure)
    marked = doc_coverage.marks(job, aliases, audit.targets, audit.actuals, audit.places)
    messages = (figures, (marked, doc_coverage.review_readings(job, audit.figures)))
    here, there = multiprocessing.Pipe()
    sender = threading.Thread(target=lambda: [here.send(m) for m in messages])  # a pipe holds less than the marks
    sender.start()
    handlers = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    try:
        doc_coverage.cover_apart(job, there)  # the second process's work, here
    finally:
        signal.signal(signal.SIGINT, handlers[0])
        signal.signal(signal.SIGTERM, handlers[1])
        sender.join()
    shared = here.recv()
    here.close()
    assert shared == alone and alone.suspicious_silences
    assert read and all(read)  # every measure read with verify's figures of its quote, none read again


def test_a_long_review_is_read_a_piece_at_a_time_by_the_second_process(
    tmp_path: Path, apart: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first process reads the reviews' figures for the second only up to READ_WHOLE characters (they are all in
    memory then): a longer review is read by the second, a piece at a time, with the same coverage."""
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("a spawned process does not inherit the patched PIECE")
    targets = _generate(300, tmp_path, loose_ends=True)
    alone = _serial(targets)
    sent: list[object] = []
    real = doc_coverage.review_readings
    monkeypatch.setattr(doc_coverage, "READ_WHOLE", 0)
    monkeypatch.setattr(doc_coverage, "PIECE", 2000)
    monkeypatch.setattr(doc_coverage, "review_readings", lambda *args: sent.append(real(*args)) or sent[-1])
    shared = _apart(targets)
    assert sent == [{}] and apart == [shared]
    assert shared == alone and alone.unused_figures


def test_an_audit_read_apart_reports_the_same_in_every_format(
    workdir: Path, apart: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a plan phrase no goal quotes."""
    edit(workdir / "sources" / "plan.txt", "精心举办第五届招商大会。", "精心举办第五届招商大会。新建道路20条。")
    formats = ("json", "table", "markdown", "html", "junit", "github")
    shared = {fmt: run_cli("check", "--format", fmt, "--all") for fmt in formats}
    assert len(apart) == len(formats) and all(coverage is not None for coverage in apart)
    monkeypatch.setattr(pipeline, "READ_APART", 10**12)
    alone = {fmt: run_cli("check", "--format", fmt, "--all") for fmt in formats}
    assert len(apart) == len(formats)  # no second process for these
    for fmt in formats:
        assert (shared[fmt].exit_code, shared[fmt].stdout) == (alone[fmt].exit_code, alone[fmt].stdout), fmt
    coverage = json.loads(shared["json"].stdout)["document_coverage"]
    assert coverage["targets"]["found"] > coverage["targets"]["covered"] > 0


@pytest.mark.parametrize("how", ["raises", "killed"])
def test_a_second_process_that_fails_leaves_the_first_to_read(tmp_path: Path, apart: list[object], how: str) -> None:
    """If the second process cannot give the coverage (it raised, it was killed), the first reads the documents
    itself: the same coverage, one core, no process left."""
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("a spawned process does not inherit the patch that breaks it")
    targets = _generate(300, tmp_path)
    alone = _serial(targets)

    def broken(job: object, known: object = None) -> object:
        if how == "killed":
            os.kill(os.getpid(), signal.SIGKILL)
        raise MemoryError

    real = doc_coverage.prepare
    doc_coverage.prepare = broken  # type: ignore[assignment]  # the forked process inherits it
    try:
        shared = _apart(targets)
    finally:
        doc_coverage.prepare = real
    assert apart == [None]
    assert shared == alone
    assert multiprocessing.active_children() == []


def test_an_invalid_audit_read_apart_stops_its_second_process(bundled: Path, apart: list[object]) -> None:
    """A quote that does not stand is found after the second process started: the same located problem and exit 2,
    nothing written, no process left."""
    edit(bundled / "targets.yaml", "quote: ", "quote: 不在计划中的话", 1)
    result = run_cli("check", "--format", "json", "-o", "report.json")
    assert result.exit_code == 2
    assert "targets.yaml:" in result.stderr and "not found" in result.stderr and "Traceback" not in result.stderr
    assert not (bundled / "report.json").exists()
    assert multiprocessing.active_children() == []


def test_ctrl_c_while_the_second_process_reads(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT to the whole process group) while both processes work: "interrupted", exit 130, no
    traceback, no report, and the second process is gone too."""
    targets = _generate(6000, tmp_path)  # plan and review over READ_APART characters
    report = tmp_path / "report.json"
    command = [sys.executable, "-m", "planaudit", "check", "-t", str(targets), "-f", "json", "-o", str(report)]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # as from a terminal: a suite run in the background (`cmd &` in a script) ignores SIGINT, and an ignored
        # signal stays ignored across exec, so Python would never raise KeyboardInterrupt (the run ended 0)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    if not children.exists():
        process.kill()
        pytest.skip("no /proc to find the second process in")
    second: list[int] = []
    deadline = time.monotonic() + 120
    while not second and process.poll() is None and time.monotonic() < deadline:
        second = [int(pid) for pid in children.read_text().split()]
        time.sleep(0.01)
    assert second, "the second process never started"
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert b"interrupted" in stderr and b"Traceback" not in stderr
    assert not report.exists()
    for pid in second:  # gone, or a zombie its reaper has not collected yet
        status = Path(f"/proc/{pid}/status")
        deadline = time.monotonic() + 10
        while status.exists() and "State:\tZ" not in status.read_text() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not status.exists() or "State:\tZ" in status.read_text()


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks on this platform")
def test_the_second_process_starts_with_ctrl_c_held_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ctrl-C in the moment between the fork and the second process ignoring it printed that process's traceback
    ("Process ForkProcess-1: Traceback … KeyboardInterrupt"): the process starts with SIGINT blocked, which it unblocks
    once it ignores it, and this one's mask is as it was once the process is started."""
    masks: list[set[signal.Signals]] = []
    real = multiprocessing.process.BaseProcess.start

    def start(self: Any) -> None:
        masks.append(signal.pthread_sigmask(signal.SIG_BLOCK, set()))
        real(self)

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", start)
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())
    job = doc_coverage.Job(texts={}, plans=(), reviews=(), silent=())
    worker = doc_coverage.CoverageWorker(job)
    try:
        assert len(masks) == 1 and signal.SIGINT in masks[0]
        assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())
    finally:
        worker.close()


def test_a_process_pinned_to_one_cpu_reads_the_documents_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CPUs counted are those the process may run on (a CI job pinned to one by taskset or its runner), not the
    machine's: pinned to one, even a big audit is read in one process."""
    if not hasattr(os, "sched_getaffinity"):
        pytest.skip("no CPU affinity on this platform")
    monkeypatch.setattr(pipeline, "READ_APART", 0)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    assert pipeline.cpus() == 1
    started: list[object] = []
    monkeypatch.setattr(doc_coverage, "CoverageWorker", lambda *args: started.append(args))
    targets = _generate(50, tmp_path)
    [(_, audit)] = pipeline.load_reviews(targets, targets.parent / "actuals.yaml", None, documents=True)
    assert started == [] and audit.coverage is None
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    assert pipeline.cpus() == 2


def test_the_second_process_reads_the_plans_with_the_quotes_figures_read_ahead(
    tmp_path: Path, apart: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big audit's quotes have their figures read while the targets file loads (loader.figures_ahead): the forked
    coverage process reads the plans with them, each sentence a goal quotes taken as read, and gives what one process
    gives."""
    from planaudit import loader

    targets = _generate(300, tmp_path, loose_ends=True)
    alone = _serial(targets)
    monkeypatch.setattr(loader, "LOAD_APART", 0)
    given: list[int] = []
    real = doc_coverage.CoverageWorker.__init__

    def started(self: doc_coverage.CoverageWorker, job: doc_coverage.Job, known: Any = None) -> None:
        given.append(len(known or {}))
        real(self, job, known)

    monkeypatch.setattr(doc_coverage.CoverageWorker, "__init__", started)
    assert _apart(targets) == alone and len(apart) == 1 and apart[0] == alone
    assert given and given[0] > 150
    # the plans read with those figures, as the second process reads them
    audit = pipeline.load_audit(targets, targets.parent / "actuals.yaml")
    job, _ = doc_coverage.coverage_job(audit.targets, audit.actuals, audit.documents)
    ahead = loader.figures_ahead(targets.read_text("utf-8"), {})
    pieces: list[int] = []
    known_read = doc_coverage.read_figures_known

    def read(text: str, known: Any) -> Any:
        pieces.append(sum(piece in known for piece in text.split("。")))
        return known_read(text, known)

    monkeypatch.setattr(doc_coverage, "read_figures_known", read)
    assert doc_coverage.prepare(job, ahead) == doc_coverage.prepare(job)
    assert pieces[0] > 150 and pieces[1] == 0


def test_the_reviews_are_read_with_every_evidence_quotes_figures_read_ahead(
    tmp_path: Path, apart: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review's sentences quoted by entries whose numbers verify does not look for (a milestone's, a named item's)
    have their figures read ahead too: the reviews are read with them, and the coverage is one process's."""
    from planaudit import loader

    targets = _generate(300, tmp_path)
    alone = _serial(targets)
    monkeypatch.setattr(loader, "LOAD_APART", 0)
    given: list[set[str]] = []
    real = doc_coverage.review_readings

    def readings(job: doc_coverage.Job, known: Any = None) -> Any:
        given.append(set(known or ()))
        return real(job, known)

    monkeypatch.setattr(doc_coverage, "review_readings", readings)
    assert _apart(targets) == alone and apart == [alone]
    milestone = next(  # a reported milestone's evidence: verify looks for no number in it
        line.split("quote: ", 1)[1].strip()
        for line in (tmp_path / "actuals.yaml").read_text("utf-8").splitlines()
        if line.strip().startswith("quote:") and "已于8月完成" in line
    )
    assert given and milestone in given[0]


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks on this platform")
def test_a_run_that_stops_early_ends_its_second_process_even_with_sigterm_blocked(tmp_path: Path) -> None:
    """A run that stops after the second process started and before its result is read (here a usage error; the
    marks never sent, so the process waits for them, and the worker still referenced) ends at once, although what
    started it blocked SIGTERM (a mask is inherited across exec and fork): multiprocessing's own exit handler
    would wait on it forever."""
    targets = _generate(6000, tmp_path)  # plan and review over READ_APART characters
    script = (
        "import signal, sys\n"
        "signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})\n"
        "from planaudit import doc_coverage\n"
        "doc_coverage.CoverageWorker.send = lambda self, marked, readings: None\n"
        "held, start = [], doc_coverage.CoverageWorker.__init__\n"  # still referenced at exit: its pipe stays open
        "doc_coverage.CoverageWorker.__init__ = lambda self, *a: (held.append(self), start(self, *a))[1]\n"
        "from planaudit.entry import main\n"
        "sys.argv = ['planaudit', 'check', '-t', sys.argv[1], '--section', 'nowhere']\n"
        "main()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(targets)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 2, stderr
    assert "unknown section nowhere" in stderr and "Traceback" not in stderr
