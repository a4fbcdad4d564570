"""Brief items of a page: bulletin columns (◆…。◆…), chronicles (8月1日,…), teaser lists (★标题★标题),
numbered runs (01 标题), and the columns they stand under.

The page splitter (``extract.page``) assembles ``Draft`` articles (headline lines and paragraphs) and calls
these on its lines and drafts:

- ``split_at_marks``: a line is cut before each item mark (lexicon ``item_markers``) that opens an item
  run together with the one before it: after a sentence (``…。◆近日,…``), or, in a line opened by the
  same mark, anywhere (``★标题一★标题二``).
- ``split_at_days``: a line is cut before each day set off as a label and run into it after a sentence,
  where three or more make a chronicle printed as one paragraph (``…开馆。 6日—7日 为期两天的…``).
- ``chronicle_starts``: of a body's paragraphs, those that open a chronicle entry (大事记: one paragraph a
  day, each led by its date), when the body is a chronicle: at least ``CHRONICLE_MIN`` paragraphs led by a
  day, making up most of the body, and no dateline (a report with 本报讯 that runs over several days is
  one article).

- ``items``: drafts cut into their items (a chronicle a paragraph each, marked items at each mark or day,
  numbered runs at each number, a list of stories' opening words ending in ``…`` a paragraph each), and each
  run of items given its ``column``.

Items have no headline of their own unless one is printed before their body; the title printed over a
run of items (县域快讯, 要闻简报, 市政府工作要事记, 工作动态) is their ``column``, and so is a section's label
over a headline (福田区 / 罗湖:).  A period header (11月, (五月)) names no column.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain

from extract.lines import SITTING_LABEL_RE, Line
from extract.masthead import DECOR, SPACED_OUT_RE, PageCues
from extract.textutil import CREDIT_END_RE, photo_caption

__all__ = ["CHRONICLE_MIN", "DECK_DASHES", "Draft", "chronicle_starts", "items", "split_at_days", "split_at_marks",
           "split_at_numbers"]

CHRONICLE_MIN = 3               # paragraphs led by a day before a body is read as a chronicle
_CHRONICLE_SHARE = 0.6          # ... and the share of the body's paragraphs they make up
_SENTENCE_END = "。！？!?；;"
_CLOSERS = "”’」』)）】》〉\"' \u3000"


# A photo's credit after a mark closes the caption before it (…举手表决。□本报记者某某摄): no item of its own
_CREDIT_TAIL_MAX = 28


def split_at_marks(text: str, start: int, end: int, marks: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The spans of line ``text[start:end]`` cut before each mark that opens an item run into it."""
    if not marks:
        yield start, end
        return
    opener = text[start] if text[start] in marks else None
    cut = start
    for mark in _marks_re(marks).finditer(text, start + 1, end):      # (each mark's place, not each character's)
        k, c = mark.start(), mark.group()
        if k + 1 >= end or text[k + 1] in marks:
            continue
        j = k - 1
        while j > cut and text[j] in _CLOSERS:
            j -= 1
        credit = end - k <= _CREDIT_TAIL_MAX and CREDIT_END_RE.search(text, k + 1, end) is not None
        if (c == opener or text[j] in _SENTENCE_END) and not credit:
            piece = text[cut:k].rstrip()
            if piece.strip("".join(marks) + " \u3000"):
                yield cut, cut + len(piece)
                cut = k
    yield cut, end


@functools.lru_cache(maxsize=8)
def _marks_re(marks: frozenset[str]) -> re.Pattern[str]:
    """A character of ``marks`` (those of one character: what ``split_at_marks`` cuts at)."""
    chars = sorted(m for m in marks if len(m) == 1)
    return re.compile("[" + "".join(map(re.escape, chars)) + "]" if chars else "(?!)")


# A number that opens an item: 1 标题, 2.标题, 3、3月初… (after 、 a date may follow)
_NUMBER = (r"\s*(?:0?([1-9][0-9]?)"
           r"(?:\s*[.．]\s*(?=[\u3400-\u9fff])|\s*、\s*(?=[\u3400-\u9fff0-9“])|\s+(?=[\u3400-\u9fff]))"
           r"|([一二三四五六七八九十]{1,2})、(?=[\u3400-\u9fff0-9“]))")     # 一、标题… 二、…
_NUMBER_AT = re.compile(r"(?:^|(?<=[。！？!?”」])|(?<=\s)(?=[一二三四五六七八九十]{1,2}、))" + _NUMBER,  # a line's start,
                        re.MULTILINE)                               # after a sentence, or 二、 after a space
_NUMBER_HEAD = re.compile(_NUMBER)                                             # at the start of a span
# 这十大新闻如下: 一、…: a run of numbered items after the colon that announces it, in the same line
_ANNOUNCED_RUN = re.compile(r"如下[:：]\s*(?=一、)")
_ANNOUNCES_LIST = re.compile(r"(?:十大|[0-9一二三四五六七八九十]+[条件项则])[^。]{0,12}如下[:：]\s*$"
                             r"|(?:公布|评出|评选出|揭晓)了?[^。]{0,12}十大[^。,，]{0,6}[。:：]\s*$")
_CHINESE_NUMBERS = {c: k for k, c in enumerate("一二三四五六七八九十", 1)}


def number_of(m: re.Match) -> int:
    """The number a match of ``_NUMBER`` writes (3, 三, 十二)."""
    if m.group(1):
        return int(m.group(1))
    n = m.group(2)
    if len(n) == 1:
        return _CHINESE_NUMBERS[n]
    return 10 + _CHINESE_NUMBERS[n[1]] if n[0] == "十" else 0     # 十二 (二十 starts no run)


def split_at_numbers(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of line ``text[start:end]`` cut before each number of a numbered run written into one
    line (1 标题…正文。2 标题…正文。): numbers after a sentence end, counting up by one from the line's."""
    announced = _ANNOUNCED_RUN.search(text, start, end)
    begin = announced.end() if announced else start      # (a lead, then 如下: and the run: the lead a piece)
    found = list(_NUMBER_AT.finditer(text, begin, end))
    head = _NUMBER_HEAD.match(text, begin, end)         # (the line's own number, where the line starts past ^)
    if head and (not found or found[0].start() > begin):
        found.insert(0, head)
    if not announced:           # 一、会议听取了…。二、…: a meeting's points; only an announced list is cut at them
        found = [m for m in found if m.group(1)]
    if len(found) < 2 or found[0].start() - begin > 2:
        yield start, end
        return
    cuts, expect = [], number_of(found[0])
    for m in found:
        if number_of(m) == expect:
            cuts.append(m.start() + (len(m.group()) - len(m.group().lstrip())))
            expect += 1
    if len(cuts) < 2:
        yield start, end
        return
    if begin > start:
        yield start, begin
    for a, b in zip(cuts, cuts[1:] + [end]):
        piece = text[a:b].rstrip()
        if piece:
            yield a, a + len(piece)


# A day set off as a label and run into the line after a sentence (…开馆。 6日—7日 为期两天的…): a chronicle's
# days printed as one paragraph.  The label's space is what tells it from a report's 6日上午,…
_DAY_RUN_IN = re.compile(r"(?<=[。！？!?”」])\s*([0-9]{1,2})日(?:\s*[—至~～-]\s*[0-9]{1,2}日)?\s+(?=[\u3400-\u9fff])")


# A story's dateline run into the line after another story's last sentence (…秘书长某某出席。本报讯(记者 某某)…):
# the page printed two stories as one paragraph
_DATELINE_RUN_IN = re.compile(r"(?<=[。！？!?”」])\s*(?=(?:本报讯|又讯)\s*[(（][^()（）\n]{1,30}[)）][^\n]{12})")


def split_at_datelines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of line ``text[start:end]`` cut before each dateline run into it after a sentence."""
    cut = start
    for m in _DATELINE_RUN_IN.finditer(text, start, end):
        piece = text[cut:m.start()].rstrip()
        if piece:
            yield cut, cut + len(piece)
            cut = m.end()
    yield cut, end


# A yearbook's sittings run together (…出席会议。 第16次会议 1月8日召开,…。 【主席会议】 第3次会议 2月9日召开): a
# sitting's number set off as a label before its day opens a record.
_SITTING_RUN_IN = re.compile(r"(?<=[。！？!?”」])\s*" + SITTING_LABEL_RE.pattern)


def split_at_days(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of line ``text[start:end]`` cut before each day label run into it, when at least
    ``CHRONICLE_MIN`` of them follow sentences with days that do not go back (a chronicle printed as one
    paragraph: 1日 …。 2日 …。 6日—7日 …; a yearbook's sittings: 第15次会议 1月7日召开,…。 第16次会议 1月8日…)."""
    found = list(_DAY_RUN_IN.finditer(text, start, end))
    if len(found) < CHRONICLE_MIN:
        found = list(_SITTING_RUN_IN.finditer(text, start, end))       # (the month of each, not its day)
    days = [int(m.group(1)) for m in found]
    if len(found) < CHRONICLE_MIN or any(b < a for a, b in zip(days, days[1:])):
        yield start, end
        return
    cut = start
    for m in found:
        k = m.start() + (len(m.group()) - len(m.group().lstrip()))
        piece = text[cut:k].rstrip()
        if piece:
            yield cut, cut + len(piece)
            cut = k
    yield cut, end


def chronicle_starts(dated: Sequence[bool], has_dateline: bool, labelled: Sequence[bool] = ()) -> list[int]:
    """Indices of the paragraphs that open an entry, when paragraphs ``dated`` (led by a day) make a
    chronicle; else ``[]``.  Days set off as labels (``labelled``: 1月21日 我县召开…) make one from two
    entries on, however long the entries run."""
    starts = [k for k, d in enumerate(dated) if d]
    set_off = bool(starts) and all(k < len(labelled) and labelled[k] for k in starts)
    if has_dateline and not (set_off and len(starts) >= CHRONICLE_MIN):
        return []               # (a report with 本报讯 that runs over several days; but 日报讯: 1日 …。 2日 …)
    if set_off and len(starts) >= 2 and (starts[0] == 0 or has_dateline or len(starts) >= CHRONICLE_MIN):
        return starts           # (a year's review: a lead, then 3月 3日 / its entry, 3月 24日 / …)
    if len(starts) < CHRONICLE_MIN or len(starts) < _CHRONICLE_SHARE * len(dated):
        return []
    return starts


@dataclass
class Draft:
    """An article as the page splitter assembles it: its headline lines and its paragraphs (line indices)."""

    head: list[int] | None = None
    paras: list[list[int]] = field(default_factory=list)
    stray: bool = False             # a headline detached from the body printed after it
    body: str | None = None         # cached body text while matching headlines
    bigrams: set[str] | None = None
    tries: int = 0
    column: str | None = None       # the title printed over the run of brief items this one belongs to
    item: bool = False              # a brief item of a bulletin, a chronicle or a teaser list

    def has_body(self, lines: list[Line]) -> bool:
        """Does it hold a line of text that is not a byline, a web page's metadata row (来源:某某网,
        2024-11-22 11:01) or a short word over the body (政务, 天津)?"""
        return any(any(_bodily(lines[i]) for i in p) for p in self.paras)

    def captions_only(self, lines: list[Line]) -> bool:
        """Does it hold no body but photo captions (■某交流团与某主席合照。)?  The dateline after them opens the story
        they caption, not another one, where its lead speaks of what they show: a web page prints the photo between
        the headline and the lead (a page's photo news over another story shares few of its words).  A caption
        whose credit is a paragraph of its own (昨天上午,某会议开幕。 / (记者 某某 摄)) is one too."""
        # (a caption printed over two lines is read whole: 6月7日,某某在长春会见某州 / 州长某某。 本报记者某某摄; read
        # lazily, the first paragraph that is no caption ending the look, so that a long draft costs one)
        texts = (t for p in self.paras if (t := "".join(lines[i].text for i in p if _bodily(lines[i])
                                                          or lines[i].byline and photo_caption(lines[i].text))))
        text = next(texts, None)
        if text is None:
            return False
        for after in chain(texts, (None,)):
            if not (photo_caption(text) or text.startswith(DECK_DASHES) or after is not None and _bare_credit(after)):
                return False
            text = after
        return True


DECK_DASHES = ("——", "－－", "--")      # a deck line under a photo, over the lead (——某某等主礼)
_BARE_CREDIT_MAX = 24


def _bare_credit(text: str) -> bool:
    """(记者 某某 摄), 本报记者 某某 摄: a photo's credit alone, the caption before it its own paragraph."""
    return len(text) <= _BARE_CREDIT_MAX and "。" not in text and photo_caption(text)


def _bodily(line: Line) -> bool:
    t = line.text
    if not t or line.byline or _META_ONLY_RE.match(t):
        return False
    return len(t) > _SHORT_WORD_MAX or any(c in t for c in "。，,；;！？!?")


# 来源:苍南新闻网 / 发布时间:2009年02月22日 / 2024-11-22 11:01 / a portal's address and time: a web page's row under
# its title
_META_ONLY_RE = re.compile(r"^(?:(?:信息)?来源|发布(?:时间|日期)|时间|日期|作者|编辑|责任编辑|浏览次数|点击)\s*[:：]"
                           r"|^[\d\s\-/.:：年月日]+$|^https?://\S+\s")     # (http://www.某网.cn  2012年02月27日)
_SHORT_WORD_MAX = 6


# a paragraph that opens with who did what (盐田区召开…, 市长某某到…调研), not with what the meeting did (会议指出)
_ANOTHER_ACTIVITY = re.compile(r"(?!会议|会上|会后|会前|他|她|其间|期间|随后|据悉|据了解|同时|此外|活动|仪式)"
                               r"[^,，。;；:：“”]{2,20}?(?:召开|举办|举行|开幕|闭幕|成立|揭牌|签约|签订|签署|会见|调研|视察|"
                               r"考察|检查|慰问|出席|参观|走访)")


def items(drafts: list[Draft], lines: list[Line], cues: PageCues) -> list[Draft]:
    """Cut bulletins and chronicles into their items and give each run of items its column (``extract.items``)."""
    def opens(p: list[int]) -> Line:
        return lines[p[0]]

    drafts = _numbered_runs_joined(drafts, lines)
    # a channel's list of stories, each its opening words cut off with …: most paragraphs of the page end so
    ends = [lines[p[-1]].text.endswith(_CUT_OFF) for d in drafts for p in d.paras]
    teasers = sum(ends) >= CHRONICLE_MIN and sum(ends) >= _CHRONICLE_SHARE * len(ends)
    out: list[Draft] = []
    for k, d in enumerate(drafts):
        if d.head and len(d.head) > 1 and lines[d.head[0]].label:     # 福田区 / 建构…新格局: a section's label
            d.column = lines[d.head[0]].text.rstrip(":：")
            d.head = d.head[1:]
        if not d.paras:
            d.item = bool(d.head) and (lines[d.head[0]].item or lines[d.head[0]].numbered)     # (1、标题 alone)
            out.append(d)
            continue
        if d.head and lines[d.head[0]].numbered:             # 01 标题 over its body: an entry of a numbered run
            d.item = True
            out.append(d)
            continue
        dateline = any(cues.dateline_re.match(opens(p).text) for p in d.paras)
        marked = (bool(d.head) and lines[d.head[0]].item) or opens(d.paras[0]).item
        # a day's entry (1日,…) printed over marked items (△ …) is an item of theirs
        nxt = drafts[k + 1] if k + 1 < len(drafts) else None
        marked = marked or (not dateline and any(opens(p).dated for p in d.paras[:2]) and nxt is not None
                            and bool(nxt.paras) and opens(nxt.paras[0]).item)
        flat = [i for p in d.paras for i in p]
        starts = chronicle_starts([opens(p).dated for p in d.paras], dateline, [opens(p).day_label for p in d.paras])
        if (not starts and not dateline and d.head and len(d.paras) >= 2 and all(opens(p).dated for p in d.paras)
                and _PERIOD_RE.match(lines[d.head[-1]].text.replace(" ", ""))):
            starts = list(range(len(d.paras)))      # 1 月 / 19日,…。 / 22日,…。: the days under their month
        if starts and all(opens(d.paras[j]).day_label for j in starts):
            # 1月21日 我县召开…: an entry runs from its day's label to the next, but for a paragraph of the day that
            # tells another activity (…。 / 盐田区召开…工作会议, …): an entry of its own
            entries = sorted(set(starts) | {j for j, p in enumerate(d.paras) if j > starts[0]
                                            and _ANOTHER_ACTIVITY.match(lines[p[0]].text)})
        elif starts:
            # every paragraph of a chronicle is an entry (同日 …, a second meeting of the day), but a
            # header ((四月)) joins the entry after it
            entries = [j for j, p in enumerate(d.paras) if not _is_header("".join(lines[i].text for i in p))]
        elif marked:
            # an item runs until the next mark or day (◆…。 / 同日,…)
            entries = [0] + [j for j, p in enumerate(d.paras) if j and (opens(p).item or opens(p).dated)]
        elif (numbered := _numbered_paras([lines[i].text for i in flat])
                          or _announced_paras([lines[i].text for i in flat])) and (
                not dateline or (numbered[0] and _ANNOUNCES_LIST.search(lines[flat[numbered[0] - 1]].text))):
            # 1、…。 2、…。 (a number may open a line run into a paragraph): each numbered part an item; a lead
            # before them is an article with the headline.  (A report with a dateline whose points are numbered,
            # 本报讯 会议决定:1、…, stays one article, unless it announces a list: 评出了十大新闻…如下:)
            bounds = [flat[j] for j in numbered] + [flat[-1] + 1]
            if numbered[0]:
                lead = _lines_between(d.paras, flat[0], bounds[0])
                title = [] if len(lead) < 2 or not _title_line(lead[-1], lines) else [lead.pop()]
                out.append(Draft(head=d.head, paras=lead))
                out += [Draft(head=title[0], paras=[])] if title else []     # 2017年十大新闻: the run's column
            elif d.head:
                out.append(Draft(head=d.head, paras=[]))        # the title printed right over the run: its column
            for a, b in zip(bounds, bounds[1:]):
                paras = _lines_between(d.paras, a, b)
                # 1、标题 over its body, or alone (a list of headlines): the item's headline (一、某某庆典 printed
                # with no blank line before the body: the first line of the paragraph)
                head = paras.pop(0) if _title_line(paras[0], lines) else None
                if head is None and len(paras[0]) > 1 and _title_line(paras[0][:1], lines):
                    head, paras[0] = paras[0][:1], paras[0][1:]
                out.append(Draft(head=head, paras=paras, item=True))
            continue
        elif (not dateline and len(d.paras) >= 2 and d.head and len(d.head) == 1
              and _BRIEFS_TITLE.fullmatch(lines[d.head[0]].text.strip(DECOR + "【】[]")) is not None
              and not any(opens(p).headline_like for p in d.paras)):
            # 创城动态 / 简讯 over paragraphs: a brief each, no mark (not a site's 最新动态 over a story's title)
            entries = list(range(len(d.paras)))
        elif teasers and all(lines[p[-1]].text.endswith(_CUT_OFF) for p in d.paras[:-1]):
            entries = list(range(len(d.paras)))     # a channel's list of stories, each its opening words and …
        elif not dateline and _signed_briefs([lines[p[-1]].text for p in d.paras]):
            entries = list(range(len(d.paras)))     # a round-up of briefs, each signed by its reporters
        else:
            out.append(d)
            continue
        before = d.paras[:entries[0]] if starts and len(entries) >= 2 else []
        lead = entries[0] if before and all(_title_lines(p, lines) for p in before) and not all(
            _is_header("".join(lines[i].text for i in p)) for p in before) else 0
        if lead:
            # 2024年某区政协大事记 / 一月份大事记 over the first day: the chronicle's titles, no entry (but a period
            # header alone, (五月), joins the entry after it)
            out.append(Draft(head=(d.head or []) + [i for p in d.paras[:lead] for i in p], paras=[]))
            d.head = None
        cuts = [lead]
        for j in (j for j in entries if j > lead):    # a header ((2024年5月)) before an entry joins it
            if not all(_is_header("".join(lines[i].text for i in p)) and not lines[p[0]].thumbnail
                       for p in d.paras[cuts[-1]:j]):
                cuts.append(j)
        cuts.append(len(d.paras))
        out += [Draft(head=d.head if a == 0 else None, paras=d.paras[a:b], item=True) for a, b in zip(cuts, cuts[1:])]
    kept: list[Draft] = []
    column: str | None = None
    for k, d in enumerate(out):
        if not d.item:
            nxt = out[k + 1] if k + 1 < len(out) else None
            if d.head and not d.paras and nxt is not None and nxt.item and not (
                    nxt.head and not lines[nxt.head[0]].item and not lines[nxt.head[0]].numbered):
                column = _column(lines[d.head[-1]].text)         # 县域快讯 over the items that follow (under
                continue                                         # a digest's own title, which is not an entry)
            column = None
            kept.append(d)
            continue
        if (d.head and not lines[d.head[0]].item and not lines[d.head[0]].numbered and d.paras
                and not _NUMBERED_PARA.match(lines[d.head[0]].text)):      # (一、某某庆典 over its body: its own)
            column = _column(lines[d.head[-1]].text)             # 要闻简报 printed over its first item (the
            #                                                      line nearest it: a page's title stands above)
            d.head = None
        d.column = column
        kept.append(d)
    return kept


# The title of a column of briefs (创城动态, 乡镇快讯, 简讯, 新闻速递): over paragraphs, each is a brief of its own
_BRIEFS_TITLE = re.compile(r"[\u3400-\u9fff]{0,6}(?:快讯|简讯|短讯|动态|速递|简报|播报)")
_CUT_OFF = ("…", "...")          # the end of a story's opening words in a list of stories
_NUMBERED_PARA = re.compile(r"\s*(?:0?([1-9][0-9]?)\s*(?:、|[.．](?![0-9]))|([一二三四五六七八九十]{1,2})、)")
NUMBERED_MIN = 3                # paragraphs opened by 1、 2、 3、 … before a body is read as a numbered run


# a paragraph closed by its reporters in brackets: …参与临床救治。(记者 王某某), …(记者李某、赵某)
_SIGNED_RE = re.compile(r"[。！？!?…”][(（](?P<who>(?:本报|新华社)?(?:记者|通讯员)\s*[\u3400-\u9fff、，, ]{2,24})[)）]$")


def _signed_briefs(ends: Sequence[str]) -> bool:
    """Do at least two paragraphs, half of them or more, close with their reporters in brackets, and are the
    credits not all the same (a round-up of signed briefs, not one report printed twice)?"""
    signed = [m.group("who") for t in ends if (m := _SIGNED_RE.search(t.strip()))]
    return len(signed) >= 2 and 2 * len(signed) >= len(ends) and len(set(signed)) > 1


def _title_line(para: list[int], lines: list[Line]) -> bool:
    """A paragraph of one short line with no sentence in it: a title (1、雄安新区设立,推进…)."""
    return len(para) == 1 and lines[para[0]].headline_like


def _numbered_runs_joined(drafts: list[Draft], lines: list[Line]) -> list[Draft]:
    """Drafts with no headline that go on with the numbered run of the draft before them (…3、… | 4、…) joined
    to it, so that ``items`` sees the whole run."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and prev.paras and d.paras and not d.head:
            flat = [i for p in prev.paras for i in p]
            run = _numbered_paras([lines[i].text for i in flat])
            first = _NUMBERED_PARA.match(lines[d.paras[0][0]].text)
            last = _NUMBERED_PARA.match(lines[flat[run[-1]]].text) if run else None
            if first and last and number_of(last) < number_of(first) <= number_of(last) + 2:
                prev.paras = prev.paras + d.paras       # 3、…。4、… (one run into another) | 5、…
                continue
        out.append(d)
    return out


def _announced_paras(texts: Sequence[str]) -> list[int]:
    """The lines that open a run numbered 一、 二、 … after a line that announces a list (十大新闻如下:); []
    otherwise (一、会议听取了… 二、…: a meeting's points)."""
    run = _numbered_paras(texts, chinese=True)
    return run if run and run[0] and _ANNOUNCES_LIST.search(texts[run[0] - 1]) else []


def _numbered_paras(texts: Sequence[str], *, chinese: bool = False) -> list[int]:
    """The lines that open a numbered run (1、…, 2、…, counting up by one from 1; with ``chinese`` 一、 二、 too),
    when there are at least ``NUMBERED_MIN`` of them; [] otherwise."""
    found, expect = [], 1
    for j, t in enumerate(texts):
        m = _NUMBERED_PARA.match(t)
        if m and not chinese and not m.group(1):
            continue
        if m and expect <= number_of(m) <= expect + (1 if found else 0):     # (one number lost in print)
            found.append(j)
            expect = number_of(m) + 1
    return found if len(found) >= NUMBERED_MIN else []


def _lines_between(paras: list[list[int]], lo: int, hi: int) -> list[list[int]]:
    """The paragraphs of ``paras`` cut to the lines ``lo`` to ``hi`` (exclusive)."""
    return [q for p in paras if (q := [i for i in p if lo <= i < hi])]


_PERIOD_RE = re.compile(r"^[(（]?(?:[0-9]{4}年)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?[)）]?$")


def _column(title: str) -> str | None:
    """The column a title printed over items names: 县域快讯; none for a period header (11月, (五月)); a title
    spaced out (大 事 记) or with the period after it (大事记1月) names the column alone (大事记)."""
    title = SPACED_OUT_RE.sub("", _LABEL_BEFORE_RE.sub("", title.strip()).strip(DECOR + "【】[]"))
    title = _NOTE_AFTER_RE.sub("", title) or title          # 十大新闻(以新闻事件发生时间为序): the note is no name
    if _PERIOD_RE.match(title.replace(" ", "")):
        return None
    period = _PERIOD_AFTER_RE.search(title)
    return title[:period.start()] if period and period.start() >= 2 else title


# [摘要] 本市要闻: a site's bracketed label before the column's title
_LABEL_BEFORE_RE = re.compile(r"^[\[【][^\]】]{1,4}[\]】]\s*(?=\S)")
_NOTE_AFTER_RE = re.compile(r"[(（][^()（）]{2,20}[)）]$")
_PERIOD_AFTER_RE = re.compile(r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?$")


_TITLE_LINE_MAX = 20


def _title_lines(para: list[int], lines: list[Line]) -> bool:
    """Is every line of the paragraph a short one with no sentence (2024年某区政协大事记, 一月份大事记)?"""
    return all(len(lines[i].text.strip()) <= _TITLE_LINE_MAX and not any(c in lines[i].text for c in _SENTENCE_END)
               for i in para)


def _is_header(text: str) -> bool:
    """A chronicle's period header or a line with no sentence: (四月), (2024年5月)."""
    return len(text) <= 12 and not any(c in text for c in "。；;！？!?")
