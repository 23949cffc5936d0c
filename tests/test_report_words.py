"""What the scorecard's words say: the result apart from the gate, numbers as the plan says them, one language."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import CASES, edit, run_cli


@pytest.mark.parametrize(
    ("lang", "met", "missed", "unreported", "gate"),
    [
        ("en", "✓ met 9", "✗ missed 6", "? unreported 106", "data gate passed: every goal has an entry (121/121)"),
        ("zh", "✓ 达成 9", "✗ 未达成 6", "? 未报告 106", "数据检查通过：每个目标都有条目（121/121）"),
    ],
)
def test_the_last_eight_lines_say_the_result_and_what_the_gate_checked(
    bundled: Path, lang: str, met: str, missed: str, unreported: str, gate: str
) -> None:
    result = run_cli("check", "--lang", lang)
    assert result.exit_code == 0
    tail = result.stdout.splitlines()[-8:]
    text = "\n".join(tail)
    for words in (met, missed, unreported):
        assert sum(line.strip().startswith(words) for line in tail) == 1, (words, text)
    assert tail[-1] == gate
    # the result is stated apart from the gate, on a line of its own that names the goals counted
    assert ("audit result for 121 goals:" if lang == "en" else "审计结果（共121个目标）：") in tail
    if lang == "zh":
        assert not re.search(r"[A-Za-z]", text), text  # every label in Chinese


def test_a_failed_gate_is_worded_in_the_chosen_language(bundled: Path) -> None:
    result = run_cli("check", "--lang", "zh", "--fail-on", "missed", "--width", "200")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == (
        "检查未通过：6个目标未达成：fdi-contracted、fdi-utilised、fortune500-new、fortune500-total、"
        "projects-started等（另有1个）"
    )
    # stderr stays the one-line English reason scripts read
    assert result.stderr.startswith("gate failed: 6 goal(s) missed: fdi-contracted, ")
    english = run_cli("check", "--fail-on", "missed", "--min-coverage", "10", "--width", "200").stdout
    assert english.splitlines()[-1].startswith("gate failed: 6 goal(s) missed: fdi-contracted, fdi-utilised")
    passing = run_cli("check", "--min-coverage", "10", "--width", "200").stdout
    assert passing.splitlines()[-1] == "gate passed: every goal has an entry (121/121); coverage 12.4% ≥ 10%"


@pytest.fixture
def national(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(CASES / "national", tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _row(stdout: str, goal: str) -> str:
    return next(line for line in stdout.splitlines() if f" {goal} " in line)


def test_a_decline_reads_as_the_fall_the_plan_asks_for(national: Path) -> None:
    en = _row(run_cli("check", "--all", "--width", "120").stdout, "energy-intensity")
    assert "−3% or more" in en and "−2.6%" in en and "≤" not in en
    zh = _row(run_cli("check", "--all", "--width", "120", "--lang", "zh").stdout, "energy-intensity")
    assert "下降≥3%" in zh and "下降2.6%" in zh


def test_partly_reported_goals_show_no_attainment_and_the_basis_is_labelled(workdir: Path) -> None:
    lines = run_cli("check").stdout.splitlines()
    parks = next(n for n, line in enumerate(lines) if " parks " in line)
    assert lines[parks].split()[-2:] == ["—", "plain"]  # 1 of 2 parks is no "50.0%" attainment
    assert lines[parks + 1].startswith("partial 1/2")
    fdi = next(n for n, line in enumerate(lines) if " fdi " in line)
    assert "98.1%" in lines[fdi]
    assert lines[fdi + 1].startswith("basis: measured")
    explained = run_cli("explain", "parks").stdout
    assert "Att." not in explained


def test_the_consistency_table_shows_units(workdir: Path) -> None:
    stdout = run_cli("check").stdout
    row = next(line for line in stdout.splitlines() if "inconsistent" in line)
    assert "6.00亿美元" in row and "7亿美元" in row


def test_untracked_outcomes_without_a_figure_are_listed_apart(bundled: Path) -> None:
    stdout = run_cli("check", "--width", "120").stdout
    assert not re.search(r"—\s+—\s*$", stdout, re.M)  # no row of dashes
    section = stdout[stdout.index("Reported outcomes no goal asked for (30)") :]
    assert "Reported without a figure (15):" in section
    assert "- Kaixi bridge construction started\n" in section
    assert re.search(r"^GDP growth \(comparable prices\)\s+7%\s+8%$", section, re.M)


@pytest.mark.parametrize("columns", ["56", "80", "120"])
def test_command_descriptions_in_help_are_whole(columns: str) -> None:
    from planaudit.cli import app

    text = run_cli("--help", env={"COLUMNS": columns}).stdout
    listing = text[text.index("Commands:") :]
    assert "..." not in listing and "…" not in listing
    names = [command.name or command.callback.__name__ for command in app.registered_commands]  # type: ignore[union-attr]
    joined = " ".join(listing.split())
    for command in app.registered_commands:
        assert command.short_help and command.short_help in joined, command.name
    assert len(names) >= 10


@pytest.mark.parametrize(
    ("wanted", "hint"),
    [
        ("fdi", "did you mean fdi-contracted, fdi-utilised?"),  # a prefix
        ("fortune", "did you mean fortune500-new, fortune500-total?"),
        ("fdi-contracte", "did you mean fdi-contracted?"),  # a typo
        ("cbd", "did you mean cbd-developers, cbd-buildings, cbd-institutions, cbd-amenities?"),
    ],
)
def test_explain_suggests_ids_a_prefix_or_a_near_spelling_points_at(bundled: Path, wanted: str, hint: str) -> None:
    result = run_cli("explain", wanted)
    assert result.exit_code == 2
    assert result.stderr == f"error: unknown goal '{wanted}'; {hint}\n"


def test_explain_names_how_many_more_ids_match(bundled: Path) -> None:
    from planaudit.commands.explain import suggestions

    ids = [f"road-{i}" for i in range(8)] + ["bridge"]
    assert suggestions("road", ids) == ["road-0", "road-1", "road-2", "road-3", "road-4", "… 3 more"]
    assert suggestions("zzz", ids) == []


def test_document_coverage_lines_are_worded_in_chinese(workdir: Path) -> None:
    edit(workdir / "sources" / "plan.txt", "精心举办第五届招商大会。", "精心举办第五届招商大会。新建道路20条。")
    zh = run_cli("check", "--lang", "zh").stdout
    assert "未成为目标的计划表述 (第2行)：新建道路20条" in zh
    assert "plan phrase no goal quotes (line 2): 新建道路20条" in run_cli("check").stdout


def test_all_of_targets_in_chinese(national: Path) -> None:
    zh = _row(run_cli("check", "--all", "--width", "120", "--lang", "zh").stdout, "particulates")
    assert "2项均下降≥5%" in zh and "each of" not in zh
    en = _row(run_cli("check", "--all", "--width", "200").stdout, "particulates")
    assert "each of 2: −5%" in en and "≤" not in en


def test_the_page_gives_units_and_lists_outcomes_without_a_figure_apart(bundled: Path) -> None:
    page = run_cli("check", "--format", "html").stdout
    consistency = page[page.index('<section id="consistency">') : page.index('<section id="untracked">')]
    assert "<td>6.00亿美元</td>" in consistency and "<td>7亿美元 “" in consistency
    untracked = page[page.index('<section id="untracked">') :]
    assert "<h3>Reported without a figure (15)</h3>" in untracked
    assert "<li><b>Kaixi bridge construction started</b>" in untracked
    assert untracked.count("<tr>") == 1 + 15  # the header and the 15 outcomes with a figure


def test_the_markdown_report_states_the_gate_apart_from_the_result(bundled: Path) -> None:
    text = run_cli("check", "-f", "markdown").stdout
    assert "\n> ✓ data gate passed: every goal has an entry (121/121)\n" in text
    assert "- ✗ missed 6: 6 measured\n" in text
    failed = run_cli("check", "-f", "markdown", "--fail-on", "missed", "--lang", "zh").stdout
    assert "\n> ✗ 检查未通过：6个目标未达成：fdi-contracted、" in failed


def test_a_decline_with_no_size_reads_as_any_fall() -> None:
    from planaudit.report.common import _target_text
    from planaudit.rules.decline import DeclineParams

    assert _target_text(DeclineParams(kind="decline", unit="万吨"), "zh") == "下降"
    assert _target_text(DeclineParams(kind="decline", unit="万吨"), "en") == "any fall"
    assert _target_text(DeclineParams(kind="decline", unit="万吨", target=3), "zh") == "下降≥3万吨"
