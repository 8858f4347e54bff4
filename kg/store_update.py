"""The store update of a build: a new version of the store, synced with the corpus, swapped in.

See :mod:`kg.swap` for the versions (readers see the old store or the new one,
never a mix) and :mod:`kg.sync` for what is rewritten (only the graphs whose
triples changed).
"""
from __future__ import annotations

import traceback
from pathlib import Path

from .cache import BuildCache
from .mapping import to_dataset
from .store import open_store
from .swap import adopt_legacy_store, live_version, new_version, publish, remove_versions
from .sync import SyncStats, sync_store


def update_store(out: Path, corpus, cache: BuildCache, full: bool, client) -> SyncStats:
    """Sync a new version of the store (a copy of the live one) and swap it in.

    ``client`` (the build's :class:`~kg.parallel.LocalPool` or Dask client)
    maps the partitions of changed articles to RDF while this process loads them.

    A build that changes nothing discards its copy, so the live version (and
    the exports tied to it) stay current.
    """
    adopt_legacy_store(out)
    live = live_version(out)
    remove_versions(out, keep={live})  # unfinished, or superseded by the last build
    cache.keep_graph_versions({live})
    name, path = new_version(out, copy_live=not full)
    if live is not None and not full:
        cache.copy_graphs(live, name)
    store = open_store(path, read_only=False)
    try:
        # ``to_dataset`` is looked up here, so tests can interrupt the mapping
        stats = sync_store(
            store, corpus, cache.graphs(name), full=full, client=client, work_dir=out,
            map_dataset=lambda c: to_dataset(c),
        )
        store.flush()
    except BaseException as err:
        # the traceback's frames would keep the store, and its write lock, alive
        traceback.clear_frames(err.__traceback__)
        raise
    finally:
        del store  # releases the database's write lock
    if live is None or stats.changed or full:
        publish(out, name)  # the previous version stays until the next build, for its readers
    else:
        remove_versions(out, keep={live})
        cache.keep_graph_versions({live})
    return stats
