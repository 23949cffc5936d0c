"""Writing reports: atomically to regular files, as a stream to devices and pipes, and never over an input."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator

from planaudit.errors import UsageError
from planaudit.reading.lazyre import compile_re
from planaudit.textsafe import one_line

# What is written: a text, or its pieces in order (a report drawn as it is written, never held whole).
Report = str | Iterable[str]

# Temporary files being written, removed by `cleanup` when a signal ends the run early.
_PENDING: set[str] = set()


def _same(a: str, b: str) -> bool:
    """Whether two paths are one file, or would be once the first is created (it may not exist yet)."""
    return same_file(a, b) or os.path.realpath(a) == os.path.realpath(b)


def same_file(a: str, b: str) -> bool:
    """Whether two existing paths are one file (False when either cannot be reached)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


LINK_LEAVES = "a symbolic link on this path leads outside the folder it is written from; refusing to follow it"


def link_leaves(path: str) -> bool:
    """Whether a symbolic link takes `path` outside the folder it is written from: for a relative path the
    current folder (or the one its leading `../` climb to), every link on the way included; for an absolute
    path the folder holding its last part, when that part is itself a link (one into /dev or /proc, such as
    /dev/stdout, is a stream named on purpose). A pull request can plant links, not choose the command line."""
    if not path or "\0" in path:
        return False
    normal = os.path.normpath(path)
    if os.path.isabs(normal):
        if not os.path.islink(normal) or _special(normal):  # /dev/stdout: a stream, named on purpose
            return False
        base = os.path.dirname(normal)
    else:
        climbs = 0
        for part in normal.split(os.sep):
            if part != "..":
                break
            climbs += 1
        base = os.path.join(*[os.pardir] * climbs) if climbs else os.curdir
    real, root = os.path.realpath(path), os.path.realpath(base)
    try:
        return os.path.commonpath([real, root]) != root
    except ValueError:  # different drives
        return True


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_not_input(path: str, protected: Iterable[str], what: str = "the report") -> None:
    """Refuse a destination that is (or links to) one of the input files or source documents."""
    for input_path in protected:
        if _same(path, input_path):
            raise UsageError(f"refusing to write {what} over the input file {one_line(input_path)}")


def cleanup() -> None:
    """Remove temporary files left by a write that a signal interrupted."""
    for temporary in list(_PENDING):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        _PENDING.discard(temporary)


def write_report(path: str, text: Report, protected: Iterable[str] = ()) -> None:
    """Write the report to `path`: '-' is standard output; an existing device or FIFO is written
    as a stream and never replaced (a socket is refused); a regular file or a new path is replaced atomically
    (a symlink is followed, the link itself stays)."""
    descriptor = _own_descriptor(path)
    if path == "-" or descriptor == 1:
        emit(text)  # /dev/stdout is the standard output already open, with its closed-reader handling
        return
    if not path:
        raise UsageError("cannot write the report to an empty path: give a file name, or - for stdout")
    protected = list(protected)
    check_not_input(path, protected)
    shown = one_line(path)
    if link_leaves(path):
        raise UsageError(f"cannot write the report to {shown}: {LINK_LEAVES}")
    if path.endswith(("/", os.sep)) and not os.path.isdir(path):
        raise UsageError(f"cannot write the report to {shown}: a path ending in / names a folder, and there is none")
    try:
        info: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise UsageError(f"cannot write the report to {shown}: {exc.strerror}") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise UsageError(f"cannot write the report to {shown}: it is a directory")
    if info is not None and stat.S_ISSOCK(info.st_mode):
        raise UsageError(f"cannot write the report to {shown}: it is a socket")
    if info is not None and (not stat.S_ISREG(info.st_mode) or _special(path)):
        _write_stream(path, shown, text)
        return
    write_atomic(os.path.realpath(path), text, shown=shown, existing=info)


def _special(path: str) -> bool:
    """/dev/stdout and friends: a path in /dev or /proc, or a link through one, is written in place even
    when it leads to a regular file (the shell's redirection), never replaced."""
    current = os.path.abspath(path)
    for _ in range(40):
        if current.startswith(("/dev/", "/proc/")):
            return True
        try:
            target = os.readlink(current)
        except OSError:
            return False
        current = os.path.normpath(os.path.join(os.path.dirname(current), target))
    return True  # a chain of links this long is not a report file to replace


_DESCRIPTOR_LINK = compile_re(r"/(?:dev/fd|proc/self/fd|proc/thread-self/fd|proc/(\d+)/fd)/(\d+)")


def _own_descriptor(path: str) -> int | None:
    """The descriptor N of this process that `path` names (/dev/stdout, /dev/fd/N, /proc/self/fd/N, or a link
    to one), or None. It is written as it is open: opening such a path again needs permission on the file
    or pipe behind it, which a user other than the one who made the pipe does not have."""
    current = os.path.abspath(path)
    for _ in range(40):
        match = _DESCRIPTOR_LINK.fullmatch(current)
        if match and (match[1] is None or int(match[1]) == os.getpid()):
            return int(match[2])
        try:
            target = os.readlink(current)
        except (OSError, ValueError):
            return None
        current = os.path.normpath(os.path.join(os.path.dirname(current), target))
    return None


def _write_stream(path: str, shown: str, text: Report) -> None:
    """Write to a device or FIFO in place: no temporary file, no rename, the node untouched."""
    # O_APPEND: a regular file reached through /dev/stdout keeps what the shell already wrote to it.
    flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0)
    own = _own_descriptor(path)
    try:
        descriptor = os.dup(own) if own is not None else os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise UsageError(f"cannot write the report to {shown}: no process is reading that pipe") from None
        raise UsageError(f"cannot write the report to {shown}: {exc.strerror}") from None
    try:
        if own is None:
            os.set_blocking(descriptor, True)  # opened without waiting for a reader; now write normally
        for piece in _slices(text):
            data = memoryview(piece.encode("utf-8"))
            while data:
                written = os.write(descriptor, data)
                data = data[written:]
    except OSError as exc:
        raise UsageError(f"cannot write the report to {shown}: {exc.strerror}") from None
    finally:
        os.close(descriptor)


_UNSET = os.stat_result((0,) * 10)


def not_replaceable(path: str, existing: os.stat_result | None = _UNSET) -> str | None:
    """Why an existing file at `path` must not be replaced ("the file is read-only", "permission denied"), or
    None: a read-only file is the user saying "keep this", even where the folder would let a rename replace it."""
    if existing is _UNSET:
        try:
            existing = os.stat(path)
        except OSError:
            return None
    if existing is None:
        return None
    if not existing.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return "the file is read-only"
    if not os.access(path, os.W_OK):
        return "permission denied"
    return None


def write_atomic(
    path: str,
    data: Report | bytes,
    *,
    shown: str | None = None,
    existing: os.stat_result | None = _UNSET,
    what: str = "the report",
) -> None:
    """Write via a temporary file and a rename, so readers see the old file or the new one, never half.

    Text (whole, or its pieces in order) is written as UTF-8, bytes as they are. A new file gets the mode the
    umask gives; an existing one (looked at here unless the caller already has its `existing` status) keeps its
    mode, and a read-only one is refused rather than replaced. Errors say `cannot write {what} to {shown}`.
    """
    shown = one_line(path) if shown is None else shown
    cannot = f"cannot write {what} to {shown}"
    if existing is _UNSET:
        try:
            existing = os.stat(path)
        except FileNotFoundError:
            existing = None
        except OSError as exc:
            raise UsageError(f"{cannot}: {exc.strerror}") from None
    refused = not_replaceable(path, existing)
    if refused:
        raise UsageError(f"{cannot}: {refused}")
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
    directory = os.path.dirname(os.path.abspath(path))
    try:
        descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=".planaudit-", suffix=".tmp")
    except OSError as exc:
        raise UsageError(f"{cannot}: {exc.strerror}") from None
    _PENDING.add(temporary)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                for piece in _slices(data):
                    handle.write(piece.encode("utf-8"))
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise UsageError(f"{cannot}: {exc.strerror}") from None
        raise
    finally:
        _PENDING.discard(temporary)


def append_summary(path: str, text: str, protected: Iterable[str] = (), report: str | None = None) -> str | None:
    """Append the markdown summary to GITHUB_STEP_SUMMARY's file; a warning to print if that failed.

    The file must be a regular file (or not exist yet), none of the inputs and not the report just
    written (`report`, the -o path); a failure here never changes the gate's verdict, which is already decided.
    """
    shown = one_line(path)
    where = f"GITHUB_STEP_SUMMARY file {shown}"
    try:
        check_not_input(path, protected, "the step summary")
        if report is not None and report != "-" and _same(path, report):
            return f"warning: step summary not written: {where} is the report file {one_line(report)}"
        try:
            kind = _kind(os.stat(path).st_mode)
        except FileNotFoundError:
            kind = None
        if kind is not None:
            return f"warning: step summary not written: {where} {kind}"
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        descriptor = os.open(path, flags, 0o666)
    except UsageError as exc:
        return f"warning: step summary not written: {exc}"
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "invalid path"
        return f"warning: step summary not written: cannot open {where}: {reason}"
    try:
        kind = _kind(os.fstat(descriptor).st_mode)
        if kind is not None:
            return f"warning: step summary not written: {where} {kind}"
        data = memoryview(text.encode("utf-8"))
        while data:
            data = data[os.write(descriptor, data) :]
    except OSError as exc:
        return f"warning: step summary incomplete: cannot append to {where}: {exc.strerror}"
    finally:
        os.close(descriptor)
    return None


def _kind(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory"
    return "is not a regular file"


def emit(text: Report) -> None:
    """Write to standard output (UTF-8, and a closed reader handled, by the entry point's streams)."""
    for piece in _slices(text):
        sys.stdout.write(piece)
    sys.stdout.flush()


# A report is encoded a slice at a time: the bytes of a 100 MB report are never all in memory beside its text.
_SLICE = 1 << 20


def _slices(text: Report) -> Iterator[str]:
    if not isinstance(text, str):
        for piece in text:
            yield from _slices(piece)
        return
    if len(text) <= _SLICE:
        yield text
        return
    for start in range(0, len(text), _SLICE):
        yield text[start : start + _SLICE]


class Terminated(SystemExit):
    """SIGTERM arrived: leave like Ctrl-C does, with the conventional 128 + 15."""


def install_signal_handlers() -> None:
    """Make SIGTERM unwind like Ctrl-C, so that temporary files are removed on the way out."""
    import signal

    def _terminate(signum: int, frame: object) -> None:
        cleanup()
        raise Terminated(128 + signum)

    with contextlib.suppress(ValueError, OSError, AttributeError):  # not the main thread, or no SIGTERM here
        signal.signal(signal.SIGTERM, _terminate)
