"""The command line as users and CI see it: exit codes, gates, outputs, commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, edit, run_cli


def test_version() -> None:
    from planaudit import __version__

    result = run_cli("--version")
    assert result.exit_code == 0
    assert result.stdout == f"planaudit {__version__}\n"


def test_python_dash_m_and_no_ansi_when_piped(bundled: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR"}}
    proc = subprocess.run(
        [sys.executable, "-m", "planaudit", "check", "--lang", "en"], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 0, proc.stderr
    assert "\x1b[" not in proc.stdout
    assert "fdi-contracted" in proc.stdout
    assert max(len(line) for line in proc.stdout.splitlines()) <= 80


def test_colour_only_when_asked_and_never_with_no_color(workdir: Path) -> None:
    coloured = run_cli("check", "--color", "always", env={"NO_COLOR": ""})
    assert "\x1b[" in coloured.stdout
    assert "\x1b[" not in run_cli("check", "--color", "auto").stdout
    assert "\x1b[" not in run_cli("check", "--color", "never").stdout


def test_default_gate_passes_on_complete_data(workdir: Path) -> None:
    result = run_cli("check")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_missing_actuals_entry_fails_completeness(workdir: Path) -> None:
    edit(workdir / "actuals.yaml", "  air:\n    status: silent\n", "")
    result = run_cli("check")
    assert result.exit_code == 1
    assert result.stderr == "gate failed: incomplete: 1 goal(s) have no entry in actuals.yaml: air\n"
    assert "air" in result.stdout  # the goal is still shown, as unreported


@pytest.mark.parametrize(
    ("args", "code", "reason"),
    [
        (["--fail-on", "missed"], 1, "gate failed: 1 goal(s) missed: fdi\n"),
        (["--fail-on", "missed-commitment"], 0, ""),
        (["--fail-on", "unreported"], 1, "gate failed: 4 goal(s) unreported: hitech, tax, parks, air\n"),
        (["--min-coverage", "50"], 0, ""),
        (["--min-coverage", "60"], 1, "gate failed: coverage 50.0% is below the required 60% (4 of 8 goals scored on evidence)\n"),
        (
            ["--fail-on", "missed", "--fail-on", "unreported"],
            1,
            "gate failed: 1 goal(s) missed: fdi\ngate failed: 4 goal(s) unreported: hitech, tax, parks, air\n",
        ),
    ],
)  # fmt: skip
def test_gates(workdir: Path, args: list[str], code: int, reason: str) -> None:
    result = run_cli("check", "-f", "json", *args)
    assert result.exit_code == code
    assert result.stderr == reason


def test_missed_commitment_gate_fails_on_a_missed_must(workdir: Path) -> None:
    edit(workdir / "actuals.yaml", "    value: 1\n    unit: rank\n", "    value: 9\n    unit: rank\n")
    edit(workdir / "actuals.yaml", "亩均税收全市第一", "亩均税收全市第九")  # the number must stand in its quote
    edit(workdir / "sources" / "review.txt", "亩均税收全市第一", "亩均税收全市第九")
    result = run_cli("check", "--fail-on", "missed-commitment")
    assert result.exit_code == 1
    assert result.stderr == "gate failed: 1 commitment goal(s) missed: rank\n"


@pytest.mark.parametrize(
    "args",
    [["--min-coverage", "101"], ["--fail-on", "everything"], ["--format", "pdf"], ["--nope"], ["--width", "10"]],
)
def test_usage_errors_exit_2(workdir: Path, args: list[str]) -> None:
    assert run_cli("check", *args).exit_code == 2


def test_files_that_cannot_be_read(workdir: Path) -> None:
    missing = run_cli("check", "-t", "nope.yaml")
    assert (missing.exit_code, missing.stderr) == (2, "nope.yaml: file not found\n")
    directory = run_cli("check", "-a", "sources")
    assert (directory.exit_code, directory.stderr) == (2, "sources: is a directory, not a file\n")


@pytest.mark.parametrize(
    ("refused", "message"),
    [
        ("actuals.yaml", "actuals.yaml: cannot read the file: permission denied\n"),
        (
            "review.txt",
            "targets.yaml:16:11: source 'review' (sources/review.txt): cannot read the file: permission denied\n",
        ),
    ],
)
def test_unreadable_files(workdir: Path, monkeypatch: pytest.MonkeyPatch, refused: str, message: str) -> None:
    # CI runs as root, which reads any file whatever its mode, so the refusal is simulated.
    import builtins

    from planaudit import yamlsafe

    real_open = builtins.open

    def guarded(path: object, *args: object, **kwargs: object) -> object:
        if str(path).endswith(refused):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(yamlsafe, "open", guarded, raising=False)
    result = run_cli("check")
    assert (result.exit_code, result.stderr) == (2, message)


def test_size_limit_names_the_limit_and_how_to_raise_it(workdir: Path) -> None:
    result = run_cli("check", env={"PLANAUDIT_MAX_FILE_SIZE": "1000"})
    assert result.exit_code == 2
    assert result.stderr.startswith("targets.yaml: file is larger than the 1,000 bytes limit")
    assert "PLANAUDIT_MAX_FILE_SIZE" in result.stderr


def test_utf8_bom_is_accepted(workdir: Path) -> None:
    path = workdir / "actuals.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert run_cli("check").exit_code == 0


def test_output_is_written_atomically_and_matches_stdout(workdir: Path) -> None:
    stdout = run_cli("check", "-f", "json").stdout
    result = run_cli("check", "-f", "json", "-o", "report.json")
    assert result.exit_code == 0 and result.stdout == ""
    assert (workdir / "report.json").read_text(encoding="utf-8") == stdout
    assert not list(workdir.glob(".planaudit-*"))


@pytest.mark.parametrize("target", ["targets.yaml", "actuals.yaml", "./actuals.yaml"])
def test_output_never_overwrites_an_input(workdir: Path, target: str) -> None:
    before = (workdir / target).read_bytes()
    result = run_cli("check", "-o", target)
    assert result.exit_code == 2
    assert "refusing to write the report over the input file" in result.stderr
    assert (workdir / target).read_bytes() == before


def test_output_into_a_missing_directory_is_a_clear_error(workdir: Path) -> None:
    result = run_cli("check", "-o", "no/such/dir/report.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: cannot write the report to no/such/dir/report.txt")


def test_interrupt_leaves_no_partial_file_and_exits_130(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import planaudit.output

    real_replace = os.replace

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(planaudit.output.os, "replace", interrupted)
    result = run_cli("check", "-o", "report.txt")
    monkeypatch.setattr(planaudit.output.os, "replace", real_replace)
    assert result.exit_code == 130
    assert not (workdir / "report.txt").exists()
    assert not list(workdir.glob(".planaudit-*"))


def test_github_step_summary_gets_the_markdown(workdir: Path) -> None:
    summary = workdir / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    result = run_cli("check", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.exit_code == 0
    markdown = run_cli("check", "-f", "markdown").stdout
    assert summary.read_text(encoding="utf-8") == "earlier step\n" + markdown


def test_section_filter_scopes_the_audit(workdir: Path) -> None:
    report = json.loads(run_cli("check", "-f", "json", "--section", "s2").stdout)
    assert [g["id"] for g in report["goals"]] == ["rank", "parks", "air"]
    assert report["summary"]["total"] == 3
    unknown = run_cli("check", "--section", "s9")
    assert unknown.exit_code == 2
    assert "unknown section s9" in unknown.stderr


def test_verdict_filter_only_hides_rows(workdir: Path) -> None:
    report = json.loads(run_cli("check", "-f", "json", "--verdict", "met").stdout)
    assert {g["verdict"] for g in report["goals"]} == {"met"}
    assert report["summary"]["total"] == 8
    result = run_cli("check", "--verdict", "met", "--fail-on", "missed")
    assert result.exit_code == 1  # the gate still sees every goal


def test_validate(workdir: Path) -> None:
    ok = run_cli("validate")
    assert (ok.exit_code, ok.stdout) == (0, "valid: 8 goals, 8 actuals entries, 18 quotes and 14 numbers verified\n")
    edit(workdir / "actuals.yaml", "  air:\n    status: silent\n", "")
    incomplete = run_cli("validate")
    assert incomplete.exit_code == 1
    assert "incomplete: 1 goal(s)" in incomplete.stderr
    edit(workdir / "targets.yaml", "  - id: air\n", "  - id: Air\n")
    assert run_cli("validate").exit_code == 2


def test_explain_unknown_goal_suggests_close_ids(workdir: Path) -> None:
    result = run_cli("explain", "hitec")
    assert result.exit_code == 2
    assert result.stderr == "error: unknown goal 'hitec'; did you mean hitech?\n"


@pytest.mark.parametrize("name", ["targets", "actuals", "report"])
def test_schema_command_prints_the_published_schema(name: str) -> None:
    result = run_cli("schema", name)
    assert result.exit_code == 0
    assert result.stdout == (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")


def test_rules_command_lists_every_kind() -> None:
    from planaudit.rules import RULES

    out = run_cli("rules").stdout
    for kind in RULES:
        assert f"\n{kind}\n" in f"\n{out}"


def test_diff_between_two_reports(workdir: Path) -> None:
    (workdir / "old.json").write_text(run_cli("check", "-f", "json").stdout, encoding="utf-8")
    edit(workdir / "sources" / "review.txt", "建成运河公园。", "建成运河公园。高新技术企业累计82家。")
    edit(workdir / "actuals.yaml", "  hitech:\n    status: silent\n", (
        "  hitech:\n    status: reported\n    value: 82\n    unit: 家\n    evidence:\n"
        "      - source: review\n        quote: 高新技术企业累计82家\n"
    ))  # fmt: skip
    (workdir / "new.json").write_text(run_cli("check", "-f", "json").stdout, encoding="utf-8")
    result = run_cli("diff", "old.json", "new.json")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "old.json → new.json: 0 added, 0 removed, 1 changed, 0 with changed figures, 7 unchanged",
        "  changed  hitech  ? unreported → ✓ met  新增高新技术企业15家",
        "                   target — → 15家 · actual — → 16家 · attainment — → 106.7%",  # 82 − 66 = 16 new
    ]
    as_json = json.loads(run_cli("diff", "old.json", "new.json", "-f", "json").stdout)
    assert as_json["changed"] == [
        {"id": "hitech", "title": "新增高新技术企业15家", "before": "unreported", "after": "met", "figures": {
            "target": {"before": None, "after": 15, "unit_before": None, "unit_after": "家"},
            "actual": {"before": None, "after": 16, "unit_before": None, "unit_after": "家"},
            "attainment": {"before": None, "after": 1.0667},
        }}
    ]  # fmt: skip
    assert as_json["figures_changed"] == []


def test_diff_shows_changed_figures_under_an_unchanged_verdict(workdir: Path) -> None:
    """A corrected figure that leaves the verdict as it was is a change too: in every format diff has."""
    (workdir / "old.json").write_text(run_cli("check", "-f", "json").stdout, encoding="utf-8")
    for path in (workdir / "actuals.yaml", workdir / "sources" / "review.txt"):
        edit(path, "比重达55.5%", "比重达56.2%")
    edit(workdir / "actuals.yaml", "value: 55.5", "value: 56.2")
    (workdir / "new.json").write_text(run_cli("check", "-f", "json").stdout, encoding="utf-8")
    old = {g["id"]: g for g in json.loads((workdir / "old.json").read_text(encoding="utf-8"))["goals"]}
    assert old["share"]["verdict"] == "met" and old["share"]["actual"] == 2.8  # 55.5 − 52.7 percentage points
    table = run_cli("diff", "old.json", "new.json")
    assert table.exit_code == 0
    assert table.stdout.splitlines() == [
        "old.json → new.json: 0 added, 0 removed, 0 changed, 1 with changed figures, 7 unchanged",
        "  figures  share  ✓ met → ✓ met  服务业占比提高1个百分点",
        "                  actual 2.8 → 3.5 pp · attainment 280.0% → 350.0%",  # 56.2 − 52.7 = 3.5 of 1
    ]
    markdown = run_cli("diff", "old.json", "new.json", "-f", "markdown").stdout.splitlines()
    assert markdown[2:] == [
        "| change | id | goal | before | after | figures |",
        "|---|---|---|---|---|---|",
        "| figures | share | 服务业占比提高1个百分点 | ✓ met | ✓ met | actual 2.8 → 3.5 pp · attainment 280.0% → 350.0% |",
    ]
    as_json = json.loads(run_cli("diff", "old.json", "new.json", "-f", "json").stdout)
    assert as_json["changed"] == [] and as_json["unchanged"] == 7
    assert as_json["figures_changed"] == [{"id": "share", "title": "服务业占比提高1个百分点", "verdict": "met",
        "figures": {"actual": {"before": 2.8, "after": 3.5, "unit_before": "pp", "unit_after": "pp"},
                    "attainment": {"before": 2.8, "after": 3.5}}}]  # fmt: skip
    same = run_cli("diff", "new.json", "new.json").stdout
    assert same == "new.json → new.json: 0 added, 0 removed, 0 changed, 0 with changed figures, 8 unchanged\n"


def test_diff_shows_a_changed_unit_as_a_changed_figure(workdir: Path) -> None:
    report = json.loads(run_cli("check", "-f", "json").stdout)
    (workdir / "old.json").write_text(json.dumps(report), encoding="utf-8")
    fdi = next(g for g in report["goals"] if g["id"] == "fdi")
    fdi["unit"] = "亿元"  # the same numbers in another unit are other figures
    (workdir / "new.json").write_text(json.dumps(report), encoding="utf-8")
    lines = run_cli("diff", "old.json", "new.json").stdout.splitlines()
    assert lines[1].split()[:2] == ["figures", "fdi"]
    assert lines[2].strip() == f"target {fdi['target']:g}亿美元 → {fdi['target']:g}亿元 · actual 7.85亿美元 → 7.85亿元"


def test_diff_added_and_removed_goals(workdir: Path) -> None:
    report = json.loads(run_cli("check", "-f", "json").stdout)
    (workdir / "old.json").write_text(json.dumps(report), encoding="utf-8")
    report["goals"] = [g for g in report["goals"] if g["id"] != "air"] + [{"id": "new", "title": "n", "verdict": "met"}]
    (workdir / "new.json").write_text(json.dumps(report), encoding="utf-8")
    lines = run_cli("diff", "old.json", "new.json").stdout.splitlines()
    assert lines[0] == "old.json → new.json: 1 added, 1 removed, 0 changed, 0 with changed figures, 7 unchanged"
    assert lines[1].split()[:2] == ["added", "new"]
    assert lines[2].split()[:2] == ["removed", "air"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "old.json:1:2: invalid JSON: Expecting property name enclosed in double quotes\n"),
        ("[]", "old.json:1:1: not a planaudit JSON report: expected an object with a 'goals' list\n"),
        ('{"schema_version": 1, "goals": [{"id": "a"}]}', "old.json:1:33: goals[0] needs a string 'id' and a 'verdict' of met, missed, unreported, not_due\n"),
    ],
)  # fmt: skip
def test_diff_rejects_invalid_reports(workdir: Path, content: str, message: str) -> None:
    (workdir / "old.json").write_text(content, encoding="utf-8")
    (workdir / "new.json").write_text('{"schema_version": 1, "goals": []}', encoding="utf-8")
    result = run_cli("diff", "old.json", "new.json")
    assert (result.exit_code, result.stderr) == (2, message)


def test_language_follows_the_locale_unless_chosen(workdir: Path) -> None:
    zh = run_cli("check", env={"PLANAUDIT_LANG": "", "LANG": "zh_CN.UTF-8"}).stdout
    en = run_cli("check", env={"PLANAUDIT_LANG": "", "LANG": "en_US.UTF-8"}).stdout
    assert "审计结果（共8个目标）" in zh and "audit result for 8 goals:" in en
    assert "audit result for 8 goals:" in run_cli("check", "--lang", "en", env={"LANG": "zh_CN.UTF-8"}).stdout


def test_an_unexpected_error_is_not_a_traceback(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import planaudit.engine

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(planaudit.engine, "evaluate", broken)
    result = run_cli("check")
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert "internal error" in result.stderr


def test_a_closed_pipe_is_not_a_traceback(bundled: Path) -> None:
    proc = subprocess.run(
        f"{sys.executable} -m planaudit check --format json | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
    )
    assert proc.stdout == '{\n  "schem'
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


def test_version_fast_path_imports_nothing_heavy() -> None:
    code = "import sys; sys.argv = ['planaudit', '--version']; from planaudit.entry import main; main(); print(sorted(m for m in sys.modules if m.split('.')[0] in {'typer', 'pydantic', 'yaml', 'rich'}))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    from planaudit import __version__

    assert proc.stdout == f"planaudit {__version__}\n[]\n"


def test_a_file_full_of_errors_lists_fifty_and_counts_the_rest(workdir: Path) -> None:
    extra = "".join(f"  stray-{i}:\n    status: silent\n" for i in range(5000))
    edit(workdir / "actuals.yaml", "goals:\n", "goals:\n" + extra)
    result = run_cli("check")
    lines = result.stderr.splitlines()
    assert result.exit_code == 2
    assert len(lines) == 51
    assert (
        lines[0]
        == "actuals.yaml:3:3: unknown goal 'stray-0'; goals are: fdi, hitech, tax, share, fair, rank, parks, air"
    )
    assert lines[-1] == "... and 4950 more problems"


def test_many_schema_errors_are_counted_not_all_located(workdir: Path) -> None:
    extra = "".join(f"  g{i}:\n    status: maybe\n" for i in range(3000))
    edit(workdir / "actuals.yaml", "goals:\n", "goals:\n" + extra)
    lines = run_cli("check").stderr.splitlines()
    assert len(lines) == 51
    assert lines[-1] == "... and 2950 more problems"


@pytest.mark.parametrize("columns", [40, 56, 64])
def test_a_long_summary_line_wraps_to_the_width(columns: int) -> None:
    # partially reported and reported-but-undecided goals together make the longest summary line
    from planaudit.report.grid import width

    targets = str(ROOT / "examples" / "zh-gwr-2016" / "targets.yaml")
    out = run_cli("check", "-t", targets, "--width", str(columns)).stdout
    summary = out[out.index("\nSummary\n") :].splitlines()
    assert max(width(line) for line in summary) <= columns
    assert "reported but undecided 19" in " ".join(line.strip() for line in summary)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("columns", [56, 64, 80, 100, 132])
def test_the_scorecard_fits_the_width(bundled: Path, lang: str, columns: int) -> None:
    from planaudit.report.grid import width

    out = run_cli("check", "--all", "--lang", lang, "--width", str(columns)).stdout
    assert max(width(line) for line in out.splitlines()) <= columns
    if columns >= 80:  # ids stay whole where there is room for them
        assert {"fdi-contracted", "big-project-breakthrough", "three-leading-industries"} <= set(out.split())


def test_diff_as_markdown(workdir: Path) -> None:
    (workdir / "old.json").write_text(run_cli("check", "-f", "json").stdout, encoding="utf-8")
    edit(workdir / "actuals.yaml", "    value: 7.85\n", "    value: 8.1\n")
    edit(workdir / "actuals.yaml", "外资7.85亿美元", "外资8.1亿美元")  # the number must stand in its quote
    edit(workdir / "sources" / "review.txt", "外资7.85亿美元", "外资8.1亿美元")
    edit(workdir / "actuals.yaml", "  hitech:\n    status: silent\n", "")
    (workdir / "new.json").write_text(run_cli("check", "-f", "json").stdout, encoding="utf-8")
    out = run_cli("diff", "old.json", "new.json", "-f", "markdown").stdout
    assert out.splitlines() == [
        "**old\\.json → new\\.json**: 0 added, 0 removed, 1 changed, 0 with changed figures, 7 unchanged",
        "",
        "| change | id | goal | before | after | figures |",
        "|---|---|---|---|---|---|",
        "| changed | fdi | 合同外资8亿美元 | ✗ missed | ✓ met | actual 7.85 → 8.1亿美元 · attainment 98.1% → 101.2% |",
    ]
    assert run_cli("diff", "old.json", "new.json", "-f", "junit").exit_code == 2


def test_an_empty_selection_never_passes(workdir: Path) -> None:
    edit(workdir / "targets.yaml", "baselines:\n", "  - id: s3\n    title: 空\nbaselines:\n")
    result = run_cli("check", "--section", "s3")
    assert result.exit_code == 1
    assert result.stderr == "gate failed: no goals to audit: an empty audit never passes\n"


@pytest.mark.parametrize("columns", [80, 120])
def test_the_scorecard_ends_with_the_summary_and_the_gate(bundled: Path, columns: int) -> None:
    lines = run_cli("check", "--lang", "en", "--width", str(columns)).stdout.splitlines()
    tail = lines[-8:]  # what a 24-row terminal still shows after the command line
    assert tail[0] == "Summary"
    assert tail[-1] == "data gate passed: every goal has an entry (121/121)"
    failed = run_cli("check", "--lang", "en", "--width", str(columns), "--fail-on", "missed").stdout
    closing = failed[failed.rindex("gate failed: ") :]
    assert " ".join(closing.split()).startswith("gate failed: 6 goal(s) missed: fdi-contracted")


def test_help_shows_no_metavar_after_flags_and_no_validator_wording() -> None:
    for command in ("check", "validate", "explain", "init", "sync-actuals", "draft", "diff"):
        text = run_cli(command, "--help").stdout
        assert "<bool>" not in text and "Value error" not in text, command
    refused = run_cli("check", "--lang", "fr")
    assert refused.exit_code == 2
    assert "Value error" not in refused.stderr
