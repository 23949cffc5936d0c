"""Extracted text kept beside its source (`.planaudit/NAME.txt`), trusted only while the source's sha256 matches."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat

from planaudit.documents import Paged
from planaudit.errors import InputError, UsageError

FOLDER = ".planaudit"
VERSION = "1"  # raised when extraction changes, so that older extracts are made again
_HEADER = re.compile(
    r"planaudit extracted text v(?P<version>\d+) kind=(?P<kind>pdf|html) sha256=(?P<source>[0-9a-f]{64}) "
    r"text-sha256=(?P<text>[0-9a-f]{64}) pages=(?P<starts>[0-9,]*)\n"
)
# What no extracted text may hold: control characters other than tab and line feed.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\u202a-\u202e\u2066-\u2069]")


def cache_path(real: str) -> str:
    """Where the text extracted from the file at `real` is kept: `.planaudit/NAME.txt` in the file's folder."""
    folder, name = os.path.split(real)
    return os.path.join(folder, FOLDER, f"{name}.txt")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _regular(path: str) -> bool | None:
    """True for a regular file, None when nothing is there, False for anything else (a link, a folder...)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError:
        return False
    return stat.S_ISREG(mode)


def _load(path: str, digest: str, kind: str) -> Paged | None:
    """The cached text when its header names this source's sha256 and kind and its own text checks out."""
    if not _regular(path):
        return None
    from planaudit.yamlsafe import max_bytes, read_bytes

    try:
        raw = read_bytes(path, max_bytes()).decode("utf-8")
    except (InputError, UnicodeDecodeError):
        return None
    header = _HEADER.match(raw)
    if header is None or header["version"] != VERSION or header["kind"] != kind or header["source"] != digest:
        return None
    text = raw[header.end() :]
    if _digest(text.encode("utf-8")) != header["text"] or _CONTROL.search(text):
        return None  # edited by hand, or damaged
    starts = tuple(int(n) for n in header["starts"].split(",") if n)
    if list(starts) != sorted(starts) or (starts and starts[-1] > len(text)):
        return None
    return Paged(text, kind, starts)


def _store(path: str, digest: str, kind: str, text: Paged) -> None:
    """Keep the text for next time; a folder that cannot hold it (read-only, a link) only means no cache."""
    folder = os.path.dirname(path)
    if _regular(path) is False:
        return
    with contextlib.suppress(OSError):
        os.mkdir(folder)
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):  # a link is never followed out of the audit
            return
    except OSError:
        return
    from planaudit.output import write_atomic

    pages = ",".join(str(start) for start in text.starts)
    header = f"planaudit extracted text v{VERSION} kind={kind} sha256={digest} text-sha256={_digest(text.encode())}"
    header += f" pages={pages}\n"
    with contextlib.suppress(UsageError, OSError):
        write_atomic(path, header + text, what="the text cache")


def extracted(shown: str, data: bytes, kind: str, real: str | None) -> Paged:
    """The text of a PDF or HTML document, from the cache beside it when it is there and still matches."""
    digest = _digest(data)
    path = cache_path(real) if real is not None else None
    cached = _load(path, digest, kind) if path is not None else None
    if cached is not None:
        return cached
    if kind == "pdf":
        from planaudit.documents.pdf import extract
    else:
        from planaudit.documents.html import extract
    text, starts = extract(shown, data)
    bad = _CONTROL.search(text)
    if bad is not None:
        raise InputError.at(shown, 0, 0, f"the text holds control character U+{ord(bad.group()):04X}")
    if not text.strip():
        raise InputError.at(shown, 0, 0, f"the {kind.upper()} holds no text")
    paged = Paged(text, kind, starts)
    if path is not None:
        _store(path, digest, kind, paged)
    return paged
