"""The number reader: every figure a text states (digits, Chinese numerals, %, fractions, multiples, ranks)."""

import enum
import functools
import itertools
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

from planaudit.reading.lazyre import LazyPattern, compile_re, compile_skipping, skipping, trie
from planaudit.reading.units import (
    CHINESE_BASES,
    CHINESE_SCALES,
    EN_MONTHS,
    EN_NUMBER_WORDS,
    ENGLISH_SCALES,
    MULTIPLE,
    PERCENT,
    PERCENTAGE_POINT,
    fold,
    format_number,
    is_bare_scale,
    normalize_unit,
    same_base,
    spaced,
    split_unit,
)

RELATIVE_TOLERANCE = 1e-9
# A fraction written in words matches a percentage written to one decimal: 三分之一 states 33.3%.
FRACTION_AS_PERCENT_TOLERANCE = 0.05


class Qualifier(enum.StrEnum):
    """How a figure bounds the quantity it states."""

    EXACT = "exact"
    MORE_THAN = "more_than"  # 多, 余, 超, 超过, 突破, 逾, over, more than
    AT_LEAST = "at_least"  # 以上, 不少于, 不低于, 至少, at least, or more
    NEARLY = "nearly"  # 近, 将近, 接近, nearly, almost
    ABOUT = "about"  # 约, 大约, 左右, 上下, about, around, approximately, some
    AT_MOST = "at_most"  # 以内, 以下, 不超过, 最多, up to, at most, within
    LESS_THAN = "less_than"  # 不足, 少于, less than, fewer than, under, below


class Kind(enum.StrEnum):
    """What a figure is; find_value matches the first four (MATCHABLE_KINDS) only."""

    NUMBER = "number"
    ORDINAL = "ordinal"
    FRACTION = "fraction"
    MULTIPLE = "multiple"
    YEAR = "year"
    DATE = "date"
    NAME = "name"
    PERIOD = "period"


MATCHABLE_KINDS = frozenset({Kind.NUMBER, Kind.ORDINAL, Kind.FRACTION, Kind.MULTIPLE})


class Figure(NamedTuple):
    """One figure as written in a text; how figures are read, and the decisions pinned by tests/test_figures.py.

    API
    ---
    - ``read_figures(text) -> list[Figure]``: every figure in ``text``, in order. Linear time, never raises.
    - ``parse_figure(text) -> Figure | None``: ``text`` read as exactly one figure ("1/3", "近2万亿", "翻一番",
      "double").
    - ``find_value(quote, value, unit) -> Figure | None``: the figure in ``quote`` that states ``value`` in
      ``unit``.
    - ``format_figure(figure) -> str``: a figure written back canonically ("≥10%", "≈3万亿元", "1/3").

    What a Figure holds: ``value`` is the number as written before the unit's scale, and ``unit`` the normalised
    unit written after it, scale included: "2000多亿元" is value 2000, unit "亿元", amount 2e11, base "元",
    qualifier more_than. Chinese numerals follow the same rule, so a trailing 万/亿/万亿 is the unit's scale:
    "一千一百万元" is value 1100, unit "万元" (like "1100万元"); "百亿" is value 100, unit "亿" (a bare
    scale, whose base is unstated and compatible with any base, see planaudit.reading.units). A fraction's value is
    the ratio ("三分之一" → 0.333…, unit ""). A multiple's value is the factor, in unit "倍": "翻一番" → 2,
    "翻两番" → 4, "增长两倍" → 2 as written (whether growth "by" two times means ×3 is left to the data).

    Decisions pinned by tests/test_figures.py:

    - Kinds: ``number``, ``ordinal`` (第12位, 第五届, 列全市第三, 12th), ``fraction`` (三分之一, 1/3, 一半, half),
      ``multiple`` (翻一番, 3倍, double, two and a half times), and three kinds that are read but never matched by
      ``find_value``: ``year`` (2019年, 二〇一九年, a bare 4-digit 1900–2100), ``date`` (9月, 3月5日) and ``name`` (a
      number that is part of a name: 世界500强, 十强, "3+1", 十九届五中全会), and ``period`` (a fiscal year: 2016-17,
      2018/19, FY19, FY2018-19; value the calendar year it starts in).
    - English and Indian figures: Indian grouping (1,00,000), scales lakh / crore / lakh crore / thousand / million /
      billion / trillion (plurals fold), currency signs and codes (₹ Rs Rs. INR $ US$ £ € ¥) as the unit's base with a
      qualifier before the sign ("over ₹ 1 lakh crore"), number words ("forty two", "four crores", "Rs.One lakh",
      "one crore 50 lakh", "one and a half times", a dozen; "one" only with a scale, sign or currency). A bare 4-digit
      number is a year only where nothing makes it a count (₹2000 crore, 2000 colleges are counts). English ordinal
      words (third largest, second quarter, a third runway) and names glued to letters (PM2.5, M2, G20, 5G) are not
      figures. The unit of an English count is the noun phrase it counts, its plural head and the words that describe
      the thing before it ("10 new mega food parks": mega food parks; "new", "more", "additional" describe the count
      and are left out; a unit of measure stays its own word, "20 working days": days; a score keeps its scale, "4.1
      out of 5", "4.1/5"), at the end of a name in title case ("300 Rurban Clusters", not in a heading or a table
      row), or after "of the" ("23 of these projects"; in "10 of the 25 air strips" the part has no unit of its own,
      role "part", and the whole has role "whole"). "between X and Y" is a range; "one in five" is the fraction 1/5;
      a day of a month ("1st May, 2018", "March 31, 2017") is a date whose value is its year when written.
    - Chinese numerals are figures only where they count something: followed by a measure word or unit (三座,
      两个, 十一条, 五星级 → 5 星级), after 第, in 分之/百分之/翻…番, or as a scale (百亿, 超千万, 一千一百万).
      So 三环南路, 五大攻坚战, 一楼一园, 八八战略 and 一是 are not figures. Arabic numbers are always figures except
      inside an identifier (G60, 5G); "GDP286亿元" is 286 亿元.
    - Ranges ("6%-6.5%", "6%—6.5%", "6—6.5%", "6%至6.5%") are two figures with role "low" and "high"; a ratio
      ("47.3:52.7") is two figures with role "ratio". A list or range that writes its unit once ("50亿、100亿元",
      "6—6.5%") gives the first figure the second's unit (its text stays "50亿").
    - A qualifier belongs to the figure and is inside its span: "超200家", "10%以上", "近2万亿元", "at least 200
      firms". 多/余 after a number ("2000多亿元", "10余个") and 多 after a time unit ("一年多") are more_than. When a
      figure has a qualifier both before and after, the one before wins.
    - Signs are not read: "-" is a range connector between numbers and otherwise ignored (documents write
      下降/decrease).
    """

    text: str  # as written, qualifiers included: "2000多亿元", "超200家"
    start: int  # span in the text: text == source[start:end]
    end: int
    value: float  # the number before the unit's scale: 2000 for "2000多亿元"
    unit: str  # normalised unit after the number, scale included: "亿元", "%", "个百分点", "" when none
    amount: float  # value × the unit's scale, in the base unit: 2e11
    base: str  # the unit's base: "元"; "" when none or a bare scale word
    qualifier: Qualifier
    kind: Kind
    role: str = ""  # "low" / "high" in a range, "ratio" in a:b, "part" / "whole" in "10 of the 25 strips", or ""


# ---------------------------------------------------------------------------------------------------------------------
# Lexicon

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_NUMERAL = "[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]*"
_CN_NUMERAL_POSSESSIVE = _CN_NUMERAL + "+"
_CN_DECIMAL = "[零〇一二三四五六七八九]+"
# Indian grouping (1,00,000; 2,18,000) before Western (34,334), then plain digits.
_ARABIC = (
    r"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])(?:\.[0-9]+)?"
    r"|[0-9]{1,3}(?:[,，][0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
)
_EN_WORD_VALUES = EN_NUMBER_WORDS


_EN_NUMBER_WORD = trie([*_EN_WORD_VALUES, "hundred", "dozen"]) + r"\b"
_EN_SCALE_AHEAD = r"(?=(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|dozen)\b)"
# "forty two", "forty-two", "one hundred and five", "a hundred", "two dozen"; scale words after the number
# (thousand, lakh, crore, million…) are its unit, as after digits.
_EN_NUMBER_WORDS = (
    rf"(?:an?[ ]{_EN_SCALE_AHEAD}(?:{_EN_NUMBER_WORD})?|{_EN_NUMBER_WORD})"
    rf"(?:(?:[ -]|(?<=hundred)[ ]and[ ]){_EN_NUMBER_WORD}){{0,7}}"
)
OCCASIONS = "occasions"  # the unit of "met four times"
_EN_MULTIPLES = {"twice": 2, "doubl": 2, "tripl": 3, "trebl": 3, "quadrupl": 4, "halv": 0.5}  # halve: ×0.5
_EN_FRACTION_NUMERATORS = {"a": 1, "an": 1} | {word: n for word, n in EN_NUMBER_WORDS.items() if 1 <= n <= 9}
_EN_FRACTION_DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4} | {
    f"{word}{plural}": n
    for n, word in enumerate(("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), start=3)
    for plural in ("", "s")
}
# "a third of", "one fifth." are shares; "a third runway", "a fifth consecutive year" are ranks.
_SHARE_AFTER = LazyPattern(r" of\b|(?![ -]?[A-Za-z0-9])")
_CN_UNIT_FIRST = "".join(sorted({re.escape(base[0]) for base in CHINESE_BASES}))
_CURRENCY_PREFIX = r"(?:US\$|HK\$|\$|€|£|¥|￥|₹|(?<![A-Za-z])(?:Rs\.?|INR|USD|GBP|EUR)(?=[ .]?[0-9A-Za-z]))"

# Each alternative marks where a figure starts; the code after the match reads its unit and qualifiers.
_FIGURE_START_CORE = (
    rf"百分之(?P<percent>{_CN_NUMERAL}(?:点{_CN_DECIMAL})?|[0-9]+(?:\.[0-9]+)?)",
    rf"(?P<fraction_den>(?<![零〇一二两三四五六七八九十百千万亿]){_CN_NUMERAL_POSSESSIVE}|[0-9]++)分之(?P<fraction_num>{_CN_NUMERAL}|[0-9]+(?:\.[0-9]+)?)",
    r"翻了?(?P<doublings>[一两二三四五六七八九十]+)番",
    r"(?P<half>一半)",
    # 实现道路交通事故零死亡, 确保安全生产零事故: none of a thing as the object a verb of achieving ends its clause with
    r"(?<![零〇一二两三四五六七八九十百千万亿点.0-9])零(?P<zero_noun>[^\W\d_A-Za-z]{2})(?=[，。；、,;：:\s]|$)",
    rf"第(?P<ordinal>{_CN_NUMERAL}|[0-9]+)",
    # A currency before words ("Rs.One lakh") is read by _read_arabic: the words here would cost compiling.
    rf"(?P<currency>{_CURRENCY_PREFIX}) ?(?:(?P<arabic_after_currency>{_ARABIC})|(?=[A-Za-z]))",
    r"(?P<ymd>(?:19|20)[0-9]{2}(?P<ymd_sep>[/.-])[0-9]{1,2}(?P=ymd_sep)[0-9]{1,2})(?![0-9])",
    # Fiscal years: 2016-17, 2018/19, FY2018-19, FY19; a period, not a range of two numbers.
    # (2016-17 and 2018/19 are read from the digits' branches, see _fiscal_at: one branch less to try everywhere.)
    r"(?P<fy>FY ?[0-9])",
    r"(?<![0-9/.])(?P<slash_num>[0-9]+)/(?P<slash_den>[0-9]+)(?![0-9/.])",
    rf"(?P<arabic>{_ARABIC})",
    # A run of Chinese numerals is tried from its first character only, and only when a unit, a scale or 多/余/强
    # can follow: most 一 in a text (一是, 统一, 一批…) are then not even candidates.
    rf"(?<![零〇一二两三四五六七八九十百千])(?P<chinese>{_CN_NUMERAL_POSSESSIVE})"
    rf"(?:(?<=[万亿])|(?=[多余强点{_CN_UNIT_FIRST}]))(?:点(?P<chinese_decimal>{_CN_DECIMAL})(?P<chinese_decimal_scale>万亿|亿|万)?)?",
)
# Numbers in English words, tried last: each branch starts with a letter that starts one of these words.
_FIGURE_START_ENGLISH = (
    r"(?i:\b(?P<en_multiple>twice|(?:doubl|tripl|trebl|quadrupl|halv)(?=e|ing))(?:es|ed|e|ing)?\b)",
    # "third" and "quarter" are fractions only with a numerator (a third, two-thirds): "third largest" and
    # "second quarter" are ordinals, not figures.
    r"(?i:\b(?:(?:(?P<en_frac_num>an?|one|two|three|four|five|six|seven|eight|nine)[ -])"
    r"(?P<en_frac_den>half|halves|(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?)"
    r"|(?P<en_half_alone>half))\b(?!-))",
    rf"(?i:\b(?P<en_words>{_EN_NUMBER_WORDS})(?P<en_half>[ ]and[ ](?:a[ ])?half\b)?)",
)
_FIGURE_START = "|".join(_FIGURE_START_CORE + _FIGURE_START_ENGLISH)
_ENGLISH_GROUPS = re.findall(r"\(\?P<(\w+)>", "".join(_FIGURE_START_ENGLISH))
# The patterns without the English branches (~1.8 ms of compiling, which a Chinese text rarely needs): an English
# branch is tried only where the others match nothing and a word it reads can start. Its groups are there, never set.
_FIGURE_START_NOT_ENGLISH = "|".join(_FIGURE_START_CORE) + "|(?!)" + "".join(f"(?P<{g}>)" for g in _ENGLISH_GROUPS)
# What an English branch's first letter can be: the first letters of its words, in either case, and the characters
# `re` folds to them ignoring case (ſ to s, K to k, İ and ı to i).
_ENGLISH_FIRST = frozenset(
    letter
    for word in [*_EN_MULTIPLES, *_EN_FRACTION_NUMERATORS, "half", *_EN_WORD_VALUES, "hundred", "dozen"]
    for letter in (word[0], word[0].upper(), *{"s": "\u017f", "k": "\u212a", "i": "\u0130\u0131"}.get(word[0], ""))
)

# Where a figure can start: the characters that begin _FIGURE_START's branches (digits, Chinese numerals, 百/翻/第,
# currency signs), the currency codes and FY those of its branches that start with a capital read (US$ HK$ Rs INR USD
# GBP EUR FY: a capital alone, "In", "Government", is no candidate), or, at a word start, the first words of its English
# branches. Searching this first and matching _FIGURE_START only there gives the same figures: the engine otherwise
# tries every branch at every character, ~4x the cost on English text. tests/test_figures.py checks it is a superset.
_FIGURE_CANDIDATE = (
    r"[0-9零〇一二两三四五六七八九十百千翻第$€£¥￥₹]|US\$|USD|HK\$|Rs|INR|GBP|EUR|FY|\b(?i:"
    + trie(
        [
            "a ",
            "a-",
            "an ",
            "an-",
            "half",
            "twice",
            "doubl",
            "halv",
            "tripl",
            "trebl",
            "quadrupl",
            "hundred",
            "dozen",
            *_EN_WORD_VALUES,
        ]
    )
    + ")"
)

_CN_SCALE = "|".join(CHINESE_SCALES)  # longest first
# A base is not a unit when it starts a longer word: 项目, 家庭, 条件, 位于, 名单, 人民, 元旦, 台湾, 天然, 座谈, 年代.
_CN_NOT_UNIT = {
    "项": "目",
    "家": "庭乡园居",
    "条": "件例",
    "位": "于置",
    "名": "单称",
    "人": "民",
    "元": "旦素",
    "台": "湾州阶",
    "天": "然津下",
    "座": "谈",
    "年": "代轻",
    "次": "数",
    "起": "步草来飞点始航诉见码",  # 1起 (incidents: 事故控制在1起以内), not 起步/起草/起点…
    "例": "如",
    "日": "本常",
    "月": "球",
}
_CN_BASE = "|".join(
    re.escape(base) + "".join(f"(?!{c})" for c in _CN_NOT_UNIT.get(base, ""))
    for base in sorted(CHINESE_BASES, key=len, reverse=True)
)
_CN_UNIT = rf"(?:{_CN_BASE})(?:/(?:{_CN_BASE}))?"
# _CN_UNIT read without `re`, which compiles it in ~1.1 ms: each first character's bases, longest first.
_CN_BASES_BY_FIRST: dict[str, list[str]] = {}
for _base in sorted(CHINESE_BASES, key=len, reverse=True):
    _CN_BASES_BY_FIRST.setdefault(_base[0], []).append(_base)


def _chinese_base_end(source: str, position: int) -> int | None:
    for base in _CN_BASES_BY_FIRST.get(source[position : position + 1], ()):
        if source.startswith(base, position):
            end = position + len(base)
            after = source[end : end + 1]
            if not after or after not in _CN_NOT_UNIT.get(base, ""):
                return end
    return None


def _alternative_end(source: str, end: int) -> int:
    """Where a unit ends when a second measure word follows it in brackets, counted as one (5000套（间）: flats or
    rooms, read in 套), else end."""
    if source[end : end + 1] not in ("（", "("):
        return end
    inner = _chinese_base_end(source, end + 1)
    return inner + 1 if inner is not None and source[inner : inner + 1] in ("）", ")") else end


def _chinese_unit_end(source: str, position: int) -> int | None:
    """Where the Chinese unit (_CN_UNIT) written at position ends, or None."""
    end = _chinese_base_end(source, position)
    if end is not None and source[end : end + 1] == "/":
        return _chinese_base_end(source, end + 1) or end
    return end


_PLUS_NUMBER = compile_re(r"\+[0-9]+")
_EN_SCALE = "(?:" + "|".join(scale.replace(" ", r"\ ") for scale in ENGLISH_SCALES) + ")s?"
_EN_NOUN = r"[a-z][a-z-]+"
_UNIT_AFTER_CORE = rf"""
    (?P<percent_of>[%％]\ ?of\ GDP)
    | (?P<percent>[%％])
    | (?P<points>个百分点|百分点)
    | (?P<cn_scale>{_CN_SCALE})?(?P<cn_unit>{_CN_UNIT})?(?(cn_scale)|(?(cn_unit)|(?!)))
    """
_UNIT_AFTER_ENGLISH = rf"""
    \ ?(?i:(?P<en_percent_of>(?:per\ ?cent|percent)\ of\ GDP)\b)
    | \ ?(?i:(?P<en_percent>per\ ?cent|percent)\b)
    | \ ?(?i:(?P<en_points>percentage\ points?|pp|ppts?)\b)
    | \ ?(?i:(?P<en_times>(?:times|-?fold)\b|×))
    | \ ?(?i:(?P<en_ordinal_suffix>(?<=[0-9])(?:st|nd|rd|th))\b)
    | \ ?(?i:(?P<en_scale>{_EN_SCALE}))\b(?:\ (?P<en_scaled_noun>{_EN_NOUN}))?
    | \ (?P<en_symbol>(?:[kMGT]W[hp]?|[kMGT]?tCO2(?:-?eq?)?|[kMG]t(?!\ [A-Z])|[kMGTP]J)(?![\w/]))
    | \ (?!(?i:and|or)/)(?P<en_rate>[A-Za-z]{{1,4}}/[A-Za-z]{{1,4}})(?![\w/])
    | \ (?P<en_noun>{_EN_NOUN})
    """
_UNIT_AFTER = _UNIT_AFTER_CORE + "|" + _UNIT_AFTER_ENGLISH
# As for _FIGURE_START: the English units (~1.3 ms of compiling) are tried only where the others match nothing and
# one can start: a space, - or × (-fold, ×), or the first letter of per cent, percentage points, pp, times, fold, st,
# nd, rd, th or a scale, in either case or as a character `re` folds to one ignoring case.
_UNIT_AFTER_NOT_ENGLISH = (
    _UNIT_AFTER_CORE + "| (?!)" + "".join(f"(?P<{g}>)" for g in re.findall(r"\(\?P<(\w+)>", _UNIT_AFTER_ENGLISH))
)
_UNIT_ENGLISH_FIRST = frozenset(
    " -×"
    + "".join(
        letter
        for word in [
            "per cent",
            "percent",
            "percentage points",
            "pp",
            "ppts",
            "times",
            "fold",
            "st",
            "nd",
            "rd",
            "th",
            *ENGLISH_SCALES,
        ]
        for letter in (word[0], word[0].upper(), *{"s": "\u017f", "k": "\u212a", "i": "\u0130\u0131"}.get(word[0], ""))
    )
)
_EN_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "did",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "per",
        "so",
        "than",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "this",
        "those",
        "to",
        "up",
        "was",
        "were",
        "which",
        "while",
        "who",
        "will",
        "with",
        "would",
        "yet",
        "more",
        "less",
        "over",
        "under",
        "about",
        "around",
        "nearly",
        "almost",
        "within",
        "during",
        "each",
        "every",
        "till",
        "until",
        "since",
        "after",
        "before",
        "against",
        "across",
        "through",
        "among",
        "between",
        "along",
        "towards",
    ]
)
_BEFORE_CN = (
    ("不少于", Qualifier.AT_LEAST),
    ("不低于", Qualifier.AT_LEAST),
    ("不超过", Qualifier.AT_MOST),
    ("不高于", Qualifier.AT_MOST),
    ("不多于", Qualifier.AT_MOST),
    ("将近", Qualifier.NEARLY),
    ("接近", Qualifier.NEARLY),
    ("大约", Qualifier.ABOUT),
    ("约为", Qualifier.ABOUT),
    ("超过", Qualifier.MORE_THAN),
    ("突破", Qualifier.MORE_THAN),
    ("多于", Qualifier.MORE_THAN),
    ("至少", Qualifier.AT_LEAST),
    ("最多", Qualifier.AT_MOST),
    ("至多", Qualifier.AT_MOST),
    ("最高", Qualifier.AT_MOST),
    ("不足", Qualifier.LESS_THAN),
    ("低于", Qualifier.LESS_THAN),
    ("高于", Qualifier.MORE_THAN),
    ("少于", Qualifier.LESS_THAN),
    ("不到", Qualifier.LESS_THAN),
    ("逾", Qualifier.MORE_THAN),
    ("超", Qualifier.MORE_THAN),
    ("近", Qualifier.NEARLY),
    ("约", Qualifier.ABOUT),
)
_BEFORE_CN_QUALIFIERS = dict(_BEFORE_CN)
_BEFORE_CN_LAST_CHARS = frozenset(word[-1] for word, _ in _BEFORE_CN)
_BEFORE_CN_AT_END = compile_re("(?:" + "|".join(word for word, _ in _BEFORE_CN) + ")$")
# Words that end in a one-character qualifier but are not one: 签约37个 is not "about 37", 最近3年 not "nearly 3".
_NOT_QUALIFIER_AFTER = {
    "超": "赶高",
    "近": "最附邻靠就亲贴远将接",
    "约": "签节制预合公条契违邀履特集简隐相如赴解续缔践毁婉誓大",
}
# A comparative of amount, time or size before "than" bounds the figure after it: "longer than 30 minutes" is more than
# 30 minutes, "shorter than 2 days" less than 2 days; negated ("no longer than", "not higher than") it turns into the
# opposite bound, the figure itself allowed.
_MORE_COMPARATIVES = "more|higher|greater|longer|larger|bigger|older|heavier|further|farther"
_LESS_COMPARATIVES = "less|fewer|lower|shorter|smaller|younger|lighter"
_BEFORE_EN = LazyPattern(
    r"(?i:\b(?P<word>over|above|exceeding|in excess of|at least|"
    r"nearly|almost|close to|about|around|approximately|roughly|some|up to|at most|"
    r"within|under|below|circa|(?-i:c|ca)\.|a (?:maximum|max\.?|minimum|min\.?) of|"
    rf"(?:(?:no|not) )?(?:{_MORE_COMPARATIVES}|{_LESS_COMPARATIVES}) than))\s+$"
)
_MORE_WORDS = frozenset(_MORE_COMPARATIVES.split("|"))
_EN_QUALIFIERS = {
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "exceeding": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "at least": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "nearly": Qualifier.NEARLY,
    "almost": Qualifier.NEARLY,
    "close to": Qualifier.NEARLY,
    "about": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "roughly": Qualifier.ABOUT,
    "circa": Qualifier.ABOUT,
    "c.": Qualifier.ABOUT,
    "ca.": Qualifier.ABOUT,
    "some": Qualifier.ABOUT,
    "up to": Qualifier.AT_MOST,
    "at most": Qualifier.AT_MOST,
    "no more than": Qualifier.AT_MOST,
    "not more than": Qualifier.AT_MOST,
    "within": Qualifier.AT_MOST,
    "no higher than": Qualifier.AT_MOST,
    "not higher than": Qualifier.AT_MOST,
    "no greater than": Qualifier.AT_MOST,
    "not greater than": Qualifier.AT_MOST,
    "no lower than": Qualifier.AT_LEAST,
    "not lower than": Qualifier.AT_LEAST,
    "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "a maximum of": Qualifier.AT_MOST,
    "a max of": Qualifier.AT_MOST,
    "a max. of": Qualifier.AT_MOST,
    "a minimum of": Qualifier.AT_LEAST,
    "a min of": Qualifier.AT_LEAST,
    "a min. of": Qualifier.AT_LEAST,
}


def _en_qualifier(word: str) -> Qualifier:
    """The bound an English word before a figure sets: a listed one, else a comparative with "than" ("longer than":
    more than; "no longer than": at most; "not shorter than": at least)."""
    listed = _EN_QUALIFIERS.get(word)
    if listed is not None:
        return listed
    words = word.split(" ")
    more = words[-2] in _MORE_WORDS
    if words[0] in ("no", "not"):
        return Qualifier.AT_MOST if more else Qualifier.AT_LEAST
    return Qualifier.MORE_THAN if more else Qualifier.LESS_THAN


_AFTER_UNIT = compile_re(
    r"以上|以下|以内|之内|左右|上下(?![游班级文])"
    r"|(?i: or (?:more|above|greater)| and above| or (?:less|fewer|below|lower|under)| and below)"
)
_AFTER_UNIT_QUALIFIERS = {
    "以上": Qualifier.AT_LEAST,
    "以下": Qualifier.AT_MOST,
    "以内": Qualifier.AT_MOST,
    "之内": Qualifier.AT_MOST,
    "左右": Qualifier.ABOUT,
    "上下": Qualifier.ABOUT,
    " or more": Qualifier.AT_LEAST,
    " or above": Qualifier.AT_LEAST,
    " and above": Qualifier.AT_LEAST,
    " or less": Qualifier.AT_MOST,
    " or fewer": Qualifier.AT_MOST,
    " or below": Qualifier.AT_MOST,
    " or lower": Qualifier.AT_MOST,
    " or under": Qualifier.AT_MOST,
    " or greater": Qualifier.AT_LEAST,
    " and below": Qualifier.AT_MOST,
}
_TIME_UNITS = frozenset({"年", "个月", "月", "天", "日", "小时", "周年", "倍"})
_RANGE_CONNECTORS = frozenset({"-", "–", "—", "——", "~", "〜", "至", "到", "to"})
_LIST_SEPARATORS = frozenset({"、", "和", "与", "及", "或", ", ", " and ", " or "})
# A year in a date or after a preposition of time ("As on 23rd February, 2016, 5542 villages", "In 2016, 300 schools")
# stays a year: the unit of the figure after it is not shared back.
_YEAR_CONTEXT = LazyPattern(
    r"(?:\b(?:in|on|since|by|until|till|from|during|before|after|of)|\d(?:st|nd|rd|th)|"
    r"\b(?:" + "|".join(sorted(EN_MONTHS, key=len, reverse=True)) + r")[a-z]*\.?)[ ,]*$",
    re.IGNORECASE,
)
# "between £1.7 and £1.8 billion", "between 6 and 7 per cent": a range, whose low end takes the high end's unit.
_BETWEEN = LazyPattern(r"(?i:\bbetween )\Z")
_RATIO_SEPARATORS = frozenset({":", "："})
# Full-width digits and signs map one character to one, so spans in the translated text are spans in the original.
_FULL_WIDTH = compile_re("[０-９．％＋／－：＄]+")
_HALF_WIDTH = str.maketrans("０１２３４５６７８９．％＋／－：＄", "0123456789.%+/-:$")
_LONGEST_CHINESE_NUMERAL = 24


class _Patterns(NamedTuple):
    figure_candidate: re.Pattern[str]
    figure_start: re.Pattern[str]  # without the English branches
    unit_after: re.Pattern[str]  # without the English units


@functools.cache
def _patterns() -> _Patterns:
    """The large patterns, compiled on first use: compiling them costs ~30 ms, which the CLI's start should not pay."""
    return _Patterns(
        compile_skipping(_FIGURE_CANDIDATE),  # searched over the whole text: `re` skips to a first character
        compile_re(_FIGURE_START_NOT_ENGLISH),
        compile_re(_UNIT_AFTER_NOT_ENGLISH, re.VERBOSE),
    )


_FIGURE_START_WITH_ENGLISH = LazyPattern(_FIGURE_START)


_UNIT_AFTER_WITH_ENGLISH = LazyPattern(_UNIT_AFTER, re.VERBOSE)


def _unit_after(source: str, at: int) -> re.Match[str] | None:
    """_UNIT_AFTER matched at `at` (its English units last, as in _figure_start)."""
    match = _patterns().unit_after.match(source, at)
    if match is None and source[at : at + 1] in _UNIT_ENGLISH_FIRST:
        return _UNIT_AFTER_WITH_ENGLISH.match(source, at)
    return match


def _figure_start(source: str, at: int, patterns: _Patterns) -> re.Match[str] | None:
    """_FIGURE_START matched at `at`: its English branches come last, so they answer only where the others do not."""
    match = patterns.figure_start.match(source, at)
    if match is None and source[at] in _ENGLISH_FIRST:
        return _FIGURE_START_WITH_ENGLISH.match(source, at)
    return match


# ---------------------------------------------------------------------------------------------------------------------
# Reading


def _half_width(match: re.Match[str]) -> str:
    return match.group().translate(_HALF_WIDTH)


class _Draft:
    """A figure being read: mutable until units shared by a list or range are settled."""

    __slots__ = ("end", "kind", "qualifier", "role", "start", "unit", "value")

    def __init__(self, start: int, end: int, value: float, unit: str, qualifier: Qualifier, kind: Kind) -> None:
        self.start, self.end, self.value, self.unit = start, end, value, unit
        self.qualifier, self.kind, self.role = qualifier, kind, ""


def read_figures(text: str) -> list[Figure]:
    """Every figure in text, in order of position, spans not overlapping. Linear in len(text); never raises."""
    source = _FULL_WIDTH.sub(_half_width, text) if _FULL_WIDTH.search(text) else text
    drafts: list[_Draft] = []
    position = 0
    length = len(source)
    patterns = _patterns()
    while position < length:
        candidate = patterns.figure_candidate.search(source, position)
        if candidate is None:
            break
        match = _figure_start(source, candidate.start(), patterns)
        if match is None:
            position = candidate.start() + 1
            continue
        draft = _read_one(source, match)
        if draft is None:
            # A rejected number is skipped whole: G60 must not yield 0, and 三五 must not yield 五.
            position = match.start() + 1
            if match.group("arabic") or match.group("ymd") or match.group("chinese") or match.group("en_words"):
                position = match.end()
            continue
        drafts.append(draft)
        position = max(draft.end, match.start() + 1)
    _settle_groups(source, drafts)
    return [_finish(text, draft) for draft in drafts if draft.role != _MERGED]


# A full stop (。) is in no figure, and no pattern of the reader reaches across it. Only three readings look on past a
# figure: a number written in words with nothing after it ends the text ("forty two", where "forty two。" states no
# figure), a number before a title at a line's start is a heading's when its line ends within 80 characters ("3 Key
# Principles"), and the figure after a part is its whole ("10 of the one new strips。5个": 5个 is the whole). So text
# read up to a full stop reads alone as in the whole text, and so does the text after it, unless its last figure has no
# unit and only white space after it, or is a part, or a title (a space and a capital) comes after its last line break.
_TITLE_START = compile_re(" [A-Z]")


def read_figures_known(text: str, known: Mapping[str, Sequence[Figure]]) -> list[Figure]:
    """read_figures(text), taking the figures of a piece between full stops (。) from `known` (read_figures of texts
    read before, by text: quotes verified earlier) where it holds them, and reading the text between such pieces whole.
    The same figures as read_figures(text), each piece read once."""
    if not known or "。" not in text:
        return read_figures(text)
    out: list[Figure] = []
    taken = 0  # the text before `taken` is read
    start = 0  # where this part (the text up to the next full stop) starts
    titled = False  # the unread text before this part has a title after its last line break
    length = len(text)
    while True:
        stop = text.find("。", start)
        end = length if stop == -1 else stop
        figures = known.get(text[start:end])
        if figures is not None and stop != -1 and not _ends_alone(figures, text, start, end):
            figures = None
        if figures is not None and _titled(text, start, end, False):
            figures = None
        if figures is not None and taken < start and titled:
            figures = None  # the unread text before it does not end where it reads alone
        elif figures is not None and taken < start:
            unread = read_figures(text[taken : start - 1])
            if not _ends_alone(unread, text, taken, start - 1):
                break  # nor does it: the rest is read whole, so no text is read more than twice
            out.extend(_shifted(unread, taken))
            taken = start
        if figures is not None:
            out.extend(_shifted(figures, start))
            taken, titled = length if stop == -1 else stop + 1, False
        else:
            titled = _titled(text, start, end, titled)
        if stop == -1:
            break
        start = stop + 1
    if taken < length:
        out.extend(_shifted(read_figures(text[taken:]), taken))
    return out


def _ends_alone(figures: Sequence[Figure], text: str, start: int, end: int) -> bool:
    """Whether the figures of text[start:end], read alone, end as they do with a full stop after them."""
    if not figures:
        return True
    last = figures[-1]
    after = text[start + last.end : end]
    return last.role != "part" and (bool(last.unit) or (after != "" and not after.isspace()))


def _titled(text: str, start: int, end: int, titled: bool) -> bool:
    """Whether a title (a space and a capital) stands after the last line break of the text so far, which ends with
    text[start:end] (titled: whether it did before)."""
    title = -1
    for match in _TITLE_START.finditer(text, start, end):
        title = match.end()
    if title != -1:
        return text.find("\n", title, end) == -1
    return titled and text.find("\n", start, end) == -1


def _shifted(figures: Sequence[Figure], offset: int) -> Sequence[Figure]:
    if not offset:
        return figures
    return [f._replace(start=f.start + offset, end=f.end + offset) for f in figures]


def _read_one(source: str, match: re.Match[str]) -> _Draft | None:
    groups = match.groupdict()
    start, number_end = match.start(), match.end()
    kind = Kind.NUMBER
    unit = ""
    if groups["fraction_den"] is not None:
        denominator = _number(groups["fraction_den"])
        numerator = _number(groups["fraction_num"])
        if denominator is None or numerator is None or not 0 < denominator < math.inf or numerator == math.inf:
            return None
        value, kind = numerator / denominator, Kind.FRACTION
    elif groups["percent"] is not None:
        parsed = _number(groups["percent"])
        if parsed is None:
            return None
        value, unit = parsed, PERCENT
    elif groups["doublings"] is not None:
        doublings = _chinese_integer(groups["doublings"])
        if doublings is None or doublings > 64:
            return None
        value, unit, kind = 2.0**doublings, MULTIPLE, Kind.MULTIPLE
    elif groups["zero_noun"] is not None:
        if groups["zero_noun"] in _NOT_ZERO_COUNTS or not _zero_pledged(source, start):
            return None
        return _Draft(start, number_end, 0.0, groups["zero_noun"], Qualifier.EXACT, Kind.NUMBER)
    elif groups["half"] is not None:
        value, kind = 0.5, Kind.FRACTION
    elif groups["ordinal"] is not None:
        parsed = _number(groups["ordinal"])
        if parsed is None:
            return None
        value, kind = parsed, Kind.ORDINAL
        unit_match = _unit_after(source, number_end)
        if unit_match is not None and unit_match.group("cn_scale") is None and unit_match.group("cn_unit") is not None:
            unit, number_end = normalize_unit(unit_match.group("cn_unit")), unit_match.end()
    elif groups["ymd"] is not None:
        return _Draft(start, number_end, float(groups["ymd"][:4]), "", Qualifier.EXACT, Kind.DATE)
    elif groups["slash_num"] is not None and (fiscal := _fiscal_at(source, start)) is not None:
        return fiscal
    elif groups["slash_num"] is not None:
        denominator = float(groups["slash_den"])
        if not 0 < denominator < math.inf or _inside_identifier(source, start):
            return None
        value, kind = min(float(groups["slash_num"]) / denominator, math.inf), Kind.FRACTION
    elif groups["en_multiple"] is not None:
        value, unit, kind = float(_EN_MULTIPLES[fold(groups["en_multiple"])]), MULTIPLE, Kind.MULTIPLE
    elif groups["en_frac_den"] is not None:
        numerator_word = fold(groups["en_frac_num"])
        singular = fold(groups["en_frac_den"]) not in ("half", "halves") and not groups["en_frac_den"].endswith("s")
        if (
            singular
            and numerator_word in ("a", "an", "one")
            and not _SHARE_AFTER.match(source, number_end)
            and not source.endswith("by ", max(0, start - 3), start)  # "cut energy use by a third by 2030": a share
        ):
            return None
        value = _EN_FRACTION_NUMERATORS[numerator_word] / _EN_FRACTION_DENOMINATORS[fold(groups["en_frac_den"])]
        kind = Kind.FRACTION
    elif groups["en_half_alone"] is not None:
        if _PART_OF_PERIOD.search(source, max(0, start - 8), start):
            return None  # "the first half of the year": a period
        value, kind = 0.5, Kind.FRACTION
    elif groups["en_words"] is not None:
        return _read_english(source, start, number_end, groups["en_words"], groups["en_half"] is not None, "")
    elif groups["fy"] is not None:
        return _fiscal_at(source, start)
    elif groups["chinese"] is not None:
        if groups["chinese_decimal"] is not None:
            return _read_chinese_decimal(source, match)
        return _read_chinese(source, start, number_end, groups["chinese"])
    else:
        return _read_arabic(source, match)
    draft = _Draft(start, number_end, value, unit, Qualifier.EXACT, kind)
    if kind is not Kind.ORDINAL:
        _qualifier_after(source, draft)
    return _with_qualifier_before(source, draft)


def _english_value(words: str) -> float | None:
    """forty two → 42, one hundred and five → 105, a hundred → 100, two dozen → 24; None for "two three"."""
    total = 0
    last = ""  # "unit", "teen", "tens", "hundred", "dozen"
    for word in re.split(r"[ -]+", fold(words).strip()):
        if word in ("a", "an"):
            total, last = 1, "unit"
        elif word == "and":
            continue
        elif word == "hundred":
            if last not in ("", "unit", "teen", "tens") or total >= 100:
                return None
            total, last = (total or 1) * 100, "hundred"
        elif word == "dozen":
            if last == "dozen" or total >= 100:
                return None
            total, last = (total or 1) * 12, "dozen"
        else:
            value = _EN_WORD_VALUES[word]
            if value >= 20 and value % 10 == 0:
                kind = "tens"
                allowed = last in ("", "hundred")
            elif value >= 10:
                kind = "teen"
                allowed = last in ("", "hundred")
            else:
                kind = "unit"
                allowed = last in ("", "hundred", "tens")
            if not allowed:
                return None
            total, last = total + value, kind
    return float(total)


def _read_english(source: str, start: int, number_end: int, words: str, half: bool, currency: str) -> _Draft | None:
    """A number in words: a figure when a unit, a scale or a currency goes with it ("four crores", "forty two
    per cent", "Rs.One lakh", "ten public … institutions"), or when it ends the text (a target written "forty two")."""
    value = _english_value(words)
    if value is None:
        return None
    if half:
        value += 0.5
    elif not currency and (ratio := _one_in(source, start, number_end, value)) is not None:
        return ratio
    draft = _with_unit(source, start, number_end, value, currency, None)
    if draft is None:
        return None
    scaled = split_unit(draft.unit)
    if (
        value <= 1
        and not currency
        and scaled.factor == 1.0
        and draft.unit not in (PERCENT, MULTIPLE)
        and fold(draft.unit) not in _ONE_TIME
    ):
        counted = _zero_count(source, start, number_end, value, words)
        if not counted:
            return (
                None  # "one of the", "one nation": one is a figure only with a scale, a sign, a currency or a time unit
            )
        draft.unit = counted  # "zero serious incidents": none of the incidents
    if not draft.unit and _TEXT_AFTER.match(source, draft.end) and not currency and not _MORE.match(source, draft.end):
        return None  # "the two", "two of", "between two": no unit, no figure; "two more years" counts
    return _with_qualifier_before(source, draft)


@functools.cache
def _one_in_pattern() -> re.Pattern[str]:
    return compile_re(
        rf"(?i: in (?:every )?(?P<whole>[0-9]{{1,3}}|{_EN_NUMBER_WORDS}))\b(?![.,]?[0-9])"
        r"(?! ?(?i:%|per ?cent|percent|years?|months?|weeks?|days?|hours?|minutes?|decades?|quarters?|"
        r"hundred|thousand|lakhs?|crores?|million|billion)\b)"
    )


def _one_in(source: str, start: int, number_end: int, part: float) -> _Draft | None:
    """ "one in five adults", "1 in 4": a share written as a ratio, the fraction part/whole (not "2 in 5 years")."""
    if source[number_end : number_end + 4].lower() != " in ":
        return None
    match = _one_in_pattern().match(source, number_end)
    if match is None:
        return None
    written = match.group("whole")
    whole = float(written) if written[:1].isdigit() else _english_value(written)
    if whole is None or not 0 < part < whole:
        return None
    draft = _Draft(start, match.end(), part / whole, "", Qualifier.EXACT, Kind.FRACTION)
    return _with_qualifier_before(source, draft)


# "zero serious (category 1 and 2) incidents", "zero deaths": none of a counted thing, a figure (not "zero-emission",
# "net zero emissions" has its "net" before, "zero carbon homes" a kind of thing).
_ZERO_COUNT = LazyPattern(
    r" (?!(?:carbon|emissions?|waste|energy|hours?|interest|plastics?|tolerance|based|rated)\b)"
    r"(?:(?!(?:on|in|at|of|the|a|an|by|for|to|and|or|every|each|per|from|with|this|next)\b)[a-z][\w-]* "
    r"|\([^()]{1,40}\) ){0,3}(?P<noun>[a-z]{2,}[a-rt-z]s)\b(?![-\w])"
)


def _zero_count(source: str, start: int, number_end: int, value: float, words: str) -> str:
    """The counted noun of "zero <words> <plural noun>" ("" when the figure is no such count)."""
    if value != 0 or words.lower() != "zero" or source[max(0, start - 4) : start].lower() == "net ":
        return ""
    counted = _ZERO_COUNT.match(source, number_end)
    return counted.group("noun") if counted is not None else ""


# The verb of achieving before 零X, the rest of its object between (实现…零死亡, 确保…零事故, 保持…零发生).
_ZERO_PLEDGE = LazyPattern(r"实现|确保|保持|做到|力争|争取|达到")


def _zero_pledged(source: str, start: int) -> bool:
    """Whether a verb of achieving stands before 零 at start with only Han characters (its object) between."""
    before = source[max(0, start - 14) : start]
    verbs = list(_ZERO_PLEDGE.finditer(before))
    return bool(verbs) and all("\u4e00" <= char <= "\u9fff" for char in before[verbs[-1].end() :])


_NOT_ZERO_COUNTS = frozenset({"突破", "容忍", "距离", "基础", "起点", "增长"})  # a first, a stance, idioms; a rate
_ONE_TIME = frozenset({"day", "week", "month", "year", "hour", "minute", "decade"})


# Not len(source.rstrip()): that copies the whole text once per number word.
_TEXT_AFTER = compile_re(r"\s*\S")
_MORE = LazyPattern(r"(?i: (?:more|additional|new|further)\b| [‘'\"“][A-Za-z])")
_PART_OF_PERIOD = LazyPattern(r"(?i:\b(?:first|second|latter|other|1st|2nd) )$")
_FISCAL = LazyPattern(
    r"(?:FY ?)?((?:19|20)[0-9]{2})[-–/]((?:19|20)[0-9]{2}|[0-9]{2})(?![0-9%])|FY ?([0-9]{4}|[0-9]{2})(?![0-9])"
)


def _fiscal_at(source: str, start: int) -> _Draft | None:
    """2016-17, FY2018-19, 2018/19, FY19 at start: a fiscal year (value: the calendar year it starts in); None when
    none is written there. 2016-2020, whose years do not follow each other, is the year 2016 (then 2020: a range)."""
    if start > 0 and (source[start - 1].isascii() and source[start - 1].isalnum()):
        return None
    parts = _FISCAL.match(source, start)
    if parts is None:
        return None
    if parts.group(3) is not None:  # FY19, FY2019: the fiscal year ending in 2019
        written = parts.group(3)
        ending = 2000 + int(written) if len(written) == 2 else int(written)
        return _Draft(start, parts.end(), ending - 1.0, "", Qualifier.EXACT, Kind.PERIOD)
    first, second = int(parts.group(1)), parts.group(2)
    following = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if following == first + 1:
        return _Draft(start, parts.end(), float(first), "", Qualifier.EXACT, Kind.PERIOD)
    if source[parts.start(2) - 1] == "/":
        return None  # 2018/20: not a fiscal year; read as digits
    offset = parts.start(1)
    return _Draft(offset, offset + 4, float(first), "", Qualifier.EXACT, Kind.YEAR)


def _read_arabic(source: str, match: re.Match[str]) -> _Draft | None:
    currency = match.group("currency")
    if currency is not None:
        currency = normalize_unit(currency.rstrip("."))
        if match.group("arabic_after_currency") is None:
            words = _english_words().match(source, match.end())
            if words is None:
                return None
            return _read_english(source, match.start(), words.end(), words.group(), False, currency)
    digits = match.group("arabic_after_currency") if currency else match.group("arabic")
    start, number_end = match.start(), match.end()
    if not currency and len(digits) == 4 and source[number_end : number_end + 1] in ("-", "–", "/"):
        fiscal = _fiscal_at(source, start)
        if fiscal is not None:
            return fiscal
    glued = False
    if not currency:
        glued = _glued_to_letters(source, start)
        if glued and _inside_identifier(source, start):
            return None
    value = float(digits.replace(",", "").replace("，", ""))
    if not currency and len(digits) <= 2:
        date = _english_date(source, start, number_end, value) or _one_in(source, start, number_end, value)
        if date is not None:
            return date
    # "3+1", "3＋3": a programme's name, not two counts.
    plus = _PLUS_NUMBER.match(source, number_end)
    if plus is not None:
        return _Draft(start, plus.end(), value, "", Qualifier.EXACT, Kind.NAME)
    draft = _with_unit(source, start, number_end, value, currency or "", digits)
    if draft is None or (glued and (not draft.unit or _in_words(draft.unit))):
        return None  # PM2.5, COVID19: a name; GDP286亿元 is a figure
    return _with_qualifier_before(source, draft)


# Longest first, then by name: a set's order changes from run to run, and the kept patterns are named by their text.
_EN_MONTH_NAMES = "|".join(sorted({name.capitalize() for name in EN_MONTHS}, key=lambda name: (-len(name), name)))
_DAY_MONTH = LazyPattern(
    rf" ?(?:st|nd|rd|th)?(?: of)? (?:{_EN_MONTH_NAMES})\b\.?(?P<year>,? (?:19|20)[0-9]{{2}}(?![0-9]))?"
)
_MONTH_BEFORE = LazyPattern(rf"\b(?:{_EN_MONTH_NAMES})\.? \Z")
_DAY_AFTER_MONTH = LazyPattern(r"(?:st|nd|rd|th)?\b(?P<year>,? (?:19|20)[0-9]{2}(?![0-9]))?")
_WORD_AFTER = LazyPattern(r" [A-Za-z]")
_DATE_AFTER = frozenset(" snrt")  # what _DAY_MONTH can start with; _MONTH_BEFORE ends in a space


def _english_date(source: str, start: int, number_end: int, day: float) -> _Draft | None:
    """ "1st May, 2018", "31 March 2017", "1 st May 2018", "March 31, 2017": a day of a month is a date, not a
    count or a rank (value: the year when written, else the day)."""
    if not 1 <= day <= 31:
        return None
    if source[number_end : number_end + 1] not in _DATE_AFTER and source[start - 1 : start] != " ":
        return None  # neither a month after the day (nor "st", "th"…) nor a month before it: no need to look
    after = _DAY_MONTH.match(source, number_end)
    if after is None:
        if not _MONTH_BEFORE.search(source, max(0, start - 11), start):
            return None
        after = _DAY_AFTER_MONTH.match(source, number_end)
        if after is None or (after.end() == number_end and _WORD_AFTER.match(source, number_end)):
            return None  # "In March 5 schools opened": a count after the month
    year = after.group("year")
    value = float(year[-4:]) if year else day
    return _Draft(start, after.end(), value, "", Qualifier.EXACT, Kind.DATE)


def _in_words(unit: str) -> bool:
    """A unit written in letters that is not a scale ("density", not "crore" or "%")."""
    return unit[:1].isascii() and unit[:1].isalpha() and split_unit(unit).factor == 1.0


def _glued_to_letters(source: str, start: int) -> bool:
    return start > 0 and source[start - 1].isascii() and source[start - 1].isalpha()


def _inside_identifier(source: str, start: int) -> bool:
    """G60, V2, 5G, 3D: digits glued to a single Latin letter are a name. GDP286 (a word before) is a figure."""
    before = source[start - 1] if start > 0 else ""
    if before.isascii() and before.isalpha():
        two_before = source[start - 2] if start > 1 else ""
        if not (two_before.isascii() and two_before.isalpha()):
            return True
    return False


def _with_unit(
    source: str, start: int, number_end: int, value: float, currency: str, digits: str | None
) -> _Draft | None:
    """The unit and inner qualifier (多/余) after a number, and what the unit makes of it (rank, multiple, name)."""
    position = number_end
    qualifier = Qualifier.EXACT
    if source[position : position + 1] in ("多", "余"):
        qualifier = Qualifier.MORE_THAN
        position += 1
    number_position = position
    slash = _SCORE_SLASH.match(source, position) if digits is not None and "." in digits else None
    if slash is not None:  # "4.3/5": a score out of a scale (a fraction is written in whole numbers, 3/5)
        unit, position, unit_kind = f"out of {slash.group(1)}", slash.end(), ""
    else:
        unit, position, unit_kind = _unit_at(source, position)
    year_like = digits is not None and _looks_like_year(digits)
    if year_like and (
        unit_kind in ("described", "title") or (unit_kind == "noun" and (not _counts(unit) or unit in _YEAR_NOUNS))
    ):
        unit, position = "", number_position  # "the 2019 plan"; "2000 colleges" counts
    elif unit_kind == "title" and _numbers_a_label(source, start, position, digits):
        unit, position = "", number_position  # "09 Principles and actions", "24 Metro Projects 10000 15700": labels
    if unit and unit.isascii() and is_bare_scale(unit):
        value, unit, position = _compound(source, value, unit, position)
    elif unit in _SMALLER_TIME and digits is not None:
        smaller = _TIME_AND.match(source, position)
        if smaller is not None and smaller.group("unit").lower().rstrip("s") == _SMALLER_TIME[unit]:
            value, position = value + float(smaller.group("number")) / 60, smaller.end()  # "5 minutes 30 seconds"
    if (not unit or (unit_kind in ("noun", "described") and unit.isascii())) and currency == "" and digits is not None:
        adjective = _MEASURE_ADJECTIVE.match(source, number_position) if unit else None
        if adjective is not None and source.startswith(" " + unit, adjective.end()):
            unit = f"{adjective.group(1)} {unit}"
        rate = _RATE_BASE.match(source, position)
        if rate is not None and rate.group("noun").lower() not in _EN_STOPWORDS:
            # "0.5 per million hours worked", "30 litres per 100 kilometres": a rate, its base in the unit
            second = rate.group("second")
            keep = second is not None and second.lower() not in _EN_STOPWORDS
            end = rate.end() if keep else rate.end("noun")
            unit, position = (unit + " " if unit else "") + source[rate.start() + 1 : end], end
    if source[position : position + 1] == "强" and not unit:
        return _Draft(start, position + 1, value, "", Qualifier.EXACT, Kind.NAME)
    if not unit and _PENCE.match(source, position) and digits is not None and not currency:
        unit, position = "p", position + 1  # "20p in every pound": pence
    elif not unit and _CENTS.match(source, position) and digits is not None and not currency:
        unit, position = "cents", position + 1  # "15c per dollar raised", "8¢ in the dollar": cents
    if not unit and position < len(source) and source[position].isascii() and source[position].isalpha():
        return None  # 5G, 3D: an identifier
    if currency and unit and unit.isascii() and " " in unit:
        words = unit.split(" ")
        scales = 0
        while scales < len(words) and words[scales].lower() in ENGLISH_SCALES:
            scales += 1
        rest = " " + " ".join(words[scales:])
        if 0 < scales < len(words) and source.endswith(rest, 0, position):
            # "$400 million contingency": money's noun says what it is for, the unit is the currency's scale
            unit, position = " ".join(words[:scales]), position - len(rest)
    if currency:
        scale = split_unit(unit)
        unit = currency if not unit else f"{currency} {unit}" if scale.base == "" else unit
    kind = Kind.ORDINAL if unit_kind == "ordinal" else Kind.NUMBER
    draft = _Draft(start, position, value, unit, qualifier, kind)
    if unit_kind == "part":
        draft.role = "part"
    _qualifier_after(source, draft, qualifier if qualifier is not Qualifier.EXACT else None)
    if digits is not None and kind is Kind.NUMBER:
        draft.kind = _year_or_date(source, draft, digits)
    return draft


_SCORE_SLASH = LazyPattern(r"/([0-9]{1,3})(?![0-9]|[/.,][0-9])")
# "4 minutes 12 seconds", "2 hours and 15 minutes": one span of time, in the larger unit
_SMALLER_TIME = {"hours": "minute", "hour": "minute", "minutes": "second", "minute": "second"}
_TIME_AND = LazyPattern(r"(?: and)? (?P<number>[0-5]?[0-9]) (?P<unit>minutes?|seconds?)\b")
# "compared with 2019 levels", "at 2020 prices": a year before a plural that no year counts
_YEAR_NOUNS = frozenset({"levels", "prices", "baselines", "figures", "values", "terms", "rates", "standards"})
_PENCE = LazyPattern(r"p(?![A-Za-z0-9]|\.[A-Za-z])")
# Cents written as a sign, "¢", or as "c" before the money it is a part of ("15c per dollar", "8c in every euro"; a
# bare "15c" may be a temperature or a grade).
_CENTS = LazyPattern(
    r"¢|c(?= (?:per|in|for|of|out of) (?:every |each |the |a |an )?(?:dollars?|euros?|pounds?|rands?|[$€£]))"
)
# "2.5 cubic metres", "40 square kilometres": the measure's adjective is part of its unit.
_MEASURE_ADJECTIVE = LazyPattern(r" (cubic|square)(?= [a-z])")
_MEASURE_UNIT = LazyPattern(r" ((?:cubic|square) [a-z][a-z-]+)")
# The base of a rate written with its number: "per 10,000 bed days", "per million hours worked", "per 100 kilometres".
_RATE_BASE = LazyPattern(
    r" per (?:[0-9][0-9,]*(?:\.[0-9]+)?(?: (?:thousand|million|billion))?|hundred|thousand|million|billion|lakh|crore)"
    r" (?P<noun>[a-z][a-z-]+)(?: (?P<second>[a-z][a-z-]+))?"
)
_COUNT_NOUNS = frozenset({"people", "children", "men", "women", "staff", "personnel", "police", "cattle", "youth"})


def _counts(noun: str) -> bool:
    """A plural noun counts what the number before it states: "2000 colleges", not "the 2019 plan"; an acronym's plural
    ("12 ITIs", "40 NGOs") too."""
    if len(noun) > 2 and noun[-1] == "s" and noun[:-1].isupper():
        return True
    word = noun.lower()
    return word in _COUNT_NOUNS or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


@functools.cache
def _english_words() -> re.Pattern[str]:
    return compile_re(rf"(?i:{_EN_NUMBER_WORDS})")


@functools.cache
def _compound_pattern() -> re.Pattern[str]:
    return compile_re(
        rf"(?i: (?:and )?(?P<number>[0-9]+(?:\.[0-9]+)?|{_EN_NUMBER_WORDS})"
        r" (?P<scale>lakhs?|thousand|crores?|million)\b)"
    )


def _compound(source: str, value: float, unit: str, position: int) -> tuple[float, str, int]:
    """ "one crore 50 lakh households" is 150 lakh households: the smaller scale is the unit, as in 一千一百万."""
    match = _compound_pattern().match(source, position)
    if match is None:
        return value, unit, position
    number = match.group("number")
    smaller = _number(number) if number[:1].isdigit() else _english_value(number)
    scale = normalize_unit(match.group("scale").lower())
    big, small = split_unit(unit).factor, split_unit(scale).factor
    if smaller is None or not smaller * small < big or not small < big:
        return value, unit, position
    rest, end, kind = _unit_at(source, match.end())
    combined = value * (big / small) + smaller
    if kind in ("noun", "described"):
        return combined, normalize_unit(f"{scale} {rest}"), end
    return combined, scale, match.end()


def _unit_at(source: str, position: int) -> tuple[str, int, str]:
    """The normalised unit written at position, where it ends, and what it was: "ordinal" (12th), "date" (1st May),
    "noun", "described" (10 new parks), "title" (300 Rurban Clusters) or ""."""
    unit_match = _unit_after(source, position)
    if unit_match is None:
        return _title_noun(source, position)
    groups = unit_match.groupdict()
    end = unit_match.end()
    if groups["percent_of"] is not None or groups["en_percent_of"] is not None:
        return "% of GDP", end, ""
    if groups["percent"] is not None or groups["en_percent"] is not None:
        return PERCENT, end, ""
    if groups["points"] is not None or groups["en_points"] is not None:
        return PERCENTAGE_POINT, end, ""
    if groups["cn_scale"] is not None:
        return normalize_unit(groups["cn_scale"] + (groups["cn_unit"] or "")), _alternative_end(source, end), ""
    if groups["cn_unit"] is not None:
        return normalize_unit(groups["cn_unit"]), _alternative_end(source, end), ""
    if groups["en_times"] is not None:
        return MULTIPLE, end, ""
    if groups["en_ordinal_suffix"] is not None:
        return "", end, "ordinal"
    if groups["en_scale"] is not None:
        scale = groups["en_scale"].lower()
        scale_end = unit_match.start("en_scale") + len(scale)
        noun = groups["en_scaled_noun"]
        # the unit after the scale is read as after a number ("one million hedgerow shrubs" as "1,000,000 hedgerow
        # shrubs", "2 million cubic metres" as "2,000,000 cubic metres"): the scale is the figure's, never a word of
        # what it counts
        measure = _MEASURE_UNIT.match(source, scale_end)
        if measure is not None:
            return normalize_unit(f"{scale} {measure.group(1)}"), measure.end(), ""
        phrase = _noun_phrase(source, scale_end)
        if phrase is not None:  # "one million hedgerow shrubs" as "1,000,000 hedgerow shrubs"
            return normalize_unit(f"{scale} {phrase[0]}"), phrase[1], ""
        counted = _counted_noun(source, scale_end) or (
            _counted_noun(source, scale_end, True)
            if noun is not None and not _counts(noun) and _DESCRIBING.fullmatch(noun) and noun not in _SINGULAR_UNITS
            else None
        )
        if counted is not None:
            return normalize_unit(f"{scale} {counted[0]}"), counted[1], ""
        lower = "" if noun is None else noun.lower()
        if lower and lower not in _EN_STOPWORDS and lower not in _EN_WORD_VALUES and lower not in _COUNT_DESCRIBERS:
            return normalize_unit(f"{scale} {noun}"), end, ""
        return normalize_unit(scale), scale_end, ""
    if groups["en_symbol"] is not None:
        return groups["en_symbol"], end, ""  # "5 GW", "295 MtCO2eq", "142 ktCO2e": a unit written as its symbol
    if groups["en_rate"] is not None:
        return groups["en_rate"], end, ""  # "158 Ml/d", "50 mg/l", "30 km/h": a measure written as a rate
    noun = groups["en_noun"]
    if noun == "of":
        # "23 of these projects", "10 of the 25 non-functional air strips": the count of a part names its noun; the
        # span stops before a second number, which is a figure of its own.
        partitive = _PARTITIVE.match(source, end)
        if partitive is not None:
            counted = _counted_noun(source, partitive.end(), True)
            if counted is not None:
                if partitive.group("whole"):
                    return "", position, "part"
                return counted[0], counted[1], "described"
    if noun is not None and noun.lower() == "out":
        scale = _OUT_OF.match(source, end)
        if scale is not None:  # "4.1 out of 5": a score keeps its scale in its unit
            return f"out of {scale.group(1)}", scale.end(), ""
    if noun is not None:
        phrase = _noun_phrase(source, position)
        if phrase is not None:
            return phrase
        # "585 regulated wholesale markets", "10 non-functional air strips": a word that is no plural describes the
        # plural that follows it in the phrase
        counted = _counted_noun(source, position) or (
            _counted_noun(source, position, True)
            if not _counts(noun) and _DESCRIBING.fullmatch(noun) and noun not in _SINGULAR_UNITS
            else None
        )
        if counted is not None:
            return counted[0], counted[1], "described"
        if noun.lower() not in _EN_STOPWORDS and not _not_a_noun(noun, source, end):
            # "131 mains repairs": of two plurals, the last is what it counts (a plural subject's verb has no -s)
            head = _NOUN_PHRASE_WORD.match(source, end) if noun.endswith("s") and _counts(noun) else None
            if head is not None and _PLURAL_HEAD.fullmatch(head.group(1)) and head.group(1) not in _EN_STOPWORDS:
                return head.group(1), head.end(), "noun"
            return noun, end, "noun"
    return "", position, ""


# Words after a number that compare, place in time or join rather than name a thing: "9,400 versus 8,100", "55 last
# year", "12 respectively".
_NOT_NOUNS = frozenset(
    [
        "versus",
        "vs",
        "via",
        "plus",
        "minus",
        "per",
        "ago",
        "last",
        "next",
        "earlier",
        "later",
        "respectively",
        "previously",
        "despite",
        "upon",
        "onto",
        "toward",
        "beyond",
        "throughout",
        "whereas",
        "although",
        "because",
        "unless",
        "whether",
    ]
)
_PARTICIPLE_THEN = LazyPattern(r" (?:with|to|by|from|on|in|at|against|for|as|under|over|into)\b")


def _not_a_noun(word: str, source: str, end: int) -> bool:
    """Whether the one word after a number is no noun it counts: a comparing or time word, or a participle that opens a
    phrase ("9,400 compared with", "600 registered in 2023", "12 based on")."""
    lower = word.lower()
    if lower in _NOT_NOUNS:
        return True
    return len(lower) > 4 and lower.endswith("ed") and _PARTICIPLE_THEN.match(source, end) is not None


_PARTITIVE = LazyPattern(
    r" (?:all\ )?(?:the|these|those|its|their|our|his|her|such)"
    rf"(?P<whole> (?:[0-9][0-9,]*(?:\.[0-9]+)?|(?i:{_EN_NUMBER_WORDS})))?(?= [A-Za-z‘“])"
)
# A name in title case after a number ("300 Rurban Clusters", "1500 Multi Skill Training Institutes"); its last word
# is what the number counts when it is a plural.
_TITLE_WORDS = LazyPattern(r"(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)*){1,6}\b(?![’'-]?[A-Za-z0-9])")


_LINE_START = LazyPattern(r"\n[ \t*•-]*\Z")
_ROW_AFTER = LazyPattern(r" +[0-9]")
_HEADING_REACH = 80


def _numbers_a_label(source: str, start: int, end: int, digits: str | None) -> bool:
    """Whether a number before words in title case numbers a heading or a table row rather than counting: written
    with a leading zero ("09 Principles"), numbers after the words (a row: "24 Metro Projects 10000 15700"), or at
    the start of a line that ends without a full stop ("3 Key Principles" as a heading)."""
    if (digits is not None and digits[:1] == "0") or _ROW_AFTER.match(source, end):
        return True
    if not _LINE_START.search(source, max(0, start - 4), start):
        return False
    line_end = source.find("\n", end, end + _HEADING_REACH)
    return line_end != -1 and "." not in source[end:line_end]


def _title_noun(source: str, position: int) -> tuple[str, int, str]:
    """The plural that ends a run of title-case words at position ("Rurban Clusters"), or no unit."""
    if source[position : position + 1] != " " or not source[position + 1 : position + 2].isupper():
        return "", position, ""
    run = _TITLE_WORDS.match(source, position)
    if run is None:
        return "", position, ""
    last = run.group().rsplit(" ", 1)[-1]
    if last.lower() in _EN_STOPWORDS or not _counts(last):
        return "", position, ""
    return last, run.end(), "title"


# Words that describe a count rather than name what is counted: "3 more projects", "2 such projects", "62 new schools".
_COUNT_DESCRIBERS = frozenset(
    {
        "new",
        "additional",
        "more",
        "further",
        "other",
        "another",
        "major",
        "big",
        "large",
        "small",
        "such",
        "extra",
        "fresh",
        "existing",
        "first",
        "second",
        "third",
        "next",
        "last",
        "final",
        "initial",
        "own",
        "various",
        "several",
        "key",
        "main",
    }
)
# A word that may describe the plural after it ("regulated", "non-functional", "model" in "2,000 model retail
# outlets"): a lowercase word of four letters or more that is no singular unit (km, tonne, month).
_DESCRIBING = compile_re(r"[a-z][a-z-]{3,}")
_SINGULAR_UNITS = frozenset(
    [
        "litre",
        "liter",
        "tonne",
        "metre",
        "meter",
        "acre",
        "hectare",
        "mile",
        "gram",
        "kilo",
        "watt",
        "unit",
        "person",
        "head",
        "month",
        "year",
        "week",
        "hour",
        "minute",
        "second",
        "time",
        "times",
    ]
)
# A word of a noun phrase, quoted or not: "3 significant ‘exemplar’ services".
_PLURAL_HEAD = LazyPattern(r"(?!(?:perhaps|sometimes|besides|does|goes)$)(?![a-z]*(?:ways|wards)$)[a-z]{2,}[^su]s")
_NOUN_PHRASE_WORD = LazyPattern(r" [‘“]?([A-Za-z][A-Za-z’'-]*)\b[’”]?(?![0-9])")
_LONGEST_NOUN_PHRASE = 6  # describing words included: bounded, so reading stays linear
_LONGEST_UNIT = 40  # characters: what a unit may hold in targets and actuals (facts.Unit)


def _counted_noun(source: str, position: int, described: bool = False) -> tuple[str, int] | None:
    """The counted noun after words that describe the count ("new", "additional", "more"), and where it ends.

    The noun is the first plural of the short phrase that follows ("10 new mega food parks" → parks); the phrase
    ends at a preposition, verb or other stopword, a number or punctuation. None when no describing word comes
    first (unless `described`: the caller read one) or no plural follows it ("5 more than", "3 new.", "₹17,000 crore
    next year").
    """
    joined = False  # after "and"/"or": "30 agency and arms length body websites" counts websites
    candidate = None
    for _ in range(_LONGEST_NOUN_PHRASE):
        match = _NOUN_PHRASE_WORD.match(source, position)
        if match is None:
            break
        word, position = match.group(1), match.end()
        lower = word.lower()
        if lower in _COUNT_DESCRIBERS and not _counts(word):
            described = True
            continue
        if lower in ("and", "or") and described and not joined and candidate is None:
            joined = True
            continue
        if not described or lower in _EN_STOPWORDS or lower in _EN_WORD_VALUES:
            break
        if _counts(word):
            if not joined:
                return word, position
            following = _NOUN_PHRASE_WORD.match(source, position)
            if following is None or not _goes_on(following.group(1)):
                return word, position
            candidate = candidate or (word, position)  # "arms length body websites": a plural used as a modifier
    return candidate


_OUT_OF = LazyPattern(r" of ([0-9]{1,3}(?:\.[0-9]+)?)(?![0-9,.]?[0-9])")


# A head noun that is a unit of measure, not a thing counted: its describing words are no part of it ("20 working
# days" are days, "3 busy hours" hours).
_MEASURE_HEADS = LazyPattern(
    r"(?:second|minute|hour|day|week|month|year|decade|metre|meter|kilometre|kilometer|mile|tonne|ton|litre|liter"
    r"|gram|kilogram|acre|hectare|time|per cent|percent)s?",
    re.IGNORECASE,
)
_ACRONYM_PLURAL = LazyPattern(r"[A-Z]{2,}s")  # ITIs, NGOs, SMEs


def _noun_phrase(source: str, position: int) -> tuple[str, int, str] | None:
    """The counted noun phrase after a number: the words that describe the thing counted and its head, the plural that
    ends the phrase ("64,000 air transport movements" → "air transport movements"; "12 new ITIs" → "ITIs": words of
    the count itself, new or more, are no part of it). The phrase ends at a stopword (a preposition, a verb, a
    determiner), a number, a capitalised word or punctuation. None when no plural head ends it within a few words, or
    when its head is a unit of measure or its first word a singular unit ("5 km stretch"): read as before."""
    words: list[str] = []
    described = False
    for _ in range(_LONGEST_NOUN_PHRASE):
        match = _NOUN_PHRASE_WORD.match(source, position)
        if match is None or match.group().startswith((" ‘", " “")):
            return None
        word = match.group(1)
        lower = word.lower()
        if lower in _EN_STOPWORDS or lower in _NOT_NOUNS or lower in _EN_WORD_VALUES or lower in ENGLISH_SCALES:
            return None
        if not words and lower in _COUNT_DESCRIBERS and not _counts(word):
            described, position = True, match.end()
            continue
        if _ACRONYM_PLURAL.fullmatch(word) or (word.islower() and _counts(word)):
            head, end = word, match.end()
            following = _NOUN_PHRASE_WORD.match(source, end)
            if (
                following is not None
                and following.group(1).islower()
                and _PLURAL_HEAD.fullmatch(following.group(1))
                and following.group(1) not in _EN_STOPWORDS
            ):
                words.append(head)  # "131 mains repairs", "120 police officers": of two plurals, the last
                head, end = following.group(1), following.end()
            if _MEASURE_HEADS.fullmatch(head):
                return None
            while words and len(" ".join([*words, head])) > _LONGEST_UNIT:
                words.pop(0)  # the describing words nearest the head name it best
            return " ".join([*words, head]), end, "described" if words or described else "noun"
        if not word.islower() or lower in _SINGULAR_UNITS or (not words and len(word) < 3):
            return None
        words.append(word)
        position = match.end()
    return None


def _goes_on(word: str) -> bool:
    """Whether a word after a plural may go on its noun phrase ("arms length"): lowercase, no stopword or participle."""
    return word.islower() and word not in _EN_STOPWORDS and not word.endswith(("ing", "ed"))


_SESSION_NAME = compile_re("[一二三四五六七八九]中全会|中央|全国|人大|政协|全会|代表")


def _read_chinese(source: str, start: int, end: int, run: str) -> _Draft | None:
    if len(run) > _LONGEST_CHINESE_NUMERAL:
        return None
    if len(run) == 4 and all(char in _CN_DIGITS for char in run) and source[end : end + 1] == "年":
        year = "".join(str(_CN_DIGITS[char]) for char in run)
        return _Draft(start, end + 1, float(year), "年", Qualifier.EXACT, Kind.YEAR)
    scale = ""
    for suffix in ("万亿", "亿", "万"):
        rest = run[: -len(suffix)]
        if run.endswith(suffix) and rest and "万" not in rest and "亿" not in rest:
            scale, run = suffix, rest
            break
    value = _chinese_integer(run)
    if value is None:
        return None
    number_end = start + len(run)
    position = number_end + len(scale)
    qualifier = Qualifier.EXACT
    if source[position : position + 1] in ("多", "余"):
        qualifier = Qualifier.MORE_THAN
        position += 1
    base_end = _chinese_unit_end(source, position)
    base = source[position:base_end] if base_end is not None else ""
    if base_end is not None:
        position = _alternative_end(source, base_end)
    if source[position : position + 1] == "强" and not base:
        return _Draft(start, position + 1, float(value), "", Qualifier.EXACT, Kind.NAME)
    if base == "届" and _SESSION_NAME.match(source, position):
        return _Draft(start, position, float(value), "", Qualifier.EXACT, Kind.NAME)  # 十九届五中全会: a name
    draft = _Draft(start, position, float(value), normalize_unit(scale + base), qualifier, Kind.NUMBER)
    before = _qualifier_before(source, start)
    if not base:
        # Without a measure word a Chinese numeral counts something only as a scale: 一千一百万, 超千万, 2个百亿.
        scaled = scale or "万" in run or "亿" in run
        counts = scaled and (run[0] in _CN_DIGITS or before is not None or source[start - 1 : start] in ("个", "项"))
        if not counts:
            return None
    if base == "年" and value >= 1000:
        draft.kind = Kind.YEAR
    _qualifier_after(source, draft, qualifier if qualifier is not Qualifier.EXACT else None)
    return _with_qualifier_before(source, draft)


def _read_chinese_decimal(source: str, match: re.Match[str]) -> _Draft | None:
    """零点五个百分点, 一点五万人: a Chinese decimal is a figure only with a unit (一点一滴 is not 1.1)."""
    whole = _chinese_integer(match.group("chinese"))
    if whole is None or len(match.group()) > _LONGEST_CHINESE_NUMERAL:
        return None
    value = float(f"{whole}.{''.join(str(_CN_DIGITS[char]) for char in match.group('chinese_decimal'))}")
    scale = match.group("chinese_decimal_scale") or ""
    base_end = _chinese_unit_end(source, match.end())
    if base_end is None and not scale:
        return None
    base = source[match.end() : base_end] if base_end is not None else ""
    draft = _Draft(
        match.start(), match.end() + len(base), value, normalize_unit(scale + base), Qualifier.EXACT, Kind.NUMBER
    )
    _qualifier_after(source, draft)
    return _with_qualifier_before(source, draft)


def _chinese_integer(run: str) -> int | None:
    """一千一百 → 1100, 十一 → 11, 两 → 2, 一百零五 → 105, 三万五千 → 35000; None for 三五, 八八 or 万."""
    total = 0  # whole 亿 groups
    high = 0  # whole 万 groups below 亿
    section = 0  # below 万
    digit: int | None = None
    last_multiplier = 0
    after_zero = False
    for char in run:
        if char in _CN_DIGITS:
            if digit is not None and digit != 0:
                return None
            after_zero = digit == 0 or after_zero
            digit = _CN_DIGITS[char]
        elif char in _CN_SMALL:
            multiplier = _CN_SMALL[char]
            if digit == 0 or (last_multiplier and multiplier >= last_multiplier and section % (last_multiplier * 10)):
                return None
            section += (1 if digit is None else digit) * multiplier
            digit, last_multiplier, after_zero = None, multiplier, False
        elif char == "万":
            if section == 0 and not digit:
                return None
            high = (high + section + (digit or 0)) * 10_000
            section, digit, last_multiplier = 0, None, 0
        elif char == "亿":
            if section == 0 and not digit and high == 0:
                return None
            total = (total + high + section + (digit or 0)) * 100_000_000
            high, section, digit, last_multiplier = 0, 0, None, 0
        else:
            return None
    if digit is not None and digit != 0 and last_multiplier >= 100 and not after_zero:
        digit *= last_multiplier // 10  # 一百五 is 150: the colloquial dropped 十
    return total + high + section + (digit or 0)


def _number(written: str) -> float | None:
    """An Arabic or Chinese number, with a Chinese decimal part after 点 (十五点五 → 15.5)."""
    if written[:1].isdigit():
        return float(written.replace(",", "").replace("，", ""))
    whole, _, decimals = written.partition("点")
    integer = _chinese_integer(whole)
    if integer is None:
        return None
    if decimals:
        return float(f"{integer}.{''.join(str(_CN_DIGITS[char]) for char in decimals)}")
    return float(integer)


def _qualifier_before(source: str, start: int) -> tuple[Qualifier, int] | None:
    """The qualifier written right before a figure starting at start, and where it starts."""
    chinese = None
    if start > 0 and source[start - 1] in _BEFORE_CN_LAST_CHARS:
        chinese = _BEFORE_CN_AT_END.search(source, max(0, start - 3), start)
    if chinese is not None:
        word, word_start = chinese.group(), chinese.start()
        if not (len(word) == 1 and word_start > 0 and source[word_start - 1] in _NOT_QUALIFIER_AFTER.get(word, "")):
            return _BEFORE_CN_QUALIFIERS[word], word_start
    if start > 0 and source[start - 1].isspace():
        english = _BEFORE_EN.search(source, max(0, start - 20), start)
        if english is not None:
            return _en_qualifier(" ".join(fold(english.group("word")).split())), english.start("word")
    return None


def _with_qualifier_before(source: str, draft: _Draft | None) -> _Draft | None:
    if draft is None:
        return None
    before = _qualifier_before(source, draft.start)
    if before is not None:
        draft.qualifier, draft.start = before
    return draft


def _qualifier_after(source: str, draft: _Draft, inner: Qualifier | None = None) -> None:
    """以上/左右/以内… after the unit, or 多/余 after a time unit (一年多); inner is 多/余 between number and unit."""
    after = _AFTER_UNIT.match(source, draft.end)
    if after is not None:
        draft.qualifier = _AFTER_UNIT_QUALIFIERS[fold(after.group())]
        draft.end = after.end()
    elif draft.unit in _TIME_UNITS and source[draft.end : draft.end + 1] in ("多", "余"):
        draft.qualifier = Qualifier.MORE_THAN
        draft.end += 1
    elif inner is not None:
        draft.qualifier = inner


def _looks_like_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100


def _year_or_date(source: str, draft: _Draft, digits: str) -> Kind:
    if draft.unit in ("年", "年度", "") and _looks_like_year(digits):
        return Kind.YEAR if draft.qualifier is Qualifier.EXACT else Kind.NUMBER
    if draft.unit == "月" and draft.value in range(1, 13):
        return Kind.DATE
    if draft.unit in ("日", "号") and draft.value in range(1, 32) and source[draft.start - 1 : draft.start] == "月":
        return Kind.DATE
    return Kind.NUMBER


_MERGED = "merged"  # the 1 of "16.5:1", read into the figure before it


def _settle_groups(source: str, drafts: list[_Draft]) -> None:
    """Ranges (6%—6.5%), ratios (47.3:52.7) and lists that write their unit once (50亿、100亿元)."""
    for first, second in itertools.pairwise(drafts):
        gap = source[first.end : second.start]
        if first.role == "part":
            second.role = "whole"  # "10 of the 25 air strips": 25 is the scope the part is taken from
            continue
        if len(gap) > 5 or "\n" in gap or "\r" in gap:
            continue  # "- 500 homes\n- 20 schools": two bullets, no range
        if first.role == _MERGED:
            continue
        if gap in _RATIO_SEPARATORS and first.kind is Kind.NUMBER and second.kind is Kind.NUMBER:
            one = source[second.start : second.start + 3]  # "1", not "10", "1.5" or "01"
            if (
                one[:1] == "1"
                and not one[1:2].isdigit()
                and not (one[1:2] == "." and one[2:].isdigit())
                and (not first.unit and gap == ":")
            ):
                first.unit, first.end, second.role = ":1", second.start + 1, _MERGED  # "16.5:1": so many to one
                continue
            first.role = second.role = "ratio"
            continue
        is_range = gap.strip() in _RANGE_CONNECTORS or (
            gap == " and " and _BETWEEN.search(source, max(0, first.start - 8), first.start)
        )
        if not is_range and gap not in _LIST_SEPARATORS:
            continue
        if (
            is_range
            and first.unit
            and second.unit
            and not (first.unit.startswith(second.unit) or second.unit.startswith(first.unit))
        ):
            continue  # "coverage at five years to 95%": two figures of different things, no range
        if is_range:
            first.role, second.role = "low", "high"
        # A bare 4-digit number was taken for a year; the unit it shares may say otherwise (2000、3000亩).
        if first.kind is not second.kind and not (first.kind is Kind.YEAR and not first.unit):
            continue
        if first.kind is Kind.YEAR and _YEAR_CONTEXT.search(source, max(0, first.start - 24), first.start):
            continue
        if second.unit and (not first.unit or (is_bare_scale(first.unit) and second.unit.startswith(first.unit))):
            first.unit, first.kind = second.unit, second.kind
        elif is_range and first.unit and second.unit.startswith(first.unit + " "):
            first.unit = second.unit  # "£1.1 to £1.3 billion": the sign written twice, the scale once


# "met four times", "visited the site twice.": how often a thing happened, not a multiple of something. A whole
# "N times"/"twice" counts occasions when it follows a verb of doing or is followed by when it happened, and neither
# stands before a comparison ("four times that of 2010", "twice as many") nor after a verb of change or being ("rose 3
# times", "by two times", "is four times"); a verb after will/shall/to ("will meet at least 5 times") is one of doing.
# Anything else stays a multiple, as it was.
_EN_TIMES_WORD = LazyPattern(r"(?:times|twice)$", re.IGNORECASE)
_EN_MULTIPLE_AFTER = LazyPattern(
    r"\s*(?:over\b|(?:that|those|the|as|more|less|fewer|higher|lower|larger|greater|bigger|smaller|faster|slower|"
    r"what|its|their|his|her|our)\b)",
    re.IGNORECASE,
)
_EN_MULTIPLE_BEFORE = LazyPattern(
    r"\b(?:by|to|up|increas\w*|ris\w*|rose|gr[eo]w\w*|multipl\w*|expand\w*|boost\w*|rais\w*|jump\w*|"
    r"is|are|was|were|be|been|being)\s+(?:(?:nearly|almost|about|around|some|roughly|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_EN_OCCASION_AFTER = LazyPattern(
    r"\s*(?:[.;:,)]|(?:a|an|per|each|every|in|during|since|this|last|so\s+far|between|until|before|after|already|on|"
    r"at|with)\b)",
    re.IGNORECASE,
)
_EN_OCCASION_BEFORE = LazyPattern(
    r"\b(?:[a-z]+ed|met|held|ran|won|saw|sat|went|came|spoke|wrote|took|gave|did|has|have|had|"
    r"(?:will|shall|must|should|would|to)\s+[a-z]+)\s+(?:(?:at\s+least|at\s+most|up\s+to)\s+)?$",
    re.IGNORECASE,
)


def _occasions(text: str, draft: _Draft) -> bool:
    """Whether an English "N times"/"twice" counts occasions ("the board met four times")."""
    if draft.value != int(draft.value) or not _EN_TIMES_WORD.search(text, draft.start, draft.end):
        return False
    if _EN_MULTIPLE_AFTER.match(text, draft.end):
        return False
    before = max(0, draft.start - 40)
    if _EN_MULTIPLE_BEFORE.search(text, before, draft.start):
        return False
    return bool(_EN_OCCASION_AFTER.match(text, draft.end) or _EN_OCCASION_BEFORE.search(text, before, draft.start))


def _finish(text: str, draft: _Draft) -> Figure:
    if draft.unit == MULTIPLE and _occasions(text, draft):
        draft.unit, draft.kind = OCCASIONS, Kind.NUMBER
    scaled = split_unit(draft.unit)
    amount = draft.value * scaled.factor
    kind = Kind.MULTIPLE if draft.kind is Kind.NUMBER and scaled.base == MULTIPLE else draft.kind
    # Figure(text=…, start=…, …, role=…) without its __new__'s Python frame: one a figure of the text
    return _NEW_TUPLE(
        Figure,
        (
            text[draft.start : draft.end],
            draft.start,
            draft.end,
            draft.value,
            draft.unit,
            amount,
            scaled.base,
            draft.qualifier,
            kind,
            draft.role,
        ),
    )


_NEW_TUPLE = tuple.__new__


# ---------------------------------------------------------------------------------------------------------------------
# Using figures


def parse_figure(text: str) -> Figure | None:
    """text read as exactly one figure ("2.5万", "近2万亿", "三分之一", "10余", "double"), or None.

    Surrounding white space is ignored; the span is relative to the stripped text.
    """
    stripped = text.strip()
    figures = read_figures(stripped)
    if len(figures) != 1 or figures[0].start != 0 or figures[0].end != len(stripped):
        return None
    figure = figures[0]
    # Alone, "2000" is a target of 2000, not the year 2000.
    return figure._replace(kind=Kind.NUMBER) if figure.kind is Kind.YEAR and not figure.unit else figure


# A quote is looked in for several numbers in a row (a target and its stretch; a value, in its unit and then in any):
# the figures of the last few short quotes are kept, so each is read once.
_QUOTE_CACHED = 2000


@functools.lru_cache(maxsize=64)
def _figures_of_quote(quote: str) -> tuple[Figure, ...]:
    return tuple(read_figures(quote))


def figures_of_quote(quote: str) -> tuple[Figure, ...]:
    """read_figures of a quote, from the figures kept of the last few short quotes looked in (find_value)."""
    return _figures_of_quote(quote) if len(quote) <= _QUOTE_CACHED else tuple(read_figures(quote))


def fall_percent(figure: Figure) -> float | None:
    """The fall in percent a multiple below one states ("halve": what is left is ×0.5, the fall 50%), else None: read
    by the scan's decline, the decline rule's target written as text and the evidence a fall is matched on."""
    if figure.kind is not Kind.MULTIPLE or not 0 < figure.value < 1:
        return None
    return round((1 - figure.value) * 100, 9)


def find_value(quote: str, value: float, unit: str | None, figures: Sequence[Figure] | None = None) -> Figure | None:
    """The first figure in quote that states value in unit, or None (figures: the quote's figures, if read already).

    - Numbers compare with a relative tolerance of 1e-9 after converting scales of one base: value 1100 unit 万元
      matches "1100万元", "一千一百万元" and "0.11亿元". A bare scale has an unstated base: value 100 unit 亿元 matches
      "百亿" and "50亿、100亿元". A different base never matches (家 is not 个).
    - unit None matches the number as written, whatever its unit. A figure written without a unit matches any unit
      (the quote is silent about it), but only after every figure whose unit matches has been tried.
    - A value the quote does not write in digits (9 minutes 40 seconds: 9.666… minutes) may be given rounded to two
      decimals or more; a value written in digits is stated only as written.
    - A fraction states value/1 in unit "" or None, and a percentage within 0.05 points: 三分之一 matches 33.3 %.
    - "halve" (a multiple below one) states the fall in percent: 50 %.
    - Years, dates and names (2019年, 9月, 世界500强, "3+1") never match; ordinals and multiples do.
    """
    return next(stating(quote, value, unit, figures), None)


def stating(quote: str, value: float, unit: str | None, figures: Sequence[Figure] | None = None) -> Iterator[Figure]:
    """Every figure of the quote that states value in unit, in the order find_value prefers them: as find_value
    would pick them one after another, each set aside once picked (a figure is judged alone, so setting one aside
    changes no other's)."""
    wanted = None if unit is None else normalize_unit(unit)
    unitless: list[Figure] = []
    if figures is None:
        figures = _figures_of_quote(quote) if len(quote) <= _QUOTE_CACHED else read_figures(quote)
    for figure in figures:
        if figure.kind not in MATCHABLE_KINDS:
            continue
        if wanted is None:
            if _states(figure, figure.value, value):
                yield figure
        elif (fall := fall_percent(figure)) is not None and wanted == PERCENT:
            if _close(fall, value):  # "halve" states a fall of 50%
                yield figure
        elif figure.kind is Kind.FRACTION:
            if (wanted == PERCENT and abs(figure.value * 100 - value) <= FRACTION_AS_PERCENT_TOLERANCE) or (
                wanted == "" and _close(figure.value, value)
            ):
                yield figure
        elif not figure.unit:
            unitless.append(figure)
        elif same_base(figure.unit, wanted):
            target_scale = split_unit(wanted).factor
            if _states(figure, figure.amount / target_scale, value):
                yield figure
    for figure in unitless:
        if _states(figure, figure.value, value):
            yield figure


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=RELATIVE_TOLERANCE, abs_tol=1e-12)


def _states(figure: Figure, a: float, b: float) -> bool:
    """Whether b states the figure's value a: equal within the tolerance, or, for a value the quote does not write in
    digits ("9 minutes 40 seconds" is 9.666… minutes), given rounded to two decimals or more (9.67, 9.666667)."""
    if _close(a, b):
        return True
    if round(figure.value, _WRITTEN_DECIMALS) == figure.value:
        return False  # a value written in digits is stated only as written
    places = _decimals(b)
    return places >= 2 and round(a, places) == b


_WRITTEN_DECIMALS = 6  # more decimals than this: a value worked out (a span of time), not written


def _decimals(value: float) -> int:
    """How many decimals a value is written with (9.67: 2; 10.0: 0)."""
    text = repr(value)
    if "e" in text or "." not in text:
        return 0
    decimals = text.split(".", 1)[1]
    return 0 if decimals == "0" else len(decimals)


_QUALIFIER_SIGNS = {
    Qualifier.EXACT: "",
    Qualifier.MORE_THAN: ">",
    Qualifier.AT_LEAST: "≥",
    Qualifier.NEARLY: "<≈",
    Qualifier.ABOUT: "≈",
    Qualifier.AT_MOST: "≤",
    Qualifier.LESS_THAN: "<",
}


def format_figure(figure: Figure) -> str:
    """A figure written back canonically: "≥10%", ">2000亿元", "≈3万亿元", "第12位", "1/3", "×2"."""
    sign = _QUALIFIER_SIGNS[figure.qualifier]
    if figure.kind is Kind.FRACTION:
        for denominator in range(2, 13):
            numerator = figure.value * denominator
            if abs(numerator - round(numerator)) < 1e-9:
                return f"{sign}{round(numerator)}/{denominator}"
        return f"{sign}{format_number(figure.value)}"
    if figure.kind is Kind.MULTIPLE:
        return f"{sign}×{format_number(figure.value)}"
    number = format_number(figure.value)
    if figure.kind is Kind.ORDINAL:
        return f"{sign}第{number}{figure.unit}"
    separator = " " if spaced(figure.unit) else ""
    return f"{sign}{number}{separator}{figure.unit}"


# Searched in the words just before a figure, figure by figure: each skips to where a match can start (see
# lazyre.skipping), where `re` would try an alternation of English words under IGNORECASE at every character.
skipping(_BEFORE_EN, _PART_OF_PERIOD, _MONTH_BEFORE, _BETWEEN, _EN_MULTIPLE_BEFORE, _EN_OCCASION_BEFORE)
