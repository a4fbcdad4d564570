"""kg add, kg build (from the store), kg stats, kg explain; crash safety under kill -9."""
from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt"
LOCALE = ["--locale", "浙江省/杭州市/钱塘区"]


def sentences() -> list[str]:
    """The sentences of the sample page, without the datelines that open its stories (本报讯(记者 …)…: one run
    into a report opens another story)."""
    text = PAGE.read_text(encoding="utf-8")
    return [s + "。" for s in (x.strip() for x in re.split(r"[。\n]", text)) if len(s) >= 25 and not s.startswith("本报讯")]


def write_corpus(folder: Path, n: int, *, per_article: int = 6) -> Path:
    """``n`` short reports, each a headline and sentences of the sample page drawn with its own seed
    (any two share a sentence or two at most: none is a near-duplicate of another)."""
    parts = sentences()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = "".join(random.Random(i).sample(parts, per_article))
        (folder / f"{i:04d}.txt").write_text(f"第{i}期工作动态\n\n本报讯 {1 + i % 28}日,{body}\n", encoding="utf-8")
    return folder


@pytest.fixture
def work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*argv) -> int:
    return main([str(a) for a in argv])


def test_every_store_command_has_help(capsys):
    for command in ("add", "build", "stats", "explain"):
        with pytest.raises(SystemExit) as e:
            main([command, "--help"])
        assert e.value.code == 0
        assert "--db" in capsys.readouterr().out


def test_add_is_idempotent_and_stats_counts(work, capsys):
    (work / "pages").mkdir()
    (work / "pages" / PAGE.name).write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    assert run("add", "pages", *LOCALE) == 0
    first = capsys.readouterr().err
    assert "1 input(s): 1 new" in first
    assert (work / ".kg" / "store.sqlite").exists()                # the default store
    assert run("add", "pages", *LOCALE) == 0
    assert "1 input(s): 1 unchanged; 0 article(s) added or changed" in capsys.readouterr().err
    assert run("stats", "--json") == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["sources"] == 1 and stats["articles"] >= 5 and stats["stale_sources"] == 0
    assert stats["path"] == str(Path(".kg") / "store.sqlite") and stats["size_bytes"] > 0
    assert run("stats") == 0
    text = capsys.readouterr().out
    assert re.search(r"^articles\s+%d$" % stats["articles"], text, re.M)
    assert "near-duplicates" in text and "extractor" in text


def test_build_from_the_store_alone_gives_identical_outputs(work, capsys):
    write_corpus(work / "a", 6)
    write_corpus(work / "b", 4)
    for f in (work / "b").iterdir():
        f.rename(work / "b" / f"b-{f.name}")
    assert run("build", "a", "b", "-o", "out1", *LOCALE, "-q") == 0
    assert run("build", "-o", "out2", "-q") == 0                   # no inputs: from the store
    assert run("build", "b", "a", "-o", "out3", "--db", "other.sqlite", *LOCALE, "-q") == 0
    graphs = [(work / d / "graph.graphml").read_bytes() for d in ("out1", "out2", "out3")]
    assert graphs[0] == graphs[1] == graphs[2]
    G = nx.read_graphml(work / "out1" / "graph.graphml")
    assert sum(1 for _, d in G.nodes(data=True) if d["type"] == "article") == 10
    lines = (work / "out2" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 10


def test_build_writes_careers_and_duplicates(work, capsys):
    report = ("本报讯 25日,区委书记李俊出席全区安全生产工作会议并讲话。他强调,要坚持人民至上、生命至上,压紧压实安全生产"
              "责任,全面排查整治各类风险隐患,坚决遏制重特大事故发生。区长陈明主持会议,区领导胡潜、吴刚参加。会议通报了"
              "前三季度全区安全生产工作情况,部署了下一阶段重点任务。")
    repost = report.replace("区长陈明主持会议", "会议由区长陈明主持")
    lines = [{"id": "a", "date": "2025-09-26", "text": report}, {"id": "b", "date": "2025-09-27", "text": repost}]
    (work / "in.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    assert run("build", "in.jsonl", "-o", "out", *LOCALE) == 0
    assert "1 near-duplicate group(s)" in capsys.readouterr().err
    G = nx.read_graphml(work / "out" / "graph.graphml")
    li = next(d for _, d in G.nodes(data=True) if d.get("type") == "person" and d.get("name") == "李俊")
    assert (li["n_articles"], li["n_copies"]) == (1, 2)
    assert (li["first_seen"], li["last_seen"], li["career"]) == ("2025-09-26", "2025-09-27", "2025-09-26 +钱塘区委书记")
    post = [d for u, _, d in G.edges(data=True) if d["rel"] == "holds_post" and G.nodes[u].get("name") == "李俊"]
    assert post and all(d["n_articles"] == 1 and d["last_seen"] == "2025-09-27" for d in post)
    assert G.nodes["article:b"]["duplicate_of"] == "a"


def test_store_inside_the_output_is_refused(work, capsys):
    write_corpus(work / "in", 2)
    assert run("build", "in", "-o", "out", "--db", "out/store.sqlite") == 2
    err = capsys.readouterr().err
    assert err == ("kg: error: the store out/store.sqlite is inside the output folder out, which kg build "
                   "replaces whole; keep it elsewhere (--db, default .kg/store.sqlite)\n")
    assert not (work / "out").exists()


def test_build_without_inputs_or_store_is_a_one_line_error(work, capsys):
    assert run("build", "-o", "out") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no store here; add articles first with: kg add INPUT..." in err


def test_stats_on_a_damaged_store_names_the_file(work, capsys):
    (work / "bad.sqlite").write_bytes(b"not a database at all" * 100)
    assert run("stats", "--db", "bad.sqlite") == 2
    err = capsys.readouterr().err
    assert err.startswith("kg: error: bad.sqlite: not a readable officials-kg store") and err.count("\n") == 1


def test_explain_prints_entities_reasons_and_articles(work, capsys):
    (work / "qt").mkdir()
    (work / "nb").mkdir()
    (work / "qt" / "1.txt").write_text("本报讯 25日,区委书记李俊出席全区安全生产工作会议并讲话。区长陈明主持会议。",
                                       encoding="utf-8")
    (work / "nb" / "2.txt").write_text("本报讯 12日,市委书记李俊主持召开市委常委会会议。", encoding="utf-8")
    assert run("add", "qt", *LOCALE, "-q") == 0
    assert run("add", "nb", "--locale", "浙江省/宁波市", "-q") == 0
    assert run("explain", "李俊") == 0
    out = capsys.readouterr().out
    assert out.startswith("李俊: 2 persons\n")
    assert "李俊@宁波市" in out and "李俊@钱塘区" in out and "conflict" in out
    assert "1.txt" in out and "2.txt" in out and "区委书记" in out
    (work / ".kg" / "aliases.csv").write_text("action,entity,value,note\nmerge,李俊@钱塘区,李俊@宁波市,调任\n",
                                             encoding="utf-8")
    assert run("explain", "李俊") == 0
    out = capsys.readouterr().out
    assert out.startswith("李俊: 1 person\n") and "aliases.csv:2" in out
    assert run("explain", "区委") == 0                      # an organ as written finds its expansion
    out = capsys.readouterr().out
    assert out.startswith("区委: 1 organization\n") and "钱塘区委" in out and "expanded with the paper's place" in out
    assert run("explain", "无此人") == 1                     # not found: not a usage error
    assert "no article in the store" in capsys.readouterr().err


def test_a_missing_alias_file_is_an_error(work, capsys):
    write_corpus(work / "in", 1)
    assert run("build", "in", "-o", "out", "--aliases", "nope.csv") == 2
    assert capsys.readouterr().err == "kg: error: nope.csv: not found; check the path of --aliases\n"


# -- kill -9 --------------------------------------------------------------------------------------

def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _committed(db: Path) -> int:
    """Inputs committed so far, read by a second process's connection (a concurrent reader)."""
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):
            return 0
        raise
    finally:
        conn.close()


def _kill_after(cmd: list[str], cwd: Path, ready, *, timeout: float = 120) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *cmd], cwd=cwd, env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and proc.poll() is None and not ready():
            time.sleep(0.002)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed: give it more input"


def test_kill_9_during_add_loses_nothing_committed(tmp_path):
    n = 150
    write_corpus(tmp_path / "in", n)
    db = tmp_path / "store.sqlite"
    seen = []

    def ready():
        seen.append(_committed(db))
        return seen[-1] >= 5

    _kill_after(["add", "in", "--db", "store.sqlite", "-q", *LOCALE], tmp_path, ready)
    with Store.open(db) as s:
        assert s.integrity_check() == "ok"
        stored = s.stats()
        assert seen[-1] <= stored.sources < n                # nothing committed lost; killed mid-run
        assert stored.articles == stored.sources             # no source without its article
        conn = sqlite3.connect(db)
        orphans = conn.execute(
            "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
        assert orphans == 0
        bands, signed = conn.execute("SELECT (SELECT count(*) FROM lsh_bands), (SELECT count(*) FROM articles "
                                     "WHERE signature IS NOT NULL)").fetchone()
        assert bands == 25 * signed > 0                      # the look-up keys of every article, no other
        assert conn.execute("SELECT count(*) FROM lsh_bands WHERE article NOT IN "
                            "(SELECT rowid FROM articles)").fetchone()[0] == 0
        conn.close()
    done = subprocess.run([sys.executable, "-m", "kg.cli", "add", "in", "--db", "store.sqlite", *LOCALE],
                          cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{n} input(s): {n - stored.sources} new, {stored.sources} unchanged" in done.stderr
    with Store.open(db) as s:
        assert (s.stats().sources, s.count_articles()) == (n, n)


def test_kill_9_during_build_keeps_the_previous_outputs(tmp_path):
    n = 150
    write_corpus(tmp_path / "in", n)
    first = tmp_path / "first"
    first.mkdir()
    for f in sorted((tmp_path / "in").iterdir())[:3]:
        (first / f.name).write_bytes(f.read_bytes())
    base = [sys.executable, "-m", "kg.cli", "build", "--db", "store.sqlite", "-o", "out", "-q", *LOCALE]
    subprocess.run(base[:4] + ["first"] + base[4:], cwd=tmp_path, env=_env(), check=True, timeout=300)
    before = (tmp_path / "out" / "graph.graphml").read_bytes()
    db = tmp_path / "store.sqlite"

    _kill_after(["build", "in", "--db", "store.sqlite", "-o", "out", "-q", *LOCALE], tmp_path,
                lambda: _committed(db) >= 10)
    assert (tmp_path / "out" / "graph.graphml").read_bytes() == before       # not touched mid-add
    with Store.open(db) as s:
        assert s.integrity_check() == "ok" and 10 <= s.count_articles() < n

    # (a kill while graph.graphml or the explorer is being written is tested in
    # test_crash_safety.py, which holds the writer at that exact moment)

    done = subprocess.run(base[:4] + ["in"] + base[4:], cwd=tmp_path, env=_env(), capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    G = nx.read_graphml(tmp_path / "out" / "graph.graphml")
    assert sum(1 for _, d in G.nodes(data=True) if d["type"] == "article") == n
