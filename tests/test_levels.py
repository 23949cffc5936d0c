"""Levels as data (the plan's own grades of commitment) and goals not yet due."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import edit, run_cli

LEVELS = """levels:
  - {id: binding, label: 约束性, label_en: binding, words: [约束性], gate: true}
  - {id: expected, label: 预期性, label_en: expected, words: [预期]}
  - {id: plain, label: 一般, label_en: plain}
goals:
"""


def _report(*args: str) -> dict:  # type: ignore[type-arg]
    return json.loads(run_cli("check", "--format", "json", *args).stdout)  # type: ignore[no-any-return]


def _plan_levels(workdir: Path) -> None:
    targets = workdir / "targets.yaml"
    edit(targets, "goals:\n", LEVELS)
    text = targets.read_text(encoding="utf-8")
    text = text.replace("level: commitment", "level: binding").replace("level: stretch", "level: expected")
    targets.write_text(text, encoding="utf-8")


def test_the_default_vocabulary_keeps_commitment_stretch_and_plain(workdir: Path) -> None:
    levels = _report()["summary"]["by_level"]
    assert list(levels) == ["commitment", "stretch", "plain"]  # in the vocabulary's order, only levels in use


def test_a_plan_declares_its_own_levels_and_every_format_uses_them(workdir: Path) -> None:
    _plan_levels(workdir)
    report = _report()
    assert list(report["summary"]["by_level"]) == ["binding", "expected", "plain"]
    assert {g["id"]: g["level"] for g in report["goals"]}["fdi"] == "expected"
    table = run_cli("check", "--all").stdout.splitlines()
    rows = [line.split()[0] for line in table[table.index("By commitment level") + 3 :] if line.strip()][:3]
    assert rows == ["binding", "expected", "plain"]
    assert not any(line.rstrip().endswith(("commitment", "stretch")) for line in table)
    assert "预期性" in run_cli("check", "--all", "--lang", "zh").stdout


def test_missed_commitment_fails_on_the_levels_that_gate(workdir: Path) -> None:
    _plan_levels(workdir)
    # fdi (missed) is `expected`, which does not gate ...
    assert run_cli("check", "--fail-on", "missed-commitment").exit_code == 0
    # ... and fails once its level gates.
    edit(workdir / "targets.yaml", "words: [预期]}", "words: [预期], gate: true}")
    result = run_cli("check", "--fail-on", "missed-commitment")
    assert result.exit_code == 1
    assert result.stderr == "gate failed: 1 expected goal(s) missed: fdi\n"


def test_a_section_sets_the_level_of_goals_that_name_none(workdir: Path) -> None:
    edit(workdir / "targets.yaml", "    title_en: Livelihood\n", "    title_en: Livelihood\n    level: stretch\n")
    edit(workdir / "targets.yaml", "    level: plain\n    rule: {kind: named_items", "    rule: {kind: named_items")
    levels = {g["id"]: g["level"] for g in _report()["goals"]}
    assert levels["parks"] == "stretch"


def test_an_unknown_level_is_a_located_error_with_a_suggestion(workdir: Path) -> None:
    edit(workdir / "targets.yaml", "    level: stretch\n", "    level: strech\n")
    result = run_cli("validate")
    assert result.exit_code == 2
    assert result.stderr.endswith(": unknown level 'strech' (did you mean 'stretch'?)\n")
    assert result.stderr.startswith("targets.yaml:")


def test_a_goal_due_after_the_review_is_not_due_and_needs_no_entry(workdir: Path) -> None:
    edit(workdir / "targets.yaml", "    rule: {kind: new_items, target: 15, unit: 家}\n", (
        "    rule: {kind: new_items, target: 15, unit: 家}\n    due: \"2021\"\n"
    ))  # fmt: skip
    edit(workdir / "actuals.yaml", "  hitech:\n    status: silent\n", "")
    result = run_cli("check", "--format", "json")
    assert result.exit_code == 0, result.stderr  # the completeness gate does not ask for it
    report = json.loads(result.stdout)
    hitech = next(g for g in report["goals"] if g["id"] == "hitech")
    assert hitech["verdict"] == "not_due"
    assert "not due: due 2021, after the review's period 2019" in hitech["notes"]
    summary = report["summary"]
    assert summary["not_due"] == 1
    assert summary["coverage"] == pytest.approx((summary["met"] + summary["missed"]) / (summary["total"] - 1), abs=1e-4)
    assert "◷ not due 1" in run_cli("check").stdout
    assert 'message="not due: ' in run_cli("check", "--format", "junit").stdout
    assert "## Goals not yet due (1)" in run_cli("check", "--format", "markdown").stdout


def test_a_goal_not_yet_due_that_is_already_done_is_met_early(workdir: Path) -> None:
    edit(workdir / "targets.yaml", "    rule: {kind: milestone}\n", '    rule: {kind: milestone}\n    due: "2020"\n')
    fair = next(g for g in _report()["goals"] if g["id"] == "fair")
    assert fair["verdict"] == "met"
    assert "met early: due 2020" in fair["notes"]


def test_the_review_period_comes_from_the_review_source(workdir: Path) -> None:
    edit(workdir / "targets.yaml", "    role: review\n", '    role: review\n    period: "2021"\n')
    edit(workdir / "targets.yaml", "    rule: {kind: new_items, target: 15, unit: 家}\n", (
        "    rule: {kind: new_items, target: 15, unit: 家}\n    due: \"2021\"\n"
    ))  # fmt: skip
    hitech = next(g for g in _report()["goals"] if g["id"] == "hitech")
    assert hitech["verdict"] == "unreported"  # due within the review's period, and the review is silent


def test_the_coverage_gate_counts_only_the_goals_due(workdir: Path) -> None:
    edit(workdir / "targets.yaml", "    rule: {kind: new_items, target: 15, unit: 家}\n", (
        "    rule: {kind: new_items, target: 15, unit: 家}\n    due: \"2021\"\n"
    ))  # fmt: skip
    result = run_cli("check", "--min-coverage", "60")
    assert result.exit_code == 1
    assert result.stderr == "gate failed: coverage 57.1% is below the required 60% (4 of 7 goals scored on evidence)\n"
