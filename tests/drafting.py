"""Drafting a plan with its review through the CLI, for the evidence tests: the draft, validated, read back."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import run_cli

# Sentences about nothing a goal names: a review's other news, so a word alike is not the only one there.
FILLER = (
    "The team met partners across the country to talk about the programme. "
    "Users told us about their needs in many workshops. "
    "Officials wrote notes about the meetings for the board. "
)


def draft_pair(folder: Path, plan: str, review: str) -> tuple[list[dict], dict]:  # type: ignore[type-arg]
    """`planaudit draft plan.txt --review review.txt` in folder (the current directory), checked to validate: the
    drafted goals and the actuals' entries by goal id."""
    (folder / "plan.txt").write_text(plan, encoding="utf-8")
    (folder / "review.txt").write_text(review, encoding="utf-8")
    result = run_cli("draft", "plan.txt", "--review", "review.txt", "--force")
    assert result.exit_code == 0, result.stderr
    assert run_cli("validate").exit_code == 0
    targets = yaml.safe_load((folder / "targets.yaml").read_text(encoding="utf-8"))
    actuals = yaml.safe_load((folder / "actuals.yaml").read_text(encoding="utf-8"))
    return targets["goals"], actuals["goals"]


def draft_with_reviews(folder: Path, plan: str, reviews: list[str]) -> tuple[dict, dict, str]:  # type: ignore[type-arg]
    """Draft a plan with its yearly reviews (repeated --review) through the CLI, check the folder validates, and
    return the targets, the actuals and the actuals' text."""
    (folder / "plan.txt").write_text(plan, encoding="utf-8")
    args = ["draft", "plan.txt"]
    for year, review in enumerate(reviews):
        (folder / f"review{year}.txt").write_text(review, encoding="utf-8")
        args += ["--review", f"review{year}.txt"]
    result = run_cli(*args, "--force")
    assert result.exit_code == 0, result.stderr
    validated = run_cli("validate")
    assert validated.exit_code == 0, validated.stdout + validated.stderr
    actuals_text = (folder / "actuals.yaml").read_text(encoding="utf-8")
    targets = yaml.safe_load((folder / "targets.yaml").read_text(encoding="utf-8"))
    return targets, yaml.safe_load(actuals_text), actuals_text


def entry_of(goals: list[dict], entries: dict, start: str) -> dict:  # type: ignore[type-arg]
    """The actuals entry of the drafted goal whose quote starts with start."""
    goal = next(g for g in goals if g["quote"].startswith(start))
    return entries[goal["id"]]  # type: ignore[no-any-return]


def undecided_quote(entry: dict) -> str:  # type: ignore[type-arg]
    """The quote of a proposal a person decides: no verdict and no value drafted."""
    assert entry["status"] == "reported", entry
    assert "undecided" in entry and not {"done", "verdict", "rationale", "value"} & set(entry)
    return str(entry["evidence"][0]["quote"])


def subfolder(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new folder under tmp_path, made the current directory: a second draft beside the first."""
    folder = tmp_path / name
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder
