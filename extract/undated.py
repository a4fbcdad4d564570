"""Where the dates of a page that prints none count from: its file name, its web address, the years it writes.

    date_from_filename("qiantang-daily-2025-09-26-p1.txt")   -> '2025-09-26'   (the page's date)
    date_from_address(".../202010/t20201012_1.html")         -> '2020-10-31'   (the day its dates count from)
    year_base_from_address(".../html/2011/rj_1011/1.shtml")  -> '2011-09-02'   (a day of the year filed under)
    year_base_from_text("……2015年工作报告……2016年工作")        -> '2016-09-02'   (a day of the latest year written)

``extract.dates`` resolves the dates of a text against the day these give.
"""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import PurePath

from extract.dates import _FUTURE, _make
from extract.records import TextSpan

__all__ = ["date_from_filename", "date_from_address", "year_base_from_address", "year_base_from_text"]


# --- file names --------------------------------------------------------------

_NAME_DATE_RES = (
    re.compile(r"(?<!\d)((?:19|20)\d{2})([-_./])(\d{1,2})\2(\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d{2})()(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(r"((?:19|20)\d{2})(年)(\d{1,2})月(\d{1,2})日"),
)


def date_from_filename(name: str) -> str | None:
    """The date in a file name: ``2025-09-26``, ``20250926``, ``2025_09_26``, ``2025年9月26日``.

    Only the last path component is read; an impossible date (``20251340``) gives None.

    >>> date_from_filename("pages/qiantang-daily-2025-09-26-p1.txt")
    '2025-09-26'
    """
    base = PurePath(name.replace("\\", "/")).name
    for pattern in _NAME_DATE_RES:
        for m in pattern.finditer(base):
            day = _make(int(m.group(1)), int(m.group(3)), int(m.group(4)))
            if day and day.year >= _FIRST_WEB_YEAR:       # (thread-1952-1-1: a forum thread's number)
                return day.isoformat()
    return None


# --- web addresses -----------------------------------------------------------

# A date in a web address: /2023-01-17/, /20230117/, t20240813_…, /202203/19/, and months: /202010/, /2008_04/.
# (Never inside a run of hexadecimal digits: an id such as 5742ce7972012051f holds no date.)
_ADDRESS_DAY_RES = (
    re.compile(r"(?<![0-9a-fA-F])((?:19|20)\d{2})([-_/])(\d{1,2})\2(\d{1,2})(?![0-9a-fA-F])"),
    re.compile(r"(?<![0-9a-fA-F])((?:19|20)\d{2})()(0[1-9]|1[0-2])/?(0[1-9]|[12]\d|3[01])(?![0-9a-fA-F])"),
    re.compile(r"(?<![0-9a-fA-F])((?:19|20)\d{2})(/)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![0-9a-fA-F])"),   # /2014/0114/
)
_ADDRESS_MONTH_RE = re.compile(r"(?<![0-9a-fA-F-])((?:19|20)\d{2})[-_]?(0[1-9]|1[0-2])(?![0-9a-fA-F-])")


_FIRST_WEB_YEAR = 1995     # no page was filed on the web under an earlier day


def date_from_address(url: str | None) -> str | None:
    """The earliest date a web address holds (a page is filed under the day or month it was posted; a
    later one is a re-posting), as the last day it allows: ``…/202010/…`` -> ``2020-10-31``.

    For a page that prints no date of its own, this is the day its event dates count from
    (``9月29日`` on a page filed under 202010 is 2020-09-29); it is never the article's date.

    >>> date_from_address("http://example.gov.cn/zfgb2008/2008_04/202409/t20240929_1297506.html")
    '2008-04-30'
    >>> date_from_address("https://news.example.cn/n/20230117/abc.html")
    '2023-01-17'
    >>> date_from_address("http://m.example.com/page/2014/0114/1431548.shtml")
    '2014-01-14'
    """
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0]
    found: list[_dt.date] = []
    taken: list[TextSpan] = []
    for pattern in _ADDRESS_DAY_RES:
        for m in pattern.finditer(path):
            day = _make(int(m.group(1)), int(m.group(3)), int(m.group(4)))
            if day and day.year >= _FIRST_WEB_YEAR:       # (thread-1952-1-1: a forum thread's number)
                found.append(day)
                taken.append(m.span())
    for m in _ADDRESS_MONTH_RE.finditer(path):
        if any(s <= m.start() < e for s, e in taken):
            continue
        year, month = int(m.group(1)), int(m.group(2))
        if year < _FIRST_WEB_YEAR:
            continue
        found.append(_make(year + (month == 12), month % 12 + 1, 1) - _dt.timedelta(days=1))
    return min(found).isoformat() if found else None


# A folder of a year alone in an address path (/html/2011/rj_1011/…): the year the page was filed under.
_ADDRESS_YEAR_RE = re.compile(r"/((?:19|20)\d{2})/")


def year_base_from_address(url: str | None) -> str | None:
    """For a page with no date of its own and no full date in its address: a day of the year its address
    files it under, from which months and days of that year resolve into it (as ``year_base_from_text``).

    >>> year_base_from_address("http://example.cn/html/2011/rj_1011/11866.shtml")
    '2011-09-02'
    """
    if not url:
        return None
    path = "/" + url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0]
    years = [int(y) for y in _ADDRESS_YEAR_RE.findall(path) if int(y) >= _FIRST_WEB_YEAR]
    return (_dt.date(min(years), 12, 31) - _FUTURE).isoformat() if years else None


# --- the years a text writes ----------------------------------------------------

# 2015年以来的工作, 2016年重点工作: a year the report speaks of (not a target: 到2035年, 2035年远景目标).
# (nor the end of a plan's range: 第八个五年规划(2021——2025年))
_YEAR_WRITTEN = re.compile(r"(?<![0-9到至—\-－~～])((?:19|20)\d{2})年(?!远景|前)")
# A year that opens a named campaign or occasion in quotation marks: 2016“中美旅游年”, 2019“一带一路”论坛
_YEAR_OF_NAMED = re.compile(r"(?<![0-9])((?:19|20)\d{2})(?=[“「『\"])")
# A year the text looks back on from the next one: 2020年是极不平凡的一年。过去的一年…, the review of a year's
# work (2020年度规范性文件备案审查, 2019年度述职, 决算): written in the year after it.
# …刚刚过去的2024年, 回顾过去的2024年: a year that has just ended, written in the next one.
_YEAR_JUST_PAST = re.compile(r"过去的((?:19|20)\d{2})年")
_YEAR_LOOKED_BACK = re.compile(r"((?:19|20)\d{2})年(?:是[^。;;]{0,16}的一年[。;;,,]过去(?:的)?一年"
                               r"|度[^。;;,,]{0,16}?(?:备案审查|决算|述职|考核|审计|总结))")


def year_base_from_text(text: str) -> str | None:
    """For a page with no date of its own and none in its address: a day of the latest year the text writes
    from which every month and day of that year resolves into it (``3月29日`` in a report of 2015年以来的工作
    and 2016年的任务 is 2016-03-29), else None.  Only dates that write their month count from it.

    >>> year_base_from_text("会议听取了2015年工作报告,安排部署了2016年工作。")
    '2016-09-02'
    >>> year_base_from_text("会议审议了关于2020年度规范性文件备案审查工作情况的报告。")
    '2021-09-02'
    >>> year_base_from_text("作为2016“中美旅游年”首批来访的代表团")
    '2016-09-02'
    >>> year_base_from_text("委员们回顾了刚刚过去的2024年,1月9日下午大会闭幕。")
    '2025-09-02'
    """
    years = [int(m.group(1)) for m in _YEAR_WRITTEN.finditer(text)]
    years += [int(m.group(1)) + 1 for m in _YEAR_LOOKED_BACK.finditer(text)]
    years += [int(m.group(1)) + 1 for m in _YEAR_JUST_PAST.finditer(text)]
    years += [int(m.group(1)) for m in _YEAR_OF_NAMED.finditer(text)]
    return (_dt.date(max(years), 12, 31) - _FUTURE).isoformat() if years else None
