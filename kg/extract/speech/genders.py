"""The gender and number a speaker shows, to match pronouns to the person they stand for.

Pronouns, determiners, gendered titles, "Mme"/"M." and first names
(``kg/data/first_names.tsv``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...analysis import Analysis
from ...records import PERSON
from ...text import fold
from .roles import MODIFIERS, own_roles, role_tokens, title_genders, title_words

PRONOUNS = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"),
            "elles": ("Fem", "Plur"), "on": (None, "Sing"),
            "l'en": (None, "Sing")}  # "à l'en croire": him or her (never a token, see selon_phrases.selon_at)
_FEM_DETERMINERS = {"la", "une", "cette", "sa", "ma", "ta"}
_MASC_DETERMINERS = {"le", "un", "ce", "cet", "du", "au"}
#: Possessives that are masculine only before a consonant: "son avocat", but "son avocate".
_POSSESSIVES = {"son", "mon", "ton"}


def determiner_gender(determiner: str, noun: str) -> str | None:
    """ "la", "une" -> "Fem"; "le", "un", "son" before a consonant -> "Masc"."""
    determiner = determiner.lower()
    if determiner in _FEM_DETERMINERS:
        return "Fem"
    if determiner in _MASC_DETERMINERS or determiner in _POSSESSIVES and noun[:1].lower() not in "aeiouyéèêâîôûh":
        return "Masc"
    return None


def token_gender(token: Token) -> str | None:
    """The gender a subject noun shows: its determiner, its title's form, else its morphology."""
    for c in token.children:
        if c.dep_ == "det" and (found := determiner_gender(c.lower_, token.text)) is not None:
            return found
    if (titled := title_genders().get(fold(token.text))) is not None:
        return titled  # "son avocate": the title says what the possessive does not
    if fold(token.text) in title_words():
        return None  # "leur porte-parole", "son ministre": one form for both genders, whatever the tagger says
    genders = token.morph.get("Gender")
    return genders[0] if genders and token.pos_ == "NOUN" else None


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Folded first name -> "Fem"/"Masc", from ``kg/data/first_names.tsv``."""
    from ...gazetteer import read_table

    return {fold(row[0]): row[1] for row in read_table("first_names.tsv") if len(row) > 1}


_CIVILITY = re.compile(r"(?:\b(Mme|Madame|Mlle|Mademoiselle)|\b(M\.|Monsieur))\s*$")
#: A determiner and the lower-case noun it opens right before a name: "le réalisateur danois
#: Mads X", "la cinéaste Nadia X" (no preposition inside: "la femme de X" is not X; none
#: before: "le président de la République X" is not "la").
_DETERMINED_NOUN = re.compile(r"(?<!\bde )(?<!\bà )\b(?:(la|une)|(le|un))\s+[a-zàâçéèêëîïôûù][\w-]*"
                              r"(?:\s+(?!(?:de|du|des|d|à|au|aux|et|ou|pour|par|avec|comme|chez|selon)\b)"
                              r"[^\W\d_][\w-]*){0,2}\s+$")


def person_genders(analysis: Analysis) -> dict[str, str]:
    """The gender of each person of the article, where the text or the first name shows it.

    "Mme X", "M. X"; a gendered title in the person's roles ("présidente de la
    commission"); "la ministre X"; otherwise the first name and the determiner of a noun
    right before the name ("le réalisateur danois X", "la cinéaste X"), when they agree
    ("la star Lionel X": no gender; first names in ``kg/data/first_names.tsv``; a compound first
    name the file lacks has its first part's gender: Anne-Laure, Jean-Loup).
    """
    titles = title_genders()
    names = first_names()
    genders: dict[str, str] = {}
    for entity in analysis.records.entities:
        if entity.kind != PERSON:
            continue
        votes, weak = [], []  # weak: a determiner's gender, which an epicene noun ("la star X") may not share
        for m in analysis.records.mentions:
            if m.entity != entity.key:
                continue
            civility = _CIVILITY.search(analysis.text, max(0, m.start - 14), m.start)
            if civility:
                votes.append("Fem" if civility.group(1) else "Masc")
            elif determined := _DETERMINED_NOUN.search(analysis.text, max(0, m.start - 50), m.start):
                weak.append("Fem" if determined.group(1) else "Masc")
        for role in own_roles(analysis, entity):
            words = role_tokens(role)
            while words and words[0] in MODIFIERS:
                words = words[1:]
            if words and words[0] in titles:
                votes.append(titles[words[0]])
        if not votes:
            first = fold(entity.label.split()[0]) if entity.label.split() else ""
            gender = names.get(first) or names.get(first.split("-")[0])  # "Anne-Laure" as "Anne"
            votes = weak + ([gender] if gender else [])
        if votes and all(v == votes[0] for v in votes):
            genders[entity.key] = votes[0]
    return genders
