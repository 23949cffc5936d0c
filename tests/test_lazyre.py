"""Regular expressions compiled on first use, and character ranges tested without one, read as re does."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from planaudit.reading import figures
from planaudit.reading.lazyre import LATIN, CharRange, LazyPattern


def test_a_lazy_pattern_reads_as_the_compiled_one_and_compiles_once() -> None:
    pattern, flags = r"\b(?P<word>will|shall)\b|[0-9]+", re.IGNORECASE
    lazy, compiled = LazyPattern(pattern, flags), re.compile(pattern, flags)
    assert lazy._compiled is None  # nothing compiled before the first use
    text = "We WILL build 12 roads; they shall 3"
    for pos, endpos in ((0, len(text)), (5, 30), (14, 16)):
        assert [m.span() for m in lazy.finditer(text, pos, endpos)] == [
            m.span() for m in compiled.finditer(text, pos, endpos)
        ]
        assert lazy.findall(text, pos, endpos) == compiled.findall(text, pos, endpos)
        for method in ("search", "match", "fullmatch"):
            got, want = getattr(lazy, method)(text, pos, endpos), getattr(compiled, method)(text, pos, endpos)
            assert (got and got.span()) == (want and want.span()), method
    assert lazy.fullmatch("shall") is not None
    first = lazy.compiled
    assert lazy.compiled is first


def test_sub_on_a_lazy_pattern_is_the_compiled_pattern_s() -> None:
    lazy, compiled = LazyPattern(r"[0-9]+"), re.compile(r"[0-9]+")
    text = "12 roads, 3 bridges and 450 homes"
    assert lazy.sub("#", text) == compiled.sub("#", text) == "# roads, # bridges and # homes"
    assert lazy.sub(lambda m: m.group()[::-1], text, 2) == compiled.sub(lambda m: m.group()[::-1], text, 2)


# Each range's edges and their neighbours, text of other scripts, and the empty string.
TEXTS = [
    "",
    "abc",
    "é’ ",
    "㐀",
    "䷿",
    "一",
    "鿿",
    "ꀀ",
    "平方公里",
    "GDP 增长 6%",
    "“quoted” ０９",
    "a\u4dffb",
    "x\U00020000",
]


@pytest.mark.parametrize(("low", "high"), [("\u4e00", "\u9fff"), ("\u3400", "\u9fff"), ("a", "c")])
def test_a_char_range_answers_as_the_regular_expression_of_its_class(low: str, high: str) -> None:
    char_range, pattern = CharRange(low, high), re.compile(f"[{low}-{high}]")
    for text in TEXTS:
        for pos, endpos in ((0, len(text)), (0, 1_000), (1, len(text)), (-3, 2), (2, 1), (1, -1), (3, 3)):
            for method in ("search", "match"):
                got = getattr(char_range, method)(text, pos, endpos)
                want = getattr(pattern, method)(text, pos, endpos)
                assert got is (None if want is None else True), (text, pos, endpos, method)
        assert char_range.search(text) is (None if pattern.search(text) is None else True)
        assert char_range.match(text) is (None if pattern.match(text) is None else True)


def test_unit_look_aheads_written_one_character_each_match_as_the_class_did() -> None:
    """_CN_BASE writes 元(?![旦素]) as 元(?!旦)(?!素): the same matches, a cheaper compile."""
    as_class = "|".join(
        re.escape(base) + (f"(?![{figures._CN_NOT_UNIT[base]}])" if base in figures._CN_NOT_UNIT else "")
        for base in sorted(figures.CHINESE_BASES, key=len, reverse=True)
    )
    one, other = re.compile(as_class), re.compile(figures._CN_BASE)
    followers = "".join(figures._CN_NOT_UNIT.values()) + "的 a"
    for base in figures.CHINESE_BASES:
        for text in [base, *(base + after for after in followers)]:
            assert (one.match(text) and one.match(text).span()) == (other.match(text) and other.match(text).span())  # type: ignore[union-attr]
    assert other.match("元旦") is None and other.match("元素") is None and other.match("元的") is not None


def test_clause_patterns_wait_for_their_first_use_and_read_the_same_then() -> None:
    """The English clause patterns are compiled when a clause is first read, not at import (a Chinese audit's check
    never compiles them); once used they give the roles they always gave."""
    probe = (
        "import planaudit.reading.clauses as c\n"
        "before = c._EN_ALLOCATION._compiled is None and c._EN_DATED._compiled is None\n"
        "roles = [c.role(s).value for s in ('₹368 crore has been provided', 'is expected to grow', 'if eligible',"
        " 'the scheme was launched', '比去年增长5%', '去年增长5%')]\n"
        "print(before, c._EN_ALLOCATION._compiled is not None, c.delivers('will publish it by March 2015'), roles)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split(
        maxsplit=3
    )
    assert out[:3] == ["True", "True", "True"]
    assert out[3].strip() == "['allocation', 'forecast', 'condition', 'result', 'plain', 'result']"


def test_split_on_a_lazy_pattern_is_the_compiled_pattern_s() -> None:
    pattern = r",\s+and\s+(?=make|take)"
    lazy = LazyPattern(pattern)
    for text in ("publish it, and make it public, and take stock", "no split here", ""):
        assert lazy.split(text) == re.split(pattern, text)
        assert lazy.split(text, 1) == re.split(pattern, text, maxsplit=1)


def test_latin_holds_every_character_a_case_insensitive_english_letter_matches() -> None:
    """The gates before English patterns (no LATIN character in the text, no English word) are exact: under
    IGNORECASE, `re` matches an ASCII letter with ASCII letters and with İ, ı, ſ and K alone, and LATIN has them all."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    folded = [chr(c) for c in range(sys.maxunicode + 1) if letter.match(chr(c))]
    assert [c for c in folded if not c.isascii()] == ["\u0130", "\u0131", "\u017f", "\u212a"]
    assert all(LATIN.match(c) for c in folded)
    assert LATIN.search("确保GDP增长", 0, 2) is None and LATIN.search("确保GDP增长", 2) is not None


@pytest.mark.parametrize(
    ("text", "concrete"),
    [("三个项目", True), ("three schools were built", True), ("\u017figned by the minister", True),
     ("进一步优化营商环境", False), ("improve the business climate", False)],
)  # fmt: skip
def test_a_sentence_is_concrete_by_its_english_words_behind_the_latin_gate(text: str, concrete: bool) -> None:
    from planaudit.lints import is_concrete

    assert is_concrete(text) is concrete
