"""Provenance: every quote must stand verbatim in its source document."""

from __future__ import annotations

import re

_LOOSE = re.compile(r"[\s\u3000]+")
_WIDTH = str.maketrans(
    {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "－": "-", "—": "-", "–": "-", "、": ","}
)


def _loose(text: str) -> str:
    return _LOOSE.sub("", text).translate(_WIDTH)


class QuoteIndex:
    """Source texts by id, answering 'is this quote verbatim?' with a hint when it is not."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._paths: dict[str, str] = {}
        self._loose: dict[str, str] = {}

    def add(self, source_id: str, path: str, text: str) -> None:
        self._texts[source_id] = text
        self._paths[source_id] = path

    def loaded(self, source_id: str) -> bool:
        return source_id in self._texts

    def contains(self, source_id: str, quote: str) -> bool:
        return quote in self._texts[source_id]

    def verify(self, source_id: str, quote: str) -> str | None:
        """None when the quote is verbatim; otherwise what is wrong, saying where it diverges."""
        text = self._texts[source_id]
        if quote in text:
            return None
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
