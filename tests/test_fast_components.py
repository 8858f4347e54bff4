"""The attribute ruler and lemmatizer run over arrays (:mod:`kg.fast_components`) set every
token attribute exactly as spaCy's own components do."""
from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from spacy.lookups import Lookups

from kg.nlp import load_nlp
from kg.pipeline import dated, prepare
from kg.reading import read_articles

ROOT = Path(__file__).resolve().parent.parent
ATTRS = ["ORTH", "LEMMA", "TAG", "POS", "MORPH", "DEP", "HEAD", "NORM", "SENT_START", "IS_SPACE"]


def _stock_twins(nlp):
    """spaCy's own ruler and lemmatizer with the loaded ones' patterns and (plain-list) tables."""
    from spacy.lang.fr.lemmatizer import FrenchLemmatizer  # (after load_nlp: see kg.nlp._load)
    from spacy.pipeline import AttributeRuler

    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    stock_ruler = AttributeRuler(nlp.vocab)
    stock_ruler.add_patterns(ruler.patterns)
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lookups.add_table(name)
        for key, value in lemmatizer.lookups.get_table(name).items():
            table[key] = list(value) if isinstance(value, list) else value
    stock_lemmatizer = FrenchLemmatizer(
        nlp.vocab, None, name="lemmatizer", mode="rule", overwrite=lemmatizer.overwrite
    )
    stock_lemmatizer.lookups = lookups
    stock_lemmatizer._validated = True
    return stock_ruler, stock_lemmatizer


def test_the_loaded_model_uses_the_array_components():
    nlp = load_nlp()
    from kg.fast_components import ArrayAttributeRuler, ArrayLemmatizer

    assert type(nlp.get_pipe("attribute_ruler")) is ArrayAttributeRuler
    assert type(nlp.get_pipe("lemmatizer")) is ArrayLemmatizer


@pytest.mark.parametrize("corpus", ["seeds", "tests/corpus/heldback10"])
def test_every_token_attribute_is_spacys(corpus):
    nlp = load_nlp()
    stock_ruler, stock_lemmatizer = _stock_twins(nlp)
    texts = [prepare(dated(a)) for a in read_articles([ROOT / corpus]) if hasattr(a, "text")]
    texts.append("Titre\n\n\n  Le   ministre a dit :\t« non ».\n\n")  # runs of spaces and breaks
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    with nlp.select_pipes(enable=before):
        for doc in nlp.pipe(texts):
            ours, spacys = doc.copy(), doc.copy()
            nlp.get_pipe("lemmatizer")(nlp.get_pipe("attribute_ruler")(ours))
            stock_lemmatizer(stock_ruler(spacys))
            assert numpy.array_equal(ours.to_array(ATTRS), spacys.to_array(ATTRS))
            assert [t.lemma_ for t in ours] == [t.lemma_ for t in spacys]
            assert [str(t.morph) for t in ours] == [str(t.morph) for t in spacys]
            assert any(t.is_space for t in ours)


def test_word_list_answers_in_like_the_list():
    load_nlp()
    from kg.fast_components import _WordList

    words = _WordList(["aller", "venir"])
    assert "aller" in words and "partir" not in words
    assert list(words) == ["aller", "venir"]
