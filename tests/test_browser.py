"""The explorer in headless Chromium: offline, search by pinyin, click through, no script from the articles.

Needs Playwright (``pip install -e '.[test]'``) and Debian's Chromium at /usr/bin/chromium
(``make chromium``; another path in KG_CHROMIUM).  Playwright's own browser download is never used.
Screenshots go to tests/artifacts/ (git-ignored) for a person to look at.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import networkx as nx
import pytest

from extract import ExtractConfig, extract_sources, extract_text
from extract.ingest.files import read_inputs
from kg.export.site import write_site
from kg.export.site.paths import page_path
from kg.graph import build_graph

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]

MEETING = ("全区安全生产工作会议召开\n"
           "本报讯(记者 周明)22日,全区安全生产工作会议召开。区委书记王建国出席并讲话{payload},区长李明主持。\n"
           "区领导赵强、钱伟参加。")
PAYLOAD = ('<script>window.__pwned=1;alert(1)</script><img src=x onerror="window.__pwned=2;alert(2)">'
           '<a href="javascript:window.__pwned=3;alert(3)">详情</a>')


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"no Chromium at {CHROMIUM}: the browser tests need it; run `make chromium` "
                    "(Debian: apt-get install chromium) or set KG_CHROMIUM to its path", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the browser tests need Playwright: pip install -e '.[test]'", pytrace=False)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory):
    sources = [s for s in read_inputs([ROOT / "samples"]) if not isinstance(s, Exception)]
    G = build_graph(extract_sources(sources, ExtractConfig()))
    out = tmp_path_factory.mktemp("site")
    return G, write_site(G, out)


class Watch:
    """Every request, page error, console error and dialog of a browser context."""

    def __init__(self, browser, *, bypass_csp: bool = False):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp)
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                           else route.abort())
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def check(self):
        outside = [u for u in self.requests if not u.startswith("file://")]
        assert not outside, f"requests left file://: {outside}"
        assert any(u.endswith("/lib/vis-network.min.js") for u in self.requests)    # the listener does listen
        assert not self.errors, self.errors
        assert not self.dialogs, self.dialogs

    def close(self):
        self.context.close()


@pytest.fixture
def watch(browser):
    w = Watch(browser)
    yield w
    w.close()


def shot(page, name: str, *, full: bool = False) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full)


def open_overview(page, index: Path, query: str = "") -> None:
    page.goto(index.resolve().as_uri() + query)
    page.wait_for_selector("body[data-painted]")


def search(page, text: str) -> list[str]:
    page.fill("#q", text)
    page.wait_for_function("q => document.getElementById('q').value === q && "
                           "document.getElementById('result-count').textContent.startsWith('找到')", arg=text)
    page.wait_for_timeout(250)                       # the input is debounced
    return page.locator("#results li > a").all_inner_texts()


def rows(page, table: str) -> list[str]:
    return [re.sub(r"\s+", " ", t) for t in page.locator(f"table.{table} tbody tr").all_inner_texts()]


# -- the sample page ----------------------------------------------------------

def test_overview_draws_offline_with_legend_and_controls(browser, sample_site):
    G, index = sample_site
    w = Watch(browser, bypass_csp=True)          # without the CSP, a link to a CDN would show as a request
    try:
        open_overview(w.page, index)
        drawn = int(w.page.get_attribute("body", "data-painted"))
        assert drawn == w.page.evaluate("window.KG_OVERVIEW.nodes.length") > 20
        assert w.page.locator("#network canvas").count() == 1
        legend = w.page.inner_text(".legend")
        for word in ("人物", "机构", "企业", "活动"):
            assert word in legend
        assert f"显示 {drawn} / {drawn}" in w.page.inner_text("#shown")
        w.page.wait_for_function("() => document.getElementById('result-count').textContent.startsWith('找到')")
        shot(w.page, "overview.png")
        w.check()
    finally:
        w.close()


def test_search_by_pinyin_open_person_then_event_and_back(watch, sample_site):
    G, index = sample_site
    page = watch.page
    open_overview(page, index)
    assert search(page, "liufei")[0] == "刘非"
    shot(page, "search-liufei.png")
    assert "刘非" in search(page, "lf")
    assert "刘非" in search(page, "刘")
    page.locator("#results li > a", has_text="刘非").first.click()
    page.wait_for_selector("h1:text-is('刘非')")
    page.wait_for_selector("body[data-painted]")                 # the ego network is drawn
    posts = rows(page, "posts")
    assert any("常委" in r and "浙江省委" in r for r in posts), posts
    assert any("书记" in r and "杭州市委" in r for r in posts), posts
    events = rows(page, "events")
    assert any("2025年金砖国家特殊经济区对话会" in r and "致辞" in r and "2025-09-25" in r for r in events), events
    assert page.locator("tr.evidence mark", has_text="刘非").count() >= 1
    shot(page, "person-liufei.png", full=True)

    page.locator("table.events a", has_text="2025年金砖国家特殊经济区对话会").first.click()
    page.wait_for_selector("h1:text-is('2025年金砖国家特殊经济区对话会')")
    people = rows(page, "participants")
    assert people[0].startswith("1 盛秋平") and people[1].startswith("2 刘非") and "致辞" in people[1]
    assert "2025年金砖国家特殊经济区对话会举行" in page.inner_text("article.source h3")
    shot(page, "event.png", full=True)

    page.go_back()
    page.wait_for_selector("h1:text-is('刘非')")
    page.go_forward()
    page.locator("table.participants a", has_text="刘非").click()
    page.wait_for_selector("h1:text-is('刘非')")
    page.locator("table.posts a", has_text="杭州市委").click()
    page.wait_for_selector("h1:text-is('杭州市委')")
    assert any("刘非" in r for r in rows(page, "holders"))
    shot(page, "org.png", full=True)
    watch.check()


def test_header_search_from_a_page_opens_the_overview(watch, sample_site):
    G, index = sample_site
    liu = next(n for n, d in G.nodes(data=True) if d.get("label") == "刘非")
    page = watch.page
    page.goto((index.parent / page_path(G.nodes[liu], liu)).as_uri())
    page.fill("#q", "lf")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"index\.html\?q=lf$"))
    page.wait_for_function("() => document.getElementById('result-count').textContent.startsWith('找到')")
    assert "刘非" in page.locator("#results li > a").all_inner_texts()
    watch.check()


def test_filters_and_who_attended_what(watch, sample_site):
    G, index = sample_site
    page = watch.page
    open_overview(page, index)
    page.wait_for_function("() => document.getElementById('result-count').textContent.startsWith('找到')")
    role = page.locator("#role option", has_text="致辞").first.get_attribute("value")
    page.select_option("#role", role)
    page.wait_for_timeout(100)
    found = set(page.locator("#results li > a").all_inner_texts())
    speakers = {G.nodes[p]["label"] for p, _, e in G.edges(data=True) if e["rel"] == "attended" and "致辞" in e["roles"]}
    events = {G.nodes[v]["label"] for _, v, e in G.edges(data=True) if e["rel"] == "attended" and "致辞" in e["roles"]}
    assert {"刘非", "盛秋平"} <= speakers and found == speakers | events
    page.click("#matrix-open")
    page.wait_for_selector("#matrix-body table")
    head = page.inner_text("#matrix-body thead")
    assert "2025年金砖国家特殊经" in head
    body = [re.sub(r"\s+", " ", r) for r in page.locator("#matrix-body tbody tr").all_inner_texts()]
    assert any(r.startswith("刘非") and "致辞" in r for r in body), body
    shot(page, "who-attended-what.png")
    page.click("#matrix-close")

    page.click("#clear")
    page.fill("#org", "杭州市委")
    for kind in ("organization", "company", "event"):
        page.uncheck(f"input[name=type][value={kind}]")
    page.wait_for_timeout(400)
    holders = {G.nodes[p]["label"] for p, o, e in G.edges(data=True)
               if e["rel"] == "holds_post" and "杭州市委" in G.nodes[o]["label"] and not G.nodes[p].get("is_reporter")}
    assert {"刘非", "陈瑾"} <= holders
    assert set(page.locator("#results li > a").all_inner_texts()) == holders

    page.click("#clear")
    for kind in ("person", "organization", "company"):
        page.uncheck(f"input[name=type][value={kind}]")
    page.fill("#date-from", "2025-09-24")
    page.fill("#date-to", "2025-09-24")
    page.dispatch_event("#date-to", "change")
    page.wait_for_timeout(200)
    dated = {G.nodes[n]["label"] for n, d in G.nodes(data=True) if d["type"] == "event" and d.get("date") == "2025-09-24"}
    assert dated and set(page.locator("#results li > a").all_inner_texts()) == dated
    page.click("#matrix-open")
    page.wait_for_selector("#matrix-body table")
    assert "徐进" in page.inner_text("#matrix-body tbody")
    watch.check()


def test_show_more(watch, tmp_path):
    sources = [s for s in read_inputs([ROOT / "samples"]) if not isinstance(s, Exception)]
    G = build_graph(extract_sources(sources, ExtractConfig()))
    index = write_site(G, tmp_path, top=10)
    page = watch.page
    open_overview(page, index)
    total = page.evaluate("window.KG_OVERVIEW.nodes.length")
    assert page.evaluate("window.kgNetwork.body.data.nodes.length") == 10 < total
    assert page.inner_text("#shown").startswith(f"显示 10 / {total}")
    page.click("#more")
    assert page.evaluate("window.kgNetwork.body.data.nodes.length") == total
    assert page.is_disabled("#more") and page.is_disabled("#all")
    watch.check()


# -- untrusted text -------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    G = build_graph(extract_text(MEETING.format(payload=PAYLOAD), date="2025-09-26"))
    names = {d.get("label"): n for n, d in G.nodes(data=True)}
    wang, li = names["王建国"], names["李明"]
    event = next(n for n, d in G.nodes(data=True) if d["type"] == "event")
    org = next(n for n, d in G.nodes(data=True) if d["type"] == "organization")
    G.nodes[li]["label"] = '李明<img src=x onerror="window.__pwned=4;alert(4)">'
    G.nodes[event]["label"] = '</script><script>window.__pwned=5;alert(5)</script>会议'
    G.nodes[org]["label"] = "javascript:window.__pwned=6"
    for _, _, e in G.out_edges(wang, data=True):
        if e["rel"] == "attended":
            e["roles"] = ['出席<b onmouseover="window.__pwned=7">']
    nx.set_node_attributes(G, {wang: '<svg onload="window.__pwned=8">'}, "career")
    out = tmp_path_factory.mktemp("hostile")
    return G, write_site(G, out), {"wang": wang, "li": li, "event": event, "org": org}


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_untrusted_text_never_runs(browser, hostile_site, bypass_csp):
    G, index, ids = hostile_site
    w = Watch(browser, bypass_csp=bypass_csp)
    page = w.page
    try:
        open_overview(page, index)
        li = page.evaluate("window.KG_OVERVIEW.nodes.findIndex(n => n.label.startsWith('李明'))")
        xy = page.evaluate(f"window.kgNetwork.canvasToDOM(window.kgNetwork.getPositions([{li}])[{li}])")
        box = page.locator("#network").bounding_box()
        page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
        page.wait_for_selector("div.vis-tooltip", state="visible")
        tip = page.locator("div.vis-tooltip")
        assert "<img src=x" in tip.inner_text() and tip.locator("img").count() == 0
        found = search(page, "liming")
        assert found and found[0].startswith("李明<img")
        page.click("#matrix-open")
        page.wait_for_selector("#matrix-body table")
        shot(page, f"hostile-overview-{'csp' if not bypass_csp else 'nocsp'}.png")
        pages = [page_path(G.nodes[n], n) for n in ids.values()]
        for rel in pages:
            page.goto((index.parent / rel).as_uri())
            page.wait_for_load_state("load")
            for d in page.locator("details").all():
                d.evaluate("el => el.open = true")
            for el in page.locator("mark, b, td").all()[:40]:
                el.hover()
            assert page.locator('a[href^="javascript:"]').count() == 0
            assert page.evaluate("window.__pwned") is None, rel
        page.goto((index.parent / pages[0]).as_uri())
        assert "<svg onload" in page.inner_text("dl.facts")
        assert "出席并讲话<script>window.__pwned=1" in page.inner_text("main")     # shown as text
        shot(page, f"hostile-person-{'csp' if not bypass_csp else 'nocsp'}.png", full=True)
        page.goto((index.parent / pages[2]).as_uri())
        page.click("details summary")
        assert PAYLOAD in page.inner_text("details .fulltext")
        assert "</script><script>window.__pwned=5" in page.inner_text("h1")
        assert page.evaluate("window.__pwned") is None
        w.check()
    finally:
        w.close()


def test_the_request_listener_catches_a_leak(browser):
    """The check above can fail: a page that asks for a font from the web is caught."""
    w = Watch(browser)
    try:
        w.page.set_content('<link rel="stylesheet" href="https://fonts.example.com/css?family=Noto">')
        w.page.wait_for_timeout(200)
        with pytest.raises(AssertionError, match="requests left file://"):
            w.check()
    finally:
        w.close()
