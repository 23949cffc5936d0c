"""A number is checked in the role its quote gives it: an outcome is the figure a change reaches, not where it
started ("from 40% to 55%", 由X提高到Y, "X, up from Y"), nor a target it is set against; a base is where a change
starts when quoted from the plan or review, and the level reached when quoted from the baseline document."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.figures import read_figures
from planaudit.verify import side
from tests.conftest import run_cli

HEAD = """plan: {id: ward, title: Ward plan, period: "2024"}
sources:
  plan: {path: plan.txt, title: Ward plan, role: plan}
  base: {path: base.txt, title: Last year, role: baseline, period: "2023"}
  review: {path: review.txt, title: Ward review, role: review, period: "2024"}
sections:
  - {id: all, title: All, level: commitment}
"""


def _audit(folder: Path, plan: str, review: str, goals: str, entries: str, base: str = "Nothing.") -> Path:
    for name, text in (("plan.txt", plan), ("review.txt", review), ("base.txt", base)):
        (folder / name).write_text(text + "\n", encoding="utf-8")
    (folder / "targets.yaml").write_text(HEAD + goals, encoding="utf-8")
    (folder / "actuals.yaml").write_text(f"plan: ward\ngoals:\n{entries}", encoding="utf-8")
    return folder


def _goal(quote: str, rule: str, extra: str = "") -> str:
    return f"goals:\n  - id: g\n    section: all\n    title: g\n    quote: '{quote}'\n{extra}    rule: {rule}\n"


def _entry(value: str, unit: str, quote: str) -> str:
    return (
        f"  g: {{status: reported, value: {value}, unit: '{unit}', evidence: [{{source: review, quote: '{quote}'}}]}}\n"
    )


def _validate(folder: Path) -> tuple[int, str]:
    result = run_cli("validate", "-t", str(folder / "targets.yaml"))
    return result.exit_code, result.stderr


def _sides(text: str) -> list[tuple[str, str]]:
    figures = read_figures(text)
    return [(figure.text, side(text, figures, index)[0]) for index, figure in enumerate(figures)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerbside recycling climbed from 31% to 38% this year.", [("31%", "before"), ("38%", "after")]),
        ("Recycling reached 38%, up from 31% a year earlier.", [("38%", "after"), ("31%", "before")]),
        ("Waiting lists fell to 212 from 260.", [("212", ""), ("260", "before")]),
        (
            "Footfall was 9,400 visitors compared with 8,100 visitors.",
            [("9,400 visitors", "after"), ("8,100 visitors", "before")],
        ),
        ("污水处理率由86%提升至92%", [("86%", "before"), ("92%", "after")]),
        ("绿道里程从每年12公里增加到20公里", [("12公里", "before"), ("20公里", "after")]),
        ("接待游客3.2万人次，上年为2.9万人次", [("3.2万人次", "after"), ("2.9万人次", "before")]),
        # A change still to come: its start is the level now, its end a target.
        ("Bus lanes will be extended from the current 14 km to 30 km.", [("14 km", "current"), ("30 km", "target")]),
        ("将公共充电桩由400个增加到900个", [("400个", "current"), ("900个", "target")]),
        ("Lettings reached 640 against a target of 700.", [("640", ""), ("700", "target")]),
        # No change stated: no side.
        ("Grants from 12 charities funded 40 places.", [("12 charities", ""), ("40 places", "")]),
        ("The share is 47:53 in the north.", [("47", ""), ("53", "")]),
    ],
)
def test_the_side_of_a_figure_in_a_change(text: str, expected: list[tuple[str, str]]) -> None:
    assert [pair for pair in _sides(text) if pair[0] in {t for t, _ in expected}] == expected


def test_an_outcome_on_the_from_side_is_an_input_error(tmp_path: Path) -> None:
    plan = "We will raise kerbside recycling to 40%."
    review = "Kerbside recycling climbed from 31% to 38% this year."
    goals = _goal(plan[:-1], "{kind: at_least, target: 40, unit: '%'}")
    folder = _audit(tmp_path, plan, review, goals, _entry("31", "%", review[:-1]))
    code, err = _validate(folder)
    assert code == 2
    assert "actuals.yaml:3:" in err and "value 31% is the figure the change starts from" in err
    assert "an outcome is the figure after the change (here “38%”)" in err and "Traceback" not in err
    (folder / "actuals.yaml").write_text("plan: ward\ngoals:\n" + _entry("38", "%", review[:-1]), encoding="utf-8")
    assert _validate(folder) == (0, "")


def test_a_chinese_outcome_before_its_change_is_refused(tmp_path: Path) -> None:
    plan = "污水处理率达到95%。"
    review = "污水处理率由86%提升至92%。"
    folder = _audit(tmp_path, plan, review, _goal(plan[:-1], "{kind: at_least, target: 95, unit: '%'}"), "")
    (folder / "actuals.yaml").write_text("plan: ward\ngoals:\n" + _entry("86", "%", review[:-1]), encoding="utf-8")
    code, err = _validate(folder)
    assert code == 2 and "value 86% is the figure the change starts from" in err and "“92%”" in err


def test_an_outcome_that_is_the_target_it_is_set_against_is_refused(tmp_path: Path) -> None:
    plan = "We will let 700 homes."
    review = "Lettings reached 640 homes against a target of 700 homes."
    folder = _audit(tmp_path, plan, review, _goal(plan[:-1], "{kind: at_least, target: 700, unit: homes}"), "")
    (folder / "actuals.yaml").write_text("plan: ward\ngoals:\n" + _entry("700", "homes", review[:-1]), encoding="utf-8")
    code, err = _validate(folder)
    assert code == 2 and "value 700 homes is a target (a level aimed at, not reached)" in err
    # The review's current level of a change still to come is an outcome.
    review = "Bus lanes will be extended from the current 14 km to 30 km."
    (folder / "review.txt").write_text(review + "\n", encoding="utf-8")
    (folder / "actuals.yaml").write_text("plan: ward\ngoals:\n" + _entry("14", "homes", review[:-1]), encoding="utf-8")
    assert _validate(folder)[0] != 0  # 14 km is no count of homes
    (folder / "plan.txt").write_text("We will build 30 km of bus lanes.\n", encoding="utf-8")
    rule = "{kind: at_least, target: 30, unit: km}"
    (folder / "targets.yaml").write_text(HEAD + _goal("We will build 30 km of bus lanes", rule), encoding="utf-8")
    (folder / "actuals.yaml").write_text("plan: ward\ngoals:\n" + _entry("14", "km", review[:-1]), encoding="utf-8")
    assert _validate(folder) == (0, "")
    (folder / "actuals.yaml").write_text("plan: ward\ngoals:\n" + _entry("30", "km", review[:-1]), encoding="utf-8")
    code, err = _validate(folder)
    assert code == 2 and "value 30 km is a target" in err


def test_a_plan_target_is_the_figure_it_changes_to(tmp_path: Path) -> None:
    plan = "绿道里程从每年12公里增加到20公里"
    review = "新建绿道20公里"
    goals = _goal(plan, "{kind: at_least, target: 12, unit: 公里}")
    folder = _audit(tmp_path, plan, review, goals, _entry("20", "公里", review))
    code, err = _validate(folder)
    assert code == 2 and "target 12公里 is the figure the change starts from" in err and "not a target" in err
    (folder / "targets.yaml").write_text(HEAD + _goal(plan, "{kind: at_least, target: 20, unit: 公里}"), "utf-8")
    assert _validate(folder) == (0, "")


BASELINE = """baselines:
  b: {{title: b, value: {value}, unit: '%', source: {source}, quote: '{quote}'}}
"""


@pytest.mark.parametrize(
    ("source", "value", "ok"),
    [
        ("review", "31", True),  # the review's "from" figure is the level before: a base
        ("review", "38", False),  # its "to" figure is the outcome, not a base
        ("base", "38", True),  # the baseline document's "to" figure is where its period ended
        ("base", "31", False),  # its "from" figure is a year older
    ],
)
def test_a_base_is_tied_to_its_side_by_its_source(tmp_path: Path, source: str, value: str, ok: bool) -> None:
    sentence = "Kerbside recycling climbed from 31% to 38%"
    plan = "We will raise kerbside recycling by 5 percentage points."
    goals = BASELINE.format(value=value, source=source, quote=sentence) + _goal(
        plan[:-1], "{kind: pp_change, target_pp: 5}", "    baseline: b\n"
    )
    folder = _audit(tmp_path, plan, sentence + ".", goals, "  g: {status: silent}\n", base=sentence + ".")
    code, err = _validate(folder)
    assert (code, err == "") == ((0, True) if ok else (2, False))
    if not ok:
        assert "targets.yaml:9:" in err and f"value {value}% is the figure the change" in err


def test_a_sector_share_is_the_term_of_its_sector_in_a_ratio(workdir: Path) -> None:
    """The base fixture's services share comes from 二三产业结构比为47.3:52.7: 52.7 is services' term, 47.3 industry's."""
    targets = workdir / "targets.yaml"
    text = targets.read_text(encoding="utf-8")
    assert run_cli("validate").exit_code == 0
    targets.write_text(text.replace("    value: 52.7\n", "    value: 47.3\n"), encoding="utf-8")
    result = run_cli("validate")
    assert result.exit_code == 2
    assert "value 47.3% is the term of the secondary sector (industry) in the ratio" in result.stderr
    assert "not the tertiary sector (services), which this measure's title names" in result.stderr
    assert "this measure's term is “52.7”" in result.stderr and result.stderr.startswith("targets.yaml:")
    # A title that names no sector, or a ratio whose terms are not named, ties nothing: either term stands.
    targets.write_text(text.replace("    value: 52.7\n", "    value: 47.3\n").replace("服务业占比", "结构比"), "utf-8")
    assert run_cli("validate").exit_code == 0


@pytest.mark.parametrize(
    ("value", "title", "ok"),
    [
        ("55", "Services share of output", True),
        ("38", "Services share of output", False),
        ("38", "Industry share of output", True),
        ("7", "Share of output", True),  # no sector named: nothing to tie
    ],
)
def test_an_english_sector_ratio_ties_its_terms(tmp_path: Path, value: str, title: str, ok: bool) -> None:
    plan = "We will raise the services share of output to 60%."
    review = "Output split between agriculture, industry and services was 7:38:55."
    goals = _goal(plan[:-1], "{kind: at_least, target: 60, unit: '%'}").replace("title: g", f"title: {title}")
    folder = _audit(tmp_path, plan, review, goals, _entry(value, "%", review[:-1]))
    code, err = _validate(folder)
    assert (code == 0) is ok, err
    if not ok:
        assert "the term of the secondary sector (industry) in the ratio" in err and "“55”" in err
