"""What is missing from the git-ignored text caches of the real-text sets, and whether a re-collected text is exact.

    python benchmarks/recollect.py todo [--set field] [--split dev|test] [--batch 16-24] [--part 2/4]
    python benchmarks/recollect.py check [--set field] [--fix-newline] [PATH ...]

The real-text sets (``field``, ``pages``, ``appointments``, ``event_pairs``) commit gold, never the texts; each
gold file's ``source`` holds the address, a ``search`` query (corpus ``pages``) that returns it, the text's length
and SHA-1.  On a fresh machine the caches are empty and the texts are re-collected by hand with the session
``search`` tool: run the query, take the result whose address is the gold's, save its excerpt exactly (UTF-8, no
trailing newline) to the cache path.

``todo`` prints one tab-separated line a missing text: cache path, length, SHA-1, address, query (filtered by set,
split, batch range, and ``--part K/N``, the K-th of N equal shares, so that several people share the work).
``check`` compares cached texts with their gold (every cached text of the chosen sets, or the given paths) and
prints one line a text that is wrong; ``--fix-newline`` removes one trailing newline where that makes it exact.
The last line counts exact, wrong and missing texts.  Exits 1 when a cached text is wrong.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = ("field", "pages", "appointments", "event_pairs")


def _splits(name: str) -> dict[str, str]:
    index = HERE / name / "index.tsv"
    if not index.exists():
        return {}
    rows = (line.split("\t") for line in index.read_text(encoding="utf-8").splitlines()[1:] if line)
    return {row[0]: row[1] for row in rows if len(row) > 1}


def entries(names):
    """(set, id, split, source, cache path) of every gold file of the named sets, in id order."""
    for name in names:
        splits = _splits(name)
        for path in sorted((HERE / name / "gold").glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            key = path.name.removesuffix(".gold.json")
            yield name, key, splits.get(key, ""), gold["source"], HERE / name / "cache" / f"{key}.txt"


def _verdict(path: Path, source: dict) -> str:
    data = path.read_bytes()
    if hashlib.sha1(data).hexdigest() == source["sha1"]:
        return "exact"
    if data.endswith(b"\n") and hashlib.sha1(data[:-1]).hexdigest() == source["sha1"]:
        return "trailing newline"
    text = data.decode("utf-8", errors="replace")
    return f"{len(text)} characters, gold says {source['length']}; SHA-1 differs"


def _in_batches(source: dict, spec: str | None) -> bool:
    if not spec:
        return True
    low, _, high = spec.partition("-")
    batch = int(source.get("batch", 1))
    return int(low) <= batch <= int(high or low)


def todo(args) -> int:
    rows = [e for e in entries(args.set) if (not args.split or e[2] == args.split) and _in_batches(e[3], args.batch)]
    if args.part:  # shares of the whole selection, so that they stay the same as texts are filled in
        k, n = (int(x) for x in args.part.split("/"))
        rows = rows[k - 1::n]
    for _, _, _, source, path in (row for row in rows if not row[4].exists()):
        print(path.relative_to(HERE.parent), source["length"], source["sha1"], source["url"], source["query"],
              sep="\t")
    return 0


def check(args) -> int:
    wanted = {Path(p).resolve() for p in args.paths}
    counts = {"exact": 0, "wrong": 0, "missing": 0}
    for _, _, _, source, path in entries(args.set):
        if wanted and path.resolve() not in wanted:
            continue
        if not path.exists():
            counts["missing"] += 1
            continue
        verdict = _verdict(path, source)
        if verdict == "trailing newline" and args.fix_newline:
            path.write_bytes(path.read_bytes()[:-1])
            verdict = "exact"
        if verdict == "exact":
            counts["exact"] += 1
        else:
            counts["wrong"] += 1
            print(f"{path.relative_to(HERE.parent)}: {verdict}")
    print(", ".join(f"{n} {k}" for k, n in counts.items()))
    return 1 if counts["wrong"] else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("todo", "check"):
        cmd = sub.add_parser(name)
        cmd.add_argument("--set", action="append", choices=SETS, help="a set (repeatable; default: all)")
    sub.choices["todo"].add_argument("--split", choices=("dev", "test"))
    sub.choices["todo"].add_argument("--batch", help="a batch or a range, e.g. 16-24 (field set)")
    sub.choices["todo"].add_argument("--part", help="K/N: the K-th of N equal shares")
    sub.choices["check"].add_argument("--fix-newline", action="store_true")
    sub.choices["check"].add_argument("paths", nargs="*")
    args = parser.parse_args(argv)
    args.set = args.set or list(SETS)
    return todo(args) if args.command == "todo" else check(args)


if __name__ == "__main__":
    sys.exit(main())
