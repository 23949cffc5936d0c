"""A forked helper process ignores Ctrl-C from its first instruction: the first process alone answers it."""

from __future__ import annotations

import os
import signal

import pytest

from planaudit import forks

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(signal, "pthread_sigmask"), reason="no fork or signal masks here"
)


def test_a_forked_child_ignores_ctrl_c_and_this_process_answers_it_as_before() -> None:
    """The child ignores SIGINT and has it off its mask; a Ctrl-C sent it at once is dropped, not raised in code that
    is the first process's; this process's handler and mask are as they were."""
    handler = signal.getsignal(signal.SIGINT)
    pid = forks.fork()
    if pid == 0:  # pragma: no cover - the child reports by its exit status
        try:
            os.kill(os.getpid(), signal.SIGINT)
            ignored = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            unblocked = signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())
            os._exit(0 if ignored and unblocked else 3)
        except BaseException:
            os._exit(4)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert signal.getsignal(signal.SIGINT) is handler
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())


def test_ctrl_c_is_held_only_while_a_process_is_started() -> None:
    """SIGINT is on the mask inside ctrl_c_held (so a Ctrl-C then waits, and the child inherits the mask) and off it
    after, as before."""
    with forks.ctrl_c_held():
        assert signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set())
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())
