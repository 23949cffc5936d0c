"""What a run reads of a big text, kept for the next run on the same text, in the user's cache under the user's key."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple, TypeVar

T = TypeVar("T")

# A text shorter than this is read on each run: reading 50,000 characters costs some 50 ms, looking them up some 2 ms.
KEEP_ABOVE = 50_000
# Texts kept at most, and their bytes at most (a 100,000-goal audit keeps some 30 MB); the least recently used go first.
KEPT = 32
KEPT_BYTES = 256 << 20
FOLDER = "kept"
_MAGIC = b"planaudit kept v1 "


class Phrase(NamedTuple):
    """What document coverage reads of one target phrase the scanner finds in a plan (reading.scan.Finding)."""

    start: int
    end: int
    kind: str
    level: str
    section: str | None  # the title of the heading it falls under


def phrases(text: str) -> list[Phrase] | None:
    """The target phrases kept for this plan text by this code, or None."""
    import json

    body = _read("phrases", text)
    if body is None:
        return None
    try:
        starts, ends, kinds, levels, sections, names = json.loads(body)
        return [
            Phrase(start, end, names[kind], names[level], None if section < 0 else names[section])
            for start, end, kind, level, section in zip(starts, ends, kinds, levels, sections, strict=True)
        ]
    except (ValueError, TypeError, IndexError, KeyError):
        return None


def keep_phrases(text: str, found: Sequence[Phrase]) -> None:
    """Keep a plan's target phrases for the next run on its text."""
    import json

    names: dict[str, int] = {}

    def index(name: str) -> int:
        return names.setdefault(name, len(names))

    columns = (
        [p.start for p in found],
        [p.end for p in found],
        [index(p.kind) for p in found],
        [index(p.level) for p in found],
        [-1 if p.section is None else index(p.section) for p in found],
    )
    _write("phrases", text, json.dumps([*columns, list(names)], ensure_ascii=False, separators=(",", ":")).encode())


def pickled(what: str, text: str, kind: type[T]) -> T | None:
    """What was kept of the text (what: which reading of it) by this code, when it is of this kind; else None."""
    import pickle

    body = _read(what, text)
    if body is None:
        return None
    try:
        # Unpickled only once the signature under this user's key is found good: this user's run wrote it.
        found: Any = pickle.loads(body)
    except Exception:
        return None
    return found if type(found) is kind else None


def pickled_or_read(what: str, text: str, kind: type[T], read: Callable[[], T]) -> T:
    """What was kept of a big text (KEEP_ABOVE characters or more) by this code, else read and kept for the next run."""
    keep = len(text) >= KEEP_ABOVE
    found = pickled(what, text, kind) if keep else None
    if found is None:
        found = read()
        if keep:
            keep_pickled(what, text, found)
    return found


def keep_pickled(what: str, text: str, found: object) -> None:
    """Keep a reading of the text (what: which) for the next run on the same text."""
    import pickle

    if _where(what, text, create=True) is None:  # nowhere to keep it: not worth pickling
        return
    try:
        body = pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # nothing to keep that can be kept: read again next time
        return
    _write(what, text, body)


def marshalled(what: str, text: str) -> Any:
    """What was kept of the text by keep_marshalled (plain values), or None."""
    import marshal

    body = _read(what, text)
    if body is None:
        return None
    try:
        return marshal.loads(body)  # only once the signature under this user's key is found good
    except Exception:
        return None


def keep_marshalled(what: str, text: str, values: Any) -> None:
    """Keep plain values (dicts, lists, strings, numbers, None: a YAML file's) read of the text for the next run:
    marshal writes them in a quarter of pickle's time, and reads them back sharing each string as they shared it."""
    import marshal

    if _where(what, text, create=True) is None:
        return
    try:
        body = marshal.dumps(values)
    except ValueError:  # not plain values
        return
    _write(what, text, body)


@contextlib.contextmanager
def remembering(*whats: str) -> Iterator[None]:
    """Within, this process holds each body of these readings it reads or keeps (see remembered): a process that hands
    the readings on to another sends those bytes instead of serialising the same readings a second time."""
    _remembering.update(whats)
    try:
        yield
    finally:
        _remembering.difference_update(whats)
        _remembered.clear()


def remembered(what: str, text: str) -> bytes | None:
    """The body of the reading (see remembering) this process read or kept of the text, or None."""
    code = _code() if what in _remembering else ""
    return _remembered.get(_name(code, what, _digest(text))) if code else None


_remembering: set[str] = set()
_remembered: dict[str, bytes] = {}  # by kept file name


@functools.cache
def _code() -> str:
    """What the readings depend on besides the text: planaudit's sources (any change in the reader reads anew) and
    the interpreter; empty when the sources cannot be read (then nothing is kept)."""
    import hashlib

    digest = hashlib.sha256(sys.version.encode())
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        for folder, folders, files in os.walk(root):
            folders.sort()
            for name in sorted(files):
                if name.endswith(".py"):
                    with open(os.path.join(folder, name), "rb") as handle:
                        digest.update(name.encode() + b"\0" + handle.read())
    except OSError:
        return ""
    return digest.hexdigest()


def _where(what: str, text: str, create: bool) -> tuple[str, bytes] | None:
    """The file what is read of the text is kept in, and the key that signs it (made if `create`); None when no key
    can be had."""
    from planaudit.documents.cache import _key, key_path

    code = _code()
    path = key_path()
    if not code or path is None:
        return None
    key = _key(create)
    if key is None:
        return None
    return os.path.join(os.path.dirname(path), FOLDER, _name(code, what, _digest(text))), key


def _name(code: str, what: str, text_digest: str) -> str:
    """The kept file's name: a digest of the code, the reading and the text."""
    import hashlib

    return hashlib.sha256(f"{code}\0{what}\0{text_digest}".encode()).hexdigest()


@functools.lru_cache(maxsize=8)
def _digest(text: str) -> str:
    """A text's digest, worked out once per run for every reading kept of it and for both the look-up that misses and
    the keeping that follows it (a big text's digest costs what reading its bytes does)."""
    import hashlib

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _read(what: str, text: str) -> bytes | None:
    """The body kept for the text, when this user's key signed it; None otherwise."""
    import hmac

    where = _where(what, text, create=False)
    if where is None:
        return None
    path, key = where
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError:
        return None
    head, _, body = raw.partition(b"\n")
    if not head.startswith(_MAGIC) or not hmac.compare_digest(head[len(_MAGIC) :], _mac(key, body).encode()):
        return None  # written under another key, edited or damaged
    with contextlib.suppress(OSError):
        os.utime(path)  # used: among the last to go
    if what in _remembering:
        _remembered[os.path.basename(path)] = body
    return body


def _write(what: str, text: str, body: bytes) -> None:
    """Keep the body for the next run on the text; a cache that cannot hold it only means none."""
    where = _where(what, text, create=True)
    if where is None:
        return
    path, key = where
    if what in _remembering:
        _remembered[os.path.basename(path)] = body
    folder = os.path.dirname(path)
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(_MAGIC + _mac(key, body).encode() + b"\n" + body)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    _forget_old(folder)


def _mac(key: bytes, body: bytes) -> str:
    import hashlib
    import hmac

    return hmac.new(key, body, hashlib.sha256).hexdigest()


def _forget_old(folder: str) -> None:
    """Remove the least recently used texts' readings past KEPT of them or KEPT_BYTES in all."""
    try:
        entries = [(entry, entry.stat(follow_symlinks=False)) for entry in os.scandir(folder)]
    except OSError:
        return
    entries = [(entry, info) for entry, info in entries if entry.is_file(follow_symlinks=False)]
    entries.sort(key=lambda pair: pair[1].st_mtime_ns, reverse=True)
    total = 0
    for count, (entry, info) in enumerate(entries):
        total += info.st_size
        if count >= KEPT or total > KEPT_BYTES:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
