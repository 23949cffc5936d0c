"""Shared test helpers: the CLI through typer's runner at a fixed width, and copies of fixture folders."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planaudit.cli import app

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"
BASE = CASES / "base"


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


def run_cli(*args: str, env: dict[str, str] | None = None) -> Result:
    """Run planaudit in-process, never coloured, 80 columns wide, English unless asked."""
    runner = CliRunner()
    environment = {"NO_COLOR": "1", "COLUMNS": "80", "PLANAUDIT_LANG": "en", "GITHUB_STEP_SUMMARY": ""}
    environment["SOURCE_DATE_EPOCH"] = "1577836800"  # the html report's audit date: 2020-01-01, not today
    environment.update(env or {})
    result = runner.invoke(app, list(args), env=environment, catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the small base fixture, as the current directory."""
    shutil.copytree(BASE, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the bundled real audit (targets, actuals and sources), as the current directory."""
    for name in ("targets.yaml", "actuals.yaml"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def drafted_goals(folder: Path, monkeypatch: pytest.MonkeyPatch, plan: str) -> list[dict]:  # type: ignore[type-arg]
    """The goals `planaudit draft plan.txt` writes for this plan text, drafted in `folder` (the current directory)."""
    import yaml

    (folder / "plan.txt").write_text(plan, encoding="utf-8")
    monkeypatch.chdir(folder)
    result = run_cli("draft", "plan.txt")
    assert result.exit_code == 0, result.stderr
    return list(yaml.safe_load((folder / "targets.yaml").read_text(encoding="utf-8"))["goals"])


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace text in a fixture file, failing loudly if the text is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


os.environ.setdefault("PLANAUDIT_LANG", "en")
# The key that signs kept document text (documents/cache.py) lives in the user's cache folder: the suite's own,
# never the user's, and there even under `env -i` (no HOME).
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="planaudit-test-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], True)


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test its own cache folder: what one run keeps of a big text (documents/kept.py) never reaches another
    test, which then reads what it counts reads of."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
