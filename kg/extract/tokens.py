"""spaCy components that repair tokens before the statistical models run.

Scraped news text glues words together ("Lloyd Austina souligné",
"Volodymyr Zelenskiqui", "soldatsdont", "UkraineLe"), and an opening quotation
mark to the stop before it ("rassurant.«Il", "(Fisnua).\"Nous"). Splitting such a token
with spaCy's retokenizer keeps every character offset, so the repaired
tokens still point at the article as read.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Callable

from spacy.attrs import IDX, LEMMA, ORTH, POS, SPACY
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

DEGLUE = "newskg_deglue"

# A lower-case letter directly followed by a capitalised word: "UkraineLe".
_CAMEL = re.compile(r"^(.*[a-zà-ÿ])([A-ZÀ-Ý][a-zà-ÿ]+)$")
# Short function words that scraping glues to the previous word.
_GLUED_TAIL = re.compile(r"^(.{3,}?)(qui|dont|que|a)$")
# What a token must end with for either pattern to match the compound it ends
# (a cheap test that spares most tokens the compound walk and the full match).
_GLUED_END = re.compile(r"(?:[a-zà-ÿ][A-ZÀ-Ý][a-zà-ÿ]+|qui|dont|que|a)$")
# An opening quotation mark glued to the capitalised word it opens, with what the
# tokenizer left before it when a full stop ran into it ("octobre.“La", "(Fisnua).\"Nous"):
# spaCy splits an opening mark only at the start of a space-separated chunk.
_MARKS = frozenset("«“\"‹")
_GLUED_QUOTE = re.compile(r"^(?:(?P<word>.*?[^\W_]|)(?P<stops>[)\]»”]*[.!?…]+))?(?P<mark>[«“\"‹])(?P<next>[A-ZÀ-Ý]\S*)$")
# An elided word glued to the quotation it introduces ("qu’“aucune unité…”", "d'«une").
_ELIDED_QUOTE = re.compile(r"^(?P<elided>[^\W\d_]{1,8}['’])(?P<mark>[«“\"‹])(?P<next>[^\W\d_]\S*)$")

def split_point(token_text: str, known: set[str], names: frozenset[str] = frozenset()) -> int | None:
    """Where to split a glued token, or None.

    ``known`` holds the words met elsewhere in the same text: a prefix is only
    split off when the text also uses it on its own, so "Austina" splits
    (the article says "Austin" elsewhere) but "Angola" does not. ``names``
    holds the gazetteer's names and demonyms ("Zelenski", "Royaume-Uni",
    "nord-coréennes"): a prefix of four letters or more that is one of them
    splits even if the text never uses it alone, unless the whole token is a
    name itself.

    >>> split_point("Austina", {"Austin"})
    6
    >>> split_point("Zelenskiqui", set(), frozenset({"Zelenski"}))
    8
    >>> split_point("Angola", set()) is None
    True
    """
    if token_text in names:
        return None
    for pattern in (_CAMEL, _GLUED_TAIL):
        m = pattern.match(token_text)
        if not m:
            continue
        prefix = m.group(1)
        if prefix in known or (len(prefix) >= 4 and prefix in names):
            return len(prefix)
    return None


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    from ..gazetteer import load_gazetteer

    return frozenset(load_gazetteer().surface_forms())


def _compound_start(texts: list[str], spaces: list[int], i: int) -> int:
    """Index of the first token of a hyphenated chain ending at token ``i`` (read from
    the doc's token texts and their trailing-space flags).

    The tokenizer splits "Royaume-Uniqui" into "Royaume", "-", "Uniqui"; the
    glue check must see the whole compound.
    """
    while i >= 2 and texts[i - 1] == "-" and not spaces[i - 1] and not spaces[i - 2]:
        i -= 2
    return i


#: Token texts by string hash (a hash names the same string in every vocabulary): a dict
#: look-up is about three times cheaper than decoding the string store's bytes again.
_TEXTS: dict[int, str] = {}


_TEXTS_KEY = "newskg_token_texts"
_TEXT_SET_KEY = "newskg_token_text_set"


def token_texts(doc: Doc) -> list[str]:
    """Each token's text (:func:`read_token_texts`), read once per doc for the extractors,
    which ask several times: the list is shared, never change it. Only for a doc the
    pipeline has finished: a spaCy component, which may run before a retokenization
    (splits and merges can leave the length as it was), reads :func:`read_token_texts`."""
    cached = doc.user_data.get(_TEXTS_KEY)
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data[_TEXTS_KEY] = read_token_texts(doc)
    return cached


def token_text_set(doc: Doc) -> frozenset[str]:
    """The doc's distinct token texts, for "is this word in the article" asked many times."""
    cached = doc.user_data.get(_TEXT_SET_KEY)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[_TEXT_SET_KEY] = (len(doc), frozenset(token_texts(doc)))
    return cached[1]


def read_token_texts(doc: Doc) -> list[str]:
    """Each token's text, read from the doc's array of string hashes: making a
    Token object per token costs more than the look-ups a component then does."""
    if not len(doc):
        return []
    hashes = doc.to_array(ORTH).tolist()
    try:
        return [_TEXTS[h] for h in hashes]
    except KeyError:  # new words: read them from the doc's strings once
        if len(_TEXTS) > 1 << 20:
            _TEXTS.clear()
        strings = doc.vocab.strings
        for h in hashes:
            if h not in _TEXTS:
                _TEXTS[h] = strings[h]
        return [_TEXTS[h] for h in hashes]


@lru_cache(maxsize=256)
def _hashes(words: frozenset[str]) -> frozenset[int]:
    return frozenset(map(get_string_id, words))


def positions_of(column: list[int], present: frozenset[int], words: frozenset[str]) -> list[int]:
    """The positions in ``column`` (a doc's column of string hashes; ``present``: the set
    of them) of ``words``, in order. The set answers for the words the doc lacks (most,
    for a word list), the list's own search finds the others: no step per token."""
    found: list[int] = []
    for h in present.intersection(_hashes(words)):
        i = column.index(h)
        while True:
            found.append(i)
            try:
                i = column.index(h, i + 1)
            except ValueError:
                break
    found.sort()
    return found


def tokens_with(doc: Doc, attr: int, words: frozenset[str]) -> list[Token]:
    """The tokens whose ``attr`` (``ORTH``, ``LOWER``, ``DEP``…: a string column) is one
    of ``words``, in order, found in the doc's column of string hashes: a component
    that only looks at a few words then makes no ``Token`` for the others."""
    column = doc.to_array(attr).tolist() if len(doc) else []
    return [doc[i] for i in positions_of(column, frozenset(column), words)]


def tokens_tagged(doc: Doc, tags: frozenset[str]) -> list[Token]:
    """The tokens whose coarse part of speech (``token.pos_``) is one of ``tags``, in order."""
    if not len(doc):
        return []
    wanted = {POS_IDS[tag] for tag in tags}
    return [doc[i] for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in wanted]


#: Answers of the tests given to :func:`tokens_tagged_passing`, by (test, lemma id, form id).
_PASSED: dict[tuple[Callable[[str, str], bool], int, int], bool] = {}


def tokens_tagged_passing(doc: Doc, tags: frozenset[str], test: Callable[[str, str], bool]) -> list[Token]:
    """The tokens whose coarse part of speech is one of ``tags`` and whose (lemma, text)
    pass ``test``, in order. Read from the doc's columns, with ``test`` asked once per
    distinct (lemma, text) pair: no ``Token`` is made for the words that fail it, the
    most of a text when the test is a word list's ("a form of a reporting verb").
    ``test`` must answer from its two strings alone."""
    if not len(doc):
        return []
    wanted = {POS_IDS[tag] for tag in tags}
    strings = doc.vocab.strings
    found = []
    for i, (pos, lemma, orth) in enumerate(doc.to_array([POS, LEMMA, ORTH]).tolist()):
        if pos in wanted:
            key = (test, lemma, orth)
            passed = _PASSED.get(key)
            if passed is None:
                if len(_PASSED) > 1 << 20:
                    _PASSED.clear()
                passed = _PASSED[key] = bool(test(strings[lemma], strings[orth]))
            if passed:
                found.append(doc[i])
    return found


_STARTS_KEY = "newskg_token_starts"


def tokens_starting_in(doc: Doc, start: int, end: int) -> list:
    """The tokens whose first character lies in ``[start, end)``, in order, found by
    bisection on the doc's offsets instead of a walk over every token."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None or len(starts) != len(doc):  # read once per doc (asked once per reporting verb)
        starts = doc.user_data[_STARTS_KEY] = doc.to_array(IDX).tolist()
    return [doc[i] for i in range(bisect_left(starts, start), bisect_left(starts, end))]


@lru_cache(maxsize=1 << 16)  # asked of every token; the same words recur
def _glued_end(word: str) -> bool:
    return _GLUED_END.search(word) is not None


@lru_cache(maxsize=1 << 12)
def quote_split(token_text: str) -> list[str] | None:
    """The pieces of a token holding an opening quotation mark glued to its word, each
    punctuation mark on its own (so the sentence break after a glued full stop is seen),
    or None.

    >>> quote_split("“La")
    ['“', 'La']
    >>> quote_split('Fisnua)."Nous')
    ['Fisnua', ')', '.', '"', 'Nous']
    >>> quote_split("qu’“aucune")
    ['qu’', '“', 'aucune']
    >>> quote_split("aujourd'hui") is None
    True
    """
    m = _GLUED_QUOTE.match(token_text)
    if not m:
        m = _ELIDED_QUOTE.match(token_text)
        return [m["elided"], m["mark"], m["next"]] if m else None
    return [piece for piece in (m["word"], *(m["stops"] or ""), m["mark"], m["next"]) if piece]


@Language.component(DEGLUE)
def deglue(doc: Doc) -> Doc:
    texts = read_token_texts(doc)
    known = set(texts)
    quoted = {i: pieces for i, pieces in ((i, quote_split(word)) for i, word in enumerate(texts)
                                           if len(word) > 1 and not _MARKS.isdisjoint(word)) if pieces}
    candidates = [i for i, word in enumerate(texts) if i not in quoted and _glued_end(word)]
    cuts = []  # (token index, cut inside its text), found on the token texts alone
    if candidates:
        names = _names()
        spaces = doc.to_array(SPACY).tolist()
        for i in candidates:
            first = _compound_start(texts, spaces, i)
            compound = "".join(texts[first : i + 1])  # (no space inside a compound)
            offset = len(compound) - len(texts[i])
            cut = split_point(compound, known, names)
            if cut is not None and offset and cut <= offset:
                cut = None  # the compound splits before this token: not ours to cut
            elif cut is not None:
                cut -= offset
            if cut:
                cuts.append((i, cut))
    if not cuts and not quoted:
        return doc
    with doc.retokenize() as retokenizer:  # splits are applied when the block ends
        for i, pieces in quoted.items():
            token = doc[i]
            retokenizer.split(token, pieces, heads=[(token, len(pieces) - 1)] * (len(pieces) - 1) + [token.head])
        for i, cut in cuts:
            token = doc[i]
            retokenizer.split(token, [token.text[:cut], token.text[cut:]], heads=[(token, 1), token.head])
    return doc
