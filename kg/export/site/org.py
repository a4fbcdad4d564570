"""The page of an organization or company: who holds posts there, the events that visited it, its articles."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from kg.export.site.common import ORG_TYPES, article, as_list, date_range, in_edges, link, out_edges

MAX_ARTICLES = 50


def context(G: nx.MultiDiGraph, node: str, *, subtitles: object = None) -> dict[str, Any]:
    """What ``org.html`` shows (``subtitles``: unused, the same signature as the other pages)."""
    d = G.nodes[node]
    kind = ORG_TYPES.get(d.get("org_type"), d.get("org_type"))
    aliases = [str(a) for a in as_list(d.get("aliases")) if a != d.get("label")]
    facts = [("类型 type", kind), ("别名 aliases", "、".join(aliases)), ("排序 rank", d.get("rank"))]
    return {
        "entity": link(G, node),
        "subtitle": "",
        "facts": [(k, v) for k, v in facts if v not in (None, "")],
        "holders": holders(G, node),
        "visits": visits(G, node),
        "articles": articles(G, node),
    }


def holders(G: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for person, e in in_edges(G, node, "holds_post"):
        groups[(person, str(e.get("post") or ""))].append(e)
    rows: list[dict[str, Any]] = []
    for (person, post), es in groups.items():
        first, last = date_range([e.get("first_seen") or e.get("date") for e in es]
                                 + [e.get("last_seen") or e.get("date") for e in es])
        rows.append({"person": link(G, person), "post": post, "surfaces": sorted({e.get("surface") or post for e in es}),
                     "first": first, "last": last})
    rows.sort(key=lambda r: (r["first"] or "9999", r["post"], r["person"].label))
    return rows


def visits(G: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    rows = []
    for event in dict.fromkeys(ev for ev, _ in in_edges(G, node, "visited")):
        people = sorted(in_edges(G, event, "attended"),
                        key=lambda pe: pe[1]["order"] if isinstance(pe[1].get("order"), int) else 10 ** 6)
        rows.append({"event": link(G, event), "date": G.nodes[event].get("date"),
                     "people": [link(G, p) for p in dict.fromkeys(p for p, _ in people)]})
    rows.sort(key=lambda r: (r["date"] or "9999", r["event"].label))
    return rows


def articles(G: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    rows = {}
    for _, e in out_edges(G, node, "mentioned_in"):
        a = article(G, e.get("article"))
        if a is not None:
            rows[e.get("article")] = {"headline": a.get("headline") or e.get("article"), "date": a.get("date"),
                                      "publication": a.get("publication")}
    return sorted(rows.values(), key=lambda r: (r["date"] or "", r["headline"]), reverse=True)[:MAX_ARTICLES]
