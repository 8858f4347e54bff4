"""The default page's data: the actors, and the facts that link them, projected from the graph.

Only persons, organisations, countries and places are nodes. A statement
becomes an edge from its speaker to what it is about (several statements on
the same pair share one edge, wider for more); a deployment becomes an edge
from its origin to its destination (or place), labelled with the figures and
who claims them. Affiliations and locations are faint edges. Every fact
stays one click away: the page carries each actor's statements and claims
with their article and evidence sentence.

Everything here is plain Python data (dicts and lists ready for JSON); the
layout is :mod:`kg.view.layout`'s and the HTML :mod:`kg.view.page`'s.
"""
from __future__ import annotations

from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS

from .. import names
from ..namespaces import ID, NKG, SCHEMA
from ..prefixes import local_name
from .graph import ENTITY_KINDS, STYLES, LeftOut, ViewError, _Facts, article_error, name_error, node_id
from .selection import parse_types
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
                    "title": facts.text(node, DCTERMS.title) or ident,
                    "outlet": facts.text(node, DCTERMS.publisher) or "",
                    "date": _year_month_day(facts.one(node, DCTERMS.date)) or "",
                    "url": facts.text(node, SCHEMA.url) or "",
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
            aliases = [str(a) for a in facts.values(node, SKOS.altLabel)]
            actors[ident] = {
                "id": ident,
                "kind": kind,
                "label": label,
                "aliases": aliases,
                "keys": sorted({names.key(n) for n in (label, *aliases)} - {""}),
                "roles": [str(r) for r in facts.values(node, NKG.role)],
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
        a["affiliations"] = [[o, actors[o]["label"]] for o in map(actor, facts.values(node, NKG.affiliation)) if o]
        located = actor(facts.one(node, NKG.locatedIn))
        a["located"] = [located, actors[located]["label"]] if located else None
    for node, props in facts.by_subject.items():
        if node in article_index:
            for other in map(actor, props.get(NKG.mentions, ())):
                if other:
                    actors[other]["mentions"] += 1
                    actors[other]["articles"].add(article_index[node])

    statements, claims = [], []
    for node in sorted(facts.by_subject, key=str):
        kind = facts.kind(node)
        if kind not in ("Statement", "Deployment"):
            continue
        article = article_index.get(facts.one(node, NKG.sourceArticle))
        evidence = facts.text(node, NKG.evidence) or ""
        if kind == "Statement":
            quote = facts.text(node, NKG.quote) or ""
            speaker = actor(facts.one(node, NKG.speaker))
            fact = {
                "id": node_id(node),
                "speaker": speaker,
                "kind": term(facts.one(node, NKG.kind), "déclaration"),
                "quote": quote,
                "verb": facts.text(node, NKG.reportingVerb) or "",
                "role": facts.text(node, NKG.speakerRole) or "",
                "about": [o for o in map(actor, facts.values(node, NKG.about)) if o and o != speaker],
                "article": article,
                "date": _year_month_day(facts.one(node, DCTERMS.date)) or "",
                "evidence": evidence_parts(evidence, quote),
            }
            statements.append(fact)
            involved = [speaker] if speaker else []
        else:
            qualifier = facts.one(node, NKG.qualifier)
            low, high = (facts.one(node, p) for p in (NKG.troopsMin, NKG.troopsMax))
            status = facts.one(node, NKG.status)
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
                    ("origin", NKG.origin), ("destination", NKG.destination),
                    ("place", NKG.place), ("claimant", NKG.claimedBy))},
                "article": article,
                "date": _year_month_day(facts.one(node, DCTERMS.date)) or "",
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


def _keep(page: ActorPage, keep, caption: str | None = None) -> ActorPage:
    keep = set(keep)
    page.actors = {k: a for k, a in page.actors.items() if k in keep}
    page.edges = [e for e in page.edges if e["from"] in keep and e["to"] in keep]
    if caption:
        page.caption.append(caption)
    return page


def find_actor(page: ActorPage, name: str) -> dict:
    """The one actor called ``name``, by :mod:`kg.names`' rule (the page's search uses it too)."""
    found = names.matches(
        name,
        page.actors.values(),
        lambda a: (a["label"], *a["aliases"]),
        lambda a: (a["id"], str(ID) + a["id"]),
    )
    if len(found) == 1:
        return found[0]
    raise name_error(name, [(a["label"], a["id"]) for a in found])


def fact_counts(page: ActorPage) -> Counter:
    """Actor id -> how many statements and deployments link it (speaker, subject, origin,
    destination or place), what makes it a hub (:data:`HUB_FACTS`)."""
    counts: Counter = Counter()
    for s in page.statements:
        counts.update({s["speaker"], *s["about"]} - {None})
    for c in page.claims:
        counts.update({c["origin"], c["destination"], c["place"]} - {None})
    return counts


def focus_actors(page: ActorPage, name: str, radius: int, hub_facts: int = 0,
                 hubs: dict[str, int] | None = None) -> ActorPage:
    """The actors at most ``radius`` links away from the one called ``name``.

    With ``hub_facts``, an actor other than the centre linked by more facts
    (:func:`fact_counts`, or ``hubs`` as a store counted them) is drawn but not
    walked through: around a country of a large store, two links reach nearly
    every actor, a page no one can read. Those actors are kept in ``page.hubs``
    and the caption names them.
    """
    centre = find_actor(page, name)
    links: dict[str, set[str]] = defaultdict(set)
    for e in page.edges:
        links[e["from"]].add(e["to"])
        links[e["to"]].add(e["from"])
    if hubs is None:
        hubs = {k: n for k, n in fact_counts(page).items() if hub_facts and n > hub_facts}
    seen = {centre["id"]: 0}
    queue = deque([centre["id"]])
    while queue:
        current = queue.popleft()
        if seen[current] < radius:
            if current != centre["id"] and current in hubs:
                page.hubs[current] = hubs[current]
                continue
            for other in sorted(links[current] - set(seen)):
                seen[other] = seen[current] + 1
                queue.append(other)
    page.centre = centre["id"]
    page = _keep(page, seen, f"autour de {centre['label']} (rayon {radius})")
    if page.hubs:
        ranked = sorted(page.hubs, key=lambda k: (-page.hubs[k], k))
        shown = ", ".join(f"{page.actors[k]['label']} ({page.hubs[k]} faits)" for k in ranked[:6])
        more = f" et {len(ranked) - 6} autres" if len(ranked) > 6 else ""
        page.caption.append(f"voisins non dessinés de {shown}{more}, reliés à plus de {hub_facts} faits "
                            f"(kg view --hub-facts pour les suivre)")
    return page


def article_actors(page: ActorPage, article_id: str) -> ActorPage:
    """The actors of one article (id or unique start of it), with that article's facts only."""
    found = [i for i, a in enumerate(page.articles) if a["id"] == article_id] or [
        i for i, a in enumerate(page.articles) if a["id"].startswith(article_id)
    ]
    if len(found) != 1:
        raise article_error(article_id, found, [a["id"] for a in page.articles])
    chosen = found[0]
    page.article = page.articles[chosen]["id"]
    page.edges = [
        e for e in page.edges
        if e["kind"] in ("affiliation", "located")
        or any((page.statements if e["kind"] == "speech" else page.claims)[i]["article"] == chosen for i in e["facts"])
    ]
    keep = [k for k, a in page.actors.items() if chosen in a["articles"]]
    return _keep(page, keep, f"article {shorten(page.articles[chosen]['title'])}")


def only_kinds(page: ActorPage, types) -> ActorPage:
    """``--types``: actor classes keep those actors; statement/deployment keep those edges."""
    kinds = parse_types(types)
    actor_kinds = [k for k in kinds if k in ENTITY_KINDS] or list(ENTITY_KINDS)
    edge_kinds = {"speech"} if "Statement" in kinds else set()
    edge_kinds |= {"deployment"} if "Deployment" in kinds else set()
    if edge_kinds:
        page.edges = [e for e in page.edges if e["kind"] in edge_kinds or e["kind"] in ("affiliation", "located")]
    keep = [k for k, a in page.actors.items() if a["kind"] in actor_kinds or k == page.centre]
    return _keep(page, keep, "types : " + ", ".join(STYLES[k].name for k in actor_kinds))


def most_prominent(page: ActorPage, max_nodes: int) -> ActorPage:
    """The ``max_nodes`` most mentioned actors (the focus first), saying what was left out."""
    if max_nodes < 1:
        raise ViewError("--max-nodes must be at least 1")
    if len(page.actors) <= max_nodes:
        return page
    ranked = sorted(page.actors.values(), key=lambda a: (a["id"] != page.centre, -weight(a), a["id"]))
    kept, dropped = ranked[:max_nodes], ranked[max_nodes:]
    edges_before = len(page.edges)
    _keep(page, [a["id"] for a in kept])
    page.left_out = LeftOut.of_dropped(
        [(a["kind"], a["label"]) for a in dropped], of=len(kept) + len(dropped), edges=edges_before - len(page.edges)
    )
    return page


def select_actors(
    facts: _Facts,
    *,
    focus_name: str | None = None,
    radius: int = 2,
    types=(),
    article: str | None = None,
    max_nodes: int | None = None,
    hub_facts: int | None = None,
    hubs: dict[str, int] | None = None,
) -> ActorPage:
    """The actor page the ``kg view`` options ask for, in this order: article, focus, types, size.

    ``hub_facts`` (default :data:`HUB_FACTS`; 0: none) and ``hubs``: see :func:`focus_actors`.
    """
    if radius < 0:
        raise ViewError("the radius must be 0 or more")
    page = actor_page(facts)
    if article:
        page = article_actors(page, article)
    if focus_name:
        page = focus_actors(page, focus_name, radius, HUB_FACTS if hub_facts is None else hub_facts, hubs)
    if types:
        page = only_kinds(page, types)
    if max_nodes is None and focus_name:
        max_nodes = FOCUS_MAX_NODES
    if max_nodes is not None:
        page = most_prominent(page, max_nodes)
    return prune(page)


#: Facts a page carries at most, so that its size stays bounded on any store (the
#: drawn actors' own statements and claims first, then the most recent).
MAX_STATEMENTS = 3000
MAX_CLAIMS = 1000
MAX_ARTICLES = 2000  # those of the facts first, then the most recent that mention a drawn actor
#: Actors a --focus page draws at most unless --max-nodes says otherwise.
FOCUS_MAX_NODES = 500
#: A --focus walk does not go through an actor linked by more statements and deployments
#: than this (unless --hub-facts says otherwise): it is drawn, its neighbours are not.
HUB_FACTS = 2000


def _most_recent(facts: list[dict], first: list[int], then: list[int], limit: int) -> list[int]:
    """Up to ``limit`` indexes: ``first`` before ``then``, the most recent of each, in page order."""
    chosen: list[int] = []
    for group in (first, then):
        room = limit - len(chosen)
        if room <= 0:
            break
        chosen += sorted(group, key=lambda i: (facts[i]["date"], i), reverse=True)[:room]
    return sorted(chosen)


def prune(page: ActorPage) -> ActorPage:
    """Only the statements, claims and articles the drawn actors need, renumbered.

    A ``--focus`` page of a large store must not carry the whole store's facts.
    Actors a kept fact names but that are not drawn keep their label in ``others``.
    """
    kept = set(page.actors)
    said = [i for i, s in enumerate(page.statements) if s["speaker"] in kept]
    heard = [i for i, s in enumerate(page.statements) if s["speaker"] not in kept and kept & set(s["about"])]
    claimed = [i for i, c in enumerate(page.claims) if c["claimant"] in kept]
    involved = [
        i for i, c in enumerate(page.claims)
        if c["claimant"] not in kept and kept & {c["origin"], c["destination"], c["place"]}
    ]
    statements = _most_recent(page.statements, said, heard, MAX_STATEMENTS)
    claims = _most_recent(page.claims, claimed, involved, MAX_CLAIMS)
    page.cut = (len(said) + len(heard) - len(statements), len(claimed) + len(involved) - len(claims))
    if any(page.cut):
        page.caption.append(
            f"{len(statements)} déclarations sur {len(said) + len(heard)} et {len(claims)} revendications "
            f"sur {len(claimed) + len(involved)} (les plus récentes ; kg query who-said-what pour le reste)"
        )
    if (len(statements), len(claims), len(kept)) == (len(page.statements), len(page.claims), len(page.labels)) \
            and len(page.articles) <= MAX_ARTICLES:
        return page
    new_statement = {old: new for new, old in enumerate(statements)}
    new_claim = {old: new for new, old in enumerate(claims)}
    of_facts = ({page.statements[i]["article"] for i in statements} | {page.claims[i]["article"] for i in claims}) - {None}
    mentioning = {i for a in page.actors.values() for i in a["articles"]} - of_facts
    room = max(0, MAX_ARTICLES - len(of_facts))  # a hub is mentioned in most articles of a store
    recent = sorted(mentioning, key=lambda i: (page.articles[i]["date"], i), reverse=True)[:room]
    used = sorted(of_facts | set(recent))
    new_article = {old: new for new, old in enumerate(used)}
    page.statements = [dict(page.statements[i], article=new_article.get(page.statements[i]["article"])) for i in statements]
    page.claims = [dict(page.claims[i], article=new_article.get(page.claims[i]["article"])) for i in claims]
    page.articles = [page.articles[i] for i in used]
    for a in page.actors.values():
        a["statements"] = [new_statement[i] for i in a["statements"] if i in new_statement]
        a["claims"] = [new_claim[i] for i in a["claims"] if i in new_claim]
        a["articles"] = [new_article[i] for i in a["articles"] if i in new_article]
    for e in page.edges:
        renumber = new_statement if e["kind"] == "speech" else new_claim
        e["facts"] = [renumber[i] for i in e["facts"] if i in renumber]
    named = {s["speaker"] for s in page.statements} | {x for s in page.statements for x in s["about"]}
    named |= {c[k] for c in page.claims for k in ("claimant", "origin", "destination", "place")}
    page.others = {k: page.labels[k] for k in sorted(named - kept - {None})}
    return page
