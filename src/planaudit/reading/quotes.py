"""Provenance: every quote must stand verbatim in its source document."""

from __future__ import annotations

import re
import unicodedata

from planaudit.reading.lazyre import compile_re

_LOOSE = compile_re(r"[\s\u3000]+")
_WIDTH = str.maketrans(
    {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "－": "-", "—": "-", "–": "-", "、": ","}
)


def loosen(text: str) -> str:
    """Text with white space dropped and punctuation folded to half width: how a quote that differs from its
    source "only in spacing or punctuation width" is recognised (and how document coverage finds it)."""
    return _LOOSE.sub("", text).translate(_WIDTH)


def is_loose_space(char: str) -> bool:
    """Whether loosen() drops the character."""
    return _LOOSE.match(char) is not None


_RUN = compile_re(r"\s+")


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def flow(text: str) -> str:
    """Text as a quote may cite it across line breaks: every run of white space (line breaks included)
    becomes one space, or nothing between two CJK characters ("建设\n高能级" reads "建设高能级"), and
    nothing where a line breaks next to one (a line wrapped as "增长\n10%" reads "增长10%"; a space
    typed between 增长 and 10% stays a space)."""

    def joined(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        if start == 0 or end == len(text):
            return ""
        return "" if _joins(text[start - 1], match.group(), text[end]) else " "

    return _RUN.sub(joined, text)


def _joins(before: str, run: str, after: str) -> bool:
    """Whether a run of white space between two characters flows to nothing (see flow)."""
    if _wide(before) and _wide(after):
        return True
    return (_wide(before) or _wide(after)) and ("\n" in run or "\r" in run or "\f" in run)


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """The 1-based line and column where the quote starts in the text: verbatim, else across line breaks."""
    at = text.find(quote)
    if at < 0:
        flowed = flow(quote)
        target = flow(text).find(flowed)
        if target < 0:
            return None
        at = _original_offset(text, target)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def _original_offset(text: str, flowed_offset: int) -> int:
    """The offset in text of the character at flowed_offset in flow(text)."""
    produced = 0
    position = 0
    for match in _RUN.finditer(text):
        kept = match.start() - position
        if produced + kept > flowed_offset:
            return position + (flowed_offset - produced)
        produced += kept
        start, end = match.start(), match.end()
        if start != 0 and end != len(text) and not _joins(text[start - 1], match.group(), text[end]):
            if produced == flowed_offset:
                return start
            produced += 1
        position = end
    return position + (flowed_offset - produced)


# Sources longer than this get a sampled k-gram index, so that checking many quotes stays linear.
INDEX_ABOVE = 64 * 1024
GRAM = 8
STRIDE = 4
# The index samples at most this many positions, widening its stride on bigger sources, so its
# memory stays bounded (a 60 MB source once cost 3.5 GB); quotes too short for the stride are
# found by plain substring search, which is linear.
MAX_SAMPLES = 1 << 21


class GramIndex:
    """Where each GRAM-character run starting at a multiple of the stride occurs in a text.

    A quote of at least GRAM + stride - 1 characters covers one such sampled position, so one of
    its first `stride` offsets finds every candidate place; `startswith` then confirms it. When the
    candidates would cost more to confirm than a scan of the text (a quote of a million 'a's against
    a text of 'a's), a plain substring search answers instead: linear whatever the quote.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.stride = stride = max(STRIDE, -(-len(text) // MAX_SAMPLES))
        grams: dict[str, list[int]] = {}
        for start in range(0, len(text) - GRAM + 1, stride):
            grams.setdefault(text[start : start + GRAM], []).append(start)
        self.grams = grams

    def positions(self, quote: str, most: int | None = None) -> list[int] | None:
        """Every place the quote starts, from the index's candidates; None when the index would not help
        (a quote too short for it, or candidates that would cost more to confirm than a scan) or when there are
        more than `most` candidates."""
        if len(quote) < GRAM + self.stride - 1:
            return None
        candidates = self._anchors(quote)
        count = sum(len(places) for _, places in candidates)
        if count * len(quote) > len(self.text) or (most is not None and count > most):
            return None
        found = {place - shift for shift, places in candidates for place in places if place >= shift}
        return sorted(p for p in found if self.text.startswith(quote, p))

    def contains(self, quote: str) -> bool:
        if len(quote) < GRAM + self.stride - 1:
            return quote in self.text
        candidates = self._anchors(quote)
        if sum(len(places) for _, places in candidates) * len(quote) > len(self.text):
            return quote in self.text
        # Rarer grams are cheaper to confirm, so try them first.
        for shift, places in sorted(candidates, key=lambda c: len(c[1])):
            if any(self.text.startswith(quote, place - shift) for place in places if place >= shift):
                return True
        return False

    def _anchors(self, quote: str) -> list[tuple[int, list[int]]]:
        """For each way an occurrence can fall against the sampled starts, the quote's rarest sampled gram there.

        An occurrence at p covers the sampled starts s, s + stride, … (p <= s < p + stride) while a whole gram
        fits in the quote: the grams of the quote at offsets o, o + stride, … (o = s - p) all lead to p, and
        the one with the fewest places costs the least to confirm. A quote whose first grams are common
        (确保…, "the …") is then looked up by a rarer one further on, not by a scan of the whole text.
        """
        stride, grams, last = self.stride, self.grams, len(quote) - GRAM
        candidates: list[tuple[int, list[int]]] = []
        for offset in range(stride):
            best: tuple[int, list[int]] | None = None
            for shift in range(offset, last + 1, stride):
                places = grams.get(quote[shift : shift + GRAM])
                if places is None:
                    best = (shift, [])
                    break
                if best is None or len(places) < len(best[1]):
                    best = (shift, places)
                    if len(places) == 1:
                        break
            if best is not None:
                candidates.append(best)
        return candidates


# A quote found in an indexed source at no more candidate places than this has them kept (see places).
PLACES_KEPT = 64


class QuoteIndex:
    """Source texts by id, answering 'is this quote verbatim?' with a hint when it is not."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._paths: dict[str, str] = {}
        self._loose: dict[object, str] = {}
        self._grams: dict[object, GramIndex] = {}
        self._nfc: dict[object, str] = {}
        self._flowed: dict[object, str | GramIndex] = {}
        self._nfkc: dict[object, str] = {}
        self._keys: dict[str, object] = {}
        self._plain: set[str] = set()
        self._places: dict[object, dict[str, list[int]]] = {}

    def add(self, source_id: str, path: str, text: str, key: object = None, plain: bool = True) -> None:
        """Register a source's text; ids with the same `key` (one file) share one index. Only a plain
        document of the audit (`plain`) ever has its text shown, in a hint or anywhere else."""
        self._texts[source_id] = text
        self._paths[source_id] = path
        self._keys[source_id] = path if key is None else key
        if plain:
            self._plain.add(source_id)

    def texts(self) -> dict[str, str]:
        """The loaded source texts by id."""
        return dict(self._texts)

    def documents(self) -> dict[str, str]:
        """The texts of the sources that are plain documents of the audit: the only ones whose text may be shown."""
        return {sid: text for sid, text in self._texts.items() if sid in self._plain}

    def loaded(self, source_id: str) -> bool:
        return source_id in self._texts

    def places(self) -> dict[str, dict[str, list[int]]]:
        """Where each quote found verbatim through an index starts, by source id: document coverage marks those
        places without searching (and indexing) the text again."""
        return {sid: self._places[key] for sid, key in self._keys.items() if key in self._places}

    def contains(self, source_id: str, quote: str) -> bool:
        """Whether the quote stands in the source: verbatim, or across the source's line breaks (see flow)."""
        text = self._texts[source_id]
        key = self._keys[source_id]
        if len(text) <= INDEX_ABOVE:
            if quote in text:
                return True
        else:
            places = self._places.setdefault(key, {})
            if quote in places:
                return True
            index = self._grams.get(key)
            if index is None:
                index = self._grams[key] = GramIndex(text)
            found = index.positions(quote, PLACES_KEPT)
            if found:
                places[quote] = found
                return True
            if found is None and index.contains(quote):  # too many candidates to list: found at the first
                return True
        flowed = self._flowed.get(key)
        if flowed is None:
            flowed_text = flow(text)
            flowed = self._flowed[key] = flowed_text if len(flowed_text) <= INDEX_ABOVE else GramIndex(flowed_text)
        wanted = flow(quote)
        return wanted in flowed if isinstance(flowed, str) else flowed.contains(wanted)

    def _normalized(self, source_id: str, quote: str) -> bool:
        """Whether the quote is in the source once both are in the same Unicode normal form (NFC)."""
        text = self._texts[source_id]
        if unicodedata.is_normalized("NFC", quote) and unicodedata.is_normalized("NFC", text):
            return False
        key = self._keys[source_id]
        nfc = self._nfc.get(key)
        if nfc is None:
            nfc = self._nfc[key] = _nfc(text)
        return _nfc(quote) in nfc

    def mismatch(self, source_id: str, quote: str) -> str:
        """What is wrong with a quote that `contains` did not find, saying where it diverges."""
        text = self._texts[source_id]
        where = f"quote not found verbatim in {self._paths[source_id]}"
        if source_id not in self._plain:  # each probe would show a piece of, say, a credentials file
            return f"{where} (not a plain document of the audit, so no hint shows any of its text)"
        loose = self._loose.get(self._keys[source_id])
        if loose is None:
            loose = self._loose[self._keys[source_id]] = loosen(text)
        if self._normalized(source_id, quote):
            return (
                f"{where}: it differs from the source only in Unicode normalisation "
                "(composed vs decomposed characters, NFC vs NFD); copy the text from the source"
            )
        key = self._keys[source_id]
        wide = self._nfkc.get(key)
        if wide is None:
            wide = self._nfkc[key] = unicodedata.normalize("NFKC", text)
        if unicodedata.normalize("NFKC", quote) in wide:
            return (
                f"{where}: it differs from the source only in character width (full-width ％ or １ against "
                "half-width % or 1, or the like); copy the text from the source"
            )
        if loosen(quote) in loose:
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


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _longest_prefix(text: str, quote: str) -> int:
    low, high = 0, len(quote)
    while low < high:
        middle = (low + high + 1) // 2
        if quote[:middle] in text:
            low = middle
        else:
            high = middle - 1
    return low
