"""Mentions -> entities: which persons and organizations across articles are the same.

Persons
    Mentions are grouped by normalised name (NFKC, no white space, one middle dot),
    reporters apart from officials.  Within a name, each article's person carries
    evidence: the places of its posts (杭州市委书记 -> 浙江省/杭州市; places are filled
    upwards with the region lexicon), the organs and posts it holds, the other
    persons named with it and the paper's own place.  Two mentions whose places
    conflict (钱塘区 and 宁波市: neither contains the other) are kept apart as
    homonyms; a mention compatible with one group joins it; one compatible with
    several goes where the shared evidence (co-mentioned persons, organs, posts) is
    strongest; a mention without places joins the only group, or the one its
    paper's place or shared evidence points to, and is kept apart when nothing
    decides.  A surname alone (``王`` from ``王书记``) is resolved inside its article
    to the one full name with that surname (and that post, when several); otherwise
    it stays an entity of its own article.
Organizations
    One entity per normalised name, the expanded form first (市委 in a Hangzhou
    paper is 杭州市委; ``extract`` expands it); full-width and half-width forms are
    one name (新城电子（杭州）有限公司 = 新城电子(杭州)有限公司).  A level-prefixed
    organ the extractor could not expand (市委 in a paper of unknown place) is keyed
    with the paper's name, so that the 市委 of two unknown papers stay two.
Ids
    Hashes of the entity's key (``stable_id``): the name, with ``@PLACE`` when a
    name has several persons.  A rerun on the same articles gives the same ids.
Reasons
    Every decision is recorded (``Resolution.decisions``: entity, article, name,
    reason) and every entity has a summary (``Resolution.reasons``); ``kg explain``
    prints them.

The alias file (``kg.aliases``) lets the user overrule resolution: merge, split, rename.
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from extract import ArticleRecord, OrgKind, Person
from kg.aliases import Aliases
from kg.keys import name_key, stable_id
from kg.places import (
    NO_PLACE,
    Place,
    compatible,
    depth,
    merge,
    org_kinds,
    paper_place,
    person_place,
    place_of,
    place_label,
    place_text,
)

# Above this many persons an event (or an article) is a roll of names, not a meeting where everyone met:
# no co_attended pairs in the graph (its event node gets pairs_omitted=True), no "met with" evidence in
# resolution.  The largest event of the sample page and the dev set lists 12.
MAX_PAIRED_ATTENDEES = 60

# The leading character of an organ that names the level of its jurisdiction (市委, 区政府, 县人大常委会).
_LEVEL_CHARS = frozenset("省市区县州旗盟镇乡")
# The first character of a name that points at the paper or its place (本报, 我市): deictic.
_DEICTIC = frozenset("本我")



# ---------------------------------------------------------------------------
# records of a resolution
# ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PersonEntity:
    id: str
    name: str
    key: str                        # the name, with a disambiguating place where homonyms exist
    articles: tuple[str, ...]
    is_reporter: bool
    place: str | None = None        # 浙江省/杭州市/钱塘区: the most specific place of the posts


@dataclass(frozen=True, slots=True)
class OrgEntity:
    id: str
    name: str                       # the fullest form seen (杭州市委)
    kind: OrgKind
    aliases: tuple[str, ...]
    key: str = ""
    articles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    """Why one name in one article went to one entity."""

    entity: str
    article: str
    name: str                       # as written in the article
    kind: str                       # person | organization
    reason: str


@dataclass
class Resolution:
    """Where each article's person and organization goes."""

    persons: dict[str, PersonEntity] = field(default_factory=dict)
    orgs: dict[str, OrgEntity] = field(default_factory=dict)
    person_of: dict[tuple[str, str], str] = field(default_factory=dict)    # (article id, name) -> entity id
    org_of: dict[tuple[str, str], str] = field(default_factory=dict)       # (article id, name) -> entity id
    reasons: dict[str, list[str]] = field(default_factory=dict)           # entity id -> why merged / split
    decisions: list[Decision] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------

@dataclass
class _Occurrence:
    rec: ArticleRecord
    person: Person
    key: str                        # normalised name
    place: Place
    place_from: str                 # the organ that gave the place
    paper: Place
    evidence: frozenset[str]        # co-mentioned persons, organs and posts

    @property
    def article(self) -> str:
        return self.rec.article.id

    @property
    def date(self) -> str:
        return self.rec.article.date or ""


@dataclass
class _Group:
    place: Place
    members: list[_Occurrence] = field(default_factory=list)
    why: list[str] = field(default_factory=list)        # the decision of each member
    reasons: list[str] = field(default_factory=list)
    evidence: Counter = field(default_factory=Counter)
    forced: str | None = None       # the key given by a split rule

    def add(self, occ: _Occurrence, why: str) -> None:
        self.members.append(occ)
        self.why.append(why)
        self.evidence.update(occ.evidence)


def _is_surname_only(name: str, vocab) -> bool:
    return name in vocab.surnames or name in vocab.compound_surnames


def _posts(p: Person) -> set[str]:
    return {t.post for t in p.titles}


def _core_post(post: str) -> str:
    return post[-2:] if len(post) > 2 else post


def _surname_target(p: Person, rec: ArticleRecord, vocab) -> tuple[Person | None, str]:
    """The full name in the same article that a surname-only person stands for, and why."""
    full = [q for q in rec.persons if q is not p and not q.is_reporter and len(q.name) > len(p.name)
            and q.name.startswith(p.name) and "·" not in q.name]
    names = sorted({q.name for q in full})
    if not names:
        return None, f"surname only ({p.name}); no full name with that surname in the article"
    posts = {_core_post(x) for x in _posts(p)}
    if len(names) > 1 and posts:
        matching = sorted({q.name for q in full if posts & {_core_post(x) for x in _posts(q)}})
        if len(matching) == 1:
            target = next(q for q in full if q.name == matching[0])
            return target, (f"surname-plus-post reference {p.name}{'、'.join(sorted(_posts(p)))} -> "
                            f"{target.name}, the only {p.name} in the article with that post")
        return None, (f"surname only ({p.name}); {len(names)} full names in the article could be meant "
                      f"({'、'.join(names)})")
    if len(names) > 1:
        return None, f"surname only ({p.name}); {len(names)} full names in the article ({'、'.join(names)})"
    target = next(q for q in full if q.name == names[0])
    return target, f"surname reference {p.name} -> {target.name}, the only {p.name} in the article"


def _score(group: _Group, occ: _Occurrence) -> int:
    return sum(1 for e in occ.evidence if group.evidence.get(e))


def _choose(groups: Sequence[_Group], occ: _Occurrence) -> tuple[_Group, str] | None:
    """The group with the strongest shared evidence; None when it does not decide."""
    scored = sorted(((_score(g, occ), len(g.members), i) for i, g in enumerate(groups)), reverse=True)
    best = scored[0]
    if best[0] == 0 or (len(scored) > 1 and scored[1][0] == best[0]):
        return None
    g = groups[best[2]]
    shared = sorted(e.split(":", 1)[1] for e in occ.evidence if g.evidence.get(e))
    return g, f"shares {', '.join(shared[:4])}{' ...' if len(shared) > 4 else ''} with it"


def _resolve_name(name: str, occurrences: list[_Occurrence], forced: Mapping[tuple[str, str], str]
                  ) -> list[_Group]:
    """Group the occurrences of one (normalised) name into persons."""
    groups: list[_Group] = []
    split: dict[str, _Group] = {}
    placed, unplaced = [], []
    for occ in occurrences:
        label = forced.get((occ.article, occ.key))
        if label is not None:
            g = split.setdefault(label, _Group(NO_PLACE, forced=label))
            g.add(occ, f"split by the alias file into {name}@{label}")
            g.place = merge(g.place, occ.place) or g.place
            continue
        (placed if occ.place != NO_PLACE else unplaced).append(occ)
    placed.sort(key=lambda o: (-depth(o.place), o.date, o.article))
    unplaced.sort(key=lambda o: (o.date, o.article))
    for occ in placed:
        fits = [g for g in groups if compatible(g.place, occ.place)]
        where = place_text(occ.place)
        if not fits:
            g = _Group(occ.place)
            groups.append(g)
            why = f"post in {where} ({occ.place_from})" + ("; fits no other person of this name" if groups[:-1] else "")
        elif len(fits) == 1:
            g = fits[0]
            why = f"same name; post in {where} ({occ.place_from}) fits {place_text(g.place)}"
        else:
            chosen = _choose(fits, occ)
            if chosen is None:
                g = max(fits, key=lambda x: (len(x.members), place_text(x.place)))
                why = (f"post in {where} fits {len(fits)} persons named {name}; nothing else "
                       f"decides, so the one with most articles ({place_text(g.place)})")
            else:
                g, shared = chosen
                why = f"post in {where} fits {len(fits)} persons named {name}; {shared}"
        g.place = merge(g.place, occ.place) or g.place
        g.add(occ, why)
    for g in groups if len(groups) > 1 else ():
        others = "; ".join(place_text(o.place) for o in groups if o is not g)
        g.reasons.append(f"kept apart from the other {name} (posts in {others}): the jurisdictions conflict "
                         f"with {place_text(g.place)}")
    loose: _Group | None = None
    for occ in unplaced:
        if not groups:
            loose = loose or _Group(NO_PLACE)
            loose.add(occ, "same name; no post places any of its mentions")
            continue
        if len(groups) == 1:
            g = groups[0]
            g.add(occ, f"same name; no place in this article, and the only {name} placed is in "
                       f"{place_text(g.place)}")
            continue
        fits = [g for g in groups if occ.paper != NO_PLACE and compatible(g.place, occ.paper)]
        if len(fits) > 1:
            deepest = max(depth(merge(g.place, occ.paper) or NO_PLACE) - depth(g.place) for g in fits)
            fits = [g for g in fits if depth(merge(g.place, occ.paper) or NO_PLACE) - depth(g.place) == deepest]
        if len(fits) == 1:
            g = fits[0]
            g.add(occ, f"no post place in this article; the paper's place {place_text(occ.paper)} "
                       f"fits only the {name} of {place_text(g.place)}")
            continue
        chosen = _choose(groups, occ)
        if chosen is not None:
            g, shared = chosen
            g.add(occ, f"no place in this article; {shared}")
            continue
        loose = loose or _Group(NO_PLACE)
        loose.reasons.append(f"kept apart: {len(groups)} persons named {name} and nothing in these articles "
                             "says which is meant")
        loose.add(occ, f"{len(groups)} persons named {name} and no evidence for one of them")
    return groups + ([loose] if loose else []) + [split[k] for k in sorted(split)]


def _keys_for(name: str, groups: Sequence[_Group]) -> list[str]:
    if len(groups) == 1 and groups[0].forced is None:
        return [name]
    keys: list[str] = []
    for g in groups:
        if g.forced is not None:
            base = f"{name}@{g.forced}"
        else:
            label = place_label(g.place)
            base = f"{name}@{label}" if label else f"{name}@?"
        key, n = base, 2
        while key in keys:
            key, n = f"{base}#{n}", n + 1
        keys.append(key)
    return keys


def _split_rules(aliases: Aliases) -> dict[tuple[str, str], str]:
    forced: dict[tuple[str, str], str] = {}
    for r in aliases.of("split"):
        label = r.note or "split"
        for aid in (x.strip() for x in r.value.split(";")):
            if aid:
                forced[(aid, name_key(r.entity.split("@", 1)[0]))] = label
    return forced


def resolve(records: Iterable[ArticleRecord], *, aliases: Aliases | None = None, vocab=None) -> Resolution:
    """Group person and organization mentions of all articles into entities.

    Parameters
    ----------
    records : the articles
    aliases : the user's merge/split/rename decisions (``parse_aliases``)
    vocab : the extractor's vocabulary (regions for places); the built-in one by default

    Examples
    --------
    >>> from extract import extract_text
    >>> recs = extract_text("本报讯 25日,市委书记刘非出席会议。", date="2025-09-26", locale="浙江省/杭州市")
    >>> res = resolve(recs)
    >>> [e.key for e in res.persons.values()]
    ['刘非']
    """
    if vocab is None:
        from extract import ExtractConfig, extractor

        vocab = extractor(ExtractConfig()).vocab
    records = list(records)
    aliases = aliases or Aliases()
    res = Resolution()
    forced = _split_rules(aliases)

    by_name: dict[tuple[str, bool], list[_Occurrence]] = defaultdict(list)
    surname_refs: list[tuple[ArticleRecord, Person, Person | None, str]] = []
    for rec in records:
        kinds = org_kinds(rec)
        paper = paper_place(rec, vocab)
        # evidence strings are made once an article (and shared): a k-person article gives k, not k*k;
        # a roll of names (more than MAX_PAIRED_ATTENDEES) gives none: it says nothing of who met whom
        with_tags = {name_key(q.name): None for q in rec.persons if not q.is_reporter}
        if len(with_tags) > MAX_PAIRED_ATTENDEES:
            with_tags = {}
        with_tags = {n: sys.intern(f"with:{n}") for n in with_tags}
        for p in rec.persons:
            if not p.is_reporter and _is_surname_only(p.name, vocab):
                target, why = _surname_target(p, rec, vocab)
                surname_refs.append((rec, p, target, why))
                continue
            key = name_key(p.name)
            place, organ = person_place(p, kinds, vocab) if not p.is_reporter else (NO_PLACE, "")
            evidence = {tag for n, tag in with_tags.items() if n != key}
            evidence |= {sys.intern(f"organ:{name_key(t.org_full or t.org)}") for t in p.titles if t.org_full or t.org}
            evidence |= {sys.intern(f"post:{t.post}") for t in p.titles if t.post != "领导"}
            by_name[(key, p.is_reporter)].append(_Occurrence(rec, p, key, place, organ, paper, frozenset(evidence)))

    reporters_named = {k for (k, rep) in by_name if rep}
    officials_named = {k for (k, rep) in by_name if not rep}
    for (key, is_reporter), occurrences in sorted(by_name.items()):
        if is_reporter:
            groups = [_Group(NO_PLACE)]
            for occ in occurrences:
                groups[0].add(occ, "same name in bylines")
            keys = [f"{key}@reporter" if key in officials_named else key]
            if key in officials_named:
                groups[0].reasons.append(f"kept apart from the official named {key}: this one writes the reports")
        else:
            groups = _resolve_name(key, occurrences, forced)
            keys = _keys_for(key, groups)
            if key in reporters_named:
                for g in groups:
                    g.reasons.append(f"kept apart from the reporter named {key}")
        for g, ent_key in zip(groups, keys):
            _add_person(res, g, ent_key, is_reporter)

    for rec, p, target, why in surname_refs:
        aid = rec.article.id
        eid = res.person_of.get((aid, target.name)) if target is not None else None
        if eid is None:
            ent_key = f"{name_key(p.name)}@{aid}"
            eid = stable_id("person", ent_key)
            res.persons[eid] = PersonEntity(eid, p.name, ent_key, (aid,), False)
            res.reasons[eid] = [why]
        else:
            ent = res.persons[eid]
            if aid not in ent.articles:
                res.persons[eid] = _with_articles(ent, ent.articles + (aid,))
        res.person_of[(aid, p.name)] = eid
        res.decisions.append(Decision(eid, aid, p.name, "person", why))

    _resolve_orgs(res, records, vocab)
    _apply_aliases(res, aliases)
    res.decisions.sort(key=lambda d: (d.kind, d.entity, d.article, d.name))
    return res


def _with_articles(ent: PersonEntity, articles: tuple[str, ...]) -> PersonEntity:
    return PersonEntity(ent.id, ent.name, ent.key, tuple(sorted(set(articles))), ent.is_reporter, ent.place)


def _add_person(res: Resolution, g: _Group, ent_key: str, is_reporter: bool) -> None:
    eid = stable_id("person", ent_key)
    names = Counter(o.person.name for o in g.members)
    name = sorted(names, key=lambda n: (-names[n], n))[0]
    arts = tuple(sorted({o.article for o in g.members}))
    place = place_text(g.place) or None
    res.persons[eid] = PersonEntity(eid, name, ent_key, arts, is_reporter, place)
    summary = [f"named {name} in {len(arts)} article(s)"]
    if place:
        summary.append(f"posts place this person in {place}")
    res.reasons[eid] = summary + list(dict.fromkeys(g.reasons))
    for occ, why in zip(g.members, g.why):
        res.person_of[(occ.article, occ.person.name)] = eid
        res.decisions.append(Decision(eid, occ.article, occ.person.name, "person", why))


# ---------------------------------------------------------------------------
# organizations
# ---------------------------------------------------------------------------

_COMMITTEE_LEVELS = "省市县区旗州盟镇乡"


def _party_committee(key: str) -> str | None:
    """中共张掖市委 and 中国共产党张掖市委员会 are 张掖市委 (not 中共中央: no place before 委).

    >>> _party_committee("中国共产党张掖市委员会"), _party_committee("中共东乌旗委"), _party_committee("中共中央")
    ('张掖市委', '东乌旗委', None)
    """
    for prefix in ("中国共产党", "中共"):
        if key.startswith(prefix):
            rest = key[len(prefix):]
            break
    else:
        return None
    if rest.endswith("委员会") and len(rest) > 4 and rest[-4] in _COMMITTEE_LEVELS:
        rest = rest[:-3] + "委"
    if len(rest) >= 3 and rest.endswith("委") and rest[-2] in _COMMITTEE_LEVELS:
        return rest
    return None


def org_key(name: str, full_name: str | None, *, publication: str | None = None, source: str | None = None,
            vocab=None) -> tuple[str, str]:
    """The key an organization is resolved by, and why (``publication``: the paper's name;
    ``source``: the page it is on, for names that point at a paper whose name is unknown).

    >>> org_key("新城电子（杭州）有限公司", None)[0]
    '新城电子(杭州)有限公司'
    >>> org_key("市委", "杭州市委")[0]
    '杭州市委'
    >>> org_key("市委", None, publication="某某日报")[0]
    '市委@某某日报'
    >>> org_key("本报", None, publication="某某日报")[0]
    '某某日报'
    >>> org_key("中共张掖市委", None)[0]
    '张掖市委'
    """
    if full_name:
        key = name_key(full_name)
        short = _party_committee(key)
        if short:
            return short, f"{full_name} is {short}"
        if name_key(name) != key:
            return key, f"{name} expanded with the paper's place to {full_name}"
        return key, "same name"
    key = name_key(name)
    short = _party_committee(key)
    if short:
        return short, f"{name} is {short}"
    if key[:1] in _DEICTIC and len(key) == 2:
        if publication:
            return name_key(publication), f"{name} is the paper itself, {publication}"
        if source:
            return f"{key}@{source}", f"{name} is the paper itself, whose name is unknown: kept to its page"
    if key[:1] in _LEVEL_CHARS and publication:
        starts_with_place = vocab is not None and place_of(key, vocab) != NO_PLACE
        if not starts_with_place:
            return f"{key}@{name_key(publication)}", f"{name} names no place and the paper's place is unknown: " \
                                                      f"kept to its paper {publication}"
    return key, "same name"


def _resolve_orgs(res: Resolution, records: Sequence[ArticleRecord], vocab) -> None:
    seen: dict[str, dict] = {}
    for rec in records:
        a = rec.article
        pub = a.page.publication if a.page and a.page.publication else a.publication
        for o in rec.organizations:
            key, why = org_key(o.name, o.full_name, publication=pub, source=a.source, vocab=vocab)
            entry = seen.setdefault(key, {"kinds": Counter(), "names": Counter(), "full": Counter(),
                                          "articles": set()})
            entry["kinds"][o.kind] += 1
            entry["names"][o.name] += 1
            if o.full_name:
                entry["full"][o.full_name] += 1
            entry["articles"].add(a.id)
            eid = stable_id("org", key)
            res.org_of[(a.id, o.name)] = eid
            res.decisions.append(Decision(eid, a.id, o.name, "organization", why))
    for key, entry in sorted(seen.items()):
        eid = stable_id("org", key)
        kind = sorted(entry["kinds"], key=lambda k: (-entry["kinds"][k], k.value))[0]
        pool = entry["full"] or entry["names"]
        name = sorted(pool, key=lambda n: (-len(n), -pool[n], n))[0]
        aliases = tuple(sorted(set(entry["names"]) | set(entry["full"])))
        res.orgs[eid] = OrgEntity(eid, name, kind, aliases, key, tuple(sorted(entry["articles"])))
        why = [f"{sum(entry['names'].values())} mention(s) in {len(entry['articles'])} article(s) with the key {key}"]
        if len(aliases) > 1:
            why.append(f"one organization written {len(aliases)} ways: {'、'.join(aliases)}")
        res.reasons[eid] = why


# ---------------------------------------------------------------------------
# alias rules
# ---------------------------------------------------------------------------

def _find(res: Resolution, ref: str) -> list[str]:
    if ref in res.persons or ref in res.orgs:
        return [ref]
    k = ref.strip()
    by_key = ([e.id for e in res.persons.values() if e.key == k]
              + [e.id for e in res.orgs.values() if e.key == name_key(k)])
    if by_key:
        return by_key
    n = name_key(k)
    return sorted([e.id for e in res.persons.values() if name_key(e.name) == n]
                  + [e.id for e in res.orgs.values() if n in {name_key(x) for x in e.aliases} or name_key(e.name) == n])


def _apply_aliases(res: Resolution, aliases: Aliases) -> None:
    for r in aliases.rules:
        if r.action == "split":
            if not any(k[1] == name_key(r.entity.split("@", 1)[0]) for k in res.person_of):
                res.warnings.append(f"{r.origin}: split names {r.entity!r}, which no article mentions")
            continue
        targets = _find(res, r.entity)
        if not targets:
            res.warnings.append(f"{r.origin}: {r.action} names {r.entity!r}, which is not an entity; "
                                "check the name with kg explain")
            continue
        note = f" ({r.note})" if r.note else ""
        if r.action == "rename":
            for eid in targets:
                _rename(res, eid, r.value)
                res.reasons[eid].append(f"renamed {r.value} by {r.origin}{note}")
            continue
        if len(targets) > 1:
            res.warnings.append(f"{r.origin}: merge into {r.entity!r}, which names {len(targets)} entities; "
                                "give one key or id (see kg explain)")
            continue
        into = targets[0]
        others = [e for e in _find(res, r.value) if e != into]
        if not others:
            res.warnings.append(f"{r.origin}: merge names {r.value!r}, which is not another entity; "
                                "check the name with kg explain")
            continue
        for other in others:
            if (other in res.persons) != (into in res.persons):
                res.warnings.append(f"{r.origin}: cannot merge a person and an organization "
                                    f"({r.entity!r}, {r.value!r})")
                continue
            _merge_entities(res, into, other, f"merged with {_entity_key(res, other)} by {r.origin}{note}")


def _entity_key(res: Resolution, eid: str) -> str:
    ent = res.persons.get(eid) or res.orgs.get(eid)
    return ent.key if ent is not None else eid


def _rename(res: Resolution, eid: str, name: str) -> None:
    if eid in res.persons:
        e = res.persons[eid]
        res.persons[eid] = PersonEntity(e.id, name, e.key, e.articles, e.is_reporter, e.place)
    else:
        e = res.orgs[eid]
        res.orgs[eid] = OrgEntity(e.id, name, e.kind, e.aliases, e.key, e.articles)


def _merge_entities(res: Resolution, into: str, other: str, why: str) -> None:
    if into in res.persons:
        a, b = res.persons[into], res.persons.pop(other)
        places = [p for p in (a.place, b.place) if p]
        res.persons[into] = PersonEntity(a.id, a.name, a.key, tuple(sorted(set(a.articles) | set(b.articles))),
                                         a.is_reporter and b.is_reporter, places[0] if places else None)
        table = res.person_of
    else:
        a, b = res.orgs[into], res.orgs.pop(other)
        res.orgs[into] = OrgEntity(a.id, a.name, a.kind, tuple(sorted(set(a.aliases) | set(b.aliases))), a.key,
                                   tuple(sorted(set(a.articles) | set(b.articles))))
        table = res.org_of
    for k, v in table.items():
        if v == other:
            table[k] = into
    res.reasons[into] = res.reasons.get(into, []) + [why] + [f"  {x}" for x in res.reasons.pop(other, [])]
    res.decisions[:] = [Decision(into, d.article, d.name, d.kind, f"{d.reason}; {why}") if d.entity == other else d
                        for d in res.decisions]
