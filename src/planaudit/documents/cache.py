"""Extracted text kept beside its source (`.planaudit/NAME.txt`), trusted only when signed by this user's key."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import stat

from planaudit.documents import Paged
from planaudit.errors import InputError, UsageError

FOLDER = ".planaudit"
VERSION = "2"  # raised when extraction changes, so that older extracts are made again
_HEADER = re.compile(
    r"planaudit extracted text v(?P<version>\d+) kind=(?P<kind>pdf|html) sha256=(?P<source>[0-9a-f]{64}) "
    r"text-sha256=(?P<text>[0-9a-f]{64}) pages=(?P<starts>[0-9,]*) mac=(?P<mac>[0-9a-f]{64})\n"
)
KEY_BYTES = 32
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


def key_path() -> str | None:
    """Where this user's cache key lives: $XDG_CACHE_HOME/planaudit/text-key, else ~/.cache/planaudit/text-key."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = os.environ.get("HOME", "")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "planaudit", "text-key")


def _key(create: bool) -> bytes | None:
    """This user's secret that signs kept text, so that a text file planted beside a source (in a pull request, say)
    with digests that match is never taken for the source's text; None (no cache) where there is none to be had."""
    path = key_path()
    if path is None:
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        return _new_key(path) if create else None
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
            return None  # a key others can read or write signs nothing
        key = handle.read(KEY_BYTES + 1)
    return key if len(key) == KEY_BYTES else None


def _new_key(path: str) -> bytes | None:
    key = os.urandom(KEY_BYTES)
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        return _key(create=False)  # made by a run beside this one
    except OSError:
        return None
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
    return key


def _mac(key: bytes, fields: str, text: str) -> str:
    return hmac.new(key, fields.encode("utf-8") + b"\n" + text.encode("utf-8"), hashlib.sha256).hexdigest()


def _load(path: str, digest: str, kind: str) -> Paged | None:
    """The cached text when its header names this source's sha256 and kind, its own text checks out and this user's
    key signed it."""
    if not _regular(path):
        return None
    key = _key(create=False)
    if key is None:
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
    fields = raw[: header.start("mac") - len(" mac=")]
    if not hmac.compare_digest(_mac(key, fields, text), header["mac"]):
        return None  # written by someone else, or under another key
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
    key = _key(create=True)
    if key is None:
        return
    from planaudit.output import write_atomic

    pages = ",".join(str(start) for start in text.starts)
    fields = f"planaudit extracted text v{VERSION} kind={kind} sha256={digest} text-sha256={_digest(text.encode())}"
    fields += f" pages={pages}"
    with contextlib.suppress(UsageError, OSError):
        write_atomic(path, f"{fields} mac={_mac(key, fields, text)}\n{text}", what="the text cache")


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
