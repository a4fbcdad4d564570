"""The streaming GraphML and GEXF writers give, byte for byte, what networkx's writers gave;
the explorer's edge index answers as the scans it replaces."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from networkx.readwrite.graphml import GraphMLWriter

from extract import extract_text
from kg import analytics
from kg.export.files import gephi_data, time_spells, write_gexf, write_graphml
from kg.export.flat import flatten
from kg.export.site.common import in_edges, indexed, out_edges
from kg.graph import build_graph

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt"


# -- the reference: networkx's writers, as kg.export.files used them before -------------------------

class ScopedKeys(GraphMLWriter):
    def get_key(self, name, attr_type, scope, default):
        known = self.keys.get((name, attr_type, scope))
        if known is not None:
            return known
        key_id = f"{scope}_{name}"
        element = self.myElement("key", **{"id": key_id, "for": scope, "attr.name": name, "attr.type": attr_type})
        self.xml.insert(0, element)
        self.keys[(name, attr_type, scope)] = key_id
        return key_id


def for_gephi(G):
    H = flatten(G, drop=("text",))
    for _, _, d in H.edges(data=True):
        d["label"] = str(d.get("rel") or "")
        count = d.get("count")
        d["weight"] = float(count) if d.get("rel") == "co_attended" and isinstance(count, int | float) else 1.0
    return H


def reference_graphml(G, path: Path) -> None:
    writer = ScopedKeys(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(for_gephi(G))
    with open(path, "wb") as fh:
        writer.dump(fh)


def reference_gexf(G, path: Path) -> None:
    H = for_gephi(G)
    node_spells, edge_spells = time_spells(G)
    for n, spells in node_spells.items():
        H.nodes[n]["spells"] = spells
    for (u, v, k), spells in edge_spells.items():
        H.edges[u, v, k]["spells"] = spells
    for _, d in H.nodes(data=True):
        for reserved in ("start", "end", "pid", "viz", "parents", "slices"):
            d.pop(reserved, None)
    for _, _, d in H.edges(data=True):
        for reserved in ("start", "end", "type", "viz", "slices"):
            d.pop(reserved, None)
    nx.write_gexf(H, path)


def as_valid_xml(data: bytes) -> bytes:
    """networkx's bytes with what XML 1.0 forbids (networkx writes it as it is, a surrogate as &#N;)
    replaced by U+FFFD, as kg.export.files does."""
    text = re.sub(r"&#(\d+);", lambda m: "\ufffd" if 0xD800 <= int(m[1]) <= 0xDFFF else m[0], data.decode("utf-8"))
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "\ufffd", text).encode("utf-8")


def same_files(G, tmp_path: Path) -> None:
    reference_graphml(G, tmp_path / "ref.graphml")
    reference_gexf(G, tmp_path / "ref.gexf")
    flat = gephi_data(G)
    write_graphml(G, tmp_path / "new.graphml", flat=flat)
    write_gexf(G, tmp_path / "new.gexf", flat=flat)
    write_graphml(G, tmp_path / "alone.graphml")              # without flat=: the same file
    assert (tmp_path / "new.graphml").read_bytes() == as_valid_xml((tmp_path / "ref.graphml").read_bytes())
    assert (tmp_path / "alone.graphml").read_bytes() == as_valid_xml((tmp_path / "ref.graphml").read_bytes())
    assert (tmp_path / "new.gexf").read_bytes() == as_valid_xml((tmp_path / "ref.gexf").read_bytes())


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    text = SAMPLE.read_text(encoding="utf-8")
    return analytics.annotate(build_graph(extract_text(text, id=SAMPLE.name, locale="浙江省/杭州市/钱塘区")),
                              n_samples=50)


def test_the_sample_graph_is_written_as_networkx_wrote_it(G, tmp_path):
    same_files(G, tmp_path)
    R = nx.read_graphml(tmp_path / "new.graphml")
    assert R.number_of_nodes() == G.number_of_nodes() and R.number_of_edges() == G.number_of_edges()
    assert nx.read_gexf(tmp_path / "new.gexf").number_of_nodes() == G.number_of_nodes()


def test_an_empty_graph_is_written_as_networkx_wrote_it(tmp_path):
    same_files(nx.MultiDiGraph(), tmp_path)
    one = nx.MultiDiGraph()
    one.add_node("lonely")
    same_files(one, tmp_path)


# -- any graph: hostile text, every scalar type, lists, dicts, None, dates for the spells ----------------

CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(list('&<>"\'\r\n\t \ud800市委'))
HOSTILE = st.one_of(st.text(alphabet=CHARS, max_size=12), st.sampled_from(["]]>", "&amp;", "市委书记", ""]))
NAMES = st.sampled_from(["type", "label", "id", "key", "weight", "rel", "count", "date", "article", "名称", "a&b",
                         'q"uote', "x y", "start", "pid", "viz"])
DATES = st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 3, 1)).map(str)
SCALARS = st.one_of(HOSTILE, st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
                    st.booleans(), st.none(), DATES)
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=3), st.dictionaries(st.sampled_from("ab"), SCALARS,
                                                                             max_size=2))
ATTRS = st.dictionaries(NAMES, VALUES, max_size=5)


@st.composite
def graphs(draw):
    G = nx.MultiDiGraph()
    n = draw(st.integers(0, 6))
    ids = draw(st.lists(HOSTILE | st.integers(0, 50).map(str), min_size=n, max_size=n, unique=True))
    for i, node in enumerate(ids):
        attrs = draw(ATTRS)
        if i % 3 == 0:      # an article with a date, the kind that gives spells
            attrs.update(type="article", date=draw(DATES))
        G.add_node(node, **attrs)
    for _ in range(draw(st.integers(0, 8)) if ids else 0):
        u, v = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        attrs = draw(ATTRS)
        attrs["rel"] = draw(st.sampled_from(["attended", "co_attended", "mentioned_in", "visited", None]))
        if draw(st.booleans()):
            attrs["article"] = ids[0].removeprefix("article:")
        k = G.add_edge(u, v)
        G.edges[u, v, k].update(attrs)              # an attribute may be called "key"
    G.graph.update(draw(st.dictionaries(st.sampled_from(["name", "mode", "seed", "note"]), SCALARS, max_size=3)))
    return G


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(graphs())
def test_any_graph_is_written_as_networkx_wrote_it(tmp_path, G):
    try:
        reference_graphml(G, tmp_path / "probe.graphml")
        reference_gexf(G, tmp_path / "probe.gexf")
    except TypeError:
        # networkx cannot write a graph "name" that is not text; ours writes it as text
        assert not isinstance(G.graph.get("name", ""), str)
        write_gexf(G, tmp_path / "x.gexf")
        G.graph["name"] = str(G.graph["name"])
        reference_gexf(G, tmp_path / "ref.gexf")
        assert (tmp_path / "x.gexf").read_bytes() == as_valid_xml((tmp_path / "ref.gexf").read_bytes())
    same_files(G, tmp_path)


# -- the explorer's edge index ---------------------------------------------------------------------------

def test_the_edge_index_answers_as_the_scans(G):
    asked = [(n, rel) for n in G for rel in ("attended", "holds_post", "mentioned_in", "visited", "co_attended",
                                                 "reported", "reported_in")]
    scanned = [(list(out_edges(G, n, rel)), list(in_edges(G, n, rel))) for n, rel in asked]
    V = indexed(G)                                       # a view of G that carries the index: no state elsewhere
    looked_up = [(list(out_edges(V, n, rel)), list(in_edges(V, n, rel))) for n, rel in asked]
    assert not hasattr(G, "site_index") and V.site_index.buckets          # G itself is scanned, as before
    assert looked_up == scanned and any(o for o, _ in scanned) and any(i for _, i in scanned)
    assert all(a is b for (x, _), (y, _) in zip(scanned, looked_up) for (_, a), (_, b) in zip(x, y))
    assert V.nodes is not G.nodes and dict(V.nodes(data=True)) == dict(G.nodes(data=True))


def test_the_same_span_with_two_labels_is_highlighted_alike_on_every_run():
    """Ties were broken by the order of a set of strings, which changes with PYTHONHASHSEED."""
    code = ("from kg.export.site.evidence import PERSON, TITLE, highlight;"
            "print(highlight('刘非出席', [(0, 2, TITLE), (0, 2, PERSON)]))")
    pages = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                            env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(6)}
    assert len(pages) == 1 and "刘非" in pages.pop()
