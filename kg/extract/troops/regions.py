"""The country of a region the text names (a province, a state, a department:
"dans le Ouaddaï", "au Nord-Kivu", "dans la région de Tillabéri"), from the ISO
3166-2 subdivisions that pycountry ships, for places the gazetteer gives no
country. A name several countries' subdivisions share ("Nord", "Centre") gives
none."""
from __future__ import annotations

from functools import lru_cache

import pycountry

from ...analysis import Analysis
from ...gazetteer import country_key, load_gazetteer
from ...text import fold
from .territories import state_of


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """Folded subdivision name -> country key, for names of one country only."""
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        found.setdefault(fold(sub.name), set()).add(sub.country_code)
    return {name: country_key(next(iter(codes))) for name, codes in found.items() if len(codes) == 1}


def region_country(label: str) -> str | None:
    """The country key of the region named ``label``, if one country has it."""
    return _regions().get(fold(label))


def place_country(analysis: Analysis, key: str | None) -> str | None:
    """The country a place lies in: the gazetteer's, else (for a place the
    gazetteer does not know: it leaves "Sahel" or "Europe" without one on
    purpose) its region's; a territory's state either way."""
    entity = analysis.entity(key) if key else None
    if entity is None:
        return None
    found = entity.located_in
    if not found and key not in load_gazetteer().entities:  # the gazetteer's "Sahel" has no country on purpose
        found = region_country(entity.label)
    return state_of(found) if found else None
