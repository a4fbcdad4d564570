"""E-paper pages -> articles: mastheads, broken lines, repeated and misplaced headlines, jumps.

``split_page`` cuts one ``Source`` into ``Article`` records.  The text of an
e-paper page comes out of a PDF or an HTML layer in reading order more or less:
masthead lines first, words broken across blank lines (``推进项目建`` / ``设``),
headlines repeated or printed after their body.  The steps, each a pure
function of the lines before it:

1. **Lines**: the page is split at ``\\n``; each line is stripped of spaces.
2. **Furniture**: masthead and page furniture (the paper's name, 热线, 投稿邮箱,
   the issue date line, 农历, 今日4版 总第812期, 主办 X 出版 Y, an all-Latin
   name, 第1版, 要闻, 责任编辑 X) is taken out and read into ``PageInfo``.  The
   cue words are the lexicon ``masthead_words``; its ``what`` column decides
   how a word is read: ``channel`` ends the line (西江发布公众号: a media
   channel), ``section`` is the whole line (要闻), ``organizer``/``publisher``
   introduce masthead organizations (主办 X 出版 Y), ``jump`` is ignored (the
   jump markers have their own grammar), and any other value (or none) starts
   the line (热线, 投稿邮箱, 农历 ...).  Words of one character are not used.
3. **Repeats**: a line equal to the line before it is dropped (its span still
   counts for the article's ``source_span``).
4. **Headlines**: a headline is a short line with no sentence in it (no 。/；,
   at most two commas) that is followed by a dateline (本报讯, 新华社…电,
   X月X日讯) or byline, or by another headline (headline + subheadline), or is
   printed more than once, or is the last line of the page, or is the first line
   of the record, or is followed by a lead that opens with a date (``25日,``);
   after a finished paragraph, a line of at most 24 characters with no comma,
   colon or 、 followed by a body paragraph is a headline too.
5. **Line repair**: a line that does not end a sentence (no 。！？；… at its
   end, possibly before closing quotes or brackets) is joined to the next line
   when that line is not a headline, dateline or byline: ``推进项目建`` +
   ``设,加快`` -> ``推进项目建设,加快``.  Nothing is joined into or out of a headline.
6. **Articles**: a headline group starts an article; so does a paragraph that
   opens with a dateline or a ``(上接第N版)`` marker once the current article
   has a body.
7. **Headline check**: a headline that starts with a person's name followed by
   a headline verb (lexicon ``headline_verbs``: 在, 参加, 调研, 强调 ...) does
   not head a body that never names that person; the body is left without a
   headline.  Of several headline lines over one body, a first line led by a
   name and a headline verb that shares few character bigrams with the body,
   while a later line shares most of its own, heads another story whose body
   is elsewhere: it becomes a headline-only entry.  Headlines with no body (repeated fragments, a headline printed at
   the end of the page) are then matched to a body without a headline when they
   share most of their character bigrams with it (and pass the name check);
   the rest become one ``headline_only`` article per distinct headline, placed
   at its first copy not printed before an unrelated body.  Articles come in
   page order of their bodies.
8. **Jumps**: ``(下转第2版)`` / ``(上接第1版)`` are cut from the text and kept
   in ``continues_on`` / ``continued_from``.

The text of an article is ``headline "\\n" subheadline "\\n" paragraph "\\n"
paragraph ...``; fragments of one paragraph are joined with nothing between
them.  Every character of ``Article.text`` comes from ``Source.text``: the
``"\\n"`` between lines maps to a real newline of the page, and ``offsets``
leads each character back to the same character in ``Source.text``.
``body_start`` is the offset of the first body paragraph (0 with no headline,
``len(text)`` for a headline-only article).  ``source_span`` is the block the
article occupies on the page: from its headline (when printed right before the
body) or its first paragraph to the end of its last paragraph; a headline
printed elsewhere is reachable through ``offsets`` only.

Everything runs in time linear in the page, with a constant-size window where
headlines are matched to bodies.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from extract import lexicon
from extract.dates import date_from_filename, issue_date_from_text
from extract.records import Article, ArticlePart, OffsetBuilder, PageInfo, Source, TextSpan
from extract.textutil import compile_words

__all__ = ["split_page", "join_continuations", "merge_continuations", "describe_split", "find_continuations"]

# --- grammar of the page (structure, not word lists) ---------------------------

_SENTENCE_END = set("。！？!?；;…")
_CLAUSE_OPEN = set("，,、：:（(“‘《〈【[")
_CLOSERS = set("”’」』)）】》〉\"'")
_HEADLINE_MAX = 80
_PLAIN_TITLE_MAX = 40           # a first line this short with no comma is a title
_LEAD_TITLE_MAX = 30            # a line before a dated lead, without punctuation, is a title
_BARE_TITLE_MAX = 24            # a line before any body paragraph, without punctuation, is a title
_FURNITURE_MAX = 60             # masthead lines are short
_MATCH_WINDOW = 8               # bodies tried per headline-only fragment, nearest first
_MATCH_MIN = 0.5                # share of headline bigrams a body must contain
_OTHER_STORY_MAX = 0.35         # a name-led headline sharing less with the body heads another story
_MATCH_TRIES = 16               # headlines tried against one body at most

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_JUMP_RE = re.compile(
    r"[(（]\s*(?P<dir>下转|转至|转|接上|上接|紧接|续)\s*(?:第\s*)?[A-Za-z]?\s*"
    r"(?P<page>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版[^()（）\n]{0,8}[)）]"
)
_JUMP_ON = {"下转", "转至", "转"}
_ISSUE_NO_RE = re.compile(r"总第\s*[0-9０-９]+\s*期")
_PAGE_NO_RE = re.compile(r"^第?\s*[A-Za-z]?\s*0*(?P<page>[0-9０-９]{1,3})\s*版")
_FILE_PAGE_RE = re.compile(r"(?:^|[-_.\s])(?:p|pg|page)0*(\d{1,3})(?=$|[-_.\s])|第0*(\d{1,3})版", re.IGNORECASE)
_PHONE_RE = re.compile(r"\d{7,}|\d{3,4}-\d{7,8}")
_DECOR = "□■●◎◆◇▲△★☆※·•|｜ "
_BYLINE_PAREN_RE = re.compile(r"\s*[(（](?P<body>[^()（）\n]{2,60})[)）]")
_NAME_TOKEN = re.compile(r"[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]+[·•][\u3400-\u9fff·•]+")
_OUTLET_TOKEN = re.compile(r"[\u3400-\u9fff]{1,10}")    # 江城日报 in 江城日报记者
_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _page_number(token: str) -> int | None:
    token = token.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if token.isdigit():
        return int(token)
    if "十" in token:
        tens, _, ones = token.partition("十")
        return (_CN_NUM.get(tens, 1) if tens else 1) * 10 + (_CN_NUM.get(ones, 0) if ones else 0)
    return _CN_NUM.get(token)


# --- lexicon cues -------------------------------------------------------------

@dataclass(frozen=True)
class _Cues:
    masthead: dict[str, str]
    start_words: tuple[str, ...]              # longest first
    channels: tuple[str, ...]
    sections: frozenset[str]
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


def _optional(name: str, dirs: tuple[str, ...]) -> frozenset[str] | None:
    if name not in lexicon.available():
        return None
    return frozenset(lexicon.load(name, lexicon_dirs=dirs))


@functools.lru_cache(maxsize=16)
def _cues(dirs: tuple[str, ...]) -> _Cues:
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
        rf"|[\u3400-\u9fff]{{0,8}}?\s?(?:{day}月)?[0-9０-９]{{1,2}}日\s?(?:电|讯)(?=[\s(（【】\],，:：]|$))\s*[】\]]?"
    )
    lead_words = sorted((w for w in relative if relative.field(w, 0) in ("day", "recent")), key=len, reverse=True)
    lead = re.compile(rf"^(?:(?:{day}月)?[0-9０-９]{{1,2}}日" + "".join("|" + re.escape(w) for w in lead_words) + ")")
    return _Cues(
        masthead=what,
        # jump words (上接, 下转) are read by _JUMP_RE, never as furniture
        start_words=tuple(sorted((w for w, k in what.items() if len(w) >= 2 and k not in ("channel", "section", "jump")),
                                 key=len, reverse=True)),
        channels=tuple(sorted((w for w, k in what.items() if k == "channel"), key=len, reverse=True)),
        sections=frozenset(w for w, k in what.items() if k == "section"),
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
    )


# --- lines --------------------------------------------------------------------

@dataclass(slots=True)
class _Line:
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


def _iter_lines(text: str) -> Iterable[tuple[int, int]]:
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


def _is_closed(t: str) -> bool:
    i = len(t) - 1
    while i >= 0 and t[i] in _CLOSERS:
        if t[i] in ")）":                        # (记者 X) after a sentence: look before the bracket
            j = max(t.rfind("(", 0, i), t.rfind("（", 0, i))
            if j > 0 and t[j - 1] in _SENTENCE_END:
                return True
            if j == 0:
                return True
        i -= 1
    return i >= 0 and (t[i] in _SENTENCE_END or t[i] in "：:")


def _is_name(token: str, cues: _Cues) -> bool:
    if not _NAME_TOKEN.fullmatch(token):
        return False
    return cues.surnames is None or "·" in token or "•" in token or token[0] in cues.surnames or token[:2] in cues.surnames


def _byline_tokens(t: str, cues: _Cues) -> bool:
    """Whether ``t`` is a byline: reporter words and names only (江城日报记者 周敏 本报记者 林华)."""
    t = t.strip(_DECOR)
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
                if (after and not _is_name(after, cues)) or (before and not _OUTLET_TOKEN.fullmatch(before)):
                    return False
                seen_word = True
                continue
        if not _is_name(token, cues):
            return False
    return seen_word


def _classify(ln: _Line, cues: _Cues) -> None:
    t = ln.text
    ln.closed = ln.to_page is not None or (bool(t) and _is_closed(t))
    if not t:
        ln.starts_article = ln.from_page is not None
        ln.closed = True
        return
    paren = _BYLINE_PAREN_RE.match(t)
    ln.byline = _byline_tokens(t, cues) or bool(
        paren and paren.end() == len(t) and _byline_tokens(paren.group("body"), cues))
    if ln.byline:
        ln.closed = True
        ln.starts_article = False
    else:
        ln.starts_article = (ln.from_page is not None and ln.pieces[0][0] > ln.start) or bool(
            cues.dateline_re.match(t)) or bool(paren and _byline_tokens(paren.group("body"), cues))
    commas = sum(t.count(c) for c in "，,")
    ln.headline_like = (
        not ln.starts_article and not ln.byline
        and 2 <= len(t) <= _HEADLINE_MAX
        and not any(c in t for c in "。；;")
        and t[-1] not in _CLAUSE_OPEN
        and t[0] not in "(（，,。、：:；;)）》”’"
        and commas <= 2
        and _CJK.search(t) is not None
    )


def _make_line(text: str, s: int, e: int) -> _Line:
    pieces: list[TextSpan] = []
    to_page = from_page = None
    cursor = s
    for m in _JUMP_RE.finditer(text, s, e):
        if m.group("dir") in _JUMP_ON:
            to_page = _page_number(m.group("page"))
        elif from_page is None:
            from_page = _page_number(m.group("page"))
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
    ln = _Line(s, e, "".join(text[a:b] for a, b in clean), clean, e, to_page=to_page, from_page=from_page)
    return ln


# --- masthead -----------------------------------------------------------------

@dataclass
class _Masthead:
    publication: str | None = None
    date: str | None = None
    issue: str | None = None
    page: int | None = None
    organizations: list[tuple[str, str]] = field(default_factory=list)

    def add_org(self, name: str, kind: str) -> None:
        name = name.strip(" :：、,，")
        if len(name) >= 2 and all(name != n for n, _ in self.organizations):
            self.organizations.append((name, kind))


def _org_kind(name: str, cues: _Cues) -> str:
    for affix, kind, position in cues.org_affixes:
        if (position == "prefix" and name.startswith(affix)) or (position != "prefix" and name.endswith(affix)):
            return kind
    return "other"


def _is_paper_name(t: str) -> bool:
    return 3 <= len(t) <= 14 and t.endswith("报") and all(_CJK.match(c) or c in "()（）·" for c in t)


def _furniture(t: str, cues: _Cues, info: _Masthead, *, in_masthead: bool, after_open_body: bool,
               before_dateline: bool) -> bool:
    """Whether line ``t`` is masthead or page furniture; what it says goes into ``info``.

    Strong cues (the issue date line, 总第N期, 第N版, a line with no Chinese) always
    count; the cue words do not in a line that continues an open sentence, nor
    in a line followed by a dateline (that is a headline: 电话里的牵挂 / 本报讯).
    """
    if _CJK.search(t) is None:                               # QIANTANG NEW AREA DAILY, an e-mail, A1
        return not after_open_body or any(c.isalpha() for c in t)   # but "。" after 发展 continues it
    if len(t) > _FURNITURE_MAX or "。" in t:
        return False
    issue_no = _ISSUE_NO_RE.search(t)
    found_date = issue_date_from_text(t)
    page = _PAGE_NO_RE.match(t)
    strong = False
    if found_date is not None:
        info.date = info.date or found_date[0]
        strong = True
    if issue_no is not None:
        info.issue = info.issue or re.sub(r"\s+", "", issue_no.group())
        strong = True
    if page is not None and not after_open_body:
        info.page = info.page if info.page is not None else _page_number(page.group("page"))
        strong = True
    if strong:
        return True
    if after_open_body or before_dateline:
        return False
    if in_masthead and _is_paper_name(t):
        info.publication = info.publication or t
        info.add_org(t, "media")
        return True
    bare = t.lstrip(_DECOR + "(（【[")
    if bare in cues.sections:
        return True
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


# An organization named before its masthead role: 中共疏勒县委主管主办, 疏勒县融媒体中心出版.
_ROLE_AFTER_RE = re.compile(r"([\u3400-\u9fff（）()]{2,30}?)((?:主管)?主办|出版|主管)(?=\s|$)")


def _read_orgs(t: str, cues: _Cues, info: _Masthead) -> None:
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


# --- articles -----------------------------------------------------------------

@dataclass
class _Draft:
    head: list[int] | None = None
    paras: list[list[int]] = field(default_factory=list)
    stray: bool = False             # a headline detached from the body printed after it
    body: str | None = None         # cached body text while matching headlines
    bigrams: set[str] | None = None
    tries: int = 0

    def has_body(self, lines: list[_Line]) -> bool:
        return any(any(lines[i].text and not lines[i].byline for i in p) for p in self.paras)


def _body_text(d: _Draft, lines: list[_Line]) -> str:
    return "".join(lines[i].text for p in d.paras for i in p)


def _bigram_set(text: str) -> set[str]:
    cjk = [c for c in text if _CJK.match(c)]
    return {a + b for a, b in zip(cjk, cjk[1:])}


_DOTTED_NAME_RE = re.compile(r"^[\u3400-\u9fff]{1,7}(?:[·•・][\u3400-\u9fff]{1,8})+")


def _leader_names(headline: str, cues: _Cues) -> list[str]:
    """Names at the start of a headline followed by a headline verb: 王海涛在…强调 -> [王海涛]."""
    names = []
    dotted = _DOTTED_NAME_RE.match(headline)
    if dotted:
        # 买买提江·吾守尔在全县…: the last part ends at the first headline verb after two of its characters
        last_dot = max(headline.rfind(c, 0, dotted.end()) for c in "·•・")
        for k in range(last_dot + 3, dotted.end() + 1):
            if any(headline[k:k + n] in cues.verbs for n in range(1, cues.verb_max + 1)):
                return [headline[:k]]
    for k in (2, 3, 4):
        cand = headline[:k]
        if len(cand) < k or not all(_CJK.match(c) or c in "·•" for c in cand):
            break
        after = headline[k:]
        if not any(after[:n] in cues.verbs for n in range(1, cues.verb_max + 1)):
            continue
        if cues.surnames is not None and cand[0] not in cues.surnames and cand[:2] not in cues.surnames:
            continue
        if cues.labels is not None and cand in cues.labels:
            continue
        names.append(cand)
    return names


def _heads_another_story(d: _Draft, lines: list[_Line], cues: _Cues) -> bool:
    """Is the first of several headline lines the headline of another story, printed without its body?

    买买提江·吾守尔在全县冬季农业生产推进会上强调 抓实抓细冬季农业生产 / 县委理论学习中心组集体学习…
    over a body about the study session: a headline led by a leader's name and a verb that shares
    few of its character bigrams with the body, when a later headline line shares most of its own.
    A kicker (引题) over a headline is not led by a name and stays.
    """
    first = lines[d.head[0]].text
    if not _leader_names(first, cues):
        return False
    body = _bigram_set(_body_text(d, lines))

    def share(text: str) -> float:
        grams = _bigram_set(text)
        return len(grams & body) / len(grams) if grams else 0.0

    return share(first) < _OTHER_STORY_MAX and max(share(lines[i].text) for i in d.head[1:]) >= _MATCH_MIN


def _fits(headline: str, body: str, cues: _Cues) -> bool:
    names = _leader_names(headline, cues)
    return not names or any(name in body for name in names)


# A line that opens with one of these continues the line before it: a function word, or the
# second half of a word broken at the line end (…中科智航(成都)科技 / 有限公司董事长…).
_CONTINUATION_CHARS = set("的了着和与及等在对向为是将把被从于由就也都还又并而")


def _continues_line(t: str, cues: _Cues) -> bool:
    if not t or t[0] in _CONTINUATION_CHARS:
        return bool(t)
    return cues.word_start_re.match(t) is not None


def _find_heads(lines: list[_Line], cues: _Cues) -> None:
    n = len(lines)
    repeats = Counter(ln.text for ln in lines if ln.headline_like)
    for i in range(n - 1, -1, -1):
        ln = lines[i]
        if not ln.headline_like:
            continue
        nxt = lines[i + 1] if i + 1 < n else None
        prev = lines[i - 1] if i > 0 else None
        nxt_dated = nxt is not None and i + 2 < n and lines[i + 2].starts_article
        after_sentence = prev is None or prev.closed or prev.head
        t = ln.text
        no_punct = not any(c in t for c in "，,、：:")
        ln.head = (
            (nxt is not None and (nxt.starts_article or (nxt.byline and not ln.closed)))
            or ln.copies > 1 or repeats[t] > 1
            or (nxt is not None and nxt.head and (after_sentence or (prev.headline_like and nxt_dated)))
            or (nxt is None and prev is not None and after_sentence)
            or (prev is None and nxt is not None and len(t) <= _PLAIN_TITLE_MAX and not any(c in t for c in "，,"))
            or (nxt is not None and prev is not None and after_sentence and no_punct
                and len(t) <= _LEAD_TITLE_MAX and cues.lead_re.match(nxt.text) is not None)
            or (nxt is not None and prev is not None and after_sentence and not prev.head and no_punct
                and len(t) <= _BARE_TITLE_MAX and not nxt.headline_like and not nxt.byline and "。" in nxt.text
                and not _continues_line(nxt.text, cues))
        )


def _blocks(lines: list[_Line]) -> list[tuple[str, list[int]]]:
    blocks: list[tuple[str, list[int]]] = []
    repeated = Counter(ln.text for ln in lines if ln.head)
    i, n = 0, len(lines)
    while i < n:
        if lines[i].head:
            group = [i]
            i += 1
            while (i < n and lines[i].head and len(group) < 3
                   and repeated[lines[i].text] == 1 and repeated[lines[group[-1]].text] == 1
                   and lines[group[-1]].copies == 1 and lines[i].copies == 1):
                group.append(i)
                i += 1
            blocks.append(("head", group))
        else:
            para = [i]
            i += 1
            while (i < n and not lines[i].head and not lines[i].starts_article and not lines[i].byline
                   and not lines[para[-1]].closed):
                para.append(i)
                i += 1
            blocks.append(("para", para))
    return blocks


def _drafts(lines: list[_Line], blocks: list[tuple[str, list[int]]]) -> list[_Draft]:
    drafts: list[_Draft] = []
    cur: _Draft | None = None
    for kind, idx in blocks:
        if kind == "head":
            cur = _Draft(head=idx)
            drafts.append(cur)
            continue
        first = lines[idx[0]]
        if cur is None or (first.starts_article and cur.has_body(lines)):
            cur = _Draft()
            drafts.append(cur)
        cur.paras.append(idx)
    return drafts


def _representative(copies: list[_Draft], lines: list[_Line]) -> _Draft:
    """Where a headline-only entry stands: its first copy not printed before an unrelated body,
    else the copy printed most often in a row (the last one on a tie)."""
    free = [d for d in copies if not d.stray]
    if free:
        return free[0]
    return max(reversed(copies), key=lambda d: lines[d.head[0]].copies)


def _place_headlines(drafts: list[_Draft], lines: list[_Line], cues: _Cues) -> list[tuple[int, _Draft]]:
    """Check headlines against bodies, match bodiless ones, dedupe; return (position, draft) in page order."""
    bodied = [d for d in drafts if d.paras]
    loose: list[_Draft] = [d for d in drafts if not d.paras]
    for d in bodied:
        if d.head is not None and len(d.head) > 1 and _heads_another_story(d, lines, cues):
            loose.append(_Draft(head=d.head[:1], stray=True))
            d.head = d.head[1:]
        if d.head is not None and not _fits(lines[d.head[0]].text, _body_text(d, lines), cues):
            loose.append(_Draft(head=d.head, stray=True))
            d.head = None
    real = {lines[d.head[0]].text for d in bodied if d.head is not None}
    by_key: dict[str, list[_Draft]] = {}
    for d in loose:
        key = lines[d.head[0]].text
        if key not in real:
            by_key.setdefault(key, []).append(d)
    chosen = {key: _representative(group, lines) for key, group in by_key.items()}
    headless = sorted((d for d in bodied if d.head is None), key=lambda d: d.paras[0][0])
    pairs: list[tuple[float, int, str, int]] = []
    if headless:
        starts = [d.paras[0][0] for d in headless]
        for key, d in chosen.items():
            pos = d.head[0]
            at = bisect.bisect_left(starts, pos)
            lo, hi = max(0, at - _MATCH_WINDOW // 2), min(len(headless), at + _MATCH_WINDOW // 2)
            heads_bigrams = _bigram_set(key)
            if not heads_bigrams:
                continue
            for j in range(lo, hi):
                body = headless[j]
                if body.tries >= _MATCH_TRIES:
                    continue
                body.tries += 1
                if body.body is None:
                    body.body = _body_text(body, lines)
                    body.bigrams = _bigram_set(body.body)
                if not _fits(key, body.body, cues):
                    continue
                score = len(heads_bigrams & body.bigrams) / len(heads_bigrams)
                if score >= _MATCH_MIN:
                    pairs.append((score, -abs(starts[j] - pos), key, j))
    pairs.sort(reverse=True)
    used_keys: set[str] = set()
    used_bodies: set[int] = set()
    for _, _, key, j in pairs:
        if key in used_keys or j in used_bodies:
            continue
        used_keys.add(key)
        used_bodies.add(j)
        headless[j].head = chosen[key].head
    placed: list[tuple[int, _Draft]] = []
    for d in bodied:
        placed.append((d.paras[0][0], d))
    for key, d in chosen.items():
        if key not in used_keys:
            placed.append((d.head[0], d))
    placed.sort(key=lambda pair: pair[0])
    return placed


def _newline_near(text: str, after: int, before: int) -> int:
    p = text.find("\n", after)
    if p < 0:
        p = text.rfind("\n", 0, before)
    if p < 0:
        p = text.find("\n")
    return p


def _dateline_and_byline(first: str, second: str | None, cues: _Cues) -> tuple[str | None, str | None]:
    dateline = byline = None
    m = cues.dateline_re.match(first)
    rest = first
    if m:
        dateline = m.group().strip(" 【】[]")
        rest = first[m.end():]
    paren = _BYLINE_PAREN_RE.match(rest)
    if paren and _byline_tokens(paren.group("body"), cues):
        byline = paren.group("body").strip()
    elif m:
        tokens: list[str] = []
        for token in rest[:80].split():
            candidate = " ".join([*tokens, token])
            if _byline_tokens(candidate, cues):
                tokens.append(token)
            else:
                break
        byline = " ".join(tokens) or None
    if byline is None and _byline_tokens(first, cues):
        byline = first.strip(_DECOR)
        if second is not None and dateline is None:
            m2 = cues.dateline_re.match(second)
            dateline = m2.group().strip(" 【】[]") if m2 else None
    return dateline, byline


def _article(source: Source, lines: list[_Line], d: _Draft, cues: _Cues, *,
             article_id: str, page: PageInfo, date: str | None, publication: str | None) -> Article:
    text = source.text
    b = OffsetBuilder()
    prev_end: int | None = None
    body_start: int | None = None
    head_lines = [lines[i] for i in d.head] if d.head else []
    segments: list[tuple[bool, list[TextSpan]]] = [(True, ln.pieces) for ln in head_lines]
    segments += [(False, [p for i in para for p in lines[i].pieces]) for para in d.paras]
    for is_head, pieces in segments:
        if not pieces:
            continue
        if prev_end is not None:
            b.add("\n", _newline_near(text, prev_end, pieces[0][0]))
        if not is_head and body_start is None:
            body_start = len(b)
        for s, e in pieces:
            b.add(text[s:e], s)
        prev_end = pieces[-1][1]
    body, offsets = b.build()
    headline = head_lines[0].text if head_lines else None
    subheadline = "\n".join(ln.text for ln in head_lines[1:]) or None
    if d.paras:
        first = d.paras[0][0]
        last = d.paras[-1][-1]
        start = lines[d.head[0]].start if d.head and d.head[-1] + 1 == first else lines[first].start
        span = (start, lines[last].last_end)
    elif d.head:
        span = (lines[d.head[0]].start, lines[d.head[-1]].last_end)
    else:
        span = (0, 0)
    para_texts = []
    for para in d.paras:
        if len(para_texts) == 2:
            break
        if any(lines[i].text for i in para):
            para_texts.append("".join(lines[i].text for i in para))
    dateline, byline = (_dateline_and_byline(para_texts[0], para_texts[1] if len(para_texts) > 1 else None, cues)
                        if para_texts else (None, None))
    to_pages = [lines[i].to_page for p in d.paras for i in p if lines[i].to_page is not None]
    from_pages = [lines[i].from_page for p in d.paras for i in p if lines[i].from_page is not None]
    return Article(
        id=article_id,
        source=source.origin,
        text=body,
        source_span=span,
        offsets=offsets,
        headline=headline,
        subheadline=subheadline,
        headline_only=not d.paras,
        date=date,
        page=page,
        dateline=dateline,
        byline=byline,
        continues_on=to_pages[-1] if to_pages else None,
        continued_from=from_pages[0] if from_pages else None,
        url=source.url,
        publication=publication,
        locale=source.locale,
        body_start=body_start if body_start is not None else len(body),
    )


def _page_from_name(*names: str) -> int | None:
    for name in names:
        stem = PurePath(name.replace("\\", "/")).stem
        m = _FILE_PAGE_RE.search(stem)
        if m:
            return int(m.group(1) or m.group(2))
    return None


def split_page(source: Source, *, lexicon_dirs: tuple[str, ...] = ()) -> list[Article]:
    """Cut one input record into its articles, in page order.

    A record with one article (a plain article, or a page holding one) gives one
    Article whose id is ``source.id``; a page with several gives ``ID#1``,
    ``ID#2`` ...  A page with no recognisable structure gives one article with
    ``headline=None`` (the caller may warn).  Masthead lines are removed from the
    articles and read into their ``page`` (``PageInfo``).  ``Article.date`` is the
    issue date: ``source.date`` when given, else the masthead date, else a date in
    the file name; ``publication`` likewise prefers ``source.publication``.

    >>> src = Source(id="a1", origin="a1.txt", text="区长调研企业\\n\\n本报讯 24日,区长来到企业调研。", raw="")
    >>> [(a.id, a.headline, a.dateline) for a in split_page(src)]
    [('a1', '区长调研企业', '本报讯')]
    """
    cues = _cues(tuple(str(d) for d in lexicon_dirs))
    text = source.text
    info = _Masthead()
    spans = list(_iter_lines(text))
    lines: list[_Line] = []
    for k, (s, e) in enumerate(spans):
        t = text[s:e]
        prev = lines[-1] if lines else None
        after_open = prev is not None and not prev.closed and not prev.headline_like
        nxt = text[spans[k + 1][0]:min(spans[k + 1][1], spans[k + 1][0] + 40)] if k + 1 < len(spans) else ""
        if _furniture(t, cues, info, in_masthead=not lines, after_open_body=after_open,
                      before_dateline=cues.dateline_re.match(nxt) is not None):
            continue
        ln = _make_line(text, s, e)
        if prev is not None and prev.text == ln.text and ln.text:
            prev.last_end = ln.end
            prev.copies += 1
            prev.to_page = prev.to_page if ln.to_page is None else ln.to_page
            continue
        _classify(ln, cues)
        lines.append(ln)

    _find_heads(lines, cues)
    drafts = _drafts(lines, _blocks(lines))
    placed = _place_headlines(drafts, lines, cues)

    page = PageInfo(
        publication=info.publication or source.publication,
        issue=info.issue,
        page=info.page if info.page is not None else _page_from_name(source.origin, source.id),
        date=(info.date or source.date or date_from_filename(source.origin) or date_from_filename(source.id)
              or _date_in(source.headline)),
        organizations=tuple(info.organizations),
    )
    date = source.date or page.date
    publication = source.publication or page.publication
    if not placed:
        return [Article(id=source.id, source=source.origin, text="", source_span=(0, 0), headline=source.headline,
                        date=date, page=page, url=source.url, publication=publication, locale=source.locale)]
    articles = [
        _article(source, lines, d, cues, article_id=source.id if len(placed) == 1 else f"{source.id}#{k}",
                 page=page, date=date, publication=publication)
        for k, (_, d) in enumerate(placed, start=1)
    ]
    if len(articles) == 1 and articles[0].headline is None and source.headline:
        articles[0] = replace(articles[0], headline=source.headline)
    return articles


def _date_in(title: str | None) -> str | None:
    """The issue date written in an HTML page's title (钱塘新区报 2025年9月26日 第1版)."""
    found = issue_date_from_text(title) if title else None
    return found[0] if found else None


# --- continuations -------------------------------------------------------------

def _same(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _headline_match(a: Article, b: Article) -> bool:
    if a.headline is None or b.headline is None:
        return False
    if a.headline == b.headline:
        return True
    ha, hb = _bigram_set(a.headline), _bigram_set(b.headline)
    return bool(ha) and len(ha & hb) / len(ha) >= _MATCH_MIN


def find_continuations(articles: Sequence[Article]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``: ``articles[i]`` ends in ``(下转第N版)`` and ``articles[j]`` is its continuation.

    The continuation is on page N (when its page is known), starts with
    ``(上接第M版)`` where M is the first part's page (when known), and has the
    same publication and issue date (when both are known).  Among several, one
    that repeats the headline wins, else the first in order.
    """
    by_from: dict[int, list[int]] = {}
    every: list[int] = []
    for j, b in enumerate(articles):
        if b.continued_from is not None:
            by_from.setdefault(b.continued_from, []).append(j)
            every.append(j)
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    for i, a in enumerate(articles):
        if a.continues_on is None:
            continue
        a_page = a.page.page if a.page else None
        pool = by_from.get(a_page, []) if a_page is not None else every
        candidates = [j for j in pool if j != i and j not in taken and _continues(a, articles[j])]
        if candidates:
            best = next((j for j in candidates if _headline_match(a, articles[j])), candidates[0])
            taken.add(best)
            pairs.append((i, best))
    return pairs


def _continues(a: Article, b: Article) -> bool:
    b_page = b.page.page if b.page else None
    return ((b_page is None or b_page == a.continues_on)
            and _same(a.date, b.date) and _same(a.publication, b.publication))


def join_continuations(articles: Sequence[Article]) -> list[Article]:
    """Link each article that jumps to another page with its continuation.

    An ``OffsetMap`` leads into one source text, so the parts stay separate
    Articles, each with its own ``source``, ``source_span`` and ``offsets``
    (so every span stays reachable).  They are linked: a continuation follows
    its first part directly in the returned list (a chain 1 -> 2 -> 3 stays in
    order), keeps ``continued_from`` (the first part keeps ``continues_on``), and
    takes the first part's headline, subheadline and date when it has none of
    its own.  ``find_continuations`` gives the pairs by index.  Other articles
    keep their order; the input is not changed.
    """
    follow = dict(find_continuations(articles))
    moved = set(follow.values())
    out: list[Article] = []
    emitted: set[int] = set()
    for i in range(len(articles)):
        if i in moved or i in emitted:
            continue
        prev = articles[i]
        out.append(prev)
        emitted.add(i)
        j = follow.get(i)
        while j is not None and j not in emitted:
            part = articles[j]
            if part.headline is None:
                part = replace(part, headline=prev.headline, subheadline=prev.subheadline)
            if part.date is None:
                part = replace(part, date=prev.date)
            out.append(part)
            emitted.add(j)
            prev = part
            j = follow.get(j)
    out.extend(articles[i] for i in range(len(articles)) if i not in emitted)   # parts of a cycle
    return out


def merge_continuations(articles: Sequence[Article]) -> list[Article]:
    """Join each article that jumps to another page with its continuation into ONE article.

    The joined text is the first part's text, a newline, then the continuation's
    body (its repeated headline left out); ``parts`` records, for every printed
    part, its page (``source``), its span there and the offsets of its characters,
    so every span of the joined article leads back to the page it is printed on.
    The first part's ``source``, ``source_span`` and ``offsets`` stay those of the
    first part.  Articles without a continuation pass through unchanged.
    """
    follow = dict(find_continuations(articles))
    moved = set(follow.values())
    out: list[Article] = []
    for i, first in enumerate(articles):
        if i in moved:
            continue
        chain = [first]
        j = follow.get(i)
        while j is not None and articles[j] not in chain:
            chain.append(articles[j])
            j = follow.get(j)
        if len(chain) == 1:
            out.append(first)
            continue
        pieces = [first.text]
        parts = [ArticlePart(first.source, first.source_span, (0, len(first.text)), first.offsets)]
        length = len(first.text)
        for part in chain[1:]:
            body_start = part.body_start if part.headline is not None else 0
            body = part.text[body_start:]
            start = length + 1
            local = part.offsets.from_position(body_start)
            parts.append(ArticlePart(part.source, part.source_span, (start, start + len(body)), local))
            pieces.append(body)
            length = start + len(body)
        out.append(replace(first, text="\n".join(pieces), parts=tuple(parts), continues_on=chain[-1].continues_on))
    return out


# --- description ------------------------------------------------------------------

def describe_split(articles: Sequence[Article]) -> str:
    """A human-readable account of a split, one block per article (what ``kg split`` prints)."""
    if not articles:
        return "(no articles)"
    blocks = []
    for k, a in enumerate(articles, start=1):
        body = a.text[a.body_start:].replace("\n", " ")
        head = f"[{k}] {a.id}  chars {a.source_span[0]}-{a.source_span[1]}  date {a.date or '-'}"
        if a.headline_only:
            head += "  headline-only"
        rows = [head, f"    headline:    {a.headline or '-'}"]
        if a.subheadline:
            rows.append(f"    subheadline: {a.subheadline.replace(chr(10), ' / ')}")
        rows.append(f"    dateline:    {a.dateline or '-'}")
        rows.append(f"    byline:      {a.byline or '-'}")
        if not a.headline_only:
            rows.append(f"    body:        {body[:40]}{'…' if len(body) > 40 else ''}")
        if a.continued_from is not None:
            rows.append(f"    continued from page {a.continued_from}")
        if a.continues_on is not None:
            rows.append(f"    continues on page {a.continues_on}")
        blocks.append("\n".join(rows))
    return "\n\n".join(blocks)
