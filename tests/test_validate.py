"""The built graph conforms to the SHACL shapes; violations are reported readably."""
from __future__ import annotations

from click.testing import CliRunner
from rdflib import Literal
from rdflib.namespace import RDF

from kg.cli import main
from kg.export import export
from kg.mapping import ENTITIES_GRAPH
from kg.namespaces import ID, NKG
from kg.validate import validate


def test_seeds_graph_conforms(seeds_build):
    assert validate(seeds_build.dataset) == []


def test_cli_validate_accepts_the_seeds_build(seeds_build):
    result = CliRunner().invoke(main, ["validate", str(seeds_build.out_dir)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_cli_validate_prints_each_violation_on_its_own_line(tmp_path):
    from kg.mapping import new_dataset

    ds = new_dataset()
    g = ds.graph(ENTITIES_GRAPH)
    statement = ID["statement/a-0"]
    g.add((statement, RDF.type, NKG.Statement))  # no speaker, quote, kind, provenance
    person = ID["person/x"]
    g.add((person, RDF.type, NKG.Person))  # no label
    g.add((person, NKG.role, Literal("ministre")))
    path = export(ds, tmp_path / "broken.trig")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("Violation")]
    focuses = {line.split(": ")[1].split()[0] for line in lines}
    assert {"id:statement/a-0", "id:person/x"} <= focuses
    assert any("nkg:speaker" in line for line in lines)
    assert any("rdfs:label" in line for line in lines)
    assert "Traceback" not in result.output


def test_metonyms_geonames_links_and_deployment_modes_conform_and_a_bad_mode_does_not():
    from kg.mapping import to_dataset
    from kg.records import Article, ArticleRecords, Deployment, Entity, Mention
    from kg.resolve import Corpus
    from kg.validate import validate

    us = Entity("country/US", "Country", "États-Unis", metonyms=["place/washington"])
    washington = Entity("place/washington", "Place", "Washington", located_in="country/US", geonames=4140963)
    deployment = Deployment(0, 10, "3 000 soldats", "Exact", 3000, 3000, "country/US", None, None,
                            "Deployed", None, mode="Exercise")
    rec = ArticleRecords(Article("a", "x" * 20, "a.txt", content_hash="0" * 64), mentions=[Mention(0, 5, "x", "country/US")],
                         deployments=[deployment])
    corpus = Corpus({us.key: us, washington.key: washington}, [rec])
    assert validate(to_dataset(corpus)) == []
    deployment.mode = "Sent"  # a status is no mode
    assert any(v.path == "nkg:mode" for v in validate(to_dataset(corpus)))
