"""One event across reports: which article events are reports of the same real event.

    reports_of(records, resolution, vocab=...)  -> one ``Report`` per article event
    compare(a, b)                               -> ``Verdict``: the same event or not, and why
    group_events(records, resolution, ...)      -> ``EventGroups``: the event node of each article event
    event_attributes(groups, node)              -> the attributes of an event node made of its reports

Two papers report one meeting, a county site the inspection the city paper reported the day
before, a short report and a long one: each article's event is a *report*, and the reports of
one event become one event node, which keeps every report (``event -reported_in-> article``).

Kept apart, whatever else they share (a fact, ``Verdict.hard``): names giving other editions
(第十次 / 第十一次, 十四届 / 十五届, 2024年 / 2025年), phases (开幕 / 闭幕), bodies (人大 / 政协),
forms of one body's meetings (常委会 / 主席会议 / session), a national and a local event
(全国委员会 / 四川省委员会), incompatible places (the name's region, else the paper's: 杭州市
fits 浙江省, not 宁波市) unless two persons attended both, own dates more than a day apart.
(:mod:`kg.eventnames` reads the names.)

One event, at most a day apart (the event's own date, else the publication date), when the
names agree (LCS-F >= ``NAME_STRONG``; participants, titles and dates left out; a first event is
also named by its headline and lead sentence) and the persons placed there are not disjoint; or
persons attended both and the names agree in part (``NAME_SOME``); or ``MANY_PERSONS`` attended
both and the types agree.  A named edition (十四届三次会议, the same editions and one name nearly
inside the other) is one event whatever the dates, within ``MAX_LAG_DAYS`` of publication.
One leader's two activities on one day share the leader, not the name: they stay apart.

Reports are joined greedily, the strongest pairs first; two groups join only when no pair of
their reports is kept apart by a fact and no article gives two of its events (except one
meeting named twice).  The alias file forces either (``merge,event:A,event:B``;
``split,event:A,event:B;ARTICLE``; ``rename``; see :mod:`kg.aliases`).

Ids: a report's own id is ``stable_id("event", article id, index, name)``, the id an event had
before merging; an event node takes the id of its first report (by publication date, then
article id): the same inputs give the same ids and an unrelated article changes none.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from datetime import date as Date

from extract import ArticleRecord
from kg.aliases import Aliases
from kg.eventnames import (BODIES, EDITION_UNITS, FORMS, GLOSS, NATIONAL, PHASES, YEAR, classes, content,
                           editions, is_local, name_similarity, regions_in)
from kg.keys import name_key, stable_id
from kg.places import NO_PLACE, Place, compatible, merge, paper_place, place_of, place_text
from kg.resolve import Resolution

# The names of two reports agree: LCS-F at least this, over at least NAME_MIN_CHARS common characters.
NAME_STRONG = 0.6
NAME_MIN_CHARS = 5
# The names agree in part: enough when persons attended both.
NAME_SOME = 0.4
# Names that agree in part, or not at all, with this many persons in common (and the same type).
MANY_PERSONS = 3
# A report listing more persons than this is a roll of names: its persons are not compared one by one.
MAX_COMPARED_PERSONS = 200

# A named edition (十四届三次会议, 第二十次全国代表大会) is one event whatever the dates say: two reports
# giving the same edition join when the publication dates (if known) are at most this many days apart.
MAX_LAG_DAYS = 31
# ... and when the shorter of their names is this much inside the longer (a name in a lead sentence).
EDITION_COVER = 0.8


@dataclass(frozen=True, slots=True)
class Report:
    """What one article says of one event."""

    id: str                         # the report's own id (the event id before merging)
    article: str
    index: int                      # 1-based, among the article's events
    name: str
    kind: str
    date: str | None                # the event's date, else the article's
    own_date: bool                  # the event gives its own date (not the publication's)
    published: str | None
    place: Place
    persons: frozenset[str]         # resolved ids of the persons placed there
    names: tuple[str, ...]          # the participants and their titles as written (left out of name comparisons)
    headline: str | None = None     # the article's headline, for its first event
    publication: str | None = None
    venue: str | None = None        # Event.place and Event.host, as written
    host: str | None = None
    scope: str | None = None        # national | local (what the name says), None when it says neither
    lead: str | None = None         # the first sentence of the article's body, for its first event

    @property
    def label(self) -> str:
        return self.name or self.headline or self.article


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether two reports tell of one event, and the readable reasons."""

    a: str                          # report ids
    b: str
    same: bool
    score: float                    # the strength of the evidence (pairs are joined strongest first)
    reasons: tuple[str, ...]
    hard: bool = False              # kept apart by a fact (date, edition, place), not by weak evidence


@dataclass(frozen=True)
class EventGroups:
    """Where each article event goes: ``node_of[(article id, index)]`` -> event node id."""

    reports: Mapping[str, Report] = field(default_factory=dict)          # report id -> report
    node_of: Mapping[tuple[str, int], str] = field(default_factory=dict)
    members: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # node id -> report ids, first first
    verdicts: tuple[Verdict, ...] = ()                                     # every pair compared
    forced: tuple[str, ...] = ()                                           # what the alias file decided
    warnings: tuple[str, ...] = ()
    names: Mapping[str, str] = field(default_factory=dict)                 # node id -> name given by a rename

    def node(self, article: str, index: int) -> str | None:
        return self.node_of.get((article, index))

    def reports_of(self, node: str) -> list[Report]:
        return [self.reports[r] for r in self.members.get(node, ())]


# ---------------------------------------------------------------------------
# reports
# ---------------------------------------------------------------------------

def report_id(article: str, index: int, name: str) -> str:
    """The id of an article's event of its own: ``stable_id("event", article, index, name)``."""
    return stable_id("event", article, str(index), name)


def reports_of(records: Iterable[ArticleRecord], resolution: Resolution, *, vocab=None) -> list[Report]:
    """One ``Report`` per event of each record, with its resolved persons and its place."""
    vocab = vocab if vocab is not None else _vocab()
    out = []
    for rec in records:
        a = rec.article
        paper = paper_place(rec, vocab)
        publication = a.page.publication if a.page and a.page.publication else a.publication
        for i, e in enumerate(rec.events, start=1):
            persons = frozenset(pid for p in e.participants
                                if (pid := resolution.person_of.get((a.id, p.name))) is not None)
            headline = a.headline if i == 1 else None
            lead = _lead(a) if i == 1 else None
            named = _event_place(e, headline, vocab)
            place = NO_PLACE if named is None else merge(named, paper) or named
            scope = ("national" if named is None else
                     "local" if is_local(e.name or headline or lead or "", vocab) else None)
            out.append(Report(report_id(a.id, i, e.name), a.id, i, e.name, e.kind.value, e.date or a.date,
                              e.date is not None, a.date, place, persons, _who(e),
                              headline, publication, e.place, e.host, scope, lead))
    return out


MAX_LEAD = 80
_SENTENCE_END = re.compile(r"[。！？!?\n]")


_CREDIT = re.compile(r"^[(（][^()（）]*[)）]")


def _lead(a) -> str | None:
    """The first sentence of an article's body (at most ``MAX_LEAD`` characters), without its dateline
    and credit (本报讯(记者 周明)): where a report states its event when the headline does not."""
    body = a.text[a.body_start:].strip()
    if a.dateline and body.startswith(a.dateline):
        body = _CREDIT.sub("", body[len(a.dateline):].lstrip()).lstrip()
    m = _SENTENCE_END.search(body)
    lead = (body[:m.start()] if m else body)[:MAX_LEAD].strip()
    return lead or None


def _who(e) -> tuple[str, ...]:
    """The participants' names and the parts of their titles: what every report of a leader's day shares."""
    out = [p.name for p in e.participants]
    for p in e.participants:
        out += [t for t in re.split(r"[、,，\s]+", p.title or "") if len(t) > 1]
    return tuple(dict.fromkeys(out))


def _event_place(e, headline: str | None, vocab) -> Place | None:
    """The place the event's name (else its headline) or its organs name, anywhere in them; None for an event
    of national scope (全国, 中央), whose paper's place says nothing."""
    texts = [t for t in (e.name, headline) if t]
    if any(w in t for t in texts[:1] for w in NATIONAL):
        return None
    place = NO_PLACE
    for text in (*texts, e.host, e.place, *e.visited):
        if not text:
            continue
        key = YEAR.sub("", name_key(text))
        m = next(regions_in(key, vocab), None)
        if m is None:
            continue
        merged = merge(place, place_of(key[m.start():], vocab))
        if merged is not None:
            place = merged
        if place != NO_PLACE and text in texts:
            break                   # the name's (or headline's) place is the event's
    return place


# ---------------------------------------------------------------------------
# comparing two reports
# ---------------------------------------------------------------------------

def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days) if a and b else None
    except ValueError:
        return None


@functools.lru_cache(maxsize=65536)
def _names_of(r: Report) -> tuple[str, ...]:
    """What a report calls its event, as compared: its name, and for a first event the headline and lead."""
    out = [c for c in (content(t, r.names) for t in (r.name, r.headline, r.lead)) if c]
    return tuple(dict.fromkeys(out))


def _best_names(a: Report, b: Report) -> tuple[float, int, str, str, float]:
    """The two names of ``a`` and ``b`` most alike: LCS-F, LCS, the names, and how much of the shorter one
    the LCS covers."""
    best = (0.0, 0, "", "")
    cover = 0.0
    for x in _names_of(a):
        for y in _names_of(b):
            f, n = name_similarity(x, y)
            if (f, n) > best[:2]:
                best = (f, n, x, y)
            cover = max(cover, n / min(len(x), len(y)) if n >= NAME_MIN_CHARS + 1 else 0.0)
    return (*best, cover)


def _person_labels(ids: Iterable[str], labels: Mapping[str, str] | None) -> str:
    shown = sorted((labels or {}).get(i, i) for i in ids)
    return "、".join(shown[:4]) + (" …" if len(shown) > 4 else "")


def editions_of(r: Report) -> dict[str, frozenset[int]]:
    """The editions a report's name gives, else those of its headline, else of its lead (a first event's)."""
    for text in (r.name, r.headline, r.lead):
        if text and (found := editions(text)):
            return found
    return {}


@functools.lru_cache(maxsize=65536)
def _tags(r: Report, table) -> frozenset[str]:
    """The bodies (or forms, phases) a report's name gives, else its headline."""
    for text in (r.name, r.headline, r.lead):
        if text and (found := classes(GLOSS.sub("", name_key(text)), table)):
            return frozenset(found)
    return frozenset()


_PHASE_TABLE = tuple((p, (p,)) for pair in PHASES for p in pair)


def _conflict(a: Report, b: Report) -> str | None:
    """What keeps two reports' events apart whatever else they share: editions, phases, bodies, forms."""
    ea, eb = editions_of(a), editions_of(b)
    for unit in sorted(set(ea) & set(eb)):
        if ea[unit] != eb[unit]:
            x, y = sorted(ea[unit]), sorted(eb[unit])
            return f"the names give other editions: {unit} {'/'.join(map(str, x))} and {'/'.join(map(str, y))}"
    if {a.scope, b.scope} == {"national", "local"}:
        national, local = (a, b) if a.scope == "national" else (b, a)
        return f"a national event ({national.name or national.headline}) and a local one ({local.name or local.headline})"
    for what, table in (("phases", _PHASE_TABLE), ("bodies", BODIES)):
        ta, tb = _tags(a, table), _tags(b, table)
        if ta and tb and not ta & tb:
            return f"the names give other {what}: {'/'.join(sorted(ta))} and {'/'.join(sorted(tb))}"
    # the forms of one body's meetings (its standing committee, its chair's meeting, its session)
    if _tags(a, BODIES) and _tags(b, BODIES):
        fa, fb = _tags(a, FORMS), _tags(b, FORMS)
        if fa != fb:
            return (f"the names give other forms of meeting: {'/'.join(sorted(fa)) or 'session'} and "
                    f"{'/'.join(sorted(fb)) or 'session'}")
    return None


def compare(a: Report, b: Report, *, labels: Mapping[str, str] | None = None) -> Verdict:
    """Whether reports ``a`` and ``b`` tell of one event (``labels``: person id -> name, for the reasons).

    Examples
    --------
    >>> r = lambda art, name, day: Report(art, art, 1, name, "session", day, True, day, NO_PLACE,
    ...                                   frozenset(), ())
    >>> compare(r("a", "某市政协十四届三次会议开幕", "2025-01-20"),
    ...         r("b", "某市政协十四届三次会议隆重开幕", "2025-01-20")).same
    True
    >>> v = compare(r("a", "某市政协十四届第十次常委会议", "2025-01-20"),
    ...             r("b", "某市政协十四届第十一次常委会议", "2025-01-20"))
    >>> v.same, v.reasons[0]
    (False, 'the names give other editions: 次 10 and 11')
    """
    why: list[str] = []

    def apart(reason: str, *, hard: bool = True) -> Verdict:
        return Verdict(a.id, b.id, False, 0.0, tuple([reason] + why), hard)

    def same(reason: str, score: float) -> Verdict:
        return Verdict(a.id, b.id, True, round(score, 4), tuple([reason] + why))

    conflict = _conflict(a, b)
    if a.article == b.article:
        # an article names one meeting twice (a paragraph a leader): one event; other events of it are others
        if not conflict and _names_of(a)[:1] == _names_of(b)[:1] and set(editions_of(a)) & EDITION_UNITS:
            return same("one article names one edition twice", 2.0)
        return apart("two events of one article")
    if conflict:
        return apart(conflict)
    shared = a.persons & b.persons
    if not compatible(a.place, b.place) and len(shared) < 2:
        return apart(f"places conflict: {place_text(a.place)} and {place_text(b.place)}")
    f, n, x, y, cover = _best_names(a, b)
    strong = f >= NAME_STRONG and n >= NAME_MIN_CHARS
    ea = editions_of(a)
    # one named edition: the same editions, and one name (nearly) inside the other
    edition = (strong or cover >= EDITION_COVER) and bool(set(ea) & EDITION_UNITS) and ea == editions_of(b)
    own = _days(a.date, b.date) if a.own_date and b.own_date else None
    days = _days(a.date, b.date)
    lag = _days(a.published, b.published)
    if days is not None:
        why.append(f"{'same day' if days == 0 else 'a day apart' if days == 1 else f'{days} days apart'} "
                   f"({a.date}, {b.date}{'' if a.own_date and b.own_date else '; publication dates stand in'})")
    if x and y:
        why.append(f"names {'agree' if strong else 'agree in part' if f >= NAME_SOME else 'differ'}: "
                   f"{x} / {y} (LCS {n}, F {f:.2f})")
    if shared:
        why.append(f"{len(shared)} person(s) attended both: {_person_labels(shared, labels)}")
    elif a.persons and b.persons:
        why.append("no person attended both")
    if a.kind != b.kind:
        why.append(f"types differ: {a.kind} and {b.kind}")
    score = f + 0.1 * min(len(shared), 5) + (0.05 if a.kind == b.kind else 0.0) - 0.05 * min(days or 0, 2)
    if own is not None and own > 1:
        return apart(f"the reports date the event {own} days apart")
    if days is None or days > 1:
        # no dates, or a publication date standing in for an event date: only a named edition decides
        if edition and (lag is None or lag <= MAX_LAG_DAYS):
            return same(f"one named edition ({_edition_text(ea)})" + ("" if days is not None else "; no dates to compare"),
                        score + 0.75)
        if days is None:
            return apart("no date to compare, and the names give no edition of one named meeting", hard=False)
        return apart(f"dates {a.date} and {b.date} are {days} days apart", hard=own is not None)
    if days == 1 and own == 1 and not strong:
        return apart("each report dates the event, a day apart, and the names do not agree")
    overlap = len(shared) / min(len(a.persons), len(b.persons)) if shared else 0.0
    big = max(len(a.persons), len(b.persons)) > MAX_COMPARED_PERSONS
    disjoint = bool(a.persons and b.persons and not shared and not big)
    kinds_agree = a.kind == b.kind or "other" in (a.kind, b.kind)
    if edition:
        return same(f"one named edition ({_edition_text(ea)})", score + 1.0)
    if strong and not disjoint:
        return same("the names agree", score + 1.0)
    if shared and overlap >= 0.5 and f >= NAME_SOME:
        return same("persons in common and names that agree in part", score + 0.5)
    if len(shared) >= MANY_PERSONS and overlap >= 0.6 and kinds_agree:
        return same(f"{len(shared)} persons in common", score)
    if strong and disjoint:
        return apart("the names agree but the persons placed there differ", hard=False)
    if shared and f < NAME_SOME:
        return apart("persons in common, but the names tell of other activities", hard=False)
    return apart("not enough in common", hard=False)


def _edition_text(ed: Mapping[str, frozenset[int]]) -> str:
    return ", ".join(f"{unit} {'/'.join(map(str, sorted(v)))}" for unit, v in sorted(ed.items()))


# ---------------------------------------------------------------------------
# grouping
# ---------------------------------------------------------------------------

MAX_LABEL = 30
_CLAUSE = re.compile(r"[,，;；。]")


def event_attributes(groups: EventGroups, node: str) -> dict:
    """The attributes of an event node made of its reports: label (the first report's name a reader
    would take: at most ``MAX_LABEL`` characters and no clause break, else the first name), date (the
    date most reports give, the earliest of a tie; None when none gives one), type, place, host, ``article`` (the first report's),
    ``articles`` (every report's, first first) and ``n_reports``."""
    reports = groups.reports_of(node)
    if not reports:
        return {}
    first = reports[0]
    named = [r.name for r in reports if r.name]
    readable = [n for n in named if len(n) <= MAX_LABEL and not _CLAUSE.search(n)]
    label = groups.names.get(node) or (readable or named or [first.headline or first.article])[0]
    dates = [r.date for r in reports if r.own_date and r.date]
    date = sorted(dates, key=lambda d: (-dates.count(d), d))[0] if dates else None
    kinds = [r.kind for r in reports]
    kind = first.kind if first.kind != "other" else next((k for k in kinds if k != "other"), first.kind)
    return {"label": label, "event_type": kind, "date": date,
            "place": next((r.venue for r in reports if r.venue), None),
            "host": next((r.host for r in reports if r.host), None),
            "article": first.article, "articles": list(dict.fromkeys(r.article for r in reports)),
            "n_reports": len(reports)}

def _candidates(reports: Sequence[Report], new: Set[str] | None = None) -> list[tuple[Report, Report]]:
    """Pairs of reports worth comparing: at most a day apart and sharing a person or four characters of a
    name; or, whatever their dates, giving the same edition (十四届三次会议) and four characters of a name.
    ``new``: the ids of the reports whose pairs are wanted (at least one of the two), all by default."""
    if new is not None and len(new) == len(reports):
        new = None
    keys: dict[str, set[str]] = {}
    for r in reports:
        grams = set()
        for text in _names_of(r):
            grams |= {"n:" + text[i:i + 4] for i in range(len(text) - 3)} or ({"n:" + text} if text else set())
        keys[r.id] = grams
    pairs: dict[tuple[str, str], tuple[Report, Report]] = {}

    def pair_up(these: Sequence[Report], those: Sequence[Report], *, persons: bool) -> None:
        # persons=False: the edition pass, which also pairs two events of one article (one meeting named twice)
        index: dict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(those):
            for k in keys[r.id] | (_person_keys(r) if persons else set()):
                index[k].append(i)
        for r in these:         # each report that shares keys with r once, not once a key
            near = {i for k in keys[r.id] | (_person_keys(r) if persons else set()) for i in index[k]}
            for other in map(those.__getitem__, near):
                if other.id != r.id and (other.article != r.article or not persons):
                    pair = (r, other) if r.id < other.id else (other, r)
                    pairs[(pair[0].id, pair[1].id)] = pair

    by_day: dict[str, list[Report]] = defaultdict(list)
    by_edition: dict[tuple, list[Report]] = defaultdict(list)
    for r in reports:
        if r.date:
            by_day[r.date].append(r)
        ed = editions_of(r)
        if set(ed) & EDITION_UNITS:
            by_edition[tuple(sorted((u, tuple(sorted(v))) for u, v in ed.items()))].append(r)
    for day in sorted(by_day):
        try:
            d = Date.fromisoformat(day)
        except ValueError:
            continue
        nxt = by_day.get(Date.fromordinal(d.toordinal() + 1).isoformat(), [])
        if new is None:
            pair_up(by_day[day], by_day[day] + nxt, persons=True)
        else:                   # a new report with any of the two days, any report with a new one
            pair_up([r for r in by_day[day] if r.id in new], by_day[day] + nxt, persons=True)
            pair_up(by_day[day], [r for r in by_day[day] + nxt if r.id in new], persons=True)
    for sig in sorted(by_edition):
        pair_up(by_edition[sig] if new is None else [r for r in by_edition[sig] if r.id in new],
                by_edition[sig], persons=False)
    return [pairs[k] for k in sorted(pairs)]


def _person_keys(r: Report) -> set[str]:
    return {f"p:{p}" for p in r.persons} if len(r.persons) <= MAX_COMPARED_PERSONS else set()


def _order_key(r: Report) -> tuple[str, str, int]:
    return (r.published or "9999-99-99", r.article, r.index)


def group_events(records: Iterable[ArticleRecord], resolution: Resolution, *, aliases: Aliases | None = None,
                 duplicates: Mapping[str, str] | None = None, vocab=None, known=None) -> EventGroups:
    """Group the article events of ``records`` into events (see the module docstring).

    ``aliases``: the user's event rows (``merge,event:A,event:B``: one event;
    ``split,event:A,event:B;ARTICLE``: those reports never in A's event). ``duplicates`` is
    accepted for the build recipe's signature: near-duplicate copies are grouped like any
    other report (their events agree, so they join).  ``known``: the verdicts of a previous build
    (:class:`kg.verdicts.KnownVerdicts`): only the pairs with a new report are compared; the groups are the same.

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.resolve import resolve
    >>> recs = (extract_text("本报讯 25日,市委书记刘非出席全市安全生产工作会议。", date="2025-09-26",
    ...                      locale="浙江省/杭州市", id="a")
    ...         + extract_text("25日,全市安全生产工作会议召开,市委书记刘非出席。", date="2025-09-26",
    ...                        locale="浙江省/杭州市", id="b"))
    >>> groups = group_events(recs, resolve(recs))
    >>> groups.node("a", 1) == groups.node("b", 1)
    True
    """
    records = list(records)
    vocab = vocab if vocab is not None else _vocab()
    reports = sorted(reports_of(records, resolution, vocab=vocab), key=_order_key)
    by_id = {r.id: r for r in reports}
    labels = {pid: e.name for pid, e in resolution.persons.items()}
    warnings: list[str] = []
    forced: list[str] = []

    must, cannot, renames = _alias_links(aliases, reports, by_id, warnings, forced)

    if known is None:
        verdicts = [compare(a, b, labels=labels) for a, b in _candidates(reports)]
    else:                       # the pairs with a new report compared, the others' verdicts as they were
        verdicts = known.verdicts(reports, functools.partial(_candidates, reports), labels)
    parent = {r.id: r.id for r in reports}
    members: dict[str, list[str]] = {r.id: [r.id] for r in reports}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    memo: dict[tuple[str, str], Verdict] = {(v.a, v.b): v for v in verdicts}

    def verdict(x: str, y: str) -> Verdict:
        k = (x, y) if x < y else (y, x)
        if k not in memo:
            memo[k] = compare(by_id[k[0]], by_id[k[1]], labels=labels)
        return memo[k]

    def blocked(ra: str, rb: str, *, forced_merge: bool) -> bool:
        for x in members[ra]:
            for y in members[rb]:
                if (x, y) in cannot or (y, x) in cannot:
                    return True
                if not forced_merge and verdict(x, y).hard:
                    return True
                if by_id[x].article == by_id[y].article and not verdict(x, y).same:
                    return True
        return False

    def join(ra: str, rb: str) -> None:
        first, second = sorted((ra, rb), key=lambda r: _order_key(by_id[members[r][0]]))
        parent[second] = first
        members[first] = sorted(members[first] + members.pop(second), key=lambda r: _order_key(by_id[r]))

    for x, y in must:
        ra, rb = root(x), root(y)
        if ra != rb:
            if blocked(ra, rb, forced_merge=True):
                warnings.append(f"the alias file merges {x} and {y}, but a split or one article keeps them apart")
                continue
            join(ra, rb)
    strongest = sorted((v for v in verdicts if v.same),
                       key=lambda v: (-v.score, sorted((_order_key(by_id[v.a]), _order_key(by_id[v.b])))))
    for v in strongest:
        ra, rb = root(v.a), root(v.b)
        if ra != rb and not blocked(ra, rb, forced_merge=False):
            join(ra, rb)

    node_of: dict[tuple[str, int], str] = {}
    groups: dict[str, tuple[str, ...]] = {}
    for r in reports:
        node = members[root(r.id)][0]
        node_of[(r.article, r.index)] = node
    for rid, ms in members.items():
        if root(rid) == rid:
            groups[ms[0]] = tuple(ms)
    names = {members[root(rid)][0]: name for rid, name in renames}
    return EventGroups(by_id, node_of, groups, tuple(sorted(memo.values(), key=lambda v: (v.a, v.b))),
                       tuple(forced), tuple(warnings), names)


def _alias_links(aliases: Aliases | None, reports: Sequence[Report], by_id: Mapping[str, Report],
                 warnings: list[str], forced: list[str]
                 ) -> tuple[list[tuple[str, str]], set[tuple[str, str]], list[tuple[str, str]]]:
    """The pairs of reports the alias file merges (must) and keeps apart (cannot), and the renames."""
    must: list[tuple[str, str]] = []
    cannot: set[tuple[str, str]] = set()
    renames: list[tuple[str, str]] = []
    if aliases is None:
        return must, cannot, renames
    by_article: dict[str, list[str]] = defaultdict(list)
    for r in reports:
        by_article[r.article].append(r.id)
    for rule in aliases.event_rules():
        if rule.entity not in by_id:
            warnings.append(f"{rule.origin}: {rule.action} names {rule.entity!r}, which is no event; "
                            "check the id with kg explain --event")
            continue
        note = f" ({rule.note})" if rule.note else ""
        if rule.action == "rename":
            renames.append((rule.entity, rule.value))
            forced.append(f"{rule.entity} renamed {rule.value} by {rule.origin}{note}")
            continue
        refs = [x.strip() for x in rule.value.split(";") if x.strip()]
        others: list[str] = []
        for ref in refs:
            if ref in by_id:
                others.append(ref)
            elif rule.action == "split" and ref in by_article:
                others += by_article[ref]
            else:
                warnings.append(f"{rule.origin}: {rule.action} names {ref!r}, which is no event"
                                + (" or article" if rule.action == "split" else "")
                                + "; check it with kg explain --event")
        for other in others:
            if other == rule.entity:
                continue
            if rule.action == "merge":
                must.append((rule.entity, other))
                forced.append(f"{rule.entity} and {other} merged by {rule.origin}{note}")
            elif rule.action == "split":
                cannot.add((rule.entity, other))
                forced.append(f"{rule.entity} and {other} kept apart by {rule.origin}{note}")
    return must, cannot, renames


def _vocab():
    from extract import ExtractConfig, extractor

    return extractor(ExtractConfig()).vocab

