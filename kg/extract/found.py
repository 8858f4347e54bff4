"""A span an extractor found, with what it refers to (shared by the entity finders)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Found:
    """A span the article names, with what it refers to."""

    start: int  # token indices
    end: int
    key: str
    kind: str
    label: str
    priority: int
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    affiliations: list[str] = field(default_factory=list)
    located_in: str | None = None
    source: str = ""  # "gazetteer", "demonym", "pattern", "ner"
    roles: list[str] = field(default_factory=list)
    geonames: int | None = None
    metonym: str | None = None  # the place whose name stood for this actor
    glued: bool = False  # the text runs into the next word ("Le Flochqui"): never an alias
    common: bool = False  # a common noun standing for the entity ("l'État"): never an alias
