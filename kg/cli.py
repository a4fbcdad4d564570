"""The ``kg`` command: thin commands over extract/ and kg/.

    kg extract INPUT... [-o OUT.jsonl]     articles -> JSON Lines (the public format)
    kg split PAGE...                       show how pages are split into articles
    kg build INPUT... -o DIR               extract, resolve, graph, and write the outputs

User errors print one line (``kg: error: ...``) and exit 2; bad inputs print one
warning each and are skipped (``--strict`` makes them fatal); ``--debug`` shows
tracebacks.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from extract.errors import InputError, OfficialsKgError, UsageError
from extract.records import ArticleRecord, Source

EXIT_USAGE = 2
EXIT_NO_INPUT = 1


class _Run:
    """What a command run saw: warnings printed, inputs read."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.problems = 0
        self.sources = 0

    def warn(self, message: str) -> None:
        self.problems += 1
        if self.args.strict:
            raise UsageError(f"{message} (--strict: stopping)")
        print(f"kg: warning: {message}", file=sys.stderr)

    def sources_of(self, inputs: Sequence[str]) -> Iterator[Source]:
        from extract.ingest import read_inputs

        for item in read_inputs(inputs, locale=self.args.locale):
            if isinstance(item, InputError):
                self.warn(str(item))
                continue
            self.sources += 1
            yield item

    def records(self, inputs: Sequence[str]) -> Iterator[ArticleRecord]:
        from extract.pipeline import extract_source

        config = _config(self.args)
        sources = self.sources_of(inputs)
        for source in _progress(sources, self.args, "extract"):
            records = extract_source(source, config)
            if len(records) == 1 and records[0].article.headline is None and len(source.text) > 3000:
                self.warn(f"{source.origin}: no article structure found; read as one article "
                          f"(check it with: kg split {source.origin})")
            yield from records

    def finish(self) -> int:
        if self.sources == 0:
            print("kg: error: no input could be read; check the paths and the warnings above", file=sys.stderr)
            return EXIT_NO_INPUT
        return 0


def _progress(items, args: argparse.Namespace, desc: str):
    if args.quiet:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit=" input", disable=None, file=sys.stderr, leave=False)


def _config(args: argparse.Namespace):
    from extract.pipeline import ExtractConfig

    options = []
    if getattr(args, "model", None):
        options.append(("path", args.model))
    return ExtractConfig(backend=args.backend, locale=args.locale, lexicon_dirs=tuple(args.lexicon or ()),
                         backend_options=tuple(options))


# ---------------------------------------------------------------------------
# commands
# ---------------------------------------------------------------------------

def cmd_extract(args: argparse.Namespace) -> int:
    from extract.jsonio import dumps
    from kg.export import atomic_path

    run = _Run(args)
    if args.output and args.output != "-":
        with atomic_path(args.output) as tmp, open(tmp, "w", encoding="utf-8") as fh:
            n = _write_lines(run.records(args.inputs), fh, dumps)
        if not args.quiet:
            print(f"kg: wrote {n} articles to {args.output}", file=sys.stderr)
    else:
        _write_lines(run.records(args.inputs), sys.stdout, dumps)
    return run.finish()


def _write_lines(records, fh, dumps) -> int:
    n = 0
    for rec in records:
        fh.write(dumps(rec))
        fh.write("\n")
        n += 1
    return n


def cmd_split(args: argparse.Namespace) -> int:
    from extract.page import describe_split, split_page

    run = _Run(args)
    for source in run.sources_of(args.inputs):
        articles = split_page(source, lexicon_dirs=tuple(args.lexicon or ()))
        print(f"== {source.origin}: {len(articles)} article(s)")
        print(describe_split(articles))
    return run.finish()


def cmd_build(args: argparse.Namespace) -> int:
    from extract.jsonio import dumps
    from kg.export import atomic_path
    from kg.export.files import write_gexf, write_graphml, write_json
    from kg.export.html import write_overview
    from kg.graph import build_graph

    run = _Run(args)
    records = list(run.records(args.inputs))
    status = run.finish()
    if status:
        return status
    G = build_graph(records)
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    with atomic_path(out / "articles.jsonl") as tmp, open(tmp, "w", encoding="utf-8") as fh:
        _write_lines(records, fh, dumps)
    write_graphml(G, out / "graph.graphml")
    write_gexf(G, out / "graph.gexf")
    write_json(G, out / "graph.json")
    page = write_overview(G, out, title="officials-kg")
    if not args.quiet:
        kinds = {}
        for _, d in G.nodes(data=True):
            kinds[d["type"]] = kinds.get(d["type"], 0) + 1
        summary = ", ".join(f"{v} {k}s" for k, v in sorted(kinds.items()))
        print(f"kg: {len(records)} articles -> {summary}; {G.number_of_edges()} edges", file=sys.stderr)
        print(f"kg: wrote {out}/graph.graphml, graph.gexf, graph.json, articles.jsonl", file=sys.stderr)
        print(f"Open in a browser: {page.resolve().as_uri()}")
    return 0


# ---------------------------------------------------------------------------
# parser
# ---------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    from extract import backends

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--locale", help="the paper's place, e.g. 浙江省/杭州市/钱塘区 (expands 市委 to 杭州市委)")
    common.add_argument("--lexicon", action="append", metavar="DIR",
                        help="a directory of .tsv lexicons merged over the built-in ones (repeatable)")
    common.add_argument("--backend", default=backends.DEFAULT, choices=backends.available(),
                        help=f"statistical NER backend for names the grammar cannot anchor (default: {backends.DEFAULT}; "
                             "none: the grammar alone)")
    common.add_argument("--model", metavar="PATH", help="model directory for the spacy or hanlp backend")
    common.add_argument("--strict", action="store_true", help="fail on the first bad input instead of skipping it")
    common.add_argument("--debug", action="store_true", help="show tracebacks")
    common.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")

    parser = argparse.ArgumentParser(prog="kg", description="A knowledge graph of officials from Chinese official news.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", parents=[common], help="extract articles to JSON Lines",
                       description="Extract persons, titles, organizations and events to JSON Lines (one article a line).")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt, .jsonl, .html files or directories")
    p.add_argument("-o", "--output", metavar="OUT.jsonl", help="output file (default: standard output)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("split", parents=[common], help="show how pages split into articles",
                       description="Print the articles found on each page, to check the page splitter.")
    p.add_argument("inputs", nargs="+", metavar="PAGE")
    p.set_defaults(func=cmd_split)

    p = sub.add_parser("build", parents=[common], help="build the graph, the explorer and the exports",
                       description="Extract, resolve entities, build the graph and write the outputs.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", default="output", metavar="DIR", help="output directory (default: output)")
    p.set_defaults(func=cmd_build)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except OfficialsKgError as e:
        if args.debug:
            raise
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
