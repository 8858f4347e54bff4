"""The graph the view draws, read from the dataset: its nodes and edges.

Every actor, place, statement, deployment and article is a :class:`Node`; what
links them is an :class:`Edge` spelt out in French ("a déclaré", "envoie"…).
``--detail`` draws this graph as it is (:func:`graph_view`), narrowed by the
options of ``kg view`` (:mod:`kg.view.selection`); the default page projects
it onto the actors (:mod:`kg.view.actors`).

The graph is read in one place, :mod:`kg.view.read`.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rdflib import Dataset, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from ..namespaces import NKG, SCHEMA, WD
from ..prefixes import key_of as node_id, local_name  # a node's id is its IRI's key (``person/x``)
from .words import EVIDENCE_WIDTH, LABEL_WIDTH, plural, shorten, term, troops

_TYPE = RDF.type
_NKG = str(NKG._NS)


class ViewError(ValueError):
    """A view cannot be drawn as asked (unknown name, type or article)."""


def name_error(name: str, found: list[tuple[str, str]], what: str = "actor or place") -> ViewError:
    """The error for a name that finds no node, or several: ``found`` is (label, id) of each.

    >>> str(name_error("Kim", [("Kim Jong Un", "person/kim-jong-un"), ("Kim Yo Jong", "person/kim-yo-jong")]))
    "'Kim' is ambiguous: Kim Jong Un (person/kim-jong-un), Kim Yo Jong (person/kim-yo-jong); give a full name or an id"
    """
    if not found:
        return ViewError(f"no {what} named {name!r} in the graph")
    shown = ", ".join(f"{label} ({ident})" for label, ident in found[:6])
    more = f" and {len(found) - 6} more" if len(found) > 6 else ""
    return ViewError(f"{name!r} is ambiguous: {shown}{more}; give a full name or an id")


def article_error(article_id: str, found: list, known: list[str]) -> ViewError:
    """The error for an ``--article`` id that starts no article's id (``found`` empty) or several's.

    >>> str(article_error("00", [], ["000_a", "001_b"]))
    "no article '00' in the graph (articles: 000_a, 001_b…)"
    """
    what = "several articles start with" if found else "no article"
    return ViewError(f"{what} {article_id!r} in the graph (articles: {', '.join(known[:5]) or 'none'}…)")


@dataclass(frozen=True)
class Style:
    """How one class of node looks, and what it is called on the page and the command line."""

    kind: str  # local name of the nkg: class
    name: str  # French, for the legend
    option: str  # for --types
    colour: str
    shape: str  # a vis-network shape whose size follows `value`
    symbol: str  # the shape, as a character, for the legend


#: One style per class, in legend order. Shapes are all ones vis-network scales
#: by `value`, so node size can follow degree.
STYLES = {
    s.kind: s
    for s in (
        Style("Person", "personne", "person", "#d1495b", "dot", "\u25cf"),
        Style("Organization", "organisation", "organisation", "#edae49", "square", "\u25a0"),
        Style("Country", "pays", "country", "#00798c", "diamond", "\u25c6"),
        Style("Place", "lieu", "place", "#30a46c", "triangleDown", "\u25bc"),
        Style("Statement", "déclaration", "statement", "#7b4fa6", "triangle", "\u25b2"),
        Style("Deployment", "déploiement", "deployment", "#8c2f1b", "star", "\u2605"),
        Style("Article", "article", "article", "#6c757d", "hexagon", "\u2b22"),
        Style("Other", "autre", "other", "#9aa5b1", "dot", "\u25cf"),
    )
}
ENTITY_KINDS = ("Person", "Organization", "Country", "Place")
FACT_KINDS = ("Statement", "Deployment")

#: Edge labels: predicate -> (French label, drawn from the object to the subject?).
#: Reversed edges read as a French sentence: "Lloyd Austin a déclaré « … »",
#: "Corée du Nord envoie 10 000 soldats", "l'article rapporte « … »".
EDGES = {
    NKG.speaker: ("a déclaré", True),
    NKG.about: ("au sujet de", False),
    NKG.origin: ("envoie", True),
    NKG.destination: ("vers", False),
    NKG.place: ("lieu", False),
    NKG.claimedBy: ("revendiqué par", False),
    NKG.affiliation: ("affilié à", False),
    NKG.locatedIn: ("situé en", False),
    NKG.mentions: ("mentionne", False),
    NKG.sourceArticle: ("rapporte", True),
}

#: Provenance links (article -> what it mentions or reports), drawn faint and
#: dashed so that the facts themselves stand out.
FAINT_EDGES = {"mentionne", "rapporte"}

#: vis-network's random seed: the same graph is always laid out the same way.
LAYOUT_SEED = 7


@dataclass(frozen=True)
class Node:
    id: str  # the IRI path under id/, e.g. "person/lloyd-austin"
    kind: str  # a key of STYLES
    label: str  # short, shown on the graph
    title: str  # plain text, shown on hover
    names: tuple[str, ...] = ()  # label and aliases (title and id of an article), for --focus


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    label: str


@dataclass(frozen=True)
class LeftOut:
    """What --max-nodes left out, to be said on the page and on the terminal."""

    nodes: int
    of: int  # nodes in the view before it was cut
    edges: int
    by_kind: dict[str, int]
    examples: list[str]  # labels of the most connected nodes left out

    @classmethod
    def of_dropped(cls, dropped: list[tuple[str, str]], *, of: int, edges: int) -> LeftOut:
        """What was left out, from the (class, label) of each node dropped, the most connected first.

        >>> LeftOut.of_dropped([("Place", "Koursk"), ("Person", "A"), ("Place", "Kiev")], of=5, edges=4).by_kind
        {'Person': 1, 'Place': 2}
        """
        by_kind = Counter(kind for kind, _ in dropped)
        return cls(
            nodes=len(dropped),
            of=of,
            edges=edges,
            by_kind={k: by_kind[k] for k in STYLES if by_kind[k]},
            examples=[label for _, label in dropped[:5]],
        )

    def describe(self) -> str:
        """One French sentence, e.g. ``12 nœuds masqués (10 déclarations, 2 lieux) …``."""
        kinds = ", ".join(f"{n} {plural(STYLES[k].name, n)}" for k, n in self.by_kind.items())
        text = f"{self.nodes} {plural('nœud', self.nodes)} {plural('masqué', self.nodes)}"
        text += f" ({kinds}) et {self.edges} {plural('lien', self.edges)}"
        if self.examples:
            text += " ; dont " + ", ".join(self.examples)
        return text


@dataclass
class View:
    """The nodes and edges to draw, and what was left out of them."""

    nodes: dict[str, Node]  # by id, sorted
    edges: list[Edge]  # sorted
    caption: list[str] = field(default_factory=list)  # what this view shows
    left_out: LeftOut | None = None

    def degrees(self) -> Counter:
        deg = Counter({n: 0 for n in self.nodes})
        for e in self.edges:
            deg[e.source] += 1
            deg[e.target] += 1
        return deg

    def neighbours(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for e in self.edges:
            out[e.source].add(e.target)
            out[e.target].add(e.source)
        return out


class _Facts:
    """Every triple of the dataset, by subject, with labels for display."""

    def __init__(self, triples):
        self.by_subject: dict = defaultdict(lambda: defaultdict(set))
        for s, p, o in triples:
            self.by_subject[s][p].add(o)
        self._kinds: dict = {}

    def values(self, node, prop) -> list:
        return sorted(self.by_subject.get(node, {}).get(prop, ()))

    def one(self, node, prop):
        vals = self.values(node, prop)
        return vals[0] if vals else None

    def text(self, node, prop) -> str | None:
        val = self.one(node, prop)
        return None if val is None else str(val)

    def kind(self, node) -> str | None:
        """The class of ``node`` among :data:`STYLES` (worked out once per node)."""
        if node not in self._kinds:
            types = {local_name(t) for t in self.values(node, _TYPE) if t.startswith(_NKG)}
            self._kinds[node] = next((k for k in STYLES if k in types), None)
        return self._kinds[node]

    def name(self, node) -> str:
        """A readable name for ``node``: its label, title or id."""
        return (
            self.text(node, RDFS.label)
            or self.text(node, DCTERMS.title)
            or node_id(node)
        )


def _article_line(facts: _Facts, article) -> str:
    if article is None:
        return "Article : inconnu"
    parts = [facts.text(article, DCTERMS.title) or node_id(article).split("/", 1)[-1]]
    for prop in (DCTERMS.date, DCTERMS.publisher):
        if facts.one(article, prop) is not None:
            parts.append(facts.text(article, prop))
    return "Article : " + " — ".join(parts)


def _entity_node(facts: _Facts, node, kind: str, mentioned_in: int) -> Node:
    label = facts.name(node)
    aliases = [str(a) for a in facts.values(node, SKOS.altLabel)]
    lines = [f"{STYLES[kind].name.capitalize()} : {label}"]
    if aliases:
        lines.append("Aussi appelé : " + ", ".join(aliases))
    roles = [str(r) for r in facts.values(node, NKG.role)]
    if roles:
        lines.append("Rôles : " + ", ".join(roles))
    affiliations = [facts.name(a) for a in facts.values(node, NKG.affiliation)]
    if affiliations:
        lines.append("Affilié à : " + ", ".join(affiliations))
    located = facts.one(node, NKG.locatedIn)
    if located is not None:
        lines.append("Situé en : " + facts.name(located))
    same = [str(q) for q in facts.values(node, OWL.sameAs)]
    qids = [q[len(str(WD)) :] for q in same if q.startswith(str(WD))]
    lines.append("Wikidata : " + (", ".join(qids) if qids else "—"))
    if mentioned_in:
        lines.append(f"Mentionné dans {mentioned_in} {plural('article', mentioned_in)}")
    lines.append(f"Identifiant : {node_id(node)}")
    return Node(node_id(node), kind, shorten(label), "\n".join(lines), (label, *aliases))


def _statement_node(facts: _Facts, node) -> Node:
    quote = facts.text(node, NKG.quote) or ""
    kind = term(facts.one(node, NKG.kind), "déclaration")
    speaker = facts.one(node, NKG.speaker)
    lines = [f"Déclaration ({kind})", f"« {quote} »"]
    who = facts.name(speaker) if speaker is not None else "inconnu"
    role = facts.text(node, NKG.speakerRole)
    lines.append(f"Locuteur : {who}" + (f" ({role})" if role else ""))
    verb = facts.text(node, NKG.reportingVerb)
    if verb:
        lines.append(f"Verbe : {verb}")
    about = [facts.name(a) for a in facts.values(node, NKG.about)]
    if about:
        lines.append("Au sujet de : " + ", ".join(about))
    lines.append(_article_line(facts, facts.one(node, NKG.sourceArticle)))
    evidence = facts.text(node, NKG.evidence)
    if evidence and evidence.strip() != quote.strip():
        lines.append("Phrase : " + shorten(evidence, EVIDENCE_WIDTH))
    label = f"« {shorten(quote, LABEL_WIDTH - 4)} »"
    return Node(node_id(node), "Statement", label, "\n".join(lines))


def _integer(value) -> int | None:
    return None if value is None else int(value.toPython())


def _deployment_node(facts: _Facts, node) -> Node:
    qualifier = facts.one(node, NKG.qualifier)
    figures = troops(
        local_name(qualifier) if qualifier is not None else None,
        _integer(facts.one(node, NKG.troopsMin)),
        _integer(facts.one(node, NKG.troopsMax)),
    )
    lines = ["Déploiement", f"Effectif : {figures}"]
    if qualifier is not None:
        lines[-1] += f" (qualificatif : {term(qualifier)})"
    status = facts.one(node, NKG.status)
    if status is not None:
        lines.append("Statut : " + term(status))
    for prop, name in (
        (NKG.origin, "De"),
        (NKG.destination, "Vers"),
        (NKG.place, "Lieu"),
        (NKG.claimedBy, "Revendiqué par"),
    ):
        value = facts.one(node, prop)
        if value is not None:
            lines.append(f"{name} : {facts.name(value)}")
    lines.append(_article_line(facts, facts.one(node, NKG.sourceArticle)))
    evidence = facts.text(node, NKG.evidence)
    if evidence:
        lines.append("Phrase : " + shorten(evidence, EVIDENCE_WIDTH))
    return Node(node_id(node), "Deployment", shorten(figures), "\n".join(lines))


def _article_node(facts: _Facts, node) -> Node:
    ident = node_id(node).split("/", 1)[-1]
    title = facts.text(node, DCTERMS.title)
    lines = [f"Article : {title or ident}"]
    for prop, name in (
        (DCTERMS.date, "Date"),
        (DCTERMS.publisher, "Source"),
        (SCHEMA.url, "URL"),
        (DCTERMS.source, "Fichier"),
    ):
        value = facts.text(node, prop)
        if value:
            lines.append(f"{name} : {value}")
    lines.append(f"Identifiant : {ident}")
    names = tuple(n for n in (ident, title) if n)
    return Node(node_id(node), "Article", shorten(title or ident), "\n".join(lines), names)


def graph_view(ds: "Dataset | _Facts") -> View:
    """Every entity, statement, deployment and article of ``ds``, and how they link."""
    from .read import read_facts  # read.py builds _Facts: imported here to avoid a cycle

    facts = ds if isinstance(ds, _Facts) else read_facts(ds)
    mentioned_in = Counter(
        o for s in facts.by_subject for o in facts.values(s, NKG.mentions)
    )
    nodes: dict[str, Node] = {}
    terms: dict[str, URIRef] = {}

    def add(term) -> str | None:
        if not isinstance(term, URIRef):
            return None
        ident = node_id(term)
        if ident not in nodes:
            terms[ident] = term
            kind = facts.kind(term) or "Other"
            if kind == "Statement":
                nodes[ident] = _statement_node(facts, term)
            elif kind == "Deployment":
                nodes[ident] = _deployment_node(facts, term)
            elif kind == "Article":
                nodes[ident] = _article_node(facts, term)
            else:
                nodes[ident] = _entity_node(facts, term, kind, mentioned_in[term])
        return ident

    for subject in sorted(facts.by_subject, key=str):
        if facts.kind(subject):
            add(subject)
    edges = set()
    for subject in sorted(nodes):
        for prop, (label, reverse) in EDGES.items():
            for obj in facts.values(terms[subject], prop):
                other = add(obj)
                if other is None:
                    continue
                edges.add(Edge(other, subject, label) if reverse else Edge(subject, other, label))
    return View(
        nodes=dict(sorted(nodes.items())),
        edges=sorted(edges, key=lambda e: (e.source, e.target, e.label)),
    )
