"""Build the explorer into a staging folder, then move it into place."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.site import event, org, person
from kg.export.site.common import indexed, subtitle
from kg.export.site.network import VIS_FILES, kind_of, vis_folder
from kg.export.site.overview import LEGEND, overview_data
from kg.export.site.paths import page_path
from kg.export.site.search import search_index

PAGES = {"person": person.context, "organization": org.context, "event": event.context}
TEMPLATES = {"person": "person.html", "organization": "org.html", "event": "event.html"}
SITE_ENTRIES = ("lib", "static", "data", "person", "org", "event", "index.html")


def write_site(G: nx.MultiDiGraph, out_dir: str | os.PathLike, *, title: str = "officials-kg",
               top: int = 1000) -> Path:
    """Write the explorer into ``out_dir``; return the path of its ``index.html``.

    ``top`` is how many nodes the overview draws at first (most connected
    first; the page has a control to show more).  The site is built in a
    hidden folder beside it and each of its folders replaces the old one
    whole, so a failed build leaves the previous site in place.

    Examples
    --------
    >>> import tempfile
    >>> from extract import extract_text
    >>> from kg.graph import build_graph
    >>> G = build_graph(extract_text("本报讯 25日,市委书记刘非出席会议。", date="2025-09-26"))
    >>> write_site(G, tempfile.mkdtemp()).name
    'index.html'
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".site.", dir=out))
    try:
        _build(indexed(G), stage, title=title, top=top)
        _publish(stage, out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return out / "index.html"


def _build(G: nx.MultiDiGraph, stage: Path, *, title: str, top: int) -> None:
    env = environment()
    _copy_assets(stage)
    subtitles = {n: subtitle(G, n) for n, d in G.nodes(data=True) if kind_of(d)}
    data = stage / "data"
    data.mkdir()
    overview = overview_data(G, top=top, subtitles=subtitles)
    (data / "overview.js").write_text(f"window.KG_OVERVIEW = {js_json(overview)};\n", encoding="utf-8")
    index = search_index(G, subtitles=subtitles)
    (data / "search.js").write_text(f"window.KG_SEARCH = {js_json(index)};\n", encoding="utf-8")
    for folder in ("person", "org", "event"):
        (stage / folder).mkdir()
    for n, d in G.nodes(data=True):
        path = page_path(d, n)
        if path is None or not kind_of(d):
            continue
        kind = d["type"]
        context = PAGES[kind](G, n, subtitles=subtitles)
        page = env.get_template(TEMPLATES[kind]).render(site=title, root="..", **context)
        (stage / path).write_text(page, encoding="utf-8")
    counts = {k: sum(1 for _, d in G.nodes(data=True) if kind_of(d) == k) for k, *_ in LEGEND}
    page = env.get_template("index.html").render(site=title, root=".", legend=LEGEND, counts=counts)
    (stage / "index.html").write_text(page, encoding="utf-8")


def _copy_assets(stage: Path) -> None:
    vis = vis_folder()
    (stage / "lib").mkdir()
    for name in VIS_FILES:
        shutil.copyfile(vis / name, stage / "lib" / name)
    (stage / "static").mkdir()
    for item in resources.files("kg.export.site").joinpath("static").iterdir():
        if item.is_file() and not item.name.startswith("."):
            (stage / "static" / item.name).write_bytes(item.read_bytes())


def _publish(stage: Path, out: Path) -> None:
    """Move each entry of the staged site over the old one (folders swapped whole; index.html last)."""
    for name in SITE_ENTRIES:
        new, target = stage / name, out / name
        if target.is_dir() and not target.is_symlink():
            old = stage / f".old-{name}"
            os.replace(target, old)
            os.replace(new, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            if target.is_symlink() or target.exists():
                target.unlink()
            os.replace(new, target)


def environment():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources.files("kg.export.site").joinpath("templates"))),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def js_json(value: Any) -> str:
    """JSON that is safe inside ``<script>`` and in a ``.js`` file: ``<``, ``>``, ``&``, U+2028/9 escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for c in "<>&\u2028\u2029":
        text = text.replace(c, f"\\u{ord(c):04x}")
    return text
