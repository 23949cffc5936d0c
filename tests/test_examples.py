"""The English municipal example (examples/riverton-2024) and the national-style fixture (tests/cases/national):
every verdict pinned, as a careful auditor scores them, and the located errors of bad data around the new kinds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from planaudit.engine import evaluate
from planaudit.loader import load
from planaudit.rules.base import Verdict
from planaudit.verify import verify
from tests.conftest import CASES, ROOT, edit, run_cli

RIVERTON = ROOT / "examples" / "riverton-2024"
NATIONAL = CASES / "national"

RIVERTON_VERDICTS = {
    "affordable-homes": "met",  # "Over 310" (more_than) ≥ 300
    "affordable-share": "met",  # 35% ≥ one third
    "road-casualties": "missed",  # (1 − 395 ÷ 420) × 100 = 5.95% < 10%
    "bus-punctuality": "missed",  # 83.9 < 85: near miss
    "household-waste": "missed",  # 512 − 497 = 15 kg < 20 kg
    "town-centre-investment": "met",  # 4.8 ≥ 5 × 0.95
    "unemployment": "met",  # 4.1 ≤ 4.5 + 0.3 (ceiling)
    "pay-keeps-pace": "missed",  # 3.9 − 4.2 < 0
    "capital-programme": "met",  # 41,400 thousand = 41.4 million, within 2% of 42
    "council-tax": "met",  # 4.99 ≤ 4.99
    "carers-allowance": "missed",  # 180 − 160 = 20 < 25
    "street-trees": "unreported",  # silent
    "visits": "unreported",  # library +7%, leisure centre silent: partial 1/2
    "carbon": "met",  # fall 9.5 ≥ 8
    "recycling": "missed",  # 58 < 60: near miss
}

NATIONAL_VERDICTS = {
    "gdp": "met",  # 国内生产总值增长6%-6.5%: 6.1 inside
    "jobs": "met",  # 城镇新增就业1100万人以上: 1352 ≥ 1100
    "surveyed-unemployment": "met",  # 城镇调查失业率5.5%左右 (ceiling ±0.2): 5.2
    "registered-unemployment": "met",  # 城镇登记失业率4.5%以内: 3.6 ≤ 4.5
    "cpi": "met",  # 居民消费价格涨幅3%左右 (ceiling): 2.9
    "income-in-step": "met",  # 居民收入增长与经济增长基本同步: |5.8 − 6.1| = 0.3 ≤ 0.5
    "energy-intensity": "missed",  # 单位国内生产总值能耗下降3%左右: fall 2.6 < 3
    "deficit": "met",  # 赤字率拟按3.6%以上安排: 3.7 ≥ 3.6
    "tax-cuts": "met",  # 减税降费近2万亿元: 超过2.3万亿元 (more_than) ≥ 1.9
    "special-bonds": "met",  # 地方政府专项债券2.15万亿元: 2.15
    "central-investment": "missed",  # 中央预算内投资安排6000亿元: 5776 (96.3%, near miss)
    "health-subsidy": "met",  # 人均财政补助标准增加30元: 550 − 520 = 30
    "particulates": "missed",  # 均下降5%: 细颗粒物 2.4 < 5 (可吸入颗粒物 silent)
}


def _verdicts(folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(folder)
    result = run_cli("check", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return {goal["id"]: goal["verdict"] for goal in json.loads(result.stdout)["goals"]}


@pytest.mark.parametrize(("folder", "expected"), [(RIVERTON, RIVERTON_VERDICTS), (NATIONAL, NATIONAL_VERDICTS)])
def test_verdicts_are_pinned(folder: Path, expected: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdicts(folder, monkeypatch) == expected


@pytest.mark.parametrize("folder", [RIVERTON, NATIONAL])
def test_examples_validate_strictly(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(folder)
    result = run_cli("validate", "--strict")
    assert result.exit_code == 0, result.stderr


def _outcomes(folder: Path) -> dict[str, tuple[Verdict, bool, tuple[str, ...]]]:
    audit = verify(load(str(folder / "targets.yaml"), str(folder / "actuals.yaml")))
    card = evaluate(audit.targets, audit.actuals)
    return {r.goal.id: (r.outcome.verdict, r.outcome.near_miss, r.outcome.arithmetic) for r in card.results}


def test_near_misses_and_arithmetic_of_the_examples() -> None:
    riverton = _outcomes(RIVERTON)
    assert {goal for goal, (_, near, _) in riverton.items() if near} == {"bus-punctuality", "recycling"}
    assert "41400 thousand pounds = 41.4 million pounds" in riverton["capital-programme"][2]
    assert "reported >310 homes (more than 310 homes)" in riverton["affordable-homes"][2]
    assert "target one third = 33.333333%" in riverton["affordable-share"][2]
    national = _outcomes(NATIONAL)
    assert {goal for goal, (_, near, _) in national.items() if near} == {"central-investment"}
    assert national["central-investment"][2][-1] == "near miss: 96.3% of target, within 5%"
    assert "reported >2.3万亿元 (more than 2.3万亿元)" in national["tax-cuts"][2]
    assert "550 − 520 = +30元" in national["health-subsidy"][2]


@pytest.fixture
def national(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "national"
    shutil.copytree(NATIONAL, target)
    monkeypatch.chdir(target)
    return target


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("actuals.yaml", "    qualifier: more_than\n", "",
         "actuals.yaml:30:12: the quote says “超过2.3万亿元” (more than 2.3): add qualifier: more_than"),
        ("actuals.yaml", "    qualifier: more_than\n", "    qualifier: about\n",
         "the quote says “超过2.3万亿元” (more than 2.3), not about"),
        ("actuals.yaml", "value: 3.6, unit: \"%\"", "value: 3.6, unit: \"%\", qualifier: at_most",
         "the quote states “3.6%” with no qualifier: remove 'qualifier: at_most'"),
        ("actuals.yaml", "经济增长: {value: 6.1,", "经济增长: {value: 6.2,",
         "value 6.2% does not appear in its evidence quote “全年国内生产总值比上年增长6.1%”"),
        ("actuals.yaml", "value: 1352, unit: 万人", "value: 13520000, unit: 人", ""),
        ("actuals.yaml", "value: 1352, unit: 万人", "value: 1352, unit: 万元", "unit '万元' does not match the goal's unit '万人'"),
        ("targets.yaml", "{kind: decline, target_pct: 3, unit: \"%\"}", "{kind: growth, target_pct: -3, unit: \"%\"}",
         "a negative growth target (-3%) is a fall: use kind: decline with target_pct: 3"),
        ("actuals.yaml", "      细颗粒物: {value: 2.4", "      PM25: {value: 2.4", "measure 'PM25' is not one of the goal's"),
        ("actuals.yaml", "      细颗粒物: {value: 2.4, unit: \"%\", basis: change}", "      细颗粒物: {value: 2.4, unit: \"%\"}",
         "细颗粒物: report the change itself (basis: change)"),
        ("targets.yaml", "unit: 万亿元, margin_pct: 5}", "unit: 万亿元}", "exactly one of margin_pct or margin"),
        ("targets.yaml", "each: {kind: decline, target_pct: 5, unit: \"%\"}", "each: {kind: milestone}",
         "targets.yaml:94:58: unknown 'kind' 'milestone'; expected one of 'at_least', 'at_most', 'approximately'"),
        ("targets.yaml", "{kind: planned, target: 6000, unit: 亿元}", "{kind: planned, target: 6000, unit: 美元}",
         "target 6000美元 does not appear in the goal's quote “中央预算内投资安排6000亿元”"),
        ("actuals.yaml", "value: 5776, unit: 亿元", "value: 5776, unit: 亿美元", "unit '亿美元' does not match the goal's unit '亿元'"),
        ("targets.yaml", "{kind: at_least, target: 1100, unit: 万人}", "{kind: at_least, target: \"一半\", unit: 万人}",
         "a fraction target ('一半') needs unit '%' or ''"),
    ],
)  # fmt: skip
def test_located_errors_around_the_new_kinds(national: Path, file: str, old: str, new: str, message: str) -> None:
    edit(national / file, old, new)
    result = run_cli("validate")
    if not message:
        assert result.exit_code == 0, result.stderr
        return
    assert result.exit_code == 2
    assert message in result.stderr, result.stderr
    assert result.stderr.split(":")[1].isdigit(), "the error is located"


def test_a_joint_figure_must_be_declared_on_both_entries(national: Path) -> None:
    # One combined figure for the special bonds and the tax cuts: both entries must say so.
    edit(
        national / "actuals.yaml",
        "value: 2.15, unit: 万亿元, evidence",
        "value: 2.15, unit: 万亿元, joint_with: [tax-cuts], evidence",
    )
    result = run_cli("validate")
    assert result.exit_code == 2
    assert "goal 'tax-cuts' must be reported jointly too: its entry needs joint_with: [special-bonds]" in result.stderr


def test_an_english_qualifier_the_data_omits_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "riverton"
    shutil.copytree(RIVERTON, folder)
    monkeypatch.chdir(folder)
    edit(folder / "actuals.yaml", "    qualifier: more_than\n", "")
    result = run_cli("validate")
    assert result.exit_code == 2
    assert result.stderr == (
        "actuals.yaml:6:12: the quote says “Over 310 homes” (more than 310): add qualifier: more_than\n"
    )
