"""The explorer (kg.export.site) built from real Chinese reports: pages, search index, layout, safety.

What the pages look like and do in a browser is tested in tests/test_browser.py.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import ExtractConfig, extract_sources, extract_text
from extract.ingest.files import read_inputs
from kg.export.site import build, evidence, write_site
from kg.export.site.layout import force_layout
from kg.export.site.overview import overview_data, view_graph
from kg.export.site.paths import page_path, safe_name
from kg.export.site.search import pinyin_keys
from kg.graph import build_graph

ROOT = Path(__file__).resolve().parents[1]

MEETING = ("全区安全生产工作会议召开\n"
           "本报讯(记者 周明)22日,全区安全生产工作会议召开。区委书记王建国出席并讲话,区长李明主持。\n"
           "区领导赵强、钱伟参加。")
PAYLOADS = ("<script>window.__pwned=1</script>", '<img src=x onerror="window.__pwned=2">',
            '<a href="javascript:window.__pwned=3">详情</a>')


def sample_graph() -> nx.MultiDiGraph:
    sources = [s for s in read_inputs([ROOT / "samples"]) if not isinstance(s, Exception)]
    return build_graph(extract_sources(sources, ExtractConfig()))


def node_named(G: nx.MultiDiGraph, label: str, kind: str = "person") -> str:
    found = [n for n, d in G.nodes(data=True) if d.get("type") == kind and d.get("label") == label]
    assert len(found) == 1, (label, found)
    return found[0]


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory) -> tuple[nx.MultiDiGraph, Path]:
    G = sample_graph()
    out = tmp_path_factory.mktemp("site")
    write_site(G, out)
    return G, out


def read(out: Path, G: nx.MultiDiGraph, node: str) -> str:
    return (out / page_path(G.nodes[node], node)).read_text(encoding="utf-8")


def text_of(html: str) -> str:
    """The page's text, tags dropped and entities left as they are."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# -- file names ----------------------------------------------------------------

@pytest.mark.parametrize("node_id, expected", [
    ("person:82591fdbd5b6", "82591fdbd5b6"),
    ("event:0c1d2e3f4a5b", "0c1d2e3f4a5b"),
])
def test_plain_hash_ids_keep_their_hash(node_id, expected):
    assert safe_name(node_id) == expected


@pytest.mark.parametrize("node_id", ["../../x", "person:../../etc/passwd", "org:a/b\\c", "event:..", "person:",
                                     "person:刘非", "PERSON:ABC", "article:C:\\x.txt", "x" * 300])
def test_unsafe_ids_become_sanitised_names_with_a_hash(node_id):
    name = safe_name(node_id)
    assert re.fullmatch(r"[0-9a-z_]{1,40}-[0-9a-f]{10}", name)
    assert safe_name(node_id) == name


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_id_gives_a_name_inside_its_folder(node_id):
    name = safe_name(node_id)
    assert re.fullmatch(r"[0-9a-z_-]{1,64}", name)
    assert name not in (".", "..")


def test_different_ids_give_different_names():
    ids = ["person:a/b", "person:a_b", "person:a:b", "person:A_B", "person:ab", "person:a b", "../x", "x"]
    assert len({safe_name(i) for i in ids}) == len(ids)


def test_a_traversal_id_is_written_inside_out_dir(tmp_path):
    G = build_graph(extract_text(MEETING, date="2025-09-26"))
    wang = node_named(G, "王建国")
    G = nx.relabel_nodes(G, {wang: "../../evil"})
    out = tmp_path / "site"
    write_site(G, out)
    assert not (tmp_path / "evil.html").exists() and not (tmp_path.parent / "evil.html").exists()
    page = out / page_path(G.nodes["../../evil"], "../../evil")
    assert page.parent == out / "person" and "王建国" in page.read_text(encoding="utf-8")
    for path in tmp_path.rglob("*"):
        assert path.resolve().is_relative_to(out.resolve()), path


# -- pinyin --------------------------------------------------------------------

@pytest.mark.parametrize("label, full, initials", [
    ("刘非", "liufei", "lf"),
    ("王建国", "wangjianguo", "wjg"),
    ("杭州市委", "hangzhoushiwei", "hzsw"),
    ("侯赛因·伊卜拉欣·哈马迪", "housaiyinyibolaxinhamadi", "hsyyblxhmd"),
])
def test_pinyin_keys(label, full, initials):
    keys, firsts = pinyin_keys(label, person=True)
    assert full in keys and initials in firsts


def test_a_surname_gets_its_other_readings():
    keys, firsts = pinyin_keys("曾庆红", person=True)
    assert "zengqinghong" in keys and "zqh" in firsts
    keys, _ = pinyin_keys("单霁翔", person=True)
    assert "shanjixiang" in keys
    assert pinyin_keys("曾经", person=False)[0] == ["cengjing"]


# -- sentences and highlights ---------------------------------------------------

def test_the_sentence_around_a_span():
    text = "本报讯 22日,全区安全生产工作会议召开。区委书记王建国出席并讲话,区长李明主持。区领导赵强参加。"
    start = text.index("李明")
    left, right = evidence.sentence_bounds(text, start, start + 2)
    assert text[left:right] == "区委书记王建国出席并讲话,区长李明主持。"


def test_a_long_sentence_is_cut_around_its_spans():
    text = "会上," + "代表们围绕产业发展建言献策" * 30 + ",区长李明作总结" + "并提出要求" * 30 + "。"
    start = text.index("李明")
    snips = evidence.snippets(text, [(start, start + 2)], [(start, start + 2, evidence.PERSON)])
    assert len(snips) == 1
    assert snips[0].end - snips[0].start <= 2 * 120 + 2
    body = text_of(snips[0].html)
    assert body.strip().startswith("…") and body.strip().endswith("…") and "李明" in body


def test_highlight_escapes_the_text_and_marks_the_spans():
    text = '区长李明<img src=x onerror="alert(1)">主持'
    html = evidence.highlight(text, [(2, 4, evidence.PERSON), (0, 2, evidence.TITLE)])
    assert "<img" not in html and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert re.search(r"<mark[^>]*>\s*李明\s*<span[^>]*>人物</span>", html)
    assert re.search(r"<mark[^>]*>\s*区长\s*<span[^>]*>职务</span>", html)


def test_overlapping_and_bad_marks_are_dropped():
    html = evidence.highlight("区委书记王建国", [(0, 4, evidence.TITLE), (2, 7, evidence.PERSON), (5, 99, "x")])
    assert html.count("<mark") == 1


_MARK_TEXT = st.text(alphabet=st.sampled_from(list('区长李明\n<>&"\' 。,x')), max_size=30)


@settings(max_examples=200, deadline=None)
@given(_MARK_TEXT, st.lists(st.tuples(st.integers(0, 32), st.integers(0, 32),
                                      st.sampled_from([evidence.PERSON, evidence.TITLE, evidence.PLACE])),
                            max_size=5))
def test_highlight_writes_the_markup_of_displacy(text, marks):
    render = pytest.importorskip("spacy.displacy.render")
    # what highlight wrote when it called displaCy: the marks it keeps, rendered by spaCy's own renderer
    kept, last = [], 0
    for start, end, label in sorted(set(marks), key=lambda m: (m[0], -m[1], m[2])):
        if start >= last and start < end <= len(text):
            kept.append({"start": start, "end": end, "label": label})
            last = end
    renderer = render.EntityRenderer(options={"colors": evidence.MARK_COLOURS})
    expected = renderer.render([{"text": text, "ents": kept, "title": None}], page=False, minify=False).strip()
    assert str(evidence.highlight(text, marks)) == expected


_VIS_ID = st.sampled_from(["a", "b", "刘非", 1, 2])
_VIS_KEYS = ["label", "title", "color", "shape", "size", "x", "group", "font", "url"]
_VIS_OPTIONS = st.dictionaries(st.sampled_from(_VIS_KEYS),
                               st.none() | st.sampled_from(["", "区长", "#d62728", "dot"]) | st.floats(-9, 9),
                               max_size=5)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_VIS_ID, _VIS_OPTIONS), max_size=5),
       st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4),
                          st.dictionaries(st.sampled_from(["title", "arrows", "width"]), st.just("t"), max_size=2)),
                max_size=5))
def test_vis_data_is_what_pyvis_makes(nodes, edges):
    from pyvis.network import Network

    from kg.export.site.network import network_data

    nodes = [{"id": n, **options} for n, options in nodes]
    ids = list(dict.fromkeys(n["id"] for n in nodes))
    edges = [(ids[u % len(ids)], ids[v % len(ids)], options) for u, v, options in edges] if ids else []
    net = Network(directed=True)
    for node in nodes:
        options = dict(node)
        net.add_node(options.pop("id"), **options)
    for u, v, options in edges:
        net.add_edge(u, v, **options)
    vis_nodes, vis_edges, *_ = net.get_network_data()
    for e in vis_edges:
        e.pop("arrows", None)
    got = network_data(nodes, [(u, v, dict(options)) for u, v, options in edges])
    assert json.dumps(got, ensure_ascii=False) == json.dumps((vis_nodes, vis_edges), ensure_ascii=False)


def test_one_snippet_per_sentence():
    text = "区长李明主持会议,李明强调要抓好落实。区领导赵强参加。"
    a, b = text.index("李明"), text.rindex("李明")
    snips = evidence.snippets(text, [(a, a + 2), (b, b + 2)], [(a, a + 2, "人物"), (b, b + 2, "人物")])
    assert len(snips) == 1 and snips[0].html.count("<mark") == 2


@pytest.mark.parametrize("span", [None, [5], [3, 1], [-1, 2], [0, 999], ["0", "2"], "0-2"])
def test_invalid_spans_are_ignored(span):
    assert evidence.valid_span(span, "区长李明主持") is None


# -- the sample page's site ------------------------------------------------------

def test_site_files(sample_site):
    G, out = sample_site
    for name in ("index.html", "lib/vis-network.min.js", "lib/vis-network.css", "static/site.css", "static/site.js",
                 "static/overview.js", "static/search.js", "static/ego.js", "data/overview.js", "data/search.js"):
        assert (out / name).is_file(), name
    kinds = {"person": "person", "organization": "org", "event": "event"}
    for n, d in G.nodes(data=True):
        if d["type"] in kinds:
            assert (out / page_path(d, n)).is_file()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]      # no staging folder left


def test_person_page_shows_posts_events_and_sentences(sample_site):
    G, out = sample_site
    liu = node_named(G, "刘非")
    html = read(out, G, liu)
    rows = [text_of(r) for r in re.findall(r"<tr>.*?</tr>", html.split('class="posts"')[1].split("</table>")[0], re.S)]
    assert any("常委" in r and "浙江省委" in r for r in rows)
    assert any("书记" in r and "杭州市委" in r for r in rows)
    event = node_named(G, "2025年金砖国家特殊经济区对话会", "event")
    assert f'href="../{page_path(G.nodes[event], event)}"' in html
    events = text_of(html.split('class="events"')[1].split("</table>")[0])
    assert "2025-09-25" in events and "致辞" in events and "盛秋平" in events
    assert re.search(r"<mark[^>]*>\s*刘非\s*<span", html)
    assert re.search(r"<mark[^>]*>\s*市委书记\s*<span", html)


def test_person_page_ego_network(sample_site):
    G, out = sample_site
    html = read(out, G, node_named(G, "刘非"))
    data = json.loads(re.search(r'<script type="application/json" id="ego-data">(.*?)</script>', html, re.S).group(1))
    labels = {n["label"] for n in data["nodes"]}
    assert {"刘非", "浙江省委", "杭州市委", "盛秋平"} <= labels
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids and "arrows" not in e for e in data["edges"])
    assert all(math.isfinite(n["x"]) and math.isfinite(n["y"]) for n in data["nodes"])


def test_event_page_lists_participants_in_order_with_roles(sample_site):
    G, out = sample_site
    event = node_named(G, "2025年金砖国家特殊经济区对话会", "event")
    html = read(out, G, event)
    table = html.split('class="participants"')[1].split("</table>")[0]
    names = [text_of(r).split()[1] for r in re.findall(r"<tr>.*?</tr>", table, re.S)[1:]]
    orders = sorted((e["order"], G.nodes[p]["label"]) for p, _, e in G.in_edges(event, data=True)
                    if e["rel"] == "attended")
    assert names == [name for _, name in orders]
    assert names[:2] == ["盛秋平", "刘非"]
    roles = text_of(html.split('class="roles"')[1].split("</dl>")[0])
    assert roles.index("致辞") < roles.index("盛秋平") < roles.index("出席")
    assert "2025年金砖国家特殊经济区对话会举行" in html        # the source article's headline


def test_org_page_lists_post_holders_and_visits(sample_site):
    G, out = sample_site
    html = text_of(read(out, G, node_named(G, "杭州市委", "organization")))
    assert "刘非" in html and "书记" in html
    visited = [o for _, o, e in G.edges(data=True) if e.get("rel") == "visited"]
    assert visited
    company = visited[0]
    visit_page = text_of(read(out, G, company))
    assert "到访活动 Visits" in visit_page and "—" not in visit_page.split("到访活动 Visits")[1][:40]


def test_search_index_finds_by_pinyin(sample_site):
    G, out = sample_site
    raw = (out / "data" / "search.js").read_text(encoding="utf-8")
    index = json.loads(raw.split("=", 1)[1].strip().rstrip(";"))
    liu = [e for e in index["entities"] if e["l"] == "刘非"]
    assert len(liu) == 1 and "liufei" in liu[0]["py"] and "lf" in liu[0]["ini"]
    assert liu[0]["u"] == page_path(G.nodes[node_named(G, "刘非")], node_named(G, "刘非"))
    i = index["entities"].index(liu[0])
    roles = {index["roles"][r] for a in index["att"] if a[0] == i for r in a[2]}
    assert "致辞" in roles
    orgs = {index["entities"][o]["l"] for o in liu[0]["o"]}
    assert {"浙江省委", "杭州市委"} <= orgs


def test_overview_nodes_by_degree_with_positions(sample_site):
    G, _ = sample_site
    data = overview_data(G, top=10)
    V = view_graph(G)
    assert len(data["nodes"]) + data["unconnected"] == V.number_of_nodes()
    degrees = [V.degree(n) for n in sorted(V, key=lambda n: -V.degree(n)) if V.degree(n)]
    sizes = [n["size"] for n in data["nodes"]]
    assert sizes == sorted(sizes, reverse=True) and len(sizes) == len(degrees)
    assert [n["id"] for n in data["nodes"]] == list(range(len(data["nodes"])))
    assert all(0 <= e["from"] < len(sizes) and 0 <= e["to"] < len(sizes) and "arrows" not in e for e in data["edges"])
    assert {n["kind"] for n in data["nodes"]} == {"person", "organization", "company", "event"}
    assert data["top"] == 10
    reporters = {G.nodes[n]["label"] for n, d in G.nodes(data=True) if d.get("is_reporter")}
    assert reporters and not reporters & {n["label"] for n in data["nodes"]}


def test_pages_link_only_inside_the_site(sample_site):
    _, out = sample_site
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "Content-Security-Policy" in html and "connect-src 'none'" in html
        for url in re.findall(r'(?:href|src)="([^"]*)"', html):
            assert not re.match(r"[a-z]+:", url), (page, url)           # no http:, javascript:, data: ...
            target = (page.parent / url).resolve()
            assert target.is_relative_to(out.resolve()) and target.exists(), (page, url)


def test_rebuild_replaces_the_site_and_drops_stale_pages(tmp_path):
    G = build_graph(extract_text(MEETING, date="2025-09-26"))
    write_site(G, tmp_path)
    stale = tmp_path / "person" / "stale.html"
    stale.write_text("old", encoding="utf-8")
    (tmp_path / "graph.graphml").write_text("kept", encoding="utf-8")
    write_site(G, tmp_path)
    assert not stale.exists() and (tmp_path / "graph.graphml").read_text(encoding="utf-8") == "kept"


def test_a_failed_build_leaves_the_previous_site(tmp_path, monkeypatch):
    G = build_graph(extract_text(MEETING, date="2025-09-26"))
    write_site(G, tmp_path)
    before = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")
    monkeypatch.setitem(build.PAGES, "event", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        write_site(G, tmp_path)
    after = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before


def test_empty_graph_and_missing_attributes(tmp_path):
    G = nx.MultiDiGraph()
    assert write_site(G, tmp_path / "empty").is_file()
    G.add_node("person:1", type="person")                       # no label, no dates
    G.add_node("event:1", type="event", label="座谈会", article="missing")
    G.add_node("org:1", type="organization", label="县委", aliases="县委")   # a flattened list
    G.add_edge("person:1", "event:1", rel="attended", roles="出席", span=[0, 99], article="missing")
    G.add_edge("person:1", "org:1", rel="holds_post", post="书记", span=None, article=None, date=None)
    page = write_site(G, tmp_path / "odd")
    html = (tmp_path / "odd" / page_path(G.nodes["person:1"], "person:1")).read_text(encoding="utf-8")
    assert "座谈会" in html and "县委" in html and "出席" in html and page.is_file()


def test_js_json_cannot_close_a_script():
    text = build.js_json({"l": "</script><script>alert(1)</script>", "s": "a&b\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"l": "</script><script>alert(1)</script>", "s": "a&b\u2028"}


def test_untrusted_text_is_escaped_everywhere(tmp_path):
    G = build_graph(extract_text(MEETING.replace("出席并讲话", "出席并讲话" + "".join(PAYLOADS)), date="2025-09-26"))
    wang, event = node_named(G, "王建国"), next(n for n, d in G.nodes(data=True) if d["type"] == "event")
    G.nodes[wang]["label"] = "王建国" + PAYLOADS[1]
    G.nodes[event]["label"] = "</script>" + PAYLOADS[0]
    for _, _, e in G.out_edges(wang, data=True):
        if e["rel"] == "attended":
            e["roles"] = ["出席" + PAYLOADS[2]]
    write_site(G, tmp_path)
    article = next(d["text"] for _, d in G.nodes(data=True) if d["type"] == "article")
    assert PAYLOADS[0] in article                                   # the payload did reach the site's input
    for path in tmp_path.rglob("*"):
        if path.suffix in (".html", ".js") and path.parent.name != "lib" and path.parent.name != "static":
            body = path.read_text(encoding="utf-8")
            for bad in ("<script>window", "<img src=x", 'href="javascript:', "</script><script>"):
                assert bad not in body, (path, bad)


# -- layout ------------------------------------------------------------------------

def test_layout_is_deterministic_finite_and_spread():
    G = nx.connected_caveman_graph(30, 8)
    G.add_nodes_from(["lonely"])
    a, b = force_layout(G), force_layout(G)
    assert a == b and set(a) == set(G)
    xy = list(a.values())
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in xy)
    assert len({(round(x), round(y)) for x, y in xy}) > 0.95 * len(xy)
    assert max(max(abs(x), abs(y)) for x, y in xy) == pytest.approx(1000.0)


def test_layout_puts_neighbours_closer_than_strangers():
    G = nx.connected_caveman_graph(40, 6)               # 240 nodes: the sampled repulsion path
    pos = force_layout(G, sample=16)

    def dist(u, v):
        return math.dist(pos[u], pos[v])
    linked = sum(dist(u, v) for u, v in G.edges()) / G.number_of_edges()
    nodes = list(G)
    pairs = [(nodes[i], nodes[(i * 37 + 11) % len(nodes)]) for i in range(len(nodes))]
    strangers = sum(dist(u, v) for u, v in pairs if not G.has_edge(u, v)) / len(pairs)
    assert linked < strangers / 3


def test_layout_of_tiny_graphs():
    assert force_layout(nx.Graph()) == {}
    assert force_layout(nx.path_graph(1)) == {0: (0.0, 0.0)}
    assert len(force_layout(nx.path_graph(2))) == 2


@pytest.mark.parametrize("n", [200, 1500])
def test_sampled_repulsion_is_the_sum_over_the_sample_in_partner_order(n):
    import numpy as np

    from kg.export.site import layout

    pos = np.random.default_rng(n).random((n, 2)) - 0.5
    k = 1.0 / np.sqrt(n)
    got = layout._repulsion(pos, k, np.random.default_rng(1), sample=48)
    # the (n, sample, 2) form the layout had before, summed over the sample in order
    partners = np.random.default_rng(1).integers(0, n - 1, size=(n, 48))
    partners += partners >= np.arange(n)[:, None]
    delta = pos[:, None, :] - pos[partners]
    dist2 = np.maximum((delta ** 2).sum(axis=2), 1e-9)
    expected = (delta * (k * k / dist2)[:, :, None]).sum(axis=1) * ((n - 1) / 48)
    assert np.array_equal(got, expected)
