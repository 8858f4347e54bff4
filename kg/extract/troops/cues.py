"""The data the deployment extractor reads: ``kg/data/status_words.tsv``
(the status a governing word gives, now and to come),
``kg/data/deployment_cues.txt`` (status phrases, mode and the other cue
kinds) and ``kg/data/troops.txt`` (troop nouns, strong or weak)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from spacy.tokens import Token

from ...gazetteer import read_table
from ...records import MODES, STATUSES
from ...text import fold, phrases_by_word


_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Cues:
    """The cue words of ``kg/data/deployment_cues.txt``, by kind, and the status
    words of ``kg/data/status_words.tsv``."""

    status_words: dict[str, tuple[str, str]]  # word -> (status, status to come)
    status_phrases: tuple[tuple[str, str], ...]  # (phrase, status)
    kinds: dict[str, frozenset[str]]  # modal, send, receive, claim, casualty, unit, ...
    phrases: dict[str, tuple[str, ...]]  # multi-word cues of the other kinds
    folded: dict[str, frozenset[str]]  # kind -> its words without accents
    participles: dict[str, frozenset[str]]  # kind -> its -er verbs' participles without accents
    #: :meth:`kinds_of` by (lemma, form, POS): asked of every token of many sentences
    _known: dict[tuple[int, int, int], frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def has(self, kind: str, token: Token) -> bool:
        return kind in self.kinds_of(token)

    def kinds_of(self, token: Token) -> frozenset[str]:
        """The kinds of cue word ``token`` is: its lemma's or its form's, or, in text written
        without accents, its form's without them ("tue" for "tué", whose lemma the parser then
        misses), and a verb's or adjective's as such a participle. Memoised by lemma, form and
        POS, all it depends on."""
        key = (token.lemma, token.lower, token.pos)
        known = self._known.get(key)
        if known is None:
            words, folded, participles = self._kinds_by_word
            low = token.lower_
            plain = _plain(low)
            known = words.get(token.lemma_.lower(), _NONE) | words.get(low, _NONE) | folded.get(plain, _NONE)
            if token.pos_ in ("VERB", "ADJ"):
                known |= participles.get(plain, _NONE)
            self._known[key] = known
        return known

    @cached_property
    def _kinds_by_word(self) -> tuple[dict[str, frozenset[str]], ...]:
        """word -> its kinds, for :attr:`kinds`, :attr:`folded` and :attr:`participles`."""
        def by_word(table: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
            found: dict[str, set[str]] = {}
            for kind, words in table.items():
                for word in words:
                    found.setdefault(word, set()).add(kind)
            return {word: frozenset(kinds) for word, kinds in found.items()}
        return by_word(self.kinds), by_word(self.folded), by_word(self.participles)

    def statuses_of(self, token: Token) -> tuple[str, str] | None:
        """(status, status to come) of status word ``token`` (by lemma, else by form)."""
        return self.status_words.get(token.lemma_.lower()) or self.status_words.get(token.lower_)

    def status_of(self, token: Token) -> str | None:
        """The status status word ``token`` gives when its clause happened or holds."""
        found = self.statuses_of(token)
        return found[0] if found else None

    def all_of(self, kind: str) -> list[str]:
        """The words and phrases of ``kind``, longest first (so a phrase wins over its first word)."""
        return sorted(self.kinds.get(kind, frozenset()) | set(self.phrases.get(kind, ())),
                      key=lambda cue: (-len(cue), cue))

    def in_sentence(self, kind: str, tokens: list[Token], sentence: str) -> bool:
        """Whether a cue of ``kind`` is among ``tokens`` or in the lower-cased ``sentence``."""
        return self.among(tokens, sentence).has(kind)

    def among(self, tokens: list[Token], sentence: str) -> SentenceCues:
        """The cues of ``tokens`` and of their lower-cased text ``sentence``, read once for every kind."""
        return SentenceCues(self, frozenset().union(*map(self.kinds_of, tokens)), sentence)


@dataclass(frozen=True)
class SentenceCues:
    """The cues of one sentence: the kinds of its words and its lower-cased text for the phrases.

    A figure's sentence is asked for several kinds (the modes, multinational, foreign),
    often once for each of its figures: the words are looked up once (:func:`sentence_cues`).
    """

    cues: Cues
    kinds: frozenset[str]  # the kinds of its words
    sentence: str  # lower-cased

    def has(self, kind: str) -> bool:
        """Whether a cue of ``kind`` is one of the words or a phrase of the sentence."""
        if kind in self.kinds:
            return True
        phrases = self.cues.phrases.get(kind, ())
        if any(p in self.sentence for p in phrases):
            return True
        return bool(phrases) and any(p in self.plain for p in _plain_phrases(kind))

    @cached_property
    def plain(self) -> str:
        """The sentence without accents: "force unifiee" in text written without them."""
        return fold(self.sentence)


@lru_cache(maxsize=64)
def _plain_phrases(kind: str) -> tuple[str, ...]:
    return tuple(fold(p) for p in cues().phrases.get(kind, ()))


_SENTENCE_CUES_KEY = "kg.troops.sentence_cues"


def sentence_cues(analysis, seg: tuple[int, int]) -> SentenceCues:
    """The cues of the tokens starting in ``seg`` and of its text, read once per sentence of
    the doc (kept in ``doc.user_data``: kinds and text only, no token)."""
    cache = analysis.doc.user_data.setdefault(_SENTENCE_CUES_KEY, {})
    found = cache.get(seg)
    if found is None:
        found = cache[seg] = cues().among(analysis.tokens_in(*seg), analysis.text[seg[0]:seg[1]].lower())
    return found


@lru_cache(maxsize=256)
def cue_regexes(kind: str, before: str, after: str) -> tuple[re.Pattern, ...]:
    """``before`` + each cue of ``kind`` (escaped, in :meth:`Cues.all_of`'s order) + ``after``,
    compiled once: the rules that test a text for each cue asked ``re`` to build and look up
    the same patterns for every figure."""
    return tuple(re.compile(before + re.escape(cue) + after) for cue in cues().all_of(kind))


@lru_cache(maxsize=1)
def cues() -> Cues:
    text = resources.files("kg.data").joinpath("deployment_cues.txt").read_text("utf-8")
    status_words = _status_words()
    status_phrases: list[tuple[str, str]] = []
    kinds: dict[str, set[str]] = {}
    phrases: dict[str, list[str]] = {}
    for raw in text.splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        kind, _, cue = raw.partition(":")
        kind, cue = kind.strip(), cue.strip().lower()
        if not cue:
            raise ValueError(f"deployment_cues.txt: no cue in {raw!r}")
        if kind in MODES:
            kind = kind.lower()  # a mode's cues are looked up by status.mode
        if kind in STATUSES:
            status_phrases.append((cue, kind))
        elif " " in cue:
            phrases.setdefault(kind, []).append(cue)
        else:
            kinds.setdefault(kind, set()).add(cue)
    return Cues(
        status_words,
        tuple(sorted(status_phrases, key=lambda p: -len(p[0]))),
        {k: frozenset(v) for k, v in kinds.items()},
        {k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()},
        {k: frozenset(fold(w) for w in v) for k, v in kinds.items()},
        {k: frozenset(_participles(v)) for k, v in kinds.items()},
    )


def _participles(words) -> set[str]:
    """The participles of the -er verbs of ``words`` as text without accents
    writes them ("tuer": "tue", "tues", "tuee", "tuees"), which the parser no
    longer lemmatises once the accent is gone."""
    return {fold(w)[:-2] + end for w in words if w.endswith("er") and len(w) > 3
            for end in ("e", "es", "ee", "ees")}


@lru_cache(maxsize=4096)
def _plain(word: str) -> str:
    return fold(word)


def _status_words() -> dict[str, tuple[str, str]]:
    """word -> (status, status to come) of ``kg/data/status_words.tsv``."""
    words: dict[str, tuple[str, str]] = {}
    for cells in read_table("status_words.tsv"):
        if len(cells) != 3 or not all(cells) or not set(cells[1:]) <= set(STATUSES):
            raise ValueError("status_words.tsv: want a word and two statuses of "
                             f"{', '.join(STATUSES)} in " + repr("\t".join(cells)))
        words[cells[0].lower()] = (cells[1], cells[2])
    return words


@lru_cache(maxsize=1)
def _troop_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(strong, weak, people, not) nouns of ``kg/data/troops.txt``, each also without accents."""
    text = resources.files("kg.data").joinpath("troops.txt").read_text("utf-8")
    lists: dict[str, set[str]] = {"strong": set(), "weak": set(), "people": set(), "not": set()}
    for raw in text.splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        words = raw.lower().split()
        kind = words[-1] if words[-1] in ("weak", "people", "not") else "strong"
        noun = " ".join(words[:-1] if kind != "strong" else words)
        lists[kind].update((noun, fold(noun)))
    return (frozenset(lists["strong"]), frozenset(lists["weak"]), frozenset(lists["people"]),
            frozenset(lists["not"]))


def not_troops() -> frozenset[str]:
    """Phrases that start with a troop noun but count no troops ("gardes à vue")."""
    return _troop_lists()[3]


def troop_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(strong, weak) troop nouns of ``kg/data/troops.txt``."""
    strong, weak, _, _ = _troop_lists()
    return strong, weak


def people_nouns() -> frozenset[str]:
    """Nouns of people who are troops only in a sentence that speaks of an army."""
    return _troop_lists()[2]


@lru_cache(maxsize=4)
def _by_first_word(nouns: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The nouns of several words, by their first word, longest first."""
    several = (words for words in map(tuple, map(str.split, nouns)) if len(words) > 1)
    return phrases_by_word(sorted(several, key=lambda w: (-len(w), w)))


def troop_word(token: Token, nouns: frozenset[str]) -> Token | None:
    """The last token of the troop noun starting at ``token`` ("casques bleus"), if any."""
    low = token.lower_
    doc = token.doc
    for words in _by_first_word(nouns).get(low, ()):  # longest first, before the word alone
        if token.i + len(words) <= len(doc) and all(doc[token.i + k].lower_ == w for k, w in enumerate(words)):
            return doc[token.i + len(words) - 1]
    return token if low in nouns else None
