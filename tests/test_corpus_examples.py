"""The corpus plans audited in full (examples/zh-gwr-2016, examples/en-india-budget-2016-17): every row of the
answer key (key.md, copied beside the audit) is a goal with the key's id and quote, scored as the key scores it,
through the public CLI."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

ZH_2016 = ROOT / "examples" / "zh-gwr-2016"


def key_rows(folder: Path) -> dict[str, tuple[str, str]]:
    """The key's target rows: id → (target phrase, verdict column)."""
    rows = {}
    for line in (folder / "key.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) == 9 and cells[0].isdigit():
            phrase = re.findall(r"「(.*?)」", cells[2])
            rows[cells[1]] = (phrase[0] if phrase else cells[2], cells[8])
    return rows


def allowed(verdict_column: str) -> set[str]:
    """The key's verdict, and for a ⚑ row also the alternative its reason names."""
    head, _, reason = verdict_column.partition(":")
    verdict = head.replace("⚑", "").split()[0]
    if "⚑" not in head:
        return {verdict}
    alternative = re.search(r"alternative (?:judged )?(met|missed|unreported)", reason)
    return {verdict} | ({alternative.group(1)} if alternative else set())


def _check_json(folder: Path) -> str:
    """`planaudit check --format json` in `folder`: what the report fixtures read, run once per module."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = run_cli("check", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def zh_json() -> str:
    return _check_json(ZH_2016)


@pytest.fixture
def report(zh_json: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(zh_json)  # each test its own copy of the one run's report
    return data


def test_every_key_row_is_a_goal_with_its_id_and_phrase(report: dict[str, object]) -> None:
    rows = key_rows(ZH_2016)
    goals = {g["id"]: g for g in report["goals"]}  # type: ignore[attr-defined]
    assert len(rows) == 129
    assert list(goals) == list(rows)
    for goal_id, (phrase, _) in rows.items():
        assert goals[goal_id]["quote"] == phrase, goal_id


def test_verdicts_are_the_keys(report: dict[str, object]) -> None:
    rows = key_rows(ZH_2016)
    wrong = {
        g["id"]: (g["verdict"], rows[g["id"]][1])
        for g in report["goals"]  # type: ignore[attr-defined]
        if g["verdict"] not in allowed(rows[g["id"]][1])
    }
    assert wrong == {}
    # A ⚑ row may take its alternative; this audit takes the key's own verdict on every row.
    first = {goal_id: column.replace("⚑", "").split()[0].rstrip(":") for goal_id, (_, column) in rows.items()}
    alternatives = [g["id"] for g in report["goals"] if g["verdict"] != first[g["id"]]]  # type: ignore[attr-defined]
    assert alternatives == []


def test_verdict_counts_and_how_they_were_decided(report: dict[str, object]) -> None:
    summary = report["summary"]
    assert isinstance(summary, dict)
    assert (summary["met"], summary["missed"], summary["unreported"]) == (38, 1, 90)
    assert summary["met_by_basis"] == {"measured": 17, "documented": 15, "judged": 6}
    assert summary["missed_by_basis"] == {"measured": 1, "documented": 0, "judged": 0}
    assert (summary["partial"], summary["undecided"]) == (3, 19)
    entries = Counter(g["entry"] for g in report["goals"])  # type: ignore[attr-defined]
    assert entries == {"silent": 68, "reported": 61}


def test_no_row_is_bent_and_strict_validation_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("targets.yaml", "actuals.yaml"):
        assert "BENT:" not in (ZH_2016 / name).read_text(encoding="utf-8")
    monkeypatch.chdir(ZH_2016)
    result = run_cli("validate", "--strict")
    assert result.exit_code == 0, result.stderr
    assert "129 goals, 129 actuals entries" in result.stdout


@pytest.mark.parametrize(
    ("goal_id", "verdict", "line"),
    [
        ("gdp-growth", "met", None),
        ("m2", "missed", "11.3"),
        ("medical-aid-fund", "unreported", None),
        ("pm25", "met", "fall of 9.1% reported"),
        ("clean-energy-share", "met", None),
        ("pollutants-continue", "unreported", "2 of 4 measures meet it"),
        ("good-start", "unreported", "undecided: the review restates the plan's words"),
    ],
)
def test_examples_of_the_new_schema(report: dict[str, object], goal_id: str, verdict: str, line: str | None) -> None:
    goal = next(g for g in report["goals"] if g["id"] == goal_id)  # type: ignore[attr-defined]
    assert goal["verdict"] == verdict
    if line is not None:
        assert any(line in step for step in goal["arithmetic"]), goal["arithmetic"]


# --- examples/en-india-budget-2016-17: the Union Budget 2016-17 speech against the 2017-18 speech, from its key ---

IN_2016 = ROOT / "examples" / "en-india-budget-2016-17"


def en_key_rows(folder: Path) -> dict[str, tuple[str, str]]:
    """The English key's target rows: id → (first target phrase, verdict column)."""
    rows = {}
    for line in (folder / "key.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 9 and cells[0].isdigit():
            rows[cells[1]] = (re.findall(r"`([^`]+)`", cells[2])[0], cells[8].replace("**", ""))
    return rows


def en_allowed(verdict_column: str) -> set[str]:
    """The key's verdict, `not_due` where its reason says the goal is not due, and for a ⚑ row its Alt."""
    head, _, reason = verdict_column.partition(":")
    verdict = head.replace("⚑", "").strip()
    allowed = {verdict}
    if verdict == "unreported" and "not due" in reason:
        allowed = {"not_due"}
    alternative = re.search(r"Alt: (met|missed|unreported)", reason)
    if "⚑" in head and alternative:
        allowed.add(alternative.group(1))
    return allowed


@pytest.fixture(scope="module")
def india_json() -> str:
    return _check_json(IN_2016)


@pytest.fixture
def india(india_json: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(india_json)
    return data


def test_india_every_key_row_is_a_goal_with_its_id_and_phrase(india: dict[str, object]) -> None:
    rows = en_key_rows(IN_2016)
    goals = {g["id"]: g for g in india["goals"]}  # type: ignore[attr-defined]
    assert len(rows) == 139
    assert list(goals) == list(rows)
    for goal_id, (phrase, _) in rows.items():
        assert goals[goal_id]["quote"] == phrase, goal_id


def test_india_verdicts_are_the_keys(india: dict[str, object]) -> None:
    rows = en_key_rows(IN_2016)
    wrong = {
        g["id"]: (g["verdict"], rows[g["id"]][1][:60])
        for g in india["goals"]  # type: ignore[attr-defined]
        if g["verdict"] not in en_allowed(rows[g["id"]][1])
    }
    assert wrong == {}
    # "not due" rows are not due in the tool too, and no ⚑ row takes its alternative.
    first = {goal_id: column.partition(":")[0].replace("⚑", "").strip() for goal_id, (_, column) in rows.items()}
    alternatives = [
        g["id"]
        for g in india["goals"]  # type: ignore[attr-defined]
        if g["verdict"] != first[g["id"]] and not (g["verdict"] == "not_due" and first[g["id"]] == "unreported")
    ]
    assert alternatives == []
    not_due = [goal_id for goal_id, (_, column) in rows.items() if "not due" in column.partition(":")[2]]
    assert len(not_due) == 13


def test_india_verdict_counts_and_how_they_were_decided(india: dict[str, object]) -> None:
    summary = india["summary"]
    assert isinstance(summary, dict)
    assert (summary["met"], summary["missed"], summary["unreported"], summary["not_due"]) == (20, 2, 104, 13)
    assert summary["met_by_basis"] == {"measured": 8, "documented": 9, "judged": 3}
    assert summary["missed_by_basis"] == {"measured": 1, "documented": 1, "judged": 0}
    assert (summary["partial"], summary["undecided"]) == (0, 11)
    entries = Counter(g["entry"] for g in india["goals"])  # type: ignore[attr-defined]
    assert entries == {"silent": 104, "reported": 35}


def test_india_no_row_is_bent_and_strict_validation_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("targets.yaml", "actuals.yaml"):
        assert "BENT:" not in (IN_2016 / name).read_text(encoding="utf-8")
    monkeypatch.chdir(IN_2016)
    result = run_cli("validate", "--strict")
    assert result.exit_code == 0, result.stderr
    assert "139 goals, 139 actuals entries" in result.stdout


@pytest.mark.parametrize(
    ("goal_id", "verdict", "line"),
    [
        ("pmgsy-allocation", "met", "19000 ₹ crore is ≥ 19000 ₹ crore"),
        ("ltif-corpus", "met", "40000 ₹ crore − 20000 ₹ crore = 20000 ₹ crore"),
        ("pmfby-provision", "met", "13240 ₹ crore is ≥ 5500 ₹ crore"),
        ("ddugjy-ipds", "missed", "7874 ₹ crore is not ≥ 8500 ₹ crore"),
        ("ppp-disputes-bill", "missed", None),
        ("pmgsy-pace", "met", "judged: 133 km a day"),
        ("farm-ponds", "unreported", "undecided: a forecast"),
        ("farmers-income-2022", "not_due", None),
        ("navodaya", "not_due", None),
        ("lpg-households-2016", "unreported", None),
    ],
)
def test_india_examples(india: dict[str, object], goal_id: str, verdict: str, line: str | None) -> None:
    goal = next(g for g in india["goals"] if g["id"] == goal_id)  # type: ignore[attr-defined]
    assert goal["verdict"] == verdict
    if line is not None:
        assert any(line in step for step in goal["arithmetic"]), goal["arithmetic"]


def test_india_due_dates_are_the_plans_horizons(india: dict[str, object]) -> None:
    notes = {g["id"]: " ".join(g["notes"]) for g in india["goals"]}  # type: ignore[attr-defined]
    assert "due next two years (2017-18)" in notes["navodaya"]
    assert "due next three years (2018-19)" in notes["fertilizer-outlets"]
    assert "due 2022" in notes["farmers-income-2022"]


def test_india_in_chinese_words_each_part_of_a_goal(monkeypatch: pytest.MonkeyPatch) -> None:
    """An all_of goal written with parts is worded part by part in Chinese (the html report and `--all` raised a
    TypeError: the Chinese wording knew only all_of's measures and each)."""
    monkeypatch.chdir(IN_2016)
    parts = "completion 2019前完成；habitations ≥65000 habitations；roads ≥2.23 lakh km"
    for args in (["-f", "markdown", "--all"], ["-f", "html"], ["--all"]):
        result = run_cli("check", "--lang", "zh", *args)
        assert result.exit_code == 0, (args, result.stderr)
        assert "pmgsy-2019" in result.stdout
        if args[:2] == ["-f", "markdown"]:
            assert parts in result.stdout
