"""Shortcuts of the target scanner read as the longer way did: the measure's trailing words, the heading lookup."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planaudit.reading import scan
from planaudit.reading.scan import Heading, heading_at, strip_measure

_TRAILING = r"(?:达到|达|增长|增加|提高|提升|突破|超过|超|不少于|控制在|为|至|到|的|等|在|上|稳定|保持|维持|力争|确保|力求|争取|努力)+$"


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


def test_headings_are_read_once_per_text_and_each_caller_gets_its_own_list() -> None:
    text = "一、总体要求\n确保增长6%。\n二、重点工作\n新建学校3所。\n"
    first = scan.headings(text)
    first.append(Heading("九", "x", 0, 0))
    assert [h.title for h in scan.headings(text)] == ["总体要求", "重点工作"]
    assert scan.headings("1. Build Homes\nWe will build 500 homes.\n")[0].title == "Build Homes"


def test_the_deadline_and_named_patterns_find_what_they_find_written_plainly() -> None:
    """periods compiles its deadline and deliverable-name patterns behind a look-ahead (lazyre.skipping): the same
    matches, groups included."""
    from planaudit.reading import periods

    english, chinese, _ = periods._deadline_patterns()
    pairs = [
        (english, re.compile(periods._DEADLINE)),
        (chinese, re.compile(periods._CN_DEADLINE)),
        (periods._ZH_NAMED.compiled, re.compile(periods._ZH_NAMED._pattern, periods._ZH_NAMED._flags)),
        (periods._EN_NAMED.compiled, re.compile(periods._EN_NAMED._pattern, periods._EN_NAMED._flags)),
    ]
    texts = [
        "by March 2019, BY 2022 Before 2016-17 within the next two years ın the current fiscal, until FY 2020",
        "到2025年 2020年底前 今明两年 两年内 制定2030年前碳排放达峰行动方案，在2019年6月底前完成",
        "We will publish a plan to reach net zero by 2030; ſet out the strategy for getting 90% online by 2015.",
    ]
    for fast, plain in pairs:
        assert fast.pattern is None  # behind its look-ahead
        for text in texts:
            for start in range(len(text)):
                got = [(m.span(), m.groups()) for m in fast.finditer(text, start)]
                assert got == [(m.span(), m.groups()) for m in plain.finditer(text, start)]


def test_a_plan_s_first_line_is_read_as_splitting_every_line_read_it() -> None:
    from planaudit.drafting.common import _UNSAFE, _lines

    for text in ("", "a", "\n", "a\nb", "\n\n x \r\n", "abc\u2028d\x85", "x\n", "\x00\x00y"):
        assert list(_lines(text)) == _UNSAFE.split(text)


def _commitment_as_written(text: str, start: int, end: int, besides: str = "") -> tuple[str, int, str] | None:
    """scan._commitment as it read before word levels were kept: every word of the span, in order, the last kept."""
    from planaudit.reading import scan

    found = None
    for match in scan._COMMITMENT.finditer(text, start, end):
        word = match.group().lower()
        if word in scan._EN_PAST_PLEDGE:
            continue
        if word == "would" and not scan._REPORTED_PLEDGE.search(text, max(start, match.start() - 120), match.start()):
            continue
        level = scan.COMMITMENT_WORDS.get(word) or next(
            (lvl for key, lvl in scan._EN_COMMITMENT.items() if word.startswith(key)), scan._speech_level(word)
        )
        if level != besides:
            found = (level, match.start(), match.group())
    return found


def test_the_last_commitment_word_of_a_span_is_read_as_word_by_word() -> None:
    """_commitment reads the words found once over the whole text from the end, each word's level kept: the same last
    word, level and position as reading every word of the span in order, for every clause and sentence of the
    bundled texts and with each level set aside."""
    from planaudit.reading import scan

    root = __import__("pathlib").Path(__file__).resolve().parents[1]
    texts = [path.read_text(encoding="utf-8") for path in sorted((root / "examples").rglob("*.txt"))]
    texts.append(
        "We have ensured that 5 roads WOULD open. The council agreed that it would open 3 libraries, we will "
        "strive to, and propose to build 2; 确保增长，力争7%，拟安排资金，预期目标6%"
    )
    checked = 0
    for text in texts:
        for sentence in scan.sentences(text):
            for span in [sentence, *scan.clauses(text, sentence)]:
                for besides in ("", "commitment", "stretch", "planned", "expected"):
                    got = scan._commitment(text, span.start, span.end, besides)
                    assert got == _commitment_as_written(text, span.start, span.end, besides)
                    checked += got is not None
    assert checked > 100


def test_a_trie_of_words_matches_as_their_alternation_longest_first() -> None:
    """lazyre.trie factors an alternation by first letters; where several words match, the longest does."""
    from planaudit.reading.lazyre import trie

    words = ["will", "willing", "make sure", "make", "aim to", "a", "an ", "set aside", "setting aside", "set apart"]
    texts = ["Will WILLING willingly make sure, make it; aim to an a set aside setting aside set apart ſet x", ""]
    for suffix in (r"\w*", r"\b", ""):
        written = re.compile(r"(?i:\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")" + suffix + ")")
        factored = re.compile(r"(?i:\b" + trie(words) + suffix + ")")
        for text in texts:
            assert [m.span() for m in factored.finditer(text)] == [m.span() for m in written.finditer(text)]
    assert trie(["ten", "twelve", "two"]) == "t(?:en|w(?:elve|o))"


PLEDGE_ALPHABET = "willshaensurmkpovdcgt确保力争预期目标拟安排按务必求努取 ,.;\nſİıKWESM’"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=PLEDGE_ALPHABET, max_size=80))
def test_the_pledge_words_found_in_two_passes_are_those_found_in_one(text: str) -> None:
    """The commitment words of a whole text are looked for as Chinese words and English ones apart and merged: the
    same words at the same places as _COMMITMENT finds in one pass, a Chinese word inside an English one's word
    characters ("will确保") passed over as it is there."""
    from planaudit.reading import scan

    scan._commitment_words.cache_clear()
    starts, found = scan._commitment_words(text)
    assert [m.span() for m in found] == [m.span() for m in scan._COMMITMENT.finditer(text)]
    assert starts == [m.start() for m in found]


def test_the_pledge_words_found_in_two_passes_on_the_corpus_like_texts() -> None:
    from planaudit.reading import scan

    assert scan._words_apart()  # otherwise the one pass is read, as written
    root = __import__("pathlib").Path(__file__).resolve().parents[1]
    texts = [path.read_text(encoding="utf-8") for path in sorted((root / "examples").rglob("*.txt"))]
    texts += [path.read_text(encoding="utf-8") for path in sorted((root / "sources").glob("*.txt"))]
    texts.append("will确保 WILLING确保增长 ensure力争 ſhall 确保will 预期目标 a确保b make sure, MAKE  sure plans to")
    for text in texts:
        scan._commitment_words.cache_clear()
        assert [m.span() for m in scan._commitment_words(text)[1]] == [
            m.span() for m in scan._COMMITMENT.finditer(text)
        ]


@pytest.mark.parametrize(
    ("clause", "kept"),
    [
        ("Growth in median pay will keep pace with inflation", True),
        ("THE COUNCIL'S SPENDING WILL RISE IN LINE WITH PRICES", True),
        ("Fees will be ın ſtep with costs", True),
        ("Waiting times will \u212aeep up with demand", True),
        ("Growth in median pay will keep pace with growth in median pay", False),  # the same measure
        ("We will keep prices low", False),
    ],
)
def test_a_comparison_is_read_behind_its_words(clause: str, kept: bool) -> None:
    """_comparison looks for "keep pace", "keep up", "in line" or "in step" (ignoring case, with the letters `re` folds)
    before trying the comparison pattern: a comparison is found as before, a clause without those words at once not."""
    from planaudit.reading import scan

    word = scan._commitment(clause, 0, len(clause))
    assert word is not None
    found = scan._comparison(clause, scan.Span(0, len(clause)), word, None)
    assert (found is not None) == kept
    assert (scan._EN_COMPARISON.match(clause) is not None) == (kept or "growth in median pay" in clause.lower())


def test_headings_are_found_at_line_starts_as_the_patterns_find_them() -> None:
    """The heading patterns (^ under re.M) are looked for after each line break: the same matches as finditer, at
    the text's start and on lines that follow one another."""
    texts = [
        "一、总体要求\n二、重点工作\n\n三、保障措施。\n  四、其他\n",
        "1. Build Homes\n2. Open Clinics\n\nWe will:\n1. Build 500 homes\n II. Next Steps \nIII. x\n",
        "\n1. Start After A Break\r\n2. Carriage Return\n",
        "",
        "no heading here\n",
    ]
    root = __import__("pathlib").Path(__file__).resolve().parents[1]
    texts += [path.read_text(encoding="utf-8") for path in sorted((root / "examples").rglob("*.txt"))]
    for pattern in (scan._HEADING, scan._EN_HEADING):
        for text in texts:
            want = [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(text)]
            got = [(start, m.end(), m.groupdict()) for start, m in scan._at_line_starts(pattern, text)]
            assert got == want
    assert scan._at_line_starts(re.compile("b"), "abcb")[1][0] == 3  # a pattern without ^: finditer as it is
