"""Who said what, partial quotes and indirect speech: constructions seen failing on the tenth
held-back set and on the third, fifth and eighth (issue 14, session 13).

Sentences written for each construction (fictional people and bodies); speakers are checked
by their entity's label.
"""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import INDIRECT_SPEECH, PARTIAL_QUOTE


# Speakers --------------------------------------------------------------------------------------
def test_a_body_named_in_the_circumstance_after_an_inverted_title_does_not_speak():
    found = said("La ministre de la Santé, Hélène Vasseur, a présenté le plan. Trois centres pourront ouvrir "
                 "« dès janvier », a précisé la ministre à l'issue du Conseil des ministres.")
    assert speaker_of(found, "Trois centres pourront ouvrir « dès janvier »", INDIRECT_SPEECH) == {"Hélène Vasseur"}
    assert speaker_of(found, "dès janvier", PARTIAL_QUOTE) == {"Hélène Vasseur"}


def test_a_title_ends_before_en_marge_de():
    found = said("Le préfet de l'Orne, Marc Delaunay, est arrivé lundi. Les routes rouvriront mercredi, a indiqué "
                 "le préfet en marge de la réunion du Syndicat mixte des transports.")
    assert speaker_of(found, "Les routes rouvriront mercredi", INDIRECT_SPEECH) == {"Marc Delaunay"}


def test_a_name_closing_a_long_title_subject_before_its_verb_speaks():
    found = said("Le commissaire de la Cédéao chargé des affaires politiques, de la paix et de la sécurité, "
                 "l'Ivoirien Koffi Yao, a affirmé que la mission serait prolongée.")
    assert speaker_of(found, "la mission serait prolongée", INDIRECT_SPEECH) == {"Koffi Yao"}


# Contents --------------------------------------------------------------------------------------
def test_a_clause_goes_on_after_its_quoted_verb():
    found = said("Le porte-parole du gouvernement tchèque, Jan Novak, a estimé sur X que l'Italie avait «enfin "
                 "compris» l'enjeu de la défense des frontières extérieures de l'Union.")
    assert speaker_of(found, "l'Italie avait «enfin compris» l'enjeu de la défense des frontières extérieures de "
                      "l'Union", INDIRECT_SPEECH) == {"Jan Novak"}


def test_an_object_goes_on_after_selon_lui_and_a_quotation():
    found = said("Le ministre, Ousmane Ba, a salué une décision qui marque selon lui \"un tournant dans la lutte "
                 "contre la pêche illégale\".")
    assert speaker_of(found, 'une décision qui marque selon lui "un tournant dans la lutte contre la pêche illégale"',
                      INDIRECT_SPEECH) == {"Ousmane Ba"}


def test_juger_in_the_present_with_a_quoted_attribute_after_the_object_reports_both():
    found = said("Le Quai d'Orsay juge ces propos « inacceptables » et convoque l'ambassadeur.")
    assert speaker_of(found, "ces propos « inacceptables »", INDIRECT_SPEECH) == {"Quai d'Orsay"}
    assert speaker_of(found, "inacceptables", PARTIAL_QUOTE) == {"Quai d'Orsay"}


# Reporting verbs -------------------------------------------------------------------------------
def test_solliciter_reports_what_a_lawyer_asks_for():
    found = said("« Il a agi de bonne foi », a plaidé Me Claire Joris, qui sollicite l'acquittement de son client.")
    assert speaker_of(found, "l'acquittement de son client", INDIRECT_SPEECH) == {"Claire Joris"}


def test_imputer_reports_whom_the_speaker_blames():
    found = said("Les autorités péruviennes imputent la hausse des vols à une bande venue du nord du pays.")
    assert speaker_of(found, "la hausse des vols à une bande venue du nord du pays", INDIRECT_SPEECH) == {"Pérou"}
