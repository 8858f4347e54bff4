"""The extraction pipeline, composed in one place.

``extract(article)`` is a pure function from one article to its records: it
reads nothing else and writes nothing, so it can run in worker processes or
on a cluster and its results can be cached by content hash.
"""
from __future__ import annotations

import time
import traceback
from dataclasses import replace
from itertools import islice
from typing import Callable, Iterable, Iterator

from .analysis import Analysis
from .chrome import chrome_spans
from .dates import infer_article_date
from .extract.deployments import find_deployments
from .extract.entities import find_entities
from .extract.statements import find_statements
from .nlp import load_nlp, pipe_long, sentences_indexed
from .records import Article, ArticleRecords, ExtractionFailure
from .text import clean_text
from .timing import timed

Component = Callable[[Analysis], None]

#: The extractors, in the order they run; later ones use earlier records.
COMPONENTS: tuple[Component, ...] = (find_entities, find_statements, find_deployments)


def prepare(article: Article) -> str:
    """The text spaCy sees: chrome blanked, typography normalised, offsets kept."""
    return clean_text(article.text, chrome_spans(article.text))


def dated(article: Article) -> Article:
    """``article`` with the date its text gives when its metadata has none (marked inferred).

    The date then anchors the dates of its statements and deployments
    ("mercredi", "le 18 octobre"), which are inferred too.
    """
    if article.date is not None:
        return article
    found = infer_article_date(article.text)
    return replace(article, date=found, date_inferred=True) if found else article


def extract(article: Article) -> ArticleRecords:
    """All the records of one article (raises what its extraction raises)."""
    return next(extract_many([article], catch=False))


#: Articles given to spaCy at once; a batch that fails is retried one by one.
BATCH = 16


def failure(article: Article, err: BaseException, catch: bool = True) -> ExtractionFailure:
    """The one-line report of an article whose extraction raised, with its traceback."""
    if not catch:
        raise err
    message = " ".join(f"{type(err).__name__}: {err}".split())
    return ExtractionFailure(
        article_id=article.id, source=article.source,
        message=message if len(message) <= 200 else message[:199] + "…",
        detail="".join(traceback.format_exception(err)),
    )


def extract_many(
    articles: Iterable[Article], timings: dict[str, float] | None = None, *, catch: bool = True
) -> Iterator[ArticleRecords | ExtractionFailure]:
    """Records for each article, in order, streaming the spaCy work through ``nlp.pipe``.

    An article whose processing raises (at any stage) gives an
    :class:`ExtractionFailure` in its place: one bad article never stops the
    others (with ``catch=False`` the exception propagates). ``timings``, when given, accumulates seconds spent in "nlp" and in
    "extraction".
    """
    timings = {} if timings is None else timings
    nlp = load_nlp()
    iterator = iter(articles)
    while batch := list(islice(iterator, BATCH)):
        results: list[ArticleRecords | ExtractionFailure | None] = [None] * len(batch)
        texts: dict[int, str] = {}
        for i, article in enumerate(batch):
            try:
                batch[i] = article = dated(article)
                texts[i] = prepare(article)
            except Exception as err:
                results[i] = failure(article, err, catch)
        try:
            parsed = pipe_long(nlp, texts.values(), batch_size=BATCH)
            docs = dict(zip(texts, timed(parsed, timings, "nlp")))
        except Exception:  # one text broke the batch: find which, parsing one at a time
            if not catch:
                raise
            docs = {}
            for i, text in texts.items():
                try:
                    docs[i] = next(timed(pipe_long(nlp, [text]), timings, "nlp"))
                except Exception as err:
                    results[i] = failure(batch[i], err, catch)
        for i, doc in docs.items():
            started = time.perf_counter()
            try:
                with sentences_indexed(doc):
                    analysis = Analysis(article=batch[i], text=texts[i], doc=doc)
                    for component in COMPONENTS:
                        component(analysis)
                results[i] = analysis.records
            except Exception as err:
                results[i] = failure(batch[i], err, catch)
            timings["extraction"] = timings.get("extraction", 0.0) + time.perf_counter() - started
        yield from results
