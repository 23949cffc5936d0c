"""The pure engine on small synthetic audits: verdicts, summaries, silence, consistency, untracked."""

from __future__ import annotations

from typing import Any

import pytest

from planaudit.engine import evaluate, select
from planaudit.models import Actuals, Targets

SOURCES = {
    "plan": {"path": "p.txt", "title": "plan", "role": "plan"},
    "base": {"path": "b.txt", "title": "base", "role": "baseline"},
    "review": {"path": "r.txt", "title": "review", "role": "review"},
}
EVIDENCE = [{"source": "review", "quote": "reported"}]


def targets(goals: list[dict[str, Any]], baselines: dict[str, Any] | None = None, tolerance: float = 0.5) -> Targets:
    return Targets.model_validate(
        {
            "plan": {"id": "t", "title": "T", "period": "2019"},
            "sources": SOURCES,
            "sections": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}],
            "baselines": baselines or {},
            "goals": goals,
            "settings": {"consistency_tolerance_pct": tolerance},
        }
    )


def goal(
    gid: str, section: str = "a", level: str = "plain", baseline: str | None = None, **rule: Any
) -> dict[str, Any]:
    return {
        "id": gid,
        "section": section,
        "title": gid,
        "quote": "q " + gid,
        "level": level,
        "rule": rule,
        "baseline": baseline,
    }


def baseline(value: float, unit: str, **extra: Any) -> dict[str, Any]:
    return {"title": "b", "value": value, "unit": unit, "source": "base", "quote": "base quote", **extra}


def actuals(goals: dict[str, Any], untracked: list[dict[str, Any]] | None = None) -> Actuals:
    return Actuals.model_validate({"plan": "t", "goals": goals, "untracked": untracked or []})


def reported(**fields: Any) -> dict[str, Any]:
    return {"status": "reported", "evidence": EVIDENCE, **fields}


def test_missing_and_silent_entries_are_unreported_and_counted() -> None:
    t = targets([goal("x", kind="milestone"), goal("y", kind="milestone"), goal("z", "b", kind="milestone")])
    card = evaluate(t, actuals({"x": reported(done=True), "y": {"status": "silent"}}))
    verdicts = {r.goal.id: (r.verdict.value, r.entry) for r in card.results}
    assert verdicts == {"x": ("met", "reported"), "y": ("unreported", "silent"), "z": ("unreported", "missing")}
    assert card.summary.missing_entries == ("z",)
    assert (card.summary.overall.total, card.summary.overall.met, card.summary.overall.unreported) == (3, 1, 2)
    assert card.summary.overall.coverage == pytest.approx(1 / 3)


def test_silence_by_section_and_by_level() -> None:
    t = targets(
        [
            goal("m1", level="commitment", kind="milestone"),
            goal("m2", level="commitment", kind="milestone"),
            goal("s1", "b", level="stretch", kind="milestone"),
        ]
    )
    card = evaluate(t, actuals({"m1": reported(done=True), "m2": {"status": "silent"}, "s1": {"status": "silent"}}))
    by_section = {s.id: t.unreported_share for s, t in card.summary.by_section}
    by_level = {level: t.unreported_share for level, t in card.summary.by_level}
    assert by_section == {"a": 0.5, "b": 1.0}
    assert by_level == {"commitment": 0.5, "stretch": 1.0}


def test_consistency_consistent_and_inconsistent() -> None:
    t = targets(
        [
            goal("rev", baseline="rev-2018", kind="at_least", target=25, unit="亿元"),
            goal("fdi", baseline="fdi-2018", kind="at_least", target=8, unit="亿美元"),
        ],
        baselines={
            "rev-2018": baseline(26.33, "亿元"),
            "fdi-2018": baseline(7, "亿美元", alternate={"value": 6, "label": "上报数", "quote": "上报数6"}),
        },
    )
    card = evaluate(
        t,
        actuals(
            {
                "rev": reported(value=29, unit="亿元", growth_pct=10),
                "fdi": reported(value=7.85, unit="亿美元", growth_pct=30.8),
            }
        ),
    )
    findings = {f.subject_id: f for f in card.consistency}
    assert findings["rev"].consistent and findings["rev"].implied_base == pytest.approx(26.3636, abs=1e-4)
    assert findings["rev"].arithmetic[0] == "29 ÷ (1 +10%) = 26.36亿元"
    fdi = findings["fdi"]
    assert not fdi.consistent and fdi.matches_alternate
    assert fdi.difference_pct == pytest.approx(14.26, abs=0.01)


def test_consistency_respects_the_tolerance() -> None:
    t = targets(
        [goal("rev", baseline="rev-2018", kind="at_least", target=25, unit="亿元")],
        {"rev-2018": baseline(26.33, "亿元")},
        tolerance=0.1,
    )
    card = evaluate(t, actuals({"rev": reported(value=29, unit="亿元", growth_pct=10)}))
    assert not card.consistency[0].consistent  # 0.12% apart, tolerance 0.1%


def test_untracked_outcomes_compare_with_the_prior_year() -> None:
    t = targets([goal("x", kind="milestone")], {"gdp-2018": baseline(8, "%"), "capital-2018": baseline(85, "亿元")})
    untracked = [
        {
            "id": "gdp",
            "title": "GDP",
            "value": 7,
            "unit": "%",
            "source": "review",
            "quote": "qq",
            "baseline": "gdp-2018",
        },
        {
            "id": "capital",
            "title": "C",
            "value": 94.8,
            "unit": "亿元",
            "source": "review",
            "quote": "qq",
            "baseline": "capital-2018",
        },
        {"id": "awards", "title": "A", "source": "review", "quote": "qq"},
    ]
    card = evaluate(t, actuals({"x": {"status": "silent"}}, untracked))
    results = {u.item.id: u for u in card.untracked}
    assert (results["gdp"].change, results["gdp"].change_unit) == (-1, "pp")
    assert results["capital"].arithmetic == ("94.8 − 85 = +9.8亿元 (+11.5%)",)
    assert results["awards"].change is None


def test_select_narrows_the_audit_to_sections() -> None:
    t = targets([goal("x", kind="milestone"), goal("y", "b", kind="milestone")])
    card = select(evaluate(t, actuals({"x": {"status": "silent"}, "y": {"status": "silent"}})), {"b"})
    assert [r.goal.id for r in card.results] == ["y"]
    assert card.summary.overall.total == 1
