"""The real 2019 audit: every quote verbatim, every goal covered, and the clear-cut verdicts pinned."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
import yaml

from planaudit.engine import evaluate
from planaudit.loader import load
from planaudit.scorecard import Scorecard, tally
from planaudit.verify import verify
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def scorecard() -> Scorecard:
    audit = verify(load(str(ROOT / "targets.yaml"), str(ROOT / "actuals.yaml")))
    return evaluate(audit.targets, audit.actuals, goal_lines=audit.goal_lines)


def _raw(name: str) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _source_texts() -> dict[str, str]:
    sources = _raw("targets.yaml")["sources"]
    return {sid: (ROOT / s["path"]).read_text(encoding="utf-8") for sid, s in sources.items()}


def test_sources_are_the_shared_documents_unchanged() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("shared/seeds is not beside this checkout")
    for path in (ROOT / "sources").glob("*.txt"):
        assert path.read_bytes() == (shared / path.name).read_bytes(), path.name


def test_every_quote_is_verbatim_in_its_source_independently_of_the_tool() -> None:
    texts = _source_texts()
    targets, actuals = _raw("targets.yaml"), _raw("actuals.yaml")
    plan_source = next(sid for sid, s in targets["sources"].items() if s["role"] == "plan")
    checked = 0
    for goal in targets["goals"]:
        assert goal["quote"] in texts[goal.get("source", plan_source)], goal["id"]
        checked += 1
    for bid, baseline in targets["baselines"].items():
        assert targets["sources"][baseline["source"]]["role"] == "baseline", bid
        assert baseline["quote"] in texts[baseline["source"]], bid
        checked += 1
    for gid, entry in actuals["goals"].items():
        for evidence in entry.get("evidence", []):
            assert targets["sources"][evidence["source"]]["role"] == "review", gid
            assert evidence["quote"] in texts[evidence["source"]], gid
            checked += 1
    for item in actuals["untracked"]:
        assert item["quote"] in texts[item["source"]], item["id"]
        checked += 1
    assert checked > 150


def test_no_evidence_comes_from_the_2020_epidemic_paragraphs() -> None:
    review = _source_texts()["review-2019"]
    epidemic_starts = review.index("新春伊始")
    actuals = _raw("actuals.yaml")
    quotes = [e["quote"] for entry in actuals["goals"].values() for e in entry.get("evidence", [])]
    quotes += [item["quote"] for item in actuals["untracked"]]
    for quote in quotes:
        assert review.index(quote) < epidemic_starts, quote


def test_the_plan_is_read_exhaustively(scorecard: Scorecard) -> None:
    assert len(scorecard.results) >= 80
    assert {r.section.id for r in scorecard.results} == {s.id for s in scorecard.sections}
    assert all(r.entry != "missing" for r in scorecard.results)
    assert all(r.goal.title_en for r in scorecard.results)


@pytest.mark.parametrize(
    ("goal_id", "verdict", "target", "actual", "attainment"),
    [
        ("fdi-contracted", "missed", 8, 7.85, 0.9812),
        ("fdi-utilised", "missed", 6, 4.08, 0.68),
        ("fortune500-new", "missed", 10, 2, 0.2),
        ("fortune500-total", "missed", 45, 37, 0.8222),
        ("investment-fair-5", "met", 1, 1, None),
        ("services-share", "met", 1, 2.8, 2.8),
        ("projects-started", "missed", 28, 26, 0.9286),
        ("projects-completed", "missed", 37, 34, 0.9189),
        ("culture-festival-2", "met", 1, 1, None),
        ("tax-per-mu-rank", "met", None, None, None),  # 前列 has no number: judged, not a rank
        ("big-project-breakthrough", "met", None, None, None),
        ("building-upgrade", "met", None, None, None),
        # met → unreported under the written standard (second audit): no evidence of their own
        ("business-environment", "unreported", None, None, None),  # an award on another measure
        ("city-yearly-change", "unreported", None, None, None),  # a heading of self-praise
        ("talent-capital", "unreported", None, None, None),  # nothing on international capital
        ("three-plus-one-model", "unreported", None, None, None),  # an echo of the plan
        ("projects-over-2bn", "unreported", None, None, None),  # the fair's signing, credited elsewhere
        ("value-added-per-mu-rank", "unreported", None, None, None),
        ("safety-rank", "unreported", None, None, None),
        ("digital-economy-growth", "unreported", None, None, None),
        ("hitech-firms-new", "unreported", None, None, None),
        ("building-tax-growth", "unreported", None, None, None),
        ("chayuan-school-opening", "unreported", None, None, None),
        ("bridges", "unreported", 3, 2, 0.6667),
        ("four-parks", "unreported", 4, 1, 0.25),
        ("showcase-roads-named", "unreported", 3, 2, 0.6667),
        ("dual-attraction-talent", "unreported", 2, 1, 0.5),  # talent reported, technology not
    ],
)
def test_clear_cut_verdicts_are_pinned(
    scorecard: Scorecard,
    goal_id: str,
    verdict: str,
    target: float | None,
    actual: float | None,
    attainment: float | None,
) -> None:
    result = next(r for r in scorecard.results if r.goal.id == goal_id)
    assert result.verdict.value == verdict
    assert result.outcome.target == (None if target is None else pytest.approx(target))
    assert result.outcome.actual == (None if actual is None else pytest.approx(actual))
    assert result.outcome.attainment == (None if attainment is None else pytest.approx(attainment, abs=1e-4))


def test_a_mention_that_decides_nothing_is_undecided_never_silence_nor_met(scorecard: Scorecard) -> None:
    # the review speaks of these goals (the plan's words, a standing without a figure, a part of a count)
    # without deciding them: unreported, shown with the reason and the evidence, not as silence
    undecided = {"three-plus-one-model", "building-tax-growth", "showcase-roads"}
    results = {r.goal.id: r for r in scorecard.results}
    for goal_id in undecided:
        result = results[goal_id]
        assert result.verdict.value == "unreported", goal_id
        assert result.undecided and result.evidence, goal_id
        assert result.outcome.actual is None, goal_id
    assert {r.goal.id for r in scorecard.results if r.undecided} == undecided
    totals = tally(scorecard.results)
    assert (totals.met, totals.missed, totals.unreported) == (9, 6, 106)
    assert (totals.partial, totals.undecided, totals.silent) == (4, 3, 99)


def test_reported_judged_verdicts_rest_on_a_fact_and_no_ranking_is_invented(scorecard: Scorecard) -> None:
    actuals = _raw("actuals.yaml")["goals"]
    for result in scorecard.results:
        assert result.goal.rule.kind != "ranking", result.goal.id  # 前列 / 领跑 are not numbers
        entry = actuals[result.goal.id]
        if result.goal.rule.kind == "judged" and entry["status"] == "reported" and "undecided" not in entry:
            assert any(entry["fact"] in e["quote"] for e in entry["evidence"]), result.goal.id


def test_goal_quotes_are_disjoint_in_the_plan() -> None:
    texts = _source_texts()
    targets = _raw("targets.yaml")
    plan = texts[next(sid for sid, s in targets["sources"].items() if s["role"] == "plan")]
    spans = sorted(
        (plan.index(g["quote"]), plan.index(g["quote"]) + len(g["quote"]), g["id"]) for g in targets["goals"]
    )
    for (_, end, first), (start, _, second) in pairwise(spans):
        assert start >= end, (first, second)


def test_silence_is_never_met(scorecard: Scorecard) -> None:
    for result in scorecard.results:
        if result.entry != "reported":
            assert result.verdict.value == "unreported", result.goal.id
            assert result.evidence == ()


def test_derived_numbers_are_not_typed_in() -> None:
    actuals = _raw("actuals.yaml")["goals"]
    assert actuals["fortune500-new"]["value"] == 37  # the reported cumulative total, not the 2 derived
    assert actuals["services-share"]["value"] == 55.5  # the reported share, not the +2.8 derived
    for entry in actuals.values():
        assert entry.get("basis", "level") == "level"


def test_consistency_findings_on_the_bundled_data(scorecard: Scorecard) -> None:
    findings = {f.subject_id: f for f in scorecard.consistency}
    fdi = findings["fdi-contracted"]
    assert fdi.implied_base == pytest.approx(6.0015, abs=1e-4)
    assert not fdi.consistent and fdi.matches_alternate
    revenue = findings["budget-revenue"]
    assert revenue.implied_base == pytest.approx(26.3636, abs=1e-4)
    assert revenue.consistent


def test_untracked_outcomes_are_recorded_with_year_over_year(scorecard: Scorecard) -> None:
    untracked = {u.item.id: u for u in scorecard.untracked}
    assert untracked["gdp-growth"].item.value == 7
    assert untracked["gdp-growth"].change == pytest.approx(-1)
    assert untracked["domestic-capital"].change == pytest.approx(9.8)
    assert untracked["livelihood-share"].change_unit == "pp"
    assert len(untracked) >= 15


def test_bundled_files_declare_their_schema() -> None:
    for name in ("targets.yaml", "actuals.yaml"):
        first = (ROOT / name).read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=schemas/{Path(name).stem}.schema.json"
