"""The pyoxigraph store under any source a library caller may hand a query."""
from __future__ import annotations

import pyoxigraph as ox


def as_store(source) -> ox.Store:
    """The pyoxigraph store to query for ``source``.

    ``source`` is a :class:`pyoxigraph.Store` (what :func:`kg.store.open_source`
    gives), an rdflib Dataset over Oxigraph (its store), or an rdflib graph in
    memory, copied into an in-memory store (for tests and library callers).
    """
    if isinstance(source, ox.Store):
        return source
    inner = getattr(getattr(source, "store", None), "_inner", None)
    if isinstance(inner, ox.Store):
        return inner
    store = ox.Store()
    data = source.serialize(format="nquads" if hasattr(source, "quads") else "nt", encoding="utf-8")
    store.bulk_load(data, ox.RdfFormat.N_QUADS)
    return store
