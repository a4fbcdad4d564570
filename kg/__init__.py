"""officials-kg: records -> entities -> graph -> views.

    import kg
    corpus = kg.open_corpus("output/")          # what `kg build` wrote
    corpus = kg.extract_corpus(["samples/"])    # or raw texts, extracted in memory
    corpus.graph, corpus.persons(), corpus.attendance(), corpus.co_attendance()
    kg.export_graph(corpus.graph, "gexf", "graph.gexf")

The names below are loaded on first use, so that ``import kg`` costs nothing.
"""
from __future__ import annotations

__all__ = ["Corpus", "analytics", "export_graph", "extract_corpus", "open_corpus"]

_LAZY = {
    "Corpus": ("kg.api", "Corpus"),
    "open_corpus": ("kg.api", "open_corpus"),
    "extract_corpus": ("kg.api", "extract_corpus"),
    "export_graph": ("kg.export.formats", "export_graph"),
}


def __getattr__(name: str):
    import importlib

    if name == "analytics":
        return importlib.import_module("kg.analytics")
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'kg' has no attribute {name!r}") from None
    return getattr(importlib.import_module(module), attr)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
