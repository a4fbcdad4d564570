"""The Python API: open a corpus, get its graph, and tables of what is in it.

    import kg
    corpus = kg.open_corpus("output/")          # a folder written by `kg build`
    corpus = kg.extract_corpus(["samples/"])    # or extract texts in memory
    corpus.graph                                # networkx.MultiDiGraph, annotated
    corpus.persons(); corpus.posts(); corpus.organizations(); corpus.events()
    corpus.attendance(); corpus.co_attendance(max_p_value=0.05)
    corpus.tenures(); corpus.successions("书记", "杭州市委")   # who held what, from when to when
    corpus.ego("刘非")                           # ego graph of a person (name or id)

The tables are pandas DataFrames (``pip install 'officials-kg[analysis]'``); the
graph and the analytics (:mod:`kg.analytics`) need only networkx.
"""
from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import networkx as nx

from extract import InputError, MissingDependency, UsageError
from extract import ArticleRecord
from kg import analytics
from kg.build import DEFAULT_NULL_SAMPLES, graph_of

__all__ = ["Corpus", "extract_corpus", "open_corpus"]


def _pandas():
    try:
        import pandas as pd
    except ImportError:
        raise MissingDependency("the tables of the Python API", "pandas",
                                "pip install 'officials-kg[analysis]'") from None
    return pd


class Corpus:
    """A graph of officials and the article records it was built from.

    Build one with :func:`open_corpus` or :func:`extract_corpus`.  ``graph`` is
    annotated (co-attendance significance, protocol rank) the first time it is
    asked for if it was not already; the graph given is never changed.
    """

    def __init__(self, graph: nx.MultiDiGraph,
                 records: Sequence[ArticleRecord] | Callable[[], Sequence[ArticleRecord]] = (), *,
                 path: str | os.PathLike | None = None, n_samples: int = DEFAULT_NULL_SAMPLES,
                 seed: int = 0) -> None:
        self._raw = graph
        self._graph: nx.MultiDiGraph | None = None
        self._records = records if callable(records) else tuple(records)
        self.path = Path(path) if path is not None else None
        self._n_samples = n_samples
        self._seed = seed

    @property
    def records(self) -> tuple[ArticleRecord, ...]:
        """The article records; a corpus opened from a folder reads them the first time they are asked for."""
        if callable(self._records):
            self._records = tuple(self._records())
        return self._records

    def __repr__(self) -> str:
        kinds = defaultdict(int)
        for _, d in self._raw.nodes(data=True):
            kinds[d.get("type")] += 1
        summary = ", ".join(f"{v} {k}s" for k, v in sorted(kinds.items(), key=lambda x: str(x[0])))
        where = f" from {str(self.path)!r}" if self.path else ""
        return f"<Corpus{where}: {kinds.get('article', 0)} articles; {summary}>"

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The graph (see :mod:`kg.graph`), with the attributes of :func:`kg.analytics.annotate`."""
        if self._graph is None:
            if analytics.is_annotated(self._raw):
                self._graph = self._raw
            else:
                self._graph = analytics.annotate(self._raw, n_samples=self._n_samples, seed=self._seed)
        return self._graph

    # -- looking up -----------------------------------------------------------

    def person_id(self, person: str) -> str:
        """The node id of a person given by id or by name; a name two persons share is an error."""
        G = self._raw
        if person in G and G.nodes[person].get("type") == "person":
            return person
        found = sorted(n for n, d in G.nodes(data=True)
                       if d.get("type") == "person" and person in (d.get("name"), d.get("label")))
        if len(found) == 1:
            return found[0]
        if not found:
            raise UsageError(f"no person named {person!r} in the corpus; "
                             "list them with corpus.persons() and pass a name or an id from there")
        raise UsageError(f"{len(found)} persons are named {person!r} ({', '.join(found)}); pass one of these ids")

    def ego(self, person: str, *, radius: int = 1) -> nx.Graph:
        """The persons, organizations and events within ``radius`` steps of ``person`` (name or id).

        Articles and reporters are left out; each edge has ``rels``, the set of
        relations between its two ends.  Node attributes are the graph's.
        """
        from kg.export.site.network import relations_graph

        if not isinstance(radius, int) or radius < 1:
            raise UsageError(f"radius must be a positive integer, got {radius!r}")
        pid = self.person_id(person)
        return nx.ego_graph(relations_graph(self.graph), pid, radius=radius)

    def show_ego(self, person: str, *, radius: int = 1, height: int = 500):
        """The ego network of ``person``, drawn inline in a notebook (works offline)."""
        from kg.export.inline import notebook_view

        pid = self.person_id(person)
        E = self.ego(pid, radius=radius)
        return notebook_view(self.graph.subgraph(E.nodes), focus=pid, height=height)

    # -- tables ---------------------------------------------------------------

    def _nodes(self, kind: str) -> list[tuple[str, dict]]:
        return sorted(((n, d) for n, d in self.graph.nodes(data=True) if d.get("type") == kind), key=lambda x: x[0])

    def _edges(self, rel: str):
        return [(u, v, d) for u, v, d in self.graph.edges(data=True) if d.get("rel") == rel]

    def _label(self, n: str) -> str:
        d = self.graph.nodes[n]
        return str(d.get("name") or d.get("label") or n)

    def persons(self, *, reporters: bool = False):
        """One row per person: id, name, n_articles, first_seen, last_seen, n_events, n_posts, protocol_rank.

        Reporters (bylines) are left out unless ``reporters=True``.
        """
        pd = _pandas()
        events = defaultdict(set)
        for u, v, _ in self._edges("attended"):
            events[u].add(v)
        posts = defaultdict(set)
        for u, v, d in self._edges("holds_post"):
            posts[u].add((v, d.get("post")))
        rows = []
        for n, d in self._nodes("person"):
            if d.get("is_reporter") and not reporters:
                continue
            rows.append({"id": n, "name": self._label(n), "is_reporter": bool(d.get("is_reporter")),
                         "n_articles": d.get("n_articles"), "first_seen": d.get("first_seen"),
                         "last_seen": d.get("last_seen"), "n_events": len(events[n]), "n_posts": len(posts[n]),
                         "protocol_rank": d.get("protocol_rank"),
                         "protocol_consistency": d.get("protocol_consistency")})
        df = pd.DataFrame(rows, columns=["id", "name", "is_reporter", "n_articles", "first_seen", "last_seen",
                                         "n_events", "n_posts", "protocol_rank", "protocol_consistency"])
        df["protocol_rank"] = df["protocol_rank"].astype("Int64")
        df["n_articles"] = df["n_articles"].astype("Int64")
        return df

    def posts(self):
        """One row per post a person was seen holding, with the first and last date seen (the careers)."""
        pd = _pandas()
        rows = [{"person_id": c.person, "person": c.name, "post": c.post, "organization_id": c.organization,
                 "organization": c.organization_name, "title": c.title, "first_seen": c.first_seen,
                 "last_seen": c.last_seen, "n_articles": c.n_articles, "articles": list(c.articles)}
                for c in analytics.careers(self.graph)]
        return pd.DataFrame(rows, columns=["person_id", "person", "post", "organization_id", "organization",
                                           "title", "first_seen", "last_seen", "n_articles", "articles"])

    def tenures(self, *, person: str | None = None):
        """One row per tenure: a person in a post of an organ from ``start`` to ``end`` (see :mod:`kg.tenures`).

        Columns: person_id, person, post (without 代理), acting (True for 代理/代), organization_id (None
        when the organ is no organization node, as for 区长 of a place), organization, start, end,
        start_basis and end_basis (``decision``: the person's own appointment or removal; ``successor``:
        the next holder's appointment; ``seen``: the first or last article showing the post; ``unknown``),
        basis (``start_basis/end_basis``), first_seen, last_seen, n_articles, actions (the decisions'
        actions in date order: appoint, elect, acting, remove, resign), articles (every article that
        shows or decides it).  ``person`` (a name or id) keeps one person's tenures.  Sorted by person,
        then start.
        """
        pd = _pandas()
        keep = self.person_id(person) if person is not None else None
        rows = [{"person_id": t.person, "person": t.name, "post": t.post, "acting": t.acting,
                 "organization_id": t.organ, "organization": t.organ_name, "start": t.start, "end": t.end,
                 "start_basis": t.start_basis, "end_basis": t.end_basis, "basis": t.basis,
                 "first_seen": t.first_seen, "last_seen": t.last_seen, "n_articles": t.n_articles,
                 "actions": [d.action for d in t.decisions], "articles": list(t.articles)}
                for t in self._tenures() if keep is None or t.person == keep]
        df = pd.DataFrame(rows, columns=["person_id", "person", "post", "acting", "organization_id", "organization",
                                         "start", "end", "start_basis", "end_basis", "basis", "first_seen",
                                         "last_seen", "n_articles", "actions", "articles"])
        return df.sort_values(["person_id", "start", "post"], na_position="last", kind="stable").reset_index(drop=True)

    def successions(self, post: str, org: str):
        """Who held ``post`` (市长; 代市长 is the same post, acting) in ``org``, in order of start.

        ``org`` is an organization id or name, or a place as written (the 市长 of 杭州市 and of
        杭州市人民政府 are one succession).  Columns: order, person_id, person, acting, start, end,
        basis (as in :meth:`tenures`), gap_days (days from the latest earlier end to this start, when
        more than one), overlap (the earlier holders, by name, whose tenure runs past this start),
        flag (``gap``, ``overlap`` or empty), plural (a post several hold at once, such as 副市长:
        overlaps are expected), articles (the evidence).  Empty when no tenure holds the post there.
        """
        from kg.tenures import succession

        pd = _pandas()
        found = succession(self._tenures(), post, org)
        names = {t.person: t.name for t in self._tenures()}
        rows = [] if found is None else [
            {"order": h.order, "person_id": h.tenure.person, "person": h.tenure.name, "acting": h.tenure.acting,
             "start": h.tenure.start, "end": h.tenure.end, "basis": h.tenure.basis, "gap_days": h.gap_days,
             "overlap": [names.get(p, p) for p in h.overlap], "flag": h.flag, "plural": found.plural,
             "articles": list(h.tenure.articles)} for h in found.holders]
        df = pd.DataFrame(rows, columns=["order", "person_id", "person", "acting", "start", "end", "basis", "gap_days",
                                         "overlap", "flag", "plural", "articles"])
        df["gap_days"] = df["gap_days"].astype("Int64")
        return df

    def _tenures(self) -> list:
        """The tenures the graph's person nodes carry (``kg.graph``), as :class:`kg.tenures.Tenure`."""
        from kg.tenures import Tenure

        out = []
        for n, d in sorted(self._raw.nodes(data=True), key=lambda x: x[0]):
            if d.get("type") != "person" or not d.get("tenures"):
                continue
            items = d["tenures"]
            if isinstance(items, str):              # flattened by a GraphML round trip
                items = json.loads(items)
            out += [Tenure.from_dict(n, str(d.get("name") or d.get("label") or n), x) for x in items]
        return out

    def organizations(self):
        """One row per organization: id, name, org_type, aliases, n_articles, n_holders, n_visits."""
        pd = _pandas()
        articles, holders, visits = defaultdict(set), defaultdict(set), defaultdict(set)
        for u, v, d in self._edges("mentioned_in"):
            articles[u].add(v)
        for u, v, _ in self._edges("holds_post"):
            holders[v].add(u)
        for u, v, _ in self._edges("visited"):
            visits[v].add(u)
        rows = [{"id": n, "name": self._label(n), "org_type": d.get("org_type"), "aliases": list(d.get("aliases") or []),
                 "n_articles": len(articles[n]), "n_holders": len(holders[n]), "n_visits": len(visits[n])}
                for n, d in self._nodes("organization")]
        return pd.DataFrame(rows, columns=["id", "name", "org_type", "aliases", "n_articles", "n_holders",
                                           "n_visits"])

    def events(self):
        """One row per event: id, name, event_type, date, place, host, article, n_participants."""
        pd = _pandas()
        people = defaultdict(set)
        for u, v, _ in self._edges("attended"):
            people[v].add(u)
        rows = [{"id": n, "name": self._label(n), "event_type": d.get("event_type"), "date": d.get("date"),
                 "place": d.get("place"), "host": d.get("host"), "article": d.get("article"),
                 "n_participants": len(people[n])}
                for n, d in self._nodes("event")]
        return pd.DataFrame(rows, columns=["id", "name", "event_type", "date", "place", "host", "article",
                                           "n_participants"])

    def attendance(self):
        """One row per person at an event: person, event, role, roles, order, title, date, article.

        ``roles`` is the list of roles as written (出席, 致辞 ...), ``role`` the same
        joined with "、"; ``df.explode("roles")`` gives one row per role.
        """
        pd = _pandas()
        rows = []
        for u, v, d in self._edges("attended"):
            roles = list(d.get("roles") or [])
            rows.append({"person_id": u, "person": self._label(u), "event_id": v, "event": self._label(v),
                         "event_type": self.graph.nodes[v].get("event_type"), "role": "、".join(roles),
                         "roles": roles, "order": d.get("order"), "title": d.get("title"), "date": d.get("date"),
                         "article": d.get("article")})
        df = pd.DataFrame(rows, columns=["person_id", "person", "event_id", "event", "event_type", "role", "roles",
                                         "order", "title", "date", "article"])
        df["order"] = df["order"].astype("Int64")
        return df.sort_values(["date", "event_id", "order"], na_position="last", kind="stable").reset_index(drop=True)

    def co_attendance(self, *, max_p_value: float | None = None):
        """One row per pair of persons who attended an event together, with the significance of the tie.

        Columns: person_a, person_b (names), person_a_id, person_b_id, count,
        expected, p_value, score, events; sorted by p_value, then count.
        ``max_p_value`` keeps the ties at least that significant.
        """
        pd = _pandas()
        P = analytics.co_attendance_graph(self.graph, max_p_value=max_p_value)
        rows = []
        for a, b, d in P.edges(data=True):
            a, b = sorted((a, b))
            rows.append({"person_a": self._label(a), "person_b": self._label(b), "person_a_id": a, "person_b_id": b,
                         "count": d["count"], "expected": d.get("expected"), "p_value": d.get("p_value"),
                         "score": d.get("score"), "events": list(d["events"])})
        df = pd.DataFrame(rows, columns=["person_a", "person_b", "person_a_id", "person_b_id", "count", "expected",
                                         "p_value", "score", "events"])
        return df.sort_values(["p_value", "count", "person_a_id", "person_b_id"], ascending=[True, False, True, True],
                              kind="stable").reset_index(drop=True)

    def centrality(self, *, seed: int = 0):
        """One row per person: degree and betweenness centrality, Louvain community, protocol rank."""
        pd = _pandas()
        G = self.graph
        degree = analytics.degree_centrality(G)
        between = analytics.betweenness_centrality(G)
        community = {n: i for i, c in enumerate(analytics.communities(G, seed=seed)) for n in c}
        rows = [{"id": n, "name": self._label(n), "degree": degree[n], "betweenness": between[n],
                 "community": community.get(n), "protocol_rank": G.nodes[n].get("protocol_rank")}
                for n in sorted(degree)]
        df = pd.DataFrame(rows, columns=["id", "name", "degree", "betweenness", "community", "protocol_rank"])
        df["protocol_rank"] = df["protocol_rank"].astype("Int64")
        return df.sort_values(["degree", "betweenness", "id"], ascending=[False, False, True],
                              kind="stable").reset_index(drop=True)

    def articles(self):
        """One row per article: id, headline, date, publication, source, n_persons, n_events."""
        pd = _pandas()
        rows = [{"id": r.article.id, "headline": r.article.headline, "date": r.article.date,
                 "publication": r.article.page.publication if r.article.page else r.article.publication,
                 "source": r.article.source, "n_persons": len(r.persons), "n_events": len(r.events)}
                for r in self.records]
        return pd.DataFrame(rows, columns=["id", "headline", "date", "publication", "source", "n_persons",
                                           "n_events"])


def _read_records(path: Path) -> list[ArticleRecord]:
    from extract import record_from_json

    records = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                records.append(record_from_json(json.loads(line)))
            except (ValueError, KeyError, TypeError) as e:
                raise InputError(str(path), f"not a line of `kg extract` ({type(e).__name__}: {e})",
                                 "rewrite it with `kg extract` or `kg build`", line=i) from None
    return records


def read_graph_json(path: str | os.PathLike) -> nx.Graph:
    """The graph of a node-link ``graph.json`` (as ``networkx.node_link_graph(data, edges="links")``).

    Each node and link record is dropped once it is in the graph, so that the
    parsed file and the graph are not both whole in memory (a 100,000-article
    build's graph.json is 370 MB).
    """
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        multigraph, directed = bool(data.get("multigraph", True)), bool(data.get("directed", True))
        kind = {(True, True): nx.MultiDiGraph, (True, False): nx.MultiGraph,
                (False, True): nx.DiGraph, (False, False): nx.Graph}[(multigraph, directed)]
        G = kind()
        G.graph.update(data.get("graph") or {})
        nodes, links = data.pop("nodes"), data.pop("links")
        for i, d in enumerate(nodes):
            nodes[i] = None
            G.add_node(d.pop("id"), **d)
        del nodes
        for i, d in enumerate(links):
            links[i] = None
            u, v = d.pop("source"), d.pop("target")
            if multigraph:
                key = d.pop("key", None)
                key = G.add_edge(u, v, key=key)
                G.edges[u, v, key].update(d)        # not add_edge(**d): an attribute may be called "key"
            else:
                G.add_edge(u, v)
                G.edges[u, v].update(d)
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"cannot be read ({type(e).__name__}: {e})",
                         "rebuild it with `kg build INPUT... -o DIR`") from None
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as e:
        raise InputError(str(path), f"not a node-link graph ({type(e).__name__}: {e})",
                         "rebuild it with `kg build INPUT... -o DIR`") from None
    return G


def open_corpus(path: str | os.PathLike, *, n_samples: int = DEFAULT_NULL_SAMPLES, seed: int = 0) -> Corpus:
    """Open what ``kg build`` or ``kg extract`` wrote.

    ``path`` is a folder written by ``kg build`` (``graph.json``, and
    ``articles.jsonl`` when present) or a ``.jsonl`` file written by ``kg
    extract`` (its graph is built in memory).  ``n_samples`` and ``seed`` are used
    if the graph still needs its co-attendance significance (see
    :func:`kg.analytics.annotate`).
    """
    p = Path(path)
    if p.is_dir() and (p / "graph.json").is_file():
        G = read_graph_json(p / "graph.json")
        articles = p / "articles.jsonl"
        records = (lambda: _read_records(articles)) if articles.is_file() else []
        return Corpus(G, records, path=p, n_samples=n_samples, seed=seed)
    if p.is_file() and p.suffix == ".jsonl":
        records = _read_records(p)
        return Corpus(graph_of(records).graph, records, path=p, n_samples=n_samples, seed=seed)
    if not p.exists():
        raise InputError(str(p), "no such file or folder", "give a folder written by `kg build` or a .jsonl "
                         "file written by `kg extract`")
    raise InputError(str(p), "neither a `kg build` folder (no graph.json) nor a .jsonl file of `kg extract`",
                     "run `kg build INPUT... -o DIR` and open DIR, or use kg.extract_corpus() on raw texts")


def extract_corpus(inputs: str | os.PathLike | Iterable[str | os.PathLike], *, locale: str | None = None,
                   backend: str | None = None, n_samples: int = DEFAULT_NULL_SAMPLES,
                   seed: int = 0) -> Corpus:
    """Extract texts (files or folders, as ``kg build`` reads them) into a corpus in memory.

    ``backend`` names the NER backend (default: extraction's default).  Inputs
    that cannot be read are skipped with a ``warnings.warn`` each; if none can be
    read, ``InputError`` is raised.
    """
    import warnings

    from extract import ExtractConfig, extractor, read_inputs

    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    paths = [str(x) for x in inputs]
    config = ExtractConfig(locale=locale) if backend is None else ExtractConfig(backend=backend, locale=locale)
    n_sources = 0

    def sources():
        nonlocal n_sources
        for item in read_inputs(paths, locale=locale):
            if isinstance(item, InputError):
                warnings.warn(str(item), stacklevel=3)
                continue
            n_sources += 1
            yield item

    records = list(extractor(config).pipe(sources()))     # articles jumping across pages joined, as kg build
    if n_sources == 0:
        raise InputError(", ".join(paths) or "(no inputs)", "no input could be read",
                         "give .txt, .jsonl or .html files or folders of them")
    return Corpus(graph_of(records).graph, records, n_samples=n_samples, seed=seed)
