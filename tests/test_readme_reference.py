"""The README explains what a newcomer meets: every schema key, every gate, how to get the command."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planaudit.gates import FailOn
from tests.conftest import ROOT, edit, run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```[a-z]*\n(.*?)```", README, flags=re.S)
PROSE = re.sub(r"```[a-z]*\n.*?```", "", README, flags=re.S)
CODE = " ".join(re.findall(r"`([^`]+)`", PROSE))  # what the README writes as code, inline


def _keys(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "properties" and isinstance(value, dict):
                yield from value
            yield from _keys(value)
    elif isinstance(schema, list):
        for item in schema:
            yield from _keys(item)


@pytest.mark.parametrize("name", ["targets", "actuals", "report"])
def test_every_schema_key_is_in_the_readme(name: str) -> None:
    schema = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    keys = set(_keys(schema))
    assert len(keys) > 10
    written = CODE + " ".join(BLOCKS)
    missing = sorted(k for k in keys if not re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", written))
    assert missing == [], f"keys of schemas/{name}.schema.json the README never shows as code: {missing}"


def test_every_gate_is_in_the_readme() -> None:
    row = next(line for line in README.splitlines() if line.startswith("| `--fail-on`"))
    for condition in FailOn:
        assert f"`{condition.value}`" in row, condition.value
    assert "data gate passed: every goal has an entry" in README


def test_the_excluded_snippet_is_a_valid_part_of_the_input_file_snippet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_readme import blocks

    targets, actuals, excluded = blocks("Input files", "yaml")[:3]
    assert excluded.startswith("excluded:\n")
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    (tmp_path / "targets.yaml").write_text(targets + excluded, encoding="utf-8")
    (tmp_path / "actuals.yaml").write_text(actuals, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("validate")
    assert result.exit_code == 0, result.stderr
    edit(tmp_path / "targets.yaml", "  - quote: 新春伊始", "  - quote: 不在任何文件里的话")
    assert run_cli("validate").exit_code == 2  # an excluded quote must stand in its source


@pytest.fixture
def riverton(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "examples" / "riverton-2024", tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


ENTRY_EVIDENCE = (
    '    evidence: [{source: review, quote: "Median pay rose 3.9%, while consumer price inflation was 4.2%"}]\n'
)
OWN_EVIDENCE = """    values:
      median pay growth: {value: 3.9, unit: "%", evidence: [{source: review, quote: "Median pay rose 3.9%"}]}
      inflation: {value: 4.2, unit: "%", evidence: [{source: review, quote: "inflation was 4.2%"}]}
"""
SHARED = """    values:
      median pay growth: {value: 3.9, unit: "%"}
      inflation: {value: 4.2, unit: "%"}
"""


def test_a_comparison_entry_needs_its_own_evidence_as_the_readme_says(riverton: Path) -> None:
    """ "Every reported entry needs its own `evidence`, `all_of` and `comparison` entries included."""
    assert "Every reported\nentry needs its own `evidence`, `all_of` and `comparison` entries included" in README
    actuals = riverton / "actuals.yaml"
    edit(actuals, ENTRY_EVIDENCE + SHARED, OWN_EVIDENCE)
    result = run_cli("validate")
    assert result.exit_code == 2
    assert re.fullmatch(r"actuals\.yaml:\d+:5: missing required key 'evidence'\n", result.stderr)


def test_a_measure_with_its_own_evidence_is_checked_against_it(riverton: Path) -> None:
    actuals = riverton / "actuals.yaml"
    edit(actuals, SHARED, OWN_EVIDENCE)
    assert run_cli("validate").exit_code == 0
    # 4.2 stands in the entry's quote but not in the measure's own: the measure's own quotes count
    edit(actuals, 'quote: "inflation was 4.2%"', 'quote: "Median pay rose 3.9%"')
    result = run_cli("validate")
    assert result.exit_code == 2 and "4.2" in result.stderr


def test_the_quick_start_says_how_to_get_the_command() -> None:
    quick = README[README.index("## Quick start") : README.index("## What it finds")]
    assert "`. .venv/bin/activate`" in quick and "`python3 dev.py planaudit`" in quick
    start = README[README.index("## Start a new audit") : README.index("## In CI")]
    assert "`. .venv/bin/activate`" in start


@pytest.mark.skipif(
    Path(sys.prefix).resolve() != (ROOT / ".venv").resolve(), reason="runs only in the repository's own .venv"
)
def test_activating_the_venv_puts_planaudit_on_path(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    bare = subprocess.run(["bash", "-c", "command -v planaudit"], env=env, capture_output=True, text=True)
    assert bare.returncode != 0  # not there before: the README's advice is needed
    activated = subprocess.run(
        ["bash", "-c", ". .venv/bin/activate && planaudit --version"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert activated.returncode == 0, activated.stderr
    assert activated.stdout.startswith("planaudit ")
    through_dev = subprocess.run(
        [sys.executable, "dev.py", "planaudit", "--version"],
        cwd=ROOT,
        env={**env, "PATH": os.environ.get("PATH", os.defpath)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert through_dev.returncode == 0 and through_dev.stdout == activated.stdout
