"""``kg export`` from an Oxigraph store: Oxigraph writes every syntax it can,
streamed, with our prefixes, the same bytes for the same content, atomically;
rdflib is only loaded for JSON-LD."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg.export
from kg.cli import main
from kg.export import FORMATS, export, union_triples
from kg.prefixes import QUERY_PREFIXES

ROOT = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/newskg/id/"
P = ox.NamedNode("https://w3id.org/newskg/ontology#role")


@pytest.fixture(scope="module")
def seeds_store(seeds_build):
    return ox.Store.read_only(str(seeds_build.out_dir / "store"))


def _quads(store):
    return {(q.subject, q.predicate, q.object, q.graph_name) for q in store}


def _read_back(path: Path, name: str) -> ox.Store:
    store = ox.Store()
    if name == "json-ld":  # read by rdflib, a parser that is not the writer
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(path, format="json-ld")
        store.load(ds.serialize(format="nquads", encoding="utf-8"), ox.RdfFormat.N_QUADS)
    else:
        store.load(path=str(path), format=FORMATS[name].rdf_format)
    return store


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_each_syntax_exported_from_the_store_reads_back_to_the_same_graph(seeds_build, seeds_store, tmp_path, name):
    target = tmp_path / f"graph{FORMATS[name].suffix}"
    result = CliRunner().invoke(main, ["export", "-f", name, "-o", str(target), "-g", str(seeds_build.out_dir)])
    assert result.exit_code == 0, result.output
    back = _read_back(target, name)
    if FORMATS[name].quads:
        assert _quads(back) == _quads(seeds_store)
    else:
        assert {(s, p, o) for s, p, o, _ in _quads(back)} == {(s, p, o) for s, p, o, _ in _quads(seeds_store)}
        assert len(back) == len({(s, p, o) for s, p, o, _ in _quads(seeds_store)})


def test_turtle_from_the_store_declares_our_prefixes_and_uses_them(seeds_store, tmp_path):
    text = export(seeds_store, tmp_path / "g.ttl").read_text(encoding="utf-8")
    for prefix in ("nkg", "person", "country", "statement", "article"):
        assert f"@prefix {prefix}: <{QUERY_PREFIXES[prefix]}>" in text
    assert "person:lloyd-austin" in text and f"<{ID}person/lloyd-austin>" not in text


def test_a_triple_in_several_graphs_is_written_once_in_the_triple_syntaxes():
    store = ox.Store()
    person = ox.NamedNode(ID + "person/x")
    for article in ("a", "b", "c"):
        store.add(ox.Quad(person, P, ox.Literal("ministre"), ox.NamedNode(ID + f"article/{article}")))
    store.add(ox.Quad(person, P, ox.Literal("député"), ox.NamedNode(ID + "article/b")))
    assert sorted(str(t.object) for t in union_triples(store)) == ['"député"', '"ministre"']


def _two_stores(tmp_path, seeds_store):
    """The seeds' quads loaded into two stores on disk in opposite orders."""
    quads = sorted(seeds_store, key=str)
    stores = []
    for name, order in (("one", quads), ("two", list(reversed(quads)))):
        store = ox.Store(str(tmp_path / name))
        store.extend(order)
        store.flush()
        stores.append(store)
    return stores


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_the_same_content_gives_the_same_bytes(seeds_store, tmp_path, name):
    one, two = _two_stores(tmp_path, seeds_store)
    first = export(one, tmp_path / f"one{FORMATS[name].suffix}", name).read_bytes()
    second = export(two, tmp_path / f"two{FORMATS[name].suffix}", name).read_bytes()
    assert first == second


def test_exports_are_the_same_bytes_in_another_process(seeds_build, tmp_path):
    """Oxigraph's writers keep our prefixes in their own order: it must not vary per process."""
    script = (
        "import sys; import pyoxigraph as ox; from kg.export import FORMATS, write_store; "
        "s = ox.Store.read_only(sys.argv[1]); "
        "[write_store(s, sys.stdout.buffer, f) for f in ('turtle', 'trig', 'rdfxml')]"
    )
    outputs = {
        subprocess.run([sys.executable, "-c", script, str(seeds_build.out_dir / "store")], check=True,
                       capture_output=True, cwd=ROOT, env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin"}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


def test_a_failed_export_leaves_no_file_behind(seeds_store, tmp_path, monkeypatch):
    def failing(store):  # the disk fills up after the first triple
        yield next(union_triples(store))
        raise OSError("disk full")

    monkeypatch.setattr(kg.export, "union_triples", failing)
    target = tmp_path / "graph.ttl"
    with pytest.raises(OSError, match="disk full"):
        export(seeds_store, target)
    assert list(tmp_path.iterdir()) == []


def test_exporting_a_store_imports_no_rdflib_except_for_json_ld(seeds_build):
    script = (
        "import sys; from kg.cli import main\n"
        "try:\n    main(['export', '-f', sys.argv[2], '-g', sys.argv[1], '-o', sys.argv[3]])\n"
        "except SystemExit as end:\n    assert not end.code, end.code\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('rdflib', 'oxrdflib'))))"
    )
    for name in sorted(FORMATS):
        out = seeds_build.out_dir.parent / f"no-rdflib{FORMATS[name].suffix}"
        loaded = subprocess.run(
            [sys.executable, "-c", "import json\n" + script, str(seeds_build.out_dir), name, str(out)],
            check=True, capture_output=True, text=True, cwd=ROOT,
        ).stdout
        assert bool(json.loads(loaded)) == (name == "json-ld"), name
        assert out.stat().st_size > 1000
