"""Page layout undone: running headers and footers, page numbers, line-end hyphens and odd characters dropped."""

from __future__ import annotations

import re
import unicodedata

# A line that is nothing but a page number: "3", "- 3 -", "第3页", "第 3 页 共 12 页", "Page 3 of 12", "3 / 12".
_PAGE_NUMBER = re.compile(
    r"[-–—\s]*\d{1,4}[-–—\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    r"|\d{1,4}\s*/\s*\d{1,4}",
    re.I,
)
_EDGE = 2  # lines at the top and at the bottom of a page looked at for running headers, footers and numbers
_DIGITS = re.compile(r"\d+")
_SOFT = re.compile("[\u00ad\u200b\ufeff]")
_HYPHEN = "\u0002"  # pdfium's mark for a hyphen it found at a line end
_SPACES = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Kangxi radicals and CJK compatibility ideographs, which some PDF producers map glyphs to (⼯ for 工).
_COMPAT = re.compile("[\u2f00-\u2fdf\uf900-\ufaff]")


def _edges(lines: list[str]) -> list[int]:
    """Indices of the first and last few non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:_EDGE] + filled[-_EDGE:]))


def clean_lines(page: str) -> list[str]:
    text = page.replace("\r\n", "\n").replace("\r", "\n")
    text = _SOFT.sub("", text).replace(_HYPHEN, "-")
    text = _COMPAT.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return [_SPACES.sub(" ", line).strip() for line in text.split("\n")]


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def _width(line: str) -> int:
    return sum(2 if _wide(char) else 1 for char in line)


def _full_width(lines: list[str]) -> float:
    """The width of a full line of the body text (the 90th percentile), or infinity when there are too few lines."""
    widths = sorted(_width(line) for line in lines if line)
    return widths[len(widths) * 9 // 10] if len(widths) >= 8 else float("inf")


def _joint(before: str, after: str) -> str | None:
    """What joins a line wrapped by the layout to the next: nothing next to CJK or after a broken word, else a space;
    None when `before` ends a sentence or a heading (it is kept as its own line)."""
    if not before or not after or before[-1] in _ENDS:
        return None
    if before.endswith("-") and len(before) > 1 and before[-2].islower() and after[0].islower():
        return "-"  # a hyphen the layout added: dropped with the line break
    return "" if _wide(before[-1]) or _wide(after[0]) else " "


_ENDS = frozenset("。！？；：.!?;:")


def clean_pages(pages: list[str]) -> tuple[str, tuple[int, ...]]:
    """The pages' text without what the layout added, and the offset at which each page after the first starts.

    Dropped: a line repeated at the top or the bottom of most pages (digits aside: "Annual report 2019 · 3"),
    lines that are only a page number there, and the line breaks of lines wrapped to the page's width (a line as
    wide as the body text's full lines runs on into the next, across a page break too, unless it ends a sentence).
    """
    split = [clean_lines(page) for page in pages]
    seen: dict[str, int] = {}
    for lines in split:
        for key in {_DIGITS.sub("#", lines[i]) for i in _edges(lines)}:
            seen[key] = seen.get(key, 0) + 1
    running = {key for key, count in seen.items() if len(split) >= 3 and count * 2 > len(split)}
    kept = []
    for lines in split:
        drop = {i for i in _edges(lines) if _DIGITS.sub("#", lines[i]) in running or _PAGE_NUMBER.fullmatch(lines[i])}
        kept.append(squeeze([line for i, line in enumerate(lines) if i not in drop]))
    full = _full_width([line for lines in kept for line in lines])
    parts: list[str] = []
    length = 0
    starts: list[int] = []
    previous = ""
    for number, lines in enumerate(kept):
        for index, line in enumerate(lines):
            joint = _joint(previous, line) if _width(previous) >= 0.85 * full else None
            if joint == "-":
                parts[-1] = parts[-1][:-1]
                length -= 1
                joint = ""
            separator = "" if not parts else ("\n" if joint is None else joint)
            if number and index == 0:
                starts.append(length + len(separator))
            parts.append(separator + line)
            length += len(separator) + len(line)
            previous = line
        if number and not lines:
            starts.append(length)
    return "".join(parts), tuple(starts)


def squeeze(lines: list[str]) -> list[str]:
    """Lines without leading, trailing or repeated blank lines."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out
