"""The overview: persons, organizations and events laid out once in Python, most connected first.

The browser gets every node with its position, sorted by degree; it draws the
first ``top`` of them with physics off and adds more on request.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import networkx as nx

from kg.export.site.common import kind_name, short, subtitle
from kg.export.site.layout import force_layout
from kg.export.site.network import COLOURS, SHAPES, kind_of, network_data
from kg.export.site.paths import page_path

VIEW_RELS = frozenset({"holds_post", "attended", "visited"})
LEGEND = tuple((kind, kind_name(kind), COLOURS[kind], SHAPES[kind])
               for kind in ("person", "organization", "company", "event"))

OPTIONS = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True, "hideEdgesOnZoom": True},
    "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "Noto Sans CJK SC, sans-serif"},
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
    return {"nodes": vis_nodes, "edges": vis_edges, "options": OPTIONS, "top": max(1, top),
            "unconnected": len(isolated)}
