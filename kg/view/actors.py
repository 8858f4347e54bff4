"""The default page's data: the actors, and the facts that link them, projected from the graph.

Only persons, organisations, countries and places are nodes. A statement
becomes an edge from its speaker to what it is about (several statements on
the same pair share one edge, wider for more); a deployment becomes an edge
from its origin to its destination (or place), labelled with the figures and
who claims them. Affiliations and locations are faint edges. Every fact
stays one click away: the page carries each actor's statements and claims
with their article and evidence sentence.

Everything here is plain Python data (dicts and lists ready for JSON); the
layout is :mod:`kg.view.layout`'s, the HTML :mod:`kg.view.page`'s, and narrowing
the page to what the options ask :mod:`kg.view.actor_selection`'s.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS

from .. import names
from ..namespaces import ID, NKG, SCHEMA
from ..prefixes import local_name
from .graph import ENTITY_KINDS, LeftOut, _Facts, node_id
from .words import plural, shorten, term, troops

#: How an edge of the actor network looks and weighs in the layout.
EDGE_KINDS = {
    "speech": {"name": "déclarations (locuteur → sujet)", "colour": "#7b4fa6", "weight": 1.0},
    "deployment": {"name": "déploiements (origine → destination)", "colour": "#8c2f1b", "weight": 2.0},
    "affiliation": {"name": "affiliation", "colour": "#c9c9c9", "weight": 0.6},
    "located": {"name": "situé en", "colour": "#c9c9c9", "weight": 0.6},
}
#: How many figures a deployment edge's label lists before "+ n autres".
EDGE_FIGURES = 3

#: The properties read for every fact and actor, made once: a DefinedNamespace makes a new term
#: at each access, tens of thousands of times for a --focus page of a large store.
_DCTERMS_DATE = DCTERMS.date
_DCTERMS_PUBLISHER = DCTERMS.publisher
_DCTERMS_TITLE = DCTERMS.title
_ABOUT = NKG.about
_AFFILIATION = NKG.affiliation
_CLAIMED_BY = NKG.claimedBy
_DESTINATION = NKG.destination
_EVIDENCE = NKG.evidence
_KIND = NKG.kind
_LOCATED_IN = NKG.locatedIn
_MENTIONS = NKG.mentions
_ORIGIN = NKG.origin
_PLACE = NKG.place
_QUALIFIER = NKG.qualifier
_QUOTE = NKG.quote
_REPORTING_VERB = NKG.reportingVerb
_ROLE = NKG.role
_SOURCE_ARTICLE = NKG.sourceArticle
_SPEAKER = NKG.speaker
_SPEAKER_ROLE = NKG.speakerRole
_STATUS = NKG.status
_TROOPS_MAX = NKG.troopsMax
_TROOPS_MIN = NKG.troopsMin
_SCHEMA_URL = SCHEMA.url
_SKOS_ALTLABEL = SKOS.altLabel


@dataclass
class ActorPage:
    """What the default page shows: actors, edges between them, and the facts behind both."""

    actors: dict[str, dict]  # by id, sorted
    edges: list[dict]
    statements: list[dict]
    claims: list[dict]
    articles: list[dict]
    caption: list[str] = field(default_factory=list)
    left_out: LeftOut | None = None
    centre: str | None = None  # the --focus actor
    article: str | None = None  # the --article id
    others: dict[str, str] = field(default_factory=dict)  # labels of actors facts name but not drawn
    labels: dict[str, str] = field(default_factory=dict)  # every actor's label, drawn or not
    cut: tuple[int, int] = (0, 0)  # statements and claims left out by MAX_STATEMENTS, MAX_CLAIMS
    hubs: dict[str, int] = field(default_factory=dict)  # --focus: actors not walked through, their facts


def _year_month_day(value) -> str | None:
    return None if value is None else str(value)[:10]


def _links(facts: _Facts, node) -> list[list[str]]:
    """[text, url] for each owl:sameAs: Wikidata, GeoNames or another site."""
    out = []
    for same in facts.values(node, OWL.sameAs):
        url = str(same)
        if "wikidata.org/" in url:
            out.append([f"Wikidata {url.rstrip('/').rsplit('/', 1)[-1]}", url])
        elif "geonames.org/" in url:
            out.append([f"GeoNames {url.rstrip('/').rsplit('/', 1)[-1]}", url])
        elif url.startswith(("http://", "https://")):
            out.append([url, url])
    return out


def evidence_parts(evidence: str, quote: str) -> list[str]:
    """``[before, after]`` the quote when it is in the sentence, else ``[sentence]``.

    The page puts the quote (highlighted) between the two, so it is not stored twice.

    >>> evidence_parts("Il a dit « oui » hier.", "oui")
    ['Il a dit « ', ' » hier.']
    """
    at = evidence.find(quote) if quote else -1
    if at < 0:
        return [evidence]
    return [evidence[:at], evidence[at + len(quote) :]]


def _articles(facts: _Facts) -> tuple[list[dict], dict]:
    rows = []
    for node in sorted(facts.by_subject, key=str):
        if facts.kind(node) == "Article":
            ident = node_id(node).split("/", 1)[-1]
            rows.append(
                {
                    "id": ident,
                    "title": facts.text(node, _DCTERMS_TITLE) or ident,
                    "outlet": facts.text(node, _DCTERMS_PUBLISHER) or "",
                    "date": _year_month_day(facts.one(node, _DCTERMS_DATE)) or "",
                    "url": facts.text(node, _SCHEMA_URL) or "",
                }
            )
    rows.sort(key=lambda a: (a["date"] == "", a["date"], a["id"]))
    return rows, {ID["article/" + a["id"]]: i for i, a in enumerate(rows)}


def actor_page(facts: _Facts) -> ActorPage:
    """Every actor of the graph with its statements, claims and links to other actors."""
    articles, article_index = _articles(facts)
    actors: dict[str, dict] = {}
    terms: dict[str, URIRef] = {}
    for node in sorted(facts.by_subject, key=str):
        kind = facts.kind(node)
        if kind in ENTITY_KINDS and isinstance(node, URIRef):
            ident = node_id(node)
            terms[ident] = node
            label = facts.name(node)
            aliases = [str(a) for a in facts.values(node, _SKOS_ALTLABEL)]
            actors[ident] = {
                "id": ident,
                "kind": kind,
                "label": label,
                "aliases": aliases,
                "keys": sorted({names.key(n) for n in (label, *aliases)} - {""}),
                "roles": [str(r) for r in facts.values(node, _ROLE)],
                "affiliations": [],
                "located": None,
                "links": _links(facts, node),
                "articles": set(),
                "mentions": 0,
                "statements": [],
                "claims": [],
            }

    def actor(term) -> str | None:
        ident = node_id(term) if term is not None else None
        return ident if ident in actors else None

    for ident, node in terms.items():
        a = actors[ident]
        a["affiliations"] = [[o, actors[o]["label"]] for o in map(actor, facts.values(node, _AFFILIATION)) if o]
        located = actor(facts.one(node, _LOCATED_IN))
        a["located"] = [located, actors[located]["label"]] if located else None
    for node, props in facts.by_subject.items():
        if node in article_index:
            for other in map(actor, props.get(_MENTIONS, ())):
                if other:
                    actors[other]["mentions"] += 1
                    actors[other]["articles"].add(article_index[node])

    statements, claims = [], []
    for node in sorted(facts.by_subject, key=str):
        kind = facts.kind(node)
        if kind not in ("Statement", "Deployment"):
            continue
        article = article_index.get(facts.one(node, _SOURCE_ARTICLE))
        evidence = facts.text(node, _EVIDENCE) or ""
        if kind == "Statement":
            quote = facts.text(node, _QUOTE) or ""
            speaker = actor(facts.one(node, _SPEAKER))
            fact = {
                "id": node_id(node),
                "speaker": speaker,
                "kind": term(facts.one(node, _KIND), "déclaration"),
                "quote": quote,
                "verb": facts.text(node, _REPORTING_VERB) or "",
                "role": facts.text(node, _SPEAKER_ROLE) or "",
                "about": [o for o in map(actor, facts.values(node, _ABOUT)) if o and o != speaker],
                "article": article,
                "date": _year_month_day(facts.one(node, _DCTERMS_DATE)) or "",
                "evidence": evidence_parts(evidence, quote),
            }
            statements.append(fact)
            involved = [speaker] if speaker else []
        else:
            qualifier = facts.one(node, _QUALIFIER)
            low, high = (facts.one(node, p) for p in (_TROOPS_MIN, _TROOPS_MAX))
            status = facts.one(node, _STATUS)
            fact = {
                "id": node_id(node),
                "troops": troops(
                    local_name(qualifier) if qualifier is not None else None,
                    None if low is None else int(low.toPython()),
                    None if high is None else int(high.toPython()),
                ),
                "low": None if low is None else int(low.toPython()),
                "high": None if high is None else int(high.toPython()),
                "status": term(status),
                **{k: actor(facts.one(node, p)) for k, p in (
                    ("origin", _ORIGIN), ("destination", _DESTINATION),
                    ("place", _PLACE), ("claimant", _CLAIMED_BY))},
                "article": article,
                "date": _year_month_day(facts.one(node, _DCTERMS_DATE)) or "",
                "evidence": [evidence],
            }
            claims.append(fact)
            involved = [fact[k] for k in ("claimant", "origin", "destination", "place") if fact[k]]
        index = len(statements if kind == "Statement" else claims) - 1
        for who in dict.fromkeys(involved):
            actors[who]["statements" if kind == "Statement" else "claims"].append(index)
            if article is not None:
                actors[who]["articles"].add(article)
    for a in actors.values():
        a["articles"] = sorted(a["articles"])
        a["spoke"] = sum(1 for i in a["statements"] if statements[i]["speaker"] == a["id"])
    page = ActorPage(dict(sorted(actors.items())), [], statements, claims, articles)
    page.labels = {k: a["label"] for k, a in page.actors.items()}
    page.edges = actor_edges(page)
    return page


def _figures(claims: list[dict], labels: dict[str, str]) -> str:
    """A deployment edge's note: how many claims, then the figures most claimed and by whom."""
    by_figure: dict[str, list[str]] = defaultdict(list)
    top: dict[str, int] = {}
    for c in claims:
        if c["high"] is None and c["low"] is None:
            continue  # a vague claim has no figure to show
        figure = c["troops"].replace("\u202fsoldats", "").replace(" soldats", "")
        who = shorten(labels.get(c["claimant"], "l'article"), 24)
        if who not in by_figure[figure]:
            by_figure[figure].append(who)
        top[figure] = max(c["high"] or 0, c["low"] or 0)
    ranked = sorted(by_figure.items(), key=lambda kv: (-len(kv[1]), -top[kv[0]], kv[0]))
    n = len(claims)
    lines = [f"{n} {plural('revendication', n)} de troupes"]
    lines += [f"{fig} : {', '.join(who[:2])}{' …' if len(who) > 2 else ''}" for fig, who in ranked[:EDGE_FIGURES]]
    if len(ranked) > EDGE_FIGURES:
        lines.append(f"+ {len(ranked) - EDGE_FIGURES} autres chiffres (cliquer le lien)")
    return "\n".join(lines)


def actor_edges(page: ActorPage) -> list[dict]:
    """The edges between actors, one per (kind, source, target), with the facts behind them."""
    found: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, s in enumerate(page.statements):
        for about in s["about"]:
            if s["speaker"]:
                found["speech", s["speaker"], about].append(i)
    for i, c in enumerate(page.claims):
        to = c["destination"] or c["place"]
        if c["origin"] and to and c["origin"] != to:
            found["deployment", c["origin"], to].append(i)
    for a in page.actors.values():
        for other, _ in a["affiliations"]:
            found["affiliation", a["id"], other] = []
        if a["located"]:
            found["located", a["id"], a["located"][0]] = []
    labels = {k: a["label"] for k, a in page.actors.items()}
    edges = []
    for (kind, source, target), facts in sorted(found.items()):
        edge = {"kind": kind, "from": source, "to": target, "facts": facts}
        who = f"{labels[source]} → {labels[target]}"
        if kind == "speech":
            edge["title"] = f"{who} : {len(facts)} {plural('déclaration', len(facts))} à son sujet"
        elif kind == "deployment":
            chosen = [page.claims[i] for i in facts]
            edge["label"] = _figures(chosen, labels)
            edge["title"] = f"{who} : {len(facts)} {plural('revendication', len(facts))}"
        else:
            edge["title"] = f"{labels[source]} {'affilié à' if kind == 'affiliation' else 'situé en'} {labels[target]}"
        edges.append(edge)
    return edges


def weight(actor: dict) -> int:
    """How prominent an actor is: articles that mention it, plus statements it made."""
    return actor["mentions"] + actor["spoke"] + len(actor["claims"])
