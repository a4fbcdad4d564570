"""Time and peak memory of split_page on a large page, to check it stays linear.

Usage: .venv/bin/python benchmarks/bench_page.py [MEGACHARS ...]   (default: 5 10 20 50)

The page is the bundled sample repeated (with its repeated headlines, broken
lines and masthead) until it holds MEGACHARS million characters, plus one
variant where no headline repeats (each copy's headlines get a serial number).
Doubling the size should roughly double the time.
"""
from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

from extract.page import split_page
from extract.records import Source

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "qiantang-daily-2025-09-26-p1.txt"


def make_page(megachars: float, *, unique: bool) -> str:
    page = SAMPLE.read_text(encoding="utf-8")
    copies = max(1, int(megachars * 1_000_000 / len(page)))
    if not unique:
        return page * copies
    parts = []
    for k in range(copies):
        # a serial number on every line keeps headlines from repeating across copies
        parts.append("\n".join(f"{line}{k}" if line.strip() and len(line) < 80 else line for line in page.split("\n")))
    return "\n".join(parts)


def main(sizes: list[float]) -> None:
    print(f"{'Mchars':>7} {'variant':>8} {'articles':>9} {'seconds':>8} {'s/Mchar':>8} {'peak MB':>8}")
    for size in sizes:
        for unique in (False, True):
            text = make_page(size, unique=unique)
            src = Source(id="big", origin="big.txt", text=text, raw="")
            tracemalloc.start()
            t0 = time.perf_counter()
            articles = split_page(src)
            elapsed = time.perf_counter() - t0
            peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
            mchars = len(text) / 1e6
            print(f"{mchars:7.1f} {'unique' if unique else 'repeat':>8} {len(articles):9d} {elapsed:8.2f} "
                  f"{elapsed / mchars:8.2f} {peak:8.0f}")


if __name__ == "__main__":
    main([float(a) for a in sys.argv[1:]] or [5, 10, 20, 50])
