"""Chinese goals without a figure: acts and deliverables a plan commits to (出台, 设立, 上调…), and the states of its
list of expected targets, drafted with the right kind; directions of work, aims and past acts are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.scan import scan
from tests.conftest import drafted_goals


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.kind) for f in scan(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "出台城市更新管理条例。",  # a rule issued
        "制定农村供水保障办法。",
        "编制好长江口生态修复规划。",
        "设立小微企业转贷基金。",  # a fund set up
        "组建省级数据交易中心。",
        "适时启动碳排放权交易试点。",  # a pilot started, with an adverb of timing
        "取消高速公路省界收费站。",  # a fee or a barrier abolished
        "停止地下水超采区新增取水。",
        "整合城乡居民医疗救助制度。",
        "上调城乡低保标准。",  # a rate of a scheme raised
        "提高农村义务教育学生营养膳食补助标准。",
        "提高小麦最低收购价。",
        "扩大长期护理保险试点范围。",  # a scheme's scope widened
        "增加产粮大省奖励。",
        "实施城市燃气管道更新改造工程。",  # a named project, action, census, pilot or reform carried out
        "开展全国农业普查。",
        "开展跨境贸易便利化试点。",
        "实施电力市场准入制度改革。",
        "实行外卖平台食品安全实名登记制度。",
        "继续发行长期建设国债。",
        "不再发行疫情防控专项债券。",  # to stop doing something is an act too
        "筹办好第十五届全国运动会。",  # an event held
        "今年要基本实现医保异地结算全覆盖。",  # a state due this year
        "将灵活就业人员全部纳入工伤保险。",  # brought into a scheme
        "推动签署双边投资保护协定。",  # an agreement signed
        "对困难群众率先免除供暖费。",  # a fronted 对-phrase before the verb
        "各地要取消违规设立的收费项目。",  # a subject's 要
    ],
)
def test_an_act_or_a_deliverable_is_a_milestone(sentence: str) -> None:
    assert _kinds(sentence) == [(sentence.rstrip("。"), "milestone")]


@pytest.mark.parametrize(
    "sentence",
    [
        "实施就业优先战略。",  # a strategy: a direction with no point of completion
        "实施更加积极的就业政策。",  # a policy described by a quality
        "实施好区域协调发展工程。",  # 实施好: do it well, a quality of ongoing work
        "深入开展全民健身运动。",  # an adverb of ongoing effort
        "大力推行电子证照。",
        "持续实施乡村振兴工程。",
        "研究制定数据产权制度。",  # a first step
        "提高公共服务水平。",  # a quality to improve, not an act
        "提高科技创新能力。",
        "扩大有效投资。",
        "办好人民满意的教育。",  # a field run well, not an event held
        "办好职业教育。",
        "出台的政策要落实到位。",  # 出台 describing policies, not an act
        "实施上述政策。",  # what the text named before
        "要继续出台支持政策。",  # no one thing named
        "实现互利共赢。",  # an aim, with no date of its own
        "推进自贸协定谈判。",  # talks under way
        "将符合条件的困难人员纳入救助范围。",  # who qualifies: a standing rule
        "推进国家实验室建设。",  # work under way
        "实施一批重大水利、能源等工程。",  # a list: the named-items reader's, not one deliverable
    ],
)
def test_directions_of_work_are_no_milestones(sentence: str) -> None:
    assert [f for f in scan(sentence) if f.kind == "milestone"] == [], scan(sentence)


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("农业保险保费补贴政策延长到今年年底。", "2030-12"),  # the deliverable first, the act and its term last
        ("个人所得税汇算清缴一律延缓到明年。", "2031"),
        ("小微企业贷款贴息政策再延长至明年6月底。", "2031-06"),
        ("涉及创业的行政事业性收费全部取消。", None),
        ("限期偿还拖欠农民工的工资。", None),  # an act with a term set
        ("全面推广电子发票。", None),  # a rollout everywhere
        ("允许外资企业参与政府采购。", None),
    ],
)
def test_a_deliverable_named_before_its_act_is_a_milestone(sentence: str, deadline: str | None) -> None:
    found = scan("2030年工作计划\n" + sentence)
    assert [(f.quote, f.kind, f.deadline) for f in found] == [(sentence.rstrip("。"), "milestone", deadline)]


def test_a_coverage_widened_or_a_practice_spread_is_judged_not_an_act() -> None:
    assert _kinds("稳步扩大“绿色信贷”覆盖范围。") == [("稳步扩大“绿色信贷”覆盖范围", "judged")]
    assert _kinds("全面推广“河长制”试点经验。") == [("全面推广“河长制”试点经验", "judged")]


def test_a_figure_in_a_programmes_name_does_not_stop_the_act() -> None:
    text = "实施老旧小区改造五年行动。开展第五次全国经济普查。两年内实现村村通客车全覆盖。"
    assert _kinds(text) == [
        ("实施老旧小区改造五年行动", "milestone"),  # 五年 names the action
        ("开展第五次全国经济普查", "milestone"),  # an ordinal names the census
        # 两年内 is a span before the verb: a two-year goal, not a name (and not this year's milestone)
    ]


def test_acts_listed_after_including_or_done_in_the_past_are_not_goals() -> None:
    text = (
        "前期出台的减税政策，包括免征小微企业增值税，减免物流企业房产税，执行期限延长到年底。\n"
        "过去一年，出台城市更新管理条例，设立小微企业转贷基金。\n"
        "今年要设立农业保险基金。\n"
    )
    # the items after 包括 are not; the sentence's own act on them, their term extended, is
    assert [q for q, _ in _kinds(text)] == ["执行期限延长到年底", "今年要设立农业保险基金"]


def test_a_review_part_of_the_plan_drafts_nothing() -> None:
    text = (
        "2030年政府工作报告\n"
        "一、2029年工作回顾\n"
        "出台城市更新管理条例，设立小微企业转贷基金。\n"
        "新建学校20所。\n"
        "二、2030年工作任务\n"
        "设立农业保险基金。\n"
    )
    assert [q for q, _ in _kinds(text)] == ["设立农业保险基金"]


def test_states_in_a_list_of_expected_targets_are_judged() -> None:
    text = (
        "今年发展的主要预期目标是：\n"
        "城镇新增就业1000万人以上；\n"
        "国际收支基本平衡；\n"
        "生态环境质量持续改善；\n"
        "推进新型城镇化建设。\n"
        "外贸进出口稳中提质。\n"
    )
    found = [(f.quote, f.kind, f.level) for f in scan(text)]
    assert ("国际收支基本平衡", "judged", "expected") in found
    assert ("生态环境质量持续改善", "judged", "expected") in found
    assert all(q != "推进新型城镇化建设" for q, _, _ in found)  # a task opened by a verb of work, no state
    assert all(q != "外贸进出口稳中提质" for q, _, _ in found)  # after the list's full stop: no longer its item


def test_must_pledges_a_state_to_reach_not_a_manner_of_work() -> None:
    found = scan("今年务必做到企业开办全程网上办理。各项支出务必精打细算。务必抓好。")
    assert [(f.quote, f.level) for f in found] == [("务必做到企业开办全程网上办理", "commitment")]


def test_a_part_of_review_and_outlook_is_still_read() -> None:
    text = "2030年政府工作报告\n一、回顾与展望\n今年要设立农业保险基金。\n"
    assert [q for q, _ in _kinds(text)] == ["今年要设立农业保险基金"]


def test_states_in_a_list_of_targets_ending_in_semicolons_are_judged() -> None:
    text = (
        "今年要稳就业保民生；\n"
        "城镇新增就业1000万人以上；\n"
        "国际收支基本平衡；\n"
        "重大金融风险有效防控。\n"
        "要加快发展现代服务业；\n"
        "社会大局保持稳定；\n"  # a ；-list with no figure in it: no list of targets
    )
    found = [(f.quote, f.kind) for f in scan(text)]
    assert ("国际收支基本平衡", "judged") in found
    assert ("重大金融风险有效防控", "judged") in found
    assert all(q != "社会大局保持稳定" for q, _ in found)
    assert all(q != "今年要稳就业保民生" for q, _ in found)


def test_draft_writes_acts_as_milestones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = (
        "2030年工作计划\n"
        "今年发展的主要预期目标是：城镇新增就业1000万人以上，国际收支基本平衡。\n"
        "上调退休人员基本养老金，提高科技创新能力。\n"
        "开展第五次全国经济普查，深入实施就业优先战略。\n"
        "过去一年，出台城市更新管理条例。\n"
    )
    goals = drafted_goals(tmp_path, monkeypatch, plan)
    assert [(g["quote"], g["rule"]["kind"]) for g in goals] == [
        ("城镇新增就业1000万人以上", "at_least"),
        ("国际收支基本平衡", "judged"),
        ("上调退休人员基本养老金", "milestone"),
        ("开展第五次全国经济普查", "milestone"),
    ]


def test_a_list_of_agreements_is_one_act_each() -> None:
    assert _kinds("推动甲乙双边投资协定尽早生效实施、丙丁自由贸易协定签署。") == [
        ("推动甲乙双边投资协定尽早生效实施", "milestone"),
        ("丙丁自由贸易协定签署", "milestone"),
    ]
    assert _kinds("推动签署双边投资保护协定。") == [("推动签署双边投资保护协定", "milestone")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("提高清洁能源比重。", "pp_change"),  # a measure moved with no amount: any move of it
        ("继续扩大重点高校面向农村招生规模。", "growth"),
        ("重点地区细颗粒物（PM2.5）浓度继续下降。", "decline"),  # a figure in brackets names the measure
        ("推动实际贷款利率进一步降低。", "decline"),
        ("加快建设国家实验室。", "judged"),  # a named facility built: work on one thing
        ("加快海南自由贸易港建设。", "judged"),
        ("建设区域医疗中心。", "judged"),
        ("继续大力削减行政审批事项。", "judged"),  # a stock cut, judged on the count cut
        ("有序退出过剩产能。", "judged"),
        ("增设服务业扩大开放综合试点。", "milestone"),  # new ones set up
        ("落实长江十年禁渔。", "milestone"),  # a ban in force or not
    ],
)
def test_work_on_one_named_thing_is_drafted_from_the_plans_words(sentence: str, kind: str) -> None:
    assert _kinds(sentence) == [(sentence.rstrip("。"), kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "提高资源利用效率。",  # a quality, not a measured rate
        "推进公民道德建设。",  # a field built up, no one thing
        "加快公共卫生人才队伍建设。",
        "建设海洋强国。",
        "加快建设分级诊疗体系。",  # a system
        "建设更高水平的开放平台。",  # a thing described by a quality
        "推进各类创新平台建设。",  # no one thing named
        "落实带薪休假制度。",  # 落实 a policy or a duty: work on a field, not a ban
        "落实全面从严治党要求。",
        "过去一年，重点高校招生规模继续扩大，清洁能源比重提高。",  # results
    ],
)
def test_work_on_no_one_thing_is_no_goal(sentence: str) -> None:
    assert scan(sentence) == []
