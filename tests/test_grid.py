"""The text table: display widths of CJK text, wrapping, and never wider than asked."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planaudit.report.grid import Cell, Column, render_table, width, wrap


def test_widths_count_wide_characters_twice() -> None:
    assert width("abc") == 3
    assert width("合同外资") == 8
    assert width("7.85亿美元") == 10
    assert width("e\u0301") == 1


def test_wrap_breaks_cjk_anywhere_and_latin_at_spaces() -> None:
    assert wrap("世界500强项目总数达到45个", 10) == ["世界500强", "项目总数达", "到45个"]
    assert wrap("Contracted FDI of 800 million USD", 12) == ["Contracted", "FDI of 800", "million USD"]
    assert wrap("supercalifragilistic", 8) == ["supercal", "ifragili", "stic"]


def test_columns_line_up_with_chinese_cells() -> None:
    lines = render_table(
        [Column("编号"), Column("目标", flexible=True), Column("值", right=True)],
        [["a", "合同外资", "8"], ["bb", "x", "10"]],
        80,
    )
    assert [width(line) for line in lines[:2]] == [width(lines[1])] * 2
    assert lines[2] == "a     合同外资   8"
    assert lines[3] == "bb    x         10"


def test_colour_wraps_cells_in_ansi_codes_only_when_asked() -> None:
    plain = render_table([Column("v")], [[Cell("ok", "green")]], 80)
    coloured = render_table([Column("v")], [[Cell("ok", "green")]], 80, color=True)
    assert "\x1b[" not in "".join(plain)
    assert "\x1b[32mok\x1b[0m" in coloured[-1]


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(st.text(alphabet="合同外资 abc,.-12（）", min_size=0, max_size=60), min_size=1, max_size=5),
    total=st.integers(40, 120),
)
def test_tables_never_exceed_the_width(texts: list[str], total: int) -> None:
    columns = [Column("ID", wrap=False, max_width=10), Column("Goal", flexible=True), Column("Target", max_width=14)]
    rows = [[f"g{i}"[:10], text, text[:14]] for i, text in enumerate(texts)]
    for line in render_table(columns, rows, total):
        assert width(line) <= total
