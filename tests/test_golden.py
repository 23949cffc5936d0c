"""Golden outputs discovered from tests/cases/golden: every format, byte for byte."""

from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path

import pytest

from tests.conftest import BASE, CASES, ROOT, run_cli

GOLDEN = sorted(p for p in (CASES / "golden").iterdir() if p.is_dir())
UPDATE = os.environ.get("PLANAUDIT_UPDATE_GOLDEN") == "1"


def _prepare(fixture: str, where: Path) -> None:
    if fixture == "base":
        shutil.copytree(BASE, where, dirs_exist_ok=True)
    elif fixture == "bundled":
        for name in ("targets.yaml", "actuals.yaml"):
            shutil.copy(ROOT / name, where / name)
        shutil.copytree(ROOT / "sources", where / "sources")
    else:  # pragma: no cover - a broken case folder
        raise AssertionError(f"unknown fixture {fixture!r}")


@pytest.mark.parametrize("case", GOLDEN, ids=[p.name for p in GOLDEN])
def test_golden_output(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fixture, _, args = (case / "cmd").read_text(encoding="utf-8").strip().partition(":")
    _prepare(fixture.strip(), tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run_cli(*shlex.split(args))
    actual = {"stdout": result.stdout, "stderr": result.stderr, "exit": f"{result.exit_code}\n"}
    if UPDATE:
        for name, text in actual.items():
            (case / name).write_text(text, encoding="utf-8")
    for name, text in actual.items():
        assert text == (case / name).read_text(encoding="utf-8"), f"{case.name}/{name} differs"


def test_there_is_a_golden_case_for_every_format() -> None:
    from planaudit.report import Format

    commands = " ".join((case / "cmd").read_text(encoding="utf-8") for case in GOLDEN)
    for fmt in Format:
        assert f"--format {fmt.value}" in commands, fmt
