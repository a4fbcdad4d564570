"""FollowTheMoney entities as JSON lines, for Aleph, nomenklatura and the ``ftm`` tools.

    person                  Person (topics ``role.pep`` when seen holding a party,
                            government or congress post)
    organization            PublicBody (party, government, congress), Company, or Organization
    article                 Article (title, publishedAt, publisher, bodyText, author = the byline)
    a post of an organization   Position (name = organization + post, organization)
    person -holds_post->    Occupancy (holder, post, date = the days seen, proof = articles)
    event                   Event (name, date, location, involved = participants and places visited,
                            organizer when the host is a known organization, proof = article)
    person -attended->      UnknownLink (subject = person, object = event, role = the roles as
                            written, date; description = listed order and title)
    mentioned / reported    Documentation (document = article, entity, role = mentioned | reporter)

Co-attendance is left out: FtM has no statistic of ties, and it follows from the
events' ``involved``.  The file is written without the ``followthemoney``
package; the tests validate it with that package's model.  Ids are hashes of
the graph's ids, so a rerun gives the same ids.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Iterator

import networkx as nx

from kg.export import atomic_path
from kg.keys import article_node_id

_PREFIX = "okg"
_PUBLIC = {"party", "government", "congress"}
_ORG_SCHEMA = {"party": "PublicBody", "government": "PublicBody", "congress": "PublicBody", "company": "Company"}


def _id(*parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{_PREFIX}-{digest}"


def _entity(schema: str, eid: str, **props) -> dict:
    clean = {}
    for k, v in props.items():
        if isinstance(v, set):
            values = sorted(v)
        elif isinstance(v, list | tuple):
            values = list(v)
        else:
            values = [v]
        values = [str(x) for x in values if x not in (None, "")]
        if values:
            clean[k] = list(dict.fromkeys(values))
    return {"id": eid, "schema": schema, "properties": clean}


def _day(value) -> str | None:
    return value if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-" else None


def ftm_entities(G: nx.MultiDiGraph) -> Iterator[dict]:
    """The FtM entities of ``G`` as dicts ``{"id", "schema", "properties"}``, entities before the links to them."""
    ids = {n: _id(n) for n in G}
    nodes = dict(G.nodes(data=True))
    edges = list(G.edges(keys=True, data=True))

    pep = {u for u, v, _, d in edges if d.get("rel") == "holds_post" and nodes[v].get("org_type") in _PUBLIC}
    authors = defaultdict(list)
    for u, v, _, d in edges:
        if d.get("rel") == "reported":
            authors[v].append(nodes[u].get("name") or nodes[u].get("label"))
    org_by_name = {}
    for n, d in nodes.items():
        if d.get("type") == "organization":
            for name in [d.get("label"), *(d.get("aliases") or [])]:
                if name:
                    org_by_name.setdefault(name, n)

    for n in sorted(nodes):
        d = nodes[n]
        kind = d.get("type")
        if kind == "person":
            yield _entity("Person", ids[n], name=d.get("name") or d.get("label"),
                          topics="role.pep" if n in pep else None)
        elif kind == "organization":
            yield _entity(_ORG_SCHEMA.get(d.get("org_type"), "Organization"), ids[n], name=d.get("label"),
                          alias=[a for a in d.get("aliases") or [] if a != d.get("label")])
        elif kind == "article":
            yield _entity("Article", ids[n], title=d.get("headline") or d.get("label"),
                          publishedAt=_day(d.get("date")), publisher=d.get("publication"),
                          bodyText=d.get("text"), fileName=d.get("source"), author=authors.get(n, []),
                          language="zho")
    involved = defaultdict(list)
    for u, v, _, d in edges:
        if d.get("rel") == "attended":
            involved[v].append(ids[u])
        elif d.get("rel") == "visited":
            involved[u].append(ids[v])
    for n in sorted(nodes):
        d = nodes[n]
        if d.get("type") != "event":
            continue
        host = org_by_name.get(d.get("host")) if d.get("host") else None
        art = article_node_id(d["article"]) if d.get("article") else None
        yield _entity("Event", ids[n], name=d.get("label"), date=_day(d.get("date")), location=d.get("place"),
                      keywords=d.get("event_type"), involved=involved.get(n, []),
                      organizer=ids[host] if host else None, proof=ids[art] if art in ids else None)

    posts: dict[tuple[str, str], dict] = {}
    for u, v, _, d in edges:
        if d.get("rel") != "holds_post":
            continue
        post = d.get("post") or ""
        occ = posts.setdefault((u, v, post), {"dates": set(), "proof": set(), "titles": set()})
        for k in ("date", "first_seen", "last_seen"):
            if _day(d.get(k)):
                occ["dates"].add(d[k])
        for a in d.get("articles") or ([d["article"]] if d.get("article") else []):
            if article_node_id(a) in ids:
                occ["proof"].add(ids[article_node_id(a)])
        if d.get("surface"):
            occ["titles"].add(d["surface"])
    seen_positions = set()
    for (u, v, post), occ in sorted(posts.items()):
        pos_id = _id("position", v, post)
        if pos_id not in seen_positions:
            seen_positions.add(pos_id)
            yield _entity("Position", pos_id, name=f"{nodes[v].get('label') or ''}{post}",
                          organization=ids[v])
        yield _entity("Occupancy", _id("occupancy", u, v, post), holder=ids[u], post=pos_id,
                      date=occ["dates"], proof=occ["proof"], summary=occ["titles"])

    for u, v, k, d in sorted(edges, key=lambda e: (e[0], e[1], str(e[2]))):
        rel = d.get("rel")
        if rel == "attended":
            art = article_node_id(d["article"]) if d.get("article") else None
            note = [f"order {d['order']}" if d.get("order") is not None else None,
                    f"title {d['title']}" if d.get("title") else None]
            yield _entity("UnknownLink", _id("attended", u, v, str(k)), subject=ids[u], object=ids[v],
                          role=list(d.get("roles") or []) or "participant", date=_day(d.get("date")),
                          description="; ".join(x for x in note if x), proof=ids[art] if art in ids else None)
        elif rel in ("mentioned_in", "reported") and nodes[v].get("type") == "article":
            yield _entity("Documentation", _id(rel, u, v, str(k)), document=ids[v], entity=ids[u],
                          role="reporter" if rel == "reported" else "mentioned")


def write_ftm(G: nx.MultiDiGraph, path: str | os.PathLike) -> int:
    """Write the entities as JSON lines (one entity a line); returns how many.

    A lone surrogate (text decoded with ``surrogateescape``), which UTF-8 cannot hold, is
    written as its JSON escape ``\\udcbb`` and so reads back as it was.
    """
    n = 0
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", errors="backslashreplace") as fh:
        for entity in ftm_entities(G):
            fh.write(json.dumps(entity, ensure_ascii=False, sort_keys=True))
            fh.write("\n")
            n += 1
    return n
