"""Whether a name is used as a place or stands for an actor, and where a place lies.

A capital is an actor (its country) or a place depending on its syntax:
"Pyongyang a promis" is North Korea, "à Pyongyang" is the city.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer, read_table
from ...records import COUNTRY
from ..tokens import token_texts

# Prepositions after which a capital is the city, not its government.
PLACE_CASES = {"à", "a", "dans", "vers", "en", "au", "aux", "depuis", "jusqu'", "près", "via",
                "jusqu'à"}


# Nouns that introduce a place name: "la région de Koursk".
_PLACE_NOUNS = {"région", "oblast", "province", "canton", "ville", "capitale", "district", "territoire",
                "localité", "village", "port", "aéroport", "gare", "frontière", "péninsule",
                "rue", "rues"}


# Words measuring or orienting from a point: "à 80 kilomètres de Tallinn", "au sud
# de Vilnius", "au large de Dakar" name the city as a place, never its government.
_POSITION_WORDS = {"kilomètres", "kilomètre", "km", "milles", "mètres", "nord", "sud", "est", "ouest",
                   "nord-est", "nord-ouest", "sud-est", "sud-ouest", "large", "abords", "périphérie",
                   "environs", "portes", "banlieue", "proximité", "direction", "sortie", "entrée"}


# Nouns after which "de X" is a place ("autour de Kimoka", "les secteurs de Tyr").
_LOCATIVE_NOUNS = _PLACE_NOUNS | {"autour", "près", "secteur", "secteurs", "archipel", "archipels",
                                  "environs", "camp", "base", "axe", "régions", "villes", "localités",
                                  "quartier", "quartiers", "comté", "comtés", "commune", "communes",
                                  "faubourg", "banlieue", "bases", "ports"}


def after_place_noun(span) -> int:
    """Where the name starts in a place span the model opened with its noun
    ("province du Ouaddaï", "la région de Koursk"): after "noun de (la)",
    else the span's start."""
    doc, i = span.doc, span.start
    if i < span.end and doc[i].lower_ in {"la", "le", "l'", "l’"}:
        i += 1
    if not (i + 2 < span.end + 1 and doc[i].is_lower and doc[i].lower_ in _LOCATIVE_NOUNS
            and doc[i + 1].lower_ in {"de", "du", "des", "d'", "d’"}):
        return span.start
    i += 2
    if i < span.end and doc[i].lower_ in {"la", "l'", "l’"}:
        i += 1
    return i if i < span.end and doc[i].text[:1].isupper() else span.start


def token_before(doc: Doc, i: int) -> Token | None:
    return doc[i - 1] if i > 0 else None


def line_start(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a line: the first token, or one after a token holding a
    line break (a token's trailing whitespace is a space or nothing, never a line break)."""
    return i == 0 or "\n" in token_texts(doc)[i - 1]


def is_place_use(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at tokens ``[start, end)`` is used as a place, not an actor.

    After a locative preposition ("à Bruxelles", "vers Pyongyang"), in
    "la région de X" or in "de X à Y" it is a place; otherwise (subject,
    object, "selon X", "pour Kiev", "les lois de Séoul") the capital stands
    for its government. "à X" names a party, not a place, after a verb of
    ``recipient_verbs.txt`` ("un message adressé à Moscou"), after a noun of
    power ("l'opposition à Séoul") and when it opens an impersonal reaction
    ("À Moscou, on dénonce …": :func:`_fronted_reaction`).
    """
    head = doc[end - 1]
    if _dateline(doc, start, end):
        return True
    if start >= 2 and doc[start - 1].lower_ in {"à", "a"} and doc[start - 2].lower_ == "face":
        return False  # "face à Clermont": an opponent, not a place
    if start >= 1 and doc[start - 1].lower_ in {"à", "a"} and (
            _recipient(head) or _fronted_reaction(doc, start, end) or _power_in(head)):
        return False
    cases = [c.lower_ for c in head.children if c.dep_ == "case"]
    prev = token_before(doc, start)
    if prev is not None and not prev.is_punct:
        cases.append(prev.lower_)
    if any(c in PLACE_CASES for c in cases):
        return True
    if prev is not None and prev.lower_ in {"de", "d'", "du"}:
        before = token_before(doc, prev.i)
        if before is not None and (before.lower_ in _PLACE_NOUNS or before.lower_ in _POSITION_WORDS):
            return True
        nxt = doc[end : end + 2]
        if len(nxt) == 2 and nxt[0].lower_ in {"à", "a", "jusqu'"} and nxt[1].is_title:
            return True  # "de Wonsan à Vladivostok"
    return False


@lru_cache(maxsize=1)
def recipient_verbs() -> frozenset[str]:
    """The infinitives of ``kg/data/recipient_verbs.txt``."""
    return frozenset(row[0].lower() for row in read_table("recipient_verbs.txt"))


def _infinitives(token: Token) -> set[str]:
    """spaCy's lemma and the -er infinitives the written form may be of (the
    lemmatiser gives "adresse" for "s'adresse", an adjective "lié" for "lié")."""
    word = token.lower_
    forms = {token.lemma_.lower()}
    for ending in ("aient", "ait", "ées", "és", "ée", "é", "ent", "es", "e", "a"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.add(word[: -len(ending)] + "er")
    return forms


def _recipient(head: Token) -> bool:
    """Whether the name ``head`` (after "à") is the recipient of a verb of
    ``recipient_verbs.txt``: "adressé à Moscou", "lié à Bangui", "accordé à Lorient"."""
    verb = head.head
    if verb.pos_ == "ADV" and verb.head.i != verb.i:
        verb = verb.head  # "s'adresse autant à Port-Soudan qu'aux FSR"
    return (head.dep_ in {"obl:arg", "iobj", "obl"} and verb.i != head.i
            and verb.pos_ in {"VERB", "ADJ"} and not _infinitives(verb).isdisjoint(recipient_verbs()))


# Nouns of a country's power or its opponents: "l'opposition à Séoul", "le régime à
# Pyongyang" name the country's politics, not the city.
_POWER_NOUNS = {"pouvoir", "régime", "gouvernement", "opposition", "autorités", "dirigeants",
                "dirigeant", "junte"}


def _power_in(head: Token) -> bool:
    """Whether the name ``head`` (after "à") complements a noun of power: "les
    dirigeants de l'opposition à Séoul" (not "l'ambassade de France à Séoul")."""
    noun = head.head
    return head.dep_ == "nmod" and noun is not head and noun.lower_ in _POWER_NOUNS


def _fronted_reaction(doc: Doc, start: int, end: int) -> bool:
    """"À Moscou, on dénonce une provocation": a place opening its sentence (or a
    clause after ";") before a comma, whose clause has the impersonal subject
    "on", names where the reaction comes from, the government. With a named
    subject ("À Nairobi, la ministre a promis …") it is where that actor spoke."""
    prep = doc[start - 1]
    opens = prep.is_sent_start or line_start(doc, prep.i) or doc[prep.i - 1].text in {";", ":"}
    if not opens or end >= len(doc) or doc[end].text != ",":
        return False
    verb = doc[end - 1].head
    if verb.i < end or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_.startswith("nsubj") and c.lower_ == "on" for c in verb.children)


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """A city opening a line before "(AFP)", ", 9 avr 2026" or, in capitals, a dash: where the story was filed.

    The line may start with the city alone or after the byline's dash.
    """
    if not (start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].text in {"-", "—", "–"}
            and (start == 1 or "\n" in doc[start - 2].text_with_ws)):
        return False
    after = doc[end:end + 3]
    if len(after) and (after[0].text == "(" or after[0].text in {"-", "–", "—"} and doc[start:end].text.isupper()):
        return True  # "GOMA (API) -", "BERNE - Le Conseil national…"
    return len(after) >= 2 and after[0].text == "," and (after[1].like_num or after[1].is_digit)


def country_from_context(doc: Doc, start: int, end: int, gaz: Gazetteer) -> str | None:
    """The country a place lies in, from its context.

    "la région russe de Koursk" (a demonym on the introducing noun) or
    "Wonsan, en Corée du Nord" / "Wonsan (Corée du Nord)".
    """
    window = doc[max(0, start - 3) : start]
    if any(t.lower_ in _PLACE_NOUNS for t in window):
        for t in window:
            country = gaz.country_of(t.text)
            if country:
                return country
    after = doc[end : end + 5]
    if len(after) >= 2 and after[0].text in {",", "("}:
        words = [t.text for t in after[1:]]
        if words and words[0].lower() in {"en", "au", "aux"}:
            words = words[1:]
        for n in range(min(3, len(words)), 0, -1):
            known = gaz.lookup(" ".join(words[:n]).replace(" - ", "-"), (COUNTRY,))
            if known:
                return known.key
    return None


def governed_like_place(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is governed like a place: after "à", "depuis",
    "vers" or "autour de", "la localité de", "la base navale de"."""
    prev = token_before(doc, start)
    if prev is None:
        return False
    if prev.lower_ in PLACE_CASES - {"en"}:
        return True
    before = token_before(doc, prev.i)
    if before is not None and before.pos_ == "ADJ" and before.is_lower:
        before = token_before(doc, before.i)  # "la base navale de Locodjro"
    return prev.lower_ in {"de", "d'", "du"} and before is not None and before.lower_ in _LOCATIVE_NOUNS


def of_its_members(doc: Doc, start: int, members: frozenset[str]) -> bool:
    """Whether the name at ``start`` follows "<member noun> de (la)": "les miliciens
    de la Codeco", "le directeur général de Verralis" (``members``: the members
    nouns of ``organisations_fr.txt``)."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in {"l'", "l’", "la", "le"}:
        i -= 1
    if i < 1 or doc[i].lower_ not in {"de", "d'", "d’", "du", "des"}:
        return False
    j = i - 1
    while j > 0 and doc[j].is_lower and doc[j].pos_ == "ADJ":
        j -= 1  # "directeur général", "porte-parole adjoint"
    return doc[j].lower_ in members
