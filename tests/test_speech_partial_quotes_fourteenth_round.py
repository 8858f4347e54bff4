"""Who said what, partial quotes: constructions seen failing on the eleventh held-back set and
checked on every set (issue 14, session 14).

Sentences written for each construction (fictional people and bodies); speakers are checked
by their entity's label.
"""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import INDIRECT_SPEECH, PARTIAL_QUOTE


# Speakers --------------------------------------------------------------------------------------
def test_a_pronoun_after_a_passive_agent_title_with_a_name_in_apposition_is_that_person():
    found = said("Le ministère belge de l'Intérieur a confirmé l'envoi de renforts. La mission est dirigée par "
                 "un colonel belge, Pieter Maes. Selon lui, le climat reste « lourd mais stable ».")
    assert speaker_of(found, "lourd mais stable", PARTIAL_QUOTE) == {"Pieter Maes"}


def test_a_stressed_pronoun_between_commas_resumes_the_subject_before_it():
    found = said("La fédération hospitalière Santé Plus, elle, s'alarme de la « fatigue extrême » des équipes "
                 "de nuit.")
    assert speaker_of(found, "fatigue extrême", PARTIAL_QUOTE) == {"Santé Plus"}


def test_a_described_body_is_the_one_named_later_whose_name_holds_its_words():
    found = said("La clinique Saint-Roch a fermé son service. Des infirmiers sont partis, attirés par des salaires "
                 "« deux fois plus élevés », selon le syndicat des infirmiers.\n\n« Nous tenons à bout de bras », "
                 "résume Marc Diallo, délégué du Syndicat autonome des infirmiers réunionnais (SAIR).")
    assert speaker_of(found, "deux fois plus élevés", PARTIAL_QUOTE) == {"Syndicat autonome des infirmiers réunionnais"}


def test_a_relative_clause_in_a_subject_phrase_names_no_speaker():
    found = said("Une note d'analystes de l'Otan, dont le quotidien La Tribune a pu lire des extraits, estime "
                 "l'effort « largement insuffisant ».")
    assert speaker_of(found, "largement insuffisant", PARTIAL_QUOTE) == {"Otan"}


# Object relatives ------------------------------------------------------------------------------
def test_a_quoted_antecedent_of_an_object_relative_is_the_words_of_its_inverted_subject():
    found = said("C'est un budget « de combat » qu'a présenté jeudi la ministre des Finances, Alice Moreau, "
                 "devant les députés.")
    assert speaker_of(found, "un budget « de combat »", INDIRECT_SPEECH) == {"Alice Moreau"}
    assert speaker_of(found, "de combat", PARTIAL_QUOTE) == {"Alice Moreau"}
    assert not speaker_of(found, "la ministre des Finances", INDIRECT_SPEECH)


def test_a_quoted_antecedent_of_an_object_relative_is_the_words_of_its_subject():
    found = said("C'est une « trahison » que le sénateur Paul Vernet a dénoncée mardi.")
    assert speaker_of(found, "trahison", PARTIAL_QUOTE) == {"Paul Vernet"}


def test_an_unquoted_antecedent_of_an_object_relative_reports_nothing():
    found = said("Le gouvernement a publié les mesures qu'a annoncées mardi la ministre Alice Moreau.")
    assert not [s for s in found if s[1] == INDIRECT_SPEECH]


def test_ne_que_is_no_object_relative():
    found = said("La ministre de la Culture, Inès Karam, est mise en cause. Karam, qui ne peut être renvoyée que "
                 "par le Premier ministre, a rejeté « toute faute ».")
    assert speaker_of(found, "toute faute", PARTIAL_QUOTE) == {"Inès Karam"}


# Negation and glosses --------------------------------------------------------------------------
def test_the_noun_pas_after_an_adjective_is_no_negation():
    found = said("Le collectif Terre Vive a salué un « premier pas » et réclame davantage.")
    assert speaker_of(found, "premier pas", PARTIAL_QUOTE) == {"Terre Vive"}


def test_a_quotation_alone_in_brackets_after_a_name_is_its_gloss():
    found = said("Le mouvement Lavi Nou (« Notre vie », en créole) a dénoncé une « mascarade ».")
    assert not speaker_of(found, "Notre vie")
    assert speaker_of(found, "mascarade", PARTIAL_QUOTE) == {"Lavi Nou"}


def test_the_agent_after_a_participle_tagged_as_an_adjective_speaks():
    found = said("Le ministère a publié sa réponse. Une réponse jugée « hors sujet » par Léa Fournier, de la FCPE, "
                 "qui réclame des moyens.")
    assert speaker_of(found, "hors sujet", PARTIAL_QUOTE) == {"Léa Fournier"}

