"""From a Source to ArticleRecords: split the page, then read each article.

    extract_source(source, config)  -> list[ArticleRecord]
    extract_article(article, config) -> ArticleRecord
    extract_text(text, date=..., locale=...) -> list[ArticleRecord]    (for notebooks and programs)
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from extract import backends, dates, jurisdiction
from extract.events import assign_roles, find_events, ideology_spans
from extract.ingest import normalise
from extract.officials import (
    NameMention,
    assemble_persons,
    backend_names,
    dedupe_mentions,
    find_clause_lists,
    find_dotted_names,
    find_headline_names,
    find_name_posts,
    find_reporters,
    find_title_chains,
    find_title_items,
    propagate,
    resolve_surnames,
    trailing_labels,
)
from extract.organizations import find_organizations
from extract.page import merge_continuations, split_page
from extract.records import Article, ArticleRecord, OrgKind, Source, Title
from extract.vocab import Vocabulary, org_kind, vocabulary

EXTRACTOR_VERSION = "0.1.0"


@dataclass(frozen=True)
class ExtractConfig:
    """How to extract.  ``backend`` names a statistical NER backend (see ``extract.backends``)."""

    backend: str = backends.DEFAULT
    locale: str | None = None
    lexicon_dirs: tuple[str, ...] = ()
    backend_options: tuple[tuple[str, str], ...] = ()

    def vocab(self) -> Vocabulary:
        return vocabulary(self.lexicon_dirs)


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
    articles = split_page(source, lexicon_dirs=config.lexicon_dirs)
    return [extract_article(a, config) for a in articles]


def extract_sources(sources: Iterable[Source], config: ExtractConfig) -> Iterator[ArticleRecord]:
    """Extract many inputs, joining articles that jump across pages given together.

    Articles with a jump marker ((下转第2版), (上接第1版)) wait until every input is
    read, then each is joined with its continuation (``merge_continuations``) and
    extracted as one article; the others are extracted as they come.
    """
    waiting: list[ArticleRecord] = []
    for source in sources:
        for record in extract_source(source, config):
            if jumps(record):
                waiting.append(record)
            else:
                yield record
    yield from rejoin(waiting, config)


def jumps(record: ArticleRecord) -> bool:
    """Does the article continue on, or come from, another page?"""
    return record.article.continues_on is not None or record.article.continued_from is not None


def rejoin(records: Sequence[ArticleRecord], config: ExtractConfig) -> list[ArticleRecord]:
    """Join the articles of ``records`` that continue each other and extract each joined article again.

    Records with no partner among ``records`` come back as they were, in their order.
    """
    by_id = {r.article.id: r for r in records}
    out: list[ArticleRecord] = []
    for article in merge_continuations([r.article for r in records]):
        out.append(extract_article(article, config) if article.parts else by_id[article.id])
    return out


def extract_article(article: Article, config: ExtractConfig) -> ArticleRecord:
    vocab = config.vocab()
    backend = backends.load(config.backend, **dict(config.backend_options))
    text = article.text
    items = find_title_items(text, vocab)

    mentions: list[NameMention] = []
    mentions += find_reporters(text, vocab)
    mentions += find_title_chains(text, vocab, items)
    mentions += find_clause_lists(text, vocab)
    mentions += find_dotted_names(text, vocab)
    headline_end = len(text) if article.headline_only else article.body_start
    mentions += find_headline_names(text, vocab, end=headline_end)
    known = {m.name for m in mentions if not m.surname_only}
    mentions += find_name_posts(text, vocab, items, known)
    mentions = dedupe_mentions(mentions)
    mentions = trailing_labels(text, mentions, vocab)
    mentions = resolve_surnames(mentions)
    mentions = dedupe_mentions(propagate(text, mentions))
    # the statistical backend proposes names only where the grammar's names (all their occurrences) are not
    mentions += backend_names(text, mentions, backend, vocab)
    mentions = dedupe_mentions(propagate(text, mentions))

    ideology = ideology_spans(text, mentions, vocab)
    roles, _objects = assign_roles(text, mentions, vocab, skip=ideology)
    persons = assemble_persons(mentions, roles)

    place = jurisdiction.context(article, config.locale, vocab)
    title_orgs = []
    for p in persons:
        for t in p.titles:
            # a title that inherits its organ (市人大常委会主任A,副主任B: 副主任) does not write it
            if t.org and t.post != "领导" and text.startswith(t.org, t.span[0]):
                title_orgs.append((t.org, (t.span[0], t.span[0] + len(t.org)), _kind_of(t, vocab)))
    segmenter = backend.tokens if backend.segments else None
    organizations = find_organizations(text, vocab, segmenter=segmenter, extra=title_orgs,
                                       persons=[m.span for m in mentions])
    persons = tuple(replace(p, titles=tuple(jurisdiction.expand_title(t, place, vocab) for t in p.titles))
                    for p in persons)
    organizations = tuple(jurisdiction.expand_org(o, place, vocab) for o in organizations)

    issue = article.date

    def date_of(start: int, end: int) -> str | None:
        found = dates.find_event_dates(text[start:end], issue)
        for d in found:
            if d.span[0] < 12:
                return d.date
        return None

    events = find_events(text, headline=article.headline, body_start=article.body_start, mentions=mentions,
                         persons=persons, organizations=organizations, roles=roles,
                         ideology=ideology, date_of=date_of, vocab=vocab)
    return ArticleRecord(article=article, persons=persons, organizations=organizations, events=events)


def _kind_of(title: Title, vocab: Vocabulary) -> OrgKind:
    org = title.org or ""
    if org == "本报" or title.post in vocab.reporter_words.values():
        return OrgKind.MEDIA
    for k in range(min(len(org), 10), 0, -1):
        tail = org[-k:]
        if tail in vocab.organs:
            return vocab.organs[tail]
        if tail in vocab.org_suffixes:
            return vocab.org_suffixes[tail]
    sector = vocab.posts.get(title.post)
    return org_kind(sector) if sector else OrgKind.OTHER
