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
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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
             duplicates: Mapping[str, str] | None = None, vocab=None) -> Resolved:
    """Resolve the entities of ``records`` (``aliases``: the user's decisions) and read their careers.

    ``duplicates`` maps an article id to the first article of its near-duplicate group
    (``Store.duplicates``): copies are counted once.  ``vocab`` is an Extractor's vocabulary
    (``extractor(config).vocab``: the regions and group labels of its lexicons); the built-in
    one by default.
    """
    records = list(records)
    dup = dict(duplicates or {})
    res = resolve(records, aliases=aliases.without_events() if aliases else None, vocab=vocab)
    skip = None if vocab is None else {post for post, _ in vocab.group_labels.values()}
    # one event across reports: the article events that tell of one event become one node
    events = group_events(records, res, aliases=aliases, duplicates=dup, vocab=vocab)
    held = tenures(records, res, duplicates=dup, skip_posts=skip, vocab=vocab)
    return Resolved(records, res, careers(records, res, duplicates=dup, skip_posts=skip), dup, events, held)


def graph_of(records: Iterable[ArticleRecord], *, aliases: Aliases | None = None,
             duplicates: Mapping[str, str] | None = None, vocab=None) -> Built:
    """The graph of ``records`` (see :mod:`kg.graph`), not yet annotated by the analytics.

    Examples
    --------
    >>> from extract import extract_text
    >>> built = graph_of(extract_text("本报讯 25日,市委书记刘非出席会议。", date="2025-09-26"))
    >>> sorted({d["type"] for _, d in built.graph.nodes(data=True)})
    ['article', 'event', 'organization', 'person']
    """
    r = resolved(records, aliases=aliases, duplicates=duplicates, vocab=vocab)
    G = build_graph(r.records, r.resolution, duplicates=r.duplicates, career=r.career, events=r.events,
                    tenures=r.tenures)
    return Built(r, G)


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


def write_graph(G: nx.MultiDiGraph, folder: str | Path, *, null_samples: int = DEFAULT_NULL_SAMPLES,
                title: str = "officials-kg") -> nx.MultiDiGraph:
    """Annotate ``G`` in place (co-attendance significance, protocol rank) and write the graph files
    and the explorer into ``folder``; return ``G``.

    In place, because a second graph in memory is a large build's largest cost; pass a copy to
    keep the graph as it was.
    """
    from kg.analytics import annotate
    from kg.export.files import gephi_data, write_gexf, write_graphml, write_json
    from kg.export.site import write_site

    folder = Path(folder)
    G = annotate(G, n_samples=null_samples, copy=False)
    flat = gephi_data(G)          # flattened once for both
    write_graphml(G, folder / "graph.graphml", flat=flat)
    write_gexf(G, folder / "graph.gexf", flat=flat)
    del flat
    write_json(G, folder / "graph.json")
    write_site(G, folder, title=title)
    return G
