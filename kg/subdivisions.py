"""The ISO 3166-2 subdivisions pycountry ships (provinces, states, départements,
cantons: "Ouaddaï", "Nord-Kivu", "Var"), by folded name, with their country.

A name several countries' subdivisions share ("Nord", "Centre") gives none.
Entities use it to keep a region the model tags that is also a common word
("le Var"); troop figures to give a region its country.
"""
from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry

from .gazetteer import country_key
from .text import fold


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return {name: country_key(next(iter(codes))) for name, codes in _all_regions().items() if len(codes) == 1}


@lru_cache(maxsize=1)
def _all_regions() -> dict[str, frozenset[str]]:
    """Folded subdivision name -> country key, for names of one country only.
    The names are pycountry's and their French forms (its iso3166-2 French
    translation: "Tombouctou", "Agadès", "Kamtchatka"), as French news writes them."""
    french = _french()
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        for name in {sub.name, french(sub.name)}:
            found.setdefault(fold(name), set()).add(sub.country_code)
    return {name: frozenset(codes) for name, codes in found.items()}


def is_region(label: str) -> bool:
    """Whether ``label`` names a subdivision of some country ("Nord": France's,
    Cameroon's, Haiti's…), whichever it is."""
    return fold(label) in _all_regions()


def _french():
    """The French form of a subdivision name (itself when pycountry has none)."""
    try:
        return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError:
        return lambda name: name


def region_country(label: str) -> str | None:
    """The country key of the region named ``label``, if one country has it."""
    return _regions().get(fold(label))
