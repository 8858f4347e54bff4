"""Who said what, indirect speech: constructions seen failing on the eleventh held-back set and
on the other sets' indirect misses (issue 14, session 14).

Sentences written for each construction (fictional people and bodies); speakers are checked
by their entity's label.
"""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import INDIRECT_SPEECH, PARTIAL_QUOTE


# Contents --------------------------------------------------------------------------------------
def test_an_object_after_a_circumstance_phrase_is_what_was_said():
    found = said("Le maire de Vierzon, Paul Roux, a dénoncé devant la presse un projet « bâclé » par l'État.")
    assert speaker_of(found, "un projet « bâclé » par l'État", INDIRECT_SPEECH) == {"Paul Roux"}
    assert speaker_of(found, "bâclé", PARTIAL_QUOTE) == {"Paul Roux"}


def test_an_object_after_a_channel_phrase_is_what_was_said():
    found = said("La chanteuse Inès Morel a regretté sur les réseaux sociaux une tournée « trop courte ».")
    assert speaker_of(found, "une tournée « trop courte »", INDIRECT_SPEECH) == {"Inès Morel"}


def test_a_closing_mark_parsed_as_the_object_does_not_cut_the_content():
    found = said("La doyenne de la faculté, Mona Farah, plaide pour une “refonte complète” des stages d'internat.")
    assert speaker_of(found, "une “refonte complète” des stages d'internat", INDIRECT_SPEECH) == {"Mona Farah"}
    assert speaker_of(found, "refonte complète", PARTIAL_QUOTE) == {"Mona Farah"}


def test_a_closing_mark_heading_the_quoted_object_still_heads_it():
    found = said("Acier : Washington relève ses taxes sur les tôles importées, Ottawa promet une “riposte”\n"
                 "Par Paul Martin. Le gouvernement américain a annoncé mardi des droits.")
    assert speaker_of(found, "riposte", PARTIAL_QUOTE) == {"Canada"}


def test_a_compound_infinitive_goes_on_with_its_object_and_second_participle():
    found = said("Le ministère philippin de la Défense a indiqué avoir placé en alerte quelque 5 000 soldats et "
                 "déployé des radars sur la côte ouest.")
    assert speaker_of(found, "avoir placé en alerte quelque 5 000 soldats et déployé des radars sur la côte ouest",
                      INDIRECT_SPEECH) == {"Ministère philippin de la Défense"}
    found = said("Le FLN affirme de son côté avoir abattu « deux hélicoptères » et s'être emparé de trois camions.")
    assert speaker_of(found, "avoir abattu « deux hélicoptères » et s'être emparé de trois camions",
                      INDIRECT_SPEECH) == {"FLN"}


# Speakers --------------------------------------------------------------------------------------
def test_a_name_after_a_passive_agents_description_is_the_next_pronouns_antecedent():
    found = said("La ministre Claire Vidal a visité la base. La brigade, qui compte 900 hommes, est dirigée par "
                 "un colonel breton, Yann Le Floch. Selon lui, la relève se passe « sans heurts ». Il a ajouté que "
                 "deux compagnies partiraient en mai.")
    assert speaker_of(found, "la relève se passe « sans heurts »", INDIRECT_SPEECH) == {"Yann Le Floch"}
    assert speaker_of(found, "deux compagnies partiraient en mai", INDIRECT_SPEECH) == {"Yann Le Floch"}


def test_a_phrase_taken_up_by_a_stressed_pronoun_is_the_subject():
    found = said("Le collectif Vélo Libre, lui, s'inquiète de la « disparition programmée » des pistes cyclables.")
    assert speaker_of(found, "la « disparition programmée » des pistes cyclables", INDIRECT_SPEECH) == {"Vélo Libre"}
    found = said("Le syndicat Sud-Rail, lui, s'inquiète de la « disparition programmée » des petites lignes.")
    assert speaker_of(found, "la « disparition programmée » des petites lignes", INDIRECT_SPEECH) == {"Sud-Rail"}


def test_a_verb_with_its_own_auxiliary_after_an_attribute_shares_the_subject_of_the_verb_above():
    found = said("Le Quai d'Orsay s'est dit « vivement préoccupé » par les combats et a demandé aux deux camps "
                 "de respecter la trêve.")
    assert speaker_of(found, "respecter la trêve", INDIRECT_SPEECH) == {"Quai d'Orsay"}


def test_a_present_denial_read_as_an_adverb_reports_the_phrase_after_it():
    found = said("Frontière : Kiev dément toute frappe sur le territoire russe, Moscou maintient ses accusations\n"
                 "Le ministère ukrainien de la Défense a publié un communiqué.")
    assert speaker_of(found, "toute frappe sur le territoire russe", INDIRECT_SPEECH) == {"Ukraine"}
    found = said("Le président kényan a parlé. Belgrade dément toute présence de ses soldats au Kosovo.")
    assert speaker_of(found, "toute présence de ses soldats au Kosovo", INDIRECT_SPEECH) == {"Serbie"}


def test_a_bare_participle_after_et_hung_on_the_object_shares_the_first_verbs_subject():
    found = said("Le député Ecolo Marc Lenoir a fustigé « un achat décidé sans débat », et réclamé que la "
                 "commission soit consultée avant toute commande.")
    assert speaker_of(found, "la commission soit consultée avant toute commande", INDIRECT_SPEECH) == {"Marc Lenoir"}


def test_selon_a_possessive_and_a_document_gives_the_one_just_named():
    found = said("Le maire de Brest, Yves Kerjean, a dévoilé son budget. Selon ses calculs, la taxe rapportera "
                 "quatre millions d'euros par an.")
    assert speaker_of(found, "la taxe rapportera quatre millions d'euros par an", INDIRECT_SPEECH) == {"Yves Kerjean"}


def test_selon_a_possessive_inside_a_reported_clause_adds_no_statement():
    found = said("La préfecture du Nord, contactée, indique que la crue a touché 300 maisons selon ses chiffres.")
    assert [q for _, k, q in found if k == INDIRECT_SPEECH] == ["la crue a touché 300 maisons selon ses chiffres"]


# Reporting verbs -------------------------------------------------------------------------------
def test_proposer_with_a_noun_phrase_reports_the_proposal():
    found = said("La Norvège a proposé jeudi l'envoi d'une équipe de médiateurs à Khartoum.")
    assert speaker_of(found, "l'envoi d'une équipe de médiateurs à Khartoum", INDIRECT_SPEECH) == {"Norvège"}
