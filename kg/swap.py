"""Atomic store updates: readers see the old store or the new one, never a mix.

``<out>/store`` is a symbolic link to a store version, ``<out>/store-N``. A
build never writes the live version: it copies it (:meth:`pyoxigraph.Store.backup`
makes hard links to RocksDB's immutable files, so the copy is cheap), brings
the copy up to date, and then points ``store`` at it with one ``rename``, which
is atomic. A build that fails or is killed leaves the live version untouched
and an unfinished one that the next build deletes.

The previous version is kept until the next build, so a reader that opened it
just before the swap (readers resolve the link once, see
:func:`kg.store.open_store`) can finish. A build folder made before versions
existed (``store`` a plain folder) becomes ``store-0`` on the next build.
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pyoxigraph as ox

from .store import STORE_DIR, default_store_path, is_store

_VERSION = re.compile(rf"^{STORE_DIR}-(\d+)$")


def live_version(out: str | Path) -> str | None:
    """The folder name of the store version that ``<out>/store`` points to, if any."""
    link = default_store_path(out)
    if link.is_symlink():
        name = os.readlink(link)
        return name if _VERSION.match(name) and is_store(Path(out) / name) else None
    return None


def versions(out: str | Path) -> list[str]:
    """Every store version folder in ``out``, live or not, oldest first."""
    out = Path(out)
    found = [p.name for p in out.glob(f"{STORE_DIR}-*") if _VERSION.match(p.name)] if out.is_dir() else []
    return sorted(found, key=lambda name: int(_VERSION.match(name).group(1)))


def adopt_legacy_store(out: str | Path) -> None:
    """Turn a plain ``<out>/store`` folder (older builds) into version ``store-0``."""
    out = Path(out)
    store = default_store_path(out)
    if store.is_dir() and not store.is_symlink():
        target = f"{STORE_DIR}-0"
        if (out / target).exists():
            shutil.rmtree(out / target)
        store.rename(out / target)
        publish(out, target)


def new_version(out: str | Path, *, copy_live: bool) -> tuple[str, Path]:
    """A fresh version folder's name and path: a copy of the live store, or nothing yet."""
    out = Path(out)
    numbers = [int(_VERSION.match(name).group(1)) for name in versions(out)]
    name = f"{STORE_DIR}-{max(numbers, default=0) + 1}"
    path = out / name
    live = live_version(out)
    if copy_live and live is not None:
        source = ox.Store.read_only(str(out / live))
        source.backup(str(path))
        del source
    return name, path


def publish(out: str | Path, name: str) -> None:
    """Point ``<out>/store`` at version ``name``, atomically (rename over the old link)."""
    out = Path(out)
    temporary = out / f".{STORE_DIR}-link-{os.getpid()}"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    os.symlink(name, temporary)
    os.replace(temporary, default_store_path(out))
    try:  # make the rename durable
        fd = os.open(out, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def remove_versions(out: str | Path, keep: set[str]) -> None:
    """Delete every version folder not named in ``keep`` (unfinished or superseded)."""
    for name in versions(out):
        if name not in keep:
            shutil.rmtree(Path(out) / name, ignore_errors=True)
