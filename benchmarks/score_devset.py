"""Score kg (and LAC alone) on every gold page of a folder: the sample page and the development set.

    python benchmarks/score_devset.py [DIR ...] [--system kg|kg-none|kg-spacy|lac|all] [-v]

Each ``*.gold.json`` in a folder is scored against the extraction of the ``.txt``
beside it (run in-process through ``extract.ingest`` and ``extract.pipeline``, the
same path as ``kg extract``), with ``score_gold.score``; counts are summed over all
pages (micro average).  Default folders: ``benchmarks/devset`` (written for this
project by a team member who did not see the extraction code: 8 pages, 30 articles
from 8 provinces) and ``tests/fixtures`` (the sample page).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Counts, format_row, table_header  # noqa: E402
from benchmarks.score_gold import CATEGORIES, read_gold, score  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = (ROOT / "benchmarks" / "devset", ROOT / "tests" / "fixtures")


def kg_predictions(page: Path, *, backend: str | None = None, options: tuple[tuple[str, str], ...] = ()) -> list[dict]:
    from extract.ingest import read_inputs
    from extract.jsonio import record_to_json
    from extract.pipeline import ExtractConfig, extract_source

    config = ExtractConfig() if backend is None else ExtractConfig(backend=backend, backend_options=options)
    out = []
    for source in read_inputs([str(page)]):
        if isinstance(source, Exception):
            raise SystemExit(str(source))
        out += [record_to_json(r) for r in extract_source(source, config)]
    return out


def lac_predictions(page: Path) -> list[dict]:
    from benchmarks.lac_baseline import lac_record, load_lac

    lac = load_lac()
    return [lac_record(a, lac) for a in kg_predictions(page)]


def pages(dirs) -> list[tuple[Path, Path]]:
    found = []
    for d in dirs:
        for gold in sorted(Path(d).glob("*.gold.json")):
            txt = gold.with_name(gold.name[: -len(".gold.json")] + ".txt")
            if not txt.exists():
                txt = ROOT / "samples" / txt.name
            if txt.exists():
                found.append((gold, txt))
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--system", choices=("kg", "kg-none", "kg-spacy", "lac", "all"), default="kg")
    parser.add_argument("-v", "--verbose", action="store_true", help="list false positives and negatives")
    args = parser.parse_args(argv)
    systems = ("kg", "kg-none", "kg-spacy", "lac") if args.system == "all" else (args.system,)
    found = pages(args.dirs or DEFAULT_DIRS)
    print(f"{len(found)} gold pages")
    for system in systems:
        totals = {name: Counts() for name in CATEGORIES}
        for gold_path, txt in found:
            gold = read_gold(gold_path)
            if system == "lac":
                pred = lac_predictions(txt)
            else:
                pred = kg_predictions(txt, backend={"kg-none": "none", "kg-spacy": "spacy"}.get(system))
            report = score(gold, pred)
            for name in CATEGORIES:
                c = report.counts[name]
                totals[name].add(c)
                if args.verbose and system == "kg":
                    for x in c.false_pos:
                        print(f"  FP {gold_path.name[:24]} {name}: {x}")
                    for x in c.false_neg:
                        print(f"  FN {gold_path.name[:24]} {name}: {x}")
        print(f"\n== {system}")
        print(table_header())
        for name in CATEGORIES:
            print(format_row(name, totals[name]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
