"""The console entry point: standard streams made safe, --version answered before importing anything, then the CLI."""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

# `planaudit check | head`: the reader went away, or there is no standard output at all (`>&-`).
# Like `cat` killed by SIGPIPE, the run stops quietly and the shell sees 128 + 13.
EXIT_CLOSED_STDOUT = 141
_GONE = (errno.EPIPE, errno.EBADF, errno.EINVAL)


class ClosedStdout(SystemExit):
    """Standard output can take nothing more: a SystemExit, so no `except Exception` turns it into an error."""


class _Descriptor(io.RawIOBase):
    """A standard stream's file descriptor, written whole and unbuffered, that survives its reader going away.

    On standard output a closed reader ends the run with 141 (nothing on stderr); on standard error it only
    silences further messages, since the exit code still tells the result. Once gone, writes are discarded,
    so Python's own flush at exit has nothing to complain about.
    """

    def __init__(self, fd: int, *, present: bool, stops_the_run: bool) -> None:
        super().__init__()
        self._fd = fd
        self._absent = not present
        self._gone = False
        self._stops_the_run = stops_the_run

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return not (self._absent or self._gone) and os.isatty(self._fd)

    def write(self, data: ReadableBuffer) -> int:
        view = memoryview(data).cast("B")
        size = len(view)
        if self._gone:
            return size
        try:
            if self._absent:
                raise OSError(errno.EBADF, "no standard stream")
            while view:
                view = view[os.write(self._fd, view) :]
        except OSError as exc:
            if exc.errno not in _GONE:
                raise
            self._gone = True
            if self._stops_the_run:
                raise ClosedStdout(EXIT_CLOSED_STDOUT) from None
        return size


def _reserve(fd: int, mode: int) -> bool:
    """Whether `fd` was open; a closed one gets /dev/null, so no file the run opens later takes its number."""
    try:
        os.fstat(fd)
        return True
    except OSError:
        pass
    try:
        opened = os.open(os.devnull, mode)
    except OSError:
        return False
    if opened != fd:
        os.dup2(opened, fd)
        os.close(opened)
    return False


def standard_streams() -> None:
    """Standard output becomes UTF-8 bytes whatever the locale (reports are UTF-8 by definition; with
    PYTHONIOENCODING=ascii a JSON report must still be JSON), written through at once, and a closed
    reader or a missing stdout ends the run with 141; standard error keeps the locale's encoding with
    escapes for what it cannot hold."""
    _reserve(0, os.O_RDONLY)
    for fd, name in ((1, "stdout"), (2, "stderr")):
        present = _reserve(fd, os.O_WRONLY)
        old = getattr(sys, name)
        encoding = "utf-8" if fd == 1 else (getattr(old, "encoding", None) or "utf-8")
        raw = _Descriptor(fd, present=present, stops_the_run=fd == 1)
        # Unbuffered on purpose: each write reaches the descriptor whole, in order with standard error.
        stream = io.TextIOWrapper(  # type: ignore[type-var]  # a raw stream serves as the buffer
            raw,
            encoding=encoding,
            errors="backslashreplace",
            line_buffering=False,
            write_through=True,
        )
        setattr(sys, name, stream)
        setattr(sys, f"__{name}__", stream)


def finish() -> None:
    """Flush standard output before the interpreter does, so a reader that left is seen while it can be handled."""
    try:
        sys.stdout.flush()
    except ClosedStdout:
        raise
    except (OSError, ValueError):
        raise ClosedStdout(EXIT_CLOSED_STDOUT) from None


def _default_sigterm() -> None:
    """Once the work is done, SIGTERM ends the process the default way: a signal that lands while Python
    shuts down (atexit, thread joins) would otherwise raise into code that can only print a traceback."""
    import signal

    with contextlib.suppress(ValueError, OSError, AttributeError):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def main() -> None:
    # Start-up allocates what lives as long as the process (modules, classes, functions, compiled patterns): the
    # cycle collector would only rescan it. The command turns it back on once started (planaudit.cli.started).
    gc.disable()
    # pydantic looks for plugins (validation observers) in every installed distribution's entry points when it builds
    # the first validator, ~6 ms of each run; planaudit validates its own files and has nothing for them to observe.
    # A value the user set is kept (empty: every plugin loads).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    standard_streams()
    code: str | int | None = 0
    try:
        if sys.argv[1:] == ["--version"]:
            from planaudit import __version__

            sys.stdout.write(f"planaudit {__version__}\n")
        else:
            from planaudit.cli import main as cli_main

            cli_main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, (str, int)) or exc.code is None else 1
    finish()
    _default_sigterm()
    if code not in (0, None):
        sys.exit(code)
