"""Score page splitting on the page set of real e-paper pages (issue "Real e-paper formats").

    python benchmarks/score_pages.py [--split dev|test] [-v] [--by-format] [--batch N] [--pages benchmarks/pages]

Each page of ``benchmarks/pages/gold/`` in the chosen part (``index.tsv``) is read from its cached text
(``benchmarks/pages/cache/<id>.txt``, git-ignored: a missing text is named and skipped) as one JSON
Lines record with the page's address (and the gold's date and paper when the page states them), through
``extract.read_inputs`` and the ``Extractor``: the path of ``kg extract``.  Measures, summed over pages:

- **articles matched**: gold entries that are not headline-only, matched one to one to predicted entries
  that are not headline-only, greedily by the persons they share (most first); a gold entry that names no
  one is matched by text overlap instead (the predicted entry whose ``source_span`` covers most of the
  gold entry's ``start``..``end``, at least half of it).  Divided by the number of such gold entries.
- **headlines**: of the matched entries whose gold headline is not null, the share whose predicted
  headline is equal to it or one contains the other (NFKC, no white space).
- **persons per article**: micro P/R/F1 over matched pairs; persons of unmatched predicted entries are
  false positives, persons of unmatched gold entries misses.
- **headline-only entries**: F1 of the headlines of headline-only entries, per page.
- **columns**: of the matched entries, the share whose ``column`` equals the gold's (both null counts).

Page-split errors are read on the dev part only (``-v``); the test part is scored at the end of a round.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Counts, canon, format_row, table_header  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "benchmarks" / "pages"


def read_index(folder: Path) -> list[dict]:
    with (folder / "index.tsv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def pages_of(folder: Path, split: str) -> tuple[list[tuple[dict, str]], list[str]]:
    found, missing = [], []
    for row in read_index(folder):
        if row.get("split") != split:
            continue
        gold_path = folder / "gold" / f"{row['id']}.gold.json"
        cached = folder / "cache" / f"{row['id']}.txt"
        if not gold_path.exists():
            continue                                # gold not written yet
        if not cached.exists():
            missing.append(row["id"])
            continue
        found.append((json.loads(gold_path.read_text(encoding="utf-8")), cached.read_text(encoding="utf-8")))
    return found, missing


def predict(gold: dict, text: str) -> list[dict]:
    from benchmarks.score_field import kg_predictions

    return kg_predictions(gold, text)


def _persons(entry: dict) -> set[str]:
    return {canon(p["name"]) for p in entry.get("persons", []) if p.get("name")}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[dict], pred: list[dict]) -> dict[int, int]:
    """Gold entry index -> predicted entry index, one to one (headline-only entries on neither side)."""
    g_body = [i for i, g in enumerate(gold) if not g.get("headline_only")]
    p_body = [j for j, p in enumerate(pred) if not p.get("headline_only")]
    candidates = []
    for i in g_body:
        names = _persons(gold[i])
        for j in p_body:
            if names:
                shared = len(names & _persons(pred[j]))
                if shared:
                    candidates.append((0, -shared, i, j))
            elif gold[i].get("start") is not None:
                pred_span = tuple(pred[j].get("source_span") or (0, 0))
                if gold[i].get("end") is None:          # a gold entry with its start only: the entry holding it
                    if pred_span[0] <= int(gold[i]["start"]) < pred_span[1]:
                        candidates.append((1, 0, i, j))
                    continue
                span = (int(gold[i]["start"]), int(gold[i]["end"]))
                covered = _overlap(span, pred_span)
                if span[1] > span[0] and covered * 2 >= span[1] - span[0]:
                    candidates.append((1, -covered, i, j))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, _, i, j in sorted(candidates):
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def _same_headline(g: str | None, p: str | None) -> bool:
    g, p = canon(g), canon(p)
    return bool(g and p and (g == p or g in p or p in g))


def score_page(gold: dict, pred: list[dict]) -> dict:
    entries = gold["articles"]
    links = match(entries, pred)
    out = {"entries": sum(not g.get("headline_only") for g in entries), "matched": len(links),
           "headed": 0, "headlines_right": 0, "columns_right": 0, "persons": Counts(), "headline_only": Counts(),
           "errors": []}
    for i, g in enumerate(entries):
        if g.get("headline_only"):
            continue
        j = links.get(i)
        gp = _persons(g)
        if j is None:
            out["persons"].add(Counts(n_gold=len(gp), false_neg=sorted(gp)))
            out["errors"].append(f"unmatched gold #{g.get('index')} {(g.get('headline') or '')[:24]!r} "
                                 f"start {g.get('start')} persons {sorted(gp)[:4]}")
            continue
        p = pred[j]
        pp = _persons(p)
        tp = len(gp & pp)
        out["persons"].add(Counts(tp_pred=tp, n_pred=len(pp), tp_gold=tp, n_gold=len(gp),
                                  false_pos=sorted(pp - gp), false_neg=sorted(gp - pp)))
        if g.get("headline"):
            out["headed"] += 1
            if _same_headline(g.get("headline"), p.get("headline")):
                out["headlines_right"] += 1
            else:
                out["errors"].append(f"headline #{g.get('index')}: gold {g.get('headline')!r} "
                                     f"predicted {p.get('headline')!r}")
        if canon(g.get("column")) == canon(p.get("column")):
            out["columns_right"] += 1
        else:
            out["errors"].append(f"column #{g.get('index')}: gold {g.get('column')!r} predicted {p.get('column')!r}")
    used = set(links.values())
    for j, p in enumerate(pred):
        if j not in used and not p.get("headline_only"):
            pp = _persons(p)
            out["persons"].add(Counts(n_pred=len(pp), false_pos=sorted(pp)))
            out["errors"].append(f"unmatched predicted {p.get('id')} {(p.get('headline') or '')[:24]!r} "
                                 f"persons {sorted(pp)[:4]}")
    g_only = {canon(g.get("headline")) for g in entries if g.get("headline_only") and g.get("headline")}
    p_only = {canon(p.get("headline")) for p in pred if p.get("headline_only") and p.get("headline")}
    tp = len(g_only & p_only)
    out["headline_only"] = Counts(tp_pred=tp, n_pred=len(p_only), tp_gold=tp, n_gold=len(g_only),
                                  false_pos=sorted(p_only - g_only), false_neg=sorted(g_only - p_only))
    return out


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "- (0/0)"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--pages", type=Path, default=PAGES, help="the page set's folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the errors of each page (dev only)")
    parser.add_argument("--by-format", action="store_true", help="also print the measures by page format")
    parser.add_argument("--batch", type=int, help="only the pages of this batch (source.batch; 1 when absent)")
    args = parser.parse_args(argv)
    if args.verbose and args.split == "test":
        parser.error("page-test errors are never read: score it without -v")
    found, missing = pages_of(args.pages, args.split)
    if args.batch is not None:
        found = [(gold, text) for gold, text in found if (gold.get("source") or {}).get("batch", 1) == args.batch]
    print(f"pages-{args.split}: {len(found)} pages scored"
          + (f"; {len(missing)} not cached, skipped: {', '.join(missing)}" if missing else ""))
    total: dict = defaultdict(int)
    persons, only = Counts(), Counts()
    by_format: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    for gold, text in found:
        result = score_page(gold, predict(gold, text))
        fmt = (gold.get("source") or {}).get("format", "?")
        for key in ("entries", "matched", "headed", "headlines_right", "columns_right"):
            total[key] += result[key]
            by_format[fmt][key] += result[key]
        persons.add(result["persons"])
        only.add(result["headline_only"])
        by_format[fmt]["tp"] += result["persons"].tp_gold
        by_format[fmt]["n"] += result["persons"].n_gold + result["persons"].n_pred
        by_format[fmt]["tp2"] += result["persons"].tp_gold + result["persons"].tp_pred
        if args.verbose:
            print(f"\n== {gold['id']} ({fmt}): matched {result['matched']}/{result['entries']}")
            for e in result["errors"]:
                print(f"  {e}")
            for x in result["headline_only"].false_neg:
                print(f"  headline-only missed {x!r}")
            for x in result["headline_only"].false_pos:
                print(f"  headline-only extra {x!r}")
    print(f"\narticles matched      {_ratio(total['matched'], total['entries'])}")
    print(f"headlines             {_ratio(total['headlines_right'], total['headed'])}")
    print(f"columns               {_ratio(total['columns_right'], total['matched'])}")
    print(table_header())
    print(format_row("persons per article", persons))
    print(format_row("headline-only entries", only))
    if args.by_format:
        print(f"\n{'format':10} {'pages':>5} {'matched':>14} {'persons F1':>10}")
        counts = defaultdict(int)
        for gold, _ in found:
            counts[(gold.get("source") or {}).get("format", "?")] += 1
        for fmt in sorted(by_format):
            f = by_format[fmt]
            f1 = f["tp2"] / f["n"] if f["n"] else 0.0
            print(f"{fmt:10} {counts[fmt]:5d} {_ratio(f['matched'], f['entries']):>14} {f1:10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
