"""Portfolios: `check DIR...` and `validate DIR...` over every audit folder found, in every format."""

from __future__ import annotations

import json
import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import html5lib
import jsonschema
import pytest

from planaudit.portfolio import Settings, find_audits, run_portfolio
from planaudit.report.league import render
from planaudit.schemas import schema
from tests.conftest import BASE, ROOT, edit, run_cli

RIVERTON = ROOT / "examples" / "riverton-2024"


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """plans/ holding two audits (one nested two deep), a hidden one, a linked one and a folder with no audit."""
    root = tmp_path / "plans"
    shutil.copytree(BASE, root / "demo")
    shutil.copytree(RIVERTON, root / "towns" / "riverton")
    (root / "notes").mkdir()
    shutil.copytree(BASE, root / ".hidden")
    shutil.copytree(BASE, tmp_path / "outside")
    os.symlink(tmp_path / "outside", root / "linked")
    monkeypatch.chdir(tmp_path)
    return root


def _summary(folder: str) -> dict[str, object]:
    report = json.loads(run_cli("check", "-t", f"{folder}/targets.yaml", "-f", "json").stdout)
    summary: dict[str, object] = report["summary"]
    return summary


def test_find_audits_walks_the_tree_sorted_without_links_or_hidden_folders(plans: Path) -> None:
    assert find_audits(["plans"]) == ["plans/demo", "plans/towns/riverton"]
    assert find_audits(["plans/towns", "plans", "plans/demo"]) == ["plans/demo", "plans/towns/riverton"]


def test_check_dir_prints_the_league_table_with_each_audits_own_counts(plans: Path) -> None:
    result = run_cli("check", "plans")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    demo, riverton = _summary("plans/demo"), _summary("plans/towns/riverton")
    row = next(line for line in lines if line.startswith("plans/demo "))
    assert row.split() == [
        "plans/demo", str(demo["total"]), str(demo["met"]), str(demo["missed"]), str(demo["unreported"]), "0",
        f"{float(str(demo['coverage'])) * 100:.1f}%", "passed",
    ]  # fmt: skip
    assert any(line.startswith("plans/towns/riverton ") for line in lines)
    total = int(str(demo["total"])) + int(str(riverton["total"]))
    assert f"Portfolio: 2 audits · {total} goals" in result.stdout
    everything = next(line for line in lines if line.startswith("all "))
    assert everything.split()[1] == str(total)
    assert "linked" not in result.stdout and "hidden" not in result.stdout


def test_the_json_portfolio_holds_one_report_per_audit_and_validates(plans: Path) -> None:
    result = run_cli("check", "plans", "-f", "json")
    report = json.loads(result.stdout)
    jsonschema.validate(report, schema("report"))
    assert report["kind"] == "portfolio"
    assert [a["folder"] for a in report["audits"]] == ["plans/demo", "plans/towns/riverton"]
    assert [row["folder"] for row in report["league"]] == ["plans/demo", "plans/towns/riverton"]
    own = json.loads(run_cli("check", "-t", "plans/demo/targets.yaml", "-f", "json").stdout)
    assert report["audits"][0]["report"]["goals"] == own["goals"]
    assert report["summary"]["total"] == sum(row["total"] for row in report["league"])
    assert report["summary"]["missed"] == sum(row["missed"] for row in report["league"])
    by_level = report["summary"]["by_level"]
    assert sum(level["total"] for level in by_level.values()) == report["summary"]["total"]
    broken = dict(report, league=[{"folder": "x"}])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema("report"))


def test_markdown_junit_github_and_html_portfolios(plans: Path) -> None:
    markdown = run_cli("check", "plans", "-f", "markdown").stdout
    assert "| plans/demo | demo-2019 |" in markdown and "| plans/towns/riverton | riverton-2024 |" in markdown
    junit = ET.fromstring(run_cli("check", "plans", "-f", "junit").stdout.encode())
    names = [suite.get("name", "") for suite in junit]
    assert any(n.startswith("plans/demo: ") for n in names) and any(
        n.startswith("plans/towns/riverton: ") for n in names
    )
    assert int(junit.get("tests", "0")) == sum(int(s.get("tests", "0")) for s in junit)
    github = run_cli("check", "plans", "-f", "github").stdout.splitlines()
    assert any(line.startswith("::warning file=plans/towns/riverton/targets.yaml,line=") for line in github)
    assert not any(line.startswith("::error") for line in github)  # every gate passes: no red on a green step
    assert github[-1].startswith("::notice title=planaudit portfolio::Portfolio: 2 audits")
    page = run_cli("check", "plans", "-f", "html").stdout
    html5lib.HTMLParser(strict=True).parse(page)
    assert '<a href="#audit-1">plans/demo</a>' in page and 'id="audit-2"' in page
    ids = [part.split('"', 1)[0] for part in page.split(' id="')[1:]]
    assert len(ids) == len(set(ids)), "each audit's ids are scoped to it"


def test_the_exit_code_comes_from_every_gate(plans: Path) -> None:
    result = run_cli("check", "plans", "--fail-on", "missed")
    assert result.exit_code == 1
    assert "gate failed: plans/demo: " in result.stderr and "gate failed: plans/towns/riverton: " in result.stderr
    one = run_cli("check", "plans", "--min-coverage", "60")
    assert one.exit_code == 1
    assert one.stderr.startswith("gate failed: plans/demo: coverage 50.0% is below the required 60%")
    assert "riverton" not in one.stderr
    assert run_cli("check", "plans", "--min-coverage", "40").exit_code == 0
    mixed = run_cli("check", "plans", "-t", "x")
    assert mixed.exit_code == 2 and "--targets" in mixed.stderr


def test_an_invalid_audit_makes_the_portfolio_invalid_with_its_located_error(plans: Path) -> None:
    edit(plans / "towns" / "riverton" / "targets.yaml", "kind: at_least", "kind: at_leest")
    result = run_cli("check", "plans", "-o", "report.md", "-f", "markdown")
    assert result.exit_code == 2
    assert "plans/towns/riverton/targets.yaml:" in result.stderr and "at_leest" in result.stderr
    assert "1 of 2 audits are invalid: plans/towns/riverton" in result.stderr
    assert not Path("report.md").exists()
    assert "Traceback" not in result.stderr


def test_a_folder_without_audits_is_a_usage_error(plans: Path) -> None:
    result = run_cli("check", "plans/notes")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "error: no audit under plans/notes: an audit is a folder holding targets.yaml (and actuals.yaml)\n"
    )
    assert run_cli("check", "no-such").exit_code == 2


def test_a_folder_of_links_to_audits_says_links_are_not_entered(plans: Path) -> None:
    Path("shelf").mkdir()
    os.symlink(plans / "demo", "shelf/demo")
    os.symlink(plans / "towns", "shelf/\x1b[31mtowns")
    result = run_cli("check", "shelf")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: no audit under shelf: an audit is a folder holding targets.yaml (and actuals.yaml);"
        " 2 linked folders not entered: name linked audits instead\n"
    )
    assert run_cli("check", "shelf/demo", "-f", "json").exit_code == 0


def test_validate_dir_checks_every_audit(plans: Path) -> None:
    result = run_cli("validate", "plans")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("valid: 2 audits, ")


def test_actuals_default_to_the_file_beside_the_targets(plans: Path) -> None:
    result = run_cli("check", "-t", "plans/towns/riverton/targets.yaml")
    assert result.exit_code == 0, result.stderr
    assert "Riverton" in result.stdout


def test_processes_give_the_same_report_as_one(plans: Path) -> None:
    for index in range(4):
        shutil.copytree(BASE, plans / "more" / f"copy-{index}")
    for fmt in ("table", "json", "html"):
        settings = Settings(format=fmt)
        alone = render(run_portfolio(["plans"], settings, jobs=1), fmt, "en")
        shared = render(run_portfolio(["plans"], settings, jobs=2), fmt, "en")
        assert alone == shared
        assert "plans/more/copy-3" in alone


def test_processes_started_by_spawn_give_the_same_runs_as_one(plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where there is no fork (macOS, Windows) the workers are spawned: what they are sent and send back is picklable,
    in the folders' order, and an invalid audit's located problems come back word for word."""
    import multiprocessing

    shutil.copytree(BASE, plans / "more" / "broken")
    edit(plans / "more" / "broken" / "targets.yaml", "kind: at_least", "kind: at_leest")
    settings = Settings(format="json")
    alone = run_portfolio(["plans"], settings, jobs=1)
    used: list[str | None] = []
    real = multiprocessing.get_context
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.setattr(multiprocessing, "get_context", lambda method=None: used.append(method) or real(method))
    shared = run_portfolio(["plans"], settings, jobs=2)
    assert used == ["spawn"]
    assert shared == alone
    broken = next(run for run in shared.runs if run.problems)
    assert broken.folder == "plans/more/broken" and "at_leest" in broken.problems[0]


def test_a_targets_path_that_is_no_file_looks_for_actuals_in_the_current_folder(plans: Path) -> None:
    long = "x" * 5000 + "/targets.yaml"  # ENAMETOOLONG: no traceback while choosing the default
    result = run_cli("check", "-t", long)
    assert result.exit_code == 2 and "Traceback" not in result.stderr


def test_the_readme_commands_for_years_and_portfolios_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_readme import blocks

    monkeypatch.chdir(ROOT)
    commands = [
        line for block in blocks("Plans over years, ledgers and portfolios", "sh") for line in block.splitlines()
    ]
    assert len(commands) == 2
    for command in commands:
        words = command.split()
        assert words[0] == "planaudit"
        result = run_cli(*words[1:])
        assert result.exit_code == 0, (command, result.stderr)
    league = run_cli("check", "examples/", "--format", "markdown").stdout
    assert "| examples/fyp14 | fyp14 |" in league and "| examples/riverton-2024 | riverton-2024 |" in league


def _level_totals(output: str, title: str) -> dict[str, int]:
    """Annotations of each level a github report holds: those shown, plus those its notice says it left out."""
    lines = output.splitlines()
    totals = {kind: sum(line.startswith(f"::{kind} ") for line in lines) for kind in ("error", "warning", "notice")}
    for line in lines:
        if line.startswith(f"::notice title={title}::") and "not annotated" in line:
            totals["notice"] -= 1
            for count, kind in re.findall(r"(\d+) more (error|warning|notice)\(s\)", line):
                totals[kind] += int(count)
    return totals


def test_github_annotations_of_a_portfolio_are_capped_with_a_count_of_the_rest(
    plans: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for index in range(10):
        shutil.copytree(BASE, plans / "more" / f"copy-{index:02}")
    shutil.copytree(ROOT / "sources", plans / "bundled" / "sources")
    for name in ("targets.yaml", "actuals.yaml"):
        shutil.copy(ROOT / name, plans / "bundled" / name)
    result = run_cli("check", "plans", "-f", "github", "--fail-on", "missed")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    shown = {kind: sum(line.startswith(f"::{kind} ") for line in lines) for kind in ("error", "warning", "notice")}
    assert shown == {"error": 10, "warning": 10, "notice": 10}  # what GitHub shows of each level in a step
    # Every annotation each audit has on its own (and its closing notice), counted one audit at a time.
    expected = dict.fromkeys(shown, 0)
    for folder in find_audits(["plans"]):
        own = run_cli("check", "-t", f"{folder}/targets.yaml", "-f", "github", "--fail-on", "missed").stdout
        for kind, count in _level_totals(own, "planaudit").items():
            expected[kind] += count
    (counted,) = [line for line in lines if "not annotated" in line]
    assert counted == (
        f"::notice title=planaudit portfolio::{expected['error'] - 10} more error(s), "
        f"{expected['warning'] - 10} more warning(s), {expected['notice'] - 8} more notice(s) not annotated "
        "(GitHub shows 10 of each level per step); the step summary lists every audit, and each audit's own check "
        "every goal"
    )
    assert expected["notice"] > 100  # the bundled audit alone has over a hundred goals unreported or not due
    assert lines[-1].startswith("::notice title=planaudit portfolio::Portfolio: 13 audits")
    errors = [line for line in lines if line.startswith("::error ")]
    folders = {line.split("file=", 1)[1].split("/targets.yaml", 1)[0] for line in errors}
    assert len(folders) == 10  # taken in turn from each audit, not ten from the first
    warnings = [line for line in lines if line.startswith("::warning title=")]
    assert warnings and all(line.startswith("::warning title=plans/") for line in warnings)  # which audit


def test_check_plans_slash_gives_the_league_table_in_every_format(plans: Path) -> None:
    """Done when: `planaudit check plans/` over a folder of audits (ledgers of four reviews among them) works in
    every format, with the league table: one row per audit, its counts those of the audit's own check."""
    from tests.test_ledger_file import one_file

    shutil.copytree(ROOT / "examples" / "fyp14", plans / "fyp14")
    shutil.copytree(ROOT / "tests" / "cases" / "ledger", plans / "ledger-file")
    (plans / "ledger-file" / "actuals.yaml").write_text(one_file(plans / "ledger-file"), encoding="utf-8")
    folders = ["plans/demo", "plans/fyp14", "plans/ledger-file", "plans/towns/riverton"]
    own = {folder: _summary(folder) for folder in folders}
    rows = {
        folder: [str(s["total"]), str(s["met"]), str(s["missed"]), str(s["unreported"]), str(s["not_due"]),
                 f"{float(str(s['coverage'])) * 100:.1f}%", "passed"]
        for folder, s in own.items()
    }  # fmt: skip
    assert own["plans/fyp14"]["not_due"] == 8 and own["plans/ledger-file"]["total"] == 3

    outputs = {}
    for fmt in ("table", "markdown", "json", "junit", "github", "html"):
        result = run_cli("check", "plans/", "-f", fmt)
        assert result.exit_code == 0, (fmt, result.stderr)
        outputs[fmt] = result.stdout

    table = {line.split()[0]: line.split()[1:] for line in outputs["table"].splitlines() if line.startswith("plans/")}
    assert table == rows
    markdown = [[c.strip() for c in line.strip("|").split("|")] for line in outputs["markdown"].splitlines()]
    assert {cells[0]: cells[2:] for cells in markdown if cells[0].startswith("plans/")} == rows
    report = json.loads(outputs["json"])
    jsonschema.validate(report, schema("report"))
    assert [row["folder"] for row in report["league"]] == folders
    for row in report["league"]:
        assert {k: row[k] for k in ("total", "met", "missed", "unreported", "not_due")} == {
            k: own[row["folder"]][k] for k in ("total", "met", "missed", "unreported", "not_due")
        }
    fyp14 = next(a for a in report["audits"] if a["folder"] == "plans/fyp14")["report"]
    assert fyp14["history"]["years"] == [2021, 2022, 2023, 2024]  # each audit's own report, history included
    tree = html5lib.parse(outputs["html"], namespaceHTMLElements=False)
    league = tree.find(".//table")
    assert league is not None
    cells = [["".join(c.itertext()) for c in tr] for tr in league.iter("tr")][1:]
    assert {c[0]: c[2:] for c in cells} == rows
    junit = ET.fromstring(outputs["junit"].encode())
    assert {name.split(": ")[0] for name in (s.get("name", "") for s in junit)} == set(folders)
    assert int(junit.get("tests", "0")) == sum(int(suite.get("tests", "0")) for suite in junit)
    page_history = tree.find(".//section[@id='a2-history']")  # fyp14, the second audit: its own history
    assert page_history is not None and page_history.findtext("h2") == "History (2021–2024)"
    github = outputs["github"].splitlines()
    for folder in folders:
        s = own[folder]
        assert any(line.startswith(f"::notice title=planaudit {folder}::{s['total']} goals: {s['met']} met")
                   for line in github), folder  # fmt: skip
    assert github[-1].startswith("::notice title=planaudit portfolio::Portfolio: 4 audits")
