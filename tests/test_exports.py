"""Every export of the sample page's graph, read back: networkx for GraphML/GEXF/JSON,
the followthemoney model for FtM, header and id consistency for the Neo4j CSV files."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_text
from extract.errors import UsageError
from kg import analytics
from kg.cli import main
from kg.export.formats import FORMATS, export_graph
from kg.graph import build_graph

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt"
GEXF_NS = "{http://www.gexf.net/1.2draft}"


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    text = SAMPLE.read_text(encoding="utf-8")
    records = extract_text(text, id=SAMPLE.name, locale="浙江省/杭州市/钱塘区")
    return analytics.annotate(build_graph(records), n_samples=100)


def snapshot(G):
    return json.dumps(nx.node_link_data(G, edges="links"), sort_keys=True, ensure_ascii=False, default=str)


# -- GraphML -----------------------------------------------------------------

def test_graphml_reads_back_with_declared_scalar_types(G, tmp_path):
    before = snapshot(G)
    path = export_graph(G, "graphml", tmp_path / "g.graphml")
    assert snapshot(G) == before
    R = nx.read_graphml(path)
    assert isinstance(R, nx.MultiDiGraph)
    assert set(R.nodes) == set(G.nodes)
    assert R.number_of_edges() == G.number_of_edges()
    keys = ET.parse(path).getroot().findall("{http://graphml.graphdrawing.org/xmlns}key")
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids))                       # unique key ids, as GraphML requires
    assert "d3" not in ids                                  # Gephi reads key d3 as a node label
    assert all(k.get("attr.type") in {"string", "long", "double", "boolean"} for k in keys)
    ranked = [n for n, d in G.nodes(data=True) if "protocol_rank" in d]
    assert ranked and all(R.nodes[n]["protocol_rank"] == G.nodes[n]["protocol_rank"] for n in ranked)
    for _, _, d in R.edges(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in d.values())
    attended = [d for _, _, d in R.edges(data=True) if d["rel"] == "attended" and "致辞" in d["roles"]]
    assert attended and all(isinstance(d["order"], int) for d in attended)
    co = [d for _, _, d in R.edges(data=True) if d["rel"] == "co_attended"]
    assert all(d["weight"] == float(d["count"]) and 0 < d["p_value"] <= 1 for d in co)


# -- GEXF --------------------------------------------------------------------

def test_gexf_has_dynamic_spells_only_and_reads_back(G, tmp_path):
    path = export_graph(G, "gexf", tmp_path / "g.gexf")
    R = nx.read_gexf(path)
    assert set(R.nodes) == set(G.nodes)
    assert R.number_of_edges() == G.number_of_edges()
    root = ET.parse(path).getroot()
    graph = root.find(f"{GEXF_NS}graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    for el in root.iter():
        if el.tag in (f"{GEXF_NS}node", f"{GEXF_NS}edge", f"{GEXF_NS}attvalue"):
            assert el.get("start") is None and el.get("end") is None and el.get("timestamp") is None
    assert root.find(f".//{GEXF_NS}timestamps") is None
    spells = list(root.iter(f"{GEXF_NS}spell"))
    assert spells
    for s in spells:
        assert date.fromisoformat(s.get("start")) <= date.fromisoformat(s.get("end"))
    forum = next(n for n, d in G.nodes(data=True) if d.get("type") == "event" and "金砖" in d["label"])
    assert R.nodes[forum]["spells"] == [("2025-09-25", "2025-09-26")]        # held on the 25th, reported the 26th
    attended = [d for u, v, d in R.edges(data=True) if v == forum and d["rel"] == "attended"]
    assert attended and all(d["spells"] == [("2025-09-25", "2025-09-25")] for d in attended)
    article_days = {d["date"] for _, d in G.nodes(data=True) if d.get("type") == "article"}
    person = next(n for n, d in G.nodes(data=True) if d.get("name") == "刘非")
    days = {x for s in R.nodes[person]["spells"] for x in s}
    assert days <= article_days | {"2025-09-25"}
    assert "text" not in next(d for n, d in R.nodes(data=True) if n.startswith("article:"))


# -- JSON --------------------------------------------------------------------

def test_json_round_trips_attributes(G, tmp_path):
    path = export_graph(G, "json", tmp_path)
    assert path == tmp_path / "graph.json"
    R = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    assert snapshot(R) == snapshot(G)


def test_graph_json_is_what_json_dump_writes(G, tmp_path):
    path = export_graph(G, "json", tmp_path)
    expected = json.dumps(nx.node_link_data(G, edges="links"), ensure_ascii=False, indent=1, default=str)
    assert path.read_text(encoding="utf-8") == expected


_SCALAR = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
           | st.sampled_from([date(2025, 9, 26), float("inf"), -0.0]))
_KEY = st.text(max_size=5) | st.integers(-3, 3) | st.floats(allow_nan=False) | st.booleans() | st.none()
_VALUE = st.recursive(_SCALAR, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                      | st.dictionaries(_KEY, inner, max_size=4), max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(_VALUE | st.dictionaries(st.text(max_size=5), _VALUE, max_size=5))
def test_dump_json_writes_what_json_dump_writes(value):
    from kg.export.files import dump_json

    out = io.StringIO()
    dump_json(value, out)
    assert out.getvalue() == json.dumps(value, ensure_ascii=False, indent=1, default=str)


# -- Neo4j -------------------------------------------------------------------

def _read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def test_neo4j_csv_headers_types_and_ids_are_consistent(G, tmp_path):
    out = export_graph(G, "neo4j", tmp_path / "neo4j")
    node_files = sorted(out.glob("nodes_*.csv"))
    rel_files = sorted(out.glob("relationships_*.csv"))
    assert {p.name for p in node_files} == {f"nodes_{k}.csv" for k in ("article", "event", "organization", "person")}
    ids: list[str] = []
    for p in node_files:
        header, rows = _read_csv(p)
        assert header[:2] == ["id:ID", ":LABEL"]
        _check_types(header, rows)
        ids += [r[0] for r in rows]
        assert all(r[1] for r in rows)
    assert len(ids) == len(set(ids)) == G.number_of_nodes()
    known = set(ids)
    n_rels = 0
    for p in rel_files:
        header, rows = _read_csv(p)
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        _check_types(header, rows)
        for r in rows:
            assert r[0] in known and r[1] in known
            assert r[2] == p.stem.removeprefix("relationships_").upper()
        n_rels += len(rows)
    assert n_rels == G.number_of_edges()
    header, rows = _read_csv(out / "relationships_attended.csv")
    col = {h.split(":")[0]: i for i, h in enumerate(header)}
    assert {"order:long", "date:date", "roles:string[]"} <= set(header)
    assert any("致辞" in r[col["roles"]].split("|") for r in rows)
    script = (out / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in script and "--array-delimiter='|'" in script
    for p in node_files:
        assert f"--nodes={p.name}" in script
    for p in rel_files:
        assert f"--relationships={p.name}" in script


def _check_types(header: list[str], rows: list[list[str]]) -> None:
    for i, h in enumerate(header):
        kind = h.split(":", 1)[1] if ":" in h and not h.startswith(":") and not h.endswith(":ID") else None
        for r in rows:
            v = r[i]
            if not v or kind is None:
                continue
            if kind == "long":
                int(v)
            elif kind == "double":
                float(v)
            elif kind == "boolean":
                assert v in ("true", "false")
            elif kind == "date":
                date.fromisoformat(v)
            elif kind == "long[]":
                [int(x) for x in v.split("|")]


def test_neo4j_export_refuses_a_folder_with_other_files(G, tmp_path):
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(UsageError, match=r"exists and holds other files \(notes.txt\)"):
        export_graph(G, "neo4j", tmp_path)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "keep me"


# -- FollowTheMoney ----------------------------------------------------------

def test_ftm_entities_validate_against_the_followthemoney_model(G, tmp_path):
    ftm = pytest.importorskip("followthemoney")
    model = ftm.model
    path = export_graph(G, "ftm", tmp_path)
    entities = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_id = {e["id"]: e for e in entities}
    assert len(by_id) == len(entities)
    schemata = Counter(e["schema"] for e in entities)
    assert {"Person", "PublicBody", "Position", "Occupancy", "Event", "Article", "UnknownLink",
            "Documentation"} <= set(schemata)
    for e in entities:
        schema = model.get(e["schema"])
        assert schema is not None and not schema.abstract
        assert set(e["properties"]) <= set(schema.properties), e
        for prop in schema.required:
            assert e["properties"].get(prop), (e["schema"], prop)
        schema.validate(e)
        proxy = model.get_proxy(e)                        # cleaned by the model's types
        for prop, values in e["properties"].items():
            assert sorted(proxy.get(prop)) == sorted(values), (e["schema"], prop)
            p = schema.properties[prop]
            if p.type.name == "entity":
                for ref in values:
                    assert ref in by_id, (e["schema"], prop)
                    assert model.get(by_id[ref]["schema"]).is_a(p.range), (e["schema"], prop)
    persons = {e["properties"]["name"][0]: e for e in entities if e["schema"] == "Person"}
    assert "role.pep" in persons["刘非"]["properties"].get("topics", [])
    liu = persons["刘非"]["id"]
    posts = [by_id[o["properties"]["post"][0]]["properties"]["name"][0]
             for o in entities if o["schema"] == "Occupancy" and o["properties"]["holder"] == [liu]]
    assert "杭州市委书记" in posts
    links = [e for e in entities if e["schema"] == "UnknownLink" and e["properties"]["subject"] == [liu]]
    assert any("致辞" in e["properties"]["role"] for e in links)


# -- the command and the entry point ------------------------------------------

def test_unknown_format_lists_the_formats(G, tmp_path):
    with pytest.raises(UsageError, match="no export format 'dot'; available: graphml, gexf, json, neo4j, ftm"):
        export_graph(G, "dot", tmp_path / "x")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_kg_export_command_writes_each_format(fmt, tmp_path, capsys):
    built = tmp_path / "built"
    assert main(["build", str(SAMPLE), "-o", str(built), "-q", "--db", str(tmp_path / "store.sqlite")]) == 0
    target = tmp_path / f"export-{fmt}"
    assert main(["export", "--format", fmt, "-o", str(target), "--from", str(built)]) == 0
    assert f"kg: wrote {target}" in capsys.readouterr().err
    assert target.exists()
    if fmt in ("graphml", "gexf"):
        reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
        assert reader(target).number_of_nodes() > 0


def test_kg_export_from_a_missing_build_is_a_one_line_error(tmp_path, capsys):
    assert main(["export", "--format", "json", "-o", str(tmp_path / "g.json"), "--from", str(tmp_path / "no")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("kg: error: ") and "\n" not in err and "kg build" in err
