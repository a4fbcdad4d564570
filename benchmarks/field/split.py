"""Assign each field-set article to field-dev or field-test, by the rule fixed in README.md, and write index.tsv.

    python benchmarks/field/split.py [--check]

The rule: within each kind, the first batch's articles are ordered by the SHA-1 of their address;
positions 0, 3, 6, ... are field-test, the others field-dev.  Later batches (``source.batch`` 2, added
after the first measurement) are field-dev: field-test stays the set it was.  ``--check`` only verifies that index.tsv is what the rule gives
(exit 1 if not).  Reads only the gold files' ``source`` blocks.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
INDEX = HERE / "index.tsv"
COLUMNS = ("id", "split", "kind", "province", "year", "length", "url")


def rows() -> list[dict]:
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for path in sorted((HERE / "gold").glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        src = gold["source"]
        by_kind[src["kind"]].append({"id": gold["id"], "kind": src["kind"], "province": src["province"],
                                     "year": src["year"], "length": src["length"], "url": src["url"],
                                     "batch": src.get("batch", 1)})
    out = []
    for kind in sorted(by_kind):
        first = [r for r in by_kind[kind] if r["batch"] == 1]
        ordered = sorted(first, key=lambda r: hashlib.sha1(r["url"].encode("utf-8")).hexdigest())
        for k, r in enumerate(ordered):
            out.append({**r, "split": "test" if k % 3 == 0 else "dev"})
        # batch 2 (added 2026-12-04 to find more error classes): all field-dev; field-test stays as fixed
        out += [{**r, "split": "dev"} for r in by_kind[kind] if r["batch"] != 1]
    return sorted(out, key=lambda r: (r["split"], r["kind"], r["id"]))


def render(items: list[dict]) -> str:
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join(str(r[c]) for c in COLUMNS) for r in items]
    return "\n".join(lines) + "\n"


def read_index() -> dict[str, str]:
    """article id -> "dev" or "test", from index.tsv."""
    lines = INDEX.read_text(encoding="utf-8").splitlines()[1:]
    return {line.split("\t")[0]: line.split("\t")[1] for line in lines if line}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify index.tsv instead of writing it")
    args = ap.parse_args(argv)
    items = rows()
    text = render(items)
    if args.check:
        same = INDEX.exists() and INDEX.read_text(encoding="utf-8") == text
        print("index.tsv follows the rule" if same else "index.tsv differs from the rule: run split.py")
        return 0 if same else 1
    INDEX.write_text(text, encoding="utf-8")
    n_test = sum(r["split"] == "test" for r in items)
    kinds = sorted({r["kind"] for r in items})
    provinces = sorted({r["province"] for r in items})
    print(f"{len(items)} articles: {len(items) - n_test} field-dev, {n_test} field-test; "
          f"{len(kinds)} kinds, {len(provinces)} provinces/regions; years "
          f"{min(r['year'] for r in items)}-{max(r['year'] for r in items)}")
    for kind in kinds:
        print(f"  {kind:9} dev {sum(r['kind'] == kind and r['split'] == 'dev' for r in items):3}  "
              f"test {sum(r['kind'] == kind and r['split'] == 'test' for r in items):3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
