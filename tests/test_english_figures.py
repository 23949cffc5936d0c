"""English and Indian figures: grouping, scales, currencies, number words, years, fiscal years, names (#22, #23)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planaudit.reading.figures import Figure, Kind, Qualifier, find_value, parse_figure, read_figures
from planaudit.reading.periods import read_deadlines
from planaudit.reading.units import convert, normalize_unit, same_base, split_unit
from tests.conftest import run_cli

E, MT, AL, NR, AB, AM, LT = (
    Qualifier.EXACT,
    Qualifier.MORE_THAN,
    Qualifier.AT_LEAST,
    Qualifier.NEARLY,
    Qualifier.ABOUT,
    Qualifier.AT_MOST,
    Qualifier.LESS_THAN,
)
N, ORD, F, M, Y, D, NAME, P = (
    Kind.NUMBER,
    Kind.ORDINAL,
    Kind.FRACTION,
    Kind.MULTIPLE,
    Kind.YEAR,
    Kind.DATE,
    Kind.NAME,
    Kind.PERIOD,
)


def brief(figure: Figure) -> tuple[str, float, str, Qualifier, Kind]:
    return (figure.text, round(figure.value, 9), figure.unit, figure.qualifier, figure.kind)


def check(text: str, expected: list[tuple[str, float, str, Qualifier, Kind]]) -> None:
    assert [brief(figure) for figure in read_figures(text)] == [(t, round(v, 9), u, q, k) for t, v, u, q, k in expected]


# Digit grouping: Indian (lakh/crore groups of two) and Western (thousands), never split or read as 1.
GROUPING = [
    ("₹1,00,000 crore", [("₹1,00,000 crore", 100000, "₹ crore", E, N)]),
    ("₹2,18,000 crore", [("₹2,18,000 crore", 218000, "₹ crore", E, N)]),
    ("₹2,21,246 crore", [("₹2,21,246 crore", 221246, "₹ crore", E, N)]),
    ("1,00,00,000 households", [("1,00,00,000 households", 10000000, "households", E, N)]),
    ("₹ 35,984 crore", [("₹ 35,984 crore", 35984, "₹ crore", E, N)]),
    ("34,334 villages", [("34,334 villages", 34334, "villages", E, N)]),
    ("65,000 eligible habitations", [("65,000 eligible habitations", 65000, "eligible habitations", E, N)]),
]

# Scales: lakh, crore, lakh crore, thousand crore, million, billion, trillion (plurals fold); a list writes it once.
SCALES = [
    ("₹11 lakh crore", [("₹11 lakh crore", 11, "₹ lakh crore", E, N)]),
    ("₹2.87 lakh crore will be given", [("₹2.87 lakh crore", 2.87, "₹ lakh crore", E, N)]),
    ("₹500 crores under the Mission", [("₹500 crores", 500, "₹ crore", E, N)]),
    ("28.5 lakh hectares", [("28.5 lakh hectares", 28.5, "lakh hectares", E, N)]),
    ("5 lakhs of farmers", [("5 lakhs", 5, "lakh", E, N)]),
    ("1 crore 50 lakh households", [("1 crore 50 lakh households", 150, "lakh households", E, N)]),
    ("one crore 50 lakh households", [("one crore 50 lakh households", 150, "lakh households", E, N)]),
    ("2.23 lakh kms of roads", [("2.23 lakh kms", 2.23, "lakh km", E, N)]),
    ("£1.2 billion", [("£1.2 billion", 1.2, "£ billion", E, N)]),
    ("nearly 2 trillion", [("nearly 2 trillion", 2, "trillion", NR, N)]),
    ("₹50 thousand crore", [("₹50 thousand crore", 50, "₹ thousand crore", E, N)]),
]

# Currency signs and codes are the unit's base; a qualifier written before the sign still qualifies.
CURRENCY = [
    ("over ₹ 1 lakh crore", [("over ₹ 1 lakh crore", 1, "₹ lakh crore", MT, N)]),
    ("about ₹20,000 crore", [("about ₹20,000 crore", 20000, "₹ crore", AB, N)]),
    ("up to ₹30,000 will be provided", [("up to ₹30,000", 30000, "₹", AM, N)]),
    ("Rs. 5 crore", [("Rs. 5 crore", 5, "₹ crore", E, N)]),
    ("Rs 5 crore", [("Rs 5 crore", 5, "₹ crore", E, N)]),
    ("Rs.One lakh per family", [("Rs.One lakh", 1, "₹ lakh", E, N)]),
    ("up to Rs.One lakh", [("up to Rs.One lakh", 1, "₹ lakh", AM, N)]),
    ("INR 500 million", [("INR 500 million", 500, "INR million", E, N)]),
    ("US$1.5 billion", [("US$1.5 billion", 1.5, "US$ billion", E, N)]),
    ("€40 million", [("€40 million", 40, "€ million", E, N)]),
    ("¥300", [("¥300", 300, "¥", E, N)]),
    ("8亿美元", [("8亿美元", 8, "亿美元", E, N)]),
    ("3000元", [("3000元", 3000, "元", E, N)]),
]

# Number words: a figure where a unit, a scale, a currency or "more" goes with it, or alone (a target).
NUMBER_WORDS = [
    ("forty two", [("forty two", 42, "", E, N)]),
    ("forty two \n\t\u3000", [("forty two", 42, "", E, N)]),  # only white space after it: still the end
    ("forty two\n\n.", []),
    ("forty-two schools", [("forty-two schools", 42, "schools", E, N)]),
    ("four crores", [("four crores", 4, "crore", E, N)]),
    ("four new projects", [("four new projects", 4, "projects", E, N)]),
    ("one crore youth", [("one crore youth", 1, "crore youth", E, N)]),
    (
        "ten public and ten private institutions",
        [("ten public", 10, "public", E, N), ("ten private institutions", 10, "private institutions", E, N)],
    ),
    ("one hundred and five days", [("one hundred and five days", 105, "days", E, N)]),
    ("a hundred days", [("a hundred days", 100, "days", E, N)]),
    ("a dozen schools", [("a dozen schools", 12, "schools", E, N)]),
    ("two dozen", [("two dozen", 24, "", E, N)]),
    ("twenty five thousand", [("twenty five thousand", 25, "thousand", E, N)]),
    ("fifty-five per cent", [("fifty-five per cent", 55, "%", E, N)]),
    ("at least two more years", [("at least two more years", 2, "years", AL, N)]),
    ("three ‘exemplar’ services", [("three", 3, "", E, N)]),
    ("one and a half times", [("one and a half times", 1.5, "倍", E, M)]),
    ("one and half times", [("one and half times", 1.5, "倍", E, M)]),
    ("half of the firms", [("half", 0.5, "", E, F)]),
    ("a third of the budget", [("a third", 0.333333333, "", E, F)]),
    ("one-third of India's population", [("one-third", 0.333333333, "", E, F)]),
    ("two thirds", [("two thirds", 0.666666667, "", E, F)]),
    ("四分之一", [("四分之一", 0.25, "", E, F)]),
    ("一半以上", [("一半以上", 0.5, "", AL, F)]),
    ("三分之一", [("三分之一", 0.333333333, "", E, F)]),
    ("两年内", [("两年", 2, "年", E, N)]),
]

# A four-digit number is a year only in a year's context: never after a currency, with a scale, or counting.
YEARS = [
    ("₹2000 crore", [("₹2000 crore", 2000, "₹ crore", E, N)]),
    ("₹2000", [("₹2000", 2000, "₹", E, N)]),
    ("2000 crore", [("2000 crore", 2000, "crore", E, N)]),
    ("2000 colleges", [("2000 colleges", 2000, "colleges", E, N)]),
    ("the 2019 plan", [("2019", 2019, "", E, Y)]),
    ("by March 2019", [("2019", 2019, "", E, Y)]),
    ("from 2021 to 2019", [("2021", 2021, "", E, Y), ("2019", 2019, "", E, Y)]),
    ("2019年", [("2019年", 2019, "年", E, Y)]),
]

# Fiscal years are one period, never a range of two numbers; 2016-2020 (not consecutive) is two years.
PERIODS = [
    ("in 2016-17", [("2016-17", 2016, "", E, P)]),
    ("BE 2018-19", [("2018-19", 2018, "", E, P)]),
    ("FY19", [("FY19", 2018, "", E, P)]),
    ("FY2018-19", [("FY2018-19", 2018, "", E, P)]),
    ("FY 2019", [("FY 2019", 2018, "", E, P)]),
    ("2018/19", [("2018/19", 2018, "", E, P)]),
    ("2016-2017", [("2016-2017", 2016, "", E, P)]),
    ("2016-2020", [("2016", 2016, "", E, Y), ("2020", 2020, "", E, Y)]),
    ("2019-12-31", [("2019-12-31", 2019, "", E, D)]),
]

# Names and ordinals are never counts.
NAMES = [
    ("third largest economy", []),
    ("in the second quarter", []),
    ("the first half of the year", []),
    ("one of the largest", []),
    ("One Rank One Pension", []),
    ("Digital India", []),
    ("5G networks", []),
    ("M2 growth", []),
    ("PM2.5 density", []),
    ("the G20 summit", []),
    ("COVID19", []),
    ("十九届五中全会", [("十九届", 19, "", E, NAME)]),
    ("ranked 12th", [("12th", 12, "", E, ORD)]),
    ("举办三届", [("三届", 3, "届", E, N)]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    GROUPING + SCALES + CURRENCY + NUMBER_WORDS + YEARS + PERIODS + NAMES,
    ids=[case[0] for case in GROUPING + SCALES + CURRENCY + NUMBER_WORDS + YEARS + PERIODS + NAMES],
)
def test_read(text: str, expected: list[tuple[str, float, str, Qualifier, Kind]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("unit", "normal", "base", "factor"),
    [
        ("₹ crore", "₹ crore", "₹", 1e7),
        ("Rs. crore", "₹ crore", "₹", 1e7),
        ("Rs crore", "₹ crore", "₹", 1e7),
        ("crores", "crore", "", 1e7),
        ("lakhs", "lakh", "", 1e5),
        ("lakh crore", "lakh crore", "", 1e12),
        ("₹ lakh crore", "₹ lakh crore", "₹", 1e12),
        ("crore households", "crore households", "households", 1e7),
        ("USD million", "USD million", "USD", 1e6),
        ("kms", "km", "km", 1),
    ],
)
def test_units(unit: str, normal: str, base: str, factor: float) -> None:
    assert normalize_unit(unit) == normal
    assert split_unit(unit) == (base, factor)


def test_scales_convert() -> None:
    assert convert(2.87, "₹ lakh crore", "₹ crore") == pytest.approx(287000)
    assert convert(150, "lakh households", "crore households") == pytest.approx(1.5)
    assert same_base("crore", "₹ crore") and not same_base("₹ crore", "$ million")


@pytest.mark.parametrize(
    ("quote", "value", "unit", "found"),
    [
        ("the total outlay will be ₹2,18,000 crore in 2016-17", 218000, "₹ crore", "₹2,18,000 crore"),
        ("the total outlay will be ₹2,18,000 crore in 2016-17", 2.18, "₹ lakh crore", "₹2,18,000 crore"),
        ("I have set aside a sum of ₹2000 crore", 2000, "crore", "₹2000 crore"),
        ("an all-time high of ₹9 lakh crore", 900000, "₹ crore", "₹9 lakh crore"),
        ("benefit about 1 crore 50 lakh households", 1.5, "crore households", "about 1 crore 50 lakh households"),
        ("health cover up to Rs.One lakh per family", 100000, "₹", "up to Rs.One lakh"),
        ("scale up to skill one crore youth", 1, "crore", "one crore youth"),
        ("four new projects will be taken up", 4, None, "four new projects"),
        ("plans for 2016-17", 2016, None, None),
        ("growth of one and a half times", 1.5, "倍", "one and a half times"),
    ],
)
def test_find_value(quote: str, value: float, unit: str | None, found: str | None) -> None:
    figure = find_value(quote, value, unit)
    assert (figure.text if figure else None) == found


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("forty two", 42, "", N),
        ("1,00,000", 100000, "", N),
        ("four crores", 4, "crore", N),
        ("one and a half times", 1.5, "倍", M),
        ("a third", 1 / 3, "", F),
        ("2000", 2000, "", N),
    ],
)
def test_parse_figure(text: str, value: float, unit: str, kind: Kind) -> None:
    figure = parse_figure(text)
    assert figure is not None
    assert (round(figure.value, 9), figure.unit, figure.kind) == (round(value, 9), unit, kind)


def test_number_words_are_linear() -> None:
    # Runs of number words and "a" are read without backtracking blow-up; a run that is no number is skipped whole.
    assert read_figures("forty two " * 20_000 + "a " * 20_000) == []
    assert len(read_figures("forty two schools, " * 20_000)) == 20_000
    assert read_figures("the two of them; " * 50_000) == []  # the end of the text is not looked for by copying it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Outlay is ₹ 34,334 crore in 2017-18. Rs. 5 crore is set aside.",
            ["Outlay is ₹ 34,334 crore in 2017-18", "Rs. 5 crore is set aside"],
        ),
        (
            "Dr. Rao and A. P. Singh met. Growth was 7.5. Then more",
            ["Dr. Rao and A. P. Singh met", "Growth was 7.5", "Then more"],
        ),
        ("1. The Scheme starts. No. 3 follows", ["1. The Scheme starts", "No. 3 follows"]),
        ("FY19. FY2018-19. 2018/19. Done", ["FY19", "FY2018-19", "2018/19", "Done"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    from planaudit.reading.scan import sentences

    assert [text[span.start : span.end] for span in sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("₹2,18,000 crore, and 34,334 villages, in all", ["₹2,18,000 crore", "and 34,334 villages", "in all"]),
        ("roads, railways", ["roads", "railways"]),
        ("in 2016, 17 projects", ["in 2016", "17 projects"]),
    ],
)
def test_clauses_keep_grouped_numbers(text: str, expected: list[str]) -> None:
    from planaudit.reading.scan import clauses, sentences

    (sentence,) = sentences(text)
    assert [text[span.start : span.end] for span in clauses(text, sentence)] == expected


# The unit of an English count is the counted noun phrase (the plural head and the words describing the thing before
# it), not a word describing the count (new, additional, more…).
COUNTED_NOUNS = [
    ("set up 5 additional AIIMS.", "5 additional AIIMS", 5, "AIIMS"),
    ("3 more projects", "3 more projects", 3, "projects"),
    ("two more years", "two more years", 2, "years"),
    ("six other major ports", "six other major ports", 6, "ports"),
    ("6 crore additional households", "6 crore additional households", 6, "crore households"),
    # Unchanged: a first word that names the count, units with signs, a describing word with no noun after it.
    ("62 schools", "62 schools", 62, "schools"),
    ("50 km of new roads", "50 km", 50, "km"),
    ("₹ 500 crore for new schemes", "₹ 500 crore", 500, "₹ crore"),
    ("20 per cent more", "20 per cent", 20, "%"),
    ("5 more than last year", "5", 5, ""),
    ("3 more.", "3", 3, ""),
    ("新建62所学校", "62所", 62, "所"),
    ("62 new Navodaya Vidyalayas will be opened", "62 new Navodaya Vidyalayas", 62, "Vidyalayas"),
    ("10 new mega food parks in the States", "10 new mega food parks", 10, "mega food parks"),
    ("1,500 new training centres", "1,500 new training centres", 1500, "training centres"),
    ("2.2 lakh new patients", "2.2 lakh new patients", 2.2, "lakh patients"),
    (
        "integrate 585 regulated wholesale markets",
        "585 regulated wholesale markets",
        585,
        "regulated wholesale markets",
    ),
    ("develop 10 non-functional air strips", "10 non-functional air strips", 10, "non-functional air strips"),
    ("open 2,000 model retail outlets", "2,000 model retail outlets", 2000, "model retail outlets"),
    ("reach 133 km roads per day", "133 km", 133, "km"),  # a unit is no describing word
    ("₹97,000 crore during 2016-17", "₹97,000 crore", 97000, "₹ crore"),
    # a word that compares, places in time or opens a participle's phrase names nothing the number counts
    ("enquiries rose to 7,250 compared with 6,900", "7,250", 7250, ""),
    ("tickets sold: 4,800 versus 4,100 a year before", "4,800", 4800, ""),
    ("4,800 vs 4,100", "4,800", 4800, ""),
    ("the figure stood at 31 last spring", "31", 31, ""),
    ("the depots took 18 and 22 respectively", "18", 18, ""),
    ("the depots took 18 respectively", "18", 18, ""),
    ("some 450 enrolled in the autumn term", "some 450", 450, ""),
    ("we inspected 450 licensed premises", "450 licensed premises", 450, "licensed premises"),
    ("the clinic now has 90 beds", "90 beds", 90, "beds"),
]


@pytest.mark.parametrize(("text", "written", "value", "unit"), COUNTED_NOUNS)
def test_the_unit_of_a_count_is_the_counted_noun(text: str, written: str, value: float, unit: str) -> None:
    figure = read_figures(text)[0]
    assert (figure.text, figure.value, figure.unit) == (written, value, unit)


def test_a_year_before_a_describing_word_stays_a_year() -> None:
    assert [figure.kind for figure in read_figures("by 2022 more farmers will gain")] == [Kind.YEAR]


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("₹17,000 crore next year", "₹17,000 crore", "₹ crore"),
        ("2 such projects per bank branch", "2 such projects", "projects"),
        ("6 crore additional households", "6 crore additional households", "crore households"),
    ],
)
def test_a_describing_word_after_a_scale_is_not_its_noun(text: str, written: str, unit: str) -> None:
    figure = read_figures(text)[0]
    assert (figure.text, figure.unit) == (written, unit)


# Python's case-insensitive matching takes ſ for s, ı and İ for i, K for k: the words such patterns match are read
# folded, not looked up as written (which raised KeyError: a traceback from `draft` on such a plan).
@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("ſix crore", 6, "crore", Qualifier.EXACT),
        ("sıx per cent", 6, "%", Qualifier.EXACT),
        ("twİce", 2, "倍", Qualifier.EXACT),
        ("ſome 5 crore", 5, "crore", Qualifier.ABOUT),
        ("5 crore or leſs", 5, "crore", Qualifier.AT_MOST),
        ("a thırd", 1 / 3, "", Qualifier.EXACT),
    ],
)
def test_number_words_with_letters_case_folding_takes_for_ascii(
    text: str, value: float, unit: str, qualifier: Qualifier
) -> None:
    (figure,) = read_figures(text)
    assert (figure.text, round(figure.value, 9), figure.unit, figure.qualifier) == (
        text,
        round(value, 9),
        unit,
        qualifier,
    )


def test_deadlines_with_letters_case_folding_takes_for_ascii() -> None:
    assert [d.due for d in read_deadlines("by Auguſt 2019")] == ["2019-08"]
    assert [d.due for d in read_deadlines("over the next ſix years")] == ["next six years"]


def test_draft_reads_a_plan_with_long_s_and_dotless_i(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("plan.txt").write_text(
        "Plan 2019\n\nWe will build ſix hundred schools by Auguſt 2019. Exports will grow twıce.\n", encoding="utf-8"
    )
    result = run_cli("draft", "plan.txt", "-o", "out")
    assert result.exit_code == 0, result.stderr
    targets = Path("out/targets.yaml").read_text(encoding="utf-8")
    assert "ſix hundred schools" in targets


@pytest.mark.parametrize(
    ("text", "year_and_unit"),
    [
        # A day, its month and its year are one date (#22: "1st May, 2018" is no rank 1)
        ("As on 23rd February, 2016, 5542 villages have been electrified.", ("date", "")),
        ("On 1st April, 2016, 300 schools opened.", ("date", "")),
        ("In 2016, 5542 villages were electrified.", ("year", "")),
        ("By March, 2019, 200 towns will be covered.", ("year", "")),
    ],
)
def test_a_year_in_a_date_does_not_take_the_next_figures_unit(text: str, year_and_unit: tuple[str, str]) -> None:
    year = next(f for f in read_figures(text) if f.value >= 2016)
    assert (year.kind.value, year.unit) == year_and_unit


def test_a_list_of_amounts_still_shares_its_unit() -> None:
    assert [(f.value, f.unit) for f in read_figures("2000、3000亩")] == [(2000, "亩"), (3000, "亩")]


@pytest.mark.parametrize(
    ("text", "low_unit"),
    [("£1.1 to £1.3 billion", "£ billion"), ("$5 to $10 million", "$ million"), ("£5 to £10", "£")],
)
def test_a_range_that_writes_its_sign_twice_and_its_scale_once(text: str, low_unit: str) -> None:
    low, high = read_figures(text)
    assert (low.role, low.unit, high.role) == ("low", low_unit, "high")


# "N times" counts occasions after a verb of doing or before when it happened; before a comparison or after a verb of
# change it stays a multiple, and so does anything with no such context.
TIMES = [
    ("The board met four times in 2013.", "four times", 4, "occasions", N),
    ("The committee met 3 times this year.", "3 times", 3, "occasions", N),
    ("Inspectors visited the site twice.", "twice", 2, "occasions", N),
    ("The panel has met 5 times", "5 times", 5, "occasions", N),
    ("Exports grew four times.", "four times", 4, "倍", M),
    ("Exports increased four times in a decade", "four times", 4, "倍", M),
    ("output is four times that of 2010", "four times", 4, "倍", M),
    ("twice as many schools", "twice", 2, "倍", M),
    ("three times the national average", "three times", 3, "倍", M),
    ("increase the income by one and a half times", "one and a half times", 1.5, "倍", M),
    ("twice", "twice", 2, "倍", M),
]


@pytest.mark.parametrize(("text", "figure", "value", "unit", "kind"), TIMES)
def test_times_counts_occasions_or_a_multiple(text: str, figure: str, value: float, unit: str, kind: Kind) -> None:
    first = read_figures(text)[0]
    assert (first.text, first.value, first.unit, first.kind) == (figure, value, unit, kind)


def test_a_review_counting_meetings_is_no_multiple(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text("We will open 3 new libraries by 2014.\n", encoding="utf-8")
    (tmp_path / "review.txt").write_text(
        "We opened 3 new libraries. The library board met four times in 2014.\n", encoding="utf-8"
    )
    result = run_cli("draft", str(tmp_path / "plan.txt"), "--review", str(tmp_path / "review.txt"), "-o", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    untracked = yaml.safe_load((tmp_path / "actuals.yaml").read_text(encoding="utf-8"))["untracked"]
    assert [(u["quote"], u["value"], u["unit"]) for u in untracked] == [
        ("The library board met four times", 4, "occasions")
    ]
