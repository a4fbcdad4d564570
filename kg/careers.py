"""Careers: for each person, the posts and organs the articles show, when, and how often.

A *spell* is one post in one organ (书记 of 钱塘区委) as the articles show it: the
first and last publication dates it is seen on and the number of articles that
show it.  Near-duplicate copies of one report count once (``duplicates`` maps an
article to the representative of its group, as ``Store.duplicates`` returns).
*Changes* list, in time order, the dates on which a post is first seen, with the
posts last seen before that date which are not seen again (区长 -> 区委书记).
Articles without a date count in ``n_articles`` but place nothing in time.

These are what the articles say, not an official record: a post first seen in
2023 may have been held for years before the first article read.

    careers(records, resolution, *, duplicates=None) -> {person id: Career}
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from extract import ArticleRecord, Title
from kg.resolve import Resolution


@dataclass(frozen=True, slots=True)
class PostSpell:
    post: str                       # 书记, as written without its organ
    organ: str | None               # the organization's entity id, None when the post names no organ entity
    organ_name: str                 # 钱塘区委; the place for posts like 副省长 (浙江省); "" if none
    first_seen: str | None          # YYYY-MM-DD
    last_seen: str | None
    n_articles: int                 # distinct reports (near-duplicates once)
    articles: tuple[str, ...]       # every article that shows it, copies included

    @property
    def label(self) -> str:
        return f"{self.organ_name}{self.post}"


@dataclass(frozen=True, slots=True)
class OrganSpell:
    organ: str | None
    organ_name: str
    first_seen: str | None
    last_seen: str | None
    n_articles: int
    posts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PostChange:
    date: str
    gained: tuple[str, ...]         # labels of the posts first seen on this date
    lost: tuple[str, ...]           # labels of posts last seen before it and not seen again


@dataclass(frozen=True, slots=True)
class Career:
    person: str
    name: str
    first_seen: str | None
    last_seen: str | None
    n_articles: int                 # distinct reports that mention the person
    posts: tuple[PostSpell, ...]    # in order of first sighting
    organs: tuple[OrganSpell, ...]
    changes: tuple[PostChange, ...]

    def summary(self) -> str:
        """One line: ``2021-03-01 +钱塘区区长; 2023-05-02 +钱塘区委书记 -钱塘区区长``."""
        parts = []
        for c in self.changes:
            text = f"{c.date} +{'/'.join(c.gained)}"
            if c.lost:
                text += f" -{'/'.join(c.lost)}"
            parts.append(text)
        return "; ".join(parts)


def _organ(t: Title, article: str, res: Resolution) -> tuple[str | None, str]:
    if t.org:
        oid = res.org_of.get((article, t.org))
        if oid is not None and oid in res.orgs:
            return oid, res.orgs[oid].name
    return None, t.org_full or t.org or ""


def careers(records: Iterable[ArticleRecord], resolution: Resolution, *,
            duplicates: Mapping[str, str] | None = None, skip_posts: Iterable[str] | None = None
            ) -> dict[str, Career]:
    """The career of every person (reporters left out) that ``resolution`` found in ``records``.

    ``skip_posts`` are posts that are not offices; by default the posts of the group
    labels lexicon (市领导 -> 领导), which say a person's level rather than an office.

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.resolve import resolve
    >>> recs = extract_text("本报讯 25日,区委书记王强出席会议。", date="2025-09-26", locale="浙江省/杭州市/钱塘区")
    >>> c = next(iter(careers(recs, resolve(recs)).values()))
    >>> (c.posts[0].label, c.posts[0].first_seen, c.posts[0].n_articles)
    ('钱塘区委书记', '2025-09-26', 1)
    """
    dup = duplicates or {}
    if skip_posts is None:
        from extract import ExtractConfig, extractor

        skip_posts = {post for post, _ in extractor(ExtractConfig()).vocab.group_labels.values()}
    skip = frozenset(skip_posts)
    story = lambda aid: dup.get(aid, aid)  # noqa: E731
    seen: dict[str, dict[str, str | None]] = defaultdict(dict)                       # person -> article -> date
    spells: dict[str, dict[tuple[str, str], dict]] = defaultdict(dict)
    for rec in records:
        a = rec.article
        for p in rec.persons:
            if p.is_reporter:
                continue
            pid = resolution.person_of.get((a.id, p.name))
            if pid is None or pid not in resolution.persons:
                continue
            seen[pid][a.id] = a.date
            for t in p.titles:
                if t.post in skip or t.former:      # 原主任: held before the article's day, not on it
                    continue
                organ, organ_name = _organ(t, a.id, resolution)
                key = (t.post, organ or organ_name)
                s = spells[pid].setdefault(key, {"post": t.post, "organ": organ, "organ_name": organ_name,
                                                 "articles": {}})
                s["articles"][a.id] = a.date
    out: dict[str, Career] = {}
    for pid in sorted(seen):
        posts = tuple(sorted((_spell(s, story) for s in spells[pid].values()),
                             key=lambda x: (x.first_seen or "9999", x.label)))
        dates = [d for d in seen[pid].values() if d]
        out[pid] = Career(person=pid, name=resolution.persons[pid].name, first_seen=min(dates, default=None),
                          last_seen=max(dates, default=None), n_articles=len({story(x) for x in seen[pid]}),
                          posts=posts, organs=_organs(posts, spells[pid], story), changes=_changes(posts))
    return out


def _spell(s: dict, story) -> PostSpell:
    dates = [d for d in s["articles"].values() if d]
    return PostSpell(post=s["post"], organ=s["organ"], organ_name=s["organ_name"],
                     first_seen=min(dates, default=None), last_seen=max(dates, default=None),
                     n_articles=len({story(x) for x in s["articles"]}), articles=tuple(sorted(s["articles"])))


def _organs(posts: tuple[PostSpell, ...], raw: Mapping[tuple[str, str], dict], story) -> tuple[OrganSpell, ...]:
    by_organ: dict[str, dict] = {}
    for s in raw.values():
        if not s["organ_name"]:
            continue
        key = s["organ"] or s["organ_name"]
        o = by_organ.setdefault(key, {"organ": s["organ"], "organ_name": s["organ_name"], "articles": {},
                                      "posts": set()})
        o["articles"].update(s["articles"])
        o["posts"].add(s["post"])
    out = []
    for o in by_organ.values():
        dates = [d for d in o["articles"].values() if d]
        out.append(OrganSpell(o["organ"], o["organ_name"], min(dates, default=None), max(dates, default=None),
                              len({story(x) for x in o["articles"]}), tuple(sorted(o["posts"]))))
    return tuple(sorted(out, key=lambda x: (x.first_seen or "9999", x.organ_name)))


def _changes(posts: tuple[PostSpell, ...]) -> tuple[PostChange, ...]:
    dated = [s for s in posts if s.first_seen]
    starts = sorted({s.first_seen for s in dated})
    reported: set[str] = set()
    out = []
    for d in starts:
        gained = tuple(sorted(s.label for s in dated if s.first_seen == d))
        lost = tuple(sorted(s.label for s in dated if s.last_seen and s.last_seen < d and s.label not in reported))
        reported.update(lost)
        out.append(PostChange(d, gained, lost))
    return tuple(out)


def spell_of(career: Career, post: str, organ: str | None) -> PostSpell | None:
    """The spell of ``post`` in the organ entity ``organ`` (as a holds_post edge names them)."""
    for s in career.posts:
        if s.post == post and s.organ == organ:
            return s
    return None
