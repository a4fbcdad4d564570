"""The lines of an e-paper page, read one by one for the page splitter (``extract.page``).

Each non-blank line is stripped, its jump markers ((下转第2版), (上接第1版)) are
cut out and kept as page numbers, and it is classified: does it close a
sentence, is it a byline (记者 X 通讯员 Y), does it open an article (a dateline,
a lead byline, an (上接) marker), could it be a headline.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from extract.masthead import CJK_RE, DECOR, LIST_ROW_RE, TEASER_END_RE, WRITERS_AT_END_RE, PageCues, page_number
from extract.records import TextSpan
from extract.textutil import PERSONAL_NOTE

__all__ = ["BYLINE_PAREN_RE", "Line", "classify", "close_captions", "close_name_lists", "is_byline", "iter_lines",
           "make_line", "photo_news"]

_SENTENCE_END = set("。！？!?；;…")
_CLAUSE_OPEN = set("，,、：:（(“‘《〈【[")
_CLOSERS = set("”’」』)）】》〉\"'")
_HEADLINE_MAX = 80
# an old chronicle's day in Chinese numerals (二日, 十五日, 廿三日), a label only where a space sets it off
_CN_DAY = r"(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)日"
# a chronicle entry's date: 8月1日, / 3月14日至18日, / 1日 / 2024年5月6日上午,
_DATED_RE = re.compile(r"(?:(?:[0-9]{4} ?年 ?)?(?:[0-9]{1,2} ?月 ?)?[0-9]{1,2}(?: ?日)?"       # (1 月 15~17 日: a scan's spaces)
                       r"(?: ?[至到—~～-] ?(?:[0-9]{1,2} ?月 ?)?[0-9]{1,2})?(?<=日)|"
                       r"(?:[0-9]{4} ?年 ?)?(?:[0-9]{1,2} ?月 ?)?[0-9]{1,2}(?: ?日)?(?: ?[至到—~～-] ?(?:[0-9]{1,2} ?月 ?)?[0-9]{1,2}) ?日"
                       rf"|同日|当日|当天|次日|是日|{_CN_DAY}(?=[ \t\u3000]))"
                       r"(?:[上中下]午|晚上?|早上?|凌晨)?(?:[,，、\s]|(?=[\u3400-\u9fff])|$)")
_ORDINAL_RE = re.compile(r"(?:[一二三四五六七八九十]{1,3}、\s*)?")     # (matches always: empty when none)
_DAY_LABEL_RE = re.compile(r"(?:(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日[:：]?|[0-9]{1,2}日(?:\s*[—至~～-]\s*[0-9]{1,2}日)?"
                           rf"|{_CN_DAY})"
                           r"(?:(?<=[:：])\s*|\s+)(?=\S)")     # (6日—7日 为期两天的…, 二日 全省…: a day alone, set off by a space)
# a sitting's number set off as a label before its day (【常委会会议】 第15次会议 1月7日召开,…): a yearbook's record
SITTING_LABEL_RE = re.compile(r"(?:【[^】\s]{2,12}】\s*)?第[0-9一二三四五六七八九十百]{1,4}次(?:[(（][\u4e00-\u9fff]{1,4}[)）])?"
                              r"(?:全体)?会议\s+([0-9]{1,2})月[0-9]{1,2}日")
# ▲ 某某在会上讲话。(某某 摄): a marked line closed by its photo's credit is a caption, not a brief item
_PHOTO_CREDIT_END = re.compile(r"。\s*[(（]?[^()（）。]{0,16}(?:摄|摄影|供图)[)）]?$")
# a credit line closing an article: 来源:局办公室 / 责任编辑:王某 (never a headline)
_CREDIT_RE = re.compile(r"^[(（【\[]?(?:来源|信息来源|稿件来源|作者|编辑|责任编辑|责编|编审|审核|审校|校对|一审|二审|三审|"
                        r"摄影|供稿|撰稿|通讯员|记者|监制|版面设计|美编|栏目主编|主编|转自|转载自)\s*(?:[(（][一二三终]审[)）])?"
                        r"(?:\s*[:：/／]|[】\]]\s*)")         # 责任编辑:某某, 监制/某某, 【作者】 某某
# a section label printed over a headline: a place (福田区, 吴村镇) or a short name and a colon (罗湖:)
_LABEL_RE = re.compile(r"^(?:[\u3400-\u9fff]{1,4}[区县市镇乡旗]|[\u3400-\u9fff]{2,8}[:：])$")
_CREDIT_ENDS = ("摄", "供图", "摄影", "摄影报道", "图/文", "文/图")
# 开幕会现场(记者某某 摄), 闭幕式现场(摄影 某某): a photo's caption closed by its credit in brackets
_BRACKETED_CREDIT_END = re.compile(r"[(（][^()（）]{0,20}(?:摄|摄影|供图)[^()（）]{0,12}[)）]\s*$")
# a caption of a picture story opened by its credit: 本报全媒体记者 某某 摄 2021年1月15日,…。
_CREDIT_OPENS_RE = re.compile(r"^[^\s,，。]{0,12}?(?:记者|通讯员|摄影)\s*[\u3400-\u9fff·]{2,5}(?:[\s、][\u3400-\u9fff·]{2,5})*"
                              r"\s*摄\s+(?=\S[^。]*。)")
# a teaser entry in brackets on a line of its own: 【全县秋季农业生产工作会议召开】
_TEASER_RE = re.compile(r"【[^【】。；;！？]{6,60}】")
# an entry of a numbered run: 01 标题 / 2、标题 / 3. 标题 (not 1日, not a year)
NUMBERED_RE = re.compile(r"^(?:0?[1-9]|[1-9][0-9])(?:\s*[.、．]\s*|\s+)(?=[\u3400-\u9fff])")
BYLINE_PAREN_RE = re.compile(r"\s*[(（](?P<body>[^()（）\n]{2,60})[)）]")
_NAME_TOKEN = re.compile(r"[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]+[·•][\u3400-\u9fff·•]+")
# 江城日报 in 江城日报记者, “某某”采访团 in …采访团记者, a client and its paper (广西云-广西日报记者)
_OUTLET_TOKEN = re.compile(r"[\u3400-\u9fff“”‘’]{1,16}(?:[-·—][\u3400-\u9fff]{1,12})?")
# The words that close a credit after the place a report was filed from (记者 张三 临沂报道).
_FILED_WORDS = ("报道", "报导")
_JUMP_ON = {"下转", "转至", "转"}
_JUMP_RE = re.compile(
    r"[(（]\s*(?P<dir>下转|转至|转|接上|上接|紧接|续)\s*(?:第\s*)?[A-Za-z]?\s*"
    r"(?P<page>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版[^()（）\n]{0,8}[)）]"
)


@dataclass(slots=True)
class Line:
    """One line of a page as the splitter reads it."""

    start: int                      # content span in Source.text (stripped)
    end: int
    text: str                       # the content without jump markers
    pieces: list[TextSpan]          # spans of the content without jump markers
    last_end: int                   # end of the last consecutive copy of this line
    copies: int = 1
    to_page: int | None = None      # (下转第N版)
    from_page: int | None = None    # (上接第N版)
    starts_article: bool = False    # a dateline, a lead byline or a (上接) marker opens it
    byline: bool = False            # the whole line is a byline (记者 X 通讯员 Y)
    closed: bool = False            # ends a sentence
    headline_like: bool = False
    head: bool = False
    item: bool = False              # opened by an item mark (◆ ■ ★): a bulletin's brief item or a teaser entry
    numbered: bool = False          # opened by a number (01 标题): a numbered run's entry
    label: bool = False             # a section label over a headline: 福田区 / 罗湖: (the entry's column)
    dated: bool = False             # opens with a day (8月1日, / 3日 ): an entry of a chronicle (大事记)
    goes_on: bool = False           # goes on with the headline line above it (…政治协商会议 / 第十届…委员会)
    day_label: bool = False         # opens with a month and day set off as a label (1月21日 …, 9月1日:)
    titled: bool = False            # a web page's headline over its metadata row (发布时间:…)
    under_label: bool = False       # the first line under a column label (【天气】, >>两会聚焦): nothing above owns it
    caption: bool = False           # a post and a name, nothing else (县委副书记、县长田兴国): a photo's caption
    thumbnail: bool = False         # a thumbnail's caption at the foot of a picture page (会场一角): an entry
    signed: bool = False            # a notice's dated signature (2009年9月28日于某办公室): no headline, nor the line under it
    roster: bool = False            # a name and the posts after it (成员:陈某某省财政厅副厅长): a roster's row, a line of its own


def iter_lines(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each non-blank line's stripped content."""
    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        raw = text[pos:end]
        stripped = raw.strip()
        if stripped:
            s = pos + (len(raw) - len(raw.lstrip()))
            yield s, s + len(stripped)
        if nl < 0:
            break
        pos = nl + 1


# a photo's credit after the caption's last sentence (…精神。摄影/马某, …落成。 新华社记者宋某摄), or the writers'
# (…沈阳北站。记者 刘某 陈某): the line is closed
_CREDIT_AFTER_SENTENCE = re.compile(r"[。！？!?]\s*(?:(?:摄影|摄|图)\s*[/／:：]\s*[\u3400-\u9fff]{2,4}"
                                    r"(?:[\s、]+[\u3400-\u9fff]{2,4})*|[^。！？!?]{1,20}(?:摄|摄影|供图)"
                                    r"|(?:本报|本台|本网)?(?:全媒体|融媒体|见习)?(?:记者|通讯员)[ \u3000]*[\u3400-\u9fff]{2,3}"
                                    r"(?:[ \u3000、]+[\u3400-\u9fff]{2,3}){0,3})$")


def _is_closed(t: str) -> bool:
    if _CREDIT_AFTER_SENTENCE.search(t[-40:]):
        return True
    i = len(t) - 1
    while i >= 0 and t[i] in _CLOSERS:
        if t[i] in ")）":                        # (记者 X) after a sentence: look before the bracket
            j = max(t.rfind("(", 0, i), t.rfind("（", 0, i))
            if j > 0 and t[:j].rstrip(" \u3000\xa0")[-1:] in _SENTENCE_END:
                return True                     # (…主持。 (张三): a space before the bracket too)
            if j == 0:
                return True
        i -= 1
    return i >= 0 and (t[i] in _SENTENCE_END or t[i] in "：:")


def _is_name(token: str, cues: PageCues) -> bool:
    if not _NAME_TOKEN.fullmatch(token):
        return False
    return cues.surnames is None or "·" in token or "•" in token or token[0] in cues.surnames or token[:2] in cues.surnames


_BRACKETED_WORD = re.compile(r"[【\[]([^【】\[\]\s]{1,8})[】\]]")


_SPACED_OUT_WORD = re.compile(r"^([\u4e00-\u9fff])[ \u3000\u00a0]([\u4e00-\u9fff])(?=[ \u3000]*[:：])")


def is_byline(t: str, cues: PageCues) -> bool:
    """Whether ``t`` is a byline: reporter words and names only (江城日报记者 周敏 本报记者 林华)."""
    t = _BRACKETED_WORD.sub(r"\1 ", t).replace("◎", " ").strip(DECOR)   # 【通讯员】甲 乙, 记者◎甲: the word set off
    if not t or len(t) > 50 or any(c in t for c in "。，,；;"):
        return False
    seen_word = False
    for token in re.split(r"[\s、]+", t):
        if not token:
            continue
        if token in cues.reporters:
            seen_word = True
            continue
        prefix = next((p for p in cues.reporter_prefix if token.startswith(p)), None)
        if prefix is not None:                      # 文/张三
            seen_word = True
            token = token[len(prefix):]
            if not token:
                continue
        else:
            word = next((w for w in cues.reporters_longest if w in token), None)
            if word is not None:                    # 江城日报记者, 记者张三, 张三摄
                before, _, after = token.partition(word)
                filed = not after and before in cues.places and word in _FILED_WORDS     # 临沂报道: filed from
                if (after and not _is_name(after, cues)) or (before and not _OUTLET_TOKEN.fullmatch(before)) or (
                        not after and before in cues.places and not filed):
                    return False        # (延吉摄影: a site's menu item, a place and a word, no outlet)
                seen_word = True
                continue
        if not _is_name(token, cues):
            return False
    return seen_word


def classify(ln: Line, cues: PageCues) -> None:
    t = ln.text
    ln.signed = _SIGNED_DATE_RE.fullmatch(t.strip()) is not None
    ln.closed = ln.to_page is not None or (bool(t) and _is_closed(t)) or bool(_MONTH_HEADING_RE.fullmatch(t.strip())) or ln.signed
    ln.closed = ln.closed or TEASER_END_RE.search(t) is not None     # …工作。[详细内容]: the teaser ends at its link
    if not t:
        ln.starts_article = ln.from_page is not None
        ln.closed = True
        return
    paren = BYLINE_PAREN_RE.match(t)
    ln.byline = is_byline(t, cues) or bool(
        paren and paren.end() == len(t) and is_byline(paren.group("body"), cues))
    ln.item = not ln.byline and len(t) > 1 and (t[0] in cues.item_marks or _TEASER_RE.fullmatch(t) is not None
                                                 or LIST_ROW_RE.match(t) is not None)
    bare = t.lstrip("".join(cues.item_marks) + " \u3000") if ln.item else t
    if ln.item and t[0] in "▲△" and _PHOTO_CREDIT_END.search(t):
        ln.item = False             # ▲ 某某在会上讲话。(某某 摄): a photo's caption, the story's (``photo_news``)
    # 一、8月15日下午,…: a week's list of leaders' activities numbers its dated entries
    ln.dated = _DATED_RE.match(bare, _ORDINAL_RE.match(bare).end()) is not None
    ln.day_label = _DAY_LABEL_RE.match(bare) is not None
    if SITTING_LABEL_RE.match(bare):
        ln.dated = ln.day_label = True      # 第16次会议 1月8日召开,…: a yearbook's record of a sitting
    ln.numbered = NUMBERED_RE.match(t) is not None and not _MONTH_HEADING_RE.fullmatch(t.strip())    # (not 2 月)
    if ln.numbered and not ln.byline and any(c in t for c in "。；;！？!?"):
        ln.item = True              # 2 县农业局开展专项行动4月2日,…。: a numbered entry run into one line
    ln.label = _LABEL_RE.match(t) is not None
    credit = (t.endswith(_CREDIT_ENDS) or _BRACKETED_CREDIT_END.search(t) is not None) and not _menu_item(t, cues)
    if _CREDIT_RE.match(_SPACED_OUT_WORD.sub(r"\1\2", t)) or credit or WRITERS_AT_END_RE.search(t):
        # (…考察。梁秋摄 / 图为…: a photo credit; 编 辑: 某某: a credit word spaced out)
        ln.closed = True                                                # ends the line (and a stamp row's writers)
    if ln.byline:
        ln.closed = True
        ln.starts_article = False
    else:
        # an item with a sentence in it opens the item's body (◆9月20日,县委书记…。)
        # (…的字眼,对此,某某说出了心中之想……[全文]: a teaser's lead opens the teaser's entry)
        ln.starts_article = TEASER_END_RE.search(t) is not None or (
            ln.from_page is not None and ln.pieces[0][0] > ln.start) or bool(
            cues.dateline_re.match(t) or _CREDIT_OPENS_RE.match(t)) or bool(
            paren and is_byline(paren.group("body"), cues)) or (
            ln.item and (len(t) > _HEADLINE_MAX or any(c in t for c in "。；;！？!?")
                         or (len(t) > 40 and any(c in t for c in "，,"))))
    commas = sum(t.count(c) for c in "，,")
    ln.headline_like = (
        not ln.starts_article and not ln.byline and not ln.dated and _CREDIT_RE.match(t) is None
        and 2 <= len(t) <= _HEADLINE_MAX
        and not any(c in t for c in "。；;")
        and t[-1] not in _CLAUSE_OPEN
        and t[0] not in "(（，,。、：:；;)）》”’"
        and commas <= 2 and t.count("、") <= 3      # (甲、乙、丙、丁、…: a list, not a headline)
        and CJK_RE.search(t) is not None
        and not _CAPTION_ROW_RE.fullmatch(t)
        and not credit                       # 赵某致辞 付某 摄: a photo's caption, never a headline
    ) or (ln.label and not ln.starts_article and not ln.byline)
    if _CAPTION_ROW_RE.fullmatch(t):
        ln.closed = True            # 某某主持会议 | 某某发言 |: the captions of a row of photos, the article's own
    ln.caption = not ln.byline and _is_post_and_name(t, cues)
    row = cues.roster_row_re.fullmatch(t) if cues.roster_row_re is not None and len(t) <= _ROSTER_ROW_MAX else None
    ln.roster = row is not None and cues.surnames is not None and row.group("name")[0] in cues.surnames
    holders = _POST_NAMES_ROW.fullmatch(t) is not None
    if ln.caption and _SPACED_NAME.search(t) or holders:
        ln.closed = True            # 办公室主任 何永安: a signature or a roster's row, a space before the name;
        #                             副组长:甲 乙: a post and its holders, a row of a list of members
    if ln.caption or ln.signed or holders:
        ln.headline_like = False    # 县委书记杨启明: a person, never a headline


_CAPTION_MAX = 30
_POST_NAMES_ROW = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]?){1,6}[长员任席记][:：][ \u3000]*[\u4e00-\u9fff]{1,4}"
                             r"(?:[ \u3000、]+[\u4e00-\u9fff]{1,4})*")
_ROSTER_ROW_MAX = 60    # a label, a name and its posts (at most 43 characters) with room for spaces: longer lines are text
# a post and a name a space apart (办公室主任 何永安): a signature or a roster's row, not a photo's caption
_SPACED_NAME = re.compile(r"[\u3400-\u9fff][ \u3000]+[\u3400-\u9fff]{2,4}(?:[(（][男女][)）])?$")
_NOTE_RE = re.compile(PERSONAL_NOTE + "$")       # 林郑月娥(女): a roster row's note after the name
_NOT_IN_CAPTION = set("。，,；;：:！？!?()（）“”《》")


def _is_post_and_name(t: str, cues: PageCues) -> bool:
    if (cues.post_name_re is None or len(t) > _CAPTION_MAX or any(c in _NOT_IN_CAPTION for c in _NOTE_RE.sub("", t))
            or t[0] in "—-－"):          # ——记某村党支书某某: a subheadline
        return False
    m = cues.post_name_re.search(t)
    if m is None or not _is_name(name := m.group("name"), cues):
        return False
    if len(name) == 4 and cues.surnames is not None and not (
            name[:2] in cues.surnames or name[0] in cues.surnames and name[1] in cues.surnames):
        return False                    # (林郑月娥, 欧阳某某: a name of four only with two surnames first)
    before = t[:m.start()]              # 某某会见某国大使某某: a headline with a verb, not a caption
    return not any(before[i:i + n] in cues.verbs for i in range(len(before)) for n in range(1, cues.verb_max + 1))


def _menu_item(t: str, cues: PageCues) -> bool:
    """延吉摄影, 新闻摄影: a site's menu item (a place or 新闻 and 摄影), not a photo credit after a name."""
    for end in ("摄影", "摄"):
        if t.endswith(end):
            head = t[:-len(end)].strip()
            return head in cues.places or head in ("新闻", "图片", "视频")
    return False


def headline_text(ln: Line, cues: PageCues) -> str:
    """The text of a headline line without its item mark, list bullet or number (★标题, - 2014-10-16标题, 1、标题,
    二、标题)."""
    t = ln.text.lstrip("".join(cues.item_marks) + " \u3000")
    t = _CHINESE_ORDINAL_RE.sub("", NUMBERED_RE.sub("", LIST_ROW_RE.sub("", t, count=1) if ln.item else t))
    t = _TITLE_STAMP_RE.sub("", t)
    return _TITLE_BUTTON_RE.sub("", _TITLE_FIELD_RE.sub("", t)) or t


_CHINESE_ORDINAL_RE = re.compile(r"^[一二三四五六七八九十]{1,2}、(?=[\u3400-\u9fffA-Za-z0-9“])")
# a web page's field label or cell bar before its title (标题:某某, 主题:某某, | 某某) and a button after it ([复制链接])
_TITLE_FIELD_RE = re.compile(r"^[|｜\s]*(?:(?:文章|新闻)?(?:标题|主题|题目)\s*[:：]\s*)?")
# a portal's address and time stamp printed right after the title (…抗震救灾http://www.sina.com.cn 2008年05月20日01:57 新华网)
_TITLE_STAMP_RE = re.compile(r"(?<=[\u3400-\u9fff”》)）])\s*(?:https?://|www\.)\S*.*$")
_TITLE_BUTTON_RE = re.compile(r"\s*[\[【](?:复制链接|打印本页|打印|关闭|收藏|分享)[\]】]\s*$")


def mark_runs(lines: list[Line]) -> None:
    """Runs of lines that the headline finder reads as wholes: captions (``close_captions``), lists of names
    (``close_name_lists``) and photo news (``photo_news``)."""
    close_captions(lines)
    close_name_lists(lines)
    photo_news(lines)
    day_headings(lines)
    sign_issuers(lines)
    after_teasers(lines)


def after_teasers(lines: list[Line]) -> None:
    """A list of teasers, each the first words of a story and a link to the rest (…工作。[详细内容] / 近日,…): the
    paragraph under a teaser's link opens the next teaser, the last one cut off by the page without its link."""
    for prev, ln in zip(lines, lines[1:]):
        if TEASER_END_RE.search(prev.text) and not ln.headline_like and not ln.byline and ln.text:
            ln.starts_article = True


# The bodies that issue a notice, each alone on its line: over the signature's date or under the closing formula
# (…特此公告。⏎某某常务委员会⏎2011年2月25日), or over the document's title (中共某镇委员会⏎某镇人民政府⏎关于…的通知)
ISSUER_RE = re.compile(r"[\u3400-\u9fff()（）]{2,30}(?:委员会|政府|办公室|办公厅|委|局|厅|部|院|会|处|中心|公司|办)")
_CLOSING_FORMULA_RE = re.compile(r".*(?:特此[\u3400-\u9fff]{2}|此复)[。！!]?")


def sign_issuers(lines: list[Line]) -> None:
    """The issuers' lines of a notice's signature are signed like the date under them: no headline.  Over the
    document's title (关于…) they are its head's first lines (``extract.heads``)."""
    full = [i for i, ln in enumerate(lines) if ln.text.strip()]
    k = 0
    while k < len(full):
        run = k
        while run < len(full) and ISSUER_RE.fullmatch(lines[full[run]].text.strip()):
            run += 1
        if run == k:
            k += 1
            continue
        before = lines[full[k - 1]].text.strip() if k else ""
        after = lines[full[run]] if run < len(full) else None
        heads_title = after is not None and after.text.lstrip().startswith("关于")
        if not heads_title and (run - k >= 2 or (after is not None and after.signed)
                                or _CLOSING_FORMULA_RE.fullmatch(before)):
            for i in full[k:run]:
                lines[i].signed, lines[i].closed, lines[i].headline_like = True, True, False
        k = run


# A day alone on its line over the entry it dates (大事记: 11日 / 1月11日: / 6日—7日)
# A chronicle's month standing alone over its days (1 月, (2月), 2001年3月): it runs into no line after it.
_MONTH_HEADING_RE = re.compile(r"[(（]?(?:[0-9]{4} ?年 ?)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?月(?:份)?[)）]?")
_DAY_HEADING_RE = re.compile(r"(?:[0-9]{1,2} ?月 ?)?[0-9]{1,2} ?日(?:\s*[—至~～-]\s*(?:[0-9]{1,2} ?月 ?)?[0-9]{1,2} ?日)?[:：]?")   # (3月 3日: a scan's spaces)
_DAY_HEADINGS_MIN = 2
# A notice's dated signature line (二〇〇九年九月二十八日于行政长官办公室, 2024年3月1日): no sentence goes on from it
_SIGNED_DATE_RE = re.compile(r"(?:[0-9]{4}|[〇零○一二三四五六七八九]{4}) ?年 ?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?月 ?"
                             r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?日(?:[于於在][\u3400-\u9fff]{2,20})?")


def day_headings(lines: list[Line]) -> None:
    """A chronicle that prints each day alone on a line over its entry (11日 / 1月11日,区政协召开…): where two or
    more such days stand over a line of text, each opens an entry that its next lines continue, as a day set off
    as a label does on the entry's own line.  Not on a page of marked items (9月1日: / △…。 / △…。)."""
    if any(ln.item for ln in lines):
        return              # 1日 / 济宁…。 / △…: the marks cut the entries (``extract.items``)
    days = [k for k, ln in enumerate(lines[:-1])
            if _DAY_HEADING_RE.fullmatch(ln.text.strip()) and lines[k + 1].text.strip()
            and not _DAY_HEADING_RE.fullmatch(lines[k + 1].text.strip())]
    if len(days) < _DAY_HEADINGS_MIN:
        return
    for k in days:
        ln = lines[k]
        ln.day_label = ln.dated = True
        ln.closed = ln.headline_like = ln.head = False
        if k > 0 and lines[k - 1].text.strip():
            lines[k - 1].closed = True      # the entry before ends over the day


def photo_news(lines: list[Line]) -> None:
    """图片新闻: photos each captioned with a sentence and its credit (…。新华社记者 某某 摄), one under the other:
    each caption after the first opens an item of its own where it is dated (3月4日,…) or where the captions run
    to ``_GALLERY_MIN`` or more with no story after them (a page of photos; captions over a story are the story's)."""
    def captioned(ln: Line) -> bool:
        return ln.text.endswith(_CREDIT_ENDS) and "。" in ln.text

    pictures = bool(lines) and _PICTURE_PAGE_RE.search(lines[0].text) is not None     # 图集丨…, …(组图)
    run = 0
    for k, ln in enumerate(lines):
        run = run + 1 if captioned(ln) else 0
        if run == 1:
            n = next((m for m in range(k, len(lines)) if not captioned(lines[m])), len(lines)) - k
            after = lines[k + n] if k + n < len(lines) else None      # (a gallery over a story is the story's)
            gallery = n >= _GALLERY_MIN and (after is None or after.headline_like)
            if pictures and gallery and k > 1 and lines[k - 1].closed:
                ln.starts_article = True        # a picture page's lead, then its captions: the first one too
        elif run > 1 and (gallery or ln.dated):
            ln.starts_article = True
    if pictures:
        thumbnails(lines)


# A page that says it is one of pictures: 图集丨标题, 标题(组图)
_PICTURE_PAGE_RE = re.compile(r"[(（\[【](?:组图|多图|图集|高清组图)[)）\]】]|^(?:图集|组图)\s*[丨|｜:：]")
_THUMBNAIL_MAX = 40             # a thumbnail's caption: a short line with no sentence end


def thumbnails(lines: list[Line]) -> None:
    """The captions of a picture page's thumbnails, one a line under the report and none a sentence (代表们听取发言 /
    会场一角 / 某某发言): when ``_GALLERY_MIN`` or more end the page, each is an entry of its own."""
    k = len(lines)
    while k > 1 and len(lines[k - 1].text) <= _THUMBNAIL_MAX and not lines[k - 1].closed and lines[k - 1].text:
        k -= 1
    if len(lines) - k >= _GALLERY_MIN and lines[k - 1].closed:
        for ln in lines[k:]:
            ln.starts_article = ln.closed = ln.item = ln.thumbnail = True     # (no sentence, yet no furniture)
            ln.headline_like = False


_GALLERY_MIN = 3


def close_captions(lines: list[Line]) -> None:
    """Photos of the leaders on the rostrum, each captioned with a post and a name on a line of its own
    (县委书记杨启明 / 县委副书记、县长田兴国 / …): two or more such lines in a row each end a paragraph, so
    that one caption's name never runs into the next caption's organ.  A single such line may be a
    sentence broken at the line end (会议由县委书记杨启明 / 主持。) and stays as it is."""
    for i, ln in enumerate(lines):
        if ln.caption and ((i > 0 and lines[i - 1].caption) or (i + 1 < len(lines) and lines[i + 1].caption)):
            ln.closed = True


# A line of names only (甲、乙(女)、丙 / 甲 乙 丙): a list under a heading, no sentence to go on
_NAME_LIST_LINE = re.compile(r"[\u3400-\u9fff·]{2,8}(?:[(（][男女][)）])?"
                             r"(?:[、,，\s\u3000]+[\u3400-\u9fff·]{2,8}(?:[(（][男女][)）])?)+[。;；]?")


# A line of a roster, one member or post a line (梁某议员,GBS,JP / 财政司司长 / 政务司司长 (主席) / 郑某博士, GBS,
# JP(副主席) / (甲)某委员会, a part's heading): a short run of Chinese characters, a bracket, letters of honour after
# commas; no sentence
_ROSTER_LINE = re.compile(r"(?:[(（][甲乙丙丁一二三四五六七八九十]{1,2}[)）])?[\u3400-\u9fff·]{2,16}"
                          r"(?:\s*[(（][^()（）]{1,8}[)）])?(?:\s*[,，、]\s*[A-Z]{2,5})*(?:\s*[(（][^()（）]{1,8}[)）])?[#＃*＊]?")
# 非官方委员 (a rule under it): a post alone on its line, over the members listed a name a line
_ROSTER_HEADING = re.compile(r"[\u3400-\u9fff]{0,6}(?:委员|成员)")
_ROSTER_RUN_MIN = 3         # fewer lines may be a sentence broken at the line ends


def close_name_lists(lines: list[Line]) -> None:
    """The lines of a list under a heading that ends with a colon (委员名单:⏎甲、乙、丙⏎⏎会议由…; 下列人士获委任
    为某委员会委员:⏎梁某议员,GBS,JP⏎财政司司长⏎…): each ends its paragraph, so that the last name never runs
    into the next line's words.  A roster of a member a line is closed only where three lines or more run."""
    opened = False
    for i, ln in enumerate(lines):
        listed = opened and _NAME_LIST_LINE.fullmatch(ln.text) is not None
        if listed:
            ln.closed = True
        elif opened:
            j = i
            while j < len(lines) and _ROSTER_LINE.fullmatch(lines[j].text) is not None:
                j += 1
            for x in lines[i:j] if j - i >= _ROSTER_RUN_MIN else ():
                x.closed, x.headline_like = True, False     # (a member's line heads no story)
        opened = listed or ln.text.endswith((":", "：")) or _ROSTER_HEADING.fullmatch(ln.text) is not None


# A row of photo captions laid out as a table: short cells joined by | (甲主持会议 | 乙列席会议 |).
_CAPTION_ROW_RE = re.compile(r"[^|｜。]{2,20}(?:\s*[|｜]\s*[^|｜。]{2,20})*\s*[|｜]\s*(?:[^|｜。]{2,20})?")


def make_line(text: str, s: int, e: int) -> Line:
    pieces: list[TextSpan] = []
    to_page = from_page = None
    cursor = s
    for m in _JUMP_RE.finditer(text, s, e):
        if m.group("dir") in _JUMP_ON:
            to_page = page_number(m.group("page"))
        elif from_page is None:
            from_page = page_number(m.group("page"))
        pieces.append((cursor, m.start()))
        cursor = m.end()
    pieces.append((cursor, e))
    clean: list[TextSpan] = []
    for a, b in pieces:
        seg = text[a:b]
        st = seg.strip()
        if st:
            a2 = a + (len(seg) - len(seg.lstrip()))
            clean.append((a2, a2 + len(st)))
    ln = Line(s, e, "".join(text[a:b] for a, b in clean), clean, e, to_page=to_page, from_page=from_page)
    return ln
