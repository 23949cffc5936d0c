"""Draft's policy: a figure is a goal only where the plan's own body governs it; the others are notes (issue #22)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planaudit.drafting import Document, build
from planaudit.reading.clauses import en_whose, zh_whose
from planaudit.reading.scan import scan
from tests.conftest import run_cli


def _goals_and_notes(tmp_path: Path, text: str) -> tuple[list[float], str]:
    """The targets of the goals drafted from a plan, and the text of its not-drafted notes."""
    draft = build(Document(str(tmp_path / "plan.txt"), text), str(tmp_path))
    goals = yaml.safe_load(draft.targets)["goals"]
    notes = draft.targets[draft.targets.find("# Not drafted") :] if "# Not drafted" in draft.targets else ""
    return [g["rule"].get("target") for g in goals], notes


# (a sentence of a plan, the words before its figure, the reason class); each sentence's figure is another's
OTHERS = [
    # another body's act: a body that acts for itself, or one reported as telling the plan what it will do
    ("Local bus companies will add 35 electric buses to their fleets.", "will add ", "another body's act"),
    ("A developer will build 240 flats on the old depot site.", "will build ", "another body's act"),
    (
        "Ferry operators have told us they will add sailings: Bluewave will run 6 extra crossings a day.",
        "will run ",
        "another body's act",
    ),
    # a rule or permission on others
    ("The licence limits night flights to 3,000 a year.", "to ", "a rule or permission"),
    ("Visitors may bring up to 2 guests each.", "bring up to ", "a rule or permission"),
    ("The new gates allow bags of up to 8 kg on board.", "of up to ", "a rule or permission"),
    # another text's forecast or vision, an estimate as it stands
    ("The Regional Transport Outlook predicts ridership growth of 3% a year.", "of ", "another's forecast or vision"),
    ("Our long-term vision envisages 50,000 homes by 2045.", "envisages ", "another's forecast or vision"),
    ("The latest estimate of fuel poverty is 13%.", "is ", "an estimate or forecast"),
    # a part of a sum, a norm each case gets or pays
    ("We will spend £12 million on parks, part of the £50 million green spaces fund.", "part of the ", "a part"),
    ("The housing budget is $80 million, of which $9 million is for repairs.", "of which ", "a part"),
    ("Each apprentice receives a weekly allowance of £120.", "allowance of ", "a norm"),
    ("Late returns attract fines of up to £40.", "fines of up to ", "a norm"),
    ("Courses are funded at a unit cost of £450 per learner.", "unit cost of ", "a norm"),
    # another level of government's act, in a council's plan
    ("The national government will fund 50% of the cost.", "fund ", "another body's act"),
    # another body's target or money
    ("The Commission has set an EU-wide target of 55%.", "target of ", "another body's target"),
    ("The operator's £30 million loan facility runs to 2030.", "The operator's ", "another body's money"),
    # a vision whoever holds it, a plural's expectation, a figure on a source's word
    ("The Harbour Masterplan foresees 30 new berths by 2045.", "foresees ", "another's forecast or vision"),
    ("Insurers expect claims to rise by 15%.", "rise by ", "another's forecast or vision"),
    ("The county's population will grow by 8% by 2035, according to the ONS.", "grow by ", "another's forecast"),
    # another government's scheme, by its possessive
    (
        "The Government of Ruritania's Clean Rivers Mission aims to clean 400 km of rivers.",
        "clean ",
        "another body's act",
    ),
    # what a measure is now, with no pledge in the sentence
    ("Unemployment in the district is 4.2%.", "is ", "a figure as it stands"),
    ("Median rent is £950 a month.", "is ", "a figure as it stands"),
    # what a share of people or a typical one does now
    ("A typical household spends £1,200 a year on energy.", "spends ", "a statistic of people"),
    ("Around 12% of adults smoke.", "Around ", "a statistic of people"),
    ("About 30% of residents cycle to work.", "About ", "a statistic of people"),
]


@pytest.mark.parametrize(("sentence", "before", "why"), OTHERS)
def test_a_figure_of_another_body_is_not_the_plans(sentence: str, before: str, why: str) -> None:
    at = sentence.index(before) + len(before)
    figure = sentence[at:].split()[0]
    reason = en_whose(sentence[:at], sentence[at + len(figure) :], "Northvale Council Plan 2026")
    assert reason is not None and reason.startswith(why), reason


# (a sentence of a plan, the words before its figure): the plan's own body governs each figure
OWN = [
    ("We will plant 4,000 street trees.", "plant "),
    ("The Council will open 3 new libraries by 2026.", "open "),
    ("Plant 4,000 street trees along the ring road.", "Plant "),
    ("Waiting times will fall to 12 weeks.", "fall to "),
    ("No caller should wait longer than 5 minutes.", "longer than "),
    ("The Department plans to train 900 teachers.", "train "),
    ("Our budget forecasts revenue of £80 million.", "revenue of "),
    ("The Government projects a surplus of $2 billion.", "surplus of "),
    ("3,000 homes will be insulated by March.", ""),
    ("The Skills Committee will meet 6 times in the year.", "meet "),
    ("In 2026 we will cut landfill by 15%, five years ahead of the national plan.", "cut landfill by "),
    ("Funding for the Carers' Respite Fund will rise by $4 million.", "rise by "),
    ("New speed limits of 20 mph will apply on 40 streets.", "apply on "),
    ("Total spending is $3.1 billion in 2026.", "is "),
    ("The district's emissions ceiling for 2027 is 40 kt.", "is "),
    ("Our target is 500 new homes.", "is "),
    ("The service standard is 95% of calls answered within 20 seconds.", "is "),
    ("We will build 500 homes, of which 200 will be for social rent.", "of which "),
    ("Customers can expect an answer to 90% of calls within 20 seconds.", "answer to "),
    ("This strategy requires 40% of spend to go to small firms.", "requires "),
    ("Demand forecasts for 2030 show 12% more trips.", "show "),
]


@pytest.mark.parametrize(("sentence", "before"), OWN)
def test_a_figure_the_plans_own_body_governs_stays_a_goal(sentence: str, before: str) -> None:
    at = sentence.index(before) + len(before)
    figure = sentence[at:].split()[0]
    assert en_whose(sentence[:at], sentence[at + len(figure) :], "Northvale Council Plan 2026") is None


def test_a_government_of_the_level_the_title_names_is_the_plans_own() -> None:
    sentence = "The federal government will connect 210,000 homes to broadband."
    at = sentence.index("210,000")
    assert en_whose(sentence[:at], sentence[at + 7 :], "Federal Broadband Agency Annual Plan 2026") is None
    assert en_whose(sentence[:at], sentence[at + 7 :], "Northvale Council Plan 2026") is not None


def test_a_body_the_title_names_is_the_plans_own_whatever_its_name_says() -> None:
    sentence = "Companies House will process 95% of filings within 5 days."
    at = sentence.index("95%")
    assert en_whose(sentence[:at], sentence[at + 3 :], "Companies House Annual Plan 2026") is None
    assert en_whose(sentence[:at], sentence[at + 3 :], "Northvale Council Plan 2026") is not None


def test_a_gap_between_two_dates_is_no_goal_but_the_date_it_follows_is() -> None:
    sentence = "We will reach net zero by 2040, ten years ahead of the national deadline."
    at = sentence.index("ten")
    assert en_whose(sentence[:at], sentence[at + 9 :], "Northvale Council Plan 2026", timespan=True) is not None
    assert en_whose(sentence[:at], sentence[at + 9 :], "Northvale Council Plan 2026", timespan=False) is None


# (a Chinese plan's title, a sentence, its figure, whether the figure is another's)
ZH = [
    ("临江县发展和改革局2026年工作要点", "国家要求到2030年单位地区生产总值能耗比2020年下降13.5%。", "13.5%", True),
    ("临江县林业局2026年工作要点", "省政府明确提出，到2027年全省森林覆盖率达到60%。", "60%", True),
    ("江南省林业局2026年工作要点", "省政府明确提出，到2027年全省森林覆盖率达到60%。", "60%", False),
    ("临江县农业农村局2026年工作要点", "对购置农机的农户，每户最高补助3万元。", "3万元", True),
    ("临江县财政局2026年工作要点", "单笔担保金额不超过200万元。", "不超过200万元", True),
    ("临江县交通运输局2026年工作要点", "全县新建农村公路80公里。", "80公里", False),
    ("临江县林业局2026年工作要点", "力争全县森林覆盖率达到45%。", "45%", False),
    ("临江县民政局2026年工作要点", "每个乡镇建成1个综合养老服务中心。", "1个", False),
    ("临江县教育局2026年工作要点", "每名新招聘的乡村教师一次性补助2万元。", "2万元", True),
    ("临江县发展和改革局2026年工作要点", "园区总投资30亿元，其中省级资金5亿元。", "5亿元", True),
    ("临江县发展和改革局2026年工作要点", "三个项目合计投入8亿元，其中社会资本3亿元。", "3亿元", True),
    # a part of a measure's total is the plan's target as the total is
    ("临江县商务局2026年工作要点", "力争外贸进出口总额达到120亿元，其中出口75亿元。", "75亿元", False),
    ("临江县商务局2026年工作要点", "社会消费品零售总额增长6%，其中网络零售额增长12%。", "12%", False),
    ("临江县能源局2026年工作要点", "能源消费总量控制在300万吨标准煤以内，其中煤炭消费120万吨。", "120万吨", False),
    ("临江县发展和改革局2026年工作要点", "县燃气公司将新铺设燃气管道60公里。", "60公里", True),
    ("临江燃气集团有限公司2026年工作计划", "燃气公司将新铺设燃气管道60公里。", "60公里", False),
    ("临江县发展和改革局2026年工作要点", "各有关部门要完成项目审批120个。", "120个", False),
]


@pytest.mark.parametrize(("title", "sentence", "figure", "others"), ZH)
def test_chinese_figures_of_a_higher_body_or_a_norm_are_not_the_plans(
    title: str, sentence: str, figure: str, others: bool
) -> None:
    end = sentence.index(figure) + len(figure)
    assert (zh_whose(sentence[:end], sentence[end:], title) is not None) is others


def test_notes_list_what_is_not_drafted_and_goals_keep_the_plans_own(tmp_path: Path) -> None:
    plan = (
        "Northvale Council Plan 2026\n\n"
        "We will plant 4,000 street trees in 2026.\n"
        "Around 12% of adults smoke.\n"
        "The Commission has set an EU-wide target of 55%.\n"
        "We will cut smoking to 9% of adults by 2027.\n"
    )
    targets, notes = _goals_and_notes(tmp_path, plan)
    assert targets == [4000, 9], targets
    assert "Around 12%" in notes and "target of 55%" in notes, notes


def test_a_plan_of_only_others_figures_says_so(tmp_path: Path) -> None:
    plan = "Northvale Council Plan 2026\n\nThe Commission has set an EU-wide target of 55%.\n"
    with pytest.raises(Exception, match="others' acts, rules or forecasts only"):
        build(Document(str(tmp_path / "plan.txt"), plan), str(tmp_path))


def test_draft_through_the_cli_shows_another_bodys_figure_as_a_note_not_a_goal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = (
        "Eastbay Harbour Company Business Plan 2026\n\n"
        "Ferry operators have told us their plans: Bluewave will run 6 extra crossings a day.\n"
        "Our harbour licence caps cargo at 2 million tonnes a year.\n"
        "We will handle 1.6 million tonnes of cargo in 2026.\n"
        "We will resurface 3 berths by October 2026.\n"
    )
    (tmp_path / "plan.txt").write_text(plan, encoding="utf-8")
    result = run_cli("draft", "plan.txt", "--force")
    assert result.exit_code == 0, result.stderr
    assert "2 figures of others noted, not drafted" in result.stdout, result.stdout
    assert run_cli("validate").exit_code == 0
    text = (tmp_path / "targets.yaml").read_text(encoding="utf-8")
    goals = yaml.safe_load(text)["goals"]
    assert [g["rule"].get("target") for g in goals] == [1.6, 3], goals
    notes = text[text.index("# Not drafted") :]
    assert "Bluewave will run 6 extra crossings" in notes and "(another body's act)" in notes, notes
    assert "caps cargo at 2 million tonnes" in notes and "(a rule or permission)" in notes, notes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Library plan 2026\n\nBook loans renewed online (target 70%).\n", 70),
        ("Library plan 2026\n\nWe will lift online renewals (target 70%) across the county.\n", 70),
        ("Library plan 2026\n\nWe will answer enquiries within 2 days (target 85%).\n", 85),
        ("县图书馆2026年工作要点\n\n提高图书借阅率（目标75%）。\n", 75),
    ],
)
def test_a_target_in_brackets_is_drafted(text: str, value: float) -> None:
    assert value in [f.target for f in scan(text)], scan(text)


def test_a_size_in_brackets_is_still_no_target() -> None:
    assert 18 not in [f.target for f in scan("Roads plan 2026\n\nWe will open the Marlow link road (18 km).\n")]
