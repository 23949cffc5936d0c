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


# A plan's table of indicators or tasks (专栏): cells split at |, at two spaces or more, a tab or an ideographic space.
_CELL_SPLIT = compile_re(r"[ \t]*[|｜][ \t]*|[ \t]{2,}|\t|\u3000+")
_RULE_LINE = compile_re(r"^[\s|｜:：\-—–=+]*$")
_NAME_HEAD = compile_re(
    r"^(?:主要)?(?:指标(?:名称)?|项目|名称|重点任务|任务(?:内容|名称)?|工作任务|主要任务|具体任务)$"
)
_YEAR_HEAD = compile_re(r"^(20[0-9]{2})年?(?:目标值?|基期值?|实际值?|预期值?)?$")
_RATE_HEAD = compile_re(r"年均|累计|增速|增幅")
_ATTR_HEAD = compile_re(r"^(?:指标)?属性$")
_UNIT_HEAD = compile_re(r"^(?:计量)?单位$")
_DUE_HEAD = compile_re(r"^(?:完成|办结)?时限$|^完成时间$|^时间节点$")
_TARGET_HEAD = compile_re(r"^目标值?$")
_HEAD_WORD = compile_re(r"指标|项目|名称|任务")
_UNIT_IN_NAME = compile_re(r"[（(]([^（）()]{1,12})[）)]\s*$")


class Indicator(NamedTuple):
    """One row of a plan's indicator or task table: the name cell, its target cell and what the headings say of it.

    column: "level" (the target year's value), "rate" (年均增长/累计) or "task" (a task with a 完成时限 cell)."""

    name: str
    name_start: int
    unit: str
    base: str  # the base year's cell ("" when none)
    target: str  # the cell the target is read from ("" for a task)
    target_at: int  # where that cell starts in the text
    column: str
    year: str  # the target year ("" when the headings give none)
    attribute: str  # the 属性 cell (预期性, 约束性) or ""
    due: str  # the 完成时限 cell or ""
    start: int
    end: int


def _cells(line: str) -> list[tuple[int, str]]:
    """A line's cells with their offsets; a pipe table's outer pipes give no empty cells."""
    out: list[tuple[int, str]] = []
    at = 0
    for cut in _CELL_SPLIT.finditer(line):
        if cut.start() > at:
            out.append((at, line[at : cut.start()]))
        at = cut.end()
    if at < len(line):
        out.append((at, line[at:]))
    return [(offset, cell) for offset, cell in out if cell.strip()]


def indicators(text: str) -> list[Indicator]:
    """The rows under every heading line of a plan's table that names an indicator or task column and a target (a
    year, 年均/累计, 目标) or a 完成时限 column; a blank line or a line of another shape ends the table. Linear."""
    out: list[Indicator] = []
    heads: list[str] | None = None
    position = 0
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        if len(line) > LINE_REACH or not line.strip():
            heads = None
            continue
        if heads is None and not _HEAD_WORD.search(line):
            continue  # the cheap test first: most lines are prose, no table's heading
        if _RULE_LINE.match(line):
            continue  # |---|---|
        cells = _cells(line)
        titles = [cell.strip() for _, cell in cells]
        if len(cells) >= 3 and any(_NAME_HEAD.match(t) for t in titles):
            targeted = any(_YEAR_HEAD.match(t) or _RATE_HEAD.search(t) or _TARGET_HEAD.match(t) for t in titles)
            heads = titles if targeted or any(_DUE_HEAD.match(t) for t in titles) else None
            continue
        if heads is None:
            continue
        if len(cells) > len(heads) or len(cells) < 2:
            heads = None
            continue
        columns = heads[len(heads) - len(cells) :]  # a row that leaves out its first (category) cell aligns right
        row = _indicator(columns, cells, start, start + len(line))
        if row is None:
            heads = None
        else:
            out.append(row)
    return out


def _indicator(columns: list[str], cells: list[tuple[int, str]], start: int, end: int) -> Indicator | None:
    name, name_at, unit, base, target, rate, attribute, due, year = "", 0, "", "", "", "", "", "", ""
    target_at = rate_at = 0
    years: list[tuple[int, str, int]] = []
    for title, (offset, cell) in zip(columns, cells, strict=True):
        cell = cell.strip()
        blank = cell in ("—", "-", "－", "/", "——", "")
        if _NAME_HEAD.match(title):
            name, name_at = cell, start + offset
        elif _ATTR_HEAD.match(title):
            attribute = cell
        elif _UNIT_HEAD.match(title):
            unit = cell
        elif _DUE_HEAD.match(title):
            due = cell
        elif (dated := _YEAR_HEAD.match(title)) is not None:
            years.append((int(dated.group(1)), "" if blank else cell, start + offset))
        elif _RATE_HEAD.search(title):
            rate, rate_at = "" if blank else cell, start + offset
        elif _TARGET_HEAD.match(title):
            target, target_at = "" if blank else cell, start + offset
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", name):
        return None
    if not unit and (inside := _UNIT_IN_NAME.search(name)) is not None:
        unit = inside.group(1)
    if years:
        years.sort()
        if len(years) > 1:
            base = years[0][1]
        year = str(years[-1][0])
        if not target:
            target, target_at = years[-1][1], years[-1][2]
    column = "level" if target else "rate" if rate else "task" if due else ""
    if not column:
        return None
    if column == "rate":
        target, target_at = rate, rate_at
    return Indicator(name, name_at, unit, base, target, target_at, column, year, attribute, due, start, end)
