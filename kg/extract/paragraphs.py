"""A spaCy component that sets sentence boundaries before the parser runs.

News text puts headlines, captions, block quotations and signature lines
("– Lloyd Austin") on lines of their own, usually without final punctuation,
and the statistical parser then glues them to the next sentence (or, given
only some boundaries, splits lines at odd places). So every boundary is set
here by rule: a sentence starts after a line break, and after final
punctuation followed by a capital, a quotation mark, a dash or a digit;
nowhere else. The parser respects preset boundaries, so each line's parse
(and every sentence-level pattern) stays inside its line.
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .tokens import read_token_texts

PARAGRAPHS = "newskg_paragraphs"


def line_starts(doc: Doc, texts: list[str] | None = None) -> list[int]:
    """Indices of the tokens that open a line (not counting the first token).

    A line break is always a whitespace token of its own (a token's trailing
    whitespace, ``whitespace_``, is one space or nothing). ``texts``: the
    doc's :func:`read_token_texts`, when the caller has them.
    """
    texts = read_token_texts(doc) if texts is None else texts
    return [i for i in range(1, len(texts))
            if not texts[i].isspace() and texts[i - 1].isspace() and "\n" in texts[i - 1]]


_FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_OPENERS = set("«“\"‹„([–—-")


def sentence_starts(doc: Doc) -> set[int]:
    """Token indices that open a sentence: line starts and after final punctuation.

    A final mark followed by a closing quotation mark ("… légitimes. »") ends
    the sentence after that mark.
    """
    texts = read_token_texts(doc)
    starts = set(line_starts(doc, texts))
    for i in (i for i in range(1, len(texts)) if texts[i - 1] in _FINAL):
        token, prev = doc[i], doc[i - 1]
        if token.is_space or not prev.whitespace_ and not token.is_punct:
            continue
        first = token.text[0]
        if first.isupper() or first.isdigit() or first in _OPENERS:
            starts.add(token.i)
    return starts


@Language.component(PARAGRAPHS)
def paragraphs(doc: Doc) -> Doc:
    """Set every token's sentence start at once (linear in the doc's length).

    Assigning ``token.is_sent_start`` one token at a time would check the
    whole doc for a parse at each assignment: quadratic on long articles.
    """
    if len(doc) < 2:
        return doc
    values = numpy.full(len(doc), -1, dtype=numpy.int64)
    values[0] = doc.to_array([SENT_START]).astype(numpy.int64).ravel()[0]  # left as it was
    values[sorted(sentence_starts(doc))] = 1
    doc.from_array([SENT_START], values.astype(numpy.uint64))
    return doc
