"""A plan's own names for what it counts: "25 … services - we call them exemplars", "projects, known as pilots"."""

from __future__ import annotations

import re

from planaudit.reading.lazyre import LazyPattern
from planaudit.reading.matching import stem

# "<noun> - we call them <name>", "<noun> (which we call <name>)", "<noun>, known as <name>", "<noun>, referred to
# as <name>", "<noun>, termed <name>": the name the plan gives a set of things it counts (an English plural noun).
_NAMED = LazyPattern(
    r"\b(?P<noun>[a-z]{3,}s)\b[ \t]*(?:[-–—,(:][ \t]*)?"
    r"(?:(?:which|that|and)[ \t]+)?(?:(?:we|they)[ \t]+(?:call|term|name|refer[ \t]+to)[ \t]+(?:them|these|those)"
    r"(?:[ \t]+as)?|(?:also[ \t]+)?(?:known|referred[ \t]+to|described)[ \t]+as|(?:called|termed|dubbed))"
    r"[ \t]+(?:the[ \t]+)?[‘'\"“]?(?P<name>[A-Za-z][a-z-]{2,}s)\b[’'\"”]?"
)
_WORDS = re.compile(r"[A-Za-z][A-Za-z-]*")


def nicknames(text: str) -> dict[str, str]:
    """The plan's names for counted nouns, by the noun ("services" → "exemplars"); a noun named two ways is left
    out (the plan does not say which set a count is of)."""
    found: dict[str, set[str]] = {}
    for match in _NAMED.finditer(text):
        noun, name = match.group("noun").lower(), match.group("name").lower()
        if stem(noun) != stem(name):
            found.setdefault(noun, set()).add(name)
    return {noun: names.pop() for noun, names in found.items() if len(names) == 1}


def named_unit(unit: str | None, before: str, names: dict[str, str]) -> str | None:
    """The plan's own name for a count's unit, when the words before the count (its sentence up to the figure) call
    what is counted by that name: "25 exemplar services" or "the exemplars" where the plan calls its services
    exemplars → "exemplars"; else None (a count of services with no such word is not a count of exemplars)."""
    if not unit or not names:
        return None
    unit = unit.rsplit(" ", 1)[-1]  # a counted noun phrase by its head: "exemplar services" are services
    name = names.get(unit.lower())
    if name is None:
        return None
    words = [w.lower() for w in _WORDS.findall(before)]
    named, noun = stem(name), stem(unit)
    for at, word in enumerate(words):
        if word == name or (stem(word) == named and at + 1 < len(words) and stem(words[at + 1]) == noun):
            return name  # "the exemplars", "exemplar services"
    return None
