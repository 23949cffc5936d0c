"""Issue #11: planaudit on untrusted pull requests — hostile paths, bytes, sizes, streams and environments."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planaudit
from tests.conftest import run_cli

TARGETS = """\
plan: {id: demo, title: Demo plan, period: "2019"}
sources:
  plan: {path: sources/plan.txt, title: Plan, role: plan}
  review: {path: sources/review.txt, title: Review, role: review}
sections:
  - {id: s1, title: Investment}
goals:
  - id: fdi
    section: s1
    title: Contracted FDI
    quote: 力争完成合同外资8亿美元
    level: stretch
    rule: {kind: at_least, target: 8, unit: 亿美元}
  - id: fair
    section: s1
    title: Investment fair
    quote: 精心举办第五届招商大会
    level: plain
    rule: {kind: milestone}
"""
ACTUALS = """\
plan: demo
goals:
  fdi:
    status: reported
    value: 7.85
    unit: 亿美元
    evidence:
      - {source: review, quote: 完成合同利用外资7.85亿美元}
  fair:
    status: silent
"""
PLAN_TEXT = "2019年工作计划\n力争完成合同外资8亿美元。精心举办第五届招商大会。\n"
REVIEW_TEXT = "2019年回顾\n全年完成合同利用外资7.85亿美元，增长30.8%。\n"
SECRET = "API_KEY=abc123secret\n"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
SUBPROCESS_ENV = {
    **os.environ,
    "PYTHONPATH": str(Path(planaudit.__file__).resolve().parents[1]),  # the planaudit under test
    "PLANAUDIT_LANG": "en",
    "NO_COLOR": "1",
    "COLUMNS": "80",
    "GITHUB_STEP_SUMMARY": "",
}


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes | str]]:
    """Every entry under a folder: its type bits and content (a link's target), to prove nothing changed."""
    seen: dict[str, tuple[int, bytes | str]] = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        if stat.S_ISREG(info.st_mode):
            seen[str(path)] = (info.st_mode, path.read_bytes())
        elif stat.S_ISLNK(info.st_mode):
            seen[str(path)] = (info.st_mode, os.readlink(path))
        else:
            seen[str(path)] = (info.st_mode, b"")
    return seen


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A small valid audit in tmp/work (the current directory), and tmp/outside/secret.txt that no run may
    read or change; after the test, the outside folder is as it was and no temporary file is left."""
    folder = tmp_path / "work"
    (folder / "sources").mkdir(parents=True)
    (folder / "targets.yaml").write_text(TARGETS, encoding="utf-8")
    (folder / "actuals.yaml").write_text(ACTUALS, encoding="utf-8")
    (folder / "sources" / "plan.txt").write_text(PLAN_TEXT, encoding="utf-8")
    (folder / "sources" / "review.txt").write_text(REVIEW_TEXT, encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    before = _snapshot(outside)
    monkeypatch.chdir(folder)
    yield folder
    assert _snapshot(outside) == before, "a run changed something outside its folder"
    assert not list(folder.rglob(".planaudit-*.tmp")), "a temporary file was left behind"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _run(*args: str, env: dict[str, str] | None = None, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planaudit", *args],
        capture_output=True,
        text=True,
        env={**SUBPROCESS_ENV, **(env or {})},
        timeout=60,
        **kwargs,  # type: ignore[call-overload]
    )


# 1. --output never replaces a device, a FIFO or a symlink.


@pytest.mark.skipif(not IS_ROOT, reason="creating a device node needs root")
def test_output_to_a_null_device_writes_through_and_keeps_the_node(work: Path) -> None:
    node = work / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    before = _snapshot(work)
    result = run_cli("check", "-o", "null")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert stat.S_ISCHR(node.lstat().st_mode) and node.lstat().st_rdev == os.makedev(1, 3)
    assert _snapshot(work) == before


@pytest.mark.skipif(not IS_ROOT, reason="creating a device node needs root")
def test_output_to_a_full_device_fails_and_keeps_the_node(work: Path) -> None:
    node = work / "full"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    before = _snapshot(work)
    result = run_cli("check", "-o", "full")
    assert result.exit_code == 2
    assert result.stderr == "error: cannot write the report to full: No space left on device\n"
    assert _snapshot(work) == before


def test_output_to_a_fifo_read_by_another_process_is_streamed(work: Path) -> None:
    os.mkfifo(work / "pipe")
    reader = subprocess.Popen(["cat", str(work / "pipe")], stdout=subprocess.PIPE)
    try:
        result = _run("check", "-f", "github", "-o", "pipe", cwd=work)
        out, _ = reader.communicate(timeout=10)
    finally:
        reader.kill()
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert out.decode().startswith("::warning file=targets.yaml,line=8,")
    assert stat.S_ISFIFO((work / "pipe").lstat().st_mode)


def test_output_to_a_fifo_nobody_reads_fails_at_once(work: Path) -> None:
    os.mkfifo(work / "pipe")
    result = run_cli("check", "-o", "pipe")  # a blocking open would wait here for a reader that never comes
    assert result.exit_code == 2
    assert result.stderr == "error: cannot write the report to pipe: no process is reading that pipe\n"
    assert stat.S_ISFIFO((work / "pipe").lstat().st_mode)


def test_output_through_a_symlink_writes_the_target_and_keeps_the_link(work: Path) -> None:
    (work / "out").mkdir()
    (work / "link.json").symlink_to("out/report.json")
    result = run_cli("check", "-f", "json", "-o", "link.json")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert (work / "link.json").is_symlink() and os.readlink(work / "link.json") == "out/report.json"
    assert json.loads((work / "out" / "report.json").read_text(encoding="utf-8"))["schema_version"] == 1


def test_output_symlink_to_an_input_is_refused(work: Path) -> None:
    (work / "link.json").symlink_to("sources/review.txt")
    before = _snapshot(work)
    result = run_cli("check", "-o", "link.json")
    assert result.exit_code == 2
    assert result.stderr == "error: refusing to write the report over the input file sources/review.txt\n"
    assert _snapshot(work) == before


def test_output_dash_is_standard_output(work: Path) -> None:
    before = _snapshot(work)
    result = run_cli("check", "-f", "json", "-o", "-")
    assert result.exit_code == 0 and result.stderr == ""
    assert json.loads(result.stdout)["plan"]["id"] == "demo"
    assert _snapshot(work) == before


# 2, 3. Sources stay inside the sources root and must be regular files.


def _source(work: Path, path: str) -> None:
    _edit(work / "targets.yaml", "path: sources/review.txt", f"path: {path}")


@pytest.mark.parametrize(
    "path",
    ["ABSOLUTE", "../outside/secret.txt", "sources/../../outside/secret.txt", "escape.txt"],
    ids=["absolute", "dotdot", "dotdot-inside-path", "symlink"],
)
def test_a_source_outside_the_root_is_refused_unread(work: Path, path: str) -> None:
    secret = work.parent / "outside" / "secret.txt"
    if path == "ABSOLUTE":
        path = str(secret)
    (work / "escape.txt").symlink_to(secret)
    _source(work, path)
    before = _snapshot(work)
    atime = secret.stat().st_atime_ns
    result = run_cli("check", "-f", "json", "-o", "report.json")
    assert result.exit_code == 2
    assert result.stderr == (
        "targets.yaml:4:18: source 'review': source path leaves the sources root "
        "(the folder of the targets file; widen it with --sources-root DIR)\n"
    )
    assert "abc123" not in result.stderr and result.stdout == ""
    assert secret.stat().st_atime_ns == atime
    assert _snapshot(work) == before


def test_sources_root_widens_the_root(work: Path) -> None:
    outside = work.parent / "outside"
    (outside / "review.txt").write_text(REVIEW_TEXT, encoding="utf-8")
    _source(work, "../outside/review.txt")
    result = run_cli("check", "--sources-root", "..")
    assert result.exit_code == 0, result.stderr
    (outside / "review.txt").unlink()


def test_a_quote_never_echoes_a_file_outside_the_root(work: Path) -> None:
    _source(work, "../outside/secret.txt")
    _edit(work / "actuals.yaml", "quote: 完成合同利用外资7.85亿美元", "quote: API_KEY=zzz 7.85亿美元")
    result = run_cli("check")
    assert result.exit_code == 2
    assert "abc123" not in result.stderr and "API_KEY" not in result.stderr.replace("API_KEY=zzz", "")


@pytest.mark.parametrize("kind", ["fifo", "directory", "device", "socket"])
def test_a_source_that_is_not_a_regular_file_is_refused_at_once(work: Path, kind: str) -> None:
    node = work / "sources" / "node"
    if kind == "fifo":
        os.mkfifo(node)
    elif kind == "directory":
        node.mkdir()
    elif kind == "device":
        if not IS_ROOT:
            pytest.skip("creating a device node needs root")
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    else:
        import socket

        server = socket.socket(socket.AF_UNIX)
        server.bind(str(node))
    _source(work, "sources/node")
    result = run_cli("check")  # refused before it is opened: a pipe nobody writes to would block a read for ever
    what = {
        "fifo": "is a pipe (FIFO), not a regular file",
        "directory": "is a directory, not a file",
        "device": "is a character device, not a regular file",
        "socket": "is a socket, not a regular file",
    }[kind]
    assert result.exit_code == 2
    assert result.stderr == f"targets.yaml:4:18: source 'review' (sources/node): {what}\n"


# 9. Inputs that are FIFOs or pipes never hang.


def test_targets_as_a_fifo_is_refused_at_once(work: Path) -> None:
    os.mkfifo(work / "plan.fifo")
    result = _run("check", "-t", "plan.fifo", cwd=work)  # a run blocked on the FIFO fails at _run's timeout
    assert (result.returncode, result.stderr) == (2, "plan.fifo: is a pipe (FIFO), not a regular file\n")


def test_targets_from_dev_stdin_on_an_open_pipe_is_refused(work: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "planaudit", "check", "-t", "/dev/stdin", "-a", "actuals.yaml"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=SUBPROCESS_ENV,
        cwd=work,
    )
    try:
        _, err = proc.communicate(timeout=10)  # stdin stays open until communicate closes it
    finally:
        proc.kill()
    assert proc.returncode == 2
    assert err == "/dev/stdin: is a pipe (FIFO), not a regular file\n"


def test_step_summary_as_a_fifo_is_a_warning_and_keeps_the_gate(work: Path) -> None:
    os.mkfifo(work / "summary")
    result = _run("check", env={"GITHUB_STEP_SUMMARY": "summary"}, cwd=work)  # blocked on the FIFO: timeout
    assert result.returncode == 0
    assert (
        result.stderr == "warning: step summary not written: GITHUB_STEP_SUMMARY file summary is not a regular file\n"
    )


# 4, 6. Control characters, bidirectional marks and line breaks in the data.

HOSTILE_FIELDS = [
    (
        "targets.yaml",
        "title: Contracted FDI",
        'title: "\\e[31mRED\\e[0m"',
        "targets.yaml:10:12: 'title': control character U+001B",
    ),
    (
        "targets.yaml",
        "title: Investment fair",
        'title: "a\\u202Eb"',
        "targets.yaml:16:12: 'title': bidirectional control U+202E",
    ),
    (
        "targets.yaml",
        "title: Contracted FDI",
        'title: "line\\n::error::pwned"',
        "targets.yaml:10:12: 'title': a line break",
    ),
    (
        "targets.yaml",
        "- {id: s1, title: Investment}",
        '- {id: s1, title: "I\\u2066x"}',
        "targets.yaml:6:21: 'title': bidirectional control U+2066",
    ),
    (
        "targets.yaml",
        "rule: {kind: at_least, target: 8, unit: 亿美元}",
        'rule: {kind: at_least, target: 8, unit: "亿\\x07"}',
        "targets.yaml:13:45: 'unit': control character U+0007",
    ),
    (
        "targets.yaml",
        "quote: 力争完成合同外资8亿美元",
        'quote: "力争\\x9b完成"',
        "targets.yaml:11:12: 'quote': control character U+009B",
    ),
    (
        "actuals.yaml",
        "quote: 完成合同利用外资7.85亿美元}",
        'quote: "完成\\e]0;x\\a"}',
        "actuals.yaml:8:33: 'quote': control character U+001B",
    ),
    (
        "actuals.yaml",
        "status: silent",
        'status: silent\n    note: "a\\u202Db"',
        "actuals.yaml:11:11: 'note': bidirectional control U+202D",
    ),
    ("actuals.yaml", "fair:", '"f\\u202Eair":', "actuals.yaml:9:3: bidirectional control U+202E"),
    ("actuals.yaml", "unit: 亿美元", 'unit: "\\x1b"', "actuals.yaml:6:11: 'unit': control character U+001B"),
]


@pytest.mark.parametrize("case", HOSTILE_FIELDS, ids=[f"{c[0]}:{c[3].split(': ')[1]}" for c in HOSTILE_FIELDS])
def test_controls_and_bidi_marks_are_refused_with_a_location(work: Path, case: tuple[str, str, str, str]) -> None:
    name, old, new, expected = case
    _edit(work / name, old, new)
    before = _snapshot(work)
    result = run_cli("check", "-o", "report.txt")
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(expected), result.stderr
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert _snapshot(work) == before


def test_a_newline_is_allowed_in_a_note(work: Path) -> None:
    _edit(work / "actuals.yaml", "status: silent", 'status: silent\n    note: "first line\\n  ::second"')
    result = run_cli("check")
    assert result.exit_code == 0, result.stderr


def test_a_raw_line_separator_in_a_file_is_explained(work: Path) -> None:
    _edit(work / "targets.yaml", "title: Investment fair", "title: Investment\u2028fair")
    result = run_cli("check")
    assert result.exit_code == 2
    assert result.stderr == "targets.yaml:16:22: line separator U+2028 is not allowed; remove it\n"


def _hostile_scorecard(work: Path, title: str) -> object:
    from planaudit.pipeline import load_audit as _load

    scorecard = _REAL_SCORECARD(_load(Path("targets.yaml"), Path("actuals.yaml")), [])
    results = [r._replace(goal=r.goal.model_copy(update={"title": title, "quote": title})) for r in scorecard.results]
    return scorecard._replace(results=results)


_REAL_SCORECARD = __import__("planaudit.cli", fromlist=["_scorecard"])._scorecard
HOSTILE_TITLE = "\x1b[31mRED\x1b[0m\n  ::error::pwned\n##[group]x\x00\ufffe\u202eend"


@pytest.mark.parametrize("fmt", ["table", "markdown", "json", "junit", "github", "html"])
def test_every_reporter_escapes_what_validation_would_refuse(work: Path, fmt: str) -> None:
    from planaudit.report import Format, RenderOptions, render
    from planaudit.textsafe import has_command_line, safe_output

    text = render(Format(fmt), _hostile_scorecard(work, HOSTILE_TITLE), RenderOptions(color=True))  # type: ignore[arg-type]
    style = {"json": "json", "junit": "xml", "html": "xml", "markdown": "markdown"}.get(fmt, "plain")
    shown = text if fmt == "github" else safe_output(text, style)
    assert "\x00" not in shown and "\u202e" not in shown and "\ufffe" not in shown
    if fmt == "table":
        assert "\x1b[31mRED" not in shown and "\\x1b[31mRED" in shown
    else:
        assert "\x1b" not in shown
    if fmt == "github":
        assert all(line.startswith("::") for line in shown.splitlines())
        assert "pwned" in shown and "%0A  ::error::pwned" in shown
    else:
        assert not has_command_line(shown), shown
    if fmt == "junit":
        ET.fromstring(shown.split("\n", 1)[1])
    if fmt == "json":
        assert json.loads(shown)["goals"][0]["title"].startswith("\x1b[31mRED")


def test_explain_escapes_controls_and_command_lines(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planaudit import cli

    monkeypatch.setattr(cli, "_scorecard", lambda audit, sections: _hostile_scorecard(work, HOSTILE_TITLE))
    result = run_cli("explain", "fdi")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\\x1b[31mRED" in result.stdout
    assert "\n  \\::error::pwned" in result.stdout and "#\\#[group]" in result.stdout


STRING_FIELDS = [
    ("targets.yaml", "title: Contracted FDI", "title: {}"),
    ("targets.yaml", "title: Demo plan}", "title: {}}}"),
    ("targets.yaml", "title: Investment}", "title: {}}}"),
    ("targets.yaml", "quote: 精心举办第五届招商大会", "quote: {}"),
    ("actuals.yaml", "status: silent", "status: silent\n    note: {}"),
    ("actuals.yaml", "unit: 亿美元", "unit: {}"),
]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=40), field=st.sampled_from(STRING_FIELDS))
def test_any_text_in_a_string_field_never_reaches_stdout_as_esc_or_a_workflow_command(
    work: Path, text: str, field: tuple[str, str, str]
) -> None:
    name, old, new = field
    original = {"targets.yaml": TARGETS, "actuals.yaml": ACTUALS}
    (work / "targets.yaml").write_text(TARGETS, encoding="utf-8")
    (work / "actuals.yaml").write_text(ACTUALS, encoding="utf-8")
    (work / name).write_text(original[name].replace(old, new.format(json.dumps(text)), 1), encoding="utf-8")
    for fmt in ("table", "github", "markdown"):
        result = run_cli("check", "-f", fmt)
        assert "\x1b" not in result.stdout and "\x1b" not in result.stderr
        lines = result.stdout.splitlines()
        if fmt == "github":
            assert all(line.startswith("::") and "\n" not in line for line in lines)
        else:
            assert not any(line.lstrip().startswith("::") or "##[" in line for line in lines), lines


# 5, 11. The environment.


@pytest.mark.parametrize("value", ["abc", "-5", "0", "1e3", "٣", "100000000000000000000000000"])
def test_a_bad_max_file_size_is_a_usage_error(work: Path, value: str) -> None:
    result = run_cli("check", env={"PLANAUDIT_MAX_FILE_SIZE": value})
    assert result.exit_code == 2
    assert result.stderr == (
        "error: PLANAUDIT_MAX_FILE_SIZE must be a whole number of bytes from 1 to 1099511627776 (1 TiB)\n"
    )


def test_a_bad_lang_is_a_usage_error(work: Path) -> None:
    result = run_cli("check", env={"PLANAUDIT_LANG": "xx"})
    assert (result.exit_code, result.stderr) == (2, "error: PLANAUDIT_LANG must be zh or en (or unset)\n")


@pytest.mark.parametrize("columns", ["²", "٣٠٠", "99999999999999999999", " 90"])
def test_columns_that_are_not_ascii_digits_are_ignored(work: Path, columns: str) -> None:
    result = run_cli("check", env={"COLUMNS": columns})
    assert result.exit_code == 0 and result.stderr == ""
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_a_stdout_that_cannot_encode_chinese_still_gets_utf8(work: Path) -> None:
    result = _run("check", cwd=work, env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "亿美元" in result.stdout and "\\u4ebf" not in result.stdout


# 7. Inputs, sources and file modes.


def test_output_over_a_source_document_is_refused(work: Path) -> None:
    before = _snapshot(work)
    result = run_cli("check", "-o", "sources/plan.txt")
    assert result.exit_code == 2
    assert result.stderr == "error: refusing to write the report over the input file sources/plan.txt\n"
    assert _snapshot(work) == before


def test_step_summary_never_lands_on_an_input(work: Path) -> None:
    before = _snapshot(work)
    result = run_cli("check", env={"GITHUB_STEP_SUMMARY": "targets.yaml"})
    assert result.exit_code == 0
    assert result.stderr == (
        "warning: step summary not written: refusing to write the step summary over the input file targets.yaml\n"
    )
    assert _snapshot(work) == before


def test_a_read_only_report_is_not_replaced(work: Path) -> None:
    (work / "report.txt").write_text("old", encoding="utf-8")
    (work / "report.txt").chmod(0o444)
    result = run_cli("check", "-o", "report.txt")
    assert result.exit_code == 2
    assert result.stderr == "error: cannot write the report to report.txt: the file is read-only\n"
    assert (work / "report.txt").read_text(encoding="utf-8") == "old"


def test_a_new_report_gets_the_umask_mode_and_an_old_one_keeps_its_mode(work: Path) -> None:
    old = os.umask(0o022)
    try:
        assert run_cli("check", "-o", "new.txt").exit_code == 0
        (work / "kept.txt").write_text("old", encoding="utf-8")
        (work / "kept.txt").chmod(0o640)
        assert run_cli("check", "-o", "kept.txt").exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((work / "new.txt").stat().st_mode) == 0o644
    assert stat.S_IMODE((work / "kept.txt").stat().st_mode) == 0o640
    assert "Demo plan" in (work / "kept.txt").read_text(encoding="utf-8")


def test_targets_given_as_actuals_is_named(work: Path) -> None:
    result = run_cli("check", "-a", "targets.yaml")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: --targets and --actuals name the same file (targets.yaml): give the actuals file to -a\n"
    )


# 8. SIGTERM removes the temporary file and exits 143.


def test_sigterm_during_a_write_leaves_no_temporary_file(work: Path) -> None:
    code = textwrap.dedent(
        """
        import os, signal, sys
        import planaudit.output as output
        real = os.fsync
        def fsync(fd):
            os.kill(os.getpid(), signal.SIGTERM)
            real(fd)
        output.os.fsync = fsync
        sys.argv = ["planaudit", "check", "-f", "json", "-o", "report.json"]
        from planaudit.cli import main
        main()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=SUBPROCESS_ENV, cwd=work, timeout=60
    )
    assert result.returncode == 143
    assert result.stderr == "terminated\n"
    assert not (work / "report.json").exists()
    assert sorted(p.name for p in work.iterdir()) == ["actuals.yaml", "sources", "targets.yaml"]


# 10. Sizes: linear quote search and wrapping (checked by their work, not by a clock).


def _count_startswith(index: object, text: str) -> list[int]:
    """Give the index a text that counts its startswith calls (the quote search's work); the count is in [0]."""
    calls = [0]
    real = str.startswith

    class Counting(str):
        def startswith(self, *args: object) -> bool:  # type: ignore[override]
            calls[0] += 1
            return real(self, *args)  # type: ignore[arg-type]

    index.text = Counting(text)  # type: ignore[attr-defined]
    return calls


def test_a_quote_search_that_the_index_would_not_help_falls_back_to_a_scan() -> None:
    from planaudit.reading import quotes

    text = "a" * 200_000
    index = quotes.GramIndex(text)
    calls = _count_startswith(index, text)
    assert not index.contains("a" * 5_000 + "b")
    assert index.contains("a" * 5_000)
    assert calls == [0]


def test_a_quote_whose_first_grams_are_common_is_found_by_a_rarer_gram_further_on() -> None:
    from planaudit.reading import quotes

    text = "".join(f"确保项目建设完成{i:06d}个。" for i in range(20_000))
    quote = "确保项目建设完成012345个。确保"
    index = quotes.GramIndex(text)
    calls = _count_startswith(index, text)
    assert index.positions(quote) == [text.index(quote)]
    assert index.contains(quote)
    assert not index.contains("确保项目建设完成999999个。确保")
    assert index.positions("确保项目建设完成999999个。确保") == []
    assert calls[0] <= 2 * index.stride


def test_goals_sharing_a_quote_mark_its_places_once() -> None:
    from planaudit import doc_coverage

    text = "确保完成目标。" * 50_000
    document = doc_coverage._Text("plan", text)
    looked = 0
    spans = document.spans

    def counted(quote: str) -> list[tuple[int, int]]:
        nonlocal looked
        looked += 1
        return spans(quote)

    document.spans = counted  # type: ignore[method-assign]
    for _ in range(1_000):
        document.mark("确保完成目标")
    assert looked == 1
    assert document.marked(0, 6) and document.marked(len(text) - 7, len(text) - 1)
    assert not document.marked(6, 7)


def test_the_index_stays_small_on_a_huge_source() -> None:
    from planaudit.reading import quotes

    index = quotes.GramIndex("x" * (quotes.MAX_SAMPLES * 8))
    assert sum(len(v) for v in index.grams.values()) <= quotes.MAX_SAMPLES


def test_wrapping_a_huge_word_is_linear() -> None:
    from planaudit.report.grid import wrap

    lines = wrap("x" * 100_000 + " 中" * 10, 30)
    assert len(lines) == 100_000 // 30 + 2 and all(len(line) <= 30 for line in lines)


# 11. Numbers.


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("9" * 5000, "number has 5000 digits: it is outside the range of a number"),
        ("1e400", "number is too large: it is outside the range of a number"),
        ("1e-400", "number is too small: it would be read as 0; write 0 or a larger number"),
    ],
    ids=["5000-digits", "1e400", "1e-400"],
)
def test_numbers_outside_float_range_are_located(work: Path, value: str, message: str) -> None:
    _edit(work / "actuals.yaml", "value: 7.85", f"value: {value}")
    result = run_cli("check")
    assert (result.exit_code, result.stderr) == (2, f"actuals.yaml:5:12: {message}\n")


# 12. A broken step summary is a warning; the exit code stays the gate's.


@pytest.mark.parametrize("kind", ["directory", "missing-folder", "full"])
def test_a_broken_step_summary_keeps_the_gate_exit_code(work: Path, kind: str) -> None:
    if kind == "directory":
        (work / "summary").mkdir()
        path, why = "summary", "GITHUB_STEP_SUMMARY file summary is a directory"
    elif kind == "missing-folder":
        path, why = "nowhere/summary", "cannot open GITHUB_STEP_SUMMARY file nowhere/summary: No such file or directory"
    else:
        if not IS_ROOT:
            pytest.skip("creating a device node needs root")
        os.mknod(work / "full", 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        path, why = "full", "GITHUB_STEP_SUMMARY file full is not a regular file"
    for args, code in ((["check"], 0), (["check", "--min-coverage", "90"], 1)):
        result = run_cli(*args, env={"GITHUB_STEP_SUMMARY": path})
        assert result.exit_code == code
        assert result.stderr.startswith(f"warning: step summary not written: {why}\n")


def test_step_summary_modes(work: Path) -> None:
    assert run_cli("check", "--step-summary", "never", env={"GITHUB_STEP_SUMMARY": "s.md"}).exit_code == 0
    assert not (work / "s.md").exists()
    result = run_cli("check", "--step-summary", "always")
    assert (result.exit_code, result.stderr) == (
        2,
        "error: --step-summary always needs GITHUB_STEP_SUMMARY set to a file\n",
    )
    assert run_cli("check", env={"GITHUB_STEP_SUMMARY": "s.md"}).exit_code == 0
    assert (work / "s.md").read_text(encoding="utf-8").count("# Plan audit") == 1


# 13. diff, --min-coverage, normalisation.


def _report(work: Path, name: str) -> Path:
    assert run_cli("check", "-f", "json", "-o", name).exit_code == 0
    return work / name


def test_diff_locates_errors_and_refuses_duplicates(work: Path) -> None:
    path = _report(work, "old.json")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"schema_version": 1', '"schema_version": true'), encoding="utf-8")
    result = run_cli("diff", "old.json", "old.json")
    assert result.exit_code == 2
    assert result.stderr == "old.json:2:21: unsupported report schema_version true; expected 1\n"
    path.write_text(text.replace('{"id": "fair"', '{"id": "fair", "id": "x"'), encoding="utf-8")
    result = run_cli("diff", "old.json", "old.json")
    assert result.exit_code == 2
    line = next(i for i, s in enumerate(text.splitlines(), 1) if '{"id": "fair"' in s)
    assert result.stderr == f"old.json:{line}:20: duplicate key 'id' (first defined at line {line})\n"


def test_diff_refuses_reports_of_two_plans(work: Path) -> None:
    _report(work, "old.json")
    new = _report(work, "new.json")
    new.write_text(new.read_text(encoding="utf-8").replace('"id": "demo"', '"id": "other"', 1), encoding="utf-8")
    result = run_cli("diff", "old.json", "new.json")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: the reports are for different plans ('demo' in old.json, 'other' in new.json); "
        "diff compares two reports of one plan\n"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('"title": "Contracted FDI"', '"title": "\\u001b[31mx"', "goals[0].title: control character U+001B"),
        ('"title": "Contracted FDI"', '"title": "\\ud800"', "goals[0].title: a lone surrogate is not text"),
        ('"line": 8', '"line": ' + "9" * 5000, "number has 5000 digits"),
        ('"actual": 7.85', '"actual": "7.85"', "goals[0].actual must be a number or null"),
        ('"actual": 7.85', '"actual": true', "goals[0].actual must be a number or null"),
        ('"unit": "亿美元", "attainment"', '"unit": "\\u202e", "attainment"', "goals[0].unit: "),
        ('"unit": "亿美元", "attainment"', '"unit": 7, "attainment"', "goals[0].unit: must be text or null"),
    ],
    ids=["esc", "surrogate", "5000-digits", "figure-text", "figure-bool", "unit-bidi", "unit-number"],
)
def test_diff_refuses_hostile_reports_with_a_location(work: Path, old: str, new: str, message: str) -> None:
    path = _report(work, "old.json")
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run_cli("diff", "old.json", "old.json")
    assert result.exit_code == 2
    assert result.stderr.startswith("old.json:") and message in result.stderr, result.stderr
    assert ":1:1:" not in result.stderr and "\x1b" not in result.stderr


def test_min_coverage_nan_is_refused(work: Path) -> None:
    result = run_cli("check", "--min-coverage", "nan")
    assert result.exit_code == 2
    assert "must be a finite number from 0 to 100" in result.stderr


def test_a_quote_differing_only_in_normalisation_is_explained(work: Path) -> None:
    (work / "sources" / "review.txt").write_text("Café opened 7.85亿美元\n", encoding="utf-8")
    _edit(work / "actuals.yaml", "quote: 完成合同利用外资7.85亿美元", "quote: Cafe\u0301 opened 7.85亿美元")
    result = run_cli("check")
    assert result.exit_code == 2
    assert result.stderr == (
        "actuals.yaml:8:33: quote not found verbatim in sources/review.txt: it differs from the source only in "
        "Unicode normalisation (composed vs decomposed characters, NFC vs NFD); copy the text from the source\n"
    )


def test_a_derived_value_that_overflows_is_located(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import planaudit.engine

    real = planaudit.engine.evaluate

    def overflowing(*args: object, **kwargs: object) -> object:
        scorecard = real(*args, **kwargs)  # type: ignore[arg-type]
        first = scorecard.results[0]
        outcome = first.outcome._replace(actual=float("inf"), attainment=float("inf"))
        return scorecard._replace(results=[first._replace(outcome=outcome), *scorecard.results[1:]])

    monkeypatch.setattr(planaudit.engine, "evaluate", overflowing)
    result = run_cli("check", "-f", "json", "-o", "report.json")
    assert result.exit_code == 2
    assert result.stderr == (
        "targets.yaml:8:1: goal 'fdi': its arithmetic overflows (a derived value is not a finite number); "
        "check the magnitude of its numbers\n"
    )
    assert not (work / "report.json").exists()


def test_an_overflow_inside_the_engine_is_not_an_internal_error(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import planaudit.engine

    def overflowing(*args: object, **kwargs: object) -> object:
        return int(float("inf"))

    monkeypatch.setattr(planaudit.engine, "evaluate", overflowing)
    result = run_cli("check")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: the arithmetic overflows (a derived value is not a finite number); check the magnitude of its numbers\n"
    )


def test_output_to_a_link_to_proc_stdout_appends_through_it(work: Path) -> None:
    # A link of our own to /proc/self/fd/1 stands for /dev/stdout: a regression replaces it, not /dev/stdout.
    (work / "stdout").symlink_to("/proc/self/fd/1")
    target = work / "log.txt"
    with target.open("w", encoding="utf-8") as handle:
        handle.write("before\n")
        handle.flush()
        result = subprocess.run(
            [sys.executable, "-m", "planaudit", "check", "-f", "github", "-o", str(work / "stdout")],
            stdout=handle,
            stderr=subprocess.PIPE,
            text=True,
            env=SUBPROCESS_ENV,
            cwd=work,
            timeout=60,
        )
    assert (result.returncode, result.stderr) == (0, "")
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "before" and lines[1].startswith("::warning file=targets.yaml,line=8,")
    assert os.readlink(work / "stdout") == "/proc/self/fd/1"


def test_a_source_named_by_several_ids_is_read_once(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planaudit import yamlsafe

    extra = "".join(f"  copy{i}: {{path: sources/review.txt, title: Copy, role: review}}\n" for i in range(5))
    _edit(work / "targets.yaml", "sections:\n", extra + "sections:\n")
    import builtins

    read: list[str] = []

    def counting(path: str, *args: object, **kwargs: object) -> object:
        read.append(os.path.basename(path))
        return builtins.open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(yamlsafe, "open", counting, raising=False)
    result = run_cli("check")
    assert result.exit_code == 0, result.stderr
    assert sorted(read) == ["actuals.yaml", "plan.txt", "review.txt", "targets.yaml"]


def test_the_sources_together_have_a_budget(work: Path) -> None:
    extra = "".join(f"  more{i}: {{path: sources/more{i}.txt, title: More, role: review}}\n" for i in range(5))
    _edit(work / "targets.yaml", "sections:\n", extra + "sections:\n")
    for i in range(5):
        (work / "sources" / f"more{i}.txt").write_text("x" * 900, encoding="utf-8")
    result = run_cli("check", env={"PLANAUDIT_MAX_FILE_SIZE": "1000"})
    assert result.exit_code == 2
    assert result.stderr.endswith(
        ": the sources together are larger than the 4,000 bytes budget (4 x PLANAUDIT_MAX_FILE_SIZE); "
        "raise PLANAUDIT_MAX_FILE_SIZE if they are meant to be this big\n"
    )
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("targets.yaml:")


@settings(max_examples=300, deadline=None)
@given(text=st.text())
def test_the_escaping_helpers_hold_for_any_text(text: str) -> None:
    from xml.sax.saxutils import escape

    from planaudit.textsafe import has_command_line, safe_output, visible, xml_text

    shown = visible(text)
    assert not any(c in shown for c in "\x1b\x00\x07\x9b\u202e\u2066\u2028")
    for style in ("plain", "markdown", "xml"):
        assert not has_command_line(safe_output(text, style))
    ET.fromstring(f"<a b='{escape(xml_text(text), {chr(39): '&apos;'})}'>{escape(xml_text(text))}</a>")


def test_sources_root_must_be_a_directory(work: Path) -> None:
    result = run_cli("validate", "--sources-root", "targets.yaml")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "error: --sources-root targets.yaml is not a directory\n"


def test_a_narrower_sources_root_refuses_what_the_default_allows(work: Path) -> None:
    (work / "docs").mkdir()
    result = run_cli("check", "--sources-root", "docs")
    assert result.exit_code == 2
    assert result.stderr == (
        "targets.yaml:3:16: source 'plan': source path leaves the sources root (docs, given by --sources-root)\n"
        "targets.yaml:4:18: source 'review': source path leaves the sources root (docs, given by --sources-root)\n"
    )


def test_init_force_keeps_a_read_only_file_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli("init", "audit").exit_code == 0
    folder = tmp_path / "audit"
    (folder / "targets.yaml").write_text("mine\n", encoding="utf-8")
    (folder / "actuals.yaml").write_text("kept\n", encoding="utf-8")
    (folder / "actuals.yaml").chmod(0o444)
    before = _snapshot(folder)
    result = run_cli("init", "audit", "--force")
    assert result.exit_code == 2
    assert "actuals.yaml in audit cannot be replaced (read-only); nothing written" in result.stderr
    assert _snapshot(folder) == before  # targets.yaml, before actuals.yaml in the write order, is untouched too


def test_draft_force_keeps_a_read_only_file_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text("Plan 2020\nWe will build 40 new schools by 2020.\n", encoding="utf-8")
    assert run_cli("draft", "plan.txt", "-o", "out").exit_code == 0
    (tmp_path / "out" / "actuals.yaml").chmod(0o444)
    (tmp_path / "plan.txt").write_text("Plan 2020\nWe will build 50 new schools by 2020.\n", encoding="utf-8")
    before = _snapshot(tmp_path / "out")
    result = run_cli("draft", "plan.txt", "-o", "out", "--force")
    assert result.exit_code == 2
    assert (
        result.stderr == "error: cannot write the draft to out/actuals.yaml: the file is read-only; nothing written\n"
    )
    assert _snapshot(tmp_path / "out") == before


def test_a_failed_write_names_what_was_being_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def full(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text("Plan 2020\nWe will build 40 new schools by 2020.\n", encoding="utf-8")
    monkeypatch.setattr(tempfile, "mkstemp", full)
    drafted = run_cli("draft", "plan.txt", "-o", "out")
    started = run_cli("init", "audit")
    assert (drafted.exit_code, started.exit_code) == (2, 2)
    assert drafted.stderr == "error: cannot write the draft to out/sources/plan.txt: No space left on device\n"
    assert started.stderr.startswith("error: cannot write the starter audit to audit")
    assert started.stderr.endswith(": No space left on device\n")


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("::error::x", True),
        ("a\n  ::warning file=x::y", True),
        ("a\n\x1b[31m::error::x", True),
        ("b ##[group]x", True),
        ("a::b and c :: d", False),  # "::" not at a line's start
        ("a\n: :x", False),
        ("## [group]", False),
        ("", False),
    ],
)
def test_a_command_line_is_found_by_its_marks(text: str, command: bool) -> None:
    from planaudit.textsafe import defang, has_command_line

    assert has_command_line(text) is command
    assert (defang(text) != text) is command
    assert not has_command_line(defang(text)) and not has_command_line(defang(text, "json"))
