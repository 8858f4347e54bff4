"""Who said what: partial quotes and the speakers of quotations, constructions of session 12 (issue 14).

A reporting verb the parser takes for a noun, an adverb or an auxiliary; a
quotation coordinated with the one before it; verbs of mocking and praising
that govern a quotation; a mood adjunct closing an attribution slipped inside
the marks; a quoted predicate before an inverted attribution. Sentences are written for each
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





def test_mood_adjunct_closes_an_attribution_inside_the_marks():
    text = ("La skieuse Romane Pellissier a gagné.\n\n"
            "« J'ai tout donné, a-t-elle lâché au micro, encore essoufflée. Je n'en reviens pas. »")
    found = said(text)
    assert speaker_of(found, "J'ai tout donné", DIRECT_QUOTE) == {"Romane Pellissier"}
    assert speaker_of(found, "Je n'en reviens pas.", DIRECT_QUOTE) == {"Romane Pellissier"}


def test_quoted_predicate_with_its_subject_outside_before_an_inversion_is_a_direct_quote():
    # gold convention (tests/gold/README.md): the marks hold the whole predicate, an inverted attribution follows
    found = said("La députée Nora Vidal a pris la parole. Cette réforme « s’écroule sous ses propres "
                 "contradictions », a-t-elle ironisé.")
    assert speaker_of(found, "s’écroule sous ses propres contradictions", DIRECT_QUOTE) == {"Nora Vidal"}
    assert not [q for _, kind, q in found if kind == INDIRECT_SPEECH]


def test_quoted_fragment_after_words_outside_the_marks_stays_partial_before_an_inversion():
    found = said("Des chiffres « sans fondement », a rétorqué Nora Vidal.")
    assert speaker_of(found, "sans fondement", PARTIAL_QUOTE) == {"Nora Vidal"}


def test_bare_participle_after_et_shares_the_subject_of_the_compound_verb_before_it():
    # the parser hangs "promis" on the verb inside the first quotation ("s'en prennent")
    found = said("Le ministre délégué aux Transports, Paul Ravel, a dénoncé sur le réseau social X \"des vandales "
                 "qui s'en prennent aux plus modestes\" et promis \"un remboursement intégral\" de l'État.")
    assert speaker_of(found, "un remboursement intégral", PARTIAL_QUOTE) == {"Paul Ravel"}


def test_organisation_noun_followed_by_its_own_name_is_no_earlier_organisation():
    # "Zorgnet-Icuro" is no known organisation: the phrase names its own body, not the party named before
    found = said("Le PS a dénoncé la réforme. Côté flamand, la fédération hospitalière Zorgnet-Icuro a salué "
                 "des mesures « qui vont dans le bon sens ».")
    assert not speaker_of(found, "qui vont dans le bon sens")


def test_selon_pronoun_right_before_a_quotation_inside_the_object_is_the_subjects():
    # "selon elle" without a comma before it, right before the marks: no trailing source reading the
    # sentence before it as content (which hid the subject from the pronoun)
    found = said("« Nous sommes dans les clous », a insisté Corinne Vidal devant l'assemblée.\n"
                 "Côté Les Écologistes, Sandrine Marty a regretté un budget conçu selon elle « dans l'urgence » "
                 "et sans concertation avec les communes.")
    assert speaker_of(found, "dans l'urgence", PARTIAL_QUOTE) == {"Sandrine Marty"}


def test_surname_with_a_particle_after_a_comma_in_a_title_is_the_subject():
    # the parser makes the club the subject and hangs "Le Floch" on it in apposition
    found = said("National : le Stade lavallois renverse Nancy, Le Floch savoure \"une réaction de caractère\"\n\n"
                 "Mené à la pause, Laval s'est imposé. L'entraîneur Pierre Le Floch était ravi.")
    assert speaker_of(found, "une réaction de caractère", PARTIAL_QUOTE) == {"Pierre Le Floch"}


def test_quotation_on_a_participle_modifying_the_reported_object_is_the_reporters():
    found = said("Athènes conteste ce bilan. Le ministère grec de la Marine évoque «environ 3 000 marins» déployés "
                 "en mer Égée, «à la demande des îles concernées».")
    assert speaker_of(found, "à la demande des îles concernées", PARTIAL_QUOTE) == {"Ministère grec de la Marine"}
