"""Time of each phase of a rebuild from the store, the writers above all: GraphML, GEXF, JSON, the explorer.

    python benchmarks/writers.py --db STORE [--out DIR] [--null-samples 500] [--save-graph G.pickle]
    python benchmarks/writers.py --graph G.pickle [--out DIR]        # the writers alone, on a saved graph

With ``--db`` the graph is made as ``kg build`` makes it (load the records,
near-duplicate groups, resolve, careers, graph, analytics), each phase timed;
``--save-graph`` keeps it (a pickle: a local cache for this script only, never
an output of kg) so that the writers of two versions of the code can be timed
on the same graph with ``--graph``.  Each writer is timed once, in this process,
wall clock and process CPU time (the machine may be shared); peak RSS is
``ru_maxrss``.  Numbers are printed, never asserted.

A store of 10,000 articles comes from ``benchmarks/store_scale.py`` (its corpus)
or from ``kg add benchmarks/work/store_scale/corpus.jsonl --db STORE``.
"""
from __future__ import annotations

import argparse
import json
import pickle
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import WORK  # noqa: E402


def _timed(phases: dict, name: str, fn: Callable):
    t0, c0 = time.perf_counter(), time.process_time()
    value = fn()
    phases[name] = (time.perf_counter() - t0, time.process_time() - c0)
    return value


def graph_from_store(db: str, *, null_samples: int, phases: dict):
    from kg.analytics import annotate
    from kg.careers import careers
    from kg.graph import build_graph
    from kg.resolve import resolve
    from kg.store import Store

    with Store.open(db, create=False) as store:
        records = _timed(phases, "load records", store.records)
        dup = _timed(phases, "near-duplicate groups", store.duplicates)
    res = _timed(phases, "resolve", lambda: resolve(records))
    career = _timed(phases, "careers", lambda: careers(records, res, duplicates=dup))
    G = _timed(phases, "graph", lambda: build_graph(records, res, duplicates=dup, career=career))
    return _timed(phases, "analytics (annotate)", lambda: annotate(G, n_samples=null_samples)), len(records)


def write_all(G, out: Path, phases: dict) -> None:
    from kg.export import files
    from kg.export.files import write_gexf, write_graphml, write_json
    from kg.export.site import write_site

    out.mkdir(parents=True, exist_ok=True)
    if hasattr(files, "gephi_data"):        # as kg build does: flattened once for both files
        flat = _timed(phases, "flatten for GraphML+GEXF", lambda: files.gephi_data(G))
        _timed(phases, "GraphML", lambda: write_graphml(G, out / "graph.graphml", flat=flat))
        _timed(phases, "GEXF", lambda: write_gexf(G, out / "graph.gexf", flat=flat))
        del flat
    else:                                   # an older kg (to time the writers before and after a change)
        _timed(phases, "GraphML", lambda: write_graphml(G, out / "graph.graphml"))
        _timed(phases, "GEXF", lambda: write_gexf(G, out / "graph.gexf"))
    _timed(phases, "JSON", lambda: write_json(G, out / "graph.json"))
    _timed(phases, "explorer (write_site)", lambda: write_site(G, out, title="officials-kg"))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = ap.add_mutually_exclusive_group(required=True)
    source.add_argument("--db", help="a corpus store (kg add ... --db STORE)")
    source.add_argument("--graph", type=Path, help="a graph saved with --save-graph")
    ap.add_argument("--out", type=Path, default=WORK / "writers", help="where the outputs go")
    ap.add_argument("--null-samples", type=int, default=500, help="as kg build --null-samples (default 500)")
    ap.add_argument("--save-graph", type=Path, help="keep the graph made from --db here")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    phases: dict[str, tuple[float, float]] = {}
    articles = None
    if args.db:
        G, articles = graph_from_store(args.db, null_samples=args.null_samples, phases=phases)
        if args.save_graph:
            args.save_graph.write_bytes(pickle.dumps(G, protocol=pickle.HIGHEST_PROTOCOL))
    else:
        G = pickle.loads(args.graph.read_bytes())
    write_all(G, args.out, phases)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sizes = {p.name: p.stat().st_size for p in args.out.iterdir() if p.is_file()}
    result = {"articles": articles, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
              "phases": phases, "peak_mib": peak, "bytes": sizes}
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    head = f"{G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges"
    print(head + (f" from {articles:,} articles" if articles else "") + f"; peak RSS {peak:.0f} MiB")
    print(f"{'phase':<26} {'wall s':>8} {'cpu s':>8}")
    for name, (wall, cpu) in phases.items():
        print(f"{name:<26} {wall:>8.2f} {cpu:>8.2f}")
    print("files: " + ", ".join(f"{k} {v / 2**20:.1f} MiB" for k, v in sorted(sizes.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
