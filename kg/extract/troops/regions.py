"""The country of a region the text names (a province, a state, a department:
"dans le Ouaddaï", "au Nord-Kivu", "dans la région de Tillabéri"), from the ISO
3166-2 subdivisions pycountry ships (:mod:`kg.subdivisions`), for places the gazetteer gives no
country. A name several countries' subdivisions share ("Nord", "Centre") gives
none."""
from __future__ import annotations

from ...analysis import Analysis
from ...gazetteer import load_gazetteer
from ...subdivisions import region_country
from .territories import state_of


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
