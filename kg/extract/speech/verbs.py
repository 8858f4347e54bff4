"""French reporting verbs (``kg/data/reporting_verbs.txt``) and speech nouns (``speech_nouns.txt``).

spaCy's French lemmatiser misses some forms of scraped or inverted text
("a-t-il averti", "martelé"), so a token counts as a reporting verb when
either its lemma or its own form is known; regular -er verbs get their forms
derived here, irregular ones list them in the data file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from ...text import fold

_CLAUSE = "(clause)"
_INVERSION = "(inversion)"
_QUOTE = "(quote)"
_NEGATED = "(negated)"
_TARGET = "(target)"
_ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ant", "ait", "aient", "a", "era",
               "eront", "erait", "eraient", "ons", "ez")
_REFLEXIVE = {"se", "s'", "s’", "soi"}  # "s’attendre" with a typographic apostrophe too


@dataclass(frozen=True)
class ReportingVerb:
    """One entry of the data file."""

    lemma: str  # the head verb's infinitive: "mettre" for "mettre en garde"
    canonical: str  # recorded as the statement's verb: "mettre en garde"
    words: tuple[str, ...] = ()  # words that must follow the verb: ("en", "garde")
    reflexive: bool = False  # only with "se"/"s'": "s'attendre"
    needs_clause: bool = False  # only with a clause or infinitive as content
    inversion_only: bool = False  # only after a quote or clause: "…», a lancé X"
    quote_only: bool = False  # only when it governs a quotation: "y voyant « un aveu »"
    negated_too: bool = False  # still reports when negated, a litotes: "n'exclut pas de démissionner"
    target_object: bool = False  # its object before "de + infinitive" is who is accused: "accuser X de …"


def parse_line(line: str) -> tuple[ReportingVerb, tuple[str, ...]] | None:
    """Parse one line of the data file into a verb and its listed extra forms.

    >>> parse_line("mettre en garde")[0].words
    ('en', 'garde')
    >>> parse_line("lancer un appel = appeler")[0].canonical
    'appeler'
    """
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    flags = set()
    while line.endswith(")") and "(" in line:
        cut = line.rindex("(")
        flag = line[cut:]
        if flag not in (_CLAUSE, _INVERSION, _QUOTE, _NEGATED, _TARGET):
            raise ValueError(f"reporting_verbs.txt: unknown flag {flag!r} in {line!r}")
        flags.add(flag)
        line = line[:cut].strip()
    needs_clause = _CLAUSE in flags
    line, _, forms = line.partition("|")
    line, _, canonical = line.partition("=")
    expression = line.strip().lower()
    reflexive = False
    if expression.startswith("se "):
        expression, reflexive = expression[3:], True
    elif expression.startswith("s'"):
        expression, reflexive = expression[2:], True
    words = expression.split()
    if not words:
        raise ValueError(f"reporting_verbs.txt: no verb in {line!r}")
    default = ("s'" if reflexive and words[0][0] in "aeiouéèêh" else "se " if reflexive else "")
    verb = ReportingVerb(
        lemma=words[0],
        canonical=canonical.strip() or default + expression,
        words=tuple(words[1:]),
        reflexive=reflexive,
        needs_clause=needs_clause,
        inversion_only=_INVERSION in flags,
        quote_only=_QUOTE in flags,
        negated_too=_NEGATED in flags,
        target_object=_TARGET in flags,
    )
    return verb, agreed_participles(tuple(f.lower() for f in forms.split()))


def agreed_participles(forms: tuple[str, ...]) -> tuple[str, ...]:
    """``forms`` with the plurals of each past participle listed with its feminine: "dit dite" gives
    "dits dites" too ("ils se sont dits", "elles se sont dites"), so the data file need not list
    every agreement.

    >>> agreed_participles(("dit", "dite", "disent"))
    ('dit', 'dite', 'disent', 'dits', 'dites')
    >>> agreed_participles(("admis", "admise"))
    ('admis', 'admise', 'admises')
    """
    listed = set(forms)
    extra = []
    for form in forms:
        if form + "e" in listed:
            for agreed in (form if form.endswith("s") else form + "s", form + "es"):
                if agreed not in listed and agreed not in extra:
                    extra.append(agreed)
    return forms + tuple(extra)


def derived_forms(lemma: str) -> set[str]:
    """Common inflected forms of a regular -er verb (none for other verbs).

    >>> sorted(derived_forms("appeler"))[:4]
    ['appela', 'appelaient', 'appelait', 'appelant']
    >>> "répète" in derived_forms("répéter")
    True
    """
    if not lemma.endswith("er") or len(lemma) < 4:
        return set()
    stem = lemma[:-2]
    forms = {stem + e for e in _ER_ENDINGS}
    # Stems change under a silent e: appelle, répète.
    if stem.endswith("el") or stem.endswith("et"):
        strong = stem + stem[-1]
    else:
        strong = re.sub(r"é([^aeiouéèêy]+)$", r"è\1", stem)
    forms.update(strong + e for e in ("e", "es", "ent"))
    return forms


@lru_cache(maxsize=1)
def load_verbs() -> tuple[dict[str, list[ReportingVerb]], dict[str, str]]:
    """``(verbs by head lemma, inflected form -> lemma)`` from the data file."""
    text = resources.files("kg.data").joinpath("reporting_verbs.txt").read_text("utf-8")
    by_lemma: dict[str, list[ReportingVerb]] = {}
    forms: dict[str, str] = {}
    for line in text.splitlines():
        parsed = parse_line(line)
        if parsed is None:
            continue
        verb, extra = parsed
        by_lemma.setdefault(verb.lemma, []).append(verb)
        for form in (*extra, *derived_forms(verb.lemma), verb.lemma):
            forms.setdefault(form, verb.lemma)
    # Longest expressions first, so "lancer un appel" wins over a bare "lancer".
    for entries in by_lemma.values():
        entries.sort(key=lambda v: -len(v.words))
    return by_lemma, forms


@lru_cache(maxsize=1)
def _unaccented_forms() -> dict[str, str | None]:
    """Form without accents -> lemma (None when two lemmas share it)."""
    found: dict[str, str | None] = {}
    for form, lemma in load_verbs()[1].items():
        key = fold(form)
        found[key] = lemma if found.get(key, lemma) == lemma else None
    return found


def form_lemma(word: str) -> str | None:
    """The reporting-verb lemma of the written form ``word``, if any.

    Some scraped copy has lost its accents ("a declare", "a precise"): an
    unaccented word matches the forms it could be, when they agree on one verb.
    """
    word = word.lower()
    found = load_verbs()[1].get(word)
    if found is None and word == fold(word):
        found = _unaccented_forms().get(word)
    return found


def lemma_of(token: Token) -> str | None:
    """The reporting-verb lemma ``token`` is a form of, if any.

    spaCy's lemma is tried first, then the token's own form.
    """
    return _lemma_of(token.lemma_, token.text)


def is_form(lemma: str, text: str) -> bool:
    """Whether a token of spaCy lemma ``lemma`` and form ``text`` is a form of a reporting
    verb (:func:`match` returns None for any other)."""
    return _lemma_of(lemma, text) is not None


@lru_cache(maxsize=1 << 16)  # asked of most tokens of every article; the same words recur
def _lemma_of(lemma: str, text: str) -> str | None:
    lemma = lemma.lower()
    if lemma in load_verbs()[0]:
        return lemma
    return form_lemma(text)


def in_repetition(token: Token) -> bool:
    """Whether ``token`` is part of a "fois" phrase ("une nouvelle fois", "une fois de plus"):
    an adverbial of how often someone spoke, read between a verb and its words."""
    for t in (token, *token.ancestors):
        if t.lower_ == "fois" and t.pos_ == "NOUN":
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _next_words(token: Token, n: int) -> list[str]:
    """The ``n`` word forms after ``token``, skipping adverbs, inversions and "fois" phrases
    ("a plaidé une nouvelle fois pour")."""
    words = []
    for t in token.doc[token.i + 1 :]:
        if t.pos_ == "ADV" or t.lower_.startswith("-") or in_repetition(t):
            continue
        words.append(t.lower_)
        if len(words) == n:
            break
    return words


def _has_reflexive(token: Token) -> bool:
    if any(c.lower_ in _REFLEXIVE for c in token.children):
        return True
    before = [t.lower_ for t in token.doc[max(0, token.i - 3) : token.i]]
    return any(w in _REFLEXIVE for w in before)


def match(token: Token, inversion: bool = False, quote: bool = False) -> ReportingVerb | None:
    """The reporting verb ``token`` heads, taking multiword entries into account.

    Entries marked ``(inversion)`` only count with ``inversion`` (the verb of
    "…», a lancé X"), entries marked ``(quote)`` only with ``quote`` (a verb
    governing a quotation). ``token`` must not itself be part of a
    quotation; callers check that.
    """
    lemma = lemma_of(token)
    if lemma is None:
        return None
    following: dict[int, list[str]] = {}  # the words after the token and whether it is reflexive,
    reflexive = None  # read once for all the lemma's entries
    for verb in load_verbs()[0][lemma]:
        if verb.inversion_only and not inversion or verb.quote_only and not quote:
            continue
        if verb.words:
            n = len(verb.words)
            if n not in following:
                following[n] = _next_words(token, n)
            if following[n] != list(verb.words):
                continue
        if reflexive is None:
            reflexive = _has_reflexive(token)
        if verb.reflexive != reflexive:
            continue
        return verb
    return None


@lru_cache(maxsize=1)
def speech_nouns() -> frozenset[str]:
    """Head nouns of ``kg/data/speech_nouns.txt`` ("communiqué", "point"…)."""
    text = resources.files("kg.data").joinpath("speech_nouns.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def is_speech_noun(token: Token) -> bool:
    """True for "communiqué", "points" (de presse), "comptes"…"""
    nouns = speech_nouns()
    w = token.lower_
    return token.pos_ in ("NOUN", "PROPN") and (w in nouns or w[-1:] in "sx" and w[:-1] in nouns
                                                 or token.lemma_.lower() in nouns)



@lru_cache(maxsize=1)
def modal_forms() -> tuple[str, ...]:
    """The forms of the modals of ``kg/data/speech_modals.txt`` ("tenu", "voulue", "tient"…)."""
    text = resources.files("kg.data").joinpath("speech_modals.txt").read_text("utf-8")
    return tuple(w for line in text.splitlines() if line.strip() and not line.startswith("#")
                 for w in line.split("|", 1)[-1].split())
