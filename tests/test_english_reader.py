"""English figures in policy prose (#22): names in title case, parts of a whole, ranges, day dates, ratios, shares."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.figures import Figure, Kind, Qualifier, find_value, read_figures
from planaudit.reading.periods import read_deadlines
from planaudit.reading.units import same_base
from tests.conftest import run_cli

E, NR, MT = Qualifier.EXACT, Qualifier.NEARLY, Qualifier.MORE_THAN
N, ORD, F, Y, D = Kind.NUMBER, Kind.ORDINAL, Kind.FRACTION, Kind.YEAR, Kind.DATE


def brief(figure: Figure) -> tuple[str, float, str, Qualifier, Kind, str]:
    return (figure.text, round(figure.value, 9), figure.unit, figure.qualifier, figure.kind, figure.role)


READINGS = [
    # A count before a name in title case counts the name's last word when it is a plural.
    ("300 Rurban Clusters will be developed", [("300 Rurban Clusters", 300, "Clusters", E, N, "")]),
    ("3,000 Stores under the scheme", [("3,000 Stores", 3000, "Stores", E, N, "")]),
    (
        "set up 1500 Multi Skill Training Institutes",
        [("1500 Multi Skill Training Institutes", 1500, "Institutes", E, N, "")],
    ),
    ("make 100 Model Career Centres operational", [("100 Model Career Centres", 100, "Centres", E, N, "")]),
    ("the 2016 Summer Olympics", [("2016", 2016, "", E, Y, "")]),
    ("at 5 Lakh Villages", [("5 Lakh", 5, "lakh", E, N, "")]),
    ("Action 09 Principles and actions", [("09", 9, "", E, N, "")]),
    ("09 Principles and actions", [("09", 9, "", E, N, "")]),
    ("Contents\n3 Key Principles\n", [("3", 3, "", E, N, "")]),
    ("Plan\n300 Rurban Clusters will be developed.\n", [("300 Rurban Clusters", 300, "Clusters", E, N, "")]),
    ("Annex\n24 Metro Projects 10000", [("24", 24, "", E, N, ""), ("10000", 10000, "", E, N, "")]),
    ("the 7 Year Plan", [("7", 7, "", E, N, "")]),
    # A part of a named whole counts the whole's noun; a part of a counted whole leaves the count to the whole.
    ("We will ensure that 23 of these projects are completed", [("23 of these projects", 23, "projects", E, N, "")]),
    ("two of the schemes", [("two of the schemes", 2, "schemes", E, N, "")]),
    ("one of these projects", []),
    ("23 of them", [("23", 23, "", E, N, "")]),
    (
        "10 of the 25 non-functional air strips",
        [
            ("10", 10, "", E, N, "part"),
            ("25 non-functional air strips", 25, "non-functional air strips", E, N, "whole"),
        ],
    ),
    ("3 significant ‘exemplar’ services", [("3 significant ‘exemplar’ services", 3, "services", E, N, "")]),
    # Words joined by "and" describe the plural that ends the phrase, even past a plural used as a modifier.
    (
        "move more than 30 agency and arms length body websites across",
        [("more than 30 agency and arms length body websites", 30, "websites", MT, N, "")],
    ),
    ("100 primary and secondary schools will", [("100 primary and secondary schools", 100, "schools", E, N, "")]),
    ("10 regulated and open markets opened", [("10 regulated and open markets", 10, "markets", E, N, "")]),
    (
        "5 state and 3 central universities",
        [("5 state", 5, "state", E, N, ""), ("3 central universities", 3, "central universities", E, N, "")],
    ),
    ("2000 colleges offering courses", [("2000 colleges", 2000, "colleges", E, N, "")]),
    # "between X and Y" is a range; the low end takes the high end's scale.
    (
        "save between £1.7 and £1.8 billion a year",
        [("£1.7", 1.7, "£ billion", E, N, "low"), ("£1.8 billion", 1.8, "£ billion", E, N, "high")],
    ),
    ("between 6 and 7 per cent", [("6", 6, "%", E, N, "low"), ("7 per cent", 7, "%", E, N, "high")]),
    ("schools and 300 colleges", [("300 colleges", 300, "colleges", E, N, "")]),
    # A day of a month is a date, not a rank or a count.
    ("by 1st May, 2018.", [("1st May, 2018", 2018, "", E, D, "")]),
    ("by 1 st May 2018", [("1 st May 2018", 2018, "", E, D, "")]),
    ("before 31st March, 2017 and", [("31st March, 2017", 2017, "", E, D, "")]),
    ("on 9th July we invited", [("9th July", 9, "", E, D, "")]),
    ("the 2nd of October", [("2nd of October", 2, "", E, D, "")]),
    ("by 31 Mar. 2019", [("31 Mar. 2019", 2019, "", E, D, "")]),
    ("by March 31, 2017", [("31, 2017", 2017, "", E, D, "")]),
    ("In March 5 schools opened", [("5 schools", 5, "schools", E, N, "")]),
    ("the 14th Finance Commission", [("14th", 14, "", E, ORD, "")]),
    # "one" is a figure with a time unit ("done in one day"), not alone or before a noun ("one nation", "one of the").
    ("will be done in one day", [("one day", 1, "day", E, N, "")]),
    ("within one year", [("within one year", 1, "year", Qualifier.AT_MOST, N, "")]),
    ("one nation", []),
    ("one web address", []),
    # "one in five" is a share.
    ("one in five adults", [("one in five", 0.2, "", E, F, "")]),
    ("nearly 1 in 4 children", [("nearly 1 in 4", 0.25, "", NR, F, "")]),
    ("one in every three", [("one in every three", 0.333333333, "", E, F, "")]),
    ("2 in 5 years", [("2", 2, "", E, N, ""), ("5 years", 5, "years", E, N, "")]),
    ("10 in 2016", [("10", 10, "", E, N, ""), ("2016", 2016, "", E, Y, "")]),
    ("5 in 4 households", [("5", 5, "", E, N, ""), ("4 households", 4, "households", E, N, "")]),
    # Fractions up to tenths; "a third" + a noun is a rank.
    ("a third of the budget", [("a third", 0.333333333, "", E, F, "")]),
    ("a third runway", []),
    ("a fifth consecutive year", []),
    ("one fifth of users", [("one fifth", 0.2, "", E, F, "")]),
    ("two-fifths", [("two-fifths", 0.4, "", E, F, "")]),
    ("three quarters of staff", [("three quarters", 0.75, "", E, F, "")]),
    ("a tenth.", [("a tenth", 0.1, "", E, F, "")]),
]


@pytest.mark.parametrize(("text", "expected"), READINGS, ids=[case[0][:40] for case in READINGS])
def test_read(text: str, expected: list[tuple[str, float, str, Qualifier, Kind, str]]) -> None:
    assert [brief(figure) for figure in read_figures(text)] == [
        (t, round(v, 9), u, q, k, r) for t, v, u, q, k, r in expected
    ]


FOUND = [
    # The quote states the figure in the data's unit: a capital does not make another unit.
    ("300 Rurban Clusters will be developed", 300, "clusters", "300 Rurban Clusters"),
    ("300 Rurban Clusters will be developed", 300, "Clusters", "300 Rurban Clusters"),
    ("ensure that 23 of these projects are completed", 23, "projects", "23 of these projects"),
    ("one in five adults", 20, "%", "one in five"),
    ("one in five adults", 0.2, "", "one in five"),
    ("save between £1.7 and £1.8 billion a year", 1.7, "£ billion", "£1.7"),
    ("save between £1.7 and £1.8 billion a year", 1700, "£ million", "£1.7"),
    # ... and never a figure it does not state.
    ("300 Rurban Clusters will be developed", 300, "schemes", None),
    ("one in five adults", 5, "adults", None),
    ("one in five adults", 5, None, None),
    ("save between £1.7 and £1.8 billion a year", 1.7, "£", None),
    ("complete electrification by 1st May, 2018", 1, None, None),
    ("complete electrification by 1st May, 2018", 2018, None, None),
    ("a third runway", 1 / 3, "", None),
]


@pytest.mark.parametrize(("quote", "value", "unit", "found"), FOUND, ids=[f"{c[0][:24]}-{c[1]}-{c[2]}" for c in FOUND])
def test_find_value(quote: str, value: float, unit: str | None, found: str | None) -> None:
    figure = find_value(quote, value, unit)
    assert (figure.text if figure is not None else None) == found


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Clusters", "clusters", True), ("MW", "mw", False), ("Mt", "mt", False), ("Stores", "schemes", False)],
)
def test_a_capital_folds_only_for_words(a: str, b: str, same: bool) -> None:
    assert same_base(a, b) is same


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("by March 31, 2017", "2017-03-31"),
        ("by 1st May, 2018", "2018-05-01"),
        ("by 1 st May 2018", "2018-05-01"),
        ("before Sept. 30, 2019", "2019-09-30"),
        ("by March 2019", "2019-03"),
        ("by February 30, 2019", None),
    ],
)
def test_deadlines_with_the_day_after_the_month(text: str, due: str | None) -> None:
    assert [deadline.due for deadline in read_deadlines(text)] == ([due] if due else [])


def test_reading_stays_linear_on_many_dates_and_ratios() -> None:
    text = "by 1st May, 2018 one in five 10 of the 25 air strips 300 Rurban Clusters between 6 and 7 per cent " * 2000
    assert len(read_figures(text)) == 2000 * 7


# Through the CLI: verify takes these figures as the data writes them, and refuses figures the quote does not state.
PLAN = (
    "Plan 2016-17\n\n300 Rurban Clusters will be developed under the Mission. One in five adults will have digital "
    "skills. We will ensure that 23 of these projects are completed before 31st March, 2017. Moving services online "
    "will save between £1.7 and £1.8 billion a year. The Government is committed to achieve 100% village "
    "electrification by 1st May, 2018. The registration of companies will also be done in one day.\n"
)
HEAD = """plan: {id: p, title: Plan, period: "2016-17"}
sources:
  plan: {path: plan.txt, title: Plan, role: plan}
sections:
  - {id: all, title: All, level: commitment}
goals:
  - id: g
    section: all
    title: g
    quote: QUOTE
    rule: RULE
"""
CASES = [
    ("300 Rurban Clusters will be developed", "{kind: at_least, target: 300, unit: clusters}", True),
    ("300 Rurban Clusters will be developed", "{kind: at_least, target: 300, unit: schemes}", False),
    ("One in five adults will have digital skills", "{kind: at_least, target: 20, unit: '%'}", True),
    ("One in five adults will have digital skills", "{kind: at_least, target: 5, unit: adults}", False),
    ("ensure that 23 of these projects are completed", "{kind: at_least, target: 23, unit: projects}", True),
    ("ensure that 23 of these projects are completed", "{kind: at_least, target: 23, unit: centres}", False),
    ("save between £1.7 and £1.8 billion a year", "{kind: between, min: 1.7, max: 1.8, unit: £ billion}", True),
    ("save between £1.7 and £1.8 billion a year", "{kind: between, min: 1.7, max: 1.8, unit: £}", False),
    ("village electrification by 1st May, 2018", "{kind: at_least, target: 1, unit: villages}", False),
    ("will also be done in one day", "{kind: at_most, target: 1, unit: day}", True),
    ("will also be done in one day", "{kind: at_most, target: 1, unit: week}", False),
]


@pytest.mark.parametrize(("quote", "rule", "accepted"), CASES, ids=[f"{c[1][7:40]}" for c in CASES])
def test_verify_takes_the_figure_the_quote_states(tmp_path: Path, quote: str, rule: str, accepted: bool) -> None:
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "targets.yaml").write_text(HEAD.replace("QUOTE", quote).replace("RULE", rule), encoding="utf-8")
    (tmp_path / "actuals.yaml").write_text("plan: p\ngoals:\n  g: {status: silent}\n", encoding="utf-8")
    result = run_cli("validate", "-t", str(tmp_path / "targets.yaml"))
    if accepted:
        assert (result.exit_code, result.stderr) == (0, "")
    else:
        assert result.exit_code == 2
        assert "targets.yaml:" in result.stderr and "Traceback" not in result.stderr


def test_draft_reads_names_parts_ranges_and_dates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("plan.txt").write_text(PLAN, encoding="utf-8")
    result = run_cli("draft", "plan.txt", "-o", "out")
    assert result.exit_code == 0, result.stderr
    targets = Path("out/targets.yaml").read_text(encoding="utf-8")
    assert '{kind: at_least, target: 300, unit: "Clusters"}' in targets
    assert '{kind: at_least, target: 23, unit: "projects"}' in targets
    assert '{kind: between, min: 1.7, max: 1.8, unit: "£ billion"}' in targets
    assert 'due: "2018-05-01"' in targets
    assert "kind: ranking" not in targets and 'target: 1, unit: "st' not in targets  # "1st May" is a date, no rank
    assert '{kind: at_most, target: 1, unit: "day"}' in targets  # "will be done in one day": the most it may take
    monkeypatch.chdir(tmp_path / "out")
    assert run_cli("validate").exit_code == 0, "a drafted folder validates where it was written"
