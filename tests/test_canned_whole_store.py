"""A canned query over the whole store is sent joined by hash, bound it is sent as written,
and either way its rows come in one order (kg.query.CannedQuery.text_for)."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.prefixes import QUERY_PREFIXES
from kg.query import canned_queries, run_canned
from kg.sparql import mask

SEEDS_GRAPH = Path(__file__).resolve().parent.parent / "exports" / "graph.trig"
RESHAPED = [name for name, query in canned_queries().items() if query.text_for() != query.text]


@pytest.fixture(scope="module")
def seeds() -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(SEEDS_GRAPH), format=ox.RdfFormat.TRIG)
    return store


def _rows(store: ox.Store, text: str) -> list[tuple]:
    return [tuple(None if t is None else str(t) for t in row)
            for row in store.query(text, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)]


def test_the_queries_that_read_every_statement_or_deployment_are_reshaped():
    assert {"statements-about", "who-said-what", "deployment-claims", "articles-mentioning"} <= set(RESHAPED)
    assert "{ SELECT ?statement ?speaker WHERE" in canned_queries()["statements-about"].text_for()


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_unbound_canned_query_gives_the_rows_of_its_text_in_the_same_order(seeds, name):
    query = canned_queries()[name]
    written = _rows(seeds, query.text)
    assert written, "the seeds give every canned query rows"
    assert _rows(seeds, query.text_for()) == written


def test_a_bound_canned_query_is_sent_as_written():
    # bound, Oxigraph starts from the few bound values: a hash join would scan each pattern whole
    for query in canned_queries().values():
        for param in query.params:
            assert query.text_for({param.name: "Russie"}) == query.text


def test_a_grouping_canned_query_keeps_its_text():
    # GROUP_CONCAT lists its values in the order rows are joined: a hash join changes that text
    assert canned_queries()["actors-by-country"].text_for() == canned_queries()["actors-by-country"].text


@pytest.mark.parametrize("name", RESHAPED)
def test_a_reshaped_canned_query_orders_its_rows_by_every_column(name):
    # otherwise rows tied on the order's keys come in the join's order, which the reshape changes
    masked = mask(canned_queries()[name].text)
    head = re.search(r"SELECT\s+(?:DISTINCT\s+)?(.*?)\s*WHERE", masked, re.S | re.I)[1]
    order = re.search(r"ORDER\s+BY(.*)$", masked, re.S | re.I)[1]
    assert set(re.findall(r"\?(\w+)", head)) <= set(re.findall(r"\?(\w+)", order))


def test_run_canned_over_the_whole_store_matches_the_text_as_written(seeds):
    result = run_canned(seeds, "statements-about")
    written = _rows(seeds, canned_queries()["statements-about"].text)
    assert [tuple(None if t is None else str(t) for t in row) for row in result.solutions] == written
