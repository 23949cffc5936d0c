"""Issue #21: standard output that went away (`| head`, `>&-`) or cannot encode (PYTHONIOENCODING) ends no run badly."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, edit, run_cli

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


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled audit's JSON report, written once for the tests that only read it."""
    folder = tmp_path_factory.mktemp("bundled")
    for name in ("targets.yaml", "actuals.yaml"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "sources", folder / "sources")
    path = folder / "report.json"
    command = [sys.executable, "-m", "planaudit", "check", "-f", "json", "-o", str(path)]
    subprocess.run(command, cwd=folder, env=_env(), check=True)
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
def test_diff_to_a_reader_that_went_away_ends_quietly(bundled: Path, report: Path, fmt: str) -> None:
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


def test_sigterm_once_the_work_is_done_is_no_traceback(bundled: Path) -> None:
    # SIGTERM landing while Python shuts down (here: from an atexit hook, after the report is renamed into place)
    code = (
        "import atexit, os, signal, sys\n"
        "atexit.register(lambda: os.kill(os.getpid(), signal.SIGTERM))\n"
        "sys.argv = ['planaudit', 'check', '-f', 'json', '-o', 'report.json']\n"
        "from planaudit.entry import main\n"
        "main()\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=120)
    assert (proc.returncode, proc.stderr) == (-signal.SIGTERM, "")
    assert json.loads((bundled / "report.json").read_text(encoding="utf-8"))["summary"]["total"] == 121


@pytest.mark.parametrize("value", ["99999999999999999", "253402300800", "-1", "soon", "²", " 1"])
def test_a_source_date_epoch_out_of_range_is_a_usage_error(workdir: Path, value: str) -> None:
    result = run_cli("check", "-f", "html", "-o", "report.html", env={"SOURCE_DATE_EPOCH": value})
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, 0 to 253402300799 (or unset)\n"
    )
    assert not (workdir / "report.html").exists()


@pytest.mark.parametrize(("value", "day"), [("0", "1970-01-01"), ("253402300799", "9999-12-31"), ("", None)])
def test_a_source_date_epoch_in_range_dates_the_html_report(workdir: Path, value: str, day: str | None) -> None:
    result = run_cli("check", "-f", "html", "-o", "report.html", env={"SOURCE_DATE_EPOCH": value})
    assert result.exit_code == 0, result.stderr
    assert day is None or day in (workdir / "report.html").read_text(encoding="utf-8")


def test_a_growth_that_overflows_is_located_at_its_goal(workdir: Path) -> None:
    # 25.8 over a baseline of 1e-307: (25.8 ÷ 1e-307 − 1) × 100 is past the largest float
    tiny = "0." + "0" * 306 + "1"
    edit(workdir / "sources" / "baseline.txt", "全年完成楼宇税收22.2亿元", f"全年完成楼宇税收{tiny}亿元")
    edit(workdir / "targets.yaml", "    value: 22.2\n", "    value: 1e-307\n")
    edit(workdir / "targets.yaml", "quote: 全年完成楼宇税收22.2亿元", f"quote: 全年完成楼宇税收{tiny}亿元")
    with (workdir / "sources" / "review.txt").open("a", encoding="utf-8") as review:
        review.write("\n全年完成楼宇税收25.8亿元。\n")
    entry = "  tax:\n    status: reported\n    value: 25.8\n    unit: 亿元\n"
    entry += "    evidence:\n      - {source: review, quote: 全年完成楼宇税收25.8亿元}\n"
    edit(workdir / "actuals.yaml", "  tax:\n    status: silent\n    note: no figure in the review\n", entry)
    line = (workdir / "targets.yaml").read_text(encoding="utf-8").splitlines().index("  - id: tax") + 1
    result = run_cli("check", "-f", "json", "-o", "report.json")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"targets.yaml:{line}:1: goal 'tax': its arithmetic overflows (a derived value is not a finite number); "
        "check the magnitude of its numbers\n"
    )
    assert not (workdir / "report.json").exists()


def test_a_diff_report_nested_too_deeply_is_located(workdir: Path) -> None:
    assert run_cli("check", "-f", "json", "-o", "new.json").exit_code == 0
    (workdir / "deep.json").write_text('{"a": "[[\\"[", "b": ' + "[" * 5000 + "]" * 5000 + "}", encoding="utf-8")
    for args, shown in ((["deep.json", "new.json"], "deep.json"), (["new.json", "deep.json"], "deep.json")):
        result = run_cli("diff", *args)
        assert (result.exit_code, result.stderr) == (
            2,
            f"{shown}:1:220: JSON nested too deeply for a planaudit report\n",
        )
