"""The page of an event: who attended, by role and in listed order; host; visited units; every report of it.

An event reported by several articles (two papers, a day apart: see ``kg.events``) is one node with one
``reported_in`` edge per report; the page lists each report, first report first, with the sentences that
name the participants.
"""
from __future__ import annotations

from typing import Any

import networkx as nx

from kg.export.site import evidence
from kg.export.site.common import (EVENT_TYPES, article, article_text, as_list, in_edges, link, out_edges,
                                   out_edges_in)

MAX_FULL_TEXT = 20_000
NO_ROLE = "（未标角色）"


def context(G: nx.MultiDiGraph, node: str, *, subtitles: object = None) -> dict[str, Any]:
    """What ``event.html`` shows (``subtitles``: unused, the same signature as the other pages)."""
    d = G.nodes[node]
    people = participants(G, node)
    by_role: dict[str, list] = {}
    for p in people:
        for role in p["roles"] or [NO_ROLE]:
            by_role.setdefault(role, []).append(p["person"])
    visited = list(dict.fromkeys(o for o, _ in out_edges(G, node, "visited")))
    facts = [("日期 date", d.get("date")), ("类型 type", EVENT_TYPES.get(d.get("event_type"), d.get("event_type"))),
             ("地点 place", d.get("place")), ("主办 host", d.get("host")), ("排序 rank", d.get("rank"))]
    first = source(G, node, people, visited)
    return {
        "entity": link(G, node),
        "subtitle": "",
        "facts": [(k, v) for k, v in facts if v not in (None, "")],
        "participants": people,
        "by_role": list(by_role.items()),
        "visited": [link(G, o) for o in visited],
        "source": first,
        "reports": reports(G, node, people, visited, first_source=first),
    }


def reports(G: nx.MultiDiGraph, node: str, people: list[dict], visited: list[str], *,
            first_source: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every article that reports the event, the first report first (then by date and id), each as
    :func:`source` gives it, with the event's name in that report (``name``).  ``first_source``: what
    :func:`source` gave for the event's first article, when the caller has it (not made twice)."""
    first = G.nodes[node].get("article")
    names: dict[str, str | None] = {}
    for _, e in out_edges(G, node, "reported_in"):
        article_id = e.get("article")
        if isinstance(article_id, str):
            names.setdefault(article_id, e.get("name"))
    order = sorted(names, key=lambda a: (a != first, str((article(G, a) or {}).get("date") or ""), a))
    out = []
    for article_id in order:
        if first_source is not None and article_id == first:
            found = dict(first_source)
        else:
            found = source(G, node, people, visited, article_id=article_id)
        if found is not None:
            found["name"] = names[article_id]
            out.append(found)
    return out


def participants(G: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    """Attendees in the order the article lists them (unordered ones last, by name)."""
    rows: list[dict[str, Any]] = [{"person": link(G, p), "order": e.get("order"), "title": e.get("title"),
             "roles": [str(r) for r in as_list(e.get("roles"))], "span": e.get("span"), "article": e.get("article")}
            for p, e in in_edges(G, node, "attended")]
    rows.sort(key=lambda r: (0, r["order"], "") if isinstance(r["order"], int) else (1, 0, r["person"].label))
    return rows


def source(G: nx.MultiDiGraph, node: str, people: list[dict], visited: list[str], *,
           article_id: object = None) -> dict[str, Any] | None:
    """An article that reports the event (by default its first report): headline, the sentences naming
    the participants, the full text."""
    article_id = article_id if article_id is not None else G.nodes[node].get("article")
    a = article(G, article_id)
    if a is None:
        return None
    text = article_text(G, article_id)
    marks = [(*s, evidence.PERSON) for p in people if p["article"] == article_id
             and (s := evidence.valid_span(p["span"], text))]
    anchors = [m[:2] for m in marks]
    for person in people:
        marks += [(*s, evidence.TITLE) for e in out_edges_in(G, person["person"].id, "holds_post", article_id)
                  if (s := evidence.valid_span(e.get("span"), text))]
        for e in out_edges_in(G, person["person"].id, "mentioned_in", article_id):
            marks += [(s[0], s[1], evidence.PERSON) for s in as_list(e.get("spans")) if evidence.valid_span(s, text)]
    for org in visited:
        for e in out_edges_in(G, org, "mentioned_in", article_id):
            marks += [(s[0], s[1], evidence.PLACE) for s in as_list(e.get("spans")) if evidence.valid_span(s, text)]
    for e in out_edges_in(G, node, "reported_in", article_id):
        if s := evidence.valid_span(e.get("span"), text):
            anchors.insert(0, s)
    full = text[:MAX_FULL_TEXT]
    return {"headline": a.get("headline") or str(article_id), "date": a.get("date"),
            "publication": a.get("publication"), "source": a.get("source"),
            "snippets": evidence.snippets(text, anchors, marks) if anchors else [],
            "full": evidence.highlight(full, [m for m in marks if m[1] <= len(full)]),
            "truncated": len(text) > MAX_FULL_TEXT}
