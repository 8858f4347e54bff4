"""Narrowing the detail view as the options of ``kg view --detail`` ask: :func:`article_view`,
:func:`focus`, :func:`only_types`, :func:`most_connected`, in that order by :func:`select`.

Each takes a :class:`kg.view.graph.View` and returns a smaller one, saying in its
caption (and, for the size, in ``left_out``) what it kept.
"""
from __future__ import annotations

from collections import deque
from dataclasses import replace

from rdflib import Dataset

from .. import names
from ..namespaces import ID
from ..text import fold
from .graph import FACT_KINDS, STYLES, LeftOut, Node, View, ViewError, article_error, graph_view, name_error

#: Names accepted by --types, folded, for each class (French or English).
TYPE_NAMES = {
    **{fold(s.option): s.kind for s in STYLES.values()},
    **{fold(s.name): s.kind for s in STYLES.values()},
    "organization": "Organization",
    "org": "Organization",
    "acteur": "Actor",
    "actor": "Actor",
}


def _subview(view: View, keep, caption: str | None = None) -> View:
    keep = set(keep)
    return replace(
        view,
        nodes={k: n for k, n in view.nodes.items() if k in keep},
        edges=[e for e in view.edges if e.source in keep and e.target in keep],
        caption=view.caption + ([caption] if caption else []),
    )


def find_node(view: View, name: str) -> Node:
    """The one actor, place or article called ``name`` (label, alias, title or id).

    The rule is :mod:`kg.names`' (the one of ``kg query --param``): an id, then
    a whole name, then whole words, ignoring case and accents.
    Raises :class:`ViewError` when no node or several nodes match.

    >>> people = View({"person/jean-dupont": Node("person/jean-dupont", "Person", "Jean Dupont", "",
    ...                                          ("Jean Dupont",))}, [])
    >>> find_node(people, "jean DUPONT").id
    'person/jean-dupont'
    """
    named = [n for n in view.nodes.values() if n.names]
    found = names.matches(name, named, lambda n: n.names, lambda n: (n.id, str(ID) + n.id))
    if len(found) == 1:
        return found[0]
    raise name_error(name, [(n.label, n.id) for n in found], "actor, place or article")


def focus(view: View, name: str, radius: int = 2) -> tuple[View, Node]:
    """The nodes at most ``radius`` links away from the node called ``name``.

    Radius 1 is a person's statements; radius 2 adds what they were about.
    Articles are reached but not gone through: an article links to everything
    it mentions, so going through it would draw most of the graph.

    >>> from kg.view.graph import Edge
    >>> chain = View({k: Node(k, "Person", k, "", (k,)) for k in "abc"}, [Edge("a", "b", "x"), Edge("b", "c", "x")])
    >>> sorted(focus(chain, "a", radius=1)[0].nodes)
    ['a', 'b']
    """
    if radius < 0:
        raise ViewError("the radius must be 0 or more")
    centre = find_node(view, name)
    links = view.neighbours()
    seen = {centre.id: 0}
    queue = deque([centre.id])
    while queue:
        current = queue.popleft()
        through_article = current != centre.id and view.nodes[current].kind == "Article"
        if seen[current] == radius or through_article:
            continue
        for other in sorted(links[current]):
            if other not in seen:
                seen[other] = seen[current] + 1
                queue.append(other)
    return _subview(view, seen, f"autour de {centre.label} (rayon {radius})"), centre


def article_view(view: View, article_id: str) -> View:
    """One article, its statements and deployments, and the entities they involve.

    ``article_id`` is the article's id (or a unique start of it).

    >>> from kg.view.graph import Edge
    >>> kinds = {"article/a1": "Article", "statement/s": "Statement", "person/p": "Person", "person/q": "Person"}
    >>> view = View({k: Node(k, kind, k, "") for k, kind in kinds.items()},
    ...             [Edge("article/a1", "statement/s", "rapporte"), Edge("person/p", "statement/s", "a déclaré")])
    >>> sorted(article_view(view, "a1").nodes)
    ['article/a1', 'person/p', 'statement/s']
    """
    ids = [k for k, n in view.nodes.items() if n.kind == "Article"]
    wanted = article_id if article_id.startswith("article/") else f"article/{article_id}"
    found = [k for k in ids if k == wanted] or [k for k in ids if k.startswith(wanted)]
    if len(found) != 1:
        raise article_error(article_id, found, [k.split("/", 1)[1] for k in ids])
    article = found[0]
    links = view.neighbours()
    keep = {article} | links[article]
    for fact in [k for k in keep if view.nodes[k].kind in FACT_KINDS]:
        keep |= {k for k in links[fact] if view.nodes[k].kind != "Article"}
    return _subview(view, keep, f"article {view.nodes[article].label}")


def parse_types(names) -> list[str]:
    """Class names from ``--types`` (``"person,statement"``, French or English) -> kinds.

    >>> parse_types(["personne,deployments", "actor"])
    ['Person', 'Deployment', 'Organization']
    """
    kinds: list[str] = []
    for name in names:
        for part in filter(None, (p.strip() for p in name.split(","))):
            kind = TYPE_NAMES.get(fold(part)) or TYPE_NAMES.get(fold(part).rstrip("s"))
            if kind is None:
                choices = ", ".join(s.option for s in STYLES.values() if s.kind != "Other")
                raise ViewError(f"unknown type {part!r}; choose among {choices}")
            for k in ("Person", "Organization") if kind == "Actor" else (kind,):
                if k not in kinds:
                    kinds.append(k)
    return kinds


def only_types(view: View, kinds, keep=()) -> View:
    """The nodes of the given classes (and those in ``keep``).

    >>> mixed = View({k: Node(k, kind, k, "") for k, kind in [("person/a", "Person"), ("place/b", "Place")]}, [])
    >>> view = only_types(mixed, ["Place"])
    >>> list(view.nodes), view.caption
    (['place/b'], ['types : lieu'])
    """
    kinds = set(kinds)
    names = ", ".join(STYLES[k].name for k in STYLES if k in kinds)
    chosen = [k for k, n in view.nodes.items() if n.kind in kinds or k in keep]
    return _subview(view, chosen, f"types : {names}")


def most_connected(view: View, max_nodes: int, keep=()) -> View:
    """The ``max_nodes`` best connected nodes (ties by id), saying what was left out.

    Nodes in ``keep`` (the focus) are kept first.

    >>> from kg.view.graph import Edge
    >>> star = View({k: Node(k, "Person", k, "") for k in "abc"}, [Edge("a", "b", "x"), Edge("a", "c", "x")])
    >>> smaller = most_connected(star, 1)
    >>> list(smaller.nodes), smaller.left_out.describe()
    (['a'], '2 nœuds masqués (2 personnes) et 2 liens ; dont b, c')
    """
    if max_nodes < 1:
        raise ViewError("--max-nodes must be at least 1")
    if len(view.nodes) <= max_nodes:
        return view
    degree = view.degrees()
    ranked = sorted(view.nodes, key=lambda k: (k not in keep, -degree[k], k))
    kept, dropped = ranked[:max_nodes], ranked[max_nodes:]
    smaller = _subview(view, kept)
    smaller.left_out = LeftOut.of_dropped(
        [(view.nodes[k].kind, view.nodes[k].label) for k in dropped],
        of=len(view.nodes),
        edges=len(view.edges) - len(smaller.edges),
    )
    return smaller


def select(
    ds: Dataset,
    *,
    focus_name: str | None = None,
    radius: int = 2,
    types=(),
    article: str | None = None,
    max_nodes: int | None = None,
) -> View:
    """The view the ``kg view`` options ask for, in this order: article, focus, types, size."""
    view = graph_view(ds)
    if article:
        view = article_view(view, article)
    keep: set[str] = set()
    if focus_name:
        view, centre = focus(view, focus_name, radius)
        keep.add(centre.id)
    if types:
        view = only_types(view, parse_types(types), keep)
    if max_nodes is not None:
        view = most_connected(view, max_nodes, keep)
    return view
