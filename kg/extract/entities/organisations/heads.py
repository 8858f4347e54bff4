"""The introducing words of ``kg/data/organisations_fr.txt``, by kind, and where they occur in a doc.

Every organisation finder looks for its own head words; they share one
reading of the data file and one array of token hashes per doc.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable, Iterator

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from ....nlp import holds_vocab
from ....text import phrases_by_word
from ...tokens import positions_of


@dataclass(frozen=True)
class Heads:
    """The introducing words of ``organisations_fr.txt``, by kind (phrases as word tuples)."""

    by_kind: dict[str, tuple[tuple[str, ...], ...]]
    #: The word sets below, made once per kind (the filters ask for them span after span).
    _sets: dict[tuple[str, bool], frozenset[str]] = field(default_factory=dict, init=False, repr=False,
                                                          compare=False)

    def words(self, kind: str) -> frozenset[str]:
        """The one-word phrases of ``kind``."""
        return self._first_words(kind, every_phrase=False)

    def words_as_written(self, kind: str) -> frozenset[str]:
        """First words of every phrase of ``kind`` ("Stade", "Olympique", "FC")."""
        return self._first_words(kind, every_phrase=True)

    def _first_words(self, kind: str, every_phrase: bool) -> frozenset[str]:
        found = self._sets.get((kind, every_phrase))
        if found is None:
            found = self._sets[kind, every_phrase] = frozenset(
                p[0] for p in self.by_kind.get(kind, ()) if every_phrase or len(p) == 1)
        return found


@lru_cache(maxsize=1)
def heads() -> Heads:
    text = resources.files("kg.data").joinpath("organisations_fr.txt").read_text("utf-8")
    by_kind: dict[str, list[tuple[str, ...]]] = {}
    for raw in text.splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        kind, _, phrase = raw.partition(":")
        if not phrase.strip():
            raise ValueError(f"organisations_fr.txt: no word in {raw!r}")
        words = tuple(phrase.strip().replace("'", "' ").replace("-", " - ").split())
        by_kind.setdefault(kind.strip(), []).append(tuple(w.strip() for w in words))
    # longest phrases first, so "corps de réaction rapide" wins over "corps"
    return Heads({k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_kind.items()})


@lru_cache(maxsize=1)
def member_nouns() -> frozenset[str]:
    """The ``members`` nouns ("miliciens", "directeur", "porte-parole")."""
    return frozenset("".join(p) for p in heads().by_kind.get("members", ()))  # "porte-parole" whole


def home_nouns() -> dict[tuple[str, ...], str]:
    """The ``home`` nouns and phrases ("armée", "parlement", "police nationale"), as
    words, with their gender, "m" or "f"; longest first."""
    phrases = {phrase: gender for gender in "mf" for phrase in heads().by_kind.get(f"home-{gender}", ())}
    return dict(sorted(phrases.items(), key=lambda kv: -len(kv[0])))


def _phrase_at(doc: Doc, i: int, phrase: tuple[str, ...], case: bool) -> bool:
    if i + len(phrase) > len(doc):
        return False
    return all((doc[i + k].text if case else doc[i + k].lower_) == w for k, w in enumerate(phrase))


@lru_cache(maxsize=None)
def _by_first_word(kind: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of ``kind`` grouped by their first word, longest first within each."""
    return phrases_by_word(heads().by_kind.get(kind, ()))


def phrases_at(doc: Doc, i: int, kind: str, case: bool) -> Iterator[tuple[str, ...]]:
    """The phrases of ``kind`` found at token ``i``, longest first: only those starting
    with that token's word are compared (a dictionary look-up per token, not a scan)."""
    first = doc[i].text if case else doc[i].lower_
    for phrase in _by_first_word(kind).get(first, ()):
        if _phrase_at(doc, i, phrase, case):
            yield phrase


#: The last doc's columns of lower-case and as-written string hashes, each with the set of
#: its hashes: the finders run one after another on the same doc, each for its own head words.
_LAST_DOC: list = [None, None, None]


@holds_vocab
def _forget_last_doc() -> None:
    _LAST_DOC[:] = [None, None, None]


def _column(doc: Doc, case: bool) -> tuple[list[int], frozenset[int]]:
    if _LAST_DOC[0] is not doc:
        _LAST_DOC[:] = [doc, None, None]
    slot = 2 if case else 1
    if _LAST_DOC[slot] is None:
        hashes = doc.to_array(ORTH if case else LOWER).tolist()
        _LAST_DOC[slot] = (hashes, frozenset(hashes))
    return _LAST_DOC[slot]


def at_words(doc: Doc, words: Iterable[str], case: bool = False) -> list[int]:
    """Indices of the tokens whose lower-case form (their text, with ``case``) is
    one of ``words``, in order.

    Read from the doc's column of string hashes and the set of them (taken once per
    doc for all the finders): most head words are not in an article, so the set
    answers for them, and a word that is has its tokens found by the list's own
    search; a finder then makes Token objects only where its head words are.
    """
    return positions_of(*_column(doc, case), frozenset(words))


def first_words(*kinds: str) -> set[str]:
    """The first words of the phrases of ``kinds``."""
    return {w for kind in kinds for w in _by_first_word(kind)}

