"""Every spaCy component that runs is one the extractors need (see kg/nlp.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import pipeline
from kg.nlp import load_nlp
from kg.reading import read_articles
from kg.records import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _records(articles, monkeypatch) -> list[dict]:
    monkeypatch.setattr(pipeline, "load_nlp", load_nlp)
    return [r.to_dict() for r in pipeline.extract_many(articles, catch=False)]


@pytest.mark.parametrize("name", ["tok2vec", "morphologizer", "lemmatizer", "ner"])
def test_leaving_out_a_component_changes_the_records(name, monkeypatch):
    seeds = [a for a in read_articles([SEEDS]) if isinstance(a, Article)]
    with_it = _records(seeds, monkeypatch)
    with load_nlp().select_pipes(disable=[name]):
        without = _records(seeds, monkeypatch)
    assert with_it != without
