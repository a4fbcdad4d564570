"""Steps 1-3 of ``extract.page``: a page's text -> its lines, with the furniture read and taken out.

``read_lines`` walks the page's lines (cut further at item marks, numbers and run-in day labels), reads
masthead and site furniture into a ``Masthead``, keeps the credit rows and the column labels it passes,
drops a line that repeats the one before it, classifies the rest (``extract.lines``), then cuts off what a
web page prints above its headline (its site's name, slogan, menu and breadcrumb).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.headline_fit import BREADCRUMB_RE, site_above, speaks_of
from extract.heads import listed_lines
from extract.items import split_at_datelines, split_at_days, split_at_marks, split_at_numbers
from extract.lines import Line, classify, iter_lines, make_line
from extract.masthead import (AGO_RE, DECOR, TEASER_END_RE, Masthead, PageCues, column_named, page_heading,
                              place_label, read_furniture)
from extract.records import TextSpan

# a credit in a furniture row: 来源:新华社 责任编辑:许振威 2017-08-11 / 日期:2017-11-06 作者:韦柳斌
# a web page's metadata row under its headline (发布时间:2020-12-21 来源:某某, 2017-11-15 14:48)
_RULE_RE = re.compile(r"[-—－_=＝*＊~～]+")     # a rule printed across the column: - / —— / ****
# a heading printed letter-spaced (行 政 长 官 办 公 室, a gazette's office over its notices): the column of what follows
_SPACED_HEADING_RE = re.compile(r"[\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff]){2,15}")
_DATE_ROW_RE = re.compile(r"(?:19|20)\d{2}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)")
_META_ROW_RE = re.compile(r"发布时间|发布日期|发表时间|更新时间|信息来源|来源[:：]|(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}"
                          r"日?\s*\d{1,2}:\d{2}"
                          r"|^[\u3400-\u9fff]{2,8}(?:报|网)\s+(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}$")   # 某某日报 2020-08-27
_CREDIT_IN_RE = re.compile(r"(?:责任编辑|责编|编辑|主编|作者|审核|审校|校对|记者|通讯员|摄影|来源|监制|版面设计|版式设计|版式|美编|撰稿|签发"
                           r"|主笔)\s*[:：◎]\s*[\u3400-\u9fff]"
                           r"|作者\s+[\u3400-\u9fff]{2,4}(?:\s|$)"   # (2011/4/18 作者 吴某某: a web stamp row)
                           r"|[(（](?:责任编辑|责编)\s+[\u3400-\u9fff]{2,4}(?:[\s)）]|$)")     # (责任编辑 陈某 倪某)


# a label's transliteration printed after it (相关阅读xiang guan yue du)
_LATIN_AFTER_RE = re.compile(r"(?<=[\u3400-\u9fff])[A-Za-z][A-Za-z ]*$")

_TWICE_WITHIN = 6                # a web page prints its title again a few lines further down


def _printed_twice(lines: Sequence[Line]) -> int | None:
    """A web page's title printed again under its subheadline (广告 / 日期 / 标题 / 副题 / 标题 / 正文):
    the first line before any sentence that a later line repeats; what stands above it is the site's."""
    for i, ln in enumerate(lines):
        if ln.closed:
            return None
        if ln.headline_like and len(ln.text) >= 6 and any(
                other.text == ln.text for other in lines[i + 1:i + 1 + _TWICE_WITHIN]):
            return i
    return None


@dataclass(frozen=True)
class PageLines:
    """What ``read_lines`` gives ``split_page``: the page's lines and what the furniture said."""

    lines: list[Line]
    info: Masthead
    credits: list[TextSpan]                     # furniture rows holding credits: 来源:X 责任编辑:Y 2021-11-04
    columns: list[tuple[int, str | None]]       # (index of the next line, name): 专栏:X, 【图片新闻】, 第2版:要闻


# A typeset table's row (a yearbook's roster of a body): words set apart by runs of spaces, a name of two characters
# padded to three (主  任  李某某 / 副主任  宋  文  高某某 / 陈某某  袁某某); a cell under such a row holds one name
# that did not fit on it (贾某某(女)).  Each stays a line of its own, neither joined nor read as a headline.
_TABLE_GAP = re.compile(r"[\u3400-\u9fff)）](?:[ ]{2,}|\u3000+)[\u3400-\u9fff]")
_TABLE_ROW = re.compile(r"[\u3400-\u9fff]{1,8}(?:[(（][\u3400-\u9fff]{1,3}[)）])?"
                        r"(?:[ \u3000]+[\u3400-\u9fff]{1,8}(?:[(（][\u3400-\u9fff]{1,3}[)）])?)+")
_NAME_CELL = re.compile(r"[\u3400-\u9fff](?:[ \u3000]{1,3}[\u3400-\u9fff]|[\u3400-\u9fff]{1,3})(?:[(（][\u3400-\u9fff]{1,3}[)）])?"
                        r"|[\u3400-\u9fff]{2,20}|【[\u3400-\u9fff]{2,30}】")     # (研究室, 常务副秘书长, 【某某组成人员】: a heading)
_TABLE_ROWS_MIN = 2


def _mark_tables(lines: list[Line]) -> None:
    """Close the rows and cells of typeset tables, in place: runs of rows, name cells and headings (a body's name, a
    post alone, 【…】) holding two rows at least."""
    row = [_TABLE_GAP.search(ln.text) is not None and _TABLE_ROW.fullmatch(ln.text) is not None for ln in lines]
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and (row[j] or _NAME_CELL.fullmatch(lines[j].text)):
            j += 1
        if sum(row[k:j]) >= _TABLE_ROWS_MIN:
            for ln in lines[k:j]:
                ln.closed, ln.headline_like = True, False
        k = max(j, k + 1)


def read_lines(text: str, cues: PageCues) -> PageLines:
    """The lines of a page, its furniture read into a ``Masthead`` and taken out (steps 1-3 of ``split_page``)."""
    info = Masthead()
    credits: list[TextSpan] = []            # furniture rows holding credits: 来源:X 责任编辑:Y 2021-11-04
    columns: list[tuple[int, str | None]] = []   # (index of the next line, name): 专栏:X, 【图片新闻】, 第2版:要闻
    spans = [piece for s, e in iter_lines(text) for m_s, m_e in split_at_marks(text, s, e, cues.item_marks)
             for n_s, n_e in split_at_numbers(text, m_s, m_e) for d_s, d_e in split_at_datelines(text, n_s, n_e)
             for piece in split_at_days(text, d_s, d_e)]
    lines: list[Line] = []
    related = False                          # under a web page's list of other stories (相关新闻)
    titled: int | None = None                # the line over a web page's first metadata row (发布时间:…)
    crumb: int | None = None                 # the line after a web page's breadcrumb (首页 > 要闻 > 正文)
    for k, (s, e) in enumerate(spans):
        t = text[s:e]
        if cues.masthead.get(_LATIN_AFTER_RE.sub("", t.strip(DECOR + "【】[]:："))) == "related":    # (相关阅读xiang guan)
            related = True
            continue
        teased = TEASER_END_RE.search(t) is not None or (k + 1 < len(spans) and TEASER_END_RE.search(
            text[spans[k + 1][0]:spans[k + 1][1]]) is not None)    # a teaser's lead, or the headline over one
        if related and not cues.dateline_re.match(t) and not _CREDIT_IN_RE.search(t) and not teased:
            continue
        related = False
        if lines and (label := place_label(t, cues)):
            columns.append((len(lines), label))      # 黄石 / 7月30日,黄石市委书记…: a round-up's section
            continue
        if lines and AGO_RE.fullmatch(t.strip()) and lines[-1].headline_like:
            link = lines.pop()      # 某某会见某某 / 53分钟前: a link to another story, with when it was posted
            if lines and lines[-1].text.endswith(link.text):
                lines.pop()         # (2. 某某会见某某 / 某某会见某某 / 53分钟前: its number's line over it)
            continue
        prev = lines[-1] if lines else None
        after_open = prev is not None and not prev.closed and not prev.headline_like
        nxt = text[spans[k + 1][0]:min(spans[k + 1][1], spans[k + 1][0] + 40)] if k + 1 < len(spans) else ""
        if read_furniture(t, cues, info, in_masthead=not lines, after_open_body=after_open,
                      before_dateline=cues.dateline_re.match(nxt) is not None):
            if _CREDIT_IN_RE.search(t):
                credits.append((s, e))
            if titled is None and lines and _META_ROW_RE.search(t) and not any(ln.closed for ln in lines):
                titled = len(lines) - 1
            elif prev is not None and prev.headline_like and _DATE_ROW_RE.fullmatch(t.strip()):
                prev.titled = True      # 某某视察某地 / 2009/10/23 / body: a headline over its date, never a wrapped line
            name = column_named(t, cues)
            if name or page_heading(t) or (_RULE_RE.fullmatch(t.strip()) and lines and lines[-1].closed):
                columns.append((len(lines), name))      # (… 。 / - / 标题: a rule between a listing's items)
            if crumb is None and BREADCRUMB_RE.search(t):
                crumb = len(lines)
            continue
        if _SPACED_HEADING_RE.fullmatch(t.strip()):
            if not (columns and columns[-1][0] == len(lines)):    # (批 示 摘 录 under the office: what kind, no column)
                columns.append((len(lines), re.sub(r"[ \u3000]", "", t.strip())))
            continue
        ln = make_line(text, s, e)
        ln.under_label = bool(columns) and columns[-1][0] == len(lines)
        if prev is not None and prev.text == ln.text and ln.text:
            prev.last_end = ln.end
            prev.copies += 1
            prev.to_page = prev.to_page if ln.to_page is None else ln.to_page
            continue
        classify(ln, cues)
        lines.append(ln)
    _mark_tables(lines)

    if crumb and site_above(lines, crumb):
        lines, columns, kept = _cut_above(lines, columns, crumb, text)
        titled = None if titled is None or titled < crumb else titled - crumb + kept
    if titled is None:
        titled = _printed_twice(lines)
    if titled is not None and lines[titled].headline_like and not any(ln.closed for ln in lines[:titled]):
        # a web page's headline stands over its metadata row, its subheadlines between; what stands above
        # the first line that speaks of the body (a site's name, slogan and menu) is furniture
        body = "".join(ln.text for ln in lines[titled + 1:titled + 8])
        top = next((j for j in range(max(0, titled - 2), titled + 1)
                    if all(ln.headline_like for ln in lines[j:titled + 1]) and speaks_of(lines[j].text, body)), None)
        if top is not None:
            lines, columns, kept = _cut_above(lines, columns, top, text)
            lines[kept].titled = True
    return PageLines(lines, info, credits, columns)


def _cut_above(lines: list[Line], columns: list[tuple[int, str | None]], top: int,
               text: str) -> tuple[list[Line], list[tuple[int, str | None]], int]:
    """The lines from ``top`` on, and of those above only the titles of a list (·标题 / 更多>>>: headline-only
    entries, not the site's furniture); the columns' line numbers moved with them; how many were kept above."""
    kept = sorted(listed_lines(lines[:top], text[:lines[top].start]))
    moved = [(j - top + len(kept) if j >= top else sum(k < j for k in kept), name) for j, name in columns]
    return [lines[k] for k in kept] + lines[top:], moved, len(kept)
