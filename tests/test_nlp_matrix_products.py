"""The models' matrix products go to numpy's BLAS (thinc's ``use_blis=False``) in one
thread, and give the annotations thinc's default BLIS products give, token for token."""
from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from thinc.api import NumpyOps

from kg.nlp import _blas, load_nlp, pipe_long
from kg.pipeline import dated, prepare
from kg.reading import read_articles

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ["TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "SENT_START", "ENT_IOB", "ENT_TYPE"]


def _models(nlp):
    return [proc.model for _, proc in nlp.pipeline if getattr(proc, "model", None) is not None]


def _set_ops(nlp, ops) -> None:
    for model in _models(nlp):
        for node in model.walk():
            node.ops = ops


def test_every_model_of_the_loaded_pipeline_multiplies_with_numpy():
    nodes = [node for model in _models(load_nlp()) for node in model.walk()]
    assert nodes and all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in nodes)


@pytest.mark.parametrize("corpus", ["seeds", "tests/corpus/heldback12"])
def test_annotations_are_those_of_blis_products(corpus):
    nlp = load_nlp()
    texts = [prepare(dated(a)) for a in read_articles([ROOT / corpus]) if hasattr(a, "text")]
    ours = [d.to_array(ANNOTATIONS) for d in pipe_long(nlp, texts)]
    numpy_ops = _models(nlp)[0].ops
    _set_ops(nlp, NumpyOps(use_blis=True))
    try:
        blis = [d.to_array(ANNOTATIONS) for d in pipe_long(nlp, texts)]
    finally:
        _set_ops(nlp, numpy_ops)
    assert len(ours) == len(blis) == len(texts)
    assert all(numpy.array_equal(a, b) for a, b in zip(ours, blis))


def test_the_parse_runs_in_one_blas_thread():
    docs = pipe_long(load_nlp(), ["Le ministre a dit : « non ».", "Une autre phrase."])
    next(docs)  # the parse has started (and is suspended here)
    assert {lib["num_threads"] for lib in _blas().info()} == {1}
    docs.close()
