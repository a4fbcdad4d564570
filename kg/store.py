"""The corpus store: every article kg has read, what was extracted from it, and how it was resolved.

One SQLite file (the standard ``sqlite3`` module), by default ``.kg/store.sqlite``
in the working directory, apart from the published outputs so that rewriting an
output folder never touches it.  It is opened in WAL mode: readers never wait for
the writer, and each added input is one transaction, so a run killed at any point
(``kill -9`` included) leaves every input committed before it and nothing half-added.

Tables (schema version ``SCHEMA_VERSION``, kept in ``PRAGMA user_version``; each
step of ``MIGRATIONS`` upgrades one version, in its own transaction; both in ``kg.store_schema``)::

    sources          one input (a file, a JSONL record): id, origin, content hash, the decoded
                     text as read, its metadata, the extraction config and the extractor key
    articles         one article of a source: id, hash of its content, headline, date, page,
                     text, the ``kg extract`` JSON of its record (text left out) and its
                     MinHash signature (bytes; never a pickle)
    mentions         persons, organizations and titles of each article, one row per span
    near_duplicates  pairs of near-duplicate articles with their similarity
    lsh_bands        the LSH bands of each signature (band, 20 bytes of it, article row), kept by
                     triggers with the articles: the near-duplicate candidates of a new article
                     are found with a few index searches (``near_candidates``)
    entities         the entities of the last build (persons and organizations)
    decisions        for each mention group of the last build: the entity and the reason
    meta             facts about the store (last build ...)

What is added, when, and what is re-extracted is decided in ``kg.incremental``; this module
is the store itself: opening (read-only too), transactions, reading and writing rows.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from extract import StoreError
from extract import ArticleRecord, Source
from kg.store_schema import BAND_VALUES, MIGRATIONS, NOTICES, READABLE_FROM, SCHEMA_VERSION

DEFAULT_DB = Path(".kg") / "store.sqlite"
BUSY_TIMEOUT_S = 10.0


# ---------------------------------------------------------------------------
# records of the store
# ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Added:
    """What adding (or re-extracting) one source did."""

    source: str                 # Source.id
    origin: str
    status: str                 # new | changed | unchanged | re-extracted | skipped
    articles: int = 0           # articles of the source now stored
    new_articles: int = 0       # of which new or changed (by content hash)
    duplicates: int = 0         # near-duplicate pairs found for them
    message: str | None = None  # why a source was skipped


@dataclass(frozen=True, slots=True)
class StoredSource:
    """A source as stored, with the configuration it was extracted with."""

    source: Source
    config: dict
    hash: str
    extractor: str


@dataclass(frozen=True, slots=True)
class StoreStats:
    path: str
    size_bytes: int
    schema_version: int
    sources: int
    articles: int
    persons: int                # entities of the last build (0 before any build)
    organizations: int
    person_names: int           # distinct person names in the mentions
    organization_names: int
    events: int
    mentions: int
    near_duplicate_pairs: int
    near_duplicate_groups: int
    extractors: tuple[tuple[str, int], ...]   # (extractor key, sources extracted with it)
    last_build: str | None


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    id: str
    source: str
    headline: str | None
    date: str | None
    publication: str | None


# ---------------------------------------------------------------------------
# hashes
# ---------------------------------------------------------------------------

def _digest(*parts: str | None) -> str:
    h = hashlib.blake2b(digest_size=16)
    for p in parts:
        h.update(b"\x00" if p is None else p.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def article_hash(rec: ArticleRecord) -> str:
    a = rec.article
    return _digest(a.text, a.headline, a.subheadline, a.date)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# ---------------------------------------------------------------------------
# the store
# ---------------------------------------------------------------------------

def _error(path: str, e: sqlite3.Error) -> StoreError:
    text = str(e)
    if "locked" in text or "busy" in text:
        return StoreError(f"{path}: the store is locked by another kg process; "
                          "wait for it to finish and run the command again")
    if isinstance(e, sqlite3.OperationalError) and "unable to open" in text:
        return StoreError(f"{path}: cannot open the store ({text}); check that its folder exists and is "
                          "writable, or give another --db")
    if "disk is full" in text or "disk I/O error" in text:
        return StoreError(f"{path}: the disk holding the store is full or failing ({text}); the store is "
                          "unchanged (the input being added was rolled back): free some space and run again")
    if "readonly" in text:
        return StoreError(f"{path}: the store is read-only ({text}); make it writable or give another --db")
    if isinstance(e, sqlite3.DatabaseError) and not isinstance(e, sqlite3.IntegrityError):
        return StoreError(f"{path}: not a readable officials-kg store ({text}); move the file aside and "
                          "rebuild it with kg add, or give another --db")
    return StoreError(f"{path}: store error ({text}); run the command again with --debug and report it")


class Store:
    """An open corpus store.  Use ``Store.open(path)`` (or ``open_store``) as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn = conn
        self.path = path
        self.notices: list[str] = []        # what opening did to an older store (upgrades), one line each

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike = DEFAULT_DB, *, create: bool = True, readonly: bool = False) -> Store:
        """Open (and create, or upgrade) the store at ``path``.

        ``readonly`` opens an existing store for reading only (SQLite ``mode=ro``): nothing is created,
        upgraded or written, and a store on a read-only file system or in a folder the user cannot write
        can be read.  Raises ``StoreError`` with one line naming the file when it does not exist
        (and ``create`` is false), is not a store (an empty file included, when read only), is damaged,
        is locked, or was made by a newer officials-kg.
        """
        shown = os.fspath(path)
        p = Path(path)
        if p.is_dir():
            raise StoreError(f"{shown}: is a folder, not a store file; give a file path with --db")
        if readonly:
            return cls._open_readonly(p, shown)
        if not p.exists():
            if not create:
                raise StoreError(f"{shown}: no store here; add articles first with: kg add INPUT... "
                                 "(or give the store with --db)")
            try:
                p.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"{shown}: cannot create the store's folder ({e.strerror or e}); "
                                 "give another --db") from None
        try:
            conn = sqlite3.connect(p, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as e:
            raise _error(shown, e) from None
        store = cls(conn, shown)
        try:
            store._prepare()
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def _open_readonly(cls, p: Path, shown: str) -> Store:
        if not p.exists():
            raise StoreError(f"{shown}: no store here; add articles first with: kg add INPUT... "
                             "(or give the store with --db)")
        if p.stat().st_size == 0:
            raise StoreError(f"{shown}: an empty file, not an officials-kg store; add articles with "
                             f"kg add INPUT... --db {shown}, or give another --db")
        uri = "file:" + urllib.parse.quote(str(p.resolve()))
        conn = None
        # A WAL store in a folder we cannot write needs its -shm file: without one it opens only as
        # immutable, which is right there (nobody can be writing it) and nowhere else.
        for query in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                conn = sqlite3.connect(uri + query, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
                conn.execute("PRAGMA user_version").fetchone()
                break
            except sqlite3.Error as e:
                if conn is not None:
                    conn.close()
                    conn = None
                if query.endswith("immutable=1") or os.access(p.parent, os.W_OK):
                    raise _error(shown, e) from None
        store = cls(conn, shown)
        try:
            with store._guard():
                version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                raise StoreError(f"{shown}: an SQLite file that is not an officials-kg store; give another --db")
            if version > SCHEMA_VERSION:
                raise StoreError(f"{shown}: the store has schema version {version}, newer than this officials-kg "
                                 f"reads ({SCHEMA_VERSION}); upgrade officials-kg, or give another --db")
            if version < READABLE_FROM:
                raise StoreError(f"{shown}: the store was made by an older officials-kg (schema {version}); "
                                 "run kg add or kg build on it once where it can be written, to upgrade it")
        except BaseException:
            conn.close()
            raise
        return store

    def _prepare(self) -> None:
        """Check the schema, switch to WAL and migrate.  Runs that create one store at once may find it busy:
        tried again until ``BUSY_TIMEOUT_S``; its version and tables are read in one transaction."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                return self._prepare_once()
            except sqlite3.Error as e:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if not ("locked" in str(e) or "busy" in str(e)) or time.monotonic() > deadline:
                    raise _error(self.path, e) from None
                time.sleep(0.05)

    def _prepare_once(self) -> None:
        conn = self._conn
        conn.execute("BEGIN")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        conn.execute("COMMIT")
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: the store has schema version {version}, newer than this officials-kg "
                             f"reads ({SCHEMA_VERSION}); upgrade officials-kg, or give another --db")
        if version == 0 and tables:
            raise StoreError(f"{self.path}: an SQLite file that is not an officials-kg store; give another --db")
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        for target, sql in MIGRATIONS:
            if target <= version:
                continue
            if self._migrate(target, sql) and version and target in NOTICES:     # a store that was in use
                self.notices.append(f"{self.path}: upgraded to schema {target} ({NOTICES[target]})")

    def _migrate(self, target: int, sql: str) -> bool:
        """Run one step, unless another process has; True when this one did."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            done = conn.execute("PRAGMA user_version").fetchone()[0] < target
            if done:
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {int(target)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return done

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as e:
            raise _error(self.path, e) from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._guard():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def _rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        with self._guard():
            return self._conn.execute(sql, params).fetchall()

    # -- sources ---------------------------------------------------------------------------------

    def source_state(self, source_id: str) -> tuple[str, str, str] | None:
        """``(hash, origin, extractor key)`` of a stored source, or None."""
        rows = self._rows("SELECT hash, origin, extractor FROM sources WHERE id = ?", (source_id,))
        return rows[0] if rows else None

    def source_keys(self) -> list[tuple[str, str, dict]]:
        """(id, extractor key, config) of every stored source, in id order."""
        rows = self._rows("SELECT id, extractor, config FROM sources ORDER BY id")
        return [(i, k, json.loads(c)) for i, k, c in rows]

    def stored_source(self, source_id: str) -> StoredSource | None:
        """A stored source, rebuilt as a ``Source`` (text normalised again from the text as read)."""
        from extract import normalise

        rows = self._rows("SELECT id, origin, raw, encoding, date, headline, url, publication, locale, "
                          "config, hash, extractor FROM sources WHERE id = ?", (source_id,))
        if not rows:
            return None
        (id_, origin, raw, encoding, date, headline, url, publication, locale, config, hash_, extractor) = rows[0]
        text, offsets = normalise(raw)
        source = Source(id=id_, origin=origin, text=text, raw=raw, offsets=offsets, encoding=encoding,
                        date=date, headline=headline, url=url, publication=publication, locale=locale)
        return StoredSource(source, json.loads(config), hash_, extractor)

    def article_hashes(self, source_id: str) -> dict[str, str]:
        return dict(self._rows("SELECT id, hash FROM articles WHERE source_id = ?", (source_id,)))

    def put(self, source: Source, records: Sequence[ArticleRecord], *, config: dict, extractor: str,
            hash: str, signatures: Sequence[bytes | None], pairs: Iterable[tuple[str, str, float]]) -> None:
        """Store one source with its articles, mentions and near-duplicate pairs: one transaction.
        The source's previous articles (if any) are replaced; so is any stored article with one of the new ids.
        """
        with self._transaction() as db:
            self._put(db, source, records, config=config, extractor=extractor, hash=hash, signatures=signatures,
                      pairs=pairs)

    def _put(self, db: sqlite3.Connection, source: Source, records: Sequence[ArticleRecord], *, config: dict,
             extractor: str, hash: str, signatures: Sequence[bytes | None],
             pairs: Iterable[tuple[str, str, float]]) -> None:
        """``put`` inside a transaction the caller holds."""
        from extract import record_to_json
        from kg.keys import name_key

        now = _now()
        old = db.execute("SELECT added FROM sources WHERE id = ?", (source.id,)).fetchone()
        db.execute("DELETE FROM articles WHERE source_id = ?", (source.id,))
        db.execute(
            "INSERT OR REPLACE INTO sources (id, origin, hash, raw, encoding, date, headline, url, publication, "
            "locale, config, extractor, added, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (source.id, source.origin, hash, source.raw, source.encoding, source.date, source.headline,
             source.url, source.publication, source.locale, json.dumps(config, ensure_ascii=False),
             extractor, old[0] if old else now, now))
        for seq, (rec, sig) in enumerate(zip(records, signatures, strict=True)):
            a = rec.article
            db.execute("DELETE FROM articles WHERE id = ?", (a.id,))
            d = record_to_json(rec)
            del d["text"]
            page = a.page.page if a.page else None
            publication = (a.page.publication if a.page and a.page.publication else a.publication)
            db.execute(
                "INSERT INTO articles (id, source_id, seq, hash, headline, date, publication, page, n_events, "
                "text, record, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (a.id, source.id, seq, article_hash(rec), a.headline, a.date, publication, page,
                 len(rec.events), a.text, json.dumps(d, ensure_ascii=False, separators=(",", ":")), sig))
            db.executemany("INSERT INTO mentions (article_id, kind, name, key, start, stop) "
                           "VALUES (?, ?, ?, ?, ?, ?)", _mention_rows(rec, name_key))
        db.executemany("INSERT OR REPLACE INTO near_duplicates (a, b, similarity) VALUES (?, ?, ?)",
                       [(min(a, b), max(a, b), s) for a, b, s in pairs])

    # -- articles --------------------------------------------------------------------------------

    def count_articles(self) -> int:
        return self._rows("SELECT count(*) FROM articles")[0][0]

    def records(self, article_ids: Iterable[str] | None = None) -> list[ArticleRecord]:
        """The stored records, in (source id, order on the page) order; or those of ``article_ids``."""
        from extract import record_from_json

        def read(rows: Iterable[tuple[str, str]]) -> list[ArticleRecord]:
            out = []
            for record, text in rows:
                d = json.loads(record)
                d["text"] = text
                out.append(record_from_json(d))
            return out

        if article_ids is None:
            # the rows in batches: a large store's rows held all at once would double the peak memory
            with self._guard():
                cursor = self._conn.execute("SELECT record, text FROM articles ORDER BY source_id, seq")
                return read(row for batch in iter(lambda: cursor.fetchmany(1000), []) for row in batch)
        wanted = sorted(set(article_ids))
        rows = []
        for chunk in _chunks(wanted, 500):
            marks = ",".join("?" * len(chunk))
            rows += self._rows(f"SELECT record, text, source_id, seq FROM articles WHERE id IN ({marks})", chunk)
        return read((r, t) for r, t, *_ in sorted(rows, key=lambda row: (row[2], row[3])))

    def _article_column(self, column: str, article_ids: Iterable[str]) -> dict[str, str]:
        """article id -> ``column`` of the articles table, for the ids that are stored."""
        out: dict[str, str] = {}
        for chunk in _chunks(sorted(set(article_ids)), 500):
            marks = ",".join("?" * len(chunk))
            out.update(self._rows(f"SELECT id, {column} FROM articles WHERE id IN ({marks})", chunk))
        return out

    def article_sources(self, article_ids: Iterable[str]) -> dict[str, str]:
        """article id -> the id of the source it was stored from."""
        return self._article_column("source_id", article_ids)

    def texts(self, article_ids: Iterable[str]) -> dict[str, str]:
        return self._article_column("text", article_ids)

    def articles_info(self, article_ids: Iterable[str]) -> dict[str, ArticleInfo]:
        out: dict[str, ArticleInfo] = {}
        for chunk in _chunks(sorted(set(article_ids)), 500):
            marks = ",".join("?" * len(chunk))
            for row in self._rows(f"SELECT id, source_id, headline, date, publication FROM articles "
                                  f"WHERE id IN ({marks})", chunk):
                out[row[0]] = ArticleInfo(*row)
        return out

    def near_candidates(self, signature: bytes) -> list[tuple[str, str | None]]:
        """(id, date) of the stored articles whose MinHash signature has a band equal to one of
        ``signature``'s: its MinHash LSH candidates (``kg.neardup``), in id order."""
        return self._rows(
            f"SELECT DISTINCT a.id, a.date FROM (VALUES {BAND_VALUES}) AS q "
            "JOIN lsh_bands AS k ON k.band = q.column1 AND k.key = substr(?, 1 + 20 * q.column1, 20) "
            "JOIN articles AS a ON a.rowid = k.article ORDER BY a.id", (signature,))

    def fingerprint(self) -> str:
        """Changes whenever a source, article or near-duplicate pair is added, replaced or re-extracted."""
        sql = ", ".join(f"(SELECT count(*) FROM {t}), (SELECT coalesce(max(rowid), 0) FROM {t})"
                        for t in ("sources", "articles", "near_duplicates"))       # a replaced row: a new rowid
        return _digest(*map(str, self._rows(f"SELECT {sql}")[0]))

    def articles_mentioning(self, keys: Iterable[str], *, kind: str | None = None) -> list[str]:
        """Ids of the articles with a mention whose normalised name (the expanded one for an
        organization: 杭州市委), or whose name as written (市委), is one of ``keys``."""
        out: set[str] = set()
        for chunk in _chunks(sorted(set(keys)), 400):
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT DISTINCT article_id FROM mentions WHERE (key IN ({marks}) OR name IN ({marks}))"
            params = list(chunk) + list(chunk)
            if kind:
                sql += " AND kind = ?"
                params.append(kind)
            out.update(r[0] for r in self._rows(sql, params))
        return sorted(out)

    def near_duplicate_pairs(self, article_ids: Iterable[str] | None = None) -> list[tuple[str, str, float]]:
        if article_ids is None:
            return self._rows("SELECT a, b, similarity FROM near_duplicates ORDER BY a, b")
        ids = sorted(set(article_ids))
        out: set[tuple[str, str, float]] = set()
        for chunk in _chunks(ids, 400):
            marks = ",".join("?" * len(chunk))
            out.update(self._rows(f"SELECT a, b, similarity FROM near_duplicates WHERE a IN ({marks}) "
                                  f"OR b IN ({marks})", chunk + chunk))
        return sorted(out)

    def duplicates(self, article_ids: Iterable[str] | None = None) -> dict[str, str]:
        """Article id -> representative of its near-duplicate group (articles with copies only)."""
        from kg.neardup import groups

        pairs = self.near_duplicate_pairs(article_ids)
        ids = {x for a, b, _ in pairs for x in (a, b)}
        dates = {i: info.date for i, info in self.articles_info(ids).items()}
        return groups(((a, b) for a, b, _ in pairs), dates)

    # -- resolution ------------------------------------------------------------------------------

    def save_resolution(self, resolution) -> None:
        """Replace the stored entities and decisions with those of ``resolution`` (one transaction)."""
        with self._transaction() as db:
            db.execute("DELETE FROM entities")
            db.execute("DELETE FROM decisions")
            db.executemany("INSERT INTO entities (id, kind, name, key, n_articles) VALUES (?, 'person', ?, ?, ?)",
                           [(e.id, e.name, e.key, len(e.articles)) for e in resolution.persons.values()])
            db.executemany("INSERT INTO entities (id, kind, name, key, n_articles) VALUES (?, 'organization', "
                           "?, ?, ?)", [(e.id, e.name, e.key, len(e.articles))
                                        for e in resolution.orgs.values()])
            db.executemany("INSERT INTO decisions (entity_id, kind, article_id, name, reason) VALUES (?, ?, ?, ?, ?)",
                           [(d.entity, d.kind, d.article, d.name, d.reason) for d in resolution.decisions])
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_build', ?)", (_now(),))

    # -- statistics ------------------------------------------------------------------------------

    def stats(self) -> StoreStats:
        one = lambda sql: self._rows(sql)[0][0]  # noqa: E731
        pairs = self.near_duplicate_pairs()
        from kg.neardup import groups

        n_groups = len(set(groups(((a, b) for a, b, _ in pairs), {}).values()))
        size = 0
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                size += os.path.getsize(self.path + suffix)
        last = self._rows("SELECT value FROM meta WHERE key = 'last_build'")
        return StoreStats(
            path=self.path, size_bytes=size, schema_version=one("PRAGMA user_version"),
            sources=one("SELECT count(*) FROM sources"), articles=one("SELECT count(*) FROM articles"),
            persons=one("SELECT count(*) FROM entities WHERE kind = 'person'"),
            organizations=one("SELECT count(*) FROM entities WHERE kind = 'organization'"),
            person_names=one("SELECT count(DISTINCT key) FROM mentions WHERE kind IN ('person', 'reporter')"),
            organization_names=one("SELECT count(DISTINCT key) FROM mentions WHERE kind = 'organization'"),
            events=one("SELECT coalesce(sum(n_events), 0) FROM articles"),
            mentions=one("SELECT count(*) FROM mentions WHERE kind IN ('person', 'reporter', 'organization')"),
            near_duplicate_pairs=len(pairs), near_duplicate_groups=n_groups,
            extractors=tuple(self._rows("SELECT extractor, count(*) FROM sources GROUP BY extractor "
                                        "ORDER BY extractor")),
            last_build=last[0][0] if last else None)

    def integrity_check(self) -> str:
        return self._rows("PRAGMA integrity_check")[0][0]


def open_store(path: str | os.PathLike = DEFAULT_DB, *, create: bool = True) -> Store:
    return Store.open(path, create=create)


def _statements(sql: str) -> list[str]:
    """The statements of a script (a trigger's body, with its own semicolons, stays one statement)."""
    out, part = [], ""
    for piece in sql.split(";"):
        part += piece + ";"
        if sqlite3.complete_statement(part):
            if part.strip(" \n;"):
                out.append(part.strip())
            part = ""
    return out


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield list(items[i:i + size])


def _mention_rows(rec: ArticleRecord, key) -> Iterator[tuple]:
    aid = rec.article.id
    for p in rec.persons:
        for s in p.spans or (None,):
            yield (aid, "reporter" if p.is_reporter else "person", p.name, key(p.name),
                   s[0] if s else None, s[1] if s else None)
        for t in p.titles:
            yield (aid, "title", t.surface, key(p.name), t.span[0], t.span[1])
    for o in rec.organizations:
        for s in o.spans or (None,):
            yield (aid, "organization", o.name, key(o.full_name or o.name), s[0] if s else None, s[1] if s else None)
