"""Evidence by principle: the same measure, the same threshold, a count of the goal's own things, a whole number."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.drafting.review import _clauses_in
from tests.drafting import FILLER
from tests.drafting import draft_pair as _draft
from tests.drafting import entry_of as _entry

ARCHIVE_PLAN = (
    "Kestrel County Records Office Business Plan 2025\n\nOur commitments for 2025\n\n"
    "We will carry out 3,000 building inspections.\n"
    "We will complete the relocation of all archive boxes to the new Fenwick store by 31 March 2025.\n"
)
ARCHIVE_REVIEW = (
    "Kestrel County Records Office Annual Report 2025\n\n" + FILLER + "\n"
    "We completed 3,214 building inspections and surveyed a further 1,100 lifts in council offices.\n"
    "The relocation of archive boxes to the Fenwick store was completed on 2 June 2025, nine weeks later than planned.\n"
)


def test_a_grouped_number_is_no_clause_break() -> None:
    text = "We finished 12,350 checks, and 4,100 more."
    pieces = [text[a:b] for a, b in _clauses_in(text, 0, len(text))]
    assert pieces == ["We finished 12,350 checks", " and 4,100 more."]


def test_a_deed_is_not_reported_by_half_a_number(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "We completed 3" (up to the comma of 3,214) is no report of the relocation: its own sentence is
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, ARCHIVE_PLAN, ARCHIVE_REVIEW)
    quote = _entry(goals, entries, "will complete the relocation")["evidence"][0]["quote"]
    assert "relocation of archive boxes" in quote
