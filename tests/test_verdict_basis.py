"""A basis belongs to a verdict reached: unreported (partial, undecided, set aside) and not-due goals have none."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from planaudit.schemas import schema
from tests.conftest import edit, run_cli

UNDECIDED_AIR = """  air:
    status: reported
    undecided: the review names a park, not the air or the water
    evidence:
      - source: review
        quote: 建成运河公园
"""


def _goals(*args: str) -> dict[str, dict[str, object]]:
    result = run_cli("check", "-f", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    report = json.loads(result.stdout)
    jsonschema.validate(report, schema("report"))
    return {goal["id"]: goal for goal in report["goals"]}


def test_partial_and_undecided_goals_carry_no_basis_in_json(workdir: Path) -> None:
    edit(workdir / "actuals.yaml", "  air:\n    status: silent\n", UNDECIDED_AIR)
    goals = _goals()
    assert (goals["parks"]["verdict"], goals["parks"]["partial"], goals["parks"]["basis"]) == ("unreported", True, None)
    assert (goals["air"]["verdict"], goals["air"]["undecided"], goals["air"]["basis"]) == ("unreported", True, None)
    assert goals["hitech"]["basis"] is None  # silent
    # A verdict reached keeps the basis it rests on.
    assert (goals["fdi"]["verdict"], goals["fdi"]["basis"]) == ("missed", "measured")
    assert (goals["fair"]["verdict"], goals["fair"]["basis"]) == ("met", "documented")


def test_a_reported_goal_not_yet_due_has_no_basis(workdir: Path) -> None:
    edit(
        workdir / "targets.yaml",
        "    level: stretch\n    rule: {kind: at_least",
        '    level: stretch\n    due: "2021"\n    rule: {kind: at_least',
    )
    goal = _goals()["fdi"]
    assert (goal["verdict"], goal["basis"]) == ("not_due", None)


def test_judged_verdicts_set_aside_have_no_basis(bundled: Path) -> None:
    recorded = _goals()
    judged = {gid for gid, goal in recorded.items() if goal["basis"] == "judged"}
    assert judged and all(recorded[gid]["verdict"] == "met" for gid in judged)
    aside = _goals("--judged", "as-unreported")
    assert {(aside[gid]["verdict"], aside[gid]["basis"]) for gid in judged} == {("unreported", None)}


def test_bundled_json_gives_a_basis_exactly_to_the_verdicts_reached(bundled: Path) -> None:
    goals = _goals().values()
    assert sum(goal["basis"] is not None for goal in goals) == 15  # 9 met + 6 missed
    assert all((goal["basis"] is None) == (goal["verdict"] not in ("met", "missed")) for goal in goals)


@pytest.mark.parametrize(("verdict", "basis"), [("unreported", "measured"), ("not_due", "judged"), ("met", None)])
def test_the_report_schema_ties_basis_to_the_verdict(workdir: Path, verdict: str, basis: str | None) -> None:
    report = json.loads(run_cli("check", "-f", "json").stdout)
    report["goals"][0]["verdict"], report["goals"][0]["basis"] = verdict, basis
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, schema("report"))


def _about_air(text: str) -> str:
    """The lines of a report about the goal 'air': its table row and the two lines under it, its markdown row and
    detail, its JUnit test case."""
    lines = text.splitlines()
    out: list[str] = []
    for index, line in enumerate(lines):
        if line.startswith("? unreported     air ") or 'name="air: ' in line:
            out += lines[index : index + 3]
        elif line.startswith(("| air |", "- **air**")):
            out += lines[index : index + 3 if line.startswith("-") else index + 1]
    return "\n".join(out)


def test_an_undecided_judged_goal_is_called_judged_in_no_format(workdir: Path) -> None:
    edit(workdir / "actuals.yaml", "  air:\n    status: silent\n", UNDECIDED_AIR)
    explain = run_cli("explain", "air").stdout
    assert "verdict: ? unreported · undecided" in explain
    # Before: "Actual: judged" and "basis: judged (the auditor's reading …)" for a goal nobody judged.
    assert "judged (" not in explain and "Actual: —" in explain
    html = run_cli("check", "-f", "html", "--all").stdout
    assert '<span class="basis">undecided</span>' in html and "basis: undecided" not in html
    table = run_cli("check", "--all", "--width", "160").stdout
    markdown = run_cli("check", "-f", "markdown", "--all").stdout
    junit = run_cli("check", "-f", "junit").stdout
    for text in (table, markdown, junit):
        about = _about_air(text)
        assert "undecided" in about
        assert "? unreported" in about or "unreported:" in about
        assert "basis" not in about and "| judged | judged |" not in about and "Actual judged" not in about


def test_an_undecided_milestone_is_not_shown_as_not_done(workdir: Path) -> None:
    edit(
        workdir / "actuals.yaml",
        "  fair:\n    status: reported\n    done: true\n",
        "  fair:\n    status: reported\n    undecided: the review names the fair, not whether it was held\n",
    )
    explain = run_cli("explain", "fair").stdout
    assert "? unreported · undecided" in explain
    assert "not done" not in explain and "Actual: —" in explain
