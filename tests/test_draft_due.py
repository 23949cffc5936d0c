"""draft gives a goal `due` where its own clause states a deadline ("by 2022", 到2025年, 今明两年) — issue #22."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from planaudit.drafting.years import clause_due
from tests.conftest import run_cli


@pytest.mark.parametrize(
    ("clause", "plan_period", "due"),
    [
        ("到2025年常住人口城镇化率达到65%以上", "2021", "2025"),
        ("到2020年全面建成小康社会", "2016", "2020"),
        ("2020年底前完成棚户区改造100万套", "2019", "2020"),
        ("在2019年6月底前建成5G基站1000个", "2018", "2019-06"),
        ("今明两年新增就业1000万人", "2020", "今明两年"),
        ("double the income of the farmers by 2022", None, "2022"),
        ("electrify all villages by March 2019", "2016-17", "2019-03"),
        ("62 new Navodaya Vidyalayas will be opened over the next two years", "2016-17", "next two years"),
        # a deadline equal to the plan's own period adds nothing
        ("到2021年底前完成改造500个小区", "2021", None),
        ("complete 500 km of roads in the current fiscal", "2016-17", None),
        ("complete 500 km of roads by 2016-17", "2016-17", None),
        # no deadline: a bare year, a count after "by", nothing at all
        ("2021年地区生产总值增长6%以上", "2021", None),
        ("raise spending by 2020 crore", "2016-17", None),
        ("ensure at least 200 new firms", None, None),
        # two different deadlines in one clause: no guess between them
        ("reach 50% by 2022 and 80% by 2025", None, None),
        # a deadline inside the name of what is delivered dates its content: the plan itself is due now
        ("制定2030年前碳排放达峰行动方案", "2021", None),
        ("编制到2035年城市更新规划", "2022", None),
        ("印发2025年前交通强国建设实施意见", "2021", None),
        ("prepare a plan to reach net zero by 2030", "2021", None),
        ("We will publish a strategy for getting every school online by 2025", "2021", None),
        # …while one before the verb, or right after the deliverable in English, dates the act
        ("2025年底前制定城市更新行动方案", "2021", "2025"),
        ("到2023年出台碳达峰行动方案", "2021", "2023"),
        ("publish the strategy by 2023", "2021", "2023"),
        ("We will publish a strategy for rural schools by 2023", "2021", "2023"),
        ("We will publish the plan on school funding by March 2024", "2021", "2024-03"),
        ("prepare a plan by March 2022 to reach net zero by 2030", "2021", None),  # two deadlines: no guess
    ],
)
def test_the_due_a_clause_states(clause: str, plan_period: str | None, due: str | None) -> None:
    assert clause_due(clause, plan_period) == due


@pytest.mark.parametrize(
    ("clause", "figure", "due"),
    [
        # the goal's own figure stands inside the deliverable's name: the deadline is the figure's
        ("publish a plan to train 1000 teachers by 2020", "1000", "2020"),
        ("制定到2025年新能源装机达到1亿千瓦的方案", "1亿千瓦", "2025"),
        # the goal's quote starts at the verb (no figure): the deliverable is the goal
        ("publish a plan to train 1000 teachers by 2020", "", None),
        ("制定到2025年新能源装机达到1亿千瓦的方案", "", None),
    ],
)
def test_a_deadline_in_a_deliverables_name_stays_with_a_goal_inside_it(
    clause: str, figure: str, due: str | None
) -> None:
    at = clause.find(figure) if figure else 0
    assert clause_due(clause, "2016", (at, at + len(figure))) == due


def _check_json(*extra: str) -> dict:  # type: ignore[type-arg]
    result = run_cli("check", "--allow-draft", "--format", "json", *extra)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_a_five_year_target_in_a_one_year_plan_is_not_due(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text(
        "2021年政府工作报告\n一、主要目标\n全年地区生产总值增长6%以上。到2025年常住人口城镇化率达到65%以上。"
        "到2021年底前完成老旧小区改造500个。\n",
        encoding="utf-8",
    )
    (tmp_path / "review.txt").write_text("2021年工作回顾\n全年地区生产总值增长6.5%。\n", encoding="utf-8")
    drafted = run_cli("draft", "plan.txt", "--review", "review.txt")
    assert drafted.exit_code == 0, drafted.stderr
    text = (tmp_path / "targets.yaml").read_text(encoding="utf-8")
    assert '    due: "2025"  # draft: check' in text
    goals = yaml.safe_load(text)["goals"]
    assert [(g["quote"], g.get("due")) for g in goals] == [
        ("全年地区生产总值增长6%以上", None),
        ("到2025年常住人口城镇化率达到65%以上", "2025"),  # the sentence's other clause has none
        ("到2021年底前完成老旧小区改造500个", None),  # the plan's own year adds nothing
    ]
    validated = run_cli("validate")
    assert validated.exit_code == 0, validated.stderr
    verdicts = {g["id"]: g["verdict"] for g in _check_json()["goals"]}
    assert verdicts[goals[1]["id"]] == "not_due"
    assert verdicts[goals[0]["id"]] == "met"
    assert verdicts[goals[2]["id"]] != "not_due"


def test_english_deadlines_and_horizons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text(
        "Work plan\nWe will ensure at least 200 new firms. We will double the income of 100 lakh farmers by 2022. "
        "62 new Navodaya Vidyalayas will be opened over the next two years. All villages will have power by 1st May, "
        "2018, and 500 new schools will open.\n",
        encoding="utf-8",
    )
    assert run_cli("draft", "plan.txt").exit_code == 0
    goals = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    # the deadline of the quote's clause counts ("double" quotes its object, up to "by 2022")
    assert [(g["quote"], g.get("due")) for g in goals] == [
        ("We will ensure at least 200 new firms", None),
        ("We will double the income of 100 lakh farmers", "2022"),
        ("62 new Navodaya Vidyalayas", "next two years"),  # one goal: "new" describes the count
        ("will have power by 1st May", "2018-05-01"),
        ("500 new schools", None),  # the next clause of the same sentence
    ]
    assert run_cli("validate").exit_code == 0
    verdicts = {g["id"]: g["verdict"] for g in _check_json()["goals"]}
    assert [verdicts[g["id"]] for g in goals if g.get("due")] == ["not_due"] * 3


@pytest.mark.parametrize(
    ("opening", "period"),
    [
        ("2019年工作计划\n", "2019"),
        ("Budget 2016-2017\nSpeech of the Minister\n", "2016-17"),
        ("Union Budget 2018-19\n", "2018-19"),
        ("Quarterly Progress Report\nJuly 2013\n", "2013"),
        ("Plan 2016-2020\n", "2020"),  # five years, not a fiscal year: a plan over years, due in its last year
    ],
)
def test_draft_reads_the_plan_period_from_its_opening_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opening: str, period: str
) -> None:
    """An English plan's period was written as 0000 (only 年 was read), so its horizons counted from year 0."""
    (tmp_path / "plan.txt").write_text(opening + "We will build 100 schools.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_cli("draft", "plan.txt").exit_code == 0
    targets = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))
    assert targets["plan"]["period"] == period
    assert run_cli("validate").exit_code == 0


def test_the_plan_a_year_names_is_due_in_the_plans_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """制定2030年前碳排放达峰行动方案 was drafted due 2030, so no evidence was sought and it scored not due (#22)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text(
        "2021年政府工作报告\n一、今年重点工作\n制定2030年前碳排放达峰行动方案。到2025年常住人口城镇化率达到65%以上。\n",
        encoding="utf-8",
    )
    (tmp_path / "review.txt").write_text("2021年工作回顾\n出台碳达峰行动方案。\n", encoding="utf-8")
    assert run_cli("draft", "plan.txt", "--review", "review.txt").exit_code == 0
    goals = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    assert [(g["quote"], g.get("due")) for g in goals] == [
        ("制定2030年前碳排放达峰行动方案", None),
        ("到2025年常住人口城镇化率达到65%以上", "2025"),
    ]
    actuals = yaml.safe_load((tmp_path / "actuals.yaml").read_text(encoding="utf-8"))["goals"]
    assert actuals[goals[0]["id"]]["evidence"] == [{"source": "review", "quote": "出台碳达峰行动方案"}]
    verdicts = {g["id"]: g["verdict"] for g in _check_json()["goals"]}
    assert verdicts[goals[0]["id"]] != "not_due"
    assert verdicts[goals[1]["id"]] == "not_due"


def test_an_english_plan_to_publish_is_due_now(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text(
        "Digital plan 2021\nWe will publish a strategy for getting every school online by 2025. "
        "We will publish the data standard by 2023.\n",
        encoding="utf-8",
    )
    assert run_cli("draft", "plan.txt").exit_code == 0
    goals = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    assert [g.get("due") for g in goals] == [None, "2023"]
    assert all(g["rule"]["kind"] == "milestone" for g in goals)
