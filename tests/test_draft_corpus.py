"""The corpus scorer (benchmarks/draft_corpus.py) on tiny hand-made keys: it counts hits and it can fail."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("draft_corpus", ROOT / "benchmarks" / "draft_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["draft_corpus"] = module  # dataclasses look their module up
    saved = list(sys.path)
    try:
        spec.loader.exec_module(module)
    finally:
        # The script puts src/ first for its own runs; left there, later tests (test_wheel.py in CI's matrix)
        # would find src/planaudit.egg-info instead of the installed wheel.
        sys.path[:] = saved
    return module


PLAN = "二、2016年主要目标\n城镇登记失业率控制在4.5%以内。\n粮食产量达到6亿吨以上。\n过去五年城镇新增就业6000万人。\n"
REVIEW = "一、回顾\n年末城镇登记失业率4.02%。\n"
ROW = "| {n} | {id} | 「{phrase}」 | {number} | {unit} | {kind} | 预期目标 | {outcome} | {verdict} |"


def _pair(tmp_path: Path, rows: list[str], distractors: list[str]) -> Path:
    folder = tmp_path / "zh-tiny"
    folder.mkdir()
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "review.txt").write_text(REVIEW, encoding="utf-8")
    lines = [
        "# key",
        "",
        "## Targets",
        "",
        "| # | id | t | n | u | k | w | o | v |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    lines += rows + ["", "## Distractors", ""] + [f"- 「{d}」: a past result" for d in distractors]
    (folder / "key.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_scorer_counts_a_right_draft(tmp_path: Path) -> None:
    scorer = _scorer()
    rows = [
        ROW.format(
            n=1,
            id="jobless",
            phrase="城镇登记失业率控制在4.5%以内",
            number="4.5",
            unit="%",
            kind="at_most",
            outcome="「年末城镇登记失业率4.02%」",
            verdict="met: 4.02 ≤ 4.5",
        ),
    ]
    result = scorer.score(scorer._corpus_key(str(_pair(tmp_path, rows, ["过去五年城镇新增就业6000万人"]))))
    assert result["numeric"] == 1
    assert result["numeric_right"] == 1
    assert result["ceiling_as_floor"] == 0
    assert result["kind"] == 1 and result["found"] == 1


def test_scorer_fails_a_wrong_key(tmp_path: Path) -> None:
    """The same draft against a key that wants another number and kind scores zero, and a drafted past result counts."""
    scorer = _scorer()
    rows = [
        ROW.format(
            n=1,
            id="jobless",
            phrase="城镇登记失业率控制在4.5%以内",
            number="4.2",
            unit="%",
            kind="decline",
            outcome="—",
            verdict="unreported: silent",
        ),
        ROW.format(
            n=2,
            id="grain",
            phrase="粮食产量达到6亿吨以上",
            number="6",
            unit="亿吨",
            kind="at_least",
            outcome="—",
            verdict="unreported: silent",
        ),
    ]
    result = scorer.score(scorer._corpus_key(str(_pair(tmp_path, rows, ["过去五年城镇新增就业6000万人"]))))
    assert result["numeric"] == 2
    assert result["numeric_right"] == 1  # 4.2 is not what the draft read
    assert result["kind"] == 1  # at_most is not decline
    drafted_past = any("6000" in m for m in result["misses"] if m.startswith("distractor"))
    assert result["distractors"] == int(drafted_past)
    assert result["precise"] <= result["goals"] - result["distractors"]


def test_scorer_reads_levels_as_planaudits_levels() -> None:
    level_of = _scorer().level_of
    assert [level_of(w) for w in ("确保", "必须", "will", "ensure", "力争", "预期目标", "拟安排", "allocated")] == [
        "commitment",
        "commitment",
        "commitment",
        "commitment",
        "stretch",
        "expected",
        "planned",
        "planned",
    ]
    # 要/将 mark a task or the future, not a level: the bundled audit grades what they govern plain
    assert [level_of(w) for w in ("要", "要 (carried)", "将", "—")] == ["plain"] * 4


def test_scorer_reads_the_side_an_english_key_calls_better() -> None:
    direction = _scorer()._direction
    notes = ("approximately (nearly; more is better)", "approximately (less is better)", "approximately (either side)")
    assert [direction("approximately", note) for note in notes] == ["floor", "ceiling", "both"]
    assert direction("approximately", "approximately (ceiling)") == "ceiling"


def test_scorer_reads_a_goals_other_statements() -> None:
    """A goal drafted once for a target the plan states twice is matched through either statement."""
    targets = (
        'goals:\n  - id: g01-x\n    quote: "a"\n    # also stated: "b \\u2018c\\u2019"\n    level: plain\n'
        '  - id: g02-y\n    quote: "d"\n'
    )
    assert _scorer().also_stated(targets) == {"g01-x": ["b ‘c’"]}


def test_scorer_counts_a_count_of_new_things_checked_on_the_flow_as_the_keys_new_items() -> None:
    scorer = _scorer()
    # "open 12 new clinics", drafted with no prior count: the review's "9 new clinics opened" is the flow, at_least
    assert scorer.kind_fits({"kind": "at_least", "target": 12}, "new_items")
    assert scorer.kind_fits({"kind": "new_items", "target": 12}, "new_items")
    # with a baseline to subtract, only new_items counts the new ones; a ceiling or a plan never does
    assert not scorer.kind_fits({"kind": "at_least", "target": 12, "baseline": 40}, "new_items")
    assert not scorer.kind_fits({"kind": "at_most", "target": 12}, "new_items")
    assert not scorer.kind_fits({"kind": "planned", "target": 12}, "new_items")
    # the other way round stays a miss: a key's floor is no count of new things
    assert not scorer.kind_fits({"kind": "new_items", "target": 12}, "at_least")


def test_an_audit_keys_undecided_entry_is_unreported_as_a_corpus_keys_flagged_row(tmp_path: Path) -> None:
    """A hand-made audit used as a key: an entry reported but undecided (an echo) wants no evidence."""
    scorer = _scorer()
    (tmp_path / "plan.txt").write_text("Grow exports by 5%. Deepen the trade reform.\n", encoding="utf-8")
    (tmp_path / "review.txt").write_text("Exports grew 6%. We deepened the trade reform.\n", encoding="utf-8")
    (tmp_path / "targets.yaml").write_text(
        "sources:\n"
        "  p: {path: plan.txt, role: plan}\n"
        "  r: {path: review.txt, role: review}\n"
        "goals:\n"
        "  - {id: exports, quote: Grow exports by 5%, rule: {kind: growth, target_pct: 5, unit: '%'}}\n"
        "  - {id: reform, quote: Deepen the trade reform, rule: {kind: judged}}\n",
        encoding="utf-8",
    )
    (tmp_path / "actuals.yaml").write_text(
        "goals:\n"
        "  exports: {status: reported, value: 6, unit: '%', evidence: [{source: r, quote: Exports grew 6%}]}\n"
        "  reform: {status: reported, undecided: the plan's words, evidence: [{source: r, quote: deepened the trade reform}]}\n",
        encoding="utf-8",
    )
    rows = {row.id: row for row in scorer._audit_key(str(tmp_path), "tiny").rows}
    assert rows["exports"].reported and rows["exports"].outcomes == ["Exports grew 6%"]
    assert not rows["reform"].reported and rows["reform"].outcomes == []
