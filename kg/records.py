"""Plain records that flow one way: text -> records -> triples -> outputs.

Records hold no RDF and no spaCy objects, so they pickle (for worker
processes), serialise to JSON (for the build cache) and compare by value (for
tests). Offsets are always character offsets into :attr:`Article.text`, the
article exactly as read.

Entities are referred to by *key*: the path of their IRI under
``https://w3id.org/newskg/id/`` (``country/KP``, ``person/lloyd-austin``,
``org/otan``, ``place/koursk``). Keys made from one article are provisional;
:mod:`kg.resolve` maps them to the keys shared by the whole corpus.
"""
from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field, fields, is_dataclass
from functools import lru_cache
from datetime import date

# Entity kinds, as the local names of their nkg: classes.
PERSON, ORGANIZATION, COUNTRY, PLACE = "Person", "Organization", "Country", "Place"
ENTITY_KINDS = (PERSON, ORGANIZATION, COUNTRY, PLACE)

# Statement kinds.
DIRECT_QUOTE, PARTIAL_QUOTE, INDIRECT_SPEECH = "DirectQuote", "PartialQuote", "IndirectSpeech"
STATEMENT_KINDS = (DIRECT_QUOTE, PARTIAL_QUOTE, INDIRECT_SPEECH)

# Count qualifiers and deployment statuses.
QUALIFIERS = ("Exact", "UpTo", "AtLeast", "About", "Range", "Vague")
STATUSES = ("Sent", "Deployed", "InTraining", "Planned", "Expected", "InCombat", "Withdrawn")
# What kind of movement a deployment is, beside its status.
MODES = ("Exercise", "Rotation", "Reinforcement")


@dataclass(frozen=True)
class Article:
    """One news article as read from disk."""

    id: str
    text: str
    source: str  # the file it came from (and ``:line`` for JSON Lines)
    title: str | None = None
    url: str | None = None
    date: date | None = None
    outlet: str | None = None  # the publisher, from JSON Lines ``source``
    content_hash: str = ""
    date_inferred: bool = False  # ``date`` comes from the text, not from metadata


@dataclass(frozen=True)
class Mention:
    """A span of the article that names an entity."""

    start: int
    end: int
    text: str
    entity: str  # entity key


@dataclass
class Entity:
    """An entity as one article (or, after resolution, the corpus) knows it."""

    key: str
    kind: str  # one of ENTITY_KINDS
    label: str
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None  # a Q-id such as "Q42"
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)  # entity keys
    located_in: str | None = None  # country key, for places
    geonames: int | None = None  # GeoNames id, for places
    #: keys of places whose name stood for this actor ("Washington a répondu"):
    #: recorded apart from the aliases, so a city's name never labels a country
    metonyms: list[str] = field(default_factory=list)

    def absorb(self, other: "Entity") -> None:
        """Take in what ``other`` knows of the same entity (names, links, roles)."""
        for name in [other.label, *other.aliases]:
            if name != self.label and name not in self.aliases:
                self.aliases.append(name)
        self.wikidata = self.wikidata or other.wikidata
        self.located_in = self.located_in or other.located_in
        self.geonames = self.geonames or other.geonames
        self.metonyms.extend(m for m in other.metonyms if m not in self.metonyms)
        self.roles.extend(r for r in other.roles if r not in self.roles)
        self.affiliations.extend(a for a in other.affiliations if a not in self.affiliations)


@dataclass
class Statement:
    """Something an actor said, directly or reported."""

    start: int
    end: int
    speaker: str  # entity key; never empty
    quote: str  # the exact words, sliced from the article text
    kind: str  # one of STATEMENT_KINDS
    evidence: str  # the sentence (or sentences) it came from
    verb: str | None = None  # reporting verb lemma, e.g. "déclarer"
    about: list[str] = field(default_factory=list)  # entity keys
    speaker_role: str | None = None  # "porte-parole" when a spokesperson spoke
    date: date | None = None


@dataclass
class Deployment:
    """A claim that troops were (or will be) sent somewhere."""

    start: int
    end: int
    evidence: str
    qualifier: str  # one of QUALIFIERS
    troops_min: int | None = None
    troops_max: int | None = None
    origin: str | None = None  # country key
    destination: str | None = None  # country key
    place: str | None = None  # place key
    status: str | None = None  # one of STATUSES
    claimant: str | None = None  # entity key
    date: date | None = None
    mode: str | None = None  # one of MODES: an exercise, a rotation, a reinforcement


@dataclass
class ArticleRecords:
    """Everything extracted from one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    deployments: list[Deployment] = field(default_factory=list)

    def to_dict(self) -> dict:
        """What :func:`dataclasses.asdict` gives, several times faster (the cache and
        the store's digests turn every article into a dict on every build)."""
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict) -> "ArticleRecords":
        def with_date(d: dict) -> dict:
            if isinstance(d.get("date"), str):
                d = {**d, "date": date.fromisoformat(d["date"])}
            return d

        return cls(
            article=Article(**with_date(data["article"])),
            entities=[Entity(**e) for e in data["entities"]],
            mentions=[Mention(**m) for m in data["mentions"]],
            statements=[Statement(**with_date(s)) for s in data["statements"]],
            deployments=[Deployment(**with_date(d)) for d in data["deployments"]],
        )


@dataclass
class ExtractionFailure:
    """An article whose extraction raised: reported on one line, the build goes on."""

    article_id: str
    source: str
    message: str  # one line: the exception's type and message
    detail: str = ""  # the traceback, shown with --debug


_SCALARS = (str, int, float, bool, type(None), date)


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _plain(value):
    """``value`` as :func:`dataclasses.asdict` would give it (records hold no cycles)."""
    if type(value) in _SCALARS:
        return value
    if is_dataclass(value):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return deepcopy(value)
