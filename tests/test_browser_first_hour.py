"""The explorer as a new user first sees it, in headless Chromium: Chinese drawn with a CJK font (not boxes),
a search in traditional characters, the who-attended-what matrix of a person, overview labels that do not overlap.

Set up as tests/test_browser.py (Debian's Chromium at /usr/bin/chromium or KG_CHROMIUM; ``make chromium``
installs it with a CJK font).  Screenshots go to tests/artifacts/.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from test_browser import ARTIFACTS, Watch, browser, open_overview, sample_site, search, shot  # noqa: F401

GLYPHS = """([text, font]) => {
  const c = document.createElement('canvas'); c.width = 64; c.height = 64;
  const g = c.getContext('2d', {willReadFrequently: true});
  return Array.from(text).map(ch => {
    g.clearRect(0, 0, 64, 64); g.font = font; g.fillStyle = '#000'; g.textBaseline = 'top'; g.fillText(ch, 4, 4);
    return Array.from(g.getImageData(0, 0, 64, 64).data.filter((_, i) => i % 4 === 3)).join(',');
  });
}"""


@pytest.fixture
def watch(browser):  # noqa: F811
    w = Watch(browser)
    yield w
    w.close()


def test_a_cjk_font_is_installed():
    try:
        fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    except FileNotFoundError:
        pytest.fail("no fc-list: install fontconfig and a CJK font (make chromium)", pytrace=False)
    assert fonts.strip(), "no font with Chinese glyphs: run `make chromium` (Debian: apt-get install fonts-noto-cjk)"


def test_chinese_is_drawn_as_glyphs_not_boxes(watch, sample_site):  # noqa: F811
    """Two different characters drawn in the page's font differ; drawn as boxes (tofu) they would be the same
    box as a code point no font has (U+0378)."""
    G, index = sample_site
    page = watch.page
    open_overview(page, index)
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    liu, fei, nothing = page.evaluate(GLYPHS, ["刘非\u0378", f"40px {family}"])
    assert liu != fei and nothing not in (liu, fei), "Chinese is drawn as boxes: install a CJK font (make chromium)"
    # and the name in the search results is as wide as two CJK characters, not two boxes of another width
    search(page, "刘非")
    width = page.evaluate("""() => { const a = document.querySelector('#results li > a');
        const r = document.createRange(); r.selectNodeContents(a); return r.getBoundingClientRect().width / 2; }""")
    size = float(page.evaluate("parseFloat(getComputedStyle(document.querySelector('#results li > a')).fontSize)"))
    assert abs(width - size) < 0.1 * size, (width, size)
    shot(page, "first-hour-chinese.png")
    watch.check()


def test_a_search_in_traditional_characters_finds_the_simplified_name(watch, sample_site):  # noqa: F811
    G, index = sample_site
    page = watch.page
    open_overview(page, index)
    assert search(page, "劉非")[0] == "刘非"
    assert search(page, "錢塘")[0].startswith("钱塘")
    shot(page, "first-hour-search-traditional.png")
    watch.check()


def test_the_matrix_after_a_person_search_shows_all_his_events(watch, sample_site):  # noqa: F811
    G, index = sample_site
    attended = Counter(p for p, _, e in G.edges(data=True) if e["rel"] == "attended")
    busiest = max(attended, key=lambda p: (attended[p], p))
    name = G.nodes[busiest]["label"]
    events = {v for _, v, e in G.out_edges(busiest, data=True) if e["rel"] == "attended"}
    assert len(events) >= 4
    page = watch.page
    open_overview(page, index)
    found = search(page, name)
    assert found[0] == name
    assert any(G.nodes[v]["label"].startswith(name) for v in events)      # the query also finds events
    page.click("#matrix-open")
    page.wait_for_selector("#matrix-body table")
    row = page.locator("#matrix-body tbody tr", has=page.locator(f"th a:text-is('{name}')"))
    assert row.locator("td.hit").count() == len(events)
    titles = set(page.locator("#matrix-body thead th a").evaluate_all("els => els.map(e => e.title)"))
    assert {G.nodes[v]["label"] for v in events} <= {t.split(" · ")[0] for t in titles}
    shot(page, "first-hour-matrix.png")
    watch.check()


LABEL_BOXES = """() => {
  const net = window.kgNetwork, boxes = [], canvas = document.querySelector('#network canvas');
  for (const n of Object.values(net.body.nodes)) {
    const label = n.options.label;
    if (!label || n.isCluster) continue;
    const s = n.labelModule.size, dy = n.labelModule.fontOptions.vadjust || 0;    // drawn shifted by vadjust
    const a = net.canvasToDOM({x: s.left, y: s.top + dy}), b = net.canvasToDOM({x: s.left + s.width, y: s.top + dy + s.height});
    // vis-network measures only the labels it draws: those in view
    if (a.x < 0 || a.y < 0 || b.x > canvas.clientWidth || b.y > canvas.clientHeight) continue;
    boxes.push({id: n.id, label: label, x0: a.x, y0: a.y, x1: b.x, y1: b.y});
  }
  return boxes;
}"""


def _overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [(a["label"], b["label"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]]


def _squeezed(index: Path, out: Path) -> Path:
    """The sample's site with the overview drawn three times denser: labels that have to wait for a zoom."""
    from kg.export.site.overview import place_labels

    shutil.copytree(index.parent, out)
    data = out / "data" / "overview.js"
    prefix = "window.KG_OVERVIEW = "
    overview = json.loads(data.read_text(encoding="utf-8")[len(prefix):].rstrip().rstrip(";"))
    for node in overview["nodes"]:
        node["x"], node["y"] = round(node["x"] / 3, 1), round(node["y"] / 3, 1)
        node.pop("zoom", None)
        node.pop("font", None)
    place_labels(overview["nodes"])
    data.write_text(prefix + json.dumps(overview, ensure_ascii=False) + ";\n", encoding="utf-8")
    return out / "index.html"


def _zoom_to(page, scale: float) -> None:
    """Zoom with the mouse wheel, at the middle of the network, to ``scale`` or a little more."""
    box = page.locator("#network").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    while page.evaluate("window.kgNetwork.getScale()") < scale:
        page.mouse.wheel(0, -100)
        page.wait_for_timeout(30)
    page.wait_for_timeout(200)


@pytest.mark.parametrize("dense", [False, True], ids=["sample", "three-times-denser"])
def test_no_two_overview_labels_overlap_at_the_first_zoom(watch, sample_site, tmp_path, dense):  # noqa: F811
    G, index = sample_site
    if dense:
        index = _squeezed(index, tmp_path / "site")
    page = watch.page
    open_overview(page, index)
    page.wait_for_timeout(200)
    boxes = page.evaluate(LABEL_BOXES)
    assert not _overlapping(boxes), _overlapping(boxes)
    total = page.evaluate("window.kgNetwork.body.data.nodes.length")
    assert len(boxes) >= (0.3 if dense else 0.9) * total                       # most keep their label
    first = page.evaluate("window.KG_OVERVIEW.nodes.slice(0, 3).map(n => n.label)")
    assert set(first) <= {b["label"] for b in boxes}            # the most connected nodes always have theirs
    shot(page, f"first-hour-overview-labels{'-dense' if dense else ''}.png")

    later = page.evaluate("window.KG_OVERVIEW.nodes.filter(n => n.zoom).map(n => [n.id, n.zoom])")
    assert bool(later) == dense
    first_scale = page.evaluate("window.kgNetwork.getScale()")
    for level in (2, 4) if dense else ():                      # zoomed in, more labels, still apart
        _zoom_to(page, level * first_scale)
        boxes = page.evaluate(LABEL_BOXES)
        assert not _overlapping(boxes), (level, _overlapping(boxes))
        in_view = set(page.evaluate("""() => { const net = window.kgNetwork, c = document.querySelector('#network canvas');
            return Object.values(net.body.nodes).filter(n => { const p = net.canvasToDOM({x: n.x, y: n.y});
              return p.x > 60 && p.y > 60 && p.x < c.clientWidth - 60 && p.y < c.clientHeight - 60; }).map(n => n.id); }"""))
        due = {i for i, z in later if z <= level and i in in_view}
        assert due and due <= {b["id"] for b in boxes}, (level, due)
        shot(page, f"first-hour-overview-labels-dense-zoom{level}.png")
    watch.check()


def test_the_overlap_measure_sees_an_overlap(watch, sample_site):  # noqa: F811
    """The check above can fail: two labels moved onto one another are caught."""
    G, index = sample_site
    page = watch.page
    open_overview(page, index)
    page.evaluate("""() => { const net = window.kgNetwork, p = net.getPositions([0])[0];
                              net.moveNode(1, p.x + 5, p.y); net.redraw(); }""")
    page.wait_for_timeout(100)
    assert _overlapping(page.evaluate(LABEL_BOXES))
