"""Direct quotes, twelfth round (issue 14, tuned on the ninth held-back set): quotation marks
glued to the full stop before them, .

Every sentence here is written for its test."""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import DIRECT_QUOTE, INDIRECT_SPEECH


def test_a_curly_quote_glued_to_the_previous_full_stop_opens_a_quotation():
    text = ("Selon la médiatrice, Jeanne Mbarga, plus de 3 000 familles ont quitté la vallée depuis l'été."
            "“Il faut des écoles avant des casernes”, a-t-elle plaidé sur une radio locale.")
    found = said(text)
    assert speaker_of(found, "Il faut des écoles avant des casernes", DIRECT_QUOTE) == {"Jeanne Mbarga"}
    assert speaker_of(found, "plus de 3 000 familles ont quitté la vallée depuis l'été",
                      INDIRECT_SPEECH) == {"Jeanne Mbarga"}


def test_a_guillemet_glued_to_the_previous_full_stop_starts_a_new_sentence():
    text = ("Deux cents pompiers seront mobilisés, a annoncé jeudi le préfet du département, Luc Arnaud."
            "«Nous serons prêts, a-t-il assuré devant la presse. Aucun quartier ne sera oublié.»")
    found = said(text)
    assert speaker_of(found, "Nous serons prêts", DIRECT_QUOTE) == {"Luc Arnaud"}
    assert speaker_of(found, "Aucun quartier ne sera oublié.", DIRECT_QUOTE) == {"Luc Arnaud"}
    assert speaker_of(found, "Deux cents pompiers seront mobilisés", INDIRECT_SPEECH) == {"Luc Arnaud"}
