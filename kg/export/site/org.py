"""The page of an organization or company: who holds posts there, who held each post in turn (successions),
the events that visited it, its articles."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from kg.export.site.common import (ORG_TYPES, Link, article, as_list, date_range, former_label, in_edges, link,
                                    out_edges)
from kg.export.site.person import BASIS, records

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
        "successions": successions(G, node),
        "visits": visits(G, node),
        "articles": articles(G, node),
    }


def holders(G: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for person, e in in_edges(G, node, "holds_post"):
        groups[(person, former_label(e))].append(e)
    rows: list[dict[str, Any]] = []
    for (person, post), es in groups.items():
        first, last = date_range([e.get("first_seen") or e.get("date") for e in es]
                                 + [e.get("last_seen") or e.get("date") for e in es])
        rows.append({"person": link(G, person), "post": post, "surfaces": sorted({e.get("surface") or post for e in es}),
                     "first": first, "last": last})
    rows.sort(key=lambda r: (r["first"] or "9999", r["post"], r["person"].label))
    return rows


def successions(G: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    """One table per post of the organization (``successions`` of :mod:`kg.graph`): its holders in order,
    with start, end, how each is known, and the gap or overlap with those before."""
    out = []
    for s in records(G.nodes[node].get("successions")):
        rows = []
        for h in records(s.get("holders")):
            person = h.get("person")
            who = link(G, person) if isinstance(person, str) and person in G else Link(
                id="", label=str(h.get("name") or "?"), href=None)
            start_basis, _, end_basis = str(h.get("basis") or "").partition("/")
            note = ""
            if h.get("flag") == "gap":
                note = f"{h.get('gap_days')} 天无记录 no record for {h.get('gap_days')} days"   # a stretch no article covers, not a vacancy
            elif h.get("flag") == "overlap":
                names = [str(G.nodes[p].get("label") or p) if p in G else str(p) for p in as_list(h.get("overlap"))]
                note = f"重叠 overlap: {'、'.join(names)}"
            rows.append({"order": h.get("order"), "person": who, "acting": bool(h.get("acting")),
                         "start": h.get("start"), "end": h.get("end"), "start_basis": BASIS.get(start_basis, start_basis),
                         "end_basis": BASIS.get(end_basis, end_basis), "flag": h.get("flag") or "", "note": note,
                         "n": h.get("n_articles")})
        out.append({"post": s.get("post"), "organ": s.get("organ_name"), "plural": bool(s.get("plural")),
                    "holders": rows})
    out.sort(key=lambda s: (s["plural"], str(s["post"])))
    return out


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
