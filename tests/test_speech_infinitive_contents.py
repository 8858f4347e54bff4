"""Who said what, infinitive and "à" contents (issue 14, session 14): the content starts after its
"de/à" and leaves out whoever is addressed or accused; a content wholly inside quotation marks is a
PartialQuote only (tests/gold/README.md, "Infinitive and à contents").

Sentences written for each construction (fictional people); speakers are checked by their
entity's label.
"""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import INDIRECT_SPEECH, PARTIAL_QUOTE


def indirect(text: str) -> set[str]:
    return {q for _, k, q in said(text) if k == INDIRECT_SPEECH}


def test_a_promise_reports_the_infinitive_without_its_de():
    assert indirect("Le maire, Julien Ferrand, a promis de rouvrir la piscine municipale.") == {
        "rouvrir la piscine municipale"}


def test_a_request_to_someone_reports_neither_the_addressee_nor_the_de():
    found = said("La ministre Claire Olivier a demandé aux préfets de recenser les logements vacants.")
    assert speaker_of(found, "recenser les logements vacants", INDIRECT_SPEECH) == {"Claire Olivier"}


def test_an_appeal_to_someone_reports_only_what_they_are_called_to_do():
    assert indirect("Le président du conseil, Marc Lefèvre, a appelé les riverains à limiter leurs "
                    "déplacements.") == {"limiter leurs déplacements"}


def test_an_appeal_to_a_noun_reports_the_noun_without_the_a():
    assert indirect("La commissaire Eva Lindberg a appelé les deux gouvernements à la modération.") == {
        "la modération"}


def test_an_infinitive_the_parse_hangs_on_the_accused_is_still_the_reproach():
    assert indirect("Le procureur Paul Garnier reproche à un gérant de 40 ans d'avoir falsifié les "
                    "comptes de la société.") == {"avoir falsifié les comptes de la société"}


def test_a_reflexive_infinitive_reads_alone_without_the_addressee():
    assert indirect("La préfète Anne Roussel a invité les habitants à se protéger de la chaleur.") == {
        "se protéger de la chaleur"}


def test_a_pronoun_on_the_infinitive_keeps_the_addressee_it_needs():
    assert indirect("La ministre Claire Olivier a appelé les bailleurs à les rénover.") == {
        "les bailleurs à les rénover"}


def test_an_appeal_wholly_in_quotation_marks_is_a_partial_quote_only():
    found = said("Le médiateur Henri Blanc a appelé les deux syndicats à « reprendre le chemin du dialogue ».")
    assert speaker_of(found, "reprendre le chemin du dialogue", PARTIAL_QUOTE) == {"Henri Blanc"}
    assert not [q for _, k, q in found if k == INDIRECT_SPEECH]


def test_a_promise_wholly_in_quotation_marks_is_a_partial_quote_only():
    found = said("La candidate Sophie Marin a promis de « tout remettre à plat ».")
    assert speaker_of(found, "tout remettre à plat", PARTIAL_QUOTE) == {"Sophie Marin"}
    assert not [q for _, k, q in found if k == INDIRECT_SPEECH]


def test_words_of_its_own_outside_the_marks_keep_the_indirect_speech():
    found = said("Le médiateur Henri Blanc a appelé les deux syndicats à « reprendre le dialogue » dès lundi.")
    assert speaker_of(found, "« reprendre le dialogue » dès lundi", INDIRECT_SPEECH) == {"Henri Blanc"}
    assert speaker_of(found, "reprendre le dialogue", PARTIAL_QUOTE) == {"Henri Blanc"}


def test_a_quoted_finite_clause_after_que_stays_reported_speech():
    found = said("Le ministre Paul Garnier a affirmé que « rien n'est encore décidé ».")
    assert speaker_of(found, "« rien n'est encore décidé »", INDIRECT_SPEECH) == {"Paul Garnier"}


def test_an_a_phrase_on_the_object_of_a_verb_that_addresses_no_one_stays_in_the_object():
    found = said('Le sélectionneur Mark Dalton a regretté la perte d\'un titulaire "à quelques jours du tournoi".')
    assert speaker_of(found, 'la perte d\'un titulaire "à quelques jours du tournoi"', INDIRECT_SPEECH) == {
        "Mark Dalton"}


def test_a_phrase_saying_where_the_place_is_stays_in_the_content():
    found = said("La ministre Claire Olivier a promis d'ouvrir une maternité à Tulle, dans le département de la "
                 "Corrèze.")
    assert speaker_of(found, "ouvrir une maternité à Tulle, dans le département de la Corrèze",
                      INDIRECT_SPEECH) == {"Claire Olivier"}


def test_where_it_was_said_after_the_place_stays_out_of_the_content():
    found = said("La ministre Claire Olivier a promis d'ouvrir une maternité à Tulle, dans un entretien au "
                 "Quotidien.")
    assert speaker_of(found, "ouvrir une maternité à Tulle", INDIRECT_SPEECH) == {"Claire Olivier"}


def test_a_lone_infinitive_is_what_was_promised():
    assert indirect("Face à la fonte des glaciers, Berne promet d'agir.") == {"agir"}


def test_an_appeal_keeps_what_the_parse_hung_on_the_addressee_after_the_goal():
    assert indirect("Le syndicaliste Paul Garnier appelle les soignants à un rassemblement samedi devant "
                    "la préfecture.") == {"un rassemblement samedi devant la préfecture"}


def test_a_second_call_coordinated_after_the_goal_goes_on_with_the_first():
    assert indirect("La médiatrice Eva Lindberg a appelé les deux camps à la retenue et à reprendre les "
                    "négociations sans délai.") == {"la retenue et à reprendre les négociations sans délai"}


def test_two_infinitives_coordinated_by_et_de_are_two_statements():
    found = said("Le ministre Paul Garnier a accusé la direction d'avoir menti aux salariés et d'organiser "
                 "la fermeture du site.")
    assert speaker_of(found, "avoir menti aux salariés", INDIRECT_SPEECH) == {"Paul Garnier"}
    assert speaker_of(found, "organiser la fermeture du site", INDIRECT_SPEECH) == {"Paul Garnier"}


def test_a_quoted_first_call_and_an_unquoted_second_one():
    found = said("La préfète Anne Roussel a appelé les riverains à « rester chez eux » et à signaler toute "
                 "fumée suspecte.")
    assert speaker_of(found, "rester chez eux", PARTIAL_QUOTE) == {"Anne Roussel"}
    assert indirect("La préfète Anne Roussel a appelé les riverains à « rester chez eux » et à signaler toute "
                    "fumée suspecte.") == {"signaler toute fumée suspecte"}


def test_an_appeal_to_a_quoted_addressee_reports_the_goal_only():
    found = said("L'Union africaine a appelé « les deux pays voisins » à la retenue.")
    assert speaker_of(found, "les deux pays voisins", PARTIAL_QUOTE) == {"Union africaine"}
    assert speaker_of(found, "la retenue", INDIRECT_SPEECH) == {"Union africaine"}


def test_a_relative_after_the_phrase_saying_where_the_place_is_is_the_writers():
    assert indirect("La ministre Claire Olivier a annoncé l'envoi de gendarmes à Tulle, dans le département de la "
                    "Corrèze, où les incendies ont repris.") == {
        "l'envoi de gendarmes à Tulle, dans le département de la Corrèze"}
