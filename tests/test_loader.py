"""The strict YAML layer: positions, YAML 1.2 scalars, and the PyYAML pitfalls it refuses cheaply."""

from __future__ import annotations

import resource

import pytest

from planaudit import yamlsafe
from planaudit.errors import InputError, Location


def _load(text: str) -> object:
    return yamlsafe.load("f.yaml", text).data


def _error(text: str) -> str:
    with pytest.raises(InputError) as info:
        _load(text)
    return str(info.value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a: no", "no"),
        ("a: yes", "yes"),
        ("a: on", "on"),
        ("a: true", True),
        ("a: 1:30", "1:30"),
        ("a: 2019-09-01", "2019-09-01"),
        ("a: 10", 10),
        ("a: -2.5", -2.5),
        ("a: 1e3", 1000.0),
        ("a: '010'", "010"),
        ("a: ~", None),
        ("a:", None),
        ("a: 0", 0),
        ("a: 1_000", "1_000"),
    ],
)
def test_scalars_follow_yaml_1_2_core_rules(text: str, value: object) -> None:
    assert _load(text) == {"a": value}


def test_columns_count_characters_not_bytes() -> None:
    root = yamlsafe.compose("f.yaml", "标题中文: x\ngoals:\n  - {id: 甲, bad: 1}\n")
    assert yamlsafe.locate("f.yaml", root, ("标题中文",)) == Location("f.yaml", 1, 7)
    assert yamlsafe.locate("f.yaml", root, ("goals", 0, "bad")) == Location("f.yaml", 3, 18)
    assert yamlsafe.locate("f.yaml", root, ("goals", 0, "bad"), key=True) == Location("f.yaml", 3, 13)
    assert yamlsafe.locate("f.yaml", root, ("goals", 0, "missing")) == Location("f.yaml", 3, 5)


def test_merge_key_bomb_is_rejected_before_it_expands() -> None:
    # Each level doubles the previous one: safe_load would build 2**30 entries.
    lines = ["a0: &a0 {x: 1, y: 2}"]
    for i in range(1, 30):
        lines.append(f"a{i}: &a{i} {{<<: [*a{i - 1}, *a{i - 1}], k{i}: 1}}")
    text = "\n".join(lines) + "\n"
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    message = _error(text)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert message.startswith("f.yaml:1:5: anchors (&name) are not allowed")
    assert grown_kib < 50_000  # expanded, it would be 2**30 entries


def test_billion_laughs_aliases_are_rejected() -> None:
    lines = ['a0: &a0 ["lol", "lol"]']
    for i in range(1, 25):
        lines.append(f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]")
    message = _error("\n".join(lines) + "\n")
    assert message.startswith("f.yaml:1:5: anchors (&name) are not allowed")


def test_several_problems_are_sorted_by_place() -> None:
    problems = InputError.at("b.yaml", 3, 1, "x").problems + InputError.at("a.yaml", 9, 1, "y").problems
    assert [str(p) for p in InputError(problems).problems] == ["a.yaml:9:1: y", "b.yaml:3:1: x"]


def test_an_alias_is_refused_where_it_is_used() -> None:
    assert _error("a: *nowhere\n") == "f.yaml:1:4: aliases (*name) are not allowed: write the value out"


def test_merge_key_without_aliases_is_rejected() -> None:
    assert _error("a:\n  <<: {b: 1}\n") == "f.yaml:2:3: merge keys (<<) are not allowed: write the keys out"
    assert _load("a:\n  '<<': 1\n") == {"a": {"<<": 1}}


def test_deep_nesting_is_refused_without_recursion() -> None:
    assert "nesting is deeper than 64 levels" in _error("a: " + "[" * 200_000 + "]" * 200_000)
    assert "nesting is deeper than 64 levels" in _error("a:\n" + "- " * 100_000 + "x\n")


def test_nested_collections_are_built_and_their_problems_located() -> None:
    text = "plan: x\ngoals:\n  - id: a\n    items: [b, {c: 1, d: [2, 3]}]\n  - [e]\n  - f\nafter: {g: null}\n"
    loaded = yamlsafe.load("f.yaml", text)
    assert loaded.data == {
        "plan": "x",
        "goals": [{"id": "a", "items": ["b", {"c": 1, "d": [2, 3]}]}, ["e"], "f"],
        "after": {"g": None},
    }
    assert loaded.item_lines == [3, 5, 6]  # the items of the top-level goals list only
    assert yamlsafe.load("f.yaml", "x:\n  goals: [a]\n").item_lines == []
    nested = "goals:\n  - id: a\n    rule: {kind: x, k: [1, {b: 1, c: 2, b: 3}]}\n"
    assert _error(nested).startswith("f.yaml:3:41: duplicate key 'b' (first defined at line 3)")
    assert _error("a:\n  - 1\n  - x: 1\n    y: 2\n    x: 3\n") == (
        "f.yaml:5:5: duplicate key 'x' (first defined at line 3)"
    )
    assert _error("a: 1\n? [b]\n: c\n") == "f.yaml:2:3: keys must be plain text, not lists or mappings"
    assert _error("a: {? {b: 1} : c}\n") == "f.yaml:1:7: keys must be plain text, not lists or mappings"
    assert _error("- a\n") == "f.yaml:1:1: expected a mapping at the top level, found a list"
    assert _error("just text\n") == "f.yaml:1:1: expected a mapping at the top level, found a single value"
    assert _error('a:\n  - {title: "x\\x01"}\n').startswith("f.yaml:2:13: 'title': control character U+0001")
    assert _error('a: ["x\\x01"]\n').startswith("f.yaml:1:5: control character U+0001")  # no key names it
    assert _error('"k\\x02": 1\n').startswith("f.yaml:1:1: control character U+0002")  # a key
    assert _load('a:\n  note: "two\\nlines"\n') == {"a": {"note": "two\nlines"}}
    assert "a line break is not allowed" in _error('a:\n  title: "two\\nlines"\n')


def test_position_of_an_offset() -> None:
    assert yamlsafe.position("ab\ncd", 4) == (2, 2)
    assert yamlsafe.position("ab", 0) == (1, 1)


def test_the_quote_index_agrees_with_plain_search() -> None:
    import random

    from planaudit.reading.quotes import INDEX_ABOVE, QuoteIndex

    rng = random.Random(7)
    alphabet = "经开区招商外资项目建设，。、的一二三"
    text = "".join(rng.choice(alphabet) for _ in range(INDEX_ABOVE * 2))
    index = QuoteIndex()
    index.add("s", "s.txt", text)
    for _ in range(2000):
        start = rng.randrange(len(text) - 40)
        quote = text[start : start + rng.randrange(2, 40)]
        assert index.contains("s", quote)
        altered = quote[:-1] + ("X" if quote[-1] != "X" else "Y")
        assert index.contains("s", altered) == (altered in text)


@pytest.mark.parametrize(
    ("text", "quote", "found"),
    [
        ("加快建设\n高能级平台", "加快建设高能级平台", True),  # a hard-wrapped Chinese line: nothing between CJK
        ("加快建设\n  高能级平台", "加快建设高能级平台", True),
        ("cut the average permit\napproval time", "cut the average permit approval time", True),
        ("cut the average permit\napproval time", "cut the average permitapproval time", False),
        ("加快建设高能级平台", "加快建设 高能级平台", True),  # a space in the quote between CJK is no difference
        ("增长10%以上", "增长 10% 以上", False),  # between a CJK character and a digit a space is a space
        ("增长\n10%以上", "增长10%以上", True),  # but a line wrapped there (PDF, pdftotext) breaks no quote
        ("完成合同外资8亿美元", "完成合同外资9亿美元", False),
    ],
)
def test_quotes_may_span_line_breaks(text: str, quote: str, found: bool) -> None:
    from planaudit.reading.quotes import QuoteIndex

    index = QuoteIndex()
    index.add("s", "s.txt", text)
    assert index.contains("s", quote) is found


def test_a_quote_across_a_line_break_is_located_where_it_starts() -> None:
    from planaudit.reading.quotes import locate

    text = "第一行\n我们要加快建设\n高能级平台。\nWe will cut the permit\napproval time."
    assert locate(text, "加快建设高能级平台") == (2, 4)
    assert locate(text, "cut the permit approval time") == (4, 9)
    assert locate(text, "approval time") == (5, 1)
    assert locate(text, "没有") is None


def test_long_sources_match_across_line_breaks_too() -> None:
    from planaudit.reading.quotes import INDEX_ABOVE, QuoteIndex

    text = "前文。" * (INDEX_ABOVE // 3) + "加快推进嘉杭路、万国路、百川路等11条精品示范道\n路建设" + "后文。" * 1000
    index = QuoteIndex()
    index.add("s", "s.txt", text)
    assert index.contains("s", "加快推进嘉杭路、万国路、百川路等11条精品示范道路建设")
    assert not index.contains("s", "加快推进嘉杭路、万国路、百川路等12条精品示范道路建设")


@pytest.mark.parametrize("quote", ["居民消费价格涨幅3%左右", "居民消费价格涨幅３％左右"])
def test_a_quote_differing_only_in_character_width_is_explained(quote: str) -> None:
    from planaudit.reading.quotes import QuoteIndex

    index = QuoteIndex()
    index.add("s", "s.txt", "居民消费价格涨幅3％左右")
    assert not index.contains("s", quote)  # quotes stay verbatim
    assert "differs from the source only in character width" in index.mismatch("s", quote)
