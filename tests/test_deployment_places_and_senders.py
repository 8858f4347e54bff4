"""Where troops go and whose they are, from constructions any outlet writes:
regions named in French or qualified by a compass word, "y" pointing back to
the place just spoken of, an alliance as the sender, a body whose name holds
its country's demonym, the source's own name, relieved troops, and figures
that someone "évoque" or "parle de". Sentences written for these tests."""
from __future__ import annotations

from kg.pipeline import extract
from kg.reading import make_article
from kg.subdivisions import region_country


def deployments(text):
    return extract(make_article(id="t", text=text, source="test")).deployments


def test_a_region_known_only_by_its_french_name_gives_its_country():
    assert region_country("Agadès") == "country/NE"  # ISO 3166-2 has "Agadez"
    assert region_country("Tombouctou") == "country/ML"


def test_a_region_qualified_by_a_compass_word_lies_in_the_country_of_the_name_it_qualifies():
    [d] = deployments("Quelque 600 soldats irlandais sont déployés au Sud-Liban.")
    assert (d.origin, d.destination) == ("country/IE", "country/LB")
    [d] = deployments("Quelque 600 soldats français sont déployés dans le Nord-Mali.")
    assert d.destination == "country/ML"


def test_y_sends_troops_where_the_figure_before_was():
    first, second = deployments("L'Allemagne stationne 4 800 soldats en Lituanie. Selon la presse, Berlin "
                                "envisagerait d'y envoyer 1 000 militaires supplémentaires d'ici 2028.")
    assert first.destination == second.destination == "country/LT"


def test_troops_an_alliance_masses_are_of_no_single_origin_whoever_claims_them():
    [d] = deployments("Selon le ministère russe de la Défense, l'Otan aurait massé plus de 30 000 hommes "
                      "en Pologne.")
    assert d.origin is None and d.claimant is not None


def test_a_body_whose_name_holds_a_demonym_sends_that_countrys_troops():
    [d] = deployments("L'Armée nationale tchadienne a déployé environ 3 000 soldats au Soudan.")
    assert (d.origin, d.destination) == ("country/TD", "country/SD")


def test_relieved_troops_are_deployed_and_the_relief_planned():
    relief, relieved = deployments("Un détachement de 250 militaires belges relèvera en janvier les 300 "
                                   "hommes du bataillon déployé en Roumanie.")
    assert (relief.status, relieved.status) == ("Planned", "Deployed")
    [replaced] = deployments("Les 400 soldats italiens seront remplacés en mars par une compagnie danoise.")
    assert replaced.status == "Deployed"


def test_a_figure_someone_evokes_or_speaks_of_is_claimed_by_them():
    [d] = deployments("Moscou évoque de son côté un millier d'instructeurs au Mali.")
    assert d.claimant == "country/RU"
    [d] = deployments("Le Soudan parle de 7 000 soldats tchadiens massés à la frontière.")
    assert d.claimant == "country/SD"


def test_the_total_of_a_joint_body_has_no_one_origin():
    *_, total = deployments("Quelque 250 Belges ont rejoint le groupement multinational en Lituanie, portant "
                            "le total du groupement à environ 3 600.")
    assert total.troops_min == 3600 and total.origin is None
    *_, total = deployments("Un deuxième contingent de 400 policiers kényans est arrivé en Haïti. Ce renfort "
                            "porte à environ 1 200 l'effectif de la mission.")
    assert total.troops_min == 1200 and total.origin is None


def test_a_total_after_figures_of_several_countries_has_no_one_origin():
    found = deployments("Un premier bataillon burkinabè d'environ 800 hommes est arrivé à Ménaka. Il sera "
                        "rejoint par 1 300 soldats nigériens, portant le total à environ 5 000.")
    assert found[-1].troops_min == 5000 and found[-1].origin is None
    *_, alone = deployments("La France va déployer 1 200 militaires en Roumanie, portant le total à environ 3 000.")
    assert alone.origin == "country/FR"


def test_several_countries_troops_take_no_destination_from_another_paragraph():
    *_, joint = deployments("L'Allemagne stationne 4 800 soldats en Lituanie.\n\nLes alliés préparent un "
                            "exercice en Roumanie et en Bulgarie. Il mobilisera plus de 10 000 soldats de "
                            "neuf pays.")
    assert joint.troops_min == 10000 and (joint.origin, joint.destination) == (None, None)


def test_a_vote_count_after_a_troop_figure_is_no_deployment():
    found = deployments("Sa proposition de réduire l'effectif à 3000 militaires a été rejetée par 128 voix contre 61.")
    assert [d.troops_min for d in found] == [3000]
    found = deployments("La mission comptait près de 11 000 militaires au 1er novembre, contre plus de 14 000 "
                        "un an plus tôt.")
    assert [d.troops_min for d in found] == [11000, 14000]


def test_a_few_persons_named_as_men_make_no_troop_context():
    found = deployments("Pour la cheffe du parti, les deux hommes font du théâtre. Elle a rappelé que 9 200 "
                        "personnes attendaient une place.")
    assert found == []


def test_the_country_that_hosts_or_receives_troops_is_where_they_are():
    [d] = deployments("La Pologne, qui accueille déjà environ 10 000 militaires américains, a exclu "
                      "d'envoyer ses propres troupes en Ukraine.")
    assert (d.origin, d.destination, d.status) == ("country/US", "country/PL", "Deployed")
    [d] = deployments("Le Liban recevra 500 soldats italiens supplémentaires.")
    assert d.destination == "country/LB"


def test_members_of_a_named_force_are_troops_of_its_country_and_an_unnamed_source_claims_them():
    [d] = deployments("D'après des sources sécuritaires, quelque 2.500 membres de l'Africa Corps, la "
                      "structure qui a succédé au groupe Wagner, sont toujours présents au Mali.")
    assert (d.troops_min, d.origin, d.destination) == (2500, "country/RU", "country/ML")
    assert d.claimant is not None  # "des sources sécuritaires": a node that says so, not a lost claim
    assert deployments("Quelque 300 membres du corps médical sont mobilisés.") == []


def test_people_who_leave_their_homes_are_displaced_civilians_not_troops():
    found = deployments("Les militaires vont nous aider. Selon la ministre, près de 4000 personnes ont dû "
                        "quitter leur domicile.")
    assert found == []
    found = deployments("Les soldats patrouillent. Plus de 40 000 personnes ont fui leurs villages depuis janvier.")
    assert found == []


def test_troops_of_several_demonyms_have_no_one_origin():
    [d] = deployments("Quelque 16.000 militaires philippins, américains et japonais participent à "
                      "l'exercice aux Philippines.")
    assert (d.origin, d.destination) == (None, "country/PH")
    [d] = deployments("Selon Vilnius, environ 30.000 soldats russes et biélorusses sont massés en Biélorussie.")
    assert d.origin is None
    [d] = deployments("Près de 300 soldats russes et leurs véhicules sont arrivés au Mali.")
    assert d.origin == "country/RU"


def test_troops_massed_along_a_border_get_no_destination_from_a_region_beyond_it():
    [d] = deployments("L'Arménie a accusé l'Azerbaïdjan d'avoir massé près de 9.000 soldats le long de la "
                      "frontière, dans la région de Syunik.")
    assert d.destination is None


def test_several_countries_troops_take_the_usual_destination_when_nothing_else_is_named_around():
    *_, joint = deployments("L'Allemagne stationne 4 800 soldats en Lituanie.\n\nLa brigade a participé à "
                            "l'exercice aux côtés de 3.500 soldats de huit pays de l'Otan, près de la "
                            "frontière bélarusse.")
    assert joint.troops_min == 3500 and joint.destination == "country/LT"
