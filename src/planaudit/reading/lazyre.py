"""Regular expressions compiled on first use, so a command that never reads with them does not pay at start-up."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, Literal


class LazyPattern:
    """re.compile(pattern, flags), deferred to the first search, match, fullmatch, findall, finditer, sub or split."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        return self.compiled.findall(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)


class CharRange:
    """A one-range character class such as [\\u4e00-\\u9fff], tested without a regular expression: `re` compiles a
    range one code point at a time (~1.5 ms for the CJK block). search and match find what re.search and re.match
    of the class would, answering True for a match object and None for none."""

    __slots__ = ("_high", "_low")

    def __init__(self, low: str, high: str) -> None:
        self._low, self._high = low, high

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Literal[True] | None:
        pos, endpos = max(pos, 0), max(endpos, 0)
        part = string[pos:endpos] if pos or endpos < len(string) else string
        low, high = self._low, self._high
        if low >= "\x80" and part.isascii():
            return None
        return True if any(low <= c <= high for c in part) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Literal[True] | None:
        pos = max(pos, 0)
        return True if pos < min(endpos, len(string)) and self._low <= string[pos] <= self._high else None


# The Han characters of the CJK Unified Ideographs block: what the reader takes for Chinese text.
HAN = CharRange("\u4e00", "\u9fff")
# What a letter of an English word can be in a case-insensitive pattern: ASCII letters and the four other characters
# `re` folds to them (İ and ı to i, ſ to s, K to k). A text without one cannot match such a pattern's words.
LATIN = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")
