"""The model loads without the collector running, even when a reader turns it back on."""
from __future__ import annotations

import gc

import kg.nlp


def test_no_collection_runs_while_the_model_loads_even_if_a_reader_enables_the_collector(monkeypatch):
    collections = []

    def fake_load(model):
        gc.enable()  # what spaCy's msgpack reader (srsly) does after each file it reads
        kept = [[i] for i in range(100_000)]  # far past the young generation's threshold
        return kept

    def watch(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    monkeypatch.setattr(kg.nlp, "_load", fake_load)
    before = gc.get_threshold(), gc.isenabled()
    gc.callbacks.append(watch)
    try:
        loaded = kg.nlp.load_nlp.__wrapped__("no-model")  # the function under the cache
    finally:
        gc.callbacks.remove(watch)
        gc.unfreeze()
    assert len(loaded) == 100_000
    assert collections == []
    assert (gc.get_threshold(), gc.isenabled()) == before
