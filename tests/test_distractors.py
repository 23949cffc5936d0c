"""Figures in a plan that are not its targets, by class of language, in English and Chinese (issue #22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.reading.clauses import Role, en_not_the_plans, role, zh_not_the_plans
from planaudit.reading.scan import plan_year, scan
from tests.drafting import draft_pair


def _drafted(text: str) -> list[tuple[str, float | None]]:
    return [(f.kind, f.target) for f in scan(text, plan_year(text))]


# (plan text, a figure no goal may carry)
NOT_TARGETS = [
    # what a place or a network is, a scheme as it runs
    ("Transit plan 2026\n\nThe county is home to 860,000 residents in four boroughs.\n", 860000),
    ("Transit plan 2026\n\nThe county is home to 860,000 residents in four boroughs.\n", 4),
    (
        "Transit plan 2026\n\nOur bus network carries 210 million journeys a year over 1,900 kilometres of routes.\n",
        210,
    ),
    (
        "Transit plan 2026\n\nOur bus network carries 210 million journeys a year over 1,900 kilometres of routes.\n",
        1900,
    ),
    (
        "Schools plan 2026\n\nThe Rural Schools Fund supports schools with fewer than 80 pupils in the 14 upland parishes.\n",
        14,
    ),
    ("Budget 2026\n\nUnemployment stands at 4.6 per cent.\n", 4.6),
    # another body's forecast, a law's target
    ("Port plan 2026\n\nThe Harbour Authority forecasts cargo volumes of 4.2 million tonnes in 2027.\n", 4.2),
    ("Roads plan 2026\n\nHighways North projects that traffic will rise by 12% by 2035.\n", 12),
    ("Water plan 2026\n\nThe Water Services Authority (WSA) predicts demand of 410 Ml/d in 2030.\n", 410),
    ("Air plan 2026\n\nThe Clean Air Act commits the city to a 40% cut in NO2 levels by 2030.\n", 40),
    ("Climate plan 2026\n\nUnder the Paris Agreement, Norland must reduce emissions by 55% by 2030.\n", 55),
    # a measure's estimated effect on jobs
    ("Growth plan 2026\n\nThe scheme will support about 3,200 jobs in the region.\n", 3200),
    ("Growth plan 2026\n\nThe investment will create around 1,500 new jobs.\n", 1500),
    # a threshold that defines the noun before it, in brackets
    (
        "Housing plan 2026\n\nHouseholds at risk (a hardship score of 12 or more) will be offered a visit within 5 days.\n",
        12,
    ),
    # an undated work's scope; how a payment is split
    ("Roads plan 2026\n\nThe Eastern Bypass (Phase 1) will add two lanes over 9 km.\n", 9),
    ("Pay plan 2026\n\nThe arrears will be paid in four instalments.\n", 4),
    # a stock at a past date, a task a higher body assigns, a scheme's standards and awards
    ("区住建局2026年工作要点\n\n截至2025年底，全区城镇污水处理厂12座，日处理能力36万吨。\n", 12),
    ("区住建局2026年工作要点\n\n截至2025年底，全区城镇污水处理厂12座，日处理能力36万吨。\n", 36),
    ("区人社局2026年工作要点\n\n市人社局下达我区2026年城镇新增就业任务8000人。\n", 8000),
    ("县教育局2026年工作要点\n\n省级补助标准为：新建幼儿园每所100万元，改扩建每所50万元。\n", 100),
    ("县教育局2026年工作要点\n\n省级补助标准为：新建幼儿园每所100万元，改扩建每所50万元。\n", 50),
    ("县农业农村局2026年工作要点\n\n年度考核前5名的乡镇各奖励20万元。\n", 20),
    # a standing in a ranking, a share as it is
    ("市文明办2026年工作要点\n\n我市连续两年入选全国文明城市，位列全省第2位。\n", 2),
    ("公司2026年经营计划\n\n外购电力占生产成本的比重约为30%。\n", 30),
    ("Service plan 2026\n\nWe will answer 90% of calls in a minute (as opposed to 70% this year).\n", 70),
    ("Health plan 2026\n\nAbout 9,000 new cases of the disease get reported in the county every year.\n", 9000),
    ("Census plan 2026\n\nThe county's population is 1.2 million.\n", 1.2),
    ("Budget 2026\n\nThe Treasury expects growth of 1.5% next year.\n", 1.5),
    ("Rail plan 2026\n\nOnce complete, the line will carry 20,000 passengers a day.\n", 20000),
    ("区统计局2026年工作要点\n\n全市常住人口520万人。\n", 520),
    ("县教育局2026年工作要点\n\n全县共有中小学120所。\n", 120),
    ("县发改委2026年工作要点\n\n上级下达我县节能目标为3%。\n", 3),
    ("University plan 2026\n\nThe university is ranked 45th in the world.\n", 45),
    ("University plan 2026\n\nThe university ranks 45th in the world.\n", 45),
    # a measure's hoped-for effect, what a thing is estimated to cost, a target said to stand, a subsidy rate
    ("Irrigation plan 2026\n\nWe will line 300 km of canals. This will help to irrigate 12,000 hectares.\n", 12000),
    ("Water plan 2026\n\nA new reservoir has been designed with an estimated cost of £95 million.\n", 95),
    ("县政府2025年工作报告\n\n“十四五”期间，全县一般公共预算收入年均增长6%的目标不变。\n", 6),
    ("县农业局2026年工作要点\n\n对新建高标准农田每亩补助1500元。\n", 1500),
]


@pytest.mark.parametrize(("text", "value"), NOT_TARGETS)
def test_figures_that_are_not_the_plans_targets_are_not_drafted(text: str, value: float) -> None:
    drafted = _drafted(text)
    assert not [t for t in drafted if t[1] is not None and abs(t[1] - value) < 1e-9], drafted


# Sentences with no figure that pledge nothing to check: no goal at all.
NO_GOAL = [
    "Schools plan 2026\n\nPupils in the most deprived wards will be served first.\n",
    "Schools plan 2026\n\nRural schools will be given priority.\n",
    "县住建局2026年工作要点\n\n结合本县实际，制定本实施方案。\n",
    "县生态环境局2026年工作要点\n\n对未按期完成整改的企业，依法予以处罚。\n",
    "县生态环境局2026年工作要点\n\n确保完成水污染防治年度任务。\n",
    "Growth plan 2026\n\nThe programme will support some 900 local jobs.\n",
    "Heritage plan 2026\n\nWe will celebrate the 150th anniversary of the museum.\n",
    "县发改委2026年工作要点\n\n项目建成后，可带动就业2000人。\n",
]


@pytest.mark.parametrize("text", NO_GOAL)
def test_clauses_that_pledge_nothing_to_check_draft_no_goal(text: str) -> None:
    assert _drafted(text) == []


# (plan text, the kind and target that must still be drafted): the same words' neighbours that are targets
TARGETS = [
    ("Transit plan 2026\n\nWe will carry 230 million journeys in 2026.\n", ("at_least", 230)),
    ("Growth plan 2026\n\nWe will create 5,000 jobs by 2027.\n", ("at_least", 5000)),
    ("Climate plan 2026\n\nThe Government will cut emissions by 55% by 2030.\n", ("decline", 55)),
    ("Climate plan 2026\n\nUnder the Climate Act, we will cut emissions by 55% by 2030.\n", ("decline", 55)),
    ("Budget 2026\n\nUnemployment will fall to 4 per cent.\n", ("at_most", 4)),
    ("Roads plan 2026\n\nThe Eastern Bypass (Phase 1) will add two lanes over 9 km by March 2027.\n", ("at_least", 9)),
    ("Schools plan 2026\n\nWe will open 4 new schools in the most deprived wards first.\n", ("new_items", 4)),
    ("区人社局2026年工作要点\n\n城镇新增就业8500人以上。\n", ("new_items", 8500)),
    ("区住建局2026年工作要点\n\n到2026年底，全区城镇污水处理率达到97%。\n", ("at_least", 97)),
    ("区住建局2026年工作要点\n\n2026年全区新建城镇污水处理厂2座。\n", ("new_items", 2)),
    ("University plan 2026\n\nWe will rise to 40th or higher in the world rankings.\n", ("ranking", 40)),
    ("Irrigation plan 2026\n\nWe will line 300 km of canals. It will help 4,000 farmers.\n", ("at_least", 4000)),
    ("县农业局2026年工作要点\n\n新建高标准农田5万亩。\n", ("new_items", 5)),
    # the edges of the classes above: a target in brackets, a project that provides, an allocation to each, a count
    # funded each year
    (
        "Health plan 2026\n\nWe will cut waiting times (to 18 weeks or less by March) for planned care.\n",
        ("at_most", 18),
    ),
    ("Housing plan 2026\n\nThe Riverside Project will provide 200 affordable homes.\n", ("at_least", 200)),
    ("县财政局2026年工作要点\n\n两个园区各安排资金500万元。\n", ("planned", 500)),
    ("县教育局2026年工作要点\n\n每年资助困难学生1000名。\n", ("at_least", 1000)),
    ("Farm plan 2026\n\n5,000 farmers will get trained in 2026.\n", ("at_least", 5000)),
    ("Data plan 2026\n\nThe Cabinet Office expects every department to publish 10 datasets.\n", ("at_least", 10)),
    (
        "Rail plan 2026\n\nWe will complete the line in 2026, and it will carry 20,000 passengers a day.\n",
        ("at_least", 20000),
    ),
    ("区住建局2026年工作要点\n\n建设共有产权房500套。\n", ("at_least", 500)),
    ("区统计局2026年工作要点\n\n到2026年，全市常住人口达到550万人。\n", ("at_least", 550)),
    ("区住建局2026年工作要点\n\n2026年底前建成污水处理厂2座。\n", ("at_least", 2)),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS)
def test_the_targets_beside_them_stay(text: str, expected: tuple[str, float]) -> None:
    drafted = [(kind, target) for kind, target in _drafted(text) if target is not None]
    assert any(kind == expected[0] and abs(target - expected[1]) < 1e-9 for kind, target in drafted), drafted


def test_roles_of_clauses_by_their_markers() -> None:
    assert role("The network carries 48 million trips a year") is Role.RESULT
    assert role("The Grid Operator projects that demand will double by 2040") is Role.FORECAST
    assert role("The Waste Directive requires member states to recycle 65% by 2035") is Role.CONDITION
    assert role("The Harbour Line extension will include four new stations") is Role.RESULT
    assert role("The Harbour Line extension will include four new stations by 2027") is Role.COMMITMENT
    assert role("我省位居全国第5位") is Role.RESULT
    assert role("力争位居全国前5位") is Role.COMMITMENT
    # a sentence's opening that binds its later clauses, unless the plan turns to its own pledge
    assert en_not_the_plans("Under the Treaty, Norland must halve emissions by 2030")
    assert not en_not_the_plans("Under the Treaty, Norland must halve emissions, and we will cut them by 60%")
    assert not en_not_the_plans("We will halve emissions by 2030")
    assert zh_not_the_plans("省发展改革委下达我县2026年能耗强度下降目标3%")
    assert zh_not_the_plans("奖补标准为：新建每个30万元，改建每个10万元")
    assert not zh_not_the_plans("全县新建农村公路80公里")


def test_a_plan_with_its_context_drafts_only_its_own_targets_through_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Northvale Roads and Transport Plan 2026\n\n"
        "About the region\n"
        "Northvale is home to 730,000 people in three districts.\n"
        "The regional network carries 95 million journeys a year.\n"
        "The Freight Council forecasts lorry traffic of 14 million trips in 2027.\n"
        "Under the National Roads Agreement, Northvale must resurface 20% of its roads by 2030.\n"
        "The Ring Road upgrade (Stage 3) will add a bus lane over 6 km.\n"
        "The programme will support around 2,400 jobs.\n\n"
        "Our commitments for 2026\n"
        "We will resurface 180 km of road in 2026.\n"
        "We will install 400 new bus shelters.\n"
    )
    review = "Northvale annual report 2026\n\nWe resurfaced 171 km of road and installed 412 new bus shelters.\n"
    goals, _ = draft_pair(tmp_path, plan, review)
    drafted = [(g["rule"]["kind"], g["rule"].get("target")) for g in goals]
    assert drafted == [("at_least", 180), ("at_least", 400)], drafted


def test_a_work_to_finish_stays_a_milestone_where_its_completion_opens_no_effect() -> None:
    assert [f.kind for f in scan("区住建局2026年工作要点\n\n建成智慧停车平台。\n")] == ["milestone"]
    assert _drafted("区住建局2026年工作要点\n\n项目建成后，年发电量可达12亿千瓦时。\n") == []
