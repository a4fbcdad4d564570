"""Incremental extraction into the corpus store: add new and changed inputs, re-extract stale ones.

    add_sources(store, sources, config)   -> one ``Added`` per source, after it is committed
    refresh(store)                        -> re-extract the sources whose extractor key is out of date
    stale(store)                          -> the ids of those sources

Adding: a source whose id, hash and extractor key are already stored is skipped without
extraction; a new one is extracted and stored; a changed one (same id, new hash) is
re-extracted and replaces its articles.  A source whose id is stored from another file with a
different text is not replaced unless ``replace=True`` (ids made from file names repeat across
folders; replacing silently would lose the first).  Whether a source is stored is decided again
inside the transaction that stores it, so that runs at the same time keep this rule.

Each source is stored with the configuration it was extracted with (``config_json``) and its
extractor key (``EXTRACTOR_VERSION`` plus a digest of the lexicons).  ``refresh`` re-extracts a
source whose key is no longer current, with its own stored configuration: options given to a
later ``kg build`` apply to the inputs it adds, never to what is stored.

Near-duplicates (``kg.neardup``) are looked for as each source is stored, among every article
stored so far by any run: the store's LSH bands are searched in the transaction that stores the source.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from extract import ArticleRecord, Source
from kg.store import Added, Store, StoredSource, _digest, article_hash

# Stored configurations name backends as they were called when stored.
_RENAMED_BACKENDS = {"grammar": "none"}


def config_json(config) -> dict:
    """The parts of an ``ExtractConfig`` that change what is extracted, as JSON."""
    return {"backend": config.backend, "locale": config.locale, "lexicon_dirs": list(config.lexicon_dirs),
            "backend_options": [list(o) for o in config.backend_options]}


def config_from_json(d: dict):
    from extract import ExtractConfig

    backend = _RENAMED_BACKENDS.get(d["backend"], d["backend"])
    return ExtractConfig(backend=backend, locale=d.get("locale"),
                         lexicon_dirs=tuple(d.get("lexicon_dirs") or ()),
                         backend_options=tuple(tuple(o) for o in d.get("backend_options") or ()))


def source_hash(source: Source, config) -> str:
    """A source's content and what its extraction depends on (metadata, locale, backend, lexicons)."""
    return _digest(source.raw, source.date, source.headline, source.url, source.publication, source.locale,
                   json.dumps(config_json(config), sort_keys=True, ensure_ascii=False))


def extractor_key(config) -> str:
    """``EXTRACTOR_VERSION`` plus a digest of the lexicons: when it changes, stored texts are re-extracted."""
    import extract

    return f"{extract.EXTRACTOR_VERSION}+lex.{extract.lexicon_digest(config.lexicon_dirs)}"


_LINE_SUFFIX = re.compile(r":\d+$")


def _origin_file(origin: str) -> str:
    """The file part of an origin (a JSONL record's origin ends in ``:LINE``)."""
    return _LINE_SUFFIX.sub("", origin)


def extract_for_store(source: Source, config) -> tuple[list[ArticleRecord], list[bytes | None]]:
    """What a worker does for the store: the records of a source and their MinHash signatures."""
    from extract import extractor
    from kg.neardup import signature

    records = extractor(config)(source)
    return records, [signature(r.article.text) for r in records]


@dataclass(frozen=True, slots=True)
class _Plan:
    """What to do with one source: extract it (``done`` None) or report ``done`` as it is."""

    source: Source
    status: str
    hash: str
    done: Added | None = None


def _plan(store: Store, source: Source, h: str, key: str, *, replace: bool) -> _Plan:
    """What adding ``source`` (text hash ``h``, extractor key ``key``) to the store means now."""
    stored = store.source_state(source.id)
    if stored is None:
        return _Plan(source, "new", h)
    old_hash, old_origin, old_key = stored
    if old_hash == h and old_key == key:
        n = len(store.article_hashes(source.id))
        return _Plan(source, "unchanged", h, Added(source.id, source.origin, "unchanged", articles=n))
    if old_hash != h and not replace and _origin_file(old_origin) != _origin_file(source.origin):
        return _Plan(source, "skipped", h, Added(source.id, source.origin, "skipped", message=(
            f"{source.origin}: id {source.id!r} is already in the store from {old_origin} with a "
            "different text; give the folder above so that ids include it, or use --replace")))
    return _Plan(source, "changed" if old_hash != h else "re-extracted", h)


def _store_records(store: Store, source: Source, extracted: tuple[list[ArticleRecord], list[bytes | None]], *,
                   config: dict, extractor: str, hash: str,
                   recheck: Callable[[], _Plan] | None = None) -> Added | tuple[int, int]:
    """Near-duplicate pairs and the insert, in one write transaction.  Returns (new or changed articles, pairs).

    ``recheck`` decides again, inside the transaction, whether the source is still to be stored: another
    run may have stored the same id since this run looked (the first stands, the second is warned about);
    when it says no, its ``Added`` is returned and nothing is written.
    """
    from kg.neardup import MIN_SIMILARITY, shares_band, similarity, within_window

    records, sigs = extracted
    with store._transaction() as db:
        if recheck is not None:
            now = recheck()
            if now.done is not None:
                return now.done
        old = store.article_hashes(source.id)
        pairs: list[tuple[str, str, float]] = []
        mine = {r.article.id: r.article.text for r in records}
        earlier: dict[str, tuple[bytes, str | None]] = {}     # this source's articles compared so far
        for rec, sig in zip(records, sigs):
            a = rec.article
            if sig is None:
                continue
            # stored articles, less those this transaction deletes (the source's old ones, and any id
            # it stores again), then this source's articles before this one
            dates = {c: d for c, d in store.near_candidates(sig) if c not in old and c not in mine}
            dates.update((c, d) for c, (other, d) in earlier.items() if shares_band(sig, other))
            found = sorted(c for c, d in dates.items() if c != a.id and within_window(a.date, d))
            earlier[a.id] = (sig, a.date)
            missing = [c for c in found if c not in mine]
            texts = store.texts(missing) if missing else {}
            for c in found:
                other = mine.get(c) if c in mine else texts.get(c)
                if other is None:
                    continue
                s = similarity(a.text, other)
                if s >= MIN_SIMILARITY:
                    pairs.append((a.id, c, round(s, 4)))
        store._put(db, source, records, config=config, extractor=extractor, hash=hash, signatures=sigs,
                   pairs=pairs)
    changed = sum(1 for r in records if old.get(r.article.id) != article_hash(r))
    return changed, len(pairs)


def add_sources(store: Store, sources: Iterable[Source], config, *, replace: bool = False,
                executor=None) -> Iterator[Added]:
    """Add sources to the store, extracting only what is new or changed; one transaction per source.

    Yields one ``Added`` per source, in input order, after it is committed.
    ``executor`` (a ``kg.parallel.Executor``; default: this process) runs the
    extractions, while the store is read and written here, one source after
    the other, so the store is the same whatever the executor.  Runs at the same
    time are safe: whether a source is stored is decided again in the transaction
    that stores it, so the first of two texts with one id stands and the second is
    warned about, and near-duplicates are looked for among what every run stored.
    """
    from kg.parallel import Executor

    key = extractor_key(config)
    conf = config_json(config)
    plans = (_plan(store, s, source_hash(s, config), key, replace=replace) for s in sources)
    extracted = (executor or Executor()).extract(plans, job=lambda p: None if p.done else (p.source, config),
                                                 task=extract_for_store)
    for p, result in extracted:
        if p.done is not None:
            yield p.done
            continue
        stored = _store_records(store, p.source, result, config=conf, extractor=key, hash=p.hash,
                                recheck=lambda p=p: _plan(store, p.source, p.hash, key, replace=replace))
        if isinstance(stored, Added):
            yield stored
            continue
        changed, n_pairs = stored
        yield Added(p.source.id, p.source.origin, p.status, articles=len(result[0]), new_articles=changed,
                    duplicates=n_pairs)


def _current_keys(store: Store) -> tuple[list[str], dict[str, str]]:
    """The stale source ids, and the current extractor key of each configuration (JSON text)."""
    current: dict[str, str] = {}
    out = []
    for sid, key, conf in store.source_keys():
        conf_key = json.dumps(conf, sort_keys=True)
        if conf_key not in current:
            current[conf_key] = extractor_key(config_from_json(conf))
        if key != current[conf_key]:
            out.append(sid)
    return out, current


def stale(store: Store) -> list[str]:
    """Ids of the stored sources whose extractor key is no longer current (version or lexicons changed)."""
    return _current_keys(store)[0]


def refresh(store: Store, *, executor=None) -> Iterator[Added]:
    """Re-extract the stored sources whose extractor key is out of date; one transaction per source.

    ``executor`` (a ``kg.parallel.Executor``; default: this process) runs the extractions.
    """
    from kg.parallel import Executor

    ids, current = _current_keys(store)
    stored = (x for x in map(store.stored_source, ids) if x is not None)
    configs: dict[str, object] = {}

    def job(item: StoredSource):
        conf_key = json.dumps(item.config, sort_keys=True)
        if conf_key not in configs:
            configs[conf_key] = config_from_json(item.config)
        return item.source, configs[conf_key]

    for item, result in (executor or Executor()).extract(stored, job=job, task=extract_for_store):
        config = configs[json.dumps(item.config, sort_keys=True)]
        key = current.get(json.dumps(item.config, sort_keys=True)) or extractor_key(config)
        changed, n_pairs = _store_records(store, item.source, result, config=item.config,
                                          extractor=key, hash=item.hash)
        yield Added(item.source.id, item.source.origin, "re-extracted", articles=len(result[0]),
                    new_articles=changed, duplicates=n_pairs)


def joined(store: Store, records: Sequence[ArticleRecord]) -> list[ArticleRecord]:
    """The store's records with each article that jumps across pages joined with its continuation.

    Records are stored page by page; the parts of a jump are joined by the Extractor of the
    configuration their first page was stored with (never the options of the command running now).
    The records without a jump come first, as they were, then the joined ones.
    """
    from extract import extractor, jumps

    jumping = [r for r in records if jumps(r)]
    if not jumping:
        return list(records)
    source_of = store.article_sources([r.article.id for r in jumping])
    configs = {sid: conf for sid, _, conf in store.source_keys()}
    groups: dict[str, list[ArticleRecord]] = {}
    for r in jumping:
        conf = configs.get(source_of.get(r.article.id), {})
        groups.setdefault(json.dumps(conf, sort_keys=True), []).append(r)
    out = [r for r in records if not jumps(r)]
    for conf, group in groups.items():
        out += extractor(config_from_json(json.loads(conf))).join(group)
    return out
