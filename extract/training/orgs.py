"""Train the organization tagger (``extract/models/orgs.npz``): softmax regression over hashed character features.

    python -m extract.training.orgs --data ../shared/data [--epochs 8] [--bits 19]

Data: the organization and person annotations of MSRA NER (train), People's Daily NER
(dev), Resume NER (train) and CLUENER2020 (train; company, government and organization
are all ORG) in ``../shared/data``.  People's Daily 1998 stays out: it is the benchmark.
Every tenth record of each file (index 9 mod 10) is held out (``benchmarks/heldout``) and
never read here except to print the held-out scores at the end; the records of index
4 mod 10 are kept out of training too and choose the confidence thresholds (the tuning
records).  The type table (GOV, COMPANY, ORG by a name's last one or two characters) is
counted on CLUENER's typed training spans.

Training is AdaGrad on the softmax loss with L2, minibatches of characters, in numpy:
a few minutes on one core.  The features are those of ``extract.backends.tagger``.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from extract.backends.tagger import LABELS, N_TAGS, N_TEMPLATES, OrgTagger, ending_table, feature_index, tag_of
from extract.training.corpora import Spans, all_corpora
from extract.training.corpora import parts as corpus_parts

OUTPUT = Path(__file__).resolve().parent.parent / "models" / "orgs.npz"
CORPORA = ("msra", "peoples_daily_ner", "resume", "cluener")
ORG_LABELS = ("ORG", "GOV", "COMPANY")


def gold_spans(spans: Spans) -> dict[str, list[tuple[int, int]]]:
    """ORG (organizations of any type) and PER spans of one record."""
    return {"ORG": sorted({s for lab in ORG_LABELS for s in spans.get(lab, ())}),
            "PER": sorted(set(spans.get("PER", ())))}


def tags_of(n: int, spans: Spans) -> np.ndarray:
    tags = np.zeros(n, dtype=np.int64)
    for k, label in enumerate(LABELS):
        for a, b in gold_spans(spans)[label]:
            if b <= a or b > n or tags[a:b].any():
                continue
            if b - a == 1:
                tags[a] = tag_of(k, "S")
            else:
                tags[a] = tag_of(k, "B")
                tags[a + 1:b - 1] = tag_of(k, "I")
                tags[b - 1] = tag_of(k, "E")
    return tags


def parts(corpora: dict[str, list[tuple[str, Spans]]]) -> dict[str, dict[str, list[tuple[str, Spans]]]]:
    """corpus -> {"train", "tune", "held"} -> records of the corpora this recipe reads."""
    return corpus_parts(corpora, CORPORA)


def ending_chars(records: Sequence[tuple[str, Spans]], *, min_count: int = 20, min_ratio: float = 0.08) -> np.ndarray:
    """Characters that end at least ``min_count`` organizations and end one in ``min_ratio`` of their uses."""
    ends: Counter = Counter()
    seen: Counter = Counter()
    for text, spans in records:
        seen.update(text)
        ends.update(text[b - 1] for a, b in gold_spans(spans)["ORG"])
    chosen = [c for c, k in ends.items() if k >= min_count and k / seen[c] >= min_ratio]
    return np.array(sorted(ord(c) for c in chosen), dtype=np.uint64)


def type_table(records: Sequence[tuple[str, Spans]], *, min_count: int = 3, min_share: float = 0.6) -> dict[str, str]:
    """Last two characters, and last character, of CLUENER's typed organizations -> their usual type."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for text, spans in records:
        for label in ORG_LABELS:
            for a, b in spans.get(label, ()):
                name = text[a:b]
                for key in {name[-2:], name[-1:]}:
                    counts[key][label] += 1
    table = {}
    for key, c in counts.items():
        label, k = c.most_common(1)[0]
        total = sum(c.values())
        if total >= min_count and k / total >= min_share:
            table[key] = label
    return table


def featurise(records: Sequence[tuple[str, Spans]], endings: np.ndarray, bits: int) -> tuple[np.ndarray, np.ndarray]:
    table = ending_table(endings)
    idx = np.concatenate([feature_index(t, table, bits) for t, _ in records], axis=1).astype(np.int32)
    y = np.concatenate([tags_of(len(t), s) for t, s in records])
    return idx, y


def train(idx: np.ndarray, y: np.ndarray, *, bits: int, epochs: int, rate: float, l2: float,
          batch: int = 8192, seed: int = 13) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    rows = 1 << bits
    W = np.zeros((rows, N_TAGS), dtype=np.float32)
    A = np.full((rows, N_TAGS), 1e-6, dtype=np.float32)
    bias = np.zeros(N_TAGS, dtype=np.float64)
    bias_acc = np.full(N_TAGS, 1e-6)
    n = len(y)
    for epoch in range(epochs):
        t0 = time.time()
        order = rng.permutation(n)
        loss = 0.0
        for lo in range(0, n, batch):
            sel = order[lo:lo + batch]
            I = idx[:, sel]                                   # (F, m)
            z = W[I].sum(axis=0) + bias                       # (m, T)
            z -= z.max(axis=1, keepdims=True)
            np.exp(z, out=z)
            z /= z.sum(axis=1, keepdims=True)
            m = len(sel)
            loss -= np.log(z[np.arange(m), y[sel]] + 1e-12).sum()
            z[np.arange(m), y[sel]] -= 1.0                    # the gradient of the loss by the scores
            u, inv = np.unique(I.ravel(), return_inverse=True)
            G = np.empty((len(u), N_TAGS), dtype=np.float32)
            rep = np.tile(z, (N_TEMPLATES, 1))
            for t in range(N_TAGS):
                G[:, t] = np.bincount(inv, weights=rep[:, t], minlength=len(u))
            G += l2 * W[u]
            A[u] += G * G
            W[u] -= rate * G / np.sqrt(A[u])
            gb = z.sum(axis=0)
            bias_acc += gb * gb
            bias -= rate * gb / np.sqrt(bias_acc)
        print(f"epoch {epoch + 1}: mean loss {loss / n:.4f}, {time.time() - t0:.0f} s", file=sys.stderr)
    return W, bias


def span_scores(tagger: OrgTagger, records: Sequence[tuple[str, Spans]],
                thresholds: Sequence[float]) -> dict[str, dict[float, tuple[int, int, int]]]:
    """label -> threshold -> (tp, fp, fn) of exact spans."""
    out = {label: {th: [0, 0, 0] for th in thresholds} for label in LABELS}
    for text, spans in records:
        gold = gold_spans(spans)
        found = tagger.spans(text)
        for label in LABELS:
            g = set(gold[label])
            for th in thresholds:
                pred = {(s, e) for s, e, lab, c in found if lab == label and c >= th and (label == "PER" or e - s >= 2)}
                k = out[label][th]
                k[0] += len(g & pred)
                k[1] += len(pred - g)
                k[2] += len(g - pred)
    return {label: {th: tuple(v) for th, v in d.items()} for label, d in out.items()}


def pipeline_scores(tagger: OrgTagger, records: Sequence[tuple[str, Spans]], thresholds: Sequence[float],
                    folder: Path) -> dict[float, tuple[int, int, int]]:
    """threshold -> (tp, fp, fn) of the organization strings ``kg extract`` (the default backend with this
    tagger) finds in each record, against the record's organizations (any type)."""
    from extract.extractor import ExtractConfig, extractor
    from extract.records import Source

    out = {}
    for th in thresholds:
        path = folder / f"orgs-{th}.npz"
        path.write_bytes(_with_threshold(tagger, th).to_bytes())
        ex = extractor(ExtractConfig(backend="namer", backend_options=(("orgs", str(path)),)))
        tp = fp = fn = 0
        for i, (text, spans) in enumerate(records):
            gold = {text[a:b] for a, b in gold_spans(spans)["ORG"]}
            found = {o.name for rec in ex(Source(id=f"r{i}", origin="tune", text=text, raw=text, date="2000-01-01"))
                     for o in rec.organizations}
            tp += len(gold & found)
            fp += len(found - gold)
            fn += len(gold - found)
        out[th] = (tp, fp, fn)
    return out


def _with_threshold(tagger: OrgTagger, threshold: float) -> OrgTagger:
    return OrgTagger(tagger.weights, tagger.bias, tagger.endings, types=tagger.types, threshold=threshold,
                     person_threshold=tagger.person_threshold)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--bits", type=int, default=19, help="2**bits rows of hashed features")
    parser.add_argument("--rate", type=float, default=0.2)
    parser.add_argument("--l2", type=float, default=1e-6)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--pipeline-threshold", action="store_true",
                        help="choose the organization threshold by kg extract's F1 on the tuning records")
    parser.add_argument("--no-held", action="store_true", help="do not print the held-out scores")
    args = parser.parse_args(argv)
    t_start = time.time()
    data = parts(all_corpora(args.data))
    train_set = [r for name in CORPORA for r in data[name]["train"]]
    endings = ending_chars(train_set)
    types = type_table(data["cluener"]["train"])
    idx, y = featurise(train_set, endings, args.bits)
    print(f"{len(train_set)} training records, {len(y)} characters, {len(endings)} ending characters, "
          f"{len(types)} type keys; features {time.time() - t_start:.0f} s", file=sys.stderr)
    W, bias = train(idx, y, bits=args.bits, epochs=args.epochs, rate=args.rate, l2=args.l2)
    del idx
    tagger = OrgTagger(W.astype(np.float16), bias, endings, types=types)
    grid = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    tune = [r for name in CORPORA for r in data[name]["tune"]]
    tuned = span_scores(tagger, tune, grid)
    best = {label: max(grid, key=lambda th: prf(*tuned[label][th])[2]) for label in LABELS}
    for label in LABELS:
        print(f"tuning {label}: " + ", ".join(f"{th}: {prf(*tuned[label][th])[2]:.3f}" for th in grid), file=sys.stderr)
    tagger.threshold, tagger.person_threshold = best["ORG"], best["PER"]
    if args.pipeline_threshold:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            piped = pipeline_scores(tagger, tune, grid, Path(tmp))
        print("tuning ORG through kg extract: " + ", ".join(f"{th}: {prf(*piped[th])[2]:.3f}" for th in grid),
              file=sys.stderr)
        best["ORG"] = tagger.threshold = max(grid, key=lambda th: prf(*piped[th])[2])
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(tagger.to_bytes())
    print(f"wrote {args.output} ({args.output.stat().st_size / 1e6:.1f} MB), thresholds ORG {best['ORG']} "
          f"PER {best['PER']}; {time.time() - t_start:.0f} s in all", file=sys.stderr)
    if not args.no_held:
        for name in CORPORA:
            s = span_scores(tagger, data[name]["held"], [best["ORG"], best["PER"]])
            cells = [f"{label} P/R/F1 " + "/".join(f"{x:.3f}" for x in prf(*s[label][best[label]])) for label in LABELS]
            print(f"held-out {name} ({len(data[name]['held'])}): " + "; ".join(cells), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
