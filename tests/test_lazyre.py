"""Regular expressions compiled on first use, and character ranges tested without one, read as re does."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

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
    "’一",  # the first character outside, one inside
    "０９一",  # a character above the range first
    "a’\U00020000",  # characters either side of the range, none in it
    "鿿\U00020000",
    "\ufffd\u4dff",
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


def test_initials_are_every_character_a_match_can_start_with() -> None:
    """Read from re's parse: letters in either case and the characters re folds to them under IGNORECASE, a
    look-behind passed over ("we’ve" starts at ’), and None where a match may be empty or start anywhere."""
    from planaudit.reading.lazyre import initials

    assert initials(r"\b(?:was|(?<=[A-Za-z])['’]ve)\b", re.IGNORECASE) == frozenset("wW'’")
    assert initials(r"(?i:s)hall|will") == frozenset("sSſw")
    assert initials(r"(?ix) \b (?:in|by)") == frozenset("iIİıbB")
    assert initials(r"(?:a|b)?c") == frozenset("abc")
    for anywhere in (r"a?", r"\w+", r"[^a]b", r".x", r"(a)?\1", r"(?:a|)", "ſhall"):
        assert initials(anywhere, re.IGNORECASE) is None, anywhere


PATTERNS = [
    (r"\b(?:was|were|has (?!to\b)\w+|(?<=[A-Za-z])['’]ve (?!to\b)\w+|now|already)\b", re.IGNORECASE),
    (r"(?P<word>will|shall|must)\s+(?:also\s+)?(?P<verb>[a-z]+)", re.IGNORECASE),
    (r"(?ix) \b(?:by|before) \ (?P<year>(?:19|20)[0-9]{2})", 0),
    (r"\b(?:[Ii]ncomes?|turnover)\s+(?:of|up ?to)\s*$", 0),
    (r"确保|(?i:\b(?:ensure|strive)\w*)", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_skipping_pattern_matches_as_the_pattern_written(pattern: str, flags: int) -> None:
    from planaudit.reading.lazyre import skipping

    lazy, plain = LazyPattern(pattern, flags), re.compile(pattern, flags)
    skipping(lazy)
    assert lazy.compiled is not plain and lazy.compiled.pattern is None  # compiled behind its look-ahead
    texts = [
        "It WAS done; we’ve built 12 roads and they've now 3. Has to go. İt has been",
        "We will build, they SHALL also open 5; ſhall Must go",
        "by 2019 Before 2020 BY 1999 by2019 by 20201",
        "firms with incomes up to ₹5 lakh and Turnover of",
        "确保增长 we Ensure, ENSURED, ſtrive; 确保",
        "",
    ]
    for text in texts:
        assert [(m.span(), m.groups()) for m in lazy.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]
        for pos in range(len(text) + 1):
            for endpos in (pos + 5, pos + 20, len(text)):
                for method in ("search", "match", "fullmatch"):
                    got = getattr(lazy, method)(text, pos, endpos)
                    want = getattr(plain, method)(text, pos, endpos)
                    assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def test_a_pattern_whose_first_characters_cannot_be_told_is_compiled_as_written() -> None:
    from planaudit.reading.lazyre import skipping

    lazy = LazyPattern(r"\s*(?:which|who)\s+", re.IGNORECASE)
    skipping(lazy)
    assert lazy.compiled.pattern == r"\s*(?:which|who)\s+"


def test_the_clause_patterns_that_skip_match_as_written_on_the_bundled_texts() -> None:
    """Every English clause pattern compiled behind a look-ahead finds what the pattern as written finds."""
    from planaudit.reading import clauses

    skipping = [value for value in vars(clauses).values() if isinstance(value, LazyPattern) and value._skip]
    assert len(skipping) >= 15
    root = __import__("pathlib").Path(__file__).resolve().parents[1]
    texts = [path.read_text(encoding="utf-8") for path in sorted((root / "examples").rglob("*.txt"))]
    for lazy in skipping:
        plain = re.compile(lazy._pattern, lazy._flags)
        assert lazy.compiled.pattern is None, lazy._pattern[:40]
        for text in texts:
            assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_compile_skipping_compiles_as_written_when_the_first_characters_cannot_be_told() -> None:
    from planaudit.reading.lazyre import compile_skipping

    assert compile_skipping(r"\s*will").pattern == r"\s*will"
    fast = compile_skipping(r"\bwill\b", re.IGNORECASE)
    assert fast.pattern is None and fast.search("They WILL go").span() == (5, 9)  # type: ignore[union-attr]


KEEPING = """
import re, sys
from planaudit.reading import lazyre
made = [
    lazyre.compile_re(r"(?P<n>[0-9]+)[个项家]|目标", re.IGNORECASE),
    lazyre.compile_skipping(r"\\b(?P<w>will|shall)\\b", re.IGNORECASE),  # skipping to its first characters
    lazyre.compile_skipping(r"\\s*will"),  # its first characters cannot be told: as written
    lazyre.LazyPattern(r"[一二三四五六七八九十]+是").compiled,
]
print(len(lazyre._used), len(lazyre._added), file=sys.stderr)
lazyre._from_store = lambda key: None
lazyre._keep = lambda *args: None
fresh = [
    lazyre.compile_re(r"(?P<n>[0-9]+)[个项家]|目标", re.IGNORECASE),
    lazyre.compile_skipping(r"\\b(?P<w>will|shall)\\b", re.IGNORECASE),
    lazyre.compile_skipping(r"\\s*will"),
    re.compile(r"[一二三四五六七八九十]+是"),
]
print([m == f and m.groupindex == f.groupindex and m.groups == f.groups for m, f in zip(made, fresh)], file=sys.stderr)
print(made[1].pattern, made[2].pattern, made[1].match("WILL x").span(), file=sys.stderr)
"""


def test_patterns_made_from_the_store_are_the_ones_compiled_and_skipping_ones_need_no_parse(tmp_path: Path) -> None:
    """The first run keeps each pattern's code (a skipping pattern's with its first characters, or as written when its first
    characters cannot be told); the next run makes each from the store, equal to what compiling gives."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)
    runs = [
        subprocess.run([sys.executable, "-c", KEEPING], env=env, capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    first, again = (run.stderr.splitlines() for run in runs)
    assert first[0] == "0 5"  # the four and lazyre.LATIN, compiled and kept
    assert again[0] == "5 0"  # the five made from the store, none compiled
    assert first[1:] == again[1:] == ["[True, True, True, True]", r"None \s*will (0, 4)"]


def _same(fast: re.Pattern[str], plain: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        assert [(m.span(), m.groups(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groups(), m.groupdict()) for m in plain.finditer(text)
        ]
        assert fast.findall(text) == plain.findall(text)
        assert fast.sub("#", text) == plain.sub("#", text)
        for pos in range(len(text) + 1):
            for endpos in (pos + 3, pos + 12, len(text)):
                for method in ("search", "match", "fullmatch"):
                    got = getattr(fast, method)(text, pos, endpos)
                    want = getattr(plain, method)(text, pos, endpos)
                    assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


SKIP_TEXTS = [
    "We WILL build 500 homes; ſhall open, İt will. 确保增长6%，力争7% and ensure it",
    "will",
    "w",
    "确保",
    "a确保b will确保 ensured",
    "",
]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?P<word>will|shall|ensure)\w*", re.IGNORECASE),  # named groups kept
        (r"确保|力争|(?i:\b(?:will|ensure)\w*)", 0),  # Han and Latin first characters
        (r"(?=[wW确])(?:确保|(?i:\bwill\b))", 0),  # a look-ahead of its own, passed over
        (r"(?<=[0-9])%|\bwill", 0),  # a look-behind passed over
        (r"will|shall", 0),  # `re` skips for it already (a class of first characters): compiled as it is
        (r"确保增长", 0),  # a literal prefix: compiled as it is
        (r"(?:will|wish)(?:ing)?", re.IGNORECASE),
    ],
)
def test_the_first_characters_skipped_to_find_what_the_pattern_written_finds(pattern: str, flags: int) -> None:
    """compile_skipping gives `re` the class of first characters to skip to (in the pattern's information block, read
    by search alone): every method finds what the pattern as written finds, groups and their names included."""
    from planaudit.reading.lazyre import compile_skipping

    fast, plain = compile_skipping(pattern, flags), re.compile(pattern, flags)
    assert fast.groupindex == plain.groupindex and fast.groups == plain.groups
    _same(fast, plain, SKIP_TEXTS)


def test_a_compiler_unlike_3_11_s_falls_back_to_the_look_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    """If writing the information block fails (a `re` whose compiler differs), the pattern is compiled behind a
    look-ahead of its first characters instead, which finds the same."""
    from planaudit.reading import lazyre

    def unlike(*_: object) -> re.Pattern[str]:
        raise lazyre._Unknown

    monkeypatch.setattr(lazyre, "_with_first_characters", unlike)
    monkeypatch.setattr(lazyre, "_from_store", lambda key: None)
    pattern = r"确保|(?i:\b(?:will|ensure)\w*)"
    fast = lazyre.compile_skipping(pattern)
    assert fast.pattern is None  # compiled from the parse behind its look-ahead
    _same(fast, re.compile(pattern), SKIP_TEXTS)


def test_the_figure_candidates_and_pledge_words_are_found_as_written() -> None:
    """The figure reader's candidate pattern and the pledge words, read over whole texts, skip to their first
    characters and find what the patterns as written find on the bundled texts."""
    from planaudit.reading import scan

    root = __import__("pathlib").Path(__file__).resolve().parents[1]
    texts = [path.read_text(encoding="utf-8") for path in sorted((root / "examples").rglob("*.txt"))]
    candidate = figures._patterns().figure_candidate
    assert candidate.pattern is None  # compiled with its first characters
    for fast, plain in (
        (candidate, re.compile(figures._FIGURE_CANDIDATE)),
        (scan._COMMITMENT.compiled, re.compile(scan._COMMITMENT._pattern)),
    ):
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(("low", "high"), [("\u4e00", "\u9fff"), ("\u3400", "\u9fff"), ("a", "c")])
def test_a_char_range_answers_on_a_whole_text_as_its_class(low: str, high: str) -> None:
    """Past a few thousand characters CharRange.search asks a compiled class: the same answers, wherever the one
    character in the range stands (first, last, none) and whatever stands outside it."""
    from planaudit.reading import lazyre

    pattern = re.compile(f"[{low}-{high}]")
    filler = "We will build 500 homes at ₹2,000 crore’s cost. " * 200
    assert len(filler) > lazyre._LONG
    for text in (filler, filler + "确", "确" + filler, filler + "b", filler.replace("d", "\U00020000"), filler * 2):
        char_range = CharRange(low, high)
        for pos, endpos in ((0, len(text)), (5, len(text) - 1), (0, 10), (-1, len(text) + 5)):
            got = char_range.search(text, pos, endpos)
            assert got is (None if pattern.search(text, pos, endpos) is None else True), (low, pos, endpos)


def test_a_python_whose_re_internals_are_not_checked_compiles_every_pattern_as_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a Python outside the tested matrix (3.11–3.13) no code is made, kept or read: each pattern is re.compile's."""
    from planaudit.reading import lazyre

    def unused(*_: object) -> None:
        raise AssertionError("the store or re's internals were used")

    monkeypatch.setattr(lazyre, "_KNOWN_RE", False)
    for name in ("_from_store", "_keep", "_with_first_characters", "_behind_look_ahead"):
        monkeypatch.setattr(lazyre, name, unused)
    pattern = r"确保|(?i:\b(?:will|ensure)\w*)"
    for compiled in (lazyre.compile_skipping(pattern), lazyre.compile_re(pattern)):
        assert compiled.pattern == pattern
        assert compiled == re.compile(pattern)
    assert lazyre.initials(pattern) is None
    lazy = lazyre.LazyPattern(r"(?i:\bwill\b)")
    lazyre.skipping(lazy)
    assert lazy.findall("We will; WILL not; willing") == ["will", "WILL"]


def test_the_reader_patterns_that_skip_match_as_written_at_every_place() -> None:
    """Every pattern of the reader that skips to its first characters (clauses, the scanner, the figure reader) finds
    what the pattern as written finds: every match in the bundled texts, and a search from every place of their
    sentences, and of texts with the characters IGNORECASE folds, up to the place the reader looks before."""
    from planaudit.reading import clauses, figures, periods, scan

    skipping = [
        (module.__name__, name, value)
        for module in (clauses, scan, figures, periods)
        for name, value in vars(module).items()
        if isinstance(value, LazyPattern) and value._skip
    ]
    names = {name for _, name, _ in skipping}
    assert {"_DOWN_VERB", "_CEILING_MEASURE", "_EN_LABEL", "_ZH_RESULT", "_BEFORE_EN"} <= names
    root = __import__("pathlib").Path(__file__).resolve().parents[1]
    texts = [path.read_text(encoding="utf-8") for path in sorted((root / "examples").rglob("*.txt"))]
    pieces = [piece for text in texts for piece in re.split(r"(?<=[。；\n])", text)[::31] if piece]
    pieces += [
        "确保下降5%，力争降低6%以上。比去年增长3%。已完成上年目标，过去五年来累计新增。同比增加；前提下努力",
        "The deficit will be CUT by 2%, capped at ₹5 crore; ſhare of İncome rose ıncrease K Table 5 Annex 2 Act, 2016",
        "more than 10, Over 20 at leaſt 5 nearly\n6 announced that it would; between 3 and 5; the first half of",
    ]
    for module, name, lazy in skipping:
        plain = re.compile(lazy._pattern, lazy._flags)
        assert lazy.compiled.pattern is None, f"{module}.{name}"  # compiled to skip
        for text in texts:
            assert [(m.span(), m.groups()) for m in lazy.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)
            ], f"{module}.{name}"
        for piece in pieces:
            for pos in range(len(piece) + 1):
                for endpos in (pos + 20, len(piece)):
                    got, want = lazy.search(piece, pos, endpos), plain.search(piece, pos, endpos)
                    assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), name
