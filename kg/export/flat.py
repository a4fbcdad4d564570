"""Flatten a graph for formats that take scalar attributes only (GraphML, GEXF, Gephi).

Lists are joined with "; ", dicts become JSON text, None is left out, and each
attribute key gets one type across the whole graph (str wins over numbers), so
that the writer declares it once and Gephi does not have to guess.
"""
from __future__ import annotations

import json
from collections import defaultdict

import networkx as nx

_SCALARS = (bool, int, float, str)


def _flat_value(v):
    if v is None:
        return None
    if isinstance(v, bool | int | float | str):
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


def flatten(G: nx.MultiDiGraph, *, drop: tuple[str, ...] = ()) -> nx.MultiDiGraph:
    """A copy of ``G`` with scalar attributes only (``drop`` names attributes to leave out, like long texts)."""
    H = nx.MultiDiGraph()
    node_attrs = []
    for n, d in G.nodes(data=True):
        flat = {k: _flat_value(v) for k, v in d.items() if k not in drop}
        flat = {k: v for k, v in flat.items() if v is not None}
        node_attrs.append((n, flat))
    edge_attrs = []
    for u, v, k, d in G.edges(keys=True, data=True):
        flat = {a: _flat_value(x) for a, x in d.items() if a not in drop}
        flat = {a: x for a, x in flat.items() if x is not None}
        edge_attrs.append((u, v, k, flat))
    _unify([d for _, d in node_attrs])
    _unify([d for *_, d in edge_attrs])
    H.add_nodes_from(node_attrs)
    for u, v, k, d in edge_attrs:
        H.add_edge(u, v, key=k, **d)
    H.graph.update({k: _flat_value(v) for k, v in G.graph.items() if _flat_value(v) is not None})
    return H
