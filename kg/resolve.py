"""Resolve entities across articles: one node per real-world entity.

Each article's extractors name entities with provisional keys. Resolution
merges the entities of the whole corpus, picks one canonical key, label and
set of aliases for each, and rewrites every record to use the canonical keys.
It runs after extraction, over all articles, so adding an article can change
how earlier ones resolve and a build from scratch and an incremental build
agree.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .records import ArticleRecords, Entity


@dataclass
class Corpus:
    """Resolved records: canonical entities and the articles that use them."""

    entities: dict[str, Entity] = field(default_factory=dict)
    articles: list[ArticleRecords] = field(default_factory=list)


def _merge(into: Entity, other: Entity) -> None:
    for name in [other.label, *other.aliases]:
        if name != into.label and name not in into.aliases:
            into.aliases.append(name)
    into.wikidata = into.wikidata or other.wikidata
    into.located_in = into.located_in or other.located_in
    into.roles.extend(r for r in other.roles if r not in into.roles)
    into.affiliations.extend(a for a in other.affiliations if a not in into.affiliations)


def canonical_keys(records: list[ArticleRecords]) -> dict[str, str]:
    """Map every provisional key to its canonical key (identity for now)."""
    return {e.key: e.key for r in records for e in r.entities}


def resolve(records: list[ArticleRecords]) -> Corpus:
    """Merge the entities of ``records`` and rewrite their references."""
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
                _merge(corpus.entities[key], fixed)
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
    return corpus
