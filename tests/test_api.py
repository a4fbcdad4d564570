"""The Python API (kg.open_corpus, kg.extract_corpus, Corpus tables) on the sample page."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")

import kg  # noqa: E402
from extract.errors import InputError, UsageError  # noqa: E402
from kg.cli import main  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build") / "out"
    assert main(["build", str(SAMPLE), "-o", str(out), "-q", "--db", str(out.parent / "store.sqlite")]) == 0
    return out


@pytest.fixture(scope="module")
def corpus(built):
    return kg.open_corpus(built, n_samples=200)


def test_open_a_build_folder(corpus, built):
    assert corpus.path == built
    assert len(corpus.records) == len(corpus.articles()) > 1
    assert kg.analytics.is_annotated(corpus.graph)
    assert "articles" in repr(corpus) and "persons" in repr(corpus)


def test_persons_table(corpus):
    persons = corpus.persons()
    assert list(persons.columns[:3]) == ["id", "name", "is_reporter"]
    row = persons.set_index("name").loc["刘非"]
    assert row["first_seen"] == "2025-09-26" and row["n_events"] >= 1
    assert not persons["is_reporter"].any()
    assert corpus.persons(reporters=True)["is_reporter"].any()       # the byline's reporters
    assert persons["id"].is_unique


def test_posts_table_has_first_and_last_seen(corpus):
    posts = corpus.posts()
    liu = posts[posts["person"] == "刘非"]
    assert set(zip(liu["organization"], liu["post"])) >= {("杭州市委", "书记"), ("浙江省委", "常委")}
    assert (liu["first_seen"] <= liu["last_seen"]).all()
    assert (posts["n_articles"] >= 1).all()


def test_attendance_table_keeps_roles_and_listed_order(corpus):
    att = corpus.attendance()
    forum = att[att["event"].str.contains("金砖国家特殊经济区对话会")]
    order = dict(zip(forum["person"], forum["order"]))
    assert order["朱华"] < order["章登峰"]
    assert order["盛秋平"] == 1
    liu = forum[forum["person"] == "刘非"].iloc[0]
    assert "致辞" in liu["roles"] and "致辞" in liu["role"]
    assert liu["date"] == "2025-09-25"
    assert len(att.explode("roles")) >= len(att)


def test_events_and_organizations_tables(corpus):
    events = corpus.events()
    assert events["id"].is_unique
    forum = events[events["name"].str.contains("金砖国家特殊经济区对话会")].iloc[0]
    assert forum["event_type"] == "forum" and forum["n_participants"] >= 10
    orgs = corpus.organizations()
    assert "杭州市委" in set(orgs["name"])
    assert orgs.set_index("name").loc["杭州市委", "n_holders"] >= 1


def test_co_attendance_table_has_scores(corpus):
    co = corpus.co_attendance()
    assert len(co) > 0
    assert co["p_value"].between(0, 1, inclusive="right").all()
    assert list(co["p_value"]) == sorted(co["p_value"])
    strict = corpus.co_attendance(max_p_value=0.3)
    assert len(strict) < len(co) and (strict["p_value"] <= 0.3).all()


def test_centrality_table(corpus):
    c = corpus.centrality()
    assert set(c.columns) >= {"degree", "betweenness", "community", "protocol_rank"}
    assert c["community"].notna().all()
    assert c["degree"].is_monotonic_decreasing


def test_ego_graph_of_a_person(corpus):
    E = corpus.ego("金承涛")
    labels = {d.get("label") for _, d in E.nodes(data=True)}
    assert "钱塘区委" in labels
    assert any(d.get("type") == "event" for _, d in E.nodes(data=True))
    assert not any(d.get("type") == "article" for _, d in E.nodes(data=True))
    assert corpus.ego(corpus.person_id("金承涛"), radius=2).number_of_nodes() > E.number_of_nodes()


def test_person_lookup_errors_say_what_to_do(corpus):
    with pytest.raises(UsageError, match=r"no person named '无此人' in the corpus; list them with corpus.persons\(\)"):
        corpus.person_id("无此人")
    with pytest.raises(UsageError, match="radius must be a positive integer, got 0"):
        corpus.ego("刘非", radius=0)


def test_inline_ego_view_is_self_contained(corpus):
    view = corpus.show_ego("金承涛", height=400)
    markup = view.data
    assert markup.startswith("<div><iframe srcdoc=")
    page = html.unescape(re.search(r'srcdoc="([^"]*)"', markup).group(1))
    assert "new vis.Network" in page and "金承涛" in page
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=", page)     # nothing fetched
    from kg.export.site.network import vis_folder
    assert (vis_folder() / "vis-network.min.js").read_text(encoding="utf-8") in page     # inlined unchanged
    nodes = json.loads(re.search(r"nodes: new vis.DataSet\((\[.*?\])\)", page).group(1))
    assert any(n["label"] == "金承涛" and n.get("borderWidth") for n in nodes)


def test_open_a_jsonl_of_kg_extract(tmp_path, corpus):
    out = tmp_path / "a.jsonl"
    assert main(["extract", str(SAMPLE), "-o", str(out), "-q"]) == 0
    c = kg.open_corpus(out, n_samples=50)
    assert set(c.persons()["name"]) == set(corpus.persons()["name"])


def test_extract_corpus_in_memory_matches_the_build(corpus):
    c = kg.extract_corpus(SAMPLE, n_samples=50)
    assert set(c.persons()["id"]) == set(corpus.persons()["id"])
    assert len(c.attendance()) == len(corpus.attendance())


def test_open_errors_are_one_line_with_a_fix(tmp_path):
    with pytest.raises(InputError, match=r"no such file or folder; give a folder written by `kg build`"):
        kg.open_corpus(tmp_path / "missing")
    with pytest.raises(InputError, match=r"neither a `kg build` folder \(no graph.json\)"):
        kg.open_corpus(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:1: not a line of `kg extract`"):
        kg.open_corpus(bad)
    with pytest.raises(InputError, match="no input could be read"):
        with pytest.warns(UserWarning):
            kg.extract_corpus([tmp_path / "missing.txt"])


def test_graph_json_reads_back_as_networkx_reads_it(built):
    import networkx as nx

    data = json.loads((built / "graph.json").read_text(encoding="utf-8"))
    expected = nx.node_link_graph(data, edges="links")
    G = kg.api.read_graph_json(built / "graph.json")
    assert type(G) is type(expected) and G.graph == expected.graph
    assert list(G.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))


def test_a_broken_graph_json_is_one_line_with_a_fix(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "graph.json").write_text('{"nodes": [{"label": "no id"}], "links": []}', encoding="utf-8")
    with pytest.raises(InputError, match=r"graph.json: not a node-link graph .*; rebuild it with `kg build"):
        kg.open_corpus(folder)
    (folder / "graph.json").write_text('{"nodes": [', encoding="utf-8")
    with pytest.raises(InputError, match=r"graph.json: not a node-link graph"):
        kg.open_corpus(folder)
