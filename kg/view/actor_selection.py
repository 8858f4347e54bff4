"""Narrowing the default page as the options of ``kg view`` ask: :func:`article_actors`,
:func:`focus_actors`, :func:`only_kinds`, :func:`most_prominent`, in that order by
:func:`select_actors`, then :func:`prune` so the page carries only the facts its actors need.

Each takes the :class:`kg.view.actors.ActorPage` and returns it narrowed, saying in its
caption (and, for the size, in ``left_out``) what it kept.
"""
from __future__ import annotations

from collections import Counter, defaultdict, deque

from .. import names
from ..namespaces import ID
from .actors import ActorPage, actor_page, weight
from .graph import ENTITY_KINDS, STYLES, LeftOut, ViewError, _Facts, article_error, name_error
from .selection import parse_types
from .words import shorten


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
