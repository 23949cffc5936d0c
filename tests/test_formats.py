"""Every output format read back by a real consumer: GFM tables, JUnit XML, JSON Schema."""

from __future__ import annotations

import json
import subprocess
import sys
import typing
from pathlib import Path

import jsonschema
import pytest
from junitparser import Failure, JUnitXml, Skipped
from markdown_it import MarkdownIt

from planaudit.cli import FormatName
from planaudit.report import REPORTERS, Format, reporter
from planaudit.schemas import schema
from tests.conftest import ROOT, edit, run_cli


def test_every_format_maps_to_a_reporter() -> None:
    assert set(REPORTERS) == set(Format)
    assert set(typing.get_args(FormatName)) == {f.value for f in Format}
    assert len(set(REPORTERS.values())) == len(REPORTERS)
    for fmt in Format:
        assert callable(reporter(fmt))


def _tables(markdown: str) -> list[list[list[str]]]:
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(markdown)
    tables: list[list[list[str]]] = []
    row: list[str] = []
    for index, token in enumerate(tokens):
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type in {"th_open", "td_open"}:
            row.append(tokens[index + 1].content)
        elif token.type == "tr_close":
            tables[-1].append(row)
    return tables


def test_markdown_tables_parse_with_a_gfm_parser(bundled: Path) -> None:
    markdown = run_cli("check", "-f", "markdown", "--lang", "en").stdout
    tables = _tables(markdown)
    assert len(tables) >= 7  # five sections, silence, consistency, untracked
    for table in tables:
        assert len({len(row) for row in table}) == 1
    report = json.loads(run_cli("check", "-f", "json").stdout)["summary"]
    ids = [row[0] for table in tables[:5] for row in table[1:]]
    assert len(ids) == report["total"] and "fdi-contracted" in ids
    assert f"## Missed goals ({report['missed']})" in markdown


def test_markdown_escapes_pipes_and_newlines(workdir: Path) -> None:
    from planaudit.report.markdown import cell

    edit(workdir / "targets.yaml", "    title: 两个公园\n", '    title: "parks | two"\n')
    markdown = run_cli("check", "-f", "markdown").stdout
    tables = _tables(markdown)
    row = next(r for t in tables for r in t if r[0] == "parks")
    assert len(row) == 7
    assert row[1] == "parks | two"
    assert cell("two\nlines") == "two<br>lines"  # a title may not hold a line break (issue #11); a note may


def test_junit_parses_with_junitparser(bundled: Path) -> None:
    xml_text = run_cli("check", "-f", "junit").stdout
    (bundled / "report.xml").write_text(xml_text, encoding="utf-8")
    suites = list(JUnitXml.fromfile(str(bundled / "report.xml")))
    assert len(suites) == 6
    assert suites[-1].name == "consistency" and suites[-1].failures == 1 and suites[-1].tests == 2
    cases = [case for suite in suites[:5] for case in suite]
    report = json.loads(run_cli("check", "-f", "json").stdout)["summary"]
    assert len(cases) == report["total"]
    failures = [c for c in cases if any(isinstance(r, Failure) for r in c.result)]
    skipped = [c for c in cases if any(isinstance(r, Skipped) for r in c.result)]
    assert len(failures) == report["missed"] == 6
    assert len(skipped) == report["unreported"]
    assert any(c.name.startswith("fdi-contracted:") for c in failures)


def test_json_report_validates_against_its_schema(bundled: Path) -> None:
    report = json.loads(run_cli("check", "-f", "json").stdout)
    jsonschema.validate(report, schema("report"))
    assert report["schema_version"] == 1
    goal = next(g for g in report["goals"] if g["id"] == "fdi-contracted")
    assert {k: goal[k] for k in ("verdict", "target", "actual", "attainment")} == {
        "verdict": "missed",
        "target": 8,
        "actual": 7.85,
        "attainment": 0.9812,
    }
    assert goal["quote"] == "力争完成合同外资8亿美元"
    assert goal["evidence"] == [{"source": "review-2019", "quote": "完成合同利用外资7.85亿美元、增长30.8%"}]


def test_json_report_schema_rejects_a_broken_report(bundled: Path) -> None:
    report = json.loads(run_cli("check", "-f", "json").stdout)
    report["goals"][0]["verdict"] = "probably"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, schema("report"))


@pytest.mark.parametrize("name", ["targets", "actuals", "report"])
def test_published_schemas_are_current(name: str) -> None:
    published = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert published == schema(name), f"regenerate with: planaudit schema {name} > schemas/{name}.schema.json"
    jsonschema.Draft202012Validator.check_schema(published)


@pytest.mark.parametrize("name", ["targets", "actuals"])
def test_bundled_files_validate_with_check_jsonschema(name: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", f"schemas/{name}.schema.json", f"{name}.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_github_annotations_point_at_goal_lines(bundled: Path) -> None:
    lines = run_cli("check", "-f", "github").stdout.splitlines()
    targets = (bundled / "targets.yaml").read_text(encoding="utf-8").splitlines()
    # The gate passes: no red error on a green step; the six missed goals are warnings to look at,
    # unreported goals notices (8 of 106, beside the two notices of the whole).
    assert not [line for line in lines if line.startswith("::error")]
    warnings = [line for line in lines if line.startswith("::warning file=")]
    assert len(warnings) == 6 and all("✗ missed" in line for line in warnings)
    goal_notices = [line for line in lines if line.startswith("::notice file=")]
    assert len(goal_notices) == 8
    notices = [line for line in lines if line.startswith("::notice title=planaudit::")]
    assert notices[0].startswith("::notice title=planaudit::98 more notice(s) not annotated")
    assert "data gate passed: every goal has an entry (121/121)" in notices[1] and lines[-1] == notices[1]
    assert len(notices) + len(goal_notices) == 10
    assert [line for line in lines if line.startswith("::warning title=")] == [
        "::warning title=inconsistent%3A fdi-contracted::合同外资8亿美元: 7.85 ÷ (1 +30.8%25) = 6.00亿美元; "
        "|6.00 − 7| ÷ 7 = 14.26%25 > 0.5%25; matches 上报数 6亿美元 instead"
    ]
    for line in warnings + goal_notices:
        number = int(line.split("line=")[1].split(",")[0])
        goal_id = line.split("%3A ")[1].split("::")[0]
        assert targets[number - 1] == f"  - id: {goal_id}"


def test_github_errors_are_what_failed_the_gate(bundled: Path) -> None:
    """Annotation levels follow the exit code: errors only for the goals the gate failed on."""
    failed = run_cli("check", "-f", "github", "--fail-on", "missed")
    assert failed.exit_code == 1
    errors = [line for line in failed.stdout.splitlines() if line.startswith("::error ")]
    assert len(errors) == 6 and all("✗ missed" in line for line in errors)
    # none of the six missed goals is a commitment: a gate on missed commitments passes, with no error
    commitment = run_cli("check", "-f", "github", "--fail-on", "missed-commitment")
    assert commitment.exit_code == 0
    assert not [line for line in commitment.stdout.splitlines() if line.startswith("::error")]


def test_github_calls_a_partly_reported_goal_partial(workdir: Path) -> None:
    lines = run_cli("check", "-f", "github").stdout.splitlines()
    parks = next(line for line in lines if "%3A parks::" in line)
    assert parks.startswith("::notice file=targets.yaml,line=98,title=? unreported · partial 1/2%3A parks::")
    assert parks.endswith("两个公园: partial 1/2") and "silent" not in parks
