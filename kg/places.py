"""Places of persons and papers, as resolution compares them: (province, city, county) tuples.

    place_of("杭州市钱塘区委", vocab)   -> ("浙江省", "杭州市", "钱塘区")   (regions filled upwards)
    paper_place(record, vocab)          -> the paper's own place (``ArticleRecord.place``)
    person_place(person, kinds, vocab)  -> the place its posts name, and the organs that say so

Two places are compatible when neither names another region at a level both name.
"""
from __future__ import annotations

from collections.abc import Mapping

from extract import ArticleRecord, OrgKind, Person, Title

Place = tuple[str | None, str | None, str | None]     # (province, city, county)
NO_PLACE: Place = (None, None, None)
_PLACE_KINDS = frozenset({OrgKind.PARTY, OrgKind.GOVERNMENT, OrgKind.CONGRESS})

_LEVEL_INDEX = {"province": 0, "city": 1, "county": 2}


def _region_chain(full: str, vocab) -> Place:
    hit = vocab.regions.get(full)
    if hit is None or hit[1] not in _LEVEL_INDEX:
        return NO_PLACE
    place: list[str | None] = [None, None, None]
    seen = set()
    while hit is not None and hit[1] in _LEVEL_INDEX and hit[0] not in seen:
        seen.add(hit[0])
        place[_LEVEL_INDEX[hit[1]]] = hit[0]
        parents = [p for p in hit[2].split(",") if p]
        if len(parents) != 1:
            break
        hit = vocab.regions.get(parents[0])
    return tuple(place)  # type: ignore[return-value]


def place_of(text: str | None, vocab) -> Place:
    """The place named at the start of an organ's name: 杭州市钱塘区委 -> (浙江省, 杭州市, 钱塘区)."""
    place = NO_PLACE
    i = 0
    while text and i < len(text):
        m = vocab.region_re.match(text, i)
        if not m or len(m.group()) < 2:
            break
        hit = vocab.regions.get(m.group())
        if hit is None:
            break
        merged = merge(place, _region_chain(hit[0], vocab))
        if merged is None:
            break
        place = merged
        i = m.end()
    return place


def compatible(p: Place, q: Place) -> bool:
    return all(a is None or b is None or a == b for a, b in zip(p, q))


def merge(p: Place, q: Place) -> Place | None:
    if not compatible(p, q):
        return None
    return tuple(a or b for a, b in zip(p, q))  # type: ignore[return-value]


def depth(p: Place) -> int:
    """How many levels a place names."""
    return sum(1 for x in p if x)


def place_text(p: Place) -> str:
    return "/".join(x for x in p if x)


def place_label(p: Place) -> str:
    """The narrowest region of a place (钱塘区 of 浙江省/杭州市/钱塘区), or "" for none."""
    for x in reversed(p):
        if x:
            return x
    return ""


def org_kinds(rec: ArticleRecord) -> dict[str, OrgKind]:
    return {o.name: o.kind for o in rec.organizations}


def _title_place(t: Title, kinds: Mapping[str, OrgKind], vocab) -> tuple[Place, str]:
    if t.org_full:
        return place_of(t.org_full, vocab), t.org_full
    if t.org and kinds.get(t.org) in _PLACE_KINDS:
        return place_of(t.org, vocab), t.org
    return NO_PLACE, ""


def person_place(p: Person, kinds: Mapping[str, OrgKind], vocab) -> tuple[Place, str]:
    place, source = NO_PLACE, []
    for t in p.titles:
        tp, organ = _title_place(t, kinds, vocab)
        if tp == NO_PLACE:
            continue
        merged = merge(place, tp)
        if merged is None:
            continue                # a second place that conflicts with the first: the first stands
        place = merged
        source.append(organ)
    return place, "、".join(dict.fromkeys(source))


def paper_place(rec: ArticleRecord, vocab) -> Place:
    """The paper's own place, as the extractor decided it (``ArticleRecord.place``).

    A record written before that field (old JSON Lines) gives the places its expansions added
    (市委 -> 杭州市委), else the place its paper's name holds.
    """
    if rec.place is not None:
        return (rec.place.province, rec.place.city, rec.place.county)
    place = NO_PLACE
    texts = [o.full_name for o in rec.organizations if o.full_name and o.full_name != o.name]
    texts += [t.org_full for p in rec.persons for t in p.titles if t.org_full and t.org_full != t.org]
    for text in texts:
        merged = merge(place, place_of(text, vocab))
        if merged is not None:
            place = merged
    if place == NO_PLACE:
        a = rec.article
        pub = (a.page.publication if a.page and a.page.publication else a.publication)
        if pub:
            place = place_of(pub, vocab)
    return place
