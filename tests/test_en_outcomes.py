"""English reviews that report outcomes in common ways: a fall against a base year, a duration, things made; and a
deed of one thing for a goal counting several."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planaudit.reading.matching import without_base_years, years_named
from tests.conftest import run_cli

PLAN = (
    "Harbour Town Council Plan 2024\n\nOur targets for 2024\n\n"
    "We will cut carbon emissions from council buildings by 30% by 2024.\n"
    "We will halve landfill waste by 2024.\n"
    "We will reduce the average wait for a planning decision to 60 days.\n"
    "We will build 300 new social homes in 2024.\n"
    "We will open three new youth centres in 2024.\n"
    "We will lower the share of household waste sent to landfill to 20% in 2024.\n"
)


def _draft(folder: Path, review: str) -> tuple[dict[str, dict], dict[str, dict]]:  # type: ignore[type-arg]
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "review.txt").write_text(review, encoding="utf-8")
    result = run_cli("draft", "plan.txt", "--review", "review.txt")
    assert result.exit_code == 0, result.stderr
    assert run_cli("validate").exit_code == 0
    goals = yaml.safe_load((folder / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    entries = yaml.safe_load((folder / "actuals.yaml").read_text(encoding="utf-8"))["goals"]
    by_quote = {g["quote"]: entries[g["id"]] for g in goals}
    rules = {g["quote"]: g["rule"] for g in goals}
    return by_quote, rules


CARBON = "We will cut carbon emissions from council buildings by 30%"
LANDFILL = "We will halve landfill waste"
WAIT = "We will reduce the average wait for a planning decision to 60 days"
HOMES = "We will build 300 new social homes"
CENTRES = "We will open three new youth centres"
SHARE = "We will lower the share of household waste sent to landfill to 20%"


def test_outcomes_reported_in_common_ways(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    by_quote, rules = _draft(
        tmp_path,
        "Harbour Town Council Annual Report 2024\n\n"
        "In 2024 carbon emissions from council buildings were 27% below 2019 levels.\n"
        "Landfill waste saw a reduction of 52% compared with 2019.\n"
        "Waits for a planning decision averaged 54 days.\n"
        "We delivered 280 new social homes.\n",
    )
    assert rules[CARBON]["kind"] == "decline" and rules[LANDFILL]["kind"] == "decline"
    # a fall's size against its base year, no level: the decline goal's outcome
    carbon = by_quote[CARBON]
    assert (carbon["value"], carbon["unit"], carbon["basis"]) == (27, "%", "change")
    assert (
        carbon["evidence"][0]["quote"] == "In 2024 carbon emissions from council buildings were 27% below 2019 levels"
    )
    landfill = by_quote[LANDFILL]
    assert (landfill["value"], landfill["basis"]) == (52, "change")
    # a duration is an outcome for a goal in days
    assert (by_quote[WAIT]["value"], by_quote[WAIT]["unit"]) == (54, "days")
    # the things a deed made are named inside its figure
    assert (by_quote[HOMES]["value"], by_quote[HOMES]["unit"]) == (280, "social homes")
    # "27% below 2019 levels" is no share of waste sent to landfill
    assert by_quote[SHARE]["status"] == "silent"


def test_other_wordings_of_a_fall_and_a_wait(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    by_quote, _ = _draft(
        tmp_path,
        "Harbour Town Council Annual Report 2024\n\n"
        "Carbon emissions from council buildings were down 31% on 2019.\n"
        "Landfill waste fell by 48% compared with 2019.\n"
        "The average wait for a planning decision was 63 days.\n"
        "Three new youth centres opened in 2024.\n",
    )
    assert (by_quote[CARBON]["value"], by_quote[CARBON]["basis"]) == (31, "change")
    assert (by_quote[LANDFILL]["value"], by_quote[LANDFILL]["basis"]) == (48, "change")
    assert by_quote[WAIT]["value"] == 63


def test_what_is_no_outcome_stays_silent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    by_quote, _ = _draft(
        tmp_path,
        "Harbour Town Council Annual Report 2024\n\n"
        # another year's fall against the base: not 2024's
        "In 2019 carbon emissions from council buildings were 27% below 2010 levels.\n"
        # a size against the target, no base: no fall
        "Landfill waste was 12% below the target.\n"
        # a span a measure is counted over, no wait
        "Planning decisions are due within 56 days of a valid application.\n"
        # one of the three centres, no count of them
        "The Riverside youth centre opened in May 2024.\n",
    )
    for quote in (CARBON, LANDFILL, WAIT, CENTRES):
        assert by_quote[quote]["status"] == "silent", quote


def test_a_base_year_is_no_year_the_figure_is_of() -> None:
    assert years_named(without_base_years(" below 2019 levels")) == []
    assert years_named(without_base_years(" compared with 2019")) == []
    assert years_named(without_base_years(" on 2019")) == []
    assert years_named(without_base_years(" lower than in 2020")) == []
    # the year a figure is of stays
    assert years_named(without_base_years("In 2024 emissions were")) == [(2024, 2024)]
    assert years_named(without_base_years(" in 2024")) == [(2024, 2024)]


HUBS_PLAN = "Harbour Town Council Plan 2024\n\nWe will open two new family hubs, in Northgate and Eastfield, by September 2024.\n"


@pytest.mark.parametrize(
    ("review", "proposed"),
    [
        # one of the two hubs, and no count: not the goal's count
        ("The Northgate family hub opened in July 2024; the Eastfield hub will open in spring 2025.", False),
        # both named as done: a person reads it and decides
        ("Both new family hubs, in Northgate and Eastfield, opened in 2024.", True),
    ],
)
def test_a_deed_of_one_thing_is_no_evidence_for_a_count_of_several(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, review: str, proposed: bool
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text(HUBS_PLAN, encoding="utf-8")
    (tmp_path / "review.txt").write_text(
        "Harbour Town Council Annual Report 2024\n\n" + review + "\n", encoding="utf-8"
    )
    assert run_cli("draft", "plan.txt", "--review", "review.txt").exit_code == 0
    assert run_cli("validate").exit_code == 0
    goals = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    entries = yaml.safe_load((tmp_path / "actuals.yaml").read_text(encoding="utf-8"))["goals"]
    assert [g["rule"]["kind"] for g in goals] == ["at_least"]
    entry = entries[goals[0]["id"]]
    assert (entry["status"] == "reported") is proposed
    if proposed:
        assert "undecided" in entry and "value" not in entry
