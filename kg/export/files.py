"""GraphML, GEXF and node-link JSON files of the graph."""
from __future__ import annotations

import json
import os

import networkx as nx

from kg.export import atomic_path
from kg.export.flat import flatten

# Long texts stay out of the Gephi files (the explorer and JSON keep them).
_BULKY = ("text",)


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """GraphML with declared attribute types and scalar values only; reads back with ``nx.read_graphml``."""
    with atomic_path(path) as tmp:
        nx.write_graphml(flatten(G, drop=_BULKY), tmp, named_key_ids=True)


def write_gexf(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    with atomic_path(path) as tmp:
        nx.write_gexf(flatten(G, drop=_BULKY), tmp)


def write_json(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """node-link JSON (``networkx.node_link_data``), attributes kept as they are."""
    data = nx.node_link_data(G, edges="links")
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
