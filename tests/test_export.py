"""Exports: every syntax round-trips, output is deterministic, writes are atomic."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic

from kg.export import FORMATS, get_format, serialize, union_graph, write_atomic
from kg.namespaces import ID, NKG

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_round_trips_without_loss(seeds_build, name):
    fmt = FORMATS[name]
    data = serialize(seeds_build.dataset, fmt)
    back = Dataset()
    back.parse(data=data, format=fmt.rdflib_name)
    assert isomorphic(union_graph(back), union_graph(seeds_build.dataset))
    if fmt.quads:
        graphs = {g for *_, g in back.quads((None, None, None, None))}
        articles = {r.article.id for r in seeds_build.records}
        for article_id in articles:
            assert ID[f"article/{article_id}"] in graphs


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_serialising_twice_gives_identical_bytes(seeds_build, name):
    assert serialize(seeds_build.dataset, name) == serialize(seeds_build.dataset, name)


def test_exports_do_not_depend_on_the_hash_seed(tmp_path):
    """Python randomises str hashes per process; set order must not leak into exports."""
    script = (
        "import sys; from pathlib import Path; from kg.build import build; "
        "from kg.export import FORMATS, serialize; "
        "ds = build([sys.argv[1]], None).dataset; out = Path(sys.argv[2]); out.mkdir(); "
        "[(out / name).write_bytes(serialize(ds, name)) for name in FORMATS]"
    )
    runs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, "seeds", str(out)],
                       check=True, env=env, cwd=ROOT)
        runs.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert sorted(runs[0]) == sorted(FORMATS)
    for name in FORMATS:
        assert runs[0][name] == runs[1][name], name


def test_format_names_aliases_and_suffixes_are_accepted():
    assert get_format("ttl").name == "turtle"
    assert get_format(".nq").name == "nquads"
    assert get_format("JSON-LD").name == "json-ld"
    with pytest.raises(ValueError, match="unknown RDF format"):
        get_format("yaml")


def test_failed_write_leaves_previous_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_union_graph_merges_named_graphs():
    ds = Dataset()
    ds.graph(ID["article/a"]).add((ID["person/x"], NKG.role, Literal("ministre")))
    ds.graph(ID["article/b"]).add((ID["person/x"], NKG.role, Literal("président")))
    assert len(union_graph(ds)) == 2
    assert isinstance(union_graph(ds), Graph)


def test_written_files_get_ordinary_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        path = write_atomic(tmp_path / "graph.ttl", b"x")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644
