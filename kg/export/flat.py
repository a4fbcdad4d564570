"""Flatten a graph for formats that take scalar attributes only (GraphML, GEXF, Gephi).

Lists are joined with "; ", dicts become JSON text, None is left out, and each
attribute key gets one type across the whole graph (str wins over numbers), so
that the writer declares it once and Gephi does not have to guess.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

_SCALARS = (bool, int, float, str)


def _flat_value(v):
    if v is None or type(v) is str:
        return v
    if isinstance(v, _SCALARS):
        return v
    if isinstance(v, list | tuple | set):
        items = [x for x in v if x is not None]
        if all(isinstance(x, _SCALARS) for x in items):
            return "; ".join(str(x) for x in items)
        return json.dumps(list(items), ensure_ascii=False)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return str(v)


def _unify(records: list[dict]) -> None:
    types: dict[str, set[type]] = defaultdict(set)
    for d in records:
        for k, v in d.items():
            types[k].add(type(v))
    for d in records:
        for k, v in list(d.items()):
            ts = types[k]
            if len(ts) == 1:
                continue
            if ts <= {int, float}:
                d[k] = float(v)
            elif ts <= {bool, int}:
                d[k] = int(v)
            else:
                d[k] = str(v)


@dataclass(frozen=True)
class FlatGraph:
    """The attributes of a graph, flattened (see :func:`flat_data`): what GraphML and GEXF write."""

    directed: bool
    graph: dict
    nodes: list[tuple[object, dict]]                    # (node, attributes), in the graph's order
    edges: list[tuple[object, object, object, dict]]    # (u, v, key, attributes), in the graph's order


def flat_data(G: nx.MultiDiGraph, *, drop: tuple[str, ...] = ()) -> FlatGraph:
    """The nodes and edges of ``G`` with scalar attributes only, without building another graph.

    ``drop`` names attributes to leave out (long texts).  ``G`` is not changed.
    """
    node_attrs = []
    for n, d in G.nodes(data=True):
        flat = {}
        for k, v in d.items():
            if k not in drop and (x := _flat_value(v)) is not None:
                flat[k] = x
        node_attrs.append((n, flat))
    edge_attrs = []
    for u, v, k, d in G.edges(keys=True, data=True):
        flat = {}
        for a, x in d.items():
            if a not in drop and (y := _flat_value(x)) is not None:
                flat[a] = y
        edge_attrs.append((u, v, k, flat))
    _unify([d for _, d in node_attrs])
    _unify([d for *_, d in edge_attrs])
    graph = {k: x for k, v in G.graph.items() if (x := _flat_value(v)) is not None}
    return FlatGraph(G.is_directed(), graph, node_attrs, edge_attrs)


def flatten(G: nx.MultiDiGraph, *, drop: tuple[str, ...] = ()) -> nx.MultiDiGraph:
    """A copy of ``G`` with scalar attributes only (``drop`` names attributes to leave out, like long texts)."""
    flat = flat_data(G, drop=drop)
    H = nx.MultiDiGraph()
    H.add_nodes_from(flat.nodes)
    for u, v, k, d in flat.edges:
        H.add_edge(u, v, key=k)
        H.edges[u, v, k].update(d)          # not add_edge(**d): an attribute may be called "key"
    H.graph.update(flat.graph)
    return H
