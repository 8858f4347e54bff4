"""Armed forces and named military units ("l'armée tchadienne", "la 11e brigade parachutiste")."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ....gazetteer import Gazetteer
from ....records import COUNTRY, ORGANIZATION
from ...found import Found
from .heads import at_words, first_words, phrases_at, heads
from .spans import ARTICLES, DE, PRIORITY, label_of, name_after, org

_ORDINAL = re.compile(r"^\d+(?:e|er|re|ère|ème|eme)$", re.IGNORECASE)


#: What "forces" may take before the demonym and still name a country's armed forces.
_DEFENCE_FORCES = {("de", "défense"), ("d'", "autodéfense"), ("d’", "autodéfense")}


def armed_forces(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"l'armée tchadienne", "les forces armées soudanaises", "l'armée du Mali".

    One node per country: the key is ``org/armee-<code>`` whatever the wording.
    """
    found = []
    for i in at_words(doc, heads().words("armed")):
        t = doc[i]
        if t.lower_ == "armées" and t.i and doc[t.i - 1].lower_ == "forces":
            continue
        end = t.i + 1
        if t.lower_ == "forces" and end < len(doc) and doc[end].lower_ in {"armées", "armée"}:
            end += 1
        elif t.lower_ == "forces" and tuple(w.lower_ for w in doc[end:end + 2]) in _DEFENCE_FORCES:
            end += 2  # "les forces de défense estoniennes", "les Forces d'autodéfense japonaises"
        country = gaz.country_of(doc[end].text) if end < len(doc) else None
        if country:
            end += 1
        elif end + 1 < len(doc) and doc[end].lower_ in DE - {"des"}:
            k = end + 1 + (doc[end + 1].lower_ in ARTICLES)
            for n in (3, 2, 1):
                known = gaz.lookup(doc[k:k + n].text, (COUNTRY,)) if k + n <= len(doc) else None
                if known:
                    country, end = known.key, k + n
                    break
        if not country:
            continue
        label = label_of(doc, t.i, end)
        found.append(Found(t.i, end, f"org/armee-{country.split('/')[1].lower()}", ORGANIZATION,
                           label, PRIORITY, affiliations=[country], source="pattern"))
    return found


def units(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"la 11e brigade parachutiste", "le bataillon Azov", "le corps de réaction rapide"."""
    found = []
    for i in at_words(doc, first_words("unit")):
        t = doc[i]
        for phrase in phrases_at(doc, t.i, "unit", case=False):
            end = t.i + len(phrase)
            start = t.i
            ordinal = t.i > 0 and _ORDINAL.match(doc[t.i - 1].text)
            if ordinal:
                start = t.i - 1
                if (start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha
                        and doc[start - 1].pos_ not in ("DET", "ADP", "PRON", "CCONJ", "SCONJ")
                        and not doc[start - 1].is_sent_start):
                    start -= 1  # "le Royal 22e Régiment": a capitalised word before the number is the name's
                end = _complements(doc, end)
            elif len(phrase) == 1 and _specified(doc, t.i):
                end = _complements(doc, end)  # "du bataillon de chasseurs ardennais"
                if end < len(doc) and doc[end].like_num and doc[end].is_digit:
                    end += 1  # "le bataillon d'infanterie 13"
            elif len(phrase) == 1:
                while end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ" and end - t.i <= 2:
                    end += 1  # "la brigade mécanisée Sassari"
                name_end = name_after(doc, end, limit=3)
                if name_end == end or gaz.lookup(doc[end:name_end].text):
                    break
                end = name_end
                while (end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ"
                       and not gaz.country_of(doc[end].text) and end - name_end < 2):
                    end += 1  # "le bataillon Chasseurs ardennais": the name's own adjective
            affiliations = []
            if end < len(doc) and gaz.country_of(doc[end].text):
                affiliations.append(gaz.country_of(doc[end].text))
                end += 1
            label = label_of(doc, start, end - len(affiliations))
            found.append(org(doc, start, end, label, affiliations))
            break
    return found


def _specified(doc: Doc, i: int) -> bool:
    """A unit noun after a definite article and before "de/d'" and a lower-case
    noun of its arm, then a number or an adjective ("du bataillon de chasseurs
    ardennais", "le bataillon d'infanterie 13"): one unit, not a kind of unit
    ("un bataillon d'infanterie", "le régiment de soldats" stays unnamed)."""
    if i == 0 or doc[i - 1].lower_ not in {"le", "la", "l'", "l’", "du", "au"} or i + 3 >= len(doc):
        return False
    de, noun, last = doc[i + 1], doc[i + 2], doc[i + 3]
    return (de.lower_ in {"de", "d'", "d’"} and noun.is_lower and noun.pos_ in ("NOUN", "PROPN")
            and (last.is_digit or last.is_lower and last.pos_ == "ADJ" and not last.like_num))


def _complements(doc: Doc, i: int) -> int:
    """End of the adjectives and "de + noun" complements of a unit noun
    ("parachutiste", "étranger de parachutistes", "d'infanterie de marine")."""
    j = i
    while j < len(doc) and j - i < 6:
        t = doc[j]
        if t.pos_ in ("ADJ", "PROPN") and t.is_lower and not _ORDINAL.match(t.text):
            # the tagger may call a lower-case adjective a proper noun ("de chasseurs alpins")
            j += 1
        elif (t.lower_ in {"de", "d'"} and j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "ADJ", "PROPN")
              and doc[j + 1].is_lower):
            j += 2
        else:
            break
    return j
