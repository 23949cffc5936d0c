"""Periods, fiscal years, horizons and deadlines (planaudit.reading.periods), case by case."""

from __future__ import annotations

import pytest

from planaudit.reading.periods import (
    falls_after,
    is_relative,
    label,
    parse_period,
    period_problem,
    read_deadlines,
    resolve,
)

# Written period → (first day, last day), or None.
PERIODS = [
    ("2019", ((2019, 1, 1), (2019, 12, 31))),
    ("2019-06", ((2019, 6, 1), (2019, 6, 30))),
    ("2020-02", ((2020, 2, 1), (2020, 2, 29))),
    ("2019-06-30", ((2019, 6, 30), (2019, 6, 30))),
    ("2018-19", ((2018, 4, 1), (2019, 3, 31))),
    ("2016-17", ((2016, 4, 1), (2017, 3, 31))),
    ("FY2018-19", ((2018, 4, 1), (2019, 3, 31))),
    ("FY19", ((2018, 4, 1), (2019, 3, 31))),
    ("FY2019", ((2018, 4, 1), (2019, 3, 31))),
    ("2018/19", ((2018, 4, 1), (2019, 3, 31))),
    ("2018-2019", ((2018, 4, 1), (2019, 3, 31))),
    ("1999-00", ((1999, 4, 1), (2000, 3, 31))),
    ("2011-12", ((2011, 12, 1), (2011, 12, 31))),  # a month: write FY2011-12 for the fiscal year
    ("FY2011-12", ((2011, 4, 1), (2012, 3, 31))),
    ("2018-13", None),
    ("2018-20", None),
    ("2019-02-29", None),
    ("2019-06-31", None),
    ("19", None),
    ("next two years", None),
    ("", None),
]


@pytest.mark.parametrize(("written", "span"), PERIODS, ids=[case[0] or "empty" for case in PERIODS])
def test_parse_period(written: str, span: tuple[tuple[int, int, int], tuple[int, int, int]] | None) -> None:
    assert parse_period(written) == span


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("2018-13", "'2018-13' is neither a month (01–12) nor a fiscal year (2018-19)"),
        ("2019-02-29", "'2019-02-29' is not a day: 2019-02 has 28 days"),
        ("someday", "'someday' is not a period"),
        ("x" * 50, "this is not a period"),
        ("20\x1b19", "this is not a period"),
    ],
)
def test_period_problem(written: str, said: str) -> None:
    assert period_problem(written).startswith(said)


# (due, plan period) → the period it falls due in.
HORIZONS = [
    ("next two years", "2016-17", "2017-18"),
    ("next 3 years", "2016-17", "2018-19"),
    ("within the next 3 years", "2016-17", "2018-19"),
    ("over the next three years", "2016", "2018"),
    ("current fiscal", "2016-17", "2016-17"),
    ("this year", "2019", "2019"),
    ("next fiscal", "2016-17", "2017-18"),
    ("今明两年", "2020", "2021"),
    ("两年内", "2021", "2022"),
    ("3年内", "2021", "2023"),
    ("2022", "2016-17", "2022"),
]


@pytest.mark.parametrize(("due", "plan", "falls"), HORIZONS)
def test_horizons_resolve_against_the_plan(due: str, plan: str, falls: str) -> None:
    plan_span = parse_period(plan)
    assert plan_span is not None
    resolved = resolve(due, plan_span)
    assert resolved is not None
    assert label(resolved) == falls
    assert is_relative(due) == (parse_period(due) is None)


@pytest.mark.parametrize(
    ("due", "review", "after"),
    [
        ("2019-12", "2019", False),
        ("2020", "2019", True),
        ("2019-09", "2019-06", True),
        ("2019-06-15", "2019-06", False),
        ("2017", "2016-17", True),  # by December 2017: not yet due at the end of March 2017
        ("2016", "2016-17", False),
        ("2017-18", "2016-17", True),
        ("2016-17", "2016-17", False),
        ("FY18", "2017", True),
    ],
)
def test_falls_after(due: str, review: str, after: bool) -> None:
    due_span, review_span = parse_period(due), parse_period(review)
    assert due_span is not None and review_span is not None
    assert falls_after(due_span, review_span) is after


# Text → every deadline or horizon in it, as (written, due).
DEADLINES = [
    ("double the income of the farmers by 2022", [("by 2022", "2022")]),
    ("cover all 14 crore farm holdings by March 2017", [("by March 2017", "2017-03")]),
    ("23 projects are completed before 31st March, 2017", [("before 31st March, 2017", "2017-03-31")]),
    ("100% village electrification by 1st May, 2018", [("by 1st May, 2018", "2018-05-01")]),
    ("operational by the end of 2016-17", [("by the end of 2016-17", "2016-17")]),
    ("by FY19", [("by FY19", "2018-19")]),
    ("opened over the next two years", [("over the next two years", "next two years")]),
    ("within the next 3 years", [("within the next 3 years", "next 3 years")]),
    ("completed in the current fiscal", [("in the current fiscal", "current fiscal")]),
    ("next financial year", [("next financial year", "next fiscal")]),
    ("到2025年基本实现", [("到2025年", "2025")]),
    ("2020年底前完成", [("2020年底前", "2020")]),
    ("在2019年6月底前", [("在2019年6月底前", "2019-06")]),
    ("今明两年完成", [("今明两年", "今明两年")]),
    ("两年内完成", [("两年内", "两年内")]),
    ("allocated ₹19,000 crore in 2016-17", []),
    ("in 2019", []),
    ("by 31 February 2019", []),
    ("₹2000 crore by 2000 firms", []),
]


@pytest.mark.parametrize(("text", "expected"), DEADLINES, ids=[case[0] for case in DEADLINES])
def test_read_deadlines(text: str, expected: list[tuple[str, str]]) -> None:
    deadlines = read_deadlines(text)
    assert [(text[d.start : d.end], d.due) for d in deadlines] == expected
    for deadline in deadlines:  # every due it gives is one a goal may carry
        assert parse_period(deadline.due) is not None or is_relative(deadline.due)


def test_read_deadlines_is_linear() -> None:
    assert len(read_deadlines("by March 2019 and " * 50_000)) == 50_000
