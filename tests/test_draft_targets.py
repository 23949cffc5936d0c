"""What draft proposes as goals: only the plan year's commitments, each with the kind its words call for."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planaudit.reading.scan import scan
from tests.conftest import drafted_goals, run_cli

FIVE_YEAR = (
    "2016年政府工作报告\n"
    "二、“十三五”时期主要目标任务\n"
    "常住人口城镇化率达到60%。\n"
    "三、2016年重点工作\n"
    "城镇新增就业1000万人以上。\n"
)


def test_a_part_on_a_span_of_years_drafts_no_goal() -> None:
    assert [f.quote for f in scan(FIVE_YEAR)] == ["城镇新增就业1000万人以上"]


def test_draft_keeps_the_plan_years_part_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    goals = drafted_goals(tmp_path, monkeypatch, FIVE_YEAR)
    assert [g["quote"] for g in goals] == ["城镇新增就业1000万人以上"]


@pytest.mark.parametrize(
    ("sentence", "drafted"),
    [
        ("We will introduce a bill to amend the Companies Act.", True),
        ("A regulator will be set up to oversee tariffs.", True),
        ("Cabinet Office will help departments to recruit skilled staff.", True),
        ("This will help farmers sell their crops.", False),  # an effect, not an act
        ("This measure will empower women.", False),
        ("The year ahead will be extremely challenging for expenditure.", False),  # a state
        ("Public bodies will need to work together.", False),  # a modality
        ("As I shall outline, the economy is strong.", False),  # the speaker's own talk
        ("Special focus has been given to ensure timely flow of credit.", False),  # a purpose
        ("为促进世界和平与繁荣不懈努力。", False),  # 努力 as a noun
        ("确保养老金按时足额发放。", True),
    ],
)
def test_a_commitment_word_without_a_figure_is_a_goal_only_when_it_pledges_an_act(sentence: str, drafted: bool) -> None:
    assert bool(scan(sentence)) is drafted, scan(sentence)


def test_draft_leaves_out_effects_and_purposes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Budget 2016-2017\nWe will launch a new health protection scheme. This will help families in need. "
        "Funds are given to ensure water conservation.\n"
    )
    goals = drafted_goals(tmp_path, monkeypatch, text)
    assert [g["quote"] for g in goals] == ["will launch a new health protection scheme"]


def test_a_fiscal_year_heading_is_the_plans_own_period() -> None:
    text = "Budget 2016-2017\n1. Outlook for 2016-2017\nWe will build 300 new clinics.\n2. Goals for 2016-2020\nWe will build 900 new clinics.\n"
    assert [f.target for f in scan(text)] == [300]


@pytest.mark.parametrize(
    "sentence",
    [
        "今年是全面建成小康社会决胜阶段的开局之年。",  # 是: a statement, not a task
        "推动建立各民族相互嵌入式的社会结构。",  # a first step towards, not a thing delivered
        "深入开展民族团结进步创建活动。",  # an ongoing effort
        "今年要重点做好八个方面工作。",  # the plan counting its own parts
        "全面贯彻党的十八大和十八届三中、四中、五中全会精神。",  # a congress's ordinal
        "努力让广大学生健康快乐成长。",  # an aspiration for others
    ],
)
def test_no_goal_from_a_direction_of_work_or_a_count_of_the_plans_parts(sentence: str) -> None:
    assert scan(sentence) == []


def test_tasks_that_deliver_a_thing_stay_goals() -> None:
    assert [f.kind for f in scan("建立巨灾保险制度。全面开展环境卫生整治行动。")] == ["milestone", "milestone"]


def test_a_range_stated_again_without_a_measure_is_one_goal() -> None:
    text = "国内生产总值增长6.5%－7%。有6.5%－7%的增速就能够实现比较充分的就业。"
    assert [f.quote for f in scan(text)] == ["国内生产总值增长6.5%－7%"]


@pytest.mark.parametrize(
    ("sentence", "kind", "target", "unit"),
    [
        ("We will cut road casualties by 10% from last year's level.", "decline", 10, "%"),  # a ceiling, never at_least
        ("Average household waste collected per household will fall by 20 kg.", "decline", 20, "kg"),
        ("We will raise the weekly carers' allowance by $25.", "increase_by", 25, "$"),
        ("We will build 300 new clinics.", "new_items", 300, "clinics"),  # "new" describes, the noun is the unit
    ],
)
def test_the_words_of_a_figure_give_its_kind(sentence: str, kind: str, target: float, unit: str) -> None:
    (finding,) = scan(sentence)
    assert (finding.kind, finding.target, finding.unit) == (kind, target, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "We will finish the ring road in the next 5 years.",  # a span of time, not a target
        "Every 3 months, we publish a short summary.",
        "* moved 6 more ministerial department websites to GOV.UK",  # a list item in the past: a result
        "GDS held 2 events for suppliers.",
    ],
)
def test_no_numeric_goal_from_a_span_of_time_or_a_past_result(sentence: str) -> None:
    assert [f for f in scan(sentence) if f.target is not None] == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A Financial Data Management Centre will be set up.", "milestone"),
        ("We will introduce a bill to amend the Companies Act.", "milestone"),
        ("The full standard will be published by April 2013.", "milestone"),
        ("Departments will encourage policy teams to use digital tools.", "judged"),
    ],
)
def test_an_english_pledge_to_deliver_a_thing_is_a_milestone(sentence: str, kind: str) -> None:
    assert [f.kind for f in scan(sentence)] == [kind]


def test_draft_writes_a_fall_as_decline_with_the_baselines_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "plan.txt").write_text(
        "Corporate Plan 2024/25\nWe will cut road casualties by 10% from last year's level.\n", encoding="utf-8"
    )
    (tmp_path / "prior.txt").write_text(
        "Annual Report 2023/24\nRoad casualties: 420 people were killed or injured in 2023.\n"
        "The weekly carers' allowance stood at $160.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert run_cli("draft", "plan.txt", "--baseline", "prior.txt").exit_code == 0
    targets = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))
    (goal,) = targets["goals"]
    assert goal["rule"] == {"kind": "decline", "target_pct": 10, "unit": "people"}
    assert targets["baselines"][goal["baseline"]]["value"] == 420


@pytest.mark.parametrize(
    ("sentence", "kind", "target", "unit"),
    [
        ("今年赤字率拟按3.6%以上安排。", "planned", 3.6, "%"),  # 以上安排: the amount set, not a size class
        ("同时发行1万亿元抗疫特别国债。", "planned", 1, "万亿元"),
        ("上述2万亿元全部转给地方。", "planned", 2, "万亿元"),
        ("将2.8万亿元中央财政资金纳入直达机制。", "planned", 2.8, "万亿元"),
        ("粮食产量保持在1.3万亿斤以上。", "at_least", 1.3, "万亿斤"),
    ],
)
def test_an_amount_set_is_a_target_not_an_attribute(sentence: str, kind: str, target: float, unit: str) -> None:
    (finding,) = scan(sentence)
    assert (finding.kind, finding.target, finding.unit) == (kind, target, unit)


def test_a_size_class_stays_an_attribute() -> None:
    assert [(f.target, f.unit) for f in scan("引进10亿元以上的项目5个。用好1800亿元专项资金。")] == [(5, "个")]


def test_two_amounts_under_one_verb_share_its_kind() -> None:
    found = scan("居民医保和基本公共卫生服务经费人均财政补助标准分别再增加30元和5元。")
    assert [(f.kind, f.target) for f in found] == [("increase_by", 30), ("increase_by", 5)]
