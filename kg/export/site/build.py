"""Build the explorer into a staging folder, then move it into place."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from markupsafe import Markup, escape

from kg.export.publish import move_over
from kg.export.site import event, org, person
from kg.export.site.common import Link, indexed, subtitle
from kg.export.site.deps import page_digests
from kg.export.site.network import VIS_FILES, kind_of, vis_folder
from kg.export.site.overview import LEGEND, overview_data
from kg.export.site.paths import page_path
from kg.export.site.search import pinyin_table, search_index

PAGES = {"person": person.context, "organization": org.context, "event": event.context}
TEMPLATES = {"person": "person.html", "organization": "org.html", "event": "event.html"}
SITE_ENTRIES = ("lib", "static", "data", "person", "org", "event", "index.html")


@dataclass
class PageCache:
    """The pages of a previous build that a rebuild may reuse, and what the rebuild wrote.

    ``folder`` is the previous site (a published ``kg build`` folder) and ``digests`` its pages' digests
    (:func:`kg.export.site.deps.page_digests`); a page whose digest is the same now is hard-linked from
    there (copied where links fail) instead of rendered.  After :func:`write_site`, ``written`` holds the
    digest of every page of the new site and ``rendered`` / ``reused`` count them.  ``pinyin`` /
    ``written_pinyin``: the search index's pinyin of the labels, before and after
    (:func:`kg.export.site.search.pinyin_table`).
    """

    folder: Path | None = None
    digests: Mapping[str, str] = field(default_factory=dict)
    pinyin: Mapping[str, list] = field(default_factory=dict)     # the previous search index's pinyin_table
    written: dict[str, str] = field(default_factory=dict)
    written_pinyin: dict[str, list] = field(default_factory=dict)
    rendered: int = 0
    reused: int = 0


def site_salt(title: str) -> str:
    """A digest of the explorer's code, templates and static files and of ``title``: pages made by other
    code, or for another title, are never reused."""
    h = hashlib.blake2b(title.encode("utf-8"), digest_size=16)
    root = resources.files("kg.export.site")
    for item in sorted(root.iterdir(), key=lambda x: x.name):
        files = sorted(item.iterdir(), key=lambda x: x.name) if item.is_dir() else [item]
        for f in files:
            if f.is_file() and f.name.endswith((".py", ".html", ".js", ".css")):
                h.update(f.name.encode())
                h.update(f.read_bytes())
    return h.hexdigest()


def write_site(G: nx.MultiDiGraph, out_dir: str | os.PathLike, *, title: str = "officials-kg",
               top: int = 1000, cache: PageCache | None = None) -> Path:
    """Write the explorer into ``out_dir``; return the path of its ``index.html``.

    ``top`` is how many nodes the overview draws at first (most connected
    first; the page has a control to show more).  The site is built in a
    hidden folder beside it and each of its folders replaces the old one
    whole, so a failed build leaves the previous site in place.  ``cache``
    (a :class:`PageCache`) reuses the unchanged pages of a previous build and
    records the digests of the new one; the site is the same with or without it.

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
        _build(indexed(G), stage, title=title, top=top, cache=cache)
        _publish(stage, out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return out / "index.html"


def _build(G: nx.MultiDiGraph, stage: Path, *, title: str, top: int, cache: PageCache | None = None) -> None:
    env = environment()
    _copy_assets(stage)
    subtitles = {n: subtitle(G, n) for n, d in G.nodes(data=True) if kind_of(d)}
    data = stage / "data"
    data.mkdir()
    overview = overview_data(G, top=top, subtitles=subtitles)
    (data / "overview.js").write_text(f"window.KG_OVERVIEW = {js_json(overview)};\n", encoding="utf-8")
    index = search_index(G, subtitles=subtitles, pinyin=cache.pinyin if cache is not None else None)
    if cache is not None:
        cache.written_pinyin = pinyin_table(index)
    (data / "search.js").write_text(f"window.KG_SEARCH = {js_json(index)};\n", encoding="utf-8")
    for folder in ("person", "org", "event"):
        (stage / folder).mkdir()
    digests: Mapping[str, str] = {}
    if cache is not None:
        digests = page_digests(G, subtitles, salt=site_salt(title))
        cache.written, cache.rendered, cache.reused = dict(digests), 0, 0
    for n, d in G.nodes(data=True):
        path = page_path(d, n)
        if path is None or not kind_of(d):
            continue
        if cache is not None and cache.folder is not None and cache.digests.get(path) == digests[path] \
                and _reuse(cache.folder / path, stage / path):
            cache.reused += 1
            continue
        kind = d["type"]
        context = PAGES[kind](G, n, subtitles=subtitles)
        page = env.get_template(TEMPLATES[kind]).render(site=title, root="..", **context)
        (stage / path).write_text(page, encoding="utf-8")
        if cache is not None:
            cache.rendered += 1
    counts = {k: sum(1 for _, d in G.nodes(data=True) if kind_of(d) == k) for k, *_ in LEGEND}
    page = env.get_template("index.html").render(site=title, root=".", legend=LEGEND, counts=counts)
    (stage / "index.html").write_text(page, encoding="utf-8")


def _reuse(old: Path, new: Path) -> bool:
    """Link ``old`` (a page of the published build) at ``new``, or copy it; False when it is not there."""
    try:
        if old.is_symlink() or not old.is_file():
            return False
        try:
            os.link(old, new)
        except OSError:
            shutil.copyfile(old, new)
        return True
    except OSError:
        return False


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
        move_over(stage / name, out / name, stage / f".old-{name}")


def environment():
    """The pages' Jinja environment: templates compiled once (not checked for edits), ``x.name`` of a dict
    read as its item at once, and the link helpers ``a`` and ``links`` as Python functions (as Jinja macros
    they were a sixth of the rendering) that make each entity's link once per page root."""
    import jinja2

    class Environment(jinja2.Environment):
        def getattr(self, obj, attribute):
            # Jinja tries the attribute first and fails on every key of the pages' dicts (a million times
            # for 10,000 articles); a name a dict has as an attribute (``items``) still goes that way
            if type(obj) is dict and attribute not in _DICT_ATTRIBUTES and attribute in obj:
                return obj[attribute]
            return super().getattr(obj, attribute)

    env = Environment(
        loader=jinja2.FileSystemLoader(str(resources.files("kg.export.site").joinpath("templates"))),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        auto_reload=False)
    made: dict[tuple[Link, str], Markup] = {}

    def a(context, link: Link) -> Markup:
        """A link to an entity's page (``root`` of the page being rendered), or its name where it has none."""
        key = (link, context["root"])
        html = made.get(key)
        if html is None:
            html = made[key] = _a(link, key[1])
        return html

    def links(context, items, more: int = 0) -> Markup:
        """``a`` of each item, joined with 、; "等N人" when ``more`` were left out."""
        text = "、".join([a(context, x) for x in items])
        return Markup(f"{text} 等{escape(more)}人" if more else text)

    env.globals.update(a=jinja2.pass_context(a), links=jinja2.pass_context(links))
    return env


_DICT_ATTRIBUTES = frozenset(dir(dict))


def _a(link: Link, root: str) -> Markup:
    if link.href:
        return Markup(f'<a class="k-{escape(link.kind)}" href="{escape(root)}/{escape(link.href)}">'
                      f'{escape(link.label)}</a>')
    return Markup(f"<span>{escape(link.label)}</span>")


def js_json(value: Any) -> str:
    """JSON that is safe inside ``<script>`` and in a ``.js`` file: ``<``, ``>``, ``&``, U+2028/9 escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for c in "<>&\u2028\u2029":
        text = text.replace(c, f"\\u{ord(c):04x}")
    return text
