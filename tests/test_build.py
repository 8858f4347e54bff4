"""The build pipeline end to end, as a library call and through ``kg build``."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import RDF

from kg.build import BuildError, build
from kg.cli import main
from kg.namespaces import NKG

ROOT = Path(__file__).resolve().parent.parent
FRENCH = "Le ministre français des Armées a déclaré mardi que la France enverrait des instructeurs en Ukraine."


def test_seeds_build_writes_turtle_and_trig(seeds_build):
    names = sorted(p.name for p in seeds_build.outputs)
    assert names == ["graph.trig", "graph.ttl"]
    graph = Graph().parse(seeds_build.out_dir / "graph.ttl")
    articles = set(graph.subjects(RDF.type, NKG.Article))
    assert len(articles) == 5


def test_committed_export_matches_the_code(monkeypatch):
    """exports/graph.ttl is regenerated and committed with every extraction change."""
    from kg.export import serialize

    committed = ROOT / "exports" / "graph.ttl"
    assert committed.exists(), "run `kg build seeds/` and commit exports/"
    monkeypatch.chdir(ROOT)  # sources are recorded as given: "seeds/…"
    assert serialize(build(["seeds"], None).dataset, "turtle") == committed.read_bytes()


def test_chrome_never_becomes_a_fact(seeds_build):
    text = (seeds_build.out_dir / "graph.ttl").read_text(encoding="utf-8")
    for chrome in ("commentaire", "Signaler", "membre gratuitement", "SMIRNOV", "sponsoring",
                   "ActualitésInternational", "Categories"):
        assert chrome not in text


def test_build_goes_on_after_bad_input_and_reports_it(tmp_path):
    (tmp_path / "good.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = build([tmp_path, tmp_path / "missing.txt"], tmp_path / "out", keep_records=True)
    assert [r.article.id for r in result.records] == ["good"]
    assert sorted(Path(e.source).name for e in result.errors) == ["empty.txt", "missing.txt"]
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_build_with_nothing_readable_fails_and_writes_nothing(tmp_path):
    with pytest.raises(BuildError, match="no article"):
        build([tmp_path / "missing.txt"], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_cli_build_exits_nonzero_when_an_article_failed(tmp_path):
    (tmp_path / "good.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    assert "bad.jsonl:1" in result.output and "malformed JSON" in result.output
    assert "Traceback" not in result.output
    assert (out / "graph.ttl").exists()
    allowed = runner.invoke(main, ["build", str(tmp_path), "-o", str(out), "--allow-errors"])
    assert allowed.exit_code == 0


def test_cli_build_with_only_bad_input_is_a_clean_error(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "nope.txt: no such file or directory" in result.output
    assert "Traceback" not in result.output


def test_interrupted_build_keeps_previous_exports(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    out = tmp_path / "out"
    build([tmp_path / "a.txt"], out)
    before = (out / "graph.ttl").read_bytes()

    import kg.store_update

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.store_update, "to_dataset", interrupted)
    (tmp_path / "b.txt").write_text(FRENCH + " Encore.", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        build([tmp_path], out)
    assert (out / "graph.ttl").read_bytes() == before
    assert not list(out.rglob("*.tmp"))


def test_jsonl_metadata_reaches_the_graph(tmp_path):
    line = {"id": "x1", "text": FRENCH, "url": "https://example.org/x1", "title": "Titre",
            "date": "2024-11-02", "source": "Le Monde"}
    (tmp_path / "a.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n")
    result = build([tmp_path / "a.jsonl"], None)
    text = result.dataset.serialize(format="trig")
    for value in ("https://example.org/x1", "Titre", "2024-11-02", "Le Monde"):
        assert value in text


@pytest.mark.parametrize("args", [[], ["build"], ["export"], ["validate"]])
def test_every_command_has_help(args):
    result = CliRunner().invoke(main, [*args, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    for line in result.output.splitlines():
        if line.strip().startswith("--") and "--help" not in line:
            assert len(line.split("  ")) > 1, f"option without help: {line}"


def test_cli_export_writes_each_format(seeds_build, tmp_path):
    runner = CliRunner()
    for fmt in ("turtle", "ntriples", "nquads", "trig", "json-ld", "rdfxml"):
        target = tmp_path / f"g.{fmt}"
        result = runner.invoke(main, ["export", "-f", fmt, "-o", str(target),
                                      "--graph", str(seeds_build.out_dir)])
        assert result.exit_code == 0, result.output
        assert target.stat().st_size > 0


def test_cli_export_rejects_unknown_format(seeds_build):
    result = CliRunner().invoke(main, ["export", "-f", "yaml", "--graph", str(seeds_build.out_dir)])
    assert result.exit_code == 2
    assert "unknown RDF format" in result.output


def test_cli_export_without_a_built_graph_says_so(tmp_path):
    result = CliRunner().invoke(main, ["export", "--graph", str(tmp_path / "none.trig")])
    assert result.exit_code == 1
    assert "kg build" in result.output


def test_progress_only_when_asked_or_on_a_terminal(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    runner = CliRunner()
    quiet = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o1")])
    shown = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o2"),
                                 "--progress"])
    assert quiet.exit_code == shown.exit_code == 0
    assert "1/1" not in quiet.output and "\x1b[" not in quiet.output
    assert "extraction" in shown.output and "1/1" in shown.output
