from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planaudit.reading.figures import Figure, Kind, Qualifier, find_value, format_figure, parse_figure, read_figures

SOURCES = Path(__file__).resolve().parent.parent / "sources"

E, MT, AL, NR, AB, AM, LT = (
    Qualifier.EXACT,
    Qualifier.MORE_THAN,
    Qualifier.AT_LEAST,
    Qualifier.NEARLY,
    Qualifier.ABOUT,
    Qualifier.AT_MOST,
    Qualifier.LESS_THAN,
)
N, ORD, F, M, Y, D, NAME = Kind.NUMBER, Kind.ORDINAL, Kind.FRACTION, Kind.MULTIPLE, Kind.YEAR, Kind.DATE, Kind.NAME


def brief(figure: Figure) -> tuple[str, float, str, Qualifier, Kind]:
    return (figure.text, round(figure.value, 9), figure.unit, figure.qualifier, figure.kind)


# (text, every figure in it as (text as written, value, unit, qualifier, kind)); phrasing from sources/ and from
# national and English statistics reports.
READ_CASES = [
    ("完成合同利用外资7.85亿美元、增长30.8%", [("7.85亿美元", 7.85, "亿美元", E, N), ("30.8%", 30.8, "%", E, N)]),
    ("完成实到外资4.08亿美元", [("4.08亿美元", 4.08, "亿美元", E, N)]),
    ("引进市外内资94.8亿元", [("94.8亿元", 94.8, "亿元", E, N)]),
    ("其中交通运输投资增长108.7%", [("108.7%", 108.7, "%", E, N)]),
    (
        "一般公共预算收入29亿元、增长10%，增幅列全市第三",
        [("29亿元", 29, "亿元", E, N), ("10%", 10, "%", E, N), ("第三", 3, "", E, ORD)],
    ),
    ("综合排名位列全国第12位，较上年前进1位", [("第12位", 12, "位", E, ORD), ("1位", 1, "位", E, N)]),
    ("利用外资单项排名全国第5位", [("第5位", 5, "位", E, ORD)]),
    (
        "世界500强项目累计达到37家，占全市三分之一以上",
        [("500强", 500, "", E, NAME), ("37家", 37, "家", E, N), ("三分之一以上", 0.333333333, "", AL, F)],
    ),
    ("签约项目37个，其中2个百亿项目", [("37个", 37, "个", E, N), ("2个", 2, "个", E, N), ("百亿", 100, "亿", E, N)]),
    ("服务业增加值占GDP的比重达55.5%", [("55.5%", 55.5, "%", E, N)]),
    (
        "涌现税收超千万楼宇36幢，其中亿元楼宇10幢",
        [("超千万", 1000, "万", MT, N), ("36幢", 36, "幢", E, N), ("10幢", 10, "幢", E, N)],
    ),
    ("已签约高端人才项目10余个", [("10余个", 10, "个", MT, N)]),
    ("全年开工26个项目、竣工34个项目", [("26个", 26, "个", E, N), ("34个", 34, "个", E, N)]),
    ("新增绿地面积725亩", [("725亩", 725, "亩", E, N)]),
    ("36万经开人有了更多获得感", [("36万", 36, "万", E, N)]),
    ("目前我区已连续54天没有新增确诊病例", [("54天", 54, "天", E, N)]),
    ("累计排查84万人，累计隔离人员7510人", [("84万人", 84, "万人", E, N), ("7510人", 7510, "人", E, N)]),
    ("选派100多名机关志愿者", [("100多名", 100, "名", MT, N)]),
    ("7000多名党员带头参加阻击战", [("7000多名", 7000, "名", MT, N)]),
    ("累计落实资金6.28亿元", [("6.28亿元", 6.28, "亿元", E, N)]),
    ("派出 158名驻企指导员", [("158名", 158, "名", E, N)]),
    ("力争完成合同外资8亿美元、实到外资6亿美元", [("8亿美元", 8, "亿美元", E, N), ("6亿美元", 6, "亿美元", E, N)]),
    ("总数达到45个，力争50个", [("45个", 45, "个", E, N), ("50个", 50, "个", E, N)]),
    ("力求在50亿、100亿元重大产业投资项目", [("50亿", 50, "亿元", E, N), ("100亿元", 100, "亿元", E, N)]),
    ("精心举办第五届招商大会", [("第五届", 5, "届", E, ORD)]),
    ("低效用地2000亩、低效企业30家以上", [("2000亩", 2000, "亩", E, N), ("30家以上", 30, "家", AL, N)]),
    ("着力抓好玛氏等45个技改项目", [("45个", 45, "个", E, N)]),
    ("数字经济增加值增长10%以上", [("10%以上", 10, "%", AL, N)]),
    (
        "力争全区规上工业企业超200家，年产值5亿元以上企业超30家",
        [("超200家", 200, "家", MT, N), ("5亿元以上", 5, "亿元", AL, N), ("超30家", 30, "家", MT, N)],
    ),
    ("服务业增加值占GDP比重提高1个百分点", [("1个百分点", 1, "个百分点", E, N)]),
    ("楼宇单位面积税收突破1800元/平方米", [("突破1800元/平方米", 1800, "元/平方米", MT, N)]),
    (
        "谋划总投资10亿元以上的项目不少于5个，落地开工率50%以上",
        [("10亿元以上", 10, "亿元", AL, N), ("不少于5个", 5, "个", AL, N), ("50%以上", 50, "%", AL, N)],
    ),
    ("努力实现审批“最多90天”", [("最多90天", 90, "天", AM, N)]),
    ("加快推进11条精品示范道路建设", [("11条", 11, "条", E, N)]),
    ("确保茶园小学今年9月如期开学", [("9月", 9, "月", E, D)]),
    (
        "全区完成GDP286亿元，可比增长8%，高于全市平均0.4个百分点",
        [("286亿元", 286, "亿元", E, N), ("8%", 8, "%", E, N), ("0.4个百分点", 0.4, "个百分点", E, N)],
    ),
    ("合同利用外资7亿美元（上报数6亿美元）", [("7亿美元", 7, "亿美元", E, N), ("6亿美元", 6, "亿美元", E, N)]),
    ("二三产业结构比为47.3:52.7", [("47.3", 47.3, "", E, N), ("52.7", 52.7, "", E, N)]),
    ("连续24个月保持两位数以上的较高增长", [("24个月", 24, "个月", E, N), ("两位", 2, "位", E, N)]),
    ("完成绿化面积1300余亩", [("1300余亩", 1300, "亩", MT, N)]),
    ("累计培训干部员工2000多人次", [("2000多人次", 2000, "人次", MT, N)]),
    ("累计走访居民91385户，问题解决率达94.52%", [("91385户", 91385, "户", E, N), ("94.52%", 94.52, "%", E, N)]),
    ("国内生产总值增长6%-6.5%", [("6%", 6, "%", E, N), ("6.5%", 6.5, "%", E, N)]),
    ("城镇调查失业率5.5%左右", [("5.5%左右", 5.5, "%", AB, N)]),
    ("城镇登记失业率4.5%以内", [("4.5%以内", 4.5, "%", AM, N)]),
    ("减税降费近2万亿元", [("近2万亿元", 2, "万亿元", NR, N)]),
    ("地方政府专项债券2.15万亿元", [("2.15万亿元", 2.15, "万亿元", E, N)]),
    ("赤字率拟按3.6%以上安排", [("3.6%以上", 3.6, "%", AL, N)]),
    ("中央预算内投资安排6000亿元", [("6000亿元", 6000, "亿元", E, N)]),
    ("人均财政补助标准增加30元", [("30元", 30, "元", E, N)]),
    ("约3万亿元", [("约3万亿元", 3, "万亿元", AB, N)]),
    ("不超过5%", [("不超过5%", 5, "%", AM, N)]),
    ("不足3成", [("不足3", 3, "", LT, N)]),
    ("减少一半", [("一半", 0.5, "", E, F)]),
    ("力争翻一番", [("翻一番", 2, "倍", E, M)]),
    ("翻两番", [("翻两番", 4, "倍", E, M)]),
    ("增长两倍", [("两倍", 2, "倍", E, M)]),
    ("增长2.5倍", [("2.5倍", 2.5, "倍", E, M)]),
    ("细颗粒物浓度下降5%", [("5%", 5, "%", E, N)]),
    ("一千一百万元", [("一千一百万元", 1100, "万元", E, N)]),
    ("新建三座桥", [("三座", 3, "座", E, N)]),
    ("两个维护", [("两个", 2, "个", E, N)]),
    ("出台十一条措施", [("十一条", 11, "条", E, N)]),
    ("一百零五人", [("一百零五人", 105, "人", E, N)]),
    ("一亿二千万", [("一亿二千万", 120000000, "", E, N)]),
    ("1.2万亿元", [("1.2万亿元", 1.2, "万亿元", E, N)]),
    ("2000多亿元", [("2000多亿元", 2000, "亿元", MT, N)]),
    ("１５家", [("１５家", 15, "家", E, N)]),
    ("１０％", [("１０％", 10, "%", E, N)]),
    ("1,800元", [("1,800元", 1800, "元", E, N)]),
    ("1，800元", [("1，800元", 1800, "元", E, N)]),
    ("百分之十", [("百分之十", 10, "%", E, N)]),
    ("百分之十五点五", [("百分之十五点五", 15.5, "%", E, N)]),
    ("下降零点五个百分点", [("零点五个百分点", 0.5, "个百分点", E, N)]),
    ("一点五万人", [("一点五万人", 1.5, "万人", E, N)]),
    ("提高一个百分点", [("一个百分点", 1, "个百分点", E, N)]),
    ("2000、3000亩", [("2000", 2000, "亩", E, N), ("3000亩", 3000, "亩", E, N)]),
    ("2018、2019年", [("2018", 2018, "年", E, Y), ("2019年", 2019, "年", E, Y)]),
    ("八八个", []),  # a run that is not a number is skipped whole
    ("5×", [("5×", 5, "倍", E, M)]),
    ("threefold", []),
    ("a 2.5-fold rise", [("2.5-fold", 2.5, "倍", E, M)]),
    ("5 timeshares", [("5 timeshares", 5, "timeshares", E, N)]),
    ("1/3", [("1/3", 0.333333333, "", E, F)]),
    ("5个社区被评为五星级社区", [("5个", 5, "个", E, N), ("五星级", 5, "星级", E, N)]),
    ("列全市第三", [("第三", 3, "", E, ORD)]),
    ("经过近两个月的不懈奋战", [("近两个月", 2, "个月", NR, N)]),
    ("一年多来", [("一年多", 1, "年", MT, N)]),
    ("2019年国家级经开区", [("2019年", 2019, "年", E, Y)]),
    ("二〇一九年", [("二〇一九年", 2019, "年", E, Y)]),
    ("2020/3/5", [("2020/3/5", 2020, "", E, D)]),
    ("健全“3+1”项目推进新模式", [("3+1", 3, "", E, NAME)]),
    ("全力提升3＋3产业发展大平台", [("3＋3", 3, "", E, NAME)]),
    ("城南入选浙江百强乡镇", [("百强", 100, "", E, NAME)]),
    ("利用外资单项考核继续保持全国十强", [("十强", 10, "", E, NAME)]),
    ("最近3年", [("3年", 3, "年", E, N)]),
    ("签约37个", [("37个", 37, "个", E, N)]),
    # English
    ("at least 200 firms", [("at least 200 firms", 200, "firms", AL, N)]),
    ("unemployment around 5%", [("around 5%", 5, "%", AB, N)]),
    ("up to $25", [("up to $25", 25, "$", AM, N)]),
    ("nearly 2 trillion", [("nearly 2 trillion", 2, "trillion", NR, N)]),
    ("1.5 million", [("1.5 million", 1.5, "million", E, N)]),
    ("1.5 million people", [("1.5 million people", 1.5, "million people", E, N)]),
    ("US$1.5 billion", [("US$1.5 billion", 1.5, "US$ billion", E, N)]),
    ("double the number", [("double", 2, "倍", E, M)]),
    ("doubling output", [("doubling", 2, "倍", E, M)]),
    ("two and a half times", [("two and a half times", 2.5, "倍", E, M)]),
    ("40 per cent", [("40 per cent", 40, "%", E, N)]),
    ("3.6 per cent of GDP", [("3.6 per cent of GDP", 3.6, "% of GDP", E, N)]),
    ("raise the allowance by $25", [("$25", 25, "$", E, N)]),
    ("2,000 jobs", [("2,000 jobs", 2000, "jobs", E, N)]),
    ("over 1,000 schools", [("over 1,000 schools", 1000, "schools", MT, N)]),
    ("12% or more", [("12% or more", 12, "%", AL, N)]),
    ("fewer than 30 days", [("fewer than 30 days", 30, "days", LT, N)]),
    ("half of the firms", [("half", 0.5, "", E, F)]),
    ("two thirds", [("two thirds", 0.666666667, "", E, F)]),
    ("ranked 12th", [("12th", 12, "", E, ORD)]),
    ("a rise of 1.5 percentage points", [("1.5 percentage points", 1.5, "个百分点", E, N)]),
    ("in the 2019 plan", [("2019", 2019, "", E, Y)]),
]


@pytest.mark.parametrize(("text", "expected"), READ_CASES, ids=[case[0] for case in READ_CASES])
def test_read_figures(text: str, expected: list[tuple[str, float, str, Qualifier, Kind]]) -> None:
    assert [brief(figure) for figure in read_figures(text)] == [(t, round(v, 9), u, q, k) for t, v, u, q, k in expected]


@pytest.mark.parametrize(
    "text",
    [
        "三环南路",
        "五大攻坚战",
        "一楼一园",
        "八八战略",
        "一是",
        "一图一码一指数",
        "G60科创走廊",
        "5G网络",
        "万国路",
        "三五共治",
        "千万不要",
        "一点一滴",
        "十五点五",
        "many times",
        "",
    ],
)
def test_not_figures(text: str) -> None:
    assert read_figures(text) == []


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("6%-6.5%", ["low", "high"]),
        ("6%—6.5%", ["low", "high"]),
        ("6—6.5%", ["low", "high"]),
        ("6%至6.5%", ["low", "high"]),
        ("6% to 6.5%", ["low", "high"]),
        ("47.3:52.7", ["ratio", "ratio"]),
        ("47.3：52.7", ["ratio", "ratio"]),
        ("12.5%、12.8%", ["", ""]),
    ],
)
def test_ranges_and_ratios_are_two_figures(text: str, roles: list[str]) -> None:
    figures = read_figures(text)
    assert [figure.role for figure in figures] == roles
    if roles[0] == "low":
        assert [(figure.value, figure.unit) for figure in figures] == [(6, "%"), (6.5, "%")]


def test_amount_and_base_apply_the_scale() -> None:
    (figure,) = read_figures("2000多亿元")
    assert (figure.amount, figure.base, figure.start, figure.end) == (2e11, "元", 0, 7)
    (figure,) = read_figures("近2万亿元")
    assert (figure.amount, figure.base) == (2e12, "元")
    (figure,) = read_figures("1.5 million people")
    assert (figure.amount, figure.base) == (1.5e6, "people")


def test_spans_point_into_the_original_text() -> None:
    text = "力争完成合同外资８亿美元，实到外资6亿美元"
    figures = read_figures(text)
    assert [text[figure.start : figure.end] for figure in figures] == ["８亿美元", "6亿美元"]
    assert [figure.text for figure in figures] == ["８亿美元", "6亿美元"]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier", "kind"),
    [
        ("1/3", 1 / 3, "", E, F),
        ("三分之一", 1 / 3, "", E, F),
        ("一半", 0.5, "", E, F),
        ("翻一番", 2, "倍", E, M),
        ("2.5万", 2.5, "万", E, N),
        ("近2万亿", 2, "万亿", NR, N),
        ("10余", 10, "", MT, N),
        ("double", 2, "倍", E, M),
        ("8亿美元", 8, "亿美元", E, N),
        ("  15家以上 ", 15, "家", AL, N),
        ("2000", 2000, "", E, N),  # alone, a target, not a year
        ("2019年", 2019, "年", E, Y),
        ("第12位", 12, "位", E, ORD),
        ("百分之十", 10, "%", E, N),
        ("5.5%左右", 5.5, "%", AB, N),
    ],
)
def test_parse_figure(text: str, value: float, unit: str, qualifier: Qualifier, kind: Kind) -> None:
    figure = parse_figure(text)
    assert figure is not None
    assert (figure.value, figure.unit, figure.qualifier, figure.kind) == (pytest.approx(value), unit, qualifier, kind)


@pytest.mark.parametrize("text", ["", "8亿美元和6亿美元", "合同外资8亿美元", "三环", "abc", "8亿美元。", "6%-6.5%"])
def test_parse_figure_refuses_anything_but_one_figure(text: str) -> None:
    assert parse_figure(text) is None


FIND_CASES = [
    # (quote, value, unit, the figure's text or None)
    ("力争完成合同外资8亿美元", 8, "亿美元", "8亿美元"),
    ("完成合同利用外资7.85亿美元、增长30.8%", 7.85, "亿美元", "7.85亿美元"),
    ("完成合同利用外资7.85亿美元、增长30.8%", 9.99, "亿美元", None),
    ("完成合同利用外资7.85亿美元、增长30.8%", 30.8, "%", "30.8%"),
    ("完成合同利用外资7.85亿美元、增长30.8%", 7.85, "亿元", None),
    ("完成合同利用外资7.85亿美元、增长30.8%", 78500, "万美元", "7.85亿美元"),
    ("完成合同利用外资7.8亿美元", 7.85, "亿美元", None),
    ("完成合同利用外资17.85亿美元", 7.85, "亿美元", None),
    ("交通运输投资增长108.7%", 10, "%", None),
    ("100亿元", 10, "亿元", None),
    ("一千一百万元", 1100, "万元", "一千一百万元"),
    ("1100万元", 1100, "万元", "1100万元"),
    ("0.11亿元", 1100, "万元", "0.11亿元"),
    ("数字经济增加值增长10%以上", 10, "%", "10%以上"),
    ("数字经济增加值增长１０％以上", 10, "%", "１０％以上"),
    ("服务业增加值占GDP比重提高1个百分点", 1, "个百分点", "1个百分点"),
    ("服务业增加值占GDP比重提高1个百分点", 1, "pp", "1个百分点"),
    ("服务业增加值占GDP比重提高1个百分点", 1, "%", None),
    ("世界500强项目累计达到37家", 37, "家", "37家"),
    ("世界500强项目累计达到37家", 500, "家", None),
    ("世界500强项目累计达到37家", 500, None, None),
    ("签约项目37个，其中2个百亿项目", 100, "亿元", "百亿"),
    ("签约项目37个，其中2个百亿项目", 2, "个", "2个"),
    ("签约项目37个，其中2个百亿项目", 37, "家", None),
    ("力求在50亿、100亿元重大产业投资项目", 50, "亿元", "50亿"),
    ("力求在50亿、100亿元重大产业投资项目", 100, "亿元", "100亿元"),
    ("100亿元", 100, "亿", "100亿元"),
    ("占全市三分之一以上", 33.3, "%", "三分之一以上"),
    ("占全市三分之一以上", 1 / 3, None, "三分之一以上"),
    ("占全市三分之一以上", 33, "%", None),
    ("在商务部发布的《2019年国家级经开区综合发展水平考核评价结果》中", 20, None, None),
    ("在商务部发布的《2019年国家级经开区综合发展水平考核评价结果》中", 2019, None, None),
    ("三环南路、南江路", 3, None, None),
    ("坚决打赢“五大攻坚战”", 5, "个", None),
    ("积极融入G60科创走廊建设", 60, None, None),
    ("健全“3+1”项目推进新模式", 3, None, None),
    ("综合排名位列全国第12位", 12, "位", "第12位"),
    ("综合排名位列全国第12位", 12, None, "第12位"),
    ("增幅列全市第三", 3, None, "第三"),
    ("二三产业结构比为47.3:52.7", 52.7, "%", "52.7"),  # written without a unit: the quote is silent about it
    ("确保茶园小学今年9月如期开学", 9, None, None),
    ("国内生产总值增长6%-6.5%", 6.5, "%", "6.5%"),
    ("国内生产总值增长6—6.5%", 6, "%", "6"),
    ("36万经开人有了更多获得感", 36, "万人", "36万"),
    ("36万经开人有了更多获得感", 360000, "人", "36万"),
    ("减税降费近2万亿元", 20000, "亿元", "近2万亿元"),
    ("力争翻一番", 2, "倍", "翻一番"),
    ("double the number", 2, "times", "double"),
    ("楼宇单位面积税收突破1800元/平方米", 1800, "元/平方米", "突破1800元/平方米"),
    ("nearly 2 trillion", 2000, "billion", "nearly 2 trillion"),
    ("up to $25", 25, "$", "up to $25"),
    ("up to $25", 25, "USD", None),
    ("1.5 million people", 1500000, "people", "1.5 million people"),
    ("召开庆祝改革开放40周年大会，一批外商投资企业", 40, "周年", "40周年"),
]


@pytest.mark.parametrize(("quote", "value", "unit", "found"), FIND_CASES)
def test_find_value(quote: str, value: float, unit: str | None, found: str | None) -> None:
    figure = find_value(quote, value, unit)
    assert (None if figure is None else figure.text) == found


def test_find_value_prefers_a_figure_with_the_unit_over_a_unitless_one() -> None:
    figure = find_value("比为37:40，引进37家", 37, "家")
    assert figure is not None
    assert figure.text == "37家"


def test_every_number_of_the_bundled_actuals_is_found_in_its_source() -> None:
    review = (SOURCES / "002_8aecebe1aaa7d8cc.txt").read_text(encoding="utf-8")
    for value, unit in [
        (7.85, "亿美元"),
        (4.08, "亿美元"),
        (94.8, "亿元"),
        (29, "亿元"),
        (497.6, "亿元"),
        (37, "家"),
        (55.5, "%"),
        (36, "幢"),
        (725, "亩"),
        (12, "条"),
        (85, "%"),
        (54, "天"),
    ]:
        assert find_value(review, value, unit) is not None, (value, unit)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("10%以上", "≥10%"),
        ("2000多亿元", ">2000亿元"),
        ("约3万亿元", "≈3万亿元"),
        ("近2万亿元", "<≈2万亿元"),
        ("4.5%以内", "≤4.5%"),
        ("不足3成", "<3"),
        ("第12位", "第12位"),
        ("三分之一", "1/3"),
        ("一半", "1/2"),
        ("翻两番", "×4"),
        ("1.5 million", "1.5 million"),
    ],
)
def test_format_figure(text: str, written: str) -> None:
    assert format_figure(read_figures(text)[0]) == written


@given(st.text())
def test_read_figures_never_raises_and_spans_are_sorted_and_inside(text: str) -> None:
    figures = read_figures(text)
    previous_end = 0
    for figure in figures:
        assert previous_end <= figure.start < figure.end <= len(text)
        assert figure.text == text[figure.start : figure.end]
        previous_end = figure.end


FIGURE_ALPHABET = "0123456789０１２３４５６７８９.,，%％:-—~/+ 一二两三四五六七八九十百千万亿零〇第分之翻番倍半多余个家亿元美元年月以上左右近约超G强abnot "


@given(st.text(alphabet=FIGURE_ALPHABET, max_size=60))
def test_read_figures_on_figure_like_text(text: str) -> None:
    for figure in read_figures(text):
        assert figure.text == text[figure.start : figure.end]
        assert not math.isnan(figure.value)
        assert figure.kind in Kind
        assert figure.qualifier in Qualifier


@given(
    st.text(alphabet=FIGURE_ALPHABET, max_size=40),
    st.floats(allow_nan=False),
    st.sampled_from([None, "", "亿元", "%", "家"]),
)
def test_find_value_never_raises(quote: str, value: float, unit: str | None) -> None:
    figure = find_value(quote, value, unit)
    assert figure is None or figure.text == quote[figure.start : figure.end]


def test_read_figures_is_linear_on_long_runs() -> None:
    # Runs that once made the reader quadratic (a rejected Chinese run was rescanned from each of its characters).
    assert read_figures("一" * 100_000) == []
    assert read_figures("万" * 100_000) == []
    assert len(read_figures("第一" * 10_000)) == 10_000
    (figure,) = read_figures("1" * 100_000)
    assert figure.value == math.inf


def test_the_three_documents_read_without_stray_digits() -> None:
    for path in sorted(SOURCES.glob("0*.txt")):
        text = path.read_text(encoding="utf-8")
        covered = {index for figure in read_figures(text) for index in range(figure.start, figure.end)}
        for match in re.finditer(r"[0-9０-９]+", text):
            if text[match.start() - 1] in "GV":  # G60, identifiers
                continue
            assert match.start() in covered, (path.name, text[match.start() - 5 : match.end() + 5])


def _figure_starts_outside_candidates(text: str) -> list[int]:
    """Positions where a figure can start that read_figures' candidate search would skip (it must skip none)."""
    from planaudit.reading.figures import _figure_start, _patterns

    patterns = _patterns()
    return [
        position
        for position in range(len(text))
        if _figure_start(text, position, patterns) is not None
        and patterns.figure_candidate.match(text, position) is None
    ]


CANDIDATE_ALPHABET = FIGURE_ALPHABET + "ſKıİ$€£¥￥₹USHKRsINRDGBPEFYhalfwicedoubltrpqzeroxvysgk'-\n"


@given(st.text(alphabet=CANDIDATE_ALPHABET, max_size=60))
def test_every_figure_start_is_a_candidate(text: str) -> None:
    assert _figure_starts_outside_candidates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "US$5 HK$3 xUS$4 Rs.One lakh Rs 5 INR 3 USD 4 GBP 5 EUR 6 FY19 FY 2018-19 CFY19 ₹2000 crore €3 £4 ¥5 ￥6",
        "ſeven ſixty Twice DOUBLED trıpling a half An hundred a-third Two-Thirds half of ſome one crore 50 lakh",
        "百分之五 三分之一 翻两番 一半 第十二 2019/20 2016-17 2019-05-01 1/3 三千万元 十九届 forty two",
    ],
)
def test_figure_starts_are_candidates_in_mixed_text(text: str) -> None:
    assert read_figures(text)
    assert _figure_starts_outside_candidates(text) == []


def test_figure_starts_are_candidates_in_the_bundled_documents() -> None:
    root = SOURCES.parent
    paths = sorted(SOURCES.glob("*.txt")) + sorted((root / "examples").glob("*/sources/*.txt"))
    assert len(paths) > 3
    for path in paths:
        assert _figure_starts_outside_candidates(path.read_text(encoding="utf-8")) == [], path.name


ENGLISH_WORDS = (
    "twice doubled Tripling trebles quadruple a half an eighth one-third Two thirds halves half forty-two Ninety "
    "a hundred and five twelve dozen zero 3 per cent 4 percent of GDP 5% of GDP 6 percentage points 7 pp 8 ppts "
    "9 times 10-fold 11 fold 12× 21st 22nd 23rd 24th 5 lakh crore 6 thousand crore 7 million 8 bn 9 mn 10 schools "
    "ſix ſeventy \u212a 1 TWICE ONE HALF 3 PER CENT 4 Times 5 MILLION 6st"
)


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a is None and b is None) or (
        a is not None and b is not None and a.span() == b.span() and a.groupdict() == b.groupdict()
    )


def _reads_as_the_whole_patterns(text: str) -> None:
    from planaudit.reading import figures

    start = re.compile(figures._FIGURE_START)
    unit = re.compile(figures._UNIT_AFTER, re.VERBOSE)
    patterns = figures._patterns()
    for position in range(len(text) + 1):
        if position < len(text):
            assert _same(start.match(text, position), figures._figure_start(text, position, patterns)), text[position:]
        assert _same(unit.match(text, position), figures._unit_after(text, position)), text[position:]


def test_the_english_branches_tried_last_match_as_the_whole_patterns() -> None:
    """A figure's start and the unit after it are matched without their English branches first, and with them only
    where those find nothing and an English word can start: the same span and groups at every position."""
    for path in sorted(SOURCES.glob("*.txt")):
        _reads_as_the_whole_patterns(path.read_text(encoding="utf-8"))
    _reads_as_the_whole_patterns(ENGLISH_WORDS)


@given(st.text(alphabet=CANDIDATE_ALPHABET + "×％%pctmnbsl ", max_size=60))
def test_the_english_branches_tried_last_match_as_the_whole_patterns_on_any_text(text: str) -> None:
    _reads_as_the_whole_patterns(text)


def test_the_english_first_letters_hold_every_character_that_folds_to_one() -> None:
    """An English branch ignores case, so any character `re` folds to a first letter can start it."""
    from planaudit.reading import figures

    for first in (figures._ENGLISH_FIRST, figures._UNIT_ENGLISH_FIRST):
        letters = "".join(sorted({c.lower() for c in first if c.isascii() and c.isalpha()}))
        folding = re.compile(f"(?i:[{letters}])")
        assert [chr(c) for c in range(0x110000) if folding.fullmatch(chr(c)) and chr(c) not in first] == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a metric prefix written as a character is part of the unit, not a number of its own
        ("全年完成发电量420亿千瓦时", 420, "亿千瓦时"),
        ("新增装机容量120万千瓦", 120, "万千瓦"),
        ("建成5千米绿道", 5, "千米"),
        ("风电装机1200兆瓦", 1200, "兆瓦"),
        ("三千米长跑", 3000, "米"),  # a Chinese numeral keeps its 千
        # 起 counts incidents (事故控制在1起以内); 起步, 2025年起 are no count of it
        ("较大事故2起", 2, "起"),
        ("2025年起实施", 2025, "年"),
    ],
)
def test_chinese_units_with_a_metric_prefix(text: str, value: float, unit: str) -> None:
    figures = read_figures(text)
    assert [(f.value, f.unit) for f in figures] == [(value, unit)]


def test_a_count_of_incidents_is_read_with_its_ceiling() -> None:
    [figure] = read_figures("全年安全生产事故控制在1起以内")
    assert (figure.value, figure.unit, figure.qualifier) == (1, "起", Qualifier.AT_MOST)
    assert [(f.value, f.unit) for f in read_figures("起步价3起步")] == [(3, "")]
