"""A build killed (kill -9) or failing while it writes: outputs whole, leftovers cleaned by the next build.

tests/test_cli_store.py kills ``kg add`` and ``kg build`` at moments found by polling; here the
``kg build`` process is held, by a patch inside it, at the exact moment to test (half of
graph.graphml written to its temporary file; the explorer staged but not yet published),
then killed with SIGKILL.  Every output is written into a staging folder beside out/ that replaces
it in one swap (kg.export.publish), so out/ stays the previous build whole.
"""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.cli import main
from kg.export import atomic_path, remove_leftovers
from kg.export.readers import read_graphml

ROOT = Path(__file__).resolve().parents[1]
PAGE = (ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt").read_text(encoding="utf-8")
BUILD = ["build", "--db", "store.sqlite", "-o", "out", "-q", "--null-samples", "10",
         "--locale", "浙江省/杭州市/钱塘区"]

# Run kg in a child process that stops at one point of the build, says so in a marker file, and waits.
HOLD = r"""
import contextlib, sys, time
from pathlib import Path
marker, where, argv = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]

def hold():
    marker.write_text("held")
    time.sleep(600)

import kg.export
if where == "graphml":
    # every writer goes through kg.export.atomic_path: let graph.graphml's temporary file be written,
    # cut it to half, and stop there, as a build killed in the middle of writing it
    real = kg.export.atomic_path

    @contextlib.contextmanager
    def atomic_path(path):
        with real(path) as tmp:
            yield tmp
            if Path(path).name == "graph.graphml":
                tmp.write_bytes(tmp.read_bytes()[: tmp.stat().st_size // 2])
                hold()

    kg.export.atomic_path = atomic_path
elif where == "site":
    from kg.export.site import build
    build._publish = lambda stage, out: hold()

from kg.cli import main
sys.exit(main(argv))
"""


def _env() -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def _kill_when_held(work: Path, where: str, argv: list[str], *, timeout: float = 180) -> None:
    marker = work / f"held-{where}"
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(marker), where, *argv], cwd=work, env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    try:
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        _, err = proc.communicate()
    assert marker.exists(), f"the build did not reach {where}: {err.decode(errors='replace')[-2000:]}"
    assert proc.returncode == -signal.SIGKILL


def _visible(out: Path) -> dict[str, bytes]:
    """Every output file that is not a hidden temporary, by path relative to ``out``."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(out).parts)}


def _hidden(out: Path) -> list[str]:
    """What a build left beside ``out`` (its staging folder and lock) or hidden inside it (not the manifest)."""
    beside = [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.build-")]
    inside = [p.name for p in out.iterdir() if p.name.startswith(".") and p.name not in (".kg-manifest.json",
                                                                                          ".kg-state.json")]
    return sorted(beside + inside)


@pytest.fixture
def built(tmp_path) -> Path:
    """A store with the sample page and a first, finished build of it in out/."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(PAGE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kg.cli", *BUILD[:1], "in", *BUILD[1:]], cwd=tmp_path, env=_env(),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return tmp_path


@pytest.mark.parametrize("where", ["graphml", "site"])
def test_a_build_killed_while_writing_leaves_whole_outputs_and_the_next_cleans_up(built, where):
    out = built / "out"
    before = _visible(out)
    _kill_when_held(built, where, [*BUILD, "--full"])     # --full: a rebuild with nothing new writes nothing
    # the half-written file or the staged explorer is in the build's staging folder beside out/
    assert any(name.startswith(".out.build-") for name in _hidden(out))
    # every visible output is the previous build's, whole (this rebuild would write the same bytes)
    assert _visible(out) == before
    read_graphml(out / "graph.graphml")
    # the next build (nothing new: a no-op) completes and removes what the killed one left
    done = subprocess.run([sys.executable, "-m", "kg.cli", *BUILD], cwd=built, env=_env(), capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _hidden(out) == []
    assert _visible(out) == before


def test_a_build_that_fails_while_writing_keeps_the_previous_outputs(built, monkeypatch, capsys):
    """A full disk while writing graph.gexf: one error line, the old file in place, no temporary left."""
    monkeypatch.chdir(built)
    out = built / "out"
    before = _visible(out)

    import kg.export
    import kg.export.files

    real = kg.export.atomic_path

    @contextlib.contextmanager
    def disk_full_at_gexf(path):
        with real(path) as tmp:
            yield tmp
            if Path(path).name == "graph.gexf":
                tmp.write_bytes(tmp.read_bytes()[:100])
                raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(kg.export, "atomic_path", disk_full_at_gexf)
    monkeypatch.setattr(kg.export.files, "atomic_path", disk_full_at_gexf)
    assert main([*BUILD, "--full"]) == 2            # --full: a rebuild with nothing new writes nothing
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device" in err and "Traceback" not in err
    assert _hidden(out) == []
    assert _visible(out) == before


def test_remove_leftovers_spares_fresh_temporaries_and_other_files(tmp_path):
    old = time.time() - 3600
    for name in (".graph.graphml.ab12.tmp", ".site.x1y2", ".graph.json.q.tmp", ".notes", "graph.graphml",
                 ".graph.graphmlx.tmp"):
        path = tmp_path / name
        if name.startswith(".site."):
            (path / "person").mkdir(parents=True)
        else:
            path.write_text("x")
        os.utime(path, (old, old))
    with atomic_path(tmp_path / "graph.gexf") as fresh:          # a run still writing
        fresh.write_text("<gexf")
        removed = remove_leftovers(tmp_path, ("graph.graphml", "graph.gexf", "graph.json", "site"),
                                   before=time.time() - 60)
        assert fresh.exists()
    assert sorted(p.name for p in removed) == [".graph.graphml.ab12.tmp", ".graph.json.q.tmp", ".site.x1y2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".graph.graphmlx.tmp", ".notes", "graph.gexf",
                                                          "graph.graphml"]
    assert remove_leftovers(tmp_path / "missing", ("x",), before=time.time()) == []
