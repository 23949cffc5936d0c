"""A big audit's actuals file loaded, and its JSON goals' lines made, in a forked process: the same as in one."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
from pathlib import Path

import pytest

from planaudit import loader, pipeline, yamlsafe
from planaudit.report import json_report
from tests.conftest import edit, run_cli

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the work is done apart only where there is fork")


def _generate(goals: int, folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    targets, _ = module.generate(goals, folder)
    return Path(targets)


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every actuals file loaded apart and every report's goals split, however small, on any machine; what each
    forked process gave back ("loaded", "lines", or "none" when it gave nothing and the work was done here)."""
    monkeypatch.setattr(loader, "LOAD_APART", 0)
    monkeypatch.setattr(json_report, "RENDER_APART", 2)
    monkeypatch.setattr(pipeline, "cpus", lambda: 2)
    monkeypatch.setattr(pipeline, "READ_APART", 10**12)  # no coverage process: its children are multiprocessing's
    FORKED.clear()
    fork = os.fork

    def recorded() -> int:
        pid = fork()
        if pid:
            FORKED.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", recorded)
    given: list[str] = []
    result = loader.LoadApart.result

    def loaded(self: loader.LoadApart) -> yamlsafe.Loaded | None:
        values = result(self)
        given.append("none" if values is None else "loaded")
        return values

    monkeypatch.setattr(loader.LoadApart, "result", loaded)
    real_tail = json_report._tail_text

    def tail_here(results: list[object]) -> str:  # in this process: the forked one exits before it returns
        given.append("none")
        return real_tail(results)  # type: ignore[arg-type]

    waitpid = os.waitpid

    def reaped(pid: int, options: int) -> tuple[int, int]:
        done = waitpid(pid, options)
        if options == 0 and done[1] == 0 and pid in tails:
            given.append("lines")
        return done

    tails: set[int] = set()
    begin = json_report._Tail.begin.__func__  # type: ignore[attr-defined]

    def begun(cls: type[json_report._Tail], results: list[object]) -> json_report._Tail | None:
        tail = begin(cls, results)
        if tail is not None:
            tails.add(tail._pid)
        return tail

    monkeypatch.setattr(json_report._Tail, "begin", classmethod(begun))
    monkeypatch.setattr(os, "waitpid", reaped)
    monkeypatch.setattr(json_report, "_tail_text", tail_here)
    return given


def _alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "LOAD_APART", 10**12)
    monkeypatch.setattr(json_report, "RENDER_APART", 10**12)


def test_actuals_loaded_apart_are_the_actuals_loaded_in_one_process(tmp_path: Path, forks: list[str]) -> None:
    """Models, documents and the line of each entry: what the forked process loaded is what one process loads."""
    targets = _generate(300, tmp_path)
    actuals = targets.parent / "actuals.yaml"
    apart = loader.load(str(targets), str(actuals), apart=True)
    assert forks == ["loaded"]
    alone = loader.load(str(targets), str(actuals))
    assert forks == ["loaded"]
    assert apart.actuals == alone.actuals and apart.targets == alone.targets
    assert apart.actuals_doc.item_lines == alone.actuals_doc.item_lines
    assert apart.targets_doc.item_lines == alone.targets_doc.item_lines and len(alone.targets_doc.item_lines) == 300
    assert apart.actuals_doc.text == alone.actuals_doc.text
    assert len(FORKED) == 1 and not _children()


FORKED: list[int] = []  # the processes forked in the current test


def _children() -> bool:
    """Whether a process forked in this test is left, running or not reaped."""
    left = False
    for pid in FORKED:
        try:
            os.waitpid(pid, os.WNOHANG)
            left = True
        except ChildProcessError:
            pass
    return left


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("value: ", "value: [1, ", "invalid YAML"),  # libyaml's error, found in the forked process first
        ("value: ", "value: abc", "must be"),  # the schema's, found here
        ("value: ", "value: &a ", "anchors"),  # planaudit's own YAML rule
    ],
)
def test_an_invalid_actuals_file_loaded_apart_says_what_one_process_says(
    tmp_path: Path, forks: list[str], monkeypatch: pytest.MonkeyPatch, old: str, new: str, where: str
) -> None:
    """path:line:col, the same words, exit 2, nothing written, whether the forked process loaded the file or not."""
    targets = _generate(200, tmp_path)
    edit(targets.parent / "actuals.yaml", old, new)
    monkeypatch.chdir(tmp_path)
    apart = run_cli("check", "-t", str(targets), "-f", "json", "-o", "report.json")
    assert forks in (["none"], ["loaded"])  # a YAML error: nothing came back and the file was loaded here
    _alone(monkeypatch)
    alone = run_cli("check", "-t", str(targets), "-f", "json", "-o", "report.json")
    assert (apart.exit_code, apart.stdout, apart.stderr) == (alone.exit_code, alone.stdout, alone.stderr)
    assert apart.exit_code == 2 and where in apart.stderr and "actuals.yaml:" in apart.stderr
    assert "Traceback" not in apart.stderr
    assert not (tmp_path / "report.json").exists()


def test_both_files_unreadable_are_both_reported_as_in_one_process(
    tmp_path: Path, forks: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each file read once, in order: a missing actuals file after an invalid targets file, both located."""
    targets = _generate(50, tmp_path)
    edit(targets, "goals:", "goals: [")
    os.remove(targets.parent / "actuals.yaml")
    apart = run_cli("check", "-t", str(targets), "-f", "json")
    _alone(monkeypatch)
    alone = run_cli("check", "-t", str(targets), "-f", "json")
    assert (apart.exit_code, apart.stderr) == (alone.exit_code, alone.stderr)
    assert apart.exit_code == 2 and "targets.yaml:" in apart.stderr and "file not found" in apart.stderr


@pytest.mark.parametrize("how", ["raises", "killed"])
def test_a_forked_process_that_fails_leaves_the_work_to_this_one(
    tmp_path: Path, forks: list[str], monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """If the forked process gives nothing (it raised, it was killed), this one loads the file and makes the lines
    itself: the same report, and no process left."""
    targets = _generate(300, tmp_path)
    monkeypatch.chdir(tmp_path)
    _alone(monkeypatch)
    alone = run_cli("check", "-t", str(targets), "-f", "json", "--all")
    monkeypatch.setattr(loader, "LOAD_APART", 0)
    monkeypatch.setattr(json_report, "RENDER_APART", 2)
    pid = os.getpid()

    def broken(*args: object) -> object:
        if os.getpid() == pid:  # this process: as ever
            return real(*args)
        if how == "killed":
            os.kill(os.getpid(), signal.SIGKILL)
        raise MemoryError

    real = yamlsafe.load
    monkeypatch.setattr(yamlsafe, "load", broken)
    real_line = json_report._encode_line

    def line(item: object) -> str:
        if os.getpid() != pid:
            broken()
        return real_line(item)

    monkeypatch.setattr(json_report, "_encode_line", line)
    forks.clear()  # the run above loaded the small file here too
    apart = run_cli("check", "-t", str(targets), "-f", "json", "--all")
    assert forks == ["none", "none"]
    assert (apart.exit_code, apart.stdout, apart.stderr) == (alone.exit_code, alone.stdout, alone.stderr)
    assert len(FORKED) == 2 and not _children()


def test_a_report_whose_goals_are_made_in_two_processes_is_the_report_made_in_one(
    tmp_path: Path, forks: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every goal once, in order, with the separators one process writes, to stdout and to a file; a ledger's too."""
    targets = _generate(600, tmp_path)
    monkeypatch.chdir(tmp_path)
    apart = run_cli("check", "-t", str(targets), "-f", "json", "--all")
    run_cli("check", "-t", str(targets), "-f", "json", "-o", "apart.json")
    assert forks == ["loaded", "lines", "loaded", "lines"]
    _alone(monkeypatch)
    alone = run_cli("check", "-t", str(targets), "-f", "json", "--all")
    run_cli("check", "-t", str(targets), "-f", "json", "-o", "alone.json")
    assert apart.exit_code == alone.exit_code == 0
    assert apart.stdout == alone.stdout and len(json.loads(apart.stdout)["goals"]) == 600
    assert (tmp_path / "apart.json").read_bytes() == (tmp_path / "alone.json").read_bytes()


def test_json_goals_split_at_any_count(forks: list[str], monkeypatch: pytest.MonkeyPatch, workdir: Path) -> None:
    """A report of two goals or of one shown (--verdict) is split, or not, without a goal lost or doubled."""
    for verdicts in ((), ("--verdict", "met"), ("--verdict", "missed")):
        monkeypatch.setattr(json_report, "RENDER_APART", 1)
        apart = run_cli("check", "-f", "json", "--all", *verdicts)
        _alone(monkeypatch)
        alone = run_cli("check", "-f", "json", "--all", *verdicts)
        assert (apart.exit_code, apart.stdout) == (alone.exit_code, alone.stdout), verdicts
    assert "lines" in forks


def test_one_cpu_does_all_the_work_in_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pinned to one CPU (taskset, a CI runner), nothing is forked, however big the audit."""
    monkeypatch.setattr(loader, "LOAD_APART", 0)
    monkeypatch.setattr(json_report, "RENDER_APART", 2)
    monkeypatch.setattr(pipeline, "cpus", lambda: 1)
    forked: list[int] = []
    fork = os.fork

    def counted() -> int:
        pid = fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counted)
    monkeypatch.setattr(pipeline, "READ_APART", 10**12)
    targets = _generate(100, tmp_path)
    monkeypatch.chdir(tmp_path)
    assert run_cli("check", "-t", str(targets), "-f", "json").exit_code == 0
    assert forked == []
    monkeypatch.setattr(pipeline, "cpus", lambda: 2)
    assert run_cli("check", "-t", str(targets), "-f", "json").exit_code == 0
    assert len(forked) == 2  # the actuals file, the goals' lines


def test_figures_ahead_are_each_quotes_figures() -> None:
    """Every quote of the actuals file's values, and each quote the targets file writes on a line of its own (plain, in
    double or single quotes), with its figures as figures_of_quote reads them; a line read wrongly is only left out."""
    from planaudit.reading.figures import figures_of_quote

    targets_text = (
        "goals:\n  - id: a\n    quote: 确保新增就业1.2万人以上\n"
        '  - id: b\n    quote: "GDP growth of 5.5% in 2024"  \n'
        "  - id: c\n    quote: '到2025年建成30个'\n"
        "  - {id: d, quote: 在一行里的3个}\n"
        "  - id: e\n    quote: 带注释的12个 # a comment\n"
        "  - id: f\n    quote: 第一行7个\n      第二行8个\n"
        "baselines:\n  b1: {value: 5, quote: x}\n  b2:\n    quote: 基期为20亿元\r\n"
    )
    actuals = {
        "goals": {
            "a": {"evidence": [{"source": "review", "quote": "新增就业1.3万人"}]},
            "b": {"values": {"m": {"evidence": [{"quote": "增长了四成"}]}}},
        },
        "untracked": [{"id": "u", "quote": "新建学校3所"}],
        "years": {2024: {"goals": {"c": {"evidence": [{"quote": "建成28个"}]}}}},
    }
    ahead = loader.figures_ahead(targets_text, actuals)
    wanted = {
        "确保新增就业1.2万人以上", "GDP growth of 5.5% in 2024", "到2025年建成30个", "第一行7个", "基期为20亿元",
        "新增就业1.3万人", "增长了四成", "新建学校3所", "建成28个",
    }  # fmt: skip
    assert set(ahead) == wanted
    assert all(ahead[quote] == figures_of_quote(quote) for quote in ahead)
    assert [f.value for f in ahead["GDP growth of 5.5% in 2024"]] and ahead["新建学校3所"][0].value == 3


def test_the_first_process_reads_no_figure_the_second_read_ahead(
    tmp_path: Path, forks: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """While this process loads the targets file, the forked one reads the figures of both files' quotes: verify here
    reads none again, and the report is the one process's."""
    from planaudit import verify

    targets = _generate(300, tmp_path)
    edit(targets, "    quote: 确保", '    quote: "确保', 50)  # some quotes written in double quotes
    text = targets.read_text("utf-8").splitlines(keepends=True)
    targets.write_text("".join(f'{line.rstrip()}"\n' if '    quote: "' in line else line for line in text), "utf-8")
    monkeypatch.chdir(tmp_path)
    pid = os.getpid()
    read: list[str] = []
    real = verify.figures_of_quote

    def counted(quote: str) -> object:
        if os.getpid() == pid:
            read.append(quote)
        return real(quote)

    monkeypatch.setattr(verify, "figures_of_quote", counted)
    apart = run_cli("check", "-t", str(targets), "-f", "json", "--all")
    assert forks == ["loaded", "lines"] and read == []
    _alone(monkeypatch)
    alone = run_cli("check", "-t", str(targets), "-f", "json", "--all")
    assert len(read) > 150  # read here, one quote at a time
    assert (apart.exit_code, apart.stdout, apart.stderr) == (alone.exit_code, alone.stdout, alone.stderr)
    assert apart.exit_code == 0 and len(json.loads(apart.stdout)["goals"]) == 300
