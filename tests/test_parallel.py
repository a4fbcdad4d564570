"""kg.parallel: -j N and Dask give the output of -j 1, byte for byte; errors and Ctrl-C under a pool."""
from __future__ import annotations

import itertools
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.errors import ModelNotFound, UsageError
from extract.ingest import read_inputs
from extract.jsonio import dumps
from extract.pipeline import ExtractConfig, extract_source
from kg.cli import main
from kg.parallel import LOCAL_BATCH_CHARS, open_executor
from kg.incremental import add_sources, refresh
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt"
LOCALE = ["--locale", "浙江省/杭州市/钱塘区"]
GRAPH_FILES = ("articles.jsonl", "graph.graphml", "graph.gexf", "graph.json")


def articles() -> list[str]:
    """The texts of the sample page's articles, as kg extract cuts them."""
    source = next(read_inputs([PAGE]))
    return [r.article.text for r in extract_source(source, ExtractConfig())]


def write_corpus(folder: Path) -> Path:
    """A JSONL of reports made of two articles of the sample page each (every ordered pair: 42 texts,
    about 60,000 characters, several batches), the page itself, an empty file and a bad JSONL line."""
    texts = articles()
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "reports.jsonl", "w", encoding="utf-8") as fh:
        for i, (a, b) in enumerate(itertools.permutations(texts, 2)):
            fh.write(json.dumps({"id": f"r{i:03d}", "date": f"2025-09-{1 + i % 28:02d}", "text": f"{a}\n{b}"},
                                ensure_ascii=False) + "\n")
        fh.write('{"id": "broken", "text": \n')
    (folder / "page.txt").write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = write_corpus(tmp_path_factory.mktemp("corpus") / "in")
    chars = sum(len(json.loads(line)["text"]) for line in (folder / "reports.jsonl").read_text(
        encoding="utf-8").splitlines()[:-1])
    assert chars > 3 * LOCAL_BATCH_CHARS          # a pool gets several batches
    return folder


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None,
                                  silence_logs=40) as c:
        yield c


def run(*argv) -> int:
    return main([str(a) for a in argv])


def extract_with(capsys, corpus: Path, out: Path, *options) -> tuple[bytes, list[str]]:
    assert run("extract", corpus, "-o", out, "-q", *LOCALE, *options) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.startswith("kg: warning")]
    return out.read_bytes(), warnings


def test_extract_j2_is_identical_to_j1(corpus, tmp_path, capsys):
    one, warnings_one = extract_with(capsys, corpus, tmp_path / "j1.jsonl", "-j", "1")
    two, warnings_two = extract_with(capsys, corpus, tmp_path / "j2.jsonl", "-j", "2")
    assert one == two
    ids = [json.loads(line)["id"] for line in one.decode("utf-8").splitlines()]
    assert list(dict.fromkeys(i.split("#")[0] for i in ids)) == ["page.txt"] + [f"r{i:03d}" for i in range(42)]
    # bad inputs are still reported, by the parent, once each
    assert warnings_one == warnings_two and len(warnings_two) == 2
    assert any("empty.txt" in w for w in warnings_two) and any("reports.jsonl:43" in w for w in warnings_two)


def test_the_pool_runs_batches_in_workers_and_keeps_the_order(corpus):
    sources = [s for s in read_inputs([corpus / "reports.jsonl"]) if not isinstance(s, Exception)]
    config = ExtractConfig(locale="浙江省/杭州市/钱塘区")
    serial = [[dumps(r) for r in extract_source(s, config)] for s in sources]
    with open_executor(jobs=2) as ex:
        done = [(s.id, [dumps(r) for r in recs]) for s, recs in ex.extract(sources, job=lambda s: (s, config))]
        assert ex.kind == "process pool" and ex.remote_batches >= 3
    assert [i for i, _ in done] == [s.id for s in sources]
    assert [recs for _, recs in done] == serial


def test_items_without_a_job_pass_through_in_place(corpus):
    sources = [s for s in read_inputs([corpus / "reports.jsonl"]) if not isinstance(s, Exception)]
    config = ExtractConfig()
    with open_executor(jobs=2) as ex:
        out = list(ex.extract(sources, job=lambda s: None if int(s.id[1:]) % 3 else (s, config)))
    assert [s.id for s, _ in out] == [s.id for s in sources]
    assert all((recs is None) == bool(int(s.id[1:]) % 3) for s, recs in out)
    assert all(recs and all(r.article.id.split("#")[0] == s.id for r in recs) for s, recs in out if recs is not None)


def test_one_small_input_starts_no_pool():
    source = next(read_inputs([PAGE]))
    with open_executor(jobs=2) as ex:
        out = list(ex.extract([source], job=lambda s: (s, ExtractConfig())))
        assert ex.remote_batches == 0 and ex._pool is None
    assert len(out[0][1]) == len(articles())


def test_build_j2_writes_byte_identical_graph_files(corpus, tmp_path, capsys):
    for j in ("1", "2"):
        assert run("build", corpus, "-o", tmp_path / f"out{j}", "--db", tmp_path / f"db{j}.sqlite", "-q",
                   "--null-samples", "20", *LOCALE, "-j", j) == 0
    capsys.readouterr()
    for name in GRAPH_FILES:
        assert (tmp_path / "out1" / name).read_bytes() == (tmp_path / "out2" / name).read_bytes(), name


def test_kg_add_j2_stores_what_j1_stores(corpus, tmp_path, capsys):
    stored = {}
    for j in ("1", "2"):
        db = tmp_path / f"add{j}.sqlite"
        assert run("add", corpus, "--db", db, *LOCALE, "-j", j) == 0
        summary = capsys.readouterr().err.splitlines()[-1]
        with Store.open(db) as store:
            stored[j] = ([dumps(r) for r in store.records()], store.near_duplicate_pairs(),
                         summary.split("; the store")[0])
    assert stored["1"] == stored["2"]
    assert "43 input(s): 43 new" in stored["2"][2] and "near-duplicate pair(s)" in stored["2"][2]
    assert run("add", corpus, "--db", tmp_path / "add2.sqlite", *LOCALE, "-j", "2") == 0    # nothing to extract
    assert "43 input(s): 43 unchanged; 0 article(s) added" in capsys.readouterr().err


def test_refresh_with_a_pool_stores_what_refresh_in_this_process_does(corpus, tmp_path):
    lexicons = tmp_path / "lex"
    lexicons.mkdir()
    config = ExtractConfig(locale="浙江省/杭州市/钱塘区", lexicon_dirs=(str(lexicons),))
    sources = [s for s in read_inputs([corpus / "reports.jsonl"]) if not isinstance(s, Exception)]
    for name in ("serial", "pool"):
        with Store.open(tmp_path / f"{name}.sqlite") as store:
            assert all(a.status == "new" for a in add_sources(store, sources, config))
    # a new (empty) lexicon file changes the extractor key: every source is stale
    (lexicons / "non_names.tsv").write_text("# nothing new\n", encoding="utf-8")
    stored = {}
    for name in ("serial", "pool"):
        with Store.open(tmp_path / f"{name}.sqlite") as store, open_executor(jobs=1 if name == "serial" else 2) as ex:
            assert sum(1 for a in refresh(store, executor=ex) if a.status == "re-extracted") == len(sources)
            assert name == "serial" or ex.remote_batches > 0
            stored[name] = [dumps(r) for r in store.records()]
    assert stored["serial"] == stored["pool"] and len(stored["pool"]) >= len(sources)


def test_a_user_error_in_a_worker_is_reported_as_in_one_process(corpus, tmp_path, capsys):
    model = ["--backend", "spacy", "--model", str(tmp_path / "no-model")]
    assert run("extract", corpus / "reports.jsonl", "-o", tmp_path / "x.jsonl", "-q", *model, "-j", "1") == 2
    one = capsys.readouterr().err
    assert run("extract", corpus / "reports.jsonl", "-o", tmp_path / "x.jsonl", "-q", *model, "-j", "2") == 2
    two = capsys.readouterr().err
    # the same error line (a pool reads ahead, so a warning about a later line may come before it)
    assert one.splitlines()[-1] == two.splitlines()[-1]
    assert one.startswith("kg: error: the spacy backend found no model at") and len(one.splitlines()) == 1
    assert not (tmp_path / "x.jsonl").exists()
    # the class comes back too
    sources = [s for s in read_inputs([corpus / "reports.jsonl"]) if not isinstance(s, Exception)]
    config = ExtractConfig(backend="spacy", backend_options=(("path", str(tmp_path / "no-model")),))
    with pytest.raises(ModelNotFound, match="no-model"), open_executor(jobs=2) as ex:
        list(ex.extract(sources, job=lambda s: (s, config)))


@pytest.mark.parametrize("value", ["0", "-3"])
def test_a_bad_jobs_value_is_a_one_line_error(value, tmp_path, capsys):
    assert run("extract", PAGE, "-j", value) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kg: error: -j/--jobs must be a whole number of at least 1 (got {value})")
    assert len(err.strip().splitlines()) == 1
    with pytest.raises(UsageError):
        open_executor(jobs=True)


def test_dask_local_cluster_is_identical_to_the_local_run(corpus, tmp_path, capsys):
    pytest.importorskip("distributed")
    sources = [s for s in read_inputs([corpus / "reports.jsonl"]) if not isinstance(s, Exception)]
    config = ExtractConfig()
    with open_executor(jobs=1) as ex:
        local = [[dumps(r) for r in recs] for _, recs in ex.extract(sources, job=lambda s: (s, config))]
    with open_executor(dask=True, jobs=2, processes=False) as ex:
        remote = [[dumps(r) for r in recs] for _, recs in ex.extract(sources, job=lambda s: (s, config))]
        assert ex.kind == "dask" and ex.remote_batches >= 1
    assert remote == local


def test_kg_extract_and_build_on_a_dask_scheduler(corpus, cluster, tmp_path, capsys):
    address = cluster.scheduler_address
    one, _ = extract_with(capsys, corpus, tmp_path / "local.jsonl", "-j", "1")
    dask, warnings = extract_with(capsys, corpus, tmp_path / "dask.jsonl", "--scheduler", address)
    assert dask == one and len(warnings) == 2
    assert "extract_batch" in cluster.scheduler.task_prefixes          # the cluster did the work
    for name, options in (("local", ["-j", "1"]), ("dask", ["--scheduler", address])):
        assert run("build", corpus, "-o", tmp_path / f"out-{name}", "--db", tmp_path / f"{name}.sqlite", "-q",
                   "--null-samples", "20", *LOCALE, *options) == 0
    capsys.readouterr()
    for name in GRAPH_FILES:
        assert (tmp_path / "out-local" / name).read_bytes() == (tmp_path / "out-dask" / name).read_bytes(), name


def test_an_unreachable_scheduler_is_a_one_line_error(monkeypatch, capsys):
    pytest.importorskip("distributed")
    monkeypatch.setattr("kg.parallel.CONNECT_TIMEOUT", "1s")
    assert run("extract", PAGE, "--scheduler", "tcp://127.0.0.1:9") == 2
    err = capsys.readouterr().err
    assert err.startswith("kg: error: cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'")
    assert len(err.strip().splitlines()) == 1


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_ctrl_c_stops_a_pool_run_cleanly(tmp_path):
    _many_articles(tmp_path / "many.jsonl")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "extract", "many.jsonl", "-o", "out.jsonl", "-q",
                             "-j", "2"], cwd=tmp_path, env=_env(), stderr=subprocess.PIPE, text=True,
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        _wait_for_results(proc, tmp_path)
        os.killpg(proc.pid, signal.SIGINT)                 # what Ctrl-C in a terminal does
        err = proc.communicate(timeout=60)[1]
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130
    assert err.strip().splitlines()[-1] == "kg: interrupted" and "Traceback" not in err
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl.")]
    deadline = time.monotonic() + 30                       # the workers end after their current batch
    while time.monotonic() < deadline and _group_alive(proc.pid):
        time.sleep(0.2)
    assert not _group_alive(proc.pid)


def _many_articles(path: Path, n: int = 600) -> None:
    """``n`` articles of two real ones each: enough for a pool run of a few seconds."""
    texts = articles()
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            a, b = texts[i % len(texts)], texts[(i * 5 + 1) % len(texts)]
            fh.write(json.dumps({"id": f"m{i}", "text": f"{a}\n{b}"}, ensure_ascii=False) + "\n")


def _wait_for_results(proc: subprocess.Popen, work: Path) -> None:
    """Until ``kg extract -o out.jsonl`` is writing results (the pool is at work)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.startswith(".out.jsonl.") and p.stat().st_size > 0 for p in work.iterdir()):
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be stopped: give it more input"


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_every_parallel_option_has_help(capsys):
    for command in ("extract", "add", "build"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        text = capsys.readouterr().out
        assert re.search(r"-j N, --jobs N", text) and "--scheduler ADDRESS" in text and "--dask" in text


def test_workers_end_when_the_parent_is_killed_outright(tmp_path):
    _many_articles(tmp_path / "many.jsonl")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "extract", "many.jsonl", "-o", "out.jsonl", "-q",
                             "-j", "2"], cwd=tmp_path, env=_env(), stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        _wait_for_results(proc, tmp_path)
        os.kill(proc.pid, signal.SIGKILL)                  # the parent only, as `kill -9 PID` does
        proc.wait()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and _group_alive(proc.pid):
            time.sleep(0.2)
        assert not _group_alive(proc.pid), "worker processes outlived their parent"
    finally:
        if _group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
