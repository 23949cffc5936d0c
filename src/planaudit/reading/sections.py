"""Sections a progress report shares with its plan: the plan's numbered items ("Action 01") or headings restated."""

from __future__ import annotations

import bisect
import re

from planaudit.reading.lazyre import compile_re

# A numbered item of a plan, as a report restates it: "Action 01:", "Recommendation 3.", "Commitment 12 –",
# "Performance Goal 1.1.2:" (one word may qualify the kind).
_LABEL = compile_re(
    r"^[ \t#*•-]*(?:(?:performance|strategic|key|priority|annual|agency)[ \t]+)?"
    r"(?P<kind>action|recommendation|commitment|objective|priority|pledge|deliverable|milestone|measure"
    r"|outcome|goal|target|task|step|proposal)s?[ \t]+(?:no\.?[ \t]*)?(?P<number>[0-9]{1,3}(?:\.[0-9]{1,2}){0,2}[a-z]?)"
    r"(?=[ \t]*(?:[:.)–—-]|$))",
    re.IGNORECASE | re.MULTILINE,
)
# A numbered item's label and what ends it, at a line's start: "Performance Goal 3.1.2: ", "Action 4 – ".
_LABEL_LEAD = compile_re(_LABEL.pattern + r"[ \t]*[:.)–—-]?[ \t]*", re.IGNORECASE)


def without_label(line: str) -> str:
    """A line with its numbered item's label left out ("Goal 2.1: Launch the portal" → "Launch the portal"): a
    label names the item, not what is done or due ("Goal" is no target word in "Goal 2.1: the portal went live")."""
    found = _LABEL_LEAD.match(line)
    return line[found.end() :] if found is not None and found.end() < len(line) else line


# A heading line: short, between blank lines (or the text's ends), no sentence's end or lead-in colon.
_HEADING = compile_re(r"(?:^|(?<=\n\n))[ \t#]*(?P<title>[A-Z][^\n]{2,100}?)[ \t]*(?=\n\n|\n?$)")
_WORDS = compile_re(r"[a-z0-9]+")
_HEADING_WORDS = 12


def _heading_key(title: str) -> str | None:
    if title.rstrip().endswith((".", ":", ";", ",", "?", "!")) or title.lstrip().startswith(("*", "-", "•")):
        return None
    words = _WORDS.findall(title.lower())
    return " ".join(words) if 1 < len(words) <= _HEADING_WORDS else None  # "Introduction" names no one section


def heading_lines(text: str) -> list[tuple[int, str]]:
    """Where each heading line of a text starts and its title, one word long or more ("GOV.UK", "Digital inclusion"):
    each ends the section before it."""
    found = []
    for m in _HEADING.finditer(text):
        title = m["title"].strip()
        if not title.endswith((".", ":", ";", ",", "?", "!")) and len(_WORDS.findall(title.lower())) <= _HEADING_WORDS:
            found.append((m.start("title"), title))
    return found


def marks(text: str) -> list[tuple[int, str]]:
    """Where each numbered item ("action 1") and heading ("heading digital inclusion") of a text starts, in order."""
    found = [
        (m.start(), f"{m['kind'].lower()} {m['number'].lstrip('0') or '0'}".rstrip(".")) for m in _LABEL.finditer(text)
    ]
    labelled = {start for start, _ in found}
    for m in _HEADING.finditer(text):
        key = _heading_key(m["title"])
        if key is not None and not labelled.intersection(range(m.start(), m.start("title") + 1)):
            found.append((m.start("title"), "heading " + key))
    return sorted(found)


class Sections:
    """A text's sections, each from a mark (marks) to the next."""

    def __init__(self, text: str) -> None:
        self.marks = marks(text)
        self.starts = [start for start, _ in self.marks]
        self.ends = [*self.starts[1:], len(text)]
        self.by_key: dict[str, list[int]] = {}
        for number, (_, key) in enumerate(self.marks):
            self.by_key.setdefault(key, []).append(number)
        self._items = [start for start, key in self.marks if not key.startswith("heading ")]
        self._heads = [start for start, key in self.marks if key.startswith("heading ")]
        self._keys = dict(self.marks)

    def keys_at(self, position: int) -> list[str]:
        """The marks a position falls under: the nearest numbered item and the nearest heading before it."""
        found = []
        for starts in (self._items, self._heads):
            index = bisect.bisect_right(starts, position) - 1
            if index >= 0:
                found.append(self._keys[starts[index]])
        return found

    def spans(self, key: str) -> list[tuple[int, int]]:
        """Where the sections under a mark start and end."""
        return [(self.starts[number], self.ends[number]) for number in self.by_key.get(key, ())]
