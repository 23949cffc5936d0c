"""A sentence of many clauses is read once, not once per clause: the head of a sentence given as (string, end) reads as
its copy up to end, and what the scanner makes of it is what it made of each clause's copy."""

from __future__ import annotations

import pytest

from planaudit.reading import clauses
from planaudit.reading.clauses import en_not_the_plans, en_past_topic, zh_not_the_plans, zh_past_topic
from planaudit.reading.scan import scan

HEADS = [
    "去年，新建学校12所，改造道路3公里，今年要新建学校15所，力争20所",
    "2019年，全镇种植水稻800亩，主要品种两个，明年扩大到1000亩",
    "2019年，全镇种植水稻800亩，主要品种两个，要素保障有力",
    "“十二五”期间，全县公路里程增加40公里，将新增60公里",
    "据省农科院预测，全年粮食产量增长3%，若降雨偏少，产量将下降2%",
    "过去五年，累计完成投资320亿元，预期目标为年均增长8%",
    "  In 2019–20 the council repaired 400 roads, and will repair 500 more",
    "During FY 2018 we answered 9,000 calls, then 10,000",
    "Under the Climate Act, the county must cut emissions by 40%, and our council will plant 900 trees",
    "The Regional Bank forecasts that output grows 2%, then 3%, and we expect 4%",
    "市人社局下达我区新增就业任务8000人，奖补标准为：新建每所100万元，考核前5名的乡镇各奖励20万元",
]


@pytest.mark.parametrize("head", HEADS)
def test_a_head_read_to_an_end_is_its_copy_read_whole(head: str) -> None:
    # every end, in order as the clauses ask and then backwards, so that the first turn kept from one question is
    # tried against the next
    ends = [*range(len(head) + 1), *reversed(range(len(head) + 1))]
    for end in ends:
        copy = head[:end]
        for year in (None, "2021", "2030"):
            assert zh_past_topic(head, year, end) == zh_past_topic(copy, year), (end, year)
            assert en_past_topic(head, year, end) == en_past_topic(copy, year), (end, year)
        assert zh_not_the_plans(head, end) == zh_not_the_plans(copy), end
        assert en_not_the_plans(head, end) == en_not_the_plans(copy), end


def test_the_first_turn_kept_is_the_head_s_own() -> None:
    # two heads of one length and one opening: the turn kept for the first never answers for the second
    turned, plain = "去年新建学校12所，今年要新建15所", "去年新建学校12所，全年共新建15所"
    assert not zh_past_topic(turned, None, len(turned))
    assert zh_past_topic(plain, None, len(plain))
    assert not zh_past_topic(turned, None, len(turned))
    assert clauses._turned(plain, 2, len(plain)) is False


def test_a_past_sentence_of_many_clauses_proposes_what_each_clause_would() -> None:
    clause_list = [f"改造桥梁{i % 50 + 5}座" for i in range(300)]
    past = "去年，" + "，".join(clause_list) + "。"
    assert scan(past) == []  # every clause tells what was done last year
    turned = "去年，" + "，".join(clause_list[:150]) + "，今年要" + "，".join(clause_list[150:]) + "。"
    found = scan(turned)
    assert found and all(f.start >= turned.index("今年要") for f in found)
