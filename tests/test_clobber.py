"""Nothing lost, nothing clobbered: output paths, the build's output folder, concurrent adds, store modes.

Each test reproduces a way a run destroyed or mixed something (issue "Nothing lost, nothing clobbered")
and asserts what happens now.  Concurrency tests run real ``kg`` processes.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kg.cli import main
from kg.export.publish import MANIFEST, foreign_entries
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from benchmarks.concurrent_adds import repost, story  # noqa: E402   the reports the benchmark adds
SAMPLE = ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt"
REPORT = ("本报讯 25日,区委书记李俊出席全区安全生产工作会议并讲话。区长陈明主持会议,"
          "区领导胡潜、吴刚参加。")


def kg(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def kg_process(*argv, cwd: Path | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, argv)], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the SHA-1 of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# -- kg extract -o: only a regular file is ever replaced ------------------------------------------

def test_output_to_a_fifo_writes_into_it(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, _ = kg(capsys, "extract", tmp_path / "a.txt", "-o", fifo, "-j", "1", "-q")
    if fifo.is_fifo() and reader.is_alive():
        try:                            # nothing was written into the FIFO: let the reader end (non-blocking:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))    # the reader may have just ended, ENXIO)
        except OSError:
            pass
    reader.join(timeout=60)
    assert code == 0
    assert fifo.is_fifo()                               # still the FIFO, not a file put in its place
    assert json.loads(got[0].decode("utf-8"))["id"] == "a.txt"


def test_output_through_a_symlink_writes_its_target(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    real = tmp_path / "real" / "out.jsonl"
    real.parent.mkdir()
    real.write_text('{"schema_version":1,"id":"old.txt"}\n', encoding="utf-8")     # an earlier run's output
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    code, _, _ = kg(capsys, "extract", tmp_path / "a.txt", "-o", link, "-j", "1", "-q")
    assert code == 0
    assert link.is_symlink() and link.resolve() == real
    assert json.loads(real.read_text(encoding="utf-8"))["id"] == "a.txt"


def test_output_never_replaces_a_file_kg_did_not_write(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    system = tmp_path / "passwd"                        # as `-o /etc/passwd` would, run as root
    system.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    records = tmp_path / "in.jsonl"                     # an input named as the output by mistake
    records.write_text('{"id": "a1", "text": "' + REPORT + '"}\n', encoding="utf-8")
    for target in (system, records):
        before = target.read_bytes()
        code, _, err = kg(capsys, "extract", tmp_path / "a.txt", "-o", target, "-j", "1", "-q")
        assert code == 2
        assert err.strip() == (f"kg: error: {target}: exists and is not a file kg wrote (kg replaces only its "
                               "own outputs); give a new file name, or move that file away first")
        assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "in.jsonl", "passwd"]     # no temporary left
    code, _, err = kg(capsys, "extract", tmp_path / "a.txt", "-o", tmp_path, "-j", "1", "-q")
    assert code == 2 and err.strip() == f"kg: error: {tmp_path}: is a folder; give a file name for this output"


def test_output_replaces_an_earlier_output_and_an_empty_file(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    for _ in range(2):                                  # empty, then the first run's output
        code, _, _ = kg(capsys, "extract", tmp_path / "a.txt", "-o", out, "-j", "1", "-q")
        assert code == 0
        assert json.loads(out.read_text(encoding="utf-8"))["id"] == "a.txt"


def test_ours_to_replace_knows_each_format_kg_writes(tmp_path):
    from kg.export import ours_to_replace

    heads = {"extract.jsonl": '{"schema_version":1,"id":"x"}\n', "graph.json": '{\n "directed": true,\n',
             "entities.ftm.jsonl": '{"id": "okg-0a1b", "schema": "Person"}\n',
             "graph.graphml": "<?xml version='1.0' encoding='utf-8'?>\n<graphml xmlns=\"x\">",
             "graph.gexf": "\ufeff<?xml version='1.0'?>\n<gexf version=\"1.2\">",
             "notes.txt": "my notes", "data.json": '{\n "rows": []}', "page.html": "<?xml version='1.0'?><html>",
             "records.jsonl": '{"id": "a1", "text": "…"}\n'}
    for name, head in heads.items():
        (tmp_path / name).write_text(head, encoding="utf-8")
    assert {n for n in heads if ours_to_replace(tmp_path / n)} == {
        "extract.jsonl", "graph.json", "entities.ftm.jsonl", "graph.graphml", "graph.gexf"}


# -- kg build -o: the folder holds only what kg build wrote, and is replaced whole -----------------

@pytest.fixture()
def built(tmp_path, capsys):
    """A build of the sample page into out/ (store kept apart)."""
    out, db = tmp_path / "out", tmp_path / "store" / "s.sqlite"
    code, _, err = kg(capsys, "build", SAMPLE, "-o", out, "--db", db, "-j", "1", "-q")
    assert code == 0, err
    return out, db


def test_build_writes_a_manifest_of_what_it_wrote(built):
    out, _ = built
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert set(manifest["entries"]) == {p.name for p in out.iterdir()} - {MANIFEST}
    assert {"articles.jsonl", "graph.graphml", "index.html", "person"} <= set(manifest["entries"])
    assert foreign_entries(out) == []


def test_build_refuses_a_folder_holding_its_inputs(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"
    data.mkdir()
    (data / "page.txt").write_text(REPORT, encoding="utf-8")
    code, _, err = kg(capsys, "build", "data", "-o", ".", "--db", tmp_path.parent / f"{tmp_path.name}.sqlite")
    assert code == 2
    assert "current folder" in err
    (tmp_path / "sub").mkdir()
    code, _, err = kg(capsys, "build", "sub/../data", "-o", "sub/..", "--db", tmp_path.parent / "x.sqlite")
    assert code == 2 and "current folder" in err
    site = tmp_path / "site"
    (site / "data").mkdir(parents=True)
    (site / "data" / "page.txt").write_text(REPORT, encoding="utf-8")
    code, _, err = kg(capsys, "build", site / "data", "-o", site, "--db", tmp_path / "s.sqlite")
    assert code == 2
    assert err.strip() == (f"kg: error: the input {site / 'data'} is inside the output folder {site}, which kg "
                           "build replaces whole; give the outputs a folder of their own, e.g. -o output")
    assert (site / "data" / "page.txt").read_text(encoding="utf-8") == REPORT      # untouched


def test_build_refuses_a_folder_with_other_peoples_files(built, capsys):
    out, db = built
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "lib" / "my.py").write_text("x = 1", encoding="utf-8")   # inside a folder kg build wrote: in the
    code, _, err = kg(capsys, "build", "-o", out, "--db", db, "-q")  # manifest, so swapped out with it...
    assert code == 2
    assert "holds files kg build did not write (notes.txt)" in err
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    (out / "notes.txt").unlink()
    before = tree(out)
    assert kg(capsys, "build", "-o", out, "--db", db, "-q")[0] == 0
    after = tree(out)
    assert "lib/my.py" not in after                  # ...as the manifest says: lib/ is kg build's own
    skip = ("lib/my.py", ".kg-state.json")           # the state records when the build ran and what it reused
    assert {k: v for k, v in before.items() if k not in skip} == {k: v for k, v in after.items() if k not in skip}


def test_a_folder_built_before_manifests_counts_as_ours(built, capsys, tmp_path):
    out, db = built
    (out / MANIFEST).unlink()
    (out / ".gitkeep").write_text("", encoding="utf-8")
    assert foreign_entries(out) == []
    assert kg(capsys, "build", "-o", out, "--db", db, "-q")[0] == 0
    assert (out / ".gitkeep").exists() and (out / MANIFEST).exists()
    # the same names holding something else are not ours
    (out / MANIFEST).unlink()
    (out / "person" / "notes.docx").write_text("mine", encoding="utf-8")
    assert foreign_entries(out) == ["person"]
    code, _, err = kg(capsys, "build", "-o", out, "--db", db, "-q")
    assert code == 2 and "(person)" in err


def test_a_failed_build_leaves_the_old_output_whole(built, capsys, monkeypatch):
    out, db = built
    before = tree(out)
    import kg.export.site as site

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(site, "write_site", broken)
    code, _, err = kg(capsys, "build", SAMPLE, "-o", out, "--db", db, "-q", "--null-samples", "20")
    assert code == 2 and "No space left on device" in err
    assert tree(out) == before                      # not a new graph.json beside the old explorer
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".out.build-")] == []


def test_build_output_through_a_symlink_replaces_the_target(built, capsys, tmp_path):
    out, db = built
    link = tmp_path / "current"
    link.symlink_to(out)
    assert kg(capsys, "build", "-o", link, "--db", db, "-q")[0] == 0
    assert link.is_symlink() and (link / "index.html").exists()


def test_kill_9_during_build_leaves_old_or_new(built, tmp_path):
    """kill -9 at a few points of a build: the folder is the old build or the new one, never a mix
    (benchmarks/kill_build.py does it at 20 random points)."""
    out, db = built
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "b.txt").write_text(REPORT, encoding="utf-8")

    def trial(name: str, delay: float | None) -> dict[str, str]:
        """Copy the built folder and store to ``name``, build with the extra input, kill after ``delay``."""
        work = tmp_path / name
        shutil.copytree(out.parent, work, symlinks=True)
        proc = kg_process("build", extra, "-o", work / "out", "--db", work / db.relative_to(out.parent),
                          "-j", "1", "-q", "--null-samples", "50")
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        return tree(work / "out")

    old, new = tree(out), trial("complete", None)
    assert new != old
    outcomes = [trial(f"killed{k}", delay) for k, delay in enumerate((0.3, 1.5, 3.0, 4.5))]
    assert all(t in (old, new) for t in outcomes)


# -- concurrent kg add: the first text of an id stands, near-duplicates are found -------------------

def _texts(folder: Path, n: int, template: str) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(template.format(i=i), encoding="utf-8")


def test_concurrent_adds_of_clashing_ids_keep_the_first_and_warn(tmp_path):
    n = 60
    _texts(tmp_path / "a", n, "本报讯 {i}号文件:区委书记李俊出席全区安全生产工作会议并讲话。甲")
    _texts(tmp_path / "b", n, "本报讯 {i}号文件:区长陈明出席全区防汛抗旱工作会议并讲话。乙")
    db = tmp_path / "s.sqlite"
    procs = [kg_process("add", tmp_path / x, "--db", db, "-j", "1", "-q") for x in ("a", "b")]
    errs = [p.communicate(timeout=600)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    warned = sum(e.count("is already in the store from") for e in errs)
    with Store.open(db) as store:
        assert store.count_articles() == n
    con = sqlite3.connect(db)
    stored = dict(con.execute("SELECT id, origin FROM sources"))
    con.close()
    assert len(stored) == n
    assert warned == n                  # every id that came second is warned about, none replaced silently


def test_concurrent_adds_find_every_near_duplicate(tmp_path):
    n = 120
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for i in range(n):       # b/ holds the reposts, named so that the two runs store in opposite orders
        (tmp_path / "a" / f"{i:03d}.txt").write_text("本报讯 " + story(i), encoding="utf-8")
        (tmp_path / "b" / f"x{n - 1 - i:03d}.txt").write_text(repost(i), encoding="utf-8")
    db = tmp_path / "s.sqlite"
    procs = [kg_process("add", tmp_path / x, "--db", db, "-j", "1", "-q") for x in ("a", "b")]
    errs = [p.communicate(timeout=600)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    with Store.open(db) as store:
        pairs = store.near_duplicate_pairs()
    found = {frozenset(p[:2]) for p in pairs}
    wanted = {frozenset((f"{i:03d}.txt", f"x{n - 1 - i:03d}.txt")) for i in range(n)}   # ids: paths in the folder
    assert wanted <= found            # each a/ text with its b/ repost, whatever the timing


# -- the store: a full disk, a read-only store, an empty file -------------------------------------

def test_a_full_disk_is_called_a_full_disk(tmp_path, capsys, monkeypatch):
    db = tmp_path / "s.sqlite"
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    assert kg(capsys, "add", tmp_path / "a.txt", "--db", db, "-j", "1", "-q")[0] == 0
    prepare = Store._prepare

    def full(self):                     # SQLite answers SQLITE_FULL as it would on a full disk
        prepare(self)
        pages = self._conn.execute("PRAGMA page_count").fetchone()[0]
        self._conn.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(Store, "_prepare", full)
    (tmp_path / "b.txt").write_text(REPORT.replace("李俊", "王海") * 40, encoding="utf-8")
    code, _, err = kg(capsys, "add", tmp_path / "b.txt", "--db", db, "-j", "1", "-q")
    assert code == 2
    assert "the disk holding the store is full" in err and "not a readable" not in err
    monkeypatch.setattr(Store, "_prepare", prepare)
    code, out, _ = kg(capsys, "stats", "--db", db)
    assert code == 0 and "articles" in out


def test_stats_on_an_empty_file_leaves_it_empty(tmp_path, capsys):
    db = tmp_path / "empty.sqlite"
    db.write_bytes(b"")
    code, _, err = kg(capsys, "stats", "--db", db)
    assert code == 2
    assert "an empty file, not an officials-kg store" in err
    assert db.stat().st_size == 0


@pytest.fixture()
def read_only_folder(tmp_path):
    """Yield (folder, make_read_only): as root, a tmpfs mounted here and remounted read-only (root writes
    through file modes); as another user, a folder whose modes forbid writing."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        def seal():
            for p in folder.iterdir():
                os.chmod(p, 0o444)
            os.chmod(folder, 0o555)
        yield folder, seal
        os.chmod(folder, 0o755)
        return
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("as root, a read-only store needs a read-only file system, and this machine lets "
                    "nobody mount one here")
    try:
        yield folder, lambda: subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)


def test_a_store_on_a_read_only_file_system_can_be_read(read_only_folder, tmp_path, capsys):
    """stats and explain open the store read-only (SQLite mode=ro, immutable where it must be)."""
    folder, seal = read_only_folder
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    db = folder / "s.sqlite"
    assert kg(capsys, "add", tmp_path / "a.txt", "--db", db, "-j", "1", "-q")[0] == 0
    assert sorted(p.name for p in folder.iterdir()) == ["s.sqlite"]     # closed cleanly: no -wal, no -shm
    seal()
    with pytest.raises(OSError):
        (folder / "probe").write_text("x")
    code, out, err = kg(capsys, "stats", "--db", db)
    assert code == 0, err
    assert "articles         1" in out
    code, out, err = kg(capsys, "explain", "李俊", "--db", db)
    assert code == 0, err
    assert "李俊" in out
    code, _, err = kg(capsys, "add", tmp_path / "a.txt", "--db", db, "-j", "1", "-q")
    assert code == 2 and ("read-only" in err or "cannot open" in err), err


def test_export_to_standard_output(built, tmp_path):
    out, _ = built
    done = subprocess.run([sys.executable, "-m", "kg.cli", "export", "--format", "graphml", "-o", "-",
                           "--from", str(out)], cwd=tmp_path, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == (out / "graph.graphml").read_bytes()
    assert not (tmp_path / "-").exists()
