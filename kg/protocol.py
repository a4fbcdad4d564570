"""Protocol rank: the order of precedence that official lists follow, fitted from who is listed before whom.

Lists of officials follow protocol rank (party before government at the same level, higher
level before lower, standing-committee order within a body): political scientists read the
order as a rank signal.  ``precedence`` counts, for each pair of persons listed together, how
often each came first; ``protocol_rank`` fits a Bradley-Terry model to those counts.  Only
persons with a role in an event are ranked (the met and the visited are not listed by rank),
and events with ``pairs_omitted`` (rolls of names) are left out.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx


@dataclass(frozen=True, slots=True)
class ProtocolRank:
    """A person's place in the order of precedence."""

    person: str                 # person id
    rank: int                   # 1 = listed first; equal strengths share a rank
    strength: float             # Bradley-Terry log-strength; 0.0 = no evidence either way
    before: int                 # times listed before another person of the same listing
    after: int                  # times listed after one
    consistency: float          # share of those comparisons that agree with the rank



def _listings(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """event id -> persons in listed order (persons with a role only: the met and visited are not ranked;
    events with ``pairs_omitted`` are left out)."""
    best: dict[str, dict[str, int]] = defaultdict(dict)
    for u, v, d in G.edges(data=True):
        if d.get("rel") != "attended" or G.nodes[u].get("is_reporter") or not d.get("roles"):
            continue
        if G.nodes[v].get("pairs_omitted"):
            continue
        order = d.get("order")
        if not isinstance(order, int) or isinstance(order, bool) or order < 1:
            continue
        seen = best[v]
        seen[u] = min(order, seen.get(u, order))
    return {e: [p for p, _ in sorted(ps.items(), key=lambda x: (x[1], x[0]))] for e, ps in best.items()}


def precedence(G: nx.MultiDiGraph) -> dict[tuple[str, str], tuple[int, int]]:
    """For each pair of persons listed together: how often each was listed first.

    Keys are pairs of person ids in sorted order ``(a, b)``; values are
    ``(times a was listed before b, times b was listed before a)``.  A listing is
    the participants of one event in the order the article names them; persons
    with no role (those met or visited) are left out, and so are two persons
    given the same position and the listings of events marked ``pairs_omitted``
    (rolls of names: see the module docstring).

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.graph import build_graph
    >>> G = build_graph(extract_text("本报讯 25日,市委书记刘非出席会议。市领导朱华、章登峰参加。", date="2025-09-26"))
    >>> label = lambda n: G.nodes[n]["label"]
    >>> sorted((label(a), label(b), n) for (a, b), n in precedence(G).items())[0]
    ('朱华', '刘非', (0, 1))
    """
    out: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for people in _listings(G).values():
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                key = (a, b) if a < b else (b, a)
                out[key][0 if key[0] == a else 1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}


def protocol_rank(G: nx.MultiDiGraph, *, prior: float = 0.5, max_iter: int = 10_000,
                  tol: float = 1e-9) -> dict[str, ProtocolRank]:
    """An order of precedence among persons, from who is listed before whom.

    Each listing (see :func:`precedence`) gives pairwise outcomes: the person
    named first "wins".  A Bradley-Terry model fitted to all outcomes (Hunter's
    MM algorithm) gives each person a strength; ``prior`` adds that many virtual
    wins and losses against a person of strength 1 so that someone who is always
    listed first still gets a finite strength, and someone seldom seen stays near
    the middle.  ``strength`` is the log-strength, ``rank`` orders persons by it
    (1 = highest), and ``consistency`` is the share of a person's comparisons that
    agree with the ranks (ties count half): low values flag persons whose place
    in the lists varies.  Persons listed with nobody are not ranked.

    Ranks of persons who were never listed together, even through others, come
    from separate lists and compare only their strengths, not their offices.

    Examples
    --------
    >>> from extract import extract_text
    >>> from kg.graph import build_graph
    >>> G = build_graph(extract_text("本报讯 25日,市委书记刘非出席会议。市领导朱华、章登峰参加。", date="2025-09-26"))
    >>> [G.nodes[r.person]["label"] for r in sorted(protocol_rank(G).values(), key=lambda r: r.rank)]
    ['刘非', '朱华', '章登峰']
    """
    if prior <= 0:
        raise ValueError(f"prior must be positive, got {prior!r}")
    pairs = precedence(G)
    if not pairs:
        return {}
    import numpy as np

    persons = sorted({p for pair in pairs for p in pair})
    index = {p: i for i, p in enumerate(persons)}
    wins = {p: 0 for p in persons}
    losses = {p: 0 for p in persons}
    for (a, b), (ab, ba) in pairs.items():
        wins[a] += ab
        losses[a] += ba
        wins[b] += ba
        losses[b] += ab
    left = np.array([index[a] for a, _ in pairs], dtype=np.int64)
    right = np.array([index[b] for _, b in pairs], dtype=np.int64)
    games = np.array([ab + ba for ab, ba in pairs.values()], dtype=float)
    won = np.array([wins[p] for p in persons], dtype=float) + prior
    s = np.ones(len(persons))
    for _ in range(max_iter):
        per_game = games / (s[left] + s[right])
        denom = 2 * prior / (s + 1.0) + np.bincount(left, per_game, len(s)) + np.bincount(right, per_game, len(s))
        new = won / denom
        change = float(np.max(np.abs(np.log(new) - np.log(s))))
        s = new
        if change < tol:
            break
    strength = dict(zip(persons, s.tolist()))
    log_strength = {p: round(math.log(s), 9) for p, s in strength.items()}
    order = sorted(persons, key=lambda p: (-log_strength[p], p))
    rank: dict[str, int] = {}
    for i, p in enumerate(order):
        prev = order[i - 1] if i else None
        rank[p] = rank[prev] if prev is not None and log_strength[prev] == log_strength[p] else i + 1
    agree = {p: 0.0 for p in persons}
    for (a, b), (ab, ba) in pairs.items():
        if rank[a] < rank[b]:
            agree[a] += ab
            agree[b] += ab
        elif rank[b] < rank[a]:
            agree[a] += ba
            agree[b] += ba
        else:
            agree[a] += (ab + ba) / 2
            agree[b] += (ab + ba) / 2
    return {p: ProtocolRank(p, rank[p], log_strength[p], wins[p], losses[p],
                            round(agree[p] / (wins[p] + losses[p]), 6)) for p in order}
