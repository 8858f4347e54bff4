"""A build streams: the records it holds at once do not grow with the corpus."""
from __future__ import annotations

import json
import weakref

import kg.build
from kg.cache import BuildCache
from kg.progress import Phases
import kg.sync
from kg.build import build
from kg.records import ArticleRecords
from kg.resolve import resolve

SENTENCES = (
    "Le président ukrainien Volodymyr Zelensky a déclaré lundi que {n} soldats étaient arrivés à Koursk.",
    "Selon le ministre français des Armées, au moins {n} militaires russes ont quitté la Syrie.",
    "Le porte-parole du Kremlin a affirmé que {n} instructeurs seraient envoyés en Biélorussie.",
)


def _corpus(path, size: int):
    with open(path, "w", encoding="utf-8") as out:
        for n in range(size):
            text = SENTENCES[n % len(SENTENCES)].format(n=1000 + n)
            out.write(json.dumps({"id": f"a{n:03d}", "text": text}, ensure_ascii=False) + "\n")


def _track_live_records(monkeypatch) -> list[int]:
    """Record, at each new ArticleRecords, how many are alive."""
    live = [0]
    peaks = [0]
    original = ArticleRecords.__init__

    def gone():
        live[0] -= 1

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        live[0] += 1
        weakref.finalize(self, gone)
        peaks[0] = max(peaks[0], live[0])

    monkeypatch.setattr(ArticleRecords, "__init__", init)
    return peaks


def test_build_holds_a_bounded_number_of_records(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.build, "CACHE_BATCH", 4)
    monkeypatch.setattr(kg.sync, "PARTITION_SIZE", 4)
    peaks = _track_live_records(monkeypatch)
    for size in (12, 60):
        _corpus(tmp_path / f"{size}.jsonl", size)
        peaks[0] = 0
        result = build([tmp_path / f"{size}.jsonl"], tmp_path / f"out-{size}", files=False)
        assert result.articles == size and result.records == []
        if size == 12:
            small = peaks[0]
    # the same bound for 12 and 60 articles: batches, not the corpus
    assert peaks[0] <= max(small, 40) < 60


def test_streamed_build_equals_resolving_all_records_at_once(tmp_path):
    """The store of a streamed build holds what ``resolve`` + mapping give in memory."""
    _corpus(tmp_path / "c.jsonl", 9)
    on_disk = build([tmp_path / "c.jsonl"], tmp_path / "out", keep_records=True)
    in_memory = build([tmp_path / "c.jsonl"], None)
    corpus = resolve(on_disk.records)
    assert on_disk.entities == len(corpus.entities) == in_memory.entities
    assert sorted(on_disk.dataset.quads()) == sorted(in_memory.dataset.quads())


def test_progress_counts_an_extracted_article_only_once_it_is_in_the_cache(tmp_path, monkeypatch):
    """A crash must never leave the bar showing more articles done than the cache holds."""
    monkeypatch.setattr(kg.build, "CACHE_BATCH", 4)
    monkeypatch.setattr(kg.build, "CACHE_SECONDS", 3600.0)
    saved, shown = [0], [0]
    put_many, advance = BuildCache.put_many, Phases.advance

    def counted_put_many(self, records):
        saved[0] += len(records)
        return put_many(self, records)

    def checked_advance(self, n=1):
        if self.current == "extraction":
            shown[0] += n
            assert shown[0] <= saved[0], f"{shown[0]} shown done, {saved[0]} in the cache"
        return advance(self, n)

    monkeypatch.setattr(BuildCache, "put_many", counted_put_many)
    monkeypatch.setattr(Phases, "advance", checked_advance)
    _corpus(tmp_path / "c.jsonl", 10)
    result = build([tmp_path / "c.jsonl"], tmp_path / "out", files=False)
    assert result.extracted == 10 and shown[0] == saved[0] == 10


_RELEASE_CHECK = """
import gc, json, sys
from spacy.vocab import Vocab
import kg.build
from kg.nlp import load_nlp
kg.build.RELEASE_AFTER = int(sys.argv[3])
kg.build.build([sys.argv[1]], sys.argv[2], files=False)
gc.unfreeze()  # load_nlp freezes the model: frozen objects are alive but not in get_objects()
gc.collect()
print(json.dumps({"vocabs": sum(isinstance(o, Vocab) for o in gc.get_objects()),
                  "loaded": load_nlp.cache_info().currsize}))
"""


def _vocabs_after_build(tmp_path, release_after: int) -> dict:
    import os
    import subprocess
    import sys
    from pathlib import Path

    _corpus(tmp_path / "three.jsonl", 3)
    root = Path(kg.build.__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(root))
    out = subprocess.run(
        [sys.executable, "-c", _RELEASE_CHECK, str(tmp_path / "three.jsonl"),
         str(tmp_path / f"out-{release_after}"), str(release_after)],
        capture_output=True, text=True, env=env, check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_a_large_build_drops_the_model_before_the_store_update(tmp_path):
    """Past RELEASE_AFTER parsed articles, nothing keeps spaCy's vocabulary alive after
    the build (no cache of ours pins it), so the store update reuses the model's memory."""
    assert _vocabs_after_build(tmp_path, 3) == {"vocabs": 0, "loaded": 0}
    assert _vocabs_after_build(tmp_path, 4) == {"vocabs": 1, "loaded": 1}
