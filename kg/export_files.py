"""The portable exports of a build folder, ``graph.ttl`` and ``graph.trig``, and their state.

They are written only at the end of a build and atomically, so a failed or
interrupted build leaves the previous ones as they were. ``.exports.json``
records the store version and the digests they were written from, so they are
rewritten whenever they differ from the store, even after an interrupted
build; a build without files removes the ones it can prove it wrote, once the
store has moved on (:func:`drop_stale_files`).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from rdflib import Dataset

from .export import FORMATS, serialize, write_atomic
from .store import DATASET_FILE, TURTLE_FILE

#: Beside the exports: the store version and file digests they were written from.
EXPORTS_STATE = ".exports.json"


def file_digest(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def _exports_state(out: Path) -> dict:
    try:
        return json.loads((out / EXPORTS_STATE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def _export_targets(out: Path) -> dict[Path, Any]:
    return {out / TURTLE_FILE: FORMATS["turtle"], out / DATASET_FILE: FORMATS["trig"]}


def files_current(out: Path, version: str | None) -> bool:
    """Whether graph.ttl and graph.trig hold store ``version``: ``.exports.json`` names it and
    each file still has the digest recorded when it was written."""
    state = _exports_state(out)
    recorded = state.get("files", {})
    return version is not None and state.get("store") == version and all(
        recorded.get(path.name) is not None and recorded[path.name] == file_digest(path)
        for path in _export_targets(out)
    )


def write_files(dataset: Dataset, out: Path, version: str | None) -> list[Path]:
    """Write graph.ttl and graph.trig from the store, unless they hold its current version."""
    if files_current(out, version):
        return []
    targets = _export_targets(out)
    payloads = {path: serialize(dataset, fmt) for path, fmt in targets.items()}
    (out / EXPORTS_STATE).unlink(missing_ok=True)  # stale from here until all are written
    written = [write_atomic(path, data) for path, data in payloads.items()]
    digests = {path.name: hashlib.sha256(data).hexdigest() for path, data in payloads.items()}
    write_atomic(out / EXPORTS_STATE, json.dumps({"store": version, "files": digests}).encode())
    return written


def drop_stale_files(out: Path, version: str | None) -> tuple[list[Path], list[Path]]:
    """Remove the graph.ttl and graph.trig a build without files would leave behind the store.

    They are the portable copies of the store: once it has moved on they would
    show another graph than every command reads, so they go (``kg export``
    writes them again from the store); copies of the current version stay.
    Only a file whose bytes still have the digest ``.exports.json`` recorded
    when a build in this folder wrote it is removed: anything else (files
    committed with a clone, copied in or edited by hand) may be someone's only
    copy, so it is kept and returned second, for a warning.
    """
    if files_current(out, version):
        return [], []
    recorded = _exports_state(out).get("files", {})
    removed: list[Path] = []
    kept: list[Path] = []
    for path in _export_targets(out):
        digest = file_digest(path)
        if digest is None:
            continue
        (removed if recorded.get(path.name) == digest else kept).append(path)
    (out / EXPORTS_STATE).unlink(missing_ok=True)  # it records only files removed here
    for path in removed:
        path.unlink()
    return removed, kept
