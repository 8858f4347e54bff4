"""The extraction pipeline, composed in one place.

``extract(article)`` is a pure function from one article to its records: it
reads nothing else and writes nothing, so it can run in worker processes or
on a cluster and its results can be cached by content hash.
"""
from __future__ import annotations

import time
from collections import deque
from typing import Callable, Iterable, Iterator

from .analysis import Analysis
from .chrome import chrome_spans
from .extract.deployments import find_deployments
from .extract.entities import find_entities
from .extract.statements import find_statements
from .nlp import load_nlp
from .records import Article, ArticleRecords
from .text import clean_text
from .timing import timed

Component = Callable[[Analysis], None]

#: The extractors, in the order they run; later ones use earlier records.
COMPONENTS: tuple[Component, ...] = (find_entities, find_statements, find_deployments)


def prepare(article: Article) -> str:
    """The text spaCy sees: chrome blanked, typography normalised, offsets kept."""
    return clean_text(article.text, chrome_spans(article.text))


def extract(article: Article) -> ArticleRecords:
    """All the records of one article."""
    return next(extract_many([article]))


def extract_many(
    articles: Iterable[Article], timings: dict[str, float] | None = None
) -> Iterator[ArticleRecords]:
    """Records for each article, streaming the spaCy work through ``nlp.pipe``.

    ``timings``, when given, accumulates seconds spent in "nlp" and in
    "extraction".
    """
    timings = {} if timings is None else timings
    nlp = load_nlp()
    pending: deque[tuple[Article, str]] = deque()

    def texts() -> Iterator[str]:
        for article in articles:
            text = prepare(article)
            pending.append((article, text))
            yield text

    for doc in timed(nlp.pipe(texts(), batch_size=16), timings, "nlp"):
        started = time.perf_counter()
        article, text = pending.popleft()
        analysis = Analysis(article=article, text=text, doc=doc)
        for component in COMPONENTS:
            component(analysis)
        timings["extraction"] = timings.get("extraction", 0.0) + time.perf_counter() - started
        yield analysis.records
