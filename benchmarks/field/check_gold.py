"""Check the field set's gold files against their cached texts and print counts.

    python benchmarks/field/check_gold.py [-v]

For every ``gold/*.gold.json``: the ``source`` block is complete (address, query, length, sha1, kind, province,
year), the address is not held out (``shared/heldout-urls.txt``), the cached text (``cache/<id>.txt``, git-ignored)
has the recorded length and sha1, and then the checks of the dev set (``../devset/check_gold.py``): every name,
title surface, title org and organization is in its article, participants are persons, reporters attend nothing.
A gold file whose text is not cached is named and skipped (see README.md for re-collecting it).  Event types must
be one of the values README lists.  Exits 1 when something fails.  Reads no extractor code.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "devset"))

from check_gold import _t2s, check_page  # noqa: E402  (the dev set's checker)

KINDS = ("general", "notice", "session", "foreign", "hmt", "company", "bulletin")
EVENT_TYPES = ("meeting", "inspection", "visit", "signing", "forum", "banquet", "reception", "session",
               "ceremony", "training", "other")
SOURCE_KEYS = ("url", "query", "length", "sha1", "kind", "province", "year")
HELDOUT = HERE.parents[2] / "shared" / "heldout-urls.txt"


def article_id(url: str) -> str:
    return "f" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]


def heldout() -> set[str]:
    if not HELDOUT.exists():
        return set()
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()
    return {x.strip() for x in lines if x.strip() and not x.startswith("#")}


def check_source(path: Path, gold: dict, held: set[str]) -> tuple[list[str], str | None]:
    """Errors of the ``source`` block, and the cached text (None when missing)."""
    errors = []
    src = gold.get("source") or {}
    missing = [k for k in SOURCE_KEYS if src.get(k) in (None, "")]
    if missing:
        return [f"{path.name}: source lacks {', '.join(missing)}"], None
    if path.name != f"{article_id(src['url'])}.gold.json":
        errors.append(f"{path.name}: file name should be {article_id(src['url'])}.gold.json")
    if src["url"] in held:
        errors.append(f"{path.name}: {src['url']} is a held-out address: remove this gold file")
    if src["kind"] not in KINDS:
        errors.append(f"{path.name}: kind {src['kind']!r} is not one of {', '.join(KINDS)}")
    for art in gold.get("articles", []):
        for e in art.get("events", []):
            if e.get("type") not in EVENT_TYPES:
                errors.append(f"{path.name}: event {e.get('name')!r} has type {e.get('type')!r}")
            if not e.get("name"):
                errors.append(f"{path.name}: an event has no name")
    cached = HERE / "cache" / f"{path.name.removesuffix('.gold.json')}.txt"
    if not cached.exists():
        return errors, None
    text = cached.read_text(encoding="utf-8")
    if len(text) != src["length"] or hashlib.sha1(text.encode("utf-8")).hexdigest() != src["sha1"]:
        errors.append(f"{path.name}: cached text differs from the one annotated (length {len(text)} vs "
                      f"{src['length']}); re-collect it as README.md says")
    return errors, text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list strings found only after simplifying or joining")
    ap.add_argument("files", nargs="*", type=Path, help="gold files to check (default: all of gold/)")
    args = ap.parse_args(argv)
    t2s = _t2s()
    held = heldout()
    cols = ("articles", "persons", "reporters", "titles", "organizations", "events", "participants")
    total = dict.fromkeys(cols, 0)
    failed, skipped = False, []
    print(f"{'article':14} " + " ".join(f"{c[:7]:>7}" for c in cols))
    for path in args.files or sorted((HERE / "gold").glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        errors, text = check_source(path, gold, held)
        if text is None and not errors:
            skipped.append(path.name)
            continue
        counts, more, odd = check_page(path, t2s, text=text) if text is not None else ({}, [], [])
        errors += more
        print(f"{path.name.removesuffix('.gold.json'):14} " + " ".join(f"{counts.get(c, 0):>7}" for c in cols))
        for c in cols:
            total[c] += counts.get(c, 0)
        for e in errors:
            print("  ERROR", e)
        if args.verbose:
            for o in odd:
                print("  note ", o)
        failed |= bool(errors)
    print(f"{'total':14} " + " ".join(f"{total[c]:>7}" for c in cols))
    if skipped:
        print(f"{len(skipped)} gold file(s) skipped, text not cached: {', '.join(skipped)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
