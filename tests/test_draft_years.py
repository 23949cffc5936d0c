"""`planaudit draft` on plans over years: trajectories read from the plan's words, a ledger of several reviews."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planaudit.reading.horizon import Horizon, base_of, each_year, pace_of, plan_horizon
from tests.conftest import run_cli
from tests.drafting import draft_with_reviews

ZH_PLAN = (
    "云川省国民经济和社会发展第十四个五年规划纲要\n\n"
    "第一章　发展基础\n\n"
    "“十三五”时期，全省地区生产总值年均增长7.1%，森林覆盖率达到40%。\n\n"
    "第二章　主要目标\n\n"
    "到2025年，常住人口城镇化率提高到65%，全社会研发经费投入年均增长7%以上，"
    "单位地区生产总值能耗降低13.5%，城镇调查失业率控制在5.5%以内，人均预期寿命再提高1岁。\n"
)
ZH_2021 = (
    "云川省2022年政府工作报告\n\n一、2021年工作回顾\n\n"
    "常住人口城镇化率达到62.1%。全社会研发经费投入增长8.2%。单位地区生产总值能耗下降3%。城镇调查失业率平均为5.1%。\n"
)
ZH_2022 = (
    "云川省2023年政府工作报告\n\n一、2022年工作回顾\n\n"
    "全社会研发经费投入增长7.5%。单位地区生产总值能耗下降2.8%。城镇调查失业率平均为5.3%。\n"
)

EN_PLAN = (
    "Northshire Health Strategy 2022–2026\n\n"
    "What we will achieve\n\n"
    "We will raise the vaccination rate from 72% in 2022 to 80% by 2026.\n"
    "Research spending will grow by 3% a year on average.\n"
    "We will cut carbon emissions by 20% over the plan period.\n"
    "We will keep the staff vacancy rate below 5%.\n"
)


def _goal(targets: dict, start: str) -> dict:  # type: ignore[type-arg]
    return next(g for g in targets["goals"] if g["quote"].startswith(start) or start in g["quote"])


def test_a_five_year_plan_drafts_trajectories_from_its_own_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    targets, _, _ = draft_with_reviews(tmp_path, ZH_PLAN, [ZH_2021])
    assert targets["plan"]["period"] == "2025" and targets["plan"]["baseline_period"] == "2020"
    urban = _goal(targets, "常住人口城镇化率")["rule"]
    assert urban == {"kind": "trajectory", "base_year": 2020, "target_year": 2025, "target": 65, "unit": "%"}
    rnd = _goal(targets, "全社会研发经费投入")["rule"]
    assert (rnd["kind"], rnd["method"], rnd["average"], rnd["target"]) == ("trajectory", "compound", True, 7)
    energy = _goal(targets, "单位地区生产总值能耗")["rule"]
    assert (energy["method"], energy["direction"], energy["target"]) == ("compound", "decrease", 13.5)
    life = _goal(targets, "人均预期寿命")["rule"]
    assert (life["kind"], life["method"], life["target"], life["unit"]) == ("trajectory", "linear", 1, "岁")
    jobless = _goal(targets, "城镇调查失业率")
    assert jobless["rule"]["kind"] == "at_most" and "due" not in jobless  # a condition on every year
    # the 十三五 results are past, not goals
    assert not any("7.1" in g["quote"] or "40%" in g["quote"] for g in targets["goals"])
    # the one review is of 2021: its source says so, and the engine judges 2021 on the way to 2025
    assert targets["sources"]["review"]["period"] == "2021"


def test_several_reviews_draft_a_ledger_that_check_shows_year_by_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    targets, actuals, text = draft_with_reviews(tmp_path, ZH_PLAN, [ZH_2021, ZH_2022])
    assert set(actuals) == {"plan", "years"} and list(actuals["years"]) == [2021, 2022]
    assert {s["period"] for s in targets["sources"].values() if s["role"] == "review"} == {"2021", "2022"}
    urban = _goal(targets, "常住人口城镇化率")["id"]
    first = actuals["years"][2021]["goals"][urban]
    assert first["value"] == 62.1 and first["evidence"][0]["source"] == "review-2021"
    assert actuals["years"][2022]["goals"][urban] == {"status": "silent"}
    assert "no sentence of the review of 2022 reports it" in text
    assert "# 2021: a year on the way to 2025" in text  # an interim figure, never the target met
    assert "# draft: check" in text
    blocked = run_cli("check")
    assert blocked.exit_code == 1  # undecided guesses never pass a gate
    result = run_cli("check", "--allow-draft", "--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["history"]["years"] == [2021, 2022]
    by_year = {p["year"]: p for p in report["history"]["goals"][urban]}
    assert by_year[2021]["verdict"] == "not_due" and by_year[2022]["verdict"] == "not_due"
    assert by_year[2021]["value"] == 62.1 and by_year[2022]["value"] is None


def test_english_multi_year_wording(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    targets, _, _ = draft_with_reviews(tmp_path, EN_PLAN, [])
    assert targets["plan"]["period"] == "2026"
    seen = next(g for g in targets["goals"] if g["rule"].get("target") == 80)
    assert seen["quote"] == "We will raise the vaccination rate from 72% in 2022 to 80%"
    assert not any(g["rule"].get("target") == 72 for g in targets["goals"])  # the base is no target
    assert seen["rule"]["kind"] == "trajectory" and seen["rule"]["base_year"] == 2022
    assert seen["rule"]["target_year"] == 2026 and seen["rule"]["target"] == 80
    assert targets["baselines"][seen["baseline"]]["value"] == 72
    research = _goal(targets, "Research spending")["rule"]
    assert (research["method"], research["average"], research["target"]) == ("compound", True, 3)
    carbon = _goal(targets, "We will cut carbon")["rule"]
    assert (carbon["method"], carbon["direction"], carbon["target"]) == ("compound", "decrease", 20)
    vacancy = _goal(targets, "We will keep the staff")
    assert vacancy["rule"]["kind"] == "at_most" and "due" not in vacancy


def test_a_one_year_plan_keeps_its_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "2021年政府工作报告\n\n二、2021年主要目标\n\n城镇新增就业1100万人以上，常住人口城镇化率提高到64%。\n"
    targets, _, _ = draft_with_reviews(tmp_path, plan, [])
    assert targets["plan"]["period"] == "2021" and "baseline_period" not in targets["plan"]
    assert all(g["rule"]["kind"] != "trajectory" for g in targets["goals"])


def test_the_reviews_never_choose_which_goals_are_drafted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    alone, _, _ = draft_with_reviews(tmp_path, ZH_PLAN, [])
    with_reviews, _, _ = draft_with_reviews(tmp_path, ZH_PLAN, [ZH_2021, ZH_2022])
    assert alone["goals"] == with_reviews["goals"]


def test_reviews_given_out_of_order_are_drafted_in_year_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _, actuals, _ = draft_with_reviews(tmp_path, ZH_PLAN, [ZH_2022, ZH_2021])
    assert list(actuals["years"]) == [2021, 2022]


def test_two_reviews_of_one_year_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text(ZH_PLAN, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ZH_2021, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ZH_2021, encoding="utf-8")
    result = run_cli("draft", "plan.txt", "--review", "a.txt", "--review", "b.txt")
    assert result.exit_code == 2 and "reports on 2021, as does an earlier review" in result.stderr
    assert not (tmp_path / "targets.yaml").exists()


def test_horizon_readings() -> None:
    assert plan_horizon("某市国民经济和社会发展第十四个五年规划纲要\n", "2025", []) == Horizon(2020, 2025)
    assert plan_horizon("x", "2021", ["“十三五”时期发展成就和“十四五”时期主要目标任务"]) == Horizon(2020, 2025)
    assert plan_horizon("x", "2021", ["“十四五”时期主要目标", "2021年重点工作"]) is None  # a one-year plan
    assert plan_horizon("Clearwater Strategy 2024–2026\n", "2024", []) == Horizon(2023, 2026)
    # a title naming its span counts with part headings too, and the narrowest span holding the year wins
    action = "澜州市数字经济三年行动计划（2023—2025年）\n\n为贯彻《“十四五”数字经济发展规划》，制定本计划。\n"
    assert plan_horizon(action, "2025", ["发展基础", "主要目标"]) == Horizon(2022, 2025)
    assert base_of("单位地区生产总值二氧化碳排放比2020年下降18%") == 2020
    assert base_of("from 72% in 2022 to 80% by 2027") == 2022
    assert each_year("城镇调查失业率控制在5.5%以内") and not each_year("常住人口城镇化率提高到65%")
    span = Horizon(2020, 2025)
    assert pace_of("growth", True, "研发经费投入年均增长7%以上", "", span, False).average  # type: ignore[union-attr]
    assert pace_of("at_most", True, "城镇调查失业率控制在5.5%以内", "控制在", span, False) is None
    assert pace_of("at_most", True, "失业率降到4%", "降到", span, False).direction == "decrease"  # type: ignore[union-attr]


def test_the_years_scorer_reads_the_hand_made_ledger() -> None:
    """benchmarks/draft_years.py against examples/fyp14: every year scored, and what this draft sets is right."""
    import importlib.util

    path = Path(__file__).parent.parent / "benchmarks" / "draft_years.py"
    spec = importlib.util.spec_from_file_location("draft_years", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    c = module.score()
    assert list(c["years"]) == [2021, 2022, 2023, 2024]
    assert c["found"] >= 10 and c["kind"] == c["found"] and c["due"] == c["found"]
    assert c["trajectories"] >= 8 and c["base_year"] == c["trajectories"] and c["method"] == c["trajectories"]
    assert all(row["reported"] for row in c["years"].values())


def test_an_english_strategy_with_two_annual_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each report's year comes from its title; an annual condition is judged every year, a trajectory on pace."""
    monkeypatch.chdir(tmp_path)
    plan = (
        "Northshire Health Strategy 2022–2026\n\nWhat we will achieve\n\n"
        "We will raise the vaccination rate to 80%.\nResearch spending will grow by 3% a year on average.\n"
        "We will keep the staff vacancy rate below 5%.\n"
    )
    first = (
        "Northshire Health Annual Report 2023\n\nIn 2023 the vaccination rate reached 74%. Research spending grew "
        "by 4%. The staff vacancy rate was 4.2%.\n"
    )
    second = "Northshire Health Annual Report 2024\n\nIn 2024 the staff vacancy rate was 5.4%.\n"
    targets, actuals, _ = draft_with_reviews(tmp_path, plan, [first, second])
    assert list(actuals["years"]) == [2023, 2024]
    rate = _goal(targets, "We will raise the vaccination")
    assert rate["rule"]["target_year"] == 2026 and rate["rule"]["base_year"] == 2021
    assert actuals["years"][2023]["goals"][rate["id"]]["value"] == 74
    assert actuals["years"][2024]["goals"][rate["id"]] == {"status": "silent"}
    result = run_cli("check", "--allow-draft", "--format", "json")
    history = json.loads(result.stdout)["history"]["goals"]
    vacancy = _goal(targets, "We will keep the staff")["id"]
    assert [p["verdict"] for p in history[vacancy]] == ["met", "missed"]
    assert [p["verdict"] for p in history[rate["id"]]] == ["not_due", "not_due"]  # 74% of 80%: never met early


def test_a_confirmed_ledger_draft_checks_without_preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a person has read every mark (here: deleted them all), plain `check` passes and shows each year."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text(ZH_PLAN, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ZH_2021, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ZH_2022, encoding="utf-8")
    result = run_cli("draft", "plan.txt", "--review", "a.txt", "--review", "b.txt")
    assert result.exit_code == 0 and "silent over 2 review years (2021–2022)" in result.stdout
    for name in ("targets.yaml", "actuals.yaml"):
        path = tmp_path / name
        lines = path.read_text(encoding="utf-8").splitlines()
        path.write_text("\n".join(line.split("  # draft: check")[0] for line in lines) + "\n", encoding="utf-8")
    assert "  # draft: check" not in (tmp_path / "actuals.yaml").read_text(encoding="utf-8")
    checked = run_cli("check", "--format", "markdown")
    assert checked.exit_code == 0, checked.stdout + checked.stderr
    assert "History (2021–2022)" in checked.stdout
