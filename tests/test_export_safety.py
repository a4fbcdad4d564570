"""Exports that stay safe to open whatever the graph holds: Neo4j CSV cells that a spreadsheet
would run as formulas, characters XML 1.0 forbids, and alias files with control characters."""
from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.export.files import write_gexf, write_graphml
from kg.export.neo4j import FORMULA_STARTS, write_neo4j
from kg.export.readers import read_gexf, read_graphml
from kg.aliases import AliasError, parse_aliases

HEADER = "action,entity,value,note\n"


def _rows(path: Path) -> list[dict[str, str]]:
    """A Neo4j CSV file as dicts keyed by the property name (the header's ``:type`` left out)."""
    with open(path, encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    names = [h if h.startswith(":") or h.endswith(":ID") else h.split(":")[0] for h in header]
    return [dict(zip(names, r)) for r in rows]


# -- Neo4j CSV: formula injection -------------------------------------------------------------------

@pytest.fixture
def hostile() -> nx.MultiDiGraph:
    """A person and an organization whose names a spreadsheet would run, and numbers below zero."""
    G = nx.MultiDiGraph()
    G.add_node("person:1", type="person", label='=HYPERLINK("http://example.invalid","点此")',
               name='=HYPERLINK("http://example.invalid","点此")', is_reporter=False, n_articles=2,
               roles=["-致辞", "出席"], betweenness=-0.5)
    G.add_node("person:2", type="person", label="张伟", name="张伟", is_reporter=False, n_articles=1,
               roles=["主持"], betweenness=0.25)
    G.add_node("org:1", type="organization", label="@SUM(1)", org_type="company", aliases=["@SUM(1)", "+公司"])
    G.add_node("event:1", type="event", label="\t座谈会", date="2025-09-03")
    G.add_edge("person:1", "org:1", rel="holds_post", post="+董事长", order=-3, date="2025-09-03")
    G.add_edge("person:2", "event:1", rel="attended", roles=["主持"], order=1, title="-", date="2025-09-03")
    return G


def test_neo4j_text_cells_that_a_spreadsheet_would_run_begin_with_a_quote(hostile, tmp_path):
    out = tmp_path / "neo4j"
    write_neo4j(hostile, out)
    persons = {r["id:ID"]: r for r in _rows(out / "nodes_person.csv")}
    (org,) = _rows(out / "nodes_organization.csv")
    (event,) = _rows(out / "nodes_event.csv")
    (post,) = _rows(out / "relationships_holds_post.csv")
    (attended,) = _rows(out / "relationships_attended.csv")

    # text columns: the ' marks the cell as text in Excel, LibreOffice and Google Sheets ...
    assert persons["person:1"]["name"] == "'" + '=HYPERLINK("http://example.invalid","点此")'
    assert persons["person:1"]["label"].startswith("'=")
    assert persons["person:1"]["roles"] == "'-致辞|出席"           # string[]: the cell, not each item
    assert org["label"] == "'@SUM(1)" and org["aliases"] == "'@SUM(1)|+公司"
    assert event["label"] == "'\t座谈会"
    assert post["post"] == "'+董事长" and attended["title"] == "'-"
    # ... and is all that changes: other text, ids, labels, dates stay as they were
    assert persons["person:2"]["name"] == "张伟" and persons["person:2"]["roles"] == "主持"
    assert event["date"] == "2025-09-03" and post[":START_ID"] == "person:1"
    # numeric columns keep their numbers: a negative number there is data, and Neo4j parses it
    assert persons["person:1"]["betweenness"] == "-0.5" and persons["person:2"]["betweenness"] == "0.25"
    assert post["order"] == "-3" and attended["order"] == "1"
    header = (out / "relationships_holds_post.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "order:long" in header


def test_neo4j_quote_is_the_only_change_and_can_be_undone(hostile, tmp_path):
    """The project has no Neo4j reader: read the files as ``csv`` (and Neo4j's import) reads them.

    Every text cell is the graph's value, with one ``'`` in front when the value, leading quotes
    aside, begins with ``= + - @``, tab or carriage return; that ``'`` is what Neo4j stores.
    """
    G = hostile.copy()
    G.add_node("person:3", type="person", label="'=已是文本", name="'=已是文本", n_articles=1)
    G.add_node("person:4", type="person", label="'引号", name="'引号", n_articles=1)
    out = tmp_path / "neo4j"
    write_neo4j(G, out)
    back = {r["id:ID"]: r for f in sorted(out.glob("nodes_*.csv")) for r in _rows(f)}
    assert back["person:3"]["name"] == "''=已是文本" and back["person:4"]["name"] == "'引号"

    def undo(cell: str) -> str:
        return cell[1:] if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS) else cell

    assert set(back) == set(G.nodes)
    for n, d in G.nodes(data=True):
        for k in ("label", "name"):
            if k in d:
                assert undo(back[n][k]) == d[k]


# -- the alias file: lines as csv reads them, no control characters ------------------------------

def test_alias_rename_to_a_name_with_a_control_character_is_refused_with_file_and_line():
    text = HEADER + "# the desk's decisions\nrename,王建国,王建\x07国,\n"
    with pytest.raises(AliasError) as e:
        parse_aliases(text, path="al.csv")
    assert str(e.value) == "al.csv:3: the value '王建\\x07国' holds a control character (U+0007); remove it"


@pytest.mark.parametrize("row, message", [
    ('rename,王建国,"王建\u2028国",\n',           # inside quotes: still one row, refused
     "a.csv:2: the value '王建\\u2028国' holds a control character (U+2028); remove it"),
    ("rename,王建国,王建\u2028国,\n",             # str.splitlines would have cut the line here
     "a.csv:2: the value '王建\\u2028国' holds a control character (U+2028); remove it"),
    ("rename,王建\v国,王建国,\n",
     "a.csv:2: the entity '王建\\x0b国' holds a control character (U+000B); remove it"),
    ("merge,甲,乙,调任\x85\n",
     "a.csv:2: the note '调任\\x85' holds a control character (U+0085); remove it"),
    ('rename,王建国,"王建\n国",\n',               # a line break inside quotes is one row too
     "a.csv:2: the value '王建\\n国' holds a control character (U+000A); remove it"),
])
def test_alias_fields_are_read_as_csv_reads_them(row, message):
    with pytest.raises(AliasError) as e:
        parse_aliases(HEADER + row + "rename,李明华,李明华(区长),\n", path="a.csv")
    assert str(e.value) == message


def test_alias_file_with_crlf_comments_and_quoted_commas_reads_as_before():
    text = HEADER.replace("\n", "\r\n") + "\r\n# the desk\r\nrename,王建国,\"王建国,书记\",\r\nmerge,甲,乙,\"调任, 2023\"\r\n"
    rules = parse_aliases(text, path="a.csv").rules
    assert [(r.action, r.entity, r.value, r.note, r.origin) for r in rules] == [
        ("rename", "王建国", "王建国,书记", "", "a.csv:4"), ("merge", "甲", "乙", "调任, 2023", "a.csv:5")]


def test_kg_build_refuses_such_an_alias_file_in_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    Path("in/a.txt").write_text("新区召开企业座谈会\n\n本报讯 9月3日,市委书记王建国出席新区企业座谈会并讲话。"
                                "区长李明华主持会议。\n", encoding="utf-8")
    Path("al.csv").write_text(HEADER + "rename,王建国,王建\x07国,\n", encoding="utf-8")
    code = main(["build", "in", "-o", "out", "--db", "db/store.sqlite", "--aliases", "al.csv", "-j", "1"])
    err = capsys.readouterr().err
    assert code == 2
    assert "kg: error: al.csv:2: the value '王建\\x07国' holds a control character (U+0007); remove it\n" in err
    assert "Traceback" not in err and not Path("out/graph.graphml").exists()


# -- GraphML and GEXF: never a character XML 1.0 forbids -----------------------------------------

FORBIDDEN = "\x01\x0b\x1f\ufffe\udcbb"          # C0 controls, a non-character, a lone surrogate


def test_graphml_and_gexf_stay_valid_xml_whatever_the_attributes_hold(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("person:1", type="person", label="王\x01建国", note="a" + FORBIDDEN + "b", tab="x\ty\nz")
    G.add_node("org:1", type="organization", label="新区\x1f管委会")
    G.add_edge("person:1", "org:1", rel="holds_post", post="书记\x0b", date="2025-09-03")
    for write, read, name in ((write_graphml, read_graphml, "g.graphml"), (write_gexf, read_gexf, "g.gexf")):
        path = tmp_path / name
        write(G, path)
        ET.parse(path)                                   # strict: raises on any forbidden character
        R = read(path)
        assert R.nodes["person:1"]["label"] == "王\ufffd建国"
        assert R.nodes["org:1"]["label"] == "新区\ufffd管委会"
        assert R.nodes["person:1"]["note"] == "a" + "\ufffd" * 5 + "b"
        assert R.nodes["person:1"]["tab"] == "x\ty\nz"        # tab and line break are XML: kept
        (edge,) = R.edges(data=True)
        assert edge[2]["post"] == "书记\ufffd"


# -- a lone surrogate (text decoded with surrogateescape) does not stop an export -----------------

def test_ftm_and_neo4j_write_a_lone_surrogate_as_an_escape(tmp_path):
    import json

    from kg.export.ftm import write_ftm

    G = nx.MultiDiGraph()
    G.add_node("person:1", type="person", label="王\udcbb建国", name="王\udcbb建国")
    write_ftm(G, tmp_path / "e.ftm.jsonl")
    (line,) = (tmp_path / "e.ftm.jsonl").read_text(encoding="utf-8").splitlines()
    assert "\\udcbb" in line and json.loads(line)["properties"]["name"] == ["王\udcbb建国"]
    write_neo4j(G, tmp_path / "neo4j")
    (row,) = _rows(tmp_path / "neo4j" / "nodes_person.csv")
    assert row["name"] == "王\\udcbb建国"
