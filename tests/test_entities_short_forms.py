"""Actors written short or with an outlet's own punctuation are one node, on
sentences of our own: acronyms in square brackets, a party's name without its
article, a country's usual short name."""
from __future__ import annotations

from kg.pipeline import extract
from kg.records import COUNTRY, ORGANIZATION, Article


def run(text):
    return extract(Article(id="t", text=text, source="test"))


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
