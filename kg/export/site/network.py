"""Node and edge data for vis-network, in the form pyvis builds them (``Network.add_node/add_edge``).

The dicts are made here as pyvis makes them, key for key and in its order (``tests/test_site.py``
compares the two): a pyvis ``Network`` per ego view was a tenth of an explorer build (its options
object is made and serialised for each), and pyvis checks each new node and edge against a list of
ids, which is quadratic.  Edges are as pyvis adds directed ones (its undirected check scans every
edge again), without the arrows: the views are undirected.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from extract import MissingDependency

COLOURS = {"person": "#d62728", "organization": "#1f77b4", "company": "#2ca02c", "event": "#ff7f0e"}
SHAPES = {"person": "dot", "organization": "dot", "company": "dot", "event": "square"}
KIND_NAMES = {"person": "人物", "organization": "机构", "company": "企业", "event": "活动"}
VIS_FILES = ("vis-network.min.js", "vis-network.css")


def vis_folder() -> Path:
    """The folder of the vis-network files that pyvis ships (copied into the explorer, inlined in notebooks);
    found without importing pyvis (which imports IPython's traitlets)."""
    from importlib.util import find_spec

    spec = find_spec("pyvis")
    if spec is None or spec.origin is None:
        raise MissingDependency("the explorer's network views", "pyvis", "pip install pyvis==0.3.2")
    return Path(spec.origin).parent / "templates" / "lib" / "vis-9.1.2"


def network_data(nodes: Iterable[Mapping[str, Any]], edges: Iterable[tuple[Any, Any, Mapping[str, Any]]]
                 ) -> tuple[list[dict], list[dict]]:
    """vis-network nodes and edges, as pyvis builds them.

    Each node is a mapping with ``id`` and vis-network options (``label``,
    ``color``, ``x`` ...); each edge is ``(from, to, options)``.  As in pyvis, a
    node without a label is labelled with its id, a repeated id is left out, and
    an edge must join two of the nodes.

    >>> network_data([{"id": "a", "x": 1.0}], [("a", "a", {})])
    ([{'color': '#97c2fc', 'x': 1.0, 'id': 'a', 'label': 'a', 'shape': 'dot'}], [{'from': 'a', 'to': 'a'}])
    """
    vis_nodes: list[dict] = []
    ids: set = set()
    for node in nodes:
        options = dict(node)
        node_id = options.pop("id")
        if not isinstance(node_id, (str, int)):
            raise TypeError(f"a vis-network node id is text or a number, not {node_id!r}")
        label = options.pop("label", None) or node_id
        shape = options.pop("shape", "dot")
        colour = options.pop("color", "#97c2fc")
        if node_id in ids:
            continue
        ids.add(node_id)
        head = {} if "group" in options else {"color": colour}
        vis_nodes.append({**head, **options, "id": node_id, "label": label, "shape": shape})
    vis_edges: list[dict] = []
    for u, v, edge_options in edges:
        for end in (u, v):
            if end not in ids:
                raise ValueError(f"an edge of a vis-network view joins a node that is not in it: {end!r}")
        e = {**edge_options, "from": u, "to": v}
        e.pop("arrows", None)
        vis_edges.append(e)
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
