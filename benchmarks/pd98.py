"""Persons and organizations on People's Daily, January 1998 (PKU POS-tagged sample).

    python benchmarks/pd98.py build [--data PATH] [--set OUT.jsonl] [--select persons|all]
    python benchmarks/pd98.py score --system kg|kg-grammar|kg-lac|kg-spacy|kg-spacy-text|lac|all|table
                                    [--set PD98.jsonl] [--limit N] [--json] [-v]

``build`` reads the tagged file (one paragraph a line: ``ID/m  word/tag  word/tag ...``,
format in the data folder's SOURCE.md) and writes one JSON line per selected paragraph,
``{"id", "text", "persons", "organizations", "partial_persons", "titled_persons"}``, to
``benchmarks/work/pd98.jsonl`` (git-ignored).  The text is the words joined, exactly as
in the file (full-width digits and punctuation kept); pinyin marks ``看{kan4}``,
``为{ wei4 }`` dropped.

Gold, outside bracketed compounds (a name inside ``[...]nt`` is part of that name):
- persons: a run of surnames ``nrf`` followed by a given name ``nrg`` or ``nr`` is one
  full name (林/nrf 皎明/nrg -> 林皎明; 陈/nrf 方/nrf 安生/nrg -> 陈方安生); a word ``nr``
  alone is a full name (克林顿, 于贝尔·韦德里纳);
- partial persons: a surname with no given name after it (江/nrf 主席/n) or a given
  name alone (小平/nrg).  They are not gold persons, but a system that returns one is
  not charged a false positive for it (CONVENTIONS.md records ``丁博士`` as ``丁``);
- organizations: every bracketed compound tagged ``nt``, as its words joined
  ([北京/ns 晚报社/n]nt -> 北京晚报社), and every ``nt`` word not inside such a compound.

- titled persons: the gold persons next to a post, i.e. whose word just before or
  just after (outside compounds) is tagged ``n`` and ends in an ending listed in
  ``benchmarks/pd98_posts.tsv`` (记者/n 林/nrf 皎明/nrg; 总理/n 李/nrf 鹏/nrg).  That list
  is the benchmark's own, apart from the extractor's lexicons.

Selection (``--select persons``, the default): paragraphs with at least one gold
person; ``--select titles``: paragraphs with at least one titled person;
``--select all``: every non-empty paragraph.  ``score`` also prints the recall of
titled persons alone (the persons the title grammar is meant to find).

``score`` reads each paragraph as its own text: ``kg`` through the Python API,
``extract.extract_text(text, date="1998-01-15", id=ID)`` (one Source per paragraph; the
persons and organizations of all the articles it returns are pooled); ``kg-lac`` the
same with ``backend="lac"`` (kg's grammar helped by LAC's names), ``kg-spacy`` with
``backend="spacy"`` (helped by the shipped spaCy NER model); ``lac`` through
``LAC().run(text)`` (PER and ORG words).  Persons and organizations are scored as sets
of (paragraph id, name), micro-averaged, names compared by ``canon`` (NFKC, no white
space, one middle dot), so a system that normalises full-width forms is not penalised.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import DATA, WORK, Counts, canon, format_row, set_counts, table_header  # noqa: E402

DEFAULT_DATA = DATA / "people_daily_1998" / "199801_sample_valid.txt"
DEFAULT_SET = WORK / "pd98.jsonl"
POSTS_FILE = Path(__file__).resolve().parent / "pd98_posts.tsv"
ISSUE_DATE = "1998-01-15"

_TOKEN = re.compile(r"^(?P<open>\[)?(?P<word>.+)/(?P<tag>[A-Za-z]+)(?:\](?P<group>[A-Za-z]+))?$")
_PINYIN = re.compile(r"\{[^}]*\}")
_PARA_ID = re.compile(r"^\d{8}-\d{2}-\d{3}-\d{3}$")


@dataclass(frozen=True, slots=True)
class Token:
    word: str
    tag: str
    group: int | None      # index of the bracketed compound the word is in


@dataclass(frozen=True, slots=True)
class Paragraph:
    id: str
    text: str
    persons: tuple[str, ...]
    organizations: tuple[str, ...]
    partial_persons: tuple[str, ...]
    titled_persons: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {"id": self.id, "text": self.text, "persons": list(self.persons),
                "organizations": list(self.organizations), "partial_persons": list(self.partial_persons),
                "titled_persons": list(self.titled_persons)}


def read_post_endings(path: Path = POSTS_FILE) -> tuple[str, ...]:
    """The endings of ``pd98_posts.tsv``, longest first."""
    with open(path, encoding="utf-8") as fh:
        words = {line.split("\t")[0].strip() for line in fh if line.strip() and not line.startswith("#")}
    return tuple(sorted(words, key=len, reverse=True))


def tokenize(line: str) -> tuple[list[Token], list[str]]:
    """The tokens of one tagged line (the paragraph id included) and the tag of each bracketed compound."""
    tokens: list[Token] = []
    groups: list[str] = []
    open_group: int | None = None
    for raw in _PINYIN.sub("", line).split():
        m = _TOKEN.match(raw)
        if m is None:
            raise ValueError(f"not word/tag: {raw!r}")
        if m["open"]:
            groups.append("")
            open_group = len(groups) - 1
        tokens.append(Token(m["word"], m["tag"], open_group))
        if m["group"] and open_group is not None:
            groups[open_group] = m["group"]
            open_group = None
    return tokens, groups


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def parse_line(line: str, *, post_endings: Sequence[str] = ()) -> Paragraph | None:
    """One line of the corpus -> its paragraph with gold names; None for an empty line.

    ``post_endings`` (see ``read_post_endings``) decides which persons are titled.
    """
    tokens, groups = tokenize(line)
    if not tokens:
        return None
    head, tokens = tokens[0], tokens[1:]
    if not _PARA_ID.match(head.word):
        raise ValueError(f"line does not start with a paragraph id: {line[:40]!r}")
    if not tokens:
        return None
    text = "".join(t.word for t in tokens)

    def is_post(k: int) -> bool:
        if not 0 <= k < len(tokens):
            return False
        t = tokens[k]
        return t.group is None and t.tag == "n" and any(t.word.endswith(e) for e in post_endings)

    persons: list[str] = []
    titled: list[str] = []
    partial: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.group is not None:
            i += 1
            continue
        if t.tag == "nrf":
            j = i
            while j < len(tokens) and tokens[j].tag == "nrf" and tokens[j].group is None:
                j += 1
            if j < len(tokens) and tokens[j].tag in ("nrg", "nr") and tokens[j].group is None:
                persons.append("".join(x.word for x in tokens[i:j + 1]))
                if is_post(i - 1) or is_post(j + 1):
                    titled.append(persons[-1])
                i = j + 1
            else:
                partial.extend(x.word for x in tokens[i:j])
                i = j
            continue
        if t.tag == "nr":
            persons.append(t.word)
            if is_post(i - 1) or is_post(i + 1):
                titled.append(t.word)
        elif t.tag == "nrg":
            partial.append(t.word)
        i += 1

    orgs: list[str] = []
    seen_groups: set[int] = set()
    for t in tokens:
        if t.group is not None and groups[t.group] == "nt":
            if t.group not in seen_groups:
                seen_groups.add(t.group)
                orgs.append("".join(x.word for x in tokens if x.group == t.group))
        elif t.tag == "nt":
            orgs.append(t.word)
    persons_u = _unique(persons)
    return Paragraph(id=head.word, text=text, persons=persons_u, organizations=_unique(orgs),
                     partial_persons=tuple(p for p in _unique(partial) if p not in persons_u),
                     titled_persons=_unique(titled))


SELECTIONS = ("persons", "titles", "all")


def build(data: Path, *, select: str = "persons", post_endings: Sequence[str] | None = None) -> list[Paragraph]:
    if select not in SELECTIONS:
        raise SystemExit(f"no selection {select!r}; choose one of {', '.join(SELECTIONS)}")
    endings = read_post_endings() if post_endings is None else post_endings
    out = []
    with open(data, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                para = parse_line(line, post_endings=endings)
            except ValueError as e:
                raise SystemExit(f"{data}:{n}: {e}; is this the PKU-tagged People's Daily file?") from None
            if para is None or (select == "persons" and not para.persons) \
                    or (select == "titles" and not para.titled_persons):
                continue
            out.append(para)
    return out


# ---------------------------------------------------------------------------
# systems
# ---------------------------------------------------------------------------

def kg_system(backend: str = "namer", *, options: tuple[tuple[str, str], ...] = ()):
    from extract.ingest import normalise
    from extract.pipeline import ExtractConfig, extract_source
    from extract.records import Source

    config = ExtractConfig(backend=backend, backend_options=options)

    def run(pid: str, text: str) -> tuple[list[str], list[str]]:
        persons, orgs = [], []
        norm, offsets = normalise(text)     # as extract_text does, with the backend's options
        source = Source(id=pid, origin=pid, text=norm, raw=text, offsets=offsets, date=ISSUE_DATE)
        for rec in extract_source(source, config):
            persons += [p.name for p in rec.persons]
            orgs += [o.name for o in rec.organizations]
        return persons, orgs
    return run


def lac_system():
    from benchmarks.lac_baseline import entities, load_lac

    lac = load_lac()

    def run(pid: str, text: str) -> tuple[list[str], list[str]]:
        persons, orgs = entities(lac.run(text))
        return [p["name"] for p in persons], [o["name"] for o in orgs]
    return run


SYSTEMS = {"kg": kg_system, "kg-grammar": lambda: kg_system("none"), "kg-lac": lambda: kg_system("lac"),
           "kg-spacy": lambda: kg_system("spacy"), "kg-spacy-text": lambda: kg_system("spacy", options=(("scope", "text"),)),
           "lac": lac_system}
# The issue's table ("A statistical layer that beats LAC"): the default pipeline, --backend spacy, LAC alone.
TABLE = ("kg", "kg-spacy", "lac")


def system_for_backend(backend: str) -> str:
    """The system of this benchmark that is ``kg extract --backend BACKEND`` (``lac``: LAC alone)."""
    return {"namer": "kg", "none": "kg-grammar", "spacy-text": "kg-spacy-text", "lac": "lac"}.get(backend, f"kg-{backend}")


@dataclass
class SystemScore:
    system: str
    persons: Counts
    organizations: Counts
    titled: Counts
    seconds: float
    failures: list[tuple[str, str]]

    def to_json(self) -> dict:
        return {"system": self.system, "persons": self.persons.summary(),
                "organizations": self.organizations.summary(), "titled_persons_recall": self.titled.summary()["recall"],
                "seconds": round(self.seconds, 2),
                "failures": len(self.failures)}


def score_paragraphs(gold: Sequence[dict], predictions: dict[str, tuple[Iterable[str], Iterable[str]]]
                     ) -> tuple[Counts, Counts, Counts]:
    """Persons, organizations and titled-persons (recall only) counts.

    ``predictions`` maps a paragraph id to (persons, organizations).
    """
    persons, orgs, titled = Counts(), Counts(), Counts()
    for para in gold:
        pid = para["id"]
        pred_p, pred_o = predictions.get(pid, ((), ()))
        excused = {canon(n) for n in para.get("partial_persons", ())} - {canon(n) for n in para["persons"]}
        g_p = {(pid, canon(n)) for n in para["persons"]}
        p_p = {(pid, canon(n)) for n in pred_p if canon(n) and canon(n) not in excused}
        persons.add(set_counts(g_p, p_p))
        g_t = {(pid, canon(n)) for n in para.get("titled_persons", ())}
        titled.add(Counts(tp_gold=len(g_t & p_p), n_gold=len(g_t), false_neg=sorted(g_t - p_p)))
        orgs.add(set_counts({(pid, canon(n)) for n in para["organizations"]},
                            {(pid, canon(n)) for n in pred_o if canon(n)}))
    return persons, orgs, titled


def run_system(name: str, gold: Sequence[dict], *, strict: bool = False) -> SystemScore:
    return run_system_with(name, SYSTEMS[name](), gold, strict=strict)


def run_system_with(name: str, run, gold: Sequence[dict], *, strict: bool = False) -> SystemScore:
    """Score ``run`` (paragraph id, text -> persons, organizations) on ``gold``."""
    preds: dict[str, tuple[list[str], list[str]]] = {}
    failures: list[tuple[str, str]] = []
    t0 = time.perf_counter()
    for para in gold:
        try:
            preds[para["id"]] = run(para["id"], para["text"])
        except Exception as e:  # a crash is a finding of the benchmark: counted, shown, not fatal
            if strict:
                raise
            failures.append((para["id"], f"{type(e).__name__}: {e}"))
    seconds = time.perf_counter() - t0
    persons, orgs, titled = score_paragraphs(gold, preds)
    return SystemScore(name, persons, orgs, titled, seconds, failures)


def read_set(path: Path) -> list[dict]:
    if not path.exists():
        raise SystemExit(f"{path}: no benchmark set; run: python benchmarks/pd98.py build")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def format_scores(scores: Sequence[SystemScore], *, verbose: int = 0) -> str:
    lines = [table_header(width=24)]
    for s in scores:
        lines.append(format_row(f"{s.system} persons", s.persons, width=24))
        lines.append(format_row(f"{s.system} organizations", s.organizations, width=24))
        lines.append(format_row(f"{s.system} titled persons", s.titled, width=24))
    for s in scores:
        extra = f"; {len(s.failures)} paragraphs failed (first: {s.failures[0][0]}: {s.failures[0][1]})" \
            if s.failures else ""
        lines.append(f"{s.system}: {s.seconds:.1f} s{extra}")
    if verbose:
        for s in scores:
            for label, c in (("persons", s.persons), ("organizations", s.organizations)):
                lines.append(f"\n== {s.system} {label}: false negatives ({len(c.false_neg)}), first {verbose}")
                lines += [f"  FN {pid} {name}" for pid, name in c.false_neg[:verbose]]
                lines.append(f"== {s.system} {label}: false positives ({len(c.false_pos)}), first {verbose}")
                lines += [f"  FP {pid} {name}" for pid, name in c.false_pos[:verbose]]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="People's Daily 1998 persons/organizations benchmark.")
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="write the benchmark set from the tagged corpus")
    b.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"tagged corpus (default: {DEFAULT_DATA})")
    b.add_argument("--set", type=Path, default=DEFAULT_SET, help=f"output JSONL (default: {DEFAULT_SET})")
    b.add_argument("--select", choices=SELECTIONS, default="persons",
                   help="paragraphs with a gold person (default), with a person next to a post, or all")
    s = sub.add_parser("score", help="run a system on the set and print P/R/F1")
    s.add_argument("--system", choices=(*SYSTEMS, "all", "table"), default="all",
                   help="one system, all of them, or the issue's table: kg (default pipeline), kg-spacy, lac")
    s.add_argument("--set", type=Path, default=DEFAULT_SET)
    s.add_argument("--limit", type=int, help="only the first N paragraphs")
    s.add_argument("--strict", action="store_true", help="stop at the first paragraph a system fails on")
    s.add_argument("--json", action="store_true")
    s.add_argument("-v", "--verbose", type=int, nargs="?", const=40, default=0, metavar="N",
                   help="list the first N false negatives and positives (default 40)")
    args = ap.parse_args(argv)

    if args.command == "build":
        paras = build(args.data, select=args.select)
        args.set.parent.mkdir(parents=True, exist_ok=True)
        with open(args.set, "w", encoding="utf-8") as fh:
            for p in paras:
                fh.write(json.dumps(p.to_json(), ensure_ascii=False) + "\n")
        n_p = sum(len(p.persons) for p in paras)
        n_o = sum(len(p.organizations) for p in paras)
        n_t = sum(len(p.titled_persons) for p in paras)
        print(f"pd98: {len(paras)} paragraphs, {n_p} persons ({n_t} next to a post), {n_o} organizations "
              f"-> {args.set}", file=sys.stderr)
        return 0

    gold = read_set(args.set)
    if args.limit:
        gold = gold[: args.limit]
    names = list(SYSTEMS) if args.system == "all" else list(TABLE) if args.system == "table" else [args.system]
    scores = [run_system(n, gold, strict=args.strict) for n in names]
    if args.json:
        print(json.dumps({"paragraphs": len(gold), "systems": [s.to_json() for s in scores]}, indent=1))
    else:
        print(f"pd98: {len(gold)} paragraphs, {sum(len(p['text']) for p in gold)} characters")
        print(format_scores(scores, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
