"""The SQL schema of the corpus store (``kg.store``) and its migrations.

``SCHEMA_VERSION`` is the ``PRAGMA user_version`` a store of this release has; ``MIGRATIONS`` are the steps
that bring an older store (or a new, empty file) up to it, each run once in its own transaction; ``NOTICES``
says in a few words what a step did to a store that had articles already.  ``READABLE_FROM`` is the oldest
version that a read-only open accepts as it is: the readers use none of the tables added after it.
"""
from __future__ import annotations

SCHEMA_VERSION = 2
READABLE_FROM = 1

_V1 = """
CREATE TABLE sources (
    id          TEXT PRIMARY KEY,
    origin      TEXT NOT NULL,
    hash        TEXT NOT NULL,
    raw         TEXT NOT NULL,
    encoding    TEXT NOT NULL,
    date        TEXT,
    headline    TEXT,
    url         TEXT,
    publication TEXT,
    locale      TEXT,
    config      TEXT NOT NULL,
    extractor   TEXT NOT NULL,
    added       TEXT NOT NULL,
    updated     TEXT NOT NULL
);
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    source_id   TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    headline    TEXT,
    date        TEXT,
    publication TEXT,
    page        INTEGER,
    n_events    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    record      TEXT NOT NULL,
    signature   BLOB
);
CREATE INDEX articles_source ON articles(source_id, seq);
CREATE TABLE mentions (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    key         TEXT NOT NULL,
    start       INTEGER,
    stop        INTEGER
);
CREATE INDEX mentions_key ON mentions(key, kind);
CREATE INDEX mentions_name ON mentions(name);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE TABLE near_duplicates (
    a           TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b           TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    similarity  REAL NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX near_duplicates_b ON near_duplicates(b);
CREATE TABLE entities (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    key         TEXT NOT NULL,
    n_articles  INTEGER NOT NULL
);
CREATE INDEX entities_name ON entities(name);
CREATE TABLE decisions (
    entity_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    name        TEXT NOT NULL,
    reason      TEXT NOT NULL
);
CREATE INDEX decisions_entity ON decisions(entity_id);
CREATE INDEX decisions_name ON decisions(name);
CREATE TABLE meta (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);
"""

# Version 2: the near-duplicate look-up (``kg.neardup``) kept in the store, so that adding an article costs
# a few index searches, not an index of every stored signature built in memory.  A signature is 128 uint32
# (512 bytes); MinHash LSH cuts it into 25 bands of 5 values (20 bytes), and two articles are candidates
# when one band of theirs is equal byte for byte.  One row per band of each article with a signature,
# written and deleted by triggers in the statement that writes or deletes the article, so the table can
# never disagree with the articles, whatever writes them (a killed run included: same transaction).
# Articles are deleted and inserted, never replaced in place (INSERT OR REPLACE would skip the delete
# trigger) nor updated.  The last statement fills the table for the articles already stored.
BAND_VALUES = ", ".join(f"({band})" for band in range(25))      # 25 rows of one column: the band numbers
_V2 = f"""
CREATE TABLE lsh_bands (
    band        INTEGER NOT NULL,
    key         BLOB NOT NULL,
    article     INTEGER NOT NULL,
    PRIMARY KEY (band, key, article)
) WITHOUT ROWID;
CREATE TRIGGER articles_lsh_insert AFTER INSERT ON articles WHEN NEW.signature IS NOT NULL BEGIN
    INSERT INTO lsh_bands (band, key, article)
    SELECT column1, substr(NEW.signature, 1 + 20 * column1, 20), NEW.rowid FROM (VALUES {BAND_VALUES});
END;
CREATE TRIGGER articles_lsh_delete AFTER DELETE ON articles WHEN OLD.signature IS NOT NULL BEGIN
    DELETE FROM lsh_bands WHERE article = OLD.rowid AND ({" OR ".join(
        f"(band = {band} AND key = substr(OLD.signature, {1 + 20 * band}, 20))" for band in range(25))});
END;
INSERT INTO lsh_bands (band, key, article)
SELECT column1, substr(signature, 1 + 20 * column1, 20), articles.rowid
FROM articles, (VALUES {BAND_VALUES}) WHERE signature IS NOT NULL;
"""

# (version reached, SQL): append a step for each change of the schema; never edit a released step.
MIGRATIONS: tuple[tuple[int, str], ...] = ((1, _V1), (2, _V2))
NOTICES = {2: "near-duplicate look-up keys written for its articles, once"}
