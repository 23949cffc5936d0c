"""The 14th Five-Year Plan against its yearly reviews, 2021–2024 (examples/fyp14): every year's verdict and pace."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from planaudit.schemas import schema
from tests.conftest import ROOT, run_cli

FYP14 = ROOT / "examples" / "fyp14"
U, M, N = "unreported", "met", "not_due"

# (verdict, pace) per goal and year. Annual conditions (productivity, unemployment, income, grain) stand alone each
# year; trajectories are not due before 2025 and show their pace; silence is unreported, never on track.
EXPECTED: dict[str, dict[int, tuple[str, str | None]]] = {
    "gdp": dict.fromkeys(range(2021, 2025), (U, None)),  # no five-year number to judge growth against
    "productivity": {2021: (M, None), 2022: (M, None), 2023: (M, None), 2024: (U, None)},  # 8.7≥8.1, 4.2≥3, 5.7≥5.2
    # No 2020 base: no pace; 65.2% (end-2022) ≥ 65% is met early.
    "urbanisation": {2021: (N, U), 2022: (M, "on_track"), 2023: (M, "on_track"), 2024: (M, "on_track")},
    # 年均增长7%: 14.2% in 2021 ≥ the steady 7%; 2022's growth is not reported, so the chain breaks.
    "rnd": {2021: (N, "on_track"), 2022: (N, U), 2023: (N, U), 2024: (N, U)},
    "patents": dict.fromkeys(range(2021, 2025), (N, U)),
    "unemployment": {2021: (M, None), 2022: (U, None), 2023: (M, None), 2024: (M, None)},  # 2022: year-end only
    "income": {2021: (M, None), 2022: (U, None), 2023: (M, None), 2024: (M, None)},  # 2022: a 5-year average only
    "schooling": dict.fromkeys(range(2021, 2025), (N, U)),
    "life-expectancy": dict.fromkeys(range(2021, 2025), (N, U)),
    "pension": dict.fromkeys(range(2021, 2025), (N, U)),
    # 13.5% by 2025: the steady path's first year is 1 − 0.865^(1/5) = 2.86% > 2.7%; 2022–2023 not reported.
    "energy-intensity": {2021: (N, "off_track"), 2022: (N, U), 2023: (N, U), 2024: (N, U)},
    # 18% by 2025: 1 − 0.82^(1/5) = 3.89% > 3.8%.
    "carbon-intensity": {2021: (N, "off_track"), 2022: (N, U), 2023: (N, U), 2024: (N, U)},
    "forest": dict.fromkeys(range(2021, 2025), (N, U)),  # 24% in 2022 < 24.1%, and no base for a pace
    "grain": dict.fromkeys(range(2021, 2025), (M, None)),  # output 1.37, 1.37, 1.39, 1.4 ≥ 1.3 (capacity ≥ output)
    "energy-capacity": dict.fromkeys(range(2021, 2025), (U, None)),
}


@pytest.fixture
def fyp14(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(FYP14, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_sources_are_the_corpus_files_unchanged() -> None:
    sums = {
        "plan.txt": "6fc012fa7e56fb163a73ab24ab833dae0a60560e8f83fd97b70f7bb5c86c3632",
        "review-2021.txt": "884ff5389cd59745ecbc9cd642773894fb8ff17c98fcde6c05c64bcc6acd99a8",
        "review-2022.txt": "67198a7dc7ba7cb632435b5712dce938ee63653028c70cf5631f444478bb653c",
        "review-2023.txt": "00080a9a5d20aad44f6ddc076419b0de032efcce416c368642e8566635d2270c",
        "review-2024.txt": "a95e7ece7048f45f7e1ba8fb82300a7ebd06056efca5a9337afdfbbeb400ddf6",
    }
    for name, digest in sums.items():
        assert hashlib.sha256((FYP14 / "sources" / name).read_bytes()).hexdigest() == digest, name


def test_every_years_verdicts_and_pace(fyp14: Path) -> None:
    result = run_cli("check", "-f", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    jsonschema.validate(report, schema("report"))
    history = report["history"]
    assert history["years"] == [2021, 2022, 2023, 2024]
    got = {goal: {p["year"]: (p["verdict"], p["pace"]) for p in points} for goal, points in history["goals"].items()}
    assert got == EXPECTED
    assert {g["id"]: (g["verdict"], g["pace"]) for g in report["goals"]} == {k: v[2024] for k, v in EXPECTED.items()}


@pytest.mark.parametrize("last", [2021, 2022, 2023])
def test_an_earlier_review_alone_gives_the_same_verdicts(fyp14: Path, last: int) -> None:
    for later in range(last + 1, 2025):
        (fyp14 / f"actuals-{later}.yaml").unlink()
    report = json.loads(run_cli("check", "-f", "json").stdout)
    assert {g["id"]: (g["verdict"], g["pace"]) for g in report["goals"]} == {k: v[last] for k, v in EXPECTED.items()}


def test_the_arithmetic_of_the_2021_paces(fyp14: Path) -> None:
    for later in (2022, 2023, 2024):
        (fyp14 / f"actuals-{later}.yaml").unlink()
    goals = {g["id"]: g for g in json.loads(run_cli("check", "-f", "json").stdout)["goals"]}
    assert goals["energy-intensity"]["arithmetic"] == [
        "k = 2021 − 2020 = 1 of N = 5 years",
        "cumulative fall = 1 − (1 − 2.7%) = 2.70%",
        "steady path after 1 of 5 years: 2.86%",
        "the remaining 4 year(s) now need 2.90% a year",  # 1 − (0.865 ÷ 0.973)^(1/4)
        "2.7 not ≥ 13.5: target not reached",
    ]
    assert "cumulative target: (1 + 7%)^5 − 1 = 40.26%" in goals["rnd"]["arithmetic"]
    assert "steady path after 1 of 5 years: 7.00%" in goals["rnd"]["arithmetic"]


def test_the_binding_goals_gate_and_the_history_table(fyp14: Path) -> None:
    result = run_cli("check", "--fail-on", "off-track", "--fail-on", "missed-commitment")
    assert result.exit_code == 0, result.stderr  # grain met every year; energy capacity is unreported, not off track
    assert "History (2021–2024)" in result.stdout
    assert run_cli("validate").stdout == "valid: 15 goals, 4 review years (2021–2024)\n"


VERDICT_WORDS = {"met": "met", "missed": "missed", "unreported": "unreported", "not_due": "not due"}
PACE_WORDS = {
    "on_track": "on track",
    "off_track": "off track",
    "acceleration_needed": "off track: acceleration needed",
    "limited_progress": "off track: limited progress",
    "deterioration": "off track: deterioration",
    "unreported": "pace unreported",
}


def _expected_history(report: dict[str, Any]) -> list[list[str]]:
    """Each goal's row, year by year, as the JSON history gives its points: value, verdict, pace."""
    from planaudit.rules.base import num

    rows = []
    for goal, points in report["history"]["goals"].items():
        cells = [goal]
        for p in points:
            value = "—" if p["value"] is None else num(p["value"]) + (p["unit"] or "")
            parts = [value, "met early" if p["met_early"] else VERDICT_WORDS[p["verdict"]]]
            if p["pace"] is not None and not (p["pace"] == "unreported" and p["verdict"] == "unreported"):
                parts.append(PACE_WORDS[p["pace"]])
            cells.append(" · ".join(parts))
        rows.append(cells)
    return rows


def test_four_reviews_show_the_same_history_in_table_markdown_json_and_html(fyp14: Path) -> None:
    import html5lib

    report = json.loads(run_cli("check", "-f", "json").stdout)
    expected = _expected_history(report)
    assert len(expected) == 15 and all(len(row) == 5 for row in expected)
    assert expected[13][1:] == ["1.37万亿斤 · met", "1.37万亿斤 · met", "1.39万亿斤 · met", "1.4万亿斤 · met"]  # grain
    assert expected[10][1] == "2.7% · not due · off track"  # energy-intensity, 2021
    head = ["Goal", "2021", "2022", "2023", "2024"]

    markdown = run_cli("check", "-f", "markdown").stdout
    part = markdown[markdown.index("## History (2021–2024)") :].splitlines()[2:]
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in part if line.startswith("|")]
    assert rows[0] == head and rows[2:] == expected

    page = run_cli("check", "-f", "html").stdout
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    section = tree.find(".//section[@id='history']")
    assert section is not None and section.findtext("h2") == "History (2021–2024)"
    cells = [["".join(cell.itertext()) for cell in row] for row in section.iter("tr")]
    assert cells[0] == head and cells[1:] == expected

    table = run_cli("check", "--width", "400").stdout
    part = table[table.index("\nHistory (2021–2024)\n") :].splitlines()[2:]
    rows = [re.split(r"\s{2,}", line.strip()) for line in part if line.strip() and not line.startswith("─")]
    assert rows[0] == head and rows[1:] == expected


def test_every_plan_phrase_is_a_goal_or_excluded_with_its_reason(fyp14: Path) -> None:
    """Document coverage of the latest year passes: the outline's tasks are excluded, not goals; the provenance
    header's 专栏1 names a table and is no target-like phrase at all."""
    result = run_cli("check", "--fail-on", "uncovered-target")
    assert result.exit_code == 0, result.stdout + result.stderr
    targets = (fyp14 / "targets.yaml").read_text(encoding="utf-8")
    without = targets[: targets.index("\nexcluded:")] + "\n"
    (fyp14 / "targets.yaml").write_text(without, encoding="utf-8")
    result = run_cli("check", "--fail-on", "uncovered-target")
    assert result.exit_code == 1
    assert "制定实施基础研究十年行动方案" in result.stdout
    assert "专栏1" not in result.stdout
