"""#23 through the public CLI: English and Indian units and scales, number words, periods and messages about figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

PLAN = """Budget 2016-17

The total outlay on roads and railways will be ₹2,18,000 crore in 2016-17. A sum of ₹2000 crore is set aside
for LPG connections. This will benefit about 1 crore 50 lakh households below the poverty line in 2016-17.
Four new dairy projects will be taken up. We will provide forty two new science centres. Credit of over ₹ 1 lakh
crore will be extended to small firms. The target for agricultural credit in 2016-17 will be an all-time high of
₹9 lakh crore. A capital base of ₹1,00,000 crore will be created. Exports will grow one and a half times.
The fiscal deficit will be 3.5% of GDP. 62 new Navodaya Vidyalayas will be opened over the next two years.
Grants of ₹11 lakh crore will go to the States. The health cover will be up to Rs.One lakh per family.
We will double the income of the farmers by 2022. Village electrification will be completed in the current fiscal.
"""

REVIEW = """Budget 2017-18

The outlay on roads and railways was over ₹ 2.4 lakh crore. LPG connections were given to over 1.5 crore
households. Agricultural credit reached ₹10 lakh crore. Exports grew by 60%. The fiscal deficit was 3.2% of GDP.
Small firms received over ₹ 1 lakh crore. Grants of ₹11 lakh crore went to the States.
"""

SOURCES = """plan: {id: budget-2016-17, title: Union Budget 2016-17, period: "PERIOD"}
sources:
  plan: {path: plan.txt, title: Budget speech 2016-17, role: plan}
  review: {path: review.txt, title: Budget speech 2017-18, role: review, period: "REVIEW_PERIOD"}
sections:
  - {id: all, title: All, level: commitment}
goals:
"""


def goal(ident: str, quote: str, rule: str, extra: str = "") -> str:
    return f"  - id: {ident}\n    section: all\n    title: {ident}\n    quote: {quote}\n{extra}    rule: {rule}\n"


def audit(
    tmp: Path,
    goals: list[str],
    entries: str = "",
    period: str = "2016-17",
    review_period: str = "2016-17",
) -> Path:
    (tmp / "plan.txt").write_text(PLAN.replace("\n", " ").replace("  ", " "), encoding="utf-8")
    (tmp / "review.txt").write_text(REVIEW.replace("\n", " ").replace("  ", " "), encoding="utf-8")
    head = SOURCES.replace("REVIEW_PERIOD", review_period).replace("PERIOD", period)
    (tmp / "targets.yaml").write_text(head + "".join(goals), encoding="utf-8")
    (tmp / "actuals.yaml").write_text(f"plan: budget-2016-17\ngoals:\n{entries or '  {}'}\n", encoding="utf-8")
    if not entries:
        (tmp / "actuals.yaml").write_text("plan: budget-2016-17\ngoals: {}\n", encoding="utf-8")
    return tmp


def validate(folder: Path, *args: str) -> tuple[int, str]:
    result = run_cli("validate", "-t", str(folder / "targets.yaml"), *args)
    return result.exit_code, result.stderr


def reported(ident: str, value: str, unit: str, quote: str, qualifier: str = "") -> str:
    extra = f", qualifier: {qualifier}" if qualifier else ""
    return (
        f"  {ident}: {{status: reported, value: {value}, unit: '{unit}'{extra}, "
        f"evidence: [{{source: review, quote: '{quote}'}}]}}\n"
    )


# Units and scales, and number words: each plan figure of #23 stands in its quote as the data writes it.
PLAN_FIGURES = [
    (
        "lakh crore",
        "Grants of ₹11 lakh crore will go to the States",
        "{kind: at_least, target: 11, unit: ₹ lakh crore}",
    ),
    (
        "indian grouping",
        "A capital base of ₹1,00,000 crore will be created",
        "{kind: at_least, target: 100000, unit: ₹ crore}",
    ),
    (
        "indian grouping as text",
        "A capital base of ₹1,00,000 crore will be created",
        "{kind: at_least, target: '1,00,000', unit: crore}",
    ),
    ("not a year", "A sum of ₹2000 crore is set aside", "{kind: planned, target: 2000, unit: crore}"),
    ("not a year in rupees", "A sum of ₹2000 crore is set aside", "{kind: planned, target: 2000, unit: ₹ crore}"),
    (
        "scale conversion",
        "The total outlay on roads and railways will be ₹2,18,000 crore",
        "{kind: at_least, target: 2.18, unit: ₹ lakh crore}",
    ),
    (
        "crore and lakh",
        "about 1 crore 50 lakh households",
        "{kind: at_least, target: 1.5, unit: crore households}",
    ),
    ("number words", "forty two new science centres", "{kind: at_least, target: forty two, unit: centres}"),
    ("number words digits", "forty two new science centres", "{kind: at_least, target: 42, unit: centres}"),
    ("four", "Four new dairy projects will be taken up", "{kind: at_least, target: four, unit: projects}"),
    ("multiple", "Exports will grow one and a half times", "{kind: at_least, target: 1.5, unit: times}"),
    ("rupees word", "up to Rs.One lakh per family", "{kind: at_most, target: 100000, unit: ₹}"),
    ("percent of gdp", "The fiscal deficit will be 3.5% of GDP", "{kind: at_most, target: 3.5, unit: '% of GDP'}"),
]


@pytest.mark.parametrize(("name", "quote", "rule"), PLAN_FIGURES, ids=[case[0] for case in PLAN_FIGURES])
def test_plan_figures_verify(tmp_path: Path, name: str, quote: str, rule: str) -> None:
    folder = audit(tmp_path, [goal("g", quote, rule)], "  g: {status: silent}\n")
    code, err = validate(folder)
    assert (code, err) == (0, "")


def test_qualifier_before_the_rupee_sign_is_seen(tmp_path: Path) -> None:
    quote = "Credit of over ₹ 1 lakh crore will be extended to small firms"
    rule = "{kind: at_least, target: 1, unit: ₹ lakh crore}"
    evidence = "Small firms received over ₹ 1 lakh crore"
    folder = audit(tmp_path, [goal("credit", quote, rule)], reported("credit", "1", "₹ lakh crore", evidence))
    code, err = validate(folder)
    assert code == 2
    assert "the quote says “over ₹ 1 lakh crore” (more than 1): add qualifier: more_than" in err
    audit(tmp_path, [goal("credit", quote, rule)], reported("credit", "1", "₹ lakh crore", evidence, "more_than"))
    assert validate(folder) == (0, "")
    check = run_cli("check", "-t", str(folder / "targets.yaml"), "--format", "json")
    assert '"verdict": "met"' in check.stdout


def test_scales_and_multiples_score(tmp_path: Path) -> None:
    goals = [
        goal(
            "roads",
            "The total outlay on roads and railways will be ₹2,18,000 crore",
            "{kind: at_least, target: '2,18,000', unit: ₹ crore}",
        ),
        goal("exports", "Exports will grow one and a half times", "{kind: at_least, target: 1.5, unit: times}"),
        goal("deficit", "The fiscal deficit will be 3.5% of GDP", "{kind: at_most, target: 3.5, unit: '% of GDP'}"),
    ]
    entries = (
        reported(
            "roads", "2.4", "₹ lakh crore", "The outlay on roads and railways was over ₹ 2.4 lakh crore", "more_than"
        )
        + reported("exports", "60", "%", "Exports grew by 60%")
        + reported("deficit", "3.2", "% of GDP", "The fiscal deficit was 3.2% of GDP")
    )
    folder = audit(tmp_path, goals, entries)
    result = run_cli("check", "-t", str(folder / "targets.yaml"), "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    assert "2.4 ₹ lakh crore = 240000 ₹ crore" in run_cli("explain", "roads", "-t", str(folder / "targets.yaml")).stdout
    assert "+60% = ×1.6" in run_cli("explain", "exports", "-t", str(folder / "targets.yaml")).stdout
    assert result.stdout.count("✓") >= 3 or result.stdout.count("met") >= 3


def test_percent_and_percent_of_gdp_differ_with_a_hint(tmp_path: Path) -> None:
    goals = [
        goal("deficit", "The fiscal deficit will be 3.5% of GDP", "{kind: at_most, target: 3.5, unit: '% of GDP'}")
    ]
    folder = audit(tmp_path, goals, reported("deficit", "3.2", "%", "The fiscal deficit was 3.2% of GDP"))
    code, err = validate(folder)
    assert code == 2
    assert "unit '%' does not match the goal's unit '% of GDP': % and % of GDP are different units" in err


# Messages: a figure not found says what the reader saw there.
MESSAGES = [
    (
        "Grants of ₹11 lakh crore will go to the States",
        "{kind: at_least, target: 11, unit: lakh hectares}",
        "read as 11 ₹ lakh crore: another unit (₹ lakh crore, not lakh hectares)",
    ),
    (
        "We will double the income of the farmers by 2022",
        "{kind: at_least, target: 2022, unit: farmers}",
        "the quote has “2022” read as a year",
    ),
    (
        "The total outlay on roads and railways will be ₹2,18,000 crore in 2016-17",
        "{kind: at_least, target: 2016, unit: crore}",
        "the quote has “2016-17” read as a fiscal year",
    ),
    (
        "A sum of ₹2000 crore is set aside",
        "{kind: at_least, target: 2000, unit: lakh}",
        "read as 2000 ₹ crore: another scale (₹ crore, not lakh)",
    ),
    (
        "Four new dairy projects will be taken up",
        "{kind: at_least, target: 5, unit: projects}",
        "the reader saw “Four new dairy projects”",
    ),
]


@pytest.mark.parametrize(("quote", "rule", "said"), MESSAGES, ids=[case[2][:40] for case in MESSAGES])
def test_a_figure_not_found_says_what_the_reader_saw(tmp_path: Path, quote: str, rule: str, said: str) -> None:
    folder = audit(tmp_path, [goal("g", quote, rule)], "  g: {status: silent}\n")
    code, err = validate(folder)
    assert code == 2
    assert "does not appear in the goal's quote" in err
    assert said in err
    assert err.startswith(f"{folder / 'targets.yaml'}:")


def test_a_number_in_words_must_stand_in_its_quote(tmp_path: Path) -> None:
    rule = "{kind: at_least, target: forty three, unit: centres}"
    folder = audit(tmp_path, [goal("g", "forty two new science centres", rule)], "  g: {status: silent}\n")
    code, err = validate(folder)
    assert code == 2
    assert "target 43 centres does not appear in the goal's quote" in err


# Periods: fiscal years and calendar years as plan.period, a review's period and due; anything else is located.
@pytest.mark.parametrize(
    ("period", "review", "due", "verdict"),
    [
        ("2016-17", "2016-17", "2017-18", "not_due"),
        ("2016-17", "2016-17", "2016-17", "unreported"),
        ("FY17", "FY17", "FY18", "not_due"),
        ("2016/17", "2016/17", "2017", "not_due"),
        ("2016-17", "2017-18", "2017-18", "unreported"),
        ("2016-17", "2016-17", "next two years", "not_due"),
        ("2016-17", "2017-18", "next two years", "unreported"),
        ("2016-17", "2016-17", "current fiscal", "unreported"),
        ("2016", "2016", "2016-12", "unreported"),
        ("2016", "2016", "2017-01", "not_due"),
    ],
)
def test_periods_decide_what_is_due(tmp_path: Path, period: str, review: str, due: str, verdict: str) -> None:
    quote = "62 new Navodaya Vidyalayas will be opened over the next two years"
    rule = "{kind: at_least, target: 62, unit: Navodaya Vidyalayas}"
    folder = audit(tmp_path, [goal("g", quote, rule, f"    due: '{due}'\n")], "  g: {status: silent}\n", period, review)
    result = run_cli("check", "-t", str(folder / "targets.yaml"), "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    assert f'"verdict": "{verdict}"' in result.stdout


def test_a_relative_due_is_shown_resolved(tmp_path: Path) -> None:
    quote = "62 new Navodaya Vidyalayas will be opened over the next two years"
    rule = "{kind: at_least, target: 62, unit: Navodaya Vidyalayas}"
    folder = audit(tmp_path, [goal("g", quote, rule, "    due: next two years\n")])
    result = run_cli("check", "-t", str(folder / "targets.yaml"), "--format", "markdown")
    assert "not due: due next two years (2017-18), after the review's period 2016-17" in result.stdout
    assert validate(folder) == (0, "")  # a goal not yet due needs no entry, in validate as in check


def test_a_long_term_goal_is_not_due_until_its_year(tmp_path: Path) -> None:
    quote = "We will double the income of the farmers by 2022"
    rule = "{kind: at_least, target: double, unit: 倍}"
    folder = audit(tmp_path, [goal("g", quote, rule, "    long_term: '2022'\n")])
    result = run_cli("check", "-t", str(folder / "targets.yaml"), "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    assert "not due: long-term, not due until 2022" in result.stdout
    audit(tmp_path, [goal("g", quote, rule, "    long_term: '2016'\n")], "  g: {status: silent}\n")
    result = run_cli("check", "-t", str(folder / "targets.yaml"), "--format", "json")
    assert '"verdict": "unreported"' in result.stdout


@pytest.mark.parametrize(
    ("field", "written", "said"),
    [
        ("period", "2018-13", "'2018-13' is neither a month (01–12) nor a fiscal year (2018-19)"),
        ("period", "2018-20", "'2018-20' is neither a month (01–12) nor a fiscal year (2018-19)"),
        ("period", "2019-02-30", "'2019-02-30' is not a day: 2019-02 has 28 days"),
        ("period", "next two years", "'next two years' is not a period"),
        ("due", "someday", "'someday' is not a period"),
        ("long_term", "later", "'later' is not a period"),
    ],
)
def test_a_bad_period_is_a_located_error(tmp_path: Path, field: str, written: str, said: str) -> None:
    quote = "62 new Navodaya Vidyalayas will be opened over the next two years"
    rule = "{kind: at_least, target: 62, unit: Navodaya Vidyalayas}"
    if field == "period":
        folder = audit(tmp_path, [goal("g", quote, rule)], "  g: {status: silent}\n", period=written)
        line = 1
    else:
        folder = audit(tmp_path, [goal("g", quote, rule, f"    {field}: {written}\n")], "  g: {status: silent}\n")
        line = 12
    code, err = validate(folder)
    assert code == 2
    assert err.startswith(f"{folder / 'targets.yaml'}:{line}:")
    assert said in err
    assert "Traceback" not in err
