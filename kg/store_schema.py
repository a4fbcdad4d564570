"""The SQL schema of the corpus store (``kg.store``) and its migrations.

``SCHEMA_VERSION`` is the ``PRAGMA user_version`` a store of this release has; ``MIGRATIONS`` are the steps
that bring an older store (or a new, empty file) up to it, each run once in its own transaction.
"""
from __future__ import annotations

SCHEMA_VERSION = 1

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

# (version reached, SQL): append a step for each change of the schema; never edit a released step.
MIGRATIONS: tuple[tuple[int, str], ...] = ((1, _V1),)
