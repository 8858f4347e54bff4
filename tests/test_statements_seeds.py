"""Statements of the five seed articles, as a careful reader lists them.

The expected (speaker, opening words) pairs were written by reading the seed
texts, not by copying the extractor's output. Speakers are matched on their
label's last word ("Austin" for "Lloyd Austin"), so the test holds for any
entity key and any fuller label.
"""
from __future__ import annotations

from importlib import resources

import pytest

from kg.namespaces import NKG, PREFIXES
from kg.records import DIRECT_QUOTE, INDIRECT_SPEECH, PARTIAL_QUOTE
from kg.text import fold

# Every direct quote of the seeds: (article prefix, speaker, opening words).
DIRECT_QUOTES = {
    ("000", "Austin", "Si ces soldats sont engagés"),
    ("001", "Austin", "Il existe des preuves"),
    ("001", "Zelensky", "Il est clair que Pyongyang"),
    ("001", "Zelensky", "Si la Corée du Nord peut intervenir"),
    ("002", "Rutte", "Ces développements peuvent"),
    ("002", "Rutte", "guerre illégale en Ukraine"),
    ("003", "Blinken", "Nous n’avons pas encore vu"),
    ("003", "Austin", "Tout cela indique clairement"),
    ("003", "Austin", "Ne vous y trompez pas"),
    ("003", "Austin", "Si ces troupes nord-coréennes s’engageaient"),
    ("003", "Blinken", "L’une des raisons"),
    ("003", "Blinken", "Poutine jette de plus en plus"),
    ("004", "Austin", "Je leur demande de retirer"),
    ("004", "Austin", "Si les troupes nord-coréennes combattent"),
}

# Reported speech a careful reader lists: (article, speaker, kind, opening words).
REPORTED = [
    ("000", "Etats-Unis", INDIRECT_SPEECH, "jusqu’à 3 000 soldats"),
    ("000", "Austin", INDIRECT_SPEECH, "l’arrivée de ces troupes"),
    ("000", "Austin", INDIRECT_SPEECH, "leur rôle exact"),
    ("000", "Biden", INDIRECT_SPEECH, "les « tyrans » devront"),
    ("000", "Biden", PARTIAL_QUOTE, "tyrans"),
    ("000", "Blanche", INDIRECT_SPEECH, "elles seraient alors considérées"),
    ("000", "Blanche", PARTIAL_QUOTE, "cibles militaires légitimes"),
    ("000", "Otan", INDIRECT_SPEECH, "un soutien accru"),
    ("000", "Sud", INDIRECT_SPEECH, "jusqu’à 12000 soldats"),
    ("000", "ukrainien", INDIRECT_SPEECH, "les premiers soldats nord-coréens"),
    ("001", "Etats-Unis", INDIRECT_SPEECH, "avoir connaissance"),
    ("001", "Austin", INDIRECT_SPEECH, "Ce serait « très, très grave »"),
    ("001", "Austin", PARTIAL_QUOTE, "très, très grave"),
    ("001", "Zelensky", INDIRECT_SPEECH, "prendre des mesures"),
    ("002", "Rutte", PARTIAL_QUOTE, "soutien"),
    ("002", "Sud", INDIRECT_SPEECH, "Moscou fournissait"),
    ("002", "Ukraine", INDIRECT_SPEECH, "la Russie avait rassemblé"),
    ("002", "Nord", INDIRECT_SPEECH, "tout déploiement serait"),
    ("002", "Nord", PARTIAL_QUOTE, "conforme"),
    ("003", "Etats-Unis", INDIRECT_SPEECH, "Près de 8 000 soldats"),
    ("003", "Blinken", INDIRECT_SPEECH, "la Russie avait entraîné ces hommes"),
    ("003", "Blinken", INDIRECT_SPEECH, "la Russie avait entraîné ces soldats"),
    ("003", "Austin", INDIRECT_SPEECH, "les soldats nord-coréens étaient équipés"),
    ("003", "Pentagone", INDIRECT_SPEECH, "au total, Pyongyang"),
    ("003", "Sud", INDIRECT_SPEECH, "de fournir des matières premières"),
    ("004", "Etats-Unis", INDIRECT_SPEECH, "retirer ses troupes"),
    ("004", "Sud", INDIRECT_SPEECH, "retirer ses troupes"),
    ("004", "Austin", INDIRECT_SPEECH, "rappeler ses soldats"),
    ("004", "Kim Yong-hyun", INDIRECT_SPEECH, "rappeler ses soldats"),
    ("004", "Austin", PARTIAL_QUOTE, "cobelligérants"),
    ("004", "Pentagone", INDIRECT_SPEECH, "avoir détecté"),
    ("004", "Pentagone", PARTIAL_QUOTE, "petit nombre"),
    ("004", "Sud", INDIRECT_SPEECH, "continuer à travailler"),
]


def _rows(seeds_records):
    """(article prefix, speaker label, kind, quote) of every seed statement."""
    rows = []
    for article_id, rec in seeds_records.items():
        labels = {e.key: e.label for e in rec.entities}
        for s in rec.statements:
            rows.append((article_id[:3], labels[s.speaker], s.kind, s.quote.replace("\u00a0", " ")))
    return rows


def _speaker_is(label: str, expected: str) -> bool:
    return fold(expected) in fold(label)


def test_every_seed_direct_quote_has_exactly_one_statement_with_its_speaker(seeds_records):
    rows = _rows(seeds_records)
    direct = [(art, who, quote) for art, who, kind, quote in rows if kind == DIRECT_QUOTE]
    for art, speaker, opening in DIRECT_QUOTES:
        found = [who for a, who, quote in direct if a == art and quote.startswith(opening)]
        assert len(found) == 1, f"{art} «{opening}…»: {found}"
        assert _speaker_is(found[0], speaker), f"{art} «{opening}…» said by {found[0]}, not {speaker}"
    assert len(direct) == len(DIRECT_QUOTES), "no other direct quotes"


def test_seed_direct_quotes_are_the_exact_words_without_marks(seeds_records, seeds_dir):
    for article_id, rec in seeds_records.items():
        text = (seeds_dir / f"{article_id}.txt").read_text("utf-8")
        for s in rec.statements:
            assert text[s.start : s.end] == s.quote
            if s.kind == DIRECT_QUOTE:
                assert s.quote == s.quote.strip(" \u00a0«»“”\"")


@pytest.mark.parametrize("article, speaker, kind, opening", REPORTED)
def test_seed_reported_speech_is_found(seeds_records, article, speaker, kind, opening):
    rows = _rows(seeds_records)
    matches = [who for a, who, k, quote in rows if a == article and k == kind and quote.startswith(opening)]
    assert any(_speaker_is(who, speaker) for who in matches), f"got {matches}"


def test_seed_headings_in_quotes_are_not_statements(seeds_records):
    rows = _rows(seeds_records)
    # '"Escalade majeure"' stands alone as a sub-heading of 002; the attributed
    # 'une "escalade majeure", selon les Occidentaux' is a partial quote twice.
    assert sum(1 for a, _, _, q in rows if a == "002" and fold(q) == "escalade majeure") == 2
    # 004's sub-heading 'Des soldats nord-coréens “cobelligérants” s’ils combattent'
    # has no speaker; only the attributed “cobelligérants” of the body counts.
    assert sum(1 for a, _, _, q in rows if a == "004" and q == "cobelligérants") == 1


def test_seed_negated_and_unattributed_speech_is_not_a_statement(seeds_records):
    rows = _rows(seeds_records)
    assert not [r for r in rows if r[0] == "002" and r[3].startswith("la présence de ces soldats")]
    assert not [r for r in rows if r[0] == "002" and r[3].startswith("d'aider Moscou")]


def _who_said_what(dataset):
    query = resources.files("kg.queries").joinpath("who-said-what.rq").read_text("utf-8")
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    return list(dataset.query(prologue + query))


def test_who_said_what_query_lists_speaker_kind_quote_article(seeds_build):
    rows = _who_said_what(seeds_build.dataset)
    statements = sum(len(r.statements) for r in seeds_build.records)
    assert len(rows) == statements
    # "Austin et son homologue … ont demandé": one statement node per speaker.
    assert len({r.statement for r in rows}) == statements
    by_quote = {str(r.quote): r for r in rows}
    row = next(r for q, r in by_quote.items() if q.startswith("Ne vous y trompez pas"))
    assert str(row.speakerLabel).endswith("Austin")
    assert str(row.kind) == str(NKG.DirectQuote) and str(row.verb) == "ajouter"  # the stable IRI
    assert str(row.article).endswith("article/003_428cd73657b1aa61")
    kinds = {str(r.kind) for r in rows}
    assert kinds == {str(NKG[k]) for k in ("DirectQuote", "PartialQuote", "IndirectSpeech")}


def test_who_said_what_query_file_starts_with_a_description():
    text = resources.files("kg.queries").joinpath("who-said-what.rq").read_text("utf-8")
    assert text.startswith("# ") and len(text.splitlines()[0]) > 10
