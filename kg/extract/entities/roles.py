"""Titles next to a person's name: roles, affiliations and later references.

Roles are kept as written ("secrétaire américain à la Défense"); the
countries and organisations named inside a role become affiliations; a title
used alone later ("le président ukrainien") refers back to the person.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...analysis import Analysis
from ...gazetteer import load_gazetteer
from ...records import COUNTRY, PERSON
from ...text import fold_same_length
from ..found import Found
from .organisations.heads import heads
from .filters import dictionary_word
from .local_bodies import officers
from .places import token_before

_DETERMINERS = {"le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs",
                "du", "au", "aux", "des", "ce", "cet", "cette"}


_PREPOSITIONS = {"de", "d'", "à", "en", "pour", "sur", "chez", "des", "du", "aux", "au"}

#: Prepositions of a title's complement the tagger reads as adverbs ("ambassadeur auprès
#: des Nations unies", "représentant permanent auprès de l'UE").
_ADVERB_PREPOSITIONS = {"auprès"}


_TITLE_MODIFIERS = {"ancien", "ancienne", "nouveau", "nouvelle", "futur", "future", "actuel",
                    "actuelle", "ex", "vice", "haut", "haute", "premier", "première"}


# Participles inside a title, which the tagger may read as verbs.
_TITLE_PARTICIPLES = {"délégué", "déléguée", "chargé", "chargée", "adjoint", "adjointe"}


def role_before(doc: Doc, start: int, titles: frozenset[str]) -> tuple[int, int] | None:
    """Token range of a title written before a name ("le président ukrainien X")."""
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    skipped = 0
    if i >= 0 and doc[i].text == ")":  # "le président de la Fédération (FHF), X": the title's acronym
        opening = next((k for k in range(i - 1, max(-1, i - 6), -1) if doc[k].text == "("), None)
        if opening is not None:
            skipped, i = i - opening + 1, opening - 1
    first = None
    while i >= 0 and start - i <= 12 + skipped:
        t = doc[i]
        if t.is_sent_end and i != start - 1:
            break
        lower = t.lower_
        if lower in _DETERMINERS and lower not in {"des", "du", "la", "l'", "au", "aux"}:
            break  # ("ministre délégué aux Comptes publics": "aux" inside the title)
        if lower in {"la", "l'"}:
            prev = token_before(doc, i)
            if prev is None or prev.lower_ not in _PREPOSITIONS:
                break
        if lower in _TITLE_PARTICIPLES:
            i -= 1  # "ministre délégué aux Comptes publics", "secrétaire d'État chargé du Numérique"
            continue
        if lower == "et" and i + 1 < start and (doc[i + 1].lower_ in _PREPOSITIONS | {"la", "l'"}
                                                or doc[i + 1].pos_ == "ADJ"):
            i -= 1  # "ministre des Pêches et des Infrastructures maritimes et portuaires"
            continue
        if lower in _ADVERB_PREPOSITIONS or t.ent_iob_ == "I" and not t.is_punct and t.is_alpha:
            i -= 1  # "auprès des Nations | unies": inside the named body a title's complement names
            continue
        if t.is_punct or t.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ", "PRON", "ADV", "NUM"}:
            break
        if lower in titles:
            first = i
        i -= 1
    if first is None:
        return None
    end = start - 1 if doc[start - 1].text == "," else start
    return first, end


def role_after(doc: Doc, end: int, titles: frozenset[str]) -> tuple[int, int] | None:
    """Token range of a title in apposition after a name ("X, secrétaire d'État")."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if i < len(doc) and doc[i].lower_ in {"le", "la", "l'"}:
        i += 1
    if i >= len(doc) or doc[i].lower_ not in titles | _TITLE_MODIFIERS:
        return None
    first, j = i, i
    while j < len(doc) and j - first < 12:
        t = doc[j]
        if t.is_punct and t.text not in {"-", "'"} or t.is_space or t.pos_ in {"VERB", "AUX"}:
            break
        if t.is_sent_start and j != first:
            break
        j += 1
    return (first, j) if j > first else None


def role_text(analysis: Analysis, doc: Doc, start: int, end: int) -> str:
    span = doc[start:end]
    return analysis.original(span.start_char, span.end_char).strip(" ,")


def portfolio(f: Found, doc: Doc) -> bool:
    """An NER guess that, inside a title, is a portfolio ("à la Défense", "aux
    Comptes publics"): a few common words after a preposition. A party or group
    ("chef du groupe parlementaire du Parti démocrate", "le député Ecolo") or
    a named body ("chercheur au Centre d'études stratégiques du Sahel") is an
    organisation the person belongs to."""
    return (f.start > 0 and doc[f.start - 1].lower_ in _PREPOSITIONS | {"la", "l'", "l’", "les"}
            and _portfolio_words(f, doc) and not _officers_territory(f, doc))


def _portfolio_words(f: Found, doc: Doc) -> bool:
    """An NER guess (not a person) whose words could name a portfolio: a few common words,
    not a group's head noun nor an institution's name."""
    return (f.source == "ner" and f.kind != PERSON
            and f.label.split()[0].lower() not in heads().words("group")
            and not _institution_name(doc[f.start:f.end])
            and _common_words(doc[f.start:f.end]))


#: Titles whose complement is a portfolio: "le ministre grec de la Protection du citoyen",
#: "secrétaire américain à la Sécurité intérieure", "garde des Sceaux".
_PORTFOLIO_TITLES = {"ministre", "ministres", "vice-ministre", "secrétaire", "sous-secrétaire", "garde"}


def minister_portfolio(f: Found, doc: Doc) -> bool:
    """An NER guess that completes a minister's title, whether a name follows or
    not ("le ministre grec de la Protection du citoyen.", "le ministre de la
    Sécurité et de la Protection civile, le général X", "garde des Sceaux"): one
    to three common words after a preposition, the title before them past a
    demonym or a coordinated portfolio. A ministry ("le ministère de la
    Défense") is built whole by the patterns; a party, a group or a named
    body after the title is the organisation it belongs to."""
    if not (f.start > 1 and _portfolio_words(f, doc)):
        return False
    i = f.start - 1
    if doc[i].lower_ in {"la", "l'", "l’", "les"}:
        i -= 1
    if doc[i].lower_ not in _PREPOSITIONS:
        return False
    gaz = load_gazetteer()
    for k in range(i - 1, max(-1, i - 9), -1):
        t = doc[k]
        if t.lower_ in _PORTFOLIO_TITLES:
            # a secretary's complement is a portfolio only after a demonym or "d'État"
            # ("secrétaire américain à la Sécurité intérieure", not "secrétaire des Écologistes")
            after = doc[k + 1] if k + 1 < len(doc) else t
            return (not t.lower_.endswith("secrétaire") or gaz.country_of(after.text) is not None
                    or after.lower_ in {"d'", "d’"} or after.lower_ in _TITLE_PARTICIPLES)
        if t.is_lower and t.pos_ in {"ADJ", "NOUN"} and t.lower_ not in _PREPOSITIONS | _TITLE_PARTICIPLES:
            # only a demonym between the title and its portfolio: "ministre grec de …"
            return k > 0 and doc[k - 1].lower_ in _PORTFOLIO_TITLES and gaz.country_of(t.text) is not None
        coordinated = t.text[:1].isupper() and _common_words(doc[k:k + 1])  # "de la Sécurité et de …"
        if not (coordinated or t.lower_ in _PREPOSITIONS | _TITLE_PARTICIPLES | {"la", "l'", "l’", "les", "et"}):
            return False
    return False


def _officers_territory(f: Found, doc: Doc) -> bool:
    """The territory of a local officer's title ("le préfet du Var", "la maire de la
    Roche"): a place of its own, not a portfolio."""
    i = f.start - 1
    if i > 0 and doc[i].lower_ in {"la", "l'", "l’"}:
        i -= 1
    return i > 0 and doc[i].lower_ in {"de", "du", "des", "d'", "d’"} and doc[i - 1].lower_ in officers()


def _institution_name(span) -> bool:
    """An institution word and capitalised words: "économiste du Crédit Rhodanien",
    "analyste à la Banque Populaire" name a body even when every word is in the dictionary."""
    return (len(span) >= 2 and span[0].lower_ in heads().words("institution")
            and all(t.text[:1].isupper() for t in span[1:] if t.is_alpha))


def _common_words(span) -> bool:
    """One to three common words: a portfolio ("Défense", "Comptes publics"), not
    a body's name ("Centre d'études stratégiques du Sahel")."""
    words = [t.lower_ for t in span if t.is_alpha]
    # (the lemmatizer's tables miss some regular plurals and feminines: "comptes",
    # "affaires", "intérieure")
    return len(words) <= 3 and all(dictionary_word(w) or w[-1] in "sx" and dictionary_word(w[:-1])
                                   or len(w) > 5 and w.endswith("e") and dictionary_word(w[:-1])
                                   or len(w) > 6 and w.endswith("es") and dictionary_word(w[:-2]) for w in words)


def possessive_affiliations(found: list[Found], doc: Doc) -> None:
    """Give "son ministère des Affaires étrangères" the country named before it.

    The nearest country earlier in the same sentence is the owner ("celle du
    Royaume-Uni, par l'intermédiaire de son ministère des Affaires
    étrangères"); the key then carries the country like a demonym would.
    """
    for f in found:
        if f.source != "pattern" or f.affiliations or f.start == 0:
            continue
        if doc[f.start - 1].lower_ not in {"son", "sa", "leur"}:
            continue
        sent_start = doc[f.start].sent.start
        owners = [o for o in found if o.kind == COUNTRY and sent_start <= o.start < f.start]
        if owners:
            country = owners[-1].key
            f.affiliations.append(country)
            f.key = f"{f.key}-{country.split('/')[1].lower()}"


def _fold_same_length(text: str) -> str:
    """:func:`kg.text.fold` character by character, so offsets do not move.

    >>> _fold_same_length("Secrétaire d’État")
    "secretaire d'etat"
    """
    return fold_same_length(text)


def title_references(analysis: Analysis, found: list[Found]) -> None:
    """Mention a person where a title alone refers to them ("le président ukrainien").

    A title met with a name earlier in the article ("le président ukrainien
    Volodymyr Zelensky"), or its shorter form without a trailing demonym
    ("le secrétaire d'État" for "secrétaire d'État américain"), used later
    with a determiner and without a name, names the same person, provided
    no other person of the article holds that title.
    """
    gaz = load_gazetteer()
    variants: dict[str, set[str]] = {}
    for f in found:
        for role in f.roles:
            words = role.split()
            forms = {role}
            while len(words) > 2 and gaz.country_of(words[-1]):
                words = words[:-1]
                forms.add(" ".join(words))
            for form in forms:
                if len(form.split()) >= 2:
                    variants.setdefault(_fold_same_length(form), set()).add(f.key)
    if not variants:
        return
    text = _fold_same_length(analysis.text)
    person_starts = sorted(m.start for m in analysis.records.mentions
                           if analysis.entity(m.entity) and analysis.entity(m.entity).kind == PERSON)
    for form, keys in sorted(variants.items()):
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        start = text.find(form)
        while start != -1:
            end = start + len(form)
            before = text[max(0, start - 4):start]
            boundary = (end == len(text) or not text[end].isalnum())
            with_det = before.endswith((" le ", "le ", "l'", " du ", " au ")) or before.endswith(" la ")
            # "le secrétaire d'État [américain] Antony Blinken": a name follows.
            named_next = any(
                0 <= p - end <= 40
                and all(gaz.country_of(w) for w in text[end:p].replace(",", " ").split())
                for p in person_starts
            )
            persons_inside = any(
                analysis.entity(m.entity).kind == PERSON for m in analysis.mentions_in(start, end)
            )
            if boundary and with_det and not named_next and not persons_inside:
                analysis.add_mention(start, end, key)
            start = text.find(form, end)
