"""Records and their resolution -> one ``networkx.MultiDiGraph`` (pure: builds a new graph).

Nodes (attribute ``type``): person, organization, event, article.
Edges (attribute ``rel``), each with the article and the character span it came from:

    person (node attribute posts_without_org: the posts whose organ is no organization node,
            such as 副省长 or 区长, each with its article, span and date)
    person  -holds_post->   organization   post, surface, date; first_seen, last_seen, n_articles of that
                                           post in that organ (the person's career)
    person  -attended->     event          roles, order, title, date
    person  -mentioned_in-> article        spans
    person  -reported->     article        (bylines)
    organization -mentioned_in-> article
    event   -reported_in->  article
    event   -visited->      organization
    person  -co_attended->  person         count, events, score (added by analytics)
    event (node attributes pairs_omitted=True and n_attendees where the event has more
           than MAX_PAIRED_ATTENDEES attendees and so no co_attended pairs; see below)

Near-duplicates (one report reposted with small edits) stay as articles of their
own, each a source, and the copies carry ``duplicate_of`` (the group's first
article); counts count a group once: a person's ``n_articles`` (``n_copies`` counts
every copy), the careers, and the ``count`` of co-attendance.

Person nodes carry their career in scalar form: ``first_seen``, ``last_seen``,
``n_articles``, ``n_copies``, ``n_posts``, ``career`` (``2021-03-01 +钱塘区区长;
2023-05-02 +钱塘区委书记 -钱塘区区长``) and ``place`` (the place their posts name).

An event with more than ``MAX_PAIRED_ATTENDEES`` attendees (a congress's delegates,
a roll of award winners, a list of every cadre present) is a roll of names, not a
meeting where everyone met: it gets no ``co_attended`` edges, which would number
k(k-1)/2 for k attendees (a list of 10,000 names: 50 million), its attendees stay
linked through the event node, and the node carries ``pairs_omitted=True`` and
``n_attendees`` (the number of persons it lists).
The analytics leave such events out of co-attendance and protocol rank as well.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

import networkx as nx

from extract import ArticleRecord
from kg.careers import Career, careers, spell_of
from kg.keys import article_node_id, stable_id
from kg.resolve import MAX_PAIRED_ATTENDEES, Resolution, resolve


def build_graph(records: Iterable[ArticleRecord], resolution: Resolution | None = None, *,
                duplicates: Mapping[str, str] | None = None,
                career: Mapping[str, Career] | None = None) -> nx.MultiDiGraph:
    """Build the knowledge graph of ``records``.

    ``resolution`` defaults to ``resolve(records)``; ``duplicates`` maps an article id
    to the first article of its near-duplicate group (``Store.duplicates``); ``career``
    defaults to ``careers(records, resolution, duplicates=duplicates)``.

    Examples
    --------
    >>> from extract import extract_text
    >>> G = build_graph(extract_text("本报讯 25日,市委书记刘非出席会议。", date="2025-09-26"))
    >>> sorted({d["type"] for _, d in G.nodes(data=True)})
    ['article', 'event', 'organization', 'person']
    """
    records = list(records)
    res = resolution or resolve(records)
    dup = dict(duplicates or {})
    career = career if career is not None else careers(records, res, duplicates=dup)
    G = nx.MultiDiGraph()
    person_dates: dict[str, list[str]] = defaultdict(list)
    for rec in records:
        a = rec.article
        art = article_node_id(a.id)
        G.add_node(art, type="article", label=a.headline or a.id, headline=a.headline, date=a.date,
                   source=a.source, publication=(a.page.publication if a.page else a.publication),
                   headline_only=a.headline_only, text=a.text)
        if dup.get(a.id, a.id) != a.id:
            G.nodes[art]["duplicate_of"] = dup[a.id]
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
                G.add_node(pid, type="person", label=ent.name, name=ent.name, is_reporter=ent.is_reporter,
                           key=ent.key, place=ent.place)
            if a.date:
                person_dates[pid].append(a.date)
            rel = "reported" if p.is_reporter else "mentioned_in"
            G.add_edge(pid, art, rel=rel, article=a.id, spans=[list(s) for s in p.spans])
            for t in p.titles:
                if p.is_reporter:
                    continue
                oid = res.org_of.get((a.id, t.org)) if t.org else None
                if oid is None:
                    # 副省长, 区长, 拿督阿玛: a post with no organization node (none written, or a place)
                    G.nodes[pid].setdefault("posts_without_org", []).append(
                        {"post": t.post, "org": t.org, "org_full": t.org_full, "surface": t.surface,
                         "article": a.id, "span": list(t.span), "date": a.date})
                    continue
                spell = spell_of(career[pid], t.post, oid) if pid in career else None
                extra = {}
                if spell is not None:
                    extra = {"first_seen": spell.first_seen, "last_seen": spell.last_seen,
                             "n_articles": spell.n_articles}
                G.add_edge(pid, oid, rel="holds_post", post=t.post, surface=t.surface, org=t.org,
                           org_full=t.org_full, article=a.id, span=list(t.span), date=a.date, **extra)
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
        node = G.nodes[pid]
        if node.get("type") != "person":
            continue
        arts = res.persons[pid].articles
        node["n_articles"] = len({dup.get(x, x) for x in arts})
        node["n_copies"] = len(arts)
        c = career.get(pid)
        if c is not None:
            node["n_posts"] = len(c.posts)
            node["career"] = c.summary()
    _add_co_attendance(G, dup)
    return G


def _add_co_attendance(G: nx.MultiDiGraph, duplicates: Mapping[str, str] | None = None) -> None:
    """Add one ``co_attended`` edge per pair of persons who attended the same event (count, events).

    ``count`` counts the events of one report once across its near-duplicate copies:
    for each group of copies, the most shared events any one copy reports.  An event
    with more than ``MAX_PAIRED_ATTENDEES`` attendees gives no pairs and is marked
    ``pairs_omitted=True`` (with ``n_attendees``) instead.
    """
    dup = duplicates or {}
    attendees: dict[str, list[str]] = defaultdict(list)
    for u, v, d in G.edges(data=True):
        if d.get("rel") == "attended":
            attendees[v].append(u)
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event, people in attendees.items():
        people = sorted(set(people))
        if len(people) > MAX_PAIRED_ATTENDEES:
            G.nodes[event].update(pairs_omitted=True, n_attendees=len(people))
            continue
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                pairs[(a, b)].append(event)
    for (a, b), events in sorted(pairs.items()):
        per_article: dict[str, int] = defaultdict(int)
        for e in events:
            per_article[G.nodes[e].get("article") or e] += 1
        per_story: dict[str, int] = defaultdict(int)
        for art, n in per_article.items():
            story = dup.get(art, art)
            per_story[story] = max(per_story[story], n)
        G.add_edge(a, b, rel="co_attended", count=sum(per_story.values()), events=sorted(events))
