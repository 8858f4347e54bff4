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

import kg.build
import kg.store_update
import kg.claims
from kg.claims import CACHE_FILE, cached_claims_table, claims_table, keeps_claims
from kg.source import open_source


@pytest.fixture
def build(seeds_build, tmp_path):
    """A copy of the seeds' build folder (its store link and versions), free to change."""
    out = tmp_path / "build"
    shutil.copytree(seeds_build.out_dir, out, symlinks=True, ignore=shutil.ignore_patterns("claims.json"))
    return out


def test_the_kept_table_is_the_stores_and_the_next_call_reads_it(build):
    store = build / "store"
    first = cached_claims_table(store)
    assert first and first == claims_table(open_source(build))
    kept = json.loads((build / CACHE_FILE).read_text(encoding="utf-8"))
    kept["claims"] = kept["claims"][:1]  # what the file says is what is answered
    (build / CACHE_FILE).write_text(json.dumps(kept), encoding="utf-8")
    assert cached_claims_table(store) == first[:1]


def test_a_changed_store_is_read_again(build):
    store = build / "store"
    before = cached_claims_table(store)
    writable = ox.Store(str(store.resolve()))
    qualifier = ox.NamedNode("https://w3id.org/newskg/ontology#qualifier")
    gone = next(writable.quads_for_pattern(None, qualifier, None, None))
    writable.remove(gone)  # that deployment is no claim any more
    writable.flush()
    del writable
    after = cached_claims_table(store)
    assert after == claims_table(open_source(build))
    assert len(after) < len(before)


def test_only_a_build_folders_store_keeps_its_table(build, tmp_path):
    elsewhere = tmp_path / "db"
    shutil.copytree(build / "store", elsewhere)
    assert keeps_claims(build / "store")
    assert not keeps_claims(elsewhere) and not keeps_claims(build / "graph.trig")


def test_kg_claims_answers_from_the_kept_table(build):
    from click.testing import CliRunner

    from kg.cli import main

    first = CliRunner().invoke(main, ["claims", "-g", str(build), "-f", "json"])
    assert first.exit_code == 0 and (build / CACHE_FILE).is_file()
    again = CliRunner().invoke(main, ["claims", "-g", str(build), "-f", "json"])
    assert again.output == first.output
    assert [c["article"] for c in json.loads(first.output)] == [c.article for c in claims_table(open_source(build))]


def _unqueried(monkeypatch):
    """From here on, reading the claims from the store fails the test."""
    def queried(*args, **kwargs):
        raise AssertionError("the store was queried instead of the kept table read")

    monkeypatch.setattr(kg.claims, "claims_table", queried)


def test_a_build_leaves_its_stores_table_for_the_next_call(build, seeds_dir, monkeypatch):
    assert not (build / CACHE_FILE).exists()
    kg.build.build([seeds_dir], build)
    fresh = claims_table(open_source(build))
    _unqueried(monkeypatch)
    assert fresh and cached_claims_table(build / "store") == fresh


def test_a_rebuild_that_changes_the_store_refreshes_its_table(build, seeds_dir, tmp_path, monkeypatch):
    before = cached_claims_table(build / "store")
    live = (build / "store").resolve()
    articles = tmp_path / "articles"
    articles.mkdir()
    dropped = before[0].article  # an article with claims leaves the corpus
    for seed in seeds_dir.glob("*.txt"):
        if seed.stem not in dropped:
            shutil.copy(seed, articles)
    kg.build.build([articles], build)
    assert (build / "store").resolve() != live  # a new version was published
    fresh = claims_table(open_source(build))
    _unqueried(monkeypatch)
    after = cached_claims_table(build / "store")
    assert after == fresh and len(after) < len(before)


def test_a_build_that_fails_before_publishing_leaves_no_table(build, seeds_dir, tmp_path, monkeypatch):
    articles = tmp_path / "articles"
    articles.mkdir()
    for seed in sorted(seeds_dir.glob("*.txt"))[1:]:
        shutil.copy(seed, articles)

    def failed(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(kg.store_update, "publish", failed)
    with pytest.raises(RuntimeError):
        kg.build.build([articles], build)
    assert not (build / CACHE_FILE).exists()


def test_a_build_that_fails_writing_its_exports_leaves_the_published_stores_table(build, seeds_dir, tmp_path,
                                                                                  monkeypatch):
    live = (build / "store").resolve()
    articles = tmp_path / "articles"
    articles.mkdir()
    for seed in sorted(seeds_dir.glob("*.txt"))[1:]:  # a changed corpus: a new version is published
        shutil.copy(seed, articles)

    def failed(*args):
        raise OSError("disk full")

    monkeypatch.setattr(kg.build, "write_files", failed)
    with pytest.raises(OSError):
        kg.build.build([articles], build)
    assert (build / "store").resolve() != live
    fresh = claims_table(open_source(build))
    _unqueried(monkeypatch)
    assert fresh and cached_claims_table(build / "store") == fresh


def test_a_moved_build_folder_keeps_its_table(build, tmp_path, monkeypatch):
    first = cached_claims_table(build / "store")
    moved = tmp_path / "moved"
    build.rename(moved)
    _unqueried(monkeypatch)
    assert first and cached_claims_table(moved / "store") == first
