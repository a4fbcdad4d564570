"""Merge precision and recall of events across reports (issue 19): are two reports of one event one node?

    python benchmarks/event_merge.py [--split dev|test] [-v]

Reads ``benchmarks/event_pairs/`` (see its README): one gold file per report, whose events carry a
global ``key`` (two reports' events are the same event exactly when their keys are equal), ``pairs.tsv``
(id_a, id_b, same, why, split) and the cached texts (``cache/<id>.txt``, git-ignored: a missing text is
named and skipped).  Each text of the split is extracted as one JSON Lines record with the gold's date
and publication (the path of ``kg extract``), all of them are built together with ``kg.build.graph_of``
(resolution and the event merge of ``kg.events``), and each gold event is given its *main* predicted
event, one to one within a report: the predicted event whose participants overlap the gold's most
(Jaccard >= 0.5), else whose name is most like the gold's (LCS-F >= 0.5), else the report's first event
if no other gold event took it (a gold event left without one is never predicted same).

Two measures, both over the reports of the split:
    all pairs     every pair of gold events of two different reports: gold same when their keys are
                  equal, predicted same when their main events are one node
    listed pairs  the pairs of ``pairs.tsv`` (their ``same`` column), by the same rule

Merge precision = pairs predicted same that are gold same / pairs predicted same; recall = pairs
predicted same that are gold same / gold same pairs.  ``-v`` lists the wrong pairs with the reasons of
``kg explain --event`` (dev only: test errors are never read).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import canon  # noqa: E402
from benchmarks.score_field import kg_records  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "benchmarks" / "event_pairs"
MIN_JACCARD = 0.5
MIN_NAME = 0.5


def read_pairs(folder: Path = PAIRS) -> list[dict]:
    with open(folder / "pairs.tsv", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r.get("id_a")]
    for r in rows:
        r["same"] = str(r.get("same", "")).strip() == "1"
        r["split"] = (r.get("split") or "").strip()
    return rows


def lcs_f(a: str | None, b: str | None) -> float:
    from rapidfuzz.distance import LCSseq

    a, b = canon(a), canon(b)
    if not a or not b:
        return 0.0
    return 2 * LCSseq.similarity(a, b) / (len(a) + len(b))


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def main_events(gold_events: list[dict], records: list) -> list[tuple[str, int] | None]:
    """For each gold event of a report, the (article id, event index) of the report's predicted event that
    tells of it, one to one: best pairs first by participants' Jaccard (>= 0.5), then by the names' LCS-F
    (>= 0.5); a gold event left over gets the report's first event if no other gold event took it."""
    predicted = [((rec.article.id, i), e) for rec in records for i, e in enumerate(rec.events, start=1)]
    scored = []
    for gi, ge in enumerate(gold_events):
        people = {canon(n) for n in ge.get("participants") or []}
        for pi, (_, e) in enumerate(predicted):
            j = jaccard(people, {canon(p.name) for p in e.participants})
            f = lcs_f(e.name, ge.get("name"))
            score = (j if j >= MIN_JACCARD else 0.0, f if f >= MIN_NAME else 0.0, f)
            if score[0] or score[1]:
                scored.append((score, -gi, -pi, gi, pi))
    out: list[tuple[str, int] | None] = [None] * len(gold_events)
    used: set[int] = set()
    for *_, gi, pi in sorted(scored, reverse=True):
        if out[gi] is None and pi not in used:
            out[gi] = predicted[pi][0]
            used.add(pi)
    for gi in range(len(gold_events)):
        if out[gi] is None and predicted and 0 not in used:
            out[gi] = predicted[0][0]
            used.add(0)
    return out


def rates(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"precision {p:.3f} ({tp}/{tp + fp})  recall {r:.3f} ({tp}/{tp + fn})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the wrong pairs with reasons (dev only)")
    ap.add_argument("--pairs", default=str(PAIRS), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.verbose and args.split == "test":
        raise SystemExit("event_merge: -v is for dev only; test errors are not read")
    folder = Path(args.pairs)
    if not (folder / "pairs.tsv").exists():
        print(f"event_merge: {folder / 'pairs.tsv'} not found; nothing to score")
        return 1
    pairs = [r for r in read_pairs(folder) if r["split"] == args.split]
    ids = sorted({r["id_a"] for r in pairs} | {r["id_b"] for r in pairs})
    golds, records, skipped = {}, {}, []
    for rid in ids:
        gold_path = folder / "gold" / f"{rid}.gold.json"
        text_path = folder / "cache" / f"{rid}.txt"
        if not gold_path.exists():
            print(f"skip {rid}: no gold file")
            skipped.append(rid)
            continue
        if not text_path.exists():
            print(f"skip {rid}: text not cached ({text_path.relative_to(ROOT)})")
            skipped.append(rid)
            continue
        golds[rid] = json.loads(gold_path.read_text(encoding="utf-8"))
        records[rid] = kg_records(golds[rid], text_path.read_text(encoding="utf-8"))

    from kg.build import graph_of

    built = graph_of([r for rid in sorted(records) for r in records[rid]])
    groups = built.resolved.events

    # every gold event of every report: its key and the node of its main predicted event
    events: list[tuple[str, str, str | None]] = []          # (report id, key, node)
    where: dict[tuple[str, str], tuple[str, int] | None] = {}
    for rid in sorted(golds):
        gold_events = golds[rid].get("events") or []
        for ge, here in zip(gold_events, main_events(gold_events, records[rid])):
            where[(rid, ge["key"])] = here
            events.append((rid, ge["key"], groups.node(*here) if here else None))
    tp = fp = fn = 0
    wrong_all = []
    for i, (ra, ka, na) in enumerate(events):
        for rb, kb, nb in events[i + 1:]:
            if ra == rb:
                continue
            gold, pred = ka == kb, na is not None and na == nb
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
            if gold != pred:
                wrong_all.append(({"id_a": ra, "id_b": rb, "same": gold, "why": f"{ka} / {kb}"},
                                  where[(ra, ka)], where[(rb, kb)]))
    print(f"event merge, {args.split}: {len(golds)} reports ({len(skipped)} skipped), {len(events)} gold events")
    print(f"  all pairs     {rates(tp, fp, fn)}")

    ltp = lfp = lfn = scored = 0
    wrong = []
    for row in pairs:
        a, b = row["id_a"], row["id_b"]
        if a not in golds or b not in golds:
            continue
        ka = {e["key"]: e for e in golds[a].get("events") or []}
        kb = {e["key"]: e for e in golds[b].get("events") or []}
        common = sorted(set(ka) & set(kb))
        key_a = common[0] if common else next(iter(ka), None)
        key_b = common[0] if common else next(iter(kb), None)
        if key_a is None or key_b is None:
            continue
        wa, wb = where.get((a, key_a)), where.get((b, key_b))
        na, nb = (groups.node(*wa) if wa else None), (groups.node(*wb) if wb else None)
        pred = na is not None and na == nb
        gold = row["same"]
        scored += 1
        ltp += gold and pred
        lfp += pred and not gold
        lfn += gold and not pred
        if pred != gold:
            wrong.append((row, wa, wb))
    print(f"  listed pairs  {rates(ltp, lfp, lfn)}  ({scored} of {len(pairs)} rows scored)")
    if args.verbose:
        print("\n-- listed pairs, wrong --")
        _show_wrong(wrong, groups)
        print("\n-- all pairs, wrong --")
        _show_wrong(wrong_all, groups)
    return 0


def _show_wrong(wrong, groups) -> None:
    from kg.events import compare
    from kg.explain import why_apart

    for row, wa, wb in wrong:
        kind = "missed (gold same)" if row["same"] else "merged (gold different)"
        print(f"\n{kind}: {row['id_a']} / {row['id_b']}  ({row.get('why', '')})")
        if not wa or not wb:
            print("   a report has no predicted event")
            continue
        ra = next(r for r in groups.reports.values() if (r.article, r.index) == wa)
        rb = next(r for r in groups.reports.values() if (r.article, r.index) == wb)
        for r in (ra, rb):
            print(f"   {r.article}  {r.date}  {r.kind}  {r.name}  [{len(r.persons)} persons]  place {r.place}")
        v = compare(ra, rb)
        print(f"   {'same' if v.same else 'apart'}: " + "; ".join(v.reasons))
        na, nb = groups.node(*wa), groups.node(*wb)
        if v.same != (na == nb):
            print(f"   but {'one node' if na == nb else 'kept apart'}: "
                  + (why_apart(groups, na, nb) if na != nb else 'joined through other reports'))


if __name__ == "__main__":
    sys.exit(main())
