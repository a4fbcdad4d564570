"""Which lines of a page are headlines (step 4 of ``extract.page``).

A headline is a short line with no sentence in it that is followed by a dateline (本报讯, 新华社…电, X月X日讯)
or a byline, or by another headline (headline + subheadline), or is printed more than once, or is the first line
of the record, or is followed by a lead that opens with a date (``25日,``).  Two kinds of line are less sure:
a short line with no punctuation between two finished paragraphs, and a last line after a finished paragraph.
On a page that holds several stories, each opened by a headline or a dateline, the first heads a story of its
own and the second is a headline printed without its body.  On a page that holds one story (a web page: its
title, a photo's caption, 本报讯…), the first is a subheading (察看某文化中心 / 门头沟区某村…) and the second
the rest of a paragraph the excerpt cut off: both stay in the story, each a paragraph of its own.  A section
that shares hardly any words with the story before it is another story even there.  ``listed_lines`` finds the
titles of an e-paper's list of the stories on its page, each a headline-only entry.
"""
from __future__ import annotations

import re
from collections import Counter

from extract.headline_fit import bigram_set, pair_share
from extract.lines import ISSUER_RE, Line
from extract.masthead import PageCues
from extract.textutil import photo_caption

__all__ = ["find_heads", "listed_lines", "shared_words"]

_PLAIN_TITLE_MAX = 40           # a first line this short with no comma is a title
_LEAD_TITLE_MAX = 30            # a line before a dated lead, without punctuation, is a title
_BARE_TITLE_MAX = 24            # a line before any body paragraph, without punctuation, is a title
_NAV_STARTS = ("返回", "上一篇", "下一篇", "上一页", "下一页")
_CLOCK_RE = re.compile(r"\d{1,2}\s*[时:：]\s*\d{2}")


# A line that opens with one of these continues the line before it: a function word, or the
# second half of a word broken at the line end (…中科智航(成都)科技 / 有限公司董事长…).
_CONTINUATION_CHARS = set("的了着和与及等在对向为是将把被从于由就也都还又并而")


# …but 在会见某团时, / 在某地考察期间, opens a sentence of its own (a section under a subheading)
_WHILE_OPENS = re.compile(r"在[^,，。；;]{1,60}?(?:时|期间|之际)[,，]")


def _continues_line(t: str, cues: PageCues) -> bool:
    if not t or (t[0] in _CONTINUATION_CHARS and not _WHILE_OPENS.match(t)):
        return bool(t)
    return cues.word_start_re.match(t) is not None


_CUT_PARAGRAPH_MIN = 40     # the shortest last line read as a paragraph the excerpt cut off mid-sentence


def _cut_off_paragraph(lines, i: int) -> bool:
    """Is line ``i`` the page's last, a paragraph the excerpt cut off before its first 。 (long, with a comma)?"""
    t = lines[i].text
    return i == len(lines) - 1 and len(t) >= _CUT_PARAGRAPH_MIN and any(c in t for c in "，,")


# a section's title led by its topic and a colon (容县:新农合为农民筑起健康屏障, 来得最早:某某)
_TOPIC_COLON = re.compile(r"[^，,、：:\s]{2,10}[:：](?=\S)[^，,、：:]{2,16}")
_RUN_TITLE_MAX = 30         # the longest title of a numbered run of headlines (2017年十大新闻(以时间为序))
_RUN_OPENS = re.compile(r"0?1(?:\s*[.、．]\s*|\s+)(?=[\u3400-\u9fff])")      # 1、 / 01 : a run's first entry


def find_heads(lines: list[Line], cues: PageCues) -> None:
    """Set ``head`` on the headline lines of ``lines`` (and ``closed`` on the subheadings of one story)."""
    n = len(lines)
    repeats = Counter(ln.text for ln in lines if ln.headline_like)
    bare: list[int] = []
    for i in range(n - 1, -1, -1):
        ln = lines[i]
        prev = lines[i - 1] if i > 0 else None
        if not ln.headline_like or (prev is not None and prev.signed):
            continue            # (2009年9月28日于某署 / 秘书长 某某代行: who signs under the date)
        nxt = lines[i + 1] if i + 1 < n else None
        nxt_dated = nxt is not None and i + 2 < n and lines[i + 2].starts_article
        after_sentence = prev is None or prev.closed or prev.head or prev.label
        t = ln.text
        no_punct = not any(c in t for c in "，,、：:")
        ln.head = (
            ln.titled or (nxt is not None and (nxt.starts_article or (nxt.byline and not ln.closed)))
            or ln.copies > 1 or repeats[t] > 1
            or (nxt is not None and nxt.head and (after_sentence or (prev.headline_like and nxt_dated)))
            or (ln.numbered and nxt is not None and not nxt.headline_like and not nxt.byline)   # 01 标题 / body
            or (ln.label and nxt is not None and nxt.headline_like and i + 2 < n       # 福田区 / headline / body
                and not lines[i + 2].headline_like)
            or (nxt is not None and len(t) <= 12 and no_punct and nxt.headline_like      # 工作动态 / 01 标题:
                and (nxt.numbered or nxt.item))                                            # a column title
            or (nxt is not None and len(t) <= _RUN_TITLE_MAX and no_punct and nxt.headline_like   # 2017年十大国际
                and _RUN_OPENS.match(nxt.text) is not None)                                # 新闻 / 1、标题
            or (ln.item and ((nxt is not None and nxt.item and nxt.headline_like)    # ★标题一 / ★标题二:
                             or (prev is not None and prev.item and prev.headline_like)))   # teaser entries
            or (prev is None and nxt is not None and len(t) <= _PLAIN_TITLE_MAX and not any(c in t for c in "，,"))
            or (nxt is not None and prev is not None and after_sentence and no_punct
                and len(t) <= _LEAD_TITLE_MAX and cues.lead_re.match(nxt.text) is not None)
        )
        if ln.head:
            continue
        if (nxt is not None and prev is not None and after_sentence and not prev.head
                and (no_punct or _TOPIC_COLON.fullmatch(t))
                and len(t) <= _BARE_TITLE_MAX and not nxt.byline
                and (not nxt.headline_like and "。" in nxt.text or _cut_off_paragraph(lines, i + 1))
                and not _continues_line(nxt.text, cues)):
            bare.append(i)
        # (the last line, after a sentence: a headline without its body; but a line with a comma or a colon
        # there is a paragraph the excerpt cut off or a label (据悉,在我市考察期; 相关文章:), and a site's
        # button, credit row or clock (返回上一页, 技术支持:…, 香港时间22时32分) is furniture)
        elif (nxt is None and prev is not None and after_sentence and not ln.item and len(t) >= 5
              and not any(c in t for c in "，,:：") and not t.startswith(cues.start_words + _NAV_STARTS)
              and _CLOCK_RE.search(t) is None):
            ln.head = True
            bare.append(i)
    # A short line between two paragraphs of one story is a subheading (察看某文化中心 / 门头沟区某村…), and
    # one after its last paragraph the rest of it that the excerpt cut off: either heads an article (or stands
    # as a headline alone) only on a page that holds other stories, each opened by a headline or a dateline.
    stories = _stories(lines, set(bare))
    alone = 0
    for i in bare:
        lines[i].head = (stories > 1 or lines[i].under_label                   # (福田区 / 建构某某新格局 / body)
                         or (i + 1 < n and not _goes_on(lines, i)))
        alone += lines[i].head and stories <= 1 and not lines[i].under_label
        lines[i].closed = not lines[i].head
    if stories + alone > 2:
        # two sections of their own, sharing hardly any words with what stands before them: a run of briefs,
        # where one that happens to share a few words with the brief before it heads its own too
        for i in bare:
            lines[i].head, lines[i].closed = True, False
    # 中国人民政治协商会议 / 第十届某县委员会 / 第一次会议闭幕: a headline printed over several lines goes on
    # with lines that begin with an ordinal of a term or a session
    for i in range(1, n):
        if lines[i - 1].head and lines[i].headline_like and not lines[i].head and (
                _ORDINAL_GOES_ON.match(lines[i].text) or (ISSUER_RE.fullmatch(lines[i - 1].text.strip()) and (
                    lines[i].text.startswith("关于") or ISSUER_RE.fullmatch(lines[i].text.strip())))):
            lines[i].head = lines[i].goes_on = True     # (中共某镇委员会 / 某镇人民政府 / 关于…的通知: the issuers' title)
    _title_under_site_label(lines)


_SITE_LABEL_MAX = 10        # 参事之窗, 金平要闻, 看某某app: a channel's label over a web page's title
_BUTTON_MAX = 6             # 其他, 详细内容, 分享按钮, 即时港闻: a button or a channel, whatever its words
_SITE_WORDS = re.compile(r"网|报|app|APP|App|客户端|频道|之窗|要闻|新闻|动态|热点|专题|首页|导航|栏目|在线|资讯|政务")
_RUN_READ = 12              # the lines of a page's opening run read for its title


def _title_under_site_label(lines: list[Line]) -> None:
    """A web page that opens with a run of short lines (a channel's label, navigation) over its title: the title
    is the line of the run that speaks of the body under it, not the first line, which speaks of nothing there
    (参事之窗 / 某某调研组赴某市调研 / 8月15日,某某调研组…)."""
    k = next((i for i, ln in enumerate(lines[:_RUN_READ + 1]) if not ln.headline_like), None)
    if k is None or k < 2:
        return
    first = lines[0].text
    if (not lines[0].head or len(first) > _SITE_LABEL_MAX or not (len(first) <= _BUTTON_MAX or _SITE_WORDS.search(first))
            or any(ln.text == first for ln in lines[1:])):
        return                  # (把温暖送到群众心坎上 / 某镇开展节前慰问活动: a short title over its subtitle; a
        #                         title printed again over its body)
    body = "".join(ln.text for ln in lines[k:k + 3])
    label = pair_share(lines[0].text, body)
    title = next((i for i in range(1, k) if len(lines[i].text) > _SITE_LABEL_MAX
                  and pair_share(lines[i].text, body) >= max(_TITLE_SHARE, label + 0.1)), None)
    if title is not None:
        for ln in lines[:title]:
            ln.head = False
        lines[title].head = True


_TITLE_SHARE = 1 / 3        # of a title's character pairs, those its body's first lines hold at least


_GOES_ON_READ = 80          # characters of a section read for the words it shares with the story before it
_GOES_ON_SHARED = 3         # the words (two characters) a section shares with the story it goes on with


def _goes_on(lines: list[Line], i: int) -> bool:
    """Does the section under line ``i`` go on with the story before it, sharing at least a few of its words
    (a name, 考察团, 门头沟区: 察看某中心 / 门头沟区某村…)?  A brief story of its own shares hardly any."""
    j = i - 1
    while j > 0 and not lines[j].head and not lines[j].starts_article:
        j -= 1
    k = i + 1
    while k < len(lines) and not lines[k].head and not lines[k].starts_article and k - i <= 3:
        k += 1
    after = "".join(ln.text for ln in lines[i + 1:k])
    return shared_words(after, "".join(ln.text for ln in lines[j:i])) >= _GOES_ON_SHARED


def shared_words(after: str, before: str) -> int:
    """How many words (two characters) of the first characters of ``after`` ``before`` holds too."""
    return sum(w in before for w in bigram_set(after[:_GOES_ON_READ]))



def _stories(lines: list[Line], unsure: set[int]) -> int:
    """How many stories the page's datelines and headlines open: a headline group counts once, and not at all
    where a dateline follows it within a few lines (a web page's title, its photo, 本报讯…); the ``unsure``
    lines, which head a story only where there are several, do not count."""
    count = 0
    for i, ln in enumerate(lines):
        if ln.starts_article and not photo_caption(ln.text):        # (■某某与客人合影。: a photo's caption)
            count += 1
        elif (ln.head and i not in unsure and not (i > 0 and lines[i - 1].head)
              and not any(x.starts_article for x in lines[i + 1:i + 4])):
            count += 1
    return count


_ORDINAL_GOES_ON = re.compile(r"第[一二三四五六七八九十百零〇0-9]{1,4}[届次]")


# An e-paper's list of the titles printed on its page, beside the one story it shows (under 标题导航, or under
# the 上一篇/下一篇 row): each the headline of a story of the page whose body the view leaves out, a headline-only
# entry; the box's own words (导读☞, 返回某某, 03版) are furniture.  A web page's 相关链接 list names stories
# elsewhere: furniture (the field set's gold), and so is a list with no e-paper row before it.
_EPAPER_LIST_RE = re.compile("标题导航|版面导航|本版导航|本版标题|上一篇|下一篇|加载更多")
# a portal's box of bulleted titles has its "more" link on a row of its own (更多>>> / ·标题一 / ·标题二)
_MORE_ROW_RE = re.compile(r"^[ \t]*更多[ \t]*(?:>+|》+|»+)?[ \t]*$", re.M)
_NAV_RE = re.compile(rf"^(?:{'|'.join(_NAV_STARTS)}|点击|更多|导读|进入|相关|推荐|往期|查看|打印|关闭|收藏)|版$|☞|>>$|主办$|出版$")
_LISTED_TITLE = (4, 40)


def _listed_title(ln: Line) -> bool:
    t = ln.text.lstrip("·•● ")
    return (ln.headline_like and not ln.caption and not ln.label and _LISTED_TITLE[0] <= len(t) <= _LISTED_TITLE[1]
            and not any(c in t for c in "，,") and t[-1] not in ":：" and not t.startswith("图为") and not _NAV_RE.search(t))


def _bulleted(ln: Line) -> bool:
    return ln.text.lstrip().startswith(("·", "•", "●"))


def listed_lines(lines: list[Line], text: str) -> set[int]:
    """The lines of an e-paper's title lists: in a run of title-like lines (furniture between them), those
    printed after the list's row (标题导航, 下一篇), but not the head lines right over the body that follows."""
    out: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        if not _listed_title(lines[i]):
            i += 1
            continue
        s = i
        while i < n and (_listed_title(lines[i]) or _NAV_RE.search(lines[i].text)):
            i += 1
        e = i
        while e > s and i < n and lines[e - 1].head and e > i - 3 and not _bulleted(lines[e - 1]):
            e -= 1                      # (the story's headline and subheadline over its body; not a list's ·item)
        if i - s == 2 and e == i and lines[s].head and lines[s + 1].headline_like and i < n and not lines[i].headline_like:
            e = s                       # (标题导航 / headline / its deck (甲到会祝贺 乙作报告) / the body: no list)
        # the list's row before the run or inside it (its titles after it), or right after it (· 标题一 / · 标题二 /
        # 返回主页 | 版面导航 | 标题导航)
        lo, hi = lines[s - 1].end if s else 0, lines[e].start if e < n else len(text)
        cue = _EPAPER_LIST_RE.search(text, lo, hi)
        bulleted = cue is None and (cue := _MORE_ROW_RE.search(text, lo, hi)) is not None
        if cue and (e == i or cue.start() < lines[e - 1].end):
            titles = [k for k in range(s, e) if _listed_title(lines[k])
                      and (not bulleted or _bulleted(lines[k]))]
            after = [k for k in titles if lines[k].start > cue.start()]
            before = [k for k in titles if lines[k].start < cue.start()]
            out.update(after if len(after) >= 2 else before if len(before) >= 2 else ())
    return out
