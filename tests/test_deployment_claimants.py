"""Who claims a troop figure: unnamed sources with a nationality, indefinite
sources that are nobody named before, and, when the figure's own sentence
names nobody, the sentence before it in the paragraph when that one reports
what someone said (issue 15: claimants that are not persons, paragraph-wide
claims)."""
from __future__ import annotations

from conftest import claimants, found


def test_a_figure_after_an_attributed_sentence_of_its_paragraph_is_claimed_by_its_source():
    text = ("Les soldats appuieront la gendarmerie pendant le sommet, indique le ministère autrichien "
            "de la Défense dans un communiqué. L'effectif est fixé à 1 200 militaires.")
    [claimant] = claimants(text)
    assert claimant is not None and claimant.startswith("org/")


def test_a_figure_after_a_quotation_is_in_the_articles_own_voice():
    text = "« Nous tenons », a déclaré le ministre Jean Dupont. Quelque 300 soldats sont arrivés à Gao."
    assert claimants(text) == [None]


def test_a_figure_opening_a_new_paragraph_does_not_take_the_claim_before():
    text = ("Les soldats appuieront la gendarmerie, indique le ministère autrichien de la Défense.\n"
            "Quelque 1 200 militaires seront mobilisés.")
    assert claimants(text) == [None]


def test_a_figure_after_a_sentence_with_its_own_figure_keeps_its_own_voice():
    text = ("Quelque 300 soldats appuieront la gendarmerie, indique le ministère autrichien de la Défense. "
            "Environ 1 200 militaires sont déjà sur place.")
    assert claimants(text)[1] is None


def test_a_sentence_before_with_a_claim_word_but_no_reported_speech_gives_no_claimant():
    text = ("Dans la forêt, les blindés du 2e régiment de hussards avancent au pas. Ils font partie d'un "
            "ensemble de quelque 2 400 militaires français engagés dans l'exercice.")
    assert claimants(text) == [None]


def test_an_unnamed_source_with_a_nationality_claims_for_its_country():
    [(_, _, origin, _, claimant)] = found(
        "Selon des sources sécuritaires marocaines, 2 000 soldats algériens sont massés à la frontière.")
    assert (origin, claimant) == ("country/DZ", "country/MA")


def test_an_unnamed_source_with_no_nationality_claims_for_no_country():
    [(*_, claimant)] = found(
        "Selon des sources proches du dossier, 2 000 soldats algériens sont massés à la frontière.")
    assert claimant is None or not claimant.startswith("country/")


def test_de_sources_with_a_nationality_names_the_claimant_country():
    [(*_, claimant)] = found(
        "De sources sécuritaires tunisiennes, l'armée libyenne aurait massé près de deux mille hommes.")
    assert claimant == "country/TN"


def test_an_indefinite_unnamed_source_is_not_the_person_named_before():
    text = ("Le général Marc Dubois commande la mission. « Nous tenons », a-t-il dit.\n"
            "Selon un responsable militaire israélien, le Hezbollah disposerait encore de plusieurs milliers "
            "de combattants.")
    [(*_, claimant)] = found(text)
    assert claimant == "country/IL"
    text = ("Le général Marc Dubois commande la mission.\nSelon un diplomate caribéen, moins d'un millier "
            "de policiers et militaires étrangers sont présents en Haïti.")
    [(*_, claimant)] = found(text)
    assert claimant != "person/marc-dubois"


def test_who_commits_itself_to_a_troop_level_claims_it_but_a_sender_does_not():
    [(*_, claimant)] = found(
        "Le Ghana s'est engagé à porter à 1 500 hommes son contingent au Liban.")
    assert claimant == "country/GH"
    [(*_, claimant)] = found("Le Ghana a engagé 1 500 soldats au Liban.")
    assert claimant is None
