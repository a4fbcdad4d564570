"""GraphML, GEXF and node-link JSON files of the graph.

GraphML and GEXF take scalar values only: the graph is flattened once
(:func:`kg.export.flat.flatten`), so every attribute has one declared type and
Gephi does not have to guess.  Both get an edge ``label`` (the relation) and a
``weight`` (the number of shared events on ``co_attended`` edges, 1 elsewhere),
which Gephi reads as such.

GEXF carries time: every node and edge gets *spells*, closed intervals of days
from the dates of the articles it comes from (the event's own date on
``attended`` and ``co_attended`` edges), consecutive days merged.  Intervals are
the only time representation used (no timestamps, no start/end attributes), as
Gephi refuses files that mix the two; elements with no date have no spell and so
are present throughout.
"""
from __future__ import annotations

import json
import os
from datetime import date, timedelta

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from kg.export import atomic_path
from kg.export.flat import flatten
from kg.resolve import article_node_id

# Long texts stay out of the Gephi files (the explorer and JSON keep them).
_BULKY = ("text",)


class _ScopedKeys(GraphMLWriter):
    """Key ids named after the attribute and its domain (``node_label``, ``edge_date``).

    networkx's ``named_key_ids`` gives a node and an edge attribute of the same
    name the same id, which GraphML forbids; its default ids ``d0, d1 ...`` let
    Gephi read whichever attribute gets ``d3`` as the node label (yEd's habit).
    """

    def get_key(self, name, attr_type, scope, default):
        known = self.keys.get((name, attr_type, scope))
        if known is not None:
            return known
        key_id = f"{scope}_{name}"
        element = self.myElement("key", **{"id": key_id, "for": scope, "attr.name": name, "attr.type": attr_type})
        if default is not None:
            fallback = self.myElement("default")
            fallback.text = str(default)
            element.append(fallback)
        self.xml.insert(0, element)
        self.keys[(name, attr_type, scope)] = key_id
        return key_id


def _for_gephi(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    H = flatten(G, drop=_BULKY)
    for _, _, d in H.edges(data=True):
        d["label"] = str(d.get("rel") or "")
        count = d.get("count")
        d["weight"] = float(count) if d.get("rel") == "co_attended" and isinstance(count, int | float) else 1.0
    return H


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """GraphML with declared attribute types and scalar values only; reads back with ``nx.read_graphml``."""
    H = _for_gephi(G)
    writer = _ScopedKeys(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(H)
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        writer.dump(fh)


def _day(value) -> date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _spells(days: set[date]) -> list[tuple[str, str]]:
    """Closed intervals of days, consecutive days merged."""
    out: list[list[date]] = []
    for d in sorted(days):
        if out and d - out[-1][1] <= timedelta(days=1):
            out[-1][1] = d
        else:
            out.append([d, d])
    return [(a.isoformat(), b.isoformat()) for a, b in out]


def time_spells(G: nx.MultiDiGraph) -> tuple[dict[str, list[tuple[str, str]]], dict[tuple, list[tuple[str, str]]]]:
    """The spells of each node and each edge ``(u, v, key)`` of ``G`` (see the module docstring)."""
    article_day = {}
    for n, d in G.nodes(data=True):
        if d.get("type") == "article":
            article_day[n] = _day(d.get("date"))
    node_days: dict[str, set[date]] = {n: set() for n in G}
    edge_days: dict[tuple, set[date]] = {}
    for n, d in G.nodes(data=True):
        own = _day(d.get("date"))
        if own and d.get("type") in ("article", "event"):
            node_days[n].add(own)
    for u, v, k, d in G.edges(keys=True, data=True):
        rel = d.get("rel")
        days: set[date] = set()
        if rel in ("attended", "visited") and _day(d.get("date")):
            days.add(_day(d.get("date")))
        elif rel == "co_attended":
            days.update(x for x in (_day(G.nodes[e].get("date")) if e in G else None
                                    for e in d.get("events") or ()) if x)
        if not days:
            arts = d.get("articles") or ([d["article"]] if d.get("article") else [])
            days.update(x for x in (article_day.get(article_node_id(a)) for a in arts) if x)
        if not days and _day(d.get("date")):
            days.add(_day(d.get("date")))
        edge_days[(u, v, k)] = days
        if rel != "co_attended":
            node_days[u].update(days)
            node_days[v].update(days)
    return ({n: _spells(ds) for n, ds in node_days.items() if ds},
            {e: _spells(ds) for e, ds in edge_days.items() if ds})


def write_gexf(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """GEXF 1.2 with dynamic spells (intervals of days only); reads back with ``nx.read_gexf``."""
    H = _for_gephi(G)
    node_spells, edge_spells = time_spells(G)
    for n, spells in node_spells.items():
        H.nodes[n]["spells"] = spells
    for (u, v, k), spells in edge_spells.items():
        H.edges[u, v, k]["spells"] = spells
    for _, d in H.nodes(data=True):
        for reserved in ("start", "end", "pid", "viz", "parents", "slices"):
            d.pop(reserved, None)
    for _, _, d in H.edges(data=True):
        for reserved in ("start", "end", "type", "viz", "slices"):
            d.pop(reserved, None)
    with atomic_path(path) as tmp:
        nx.write_gexf(H, tmp)


def write_json(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """node-link JSON (``networkx.node_link_data``), attributes kept as they are."""
    data = nx.node_link_data(G, edges="links")
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
