"""Check the appointments field set: gold files against their cached texts, index.tsv and the held-out list.

    python benchmarks/appointments/check.py [-v]

For every ``gold/<id>.gold.json``:
- the id is ``a`` + the first 10 hex digits of sha1(url), the file name matches, the url is not held out
  (``shared/heldout-urls.txt``), and the source block (url, query, length, sha1, kind, province, year) is complete
  and agrees with ``index.tsv``;
- the cached text (``cache/<id>.txt``, git-ignored) has the recorded length and sha1 (a missing text is named and
  its text checks are skipped; README.md says how to re-collect it);
- every appointment has a known action (appoint, remove, elect, nominate, propose, resign, acting), a date that is
  ISO (YYYY-MM-DD) or null, a name and post that occur in its surface, and a name, surface, org and org_full that
  occur in the text (after traditional->simplified conversion with OpenCC, and after removing whitespace);
- a surface is at most 250 characters (lists); with -v: surfaces over 60 characters and entries out of text order.
Prints counts per action and split; exits 1 when something fails.  Reads no extractor code.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELDOUT = HERE.parents[2] / "shared" / "heldout-urls.txt"
ACTIONS = ("appoint", "remove", "elect", "nominate", "propose", "resign", "acting")
KINDS = ("congress", "government", "publicity", "election", "resignation", "news", "hmt")
SOURCE_KEYS = ("url", "query", "length", "sha1", "kind", "province", "year")
ENTRY_KEYS = ("name", "action", "post", "org", "org_full", "date", "surface")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SPACE = re.compile(r"\s+")


def aid(url: str) -> str:
    return "a" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]


def heldout() -> set[str]:
    if not HELDOUT.exists():
        return set()
    return {x.strip() for x in HELDOUT.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")}


def t2s_fn():
    try:
        import opencc
    except ImportError:
        return None
    return opencc.OpenCC("t2s").convert


def index() -> dict[str, dict]:
    lines = (HERE / "index.tsv").read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    return {r[0]: dict(zip(head, r)) for r in (line.split("\t") for line in lines[1:])}


def views(text: str, t2s) -> list[str]:
    out = [text]
    if t2s is not None:
        out.append(t2s(text))
    out.append(SPACE.sub("", out[-1]))
    return out


def find(s: str, vs: list[str]) -> int:
    """Position of s in the first view that holds it (joined view: s without spaces), or -1."""
    for v in vs[:-1]:
        if s in v:
            return v.index(s)
    j = SPACE.sub("", s)
    return vs[-1].index(j) if j in vs[-1] else -1


def check(path: Path, idx: dict, held: set[str], t2s, verbose: bool) -> tuple[list[str], dict | None]:
    errs: list[str] = []
    name = path.name
    gold = json.loads(path.read_text(encoding="utf-8"))
    src = gold.get("source") or {}
    miss = [k for k in SOURCE_KEYS if src.get(k) in (None, "")]
    if miss:
        return [f"{name}: source lacks {', '.join(miss)}"], gold
    gid = aid(src["url"])
    if name != f"{gid}.gold.json" or gold.get("id") != gid:
        errs.append(f"{name}: id/file name should be {gid}")
    if src["url"] in held:
        errs.append(f"{name}: {src['url']} is held out: remove this gold file")
    if src["kind"] not in KINDS:
        errs.append(f"{name}: kind {src['kind']!r} unknown")
    row = idx.get(gid)
    if row is None:
        errs.append(f"{name}: not in index.tsv")
    else:
        for k, v in (("url", src["url"]), ("kind", src["kind"]), ("province", src["province"]),
                     ("year", str(src["year"])), ("length", str(src["length"]))):
            if row[k] != v:
                errs.append(f"{name}: index.tsv {k} {row[k]!r} != source {v!r}")
    for k in ("date",):
        if gold.get(k) is not None and not ISO.match(gold[k]):
            errs.append(f"{name}: date {gold[k]!r} is not ISO")
    cached = HERE / "cache" / f"{gid}.txt"
    text = None
    if not cached.exists():
        print(f"  (no cached text for {gid}: text checks skipped; see README.md to re-collect)")
    else:
        text = cached.read_text(encoding="utf-8")
        if len(text) != src["length"] or hashlib.sha1(text.encode("utf-8")).hexdigest() != src["sha1"]:
            errs.append(f"{name}: cached text differs from the annotated one; re-collect it (README.md)")
            text = None
    vs = views(text, t2s) if text is not None else None
    last = -1
    for n, e in enumerate(gold.get("appointments", []), 1):
        where = f"{name} #{n} {e.get('name')}"
        for k in ENTRY_KEYS:
            if k not in e:
                errs.append(f"{where}: lacks {k}")
        if e.get("action") not in ACTIONS:
            errs.append(f"{where}: action {e.get('action')!r}")
        if e.get("date") is not None and not ISO.match(str(e.get("date"))):
            errs.append(f"{where}: date {e.get('date')!r} is not ISO")
        surface, nm, post = e.get("surface") or "", e.get("name") or "", e.get("post") or ""
        if not nm or nm not in surface:
            errs.append(f"{where}: name not in surface {surface!r}")
        if not post or post not in surface:
            errs.append(f"{where}: post {post!r} not in surface {surface!r}")
        if len(surface) > 250:
            errs.append(f"{where}: surface longer than 250 characters")
        elif len(surface) > 60 and verbose:
            print(f"  note {where}: surface of {len(surface)} characters (a list)")
        if vs is None:
            continue
        for k in ("name", "surface", "org", "org_full"):
            v = e.get(k)
            if v is not None and find(v, vs) < 0:
                errs.append(f"{where}: {k} {v!r} not in the text")
        pos = find(surface, vs)
        if verbose and 0 <= pos < last:
            print(f"  note {where}: surface before the previous entry's")
        last = max(last, pos)
    return errs, gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    t2s = t2s_fn()
    if t2s is None:
        print("(OpenCC not installed: traditional texts are checked without conversion)")
    idx, held = index(), heldout()
    bad = [u for u in (r["url"] for r in idx.values()) if u in held]
    failed = bool(bad)
    for u in bad:
        print("ERROR index.tsv holds a held-out address:", u)
    golds = sorted((HERE / "gold").glob("*.gold.json"))
    missing = set(idx) - {p.name.removesuffix(".gold.json") for p in golds}
    for m in sorted(missing):
        print("ERROR no gold file for", m)
        failed = True
    count = collections.Counter()
    for p in golds:
        errs, gold = check(p, idx, held, t2s, args.verbose)
        for e in errs:
            print("ERROR", e)
        failed |= bool(errs)
        split = idx.get(p.name.removesuffix(".gold.json"), {}).get("split", "?")
        for e in (gold or {}).get("appointments", []):
            count[(split, e.get("action"))] += 1
            count[(split, "texts-with-" + str(e.get("action")))] += 0
    texts = collections.Counter(r["split"] for r in idx.values())
    print(f"texts: {len(idx)} ({', '.join(f'{k} {v}' for k, v in sorted(texts.items()))}), gold files: {len(golds)}")
    for split in ("dev", "test"):
        print(f"{split:5}", " ".join(f"{a}={count[(split, a)]}" for a in ACTIONS))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
