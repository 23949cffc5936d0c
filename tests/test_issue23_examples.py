"""The examples of issue #23 this helper owns, through the public CLI: a goal with a milestone and a figure, a
decline with a tolerance (左右) and a text target (一半), 近 with the audit's own span, a qualified untracked
outcome, and a goal with several figures in English (56 airports and 31 helipads)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import CASES, edit, run_cli


@pytest.fixture
def audit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    shutil.copytree(CASES / "issue23", tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def _goals() -> dict[str, dict[str, object]]:
    result = run_cli("check", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return {g["id"]: g for g in json.loads(result.stdout)["goals"]}


def test_the_examples_validate_and_score(audit: Path) -> None:
    assert run_cli("validate", "--strict").exit_code == 0
    goals = _goals()
    assert {k: g["verdict"] for k, g in goals.items()} == {
        "shantytown": "met",
        "steel": "met",
        "coal": "met",
        "jobs": "unreported",
    }
    steps = goals["shantytown"]["arithmetic"]
    assert isinstance(steps, list)
    assert steps[0].startswith("攻坚计划: met (reported done)") and steps[1].startswith("开工: met")
    assert "target fall 3000 − tolerance 300 = 2700万吨" in goals["steel"]["arithmetic"]  # type: ignore[operator]
    assert "cannot show ≥ 1300" in " ".join(goals["jobs"]["arithmetic"])  # type: ignore[arg-type]


def test_a_part_reported_missing_or_silent(audit: Path) -> None:
    edit(audit / "actuals.yaml", "    items: {攻坚计划: done}\n", "")
    goal = _goals()["shantytown"]
    assert (goal["verdict"], goal["partial"]) == ("unreported", True)
    edit(audit / "actuals.yaml", "{开工: {value: 609, unit: 万套}}", "{开工: {value: 500, unit: 万套}}")
    edit(audit / "review.txt", "全年开工609万套", "全年开工500万套")
    edit(audit / "actuals.yaml", "全年开工609万套", "全年开工500万套")
    assert _goals()["shantytown"]["verdict"] == "missed"


def test_without_its_tolerance_the_fall_falls_short(audit: Path) -> None:
    edit(audit / "targets.yaml", "target: 3000, tolerance: 300,", "target: 3000,")
    assert _goals()["steel"]["verdict"] == "missed"


def test_nearly_reads_with_the_audits_span(audit: Path) -> None:
    edit(audit / "targets.yaml", "nearly_span_pct: 10", "nearly_span_pct: 5")
    goal = _goals()["jobs"]
    assert goal["verdict"] == "met"  # 近1400 read as ≥ 1330: it shows ≥ 1300
    edit(audit / "targets.yaml", "nearly_span_pct: 5", "nearly_span_pct: 100")
    result = run_cli("validate")
    assert result.exit_code == 2 and "'nearly_span_pct' must be less than 100" in result.stderr


def test_an_untracked_outcome_takes_a_qualifier(audit: Path) -> None:
    report = json.loads(run_cli("check", "--format", "json").stdout)
    assert report["untracked"][0]["qualifier"] == "nearly"
    assert "<≈2.9亿人" in run_cli("check").stdout
    edit(audit / "actuals.yaml", "unit: 亿人, qualifier: nearly,", "unit: 亿人,")
    result = run_cli("validate")
    assert result.exit_code == 2
    assert "nearly" in result.stderr  # the quote says 近: the data must say so


def test_several_figures_in_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plan.txt").write_text("We will build 56 airports and 31 helipads.\n", encoding="utf-8")
    (tmp_path / "review.txt").write_text("This year 58 airports and 25 helipads were built.\n", encoding="utf-8")
    (tmp_path / "targets.yaml").write_text(
        'plan: {id: en, title: Plan, period: "2016"}\n'
        "sources:\n  plan: {path: plan.txt, title: Plan, role: plan}\n"
        "  review: {path: review.txt, title: Review, role: review}\n"
        "sections: [{id: s, title: Transport}]\n"
        "goals:\n  - id: air\n    section: s\n    title: Airports and helipads\n"
        "    quote: We will build 56 airports and 31 helipads\n"
        "    rule: {kind: all_of, parts: {airports: {kind: at_least, target: 56, unit: airports},"
        " helipads: {kind: at_least, target: 31, unit: helipads}}}\n",
        encoding="utf-8",
    )
    (tmp_path / "actuals.yaml").write_text(
        "plan: en\ngoals:\n  air:\n    status: reported\n"
        "    evidence: [{source: review, quote: This year 58 airports and 25 helipads were built}]\n"
        "    values: {airports: {value: 58, unit: airports}, helipads: {value: 25, unit: helipads}}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert run_cli("validate").exit_code == 0
    goal = _goals()["air"]
    assert goal["verdict"] == "missed"
    steps = " ".join(goal["arithmetic"])  # type: ignore[arg-type]
    assert "airports: met" in steps and "helipads: missed" in steps
    edit(tmp_path / "targets.yaml", "target: 31, unit: helipads", "target: 32, unit: helipads")
    result = run_cli("validate")
    assert result.exit_code == 2 and "targets.yaml:" in result.stderr  # 32 does not stand in the quote
