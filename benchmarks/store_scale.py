"""Time and peak memory of the corpus store at scale: add 10,000 articles, build, add 100 more and rebuild.

    python benchmarks/store_scale.py [--articles 10000] [--more 100] [--reposts 0.02] [--work DIR]
                                     [--no-phases] [--json]

The corpus is made from real sentences and written to ``benchmarks/work/store_scale/``
(git-ignored; nothing is committed):

- each article's body is one paragraph of the People's Daily January 1998 sample
  (``../shared/data/people_daily_1998``, tags and pinyin marks removed, through
  ``benchmarks/pd98.py``), followed by 3 to 5 sentences of MSRA NER
  (``../shared/data/msra_ner/msra_train_bio``, characters joined, labels dropped),
  all drawn with a fixed seed; 1998 news names officials with their posts, so the
  store holds real persons, titles and organizations to resolve;
- its headline is the first clause of one more MSRA sentence (at most 24 characters);
- its date is the day of the People's Daily paragraph (1998-01-DD);
- a share of the articles (``--reposts``, default 2%) are reposts of an earlier
  article with a small edit (another headline, the last sentence dropped or a
  clause cut), so that near-duplicate detection has real work;
- the articles are JSONL files, ``corpus.jsonl`` (``--articles``) and ``hubs.jsonl``
  (``--more``), one record (one input, one transaction) per article;
- the ``--more`` articles are written after the first build: each is a People's Daily
  paragraph that names one of the store's 20 most connected persons or 20 most connected
  organizations (most articles mentioning them), in turn, with 3 to 5 MSRA sentences, so
  that they change the busiest part of the graph.

Stages, each in a child process so that its peak RSS (``ru_maxrss``) is its own,
timed from after the interpreter has started:

1. ``kg add corpus.jsonl``            every article extracted and stored
2. ``kg build -o OUT``                the first (full) build from the store
3. ``kg build hubs.jsonl -o OUT``     add the ``--more`` articles, then rebuild (incremental)
4. ``kg build -o OUT``                rebuild with nothing new (a no-op)
5. ``kg build --full -o FULL``        a full build of the same store, to compare with OUT:
   graph.json and graph.graphml with the sampled significance (``expected``, ``p_value``,
   ``score``) left out, byte for byte; each explorer page byte for byte, and where a page
   differs, whether only in the co-attendance table's sampled numbers; and for every tie
   whether |p_inc - p_full| is within 3 Monte Carlo standard errors of the difference
   (sqrt(p_inc(1-p_inc)/N + p_full(1-p_full)/N), at least 1/(N+1), N = --null-samples)
6. the phases of a rebuild, timed one by one in one process, with the peak RSS
   reached by the end of each: load the records, near-duplicate groups, resolve,
   careers, graph, analytics, GraphML/GEXF/JSON, the explorer (``--no-phases`` skips it).

Stages 3 and 4 say whether the store re-extracted anything (a lexicon edited meanwhile makes the
rebuild a re-extraction, not an increment). Numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import DATA, WORK  # noqa: E402

PD98 = DATA / "people_daily_1998" / "199801_sample_valid.txt"
MSRA = DATA / "msra_ner" / "msra_train_bio"
SEED = 20251126


# -- the corpus ------------------------------------------------------------------------------------

def pd98_paragraphs(path: Path = PD98) -> list[tuple[str, str]]:
    """(date, text) of every paragraph of the tagged sample that has at least 20 characters."""
    from benchmarks.pd98 import parse_line

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            para = parse_line(line)
        except ValueError:
            continue
        if para is None or len(para.text) < 20:
            continue
        d = para.id[:8]
        out.append((f"{d[:4]}-{d[4:6]}-{d[6:8]}", para.text))
    return out


def msra_sentences(path: Path = MSRA, *, limit: int | None = None) -> Iterator[str]:
    """The sentences of the MSRA training file (one character a line, a blank line between)."""
    chars: list[str] = []
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if chars:
                    yield "".join(chars)
                    n += 1
                    chars = []
                    if limit is not None and n >= limit:
                        return
                continue
            chars.append(line.split("\t", 1)[0])
    if chars:
        yield "".join(chars)


def _headline(sentence: str) -> str:
    return re.split(r"[，,。；;：:！？]", sentence, maxsplit=1)[0][:24]


def _repost(text: str, rng: random.Random) -> str:
    """A small edit: drop the last sentence when it is short, else cut one clause near the end."""
    sentences = [s for s in re.split(r"(?<=。)", text) if s]
    if len(sentences) > 2 and len(sentences[-1]) < 0.12 * len(text):
        return "".join(sentences[:-1])
    cut = text.rfind("，")
    if cut > 0.85 * len(text):
        end = text.find("。", cut)
        return text[:cut] + (text[end:] if end > 0 else "。")
    return text + rng.choice(("（来源：本报）", "（本报综合）"))


def make_corpus(n: int, more: int, folder: Path, *, reposts: float = 0.02, seed: int = SEED) -> dict:
    """Write ``corpus.jsonl`` (n articles) and ``more.jsonl`` (more articles); return what went in."""
    rng = random.Random(seed)
    paragraphs = pd98_paragraphs()
    needed = (n + more) * 6
    sentences = [s for s in msra_sentences(limit=needed * 2) if len(s) >= 12]
    folder.mkdir(parents=True, exist_ok=True)
    written: list[dict] = []
    n_reposts = 0
    chars = 0
    for name, count, offset in (("corpus.jsonl", n, 0), ("more.jsonl", more, n)):
        with open(folder / name, "w", encoding="utf-8") as fh:
            for i in range(offset, offset + count):
                if written and rng.random() < reposts:
                    original = rng.choice(written)
                    rec = {"id": f"sc-{i:06d}", "date": original["date"],
                           "headline": _headline(rng.choice(sentences)), "text": _repost(original["text"], rng)}
                    n_reposts += 1
                else:
                    date, para = rng.choice(paragraphs)
                    body = para + "".join(rng.sample(sentences, rng.randint(3, 5)))
                    rec = {"id": f"sc-{i:06d}", "date": date, "headline": _headline(rng.choice(sentences)),
                           "text": body}
                written.append(rec)
                chars += len(rec["text"])
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return {"articles": n, "more": more, "reposts": n_reposts, "chars": chars,
            "pd98_paragraphs": len(paragraphs), "msra_sentences": len(sentences)}


# -- stages ----------------------------------------------------------------------------------------

def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_cli(argv: Sequence[str]) -> dict:
    from kg.cli import main

    start = time.perf_counter()
    status = main(list(argv))
    return {"seconds": time.perf_counter() - start, "peak_mib": _peak_mib(), "status": status}


def child_phases(db: str, out: str) -> dict:
    from kg.analytics import annotate
    from kg.careers import careers
    from kg.export.files import write_gexf, write_graphml, write_json
    from kg.export.site import write_site
    from kg.graph import build_graph
    from kg.resolve import resolve
    from kg.store import Store

    phases: dict[str, float] = {}
    peaks: dict[str, float] = {}
    t = time.perf_counter()

    def mark(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        phases[name] = now - t
        peaks[name] = _peak_mib()
        t = now

    with Store.open(db, create=False) as store:
        records = store.records()
        mark("load records")
        dup = store.duplicates()
        mark("near-duplicate groups")
    res = resolve(records)
    mark("resolve")
    career = careers(records, res, duplicates=dup)
    mark("careers")
    G = build_graph(records, res, duplicates=dup, career=career)
    mark("graph")
    G = annotate(G, n_samples=500)
    mark("analytics (co-attendance significance, protocol rank)")
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    write_graphml(G, target / "graph.graphml")
    write_gexf(G, target / "graph.gexf")
    write_json(G, target / "graph.json")
    mark("GraphML, GEXF, JSON")
    write_site(G, target, title="officials-kg")
    mark("explorer")
    return {"phases": phases, "peaks": peaks, "peak_mib": _peak_mib(), "articles": len(records),
            "persons": len(res.persons), "organizations": len(res.orgs), "groups": len(set(dup.values())),
            "nodes": G.number_of_nodes(), "edges": G.number_of_edges()}


def _spawn(args: list[str], cwd: Path) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "_child", *args]
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"stage {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def hub_names(db: Path, *, top: int = 20) -> list[str]:
    """The ``top`` persons and ``top`` organizations that most articles of the store mention (persons first)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = []
        for kind in ("person", "organization"):
            names += [n for n, in conn.execute(
                "SELECT name FROM mentions WHERE kind = ? AND length(name) > 1 GROUP BY name "
                "ORDER BY count(DISTINCT article_id) DESC, name LIMIT ?", (kind, top))]
        return names
    finally:
        conn.close()


def make_hub_articles(names: Sequence[str], n: int, path: Path, *, seed: int = SEED + 1) -> int:
    """Write ``n`` articles to ``path``, each a PD98 paragraph naming one of ``names`` (in turn) and 3 to 5
    MSRA sentences; return how many names had a paragraph."""
    rng = random.Random(seed)
    paragraphs = pd98_paragraphs()
    sentences = [s for s in msra_sentences(limit=n * 12) if len(s) >= 12]
    having = {name: [p for p in paragraphs if name in p[1]] for name in names}
    usable = [name for name in names if having[name]]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            date, para = rng.choice(having[usable[i % len(usable)]])
            rec = {"id": f"sc-hub-{i:05d}", "date": date, "headline": _headline(rng.choice(sentences)),
                   "text": para + "".join(rng.sample(sentences, rng.randint(3, 5)))}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(usable)


_SAMPLED = ("expected", "p_value", "score")


def _graph_without_samples(path: Path) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    for e in data.get("links", data.get("edges", [])):
        for k in _SAMPLED:
            e.pop(k, None)
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def _graphml_without_samples(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    ids = re.findall(r'<key id="([^"]+)" for="edge" attr.name="(?:expected|p_value|score)"', text)
    if ids:
        text = re.sub(r'<data key="(?:%s)">[^<]*</data>' % "|".join(map(re.escape, ids)), "", text)
    return text


_CO_TABLE = re.compile(r"<h2>同场人物 Co-attendees.*?</table>", re.S)


def compare_outputs(inc: Path, full: Path, *, samples: int) -> dict:
    """How the incremental build ``inc`` compares with the full build ``full`` of the same store."""
    import math

    out: dict = {}
    out["graph_json_equal"] = _graph_without_samples(inc / "graph.json") == _graph_without_samples(full / "graph.json")
    out["graphml_equal"] = _graphml_without_samples(inc / "graph.graphml") == _graphml_without_samples(
        full / "graph.graphml")
    out["graphml_bytes_equal"] = (inc / "graph.graphml").read_bytes() == (full / "graph.graphml").read_bytes()
    same = numbers_only = other = 0
    others = []
    pages = sorted(p.relative_to(full) for folder in ("person", "org", "event") for p in (full / folder).glob("*.html"))
    mine = sorted(p.relative_to(inc) for folder in ("person", "org", "event") for p in (inc / folder).glob("*.html"))
    for rel in pages:
        a, b = inc / rel, full / rel
        if not a.exists():
            other += 1
            others.append(str(rel))
            continue
        x, y = a.read_bytes(), b.read_bytes()
        if x == y:
            same += 1
        elif _CO_TABLE.sub("", x.decode()) == _CO_TABLE.sub("", y.decode()):
            numbers_only += 1
        else:
            other += 1
            others.append(str(rel))
    out["pages"] = {"total": len(pages), "identical": same, "differ_in_sampled_numbers_only": numbers_only,
                    "differ_otherwise": other, "extra_in_incremental": len(set(mine) - set(pages)),
                    "examples": others[:5]}

    def ties(folder: Path) -> dict:
        data = json.loads((folder / "graph.json").read_text(encoding="utf-8"))
        return {tuple(sorted((e["source"], e["target"]))): e["p_value"] for e in data.get("links", data.get("edges", []))
                if e.get("rel") == "co_attended" and e.get("p_value") is not None}

    a, b = ties(inc), ties(full)
    common = a.keys() & b.keys()
    within = 0
    for k in common:
        p, q = a[k], b[k]
        se = max(math.sqrt(p * (1 - p) / samples + q * (1 - q) / samples), 1 / (samples + 1))
        within += abs(p - q) <= 3 * se
    out["ties"] = {"incremental": len(a), "full": len(b), "common": len(common),
                   "within_3_se": within, "share_within_3_se": within / len(common) if common else 1.0,
                   "identical": sum(1 for k in common if a[k] == b[k])}
    state = json.loads((inc / ".kg-state.json").read_text(encoding="utf-8"))
    out["rendered_pages"], out["kept_ties"] = state.get("rendered"), state.get("kept_ties")
    return out


def _extractors(db: Path) -> list:
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT extractor, count(*) FROM sources GROUP BY extractor").fetchall()
    finally:
        conn.close()


def _size_mib(db: Path) -> float:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 2**20


def run(args: argparse.Namespace) -> dict:
    work = Path(args.work)
    if work.exists() and not args.reuse_corpus:
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    for stale in ("store.sqlite", "store.sqlite-wal", "store.sqlite-shm", "out"):
        p = work / stale
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
    corpus = {**make_corpus(args.articles, 0, work, reposts=args.reposts), "more": args.more}
    db = work / "store.sqlite"
    common = ["--db", str(db), "-q"]
    stages = {}
    stages["add"] = _spawn(["cli", "add", "corpus.jsonl", *common], work)
    stages["store_mib_after_add"] = _size_mib(db)
    stages["build"] = _spawn(["cli", "build", "-o", "out", *common], work)
    names = hub_names(db)
    corpus["hub_names"] = names
    corpus["hub_names_used"] = make_hub_articles(names, args.more, work / "hubs.jsonl")
    keys = _extractors(db)
    stages["add_more_and_build"] = _spawn(["cli", "build", "hubs.jsonl", "-o", "out", *common], work)
    stages["re_extracted"] = {k for k, _ in _extractors(db)} != {k for k, _ in keys}
    stages["rebuild_nothing_new"] = _spawn(["cli", "build", "-o", "out", *common], work)
    stages["full_build_after"] = _spawn(["cli", "build", "--full", "-o", "out-full", *common], work)
    stages["compare"] = compare_outputs(work / "out", work / "out-full", samples=500)
    if not args.no_phases:
        stages["phases"] = _spawn(["phases", str(db), str(work / "out-phases")], work)
    stages["store_mib"] = _size_mib(db)
    return {"corpus": corpus, "stages": stages, "python": sys.version.split()[0], "load": os.getloadavg()}


def format_results(r: dict) -> str:
    c, s = r["corpus"], r["stages"]
    n, more = c["articles"], c["more"]
    full, inc, noop = s["build"], s["add_more_and_build"], s["rebuild_nothing_new"]
    lines = [
        f"corpus: {n:,} articles, {c['chars']:,} characters of text, {c['reposts']} reposts "
        f"(from {c['pd98_paragraphs']:,} PD98 paragraphs and {c['msra_sentences']:,} MSRA sentences); "
        f"then {more} articles naming the store's 20 most connected persons and organizations "
        f"({c['hub_names_used']} of {len(c['hub_names'])} found in a paragraph)",
        f"load average at the end: {' '.join(f'{x:.2f}' for x in r['load'])}",
        "",
        f"{'stage':<48} {'seconds':>9} {'peak MiB':>9}",
        f"{'kg add ' + format(n, ',') + ' articles':<48} {s['add']['seconds']:>9.1f} {s['add']['peak_mib']:>9.0f}",
        f"{'kg build -o (first build, full)':<48} {full['seconds']:>9.1f} {full['peak_mib']:>9.0f}",
        f"{'kg build hubs.jsonl -o (add ' + str(more) + ', rebuild)':<48} {inc['seconds']:>9.1f} {inc['peak_mib']:>9.0f}",
        f"{'kg build -o (nothing new)':<48} {noop['seconds']:>9.1f} {noop['peak_mib']:>9.0f}",
        f"{'kg build --full -o (full build of the same store)':<48} {s['full_build_after']['seconds']:>9.1f} "
        f"{s['full_build_after']['peak_mib']:>9.0f}",
        "",
        f"rebuild after adding {more}: {inc['seconds'] / s['full_build_after']['seconds']:.0%} of a full build "
        f"(goal <= 10% and <= 30 s); nothing new: {noop['seconds']:.2f} s (goal <= 2 s); "
        f"peak {max(x['peak_mib'] for x in (s['add'], full, inc, noop, s['full_build_after'])):.0f} MiB (goal < 2048)"
        + ("; the store was RE-EXTRACTED in between (lexicons or extractor changed): not an increment"
           if s.get("re_extracted") else ""),
    ]
    cmp_ = s["compare"]
    pg, ties = cmp_["pages"], cmp_["ties"]
    lines += [
        f"incremental == full: graph.json {'equal' if cmp_['graph_json_equal'] else 'DIFFERS'} and graph.graphml "
        f"{'equal' if cmp_['graphml_equal'] else 'DIFFERS'} without the sampled significance "
        f"(graphml byte for byte with it: {cmp_['graphml_bytes_equal']}); pages {pg['total']:,}: {pg['identical']:,} "
        f"identical, {pg['differ_in_sampled_numbers_only']:,} differ only in sampled co-attendance numbers, "
        f"{pg['differ_otherwise']} otherwise{' ' + str(pg['examples']) if pg['examples'] else ''}",
        f"ties: {ties['common']:,} in both; {ties['share_within_3_se']:.2%} with |p_inc - p_full| within 3 Monte Carlo "
        f"SE (goal >= 99%); {ties['identical']:,} identical; the rebuild rendered {cmp_['rendered_pages']:,} pages "
        f"and kept the significance of {cmp_['kept_ties']:,} ties",
        "",
        f"store: {s['store_mib_after_add']:.0f} MiB after the first add, {s['store_mib']:.0f} MiB at the end",
    ]
    if "phases" in s:
        lines.append(f"rebuild phases ({s['phases']['articles']:,} articles, {s['phases']['persons']:,} persons, "
                     f"{s['phases']['organizations']:,} organizations, {s['phases']['groups']} near-duplicate groups, "
                     f"{s['phases']['nodes']:,} nodes, {s['phases']['edges']:,} edges; peak "
                     f"{s['phases']['peak_mib']:.0f} MiB):")
        peaks = s["phases"]["peaks"]
        for name, secs in s["phases"]["phases"].items():
            lines.append(f"  {name:<28} {secs:>7.2f} s   peak so far {peaks[name]:>6.0f} MiB")
    lines.append(f"add: {s['add']['seconds'] * 1000 / n:.1f} ms per article")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_child"]:
        kind, rest = argv[1], argv[2:]
        result = child_cli(rest) if kind == "cli" else child_phases(*rest)
        print(json.dumps(result))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles of the store (default 10000; "
                        "100000 for the issue's measure, many minutes)")
    parser.add_argument("--more", type=int, default=100, help="articles added before the rebuild (default 100)")
    parser.add_argument("--reposts", type=float, default=0.02, help="share of articles that repost an earlier one")
    parser.add_argument("--work", default=str(WORK / "store_scale"), help="where the corpus and the store go")
    parser.add_argument("--reuse-corpus", action="store_true",
                        help="keep the work folder's files (the store is redone)")
    parser.add_argument("--no-phases", action="store_true", help="skip the rebuild timed phase by phase")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    for path in (PD98, MSRA):
        if not path.exists():
            print(f"store_scale: {path} is missing; it is read from ../shared/data", file=sys.stderr)
            return 1
    result = run(args)
    print(json.dumps(result, indent=1) if args.json else format_results(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
