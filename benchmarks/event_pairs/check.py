"""Check the event-pair set: gold files against their cached texts, and pairs.tsv against the event keys.

    python benchmarks/event_pairs/check.py [-v]

For every ``gold/*.gold.json``: the ``source`` block is complete, the file is named after the address
(``e`` + first 10 hex digits of its SHA-1), the address is not held out (``shared/heldout-urls.txt``), every
event has a key, a name, a type of the field set's list, and every participant and place occurs in the cached
text (``cache/<id>.txt``, git-ignored) as printed, after traditional->simplified conversion, or with spaces or parenthesised pinyin debris
(``習(xí)近平``) removed.  A gold file whose text is not cached is named and its text checks skipped (README.md says how to
re-collect it).  ``pairs.tsv``: both ids have gold, ``same`` is 1 exactly when the two reports share an event
key, ``split`` is dev or test, and no report is in both a dev and a test pair.  Exits 1 when something fails.
Reads no extractor code.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELDOUT = HERE.parents[2] / "shared" / "heldout-urls.txt"
EVENT_TYPES = ("meeting", "inspection", "visit", "signing", "forum", "banquet", "reception", "session",
               "ceremony", "training", "other")
SOURCE_KEYS = ("url", "query", "length", "sha1", "kind", "province", "year")
_SPACE = re.compile(r"[\s\u3000]+")
_FIX = str.maketrans({"巿": "市"})  # pages that print U+5DFF for 市
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)")  # conversion debris: 習(xí)近平


def _t2s():
    try:
        import opencc
    except ImportError:
        return None
    return opencc.OpenCC("t2s").convert


def report_id(url: str) -> str:
    return "e" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]


def heldout() -> set[str]:
    if not HELDOUT.exists():
        return set()
    return {x.strip() for x in HELDOUT.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")}


def views(text: str, t2s) -> list[str]:
    out = [text]
    if t2s is not None:
        out.append(t2s(text))
    out.append(out[-1].translate(_FIX))
    out.append(_SPACE.sub("", out[-1]))
    out.append(_PINYIN.sub("", out[-2]))
    return out


def found(s: str, vs: list[str]) -> bool:
    return any(s in v for v in vs)


def check_gold(path: Path, held: set[str], t2s, verbose: bool) -> tuple[list[str], dict | None]:
    errs = []
    g = json.loads(path.read_text(encoding="utf-8"))
    src = g.get("source") or {}
    missing = [k for k in SOURCE_KEYS if k not in src or (src[k] in (None, "") and k != "year")]
    if missing:
        return [f"{path.name}: source lacks {', '.join(missing)}"], g
    if path.name != f"{report_id(src['url'])}.gold.json" or g.get("id") != report_id(src["url"]):
        errs.append(f"{path.name}: id/file name should be {report_id(src['url'])}")
    if src["url"] in held:
        errs.append(f"{path.name}: {src['url']} is a held-out address")
    if src["kind"] != "report":
        errs.append(f"{path.name}: kind should be 'report'")
    if not g.get("events"):
        errs.append(f"{path.name}: no events")
    for e in g.get("events", []):
        if not e.get("key") or not e.get("name"):
            errs.append(f"{path.name}: event without key or name")
        if e.get("type") not in EVENT_TYPES:
            errs.append(f"{path.name}: event {e.get('name')!r} has type {e.get('type')!r}")
        d = e.get("date")
        if d is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", d):
            errs.append(f"{path.name}: event date {d!r} is not ISO")
    cached = HERE / "cache" / f"{g['id']}.txt"
    if not cached.exists():
        print(f"note: {cached.name} not cached, text checks skipped (see README.md)")
        return errs, g
    text = cached.read_text(encoding="utf-8")
    if len(text) != src["length"] or hashlib.sha1(text.encode("utf-8")).hexdigest() != src["sha1"]:
        errs.append(f"{path.name}: cached text differs from the one annotated; re-collect it (README.md)")
        return errs, g
    vs = views(text, t2s)
    for e in g["events"]:
        for p in e.get("participants", []):
            if not found(p, vs):
                errs.append(f"{path.name}: participant {p!r} not in the text")
        if Counter(e.get("participants", [])).most_common(1)[0:1] and Counter(e["participants"]).most_common(1)[0][1] > 1:
            errs.append(f"{path.name}: a participant is listed twice in {e['name']!r}")
        if e.get("place") and not found(e["place"], vs):
            errs.append(f"{path.name}: place {e['place']!r} not in the text")
        if verbose and not found(e["name"], vs):
            print(f"info: {path.name}: composed name {e['name']!r}")
        if len(e["name"]) > 34:
            errs.append(f"{path.name}: name {e['name']!r} is longer than about 30 characters")
    return errs, g


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list event names not written verbatim")
    args = ap.parse_args(argv)
    t2s = _t2s()
    held = heldout()
    errs: list[str] = []
    golds: dict[str, dict] = {}
    for path in sorted((HERE / "gold").glob("*.gold.json")):
        e, g = check_gold(path, held, t2s, args.verbose)
        errs += e
        if g:
            golds[g["id"]] = g
    keys = {i: {e["key"] for e in g.get("events", [])} for i, g in golds.items()}
    split_of: dict[str, set[str]] = {}
    counts = Counter()
    seen = set()
    with open(HERE / "pairs.tsv", encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter="\t"), 2):
            a, b, same, split = row["id_a"], row["id_b"], row["same"], row["split"]
            if a not in golds or b not in golds:
                errs.append(f"pairs.tsv:{n}: unknown id")
                continue
            if frozenset((a, b)) in seen or a == b:
                errs.append(f"pairs.tsv:{n}: repeated or self pair")
            seen.add(frozenset((a, b)))
            shared = bool(keys[a] & keys[b])
            if same not in ("0", "1") or (same == "1") != shared:
                errs.append(f"pairs.tsv:{n}: same={same} but the reports {'share' if shared else 'share no'} event key")
            if split not in ("dev", "test"):
                errs.append(f"pairs.tsv:{n}: split {split!r}")
            for i in (a, b):
                split_of.setdefault(i, set()).add(split)
            counts[(split, same)] += 1
    for i, s in sorted(split_of.items()):
        if len(s) > 1:
            errs.append(f"{i}: in both dev and test pairs")
    for i in golds:
        if i not in split_of:
            errs.append(f"{i}: in no pair")
    for e in errs:
        print("ERROR", e)
    kinds = Counter(g["province"] for g in golds.values())
    print(f"{len(golds)} reports, {sum(len(k) for k in keys.values())} events, {len(set().union(*keys.values()))} keys; "
          f"pairs: " + ", ".join(f"{sp} same={s}: {c}" for (sp, s), c in sorted(counts.items())))
    print("provinces:", dict(kinds))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
