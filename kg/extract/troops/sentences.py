"""Where a figure's sentence starts and ends, and the tokens at an offset.

A figure is read in its sentence cut at line breaks, so a headline is never
read together with the paragraph after it.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from ...analysis import Analysis


def token_at(analysis: Analysis, offset: int) -> Token | None:
    """The token covering ``offset``."""
    span = analysis.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def token_from(analysis: Analysis, offset: int) -> Token | None:
    """The first token starting at or after ``offset``."""
    i = bisect_left(analysis.token_starts(), offset)
    return analysis.doc[i] if i < len(analysis.doc) else None


def segment(analysis: Analysis, offset: int) -> tuple[int, int]:
    """The sentence around ``offset``, cut at line breaks (headlines stand alone)."""
    sent = analysis.sentence_at(offset)
    start, end = sent.start_char, sent.end_char
    text = analysis.text
    nl = text.rfind("\n", start, offset)
    if nl != -1:
        start = nl + 1
    nl = text.find("\n", offset, end)
    if nl != -1:
        end = nl
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def previous_segment(analysis: Analysis, seg) -> tuple[int, int] | None:
    """The sentence (cut at line breaks) before ``seg``, if any."""
    offset = seg[0] - 1
    while offset > 0 and analysis.text[offset].isspace():
        offset -= 1
    if offset <= 0:
        return None
    return segment(analysis, offset)


def paragraph_start(text: str, offset: int) -> int:
    """Start offset of the paragraph holding ``offset``."""
    return text.rfind("\n", 0, offset) + 1


def headline_end(text: str) -> int:
    """End offset of the headline, the article's first line (the whole text if it has one line)."""
    end = text.find("\n")
    return end if end != -1 else len(text)
