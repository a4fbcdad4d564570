"""Time and peak memory of the corpus store at scale: add 10,000 articles, rebuild, add 100 more.

    python benchmarks/store_scale.py [--articles 10000] [--more 100] [--reposts 0.02] [--work DIR] [--json]

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
- the articles are two JSONL files, ``corpus.jsonl`` (``--articles``) and
  ``more.jsonl`` (``--more``), one record (one input, one transaction) per article.

Stages, each in a child process so that its peak RSS (``ru_maxrss``) is its own,
timed from after the interpreter has started:

1. ``kg add corpus.jsonl``          every article extracted and stored
2. ``kg build -o OUT``              the first rebuild from the store (resolve, graph, all outputs)
3. ``kg build more.jsonl -o OUT``   add 100 more, then rebuild
4. ``kg build -o OUT``              rebuild with nothing new
5. the phases of a rebuild, timed one by one in one process, with the peak RSS
   reached by the end of each: load the records, near-duplicate groups, resolve,
   careers, graph, analytics, GraphML/GEXF/JSON, the explorer.

Numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
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
    corpus = make_corpus(args.articles, args.more, work, reposts=args.reposts)
    db = work / "store.sqlite"
    common = ["--db", str(db), "-q"]
    stages = {}
    stages["add"] = _spawn(["cli", "add", "corpus.jsonl", *common], work)
    stages["store_mib_after_add"] = _size_mib(db)
    stages["build"] = _spawn(["cli", "build", "-o", "out", *common], work)
    stages["add_more_and_build"] = _spawn(["cli", "build", "more.jsonl", "-o", "out", *common], work)
    stages["rebuild_nothing_new"] = _spawn(["cli", "build", "-o", "out", *common], work)
    stages["phases"] = _spawn(["phases", str(db), str(work / "out-phases")], work)
    stages["store_mib"] = _size_mib(db)
    return {"corpus": corpus, "stages": stages, "python": sys.version.split()[0]}


def format_results(r: dict) -> str:
    c, s = r["corpus"], r["stages"]
    n, more = c["articles"], c["more"]
    lines = [
        f"corpus: {n:,} + {more:,} articles, {c['chars']:,} characters of text, {c['reposts']} reposts "
        f"(from {c['pd98_paragraphs']:,} PD98 paragraphs and {c['msra_sentences']:,} MSRA sentences)",
        "",
        f"{'stage':<44} {'seconds':>9} {'peak MiB':>9}",
        f"{'kg add ' + format(n, ',') + ' articles':<44} {s['add']['seconds']:>9.1f} {s['add']['peak_mib']:>9.0f}",
        f"{'kg build -o (first rebuild from the store)':<44} {s['build']['seconds']:>9.1f} "
        f"{s['build']['peak_mib']:>9.0f}",
        f"{'kg build more.jsonl -o (add ' + str(more) + ', rebuild)':<44} "
        f"{s['add_more_and_build']['seconds']:>9.1f} {s['add_more_and_build']['peak_mib']:>9.0f}",
        f"{'kg build -o (nothing new)':<44} {s['rebuild_nothing_new']['seconds']:>9.1f} "
        f"{s['rebuild_nothing_new']['peak_mib']:>9.0f}",
        "",
        f"store: {s['store_mib_after_add']:.0f} MiB after the first add, {s['store_mib']:.0f} MiB at the end",
        f"rebuild phases ({s['phases']['articles']:,} articles, {s['phases']['persons']:,} persons, "
        f"{s['phases']['organizations']:,} organizations, {s['phases']['groups']} near-duplicate groups, "
        f"{s['phases']['nodes']:,} nodes, {s['phases']['edges']:,} edges; peak {s['phases']['peak_mib']:.0f} MiB):",
    ]
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
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--more", type=int, default=100)
    parser.add_argument("--reposts", type=float, default=0.02, help="share of articles that repost an earlier one")
    parser.add_argument("--work", default=str(WORK / "store_scale"), help="where the corpus and the store go")
    parser.add_argument("--reuse-corpus", action="store_true",
                        help="keep the work folder's files (the store is redone)")
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
