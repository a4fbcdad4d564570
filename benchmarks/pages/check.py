"""Check the page field set (issue 18 "Real e-paper formats"): gold files against their cached texts.

    python benchmarks/pages/check.py [-v]

For every ``gold/<id>.gold.json``:
- the id is ``p`` + the first 10 hex digits of SHA-1(url), the address is not held out
  (``shared/heldout-urls.txt``), and ``index.tsv`` lists the page with the same format, province, year, length;
- the ``source`` block is complete and matches the cached text ``cache/<id>.txt`` (length, SHA-1);
  a page whose text is not cached is named and skipped (see README.md to re-collect it);
- entries are numbered 1..n, in page order, not overlapping, each with ``start < end`` inside the text;
- every headline, subheadline, person name, title surface, title org and organization name occurs in its entry's
  slice ``text[start:end]`` - as printed, else after traditional->simplified conversion (OpenCC, when installed),
  else with white space removed (words split across line breaks);
- dates are ISO or null and an entry's date is the page's; reporters have no roles; no person or organization is
  listed twice in an entry.
Exits 1 when something fails.  Reads no extractor code.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELDOUT = HERE.parents[2] / "shared" / "heldout-urls.txt"
FORMATS = ("bulletin", "numbered", "teaser", "debris", "old", "cut", "multi")
SOURCE_KEYS = ("url", "query", "length", "sha1", "format", "formats", "province", "year")
SPACE = re.compile(r"\s+")


def page_id(url: str) -> str:
    return "p" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]


def t2s_converter():
    try:
        import opencc
    except ImportError:
        return None
    return opencc.OpenCC("t2s").convert


def heldout() -> set[str]:
    if not HELDOUT.exists():
        return set()
    return {x.strip() for x in HELDOUT.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")}


def read_index() -> dict[str, dict]:
    rows = {}
    lines = (HERE / "index.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["id", "split", "format", "province", "year", "length", "url"], "index.tsv header"
    for line in lines[1:]:
        i, split, fmt, prov, year, length, url = line.split("\t")
        rows[i] = dict(split=split, format=fmt, province=prov, year=int(year), length=int(length), url=url)
    return rows


def iso(v) -> bool:
    if v is None:
        return True
    try:
        dt.date.fromisoformat(v)
    except (TypeError, ValueError):
        return False
    return True


def found(s: str, piece: str, t2s) -> str | None:
    """How ``s`` occurs in ``piece``: 'printed', 'simplified', 'joined', or None."""
    if s in piece:
        return "printed"
    simp = t2s(piece) if t2s else piece
    if s in simp:
        return "simplified"
    if SPACE.sub("", s) in SPACE.sub("", simp):
        return "joined"
    return None


def check(path: Path, index: dict, held: set[str], t2s, verbose: bool) -> tuple[list[str], Counter | None]:
    errors: list[str] = []
    counts: collections.Counter = collections.Counter()
    gold = json.loads(path.read_text(encoding="utf-8"))
    pid = path.name.removesuffix(".gold.json")
    src = gold.get("source") or {}
    missing = [k for k in SOURCE_KEYS if src.get(k) in (None, "")  and k != "formats"]
    if missing or not isinstance(src.get("formats"), list):
        return [f"{pid}: source lacks {missing or 'formats'}"], None
    if gold.get("id") != pid or page_id(src["url"]) != pid:
        errors.append(f"{pid}: id/file name should be {page_id(src['url'])}")
    if src["url"] in held:
        errors.append(f"{pid}: {src['url']} is a held-out address: remove this gold file")
    if src["format"] not in FORMATS or any(f not in FORMATS or f == src["format"] for f in src["formats"]):
        errors.append(f"{pid}: format {src['format']!r} / formats {src['formats']!r}")
    row = index.get(pid)
    if row is None:
        errors.append(f"{pid}: not in index.tsv")
    else:
        for k in ("format", "province", "year", "length", "url"):
            if row[k] != src[k]:
                errors.append(f"{pid}: index.tsv {k}={row[k]!r} but source {k}={src[k]!r}")
        if row["split"] not in ("dev", "test"):
            errors.append(f"{pid}: split {row['split']!r}")
    if gold.get("province") != src["province"]:
        errors.append(f"{pid}: province differs from source.province")
    if not iso(gold.get("date")):
        errors.append(f"{pid}: page date {gold.get('date')!r}")
    cached = HERE / "cache" / f"{pid}.txt"
    if not cached.exists():
        return errors, None
    text = cached.read_text(encoding="utf-8")
    if len(text) != src["length"] or hashlib.sha1(text.encode("utf-8")).hexdigest() != src["sha1"]:
        errors.append(f"{pid}: cached text differs from the annotated one (length {len(text)} vs {src['length']}); "
                      "re-collect it as README.md says")
        return errors, None
    prev_end = 0
    for k, art in enumerate(gold["articles"]):
        where = f"{pid} #{art.get('index')}"
        if art.get("index") != k + 1:
            errors.append(f"{where}: index should be {k + 1}")
        s, e = art.get("start"), art.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errors.append(f"{where}: bad span {s}..{e}")
            continue
        if s < prev_end:
            errors.append(f"{where}: starts at {s}, before the previous entry ends ({prev_end})")
        prev_end = e
        piece = text[s:e]
        for key in ("headline_only", "truncated"):
            if not isinstance(art.get(key), bool):
                errors.append(f"{where}: {key} must be true/false")
        if art.get("date") != gold.get("date"):
            errors.append(f"{where}: entry date {art.get('date')} != page date {gold.get('date')}")

        def need(s_: str | None, what: str) -> None:
            if not s_:
                return
            how = found(s_, piece, t2s)
            if how is None:
                errors.append(f"{where}: {what} {s_!r} not in the entry's text")
            elif how != "printed" and verbose:
                print(f"  note  {where}: {what} {s_!r} found {how}")

        need(art.get("headline"), "headline")
        need(art.get("subheadline"), "subheadline")
        names = [p["name"] for p in art["persons"]]
        if len(set(names)) != len(names):
            errors.append(f"{where}: a person is listed twice")
        for p in art["persons"]:
            need(p["name"], "name")
            for t in p["titles"]:
                need(t["surface"], "title surface")
                need(t["org"], "title org")
                if not t.get("post"):
                    errors.append(f"{where}: {p['name']} has a title without post")
            if p["is_reporter"] and p["roles"]:
                errors.append(f"{where}: reporter {p['name']} has roles")
        orgs = [o["name"] for o in art["organizations"]]
        if len(set(orgs)) != len(orgs):
            errors.append(f"{where}: an organization is listed twice")
        for o in art["organizations"]:
            need(o["name"], "organization")
        counts["entries"] += 1
        counts["persons"] += len(names)
        counts["reporters"] += sum(p["is_reporter"] for p in art["persons"])
        counts["titles"] += sum(len(p["titles"]) for p in art["persons"])
        counts["organizations"] += len(orgs)
        counts["headline_null"] += art.get("headline") is None
        counts["truncated"] += art["truncated"]
    return errors, counts


Counter = collections.Counter


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list strings found only after simplifying/joining")
    args = ap.parse_args(argv)
    t2s = t2s_converter()
    if t2s is None:
        print("note: OpenCC not installed; traditional-character pages may report missing strings")
    held, index = heldout(), read_index()
    gold_ids = {p.name.removesuffix(".gold.json") for p in (HERE / "gold").glob("*.gold.json")}
    failed = False
    for i in sorted(set(index) - gold_ids):
        print(f"  ERROR {i}: in index.tsv but has no gold file")
        failed = True
    total, skipped = Counter(), []
    cols = ("entries", "persons", "reporters", "titles", "organizations", "headline_null", "truncated")
    print(f"{'page':12} {'split':5} {'format':9} " + " ".join(f"{c[:7]:>7}" for c in cols))
    for path in sorted((HERE / "gold").glob("*.gold.json")):
        errors, counts = check(path, index, held, t2s, args.verbose)
        pid = path.name.removesuffix(".gold.json")
        row = index.get(pid, {})
        if counts is None and not errors:
            skipped.append(pid)
            continue
        counts = counts or Counter()
        total.update(counts)
        print(f"{pid:12} {row.get('split', '?'):5} {row.get('format', '?'):9} "
              + " ".join(f"{counts[c]:>7}" for c in cols))
        for e in errors:
            print("  ERROR", e)
        failed |= bool(errors)
    print(f"{'total':28} " + " ".join(f"{total[c]:>7}" for c in cols))
    by = Counter((r["split"], r["format"]) for r in index.values())
    for split in ("dev", "test"):
        print(f"{split}: " + ", ".join(f"{f} {by[(split, f)]}" for f in FORMATS if by[(split, f)])
              + f" (pages {sum(v for (s, _), v in by.items() if s == split)})")
    if skipped:
        print(f"{len(skipped)} page(s) skipped, text not cached: {', '.join(skipped)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
