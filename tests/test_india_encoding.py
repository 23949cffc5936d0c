"""What encoding the Union Budget 2016-17 audit needed (#23): a target written as one word ("one day"), an
approximately target in words ("1 crore 50 lakh"), a growth target written as a multiple ("double") and a rise
reported as one ("more than doubled"), an increase_by part, units that stop before "during"/"each", and figures in
messages spaced the English way (97000 ₹ crore)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading import periods
from planaudit.reading.figures import read_figures
from planaudit.rules.approximately import ApproximatelyParams
from planaudit.rules.at_most import AtMostParams
from planaudit.rules.base import text_target
from planaudit.rules.growth import Growth, GrowthParams
from tests.conftest import run_cli

PLAN = (
    "The registration of companies will also be done in one day. This will benefit about 1 crore 50 lakh "
    "households. We will double the income of the farmers. Exports will grow one and a half times. The total "
    "investment in the road sector would be ₹97,000 crore during 2016-17. Initial sums of ₹100 crore each are "
    "allocated. Transfers to States are ₹99,681 crore more over RE 2015-16 and ₹2,46,024 crore more over Actuals "
    "of 2014-15."
)
REVIEW = (
    "Companies are now registered in one day. LPG connections reached 1.6 crore households. Farmers' income "
    "more than doubled. Exports grew 1.4 times. Transfers to States rose by ₹1,00,000 crore over RE 2015-16 and by "
    "₹2,50,000 crore over Actuals of 2014-15."
)
HEAD = """plan: {id: india, title: Budget, period: "2016-17"}
sources:
  plan: {path: plan.txt, title: Budget 2016-17, role: plan}
  review: {path: review.txt, title: Budget 2017-18, role: review, period: "2016-17"}
sections:
  - {id: all, title: All, level: commitment}
goals:
"""


def write(tmp: Path, goals: dict[str, tuple[str, str]], entries: str = "", extra: str = "", due: str = "") -> Path:
    (tmp / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp / "review.txt").write_text(REVIEW, encoding="utf-8")
    body = "".join(
        f'  - {{id: {ident}, section: all, title: {ident}, quote: "{quote}", rule: {rule}{due}}}\n'
        for ident, (quote, rule) in goals.items()
    )
    (tmp / "targets.yaml").write_text(HEAD + body + extra, encoding="utf-8")
    given = {line.split(":")[0].strip() for line in entries.splitlines() if line.startswith("  ") and ":" in line}
    silent = "".join(f"  {ident}: {{status: silent}}\n" for ident in goals if ident not in given)
    (tmp / "actuals.yaml").write_text(f"plan: india\ngoals:\n{silent}{entries}\n", encoding="utf-8")
    return tmp


def check(folder: Path) -> dict[str, dict[str, object]]:
    import json

    result = run_cli("check", "-t", str(folder / "targets.yaml"), "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    return {g["id"]: g for g in json.loads(result.stdout)["goals"]}


# --- a target written as one word


def test_a_single_number_word_is_a_target() -> None:
    assert text_target("one", "day") == 1
    assert text_target("One", "crore youth") == 1
    assert AtMostParams(kind="at_most", unit="day", target="one").target == 1


def test_one_day_validates_against_its_quote(tmp_path: Path) -> None:
    goals = {
        "one-day": (
            "The registration of companies will also be done in one day",
            "{kind: at_most, target: one, unit: day}",
        )
    }
    folder = write(tmp_path, goals)
    result = run_cli("validate", "-t", str(folder / "targets.yaml"))
    assert result.exit_code == 0, result.stderr


def test_a_word_target_needs_its_unit_after_it(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    goals = {"one-day": ("One of them will be done", "{kind: at_most, target: one, unit: day}")}
    folder = write(tmp_path / "x", goals)
    (folder / "plan.txt").write_text(
        "We will double the income of the farmers. One of them will be done.", encoding="utf-8"
    )
    result = run_cli("validate", "-t", str(folder / "targets.yaml"))
    assert result.exit_code == 2
    assert "target 1 day does not appear in the goal's quote" in result.stderr


def test_a_word_target_missing_from_its_quote_is_refused(tmp_path: Path) -> None:
    goals = {
        "one-day": ("This will benefit about 1 crore 50 lakh households", "{kind: at_most, target: one, unit: day}")
    }
    result = run_cli("validate", "-t", str(write(tmp_path, goals) / "targets.yaml"))
    assert result.exit_code == 2
    assert "target 1 day does not appear in the goal's quote" in result.stderr


# --- approximately with a target in words


def test_approximately_takes_a_target_in_words() -> None:
    params = ApproximatelyParams(
        kind="approximately", unit="households", target="1 crore 50 lakh", tolerance=750000, direction="floor"
    )
    assert params.target == 15_000_000
    assert params.written == "1 crore 50 lakh"


def test_approximately_in_words_through_the_cli(tmp_path: Path) -> None:
    rule = '{kind: approximately, target: "1 crore 50 lakh", tolerance: 750000, unit: households, direction: floor}'
    goals = {"lpg": ("This will benefit about 1 crore 50 lakh households", rule)}
    entry = (
        "  lpg: {status: reported, value: 1.6, unit: crore households,"
        " evidence: [{source: review, quote: 'LPG connections reached 1.6 crore households'}]}"
    )
    goal = check(write(tmp_path, goals, entry))["lpg"]
    assert goal["verdict"] == "met"


# --- growth written as a multiple, and a rise reported as one


@pytest.mark.parametrize(("written", "pct", "multiple"), [("double", 100, 2), ("one and a half times", 50, 1.5)])
def test_growth_target_written_as_a_multiple(written: str, pct: float, multiple: float) -> None:
    params = GrowthParams(kind="growth", target_pct=written, unit="₹")
    assert params.target_pct == pct
    assert Growth().figures(params) == [("target_pct", multiple, "倍")]


def test_growth_target_multiple_of_one_or_less_is_not_growth() -> None:
    with pytest.raises(ValueError, match="valid number"):
        GrowthParams(kind="growth", target_pct="half", unit="₹")


@pytest.mark.parametrize(
    ("quote", "value", "verdict", "line"),
    [
        ("Farmers' income more than doubled", "2", "met", "×2 = +100%"),
        ("Exports grew 1.4 times", "1.4", "missed", "×1.4 = +40%"),
    ],
)
def test_a_rise_reported_as_a_multiple_meets_a_growth_target_in_percent(
    tmp_path: Path, quote: str, value: str, verdict: str, line: str
) -> None:
    goals = {
        "income": ("We will double the income of the farmers", '{kind: growth, target_pct: "double", unit: "₹"}'),
        "exports": (
            "Exports will grow one and a half times",
            '{kind: growth, target_pct: "one and a half times", unit: "₹"}',
        ),
    }
    ident = "income" if "income" in quote else "exports"
    qualifier = ", qualifier: more_than" if "more than" in quote else ""
    entry = (
        f"  {ident}: {{status: reported, value: {value}, unit: times, basis: change{qualifier},"
        f' evidence: [{{source: review, quote: "{quote}"}}]}}'
    )
    goal = check(write(tmp_path, goals, entry))[ident]
    assert goal["verdict"] == verdict
    assert any(line in step for step in goal["arithmetic"]), goal["arithmetic"]


# --- increase_by as a part of all_of


def test_increase_by_parts(tmp_path: Path) -> None:
    rule = (
        '{kind: all_of, parts: {"over RE 2015-16": {kind: increase_by, target: 99681, unit: "₹ crore"},'
        ' "over Actuals 2014-15": {kind: increase_by, target: 246024, unit: "₹ crore"}}}'
    )
    quote = (
        "Transfers to States are ₹99,681 crore more over RE 2015-16 and ₹2,46,024 crore more over Actuals of 2014-15"
    )
    evidence = (
        "Transfers to States rose by ₹1,00,000 crore over RE 2015-16 and by ₹2,50,000 crore over Actuals of 2014-15"
    )
    entry = (
        "  transfers: {status: reported, values: {"
        '"over RE 2015-16": {value: 100000, unit: "₹ crore", basis: change},'
        ' "over Actuals 2014-15": {value: 250000, unit: "₹ crore", basis: change}},'
        f' evidence: [{{source: review, quote: "{evidence}"}}]}}'
    )
    goal = check(write(tmp_path, {"transfers": (quote, rule)}, entry))["transfers"]
    assert goal["verdict"] == "met", goal["arithmetic"]


# --- units stop before "during" and "each"; figures in messages spaced the English way


@pytest.mark.parametrize(
    ("text", "unit"),
    [("₹97,000 crore during 2016-17", "₹ crore"), ("sums of ₹100 crore each for", "₹ crore")],
)
def test_a_scale_unit_stops_before_during_and_each(text: str, unit: str) -> None:
    assert read_figures(text)[0].unit == unit


def test_allocations_with_during_and_each_validate(tmp_path: Path) -> None:
    goals = {
        "roads": (
            "The total investment in the road sector would be ₹97,000 crore during 2016-17",
            '{kind: planned, target: 97000, unit: "₹ crore"}',
        ),
        "sums": ("Initial sums of ₹100 crore each are allocated", '{kind: planned, target: 100, unit: "₹ crore"}'),
    }
    result = run_cli("validate", "-t", str(write(tmp_path, goals) / "targets.yaml"))
    assert result.exit_code == 0, result.stderr


def test_a_rupee_unit_is_spaced_in_messages(tmp_path: Path) -> None:
    goals = {
        "roads": (
            "The total investment in the road sector would be ₹97,000 crore during 2016-17",
            '{kind: planned, target: 97001, unit: "₹ crore"}',
        )
    }
    result = run_cli("validate", "-t", str(write(tmp_path, goals) / "targets.yaml"))
    assert result.exit_code == 2
    assert "target 97001 ₹ crore does not appear" in result.stderr


# --- the month a fiscal year starts


@pytest.mark.parametrize(
    ("start", "text", "first", "last"),
    [
        (4, "2016-17", (2016, 4, 1), (2017, 3, 31)),
        (7, "2016-17", (2016, 7, 1), (2017, 6, 30)),
        (10, "FY19", (2018, 10, 1), (2019, 9, 30)),
        (7, "2018/19", (2018, 7, 1), (2019, 6, 30)),
    ],
)
def test_a_fiscal_year_starts_in_the_audits_month(
    start: int, text: str, first: tuple[int, int, int], last: tuple[int, int, int]
) -> None:
    token = periods.FISCAL_START.set(start)
    try:
        assert periods.parse_period(text) == periods.Span(first, last)
        assert periods.label(periods.Span(first, last)) == (
            text if "-" in text else periods.label(periods.Span(first, last))
        )
    finally:
        periods.FISCAL_START.reset(token)
    assert periods.parse_period("2016-17") == periods.Span((2016, 4, 1), (2017, 3, 31))  # the default again


@pytest.mark.parametrize(
    ("settings", "verdict"), [("", "not_due"), ("settings: {fiscal_year_start_month: 7}\n", "unreported")]
)
def test_fiscal_year_start_decides_what_is_due(tmp_path: Path, settings: str, verdict: str) -> None:
    # Due June 2017: after a 2016-17 that ends in March (April start), inside one that ends in June (July start).
    goals = {
        "one-day": (
            "The registration of companies will also be done in one day",
            "{kind: at_most, target: one, unit: day}",
        )
    }
    folder = write(tmp_path, goals, extra=settings, due=', due: "2017-06"')
    assert check(folder)["one-day"]["verdict"] == verdict


def test_fiscal_year_start_month_is_checked(tmp_path: Path) -> None:
    goals = {
        "one-day": (
            "The registration of companies will also be done in one day",
            "{kind: at_most, target: one, unit: day}",
        )
    }
    folder = write(tmp_path, goals, extra="settings: {fiscal_year_start_month: 13}\n")
    result = run_cli("validate", "-t", str(folder / "targets.yaml"))
    assert result.exit_code == 2
    assert "fiscal_year_start_month" in result.stderr


# --- a value less a part the goal does not count (the total after an addition, less the addition)

LESS_PLAN = "The fund will get an initial corpus of about ₹20,000 crore."
LESS_REVIEW = "An addition of ₹ 20,000 crores to its corpus will take the total corpus of this Fund to ₹ 40,000 crores."


def less_audit(
    tmp: Path, entry: str, rule: str = '{kind: approximately, target: 20000, tolerance: 1000, unit: "₹ crore"}'
) -> Path:
    write(tmp, {"corpus": ("an initial corpus of about ₹20,000 crore", rule)}, entry)
    (tmp / "plan.txt").write_text(LESS_PLAN, encoding="utf-8")
    (tmp / "review.txt").write_text(LESS_REVIEW, encoding="utf-8")
    return tmp


EVIDENCE = "evidence: [{source: review, quote: 'take the total corpus of this Fund to ₹ 40,000 crores'}, {source: review, quote: 'An addition of ₹ 20,000 crores'}]"


@pytest.mark.parametrize(("less", "verdict"), [(20000, "met"), (25000, "missed")])
def test_less_is_subtracted_and_shown(tmp_path: Path, less: int, verdict: str) -> None:
    review = LESS_REVIEW.replace("20,000", f"{less:,}")
    folder = less_audit(
        tmp_path,
        f'  corpus: {{status: reported, value: 40000, unit: "₹ crore", less: {less}, {EVIDENCE.replace("20,000", f"{less:,}")}}}',
    )
    (folder / "review.txt").write_text(review, encoding="utf-8")
    goal = check(folder)["corpus"]
    assert goal["verdict"] == verdict
    assert goal["arithmetic"][0].startswith(f"40000 ₹ crore − {less} ₹ crore = {40000 - less} ₹ crore")


def test_less_must_stand_in_the_evidence(tmp_path: Path) -> None:
    folder = less_audit(
        tmp_path, f'  corpus: {{status: reported, value: 40000, unit: "₹ crore", less: 15000, {EVIDENCE}}}'
    )
    result = run_cli("validate", "-t", str(folder / "targets.yaml"))
    assert result.exit_code == 2
    assert "less 15000 ₹ crore does not appear in any of its evidence quotes" in result.stderr


def test_less_needs_a_rule_that_takes_a_value(tmp_path: Path) -> None:
    folder = less_audit(
        tmp_path, f"  corpus: {{status: reported, done: true, less: 20000, {EVIDENCE}}}", rule="{kind: milestone}"
    )
    result = run_cli("validate", "-t", str(folder / "targets.yaml"))
    assert result.exit_code == 2
    assert "'less' is not used by milestone goals" in result.stderr
