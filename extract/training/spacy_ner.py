"""Train the spaCy NER model that ships with officials-kg (``extract/models/zh_officials_ner``).

    python -m extract.training.spacy_ner [--data ../shared/data] [--segmenter char|jieba]
                                         [--max-steps N] [--gpu ID] [--output DIR]

``make model`` runs it with the defaults.  The config is ``spacy_ner.cfg`` beside
this file; spaCy's own training loop runs it, reading the corpora through the
reader ``officials_kg.ner_corpus.v1`` registered here.

Labels: PER (persons), TITLE (posts), GOV (government and party organs), COMPANY,
ORG (other organizations), LOC (places).

Data (``../shared/data``, see each folder's SOURCE.md): MSRA NER (train), People's
Daily NER (dev), Resume NER (train and dev), CLUENER2020 (train).  The People's Daily
1998 POS file stays out: it is the grammar's benchmark.  Every tenth record of each
file is held out (``corpora.split``): the held-out records choose the best model
during training and are what ``benchmarks/ner_eval.py`` scores.

How the label sets are mapped, and what a corpus does not annotate:

- CLUENER2020: name PER, position TITLE, government GOV, company COMPANY,
  organization ORG, address LOC.  Its ``scene`` spans (sights: 故宫, parks) are
  marked *missing*: the other corpora call many of them places.  book, game and
  movie are not ours and stay outside (``O``).
- MSRA, People's Daily NER: PER, LOC; their ORG is coarse (organs, companies and
  the rest together), so each ORG span is typed by its ending with the grammar's
  lexicons (``organs.tsv`` -> GOV; company endings in ``org_suffixes.tsv`` ->
  COMPANY; otherwise ORG).  They annotate no posts: every post the grammar's post
  pattern finds outside their entities is marked *missing*, so the model is not
  taught that 总理 or 市委书记 is not a TITLE.
- Resume NER: NAME PER, TITLE, ORG (coarse, typed as above), LOC and CONT
  (countries) LOC; EDU, PRO and RACE are not ours and stay outside.

*Missing* means spaCy's BILUO ``-``: the NER's oracle takes any action there as
correct, so those tokens teach nothing either way (and spaCy's scorer ignores
predictions on them).  A label a corpus lacks cannot be marked missing everywhere
(every ``O`` token could be one): the post pattern finds the places a post is
likely to be, which is where a wrong negative would do harm.

With ``--segmenter jieba`` the tokens are jieba's words instead of characters
(spaCy's ``zh`` with ``segmenter = "jieba"``, without the two character features); an
entity whose ends fall inside a word cannot be represented and is marked missing.

Choices, measured at one budget (2,000 steps, at most 5,000 training records per
corpus; "dev F1" is spaCy's on at most 500 held-out records per corpus; the rest is
``benchmarks/ner_eval.py --limit 500``, exact character spans, F1):

=====================================  ======  ========  ========  ========  ===========
tokens and features                    dev F1  MSRA PER  MSRA ORG  MSRA LOC  CLUENER PER
=====================================  ======  ========  ========  ========  ===========
characters (ORTH, SHAPE)               0.553   -         -         -         -
+ next character (NORM)                0.599   0.794     0.535     0.579     0.606
  same, CNN width 64, maxout 2         0.582   (1.6x faster than width 96, maxout 3)
+ jieba word and place (LEMMA): ships  0.638   0.828     0.600     0.644     0.658
jieba words as tokens                  0.749 (*)  0.707     0.764     0.744     0.669
=====================================  ======  ========  ========  ========  ===========

(*) spaCy's scorer skips the entities that a word segmentation cannot represent, and at
the same number of steps word tokens cover about three passes over the data against
one for characters.  Words help organizations and places; characters with word
features find more persons (what the grammar asks a backend for), keep names that a
segmenter glues to a neighbour or splits, and still see the segmenter's boundaries.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from extract.training.corpora import Spans, split, tagged

ROOT = Path(__file__).resolve().parents[2]
CONFIG = Path(__file__).resolve().parent / "spacy_ner.cfg"
OUTPUT = ROOT / "extract" / "models" / "zh_officials_ner"
LABELS = ("PER", "TITLE", "GOV", "COMPANY", "ORG", "LOC")
READER = "officials_kg.ner_corpus.v1"

# Intermediate labels of the mappings below: a coarse organization typed by its ending, and "missing".
COARSE_ORG = "ORG?"
MISSING = "-"

Entity = tuple[int, int, str]


@dataclass(frozen=True)
class Dataset:
    """One corpus: its files, how its labels map onto ours, and which of ours it does not annotate."""

    name: str
    files: tuple[str, ...]          # relative to the data folder
    kind: str                       # "tagged" (a character and its tag a line) or "cluener" (JSON lines)
    mapping: dict[str, str]         # its label -> ours, COARSE_ORG or MISSING
    lacks: frozenset[str]           # our labels it does not annotate

    def records(self, data: Path) -> list[list[tuple[str, Spans]]]:
        """The records of each file (each file is split on its own)."""
        out = []
        for f in self.files:
            path = data / f
            if self.kind == "cluener":
                out.append(list(_cluener(path, self.mapping)))
            else:
                out.append(list(tagged(path, self.mapping)))
        return out


_COARSE = {"PER": "PER", "ORG": COARSE_ORG, "LOC": "LOC"}
DATASETS = (
    Dataset("msra", ("msra_ner/msra_train_bio",), "tagged", _COARSE, frozenset({"TITLE"})),
    Dataset("peoples_daily_ner", ("people_daily_ner/example.dev",), "tagged", _COARSE, frozenset({"TITLE"})),
    Dataset("resume", ("resume_ner/train.char.bmes", "resume_ner/dev.char.bmes"), "tagged",
            {"NAME": "PER", "TITLE": "TITLE", "ORG": COARSE_ORG, "LOC": "LOC", "CONT": "LOC"}, frozenset()),
    Dataset("cluener", ("cluener2020/train.json",), "cluener",
            {"name": "PER", "position": "TITLE", "government": "GOV", "company": "COMPANY",
             "organization": "ORG", "address": "LOC", "scene": MISSING}, frozenset()),
)


def _cluener(path: Path, mapping: dict[str, str]) -> Iterator[tuple[str, Spans]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            spans: Spans = {}
            for label, by_surface in (rec.get("label") or {}).items():
                if label in mapping:
                    for ranges in by_surface.values():
                        for a, b in ranges:
                            spans.setdefault(mapping[label], []).append((a, b + 1))   # inclusive ends
            yield rec["text"], spans


def org_label(name: str, vocab) -> str:
    """GOV, COMPANY or ORG for an organization name, by its longest ending in the grammar's lexicons."""
    for k in range(len(name), 0, -1):
        end = name[-k:]
        if end in vocab.organs:
            return "GOV"
        if end in vocab.org_suffixes:
            return "COMPANY" if vocab.org_suffixes[end].value == "company" else "ORG"
    return "ORG"


def char_annotation(text: str, spans: Spans, *, lacks: frozenset[str], vocab) -> tuple[list[Entity], list[tuple[int, int]]]:
    """Entities (character offsets, our labels) and missing ranges of one record.

    Overlapping entities keep the longer one (CLUENER has a few); a post the post
    pattern finds outside the entities is missing where the corpus ``lacks`` TITLE.
    """
    entities: list[Entity] = []
    missing: list[tuple[int, int]] = []
    for label, ranges in spans.items():
        for a, b in ranges:
            if not 0 <= a < b <= len(text):
                continue
            if label == MISSING:
                missing.append((a, b))
            else:
                entities.append((a, b, org_label(text[a:b], vocab) if label == COARSE_ORG else label))
    kept: list[Entity] = []
    for ent in sorted(entities, key=lambda x: (x[0] - x[1], x[0])):
        if not any(ent[0] < k[1] and k[0] < ent[1] for k in kept):
            kept.append(ent)
    kept.sort()
    if "TITLE" in lacks:
        for m in vocab.post_re.finditer(text):
            if m.end() > m.start() and not any(m.start() < b and a < m.end() for a, b, _ in kept):
                missing.append((m.start(), m.end()))
    missing = [(a, b) for a, b in missing if not any(a < y and x < b for x, y, _ in kept)]
    return kept, sorted(set(missing))


def prepared(data: Path, part: str, *, vocab, every: int = 10,
             datasets: Sequence[Dataset] = DATASETS) -> dict[str, list[tuple[str, list[Entity], list[tuple[int, int]]]]]:
    """(text, entities, missing) of each dataset's ``part``: "train" or "dev" (every ``every``-th record)."""
    if part not in ("train", "dev"):
        raise ValueError(f"part must be 'train' or 'dev', not {part!r}")
    out = {}
    for ds in datasets:
        items = []
        for records in ds.records(data):
            train, held = split(records, every=every)
            for text, spans in (train if part == "train" else held):
                if text.strip():
                    ents, missing = char_annotation(text, spans, lacks=ds.lacks, vocab=vocab)
                    items.append((text, ents, missing))
        out[ds.name] = items
    return out


def example(nlp, text: str, entities: Iterable[Entity], missing: Iterable[tuple[int, int]]):
    """A spaCy Example: the text as ``nlp`` tokenizes it, with the entities; missing tokens set ``-``.

    An entity whose ends fall inside a token (possible with a word segmenter) is
    marked missing instead.
    """
    from spacy.training import Example

    ref = nlp.make_doc(text)
    ents, miss = [], []
    for a, b, label in entities:
        span = ref.char_span(a, b, label=label)
        if span is not None and len(span):
            ents.append(span)
        else:
            wide = ref.char_span(a, b, alignment_mode="expand")
            if wide is not None and len(wide):
                miss.append(wide)
    for a, b in missing:
        wide = ref.char_span(a, b, alignment_mode="expand")
        if wide is not None and len(wide):
            miss.append(wide)
    clash = [s for s in ents if any(m.start < s.end and s.start < m.end for m in miss)]
    ents = [s for s in ents if s not in clash]
    miss += clash                        # an entity that touches a missing span is missing as a whole
    taken = {i for s in ents for i in range(s.start, s.end)}
    gaps = sorted({i for m in miss for i in range(m.start, m.end)} - taken)
    runs: list[list[int]] = []
    for i in gaps:                       # missing tokens as non-overlapping runs
        if runs and runs[-1][1] == i:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    ref.set_ents(ents, missing=[ref[a:b] for a, b in runs], default="outside")
    return Example(nlp.make_doc(text), ref)


def ner_corpus(data: str, part: str, limit: int = 0) -> Callable:
    """spaCy reader: the Examples of ``part`` of every dataset (``limit``: at most that many per dataset)."""

    def read(nlp) -> Iterator:
        from extract.vocab import vocabulary

        vocab = vocabulary()
        for items in prepared(Path(data), part, vocab=vocab).values():
            for text, ents, missing in (items[:limit] if limit else items):
                yield example(nlp, text, ents, missing)

    return read


def register() -> None:
    """Register the reader (and the model's component) with spaCy (idempotent)."""
    import spacy

    from extract.backends.spacy_backend import register as register_components

    register_components()
    if READER not in spacy.registry.readers:
        spacy.registry.readers.register(READER, func=ner_corpus)


def train(data: Path, output: Path, *, config: Path = CONFIG, segmenter: str = "char", gpu: int = -1,
          overrides: dict | None = None) -> Path:
    """Run spaCy's training loop; the best model (on the held-out records) is copied to ``output``."""
    from spacy.cli.train import train as spacy_train

    register()
    settings = {"paths.data": str(data), "nlp.tokenizer.segmenter": segmenter}
    if segmenter != "char":
        # word tokens: no character bigrams; the embedding reads the words' own forms
        settings.update({"nlp.pipeline": ["tok2vec", "ner"], "training.annotating_components": []})
    settings.update(overrides or {})
    with tempfile.TemporaryDirectory(prefix="spacy_ner_") as work:
        spacy_train(config, work, use_gpu=gpu, overrides=settings)
        best = Path(work) / "model-best"
        meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
        meta.update({
            "name": "officials_ner", "version": "0.1.0", "spacy_version": ">=3.8.0,<3.9.0", "license": "data: research use (see sources)",
            "description": "Chinese NER for official news (PER, TITLE, GOV, COMPANY, ORG, LOC), character "
                           "level; trained by extract/training/spacy_ner.py on every record but every tenth "
                           "of the corpora below.",
            "sources": [
                {"name": "MSRA NER (SIGHAN 2006), train", "url": "https://faculty.washington.edu/levow/papers/sighan06.pdf",
                 "license": "no explicit licence; research use"},
                {"name": "People's Daily NER (zjy-ucas/ChineseNER), dev", "url": "https://github.com/zjy-ucas/ChineseNER",
                 "license": "no explicit licence; research use"},
                {"name": "Resume NER (Zhang & Yang 2018), train and dev", "url": "https://github.com/jiesutd/LatticeLSTM",
                 "license": "no explicit licence; research use"},
                {"name": "CLUENER2020, train", "url": "https://github.com/CLUEbenchmark/CLUENER2020",
                 "license": "no explicit licence; research use"},
            ],
        })
        (best / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(best, output)
    return output


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--segmenter", choices=("char", "jieba"), default="char")
    parser.add_argument("--max-steps", type=int, help="override training.max_steps")
    parser.add_argument("--limit", type=int, default=0, help="at most this many training records per dataset")
    parser.add_argument("--gpu", type=int, default=-1, help="GPU id (needs cupy); -1: CPU")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"no data folder {args.data}; give --data, the folder that holds msra_ner/, cluener2020/ ...")
    overrides: dict = {}
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    if args.limit:
        overrides["corpora.train.limit"] = args.limit
    out = train(args.data, args.output, config=args.config, segmenter=args.segmenter, gpu=args.gpu,
                overrides=overrides)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({size / 2**20:.1f} MiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
