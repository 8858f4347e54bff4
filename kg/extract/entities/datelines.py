"""The dateline opening a wire story: "GOMA (API) -", "Paris, 9 avril 2026 (APN) –",
"NIAMEY, 18 fév (APA) -", "BERNE -", "Vienne (dpa) –".

The agency in parentheses is an organisation, even one no gazetteer knows
(a regional agency's initials): the story is its report. A city the dateline
writes in capitals ("N'DJAMENA", "BICHKEK") is that city, not an
organisation the model reads from the capitals.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...dates import MONTHS
from ...gazetteer import Gazetteer, geonames_city
from ...records import ORGANIZATION, PLACE
from ...text import slug
from ..found import Found
from .organisations.heads import at_words
from .known_names import from_known
from .places import line_start

_DASHES = {"-", "–", "—"}
_DASH_OR_BRACKET = frozenset(_DASHES | {"("})  # the only tokens a dateline walk stops at
#: Tokens a dateline's city and date are made of, besides capitalised words and numbers.
_DATE_WORDS = set(MONTHS) | {",", ".", "'", "’"}


def dateline_spans(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """The agency (and a city in capitals) of every line opening "PLACE[, date] (AGENCY) -"."""
    found: list[Found] = []
    for t in map(doc.__getitem__, at_words(doc, _DASH_OR_BRACKET, case=True)):
        if t.text in _DASHES and _capitals_city(doc, t.i, gaz, found):
            continue
        if t.text != "(":
            continue
        close = _agency_end(doc, t.i + 1)
        if close is None:
            continue
        agency = doc[t.i + 1:close]
        start = _line_start_before(doc, t.i)
        if start is None:
            continue
        known = gaz.lookup(agency.text, (ORGANIZATION,))
        if known:
            found.append(from_known(known, agency.start, agency.end, priority=4))
        else:
            found.append(Found(agency.start, agency.end, f"org/{slug(agency.text)}", ORGANIZATION,
                               agency.text, 4, source="pattern"))
        city_end = next((w.i for w in doc[start:t.i] if w.text == ","), t.i)
        city = doc[start:city_end]
        if len(city) and (city.text.isupper() or city[0].text[:1].isupper()) and any(c.isalpha() for c in city.text):
            # "N'DJAMENA" -> "N'Djamena"; "Vienne (dpa) –": the city, though its name is a common word
            name = city.text.title() if city.text.isupper() else city.text
            known_place = gaz.lookup(name, (PLACE,))
            place = known_place or geonames_city(name)
            if place:
                f = from_known(place, city.start, city.end, priority=4)
                if not known_place:
                    f.label, f.source = name, "pattern"
                found.append(f)
    return found


def _capitals_city(doc: Doc, dash: int, gaz: Gazetteer, found: list[Found]) -> bool:
    """"BERNE - Le Conseil national a approuvé…": a known city in capitals alone
    before a dash at the start of a line (a dateline without agency) is that city."""
    start = _line_start_before(doc, dash)
    if start is None or not all(w.text.isupper() and (w.is_alpha or w.text in {"'", "’", "-"})
                                for w in doc[start:dash]):
        return False
    name = doc[start:dash].text.title()
    known_place = gaz.lookup(name, (PLACE,))
    place = known_place or geonames_city(name)
    if place is None or place.kind != PLACE:
        return False
    f = from_known(place, start, dash, priority=4)
    if not known_place:
        f.label, f.source = name, "pattern"  # a GeoNames town: not the gazetteer's
    found.append(f)
    return True


def _agency_end(doc: Doc, i: int) -> int | None:
    """The end of the agency or outlet named in brackets from token ``i`` when
    ") -" follows it: initials ("AFP", "APN") or up to four capitalised words
    ("Congo Matin", "Keystone-ATS"), else None."""
    for close in range(i + 1, min(i + 5, len(doc) - 1)):
        if doc[close].text == ")":
            break
    else:
        return None
    if doc[close + 1].text not in _DASHES:
        return None
    words = doc[i:close]
    if len(words) == 1:
        w = words[0]
        if w.is_alpha and (w.text.isupper() or w.text.islower()) and 2 <= len(w.text) <= 6:
            return close  # "(AFP)", and agencies that write their name in lower case: "(dpa)"
    if all(w.text[:1].isupper() or w.text in {"-", "&"} and not w.whitespace_ for w in words) and (
            words[0].text[:1].isupper() and words[-1].text[:1].isupper()):
        return close
    return None


def _line_start_before(doc: Doc, i: int) -> int | None:
    """The first token of the line holding token ``i`` when everything before ``i``
    on it can be a dateline (capitalised words, numbers, month names), else None."""
    start = i - 1
    while start > 0 and not line_start(doc, start):
        start -= 1
    if start < 0 or i - start > 8 or i == start:
        return None
    if all(_dateline_word(w) for w in doc[start:i]):
        return start
    return None


def _dateline_word(w: Token) -> bool:
    return w.text[:1].isupper() or w.like_num or w.lower_ in _DATE_WORDS or _month_abbreviation(w.lower_)


def _month_abbreviation(word: str) -> bool:
    """"fév", "févr.", "sept", "déc." (wires abbreviate the month of a dateline)."""
    word = word.rstrip(".")
    return len(word) >= 3 and any(m.startswith(word) for m in MONTHS)
