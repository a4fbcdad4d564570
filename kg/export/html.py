"""The HTML overview: a pyvis network of persons, organizations and events that opens offline.

pyvis builds the node, edge and option data; our own template (``templates/``)
renders it with the vis-network files copied into ``lib/`` beside the page, so
that nothing is fetched from a CDN.  The layout is computed in Python and the
browser's physics is off, so the page draws at once.
"""
from __future__ import annotations

import json
import os
import shutil
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.export import atomic_path

COLOURS = {"person": "#d62728", "organization": "#1f77b4", "company": "#2ca02c", "event": "#ff7f0e"}
LEGEND = (("官员 person", COLOURS["person"]), ("机构 organization", COLOURS["organization"]),
          ("企业 company", COLOURS["company"]), ("活动 event", COLOURS["event"]))


def _vis_lib() -> Path:
    import pyvis
    return Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def view_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """Persons, organizations and events with the ties between them (articles left out)."""
    keep = [n for n, d in G.nodes(data=True) if d.get("type") in ("person", "organization", "event")
            and not d.get("is_reporter")]
    V = nx.Graph()
    for n in keep:
        V.add_node(n, **G.nodes[n])
    for u, v, d in G.edges(data=True):
        if u in V and v in V and u != v:
            rel = d.get("rel")
            if V.has_edge(u, v):
                V[u][v]["rels"].add(rel)
            else:
                V.add_edge(u, v, rels={rel})
    return V


def _layout(V: nx.Graph) -> dict:
    if V.number_of_nodes() == 0:
        return {}
    k = 1.5 / max(1, V.number_of_nodes()) ** 0.5
    iterations = 60 if V.number_of_nodes() < 2000 else 20
    return nx.spring_layout(V, k=k, iterations=iterations, seed=7)


def write_overview(G: nx.MultiDiGraph, out_dir: str | os.PathLike, *, title: str = "officials-kg") -> Path:
    """Write ``index.html`` and ``lib/`` into ``out_dir``; returns the page's path."""
    from pyvis.network import Network

    out = Path(out_dir)
    V = view_graph(G)
    pos = _layout(V)
    net = Network(height="calc(100vh - 60px)", width="100%", directed=False, cdn_resources="in_line")
    degree = dict(V.degree())
    for n, d in V.nodes(data=True):
        kind = d.get("type")
        colour_key = "company" if d.get("org_type") == "company" else kind
        x, y = pos.get(n, (0.0, 0.0))
        label = str(d.get("label") or n)
        tip = _tooltip(d)
        net.add_node(n, label=label if kind != "event" else label[:16], title=tip,
                     color=COLOURS.get(colour_key, "#7f7f7f"), size=8 + 3 * min(degree.get(n, 0), 12),
                     shape="dot" if kind != "event" else "square", x=float(x) * 1000, y=float(y) * 1000,
                     physics=False)
    for u, v, d in V.edges(data=True):
        net.add_edge(u, v, title=", ".join(sorted(r for r in d["rels"] if r)), color="#bbbbbb")
    net.set_options(json.dumps({"physics": {"enabled": False},
                                "interaction": {"hover": True, "navigationButtons": False},
                                "nodes": {"font": {"size": 14}}}))
    nodes, edges, heading, height, width, options = net.get_network_data()
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(resources.files("kg.export") / "templates")),
                             autoescape=True)
    html = env.get_template("overview.html").render(nodes=nodes, edges=edges, heading=title, height=height,
                                                    width=width, options=options, legend=LEGEND)
    lib = out / "lib"
    lib.mkdir(parents=True, exist_ok=True)
    for name in ("vis-network.min.js", "vis-network.css"):
        shutil.copyfile(_vis_lib() / name, lib / name)
    page = out / "index.html"
    with atomic_path(page) as tmp:
        tmp.write_text(html, encoding="utf-8")
    return page


def _tooltip(d: dict) -> str:
    """Plain text (vis-network shows a string title as text, not HTML)."""
    lines = [str(d.get("label") or "")]
    for key in ("org_type", "event_type", "date", "first_seen", "last_seen", "n_articles"):
        if d.get(key) not in (None, ""):
            lines.append(f"{key}: {d[key]}")
    return "\n".join(lines)
