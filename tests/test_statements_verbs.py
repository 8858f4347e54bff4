"""The reporting-verb list and the quotation finder behind statement extraction."""
from __future__ import annotations

import doctest

import pytest

from kg.extract.speech import inversions, quotes, roles, speakers, verbs
from kg.nlp import load_nlp


def test_every_line_of_the_reporting_verb_file_parses():
    by_lemma, forms = verbs.load_verbs()
    for lemma in ("déclarer", "affirmer", "avertir", "souligner", "marteler", "prévenir", "reconnaître"):
        assert lemma in by_lemma
    assert forms["martelé"] == "marteler" and forms["averti"] == "avertir" and forms["reconnu"] == "reconnaître"


def test_multiword_and_canonical_entries():
    verb, _ = verbs.parse_line("lancer un appel = appeler")
    assert (verb.lemma, verb.words, verb.canonical) == ("lancer", ("un", "appel"), "appeler")
    verb, forms = verbs.parse_line("prévenir | prévenu prévient (clause)")
    assert verb.needs_clause and forms == ("prévenu", "prévient")
    assert verbs.parse_line("# a comment") is None
    verb, _ = verbs.parse_line("s'attendre")
    assert verb.reflexive and verb.canonical == "s'attendre"


def test_regular_er_verbs_get_their_inflected_forms():
    assert {"déclaré", "déclarent", "déclarant", "déclare"} <= verbs.derived_forms("déclarer")
    assert {"appelle", "répète"} <= verbs.derived_forms("appeler") | verbs.derived_forms("répéter")


@pytest.mark.parametrize(
    "sentence, word, canonical",
    [
        ("L'Otan a mis en garde contre un soutien accru.", "mis", "mettre en garde"),
        ("Kiev a lancé un appel aux soldats.", "lancé", "appeler"),
        ("Il a martelé sa position.", "martelé", "marteler"),
    ],
)
def test_verbs_are_matched_on_parsed_tokens(sentence, word, canonical):
    doc = load_nlp()(sentence)
    token = next(t for t in doc if t.text == word)
    assert verbs.match(token).canonical == canonical


def test_lancer_alone_is_not_a_reporting_verb():
    doc = load_nlp()("L'armée a lancé une offensive.")
    assert verbs.match(next(t for t in doc if t.text == "lancé")) is None


def test_quotes_keep_inner_marks_and_skip_inner_spaces():
    text = "« Un “deux” trois » puis «\u00a0quatre\u00a0»"
    assert [text[q.start : q.end] for q in quotes.find_quotes(text)] == ["Un “deux” trois", "quatre"]


def test_an_unclosed_quote_stops_at_the_end_of_its_paragraph():
    text = "« Premier paragraphe sans fin\n« Second paragraphe »"
    found = quotes.find_quotes(text)
    assert [text[q.start : q.end] for q in found] == ["Premier paragraphe sans fin", "Second paragraphe"]
    assert [q.closed for q in found] == [False, True]


def test_straight_quotes_pair_up_in_order():
    text = 'les "tyrans" et les "héros"'
    assert [text[q.start : q.end] for q in quotes.find_quotes(text)] == ["tyrans", "héros"]


def test_role_words_match_plurals():
    assert roles.role_of("porte-parole") == "porte-parole"
    assert roles.role_of("responsables") == "responsable"
    assert roles.role_of("soldats") is None


def test_inversion_pattern_reads_pronoun_and_named_forms():
    m = inversions.INVERSION.match(", a-t-il averti.")
    assert (m.group("verb"), m.group("p1")) == ("averti", "il")
    m = inversions.INVERSION.match(", ajoute-t-elle")
    assert (m.group("verb"), m.group("p2")) == ("ajoute", "elle")
    m = inversions.INVERSION.match(", a également déclaré Zelensky")
    assert m.group("verb") == "déclaré"


@pytest.mark.parametrize("module", [verbs, quotes, roles, speakers])
def test_docstring_examples_hold(module):
    assert doctest.testmod(module).failed == 0
