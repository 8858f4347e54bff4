"""Places named by a feature noun and a name, on sentences of our own: "le lac
Tana", "le refuge de la Brèche", "l'aéroport de Bamako" (Bamako, a place)."""
from __future__ import annotations

from kg.extract.entities.filters import common_word
from kg.nlp import load_nlp
from kg.records import PLACE

from conftest import extracted as run


def places(rec):
    return {e.label for e in rec.entities if e.kind == PLACE}


def test_a_feature_noun_followed_by_its_name_names_the_feature():
    rec = run("Les eaux du lac Tana montent, a dit Paul Roy. La rivière Saguenay déborde près de la station Bastille.")
    assert {"Lac Tana", "Rivière Saguenay", "Station Bastille"} <= places(rec)


def test_a_feature_whose_complement_has_an_article_keeps_it():
    rec = run("Les randonneurs ont dormi au refuge de la Brèche avant l'orage, selon les secours.")
    assert "Refuge de la Brèche" in places(rec)


def test_an_airport_of_a_capital_names_the_city_as_a_place():
    rec = run("Le ministre a parlé à l'aéroport de Bamako, puis à l'aéroport Félix-Houphouët-Boigny.")
    assert {"Bamako", "Aéroport Félix-Houphouët-Boigny"} <= places(rec)
    assert "Mali" not in {e.label for e in rec.entities}


def test_a_camp_named_after_its_site_is_that_site():
    rec = run("Les artilleurs s'entraînent au camp de Mourmelon depuis lundi.")
    assert "Mourmelon" in places(rec) and not any(label.startswith("Camp") for label in places(rec))


def test_a_plural_the_lemmatizer_lacks_is_a_common_word_but_a_town_in_the_plural_is_not():
    doc = load_nlp()("Fusillades à Lyon : les militaires reviennent.")
    assert common_word("fusillades", doc) and common_word("urgences", doc)
    assert not common_word("tours", doc) and not common_word("cannes", doc) and not common_word("alpes", doc)


def test_a_capital_in_the_streets_is_the_city_not_its_government():
    rec = run("Le déploiement de 700 militaires dans les rues de Bruxelles était sur la table, selon Luc Wauters.")
    assert "Bruxelles" in places(rec)
    assert not {m.entity for m in rec.mentions} & {"org/commission-europeenne", "country/BE"}


def test_a_town_inside_a_hyphenated_name_is_no_mention_but_two_countries_paired_are():
    rec = run("La porte-parole de la zone Bruxelles-Midi, Sarah Lamine, a parlé avant le match Sénégal-Mauritanie.")
    mentioned = {m.text for m in rec.mentions}
    assert "Bruxelles" not in mentioned and {"Sénégal", "Mauritanie"} <= mentioned


def test_a_sea_or_a_range_named_without_its_noun_is_a_place():
    rec = run("Stockholm accuse Moscou de menacer la Baltique. Des soldats campent sur les pentes de "
              "l'Himalaya, selon le ministre suédois.")
    assert {"Mer Baltique", "Himalaya"} <= places(rec)
