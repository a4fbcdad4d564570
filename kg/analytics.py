"""Analytics of the officials graph: plain functions of ``G`` in the networkx style.

``G`` is the ``networkx.MultiDiGraph`` of :func:`kg.graph.build_graph`.  Nothing
here changes the graph it is given; :func:`annotate` returns an annotated copy
(or, with ``copy=False``, annotates ``G`` itself, as ``kg build`` does to save memory).

    co_attendance_graph     persons, with an edge where two attended one event
    degree_centrality       on the co-attendance graph
    betweenness_centrality  on the co-attendance graph
    communities             Louvain communities of the co-attendance graph
    co_attendance           which co-attendance ties are more than chance (curveball null model)
    precedence              who is listed before whom, pair by pair
    protocol_rank           an order of precedence among persons (Bradley-Terry)
    careers                 the posts each person was seen holding, first and last seen
    annotate                G with the significance and the rank as attributes (a copy by default)

The null model of co-attendance
-------------------------------
Two officials who sat in the same 12-person conference "co-attended", and so did
every other pair there; raw counts mostly measure how large and how frequent the
events of a person are (Traag et al. 2015 found elite co-occurrence networks
indistinguishable from random ones).  The question is whether a pair meets more
often than chance *given* how many events each person attended and how many
persons each event had.  We answer it with the fixed degree sequence model: the
person-event graph is rewired at random with the *curveball* algorithm (Strona
et al. 2014; Carstens 2016 proved it samples uniformly), which keeps every
person's and every event's number of ties exactly, and the observed count of each
pair is compared with its counts in the rewired graphs.

We chose this over the hypergeometric test, which is exact and fast but keeps only
the persons' degrees: it treats each person's events as a random subset of all
events, so a tie formed in one large event looks as unlikely as the same tie
formed in a small inspection, and large events then make many ties look
significant.  The price of rewiring is time: O(n_samples x (edges log edges + the pairs of
attendees of every event)), in arrays.  The trades are *global* curveball trades (Carstens,
Berger & Strona 2018): every person is paired with another at random and each pair trades at
once, which samples the same null model as single trades; five global trades (as many single
trades as there are persons, each) separate two samples, so that their p-values' Monte Carlo error is
about what its binomial formula says (``STEPS_BETWEEN``).  About 3.7 s for 10,000 articles at 500
samples on a 2-core machine here (7 s with sorts of int64 keys; 11 s with single trades in Python).
P-values are one-sided (more co-attendance than chance), with the add-one
correction so that none is zero, and are not corrected for multiple testing.

Events marked ``pairs_omitted`` by :func:`kg.graph.build_graph` (more than
``kg.graph.MAX_PAIRED_ATTENDEES`` attendees: a roll of names, not a meeting) are
left out of co-attendance, its null model and protocol rank: their pairs would
number k(k-1)/2, and a long roll's order is seldom protocol order.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import chain

import networkx as nx
import numpy as np

from kg.protocol import ProtocolRank, precedence, protocol_rank  # noqa: F401  (part of this module's API)

# Rewired graphs drawn to test each co-attendance tie against chance: the default of kg build's
# --null-samples, of the API and of the functions below.  p-values come in steps of 1/(N+1).
DEFAULT_NULL_SAMPLES = 500

__all__ = [
    "CoAttendance", "PostHeld", "ProtocolRank", "annotate", "attendance", "betweenness_centrality", "careers",
    "co_attendance", "co_attendance_graph", "communities", "degree_centrality", "is_annotated", "precedence",
    "protocol_rank",
]

NULL_MODEL = "curveball"
# Global curveball trades (each one a trade in every pair of persons) before the first sample, and between two.
# Samples two trades apart were correlated: two seeds' p-values of one 10,000-article graph differed by more
# than 3 nominal (binomial) Monte Carlo standard errors for 2.1% of the ties; 4 trades apart 0.6%, 8: 0.2%.
BURN_IN_STEPS = 10
STEPS_BETWEEN = 5


# ---------------------------------------------------------------------------
# records
# ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CoAttendance:
    """A co-attendance tie and its significance against the null model."""

    a: str                      # person id (the smaller of the two)
    b: str                      # person id
    count: int                  # events both attended
    events: tuple[str, ...]     # their ids
    expected: float             # mean count in the rewired graphs
    p_value: float              # P(count >= observed) under the null model, add-one corrected
    score: float                # (count - expected) / standard deviation; 0.0 where the null never varies


@dataclass(frozen=True, slots=True)
class PostHeld:
    """A post a person was seen holding (one row of a career)."""

    person: str                 # person id
    name: str                   # person's name
    post: str                   # 书记
    organization: str           # organization node id
    organization_name: str      # 杭州市委
    title: str | None           # the title as written (市委书记)
    first_seen: str | None      # YYYY-MM-DD
    last_seen: str | None
    articles: tuple[str, ...]   # article ids where the post was seen
    n_articles: int             # distinct reports (near-duplicate copies once, where the graph says so)


# ---------------------------------------------------------------------------
# the person-event graph and its projection
# ---------------------------------------------------------------------------

def _persons(G: nx.MultiDiGraph) -> list[str]:
    return sorted(n for n, d in G.nodes(data=True) if d.get("type") == "person" and not d.get("is_reporter"))


def _is_copy(G: nx.MultiDiGraph, event: str) -> bool:
    """Whether an event comes from a near-duplicate copy of a report (its article has ``duplicate_of``)."""
    article = G.nodes[event].get("article")
    node = f"article:{article}" if article else None
    return bool(node in G and G.nodes[node].get("duplicate_of"))


def _attendance(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    """person id -> ids of the events the person attended (reporters, copies of reports and events
    with ``pairs_omitted`` left out)."""
    out: dict[str, set[str]] = defaultdict(set)
    left_out: dict[str, bool] = {}
    for u, v, d in G.edges(data=True):
        if d.get("rel") != "attended" or G.nodes[u].get("is_reporter"):
            continue
        if v not in left_out:
            left_out[v] = _is_copy(G, v) or bool(G.nodes[v].get("pairs_omitted"))
        if not left_out[v]:
            out[u].add(v)
    return dict(out)


def attendance(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Person id -> ids of the events counted for the person in co-attendance (see :func:`co_attendance`:
    reporters, copies of reports and rolls of names left out)."""
    return _attendance(G)


def _observed_pairs(events_of: dict[str, set[str]]) -> dict[tuple[str, str], list[str]]:
    attendees: dict[str, list[str]] = defaultdict(list)
    for person, events in events_of.items():
        for e in events:
            attendees[e].append(person)
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in sorted(attendees):
        people = sorted(attendees[e])
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                pairs[(a, b)].append(e)
    return dict(pairs)


def co_attendance_graph(G: nx.MultiDiGraph, *, max_p_value: float | None = None) -> nx.Graph:
    """The person-person co-attendance graph.

    Every person who is not a reporter is a node (with the person's attributes);
    two persons are joined when they attended at least one event together (events
    marked ``pairs_omitted``, rolls of names, do not join their attendees).  Edge
    attributes: ``count``, ``events`` and, where ``G`` was annotated, ``expected``,
    ``p_value`` and ``score``.  ``max_p_value`` keeps only the ties at least that
    significant (it needs an annotated graph: see :func:`annotate`).

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.graph import build_graph
    >>> G = build_graph(extract_text("本报讯 25日,市委书记刘非出席会议。市领导朱华、章登峰参加。", date="2025-09-26"))
    >>> P = co_attendance_graph(G)
    >>> sorted(P.nodes[n]["label"] for n in P), P.number_of_edges()
    (['刘非', '朱华', '章登峰'], 3)
    """
    if max_p_value is not None and not 0 < max_p_value <= 1:
        raise ValueError(f"max_p_value must be in (0, 1], got {max_p_value!r}")
    P = nx.Graph()
    for n in _persons(G):
        P.add_node(n, **G.nodes[n])
    stored = {}
    for u, v, d in G.edges(data=True):
        if d.get("rel") == "co_attended":
            stored[tuple(sorted((u, v)))] = d
    observed = _observed_pairs(_attendance(G))
    for a, b in stored.keys() - observed.keys():
        observed[(a, b)] = []           # ties seen only in copies of reports
    for (a, b), events in sorted(observed.items()):
        d = stored.get((a, b), {})
        attrs = {"count": d.get("count", len(events)), "events": list(d.get("events") or events)}
        for key in ("expected", "p_value", "score"):
            if d.get(key) is not None:
                attrs[key] = d[key]
        if max_p_value is not None:
            p = attrs.get("p_value")
            if p is None:
                raise ValueError("max_p_value needs significance scores; annotate the graph first: "
                                 "G = kg.analytics.annotate(G)")
            if p > max_p_value:
                continue
        P.add_edge(a, b, **attrs)
    return P


# ---------------------------------------------------------------------------
# centrality and communities
# ---------------------------------------------------------------------------

def degree_centrality(G: nx.MultiDiGraph) -> dict[str, float]:
    """Degree centrality of each person in the co-attendance graph.

    The share of the other persons that a person attended at least one event with.

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.graph import build_graph
    >>> G = build_graph(extract_text("本报讯 25日,市委书记刘非出席会议。市领导朱华参加。", date="2025-09-26"))
    >>> sorted(degree_centrality(G).values())
    [1.0, 1.0]
    """
    return nx.degree_centrality(co_attendance_graph(G))


def betweenness_centrality(G: nx.MultiDiGraph, *, weighted: bool = False, k: int | None = None,
                           seed: int | None = None) -> dict[str, float]:
    """Betweenness centrality of each person in the co-attendance graph (normalised).

    ``weighted=True`` treats a tie of ``count`` shared events as a distance of
    ``1 / count``, so that frequent co-attendees are close.  ``k`` samples that
    many source persons (faster on large graphs; ``seed`` makes it repeatable).

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.graph import build_graph
    >>> G = build_graph(extract_text("本报讯 25日,市委书记刘非出席会议。市领导朱华参加。", date="2025-09-26"))
    >>> sorted(betweenness_centrality(G).values())
    [0.0, 0.0]
    """
    P = co_attendance_graph(G)
    weight = None
    if weighted:
        for _, _, d in P.edges(data=True):
            d["distance"] = 1.0 / d["count"]
        weight = "distance"
    if k is not None and not 0 < k <= P.number_of_nodes():
        raise ValueError(f"k must be between 1 and the number of persons ({P.number_of_nodes()}), got {k!r}")
    return nx.betweenness_centrality(P, k=k, weight=weight, seed=seed)


def communities(G: nx.MultiDiGraph, *, seed: int = 0, resolution: float = 1.0,
                weighted: bool = True) -> list[frozenset[str]]:
    """Louvain communities of the co-attendance graph, largest first.

    Uses ``networkx.community.louvain_communities`` with ``seed`` so that a rerun
    gives the same communities; ``weighted`` uses the number of shared events as
    the edge weight.  Persons who attended nothing with anyone form communities of
    their own.

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.graph import build_graph
    >>> G = build_graph(extract_text("本报讯 25日,市委书记刘非出席会议。市领导朱华参加。", date="2025-09-26"))
    >>> [len(c) for c in communities(G)]
    [2]
    """
    P = co_attendance_graph(G)
    if P.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(P, weight="count" if weighted else None, resolution=resolution,
                                             seed=seed)
    return sorted((frozenset(c) for c in found), key=lambda c: (-len(c), min(c)))


# ---------------------------------------------------------------------------
# co-attendance significance
# ---------------------------------------------------------------------------

def _global_trades(persons: np.ndarray, events: np.ndarray, n_persons: int, n_events: int, steps: int,
                   rng: np.random.Generator) -> np.ndarray:
    """``steps`` global curveball trades of the person-event graph given as edges ``(persons[i], events[i])``;
    the new ``persons`` (``events`` stay as they are: each edge keeps its event and may change its person).

    A global trade pairs every person with another at random (one sits out when their number is odd)
    and makes a curveball trade in each pair at once: what each of the two has that the other has not
    is pooled and dealt back at random in the same numbers, so every person and every event keeps its
    number of ties (Carstens, Berger & Strona 2018 show that these trades sample uniformly, as
    single trades do).  In arrays: a trade of all persons costs two stable sorts of the edges by the
    number of their pair, a radix sort while pairs fit in 16 bits (the edges are put in the order of
    their events once, so that sorting by pair sorts by pair and event).
    """
    persons = persons.copy()
    m = len(persons)
    if n_persons < 2 or m == 0:
        return persons
    half = n_persons // 2
    small = np.uint16 if half <= np.iinfo(np.uint16).max else np.int64
    pair_of_place = (np.arange(n_persons) // 2).astype(small)   # the i-th person of a draw: pair i // 2
    group = np.empty(n_persons, dtype=small)
    second = np.zeros(n_persons, dtype=bool)
    by_event = None if bool(np.all(events[1:] >= events[:-1])) else np.argsort(events, kind="stable")
    for _ in range(steps):
        order = rng.permutation(n_persons)
        group[order] = pair_of_place                       # the pair of each person; the odd one out: its own
        second[:] = False
        second[order[1:2 * half:2]] = True
        # an event both persons of a pair have stays; the rest is pooled (one edge of the pair per event)
        g = group[persons]
        if by_event is None:
            by_key = np.argsort(g, kind="stable")         # by pair, then event (events are in order)
        else:
            by_key = by_event[np.argsort(g[by_event], kind="stable")]
        gk, ek = g[by_key], events[by_key]
        same = (gk[1:] == gk[:-1]) & (ek[1:] == ek[:-1])
        dup = np.zeros(m, dtype=bool)
        dup[1:] |= same
        dup[:-1] |= same
        alone = ~dup & (gk < half)                          # the odd one out keeps what it has
        pooled, pg = by_key[alone], gk[alone]
        if len(pooled) == 0:
            continue
        # each pool shuffled: by pair, then by a random draw (the draw's inverse, sorted stably by pair)
        drawn = rng.permutation(len(pooled))
        by_draw = np.empty(len(pooled), dtype=np.intp)
        by_draw[drawn] = np.arange(len(pooled))
        deal = by_draw[np.argsort(pg[by_draw], kind="stable")]
        pooled, pg = pooled[deal], pg[deal]
        starts = np.flatnonzero(np.r_[True, pg[1:] != pg[:-1]])
        rank = np.arange(len(pooled)) - np.repeat(starts, np.diff(np.r_[starts, len(pooled)]))
        firsts_have = np.bincount(pg[~second[persons[pooled]]], minlength=half)
        first, other = order[0:2 * half:2], order[1:2 * half:2]
        persons[pooled] = np.where(rank < firsts_have[pg], first[pg], other[pg])
    return persons


def _event_pairs(events: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions ``(i, j)``, ``i < j``, of every two edges of one event, for edges sorted by event.

    The rewiring keeps each edge's event, so these are listed once and read the persons again
    after each rewiring (an event of k persons gives k(k-1)/2 pairs, a number the rewiring keeps).
    """
    m = len(events)
    if m == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, events[1:] != events[:-1]])
    ends = np.repeat(np.r_[starts[1:], m], np.diff(np.r_[starts, m]))
    later = ends - np.arange(m) - 1                     # partners after each attendee in its event
    left = np.repeat(np.arange(m), later)
    offset = np.arange(len(left)) - np.repeat(np.cumsum(later) - later, later)
    return left, left + offset + 1


def _count_codes(persons: np.ndarray, left: np.ndarray, right: np.ndarray, n: int,
                 codes: np.ndarray, wanted: np.ndarray | None = None) -> np.ndarray:
    """How many of the edge pairs ``(left, right)`` join each pair of persons in ``codes`` (ascending;
    persons ``i < j`` coded ``i * n + j``).  ``wanted``: a mask of the persons of ``codes``, where they are
    a few of the ``n`` (the other edge pairs are left out before they are sorted)."""
    if len(left) == 0:
        return np.zeros(len(codes), dtype=np.int64)
    a, b = persons[left], persons[right]
    if wanted is not None:
        both = wanted[a] & wanted[b]
        a, b = a[both], b[both]
        if len(a) == 0:
            return np.zeros(len(codes), dtype=np.int64)
    first, then = np.minimum(a, b), np.maximum(a, b)
    if n <= 1 << 16:        # sorted by two stable radix sorts of 16-bit numbers: the second person, then the first
        first, then = first.astype(np.uint16), then.astype(np.uint16)
        by = np.argsort(then, kind="stable")
        by = by[np.argsort(first[by], kind="stable")]
        pair = first[by].astype(np.int64) * n + then[by]
    else:
        pair = np.sort(first * n + then)
    starts = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])
    found, times = pair[starts], np.diff(np.r_[starts, len(pair)])       # each pair once, and how often
    at = np.minimum(np.searchsorted(found, codes), len(found) - 1)
    return np.where(found[at] == codes, times[at], 0)


def _edge_pair_counts(persons: np.ndarray, events: np.ndarray, n: int, codes: np.ndarray) -> np.ndarray:
    """How many events each pair in ``codes`` shares in the person-event edges ``(persons[i], events[i])``.

    A pair of persons ``i < j`` is coded ``i * n + j``; ``codes`` is ascending.
    """
    if len(persons) == 0 or len(codes) == 0:
        return np.zeros(len(codes), dtype=np.int64)
    order = np.argsort(events, kind="stable")
    left, right = _event_pairs(events[order])
    return _count_codes(persons[order], left, right, n, codes)


def _pair_counts(rows: list[set[int]], codes: np.ndarray) -> np.ndarray:
    """How many events each pair in ``codes`` shares in ``rows`` (person -> event indices); see
    :func:`_edge_pair_counts`."""
    n = len(rows)
    sizes = np.fromiter((len(r) for r in rows), dtype=np.int64, count=n)
    events = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=int(sizes.sum()))
    persons = np.repeat(np.arange(n, dtype=np.int64), sizes)
    return _edge_pair_counts(persons, events, n, codes)


def co_attendance(G: nx.MultiDiGraph, *, n_samples: int = DEFAULT_NULL_SAMPLES, seed: int = 0,
                  known: Mapping[tuple[str, str], CoAttendance] | None = None
                  ) -> dict[tuple[str, str], CoAttendance]:
    """Each co-attendance tie with its significance against the fixed degree sequence model.

    The person-event graph of ``attended`` edges is rewired ``n_samples`` times
    with the curveball algorithm, which keeps each person's and each event's
    number of ties (see the module docstring for why this null model).  A tie's
    ``p_value`` is the share of rewired graphs in which the pair co-attends at
    least as often as observed (add-one corrected); ``score`` is how many
    standard deviations the observed count lies above the rewired mean.

    Returns a dict keyed by the pair of person ids in sorted order, for every pair
    that attended at least one event together.  Reporters are left out, and so are
    the events of near-duplicate copies of a report (articles with ``duplicate_of``),
    so that a reposted report is not counted twice, and events marked
    ``pairs_omitted`` (rolls of names).

    ``known`` gives ties whose significance an earlier draw gave (``kg build`` keeps those of persons
    whose events hardly changed): a tie found with the same count keeps that ``expected``, ``p_value``
    and ``score`` and is not counted in the rewired graphs.  The graphs are rewired as without it, so
    each tie drawn gets the numbers a draw of every tie gives it; a rebuild counts only those.

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.graph import build_graph
    >>> text = ("本报讯 22日,区委书记王建国出席座谈会。区长李明参加。\\n"
    ...         "本报讯 23日,区委书记王建国出席推进会。区长李明参加。\\n"
    ...         "本报讯 24日,全区文明创建工作会议召开。区领导张华、赵强、钱伟、孙丽出席。")
    >>> G = build_graph(extract_text(text, date="2025-09-26"))
    >>> ids = {d["label"]: n for n, d in G.nodes(data=True) if d["type"] == "person"}
    >>> tie = co_attendance(G, n_samples=200, seed=1)[tuple(sorted((ids["王建国"], ids["李明"])))]
    >>> tie.count, tie.expected < tie.count, 0 < tie.p_value <= 1
    (2, True, True)
    """
    if not isinstance(n_samples, int) or n_samples < 1:
        raise ValueError(f"n_samples must be a positive integer, got {n_samples!r}")
    events_of = _attendance(G)
    observed = _observed_pairs(events_of)
    if not observed:
        return {}
    persons = sorted(events_of)
    n_persons = len(persons)
    index = {p: i for i, p in enumerate(persons)}
    event_index = {e: i for i, e in enumerate(sorted({e for es in events_of.values() for e in es}))}
    edges = sorted((event_index[e], index[p]) for p in persons for e in events_of[p])    # by event
    event_of = np.array([e for e, _ in edges], dtype=np.int64)
    person_of = np.array([p for _, p in edges], dtype=np.int64)
    left, right = _event_pairs(event_of)
    known = known or {}
    out = {}
    order = sorted(observed)
    pairs = []                  # the ties drawn here
    for key in order:
        old = known.get(key)
        if old is not None and old.count == len(observed[key]):
            out[key] = CoAttendance(*key, old.count, tuple(observed[key]), old.expected, old.p_value, old.score)
        else:
            pairs.append(key)
    if not pairs:
        return {key: out[key] for key in order}
    codes = np.array([index[a] * n_persons + index[b] for a, b in pairs], dtype=np.int64)   # ascending
    wanted = None
    if len(pairs) < len(observed):
        wanted = np.zeros(n_persons, dtype=bool)
        wanted[codes // n_persons] = wanted[codes % n_persons] = True
    obs = np.array([len(observed[p]) for p in pairs], dtype=np.int64)
    total = np.zeros(len(pairs), dtype=np.int64)
    total_sq = np.zeros(len(pairs), dtype=np.int64)
    at_least = np.zeros(len(pairs), dtype=np.int64)
    rng = np.random.default_rng(seed)
    n_events = len(event_index)
    # a global trade pairs up every person: two between samples, as many trades as there are persons
    person_of = _global_trades(person_of, event_of, n_persons, n_events, BURN_IN_STEPS, rng)
    for _ in range(n_samples):
        person_of = _global_trades(person_of, event_of, n_persons, n_events, STEPS_BETWEEN, rng)
        c = _count_codes(person_of, left, right, n_persons, codes, wanted)
        total += c
        total_sq += c * c
        at_least += c >= obs
    for t, (a, b) in enumerate(pairs):
        mean = int(total[t]) / n_samples
        var = max(int(total_sq[t]) / n_samples - mean * mean, 0.0)
        sd = math.sqrt(var)
        score = (int(obs[t]) - mean) / sd if sd > 1e-12 else 0.0
        out[(a, b)] = CoAttendance(a, b, int(obs[t]), tuple(observed[(a, b)]), round(mean, 6),
                                   (1 + int(at_least[t])) / (1 + n_samples), round(score, 6))
    return {key: out[key] for key in order}


# ---------------------------------------------------------------------------
# careers
# ---------------------------------------------------------------------------

def careers(G: nx.MultiDiGraph, *, person: str | None = None) -> list[PostHeld]:
    """The posts each person was seen holding, with the first and last date seen.

    One row per (person, organization, post), from the ``holds_post`` edges;
    sorted by person, then by first seen.  ``person`` (an id) keeps one person's
    career.  Reads ``first_seen``/``last_seen``/``articles`` from an edge where
    the corpus store put them there, and the edge's ``date``/``article`` otherwise.

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.graph import build_graph
    >>> G = build_graph(extract_text("本报讯 25日,市委书记刘非出席会议。", date="2025-09-26", locale="浙江省/杭州市"))
    >>> [(c.name, c.organization_name, c.post, c.first_seen) for c in careers(G)]
    [('刘非', '杭州市委', '书记', '2025-09-26')]
    """
    if person is not None and person not in G:
        raise KeyError(f"no person {person!r} in the graph")
    rows: dict[tuple[str, str, str], dict] = {}
    for u, v, d in G.edges(data=True):
        if d.get("rel") != "holds_post" or (person is not None and u != person):
            continue
        key = (u, v, d.get("post") or "")
        row = rows.setdefault(key, {"dates": set(), "articles": [], "titles": [], "n": 0})
        if isinstance(d.get("n_articles"), int):
            row["n"] = max(row["n"], d["n_articles"])
        for k in ("first_seen", "last_seen", "date"):
            if d.get(k):
                row["dates"].add(d[k])
        arts = d.get("articles") or ([d["article"]] if d.get("article") else [])
        row["articles"].extend(a for a in arts if a not in row["articles"])
        if d.get("surface"):
            row["titles"].append(d["surface"])
    out = []
    for (u, v, post), row in rows.items():
        dates = sorted(row["dates"])
        title = max(set(row["titles"]), key=lambda t: (row["titles"].count(t), len(t)), default=None)
        out.append(PostHeld(u, _label(G, u), post, v, _label(G, v), title, dates[0] if dates else None,
                            dates[-1] if dates else None, tuple(row["articles"]), row["n"] or len(row["articles"])))
    return sorted(out, key=lambda r: (r.person, r.first_seen or "9999", r.organization_name, r.post))


def _label(G: nx.MultiDiGraph, n: str) -> str:
    d = G.nodes[n]
    return str(d.get("name") or d.get("label") or n)


# ---------------------------------------------------------------------------
# annotate
# ---------------------------------------------------------------------------

def annotate(G: nx.MultiDiGraph, *, n_samples: int = DEFAULT_NULL_SAMPLES, seed: int = 0,
             copy: bool = True, keep: Mapping[tuple[str, str], CoAttendance] | None = None) -> nx.MultiDiGraph:
    """A copy of ``G`` with co-attendance significance and protocol rank as attributes.

    ``co_attended`` edges get ``expected``, ``p_value`` and ``score`` (see
    :func:`co_attendance`; a pair with no edge yet gets one); ranked persons get
    ``protocol_rank``, ``protocol_strength``, ``protocol_consistency`` and
    ``protocol_comparisons`` (see :func:`protocol_rank`).  The graph attributes
    record the null model, the number of samples and the seed.  ``G`` itself is
    not changed, unless ``copy=False``: then ``G`` is annotated and returned, which
    spares a second graph in memory (a large build's largest saving).

    ``keep`` gives ties whose significance an earlier build drew (``kg build`` keeps those of persons
    whose events did not change): a tie found with the same count keeps that ``expected``,
    ``p_value`` and ``score`` instead of this run's, which differ only by Monte Carlo error, and is
    not counted in the null model's samples (``known`` of :func:`co_attendance`).

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.graph import build_graph
    >>> G = build_graph(extract_text("本报讯 25日,市委书记刘非出席会议。市领导朱华参加。", date="2025-09-26"))
    >>> H = annotate(G, n_samples=50)
    >>> sorted(d["protocol_rank"] for _, d in H.nodes(data=True) if "protocol_rank" in d)
    [1, 2]
    >>> any("protocol_rank" in d for _, d in G.nodes(data=True))
    False
    """
    ties = co_attendance(G, n_samples=n_samples, seed=seed, known=keep)
    ranks = protocol_rank(G)
    H = G.copy() if copy else G
    seen = set()
    for u, v, d in H.edges(data=True):
        if d.get("rel") != "co_attended":
            continue
        key = (u, v) if u < v else (v, u)
        tie = ties.get(key)
        if tie is None:
            continue
        seen.add(key)
        d.update(expected=tie.expected, p_value=tie.p_value, score=tie.score)
    for key, tie in ties.items():
        if key not in seen:
            H.add_edge(tie.a, tie.b, rel="co_attended", count=tie.count, events=list(tie.events),
                       expected=tie.expected, p_value=tie.p_value, score=tie.score)
    for p, r in ranks.items():
        H.nodes[p].update(protocol_rank=r.rank, protocol_strength=r.strength, protocol_consistency=r.consistency,
                          protocol_comparisons=r.before + r.after)
    H.graph.update(co_attendance_null=NULL_MODEL, co_attendance_samples=n_samples, co_attendance_seed=seed)
    return H


def is_annotated(G: nx.MultiDiGraph) -> bool:
    """Whether ``G`` went through :func:`annotate` (its graph attributes say so)."""
    return G.graph.get("co_attendance_null") == NULL_MODEL
