"""A ledger in one actuals file (`years:` in place of `goals:`): the same audit and history as one file per year."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from planaudit.schemas import schema
from tests.conftest import CASES, ROOT, edit, run_cli

LEDGER = CASES / "ledger"
YEARS = (2021, 2022, 2023, 2024)


def one_file(folder: Path, years: tuple[int, ...] = YEARS) -> str:
    """The folder's actuals-YYYY.yaml files as one actuals file with years (the year files removed)."""
    lines = ["plan: ledger-demo", "years:"]
    for year in years:
        path = folder / f"actuals-{year}.yaml"
        lines.append(f"  {year}:")
        lines += [
            "    " + line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("plan:")
        ]
    for year in YEARS:
        (folder / f"actuals-{year}.yaml").unlink()
    return "\n".join(lines) + "\n"


@pytest.fixture
def separate(tmp_path: Path) -> Path:
    shutil.copytree(LEDGER, tmp_path / "separate")
    return tmp_path / "separate"


@pytest.fixture
def joined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "joined"
    shutil.copytree(LEDGER, folder)
    (folder / "actuals.yaml").write_text(one_file(folder), encoding="utf-8")
    monkeypatch.chdir(folder)
    return folder


def _without_inputs(text: str) -> str:
    report = json.loads(text)
    report.pop("inputs")
    return json.dumps(report, ensure_ascii=False)


@pytest.mark.parametrize("fmt", ["json", "table", "markdown", "html"])
def test_one_file_gives_the_audit_and_history_of_one_file_per_year(separate: Path, joined: Path, fmt: str) -> None:
    ours = run_cli("check", "-f", fmt)
    assert ours.exit_code == 0, ours.stderr
    theirs = run_cli("check", "-t", str(separate / "targets.yaml"), "-f", fmt)
    assert theirs.exit_code == 0, theirs.stderr
    if fmt == "json":
        report = json.loads(ours.stdout)
        jsonschema.validate(report, schema("report"))
        assert report["history"]["years"] == list(YEARS)
        assert report["inputs"]["actuals"] == "actuals.yaml"
        assert _without_inputs(ours.stdout) == _without_inputs(theirs.stdout)
    elif fmt == "html":
        assert '<section id="history">' in ours.stdout and "64.9% · not due · on track" in ours.stdout
    else:
        assert ours.stdout == theirs.stdout.replace(str(separate) + "/", "")
        assert "History (2021–2024)" in ours.stdout


def test_an_earlier_span_and_a_named_file(separate: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(separate)
    ledger = tmp_path / "reviews.yaml"
    ledger.write_text(one_file(separate, (2021, 2022)), encoding="utf-8")
    report = json.loads(run_cli("check", "-a", str(ledger), "-f", "json").stdout)
    assert report["history"]["years"] == [2021, 2022]
    got = {g["id"]: (g["verdict"], g["pace"]) for g in report["goals"]}
    assert got == {
        "patents": ("not_due", "on_track"),
        "energy": ("not_due", "off_track"),
        "urban": ("not_due", "unreported"),  # silent in 2022
    }
    assert run_cli("validate", "-a", str(ledger)).stdout == "valid: 3 goals, 2 review years (2021–2022)\n"
    assert "the remaining 3 year(s) now need" in run_cli("explain", "energy", "-a", str(ledger)).stdout


@pytest.mark.parametrize(
    ("old", "new", "where", "message"),
    [
        ("value: 9.4", "value: 9.5", "value: 9.5", "value 9.5件 does not appear in its evidence quote"),
        ("  2022:", "  2022.5:", "2022.5:", "'2022.5' must be a review year, four digits from 1000 to 2999 (2021)"),
        ("  2022:", '  "0000":', '"0000":', "'0000' must be a review year, four digits from 1000 to 2999 (2021)"),
        ("  2022:", "  2021:", "  2021:\n    goals:\n      patents:\n        status: reported\n        value: 9.4",
         "duplicate key '2021' (first defined at line 3)"),
        ("status: silent", "status: silentt", "silentt", "unknown 'status' 'silentt' (did you mean 'silent'?)"),
        ("  2022:\n    goals:\n      patents:", "  2022:\n    goals:\n      patentz:", "patentz:",
         "unknown goal 'patentz' (did you mean 'patents'?)"),
        ("years:", "goals: {}\nyears:", "years:", "an actuals file holds one review ('goals') or its review years ('years'), not both"),
        ("plan: ledger-demo", "plan: other", "plan: other", "actuals are for plan 'other' but the targets are for 'ledger-demo'"),
        ("  2023:\n    goals:", "  2023:\n    goal:", "goal:", "unknown key 'goal' (did you mean 'goals'?)"),
    ],
    ids=["number", "year-form", "year-zero", "year-twice", "status", "goal-id", "both", "plan", "year-key"],
)  # fmt: skip
def test_a_problem_is_located_in_its_year(joined: Path, old: str, new: str, where: str, message: str) -> None:
    text = (joined / "actuals.yaml").read_text(encoding="utf-8")
    assert old in text
    changed = text.replace(old, new, 1)
    (joined / "actuals.yaml").write_text(changed, encoding="utf-8")
    result = run_cli("check", "-o", "report.json", "-f", "json")
    assert result.exit_code == 2
    line = changed[: changed.index(where)].count("\n") + 1
    assert any(
        problem.startswith(f"actuals.yaml:{line}:") and problem.split(": ", 1)[1].startswith(message)
        for problem in result.stderr.splitlines()
    ), result.stderr
    assert "Traceback" not in result.stderr
    assert not (joined / "report.json").exists()


def test_a_ledger_file_beside_year_files_is_a_usage_error(joined: Path) -> None:
    shutil.copy(LEDGER / "actuals-2024.yaml", joined / "actuals-2024.yaml")
    result = run_cli("check")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: actuals.yaml holds review years and actuals-YYYY.yaml files stand beside it: "
        "keep the reviews in one of them\n"
    )


def test_a_year_file_holding_years_and_sync_actuals_are_refused(joined: Path, tmp_path: Path) -> None:
    result = run_cli("sync-actuals")
    assert result.exit_code == 2
    assert result.stderr == (
        "actuals.yaml:2:1: this file holds review years (a ledger): sync-actuals adds entries to one review's file\n"
    )
    year_folder = tmp_path / "years"
    shutil.copytree(LEDGER, year_folder)
    shutil.copy(joined / "actuals.yaml", year_folder / "actuals-2025.yaml")
    result = run_cli("check", "-t", str(year_folder / "targets.yaml"))
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "actuals-2025.yaml:2:1: this file holds review years (a ledger); a year's own actuals file holds one review "
        "('goals')\n"
    )


def test_a_ledger_file_in_a_portfolio_is_audited_at_its_latest_year(joined: Path, tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(joined, plans / "one-file")
    shutil.copytree(LEDGER, plans / "year-files")
    report = json.loads(run_cli("check", str(plans), "-f", "json").stdout)
    rows = {Path(row["folder"]).name: row for row in report["league"]}
    assert {k: (v["total"], v["met"], v["not_due"], v["gate"]["passed"]) for k, v in rows.items()} == {
        "one-file": (3, 1, 2, True),
        "year-files": (3, 1, 2, True),
    }


def test_the_schema_takes_both_forms_of_actuals_file(joined: Path) -> None:
    published = json.loads((ROOT / "schemas" / "actuals.schema.json").read_text(encoding="utf-8"))
    data = yaml.safe_load((joined / "actuals.yaml").read_text(encoding="utf-8"))
    data["years"] = {str(k): v for k, v in data["years"].items()}  # JSON keys are text
    jsonschema.validate(data, published)
    jsonschema.validate(yaml.safe_load((LEDGER / "actuals-2021.yaml").read_text(encoding="utf-8")), published)
    for broken in ({**data, "goals": {}}, {"plan": "x", "years": {}}, {"plan": "x", "years": {"21": {"goals": {}}}}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, published)
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(ROOT / "schemas" / "actuals.schema.json"),
         "actuals.yaml"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_readme_ledger_file_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_readme import blocks

    (snippet,) = blocks("Plans over years, ledgers and portfolios", "yaml")
    shutil.copytree(LEDGER, tmp_path, dirs_exist_ok=True)
    for year in YEARS:
        (tmp_path / f"actuals-{year}.yaml").unlink()
    (tmp_path / "actuals.yaml").write_text(snippet, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("check", "-f", "json")
    assert result.exit_code == 0, result.stderr
    history = json.loads(result.stdout)["history"]
    assert history["years"] == [2021, 2022]
    assert [p["value"] for p in history["goals"]["patents"]] == [7.5, 9.4]
    edit(tmp_path / "actuals.yaml", "达到9.4件", "达到9.5件")
    broken = run_cli("check")
    assert broken.exit_code == 2
    line = next(i for i, s in enumerate(snippet.splitlines(), 1) if "达到9.4件" in s)
    assert broken.stderr.startswith(f"actuals.yaml:{line}:"), broken.stderr


# Document coverage of a ledger: the plan's target phrases, and the latest review year's own review(s) only.


@pytest.fixture
def years(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "years"
    shutil.copytree(LEDGER, folder)
    monkeypatch.chdir(folder)
    return folder


def _coverage(*args: str) -> dict[str, Any]:
    result = run_cli("check", "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    coverage: dict[str, Any] = json.loads(result.stdout)["document_coverage"]
    return coverage


def test_a_ledger_reports_document_coverage_of_its_latest_years_review(years: Path) -> None:
    coverage = _coverage()
    assert coverage["targets"]["found"] == 5
    assert coverage["figures"] == {"found": 3, "used": 3, "unused": []}  # review-2024's three, all used
    (years / "actuals.yaml").write_text(one_file(years), encoding="utf-8")
    assert _coverage() == coverage  # one file with years: the same
    targets = years / "targets.yaml"
    targets.write_text(targets.read_text(encoding="utf-8").replace('    period: "2024"\n', ""), encoding="utf-8")
    assert _coverage() == coverage  # no period on the 2024 review: the reviews the year's entries cite


def test_an_unused_figure_of_the_latest_review_fails_the_gate_and_an_earlier_ones_does_not(years: Path) -> None:
    edit(years / "sources" / "review-2021.txt", "能耗下降2.7%。", "能耗下降2.7%。新建5G基站65万个。")
    assert run_cli("check", "--fail-on", "unused-figure").exit_code == 0  # 2021's review is not 2024's
    edit(years / "sources" / "review-2024.txt", "能耗降幅超过3%。", "能耗降幅超过3%。新建5G基站42万个。")
    result = run_cli("check", "--fail-on", "unused-figure")
    assert result.exit_code == 1
    assert "42万个" in result.stderr and "65万个" not in result.stderr
    unused = _coverage()["figures"]["unused"]
    assert [(u["figure"], u["source"]) for u in unused] == [("42万个", "review-2024")]


def test_a_silence_is_suspicious_only_against_its_own_years_review(years: Path) -> None:
    for later in (2023, 2024):
        (years / f"actuals-{later}.yaml").unlink()
    # 2022 is silent on urbanisation; only the 2023 and 2024 reviews (later years) report it.
    assert _coverage()["suspicious_silences"] == []
    edit(years / "sources" / "review-2022.txt", "能耗下降0.1%。", "能耗下降0.1%。常住人口城镇化率达到63.8%。")
    silences = _coverage()["suspicious_silences"]
    assert [s["goal"] for s in silences] == ["urban"]
    assert run_cli("check", "--fail-on", "suspicious-silence").exit_code == 1


def test_a_portfolio_covers_the_documents_of_a_ledger(years: Path, tmp_path: Path) -> None:
    edit(years / "sources" / "review-2024.txt", "能耗降幅超过3%。", "能耗降幅超过3%。新建5G基站42万个。")
    result = run_cli("check", str(years), "--fail-on", "unused-figure")
    assert result.exit_code == 1
    assert "42万个" in result.stderr
