"""Why the mentions of a name were merged or kept apart: the text of ``kg explain NAME``.

    explain(name, records, resolution, *, career=None, duplicates=None) -> list of lines
    explain_event(name_or_id, groups, *, labels=None)                   -> list of lines (kg explain --event)
    why_apart(groups, node_a, node_b)                                   -> why two event nodes stayed apart

Pure: the caller loads the records (those that mention the name are enough, since
a name is resolved from its own articles) and prints the lines.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from extract import ArticleRecord
from kg.careers import Career
from kg.keys import name_key
from kg.resolve import Resolution

if TYPE_CHECKING:
    from kg.events import EventGroups


def entities_named(name: str, resolution: Resolution) -> list[str]:
    """Ids of the entities that a mention written ``name`` went to, or whose key or name is ``name``."""
    key = name_key(name)
    out = {eid for (_, n), eid in resolution.person_of.items() if name_key(n) == key}
    out |= {eid for (_, n), eid in resolution.org_of.items() if name_key(n) == key}
    out |= {e.id for e in resolution.persons.values() if name_key(e.name) == key or e.key == name.strip()}
    out |= {e.id for e in resolution.orgs.values() if name_key(e.name) == key or e.key == key}
    persons = sorted((e for e in out if e in resolution.persons), key=lambda e: resolution.persons[e].key)
    orgs = sorted((e for e in out if e in resolution.orgs), key=lambda e: resolution.orgs[e].key)
    return persons + orgs


def explain(name: str, records: Iterable[ArticleRecord], resolution: Resolution, *,
            career: Mapping[str, Career] | None = None, duplicates: Mapping[str, str] | None = None) -> list[str]:
    """Lines that say which entities the mentions of ``name`` went to, why, and in which articles.

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.resolve import resolve
    >>> recs = extract_text("本报讯 25日,区委书记王强出席会议。", date="2025-09-26", locale="浙江省/杭州市/钱塘区")
    >>> print(explain("王强", recs, resolve(recs))[0])
    王强: 1 person
    """
    records = {r.article.id: r for r in records}
    dup = duplicates or {}
    career = career or {}
    ids = entities_named(name, resolution)
    persons = [e for e in ids if e in resolution.persons]
    orgs = [e for e in ids if e in resolution.orgs]
    counts = []
    if persons:
        counts.append(f"{len(persons)} person{'s' if len(persons) > 1 else ''}")
    if orgs:
        counts.append(f"{len(orgs)} organization{'s' if len(orgs) > 1 else ''}")
    if not ids:
        return [f"{name}: no person or organization of that name"]
    lines = [f"{name}: {', '.join(counts)}"]
    decisions: dict[str, list] = defaultdict(list)
    for d in resolution.decisions:
        decisions[d.entity].append(d)
    for i, eid in enumerate(ids, start=1):
        ent = resolution.persons.get(eid) or resolution.orgs.get(eid)
        arts = sorted(ent.articles, key=lambda a: (records[a].article.date or "" if a in records else "", a))
        stories = len({dup.get(a, a) for a in arts})
        dates = sorted(records[a].article.date for a in arts if a in records and records[a].article.date)
        span = f", {dates[0]} .. {dates[-1]}" if dates else ""
        where = getattr(ent, "place", None)
        kind = "person" if eid in resolution.persons else f"organization ({ent.kind.value})"
        head = f"{i}. {ent.key or ent.name}  [{eid}]  {kind}"
        if ent.name != (ent.key or ent.name).split("@", 1)[0]:
            head += f", shown as {ent.name}"
        lines.append("")
        lines.append(head)
        lines.append(f"   {len(arts)} article(s), {stories} report(s){span}" + (f"; place {where}" if where else ""))
        for reason in resolution.reasons.get(eid, []):
            lines.append(f"   why: {reason}")
        c = career.get(eid)
        if c is not None and c.changes:
            lines.append(f"   career: {c.summary()}")
        by_article: dict[str, list] = defaultdict(list)
        for d in decisions.get(eid, []):
            by_article[d.article].append(d)
        lines.append("   articles:")
        for aid in arts:
            rec = records.get(aid)
            a = rec.article if rec else None
            headline = (a.headline or "(no headline)") if a else "(not loaded)"
            lines.append(f"     {(a.date if a else None) or '----------'}  {aid}  {headline}")
            if aid in dup and dup[aid] != aid:
                lines.append(f"       near-duplicate of {dup[aid]}: counted once")
            for d in by_article.get(aid, []):
                titles = _titles(rec, d.name) if rec else ""
                lines.append(f"       {d.name}{' (' + titles + ')' if titles else ''}: {d.reason}")
    return lines


def _titles(rec: ArticleRecord, name: str) -> str:
    for p in rec.persons:
        if p.name == name:
            return "、".join(dict.fromkeys(t.surface for t in p.titles))
    return ""


# ---------------------------------------------------------------------------
# events: kg explain --event NAME-OR-ID
# ---------------------------------------------------------------------------

def events_named(query: str, groups) -> list[str]:
    """The event nodes ``query`` names: an event's or a report's id, else every event one of whose
    reports' names holds the query (as ``name_key`` writes names)."""
    q = query.strip()
    if q in groups.reports:
        return [_node_of_report(groups, q)]
    key = name_key(q)
    nodes = {_node_of_report(groups, r.id) for r in groups.reports.values() if key and key in name_key(r.name or "")}
    return sorted(nodes, key=lambda n: (groups.reports[n].date or "", n))


def _node_of_report(groups, rid: str) -> str:
    r = groups.reports[rid]
    return groups.node(r.article, r.index) or rid


def explain_event(query: str, groups, *, labels: Mapping[str, str] | None = None) -> list[str]:
    """Lines that say which reports each event named ``query`` was made of, why they were merged, and
    why the reports most like them were kept apart (``groups``: ``kg.events.EventGroups``;
    ``labels``: person id -> name, to show the persons in common).

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.events import group_events
    >>> from kg.resolve import resolve
    >>> recs = (extract_text("25日,全市安全生产工作会议召开,市委书记刘非出席。", date="2025-09-26", id="a")
    ...         + extract_text("本报讯 25日,市委书记刘非出席全市安全生产工作会议。", date="2025-09-26", id="b"))
    >>> print(explain_event("安全生产", group_events(recs, resolve(recs)))[0])
    安全生产: 1 event
    """
    from kg.events import compare, event_attributes

    nodes = events_named(query, groups)
    if not nodes:
        return [f"{query}: no event of that name or id"]
    lines = [f"{query}: {len(nodes)} event{'s' if len(nodes) > 1 else ''}"]
    for i, node in enumerate(nodes, start=1):
        attrs = event_attributes(groups, node)
        members = groups.members.get(node, (node,))
        lines.append("")
        lines.append(f"{i}. {attrs.get('label')}  [{node}]  {attrs.get('event_type')}, {attrs.get('date') or 'no date'}; "
                     f"{len(members)} report{'s' if len(members) > 1 else ''}")
        lines.append("   reports:")
        for rid in members:
            r = groups.reports[rid]
            pub = f"  {r.publication}" if r.publication else ""
            lines.append(f"     {r.published or '----------'}  {r.article}{pub}  {r.name or '(no name)'}  [{rid}]"
                         f"  event date {r.date if r.own_date else 'not given'}, {len(r.persons)} person(s)")
        inside = set(members)
        merged, apart = [], []
        for v in groups.verdicts:
            if v.a in inside and v.b in inside:
                merged.append(v)
            elif v.a in inside or v.b in inside:
                apart.append(v)
        for x in members:
            for y in members:
                if x < y and not any((v.a, v.b) == (x, y) for v in merged):
                    merged.append(compare(groups.reports[x], groups.reports[y], labels=labels))
        if merged:
            lines.append("   why one event:")
            for v in merged:
                lines.append(f"     {v.a} + {v.b}: {'; '.join(v.reasons)}")
        for line in groups.forced:
            if any(m in line for m in members):
                lines.append(f"   alias file: {line}")
        if apart:
            lines.append("   kept apart:")
            for v in sorted(apart, key=lambda v: (not v.same, -v.score, v.a, v.b)):
                other, mine = (v.b, v.a) if v.a in inside else (v.a, v.b)
                r = groups.reports[other]
                if v.same:
                    why = f"alike ({'; '.join(v.reasons)}), but {why_apart(groups, node, _node_of_report(groups, other))}"
                else:
                    why = "; ".join(v.reasons)
                versus = f" vs {mine}" if len(members) > 1 else ""
                lines.append(f"     {other} ({r.published or '----------'} {r.article} {r.name or '(no name)'}){versus}: "
                             f"{why}")
    return lines


def why_apart(groups: EventGroups, node_a: str, node_b: str) -> str:
    """Why two event nodes stayed apart: a pair of their reports kept apart by a fact, an alias row, or one
    article reporting both."""
    verdicts = {(v.a, v.b): v for v in groups.verdicts}
    for x in groups.members.get(node_a, ()):
        for y in groups.members.get(node_b, ()):
            rx, ry = groups.reports[x], groups.reports[y]
            if rx.article == ry.article:
                return f"one article ({rx.article}) reports both"
            v = verdicts.get((x, y) if x < y else (y, x))
            if v is not None and v.hard:
                return f"{x} and {y}: {v.reasons[0]}"
    for line in groups.forced:
        if "kept apart" in line and any(m in line for m in groups.members.get(node_a, ())) \
                and any(m in line for m in groups.members.get(node_b, ())):
            return line
    return "not compared"
