"""The page's furniture: the masthead (paper, issue date, 总第N期, 第N版, 主办/出版) and the cue words.

``PageCues`` holds the splitter's words, built from the lexicons once per
vocabulary (``Vocabulary.page_cues``).  ``read_furniture`` tells whether a
line is masthead or page furniture and reads what it says into a ``Masthead``;
``extract.page`` takes such lines out of the articles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract import lexicon
from extract.dates import DateWords, issue_date_from_text
from extract.dates import date_words as load_date_words
from extract.textutil import PERSONAL_NOTE, compile_words, words_pattern

__all__ = ["CJK_RE", "DECOR", "Masthead", "PageCues", "SPACED_OUT_RE", "WRITERS_AT_END_RE", "column_named", "page_cues",
           "page_number", "read_furniture"]

_FURNITURE_MAX = 60             # masthead lines are short
_ISSUE_NO_RE = re.compile(r"总第\s*[0-9０-９]+\s*期|^[0-9０-９]{1,6}\s*期(?=\s|/|$)")
_WEB_DATE_RE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[-./]([0-9]{1,2})[-./]([0-9]{1,2})(?![0-9])")
# 第2版:要闻, 当前版:02版 (a page number after a label's colon needs no 第)
_PAGE_IN_LINE_RE = re.compile(r"(?:(?:^|[\s/|｜:：])第|[:：])\s*[A-Za-z]{0,3}\s*0*(?P<page>[0-9０-９]{1,3})\s*版(?:[\s:：/|｜]|$)")
_PAGE_NO_RE = re.compile(r"^第?\s*[A-Za-z]{0,3}\s*0*(?P<page>[0-9０-９]{1,3})\s*版")
# a site's own labels on a line of their own: 新华丝路首页, 某某网移动版, 地方频道:, 某某网群, 跳过导航, (Logo-image), Slogan
_NAV_LABEL_RE = re.compile(r"[\u3400-\u9fff]{0,10}(?:首页|移动版|手机版|客户端|网群|频道|资讯)[:：]?|跳过导航|跳转到?导航|"
                           r"[\u3400-\u9fff]{2,6}切换|(?:从正文)?(?:移动)*到主菜单|关注[\u3400-\u9fff]{1,8}(?:网|公众号|微博|微信)|"
                           r"[\u3400-\u9fff]{2,8}(?:[:：]\s*更多[\u3400-\u9fff]{0,4}|\s*更多\s*(?:>>|»|＞＞))|"
                           r".{0,20}\(?(?:Logo|Slogan)[-\w]*\)?.{0,20}")     # (中国某某网Slogan: the site's banner image)
_URL_RE = re.compile(r"(?:https?://|www\.)[\w./?=&%#:-]+", re.ASCII)
# the number an HTML list gives each of its entries, as a page's text keeps it (1. 版面导航)
_LIST_NO_RE = re.compile(r"^[0-9]{1,2}\.\s+(?=\S)")
# the fields of a record exported from a newspaper database, one a line (【报纸名称】, 【出版日期】, 【全文】)
_DB_FIELD_RE = re.compile(r"^【(报纸名称|出版日期|版次|版名|版号|入库时间|全文|正文|作者|副篇名|副标题|引题|栏目|分类号|文献号|"
                          r"类型|关键词|地址|所属分类)】[:：]?")
_PHONE_RE = re.compile(r"\d{7,}|\d{3,4}-\d{7,8}")
_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
DECOR = "□■●◎◆◇▲△★☆※·•|｜>＞ ×"     # (× closes a pop-up: 某某公众号 ×)


def page_number(token: str) -> int | None:
    """The number of a page as written in 第N版: "3", "三", "３" -> 3."""
    token = token.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if token.isdigit():
        return int(token)
    if "十" in token:
        tens, _, ones = token.partition("十")
        return (_CN_NUM.get(tens, 1) if tens else 1) * 10 + (_CN_NUM.get(ones, 0) if ones else 0)
    return _CN_NUM.get(token)


def _iso(m: re.Match[str]) -> tuple[str, tuple[int, int]] | None:
    y, mo, d = (int(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}", m.span()


# --- lexicon cues -------------------------------------------------------------

@dataclass(frozen=True)
class PageCues:
    """The cue words of the page splitter, from the lexicons (part of ``Vocabulary``)."""

    masthead: dict[str, str]
    start_words: tuple[str, ...]              # longest first
    channels: tuple[str, ...]
    sections: frozenset[str]
    rights: tuple[str, ...]         # 版权所有: a short line holding one is a site's footer
    org_roles: dict[str, str]                 # 主办 -> organizer, 出版 -> publisher
    org_role_re: re.Pattern[str] | None
    reporters: frozenset[str]
    reporters_longest: tuple[str, ...]
    reporter_prefix: tuple[str, ...]          # 文/, 图/ ...: written right before a name
    dateline_re: re.Pattern[str]
    lead_re: re.Pattern[str]
    verbs: frozenset[str]
    verb_max: int
    org_affixes: tuple[tuple[str, str, str], ...]
    surnames: frozenset[str] | None
    labels: frozenset[str] | None
    word_start_re: re.Pattern[str]            # org suffixes and posts: the second half of a broken word
    date_words: DateWords                     # for the issue date line
    item_marks: frozenset[str] = frozenset()  # ◆ ■ ★: the marks that open a bulletin's brief items
    column_words: tuple[str, ...] = ()        # 专栏: a line 专栏:记者专访 names the column of what follows
    places: frozenset[str] = frozenset()      # cities and counties, full and short (lexicon regions): section labels
    post_name_re: re.Pattern[str] | None = None   # a line that ends in a post and a name (县委书记杨启明): a caption
    roster_row_re: re.Pattern[str] | None = None  # a line of a name and the posts after it (陈某某省财政厅副厅长)
    # 任命:, 出席:, 选举: a label of the grammar over the names it governs (a list of those appointed or present),
    # never a web page's empty field
    act_label_re: re.Pattern[str] | None = None
    # verbs that make a headline's phrase a clause (lexicons verbs (jieba's v), roles, event_triggers,
    # appointment_verbs): a title line of two clauses a space apart is a headline and its subheadline
    clause_verb_re: re.Pattern[str] | None = None
    speech_verbs: frozenset[str] = frozenset()      # 强调, 指出: what follows them is what was said


def _optional(name: str, dirs: tuple[str, ...]) -> frozenset[str] | None:
    if name not in lexicon.available():
        return None
    return frozenset(lexicon.load(name, lexicon_dirs=dirs))


def page_cues(dirs: tuple[str, ...] = (), *, date_words: DateWords | None = None,
              places: frozenset[str] = frozenset()) -> PageCues:
    """Load the page cues (merged with the user's directories); ``Vocabulary.load`` calls this once and gives
    the names of its regions, full and short, as ``places``."""
    mast = lexicon.load("masthead_words", lexicon_dirs=dirs)
    what = {w: (mast.field(w, 0, "contact") or "contact") for w in mast}
    reporters = lexicon.load("reporter_words", lexicon_dirs=dirs)
    sources = sorted(lexicon.load("news_sources", lexicon_dirs=dirs), key=len, reverse=True)
    verbs = lexicon.load("headline_verbs", lexicon_dirs=dirs)
    affixes = lexicon.load("masthead_org_kinds", lexicon_dirs=dirs)
    relative = lexicon.load("relative_dates", lexicon_dirs=dirs)
    roles = {w: k for w, k in what.items() if k in ("organizer", "publisher")}
    src = "|".join(map(re.escape, sources)) or "本报"
    day = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
    # SOURCE [PLACE] [M月D日] 电|讯|消息, or [PLACE] [M月]D日 电|讯 followed by a space or bracket
    dateline = re.compile(
        rf"^[【\[]?\s*(?:(?:{src})\s?[\u3400-\u9fff]{{0,8}}?\s?(?:{day}月{day}日)?\s?(?:电|讯|消息)"
        rf"|[\u3400-\u9fff]{{0,8}}?\s?(?:{day}月)?[0-9０-９]{{1,2}}日\s?(?:电|讯)(?=[\s(（【】\],，:：]|$)"
        rf"|[\u3400-\u9fff]{{2,8}}报[道导](?=[(（])"           # 云上恩施报道(融媒体记者 某某)
        # 某某融媒讯(记者 某某), 福州新闻网讯 8日上午, 映象网驻马店讯(…): an outlet no lexicon lists and 讯
        rf"|[\u3400-\u9fff]{{1,8}}(?:[网报台]|融媒)(?:驻?[\u3400-\u9fff]{{2,4}})?讯(?=\s*[(（]|\s+\S)"
        rf"|[\u3400-\u9fff]{{1,8}}[网报社台]\s?{day}月{day}日\s?[\u3400-\u9fff]{{0,6}}?(?:电|讯|消息))\s*[】\]]?"
        # 某某网8月19日海口消息: an outlet no lexicon lists, the day, the place
        rf"|^[【\[][^】\]\n]{{0,40}}?{day}日电[】\]]"
        rf"|^[【\[]记者[^】\]\n]{{2,24}}?报[导道][】\]]"                # 【记者某某/某县报导】: a Taiwan paper's
        # 【本报记者甲、本报驻某省记者乙石家庄18日电】: a Hong Kong paper's dateline, its credits inside
    )
    lead_words = sorted((w for w in relative if relative.field(w, 0) in ("day", "recent")), key=len, reverse=True)
    # (记者昨日从某局获悉: a reporter's lead opens with the day as well)
    lead = re.compile(rf"^(?:本报)?(?:记者)?(?:(?:{day}月)?[0-9０-９]{{1,2}}日" + "".join("|" + re.escape(w) for w in lead_words) + ")")
    return PageCues(
        masthead=what,
        # jump words (上接, 下转) are read by the page's jump grammar, never as furniture
        start_words=tuple(sorted((w for w, k in what.items()
                                  if len(w) >= 2 and k not in ("channel", "section", "caption", "jump", "button")),
                                 key=len, reverse=True)),
        channels=tuple(sorted((w for w, k in what.items() if k == "channel"), key=len, reverse=True)),
        sections=frozenset(w for w, k in what.items() if k in ("section", "caption")),
        rights=tuple(w for w, k in what.items() if k == "rights"),
        org_roles=roles,
        org_role_re=re.compile("(?:" + "|".join(map(re.escape, sorted(roles, key=len, reverse=True)))
                               + r")(?:单位)?[\s:：]*") if roles else None,
        reporters=frozenset(w for w in reporters if not w.endswith("/")),
        reporters_longest=tuple(sorted((w for w in reporters if not w.endswith("/")), key=len, reverse=True)),
        reporter_prefix=tuple(w for w in reporters if w.endswith("/")),
        dateline_re=dateline,
        lead_re=lead,
        verbs=frozenset(verbs),
        verb_max=verbs.max_len,
        org_affixes=tuple(sorted(((a, affixes.field(a, 0, "other") or "other", affixes.field(a, 1, "suffix") or "suffix")
                                  for a in affixes), key=lambda t: len(t[0]), reverse=True)),
        surnames=_optional("surnames", dirs),
        labels=_optional("group_labels", dirs),
        word_start_re=compile_words(w for name in ("org_suffixes", "posts") for w in lexicon.load(name, lexicon_dirs=dirs)
                                    if len(w) >= 2),
        date_words=date_words if date_words is not None else load_date_words(dirs),
        item_marks=frozenset(w for w in lexicon.load("item_markers", lexicon_dirs=dirs) if len(w) == 1),
        column_words=tuple(sorted((w for w, k in what.items() if k == "column"), key=len, reverse=True)),
        places=places,
        act_label_re=compile_words(w for name in ("appointment_actions", "appointment_verbs", "roles", "group_labels")
                                   for w in lexicon.load(name, lexicon_dirs=dirs)),
        clause_verb_re=compile_words(w for w in _clause_verbs(dirs) if len(w) >= 2),
        speech_verbs=frozenset(lexicon.load("speech_verbs", lexicon_dirs=dirs)),
        roster_row_re=re.compile(r"(?:[\u3400-\u9fff]{1,6}[:：])?[ \u3000]*(?P<name>[\u3400-\u9fff]{2,4})[ \u3000]*"
                                 r"[\u3400-\u9fff()（）、]{0,24}?(?:"
                                 + words_pattern(w for w in lexicon.load("posts", lexicon_dirs=dirs) if len(w) >= 2) + ")"),
        post_name_re=re.compile("(?:" + words_pattern(w for w in lexicon.load("posts", lexicon_dirs=dirs) if len(w) >= 2)
                                + r")[ \u3000]?"
                                + r"(?P<name>[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,6}[·•][\u3400-\u9fff·•]{1,12})"
                                + f"(?:{PERSONAL_NOTE})?$"),     # 发展局局长 林郑月娥(女): a roster's row
    )


def _clause_verbs(dirs: tuple[str, ...]) -> list[str]:
    verbs = lexicon.load("verbs", lexicon_dirs=dirs)
    out = [w for w in verbs if (verbs.field(w, 0) or "").startswith("v")]
    for name in ("roles", "event_triggers", "appointment_verbs", "appointment_actions", "clause_verbs"):
        out += list(lexicon.load(name, lexicon_dirs=dirs))
    return out


# --- masthead -----------------------------------------------------------------

@dataclass
class Masthead:
    """What the masthead and page furniture say about the page."""

    publication: str | None = None
    date: str | None = None
    issue: str | None = None
    page: int | None = None
    organizations: list[tuple[str, str]] = field(default_factory=list)
    steps: set[str] = field(default_factory=set)        # a breadcrumb's steps (主页 > 人大会议 > 代表大会)

    def add_org(self, name: str, kind: str) -> None:
        name = name.strip(" :：、,，")
        if len(name) >= 2 and all(name != n for n, _ in self.organizations):
            self.organizations.append((name, kind))


def _org_kind(name: str, cues: PageCues) -> str:
    for affix, kind, position in cues.org_affixes:
        if (position == "prefix" and name.startswith(affix)) or (position != "prefix" and name.endswith(affix)):
            return kind
    return "other"


_NOT_PAPERS = ("简报", "通报", "喜报", "捷报", "汇报", "公报", "情报", "申报", "举报")   # 要闻简报: a column


def _is_paper_name(t: str) -> bool:
    return (3 <= len(t) <= 14 and t.endswith("报") and not t.endswith(_NOT_PAPERS)
            and all(CJK_RE.match(c) or c in "()（）·" for c in t))


# a row of a web page's list of stories: a bullet, the story's day and its title (- 2014-10-16标题; the day is the
# story's, not the page's); a bullet alone opens no entry (· 标题 / • 中国: a site's menus and sidebars)
LIST_ROW_RE = re.compile(r"[-·•・]\s+(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}\s*(?=[\u3400-\u9fff“]{6})")


def read_furniture(t: str, cues: PageCues, info: Masthead, *, in_masthead: bool, after_open_body: bool,
               before_dateline: bool) -> bool:
    """Whether line ``t`` is masthead or page furniture; what it says goes into ``info``.

    Strong cues (the issue date line, 总第N期, 第N版, a line with no Chinese) always
    count; the cue words do not in a line that continues an open sentence, nor
    in a line followed by a dateline (that is a headline: 电话里的牵挂 / 本报讯).
    """
    if LIST_ROW_RE.match(t):
        return False                                           # - 2014-10-16某某开展…: a story in a list of them
    listed = _LIST_NO_RE.match(t)
    if listed and read_furniture(t[listed.end():], cues, info, in_masthead=in_masthead,
                                 after_open_body=after_open_body, before_dateline=before_dateline):
        return True                                            # 1. 2014年1月25日 / 3. 按日期查找: a site's list
    site = _URL_RE.search(t)
    if site is not None and not after_open_body:               # http://www.mnw.cn 闽南网: the site and its name
        rest = _URL_RE.sub(" ", t).strip(DECOR + " ")
        if len(rest) <= 12 and not any(c in rest for c in "。，,；;！？!?"):
            if rest and in_masthead and (rest.endswith("网") or _is_paper_name(rest)):
                info.publication = info.publication or rest
                info.add_org(rest, "media")
            return True
    if CJK_RE.search(t) is None:                               # QIANTANG NEW AREA DAILY, an e-mail, A1
        return not after_open_body or any(c.isalpha() for c in t)   # but "。" after 发展 continues it
    if not after_open_body and cues.masthead.get(re.sub(r"[\s—【】\[\]]+", "", t)) in ("web", "button"):
        return True                                            # 登 入, —打印—: a button, spaced out or set off
    if _BACK_TO_RE.match(t):
        return True                                            # 返回新数字报, 返回东湖日报: a link back
    if _breadcrumb(t) and not after_open_body:
        info.steps.update(x.strip() for x in _CRUMB_SEP_RE.split(re.split("[:：]", t)[-1]) if x.strip())
        return True
    if t.strip(DECOR) in info.steps:                         # 代表大会 under 主页 > 人大会议 > 代表大会: the section
        return True
    if not after_open_body and (_menu_row(t, cues) or _NAV_LABEL_RE.fullmatch(t.strip(DECOR))):
        return True
    field = _DB_FIELD_RE.match(t)
    if field is not None and field.group(1) in ("全文", "正文") and "。" in t:
        return False                    # 【正文】今天的大会堂…。: the body itself follows the field's name
    if field is not None:               # 【出版日期】2013.09.30 / 【版次】第02版:要闻: a newspaper database's record
        rest = t[field.end():]
        date = issue_date_from_text(rest, words=cues.date_words) or (_iso(m) if (m := _WEB_DATE_RE.search(rest)) else None)
        if field.group(1) == "出版日期" and date is not None:
            info.date = info.date or date[0]
        page = _PAGE_IN_LINE_RE.search(" " + rest)
        if field.group(1) == "版次" and page is not None:
            info.page = info.page if info.page is not None else page_number(page.group("page"))
        return True
    if "。" not in t and _contact_row(t, cues):
        return True
    if _NOTICE_RE.match(t) and not after_open_body:         # 【免责声明】本网未标有…: a site's notice, any length
        return True
    if (m := TEASER_END_RE.search(t)) and m.start() < _TEASER_LEAD_MIN:     # …[详细] alone: a link, no story
        return True
    stamp = _STAMP_ROW_RE.search(t)
    if stamp and not after_open_body and len(t) <= _STAMP_ROW_MAX and not any(c in t for c in "。，,；;"):
        day = _iso(stamp)                                   # 2008年10月23日 20:09 来源:某某网 发表评论
        info.date = info.date or (day[0] if day else None)
        # (…17:09   某某人民政府   张三 李四: the row names its writers; it stays for the credits to read)
        return WRITERS_AT_END_RE.search(t) is None
    dated = _DATE_STAMP_RE.search(t)
    if dated and not after_open_body and (_stamp_source(t, dated) or _META_FIELDS_RE.fullmatch(t[dated.end():])):
        day = _iso(dated)                   # 甘孜日报2022年01月10日, 本站原创2019年09月19日,
        info.date = info.date or (day[0] if day else None)     # 2008年02月20日 来源:某县委宣传部 作者:张三
        return True
    row = _EPAPER_ROW_RE.match(t)
    if row is not None and not after_open_body:         # 2023-08-17 1 1 某某日报 content_282689.html: the site's row
        day = _iso(d) if (d := _WEB_DATE_RE.match(t)) else None
        info.date = info.date or (day[0] if day else None)
        info.publication = info.publication or row.group(1)
        return True
    if not after_open_body and _TEMPLATE_RE.search(t):   # <!--enpproperty …-->, ${视频图片2010}: a template's
        return True
    if not after_open_body and _widget_row(t, cues):    # 分享: / 阅读量:643 本文字数:448 / 8票 / 第1页 第2页
        return True
    if len(t) > _FURNITURE_MAX or "。" in t:
        return False
    if not after_open_body and t.rstrip(DECOR + " ").endswith(cues.rights):    # 某某基金会 版权所有
        return True
    issue_no = _ISSUE_NO_RE.search(t)
    found_date = issue_date_from_text(t, words=cues.date_words)
    page = _PAGE_NO_RE.match(t) or (_PAGE_IN_LINE_RE.search(t) if len(t) <= 30 else None)
    web_date = _WEB_DATE_RE.search(t)                       # 发布日期:2020-01-27 / X 发表于 2022-8-2 22:19
    if web_date is not None and not any(c in t for c in "，,；;") and found_date is None:
        found_date = _iso(web_date)
    strong = False
    if found_date is not None:
        info.date = info.date or found_date[0]
        strong = True
    if issue_no is not None:
        info.issue = info.issue or re.sub(r"\s+", "", issue_no.group())
        strong = True
    if page is not None and not after_open_body:
        info.page = info.page if info.page is not None else page_number(page.group("page"))
        strong = True
    if strong:
        return True
    if after_open_body or before_dateline:
        return False
    if in_masthead and _is_paper_name(t):
        info.publication = info.publication or t
        info.add_org(t, "media")
        return True
    bare = SPACED_OUT_RE.sub("", t.lstrip(DECOR + "(（【["))          # (大 事 记: spaced out)
    if bare in cues.sections or bare.rstrip("】]）)" + DECOR) in cues.sections:     # (时政要闻☆☆)
        return True
    if _section_label(t):
        return True
    if _breadcrumb(t):                                       # 首页>新闻中心>正文, 贯通日本>>中日友好>>正文
        return True
    buttons = [b for b in re.split(r"[【】〖〗\[\]\s|｜:：]+", t) if b]     # 【打印】【关闭】, 〖打印〗〖关闭〗, 用户名:密码:
    if buttons and any(c in t for c in "【】〖〗[]:：") and all(cues.masthead.get(b) in ("button", "web") for b in buttons):
        return True
    half = len(bare) // 2
    if half >= 2 and bare == bare[:half] * 2 and cues.masthead.get(bare[:half]) in ("button", "web"):
        return True                                          # 打印本文打印本文: a button and its icon's text
    if _LETTER_PAGE_RE.match(t.strip()):                     # A06:封面报道: a page's letter, number and name
        return True
    bare = bare.rstrip(DECOR)                                # 某某公众号 ×
    if bare in cues.channels:
        return True                                          # 微博 / 微信 alone: a share button
    for word in cues.channels:
        if bare.endswith(word) and len(bare) > len(word) and len(bare) - len(word) <= 14:
            info.add_org(bare[: -len(word)], "media")
            return True
    if in_masthead and cues.org_role_re is not None and _ROLE_AFTER_RE.search(bare):
        for name, role_word in _ROLE_AFTER_RE.findall(bare):   # 中共乌审旗委员会主办 乌审旗融媒体中心出版
            role = cues.org_roles.get(role_word[-2:], "organizer")
            info.add_org(name, "media" if role == "publisher" else _org_kind(name, cues))
        return True
    word = next((w for w in cues.start_words if bare.startswith(w)), None)
    if word is not None:
        if cues.masthead.get(word) in ("organizer", "publisher"):
            _read_orgs(bare, cues, info)
        return True
    if _PHONE_RE.search(t) and sum(c.isdigit() for c in t) * 3 >= len(t):
        return True
    return False


# a site's notice under its articles (【免责声明】…, 版权声明:…)
_TEMPLATE_RE = re.compile(r"<!--|-->|\$\{[^{}]{1,40}\}|enpproperty")
_EPAPER_ROW_RE = re.compile(r"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,3}\s+\d{1,3}\s+([\u3400-\u9fff]{2,10}[报刊])(?=\s|$)")
_NOTICE_RE = re.compile(r"^[【\[(（]?\s*(?:免责声明|版权声明|特别声明|转载声明)\s*[】\])）:：]")
# The end of a teaser: the first words of another story and a link to the rest (…改革到了攻坚阶段……[详细]).  A
# teaser with a lead is an entry of the page (CONVENTIONS: one entry per article the page prints); a link alone
# is furniture.
# (詳細, 詳情: a page in traditional characters; [详细内容]: a government site's link)
TEASER_END_RE = re.compile(r"[.…。]*\s*[\[【]\s*(?:点击|點擊|查看|阅读|閱讀)?(?:详细|詳細|详情|詳情|全文|更多)(?:内容|內容)?\s*[\]】]\s*$")
_TEASER_LEAD_MIN = 12
# the writers at the end of a stamp row, after its source: …   某某人民政府   张三 李四
WRITERS_AT_END_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?[ \u3000]{2,}[^ \u3000]{2,24}[ \u3000]{2,}"
                                r"[\u3400-\u9fff]{2,3}(?:[ \u3000]+[\u3400-\u9fff]{2,3}){0,3}[ \u3000]*$")
# a web page's stamp row: a date with its time, then fields (来源, 作者, 点击) up to about 60 characters
_STAMP_ROW_RE = re.compile(r"((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})日?\s+\d{1,2}:\d{2}")
_STAMP_ROW_MAX = 60
# a full date with no time (2022年01月10日): a stamp where at most a source's name stands beside it
_DATE_STAMP_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_STAMP_SOURCE_MAX = 6
# after a row's date, its labelled fields only (来源:某县委宣传部 作者:张三): a web page's metadata row, whose credits
# ``extract.page_lines`` reads
_META_FIELDS_RE = re.compile(r"(?:[ \u3000]*(?:来源|信息来源|作者|编辑|责任编辑|责编|供稿|发布者|发布人)[ \u3000]*[:：]"
                             r"[ \u3000]*[^\s:：。，,；;]{1,20})+[ \u3000]*")


def _stamp_source(t: str, dated: re.Match[str]) -> bool:
    """Is what stands beside the date of ``t`` at most a source's name (甘孜日报, 本站原创) and debris (-, |)?"""
    rest = t[:dated.start()] + t[dated.end():]
    return sum("\u3400" <= c <= "\u9fff" for c in rest) <= _STAMP_SOURCE_MAX and not any(c in rest for c in "。，,；;:：、")
_FIELD_RE = re.compile(r"([\u3400-\u9fffA-Za-z-]{1,10})\s*[:：]")
_CONTACT_KINDS = ("contact", "organizer", "address", "registration", "rights")


# A web page's widgets, on lines of their own: a field label with nothing after it (来源:, 分享:, 通版阅读请点击:),
# counters (阅读量:643 本文字数:448, 人气:8,917, 顶:11 踩:8, 热度128票 浏览40次, 8票), links to
# the parts of a story (第1页 第2页), a time stamp (香港时间18时00分) and a rating's button doubled by its icon's
# text (感动 感动).
_EMPTY_FIELD_RE = re.compile(r"[\u3400-\u9fff]{1,8}\s*[:：]")
_COUNTER_RE = re.compile(r"(?:\s*(?:[\u3400-\u9fff]{1,5}\s*[:：]?\s*)?[-+]?[0-9][0-9,.]*\s*(?:次|票|人|条|字|分)?"
                         r"(?:\s*[(（][0-9]{1,6}次?[\u3400-\u9fff]{0,3}[)）])?\s*)+")
_PART_LINKS_RE = re.compile(r"(?:\s*第\s*[0-9]{1,3}\s*页)+\s*")
# 本新闻共2页,当前在第01页: where the reader is in a story cut into pages; 人参与 评论: a comment counter
_PAGES_OF_RE = re.compile(r"本(?:新闻|文|篇)?共\s*[0-9]{1,2}\s*页[,，]?\s*(?:当前在?第\s*[0-9]{1,3}\s*页)?|[0-9]*\s*人参与\s*评论?")
# 标签:宪法 干部 人大: a page's tags, words a space apart
_TAGS_RE = re.compile(r"(?:标签|Tags|TAG)\s*[:：]\s*(?:[\u3400-\u9fffA-Za-z0-9]{1,10}\s*){1,10}")
_TIME_STAMP_RE = re.compile(r"[\u3400-\u9fff]{0,4}时间\s*[0-9]{1,2}\s*[时:：]\s*[0-9]{2}\s*分?")
_DOUBLED_RE = re.compile(r"(\S{1,4})\s+\1")
# ·11月23日星期六: a site's date row without its year
_WEEKDAY_ROW_RE = re.compile(r"[·•]?\s*\d{1,2}月\d{1,2}日\s*[(（]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]?")
_COUNT_FIRST_RE = re.compile(r"[0-9][0-9,]*\s*(?:阅读|回复|浏览|评论|点赞|收藏|转发|次阅读|人阅读)")     # 119阅读, 0回复
AGO_RE = re.compile(r"[0-9]{1,3}\s*(?:秒|分钟|小时|天)前")        # 53分钟前: when a related story was posted


def _widget_row(t: str, cues: PageCues) -> bool:
    """Is ``t`` one of a web page's widgets (``_EMPTY_FIELD_RE`` and the patterns after it)?  A label that holds a
    word the grammar reads over a list (任命:, 出席:, 市领导:) is none."""
    t = t.strip()
    if len(t) > 40:
        return False
    if _COUNTER_RE.fullmatch(t):
        return CJK_RE.search(t) is not None and not _DATE_LIKE_RE.search(t)
    if _EMPTY_FIELD_RE.fullmatch(t):
        return cues.act_label_re is None or cues.act_label_re.search(t) is None
    return any(p.fullmatch(t) for p in (_PART_LINKS_RE, _TIME_STAMP_RE, _DOUBLED_RE, _PAGES_OF_RE, _TAGS_RE, AGO_RE,
                                        _WEEKDAY_ROW_RE, _COUNT_FIRST_RE))


# counters are not dates (2月22日 8)
_DATE_LIKE_RE = re.compile(r"[0-9]\s*[年月日号]")


def _contact_row(t: str, cues: PageCues) -> bool:
    """A site's footer or header row of fields: 主办:某局 地址:某路1号 办公室电话:0917-… (two fields or more whose
    labels are contact, organizer, address, registration or rights words, or end in one)."""
    labels = [m.group(1) for m in _FIELD_RE.finditer(t)]
    known = sum(1 for x in labels if any(x.endswith(w) and cues.masthead.get(w) in _CONTACT_KINDS
                                         for w in (x, x[-2:], x[-4:])))
    return known >= 2


def _menu_row(t: str, cues: PageCues) -> bool:
    """A row of a site's menu or tools: buttons (放大 缩小 默认), the titles of a paper group (《某某日报》
    《某某晚报》 《某某商报》), or four items or more, most of them short, with a site word among them
    (首 页 区县招商 … 新闻中心).  No sentence punctuation."""
    if any(c in t for c in "。，,；;！？!?"):
        return False
    items = [x for x in re.split(r"[\s|｜]+", t) if x]
    labelled = len(items) >= 2 and items[0].endswith((":", "：")) and len(items[0]) <= 5     # 文字: 打印
    words = [w for x in items[labelled:] if (w := x.strip("【】[]0123456789"))]
    if len(words) >= 2 - labelled and all(cues.masthead.get(w) in ("button", "web") for w in words):
        return True                     # 3上一期 下一期4, 0 收藏 打印: the page numbers the buttons lead to, counts
    cells = [x.strip() for x in re.split(r"[|｜]", t)]
    if len(cells) >= 4 and all(0 < len(x) <= 8 for x in cells):
        return True                     # 华西简介 | PDF版 | 主编信箱 | 广告价格: a menu of short entries
    if len(items) >= 3 and all(x.startswith("《") and x.endswith("》") for x in items):
        return True
    joined = "".join(items)
    if any(x.endswith(_CREDIT_ENDS) and 2 <= len(y) <= 3 and CJK_RE.fullmatch(y[0]) and y not in cues.masthead
           for x, y in zip(items, items[1:])):
        return False                    # 某网记者 张三 通讯员 李四 某地报道: a credit row, its names spaced out
    return (len(items) >= 4 and sum(len(x) <= 6 for x in items) * 4 >= len(items) * 3
            and any(cues.masthead.get(w) in ("web", "section") for w in _words_in(joined, cues)))


# the credit words a credit row's spaced names follow (not 图文 or 摄影 alone, which a site's menu may list)
_CREDIT_ENDS = ("记者", "通讯员", "编辑", "作者", "撰稿")


def _words_in(t: str, cues: PageCues) -> list[str]:
    return [t[i:j] for i in range(len(t)) for j in range(i + 2, min(len(t), i + 6) + 1) if t[i:j] in cues.masthead]


# a breadcrumb: steps joined by > or » (首页>工作情况>工作动态, 贯通日本>>中日友好>>正文)
_CRUMB_SEP_RE = re.compile(r"\s*(?:>+|»+|＞+|›+)\s*")
_CRUMB_ENDS = ("正文", "正文阅读", "详细内容", "内容", "详情")


# A06:封面报道: a section page's letter and number, then its name
_LETTER_PAGE_RE = re.compile(r"^[A-Z]\d{1,2}\s*[:：]\s*[\u3400-\u9fff]{2,8}$")
# 您当前所在位置:, 你当前的位置:首页正文, 当前位置: a site's breadcrumb, whatever its steps
_HERE_RE = re.compile(r"^\s*(?:您|你)?(?:当前|现在)?(?:所在)?的?位置\s*[:：]")


_BACK_TO_RE = re.compile(r"^返回[\u4e00-\u9fff]{0,8}(?:报|网|首页|目录|顶部|列表|主页|版面|频道|栏目)$")


def _breadcrumb(t: str) -> bool:
    """Two or more short steps joined by > (or one step into 正文), and no sentence; or a line that says where
    the reader is (当前位置:…) and holds no sentence."""
    if _HERE_RE.match(t) and not any(c in t for c in "。，,；;") and len(t) <= 60:
        return True
    if any(c in t for c in "。，,；;") or not _CRUMB_SEP_RE.search(t):
        return False            # (a sentence, or no step: no need to cut the line into steps)
    steps = [x for x in _CRUMB_SEP_RE.split(t.strip()) if x.strip()]
    seps = len(_CRUMB_SEP_RE.findall(t))
    if any(len(x) > 20 for x in steps):
        return False
    doubled = re.search(r">>|»|＞＞|》》", t) is not None and all(len(x.strip()) <= 14 for x in steps)
    return seps >= 2 or doubled or (bool(steps) and (steps[-1].strip() in _CRUMB_ENDS
                                                    or steps[0].strip().endswith(("网", "首页"))))


# 第2版:综合新闻 names the page's column; 第1版(要闻), a digitised paper's page and its name, names none
# but, printed over each of the page's articles, still parts them
_PAGE_COLUMN_RE = re.compile(r"^第?\s*[A-Za-z]{0,3}\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*(?P<sep>[:：(（])\s*"
                             r"(?P<name>[\u3400-\u9fff]{2,12}?)(?=总第|[\s)）|｜]|$)")


# a page's folio after a section's name (大事记   - 31 -)
_FOLIO_RE = re.compile(r"\s+[-—]\s*[0-9]{1,3}\s*[-—]\s*$")
# >>两会聚焦, ■■本地新闻, 【封面新闻】: a short label under two marks, or alone in brackets, heads a section
_SECTION_LABEL_RE = re.compile(r"(?:>>|＞＞|》》|■■|◆◆|★★|▲▲)\s*[\u3400-\u9fff]{2,8}|【[\u3400-\u9fff]{2,5}】")


def _section_label(t: str) -> bool:
    return _SECTION_LABEL_RE.fullmatch(t.strip()) is not None and _DB_FIELD_RE.match(t.strip()) is None


def place_label(t: str, cues: PageCues) -> str | None:
    """A city or county named alone on its line (黄石 / 鄂州:): the label of a round-up's section."""
    bare = t.strip(DECOR + ":：")
    return bare if 2 <= len(bare) <= 6 and bare in cues.places else None


# the spaces between the characters of a heading spaced out (大 事 记)
SPACED_OUT_RE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


def column_named(t: str, cues: PageCues) -> str | None:
    """The column a furniture line names for the articles after it: a section's name alone (【图片新闻】,
    综合新闻), a column word and its name (专栏:记者专访), or a page line with its name (第2版:综合新闻)."""
    bare = _FOLIO_RE.sub("", t).strip(DECOR + "(（【[]】)）")       # (大事记   - 31 -: the page's folio)
    bare = SPACED_OUT_RE.sub("", bare)                              # 大 事 记: a heading spaced out
    if bare in cues.sections and cues.masthead.get(bare) == "section":
        return bare
    if _section_label(t):
        return bare
    for word in cues.column_words:
        if bare.startswith(word) and bare[len(word):len(word) + 1] in (":", "："):
            name = bare[len(word) + 1:].strip()
            return name or None
    m = _PAGE_COLUMN_RE.match(t.strip())
    return m.group("name") if m and m.group("sep") in ":：" else None


def page_heading(t: str) -> bool:
    """Is ``t`` a page's number and name (第1版(要闻), 第2版:综合新闻), printed over its articles?"""
    return _PAGE_COLUMN_RE.match(t.strip()) is not None


# An organization named before its masthead role: 中共疏勒县委主管主办, 疏勒县融媒体中心出版.
_ROLE_AFTER_RE = re.compile(r"([\u3400-\u9fff（）()]{2,30}?)((?:主管)?主办|出版|主管)(?=\s|$)")


def _read_orgs(t: str, cues: PageCues, info: Masthead) -> None:
    """主办 中共X区委 出版 X日报报业集团 -> organizations with kinds."""
    if cues.org_role_re is None:
        return
    matches = list(cues.org_role_re.finditer(t))
    for i, m in enumerate(matches):
        role_word = m.group().rstrip(" :：").removesuffix("单位")
        role = cues.org_roles.get(role_word, "organizer")
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(t)
        for name in re.split(r"[\s、,，;；]+", t[m.end():stop]):
            if name:
                info.add_org(name, "media" if role == "publisher" else _org_kind(name, cues))
