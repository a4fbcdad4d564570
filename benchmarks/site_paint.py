"""Time to first paint of the explorer's overview in headless Chromium, for 500, 5,000 and 20,000 nodes.

    python benchmarks/site_paint.py [--sizes 500,5000,20000] [--runs 3] [--chromium /usr/bin/chromium] [--json]

The graphs are synthetic, in the shape ``kg.graph.build_graph`` makes: half the
nodes persons, a fifth organizations (a third of them companies), the rest
events, each event with its own article (article nodes are not counted in the
size); events have 2-12 attendees drawn with a heavy tail (a few officials
attend much), persons hold 1-2 posts, a third of events visit a unit.  Names
are random CJK characters.

For each size: ``build s`` is ``write_site`` (layout, search index, every page;
``layout s`` is the layout alone), then the overview is opened from ``file://``
``--runs`` times in a fresh page with ``?top=all`` (every node drawn) and, for
graphs larger than the default, without it (the default top 1,000).  ``paint ms``
is the median of ``performance.now()`` at vis-network's first ``afterDrawing``
event, i.e. from the start of navigation to the first drawn frame.  Numbers
are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import networkx as nx  # noqa: E402

from benchmarks.common import WORK  # noqa: E402

POSTS = ("书记", "副书记", "常委", "主任", "局长", "副局长", "董事长", "总经理")
ROLES = ("出席", "参加", "主持", "致辞", "陪同", "调研")


def synthetic_graph(n: int, *, seed: int = 1) -> nx.MultiDiGraph:
    """A graph of ``n`` persons, organizations and events (plus one article per event)."""
    rng = random.Random(seed)

    def name(k: int) -> str:
        return "".join(chr(0x4E00 + rng.randrange(0x5000)) for _ in range(k))

    G = nx.MultiDiGraph()
    n_persons, n_orgs = n // 2, n // 5
    n_events = n - n_persons - n_orgs
    persons = [f"person:p{i:06d}" for i in range(n_persons)]
    orgs = [f"org:o{i:06d}" for i in range(n_orgs)]
    for p in persons:
        G.add_node(p, type="person", label=name(rng.choice((2, 3))), is_reporter=False,
                   first_seen="2024-01-01", last_seen="2025-06-30", n_articles=1)
    for i, o in enumerate(orgs):
        company = i % 3 == 0
        G.add_node(o, type="organization", label=name(4) + ("有限公司" if company else "委员会"),
                   org_type="company" if company else "government", aliases=[])
    weights = [1 / (i + 1) ** 0.8 for i in range(n_persons)]
    for p in persons:
        for o in rng.sample(orgs, rng.randint(1, 2)):
            G.add_edge(p, o, rel="holds_post", post=rng.choice(POSTS), surface="", org="", org_full=None,
                       article=None, span=None, date="2025-01-01")
    for i in range(n_events):
        event, art = f"event:e{i:06d}", f"a{i:06d}"
        date = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
        people = list(dict.fromkeys(rng.choices(persons, weights=weights, k=rng.randint(2, 12))))
        text, spans = f"{name(8)}会议举行\n本报讯 {date[-2:]}日,", []
        for p in people:
            start = len(text)
            text += G.nodes[p]["label"]
            spans.append((start, len(text)))
            text += "、"
        text = text[:-1] + "出席。" + name(60) + "。"
        G.add_node(f"article:{art}", type="article", label=text[:12], headline=text.split("\n")[0], date=date,
                   source="synthetic", publication="合成日报", headline_only=False, text=text)
        G.add_node(event, type="event", label=text.split("\n")[0][:-2], event_type="meeting", date=date, place=None,
                   host=None, article=art)
        G.add_edge(event, f"article:{art}", rel="reported_in", article=art, span=[0, 8])
        for order, (p, span) in enumerate(zip(people, spans), start=1):
            G.add_edge(p, event, rel="attended", roles=[rng.choice(ROLES)], order=order, title=None, article=art,
                       span=list(span), date=date)
            G.add_edge(p, f"article:{art}", rel="mentioned_in", article=art, spans=[list(span)])
        if rng.random() < 0.33:
            G.add_edge(event, rng.choice(orgs), rel="visited", article=art, date=date)
    return G


def paint_ms(browser, url: str, runs: int) -> tuple[float, int]:
    times, drawn = [], 0
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(url)
        page.wait_for_function("() => window.kgFirstPaint !== undefined", timeout=120_000)
        times.append(page.evaluate("window.kgFirstPaint"))
        drawn = int(page.evaluate("document.body.getAttribute('data-painted')"))
        page.close()
    return statistics.median(times), drawn


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="500,5000,20000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from kg.export.site import write_site
    from kg.export.site.layout import force_layout
    from kg.export.site.overview import view_graph

    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                           "--disable-component-update", "--no-first-run"])
        for n in (int(s) for s in args.sizes.split(",")):
            G = synthetic_graph(n)
            V = view_graph(G)
            t = time.perf_counter()
            force_layout(V)
            layout_s = time.perf_counter() - t
            out = WORK / "site_paint" / str(n)
            t = time.perf_counter()
            index = write_site(G, out)
            build_s = time.perf_counter() - t
            for query, label in (("?top=all", "all"), ("", "default")):
                if label == "default" and V.number_of_nodes() <= 1000:
                    continue
                ms, drawn = paint_ms(browser, index.resolve().as_uri() + query, args.runs)
                rows.append({"nodes": n, "edges": V.number_of_edges(), "drawn": drawn, "layout_s": round(layout_s, 2),
                             "build_s": round(build_s, 1), "paint_ms": round(ms)})
        browser.close()
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        print(f"{'nodes':>7} {'edges':>7} {'drawn':>7} {'layout s':>9} {'build s':>8} {'paint ms':>9}")
        for r in rows:
            print(f"{r['nodes']:>7} {r['edges']:>7} {r['drawn']:>7} {r['layout_s']:>9} {r['build_s']:>8} {r['paint_ms']:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
