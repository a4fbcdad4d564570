"""The functions of the first API, kept for the callers not yet moved: thin wrappers over ``Extractor``.

    extract_source(source, config)   = extractor(config)(source)
    extract_sources(sources, config) = extractor(config).pipe(sources)
    extract_article(article, config) = extractor(config).read(article)
    rejoin(records, config)          = extractor(config).join(records)
    extract_text(text, date=..., locale=...) -> list[ArticleRecord]    (for notebooks and programs)

New code calls ``extract.extractor(config)`` (see ``extract.extractor``).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from extract import backends
from extract.extractor import EXTRACTOR_VERSION, ExtractConfig, extractor, jumps
from extract.ingest import normalise
from extract.records import Article, ArticleRecord, Source

__all__ = ["EXTRACTOR_VERSION", "ExtractConfig", "extract_article", "extract_source", "extract_sources",
           "extract_text", "jumps", "rejoin"]


def extract_text(text: str, *, date: str | None = None, locale: str | None = None,
                 publication: str | None = None, id: str = "text", backend: str = backends.DEFAULT,
                 lexicon_dirs: Iterable[str] = ()) -> list[ArticleRecord]:
    """Extract from a string: an article or a whole newspaper page.

    >>> recs = extract_text("本报讯 25日,市委书记刘非出席会议。", date="2025-09-26")
    >>> recs[0].persons[0].name
    '刘非'
    """
    norm, offsets = normalise(text)
    source = Source(id=id, origin=id, text=norm, raw=text, offsets=offsets, date=date,
                    publication=publication, locale=locale)
    return extract_source(source, ExtractConfig(backend=backend, locale=locale,
                                                lexicon_dirs=tuple(str(d) for d in lexicon_dirs)))


def extract_source(source: Source, config: ExtractConfig) -> list[ArticleRecord]:
    return extractor(config)(source)


def extract_sources(sources: Iterable[Source], config: ExtractConfig) -> Iterator[ArticleRecord]:
    """Extract many inputs, joining articles that jump across pages given together (``Extractor.pipe``)."""
    return extractor(config).pipe(sources)


def rejoin(records: Sequence[ArticleRecord], config: ExtractConfig) -> list[ArticleRecord]:
    """Join the articles of ``records`` that continue each other (``Extractor.join``)."""
    return extractor(config).join(records)


def extract_article(article: Article, config: ExtractConfig) -> ArticleRecord:
    return extractor(config).read(article)
