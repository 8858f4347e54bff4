"""Where each actor goes on the page, computed before the page opens.

A force-directed layout (networkx's ``spring_layout``, fixed seed) places
linked actors near each other; the page then draws it as is, so it is still
and readable at once and the same at every run. Physics only runs when the
reader asks for it.

Labels must not overlap at the default zoom. Each node and its label take a
box (the label is drawn under the node, at a fixed font size that scales with
the zoom, so boxes that do not overlap at one zoom overlap at none). The
layout is evened out and spread until the boxes fill 60 % of the area, then the nodes
are placed one by one, most prominent first, each at its spot or, when that
is taken, at the nearest free spot on a sunflower spiral around it (a spatial
grid keeps the checks local, so this stays fast for thousands of actors).

``spring_layout`` costs O(n²) per iteration, so past :data:`BACKBONE` actors
only the most prominent are laid out by force; each other actor starts next
to its most prominent neighbour (or on an outer ring) and the placement step
spreads them.
"""
from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

#: Random seed of the force layout: the same graph is always drawn the same way.
SEED = 7
#: Actors laid out by force; the others are placed next to their neighbours.
BACKBONE = 300
FONT = 14  # label font size, in canvas units (the page draws labels at this size)
CHAR_WIDTH = 0.6 * FONT  # a generous average width of a sans-serif character
LINE = FONT + 4
NOTE_FONT = 13  # font size of the notes set beside edges
MARGIN = 6  # free space kept around each box
DENSITY = 0.6  # share of the area the boxes fill before placement
ASPECT = 1.4  # width / height of the area: screens are wider than tall
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def node_size(weight: float, heaviest: float) -> float:
    """A node's radius in canvas units, by its weight (area grows with the weight).

    >>> node_size(0, 10), node_size(10, 10)
    (8.0, 30.0)
    """
    return 8.0 + 22.0 * math.sqrt(max(weight, 0) / max(heaviest, 1))


def box(size: float, label: str) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of a node of radius ``size`` with ``label`` under it, around (0, 0)."""
    lines = label.split("\n") or [""]
    half = max(size, max(len(line) for line in lines) * CHAR_WIDTH / 2 + 3)
    return -half - MARGIN, -size - MARGIN, half + MARGIN, size + 3 + LINE * len(lines) + MARGIN


def force_layout(ids: list[str], weights: dict[str, float], edges: list[tuple[str, str, float]]) -> dict:
    """Positions in about [-1, 1]² for ``ids``: force-directed, seeded."""
    graph = nx.Graph()
    graph.add_nodes_from(ids)
    for a, b, w in edges:
        if a != b:
            graph.add_edge(a, b, weight=graph.get_edge_data(a, b, {"weight": 0})["weight"] + w)
    if not ids:
        return {}
    ranked = sorted(ids, key=lambda k: (-weights[k], k))
    linked = [n for n in ranked if graph.degree(n) > 0]
    core = linked[:BACKBONE]
    pos: dict[str, tuple[float, float]] = {}
    if core:
        k = 1.6 / math.sqrt(len(core))  # a bit more room than networkx's default
        found = nx.spring_layout(graph.subgraph(core), k=k, seed=SEED, iterations=120, weight="weight")
        pos = {n: (float(p[0]), float(p[1])) for n, p in found.items()}
    rest = [n for n in ranked if n not in pos]
    # Actors past the backbone start next to their most prominent placed neighbour;
    # unlinked ones on a ring just outside the picture (not flung far away, which
    # would shrink everything else at the default zoom).
    waiting = set(rest)
    ring = [n for n in rest if not any(m in pos or m in waiting for m in graph.neighbors(n))]
    around: dict[str, int] = defaultdict(int)  # actors started next to each anchor so far
    for n in [n for n in rest if n not in ring]:
        placed = [m for m in graph.neighbors(n) if m in pos]
        if placed:
            anchor = max(placed, key=lambda m: (weights[m], m))
            around[anchor] += 1
            j = around[anchor]  # a sunflower around the anchor, so they do not all start on one spot
            x, y = pos[anchor]
            r = 0.03 * math.sqrt(j)
            pos[n] = (x + r * math.cos(j * GOLDEN_ANGLE), y + r * math.sin(j * GOLDEN_ANGLE))
        else:
            ring.append(n)
    reach = max((math.hypot(x, y) for x, y in pos.values()), default=0.0)
    for i, n in enumerate(ring):
        angle = 2 * math.pi * i / len(ring) - math.pi / 2
        r = max(reach, 0.5) * 1.08
        pos[n] = (r * math.cos(angle), r * math.sin(angle))
    return pos


def place(
    ids: list[str],
    weights: dict[str, float],
    sizes: dict[str, float],
    labels: dict[str, str],
    edges: list[tuple[str, str, float]],
    notes: dict[str, tuple[str, str, str]] | None = None,
) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    """Canvas positions of ``ids`` where no two node-and-label boxes overlap.

    ``notes`` are texts to set beside an edge (key -> (source, target, text)), such as
    a deployment's figures: each is placed after the nodes, as near the middle of
    its edge as a free spot allows. Returns (node positions, note centres).
    """
    notes = notes or {}
    pos = force_layout(ids, weights, edges)
    if not pos:
        return {}, {}
    boxes = {n: box(sizes[n], labels[n]) for n in ids}
    note_boxes = {k: note_box(text) for k, (_, _, text) in notes.items()}
    area = sum((r - l) * (b - t) for l, t, r, b in note_boxes.values()) / DENSITY
    area += sum((r - l) * (b - t) for l, t, r, b in boxes.values()) / DENSITY
    # Even out the density: keep each actor's direction from the centre and its rank by
    # distance, but give it the radius that rank has in a uniformly filled ellipse, as
    # wide as a screen and as large as the boxes need. Hubs stay central, the unlinked
    # on the rim, and no region is crowded while another is empty.
    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
    width = math.sqrt(area * ASPECT / math.pi)  # semi-axes of an ellipse of that area
    height = width / ASPECT
    by_distance = sorted(pos, key=lambda n: (math.hypot(pos[n][0] - cx, pos[n][1] - cy), n))
    scaled = {}
    for rank, n in enumerate(by_distance):
        angle = math.atan2(pos[n][1] - cy, pos[n][0] - cx)
        r = math.sqrt((rank + 0.5) / len(by_distance))
        scaled[n] = (r * width * math.cos(angle), r * height * math.sin(angle))

    cell = max(max(r - l, b - t) for l, t, r, b in boxes.values())  # notes may span several cells
    grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(list)

    def cells(rect):
        l, t, r, b = rect
        for i in range(math.floor(l / cell), math.floor(r / cell) + 1):
            for j in range(math.floor(t / cell), math.floor(b / cell) + 1):
                yield i, j

    def free(rect) -> bool:
        l, t, r, b = rect
        for c in cells(rect):
            for l2, t2, r2, b2 in grid[c]:
                if l < r2 and l2 < r and t < b2 and t2 < b:
                    return False
        return True

    step = cell / 3

    def put(rect_of, x0: float, y0: float) -> tuple[int, int]:
        x, y = x0, y0
        for tries in range(1, 20000):
            if free(rect_of(x, y)):
                break
            radius = step * math.sqrt(tries)
            x, y = x0 + radius * math.cos(tries * GOLDEN_ANGLE), y0 + radius * math.sin(tries * GOLDEN_ANGLE)
        x, y = round(x), round(y)
        rect = rect_of(x, y)
        for c in cells(rect):
            grid[c].append(rect)
        return x, y

    # A note is placed as soon as both ends of its edge are, so it gets a spot near the
    # middle of the edge before less prominent actors crowd it.
    waiting: dict[str, list[str]] = defaultdict(list)
    for k, (source, target, _) in sorted(notes.items()):
        waiting[source].append(k)
        waiting[target].append(k)
    out: dict[str, tuple[int, int]] = {}
    placed_notes: dict[str, tuple[int, int]] = {}
    for n in sorted(ids, key=lambda k: (-weights[k], k)):
        l, t, r, b = boxes[n]
        out[n] = put(lambda x, y: (x + l, y + t, x + r, y + b), *scaled[n])
        for k in waiting.pop(n, ()):
            source, target, _ = notes[k]
            if k not in placed_notes and source in out and target in out:
                l, t, r, b = note_boxes[k]
                mid = ((out[source][0] + out[target][0]) / 2, (out[source][1] + out[target][1]) / 2)
                placed_notes[k] = put(lambda x, y: (x + l, y + t, x + r, y + b), *mid)
    return out, placed_notes


def note_box(text: str) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of a note of ``text`` (drawn at NOTE_FONT) centred on (0, 0)."""
    lines = text.split("\n")
    half_w = max(len(line) for line in lines) * NOTE_FONT * 0.6 / 2 + 6
    half_h = len(lines) * (NOTE_FONT + 3) / 2 + 4
    return -half_w - MARGIN, -half_h - MARGIN, half_w + MARGIN, half_h + MARGIN
