"""Writing reports: atomically, and never over an input file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable

from planaudit.errors import UsageError


def _same(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def write_atomic(path: str, text: str, protected: Iterable[str] = ()) -> None:
    """Write via a temporary file and a rename, so readers see the old file or the new one, never half."""
    for input_path in protected:
        if _same(path, input_path):
            raise UsageError(f"refusing to write the report over the input file {input_path}")
    if os.path.isdir(path):
        raise UsageError(f"cannot write the report to {path}: it is a directory")
    directory = os.path.dirname(os.path.abspath(path))
    try:
        descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=".planaudit-", suffix=".tmp")
    except OSError as exc:
        raise UsageError(f"cannot write the report to {path}: {exc.strerror}") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise UsageError(f"cannot write the report to {path}: {exc.strerror}") from None
        raise
