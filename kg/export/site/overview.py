"""The overview: persons, organizations and events laid out once in Python, most connected first.

The browser gets every node with its position, sorted by degree; it draws the
first ``top`` of them with physics off and adds more on request.
"""
from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from typing import Any

import networkx as nx

from kg.export.site.common import kind_name, short, subtitle
from kg.export.site.layout import force_layout
from kg.export.site.network import COLOURS, SHAPES, kind_of, network_data
from kg.export.site.paths import page_path

VIEW_RELS = frozenset({"holds_post", "attended", "visited"})
FONT_SIZE = 14
# where vis-network draws a node's label (canvas units): its top this far below the node's edge, or, with
# font.vadjust, above it; measured from vis-network's label boxes (tests/test_browser_first_hour.py)
LABEL_GAP = 11
LABEL_ABOVE_GAP = 3
LABEL_MARGIN = 2
# zoomed in this many times the first view, the page draws labels this many times smaller (in canvas units:
# the same size on screen), so that more of them fit; a label placed at a level shows from that zoom on
ZOOM_LEVELS = (1, 2, 4, 8)
NEVER = 99
LEGEND = tuple((kind, kind_name(kind), COLOURS[kind], SHAPES[kind])
               for kind in ("person", "organization", "company", "event"))

OPTIONS = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True, "hideEdgesOnZoom": True},
    "nodes": {"borderWidth": 1, "font": {"size": FONT_SIZE, "face": "Noto Sans CJK SC, sans-serif"},
              "scaling": {"label": {"drawThreshold": 6}}},
    "edges": {"smooth": False, "color": {"color": "#c8c8c8", "highlight": "#555555", "hover": "#888888"},
              "width": 0.6, "selectionWidth": 1.5},
}


def view_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """Persons (not reporters), organizations and events, joined by posts, attendance and visits.

    Co-attendance is left out: it repeats what the person-event edges show and
    would add a clique per large meeting.
    """
    V = nx.Graph()
    for n, d in G.nodes(data=True):
        if kind_of(d) and not d.get("is_reporter"):
            V.add_node(n)
    for u, v, d in G.edges(data=True):
        if d.get("rel") in VIEW_RELS and u in V and v in V and u != v:
            V.add_edge(u, v)
    return V


def overview_data(G: nx.MultiDiGraph, *, top: int, subtitles: Mapping[str, str] | None = None) -> dict[str, Any]:
    """vis-network data for ``index.html``: nodes by degree (highest first) with positions, edges, options."""
    V = view_graph(G)
    isolated = [n for n in V if V.degree(n) == 0]
    if len(isolated) == len(V):           # nothing is connected: show the nodes anyway
        isolated = []
    V.remove_nodes_from(isolated)
    degree = dict(V.degree())
    order = sorted(V, key=lambda n: (-degree[n], str(G.nodes[n].get("label") or n), n))
    index = {n: i for i, n in enumerate(order)}
    pos = force_layout(V, scale=max(300.0, 70.0 * math.sqrt(len(V))))
    nodes = []
    for n in order:
        d = G.nodes[n]
        kind = kind_of(d) or ""
        label = str(d.get("label") or n)
        x, y = pos[n]
        sub = subtitles[n] if subtitles is not None else subtitle(G, n)
        tip = "\n".join(s for s in (label, " · ".join(p for p in (kind_name(kind), sub) if p),
                                    f"连接 {degree[n]}") if s)
        nodes.append({"id": index[n], "label": label if kind == "person" else short(label, 10), "title": tip, "color": COLOURS.get(kind, "#7f7f7f"),
                      "shape": SHAPES.get(kind, "dot"), "size": round(min(40.0, 6 + 4 * math.sqrt(degree[n])), 1),
                      "x": round(x, 1), "y": round(y, 1), "url": page_path(d, n), "kind": kind})
    edges = sorted((min(index[u], index[v]), max(index[u], index[v])) for u, v in V.edges())
    vis_nodes, vis_edges = network_data(nodes, [(u, v, {}) for u, v in edges])
    place_labels(vis_nodes)
    return {"nodes": vis_nodes, "edges": vis_edges, "options": OPTIONS, "top": max(1, top),
            "unconnected": len(isolated)}


def _label_width(label: str, font: float) -> float:
    """The width of ``label`` drawn at ``font``, a little generous: CJK characters are one em wide."""
    return sum(font * (1.0 if unicodedata.east_asian_width(c) in "WFA" or c == "…" else 0.6) for c in label)


Box = tuple[float, float, float, float]      # left, top, right, bottom


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Boxes:
    """Boxes in a grid of square cells, so that finding what a box overlaps looks at its neighbourhood only."""

    CELL = 64.0

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[int, Box]]] = {}

    def _cells(self, box: Box):
        c = self.CELL
        for cx in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1):
            for cy in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1):
                yield cx, cy

    def add(self, box: Box, owner: int = -1) -> None:
        for cell in self._cells(box):
            self.cells.setdefault(cell, []).append((owner, box))

    def hit(self, box: Box, *, besides: int = -2) -> bool:
        """Whether ``box`` overlaps a box added (other than those of ``besides``)."""
        return any(owner != besides and _overlaps(box, other)
                   for cell in self._cells(box) for owner, other in self.cells.get(cell, ()))


def place_labels(nodes: list[dict]) -> None:
    """Labels that do not overlap, at the first zoom and zoomed in.

    The page draws labels the same size on screen when zoomed in (``ZOOM_LEVELS``), so a label that
    has no room in the first view may have room two or four times closer.  Level by level, most
    connected nodes first, each label not yet placed goes below its node, else above it
    (``font.vadjust``): at the first of these places that covers no other node, else at the first
    that covers no label placed before.  A node placed at a level above 1 gets ``zoom`` (the level
    from which its label shows; ``NEVER`` if none); the tooltip and the info box name it anyway.

    A label placed at a level keeps clear of every label placed before at its size for that level;
    at a closer zoom all labels are smaller, drawn from the same anchors, so they stay clear.
    """
    discs, placed = _Boxes(), _Boxes()
    for i, n in enumerate(nodes):
        discs.add((n["x"] - n["size"], n["y"] - n["size"], n["x"] + n["size"], n["y"] + n["size"]), i)
    waiting = [i for i, n in enumerate(nodes) if n.get("label")]
    for level in ZOOM_LEVELS:
        font = FONT_SIZE / level
        left = []
        for i in waiting:
            node = nodes[i]
            x, y, size = node["x"], node["y"], node["size"]
            half = _label_width(node["label"], font) / 2 + LABEL_MARGIN
            below = y + size + LABEL_GAP
            above = y - size - LABEL_ABOVE_GAP - font
            boxes = {top: (x - half, top - LABEL_MARGIN, x + half, top + font + LABEL_MARGIN) for top in (below, above)}
            free = [top for top, box in boxes.items() if not placed.hit(box)]
            if not free:
                left.append(i)
                continue
            clear = [top for top in free if not discs.hit(boxes[top], besides=i)]
            top = (clear or free)[0]
            placed.add(boxes[top])
            if top != below:
                node["font"] = {"vadjust": round(top - below, 1)}
            if level > 1:
                node["zoom"] = level
        waiting = left
    for i in waiting:
        nodes[i]["zoom"] = NEVER
