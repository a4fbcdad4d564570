"""Train the name model (``extract/models/namer.tsv``): logistic regression over name candidates.

    python -m extract.training.namer --data ../shared/data [--epochs 4]

Data: the person annotations of MSRA NER (train), People's Daily NER (dev), Resume NER
(train) and CLUENER2020 (train), all in ``../shared/data``.  The People's Daily 1998 POS
corpus stays out: it is the persons benchmark.  The records of index 9 mod 10 of each file
are held out (``benchmarks/heldout``) and those of index 4 mod 10 tune
(``extract.training.corpora.parts``): the weights are learnt on the rest; the threshold is the
highest whose F1 on the tuning records is within ``--tolerance`` of the best (the scores are
printed and written into the model's header); then the weights are learnt again on the
training and tuning records together (``--no-refit`` keeps the first ones).

Candidates are surname-led strings of two to four characters (``extract.namer.candidates``),
runs of transliteration characters (``foreign_candidates``) and familiar forms (``familiar_candidates``);
a candidate's label is whether it is exactly a person span.
Training is AdaGrad on the logistic loss with L2, in pure Python (a few minutes on one core).
"""
from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from extract.namer import (candidates, familiar_candidates, familiar_features, features, foreign_candidates,
                           foreign_features, score)
from extract.training.corpora import Spans, all_corpora, parts
from extract.vocab import vocabulary

OUTPUT = Path(__file__).resolve().parent.parent / "models" / "namer.tsv"


def examples(texts: Iterable[tuple[str, Spans]], vocab) -> Iterable[tuple[list[str], int]]:
    for text, spans in texts:
        gold = set(spans.get("PER", ()))
        for start, s_len, end in candidates(text, vocab):
            yield features(text, start, s_len, end, vocab), int((start, end) in gold)
        for start, end in foreign_candidates(text, vocab):
            yield foreign_features(text, start, end, vocab), int((start, end) in gold)
        for start, end in familiar_candidates(text, vocab):
            yield familiar_features(text, start, end, vocab), int((start, end) in gold)


def train(data: Sequence[tuple[str, Spans]], vocab, *, epochs: int, l2: float, rate: float,
          seed: int = 13) -> dict[str, float]:
    weights: dict[str, float] = {}
    grads: dict[str, float] = {}
    order = list(range(len(data)))
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(order)
        loss = 0.0
        n = 0
        t0 = time.time()
        for idx in order:
            for feats, label in examples([data[idx]], vocab):
                p = score(feats, weights)
                g = p - label
                loss -= math.log(p if label else 1 - p + 1e-12) if p > 0 else 0
                n += 1
                for f in feats:
                    w = weights.get(f, 0.0)
                    step = g + l2 * w
                    acc = grads.get(f, 0.0) + step * step
                    grads[f] = acc
                    weights[f] = w - rate * step / math.sqrt(acc + 1e-8)
        print(f"epoch {epoch + 1}: {n} candidates, mean loss {loss / max(n, 1):.4f}, {time.time() - t0:.0f} s",
              file=sys.stderr)
    return weights


def evaluate(data: Sequence[tuple[str, Spans]], vocab, weights: dict[str, float],
             thresholds: Sequence[float]) -> dict[float, tuple[float, float, float]]:
    """P/R/F1 of chosen names (best-first, non-overlapping) against surname-led gold names."""
    from extract.namer import propose

    out = {}
    for th in thresholds:
        tp = fp = fn = 0
        for text, spans in data:
            gold = {s for s in spans.get("PER", ()) if s[1] - s[0] >= 2 and "·" not in text[s[0]:s[1]]}
            pred = {(s, e) for s, e, _ in propose(text, vocab, threshold=th, weights=weights)}
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn += len(gold - pred)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[th] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def _surname_led(name: str, vocab) -> bool:
    return 2 <= len(name) <= 4 and (name[:2] in vocab.compound_surnames or name[0] in vocab.surnames)


def fit(data: Sequence[tuple[str, Spans]], vocab, args: argparse.Namespace) -> dict[str, float]:
    """Weights learnt on ``data``, without the features seen less than ``--min-count`` times."""
    counts: Counter = Counter()
    for feats, _ in examples(data, vocab):
        counts.update(feats)
    weights = train(data, vocab, epochs=args.epochs, l2=args.l2, rate=args.rate)
    return {f: w for f, w in weights.items() if counts[f] >= args.min_count and abs(w) >= 1e-3}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--l2", type=float, default=1e-6)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--min-count", type=int, default=2, help="keep features seen at least this often")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--tolerance", type=float, default=0.005,
                        help="take the highest threshold whose F1 on the tuning records is this close to the best")
    parser.add_argument("--no-refit", action="store_true",
                        help="keep the weights learnt without the tuning records (by default they are learnt "
                             "again with them once the threshold is chosen)")
    args = parser.parse_args(argv)
    vocab = vocabulary()
    by_part = parts(all_corpora(args.data), ("msra", "peoples_daily_ner", "resume", "cluener"))
    train_set = [r for p in by_part.values() for r in p["train"]]
    tune = [r for p in by_part.values() for r in p["tune"]]
    print(f"{len(train_set)} training and {len(tune)} tuning sentences", file=sys.stderr)
    weights = fit(train_set, vocab, args)
    scores = evaluate(tune, vocab, weights, [0.25, 0.3, 0.35, 0.4, 0.5, 0.6])
    top = max(f for _, _, f in scores.values())
    # the highest threshold within --tolerance of the best F1: where F1 is flat, precision (real news has
    # many words that look like names: 蓬勃, 扎根, 杨梅)
    best = max(th for th, (_, _, f) in scores.items() if f >= top - args.tolerance)
    for th, (p, r, f) in sorted(scores.items()):
        print(f"threshold {th:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f}", file=sys.stderr)
    p, r, f = scores[best]
    if not args.no_refit:      # the threshold chosen, the weights are learnt again on the tuning records too
        weights = fit(train_set + tune, vocab, args)
    header = (
        "# namer: weights of the name model (logistic regression over surname-led candidates).\n"
        "# Columns: feature<TAB>weight; __threshold__ is the decision threshold (a probability).\n"
        "# Trained by extract/training/namer.py on the person annotations of MSRA NER (train), People's\n"
        "# Daily NER (dev), Resume NER (train) and CLUENER2020 (train) from ../shared/data (see their\n"
        "# SOURCE.md: research use, no explicit licence); the People's Daily 1998 corpus is not used.\n"
        f"# Threshold chosen on the tuning records (index 4 mod 10, {len(tune)} sentences), names without a middle "
        f"dot: P {p:.3f} R {r:.3f} F1 {f:.3f} at threshold {best}"
        f"{'' if args.no_refit else '; then the weights were learnt again on the training and tuning records'}.\n"
        "# The held-out records (index 9 mod 10, benchmarks/heldout) are used by no step.\n"
        "# Do not edit by hand: rerun the recipe.\n"
    )
    lines = [f"__threshold__\t{best}"] + [f"{k}\t{v:.4f}" for k, v in sorted(weights.items())]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(weights)} weights to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
