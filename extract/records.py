"""The records that pass between the stages of extraction.

Records are frozen and hold no logic beyond small conveniences; the stages are
functions from records to records.  Offsets are always character offsets into
``Article.text`` (end exclusive) unless a name says otherwise.

    Source   one input record (a file, a JSONL line), decoded and normalised
    Article  one article cut out of a Source by the page splitter
    Person, Organization, Event   what the grammar found in an Article
    Appointment                   a decision the article states (任命, 免去, 当选 ...)
    Place                         the paper's place that unqualified organs (市委) refer to
    ArticleRecord                 an Article with its findings: one line of ``kg extract``
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import Enum

SCHEMA_VERSION = 1

TextSpan = tuple[int, int]


class OrgKind(str, Enum):
    PARTY = "party"
    GOVERNMENT = "government"
    CONGRESS = "congress"
    COMPANY = "company"
    INSTITUTION = "institution"
    ASSOCIATION = "association"
    MEDIA = "media"
    OTHER = "other"


class EventKind(str, Enum):
    MEETING = "meeting"
    INSPECTION = "inspection"
    VISIT = "visit"
    SIGNING = "signing"
    FORUM = "forum"
    BANQUET = "banquet"
    RECEPTION = "reception"
    SESSION = "session"             # 人大 / 政协 sessions (全体会议, 常委会会议, 开幕)
    CEREMONY = "ceremony"           # 仪式: openings, unveilings, launches, commemorations
    TRAINING = "training"           # 培训班, 专题讲座, 学习班
    OTHER = "other"


class AppointmentAction(str, Enum):
    APPOINT = "appoint"             # 任命, 任, 委任, 转任, 聘任
    REMOVE = "remove"               # 免去, 不再担任
    ELECT = "elect"                 # 当选, 选举…为, 补选
    NOMINATE = "nominate"           # 提名…为…候选人
    PROPOSE = "propose"             # 拟任, 拟提名, 拟推荐 (任前公示)
    RESIGN = "resign"               # 接受…辞去…职务的请求, 辞去
    ACTING = "acting"               # 代理市长, 代市长


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Where each character of a derived text came from in the text it was made from.

    ``runs`` are sorted ``(text_pos, source_pos)`` pairs: from ``text_pos`` up to
    the next run, characters map one to one onto the source starting at
    ``source_pos``.  The identity map is a single run ``(0, 0)``.
    """

    runs: tuple[tuple[int, int], ...] = ((0, 0),)

    def to_source(self, pos: int) -> int:
        i = bisect.bisect_right(self.runs, (pos, float("inf"))) - 1
        text_pos, source_pos = self.runs[max(i, 0)]
        return source_pos + (pos - text_pos)

    def span_to_source(self, start: int, end: int) -> TextSpan:
        """Map a span; the end maps through its last character so that joins are not crossed."""
        if end <= start:
            s = self.to_source(start)
            return (s, s)
        return (self.to_source(start), self.to_source(end - 1) + 1)

    def then(self, outer: OffsetMap) -> OffsetMap:
        """Compose: ``self`` maps A -> B and ``outer`` maps B -> C; the result maps A -> C."""
        runs: list[tuple[int, int]] = []
        bounds = [r[0] for r in outer.runs]
        for i, (a, b) in enumerate(self.runs):
            a_end = self.runs[i + 1][0] if i + 1 < len(self.runs) else None
            pos_a, pos_b = a, b
            while True:
                runs.append((pos_a, outer.to_source(pos_b)))
                j = bisect.bisect_right(bounds, pos_b)
                if j >= len(bounds):
                    break
                step = bounds[j] - pos_b
                if a_end is not None and pos_a + step >= a_end:
                    break
                pos_a, pos_b = pos_a + step, pos_b + step
        return OffsetMap(tuple(_merge_runs(runs)))

    def from_position(self, start: int) -> OffsetMap:
        """The map of ``text[start:]``: position 0 of the result is ``start`` here."""
        runs = [(0, self.to_source(start))] + [(a - start, b) for a, b in self.runs if a > start]
        return OffsetMap(tuple(_merge_runs(runs)))

    def to_json(self) -> list[list[int]]:
        return [list(r) for r in self.runs]


def _merge_runs(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in runs:
        if merged:
            pa, pb = merged[-1]
            if a == pa:
                merged[-1] = (a, b)
                continue
            if b - pb == a - pa:
                continue
        merged.append((a, b))
    return merged or [(0, 0)]


class OffsetBuilder:
    """Builds a text piece by piece together with its OffsetMap."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._runs: list[tuple[int, int]] = []
        self._length = 0

    def add(self, piece: str, source_pos: int) -> None:
        """Append ``piece``, whose first character stands at ``source_pos`` in the source."""
        if not piece:
            return
        self._runs.append((self._length, source_pos))
        self._parts.append(piece)
        self._length += len(piece)

    def __len__(self) -> int:
        return self._length

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(tuple(_merge_runs(self._runs)))


@dataclass(frozen=True, slots=True)
class Source:
    """One input record, decoded and normalised (simplified characters).

    ``offsets`` lead from ``text`` back to ``raw``, the decoded text as it was
    in the input, before traditional-to-simplified conversion.
    """

    id: str
    origin: str                     # file path, with ":LINE" for a JSONL record
    text: str
    raw: str
    offsets: OffsetMap = OffsetMap()
    encoding: str = "utf-8"
    date: str | None = None         # YYYY-MM-DD given with the input; wins over the text
    headline: str | None = None
    url: str | None = None
    publication: str | None = None
    locale: str | None = None       # e.g. 浙江省/杭州市/钱塘区


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What the masthead of an e-paper page says."""

    publication: str | None = None
    issue: str | None = None        # 总第812期
    page: int | None = None
    date: str | None = None         # the issue date, YYYY-MM-DD
    organizations: tuple[tuple[str, str], ...] = ()   # (name, kind) of 主办, 出版 ...


@dataclass(frozen=True, slots=True)
class ArticlePart:
    """One printed part of an article that jumps across pages ((下转第2版) ... (上接第1版))."""

    source: str                     # Source.origin of the page this part is printed on
    source_span: TextSpan           # where the part lies in that page's normalised text
    text_span: TextSpan             # the characters of Article.text that come from this part
    offsets: OffsetMap = OffsetMap()   # text_span's characters (from text_span[0]) -> that page's text


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: str                     # Source.origin
    text: str                       # repaired, normalised text; every span indexes it
    source_span: TextSpan           # where the article lies in Source.text
    offsets: OffsetMap = OffsetMap()   # Article.text -> Source.text
    headline: str | None = None
    subheadline: str | None = None
    headline_only: bool = False
    date: str | None = None         # publication date, YYYY-MM-DD
    page: PageInfo | None = None
    dateline: str | None = None     # 本报讯, 新华社北京9月25日电 ...
    byline: str | None = None       # 记者 赵一霖 董笑瑜
    continues_on: int | None = None     # (下转第2版)
    continued_from: int | None = None   # (上接第1版)
    url: str | None = None
    publication: str | None = None
    locale: str | None = None
    body_start: int = 0             # where the body begins in text (after headline lines)
    column: str | None = None       # the column the article stands under on its page (县域快讯); None outside one
    warnings: tuple[str, ...] = ()  # what the splitter saw: "truncated: the page ends inside this article"
    parts: tuple[ArticlePart, ...] = ()   # an article joined across pages: each printed part;
                                          # source/source_span/offsets above are those of the first


@dataclass(frozen=True, slots=True)
class Title:
    post: str                       # 书记, 常务副市长, 首席记者
    org: str | None                 # 市委, as written; None if none
    surface: str                    # 市委书记
    span: TextSpan
    org_full: str | None = None     # 杭州市委, expanded with the jurisdiction
    former: bool = False            # 原主任, 前任市长: a post held before the time told of (post 主任, 市长)


@dataclass(frozen=True, slots=True)
class Role:
    role: str                       # 出席, 走访 ...
    span: TextSpan                  # the verb in the text


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    titles: tuple[Title, ...] = ()
    roles: tuple[Role, ...] = ()
    is_reporter: bool = False
    spans: tuple[TextSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class Organization:
    name: str
    kind: OrgKind
    spans: tuple[TextSpan, ...] = ()
    full_name: str | None = None    # 杭州市委 for 市委 in a Hangzhou paper


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    roles: tuple[str, ...]
    order: int                      # 1-based position in the article's listing
    title: str | None = None        # the title surface at that moment
    span: TextSpan | None = None    # the name mention that places the person here


@dataclass(frozen=True, slots=True)
class Event:
    name: str
    kind: EventKind
    date: str | None = None
    place: str | None = None
    host: str | None = None
    visited: tuple[str, ...] = ()
    participants: tuple[Participant, ...] = ()
    span: TextSpan | None = None    # the sentence or headline that states the event
    trigger: str | None = None      # the word that names the activity: 举行, 调研 ...


@dataclass(frozen=True, slots=True)
class Appointment:
    """A decision about a post that the article states: ``任命张某为某市人民政府副市长``."""

    name: str
    action: AppointmentAction
    post: str                       # as written, without its organ, 代理 or 候选人: 副市长
    org: str | None                 # the organ as written or as the list heading gives it; None if none
    surface: str                    # the stretch of text that states it
    span: TextSpan
    date: str | None = None         # the decision's (or 公示's) date when stated, else the publication date
    org_full: str | None = None     # the organ expanded with the article's place


@dataclass(frozen=True, slots=True)
class Place:
    """The place an article's unqualified organs refer to (市委 in a Hangzhou paper is 杭州市委)."""

    province: str | None = None     # 浙江省
    city: str | None = None         # 杭州市
    county: str | None = None       # 钱塘区

    def at(self, level: str) -> str | None:
        """The full name at ``level`` (province, city or county)."""
        return getattr(self, level)

    def __bool__(self) -> bool:
        return bool(self.province or self.city or self.county)


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One article with everything extracted from it: a line of ``kg extract``."""

    article: Article
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    place: Place | None = None      # the place decided for the article (locale, masthead, paper); None if none
    appointments: tuple[Appointment, ...] = ()
