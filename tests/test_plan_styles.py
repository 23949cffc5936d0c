"""Plans in styles the corpus lacks (company ESG, council, city budget, health service, charity): falls, ceilings,
rates, others' forecasts, past results, and the period a review states it reports on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from planaudit.reading.clauses import Role, role, zh_past_topic
from planaudit.reading.figures import fall_percent, find_value, read_figures
from planaudit.reading.periods import parse_period, reported_period
from planaudit.reading.scan import scan
from planaudit.reading.units import in_base, split_unit
from tests.conftest import run_cli

INVENTED = Path(__file__).resolve().parent.parent / "benchmarks" / "invented"


def _kinds(sentence: str) -> list[tuple[str, float | None, str]]:
    return [(f.kind, f.target, f.unit) for f in scan(sentence) if f.kind not in ("judged", "milestone")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fall "by N%" is a decline of N, however many words stand between the verb and its "by"; "Scope 1 and 2"
        # names a class of emissions, it counts nothing
        (
            "We will reduce our Scope 1 and 2 greenhouse gas emissions by 42% by 2030.",
            [("decline", 42.0, "%")],
        ),
        ("We will cut absolute Scope 1 and 2 emissions by 30% by 2025, compared with 2019.", [("decline", 30.0, "%")]),
        ("We will halve food waste in our own operations by 2025.", [("decline", 50.0, "%")]),
        ("Unplanned readmissions within 28 days will be cut by 10%.", [("decline", 10.0, "%")]),
        # a fall "to N" is a ceiling of N
        ("We will reduce the median wait for elective surgery to 90 days.", [("at_most", 90.0, "days")]),
        ("We will reduce the vacancy rate in city positions to 8% by June 30, 2025.", [("at_most", 8.0, "%")]),
        # a ceiling said with "stay below", "not exceed"; a rate's base is its unit, never a figure of its own
        (
            "The lost-time injury frequency rate must stay below 0.5 per million hours worked.",
            [("at_most", 0.5, "per million hours worked")],
        ),
        (
            "Fleet fuel consumption will not exceed 30 litres per 100 kilometres.",
            [("at_most", 30.0, "litres per 100 kilometres")],
        ),
        ("Staff turnover should not exceed 12%.", [("at_most", 12.0, "%")]),
        # "at five years" is an age, "to 95%" the level: no range from 5 to 95
        ("We will increase childhood immunisation coverage at five years to 95%.", [("at_least", 95.0, "%")]),
        # a level kept, money raised, money a budget provides
        ("The property tax rate will remain at $0.92 per $100 of assessed value.", [("approximately", 0.92, "$")]),
        ("We will raise £18 million from individual supporters.", [("at_least", 18.0, "£ million")]),
        (
            "The budget provides $212 million for the Police Department and $148 million for Fire and Rescue.",
            [("planned", 212.0, "$ million"), ("planned", 148.0, "$ million")],
        ),
        # a rise "from A to B" is a floor of B, a fall a ceiling; "the number of" names what a bare count counts
        ("We will increase the proportion of residents who feel safe from 72% to 80%.", [("at_least", 80.0, "%")]),
        (
            "We will reduce the number of households in temporary accommodation from 820 to 700.",
            [("at_most", 700.0, "households")],
        ),
        ("We will cut the number of empty homes to 400 by 2025.", [("at_most", 400.0, "homes")]),
        ("Inflation will be kept between 1% and 3%.", [("between", 1.0, "%")]),
        # a fall by a fraction, or named by its noun; "2019 levels" is a year; a rise capped by "not … more than"
        ("We will reduce waiting lists by a quarter by 2026.", [("decline", 25.0, "%")]),
        ("Emissions will be reduced by 25% compared with 2019 levels.", [("decline", 25.0, "%")]),
        ("We target a 20% reduction in energy consumption by 2026.", [("decline", 20.0, "%")]),
        ("Operating costs will not rise by more than 2% a year.", [("at_most", 2.0, "%")]),
        ("We will hold fundraising costs below 20p in every pound raised.", [("at_most", 20.0, "p")]),
        # someone else's forecast, the world's state, and a past year's result are no goals of the plan
        ("Analysts expect the market to grow by 5% a year.", []),
        ("Economists project inflation of about 2.8% over the coming year.", []),
        ("Industry analysts forecast that demand for plant-based products will grow by 9% a year.", []),
        ("Around 2.2 billion people worldwide still lack safely managed drinking water.", []),
        ("Last year we cut emissions by 12% and recycled 85% of our waste.", []),
        # a floor denied to everyone is a ceiling; a short time improves by getting shorter; a class's number in
        # lower case ("category 2") counts nothing
        ("No patient will wait more than 18 weeks for planned treatment by March 2024.", [("at_most", 18.0, "weeks")]),
        (
            "Ambulance response times for category 2 calls will improve to an average of 30 minutes this year.",
            [("at_most", 30.0, "minutes")],
        ),
        ("We will admit more than 500 pupils, and no one will be turned away.", [("at_least", 500.0, "pupils")]),
    ],
)
def test_english_goal_kinds_of_plans_in_other_styles(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert _kinds(sentence) == expected


def test_a_forecast_by_others_is_no_commitment_and_ours_is_no_forecast_of_others() -> None:
    assert role("Analysts expect the market to grow by 5% a year.") is Role.FORECAST
    assert role("The Australian Institute of Health and Welfare expects demand to rise by 3% each year.") is (
        Role.FORECAST
    )
    assert role("We will train 2,000 farmers this year.") is Role.COMMITMENT
    assert role("The Office for Budget Responsibility forecasts growth of 2.4% in 2015.") is Role.FORECAST
    # an institution that expects others to act sets a requirement (often the plan's own author): no forecast
    assert role("The Cabinet Office expects every department to publish at least 10 datasets by March 2015.") is not (
        Role.FORECAST
    )


def test_units_of_measures_and_rates() -> None:
    figures = read_figures("Water use will fall to 2.5 cubic metres; infections stay below 1.0 per 10,000 bed days.")
    assert [(f.value, f.unit) for f in figures] == [(2.5, "cubic metres"), (1.0, "per 10,000 bed days")]
    # a scale after "per" is the rate's base: 0.5 per million hours is 0.5, not 500,000
    assert split_unit("per million hours worked") == (("per million hours worked", 1.0))
    assert split_unit("million trees").factor == 1e6  # "one million trees": the scale stays the figure's
    assert [(f.value, f.unit) for f in read_figures("₹ 6,000 per hectare")] == [(6000.0, "₹")]


def test_a_scale_word_is_the_figures_scale_and_the_unit_is_read_after_it_as_after_a_number() -> None:
    """ "one million hedgerow shrubs" counts shrubs as "1,000,000 hedgerow shrubs" does, a million of them; the word
    after the scale is no unit when it describes the noun counted."""
    for written, plain, unit in [
        (
            "We will plant one million hedgerow shrubs.",
            "We will plant 1,000,000 hedgerow shrubs.",
            "million hedgerow shrubs",
        ),
        ("All 14 crore farm holdings.", "All 14,00,00,000 farm holdings.", "crore farm holdings"),
        ("2 million cubic metres of water", "2,000,000 cubic metres of water", "million cubic metres"),
        ("3 million young people", "3,000,000 young people", "million young people"),
    ]:
        (scaled,) = read_figures(written)
        (counted,) = read_figures(plain)
        assert scaled.unit == unit and split_unit(unit).base == counted.unit, written
        assert in_base(scaled.value, scaled.unit) == in_base(counted.value, counted.unit)


def test_one_amount_written_with_a_scale_word_and_in_digits_is_one_goal_and_its_evidence_fits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Harbour Town Council Plan 2024\n\nWe will plant one million hedgerow shrubs in 2024.\n\n"
        "Summary\n\nWe will plant 1,000,000 hedgerow shrubs in 2024.\n",
        "Harbour Town Council Annual Report 2024\n\nWe planted 900,000 hedgerow shrubs in 2024.\n",
    )
    assert len(goals) == 1  # a restatement, the scale written another way
    (entry,) = entries.values()
    assert (entry["value"], entry["unit"]) == (900000, "hedgerow shrubs")


def test_a_chinese_sentence_opening_on_last_year_tells_results_in_each_clause() -> None:
    assert zh_past_topic("去年全市地区生产总值增长4.5%，完成固定资产投资1100亿元")
    assert zh_past_topic("过去一年，新建改建农村公路326公里")
    assert not zh_past_topic("去年全市地区生产总值增长4.5%，今年要完成固定资产投资1200亿元")
    assert not zh_past_topic("全年完成固定资产投资1200亿元")
    quotes = [
        f.quote
        for f in scan("全年完成固定资产投资1200亿元。\n去年全市地区生产总值增长4.5%，完成固定资产投资1100亿元。\n")
    ]
    assert quotes == ["全年完成固定资产投资1200亿元"]


def test_a_heading_naming_next_years_plans_leaves_the_period_the_review_states(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Plans 2025" on a line of its own is a heading, not a report's date: the review still reports on 2024."""
    monkeypatch.chdir(tmp_path)
    review = ESG_REVIEW.replace("Acme Group Sustainability Report 2024", "Acme Group Report 2024")
    goals, entries = _draft(tmp_path, ESG_PLAN, review + "\nPlans 2025\n\nWe will open a new recycling plant.\n")
    by_quote = {g["quote"]: entries[g["id"]] for g in goals}
    assert by_quote["We aim to source 80%"]["value"] == 83


def test_the_period_a_review_states() -> None:
    assert reported_period("Acme Group Sustainability Report 2024\n\nIn 2024 our emissions fell.") == parse_period(
        "2024"
    )
    assert reported_period("Annual Performance Report 2024/25\n\nHomes were built.") == parse_period("2024-25")
    assert reported_period("Council report\n\nThis report covers April 2024 to March 2025.\n") == parse_period(
        "2025-03"
    )
    assert reported_period("Budget Message\n\nIn FY 2025 the city hired 46 officers.") == parse_period("FY2025")
    # next year's aim, a title naming no report, a Chinese title: no period stated
    assert reported_period("Budget Message\n\nIn 2026 we will hire 30 officers.") is None
    assert reported_period("Fiscal Year 2026 Proposed Budget Message\n\nSpending rose.") is None
    assert reported_period("2024年某市政府工作报告\n\n过去一年，全市…") is None


def _draft(folder: Path, plan: str, review: str | None) -> tuple[list[dict], dict]:  # type: ignore[type-arg]
    (folder / "plan.txt").write_text(plan, encoding="utf-8")
    args = ["draft", "plan.txt"]
    if review is not None:
        (folder / "review.txt").write_text(review, encoding="utf-8")
        args += ["--review", "review.txt"]
    result = run_cli(*args)
    assert result.exit_code == 0, result.stderr
    assert run_cli("validate").exit_code == 0
    targets = yaml.safe_load((folder / "targets.yaml").read_text(encoding="utf-8"))
    actuals = yaml.safe_load((folder / "actuals.yaml").read_text(encoding="utf-8"))
    return targets["goals"], actuals["goals"]


ESG_PLAN = (
    "Acme Group Sustainability Plan 2023\n\nOur commitments\n\n"
    "We will reduce our Scope 1 and 2 greenhouse gas emissions by 42% by 2030, against a 2020 baseline.\n"
    "We aim to source 80% of our electricity from renewable sources by the end of 2024.\n"
    "The lost-time injury frequency rate must stay below 0.5 per million hours worked.\n\n"
    "Last year we cut emissions by 12% and recycled 85% of our waste.\n"
    "Analysts expect the market to grow by 5% a year.\n"
)
ESG_REVIEW = (
    "Acme Group Sustainability Report 2024\n\n"
    "In 2024 our Scope 1 and 2 emissions were 31% lower than in 2020.\n"
    "Renewable sources supplied 83% of our electricity in 2024.\n"
    "Our lost-time injury frequency rate was 0.42 per million hours worked.\n"
)


def test_draft_of_a_company_plan_reviewed_in_the_next_years_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, ESG_PLAN, ESG_REVIEW)
    rules = {g["quote"]: g["rule"] for g in goals}
    assert rules == {
        "We will reduce our Scope 1 and 2 greenhouse gas emissions by 42%": {
            "kind": "decline",
            "target_pct": 42,
            "unit": "%",
        },
        "We aim to source 80%": {"kind": "at_least", "target": 80, "unit": "%"},
        "The lost-time injury frequency rate must stay below 0.5 per million hours worked": {
            "kind": "at_most",
            "target": 0.5,
            "unit": "per million hours worked",
            "exclusive": True,
        },
    }
    by_quote = {g["quote"]: entries[g["id"]] for g in goals}
    # the 2023 plan's 2024 deadline is the 2024 report's to tell; "in 2024" is no other year than the one reported
    assert by_quote["We aim to source 80%"]["value"] == 83
    assert by_quote["We aim to source 80%"]["evidence"][0]["quote"].startswith("Renewable sources supplied 83%")
    assert by_quote["The lost-time injury frequency rate must stay below 0.5 per million hours worked"]["value"] == 0.42
    # 2030 is after 2024: not looked for, and the draft says why
    assert by_quote["We will reduce our Scope 1 and 2 greenhouse gas emissions by 42%"]["status"] == "silent"
    text = (tmp_path / "actuals.yaml").read_text(encoding="utf-8")
    assert "not due by the period the review reports on" in text
    # the review never chooses the goals
    alone = tmp_path / "alone"
    alone.mkdir()
    monkeypatch.chdir(alone)
    _draft(alone, ESG_PLAN, None)
    with_review = (tmp_path / "targets.yaml").read_text(encoding="utf-8")
    without = (alone / "targets.yaml").read_text(encoding="utf-8")
    assert [line for line in with_review.splitlines() if "review" not in line] == [
        line for line in without.splitlines() if "review" not in line
    ]


def test_bullets_under_a_dated_heading_take_its_deadline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Clearwater Trust Strategy 2024–2026\n\nWhat we will achieve by the end of 2026\n\n"
        "Bring safe drinking water to 250,000 people in rural Malawi.\nRaise £18 million from supporters.\n",
        "Clearwater Trust Annual Review 2024\n\nIn 2024 we brought safe water to 92,000 people.\n"
        "Supporters gave £6.1 million in 2024.\n",
    )
    # a strategy over 2024–2026: each target a trajectory to 2026 (the heading's deadline), from the 2023 base
    assert [(g["rule"]["kind"], g["rule"]["base_year"], g["rule"]["target_year"]) for g in goals] == [
        ("trajectory", 2023, 2026),
        ("trajectory", 2023, 2026),
    ]
    # a first year's progress is that year's point on the way, never the target met at the end of the third
    assert [entries[g["id"]]["value"] for g in goals] == [92000, 6.1]
    assert "# 2024: a year on the way to 2026" in (tmp_path / "actuals.yaml").read_text(encoding="utf-8")
    report = run_cli("check", "--allow-draft", "--format", "json")
    assert [g["verdict"] for g in json.loads(report.stdout)["goals"]] == ["not_due", "not_due"]


def test_a_chinese_plans_last_year_result_is_no_goal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, _ = _draft(
        tmp_path,
        "2023年某市政府工作报告\n\n全年完成固定资产投资1200亿元。新建改建农村公路300公里。\n"
        "去年全市地区生产总值增长4.5%，完成固定资产投资1100亿元。\n",
        None,
    )
    assert [g["quote"] for g in goals] == ["全年完成固定资产投资1200亿元", "新建改建农村公路300公里"]


# The final held-out pairs (heldout2), keyed before draft ran on them: how draft does on them is measured, not tuned
# (benchmarks/DRAFT.md, "Final held-out pairs"). Two drafted a ceiling as a floor when first measured; a row that
# still does is a strict xfail, so the day draft reads it right the mark has to go.
FINAL_HELD_OUT = {
    "invented/budget-northgate-province": None,
    "invented/water-aldbourne": None,
    "invented/zh-eco-province": None,
    "invented/zh-edu-county": None,
}

# The third set of held-out pairs (heldout3), keyed by hand before draft ran on them and measured, not tuned
# (benchmarks/DRAFT.md, "Held-out pairs, third set"): each pair's ceilings drafted as floors when first measured; a
# pair that still drafts one is a strict xfail, so the day draft reads it right the mark has to go.
THIRD_HELD_OUT = {
    "invented/climate-action-ardmore": None,
    "invented/police-crime-eastmere": None,
    "invented/transport-southmoor": None,
    "invented/zh-rural-roads": None,
    "invented/zh-soe-energy": None,
}

# The fourth set of held-out pairs (heldout4), keyed by hand before draft ran on them and measured, not tuned
# (benchmarks/DRAFT.md, "Held-out pairs, fourth set"): a pair that drafts a ceiling as a floor is a strict xfail with
# what it drafted, so the day draft reads it right the mark has to go.
FOURTH_HELD_OUT: dict[str, str | None] = {
    "invented/airport-harbury": None,
    "invented/skills-narmada": None,
    "invented/tax-northmark": None,
    "invented/zh-housing-qingchuan": None,
    "invented/zh-sci-tech-jiangling": None,
}
# The fifth set of held-out pairs (heldout5), keyed by hand and committed (94a9d22, 01:41 UTC) before draft ran on them
# and before any draft change of that session landed; measured, not tuned (benchmarks/DRAFT.md, "Held-out pairs, fifth
# set"): a pair that drafts a ceiling as a floor is a strict xfail with what it drafted.
FIFTH_HELD_OUT: dict[str, str | None] = {
    "invented/dot-calloway": None,
    "invented/hospital-murray-basin": None,
    "invented/port-kanvar": None,
    "invented/zh-commerce-haixi": None,
    "invented/zh-health-commission-linyuan": None,
}
# Every held-out set's pairs, scored on their own below (a strict xfail where one still drafts a ceiling as a floor).
HELD_OUT = {**FINAL_HELD_OUT, **THIRD_HELD_OUT, **FOURTH_HELD_OUT, **FIFTH_HELD_OUT}


def _draft_corpus() -> Any:
    import importlib.util
    import sys

    path = INVENTED.parent / "draft_corpus.py"
    spec = importlib.util.spec_from_file_location("draft_corpus_styles", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["draft_corpus_styles"] = module
    spec.loader.exec_module(module)
    return module


def test_invented_pairs_are_keyed_and_scored_apart_from_the_corpus() -> None:
    module = _draft_corpus()
    all_keys = module.keys
    invented = [key for key in all_keys() if key.name.startswith("invented/")]
    assert sorted(key.name for key in invented) == [
        "invented/airport-harbury",
        "invented/apr-federal-rural",
        "invented/budget-maple-falls",
        "invented/budget-northgate-province",
        "invented/budget-vindhya-pradesh",
        "invented/climate-action-ardmore",
        "invented/council-riverside",
        "invented/dot-calloway",
        "invented/esg-northwind",
        "invented/health-northern-coast",
        "invented/hospital-murray-basin",
        "invented/ngo-clearwater",
        "invented/police-crime-eastmere",
        "invented/port-kanvar",
        "invented/skills-narmada",
        "invented/tax-northmark",
        "invented/transport-southmoor",
        "invented/uni-eastmoor",
        "invented/water-aldbourne",
        "invented/zh-action-midterm",
        "invented/zh-city-report",
        "invented/zh-commerce-haixi",
        "invented/zh-county-gwr",
        "invented/zh-dept-action",
        "invented/zh-eco-province",
        "invented/zh-edu-county",
        "invented/zh-health-commission-linyuan",
        "invented/zh-housing-qingchuan",
        "invented/zh-listed-company",
        "invented/zh-province-fyp",
        "invented/zh-rural-roads",
        "invented/zh-sci-tech-jiangling",
        "invented/zh-soe-energy",
    ]
    for key in invented:
        assert key.rows and all(phrase in key.plan.text for row in key.rows for phrase in row.phrases)
        assert all(phrase in key.review.text for row in key.rows for phrase in row.outcomes), key.name
        if key.name in HELD_OUT:
            continue  # scored on their own below
        result = module.score(key)
        assert result["ceiling_as_floor"] == 0, key.name


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=why)) if why else name
        for name, why in HELD_OUT.items()
    ],
)
def test_the_held_out_pairs_draft_no_ceiling_as_a_floor(name: str) -> None:
    module = _draft_corpus()
    (key,) = module.keys(name)
    assert module.score(key)["ceiling_as_floor"] == 0


def test_halve_and_a_third_are_falls_written_as_the_plan_writes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planaudit.rules.decline import DeclineParams

    assert DeclineParams(kind="decline", target_pct="halve", unit="%").target_pct == 50  # type: ignore[arg-type]
    monkeypatch.chdir(tmp_path)
    goals, _ = _draft(
        tmp_path,
        "Plan 2025\n\nWe will halve food waste by 2025.\nWe will cut energy use by a third by 2025.\n",
        None,
    )
    # the target as written: every number in the data stands in the quote (validate checks it)
    assert [g["rule"] for g in goals] == [
        {"kind": "decline", "target_pct": "halve", "unit": "%"},
        {"kind": "decline", "target_pct": "a third", "unit": "%"},
    ]
    # one reading of "halve" (figures.fall_percent): the scan's target, the rule's text target and the evidence agree
    for written in ("halve", "halves", "halved", "Halving"):
        (figure,) = read_figures(written)
        assert fall_percent(figure) == 50
        assert DeclineParams(kind="decline", target_pct=written, unit="%").target_pct == 50  # type: ignore[arg-type]
        assert find_value(f"Food waste was {written.lower()}.", 50, "%") is not None
    assert [(f.kind, f.target) for f in scan("We will halve food waste.")] == [("decline", 50.0)]
    assert fall_percent(read_figures("doubled")[0]) is None and fall_percent(read_figures("half")[0]) is None


def test_pence_is_a_unit_and_no_identifier() -> None:
    assert [(f.value, f.unit) for f in read_figures("Fundraising cost 17p for every pound raised.")] == [(17.0, "p")]
    assert [f.unit for f in read_figures("The office closes at 10p.m. today.")] != ["p"]


def test_a_review_counts_what_the_number_of_names_and_a_span_counted_over_is_no_outcome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Health Service Plan 2023\n\n"
        "We aim to increase the number of virtual ward beds to 10,000 by December 2023.\n"
        "No patient will wait more than 18 weeks for planned treatment.\n",
        "Annual Report 2023\n\nThe number of virtual ward beds reached 12,000.\n"
        "In December 2023, 58% of patients started treatment within 18 weeks.\n",
    )
    beds = next(g for g in goals if "virtual ward beds" in g["quote"])
    assert entries[beds["id"]]["value"] == 12000 and entries[beds["id"]]["unit"] == "beds"
    # "within 18 weeks" is the span the 58% is counted over: no wait of 18 weeks was reported
    wait = next(g for g in goals if g["quote"].startswith("No patient"))
    assert wait["rule"]["kind"] == "at_most" and entries[wait["id"]]["status"] == "silent"
