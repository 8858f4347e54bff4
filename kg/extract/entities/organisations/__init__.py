"""Organisations the NER model misses or mislabels, found from the words that introduce them.

The words come from ``kg/data/organisations_fr.txt`` (kinds: armed forces,
military units, media, sports clubs, courts and prosecutors, unnamed
sources; :mod:`.heads` reads it); the finders only know the shapes of French
noun phrases around them, one module per family: :mod:`.military`,
:mod:`.introduced` (media and groups), :mod:`.clubs`, :mod:`.bodies` (courts,
local and national bodies, administrations, parties named by their camp) and :mod:`.sources` (unnamed sources); :mod:`.spans`
holds what they share. Each finder returns :class:`~kg.extract.found.Found`
spans that :mod:`kg.extract.entities.find` weighs against the gazetteer and
NER spans.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ....gazetteer import Gazetteer
from ...found import Found
from .bodies import administrations, courts, national_bodies, party_camps, regional_governments
from .clubs import clubs
from .introduced import media, named_groups
from .military import armed_forces, units
from .sources import unnamed_sources

FINDERS = (armed_forces, units, media, named_groups, clubs, courts, administrations, national_bodies, party_camps,
           regional_governments, unnamed_sources)


def organisation_spans(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """Every organisation span of ``doc`` the finders above propose."""
    return [f for finder in FINDERS for f in finder(doc, gaz)]
