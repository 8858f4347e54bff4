"""Offset-preserving text normalisation.

The NLP stages see a *clean* copy of the article: the same length as the
original, character for character, so every offset found in it is an offset
into the article as read. Only one-to-one substitutions are allowed here:
typographic spaces become plain spaces, curly apostrophes become straight
ones, and page chrome becomes blanks.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Iterable

# One character in, one character out.
_SUBSTITUTIONS = {
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space (French thin space before ; : ! ?)
    "\u2009": " ",  # thin space
    "\u2007": " ",  # figure space
    "\u2019": "'",  # right single quotation mark, the usual French apostrophe
    "\u2018": "'",
    "\u02bc": "'",  # modifier letter apostrophe
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
}


def _substituted(text: str) -> str:
    """``text`` with every substitution made: one ``str.replace`` per character
    (a C scan each), as ``str.translate`` looks every character of a non-ASCII
    text up in a dict, about 100 times slower. No replacement is itself replaced."""
    for old, new in _SUBSTITUTIONS.items():
        text = text.replace(old, new)
    return text


def clean_text(text: str, blank: list[tuple[int, int]] = ()) -> str:
    """Normalise ``text`` one-for-one and blank the ``blank`` spans.

    Newlines inside a blanked span are kept so that line and paragraph
    boundaries stay where they were.

    >>> clean_text("l\u2019Otan\u00a0: 12 commentaires", [(9, 24)])
    "l'Otan :                "
    """
    translated = _substituted(text)
    if not blank:  # most texts a finder cleans have no chrome: no copy per character
        return translated
    chars = list(translated)
    for start, end in blank:
        chars[start:end] = ["\n" if c == "\n" else " " for c in chars[start:end]]
    cleaned = "".join(chars)
    assert len(cleaned) == len(text)
    return cleaned


@lru_cache(maxsize=1 << 16)  # called on every token and name; the same words recur
def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text``, for matching names.

    >>> fold("Séoul")
    'seoul'
    """
    decomposed = unicodedata.normalize("NFKD", _substituted(text))
    if decomposed.isascii():  # no accent to drop
        return decomposed.casefold()
    return decomposed.translate(_COMBINING).casefold()


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """:func:`fold` of one word, memoised: for code that folds each word of an article
    (words recur within and across articles, and folding is a Unicode normalisation)."""
    return fold(word)


class _Combining(dict):
    """``str.translate`` table deleting combining marks (accents once decomposed),
    filled one code point at a time as texts meet them: a per-character Python
    test on every folded sentence costs more than the lookup."""

    def __missing__(self, code: int) -> int | None:
        self[code] = found = None if unicodedata.combining(chr(code)) else code
        return found


_COMBINING = _Combining()



class _FoldOne(dict):
    """``str.translate`` table: each character to its :func:`fold` when that is one
    character, else to its first lower-case character (itself if it has none); filled one
    code point at a time as texts meet them."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = fold(char)
        self[code] = found = folded if len(folded) == 1 else char.lower()[:1] or char
        return found


_FOLD_ONE = _FoldOne()


def fold_same_length(text: str) -> str:
    """:func:`fold` character by character, so offsets into ``text`` stay valid.

    One table look-up per character (a whole article is folded this way to find titles
    in it: folding each character anew cost about 1 ms per article).

    >>> fold_same_length("Secrétaire d’État")
    "secretaire d'etat"
    """
    return text.translate(_FOLD_ONE)

def slug(text: str) -> str:
    """A readable IRI path segment: ``"Lloyd Austin"`` -> ``"lloyd-austin"``."""
    out, dash = [], False
    for c in fold(text):
        if c.isalnum() and c.isascii():
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-") or "x"


def phrases_by_word(phrases: Iterable[tuple[str, ...]], position: int = 0) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases (tuples of words) grouped by their word at ``position`` (0: the first,
    -1: the last), each group in the order given: a finder then compares a token only
    with the phrases that can start (or end) there, a dictionary look-up, not a scan.

    >>> phrases_by_word([("casques", "bleus"), ("forces", "spéciales"), ("casques", "blancs")])
    {'casques': (('casques', 'bleus'), ('casques', 'blancs')), 'forces': (('forces', 'spéciales'),)}
    """
    groups: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[position], []).append(phrase)
    return {word: tuple(group) for word, group in groups.items()}


def one_line(text: str, width: int) -> str:
    """``text`` on one line (each run of spaces and line breaks one space), cut to
    ``width`` characters with an ellipsis: how a quote is shown inside a line of output.

    >>> one_line("Nous ne\\nlaisserons  pas faire", 12)
    'Nous ne lai…'
    """
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
