"""Proper names the tokenizer used to cut: hyphenated country names opening a
reported clause, and the Breton "c'h" in a speaker's name. Sentences invented
for the tests (fictional people, real countries)."""
from __future__ import annotations

from kg.nlp import load_nlp
from kg.records import INDIRECT_SPEECH, PARTIAL_QUOTE

from conftest import said, speaker_of


def tokens(text):
    return [t.text for t in load_nlp()(text)]


def test_a_hyphenated_country_name_is_one_token():
    assert "Royaume-Uni" in tokens("Le Royaume-Uni et les Pays-Bas ont voté contre.")
    assert "Pays-Bas" in tokens("Le Royaume-Uni et les Pays-Bas ont voté contre.")


def test_a_hyphen_between_common_words_is_left_to_the_tokenizer():
    text = "Un accord gagnant-gagnant, a-t-il dit."
    assert tokens(text) == [t.text for t in load_nlp().make_doc(text)]


def test_a_reported_clause_opening_on_a_hyphenated_country_keeps_its_verb():
    found = said("Le ministre Paul Martin a déclaré mardi que le Royaume-Uni devait quitter "
                 "l'archipel « sans délai ».")
    assert speaker_of(found, "le Royaume-Uni devait quitter l'archipel « sans délai »",
                      INDIRECT_SPEECH) == {"Paul Martin"}
    assert speaker_of(found, "sans délai", PARTIAL_QUOTE) == {"Paul Martin"}


def test_a_breton_name_keeps_its_c_h():
    found = said("Le président du comité, Yannick Le Floc'h, a dénoncé mardi « une concurrence déloyale ».")
    assert speaker_of(found, "une concurrence déloyale") == {"Yannick Le Floc'h"}


def test_an_elided_word_before_an_h_stays_cut():
    assert tokens("Lorsqu'hier il a parlé")[:2] == ["Lorsqu'", "hier"]


def test_a_fois_phrase_between_the_verb_and_its_words_is_not_the_content():
    found = said("Le député Paul Girard a plaidé une fois de plus pour un moratoire. Le maire Jean Petit "
                 "a dénoncé une « trahison » et plaidé une nouvelle fois pour un référendum.")
    assert speaker_of(found, "un moratoire", INDIRECT_SPEECH) == {"Paul Girard"}
    assert speaker_of(found, "un référendum", INDIRECT_SPEECH) == {"Jean Petit"}
    assert not [q for _, _, q in found if "fois" in q]


def test_a_second_verb_after_et_read_as_a_noun_opens_its_own_statement():
    found = said("Le Parti vert (PV) redoute une « privatisation » du réseau et demande que les tarifs "
                 "restent « sous contrôle » des communes.")
    assert speaker_of(found, "une « privatisation » du réseau", INDIRECT_SPEECH) == {"Parti vert"}
    assert speaker_of(found, "les tarifs restent « sous contrôle » des communes", INDIRECT_SPEECH) == {"Parti vert"}
    assert not [q for _, _, q in found if "demande" in q]


def test_a_preposition_read_as_a_verb_after_a_closing_mark_goes_on_with_the_content():
    found = said("La porte-parole, Claire Roux, a appelé Paris au « calme » et rappelé que la France garde "
                 "sa « confiance » envers les alliés du Sud.")
    assert speaker_of(found, "la France garde sa « confiance » envers les alliés du Sud",
                      INDIRECT_SPEECH) == {"Claire Roux"}
    assert not [q for _, _, q in found if q.startswith("envers")]
