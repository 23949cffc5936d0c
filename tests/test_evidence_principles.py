"""Evidence by principle: the same measure, the same threshold, a count of the goal's own things, a whole number."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.drafting.review import _clauses_in
from planaudit.reading.figures import read_figures
from planaudit.reading.matching import (
    measure_words,
    names_measure,
    own_terms,
    part_of_period,
    same_threshold,
    share_threshold,
    terms,
    thresholds_of,
    wider_scope,
    years_back,
)
from tests.drafting import FILLER
from tests.drafting import draft_pair as _draft
from tests.drafting import entry_of as _entry

ARCHIVE_PLAN = (
    "Kestrel County Records Office Business Plan 2025\n\nOur commitments for 2025\n\n"
    "We will carry out 3,000 building inspections.\n"
    "We will complete the relocation of all archive boxes to the new Fenwick store by 31 March 2025.\n"
)
ARCHIVE_REVIEW = (
    "Kestrel County Records Office Annual Report 2025\n\n" + FILLER + "\n"
    "We completed 3,214 building inspections and surveyed a further 1,100 lifts in council offices.\n"
    "The relocation of archive boxes to the Fenwick store was completed on 2 June 2025, nine weeks later than planned.\n"
)


def test_a_grouped_number_is_no_clause_break() -> None:
    text = "We finished 12,350 checks, and 4,100 more."
    pieces = [text[a:b] for a, b in _clauses_in(text, 0, len(text))]
    assert pieces == ["We finished 12,350 checks", " and 4,100 more."]


def test_a_deed_is_not_reported_by_half_a_number(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "We completed 3" (up to the comma of 3,214) is no report of the relocation: its own sentence is
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, ARCHIVE_PLAN, ARCHIVE_REVIEW)
    quote = _entry(goals, entries, "will complete the relocation")["evidence"][0]["quote"]
    assert "relocation of archive boxes" in quote


PERMITS_PLAN = (
    "Ashby Borough Planning Service Plan 2025\n\nOur service standards for 2025\n\n"
    "We will decide 85% of householder applications within 8 weeks.\n"
    "We will acknowledge every pre-application enquiry within 3 working days.\n"
)
PERMITS_REVIEW = (
    "Ashby Borough Planning Service Annual Report 2025\n\n" + FILLER + "\n"
    "We decided 97% of householder applications within 13 weeks.\n"
    "79% of householder applications were decided within 8 weeks.\n"
    "91% of pre-application enquiries were acknowledged within 3 working days.\n"
)


def test_time_thresholds_read_in_english_and_chinese() -> None:
    text = "97% of applications within 13 weeks; 90%的申请在5个工作日内办结"
    assert [(f.value, f.unit) for f in thresholds_of(text, 0, len(text))] == [(13, "weeks"), (5, "个工作日")]
    at = text.index("within")
    assert share_threshold(text, 0, next(f for f in thresholds_of(text, 0, len(text)) if f.start >= at))
    assert not share_threshold("The median wait was 13 weeks", 0, read_figures("The median wait was 13 weeks")[0])
    weeks, days = read_figures("within 8 weeks")[0], read_figures("within 8 days")[0]
    assert same_threshold([weeks], [weeks]) and not same_threshold([weeks], [days]) and same_threshold([], [days])


def test_a_share_within_another_threshold_is_another_measure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 97% within 13 weeks is not the share within 8 weeks; 13 weeks is no outcome of anything
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, PERMITS_PLAN, PERMITS_REVIEW)
    decided = _entry(goals, entries, "We will decide 85%")
    assert decided["value"] == 79
    assert "79% of householder applications" in decided["evidence"][0]["quote"]
    for goal in goals:
        for evidence in entries[goal["id"]].get("evidence") or []:
            assert "13 weeks" not in evidence["quote"]


def test_a_span_to_act_within_is_reported_by_its_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "every enquiry within 3 working days": the share within the same span is for a person to read, never the
    # span itself as the outcome (3 days would be 'met' whatever the share)
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, PERMITS_PLAN, PERMITS_REVIEW)
    entry = _entry(goals, entries, "will acknowledge every")
    assert "value" not in entry
    assert "undecided" in entry
    assert entry["evidence"][0]["quote"].startswith("91% of pre-application enquiries")


MUSEUM_PLAN = (
    "Lowmoor Museums Trust Business Plan 2025\n\nOur commitments for 2025\n\n"
    "We will raise sponsorship income from corporate partners of £2.5 million or more.\n"
    "The Trust will arrange work placements in conservation for 600 students through partner colleges.\n"
)
MUSEUM_REVIEW = (
    "Lowmoor Museums Trust Annual Review 2025\n\n" + FILLER + "\n"
    "We signed sponsorship agreements with 14 corporate partners and renewed 9 more.\n"
    "Agreements on conservation placements were signed with two partner colleges.\n"
)


def test_a_deed_counting_other_things_is_no_evidence_of_an_amount(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # partners are not pounds raised, colleges are not students placed: none rather than a wrong one
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, MUSEUM_PLAN, MUSEUM_REVIEW)
    assert _entry(goals, entries, "We will raise sponsorship")["status"] == "silent"
    assert _entry(goals, entries, "The Trust will arrange")["status"] == "silent"


GALLERY_PLAN = (
    "Kestrel Hall Gallery Business Plan 2025\n\nOutlook for 2025\n\n"
    "With the new wing open and the winter exhibition confirmed, we expect to welcome around 1.2 million visitors "
    "in 2025 and about 300 school groups.\n"
    "Our budget is for ticket income of £3.1 million and sponsorship of £0.8 million.\n"
)
GALLERY_REVIEW = (
    "Kestrel Hall Gallery Annual Review 2025\n\n" + FILLER + "\n"
    "Kestrel Hall welcomed 1.16 million visitors in 2025.\n"
    "Sponsorship was £0.9 million.\n"
    "Ticket income was £2.95 million.\n"
)


def test_own_terms_stop_at_another_items_words() -> None:
    clause = "we expect to welcome around 1.2 million visitors in 2025 and about 300 school groups"
    at = clause.index("1.2")
    assert own_terms(clause, at, at + len("1.2 million visitors")) == terms("expect welcome")
    clause = "Our budget is for ticket income of £3.1 million and sponsorship of £0.8 million"
    at = clause.index("£0.8")
    assert own_terms(clause, at, at + len("£0.8 million")) == terms("sponsorship")


def test_a_goals_own_measure_words_name_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the clause's hedges and its other item's words are no part of the measure: "welcomed 1.16 million visitors"
    # names it; of two figures in one sentence, each goal gets the review's figure of its own noun phrase
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, GALLERY_PLAN, GALLERY_REVIEW)
    assert _entry(goals, entries, "we expect to welcome")["value"] == 1.16
    sponsorship = next(entries[g["id"]] for g in goals if "£0.8" in g["quote"])
    assert sponsorship["value"] == 0.9


HEDGE_PLAN = (
    "Brookfield Parish Green Plan 2025\n\nOur commitments for 2025\n\n"
    "We will plant at least 400 hedgerow trees along the Brook Lane verges.\n"
    "We will keep the cost of verge mowing to no more than £18,000.\n"
)
HEDGE_REVIEW = (
    "Brookfield Parish Green Review 2025\n\n" + FILLER + "\n"
    "Planting of hedgerow trees along the Brook Lane verges, against 400 hedgerow trees, was stopped by floods.\n"
    "Verge mowing was paid for against a budget of £18,000 from the parish precept.\n"
    "Verge mowing cost the parish £16,400, against a county average cost of £19,000.\n"
)


def test_the_standard_a_result_is_set_against_is_no_outcome(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "against 400 hedgerow trees", "against a budget of £18,000": the target or budget compared with, never the result
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, HEDGE_PLAN, HEDGE_REVIEW)
    assert "value" not in _entry(goals, entries, "We will plant at least 400")
    assert _entry(goals, entries, "We will keep the cost")["value"] == 16400


ZH_PLAN = (
    "云溪县文化旅游局2025年工作要点\n\n"
    "一、主要目标\n\n"
    "3.乡村旅游重点村数量达到40个。\n"
    "4.引进文旅专业人才120名。\n"
    "5.“非遗工坊”试点村扩大到25个。\n"
    "6.县财政安排文旅发展专项资金1.5亿元。\n"
    "7.景区门票收入增长12%以上。\n"
)
ZH_REVIEW = (
    "云溪县文化旅游局2025年工作总结\n\n"
    "全县乡村旅游重点村总数达到43个。\n"
    "引进文旅专业人才（团队）131名。\n"
    "“非遗工坊”试点村扩大至27个。\n"
    "县级文旅发展专项资金下达1.42亿元。\n"
    "全县景区实现门票收入3.6亿元，增长9.4%。\n"
)


def test_chinese_measure_words_without_marks_totals_and_item_numbers() -> None:
    assert measure_words("7.景区门票收入") == "景区门票收入"
    assert measure_words("引进文旅专业人才（团队）") == "引进文旅专业人才"
    assert measure_words("“非遗工坊”试点村扩大至") == "非遗工坊试点村"
    assert measure_words("县级文旅发展专项资金下达") == "县级文旅发展专项资金"
    assert names_measure("乡村旅游重点村数量", "乡村旅游重点村数量达到40个", "全县乡村旅游重点村总数达到")
    assert not names_measure("乡村旅游重点村数量", "乡村旅游重点村数量达到40个", "全县星级农家乐总数达到")


def test_chinese_a_measure_named_in_other_marks_and_verbs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, ZH_PLAN, ZH_REVIEW)
    values = {g["quote"]: entries[g["id"]].get("value") for g in goals}
    assert values == {
        "3.乡村旅游重点村数量达到40个": 43,
        "4.引进文旅专业人才120名": 131,
        "5.“非遗工坊”试点村扩大到25个": 27,
        "6.县财政安排文旅发展专项资金1.5亿元": 1.42,
        "7.景区门票收入增长12%以上": 9.4,
    }


ZH_SAFETY_PLAN = (
    "临江区应急管理局2025年工作要点\n\n"
    "一、工作目标\n\n"
    "确保全年不发生较大及以上森林火灾。\n"
    "较大及以上水上交通事故控制在1起以内。\n"
)
ZH_SAFETY_REVIEW = (
    "临江区应急管理局2025年工作总结\n\n全年未发生较大及以上森林火灾，森林覆盖率保持稳定。\n发生较大水上交通事故2起。\n"
)


def test_chinese_whether_a_kind_of_event_happened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 未发生… reports a goal that it shall not happen; 发生…2起 is a count of such events
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, ZH_SAFETY_PLAN, ZH_SAFETY_REVIEW)
    fire = _entry(goals, entries, "确保全年不发生")
    assert "undecided" in fire and fire["evidence"][0]["quote"].startswith("全年未发生较大及以上森林火灾")
    water = next(entries[g["id"]] for g in goals if "1起" in g["quote"])
    assert water["value"] == 2


ZH_AFTER_PLAN = (
    "松林区卫生健康局2025年工作要点\n\n"
    "一、重点任务\n\n"
    "完成30个社区卫生服务站标准化建设。\n"
    "推动区中医院迁建等15个项目开工建设。\n"
)
ZH_AFTER_REVIEW = (
    "松林区卫生健康局2025年工作总结\n\n"
    "全区完成32个社区卫生服务站标准化建设，家庭医生签约服务持续推进。\n"
    "全年开工17个项目，竣工9个项目。\n"
)


def test_chinese_a_measure_named_after_its_amount(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # what was done to how many: the review names it after its figure, or its verb before and its things after
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, ZH_AFTER_PLAN, ZH_AFTER_REVIEW)
    values = {g["quote"]: entries[g["id"]].get("value") for g in goals}
    assert values["完成30个社区卫生服务站标准化建设"] == 32
    quote = _entry(goals, entries, "完成30个")["evidence"][0]["quote"]
    assert quote == "全区完成32个社区卫生服务站标准化建设"  # the quote names what was counted
    assert next(value for quote, value in values.items() if "15个项目" in quote) == 17


SCOPE_PLAN = (
    "Millbrook Borough Council Plan 2025\n\nOur targets for 2025\n\n"
    "We will raise the share of pupils passing the reading check to 75%.\n"
    "We will keep the rate of hip fractures in older residents below 2.0%.\n"
)
SCOPE_REVIEW = (
    "Millbrook Borough Council Annual Report 2025\n\n" + FILLER + "\n"
    "In England as a whole, the share of pupils passing the reading check rose to 74%.\n"
    "The rate of hip fractures in our older residents was 2.3%, while nationally the rate was 2.1%.\n"
)


def test_wider_scope_reads_the_sentence_before_the_figure() -> None:
    text = "Our rate was 2.3%. Nationally, the rate was 2.1%."
    assert not wider_scope("cut the rate of falls", text, text.index("2.3%"))
    assert wider_scope("cut the rate of falls", text, text.index("2.1%"))
    assert not wider_scope("cut the national rate of falls", text, text.index("2.1%"))


def test_a_wider_populations_figure_is_not_a_local_goals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the country's share is no outcome of a borough's goal; the borough's own rate is, not the average beside it
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, SCOPE_PLAN, SCOPE_REVIEW)
    assert _entry(goals, entries, "We will raise the share")["status"] == "silent"
    assert _entry(goals, entries, "We will keep the rate")["value"] == 2.3


SPAN_PLAN = (
    "Oakridge Housing Association Business Plan 2025\n\nOur targets for 2025\n\n"
    "We will fit 600 new boilers in 2025.\n"
    "We will complete 2,400 gas safety checks.\n"
    "We will let 150 homes to households from the council waiting list.\n"
    "We will collect £9.5 million in rent arrears.\n"
    "We will answer 40,000 repair calls.\n"
)
SPAN_REVIEW = (
    "Oakridge Housing Association Annual Review 2025\n\n" + FILLER + "\n"
    "Since 2021 we have fitted 1,900 new boilers in our homes.\n"
    "In the first quarter we completed 700 gas safety checks.\n"
    "Between May and October we let 95 homes to households from the council waiting list.\n"
    "Rent arrears collected in the first nine months came to £7.1 million.\n"
    "We answered 41,250 repair calls in 2025.\n"
)


def test_spans_of_other_than_the_period() -> None:
    assert part_of_period("In the first half of 2025 we fitted 300")
    assert part_of_period("Between April and September we checked 640")
    assert not part_of_period("Between April and March we checked 1,300")
    assert part_of_period("全市前三季度完成投资120亿元") and part_of_period("1-10月新增就业1.2万人")
    assert not part_of_period("全年完成投资150亿元")
    assert years_back("Since 2019 we have planted 9,600 trees", (2025, 2025))
    assert not years_back("Since April 2025 we have planted 900 trees", (2025, 2025))
    assert years_back("Over the last three years we helped 1,350 residents", (2025, 2025))
    assert years_back("三年来累计建成5G基站1.2万个", (2025, 2025))


def test_a_part_of_the_year_or_a_total_since_is_no_years_outcome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # none rather than a wrong one: a quarter, some months, or a total since 2021 are not 2025's outcome
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, SPAN_PLAN, SPAN_REVIEW)
    for start in ("We will fit 600", "We will complete 2,400", "We will let 150", "We will collect £9.5"):
        assert _entry(goals, entries, start)["status"] == "silent", start
    assert _entry(goals, entries, "We will answer 40,000")["value"] == 41250


ZH_ESTIMATE_PLAN = (
    "白河市统计局2025年工作要点\n\n一、主要目标\n\n"
    "全市数字经济核心产业增加值占比达到9%。\n"
    "全市高新技术产业产值增长10%。\n"
)
ZH_ESTIMATE_REVIEW = (
    "白河市统计局2025年工作总结\n\n"
    "全市数字经济核心产业增加值占比预计达到8.6%（最终数据以2026年发布的统计公报为准）。\n"
    "全市高新技术产业产值预计增长9%，全年增长9.3%。\n"
    "预计2026年全市数字经济核心产业增加值占比达到9.5%。\n"
)


def test_chinese_an_estimate_of_the_years_figure_when_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 预计 of the year's own figure is proposed with a caveat when it is all there is; a told figure beats it; a
    # forecast of 2026 never
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, ZH_ESTIMATE_PLAN, ZH_ESTIMATE_REVIEW)
    share = _entry(goals, entries, "全市数字经济")
    assert share["value"] == 8.6 and "预计" in share["caveat"]
    growth = _entry(goals, entries, "全市高新技术")
    assert growth["value"] == 9.3 and "caveat" not in growth


CLINIC_PLAN = (
    "Eastbrook Community Clinic Plan 2025\n\nOur targets for 2025\n\n"
    "We will keep staff turnover below 11%.\n"
    "We will reduce the backlog of hearing tests to 900 patients.\n"
    "We will see every urgent referral within 48 hours.\n"
)
CLINIC_REVIEW = (
    "Eastbrook Community Clinic Annual Report 2025\n\n" + FILLER + "\n"
    "Staff turnover across the Regional Health Board was 12.6%.\n"
    "The backlog of hearing tests is on track to fall to 900 patients by next spring.\n"
    "Our target remains to see 100% of urgent referrals within 48 hours.\n"
)


def test_other_bodies_forecasts_and_restated_targets_are_no_outcome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # all of another body, a course still to run, a target restated: none is the clinic's outcome of 2025
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, CLINIC_PLAN, CLINIC_REVIEW)
    for goal in goals:
        assert entries[goal["id"]]["status"] == "silent", goal["quote"]


RELET_PLAN = (
    "Hollins Housing Plan 2025\n\nOur targets for 2025\n\nAverage time to re-let an empty flat will fall to 25 days.\n"
)
RELET_REVIEW = (
    "Hollins Housing Annual Report 2025\n\n" + FILLER + "\n"
    "Empty flats were re-let in an average of 27 days.\n"
    "Tenants reported repairs within 14 days of moving in.\n"
)


def test_an_average_of_days_is_a_level_a_span_within_is_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, RELET_PLAN, RELET_REVIEW)
    entry = _entry(goals, entries, "Average time to re-let")
    assert (entry["value"], entry["unit"]) == (27, "days")


ROADS_PLAN = (
    "Harrowfield County Highways Plan 2025\n\nOur targets for 2025\n\n"
    "We will resurface 40 kilometres of Tier 2 roads.\n"
    "We will resurface 25 kilometres of Tier 3 roads.\n"
)
ROADS_REVIEW = (
    "Harrowfield County Highways Annual Report 2025\n\n" + FILLER + "\n"
    "We resurfaced 52 kilometres of Tier 1 roads, more than in any year before.\n"
    "We resurfaced 27 kilometres of Tier 3 roads.\n"
)


def test_evidence_naming_another_class_of_the_goals_measure_is_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A measure counted in a labelled class (Tier 2 roads) is not reported by another class's figure (Tier 1), however
    alike the words (main proposed the Tier 1 sentence for both goals); a sentence of the goal's own class is."""
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, ROADS_PLAN, ROADS_REVIEW)
    for figure in ("40", "25"):
        entry = _entry(goals, entries, next(g["quote"] for g in goals if figure in g["quote"]))
        assert "Tier 1" not in str(entry), entry
    own = ROADS_REVIEW.replace("We resurfaced 52 kilometres of Tier 1 roads, more than in any year before.\n", "")
    goals, entries = _draft(tmp_path, ROADS_PLAN, own)  # --force: drafted again over the first
    tier3 = _entry(goals, entries, next(g["quote"] for g in goals if "25" in g["quote"]))
    assert "27 kilometres of Tier 3 roads" in str(tier3), tier3


def test_a_chinese_class_label_keeps_evidence_to_its_class(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "青山县卫生健康局2025年工作要点\n\n一、主要目标\n\n新增二级医院床位300张。\n"
    review = "青山县卫生健康局2025年工作总结\n\n" + "全年工作平稳推进。\n" * 3 + "新增三级医院床位420张。\n"
    goals, entries = _draft(tmp_path, plan, review)
    entry = _entry(goals, entries, next(g["quote"] for g in goals if "300" in g["quote"]))
    assert "三级医院" not in str(entry), entry
