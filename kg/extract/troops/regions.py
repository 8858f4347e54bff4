"""The country of a region the text names (a province, a state, a department:
"dans le Ouaddaï", "au Nord-Kivu", "dans la région de Tillabéri"), from the ISO
3166-2 subdivisions pycountry ships (:mod:`kg.subdivisions`), for places the gazetteer gives no
country. A name several countries' subdivisions share ("Nord", "Centre") gives
none. A region qualified by a compass word ("le Darfour occidental", "le
Nord-Kivu": ``kg/data/region_qualifiers.txt``) lies where the name it qualifies does."""

from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import Analysis
from ...gazetteer import load_gazetteer, read_table
from ...records import COUNTRY
from ...subdivisions import region_country
from ...text import fold
from .territories import state_of


def place_country(analysis: Analysis, key: str | None) -> str | None:
    """The country a place lies in: the gazetteer's, else (for a place the
    gazetteer does not know: it leaves "Sahel" or "Europe" without one on
    purpose) its region's; a territory's state either way; none for a disputed
    territory (``kg/data/disputed_territories.txt``)."""
    entity = analysis.entity(key) if key else None
    if entity is None or disputed(entity.label) or any(disputed(a) for a in entity.aliases):
        return None  # "la zone d'Abyei": no one state's
    found = entity.located_in
    if not found and key not in load_gazetteer().entities:  # the gazetteer's "Sahel" has no country on purpose
        found = region_country(entity.label) or _qualified_country(entity.label)
    return state_of(found) if found else None


def disputed(name: str) -> bool:
    """Whether ``name`` is, or ends with, a territory of disputed sovereignty ("Abyei",
    "zone d'Abyei")."""
    return bool(_disputed().search(fold(name.strip())))


@lru_cache(maxsize=1)
def _disputed() -> re.Pattern:
    names = sorted((fold(row[0]) for row in read_table("disputed_territories.txt")), key=len, reverse=True)
    return re.compile(r"(?:^|[\s'’])(?:" + "|".join(re.escape(n) for n in names) + r")$")


def _qualified_country(label: str) -> str | None:
    """The country of the name a compass word qualifies ("Darfour occidental":
    the Darfour's, Sudan; "Ukraine orientale": Ukraine), from the gazetteer or
    the subdivisions."""
    m = _qualified().fullmatch(label.strip())
    if m is None:
        return None
    base = m.group("after") or m.group("before")
    known = load_gazetteer().lookup(base)
    if known is not None:
        return known.key if known.kind == COUNTRY else known.located_in
    return region_country(base)


@lru_cache(maxsize=1)
def _qualified() -> re.Pattern:
    """A name with a qualifier of ``region_qualifiers.txt`` before ("Nord-Kivu")
    or after it ("Darfour occidental"): groups "after" and "before" hold the name."""
    def alternatives(words):
        return "|".join(re.escape(w).replace("'", "['’]") for w in words)
    words = [row[0] for row in read_table("region_qualifiers.txt")]
    prefixes = alternatives(w for w in words if w.endswith("-"))
    suffixes = alternatives(w for w in words if not w.endswith("-"))
    return re.compile(rf"(?:{prefixes})(?P<after>\S.*)|(?P<before>.*\S)\s+(?:{suffixes})", re.IGNORECASE)
