"""Rows read as Oxigraph's TSV results writer writes them (kg.tsv_rows.tsv_solutions), decoded
to the same values as the terms (kg.query.plain and ``term.value``), and queries read in parts
on threads and joined (kg.tsv_rows.tsv_joined)."""
from __future__ import annotations

import pyoxigraph as ox

from kg.query import plain
from kg.tsv_rows import tsv_joined, tsv_lexical, tsv_plain, tsv_solutions
from kg.reshape import where_parts

XSD = "http://www.w3.org/2001/XMLSchema#"
HOSTILE = [
    ox.Literal('tab\there\nnew "quoted" back\\slash \\n not a newline\r\x01\x7f\u2028 é'),
    ox.Literal("fin\\"), ox.Literal('"'), ox.Literal(""), ox.Literal("x", language="fr-ca"),
    ox.Literal('"@fr"', language="fr"), ox.Literal("12", datatype=ox.NamedNode(XSD + "integer")),
    ox.Literal("-7", datatype=ox.NamedNode(XSD + "int")), ox.Literal(" 12", datatype=ox.NamedNode(XSD + "integer")),
    ox.Literal("twelve", datatype=ox.NamedNode(XSD + "integer")), ox.Literal("1", datatype=ox.NamedNode(XSD + "boolean")),
    ox.Literal("false", datatype=ox.NamedNode(XSD + "boolean")), ox.Literal("1.5", datatype=ox.NamedNode(XSD + "decimal")),
    ox.Literal("1.5E3", datatype=ox.NamedNode(XSD + "double")), ox.Literal("2024-11-04", datatype=ox.NamedNode(XSD + "date")),
    ox.Literal("a\tb", datatype=ox.NamedNode("urn:type")), ox.NamedNode("https://w3id.org/newskg/id/person/a-b"),
    ox.BlankNode("b1"),
]


def _store() -> ox.Store:
    store = ox.Store()
    graph = ox.NamedNode("urn:g")
    for number, value in enumerate(HOSTILE):
        store.add(ox.Quad(ox.NamedNode(f"urn:s{number}"), ox.NamedNode("urn:p"), value, graph))
        store.add(ox.Quad(ox.NamedNode(f"urn:s{number}"), ox.NamedNode("urn:type"), ox.NamedNode("urn:T"), graph))
        if number % 2:
            store.add(ox.Quad(ox.NamedNode(f"urn:s{number}"), ox.NamedNode("urn:q"), ox.Literal(f"q{number}"), graph))
    return store


QUERY = "SELECT ?s ?o ?q WHERE { ?s <urn:p> ?o OPTIONAL { ?s <urn:q> ?q } }"


def test_tsv_fields_decode_to_the_values_of_the_terms():
    store = _store()
    terms = {str(row[0]): (row[1], row[2]) for row in store.query(QUERY, use_default_graph_as_union=True)}
    variables, rows = tsv_solutions(store, QUERY)
    assert variables == ["s", "o", "q"] and len(rows) == len(HOSTILE)
    for subject, value, extra in rows:
        term, other = terms[subject]
        assert tsv_plain(value) == plain(term) and type(tsv_plain(value)) is type(plain(term))
        assert tsv_lexical(value) == term.value
        assert tsv_lexical(extra) == (other.value if other is not None else None)


def test_a_query_read_in_parts_and_joined_gives_its_rows():
    text = ("SELECT ?o ?q ?r { { SELECT ?s WHERE { ?s <urn:type> <urn:T> } } OPTIONAL { SELECT ?s ?o WHERE { ?s <urn:p> ?o } } "
            "OPTIONAL { SELECT ?s ?q WHERE { ?s <urn:q> ?q } } BIND (CONCAT(?q, \"!\") AS ?r) }")
    parts = where_parts(text, ["s"])
    assert parts and len(parts) == 2
    variables, rows = tsv_joined(_store(), parts, 1)
    whole_vars, whole = tsv_solutions(_store(), text.replace("SELECT ?o ?q ?r", "SELECT ?s ?o ?q ?r"))
    at = [variables.index(v) for v in whole_vars]
    assert sorted(tuple(row[i] for i in at) for row in rows) == sorted(map(tuple, whole))


def test_a_query_whose_shared_rows_may_repeat_is_not_cut():
    # the spine projects ?s only from ?s ?p ?o: its rows repeat, and a join of parts would square them
    text = "SELECT ?o { { SELECT ?s WHERE { ?s <urn:p> ?o0 } } OPTIONAL { SELECT ?s ?o WHERE { ?s <urn:q> ?o } } }"
    assert where_parts(text, ["s"]) is None
    linked = ("SELECT ?a ?b { { SELECT ?s WHERE { ?s a <urn:T> } } OPTIONAL { SELECT ?s ?a WHERE { ?s <urn:a> ?a } } "
              "OPTIONAL { SELECT ?s ?b WHERE { ?s <urn:b> ?b } } BIND (CONCAT(?a, ?b) AS ?c) }")
    assert where_parts(linked, ["s"]) is None  # ?a and ?b meet in a BIND: one part would need both
