"""Actors written short, with an outlet's own punctuation or after the noun of
their kind are one node of the right kind, on sentences of our own: acronyms in
square brackets, a party's name without its article, a country's usual short
name, the name after "l'ONG" or "la coalition de gangs", companies ending in Finance."""
from __future__ import annotations

from kg.records import COUNTRY, ORGANIZATION

from conftest import entity_labelled, extracted
from conftest import extracted as run


def keys_of(rec, *texts):
    return {m.entity for m in rec.mentions if m.text in texts}


def test_an_acronym_in_square_brackets_is_the_name_before_it():
    rec = run("Le navire rentrera en juin, a indiqué l'état-major des armées [EMA] mardi. "
              "Selon l'EMA, l'équipage compte 180 marins.")
    assert len(keys_of(rec, "état-major des armées", "EMA")) == 1
    assert not any(e.label == "EMA" for e in rec.entities)


def test_a_party_named_without_its_article_is_the_party():
    rec = run("Les Républicains ont voté contre le texte. Du côté des Républicains, on dénonce un passage en force, "
              "a déclaré Hélène Barral à Lyon.")
    assert [e.label for e in rec.entities if e.kind == ORGANIZATION] == ["Les Républicains"]


def test_the_emirates_alone_are_the_united_arab_emirates():
    rec = run("Le président tchadien a répondu aux Émirats lundi depuis N'Djamena.")
    assert "Émirats arabes unis" in {e.label for e in rec.entities if e.kind == COUNTRY}


def test_an_acronym_complement_inside_a_known_body_also_names_that_organisation():
    rec = run("Le Conseil de sécurité de l'ONU votera jeudi sur le mandat, a indiqué Marie Oyono à Bangui.")
    assert "ONU" in [m.text for m in rec.mentions if m.entity == "org/onu"]


def test_the_united_nations_inside_an_agency_s_official_name_are_no_mention():
    rec = run("Selon le Haut-Commissariat des Nations unies pour les réfugiés (HCR), 3 000 personnes ont fui Kaya.")
    assert not [m for m in rec.mentions if m.entity == "org/onu"]


def test_the_name_after_an_ngo_written_as_an_acronym_is_an_organisation():
    rec = run("Selon Idrissa Bello, président de l'ONG Marcel Tassembedo, les vivres manquent.")
    assert ("Marcel Tassembedo", ORGANIZATION) in {(e.label, e.kind) for e in rec.entities}


def test_a_group_noun_with_its_complement_introduces_the_name():
    rec = run("La coalition de gangs Kraze Baryè menace les quartiers du nord de la capitale.")
    assert ("Kraze Baryè", ORGANIZATION) in {(e.label, e.kind) for e in rec.entities}


def test_a_name_ending_in_finance_is_a_company():
    rec = run("Pour Luc Bernard, analyste chez Vermont Finance, le groupe récupère des marges.")
    assert ("Vermont Finance", ORGANIZATION) in {(e.label, e.kind) for e in rec.entities}


def test_a_one_word_organisation_named_like_a_place_of_the_article_is_that_place():
    from kg.extract.entities.short_names import resolve_organisations
    from kg.extract.found import Found
    from kg.records import PLACE
    town = Found(3, 4, "place/kaya", PLACE, "Kaya", 1, source="ner", located_in="country/BF")
    ngo = Found(10, 12, "org/kaya-solidarite", ORGANIZATION, "Kaya Solidarité", 4, source="pattern")
    short = Found(20, 21, "org/kaya", ORGANIZATION, "Kaya", 1, source="ner")
    nickname = Found(30, 31, "org/solidarite", ORGANIZATION, "Kaya", 1, source="ner")
    resolve_organisations([town, ngo, short])
    assert (short.key, short.kind, short.located_in) == ("place/kaya", PLACE, "country/BF")
    resolve_organisations([ngo, nickname])
    assert (nickname.key, nickname.kind) == ("org/kaya-solidarite", ORGANIZATION)


def test_the_inhabitants_of_a_continent_are_no_actor():
    rec = run("Les Européens tentent de combler le vide laissé par Moscou, a estimé Lucie Morel à Erevan.")
    assert not any("Europ" in e.label for e in rec.entities)


def test_an_acronym_spelling_a_name_with_a_to_the_pairs_with_the_whole_name():
    rec = run("Les 300 policiers de la Force régionale d'appui à la stabilité (FRAS) sont arrivés, a dit Paul Roy.")
    orgs = {e.label for e in rec.entities if e.kind == ORGANIZATION}
    assert "Force régionale d'appui à la stabilité" in orgs and "FRAS" not in orgs


def test_a_numbered_units_acronym_in_brackets_is_that_unit():
    rec = run("Des militaires du 2e RIMa ratissent le secteur. Ils viennent du 2e régiment d'infanterie de marine "
              "(2e RIMa), a dit Paul Roy.")
    orgs = {e.key: e.label for e in rec.entities if e.kind == ORGANIZATION}
    assert list(orgs.values()) == ["2e régiment d'infanterie de marine"]
    assert len({m.entity for m in rec.mentions if m.text in ("RIMa", "2e régiment d'infanterie de marine")}) == 1


def test_a_name_described_in_apposition_by_an_outlets_or_groups_noun_is_that_organisation():
    rec = run("Un chiffre très en deçà de celui avancé par Al-Manar, la chaîne de télévision des rebelles, "
              "qui évoque 3 000 hommes. Jean Dupont, le fondateur, parle.")
    kinds = {(e.label, e.kind) for e in rec.entities}
    assert ("Al-Manar", ORGANIZATION) in kinds and ("Jean Dupont", ORGANIZATION) not in kinds


def test_a_model_place_written_like_an_organisation_of_the_article_is_that_organisation():
    from kg.extract.entities.short_names import resolve_organisations
    from kg.extract.found import Found
    from kg.records import PLACE
    firm = Found(12, 13, "org/brelmontex", ORGANIZATION, "Brelmontex", 1, source="ner")  # "le directeur de Brelmontex"
    headline = Found(0, 1, "place/brelmontex", PLACE, "Brelmontex", 1, source="ner")
    town = Found(5, 6, "place/givors", PLACE, "Givors", 1, source="ner", geonames=3016076)
    resolve_organisations([headline, town, firm])
    assert (headline.key, headline.kind) == ("org/brelmontex", ORGANIZATION) and town.kind == PLACE


def test_a_source_before_the_subject_of_the_next_clause_is_no_apposition():
    rec = run("Cession à l'étude\nSelon Bloomberg, le groupe étudierait aussi la cession de sa filiale.")
    assert "Bloomberg" in {e.label for e in rec.entities} and not any("Selon" in e.label for e in rec.entities)


def test_an_acronym_of_another_language_after_a_bodys_long_name_is_that_body():
    records = extracted("Les soldats relèveront ceux de la Force des Nations unies chargée du maintien "
                        "de la paix au Liban (UNIFIL). L'UNIFIL compte 10 000 soldats.")
    body = entity_labelled(records, "Force des Nations unies chargée du maintien de la paix au Liban")
    assert body is not None and body.kind == "Organization" and "UNIFIL" in body.aliases
    assert not any(e.label == "UNIFIL" for e in records.entities)


def test_an_acronym_in_brackets_the_model_calls_a_place_is_a_body():
    records = extracted("La force de l'Union africaine en Somalie (Aussom) a reçu des renforts. "
                        "L'Aussom compte 11 000 soldats.")
    assert entity_labelled(records, "Aussom").kind == "Organization"


def test_an_interviews_initials_are_the_person_they_abbreviate():
    records = extracted("Le colonel Jean-Marc Dufour commande la base depuis l'été. Entretien.\n\n"
                        "Combien de militaires compte la base ?\n"
                        "J.-M. D. : Excellente question. Nous sommes environ 900.")
    person = entity_labelled(records, "Jean-Marc Dufour")
    assert person is not None and "J.-M. D." in person.aliases
    assert [e.label for e in records.entities if e.kind == "Person"] == ["Jean-Marc Dufour"]


def test_a_title_and_a_first_name_opening_a_headline_make_a_person():
    records = extracted("Générale Claire-Anne Durand : « À Dakar, nous sommes environ 1 200 »\n"
                        "La générale Claire-Anne Durand commande la base depuis mai.")
    assert entity_labelled(records, "Claire-Anne Durand").kind == "Person"
    assert not any(e.label.startswith("Générale") for e in records.entities)


def test_initials_labelling_interview_answers_are_the_person_named_in_full():
    rec = run("Le commandant Jean-Marc Delorme dirige la base depuis juin. Entretien.\n\n"
              "Combien d'hommes compte la base ?\n"
              "J.-M. D. : Nous sommes environ six cents.\n\n"
              "Et la relève ?\n"
              "J.-M. D. : Elle arrivera en janvier.\n")
    assert keys_of(rec, "J.-M. D.") == keys_of(rec, "Jean-Marc Delorme") == {"person/jean-marc-delorme"}


def test_a_capitalised_title_then_a_first_name_is_a_person_whatever_the_model_says():
    rec = run("Générale Anne-Laure Vasseur : « À Djibouti, nous sommes environ 1 500 »\n"
              "La générale Anne-Laure Vasseur commande les forces stationnées à Djibouti.")
    assert {e.kind for e in rec.entities if "Vasseur" in e.label} == {"Person"}


def test_a_title_with_its_acronym_in_brackets_before_the_name_is_that_persons_role():
    rec = run("Le président de la Fédération nationale des pompiers (FNP), Marc Aubry, a dénoncé le manque de moyens.")
    person = next(e for e in rec.entities if e.label == "Marc Aubry")
    assert any("président de la Fédération nationale des pompiers" in r for r in person.roles)
