"""A short time an act of the plan's own takes ("answer calls in 20 seconds") is the most it may take, never a floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.scan import scan
from tests.conftest import drafted_goals, run_cli


@pytest.mark.parametrize(
    ("sentence", "target", "unit"),
    [
        ("Our contact centre will pick up the phone in 45 seconds.", 45, "seconds"),
        ("The council will decide householder planning applications in 8 weeks.", 8, "weeks"),
        ("We aim to pay supplier invoices in 10 working days.", 10, "days"),
        ("Ambulances must reach life-threatening calls in 7 minutes.", 7, "minutes"),
        ("We will re-house families in emergency accommodation in 6 weeks.", 6, "weeks"),
    ],
)
def test_an_act_in_a_short_time_is_a_most(sentence: str, target: float, unit: str) -> None:
    assert [(f.kind, f.target, f.unit) for f in scan(sentence) if f.unit == unit] == [("at_most", target, unit)]


@pytest.mark.parametrize(
    "sentence",
    [
        "We will open two branch libraries in the next 3 weeks.",  # the span the sentence speaks of
        "The festival will run in 3 days.",  # how long a thing lasts, no act's most
        "We will have 40 wardens on patrol in 2 years.",  # a long span: when, not how fast
    ],
)
def test_a_span_or_a_duration_is_no_such_most(sentence: str) -> None:
    assert all(f.kind != "at_most" for f in scan(sentence))


def test_draft_cli_writes_a_time_to_act_as_a_most(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = (
        "Customer Charter 2026\n\n"
        "We will answer webchats in 90 seconds.\n"
        "We will process housing benefit claims in 12 working days.\n"
    )
    rules = [g["rule"] for g in drafted_goals(tmp_path, monkeypatch, plan)]
    assert [(r["kind"], r["target"], r["unit"]) for r in rules] == [
        ("at_most", 90, "seconds"),
        ("at_most", 12, "days"),
    ]
    assert run_cli("validate").exit_code == 0
