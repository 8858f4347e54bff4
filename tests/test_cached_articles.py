"""The store update's view of cached records: digests that move with the resolution, and
records a worker process can load and resolve on its own."""
from __future__ import annotations

import json
import pickle

from kg.cache import BuildCache, json_strings, key_strings
from kg.records import Article, ArticleRecords, Entity, Mention, Statement
from kg.resolve import resolve_article

ODD_KEY = 'person/a "b" \\ é'  # a key with characters JSON escapes


def _records(speaker: str = "person/jean-dupont") -> ArticleRecords:
    article = Article(id="a1", text="", source="a1.txt", content_hash="h")
    return ArticleRecords(
        article=article,
        entities=[Entity(key=speaker, label="Jean Dupont", kind="Person"),
                  Entity(key=ODD_KEY, label="A B", kind="Person")],
        mentions=[Mention(entity=speaker, start=0, end=4, text='dit « person/x" »'),
                  Mention(entity=ODD_KEY, start=5, end=8, text="A B")],
        statements=[Statement(speaker=speaker, kind="DirectSpeech", quote="org/onu", evidence="x",
                              about=["org/onu", ODD_KEY], start=0, end=10)],
    )


def _cache(tmp_path, records: ArticleRecords) -> tuple[BuildCache, str]:
    cache = BuildCache(tmp_path / "build.sqlite")
    cache.put_many([records])
    (key,) = [k for (k,) in cache._conn().execute("SELECT key FROM records")]
    return cache, key


def test_key_strings_finds_every_mapping_key_a_record_holds_even_escaped():
    data = json.dumps(_records().to_dict(), ensure_ascii=False)
    mapping = {k: k for k in ("person/jean-dupont", ODD_KEY, "org/onu", "place/paris")}
    found = {s for s in key_strings(mapping)(data) if s in mapping}
    assert found == {s for s in json_strings(data) if s in mapping}
    assert found == {"person/jean-dupont", ODD_KEY, "org/onu"}


def test_a_cached_article_loads_in_another_process_as_its_records_resolved(tmp_path):
    records = _records()
    mapping = {"person/jean-dupont": "person/jean-dupont-2", ODD_KEY: ODD_KEY, "org/onu": "org/un"}
    cache, key = _cache(tmp_path, records)
    (item,) = cache.cached_articles([("a1", key)], mapping)
    loaded = pickle.loads(pickle.dumps(item)).load()
    assert loaded == resolve_article(cache.records(key), mapping)
    assert loaded.statements[0].speaker == "person/jean-dupont-2"
    assert loaded.statements[0].about == ["org/un", ODD_KEY]


def test_the_digest_changes_when_the_resolution_moves_a_key_the_article_names(tmp_path):
    cache, key = _cache(tmp_path, _records())
    base = {"person/jean-dupont": "person/jean-dupont", "org/onu": "org/onu", "place/x": "place/x"}

    def digest(mapping):
        (item,) = cache.cached_articles([("a1", key)], mapping)
        return item.digest

    assert digest(base) == digest({**base, "place/x": "place/y"})  # a key it never names
    assert digest(base) != digest({**base, "org/onu": "org/un"})
    assert digest(base) != digest({**base, ODD_KEY: "person/other"})
