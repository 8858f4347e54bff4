"""The prefixes predeclared in ``kg query`` and ``kg serve``, as plain strings.

Kept free of rdflib so that reading commands start fast. :data:`VOCABULARIES`
are the prefixes every export binds too (:data:`kg.namespaces.PREFIXES` is
built from them); :data:`KINDS` add one prefix per kind of resource
(``person:lloyd-austin`` for ``<https://w3id.org/newskg/id/person/lloyd-austin>``)
because ``id:person/lloyd-austin`` is not valid SPARQL: ``/`` may not appear in
a prefixed name's local part. Results print with the most specific prefix, so
what ``kg query`` prints can be pasted back into a query.
"""
from __future__ import annotations

import re
from functools import lru_cache

ID = "https://w3id.org/newskg/id/"


def key_of(iri) -> str:
    """The key of a newskg IRI, its path under :data:`ID` (``person/x``); another IRI whole.

    >>> key_of(ID + "person/x"), key_of("http://www.wikidata.org/entity/Q30")
    ('person/x', 'http://www.wikidata.org/entity/Q30')
    """
    text = str(iri)
    return text[len(ID) :] if text.startswith(ID) else text


def local_name(iri) -> str:
    """The last segment of an IRI, after its last ``#`` or ``/`` (a trailing ``/`` ignored).

    >>> local_name("https://w3id.org/newskg/ontology#Person"), local_name(ID + "person/x")
    ('Person', 'x')
    """
    return re.split(r"[#/]", str(iri).rstrip("/"))[-1]


#: The vocabularies: ontology, resources, Wikidata and the W3C/Dublin Core ones.
VOCABULARIES = {
    "nkg": "https://w3id.org/newskg/ontology#",
    "id": ID,
    "wd": "http://www.wikidata.org/entity/",
    "schema": "https://schema.org/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
}

#: One prefix per kind of newskg resource (the first segment of its key).
KINDS = {
    kind: f"{ID}{kind}/"
    for kind in ("person", "org", "country", "place", "article", "statement", "deployment", "graph")
}

#: Every predeclared prefix.
QUERY_PREFIXES = {**VOCABULARIES, **KINDS}

# PN_LOCAL of SPARQL 1.1 without the escapes and %-encodings we never print;
# its ASCII part is all most names need, and compiles in microseconds where the
# whole class takes 20 ms (paid at first use, by a name with other letters).
_ASCII_LOCAL = re.compile(r"[A-Za-z_:0-9]([A-Za-z_\-0-9.:]*[A-Za-z_\-0-9:])?")
_CHARS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"


@lru_cache(maxsize=1)
def _unicode_local() -> re.Pattern:
    return re.compile(
        rf"[{_CHARS}_:0-9]([{_CHARS}_\-0-9\u00b7\u0300-\u036f\u203f-\u2040.:]*[{_CHARS}_\-0-9\u00b7\u0300-\u036f\u203f-\u2040:])?"
    )


def _is_local(name: str) -> bool:
    """Whether ``name`` may follow ``prefix:`` in SPARQL and Turtle."""
    pattern = _ASCII_LOCAL if name.isascii() else _unicode_local()
    return pattern.fullmatch(name) is not None


# longest namespace first, so person: wins over id:
_BY_LENGTH = sorted(QUERY_PREFIXES.items(), key=lambda item: -len(item[1]))


def prefixed(iri: str) -> str:
    """``iri`` as a prefixed name valid in SPARQL and Turtle, else as ``<iri>``.

    >>> prefixed("https://w3id.org/newskg/id/person/lloyd-austin")
    'person:lloyd-austin'
    >>> prefixed("https://w3id.org/newskg/id/person/x/y")
    '<https://w3id.org/newskg/id/person/x/y>'
    """
    for prefix, namespace in _BY_LENGTH:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            local = iri[len(namespace) :]
            if _is_local(local):
                return f"{prefix}:{local}"
    return f"<{iri}>"


def expand(name: str) -> str | None:
    """The IRI a prefixed name (``person:lloyd-austin``) with a predeclared prefix
    stands for, or None: what :func:`prefixed` prints can be given back.

    >>> expand("person:lloyd-austin")
    'https://w3id.org/newskg/id/person/lloyd-austin'
    >>> expand("Lloyd Austin") is None and expand("https://example.org/x") is None
    True
    """
    prefix, sep, local = name.strip().partition(":")
    if not sep or prefix not in QUERY_PREFIXES or not _is_local(local):
        return None
    return QUERY_PREFIXES[prefix] + local
