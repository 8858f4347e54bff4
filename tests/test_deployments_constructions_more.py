"""More constructions of troop figures met in news beyond the seeds (issue 15):
who claims them, and figures whose troop noun is implied. Sentences written
for these tests, one per construction."""
from __future__ import annotations

from conftest import claimants, extracted, found


def deployments(text):
    return extracted(text).deployments


# --- claimants -----------------------------------------------------------------------


def test_a_quoting_verb_claims_the_figure_its_quote_holds():
    text = ("Le député Bastien Roullier a fustigé une loi « écrite pour l'Otan », dénonçant le maintien "
            "de « près de 2 000 soldats français en Roumanie ».")
    assert claimants(text) == ["person/bastien-roullier"]


def test_a_quoting_verb_beside_the_figure_claims_nothing():
    text = ("Otan : plus de 9 000 militaires en exercice dans les pays baltes, Moscou dénonce une "
            "« provocation »\n\nL'exercice a commencé lundi.")
    assert claimants(text) == [None]


def test_repondre_que_reports_a_figure():
    text = ("Le ministre Gilles Aubertin-Roche a répondu que ce contingent serait « ramené à environ "
            "1 300 militaires à l'été ».")
    assert claimants(text) == ["person/gilles-aubertin-roche"]


# --- figures -------------------------------------------------------------------------


def test_troops_coordinated_after_a_death_toll_are_a_figure_of_their_own():
    text = ("Le général Nabil Abdelrahim a parlé. Selon lui, « plus de 300 combattants ennemis » ont été "
            "tués et quelque 7.000 hommes des FSR étaient massés autour de Bara.")
    assert [(d.troops_min, d.status) for d in deployments(text)] == [(7000, "Deployed")]


def test_people_of_a_country_among_blue_helmets_are_troops():
    text = "La Finul compte quelque 10 000 casques bleus, issus de quarante-huit pays, dont environ 1.000 Italiens et 800 Français."
    assert [(lo, origin) for lo, _, origin, _, _ in found(text)] == [
        (10000, None), (1000, "country/IT"), (800, "country/FR")]


def test_specialist_troop_nouns_count():
    for text, figure in [("Un bataillon d'environ 800 chasseurs alpins partira pour la Roumanie.", 800),
                         ("La capitaine commande une quarantaine de démineurs belges déployés au Liban.", 40),
                         ("Le Nigeria a envoyé environ 150 fusiliers marins au large d'Abidjan.", 150)]:
        assert [lo for lo, *_ in found(text)] == [figure], text


def test_a_weak_troop_noun_of_a_force_counts_without_troops_around():
    text = "Ottawa enverra une vingtaine d'agents de la Gendarmerie royale du Canada pour former la police haïtienne."
    assert [lo for lo, *_ in found(text)] == [20]


def test_a_weak_noun_of_no_force_needs_troops_around():
    assert found("Le club compte une vingtaine de membres du conseil d'administration.") == []
