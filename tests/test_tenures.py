"""Tenures and successions (kg.tenures): decisions and titles -> dated tenures with their basis, successions
with gaps and overlaps, and where they show: the graph, the API frames, GraphML/GEXF, the explorer's pages.

Sentences are invented.  Titles come from the extractor; the decisions of the notices are written here as
records (extract fills ``appointments`` in another change), with their spans in the notice's text.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace

import networkx as nx
import pytest

from extract import Article, ArticleRecord, Organization, OrgKind, Person, Title, extract_text
from extract.records import Appointment, AppointmentAction
from kg.export.files import write_gexf, write_graphml, write_json
from kg.graph import build_graph
from kg.resolve import resolve
from kg.tenures import Tenure, is_plural, split_acting, succession, successions, tenures

HANGZHOU = "浙江省/杭州市"
GEXF = "{http://www.gexf.net/1.2draft}"

SEEN = [("s5", "2019-03-01", "本报讯 28日,市委书记钱二平出席全市干部大会。"),
        ("s1", "2020-05-10", "本报讯 9日,市长赵一鸣、副市长李四海出席全市经济工作会议。"),
        ("s2", "2021-01-10", "本报讯 9日,市委书记钱二平、市长赵一鸣出席会议。"),
        ("s3", "2021-02-20", "本报讯 19日,代市长孙三立调研重点项目。"),
        ("s6", "2021-06-10", "本报讯 9日,市委书记周五岳出席会议。"),
        ("s4", "2021-09-01", "本报讯 31日,市长孙三立、副市长李四海走访企业。")]


def seen(aid: str, date: str, text: str) -> ArticleRecord:
    (rec,) = extract_text(text, date=date, locale=HANGZHOU, id=aid)
    return replace(rec, appointments=())


def at(text: str, part: str, after: int = 0) -> tuple[int, int]:
    i = text.index(part, after)
    return (i, i + len(part))


def notice(aid: str, date: str, text: str, *, titles: dict, orgs: list, decisions: list) -> ArticleRecord:
    """A notice: ``titles`` name -> [(post, org, org_full, surface)], ``orgs`` [(name, kind, full)],
    ``decisions`` [(name, action, post, org, org_full, date, surface)]; spans found in ``text``."""
    persons = tuple(Person(name, titles=tuple(Title(post, org, surface, at(text, surface), org_full)
                                              for post, org, org_full, surface in ts), spans=(at(text, name),))
                    for name, ts in titles.items())
    organizations = tuple(Organization(n, kind, (at(text, n),), full) for n, kind, full in orgs)
    appointments = tuple(Appointment(name, AppointmentAction(action), post, org, surface, at(text, surface), when,
                                     org_full) for name, action, post, org, org_full, when, surface in decisions)
    art = Article(id=aid, source=aid, text=text, source_span=(0, len(text)), date=date, locale=HANGZHOU)
    return ArticleRecord(art, persons, organizations, appointments=appointments)


def notices() -> list[ArticleRecord]:
    d1 = "杭州市人大常委会决定任命孙三立为市人民政府副市长、代理市长;接受赵一鸣辞去市人民政府市长职务的请求。"
    d2 = "孙三立当选为杭州市市长。"
    d3 = "省委决定:周五岳同志任杭州市委书记;郑七星同志任杭州市财政局局长。"
    d4 = "任前公示:王八方,拟任市财政局局长;李不在,拟任市财政局副局长。"
    return [
        notice("d1", "2021-02-03", d1,
               titles={"孙三立": [("副市长", "市人民政府", "杭州市人民政府", "市人民政府副市长"),
                                  ("代理市长", "市人民政府", "杭州市人民政府", "代理市长")],
                       "赵一鸣": [("市长", "市人民政府", "杭州市人民政府", "市人民政府市长")]},
               orgs=[("市人民政府", OrgKind.GOVERNMENT, "杭州市人民政府"), ("杭州市人大常委会", OrgKind.CONGRESS, None)],
               decisions=[("孙三立", "appoint", "副市长", "市人民政府", "杭州市人民政府", "2021-02-01", "任命孙三立为市人民政府副市长"),
                          ("孙三立", "acting", "市长", "市人民政府", "杭州市人民政府", "2021-02-01", "代理市长"),
                          ("赵一鸣", "resign", "市长", "市人民政府", "杭州市人民政府", "2021-02-01",
                           "接受赵一鸣辞去市人民政府市长职务的请求")]),
        notice("d2", "2021-03-30", d2, titles={"孙三立": [("市长", None, "杭州市", "杭州市市长")]}, orgs=[],
               decisions=[("孙三立", "elect", "市长", "杭州市", "杭州市", "2021-03-28", "孙三立当选为杭州市市长")]),
        notice("d3", "2021-06-02", d3, titles={"周五岳": [("书记", "杭州市委", "杭州市委", "杭州市委书记")], "郑七星": []},
               orgs=[("杭州市委", OrgKind.PARTY, "杭州市委"), ("杭州市财政局", OrgKind.GOVERNMENT, "杭州市财政局")],
               decisions=[("周五岳", "appoint", "书记", "杭州市委", "杭州市委", "2021-06-01", "周五岳同志任杭州市委书记"),
                          ("郑七星", "appoint", "局长", "杭州市财政局", "杭州市财政局", "2021-06-01",
                           "郑七星同志任杭州市财政局局长")]),
        notice("d4", "2021-07-01", d4, titles={"王八方": []}, orgs=[],
               decisions=[("王八方", "propose", "局长", "市财政局", "杭州市财政局", "2021-07-01", "王八方,拟任市财政局局长"),
                          ("李不在", "propose", "副局长", "市财政局", "杭州市财政局", "2021-07-01",
                           "李不在,拟任市财政局副局长")]),
    ]


@pytest.fixture(scope="module")
def records() -> list[ArticleRecord]:
    return [seen(*s) for s in SEEN] + notices()


@pytest.fixture(scope="module")
def resolution(records):
    return resolve(records)


@pytest.fixture(scope="module")
def held(records, resolution):
    return tenures(records, resolution)


@pytest.fixture(scope="module")
def G(records, resolution, held):
    return build_graph(records, resolution, tenures=held)


def pid(resolution, article: str, name: str) -> str:
    return resolution.person_of[(article, name)]


def oid(resolution, name: str) -> str:
    return next(o.id for o in resolution.orgs.values() if o.name == name)


def rows(held, resolution, article, name):
    p = pid(resolution, article, name)
    return sorted(((t.label, t.start, t.end, t.basis) for t in held if t.person == p), key=lambda r: (r[1] or "", r[0]))


# -- tenures from decisions and titles ----------------------------------------------------------------

def test_a_resignation_ends_a_tenure_first_seen_before(held, resolution):
    assert rows(held, resolution, "s1", "赵一鸣") == [("杭州市人民政府市长", "2020-05-10", "2021-02-01", "seen/decision")]


def test_acting_then_elected_gives_two_tenures_cut_at_the_election(held, resolution):
    assert rows(held, resolution, "s3", "孙三立") == [
        ("杭州市人民政府代市长", "2021-02-01", "2021-03-28", "decision/decision"),
        ("杭州市人民政府副市长", "2021-02-01", "2021-02-03", "decision/seen"),
        ("杭州市市长", "2021-03-28", "2021-09-01", "decision/seen"),
    ]
    acting = next(t for t in held if t.acting)
    assert {d.action for d in acting.decisions} == {"acting"} and {"d1", "s3"} <= set(acting.articles)


def test_a_successors_appointment_ends_the_predecessor(held, resolution):
    assert rows(held, resolution, "s5", "钱二平") == [("杭州市委书记", "2019-03-01", "2021-06-01", "seen/successor")]
    assert rows(held, resolution, "s6", "周五岳") == [("杭州市委书记", "2021-06-01", "2021-06-10", "decision/seen")]


def test_a_plural_post_is_not_ended_by_a_colleagues_appointment(held, resolution):
    assert rows(held, resolution, "s1", "李四海") == [("杭州市副市长", "2020-05-10", "2021-09-01", "seen/seen")]


def test_a_decision_alone_is_a_tenure_with_an_unknown_end(held, resolution):
    (t,) = [t for t in held if t.person == pid(resolution, "d3", "郑七星")]
    assert (t.label, t.start, t.end, t.basis, t.first_seen) == ("杭州市财政局局长", "2021-06-01", None,
                                                                "decision/unknown", None)
    assert t.organ == oid(resolution, "杭州市财政局") and t.articles == ("d3",)


def test_proposals_are_decisions_not_tenures_and_unknown_names_are_warned(held, resolution):
    wang = pid(resolution, "d4", "王八方")
    assert not [t for t in held if t.person == wang]
    (d,) = [d for d in held.decisions if d.person == wang]
    assert (d.action, d.post, d.date, d.article) == ("propose", "局长", "2021-07-01", "d4")
    assert d.organ == oid(resolution, "杭州市财政局")          # 市财政局 of d4 is the organ d3 names in full
    assert len(held.warnings) == 1 and "李不在" in held.warnings[0]


def test_a_start_decision_after_the_post_was_seen_keeps_the_first_sighting():
    recs = [seen("r1", "2019-04-02", "本报讯 1日,市长赵一鸣出席会议。"),
            notice("r2", "2022-01-08", "赵一鸣当选为杭州市市长。", titles={"赵一鸣": [("市长", None, "杭州市", "杭州市市长")]},
                   orgs=[], decisions=[("赵一鸣", "elect", "市长", "杭州市", "杭州市", "2022-01-06", "赵一鸣当选为杭州市市长")])]
    (t,) = tenures(recs, resolve(recs))
    assert (t.start, t.end, t.basis) == ("2019-04-02", "2022-01-08", "seen/seen")
    assert [d.action for d in t.decisions] == ["elect"]


def test_titles_only_give_first_and_last_seen():
    recs = [seen("a", "2023-03-10", "本报讯 9日,市长赵一鸣出席会议。"), seen("b", "2023-08-01", "本报讯 31日,市长赵一鸣走访企业。")]
    (t,) = tenures(recs, resolve(recs))
    assert (t.start, t.end, t.basis, t.n_articles) == ("2023-03-10", "2023-08-01", "seen/seen", 2)


@pytest.mark.parametrize("post, expected", [("代市长", ("市长", True)), ("代理县长", ("县长", True)),
                                            ("代表", ("代表", False)), ("市长", ("市长", False))])
def test_split_acting(post, expected):
    assert split_acting(post) == expected


def test_plural_posts():
    assert [is_plural(p) for p in ("副市长", "常务副市长", "常委", "委员", "书记", "市长")] == [
        True, False, True, True, False, False]


# -- successions ---------------------------------------------------------------------------------------

def tenure(name, start, end, basis="seen/seen", post="局长"):
    a, b = basis.split("/")
    return Tenure(f"person:{name}", name, post, None, "某市财政局", f"{post}@某市财政局", start, end, a, b)


def test_succession_flags_gaps_and_overlaps():
    (s,) = successions([tenure("丙", "2019-06-01", "2020-01-01"), tenure("甲", "2015-01-01", "2018-03-01"),
                        tenure("乙", "2018-03-01", "2019-07-01", "decision/decision")])
    assert [(h.order, h.tenure.name, h.flag, h.gap_days, h.overlap) for h in s.holders] == [
        (1, "甲", "", None, ()), (2, "乙", "", None, ()), (3, "丙", "overlap", None, ("person:乙",))]
    (s,) = successions([tenure("甲", "2015-01-01", "2018-03-01"), tenure("乙", "2018-06-01", None, "decision/unknown")])
    assert [(h.tenure.name, h.flag, h.gap_days) for h in s.holders] == [("甲", "", None), ("乙", "gap", 92)]
    assert not s.plural and s.articles == ()


def test_a_post_without_organ_or_place_has_no_succession():
    alone = [replace(tenure("甲", "2015-01-01", "2016-01-01", post="主席"), organ_name="", seat="主席@"),
             replace(tenure("乙", "2017-01-01", "2018-01-01", post="主席"), organ_name="", seat="主席@")]
    assert successions(alone) == () and succession(alone, "主席", "") is None


def test_the_citys_successions(held, resolution):
    mayors = succession(held, "市长", "杭州市")
    assert [(h.tenure.name, h.tenure.acting, h.flag) for h in mayors.holders] == [
        ("赵一鸣", False, ""), ("孙三立", True, ""), ("孙三立", False, "")]
    assert succession(held, "代市长", "杭州市人民政府").seat == mayors.seat      # a government and its place: one seat
    deputies = succession(held, "副市长", "杭州市")
    assert deputies.plural and [(h.tenure.name, h.flag) for h in deputies.holders] == [("李四海", ""),
                                                                                         ("孙三立", "overlap")]
    secretaries = succession(held, "书记", oid(resolution, "杭州市委"))
    assert [h.tenure.name for h in secretaries.holders] == ["钱二平", "周五岳"]
    assert set(secretaries.articles) == {"s5", "s2", "d3", "s6"}
    assert succession(held, "书记", "宁波市委") is None


# -- the graph -----------------------------------------------------------------------------------------

def post_edges(G, person, organ=None):
    return [d for _, v, d in G.out_edges(person, data=True) if d["rel"] == "holds_post" and organ in (None, v)]


def test_post_edges_carry_start_end_and_basis_and_keep_their_attributes(G, resolution):
    qian, party = pid(resolution, "s5", "钱二平"), oid(resolution, "杭州市委")
    edges = post_edges(G, qian, party)
    assert len(edges) == 2
    for d in edges:
        assert (d["start"], d["end"], d["basis"]) == ("2019-03-01", "2021-06-01", "seen/successor")
        assert d["post"] == "书记" and d["first_seen"] == "2019-03-01" and d["last_seen"] == "2021-01-10"
    zhao = G.nodes[pid(resolution, "s1", "赵一鸣")]
    assert {(t["post"], t["start"], t["end"], t["basis"]) for t in zhao["posts_without_org"]} == {
        ("市长", "2020-05-10", "2021-02-01", "seen/decision")}
    assert [t["end_basis"] for t in zhao["tenures"]] == ["decision"]
    assert [d["action"] for d in zhao["decisions"]] == ["resign"]


def test_a_decision_alone_gets_a_post_edge(G, resolution):
    (d,) = post_edges(G, pid(resolution, "d3", "郑七星"), oid(resolution, "杭州市财政局"))
    assert (d["post"], d["action"], d["start"], d["end"], d["article"]) == ("局长", "appoint", "2021-06-01", None, "d3")


def test_organ_nodes_carry_their_successions(G, resolution):
    succ = {s["post"]: s for s in G.nodes[oid(resolution, "杭州市委")]["successions"]}
    assert [(h["name"], h["start"], h["end"], h["basis"]) for h in succ["书记"]["holders"]] == [
        ("钱二平", "2019-03-01", "2021-06-01", "seen/successor"), ("周五岳", "2021-06-01", "2021-06-10", "decision/seen")]
    gov = {s["post"] for s in G.nodes[oid(resolution, "杭州市人民政府")]["successions"]}
    assert gov == {"市长", "副市长"}


def test_graphml_and_json_keep_the_tenure_attributes(G, resolution, tmp_path):
    write_graphml(G, tmp_path / "g.graphml")
    R = nx.read_graphml(tmp_path / "g.graphml")
    qian, party = pid(resolution, "s5", "钱二平"), oid(resolution, "杭州市委")
    assert {(d["start"], d["end"], d["basis"]) for d in post_edges(R, qian, party)} == {
        ("2019-03-01", "2021-06-01", "seen/successor")}
    assert json.loads(R.nodes[qian]["tenures"])[0]["end_basis"] == "successor"
    write_json(G, tmp_path / "g.json")
    from kg.api import read_graph_json

    J = read_graph_json(tmp_path / "g.json")
    assert J.nodes[qian]["tenures"] == G.nodes[qian]["tenures"]


def test_gexf_spells_of_post_edges_are_the_tenures(G, resolution, tmp_path):
    write_gexf(G, tmp_path / "g.gexf")
    R = nx.read_gexf(tmp_path / "g.gexf")
    qian, party = pid(resolution, "s5", "钱二平"), oid(resolution, "杭州市委")
    assert all(d["spells"] == [("2019-03-01", "2021-06-01")] for d in post_edges(R, qian, party))
    assert any(a <= "2019-03-01" and b >= "2021-06-01" for a, b in R.nodes[qian]["spells"])   # present throughout
    root = ET.parse(tmp_path / "g.gexf").getroot()
    zheng = pid(resolution, "d3", "郑七星")
    (edge,) = [e for e in root.iter(f"{GEXF}edge") if e.get("source") == zheng and e.get("label") == "holds_post"]
    (spell,) = edge.iter(f"{GEXF}spell")
    assert (spell.get("start"), spell.get("end")) == ("2021-06-01", None)      # open: no end known
    assert edge.get("start") is None and edge.get("end") is None


# -- the API -------------------------------------------------------------------------------------------

def test_api_tenures_and_successions_frames(G, records):
    pytest.importorskip("pandas")
    from kg.api import Corpus

    corpus = Corpus(G, records)
    df = corpus.tenures()
    assert list(df.columns[:6]) == ["person_id", "person", "post", "acting", "organization_id", "organization"]
    sun = corpus.tenures(person="孙三立")
    assert list(zip(sun["post"], sun["acting"], sun["basis"])) == [
        ("副市长", False, "decision/seen"), ("市长", True, "decision/decision"), ("市长", False, "decision/seen")]
    assert sun["actions"].tolist() == [["appoint"], ["acting"], ["elect"]]
    mayors = corpus.successions("市长", "杭州市")
    assert mayors["person"].tolist() == ["赵一鸣", "孙三立", "孙三立"] and mayors["order"].tolist() == [1, 2, 3]
    deputies = corpus.successions("副市长", "杭州市人民政府")
    assert deputies["flag"].tolist() == ["", "overlap"] and deputies["overlap"].tolist()[1] == ["李四海"]
    assert corpus.successions("书记", "宁波市委").empty


def test_api_reads_tenures_from_a_graphml_round_trip(G, tmp_path):
    pytest.importorskip("pandas")
    from kg.api import Corpus

    write_graphml(G, tmp_path / "g.graphml")
    R = nx.read_graphml(tmp_path / "g.graphml")
    assert Corpus(R).tenures()["basis"].tolist() == Corpus(G).tenures()["basis"].tolist()


# -- the explorer --------------------------------------------------------------------------------------

def test_person_page_timeline_and_org_page_succession_table(G, resolution, tmp_path):
    pytest.importorskip("jinja2")
    from kg.export.site import write_site
    from kg.export.site.paths import page_path

    write_site(G, tmp_path)
    sun = pid(resolution, "s3", "孙三立")
    page = (tmp_path / page_path(G.nodes[sun], sun)).read_text(encoding="utf-8")
    timeline = page.split("任职经历 Career timeline")[1].split("<tbody>")[1].split("职务 Posts")[0]
    assert timeline.index("代市长") < timeline.index("2021-03-28") < timeline.index("2021-09-01")
    assert "任免决定 decision" in timeline and "代理 2021-02-01" in timeline and "当选 2021-03-28" in timeline
    wang = pid(resolution, "d4", "王八方")
    assert "拟任" in (tmp_path / page_path(G.nodes[wang], wang)).read_text(encoding="utf-8")
    party = oid(resolution, "杭州市委")
    org_page = (tmp_path / page_path(G.nodes[party], party)).read_text(encoding="utf-8")
    table = org_page.split("历任 Succession")[1]
    assert table.index("钱二平") < table.index("周五岳")
    assert "继任者任职 successor" in table
    gov = oid(resolution, "杭州市人民政府")
    gov_page = (tmp_path / page_path(G.nodes[gov], gov)).read_text(encoding="utf-8")
    assert "重叠 overlap: 李四海" in gov_page and "(代理 acting)" in gov_page


def test_the_build_recipe_reads_tenures_from_kg_extract_lines(records, tmp_path):
    pytest.importorskip("pandas")
    import kg
    from extract import dumps

    path = tmp_path / "articles.jsonl"
    path.write_text("".join(dumps(r) + "\n" for r in records), encoding="utf-8")
    corpus = kg.open_corpus(path, n_samples=10)
    assert corpus.successions("书记", "杭州市委")["basis"].tolist() == ["seen/successor", "decision/seen"]
    from kg.build import resolved

    assert len(resolved(records).tenures) == len(corpus.tenures())
