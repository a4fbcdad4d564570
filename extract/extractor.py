"""Extraction under one configuration: the ``Extractor``, built once per configuration and process.

    from extract import ExtractConfig, extractor
    ex = extractor(ExtractConfig(locale="浙江省/杭州市/钱塘区"))
    records = ex(source)                 # one page -> its articles, read
    records = list(ex.pipe(sources))     # many pages; articles that jump across pages joined
    records = ex.join(records)           # records read page by page (a store), joined afterwards

The Extractor owns the vocabulary (lexicons, page cues, date words, built from
``config.lexicon_dirs``) and the statistical backend it creates with that
vocabulary; every stage reads them from it, so a user lexicon given with
``--lexicon`` reaches the page splitter, the grammar, the backend and the
dates alike.  ``extractor(config)`` is the one cache of the process: the
Extractors of configurations that differ only in ``locale`` share one
vocabulary and one backend, and those with the same lexicons share one
vocabulary.

The place decided for each article (see ``extract.jurisdiction`` for the order
of precedence) is written into the record (``ArticleRecord.place``).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from extract import backends, dates, jurisdiction, undated
from extract.appointments import find_appointments
from extract.bylines import dateline_outlets
from extract.held_posts import held_posts, roster_members
from extract.events import find_events
from extract.join import merge_continuations
from extract.officials import find_title_items
from extract.org_names import numbered_units, tail_kind
from extract.organizations import find_organizations
from extract.page import split_page
from extract.persons import assemble_persons, find_mentions
from extract.records import (Appointment, AppointmentAction, Article, ArticleRecord, Organization, OrgKind, Person,
                             Source, Title)
from extract.roles import assign_roles, ideology_spans
from extract.vocab import Vocabulary, org_kind

__all__ = ["EXTRACTOR_VERSION", "ExtractConfig", "Extractor", "extractor"]

EXTRACTOR_VERSION = "0.3.0"    # 0.3.0: brief items and columns, appointments, event names/types/dates
# 0.2.0: records carry their place; non_names reach every backend


@dataclass(frozen=True)
class ExtractConfig:
    """How to extract.  ``backend`` names a statistical NER backend (see ``extract.backends``);
    ``locale`` is the place for records that give none (``--locale``); ``lexicon_dirs`` are the
    user's lexicon folders (``--lexicon``), merged over the built-in ones."""

    backend: str = backends.DEFAULT
    locale: str | None = None
    lexicon_dirs: tuple[str, ...] = ()
    backend_options: tuple[tuple[str, str], ...] = ()

    def vocab(self) -> Vocabulary:
        """The vocabulary of this configuration's lexicons (shared by the process's Extractors)."""
        return extractor(ExtractConfig(backend="none", lexicon_dirs=self.lexicon_dirs)).vocab


@functools.cache
def extractor(config: ExtractConfig) -> Extractor:
    """The Extractor of ``config``: one per configuration and process."""
    return Extractor(config)


class Extractor:
    """Extraction under one configuration: the vocabulary, the backend, and the stages that read them."""

    def __init__(self, config: ExtractConfig):
        self.config = config
        lexicons_only = ExtractConfig(backend="none", lexicon_dirs=config.lexicon_dirs)
        without_locale = replace(config, locale=None)
        # the vocabulary is that of the lexicons; the backend does not depend on the locale
        self.vocab: Vocabulary = (Vocabulary.load(config.lexicon_dirs) if config == lexicons_only
                                  else extractor(lexicons_only).vocab)
        self.backend: backends.NerBackend = (
            backends.create(config.backend, vocab=self.vocab, **dict(config.backend_options))
            if config == without_locale else extractor(without_locale).backend)

    def __repr__(self) -> str:
        return f"Extractor({self.config!r})"

    def __call__(self, source: Source) -> list[ArticleRecord]:
        """Split one page (or article) into its articles and read each."""
        articles = self.split(source)
        # an undated page's brief items write its year once (2021年工作要点) or not at all: the page's latest year
        page_year = undated.year_base_from_text(source.text) if len(articles) > 1 else None
        if len(articles) < 2:
            return [self.read(article, page_year=page_year) for article in articles]
        records = []
        for article in articles:
            # a chronicle's items under the page's month heading ((2024年5月)), each dated by its own day or,
            # where it writes none (△ 某某年会开幕), by the day of the item before it
            issue = article.date or page_year
            at = article.source_span[0]
            month_base = dates.item_base(source.text, at, article.source_span[1], issue)
            headed = dates.item_base(source.text, at, article.source_span[1], None) is not None
            records.append(self.read(article, page_year=page_year,
                                     month_base=month_base if month_base != issue or headed else None,
                                     carried_day=dates.chronicle_day(source.text, at, issue)))
        return records

    def pipe(self, sources: Iterable[Source]) -> Iterator[ArticleRecord]:
        """Read many sources, joining the articles that jump across pages given together.

        Articles with a jump marker ((下转第2版), (上接第1版)) wait until every source is
        read, then each is joined with its continuation and read as one article
        (``join``); the others come as they are read.
        """
        return self.stream(self(source) for source in sources)

    def stream(self, read: Iterable[Sequence[ArticleRecord]]) -> Iterator[ArticleRecord]:
        """``pipe`` for sources read elsewhere (worker processes): the records of each source, in order,
        with the articles that jump across pages joined at the end."""
        waiting: list[ArticleRecord] = []
        for records in read:
            for record in records:
                if jumps(record):
                    waiting.append(record)
                else:
                    yield record
        yield from self.join(waiting)

    def join(self, records: Sequence[ArticleRecord]) -> list[ArticleRecord]:
        """Join the articles of ``records`` that continue each other and read each joined article again.

        For records read page by page (a store): records without a jump marker,
        or with no partner among ``records``, come back as they were, in their
        order; a joined article comes where its first part was.
        """
        if not any(jumps(r) for r in records):
            return list(records)
        by_id = {r.article.id: r for r in records}
        return [self.read(article) if article.parts else by_id[article.id]
                for article in merge_continuations([r.article for r in records])]

    def split(self, source: Source) -> list[Article]:
        """Cut one source into its articles (``extract.page.split_page``) with this vocabulary."""
        return split_page(source, cues=self.vocab.page_cues)

    def read(self, article: Article, *, page_year: str | None = None, month_base: str | None = None,
             carried_day: str | None = None) -> ArticleRecord:
        """Everything extracted from one article: persons, organizations, events, and its place.
        ``page_year``: for an article with no date, none in its address and no year in its text, the day
        its page's years count from (``undated.year_base_from_text`` of the whole page).  ``month_base``: the
        day its days count from under its page's month heading (``dates.base_at``); ``carried_day``: the
        date of its events where it writes none (``dates.chronicle_day``)."""
        vocab = self.vocab
        text = article.text
        items = find_title_items(text, vocab)       # (the posts, labels and honorifics: read once for three readers)
        mentions = find_mentions(article, vocab, self.backend, items=items)
        ideology = ideology_spans(text, mentions, vocab)
        roles, _objects = assign_roles(text, mentions, vocab, skip=ideology)
        persons = assemble_persons(mentions, roles)

        place = jurisdiction.context(article, self.config.locale, vocab)
        title_orgs = []
        for m in mentions:      # (each mention's: 市教育局 of a title merged into 某市教育局's is written too)
            for t in m.titles:
                # a title that inherits its organ (市人大常委会主任A,副主任B: 副主任) does not write it
                if t.org and t.post != "领导" and text.startswith(t.org, t.span[0]):
                    title_orgs.append((t.org, (t.span[0], t.span[0] + len(t.org)), _kind_of(t, vocab)))
        outlets = dateline_outlets(text)
        title_orgs += [(name, span, OrgKind.MEDIA) for name, span, _ in outlets if not name.startswith("本")]
        title_orgs += numbered_units(text)             # 76324部队: a unit of the armed forces by its code
        segmenter = self.backend.tokens if self.backend.segments else None
        proposals = self.backend.organizations(text) if hasattr(self.backend, "organizations") else ()
        # no organization overlaps a person, nor the rest of a dateline (某某社莫斯科8月11日电: no 某某社莫斯科)
        # (but a name only the model read, with no title, does not stop the firm's name it opens: 安琪|酵母股份有限公司)
        not_organs = [m.span for m in mentions if not (_model_guess(m, roles) and _FIRM_AFTER.match(text, m.span[1]))]
        not_organs += [(span[1], end) for _, span, end in outlets]
        organizations = find_organizations(text, vocab, segmenter=segmenter, extra=title_orgs,
                                           persons=not_organs, proposals=proposals)
        persons = _outside_firms(persons, mentions, roles, organizations)
        persons = tuple(replace(p, titles=tuple(jurisdiction.expand_title(_firm_of_label(t, organizations, text),
                                                                          place, vocab) for t in p.titles))
                        for p in persons)
        organizations = tuple(jurisdiction.expand_org(o, place, vocab) for o in organizations)

        issue = article.date
        words = vocab.date_words
        from_address = undated.date_from_address(article.url) if not issue else None
        counted_from = issue or from_address            # an undated page: the day its address gives
        by_year = counted_from is None and month_base is None   # … or the year its address files it under, or the
        counted_from = (counted_from or undated.year_base_from_address(article.url)   # latest year it writes,
                        or undated.year_base_from_text(text) or page_year)           # for dates with a month

        written = dates.dateline_day(article.dateline, counted_from)   # 本报6月7日讯: 今天 is the 7th

        def dates_in(start: int, end: int) -> list[tuple[int, int, str | None]]:
            given = month_base or written or counted_from
            base = dates.base_at(text, start, given)  # under a month heading: that month
            found = dates.find_event_dates(text[start:end], base, words=words)
            if (month_base or base != given) and base and base.endswith("-12-31"):
                found = dates.within_year(found, base)      # under a year's heading (2009年大事记): that year
            return [(start + d.span[0], start + d.span[1], d.date if not by_year or "月" in d.surface else None)
                    for d in found]

        appointments = find_appointments(text, persons=persons, issue_date=issue or from_address, vocab=vocab,
                                         place=place or None, body_start=article.body_start, items=items)
        # the elected and appointed, where the decision names them and they do nothing, are at no event
        decided = {m.span for m in mentions if not roles.get(m.span)
                   and any(a.span[0] <= m.span[0] and m.span[1] <= a.span[1] for a in appointments)}
        decided |= {span for span in roster_members(text, persons) if not roles.get(span)}   # 委员名单:甲、乙
        events = find_events(text, headline=article.headline, body_start=article.body_start, mentions=mentions,
                             persons=persons, organizations=organizations, roles=roles,
                             ideology=ideology, decided=decided, dates_in=dates_in, vocab=vocab)
        if carried_day and all(e.date is None for e in events):
            events = tuple(replace(e, date=carried_day) for e in events)
        is_name = functools.partial(_decided_name, vocab=vocab)
        held = held_posts(text, persons=persons, vocab=vocab, items=items)
        return ArticleRecord(article=article, persons=with_decided_posts(persons, appointments, is_name=is_name,
                                                                         held=held),
                             organizations=organizations, events=events, place=place or None,
                             appointments=appointments, warnings=article.warnings)


# the rest of a firm's name up to its legal form (安琪|酵母股份有限公司, 雷曼|兄弟公司)
_FIRM_AFTER = re.compile(r"[\u4e00-\u9fff()（）]{0,12}?(?:有限公司|有限责任公司|股份公司|公司)")


def _model_guess(m, roles: dict) -> bool:
    """A name only the statistical model read, with no title or role to vouch for it."""
    return m.how == "backend" and not m.titles and not roles.get(m.span)


def _outside_firms(persons: tuple[Person, ...], mentions, roles: dict, organizations) -> tuple[Person, ...]:
    """The persons, less the model's guesses whose every mention lies inside a company's name (安琪|酵母股份有限公司)."""
    firms = [span for o in organizations if o.kind == OrgKind.COMPANY for span in o.spans]

    def guessed_in_firm(m) -> bool:
        return _model_guess(m, roles) and any(s <= m.span[0] and m.span[1] <= e for s, e in firms)

    dropped = {m.name for m in mentions if guessed_in_firm(m)} - {m.name for m in mentions if not guessed_in_firm(m)}
    return tuple(p for p in persons if p.name not in dropped)


_HELD = (AppointmentAction.APPOINT, AppointmentAction.ELECT, AppointmentAction.ACTING,
         AppointmentAction.REMOVE, AppointmentAction.RESIGN)


_NOMINEE_ENDINGS = ("候选人预备人选", "候选人", "提名人选", "人选")


def with_decided_posts(persons: tuple[Person, ...], appointments: Sequence[Appointment], *,
                       is_name: Callable[[str], bool] = lambda name: True,
                       held: Sequence[tuple[str, Title]] = ()) -> tuple[Person, ...]:
    """The persons with the posts their decisions name as titles too (CONVENTIONS: a post named in a
    decision is a title): 王某同志任某市委书记, 不再担任某市市长职务 give 书记 and 市长; an acting post is
    written as such (代理市长).  Nominations and proposals name posts not held and add them only as written
    with their ending (拟提名为县长候选人, 为某市市长人选: 县长候选人, 市长人选; CONVENTIONS: nominated posts are
    kept as written); a post the person already has is not repeated (副市长 is not 市长).  ``held``: the posts a
    career states (``held_posts``: 甲,现任某区委副书记), added the same way.  A name that only a decision
    writes (接受李某辞去某省副省长职务) is a person too, at its place in the text, where ``is_name`` says it
    is one (韩国当选总统某某: no person 韩国)."""
    by_name = {p.name: p for p in persons}
    extra: dict[str, list[Title]] = {}
    added: dict[str, Person] = {}
    for name, title in held:
        if name not in by_name:
            continue
        if not _has_post(list(by_name[name].titles) + extra.get(name, []), title.post, title.org):
            extra.setdefault(name, []).append(title)
    for a in appointments:
        at_name = a.surface.find(a.name)
        if a.name not in by_name and a.name not in added and at_name >= 0 and is_name(a.name):
            start = a.span[0] + at_name
            added[a.name] = Person(a.name, spans=((start, start + len(a.name)),))
        person = by_name.get(a.name) or added.get(a.name)
        if person is None:
            continue
        post = a.post
        if a.action in (AppointmentAction.NOMINATE, AppointmentAction.PROPOSE):
            post = next((post + w for w in _NOMINEE_ENDINGS if post + w in a.surface), None)
            if post is None:
                continue            # (拟任某县县长: a post proposed, written without an ending: no title)
        elif a.action not in _HELD:
            continue
        if a.action is AppointmentAction.ACTING:
            post = next((w + a.post for w in ("代理", "代") if w + a.post in a.surface), a.post)
        if _has_post(list(person.titles) + extra.get(a.name, []), post, a.org):
            continue
        at = a.surface.find(post)
        span = (a.span[0] + at, a.span[0] + at + len(post)) if at >= 0 else a.span
        extra.setdefault(a.name, []).append(Title(post, a.org, post, span, a.org_full))
    if not extra and not added:
        return persons
    everyone = sorted((*persons, *added.values()), key=lambda p: p.spans[0] if p.spans else (0, 0))
    return tuple(replace(p, titles=p.titles + tuple(extra.get(p.name, ()))) if p.name in extra else p
                 for p in everyone)


_FIRM_LABEL_ORGS = frozenset({"公司", "集团"})


def _firm_of_label(title: Title, organizations: Sequence[Organization], text: str) -> Title:
    """某某总公司领导甲: the group label's firm is the organization written into it (首钢总公司), not its bare
    ending (公司), which the label's own entry gives."""
    if title.org not in _FIRM_LABEL_ORGS or not text.startswith(title.org, title.span[0]):
        return title
    end = title.span[0] + len(title.org)
    for org in organizations:
        for s, e in org.spans:
            if e == end and s < title.span[0]:
                return replace(title, org=org.name, surface=text[s:title.span[1]], span=(s, title.span[1]))
    return title


def _decided_name(name: str, vocab: Vocabulary) -> bool:
    """A name a decision writes that can be a person's: no place, no phrase (二十九岁的…委员某某)."""
    return (2 <= len(name) <= 12 and "的" not in name and name not in vocab.foreign and name not in vocab.regions
            and name not in vocab.non_names)


def _has_post(have: Sequence[Title], post: str, org: str | None) -> bool:
    """Is ``post`` of ``org`` among the titles ``have`` (the same post, of the same organ where both write one:
    山西省 and 山西省人民政府 are one; 某局党组 and 某区委 are two, 书记 of each)?"""
    return any(_same_post(t.post, post) for t in have if not t.org or not org or t.org in org or org in t.org)


def _same_post(one: str, other: str) -> bool:
    """书记 and 县委书记 are one post; 副市长 and 市长 are not, nor 市长 and 代理市长."""
    short, long_ = sorted((one, other), key=len)
    return long_.endswith(short) and not long_[:len(long_) - len(short)].endswith(("副", "代理", "代"))


def jumps(record: ArticleRecord) -> bool:
    """Does the article continue on, or come from, another page?"""
    return record.article.continues_on is not None or record.article.continued_from is not None


_STATIONS = ("站", "台", "社")         # 分站, 记者站, 电视台, 通讯社: an outlet's own


def _kind_of(title: Title, vocab: Vocabulary) -> OrgKind:
    org = title.org or ""
    if org == "本报":
        return OrgKind.MEDIA
    kind = tail_kind(org, vocab)
    if title.post in vocab.reporter_words.values() and (kind is None or org.endswith(_STATIONS)):
        return OrgKind.MEDIA    # (某某网蓝山分站记者; but 济南市台办通讯员: the office's correspondent)
    if kind is not None:
        return kind
    sector = vocab.posts.get(title.post)
    return org_kind(sector) if sector else OrgKind.OTHER
