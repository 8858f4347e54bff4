"""Speakers named by their role: "le préfet", "la présidente de la commission des lois".

Titles and spokesperson nouns (``kg/data/titles_fr.txt``,
``kg/data/speaker_roles.txt``, ``kg/data/title_synonyms.tsv``) and the
person of the article each one refers back to.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ...analysis import Analysis
from ...dates import WEEKDAYS
from ...records import COUNTRY, PERSON
from ...text import fold
from .events import SpeakerRef


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Nouns of ``kg/data/speaker_roles.txt`` (spokespersons, officials)."""
    text = resources.files("kg.data").joinpath("speaker_roles.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def role_of(word: str) -> str | None:
    """The role noun ``word`` is a form of: ``"porte-paroles"`` -> ``"porte-parole"``."""
    w = word.lower().replace("\u2019", "'")
    roles = role_words()
    for candidate in (w, w[:-1] if w[-1:] in "sx" else w):
        if candidate in roles:
            return candidate
    return None


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Folded title head words (``kg/data/titles_fr.txt``) and speaker roles."""
    from ...gazetteer import load_gazetteer

    return frozenset(fold(w) for w in load_gazetteer().titles) | frozenset(fold(w) for w in role_words())


#: Civilities and abbreviated titles written before a name.
_CIVILITIES = frozenset(["m.", "mme", "mlle", "me", "dr", "dre", "pr", "mgr"])


def only_titles(text: str) -> bool:
    """``text`` holds nothing but title words and civilities ("Général", "Dre", "M. le ministre"
    is not: "le"), as written before a name in a heading ("Général Jérôme Dumas : …")."""
    return all(fold(w) in _CIVILITIES or fold(w).rstrip(".") in title_words()
               for w in re.findall(r"[^\W\d_]+(?:[.'-][^\W\d_]+)*\.?", text))


_ROLE_DETERMINERS = {"le", "la", "l", "les", "un", "une", "son", "sa", "ses", "leur", "ce", "cette", "cet",
                     "du", "des", "de", "d", "au", "aux"}
_ROLE_GLUE = {"de", "du", "des", "d", "la", "le", "l", "les", "et", "a", "au", "aux", "en", "pour", "sur"}
MODIFIERS = {"ancien", "ancienne", "nouveau", "nouvelle", "actuel", "actuelle", "premier", "premiere",
              "haut", "haute", "grand", "grande", "vice", "ex", "futur", "future"}
#: Words that end a role phrase: what follows is where or how the person spoke.
_CIRCUMSTANCE = {"devant", "depuis", "sur", "lors", "dans", "pendant", "apres", "avant", "cite", "citee",
                 "interroge", "interrogee", "joint", "jointe", "selon", *WEEKDAYS, "hier"}


def _circumstance_after() -> re.Pattern:
    """Where a speaker's title ends: a word or locution of ``kg/data/speaker_circumstances.txt``
    ("sur", "lors", "à l'issue", "en marge") after a space."""
    text = resources.files("kg.data").joinpath("speaker_circumstances.txt").read_text("utf-8")
    words = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s(?:{alternatives})\b", re.IGNORECASE)


CIRCUMSTANCE_AFTER = _circumstance_after()
#: Singular titles that speak for an institution they name, or for their state.
SPOKESPERSONS = {"porte-parole", "porte parole", "representant", "representante"}


def role_tokens(text: str) -> list[str]:
    return re.findall(r"[\w-]+", fold(text).replace("'", " "))


def _same_word(a: str, b: str) -> bool:
    """Equal up to a gender or number ending: présidente/président, espagnole/espagnols."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2 or (
        len(short) >= 5 and short[:-1] == long_[: len(short) - 1] and len(long_) - len(short) <= 2)


def role_phrase(text: str) -> tuple[str, list[str]] | None:
    """The title head word and the content words of a role phrase, or None.

    >>> role_phrase("la présidente de la commission des lois")
    ('presidente', ['commission', 'lois'])
    >>> role_phrase("mardi la ville") is None
    True
    """
    words = role_tokens(text)
    while words and (words[0] in _ROLE_DETERMINERS or words[0] in MODIFIERS):
        words = words[1:]
    if not words or words[0] not in title_words():
        return None
    for k, w in enumerate(words):  # "le député de la Somme sur le plateau de France 2"
        if w in _CIRCUMSTANCE:
            words = words[:k]
            break
    return words[0], [w for w in words[1:] if w not in _ROLE_GLUE and w not in _ROLE_DETERMINERS]


#: A word that may be a nationality ("soudanaise", "tchadien"): a role holding one is that country's.
_NATIONALITY = re.compile(r"(?:ois|oise|ais|aise|ien|ienne|ain|aine|an|ane)$")


def role_person(analysis: Analysis, start: int, end: int, at: int | None = None) -> str | None:
    """The person of the article whose role the phrase ``[start, end)`` names.

    "a relevé le patron des sénateurs centristes", "selon le ministre", "a
    assuré le préfet": the person introduced with that role ("Hervé Marchand,
    patron des sénateurs centristes", "le préfet de la région, Paul Martin").
    Every content word of the phrase must be in the person's role; among
    several, the one whose role shares most words, then the last mentioned
    before ``at``.
    """
    phrase = role_phrase(_synonym(analysis.text[start:end]))
    if phrase is None:
        return None
    head, content = phrase
    at = start if at is None else at
    # "le porte-parole tchadien": a nationality adjective the role left unsaid ("porte-parole du
    # gouvernement") need not be in it, unless the role names a nationality of its own (a country's
    # name, "de la Fédération de Russie", still must)
    national = {w for m in analysis.mentions_in(start, end) if analysis.entity(m.entity).kind == COUNTRY
                and analysis.text[m.start].islower() for w in role_tokens(analysis.text[m.start:m.end])}
    best: tuple | None = None
    in_title = at < _lead_end(analysis.text)
    for entity in analysis.records.entities:
        if entity.kind != PERSON or not own_roles(analysis, entity):
            continue
        score = -1
        for role in own_roles(analysis, entity):
            words = role_tokens(role)
            while words and words[0] in MODIFIERS:
                words = words[1:]
            if not words or not _same_word(words[0], head):
                continue
            rest = words[1:]
            found = [c for c in content if any(_same_word(c, w) for w in rest)]
            unsaid = [c for c in content if c not in found]
            if not unsaid or all(c in national for c in unsaid) and not any(_NATIONALITY.search(w) for w in rest):
                score = max(score, len(found))
        if score < 0 and not (content and _sole_holder(analysis, entity, head)):
            continue
        starts = [m.start for m in analysis.records.mentions if m.entity == entity.key]
        before = [p for p in starts if p < at]
        if not before and not in_title:
            continue  # "a déclaré la ministre" in the body designates one named before, not "la ministre
            # vaudoise, X" introduced further down (a title or a lead may name a title the body introduces)
        recency = max(before) if before else -min(starts, default=0) - 10**9
        candidate = (score, bool(before), recency, entity.key)
        if best is None or candidate > best:
            best = candidate
    return best[3] if best else None


def _lead_end(text: str) -> int:
    """Where the title and the lead (the first two paragraphs) end: a designation there may name
    someone the body introduces ("Son directeur sportif parle d'un coureur « … »")."""
    paragraphs = [m.end() for m in re.finditer(r"[^\n]+", text)][:2]
    return paragraphs[-1] if paragraphs else 0


def own_roles(analysis: Analysis, entity) -> list[str]:
    """The roles of ``entity`` that name no other person of the article.

    "la procureure Hélène Castaing contre Erwan X" may leave X with the role
    "procureure Hélène Castaing contre": that title, and its gender, are
    Hélène Castaing's, not X's.
    """
    others = [fold(e.label) for e in analysis.records.entities
              if e.kind == PERSON and e is not entity and len(e.label) > 3]
    return [r for r in entity.roles if not any(o in fold(r) for o in others)]


def _sole_holder(analysis: Analysis, entity, head: str) -> bool:
    """``entity`` is the only person of the article whose role has this head title.

    "la ministre de la Santé" is "la ministre Nathalie Ferracci" when she is
    the only minister the article names, even if her role was written short.
    """
    def heads(e, bare: bool = False) -> set[str]:
        found = set()
        for role in own_roles(analysis, e):
            words = [w for w in role_tokens(role) if w not in MODIFIERS]
            if words and (not bare or len(words) == 1):
                found.add(words[0])
        return found

    # Only a bare title ("la ministre X"): a longer one that did not match contradicts.
    if not any(_same_word(h, head) for h in heads(entity, bare=True)):
        return False
    return not any(e is not entity and e.kind == PERSON and any(_same_word(h, head) for h in heads(e))
                   for e in analysis.records.entities)


@lru_cache(maxsize=1)
def _synonyms() -> list[tuple[str, re.Pattern, str]]:
    """(folded phrase, its pattern, folded title), longest phrase first; the phrase is there
    to test with ``in`` first, much cheaper than the pattern's search it is a condition of."""
    from ...gazetteer import read_table

    rows = sorted(read_table("title_synonyms.tsv"), key=lambda r: -len(r[0]))
    return [(fold(r[0]), re.compile(r"\b" + re.escape(fold(r[0])) + r"\b"), fold(r[1])) for r in rows if len(r) > 1]


def _synonym(text: str) -> str:
    """ "le chef de la diplomatie française" -> "le ministre des affaires etrangeres française" (folded)."""
    folded = fold(text)
    for phrase, pattern, title in _synonyms():
        if phrase in folded and pattern.search(folded):
            return pattern.sub(title, folded, count=1)
    return text


def member_of(analysis: Analysis, org: str, at: int) -> str | None:
    """The person named before ``at`` whose role names organisation ``org``.

    "a glissé le patron des députés RN" is the person introduced as "président
    du groupe Rassemblement national"; a title inside an organisation is one
    of its people, not the organisation itself.
    """
    entity = analysis.entity(org)
    names = {fold(n) for n in [entity.label, *entity.aliases] if len(n) >= 2}
    best = None
    for m in analysis.records.mentions:
        if m.start >= at:
            break
        person = analysis.entity(m.entity)
        if person is None or person.kind != PERSON:
            continue
        roles = " ".join(fold(r) for r in own_roles(analysis, person))
        if any(re.search(rf"\b{re.escape(n)}\b", roles) for n in names) or any(
                _spells(n, own_roles(analysis, person)) for n in names if 2 <= len(n) <= 6):
            best = person.key
    return best


def _spells(acronym: str, roles: list[str]) -> bool:
    """True when consecutive words of a role start with the letters of ``acronym`` ("RN", "PS")."""
    if not acronym.isalpha():
        return False
    for role in roles:
        words = [w for w in re.findall(r"[\w-]+", role) if fold(w) not in _ROLE_GLUE]
        for k in range(len(words) - len(acronym) + 1):
            window = words[k : k + len(acronym)]
            if window[0][:1].isupper() and fold("".join(w[0] for w in window)) == acronym:
                return True
    return False


def title_ref(text: str, national: bool = False) -> SpeakerRef:
    """A reference that only a person already named can fill, with the title's gender. A ``national``
    title ("le président argentin": it names a country, no one's role matched it) keeps its head, so
    that it is not given to a person the article titled otherwise."""
    words = role_tokens(text)
    gender = "Fem" if words and words[0] in ("la", "une", "cette", "sa") else None
    phrase = role_phrase(text)
    if gender is None and phrase is not None:
        gender = title_genders().get(phrase[0]) or ("Masc" if words and words[0] in ("le", "un", "ce", "son")
                                                     else None)
    return SpeakerRef(pronoun="elle" if gender == "Fem" else "il", gender=gender, person_only=True,
                      title=phrase[0] if phrase is not None and national and _office(phrase[0]) else None)


@lru_cache(maxsize=1)
def _national_offices() -> frozenset[str]:
    """Folded titles of ``kg/data/national_offices.txt`` ("président", "ministre")."""
    from ...gazetteer import read_table

    return frozenset(fold(row[0]) for row in read_table("national_offices.txt"))


def _office(head: str) -> bool:
    """``head`` (a title as role_phrase gives it) is a country's office held by one person."""
    return fold(head) in _national_offices()


def singular_title(text: str) -> bool:
    """A phrase headed by one person's title ("le ministre espagnol"), not a spokesperson or a group."""
    phrase = role_phrase(text)
    if phrase is None or phrase[0] in SPOKESPERSONS:
        return False
    words = role_tokens(text)
    return not (words and words[0] in ("les", "des", "ses", "leurs")) and not phrase[0].endswith(("s", "x"))


@lru_cache(maxsize=1)
def title_genders() -> dict[str, str]:
    """Folded title -> gender, for titles whose two forms differ (président/présidente)."""
    titles = title_words()
    found = {}
    for t in titles:
        for fem in (t + "e", t[:-3] + "rice" if t.endswith("eur") else None, t[:-3] + "euse" if t.endswith("eur") else None,
                    t[:-2] + "ete" if t.endswith("et") else None, t + "ne" if t.endswith("ien") else None,
                    t + "ne" if t.endswith("en") else None, t + "le" if t.endswith("el") else None):
            if fem and fem != t and fem in titles:
                found[t], found[fem] = "Masc", "Fem"
    return found
