"""Peak memory and time of kg extract, kg add and kg build on 10,000 and 100,000 articles.

    python benchmarks/scale_memory.py [--articles 10000,100000] [--jobs N] [--build 10000,100000]
                                      [--null-samples 500] [--work DIR] [--json]

The corpora are built by ``benchmarks/store_scale.py``'s builder from real
sentences (People's Daily 1998 paragraphs and MSRA NER sentences, fixed seed,
2% reposts), one JSONL file per size, in ``benchmarks/work/scale_memory/``
(git-ignored).  100,000 articles reuse the same paragraphs and sentences in other
combinations: synthetic documents made of real text.

Each command runs in a child process (``python -m kg.cli ...``) with ``-j N``
(default: every CPU).  While it runs, this script reads ``/proc`` every 0.2 s and
adds up the resident memory (VmRSS) of the child and all its descendants (the
forkserver and the worker processes): ``peak tree`` is the largest sum seen
(shared pages are counted once per process, so it errs high).  ``largest proc``
is ``ru_maxrss`` of the waited-for processes: the largest single process, in
practice the kg process itself, which reads, stores and builds ("-" when not
above an earlier stage's).
``kg build`` is run on the store that ``kg add`` filled, for the sizes listed in
``--build``.  Linux only (``/proc``).  Numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT, WORK  # noqa: E402


def _children() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        out.setdefault(ppid, []).append(int(entry))
    return out


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kib(root: int) -> tuple[int, int]:
    """(summed VmRSS of ``root`` and its descendants, number of processes)."""
    children = _children()
    todo, seen = [root], []
    while todo:
        pid = todo.pop()
        seen.append(pid)
        todo += children.get(pid, [])
    return sum(_rss_kib(p) for p in seen), len(seen)


def measured(argv: list[str], cwd: Path) -> dict:
    """Run ``python -m kg.cli ARGV``; wall seconds, peak tree RSS (sampled), peak main RSS, exit status."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *argv], cwd=cwd, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")})
    peak = {"kib": 0, "processes": 0}

    def sample() -> None:
        while proc.poll() is None:
            kib, n = tree_rss_kib(proc.pid)
            if kib > peak["kib"]:
                peak.update(kib=kib, processes=n)
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = proc.communicate()[1]
    sampler.join()
    seconds = time.perf_counter() - start
    main_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"argv": argv, "status": proc.returncode, "seconds": seconds, "peak_tree_mib": peak["kib"] / 1024,
            "processes": peak["processes"],
            "peak_main_mib": main_peak / 1024 if main_peak > before else None,     # None: not above an earlier run
            "stderr": err.strip().splitlines()[-3:]}


def run(args: argparse.Namespace) -> list[dict]:
    from benchmarks.store_scale import make_corpus

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    jobs = ["-j", str(args.jobs)] if args.jobs else []
    rows = []
    for n in args.articles:
        folder = work / f"n{n}"
        folder.mkdir(exist_ok=True)
        corpus = folder / "corpus.jsonl"
        if not corpus.exists() or args.new_corpus:
            made = make_corpus(n, 0, folder)
            (folder / "more.jsonl").unlink(missing_ok=True)
            (folder / "made.json").write_text(json.dumps(made), encoding="utf-8")
        made = json.loads((folder / "made.json").read_text(encoding="utf-8"))
        for stale in folder.glob("store.sqlite*"):
            stale.unlink()
        row = {"articles": n, "chars": made["chars"], "jsonl_mib": corpus.stat().st_size / 2**20}
        row["extract"] = measured(["extract", "corpus.jsonl", "-o", "out.jsonl", "-q", *jobs], folder)
        row["add"] = measured(["add", "corpus.jsonl", "--db", "store.sqlite", "-q", *jobs], folder)
        row["store_mib"] = sum(p.stat().st_size for p in folder.glob("store.sqlite*")) / 2**20
        if n in args.build:
            row["build"] = measured(["build", "-o", "out", "--db", "store.sqlite", "-q", "--null-samples",
                                     str(args.null_samples), *jobs], folder)
            out = folder / "out"
            row["outputs_mib"] = {p.name: p.stat().st_size / 2**20 for p in out.iterdir() if p.is_file()}
            row["site_files"] = sum(1 for _ in out.rglob("*.html"))
        rows.append(row)
    return rows


def format_rows(rows: list[dict], *, jobs: int | None, null_samples: int) -> str:
    from kg.parallel import default_jobs

    lines = [f"-j {jobs or default_jobs()} (every stage); kg build --null-samples {null_samples}; "
             f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end",
             f"{'articles':>9} {'stage':<8} {'seconds':>8} {'peak tree MiB':>14} {'processes':>9} "
             f"{'largest proc MiB':>16}"]
    for row in rows:
        for stage in ("extract", "add", "build"):
            r = row.get(stage)
            if r is None:
                continue
            main_peak = f"{r['peak_main_mib']:>16.0f}" if r["peak_main_mib"] is not None else f"{'-':>16}"
            status = "" if r["status"] == 0 else f"  exit {r['status']}: {' | '.join(r['stderr'])}"
            lines.append(f"{row['articles']:>9,} {stage:<8} {r['seconds']:>8.1f} {r['peak_tree_mib']:>14.0f} "
                         f"{r['processes']:>9} {main_peak}{status}")
        extra = [f"{row['chars']:,} chars, JSONL {row['jsonl_mib']:.0f} MiB", f"store {row['store_mib']:.0f} MiB"]
        if "outputs_mib" in row:
            extra.append("outputs " + ", ".join(f"{k} {v:.0f} MiB" for k, v in sorted(row["outputs_mib"].items())
                                                if v >= 1) + f", {row['site_files']:,} pages")
        lines.append(f"{'':>9} " + "; ".join(extra))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sizes = lambda s: [int(x) for x in s.split(",") if x]  # noqa: E731
    ap.add_argument("--articles", type=sizes, default=[10_000, 100_000], help="corpus sizes (default 10000,100000)")
    ap.add_argument("--build", type=sizes, default=[10_000], help="sizes to run kg build on (default 10000)")
    ap.add_argument("--jobs", type=int, help="-j of every stage (default: every CPU)")
    ap.add_argument("--null-samples", type=int, default=500, help="kg build --null-samples (default 500)")
    ap.add_argument("--work", default=str(WORK / "scale_memory"), help="where corpora, stores and outputs go")
    ap.add_argument("--new-corpus", action="store_true", help="write the corpora again")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not Path("/proc/self/status").exists():
        print("scale_memory: needs Linux (/proc)", file=sys.stderr)
        return 1
    rows = run(args)
    print(json.dumps(rows, indent=1) if args.json else format_rows(rows, jobs=args.jobs,
                                                                   null_samples=args.null_samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
