"""A performance report's labelled actuals ("FY 2024 actual: 152") under the plan's numbered goal, through draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.drafting import FILLER, draft_pair

PLAN = """Annual Performance Plan FY 2024

Strategic Goal 1: Safe water

Performance Goal 1.1.1: By the end of FY 2024, the agency will help return 140 community water systems to compliance.

Performance Goal 1.1.2: Hold the average cost per new household connection at or below $14,500 in FY 2024.

Performance Goal 1.2.1: In FY 2024, new broadband lines financed by the agency will reach at least 210,000 households.
"""


def _entry(goals: list[dict], entries: dict, words: str) -> dict:  # type: ignore[type-arg]
    """The actuals entry of the drafted goal whose quote holds words."""
    return entries[next(g["id"] for g in goals if words in g["quote"])]  # type: ignore[no-any-return]


REVIEW = f"""Annual Performance Report FY 2024

{FILLER}

Performance Goal 1.1.1: Number of community water systems returned to compliance.
FY 2023 actual: 131. FY 2024 target: 140. FY 2024 actual: 152. Status: target met.
FY 2025 target: 150.

Performance Goal 1.1.2: Average cost per new household connection.
FY 2024 target: $14,500 or less. FY 2024 actual: $15,110. Status: target not met.
The average cost of a new broadband connection was $3,900.

Performance Goal 1.2.1: Households with new broadband access.
FY 2024 target: 210,000. Status: data expected in March.
"""


def test_the_actual_of_the_goals_year_under_its_numbered_goal_is_proposed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The goal's own block gives the figure: its year's actual, not last year's actual, the target restated, next
    year's target or another measure's figure in the block; a block with no actual leaves the goal silent."""
    monkeypatch.chdir(tmp_path)
    goals, entries = draft_pair(tmp_path, PLAN, REVIEW)
    systems = _entry(goals, entries, "return 140")
    assert systems["evidence"][0]["quote"] == "FY 2024 actual: 152"
    assert systems["value"] == 152
    cost = _entry(goals, entries, "Hold the average cost")
    assert cost["evidence"][0]["quote"] == "FY 2024 actual: $15,110"
    assert cost["value"] == 15110
    broadband = _entry(goals, entries, "new broadband lines")
    assert broadband.get("status") == "silent", broadband


def test_an_actual_of_another_year_or_another_goals_block_is_not_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the goal's year counts, and only in the block the report gives the goal's number."""
    monkeypatch.chdir(tmp_path)
    review = REVIEW.replace("FY 2024 actual: 152", "FY 2024 actual: not yet available").replace(
        "Performance Goal 1.1.2:", "Performance Goal 9.9.9:"
    )
    goals, entries = draft_pair(tmp_path, PLAN, review)
    systems = _entry(goals, entries, "return 140")
    assert all("131" not in e["quote"] for e in systems.get("evidence", [])), systems
    cost = _entry(goals, entries, "Hold the average cost")
    assert all("15,110" not in e["quote"] for e in cost.get("evidence", [])), cost
