"""Work handed to a forked process, where a Ctrl-C is the first process's alone: never a second traceback."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator


@contextlib.contextmanager
def ctrl_c_held() -> Iterator[None]:
    """SIGINT blocked while a process is started, so that the child starts with it blocked too (the mask is
    inherited): here a Ctrl-C meanwhile is delivered on the way out, there it is dropped once the child ignores it
    (a pending signal set to be ignored is discarded). Between the fork and its own handler a child would otherwise
    raise KeyboardInterrupt in the first process's code."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def ignore_ctrl_c() -> None:
    """In a child: ignore SIGINT, then take it off the mask ctrl_c_held set."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def fork() -> int:
    """os.fork, the child ignoring Ctrl-C from its first instruction on (OSError as os.fork)."""
    with ctrl_c_held():
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            signal.signal(signal.SIGINT, signal.SIG_IGN)
    return pid
