"""Records and their resolution -> one ``networkx.MultiDiGraph`` (pure: builds a new graph).

Nodes (attribute ``type``): person, organization, event, article.
Edges (attribute ``rel``), each with the article and the character span it came from:

    person  -holds_post->   organization   post, surface, date
    person  -attended->     event          roles, order, title, date
    person  -mentioned_in-> article        spans
    person  -reported->     article        (bylines)
    organization -mentioned_in-> article
    event   -reported_in->  article
    event   -visited->      organization
    person  -co_attended->  person         count, events, score (added by analytics)
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from extract.records import ArticleRecord
from kg.resolve import Resolution, article_node_id, resolve, stable_id


def build_graph(records: Iterable[ArticleRecord], resolution: Resolution | None = None) -> nx.MultiDiGraph:
    """Build the knowledge graph of ``records``.

    Examples
    --------
    >>> from extract import extract_text
    >>> G = build_graph(extract_text("本报讯 25日,市委书记刘非出席会议。", date="2025-09-26"))
    >>> sorted({d["type"] for _, d in G.nodes(data=True)})
    ['article', 'event', 'organization', 'person']
    """
    records = list(records)
    res = resolution or resolve(records)
    G = nx.MultiDiGraph()
    person_dates: dict[str, list[str]] = defaultdict(list)
    for rec in records:
        a = rec.article
        art = article_node_id(a.id)
        G.add_node(art, type="article", label=a.headline or a.id, headline=a.headline, date=a.date,
                   source=a.source, publication=(a.page.publication if a.page else a.publication),
                   headline_only=a.headline_only, text=a.text)
        for o in rec.organizations:
            oid = res.org_of[(a.id, o.name)]
            ent = res.orgs[oid]
            if oid not in G:
                G.add_node(oid, type="organization", label=ent.name, org_type=ent.kind.value,
                           aliases=list(ent.aliases))
            G.add_edge(oid, art, rel="mentioned_in", article=a.id, spans=[list(s) for s in o.spans])
        for p in rec.persons:
            pid = res.person_of[(a.id, p.name)]
            ent = res.persons[pid]
            if pid not in G:
                G.add_node(pid, type="person", label=p.name, name=p.name, is_reporter=ent.is_reporter)
            if a.date:
                person_dates[pid].append(a.date)
            rel = "reported" if p.is_reporter else "mentioned_in"
            G.add_edge(pid, art, rel=rel, article=a.id, spans=[list(s) for s in p.spans])
            for t in p.titles:
                if not t.org or p.is_reporter:
                    continue
                oid = res.org_of.get((a.id, t.org))
                if oid is None:
                    continue
                G.add_edge(pid, oid, rel="holds_post", post=t.post, surface=t.surface, org=t.org,
                           org_full=t.org_full, article=a.id, span=list(t.span), date=a.date)
        for i, e in enumerate(rec.events, start=1):
            eid = stable_id("event", a.id, str(i), e.name)
            G.add_node(eid, type="event", label=e.name or a.headline or a.id, event_type=e.kind.value, date=e.date,
                       place=e.place, host=e.host, article=a.id)
            G.add_edge(eid, art, rel="reported_in", article=a.id, span=list(e.span) if e.span else None)
            for part in e.participants:
                pid = res.person_of.get((a.id, part.name))
                if pid is None:
                    continue
                G.add_edge(pid, eid, rel="attended", roles=list(part.roles), order=part.order, title=part.title,
                           article=a.id, span=list(part.span) if part.span else None, date=e.date)
            for name in e.visited:
                oid = res.org_of.get((a.id, name))
                if oid is not None:
                    G.add_edge(eid, oid, rel="visited", article=a.id, date=e.date)
    for pid, ds in person_dates.items():
        G.nodes[pid]["first_seen"] = min(ds)
        G.nodes[pid]["last_seen"] = max(ds)
    for pid in G.nodes:
        if G.nodes[pid].get("type") == "person":
            G.nodes[pid]["n_articles"] = len(res.persons[pid].articles)
    _add_co_attendance(G)
    return G


def _add_co_attendance(G: nx.MultiDiGraph) -> None:
    """Add one ``co_attended`` edge per pair of persons who attended the same event (count, events)."""
    attendees: dict[str, list[str]] = defaultdict(list)
    for u, v, d in G.edges(data=True):
        if d.get("rel") == "attended":
            attendees[v].append(u)
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event, people in attendees.items():
        people = sorted(set(people))
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                pairs[(a, b)].append(event)
    for (a, b), events in sorted(pairs.items()):
        G.add_edge(a, b, rel="co_attended", count=len(events), events=sorted(events))
