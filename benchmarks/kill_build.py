"""kill -9 during ``kg build`` at random moments: is the output folder ever a mix of two builds?

    python benchmarks/kill_build.py [--trials 20] [--seed 0]

A first build of half the dev set pages is made (store and output folder); a second build adds
the other half.  The second build is run once to the end, for the reference "new" folder, then
``--trials`` times from a fresh copy of the first, each killed with SIGKILL at a moment drawn
uniformly between its start and the reference build's duration.  After each kill the output
folder is compared file by file (SHA-1 of every file) with the old and the new folder.
Printed: how many trials left the old folder, the new one, and a mix (the goal is 0 mixed), and
how many left a staging folder beside it (removed by the next build).
"""
from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "benchmarks" / "devset"


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def kg(*argv, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, argv)], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    rnd = random.Random(args.seed)
    pages = sorted(DEVSET.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        (base / "first").mkdir(parents=True)
        more = Path(tmp) / "more"
        more.mkdir()
        for k, page in enumerate(pages):
            shutil.copy(page, (base / "first" if k % 2 == 0 else more) / page.name)
        build = ["build", "-o", "out", "--db", "store.sqlite", "-j", "1", "-q"]
        first = kg(*build[:1], base / "first", *build[1:], cwd=base)
        if first.wait() != 0:
            print(first.stderr.read().decode(), file=sys.stderr)
            return 1
        old = tree(base / "out")

        def trial(name: str, delay: float | None) -> tuple[dict[str, str], bool, float]:
            work = Path(tmp) / name
            shutil.copytree(base, work, symlinks=True)
            start = time.perf_counter()
            proc = kg(*build[:1], more, *build[1:], cwd=work)
            try:
                proc.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            took = time.perf_counter() - start
            staged = any(p.name.startswith(".out.build-") for p in work.iterdir())
            result = tree(work / "out")
            shutil.rmtree(work)
            return result, staged, took

        new, _, duration = trial("reference", None)
        print(f"reference build: {duration:.1f} s; {len(old)} files before, {len(new)} after")
        counts = {"old": 0, "new": 0, "mixed": 0}
        staged_left = 0
        for k in range(args.trials):
            delay = rnd.uniform(0.0, duration)
            result, staged, _ = trial(f"t{k}", delay)
            outcome = "old" if result == old else "new" if result == new else "mixed"
            counts[outcome] += 1
            staged_left += staged
            print(f"trial {k + 1:2d}: killed at {delay:5.2f} s -> {outcome}", flush=True)
    print(f"{args.trials} kills: {counts['old']} old, {counts['new']} new, {counts['mixed']} mixed; "
          f"{staged_left} left a staging folder beside the output (the next build removes it)")
    return 1 if counts["mixed"] else 0


if __name__ == "__main__":
    sys.exit(main())
