"""Careers from real extractor output, and their place in the graph."""
from __future__ import annotations

from extract import extract_text
from kg.careers import careers
from kg.export.flat import flatten
from kg.graph import build_graph
from kg.resolve import resolve

QIANTANG = "浙江省/杭州市/钱塘区"


def article(text, *, id, date):
    return extract_text(text, date=date, locale=QIANTANG, id=id)


def career_records():
    """陈明 is 区长 in 2023 and 2024, then 区委书记 from 2024-06; one 2024 report is reposted."""
    return (article("本报讯 9日,区长陈明主持召开区政府常务会议。", id="a1", date="2023-03-10")
            + article("本报讯 14日,区长陈明调研重点项目建设。", id="a2", date="2024-01-15")
            + article("本报讯 2日,区委书记陈明出席全区干部大会并讲话。区长胡潜主持会议。", id="a3", date="2024-06-03")
            + article("本报讯 2日,区委书记陈明出席全区干部大会并讲话,区长胡潜主持会议。", id="a3-copy", date="2024-06-03")
            + article("本报讯 19日,区委书记陈明、区长胡潜走访企业。", id="a4", date="2025-02-20"))


def chen(result, res):
    pid = res.person_of[("a1", "陈明")]
    return pid, result[pid]


def test_posts_first_and_last_seen_and_articles():
    recs = career_records()
    res = resolve(recs)
    pid, c = chen(careers(recs, res), res)
    spells = {s.label: s for s in c.posts}
    assert set(spells) == {"钱塘区区长", "钱塘区委书记"}
    mayor, secretary = spells["钱塘区区长"], spells["钱塘区委书记"]
    assert (mayor.first_seen, mayor.last_seen, mayor.n_articles) == ("2023-03-10", "2024-01-15", 2)
    assert (secretary.first_seen, secretary.last_seen) == ("2024-06-03", "2025-02-20")
    assert secretary.n_articles == 3            # no duplicates given: the copy counts
    assert (c.first_seen, c.last_seen, c.n_articles) == ("2023-03-10", "2025-02-20", 5)
    assert [p.label for p in c.posts] == ["钱塘区区长", "钱塘区委书记"]       # time order


def test_changes_of_post_in_time_order():
    recs = career_records()
    res = resolve(recs)
    _, c = chen(careers(recs, res), res)
    assert [(x.date, x.gained, x.lost) for x in c.changes] == [
        ("2023-03-10", ("钱塘区区长",), ()),
        ("2024-06-03", ("钱塘区委书记",), ("钱塘区区长",)),
    ]
    assert c.summary() == "2023-03-10 +钱塘区区长; 2024-06-03 +钱塘区委书记 -钱塘区区长"


def test_near_duplicates_count_once():
    recs = career_records()
    res = resolve(recs)
    dup = {"a3": "a3", "a3-copy": "a3"}
    _, c = chen(careers(recs, res, duplicates=dup), res)
    secretary = next(s for s in c.posts if s.post == "书记")
    assert secretary.n_articles == 2 and "a3-copy" in secretary.articles
    assert c.n_articles == 4


def test_group_labels_are_not_posts():
    recs = article("本报讯 24日,区领导胡潜走访企业。", id="g", date="2025-09-25")
    res = resolve(recs)
    c = careers(recs, res)[res.person_of[("g", "胡潜")]]
    assert c.posts == () and c.n_articles == 1


def test_graph_carries_careers_and_counts_copies_once():
    recs = career_records()
    res = resolve(recs)
    dup = {"a3": "a3", "a3-copy": "a3"}
    G = build_graph(recs, res, duplicates=dup)
    pid = res.person_of[("a1", "陈明")]
    node = G.nodes[pid]
    assert node["first_seen"] == "2023-03-10" and node["last_seen"] == "2025-02-20"
    assert node["n_articles"] == 4 and node["n_copies"] == 5 and node["n_posts"] == 2
    assert node["career"].startswith("2023-03-10 +钱塘区区长")
    posts = [d for _, _, d in G.out_edges(pid, data=True) if d["rel"] == "holds_post" and d["post"] == "书记"]
    assert posts and all((d["first_seen"], d["last_seen"], d["n_articles"]) == ("2024-06-03", "2025-02-20", 2)
                         for d in posts)
    assert G.nodes["article:a3-copy"]["duplicate_of"] == "a3"
    assert "duplicate_of" not in G.nodes["article:a3"]
    hu = res.person_of[("a3", "胡潜")]
    co = [d for _, v, d in G.out_edges(min(pid, hu), data=True) if d["rel"] == "co_attended" and v == max(pid, hu)]
    assert len(co) == 1
    # a3 and its copy report one meeting: one event node (kg.events merges the reports), counted once
    assert len(co[0]["events"]) == 2 and co[0]["count"] == 2
    without = build_graph(recs, res)
    co2 = [d for _, v, d in without.out_edges(min(pid, hu), data=True)
           if d["rel"] == "co_attended" and v == max(pid, hu)]
    assert co2[0]["count"] == 2      # without the copies map the copy's event still merges with its original's
    # the career attributes are scalars for GraphML and GEXF
    flat = flatten(G)
    assert isinstance(flat.nodes[pid]["career"], str) and isinstance(flat.nodes[pid]["n_posts"], int)


def test_a_former_post_gives_no_spell_nor_tenure_and_its_edge_says_so(tmp_path):
    import networkx as nx

    from kg.build import graph_of, write_graph

    records = extract_text("本报讯 25日,区人大常委会原主任米绍林、区长王立新出席会议。", date="2025-09-26")
    built = graph_of(records)
    by_name = {c.name: c for c in built.resolved.career.values()}
    assert by_name["米绍林"].posts == () and [s.post for s in by_name["王立新"].posts] == ["区长"]
    assert [t.post for t in built.resolved.tenures] == ["区长"]
    posts = [(d["post"], d.get("former")) for _, _, d in built.graph.edges(data=True) if d.get("rel") == "holds_post"]
    assert posts == [("主任", True)]
    write_graph(built.graph, tmp_path, null_samples=20)
    back = nx.read_graphml(tmp_path / "graph.graphml")
    assert [d.get("former") for _, _, d in back.edges(data=True) if d.get("rel") == "holds_post"] == [True]
    # the explorer shows the post as former: in the person's posts table, 原主任, not 主任
    (pid,) = [p for p, c in built.resolved.career.items() if c.name == "米绍林"]
    page = (tmp_path / "person" / f"{pid.split(':', 1)[1]}.html").read_text(encoding="utf-8")
    assert '<td class="post">原主任</td>' in page and '<td class="post">主任</td>' not in page
