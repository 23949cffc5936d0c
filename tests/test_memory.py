"""A big audit's memory: reports written as they are drawn, models sharing what they can (issue #24)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planaudit import loader
from planaudit.report import json_report
from planaudit.textsafe import safe_output, safe_pieces
from tests.conftest import run_cli

HOSTILE_LINES = [
    '{"quote": "::error title=x::owned"}\n',
    "  ::warning::",
    "still the same line ##",
    "[group] and on\n",
    "\u202eright to left\u2028 and \x85 and \x1b[31m\n",
    "::",
    ":set-output\n##[",
    "error]\n",
    "no newline at the end ::x",
]


@pytest.mark.parametrize("style", ["plain", "markdown", "json", "xml"])
@pytest.mark.parametrize("size", [1, 2, 7, 30, 1 << 20])
def test_a_report_made_safe_in_pieces_is_the_report_made_safe_whole(style: str, size: int) -> None:
    whole = safe_output("".join(HOSTILE_LINES), style)
    assert whole != "".join(HOSTILE_LINES)  # the rules had something to change
    assert "".join(safe_pieces(HOSTILE_LINES, style, size)) == whole
    assert "".join(safe_pieces([], style, size)) == safe_output("", style)


def test_pieces_are_cut_at_line_ends_and_never_wait_for_the_whole_report() -> None:
    lines = [f"line {i}\n" for i in range(1000)]
    drawn = 0

    def draw() -> object:
        nonlocal drawn
        for line in lines:
            drawn += 1
            yield line

    chunks = safe_pieces(draw(), "json", size=100)  # type: ignore[arg-type]
    first = next(chunks)
    assert first.endswith("\n") and len(first) >= 100
    assert drawn < 50  # the first chunk went out long before the last line was drawn
    assert first + "".join(chunks) == "".join(lines)


def test_the_json_report_is_drawn_a_goal_at_a_time_and_written_as_drawn(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = json_report.goal_dict
    open_while_drawn: list[bool] = []

    def watched(result: object) -> dict[str, object]:
        open_while_drawn.append(bool(list(workdir.glob(".planaudit-*.tmp"))))
        return real(result)  # type: ignore[arg-type]

    monkeypatch.setattr(json_report, "goal_dict", watched)
    result = run_cli("check", "-f", "json", "--all", "-o", "report.json")
    assert result.exit_code in (0, 1), result.stderr
    report = json.loads((workdir / "report.json").read_text(encoding="utf-8"))
    assert len(open_while_drawn) == len(report["goals"]) > 1
    assert all(open_while_drawn)  # the temporary file was open before the first goal was drawn
    assert not list(workdir.glob(".planaudit-*.tmp"))  # and renamed into place once the last was written


def test_a_report_that_fails_while_drawn_leaves_the_old_report_and_no_temporary_file(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_cli("check", "-f", "json", "--all", "-o", "report.json").exit_code in (0, 1)
    old = (workdir / "report.json").read_bytes()
    calls = 0
    real = json_report.goal_dict

    def failing(result: object) -> dict[str, object]:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("broken reporter")
        return real(result)  # type: ignore[arg-type]

    monkeypatch.setattr(json_report, "goal_dict", failing)
    result = run_cli("check", "-f", "json", "--all", "-o", "report.json")
    assert result.exit_code not in (0, 1) and "internal error" in result.stderr and "broken reporter" in result.stderr
    assert calls == 3
    assert (workdir / "report.json").read_bytes() == old  # atomic: the old report, whole
    assert not list(workdir.glob(".planaudit-*.tmp"))


def test_the_json_report_written_is_the_report_rendered_whole(workdir: Path) -> None:
    from planaudit.pipeline import load_audit, score, with_documents
    from planaudit.report import Format, RenderOptions, pieces, render

    assert run_cli("check", "-f", "json", "--all", "-o", "report.json").exit_code in (0, 1)
    audit = load_audit(Path("targets.yaml"), Path("actuals.yaml"))
    scorecard = with_documents(score(audit, []), audit)
    options = RenderOptions(lang="en", all=True)
    drawn = list(pieces(Format.JSON, scorecard, options))
    assert len(drawn) > len(scorecard.results)  # a piece per goal's line at least
    whole = render(Format.JSON, scorecard, options)
    assert "".join(drawn) == whole
    written = json.loads((workdir / "report.json").read_text(encoding="utf-8"))
    assert {g["id"] for g in written["goals"]} == {r.goal.id for r in scorecard.results}


def test_models_given_the_same_fields_share_one_set_of_their_names(workdir: Path) -> None:
    parsed = loader.load("targets.yaml", "actuals.yaml")
    goals = parsed.targets.goals
    by_names: dict[frozenset[str], set[int]] = {}
    for goal in goals:
        by_names.setdefault(frozenset(goal.model_fields_set), set()).add(id(goal.model_fields_set))
    assert all(len(ids) == 1 for ids in by_names.values())  # one set object per distinct set of names
    assert len(goals) > len(by_names)  # so some goals share
    rules = [g.rule for g in goals if type(g.rule) is type(goals[0].rule)]
    assert len({id(r.model_fields_set) for r in rules}) <= len({frozenset(r.model_fields_set) for r in rules})
    groups: dict[int, list[object]] = {}
    for goal in goals:
        if "note" not in goal.model_fields_set:
            groups.setdefault(id(goal.model_fields_set), []).append(goal)
    first, second = max(groups.values(), key=len)[:2]  # type: ignore[misc]
    names = set(first.model_fields_set)
    copied = first.model_copy(update={"note": "a note"})
    assert "note" in copied.model_fields_set and copied.note == "a note"
    assert first.model_fields_set == names and second.model_fields_set == names  # the shared set is untouched


def test_a_short_text_written_many_times_is_kept_once_and_a_quote_as_written() -> None:
    from planaudit import yamlsafe

    entries = "".join(
        f"  g{i}:\n    status: reported\n    unit: 亿元\n    quote: 第{i}项，确保完成目标任务\n" for i in range(3)
    )
    data = yamlsafe.load("actuals.yaml", f"plan: p\ngoals:\n{entries}").data["goals"]
    units = [entry["unit"] for entry in data.values()]
    assert units == ["亿元"] * 3 and all(unit is units[0] for unit in units)
    keys = [next(k for k in entry if k == "status") for entry in data.values()]
    assert all(key is keys[0] for key in keys)
    assert [entry["quote"] for entry in data.values()] == [f"第{i}项，确保完成目标任务" for i in range(3)]
