"""Mentions -> entities: which persons and organizations across articles are the same.

A person is one entity per name unless the evidence says two people share it:
posts in different jurisdictions (a 李俊 who is 区委书记 of one district and a 李俊
who is 局长 in another province).  Organizations are one entity per expanded
name (市委 in a Hangzhou paper = 杭州市委).  Ids are hashes of content, so a
rerun gives the same ids and diffable outputs.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from extract.records import ArticleRecord, OrgKind, Person, Title


def stable_id(kind: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join((kind,) + parts).encode("utf-8")).hexdigest()[:12]
    return f"{kind}:{digest}"


def article_node_id(article_id: str) -> str:
    return f"article:{article_id}"


@dataclass(frozen=True)
class PersonEntity:
    id: str
    name: str
    key: str                        # the name, with a disambiguating jurisdiction where homonyms exist
    articles: tuple[str, ...]
    is_reporter: bool


@dataclass(frozen=True)
class OrgEntity:
    id: str
    name: str                       # the fullest form seen (杭州市委)
    kind: OrgKind
    aliases: tuple[str, ...]


@dataclass
class Resolution:
    """Where each article's person and organization goes."""

    persons: dict[str, PersonEntity] = field(default_factory=dict)
    orgs: dict[str, OrgEntity] = field(default_factory=dict)
    person_of: dict[tuple[str, str], str] = field(default_factory=dict)    # (article id, name) -> entity id
    org_of: dict[tuple[str, str], str] = field(default_factory=dict)       # (article id, name) -> entity id
    reasons: dict[str, list[str]] = field(default_factory=dict)           # entity id -> why merged / split


def _jurisdiction(titles: Sequence[Title]) -> str | None:
    """The most specific expanded organ a person's titles name (for telling homonyms apart)."""
    for t in titles:
        if t.org_full:
            return t.org_full
    return None


def resolve(records: Iterable[ArticleRecord]) -> Resolution:
    """Group person and organization mentions of all articles into entities."""
    records = list(records)
    res = Resolution()
    by_name: dict[str, list[tuple[ArticleRecord, Person]]] = defaultdict(list)
    for rec in records:
        for p in rec.persons:
            by_name[p.name].append((rec, p))
    for name, occurrences in sorted(by_name.items()):
        # Split a name only when two occurrences name different places of the same organ level.
        groups: dict[str, list[tuple[ArticleRecord, Person]]] = defaultdict(list)
        places = {_place_key(p.titles) for _, p in occurrences} - {None}
        for rec, p in occurrences:
            key = _place_key(p.titles) if len(places) > 1 else None
            groups[key or ""].append((rec, p))
        for key, occ in sorted(groups.items()):
            if key == "" and len(groups) > 1:
                # no place evidence: attach to the largest group rather than inventing a new person
                target = max((k for k in groups if k), key=lambda k: len(groups[k]))
                groups[target].extend(occ)
                continue
        for key, occ in sorted(groups.items()):
            if key == "" and len(groups) > 1:
                continue
            ent_key = f"{name}@{key}" if key else name
            eid = stable_id("person", ent_key)
            arts = tuple(dict.fromkeys(rec.article.id for rec, _ in occ))
            res.persons[eid] = PersonEntity(eid, name, ent_key, arts, all(p.is_reporter for _, p in occ))
            reasons = [f"{len(occ)} mention group(s) named {name}"]
            if key:
                reasons.append(f"kept apart from other {name}: posts in {key}")
            res.reasons[eid] = reasons
            for rec, _ in occ:
                res.person_of[(rec.article.id, name)] = eid
    org_names: dict[str, tuple[OrgKind, set[str]]] = {}
    for rec in records:
        for o in rec.organizations:
            key = _org_key(o.full_name or o.name)
            kind, aliases = org_names.setdefault(key, (o.kind, set()))
            aliases.add(o.name)
            res.org_of[(rec.article.id, o.name)] = stable_id("org", key)
    for key, (kind, aliases) in sorted(org_names.items()):
        eid = stable_id("org", key)
        res.orgs[eid] = OrgEntity(eid, key, kind, tuple(sorted(aliases)))
    return res


def _place_key(titles: Sequence[Title]) -> str | None:
    """The province-or-city part of the first expanded organ: 杭州市委 -> 杭州市."""
    full = _jurisdiction(titles)
    if not full:
        return None
    for level_char in ("市", "省", "区", "县"):
        i = full.find(level_char)
        if 0 < i <= 6:
            return full[: i + 1]
    return None


def _org_key(name: str) -> str:
    """Full-width and half-width forms of the same name are one name."""
    table = {ord("（"): "(", ord("）"): ")", ord("\u3000"): " "}
    out = name.translate(table)
    return "".join(chr(ord(c) - 0xFEE0) if "！" <= c <= "～" else c for c in out).strip()
