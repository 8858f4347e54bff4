"""Recognition of people, organisations, countries and places, on sentences of our own."""
from __future__ import annotations

from kg.records import COUNTRY, ORGANIZATION, PERSON, PLACE

from conftest import extracted as run


def entity(rec, key):
    return next((e for e in rec.entities if e.key == key), None)


def mentions(rec, key):
    return [m.text for m in rec.mentions if m.entity == key]


def test_country_names_and_short_forms_are_countries():
    rec = run("Les Etats-Unis et le Royaume-Uni soutiennent l'Ukraine face à la Russie.")
    for code, label in (("US", "États-Unis"), ("GB", "Royaume-Uni"), ("UA", "Ukraine"),
                        ("RU", "Russie")):
        e = entity(rec, f"country/{code}")
        assert e is not None and e.kind == COUNTRY and e.label == label
    assert entity(rec, "country/US").wikidata == "Q30"


def test_demonym_is_a_mention_of_its_country_and_creates_no_person():
    rec = run("Des diplomates sud-coréens ont rencontré des officiers japonais.")
    assert mentions(rec, "country/KR") == ["sud-coréens"]
    assert mentions(rec, "country/JP") == ["japonais"]
    assert not [e for e in rec.entities if e.kind == PERSON]


def test_capital_as_subject_stands_for_its_country():
    rec = run("Pékin a dénoncé mardi les nouvelles sanctions américaines.")
    assert mentions(rec, "country/CN") == ["Pékin"]
    assert entity(rec, "place/pekin") is None


def test_capital_after_selon_stands_for_its_country():
    rec = run("Selon Téhéran, les négociations reprendront la semaine prochaine.")
    assert mentions(rec, "country/IR") == ["Téhéran"]


def test_capital_after_a_locative_preposition_is_a_place():
    rec = run("Le sommet s'est tenu à Berlin, où les dirigeants ont discuté.")
    berlin = entity(rec, "place/berlin")
    assert berlin is not None and berlin.kind == PLACE and berlin.located_in == "country/DE"
    assert entity(rec, "country/DE") is None


def test_from_one_city_to_another_names_places():
    rec = run("Les navires ont navigué de Mourmansk à Vladivostok en octobre.")
    assert entity(rec, "place/vladivostok").located_in == "country/RU"
    # a city GeoNames knows is keyed by its GeoNames name, whatever the spelling
    murmansk = entity(rec, "place/murmansk")
    assert murmansk.label == "Mourmansk" and murmansk.located_in == "country/RU"
    assert murmansk.geonames == 524305


def test_kremlin_white_house_and_pentagon_are_organisations_of_their_state():
    rec = run("Le Kremlin a démenti. Un porte-parole de la Maison Blanche a réagi, "
              "tout comme le Pentagone.")
    assert mentions(rec, "country/RU") == []
    assert entity(rec, "org/kremlin").affiliations == ["country/RU"]
    for key in ("org/kremlin", "org/maison-blanche", "org/pentagone"):
        e = entity(rec, key)
        assert e.kind == ORGANIZATION and len(e.affiliations) == 1


def test_region_named_with_a_demonym_is_located_in_that_country():
    rec = run("Les combats se poursuivent dans la région ukrainienne de Soumy depuis lundi.")
    places = [e for e in rec.entities if e.kind == PLACE]
    assert [(p.label, p.located_in) for p in places] == [("Soumy", "country/UA")]


def test_invented_minister_gets_role_and_affiliation():
    rec = run("La ministre malienne des Mines, Aïssata Koné, a annoncé un nouvel audit.")
    people = [e for e in rec.entities if e.kind == PERSON]
    assert [p.label for p in people] == ["Aïssata Koné"]
    assert people[0].roles == ["ministre malienne des Mines"]
    assert people[0].affiliations == ["country/ML"]
    assert people[0].wikidata is None


def test_title_in_apposition_after_the_name_is_a_role():
    rec = run("Pedro Alvarez, ministre péruvien de l'Intérieur, a démissionné jeudi.")
    person = [e for e in rec.entities if e.kind == PERSON][0]
    assert person.roles == ["ministre péruvien de l'Intérieur"]
    assert person.affiliations == ["country/PE"]


def test_title_naming_an_organisation_gives_that_affiliation():
    rec = run("Le secrétaire général de l'Otan, Mark Rutte, a appelé à la prudence.")
    rutte = entity(rec, "person/mark-rutte")
    assert rutte.roles == ["secrétaire général de l'Otan"]
    assert "org/otan" in rutte.affiliations and rutte.wikidata == "Q57792"


def test_surname_alone_refers_to_the_full_name_met_earlier():
    rec = run("Le président kényan William Ruto a reçu les ministres. "
              "Ruto a ensuite annoncé un accord.")
    people = [e for e in rec.entities if e.kind == PERSON]
    assert len(people) == 1
    assert mentions(rec, people[0].key) == ["William Ruto", "Ruto"]
    assert people[0].affiliations == ["country/KE"]


def test_title_alone_refers_to_the_person_it_named_earlier():
    rec = run("Le chancelier autrichien Karl Nehammer est arrivé lundi. "
              "Le chancelier autrichien a ensuite rencontré la presse.")
    people = [e for e in rec.entities if e.kind == PERSON]
    assert len(people) == 1
    assert len(mentions(rec, people[0].key)) == 2


def test_organisation_qualified_by_a_demonym_belongs_to_that_country():
    rec = run("Le ministère japonais de la Défense et les services de renseignement "
              "britanniques ont publié un rapport.")
    orgs = {e.label: e for e in rec.entities if e.kind == ORGANIZATION}
    assert orgs["Ministère japonais de la Défense"].affiliations == ["country/JP"]
    assert orgs["Services de renseignement britanniques"].affiliations == ["country/GB"]


def test_intelligence_service_spans_its_words():
    rec = run("Le renseignement militaire ukrainien a annoncé l'arrivée des troupes.")
    org = [e for e in rec.entities if e.kind == ORGANIZATION][0]
    assert mentions(rec, org.key) == ["renseignement militaire ukrainien"]
    assert org.affiliations == ["country/UA"]


def test_known_organisation_spellings_are_one_entity():
    rec = run("L'OTAN se réunit. Selon l'Otan, la NATO est unie.")
    assert len(mentions(rec, "org/otan")) == 3
    assert entity(rec, "org/otan").wikidata == "Q7184"


def test_glued_name_is_recovered_not_invented():
    rec = run("Le président ukrainien Volodymyr Zelenskiqui a remercié ses alliés.")
    labels = [e.label for e in rec.entities]
    assert "Volodymyr Zelensky" in labels
    assert not any("qui" in label for label in labels)


def test_no_junk_entities():
    rec = run("C'est ce qu'il a dit. Qu'il vienne ! Le Déploiement continue. "
              "Selon Ni Pyongyang ni Moscou, rien.")
    for e in rec.entities:
        assert e.label[0].isupper() and len(e.label) > 2, e
        assert "'" not in e.label[:3], e
    assert {e.kind for e in rec.entities} <= {COUNTRY}
