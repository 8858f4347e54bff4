"""Direct quotes, fifteenth round (issue 14, tuned on the twelfth held-back set): a bare title
refers back to the person already named, not to a namesake title introduced later; a colon lead
the parse hung on the quotation's own verb still gives its subject; the addressee of "appelle X à
« … »" is not its speaker.

Every sentence here is written for its test."""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import DIRECT_QUOTE, INDIRECT_SPEECH


def test_a_bare_title_refers_back_to_the_person_named_before_not_to_a_later_holder_of_that_title():
    text = ("Retraites : l'âge légal reculera d'un an en 2028\n\n"
            "Le gouvernement reculera l'âge légal d'un an, a annoncé jeudi à Paris la secrétaire d'État "
            "chargée des Comptes publics, Agnès Perrault.\n\n"
            "«Nous n'avons pas d'autre choix», a déclaré la ministre devant les députés. Elle a rappelé que le "
            "déficit atteindrait huit milliards d'euros en 2030.\n\n"
            "Dans les régions, l'inquiétude domine. La ministre régionale de l'emploi, Sophie Lacaze, a indiqué "
            "que la région ouvrirait un guichet d'aide.")
    statements = said(text)
    assert speaker_of(statements, "Nous n'avons pas d'autre choix", DIRECT_QUOTE) == {"Agnès Perrault"}
    assert speaker_of(statements, "le déficit atteindrait huit milliards d'euros en 2030",
                      INDIRECT_SPEECH) == {"Agnès Perrault"}


def test_a_bare_title_with_nobody_named_before_still_finds_the_holder_named_later():
    text = ("Urgences : la ministre promet 500 lits\n\n"
            "«Aucun service ne fermera cet été», a assuré la ministre mardi au Sénat.\n\n"
            "La ministre de la Santé, Claire Vidal, a ensuite détaillé son plan.")
    assert speaker_of(said(text), "Aucun service ne fermera cet été", DIRECT_QUOTE) == {"Claire Vidal"}


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


def test_the_one_a_speaker_calls_on_to_act_is_not_the_speaker_of_the_quoted_appeal():
    text = ("Budget : les maires inquiets\n\n"
            "Du côté des élus, la fédération estime que la baisse était «prévisible» et appelle le Sénat à "
            "«revoir sa copie».")
    assert speaker_of(said(text), "revoir sa copie") == set()
    text = "Budget : les maires inquiets\n\nL'Association des maires de France appelle le Sénat à «revoir sa copie»."
    assert speaker_of(said(text), "revoir sa copie") == {"Association des maires de France"}
