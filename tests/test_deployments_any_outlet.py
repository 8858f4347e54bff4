"""Troop figures as news in general states them (issue 15, second half): missions
whose host is general knowledge, people who serve in an army, figures whose noun
is left out, text without accents, and the traps that are no force."""
from __future__ import annotations

import pytest

from kg.extract.troops.missions import missions_named, one_host, several_countries

from conftest import extracted


def found(text):
    """[(min, max, qualifier, origin, destination, claimant)] of ``text`` as one article."""
    records = extracted(text)
    return [(d.troops_min, d.troops_max, d.qualifier, d.origin, d.destination, d.claimant)
            for d in records.deployments]


def figures(text):
    return [(low, high, qualifier) for low, high, qualifier, *_ in found(text)]


# --- missions: kg/data/missions.tsv ------------------------------------------------


@pytest.mark.parametrize("text, host", [
    ("les casques bleus de la Finul", "country/LB"),
    ("la MINUSCA", "country/CF"),
    ("au sein de la Monusco", "country/CD"),
    ("les soldats de l'opération Sangaris", "country/CF"),
    ("une mission de l'EUTM Mali", "country/ML"),
])
def test_a_named_mission_gives_its_host_country(text, host):
    assert one_host(missions_named(text)) == host


def test_a_common_word_is_no_mission_without_its_operation_head():
    assert missions_named("un aigle survole la base") == set()
    assert one_host(missions_named("l'opération Aigle en Roumanie")) == "country/RO"


def test_un_missions_are_forces_of_several_countries_and_national_operations_are_not():
    assert several_countries(missions_named("la Minusca"))
    assert not several_countries(missions_named("l'opération Sangaris"))


def test_troops_of_a_named_mission_are_sent_to_its_host_country():
    [(_, _, _, origin, destination, _)] = found("La France fournit environ 700 militaires à la Finul.")
    assert (origin, destination) == ("country/FR", "country/LB")


def test_peacekeepers_take_the_host_of_the_one_mission_the_article_names():
    text = ("La Finul ne réduira pas ses effectifs, a assuré son porte-parole.\n"
            "« Nos quelque 10 000 casques bleus resteront », a-t-il ajouté.")
    [(_, _, _, origin, destination, _)] = found(text)
    assert (origin, destination) == (None, "country/LB")


def test_troops_of_a_national_operation_come_from_its_country():
    [(_, _, _, origin, destination, _)] = found(
        "Environ 1 600 militaires de l'opération Sangaris restent déployés.")
    assert (origin, destination) == ("country/FR", "country/CF")


# --- origin ---------------------------------------------------------------------------


def test_the_one_country_acting_before_the_figure_is_its_origin():
    [(_, _, _, origin, _, _)] = found(
        "L'Indonésie, premier contributeur avec un millier de soldats, a demandé une enquête.")
    assert origin == "country/ID"


def test_a_country_after_a_place_preposition_is_no_origin():
    [(_, _, _, origin, destination, _)] = found(
        "En Lituanie, 4 800 soldats sont stationnés près de la frontière avec la Biélorussie.")
    assert origin is None and destination == "country/LT"


def test_joint_forces_have_no_single_origin():
    def origin(text):
        [(_, _, _, key, _, _)] = found(text)
        return key

    assert origin("Ces consultations suivent un exercice naval avec la marine indienne, "
                  "qui a mobilisé environ 600 marins.") == "country/IN"
    assert origin("Ces consultations suivent un exercice naval conjoint avec la marine indienne, "
                  "qui a mobilisé environ 600 marins.") is None


# --- people who serve in an army ---------------------------------------------------------


def test_people_of_a_country_serving_in_an_army_are_troops_sent_to_its_country():
    [(low, _, _, origin, destination, _)] = found(
        "New Delhi a annoncé le rapatriement de 85 Indiens qui servaient dans l'armée russe.")
    assert (low, origin, destination) == (85, "country/IN", "country/RU")


def test_nationals_serving_in_an_army_and_a_part_of_them_are_figures():
    text = ("Le ministère népalais a affirmé que plus de 450 ressortissants népalais servaient "
            "dans l'armée russe. Parmi eux, 20 ont déserté.")
    assert figures(text) == [(450, None, "AtLeast"), (20, 20, "Exact")]


def test_people_of_a_country_beside_a_unit_word_are_troops():
    assert figures("Parallèlement, 250 Belges ont pris la relève au sein du groupement de l'Otan.") == [
        (250, 250, "Exact")]


def test_nationals_without_an_army_in_their_sentence_are_no_troops():
    assert found("Plus de 450 ressortissants népalais ont été évacués par avion.") == []
    assert found("Des centaines de Kényans travaillent dans la construction à Dubaï.") == []


# --- figures whose troop noun is left out ------------------------------------------------


def test_more_of_the_same_troops_are_counted_like_them():
    text = ("La Lituanie forme des soldats ukrainiens : plus de 2.000 d'entre eux y ont été "
            "entraînés, et elle prévoit d'en accueillir 600 autres.")
    assert (600, 600, "Exact") in figures(text)


def test_a_figure_set_against_troops_is_counted_like_them():
    text = "Le renfort portera la présence belge à environ 550 militaires, contre quelque 250 actuellement."
    assert figures(text) == [(550, 550, "About"), (250, 250, "About")]


def test_a_figure_set_against_other_things_is_no_troop_figure():
    text = "L'opération mobilisera 1 500 marins, contre quatre navires aujourd'hui."
    assert figures(text) == [(1500, 1500, "Exact")]


def test_coordinated_figures_share_the_troop_noun():
    text = "Le Ghana et le Sénégal ont annoncé des contingents de 650 et 500 militaires."
    assert figures(text) == [(650, 650, "Exact"), (500, 500, "Exact")]


def test_a_possessive_between_figure_and_troop_noun_is_skipped():
    assert figures("On ne découvre pas par un communiqué que 300 de nos soldats partent.") == [
        (300, 300, "Exact")]


def test_text_without_accents_still_gives_troop_figures():
    text = "Le prefet a mobilise pres de deux cents gardes civils et une centaine de reservistes."
    assert figures(text) == [(200, 200, "About"), (100, 100, "About")]


# --- traps ---------------------------------------------------------------------------


def test_a_few_persons_the_article_names_are_no_force():
    assert found("Pour la cheffe du parti, les deux hommes font du théâtre.") == []


def test_casualties_of_people_serving_in_an_army_are_no_deployment():
    assert found("L'armée russe a confirmé la mort de 48 Népalais tués au front.") == []


# --- a place gives its state; troops at home are their own country's ----------------------


def test_troops_sent_to_a_dependent_territory_are_sent_to_its_state():
    [(_, _, _, origin, destination, _)] = found(
        "L'Australie a envoyé environ 600 soldats australiens en Nouvelle-Calédonie.")
    assert (origin, destination) == ("country/AU", "country/FR")


def test_troops_of_an_article_about_one_country_are_that_countrys_own():
    [(_, _, _, origin, destination, _)] = found(
        "Incendies : la France mobilise ses moyens.\n"
        "Un millier de soldats ont été mobilisés autour de Narbonne.")
    assert (origin, destination) == ("country/FR", None)


def test_an_article_naming_another_country_gives_no_own_origin():
    [(_, _, _, origin, _, _)] = found(
        "Incendies : l'Italie prête deux avions.\n"
        "Un millier de soldats ont été mobilisés autour de Narbonne.")
    assert origin is None


# --- claimant and destination words ------------------------------------------------------


def test_a_description_after_the_reporting_verb_names_the_last_person():
    text = ("Le général Boubacar Touré a annoncé le déploiement de la force.\n"
            "Deux bataillons de 650 soldats chacun arriveront, a précisé l'officier au cours d'une cérémonie.")
    records = extracted(text)
    [d] = records.deployments
    assert d.claimant == "person/boubacar-toure"


def test_a_country_after_a_compass_direction_is_the_destination():
    [(_, _, _, _, destination, _)] = found(
        "Un bataillon burkinabè d'environ 800 hommes est arrivé dans le nord-est du Mali.")
    assert destination == "country/ML"


def test_troops_an_army_reports_in_its_own_country_are_its_own_at_home():
    [(_, _, _, origin, destination, _)] = found(
        "Selon l'armée libanaise, 1 500 soldats supplémentaires sont déployés au Liban, "
        "face à l'armée israélienne.")
    assert (origin, destination) == ("country/LB", None)


def test_a_total_in_a_sentence_about_an_army_is_a_troop_figure():
    text = ("Plus de 450 ressortissants népalais servent dans l'armée russe. Ces recrutements ont "
            "porté le total des étrangers engagés dans l'armée russe à environ 15.000.")
    assert (15000, 15000, "About") in figures(text)
    assert figures("Le budget a porté le total des dépenses de la défense à environ 15.000.") == []


def test_the_actor_of_the_sentence_before_gives_the_origin_in_its_paragraph():
    text = ("L'Allemagne stationne durablement une unité de combat hors de ses frontières. "
            "La brigade, installée près de Vilnius, doit compter à terme 4.800 soldats.")
    [(_, _, _, origin, _, _)] = found(text)
    assert origin == "country/DE"


def test_the_owner_of_a_unit_gives_the_origin():
    [(_, _, _, origin, _, _)] = found(
        "Un bataillon de l'Africa Corps d'environ 800 hommes est stationné près de Gao, "
        "non loin du Niger.")
    assert origin == "country/RU"


def test_troops_of_an_organisation_of_no_known_country_are_not_the_hosts():
    [(_, _, _, origin, _, _)] = found(
        "Un bataillon de la Bundeswehr d'environ 800 hommes est stationné en Lituanie.")
    assert origin is None
