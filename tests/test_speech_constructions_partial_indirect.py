"""Who said what: partial quotes and indirect speech, constructions of session 9 (issue 14).

Which speaker a partial quote or an unquoted content clause gets when the
sentence nests speech, names a person after a title, or refers back with a
pronoun or "son porte-parole", on sentences written for each construction
(fictional people). Speakers are checked by their entity's label.
"""
from __future__ import annotations

from kg.records import INDIRECT_SPEECH, PARTIAL_QUOTE
from conftest import said, speaker_of


def test_pronoun_after_nested_speech_is_the_outer_speaker():
    found = said("La ministre de l'Agriculture, Hélène Marchal-Dubreuil, a rappelé que la France s'était "
                 "engagée à réduire les pesticides de moitié. Elle a ajouté que le plan coûterait "
                 "200 millions d'euros.")
    assert speaker_of(found, "le plan coûterait 200 millions d'euros", INDIRECT_SPEECH) == {
        "Hélène Marchal-Dubreuil"}


def test_apposed_name_after_a_title_holding_another_name_speaks():
    # the tagger reads the place in the title as a person and the parse gives the verb two subjects
    found = said("Le président de l'association des pêcheurs de Guet Ndar, Abdou Karim Diop, a regretté "
                 "une décision « prise trop tard ».")
    assert speaker_of(found, "prise trop tard", PARTIAL_QUOTE) == {"Abdou Karim Diop"}


def test_relative_after_a_person_and_an_affiliation_is_the_persons():
    found = said("« La banquise recule plus vite que prévu », a averti la climatologue Ingrid Solberg-Haas, "
                 "de l'Université de Genève, qui a dirigé l'étude. Selon elle, la fonte a doublé "
                 "« en une décennie ».")
    assert speaker_of(found, "en une décennie", PARTIAL_QUOTE) == {"Ingrid Solberg-Haas"}


def test_epicene_title_does_not_give_a_gender_to_the_named_person():
    # "porte-parole local" is masculine in form; the woman named after it is "elle" later
    found = said("« Les chiffres sont faux », a raillé l'élu Les Républicains. Leur porte-parole local, "
                 "Kenza Haddouche, a indiqué que les militants voteraient en janvier. D'après elle, "
                 "le projet de parking reste « un point dur ».")
    assert speaker_of(found, "un point dur", PARTIAL_QUOTE) == {"Kenza Haddouche"}


def test_selon_son_porte_parole_is_the_institution_named_before():
    found = said("« C'est une escalade », a déclaré le général Oleg Sarkisov. Le Pentagone a, de son côté, "
                 "relativisé l'annonce. Selon son porte-parole, il s'agit d'une « relève ordinaire ».")
    assert speaker_of(found, "relève ordinaire", PARTIAL_QUOTE) == {"Pentagone"}


def test_participle_after_an_unquoted_inverted_attribution_keeps_its_speaker():
    found = said("Le préfet du Var, Antoine Roussel-Kerbrat, est arrivé lundi. Deux cents pompiers "
                 "seront déployés d'ici jeudi dans le massif, a précisé le représentant de l'État, y voyant "
                 "« un renfort décisif ».")
    assert speaker_of(found, "un renfort décisif", PARTIAL_QUOTE) == {"Antoine Roussel-Kerbrat"}
    assert speaker_of(found, "Deux cents pompiers seront déployés d'ici jeudi dans le massif",
                      INDIRECT_SPEECH) == {"Antoine Roussel-Kerbrat"}


def test_avoir_read_as_a_passive_auxiliary_keeps_the_subject_speaking():
    found = said("Le Conseil fédéral et la majorité du Parlement avaient recommandé de refuser le texte, "
                 "jugeant sa portée « excessive ».")
    assert speaker_of(found, "excessive", PARTIAL_QUOTE) == {"Conseil fédéral"}


def test_quotation_the_parser_hung_on_the_verb_stays_in_the_content():
    found = said("« C'est trop peu », a ironisé Margaux Delcourt-Abadie, porte-parole de Greenpeace France, "
                 "qui réclame une baisse « bien plus rapide » des émissions de méthane.")
    assert speaker_of(found, "une baisse « bien plus rapide » des émissions de méthane", INDIRECT_SPEECH) == {
        "Margaux Delcourt-Abadie"}


def test_quotation_after_an_infinitive_content_stays_in_it():
    found = said("L'armée malienne, qui dit y maintenir « plusieurs centaines » de soldats, a démenti.")
    assert "y maintenir « plusieurs centaines » de soldats" in {q for _, k, q in found if k == INDIRECT_SPEECH}


def test_second_reflexive_reporting_verb_after_a_content_clause_is_a_statement_of_its_own():
    found = said("La préfète, Corinne Vallet-Mbappé, reconnaît que le dispositif a été mal préparé et se dit "
                 "prête à recevoir les élus « dès demain ».")
    assert speaker_of(found, "le dispositif a été mal préparé", INDIRECT_SPEECH) == {"Corinne Vallet-Mbappé"}
    assert speaker_of(found, "dès demain", PARTIAL_QUOTE) == {"Corinne Vallet-Mbappé"}


def test_negated_exclure_still_reports_a_litotes():
    found = said("La présidente du club, Julie Marchand-Ruiz, n'exclut pas que l'entraîneur soit remplacé "
                 "avant la trêve.")
    assert speaker_of(found, "l'entraîneur soit remplacé avant la trêve", INDIRECT_SPEECH) == {
        "Julie Marchand-Ruiz"}


def test_other_negated_verbs_still_report_nothing():
    found = said("La présidente du club, Julie Marchand-Ruiz, n'a pas confirmé que l'entraîneur serait "
                 "remplacé avant la trêve.")
    assert not [q for _, k, q in found if k == INDIRECT_SPEECH]


def test_finite_verb_after_an_apposition_takes_the_noun_before_as_subject():
    found = said("Le groupe Maréchal ferme son usine. FO, majoritaire sur le site, parle d'un « mensonge ».")
    assert speaker_of(found, "mensonge", PARTIAL_QUOTE) == {"Force ouvrière"}


def test_selon_followed_by_a_circumstance_sources_the_words_before():
    found = said("La Russie a mené mardi des frappes sur Kharkiv, avec 40 drones et 12 missiles selon Kiev, "
                 "au lendemain d'une visite du président ukrainien jugée « provocatrice » par Moscou.")
    assert speaker_of(found, "La Russie a mené mardi des frappes sur Kharkiv, avec 40 drones et 12 missiles",
                      INDIRECT_SPEECH) == {"Ukraine"}


def test_par_phrase_after_a_judging_participle_is_its_agent():
    found = said("La Chine a lancé lundi des manoeuvres autour de l'île, au lendemain d'un discours du Premier "
                 "ministre japonais jugé « belliqueux » par Pékin.")
    assert speaker_of(found, "belliqueux", PARTIAL_QUOTE) == {"Chine"}


def test_content_clause_whose_subject_is_a_quotation_keeps_its_verb():
    found = said("Le ministre lituanien de la Défense, Darius Petrauskas-Vilk, a annoncé jeudi que « près de "
                 "1 500 soldats allemands supplémentaires » seraient déployés près de Vilnius d'ici juin.")
    assert any(q.startswith("« près de 1 500 soldats allemands supplémentaires » seraient déployés")
               for who, k, q in found if k == INDIRECT_SPEECH and who == "Darius Petrauskas-Vilk")


def test_la_caisse_is_the_organisation_named_before_whose_name_holds_the_noun():
    found = said("La Caisse d'allocations familiales de la Loire (CAF) a subi une panne lundi. Dans un communiqué, "
                 "la caisse indique que les versements seront assurés vendredi.")
    assert speaker_of(found, "les versements seront assurés vendredi", INDIRECT_SPEECH) == {
        "Caisse d'allocations familiales de la Loire"}


def test_chez_an_organisation_on_is_that_organisation():
    found = said("Le PS menace de quitter la majorité. Chez Renault, on assure que l'usine de Flins restera "
                 "ouverte.")
    assert speaker_of(found, "l'usine de Flins restera ouverte", INDIRECT_SPEECH) == {"Renault"}


def test_on_alone_names_nobody():
    found = said("En Bretagne, on assure que l'usine de Flins restera ouverte.")
    assert not [q for _, k, q in found if k == INDIRECT_SPEECH]


def test_se_dire_with_an_adjective_reports_the_adjective_phrase():
    found = said("Le ministre de l'Économie, Paul Durand-Vidal, s'est dit favorable à une baisse des taxes.")
    assert speaker_of(found, "favorable à une baisse des taxes", INDIRECT_SPEECH) == {"Paul Durand-Vidal"}


def test_object_hung_on_the_weekday_after_the_verb_in_text_without_accents():
    found = said("L'Agence nationale de securite du medicament (ANSM) a annonce jeudi le rappel de onze lots d'un "
                 "sirop pour enfants, apres la detection d'un defaut de dosage.")
    assert any(q.startswith("le rappel de onze lots") for _, k, q in found if k == INDIRECT_SPEECH)


def test_a_en_croire_is_a_source_like_selon():
    found = said("Les deux pays ont signé un accord. À en croire le ministre Paul Durand-Vidal, le texte sera "
                 "ratifié « avant l'été ».")
    assert speaker_of(found, "le texte sera ratifié « avant l'été »", INDIRECT_SPEECH) == {"Paul Durand-Vidal"}
    assert speaker_of(found, "avant l'été", PARTIAL_QUOTE) == {"Paul Durand-Vidal"}


def test_capital_subject_before_an_aside_between_commas_speaks():
    found = said("La Serbie dénonce la manœuvre. Belgrade, de son côté, a annoncé le renforcement de sa frontière "
                 "avec « trois compagnies supplémentaires ».")
    assert speaker_of(found, "trois compagnies supplémentaires", PARTIAL_QUOTE) == {"Serbie"}


def test_selon_before_the_rest_of_a_clause_still_reports_what_follows():
    found = said("« La menace est réelle », a déclaré Mark Rutte-Janssen, soulignant le danger que représente, "
                 "selon lui, « l'alliance de Moscou et de Téhéran » dans ce conflit.")
    assert "l'alliance de Moscou et de Téhéran" in {q for _, k, q in found if k == PARTIAL_QUOTE}
    assert any(q.startswith("« l'alliance de Moscou et de Téhéran »") for _, k, q in found if k == INDIRECT_SPEECH)
