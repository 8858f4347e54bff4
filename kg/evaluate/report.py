"""The figures of a score: counts per kind of fact, attribute accuracies, findings, the report.

Every figure a thresholds file may name is listed here (:data:`KINDS`,
:data:`STATEMENT_METRICS`, :data:`ACTOR_METRICS`) and given by
:meth:`Report.metrics`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .similarity import QUOTE_THRESHOLD

#: The kinds of facts scored, in the order they are printed.
KINDS = ("entities", "statements", "deployments")


@dataclass
class Score:
    """Counts of one kind of fact, and the figures made from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    """How often an attribute of matched facts agrees with gold."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, other: "Accuracy") -> None:
        self.correct += other.correct
        self.total += other.total

    def count(self, ok: bool) -> None:
        """One more fact, right or not."""
        self.total += 1
        self.correct += ok

    def to_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass
class KindScore:
    """Statements of one kind: how many gold ones were found (with the right
    speaker), and how many graph ones match a gold statement."""

    gold: int = 0
    found: int = 0  # gold statements of this kind matched
    graph: int = 0
    right: int = 0  # graph statements of this kind matched

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.graph if self.graph else 0.0

    def add(self, other: "KindScore") -> None:
        self.gold += other.gold
        self.found += other.found
        self.graph += other.graph
        self.right += other.right

    def to_dict(self) -> dict:
        return {"gold": self.gold, "found": self.found, "graph": self.graph, "right": self.right,
                "recall": round(self.recall, 4), "precision": round(self.precision, 4)}


#: Rows of the per-kind statement table: a name and the statement kinds it sums.
STATEMENT_ROWS = {
    "DirectQuote": ("DirectQuote",),
    "PartialQuote": ("PartialQuote",),
    "IndirectSpeech": ("IndirectSpeech",),
    "quotes": ("DirectQuote", "PartialQuote"),
}
#: Named quality figures usable in a thresholds file's ``min`` object, besides
#: ``<kind>.precision``, ``<kind>.recall`` and ``<kind>.f1`` of each kind.
STATEMENT_METRICS = {
    "direct_quotes": ("DirectQuote", "recall"),  # gold direct quotes found with the right speaker
    "partial_quotes": ("PartialQuote", "recall"),
    "indirect_speech": ("IndirectSpeech", "recall"),
    "quote_precision": ("quotes", "precision"),  # graph quotes that match a gold one
}

#: Named figures of :func:`kg.evaluate.actors.actor_figures`, usable in a thresholds file's ``min``.
ACTOR_METRICS = {
    "entities.one_node": "gold actors and places that are one graph node, not split in several",
    "deployments.figures_found": "gold troop figures found (same figures and qualifier), whoever claims them",
    "deployments.figures_precision": "graph troop figures that are gold figures (none from a non-troop number)",
    "deployments.claimant": "found figures with the right claimant (or rightly none)",
    "deployments.origin": "found figures with the right origin (or rightly none)",
    "deployments.destination": "found figures with the right destination (or rightly none)",
    "statements.state_speakers": "graph statements said by a country or place that the gold gives to it "
                                 "(a state speaks only where the text makes it speak)",
}


def metric_names() -> set[str]:
    """Every figure :meth:`Report.metrics` names, so a thresholds file can be checked before scoring."""
    per_kind = {f"{kind}.{m}" for kind in KINDS for m in ("precision", "recall", "f1")}
    return per_kind | set(STATEMENT_METRICS) | set(ACTOR_METRICS)


@dataclass
class Finding:
    """One fact to fix: a gold fact the graph lacks (``miss``), a graph fact gold
    lacks (``spurious``) or a matched fact with a wrong attribute (``wrong``)."""

    article: str
    kind: str  # entity, statement or deployment
    status: str  # miss, spurious or wrong
    description: str


@dataclass
class Report:
    """Everything :func:`kg.evaluate.evaluate` found, summed over the gold articles."""

    scores: dict[str, Score]
    attributes: dict[str, Accuracy]
    findings: list[Finding]
    articles: list[str]  # the gold articles scored
    absent: list[str]  # gold articles the graph does not have
    statement_kinds: dict[str, KindScore] = field(default_factory=dict)  # rows of STATEMENT_ROWS
    actor_figures: dict[str, Accuracy] = field(default_factory=dict)  # :data:`ACTOR_METRICS`

    def metrics(self) -> dict[str, float]:
        """Every named figure: ``entities.f1``…, :data:`STATEMENT_METRICS`, :data:`ACTOR_METRICS`."""
        found = {name: a.value for name, a in self.actor_figures.items()}
        for kind, s in self.scores.items():
            found.update({f"{kind}.precision": s.precision, f"{kind}.recall": s.recall, f"{kind}.f1": s.f1})
        for name, (row, attr) in STATEMENT_METRICS.items():
            if row in self.statement_kinds:
                found[name] = getattr(self.statement_kinds[row], attr)
        return found

    def to_dict(self) -> dict:
        return {
            "articles": self.articles,
            "absent_articles": self.absent,
            "scores": {k: v.to_dict() for k, v in self.scores.items()},
            "statement_kinds": {k: v.to_dict() for k, v in self.statement_kinds.items()},
            "metrics": {k: round(v, 4) for k, v in self.metrics().items()},
            "actor_figures": {k: v.to_dict() for k, v in self.actor_figures.items()},
            "attributes": {k: v.to_dict() for k, v in self.attributes.items()},
            "findings": [asdict(f) for f in self.findings],
            "matching": {"quote_jaccard_threshold": QUOTE_THRESHOLD},
        }
