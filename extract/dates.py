"""Dates in Chinese news: the issue date of a page and the dates of events in an article.

Chinese news writes event dates relative to the issue: ``25日`` is the 25th of
the issue's month (of the month before when the 25th is still to come),
``昨天`` the day before the issue, ``上周五`` the Friday of the previous week.
Everything here resolves against ``base``, the issue date (``YYYY-MM-DD``).

Why hand-written: ``dateparser`` (installed with trafilatura) was tried with
``RELATIVE_BASE`` and gets most of these wrong (``25日`` -> the 1st of the month,
``9月25日`` and ``上周五`` -> nothing); JioNLP's ``parse_time`` handles them but
depends on the GPLv3 ``jiojio`` and unpacks dictionaries into site-packages on
first import.  The grammar is small, so it lives here; the words (``昨天``,
``日前``, ``下午`` ...) live in the lexicons ``relative_dates`` and ``day_parts``.

Rules, in order of use:

* a full date (``2025年9月25日``, also in Chinese numerals) is taken as written;
* a month and day (``9月25日``) take the year that puts them nearest the base
  (``12月31日`` in a January issue is the previous year's);
* a day alone (``25日``) is in the base's month, or the previous month when the
  day is after the base day (``30日`` in a 2 October issue is 30 September);
* ranges (``24日至26日``, ``24-26日``, ``9月30日至10月2日``) give ``date`` and
  ``end_date``; the end borrows the start's year and month when it omits them;
* relative words use the lexicon ``relative_dates``; ``日前``/``近日`` give a
  mention with date None; ``当天``/``次日`` count from the previous dated mention;
* weeks start on Monday: ``上周五`` is the Friday of the week before the base's,
  ``本周三``/``周三`` the Wednesday of the base's week;
* a part of the day written right after (``25日下午``) is kept in ``part_of_day``.
"""
from __future__ import annotations

import bisect
import functools
import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extract import lexicon
from extract.records import TextSpan
from extract.textutil import finditer_from

__all__ = [
    "DateMention",
    "DateWords",
    "date_words",
    "issue_date_from_text",
    "resolve_relative",
    "find_event_dates",
    "base_at",
    "within_year",
    "chronicle_day",
    "dateline_day",
]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in a text, with its resolved ISO date (None when it has none)."""

    span: TextSpan                  # offsets into the text searched, end exclusive
    surface: str                    # the expression as written: 25日下午
    date: str | None                # YYYY-MM-DD, or None (日前, or nothing to resolve against)
    end_date: str | None = None     # the last day of a range (24日至26日)
    part_of_day: str | None = None  # 下午, 晚 ...


# --- numerals ---------------------------------------------------------------

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}


def _number(token: str | None) -> int | None:
    """Read Arabic (half or full width) or Chinese numerals: 25, ２５, 二十五, 二〇二五."""
    if not token:
        return None
    token = token.translate(_FULLWIDTH_DIGITS)
    if token.isdigit():
        return int(token)
    if "十" not in token:                      # digit by digit: 二〇二五
        if any(c not in _CN_DIGITS for c in token):
            return None
        value = 0
        for c in token:
            value = value * 10 + _CN_DIGITS[c]
        return value
    tens, _, ones = token.partition("十")      # 十, 十五, 二十, 二十五
    if (tens and tens not in _CN_DIGITS) or (ones and ones not in _CN_DIGITS) or len(tens) > 1 or len(ones) > 1:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


# --- the grammar ------------------------------------------------------------

_AR = "[0-9０-９]"
_CN = "[〇○零一二两三四五六七八九十]"
_YEAR = f"(?:{_AR}{{4}}|{_CN}{{4}})"
_MONTH = f"(?:{_AR}{{1,2}}|{_CN}{{1,2}})"
_DAY = f"(?:{_AR}{{1,2}}|{_CN}{{1,3}})"
_RANGE_JOIN = r"(?:至|到|—{1,2}|-|–|~|～|－)"
_WEEKDAY_AFTER = r"(?:\s*[(（]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]?)"
_WEEKDAY_AFTER_RE = re.compile(_WEEKDAY_AFTER)

# A date atom, optionally a range.  Chinese-numeral days need a month (一日 alone is "one day").
_DATE_RE = re.compile(
    rf"(?:(?<![0-9０-９.．])|(?<=[0-9]:[0-9][0-9]))"     # 09:588月22日: a clock time glued before
    rf"(?:(?P<y>{_YEAR})\s?年\s?)?"
    rf"(?:(?P<m>{_MONTH})\s?月\s?)?"
    rf"(?P<d>{_DAY})\s?(?P<dsuf>[日号])?"
    rf"(?:\s?{_RANGE_JOIN}\s?"
    rf"(?:(?P<y2>{_YEAR})\s?年\s?)?(?:(?P<m2>{_MONTH})\s?月\s?)?(?P<d2>{_DAY})\s?[日号])?"
)
_PART_NO_DAY_RE = re.compile(r"(?:上午|下午|中午|晚上|凌晨)")
_DATE_START_RE = re.compile("[0-9０-９〇○零一二两三四五六七八九十]")   # where a date atom may begin
# 3日内, 近3日: durations, not dates (a day number preceded or followed by these).
_DURATION_BEFORE = "近每续历期共约满第超逾数"
_NOT_A_DAY_BEFORE = _DURATION_BEFORE + "前后这那几半头廿周整多当今昨明一二三四五六七八九十〇○零两"
# 昨(17)日, 今(二十四日), 于昨（14）日下午: a relative word with the day written in brackets; the day counts.
_BRACKET_DAY_RE = re.compile(rf"[昨今明前]\s*[(（]\s*(?P<d>{_DAY})\s*日?\s*[)）]\s*日?")
# A day in Chinese numerals without its month counts where it opens a clause: 。二十三日,… / 二十三日上午
_DAY_OPENS_CLAUSE = re.compile(r"[,，]|上午|下午|中午|晚上|凌晨")
_CLAUSE_BEFORE = "。，,；;：:)）\n 　"
# … or after its subject, an act or a part of the day after it (何某九日率团前往, 十一日上午: wire and Hong Kong style)
_DAY_THEN_ACT = re.compile("上午|下午|中午|早上|晚上|晚|凌晨|在|于|起|举行|舉行|开幕|開幕|闭幕|閉幕|出席|率|離|离|抵|赴|前往|走访|"
                           "走訪|会见|會見")
_DURATION_AFTER = re.compile(r"(?:内|以内|之内|以上|游)")
_WEEK_RE = re.compile(r"(?P<pre>上上|上|本|这|下下|下)?个?(?:星期|周|礼拜)(?P<wd>[一二三四五六日天])(?![年月末])")
_WEEK_OFFSET = {None: 0, "本": 0, "这": 0, "上": -1, "上上": -2, "下": 1, "下下": 2}
_LUNAR_RE = re.compile(r"农历")
_ISO_LINE_RE = re.compile(r"^\s*((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})\s*$")


@dataclass(frozen=True)
class DateWords:
    """The date words of the lexicons ``relative_dates`` and ``day_parts`` (part of ``Vocabulary``)."""

    relative: dict[str, tuple[str, int, str | None]]   # word -> (kind, value, part_of_day)
    relative_re: re.Pattern[str] | None
    parts_re: re.Pattern[str] | None


def date_words(lexicon_dirs: tuple[str, ...] = ()) -> DateWords:
    """Load the date words (merged with the user's directories); ``Vocabulary.load`` calls this once."""
    rel = lexicon.load("relative_dates", lexicon_dirs=lexicon_dirs)
    relative: dict[str, tuple[str, int, str | None]] = {}
    for word in rel:
        kind = rel.field(word, 0, "day") or "day"
        value = rel.field(word, 1, "0") or "0"
        try:
            offset = int(value)
        except ValueError:
            offset = 0
        relative[word] = (kind, offset, rel.field(word, 2))
    parts = sorted(lexicon.load("day_parts", lexicon_dirs=lexicon_dirs), key=len, reverse=True)
    in_text = sorted((w for w, v in relative.items() if v[0] != "year"), key=len, reverse=True)
    return DateWords(
        relative=relative,
        relative_re=re.compile("|".join(map(re.escape, in_text))) if in_text else None,
        parts_re=re.compile(r"\s?(?:" + "|".join(map(re.escape, parts)) + ")") if parts else None,
    )


def _shared_words(lexicon_dirs: Iterable[str]) -> DateWords:
    """The date words of the process's vocabulary for ``lexicon_dirs`` (built once, by ``extract.extractor``)."""
    from extract.vocab import vocabulary

    return vocabulary(tuple(str(d) for d in lexicon_dirs)).date_words


def _parse_base(base: str | None) -> _dt.date | None:
    if not base:
        return None
    try:
        return _dt.date.fromisoformat(base)
    except ValueError:
        return None


def _make(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _month_before(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _resolve(year: int | None, month: int | None, day: int, base: _dt.date | None) -> _dt.date | None:
    if year is not None and month is not None:
        return _make(year, month, day)
    if base is None:
        return None
    if month is not None:                 # month and day: the year nearest the base, rather before it
        options = [d for y in (base.year - 1, base.year, base.year + 1) if (d := _make(y, month, day))]
        return min(options, key=lambda d: abs((d - base).days) if d <= base + _FUTURE else 366 + (d - base).days,
                   default=None)
    if day <= base.day + _SOON_DAYS:      # a day alone: this month (the next few days: to come), or the month before
        return _make(base.year, base.month, day)
    return _make(*_month_before(base.year, base.month), day)


# News reports what happened: a month and day more than this after the issue is of the year before
# (3月8日 in a September issue is last March, not next March; 12月30日 in October is to come).
_FUTURE = _dt.timedelta(days=120)
# … while a day alone a few days after the issue's is to come (将于12日举行 in a 9th's issue: last month's has its month)
_SOON_DAYS = 5


def _iso(day: _dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _valid(month: int | None, day: int | None, year: int | None = None) -> bool:
    return (day is not None and 1 <= day <= 31 and (month is None or 1 <= month <= 12)
            and (year is None or 1900 <= year <= 2100))


class _Found:
    """A date expression before relative words are resolved."""

    __slots__ = ("mention", "day", "relative")

    def __init__(self, mention: DateMention, day: _dt.date | None,
                 relative: tuple[str, int, str | None] | None = None) -> None:
        self.mention, self.day, self.relative = mention, day, relative


def _date_atoms(text: str, base: _dt.date | None, words: DateWords) -> list[_Found]:
    """Dates written with numbers: 25日, 9月25日, 2025年9月25日, 24日至26日 (with a part of day)."""
    found: list[_Found] = []
    for m in finditer_from(_DATE_RE, _DATE_START_RE, text):
        ys, ms, ds = m.group("y"), m.group("m"), m.group("d")
        if not m.group("dsuf") and not m.group("d2") and not (ms and _PART_NO_DAY_RE.match(text, m.end())):
            continue                              # a bare number (but 5月24上午: 日 left out before the hour)
        if ys and not ms:
            continue                              # 2025年25日 is no date
        if not ms and not ds.translate(_FULLWIDTH_DIGITS).isdigit() and not _cn_day_alone(text, m):
            continue                              # 二十五日 without a month: too ambiguous (but 。二十三日,…)
        start, end = m.span()
        if start and text[start - 1] in _DURATION_BEFORE:
            continue
        if _DURATION_AFTER.match(text, end):
            continue
        year, month, day = _number(ys), _number(ms), _number(ds)
        if not _valid(month, day, year):
            continue
        lunar = _LUNAR_RE.search(text, max(0, start - 4), start) is not None
        year_word = _year_word_before(text, start, words)
        if year is None and month is not None and year_word is not None:
            start = year_word[0]                  # 去年12月31日: the year word is part of the date
            year = base.year + year_word[1] if base is not None else None
        date = None if lunar else _resolve(year, month, day, base)
        end_date = _range_end(m, date) if m.group("d2") else None
        weekday = _WEEKDAY_AFTER_RE.match(text, end)
        if weekday:
            end = weekday.end()
        end, part = _part_after(text, end, words)
        found.append(_Found(DateMention((start, end), text[start:end], _iso(date), _iso(end_date), part), date))
    return found


def _cn_day_alone(text: str, m: re.Match[str]) -> bool:
    """A day in Chinese numerals with no month that is a date: one that opens a clause, of two characters or
    a part of the day or an act after it (。二十三日,… / 十一日出席…), or one after its subject with an act
    after it (何某九日率团前往, 本月九至十一日举行); not 两日, not 一日 alone (one day)."""
    ds, start, after = m.group("d"), m.start(), m.end()
    if not (m.group("dsuf") == "日" or m.group("d2")) or "两" in ds or ds == "一" and not m.group("d2"):
        return False
    if start == 0 or text[start - 1] in _CLAUSE_BEFORE:
        return len(ds) >= 2 and bool(_DAY_OPENS_CLAUSE.match(text, after) or _DAY_THEN_ACT.match(text, after))
    return ("\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _NOT_A_DAY_BEFORE
            and _DAY_THEN_ACT.match(text, after) is not None)


def _range_end(m: re.Match[str], start: _dt.date | None) -> _dt.date | None:
    y2, m2, d2 = _number(m.group("y2")), _number(m.group("m2")), _number(m.group("d2"))
    if start is None or not _valid(m2, d2, y2):
        return None
    last = _make(y2 if y2 is not None else start.year, m2 if m2 is not None else start.month, d2)
    if last is not None and last < start and m2 is not None and y2 is None:
        last = _make(start.year + 1, m2, d2)      # 12月30日至1月2日
    return last if last is not None and last >= start else None


def _year_word_before(text: str, start: int, words: DateWords) -> tuple[int, int] | None:
    for length in (2, 3):
        if start >= length:
            entry = words.relative.get(text[start - length:start])
            if entry and entry[0] == "year":
                return (start - length, entry[1])
    return None


def _part_after(text: str, end: int, words: DateWords) -> tuple[int, str | None]:
    if words.parts_re is None:
        return end, None
    m = words.parts_re.match(text, end)
    if not m:
        return end, None
    return m.end(), m.group().strip()


def find_event_dates(text: str, base: str | None, *, lexicon_dirs: Iterable[str] = (),
                     words: DateWords | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in text order, resolved against ``base``.

    ``base`` is the issue date (``YYYY-MM-DD``) or None; without it only full
    dates resolve.  Expressions with no exact date (``日前``) come with date None.

    >>> [(m.surface, m.date) for m in find_event_dates("25日下午,他来到...", "2025-09-26")]
    [('25日下午', '2025-09-25')]

    ``words``: the date words of a ``Vocabulary`` (an ``Extractor`` passes its own);
    without them, those of ``lexicon_dirs``.
    """
    if words is None:
        words = _shared_words(lexicon_dirs)
    base_day = _parse_base(base)
    found = _date_atoms(text, base_day, words)
    for m in _BRACKET_DAY_RE.finditer(text):
        day_n = _number(m.group("d"))
        if _valid(None, day_n) and not _overlaps(m.start(), m.end(), sorted(f.mention.span for f in found)):
            end, part = _part_after(text, m.end(), words)
            day = _resolve(None, None, day_n, base_day)
            found = [f for f in found if not (m.start() <= f.mention.span[0] < end)]
            found.append(_Found(DateMention((m.start(), end), text[m.start():end], _iso(day), None, part), day))
    found.sort(key=lambda f: f.mention.span)
    taken = [f.mention.span for f in found]
    extra: list[_Found] = []
    if words.relative_re is not None:
        for m in words.relative_re.finditer(text):
            if _overlaps(m.start(), m.end(), taken):
                continue
            entry = words.relative[m.group()]
            end, written = _part_after(text, m.end(), words)
            mention = DateMention((m.start(), end), text[m.start():end], None, None, written or entry[2])
            extra.append(_Found(mention, None, entry))
    for m in _WEEK_RE.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        day = None
        if base_day is not None:
            monday = base_day - _dt.timedelta(days=base_day.weekday())
            day = monday + _dt.timedelta(weeks=_WEEK_OFFSET[m.group("pre")], days=_WEEKDAYS[m.group("wd")] - 1)
        end, part = _part_after(text, m.end(), words)
        extra.append(_Found(DateMention((m.start(), end), text[m.start():end], _iso(day), None, part), day))
    everything = sorted(found + extra, key=lambda f: f.mention.span)
    return _resolve_relative_words(everything, base_day)


_DATELINE_DAY_RE = re.compile(rf"(?:(?P<m>{_MONTH})月)?(?P<d>{_DAY})日")


def dateline_day(dateline: str | None, base: str | None) -> str | None:
    """The day a dateline writes (本报6月7日讯, 新华社北京25日电), resolved against ``base``: the day that
    今天 and 昨天 of the report count from.

    >>> dateline_day("本报6月7日讯", "2016-06-08")
    '2016-06-07'
    """
    m = _DATELINE_DAY_RE.search(dateline or "")
    if m is None:
        return None
    month, day = _number(m.group("m")), _number(m.group("d"))
    if not _valid(month, day):
        return None
    return _iso(_resolve(None, month, day, _parse_base(base)))


# A chronicle's item opens with its day (1日,… / 12日上午,…) under the month heading.
_ITEM_DAY_RE = re.compile(rf"^[ \t\u3000]*(?P<d>{_DAY})日", re.M)


def chronicle_day(text: str, pos: int, base: str | None) -> str | None:
    r"""In a chronicle (days under month headings), the day label of the item at ``pos`` (二日 …, a day in
    Chinese numerals that no date rule reads alone), else the day of the last item before it that writes one:
    the day of an item that writes none (△ 某某年会开幕。 after 1日,…), else None.

    >>> chronicle_day("(2024年5月)\n1日,某会召开。\n△ 某年会开幕。", 16, "2024-08-10")
    '2024-05-01'
    """
    starts, found = _month_headings(text)
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return _same_day(text, pos, base)
    heading_end = found[k][1]
    last = _ITEM_DAY_RE.match(text, pos)        # the item's own day label (二日 全省…: no date alone)
    if last is None:
        for last in _ITEM_DAY_RE.finditer(text, heading_end, pos):
            pass
    if last is None:
        return None
    day = _resolve(None, None, _number(last.group("d")), _parse_base(base_at(text, last.start(), base)))
    return _iso(day)


# 9月10日 区召开…。 / 同日 区教育大会召开。: an item that opens with the same day (or the next) as the item
# before it, which writes its month and day at the start of its line
_SAME_DAY_RE = re.compile(r"[ \t\u3000]*(?:[■□●○◆◇▲△★☆]\s*)?(?P<w>同日|当日|当天|是日|次日)")
_LINE_DAY_RE = re.compile(rf"^[ \t\u3000]*(?:(?P<y>{_YEAR})[ \t]?年[ \t]?)?"
                          rf"(?P<m>{_MONTH})[ \t]?月[ \t]?(?P<d>{_DAY})[ \t]?日", re.M)


def _same_day(text: str, pos: int, base: str | None) -> str | None:
    r"""The day of an item at ``pos`` opened by 同日 (次日: the day after) under no month heading: the last
    day written at a line's start before it (9月10日 …), or None.

    >>> _same_day("9月10日 区召开动员会。\n同日 区教育大会召开。", 14, "2019-12-30")
    '2019-09-10'
    """
    word = _SAME_DAY_RE.match(text, pos)
    if word is None:
        return None
    ends, days = _line_days(text)
    k = bisect.bisect_right(ends, pos) - 1
    if k < 0:
        return None
    last = days[k]
    year = _number(last.group("y")) if last.group("y") else None
    day = _resolve(year, _number(last.group("m")), _number(last.group("d")), _parse_base(base))
    if day is not None and word.group("w") == "次日":
        day += _dt.timedelta(days=1)
    return _iso(day) if day is not None else None


# (2024年5月) on a line of its own: the month of a chronicle's items below (1日,… 3日,…).
# 某市人民政府2008年6月大事记, 某市大事记2004年5月 too: the title of a month's chronicle.
_MONTH_HEADING_RE = re.compile(rf"^[ \t\u3000]*[(（]?[ \t\u3000]*(?:[\u4e00-\u9fff]{{2,20}}?(?={_YEAR}[ \t]?年[^\n]*大事)"
                               rf"|[\u4e00-\u9fff]{{0,10}}大事记?[ \t\u3000]*)?"
                               rf"(?P<y>{_YEAR})[ \t]?年[ \t]?(?P<m>{_MONTH})[ \t]?月"
                               rf"(?:份)?(?:[\u4e00-\u9fff]{{0,4}}?大事记?)?[ \t\u3000]*[)）]?[ \t\u3000]*$", re.M)


@functools.lru_cache(maxsize=4)
def _line_days(text: str) -> tuple[list[int], list[re.Match]]:
    """The days written at a line's start in ``text``, once for all its items: their ends, and the matches."""
    days = list(_LINE_DAY_RE.finditer(text))
    return [m.end() for m in days], days


# 一月 / 9月份 on a line of its own, under a year's heading (2004年 on its line) or in a chronicle of the issue's
# year (2020年第一季度某区大事记): the month of the items below, its year the heading's, else the issue's.
_BARE_MONTH_RE = re.compile(rf"^[ \t\u3000]*(?P<m>{_MONTH})[ \t]?月(?:份)?(?:大事记?)?[ \t\u3000]*$", re.M)


@functools.lru_cache(maxsize=4)
def _month_headings(text: str) -> tuple[list[int], list[tuple[tuple[int | None, int | None], int]]]:
    """The month headings of ``text`` once for all its events: their starts, and ((year, month), end); the
    year None where a month's heading stands under no year's."""
    years = _year_headings(text)        # (2004年 / 一月, 2010年大事记 / 1月 / 2日 …: that year's January)
    heads = [(m.start(), (_number(m.group("y")), _number(m.group("m"))), m.end())
             for m in _MONTH_HEADING_RE.finditer(text)]
    for m in _BARE_MONTH_RE.finditer(text):
        year = next((y for at, y in reversed(years) if at < m.start()), None)
        heads.append((m.start(), (year, _number(m.group("m"))), m.end()))
    heads.sort()
    return [h[0] for h in heads], [(h[1], h[2]) for h in heads]


# 2011年 on a line of its own, or a chronicle's title with its year and no month (某区2009年大事记): the year of
# the dates below that write none
_YEAR_TITLE_RE = re.compile(rf"^[ \t\u3000]*(?:[^\n]{{0,30}}?[^\d\n])?(?P<y>{_YEAR})[ \t]?年(?:度)?"
                            rf"(?:[\u4e00-\u9fff]{{0,8}}?(?:大事记?|年鉴))?[ \t\u3000]*$", re.M)


@functools.lru_cache(maxsize=4)
def _year_headings(text: str) -> list[tuple[int, int]]:
    """(end, year) of each year's heading of ``text`` (the title of a chronicle: 某区2009年大事记, or a year on
    its own line)."""
    return [(m.end(), _number(m.group("y"))) for m in _YEAR_TITLE_RE.finditer(text)
            if m.group().strip().endswith(("年", "年度", "大事", "大事记", "年鉴"))]


def base_at(text: str, pos: int, base: str | None) -> str | None:
    """The date that days written at ``pos`` count from: ``base``, or, under a month heading of a
    chronicle (``(2024年5月)`` on its own line, in an issue of August; ``一月`` under ``2004年``), the last
    day of that month; under a year's heading alone (某区2009年大事记, 2011年 on its line), the last day of
    that year (or the issue, if earlier)."""
    starts, found = _month_headings(text)
    k = bisect.bisect_right(starts, pos) - 1
    while k >= 0 and found[k][1] > pos:               # a heading that ends after pos does not count
        k -= 1
    issue = _parse_base(base)
    year_heading = next((y for end, y in reversed(_year_headings(text)) if end <= pos
                         and (k < 0 or end > starts[k])), None)
    if year_heading is not None and 1900 <= year_heading <= 2100:
        last = _dt.date(year_heading, 12, 31)
        return _iso(last if issue is None or last < issue else issue)
    if k < 0:
        return base
    year, month = found[k][0]
    if year is None and issue is not None:
        year = issue.year if month <= issue.month else issue.year - 1
    if year is None or month is None or not _valid(month, 1, year):
        return base
    nxt = _make(year + (month == 12), month % 12 + 1, 1)
    last = nxt - _dt.timedelta(days=1)
    return _iso(last if issue is None or last < issue else issue)


def within_year(found: Sequence[DateMention], year_end: str) -> list[DateMention]:
    """``found`` with the dates that a month and day resolved past ``year_end`` (the last day of a chronicle's
    year: 1月6日 under 某区2009年大事记) moved back into that year."""
    end = _parse_base(year_end)
    out = []
    for d in found:
        day, last = _parse_base(d.date), _parse_base(d.end_date)
        if end is not None and day is not None and day > end and "年" not in d.surface:
            moved = _make(day.year - 1, day.month, day.day)
            last = _make(last.year - 1, last.month, last.day) if last is not None else None
            d = DateMention(d.span, d.surface, _iso(moved), _iso(last), d.part_of_day)
        out.append(d)
    return out


_ITEM_DAY = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日")


def item_base(text: str, start: int, end: int, issue: str | None) -> str | None:
    """The date the days of a chronicle's item ``text[start:end]`` count from: the month heading over its
    first day (an item that opens with its month's heading, 二月 / 2日 …, counts from that month)."""
    day = _ITEM_DAY.search(text, start, end)
    return base_at(text, day.start() if day else start, issue)


def _overlaps(start: int, end: int, spans: list[TextSpan]) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted and disjoint)."""
    i = bisect.bisect_right(spans, (start, float("inf")))
    return (i > 0 and spans[i - 1][1] > start) or (i < len(spans) and spans[i][0] < end)


def _resolve_relative_words(found: list[_Found], base: _dt.date | None) -> list[DateMention]:
    """Give relative words their dates, in text order (anaphors count from the previous dated mention)."""
    out: list[DateMention] = []
    previous: _dt.date | None = None
    for f in found:
        mention, day = f.mention, f.day
        if f.relative is not None:
            kind, offset, _ = f.relative
            if kind == "day" and base is not None:
                day = base + _dt.timedelta(days=offset)
            elif kind == "anaphor" and previous is not None:
                day = previous + _dt.timedelta(days=offset)
            mention = DateMention(mention.span, mention.surface, _iso(day), None, mention.part_of_day)
        if day is not None:
            previous = day
        out.append(mention)
    return out


def resolve_relative(expr: str, base: str, *, lexicon_dirs: Iterable[str] = ()) -> str | None:
    """The ISO date of one date expression against ``base``, or None.

    ``expr`` must be a single expression (``25日``, ``昨天``, ``上周五``,
    ``9月25日下午``); anything else, or an expression with no exact date, gives None.

    >>> resolve_relative("25日", "2025-09-26")
    '2025-09-25'
    """
    stripped = expr.strip()
    mentions = find_event_dates(stripped, base, lexicon_dirs=lexicon_dirs)
    if len(mentions) != 1 or mentions[0].span != (0, len(stripped)):
        return None
    return mentions[0].date


# --- the issue date ----------------------------------------------------------

_ISSUE_CUES = re.compile(r"星期|周[一二三四五六日天]|农历|第\s*\S{1,3}\s*版|总第|期")


def issue_date_from_text(text: str, *, words: DateWords | None = None) -> tuple[str, TextSpan] | None:
    """The issue date of a page: the first masthead date line, e.g. ``2025年9月26日 星期五``.

    A masthead date line holds a full date (year, month, day) and nothing but
    page furniture around it (a weekday, the lunar date, the page or issue
    number, a short paper name); a date inside a sentence is not an issue date.
    Returns the ISO date and the span of the date (with its weekday) in ``text``.
    """
    if words is None:
        words = _shared_words(())
    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        found = _issue_date_in_line(text, pos, line_end, words)
        if found:
            return found
        if nl < 0:
            break
        pos = nl + 1
    return None


def _issue_date_in_line(text: str, start: int, end: int, words: DateWords) -> tuple[str, TextSpan] | None:
    line = text[start:end]
    stripped = line.strip()
    if not stripped or len(stripped) > 60 or any(c in stripped for c in "，,。；;"):
        return None
    iso = _ISO_LINE_RE.match(line)
    if iso:
        day = _make(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if day:
            s = start + iso.start(1)
            return day.isoformat(), (s, start + iso.end(3))
    for f in _date_atoms(line, None, words):
        mention, day = f.mention, f.day
        if day is None or mention.end_date is not None:
            continue
        rest = (line[: mention.span[0]] + " " + line[mention.span[1]:]).strip()
        has_weekday = _WEEKDAY_AFTER_RE.search(mention.surface) is not None
        if not rest or has_weekday or _ISSUE_CUES.search(rest):
            span = (start + mention.span[0], start + mention.span[1])
            return day.isoformat(), span
    return None
