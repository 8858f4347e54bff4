"""Resolve entities across articles: one node per real-world entity.

Each article's extractors name entities with provisional keys. Resolution
merges the entities of the whole corpus, picks one canonical key, label and
set of aliases for each, and rewrites every record to use the canonical keys.
It runs after extraction, over all articles, so adding an article can change
how earlier ones resolve and a build from scratch and an incremental build
agree.

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


def canonical_keys(records: list[ArticleRecords]) -> dict[str, str]:
    """Map every provisional key to its canonical key.

    Gazetteer keys are canonical and never merge with each other. Otherwise
    the key chosen for a group is the one with the most mentions, then the
    longest label, then the first in alphabetical order.
    """
    gaz = load_gazetteer()
    entities: dict[str, list[Entity]] = {}
    for rec in records:
        for e in rec.entities:
            entities.setdefault(e.key, []).append(e)
    counts = Counter(m.entity for rec in records for m in rec.mentions)
    keys = sorted(entities)
    kind = {k: entities[k][0].kind for k in keys}
    label = {k: min(e.label for e in entities[k]) for k in keys}
    names = {k: sorted({n for e in entities[k] for n in [e.label, *e.aliases]}) for k in keys}
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


def resolve(records: list[ArticleRecords]) -> Corpus:
    """Merge the entities of ``records`` and rewrite their references."""
    gaz = load_gazetteer()
    mapping = canonical_keys(records)

    def canon(key: str | None) -> str | None:
        return mapping.get(key, key) if key else key

    corpus = Corpus()
    for rec in sorted(records, key=lambda r: r.article.id):
        for entity in rec.entities:
            key = canon(entity.key)
            fixed = replace(
                entity,
                key=key,
                aliases=list(entity.aliases),
                roles=list(entity.roles),
                affiliations=[canon(a) for a in entity.affiliations],
                located_in=canon(entity.located_in),
            )
            if key in corpus.entities:
                corpus.entities[key].absorb(fixed)
            else:
                corpus.entities[key] = fixed
        corpus.articles.append(
            replace(
                rec,
                entities=[],
                mentions=[replace(m, entity=canon(m.entity)) for m in rec.mentions],
                statements=[
                    replace(s, speaker=canon(s.speaker), about=[canon(a) for a in s.about])
                    for s in rec.statements
                ],
                deployments=[
                    replace(
                        d,
                        origin=canon(d.origin),
                        destination=canon(d.destination),
                        place=canon(d.place),
                        claimant=canon(d.claimant),
                    )
                    for d in rec.deployments
                ],
            )
        )
    for key, entity in corpus.entities.items():
        known = gaz.entities.get(key)
        old, entity.label = entity.label, known.label if known else _best_label(entity)
        if old != entity.label:
            entity.aliases.append(old)
        entity.aliases = sorted(set(entity.aliases) - {entity.label})
        entity.roles = sorted(set(entity.roles))
        entity.affiliations = sorted(set(a for a in entity.affiliations if a != key))
    _add_referenced(corpus, gaz)
    return corpus


def _add_referenced(corpus: Corpus, gaz) -> None:
    """Describe the well-known entities that are only referred to.

    "Bruxelles" is located in Belgium even if no article names Belgium; the
    graph still needs Belgium's node, label and Wikidata link.
    """
    while True:
        referenced = sorted({
            key
            for e in corpus.entities.values()
            for key in (*e.affiliations, e.located_in)
            if key and key not in corpus.entities and key in gaz.entities
        })
        if not referenced:
            return
        for key in referenced:
            known = gaz.entities[key]
            corpus.entities[key] = Entity(
                key=key, kind=known.kind, label=known.label, wikidata=known.wikidata,
                affiliations=list(known.affiliations), located_in=known.located_in,
            )


def _best_label(entity: Entity) -> str:
    """The longest capitalised name of an unknown entity (ties: alphabetical)."""
    names = [n for n in [entity.label, *entity.aliases] if n[:1].isupper()] or [entity.label]
    if entity.kind == PERSON:
        return min(names, key=lambda n: (-len(n.split()), -len(n), n))
    return min(names, key=lambda n: (n != entity.label, -len(n), n))
