"""The matching and scoring of `kg eval`, on small hand-made graphs and gold.

Graphs are made from records with kg.mapping (no extractor, no resolver), so
these tests pin down the evaluation alone.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import (
    GoldError,
    below_thresholds,
    evaluate,
    jaccard,
    load_gold,
    load_thresholds,
    name_key,
    parse_gold,
)
from kg.export import serialize
from kg.mapping import to_dataset
from kg.records import Article, ArticleRecords, Deployment, Entity, Mention, Statement
from kg.resolve import Corpus

US, KP, RU, AUSTIN, KOURSK = "country/US", "country/KP", "country/RU", "person/lloyd-austin", "place/koursk"
QUOTE = "Si ces soldats sont engagés dans le conflit, cela représente une situation très grave"

ENTITIES = {
    US: Entity(US, "Country", "États-Unis", ["Washington"], wikidata="Q30"),
    KP: Entity(KP, "Country", "Corée du Nord", ["nord-coréens"], wikidata="Q423"),
    RU: Entity(RU, "Country", "Russie", wikidata="Q159"),
    AUSTIN: Entity(AUSTIN, "Person", "Lloyd Austin", ["Austin"]),
    KOURSK: Entity(KOURSK, "Place", "Koursk"),
}


def statement(quote=QUOTE, speaker=AUSTIN, start=100, kind="DirectQuote", verb="avertir"):
    return Statement(start, start + len(quote), speaker, quote, kind, quote, verb)


def deployment(start=300, claimant=US, low=None, high=3000, qualifier="UpTo", origin=KP, place=None):
    return Deployment(start, start + 10, "jusqu'à 3 000 soldats", qualifier, low, high, origin, RU,
                      place, "Sent", claimant)


def dataset(statements=(), deployments=(), keys=(US, KP, RU, AUSTIN), entities=None, article="a1"):
    entities = entities or ENTITIES
    rec = ArticleRecords(
        Article(article, "x" * 1000, f"{article}.txt"),
        mentions=[Mention(i, i + 1, k, k) for i, k in enumerate(keys)],
        statements=list(statements),
        deployments=list(deployments),
    )
    return to_dataset(Corpus(dict(entities), [rec]))


def gold_dict(statements=None, deployments=None, entities=None, article="a1"):
    return {
        "article": article,
        "entities": entities if entities is not None else [
            {"name": "États-Unis", "class": "Country", "wikidata": "Q30", "aliases": ["Washington"],
             "roles": [], "affiliations": []},
            {"name": "Corée du Nord", "class": "Country", "wikidata": "Q423", "aliases": [],
             "roles": [], "affiliations": []},
            {"name": "Russie", "class": "Country", "wikidata": "Q159", "aliases": [], "roles": [],
             "affiliations": []},
            {"name": "Lloyd Austin", "class": "Person", "wikidata": None, "aliases": [],
             "roles": [], "affiliations": ["États-Unis"]},
        ],
        "statements": statements if statements is not None else [
            {"speaker": "Lloyd Austin", "kind": "DirectQuote", "quote": QUOTE, "verb": "avertir"},
        ],
        "deployments": deployments if deployments is not None else [
            {"troops_min": None, "troops_max": 3000, "qualifier": "UpTo", "origin": "Corée du Nord",
             "destination": "Russie", "place": None, "status": "Sent", "claimant": "États-Unis",
             "evidence": "jusqu'à 3 000 soldats"},
        ],
    }


def gold(**kwargs):
    article = parse_gold(gold_dict(**kwargs))
    return {article.article: article}


def findings(report, status, kind=None):
    return [f for f in report.findings if f.status == status and (kind is None or f.kind == kind)]


def test_identical_graph_scores_one_everywhere():
    report = evaluate(dataset([statement()], [deployment()]), gold())
    for kind in ("entities", "statements", "deployments"):
        assert report.scores[kind].f1 == 1.0, kind
    assert report.findings == []
    assert report.attributes["entities.wikidata"].value == 1.0


def test_entity_matches_through_aliases_ignoring_case_accents_and_punctuation():
    entities = dict(ENTITIES)
    entities[US] = Entity(US, "Country", "USA", ["etats unis"])
    report = evaluate(dataset(entities=entities), gold(statements=[], deployments=[]))
    assert report.scores["entities"].tp == 4
    assert name_key("Département d’État") == name_key("DEPARTEMENT D'ETAT")


def test_entity_of_another_class_is_a_miss_and_a_spurious():
    entities = dict(ENTITIES)
    entities[AUSTIN] = Entity(AUSTIN, "Organization", "Lloyd Austin")
    report = evaluate(dataset(entities=entities), gold(statements=[], deployments=[]))
    assert report.scores["entities"].fn == 1 and report.scores["entities"].fp == 1
    assert [f.description for f in findings(report, "miss", "entity")] == ["Person Lloyd Austin"]


def test_wrong_wikidata_id_is_an_attribute_error_not_a_miss():
    entities = dict(ENTITIES)
    entities[RU] = Entity(RU, "Country", "Russie", wikidata="Q1")
    report = evaluate(dataset(entities=entities), gold(statements=[], deployments=[]))
    assert report.scores["entities"].f1 == 1.0
    assert report.attributes["entities.wikidata"].correct == 2
    assert report.attributes["entities.wikidata"].total == 3
    assert "Q1" in findings(report, "wrong", "entity")[0].description


def test_near_miss_quote_still_matches():
    near = "ces soldats sont engagés dans le conflit, cela représente une situation grave"
    assert QUOTE != near and jaccard(QUOTE, near) >= 0.6
    report = evaluate(dataset([statement(near)]), gold(deployments=[]))
    assert report.scores["statements"].tp == 1 and report.scores["statements"].fp == 0


def test_quote_sharing_few_words_is_a_miss_and_a_spurious():
    report = evaluate(dataset([statement("une situation très grave")]), gold(deployments=[]))
    s = report.scores["statements"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    assert "closest graph quote, Jaccard" in findings(report, "miss", "statement")[0].description


def test_quote_normalisation_ignores_quotes_apostrophes_case_and_spaces():
    assert jaccard("« L’arrivée  de ces TROUPES »", "l'arrivee de ces troupes") == 1.0


def test_right_words_with_wrong_speaker_do_not_match():
    report = evaluate(dataset([statement(speaker=US)]), gold(deployments=[]))
    s = report.scores["statements"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    assert "said by États-Unis" in findings(report, "miss", "statement")[0].description


def test_duplicate_statement_counts_once_found_and_once_spurious():
    report = evaluate(dataset([statement(start=100), statement(start=200)]), gold(deployments=[]))
    s = report.scores["statements"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert s.precision == 0.5 and s.recall == 1.0


def test_identical_gold_statements_pair_with_the_same_verb():
    quote = "dans les prochains jours"
    statements = [
        {"speaker": "États-Unis", "kind": "PartialQuote", "quote": quote, "verb": "s'attendre"},
        {"speaker": "États-Unis", "kind": "PartialQuote", "quote": quote, "verb": "déclarer"},
    ]
    graph = dataset([statement(quote, US, 50, "PartialQuote", "déclarer")])
    report = evaluate(graph, gold(statements=statements, deployments=[]))
    assert (report.attributes["statements.verb"].correct, report.attributes["statements.verb"].total) == (1, 1)
    assert report.scores["statements"].fn == 1


def test_statement_kind_and_verb_are_attributes_of_matched_statements():
    report = evaluate(dataset([statement(kind="PartialQuote", verb="dire")]), gold(deployments=[]))
    assert report.scores["statements"].tp == 1
    assert report.attributes["statements.kind"].value == 0.0
    assert report.attributes["statements.verb"].value == 0.0


def test_missing_statement_and_deployment_are_listed():
    report = evaluate(dataset(), gold())
    assert report.scores["statements"].recall == 0.0
    assert len(findings(report, "miss", "statement")) == 1
    [miss] = findings(report, "miss", "deployment")
    assert "≤3000" in miss.description and "États-Unis" in miss.description


def test_deployment_needs_the_same_figures():
    report = evaluate(dataset(deployments=[deployment(high=4000)]), gold(statements=[]))
    d = report.scores["deployments"]
    assert (d.tp, d.fp, d.fn) == (0, 1, 1)


def test_deployment_needs_the_same_claimant():
    for claimant in (RU, None):
        report = evaluate(dataset(deployments=[deployment(claimant=claimant)]), gold(statements=[]))
        assert report.scores["deployments"].tp == 0, claimant
        assert "graph has it with claimant" in findings(report, "miss", "deployment")[0].description


def test_deployment_in_the_articles_own_voice_matches_no_claimant():
    deployments = gold_dict()["deployments"]
    deployments[0]["claimant"] = None
    report = evaluate(dataset(deployments=[deployment(claimant=None)]), gold(statements=[], deployments=deployments))
    assert report.scores["deployments"].f1 == 1.0


def test_deployment_places_are_attribute_accuracy_on_matched_claims():
    report = evaluate(
        dataset(deployments=[deployment(origin=RU, place=KOURSK)], keys=(US, KP, RU, AUSTIN, KOURSK)),
        gold(statements=[]),
    )
    assert report.scores["deployments"].tp == 1
    assert report.attributes["deployments.origin"].value == 0.0
    assert report.attributes["deployments.place"].value == 0.0
    assert report.attributes["deployments.destination"].value == 1.0
    assert len(findings(report, "wrong", "deployment")) == 2


def test_duplicate_deployment_is_spurious():
    report = evaluate(dataset(deployments=[deployment(300), deployment(400)]), gold(statements=[]))
    d = report.scores["deployments"]
    assert (d.tp, d.fp, d.fn) == (1, 1, 0)


def test_gold_article_absent_from_graph_is_all_misses():
    report = evaluate(dataset([statement()], [deployment()], article="other"), gold())
    assert report.absent == ["a1"]
    assert all(report.scores[k].tp == 0 and report.scores[k].fp == 0 for k in report.scores)
    assert report.scores["entities"].fn == 4


def test_graph_articles_without_gold_are_ignored():
    ds = dataset([statement()], [deployment()])
    extra = dataset([statement(speaker=US)], article="unannotated")
    for quad in extra.quads((None, None, None, None)):
        ds.add(quad)
    report = evaluate(ds, gold())
    assert all(report.scores[k].f1 == 1.0 for k in report.scores)


# --- gold files -------------------------------------------------------------


def write_gold(folder, name="a1.json", data=None):
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data or gold_dict()), encoding="utf-8")
    return path


def test_load_gold_reads_every_article_but_the_thresholds(tmp_path):
    write_gold(tmp_path / "g")
    write_gold(tmp_path / "g", "a2.json", gold_dict(article="a2"))
    write_gold(tmp_path / "g", "thresholds.json", {"min_f1": {"entities": 0.5}})
    assert sorted(load_gold(tmp_path / "g")) == ["a1", "a2"]


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["statements"][0].update(speaker="Nobody"), "'Nobody' is not the name of an entity"),
        (lambda d: d["deployments"][0].update(qualifier="Exact"), "does not agree with bounds"),
        (lambda d: d["deployments"][0].update(origin="Lloyd Austin"), "expected Country"),
        (lambda d: d["entities"][0].update(colour="red"), "unknown key 'colour'"),
        (lambda d: d["entities"][0].update({"class": "Event"}), "entities.0.: class 'Event' is not one of Person"),
        (lambda d: d["statements"][0].update(kind="Rumour"), "statements.0.: kind 'Rumour' is not one of DirectQuote"),
        (lambda d: d["deployments"][0].update(qualifier="Lots"), "deployments.0.: qualifier 'Lots' is not one of Exact"),
        (lambda d: d["deployments"][0].update(status="Gone"), "deployments.0.: status 'Gone' is not one of Sent"),
        (lambda d: d.pop("statements"), "missing key 'statements'"),
    ],
)
def test_malformed_gold_file_is_refused_naming_the_file(tmp_path, change, message):
    data = gold_dict()
    change(data)
    path = write_gold(tmp_path / "g", data=data)
    with pytest.raises(GoldError, match=message) as err:
        load_gold(tmp_path / "g")
    assert str(path) in str(err.value)


def test_missing_or_empty_gold_folder_is_refused(tmp_path):
    with pytest.raises(GoldError, match="no such gold folder"):
        load_gold(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(GoldError, match="no gold files"):
        load_gold(tmp_path / "empty")


def test_thresholds_flag_only_the_kinds_below_their_bar(tmp_path):
    report = evaluate(dataset([statement()]), gold())  # the deployment is missed
    path = tmp_path / "thresholds.json"
    path.write_text(json.dumps({"min_f1": {"entities": 0.9, "deployments": 0.5}}))
    failures = below_thresholds(report, load_thresholds(path))
    assert failures == ["deployments F1 0.000 < 0.500"]
    path.write_text(json.dumps({"min_f1": {"entites": 0.9}}))
    with pytest.raises(GoldError, match="unknown kind 'entites'"):
        load_thresholds(path)


# --- the command ---------------------------------------------------------------


@pytest.fixture
def eval_files(tmp_path):
    graph = tmp_path / "graph.trig"
    graph.write_bytes(serialize(dataset([statement(speaker=US)], [deployment()]), "trig"))
    write_gold(tmp_path / "gold")
    return graph, tmp_path / "gold"


def test_eval_command_prints_scores_then_each_miss_and_spurious(eval_files):
    graph, gold_dir = eval_files
    result = CliRunner().invoke(main, ["eval", str(gold_dir), "--graph", str(graph)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["kind", "gold", "graph", "found", "precision", "recall", "F1"]
    assert lines[2].split()[:4] == ["statements", "1", "1", "0"]
    assert any("a1" in l and "miss" in l and "Lloyd Austin" in l for l in lines)
    assert any("a1" in l and "spurious" in l and "États-Unis" in l for l in lines)


def test_eval_command_json_is_machine_readable(eval_files):
    graph, gold_dir = eval_files
    result = CliRunner().invoke(main, ["eval", str(gold_dir), "-g", str(graph), "--format", "json"])
    data = json.loads(result.output)
    assert data["scores"]["deployments"]["f1"] == 1.0
    assert data["scores"]["statements"]["tp"] == 0
    assert {f["status"] for f in data["findings"]} == {"miss", "spurious"}


def test_eval_command_fails_below_thresholds(eval_files, tmp_path):
    graph, gold_dir = eval_files
    bars = tmp_path / "bars.json"
    bars.write_text(json.dumps({"min_f1": {"statements": 0.5}}))
    result = CliRunner().invoke(main, ["eval", str(gold_dir), "-g", str(graph), "--summary",
                                       "--thresholds", str(bars)])
    assert result.exit_code == 1
    assert "below the quality bar: statements F1 0.000 < 0.500" in result.output


def test_eval_command_reports_bad_input_in_one_line(eval_files, tmp_path):
    graph, gold_dir = eval_files
    runner = CliRunner()
    result = runner.invoke(main, ["eval", str(tmp_path / "missing"), "-g", str(graph)])
    assert result.exit_code != 0 and "no such gold folder" in result.output
    bad = write_gold(tmp_path / "bad", data="{not json")
    result = runner.invoke(main, ["eval", str(tmp_path / "bad"), "-g", str(graph)])
    assert result.exit_code == 1
    assert f"{bad}: invalid JSON" in result.output and "Traceback" not in result.output
    result = runner.invoke(main, ["eval", str(gold_dir), "-g", str(tmp_path / "nograph.trig")])
    assert result.exit_code == 1 and "no graph there" in result.output


# --- statements by kind -----------------------------------------------------------

PARTIAL = "très grave"


def test_statements_by_kind_count_gold_found_and_graph_quotes_matched():
    gold_statements = [
        {"speaker": "Lloyd Austin", "kind": "DirectQuote", "quote": QUOTE, "verb": "avertir"},
        {"speaker": "Lloyd Austin", "kind": "PartialQuote", "quote": PARTIAL, "verb": "avertir"},
        {"speaker": "États-Unis", "kind": "IndirectSpeech", "quote": "les soldats sont en Russie",
         "verb": "affirmer"},
    ]
    graph = [statement(), statement(PARTIAL, speaker=US, start=400, kind="PartialQuote"),
             statement("une phrase que personne n'a dite", start=600, kind="DirectQuote")]
    report = evaluate(dataset(graph), gold(statements=gold_statements))
    kinds = report.statement_kinds
    assert (kinds["DirectQuote"].gold, kinds["DirectQuote"].found, kinds["DirectQuote"].graph) == (1, 1, 2)
    assert kinds["PartialQuote"].recall == 0.0  # right words, wrong speaker
    assert kinds["IndirectSpeech"].found == 0
    assert (kinds["quotes"].graph, kinds["quotes"].right) == (3, 1)
    metrics = report.metrics()
    assert metrics["direct_quotes"] == 1.0 and metrics["partial_quotes"] == 0.0
    assert metrics["quote_precision"] == pytest.approx(1 / 3)
    assert metrics["statements.recall"] == pytest.approx(1 / 3)


def test_min_thresholds_bar_named_metrics_beside_min_f1(tmp_path):
    report = evaluate(dataset([statement()]), gold())
    path = tmp_path / "thresholds.json"
    path.write_text(json.dumps({"min_f1": {"entities": 0.9},
                                "min": {"direct_quotes": 0.95, "quote_precision": 0.5,
                                        "deployments.recall": 0.5}}))
    assert below_thresholds(report, load_thresholds(path)) == ["deployments.recall 0.000 < 0.500"]
    path.write_text(json.dumps({"min": {"direct_quote": 0.9}}))
    with pytest.raises(GoldError, match="unknown metric 'direct_quote'"):
        load_thresholds(path)


def test_eval_command_shows_statements_by_kind_in_table_and_json(eval_files):
    graph, gold_dir = eval_files
    result = CliRunner().invoke(main, ["eval", str(gold_dir), "-g", str(graph), "--summary"])
    rows = {l.split()[0]: l.split() for l in result.output.splitlines() if l.strip()}
    assert rows["DirectQuote"][1:3] == ["1", "0"]  # gold 1, found 0 (the graph's speaker is wrong)
    result = CliRunner().invoke(main, ["eval", str(gold_dir), "-g", str(graph), "--format", "json"])
    data = json.loads(result.output)
    assert data["statement_kinds"]["DirectQuote"]["gold"] == 1
    assert data["metrics"]["quote_precision"] == 0.0


# --- actors and troop figures (issue 15) -----------------------------------------

def test_a_figure_with_the_wrong_claimant_is_found_but_its_claimant_is_wrong():
    report = evaluate(dataset(deployments=[deployment(claimant=RU)]), gold())
    assert report.scores["deployments"].recall == 0.0  # the claim itself is a miss
    figures = report.actor_figures
    assert figures["deployments.figures_found"].value == 1.0
    assert figures["deployments.claimant"].value == 0.0
    assert figures["deployments.origin"].value == 1.0
    assert report.metrics()["deployments.claimant"] == 0.0


def test_a_figure_from_a_non_troop_number_lowers_figure_precision():
    extra = deployment(start=500, low=2024, high=2024, qualifier="Exact")
    report = evaluate(dataset(deployments=[deployment(), extra]), gold())
    assert report.actor_figures["deployments.figures_precision"].value == 0.5


def test_an_actor_split_in_two_nodes_is_counted():
    split = dict(ENTITIES)
    split["org/washington"] = Entity("org/washington", "Country", "Washington")
    ds = dataset([statement()], [deployment()], keys=(US, KP, RU, AUSTIN, "org/washington"), entities=split)
    report = evaluate(ds, gold())
    assert report.actor_figures["entities.one_node"].correct == 3  # États-Unis is two nodes


def test_a_capital_that_is_also_a_gold_place_is_not_a_split_of_its_country():
    # gold convention: a capital used as a metonym is an alias of its country, and a
    # place of its own when the article also uses it as the city
    city = "place/washington"
    entities = dict(ENTITIES)
    entities[city] = Entity(city, "Place", "Washington")
    ds = dataset([statement()], [deployment()], keys=(US, KP, RU, AUSTIN, city), entities=entities)
    data = gold_dict()
    data["entities"].append({"name": "Washington", "class": "Place", "wikidata": None, "aliases": [],
                             "roles": [], "affiliations": []})
    article = parse_gold(data)
    report = evaluate(ds, {article.article: article})
    assert report.actor_figures["entities.one_node"].correct == 5


def test_a_country_speaking_where_the_gold_has_a_person_lowers_state_speakers():
    report = evaluate(dataset([statement(speaker=US)]), gold())
    assert report.actor_figures["statements.state_speakers"].value == 0.0
    assert report.actor_figures["statements.state_speakers"].total == 1


def test_a_country_the_gold_makes_speak_is_a_right_state_speaker():
    said = {"speaker": "États-Unis", "kind": "DirectQuote", "quote": QUOTE, "verb": "avertir"}
    report = evaluate(dataset([statement(speaker=US)]), gold(statements=[said]))
    assert report.actor_figures["statements.state_speakers"].value == 1.0


def test_actor_figures_can_be_thresholds(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"min": {"deployments.figures_found": 0.9, "entities.one_node": 0.95}}))
    bars = load_thresholds(path)
    report = evaluate(dataset(deployments=[]), gold())
    assert below_thresholds(report, bars) == ["deployments.figures_found 0.000 < 0.900"]
