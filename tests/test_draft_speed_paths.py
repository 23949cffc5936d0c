"""Shortcuts of the draft's reading read as the longer way did, and repeated work is done once (operations counted)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planaudit.drafting import common as draft
from planaudit.reading import lazyre, periods, restated, scan, units

CLAUSE_ALPHABET = "ab .,，。；;\n\t12 9" + "\u2028"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=CLAUSE_ALPHABET, max_size=60), st.integers(0, 60), st.integers(0, 40))
def test_the_last_clause_end_is_the_last_one_finditer_finds(text: str, start: int, reach: int) -> None:
    """_clause_span finds the last clause end before a goal in one backing-off match: the end of the last match
    finditer finds in the window ("2019, 2020" keeps its comma, "1, 2018" too, a full stop before white space or the
    window's end counts)."""
    start = min(start, len(text))
    window = max(0, start - reach)
    want = max((m.end() for m in draft._CLAUSE_END.finditer(text, window, start)), default=window)
    last = draft._LAST_CLAUSE_END.match(text, window, start)
    assert (window if last is None else last.end()) == want
    padded = "x" * 290 + text  # _clause_span's own window: 300 characters before the goal
    at = 290 + start
    window = max(0, at - 300)
    want = max((m.end() for m in draft._CLAUSE_END.finditer(padded, window, at)), default=window)
    assert draft._clause_span(padded, at, at)[0] == want


def test_a_lazy_pattern_calls_re_directly_after_its_first_use() -> None:
    """After the first call, a lazy pattern's methods are the compiled pattern's own (no call of this module between a
    reader and `re`), and they answer as the compiled pattern does."""
    lazy = lazyre.LazyPattern(r"\b(?:will|shall)\b", re.IGNORECASE)
    lazyre.skipping(lazy)
    assert lazy._compiled is None
    assert lazy.search("We WILL build") is not None
    for name in ("search", "match", "fullmatch", "findall", "finditer", "sub", "split"):
        method = getattr(lazy, name)
        assert getattr(method, "__self__", None) is lazy.compiled, name
    assert lazy.sub("-", "we will, they shall") == "we -, they -"
    assert lazy.split("a will b", 1) == ["a ", " b"]


def test_the_target_verb_skips_to_its_first_characters() -> None:
    """scan._VERB is searched in most clauses: compiled to skip to the characters a verb starts with (its look-ahead
    alone made `re` enter the pattern at every character), matching as written."""
    assert scan._VERB._skip
    written = re.compile(scan._VERB._pattern)
    text = "We will increase 500 homes, 新增就业1100万人, grow ıncome, achieve; Kkeep; 控制在3%以内"
    assert [m.span() for m in scan._VERB.finditer(text)] == [m.span() for m in written.finditer(text)]
    assert scan._VERB.compiled.pattern is None  # compiled from the parse, with its first characters


def test_a_clause_with_no_deadline_reads_no_deliverable_names(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """act_deadlines reads the names of deliverables (named_spans) only where there is a deadline to leave out."""
    calls: list[str] = []
    real = periods.named_spans
    monkeypatch.setattr(periods, "named_spans", lambda text: calls.append(text) or real(text))
    assert periods.act_deadlines("We will publish a plan to reach net zero") == []
    assert calls == []
    assert [d.due for d in periods.act_deadlines("We will publish a plan to reach net zero by 2030")] == []
    assert len(calls) == 1
    assert [d.due for d in periods.act_deadlines("We will publish the plan by March 2024")] == ["2024-03"]


def test_restatements_read_each_amount_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A plan stating one pledge many times compares the statements pairwise: each one's amount in its unit's base is
    read once a statement, not once for each pair compared."""
    calls = 0
    real = units.in_base

    def counted(value: float | None, unit: str | None) -> tuple[float | None, str]:
        nonlocal calls
        calls += 1
        return real(value, unit)

    monkeypatch.setattr(restated, "in_base", counted)
    text = "".join(f"Section {i}\n\nWe will build 500 new homes in Riverton by 2020.\n\n" for i in range(12))
    findings = scan.scan(text)
    assert len(findings) == 12
    groups = restated.restatements(text, findings, [None] * len(findings))
    assert [len(group) for group in groups] == [12]  # one target, stated twelve times: 66 pairs compared
    assert calls == 2 * len(findings)


def test_sentences_end_at_a_full_stop_only_before_white_space() -> None:
    """The sentence splitter looks at a full stop only before white space or the text's end: "34.5", "Rs.5" and
    "U.S.A" stay in their sentence, as english_stop said before it was asked only there."""
    text = "Rs.5 crore for 34.5 km. Fig. 3 shows it.Next one. e.g. this\nEnd."
    spans = scan.sentences(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Rs.5 crore for 34.5 km",
        "Fig. 3 shows it.Next one",
        "e.g. this",
        "End",
    ]
