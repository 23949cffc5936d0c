"""What a verdict rests on: basis in every format, partial progress, the skeptical reading and its gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import edit, run_cli

AIR_MET = """  air:
    status: reported
    verdict: met
    rationale: the review reports the best air and water quality since monitoring began
    evidence:
      - source: review
        quote: 水、大气环境质量实现2013年实施监测以来历史最佳
"""


@pytest.fixture
def judged_met(workdir: Path) -> Path:
    """The base audit with its judged goal (air) scored met on a concrete review sentence."""
    review = workdir / "sources" / "review.txt"
    review.write_text(
        review.read_text(encoding="utf-8") + "水、大气环境质量实现2013年实施监测以来历史最佳。\n", encoding="utf-8"
    )
    edit(workdir / "actuals.yaml", "  air:\n    status: silent\n", AIR_MET)
    return workdir


def _report(*args: str) -> dict:  # type: ignore[type-arg]
    result = run_cli("check", "--format", "json", *args)
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_each_goal_carries_its_basis_in_json(judged_met: Path) -> None:
    goals = {g["id"]: g for g in _report()["goals"]}
    assert goals["fdi"]["basis"] == "measured"
    assert goals["fair"]["basis"] == "documented"
    assert goals["air"]["basis"] == "judged"
    assert goals["hitech"]["basis"] is None  # silent: nothing to rest on
    assert goals["parks"]["basis"] is None  # partial: unreported, no verdict reached to rest on anything


def test_summary_splits_met_and_missed_by_basis(judged_met: Path) -> None:
    summary = _report()["summary"]
    assert summary["met"] == sum(summary["met_by_basis"].values())
    assert summary["met_by_basis"]["judged"] == 1
    assert summary["missed"] == sum(summary["missed_by_basis"].values())
    table = run_cli("check").stdout
    assert f"✓ met {summary['met']}: " in table
    assert "1 judged" in table


def test_partial_progress_is_visible_and_counted_apart(workdir: Path) -> None:
    report = _report()
    parks = next(g for g in report["goals"] if g["id"] == "parks")
    assert parks["verdict"] == "unreported" and parks["partial"] is True
    assert report["summary"]["partial"] == 1
    assert "partial 1/2" in run_cli("check").stdout
    assert "partial 1/2" in run_cli("check", "--format", "markdown").stdout
    assert "partial 1/2" in run_cli("explain", "parks").stdout
    assert "unreported 4, of which partially reported 1" in run_cli("check").stdout


def test_basis_shows_in_markdown_junit_and_explain(judged_met: Path) -> None:
    assert "✓ met · judged" in run_cli("check", "--format", "markdown").stdout
    assert "missed (measured, near miss)" in run_cli("check", "--format", "junit").stdout
    explained = run_cli("explain", "air").stdout
    assert "basis: judged (the auditor's reading of qualitative evidence, not a measurement)" in explained


def test_judged_as_unreported_sets_judgement_aside_in_summary_and_gate(judged_met: Path) -> None:
    recorded = _report()["summary"]
    skeptical = _report("--judged", "as-unreported")
    air = next(g for g in skeptical["goals"] if g["id"] == "air")
    assert air["verdict"] == "unreported"
    assert "judged verdict set aside (--judged as-unreported)" in air["notes"]
    assert skeptical["summary"]["met"] == recorded["met"] - 1
    assert skeptical["summary"]["unreported"] == recorded["unreported"] + 1
    # the gate sees the skeptical reading too
    passing = run_cli("check", "--min-coverage", f"{recorded['coverage'] * 100:.1f}")
    assert passing.exit_code == 0, passing.stderr
    failing = run_cli("check", "--judged", "as-unreported", "--min-coverage", f"{recorded['coverage'] * 100:.1f}")
    assert failing.exit_code == 1
    assert "coverage" in failing.stderr


def test_fail_on_judged_met(judged_met: Path) -> None:
    result = run_cli("check", "--fail-on", "judged-met")
    assert result.exit_code == 1
    assert result.stderr == "gate failed: 1 met verdict(s) rest on judgement alone: air\n"
    assert run_cli("check", "--fail-on", "judged-met", "--judged", "as-unreported").exit_code == 0


def test_fail_on_judged_met_passes_without_judged_met(workdir: Path) -> None:
    assert run_cli("check", "--fail-on", "judged-met").exit_code == 0


@pytest.mark.parametrize(
    ("scored", "total", "threshold", "shown"),
    [
        (15, 121, 12.4, "12.397%"),
        (15, 121, 12.3, "12.4%"),
        (19, 96, 19.8, "19.79%"),
        (1, 2, 50, "50.0%"),
        (0, 0, None, "0.0%"),
    ],
)
def test_coverage_never_reads_as_equal_to_the_threshold_it_fails(
    scored: int, total: int, threshold: float | None, shown: str
) -> None:
    from planaudit.gates import coverage_text

    assert coverage_text(scored / total * 100 if total else 0.0, threshold) == shown


def test_a_failed_coverage_gate_says_by_how_much(workdir: Path) -> None:
    result = run_cli("check", "--min-coverage", "50.01")
    assert result.exit_code == 1
    assert result.stderr == (
        "gate failed: coverage 50.00% is below the required 50.01% (4 of 8 goals scored on evidence)\n"
    )
    passed = run_cli("check", "--min-coverage", "50")
    assert passed.exit_code == 0
    assert passed.stdout.splitlines()[-1] == "gate passed: every goal has an entry (8/8); coverage 50.0% ≥ 50%"


def test_a_near_miss_is_labelled_in_every_format(workdir: Path) -> None:
    # fdi: 7.85 of 8 (98.1%) is within the default 5% band
    assert "near miss" in run_cli("check").stdout
    assert "✗ missed · measured · near miss" in run_cli("check", "--format", "markdown").stdout
    assert "missed (measured, near miss)" in run_cli("check", "--format", "junit").stdout
    assert "near miss" in run_cli("check", "--format", "html").stdout
    fdi = next(g for g in _report()["goals"] if g["id"] == "fdi")
    assert fdi["near_miss"] is True
    targets = workdir / "targets.yaml"
    targets.write_text(targets.read_text(encoding="utf-8") + "settings: {near_miss_pct: 1}\n", encoding="utf-8")
    assert next(g for g in _report()["goals"] if g["id"] == "fdi")["near_miss"] is False
