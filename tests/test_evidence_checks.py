"""Evidence checked for measure, period and unit: another measure's figure, a year's part of a sum over years."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.drafting import FILLER
from tests.drafting import draft_pair as _draft
from tests.drafting import entry_of as _entry

PARKS_PLAN = (
    "Greenvale Parks Plan 2025\n\nOur commitments\n\n"
    "We will plant 4,000 new street trees in Greenvale town centre.\n"
    "We will provide £300,000 over three years to the community orchards fund, including £90,000 in 2025.\n"
)
PARKS_REVIEW = (
    "Greenvale Parks Annual Review 2025\n\n"
    + FILLER
    + "\nVolunteers planting street trees in Greenvale town centre rose 15 per cent.\n"
    "The community orchards fund paid out £82,000 in 2025 and now supports 14 orchards.\n"
)


def test_a_share_of_another_measure_is_no_count_of_the_goals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the review names the trees and the town centre, but its figure is a rise in volunteers, not trees planted
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, PARKS_PLAN, PARKS_REVIEW)
    assert _entry(goals, entries, "We will plant 4,000")["status"] == "silent"


def test_a_years_spend_is_no_outcome_of_a_sum_over_years(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, PARKS_PLAN, PARKS_REVIEW)
    assert _entry(goals, entries, "We will provide £300,000")["status"] == "silent"
    year = _entry(goals, entries, "including £90,000")
    assert (year["status"], year["value"]) == ("reported", 82000)
