"""The quote or sentence behind each edge of the projection, read only when shown.

Quotes and evidence sentences are the bulk of the text: the projection keeps
only the keys of the statements and deployments behind its edges, and
:class:`Evidence` reads the text of those a command shows (a path shows a few).
"""
from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox

from ..namespaces import ID
from ..prefixes import QUERY_PREFIXES

_EVIDENCE_QUERY = """
SELECT ?text ?via WHERE {
  { ?via a nkg:Statement ; nkg:quote ?text } UNION { ?via a nkg:Deployment ; nkg:evidence ?text }
} ORDER BY ?text LIMIT 1"""


class Evidence(Mapping):
    """``via`` key -> the statement's quote or the deployment's evidence sentence,
    read from the store the first time it is asked for (a path shows a few).

    >>> evidence = Evidence(ox.Store(), {"statement/s1"})
    >>> "statement/s1" in evidence, len(evidence)
    (False, 0)
    """

    def __init__(self, store, keys: set[str] | None = None):
        self._store, self._keys, self._found = store, keys if keys is not None else set(), {}

    def _text(self, key: str) -> str | None:
        if key not in self._keys:
            return None
        if key not in self._found:
            iri = ox.NamedNode(str(ID) + key if "://" not in key else key)
            rows = self._store.query(
                _EVIDENCE_QUERY, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True,
                substitutions={ox.Variable("via"): iri},
            )
            self._found[key] = next((row[0].value for row in rows), None)
        return self._found[key]

    def __getitem__(self, key: str) -> str:
        text = self._text(key)
        if text is None:
            raise KeyError(key)
        return text

    def __contains__(self, key) -> bool:
        return self._text(key) is not None

    def __iter__(self):
        return (key for key in sorted(self._keys) if self._text(key) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)
