"""kg.analytics on graphs built from real Chinese reports (and a few hand-made graphs for edge cases)."""
from __future__ import annotations

import json
import random

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_text
from kg import analytics
from kg.analytics import _global_trades
from kg.graph import build_graph

MEETINGS = ("本报讯 22日,全区安全生产工作会议召开。市领导王建国、李明、张华出席。\n"
            "本报讯 23日,全区招商引资推进会召开。市领导李明、张华出席。\n"
            "本报讯 24日,全区文明创建工作会议召开。市领导张华、李明出席。")

# Two persons who meet at two small events; four who meet once at a larger one.
PAIR_AND_CROWD = ("本报讯 22日,区委书记王建国出席座谈会。区长李明参加。\n"
                  "本报讯 23日,区委书记王建国出席推进会。区长李明参加。\n"
                  "本报讯 24日,全区文明创建工作会议召开。区领导赵强、钱伟、孙丽、周敏出席。")


def graph_of(text: str, **kw) -> nx.MultiDiGraph:
    return build_graph(extract_text(text, date="2025-09-26", **kw))


def by_name(G: nx.MultiDiGraph) -> dict[str, str]:
    return {d["name"]: n for n, d in G.nodes(data=True) if d.get("type") == "person"}


def snapshot(G: nx.MultiDiGraph) -> str:
    return json.dumps(nx.node_link_data(G, edges="links"), sort_keys=True, ensure_ascii=False, default=str)


# -- the null model ----------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(st.lists(st.sets(st.integers(0, 12), max_size=8), min_size=2, max_size=8), st.integers(0, 2**32 - 1))
def test_global_curveball_trades_keep_every_row_and_column_total(rows, seed):
    import numpy as np

    persons = np.array([i for i, r in enumerate(rows) for _ in r], dtype=np.int64)
    events = np.array([e for r in rows for e in sorted(r)], dtype=np.int64)
    after = _global_trades(persons, events, len(rows), 13, 30, np.random.default_rng(seed))
    new_rows = [set() for _ in rows]
    for p, e in zip(after.tolist(), events.tolist()):
        assert e not in new_rows[p]                 # no person gets one event twice
        new_rows[p].add(e)
    assert [len(r) for r in new_rows] == [len(r) for r in rows]
    assert sorted(e for r in new_rows for e in r) == sorted(e for r in rows for e in r)


def _trades_by_plain_sorts(persons, events, n_persons, n_events, steps, rng):
    """The global trades as first written (sorts of int64 keys): the draws kg build's p-values were made with."""
    import numpy as np

    persons = persons.copy()
    m, half = len(persons), n_persons // 2
    if n_persons < 2 or m == 0:
        return persons
    group, second = np.empty(n_persons, dtype=np.int64), np.zeros(n_persons, dtype=bool)
    for _ in range(steps):
        order = rng.permutation(n_persons)
        group[order] = np.arange(n_persons) // 2
        second[:] = False
        second[order[1:2 * half:2]] = True
        g = group[persons]
        key = g * n_events + events
        by_key = np.argsort(key, kind="stable")
        k = key[by_key]
        dup = np.zeros(m, dtype=bool)
        dup[1:] |= k[1:] == k[:-1]
        dup[:-1] |= k[1:] == k[:-1]
        pooled = by_key[~dup]
        pooled = pooled[g[pooled] < half]
        if len(pooled) == 0:
            continue
        pg = g[pooled]
        deal = np.argsort(pg * (m + 1) + rng.permutation(len(pooled)), kind="stable")
        pooled, pg = pooled[deal], pg[deal]
        starts = np.flatnonzero(np.r_[True, pg[1:] != pg[:-1]])
        rank = np.arange(len(pooled)) - np.repeat(starts, np.diff(np.r_[starts, len(pooled)]))
        firsts_have = np.bincount(pg[~second[persons[pooled]]], minlength=half)
        first, other = order[0:2 * half:2], order[1:2 * half:2]
        persons[pooled] = np.where(rank < firsts_have[pg], first[pg], other[pg])
    return persons


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sets(st.integers(0, 12), max_size=8), min_size=2, max_size=8), st.integers(0, 2**32 - 1),
       st.booleans())
def test_global_trades_make_the_draws_of_the_plain_sorts(rows, seed, by_event):
    """Radix sorts by pair (kg.analytics) give what sorting the int64 keys gave: same persons, same draws after."""
    import numpy as np

    edges = [(i, e) for i, r in enumerate(rows) for e in sorted(r)]
    if by_event:                                    # as co_attendance gives them; by person otherwise
        edges.sort(key=lambda x: x[1])
    persons = np.array([p for p, _ in edges], dtype=np.int64)
    events = np.array([e for _, e in edges], dtype=np.int64)
    new, old = np.random.default_rng(seed), np.random.default_rng(seed)
    got = _global_trades(persons, events, len(rows), 13, 7, new)
    assert got.tolist() == _trades_by_plain_sorts(persons, events, len(rows), 13, 7, old).tolist()
    assert new.integers(2**62) == old.integers(2**62)


def test_global_curveball_trades_reach_every_arrangement_about_equally():
    import numpy as np
    from collections import Counter

    # two persons with one event each among three persons and events: 3 arrangements keep the totals
    persons, events = np.array([0, 1, 2]), np.array([0, 1, 2])
    rng = np.random.default_rng(0)
    seen = Counter()
    for _ in range(3000):
        persons = _global_trades(persons, events, 3, 3, 1, rng)
        seen[tuple(persons.tolist())] += 1
    assert len(seen) == 6 and min(seen.values()) > 350        # every permutation, none neglected


def test_ties_on_real_reports_count_their_events():
    G = graph_of(PAIR_AND_CROWD)
    ids = by_name(G)
    ties = analytics.co_attendance(G, n_samples=200, seed=3)
    pair = ties[tuple(sorted((ids["王建国"], ids["李明"])))]
    crowd = ties[tuple(sorted((ids["赵强"], ids["周敏"])))]
    assert (pair.count, crowd.count) == (2, 1)
    assert set(pair.events) == {v for u, v, d in G.edges(data=True) if u == ids["王建国"] and d["rel"] == "attended"}
    assert pair.expected < pair.count
    assert all(0 < t.p_value <= 1 for t in ties.values())
    assert len(ties) == 1 + 6           # the pair, and the 6 pairs of the four at one meeting


def _corpus_with_one_real_tie(seed: int = 0) -> nx.MultiDiGraph:
    """p00 and p01 meet at 5 small events; 22 others meet at 3 large and 25 small random events."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    people = [f"p{i:02d}" for i in range(24)]
    for p in people:
        G.add_node(p, type="person", name=p)

    def event(names):
        e = f"e{G.number_of_nodes():03d}"
        G.add_node(e, type="event")
        for i, p in enumerate(names, start=1):
            G.add_edge(p, e, rel="attended", roles=["出席"], order=i)

    for _ in range(5):
        event(["p00", "p01", *rng.sample(people[2:], 1)])
    for _ in range(3):
        event(rng.sample(people[2:], 10))
    for _ in range(25):
        event(rng.sample(people[2:], rng.choice([2, 3])))
    return G


def test_a_repeated_tie_is_significant_and_ties_of_large_events_mostly_are_not():
    G = _corpus_with_one_real_tie()
    ties = analytics.co_attendance(G, n_samples=500, seed=0)
    pair = ties[("p00", "p01")]
    assert pair.count == 5 and pair.p_value < 0.01
    assert pair.score == max(t.score for t in ties.values())
    others = sorted(t.p_value for t in ties.values() if not {t.a, t.b} & {"p00", "p01"})
    assert others[len(others) // 2] > 0.2          # the median tie is what chance gives


def test_significance_is_repeatable_with_a_seed_and_varies_without_it():
    G = graph_of(MEETINGS + "\n" + PAIR_AND_CROWD)
    a = analytics.co_attendance(G, n_samples=100, seed=7)
    b = analytics.co_attendance(G, n_samples=100, seed=7)
    c = analytics.co_attendance(G, n_samples=100, seed=8)
    assert a == b
    assert a.keys() == c.keys()
    assert [t.p_value for t in a.values()] != [t.p_value for t in c.values()]


def test_ties_known_from_an_earlier_draw_keep_their_numbers_and_the_others_are_drawn_as_before():
    G = _corpus_with_one_real_tie()
    everything = analytics.co_attendance(G, n_samples=100, seed=7)
    keys = list(everything)
    kept, recounted = keys[::3], keys[1]
    known = {k: analytics.CoAttendance(*k, everything[k].count, (), -1.0, 1.0, -2.0) for k in kept}
    known[recounted] = analytics.CoAttendance(*recounted, everything[recounted].count + 1, (), -1.0, 1.0, -2.0)
    got = analytics.co_attendance(G, n_samples=100, seed=7, known=known)
    assert list(got) == keys                                    # in the same order as a draw of every tie
    for k, tie in got.items():
        if k in kept:
            assert (tie.count, tie.events, tie.expected, tie.p_value, tie.score) == \
                (everything[k].count, everything[k].events, -1.0, 1.0, -2.0)
        else:                       # drawn here (one of them known with another count): as a draw of all
            assert tie == everything[k]
    every_one = {k: analytics.CoAttendance(*k, t.count, (), 0.5, 0.5, 0.0) for k, t in everything.items()}
    assert all(t.p_value == 0.5 for t in analytics.co_attendance(G, n_samples=100, seed=7, known=every_one).values())


def test_pair_counts_of_wanted_persons_only_agree_with_counting_all():
    import numpy as np

    rng = np.random.default_rng(3)
    for _ in range(30):
        n, m = int(rng.integers(2, 30)), int(rng.integers(0, 60))
        persons, events = rng.integers(0, n, m), np.sort(rng.integers(0, 12, m))
        left, right = analytics._event_pairs(events)
        codes = np.array(sorted({i * n + j for i in range(n) for j in range(i + 1, n)}), dtype=np.int64)
        every = analytics._count_codes(persons, left, right, n, codes)
        some = codes[rng.random(len(codes)) < 0.2]
        wanted = np.zeros(n, dtype=bool)
        wanted[some // n] = wanted[some % n] = True
        assert analytics._count_codes(persons, left, right, n, some, wanted).tolist() == \
            every[np.searchsorted(codes, some)].tolist()


def test_bad_arguments_name_the_value():
    G = graph_of(MEETINGS)
    with pytest.raises(ValueError, match="n_samples must be a positive integer, got 0"):
        analytics.co_attendance(G, n_samples=0)
    with pytest.raises(ValueError, match="annotate the graph first"):
        analytics.co_attendance_graph(G, max_p_value=0.05)
    with pytest.raises(ValueError, match=r"max_p_value must be in \(0, 1\], got 2"):
        analytics.co_attendance_graph(G, max_p_value=2)


def test_empty_graph_gives_empty_results():
    G = nx.MultiDiGraph()
    assert analytics.co_attendance(G) == {}
    assert analytics.protocol_rank(G) == {}
    assert analytics.communities(G) == []
    assert analytics.careers(G) == []
    assert analytics.annotate(G).number_of_nodes() == 0


# -- protocol rank -------------------------------------------------------------

def test_precedence_counts_who_was_listed_first():
    G = graph_of(MEETINGS)
    ids = by_name(G)
    pairs = analytics.precedence(G)
    li, zhang = ids["李明"], ids["张华"]
    key = tuple(sorted((li, zhang)))
    before = dict(zip(key, pairs[key]))
    assert before == {li: 2, zhang: 1}


def test_protocol_rank_follows_the_listings_and_flags_inconsistency():
    G = graph_of(MEETINGS)
    ids = by_name(G)
    ranks = analytics.protocol_rank(G)
    order = [G.nodes[r.person]["name"] for r in sorted(ranks.values(), key=lambda r: r.rank)]
    assert order == ["王建国", "李明", "张华"]
    assert ranks[ids["王建国"]].consistency == 1.0
    assert ranks[ids["李明"]].consistency < 1.0
    assert ranks[ids["王建国"]].before == 2 and ranks[ids["王建国"]].after == 0


def test_persons_met_or_visited_are_not_ranked():
    G = nx.MultiDiGraph()
    for p in ("a", "b", "c"):
        G.add_node(p, type="person", name=p)
    G.add_node("e", type="event")
    G.add_edge("a", "e", rel="attended", roles=["走访"], order=1)
    G.add_edge("c", "e", rel="attended", roles=[], order=2)          # the person visited
    G.add_edge("b", "e", rel="attended", roles=["陪同"], order=3)
    ranks = analytics.protocol_rank(G)
    assert set(ranks) == {"a", "b"}
    assert ranks["a"].rank == 1


def test_equal_evidence_shares_a_rank():
    G = nx.MultiDiGraph()
    for p in ("a", "b", "c", "d"):
        G.add_node(p, type="person", name=p)
    for i, (first, second) in enumerate((("a", "b"), ("c", "d"))):
        G.add_node(f"e{i}", type="event")
        G.add_edge(first, f"e{i}", rel="attended", roles=["出席"], order=1)
        G.add_edge(second, f"e{i}", rel="attended", roles=["出席"], order=2)
    ranks = analytics.protocol_rank(G)
    assert ranks["a"].rank == ranks["c"].rank == 1
    assert ranks["b"].rank == ranks["d"].rank == 3


# -- centrality, communities, careers --------------------------------------------

def test_centrality_and_communities_of_the_co_attendance_graph():
    bridge = "本报讯 25日,全区乡村振兴工作推进会召开。区领导张华、赵强出席。"
    G = graph_of("\n".join((MEETINGS, PAIR_AND_CROWD, bridge)))
    ids = by_name(G)
    degree = analytics.degree_centrality(G)
    assert set(degree) == set(ids.values())
    assert degree[ids["赵强"]] == max(degree.values()) == 4 / (len(ids) - 1)
    between = analytics.betweenness_centrality(G, weighted=True)
    top_two = sorted(between, key=between.get, reverse=True)[:2]
    assert set(top_two) == {ids["张华"], ids["赵强"]}        # the two ends of the only tie between the groups
    assert between[ids["王建国"]] == 0.0
    found = analytics.communities(G, seed=1)
    assert found == analytics.communities(G, seed=1)
    assert set().union(*found) == set(ids.values())
    assert sum(len(c) for c in found) == len(ids)
    crowd = {ids[n] for n in ("钱伟", "孙丽", "周敏")}
    assert any(crowd <= c for c in found)
    assert not any({ids["王建国"], ids["钱伟"]} <= c for c in found)


def test_careers_give_first_and_last_seen():
    first = extract_text("本报讯 3日,区委书记王建国出席会议。", date="2025-03-04", id="march",
                         locale="浙江省/杭州市/钱塘区")
    later = extract_text("本报讯 8日,区委书记王建国调研企业。", date="2025-06-09", id="june",
                         locale="浙江省/杭州市/钱塘区")
    G = build_graph(first + later)
    rows = [c for c in analytics.careers(G) if c.name == "王建国"]
    assert len(rows) == 1
    row = rows[0]
    assert (row.post, row.organization_name, row.title) == ("书记", "钱塘区委", "区委书记")
    assert (row.first_seen, row.last_seen) == ("2025-03-04", "2025-06-09")
    assert len(row.articles) == 2
    assert analytics.careers(G, person=row.person) == [row]


def test_careers_read_first_and_last_seen_from_the_store_when_present():
    G = nx.MultiDiGraph()
    G.add_node("p", type="person", name="王建国")
    G.add_node("o", type="organization", label="钱塘区委")
    G.add_edge("p", "o", rel="holds_post", post="书记", surface="区委书记", first_seen="2024-01-02",
               last_seen="2025-05-06", articles=["x", "y"])
    (row,) = analytics.careers(G)
    assert (row.first_seen, row.last_seen, row.articles) == ("2024-01-02", "2025-05-06", ("x", "y"))


# -- annotate ------------------------------------------------------------------

def test_annotate_returns_a_copy_with_scores_and_ranks():
    G = graph_of(MEETINGS + "\n" + PAIR_AND_CROWD)
    before = snapshot(G)
    H = analytics.annotate(G, n_samples=100, seed=2)
    assert snapshot(G) == before
    assert analytics.is_annotated(H) and not analytics.is_annotated(G)
    ties = analytics.co_attendance(G, n_samples=100, seed=2)
    co = [(u, v, d) for u, v, d in H.edges(data=True) if d["rel"] == "co_attended"]
    assert len(co) == len(ties)
    for u, v, d in co:
        t = ties[tuple(sorted((u, v)))]
        assert (d["count"], d["p_value"], d["expected"], d["score"]) == (t.count, t.p_value, t.expected, t.score)
    ranks = analytics.protocol_rank(G)
    for p, r in ranks.items():
        assert H.nodes[p]["protocol_rank"] == r.rank
        assert H.nodes[p]["protocol_comparisons"] == r.before + r.after
    significant = analytics.co_attendance_graph(H, max_p_value=0.2)
    assert significant.number_of_edges() < analytics.co_attendance_graph(H).number_of_edges()



def test_annotate_in_place_gives_the_same_graph_as_the_copy():
    H = analytics.annotate(graph_of(MEETINGS + "\n" + PAIR_AND_CROWD), n_samples=100, seed=2)
    G = graph_of(MEETINGS + "\n" + PAIR_AND_CROWD)
    assert analytics.annotate(G, n_samples=100, seed=2, copy=False) is G
    assert analytics.is_annotated(G)
    assert snapshot(G) == snapshot(H)


def test_pair_counts_agree_with_counting_by_hand():
    import random

    import numpy as np

    rng = random.Random(7)
    for _ in range(30):
        n = rng.randint(2, 40)
        rows = [set(rng.sample(range(25), rng.randint(0, 8))) for _ in range(n)]
        pairs = sorted({(i, j) for i in range(n) for j in range(i + 1, n) if rng.random() < 0.4})
        codes = np.array([i * n + j for i, j in pairs], dtype=np.int64)
        got = analytics._pair_counts(rows, codes)
        assert got.tolist() == [len(rows[i] & rows[j]) for i, j in pairs]
    assert analytics._pair_counts([set(), set()], np.array([1], dtype=np.int64)).tolist() == [0]
    big = [{0, 1}] + [set() for _ in range(70_000)] + [{1, 2}]          # past 16-bit person numbers
    assert analytics._pair_counts(big, np.array([70_001], dtype=np.int64)).tolist() == [1]

def test_copies_of_a_report_do_not_count_twice_in_the_null_model():
    records = extract_text(PAIR_AND_CROWD, date="2025-09-26", id="original")
    copies = extract_text(PAIR_AND_CROWD, date="2025-09-26", id="repost")
    G = build_graph(records + copies)
    for n, d in G.nodes(data=True):
        if d.get("type") == "article" and n.startswith("article:repost"):
            d["duplicate_of"] = n.replace("repost", "original")
    alone = analytics.co_attendance(graph_of(PAIR_AND_CROWD), n_samples=50, seed=0)
    ties = analytics.co_attendance(G, n_samples=50, seed=0)
    assert sorted(t.count for t in ties.values()) == sorted(t.count for t in alone.values())
    events = {e for t in ties.values() for e in t.events}
    assert all(G.nodes[f"article:{G.nodes[e]['article']}"].get("duplicate_of") is None for e in events)
