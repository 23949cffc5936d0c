"""Where an English full stop ends a sentence and where a comma ends a clause, for every splitter in planaudit."""

from __future__ import annotations

from planaudit.reading.lazyre import compile_re

# Words whose full stop is part of the word: "Rs. 5", "No. 3", "Dr. Rao", "i.e. the", "U.S. exports".
_ABBREVIATION_WORDS = (
    "rs no nos dr mr mrs ms prof st sr jr vs viz cf fig figs art sec para cl ch vol pp p e.g i.e "
    "etc al approx govt dept jan feb mar apr jun jul aug sep sept oct nov dec est co ltd inc u.s "
    "u.k"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_APPROXIMATELY = frozenset({"c", "ca"})
_NUMBER_NEXT = compile_re(r"\s[$£€¥₹]?[0-9]")
_LIST_NUMBER = compile_re(r"(?:^|\n)[ \t]*[0-9]{1,3}$")
_WORD_BEFORE = compile_re(r"([A-Za-z][A-Za-z.]*)$")


def english_stop(text: str, index: int) -> bool:
    """Whether the "." at text[index] ends a sentence: before white space or the text's end, and not after an
    abbreviation (Rs., No., Dr., e.g.) or an initial ("A. P. Singh"). "in 2017-18." ends one; "34.5" does not."""
    following = text[index + 1 : index + 2]
    if following and not following.isspace():
        return False
    if _LIST_NUMBER.search(text, max(0, index - 8), index):
        return False  # "1. Introduction", "  12. The Scheme": a numbered paragraph
    word = _WORD_BEFORE.search(text, max(0, index - 12), index)
    if word is None:
        return True
    written = word.group(1)
    if written in _APPROXIMATELY:
        return not _NUMBER_NEXT.match(text, index + 1)  # "by c. 6%", "ca. €40 million": circa, before its number
    if written.lower() in _ABBREVIATIONS:
        # "etc." and "approx." may end a sentence: they do when a capital letter follows after the space.
        return written.lower() in ("etc", "approx") and _capital_next(text, index + 1)
    return not (len(written) == 1 and written.isupper())


def _capital_next(text: str, position: int) -> bool:
    rest = text[position : position + 4].lstrip()
    return rest[:1].isupper()


def comma_in_number(text: str, index: int) -> bool:
    """Whether the comma at text[index] groups digits ("34,334", "2,18,000") rather than ends a clause."""
    return (
        0 < index < len(text) - 2
        and text[index - 1].isdigit()
        and text[index + 1 : index + 3].isdigit()
        and not text[index + 1 : index + 2].isspace()
    )
