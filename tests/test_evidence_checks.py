"""Evidence checked for measure, period and unit: another measure's figure, a year's part of a sum over years."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.drafting.years import _latest_reported
from planaudit.reading.matching import (
    estimates_only,
    measure_words,
    names_measure,
    reports_act,
    reports_deed,
    told_up_to,
)
from planaudit.reading.sections import without_label
from tests.drafting import FILLER
from tests.drafting import draft_pair as _draft
from tests.drafting import entry_of as _entry

PARKS_PLAN = (
    "Greenvale Parks Plan 2025\n\nOur commitments\n\n"
    "We will plant 4,000 new street trees in Greenvale town centre.\n"
    "We will provide £300,000 over three years to the community orchards fund, including £90,000 in 2025.\n"
    "We will increase the share of residents holding a garden waste permit to 45%.\n"
)
PARKS_REVIEW = (
    "Greenvale Parks Annual Review 2025\n\n"
    + FILLER
    + "\nVolunteers planting street trees in Greenvale town centre rose 15 per cent.\n"
    "The community orchards fund paid out £82,000 in 2025 and now supports 14 orchards.\n"
    "The share of residents with a garden waste permit rose by 3 percentage points to 42%.\n"
)


def test_a_share_of_another_measure_is_no_count_of_the_goals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the review names the trees and the town centre, but its figure is a rise in volunteers, not trees planted
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, PARKS_PLAN, PARKS_REVIEW)
    assert _entry(goals, entries, "We will plant 4,000")["status"] == "silent"
    # a change in percentage points is the same measure as a share: still proposed
    permit = next(entries[g["id"]] for g in goals if "45%" in g["quote"])
    assert "rose by 3 percentage points to 42%" in permit["evidence"][0]["quote"]


def test_a_years_spend_is_no_outcome_of_a_sum_over_years(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, PARKS_PLAN, PARKS_REVIEW)
    assert _entry(goals, entries, "We will provide £300,000")["status"] == "silent"
    year = _entry(goals, entries, "including £90,000")
    assert (year["status"], year["value"]) == ("reported", 82000)


HARBOUR_PLAN = (
    "Harbour Authority Annual Performance Plan 2025\n\nStrategic Goal 2: Safer moorings\n\n"
    "Target 2.1: Open the online mooring booking service at all 6 marinas by June 30, 2025.\n\n"
    "Target 2.2: In 2025, new or upgraded pontoons funded by the Authority will serve at least 2.5 million visiting "
    "boaters.\n"
)
HARBOUR_REVIEW = (
    "Harbour Authority Annual Performance Report 2025\n\n" + FILLER + "\n\nStrategic Goal 2: Safer moorings\n\n"
    "Target 2.1: The online mooring booking service went live at all 6 marinas on May 12, 2025.\n"
    "By December 31, 2025, 54 percent of mooring bookings were made through the online service.\n\n"
    "Target 2.2: Visiting boaters served by new or upgraded pontoons.\n"
    "2025 target: 2.5 million. 2025 actual: 2.31 million.\n"
)


def test_a_numbered_items_label_is_no_target_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "Target 2.1: … went live" reports the deed; the share of bookings after it is another measure
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, HARBOUR_PLAN, HARBOUR_REVIEW)
    quote = _entry(goals, entries, "Target 2.1: Open")["evidence"][0]["quote"]
    assert "went live at all 6 marinas" in quote


def test_a_labelled_actual_in_a_bare_scale_is_the_goals_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "2.31 million" of "2.5 million visiting boaters"; the measure's heading line ("new or upgraded") is no deed
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, HARBOUR_PLAN, HARBOUR_REVIEW)
    entry = next(entries[g["id"]] for g in goals if "2.5 million" in g["quote"])
    assert (entry["status"], entry["value"]) == ("reported", 2.31)
    assert entry["evidence"][0]["quote"] == "2025 actual: 2.31 million"


def test_new_or_improved_names_things_not_a_deed() -> None:
    assert not reports_deed("Households served by new or improved broadband")
    assert not reports_deed("Homes with new and extended gardens")
    assert reports_deed("The council improved 40 playgrounds")


def test_a_label_is_left_out_only_at_a_lines_start() -> None:
    assert without_label("Action 4 – The depot was opened in March.") == "The depot was opened in March."
    assert without_label("Performance Goal 1.2.3: Ferries ran on time") == "Ferries ran on time"
    assert without_label("The goal 4: a typo") == "The goal 4: a typo"
    assert without_label("Objective 2:") == "Objective 2:"


SERVICE_PLAN = (
    "Customer Service Plan 2025\n\nService standards 2025\n\n"
    "Calls answered within 30 seconds: target 85.0 per cent.\n"
    "Complaints resolved within 10 working days: target 90 per cent.\n"
    "Running cost of the contact centre: no more than £4.5 million.\n"
)
SERVICE_REVIEW = (
    "Customer Service Annual Report 2025\n\n" + FILLER + "\n\nService standards 2025: results\n\n"
    "Calls answered within 30 seconds (per cent): target 85.0, actual 81.2.\n"
    "Complaints resolved within 10 working days (per cent): target 92, actual 93.\n"
    "Running cost of the contact centre (£ million): target 4.5, actual 4.62.\n"
)


def test_a_tables_actual_beside_the_plans_target_is_the_outcome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    goals, entries = _draft(tmp_path, SERVICE_PLAN, SERVICE_REVIEW)
    calls = next(entries[g["id"]] for g in goals if "85.0" in g["quote"])
    assert (calls["value"], calls["unit"]) == (81.2, "%")
    assert calls["evidence"][0]["quote"].startswith("Calls answered within 30 seconds (per cent)")
    cost = _entry(goals, entries, "Running cost")
    assert (cost["value"], cost["unit"]) == (4.62, "£ million")
    # the table's target is not the plan's (92 for 90): another year's or a revised target, no outcome of this one
    assert next(entries[g["id"]] for g in goals if "target 90" in g["quote"])["status"] == "silent"


def test_a_phrase_naming_more_of_the_goals_words_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "to 2,600 apprentices" (a fund's recipients) is short and names apprentices only; the intake names all
    monkeypatch.chdir(tmp_path)
    plan = (
        "College Plan 2025\n\nOur targets\n\nRecruit 900 new international apprentices in 2025, up from 820 in 2024.\n"
        "We will open an international office in Lagos.\nWe will sign 12 new international partnerships.\n"
    )
    review = (
        "College Annual Report 2025\n\n" + FILLER + "\nWe now train 6,300 apprentices.\n"
        "The Apprentice Hardship Fund paid out £1.1 million to 2,600 apprentices during the year.\n"
        "We welcomed 840 new international apprentices in 2025, and our international apprentice population now "
        "stands at 3,100.\nOur international office in Lagos opened in March 2025.\n"
        "We signed 9 new international partnerships.\nInternational fee income rose 4 per cent.\n"
    )
    goals, entries = _draft(tmp_path, plan, review)
    entry = _entry(goals, entries, "Recruit 900")
    assert entry["value"] == 840
    assert entry["evidence"][0]["quote"].startswith("We welcomed 840")


@pytest.mark.parametrize(
    ("plan", "part", "whole"),
    [
        (
            "County Budget 2024-25\n\nScholarships of £2.5 million will be paid to college students in 2024-25.\n",
            "Scholarships of £1.9 million have been paid to college students till 31st December, 2024.",
            "Scholarships of £2.6 million have been paid to college students till 31st March, 2025.",
        ),
        (
            "县交通运输局2024年工作要点\n\n一、主要目标\n2024年，完成农村公路建设投资20亿元。\n",
            "截至10月底，完成农村公路建设投资16亿元。",
            "全年完成农村公路建设投资21亿元。",
        ),
    ],
    ids=["english", "chinese"],
)
def test_a_figure_told_up_to_a_date_before_the_periods_end_is_a_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plan: str, part: str, whole: str
) -> None:
    monkeypatch.chdir(tmp_path)
    heading = "County Budget Outturn 2024-25\n\n" if plan.startswith("County") else "县交通运输局2024年工作总结\n\n"
    goals, entries = _draft(tmp_path, plan, heading + FILLER + "\n" + part + "\n")
    assert entries[goals[0]["id"]]["status"] == "silent"
    goals, entries = _draft(tmp_path, plan, heading + FILLER + "\n" + whole + "\n")
    assert entries[goals[0]["id"]]["status"] == "reported"
    assert entries[goals[0]["id"]]["evidence"][0]["quote"] in whole


def test_told_up_to_reads_english_and_chinese_dates() -> None:
    assert told_up_to("loans of Rs. 1,200 crore were disbursed till 31st January, 2024", (2023, 2024))
    assert not told_up_to("loans of Rs. 1,200 crore were disbursed till 31st March, 2024", (2023, 2024))
    assert told_up_to("As of June 30, 2024, 410 homes were insulated", (2024, 2024))
    assert not told_up_to("As of September 30, 2024, 410 homes were insulated", (2024, 2024))  # a federal year's end
    assert told_up_to("截至2024年9月底，累计完成", (2024, 2024))
    assert not told_up_to("截至2024年底，累计完成", (2024, 2024))
    assert not told_up_to("till 31st January, 2024", None)


def test_a_milestones_act_still_to_come_is_its_evidence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the funding approved is another step; the sentence says the goal's own act (start construction) is to come
    monkeypatch.chdir(tmp_path)
    plan = "Riverside Flood Plan 2025\n\nOur commitments\n\nWe will start construction of the Ashford flood relief tunnel.\n"
    review = (
        "Riverside Flood Report 2025\n\n"
        + FILLER
        + "\nFunding for the Ashford flood relief tunnel was approved in May "
        "2025; construction is now expected to start in early 2026.\n"
    )
    goals, entries = _draft(tmp_path, plan, review)
    entry = _entry(goals, entries, "will start construction")
    assert "undecided" in entry
    assert entry["evidence"][0]["quote"] == "construction is now expected to start in early 2026"


def test_chinese_a_rise_in_points_and_a_lists_second_item(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 比上年提高3个百分点 is judged on the review's rise in points, not its level; 和90公里 on the list's second figure
    monkeypatch.chdir(tmp_path)
    plan = (
        "县水利局2024年工作要点\n\n一、主要目标\n城乡供水工程水质达标率达到95%以上，比上年提高3个百分点。\n"
        "城区、乡镇新建供水管网分别达到40公里和90公里。\n"
    )
    review = (
        "县水利局2024年工作总结\n\n一、工作完成情况\n城乡供水工程水质达标率达到96.2%，比上年提高3.4个百分点。\n"
        "城区、乡镇分别新建供水管网46公里、84公里。\n"
    )
    goals, entries = _draft(tmp_path, plan, review)
    rise = _entry(goals, entries, "比上年提高3个百分点")
    assert (rise["value"], rise["unit"], rise["evidence"][0]["quote"]) == (3.4, "个百分点", "比上年提高3.4个百分点")
    assert (_entry(goals, entries, "城区、乡镇")["value"], _entry(goals, entries, "和90公里")["value"]) == (46, 84)


def test_a_mid_term_review_reports_the_years_before_the_plans_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a three-year plan (2023—2025) reviewed at mid-term: its 2024 targets are judged on the 2024 results (the
    # ；-parted clauses of 到2024年底 dated 2024 too); the 2025 ones are not due, whatever the review forecasts
    monkeypatch.chdir(tmp_path)
    plan = (
        "青山县养老服务体系建设三年行动方案（2023—2025年）\n\n一、现状\n2022年，全县共有养老机构床位2800张。\n\n"
        "二、主要目标\n到2025年，全县养老机构床位总数达到4000张，护理型床位占比达到60%左右，"
        "实现街道综合养老服务中心全覆盖。\n到2024年底，全县养老机构床位总数达到3500张；建成社区养老服务站40个。\n"
    )
    review = (
        "青山县养老服务体系建设三年行动方案（2023—2025年）中期评估报告\n\n一、总体进展\n方案实施两年来，各项任务有序推进。\n"
        "2024年，全县养老机构床位总数达到3620张，护理型床位占比提高到55.4%。\n"
        "截至2024年底，全县累计建成社区养老服务站43个，城区街道综合养老服务中心实现全覆盖。\n"
        "二、下一步工作\n预计到2025年，全县养老机构床位总数将达到4100张。\n"
    )
    goals, entries = _draft(tmp_path, plan, review)
    assert _entry(goals, entries, "全县养老机构床位总数达到3500张")["value"] == 3620
    assert _entry(goals, entries, "建成社区养老服务站40个")["value"] == 43
    for later in ("全县养老机构床位总数达到4000张", "护理型床位占比达到60%左右", "实现街道综合养老服务中心全覆盖"):
        assert _entry(goals, entries, later)["status"] == "silent"
    assert 'period: "2024"' in (tmp_path / "targets.yaml").read_text(encoding="utf-8")


def test_the_last_year_a_review_gives_results_of() -> None:
    mid = "Home Energy Strategy 2021–2025: mid-term review\n\nIn 2023, 4,100 homes were insulated.\n"
    assert _latest_reported(mid + "By 2025 we expect to insulate 9,000 homes.\n", 2020, 2025) == 2023
    assert _latest_reported("Final review\n\nIn 2025, 9,200 homes were insulated.\n", 2020, 2025) is None


def test_chinese_a_level_held_is_named_by_its_measure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 稳定在 is a verb of the level, not part of the measure's name
    monkeypatch.chdir(tmp_path)
    plan = "县农业农村局2024年工作要点\n\n一、主要目标\n全县生猪综合生产能力达到30万头以上。\n"
    review = "县农业农村局2024年工作总结\n\n一、工作完成情况\n全县生猪综合生产能力稳定在31万头。\n"
    goals, entries = _draft(tmp_path, plan, review)
    assert _entry(goals, entries, "全县生猪综合生产能力")["value"] == 31


def test_chinese_a_span_summed_over_and_a_counts_head_noun() -> None:
    assert measure_words("三年累计农村劳动力转移就业") == "农村劳动力转移就业"
    assert measure_words("两年来改建农村公路") == "改建农村公路"
    assert measure_words("三年级学生") == "三年级学生"  # a grade, no span
    assert names_measure("农村劳动力转移就业人数", "农村劳动力转移就业人数达到2万人", "三年累计农村劳动力转移就业")
    assert not names_measure("农村劳动力转移就业人数", "农村劳动力转移就业人数达到2万人", "三年累计城镇新增就业")


def test_the_latest_estimate_of_the_years_own_figure_is_its_outcome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "is now estimated at 1.3 per cent" for 2025-26 reports the year; the next year's estimate is a forecast
    monkeypatch.chdir(tmp_path)
    plan = (
        "State Budget 2025-26\n\nFiscal targets\n\n"
        "We will keep the revenue deficit within 1.5 per cent of GSDP in 2025-26.\n"
    )
    review = (
        "State Budget 2026-27\n\nReview of 2025-26\n\nThe revenue deficit for 2026-27 is estimated at 1.2 per cent of "
        "GSDP.\nThe revenue deficit for 2025-26 is now estimated at 1.3 per cent of GSDP in the Revised Estimates.\n"
    )
    goals, entries = _draft(tmp_path, plan, review)
    entry = entries[goals[0]["id"]]
    assert entry["value"] == 1.3
    assert "for 2025-26" in entry["evidence"][0]["quote"]


def test_an_estimate_alone_is_what_looks_ahead_in_a_clause() -> None:
    assert estimates_only("The revenue deficit for 2025-26 is now estimated at 1.3 per cent")
    assert not estimates_only("The revenue deficit will be estimated at 1.2 per cent next year")
    assert not estimates_only("Bus fares rose 3 per cent")  # no estimate: no exception to make


def test_a_report_for_the_year_ended_in_july_reports_to_july(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a 2024/25 plan reviewed "for the year ended 31 July 2025": a goal due by July 2025 is due; a fall told
    # "lower in 2024/25 than in 2019/20" is a fall against the earlier year
    monkeypatch.chdir(tmp_path)
    plan = (
        "Fenwick College\nBusiness Plan 2024/25\n\nOur commitments\n\n"
        "KPI 3. We will reduce our staff turnover rate from 15% to below 11% by July 2025.\n"
        "KPI 4. We will cut water use across the campus by 10%.\n"
    )
    review = (
        "Fenwick College\nAnnual Report for the year ended 31 July 2025\n\n" + FILLER + "\n"
        "Our staff turnover rate fell to 10.2% at the year end.\n"
        "Water use across the campus was 13% lower in 2024/25 than in 2019/20.\n"
    )
    goals, entries = _draft(tmp_path, plan, review)
    turnover = next(entries[g["id"]] for g in goals if "turnover" in g["quote"])
    assert turnover["value"] == 10.2
    water = next(entries[g["id"]] for g in goals if "water use" in g["quote"])
    assert (water["value"], water["basis"]) == (13, "change")


def test_a_level_kept_every_year_is_due_in_each_year_of_the_span(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # under "by the end of 2026", "Keep at least 95% …" holds in 2024 too; "Train 300 … to maintain" is due in 2026
    monkeypatch.chdir(tmp_path)
    plan = (
        "Greenway Parks Strategy 2024–2026\n\nWhat we will achieve by the end of 2026\n\n"
        "Keep at least 95% of our playgrounds open all year.\nTrain 300 volunteers to maintain footpaths.\n"
    )
    review = (
        "Greenway Parks Annual Review 2024\n\n" + FILLER + "\n96% of our playgrounds were open all year.\n"
        "We trained 140 volunteers.\n"
    )
    goals, entries = _draft(tmp_path, plan, review)
    assert _entry(goals, entries, "Keep at least 95%")["value"] == 96
    assert _entry(goals, entries, "Train 300")["status"] == "silent"


def test_chinese_a_dated_act_put_into_use_is_done(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert reports_act("城东综合能源站一期工程于2024年9月投入使用")
    assert reports_act("市数据交易所于3月挂牌运营")
    assert not reports_act("城东综合能源站一期工程计划于2025年投入使用")  # looks ahead
    monkeypatch.chdir(tmp_path)
    plan = "市能源局2024年工作要点\n\n一、重点任务\n确保西山光伏电站年内并网发电。\n"
    review = "市能源局2024年工作总结\n\n一、工作完成情况\n西山光伏电站于11月30日并网发电。\n"
    goals, entries = _draft(tmp_path, plan, review)
    assert entries[goals[0]["id"]]["evidence"][0]["quote"] == "西山光伏电站于11月30日并网发电"


def test_chinese_a_goal_for_every_year_against_a_list_of_years(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 每年…以上 at mid-term: due each year; 2024年和2025年分别… gives each year's figure, the worst decides; the goal's
    # measure may follow its figure (每年推动200家以上规模以上企业…)
    monkeypatch.chdir(tmp_path)
    plan = (
        "青山县数字乡村建设三年行动方案（2024—2026年）\n\n一、主要目标\n到2026年，全县行政村5G网络覆盖率达到100%。\n"
        "每年培训高素质农民500人以上。\n每年推动200家以上规模以上企业实施数字化改造。\n"
    )
    review = (
        "青山县数字乡村建设三年行动方案（2024—2026年）中期评估报告\n\n一、总体进展\n"
        "2024年和2025年分别培训高素质农民560人、470人。\n截至2025年底，全县行政村5G网络覆盖率达到92%。\n"
        "2024年和2025年分别推动230家、190家规模以上企业实施数字化改造。\n"
    )
    goals, entries = _draft(tmp_path, plan, review)
    assert _entry(goals, entries, "每年培训")["value"] == 470
    assert _entry(goals, entries, "每年推动")["value"] == 190
    assert _entry(goals, entries, "全县行政村5G")["status"] == "silent"  # due in 2026
