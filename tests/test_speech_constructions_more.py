"""Who said what: constructions of the fourth attribution round of issue 14 (seen on h3 and the other sets).

Every sentence is invented for the test (fictional people). Speakers are
checked by their entity's label, so the tests hold whatever keys the entity
extractor chooses.
"""
from __future__ import annotations

from kg.extract.speech.incises import spoken_quotes
from kg.records import DIRECT_QUOTE
from tests.test_speech_constructions import said, speaker_of


# An attribution inside one pair of marks ---------------------------------------------
def test_attribution_inside_one_pair_of_marks_ending_on_a_full_stop_cuts_the_quotation():
    text = ("« Nous avons tenu bon, a expliqué le capitaine Paul Rivard, joint par téléphone à Oslo. "
            "Le froid ne nous a pas arrêtés. »")
    assert [text[q.start:q.end] for q in spoken_quotes(text)] == [
        "Nous avons tenu bon", "Le froid ne nous a pas arrêtés."]
    found = said(text)
    assert speaker_of(found, "Nous avons tenu bon", DIRECT_QUOTE) == {"Paul Rivard"}
    assert speaker_of(found, "Le froid ne nous a pas arrêtés.", DIRECT_QUOTE) == {"Paul Rivard"}


def test_attribution_inside_one_pair_of_marks_with_a_pronoun_keeps_the_earlier_speaker():
    text = ("La cheffe du parti, Marie Caron, a reconnu la défaite. "
            "« Les électeurs ont parlé, a-t-elle dit. Nous n'avons pas su les écouter. »")
    found = said(text)
    assert speaker_of(found, "Les électeurs ont parlé", DIRECT_QUOTE) == {"Marie Caron"}
    assert speaker_of(found, "Nous n'avons pas su les écouter.", DIRECT_QUOTE) == {"Marie Caron"}


def test_attribution_inside_one_pair_of_marks_ending_on_a_comma_keeps_one_sentence_whole():
    text = "« Ce dossier, poursuit-elle, n'est pas celui d'un bailleur. »"
    assert [text[q.start:q.end] for q in spoken_quotes(text)] == [
        "Ce dossier, poursuit-elle, n'est pas celui d'un bailleur."]


def test_name_after_a_civility_abbreviation_does_not_end_an_attribution_inside_the_marks():
    text = "« Nous irons au bout, a dit M. Rivard. La saison est longue. »"
    assert [text[q.start:q.end] for q in spoken_quotes(text)] == ["Nous irons au bout", "La saison est longue."]


def test_savourer_inverted_after_a_quotation_is_an_attribution():
    found = said("« On a joué avec le cœur », savoure Lucien Marchetti après la victoire.")
    assert speaker_of(found, "On a joué avec le cœur", DIRECT_QUOTE) == {"Lucien Marchetti"}
