"""Node and edge data for vis-network, built with pyvis (``Network.add_node/add_edge``).

pyvis keeps node ids in a list and checks each new node and edge against it,
which is quadratic: 20,000 nodes and 50,000 edges take minutes.  ``_Ids`` is a
list that answers ``in`` from a set, so the same calls take a fraction of a
second.  Edges are added as directed (pyvis's undirected check scans every
edge again) and the arrows pyvis then adds are dropped: the views are undirected.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

COLOURS = {"person": "#d62728", "organization": "#1f77b4", "company": "#2ca02c", "event": "#ff7f0e"}
SHAPES = {"person": "dot", "organization": "dot", "company": "dot", "event": "square"}
KIND_NAMES = {"person": "人物", "organization": "机构", "company": "企业", "event": "活动"}


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
