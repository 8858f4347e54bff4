"""Compare a built graph with hand-made gold annotations: precision, recall, F1.

The gold format is described in ``tests/gold/README.md`` (one JSON file per
article). The graph is read only through SPARQL over the nkg ontology (see
:mod:`kg.mapping`), so any graph ``kg.store.load_dataset`` opens can be
scored, whatever built it. Three kinds of facts are scored, article by
article; graph articles without a gold file are ignored.

How a graph fact matches a gold fact (within the same article):

* **Entity**: a node of the article (one it ``nkg:mentions``, or one its
  statements and deployments point to) of the same class (Person,
  Organization, Country, Place) whose ``rdfs:label`` or any ``skos:altLabel``
  equals the gold ``name`` or one of its ``aliases`` after :func:`name_key`
  (case, accents, apostrophes, hyphens and spaces ignored). Wikidata ids are
  scored apart, as an attribute: on matched entities whose gold id is known,
  does the node's ``owl:sameAs`` give it?
* **Statement**: the speaker node is the node the gold speaker entity was
  matched to (so a statement of an unmatched entity cannot match), and the
  quotes' words overlap mostly: token Jaccard >= :data:`QUOTE_THRESHOLD`
  after :func:`words`. Kind and reporting verb are attributes.
* **Deployment**: ``troopsMin``/``troopsMax`` and qualifier are equal, and
  the claimant is the node matched to the gold claimant (no claimant in the
  graph for a gold ``null``). Origin, destination, place and status are
  attributes.

Matching is one-to-one per article and greedy, best pair first, so a fact the
graph holds twice counts once as found and once as spurious. Attribute
accuracy is computed on matched pairs only.

Modules, in the order the work flows: :mod:`.gold` reads and checks the gold
files, :mod:`.graph` reads the graph's facts, :mod:`.similarity` says how
names and quotes compare, :mod:`.matching` pairs one article's facts,
:mod:`.actors` adds the actor and troop-figure figures, :mod:`.score` sums
the articles into a :class:`~.report.Report` (:mod:`.report`), which
:mod:`.thresholds` checks against quality bars and :mod:`.output` prints.
Everything a caller needs is importable from ``kg.evaluate``.
"""
from __future__ import annotations

from .actors import actor_figures
from .gold import (
    NOT_ARTICLES,
    GoldArticle,
    GoldDeployment,
    GoldEntity,
    GoldError,
    GoldStatement,
    check_against_text,
    load_gold,
    parse_gold,
)
from .graph import GraphDeployment, GraphEntity, GraphFacts, GraphStatement, read_graph
from .matching import evaluate_article
from .output import format_json, format_table, troops
from .report import (
    ACTOR_METRICS,
    KINDS,
    STATEMENT_METRICS,
    STATEMENT_ROWS,
    Accuracy,
    Finding,
    KindScore,
    Report,
    Score,
)
from .score import evaluate, evaluate_facts
from .similarity import QUOTE_THRESHOLD, jaccard, name_key, words
from .thresholds import below_thresholds, load_thresholds

__all__ = [
    "ACTOR_METRICS", "KINDS", "NOT_ARTICLES", "QUOTE_THRESHOLD", "STATEMENT_METRICS", "STATEMENT_ROWS",
    "Accuracy", "Finding", "GoldArticle", "GoldDeployment", "GoldEntity", "GoldError", "GoldStatement",
    "GraphDeployment", "GraphEntity", "GraphFacts", "GraphStatement", "KindScore", "Report", "Score",
    "actor_figures", "below_thresholds", "check_against_text", "evaluate", "evaluate_article",
    "evaluate_facts", "format_json", "format_table", "jaccard", "load_gold", "load_thresholds",
    "name_key", "parse_gold", "read_graph", "troops", "words",
]
