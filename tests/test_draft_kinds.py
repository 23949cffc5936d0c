"""The rule kind, direction and level draft gives a goal: from the words of the plan, in either language."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planaudit.reading.scan import Finding, scan
from tests.conftest import drafted_goals, run_cli


def _one(sentence: str) -> Finding:
    found = [f for f in scan(sentence) if f.target is not None]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "kind", "level"),
    [
        ("Training will be provided in 2200 colleges through online courses.", "at_least", "commitment"),
        ("Testing kits will be provided to 4,000 clinics during the year.", "at_least", "commitment"),
        (
            "10 lakh compost pits will be taken up using the allocations under the rural scheme.",
            "at_least",
            "commitment",
        ),
        ("₹368 crore has been provided for the soil project.", "planned", "planned"),
        ("An amount of ₹9,000 crore will be allocated for the programme.", "planned", "planned"),
        ("今年拟安排财政赤字2.18万亿元。", "planned", "planned"),
        ("今年赤字率拟按3.2%左右安排。", "planned", "planned"),
    ],
)
def test_an_allocation_word_plans_money_or_a_rate_and_delivers_a_count(sentence: str, kind: str, level: str) -> None:
    found = _one(sentence)
    assert (found.kind, found.level) == (kind, level), found


def test_draft_writes_things_provided_as_a_floor_at_the_pledges_level(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    goals = drafted_goals(tmp_path, monkeypatch, "Automation will be provided in 3,000 shops by March 2017.\n")
    assert [(g["rule"]["kind"], g["rule"]["target"], g["level"]) for g in goals] == [("at_least", 3000, "commitment")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Budgetary allocation up to ₹3,000 crore per annum will be leveraged for the plan.",
        "Government will permit mobilisation of additional finances to the extent of ₹31,300 crore.",
        "Spending on consultants will be capped at £40 million.",
    ],
)
def test_a_capped_amount_is_a_ceiling_not_an_amount_set(sentence: str) -> None:
    found = _one(sentence)
    assert found.kind == "at_most", found


def test_draft_writes_an_allocation_up_to_an_amount_as_at_most(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    goals = drafted_goals(tmp_path, monkeypatch, "An allocation of up to ₹500 crore will be made for the fund.\n")
    assert [g["rule"]["kind"] for g in goals] == ["at_most"]
    assert goals[0]["rule"]["target"] == 500


@pytest.mark.parametrize(
    "sentence",
    [
        "将小规模纳税人增值税起征点从月销售额10万元提高到15万元。",
        "将制造业企业加计扣除比例提高到100%。",
        "将18项行政事业性收费的免征范围，从小微企业扩大到所有企业和个人。",
        "将个人所得税基本减除费用标准提高到每月5000元。",
    ],
)
def test_setting_a_policys_parameter_is_a_milestone(sentence: str) -> None:
    found = scan(sentence)
    assert [f.kind for f in found] == ["milestone"], found
    assert found[0].quote == sentence.rstrip("。")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("基本公共卫生服务经费财政补助从人均40元提高到45元。", "at_least"),  # no 将: a level to reach
        ("城镇化率将提高到60%。", "at_least"),  # 将 = will, before the verb
        ("研发投入将进一步提高到2.5%。", "at_least"),
    ],
)
def test_will_or_a_level_to_reach_is_no_policy_setting(sentence: str, kind: str) -> None:
    assert [f.kind for f in scan(sentence)] == [kind], scan(sentence)


def test_draft_proposes_the_reviews_same_setting_as_evidence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "review.txt").write_text(
        "全年减税降费1万亿元。将制造业企业加计扣除比例提高到100%。\n", encoding="utf-8"
    )
    (tmp_path / "plan.txt").write_text("2021年工作安排\n将制造业企业加计扣除比例提高到100%。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("draft", "plan.txt", "--review", "review.txt")
    assert result.exit_code == 0, result.stderr
    goals = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    assert [g["rule"]["kind"] for g in goals] == ["milestone"]
    actuals = yaml.safe_load((tmp_path / "actuals.yaml").read_text(encoding="utf-8"))["goals"]
    quotes = [e["quote"] for e in actuals[goals[0]["id"]]["evidence"]]
    assert quotes == ["将制造业企业加计扣除比例提高到100%"]


LIST = "今年发展的主要预期目标是：\n国内生产总值增长6.5%－7%，\n居民消费价格涨幅3%左右，\n城镇新增就业1000万人以上。\n新建公路1000公里。\n"


def test_a_lead_in_line_gives_its_level_to_the_list_after_it_up_to_a_full_stop() -> None:
    found = scan(LIST)
    assert [(f.kind, f.level) for f in found] == [
        ("between", "expected"),
        ("approximately", "expected"),
        ("new_items", "expected"),
        ("new_items", "plain"),  # after the full stop: no longer the list's
    ]
    assert found[1].direction == "ceiling"


def test_a_blank_line_or_heading_ends_the_lead_ins_list() -> None:
    assert [f.level for f in scan("主要预期目标是：\n\n城镇新增就业1000万人以上，\n")] == ["plain"]


@pytest.mark.parametrize(
    ("text", "kind", "level"),
    [
        ("今年拟安排财政赤字2.18万亿元。其中，中央财政赤字1.4万亿元。", "planned", "planned"),
        ("We have allocated ₹9,000 crore for roads. Of this, ₹2,000 crore is for bridges.", "planned", "planned"),
    ],
)
def test_of_which_keeps_the_level_of_the_sentence_before(text: str, kind: str, level: str) -> None:
    last = scan(text)[-1]
    assert (last.kind, last.level, last.target) == (kind, level, last.target), last
    assert last.quote.endswith(("1.4万亿元", "₹2,000 crore"))


def test_draft_writes_the_lead_ins_level_for_each_listed_goal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    goals = drafted_goals(tmp_path, monkeypatch, "2016年工作安排\n" + LIST)
    assert [g["level"] for g in goals] == ["expected", "expected", "expected", "plain"]


def test_a_curly_apostrophe_or_currency_sign_keeps_an_english_pledge_a_milestone() -> None:
    assert [f.kind for f in scan("We will chalk out milestones for the nation’s journey.")] == ["milestone"]
    assert [f.kind for f in scan("We will chalk out milestones for the nation's journey.")] == ["milestone"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("We will raise the farmers’ income in 5 years.", ""),  # a span of time, never money ("yea-rs")
        ("Farmers will get ₹5,000 for each hectare sown.", "planned"),
        ("Pensions of 5 dollars a week will be paid.", "planned"),
    ],
)
def test_only_a_currency_word_makes_an_amount_money(sentence: str, kind: str) -> None:
    assert [f.kind for f in scan(sentence) if f.target is not None] == ([kind] if kind else []), scan(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind", "target", "unit"),
    [
        ("Transfers to States will be ₹99,681 crore more than last year.", "increase_by", 99681, "₹ crore"),
        ("The increase in Plan expenditure is in the order of 15.3% over this year.", "growth", 15.3, "%"),
        ("We will see a growth of 12% in exports.", "growth", 12, "%"),
    ],
)
def test_a_rise_named_by_its_noun_or_more_than_is_a_rise(sentence: str, kind: str, target: float, unit: str) -> None:
    found = _one(sentence)
    assert (found.kind, found.target, found.unit) == (kind, target, unit), found


def test_a_share_a_rule_permits_is_no_floor_the_rule_change_is_a_milestone() -> None:
    found = scan("100% FDI will be allowed in marketing of food products.")
    assert [(f.kind, f.target) for f in found] == [("milestone", None)], found


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A number of measures will be undertaken to deepen the bond market.", "judged"),  # unnamed
        ("Several new techniques will be introduced to the commissioning process.", "judged"),
        ("No new service will go live unless it meets this standard.", "judged"),  # a condition
        ("The schemes for minorities shall be implemented effectively.", "judged"),  # the quality of an act
        ("A new credit rating system with various enhancement structures will be developed.", "milestone"),
        ("The department will establish a platform used by various ministries.", "milestone"),
    ],
)
def test_an_unnamed_conditional_or_qualitative_pledge_is_judged(sentence: str, kind: str) -> None:
    assert [f.kind for f in scan(sentence)] == [kind], scan(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Cabinet Office will operate an annual review process to track progress.", "milestone"),
        ("The data service will provide high level performance reports for leaders.", "milestone"),
        ("The Ministry will work with the States and evolve guidelines to actualise this.", "milestone"),
        ("Cabinet Office will help boards to identify leaders with suitable skills.", "judged"),  # an aid, not a thing
        ("The programme will continue to develop a framework for identity assurance.", "judged"),  # ongoing
        ("Departments will encourage staff to use the new platform.", "judged"),
    ],
)
def test_a_pledge_whose_object_is_a_thing_made_is_a_milestone(sentence: str, kind: str) -> None:
    assert [f.kind for f in scan(sentence)] == [kind], scan(sentence)


def test_draft_writes_english_deliverables_as_milestones_and_efforts_as_judged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    goals = drafted_goals(
        tmp_path,
        monkeypatch,
        "Cabinet Office will operate an annual review process to track progress. "
        "A number of measures will be undertaken to deepen the bond market.\n",
    )
    assert [g["rule"]["kind"] for g in goals] == ["milestone", "judged"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("增加国家铁路建设资本金1000亿元。", "increase_by"),  # money added to a fund: the rise itself
        ("再增加普惠金融补助资金50亿元。", "increase_by"),
        ("增加深松土地1.5亿亩。", "at_least"),  # an area: a level
    ],
)
def test_money_added_to_a_fund_is_an_increase(sentence: str, kind: str) -> None:
    assert _one(sentence).kind == kind


def test_an_aim_to_achieve_a_built_state_is_judged_not_a_task() -> None:
    assert [f.kind for f in scan("努力实现全面建成小康社会目标任务。")] == ["judged"]
    assert [f.kind for f in scan("建立健全特别行政区维护国家安全的法律制度。")] == ["milestone"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("These will be the first of many similar platform services.", "judged"),  # a state, not a thing made
        ("Skills will be a priority in the Capabilities Plan, likely to be published in November 2012.", "milestone"),
        (
            "Skills will be a priority in the Capabilities Plan, which was published in 2012 and will be revised.",
            "judged",
        ),
    ],
)
def test_a_copula_states_and_a_date_later_in_the_sentence_dates_the_pledge(sentence: str, kind: str) -> None:
    assert [f.kind for f in scan(sentence)][:1] == [kind], scan(sentence)


@pytest.mark.parametrize(
    ("sentence", "left", "right", "operator"),
    [
        ("Growth in median pay will keep pace with inflation.", "Growth in median pay", "inflation", "at_least"),
        ("Council tax will rise in line with inflation.", "Council tax", "inflation", "about"),
    ],
)
def test_one_measure_pledged_against_another_is_a_comparison(
    sentence: str, left: str, right: str, operator: str
) -> None:
    found = scan(sentence)
    assert [(f.kind, f.measure, f.scope, f.direction) for f in found] == [("comparison", left, right, operator)]


def test_a_measure_against_itself_is_no_comparison() -> None:
    assert [f.kind for f in scan("Pay will keep pace with pay.")] == ["judged"]


def test_draft_writes_a_comparison_that_validates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    goals = drafted_goals(tmp_path, monkeypatch, "Growth in median pay will keep pace with inflation.\n")
    assert goals[0]["rule"] == {
        "kind": "comparison",
        "left": "Growth in median pay",
        "right": "inflation",
        "operator": "at_least",
        "tolerance": 0,
        "unit": "%",
    }
    assert run_cli("validate").exit_code == 0


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("We will keep the civil service social media guidance up to date.", "judged"),  # a state kept
        ("We will use the existing spend controls process to encourage engagement.", "judged"),  # a thing used
        ("We will share central government plans with local authorities.", "judged"),
        ("We will offer specialist digital expertise to interpret legislation.", "judged"),  # a service offered
        ("We will release a range of tools on the GOV.UK platform.", "milestone"),
        ("We will agree with departments the deadlines for redesign.", "milestone"),  # an act done once
    ],
)
def test_using_keeping_or_offering_is_judged_releasing_or_agreeing_a_milestone(sentence: str, kind: str) -> None:
    assert [f.kind for f in scan(sentence)] == [kind], scan(sentence)


def test_draft_proposes_a_review_sentence_for_a_comparison_undecided(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = Path(__file__).resolve().parent.parent / "examples" / "riverton-2024"
    for name in ("plan.txt", "review.txt"):
        (tmp_path / name).write_text((example / name).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_cli("draft", "plan.txt", "--review", "review.txt").exit_code == 0
    goals = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    goal = next(g for g in goals if g["rule"]["kind"] == "comparison")
    assert goal["quote"] == "Growth in median pay will keep pace with inflation"
    entry = yaml.safe_load((tmp_path / "actuals.yaml").read_text(encoding="utf-8"))["goals"][goal["id"]]
    assert "undecided" in entry and "values" not in entry  # a person reads it and gives both figures
    assert [e["quote"] for e in entry["evidence"]] == ["Median pay rose 3.9%, while consumer price inflation was 4.2%"]
    assert run_cli("validate").exit_code == 0
