"""Who said what: direct and partial quotes of the sixth attribution round of issue 14 (seen on h4 and h5).

Every sentence is invented for the test (fictional people and outlets).
Speakers are checked by their entity's label, so the tests hold whatever
keys the entity extractor chooses.
"""
from __future__ import annotations

from kg.extract.speech.quotes import find_quotes
from kg.records import DIRECT_QUOTE, PARTIAL_QUOTE
from tests.test_speech_constructions import said, speaker_of


def _quotes(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


# Antecedents of "il"/"elle" the parser gives no subject ---------------------------------
def test_pronoun_after_a_sentence_headed_by_an_apposed_name_is_that_person():
    text = ("« Nous avons tout perdu », a raconté le maire, Hugo Blanchard. "
            "Devant la mairie, la voisine du sinistré, Odile Ferrat, décrit un quartier « dévasté ». "
            "Elle ajoute : « Personne n'est venu nous aider. »")
    assert speaker_of(said(text), "Personne n'est venu nous aider.") == {"Odile Ferrat"}


def test_pronoun_after_a_copular_sentence_is_its_subject():
    text = ("« Le calendrier sera tenu », a assuré la préfète, Agnès Mourot. "
            "Le général Bastien Corlay n'est pas du même avis. "
            "« Il nous manque encore trois semaines », a-t-il averti.")
    assert speaker_of(said(text), "Il nous manque encore trois semaines") == {"Bastien Corlay"}


def test_a_subject_inside_an_inverted_attribution_is_not_the_next_pronouns_antecedent():
    # ("Bruxelles" inside "Bruxelles-Nord" reads as an institution: the subject the parser sees)
    text = ("Quelque 300 policiers ont été mobilisés, a indiqué la porte-parole de la zone Bruxelles-Nord, "
            "Salomé Vautrin. « Nos équipes sont épuisées », a-t-elle reconnu.")
    assert speaker_of(said(text), "Nos équipes sont épuisées") == {"Salomé Vautrin"}


