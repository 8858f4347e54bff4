"""Actors and troop figures (issue 15): actors split in several nodes, troop figures found whoever claims
them; and states speaking where the text does not make them speak (issue 14)."""
from __future__ import annotations

from .gold import GoldArticle
from .graph import GraphFacts
from .matching import greedy, match_entities, matched_nodes
from .report import ACTOR_METRICS, Accuracy
from .similarity import QUOTE_THRESHOLD, jaccard, overlap


def actor_figures(facts: GraphFacts, gold: dict[str, GoldArticle]) -> dict[str, Accuracy]:
    """The figures of :data:`ACTOR_METRICS`, summed over the gold articles.

    Troop figures are matched on their numbers alone, so a figure found with
    the wrong claimant counts as found, and the claimant is scored like
    origin and destination, as an accuracy on found figures.
    """
    figures = {name: Accuracy() for name in ACTOR_METRICS}
    for article in sorted(gold):
        g = gold[article]
        nodes = facts.article_entities(article)
        pairs = match_entities(g, nodes)
        node_of = matched_nodes(g, nodes, pairs)
        for i, e in enumerate(g.entities):
            # a node that is another gold entity is not a piece of this one: the gold
            # lists "Niamey" as the Niger's metonym and as the city when both uses occur
            others = {j for k, j in pairs.items() if k != i}
            figures["entities.one_node"].count(
                sum(bool(e.names & n.names) for j, n in enumerate(nodes) if j not in others) <= 1)
        for s in facts.statements.get(article, []):
            speaker = facts.entities.get(s.speaker)
            if speaker is not None and speaker.cls in ("Country", "Place"):
                figures["statements.state_speakers"].count(any(
                    node_of.get(t.speaker) == s.speaker and jaccard(t.quote, s.quote) >= QUOTE_THRESHOLD
                    for t in g.statements))
        graph = facts.deployments.get(article, [])
        candidates = [((-overlap(d_g.evidence, d.evidence), i, j), i, j)
                      for i, d_g in enumerate(g.deployments) for j, d in enumerate(graph) if d.figure == d_g.figure]
        pairs = greedy(candidates)
        figures["deployments.figures_found"].add(Accuracy(len(pairs), len(g.deployments)))
        figures["deployments.figures_precision"].add(Accuracy(len(pairs), len(graph)))
        for i, j in pairs.items():
            for attr in ("claimant", "origin", "destination"):
                want = getattr(g.deployments[i], attr)
                figures[f"deployments.{attr}"].count(getattr(graph[j], attr) == (node_of.get(want) if want else None))
    return figures
