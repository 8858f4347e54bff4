"""Cross-article resolution: one node per entity, whatever the spelling or article order."""
from __future__ import annotations

from kg.records import COUNTRY, PERSON, PLACE, Article, ArticleRecords, Entity, Mention, Statement
from kg.resolve import resolve, same_name, same_person


def article(aid, *entities, statements=()):
    rec = ArticleRecords(article=Article(id=aid, text="x" * 100, source=aid))
    for i, e in enumerate(entities):
        rec.entities.append(e)
        rec.mentions.append(Mention(i, i + 1, "x", e.key))
    rec.statements.extend(statements)
    return rec


def person(key, label, **kw):
    return Entity(key=key, kind=PERSON, label=label, **kw)


def test_spelling_variants_of_an_unknown_person_merge():
    corpus = resolve([
        article("a", person("person/jan-kowalsky", "Jan Kowalsky")),
        article("b", person("person/jan-kowalski", "Jan Kowalski")),
    ])
    assert len(corpus.entities) == 1
    (e,) = corpus.entities.values()
    assert {e.label, *e.aliases} == {"Jan Kowalsky", "Jan Kowalski"}


def test_people_sharing_a_surname_but_not_a_first_name_stay_apart():
    corpus = resolve([
        article("a", person("person/anna-novak", "Anna Novak")),
        article("b", person("person/petr-novak", "Petr Novak")),
    ])
    assert len(corpus.entities) == 2


def test_bare_surname_joins_the_only_full_name_ending_with_it():
    corpus = resolve([
        article("a", person("person/aissata-kone", "Aïssata Koné", roles=["ministre"])),
        article("b", person("person/kone", "Koné")),
    ])
    assert list(corpus.entities) == ["person/aissata-kone"]
    assert corpus.entities["person/aissata-kone"].aliases == ["Koné"]
    assert corpus.articles[1].mentions[0].entity == "person/aissata-kone"


def test_place_spelling_variants_merge():
    corpus = resolve([
        article("a", Entity("place/tchassiv-iar", PLACE, "Tchassiv Iar")),
        article("b", Entity("place/tchassiv-yar", PLACE, "Tchassiv Yar")),
    ])
    assert len(corpus.entities) == 1
    assert same_name("Koursk", "Kursk") and not same_name("Donetsk", "Louhansk")


def test_known_spellings_merge_through_the_gazetteer_key():
    corpus = resolve([
        article("a", person("person/volodymyr-zelensky", "Volodymyr Zelenskyy", wikidata="Q3874799")),
        article("b", person("person/volodymyr-zelensky", "Zelenski")),
    ])
    e = corpus.entities["person/volodymyr-zelensky"]
    assert e.label == "Volodymyr Zelensky" and e.wikidata == "Q3874799"
    assert {"Volodymyr Zelenskyy", "Zelenski"} <= set(e.aliases)


def test_two_known_entities_never_merge_even_if_similar():
    corpus = resolve([
        article("a", Entity("country/KP", COUNTRY, "Corée du Nord")),
        article("b", Entity("country/KR", COUNTRY, "Corée du Sud")),
    ])
    assert sorted(corpus.entities) == ["country/KP", "country/KR"]


def test_unknown_name_close_to_a_known_one_joins_it():
    corpus = resolve([
        article("a", Entity("place/vladivostok", PLACE, "Vladivostok")),
        article("b", Entity("place/vladivostock", PLACE, "Vladivostock")),
    ])
    assert list(corpus.entities) == ["place/vladivostok"]
    assert corpus.entities["place/vladivostok"].aliases == ["Vladivostock"]


def test_resolution_does_not_depend_on_article_order():
    recs = [
        article("a", person("person/jan-kowalsky", "Jan Kowalsky"), Entity("place/x-y", PLACE, "Kramatorsk")),
        article("b", person("person/jan-kowalski", "Jan Kowalski", roles=["maire"])),
        article("c", person("person/kowalski", "Kowalski"), Entity("place/z", PLACE, "Kramatorskk")),
    ]
    forward, backward = resolve(recs), resolve(list(reversed(recs)))
    assert forward.entities == backward.entities
    assert [r.mentions for r in forward.articles] == [r.mentions for r in backward.articles]


def test_statements_and_affiliations_are_rewritten_to_canonical_keys():
    s = Statement(0, 1, "person/kowalski", "x", "DirectQuote", "x")
    corpus = resolve([
        article("a", person("person/jan-kowalski", "Jan Kowalski")),
        article("b", person("person/kowalski", "Kowalski"), statements=[s]),
    ])
    assert corpus.articles[1].statements[0].speaker == "person/jan-kowalski"


def test_same_person_rule():
    assert same_person("Volodymyr Zelenskyy", "Volodymyr Zelensky")
    assert same_person("J. Biden", "Joe Biden")
    assert not same_person("Jill Biden", "Joe Biden")
