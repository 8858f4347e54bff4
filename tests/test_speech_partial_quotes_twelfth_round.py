"""Who said what: partial quotes and the speakers of quotations, constructions of session 12 (issue 14).

A reporting verb the parser takes for a noun, an adverb or an auxiliary; a
subject the parser hangs on a sentence-opening adverbial; a quotation
coordinated with the one before it; verbs of mocking and praising that govern
a quotation; a name inside a title before the apposed speaker; a subordinate
clause's subject taken for an inverted speaker; a mood adjunct closing an
attribution slipped inside the marks. Sentences are written for each
construction (fictional people); speakers are checked by their entity's label.
"""
from __future__ import annotations

from kg.records import DIRECT_QUOTE, INDIRECT_SPEECH, PARTIAL_QUOTE
from conftest import said, speaker_of


def test_reporting_verb_read_as_a_noun_keeps_its_own_parsed_subject():
    # the parser reads "juge" as an adverb-like noun on "retrait" and keeps the party as its subject
    found = said("Le Mouvement 5 étoiles juge ce retrait « tardif ».")
    assert speaker_of(found, "tardif", PARTIAL_QUOTE) == {"Mouvement 5 étoiles"}


def test_reporting_verb_read_as_a_noun_root_after_an_apposed_name():
    found = said("Le président de la Chambre de commerce, Yacine Amrani, redoute « un gel des investissements » "
                 "et appelle les deux gouvernements à « reprendre le dialogue ».")
    assert speaker_of(found, "un gel des investissements", PARTIAL_QUOTE) == {"Yacine Amrani"}


def test_quotation_coordinated_with_the_one_before_has_the_same_speaker():
    found = said("Le Mouvement 5 étoiles juge ce retrait « tardif » et « improvisé ».")
    assert speaker_of(found, "improvisé", PARTIAL_QUOTE) == {"Mouvement 5 étoiles"}


def test_mistagged_verb_after_a_comma_in_a_headline_is_the_names_right_before():
    # "dément" is read as an adverb and the quotation hung on the first clause's verb
    found = said("Mer Noire : la Roumanie renforce ses patrouilles, Moscou dément toute « provocation »\n\n"
                 "La Russie a réagi.")
    assert speaker_of(found, "provocation", PARTIAL_QUOTE) == {"Russie"}


def test_reporting_verb_read_as_an_auxiliary_after_a_kicker_is_the_names():
    found = said("Pêche : Paris juge le quota « irréaliste », Bruxelles maintient sa proposition\n\n"
                 "La France et la Commission européenne négocient.")
    assert speaker_of(found, "irréaliste", PARTIAL_QUOTE) == {"France"}


def test_subject_hung_on_a_sentence_opening_place_speaks():
    # the parser reads "le commissaire" as coordinated with "Bruxelles" and leaves the verb no subject
    found = said("À Bruxelles, le commissaire au Climat, Lars Vinter, a défendu des « objectifs sans précédent » "
                 "pour l'industrie.")
    assert speaker_of(found, "objectifs sans précédent", PARTIAL_QUOTE) == {"Lars Vinter"}


def test_ironiser_sur_governs_the_quotation_in_its_object():
    found = said("Le député Rémi Castagnet a ironisé sur une majorité « qui découvre la ruralité "
                 "à chaque élection ».")
    assert speaker_of(found, "qui découvre la ruralité à chaque élection", PARTIAL_QUOTE) == {"Rémi Castagnet"}


def test_ironiser_still_attributes_only_after_a_quote_when_no_quotation_follows():
    found = said("« Le dossier avance », a ironisé Rémi Castagnet.")
    assert speaker_of(found, "Le dossier avance", DIRECT_QUOTE) == {"Rémi Castagnet"}
    assert said("Rémi Castagnet a ironisé sur la météo.") == []


def test_feliciter_governs_a_quotation_on_its_object():
    found = said("La maire de Brest, Odile Kervella, a félicité une équipe qui « a tenu jusqu'au bout ».")
    assert speaker_of(found, "a tenu jusqu'au bout", PARTIAL_QUOTE) == {"Odile Kervella"}


def test_name_completing_the_title_does_not_speak_for_the_apposed_name():
    found = said("Le frère du président Anatole Varin, Clément Varin, a qualifié le projet de « folie ».")
    assert speaker_of(found, "folie", PARTIAL_QUOTE) == {"Clément Varin"}


def test_subject_of_a_si_clause_after_the_verb_is_no_inverted_speaker():
    text = ("Bamako, en revanche, a dénoncé par la voix de son ministre de l'Intérieur, Malik Sarr, la présence "
            "\"persistante\" de 50 gardes dans le nord.\n\n"
            "La ministre sénégalaise de la Santé, Awa Ndiaye, avait promis en mai de recruter jusqu'à 300 "
            "infirmiers si le Conseil des ministres relevait le plafond du budget. \"Nous tenons parole\", "
            "a-t-elle insisté lundi.")
    found = said(text)
    assert speaker_of(found, "Nous tenons parole", DIRECT_QUOTE) == {"Awa Ndiaye"}
    assert not any(quote.startswith("La ministre") for _, kind, quote in found if kind == INDIRECT_SPEECH)


def test_la_laureate_is_the_woman_named_before_not_a_man_introduced_with_a_masculine_noun():
    # "le réalisateur norvégien Sigve X": the determiner tells his gender when the first name does not
    text = ("Pour la première fois depuis 2015, la Coupe d’or du Festival du film de Tanger (FFT) revient à une "
            "cinéaste marocaine. Salma Idrissi, 38 ans, a été sacrée samedi soir pour « Les Vents d’Essaouira », "
            "chronique d’une famille de potiers.\n\n"
            "Le président du jury, le réalisateur norvégien Sigve Ekdahl, a salué « un film d’une grande pudeur ». "
            "« Nous avons été unanimes », a-t-il ajouté.\n\n"
            "Visiblement émue, la lauréate a dédié son prix à sa grand-mère. « Elle m’a appris à regarder », "
            "a-t-elle confié.")
    assert speaker_of(said(text), "Elle m’a appris à regarder", DIRECT_QUOTE) == {"Salma Idrissi"}


def test_mood_adjunct_closes_an_attribution_inside_the_marks():
    text = ("La skieuse Romane Pellissier a gagné.\n\n"
            "« J'ai tout donné, a-t-elle lâché au micro, encore essoufflée. Je n'en reviens pas. »")
    found = said(text)
    assert speaker_of(found, "J'ai tout donné", DIRECT_QUOTE) == {"Romane Pellissier"}
    assert speaker_of(found, "Je n'en reviens pas.", DIRECT_QUOTE) == {"Romane Pellissier"}
