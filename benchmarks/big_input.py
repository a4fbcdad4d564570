"""``kg extract`` on one huge JSONL record: time, peak memory and output.

    python benchmarks/big_input.py [--mb 100 60] [-j 1]

Writes, in a temporary folder, a JSONL file of one record whose text is copies
of the sample page up to ``--mb`` megabytes of UTF-8 (the benchmark of
``fuzz.py pages``, as one record), and runs ``kg extract`` on it in a fresh
process.  Prints the wall time, the peak RSS of that process (``getrusage`` of
the children of a helper process that runs only it) and what came out: the
articles written and their size.  A text over ``extract.ingest.files.MAX_TEXT_BYTES``
(64 MiB) is skipped with one warning, so the 100 MB record ends quickly and the
60 MB one is extracted.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.fuzz import sample_copies  # noqa: E402


def write_record(path: Path, megabytes: float) -> int:
    """One JSONL record of ``megabytes`` of page text; returns the text's size in UTF-8."""
    text = sample_copies(megabytes)
    with path.open("w", encoding="utf-8") as fh:
        json.dump({"id": path.stem, "text": text}, fh, ensure_ascii=False)
        fh.write("\n")
    return len(text.encode("utf-8"))


def measure(path: Path, jobs: int) -> dict:
    """Run ``kg extract`` through a helper process whose only child it is, so that the
    children's ``ru_maxrss`` the helper reports is this run's peak alone."""
    helper = ("import json, resource, subprocess, sys, time\n"
              "start = time.perf_counter()\n"
              "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
              "print(json.dumps({'wall': time.perf_counter() - start, 'status': done.returncode,\n"
              "                  'rss_kib': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,\n"
              "                  'stderr': done.stderr[-2000:]}))\n")
    out = path.with_suffix(".out.jsonl")
    kg = [sys.executable, "-m", "kg.cli", "extract", str(path), "-o", str(out), "-q", "-j", str(jobs)]
    done = subprocess.run([sys.executable, "-c", helper, *kg], cwd=ROOT, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    result["articles"] = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
    result["out_bytes"] = out.stat().st_size if out.exists() else 0
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[100, 60], help="sizes of the record's text in MB")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="kg extract -j (default 1: one process)")
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]}; {time.strftime('%Y-%m-%d')}", flush=True)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="kg-big-input-") as tmp:
        for mb in args.mb:
            path = Path(tmp) / f"record-{mb:g}mb.jsonl"
            text_bytes = write_record(path, mb)
            r = measure(path, args.jobs)
            failures += r["status"] not in (0, 1) or "Traceback" in r["stderr"]     # 1: nothing read (skipped)
            warnings = [line for line in r["stderr"].splitlines() if line.startswith("kg: warning:")]
            print(f"{mb:g} MB record: file {path.stat().st_size / 1e6:.1f} MB, text {text_bytes / 1e6:.1f} MB -> "
                  f"exit {r['status']}, {r['wall']:.1f} s, peak RSS {r['rss_kib'] / 1024:.0f} MiB, "
                  f"{r['articles']} articles ({r['out_bytes'] / 1e6:.1f} MB)", flush=True)
            for line in warnings:
                print(f"  {line}", flush=True)
            if r["status"] not in (0, 1) or "Traceback" in r["stderr"]:
                print(r["stderr"], file=sys.stderr)
    print(json.dumps({"failures": failures}))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
