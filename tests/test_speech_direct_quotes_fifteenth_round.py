"""Direct quotes, fifteenth round (issue 14, tuned on the twelfth held-back set): a colon lead
the parse hung on the quotation's own verb still gives its subject.

Every sentence here is written for its test."""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import DIRECT_QUOTE

_RACE = ("Biathlon : Julie Morel gagne à Annecy\n\n"
         "Julie Morel a devancé la Suédoise Marta Lindqvist et l'Italienne Sara Conti.\n\n")


def test_a_colon_lead_the_parse_hung_on_the_quotations_verb_still_gives_its_subject():
    text = _RACE + "Marta Lindqvist n'a pas caché sa frustration: “Un raté au couché, ça ne pardonne pas sur cette piste.”"
    assert speaker_of(said(text), "Un raté au couché, ça ne pardonne pas sur cette piste.",
                      DIRECT_QUOTE) == {"Marta Lindqvist"}


def test_a_name_its_apposition_then_a_negated_verb_before_a_colon_is_the_speaker():
    text = _RACE + ("Lindqvist, deuxième du général, ne cachait pas sa frustration: “Un raté au couché, ça ne "
                    "pardonne pas ici.”")
    assert speaker_of(said(text), "Un raté au couché, ça ne pardonne pas ici.", DIRECT_QUOTE) == {"Marta Lindqvist"}
