"""Issue 15, on sentences of our own: a capital measured or oriented from is a
place, a region named by a country and a point of the compass is a place, the
model's "province du X" keeps X, "la Défense" alone is a defence ministry, and
"les forces de défense X" are X's armed forces."""
from __future__ import annotations

from kg.pipeline import extract
from kg.records import COUNTRY, ORGANIZATION, PLACE, Article


def run(text):
    return extract(Article(id="t", text=text, source="test"))


def mentioned(rec, key):
    return [m.text for m in rec.mentions if m.entity == key]


def test_a_capital_a_distance_is_measured_from_is_the_city():
    rec = run("Les renforts sont arrivés à Tartu, à une centaine de kilomètres de Riga, a indiqué "
              "mardi le ministère. Riga a salué leur venue.")
    assert mentioned(rec, "place/riga") == ["Riga"]
    assert mentioned(rec, "country/LV") == ["Riga"]  # the second one, its government


def test_a_capital_south_of_which_troops_stand_is_the_city():
    rec = run("Quelque 900 soldats sont stationnés au sud de Vilnius depuis juin, selon l'état-major.")
    assert mentioned(rec, "place/vilnius") == ["Vilnius"]
    assert not mentioned(rec, "country/LT")


def test_a_capital_opening_the_next_clause_is_no_item_of_a_list_of_places():
    rec = run("Riga : 200 soldats danois relevés à Adazi, Copenhague promet de rester.")
    assert mentioned(rec, "country/DK")[-1] == "Copenhague"
    assert not mentioned(rec, "place/copenhague")


def test_capitals_listed_with_towns_stay_places():
    rec = run("Bruxelles, Liège et Charleroi seraient les gares les plus touchées par la grève.")
    assert mentioned(rec, "place/bruxelles") == ["Bruxelles"]


def test_a_country_joined_to_a_point_of_the_compass_is_a_region_not_the_country():
    rec = run("Une patrouille a été visée près de Naqoura, au Liban-Sud, dimanche. Le Liban a protesté.")
    assert "Liban-Sud" in {e.label for e in rec.entities if e.kind == PLACE}
    assert mentioned(rec, "country/LB") == ["Liban"]


def test_the_province_the_model_opens_with_its_noun_keeps_its_name():
    rec = run("Le Tchad a déployé 3.000 militaires le long de la frontière, dans la province du Ouaddaï, "
              "a annoncé samedi son porte-parole.")
    assert "Ouaddaï" in {e.label for e in rec.entities if e.kind == PLACE}


def test_la_defense_alone_is_the_defence_ministry_of_the_story_s_country():
    rec = run("Bruxelles, le 3 mars. La Défense enverra 300 militaires belges supplémentaires à Cincu, "
              "en Roumanie, d'ici juin, a confirmé le ministre de la Défense, Pieter Claes. La Belgique "
              "l'avait promis à l'Otan, et la Belgique tiendra parole.")
    ministry = [e for e in rec.entities if e.key == "org/defense-belge-be"]
    assert ministry and ministry[0].kind == ORGANIZATION and ministry[0].affiliations == ["country/BE"]
    assert mentioned(rec, "org/defense-belge-be") == ["Défense"]  # not the title's "Défense"
    assert not any(e.key == "place/la-defense" for e in rec.entities)


def test_la_defense_as_a_place_stays_the_district():
    rec = run("Les bureaux de Valmont sont installés à La Défense depuis 2019, a indiqué la société.")
    assert not any(e.key.startswith("org/defense") for e in rec.entities)


def test_the_act_of_defending_is_no_ministry():
    rec = run("La défense du Liban est assurée par l'armée libanaise, a rappelé le Liban.")
    assert not any(e.key.startswith("org/defense") for e in rec.entities)


def test_defence_forces_with_a_demonym_are_that_country_s_armed_forces():
    rec = run("Les forces de défense lettones ont mobilisé 2 000 réservistes pour l'exercice.")
    armed = [e for e in rec.entities if e.key == "org/armee-lv"]
    assert armed and armed[0].affiliations == ["country/LV"]
    assert "country/LV" in {e.key for e in rec.entities if e.kind == COUNTRY}


def test_a_city_after_a_in_a_match_report_naming_its_club_is_the_club():
    rec = run("Ligue 1 : Brest arrache le nul à Lorient. Le FC Lorient menait 2-0 à la pause, mais le "
              "Stade brestois a égalisé en fin de match. Au classement, Brest reste 9e.")
    assert mentioned(rec, "org/fc-lorient") == ["Lorient", "FC Lorient"]
    assert not any(e.key == "place/lorient" for e in rec.entities)


def test_a_city_after_a_in_a_match_report_without_its_club_stays_the_city():
    rec = run("Le Stade brestois a battu Angers 2-0 au terme du match. Les Brestois se déplaceront à "
              "Lorient samedi prochain pour le derby du championnat.")
    assert mentioned(rec, "place/lorient") == ["Lorient"]


def test_a_sea_the_gazetteer_names_in_full_is_not_cut_at_its_country():
    rec = run("Mer de Chine méridionale : Manille dénonce une manœuvre. Les garde-côtes ont croisé en "
              "mer de Chine méridionale lundi.")
    assert mentioned(rec, "place/mer-de-chine-meridionale") == ["Mer de Chine méridionale",
                                                                "mer de Chine méridionale"]
    assert not any(e.key == "place/mer-de-chine" for e in rec.entities)


def test_a_competition_named_after_a_country_names_no_country():
    rec = run("Mercredi, Rennes dispute la Coupe de France, puis le Championnat d'Europe se jouera en "
              "Allemagne.")
    assert not mentioned(rec, "country/FR")
    assert not mentioned(rec, "place/europe")
    assert mentioned(rec, "country/DE") == ["Allemagne"]


def test_a_service_acronym_with_its_departement_number_pairs_with_its_name():
    rec = run("Le feu est fixé, a expliqué le colonel Paul Girard, directeur du Service départemental "
              "d'incendie et de secours (Sdis 13), à la caserne. Le Sdis a engagé 400 pompiers.")
    key = "org/service-departemental-d-incendie-et-de-secours"
    assert mentioned(rec, key) == ["Service départemental d'incendie et de secours", "Sdis", "Sdis"]


def test_a_capitalised_word_before_a_units_number_is_part_of_its_name():
    rec = run("Une compagnie du Royal 22e Régiment participe depuis lundi à l'exercice en Norvège.")
    assert mentioned(rec, "org/royal-22e-regiment") == ["Royal 22e Régiment"]


def test_a_unit_named_after_the_word_unite_is_an_organisation():
    rec = run("Quelque 280 militaires de l'unité Hanbit ont quitté mercredi l'aéroport de Séoul. "
              "L'unité nationale est en jeu.")
    units = [e for e in rec.entities if e.kind == ORGANIZATION]
    assert [e.key for e in units] == ["org/unite-hanbit"]


def test_a_bare_mairie_in_a_story_on_one_town_is_that_towns_mairie():
    rec = run("Antibes : le conseil municipal d'Antibes adopte le projet du port. Selon la mairie, "
              "62 % des habitants sont favorables. À Antibes, l'opposition dénonce un passage en force.")
    assert mentioned(rec, "org/mairie-d-antibes") == ["mairie"]


def test_a_bare_prefecture_in_a_story_on_an_overseas_territory_is_its_prefecture():
    rec = run("Guadeloupe : 200 gendarmes en renfort. Les renforts arrivent en Guadeloupe lundi, selon la "
              "préfecture. À Pointe-à-Pitre, le calme est revenu, et la Guadeloupe attend.")
    assert mentioned(rec, "org/prefecture-de-la-guadeloupe") == ["préfecture"]


def test_a_bare_mairie_in_a_story_on_two_towns_stays_unnamed():
    rec = run("Antibes et Menton signent un accord. Selon la mairie, le texte sera voté. Antibes et "
              "Menton partageront les frais.")
    assert not any(e.key.startswith("org/mairie") for e in rec.entities)


def test_an_order_with_a_glued_pronoun_is_no_name():
    rec = run("Ouest Matin Publié le 24/11/2026 à 22h30 Abonnez-vous\n\nTrois heures de débats à Quimper.")
    assert "Abonnez" not in {e.label for e in rec.entities}


def test_a_verb_opening_a_quotation_is_no_name():
    rec = run("Le maire a tranché.\n\n« Revenir dessus aujourd'hui serait trahir leur confiance », a conclu "
              "le maire, Erwan Le Gall.")
    assert "Revenir" not in {e.label for e in rec.entities}


def test_a_town_of_several_countries_is_the_one_where_the_articles_other_places_lie():
    from conftest import extracted
    rec = extracted("Tour : 4 500 gendarmes mobilisés\nLes gendarmes seront déployés à Brest, Morlaix et Quimper, "
                    "dans le Finistère, a annoncé le préfet.")
    brest = next(e for e in rec.entities if e.label == "Brest")
    assert brest.located_in == "country/FR"
    assert "Biélorussie" not in {e.label for e in rec.entities}
