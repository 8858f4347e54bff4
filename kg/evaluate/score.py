"""Score a whole graph against a gold folder: every article matched, then summed."""
from __future__ import annotations

from .actors import actor_figures
from .gold import GoldArticle
from .graph import GraphFacts, read_graph
from .matching import evaluate_article
from .report import KINDS, STATEMENT_ROWS, Accuracy, Finding, KindScore, Report, Score


def evaluate(ds, gold: dict[str, GoldArticle]) -> Report:
    """Score the graph ``ds`` (a store or dataset) against ``gold`` (from :func:`kg.evaluate.load_gold`).

    >>> report = evaluate(load_dataset("exports"), load_gold("tests/gold"))  # doctest: +SKIP
    >>> report.scores["entities"].f1                                          # doctest: +SKIP
    0.81
    """
    return evaluate_facts(read_graph(ds), gold)


def evaluate_facts(facts: GraphFacts, gold: dict[str, GoldArticle]) -> Report:
    """:func:`evaluate` on facts already read from a graph."""
    totals = {k: Score() for k in KINDS}
    kinds = {row: KindScore() for row in STATEMENT_ROWS}
    attrs: dict[str, Accuracy] = {}
    findings: list[Finding] = []
    for article in sorted(gold):
        scores, accuracies, found = evaluate_article(gold[article], facts, kinds)
        for k, s in scores.items():
            totals[k].add(s)
        for k, a in accuracies.items():
            attrs.setdefault(k, Accuracy()).add(a)
        findings += found
    absent = sorted(a for a in gold if a not in facts.articles)
    return Report(totals, dict(sorted(attrs.items())), findings, sorted(gold), absent, kinds,
                  actor_figures(facts, gold))
