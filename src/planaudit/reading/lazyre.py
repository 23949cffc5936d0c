"""Regular expressions compiled on first use and their code kept between runs: a command pays for what it reads with."""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import os
import re
import sys
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal


class LazyPattern:
    """re.compile(pattern, flags), deferred to the first search, match, fullmatch, findall, finditer, sub or split."""

    __slots__ = ("__dict__", "_compiled", "_flags", "_pattern", "_skip")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None
        self._skip = False

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            skip = self._skip
            self._compiled = (compile_skipping if skip else compile_re)(self._pattern, self._flags)
        return self._compiled

    # The methods are the compiled pattern's own, bound here at their first use: a clause pattern is read some tens of
    # thousands of times on a 1 MB plan, and a method of this class in between would be one more call each time.
    def __getattr__(self, name: str) -> Any:
        if name not in _METHODS:
            raise AttributeError(name)
        method = getattr(self.compiled, name)
        self.__dict__[name] = method
        return method

    if TYPE_CHECKING:

        def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

        def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

        def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

        def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]: ...

        def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]: ...

        def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str: ...

        def split(self, string: str, maxsplit: int = 0) -> list[str | Any]: ...


_METHODS = frozenset({"search", "match", "fullmatch", "findall", "finditer", "sub", "split"})


def trie(words: Iterable[str]) -> str:
    """An alternation of words factored by first letters ("t(?:en|w(?:elve|o))"): the regex engine then tests each
    letter of a word once instead of trying thirty words at every word start. Where several words match, the longest
    does, as in an alternation of the words longest first."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    optional = "" in groups
    branches = [re.escape(first) + trie(rest) for first, rest in sorted(groups.items()) if first]
    if not branches:
        return ""
    if len(branches) == 1 and not optional:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")


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


# The Pythons whose `re` internals (its parser, compiler and the code `_sre` takes) the test matrix checks these
# readings against: on any other, every pattern is compiled by re.compile as written, no code is kept or made.
_KNOWN_RE = (3, 11) <= sys.version_info[:2] <= (3, 13)


def _parsed(pattern: str, flags: int) -> tuple[Any, frozenset[str] | None] | None:
    """`re`'s parse of the pattern and its first characters (None: a parser unlike 3.11's)."""
    if not _KNOWN_RE:
        return None
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
    """re.compile(pattern, flags), skipping to its first characters when they can be told (see skipping)."""
    flags = int(flags)
    if not _KNOWN_RE:
        return re.compile(pattern, flags)
    key = (pattern, flags, True)
    kept = _from_store(key)
    if kept is not None:
        return kept
    parsed = _parsed(pattern, flags)
    if parsed is None:
        return re.compile(pattern, flags)
    tree, first = parsed
    if first is None or len(first) > _MAX_INITIALS:  # as written (and kept so: the next run need not parse it)
        compiled: re.Pattern[str] = re.compile(pattern, flags)
        if not sys.dont_write_bytecode:
            _keep(key, pattern, tree, flags, compiled)
        return compiled
    try:
        code = _with_first_characters(tree, flags, first)
        compiled = _sre().compile(None, flags | tree.state.flags, code, *_groups(tree))
    except Exception:  # a compiler unlike 3.11's: behind a look-ahead instead
        return _behind_look_ahead(pattern, flags, first)
    if not sys.dont_write_bytecode:
        _keep(key, None, tree, flags, compiled, code)
    return compiled


def _with_first_characters(tree: Any, flags: int, first: frozenset[str]) -> list[int]:
    """The code of the parsed pattern with `first` as the class of characters `re` skips to before trying a match.

    `re` has that skip of its own for a pattern that starts with a class or a character it can tell, a loop in C
    that never enters the matcher; the class goes in the pattern's information block, which only `search` (and
    finditer, findall, sub, split) reads, so what matches is the pattern as written. A pattern `re` skips for
    already, by a literal prefix or a class, keeps its own block."""
    compiler = importlib.import_module("re._compiler")
    c = importlib.import_module("re._constants")
    code: list[int] = compiler._code(tree, flags)
    if code[0] != c.INFO or len(code) < 5:
        raise _Unknown
    skip, mask, lo, hi = code[1:5]
    if mask or lo == 0:
        return code
    # The class as `re` would write it: a bitmap, or with Han characters in it a table of 256-character blocks (~0.3 ms
    # to build, once: the code is kept between runs), which on a Chinese text skips every Han character a match cannot
    # start with where a range admitting them all would try the pattern at each.
    charset = compiler._optimize_charset([(c.LITERAL, ord(char)) for char in sorted(first)])[0]
    info = [c.INFO, 0, c.SRE_INFO_CHARSET, lo, hi]
    compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[1 + skip :]


def _groups(tree: Any) -> tuple[int, dict[str, int], tuple[str | None, ...]]:
    """What `re`'s constructor takes of a parsed pattern's groups: their count, names and the name of each."""
    state = tree.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    return state.groups - 1, dict(state.groupdict), tuple(indexgroup)


def _behind_look_ahead(pattern: str, flags: int, first: frozenset[str]) -> re.Pattern[str]:
    """The pattern compiled behind a look-ahead for its first characters (as written if that fails too)."""
    try:
        tree = importlib.import_module("re._parser").parse(pattern, flags)
        # A class of characters past \xff compiles to a 64k-entry table (~0.3 ms): those are admitted all together,
        # a superset that costs nothing on English text, where they are rare (’ ₹ ſ).
        narrow = "".join(f"\\x{ord(char):02x}" for char in sorted(first) if char <= "\xff")
        wide = "[^\\x00-\\xff]" if any(char > "\xff" for char in first) else ""
        # case-sensitive: the class spells out every case already, and a class folded for IGNORECASE compiles slower
        look = importlib.import_module("re._parser").parse(
            "(?=(?-i:" + "|".join(part for part in (narrow and f"[{narrow}]", wide) if part) + "))"
        )
        tree.data.insert(0, look.data[0])
        compiled: re.Pattern[str] = importlib.import_module("re._compiler").compile(tree, flags)
    except Exception:
        return re.compile(pattern, flags)
    return compiled


# ---------------------------------------------------------------------------------------------------------------------
# Compiled patterns kept between runs
#
# Python 3.11's `re` parses and compiles a pattern in Python: ~30 ms a run for the patterns a Chinese check reads with
# (a class of Chinese characters alone builds a 64K-entry table). Like a module's bytecode, the code `re` makes of each
# of planaudit's own patterns is kept in __pycache__ beside this module (in the bytecode slot of kept_patterns.py, which
# `pip uninstall` removes), under the same rules (not written with PYTHONDONTWRITEBYTECODE; PYTHONPYCACHEPREFIX moves
# it), and made into a pattern again by `re`'s own C constructor.
# The store names the interpreter and `re` it was made by; another one's store is ignored and replaced.

_store: dict[tuple[str, int, bool], tuple[Any, ...]] | None = None
_added: dict[tuple[str, int, bool], tuple[Any, ...]] = {}
_used: set[tuple[str, int, bool]] = set()
# Past this many entries (patterns edited again and again) the store keeps only the patterns of the run that writes it.
_STORE_LIMIT = 1000


def compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags) of a pattern written in planaudit's source (never one made from input: the store
    would grow with every text read), its compiled code kept between runs."""
    flags = int(flags)  # as re.compile does: bit operations on a RegexFlag go through enum
    if not _KNOWN_RE:
        return re.compile(pattern, flags)
    kept = _from_store((pattern, flags, False))
    if kept is not None:
        return kept
    compiled = re.compile(pattern, flags)
    if sys.dont_write_bytecode:  # nothing will be kept: not worth a second parse
        return compiled
    try:
        tree = importlib.import_module("re._parser").parse(pattern, flags)
    except Exception:  # a parser unlike 3.11's: nothing kept
        return compiled
    _keep((pattern, flags, False), pattern, tree, flags, compiled)
    return compiled


def _from_store(key: tuple[str, int, bool]) -> re.Pattern[str] | None:
    global _store
    if _store is None:
        _store = _load()
    entry = _store.get(key)
    if entry is None:
        return None
    try:
        text, flags, code, groups, groupindex, indexgroup = entry
        made: re.Pattern[str] = _sre().compile(text, flags, array("I", code).tolist(), groups, groupindex, indexgroup)
    except Exception:  # a damaged entry: compiled as written (and kept again)
        return None
    _used.add(key)
    return made


def _keep(
    key: tuple[str, int, bool],
    text: str | None,
    tree: Any,
    flags: int,
    compiled: re.Pattern[str],
    code: list[int] | None = None,
) -> None:
    """Keep the code of a pattern `re` just compiled (from the parse, or `code`), once the pattern made from it is
    shown to be that one (the same flags, code and text: Pattern's ==, and the same groups)."""
    try:
        sre = _sre()
        if code is None:
            code = importlib.import_module("re._compiler")._code(tree, flags)
        words = array("I", code)
        if words.itemsize != sre.CODESIZE:
            return
        entry = (text, flags | tree.state.flags, words.tobytes(), *_groups(tree))
        made = sre.compile(*entry[:2], words.tolist(), *entry[3:])
        if made != compiled or made.groupindex != compiled.groupindex or made.groups != compiled.groups:
            return
    except Exception:  # a compiler unlike 3.11's: nothing kept
        return
    if not _added:
        atexit.register(_save)
    _added[key] = entry


def _sre() -> Any:
    return importlib.import_module("_sre")


# How compile_skipping writes a pattern's code (2: its first characters in the information block, not a look-ahead):
# a store written another way is replaced.
_CODE_FORM = 2


def _maker() -> tuple[Any, ...]:
    """What the kept code depends on: the interpreter build, `re`'s engine and the Unicode tables case folding uses."""
    sre = _sre()
    return (
        _CODE_FORM,
        sys.version,
        sys.implementation.cache_tag,
        sre.MAGIC,
        sre.CODESIZE,
        sre.MAXREPEAT,
        sre.MAXGROUPS,
        unicodedata.unidata_version,
    )


def _path() -> str | None:
    """The store's file: the bytecode slot of kept_patterns.py, a module of no code beside this one, so that `pip
    uninstall` (which removes the bytecode of each module it installed) removes the store too; None: nowhere to keep it.
    """
    if not __file__.endswith(".py"):
        return None
    slot = os.path.join(os.path.dirname(__file__), "kept_patterns.py")
    try:
        cached: str = importlib.import_module("importlib.util").cache_from_source(slot)
    except (NotImplementedError, ValueError):  # no cache tag, or sys.pycache_prefix cannot hold it
        return None
    return cached


def _load() -> dict[tuple[str, int, bool], tuple[Any, ...]]:
    path = _path()
    if path is None:
        return {}
    try:
        with open(path, "rb") as file:
            maker, entries = marshal.loads(file.read())
    except (OSError, EOFError, ValueError, TypeError):  # none yet, unreadable, damaged or the slot's own bytecode
        return {}
    return entries if maker == _maker() and type(entries) is dict else {}


def _save() -> None:
    """Write the store with the patterns this run compiled, atomically (a run reading it sees the old or the new)."""
    path = _path()
    if path is None or sys.dont_write_bytecode or not _added:
        return
    entries = {**(_store or {}), **_added}
    if len(entries) > _STORE_LIMIT:
        entries = {**{key: entries[key] for key in _used}, **_added}
    partial = f"{path}.{os.getpid()}"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(partial, "xb") as file:
            file.write(marshal.dumps((_maker(), entries)))
        os.replace(partial, path)
    except (OSError, ValueError):  # a read-only install: nothing kept, as for bytecode
        with contextlib.suppress(OSError):
            os.unlink(partial)


class CharRange:
    """A one-range character class such as [\\u4e00-\\u9fff], tested without a regular expression: `re` compiles a
    range one code point at a time (~1.5 ms for the CJK block). search and match find what re.search and re.match
    of the class would, answering True for a match object and None for none."""

    __slots__ = ("_class", "_high", "_low")

    def __init__(self, low: str, high: str) -> None:
        self._low, self._high = low, high
        self._class: re.Pattern[str] | None = None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Literal[True] | None:
        if pos < 0 or endpos < 0:  # as re reads them (a test, not two calls of max: asked once a clause or more)
            pos, endpos = max(pos, 0), max(endpos, 0)
        part = string[pos:endpos] if pos or endpos < len(string) else string
        low, high = self._low, self._high
        if not part:
            return None
        if low <= part[0] <= high:
            return True
        # isascii, max and min run in C: an English text with ’ or ₹ in it has nothing in the Han range, told in one
        # pass, where the loop below would look at every character
        if low >= "\x80" and part.isascii():
            return None
        if len(part) > _LONG:  # a whole text: max and min compare character objects (~20 ms a megabyte), re does not
            if self._class is None:
                self._class = compile_re(f"[{re.escape(low)}-{re.escape(high)}]")
            return True if self._class.search(part) else None
        if max(part) < low or min(part) > high:
            return None
        return True if any(low <= c <= high for c in part) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Literal[True] | None:
        pos = max(pos, 0)
        return True if pos < min(endpos, len(string)) and self._low <= string[pos] <= self._high else None


# Past this length CharRange.search hands the text to a compiled class (compiled once, ~1.5 ms for the Han range).
_LONG = 4096
# The Han characters of the CJK Unified Ideographs block: what the reader takes for Chinese text.
HAN = CharRange("\u4e00", "\u9fff")
# What a letter of an English word can be in a case-insensitive pattern: ASCII letters and the four other characters
# `re` folds to them (İ and ı to i, ſ to s, K to k). A text without one cannot match such a pattern's words.
LATIN = compile_re("[A-Za-z\u0130\u0131\u017f\u212a]")
