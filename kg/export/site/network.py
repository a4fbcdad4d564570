"""Node and edge data for vis-network, built with pyvis (``Network.add_node/add_edge``).

pyvis keeps node ids in a list and checks each new node and edge against it,
which is quadratic: 20,000 nodes and 50,000 edges take minutes.  ``_Ids`` is a
list that answers ``in`` from a set, so the same calls take a fraction of a
second.  Edges are added as directed (pyvis's undirected check scans every
edge again) and the arrows pyvis then adds are dropped: the views are undirected.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

COLOURS = {"person": "#d62728", "organization": "#1f77b4", "company": "#2ca02c", "event": "#ff7f0e"}
SHAPES = {"person": "dot", "organization": "dot", "company": "dot", "event": "square"}
KIND_NAMES = {"person": "人物", "organization": "机构", "company": "企业", "event": "活动"}
VIS_FILES = ("vis-network.min.js", "vis-network.css")


def vis_folder() -> Path:
    """The folder of the vis-network files that pyvis ships (copied into the explorer, inlined in notebooks)."""
    import pyvis

    return Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


class _Ids(list):
    def __init__(self) -> None:
        super().__init__()
        self._set: set = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._set.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._set


def network_data(nodes: Iterable[Mapping[str, Any]], edges: Iterable[tuple[Any, Any, Mapping[str, Any]]]
                 ) -> tuple[list[dict], list[dict]]:
    """vis-network nodes and edges, as pyvis builds them.

    Each node is a mapping with ``id`` and vis-network options (``label``,
    ``color``, ``x`` ...); each edge is ``(from, to, options)``.
    """
    from pyvis.network import Network

    net = Network(directed=True)
    net.node_ids = _Ids()
    for node in nodes:
        options = dict(node)
        node_id = options.pop("id")
        net.add_node(node_id, **options)
    for u, v, edge_options in edges:
        net.add_edge(u, v, **edge_options)
    vis_nodes, vis_edges, *_ = net.get_network_data()
    for e in vis_edges:
        e.pop("arrows", None)
    return vis_nodes, vis_edges


def kind_of(d: Mapping[str, Any]) -> str | None:
    """The explorer's kind of a node: person, organization, company or event (None for others)."""
    kind = d.get("type")
    if kind == "organization" and d.get("org_type") == "company":
        return "company"
    return kind if kind in ("person", "organization", "event") else None


def relations_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """Persons (not reporters), organizations and events, each pair joined once with ``rels``, the set of
    relations between them (articles left out): the graph of ego networks and notebook views."""
    V = nx.Graph()
    for n, d in G.nodes(data=True):
        if kind_of(d) and not d.get("is_reporter"):
            V.add_node(n, **d)
    for u, v, d in G.edges(data=True):
        if u in V and v in V and u != v:
            rel = d.get("rel")
            if V.has_edge(u, v):
                V[u][v]["rels"].add(rel)
            else:
                V.add_edge(u, v, rels={rel})
    return V
