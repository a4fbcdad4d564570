"""The house's walls: who may import whom, no circles, no module too long to read in one sitting.

Read from the source with ``ast`` (every ``import`` statement, at module level or inside a
function), so the contract holds for the imports that run late as well as the ones that run
first.
"""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import extract

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("extract", "kg")
MAX_LINES = 620          # "about 600": a module should read in one sitting


def modules() -> dict[str, Path]:
    out = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            out[name] = path
    return out


def imports(path: Path, name: str) -> list[tuple[str, tuple[str, ...], int, bool]]:
    """(module imported, names taken from it, line, at module level) for each import of ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, (), node.lineno, id(node) in top) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            out.append((base, tuple(a.name for a in node.names), node.lineno, id(node) in top))
    return out


def test_extract_never_imports_kg():
    bad = [f"{name}:{line} imports {mod}" for name, path in modules().items() if name.startswith("extract")
           for mod, _, line, _ in imports(path, name) if mod == "kg" or mod.startswith("kg.")]
    assert bad == []


def test_kg_imports_extract_only_through_its_front_door():
    """kg/ takes from extract/ only the names ``extract/__init__.py`` exports (records, Extractor, ...)."""
    exported = set(extract.__all__)
    bad = []
    for name, path in modules().items():
        if not name.startswith("kg"):
            continue
        for mod, names, line, _ in imports(path, name):
            if mod.startswith("extract."):
                bad.append(f"{name}:{line} imports {mod}")
            elif mod == "extract":
                bad += [f"{name}:{line} imports extract.{n}, not exported" for n in names if n not in exported]
    assert bad == []


def test_no_circles_between_modules():
    """No two modules import each other at module level, directly or through others."""
    known = modules()
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in known.items():
        for mod, names, _, at_top in imports(path, name):
            if not at_top:
                continue
            targets = [f"{mod}.{n}" for n in names if f"{mod}.{n}" in known] or [mod]
            graph[name] |= {t for t in targets if t in known and t != name and not name.startswith(t + ".")}
    circles = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                circles.append(" -> ".join(trail[trail.index(nxt):] + [nxt]) if nxt in trail else nxt)
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for name in sorted(known):
        if name not in state:
            visit(name, [name])
    assert circles == []


def test_no_module_is_too_long():
    long = {name: n for name, path in modules().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
