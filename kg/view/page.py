"""The HTML pages: the actor page (default) and the detail page (``--detail``).

Both are one self-contained file: vis-network's JavaScript and CSS (read from
the copy pyvis ships), our script and styles, and the data, all inline, so the
page opens from a USB stick with no network and a Content-Security-Policy
forbids any fetch. The data goes in as JSON escaped for HTML
(:func:`_json_for_html`), the claims table and chart are escaped by Jinja and
:mod:`kg.view.chart`, and the page's script writes every article text with
``textContent``: a quote holding ``</script>``, ``<``, ``"`` or ``&`` shows as
written and runs nothing. The same graph always gives the same bytes.
"""
from __future__ import annotations

import importlib.util
import json
import math
import re
from collections import Counter
from importlib import resources
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from ..i18n import speaking
from ..export import write_atomic
from .actors import EDGE_KINDS, ActorPage, weight
from .chart import claims_chart, series_of
from .graph import FAINT_EDGES, LAYOUT_SEED, STYLES, View, ViewError
from .layout import FONT, node_size, place
from .words import shorten, term

STATIC = resources.files("kg") / "static"


#: Source-map comments would send a browser's developer tools after missing files.
_SOURCE_MAP = re.compile(r"^\s*(//# sourceMappingURL=.*|/\*# sourceMappingURL=.*\*/)$", re.M)


def vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS, as bundled in the installed pyvis."""
    spec = importlib.util.find_spec("pyvis")  # its folder, without importing it (and IPython with it)
    lib = Path(spec.submodule_search_locations[0] if spec else ".") / "templates" / "lib"
    found = sorted(
        lib.glob("vis-*/vis-network.min.js"),
        key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.name)],
    )
    if not found:
        raise ViewError(f"vis-network not found in the pyvis package ({lib})")
    js = found[-1].read_text(encoding="utf-8")
    css = found[-1].with_name("vis-network.css").read_text(encoding="utf-8")
    js, css = (_SOURCE_MAP.sub("", code) for code in (js, css))
    return _inline_safe(js), _inline_safe(css)


def _inline_safe(code: str) -> str:
    """``code`` that cannot close the <script> or <style> element it is put in."""
    return re.sub(r"</(script|style)", r"<\\/\1", code, flags=re.IGNORECASE)


def stabilization_iterations(n_nodes: int) -> int:
    """How long the physics may run before it stops: shorter for bigger graphs.

    Each iteration costs about n·log n, so a fixed budget keeps a 2 000-node
    page usable in seconds rather than a minute.

    >>> [stabilization_iterations(n) for n in (50, 400, 2000)]
    [1000, 400, 200]
    """
    return 1000 if n_nodes <= 150 else 400 if n_nodes <= 600 else 200


def network_options(n_nodes: int) -> dict:
    """vis-network options: fixed seed, physics that stabilises and stops."""
    big = n_nodes > 150
    return {
        # The seed fixes the initial positions, hence the whole layout.
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": not big},
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000 if big else -9000,
                "springLength": 120,
                "springConstant": 0.03,
                "damping": 0.35,
                "avoidOverlap": 0.1,
                "theta": 0.8 if big else 0.5,
            },
            "stabilization": {
                "enabled": True,
                "iterations": stabilization_iterations(n_nodes),
                "updateInterval": 20,
                "fit": True,
            },
        },
        "nodes": {
            # Labels too small to read at the current zoom are not drawn.
            "scaling": {
                "min": 10,
                "max": 42,
                "label": {"enabled": False, "drawThreshold": 9 if big else 5},
            },
            "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False if big else {"type": "continuous"},
            "font": {"size": 10, "align": "middle", "color": "#555555", "strokeWidth": 3},
            "color": {"color": "#b8b8b8", "highlight": "#333333", "hover": "#555555"},
            "width": 1,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "keyboard": False,
            "hideEdgesOnDrag": big,
        },
    }


def network_data(view: View) -> tuple[list[dict], list[dict]]:
    """The vis-network nodes and edges of ``view``, built with pyvis."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    degree = view.degrees()
    for ident, node in view.nodes.items():
        style = STYLES[node.kind]
        net.add_node(
            ident,
            label=node.label,
            title=node.title,
            shape=style.shape,
            group=node.kind,  # colour comes from the group (pyvis drops `color` with a group)
            value=max(degree[ident], 1),
        )
    known = set(net.node_ids)
    for edge in view.edges:
        if edge.source in known and edge.target in known:
            faint = {"dashes": True, "color": "#dddddd"} if edge.label in FAINT_EDGES else {}
            net.add_edge(edge.source, edge.target, label=edge.label, title=edge.label, **faint)
    return net.nodes, net.edges


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(STATIC)),
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_detail(view: View, title: str = "Graphe newskg") -> str:
    """The detail page: every fact a node, laid out by vis-network's physics, hover for the detail."""
    nodes, edges = network_data(view)
    js, css = vis_assets()
    counts = Counter(n.kind for n in view.nodes.values())
    legend = [
        {"name": s.name, "colour": s.colour, "symbol": s.symbol, "count": counts[s.kind]}
        for s in STYLES.values()
        if counts[s.kind]
    ]
    options = network_options(len(nodes))
    options["groups"] = {
        s.kind: {"shape": s.shape, "color": {"background": s.colour, "border": s.colour}}
        for s in STYLES.values()
    }
    data = {"nodes": nodes, "edges": edges, "options": options}
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _environment().get_template("view.html").render(
        title=title,
        caption=view.caption,
        n_nodes=len(nodes),
        n_edges=len(edges),
        total_nodes=view.left_out.of if view.left_out else len(nodes),
        left_out=view.left_out.describe() if view.left_out else None,
        legend=legend,
        edge_labels=sorted({e.label for e in view.edges}),
        data=Markup(_json_for_html(payload)),
        vis_js=Markup(js),
        vis_css=Markup(css),
        page_js=Markup(_inline_safe((STATIC / "view.js").read_text(encoding="utf-8"))),
        page_css=Markup(_inline_safe((STATIC / "view.css").read_text(encoding="utf-8"))),
    )


def _json_for_html(payload: str) -> str:
    """JSON that can sit inside <script> whatever its strings hold.

    ``<``, ``>`` and ``&`` become ``\\u003c``… escapes, which JSON.parse reads back as
    the same characters, so ``</script>`` or ``<!--`` in a quote cannot end the element.
    """
    return (
        payload.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


ACTOR_LABEL_WIDTH = 28


def actor_network(page: ActorPage) -> tuple[list[dict], list[dict]]:
    """The nodes (placed by :func:`kg.view.layout.place`, drawn by vis-network) and the edges
    (drawn by actors.js itself, in batches) of ``page``."""
    weights = {k: weight(a) for k, a in page.actors.items()}
    heaviest = max(weights.values(), default=1)
    sizes = {k: node_size(w, heaviest) for k, w in weights.items()}
    labels = {k: shorten(a["label"], ACTOR_LABEL_WIDTH) for k, a in page.actors.items()}
    links = [
        (e["from"], e["to"], EDGE_KINDS[e["kind"]]["weight"] * max(1, len(e["facts"])) ** 0.5)
        for e in page.edges
    ]
    notes = {f"e{i}": (e["from"], e["to"], e["label"]) for i, e in enumerate(page.edges) if e.get("label")}
    where, note_at = place(sorted(page.actors), weights, sizes, labels, links, notes)
    nodes = []
    for k, a in page.actors.items():
        style = STYLES[a["kind"]]
        x, y = where[k]
        nodes.append({
            "id": k,
            "label": labels[k],
            "x": x,
            "y": y,
            "size": round(sizes[k], 1),
            "shape": style.shape,
            "color": {"background": style.colour, "border": "#ffffff" if k != page.centre else "#111111"},
            "borderWidth": 1 if k != page.centre else 4,
        })
    edges = []
    for i, e in enumerate(page.edges):
        kind = EDGE_KINDS[e["kind"]]
        edge = {
            "id": f"e{i}",
            "from": e["from"],
            "to": e["to"],
            "kind": e["kind"],
            "facts": e["facts"],
            "title": e["title"],
            "color": {"color": kind["colour"], "opacity": 0.55 if e["kind"] == "speech" else 0.9},
            "width": round(1 + math.log2(max(1, len(e["facts"]))), 2) if e["facts"] else 1,
        }
        if e["kind"] in ("affiliation", "located"):
            edge.update(dashes=True, arrows={"to": {"enabled": False}})
        if edge["id"] in note_at:
            edge["note"] = {"text": e["label"], "x": note_at[edge["id"]][0], "y": note_at[edge["id"]][1]}
        edges.append(edge)
    return nodes, edges


def actor_options() -> dict:
    """vis-network options for a page whose layout is already computed: no physics until asked."""
    return {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": False},
        "physics": {
            "enabled": False,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.6},
            "stabilization": {"enabled": False},
        },
        "nodes": {
            "font": {"size": FONT, "face": "sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff", "color": "#1d1d1d"},
            # Labels smaller than 5 screen pixels (a big graph seen whole) are not drawn.
            "scaling": {"label": {"enabled": False, "drawThreshold": 5, "maxVisible": 60}},
        },
        # The page draws the edges itself (actors.js); vis-network only gets them, hidden,
        # as springs when the reader turns physics on.
        "edges": {"smooth": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "keyboard": False},
    }


def render_actors(page: ActorPage, claims=(), title: str = "Graphe newskg") -> str:
    """The default page: the actor network, the side panel, the claims table and chart."""
    nodes, edges = actor_network(page)
    js, css = vis_assets()
    counts = Counter(a["kind"] for a in page.actors.values())
    legend = [
        {"kind": s.kind, "name": s.name, "colour": s.colour, "symbol": s.symbol, "count": counts[s.kind]}
        for s in STYLES.values()
        if s.kind in ("Person", "Organization", "Country", "Place")
    ]
    edge_counts = Counter(e["kind"] for e in page.edges)
    edge_legend = [
        {"name": k["name"], "colour": k["colour"], "count": edge_counts[kind], "dashed": kind in ("affiliation", "located")}
        for kind, k in EDGE_KINDS.items()
        if edge_counts[kind]
    ]
    actors = {
        k: {f: a[f] for f in ("kind", "label", "aliases", "keys", "roles", "affiliations", "located",
                              "links", "articles", "mentions", "spoke", "statements", "claims")}
        for k, a in page.actors.items()
    }
    kinds = list(EDGE_KINDS)
    data = {
        # Compact rows, expanded by actors.js: [id, label, x, y, size] and
        # [from, to, kind, facts, note text, note x, note y]; styles come from the kinds.
        "nodes": [[n["id"], n["label"], n["x"], n["y"], n["size"]] for n in nodes],
        "edges": [
            [e["from"], e["to"], kinds.index(e["kind"]), e["facts"],
             *((e["note"]["text"], e["note"]["x"], e["note"]["y"]) if "note" in e else ())]
            for e in edges
        ],
        "edgeKinds": [{"kind": k, **v} for k, v in EDGE_KINDS.items()],
        "actors": actors,
        "statements": [{k: v for k, v in s.items() if k != "id"} for s in page.statements],
        "claims": [{k: v for k, v in c.items() if k not in ("id", "low", "high")} for c in page.claims],
        "articles": page.articles,
        "styles": {s.kind: {"name": s.name, "colour": s.colour, "symbol": s.symbol, "shape": s.shape}
                   for s in STYLES.values()},
        "options": actor_options(),
        "centre": page.centre,
        "others": page.others,
    }
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    titles = {a["id"]: a["title"] for a in page.articles}
    index = {a["id"]: i for i, a in enumerate(page.articles)}
    outlets = sorted({a["outlet"] for a in page.articles if a["outlet"]})
    dates = sorted(a["date"] for a in page.articles if a["date"])
    return _environment().get_template("actors.html").render(
        title=title,
        caption=page.caption,
        n_actors=len(nodes),
        n_edges=len(edges),
        n_statements=len(page.statements),
        total=page.left_out.of if page.left_out else len(nodes),
        left_out=page.left_out.describe() if page.left_out else None,
        legend=legend,
        edge_legend=edge_legend,
        articles=page.articles,
        outlets=outlets,
        first_date=dates[0] if dates else "",
        last_date=dates[-1] if dates else "",
        claims=[{"claim": c, "index": index.get(c.article, -1), "status": term(c.status)}
                for c in claims],
        series=series_of(claims),
        chart=Markup(claims_chart(claims, titles)),
        unplotted=sum(1 for c in claims if c.troops_min is None and c.troops_max is None),
        data=Markup(_json_for_html(payload)),
        vis_js=Markup(js),
        vis_css=Markup(css),
        page_js=Markup(_inline_safe("\n".join(
            (STATIC / name).read_text(encoding="utf-8") for name in ("names.js", "actors.js")
        ))),
        page_css=Markup(_inline_safe((STATIC / "actors.css").read_text(encoding="utf-8"))),
    )


def render_html(view: View | ActorPage, title: str = "Graphe newskg", claims=()) -> str:
    """The page for ``view``: the actor page for an :class:`ActorPage`, else the detail page."""
    if isinstance(view, ActorPage):
        with speaking("fr"):  # the page's own words are French; its claims must be too
            return render_actors(view, claims, title)
    return render_detail(view, title)


def write_view(view: View | ActorPage, path: str | Path, title: str = "Graphe newskg", claims=()) -> Path:
    """Write the page for ``view`` to ``path`` atomically."""
    return write_atomic(path, render_html(view, title, claims).encode("utf-8"))
