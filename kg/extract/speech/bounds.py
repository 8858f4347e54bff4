"""Where reported content ends: the writer's comment after it, a running total that carries it on.

"…avoir capturé 230 soldats, un chiffre invérifiable de source indépendante"
and "…présent à Genève, ce que Berne n'a pas confirmé" end before the comma:
the comment is the writer's, and so is ", chiffres à l'appui". "…1.500 soldats, portant le total à 10.000"
goes on: the total is part of what was said. The words are in
``kg/data/content_bounds.txt``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import read_table


@lru_cache(maxsize=1)
def _sections() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    section = None
    for line, *_ in read_table("content_bounds.txt"):
        if line.startswith("[") and line.endswith("]"):
            section = out.setdefault(line[1:-1], set())
        elif section is None:
            raise ValueError(f"content_bounds.txt: {line!r} before any section")
        else:
            section.add(line.lower())
    return {k: frozenset(v) for k, v in out.items()}


def situates(word: str) -> bool:
    """A noun heading a phrase that says where the place before it is ("…, dans la région de X")."""
    return word.lower() in _sections().get("situates", frozenset())


def continues(word: str) -> bool:
    """True for a participle that carries reported content on ("portant le total à …")."""
    return word.lower() in _sections().get("continues", frozenset())


@lru_cache(maxsize=1)
def _comment() -> re.Pattern:
    nouns = "|".join(sorted(map(re.escape, _sections().get("comments", ())), key=len, reverse=True))
    # ", chiffres de l'OQLF à l'appui", ", photos à l'appui": the writer's evidence, an absolute phrase
    when = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in sorted(
        _sections().get("circumstances", ()), key=len, reverse=True)) or "(?!)"
    return re.compile(r",\s+(?:ce\s+(?:que|qu['’]|qui)\b|(?:un|une)\s+(?:" + nouns + r")s?\b|"
                      r"(?:" + when + r")\b|"
                      r"[^,.;:«»“”\"]{1,80}?\sà\s+l['’]appui\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _source_after() -> re.Pattern:
    """ ", selon un compte rendu de son ministère." closing the sentence, ", dans un communiqué publié
    samedi": where the words come from or were said (speech nouns of ``kg/data/speech_nouns.txt``)."""
    from .verbs import speech_nouns

    nouns = "|".join(sorted((re.escape(n) for n in speech_nouns()), key=len, reverse=True))
    return re.compile(r",\s+(?:(?:selon|d['’]après)\s[^,;«»“”\"]*|(?:dans|lors\s+d['’]|lors\s+de|sur|via)\s*"
                      r"(?:un|une|le|la|l['’]|les|des|son|sa|ses|leur|leurs)\s*(?:" + nouns + r")s?\b[^;«»“”\"]*)"
                      r"[\s.;!?]*$", re.IGNORECASE)


def comment_start(text: str, start: int, end: int, quoted: list[tuple[int, int]] = ()) -> int:
    """Where the writer's comment after the content ``[start, end)`` begins, or ``end``.

    Only after three words of content and outside quotation marks. A source or a channel closing
    the sentence after a comma (", selon X.", ", dans un communiqué publié samedi.") is not content.
    """
    for m in _comment().finditer(text, start, end):
        if len(re.findall(r"\w+", text[start : m.start()])) >= 3 and not any(
                a <= m.start() < b for a, b in quoted):
            return m.start()
    for m in _source_after().finditer(text, start, end):
        if len(re.findall(r"\w+", text[start : m.start()])) >= 3 and not any(
                a <= m.start() < b for a, b in quoted):
            return m.start()
    return end
