"""Origin and destination a paragraph or an article states once for several troop figures."""
from __future__ import annotations

from conftest import extracted


def deployments(text):
    records = extracted(text)
    by_key = {e.key: e.label for e in records.entities}
    return [(d.troops_min, by_key.get(d.origin), by_key.get(d.destination)) for d in records.deployments]


def test_a_figure_takes_the_origin_of_the_previous_figure_of_its_paragraph():
    found = deployments(
        "La Suède a envoyé 600 soldats suédois en Lettonie en mars. Un second détachement "
        "d'environ 200 hommes doit les rejoindre à l'automne.")
    assert (200, "Suède", "Lettonie") in found


def test_multinational_troops_take_no_origin_from_the_paragraph():
    found = deployments(
        "La Suède a envoyé 600 soldats suédois en Lettonie en mars. L'exercice réunit au "
        "total 4 000 soldats de onze pays.")
    assert (4000, None, "Lettonie") in found


def test_a_figure_takes_the_destination_most_figures_of_the_article_share():
    found = deployments(
        "La Suède a envoyé 600 soldats suédois en Lettonie en mars.\n"
        "La Norvège a dépêché 300 soldats norvégiens en Lettonie.\n"
        "Le Danemark fournit pour sa part 200 militaires.")
    assert (200, "Danemark", "Lettonie") in found


def test_a_figure_whose_sentence_names_another_country_keeps_its_own_reading():
    found = deployments(
        "La Suède a envoyé 600 soldats suédois en Lettonie en mars.\n"
        "La Lettonie a mobilisé 3 000 réservistes.")
    assert (3000, "Lettonie", None) in found or (3000, None, None) in found


def test_troops_of_a_named_armed_force_come_from_its_country():
    found = deployments("Quelque 5.000 combattants des Forces armées tchadiennes sont massés à Abéché.")
    assert found and found[0][:2] == (5000, "Tchad")


def test_a_number_of_countries_after_a_total_is_no_deployment():
    found = deployments("L'exercice réunit au total 4 000 soldats de onze pays en Lettonie.")
    assert [f[0] for f in found] == [4000]


def test_the_strength_of_forces_stationed_abroad_is_a_deployment():
    found = deployments("Le commandement des forces américaines au Japon, qui compte quelque "
                        "54 000 militaires, a suspendu les exercices.")
    assert [f[0] for f in found] == [54000]
    assert not deployments("L'armée française compte 200 000 militaires d'active.")
