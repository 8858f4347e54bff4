"""The claims table's own query (kg.claims.claims_query) against the canned query it stands for.

The canned ``deployment-claims.rq`` is the specification (``kg query
deployment-claims`` prints it); the table reads a query shaped for Oxigraph
instead, whole or bound to some deployments. These tests compare the two on
the seeds' store, row for row.
"""
from __future__ import annotations

import random
from collections import Counter

import pytest

from kg.claims import Claim, claim_of, claims_query, claims_table, distinct_claims
from kg.query import run_canned, run_query
from kg.source import open_source


@pytest.fixture(scope="module")
def store(seeds_build):
    return open_source(seeds_build.out_dir)


def _bag(rows) -> Counter:
    return Counter(tuple(sorted((k, repr(v)) for k, v in row.items())) for row in rows)


def test_the_claims_query_gives_the_rows_of_the_canned_query(store):
    canned = run_canned(store, "deployment-claims").rows
    assert canned and _bag(run_query(store, claims_query()).rows) == _bag(canned)


def test_the_claims_query_bound_to_deployments_gives_only_their_rows(store):
    canned = run_canned(store, "deployment-claims").rows
    chosen = sorted({r["deployment"] for r in canned})[::2]
    bound = run_query(store, claims_query(chosen)).rows
    assert _bag(bound) == _bag(r for r in canned if r["deployment"] in chosen)


def test_the_table_of_some_deployments_is_the_whole_table_of_their_rows(store):
    canned = run_canned(store, "deployment-claims").rows
    chosen = sorted({r["deployment"] for r in canned})[1::3]
    expected = distinct_claims([claim_of(r) for r in canned if r["deployment"] in chosen])
    assert claims_table(store, chosen) == expected and claims_table(store, []) == []


def test_the_whole_table_is_the_canned_rows_merged(store):
    canned = run_canned(store, "deployment-claims").rows
    assert claims_table(store) == distinct_claims([claim_of(r) for r in canned])


def test_claims_do_not_depend_on_the_order_rows_come_in():
    def claim(claimant, start, evidence="e"):
        return Claim("2024-11-01", "a", None, 3000, "UpTo", "KP", "RU", None, "Sent", claimant, start, evidence)

    rows = [claim("US", 5), claim("KR", 5), claim(None, 5), claim("US", 9, "again"), claim("KR", 1)]
    first = distinct_claims(rows)
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        assert distinct_claims(shuffled) == first
    assert [c.count for c in first if c.claimant == "US"] == [2]
