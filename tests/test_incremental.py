"""Re-running a build redoes only what changed, and ends where a build from scratch ends."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

import kg.build
import kg.cache
import kg.sync
from kg.build import build
from kg.cli import main
from kg.export import serialize
from kg.mapping import article_iri
from kg.namespaces import NKG
from kg.resolve import canonical_keys as real_canonical_keys
from kg.store import load_dataset

ADDED = "\n\nLe ministre français des Affaires étrangères a déclaré mercredi que Paris restait vigilant."


@pytest.fixture
def corpus(tmp_path, seeds_dir):
    """A folder with the first three seeds, and the other two kept aside."""
    folder = tmp_path / "articles"
    folder.mkdir()
    seeds = sorted(seeds_dir.glob("*.txt"))
    for seed in seeds[:3]:
        shutil.copy(seed, folder)
    return folder, seeds


def _evolve(folder, seeds) -> tuple[str, str, str]:
    """Add two articles, change one, remove one; their ids."""
    for seed in seeds[3:]:
        shutil.copy(seed, folder)
    changed, removed = seeds[0].stem, seeds[1].stem
    path = folder / seeds[0].name
    path.write_text(path.read_text(encoding="utf-8") + ADDED, encoding="utf-8")
    (folder / seeds[1].name).unlink()
    return changed, removed, seeds[3].stem


def _store_bytes(out) -> bytes:
    return serialize(load_dataset(out), "trig")


def _assert_same_as_scratch(folder, out, tmp_path):
    scratch = tmp_path / "scratch"
    build([folder], scratch)
    assert _store_bytes(out) == _store_bytes(scratch)
    for name in ("graph.trig", "graph.ttl"):
        assert (out / name).read_bytes() == (scratch / name).read_bytes()


def test_rebuild_extracts_only_new_or_changed_articles(corpus, tmp_path):
    folder, seeds = corpus
    out = tmp_path / "out"
    first = build([folder], out)
    assert (first.extracted, first.reused) == (3, 0)
    _evolve(folder, seeds)
    second = build([folder], out)
    assert (second.extracted, second.reused) == (3, 1)  # 2 new + 1 changed; 1 unchanged


def test_unchanged_rebuild_rewrites_nothing(corpus, tmp_path):
    folder, _ = corpus
    out = tmp_path / "out"
    build([folder], out)
    before = (out / "graph.trig").stat().st_mtime_ns
    again = build([folder], out)
    assert again.extracted == 0 and again.reused == 3
    assert again.sync.written == again.sync.removed == 0
    assert again.outputs == [] and (out / "graph.trig").stat().st_mtime_ns == before


def test_incremental_build_equals_build_from_scratch(corpus, tmp_path):
    folder, seeds = corpus
    out = tmp_path / "out"
    build([folder], out)
    _evolve(folder, seeds)
    build([folder], out)
    _assert_same_as_scratch(folder, out, tmp_path)


def test_resolution_changes_reach_unchanged_articles(corpus, tmp_path, monkeypatch):
    """A new article can change how old ones resolve: their graphs are rewritten."""

    def corpus_dependent(index):
        """Canonical keys that change with every entity added to the corpus."""
        tag = f"-{len(index.keys)}"
        return {key: canonical + tag for key, canonical in real_canonical_keys(index).items()}

    monkeypatch.setattr(kg.build, "canonical_keys", corpus_dependent)
    folder, seeds = corpus
    out = tmp_path / "out"
    build([folder], out)
    shutil.copy(seeds[3], folder)
    second = build([folder], out)
    assert second.extracted == 1 and second.sync.written == 5  # 4 articles + entities
    _assert_same_as_scratch(folder, out, tmp_path)


def test_changed_and_removed_articles_leave_no_stale_facts(corpus, tmp_path):
    folder, seeds = corpus
    out = tmp_path / "out"
    build([folder], out)
    old = load_dataset(out)
    old.default_union = True
    changed, removed, _ = _evolve(folder, seeds)
    old_hash = old.value(article_iri(changed), NKG.contentHash)
    removed_facts = {s for s, _, _, g in old.quads((None, None, None, article_iri(removed)))}
    del old
    build([folder], out)
    ds = load_dataset(out)
    ds.default_union = True
    assert (None, None, Literal(str(old_hash))) not in ds
    assert ds.value(article_iri(changed), NKG.contentHash) != old_hash
    assert URIRef(article_iri(removed)) not in {g.identifier for g in ds.graphs()}
    assert removed_facts and not any((s, None, None) in ds for s in removed_facts)


def test_full_build_reextracts_everything(corpus, tmp_path):
    folder, _ = corpus
    out = tmp_path / "out"
    build([folder], out)
    full = build([folder], out, incremental=False)
    assert (full.extracted, full.reused) == (3, 0)
    assert full.sync.written == 4


def test_code_change_invalidates_the_cache(corpus, tmp_path, monkeypatch):
    folder, _ = corpus
    out = tmp_path / "out"
    build([folder], out)
    monkeypatch.setattr(kg.cache, "code_fingerprint", lambda: "another version of newskg")
    again = build([folder], out)
    # every article graph is rewritten; the entities graph is compared by content
    assert again.extracted == 3 and again.sync.written == 3


def test_interrupted_store_update_is_repaired_by_the_next_build(corpus, tmp_path, monkeypatch):
    folder, seeds = corpus
    out = tmp_path / "out"
    build([folder], out)
    _evolve(folder, seeds)
    with monkeypatch.context() as patch:
        def interrupted(corpus):
            raise KeyboardInterrupt

        patch.setattr(kg.sync, "partition_nquads", interrupted)
        with pytest.raises(KeyboardInterrupt):
            build([folder], out)
    build([folder], out)  # the store lock was released, and the half-done update is redone
    _assert_same_as_scratch(folder, out, tmp_path)


def test_cli_build_reports_what_it_redid(corpus, tmp_path):
    folder, _ = corpus
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(main, ["build", str(folder), "-o", str(out), "-j", "1"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["build", str(folder), "-o", str(out), "-j", "1"])
    assert "0 extracted, 3 unchanged" in second.output
    assert "0 graphs written, 0 removed, 4 unchanged" in second.output


def test_build_without_files_removes_the_exports_the_store_has_moved_past(corpus, tmp_path):
    folder, seeds = corpus
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(folder), "-o", str(out), "-j", "1"]).exit_code == 0
    unchanged = runner.invoke(main, ["build", str(folder), "-o", str(out), "-j", "1", "--no-files"])
    assert unchanged.exit_code == 0, unchanged.output
    assert (out / "graph.ttl").exists() and (out / "graph.trig").exists()  # still the store's graph
    assert "removed" not in unchanged.output.replace("0 removed", "")
    _evolve(folder, seeds)
    moved = runner.invoke(main, ["build", str(folder), "-o", str(out), "-j", "1", "--no-files"])
    assert moved.exit_code == 0, moved.output
    assert not (out / "graph.ttl").exists() and not (out / "graph.trig").exists()
    for name in ("graph.ttl", "graph.trig"):
        assert f"removed {out / name}: an export of an earlier build" in moved.output
    again = build([folder], out)  # files again: written from the store, as a build from scratch writes them
    assert sorted(p.name for p in again.outputs) == ["graph.trig", "graph.ttl"]
    _assert_same_as_scratch(folder, out, tmp_path)


def test_build_without_files_keeps_exports_no_build_in_the_folder_wrote(corpus, tmp_path):
    """A fresh clone: exports/ holds the committed graph.ttl and graph.trig, no store, no
    record of a build: `kg build --no-files` must not delete them (someone's only copy)."""
    folder, _ = corpus
    repo_exports = Path(__file__).resolve().parent.parent / "exports"
    out = tmp_path / "clone-exports"
    out.mkdir()
    before = {}
    for name in ("graph.ttl", "graph.trig"):
        shutil.copy(repo_exports / name, out / name)
        before[name] = (out / name).read_bytes()
    run = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "-j", "1", "--no-files"])
    assert run.exit_code == 0, run.output
    for name, data in before.items():
        assert (out / name).read_bytes() == data
        assert f"kept {out / name}: not written by a build in this folder" in run.output
    assert "removed " not in run.output.replace("0 removed", "")


def test_build_without_files_keeps_an_export_changed_by_hand(corpus, tmp_path):
    """Only a file whose bytes are still those a build here wrote is removed."""
    folder, seeds = corpus
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(folder), "-o", str(out), "-j", "1"]).exit_code == 0
    edited = (out / "graph.ttl").read_bytes() + b"# my notes\n"
    (out / "graph.ttl").write_bytes(edited)
    _evolve(folder, seeds)
    moved = runner.invoke(main, ["build", str(folder), "-o", str(out), "-j", "1", "--no-files"])
    assert moved.exit_code == 0, moved.output
    assert (out / "graph.ttl").read_bytes() == edited
    assert f"kept {out / 'graph.ttl'}" in moved.output
    assert not (out / "graph.trig").exists()
    assert f"removed {out / 'graph.trig'}: an export of an earlier build" in moved.output
