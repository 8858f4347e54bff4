"""Direct quotes, ninth round (issue 14, tuned on the eighth held-back set): interview answers
opened by a speaker's label, titles before a headline's name or an apposed name, "le magistrat"
and "l'accusé" among titled and untitled persons, a colon after a negated verb, and a quoted noun
phrase right after its reporting verb (no direct quote).

Every sentence here is written for its test."""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import DIRECT_QUOTE


def test_interview_answers_opened_by_the_name_then_the_initials_are_the_interviewees_quotes():
    text = ("Colonel Marc Vidal : « Le camp sera prêt au printemps »\n"
            "ENTRETIEN. Le chef du détachement revient sur six mois passés au Sahel.\n\n"
            "Combien d'hommes commandez-vous aujourd'hui ?\n"
            "Marc Vidal : Nous sommes un peu moins de quatre cents, surtout des sapeurs.\n\n"
            "La relève est-elle prévue ?\n"
            "M. V. : Elle arrivera en avril. Les équipes se connaissent déjà très bien.\n")
    found = said(text)
    assert speaker_of(found, "Nous sommes un peu moins de quatre cents, surtout des sapeurs.",
                      DIRECT_QUOTE) == {"Marc Vidal"}
    assert speaker_of(found, "Elle arrivera en avril. Les équipes se connaissent déjà très bien.",
                      DIRECT_QUOTE) == {"Marc Vidal"}


def test_a_single_labelled_line_after_a_question_is_no_interview():
    text = ("Faut-il s'inquiéter ?\n"
            "Marc Vidal : le débat reste ouvert selon les syndicats de la police.\n")
    assert not speaker_of(said(text), "le débat reste ouvert selon les syndicats de la police.", DIRECT_QUOTE)


def test_a_headline_quote_after_a_title_and_a_name_is_that_persons():
    text = ("Général Hélène Brasseur : « Nos bases resteront ouvertes tout l'hiver »\n\n"
            "La générale Hélène Brasseur commande les forces françaises au Gabon depuis 2025.")
    assert speaker_of(said(text), "Nos bases resteront ouvertes tout l'hiver", DIRECT_QUOTE) == {"Hélène Brasseur"}


def test_an_attribution_inside_the_marks_with_a_title_before_the_apposed_name_splits_the_quote():
    text = ("«La saison grippale commence tôt, a prévenu le directeur national, le Dr Luc Gagnon, "
            "en conférence de presse. Il faut se faire vacciner dès maintenant.»")
    found = said(text)
    assert speaker_of(found, "La saison grippale commence tôt", DIRECT_QUOTE) == {"Luc Gagnon"}
    assert speaker_of(found, "Il faut se faire vacciner dès maintenant.", DIRECT_QUOTE) == {"Luc Gagnon"}


def test_le_magistrat_is_the_titled_person_not_the_accused_named_since():
    text = ("Jeudi, la procureure Odile Marchetti a requis six ans de prison contre Kevin Largeau, jugé pour "
            "un braquage à Nantes.\n\n« Cet homme savait exactement ce qu'il faisait ce soir-là », a lancé "
            "la magistrate.")
    assert speaker_of(said(text), "Cet homme savait exactement ce qu'il faisait ce soir-là",
                      DIRECT_QUOTE) == {"Odile Marchetti"}


def test_a_pronoun_after_l_accuse_is_the_accused_not_the_lawyer_named_with_me():
    text = ("Le procès de Kevin Largeau s'est ouvert lundi à Nantes. Son avocat, Me Bruno Salles, a plaidé "
            "la relaxe.\n\nL'accusé s'est alors levé. « Je n'étais pas à Nantes ce soir-là », a-t-il dit.")
    assert speaker_of(said(text), "Je n'étais pas à Nantes ce soir-là", DIRECT_QUOTE) == {"Kevin Largeau"}


def test_a_colon_after_a_negated_verb_that_is_no_speech_verb_quotes_its_subject():
    text = ("Son entraîneur, Julien Moreau, n'a pas cherché d'excuses : « On a perdu tous nos duels. "
            "Il faudra se reprendre samedi. »")
    assert speaker_of(said(text), "On a perdu tous nos duels. Il faudra se reprendre samedi.",
                      DIRECT_QUOTE) == {"Julien Moreau"}


def test_a_noun_phrase_right_after_a_reporting_verb_is_no_direct_quote():
    text = "La députée Anne Castel a dénoncé « Une réforme qui va vider les campagnes » devant l'Assemblée."
    assert not speaker_of(said(text), "Une réforme qui va vider les campagnes", DIRECT_QUOTE)

