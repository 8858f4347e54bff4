"""The gazetteer: countries from pycountry plus the documented data files."""
from __future__ import annotations

import re

import pytest

from kg.gazetteer import inflect, load_gazetteer, pycountry_names, read_table, territory_states
from kg.records import COUNTRY, ORGANIZATION, PERSON, PLACE


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_every_iso_country_is_known_with_its_french_name(gaz):
    countries = [k for k in gaz.entities.values() if k.kind == COUNTRY]
    assert len(countries) + len(territory_states()) >= 240
    # a dependent territory (kg/data/territories.tsv) is a place of its state
    assert gaz.lookup("La Réunion").kind == PLACE and gaz.lookup("Réunion").located_in == "country/FR"
    assert gaz.lookup("Groenland").located_in == "country/DK" and "country/NC" not in gaz.entities
    assert gaz.entities["country/FR"].label == "France"
    assert gaz.entities["country/DE"].label == "Allemagne"
    # pycountry's formal "Corée, République populaire démocratique de" is not used as label
    assert all("," not in k.label for k in countries)


def test_pycountry_common_names_become_labels():
    names = pycountry_names()
    assert names["KP"][0] == "Corée du Nord"
    assert names["KR"][0] == "Corée du Sud"
    assert names["LA"][0] == "Laos"


@pytest.mark.parametrize("name, code", [
    ("États-Unis", "US"), ("Etats-Unis", "US"), ("Royaume-Uni", "GB"), ("Russie", "RU"),
    ("Corée du Nord", "KP"), ("Corée du Sud", "KR"), ("Biélorussie", "BY"), ("Syrie", "SY"),
])
def test_short_forms_name_the_country(gaz, name, code):
    assert gaz.lookup(name).key == f"country/{code}"


@pytest.mark.parametrize("code, qid", [
    ("US", "Q30"), ("RU", "Q159"), ("UA", "Q212"), ("KP", "Q423"), ("KR", "Q884"),
    ("CN", "Q148"), ("FR", "Q142"), ("GB", "Q145"), ("DE", "Q183"), ("IR", "Q794"),
])
def test_main_countries_link_to_wikidata(gaz, code, qid):
    assert gaz.entities[f"country/{code}"].wikidata == qid


def test_every_iso_country_and_territory_links_to_wikidata(gaz):
    unlinked = [k.key for k in gaz.entities.values() if k.kind == COUNTRY and not k.wikidata]
    assert unlinked == ["country/AQ"]  # Antarctica: a continent, no state
    assert gaz.lookup("Nouvelle-Calédonie").wikidata == "Q33788"  # a territory is a place


@pytest.mark.parametrize("form, code", [
    ("nord-coréen", "KP"), ("nord-coréenne", "KP"), ("nord-coréens", "KP"),
    ("Nord-Coréennes", "KP"), ("sud-coréen", "KR"), ("sud-coréennes", "KR"),
    ("américain", "US"), ("américaines", "US"), ("russe", "RU"), ("Russes", "RU"),
    ("ukrainien", "UA"), ("ukrainiennes", "UA"), ("britannique", "GB"),
    ("française", "FR"), ("turque", "TR"), ("malienne", "ML"),
])
def test_demonyms_in_every_gender_and_number_name_their_country(gaz, form, code):
    assert gaz.country_of(form) == f"country/{code}"


def test_inflect_derives_feminine_and_plural():
    assert inflect("ukrainien") == ["ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"]
    assert inflect("américain") == ["américain", "américaine", "américains", "américaines"]
    assert inflect("russe") == ["russe", "russes"]
    assert inflect("français") == ["français", "française", "françaises"]


def test_capitals_and_seats_of_power_stand_for_an_actor(gaz):
    assert gaz.lookup("Moscou").stands_for == "country/RU"
    assert gaz.lookup("Kyiv").key == gaz.lookup("Kiev").key
    assert gaz.lookup("Kiev").stands_for == "country/UA"
    assert gaz.lookup("Bruxelles").stands_for == "org/commission-europeenne"  # "Bruxelles a proposé"


def test_plain_places_are_located_in_their_country_and_never_actors(gaz):
    kursk = gaz.lookup("Kursk")
    assert kursk.key == gaz.lookup("Koursk").key and kursk.kind == PLACE
    assert kursk.located_in == "country/RU" and kursk.stands_for is None


def test_seats_of_power_that_are_organisations_belong_to_their_country(gaz):
    for name in ("Maison Blanche", "Pentagone", "Département d'État"):
        known = gaz.lookup(name)
        assert known.kind == ORGANIZATION and known.affiliations == ("country/US",)
    for name, code in (("Kremlin", "RU"), ("Élysée", "FR"), ("Matignon", "FR")):
        known = gaz.lookup(name)
        assert known.kind == ORGANIZATION and known.affiliations == (f"country/{code}",)


@pytest.mark.parametrize("alias", ["Zelensky", "Zelenskyy", "Zelenski", "Volodymyr Zelenskyy"])
def test_spellings_of_a_known_person_share_one_key(gaz, alias):
    known = gaz.lookup(alias)
    assert known.key == "person/volodymyr-zelensky" and known.kind == PERSON
    assert known.wikidata == "Q3874799"


def test_organisation_spellings_share_one_key(gaz):
    assert {gaz.lookup(n).key for n in ("Otan", "OTAN", "NATO")} == {"org/otan"}
    assert gaz.lookup("UE").key == gaz.lookup("Union européenne").key == "org/ue"


def test_data_files_are_well_formed(gaz):
    qid = re.compile(r"^Q[1-9][0-9]*$")
    for row in read_table("known_entities.tsv"):
        assert row[0].startswith(("org/", "person/")), row
        if len(row) > 3 and row[3]:
            assert qid.match(row[3]), row
    for known in gaz.entities.values():
        assert known.wikidata is None or qid.match(known.wikidata), known
        for key in (*known.affiliations, known.located_in, known.stands_for):
            assert key is None or key in gaz.entities, (known.key, key)


def test_wikidata_ids_are_not_shared_by_two_entities(gaz):
    seen = {}
    for known in gaz.entities.values():
        if known.wikidata:
            assert known.wikidata not in seen, (known.key, seen.get(known.wikidata))
            seen[known.wikidata] = known.key


def test_title_words_cover_the_usual_offices(gaz):
    assert {"président", "ministre", "secrétaire", "porte-parole", "chef", "chancelier",
            "ambassadeur", "dirigeant", "homologue"} <= gaz.titles


def test_an_old_name_that_towns_of_other_countries_bear_is_no_capitals_own_name():
    from kg.gazetteer import namesake_alias

    assert namesake_alias("Sion")  # Jerusalem's old name, the Swiss town's French one
    assert not namesake_alias("Kigali") and not namesake_alias("Varsovie")


def test_no_two_entities_share_a_wikidata_id():
    from collections import Counter

    from kg.gazetteer import load_gazetteer

    ids = Counter(k.wikidata for k in {k.key: k for k in load_gazetteer().entities.values()}.values() if k.wikidata)
    assert [q for q, n in ids.items() if n > 1] == []
