"""The notebooks run top to bottom on the sample page, and are committed without outputs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_both_notebooks_are_there():
    assert [p.name for p in NOTEBOOKS] == ["01_explore.ipynb", "02_network_analysis.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"{path.name}: a cell has outputs; clear them before committing"
            assert cell.get("execution_count") is None, f"{path.name}: a cell has an execution count"
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


def _run(path: Path, out: Path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("OFFICIALS_KG_DATA", str(ROOT / "samples"))
    monkeypatch.setenv("OFFICIALS_KG_OUT", str(out))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return nb


def _outputs(nb, kind: str) -> list[str]:
    found = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            data = o.get("data", {})
            if kind in data:
                found.append(data[kind])
    return found


def test_explore_notebook_runs_and_draws_the_ego_network_inline(tmp_path, monkeypatch):
    nb = _run(ROOT / "notebooks" / "01_explore.ipynb", tmp_path, monkeypatch)
    pages = [h for h in _outputs(nb, "text/html") if "<iframe srcdoc=" in h]
    assert len(pages) == 1
    assert "new vis.Network" in pages[0] and "https://" not in pages[0].split("vis-network")[0]
    tables = [h for h in _outputs(nb, "text/html") if "<table" in h]
    assert any("刘非" in t for t in tables)
    assert not any(o.get("output_type") == "error" for c in nb.cells for o in c.get("outputs", []))


def test_network_notebook_runs_plots_and_exports_for_gephi(tmp_path, monkeypatch):
    import networkx as nx

    nb = _run(ROOT / "notebooks" / "02_network_analysis.ipynb", tmp_path, monkeypatch)
    assert len(_outputs(nb, "image/png")) >= 4
    G = nx.read_gexf(tmp_path / "graph.gexf")
    assert any("protocol_rank" in d for _, d in G.nodes(data=True))
    assert nx.read_graphml(tmp_path / "graph.graphml").number_of_nodes() == G.number_of_nodes()
