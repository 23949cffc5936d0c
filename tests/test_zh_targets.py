"""What draft proposes as goals in Chinese plans: the plan's own commitments, not what stands, aims or reforms."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.clauses import Role, role
from planaudit.reading.scan import scan
from tests.conftest import drafted_goals


def _quotes(text: str) -> list[str]:
    return [f.quote for f in scan(text)]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("今年已过去近3个月", Role.RESULT),  # 今年 is the plan's year, 已 says the figure stands
        ("全年粮食产量已经达到6.5亿吨", Role.RESULT),
        ("今年参加考试的考生达1200万人", Role.RESULT),  # a bare 达 before a figure states a statistic
        ("全年服务业比重达55%", Role.RESULT),
        ("确保森林覆盖率达25%以上", Role.COMMITMENT),  # 确保 makes it the plan's own
        ("今年要新建学校20所", Role.COMMITMENT),
        ("今年棚户区住房改造600万套", Role.COMMITMENT),  # the plan's year with nothing that says it stands
        ("全年新增城镇就业900万人以上", Role.COMMITMENT),
        ("力争全年货物运输量达到50亿吨", Role.COMMITMENT),  # 达到 is a target verb, not the bare 达
    ],
)
def test_what_stands_outweighs_the_plans_year(clause: str, expected: Role) -> None:
    assert role(clause) is expected


def test_a_statistic_in_the_plans_year_is_no_goal() -> None:
    text = "今年退休人员达1.3亿人，要确保养老金按时足额发放。全年新建保障性住房50万套。"
    assert _quotes(text) == ["确保养老金按时足额发放", "全年新建保障性住房50万套"]


@pytest.mark.parametrize(
    "sentence",
    [
        "紧扣全面建成创新型国家目标。",  # an aim the work is aligned to
        "围绕建成现代化经济体系谋划工作。",
        "考虑了与建成高水平开放型经济相衔接。",  # a past explanation
        "建立健全粮食储备监管机制。",  # establish and keep improving: no point of completion
        "建立完善城乡统一的社会救助制度。",
        "建立规范的地方债务管理制度。",  # an institution described by a quality
        "建立多主体供给的住房保障体系。",
    ],
)
def test_aims_and_ongoing_reforms_are_not_deliverables(sentence: str) -> None:
    assert scan(sentence) == [], scan(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "建立巨灾保险制度。",  # a named institution set up once
        "建立全国农业信贷担保体系。",
        "建立健全智慧城管平台。",  # a platform is a thing, not an institution
        "建成区域医疗中心。",
    ],
)
def test_named_deliverables_stay_milestones(sentence: str) -> None:
    assert [(f.kind, f.quote) for f in scan(sentence)] == [("milestone", sentence.rstrip("。"))]


def test_draft_proposes_the_years_commitments_not_what_stands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = (
        "2030年工作计划\n"
        "今年已过去近3个月，今年参加考试的考生达1200万人。\n"
        "紧扣全面建成创新型国家目标，建立健全粮食储备监管机制。\n"
        "今年要新建学校20所，建立巨灾保险制度。\n"
    )
    goals = drafted_goals(tmp_path, monkeypatch, plan)
    assert [g["quote"] for g in goals] == ["今年要新建学校20所", "建立巨灾保险制度"]


@pytest.mark.parametrize(
    ("sentence", "drafted"),
    [
        ("努力实现全年粮食生产目标。", True),  # 努力 with an end to reach
        ("努力完成“十四五”规划目标任务。", True),  # a named plan's targets
        ("努力改善城乡居民居住条件。", False),  # the direction of an effort
        ("努力保持物价总体平稳。", False),
        ("努力把灾害造成的损失降到最低。", False),
        ("经过全体职工艰苦努力并克服重重困难。", False),  # 努力 as a noun
        ("努力完成全年经济社会发展目标任务。", False),  # the plan's own targets as a whole
        ("确保今年各项目标任务圆满完成。", False),
        ("确保各项政策不折不扣落到实处。", False),
        ("确保养老金按时足额发放。", True),
    ],
)
def test_efforts_and_closing_calls_are_not_goals(sentence: str, drafted: bool) -> None:
    assert bool(scan(sentence)) is drafted, scan(sentence)


def test_a_difference_from_last_year_restates_the_level_before_it() -> None:
    text = "今年拟安排中央预算内投资5000亿元，比去年增加300亿元。财政赤字规模比去年增加1000亿元。"
    assert [(f.quote, f.target) for f in scan(text)] == [
        ("今年拟安排中央预算内投资5000亿元", 5000),
        ("财政赤字规模比去年增加1000亿元", 1000),  # its own measure: a goal
    ]


def test_a_range_stated_again_under_its_heading_is_one_goal() -> None:
    text = (
        "2030年工作计划\n一、今年主要目标\n国内生产总值增长5%－6%。\n"
        "经济增长预期目标5%－6%，考虑了就业的需要。\n城镇新增就业1000万人以上。\n"
    )
    assert [f.quote for f in scan(text)] == ["国内生产总值增长5%－6%", "城镇新增就业1000万人以上"]


@pytest.mark.parametrize(
    ("sentence", "quotes"),
    [
        ("全国近2亿人享受低保，必须确保按时足额发放。", ["确保按时足额发放"]),  # the count is a statement's subject
        ("我国有1.5亿人参加职业培训。", []),
        ("完善每户可申领两个车位的配套办法。", []),  # a figure describing the object of 完善
        ("新建10所以上的示范学校。", ["新建10所以上的示范学校"]),  # a target verb sets the figure
    ],
)
def test_figures_that_describe_are_not_targets(sentence: str, quotes: list[str]) -> None:
    assert [f.quote for f in scan(sentence)] == quotes


def test_a_fronted_object_keeps_its_goal() -> None:
    # 将 puts the object before its verb (in the next clause): the 的-phrase is no description of a verb's object
    assert [f.quote[:4] for f in scan("将5项行政收费的免征范围，扩大到所有企业。")] == ["将5项行"]


def test_a_pledge_restating_a_goal_just_stated_is_one_goal() -> None:
    text = "现行标准下农村适龄儿童全部入学。\n要加强控辍保学，确保偏远地区适龄儿童全部入学。\n确保养老金按时足额发放。"
    assert [f.quote for f in scan(text)] == ["确保养老金按时足额发放"]


def test_a_target_named_again_by_its_words_alone_is_one_goal() -> None:
    text = (
        "2030年工作计划\n一、今年主要目标\n国内生产总值增长5%以上；\n"
        "经济增速是综合性指标，今年预期目标设定为5%以上，有利于稳定预期。\n"
    )
    assert [(f.kind, f.quote) for f in scan(text)] == [("growth", "国内生产总值增长5%以上")]


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        ("实施一批交通、能源、水利等重大工程项目。", None),  # fields of work, not named things
        ("建设一批教育、医疗、养老等公共服务设施。", None),
        ("实施东湖公寓、西山邻里中心、南塘中转站等一批民生工程。", ("东湖公寓", "西山邻里中心", "南塘中转站")),
    ],
)
def test_a_list_of_fields_is_no_list_of_named_items(sentence: str, items: tuple[str, ...] | None) -> None:
    named = [f.items for f in scan(sentence) if f.kind == "named_items"]
    assert named == ([] if items is None else [items])


def test_an_aim_named_before_is_no_goal_a_pledge_restates() -> None:
    text = "紧扣建设创新型国家目标任务，推动发展。\n今年要稳增长，努力实现建设创新型国家目标任务。"
    assert [f.quote for f in scan(text)] == ["努力实现建设创新型国家目标任务"]
