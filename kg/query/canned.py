"""Canned queries: the ``kg/queries/*.rq`` files, their descriptions and parameters.

The file name is the query's name and its first line ``# <description>`` (a
``# fr:`` line gives it in French); ``# param NAME (entity|text): …`` lines
declare its parameters (see :mod:`kg.query`).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from importlib import resources

from ..i18n import current
from ..reshape import triples_joined_by_hash
from ..sparql import QueryError, mask

_FRENCH_LINE = re.compile(r"^#\s*fr\s*:\s*(.*?)\s*$")
_PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)\s*(?:\((entity|text)\))?\s*:\s*(.*?)\s*$")
_GROUP_BY = re.compile(r"(?<![\w?$:])GROUP\s+BY(?![\w:])", re.I)


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # "entity" or "text"
    description: str


@dataclass(frozen=True)
class CannedQuery:
    name: str
    description: str
    text: str
    params: tuple[Param, ...] = ()
    description_fr: str = ""  # its ``# fr:`` line, if any

    def describe(self, lang: str | None = None) -> str:
        """The description in ``lang`` (default: the run's language), else the English one."""
        return self.description_fr if (lang or current()) == "fr" and self.description_fr else self.description

    def text_for(self, params: dict | None = None) -> str:
        """The text to send Oxigraph: as written when ``params`` bind one of its parameters,
        else with its triple patterns and OPTIONALs joined by hash.

        Bound, Oxigraph starts from the few bound values and looks the rest up (milliseconds
        at 10 million triples). Unbound, the query reads the whole store, and those lookups,
        a seek per row and pattern, cost more than one scan of each pattern joined by hash
        (:func:`kg.reshape.triples_joined_by_hash`; statements-about at 1 M triples: 21 s of
        CPU → 11 s). Same rows in the same order: each canned ``ORDER BY`` ends with every
        column, so no tie is left to the join order. A query that groups keeps its text: a
        ``GROUP_CONCAT`` lists its values in the order the rows are joined.
        """
        if params or _GROUP_BY.search(mask(self.text)):
            return self.text
        return triples_joined_by_hash(self.text)


def parse_canned(name: str, text: str) -> CannedQuery:
    """Read a canned query's description and parameters from its header comments.

    >>> q = parse_canned("q", "# Who spoke.\\n# param entity: whom\\nSELECT * {}")
    >>> q.description, q.params[0].name, q.params[0].kind
    ('Who spoke.', 'entity', 'entity')
    >>> parse_canned("q", "# Who spoke.\\n# fr: Qui a parlé.\\nSELECT * {}").describe("fr")
    'Qui a parlé.'
    """
    lines = text.splitlines()
    first = lines[0] if lines else ""
    description = first.lstrip("#").strip() if first.startswith("#") else ""
    params, french = [], ""
    for line in lines:
        match = _PARAM_LINE.match(line.strip())
        if match:
            params.append(Param(match[1], match[2] or "entity", match[3]))
        elif not french and (match := _FRENCH_LINE.match(line.strip())):
            french = match[1]
    return CannedQuery(name, description, text, tuple(params), french)


def canned_queries() -> dict[str, CannedQuery]:
    """The canned queries shipped in ``kg/queries/``, by name, sorted."""
    folder = resources.files("kg.queries")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq") and entry.is_file():
            name = entry.name[: -len(".rq")]
            found[name] = parse_canned(name, entry.read_text(encoding="utf-8"))
    return found


def canned_query(name: str) -> CannedQuery:
    queries = canned_queries()
    if name not in queries:
        close = difflib.get_close_matches(name, queries, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise QueryError(f"no canned query named {name!r}{hint} (see `kg query --list`)")
    return queries[name]
