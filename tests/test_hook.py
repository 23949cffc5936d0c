"""The pre-commit hook audits the folder of every changed file, wherever the audit lives in the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.commands.hook import audit_folders
from tests.conftest import run_cli


@pytest.mark.parametrize(
    ("changed", "folders"),
    [
        (["targets.yaml"], ["."]),
        (["actuals.yml", "targets.yaml"], ["."]),
        (["plans/2024/actuals.yaml"], ["plans/2024"]),
        (["plans/2024/sources/review.txt", "plans/2023/targets.yaml"], ["plans/2024", "plans/2023"]),
        (["sources/plan.txt"], ["."]),
        (["README.md", "plans/notes.txt"], []),
    ],
)
def test_audit_folders(changed: list[str], folders: list[str]) -> None:
    assert audit_folders(changed) == folders


def test_the_hook_audits_each_changed_folder_and_fails_on_the_worst(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli("init", "plans/2024").exit_code == 0
    assert run_cli("init", "plans/2023").exit_code == 0
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    passed = run_cli("hook", "check", "plans/2024/actuals.yaml", "plans/2023/sources/review.txt")
    assert passed.exit_code == 0
    failed = run_cli("hook", "check", "--fail-on", "missed", "plans/2024/actuals.yaml")
    assert failed.exit_code == 1
    broken = tmp_path / "plans" / "2023" / "actuals.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("value: 134", "value: 143"), encoding="utf-8")
    worst = run_cli("hook", "validate", "plans/2024/targets.yaml", "plans/2023/actuals.yaml")
    assert worst.exit_code == 2
