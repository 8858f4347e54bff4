"""Draw the graph as one interactive HTML page that works offline (``kg view``).

The default page answers "who is involved with whom, and who claims what" at
first sight: only actors (persons, organisations, countries, places) are
nodes, placed before the page opens so the picture is still and readable;
statements and deployments are edges; a side panel shows the selected actor's
statements and claims with their proof; a claims panel has the table of troop
figures and a chart of them over time. ``--detail`` draws every statement,
deployment and article as a node instead.

The package is split by responsibility:

- :mod:`kg.view.read`: reading the graph (the whole graph, or around one actor);
- :mod:`kg.view.graph`: the graph as nodes and edges (the detail view);
- :mod:`kg.view.selection`: the detail view narrowed by the options (focus, article, types, size);
- :mod:`kg.view.words`: the pages' words (ontology terms, troop figures, labels cut to fit);
- :mod:`kg.view.actors`: the projection onto actors and its selection;
- :mod:`kg.view.layout`: where each actor goes (networkx, seeded, labels apart);
- :mod:`kg.view.chart`: the SVG chart of the troop figures;
- :mod:`kg.view.page`: the HTML.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from ..bulk import lasting_objects
from ..claims import claims_table
from ..export import write_atomic
from .actor_selection import HUB_FACTS, MAX_CLAIMS, select_actors
from .actors import ActorPage
from .graph import STYLES, Edge, LeftOut, Node, View, ViewError, graph_view  # noqa: F401 (the public API)
from .page import render_html, write_view  # noqa: F401
from .read import read_around, read_facts
from .selection import (  # noqa: F401
    article_view,
    find_node,
    focus,
    most_connected,
    only_types,
    parse_types,
    select,
)
from .words import shorten, troops  # noqa: F401


def load(ds: Dataset, focus_name: str | None = None, radius: int = 2, max_nodes: int | None = None,
         hub_facts: int | None = None, background: bool = False):
    """The one place the view reads the graph: its triples by subject, and the claims table.

    With ``focus_name``, a store is read only around that actor (:func:`kg.view.read.read_around`),
    at most ``max_nodes`` actors of each class (default: what a focus page draws), not walking
    through hubs (past ``hub_facts`` facts, default :data:`kg.view.actor_selection.HUB_FACTS`), and the
    claims table holds only the claims of the deployments read. With ``background``, that
    table is read on another thread (Oxigraph reads without the GIL while the page is laid
    out) and given as a future (``result()``).
    """
    hub_facts = HUB_FACTS if hub_facts is None else hub_facts
    facts = read_around(ds, focus_name, radius, max_nodes, hub_facts) if focus_name else None
    if facts is None:
        return read_facts(ds), claims_table(ds)
    deployments = [str(n) for n in facts.by_subject if facts.kind(n) == "Deployment"]
    if background:
        from concurrent.futures import ThreadPoolExecutor

        pool = ThreadPoolExecutor(1)
        claims = pool.submit(claims_table, ds, deployments)
        pool.shutdown(wait=False)  # the thread ends with the call
        return facts, claims
    return facts, claims_table(ds, deployments)  # the claims of the facts read, not the store's


def page_for(
    ds: Dataset,
    *,
    detail: bool = False,
    title: str = "Graphe newskg",
    **options,
) -> tuple[str, View | ActorPage]:
    """The HTML page ``kg view`` writes, and what it draws.

    ``options`` are those of ``kg view``: focus_name, radius, types, article, max_nodes, hub_facts.
    """
    with lasting_objects():
        return _page_for(ds, detail, title, **options)


def _page_for(ds, detail: bool, title: str, **options):
    if detail:
        view = select(ds, **options)
        return render_html(view, title), view
    facts, claims = load(ds, options.get("focus_name"), options.get("radius", 2), options.get("max_nodes"),
                         options.get("hub_facts"), background=True)
    page = select_actors(facts, hubs=getattr(facts, "hubs", None), **options)
    if not isinstance(claims, list):
        claims = claims.result()
    return render_html(page, title, page_claims(page, claims)), page


def page_claims(page: ActorPage, claims: list) -> list:
    """The rows of the claims panel: those of the page's article or focus, at most MAX_CLAIMS."""
    if page.article:
        claims = [c for c in claims if c.article == page.article]
    if page.centre:
        shown = {a["label"] for a in page.actors.values()}
        claims = [c for c in claims if shown & {c.claimant, c.origin, c.destination, c.place}]
    if len(claims) > MAX_CLAIMS:  # the most recent (the table is sorted by date, undated last)
        dated, undated = [c for c in claims if c.date], [c for c in claims if not c.date]
        claims = dated[-MAX_CLAIMS:] + undated[: max(0, MAX_CLAIMS - len(dated))]
    return claims


def make_view(ds: Dataset, path: str | Path, **options) -> View | ActorPage:
    """Write the page :func:`page_for` makes to ``path`` atomically; return what it draws."""
    html, view = page_for(ds, **options)
    write_atomic(path, html.encode("utf-8"))
    return view
