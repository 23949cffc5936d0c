"""Plain-text sources: strict UTF-8; form feeds (as pdftotext writes them) are page breaks."""

from __future__ import annotations

from planaudit.documents import Paged
from planaudit.yamlsafe import decode


def read(shown: str, data: bytes) -> str:
    """The text of a UTF-8 file; with form feeds, its pages cleaned of running headers and page numbers."""
    if b"\f" not in data:
        return decode(shown, data)
    from planaudit.documents.layout import clean_pages

    decode(shown, data.replace(b"\f", b"\n"))  # every other check, located; a form feed is one byte either way
    text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    cleaned, starts = clean_pages(text.split("\f"))
    return Paged(cleaned, "text", starts)
