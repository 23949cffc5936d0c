"""Issue #21: standard output that went away (`| head`, `>&-`) or cannot encode (PYTHONIOENCODING) ends no run badly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import edit

EXIT_CLOSED_STDOUT = 141  # 128 + SIGPIPE, as the README's exit codes say


def _env(**extra: str) -> dict[str, str]:
    """The scrubbed environment a user's shell gives: no PYTHONUNBUFFERED, no PYTHONIOENCODING, no CI variables."""
    keep = ("HOME", "PATH", "LANG", "PYTHONPATH", "SYSTEMROOT", "VIRTUAL_ENV")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update({"PLANAUDIT_LANG": "en", "NO_COLOR": "1", "COLUMNS": "80", "LANG": "C.UTF-8"})
    env.update(extra)
    return env


def _with_closed_reader(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run planaudit with standard output a pipe whose reader has already gone (as after `| head -c 10`)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "planaudit", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=120,
        )
    finally:
        os.close(write_end)


def _without_stdout(args: list[str], env: dict[str, str], closed: str = ">&-") -> subprocess.CompletedProcess[str]:
    """Run planaudit with no standard output at all (the shell's `>&-`), or no standard error (`2>&-`)."""
    script = f'exec "$@" {closed}'
    return subprocess.run(
        ["sh", "-c", script, "sh", sys.executable, "-m", "planaudit", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def report(bundled: Path) -> Path:
    path = bundled / "report.json"
    subprocess.run([sys.executable, "-m", "planaudit", "check", "-f", "json", "-o", str(path)], env=_env(), check=True)
    return path


COMMANDS = [
    *(["check", "--format", fmt] for fmt in ("table", "markdown", "json", "junit", "github", "html")),
    ["check", "--verdict", "missed"],
    ["validate"],
    ["explain", "fdi-contracted"],
    ["rules"],
    ["schema", "report"],
    ["--help"],
    ["--version"],
    ["sync-actuals"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_a_reader_that_went_away_ends_every_command_quietly(bundled: Path, args: list[str]) -> None:
    proc = _with_closed_reader(args, _env())
    assert (proc.returncode, proc.stderr) == (EXIT_CLOSED_STDOUT, "")


@pytest.mark.parametrize("fmt", ["table", "json", "markdown"])
def test_diff_to_a_reader_that_went_away_ends_quietly(report: Path, fmt: str) -> None:
    proc = _with_closed_reader(["diff", "-f", fmt, str(report), str(report)], _env())
    assert (proc.returncode, proc.stderr) == (EXIT_CLOSED_STDOUT, "")


@pytest.mark.parametrize("unbuffered", [{}, {"PYTHONUNBUFFERED": "1"}], ids=["buffered", "unbuffered"])
def test_head_of_a_json_report_is_quiet_either_way(bundled: Path, unbuffered: dict[str, str]) -> None:
    command = f'{sys.executable} -m planaudit check --format json | head -c 10; echo " ${{PIPESTATUS[0]}}"'
    proc = subprocess.run(["bash", "-c", command], capture_output=True, text=True, env=_env(**unbuffered), timeout=120)
    assert proc.stdout == f'{{\n  "schem {EXIT_CLOSED_STDOUT}\n'
    assert proc.stderr == ""


@pytest.mark.parametrize(
    "args", [["check", "--format", "json"], ["explain", "fdi-contracted"], ["validate"], ["--version"]], ids=" ".join
)
def test_no_stdout_at_all_ends_quietly(bundled: Path, args: list[str]) -> None:
    proc = _without_stdout(args, _env())
    assert (proc.returncode, proc.stderr) == (EXIT_CLOSED_STDOUT, "")


def test_no_stdout_is_no_concern_of_a_run_that_prints_nothing_there(bundled: Path) -> None:
    proc = _without_stdout(["check", "-f", "json", "-o", "report.json"], _env())
    assert (proc.returncode, proc.stderr) == (0, "")
    assert json.loads((bundled / "report.json").read_text(encoding="utf-8"))["summary"]["total"] == 121


def test_no_stderr_keeps_the_exit_code_and_the_report_clean(bundled: Path) -> None:
    edit(bundled / "actuals.yaml", "  fdi-contracted:\n", "  fdi-contracted-gone:\n")
    proc = _without_stdout(["check", "-f", "json", "-o", "report.json"], _env(), closed="2>&-")
    assert proc.returncode == 2 and proc.stdout == ""
    assert not (bundled / "report.json").exists()
    edit(bundled / "actuals.yaml", "  fdi-contracted-gone:\n", "  fdi-contracted:\n")
    proc = _without_stdout(["check", "-f", "json", "-o", "report.json", "--min-coverage", "99"], _env(), "2>&-")
    assert proc.returncode == 1  # "gate failed: …" went nowhere, and never into the report
    assert json.loads((bundled / "report.json").read_text(encoding="utf-8"))["summary"]["total"] == 121


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252"])
def test_reports_on_stdout_are_utf8_whatever_the_locale_encoding(workdir: Path, encoding: str) -> None:
    edit(workdir / "targets.yaml", "title: 合同外资8亿美元", "title: 合同外资 — café · 8亿美元")
    env = _env(PYTHONIOENCODING=encoding)
    proc = subprocess.run(
        [sys.executable, "-m", "planaudit", "check", "-f", "json", "--all"], capture_output=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    titles = [goal["title"] for goal in json.loads(proc.stdout.decode("utf-8"))["goals"]]
    assert "合同外资 — café · 8亿美元" in titles
    table = subprocess.run(
        [sys.executable, "-m", "planaudit", "check", "--all", "--lang", "zh"], capture_output=True, env=env
    )
    assert "café · 8亿美元".encode() in table.stdout and table.returncode == 0
