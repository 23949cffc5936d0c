"""The unit table: how a unit is written, its scale word and base, and conversion between scales of one base."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from typing import NamedTuple

from planaudit.reading.lazyre import compile_re

PERCENT = "%"
# Classifiers (量词): a plan counts projects with 个 and its review the same projects with 家, so where a number
# must stand in a quote, or a figure fit a goal, any of these counts it.
COUNTERS = frozenset("个家项座条幢所名位人户次届批台辆艘架套件处栋")
PERCENTAGE_POINT = "个百分点"
MULTIPLE = "倍"
PERCENT_OF_GDP = "% of GDP"

# Longest first, so that 万亿 is read before 万 and 亿.
CHINESE_SCALES: dict[str, float] = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "十亿": 1e9,
    "千万": 1e7,
    "百万": 1e6,
    "十万": 1e5,
    "亿": 1e8,
    "万": 1e4,
    "千": 1e3,
    "百": 1e2,
}
# Longest first: "lakh crore" (10^12, Indian) is read before "lakh" (10^5) and "crore" (10^7).
ENGLISH_SCALES: dict[str, float] = {
    "lakh crore": 1e12,
    "thousand crore": 1e10,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
    "mn": 1e6,
    "bn": 1e9,
}
# Spellings of one scale word or currency, folded word by word: "crores" is "crore", "Rs." is "₹".
_UNIT_WORDS = {
    "crores": "crore",
    "lakhs": "lakh",
    "lac": "lakh",
    "lacs": "lakh",
    "millions": "million",
    "billions": "billion",
    "thousands": "thousand",
    "Rs": "₹",
    "Rs.": "₹",
    "rs": "₹",
    "rs.": "₹",
    "rupees": "₹",
    "rupee": "₹",
    "kms": "km",
}

# Base units a figure reader recognises right after a number, longest first where one is a prefix of another.
# A unit not listed here is still a valid unit (its own base); this list only decides where a written unit ends.
CHINESE_BASES: tuple[str, ...] = (
    "个百分点",
    "微克/立方米",
    "毫克/立方米",
    "个工作日",
    "工作日",
    "平方公里",
    "平方千米",
    # metric prefixes written as characters: 420亿千瓦时 is 420 亿 kWh, not 千 (1000) 瓦时
    "千瓦时",
    "兆瓦时",
    "千瓦",
    "兆瓦",
    "吉瓦",
    "千伏",
    "千米",
    "千克",
    "千帕",
    "兆帕",
    "平方米",
    "立方米",
    "人民币",
    "美元",
    "欧元",
    "日元",
    "港元",
    "英镑",
    "人次",
    "个月",
    "周年",
    "小时",
    "学时",
    "课时",
    "分钟",
    "公里",
    "公顷",
    "分贝",
    "毫米",
    "厘米",
    "星级",
    "瓦时",
    "标箱",
    "元",
    "人",
    "户",
    "吨",
    "公斤",
    "斤",
    "亩",
    "家",
    "个",
    "项",
    "条",
    "座",
    "幢",
    "栋",
    "天",
    "日",
    "名",
    "位",
    "所",
    "台",
    "套",
    "辆",
    "件",
    "次",
    "批",
    "年",
    "月",
    "届",
    "倍",
    "米",
    "克",
    "瓦",
    "宗",
    "例",
    "起",
    "间",
    "张",
    "块",
    "类",
    "岁",
    "km",
    "kg",
    "m2",
    "m²",
    "km2",
    "km²",
)

_ALIASES: dict[str, str] = {
    "％": PERCENT,
    "per cent": PERCENT,
    "percent": PERCENT,
    "pct": PERCENT,
    "百分点": PERCENTAGE_POINT,
    "pp": PERCENTAGE_POINT,
    "p.p.": PERCENTAGE_POINT,
    "ppt": PERCENTAGE_POINT,
    "ppts": PERCENTAGE_POINT,
    "percentage point": PERCENTAGE_POINT,
    "percentage points": PERCENTAGE_POINT,
    "times": MULTIPLE,
    "fold": MULTIPLE,
    "×": MULTIPLE,
}
_PER_CENT_OF = compile_re(r"^(?:per ?cent|percent|pct)(?= of )", re.IGNORECASE)


class Scaled(NamedTuple):
    """A unit split into its base and the factor of its scale word: 亿美元 → Scaled("美元", 1e8)."""

    base: str
    factor: float


@functools.lru_cache(maxsize=4096)
def normalize_unit(text: str) -> str:
    """The canonical spelling of a unit: "％" → "%", " percentage  points " → "个百分点".

    A unit is a base (元, 美元, 人, 家, %, USD, "% of GDP", …) optionally preceded by a scale word (万, 亿, 万亿,
    million, …): "亿美元" is 10^8 美元, "million USD" and "USD million" are 10^6 USD. Values convert between scales
    of ONE base only; different bases never convert (家 and 个 are different bases even though both count
    things).

    Conventions, fixed here so that every file writes a unit the same way:

    - ``normalize_unit`` applies NFKC only to characters that it turns into ASCII (``％`` → ``%``, full-width
      letters and digits, the ideographic space), collapses runs of white space to one space and strips the
      ends; then the alias table below maps spellings of one unit to its canonical spelling.
    - Percentage points are written ``个百分点`` (aliases: 百分点, pp, p.p., ppt, percentage point(s)); they are a
      base of their own, distinct from ``%``.
    - Percent is ``%`` (aliases: ％, per cent, percent, pct); "per cent of GDP" is ``% of GDP``, a base of its
      own.
    - Multiples are ``倍`` (aliases: times, fold, ×).
    - A bare scale word (``亿``, ``万``, ``million``) has an unstated base: it is compatible with every base, so
      ``50亿`` in "50亿、100亿元" converts to 亿元 and ``36万`` converts to 万人.
    - Currency symbols are bases of their own: ``$`` is not ``USD`` and ``美元`` is not ``USD`` (a document says
      which dollar it means; the data should quote it the same way). The rupee is one currency however written:
      ``Rs``, ``Rs.`` and ``rupees`` are ``₹``.
    - Indian scales: ``lakh`` is 10^5, ``crore`` 10^7 and ``lakh crore`` 10^12 (plurals fold: "crores" is
      ``crore``); "₹ lakh crore" is 10^12 ₹.
    """
    if not text.isascii():
        text = "".join(_ascii_form(char) for char in text)
    words = text.split()
    if any(word in _UNIT_WORDS or word.lower() in _UNIT_WORDS for word in words):
        words = [_UNIT_WORDS.get(word, _UNIT_WORDS.get(word.lower(), word)) for word in words]
    text = " ".join(words)
    text = _PER_CENT_OF.sub(PERCENT, text)
    return _ALIASES.get(text.lower() if text.isascii() else text, text)


def _ascii_form(char: str) -> str:
    if char.isascii():
        return char
    folded = unicodedata.normalize("NFKC", char)
    return folded if folded.isascii() else char


@functools.lru_cache(maxsize=4096)
def split_unit(unit: str) -> Scaled:
    """The base and scale factor of a unit: "万亿元" → ("元", 1e12), "USD million" → ("USD", 1e6), "家" → ("家", 1).

    The unit is normalised first. An unknown unit is its own base with factor 1; a bare scale word has base "".
    """
    normal = normalize_unit(unit)
    if normal in (PERCENT, PERCENTAGE_POINT, MULTIPLE):
        return Scaled(normal, 1.0)
    if " " in normal:
        return _split_words(normal)
    if normal.lower() in ENGLISH_SCALES:
        return Scaled("", ENGLISH_SCALES[normal.lower()])
    for scale, factor in CHINESE_SCALES.items():
        if normal.startswith(scale):
            rest = normal[len(scale) :]
            if rest.startswith("分"):  # 百分比, 千分之: not a scale
                break
            return Scaled(rest, factor)
    return Scaled(normal, 1.0)


def _split_words(normal: str) -> Scaled:
    """A unit in words: the first run of scale words is the scale ("₹ lakh crore" → ("₹", 1e12)); the rest the base."""
    words = normal.split(" ")
    lower = [word.lower() for word in words]
    for index, word in enumerate(lower):
        if word == "per":
            break  # "per million hours worked": a scale after "per" is the rate's base, not the figure's
        if word in ENGLISH_SCALES:
            end = index + 1
            while end < len(words) and lower[end] in ENGLISH_SCALES:
                end += 1
            factor = math.prod(ENGLISH_SCALES[scale] for scale in lower[index:end])
            return Scaled(" ".join(words[:index] + words[end:]), factor)
    return Scaled(normal, 1.0)


def is_bare_scale(unit: str) -> bool:
    """True for a scale word with no base (亿, 万, million): its base is unstated."""
    scaled = split_unit(unit)
    return scaled.base == "" and scaled.factor != 1.0


def same_base(a: str, b: str) -> bool:
    """True when values in unit a and unit b convert into each other: same base (a word's capital aside: Clusters is
    clusters; a counted noun phrase by its head: "air transport movements" are movements), or either is a bare scale
    word."""
    split_a, split_b = split_unit(a), split_unit(b)
    if split_a.base == split_b.base or _word_key(split_a.base) == _word_key(split_b.base):
        return True
    return (split_a.base == "" and split_a.factor != 1.0) or (split_b.base == "" and split_b.factor != 1.0)


_PHRASE = compile_re(r"(?!(?:square|cubic) )(?:[a-z][a-z-]* )+(?P<head>[A-Za-z][a-z-]*|[A-Z]{2,}s)")


def head_noun(unit: str) -> str:
    """A counted noun phrase's head, the rest of the unit as it is: "central government departments" → "departments",
    "mains repairs per 1,000 km" → "repairs per 1,000 km", "rating out of 5" → "out of 5", "亿元" → "亿元"."""
    counted, per, rate = unit.partition(" per ")
    if " " in counted and (phrase := _PHRASE.fullmatch(counted)) is not None:
        return phrase.group("head") + per + rate
    scored, out, scale = unit.rpartition("out of ")
    if scored and out and scored.endswith(" "):
        return out + scale  # "score out of 5", "rating out of 5": a score on the scale of 5
    return unit


def _word_key(base: str) -> str:
    """A base written as a word folds its capital ("Clusters" in "300 Rurban Clusters" counts clusters); a counted noun
    phrase is its head noun ("affordable homes": homes), in a rate too ("mains repairs per 1,000 km"); a symbol or
    abbreviation keeps its case (MW is not mW)."""
    base = head_noun(base)
    return base.lower() if len(base) > 3 and base[:1].isupper() and base[1:].islower() else base


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """value in from_unit expressed in to_unit ("94.8", 亿元 → 万元: 948000), or None when the bases differ."""
    if not same_base(from_unit, to_unit):
        return None
    ratio = split_unit(from_unit).factor / split_unit(to_unit).factor
    # Dividing by an exact power of ten rounds better than multiplying by its inverse (1100 / 1e4 is exactly 0.11).
    return value * ratio if ratio >= 1 else value / (1 / ratio)


def in_base(value: float | None, unit: str | None) -> tuple[float | None, str]:
    """A value and its unit as an amount of the unit's base, the scale applied ("one million trees": 1,000,000
    trees; 0.11 亿元: 1100 万元 and 0.11 亿元 are one amount of 元), so figures written with and without a scale word
    compare; None stays None."""
    scaled = split_unit(unit or "")
    base = _word_key(scaled.base)
    return (None if value is None else round(value * scaled.factor, 6)), base


def conversion_text(value: float, from_unit: str, to_unit: str) -> str:
    """The conversion as a person writes it: "94.8亿元 = 948000万元". Raises ValueError when the bases differ."""
    converted = convert(value, from_unit, to_unit)
    if converted is None:
        raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}: different base units")
    return f"{with_unit(value, from_unit)} = {with_unit(converted, to_unit)}"


def with_unit(value: float, unit: str) -> str:
    """A number followed by its unit, with a space only before a unit written in letters: "8亿美元", "1.5 million"."""
    unit = normalize_unit(unit)
    return f"{format_number(value)}{' ' if spaced(unit) else ''}{unit}"


def spaced(unit: str) -> bool:
    """Whether a space goes between a number and its unit: before words ("1.5 million", "2000 ₹ crore"), not before
    "亿元", "%", "% of GDP" or "$"."""
    return (unit[:1].isascii() and unit[:1].isalpha()) or (" " in unit and unit[:1] != PERCENT)


def format_number(value: float) -> str:
    """A number as a person writes it: 8 not 8.0, 948000 not 948000.0000000001, 1e-08 as 0.00000001.

    Agrees with planaudit.rules.base.num (6 decimals) from 0.001 up; smaller numbers keep 12 significant digits
    rather than rounding to 0.
    """
    if not math.isfinite(value):
        return str(value)
    if abs(value) >= 0.001:
        value = round(value, 6)  # as planaudit.rules.base.num does; tiny values keep their digits instead
    text = f"{value:.12g}"
    if "e" in text:
        from decimal import Decimal  # only for the rare very large or very small number

        text = format(Decimal(text), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# English number words below a hundred, for figures ("forty two") and periods ("next two years").
# The only characters Python's case-insensitive matching takes for ASCII letters (ſ s, ı İ i, K k): a word that an
# (?i) pattern matched is looked up folded, so "ſix" or "sıx" reads as six instead of raising KeyError.
_FOLD = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "K": "k"})


def fold(word: str) -> str:
    """word in lower case, with the four letters above as their ASCII twins."""
    return word.translate(_FOLD).lower()


EN_NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


# English month names and their short forms, by number (periods reads dates with them; figures keeps a dated year).
EN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
