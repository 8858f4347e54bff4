"""On the seed articles: the entity set a careful reader would list, and no junk.

The expected set below was written by reading seeds/*.txt, not by copying
the program's output.
"""
from __future__ import annotations

import re

import pytest

from kg.resolve import resolve

C, P, O, L = "Country", "Person", "Organization", "Place"

EXPECTED = {
    # Countries named, or standing behind a capital / demonym
    ("États-Unis", C), ("Corée du Nord", C), ("Russie", C), ("Ukraine", C),
    ("Corée du Sud", C), ("Royaume-Uni", C), ("Allemagne", C), ("Chine", C), ("Iran", C),
    ("Pologne", C),
    # People
    ("Lloyd Austin", P), ("Joe Biden", P), ("Volodymyr Zelensky", P),
    ("Vladimir Poutine", P), ("Kim Jong Un", P), ("Mark Rutte", P), ("Donald Trump", P),
    ("Antony Blinken", P), ("Yoon Suk-yeol", P), ("Kim Yong-hyun", P),
    # Organisations
    ("G7", O), ("Maison Blanche", O), ("Otan", O), ("Renseignement militaire ukrainien", O),
    ("National Intelligence Service", O), ("Ministère des Affaires étrangères", O),
    ("Département d'État", O), ("Pentagone", O), ("Conflict Armament Research", O),
    ("Business Insider", O), ("Ministère russe de la Défense", O),
    ("Assemblée législative", O), ("Pays occidentaux", O),
    # issue 15: armed forces and the Kremlin are organisations; an unnamed source that claims is a node
    ("Armée russe", O), ("Armée ukrainienne", O), ("Kremlin", O), ("sources proches du dossier", O),
    # Places ("à Pyongyang, en Corée du Nord"); "l'opposition à Séoul" is South Korea's
    # opposition, Séoul the country's metonym as the seeds' gold reads it (003)
    ("Bruxelles", L), ("Wonsan", L), ("Vladivostok", L), ("Koursk", L), ("Donetsk", L),
    ("Europe", L), ("Pyongyang", L), ("Péninsule coréenne", L),
}


@pytest.fixture(scope="module")
def corpus(seeds_records):
    return resolve(list(seeds_records.values()))


def by_label(corpus, label):
    return next(e for e in corpus.entities.values() if e.label == label)


def test_seeds_entity_set_is_what_a_careful_reader_lists(corpus):
    mentioned = {m.entity for rec in corpus.articles for m in rec.mentions}
    found = {(e.label, e.kind) for k, e in corpus.entities.items() if k in mentioned}
    assert found == EXPECTED


def test_seeds_entities_only_referred_to_still_get_a_described_node(corpus):
    belgium = corpus.entities["country/BE"]  # Bruxelles is located in it
    assert belgium.label == "Belgique" and belgium.wikidata == "Q31"


@pytest.mark.parametrize("label, wikidata", [
    ("États-Unis", "Q30"), ("Corée du Nord", "Q423"), ("Russie", "Q159"), ("Ukraine", "Q212"),
    ("Corée du Sud", "Q884"), ("Joe Biden", "Q6279"), ("Volodymyr Zelensky", "Q3874799"),
    ("Vladimir Poutine", "Q7747"), ("Mark Rutte", "Q57792"), ("Otan", "Q7184"),
    ("G7", "Q1764511"), ("Maison Blanche", "Q35525"), ("Pentagone", "Q11209"),
    ("Département d'État", "Q789915"), ("Bruxelles", "Q239"),
])
def test_seeds_known_entities_link_to_wikidata(corpus, label, wikidata):
    assert by_label(corpus, label).wikidata == wikidata


def test_seeds_unknown_entities_have_no_wikidata(corpus):
    for label in ("Kim Yong-hyun", "Conflict Armament Research", "Business Insider", "Wonsan"):
        assert by_label(corpus, label).wikidata is None


@pytest.mark.parametrize("label, role, affiliation", [
    ("Lloyd Austin", "secrétaire américain à la Défense", "country/US"),
    ("Lloyd Austin", "ministre américain de la Défense", "country/US"),
    ("Mark Rutte", "secrétaire général de l'Otan", "org/otan"),
    ("Kim Yong-hyun", "homologue sud-coréen", "country/KR"),
    ("Volodymyr Zelensky", "président ukrainien", "country/UA"),
    ("Yoon Suk-yeol", "président sud-coréen", "country/KR"),
    ("Antony Blinken", "secrétaire d’État américain", "country/US"),
    ("Vladimir Poutine", "dirigeant russe", "country/RU"),
])
def test_seeds_titles_become_roles_and_affiliations(corpus, label, role, affiliation):
    person = by_label(corpus, label)
    assert role in person.roles and affiliation in person.affiliations


def test_seeds_spellings_are_aliases_and_metonyms_are_recorded_apart(corpus):
    assert {"Zelensky", "Volodymyr Zelenskyy"} <= set(by_label(corpus, "Volodymyr Zelensky").aliases)
    russia, ukraine, north_korea = (by_label(corpus, n) for n in ("Russie", "Ukraine", "Corée du Nord"))
    assert "place/moscou" in russia.metonyms and "Moscou" not in russia.aliases
    assert "place/kiev" in ukraine.metonyms and not {"Kiev", "Kyiv"} & set(ukraine.aliases)
    assert "place/pyongyang" in north_korea.metonyms and "Pyongyang" not in north_korea.aliases
    assert "Kremlin" not in russia.aliases


def test_seeds_places_are_located_in_their_country(corpus):
    assert by_label(corpus, "Koursk").located_in == "country/RU"
    assert by_label(corpus, "Vladivostok").located_in == "country/RU"
    assert by_label(corpus, "Bruxelles").located_in == "country/BE"


def test_seeds_organisations_qualified_by_a_demonym_belong_to_that_country(corpus):
    assert by_label(corpus, "Ministère russe de la Défense").affiliations == ["country/RU"]
    assert by_label(corpus, "National Intelligence Service").affiliations == ["country/KR"]
    assert by_label(corpus, "Renseignement militaire ukrainien").affiliations == ["country/UA"]
    assert by_label(corpus, "Ministère des Affaires étrangères").affiliations == ["country/GB"]


CHROME = re.compile(r"commentaire|membre|catégor|categor|actualit|sponsoring|pool|smirnov",
                    re.IGNORECASE)


def test_seeds_no_junk_entities(corpus):
    # an unnamed source is named by the phrase as written ("sources proches du dossier")
    labels = [e.label for e in corpus.entities.values()]
    for label in labels:
        assert label[0].isupper() or label[0].isdigit() or label.startswith("sources "), label
        assert len(label) > 1, label
        assert not CHROME.search(label), label
        assert not re.search(r"[a-zé](qui|dont)$|Austina|[a-z][A-Z][a-z]", label), label
    assert len({(e.label.casefold(), e.kind) for e in corpus.entities.values()}) == len(labels)


def test_seeds_surnames_and_titles_point_back_to_the_full_name(seeds_records):
    rec = seeds_records["001_94a0c47301de76d2"]
    zelensky = [m.text for m in rec.mentions if m.entity == "person/volodymyr-zelensky"]
    assert zelensky.count("Zelensky") == 2 and "président ukrainien" in zelensky
    rec = seeds_records["003_428cd73657b1aa61"]
    assert sum(m.entity == "person/lloyd-austin" for m in rec.mentions) == 4
