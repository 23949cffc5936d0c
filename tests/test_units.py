from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planaudit.reading.units import (
    PERCENTAGE_POINT,
    Scaled,
    conversion_text,
    convert,
    format_number,
    is_bare_scale,
    normalize_unit,
    same_base,
    split_unit,
    with_unit,
)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("％", "%"),
        ("%", "%"),
        (" % ", "%"),
        ("per cent", "%"),
        ("Percent", "%"),
        ("个百分点", PERCENTAGE_POINT),
        ("百分点", PERCENTAGE_POINT),
        ("pp", PERCENTAGE_POINT),
        ("p.p.", PERCENTAGE_POINT),
        ("percentage points", PERCENTAGE_POINT),
        ("percentage  point", PERCENTAGE_POINT),
        ("% of GDP", "% of GDP"),
        ("%  of\tGDP", "% of GDP"),
        ("per cent of GDP", "% of GDP"),
        ("％ of GDP", "% of GDP"),
        ("ＵＳＤ", "USD"),
        ("\u3000亿元\u3000", "亿元"),
        ("million  USD", "million USD"),
        ("times", "倍"),
        ("倍", "倍"),
        ("亿美元", "亿美元"),
        ("元/平方米", "元/平方米"),
        ("￥", "￥"),  # NFKC would give ¥, which is not ASCII: left alone
        ("", ""),
    ],
)
def test_normalize_unit(written: str, canonical: str) -> None:
    assert normalize_unit(written) == canonical


@pytest.mark.parametrize(
    ("unit", "base", "factor"),
    [
        ("亿美元", "美元", 1e8),
        ("万人", "人", 1e4),
        ("%", "%", 1),
        ("％", "%", 1),
        ("家", "家", 1),
        ("万亿元", "元", 1e12),
        ("千亿元", "元", 1e11),
        ("百亿元", "元", 1e10),
        ("十亿元", "元", 1e9),
        ("千万元", "元", 1e7),
        ("百万元", "元", 1e6),
        ("十万元", "元", 1e5),
        ("千元", "元", 1e3),
        ("百元", "元", 1e2),
        ("万平方米", "平方米", 1e4),
        ("万元/亩", "元/亩", 1e4),
        ("亿", "", 1e8),
        ("万", "", 1e4),
        ("million USD", "USD", 1e6),
        ("USD million", "USD", 1e6),
        ("billion", "", 1e9),
        ("bn", "", 1e9),
        ("trillion yuan", "yuan", 1e12),
        ("thousand people", "people", 1e3),
        ("$ billion", "$", 1e9),
        ("个百分点", PERCENTAGE_POINT, 1),
        ("百分点", PERCENTAGE_POINT, 1),
        ("百分比", "百分比", 1),
        ("% of GDP", "% of GDP", 1),
        ("widgets", "widgets", 1),
        ("十", "十", 1),  # 十 alone is not a scale word
        ("", "", 1),
    ],
)
def test_split_unit(unit: str, base: str, factor: float) -> None:
    assert split_unit(unit) == Scaled(base, factor)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("亿元", "万元", True),
        ("亿美元", "美元", True),
        ("亿元", "亿美元", False),
        ("家", "个", False),
        ("%", "个百分点", False),
        ("%", "％", True),
        ("% of GDP", "%", False),
        ("亿", "亿元", True),  # a bare scale: the base is unstated
        ("亿元", "万", True),
        ("million", "USD million", True),
        ("$", "USD", False),
        ("美元", "USD", False),
        ("", "元", False),
        ("", "", True),
    ],
)
def test_same_base(a: str, b: str, same: bool) -> None:
    assert same_base(a, b) is same
    assert same_base(b, a) is same


@pytest.mark.parametrize(
    ("value", "from_unit", "to_unit", "expected"),
    [
        (94.8, "亿元", "万元", 948000),
        (1100, "万元", "亿元", 0.11),
        (0.11, "亿元", "万元", 1100),
        (1.2, "万亿元", "亿元", 12000),
        (2000, "亿元", "元", 2e11),
        (7.85, "亿美元", "亿美元", 7.85),
        (36, "万", "人", 360000),
        (1.5, "million USD", "USD thousand", 1500),
        (1.5, "billion", "million", 1500),
        (10, "％", "%", 10),
    ],
)
def test_convert(value: float, from_unit: str, to_unit: str, expected: float) -> None:
    result = convert(value, from_unit, to_unit)
    assert result == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(
    ("from_unit", "to_unit"), [("家", "个"), ("%", "个百分点"), ("美元", "元"), ("亿元", "亿美元"), ("", "元")]
)
def test_convert_refuses_different_bases(from_unit: str, to_unit: str) -> None:
    assert convert(1, from_unit, to_unit) is None
    with pytest.raises(ValueError, match="different base units"):
        conversion_text(1, from_unit, to_unit)


@pytest.mark.parametrize(
    ("value", "from_unit", "to_unit", "text"),
    [
        (94.8, "亿元", "万元", "94.8亿元 = 948000万元"),
        (1100, "万元", "亿元", "1100万元 = 0.11亿元"),
        (2000, "亿元", "万亿元", "2000亿元 = 0.2万亿元"),
        (1.5, "million USD", "USD", "1.5 million USD = 1500000 USD"),
        (1, "元", "亿元", "1元 = 0.00000001亿元"),
        (8, "亿美元", "亿美元", "8亿美元 = 8亿美元"),
    ],
)
def test_conversion_text(value: float, from_unit: str, to_unit: str, text: str) -> None:
    assert conversion_text(value, from_unit, to_unit) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (8.0, "8"),
        (7.85, "7.85"),
        (7.8500000001, "7.85"),
        (948000.0000000001, "948000"),
        (55.5 - 52.7, "2.8"),
        (2e11, "200000000000"),
        (1.5e15, "1500000000000000"),
        (1e-8, "0.00000001"),
        (-0.0, "0"),
        (-2.5, "-2.5"),
        (float("inf"), "inf"),
    ],
)
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


def test_with_unit_spaces_only_words() -> None:
    assert with_unit(8, "亿美元") == "8亿美元"
    assert with_unit(10, "％") == "10%"
    assert with_unit(1.5, "million") == "1.5 million"


def test_is_bare_scale() -> None:
    assert is_bare_scale("亿")
    assert is_bare_scale("million")
    assert not is_bare_scale("亿元")
    assert not is_bare_scale("")


@given(st.text())
def test_normalize_unit_is_idempotent(text: str) -> None:
    once = normalize_unit(text)
    assert normalize_unit(once) == once


@given(st.text(max_size=30))
def test_split_unit_never_raises_and_factor_is_a_scale(text: str) -> None:
    scaled = split_unit(text)
    assert scaled.factor in {1.0, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12}


@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    st.sampled_from(["元", "万元", "亿元", "万亿元", "千元"]),
    st.sampled_from(["元", "万元", "亿元", "万亿元", "千元"]),
)
def test_convert_round_trips(value: float, a: str, b: str) -> None:
    there = convert(value, a, b)
    assert there is not None
    back = convert(there, b, a)
    assert back == pytest.approx(value, rel=1e-12, abs=1e-300)
