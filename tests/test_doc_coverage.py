"""Document coverage: uncovered plan phrases, unused review figures and suspicious silences, case by case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from planaudit.doc_coverage import DocumentCoverage, document_coverage
from planaudit.models import Actuals, Targets

PLAN = "一、招商\n力争完成合同外资8亿美元、实到外资6亿美元。\n加快推进嘉杭路、万国路、百川路等11条精品示范道路建设。\n"
REVIEW = "完成合同利用外资7.85亿美元，完成实到外资4.08亿美元。全年GDP增长7%，新增绿地面积725亩。嘉杭路形象全面提升。"

FDI = {
    "id": "fdi",
    "section": "s1",
    "title": "合同外资",
    "quote": "力争完成合同外资8亿美元",
    "level": "stretch",
    "rule": {"kind": "at_least", "target": 8, "unit": "亿美元"},
}
UTILISED = {
    "id": "utilised",
    "section": "s1",
    "title": "实到外资",
    "quote": "实到外资6亿美元",
    "level": "stretch",
    "rule": {"kind": "at_least", "target": 6, "unit": "亿美元"},
}
ROADS = {
    "id": "roads",
    "section": "s1",
    "title": "道路",
    "quote": "等11条精品示范道路建设",
    "level": "plain",
    "rule": {"kind": "at_least", "target": 11, "unit": "条"},
}
NAMED = {
    "id": "roads-named",
    "section": "s1",
    "title": "道路",
    "quote": "加快推进嘉杭路、万国路、百川路",
    "level": "plain",
    "rule": {"kind": "named_items", "items": ["嘉杭路", "万国路", "百川路"]},
}
FDI_EVIDENCE = {
    "status": "reported",
    "value": 7.85,
    "unit": "亿美元",
    "evidence": [{"source": "review", "quote": "完成合同利用外资7.85亿美元"}],
}
SILENT = {"status": "silent"}


def _coverage(
    goals: list[dict[str, Any]],
    entries: dict[str, Any],
    untracked: list[dict[str, Any]] | None = None,
    excluded: list[dict[str, Any]] | None = None,
    plan: str = PLAN,
    review: str = REVIEW,
) -> DocumentCoverage:
    targets = Targets.model_validate(
        {
            "plan": {"id": "p", "title": "plan", "period": "2019"},
            "sources": {
                "plan": {"path": "p.txt", "title": "plan", "role": "plan"},
                "review": {"path": "r.txt", "title": "review", "role": "review"},
            },
            "sections": [{"id": "s1", "title": "招商"}],
            "goals": goals,
            "excluded": excluded or [],
        }
    )
    actuals = Actuals.model_validate({"plan": "p", "goals": entries, "untracked": untracked or []})
    return document_coverage(targets, actuals, {"plan": plan, "review": review})


def _uncovered(coverage: DocumentCoverage) -> list[tuple[str, int, int, str]]:
    return [(u.quote, u.place.line, u.place.column, u.kind) for u in coverage.uncovered_targets]


def test_plan_phrases_that_no_goal_quotes() -> None:
    coverage = _coverage([FDI], {"fdi": FDI_EVIDENCE})
    assert (coverage.target_phrases, coverage.covered_targets) == (4, 1)
    assert _uncovered(coverage) == [
        ("实到外资6亿美元", 2, 14, "at_least"),
        ("加快推进嘉杭路、万国路、百川路", 3, 1, "named_items"),
        ("等11条精品示范道路建设", 3, 16, "at_least"),
    ]
    assert coverage.uncovered_targets[0].section == "招商"
    assert coverage.uncovered_targets[0].level == "stretch"


@pytest.mark.parametrize(
    ("excluded", "left"),
    [
        ([{"quote": "实到外资6亿美元", "reason": "reported elsewhere"}], 2),
        ([{"quote": "实到外资6亿美元", "source": "plan", "reason": "r"}], 2),
        ([{"quote": "实到外资6亿美元", "source": "review", "reason": "another document"}], 3),
        ([{"quote": "百川路等11条", "reason": "overlap is enough"}], 1),
    ],
)
def test_excluded_entries_cover_phrases(excluded: list[dict[str, Any]], left: int) -> None:
    assert len(_coverage([FDI], {"fdi": FDI_EVIDENCE}, excluded=excluded).uncovered_targets) == left


def test_review_figures_that_nothing_uses() -> None:
    untracked = [{"id": "gdp", "title": "GDP", "value": 7, "unit": "%", "source": "review", "quote": "全年GDP增长7%"}]
    coverage = _coverage(
        [FDI, UTILISED, ROADS, NAMED],
        {"fdi": FDI_EVIDENCE, "utilised": SILENT, "roads": SILENT, "roads-named": SILENT},
        untracked=untracked,
    )
    assert (coverage.review_figures, coverage.used_figures) == (4, 2)
    assert [(f.figure, f.quote, f.value, f.unit, f.place.line) for f in coverage.unused_figures] == [
        ("4.08亿美元", "完成实到外资4.08亿美元", 4.08, "亿美元", 1),
        ("725亩", "新增绿地面积725亩", 725, "亩", 1),
    ]
    excluded = [{"quote": "新增绿地面积725亩", "source": "review", "reason": "not a 2019 goal"}]
    assert len(_coverage([FDI], {"fdi": FDI_EVIDENCE}, untracked=untracked, excluded=excluded).unused_figures) == 1


def test_silences_the_review_may_break() -> None:
    coverage = _coverage(
        [FDI, UTILISED, ROADS, NAMED], {"fdi": FDI_EVIDENCE, "utilised": SILENT, "roads": SILENT, "roads-named": SILENT}
    )
    assert [(s.goal, s.quote) for s in coverage.suspicious_silences] == [
        ("utilised", "完成实到外资4.08亿美元"),  # same measure words, a figure in 亿美元
        ("roads-named", "嘉杭路"),  # a named item appears in the review
    ]
    assert coverage.suspicious_silences[0].reason.startswith(
        "silent, but the review may report it: “完成实到外资4.08亿美元”"
    )


def test_a_silence_with_no_fitting_unit_is_not_suspicious() -> None:
    goal = dict(UTILISED, rule={"kind": "at_least", "target": 6, "unit": "家"})
    coverage = _coverage([FDI, goal], {"fdi": FDI_EVIDENCE, "utilised": SILENT})
    assert coverage.suspicious_silences == ()


def test_quotes_are_located_as_loosely_as_the_verify_stage_reads_them() -> None:
    plan = PLAN.replace("力争完成合同外资8亿美元", "力争完成 合同外资８亿美元")
    goal = dict(FDI, quote="力争完成合同外资８亿美元")
    coverage = _coverage([goal], {"fdi": FDI_EVIDENCE}, plan=plan)
    assert "力争完成 合同外资８亿美元" not in [u.quote for u in coverage.uncovered_targets]
    assert coverage.covered_targets == 1


def test_missing_texts_are_skipped() -> None:
    targets = Targets.model_validate(
        {
            "plan": {"id": "p", "title": "t", "period": "2019"},
            "sources": {"plan": {"path": "p.txt", "title": "t", "role": "plan"}},
            "sections": [{"id": "s1", "title": "t"}],
            "goals": [FDI],
        }
    )
    actuals = Actuals.model_validate({"plan": "p", "goals": {"fdi": SILENT}})
    assert document_coverage(targets, actuals, {}) == DocumentCoverage(0, 0, (), 0, 0, (), ())


def test_silent_goals_sharing_a_quote_are_read_once_and_flagged_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    from planaudit import doc_coverage

    scanned: list[str] = []
    real = doc_coverage.scan

    def counted(text: str, year: str | None = None, figures: Any = None) -> Any:
        scanned.append(text)
        return real(text, year, figures)

    monkeypatch.setattr(doc_coverage, "scan", counted)
    goals = [dict(UTILISED, id=f"u{i}") for i in range(50)]
    coverage = _coverage([FDI, *goals], {"fdi": FDI_EVIDENCE, **{f"u{i}": SILENT for i in range(50)}})
    assert scanned == [PLAN, "实到外资6亿美元"]  # the plan, then the shared quote once (not once per goal)
    assert [(s.goal, s.quote) for s in coverage.suspicious_silences] == [
        (f"u{i}", "完成实到外资4.08亿美元") for i in range(50)
    ]
    assert len({(s.place, s.reason) for s in coverage.suspicious_silences}) == 1


def _long_audit(folder: Path) -> list[str]:
    """An audit in folder: a plan of 4000 sentences (long enough to be indexed), 40 silent goals quoting some."""
    lines = [f"确保第{i}号园区新建项目{i + 3}个。" for i in range(4000)]
    (folder / "plan.txt").write_text("".join(lines), encoding="utf-8")
    (folder / "review.txt").write_text("第1号园区新建项目4个。", encoding="utf-8")
    goals = "".join(
        f"  - {{id: g{i}, section: s, title: t{i}, quote: {lines[i][:-1]}, level: commitment,"
        f" rule: {{kind: at_least, target: {i + 3}, unit: 个}}}}\n"
        for i in range(0, 4000, 100)
    )
    (folder / "targets.yaml").write_text(
        "plan: {id: p, title: t, period: '2019'}\n"
        "sources:\n  plan: {path: plan.txt, title: t, role: plan}\n  review: {path: review.txt, title: r, role: review}\n"
        f"sections:\n  - {{id: s, title: s}}\ngoals:\n{goals}",
        encoding="utf-8",
    )
    (folder / "actuals.yaml").write_text(
        "plan: p\ngoals:\n" + "".join(f"  g{i}: {{status: silent}}\n" for i in range(0, 4000, 100)), encoding="utf-8"
    )
    return lines


def test_document_coverage_marks_the_places_the_verify_stage_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long plan is indexed once (by the verify stage), and its goals' quotes are not searched again."""
    from planaudit import pipeline
    from planaudit.reading import quotes

    lines = _long_audit(tmp_path)
    built: list[int] = []
    real = quotes.GramIndex.__init__

    def counted(self: quotes.GramIndex, text: str) -> None:
        built.append(len(text))
        real(self, text)

    monkeypatch.setattr(quotes.GramIndex, "__init__", counted)
    audit = pipeline.load_audit(tmp_path / "targets.yaml", tmp_path / "actuals.yaml")
    assert audit.places is not None and len(audit.places["plan"]) == 40
    card = pipeline.with_documents(pipeline.score(audit, []), audit)
    assert audit.places == {}  # read once, then freed before the report is rendered
    plan_length = sum(map(len, lines))
    assert built == [plan_length]  # the verify stage's index only
    assert card.documents is not None and card.documents.covered_targets == 40
    alone = document_coverage(audit.targets, audit.actuals, audit.documents)  # searching on its own: the same
    assert alone == card.documents
    assert built == [plan_length, plan_length]


def test_suspicious_silences_do_not_change_with_hash_randomisation() -> None:
    """The shortlist of review figures for a silent goal ranks ties in the review's order, not in the order of a set
    of strings (which Python randomises per process): the India example listed different silences run to run."""
    import os
    import subprocess
    import sys

    import planaudit

    folder = Path(__file__).resolve().parent.parent / "examples" / "en-india-budget-2016-17"
    env = {**os.environ, "PYTHONPATH": str(Path(planaudit.__file__).resolve().parents[1]), "PLANAUDIT_LANG": "en"}
    reports = set()
    for seed in ("0", "2", "5"):
        result = subprocess.run(
            [sys.executable, "-m", "planaudit", "check", "-f", "json"],
            cwd=folder,
            env={**env, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert '"suspicious_silences": [' in result.stdout
        reports.add(result.stdout)
    assert len(reports) == 1


def test_short_quotes_searched_in_a_long_review_build_no_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Named items are too short for a k-gram index to look up: searching many of them in a long review scans it,
    and never pays for an index (of the text, or of its loosened copy) that none of them can use."""
    from planaudit.reading import quotes

    built: list[int] = []
    real = quotes.GramIndex.__init__

    def counted(self: quotes.GramIndex, text: str) -> None:
        built.append(len(text))
        real(self, text)

    monkeypatch.setattr(quotes.GramIndex, "__init__", counted)
    items = [f"第{i}号路" for i in range(60)]
    goals = [
        dict(
            NAMED,
            id=f"n{i}",
            quote="加快推进嘉杭路、万国路、百川路",
            rule={"kind": "named_items", "items": items[i::20]},
        )
        for i in range(20)
    ]
    review = "全区道路建设稳步推进。" * 8000 + "第7号路建成通车。"
    coverage = _coverage(goals, {f"n{i}": SILENT for i in range(20)}, review=review)
    assert built == []
    assert [(s.goal, s.quote) for s in coverage.suspicious_silences] == [("n7", "第7号路")]


def test_quotes_are_read_for_figures_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The verify stage reads each quote for its numbers; document coverage reads a silent goal's measure and the
    plan's quoted sentences from those figures, not from a second reading."""
    from planaudit import pipeline
    from planaudit.documents import kept
    from planaudit.reading import figures, scan

    monkeypatch.setattr(kept, "KEEP_ABOVE", 10**12)  # what one run reads of each text: none kept for the next
    lines = _long_audit(tmp_path)
    audit = pipeline.load_audit(tmp_path / "targets.yaml", tmp_path / "actuals.yaml")
    quoted = [lines[i][:-1] for i in range(0, 4000, 100)]
    assert audit.figures is not None and sorted(audit.figures) == sorted(quoted)
    read: list[str] = []
    real = figures.read_figures

    def counted(text: str) -> list[figures.Figure]:
        read.append(text)
        return real(text)

    monkeypatch.setattr(figures, "read_figures", counted)
    monkeypatch.setattr(scan, "read_figures", counted)
    card = pipeline.with_documents(pipeline.score(audit, []), audit)
    assert audit.figures == {}
    plan, review = audit.documents["plan"], audit.documents["review"]
    assert read[-1] == review and len(read) == 1 + 40  # the plan between its 40 quoted sentences, then the review
    assert sum(map(len, read[:-1])) == len(plan) - sum(len(q) + 1 for q in quoted) - 39
    assert not any(q in text for text in read for q in quoted)
    read.clear()
    alone = document_coverage(audit.targets, audit.actuals, audit.documents)  # reading every quote again: the same
    assert alone == card.documents and read == [plan, *quoted, review]
