"""The page of a person: a career timeline (tenures), posts over time, events with role, date and
co-attendees, the sentences that say so."""
from __future__ import annotations

import json
import math
from collections import defaultdict
from datetime import date
from collections.abc import Mapping
from typing import Any

import networkx as nx

from kg.export.site import evidence
from kg.export.site.common import (Link, article, article_text, as_list, date_range, former_label, in_edges, link,
                                   out_edges, short, subtitle)
from kg.export.site.network import COLOURS, SHAPES, network_data

MAX_CO = 12          # co-attendees listed per event
MAX_EGO_EVENTS = 30
MAX_EGO_PEOPLE = 24
MAX_ARTICLES = 30


def context(G: nx.MultiDiGraph, node: str, *, subtitles: Mapping[str, str] | None = None) -> dict[str, Any]:
    """What ``person.html`` shows; ``subtitles`` (node -> ``common.subtitle``) saves recomputing them."""
    d = G.nodes[node]
    subtitles = subtitles if subtitles is not None else _Subtitles(G)
    found = marks(G, node)
    return {
        "entity": link(G, node),
        "reporter": bool(d.get("is_reporter")),
        "subtitle": subtitles[node],
        "facts": _facts(d),
        "timeline": timeline(G, node),
        "posts": posts(G, node),
        "events": events(G, node, found),
        "co_attendees": co_attendees(G, node),
        "sources": sources(G, node, found),
        "bylines": [_article_row(G, e.get("article")) for _, e in out_edges(G, node, "reported")],
        "ego": ego_network(G, node, subtitles=subtitles),
    }


class _Subtitles(dict):
    def __init__(self, G: nx.MultiDiGraph) -> None:
        super().__init__()
        self.G = G

    def __missing__(self, node: str) -> str:
        self[node] = subtitle(self.G, node)
        return self[node]


def _facts(d: dict) -> list[tuple[str, object]]:
    rows = [("首次出现 first seen", d.get("first_seen")), ("最近出现 last seen", d.get("last_seen")),
            ("报道篇数 articles", d.get("n_articles")), ("排序 protocol rank", d.get("rank")),
            ("履历 career", d.get("career"))]
    if d.get("is_reporter"):
        rows.append(("身份", "记者 (署名)"))
    aliases = [a for a in as_list(d.get("aliases")) if a != d.get("label")]
    if aliases:
        rows.append(("别名 aliases", "、".join(map(str, aliases))))
    return [(k, v) for k, v in rows if v not in (None, "")]


# How each end of a tenure is known (kg.tenures), as the timeline writes it.
BASIS = {"decision": "任免决定 decision", "successor": "继任者任职 successor", "seen": "见报 seen",
         "unknown": "不详 unknown"}
ACTIONS = {"appoint": "任命", "remove": "免去", "elect": "当选", "nominate": "提名", "propose": "拟任",
           "resign": "辞去", "acting": "代理"}


def records(value: object) -> list[dict]:
    """A list-of-dicts attribute (``tenures``, ``decisions``), also when a GraphML round trip made it JSON text."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    return [x for x in as_list(value) if isinstance(x, dict)]


def timeline(G: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    """The career timeline: one row per tenure (:mod:`kg.tenures`) with its start and end, how each is
    known, the decisions behind it, and a bar on a time axis in days (open ends reach the axis' edge);
    ``decisions`` lists nominations and proposals too (拟任, 提名: no tenure of their own)."""
    rows = []
    for t in records(G.nodes[node].get("tenures")):
        organ = t.get("organ")
        org = link(G, organ) if isinstance(organ, str) and organ in G else Link(
            id="", label=str(t.get("organ_name") or "—"), href=None)
        rows.append({"post": ("代" if t.get("acting") else "") + str(t.get("post") or ""), "org": org,
                     "start": t.get("start"), "end": t.get("end"),
                     "start_basis": BASIS.get(t.get("start_basis"), t.get("start_basis") or ""),
                     "end_basis": BASIS.get(t.get("end_basis"), t.get("end_basis") or ""),
                     "decided": t.get("start_basis") == "decision" or t.get("end_basis") == "decision",
                     "actions": [f"{ACTIONS.get(d.get('action'), d.get('action'))} {d.get('date') or ''}".strip()
                                 for d in records(t.get("decisions"))],
                     "n": t.get("n_articles")})
    rows.sort(key=lambda r: (r["start"] or r["end"] or "9999", r["org"].label, r["post"]))
    lo, hi = _axis(rows)
    for r in rows:
        r["bar"] = _bar(r["start"], r["end"], lo, hi)
    proposed = [{"action": ACTIONS.get(d.get("action"), d.get("action")), "post": d.get("post"),
                 "org": d.get("organ_name"), "date": d.get("date"), "surface": d.get("surface"),
                 "article": _article_row(G, d.get("article"))}
                for d in records(G.nodes[node].get("decisions")) if d.get("action") in ("nominate", "propose")]
    return {"rows": rows, "from": lo.isoformat() if lo else None, "to": hi.isoformat() if hi else None,
            "proposed": proposed}


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _axis(rows: list[dict]) -> tuple[date | None, date | None]:
    days = [d for r in rows for d in (_day(r["start"]), _day(r["end"])) if d]
    return (min(days), max(days)) if days else (None, None)


def _bar(start: object, end: object, lo: date | None, hi: date | None) -> tuple[float, float, bool, bool] | None:
    """Left offset and width (percent of the axis lo..hi), and whether the start and the end are open."""
    a, b = _day(start), _day(end)
    if lo is None or hi is None or (a is None and b is None):
        return None
    total = max(1, (hi - lo).days)
    left = ((a or lo) - lo).days / total
    right = ((b or hi) - lo).days / total
    return (round(100 * left, 1), max(1.5, round(100 * (right - left), 1)), a is None, b is None)


def posts(G: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    """One row per (post, organization): as written, first and last seen, sources; with a bar on a time axis."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for org, e in out_edges(G, node, "holds_post"):
        # 原主任: a post held before the article's day, shown as such (former=true on the edge)
        groups[(former_label(e), org)].append(e)
    rows: list[dict[str, Any]] = []
    for (post, org), es in groups.items():
        first, last = date_range(e.get("first_seen") or e.get("date") for e in es)
        last = date_range([last] + [e.get("last_seen") for e in es])[1]
        rows.append({"post": post, "org": link(G, org), "surfaces": sorted({e.get("surface") or post for e in es}),
                     "first": first, "last": last, "n": len({e.get("article") for e in es})})
    unattached: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for t in G.nodes[node].get("posts_without_org") or ():
        unattached[(former_label(t), str(t.get("org_full") or t.get("org") or ""))].append(t)
    for (post, where), ts in unattached.items():
        first, last = date_range(t.get("date") for t in ts)
        rows.append({"post": post, "org": Link(id="", label=where or "—", href=None),
                     "surfaces": sorted({t.get("surface") or post for t in ts}), "first": first, "last": last,
                     "n": len({t.get("article") for t in ts})})
    rows.sort(key=lambda r: (r["first"] or "9999", r["org"].label, r["post"]))
    _bars(rows)
    return rows


def _bars(rows: list[dict]) -> None:
    """Left offset and width (percent) of each row's first..last on the axis of all rows."""
    lo, hi = date_range([r["first"] for r in rows] + [r["last"] for r in rows])
    days = {day: i for i, day in enumerate(sorted({r[k] for r in rows for k in ("first", "last") if r[k]}))}
    span = max(1, len(days) - 1)
    for r in rows:
        if not r["first"]:
            r["bar"] = None
            continue
        a, b = days[r["first"]], days[r["last"] or r["first"]]
        r["bar"] = (round(100 * a / span, 1), max(2.0, round(100 * (b - a) / span, 1))) if lo != hi else (0.0, 100.0)


def events(G: nx.MultiDiGraph, node: str, found: dict | None = None) -> list[dict[str, Any]]:
    found = found if found is not None else marks(G, node)
    rows = []
    for event, e in out_edges(G, node, "attended"):
        if G.nodes[event].get("pairs_omitted"):
            # a roll of names: its other attendees are counted, not listed (they are on the event's page)
            co, more = [], max(0, int(G.nodes[event].get("n_attendees") or 0) - 1)
        else:
            others = sorted(((o, oe) for o, oe in in_edges(G, event, "attended") if o != node),
                            key=lambda pair: _order(pair[1]))
            co = list(dict.fromkeys(o for o, _ in others))
            co, more = co[:MAX_CO], max(0, len(co) - MAX_CO)
        rows.append({"event": link(G, event), "date": e.get("date") or G.nodes[event].get("date"),
                     "roles": [str(r) for r in as_list(e.get("roles"))], "title": e.get("title"),
                     "order": e.get("order"), "co": [link(G, o) for o in co], "more": more,
                     "evidence": _evidence(G, e, found)})
    rows.sort(key=lambda r: (r["date"] or "9999", r["event"].label))
    return rows


def _order(e: dict) -> tuple[int, int]:
    order = e.get("order")
    return (0, order) if isinstance(order, int) else (1, 0)


def _evidence(G: nx.MultiDiGraph, e: dict, found: dict) -> evidence.Snippet | None:
    text = article_text(G, e.get("article"))
    span = evidence.valid_span(e.get("span"), text)
    if span is None:
        return None
    return evidence.snippet(text, span, _in(text, found.get(e.get("article"), [])))


def marks(G: nx.MultiDiGraph, node: str) -> dict[object, list[tuple[object, str]]]:
    """The person's mentions and titles as ``(span, label)`` by article (spans not yet checked)."""
    found: dict[object, list[tuple[object, str]]] = defaultdict(list)
    for _, _, e in G.out_edges(node, data=True):
        rel, where = e.get("rel"), found[e.get("article")]
        if rel in ("mentioned_in", "reported"):
            where += [(s, evidence.PERSON) for s in as_list(e.get("spans"))]
        elif rel == "attended":
            where.append((e.get("span"), evidence.PERSON))
        elif rel == "holds_post":
            where.append((e.get("span"), evidence.TITLE))
    return found


def _in(text: str, found: list[tuple[object, str]]) -> list[tuple[int, int, str]]:
    return [(*s, label) for span, label in found if (s := evidence.valid_span(span, text))]


def co_attendees(G: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    rows = []
    for u, v, e in list(G.out_edges(node, data=True)) + list(G.in_edges(node, data=True)):
        if e.get("rel") != "co_attended":
            continue
        other = v if u == node else u
        rows.append({"person": link(G, other), "count": e.get("count"), "score": e.get("score"),
                     "p_value": e.get("p_value")})
    rows.sort(key=lambda r: (-(r["score"] or 0), -(r["count"] or 0), r["person"].label))
    return rows


def sources(G: nx.MultiDiGraph, node: str, found: dict | None = None) -> list[dict[str, Any]]:
    """Per article: the sentences that mention the person (titles and name highlighted)."""
    found = found if found is not None else marks(G, node)
    by_article: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for _, _, e in G.out_edges(node, data=True):
        if e.get("rel") not in ("mentioned_in", "attended", "holds_post"):
            continue
        a = e.get("article")
        if not isinstance(a, str):
            continue
        spans = as_list(e.get("spans")) if e.get("rel") == "mentioned_in" else [e.get("span")]
        by_article[a] += [s for s in spans if s]
    rows = []
    for a, spans in by_article.items():
        text = article_text(G, a)
        anchors = [s for s in (evidence.valid_span(x, text) for x in spans) if s]
        row = _article_row(G, a)
        row["snippets"] = evidence.snippets(text, anchors, _in(text, found.get(a, []))) if anchors else []
        rows.append(row)
    rows.sort(key=lambda r: (r["date"] or "", r["headline"]), reverse=True)
    return rows[:MAX_ARTICLES]


def _article_row(G: nx.MultiDiGraph, article_id: object) -> dict[str, Any]:
    a = article(G, article_id) or {}
    return {"id": article_id, "headline": a.get("headline") or str(article_id), "date": a.get("date"),
            "publication": a.get("publication")}


def ego_network(G: nx.MultiDiGraph, node: str, *, subtitles: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The person, the organizations of their posts and their events on an inner ring, co-attendees outside.

    Positions are computed here (a ring layout costs nothing), so the browser draws at once.  The
    attendees of an event marked ``pairs_omitted`` (a roll of names) are not co-attendees: the
    event stands for them.
    """
    orgs = list(dict.fromkeys(o for o, _ in out_edges(G, node, "holds_post")))
    evs = sorted(dict.fromkeys(ev for ev, _ in out_edges(G, node, "attended")),
                 key=lambda ev: str(G.nodes[ev].get("date") or ""))[-MAX_EGO_EVENTS:]
    inner = orgs[:MAX_EGO_EVENTS] + evs
    angle = {n: 2 * math.pi * i / max(1, len(inner)) for i, n in enumerate(inner)}
    people: dict[str, list[str]] = defaultdict(list)
    for ev in evs:
        if G.nodes[ev].get("pairs_omitted"):
            continue
        for p, _ in in_edges(G, ev, "attended"):
            if p != node:
                people[p].append(ev)
    outer = sorted(people, key=lambda p: (-len(people[p]), str(G.nodes[p].get("label"))))[:MAX_EGO_PEOPLE]
    outer.sort(key=lambda p: _mean_angle([angle[ev] for ev in people[p]]))
    pos = {node: (0.0, 0.0)}
    r1 = max(170.0, 55.0 * len(inner) / math.pi)          # about 110 units between neighbours on a ring
    r2 = max(r1 + 130.0, 45.0 * len(outer) / math.pi)
    for n in inner:
        pos[n] = (r1 * math.cos(angle[n]), r1 * math.sin(angle[n]))
    start = _mean_angle([angle[ev] for ev in people[outer[0]]]) if outer else 0.0
    for i, p in enumerate(outer):
        a = start + 2 * math.pi * i / len(outer)
        pos[p] = (r2 * math.cos(a), r2 * math.sin(a))
    subtitles = subtitles if subtitles is not None else _Subtitles(G)
    nodes = [_ego_node(G, n, pos[n], subtitles[n], centre=(n == node)) for n in pos]
    edges = [(node, o, {"title": "、".join(sorted({str(e.get("post")) for x, e in out_edges(G, node, "holds_post")
                                                   if x == o}))}) for o in orgs[:MAX_EGO_EVENTS]]
    edges += [(node, ev, {}) for ev in evs]
    edges += [(p, ev, {}) for p in outer for ev in people[p]]
    vis_nodes, vis_edges = network_data(nodes, edges)
    return {"nodes": vis_nodes, "edges": vis_edges}


def _mean_angle(angles: list[float]) -> float:
    if not angles:
        return 0.0
    return math.atan2(sum(map(math.sin, angles)), sum(map(math.cos, angles))) % (2 * math.pi)


def _ego_node(G: nx.MultiDiGraph, n: str, xy: tuple[float, float], sub: str, *, centre: bool) -> dict[str, Any]:
    ln = link(G, n)
    kind = ln.kind or "event"
    tip = "\n".join(x for x in (ln.label, sub) if x)
    return {"id": n, "label": ln.label if kind == "person" else short(ln.label, 8), "title": tip, "color": COLOURS.get(kind, "#7f7f7f"),
            "shape": SHAPES.get(kind, "dot"), "size": 20 if centre else 10, "x": round(xy[0], 1),
            "y": round(xy[1], 1), "url": ("../" + ln.href) if ln.href and not centre else None,
            "font": {"size": 20 if centre else 15}}
