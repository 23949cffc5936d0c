"""Shortcuts of the target scanner read as the longer way did: the measure's trailing words, the heading lookup."""

from __future__ import annotations

import re

from planaudit.reading import scan
from planaudit.reading.scan import Heading, heading_at, strip_measure

_TRAILING = r"(?:达到|达|增长|增加|提高|提升|突破|超过|超|不少于|控制在|为|至|到|的|等|在|上)+$"


def _reference(words: str) -> str:
    """strip_measure as written before its trailing words were looked at only after one of their last characters."""
    if not scan._CJK.search(words):
        kept = [w for w in re.findall(r"[A-Za-z][A-Za-z-]*", words) if w.lower() not in scan._EN_FUNCTION_WORDS]
        return " ".join(kept)
    words = scan._LEAD.sub("", words.strip(" “”"))
    words = re.sub(_TRAILING, "", words)
    return words.strip(" “”（）()")


def test_the_trailing_words_are_the_ones_the_pattern_strips() -> None:
    assert re.compile(scan._TRAILING_WORDS._pattern).pattern == _TRAILING


def test_a_measure_is_stripped_as_before_whatever_it_ends_with() -> None:
    endings = [*scan._TRAILING, "量", "率", "\n", "到\n", "上\n\n", "“", "）", " ", "的的", "达到到", "x"]
    heads = ["", "国内生产总值", "确保粮食产量", "GDP", "“三农”投入", "新增就业", "达"]
    for head in heads:
        for first in endings:
            for second in ["", *endings]:
                words = head + first + second
                assert strip_measure(words) == _reference(words), repr(words)
    for words in ("cut road casualties by", "Growth in median pay ſhall", "we will ensure 95% of bins", ""):
        assert strip_measure(words) == _reference(words)


def test_heading_at_finds_the_last_heading_at_or_before_a_position() -> None:
    heads = [
        Heading("一", "a", 10, 20),
        Heading("二", "b", 50, 60),
        Heading("三", "c", 50, 70),
        Heading("四", "d", 90, 99),
    ]
    for position in range(0, 120):
        before = [head for head in heads if head.start <= position]
        assert heading_at(heads, position) == (before[-1] if before else None)
    assert heading_at([], 5) is None
