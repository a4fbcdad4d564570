"""What the page builders share: links between pages, edges by relation, dates, the article of an edge."""
from __future__ import annotations

from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.export.site.network import KIND_NAMES, kind_of
from kg.export.site.paths import page_path
from kg.keys import article_node_id

# Display names of the values of extract.records.EventKind and OrgKind (unknown values show as they are).
EVENT_TYPES = {"meeting": "会议", "inspection": "检查", "visit": "走访", "signing": "签约", "forum": "论坛",
               "banquet": "宴请", "reception": "会见", "session": "会议(人大·政协)", "ceremony": "仪式",
               "training": "培训", "other": "其他"}
ORG_TYPES = {"party": "党委", "government": "政府", "congress": "人大", "company": "企业",
             "institution": "事业单位", "association": "社团", "media": "媒体", "other": "其他"}


@dataclass(frozen=True, slots=True)
class Link:
    """A named entity and its page, relative to the site's root (None: no page)."""

    id: str
    label: str
    href: str | None
    kind: str | None = None


def link(G: nx.MultiDiGraph, node: str) -> Link:
    index = _index_of(G)
    if index is not None:
        found = index.links.get(node)
        if found is None:
            found = index.links[node] = _link(G, node)
        return found
    return _link(G, node)


def _link(G: nx.MultiDiGraph, node: str) -> Link:
    d = G.nodes[node]
    return Link(id=node, label=str(d.get("label") or node), href=page_path(d, node), kind=kind_of(d))


# The edges of each node by relation, bucketed for the graph a site is built from (``indexed``): the
# pages ask for them hundreds of thousands of times, and a scan of a busy person's edges for each ask
# is most of the build.  The buckets of the nodes asked for last are kept (pages ask about a node and
# its neighbours, in a row), not those of the whole graph, which would be a second graph in memory.
# Given a plain graph, the functions scan.
KEEP_BUCKETS = 4096


@dataclass
class _Index:
    graph: nx.MultiDiGraph
    buckets: OrderedDict[tuple[str, bool], dict[str, list]]
    links: dict[str, Link]
    articles: OrderedDict[tuple[str, str], dict[str, list]] = field(default_factory=OrderedDict)

    def in_article(self, node: str, rel: str, article_id: str) -> list:
        key = (node, rel)
        by_article = self.articles.get(key)
        if by_article is None:
            by_article = defaultdict(list)
            for _, d in self.edges(node, out=True, rel=rel):
                if isinstance(d.get("article"), str):
                    by_article[d["article"]].append(d)
            self.articles[key] = by_article
            if len(self.articles) > KEEP_BUCKETS:
                self.articles.popitem(last=False)
        else:
            self.articles.move_to_end(key)
        return by_article.get(article_id, [])

    def edges(self, node: str, *, out: bool, rel: str) -> list:
        key = (node, out)
        bucket = self.buckets.get(key)
        if bucket is None:
            bucket = defaultdict(list)
            G = self.graph
            # the graph's own dicts, as networkx's algorithms read them: its read-only views cost a Python
            # call per neighbour, and the buckets of busy persons are made again and again
            adjacency = G._succ if out else G._pred
            if node in adjacency:
                multi = G.is_multigraph()
                for other, kd in adjacency[node].items():
                    for d in (kd.values() if multi else (kd,)):
                        bucket[d.get("rel")].append((other, d))
            self.buckets[key] = bucket
            if len(self.buckets) > KEEP_BUCKETS:
                self.buckets.popitem(last=False)
        else:
            self.buckets.move_to_end(key)
        return bucket.get(rel, [])


def indexed(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A read-only view of ``G`` (sharing its data, no copy) that carries an index of each node's edges
    by relation: ``out_edges``, ``in_edges`` and ``link`` given the view answer from it.  ``G`` must not
    change while the view is used."""
    view = nx.graphviews.generic_graph_view(G)
    view.site_index = _Index(view, OrderedDict(), {})
    return view


def _index_of(G: nx.MultiDiGraph) -> _Index | None:
    return getattr(G, "site_index", None)


def out_edges(G: nx.MultiDiGraph, node: str, rel: str) -> Iterator[tuple[str, dict]]:
    index = _index_of(G)
    if index is not None:
        return iter(index.edges(node, out=True, rel=rel))
    return ((other, d) for _, other, d in G.out_edges(node, data=True) if d.get("rel") == rel)


def in_edges(G: nx.MultiDiGraph, node: str, rel: str) -> Iterator[tuple[str, dict]]:
    index = _index_of(G)
    if index is not None:
        return iter(index.edges(node, out=False, rel=rel))
    return ((other, d) for other, _, d in G.in_edges(node, data=True) if d.get("rel") == rel)


def out_edges_in(G: nx.MultiDiGraph, node: str, rel: str, article_id: str) -> list[dict]:
    """The attributes of ``node``'s ``rel`` edges from the article ``article_id``, in the graph's order.

    An event's page asks this of each participant for each report, and a leader's edges number in the
    thousands: the view of :func:`indexed` groups a node's edges by article once (for the nodes asked
    about last, as the buckets)."""
    index = _index_of(G)
    if index is not None:
        return index.in_article(node, rel, article_id)
    return [d for _, d in out_edges(G, node, rel) if d.get("article") == article_id]


def article(G: nx.MultiDiGraph, article_id: object) -> dict[str, Any] | None:
    """The article node's attributes for an edge's ``article`` id, or None."""
    if not isinstance(article_id, str):
        return None
    node = article_node_id(article_id)
    return G.nodes[node] if node in G else None


def article_text(G: nx.MultiDiGraph, article_id: object) -> str:
    a = article(G, article_id)
    text = a.get("text") if a else None
    return text if isinstance(text, str) else ""


def date_range(dates: Iterable[object]) -> tuple[str | None, str | None]:
    ds = sorted(d for d in dates if isinstance(d, str) and d)
    return (ds[0], ds[-1]) if ds else (None, None)


def as_list(value: object) -> list:
    """A list attribute that may have been flattened to a string by a GraphML round trip."""
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def kind_name(kind: str | None) -> str:
    return KIND_NAMES.get(kind or "", kind or "")


def subtitle(G: nx.MultiDiGraph, node: str) -> str:
    """A one-line description: a person's title as written, an event's date and type, an org's type."""
    d = G.nodes[node]
    kind = d.get("type")
    if kind == "person":
        titles = Counter(t for _, e in out_edges(G, node, "attended") if (t := e.get("title")))
        if titles:
            return titles.most_common(1)[0][0]
        surfaces = dict.fromkeys(e.get("surface") or e.get("post") for _, e in out_edges(G, node, "holds_post"))
        text = "、".join(s for s in surfaces if s)
        return text or ("记者" if d.get("is_reporter") else "")
    if kind == "event":
        parts = [d.get("date"), EVENT_TYPES.get(d.get("event_type"), d.get("event_type"))]
        return " ".join(str(p) for p in parts if p)
    if kind == "organization":
        return ORG_TYPES.get(d.get("org_type"), d.get("org_type") or "")
    return ""


def short(label: str, limit: int = 14) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"


def former_label(e: Mapping[str, Any]) -> str:
    """A post as the explorer shows it: 原主任 where the title says it was held before (``former``)."""
    post = str(e.get("post") or "")
    return f"原{post}" if e.get("former") else post
