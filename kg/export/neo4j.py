"""Neo4j bulk-import CSV files (``neo4j-admin database import full``).

One node file per label and one relationship file per type, each with its
header on the first line:

    nodes_person.csv             id:ID,:LABEL,name,n_articles:long,first_seen:date,...
    relationships_attended.csv   :START_ID,:END_ID,:TYPE,roles:string[],order:long,date:date,...

All ids share one id space (the graph's node ids, unique across labels).  Types
are declared from the values (long, double, boolean, date for YYYY-MM-DD,
string[] for lists joined with ``|``); dicts are JSON text.  Article texts keep
their line breaks, so the import needs ``--multiline-fields=true``.
``import.sh`` beside the files runs the whole command from their folder.

Formula injection
    A spreadsheet opening these files runs a cell that begins with ``=``, ``+``,
    ``-``, ``@``, tab or carriage return as a formula (``=HYPERLINK(...)`` in a
    person's name).  As OWASP's CSV-injection advice says, such a cell gets one
    ``'`` in front, which spreadsheets take for "this is text".  This is decided
    per column type: text columns (string, string[], JSON text, and the id, label
    and type columns) are neutralised; long, double, long[] and boolean columns
    are not: their cells hold numbers (``-3``, ``-1.5e-05``, ``-inf``, ``-1|2``)
    or true/false, from which no formula that calls anything can be made, a
    negative number there is data, and Neo4j must read it as a number (``'-3``
    is not a long).  In a string[] cell the ``'`` lands in the first item.  A
    value that begins with quotes followed by one of those characters (``'=x``)
    gets one more, so that the rule can be undone.

    Neo4j's import does not strip the ``'`` (no option of ``neo4j-admin`` does):
    the person above is stored with ``name: "'=HYPERLINK(...)"``.  To get the
    graph's value back, remove one leading ``'`` from every text value that
    matches ``'+[-=+@\\t\\r].*``, e.g. in Cypher::

        MATCH (n) WHERE n.name =~ "(?s)'+[-=+@\\t\\r].*" SET n.name = substring(n.name, 1)
"""
from __future__ import annotations

import csv
import json
import os
import re
import shlex
from collections import defaultdict
from pathlib import Path

import networkx as nx

from extract import UsageError
from kg.export import atomic_dir

ARRAY_DELIMITER = "|"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LABELS = {"person": "Person", "organization": "Organization", "event": "Event", "article": "Article"}
# Extra labels by organization kind, so that Cypher can say (:PublicBody) or (:Company).
_ORG_LABELS = {"party": "PublicBody", "government": "PublicBody", "congress": "PublicBody", "company": "Company"}
_SKIP_NODE = {"type"}          # becomes the label
_SKIP_EDGE = {"rel"}           # becomes the type
_OURS = re.compile(r"^(nodes_[a-z0-9_]+\.csv|relationships_[a-z0-9_]+\.csv|import\.sh)$")


def _labels(d: dict) -> str:
    labels = [_LABELS.get(d.get("type"), "Entity")]
    if d.get("type") == "organization" and d.get("org_type") in _ORG_LABELS:
        labels.append(_ORG_LABELS[d["org_type"]])
    if d.get("type") == "person" and d.get("is_reporter"):
        labels.append("Reporter")
    return ";".join(labels)


def _kind(value) -> str | None:
    """The Neo4j type of one value (None for a null)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "date" if _DATE.match(value) else "string"
    if isinstance(value, list | tuple | set):
        items = [x for x in value if x is not None]
        if items and all(isinstance(x, int) and not isinstance(x, bool) for x in items):
            return "long[]"
        if all(isinstance(x, str | int | float) for x in items):
            return "string[]"
    return "json"


def _column_types(rows: list[dict]) -> dict[str, str]:
    """One type per property across all rows: the narrowest that fits every value."""
    seen: dict[str, set[str]] = defaultdict(set)
    for d in rows:
        for k, v in d.items():
            t = _kind(v)
            if t is not None:
                seen[k].add(t)
    out = {}
    for k, kinds in seen.items():
        if len(kinds) == 1:
            out[k] = next(iter(kinds))
        elif kinds <= {"long", "double"}:
            out[k] = "double"
        elif kinds <= {"date", "string"}:
            out[k] = "string"
        elif kinds <= {"long[]", "string[]"}:
            out[k] = "string[]"
        else:
            out[k] = "json"
    return out


# OWASP's CSV-injection advice: a spreadsheet runs a cell that begins with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMERIC = ("long", "double", "long[]", "boolean")


def text_cell(text: str) -> str:
    """A text cell that a spreadsheet shows as text: one ``'`` in front when it would be a formula.

    >>> text_cell("=HYPERLINK(1)"), text_cell("'=x"), text_cell("张伟")
    ("'=HYPERLINK(1)", "''=x", '张伟')
    """
    return "'" + text if text.lstrip("'").startswith(FORMULA_STARTS) else text


def _cell(value, kind: str) -> str:
    """The cell of one value in a column of type ``kind``; text columns through :func:`text_cell`."""
    if value is None:
        return ""
    if kind == "boolean":
        return "true" if value else "false"
    if kind in ("long", "double", "date"):
        return str(value)
    if kind.endswith("[]"):
        items = value if isinstance(value, list | tuple | set) else [value]
        cell = ARRAY_DELIMITER.join(str(x).replace(ARRAY_DELIMITER, "｜") for x in items if x is not None)
    elif kind == "json":
        cell = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    else:
        cell = str(value)
    return cell if kind in _NUMERIC else text_cell(cell)


def _header(name: str, kind: str) -> str:
    neo = "string" if kind == "json" else kind
    return name if neo == "string" else f"{name}:{neo}"


def _write(path: Path, fixed: list[str], fixed_values: list[list[str]], rows: list[dict]) -> None:
    types = _column_types(rows)
    names = sorted(types)
    # a lone surrogate, which UTF-8 cannot hold, is written as the text \udcbb (as kg escapes ids)
    with open(path, "w", encoding="utf-8", errors="backslashreplace", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(fixed + [_header(n, types[n]) for n in names])
        for head, d in zip(fixed_values, rows):
            w.writerow([text_cell(x) for x in head] + [_cell(d.get(n), types[n]) for n in names])


def _file_part(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "other"


def import_command(node_files: list[str], relationship_files: list[str], *, database: str = "neo4j") -> str:
    """The ``neo4j-admin`` command that imports the files (paths as given), one option a line."""
    parts = ["neo4j-admin database import full", shlex.quote(database), "--overwrite-destination=true",
             f"--array-delimiter={shlex.quote(ARRAY_DELIMITER)}", "--multiline-fields=true"]
    parts += [f"--nodes={shlex.quote(f)}" for f in node_files]
    parts += [f"--relationships={shlex.quote(f)}" for f in relationship_files]
    return " \\\n  ".join(parts)


def write_neo4j(G: nx.MultiDiGraph, path: str | os.PathLike, *, database: str = "neo4j") -> list[Path]:
    """Write the bulk-import CSV files and ``import.sh`` into the folder ``path``; returns the CSV paths.

    The folder is replaced whole, so a folder that holds anything else is refused.
    """
    target = Path(path)
    if target.exists():
        others = [p.name for p in target.iterdir()] if target.is_dir() else [target.name]
        others = [x for x in others if not _OURS.match(x)]
        if others:
            raise UsageError(f"{target}: exists and holds other files ({', '.join(sorted(others)[:3])}); "
                             "give a new or empty folder for the Neo4j export")
    by_label: dict[str, list[str]] = defaultdict(list)
    for n, d in G.nodes(data=True):
        by_label[str(d.get("type") or "entity")].append(n)
    by_type: dict[str, list[tuple]] = defaultdict(list)
    for u, v, k, d in G.edges(keys=True, data=True):
        by_type[str(d.get("rel") or "related")].append((u, v, k))
    node_files, rel_files = [], []
    with atomic_dir(target) as tmp:
        for kind in sorted(by_label):
            nodes = sorted(by_label[kind])
            rows = [{k: v for k, v in G.nodes[n].items() if k not in _SKIP_NODE} for n in nodes]
            name = f"nodes_{_file_part(kind)}.csv"
            _write(tmp / name, ["id:ID", ":LABEL"], [[n, _labels(G.nodes[n])] for n in nodes], rows)
            node_files.append(name)
        for rel in sorted(by_type):
            edges = sorted(by_type[rel], key=lambda e: (e[0], e[1], str(e[2])))
            rows = [{k: v for k, v in G.edges[e].items() if k not in _SKIP_EDGE} for e in edges]
            name = f"relationships_{_file_part(rel)}.csv"
            _write(tmp / name, [":START_ID", ":END_ID", ":TYPE"], [[u, v, rel.upper()] for u, v, _ in edges], rows)
            rel_files.append(name)
        script = ("#!/bin/sh\n"
                  "# Import these files into an empty Neo4j database (stop it first; neo4j-admin on PATH).\n"
                  "set -e\ncd \"$(dirname \"$0\")\"\n"
                  + import_command(node_files, rel_files, database=database) + "\n")
        (tmp / "import.sh").write_text(script, encoding="utf-8")
        os.chmod(tmp / "import.sh", 0o755)
        written = node_files + rel_files
    return [target / f for f in written]
