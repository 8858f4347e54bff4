"""Child processes that die with their parent.

A worker process or a server started by ``kg`` must not outlive it, even
when the parent is killed with SIGKILL (which runs no clean-up code). On
Linux the child asks the kernel for a signal when its parent dies
(``prctl(PR_SET_PDEATHSIG)``); elsewhere, a thread polls the parent's pid.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int, sig: int = signal.SIGKILL) -> None:
    """Make this process get ``sig`` when ``parent_pid`` (its parent) dies.

    Safe in a ``preexec_fn`` (between fork and exec: the death signal is kept
    across exec) and in a worker's initializer. If the parent is already
    gone, exit now.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0:
                if os.getppid() != parent_pid:  # died before prctl took effect
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    _watch_parent(parent_pid)


def _watch_parent(parent_pid: int, interval: float = 1.0) -> None:
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
