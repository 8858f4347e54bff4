"""Who claims a troop figure, whose troops they are and where they go, in the
constructions news uses beyond the seeds (issue 15). Sentences written for
these tests, one per construction."""
from __future__ import annotations

from conftest import claimants, found


# --- claimants -----------------------------------------------------------------------


def test_selon_a_pronoun_names_the_person_named_before():
    text = ("La ministre Ingrid Solberg-Aas a parlé mardi. Selon elle, 90 militaires norvégiens "
            "supplémentaires pourraient rejoindre la base.")
    assert claimants(text) == ["person/ingrid-solberg-aas"]


def test_selon_a_title_names_the_person_named_before():
    text = ("Le général Aurélien Dufresnoy a parlé. Selon l'officier, ces soldats s'ajoutent aux quelque "
            "700 hommes du contingent tchadien déjà présents.")
    assert claimants(text) == ["person/aurelien-dufresnoy"]


def test_an_inverted_pronoun_after_the_figure_names_the_person_named_before():
    text = ("Le ministre de la Défense, le général Oumarou Sanda, a parlé. Le Tchad fournira un bataillon "
            "de 500 soldats, a-t-il précisé.")
    assert claimants(text) == ["person/oumarou-sanda"]


def test_a_title_as_subject_of_a_claim_verb_names_the_person_named_before():
    text = ("La ministre Carla Bentivoglio a parlé. La ministre a rappelé que les 30 militaires "
            "supplémentaires renforceront surtout le génie.")
    assert claimants(text) == ["person/carla-bentivoglio"]


def test_rappeler_que_reports_a_figure():
    text = "Aurélie Vandamme a parlé. Elle rappelle que les effectifs sont tombés à 4 000 gendarmes."
    assert claimants(text) == ["person/aurelie-vandamme"]


def test_who_pledges_troops_claims_them():
    [(_, _, origin, _, claimant)] = found("Le Nigeria a proposé de fournir un bataillon d'environ 900 soldats.")
    assert claimant == "country/NG" and origin == "country/NG"


# --- origin --------------------------------------------------------------------------


def test_respectively_gives_each_figure_its_country_in_order():
    text = "Le Togo et le Bénin ont annoncé des contingents de 300 et 450 militaires respectivement."
    assert [(low, origin) for low, _, origin, _, _ in found(text)] == [(300, "country/TG"), (450, "country/BJ")]


def test_troops_of_several_countries_take_no_origin_from_their_claimant():
    text = ("Quelque 7 000 soldats de douze pays participent à l'exercice, a indiqué "
            "l'état-major polonais.")
    [(_, _, origin, _, _)] = found(text)
    assert origin is None


def test_troops_on_an_overseas_territory_of_their_own_state_are_at_home():
    text = ("La France lutte contre la dengue.\n"
            "En Guadeloupe, 120 militaires sont déployés depuis lundi contre les moustiques.")
    [(_, _, origin, destination, _)] = found(text)
    assert (origin, destination) == ("country/FR", None)


def test_troops_at_home_on_a_territory_whose_state_is_never_named_have_no_origin():
    # the gold convention: forces at home whose country the article never names have origin null
    text = "En Guadeloupe, 120 militaires sont déployés depuis lundi contre les moustiques."
    [(_, _, origin, destination, _)] = found(text)
    assert (origin, destination) == (None, None)


# --- destination ---------------------------------------------------------------------


def test_where_a_claim_was_made_is_no_destination():
    text = "Le Bénin enverra 300 soldats, a annoncé lundi à Niamey le ministre béninois de la Défense."
    [(_, _, origin, destination, _)] = found(text)
    assert origin == "country/BJ" and destination is None


def test_au_large_de_a_place_is_where_the_troops_are():
    text = "La marine ghanéenne a déployé 200 marins au large de Lomé."
    [(_, _, _, destination, _)] = found(text)
    assert destination == "country/TG"


def test_a_destination_said_once_late_in_the_article_is_not_the_usual_one():
    text = ("La frégate a quitté le port avec 180 marins à son bord.\n\n"
            "Quelque 1 200 marins participent déjà à l'opération.\n\n"
            "Selon la ministre, 30 militaires belges pourraient rejoindre en mai l'état-major à Larissa, "
            "en Grèce.")
    destinations = [destination for _, _, _, destination, _ in found(text)]
    assert destinations[:2] == [None, None]


# --- not deployments -----------------------------------------------------------------


def test_a_death_toll_is_no_deployment():
    assert found("L'embuscade a coûté la vie à 14 soldats maliens, selon l'armée.") == []


def test_kidnapped_sailors_are_no_deployment():
    assert found("Douze marins ont été enlevés au large du Nigeria l'an dernier.") == []
