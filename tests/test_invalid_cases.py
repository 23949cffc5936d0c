"""The catalogue of bad inputs in tests/cases/invalid: each one exits 2 with exactly its located messages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import BASE, CASES, run_cli

INVALID = sorted(p for p in (CASES / "invalid").iterdir() if p.is_dir())


def test_the_catalogue_is_large_enough() -> None:
    assert len(INVALID) >= 40


@pytest.mark.parametrize("case", INVALID, ids=[p.name for p in INVALID])
def test_invalid_input_gives_a_located_error(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(BASE, tmp_path, dirs_exist_ok=True)
    shutil.copytree(case, tmp_path, dirs_exist_ok=True)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    monkeypatch.chdir(tmp_path)
    result = run_cli("check", "-t", "targets.yaml", "-a", "actuals.yaml", "-o", "report.json", "-f", "json")
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == expected
    assert "Traceback" not in result.stderr
    for line in expected.splitlines():
        assert line.startswith(("targets.yaml:", "actuals.yaml:")), line
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before, "an invalid run must write nothing and change nothing"
