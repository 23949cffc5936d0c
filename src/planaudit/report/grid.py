"""Plain-text tables that keep Chinese aligned: display widths, wrapping, optional ANSI colour.

rich's Table measured every cell again on each render (60 ms for 96 goals, a minute for 100k);
this does one pass, so the scorecard costs microseconds per row.
"""

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from planaudit.reading.lazyre import compile_re
from planaudit.textsafe import visible

RESET = "\x1b[0m"
STYLES = {"bold": "\x1b[1m", "dim": "\x1b[2m", "green": "\x1b[32m", "red": "\x1b[1;31m", "yellow": "\x1b[33m"}
_TOKENS = compile_re(r"[\x21-\x7e]+|\s+|.", re.DOTALL)


@lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def width(text: str) -> int:
    """Columns the text takes in a terminal: two for wide CJK characters."""
    if text.isascii():
        return len(text)
    return sum(_char_width(c) for c in text)


def _cut(token: str, limit: int) -> list[str]:
    """A word wider than the column in pieces of at most `limit` columns, in one pass."""
    if token.isascii():
        return [token[i : i + limit] for i in range(0, len(token), limit)]
    pieces, start, taken = [], 0, 0
    for index, char in enumerate(token):
        size = _char_width(char)
        if taken + size > limit and index > start:
            pieces.append(token[start:index])
            start, taken = index, 0
        taken += size
    pieces.append(token[start:])
    return pieces


def wrap(text: str, limit: int) -> list[str]:
    """Lines of at most `limit` columns: breaking at spaces, or between any two CJK characters.

    Controls and bidirectional marks are spelled out (textsafe.visible) so none reaches the terminal;
    linear in the text, however long its words.
    """
    lines: list[str] = []
    for paragraph in visible(text).split("\n"):
        line: list[str] = []
        used = 0
        for token in _TOKENS.findall(paragraph):
            size = width(token)
            if token.isspace():
                if line and used + size <= limit:
                    line.append(token)
                    used += size
                elif line:
                    lines.append("".join(line).rstrip())
                    line, used = [], 0
                continue
            if used + size > limit and line:
                lines.append("".join(line).rstrip())
                line, used = [], 0
            if size > limit:  # a word longer than the column: cut it
                *whole, token = _cut(token, limit)
                lines.extend(whole)
                size = width(token)
            line.append(token)
            used += size
        lines.append("".join(line).rstrip())
    return lines


class Column(NamedTuple):
    header: str
    right: bool = False
    wrap: bool = True
    max_width: int | None = None
    flexible: bool = False
    min_width: int = 6


class Cell(NamedTuple):
    text: str
    style: str | None = None


def paint(text: str, style: str | None, color: bool) -> str:
    return f"{STYLES[style]}{text}{RESET}" if color and style and text else text


def _pad(text: str, size: int, right: bool) -> str:
    gap = " " * max(0, size - width(text))
    return gap + text if right else text + gap


def render_table(
    columns: Sequence[Column], rows: Sequence[Sequence[Cell | str]], total: int, *, color: bool = False
) -> list[str]:
    """A header, a rule and the rows, fitting `total` columns; only flexible columns shrink below their content."""
    cells = [[c if isinstance(c, Cell) else Cell(c) for c in row] for row in rows]
    natural = [
        max([width(col.header)] + [max((width(part) for part in row[i].text.split("\n")), default=0) for row in cells])
        for i, col in enumerate(columns)
    ]
    widths = [min(n, col.max_width) if col.max_width else n for n, col in zip(natural, columns, strict=True)]
    gutter = 2 * (len(columns) - 1)
    spare = total - sum(widths) - gutter
    if spare < 0:
        flexible = [i for i, col in enumerate(columns) if col.flexible]
        for i in flexible:
            widths[i] = max(width(columns[i].header), columns[i].min_width, 8, widths[i] + spare // len(flexible))
    # Still too wide: narrow the other wrapping columns, widest first, down to 6 columns each.
    while (over := sum(widths) + gutter - total) > 0:
        candidates = [
            i for i, col in enumerate(columns) if col.wrap and widths[i] > max(6, col.min_width, width(col.header))
        ]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        floor = max(6, columns[widest].min_width, width(columns[widest].header))
        widths[widest] -= min(over, widths[widest] - floor)
    # Last resort: flexible columns give up their preferred minimum, down to 8.
    for i, col in enumerate(columns):
        over = sum(widths) + gutter - total
        if over > 0 and col.flexible:
            widths[i] = max(8, width(col.header), widths[i] - over)
    lines = [
        "  ".join(
            paint(_pad(visible(c.header), w, c.right), "bold", color) for c, w in zip(columns, widths, strict=True)
        )
    ]
    lines.append("  ".join("─" * w for w in widths))
    for row in cells:
        wrapped = [
            wrap(cell.text, w) if col.wrap else visible(cell.text).split("\n")
            for cell, col, w in zip(row, columns, widths, strict=True)
        ]
        for k in range(max(len(parts) for parts in wrapped)):
            out = [
                paint(_pad(parts[k] if k < len(parts) else "", w, col.right), cell.style, color)
                for parts, cell, col, w in zip(wrapped, row, columns, widths, strict=True)
            ]
            lines.append("  ".join(out).rstrip())
    return [line.rstrip() for line in lines]
