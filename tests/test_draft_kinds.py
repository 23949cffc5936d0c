"""The rule kind, direction and level draft gives a goal: from the words of the plan, in either language."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planaudit.reading.scan import Finding, scan
from tests.conftest import run_cli


def _draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[dict]:  # type: ignore[type-arg]
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("draft", "plan.txt")
    assert result.exit_code == 0, result.stderr
    return list(yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))["goals"])


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
    goals = _draft(tmp_path, monkeypatch, "Automation will be provided in 3,000 shops by March 2017.\n")
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
    goals = _draft(tmp_path, monkeypatch, "An allocation of up to ₹500 crore will be made for the fund.\n")
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
