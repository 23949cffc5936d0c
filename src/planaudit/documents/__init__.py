"""Source documents as text: plain text, PDF and web pages, told apart by their content, not their name."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping

from planaudit.errors import InputError

# Files that are none of the three, recognised by their first bytes, with what to do instead.
_OTHER = (
    (b"PK\x03\x04", "is a ZIP archive (a .docx, .xlsx or .odt document?): save it as PDF or plain text"),
    (b"\xd0\xcf\x11\xe0", "is a Microsoft Office file (.doc or .xls): save it as PDF or plain text"),
    (b"{\\rtf", "is an RTF document: save it as PDF or plain text"),
    (b"\x89PNG", "is an image (PNG): run OCR first and save its text"),
    (b"\xff\xd8\xff", "is an image (JPEG): run OCR first and save its text"),
    (b"GIF8", "is an image (GIF): run OCR first and save its text"),
    (b"II*\x00", "is an image (TIFF): run OCR first and save its text"),
    (b"MM\x00*", "is an image (TIFF): run OCR first and save its text"),
    (b"\x1f\x8b", "is gzip-compressed: uncompress it first"),
)
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:/")  # a scheme of two letters or more: C:/ is a drive


class Paged(str):
    """A document's text with what it was read from (`kind`: "text", "pdf" or "html") and, for a paged document,
    the offset at which each page after the first starts (`starts`), so that a citation can give the page."""

    kind: str
    starts: tuple[int, ...]

    def __new__(cls, text: str, kind: str, starts: tuple[int, ...] = ()) -> Paged:
        made = super().__new__(cls, text)
        made.kind = kind
        made.starts = starts
        return made

    @property
    def paged(self) -> bool:
        return self.kind == "pdf" or bool(self.starts)


def sniff(data: bytes, name: str = "") -> str:
    """What the bytes are: "pdf", "html", "text", or "other" (a format planaudit cannot read, see _OTHER)."""
    if data[:1024].lstrip(b"\xef\xbb\xbf\r\n\t ").startswith(b"%PDF-") or data.startswith(b"%PDF-"):
        return "pdf"
    head = data[:4096].removeprefix(b"\xef\xbb\xbf")
    if _HTML_START.match(head) or (name.lower().endswith((".html", ".htm", ".xhtml")) and head.lstrip()[:1] == b"<"):
        return "html"
    for magic, _ in _OTHER:
        if data.startswith(magic):
            return "other"
    return "text"


def text_of(shown: str, data: bytes, real: str | None = None) -> str:
    """The text of a source document's bytes (errors name `shown`), as quotes are checked against.

    PDF and HTML are extracted (PDF in a separate process with bounded time and memory) and, with `real`
    (the file's real path), kept in a `.planaudit/` folder beside it, re-extracted only when its sha256 changes.
    """
    kind = sniff(data, real or shown)
    if kind == "other":
        reason = next(message for magic, message in _OTHER if data.startswith(magic))
        raise InputError.at(shown, 0, 0, f"the file {reason}")
    if kind == "text":
        from planaudit.documents.text import read

        return read(shown, data)
    from planaudit.documents import cache

    return cache.extracted(shown, data, kind, real)


def read_document(path: str) -> str:
    """The text of the document at `path` (plain text, PDF or HTML), for commands that take a document directly
    (draft): nothing is kept beside it, since it may lie outside any audit."""
    from planaudit.output import LINK_LEAVES, link_leaves
    from planaudit.yamlsafe import read_bytes

    if _URL.match(path):
        raise InputError.at(
            path, 0, 0, "is a web address: planaudit never downloads; save the document and give its file"
        )
    if link_leaves(path):
        raise InputError.at(path, 0, 0, LINK_LEAVES)
    return text_of(path, read_bytes(path))


def described(path: str, real: str, text: str) -> str:
    """How messages about quotes name a source: a PDF or web page with the file holding the text it was read as
    (where a quote must be copied from), when that file was kept."""
    if not isinstance(text, Paged) or text.kind == "text":
        return path
    import os

    from planaudit.documents.cache import FOLDER, cache_path

    if not os.path.isfile(cache_path(real)):
        return path
    return f"{path} (read as the text in {os.path.join(os.path.dirname(path), FOLDER, os.path.basename(real))}.txt)"


def page_at(text: str, line: int, column: int) -> int | None:
    """The 1-based page on which a 1-based line and column of a paged text stand, or None when it has no pages."""
    if not (isinstance(text, Paged) and text.paged):
        return None
    offset = 0
    for _ in range(line - 1):
        offset = text.find("\n", offset) + 1
        if offset == 0:
            break
    return bisect.bisect_right(text.starts, offset + column - 1) + 1


def saved_as_text(path: str, text: str) -> tuple[str, str]:
    """Where a document read from elsewhere is copied as plain text, and the text: a PDF's or web page's text is
    saved as NAME.txt beside the copy's name (its pages are not kept: draft in the document's folder to keep them)."""
    if not isinstance(text, Paged) or text.kind == "text":
        return path, text
    return f"{path}.txt", str(text)


# Citing a page costs a search of the document per quote: past this many quotes, the rest are shown without one.
MAX_CITED = 20_000


def pages(texts: Mapping[str, str], quotes: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The page of each (source id, quote) that stands in a paged document (a PDF, or text with form feeds)."""
    from planaudit.reading.quotes import locate

    paged = {sid: text for sid, text in texts.items() if isinstance(text, Paged) and text.paged}
    found: dict[tuple[str, str], int] = {}
    if not paged:
        return found
    for count, (source, quote) in enumerate(dict.fromkeys(quotes)):
        text = paged.get(source)
        if text is None:
            continue
        if count >= MAX_CITED:
            break
        position = locate(text, quote)
        page = None if position is None else page_at(text, *position)
        if page is not None:
            found[source, quote] = page
    return found
