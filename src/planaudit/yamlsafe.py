"""Strict YAML reading: bytes to plain values via libyaml's events, refusing what PyYAML gets wrong."""

from __future__ import annotations

import gc
import itertools
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, SequenceNode

from planaudit import textsafe
from planaudit.errors import InputError, Location, Problem
from planaudit.reading.lazyre import compile_re

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml is present on every supported platform
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_BYTES_ENV = "PLANAUDIT_MAX_FILE_SIZE"
MAX_DEPTH = 64
# What libyaml says when it meets its own nesting limit (PyYAML >= 6.0.4), before planaudit's.
_LIBYAML_DEPTH = "exceeded maximum nesting depth"

_TAG = "tag:yaml.org,2002:"
_SEQ, _MAP, _STR = _TAG + "seq", _TAG + "map", _TAG + "str"
# What YAML may not contain: C0 and C1 controls (but tab, newlines and NEL) and the noncharacters U+FFFE/U+FFFF.
_CONTROL = compile_re("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
# Bidirectional controls and line separators, which no input file needs even in a comment.
_RAW_MARKS = compile_re("[\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_ANCHOR_MESSAGE = "anchors (&name) are not allowed, nor aliases to them: write the value out"
_ALIAS_MESSAGE = "aliases (*name) are not allowed: write the value out"
_INT = compile_re(r"[-+]?(?:0|[1-9][0-9]*)")
_LEADING_ZERO = compile_re(r"[-+]?0[0-9]+")
_FLOAT = compile_re(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_OTHER_BASE = compile_re(r"[-+]?0[xXoObB][0-9a-fA-F_]+")
_NOT_FINITE = compile_re(r"[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")
_PLAIN_CONSTANTS: dict[str, bool | None] = {
    **dict.fromkeys(("", "~", "null", "Null", "NULL")),
    **dict.fromkeys(("true", "True", "TRUE"), True),
    **dict.fromkeys(("false", "False", "FALSE"), False),
}
_NUMBER_START = frozenset("0123456789+-.")


# The largest PLANAUDIT_MAX_FILE_SIZE accepted: 1 TiB, far past any plan, still a sane read size.
MAX_BYTES_CEILING = 1 << 40


def max_bytes_problem(raw: str) -> str | None:
    """Why a PLANAUDIT_MAX_FILE_SIZE value is refused, or None when it is a usable size."""
    if raw == "":
        return None
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 16 or not 0 < int(raw) <= MAX_BYTES_CEILING:
        return f"{MAX_BYTES_ENV} must be a whole number of bytes from 1 to {MAX_BYTES_CEILING} (1 TiB)"
    return None


def max_bytes() -> int:
    """The file size limit, from the environment or the default (the CLI refuses a bad value first)."""
    raw = os.environ.get(MAX_BYTES_ENV, "")
    return int(raw) if raw and max_bytes_problem(raw) is None else DEFAULT_MAX_BYTES


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB" if n >= 1024 * 1024 else f"{n:,} bytes"


_KINDS = (
    (stat.S_ISDIR, "is a directory, not a file"),
    (stat.S_ISFIFO, "is a pipe (FIFO), not a regular file"),
    (stat.S_ISCHR, "is a character device, not a regular file"),
    (stat.S_ISBLK, "is a block device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
)


def not_regular(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _KINDS if test(mode)), "is not a regular file")


def _nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))


def read_bytes(path: str, limit: int | None = None) -> bytes:
    """Read a regular file of at most `limit` bytes, or raise a located InputError saying why not.

    The path is checked with stat before it is opened, and opened without blocking, so a FIFO, a
    device or a socket is refused at once rather than waited on.
    """
    limit = max_bytes() if limit is None else limit
    try:
        kind = not_regular(os.stat(path).st_mode)
        if kind is not None:
            raise InputError.at(path, 0, 0, kind)
        handle = open(path, "rb", opener=_nonblocking)  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise InputError.at(path, 0, 0, "file not found") from None
    except PermissionError:
        raise InputError.at(path, 0, 0, "cannot read the file: permission denied") from None
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "invalid path"
        raise InputError.at(path, 0, 0, f"cannot read the file: {reason}") from None
    with handle:
        try:
            info = os.fstat(handle.fileno())
            kind = not_regular(info.st_mode)  # swapped between stat and open
            if kind is not None:
                raise InputError.at(path, 0, 0, kind)
            data = b"" if info.st_size > limit else handle.read(limit + 1)
        except OSError as exc:
            raise InputError.at(path, 0, 0, f"cannot read the file: {exc.strerror}") from None
    if info.st_size > limit or len(data) > limit:
        raise InputError.at(
            path,
            0,
            0,
            f"file is larger than the {_size(limit)} limit; raise it with "
            f"{MAX_BYTES_ENV}=BYTES if the file is meant to be this big",
        )
    return data


def read_text(path: str, limit: int | None = None) -> str:
    """Read a UTF-8 regular file (a BOM is fine) or raise an InputError saying why not."""
    return decode(path, read_bytes(path, limit))


def read_named(path: str) -> str:
    """Read a file the command line names (targets, actuals, a report to diff, a document to draft from):
    read_text, refusing a symbolic link that leads outside the folder the path is written from."""
    from planaudit.output import LINK_LEAVES, link_leaves

    if link_leaves(path):
        raise InputError.at(path, 0, 0, LINK_LEAVES)
    return read_text(path)


# Every source together may hold this many times the per-file limit: 256 MiB by default.
SOURCES_BUDGET_FILES = 4


def inside_root(root: str, base: str, relative: str) -> str | None:
    """The real path of a source written `relative` to `base`, or None when it leaves `root`.

    Absolute paths, `..` that climbs out and symlinks that point out all leave it; nothing is
    opened to decide (realpath only reads links).
    """
    if not relative or os.path.isabs(relative) or "\0" in relative:
        return None
    real = os.path.realpath(os.path.join(base, relative))
    root = os.path.realpath(root)
    try:
        return real if os.path.commonpath([real, root]) == root else None
    except ValueError:  # different drives
        return None


# Folders of version-control systems without a leading dot: never an audit's documents either.
_METADATA_FOLDERS = frozenset({"CVS", "RCS", "SCCS", "_darcs"})
# What a plain document of an audit is named: text, markdown, reStructuredText, HTML or PDF.
DOCUMENT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".rst", ".html", ".htm", ".xhtml", ".pdf")


def hidden_part(root: str, base: str, relative: str, real: str) -> str | None:
    """The hidden file or folder (`.git`, `.env`, `.ssh`, …) or version-control folder (`CVS`) that a
    source path passes through, as written or once resolved (from the targets' folder when it is inside
    that, else from the root); None for a plain path. Such a path is never a source: `.git/config` holds
    the token actions/checkout leaves behind."""
    anchor = os.path.realpath(base or ".")
    if os.path.commonpath([real, anchor]) != anchor:
        anchor = os.path.realpath(root)
    parts = os.path.normpath(relative).split(os.sep) + os.path.relpath(real, anchor).split(os.sep)
    return next((p for p in parts if (p.startswith(".") and p not in (".", "..")) or p in _METADATA_FOLDERS), None)


def plain_document(real: str, text: str = "") -> bool:
    """Whether a source file (by its real path) is a plain document of the audit: its name ends in one of
    DOCUMENT_SUFFIXES, or its content was read as a PDF or a web page whatever its name. Only such a file's
    text is ever shown (hints, document coverage); any other file (`gha-creds-….json`, `id_rsa`,
    `settings.py`) can only confirm or refuse a quote."""
    if getattr(text, "kind", "text") in ("pdf", "html"):
        return True
    return os.path.basename(real).lower().endswith(DOCUMENT_SUFFIXES)


def file_key(real: str) -> object:
    """What identifies a file however it is named (hard links, symlinks): its device and inode."""
    try:
        info = os.stat(real)
    except OSError:
        return real
    return (info.st_dev, info.st_ino)


def outside_root(given: str | None) -> str:
    """The message for a source path that leaves the sources root."""
    if given is None:
        return "source path leaves the sources root (the folder of the targets file; widen it with --sources-root DIR)"
    return f"source path leaves the sources root ({textsafe.one_line(given)}, given by --sources-root)"


class SourceReader:
    """Reads source documents once each (by device and inode) within a total byte budget."""

    def __init__(self, budget: int | None = None) -> None:
        self.left = SOURCES_BUDGET_FILES * max_bytes() if budget is None else budget
        self.budget = self.left
        self.texts: dict[object, str | InputError] = {}

    def read(self, shown: str, real: str) -> str:
        """The text of the file at `real` (errors name `shown`), raising InputError as read_text does;
        a file named by several hard links or symlinks is read once, and its one text returned."""
        key = file_key(real)
        found = self.texts.get(key)
        if found is None:
            try:
                found = self._read(shown, real)
            except InputError as exc:
                found = exc
            self.texts[key] = found
        if isinstance(found, InputError):
            raise found
        return found

    def _read(self, shown: str, real: str) -> str:
        limit = max_bytes()
        if self.left < limit:
            try:
                size = os.stat(real).st_size
            except OSError:
                size = 0
            if size > self.left:
                raise InputError.at(
                    shown,
                    0,
                    0,
                    f"the sources together are larger than the {_size(self.budget)} budget "
                    f"({SOURCES_BUDGET_FILES} x {MAX_BYTES_ENV}); raise {MAX_BYTES_ENV} "
                    "if they are meant to be this big",
                )
        data = read_bytes(real, min(limit, max(self.left, 0)))
        self.left -= len(data)
        from planaudit.documents import text_of  # PDF and HTML are extracted; plain text is decoded

        return text_of(shown, data, real)


def decode(path: str, data: bytes) -> str:
    """Decode UTF-8 strictly, locating the first bad byte or control character."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError.at(path, 1, 1, "file is UTF-16 (it starts with a UTF-16 BOM); save it as UTF-8")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    nuls = data.count(b"\x00")
    if nuls and nuls * 4 >= len(data):
        raise InputError.at(
            path, 1, 1, "file looks like UTF-16 or UTF-32 without a BOM (it is full of NUL bytes); save it as UTF-8"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        start = exc.start
        line = data.count(b"\n", 0, start) + 1
        line_start = data.rfind(b"\n", 0, start) + 1
        column = len(data[line_start:start].decode("utf-8", errors="replace")) + 1
        raise InputError.at(
            path, line, column, f"not valid UTF-8 (byte 0x{data[start]:02X}); {_guess_encoding(data)}"
        ) from None
    bad = _CONTROL.search(text)
    if bad is not None:
        line, column = position(text, bad.start())
        char = bad.group()
        raise InputError.at(path, line, column, f"control character U+{ord(char):04X} is not allowed")
    return text


def _guess_encoding(data: bytes) -> str:
    for name, label in (("gb18030", "GBK/GB18030"), ("big5", "Big5")):
        try:
            data.decode(name)
        except UnicodeDecodeError:
            continue
        return f"the file looks like {label}: save it as UTF-8"
    return "the file looks like Latin-1 or another legacy encoding: save it as UTF-8"


@contextmanager
def gc_paused() -> Iterator[None]:
    """Loading allocates millions of objects that all survive; the cycle collector would rescan them
    over and over (it made validating 10k goals 7x slower) while finding no garbage. Afterwards they
    are frozen, so later collections skip them too."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _yaml_problem(path: str, exc: yaml.YAMLError, text: str = "") -> Problem:
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        mark = exc.problem_mark
        message = exc.problem or "invalid YAML"
        if exc.context:
            message = f"{exc.context}: {message}" if exc.context_mark is None else f"{message} ({exc.context})"
        if "tab" in message:
            message += "; indent with spaces, not tabs"
        if "cannot start any token" in message:
            offset = mark.index if 0 <= mark.index < len(text) else -1
            char = text[offset] if offset >= 0 else ""
            if char:
                message += f'; a value starting with {char!r} must be quoted, e.g. "{char}..."'
        return Problem(Location(path, mark.line + 1, mark.column + 1), f"invalid YAML: {message}")
    if isinstance(exc, yaml.reader.ReaderError) and 0 <= exc.position <= len(text):
        line, column = position(text, exc.position)
        return Problem(Location(path, line, column), f"invalid YAML: {exc.reason}")
    return Problem(Location(path), f"invalid YAML: {str(exc).splitlines()[0]}")


def _mark(path: str, mark: Any) -> Location:
    return Location(path) if mark is None else Location(path, mark.line + 1, mark.column + 1)


def _error(path: str, mark: Any, message: str) -> InputError:
    return InputError([Problem(_mark(path, mark), message)])


def compose(path: str, text: str) -> MappingNode:
    """Nodes with their marks, for locating problems in a document that `load` already accepted.

    Only ever called after `load` succeeded on the same text, so the nesting is known to be
    shallow (libyaml's composer recurses in C and would crash on thousands of levels).
    """
    loader = _Loader(text)
    try:
        with gc_paused():
            root = loader.get_single_node()
    except yaml.YAMLError as exc:  # pragma: no cover - load() saw the same text first
        raise InputError([_yaml_problem(path, exc, text)]) from None
    finally:
        loader.dispose()
    if not isinstance(root, MappingNode):  # pragma: no cover - load() checked the same
        raise InputError.at(path, 1, 1, "expected a mapping at the top level")
    return root


_KEY: Any = object()  # a mapping waiting for its next key
# Texts up to this long are kept once however often a file writes them: 100,000 goals repeat their keys, units,
# source ids, levels and statuses millions of times (each a string of 50 to 80 bytes), their quotes never.
_SHARED_LENGTH = 32


# A file this long (in characters) is kept loaded for the next run on the same text (documents.kept).
KEEP_ABOVE = 500_000


class Loaded(NamedTuple):
    """A YAML document as plain values, and the line of each item of one top-level list."""

    data: dict[str, Any]
    item_lines: list[int]


def load(path: str, text: str, lines_of: str = "goals") -> Loaded:
    """Plain dicts, lists and scalars (YAML 1.2 core rules) built straight from libyaml's events.

    No node tree is kept (it took three quarters of the memory), nesting is tracked without
    recursion, and anchors, aliases, merge keys, tags, duplicate keys and second documents are
    refused where they occur. `item_lines` gives the line of each item of the top-level
    `lines_of` list.
    """
    keep = len(text) >= KEEP_ABOVE
    if keep:  # a big file loaded before, unchanged: what it loaded to (only a file that loaded is kept)
        from planaudit.documents import kept

        with gc_paused():
            found = loaded_of(kept.marshalled(f"values, lines of {lines_of}", text))
        if found is not None:
            return found
    bad = _RAW_MARKS.search(text)
    if bad is not None:  # YAML would read a raw U+2028 as a line break; say so instead
        line, column = position(text, bad.start())
        raise InputError.at(path, line, column, f"{textsafe.describe(bad.group())} is not allowed; remove it")
    loader = _Loader(text)
    try:
        with gc_paused():
            loaded = _build(path, text, loader, lines_of)
            if keep:
                from planaudit.documents import kept

                kept.keep_marshalled(f"values, lines of {lines_of}", text, tuple(loaded))
            return loaded
    except yaml.YAMLError as exc:
        if _LIBYAML_DEPTH in str(exc):
            return _load_pure(path, text, lines_of)
        raise InputError([_yaml_problem(path, exc, text)]) from None
    finally:
        loader.dispose()


def loaded_of(values: Any) -> Loaded | None:
    """The Loaded whose two fields documents.kept kept (keep_marshalled), or None when values are not those."""
    if type(values) is tuple and len(values) == 2 and type(values[0]) is dict and type(values[1]) is list:
        return Loaded(*values)
    return None


def _load_pure(path: str, text: str, lines_of: str) -> Loaded:
    """Read again with PyYAML's Python parser, which has no nesting limit of its own, so that
    planaudit's MAX_DEPTH check answers with its own words and position whatever libyaml's version.

    libyaml (bundled with PyYAML >= 6.0.4) stops at about 1000 flow levels while scanning ahead of
    the events planaudit sees; the Python parser reaches the 65th level after at most 1024
    characters of look-ahead, so this costs milliseconds.
    """
    loader = yaml.SafeLoader(text)
    try:
        with gc_paused():
            return _build(path, text, loader, lines_of)
    except yaml.YAMLError as exc:
        raise InputError([_yaml_problem(path, exc, text)]) from None
    finally:
        loader.dispose()


def _build(path: str, text: str, loader: Any, lines_of: str) -> Loaded:
    get_event = loader.get_event
    # The open collection being filled is held in locals (a list, or a mapping and the key waiting for its value,
    # _KEY before the key); `stack` keeps each enclosing one's, outermost first, as it was when this one opened.
    stack: list[tuple[Any, bool, Any]] = []
    container: Any = None
    is_list = False
    key: Any = _KEY
    root: Any = _KEY
    documents = 0
    item_lines: list[int] = []
    lines_list: Any = None
    texts: dict[str, str] = {}
    shared = texts.setdefault  # one string for each short text written many times (keys, units, ids, levels)
    while True:
        event = get_event()
        kind = type(event)
        if kind is ScalarEvent:
            if event.anchor is not None:
                raise _error(path, event.start_mark, _ANCHOR_MESSAGE)
            node: Any = event.value
            if event.tag is not None or event.style:
                node = _event_scalar(path, event)
            elif node in _PLAIN_CONSTANTS:
                node = _PLAIN_CONSTANTS[node]
            elif node[0] in _NUMBER_START:
                node = _number(path, node, event.start_mark)
            if type(node) is str:
                # Every character text_problem refuses is unprintable: printable text needs no closer look.
                if not node.isprintable():
                    _check_text(path, event, node, container, key)
                if len(node) <= _SHARED_LENGTH:
                    node = shared(node, node)
            if is_list:
                if container is lines_list:
                    item_lines.append(event.start_mark.line + 1)
                container.append(node)
            elif key is not _KEY:
                container[key] = node
                key = _KEY
            elif container is None:
                raise _error(path, event.start_mark, "expected a mapping at the top level, found a single value")
            else:
                if event.value == "<<" and not event.style:
                    raise _error(path, event.start_mark, "merge keys (<<) are not allowed: write the keys out")
                key = node if type(node) is str else event.value
                if key in container:
                    raise InputError([_duplicate(path, text, [*stack[1:], (container, is_list, key)], key, event)])
            continue
        if kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None:
                raise _error(path, event.start_mark, _ANCHOR_MESSAGE)
            if event.tag is not None and event.tag not in (_MAP, _SEQ):
                raise _error(path, event.start_mark, _tag_message(event.tag))
            if len(stack) >= MAX_DEPTH:
                raise _error(path, event.start_mark, f"nesting is deeper than {MAX_DEPTH} levels")
            opened = kind is SequenceStartEvent
            node = [] if opened else {}
            if is_list:
                if container is lines_list:
                    item_lines.append(event.start_mark.line + 1)
                container.append(node)
            elif key is not _KEY:
                container[key] = node
                if opened and len(stack) == 1 and key == lines_of:
                    lines_list = node
                key = _KEY
            elif container is None:
                if opened:
                    raise _error(path, event.start_mark, "expected a mapping at the top level, found a list")
                root = node
            else:
                raise _error(path, event.start_mark, "keys must be plain text, not lists or mappings")
            stack.append((container, is_list, key))
            container, is_list, key = node, opened, _KEY
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            container, is_list, key = stack.pop()
        elif kind is AliasEvent:
            raise _error(path, event.start_mark, _ALIAS_MESSAGE)
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                message = "a second YAML document starts here; a planaudit file holds exactly one"
                raise _error(path, event.start_mark, f"invalid YAML: {message}")
        elif kind is StreamEndEvent:
            break
    if root is _KEY:
        raise InputError.at(path, 1, 1, "file is empty: expected a mapping of keys to values")
    return Loaded(root, item_lines)


def _check_text(path: str, event: Any, value: str, container: Any, waiting: Any) -> None:
    """Refuse controls, bidirectional marks and stray line breaks in any string, key or value (`waiting`: the key
    of the open mapping whose value this is, _KEY when it is a key)."""
    key = waiting if type(container) is dict and waiting is not _KEY else None
    problem = textsafe.text_problem(value, multiline=key in textsafe.MULTILINE_KEYS)
    if problem is not None:
        raise _error(path, event.start_mark, f"{key!r}: {problem}" if isinstance(key, str) else problem)


def _duplicate(path: str, text: str, stack: list[tuple[Any, bool, Any]], key: str, event: Any) -> Problem:
    """Say where a duplicate key was first defined (`stack`: the open collections, outermost first): compose the
    text again, now known to be shallow."""
    where = _mark(path, event.start_mark)
    loc: list[str | int] = []
    for (parent, _, _), (child, _, _) in itertools.pairwise(stack):
        if type(parent) is list:
            loc.append(len(parent) - 1)
        else:
            loc.append(next(k for k, v in parent.items() if v is child))
    try:
        mapping, _ = _walk(compose(path, text), tuple(loc))
        first = next(k for k, _ in mapping.value if k.value == event.value)
        return Problem(where, f"duplicate key {key!r} (first defined at line {first.start_mark.line + 1})")
    except Exception:
        return Problem(where, f"duplicate key {key!r}")


def _tag_message(tag: str) -> str:
    return f"tag {tag.replace(_TAG, '!!')} is not allowed"


def _event_scalar(path: str, event: Any) -> Any:
    tag = event.tag
    value: str = event.value
    if tag is not None:
        if tag == _STR:
            return value
        raise _error(path, event.start_mark, _tag_message(tag))
    if event.style:  # quoted or block scalars are always text
        return value
    if value in _PLAIN_CONSTANTS:
        return _PLAIN_CONSTANTS[value]
    if value[0] not in _NUMBER_START:
        return value
    return _number(path, value, event.start_mark)


def _number(path: str, value: str, mark: Any) -> Any:
    if _INT.fullmatch(value):
        return _checked_int(path, value, mark)
    if _LEADING_ZERO.fullmatch(value):
        message = f"number {value} has a leading zero (YAML 1.1 reads it as octal): write {int(value)} or quote it"
        raise _error(path, mark, message)
    if _OTHER_BASE.fullmatch(value):
        raise _error(path, mark, f"number {value} is not decimal: write it in decimal or quote it")
    if _NOT_FINITE.fullmatch(value):
        raise _error(path, mark, f"{value} is not a finite number: write a number or quote it")
    if _FLOAT.fullmatch(value):
        return _checked_float(path, value, mark)
    return value


# Integers up to this many digits are read exactly; longer ones could not be a float either.
_MAX_DIGITS = 308


def _checked_int(path: str, value: str, mark: Any) -> int:
    digits = len(value.lstrip("+-"))
    if digits > _MAX_DIGITS:
        raise _error(path, mark, f"number has {digits} digits: it is outside the range of a number")
    return int(value)


def _checked_float(path: str, value: str, mark: Any) -> float:
    mantissa = value.lower().partition("e")[0]
    if len(mantissa.lstrip("+-.0")) > 400:
        raise _error(path, mark, f"number has {len(mantissa)} digits: write it with fewer")
    number = float(value)
    if number in (float("inf"), float("-inf")):
        raise _error(path, mark, "number is too large: it is outside the range of a number")
    if number == 0 and mantissa.strip("+-.0"):
        raise _error(path, mark, "number is too small: it would be read as 0; write 0 or a larger number")
    return number


def _at(path: str, node: Node) -> Location:
    return Location(path, node.start_mark.line + 1, node.start_mark.column + 1)


def locate(path: str, root: Node, loc: tuple[str | int, ...], *, key: bool = False) -> Location:
    """The position of the node at a pydantic-style `loc`, or of its nearest existing ancestor.

    With key=True the position of a mapping key is returned instead of its value
    (where an unknown key is the problem).
    """
    node, key_node = _walk(root, loc)
    return _at(path, key_node if key and key_node is not None else node)


def _entries(node: MappingNode) -> dict[str, tuple[Node, Node]]:
    """A mapping node's entries by key (the first of duplicates), built once per node: locating many
    problems in a mapping of 100,000 goals stays linear."""
    entries: dict[str, tuple[Node, Node]] | None = getattr(node, "_planaudit_entries", None)
    if entries is None:
        entries = {}
        for key, value in node.value:
            entries.setdefault(str(key.value), (key, value))
        node._planaudit_entries = entries  # type: ignore[attr-defined]
    return entries


def _walk(root: Node, loc: tuple[str | int, ...]) -> tuple[Any, Node | None]:
    """Follow `loc` from the root as far as it exists (union tags and missing fields are skipped):
    the node reached, and its key node if the last step of `loc` was a mapping key."""
    node: Any = root
    key_node: Node | None = None
    for part in loc:
        key_node = None
        if isinstance(node, MappingNode):
            match = _entries(node).get(str(part))
            if match is not None:
                key_node, node = match
        elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
    return node, key_node
