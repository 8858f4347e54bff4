"""One writer per build folder, and no writer while a server reads it.

A build takes an exclusive :func:`fcntl.flock` on ``<out>/.lock`` before it
touches anything (cache, store, exports) and holds it to the end; ``kg serve``
holds a shared one on the same file while it serves the folder's store. So a
second build, or a build under a running server, fails at once with the
other process's pid, instead of mixing two corpora in one folder or changing
the store under a server. The kernel drops a flock when its holder dies, so
a killed build or server never leaves a stale lock behind.
"""
from __future__ import annotations

import errno
import fcntl
import os
from pathlib import Path

LOCK_FILE = ".lock"


class FolderBusy(RuntimeError):
    """Another process holds the folder (its description is the message)."""


def lock_path(folder: str | Path) -> Path:
    return Path(folder) / LOCK_FILE


class FolderLock:
    """A held flock on ``<folder>/.lock``; release with :meth:`release` or ``with``."""

    def __init__(self, folder: str | Path, *, shared: bool, holder: str):
        self.path = lock_path(folder)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except OSError as err:
            os.close(self._fd)
            self._fd = None
            if err.errno in (errno.EWOULDBLOCK, errno.EACCES):
                raise FolderBusy(_describe_holder(self.path)) from None
            raise
        # who holds it, for the message the next process prints
        description = f"{holder} (pid {os.getpid()})".encode()
        if shared:  # several readers: the latest one names itself
            os.pwrite(self._fd, description.ljust(200), 0)
        else:
            os.ftruncate(self._fd, 0)
            os.pwrite(self._fd, description, 0)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None

    def __enter__(self) -> "FolderLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _describe_holder(path: Path) -> str:
    try:
        text = path.read_text("utf-8", "replace").strip()
    except OSError:
        text = ""
    return text or "another process"


def lock_for_build(folder: str | Path) -> FolderLock:
    """The exclusive lock a build holds on its output folder.

    Raises :class:`FolderBusy` naming the build or server that holds it.
    """
    try:
        return FolderLock(folder, shared=False, holder="kg build")
    except FolderBusy as busy:
        holder = str(busy)
        if holder.startswith("kg serve"):
            raise FolderBusy(
                f"{folder}: {holder} is serving this store; stop it before building"
            ) from None
        raise FolderBusy(
            f"{folder}: {holder} is already building into this folder; wait for it to finish"
        ) from None


def lock_for_serving(folder: str | Path, url: str = "") -> FolderLock:
    """The shared lock a server holds on the build folder of the store it serves."""
    try:
        return FolderLock(folder, shared=True, holder=f"kg serve {url}".strip())
    except FolderBusy as busy:
        raise FolderBusy(f"{folder}: {busy} is writing this store; serve it once it is done") from None
