"""Records and their resolution -> one ``networkx.MultiDiGraph`` (pure: builds a new graph).

Nodes (attribute ``type``): person, organization, event, article.
Edges (attribute ``rel``), each with the article and the character span it came from:

    person (node attribute posts_without_org: the posts whose organ is no organization node,
            such as 副省长 or 区长, each with its article, span and date)
    person  -holds_post->   organization   post, surface, date; first_seen, last_seen, n_articles of that
                                           post in that organ (the person's career); start, end, basis of
                                           the tenure the title belongs to (kg.tenures); an edge made from a
                                           decision alone (no title shows that post) has action instead
    person  -attended->     event          roles, order, title, date (articles: every report placing them)
    person  -mentioned_in-> article        spans
    person  -reported->     article        (bylines)
    organization -mentioned_in-> article
    event   -reported_in->  article        one per report of the event: span, name, report (its own id)
    event   -visited->      organization
    person  -co_attended->  person         count, events, score (added by analytics)
    event (node attributes label, event_type, date, place, host, article (the first report's),
           articles and n_reports: the reports of one event are one node, see kg.events;
           pairs_omitted=True and n_attendees where the event has more than
           MAX_PAIRED_ATTENDEES attendees and so no co_attended pairs; see below)

Near-duplicates (one report reposted with small edits) stay as articles of their
own, each a source, and the copies carry ``duplicate_of`` (the group's first
article); counts count a group once: a person's ``n_articles`` (``n_copies`` counts
every copy), the careers, and the ``count`` of co-attendance.

Person nodes carry their tenures (``tenures``: a list of :meth:`kg.tenures.Tenure.to_dict`) and the
decisions the articles state about them (``decisions``: appoint, remove, elect, nominate, propose,
resign, acting, each with its article, span and date); organization nodes carry the successions of
their posts (``successions``: :meth:`kg.tenures.Succession.to_dict`), with gaps and overlaps flagged.

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
from kg.events import EventGroups, event_attributes, group_events, report_id
from kg.keys import article_node_id
from kg.resolve import MAX_PAIRED_ATTENDEES, Resolution, resolve
from kg.tenures import Tenures, successions, tenures as read_tenures


def build_graph(records: Iterable[ArticleRecord], resolution: Resolution | None = None, *,
                duplicates: Mapping[str, str] | None = None,
                career: Mapping[str, Career] | None = None,
                events: EventGroups | None = None, tenures: Tenures | None = None) -> nx.MultiDiGraph:
    """Build the knowledge graph of ``records``.

    ``resolution`` defaults to ``resolve(records)``; ``duplicates`` maps an article id
    to the first article of its near-duplicate group (``Store.duplicates``); ``career``
    defaults to ``careers(records, resolution, duplicates=duplicates)``; ``events`` (which
    article events are reports of one event) to ``kg.events.group_events(records, resolution)``;
    ``tenures`` to ``kg.tenures.tenures(records, resolution, duplicates=duplicates)``.

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
    held = tenures if tenures is not None else read_tenures(records, res, duplicates=dup)
    groups = events if events is not None else group_events(records, res, duplicates=dup)
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
                tenure = held.of_title(a.id, p.name, t.span)
                when = {} if tenure is None else {"start": tenure.start, "end": tenure.end, "basis": tenure.basis}
                if t.former:
                    when["former"] = True       # 原主任: held before the article's day (no spell, no tenure)
                if oid is None:
                    # 副省长, 区长, 拿督阿玛: a post with no organization node (none written, or a place)
                    G.nodes[pid].setdefault("posts_without_org", []).append(
                        {"post": t.post, "org": t.org, "org_full": t.org_full, "surface": t.surface,
                         "article": a.id, "span": list(t.span), "date": a.date, **when})
                    continue
                spell = spell_of(career[pid], t.post, oid) if pid in career else None
                extra = {}
                if spell is not None:
                    extra = {"first_seen": spell.first_seen, "last_seen": spell.last_seen,
                             "n_articles": spell.n_articles}
                extra.update(when)
                G.add_edge(pid, oid, rel="holds_post", post=t.post, surface=t.surface, org=t.org,
                           org_full=t.org_full, article=a.id, span=list(t.span), date=a.date, **extra)
        for i, e in enumerate(rec.events, start=1):
            # reports of one event (two papers, a day apart) are one node (kg.events); each report an edge
            own = report_id(a.id, i, e.name)
            eid = groups.node(a.id, i) or own
            if eid not in G:
                G.add_node(eid, type="event", **(event_attributes(groups, eid) or {
                    "label": e.name or a.headline or a.id, "event_type": e.kind.value, "date": e.date,
                    "place": e.place, "host": e.host, "article": a.id}))
            G.add_edge(eid, art, rel="reported_in", article=a.id, span=list(e.span) if e.span else None,
                       name=e.name, report=own)
            for part in e.participants:
                pid = res.person_of.get((a.id, part.name))
                if pid is None:
                    continue
                _attend(G, pid, eid, dict(roles=list(part.roles), order=part.order, title=part.title, article=a.id,
                                          span=list(part.span) if part.span else None, date=e.date))
            for name in e.visited:
                oid = res.org_of.get((a.id, name))
                seen = G.get_edge_data(eid, oid, default={}).values()
                if oid is not None and not any(d.get("rel") == "visited" for d in seen):
                    G.add_edge(eid, oid, rel="visited", article=a.id, date=e.date)
    _add_tenures(G, held)
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


def _attend(G: nx.MultiDiGraph, person: str, event: str, edge: dict) -> None:
    """One ``attended`` edge per person and event: a person placed there by several reports keeps the
    listing (article, span, order, title) of the event's first report that names them, the roles of
    all, and ``articles``, every report that places them there."""
    for d in G.get_edge_data(person, event, default={}).values():
        if d.get("rel") == "attended":
            roles = list(dict.fromkeys(list(d.get("roles") or []) + edge["roles"]))
            articles = list(dict.fromkeys(d.get("articles", [d.get("article")]) + [edge["article"]]))
            first = G.nodes[event].get("articles") or []
            rank = {x: i for i, x in enumerate(first)}
            if rank.get(edge["article"], len(first)) < rank.get(d.get("article"), len(first)):
                d.update(edge)
            elif d.get("title") is None:
                d["title"] = edge["title"]
            d["roles"], d["articles"] = roles, sorted(articles, key=lambda x: (rank.get(x, len(first)), str(x)))
            return
    G.add_edge(person, event, rel="attended", **edge)


def _add_tenures(G: nx.MultiDiGraph, held: Tenures) -> None:
    """Person nodes get their ``tenures`` and ``decisions``, organization nodes the ``successions`` of their
    posts; a tenure that no title shows (a decision alone) gets a ``holds_post`` edge (or a
    ``posts_without_org`` entry) from its first decision, so that every tenure is on the graph."""
    by_person: dict[str, list] = defaultdict(list)
    for t in held:
        if t.person in G:
            by_person[t.person].append(t)
    for pid, ts in by_person.items():
        G.nodes[pid]["tenures"] = [t.to_dict() for t in ts]
    for d in held.decisions:
        if d.person in G:
            G.nodes[d.person].setdefault("decisions", []).append(d.to_dict())
    titled = set(held.by_title.values())
    for i, t in enumerate(held.tenures):
        if i in titled or not t.decisions or t.person not in G:
            continue
        d = t.decisions[0]
        post = f"代{t.post}" if t.acting else t.post
        attrs = {"post": post, "surface": d.surface, "article": d.article, "span": list(d.span), "date": d.date,
                 "action": d.action, "start": t.start, "end": t.end, "basis": t.basis}
        if t.organ is not None and t.organ in G:
            G.add_edge(t.person, t.organ, rel="holds_post", org=t.organ_name, org_full=None, **attrs)
        else:
            G.nodes[t.person].setdefault("posts_without_org", []).append(
                {"org": None, "org_full": t.organ_name or None, **attrs})
    for s in successions(held):
        for organ in dict.fromkeys(h.tenure.organ for h in s.holders):
            if organ is not None and organ in G:
                G.nodes[organ].setdefault("successions", []).append(s.to_dict())


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
