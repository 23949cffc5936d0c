"""Regular expressions compiled on first use, so a command that never reads with them does not pay at start-up."""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, Literal


class LazyPattern:
    """re.compile(pattern, flags), deferred to the first search, match, fullmatch, findall, finditer, sub or split."""

    __slots__ = ("_compiled", "_flags", "_pattern", "_skip")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None
        self._skip = False

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = _compile_skipping(self._pattern, self._flags) if self._skip else None
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


def skipping(*patterns: LazyPattern) -> None:
    """Compile these patterns (on first use, as ever) behind a look-ahead for the characters a match can start with.

    A pattern of English words under IGNORECASE that starts with \\b or an alternation gives `re` no character to skip
    to: it tries the pattern at every position of the text. The look-ahead lets it fail at once where no match can
    start, for ~40% less time on an English clause. Each pattern matches exactly what it matched: the look-ahead holds
    every character a match can start with (read from `re`'s own parse of the pattern), and a pattern whose first
    characters cannot be told (one that can match nothing, or start with any character) is compiled as written."""
    for pattern in patterns:
        pattern._skip = True


# Past this many first characters a look-ahead saves little: the pattern is compiled as written.
_MAX_INITIALS = 160
# Besides its two cases, the characters `re` matches with an ASCII letter under IGNORECASE (see LATIN).
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


class _Unknown(Exception):
    """The characters a part of a pattern can start with cannot be told."""


def initials(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a non-empty match of the pattern can start with, or None when it cannot be told (a match may be
    empty, or start with a negated class, a category such as \\w, any character, a group reference, or a cased
    character other than an ASCII letter under IGNORECASE)."""
    parsed = _parsed(pattern, flags)
    return None if parsed is None else parsed[1]


def _parsed(pattern: str, flags: int) -> tuple[Any, frozenset[str] | None] | None:
    """`re`'s parse of the pattern and its first characters (None: a parser unlike 3.11's)."""
    flags = int(flags)  # as re.compile does: bit operations on a RegexFlag go through enum, 30× slower
    try:  # the parser `re` itself uses; absent or changed: no look-ahead
        tree = importlib.import_module("re._parser").parse(pattern, flags)
        constants = importlib.import_module("re._constants")
    except Exception:
        return None
    try:
        found, empty = _sequence(tree.data, flags | tree.state.flags, constants)
    except Exception:  # _Unknown, or a parse tree unlike 3.11's
        return tree, None
    return tree, None if empty or not found else frozenset(found)


def _sequence(items: Any, flags: int, c: Any) -> tuple[set[str], bool]:
    """The first characters of a sequence of parsed items, and whether it can match the empty string."""
    found: set[str] = set()
    for op, av in items:
        chars, empty = _item(op, av, flags, c)
        found |= chars
        if not empty:
            return found, False
    return found, True


def _item(op: Any, av: Any, flags: int, c: Any) -> tuple[set[str], bool]:
    if op is c.LITERAL:
        return _cased(chr(av), flags), False
    if op is c.IN:
        found: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                found |= _cased(chr(value), flags)
            elif kind is c.RANGE and value[1] - value[0] < _MAX_INITIALS:
                for code in range(value[0], value[1] + 1):
                    found |= _cased(chr(code), flags)
            else:
                raise _Unknown  # a negated class, a category (\\w, \\d), a wide range
        return found, False
    if op is c.BRANCH:
        found, empty = set(), False
        for alternative in av[1]:
            chars, can_be_empty = _sequence(alternative.data, flags, c)
            found |= chars
            empty = empty or can_be_empty
        return found, empty
    if op is c.SUBPATTERN:
        _, add, remove, inner = av
        return _sequence(inner.data, (flags | add) & ~remove, c)
    if op is c.ATOMIC_GROUP:
        return _sequence(av.data, flags, c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        least, _, inner = av
        chars, empty = _sequence(inner.data, flags, c)
        return chars, empty or least == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero width: passing over a look-around admits more first characters, never fewer
    raise _Unknown


def _cased(char: str, flags: int) -> set[str]:
    """The characters that match `char` in a pattern with these flags."""
    if not flags & re.IGNORECASE or char.lower() == char.upper():
        return {char}
    if not char.isascii():
        raise _Unknown  # ſ, İ, Σ …: folds this reading does not spell out
    lower = char.lower()
    return {lower, char.upper(), *_FOLDS.get(lower, "")}


def compile_skipping(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), behind a look-ahead for its first characters when they can be told (see skipping)."""
    return _compile_skipping(pattern, flags) or re.compile(pattern, flags)


def _compile_skipping(pattern: str, flags: int) -> re.Pattern[str] | None:
    """The pattern behind a look-ahead for its first characters, parsed once (None: compile it as written)."""
    parsed = _parsed(pattern, flags)
    if parsed is None:
        return None
    tree, first = parsed
    if first is None or len(first) > _MAX_INITIALS:
        return None
    try:
        # A class of characters past \\xff compiles to a 64k-entry table (~0.3 ms): those are admitted all together,
        # a superset that costs nothing on English text, where they are rare (’ ₹ ſ).
        narrow = "".join(f"\\x{ord(char):02x}" for char in sorted(first) if char <= "\xff")
        wide = "[^\\x00-\\xff]" if any(char > "\xff" for char in first) else ""
        # case-sensitive: the class spells out every case already, and a class folded for IGNORECASE compiles slower
        look = importlib.import_module("re._parser").parse(
            "(?=(?-i:" + "|".join(part for part in (narrow and f"[{narrow}]", wide) if part) + "))"
        )
        tree.data.insert(0, look.data[0])
        compiled: re.Pattern[str] = importlib.import_module("re._compiler").compile(tree, int(flags))
    except Exception:
        return None
    return compiled


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
        if not part:
            return None
        if low <= part[0] <= high:
            return True
        # isascii, max and min run in C: an English text with ’ or ₹ in it has nothing in the Han range, told in one
        # pass, where the loop below would look at every character
        if (low >= "\x80" and part.isascii()) or max(part) < low or min(part) > high:
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
