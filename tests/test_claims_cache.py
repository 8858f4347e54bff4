"""The claims table kept beside a build's store (kg.claims.cached_claims_table).

`kg claims` answers from ``<build>/cache/claims.json`` while the store is
unchanged; these tests pin that the kept table is the store's, that it is
what a second call reads, and that any change to the store is seen.
"""
from __future__ import annotations

import json
import shutil

import pyoxigraph as ox
import pytest

from kg.claims import CACHE_FILE, cached_claims_table, claims_table
from kg.source import open_source


@pytest.fixture
def build(seeds_build, tmp_path):
    """A copy of the seeds' build folder (its store link and versions), free to change."""
    out = tmp_path / "build"
    shutil.copytree(seeds_build.out_dir, out, symlinks=True, ignore=shutil.ignore_patterns("claims.json"))
    return out


def test_the_kept_table_is_the_stores_and_the_next_call_reads_it(build):
    store = build / "store"
    first = cached_claims_table(open_source(build), store)
    assert first and first == claims_table(open_source(build))
    kept = json.loads((build / CACHE_FILE).read_text(encoding="utf-8"))
    kept["claims"] = kept["claims"][:1]  # what the file says is what is answered
    (build / CACHE_FILE).write_text(json.dumps(kept), encoding="utf-8")
    assert cached_claims_table(open_source(build), store) == first[:1]


def test_a_changed_store_is_read_again(build):
    store = build / "store"
    before = cached_claims_table(open_source(build), store)
    writable = ox.Store(str(store.resolve()))
    qualifier = ox.NamedNode("https://w3id.org/newskg/ontology#qualifier")
    gone = next(writable.quads_for_pattern(None, qualifier, None, None))
    writable.remove(gone)  # that deployment is no claim any more
    writable.flush()
    del writable
    after = cached_claims_table(open_source(build), store)
    assert after == claims_table(open_source(build))
    assert len(after) < len(before)


def test_a_store_outside_a_build_folder_is_not_cached(build, tmp_path):
    elsewhere = tmp_path / "db"
    shutil.copytree(build / "store", elsewhere)
    assert cached_claims_table(open_source(elsewhere), elsewhere) == claims_table(open_source(elsewhere))
    assert not (tmp_path / CACHE_FILE).exists() and not (build / CACHE_FILE).exists()
