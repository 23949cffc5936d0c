"""Every schema message is in planaudit's words: no validator type names, one message per place."""

from __future__ import annotations

import copy
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from planaudit import yamlsafe
from planaudit.loader import Document, validation_problems
from planaudit.models import Actuals, Targets
from tests.conftest import ROOT, edit, run_cli

RIVERTON = ROOT / "examples" / "riverton-2024"
ZH = ROOT / "examples" / "zh-gwr-2016"
LEAK = re.compile(r"constrained|literal\[|function-|tagged-union|nullable|union\[|Input should|input should|\w\[\w")
HOMES = "rule: {kind: at_least, target: 300, unit: homes}"


@pytest.fixture
def riverton(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    shutil.copytree(RIVERTON, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.mark.parametrize(
    ("unit", "message"),
    [
        ("h" * 41, "'unit' is longer than 40 characters"),
        ("5", "'unit' must be text, got the number 5; put it in quotes"),
    ],
)
def test_a_bad_unit_gets_one_message_in_planaudits_words(riverton: Path, unit: str, message: str) -> None:
    edit(riverton / "targets.yaml", HOMES, f"rule: {{kind: at_least, target: 300, unit: {unit}}}")
    result = run_cli("validate")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [f"targets.yaml:27:47: {message}"]


def test_a_rule_that_breaks_its_own_condition_names_the_rule_key(riverton: Path) -> None:
    edit(riverton / "targets.yaml", HOMES, "rule: {kind: between, min: 5, max: 3, unit: homes}")
    result = run_cli("validate")
    assert result.exit_code == 2
    assert "'rule': min must be below max" in result.stderr
    assert "'between'" not in result.stderr


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in items:
        yield (*prefix, key)
        yield from _paths(value, (*prefix, key))


@pytest.mark.parametrize(
    ("path", "model"),
    [(RIVERTON / "targets.yaml", Targets), (RIVERTON / "actuals.yaml", Actuals), (ZH / "actuals.yaml", Actuals)],
)
def test_no_validator_type_name_reaches_the_user(path: Path, model: type[BaseModel]) -> None:
    """Every value of a real audit replaced by each kind of wrong value: no message names a validator type."""
    text = path.read_text(encoding="utf-8")
    data = yamlsafe.load(str(path), text).data
    seen = 0
    for where in list(_paths(data))[:120]:
        for bad in (5, "x" * 90, {"a": 1}, None):
            changed = copy.deepcopy(data)
            target = changed
            for key in where[:-1]:
                target = target[key]
            target[where[-1]] = bad
            try:
                model.model_validate(changed)
            except ValidationError as exc:
                for problem in validation_problems(Document(str(path), text), exc, model, changed):
                    seen += 1
                    assert not LEAK.search(problem.message), problem.message
    assert seen > 50
