"""An interactive network that draws inside a notebook, offline.

pyvis's own notebook output links its JavaScript from a CDN or from a file the
notebook server may not serve, so it often shows blank or as code (pyvis #165,
#203).  Here the page is one self-contained HTML document (vis-network inlined)
placed in an ``<iframe srcdoc=...>``: Jupyter, the classic notebook and VS Code
all draw an iframe's own document without fetching anything.
"""
from __future__ import annotations

import html
import json
import re

import networkx as nx

from kg.export.site.network import COLOURS, SHAPES, kind_of, network_data, relations_graph, vis_folder

_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<style>html,body{{margin:0;height:100%;font-family:sans-serif}}#net{{width:100%;height:100%}}</style>
<style>{css}</style>
<script>{js}</script>
</head><body><div id="net"></div>
<script>
var data = {{nodes: new vis.DataSet({nodes}), edges: new vis.DataSet({edges})}};
new vis.Network(document.getElementById("net"), data, {options});
</script></body></html>
"""


def _vis_assets() -> tuple[str, str]:
    lib = vis_folder()
    return ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
            (lib / "vis-network.css").read_text(encoding="utf-8"))


def _json_in_script(value) -> str:
    """JSON that may sit inside <script> without closing it ("<\\/" is the same string in JSON)."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def _inline(code: str, tag: str) -> str:
    """Library code inside <script> or <style>: only a closing tag could end it early."""
    return re.sub(f"</({tag})", r"<\\/\1", code, flags=re.IGNORECASE)


def network_page(G: nx.MultiDiGraph, *, focus: str | None = None) -> str:
    """A self-contained HTML page drawing ``G``'s persons, organizations and events.

    ``focus`` (a node id) is drawn larger with a dark border.  Articles and
    reporters are left out, as in the explorer.
    """
    V = relations_graph(G)
    pos = nx.spring_layout(V, seed=7) if V.number_of_nodes() else {}
    degree = dict(V.degree())
    nodes = []
    for n, d in V.nodes(data=True):
        kind = kind_of(d)
        colour = COLOURS.get(kind, "#7f7f7f")
        label = str(d.get("label") or n)
        x, y = pos.get(n, (0.0, 0.0))
        tip = "\n".join(f"{k}: {d[k]}" for k in ("type", "org_type", "event_type", "date", "protocol_rank")
                        if d.get(k) not in (None, ""))
        node = {"id": n, "label": label if kind != "event" else label[:16], "title": f"{label}\n{tip}",
                "color": colour, "shape": SHAPES.get(kind, "dot"),
                "size": 10 + 2 * min(degree.get(n, 0), 8), "x": float(x) * 800, "y": float(y) * 800}
        if n == focus:
            node.update(size=30, borderWidth=4, color={"background": colour, "border": "#222222"})
        nodes.append(node)
    nodes, edges = network_data(nodes, [(u, v, {"title": ", ".join(sorted(r for r in d["rels"] if r)),
                                                "color": "#bbbbbb"}) for u, v, d in V.edges(data=True)])
    options = {"physics": {"enabled": False}, "interaction": {"hover": True}, "nodes": {"font": {"size": 14}}}
    js, css = _vis_assets()
    return _PAGE.format(css=_inline(css, "style"), js=_inline(js, "script"), nodes=_json_in_script(nodes),
                        edges=_json_in_script(edges), options=json.dumps(options))


def iframe(page: str, *, height: int = 500) -> str:
    """A ``<div>`` with an ``<iframe srcdoc>`` holding ``page`` (escaped, so any page is safe to embed)."""
    if not isinstance(height, int) or height < 100:
        raise ValueError(f"height must be an integer of at least 100 pixels, got {height!r}")
    return (f'<div><iframe srcdoc="{html.escape(page, quote=True)}" width="100%" height="{height}" '
            f'style="border:1px solid #ddd" sandbox="allow-scripts"></iframe></div>')


def notebook_view(G: nx.MultiDiGraph, *, focus: str | None = None, height: int = 500):
    """An ``IPython.display.HTML`` object that draws ``G`` inline in a notebook."""
    from IPython.display import HTML

    return HTML(iframe(network_page(G, focus=focus), height=height))
