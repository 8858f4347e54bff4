"""One article's gold facts matched one-to-one with the graph's, greedily, best pair first.

The matching rules are given in :mod:`kg.evaluate`: entities by class and
name, statements by speaker node and quote words, deployments by figures and
claimant; the other fields are scored as attributes of matched pairs.
"""
from __future__ import annotations

from ..prefixes import key_of
from ..text import fold
from .gold import GoldArticle, GoldDeployment, GoldStatement
from .graph import GraphDeployment, GraphEntity, GraphFacts, GraphStatement
from .output import short, troops
from .report import KINDS, STATEMENT_ROWS, Accuracy, Finding, KindScore, Score
from .similarity import QUOTE_THRESHOLD, jaccard, name_key, overlap


def greedy(candidates: list[tuple[tuple, int, int]]) -> dict[int, int]:
    """One-to-one pairs, best first: ``candidates`` are (sort key, gold index, graph index).

    >>> greedy([((0,), 0, 0), ((1,), 0, 1), ((2,), 1, 0)])
    {0: 0}
    """
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in sorted(candidates):
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def match_entities(gold: GoldArticle, nodes: list[GraphEntity]) -> dict[int, int]:
    """Gold entity index -> node index: same class and a shared name, the node labelled with the gold name first."""
    candidates = []
    for i, g in enumerate(gold.entities):
        for j, node in enumerate(nodes):
            shared = g.names & node.names
            if node.cls != g.cls or not shared:
                continue
            label_is_name = name_key(node.label) == name_key(g.name)
            candidates.append(((not label_is_name, -len(shared), i, j), i, j))
    return greedy(candidates)


def matched_nodes(gold: GoldArticle, nodes: list[GraphEntity], pairs: dict[int, int]) -> dict[str, str]:
    """Gold entity name -> the IRI of the node it matched (from :func:`match_entities`)."""
    return {gold.entities[i].name: nodes[j].iri for i, j in pairs.items()}


def evaluate_article(gold: GoldArticle, facts: GraphFacts, kinds: dict[str, KindScore] | None = None,
                     ) -> tuple[dict[str, Score], dict[str, Accuracy], list[Finding]]:
    """Scores, attribute accuracies and findings of one article.

    ``kinds``, when given, receives the per-kind statement counts (rows of
    :data:`STATEMENT_ROWS`).
    """
    tally = _Tally(gold.article)
    node_of, entities = _entities(gold, facts, tally)
    scores = {
        "entities": entities,
        "statements": _statements(gold, facts, node_of, tally, kinds),
        "deployments": _deployments(gold, facts, node_of, tally),
    }
    return {k: scores[k] for k in KINDS}, tally.attrs, tally.findings


class _Tally:
    """The attribute accuracies and findings of one article, as its facts are matched."""

    def __init__(self, article: str):
        self.article = article
        self.attrs: dict[str, Accuracy] = {}
        self.findings: list[Finding] = []

    def finding(self, kind: str, status: str, what: str) -> None:
        self.findings.append(Finding(self.article, kind, status, what))

    def attribute(self, name: str, ok: bool, kind: str, what: str) -> None:
        """Count an attribute of a matched pair; a wrong one is also a finding."""
        self.attrs.setdefault(name, Accuracy()).count(ok)
        if not ok:
            self.finding(kind, "wrong", what)


def _entities(gold: GoldArticle, facts: GraphFacts, tally: _Tally) -> tuple[dict[str, str], Score]:
    """Match the article's entities; the node IRI of each matched gold name, and the score."""
    nodes = facts.article_entities(gold.article)
    pairs = match_entities(gold, nodes)
    for i, g in enumerate(gold.entities):
        if i in pairs:
            node = nodes[pairs[i]]
            if g.wikidata:
                tally.attribute("entities.wikidata", g.wikidata in node.wikidata, "entity",
                                f"{g.name}: wikidata {', '.join(sorted(node.wikidata)) or 'none'}, gold {g.wikidata}")
        else:
            tally.finding("entity", "miss", f"{g.cls} {g.name}")
    matched = set(pairs.values())
    for j, node in enumerate(nodes):
        if j not in matched:
            tally.finding("entity", "spurious", f"{node.cls} {node.label} <{key_of(node.iri)}>")
    return matched_nodes(gold, nodes, pairs), Score(len(pairs), len(nodes) - len(pairs), len(gold.entities) - len(pairs))


def _statements(gold: GoldArticle, facts: GraphFacts, node_of: dict[str, str], tally: _Tally,
                kinds: dict[str, KindScore] | None) -> Score:
    """Match the article's statements: same speaker node, quotes of mostly the same words."""
    graph = facts.statements.get(gold.article, [])
    candidates = []
    for i, g in enumerate(gold.statements):
        speaker = node_of.get(g.speaker)
        for j, s in enumerate(graph):
            if speaker is None or s.speaker != speaker:
                continue
            similar = jaccard(g.quote, s.quote)
            if similar >= QUOTE_THRESHOLD:
                same_verb = fold(s.verb or "") == fold(g.verb or "")
                candidates.append(((-similar, s.kind != g.kind, not same_verb, i, j), i, j))
    pairs = greedy(candidates)
    matched = set(pairs.values())
    for i, g in enumerate(gold.statements):
        if i in pairs:
            s = graph[pairs[i]]
            said = f"{g.speaker}: «{short(g.quote, 50)}»"
            tally.attribute("statements.kind", s.kind == g.kind, "statement", f"{said} kind {s.kind}, gold {g.kind}")
            tally.attribute("statements.verb", fold(s.verb or "") == fold(g.verb or ""), "statement",
                            f"{said} verb {s.verb or '-'}, gold {g.verb or '-'}")
        else:
            hint = _statement_hint(g, graph, matched, facts)
            tally.finding("statement", "miss", f"{g.speaker} ({g.kind}): «{short(g.quote)}»{hint}")
    for j, s in enumerate(graph):
        if j not in matched:
            tally.finding("statement", "spurious", f"{facts.label(s.speaker)} ({s.kind}): «{short(s.quote)}»")
    if kinds is not None:
        for row, members in STATEMENT_ROWS.items():
            k = kinds.setdefault(row, KindScore())
            k.gold += sum(g.kind in members for g in gold.statements)
            k.found += sum(gold.statements[i].kind in members for i in pairs)
            k.graph += sum(s.kind in members for s in graph)
            k.right += sum(graph[j].kind in members for j in matched)
    return Score(len(pairs), len(graph) - len(pairs), len(gold.statements) - len(pairs))


def _deployments(gold: GoldArticle, facts: GraphFacts, node_of: dict[str, str], tally: _Tally) -> Score:
    """Match the article's deployments: same figures and qualifier, same claimant node (or both none)."""
    graph = facts.deployments.get(gold.article, [])
    candidates = []
    for i, g in enumerate(gold.deployments):
        claimant = node_of.get(g.claimant) if g.claimant else None
        for j, d in enumerate(graph):
            if d.figure != g.figure:
                continue
            if (g.claimant is None) != (d.claimant is None) or (g.claimant and d.claimant != claimant):
                continue
            agree = sum(node_of.get(getattr(g, k)) == getattr(d, k) for k in ("origin", "destination", "place"))
            agree += g.status == d.status
            candidates.append(((-agree, -overlap(g.evidence, d.evidence), i, j), i, j))
    pairs = greedy(candidates)
    matched = set(pairs.values())
    for i, g in enumerate(gold.deployments):
        figure = troops(g.qualifier, g.troops_min, g.troops_max)
        if i in pairs:
            d = graph[pairs[i]]
            for key in ("origin", "destination", "place"):
                want = node_of.get(getattr(g, key)) if getattr(g, key) else None
                tally.attribute(f"deployments.{key}", getattr(d, key) == want, "deployment",
                                f"{figure} «{short(g.evidence, 50)}» {key} {facts.label(getattr(d, key))}, "
                                f"gold {getattr(g, key) or '-'}")
            tally.attribute("deployments.status", d.status == g.status, "deployment",
                            f"{figure} «{short(g.evidence, 50)}» status {d.status or '-'}, gold {g.status or '-'}")
        else:
            hint = _deployment_hint(g, graph, matched, facts)
            tally.finding("deployment", "miss", f"{figure} ({g.qualifier}) {g.origin or '-'}→{g.destination or '-'}, "
                                                f"claimant {g.claimant or '-'}: «{short(g.evidence, 70)}»{hint}")
    for j, d in enumerate(graph):
        if j not in matched:
            tally.finding("deployment", "spurious",
                          f"{troops(d.qualifier, d.troops_min, d.troops_max)} ({d.qualifier}) "
                          f"{facts.label(d.origin)}→{facts.label(d.destination)}, "
                          f"claimant {facts.label(d.claimant)}: «{short(d.evidence, 70)}»")
    return Score(len(pairs), len(graph) - len(pairs), len(gold.deployments) - len(pairs))


def _statement_hint(g: GoldStatement, graph: list[GraphStatement], used: set[int], facts: GraphFacts) -> str:
    """Why a gold statement was missed, when the graph has something close."""
    close = [
        (jaccard(g.quote, s.quote), j) for j, s in enumerate(graph)
        if j not in used and (jaccard(g.quote, s.quote) >= 0.3 or overlap(g.quote, s.quote) >= 0.8)
    ]
    if not close:
        return ""
    similar, j = max(close)
    s = graph[j]
    if similar >= QUOTE_THRESHOLD:
        return f" [graph has these words said by {facts.label(s.speaker)}]"
    return f" [closest graph quote, Jaccard {similar:.2f}: «{short(s.quote, 60)}»]"


def _deployment_hint(g: GoldDeployment, graph: list[GraphDeployment], used: set[int], facts: GraphFacts) -> str:
    """Why a gold deployment was missed, when the graph has something close."""
    for j, d in enumerate(graph):
        if j in used:
            continue
        if d.figure == g.figure:
            return f" [graph has it with claimant {facts.label(d.claimant)}]"
    for j, d in enumerate(graph):
        if j not in used and overlap(g.evidence, d.evidence) == 1.0:
            return (f" [graph reads {troops(d.qualifier, d.troops_min, d.troops_max)} ({d.qualifier}), "
                    f"claimant {facts.label(d.claimant)}]")
    return ""

