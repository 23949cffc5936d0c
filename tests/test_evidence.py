"""Evidence proposed by draft: the same measure, a result of the plan's period, a unit of the same order; else none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from planaudit.drafting.common import WORD_MATCH
from planaudit.drafting.review import _without_openers
from planaudit.reading.figures import read_figures
from planaudit.reading.matching import (
    Echoes,
    Weights,
    covered,
    echoes_act,
    head_counted,
    looks_ahead,
    match_score,
    names_act,
    names_measure,
    period_fits,
    repeats_words,
    reports_act,
    reports_deed,
    same_words,
    short_names,
    shortens,
    stem,
    terms,
    years_named,
    zh_act_words,
)
from planaudit.reading.tables import rows as table_rows
from tests.conftest import run_cli
from tests.drafting import draft_pair as _draft
from tests.drafting import entry_of as _evidence


def test_english_evidence_is_this_years_result_of_the_same_measure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Corporate Plan 2016-17\nWe will complete at least 300 homes for affordable rent this year. "
        "Bus punctuality will be at least 85%. Road casualties will be at most 400 people.\n",
        "Annual Review 2016-17\nBus punctuality will be at least 90% in 2017-18. Train punctuality reached 88%. "
        "Over 310 homes for affordable rent were completed, the most in a decade. "
        "In 2015-16, 420 people were hurt on the roads. Bus punctuality averaged 83.9%.\n",
    )
    homes = _evidence(goals, entries, "We will complete at least 300 homes")
    assert (homes["value"], homes["evidence"][0]["quote"]) == (310, "Over 310 homes for affordable rent were completed")
    bus = _evidence(goals, entries, "Bus punctuality")
    # not next year's target (90%), not trains (another measure with the same unit)
    assert (bus["value"], bus["evidence"][0]["quote"]) == (83.9, "Bus punctuality averaged 83.9%")
    # 420 is the year before the plan's: no evidence rather than a wrong one
    assert _evidence(goals, entries, "Road casualties")["status"] == "silent"


def test_chinese_evidence_names_the_same_measure_not_one_sharing_its_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2016年工作计划\n城镇登记失业率4.5%以内。单位国内生产总值能耗下降3.4%以上。国内生产总值增长6.5%以上。\n",
        "2016年工作回顾\n年末城镇调查失业率5.1%。单位国内生产总值能耗下降5%。明年国内生产总值增长6%左右。\n",
    )
    assert _evidence(goals, entries, "城镇登记失业率")["status"] == "silent"  # 调查 is not 登记
    energy = _evidence(goals, entries, "单位国内生产总值能耗")
    assert (energy["value"], energy["evidence"][0]["quote"]) == (5, "单位国内生产总值能耗下降5%")
    # not the energy figure (its head noun is 能耗), not next year's target (明年)
    assert _evidence(goals, entries, "国内生产总值增长")["status"] == "silent"


def test_a_growth_rate_after_a_level_takes_the_levels_measure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2016年工作计划\n国内生产总值增长6.5%－7%。\n",
        "2016年工作回顾\n国内生产总值达到74.4万亿元，增长6.7%。\n",
    )
    entry = _evidence(goals, entries, "国内生产总值增长")
    assert (entry["value"], entry["evidence"][0]["quote"]) == (6.7, "增长6.7%")


def test_stems_join_forms_of_a_word() -> None:
    assert stem("completed") == stem("complete") == stem("completion")
    assert stem("casualties") == stem("casualty")
    assert stem("households") == stem("household") != stem("houses")
    assert stem("construction") != stem("constitution")
    assert terms("We will complete at least 300 homes") == {stem("complete"), stem("homes")}
    assert terms("城镇新增就业") == {"城镇", "镇新", "新增", "增就", "就业"}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("repave", "repaved"),
        ("repave", "repaving"),
        ("ensure", "ensured"),
        ("create", "created"),
        ("invite", "invited"),
        ("transfer", "transferred"),
        ("commit", "committed"),
        ("commit", "commitment"),
        ("complete", "completion"),
        ("construct", "construction"),
        ("connect", "connection"),
        ("distribute", "distribution"),
        ("transform", "transformation"),
        ("manage", "manager"),
        ("achieve", "achievement"),
        ("casualty", "casualties"),
    ],
)
def test_forms_of_one_word_share_a_stem(one: str, other: str) -> None:
    assert stem(one) == stem(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("transfer", "transformation"),
        ("transfer", "transport"),
        ("construct", "constrain"),
        ("construction", "constitution"),
        ("complete", "complement"),
        ("complete", "complex"),
        ("comment", "commence"),
        ("convert", "conversation"),
        ("contract", "contrast"),
        ("district", "distribution"),
        ("internal", "international"),
        ("commit", "committee"),
        ("households", "houses"),
        ("caste", "cast"),  # a short word's final e tells it apart
        ("theme", "them"),
    ],
)
def test_words_of_other_roots_keep_other_stems(one: str, other: str) -> None:
    assert stem(one) != stem(other)


def test_a_deed_is_matched_on_its_verb_whatever_its_tense_and_not_on_a_verb_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "repave" is done by "were repaved", not by "were painted"; "transfer the archive" is not done by "the archive
    was transformed"."""
    monkeypatch.chdir(tmp_path)
    intro = "The team met partners across the country to talk about the programme.\n\n"
    goals, entries = _draft(
        tmp_path,
        "Quarterly Report 2013\n\nWe will repave the old bridges.\n\nWe will transfer the archive.\n",
        f"Quarterly Report 2013\n\n{intro}The old bridges were painted in May.\n\n"
        "The old bridges were repaved in June.\n\nThe archive was transformed in May.\n",
    )
    repave = _evidence(goals, entries, "will repave the old bridges")
    assert repave["evidence"][0]["quote"] == "The old bridges were repaved in June"
    assert _evidence(goals, entries, "will transfer the archive")["status"] == "silent"


def test_a_phrase_of_another_measure_scores_below_the_threshold() -> None:
    weights = Weights(["Bus punctuality averaged 83.9%.", "Train punctuality reached 88%.", "Council tax rose."])
    goal = terms("Bus punctuality will be at least 85%")
    assert match_score(goal, terms("Bus punctuality averaged"), weights) == 1.0
    assert 0 < match_score(goal, terms("Train punctuality reached"), weights) < WORD_MATCH
    assert match_score(goal, terms("Council tax rose"), weights) == 0.0


def test_clauses_that_look_ahead() -> None:
    assert looks_ahead("For 2017-18, I have pegged the fiscal deficit at 3.2% of GDP")
    assert looks_ahead("another 5 lakh farm ponds will be taken up")
    assert looks_ahead("Farmers : for whom we have committed to double the income in 5 years")  # a pledge restated
    assert looks_ahead("The target for agricultural credit in 2017-18 has been fixed at ₹ 10 lakh crores")
    assert looks_ahead("明年国内生产总值增长6%左右")
    assert not looks_ahead("Bus punctuality averaged 83.9%")
    assert not looks_ahead("全年城镇新增就业1314万人")


def test_the_year_nearest_a_figure_must_be_the_plans() -> None:
    assert years_named("in 2016-17 and 2017-2018, from 2011-2014") == [(2016, 2017), (2017, 2018)]
    assert period_fits([], (2016, 2017))
    assert period_fits([(2016, 2017)], (2016, 2017))
    assert period_fits([(2016, 2016)], (2016, 2016))
    assert not period_fits([(2017, 2018)], (2016, 2017))
    assert not period_fits([(2015, 2015)], (2016, 2016))


def test_a_review_that_repeats_the_plans_words_is_an_echo() -> None:
    echoes = Echoes("* continue work on all 25 exemplar projects\n* advised 3 of the 7 major transactional departments")
    assert echoes.repeats("* continued work on all ", "25 exemplar projects")
    assert echoes.repeats("we advised a further 2 of the ", "7 major transactional departments")
    assert not echoes.repeats("We have begun work on ", "14 exemplar projects")


def test_chinese_measure_words() -> None:
    assert names_measure("城镇调查失业率", "城镇调查失业率6%左右", "年末全国城镇调查失业率降到")
    assert not names_measure("城镇登记失业率", "城镇登记失业率5.5%左右", "年末全国城镇调查失业率降到")
    assert not names_measure("国内生产总值", "国内生产总值增长6.5%", "单位国内生产总值能耗下降")
    assert names_measure("合同外资", "力争完成合同外资8亿美元", "完成合同利用外资")
    assert names_measure("再开工", "再开工20项重大水利工程", "新开工重大水利工程")


def test_an_allocation_is_found_in_the_reviews_table_of_estimates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Budget 2016-2017\nWe are implementing the Pradhan Mantri Gram Sadak Yojana as never before. "
        "I have allocated ₹19,000 crore in 2016-17.\nI have set aside ₹2,000 crore for LPG connections.\n"
        "A sum of ₹9,500 crore is provided for the National Health Mission.\n",
        "Budget 2017-2018\nAnnex\n(In Crores of Rupees)\nSl Name of scheme BE RE BE\nNo. 2016-2017 2016-2017 2017-2018\n"
        "4 National Social Assistance Progamme 9500 9500 9500\n5 Pradhan Mantri Gram Sadak Yojna 19000 19500 19000\n"
        "29 LPG connection to poor households 1500 2500 2500\n",
    )
    roads = _evidence(goals, entries, "I have allocated ₹19,000 crore")
    # the budget estimate (BE 2016-17) is the plan's figure; the outcome is the revised estimate (RE 2016-17)
    assert (roads["value"], roads["unit"], roads["evidence"][0]["quote"]) == (
        19500,
        "₹ crore",
        "5 Pradhan Mantri Gram Sadak Yojna 19000 19500 19000",
    )
    # the LPG row's BE is not the plan's 2,000 (another measure); the 9,500 row names another scheme
    assert _evidence(goals, entries, "I have set aside ₹2,000 crore")["status"] == "silent"
    assert _evidence(goals, entries, "A sum of ₹9,500 crore")["status"] == "silent"


def test_table_rows_need_labelled_period_columns() -> None:
    text = "(In Crores of Rupees)\nSl. BE RE BE\nName of the Ministry\nNo. 2016-2017 2016-2017 2017-2018\n"
    text += (
        "Ministry of Health and Family\n4\nWelfare 38206 39688 48853\n12 Ministry of Rural Development 87765 97760 1\n"
    )
    found = table_rows(text)
    assert [(r.name, r.values) for r in found] == [
        ("Ministry of Health and Family Welfare", (38206, 39688, 48853)),
        ("Ministry of Rural Development", (87765, 97760, 1)),
    ]
    assert [(c.label, c.period) for c in found[0].columns] == [
        ("BE", (2016, 2017)),
        ("RE", (2016, 2017)),
        ("BE", (2017, 2018)),
    ]
    assert table_rows("Villages electrified 5542 1200 300\n") == []  # no headings: not read as a table


def test_a_level_in_another_scale_of_the_unit_keeps_its_own_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Corporate Plan 2024/25\nThe capital programme is set at 42 million pounds.\n",
        "Annual Review 2024/25\nCapital programme spending came to 41,400 thousand pounds.\n",
    )
    entry = _evidence(goals, entries, "The capital programme")
    assert (entry["value"], entry["unit"]) == (41400, "thousand pounds")


@pytest.mark.parametrize(
    ("review", "done"),
    [
        ("2016年工作回顾\n实现大病保险全覆盖。\n", True),
        ("2016年工作回顾\n推动大病保险全覆盖取得新的重要进展。\n", False),  # progress, not done
        ("2016年工作回顾\n明年要实现大病保险全覆盖。\n", False),  # the next year's plan
    ],
)
def test_a_milestone_is_done_when_the_review_reports_its_act(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, review: str, done: bool
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, "2016年工作计划\n今年要实现大病保险全覆盖。\n", review)
    entry = _evidence(goals, entries, "今年要实现大病保险全覆盖")
    assert _proposed(entry) == ("实现大病保险全覆盖" if done else None)


def _proposed(entry: dict) -> str | None:  # type: ignore[type-arg]
    """The quote an entry proposes for a person to decide (None: silent); a proposal never carries a verdict."""
    if entry["status"] == "silent":
        return None
    assert entry["status"] == "reported" and "undecided" in entry and "done" not in entry and "verdict" not in entry
    return entry["evidence"][0]["quote"]  # type: ignore[no-any-return]


def test_an_amount_is_not_a_year() -> None:
    assert years_named("新建高速铁路投产里程超过1900公里") == []
    assert years_named("2016年") == [(2016, 2016)]
    assert years_named("增长2016%") == []


def test_an_abbreviation_names_a_table_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Budget 2016-2017\nA sum of ₹38,500 crore has been allocated for MGNREGS in 2016-17.\n",
        "Budget 2017-2018\nAnnex\n(In Crores of Rupees)\nSl Name of scheme BE RE BE\nNo. 2016-2017 2016-2017 2017-2018\n"
        "1 Mahatma Gandhi National Rural 38500 47499 48000\nEmployment Guarantee Programme\n"
        "of which Irrigation (PMKSY)\n2 National Rural Drinking Water Mission 5000 6000 6050\n",
    )
    entry = _evidence(goals, entries, "A sum of ₹38,500 crore")
    assert (entry["value"], entry["evidence"][0]["quote"]) == (
        47499,
        "1 Mahatma Gandhi National Rural 38500 47499 48000",
    )


def test_a_tables_unit_line_names_a_scale_or_currency() -> None:
    text = "(In Crores of Rupees)\nSl. BE RE BE\nNo. 2016-2017 2016-2017 2017-2018\n(PMKSY)\nFasal Bima Yojana 5500 13240 9000\n"
    assert [r.unit for r in table_rows(text)] == ["Crores of Rupees"]


def test_an_ordinal_event_is_reported_under_its_full_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path, "2020年工作计划\n筹办好第三届进博会。\n", "2020年工作回顾\n成功举办第三届中国国际进口博览会。\n"
    )
    assert _evidence(goals, entries, "筹办好第三届进博会")["done"] is True


_DEEDS_PLAN = (
    "Corporate Plan 2016-17\nWe will set up a tenant advice service in every ward. Efforts will be made to reward "
    "schools that have become free from plastic waste. We will introduce a bill on reservoir safety in the coming "
    "session.\n"
)


def test_a_deed_reported_done_is_proposed_for_a_person_to_decide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        _DEEDS_PLAN,
        "Annual Review 2016-17\nA tenant advice service has been set up in each ward of the borough. Plastic waste "
        "free schools are now being given priority for new playground grants. A bill on reservoir safety will be "
        "introduced next year.\n",
    )
    advice = _evidence(goals, entries, "will set up a tenant advice service")
    assert advice["evidence"][0]["quote"] == "A tenant advice service has been set up in each ward of the borough"
    schools = _evidence(goals, entries, "will be made to reward schools")
    assert schools["evidence"][0]["quote"].startswith("Plastic waste free schools are now being given priority")
    for entry in (advice, schools):  # words alike are no verdict: a person decides
        assert entry["status"] == "reported" and "undecided" in entry
        assert not {"done", "verdict", "rationale"} & set(entry)
    assert _evidence(goals, entries, "will introduce a bill")["status"] == "silent"  # next year's, not done


def test_a_deed_needs_words_few_review_sentences_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    common = "Departments moved digital services for users to the new site. " * 12
    goals, entries = _draft(
        tmp_path,
        "Digital Plan 2016-17\nWe will move digital services across departments to their users.\n"
        "We will set up a tenant advice service in every ward.\n",
        f"Annual Review 2016-17\n{common}Digital services for users were moved in two departments. "
        "A tenant advice service has opened in each ward for its users.\n",
    )
    # "digital", "services", "departments", "users" stand in most sentences: they name nothing in particular
    assert _evidence(goals, entries, "will move digital services")["status"] == "silent"
    assert _evidence(goals, entries, "will set up a tenant advice service")["evidence"][0]["quote"] == (
        "A tenant advice service has opened in each ward for its users"
    )


def test_one_review_sentence_is_the_deed_of_the_goal_it_names_best(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Corporate Plan 2016-17\nWe will set up a tenant advice service in every ward.\n"
        "We will train tenant advice volunteers in every ward library service.\n",
        "Annual Review 2016-17\nA tenant advice service has been set up in each ward.\n",
    )
    assert _evidence(goals, entries, "will set up a tenant advice")["status"] == "reported"
    assert _evidence(goals, entries, "will train tenant advice volunteers")["status"] == "silent"


@pytest.mark.parametrize(
    ("clause", "done"),
    [
        ("A Long Term Irrigation Fund has already been set up in NABARD", True),
        ("The Performance Platform was released, with dashboards", True),
        ("enactment of the Aadhar bill for disbursement of subsidies", True),
        ("The Government e-market place which is now functional", True),
        ("We ran Sprint Alpha, an event to share learning", True),
        ("On 9th July we invited suppliers to help us deliver our digital agenda", True),
        ("We wanted to invite suppliers", False),
        ("Work on the portal continues", False),
        ("The portal is popular with tenants", False),
        ("We have to publish the plan", False),
    ],
)
def test_english_clauses_that_report_a_deed_done(clause: str, done: bool) -> None:
    assert reports_deed(clause) is done


def test_a_deed_in_the_plans_own_words_is_an_echo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Quarterly Report 2013\nWe will create an online library of best practice case studies for policy teams.\n",
        "Quarterly Report 2013\nWe created an online library of best practice case studies for policy teams.\n",
    )
    assert _evidence(goals, entries, "will create an online library")["status"] == "silent"
    assert repeats_words("create an online library of best practice", "created an online library of best practice")
    assert not repeats_words("will introduce a bill for Targeted Delivery", "enactment of the Aadhar bill for delivery")
    # a dated report of the deed in six of the plan's words (invite = invited) is no echo
    assert not repeats_words(
        "invite suppliers to help us deliver the digital agenda",
        "on 9th July we invited suppliers to help us deliver our digital agenda",
    )


def test_a_chinese_judged_goal_gets_the_clause_naming_all_its_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2016年工作计划\n确保所有行业税负只减不增。确保养老金按时足额发放。\n",
        "2016年工作回顾\n所有行业实现税负只减不增。明年确保养老金按时足额发放。养老金制度改革稳步推进。\n",
    )
    tax = _evidence(goals, entries, "确保所有行业税负只减不增")
    assert tax["evidence"][0]["quote"] == "所有行业实现税负只减不增" and "undecided" in tax and "verdict" not in tax
    assert _evidence(goals, entries, "确保养老金按时足额发放")["status"] == "silent"  # next year's, not a result


def test_a_level_for_a_change_goal_with_no_baseline_is_shown_undecided(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2019年工作计划\n服务业增加值占GDP比重提高1个百分点。\n",
        "2019年工作回顾\n服务业增加值占GDP的比重达55.5%。\n",
    )
    entry = _evidence(goals, entries, "服务业增加值占GDP比重提高1个百分点")
    assert (entry["value"], entry["unit"], entry["evidence"][0]["quote"]) == (
        55.5,
        "%",
        "服务业增加值占GDP的比重达55.5%",
    )
    assert "undecided" in entry  # a level is no change: shown, never scored


def test_an_amount_whose_measure_follows_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _, entries = _draft(
        tmp_path,
        "2021年工作计划\n今年将2.8万亿元中央财政资金纳入直达机制。\n",
        "2021年工作回顾\n将1.5万亿元地方专项债券用于项目建设。将2.8万亿元中央财政资金纳入直达范围。\n",
    )
    entry = next(e for e in entries.values() if e.get("evidence"))
    assert (entry["value"], entry["evidence"][0]["quote"]) == (2.8, "将2.8万亿元中央财政资金纳入直达范围")
    assert len([e for e in entries.values() if e.get("evidence")]) == 1


def test_a_fraction_goal_takes_a_percentage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Housing Plan 2024\nOne third of all new homes granted planning permission will be affordable.\n",
        "Housing Review 2024\nOf the homes granted planning permission, 35% were affordable.\n",
    )
    entry = _evidence(goals, entries, "One third")
    assert (entry["value"], entry["unit"]) == (35, "%")


def test_a_numeric_goal_reported_in_words_or_a_state_reported_by_a_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Budget 2016-2017\nA dedicated Long Term Irrigation Fund will be created in NABARD with an initial corpus of "
        "about ₹20,000 crore. Median pay will keep pace with inflation.\n",
        "Budget 2017-2018\nA Long Term Irrigation Fund has already been set up in NABARD. Median pay rose 3.9%, "
        "while consumer price inflation was 4.2%.\n",
    )
    fund = next(e for e in entries.values() if "Irrigation" in str(e.get("evidence")))
    assert "undecided" in fund and "value" not in fund  # the fund exists; its corpus is not reported
    pay = _evidence(goals, entries, "Median pay will keep pace with inflation")  # a comparison: both measures
    assert pay["evidence"][0]["quote"].startswith("Median pay rose 3.9%") and "undecided" in pay


@pytest.mark.parametrize(
    ("review", "done"),
    [
        ("2020年工作回顾\n长江、黄河等重要生态系统保护和修复重大工程深入实施。\n", True),
        ("2020年工作回顾\n实施重要生态系统保护和修复重大工程。\n", False),  # the plan's words verbatim: an echo
    ],
)
def test_a_milestone_done_by_its_own_verb_unless_in_the_plans_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, review: str, done: bool
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, "2020年工作计划\n实施重要生态系统保护和修复重大工程。\n", review)
    proposed = _proposed(_evidence(goals, entries, "实施重要生态系统保护和修复重大工程"))
    assert (proposed is not None) is done


_ACTS_PLAN = (
    "2023年工作计划\n建立跨部门财政资金分配机制，资金直达基层。\n开展全民健身行动。\n开展全民阅读行动。\n"
    "实施乡村文化惠民工程。\n实施城市更新行动。\n今年要实现城乡居民医保异地结算全覆盖。\n开展城乡环境整治行动。\n"
)
_ACTS_REVIEW = (
    "2023年工作回顾\n对新增财政资金建立直达机制。\n加强全民健身设施建设。\n实施乡村文化惠民工程。\n"
    "明年将实现城乡居民医保异地结算全覆盖。\n出台城市更新行动方案。\n做好全民阅读行动、城乡环境整治行动。\n"
)


def test_a_chinese_act_is_proposed_where_the_review_reports_it_done_in_other_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, _ACTS_PLAN, _ACTS_REVIEW)
    proposed = {goal["quote"]: _proposed(entries[goal["id"]]) for goal in goals}
    assert proposed == {
        # the review names the act by the words the plan's next clause gives it (直达)
        "建立跨部门财政资金分配机制": "对新增财政资金建立直达机制",
        "开展全民健身行动": None,  # an effort (加强…建设), and 全民阅读行动 is another act of its kind
        "开展全民阅读行动": "做好全民阅读行动",  # 做好 reports what 开展 set; the list's item is quoted
        "实施乡村文化惠民工程": None,  # a programme's clause repeated word for word: it goes on, nothing done
        "实施城市更新行动": "出台城市更新行动方案",
        "今年要实现城乡居民医保异地结算全覆盖": None,  # next year's plan
        "开展城乡环境整治行动": "城乡环境整治行动",
    }


def test_a_chinese_judged_goal_needs_a_deed_or_a_figure_not_its_words_restated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2023年工作计划\n确保所有农户用电负担只减不增。\n确保国际收支基本平衡。\n努力实现工业经济良好开局。\n"
        "确保种粮农民补贴稳定。\n",
        "2023年工作回顾\n所有农户实现用电负担只减不增。\n国际收支基本平衡。\n工业经济实现了良好开局。\n"
        "对种粮农民一次性发放20亿元补贴。\n",
    )
    proposed = {goal["quote"]: _proposed(entries[goal["id"]]) for goal in goals}
    assert proposed == {
        "确保所有农户用电负担只减不增": "所有农户实现用电负担只减不增",  # stated as attained (实现)
        "确保国际收支基本平衡": None,  # the state restated, no fact
        "努力实现工业经济良好开局": None,  # the plan's own claim (实现…良好开局) restated
        "确保种粮农民补贴稳定": None,  # one payment of the year does not show a level kept
    }


def test_a_chinese_measure_named_two_ways_is_the_same_measure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2023年工作计划\n预计全年为企业减负超过3000亿元。\n城镇登记失业率4.5%以内。\n",
        "2023年工作回顾\n全年为市场主体减负超过3200亿元。\n城镇调查失业率5.2%。\n",
    )
    relief = _evidence(goals, entries, "预计全年为企业减负")
    assert (relief["value"], relief["unit"], relief["evidence"][0]["quote"]) == (
        3200,
        "亿元",
        "全年为市场主体减负超过3200亿元",
    )
    assert _evidence(goals, entries, "城镇登记失业率")["status"] == "silent"  # 调查 is another measure


def test_chinese_act_words() -> None:
    assert covered("退休人员基本养老金", "提高退休人员基本养老金") == 9
    assert covered("国家文化公园", "第一批国家公园正式设立") == 4  # 国家, 公园: 文化 is not named
    assert covered("东北", "北东") == 0  # characters apart are no shared word
    assert zh_act_words("今年要上调退休人员基本养老金。") == "提高退休人员基本养老金"
    assert names_act("上调退休人员基本养老金", "上调退休人员基本养老金", "提高退休人员基本养老金") == 1.0
    assert names_act("建设国家文化公园", "建设国家文化公园", "第一批国家公园正式设立") == 0.0
    assert names_act("扩大低保保障范围", "扩大低保保障范围", "大幅度扩大失业保险保障范围") == 0.0  # 低保 unnamed
    # the review's shorter name stands in the goal's sentence (its next clause names 直达)
    assert names_act("建立特殊转移支付机制", "建立特殊转移支付机制，资金直达市县基层", "对新增资金建立直达机制") > 0
    assert names_act("建立特殊转移支付机制", "建立特殊转移支付机制", "对新增资金建立直达机制") == 0.0
    # an act on two things joined by 和: one of them reported is a partial report, not the goal's evidence
    goal = "完成技能培训和社区养老三年行动目标"
    assert names_act(goal, goal, "超额完成社区养老三年行动目标") == 0.0
    assert names_act(goal, goal, "完成技能培训和社区养老三年行动目标") == 1.0


def test_chinese_clauses_that_report_an_act_done() -> None:
    assert reports_act("出台城市更新行动方案")
    assert reports_act("完成污染防治攻坚战阶段性目标任务")  # a target named as attained
    assert not reports_act("加强全民健身设施建设")  # an effort
    assert not reports_act("深化药品审评审批制度改革")
    assert not reports_act("明年将开展全民健身行动")  # the next year's plan
    assert not reports_act("国际收支基本平衡")
    assert echoes_act("深入实施国企改革三年行动", "深入实施国企改革三年行动")
    assert not echoes_act("扩大高校和科研院所自主权", "扩大高校和科研院所自主权")  # a discrete act, done
    assert not echoes_act("实施国企改革三年行动", "深入实施国企改革三年行动")


def test_a_chinese_name_is_found_by_its_short_form() -> None:
    text = "五是城市形象再展新颜。东湖大桥、西山大桥建成通车，北塘路全线贯通。"
    assert [text[s:e] for s, e in short_names("东湖路跨运河大桥", text)] == ["东湖大桥"]
    assert short_names("北塘路（东环路—西环路）", text) == []  # 北塘路 is named whole, not short
    assert short_names("西山路人行天桥", text) == []  # another kind of thing (天桥, not 大桥)
    assert same_words("为市场主体减轻负担") == "为企业降低负担"


_ABBREVIATED_PLAN = (
    "Housing Plan 2016-17\n12. Tenants wait too long for remedies. I therefore propose to make necessary amendments "
    "in the RCTA Act 2005 to give every tenant a hearing within 30 days.\n"
    "13. We will set up a tenant advice service in every ward.\n"
)


@pytest.mark.parametrize(
    ("sentence", "proposed"),
    [
        # a long sentence says much else; the abbreviation and two more of the goal's words name the deed
        (
            "The legal framework for tenants has been strengthened to speed up remedies, through the passage of the "
            "Building Safety Act and the amendments to the RCTA and the Housing Tribunal Acts, which together cover "
            "most disputes heard in the county courts and tribunals of the state",
            True,
        ),
        # the same words, looking ahead: a plan, not a deed
        (
            "The legal framework for tenants will be strengthened to speed up remedies, through the passage of the "
            "Building Safety Act and the amendments to the RCTA and the Housing Tribunal Acts, which together cover "
            "most disputes heard in the county courts and tribunals of the state",
            False,
        ),
        # the abbreviation and one more word only: another deed of the same body
        (
            "The RCTA office has moved to a larger building beside the county courts and tribunals of the state",
            False,
        ),
    ],
)
def test_a_deed_named_by_the_goals_abbreviation_in_a_long_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str, proposed: bool
) -> None:
    monkeypatch.chdir(tmp_path)
    review = f"Housing Review 2016-17\n4. Rents in the county rose less than wages. {sentence}.\n"
    goals, entries = _draft(tmp_path, _ABBREVIATED_PLAN, review)
    entry = _evidence(goals, entries, "propose to make necessary amendments in the RCTA Act")
    if proposed:
        assert entry["status"] == "reported" and "undecided" in entry and "done" not in entry
        assert entry["evidence"][0]["quote"] == sentence
    else:
        assert entry["status"] == "silent"
    assert _evidence(goals, entries, "will set up a tenant advice service")["status"] == "silent"


def test_a_paragraph_names_its_scheme_by_abbreviation_long_before_the_goal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    history = "The scheme had suffered in the past because of underfunding and slow tendering in most districts. " * 8
    plan = (
        "Roads Plan 2016-17\n28. We are running the Rural Roads Programme (RRPX) as never before. "
        f"{history}The pace of construction of these roads will be substantially stepped up.\n"
    )
    review = (
        "Roads Review 2016-17\n37. Rainfall was normal in most districts. The pace of construction of RRPX roads has "
        "accelerated to reach 133 km of roads per day in 2016-17, as against an average of 73 km during the period "
        "2011-2014.\n"
    )
    goals, entries = _draft(tmp_path, plan, review)
    entry = _evidence(goals, entries, "will be substantially stepped up")
    assert entry["status"] == "reported" and "undecided" in entry
    assert entry["evidence"][0]["quote"].startswith("The pace of construction of RRPX roads has accelerated")


_REGISTER_PLAN = (
    "Housing Plan 2016-17\nWe will create an online register of housing case studies for tenant groups.\n"
    "We will set up a tenant advice service in every ward.\n"
)


def test_a_deed_after_phrases_of_time_and_circumstance_is_read_by_its_own_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the opening phrases say when and with whom; their words would make the deed's own a small share
    monkeypatch.chdir(tmp_path)
    deed = (
        "In May, in association with the Regional Building Federation and its partners across the northern districts "
        "and coastal towns, we released the Ledger, a register of housing case studies"
    )
    goals, entries = _draft(tmp_path, _REGISTER_PLAN, f"Housing Review 2016-17\nRents rose less than wages. {deed}.\n")
    entry = _evidence(goals, entries, "will create an online register")
    assert entry["status"] == "reported" and "undecided" in entry
    assert entry["evidence"][0]["quote"] == deed
    assert _evidence(goals, entries, "will set up a tenant advice service")["status"] == "silent"


def test_the_same_openers_before_a_plan_are_no_deed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    ahead = (
        "In May, in association with the Regional Building Federation and its partners across the northern districts "
        "and coastal towns, we will release the Ledger, a register of housing case studies"
    )
    goals, entries = _draft(tmp_path, _REGISTER_PLAN, f"Housing Review 2016-17\nRents rose less than wages. {ahead}.\n")
    assert _evidence(goals, entries, "will create an online register")["status"] == "silent"


@pytest.mark.parametrize(
    ("sentence", "left"),
    [
        ("In August, in association with Demsoc, we released the Matrix", "we released the Matrix"),
        ("Following the release of the Strategy, a new team has been established", "a new team has been established"),
        ("* During the quarter, we moved 6 websites", "we moved 6 websites"),
        # what is left must still report the deed: the phrase is kept
        ("In August we released the Matrix", "In August we released the Matrix"),
        ("With the Matrix released, the team will move on", "With the Matrix released, the team will move on"),
    ],
)
def test_opening_phrases_of_time_and_circumstance(sentence: str, left: str) -> None:
    assert _without_openers(sentence) == left


def test_a_deliverable_named_in_four_sentences_is_still_named_by_rare_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a report names its deliverable in the summary, the body and again later: that is few sentences still
    monkeypatch.chdir(tmp_path)
    review = (
        "Housing Review 2016-17\nTenant groups asked for a register of housing case studies. "
        "A register of housing case studies helps tenant groups compare landlords. "
        "Councils may add to the register of housing case studies for tenant groups. "
        "In May we released the Ledger, with housing case studies by town for tenant groups.\n"
    )
    goals, entries = _draft(tmp_path, _REGISTER_PLAN, review)
    entry = _evidence(goals, entries, "will create an online register")
    assert (
        entry["evidence"][0]["quote"]
        == "In May we released the Ledger, with housing case studies by town for tenant groups"
    )


def test_an_english_deliverable_reported_done_is_proposed_undecided(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "Digital plan 2013\nWe will launch the tax refund portal by April 2013.\nWe will open 3 new libraries.\n",
        "Review 2013\nThe tax refund portal was launched in April.\nWe opened 2 new libraries.\nStaff numbers grew.\n"
        "Budgets were tight across government.\n",
    )
    # words alike and a verb of completion: a proposal for a person to decide, never done: true
    assert _proposed(_evidence(goals, entries, "will launch the tax refund portal")) == (
        "The tax refund portal was launched in April"
    )


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("农村贫困人口减少1240万", "万人"),  # a bare scale after 人口 (and a verb of change) counts people
        ("易地扶贫搬迁人口超过240万", "万人"),
        ("参保人数达到1.3亿", "亿人"),
        ("粮食产量1.3万亿", "万亿"),  # no head count named: the scale stays bare
        ("贫困人口收入增长8%", "%"),
        ("农村贫困人口减少1240万户", "万户"),  # a unit of its own is kept
    ],
)
def test_a_bare_scale_after_a_head_count_counts_people(text: str, unit: str) -> None:
    figure = read_figures(text)[-1]
    assert head_counted(figure, text[: figure.start]).unit == unit


def test_a_head_count_in_people_is_evidence_for_a_goal_in_people(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """农村贫困人口减少1240万 was no evidence for 脱贫1000万人以上: 万 has no base, 万人 has one."""
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2016年政府工作报告\n一、今年重点工作\n今年要实现农村贫困人口脱贫1000万人以上。\n",
        "2016年工作回顾\n农村贫困人口减少1240万，易地扶贫搬迁人口超过240万。\n",
    )
    poverty = _evidence(goals, entries, "今年要实现农村贫困人口脱贫")
    assert (poverty["value"], poverty["evidence"][0]["quote"]) == (1240, "农村贫困人口减少1240万")
    result = run_cli("check", "--allow-draft", "--format", "json")
    verdicts = {g["id"]: g["verdict"] for g in json.loads(result.stdout)["goals"]}
    assert verdicts[goals[0]["id"]] == "met"


def test_the_review_never_chooses_which_goals_are_drafted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Goals come from the plan alone; the review only proposes evidence. Drafting a direction of work (加快建设…,
    探索…试点) or a move with no amount (提高…比重) because the review reports it done would hide every like one the
    review passes over: silence must stay visible as unreported."""
    monkeypatch.chdir(tmp_path)
    plan = (
        "2023年工作计划\n出台数据中心管理办法。加快建设国家数据中心。探索城市地下空间登记制度试点。"
        "实现农村供水工程省级统一管理。落实沿海十年禁渔。提高清洁能源比重。加快建设智慧港口。"
        "建设区域医疗中心。提高直接融资比重。\n"
    )
    review = (
        "2023年工作回顾\n出台数据中心管理办法。成功组建首批国家数据中心。开展城市地下空间登记改革等试点。"
        "实现农村供水工程省级统一管理。全面实施沿海十年禁渔。清洁能源消费比重提高1.7个百分点。\n"
    )
    goals, entries = _draft(tmp_path, plan, review)
    assert run_cli("draft", "plan.txt", "-o", "alone").exit_code == 0
    alone = yaml.safe_load((tmp_path / "alone" / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    assert goals == alone
    # a named facility built, a ban and a move with no amount are the plan's own goals, reported or not: the ones the
    # review passes over (区域医疗中心, 直接融资比重) stay drafted, silent
    assert [goal["quote"] for goal in goals] == [
        "出台数据中心管理办法",
        "加快建设国家数据中心",
        "落实沿海十年禁渔",
        "提高清洁能源比重",
        "建设区域医疗中心",
        "提高直接融资比重",
    ]
    assert [_proposed(entries[goals[i]["id"]]) for i in (0, 1, 2, 4, 5)] == [
        "出台数据中心管理办法",
        "成功组建首批国家数据中心",
        "全面实施沿海十年禁渔",
        None,
        None,
    ]
    moved = entries[goals[3]["id"]]  # the move's figure, as a value for a person to check (any rise meets it)
    assert (moved["value"], moved["unit"], moved["basis"]) == (1.7, "个百分点", "change")
    assert moved["evidence"][0]["quote"] == "清洁能源消费比重提高1.7个百分点"


def test_a_chinese_expected_state_with_no_amount_is_a_move_with_no_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """…继续下降 in a list of expected targets is a decline with no amount (the engine's any fall), 居民收入稳步增长
    a growth with none, …比重提高 a pp_change with none: not judged, and never a target of 0."""
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2023年工作计划\n今年发展的主要预期目标是：地区生产总值增长6%左右；单位地区生产总值能耗继续下降；"
        "居民收入稳步增长；服务业增加值比重提高；国际收支基本平衡。\n",
        "2023年工作回顾\n地区生产总值增长6.1%。居民人均可支配收入实际增长5.2%。\n",
    )
    rules = {goal["quote"]: goal["rule"] for goal in goals}
    assert rules["单位地区生产总值能耗继续下降"] == {"kind": "decline", "unit": "%"}
    assert rules["居民收入稳步增长"] == {"kind": "growth", "unit": "%"}
    assert rules["服务业增加值比重提高"] == {"kind": "pp_change"}
    assert rules["国际收支基本平衡"] == {"kind": "judged"}
    # a figure naming the measure, proposed for a person to read (not scored against an amount)
    assert _proposed(_evidence(goals, entries, "居民收入稳步增长")) == "居民人均可支配收入实际增长5.2%"
    assert _evidence(goals, entries, "单位地区生产总值能耗")["status"] == "silent"


def test_a_chinese_agreement_pushed_to_its_signing_is_reported_and_a_lead_is_a_standing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """推动…协定签署 in a review reports the signing (the act the plan set), 推动…谈判取得进展 only progress; 领跑全市
    reports a standing reached."""
    assert reports_act("规上工业亩均税收等指标领跑全市")
    monkeypatch.chdir(tmp_path)
    plan = "2023年工作计划\n推动签署双边投资保护协定。推动签署区域航运合作协定。\n"
    review = "2023年工作回顾\n推动双边投资保护协定签署。推动区域航运合作协定谈判取得积极进展。\n"
    goals, entries = _draft(tmp_path, plan, review)
    proposed = {goal["quote"]: _proposed(entries[goal["id"]]) for goal in goals}
    assert proposed == {
        "推动签署双边投资保护协定": "推动双边投资保护协定签署",
        "推动签署区域航运合作协定": None,
    }


def test_chinese_work_with_no_amount_gets_the_reviews_outcome_not_its_echo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scope widened is reported by whom the review brought in (新纳入低保…), a state of the environment by a
    figure measuring it (PM2.5), a stock cut by the count cut; the plan's words repeated (…比例, …明显改善) are no
    evidence, and a review silent on a goal leaves it silent."""
    monkeypatch.chdir(tmp_path)
    plan = (
        "2023年工作计划\n今年发展的主要预期目标是：地区生产总值增长6%左右；生态环境质量进一步改善。\n"
        "扩大低保保障范围。有序退出过剩产能。提高棚改货币化安置比例。加快建设国家实验室。\n"
    )
    review = (
        "2023年工作回顾\n新纳入低保、特困供养近60万人。生态环境质量明显改善。"
        "城市细颗粒物（PM2.5）平均浓度下降5.2%。全年退出钢铁产能超过500万吨。提高棚改货币化安置比例。\n"
    )
    goals, entries = _draft(tmp_path, plan, review)
    proposed = {goal["quote"]: _proposed(entries[goal["id"]]) for goal in goals if "增长6%" not in goal["quote"]}
    assert proposed == {
        "生态环境质量进一步改善": "城市细颗粒物（PM2.5）平均浓度下降5.2%",
        "扩大低保保障范围": "新纳入低保、特困供养近60万人",
        "有序退出过剩产能": "全年退出钢铁产能超过500万吨",
        "提高棚改货币化安置比例": None,
        "加快建设国家实验室": None,
    }


@pytest.mark.parametrize(
    ("review", "proposed"),
    [
        (
            "水、大气环境质量实现2013年实施监测以来历史最佳。签约项目37个，其中2个百亿项目。",
            ["水、大气环境质量实现2013年实施监测以来历史最佳", "其中2个百亿项目"],
        ),
        # the aim restated, and projects of another size class: no evidence
        ("空气和水质明显改善。签约项目37个，其中2个十亿项目。", [None, None]),
    ],
)
def test_a_chinese_state_is_shown_by_a_record_and_projects_by_their_size_class(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, review: str, proposed: list[str | None]
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "2023年工作计划\n确保区域空气和水质进一步改善。力求在50亿、100亿元重大产业投资项目引进上实现重大突破。\n"
    goals, entries = _draft(tmp_path, plan, "2023年工作回顾\n" + review + "\n")
    assert [goal["rule"]["kind"] for goal in goals] == ["judged", "judged"]
    assert [_proposed(entries[goal["id"]]) for goal in goals] == proposed


def test_the_report_in_time_for_a_due_is_the_first_dated_at_or_after_it_in_any_order() -> None:
    """_Review.in_time bisects the latest month up to each report (read once per review): the same answer as looking
    for the first report dated at or after the due, reports out of order too."""
    from planaudit.drafting.review import _Review

    review = "Reports\n\nApril 2013\n\nOne.\n\nMarch 2013\n\nTwo.\n\nOctober 2013\n\nThree.\n\nJuly 2013\n\nFour.\n"
    read = _Review(review, "Plan 2013\n\nWe will do it.\n", "2013")
    starts, months = read.dated
    assert months == [(2013, 4), (2013, 3), (2013, 10), (2013, 7)]
    for due in [(2013, m) for m in range(1, 13)] + [(2014, 1)]:
        first = next((at for at, dated in enumerate(months) if dated >= due), None)
        for at in range(len(review)):
            expected = first is None or sum(s <= at for s in starts) - 1 <= first
            assert read.in_time(due, at) is expected, (due, at)
    assert read.in_time(None, 0)


def test_a_chinese_measure_named_by_its_short_form_is_the_same_measure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """简称 by a rule, not a list: the measure's first character, some left out, the rest in order, its head last."""
    assert shortens("高企", "高新技术企业") and shortens("固投", "固定资产投资")
    assert shortens("社零总额", "社会消费品零售总额") and shortens("规上工业增加值", "规模以上工业增加值")
    # a piece of the measure, another first character, another head: no short form of it
    assert not shortens("高新", "高新技术企业") and not shortens("国企", "高新技术企业")
    assert not shortens("固定投入", "固定资产投资") and not shortens("投资", "固定资产投资")
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(
        tmp_path,
        "2024年工作计划\n\n高新技术企业达到1000家。\n\n固定资产投资增长5%。\n\n社会消费品零售总额增长7%。\n",
        # 通胀高企 (inflation stays high) names no measure: the words before a figure end on the short form
        "2024年工作回顾\n\n过去一年，全球通胀高企，全市经济平稳运行。高企达到1050家。固投增长4.2%。社零总额增长7.3%。\n",
    )
    assert [(entries[g["id"]]["value"], entries[g["id"]]["evidence"][0]["quote"]) for g in goals] == [
        (1050, "高企达到1050家"),
        (4.2, "固投增长4.2%"),
        (7.3, "社零总额增长7.3%"),
    ]
