"""The one rule every finder uses for where a capitalised name ends (kg.extract.capitalised)."""
from __future__ import annotations

import pytest
import spacy

from kg.extract.capitalised import name_end


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("fr")


def _name(nlp, text, start_word, particles=(), limit=None, sentence_starts=()):
    doc = nlp(text)
    for i in sentence_starts:
        doc[i].is_sent_start = True
    i = next(t.i for t in doc if t.text == start_word)
    return doc[i:name_end(doc, i, particles, limit)].text


def test_a_name_runs_across_a_hyphen_written_without_spaces_even_in_lower_case(nlp):
    assert _name(nlp, "selon Kim Jong-un hier", "Kim") == "Kim Jong-un"
    assert _name(nlp, "selon Kim Jong - un hier", "Kim") == "Kim Jong"  # spaced: a dash, not a hyphen
    assert _name(nlp, "selon Kim Jong - 12 hier", "Kim") == "Kim Jong"  # never ends on the hyphen


def test_a_particle_joins_two_name_words_and_never_ends_a_name(nlp):
    assert _name(nlp, "selon la Banque de France ce matin", "Banque", {"de"}) == "Banque de France"
    assert _name(nlp, "selon la Banque de la ville", "Banque", {"de"}) == "Banque"
    assert _name(nlp, "selon la Banque de France", "Banque") == "Banque"  # no particles given


def test_a_name_stops_where_a_new_sentence_starts_but_may_open_one(nlp):
    text = "Le Monde Ukraine a dit"
    assert _name(nlp, text, "Le") == "Le Monde Ukraine"
    assert _name(nlp, text, "Le", sentence_starts=(0, 2)) == "Le Monde"


def test_a_name_is_looked_for_over_the_limit_at_most(nlp):
    assert _name(nlp, "à Jean Pierre Marie Dupont hier", "Jean", limit=2) == "Jean Pierre"


def test_a_word_without_a_capital_letter_is_no_name(nlp):
    assert _name(nlp, "selon « 2024 » hier", "«") == ""
