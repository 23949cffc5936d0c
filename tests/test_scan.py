"""The target scanner: a table of plan sentences and the findings expected from each."""

from __future__ import annotations

from typing import Any

import pytest

from planaudit.reading.scan import clauses, headings, plan_year, readings, scan, sentences

# (text, [(quote, kind, level, target, unit, extra)]); extra holds stretch / exclusive / items / deadline / … when set.
CASES: list[tuple[str, list[tuple[str, str, str, float | None, str | None, dict[str, Any]]]]] = [
    (
        "力争完成合同外资8亿美元、实到外资6亿美元，引进世界500强企业投资项目10个，总数达到45个，力争50个。",
        [
            ("力争完成合同外资8亿美元", "at_least", "stretch", 8, "亿美元", {"measure": "合同外资"}),
            ("实到外资6亿美元", "at_least", "stretch", 6, "亿美元", {}),  # 、 carries the 力争 on
            ("引进世界500强企业投资项目10个", "at_least", "plain", 10, "个", {}),  # a clause with its own verb
            ("总数达到45个，力争50个", "at_least", "plain", 45, "个", {"stretch": 50}),
        ],
    ),
    (
        "确保新增国家高新技术企业15家以上，省级科技型中小企业50家以上。",
        [
            ("确保新增国家高新技术企业15家以上", "new_items", "commitment", 15, "家", {}),
            ("省级科技型中小企业50家以上", "new_items", "commitment", 50, "家", {}),  # no verb: 确保新增 governs it
        ],
    ),
    (
        "力争全区规上工业企业超200家，年产值5亿元以上企业超30家。",
        [
            ("力争全区规上工业企业超200家", "at_least", "stretch", 200, "家", {"exclusive": True}),
            ("年产值5亿元以上企业超30家", "at_least", "stretch", 30, "家", {"exclusive": True}),
        ],
    ),
    (
        "服务业增加值占GDP比重提高1个百分点。",
        [("服务业增加值占GDP比重提高1个百分点", "pp_change", "plain", 1, "个百分点", {})],
    ),
    (
        "楼宇税收增长15%，楼宇单位面积税收突破1800元/平方米。",
        [
            ("楼宇税收增长15%", "growth", "plain", 15, "%", {"measure": "楼宇税收"}),
            ("楼宇单位面积税收突破1800元/平方米", "at_least", "plain", 1800, "元/平方米", {"exclusive": True}),
        ],
    ),
    ("努力实现审批“最多90天”。", [("努力实现审批“最多90天", "at_most", "stretch", 90, "天", {})]),
    ("能耗控制在5万吨标准煤以内。", [("能耗控制在5万吨标准煤以内", "at_most", "plain", 5, "万吨", {})]),
    (
        "谋划总投资10亿元以上的“委领导工程”项目不少于5个，落地开工率50%以上。",
        [  # 10亿元以上的… describes the projects; it is not a target
            ("谋划总投资10亿元以上的“委领导工程”项目不少于5个", "at_least", "plain", 5, "个", {}),
            ("落地开工率50%以上", "at_least", "plain", 50, "%", {}),
        ],
    ),
    (
        "加快推进嘉杭路、万国路、百川路等11条精品示范道路建设。",
        [
            (
                "加快推进嘉杭路、万国路、百川路",
                "named_items",
                "plain",
                None,
                None,
                {"items": ("嘉杭路", "万国路", "百川路")},
            ),
            ("等11条精品示范道路建设", "at_least", "plain", 11, "条", {}),
        ],
    ),
    (
        "精心举办第五届“携手共进、合作共赢”招商大会，进一步擦亮招商名片。",
        [("精心举办第五届“携手共进、合作共赢”招商大会", "milestone", "plain", None, None, {})],
    ),
    (
        "确保茶园小学今年9月如期开学。",
        [("确保茶园小学今年9月如期开学", "milestone", "commitment", None, None, {"deadline": "2019-09"})],
    ),
    ("实现全区垃圾分类全覆盖。", [("实现全区垃圾分类全覆盖", "milestone", "plain", None, None, {})]),
    (
        "全面建立健全“路长制”“河长制”“楼长制”。",
        [
            (
                "全面建立健全“路长制”“河长制”“楼长制”",
                "named_items",
                "plain",
                None,
                None,
                {"items": ("路长制", "河长制", "楼长制")},
            )
        ],
    ),
    ("对重点区域实施道路保洁分级管理。", [("对重点区域实施道路保洁分级管理", "milestone", "plain", None, None, {})]),
    (
        "配套一批国际社区、国际学校、国际医院，建设一批高端楼宇、高端酒店、高端商圈。",
        [
            (
                "配套一批国际社区、国际学校、国际医院",
                "named_items",
                "plain",
                None,
                None,
                {"items": ("国际社区", "国际学校", "国际医院")},
            )
        ],
    ),
    ("力争交接断面水质考核优秀。", [("力争交接断面水质考核优秀", "judged", "stretch", None, None, {})]),
    (
        "巩固提升重点区域城市形象，确保持续向好。",
        [("巩固提升重点区域城市形象，确保持续向好", "judged", "commitment", None, None, {})],
    ),
    ("GDP增长6%—6.5%。", [("GDP增长6%—6.5%", "between", "plain", 6, "%", {"maximum": 6.5})]),
    ("物价涨幅5%-6%。", [("物价涨幅5%-6%", "between", "plain", 5, "%", {"maximum": 6})]),
    ("全年GDP增长7%左右。", [("全年GDP增长7%左右", "approximately", "plain", 7, "%", {"direction": "both"})]),
    ("接待游客近2万人次。", [("接待游客近2万人次", "approximately", "plain", 2, "万人次", {"direction": "floor"})]),
    (
        "举办第十届进博会，新建学校3所。",
        [
            ("举办第十届进博会", "milestone", "plain", None, None, {}),
            ("新建学校3所", "new_items", "plain", 3, "所", {}),
        ],
    ),
    (
        "Cut emissions to 40 million tonnes, and create up to 3,000 jobs.",
        [
            ("Cut emissions to 40 million tonnes", "at_most", "plain", 40, "million tonnes", {}),
            ("create up to 3,000 jobs", "at_most", "plain", 3000, "jobs", {"why": "create"}),
        ],
    ),
    ("列全市第3位。", [("列全市第3位", "ranking", "plain", 3, None, {"scope": "全市"})]),
    (  # years, ordinals of a programme, programme names, counts in quotation marks and 一批 are not targets
        "坚决打赢招大引强、转型升级“五大攻坚战”，深化“3+1”项目推进模式，推进“一楼一园”建设，2019年是关键之年，"
        "落实“三服务”活动，建设一批高端楼宇，实现“一年一个样、三年大变样”，以庆祝新中国成立70周年为主题。",
        [],
    ),
    (
        "We will strive to increase exports by 10 percent and ensure at least 200 new firms. "
        "Unemployment will be kept below 5%.",
        [
            ("We will strive to increase exports by 10 percent", "growth", "stretch", 10, "%", {"measure": "exports"}),
            ("ensure at least 200 new firms", "new_items", "commitment", 200, "firms", {}),
            ("Unemployment will be kept below 5%", "at_most", "commitment", 5, "%", {}),
        ],
    ),
]


# The rule kinds the words call for, read on national plans (#22): a ceiling is never drafted as a floor.
KIND_CASES = [
    (
        "居民消费价格涨幅3%左右。",
        [("居民消费价格涨幅3%左右", "approximately", "plain", 3, "%", {"direction": "ceiling"})],
    ),
    ("城镇登记失业率4.5%以内。", [("城镇登记失业率4.5%以内", "at_most", "plain", 4.5, "%", {})]),
    ("单位国内生产总值能耗下降3.4%以上。", [("单位国内生产总值能耗下降3.4%以上", "decline", "plain", 3.4, "%", {})]),
    (
        "单位国内生产总值能耗降低3%左右。",
        # a fall by about 3%: a decline of about that share, as in English (benchmarks/DRAFT.md, "by about X%")
        [("单位国内生产总值能耗降低3%左右", "decline", "plain", 3, "%", {"direction": "about"})],
    ),
    ("补助标准再增加30元。", [("补助标准再增加30元", "increase_by", "plain", 30, "元", {})]),
    (
        "The fiscal deficit will be 3.5% of GDP.",
        [("The fiscal deficit will be 3.5% of GDP", "at_most", "commitment", 3.5, "% of GDP", {})],
    ),
    (
        "今年拟安排财政赤字2.18万亿元，赤字率提高到3%。",
        [
            ("今年拟安排财政赤字2.18万亿元", "planned", "planned", 2.18, "万亿元", {}),
            ("赤字率提高到3%", "planned", "planned", 3, "%", {}),  # the allocation word governs the list
        ],
    ),
    (
        "主要预期目标是：国内生产总值增长6.5%，居民消费价格涨幅3%左右。",
        [
            ("国内生产总值增长6.5%", "growth", "expected", 6.5, "%", {}),
            ("居民消费价格涨幅3%左右", "approximately", "expected", 3, "%", {"direction": "ceiling"}),
        ],
    ),
    (
        "I have provided ₹368 crore for soil health.",
        [("I have provided ₹368 crore", "planned", "planned", 368, "₹ crore", {})],
    ),
]
CASES += KIND_CASES


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:18] for c in CASES])
def test_findings(text: str, expected: list[tuple[str, str, str, float | None, str | None, dict[str, Any]]]) -> None:
    found = scan(text, year="2019")
    got = [(f.quote, f.kind, f.level, f.target, f.unit) for f in found]
    assert got == [(q, k, lv, t, u) for q, k, lv, t, u, _ in expected]
    for finding, (*_, extra) in zip(found, expected, strict=True):
        assert text[finding.start : finding.end] == finding.quote
        for name, value in extra.items():
            assert getattr(finding, name) == value, name


def test_headings_give_each_finding_its_section() -> None:
    text = "总体要求。\n一、抓招商\n力争完成合同外资8亿美元。\n二、促转型\n全年完成低效用地2000亩。\n"
    assert [(h.number, h.title) for h in headings(text)] == [("一", "抓招商"), ("二", "促转型")]
    assert [(f.quote, f.heading.title if f.heading else None) for f in scan(text)] == [
        ("力争完成合同外资8亿美元", "抓招商"),
        ("全年完成低效用地2000亩", "促转型"),
    ]


def test_sentences_and_clauses_keep_quotation_marks_whole() -> None:
    text = "精心举办第五届“携手共进、合作共赢”招商大会，进一步擦亮名片。全年GDP增长7%；完成外资8亿美元"
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "精心举办第五届“携手共进、合作共赢”招商大会，进一步擦亮名片",
        "全年GDP增长7%",
        "完成外资8亿美元",
    ]
    first = sentences(text)[0]
    assert [text[c.start : c.end] for c in clauses(text, first)] == [
        "精心举办第五届“携手共进、合作共赢”招商大会",
        "进一步擦亮名片",
    ]


@pytest.mark.parametrize(
    ("text", "year"), [("2019年工作计划\n我区…", "2019"), ("工作要点（二〇二〇年）", None), ("", None)]
)
def test_plan_year(text: str, year: str | None) -> None:
    assert plan_year(text) == year


def test_readings_give_the_short_phrase_of_each_figure() -> None:
    text = "全年开工26个项目、竣工34个项目。完成合同利用外资7.85亿美元、增长30.8%。"
    assert [(text[r.start : r.end], r.figure.value) for r in readings(text)] == [
        ("全年开工26个项目", 26),
        ("竣工34个项目", 34),
        ("完成合同利用外资7.85亿美元", 7.85),
        ("增长30.8%", 30.8),
    ]


@pytest.mark.parametrize(
    "text", ["", "。。。", "“““", "一、\n二、", "x" * 10, "力争", "确保。", "等等11", "、、、等1个"]
)
def test_odd_text_never_raises(text: str) -> None:
    for finding in scan(text):
        assert text[finding.start : finding.end] == finding.quote
