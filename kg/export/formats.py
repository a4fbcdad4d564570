"""One entry point for every file export: ``export_graph(G, format, path)``.

    graphml   one .graphml file (scalar attributes, declared types)
    gexf      one .gexf file (dynamic spells of days, for Gephi's timeline)
    json      one node-link .json file (attributes as they are)
    neo4j     a folder of bulk-import CSV files and import.sh
    ftm       one .jsonl file of FollowTheMoney entities
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from extract import UsageError


def _graphml(G, path):
    from kg.export.files import write_graphml
    write_graphml(G, path)


def _gexf(G, path):
    from kg.export.files import write_gexf
    write_gexf(G, path)


def _json(G, path):
    from kg.export.files import write_json
    write_json(G, path)


def _neo4j(G, path):
    from kg.export.neo4j import write_neo4j
    write_neo4j(G, path)


def _ftm(G, path):
    from kg.export.ftm import write_ftm
    write_ftm(G, path)


FORMATS: dict[str, tuple[Callable[[nx.MultiDiGraph, Path], None], str]] = {
    "graphml": (_graphml, "graph.graphml"),
    "gexf": (_gexf, "graph.gexf"),
    "json": (_json, "graph.json"),
    "neo4j": (_neo4j, "neo4j"),
    "ftm": (_ftm, "entities.ftm.jsonl"),
}


def export_graph(G: nx.MultiDiGraph, format: str, path: str | os.PathLike) -> Path:
    """Write ``G`` in ``format`` (one of ``FORMATS``) to ``path``; returns the path written.

    A path that is an existing folder gets the format's usual file name inside it
    (``graph.gexf``, ``entities.ftm.jsonl`` ...), except for ``neo4j``, whose
    output is itself a folder.  The graph is not changed.
    """
    try:
        writer, default_name = FORMATS[format]
    except KeyError:
        raise UsageError(f"no export format {format!r}; available: {', '.join(FORMATS)}") from None
    target = Path(path)
    if format != "neo4j" and target.is_dir():
        target = target / default_name
    writer(G, target)
    return target
