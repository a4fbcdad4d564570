"""The one recipe after extraction: records -> resolution -> careers -> graph -> analytics -> outputs.

``kg build``, ``kg explain``, the Python API and the benchmarks all go through here, so that
a graph is made one way wherever it is made:

    resolved(records, aliases=..., duplicates=...)  -> Resolved (resolution, careers, events across reports)
    graph_of(records, aliases=..., duplicates=...)  -> Built (Resolved and the graph, not annotated)
    write_articles(records, folder)                  -> folder/articles.jsonl
    write_graph(G, folder, null_samples=...)         -> G annotated in place; folder/graph.graphml,
                                                       graph.gexf, graph.json and the explorer

The two writers are apart so that a large build can let go of its records (a third of its
memory) before the analytics run.

``kg build`` writes into the staging folder of :func:`kg.export.publish.publishing`, which then
replaces the output folder in one swap.

Increments.  Each build leaves its state beside its outputs (``DIR/.kg-state.json``, published
with them in the same swap, so that it always describes the folder it is in): a digest of what
it read (:func:`build_inputs`: the store, the alias file, the lexicons, the code, the options),
the event-merge verdicts that decided something with a digest of each event report, the
co-attendance ties with their significance, a digest of what each explorer page shows and the
search index's pinyin of each label.  A rebuild whose inputs have that digest does nothing (``kg
build`` says so).  A rebuild after articles were added resolves, builds the graph and rewires the
null model as a full build does, and keeps what the new articles did not change:

- event merging compares only the pairs of reports of which one is new or changed (an added
  article's, or one whose persons resolution now names otherwise) and takes the others' verdicts
  from the previous build (:mod:`kg.verdicts`): whether two reports are compared, and what is
  found, depend on the two alone, so the events are a full build's.  Kept are the verdicts that
  decide (one event, or kept apart by a fact: 21,893 pairs of the 68,845 compared at 10,100
  articles, with 8,567 report digests 1.8 MB of the state); the others decide nothing;
- a tie whose count is the same and whose two persons attended about as many events as before
  (``DEGREE_TOLERANCE``) keeps the significance drawn by an earlier build: its p-value was drawn
  under the previous graph, within Monte Carlo error of a full build's (``benchmarks/store_scale.py``
  prints how close: the samples of the null model are ``kg.analytics.STEPS_BETWEEN`` trades apart so
  that this error is what its binomial formula says); the other ties take this build's draw, and
  only they are counted in its samples (``co_attendance(known=...)``: the rewiring is a full
  build's, which every drawn tie needs).  Kept, not drawn again, so that the pages showing them
  stay as they were;
- the search index reads the pinyin of the labels it had (pypinyin was most of its time);
- renders only the explorer pages whose digest changed and hard-links the others from the
  published folder (:class:`kg.export.site.build.PageCache`).

Chosen by measure (a 10,000-article store, 100 articles naming its hubs added): the pinyin saved
most of the search index's time; the verdicts kept saved most of event merging's comparisons
(round 44; round 5 had kept every verdict with its reasons, 31 MB beside the outputs and
150-220 MiB more, and left it); counting only the ties drawn saved a quarter of the draw.
Measured and left: graph files written from fragments kept by a digest of each node and edge,
where digesting every element took 0.4 s against 1.2 s for GraphML and 2.1 s for GEXF, but
flattening (0.9 s) and GEXF's spells (0.6 s) are needed either way, and GEXF numbers its edges in
order, so a hub's new edge renumbers the rest.  Everything else (resolution, the candidate pairs of
event merging, tenures, careers, protocol rank, the rewiring of the null model, the graph files,
the overview's layout) is computed over the whole store each time, so it is what a full build
gives.  ``kg build --full`` ignores the state (every pair of reports compared, every tie drawn
again, every page rendered).
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from extract import ArticleRecord
from kg.analytics import DEFAULT_NULL_SAMPLES
from kg.careers import Career, careers
from kg.graph import build_graph
from kg.aliases import Aliases
from kg.events import EventGroups, group_events
from kg.resolve import Resolution, resolve
from kg.tenures import Tenures, tenures
from kg.verdicts import KnownVerdicts



@dataclass(frozen=True)
class Resolved:
    """Records with their entities resolved and the careers read from them."""

    records: Sequence[ArticleRecord]
    resolution: Resolution
    career: Mapping[str, Career]
    duplicates: Mapping[str, str] = field(default_factory=dict)
    events: EventGroups | None = None       # which article events are reports of one event (kg.events)
    tenures: Tenures | None = None          # who held which post from when to when (kg.tenures)

    @property
    def warnings(self) -> list[str]:
        return list(self.resolution.warnings) + list(self.events.warnings if self.events else ())


@dataclass(frozen=True)
class Built:
    """What a build makes before analytics: the resolved records and their graph."""

    resolved: Resolved
    graph: nx.MultiDiGraph

    @property
    def records(self) -> Sequence[ArticleRecord]:
        return self.resolved.records


def resolved(records: Iterable[ArticleRecord], *, aliases: Aliases | None = None,
             duplicates: Mapping[str, str] | None = None, vocab=None, known: KnownVerdicts | None = None) -> Resolved:
    """Resolve the entities of ``records`` (``aliases``: the user's decisions) and read their careers.

    ``duplicates`` maps an article id to the first article of its near-duplicate group
    (``Store.duplicates``): copies are counted once.  ``vocab`` is an Extractor's vocabulary
    (``extractor(config).vocab``: the regions and group labels of its lexicons); the built-in
    one by default.  ``known``: the event-merge verdicts of a previous build (:mod:`kg.verdicts`).
    """
    records = list(records)
    dup = dict(duplicates or {})
    res = resolve(records, aliases=aliases.without_events() if aliases else None, vocab=vocab)
    skip = None if vocab is None else {post for post, _ in vocab.group_labels.values()}
    # one event across reports: the article events that tell of one event become one node
    events = group_events(records, res, aliases=aliases, duplicates=dup, vocab=vocab, known=known)
    held = tenures(records, res, duplicates=dup, skip_posts=skip, vocab=vocab)
    return Resolved(records, res, careers(records, res, duplicates=dup, skip_posts=skip), dup, events, held)


def graph_of(records: Iterable[ArticleRecord], *, aliases: Aliases | None = None,
             duplicates: Mapping[str, str] | None = None, vocab=None, known: KnownVerdicts | None = None) -> Built:
    """The graph of ``records`` (see :mod:`kg.graph`), not yet annotated by the analytics.

    Examples
    --------
    >>> from extract import extract_text
    >>> built = graph_of(extract_text("本报讯 25日,市委书记刘非出席会议。", date="2025-09-26"))
    >>> sorted({d["type"] for _, d in built.graph.nodes(data=True)})
    ['article', 'event', 'organization', 'person']
    """
    r = resolved(records, aliases=aliases, duplicates=duplicates, vocab=vocab, known=known)
    G = build_graph(r.records, r.resolution, duplicates=r.duplicates, career=r.career, events=r.events,
                    tenures=r.tenures)
    return Built(r, G)


@contextlib.contextmanager
def long_lived_heap() -> Iterator[None]:
    """The cyclic garbage collector tuned for ``kg build``, and as it was after.

    A build holds millions of objects to its end (the records, the graph), and the collector's full
    passes walked them all again each time the heap grew by a quarter: 8 s of a 50 s build of 10,000
    articles, that collected next to nothing.  Young objects are collected less often
    (``BUILD_GC_THRESHOLD``), and what :func:`gc.freeze` is given (``kg build`` calls it after the
    records are read and after the graph is made) is not walked again.
    """
    threshold = gc.get_threshold()
    gc.set_threshold(BUILD_GC_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


# Allocations (less deallocations) between two collections of the youngest generation during a build
# (Python's default: 700).  Peak memory is the same at 10,000 articles.
BUILD_GC_THRESHOLD = 10_000


def write_articles(records: Iterable[ArticleRecord], folder: str | Path) -> int:
    """Write the ``kg extract`` records the graph is built from to ``folder/articles.jsonl``; how many."""
    from extract import dumps
    from kg.export import atomic_path

    n = 0
    with atomic_path(Path(folder) / "articles.jsonl") as tmp, open(tmp, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(dumps(rec))
            fh.write("\n")
            n += 1
    return n


STATE = ".kg-state.json"
STATE_VERSION = 2
_SEED = 0


@dataclass
class BuildState:
    """What a build leaves beside its outputs for the next one (``DIR/.kg-state.json``)."""

    inputs: str = ""                                         # build_inputs(...) of the build
    null_samples: int = DEFAULT_NULL_SAMPLES
    seed: int = _SEED
    attendance: dict[str, int] = field(default_factory=dict)  # person -> number of events counted
    ties: dict[str, list] = field(default_factory=dict)       # "a b" -> [count, expected, p_value, score]
    pages: dict[str, str] = field(default_factory=dict)       # explorer page -> digest of what it shows
    drawn: dict[str, str] = field(default_factory=dict)       # "a b" -> the inputs of the earlier build that
                                                             # drew its p-value (ties drawn by this one: absent)
    rendered: int = 0                                        # pages rendered by this build (others linked)
    kept_ties: int = 0                                       # ties whose significance an earlier build drew
    pinyin: dict[str, list] = field(default_factory=dict)     # the search index's pinyin of each label
    pinyin_version: str = ""                                 # ... as this pypinyin gives it
    folders: dict[str, int] = field(default_factory=dict)     # folder of the output -> files in it
    reports: list[str] = field(default_factory=list)          # digests of the event reports (kg.verdicts)
    verdicts: dict[str, list] = field(default_factory=dict)   # "digest digest" -> [same, hard, score] of the
                                                             # pairs of reports whose verdict decides something
    verdicts_code: str = ""                                  # the code that made them
    compared: int = 0                                        # pairs of reports this build compared (others: kept)


def read_state(folder: str | Path) -> BuildState | None:
    """The state a build left in ``folder``, or None (no build, an older release, unreadable)."""
    try:
        d = json.loads((Path(folder) / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(d, dict) or d.get("version") != STATE_VERSION:
        return None
    try:
        return BuildState(**{k: d[k] for k in BuildState.__dataclass_fields__ if k in d})
    except TypeError:
        return None


def write_state(folder: str | Path, state: BuildState) -> None:
    from dataclasses import fields

    # the fields as they are: dataclasses.asdict copies every tie, page and pinyin list first (a second)
    values = {f.name: getattr(state, f.name) for f in fields(state)}
    text = json.dumps({"version": STATE_VERSION, **values}, ensure_ascii=False, separators=(",", ":"))
    (Path(folder) / STATE).write_text(text + "\n", encoding="utf-8")


def _code_digest() -> str:
    """A digest of the code of ``kg`` and the extractor's version (a new release, or an edited ``kg``,
    rebuilds; what a new extractor changes comes in through the store, re-extracted)."""
    import extract

    h = hashlib.blake2b(extract.EXTRACTOR_VERSION.encode(), digest_size=16)
    package = Path(__file__).parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".html", ".js", ".css") and path.is_file():
            h.update(str(path.relative_to(package)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def build_inputs(store_fingerprint: str, *, aliases: str = "", lexicon_dirs: Sequence[str] = (),
                 null_samples: int = DEFAULT_NULL_SAMPLES, title: str = "officials-kg") -> str:
    """A digest of everything a build reads: the store (``Store.fingerprint()``), the alias file's text,
    the lexicons resolution reads, the code and the options.  Two builds with the same digest write
    the same outputs."""
    import extract

    parts = [store_fingerprint, aliases, extract.lexicon_digest(lexicon_dirs), _code_digest(),
             str(null_samples), title]
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _folders(folder: Path) -> dict[str, int]:
    return {p.name: len(os.listdir(p)) for p in sorted(folder.iterdir()) if p.is_dir() and not p.is_symlink()}


def up_to_date(folder: str | Path, inputs: str) -> bool:
    """Whether ``folder`` holds a whole build made from ``inputs``: its state says so, every entry of its
    manifest is there, and its folders hold as many files as the build wrote (none added or removed)."""
    from kg.export.publish import MANIFEST

    folder = Path(folder)
    state = read_state(folder)
    if state is None or state.inputs != inputs:
        return False
    try:
        entries = json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get("entries", [])
        return all(os.path.lexists(folder / name) for name in entries) and _folders(folder) == state.folders
    except (OSError, ValueError, AttributeError):
        return False


def known_verdicts(previous: BuildState | None) -> KnownVerdicts:
    """The event-merge verdicts ``previous`` left (none without it, or made by other code), for a build to
    take what it can and to record its own (:mod:`kg.verdicts`)."""
    if previous is None:
        return KnownVerdicts(code=_code_digest())
    return KnownVerdicts.of(previous.reports, previous.verdicts, previous.verdicts_code, code=_code_digest())


def _pair_key(a: str, b: str) -> str:
    return f"{a} {b}"


# A tie keeps the significance drawn by an earlier build while its count is the same and each of its two
# persons attended at most this share more or fewer events than then (the null model then hardly moves).
DEGREE_TOLERANCE = 0.05


def _degrees(G: nx.MultiDiGraph) -> dict[str, int]:
    from kg.analytics import attendance

    return {p: len(evs) for p, evs in attendance(G).items()}


def _kept_ties(previous: BuildState | None, now: Mapping[str, int], *, null_samples: int) -> dict:
    """The ties of ``previous`` whose two persons attended about as many events then as now (``now``: person
    -> events; see ``DEGREE_TOLERANCE``), as ``CoAttendance`` records (``annotate`` keeps one only where
    the count is the same); none when the null model's options changed."""
    from kg.analytics import CoAttendance

    if previous is None or previous.null_samples != null_samples or previous.seed != _SEED:
        return {}
    before = previous.attendance

    def steady(p: str) -> bool:
        old, new = before.get(p), now.get(p)
        return old is not None and new is not None and abs(new - old) <= DEGREE_TOLERANCE * old

    out = {}
    for key, (count, expected, p_value, score) in previous.ties.items():
        a, _, b = key.partition(" ")
        if steady(a) and steady(b):
            out[(a, b)] = CoAttendance(a, b, count, (), expected, p_value, score)
    return out


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return ""


def write_graph(G: nx.MultiDiGraph, folder: str | Path, *, null_samples: int = DEFAULT_NULL_SAMPLES,
                title: str = "officials-kg", previous: BuildState | None = None,
                published: str | Path | None = None, inputs: str = "",
                verdicts: KnownVerdicts | None = None) -> nx.MultiDiGraph:
    """Annotate ``G`` in place (co-attendance significance, protocol rank) and write the graph files,
    the explorer and the build's state (``STATE``) into ``folder``; return ``G``.

    In place, because a second graph in memory is a large build's largest cost; pass a copy to
    keep the graph as it was.  ``previous`` (the state of the build in ``published``) makes it a
    rebuild that keeps what did not change (see the module docstring); ``inputs`` is recorded in the
    state (:func:`build_inputs`), and so are the event-merge verdicts of the build (``verdicts``: the
    :class:`kg.verdicts.KnownVerdicts` that :func:`graph_of` was given).
    """
    from kg.analytics import annotate
    from kg.export.files import gephi_data, write_gexf, write_graphml, write_json
    from kg.export.site import write_site
    from kg.export.site.build import PageCache

    folder = Path(folder)
    attended = _degrees(G)
    keep = _kept_ties(previous, attended, null_samples=null_samples)
    G = annotate(G, n_samples=null_samples, seed=_SEED, copy=False, keep=keep)
    flat = gephi_data(G)          # flattened once for both
    write_graphml(G, folder / "graph.graphml", flat=flat)
    write_gexf(G, folder / "graph.gexf", flat=flat)
    del flat
    write_json(G, folder / "graph.json")
    pinyin_version = _version("pypinyin")
    cache = PageCache(Path(published) if published is not None and previous is not None else None,
                      previous.pages if previous is not None else {},
                      previous.pinyin if previous is not None and previous.pinyin_version == pinyin_version else {})
    write_site(G, folder, title=title, cache=cache)
    state = BuildState(inputs=inputs, null_samples=null_samples, attendance=attended, pages=cache.written,
                       rendered=cache.rendered, pinyin=cache.written_pinyin, pinyin_version=pinyin_version)
    drawn_before = previous.drawn if previous is not None else {}
    for u, v, d in G.edges(data=True):
        if d.get("rel") == "co_attended" and d.get("p_value") is not None:
            a, b = (u, v) if u < v else (v, u)
            key = _pair_key(a, b)
            state.ties[key] = [d.get("count"), d.get("expected"), d.get("p_value"), d.get("score")]
            if (a, b) in keep:
                state.drawn[key] = drawn_before.get(key, previous.inputs)
                state.kept_ties += 1
    if verdicts is not None:
        state.reports, state.verdicts = verdicts.written_reports, verdicts.written
        state.verdicts_code, state.compared = verdicts.code, verdicts.compared
    state.folders = _folders(folder)
    write_state(folder, state)
    return G
