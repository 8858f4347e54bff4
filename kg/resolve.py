"""Resolve entities across articles: one node per real-world entity.

Each article's extractors name entities with provisional keys. Resolution
merges the entities of the whole corpus, picks one canonical key, label and
set of aliases for each, and rewrites every record to use the canonical keys.
It runs after extraction, over all articles, so adding an article can change
how earlier ones resolve and a build from scratch and an incremental build
agree. It needs only the entities: an :class:`EntityIndex` gathers them one
article at a time, so a build never holds the whole corpus's records.

Two provisional keys are the same entity when they are equal, when both name
a gazetteer entity (already one key), or, for entities the gazetteer does not
know, by a general rule on their names (:func:`same_person`,
:func:`same_name`): "Zelenskyy" / "Zelensky", "Koursk" / "Kursk", a bare
surname and the only full name that ends with it. Every decision is made on
sorted keys and never depends on article order.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from .gazetteer import load_gazetteer
from .records import ORGANIZATION, PERSON, PLACE, ArticleRecords, Entity
from .text import fold

#: Minimum rapidfuzz ratio for two unknown names of the same kind to merge.
NAME_SIMILARITY = 90
#: Minimum ratio between two surnames when the first names are identical.
SURNAME_SIMILARITY = 85


@dataclass
class Corpus:
    """Resolved records: canonical entities and the articles that use them."""

    entities: dict[str, Entity] = field(default_factory=dict)
    articles: list[ArticleRecords] = field(default_factory=list)


Order = tuple[str, int]  # (article id, position of the entity in its article)


@dataclass
class _Key:
    """What the corpus says of one provisional key.

    What the first occurrence decides (kind, label, Wikidata id, location) is
    kept with its :data:`Order`, so folding articles in any order ends as
    folding them sorted by article id.
    """

    first: Order
    kind: str
    label: str
    labels: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    affiliations: set[str] = field(default_factory=set)
    wikidata: tuple[Order, str] | None = None
    located_in: tuple[Order, str] | None = None
    geonames: tuple[Order, int] | None = None
    metonyms: set[str] = field(default_factory=set)


def _earliest(a: tuple[Order, str] | None, b: tuple[Order, str] | None):
    return b if a is None or (b is not None and b[0] < a[0]) else a


class EntityIndex:
    """The entities of a corpus, gathered one article at a time.

    It grows with the number of distinct entities, not with the number of
    articles, so a build can stream articles through it, resolve, and fetch
    each article's records again when it maps them.

    >>> from kg.records import Article
    >>> index = EntityIndex()
    >>> index.add(ArticleRecords(
    ...     article=Article(id="a", text="", source="a.txt"),
    ...     entities=[Entity(key="person/joe-biden", kind=PERSON, label="Joe Biden")]))
    >>> sorted(index.keys)
    ['person/joe-biden']
    """

    def __init__(self) -> None:
        self.keys: dict[str, _Key] = {}
        self.mentions: Counter[str] = Counter()

    def add(self, records: ArticleRecords) -> None:
        for position, e in enumerate(records.entities):
            order = (records.article.id, position)
            known = self.keys.get(e.key)
            if known is None:
                known = self.keys[e.key] = _Key(first=order, kind=e.kind, label=e.label)
            elif order < known.first:
                known.first, known.kind, known.label = order, e.kind, e.label
            known.labels.add(e.label)
            known.names.update((e.label, *e.aliases))
            known.roles.update(e.roles)
            known.affiliations.update(e.affiliations)
            if e.wikidata:
                known.wikidata = _earliest(known.wikidata, (order, e.wikidata))
            if e.located_in:
                known.located_in = _earliest(known.located_in, (order, e.located_in))
            if e.geonames:
                known.geonames = _earliest(known.geonames, (order, e.geonames))
            known.metonyms.update(e.metonyms)
        self.mentions.update(m.entity for m in records.mentions)


def _words(name: str) -> list[str]:
    return fold(name).replace("-", " ").split()


def same_person(a: str, b: str) -> bool:
    """Whether two person names written differently are one person.

    Same (or nearly same) surname and compatible first names: equal, one an
    initial of the other, or one name has none.

    >>> same_person("Volodymyr Zelenskyy", "Volodymyr Zelensky")
    True
    >>> same_person("J. Biden", "Joe Biden")
    True
    >>> same_person("Jill Biden", "Joe Biden")
    False
    """
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    fa, fb = wa[:-1], wb[:-1]
    surname = fuzz.ratio(wa[-1], wb[-1])
    if not fa or not fb:
        return len(wa[-1]) >= 4 and surname >= NAME_SIMILARITY
    # Same first names: a looser surname match (Kowalsky / Kowalski).
    if surname < (SURNAME_SIMILARITY if fa == fb else NAME_SIMILARITY):
        return False
    if len(fa) != len(fb):
        return False
    for x, y in zip(fa, fb):
        x, y = x.rstrip("."), y.rstrip(".")
        if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
            continue
        if fuzz.ratio(x, y) < NAME_SIMILARITY:
            return False
    return True


def same_name(a: str, b: str) -> bool:
    """Whether two place or organisation names are spelling variants.

    >>> same_name("Koursk", "Kursk")
    True
    >>> same_name("Donetsk", "Louhansk")
    False
    >>> same_name("Brigade 155", "Brigade 153")
    False
    """
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if re.findall(r"\d+", fa) != re.findall(r"\d+", fb):  # G7 / G20, unit numbers
        return False
    return min(len(fa), len(fb)) >= 5 and fuzz.ratio(fa, fb) >= NAME_SIMILARITY


class _UnionFind:
    """Union-find that refuses to join two groups holding different known keys."""

    def __init__(self, keys, known):
        self.parent = {k: k for k in keys}
        self.known = {k: ({k} if k in known else set()) for k in keys}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or (self.known[ra] and self.known[rb]):
            return  # two different well-known entities never merge
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        self.known[keep] |= self.known.pop(drop)


def _block(kind: str, label: str) -> str:
    """Candidates for merging share the first letter of their (sur)name."""
    words = _words(label)
    return f"{kind}:{(words[-1] if kind == PERSON else ''.join(words))[:1]}" if words else kind


def canonical_keys(index: EntityIndex) -> dict[str, str]:
    """Map every provisional key of ``index`` to its canonical key.

    Gazetteer keys are canonical and never merge with each other. Otherwise
    the key chosen for a group is the one with the most mentions, then the
    longest label, then the first in alphabetical order.
    """
    gaz = load_gazetteer()
    counts = index.mentions
    keys = sorted(index.keys)
    kind = {k: index.keys[k].kind for k in keys}
    label = {k: min(index.keys[k].labels) for k in keys}
    names = {k: sorted(index.keys[k].names) for k in keys}
    for k in keys:
        if k in gaz.entities:
            names[k] = sorted({*names[k], *gaz.entities[k].names})
    known = {k for k in keys if k in gaz.entities}
    uf = _UnionFind(keys, known)

    blocks: dict[str, list[str]] = {}
    for k in keys:
        for n in {label[k], *names[k]} if kind[k] != PERSON else {label[k]}:
            block = blocks.setdefault(_block(kind[k], n), [])
            if k not in block:
                block.append(k)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if a in known and b in known or uf.find(a) == uf.find(b):
                    continue
                if _similar(kind[a], label[a], names[b], label[b]) or _similar(
                    kind[b], label[b], names[a], label[a]
                ):
                    uf.union(a, b)
    # A bare surname joins the one full name ending with it.
    persons = [k for k in keys if kind[k] == PERSON]
    for k in persons:
        if len(label[k].split()) != 1:
            continue
        matches = {uf.find(o) for o in persons
                   if len(label[o].split()) > 1
                   and fuzz.ratio(_words(label[o])[-1], fold(label[k])) >= NAME_SIMILARITY}
        if len(matches) == 1:
            uf.union(k, next(iter(matches)))

    groups: dict[str, list[str]] = {}
    for k in keys:
        groups.setdefault(uf.find(k), []).append(k)
    mapping = {}
    for members in groups.values():
        knowns = [k for k in members if k in known]
        best = knowns[0] if knowns else min(
            members, key=lambda k: (-counts[k], -len(label[k]), k)
        )
        for k in members:
            mapping[k] = best
    return mapping


def _similar(kind: str, label: str, other_names: list[str], other_label: str) -> bool:
    if kind == PERSON:
        return same_person(label, other_label) or any(
            len(n.split()) > 1 and same_person(label, n) for n in other_names
        )
    if kind in (PLACE, ORGANIZATION):
        return any(same_name(label, n) for n in other_names)
    return False


def canonical_entities(index: EntityIndex, mapping: dict[str, str]) -> dict[str, Entity]:
    """One entity per canonical key, with everything its provisional keys say.

    Its first occurrence (by article id) gives its kind, its Wikidata id and
    location when it has them; its label is the gazetteer's, or else the best
    of its names (:func:`_best_label`); every other name becomes an alias.
    """
    gaz = load_gazetteer()
    groups: dict[str, list[_Key]] = {}
    for key in sorted(index.keys):
        groups.setdefault(mapping.get(key, key), []).append(index.keys[key])
    entities = {}
    for key, members in sorted(groups.items()):
        first = min(members, key=lambda m: m.first)
        wikidata = located_in = geonames = None
        for m in members:
            wikidata, located_in = _earliest(wikidata, m.wikidata), _earliest(located_in, m.located_in)
            geonames = _earliest(geonames, m.geonames)
        names = set().union(*(m.names for m in members))
        entity = Entity(
            key=key, kind=first.kind, label=first.label,
            aliases=sorted(names - {first.label}),
            wikidata=wikidata[1] if wikidata else None,
            located_in=mapping.get(located_in[1], located_in[1]) if located_in else None,
            geonames=geonames[1] if geonames else None,
            metonyms=sorted({mapping.get(p, p) for m in members for p in m.metonyms}),
            roles=sorted(set().union(*(m.roles for m in members))),
            affiliations=sorted(
                {mapping.get(a, a) for m in members for a in m.affiliations} - {key}
            ),
        )
        known = gaz.entities.get(key)
        entity.label = known.label if known else _best_label(entity)
        entity.aliases = sorted(names - {entity.label})
        entities[key] = entity
    _add_referenced(entities, gaz)
    return entities


def resolve_article(records: ArticleRecords, mapping: dict[str, str]) -> ArticleRecords:
    """``records`` with every entity reference rewritten to its canonical key.

    The entities themselves go to the corpus (:func:`canonical_entities`).
    """

    def canon(key: str | None) -> str | None:
        return mapping.get(key, key) if key else key

    return replace(
        records,
        entities=[],
        mentions=[replace(m, entity=canon(m.entity)) for m in records.mentions],
        statements=[
            replace(s, speaker=canon(s.speaker), about=[canon(a) for a in s.about])
            for s in records.statements
        ],
        deployments=[
            replace(
                d,
                origin=canon(d.origin),
                destination=canon(d.destination),
                place=canon(d.place),
                claimant=canon(d.claimant),
            )
            for d in records.deployments
        ],
    )


def resolve(records: list[ArticleRecords]) -> Corpus:
    """Merge the entities of ``records`` and rewrite their references.

    A build streams the same steps: :class:`EntityIndex`, then
    :func:`canonical_keys`, :func:`canonical_entities` and
    :func:`resolve_article` for each article.
    """
    index = EntityIndex()
    for rec in records:
        index.add(rec)
    mapping = canonical_keys(index)
    return Corpus(
        entities=canonical_entities(index, mapping),
        articles=[resolve_article(r, mapping) for r in sorted(records, key=lambda r: r.article.id)],
    )


def _add_referenced(entities: dict[str, Entity], gaz) -> None:
    """Describe the well-known entities that are only referred to.

    "Bruxelles" is located in Belgium even if no article names Belgium; the
    graph still needs Belgium's node, label and Wikidata link.
    """
    while True:
        referenced = sorted({
            key
            for e in entities.values()
            for key in (*e.affiliations, e.located_in, *e.metonyms)
            if key and key not in entities and key in gaz.entities
        })
        if not referenced:
            return
        for key in referenced:
            known = gaz.entities[key]
            entities[key] = Entity(
                key=key, kind=known.kind, label=known.label, wikidata=known.wikidata,
                affiliations=list(known.affiliations), located_in=known.located_in,
            )


def _best_label(entity: Entity) -> str:
    """The longest capitalised name of an unknown entity (ties: alphabetical)."""
    names = [n for n in [entity.label, *entity.aliases] if n[:1].isupper()] or [entity.label]
    if entity.kind == PERSON:
        return min(names, key=lambda n: (-len(n.split()), -len(n), n))
    return min(names, key=lambda n: (n != entity.label, -len(n), n))
