"""Entries that report on a goal without deciding it (`undecided`), and lints accepted with a reason (`accept`):
through the public CLI, in every format."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from planaudit.lints import echo_share, is_concrete
from tests.conftest import ROOT, edit, run_cli

TREES = "Tree planting along our streets began; the remaining trees will be planted next year."
UNDECIDED = f"""  street-trees:
    status: reported
    undecided: the review reports planting without a count
    evidence: [{{source: review, quote: "{TREES}"}}]
"""
SILENT = """  street-trees:
    status: silent
    note: the review does not mention tree planting
"""


@pytest.fixture
def riverton(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    shutil.copytree(ROOT / "examples" / "riverton-2024", tmp_path, dirs_exist_ok=True)
    with (tmp_path / "review.txt").open("a", encoding="utf-8") as review:
        review.write(f"\nTrees. {TREES} We planted 2,100 trees along our streets.\n")
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def test_undecided_is_unreported_with_its_evidence_in_every_format(riverton: Path) -> None:
    edit(riverton / "actuals.yaml", SILENT, UNDECIDED)
    report = json.loads(run_cli("check", "--format", "json").stdout)
    goal = next(g for g in report["goals"] if g["id"] == "street-trees")
    assert (goal["verdict"], goal["undecided"], goal["entry"]) == ("unreported", True, "reported")
    assert goal["evidence"] == [{"source": "review", "quote": TREES}]
    assert goal["arithmetic"] == ["undecided: the review reports planting without a count"]
    assert report["summary"]["undecided"] == 1
    for fmt in ("table", "markdown", "junit", "github", "html"):
        result = run_cli("check", "--format", fmt, "--all", "--width", "1000")
        assert result.exit_code == 0, result.stderr
        assert "Tree planting along our streets began" in result.stdout, fmt
        assert "the review reports planting without a count" in result.stdout, fmt
    table = run_cli("check").stdout
    assert "undecided" in table and "reported but undecided 1" in table
    explained = run_cli("explain", "street-trees").stdout
    assert TREES in explained and "undecided" in explained


def test_silent_entry_shows_no_undecided(riverton: Path) -> None:
    report = json.loads(run_cli("check", "--format", "json").stdout)
    assert report["summary"]["undecided"] == 0
    goal = next(g for g in report["goals"] if g["id"] == "street-trees")
    assert (goal["undecided"], goal["evidence"]) == (False, [])


def test_undecided_entry_cannot_also_decide(riverton: Path) -> None:
    edit(riverton / "actuals.yaml", SILENT, UNDECIDED + "    value: 2000\n    unit: trees\n    done: true\n")
    result = run_cli("validate")
    assert result.exit_code == 2
    assert "actuals.yaml:" in result.stderr
    assert "'done' decides the goal, which an 'undecided' entry does not" in result.stderr
    assert "Traceback" not in result.stderr


ECHO = """  street-trees:
    status: reported
    verdict: met
    rationale: the review counts the trees planted
    fact: We planted 2,100 trees along our streets
    evidence: [{source: review, quote: "We planted 2,100 trees along our streets."}]
"""


def _judged_trees(riverton: Path, entry: str) -> None:
    edit(riverton / "targets.yaml", "rule: {kind: at_least, target: 2000, unit: trees}", "rule: {kind: judged}")
    edit(riverton / "actuals.yaml", SILENT, entry)


def test_plan_echo_fails_strict_until_accepted_with_a_reason(riverton: Path) -> None:
    _judged_trees(riverton, ECHO)
    strict = run_cli("validate", "--strict")
    assert strict.exit_code == 2 and "[plan-echo]" in strict.stderr
    reason = "the review states the count in the plan's words; checked by hand"
    edit(riverton / "actuals.yaml", "    verdict: met\n", f"    verdict: met\n    accept: {{plan-echo: {reason}}}\n")
    strict = run_cli("validate", "--strict")
    assert strict.exit_code == 0, strict.stderr
    assert "1 evidence lint(s) accepted with a reason" in strict.stdout
    assert f"accepted: {reason}" in strict.stderr
    report = json.loads(run_cli("check", "--strict", "--format", "json").stdout)
    assert [(x["code"], x["accepted"]) for x in report["lints"]] == [("plan-echo", reason)]
    for fmt in ("table", "markdown", "github"):
        assert f"accepted: {reason}" in run_cli("check", "--strict", "--format", fmt, "--width", "1000").stdout, fmt


def test_an_acceptance_no_lint_needs_is_itself_a_lint(riverton: Path) -> None:
    _judged_trees(riverton, ECHO.replace("    verdict: met\n", "    verdict: met\n    accept: {evidence-reuse: x}\n"))
    result = run_cli("validate", "--strict")
    assert result.exit_code == 2
    assert "[accept-unused]" in result.stderr and "[plan-echo]" in result.stderr


def test_unknown_lint_cannot_be_accepted(riverton: Path) -> None:
    _judged_trees(
        riverton, ECHO.replace("    verdict: met\n", "    verdict: met\n    accept: {caveat-material-met: x}\n")
    )
    result = run_cli("validate")
    assert result.exit_code == 2
    assert "'caveat-material-met' is not a lint that can be accepted" in result.stderr


def test_plan_echo_compares_english_by_words_not_letter_pairs() -> None:
    plan = "ensure that the states receive their share of the central taxes"
    unrelated = "the rest of the states are on track to achieve this in the near term"
    assert echo_share(unrelated, plan) < 0.6  # letter pairs scored it 0.64: a false echo
    assert echo_share("Council tax rose by 4.99%", "Keep the council tax rise at or under 4.99%") >= 0.6
    assert echo_share("深化“3+1”项目推进机制", "深化“3+1”项目推进模式") >= 0.6


@pytest.mark.parametrize(
    "fact", ["完成任务的三分之一", "超过一半的城市", "one third of the homes", "the bridge was opened"]
)
def test_judged_fact_sees_fractions_and_english_as_concrete(fact: str) -> None:
    assert is_concrete(fact)


def test_praise_is_still_not_concrete() -> None:
    assert not is_concrete("城市形象再展新颜")
    assert not is_concrete("a year of great progress for the borough")
