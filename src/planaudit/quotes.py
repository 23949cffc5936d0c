"""Provenance: every quote must stand verbatim in its source document."""

from __future__ import annotations

import re

_LOOSE = re.compile(r"[\s\u3000]+")
_WIDTH = str.maketrans(
    {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "－": "-", "—": "-", "–": "-", "、": ","}
)


def _loose(text: str) -> str:
    return _LOOSE.sub("", text).translate(_WIDTH)


# Sources longer than this get a sampled k-gram index, so that checking many quotes stays linear.
INDEX_ABOVE = 64 * 1024
GRAM = 8
STRIDE = 4


class _GramIndex:
    """Where each GRAM-character run starting at a multiple of STRIDE occurs in a text.

    A quote of at least GRAM + STRIDE - 1 characters covers one such sampled position, so one of
    its first STRIDE offsets finds every candidate place; `startswith` then confirms it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        grams: dict[str, list[int]] = {}
        for start in range(0, len(text) - GRAM + 1, STRIDE):
            grams.setdefault(text[start : start + GRAM], []).append(start)
        self.grams = grams

    def contains(self, quote: str) -> bool:
        if len(quote) < GRAM + STRIDE - 1:
            return quote in self.text
        candidates = []
        for offset in range(STRIDE):
            places = self.grams.get(quote[offset : offset + GRAM])
            if places is not None:
                candidates.append((len(places), offset, places))
        # The true alignment is among these offsets; rarer grams are cheaper to confirm, so try them first.
        for _, offset, places in sorted(candidates):
            if any(self.text.startswith(quote, place - offset) for place in places if place >= offset):
                return True
        return False


class QuoteIndex:
    """Source texts by id, answering 'is this quote verbatim?' with a hint when it is not."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._paths: dict[str, str] = {}
        self._loose: dict[str, str] = {}
        self._grams: dict[str, _GramIndex] = {}

    def add(self, source_id: str, path: str, text: str) -> None:
        self._texts[source_id] = text
        self._paths[source_id] = path

    def loaded(self, source_id: str) -> bool:
        return source_id in self._texts

    def contains(self, source_id: str, quote: str) -> bool:
        text = self._texts[source_id]
        if len(text) <= INDEX_ABOVE:
            return quote in text
        index = self._grams.get(source_id)
        if index is None:
            index = self._grams[source_id] = _GramIndex(text)
        return index.contains(quote)

    def mismatch(self, source_id: str, quote: str) -> str:
        """What is wrong with a quote that `contains` did not find, saying where it diverges."""
        text = self._texts[source_id]
        where = f"quote not found verbatim in {self._paths[source_id]}"
        loose = self._loose.get(source_id)
        if loose is None:
            loose = self._loose[source_id] = _loose(text)
        if _loose(quote) in loose:
            return f"{where}: it differs from the source only in spacing or punctuation width"
        matched = _longest_prefix(text, quote)
        if matched == 0:
            return f"{where}: not even its first character appears"
        start = text.find(quote[:matched])
        found = text[start + matched : start + matched + 12]
        return (
            f"{where}: the first {matched} characters match ({quote[:matched][-12:]!r}), "
            f"then the quote has {quote[matched : matched + 12]!r} where the source has {found!r}"
        )


def _longest_prefix(text: str, quote: str) -> int:
    low, high = 0, len(quote)
    while low < high:
        middle = (low + high + 1) // 2
        if quote[:middle] in text:
            low = middle
        else:
            high = middle - 1
    return low
