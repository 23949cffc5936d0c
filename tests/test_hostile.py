"""Hostile input through the public CLI (issue #21, part 2): what a file name, an id or a source may make it do."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import planaudit
from tests.conftest import run_cli

ENV = {
    **os.environ,
    "PYTHONPATH": str(Path(planaudit.__file__).resolve().parents[1]),  # the planaudit under test
    "PLANAUDIT_LANG": "en",
    "NO_COLOR": "1",
    "COLUMNS": "80",
    "GITHUB_STEP_SUMMARY": "",
}
# A line a GitHub Actions runner acts on: `::command` after optional white space, or `##[command]` anywhere.
WORKFLOW_COMMAND = re.compile(r"^\s*::|##\[", re.MULTILINE)


def _planaudit(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planaudit", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**ENV, **(env or {})},
        timeout=120,
    )


def _no_forged_command(*outputs: str) -> None:
    for text in outputs:
        assert WORKFLOW_COMMAND.search(text) is None, text


# 1. Control characters in paths, ids and folder names never reach a CI log raw.

FORGED_FOLDERS = ["a\n::error::forged", "b\r\n##[error]forged", "::error::c", "d\u2028::warning::e"]


@pytest.mark.parametrize("folder", FORGED_FOLDERS)
def test_the_hook_and_located_errors_escape_a_folder_name(tmp_path: Path, folder: str) -> None:
    assert _planaudit("init", folder, cwd=tmp_path).returncode == 0
    hooked = _planaudit("hook", "validate", f"{folder}/targets.yaml", cwd=tmp_path, env={"GITHUB_ACTIONS": "true"})
    assert hooked.returncode == 0, hooked.stderr
    _no_forged_command(hooked.stdout, hooked.stderr)
    assert "planaudit validate: " in hooked.stdout
    (tmp_path / folder / "targets.yaml").write_text("plan: [\n", encoding="utf-8")
    for fmt in ("table", "github", "json"):
        broken = _planaudit(
            "check", "-f", fmt, "-t", f"{folder}/targets.yaml", "-a", f"{folder}/actuals.yaml", cwd=tmp_path
        )
        assert broken.returncode == 2
        _no_forged_command(broken.stderr)
        assert "targets.yaml:2:1: invalid YAML" in broken.stderr
        if fmt == "github":  # the one annotation planaudit means to write, with the name encoded
            assert broken.stdout.count("::error ") == 1 and broken.stdout.startswith("::error file=")
    hooked = _planaudit("hook", "check", f"{folder}/targets.yaml", cwd=tmp_path)
    assert hooked.returncode == 2
    _no_forged_command(hooked.stdout, hooked.stderr)


@pytest.mark.parametrize("name", ["g\n::error::forged", "g\n##[error]forged", "::error::g"])
def test_explain_escapes_an_unknown_goal_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli("init").exit_code == 0
    result = run_cli("explain", name)
    assert result.exit_code == 2
    _no_forged_command(result.stdout, result.stderr)
    assert result.stderr.startswith("error: unknown goal") and result.stderr.count("\n") == 1


def test_paths_printed_by_init_validate_and_sync_actuals_are_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = "x\n::error::forged"
    made = run_cli("init", folder)
    assert made.exit_code == 0
    _no_forged_command(made.stdout, made.stderr)
    actuals = Path(folder) / "actuals.yaml"
    actuals.write_text("plan: millbrook-2024\ngoals:\n  permit-time: {status: silent}\n", encoding="utf-8")
    for command in ("validate", "sync-actuals"):
        result = run_cli(command, "-t", f"{folder}/targets.yaml", "-a", str(actuals))
        assert result.exit_code in (0, 1), result.stderr
        _no_forged_command(result.stdout, result.stderr)
        assert "x\\n::error::forged/actuals.yaml" in result.stdout + result.stderr
