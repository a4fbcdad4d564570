"""The corpus store: schema, idempotent adds, changed and clashing inputs, stale extractions,
near-duplicates, errors that name the file."""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.errors import StoreError
from extract.ingest import normalise
from extract.jsonio import record_to_json
from extract.pipeline import ExtractConfig, extract_source
from extract.records import Source
from kg import incremental, neardup, store as store_mod
from kg.incremental import add_sources, refresh, stale
from kg.store import SCHEMA_VERSION, Store

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt"
CONFIG = ExtractConfig(locale="浙江省/杭州市/钱塘区")


def source(id: str, text: str, *, origin: str | None = None, date: str | None = "2025-09-26") -> Source:
    norm, offsets = normalise(text)
    return Source(id=id, origin=origin or id, text=norm, raw=text, offsets=offsets, date=date)


def page() -> Source:
    return source(PAGE.name, PAGE.read_text(encoding="utf-8"), origin=str(PAGE))


def sentences() -> list[str]:
    text = PAGE.read_text(encoding="utf-8")
    return [s + "。" for s in (x.strip() for x in re.split(r"[。\n]", text)) if len(s) >= 25]


REPORT = ("本报讯 25日,区委书记李俊出席全区安全生产工作会议并讲话。他强调,要深入学习贯彻关于安全生产的重要论述,"
          "坚持人民至上、生命至上,压紧压实安全生产责任,全面排查整治各类风险隐患,坚决遏制重特大事故发生。"
          "区长陈明主持会议,区领导胡潜、吴刚参加。会议通报了前三季度全区安全生产工作情况,部署了下一阶段重点任务。")
REPOST = REPORT.replace("区长陈明主持会议", "会议由区长陈明主持").replace("部署了下一阶段重点任务", "并部署下阶段工作")


@pytest.fixture
def db(tmp_path):
    with Store.open(tmp_path / "kg" / "store.sqlite") as s:
        yield s


def add(store, *sources, replace=False, config=CONFIG):
    return list(add_sources(store, sources, config, replace=replace))


def test_a_new_store_has_the_schema_in_wal_mode(db):
    conn = sqlite3.connect(db.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sources", "articles", "mentions", "near_duplicates", "entities", "decisions"} <= tables


def test_adding_stores_records_that_read_back_equal(db):
    (added,) = add(db, page())
    assert added.status == "new" and added.articles >= 5 and added.new_articles == added.articles
    expected = extract_source(page(), CONFIG)
    assert [record_to_json(r) for r in db.records()] == [record_to_json(r) for r in expected]
    conn = sqlite3.connect(db.path)
    record = conn.execute("SELECT record FROM articles LIMIT 1").fetchone()[0]
    assert json.loads(record)["id"].startswith(PAGE.name)          # JSON, never a pickle
    spans = conn.execute("SELECT a.text, m.name, m.start, m.stop FROM mentions m "
                         "JOIN articles a ON a.id = m.article_id WHERE m.kind = 'person'").fetchall()
    assert spans and all(text[s:e] == name for text, name, s, e in spans if s is not None)


def test_the_same_input_twice_is_stored_once(db):
    add(db, page())
    n = db.count_articles()
    (again,) = add(db, page())
    assert again.status == "unchanged" and again.new_articles == 0
    assert db.count_articles() == n


def test_a_changed_input_is_extracted_again_and_replaces_the_old(db):
    add(db, source("day/p1.txt", REPORT))
    (changed,) = add(db, source("day/p1.txt", REPORT.replace("李俊", "王强")))
    assert changed.status == "changed" and changed.new_articles == 1
    names = {p.name for r in db.records() for p in r.persons}
    assert "王强" in names and "李俊" not in names
    assert db.articles_mentioning(["李俊"]) == []


def test_an_id_from_another_file_with_another_text_is_not_replaced(db):
    add(db, source("p1.txt", REPORT, origin="day1/p1.txt"))
    (clash,) = add(db, source("p1.txt", REPORT.replace("李俊", "王强"), origin="day2/p1.txt"))
    assert clash.status == "skipped"
    assert clash.message == ("day2/p1.txt: id 'p1.txt' is already in the store from day1/p1.txt with a different "
                             "text; give the folder above so that ids include it, or use --replace")
    assert db.articles_mentioning(["李俊"])
    (forced,) = add(db, source("p1.txt", REPORT.replace("李俊", "王强"), origin="day2/p1.txt"), replace=True)
    assert forced.status == "changed" and not db.articles_mentioning(["李俊"])


def test_a_new_extractor_version_makes_the_store_stale(db, monkeypatch):
    import extract

    add(db, source("a.txt", REPORT), source("b.txt", REPOST))
    assert stale(db) == []
    assert list(refresh(db)) == []
    monkeypatch.setattr(extract, "EXTRACTOR_VERSION", "99.0.0")
    assert stale(db) == ["a.txt", "b.txt"]
    redone = list(refresh(db))
    assert [(r.source, r.status) for r in redone] == [("a.txt", "re-extracted"), ("b.txt", "re-extracted")]
    assert stale(db) == []
    keys = {r[0] for r in sqlite3.connect(db.path).execute("SELECT extractor FROM sources")}
    assert keys == {incremental.extractor_key(CONFIG)} and next(iter(keys)).startswith("99.0.0+lex.")
    assert len(db.near_duplicate_pairs()) == 1            # pairs survive the re-extraction


def test_a_lexicon_change_makes_the_store_stale(db, tmp_path):
    lex = tmp_path / "lex"
    lex.mkdir()
    config = ExtractConfig(locale="浙江省/杭州市/钱塘区", lexicon_dirs=(str(lex),))
    add(db, source("a.txt", REPORT), config=config)
    assert stale(db) == []
    (lex / "posts.tsv").write_text("# extra posts\n首席代表\tgeneric\n", encoding="utf-8")
    assert stale(db) == ["a.txt"]


# -- near-duplicates ------------------------------------------------------------------------------

def test_a_repost_with_small_edits_is_a_near_duplicate(db):
    assert neardup.similarity(REPORT, REPOST) >= neardup.MIN_SIMILARITY
    add(db, source("paper-a/p1.txt", REPORT), source("paper-b/p3.txt", REPOST, date="2025-09-27"))
    (pair,) = db.near_duplicate_pairs()
    assert pair[:2] == ("paper-a/p1.txt", "paper-b/p3.txt") and pair[2] >= neardup.MIN_SIMILARITY
    assert db.duplicates() == {"paper-a/p1.txt": "paper-a/p1.txt", "paper-b/p3.txt": "paper-a/p1.txt"}
    assert db.count_articles() == 2                       # each copy kept as a source
    stats = db.stats()
    assert (stats.near_duplicate_groups, stats.near_duplicate_pairs) == (1, 1)


def test_different_reports_and_far_apart_dates_are_not_duplicates(db):
    parts = sentences()
    other = "本报讯 " + "".join(parts[3:8])
    add(db, source("a.txt", REPORT), source("b.txt", other))
    assert db.near_duplicate_pairs() == []
    add(db, source("c.txt", REPOST, date="2026-09-26"))   # one template a year later: another report
    assert db.near_duplicate_pairs() == []


def test_replacing_an_article_drops_its_pairs(db):
    add(db, source("a.txt", REPORT), source("b.txt", REPOST))
    assert len(db.near_duplicate_pairs()) == 1
    add(db, source("b.txt", "本报讯 " + "".join(sentences()[3:8])))
    assert db.near_duplicate_pairs() == []


def test_signatures_are_bytes_and_short_texts_have_none():
    sig = neardup.signature(REPORT)
    assert isinstance(sig, bytes) and len(sig) == 4 * neardup.NUM_PERM
    assert neardup.signature("本报讯 区长陈明主持会议。") is None
    assert neardup.groups([("b", "c"), ("a", "b")], {"a": None, "b": "2025-01-01", "c": "2025-01-02"}) == {
        "a": "b", "b": "b", "c": "b"}


def test_signature_is_datasketchs_minhash_of_the_shingles():
    from datasketch import MinHash

    text = REPORT + " 第2段：Ｍｉｘｅｄ text_with ①②, ١٢٣ and 𠀋𠀌 marks."
    core = neardup.comparable(text)
    m = MinHash(num_perm=neardup.NUM_PERM, scheme=neardup.SCHEME)
    m.update_batch([core[i:i + neardup.SHINGLE].encode("utf-8") for i in range(len(core) - neardup.SHINGLE + 1)])
    assert neardup.signature(text) == m.hashvalues.astype("<u4").tobytes()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_comparable_keeps_what_isalnum_keeps(text):
    assert neardup.comparable(text) == "".join(c for c in text if c.isalnum())


# -- statistics and resolution --------------------------------------------------------------------

def test_stats_and_saved_resolution(db):
    from kg.resolve import resolve

    add(db, page())
    before = db.stats()
    assert before.sources == 1 and before.articles == db.count_articles() and before.persons == 0
    assert before.events > 0 and before.mentions > before.person_names > 0
    res = resolve(db.records())
    db.save_resolution(res)
    after = db.stats()
    assert after.persons == len(res.persons) and after.organizations == len(res.orgs)
    assert after.last_build is not None
    n = sqlite3.connect(db.path).execute("SELECT count(*) FROM decisions").fetchone()[0]
    assert n == len(res.decisions)


# -- errors that name the file --------------------------------------------------------------------

def test_a_store_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "store.sqlite"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError) as e:
        Store.open(path)
    assert str(e.value) == (f"{path}: the store has schema version {SCHEMA_VERSION + 1}, newer than this "
                            f"officials-kg reads ({SCHEMA_VERSION}); upgrade officials-kg, or give another --db")


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with pytest.raises(StoreError) as e:
        Store.open(junk)
    assert str(e.value).startswith(f"{junk}: not a readable officials-kg store (file is not a database)")
    assert str(e.value).endswith("move the file aside and rebuild it with kg add, or give another --db")
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="an SQLite file that is not an officials-kg store"):
        Store.open(other)


def test_a_missing_store_is_an_error_when_not_creating(tmp_path):
    with pytest.raises(StoreError) as e:
        Store.open(tmp_path / "none.sqlite", create=False)
    assert "no store here; add articles first with: kg add INPUT..." in str(e.value)
    assert not (tmp_path / "none.sqlite").exists()


def test_a_locked_store_names_the_file(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite"
    Store.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(store_mod, "BUSY_TIMEOUT_S", 0.1)
    try:
        with Store.open(path) as s, pytest.raises(StoreError) as e:
            add(s, source("a.txt", REPORT))
        assert str(e.value) == (f"{path}: the store is locked by another kg process; wait for it to finish and "
                                "run the command again")
        with Store.open(path) as s:                       # readers are not blocked by the writer (WAL)
            assert s.count_articles() == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_migrations_run_in_order_and_once(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite"
    with Store.open(path) as s:
        add(s, source("a.txt", REPORT))
    step = "CREATE TABLE notes (article_id TEXT, note TEXT); CREATE INDEX notes_article ON notes(article_id)"
    monkeypatch.setattr(store_mod, "MIGRATIONS", store_mod.MIGRATIONS + ((SCHEMA_VERSION + 1, step),))
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(path) as s:
        assert s.count_articles() == 1
    with Store.open(path):
        pass
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
