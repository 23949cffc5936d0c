"""`planaudit init` starts a working audit; `planaudit sync-actuals` completes the actuals file without disturbing it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import edit, run_cli


@pytest.fixture
def started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    result = run_cli("init", "audit")
    assert result.exit_code == 0, result.stderr
    monkeypatch.chdir(tmp_path / "audit")
    return tmp_path / "audit"


def test_init_writes_an_audit_that_passes_check_and_strict_validation(started: Path) -> None:
    assert run_cli("validate", "--strict").exit_code == 0
    result = run_cli("check", "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    verdicts = {g["id"]: g["verdict"] for g in report["goals"]}
    assert verdicts == {
        "affordable-homes": "met",
        "permit-time": "unreported",
        "recycling-rate": "missed",  # 41 − 37 = +4 points of the 5 promised
        "riverside-park": "unreported",
    }
    assert "data gate passed: every goal has an entry (4/4)" in run_cli("check").stdout


def test_init_writes_the_schemas_its_modelines_point_at(started: Path) -> None:
    for name in ("targets", "actuals"):
        first = (started / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=schemas/{name}.schema.json"
        schema = json.loads((started / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
        assert schema["title"] == f"planaudit {name} file"


def test_init_never_replaces_files_unless_forced(started: Path) -> None:
    (started / "targets.yaml").write_text("mine\n", encoding="utf-8")
    refused = run_cli("init", ".")
    assert refused.exit_code == 2
    assert "already exist" in refused.stderr and "nothing written" in refused.stderr
    assert (started / "targets.yaml").read_text(encoding="utf-8") == "mine\n"
    assert run_cli("init", ".", "--force").exit_code == 0
    assert (started / "targets.yaml").read_text(encoding="utf-8") != "mine\n"


def test_sync_actuals_adds_silent_entries_in_plan_order_and_keeps_comments(started: Path) -> None:
    actuals = started / "actuals.yaml"
    edit(actuals, "  permit-time:\n    status: silent\n", "")
    edit(actuals, "  riverside-park:\n", "  # the park: nothing in the review\n  riverside-park:\n")
    edit(
        actuals,
        "  riverside-park:\n    status: silent\n    note: the review says work continued, not that the park opened\n",
        "",
    )
    before = actuals.read_text(encoding="utf-8")
    assert run_cli("check").exit_code == 1  # incomplete
    checked = run_cli("sync-actuals", "--check")
    assert checked.exit_code == 1
    assert checked.stderr == "actuals.yaml: 2 goal(s) have no entry: permit-time, riverside-park\n"
    assert actuals.read_text(encoding="utf-8") == before
    synced = run_cli("sync-actuals")
    assert synced.exit_code == 0
    after = actuals.read_text(encoding="utf-8")
    expected = (
        before.replace("  recycling-rate:\n", "  permit-time:\n    status: silent\n  recycling-rate:\n")
        + "  riverside-park:\n    status: silent\n"
    )
    assert after == expected
    assert "# the park: nothing in the review" in after
    assert run_cli("check").exit_code == 0
    assert run_cli("sync-actuals").stdout == "actuals.yaml: every goal has an entry\n"


def test_sync_actuals_refuses_a_flow_mapping(started: Path) -> None:
    (started / "actuals.yaml").write_text(
        "plan: millbrook-2024\ngoals: {permit-time: {status: silent}}\n", encoding="utf-8"
    )
    result = run_cli("sync-actuals")
    assert result.exit_code == 2
    assert (
        result.stderr == "actuals.yaml:2:8: 'goals' must be a block mapping (one entry per line) to add entries to it\n"
    )


def test_input_errors_are_annotations_under_format_github(started: Path) -> None:
    edit(started / "actuals.yaml", "    value: 134\n", "    value: 143\n")
    result = run_cli("check", "--format", "github")
    assert result.exit_code == 2
    assert result.stderr.startswith("actuals.yaml:7:12: value 143 homes does not appear")
    assert result.stdout.startswith("::error file=actuals.yaml,line=7,col=12,title=planaudit: invalid input::value 143")
    assert run_cli("check").stdout == ""  # other formats print nothing on bad input


def test_a_quote_across_a_line_break_verifies_and_explain_shows_where_it_stands(started: Path) -> None:
    plan = (started / "sources" / "plan.txt").read_text(encoding="utf-8")
    assert "permit\napproval" in plan  # the starter's plan is hard-wrapped inside this goal's sentence
    explained = run_cli("explain", "permit-time")
    assert explained.exit_code == 0
    assert (
        "plan quote (plan-2024, line 4:64): “We will strive to cut the average permit approval time" in explained.stdout
    )


def test_check_in_an_empty_folder_points_to_init(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("check")
    assert result.exit_code == 2
    assert result.stderr == (
        "actuals.yaml: file not found\n"
        "targets.yaml: file not found\n"
        "no audit here: start one with `planaudit init`, or name the files with -t and -a\n"
    )
