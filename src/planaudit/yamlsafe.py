"""Strict YAML reading: bytes to located nodes to plain values, refusing what PyYAML gets wrong."""

from __future__ import annotations

import gc
import itertools
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from planaudit.errors import InputError, Location, Problem

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml is present on every supported platform
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_BYTES_ENV = "PLANAUDIT_MAX_FILE_SIZE"
MAX_DEPTH = 64

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
# What YAML may not contain: C0 and C1 controls (but tab, newlines and NEL) and the noncharacters U+FFFE/U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_COMPACT_NESTING = re.compile(r"(?:[-?:][ \t]+){24}")
_STACK_PER_LEVEL = 1024
_MIN_STACK = 16 * 1024 * 1024
_MAX_STACK = 1024 * 1024 * 1024
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DELTA = {"[": 1, "{": 1, "]": -1, "}": -1}
_ALIAS = re.compile(r"(?:^|[\s\[{,])\*[^\s\[\]{},]")
_ALIAS_MESSAGE = "anchors and aliases (&name / *name) are not allowed: write the value out"
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_OTHER_BASE = re.compile(r"[-+]?0[xXoObB][0-9a-fA-F_]+")
_NOT_FINITE = re.compile(r"[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")
_PLAIN_CONSTANTS: dict[str, bool | None] = {
    **dict.fromkeys(("", "~", "null", "Null", "NULL")),
    **dict.fromkeys(("true", "True", "TRUE"), True),
    **dict.fromkeys(("false", "False", "FALSE"), False),
}
_NUMBER_START = frozenset("0123456789+-.")
_STR = _TAG + "str"


def max_bytes() -> int:
    """The file size limit, from the environment or the default."""
    raw = os.environ.get(MAX_BYTES_ENV, "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_MAX_BYTES


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB"


def read_text(path: str, limit: int | None = None) -> str:
    """Read a UTF-8 file (a BOM is fine) or raise an InputError saying why not."""
    limit = max_bytes() if limit is None else limit
    if os.path.isdir(path):
        raise InputError.at(path, 0, 0, "is a directory, not a file")
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError.at(path, 0, 0, "file not found") from None
    except PermissionError:
        raise InputError.at(path, 0, 0, "cannot read the file: permission denied") from None
    except OSError as exc:
        raise InputError.at(path, 0, 0, f"cannot read the file: {exc.strerror}") from None
    if len(data) > limit:
        raise InputError.at(
            path,
            0,
            0,
            f"file is larger than the {_mib(limit)} limit; raise it with "
            f"{MAX_BYTES_ENV}=BYTES if the file is meant to be this big",
        )
    return decode(path, data)


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
        if "found another document" in message:
            message = "a second YAML document starts here; a planaudit file holds exactly one"
        elif exc.context:
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


def _prescan(path: str, text: str) -> int:
    """Check what would crash or mislead the composer; return the stack size composing needs.

    libyaml's composer recurses in C, about 400 bytes of stack per nesting level, so thousands of
    nested brackets overflow a normal stack. Composing runs on a thread whose stack fits every
    bracket of the file; only beyond that, or for compact "- - - -" nesting and aliases (best
    reported where they are used), are libyaml's events walked first.
    """
    brackets = text.count("[") + text.count("{")
    stack = max(_MIN_STACK, brackets * _STACK_PER_LEVEL)
    compact = any(pair in text for pair in ("- -", "? ?", "- ?", "? -")) and _COMPACT_NESTING.search(text) is not None
    alias = "*" in text and _ALIAS.search(text) is not None
    risky = stack > _MAX_STACK or compact or alias
    if not risky and brackets > MAX_DEPTH:
        risky = _rough_depth(text, brackets) > MAX_DEPTH
    if not risky:
        return stack
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise InputError(
                        [Problem(_mark(path, event.start_mark), f"nesting is deeper than {MAX_DEPTH} levels")]
                    )
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
            elif isinstance(event, yaml.AliasEvent):
                raise InputError([Problem(_mark(path, event.start_mark), _ALIAS_MESSAGE)])
    except yaml.YAMLError as exc:
        raise InputError([_yaml_problem(path, exc, text)]) from None
    return _MIN_STACK


def _rough_depth(text: str, brackets: int) -> int:
    """Bracket depth outside quoted scalars, at C speed; brackets hidden in quotes count as depth."""
    outside = _QUOTED.sub("", text)
    hidden = brackets - outside.count("[") - outside.count("{")
    only = _NOT_BRACKET.sub("", outside)
    deepest = max(itertools.accumulate(map(_DELTA.__getitem__, only)), default=0)
    return deepest + hidden


def _mark(path: str, mark: Any) -> Location:
    return Location(path) if mark is None else Location(path, mark.line + 1, mark.column + 1)


def compose(path: str, text: str) -> MappingNode:
    """Parse one YAML document into nodes that keep their marks; the root must be a mapping."""
    stack = _prescan(path, text)
    outcome: list[Any] = []

    def work() -> None:
        loader = _Loader(text)
        try:
            with gc_paused():
                outcome.append(loader.get_single_node())
        except yaml.YAMLError as exc:
            outcome.append(exc)
        finally:
            loader.dispose()

    previous = threading.stack_size(stack)
    try:
        worker = threading.Thread(target=work, name="planaudit-compose")
        worker.start()
    finally:
        threading.stack_size(previous)
    worker.join()
    root = outcome[0] if outcome else None
    if isinstance(root, yaml.YAMLError):
        raise InputError([_yaml_problem(path, root, text)])
    if root is None:
        raise InputError.at(path, 1, 1, "file is empty: expected a mapping of keys to values")
    if not isinstance(root, MappingNode):
        kind = "a list" if isinstance(root, SequenceNode) else "a single value"
        mark = root.start_mark
        raise InputError.at(path, mark.line + 1, mark.column + 1, f"expected a mapping at the top level, found {kind}")
    return root


def _at(path: str, node: Node) -> Location:
    return Location(path, node.start_mark.line + 1, node.start_mark.column + 1)


def _scalar(path: str, node: ScalarNode) -> Any:
    if node.tag not in _SCALAR_TAGS:
        raise InputError([Problem(_at(path, node), f"tag {node.tag.replace(_TAG, '!!')} is not allowed")])
    value: str = node.value
    if node.style:  # quoted or block scalars are always text
        return value
    if value in _PLAIN_CONSTANTS:
        return _PLAIN_CONSTANTS[value]
    if value[0] not in _NUMBER_START:
        return value
    if _INT.fullmatch(value):
        return int(value)
    if _LEADING_ZERO.fullmatch(value):
        raise InputError(
            [Problem(_at(path, node), f"number {value} has a leading zero (YAML 1.1 reads it as octal): "
                     f"write {int(value)} or quote it")]
        )  # fmt: skip
    if _OTHER_BASE.fullmatch(value):
        raise InputError([Problem(_at(path, node), f"number {value} is not decimal: write it in decimal or quote it")])
    if _NOT_FINITE.fullmatch(value):
        raise InputError([Problem(_at(path, node), f"{value} is not a finite number: write a number or quote it")])
    if _FLOAT.fullmatch(value):
        return float(value)
    return value


def to_python(path: str, root: Node) -> Any:
    """Plain dicts, lists and scalars (YAML 1.2 core rules), rejecting duplicates, aliases and merge keys."""
    seen: set[int] = set()
    with gc_paused():
        return _convert(path, root, seen, 0)


_SEQ, _MAP, _MERGE = _TAG + "seq", _TAG + "map", _TAG + "merge"


def _tag_problem(path: str, node: Node) -> InputError:
    return InputError([Problem(_at(path, node), f"tag {node.tag.replace(_TAG, '!!')} is not allowed")])


def _convert(path: str, node: Node, seen: set[int], depth: int) -> Any:
    # The hot loop of loading: scalars are handled inline, before any recursion.
    if depth > MAX_DEPTH:
        raise InputError([Problem(_at(path, node), f"nesting is deeper than {MAX_DEPTH} levels")])
    if id(node) in seen:
        raise InputError([Problem(_at(path, node), _ALIAS_MESSAGE)])
    seen.add(id(node))
    if isinstance(node, SequenceNode):
        if node.tag != _SEQ:
            raise _tag_problem(path, node)
        return [
            _scalar(path, item) if type(item) is ScalarNode else _convert(path, item, seen, depth + 1)
            for item in node.value
        ]
    if not isinstance(node, MappingNode):  # pragma: no cover - the composer makes only three kinds
        raise InputError([Problem(_at(path, node), "unsupported YAML node")])
    if node.tag != _MAP:
        raise _tag_problem(path, node)
    result: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        if type(key_node) is not ScalarNode:
            raise InputError([Problem(_at(path, key_node), "keys must be plain text, not lists or mappings")])
        if key_node.tag == _MERGE:
            raise InputError([Problem(_at(path, key_node), "merge keys (<<) are not allowed: write the keys out")])
        key = key_node.value if key_node.style or key_node.tag == _STR else _scalar(path, key_node)
        if not isinstance(key, str):
            key = key_node.value
        if key in result:
            first = next(k for k, _ in node.value if k.value == key_node.value)
            message = f"duplicate key {key!r} (first defined at line {first.start_mark.line + 1})"
            raise InputError([Problem(_at(path, key_node), message)])
        if type(value_node) is ScalarNode:
            result[key] = _scalar(path, value_node)
        else:
            result[key] = _convert(path, value_node, seen, depth + 1)
    return result


def locate(path: str, root: Node, loc: tuple[str | int, ...], *, key: bool = False) -> Location:
    """The position of the node at a pydantic-style `loc`, or of its nearest existing ancestor.

    With key=True the position of a mapping key is returned instead of its value
    (where an unknown key is the problem).
    """
    node = root
    target: Node = root
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        if isinstance(node, MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == str(part)), None)
            if match is None:
                continue  # a union tag or a missing field: stay at the mapping
            node = match[1]
            target = match[0] if key and last else node
        elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            target = node
    return _at(path, target)
