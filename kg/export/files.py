"""GraphML, GEXF and node-link JSON files of the graph.

GraphML and GEXF take scalar values only: the graph is flattened once
(:func:`gephi_data`, which ``kg build`` gives to both writers), so every
attribute has one declared type and Gephi does not have to guess.  Both get an
edge ``label`` (the relation) and a ``weight`` (the number of shared events on
``co_attended`` edges, 1 elsewhere), which Gephi reads as such.  Both are
written line by line as they are made, in the bytes networkx's writers give
(which build the whole document in memory first: most of the time of a rebuild
and a large share of its memory), and node-link JSON is streamed.

GEXF carries time: every node and edge gets *spells*, closed intervals of days
from the dates of the articles it comes from (the event's own date on
``attended`` and ``co_attended`` edges), consecutive days merged.  Intervals are
the only time representation used (no timestamps, no start/end attributes), as
Gephi refuses files that mix the two; elements with no date have no spell and so
are present throughout.  A ``holds_post`` edge with a tenure (``start``/``end``,
see :mod:`kg.tenures`) has the tenure as its spell, open at an end that is not
known, and its person and organization are present throughout it.
"""
from __future__ import annotations

import json
import os
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

import networkx as nx

from kg.export import atomic_path
from kg.export.flat import FlatGraph, flat_data
from kg.keys import article_node_id

# Long texts stay out of the Gephi files (the explorer and JSON keep them).
_BULKY = ("text",)


def gephi_data(G: nx.MultiDiGraph) -> FlatGraph:
    """The graph as GraphML and GEXF write it: flattened, long texts left out, an edge ``label`` and ``weight``.

    Computed once by ``kg build`` and given to both writers (``flat=``).
    """
    flat = flat_data(G, drop=_BULKY)
    for _, _, _, d in flat.edges:
        d["label"] = str(d.get("rel") or "")
        count = d.get("count")
        d["weight"] = float(count) if d.get("rel") == "co_attended" and isinstance(count, int | float) else 1.0
    return flat


# ---------------------------------------------------------------------------
# XML written as text, in the bytes networkx's ElementTree writers give (prettyprint)
# ---------------------------------------------------------------------------
#
# networkx builds an ElementTree of the whole document (a million elements for
# 10,000 articles), indents it and serialises it: most of the time and memory of
# the two files.  Here each line is written as it comes, with ElementTree's
# escaping, indentation and empty-element form, so the files are byte for byte
# what ``nx.write_graphml`` / ``nx.write_gexf`` wrote (tests/test_exports.py
# compares them).

_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"


def _text(s: str) -> str:
    """Character data, escaped as ElementTree does."""
    if "&" in s:
        s = s.replace("&", "&amp;")
    if "<" in s:
        s = s.replace("<", "&lt;")
    if ">" in s:
        s = s.replace(">", "&gt;")
    return s


def _attr(s: str) -> str:
    """An attribute value, escaped as ElementTree does: as character data, and quotes and whitespace too."""
    s = _text(s)
    if '"' in s:
        s = s.replace('"', "&quot;")
    if "\r" in s:
        s = s.replace("\r", "&#13;")
    if "\n" in s:
        s = s.replace("\n", "&#10;")
    if "\t" in s:
        s = s.replace("\t", "&#09;")
    return s


def _attrs(items: Iterable[tuple[str, str]]) -> str:
    return "".join(f' {k}="{_attr(v)}"' for k, v in items)


def _leaf(indent: str, tag: str, attrs: str, text: str | None = None) -> str:
    if text:
        return f"{indent}<{tag}{attrs}>{_text(text)}</{tag}>\n"
    return f"{indent}<{tag}{attrs} />\n"


# What XML 1.0 cannot hold, even as &#N;: C0 controls but tab, LF and CR; lone surrogates (from bytes
# decoded with surrogateescape); U+FFFE and U+FFFF.  networkx and ElementTree write them as they are,
# and the file is then not XML (a parser stops at the first).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_bytes(text: str) -> bytes:
    """Escaped XML text as UTF-8, every character XML 1.0 forbids replaced by U+FFFD.

    Every character of both files passes here, so a graph from any source gives valid XML;
    a file with none of them is byte for byte what networkx writes.
    """
    return _NOT_XML.sub("\ufffd", text).encode("utf-8")


def _dump(lines: Iterable[str], stream) -> None:
    """Write text lines to a binary stream, as :func:`_xml_bytes`."""
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= 2048:
            stream.write(_xml_bytes("".join(chunk)))
            chunk.clear()
    stream.write(_xml_bytes("".join(chunk)))


def _write(writer, path: str | os.PathLike) -> None:
    """``writer.dump`` into a temporary file beside ``path``, moved into place when it is whole."""
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        writer.dump(fh)


class _XmlTypes:
    """networkx's mapping of Python types to GraphML and GEXF attribute types."""

    def __init__(self) -> None:
        from networkx.readwrite.gexf import GEXF
        from networkx.readwrite.graphml import GraphML

        graphml = GraphML()
        graphml.construct_types()
        self.graphml = graphml.xml_type
        gexf = GEXF()
        gexf.construct_types()
        gexf.set_version("1.2draft")
        self.gexf = gexf.xml_type
        self.gexf_ns, self.gexf_schema, self.gexf_version = gexf.NS_GEXF, gexf.SCHEMALOCATION, gexf.VERSION

    @staticmethod
    def of(table: dict, value) -> str:
        try:
            return table[type(value)]
        except KeyError:
            raise TypeError(f"attribute value type is not allowed: {type(value)}") from None


# -- GraphML ----------------------------------------------------------------------------------------

_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
_GRAPHML_SCHEMA = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"


class _GraphML:
    """GraphML of a flattened graph; key ids named after the attribute and its domain (``node_label``).

    networkx's ``named_key_ids`` gives a node and an edge attribute of the same
    name the same id, which GraphML forbids; its default ids ``d0, d1 ...`` let
    Gephi read whichever attribute gets ``d3`` as the node label (yEd's habit).
    """

    def __init__(self, flat: FlatGraph) -> None:
        self.flat = flat
        self.types = _XmlTypes().graphml
        self._data: dict[tuple, tuple[str, str]] = {}      # (scope, name, type) -> <data> open tag, empty element

    def lines(self) -> Iterator[str]:
        flat, types = self.flat, self.types
        graph = dict(flat.graph)
        graph_id = graph.pop("id", None)
        graph.pop("node_default", None)
        graph.pop("edge_default", None)
        keys: dict[tuple[str, str, str], str] = {}

        def key(scope: str, name, value) -> str:
            k = (str(name), _XmlTypes.of(types, value), scope)
            found = keys.get(k)
            if found is None:
                found = keys[k] = f"{scope}_{k[0]}"
            return found

        # keys are declared in the order they are first used (graph, nodes, edges), newest first
        for name, value in graph.items():
            key("graph", name, value)
        for _, d in flat.nodes:
            for name, value in d.items():
                key("node", name, value)
        for *_, d in flat.edges:
            for name, value in d.items():
                key("edge", name, value)
        yield _DECLARATION
        root = [("xmlns", _GRAPHML_NS), ("xmlns:xsi", _XSI_NS), ("xsi:schemaLocation", _GRAPHML_SCHEMA)]
        yield f"<graphml{_attrs(root)}>\n"
        for (name, kind, scope), key_id in reversed(keys.items()):
            yield _leaf("  ", "key", _attrs([("id", key_id), ("for", scope), ("attr.name", name), ("attr.type", kind)]))
        head = [("edgedefault", "directed" if flat.directed else "undirected")]
        if graph_id is not None:
            head.append(("id", str(graph_id)))
        if not (graph or flat.nodes or flat.edges):
            yield _leaf("  ", "graph", _attrs(head))
            yield "</graphml>\n"
            return
        yield f"  <graph{_attrs(head)}>\n"
        for n, d in flat.nodes:
            yield self._element("node", _attrs([("id", str(n))]), "node", d, keys)
        for u, v, k, d in flat.edges:
            yield self._element("edge", _attrs([("source", str(u)), ("target", str(v)), ("id", str(k))]),
                                "edge", d, keys)
        for name, value in graph.items():
            key_id = keys[(str(name), _XmlTypes.of(types, value), "graph")]
            yield _leaf("    ", "data", f' key="{_attr(key_id)}"', str(value))
        yield "  </graph>\n"
        yield "</graphml>\n"

    def _element(self, tag: str, attrs: str, scope: str, d: dict, keys: dict) -> str:
        if not d:
            return f"    <{tag}{attrs} />\n"
        out = [f"    <{tag}{attrs}>\n"]
        data = self._data
        for name, value in d.items():
            name = str(name)
            tags = data.get((scope, name, type(value)))
            if tags is None:            # the <data> element of this key, made once (as _leaf makes it)
                key_id = _attr(keys[(name, _XmlTypes.of(self.types, value), scope)])
                tags = data[(scope, name, type(value))] = (f'      <data key="{key_id}">',
                                                            f'      <data key="{key_id}" />\n')
            text = str(value)
            out.append(f"{tags[0]}{_text(text)}</data>\n" if text else tags[1])
        out.append(f"    </{tag}>\n")
        return "".join(out)

    def dump(self, stream) -> None:
        """Write the document to a binary stream."""
        _dump(self.lines(), stream)


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike, *, flat: FlatGraph | None = None) -> None:
    """GraphML with declared attribute types and scalar values only; reads back with ``nx.read_graphml``.

    ``flat``: ``gephi_data(G)``, when the caller has it already (``kg build`` writes GEXF from it too).
    """
    _write(_GraphML(flat if flat is not None else gephi_data(G)), path)


def _day(value) -> date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _spells(days: set[date]) -> list[tuple[str, str]]:
    """Closed intervals of days, consecutive days merged."""
    out: list[list[date]] = []
    for d in sorted(days):
        if out and d - out[-1][1] <= timedelta(days=1):
            out[-1][1] = d
        else:
            out.append([d, d])
    return [(a.isoformat(), b.isoformat()) for a, b in out]


Spell = list[tuple[str, str]]


def time_spells(G: nx.MultiDiGraph) -> tuple[dict[str, Spell], dict[tuple, Spell]]:
    """The spells of each node and each edge ``(u, v, key)`` of ``G`` (see the module docstring).

    Nodes and edges with no day have no entry.
    """
    node_spells, edge_spells = _spells_in_order(G)
    return node_spells, {e: sp for e, sp in zip(G.edges(keys=True), edge_spells) if sp is not None}


def _spells_in_order(G: nx.MultiDiGraph) -> tuple[dict[str, Spell], list[Spell | None]]:
    """The spells of the nodes, and those of the edges in the order of ``G.edges`` (None: no day).

    A graph of a million edges has few distinct days: each day is read once, the spell
    of one day is one shared list, and the edges' spells are a list, not a dict of keys.
    """
    day_of: dict[str, date | None] = {}
    one_day: dict[date, list[tuple[str, str]]] = {}

    def day(value) -> date | None:
        if not isinstance(value, str):
            return None
        if value not in day_of:
            day_of[value] = _day(value)
        return day_of[value]

    def spells(days: set[date]) -> list[tuple[str, str]]:
        if len(days) != 1:
            return _spells(days)
        (d,) = days
        if d not in one_day:
            one_day[d] = _spells(days)
        return one_day[d]

    article_day = {n: day(d.get("date")) for n, d in G.nodes(data=True) if d.get("type") == "article"}
    node_days: dict[str, set[date]] = defaultdict(set)
    edge_spells: list[Spell | None] = []
    for n, d in G.nodes(data=True):
        own = day(d.get("date"))
        if own and d.get("type") in ("article", "event"):
            node_days[n].add(own)
    tenure_spells: dict[str, set[tuple[str | None, str | None]]] = defaultdict(set)
    one_tenure: dict[tuple[str | None, str | None], list] = {}      # each tenure's spell list, shared
    for u, v, k, d in G.edges(keys=True, data=True):
        rel = d.get("rel")
        days: set[date] = set()
        if rel == "holds_post" and (tenure := _tenure_spell(day(d.get("start")), day(d.get("end")))) is not None:
            edge_spells.append(one_tenure.setdefault(tenure, [tenure]))
            tenure_spells[u].add(tenure)
            tenure_spells[v].add(tenure)
            continue
        if rel in ("attended", "visited") and day(d.get("date")):
            days.add(day(d.get("date")))
        elif rel == "co_attended":
            days.update(x for x in (day(G.nodes[e].get("date")) if e in G else None
                                    for e in d.get("events") or ()) if x)
        if not days:
            arts = d.get("articles") or ([d["article"]] if d.get("article") else [])
            days.update(x for x in (article_day.get(article_node_id(a)) for a in arts) if x)
        if not days and day(d.get("date")):
            days.add(day(d.get("date")))
        if not days:
            edge_spells.append(None)
            continue
        edge_spells.append(spells(days))
        if rel != "co_attended":
            node_days[u].update(days)
            node_days[v].update(days)
    node_spells = {n: spells(ds) for n, ds in node_days.items()}
    for n, extra in tenure_spells.items():
        node_spells[n] = _union(node_spells.get(n, []) + sorted(extra, key=str))
    return node_spells, edge_spells


def _tenure_spell(a: date | None, b: date | None) -> tuple[str | None, str | None] | None:
    """The spell of a tenure from its start and end days (either may be unknown); None without either."""
    if a is None and b is None:
        return None
    if a is not None and b is not None and b < a:
        a, b = b, a
    return (a.isoformat() if a else None, b.isoformat() if b else None)


def _union(spells: list[tuple[str | None, str | None]]) -> list[tuple[str | None, str | None]]:
    """Spells (None: open at that end) merged where they overlap or touch (consecutive days)."""
    lo, hi = date.min, date.max
    ivs = sorted(((_day(a) or lo), (_day(b) or hi)) for a, b in spells)
    out: list[list[date]] = []
    for a, b in ivs:
        if out and (a <= out[-1][1] or (out[-1][1] < hi and a - out[-1][1] <= timedelta(days=1))):
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(None if a == lo else a.isoformat(), None if b == hi else b.isoformat()) for a, b in out]


# -- GEXF -------------------------------------------------------------------------------------------

_GEXF_NODE_RESERVED = ("start", "end", "pid", "viz", "parents", "slices")
_GEXF_EDGE_RESERVED = ("start", "end", "type", "viz", "slices")


def _gexf_value(value) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    if type(value) is float:
        text = {"inf": "INF", "nan": "NaN", "-inf": "-INF"}.get(text, text)
    return text


class _GEXF:
    """GEXF 1.2 of a flattened graph with the spells of ``time_spells``."""

    def __init__(self, flat: FlatGraph, node_spells: dict[str, Spell], edge_spells: list[Spell | None]) -> None:
        if len(edge_spells) != len(flat.edges):
            raise ValueError("edge_spells must list one spell (or None) for each edge of flat, in its order")
        self.flat = flat
        self.node_spells = node_spells
        self.edge_spells = edge_spells
        self.types = _XmlTypes()

    def _nodes(self) -> Iterator[tuple[list, list | None, dict]]:
        """(element attributes, spells, attribute values) of each node, as networkx's writer makes them."""
        for n, d in self.flat.nodes:
            data = {k: v for k, v in d.items() if k not in _GEXF_NODE_RESERVED}
            spells = self.node_spells.get(n)
            if spells is not None:
                data["spells"] = spells
            head = [("id", str(data.pop("id", n))), ("label", str(data.pop("label", n)))]
            yield head, data.pop("spells", None), data

    def _edges(self) -> Iterator[tuple[list, list | None, dict]]:
        """The same for each edge; an edge's id is its ``id`` attribute or the next number not taken."""
        node_ids = {n: str(d["id"]) for n, d in self.flat.nodes if "id" in d}
        taken = {str(d["id"]) for *_, d in self.flat.edges if d.get("id") is not None}
        counter = 0
        for (u, v, k, d), spells in zip(self.flat.edges, self.edge_spells):
            data = {a: x for a, x in d.items() if a not in _GEXF_EDGE_RESERVED}
            if spells is not None:
                data["spells"] = spells
            data["key"] = k
            edge_id = data.pop("id", None)
            if edge_id is None:          # the counter only rises: it need not remember its own ids
                while str(counter) in taken:
                    counter += 1
                edge_id = counter
                counter += 1
            head = [("source", node_ids.get(u, str(u))), ("target", node_ids.get(v, str(v))), ("id", str(edge_id))]
            for name in ("label", "weight"):
                if name in data:
                    head.append((name, str(data.pop(name))))
            yield head, data.pop("spells", None), data

    def lines(self) -> Iterator[str]:
        # first pass: attribute ids and types in the order networkx meets them, and whether there are dates
        types = self.types
        ids: dict[tuple[str, str], str] = {}
        declared: dict[str, list[str]] = {"node": [], "edge": []}
        first_class: list[str] = []
        dated = False
        for cls, items in (("node", self._nodes()), ("edge", self._edges())):
            for _, spells, data in items:
                dated = dated or bool(spells)
                for name, value in data.items():
                    title = "networkx_key" if name == "key" else str(name)
                    if (cls, title) not in ids:
                        ids[(cls, title)] = str(len(ids))
                        attrs = _attrs([("id", ids[(cls, title)]), ("title", title),
                                        ("type", _XmlTypes.of(types.gexf, value))])
                        declared[cls].append(_leaf("      ", "attribute", attrs))
                        if cls not in first_class:
                            first_class.append(cls)
        graph = self.flat.graph
        head = [("defaultedgetype", "directed" if self.flat.directed else "undirected"),
                ("mode", "dynamic" if dated or graph.get("mode") == "dynamic" else "static"),
                ("name", str(graph.get("name", "")))]         # networkx fails on a name that is not text
        if dated:
            head.append(("timeformat", "date"))
        yield _DECLARATION
        root = [("xmlns", types.gexf_ns), ("xmlns:xsi", _XSI_NS), ("xsi:schemaLocation", types.gexf_schema),
                ("version", types.gexf_version)]
        yield f"<gexf{_attrs(root)}>\n"
        yield f'  <meta lastmodifieddate="{time.strftime("%Y-%m-%d")}">\n'
        yield f"    <creator>{_text(f'NetworkX {nx.__version__}')}</creator>\n"
        yield "  </meta>\n"
        yield f"  <graph{_attrs(head)}>\n"
        for cls in reversed(first_class):          # networkx inserts each new attributes block first
            yield f'    <attributes mode="static" class="{cls}">\n'
            yield from declared[cls]
            yield "    </attributes>\n"
        # second pass: the elements, made again as they are written
        for tag, items, empty in (("nodes", self._nodes(), not self.flat.nodes),
                                  ("edges", self._edges(), not self.flat.edges)):
            if empty:
                yield f"    <{tag} />\n"
                continue
            yield f"    <{tag}>\n"
            for head_attrs, spells, data in items:
                yield self._element(tag[:-1], head_attrs, spells, data, ids)
            yield f"    </{tag}>\n"
        yield "  </graph>\n"
        yield "</gexf>\n"

    @staticmethod
    def _element(cls: str, head: list, spells, data: dict, ids: dict) -> str:
        attrs = _attrs(head)
        if not spells and not data:
            return f"      <{cls}{attrs} />\n"
        out = [f"      <{cls}{attrs}>\n"]
        if spells:
            out.append("        <spells>\n")
            for start, end in spells:
                out.append(_leaf("          ", "spell", _attrs(
                    [x for x in (("start", start), ("end", end)) if x[1] is not None])))
            out.append("        </spells>\n")
        if data:
            out.append("        <attvalues>\n")
            for name, value in data.items():
                title = "networkx_key" if name == "key" else str(name)
                out.append(f'          <attvalue for="{ids[(cls, title)]}" value="{_attr(_gexf_value(value))}" />\n')
            out.append("        </attvalues>\n")
        out.append(f"      </{cls}>\n")
        return "".join(out)

    def dump(self, stream) -> None:
        """Write the document to a binary stream."""
        _dump(self.lines(), stream)


def write_gexf(G: nx.MultiDiGraph, path: str | os.PathLike, *, flat: FlatGraph | None = None) -> None:
    """GEXF 1.2 with dynamic spells (intervals of days only); reads back with ``nx.read_gexf``.

    ``flat``: ``gephi_data(G)``, when the caller has it already.
    """
    node_spells, edge_spells = _spells_in_order(G)
    _write(_GEXF(flat if flat is not None else gephi_data(G), node_spells, edge_spells), path)


def write_json(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """node-link JSON (``networkx.node_link_data``), attributes kept as they are."""
    data = nx.node_link_data(G, edges="links")
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        dump_json(data, fh)


def dump_json(value, fh) -> None:
    """Write ``value`` as ``json.dump(value, fh, ensure_ascii=False, indent=1, default=str)`` does, character
    for character (``tests/test_exports.py`` compares them), in a third of the time: the standard library
    encodes indented JSON in Python, one generator step per token.  The top two levels are streamed (the
    nodes and links one at a time: no second copy of the graph as one string)."""
    if isinstance(value, dict) and value:
        fh.write("{")
        for i, (k, v) in enumerate(value.items()):
            fh.write(f'{"," if i else ""}\n {_json_str(_json_key(k))}: ')
            if isinstance(v, (list, tuple)) and v:
                fh.write("[")
                for j, x in enumerate(v):
                    fh.write(f'{"," if j else ""}\n  {_json(x, 2)}')
                fh.write("\n ]")
            else:
                fh.write(_json(v, 1))
        fh.write("\n}")
    else:
        fh.write(_json(value, 0))


_json_str = json.encoder.encode_basestring        # the C encoder of str, as json.dumps(ensure_ascii=False)


def _json(o, level: int) -> str:
    """``o`` at indent ``level``, with the checks of ``json.encoder._make_iterencode`` in its order."""
    if isinstance(o, str):
        return _json_str(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _json_float(o)
    if isinstance(o, (list, tuple)):
        if not o:
            return "[]"
        inner = "\n" + " " * (level + 1)
        return f"[{inner}{(',' + inner).join([_json(x, level + 1) for x in o])}\n{' ' * level}]"
    if isinstance(o, dict):
        if not o:
            return "{}"
        inner = "\n" + " " * (level + 1)
        items = [f"{_json_str(_json_key(k))}: {_json(v, level + 1)}" for k, v in o.items()]
        return f"{{{inner}{(',' + inner).join(items)}\n{' ' * level}}}"
    return _json(str(o), level)          # default=str


def _json_float(o: float) -> str:
    if o != o:
        return "NaN"
    if o == float("inf"):
        return "Infinity"
    if o == -float("inf"):
        return "-Infinity"
    return float.__repr__(o)


def _json_key(k) -> str:
    """A key as ``json.dumps`` writes it: a string as it is; a number, a bool or None as its JSON value."""
    if isinstance(k, str):
        return k
    if k is None or isinstance(k, (int, float)):
        return _json(k, 0)
    raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")
