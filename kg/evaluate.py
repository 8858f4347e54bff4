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
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import Dataset

from .namespaces import ID, WD
from .query import run_query
from .records import ENTITY_KINDS, QUALIFIERS, STATEMENT_KINDS, STATUSES
from .text import fold

#: Minimum token Jaccard for two quotes to be the same statement.
QUOTE_THRESHOLD = 0.6
#: The kinds of facts scored, in the order they are printed.
KINDS = ("entities", "statements", "deployments")
#: Files of a gold folder that are not articles.
NOT_ARTICLES = frozenset({"thresholds.json"})

_ARTICLE_PREFIX = str(ID["article/"])


class GoldError(ValueError):
    """A gold folder or file that cannot be used; the message names the file."""


# --- gold -------------------------------------------------------------------


@dataclass
class GoldEntity:
    name: str
    cls: str
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)


@dataclass
class GoldStatement:
    speaker: str
    kind: str
    quote: str
    verb: str | None = None


@dataclass
class GoldDeployment:
    troops_min: int | None
    troops_max: int | None
    qualifier: str
    origin: str | None
    destination: str | None
    place: str | None
    status: str | None
    claimant: str | None
    evidence: str


@dataclass
class GoldArticle:
    article: str
    entities: list[GoldEntity]
    statements: list[GoldStatement]
    deployments: list[GoldDeployment]
    notes: str = ""
    path: str = ""

    def entity(self, name: str | None) -> GoldEntity | None:
        return next((e for e in self.entities if e.name == name), None)


_TOP_KEYS = {"article", "entities", "statements", "deployments"}
_ENTITY_KEYS = {"name", "class", "wikidata", "aliases", "roles", "affiliations"}
_STATEMENT_KEYS = {"speaker", "kind", "quote", "verb"}
_DEPLOYMENT_KEYS = {
    "troops_min", "troops_max", "qualifier", "origin", "destination", "place", "status",
    "claimant", "evidence",
}
_ACTORS = ("Person", "Organization", "Country")
_REFERENCES = {  # field -> classes it may name
    "origin": ("Country",),
    "destination": ("Country",),
    "place": ("Place",),
    "claimant": _ACTORS,
}


def _keys(where: str, obj, expected: set[str], optional: set[str] = frozenset()) -> None:
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: expected an object")
    missing = expected - set(obj)
    extra = set(obj) - expected - optional
    if missing:
        raise GoldError(f"{where}: missing key {sorted(missing)[0]!r}")
    if extra:
        raise GoldError(f"{where}: unknown key {sorted(extra)[0]!r}")


def _check_bounds(where: str, d: dict) -> None:
    """Qualifier and bounds agree as in the README's table."""
    low, high, q = d["troops_min"], d["troops_max"], d["qualifier"]
    for name, value in (("troops_min", low), ("troops_max", high)):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
            raise GoldError(f"{where}: {name} must be a positive integer or null")
    ok = {
        "Exact": low is not None and low == high,
        "About": low is not None and low == high,
        "UpTo": low is None and high is not None,
        "AtLeast": low is not None and high is None,
        "Range": low is not None and high is not None and low < high,
        "Vague": low is None and high is None,
    }[q]
    if not ok:
        raise GoldError(f"{where}: qualifier {q} does not agree with bounds {low}..{high}")


def parse_gold(data: dict, path: str = "<gold>") -> GoldArticle:
    """Check one gold file's structure and turn it into a :class:`GoldArticle`.

    Raises :class:`GoldError` naming ``path`` and the faulty entry.
    """
    _keys(path, data, _TOP_KEYS, {"notes"})
    if not isinstance(data["article"], str) or not data["article"]:
        raise GoldError(f"{path}: 'article' must be a non-empty string")
    for key in ("entities", "statements", "deployments"):
        if not isinstance(data[key], list):
            raise GoldError(f"{path}: {key!r} must be a list")
    entities = []
    for i, e in enumerate(data["entities"]):
        where = f"{path}: entities[{i}]"
        _keys(where, e, _ENTITY_KEYS)
        if e["class"] not in ENTITY_KINDS:
            raise GoldError(f"{where}: class {e['class']!r} is not one of {', '.join(ENTITY_KINDS)}")
        if e["wikidata"] is not None and not re.fullmatch(r"Q\d+", str(e["wikidata"])):
            raise GoldError(f"{where}: wikidata {e['wikidata']!r} is not a Q-id")
        entities.append(GoldEntity(e["name"], e["class"], e["wikidata"], list(e["aliases"]),
                                   list(e["roles"]), list(e["affiliations"])))
    names = [e.name for e in entities]
    if len(set(names)) != len(names):
        dup = next(n for n in names if names.count(n) > 1)
        raise GoldError(f"{path}: entity name {dup!r} is used twice")
    classes = {e.name: e.cls for e in entities}

    def reference(where: str, name, allowed) -> None:
        if name is None:
            return
        if name not in classes:
            raise GoldError(f"{where}: {name!r} is not the name of an entity of this file")
        if classes[name] not in allowed:
            raise GoldError(f"{where}: {name!r} is a {classes[name]}, expected {'/'.join(allowed)}")

    for i, e in enumerate(entities):
        for name in e.affiliations:
            reference(f"{path}: entities[{i}].affiliations", name, ("Organization", "Country"))
    statements = []
    for i, s in enumerate(data["statements"]):
        where = f"{path}: statements[{i}]"
        _keys(where, s, _STATEMENT_KEYS)
        if s["kind"] not in STATEMENT_KINDS:
            raise GoldError(f"{where}: kind {s['kind']!r} is not one of {', '.join(STATEMENT_KINDS)}")
        if not isinstance(s["quote"], str) or not s["quote"].strip():
            raise GoldError(f"{where}: empty quote")
        if s["speaker"] is None:
            raise GoldError(f"{where}: a statement needs a speaker")
        reference(f"{where}.speaker", s["speaker"], _ACTORS)
        statements.append(GoldStatement(s["speaker"], s["kind"], s["quote"], s["verb"]))
    deployments = []
    for i, d in enumerate(data["deployments"]):
        where = f"{path}: deployments[{i}]"
        _keys(where, d, _DEPLOYMENT_KEYS)
        if d["qualifier"] not in QUALIFIERS:
            raise GoldError(f"{where}: qualifier {d['qualifier']!r} is not one of {', '.join(QUALIFIERS)}")
        if d["status"] is not None and d["status"] not in STATUSES:
            raise GoldError(f"{where}: status {d['status']!r} is not one of {', '.join(STATUSES)}")
        _check_bounds(where, d)
        for key, allowed in _REFERENCES.items():
            reference(f"{where}.{key}", d[key], allowed)
        deployments.append(GoldDeployment(**{k: d[k] for k in _DEPLOYMENT_KEYS}))
    return GoldArticle(data["article"], entities, statements, deployments,
                       data.get("notes", ""), path)


def load_gold(gold_dir: str | Path) -> dict[str, GoldArticle]:
    """Every gold file of ``gold_dir`` (``*.json`` but ``thresholds.json``), by article id.

    Raises :class:`GoldError` for a missing or empty folder, unreadable JSON
    or a malformed annotation, naming the file.
    """
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GoldError(f"{folder}: no such gold folder")
    files = sorted(p for p in folder.glob("*.json") if p.name not in NOT_ARTICLES)
    if not files:
        raise GoldError(f"{folder}: no gold files (*.json) in this folder")
    gold: dict[str, GoldArticle] = {}
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as err:
            raise GoldError(f"{path}: cannot read: {err}") from None
        except json.JSONDecodeError as err:
            raise GoldError(f"{path}: invalid JSON: {err.msg} (line {err.lineno}, column {err.colno})") from None
        article = parse_gold(data, str(path))
        if article.article in gold:
            raise GoldError(f"{path}: article {article.article!r} is already annotated in {gold[article.article].path}")
        gold[article.article] = article
    return gold


def check_against_text(article: GoldArticle, text: str) -> list[str]:
    """The quotes, evidence, aliases and roles of ``article`` that are not substrings of ``text``.

    >>> a = GoldArticle("x", [GoldEntity("Otan", "Organization", aliases=["OTAN"])], [], [])
    >>> check_against_text(a, "l'Otan a dit")
    ["entity 'Otan': alias 'OTAN' not in the text"]
    """
    problems = []
    for e in article.entities:
        for kind, values in (("alias", e.aliases), ("role", e.roles)):
            problems += [f"entity {e.name!r}: {kind} {v!r} not in the text" for v in values if v not in text]
    for i, s in enumerate(article.statements):
        if s.quote not in text:
            problems.append(f"statements[{i}]: quote {s.quote!r} not in the text")
    for i, d in enumerate(article.deployments):
        if d.evidence not in text:
            problems.append(f"deployments[{i}]: evidence {d.evidence!r} not in the text")
    return problems


# --- normalisation and similarity -----------------------------------------------


def words(text: str) -> list[str]:
    """The words of ``text``, case-, accent- and punctuation-free.

    >>> words("L’arrivée de « ces » troupes")
    ['l', 'arrivee', 'de', 'ces', 'troupes']
    """
    return re.findall(r"\w+", fold(text))


def name_key(name: str) -> str:
    """The form names are compared in.

    >>> name_key("Département d’État") == name_key("departement d'etat")
    True
    """
    return " ".join(words(name))


def jaccard(a: str, b: str) -> float:
    """Token Jaccard of two quotes: shared words / all words.

    >>> jaccard("très, très grave", "Très grave !")
    1.0
    >>> round(jaccard("les tyrans devront payer", "tyrans"), 2)
    0.25
    """
    x, y = set(words(a)), set(words(b))
    if not x and not y:
        return 1.0
    return len(x & y) / len(x | y)


# --- the graph side -------------------------------------------------------------


@dataclass
class GraphEntity:
    iri: str
    cls: str
    label: str
    names: set[str] = field(default_factory=set)  # name_key of label and aliases
    wikidata: set[str] = field(default_factory=set)


@dataclass
class GraphStatement:
    iri: str
    article: str
    speaker: str | None
    quote: str
    kind: str | None
    verb: str | None
    start: int


@dataclass
class GraphDeployment:
    iri: str
    article: str
    troops_min: int | None
    troops_max: int | None
    qualifier: str | None
    origin: str | None
    destination: str | None
    place: str | None
    status: str | None
    claimant: str | None
    evidence: str
    start: int


@dataclass
class GraphFacts:
    """What the graph says, article by article (entities are corpus-wide)."""

    entities: dict[str, GraphEntity] = field(default_factory=dict)
    mentions: dict[str, set[str]] = field(default_factory=dict)  # article -> entity IRIs
    statements: dict[str, list[GraphStatement]] = field(default_factory=dict)
    deployments: dict[str, list[GraphDeployment]] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)

    def article_entities(self, article: str) -> list[GraphEntity]:
        """The entities an article mentions or its statements and deployments point to."""
        iris = set(self.mentions.get(article, ()))
        for s in self.statements.get(article, ()):
            iris.add(s.speaker)
        for d in self.deployments.get(article, ()):
            iris.update((d.origin, d.destination, d.place, d.claimant))
        return [self.entities[i] for i in sorted(i for i in iris if i in self.entities)]

    def label(self, iri: str | None) -> str:
        if iri is None:
            return "-"
        entity = self.entities.get(iri)
        return entity.label if entity else _local(iri)


_ENTITIES_QUERY = """
SELECT ?e ?class ?label ?alias ?same WHERE {
  VALUES ?class { nkg:Person nkg:Organization nkg:Country nkg:Place }
  ?e a ?class .
  { ?e rdfs:label ?label } UNION { ?e skos:altLabel ?alias } UNION { ?e owl:sameAs ?same }
}"""

_ARTICLES_QUERY = """
SELECT ?article ?e WHERE { ?article a nkg:Article . OPTIONAL { ?article nkg:mentions ?e } }"""

_STATEMENTS_QUERY = """
SELECT ?s ?article ?speaker ?quote ?kind ?verb ?start WHERE {
  ?s a nkg:Statement ; nkg:sourceArticle ?article .
  OPTIONAL { ?s nkg:speaker ?speaker }
  OPTIONAL { ?s nkg:quote ?quote }
  OPTIONAL { ?s nkg:kind ?kind }
  OPTIONAL { ?s nkg:reportingVerb ?verb }
  OPTIONAL { ?s nkg:charStart ?start }
}"""

_DEPLOYMENTS_QUERY = """
SELECT ?d ?article ?min ?max ?qualifier ?origin ?destination ?place ?status ?claimant ?evidence ?start
WHERE {
  ?d a nkg:Deployment ; nkg:sourceArticle ?article .
  OPTIONAL { ?d nkg:troopsMin ?min }
  OPTIONAL { ?d nkg:troopsMax ?max }
  OPTIONAL { ?d nkg:qualifier ?qualifier }
  OPTIONAL { ?d nkg:origin ?origin }
  OPTIONAL { ?d nkg:destination ?destination }
  OPTIONAL { ?d nkg:place ?place }
  OPTIONAL { ?d nkg:status ?status }
  OPTIONAL { ?d nkg:claimedBy ?claimant }
  OPTIONAL { ?d nkg:evidence ?evidence }
  OPTIONAL { ?d nkg:charStart ?start }
}"""


def _local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rstrip("/").rsplit("/", 1)[-1]


def _article_id(iri) -> str:
    text = str(iri)
    return text[len(_ARTICLE_PREFIX):] if text.startswith(_ARTICLE_PREFIX) else text


def _str(term) -> str | None:
    return None if term is None else str(term)


def _int(term) -> int | None:
    if term is None:
        return None
    try:
        return int(term)
    except (TypeError, ValueError):
        return None


def _term_local(term) -> str | None:
    return None if term is None else _local(term)


def read_graph(ds) -> GraphFacts:
    """Read entities, mentions, statements and deployments from ``ds`` (a store or dataset) with SPARQL."""
    facts = GraphFacts()
    for row in run_query(ds, _ENTITIES_QUERY).rows:
        iri = str(row["e"])
        entity = facts.entities.setdefault(iri, GraphEntity(iri, _local(row["class"]), ""))
        if row["label"] is not None:
            if not entity.label or str(row["label"]) < entity.label:
                entity.label = str(row["label"])
            entity.names.add(name_key(str(row["label"])))
        if row["alias"] is not None:
            entity.names.add(name_key(str(row["alias"])))
        if row["same"] is not None and str(row["same"]).startswith(str(WD)):  # not GeoNames
            entity.wikidata.add(_local(row["same"]))
    for entity in facts.entities.values():
        entity.label = entity.label or _local(entity.iri)
    for row in run_query(ds, _ARTICLES_QUERY).rows:
        article = _article_id(row["article"])
        facts.articles.add(article)
        if row["e"] is not None:
            facts.mentions.setdefault(article, set()).add(str(row["e"]))
    seen: set[str] = set()
    for row in run_query(ds, _STATEMENTS_QUERY).rows:
        if str(row["s"]) in seen:  # a malformed graph may repeat a property
            continue
        seen.add(str(row["s"]))
        article = _article_id(row["article"])
        facts.statements.setdefault(article, []).append(GraphStatement(
            str(row["s"]), article, _str(row["speaker"]), _str(row["quote"]) or "",
            _term_local(row["kind"]), _str(row["verb"]), _int(row["start"]) or 0,
        ))
    for row in run_query(ds, _DEPLOYMENTS_QUERY).rows:
        if str(row["d"]) in seen:
            continue
        seen.add(str(row["d"]))
        article = _article_id(row["article"])
        facts.deployments.setdefault(article, []).append(GraphDeployment(
            str(row["d"]), article, _int(row["min"]), _int(row["max"]),
            _term_local(row["qualifier"]), _str(row["origin"]), _str(row["destination"]),
            _str(row["place"]), _term_local(row["status"]), _str(row["claimant"]),
            _str(row["evidence"]) or "", _int(row["start"]) or 0,
        ))
    for items in (*facts.statements.values(), *facts.deployments.values()):
        items.sort(key=lambda x: (x.start, x.iri))
    return facts


# --- scores -----------------------------------------------------------------


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


def _greedy(candidates: list[tuple[tuple, int, int]]) -> dict[int, int]:
    """One-to-one pairs, best first: ``candidates`` are (sort key, gold index, graph index).

    >>> _greedy([((0,), 0, 0), ((1,), 0, 1), ((2,), 1, 0)])
    {0: 0}
    """
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in sorted(candidates):
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def troops(qualifier: str | None, low: int | None, high: int | None) -> str:
    """A troop figure as people write it.

    >>> troops("UpTo", None, 3000), troops("Range", 10000, 12000), troops("Vague", None, None)
    ('≤3000', '10000–12000', 'some')
    """
    if qualifier == "Range":
        return f"{low}–{high}"
    if qualifier == "UpTo":
        return f"≤{high}"
    if qualifier == "AtLeast":
        return f"≥{low}"
    if qualifier == "About":
        return f"~{low if low is not None else high}"
    if qualifier == "Vague" or (low is None and high is None):
        return "some"
    return str(low if low is not None else high)


def _match_entities(gold: GoldArticle, nodes: list[GraphEntity]) -> dict[int, int]:
    candidates = []
    for i, g in enumerate(gold.entities):
        gold_names = {name_key(g.name)} | {name_key(a) for a in g.aliases}
        for j, node in enumerate(nodes):
            shared = gold_names & node.names
            if node.cls != g.cls or not shared:
                continue
            label_is_name = name_key(node.label) == name_key(g.name)
            candidates.append(((not label_is_name, -len(shared), i, j), i, j))
    return _greedy(candidates)


def evaluate_article(gold: GoldArticle, facts: GraphFacts, kinds: dict[str, KindScore] | None = None,
                     ) -> tuple[dict[str, Score], dict[str, Accuracy], list[Finding]]:
    """Scores, attribute accuracies and findings of one article.

    ``kinds``, when given, receives the per-kind statement counts (rows of
    :data:`STATEMENT_ROWS`).
    """
    art = gold.article
    scores = {k: Score() for k in KINDS}
    attrs: dict[str, Accuracy] = {}
    findings: list[Finding] = []

    def attribute(name: str, ok: bool, kind: str, what: str) -> None:
        acc = attrs.setdefault(name, Accuracy())
        acc.total += 1
        acc.correct += ok
        if not ok:
            findings.append(Finding(art, kind, "wrong", what))

    # entities
    nodes = facts.article_entities(art)
    pairs = _match_entities(gold, nodes)
    node_of = {gold.entities[i].name: nodes[j].iri for i, j in pairs.items()}
    for i, g in enumerate(gold.entities):
        if i in pairs:
            node = nodes[pairs[i]]
            if g.wikidata:
                attribute("entities.wikidata", g.wikidata in node.wikidata, "entity",
                          f"{g.name}: wikidata {', '.join(sorted(node.wikidata)) or 'none'}, gold {g.wikidata}")
        else:
            findings.append(Finding(art, "entity", "miss", f"{g.cls} {g.name}"))
    matched_nodes = set(pairs.values())
    for j, node in enumerate(nodes):
        if j not in matched_nodes:
            findings.append(Finding(art, "entity", "spurious", f"{node.cls} {node.label} <{_local_key(node.iri)}>"))
    scores["entities"] = Score(len(pairs), len(nodes) - len(pairs), len(gold.entities) - len(pairs))

    # statements
    graph_statements = facts.statements.get(art, [])
    candidates = []
    for i, g in enumerate(gold.statements):
        speaker = node_of.get(g.speaker)
        for j, s in enumerate(graph_statements):
            if speaker is None or s.speaker != speaker:
                continue
            overlap = jaccard(g.quote, s.quote)
            if overlap >= QUOTE_THRESHOLD:
                same_verb = fold(s.verb or "") == fold(g.verb or "")
                candidates.append(((-overlap, s.kind != g.kind, not same_verb, i, j), i, j))
    pairs = _greedy(candidates)
    for i, g in enumerate(gold.statements):
        if i in pairs:
            s = graph_statements[pairs[i]]
            said = f"{g.speaker}: «{_short(g.quote, 50)}»"
            attribute("statements.kind", s.kind == g.kind, "statement", f"{said} kind {s.kind}, gold {g.kind}")
            attribute("statements.verb", fold(s.verb or "") == fold(g.verb or ""), "statement",
                      f"{said} verb {s.verb or '-'}, gold {g.verb or '-'}")
        else:
            hint = _statement_hint(g, graph_statements, set(pairs.values()), facts)
            findings.append(Finding(art, "statement", "miss",
                                    f"{g.speaker} ({g.kind}): «{_short(g.quote)}»{hint}"))
    matched = set(pairs.values())
    for j, s in enumerate(graph_statements):
        if j not in matched:
            findings.append(Finding(art, "statement", "spurious",
                                    f"{facts.label(s.speaker)} ({s.kind}): «{_short(s.quote)}»"))
    scores["statements"] = Score(len(pairs), len(graph_statements) - len(pairs), len(gold.statements) - len(pairs))
    if kinds is not None:
        for row, members in STATEMENT_ROWS.items():
            k = kinds.setdefault(row, KindScore())
            k.gold += sum(g.kind in members for g in gold.statements)
            k.found += sum(gold.statements[i].kind in members for i in pairs)
            k.graph += sum(s.kind in members for s in graph_statements)
            k.right += sum(graph_statements[j].kind in members for j in matched)

    # deployments
    graph_deployments = facts.deployments.get(art, [])
    candidates = []
    for i, g in enumerate(gold.deployments):
        claimant = node_of.get(g.claimant) if g.claimant else None
        for j, d in enumerate(graph_deployments):
            if (d.troops_min, d.troops_max, d.qualifier) != (g.troops_min, g.troops_max, g.qualifier):
                continue
            if (g.claimant is None) != (d.claimant is None) or (g.claimant and d.claimant != claimant):
                continue
            agree = sum(node_of.get(getattr(g, k)) == getattr(d, k) for k in ("origin", "destination", "place"))
            agree += g.status == d.status
            evidence = _overlap(g.evidence, d.evidence)
            candidates.append(((-agree, -evidence, i, j), i, j))
    pairs = _greedy(candidates)
    for i, g in enumerate(gold.deployments):
        figure = troops(g.qualifier, g.troops_min, g.troops_max)
        if i in pairs:
            d = graph_deployments[pairs[i]]
            for key in ("origin", "destination", "place"):
                want = node_of.get(getattr(g, key)) if getattr(g, key) else None
                attribute(f"deployments.{key}", getattr(d, key) == want, "deployment",
                          f"{figure} «{_short(g.evidence, 50)}» {key} {facts.label(getattr(d, key))}, "
                          f"gold {getattr(g, key) or '-'}")
            attribute("deployments.status", d.status == g.status, "deployment",
                      f"{figure} «{_short(g.evidence, 50)}» status {d.status or '-'}, gold {g.status or '-'}")
        else:
            hint = _deployment_hint(g, graph_deployments, set(pairs.values()), facts)
            findings.append(Finding(art, "deployment", "miss",
                                    f"{figure} ({g.qualifier}) {g.origin or '-'}→{g.destination or '-'}, "
                                    f"claimant {g.claimant or '-'}: «{_short(g.evidence, 70)}»{hint}"))
    matched = set(pairs.values())
    for j, d in enumerate(graph_deployments):
        if j not in matched:
            findings.append(Finding(art, "deployment", "spurious",
                                    f"{troops(d.qualifier, d.troops_min, d.troops_max)} ({d.qualifier}) "
                                    f"{facts.label(d.origin)}→{facts.label(d.destination)}, "
                                    f"claimant {facts.label(d.claimant)}: «{_short(d.evidence, 70)}»"))
    scores["deployments"] = Score(len(pairs), len(graph_deployments) - len(pairs), len(gold.deployments) - len(pairs))
    return scores, attrs, findings


def _local_key(iri: str) -> str:
    return iri[len(str(ID)):] if iri.startswith(str(ID)) else iri


def _overlap(a: str, b: str) -> float:
    """Overlap coefficient of the words of ``a`` and ``b`` (a short evidence within a sentence scores 1)."""
    x, y = set(words(a)), set(words(b))
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def _statement_hint(g: GoldStatement, graph: list[GraphStatement], used: set[int], facts: GraphFacts) -> str:
    """Why a gold statement was missed, when the graph has something close."""
    close = [
        (jaccard(g.quote, s.quote), j) for j, s in enumerate(graph)
        if j not in used and (jaccard(g.quote, s.quote) >= 0.3 or _overlap(g.quote, s.quote) >= 0.8)
    ]
    if not close:
        return ""
    best = max(close)
    overlap, j = best
    s = graph[j]
    if overlap >= QUOTE_THRESHOLD:
        return f" [graph has these words said by {facts.label(s.speaker)}]"
    return f" [closest graph quote, Jaccard {overlap:.2f}: «{_short(s.quote, 60)}»]"


def _deployment_hint(g: GoldDeployment, graph: list[GraphDeployment], used: set[int], facts: GraphFacts) -> str:
    """Why a gold deployment was missed, when the graph has something close."""
    for j, d in enumerate(graph):
        if j in used:
            continue
        same_figure = (d.troops_min, d.troops_max, d.qualifier) == (g.troops_min, g.troops_max, g.qualifier)
        if same_figure:
            return f" [graph has it with claimant {facts.label(d.claimant)}]"
    for j, d in enumerate(graph):
        if j not in used and _overlap(g.evidence, d.evidence) == 1.0:
            return (f" [graph reads {troops(d.qualifier, d.troops_min, d.troops_max)} ({d.qualifier}), "
                    f"claimant {facts.label(d.claimant)}]")
    return ""


def evaluate(ds: Dataset, gold: dict[str, GoldArticle]) -> Report:
    """Score the graph ``ds`` against ``gold`` (from :func:`load_gold`).

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
            total = attrs.setdefault(k, Accuracy())
            total.correct += a.correct
            total.total += a.total
        findings += found
    absent = sorted(a for a in gold if a not in facts.articles)
    return Report(totals, dict(sorted(attrs.items())), findings, sorted(gold), absent, kinds,
                  actor_figures(facts, gold))


# --- actors and troop figures ---------------------------------------------------

#: Named figures of :func:`actor_figures`, usable in a thresholds file's ``min``.
ACTOR_METRICS = {
    "entities.one_node": "gold actors and places that are one graph node, not split in several",
    "deployments.figures_found": "gold troop figures found (same figures and qualifier), whoever claims them",
    "deployments.figures_precision": "graph troop figures that are gold figures (none from a non-troop number)",
    "deployments.claimant": "found figures with the right claimant (or rightly none)",
    "deployments.origin": "found figures with the right origin (or rightly none)",
    "deployments.destination": "found figures with the right destination (or rightly none)",
}


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
        node_of = {g.entities[i].name: nodes[j].iri for i, j in _match_entities(g, nodes).items()}
        split = figures["entities.one_node"]
        for e in g.entities:
            names = {name_key(e.name)} | {name_key(a) for a in e.aliases}
            split.total += 1
            split.correct += sum(bool(names & n.names) for n in nodes) <= 1
        graph = facts.deployments.get(article, [])
        candidates = [((-_overlap(d_g.evidence, d.evidence), i, j), i, j)
                      for i, d_g in enumerate(g.deployments) for j, d in enumerate(graph)
                      if (d.troops_min, d.troops_max, d.qualifier)
                      == (d_g.troops_min, d_g.troops_max, d_g.qualifier)]
        pairs = _greedy(candidates)
        figures["deployments.figures_found"].total += len(g.deployments)
        figures["deployments.figures_found"].correct += len(pairs)
        figures["deployments.figures_precision"].total += len(graph)
        figures["deployments.figures_precision"].correct += len(pairs)
        for i, j in pairs.items():
            for attr, name in (("claimant", "claimant"), ("origin", "origin"), ("destination", "destination")):
                want = getattr(g.deployments[i], attr)
                acc = figures[f"deployments.{name}"]
                acc.total += 1
                acc.correct += getattr(graph[j], attr) == (node_of.get(want) if want else None)
    return figures


# --- printing ---------------------------------------------------------------


def format_table(report: Report, findings: bool = True) -> str:
    """The report as aligned text: scores per kind, attribute accuracy, then each finding."""
    lines = [f"{'kind':<12} {'gold':>5} {'graph':>5} {'found':>5} {'precision':>9} {'recall':>7} {'F1':>6}"]
    for kind, s in report.scores.items():
        lines.append(f"{kind:<12} {s.tp + s.fn:>5} {s.tp + s.fp:>5} {s.tp:>5} "
                     f"{s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f}")
    if report.statement_kinds:
        lines += ["", f"{'statements by kind':<22} {'gold':>5} {'found':>5} {'recall':>7} "
                      f"{'graph':>5} {'right':>5} {'precision':>9}"]
        for row, k in report.statement_kinds.items():
            lines.append(f"{row:<22} {k.gold:>5} {k.found:>5} {k.recall:>7.3f} "
                         f"{k.graph:>5} {k.right:>5} {k.precision:>9.3f}")
    if report.actor_figures:
        lines += ["", f"{'actors and troop figures':<30} {'right':>5} {'of':>5} {'share':>8}"]
        for name, a in report.actor_figures.items():
            lines.append(f"{name:<30} {a.correct:>5} {a.total:>5} {a.value:>8.3f}")
    if report.attributes:
        lines += ["", f"{'attribute (on matched facts)':<30} {'right':>5} {'of':>5} {'accuracy':>8}"]
        for name, a in report.attributes.items():
            lines.append(f"{name:<30} {a.correct:>5} {a.total:>5} {a.value:>8.3f}")
    if report.absent:
        lines += ["", f"not in the graph: {', '.join(report.absent)}"]
    if findings and report.findings:
        order = {"miss": 0, "spurious": 1, "wrong": 2}
        kinds = {"entity": 0, "statement": 1, "deployment": 2}
        lines += ["", f"{'article':<22} {'kind':<10} {'what':<8} description"]
        for f in sorted(report.findings, key=lambda f: (f.article, kinds.get(f.kind, 9), order.get(f.status, 9))):
            lines.append(f"{f.article:<22} {f.kind:<10} {f.status:<8} {f.description}")
    return "\n".join(lines)


def format_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)


# --- quality bars -------------------------------------------------------------


def load_thresholds(path: str | Path) -> dict[str, float]:
    """The quality bars of a JSON file, by metric name.

    ``{"min_f1": {"entities": 0.8, …}, "min": {"direct_quotes": 0.95, …}}``:
    ``min_f1`` gives the minimum F1 per kind (keys ``entities``,
    ``statements``, ``deployments``); ``min`` the minimum of any named figure
    of :meth:`Report.metrics` (``quote_precision``, ``statements.recall``…).
    At least one of the two must be a non-empty object.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise GoldError(f"{path}: cannot read: {err}") from None
    except json.JSONDecodeError as err:
        raise GoldError(f"{path}: invalid JSON: {err.msg} (line {err.lineno})") from None
    f1_bars = data.get("min_f1", {}) if isinstance(data, dict) else None
    min_bars = data.get("min", {}) if isinstance(data, dict) else None
    if not isinstance(f1_bars, dict) or not isinstance(min_bars, dict) or not (f1_bars or min_bars):
        raise GoldError(f"{path}: expected an object with a non-empty \"min_f1\" or \"min\" object")
    known = ({f"{k}.{m}" for k in KINDS for m in ("precision", "recall", "f1")} | set(STATEMENT_METRICS)
             | set(ACTOR_METRICS))
    bars: dict[str, float] = {}
    for group, allowed, entries in (("min_f1", KINDS, f1_bars), ("min", known, min_bars)):
        for name, value in entries.items():
            if name not in allowed:
                raise GoldError(f"{path}: unknown {'kind' if group == 'min_f1' else 'metric'} {name!r}; "
                                f"expected {', '.join(sorted(allowed))}")
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 1:
                raise GoldError(f"{path}: {group}.{name} must be a number between 0 and 1")
            bars[name] = float(value)
    return bars


def below_thresholds(report: Report, bars: dict[str, float]) -> list[str]:
    """One line per figure under its bar (empty when quality holds).

    A bare kind name (``entities``) stands for its F1.

    >>> below_thresholds(Report({"entities": Score(1, 1, 0)}, {}, [], [], []), {"entities": 0.9})
    ['entities F1 0.667 < 0.900']
    """
    metrics = report.metrics()
    failures = []
    for name, bar in bars.items():
        if name in KINDS:
            if report.scores[name].f1 < bar:
                failures.append(f"{name} F1 {report.scores[name].f1:.3f} < {bar:.3f}")
        elif metrics.get(name, 0.0) < bar:
            failures.append(f"{name} {metrics.get(name, 0.0):.3f} < {bar:.3f}")
    return failures
