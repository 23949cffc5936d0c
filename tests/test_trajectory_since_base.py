"""A closing review's change since the base year (累计, 年均) feeds a compound trajectory with no year chained."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planaudit.facts import Reported
from planaudit.rules.base import Verdict
from planaudit.rules.trajectory import Trajectory, TrajectoryParams
from tests.conftest import run_cli

RULE = Trajectory()


def _params(**kw: object) -> TrajectoryParams:
    data: dict[str, object] = {
        "kind": "trajectory",
        "method": "compound",
        "base_year": 2020,
        "target_year": 2025,
        "unit": "%",
    }
    data.update(kw)
    return TrajectoryParams.model_validate(data)


def _since(value: float, basis: str, qualifier: str | None = None) -> Reported:
    data: dict[str, object] = {
        "status": "reported",
        "value": value,
        "unit": "%",
        "basis": basis,
        "evidence": [{"source": "r", "quote": "xx"}],
    }
    if qualifier:
        data["qualifier"] = qualifier
    return Reported.model_validate(data)


# (target, direction, average, year, reported value, basis, verdict in the target year, pace before it, a line of the
# arithmetic); the engine shows a year on the way as not due with its pace
CASES = [
    # 降低13.5% by 2025: a closing 累计下降13.1% is missed, 14% met, with no year before it reported
    (
        13.5,
        "decrease",
        False,
        2025,
        13.1,
        "cumulative",
        "missed",
        None,
        "cumulative fall since 2020, as reported: 13.10%",
    ),
    (13.5, "decrease", False, 2025, 14, "cumulative", "met", None, "cumulative fall since 2020, as reported: 14.00%"),
    # in 2023 the steady path is 1 − 0.865^(3/5) = 8.33%: 9% since the base is on track, 8% off
    (13.5, "decrease", False, 2023, 9, "cumulative", None, "on_track", "steady path after 3 of 5 years: 8.33%"),
    (13.5, "decrease", False, 2023, 8, "cumulative", None, "off_track", "steady path after 3 of 5 years: 8.33%"),
    # 年均增长7%以上 (average): a closing 年均增长9.2% over 5 years is (1.092)^5 − 1 = 55.22% ≥ (1.07)^5 − 1 = 40.26%
    (7, "increase", True, 2025, 9.2, "average", "met", None, "= (1 + 9.2%)^5 − 1 = 55.28%"),
    (7, "increase", True, 2025, 6.1, "average", "missed", None, "= (1 + 6.1%)^5 − 1 = 34.45%"),
    # a fall told as a yearly average: 1 − (1 − 3%)^5 = 14.13% ≥ 13.5%
    (13.5, "decrease", False, 2025, 3, "average", "met", None, "= 1 − (1 − 3%)^5 = 14.13%"),
    # a bound: 累计下降超过13% is at least 13%, short of 13.5% or past it: not decided
    (
        13.5,
        "decrease",
        False,
        2025,
        13,
        "cumulative",
        "unreported",
        None,
        "cumulative fall since 2020, as reported: 13.00%",
    ),
]


@pytest.mark.parametrize(("target", "direction", "average", "year", "value", "basis", "verdict", "pace", "step"), CASES)
def test_a_change_since_the_base_needs_no_year_chained(
    target: float, direction: str, average: bool, year: int, value: float, basis: str, verdict: str | None,
    pace: str | None,
    step: str,
) -> None:  # fmt: skip
    p = _params(target=target, direction=direction, average=average)
    qualifier = "more_than" if verdict == "unreported" else None
    out = RULE.judge_year(p, _since(value, basis, qualifier), None, year, {}, "compound")
    if verdict is not None:
        assert out.verdict is Verdict(verdict), out.arithmetic
    if pace is not None:
        assert out.pace == pace
    assert any(step in line for line in out.arithmetic), out.arithmetic


@pytest.mark.parametrize(
    ("params", "basis", "refused"),
    [
        ({}, "cumulative", False),
        ({}, "average", False),
        ({}, "change", True),  # a compound year's change is read as it is: the basis says nothing more
        ({"method": "cagr", "target": 12, "unit": "件"}, "cumulative", True),  # a level to reach
        ({"method": "linear", "target": 12, "unit": "件"}, "average", True),
    ],
)
def test_only_a_compound_trajectory_takes_a_change_since_the_base(
    params: dict[str, object], basis: str, refused: bool
) -> None:
    p = _params(**{"target": 13.5, **params})
    entry = _since(5, basis)
    if params.get("unit"):
        entry = entry.model_copy(update={"unit": params["unit"]})
    assert any(field == "basis" for field, _ in RULE.check(p, entry)) is refused


def test_other_rules_refuse_a_change_since_the_base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planaudit.rules.growth import Growth, GrowthParams

    p = GrowthParams.model_validate({"kind": "growth", "target_pct": 5, "unit": "%"})
    assert any(field == "basis" for field, _ in Growth().check(p, _since(5, "cumulative")))


def test_check_judges_a_closing_cumulative_figure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "review.txt").write_text("五年来，单位地区生产总值能耗累计下降14.2%。\n", encoding="utf-8")
    (tmp_path / "plan.txt").write_text("到2025年，单位地区生产总值能耗降低13.5%。\n", encoding="utf-8")
    targets = {
        "plan": {"id": "p", "title": "规划", "period": "2025", "baseline_period": "2020"},
        "sources": {
            "plan": {"path": "plan.txt", "title": "规划", "role": "plan"},
            "review": {"path": "review.txt", "title": "总结", "role": "review", "period": "2025"},
        },
        "sections": [{"id": "s", "title": "绿色"}],
        "goals": [
            {
                "id": "energy",
                "section": "s",
                "title": "能耗降低13.5%",
                "quote": "单位地区生产总值能耗降低13.5%",
                "rule": {
                    "kind": "trajectory",
                    "method": "compound",
                    "direction": "decrease",
                    "base_year": 2020,
                    "target_year": 2025,
                    "target": 13.5,
                    "unit": "%",
                },
            }
        ],
    }
    actuals = {
        "plan": "p",
        "goals": {
            "energy": {
                "status": "reported",
                "value": 14.2,
                "unit": "%",
                "basis": "cumulative",
                "evidence": [{"source": "review", "quote": "单位地区生产总值能耗累计下降14.2%"}],
            }
        },
    }
    (tmp_path / "targets.yaml").write_text(yaml.safe_dump(targets, allow_unicode=True), encoding="utf-8")
    (tmp_path / "actuals.yaml").write_text(yaml.safe_dump(actuals, allow_unicode=True), encoding="utf-8")
    result = run_cli("check", "-f", "json")
    assert result.exit_code == 0, result.stdout + result.stderr
    import json

    goal = json.loads(result.stdout)["goals"][0]
    assert goal["verdict"] == "met"
    assert "cumulative fall since 2020, as reported: 14.20%" in "\n".join(goal["arithmetic"])


@pytest.mark.parametrize(
    ("mark", "years"),
    [("五年来", 5), ("过去三年", 3), ("2018—2022年", 5), ("over the past three years", 3), ("去年", None)],
)
def test_years_a_look_back_spans(mark: str, years: int | None) -> None:
    from planaudit.reading.horizon import years_told

    assert years_told(mark) == years


CLOSING_PLAN = (
    "青岚市国民经济和社会发展第十四个五年规划纲要\n\n主要目标\n\n"
    "到2025年，单位地区生产总值能耗降低13.5%，全社会研发经费投入年均增长7%以上，二氧化碳排放降低18%。\n"
)
CLOSING_REVIEW = (
    "青岚市2026年政府工作报告\n\n一、2025年和“十四五”时期工作回顾\n\n"
    "五年来，单位地区生产总值能耗累计下降14.2%，全社会研发经费投入年均增长9.2%。"
    "三年来，二氧化碳排放累计下降9%。\n"
)


def test_a_closing_review_drafts_the_change_since_the_base_and_check_judges_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text(CLOSING_PLAN, encoding="utf-8")
    (tmp_path / "review.txt").write_text(CLOSING_REVIEW, encoding="utf-8")
    assert run_cli("draft", "plan.txt", "--review", "review.txt").exit_code == 0
    assert run_cli("validate").exit_code == 0
    actuals = yaml.safe_load((tmp_path / "actuals.yaml").read_text(encoding="utf-8"))["goals"]
    targets = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    by_target = {g["rule"]["target"]: actuals[g["id"]] for g in targets}
    assert (by_target[13.5]["value"], by_target[13.5]["basis"]) == (14.2, "cumulative")
    assert (by_target[7]["value"], by_target[7]["basis"]) == (9.2, "average")
    assert by_target[18]["status"] == "silent"  # three years of a five-year plan: not the span's change
    result = run_cli("check", "--allow-draft", "-f", "json")
    goals = {g["id"]: g for g in json.loads(result.stdout)["goals"]}
    energy = next(goals[g["id"]] for g in targets if g["rule"]["target"] == 13.5)
    rnd = next(goals[g["id"]] for g in targets if g["rule"]["target"] == 7)
    assert energy["verdict"] == "met" and "cumulative fall since 2020, as reported: 14.20%" in energy["arithmetic"]
    assert rnd["verdict"] == "met" and any("(1 + 9.2%)^5 − 1 = 55.28%" in line for line in rnd["arithmetic"])
