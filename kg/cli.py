"""The ``kg`` command: thin commands over extract/ and kg/.

    kg extract INPUT... [-o OUT.jsonl]     articles -> JSON Lines (the public format)
    kg split PAGE...                       show how pages are split into articles
    kg add INPUT... [--db PATH]            add articles to the corpus store (.kg/store.sqlite)
    kg build [INPUT...] -o DIR             kg add, then resolve, graph and write the outputs from the store
    kg stats [--db PATH]                   what the store holds
    kg explain NAME [--db PATH]            why mentions of NAME were merged or kept apart
    kg explain --event NAME-OR-ID          why reports of an event were merged or kept apart
    kg export --format F -o PATH [--from DIR]   graphml, gexf, json, neo4j or ftm of a build

``extract``, ``add`` and ``build`` extract with ``-j N`` processes (default: every CPU),
or on a Dask cluster (``--scheduler ADDRESS``, ``--dask``): see ``kg.parallel``.

User errors print one line (``kg: error: ...``) and exit 2; bad inputs print one
warning each and are skipped (``--strict`` makes them fatal); ``--debug`` shows
tracebacks.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from extract import InputError, OfficialsKgError, UsageError
from extract import ArticleRecord, Source

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
        from extract import read_inputs

        for item in read_inputs(inputs, locale=self.args.locale, follow_links=self.args.follow_links):
            if isinstance(item, InputError):
                self.warn(str(item))
                continue
            self.sources += 1
            yield item

    def records(self, inputs: Sequence[str], executor) -> Iterator[ArticleRecord]:
        """The records of the inputs, in input order, extracted by ``executor`` (``kg.parallel``)."""
        from extract import extractor

        config = _config(self.args)
        extracted = executor.extract(self.sources_of(inputs), job=lambda source: (source, config))

        def read():
            for source, records in _progress(extracted, self.args, "extract", total=_count_inputs(inputs)):
                if len(records) == 1 and records[0].article.headline is None and len(source.text) > 3000:
                    self.warn(f"{source.origin}: no article structure found; read as one article "
                              f"(check it with: kg split {source.origin})")
                yield records

        # articles that jump across pages are joined by the extractor, once every input is read
        yield from extractor(config).stream(read())

    def finish(self) -> int:
        if self.sources == 0:
            print("kg: error: no input could be read; check the paths and the warnings above", file=sys.stderr)
            return EXIT_NO_INPUT
        return 0


PROGRESS_SECONDS = 30.0      # off a terminal, one status line this often (KG_PROGRESS_SECONDS)


def _progress(items, args: argparse.Namespace, desc: str, *, total: int | None = None):
    """``items``, reporting on stderr: a tqdm bar on a terminal; elsewhere (a log) a status line
    every ``KG_PROGRESS_SECONDS`` seconds, ``kg: extract 120/400 inputs, 30 s, about 70 s left``."""
    if args.quiet:
        return items
    if sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(items, desc=desc, total=total, unit=" input", file=sys.stderr, leave=False)
    every = os.environ.get("KG_PROGRESS_SECONDS", str(PROGRESS_SECONDS))
    try:
        seconds = float(every)
    except ValueError:
        raise UsageError(f"KG_PROGRESS_SECONDS={every!r} is not a number of seconds; set it to one, "
                         f"or unset it for a line every {PROGRESS_SECONDS:.0f} s") from None
    return _status_lines(items, desc, total, every=seconds)


def _status_lines(items, desc: str, total: int | None, *, every: float):
    start = last = time.monotonic()
    done = 0
    for item in items:
        yield item
        done += 1
        now = time.monotonic()
        if now - last >= every:
            last = now
            print(_status(desc, done, total, now - start), file=sys.stderr, flush=True)


def _status(desc: str, done: int, total: int | None, elapsed: float) -> str:
    """One status line.

    >>> _status("extract", 120, 400, 30.0)
    'kg: extract 120/400 inputs, 30 s, about 70 s left'
    """
    if not total:
        return f"kg: {desc} {done} inputs, {elapsed:.0f} s"
    total = max(total, done)            # the total is counted ahead, from the file names: about right
    left = elapsed / done * (total - done)
    return f"kg: {desc} {done}/{total} inputs, {elapsed:.0f} s, about {left:.0f} s left"


def _count_inputs(inputs: Sequence[str]) -> int:
    """About how many texts the inputs hold, without reading them: each file in them that kg reads,
    a JSONL file counted by its lines.  The total of the progress report, not a promise."""
    from extract import JSONL_SUFFIXES, KNOWN_SUFFIXES

    def texts(path: str) -> int:
        if Path(path).suffix.lower() not in JSONL_SUFFIXES:
            return 1
        try:
            with open(path, "rb") as fh:
                return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b"")) or 1
        except OSError:
            return 1

    count = 0
    for arg in inputs:
        if not os.path.isdir(arg):
            count += texts(arg)
            continue
        for folder, dirs, files in os.walk(arg):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            count += sum(texts(os.path.join(folder, f)) for f in files
                         if not f.startswith(".") and Path(f).suffix.lower() in KNOWN_SUFFIXES)
    return count


def _executor(args: argparse.Namespace):
    """Where extraction runs: -j N local processes (default all CPUs), --scheduler ADDRESS or --dask."""
    from kg.parallel import open_executor

    return open_executor(jobs=args.jobs, scheduler=args.scheduler, dask=args.dask)


def _config(args: argparse.Namespace):
    from extract import ExtractConfig

    options = []
    if getattr(args, "model", None):
        options.append(("path", args.model))
    return ExtractConfig(backend=args.backend, locale=args.locale, lexicon_dirs=tuple(args.lexicon or ()),
                         backend_options=tuple(options))


# ---------------------------------------------------------------------------
# commands
# ---------------------------------------------------------------------------

def cmd_extract(args: argparse.Namespace) -> int:
    from extract import dumps
    from kg.export import atomic_path, remove_leftovers

    started = time.time()
    run = _Run(args)
    with _executor(args) as executor:
        if args.output and args.output != "-":
            with atomic_path(args.output) as tmp, open(tmp, "w", encoding="utf-8") as fh:
                n = _write_lines(run.records(args.inputs, executor), fh, dumps)
            # what a run killed while writing the same file left beside it (.OUT.jsonl.*.tmp)
            target = Path(os.path.realpath(args.output))
            remove_leftovers(target.parent, (target.name,), before=started)
            if not args.quiet:
                print(f"kg: wrote {n} articles to {args.output}", file=sys.stderr)
        else:
            _write_lines(run.records(args.inputs, executor), sys.stdout, dumps)
    return run.finish()


def _write_lines(records, fh, dumps) -> int:
    n = 0
    for rec in records:
        fh.write(dumps(rec))
        fh.write("\n")
        n += 1
    return n


def cmd_split(args: argparse.Namespace) -> int:
    from extract import describe_split, extractor

    ex = extractor(_config(args))
    run = _Run(args)
    for source in run.sources_of(args.inputs):
        articles = ex.split(source)
        print(f"== {source.origin}: {len(articles)} article(s)")
        print(describe_split(articles))
    return run.finish()


# -- the corpus store: add, build, stats, explain ---------------------------------------------------

def _open_store(args: argparse.Namespace, *, create: bool = True, readonly: bool = False):
    from kg.store import Store

    store = Store.open(args.db, create=create, readonly=readonly)
    for notice in store.notices:
        print(f"kg: {notice}", file=sys.stderr)
    return store


def _add_inputs(run: _Run, store, inputs: Sequence[str], executor) -> dict[str, int]:
    """Add the inputs to the store (one transaction each); counts by status, plus articles and pairs."""
    from kg.incremental import add_sources

    counts = {"new": 0, "changed": 0, "unchanged": 0, "re-extracted": 0, "skipped": 0, "articles": 0, "pairs": 0}
    added = add_sources(store, run.sources_of(inputs), _config(run.args), replace=run.args.replace,
                        executor=executor)
    for item in _progress(added, run.args, "add", total=_count_inputs(inputs)):
        counts[item.status] += 1
        counts["articles"] += item.new_articles
        counts["pairs"] += item.duplicates
        if item.message:
            run.warn(item.message)
    return counts


def _say_added(args: argparse.Namespace, counts: dict[str, int], store) -> None:
    if args.quiet:
        return
    n = sum(counts[k] for k in ("new", "changed", "unchanged", "re-extracted", "skipped"))
    parts = [f"{counts[k]} {k}" for k in ("new", "changed", "re-extracted", "unchanged", "skipped") if counts[k]]
    print(f"kg: {n} input(s): {', '.join(parts) or 'none'}; {counts['articles']} article(s) added or changed, "
          f"{counts['pairs']} near-duplicate pair(s) found; the store {store.path} holds "
          f"{store.count_articles()} article(s)", file=sys.stderr)


def _aliases(args: argparse.Namespace):
    """The alias file: --aliases PATH, or aliases.csv beside the store if there is one."""
    from kg.aliases import Aliases, parse_aliases

    path = Path(args.aliases) if args.aliases else Path(args.db).parent / "aliases.csv"
    if not path.exists():
        if args.aliases:
            raise InputError(str(path), "not found", "check the path of --aliases")
        return Aliases()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(path), "is not UTF-8 text", "save the alias file as UTF-8 CSV") from None
    except OSError as e:
        raise InputError(str(path), f"cannot be read ({e.strerror or e})", "check the file") from None
    return parse_aliases(text, path=str(path))


def cmd_add(args: argparse.Namespace) -> int:
    run = _Run(args)
    with _open_store(args) as store, _executor(args) as executor:
        counts = _add_inputs(run, store, args.inputs, executor)
        status = run.finish()
        if not status:
            _say_added(args, counts, store)
    return status


def cmd_build(args: argparse.Namespace) -> int:
    from kg.build import long_lived_heap

    with long_lived_heap():
        return _build(args)


def _build(args: argparse.Namespace) -> int:
    from extract import extractor
    from kg.build import build_inputs, graph_of, known_verdicts, read_state, up_to_date, write_articles, write_graph
    from kg.export.publish import check_output_folder, publishing, remove_dead_stages
    from kg.incremental import joined, refresh

    shown = Path(args.output)
    out = check_output_folder(shown, inputs=args.inputs, store=args.db)
    aliases = _aliases(args)
    run = _Run(args)
    with _open_store(args, create=bool(args.inputs)) as store:
        with _executor(args) as executor:
            if args.inputs:
                counts = _add_inputs(run, store, args.inputs, executor)
                status = run.finish()
                if status:
                    return status
                _say_added(args, counts, store)
            redone = sum(1 for _ in _progress(refresh(store, executor=executor), args, "re-extract"))
        if redone and not args.quiet:
            print(f"kg: re-extracted {redone} input(s) read by an older extractor or other lexicons", file=sys.stderr)
        # what this build reads; a folder built from the same is left as it is
        inputs = build_inputs(store.fingerprint(), aliases=repr(aliases.rules), lexicon_dirs=_config(args).lexicon_dirs,
                              null_samples=args.null_samples)
        if not args.full and store.count_articles() and up_to_date(out, inputs):
            remove_dead_stages(out)             # what killed builds left beside it
            if not args.quiet:
                print(f"kg: nothing new since the last build of {shown}: it is up to date", file=sys.stderr)
            return 0
        records = store.records()
        if not records:
            raise UsageError(f"the store {store.path} holds no articles; add some with: kg add INPUT... "
                             "(or kg build INPUT... -o DIR)")
        records = joined(store, records)       # stored page by page: each joined with its continuation
        duplicates = store.duplicates()
        gc.freeze()                             # (kg.build.long_lived_heap)
        previous = None if args.full else read_state(out)
        known = known_verdicts(previous)        # event merging compares only the pairs of reports that are new
        # resolution reads the regions and group labels of the build's lexicons (--lexicon)
        built = graph_of(records, aliases=aliases, duplicates=duplicates, vocab=extractor(_config(args)).vocab,
                         known=known)
        gc.freeze()
        for warning in built.resolved.warnings:
            run.warn(warning)
        store.save_resolution(built.resolved.resolution)
    n_records, G = len(records), built.graph
    # every output is written into a staging folder that then replaces the output folder in one swap
    # (kg.export.publish): a reader sees the old build or the new one, never a mix
    with publishing(out) as stage:
        write_articles(records, stage)
        del records, built          # the records are a third of a large build's memory: let them go first
        write_graph(G, stage, null_samples=args.null_samples, previous=previous, published=out, inputs=inputs,
                    verdicts=known)
    page = out / "index.html"
    if not args.quiet:
        kinds = {}
        for _, d in G.nodes(data=True):
            kinds[d["type"]] = kinds.get(d["type"], 0) + 1
        summary = ", ".join(f"{v} {k}s" for k, v in sorted(kinds.items()))
        groups = len(set(duplicates.values()))
        print(f"kg: {n_records} articles ({groups} near-duplicate group(s)) -> {summary}; "
              f"{G.number_of_edges()} edges", file=sys.stderr)
        state = read_state(out)
        if previous is not None and state is not None:
            print(f"kg: rebuilt {state.rendered} explorer page(s), kept {len(state.pages) - state.rendered} unchanged; "
                  f"{state.kept_ties} co-attendance tie(s) keep the significance drawn before (--full draws all again)",
                  file=sys.stderr)
        print(f"kg: wrote {shown}/graph.graphml, graph.gexf, graph.json, articles.jsonl", file=sys.stderr)
        print(f"Open in a browser: {page.resolve().as_uri()}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    import dataclasses

    from kg.incremental import stale

    with _open_store(args, create=False, readonly=True) as store:
        s = store.stats()
        n_stale = len(stale(store))
    if args.json:
        d = dataclasses.asdict(s)
        d["extractors"] = [list(x) for x in s.extractors]
        d["stale_sources"] = n_stale
        print(json.dumps(d, ensure_ascii=False, indent=1))
        return 0
    rows = [
        ("store", f"{s.path} ({s.size_bytes / 1e6:.1f} MB, schema {s.schema_version})"),
        ("inputs (pages)", s.sources),
        ("articles", s.articles),
        ("persons", f"{s.persons} resolved at the last build ({s.last_build or 'never built'}); "
                    f"{s.person_names} distinct names now"),
        ("organizations", f"{s.organizations} resolved at the last build; {s.organization_names} distinct names now"),
        ("events", s.events),
        ("mentions", s.mentions),
        ("near-duplicates", f"{s.near_duplicate_groups} group(s), {s.near_duplicate_pairs} pair(s)"),
    ]
    for key, n in s.extractors:
        rows.append(("extractor", f"{key}: {n} input(s)"))
    if n_stale:
        rows.append(("stale", f"{n_stale} input(s) will be re-extracted by the next kg build"))
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from kg.build import resolved
    from kg.explain import explain
    from kg.keys import name_key

    if args.event is not None:
        return _explain_event(args)
    if not args.name:
        raise UsageError("kg explain needs a NAME, or --event NAME-OR-ID for an event")
    aliases = _aliases(args)
    key = name_key(args.name)
    names = {key}
    for r in aliases.of("merge"):         # a merge rule brings in the articles of the other side
        sides = {name_key(x.split("@", 1)[0]) for x in (r.entity, r.value)}
        if key in sides:
            names |= sides
    with _open_store(args, create=False, readonly=True) as store:
        ids = store.articles_mentioning(names)
        if not ids:         # a name with no match is an answer, not a usage error: exit 1
            print(f"kg: error: no article in the store {store.path} mentions {args.name!r}; check the name "
                  "(simplified characters, as written) or see kg stats", file=sys.stderr)
            return EXIT_NO_INPUT
        records = store.records(ids)
        duplicates = store.duplicates(ids)
    r = resolved(records, aliases=aliases, duplicates=duplicates)
    for line in explain(args.name, r.records, r.resolution, career=r.career, duplicates=r.duplicates):
        print(line)
    return 0


def _explain_event(args: argparse.Namespace) -> int:
    """kg explain --event: resolve the whole store (event ids depend on it, as in kg build) and explain."""
    from kg.build import resolved
    from kg.explain import explain_event

    aliases = _aliases(args)
    with _open_store(args, create=False, readonly=True) as store:
        records = store.records()
        duplicates = store.duplicates()
    r = resolved(records, aliases=aliases, duplicates=duplicates)
    lines = explain_event(args.event, r.events, labels={pid: e.name for pid, e in r.resolution.persons.items()})
    if len(lines) == 1:             # no such event: an answer, not a usage error (exit 1)
        print(f"kg: error: no event in the store {args.db} is named or has the id {args.event!r}; "
              "give part of its name or an id that kg explain --event prints", file=sys.stderr)
        return EXIT_NO_INPUT
    for line in lines:
        print(line)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kg.api import open_corpus
    from kg.export.formats import export_graph

    if args.output == "-" and args.format == "neo4j":
        raise UsageError("the neo4j export is a folder of CSV files: give a folder with -o, not -")
    corpus = open_corpus(args.source)
    if args.output == "-":                  # standard output: written to a file first, then copied out
        import shutil
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = export_graph(corpus.graph, args.format, Path(tmp) / "export")
            with open(path, "rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer)
            sys.stdout.flush()
        return 0
    path = export_graph(corpus.graph, args.format, args.output)
    if not args.quiet:
        print(f"kg: wrote {path}", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------------
# parser
# ---------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    from extract import DEFAULT_BACKEND, available_backends

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--locale", help="the paper's place, e.g. 浙江省/杭州市/钱塘区 (expands 市委 to 杭州市委)")
    common.add_argument("--lexicon", action="append", metavar="DIR",
                        help="a directory of .tsv lexicons merged over the built-in ones (repeatable)")
    common.add_argument("--backend", default=DEFAULT_BACKEND, choices=available_backends(),
                        help=f"statistical NER backend for names the grammar cannot anchor (default: {DEFAULT_BACKEND}; "
                             "none: the grammar alone; spacy: better persons and organizations on general news, "
                             "a quarter of LAC's speed, dev-set persons 0.991 against the default's 0.993; lac, "
                             "jieba: below the default on persons; hanlp: unmeasured, no models here; figures in "
                             "benchmarks/README.md)")
    common.add_argument("--model", metavar="PATH", help="model directory for the spacy or hanlp backend")
    common.add_argument("--follow-links", action="store_true",
                        help="follow symbolic links inside a folder that lead out of the folders given")
    common.add_argument("--strict", action="store_true", help="fail on the first bad input instead of skipping it")
    common.add_argument("--debug", action="store_true", help="show tracebacks")
    common.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")

    parallel = argparse.ArgumentParser(add_help=False)
    parallel.add_argument("-j", "--jobs", type=int, metavar="N",
                          help="extract with N processes (default: all CPUs; 1: in this process); with --dask, "
                               "the number of local Dask workers")
    parallel.add_argument("--scheduler", metavar="ADDRESS",
                          help="extract on a Dask cluster: the scheduler's address, e.g. tcp://10.0.0.5:8786 "
                               "(the workers need officials-kg installed; pip install 'officials-kg[dask]')")
    parallel.add_argument("--dask", action="store_true",
                          help="extract on a Dask LocalCluster started on this machine (-j workers)")

    parser = argparse.ArgumentParser(prog="kg", description="A knowledge graph of officials from Chinese official news.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", parents=[common, parallel], help="extract articles to JSON Lines",
                       description="Extract persons, titles, organizations and events to JSON Lines (one article a line).")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt, .jsonl, .html files or directories")
    p.add_argument("-o", "--output", metavar="OUT.jsonl", help="output file (default: standard output)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("split", parents=[common], help="show how pages split into articles",
                       description="Print the articles found on each page, to check the page splitter.")
    p.add_argument("inputs", nargs="+", metavar="PAGE")
    p.set_defaults(func=cmd_split)

    from kg.store import DEFAULT_DB

    store = argparse.ArgumentParser(add_help=False)
    store.add_argument("--db", default=str(DEFAULT_DB), metavar="PATH",
                       help=f"the corpus store, an SQLite file kept apart from the outputs (default: {DEFAULT_DB})")
    adding = argparse.ArgumentParser(add_help=False)
    adding.add_argument("--replace", action="store_true",
                        help="replace a stored input whose id comes back from another file with another text "
                             "(by default it is kept and the new one skipped with a warning)")
    aliases = argparse.ArgumentParser(add_help=False)
    aliases.add_argument("--aliases", metavar="FILE.csv",
                         help="merge, split and rename decisions (CSV: action,entity,value,note; see kg.resolve); "
                              "default: aliases.csv beside the store, if there is one")
    quiet = argparse.ArgumentParser(add_help=False)
    quiet.add_argument("--debug", action="store_true", help="show tracebacks")
    quiet.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")

    p = sub.add_parser("add", parents=[common, store, adding, parallel], help="add articles to the corpus store",
                       description="Read, extract and store articles. The same article twice is stored once; "
                                   "a changed one is extracted again. Each input is committed on its own, so an "
                                   "interrupted run keeps what it had added.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt, .jsonl, .html files or directories")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("build", parents=[common, store, adding, aliases, parallel],
                       help="build the graph, the explorer and the exports",
                       description="Add the INPUTs (if any) to the store, re-extract what an extractor or lexicon "
                                   "change made stale, then resolve entities, build the graph and write the "
                                   "outputs from every article in the store.")
    p.add_argument("inputs", nargs="*", metavar="INPUT")
    p.add_argument("-o", "--output", default="output", metavar="DIR", help="output directory (default: output)")
    from kg.build import DEFAULT_NULL_SAMPLES

    p.add_argument("--null-samples", type=int, default=DEFAULT_NULL_SAMPLES, metavar="N",
                   help="rewired graphs drawn to test each co-attendance tie against chance "
                        f"(default: {DEFAULT_NULL_SAMPLES})")
    p.add_argument("--full", action="store_true",
                   help="build everything again: draw the significance of every co-attendance tie and render "
                        "every explorer page (by default a rebuild keeps what the new articles did not change)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("stats", parents=[store, quiet], help="what the corpus store holds",
                       description="Counts of the store: inputs, articles, persons, organizations, events, "
                                   "mentions, near-duplicate groups, extractor versions, size.")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("explain", parents=[store, aliases, quiet],
                       help="why mentions of a name were merged or kept apart",
                       description="Resolve the articles of the store that mention NAME and print each entity "
                                   "the mentions went to, the reasons, the career and the articles.")
    p.add_argument("name", metavar="NAME", nargs="?", help="a person or organization as written (e.g. 李俊, 杭州市委)")
    p.add_argument("--event", metavar="NAME-OR-ID",
                   help="explain an event instead: which reports were merged into it and why, and why the "
                        "reports most like it were kept apart (part of its name, or an id such as event:1a2b3c4d5e6f)")
    p.set_defaults(func=cmd_explain)

    from kg.export.formats import FORMATS

    p = sub.add_parser("export", help="write the graph of a build as GraphML, GEXF, JSON, Neo4j CSV or FtM",
                       description="Export the graph that `kg build` wrote (graph.json) to another format.")
    p.add_argument("--format", required=True, choices=list(FORMATS), help="the output format")
    p.add_argument("-o", "--output", required=True, metavar="PATH",
                   help="output file (a folder for neo4j; an existing folder gets the usual file name; "
                        "- for standard output)")
    p.add_argument("--from", dest="source", default="output", metavar="DIR",
                   help="a folder written by `kg build`, or a .jsonl of `kg extract` (default: output)")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    p.set_defaults(func=cmd_export)
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
    except OSError as e:            # an output that cannot be written: a full disk, a folder not ours
        if args.debug:
            raise
        where = f"{e.filename}: " if e.filename else ""
        print(f"kg: error: {where}{e.strerror or e}; check the output path and the free space "
              "(--debug shows where it failed)", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
