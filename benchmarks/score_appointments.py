"""Score the appointments of ``kg extract`` on the field set of real notices: dev or test.

    python benchmarks/score_appointments.py [--split dev|test] [-v]

Each gold file of ``benchmarks/appointments/gold/`` whose text is in the chosen part (the ``split``
column of ``benchmarks/appointments/index.tsv``) is scored against the extraction of its cached text
(``benchmarks/appointments/cache/<id>.txt``, git-ignored: a missing text is named and skipped).  The
text goes through the path of ``kg extract`` (one JSON Lines record with the gold's date, read by
``extract.read_inputs`` and the ``Extractor``); the appointments of every article cut from it are
pooled
(a name, action and post found in one article is not counted again from another).

Entries are matched on (name, action, post), NFKC, posts compared without a leading 代理/代 and a
trailing 候选人/人选; counts are summed over the texts (micro average).  Of the matched entries:
the organ is right when one of the predicted org/org_full contains one of the gold's or the other
way round (both without an organ is right too); the date is right when it equals the gold's, counted
over the matched entries whose gold date is not null.

dev is where errors are read (``-v`` lists them); test is scored only at the end of a round and its
errors are never read, so ``-v`` is refused with ``--split test``.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Counts, canon, format_row, table_header  # noqa: E402
from benchmarks.score_field import kg_predictions  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "benchmarks" / "appointments"
ACTIONS = ("appoint", "remove", "elect", "nominate", "propose", "resign", "acting")
_LEADING = ("代理", "代")
_TRAILING = ("候选人", "人选")


def read_index(path: Path = SET / "index.tsv") -> dict[str, str]:
    """text id -> its split, from the index's ``id`` and ``split`` columns."""
    if not path.exists():
        return {}
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines:
        return {}
    header = lines[0]
    i, j = header.index("id"), header.index("split")
    return {row[i]: row[j] for row in lines[1:] if len(row) > max(i, j)}


def texts(split: str) -> tuple[list[tuple[dict, str]], list[str]]:
    """(gold, cached text) of the texts in ``split`` whose gold is written, and the ids whose text is missing."""
    found, missing = [], []
    for text_id, part in sorted(read_index().items()):
        if part != split:
            continue
        gold_path = SET / "gold" / f"{text_id}.gold.json"
        if not gold_path.exists():
            continue                    # the gold is still being written
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        cached = SET / "cache" / f"{text_id}.txt"
        if not cached.exists():
            missing.append(text_id)
            continue
        found.append((gold, cached.read_text(encoding="utf-8")))
    return found, missing


def post_key(post: str | None) -> str:
    """The post as compared: NFKC, no leading 代理/代, no trailing 候选人/人选."""
    p = canon(post)
    for lead in _LEADING:
        if p.startswith(lead) and len(p) > len(lead) + 1:
            p = p[len(lead):]
            break
    for trail in _TRAILING:
        if p.endswith(trail) and len(p) > len(trail):
            p = p[:-len(trail)]
            break
    return p


def key(entry: dict) -> tuple[str, str, str]:
    return canon(entry.get("name")), entry.get("action") or "", post_key(entry.get("post"))


def pooled(records: list[dict]) -> list[dict]:
    """The appointments of the articles cut from one text: a decision stated in two of them counts once."""
    out: list[dict] = []
    for record in records:
        seen = {key(a) for a in out}
        out += [a for a in record.get("appointments", []) if key(a) not in seen]
    return out


def organ_right(gold: dict, pred: dict) -> bool:
    """One of the predicted org/org_full contains one of the gold's, or the other way round."""
    g = [canon(gold.get(f)) for f in ("org", "org_full") if gold.get(f)]
    p = [canon(pred.get(f)) for f in ("org", "org_full") if pred.get(f)]
    if not g or not p:
        return not g and not p
    return any(a in b or b in a for a in g for b in p)


class Quality:
    """Organ and date agreement of the matched entries."""

    def __init__(self) -> None:
        self.organ = [0, 0]
        self.date = [0, 0]
        self.errors: list[str] = []

    def add(self, text_id: str, gold: dict, pred: dict) -> None:
        self.organ[1] += 1
        if organ_right(gold, pred):
            self.organ[0] += 1
        else:
            self.errors.append(f"ORG  {text_id} {gold['name']} {gold['post']}: gold {gold.get('org')!r}/"
                               f"{gold.get('org_full')!r}, got {pred.get('org')!r}/{pred.get('org_full')!r}")
        if gold.get("date"):
            self.date[1] += 1
            if pred.get("date") == gold["date"]:
                self.date[0] += 1
            else:
                self.errors.append(f"DATE {text_id} {gold['name']} {gold['post']}: gold {gold['date']}, "
                                   f"got {pred.get('date')}")

    def rows(self) -> list[str]:
        return [f"{'organ right (of matched)':<34} {_share(self.organ)}",
                f"{'date right (of matched, dated)':<34} {_share(self.date)}"]


def _share(pair: list[int]) -> str:
    right, total = pair
    return f"{right / total:6.3f}   ({right}/{total})" if total else "     -   (0/0)"


def score_text(text_id: str, gold: list[dict], pred: list[dict], quality: Quality,
               by_action: dict[str, Counts]) -> Counts:
    """Counts of one text; matched pairs go to ``quality``."""
    left = defaultdict(list)
    for p in pred:
        left[key(p)].append(p)
    counts = Counts(n_pred=len(pred), n_gold=len(gold))
    unmatched_gold = []
    for g in gold:
        k = key(g)
        by_action[k[1]].n_gold += 1
        if left[k]:
            p = left[k].pop(0)
            counts.tp_gold += 1
            counts.tp_pred += 1
            by_action[k[1]].tp_gold += 1
            by_action[k[1]].tp_pred += 1
            quality.add(text_id, g, p)
        else:
            unmatched_gold.append(g)
    for p in pred:
        by_action[p.get("action") or ""].n_pred += 1
    counts.false_neg = [f"{text_id} {k}" for k in (key(g) for g in unmatched_gold)]
    counts.false_pos = [f"{text_id} {k}  «{p.get('surface')}»" for k, ps in left.items() for p in ps]
    return counts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the errors (dev only)")
    args = parser.parse_args(argv)
    if args.verbose and args.split == "test":
        parser.error("test errors are never read: score it without -v")
    found, missing = texts(args.split)
    for text_id in missing:
        print(f"skipped {text_id}: text not cached (benchmarks/appointments/cache/{text_id}.txt)")
    total, quality = Counts(), Quality()
    by_action: dict[str, Counts] = defaultdict(Counts)
    kinds: Counter[str] = Counter()
    for gold, text in found:
        records = kg_predictions(gold, text)
        pred = pooled(records)
        kinds[(gold.get("source") or {}).get("kind", "?")] += 1
        counts = score_text(gold["id"], gold.get("appointments", []), pred, quality, by_action)
        total.add(counts)
        if args.verbose:
            for x in counts.false_neg:
                print(f"  FN {x}")
            for x in counts.false_pos:
                print(f"  FP {x}")
    if args.verbose:
        for x in quality.errors:
            print(f"  {x}")
    print(f"\n== appointments, {args.split}: {len(found)} texts scored "
          f"({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})")
    print(table_header())
    print(format_row("appointments (name, action, post)", total))
    for action in ACTIONS:
        if by_action[action].n_gold or by_action[action].n_pred:
            print(format_row(f"  {action}", by_action[action]))
    for row in quality.rows():
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
