"""Tenures and successions: who held which post, from when to when, and who came before and after.

A *tenure* is one person holding one post in one organ (书记 of 杭州市委) over one stretch of
time.  Its start and end come from the decisions the articles state (``ArticleRecord.appointments``:
任命, 当选 and 代理 start a tenure on the decision's date; 免去 and 辞去 end it) where there are any,
else from the first and last day an article shows the post in a title.  ``start_basis`` and
``end_basis`` say where each end came from:

    decision    the person's own decision (appoint, elect, acting; remove, resign)
    successor   (ends only) another person's decision to the same post in the same organ, for a post
                one person holds at a time (市长, 书记; not 副市长 or 常委: see :func:`is_plural`)
    seen        the first or last publication date of an article that shows the post
    unknown     no date: a removal with nothing seen before it, an appointment with nothing after it

A start decision that comes after the post was already seen (re-election at a new term) does not
move the start: the tenure starts when first seen.  nominate and propose (提名, 拟任) start no tenure;
they stay as decisions, the evidence of what was proposed.  An acting tenure (代理市长) followed by the
same person's election is two tenures, the first ending on the day of the second.

A *seat* is a post in an organ: the post without 代理/代, and the organ by its entity key with a
trailing 人民政府/政府 dropped, so that the 市长 of 杭州市人民政府 (a decision) and the 市长 of the place
杭州市 (a title with no organ written) are one seat.  A *succession* lists the tenures of one seat in
order of start, with the gap or overlap between each and those before it.

    tenures(records, resolution, *, duplicates=None, skip_posts=None, vocab=None) -> Tenures
    successions(tenures)                                      -> tuple[Succession, ...]
    succession(tenures, post, organ)                          -> Succession | None

These are what the articles say: a tenure first seen in 2023 may have begun years before.
"""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from extract import ArticleRecord
from kg.keys import name_key
from kg.resolve import Resolution, org_key

# The values of extract's AppointmentAction that begin and end a tenure (nominate and propose do neither).
ACTING = "acting"
STARTS = frozenset({"appoint", "elect", ACTING})
ENDS = frozenset({"remove", "resign"})

DECISION, SUCCESSOR, SEEN, UNKNOWN = "decision", "successor", "seen", "unknown"

# An organ written as a government and the place it governs are one seat (杭州市人民政府 = 杭州市).
_GOVERNMENT_SUFFIXES = ("人民政府", "政府")
# Posts several persons hold at once: no successor ends another's tenure (see is_plural).
_PLURAL_ENDINGS = ("委员", "常委", "成员", "代表", "助理", "顾问", "巡视员", "调研员", "干事")


# ---------------------------------------------------------------------------
# records
# ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PostDecision:
    """One appointment of an article, resolved to a person entity (and an organ entity where there is one)."""

    person: str                     # person entity id
    name: str
    action: str                     # an AppointmentAction value: appoint, remove, elect, nominate ...
    post: str                       # without 代理/代 (acting) and 候选人
    organ: str | None               # organization entity id; None when the organ is no entity
    organ_name: str                 # 杭州市人民政府; the place when only a place is written; "" if none
    date: str | None                # the decision's date (the publication date when the article gives none)
    article: str
    span: tuple[int, int]
    surface: str

    def to_dict(self) -> dict:
        return {"action": self.action, "post": self.post, "organ": self.organ, "organ_name": self.organ_name,
                "date": self.date, "article": self.article, "span": list(self.span), "surface": self.surface}


@dataclass(frozen=True, slots=True)
class Tenure:
    """One person in one post of one organ over one stretch of time."""

    person: str
    name: str
    post: str                       # 市长 (without 代理/代; see ``acting``)
    organ: str | None               # organization entity id, None when the organ is no entity
    organ_name: str
    seat: str                       # the key successions group by (post and organ; see the module docstring)
    start: str | None               # YYYY-MM-DD
    end: str | None
    start_basis: str                # decision | seen | unknown
    end_basis: str                  # decision | successor | seen | unknown
    acting: bool = False            # 代理: acting in the post
    first_seen: str | None = None   # the days titles show it, within this tenure
    last_seen: str | None = None
    n_articles: int = 0             # distinct reports (near-duplicates once), titles and decisions
    articles: tuple[str, ...] = ()  # every article that shows or decides it
    decisions: tuple[PostDecision, ...] = ()

    @property
    def basis(self) -> str:
        """``start_basis/end_basis``, e.g. ``decision/seen``."""
        return f"{self.start_basis}/{self.end_basis}"

    @property
    def label(self) -> str:
        return f"{self.organ_name}{'代' if self.acting else ''}{self.post}"

    def to_dict(self) -> dict:
        """Plain values (lists, str, None): how the graph's person nodes carry their tenures."""
        return {"post": self.post, "organ": self.organ, "organ_name": self.organ_name, "seat": self.seat,
                "start": self.start, "end": self.end, "start_basis": self.start_basis,
                "end_basis": self.end_basis, "basis": self.basis, "acting": self.acting,
                "first_seen": self.first_seen, "last_seen": self.last_seen, "n_articles": self.n_articles,
                "articles": list(self.articles), "decisions": [d.to_dict() for d in self.decisions]}

    @classmethod
    def from_dict(cls, person: str, name: str, d: Mapping) -> Tenure:
        """The tenure of :meth:`to_dict` (as read back from a graph)."""
        decisions = tuple(PostDecision(person, name, str(x.get("action")), str(x.get("post") or ""), x.get("organ"),
                                       str(x.get("organ_name") or ""), x.get("date"), str(x.get("article")),
                                       tuple(x.get("span") or (0, 0)), str(x.get("surface") or ""))
                          for x in d.get("decisions") or ())
        return cls(person, name, str(d.get("post") or ""), d.get("organ"), str(d.get("organ_name") or ""),
                   str(d.get("seat") or ""), d.get("start"), d.get("end"), str(d.get("start_basis") or UNKNOWN),
                   str(d.get("end_basis") or UNKNOWN), bool(d.get("acting")), d.get("first_seen"),
                   d.get("last_seen"), int(d.get("n_articles") or 0), tuple(d.get("articles") or ()), decisions)


@dataclass(frozen=True, slots=True)
class Tenures:
    """The tenures of a corpus, the decisions they come from, and where each title went."""

    tenures: tuple[Tenure, ...] = ()
    decisions: tuple[PostDecision, ...] = ()            # every resolved decision, nominate and propose too
    warnings: tuple[str, ...] = ()                      # appointments that name no person of the resolution
    by_title: Mapping[tuple[str, str, tuple[int, int]], int] = field(default_factory=dict)
                                                        # (article, name as written, span) -> index in tenures

    def __len__(self) -> int:
        return len(self.tenures)

    def __iter__(self):
        return iter(self.tenures)

    def of_person(self, person: str) -> tuple[Tenure, ...]:
        return tuple(t for t in self.tenures if t.person == person)

    def of_title(self, article: str, name: str, span: Iterable[int]) -> Tenure | None:
        """The tenure a title (a ``holds_post`` edge) belongs to."""
        i = self.by_title.get((article, name, tuple(span)))
        return None if i is None else self.tenures[i]


@dataclass(frozen=True, slots=True)
class Holder:
    """One tenure in a succession, with how it meets the tenures before it."""

    tenure: Tenure
    order: int                      # 1-based, in order of start
    gap_days: int | None = None     # days from the latest end before it to its start, when more than one
    overlap: tuple[str, ...] = ()   # person ids of earlier holders whose tenure runs past its start

    @property
    def flag(self) -> str:
        return "overlap" if self.overlap else "gap" if self.gap_days else ""


@dataclass(frozen=True, slots=True)
class Succession:
    """Who held one post of one organ, in order."""

    post: str
    organ: str | None
    organ_name: str
    seat: str
    plural: bool                    # a post several hold at once (副市长): overlaps are expected
    holders: tuple[Holder, ...]

    @property
    def label(self) -> str:
        return f"{self.organ_name}{self.post}"

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({a for h in self.holders for a in h.tenure.articles}))

    def to_dict(self) -> dict:
        return {"post": self.post, "organ": self.organ, "organ_name": self.organ_name, "seat": self.seat,
                "plural": self.plural,
                "holders": [{"order": h.order, "person": h.tenure.person, "name": h.tenure.name,
                             "acting": h.tenure.acting, "start": h.tenure.start, "end": h.tenure.end,
                             "basis": h.tenure.basis, "gap_days": h.gap_days, "overlap": list(h.overlap),
                             "flag": h.flag, "n_articles": h.tenure.n_articles} for h in self.holders]}


# ---------------------------------------------------------------------------
# posts and seats
# ---------------------------------------------------------------------------

def split_acting(post: str) -> tuple[str, bool]:
    """The post without a leading 代理 or 代 (代市长 -> 市长), and whether it had one.

    ``代`` alone is taken off only before a post that ends in 长 (代表 stays).

    >>> split_acting("代市长"), split_acting("代理县长"), split_acting("代表")
    (('市长', True), ('县长', True), ('代表', False))
    """
    if post.startswith("代理") and len(post) > 2:
        return post[2:], True
    if post.startswith("代") and len(post) > 2 and post.endswith("长"):
        return post[1:], True
    return post, False


def is_plural(post: str) -> bool:
    """Whether several persons hold ``post`` at once in one organ (副市长, 常委, 委员), so that one's
    start is not another's end.  常务副市长 is one person's.

    >>> is_plural("副市长"), is_plural("常务副市长"), is_plural("常委"), is_plural("书记")
    (True, False, True, False)
    """
    if "副" in post and not post.startswith("常务副"):
        return True
    return post.endswith(_PLURAL_ENDINGS)


def seat_organ(key: str) -> str:
    """The organ part of a seat: an organ key with a trailing 人民政府/政府 dropped (杭州市人民政府 -> 杭州市)."""
    for suffix in _GOVERNMENT_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return key


def _seat(post: str, organ: str | None, organ_name: str, res: Resolution) -> str:
    base = res.orgs[organ].key if organ is not None and organ in res.orgs else name_key(organ_name)
    return f"{post}@{seat_organ(base)}"


# ---------------------------------------------------------------------------
# reading the records
# ---------------------------------------------------------------------------

@dataclass(slots=True)
class _Mark:
    """One dated fact about a seat: a title seen, or a decision."""

    date: str | None
    article: str
    organ: str | None
    organ_name: str
    acting: bool
    decision: PostDecision | None = None
    title: tuple[str, str, tuple[int, int]] | None = None


def _person_of(name: str, article: str, res: Resolution, by_name: Mapping[str, list[str]]) -> str | None:
    pid = res.person_of.get((article, name))
    if pid is not None and pid in res.persons:
        return pid
    found = by_name.get(name_key(name), [])
    return found[0] if len(found) == 1 else None


def _title_organ(org: str | None, org_full: str | None, article: str, res: Resolution) -> tuple[str | None, str]:
    """As ``kg.careers`` and ``kg.graph`` place a title: the organ entity of the article's organization."""
    if org:
        oid = res.org_of.get((article, org))
        if oid is not None and oid in res.orgs:
            return oid, res.orgs[oid].name
    return None, org_full or org or ""


def _decision_organ(org: str | None, org_full: str | None, rec: ArticleRecord, res: Resolution, keys: Mapping,
                    vocab) -> tuple[str | None, str]:
    """A decision's organ: as a title's, else the entity whose key the organ's names give (the organ of a
    decision is often written nowhere else in the article)."""
    oid, name = _title_organ(org, org_full, rec.article.id, res)
    if oid is not None or not (org or org_full):
        return oid, name
    a = rec.article
    pub = a.page.publication if a.page and a.page.publication else a.publication
    key, _ = org_key(org or org_full or "", org_full, publication=pub, source=a.source, vocab=vocab)
    oid = keys.get(key)
    return (oid, res.orgs[oid].name) if oid is not None else (None, name)


def tenures(records: Iterable[ArticleRecord], resolution: Resolution, *, duplicates: Mapping[str, str] | None = None,
            skip_posts: Iterable[str] | None = None, vocab=None) -> Tenures:
    """The tenures of every person ``resolution`` found in ``records`` (see the module docstring).

    ``duplicates`` maps an article to the first of its near-duplicate group (copies count once
    in ``n_articles``); ``skip_posts`` are posts that are no office (by default the posts of the
    group labels lexicon: 市领导 -> 领导); ``vocab`` the extractor's vocabulary (the built-in one by
    default), used to find a decision's organ the way resolution keys organizations.

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.resolve import resolve
    >>> recs = extract_text("本报讯 25日,区委书记王强出席会议。", date="2025-09-26", locale="浙江省/杭州市/钱塘区")
    >>> t = tenures(recs, resolve(recs)).tenures[0]
    >>> (t.label, t.start, t.end, t.basis)
    ('钱塘区委书记', '2025-09-26', '2025-09-26', 'seen/seen')
    """
    if vocab is None or skip_posts is None:
        from extract import ExtractConfig, extractor

        vocab = vocab if vocab is not None else extractor(ExtractConfig()).vocab
    if skip_posts is None:
        skip_posts = {post for post, _ in vocab.group_labels.values()}
    skip = frozenset(skip_posts)
    res = resolution
    dup = duplicates or {}
    by_name: dict[str, list[str]] = defaultdict(list)
    for e in res.persons.values():
        if not e.is_reporter:
            by_name[name_key(e.name)].append(e.id)
    org_keys = {o.key: o.id for o in res.orgs.values()}
    marks: dict[tuple[str, str], list[_Mark]] = defaultdict(list)        # (person, seat) -> marks
    decisions: list[PostDecision] = []
    warnings: list[str] = []
    for rec in records:
        a = rec.article
        for p in rec.persons:
            if p.is_reporter:
                continue
            pid = res.person_of.get((a.id, p.name))
            if pid is None or pid not in res.persons:
                continue
            for t in p.titles:
                if t.post in skip or t.former:      # 原主任: held before the article's day, not on it
                    continue
                post, acting = split_acting(t.post)
                organ, organ_name = _title_organ(t.org, t.org_full, a.id, res)
                marks[(pid, _seat(post, organ, organ_name, res))].append(
                    _Mark(a.date, a.id, organ, organ_name, acting, title=(a.id, p.name, tuple(t.span))))
        for ap in rec.appointments:
            action = str(getattr(ap.action, "value", ap.action))
            pid = _person_of(ap.name, a.id, res, by_name)
            if pid is None:
                warnings.append(f"{a.id}: {action} {ap.name} {ap.post} ({ap.surface}): "
                                f"{ap.name} is no person of this article, nor one person of the corpus; left out")
                continue
            post, acting = split_acting(ap.post)
            acting = acting or action == ACTING
            organ, organ_name = _decision_organ(ap.org, ap.org_full, rec, res, org_keys, vocab)
            d = PostDecision(pid, res.persons[pid].name, action, post, organ, organ_name, ap.date or a.date,
                             a.id, tuple(ap.span), ap.surface)
            decisions.append(d)
            if d.action in STARTS or d.action in ENDS:
                marks[(pid, _seat(post, organ, organ_name, res))].append(
                    _Mark(d.date, a.id, organ, organ_name, acting, decision=d))
    drafts = [d for (pid, seat), ms in sorted(marks.items()) for d in _drafts(pid, seat, ms)]
    _end_by_successors(drafts)
    drafts.sort(key=lambda d: (d.person, d.start or d.end or "9999", d.seat))
    out: list[Tenure] = []
    by_title: dict[tuple[str, str, tuple[int, int]], int] = {}
    for draft in drafts:
        for m in draft.marks:
            if m.title is not None:
                by_title[m.title] = len(out)
        out.append(draft.tenure(res, dup))
    decisions.sort(key=lambda d: (d.person, d.date or "9999", d.article, d.span))
    return Tenures(tuple(out), tuple(decisions), tuple(warnings), by_title)


# ---------------------------------------------------------------------------
# from marks to tenures
# ---------------------------------------------------------------------------

@dataclass
class _Draft:
    person: str
    seat: str
    post: str
    start: str | None = None
    end: str | None = None
    start_basis: str = UNKNOWN
    end_basis: str = UNKNOWN
    acting: bool = False
    marks: list[_Mark] = field(default_factory=list)

    def seen(self) -> list[str]:
        return sorted(m.date for m in self.marks if m.decision is None and m.date)

    def tenure(self, res: Resolution, dup: Mapping[str, str]) -> Tenure:
        organs = Counter((m.organ, m.organ_name) for m in self.marks if m.organ is not None)
        if not organs:
            organs = Counter((None, m.organ_name) for m in self.marks)
        organ, organ_name = sorted(organs, key=lambda o: (-organs[o], -len(o[1]), o[1]))[0]
        seen = self.seen()
        arts = tuple(sorted({m.article for m in self.marks}))
        ds = tuple(sorted((m.decision for m in self.marks if m.decision is not None),
                          key=lambda d: (d.date or "9999", d.article, d.span)))
        return Tenure(self.person, res.persons[self.person].name, self.post, organ, organ_name, self.seat,
                      self.start, self.end, self.start_basis, self.end_basis, self.acting,
                      seen[0] if seen else None, seen[-1] if seen else None, len({dup.get(a, a) for a in arts}),
                      arts, ds)


def _drafts(person: str, seat: str, marks: list[_Mark]) -> list[_Draft]:
    """The tenures of one person in one seat: decisions cut the time line, titles fill the ends."""
    post = seat.split("@", 1)[0]
    dated = sorted((m for m in marks if m.decision is not None and m.decision.date),
                   key=lambda m: (m.date, m.decision.action in STARTS, m.article, m.decision.span))
    drafts: list[_Draft] = []
    current: _Draft | None = None
    for m in dated:
        d = m.decision
        if d.action in STARTS:
            acting = m.acting
            if current is None:
                current = _Draft(person, seat, post, start=d.date, start_basis=DECISION, acting=acting)
            elif current.acting and not acting:           # 代理 -> elected: the acting tenure ends here
                current.end, current.end_basis = d.date, DECISION
                drafts.append(current)
                current = _Draft(person, seat, post, start=d.date, start_basis=DECISION)
            current.marks.append(m)
            continue
        if current is None:
            last = drafts[-1] if drafts else None
            if last is not None and last.end_basis == DECISION and last.end is not None:
                last.marks.append(m)                      # the same end reported again
                last.end = min(last.end, d.date)
                continue
            current = _Draft(person, seat, post, acting=m.acting)
        current.end, current.end_basis = d.date, DECISION
        current.marks.append(m)
        drafts.append(current)
        current = None
    if current is not None:
        drafts.append(current)
    rest = sorted((m for m in marks if m.decision is None or not m.decision.date),
                  key=lambda m: (m.date or "9999", m.article))
    if not drafts:
        return _seen_only(person, seat, post, rest)
    for m in rest:                                        # titles (and undated decisions) to their tenure
        _home(drafts, m.date).marks.append(m)
    for i, draft in enumerate(drafts):
        seen = draft.seen()
        if seen and (draft.start is None or (i == 0 and seen[0] < draft.start)):
            if draft.end is None or seen[0] <= draft.end:
                draft.start, draft.start_basis = seen[0], SEEN
        if draft.end is None:
            after = [s for s in seen if draft.start is None or s >= draft.start]
            if after:
                draft.end, draft.end_basis = after[-1], SEEN
    return drafts


def _seen_only(person: str, seat: str, post: str, marks: list[_Mark]) -> list[_Draft]:
    """A seat no dated decision speaks of: first to last seen; an acting spell first (代市长, then 市长)
    ends where the post is first seen without 代."""
    seen = [m for m in marks if m.date]
    regular = [m for m in seen if not m.acting]
    acting = [m for m in seen if m.acting]
    if acting and regular and acting[0].date < regular[0].date:
        cut = regular[0].date
        first = _Draft(person, seat, post, acting=True, marks=[m for m in marks if m.date and m.date < cut])
        second = _Draft(person, seat, post, marks=[m for m in marks if not m.date or m.date >= cut])
        first.start, first.start_basis, first.end, first.end_basis = first.marks[0].date, SEEN, cut, SEEN
        drafts = [first, second]
    else:
        drafts = [_Draft(person, seat, post, acting=bool(marks) and all(m.acting for m in marks), marks=list(marks))]
    last = drafts[-1]
    dates = last.seen()
    if dates:
        last.start, last.start_basis, last.end, last.end_basis = dates[0], SEEN, dates[-1], SEEN
    return drafts


def _home(drafts: list[_Draft], day: str | None) -> _Draft:
    """The tenure a title seen on ``day`` belongs to: the one whose time holds it, else the last one begun
    by then (a title after a removal is kept as evidence, not as a later end), else the first."""
    if day is None:
        return drafts[0]
    for d in drafts:
        if (d.start is None or d.start <= day) and (d.end is None or day <= d.end):
            return d
    begun = [d for d in drafts if (d.start or d.end or "") <= day]
    return begun[-1] if begun else drafts[0]


def _end_by_successors(drafts: list[_Draft]) -> None:
    """End a tenure that no decision ends at the next decided start of another person in the same seat,
    for posts one person holds at a time; a tenure seen after that start keeps its end (an overlap)."""
    by_seat: dict[str, list[_Draft]] = defaultdict(list)
    for d in drafts:
        by_seat[d.seat].append(d)
    for seat, group in by_seat.items():
        post, organ = seat.split("@", 1)
        if not organ or is_plural(post):
            continue
        starts = sorted((d.start, d.person) for d in group if d.start_basis == DECISION and d.start)
        for d in group:
            if d.end_basis == DECISION or d.start is None:
                continue
            nxt = next((s for s, p in starts if p != d.person and s > d.start), None)
            if nxt is not None and (d.end is None or d.end <= nxt):
                d.end, d.end_basis = nxt, SUCCESSOR


# ---------------------------------------------------------------------------
# successions
# ---------------------------------------------------------------------------

def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def successions(items: Iterable[Tenure] | Tenures) -> tuple[Succession, ...]:
    """One succession per seat (post and organ) of ``items``, in order of seat label; a post with no organ
    and no place (主席 as written alone) has none.

    Each holder's ``gap_days`` counts the days from the latest end of the tenures before it to its start
    (when more than one), ``overlap`` names the earlier holders whose tenure ends after it starts.

    Examples
    --------
    >>> a = Tenure("p:a", "甲", "市长", None, "某市", "市长@某市", "2020-01-01", "2021-03-01", "seen", "successor")
    >>> b = Tenure("p:b", "乙", "市长", None, "某市", "市长@某市", "2021-03-01", "2022-05-01", "decision", "seen")
    >>> [(h.tenure.name, h.flag) for h in successions([b, a])[0].holders]
    [('甲', ''), ('乙', '')]
    """
    by_seat: dict[str, list[Tenure]] = defaultdict(list)
    for t in items:
        if not t.seat.endswith("@"):
            by_seat[t.seat].append(t)
    out = [_succession(seat, ts) for seat, ts in by_seat.items()]
    return tuple(sorted(out, key=lambda s: (s.organ_name, s.post, s.seat)))


def _succession(seat: str, ts: list[Tenure]) -> Succession:
    ts = sorted(ts, key=lambda t: (t.start or t.end or "9999", t.end or "9999", t.name, t.person))
    organs = Counter((t.organ, t.organ_name) for t in ts if t.organ is not None) or Counter(
        (None, t.organ_name) for t in ts)
    organ, organ_name = sorted(organs, key=lambda o: (-organs[o], -len(o[1]), o[1]))[0]
    post = seat.split("@", 1)[0]
    holders: list[Holder] = []
    latest: date | None = None                      # the latest end so far
    running: list[tuple[date, int, str]] = []       # (end, order, person) of earlier tenures, a heap by end
    for i, t in enumerate(ts):
        start, end = _day(t.start), _day(t.end)
        gap, overlap = None, ()
        if start is not None:
            while running and running[0][0] <= start:
                heapq.heappop(running)
            if latest is not None and (start - latest).days > 1:
                gap = (start - latest).days
            overlap = tuple(dict.fromkeys(p for _, _, p in sorted(running, key=lambda x: x[1]) if p != t.person))
        holders.append(Holder(t, i + 1, gap, overlap))
        if end is not None:
            latest = end if latest is None else max(latest, end)
            heapq.heappush(running, (end, i, t.person))
    return Succession(post, organ, organ_name, seat, is_plural(post), tuple(holders))


def succession(items: Iterable[Tenure] | Tenures, post: str, organ: str) -> Succession | None:
    """The succession of ``post`` in ``organ`` (an organization id, or its name or the place as written:
    杭州市人民政府 and 杭州市 name one seat); None when no tenure holds it.  ``post`` may be written with
    代理/代."""
    post = split_acting(post)[0]
    wanted = seat_organ(name_key(organ))
    items = list(items)
    found = [t for t in items if t.post == post and wanted and (t.organ == organ or t.seat == f"{post}@{wanted}")]
    if not found:
        return None
    seats = Counter(t.seat for t in found)
    seat = sorted(seats, key=lambda s: (-seats[s], s))[0]
    return _succession(seat, [t for t in items if t.seat == seat])
