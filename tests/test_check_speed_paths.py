"""Paths `check` takes for speed at scale: each with the behaviour it must keep."""

from __future__ import annotations

import gc
import re
from pathlib import Path
from typing import Any

import pytest

from planaudit.reading import figures

ROOT = Path(__file__).resolve().parent.parent


def test_document_coverage_runs_with_the_cycle_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Like loading and scoring, document coverage allocates much and frees it by reference counts: the cycle
    collector, which would rescan the audit's objects (9 full collections, 0.5 s at 100,000 goals), waits; it is on
    again afterwards."""
    from planaudit import doc_coverage, pipeline

    seen: list[bool] = []
    real = doc_coverage.document_coverage

    def recorded(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(doc_coverage, "document_coverage", recorded)
    audit = pipeline.load_audit(ROOT / "targets.yaml", ROOT / "actuals.yaml")
    assert gc.isenabled()
    card = pipeline.with_documents(pipeline.score(audit, []), audit)
    assert seen == [False] and gc.isenabled()
    assert card.documents is not None and card.documents.target_phrases > 0


def test_a_date_is_looked_for_only_where_its_patterns_can_start() -> None:
    """_english_date skips its two patterns unless the character after the day is one _DAY_MONTH can start with
    (_DATE_AFTER) or the one before it is the space _MONTH_BEFORE ends with: the patterns must keep those shapes."""
    assert figures._DAY_MONTH.compiled.pattern.startswith(" ?(?:st|nd|rd|th)?(?: of)? ")
    assert not figures._DAY_MONTH.compiled.flags & re.IGNORECASE  # "St", "TH" would start it too
    assert set(figures._DATE_AFTER) == set(" snrt")
    assert figures._MONTH_BEFORE._pattern.endswith(r"\.? \Z")  # as written (compiled to skip, see lazyre)
    for text, dates in [
        ("1st May, 2018", ["1st May, 2018"]),
        ("31 March 2017", ["31 March 2017"]),
        ("March 31, 2017 saw 5 schools", ["31, 2017"]),
        ("In March 5 schools opened", []),
        ("5月3日完成", ["5月", "3日"]),
        ("确保5个。12个", []),
    ]:
        assert [f.text for f in figures.read_figures(text) if f.kind is figures.Kind.DATE] == dates, text
