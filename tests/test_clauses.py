"""The clause layer (planaudit.reading.clauses): what a clause says of its figures, by its tense and markers."""

from __future__ import annotations

import pytest

from planaudit.reading.clauses import Role, role, states_target, threshold
from planaudit.reading.scan import scan


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("过去五年城镇新增就业6000万人", Role.RESULT),
        ("已建成高速公路3万公里", Role.RESULT),
        ("今年将比改革前减轻企业负担5000多亿元", Role.COMMITMENT),
        ("财政赤字规模比去年增加1万亿元", Role.PLAIN),  # 比去年 compares; it reports nothing
        ("今年拟安排财政赤字2.18万亿元", Role.ALLOCATION),
        ("今年高校毕业生将高达765万人", Role.FORECAST),
        ("CPI inflation was at 9.4%", Role.RESULT),
        ("The growth of GDP has now accelerated to 7.6%", Role.RESULT),
        ("₹368 crore has been provided for National Project on Soil Health", Role.ALLOCATION),
        ("10 lakh compost pits will be taken up", Role.COMMITMENT),
        ("It is projected to be 1.4% of GDP", Role.FORECAST),
        ("if the turnover exceeds ₹2 crore", Role.CONDITION),
        ("The total outlay for infrastructure stands at ₹2,21,246 crore", Role.ALLOCATION),
        ("We've started work on redesigning 25 of the biggest services", Role.RESULT),  # have, contracted
        ("we’ve moved 20 agency websites", Role.RESULT),
        ("We've got to move 30 websites", Role.PLAIN),
    ],
)
def test_role(clause: str, expected: Role) -> None:
    assert role(clause) is expected


def test_thresholds_are_not_targets() -> None:
    assert threshold("blocks with more than ", "% ST population")
    assert threshold("units with turnover of ", " and above")
    assert not threshold("a total provision of ", " crore has been made")
    assert states_target("10 lakh compost pits will be taken up")
    assert not states_target("CPI inflation was at 9.4%")


def test_the_scanner_drafts_no_past_result_or_forecast() -> None:
    text = (
        "Plan 2016-17\nCPI inflation was at 9.4% in 2013-14. We will build 300 new clinics. It is expected that "
        "exports would reach ₹50 crore. Blocks with more than 50% tribal population will get 10 new schools.\n"
    )
    assert [(f.target, f.unit) for f in scan(text)] == [(300, "clinics"), (10, "schools")]
