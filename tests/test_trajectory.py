"""Trajectories (on track / off track in each review year) and ledgers (one plan, yearly actuals files)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import html5lib
import jsonschema
import pytest

from planaudit.facts import Baseline, Reported
from planaudit.rules.base import Verdict
from planaudit.rules.trajectory import Trajectory, TrajectoryParams
from planaudit.schemas import schema
from tests.conftest import CASES, edit, run_cli

LEDGER = CASES / "ledger"
RULE = Trajectory()

# Every goal of the ledger fixture in every review year: (verdict, pace).
EXPECTED = {
    "patents": {  # cagr from 6.3 (2020) to 12 (2025): required (12 ÷ 6.3)^(1/5) − 1 = 13.75%
        2021: ("not_due", "on_track"),  # 7.5 ÷ 6.3 − 1 = 19.05%, R = 1.38
        2022: ("not_due", "on_track"),  # (9.4 ÷ 6.3)^(1/2) − 1 = 22.15%
        2023: ("not_due", "on_track"),
        2024: ("met", "on_track"),  # 13.3 ≥ 12: met early
    },
    "energy": {  # compound fall of 13.5% by 2025; steady path 1 − 0.865^(k/5)
        2021: ("not_due", "off_track"),  # 2.7% < 2.86%
        2022: ("not_due", "off_track"),  # 1 − 0.973 × 0.999 = 2.80% < 5.64%
        2023: ("not_due", "off_track"),
        2024: ("not_due", "unreported"),  # "降幅超过3%": only a lower bound, 6.18% or more vs 10.95%
    },
    "urban": {  # linear from 60.6 to 65: 60.6 + 4.4 × k/5
        2021: ("not_due", "on_track"),  # 62.1 ≥ 61.48
        2022: ("not_due", "unreported"),  # silent: never on track
        2023: ("not_due", "off_track"),  # 63.2 < 63.24
        2024: ("not_due", "on_track"),  # 64.9 ≥ 64.12
    },
}


def _params(**kw: object) -> TrajectoryParams:
    data: dict[str, object] = {"kind": "trajectory", "base_year": 2020, "target_year": 2025, "unit": "件"}
    data.update(kw)
    return TrajectoryParams.model_validate(data)


def _reported(value: float, unit: str = "件", qualifier: str | None = None) -> Reported:
    data: dict[str, object] = {
        "status": "reported",
        "value": value,
        "unit": unit,
        "evidence": [{"source": "r", "quote": "xx"}],
    }
    if qualifier:
        data["qualifier"] = qualifier
    return Reported.model_validate(data)


BASE = Baseline(title="base", value=6.3, unit="件", source="p", quote="6.3件")


def test_cagr_ratio_and_open_sdg_categories() -> None:
    p = _params(method="cagr", target=12)
    on = RULE.judge_year(p, _reported(9.4), BASE, 2023, {}, "cagr")
    assert (on.verdict, on.pace) == (Verdict.MISSED, "on_track")  # the engine makes it not due before 2025
    assert "observed CAGR = (9.4 ÷ 6.3)^(1/3) − 1 = 14.27%" in on.arithmetic
    assert "required CAGR = (12 ÷ 6.3)^(1/5) − 1 = 13.75%" in on.arithmetic
    assert "R = observed ÷ |required| = 1.04 ≥ 0.95: on track" in on.arithmetic
    slower = RULE.judge_year(p, _reported(8.5), BASE, 2023, {}, "cagr")  # 10.5% a year: R = 0.76
    assert slower.pace == "acceleration_needed"
    assert RULE.judge_year(p, _reported(6.6), BASE, 2023, {}, "cagr").pace == "limited_progress"  # R = 0.11
    assert RULE.judge_year(p, _reported(6.0), BASE, 2023, {}, "cagr").pace == "deterioration"
    assert RULE.judge_year(p, _reported(12.5), BASE, 2025, {}, "cagr").verdict is Verdict.MET
    assert RULE.judge_year(p, _reported(11.9), BASE, 2025, {}, "cagr").verdict is Verdict.MISSED


def test_cagr_for_a_fall_and_the_zero_and_sign_rules() -> None:
    p = _params(method="cagr", target=50, direction="decrease", unit="万吨")
    base = BASE.model_copy(update={"value": 100.0, "unit": "万吨"})
    # required (50 ÷ 100)^(1/5) − 1 = −12.94% a year; R = −observed ÷ 12.94%
    assert RULE.judge_year(p, _reported(75, "万吨"), base, 2022, {}, "cagr").pace == "on_track"  # −13.40%: 1.04
    assert RULE.judge_year(p, _reported(85, "万吨"), base, 2022, {}, "cagr").pace == "acceleration_needed"  # 0.60
    assert RULE.judge_year(p, _reported(110, "万吨"), base, 2022, {}, "cagr").pace == "deterioration"
    zero = _params(method="cagr", target=0, direction="decrease", unit="万吨")
    outcome = RULE.judge_year(zero, _reported(50, "万吨"), base, 2022, {}, "cagr")
    assert any("0.001" in line for line in outcome.arithmetic)  # a zero target stands in as 0.001 (Open SDG)
    mixed = RULE.judge_year(_params(method="cagr", target=5, unit="%"), _reported(-1, "%"), base.model_copy(
        update={"value": 2.0, "unit": "%"}), 2022, {}, "cagr")  # fmt: skip
    assert mixed.verdict is Verdict.UNREPORTED and "both signs" in mixed.arithmetic[-1]


def test_compound_rates_chain_and_a_missing_year_leaves_the_pace_unreported() -> None:
    p = _params(method="compound", direction="decrease", target=13.5, unit="%")
    years = {2021: _reported(2.7, "%"), 2022: _reported(2, "%"), 2023: _reported(2, "%"), 2024: _reported(2, "%")}
    end = RULE.judge_year(p, _reported(2, "%"), None, 2025, years, "compound")
    assert end.verdict is Verdict.MISSED
    assert "cumulative fall = 1 − (1 − 2.7%) × (1 − 2%) × (1 − 2%) × (1 − 2%) × (1 − 2%) = 10.25%" in end.arithmetic
    gap = RULE.judge_year(p, _reported(3, "%"), None, 2023, {2021: years[2021]}, "compound")
    assert (gap.verdict, gap.pace) == (Verdict.UNREPORTED, "unreported")
    assert gap.arithmetic[-1] == "2022 is not reported: chaining the yearly rates needs every year"
    mid = RULE.judge_year(p, _reported(2, "%"), None, 2022, {2021: years[2021]}, "compound")
    assert "the remaining 3 year(s) now need 3.20% a year" in mid.arithmetic


@pytest.mark.parametrize("year", [2021, 2022, 2023, 2024])
def test_every_year_of_the_ledger_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, year: int) -> None:
    shutil.copytree(LEDGER, tmp_path, dirs_exist_ok=True)
    for later in range(year + 1, 2025):
        (tmp_path / f"actuals-{later}.yaml").unlink()
    monkeypatch.chdir(tmp_path)
    report = json.loads(run_cli("check", "-f", "json").stdout)
    got = {g["id"]: (g["verdict"], g["pace"]) for g in report["goals"]}
    assert got == {goal: years[year] for goal, years in EXPECTED.items()}
    history = report["history"]
    assert history["years"] == list(range(2021, year + 1))
    for goal, points in history["goals"].items():
        assert [(p["verdict"], p["pace"]) for p in points] == [EXPECTED[goal][y] for y in history["years"]]
    jsonschema.validate(report, schema("report"))


@pytest.fixture
def ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(LEDGER, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_history_in_table_markdown_and_html(ledger: Path) -> None:
    table = run_cli("check").stdout
    assert "History (2021–2024)" in table
    row = next(line for line in table.splitlines() if line.startswith("patents "))
    assert "7.5件 · not" in row
    markdown = run_cli("check", "-f", "markdown").stdout
    assert "## History (2021–2024)" in markdown
    assert (
        "| urban | 62.1% · not due · on track | — · not due · pace unreported | 63.2% · not due · off track | "
        in markdown
    )
    page = run_cli("check", "-f", "html").stdout
    html5lib.HTMLParser(strict=True).parse(page)
    assert '<section id="history">' in page and "64.9% · not due · on track" in page


def test_off_track_fails_the_gate_for_gating_levels_only(ledger: Path) -> None:
    # An exact 3% fall in 2024: 6.18% < 10.95%, off track.
    edit(ledger / "sources" / "review-2024.txt", "能耗降幅超过3%", "能耗下降3%")
    edit(ledger / "actuals-2024.yaml", "    qualifier: more_than\n", "")
    edit(ledger / "actuals-2024.yaml", "能耗降幅超过3%", "能耗下降3%")
    result = run_cli("check", "--fail-on", "off-track")
    assert result.exit_code == 1
    assert result.stderr == "gate failed: 1 binding goal(s) off track: energy\n"
    edit(ledger / "targets.yaml", "    level: binding\n", "")  # energy now expected, which does not gate
    assert run_cli("check", "--fail-on", "off-track").exit_code == 0


def test_a_ledger_validates_and_explains_the_latest_year(ledger: Path) -> None:
    result = run_cli("validate")
    assert result.exit_code == 0 and result.stdout == "valid: 3 goals, 4 review years (2021–2024)\n"
    explained = run_cli("explain", "energy").stdout
    assert "the remaining 1 year(s) now need at most 7.80% a year" in explained


def test_a_bad_year_file_is_located(ledger: Path) -> None:
    edit(ledger / "actuals-2022.yaml", "value: 9.4", "value: 9.5")
    result = run_cli("check")
    assert result.exit_code == 2
    assert result.stderr.startswith("actuals-2022.yaml:")
    assert "9.5" in result.stderr


def test_only_review_years_name_year_files(ledger: Path) -> None:
    # actuals-0000.yaml and actuals-3021.yaml are not review years (a ledger file's `years:` takes 1000 to 2999): the
    # audit is the same four years, not a year 0 history column.
    before = run_cli("check", "-f", "json").stdout
    for name in ("actuals-0000.yaml", "actuals-3021.yaml"):
        shutil.copy(ledger / "actuals-2021.yaml", ledger / name)
    result = run_cli("check", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == before
    assert run_cli("validate").stdout == "valid: 3 goals, 4 review years (2021–2024)\n"
