"""Evidence by principle: the same measure, the same threshold, a count of the goal's own things, a whole number."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.drafting.review import _clauses_in
from planaudit.reading.figures import read_figures
from planaudit.reading.matching import same_threshold, share_threshold, thresholds_of
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


PERMITS_PLAN = (
    "Ashby Borough Planning Service Plan 2025\n\nOur service standards for 2025\n\n"
    "We will decide 85% of householder applications within 8 weeks.\n"
    "We will acknowledge every pre-application enquiry within 3 working days.\n"
)
PERMITS_REVIEW = (
    "Ashby Borough Planning Service Annual Report 2025\n\n" + FILLER + "\n"
    "We decided 97% of householder applications within 13 weeks.\n"
    "79% of householder applications were decided within 8 weeks.\n"
    "91% of pre-application enquiries were acknowledged within 3 working days.\n"
)


def test_time_thresholds_read_in_english_and_chinese() -> None:
    text = "97% of applications within 13 weeks; 90%的申请在5个工作日内办结"
    assert [(f.value, f.unit) for f in thresholds_of(text, 0, len(text))] == [(13, "weeks"), (5, "个工作日")]
    at = text.index("within")
    assert share_threshold(text, 0, next(f for f in thresholds_of(text, 0, len(text)) if f.start >= at))
    assert not share_threshold("The median wait was 13 weeks", 0, read_figures("The median wait was 13 weeks")[0])
    weeks, days = read_figures("within 8 weeks")[0], read_figures("within 8 days")[0]
    assert same_threshold([weeks], [weeks]) and not same_threshold([weeks], [days]) and same_threshold([], [days])


def test_a_share_within_another_threshold_is_another_measure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 97% within 13 weeks is not the share within 8 weeks; 13 weeks is no outcome of anything
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, PERMITS_PLAN, PERMITS_REVIEW)
    decided = _entry(goals, entries, "We will decide 85%")
    assert decided["value"] == 79
    assert "79% of householder applications" in decided["evidence"][0]["quote"]
    for goal in goals:
        for evidence in entries[goal["id"]].get("evidence") or []:
            assert "13 weeks" not in evidence["quote"]


def test_a_span_to_act_within_is_reported_by_its_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "every enquiry within 3 working days": the share within the same span is for a person to read, never the
    # span itself as the outcome (3 days would be 'met' whatever the share)
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, PERMITS_PLAN, PERMITS_REVIEW)
    entry = _entry(goals, entries, "will acknowledge every")
    assert "value" not in entry
    assert "undecided" in entry
    assert entry["evidence"][0]["quote"].startswith("91% of pre-application enquiries")


MUSEUM_PLAN = (
    "Lowmoor Museums Trust Business Plan 2025\n\nOur commitments for 2025\n\n"
    "We will raise sponsorship income from corporate partners of £2.5 million or more.\n"
    "The Trust will arrange work placements in conservation for 600 students through partner colleges.\n"
)
MUSEUM_REVIEW = (
    "Lowmoor Museums Trust Annual Review 2025\n\n" + FILLER + "\n"
    "We signed sponsorship agreements with 14 corporate partners and renewed 9 more.\n"
    "Agreements on conservation placements were signed with two partner colleges.\n"
)


def test_a_deed_counting_other_things_is_no_evidence_of_an_amount(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # partners are not pounds raised, colleges are not students placed: none rather than a wrong one
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, MUSEUM_PLAN, MUSEUM_REVIEW)
    assert _entry(goals, entries, "We will raise sponsorship")["status"] == "silent"
    assert _entry(goals, entries, "The Trust will arrange")["status"] == "silent"
