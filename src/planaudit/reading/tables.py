"""Rows of the tables a review prints as text: a name, then one number per column under labelled period headings."""

from __future__ import annotations

import re
from typing import NamedTuple

from planaudit.reading.lazyre import LazyPattern, compile_re

# How many lines above a row its table's headings may stand, and the longest line read as part of a table.
HEADING_REACH = 80
LINE_REACH = 200
_ROW = LazyPattern(
    r"^[ \t]*(?:[0-9]{1,3}[a-z]?[.)]?[ \t]+)?(?P<name>[^\n0-9]*[A-Za-z\u4e00-\u9fff][^\n0-9]*?)"
    r"(?P<numbers>(?:[ \t]+-?[0-9][0-9,]*(?:\.[0-9]+)?){2,})[ \t]*$"
)
_SERIAL = compile_re(r"^[ \t]*[0-9]{1,3}[a-z]?[.)]?[ \t]*$")
_TWO_NUMBERS = compile_re(r"[0-9][^0-9]+[0-9]")
_NUMBER = compile_re(r"-?[0-9][0-9,]*(?:\.[0-9]+)?")
# Column labels: what a budget table's column holds. BE = budget estimate, RE = revised estimate.
_LABEL = compile_re(
    r"\b(?:BE|RE|AE|actuals?|budget(?:ed)?|revised|estimates?|outturn|provisional|plan(?:ned)?|out-turn)\b",
    re.IGNORECASE,
)
_PERIOD = compile_re(r"(?<![0-9])((?:19|20)[0-9]{2})(?:\s*[-–/]\s*((?:19|20)?[0-9]{2}))?(?![0-9])")
_SCALE = compile_re(
    r"\((?:in |₹ |rs\.? )?(?P<unit>[^()\n]{0,30}"
    r"(?:crore|lakh|million|billion|thousand|rupee|pound|dollar|euro|[₹$£€元万亿])[^()\n]{0,20})\)",
    re.IGNORECASE,
)


class Column(NamedTuple):
    """A column heading: its label (BE, RE, Actuals…) and period (first and last calendar year)."""

    label: str
    period: tuple[int, int]


class Row(NamedTuple):
    """One row of a table: the name, its values by column, the line's span and the table's unit line."""

    name: str
    values: tuple[float, ...]
    columns: tuple[Column, ...]
    unit: str
    start: int
    end: int


def _period(match: re.Match[str]) -> tuple[int, int]:
    first = int(match.group(1))
    tail = match.group(2)
    if not tail:
        return (first, first)
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    return (first, last)


def rows(text: str) -> list[Row]:
    """Every table row of a text whose columns carry a label and a period ("BE RE BE" over "2016-2017 2016-2017
    2017-2018"), read line by line; rows with no such headings above them are left out."""
    out: list[Row] = []
    labels: tuple[list[str], int] | None = None  # the labels and the line number they stood on
    periods: tuple[list[tuple[int, int]], int] | None = None
    unit: tuple[str, int] | None = None
    position = 0
    lines = text.split("\n")
    for number, line in enumerate(lines):
        start, position = position, position + len(line) + 1
        if len(line) > LINE_REACH:
            continue  # a table line is short; a long one is prose (and the row pattern stays linear)
        found = [m.group() for m in _LABEL.finditer(line)]
        dates = [_period(m) for m in _PERIOD.finditer(line)]
        if len(found) >= 2 and len(found) * 2 >= len(line.split()) - 2:
            labels = (found, number)
        if len(dates) >= 2 and len(dates) * 2 >= len(line.split()) - 1:
            periods = (dates, number)
        scale = _SCALE.search(line)
        if scale is not None and len(line.strip()) <= 60:
            unit = (scale.group("unit"), number)
        match = _ROW.match(line) if labels is not None and _TWO_NUMBERS.search(line) else None
        if match is None or labels is None or periods is None or unit is None:
            continue
        values = [float(v.replace(",", "")) for v in _NUMBER.findall(match.group("numbers"))]
        if not all(number - seen <= HEADING_REACH for seen in (labels[1], periods[1], unit[1])):
            continue
        heads = labels[0][-len(values) :]
        dates_of = periods[0][-len(values) :]
        if len(heads) != len(values) or len(dates_of) != len(values):
            continue
        columns = tuple(Column(label, period) for label, period in zip(heads, dates_of, strict=True))
        name = match.group("name").strip()
        if number >= 2 and _SERIAL.match(lines[number - 1]) and not _NUMBER.search(lines[number - 2]):
            name = lines[number - 2].strip() + " " + name  # "Ministry of Health and Family" / "4" / "Welfare 38206 …"
        out.append(Row(name, tuple(values), columns, unit[0], start, start + len(line)))
    return out
