"""A drafted folder validates where it was written: real plans with their reviews, and the shapes that once broke it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

EXAMPLES = ROOT / "examples"


def _draft_and_validate(plan: Path, review: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    drafted = run_cli("draft", str(plan), "--review", str(review), "-o", str(out))
    assert drafted.exit_code == 0, drafted.stderr
    monkeypatch.chdir(out)
    validated = run_cli("validate")
    return validated.exit_code, validated.stdout + validated.stderr


def test_a_national_plan_and_its_review_draft_into_a_valid_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """zh-gwr-2016, the plan and review of a national work report, drafted and validated as they stand."""
    sources = EXAMPLES / "zh-gwr-2016" / "sources"
    code, said = _draft_and_validate(sources / "plan.txt", sources / "review.txt", tmp_path / "d", monkeypatch)
    assert code == 0, said
    assert "mark(s) left to review" in said


def test_the_indian_budget_drafts_into_a_valid_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once refused: "one-third" drafted as 0.333333 with no unit (now the text target "one-third" in %), and
    "As on 23rd February, 2016, 5542 villages" drafted as 2016 villages (the year in a date stays a year)."""
    sources = EXAMPLES / "en-india-budget-2016-17" / "sources"
    code, said = _draft_and_validate(sources / "plan.txt", sources / "review.txt", tmp_path / "d", monkeypatch)
    assert code == 0, said
    targets = (tmp_path / "d" / "targets.yaml").read_text(encoding="utf-8")
    assert 'rule: {kind: at_least, target: "one-third", unit: "%"}' in targets
    assert 'target: 2016, unit: "villages"' not in targets


def test_a_fall_from_one_figure_to_another_and_a_list_lead_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "reduced from 300 to 240 days" is a ceiling of 240 (was between min 300 max 240, refused); the lead-in of a
    bulleted list ("We will:" on its own line) is no goal of its own (it was once quoted with its line break, which
    validate refused): its bullet is, without the marker."""
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "Digital plan 2013\n\nThe minimum number of days for which they should be employed during the year is "
        "proposed to be reduced from 300 to 240 days.\n\nWe will:\n\n* publish 25 new services by March 2014\n",
        encoding="utf-8",
    )
    review = tmp_path / "review.txt"
    review.write_text("Review of 2013\n\nWe published 25 new services.\n", encoding="utf-8")
    code, said = _draft_and_validate(plan, review, tmp_path / "d", monkeypatch)
    assert code == 0, said
    targets = (tmp_path / "d" / "targets.yaml").read_text(encoding="utf-8")
    assert 'rule: {kind: at_most, target: 240, unit: "days"}' in targets
    assert "kind: between" not in targets
    assert 'quote: "We will:"' not in targets
    assert 'quote: "publish 25 new services' in targets


def test_an_evidence_sentence_said_twice_is_not_also_untracked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The review says 城镇新增就业1200人 twice: one is the goal's evidence, so the other (the same words, which
    verify would take as that evidence reused) is not drafted as an untracked outcome."""
    plan = tmp_path / "plan.txt"
    plan.write_text("2024年计划\n全年城镇新增就业1000人以上。\n", encoding="utf-8")
    review = tmp_path / "review.txt"
    review.write_text(
        "2024年工作回顾\n全年城镇新增就业1200人。\n一季度开局良好，城镇新增就业1200人。\n", encoding="utf-8"
    )
    code, said = _draft_and_validate(plan, review, tmp_path / "d", monkeypatch)
    assert code == 0, said
    actuals = (tmp_path / "d" / "actuals.yaml").read_text(encoding="utf-8")
    assert "value: 1200" in actuals
    assert 'quote: "城镇新增就业1200人"' not in actuals


def test_a_range_in_pounds_billion_drafts_and_validates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "£1.1 to £1.3 billion": the low figure is read in the high's scale, so the drafted between verifies
    (its min was once refused as 1.1 £)."""
    plan = tmp_path / "plan.txt"
    plan.write_text("Digital strategy 2012\n\nWe will save £1.1 to £1.3 billion a year by 2015.\n", encoding="utf-8")
    review = tmp_path / "review.txt"
    review.write_text("Review of 2013\n\nWork continued.\n", encoding="utf-8")
    code, said = _draft_and_validate(plan, review, tmp_path / "d", monkeypatch)
    assert code == 0, said
    targets = (tmp_path / "d" / "targets.yaml").read_text(encoding="utf-8")
    assert 'rule: {kind: between, min: 1.1, max: 1.3, unit: "£ billion"}' in targets
