"""The ``kg extract`` JSON Lines format: one object per article (schema in ``schema/article.schema.json``).

This format is a public interface: fields may be added, never renamed or removed.
``record_to_json`` and ``record_from_json`` are inverse of each other.
"""
from __future__ import annotations

import json
import sys
from importlib import resources
from typing import Any

from extract.records import (
    SCHEMA_VERSION,
    Appointment,
    AppointmentAction,
    Article,
    ArticlePart,
    ArticleRecord,
    Event,
    EventKind,
    OffsetMap,
    Organization,
    OrgKind,
    PageInfo,
    Participant,
    Person,
    Place,
    Role,
    Title,
)


def _span(s) -> list[int] | None:
    return [s[0], s[1]] if s is not None else None


def record_to_json(rec: ArticleRecord) -> dict[str, Any]:
    a = rec.article
    page = None
    if a.page is not None:
        page = {"publication": a.page.publication, "issue": a.page.issue, "page": a.page.page, "date": a.page.date}
    return {
        "schema_version": SCHEMA_VERSION,
        "id": a.id,
        "source": a.source,
        "source_span": _span(a.source_span),
        "headline": a.headline,
        "subheadline": a.subheadline,
        "headline_only": a.headline_only,
        "date": a.date,
        "page": page,
        "text": a.text,
        "persons": [_person(p) for p in rec.persons],
        "organizations": [
            {"name": o.name, "type": o.kind.value, "spans": [_span(s) for s in o.spans], "full_name": o.full_name}
            for o in rec.organizations
        ],
        "events": [_event(e) for e in rec.events],
        # additions beyond the first published shape
        "dateline": a.dateline,
        "byline": a.byline,
        "url": a.url,
        "publication": a.publication,
        "continues_on": a.continues_on,
        "continued_from": a.continued_from,
        "body_start": a.body_start,
        "offsets": a.offsets.to_json(),
        "parts": [{"source": pt.source, "source_span": _span(pt.source_span), "text_span": _span(pt.text_span),
                   "offsets": pt.offsets.to_json()} for pt in a.parts],
        "warnings": list(rec.warnings),
        "place": _place(rec.place),
        "column": a.column,
        "appointments": [_appointment(x) for x in rec.appointments],
    }


def _appointment(x: Appointment) -> dict[str, Any]:
    return {"name": x.name, "action": x.action.value, "post": x.post, "org": x.org, "org_full": x.org_full,
            "date": x.date, "surface": x.surface, "span": _span(x.span)}


def _place(place: Place | None) -> dict[str, str | None] | None:
    if not place:
        return None
    return {"province": place.province, "city": place.city, "county": place.county}


def _place_from(d: dict[str, Any] | None) -> Place | None:
    if not d:
        return None
    return Place(province=_same(d.get("province")), city=_same(d.get("city")), county=_same(d.get("county"))) or None


def _person(p: Person) -> dict[str, Any]:
    return {
        "name": p.name,
        "titles": [
            {"post": t.post, "org": t.org, "surface": t.surface, "span": _span(t.span), "org_full": t.org_full,
             "former": t.former}
            for t in p.titles
        ],
        "roles": [r.role for r in p.roles],
        "is_reporter": p.is_reporter,
        "spans": [_span(s) for s in p.spans],
        "role_spans": [_span(r.span) for r in p.roles],
    }


def _event(e: Event) -> dict[str, Any]:
    return {
        "name": e.name,
        "type": e.kind.value,
        "date": e.date,
        "place": e.place,
        "host": e.host,
        "visited": list(e.visited),
        "participants": [
            {"name": p.name, "roles": list(p.roles), "order": p.order, "title": p.title, "span": _span(p.span)}
            for p in e.participants
        ],
        "span": _span(e.span),
        "trigger": e.trigger,
    }


def _tspan(v) -> tuple[int, int] | None:
    return (int(v[0]), int(v[1])) if v is not None else None


def _same(value: str | None) -> str | None:
    """One shared string for a value that repeats across records (a name, a post, an organ, a date).

    A store of 100,000 articles names the same officials, posts and organs again and again:
    sharing the strings is a tenth of the records' memory."""
    return sys.intern(value) if type(value) is str else value


def record_from_json(d: dict[str, Any]) -> ArticleRecord:
    """Read back one line of ``kg extract`` (fields added later are ignored when absent)."""
    page = None
    if d.get("page"):
        p = d["page"]
        page = PageInfo(publication=_same(p.get("publication")), issue=p.get("issue"), page=p.get("page"),
                        date=_same(p.get("date")))
    offsets = OffsetMap(tuple((int(a), int(b)) for a, b in d.get("offsets") or [[0, 0]]))
    article = Article(
        id=d["id"], source=d.get("source") or "", text=d["text"], source_span=_tspan(d.get("source_span") or [0, 0]),
        offsets=offsets, headline=d.get("headline"), subheadline=d.get("subheadline"),
        headline_only=bool(d.get("headline_only")), date=_same(d.get("date")), page=page, dateline=d.get("dateline"),
        byline=d.get("byline"), continues_on=d.get("continues_on"), continued_from=d.get("continued_from"),
        url=d.get("url"), publication=_same(d.get("publication")), body_start=int(d.get("body_start") or 0),
        column=_same(d.get("column")),
        parts=tuple(ArticlePart(pt["source"], _tspan(pt["source_span"]), _tspan(pt["text_span"]),
                                OffsetMap(tuple((int(x), int(y)) for x, y in pt.get("offsets") or [[0, 0]])))
                    for pt in d.get("parts") or ()),
    )
    persons = []
    for p in d.get("persons", []):
        role_spans = p.get("role_spans") or [None] * len(p.get("roles", []))
        persons.append(Person(
            name=_same(p["name"]),
            titles=tuple(Title(_same(t["post"]), _same(t.get("org")), _same(t.get("surface") or t["post"]),
                               _tspan(t.get("span") or [0, 0]), _same(t.get("org_full")), bool(t.get("former")))
                         for t in p.get("titles", [])),
            roles=tuple(Role(_same(r), _tspan(s) or (0, 0)) for r, s in zip(p.get("roles", []), role_spans)),
            is_reporter=bool(p.get("is_reporter")),
            spans=tuple(_tspan(s) for s in p.get("spans", [])),
        ))
    orgs = tuple(Organization(_same(o["name"]), OrgKind(o.get("type") or "other"),
                              tuple(_tspan(s) for s in o.get("spans", [])), _same(o.get("full_name")))
                 for o in d.get("organizations", []))
    events = tuple(Event(
        name=e.get("name") or "", kind=EventKind(e.get("type") or "other"), date=_same(e.get("date")),
        place=_same(e.get("place")), host=_same(e.get("host")), visited=tuple(_same(v) for v in e.get("visited") or ()),
        participants=tuple(Participant(_same(p["name"]), tuple(_same(r) for r in p.get("roles") or ()),
                                       int(p.get("order") or 0), _same(p.get("title")), _tspan(p.get("span")))
                           for p in e.get("participants", [])),
        span=_tspan(e.get("span")), trigger=_same(e.get("trigger")),
    ) for e in d.get("events", []))
    appointments = tuple(Appointment(
        name=_same(x["name"]), action=AppointmentAction(x["action"]), post=_same(x["post"]), org=_same(x.get("org")),
        surface=x.get("surface") or "", span=_tspan(x.get("span") or [0, 0]), date=_same(x.get("date")),
        org_full=_same(x.get("org_full")),
    ) for x in d.get("appointments") or ())
    return ArticleRecord(article=article, persons=tuple(persons), organizations=orgs, events=events,
                         warnings=tuple(d.get("warnings") or ()), place=_place_from(d.get("place")),
                         appointments=appointments)


def dumps(rec: ArticleRecord) -> str:
    return json.dumps(record_to_json(rec), ensure_ascii=False, separators=(",", ":"))


def schema() -> dict[str, Any]:
    """The JSON Schema of one line of ``kg extract``."""
    text = resources.files("extract").joinpath("schema/article.schema.json").read_text(encoding="utf-8")
    return json.loads(text)
