"""E-paper pages -> articles: mastheads, broken lines, repeated and misplaced headlines, jumps.

``split_page`` cuts one ``Source`` into ``Article`` records.  The text of an
e-paper page comes out of a PDF or an HTML layer in reading order more or less:
masthead lines first, words broken across blank lines (``推进项目建`` / ``设``),
headlines repeated or printed after their body.  The steps, each a pure
function of the lines before it (steps 1-3 are ``extract.page_lines.read_lines``):

1. **Lines** (``extract.lines``): the page is split at ``\\n``; each line is stripped of spaces.
2. **Furniture** (``extract.masthead``): masthead and page furniture (the paper's name, 热线, 投稿邮箱,
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
   printed more than once, or is the first line of the record, or is followed
   by a lead that opens with a date (``25日,``).  After a finished paragraph, a
   line of at most 24 characters with no comma, colon or 、 followed by a body
   paragraph, and the last line of the page, are headlines on a page of several
   stories; in one story they are a subheading and the rest of a paragraph cut
   off (``extract.heads``).  A photo's caption under a headline does not part it
   from the dateline and the story it captions.
5. **Line repair**: a line that does not end a sentence (no 。！？；… at its
   end, possibly before closing quotes or brackets) is joined to the next line
   when that line is not a headline, dateline or byline: ``推进项目建`` +
   ``设,加快`` -> ``推进项目建设,加快``.  Nothing is joined into or out of a headline.
6. **Articles**: a headline group starts an article; so does a paragraph that
   opens with a dateline or a ``(上接第N版)`` marker once the current article
   has a body.  An e-paper's list of the titles on its page (under 标题导航 or
   the 上一篇/下一篇 row, ``extract.heads.listed_lines``) gives a headline-only
   entry per title; a web page's 相关链接 list is furniture.
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
   at its first copy not printed before an unrelated body (not a site's short
   form of a printed headline).  A short run of lines with no headline and no
   sentence beside other entries is web furniture.  Articles come in
   page order of their bodies.
8. **Jumps**: ``(下转第2版)`` / ``(上接第1版)`` are cut from the text and kept
   in ``continues_on`` / ``continued_from`` (``extract.join`` joins the parts).

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
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import PurePath

from extract.describe import describe_split  # noqa: F401 (moved there; kg split and tests import it here)
from extract.dates import DateWords, issue_date_from_text
from extract.textutil import photo_caption
from extract.undated import date_from_filename
from extract.items import DECK_DASHES, Draft, items
from extract.join import find_continuations, join_continuations, merge_continuations  # noqa: F401 (moved there)
from extract.lines import BYLINE_PAREN_RE, Line, headline_text, is_byline, mark_runs
from extract.heads import find_heads, listed_lines, shared_words
from extract.headline_fit import bigram_set, fits, leader_names
from extract.masthead import DECOR, LIST_ROW_RE, PageCues
from extract.page_lines import read_lines
from extract.records import Article, OffsetBuilder, PageInfo, Source, TextSpan
from extract.textutil import CREDIT_END_RE, NAMED_CREDIT_END_RE, without_site_after_title

__all__ = ["split_page", "join_continuations", "merge_continuations", "describe_split", "find_continuations"]

# --- grammar of the page (structure, not word lists) ---------------------------

_MATCH_WINDOW = 8               # bodies tried per headline-only fragment, nearest first
_MATCH_MIN = 0.5                # share of headline bigrams a body must contain
_OTHER_STORY_MAX = 0.35         # a name-led headline sharing less with the body heads another story
_MATCH_TRIES = 16               # headlines tried against one body at most

_TAG_RE = re.compile(r"^【([^【】]{2,10})】(.{4,})$")
# the day (and time, and fields) a web page stamps after its title (…一行08-21, …成就2008-12-31:05:32来源:某某网)
_STAMP_AFTER_TITLE = re.compile(r"(?<=[\u3400-\u9fff”）)])\s*(?:(?:19|20)\d{2}[-/.])?(?:0?[1-9]|1[0-2])[-/.]"
                                r"(?:0?[1-9]|[12]\d|3[01])(?:\s*[:：]?\d{1,2}:\d{2}(?::\d{2})?)?"
                                r"(?:\s*(?:来源|作者|点击|网友评论)[:：]?.*)?$")
# the site a web page's title names before its headline (某某资讯丨…; after it: textutil.SITE_AFTER_TITLE)
_SITE_BEFORE_RE = re.compile(r"^([\u3400-\u9fff]{2,8})\s*[丨｜|]+\s*(.{4,})$")
# A title and its subtitle printed on one line, two spaces apart; what a web page says it shows with it
_TWO_TITLES_RE = re.compile(r"^([^\s].{3,}?[^\s])(?:[ \t]{2,}|\u3000+)([^\s].{3,})$")
# a wire's dateline over a feature, its title after 题: (中新网太原4月12日 题:…, 新华网银川9月14日电 题:…)
_WIRE_TITLE_RE = re.compile(r"^[^:：，,。]{2,24}?\d{1,2}月\d{1,2}日电?\s*题\s*[:：]\s*(?=\S)")
_FILE_PAGE_RE = re.compile(r"(?:^|[-_.\s])(?:p|pg|page)0*(\d{1,3})(?=$|[-_.\s])|第0*(\d{1,3})版", re.IGNORECASE)


# --- articles -----------------------------------------------------------------

def _body_text(d: Draft, lines: list[Line]) -> str:
    return "".join(lines[i].text for p in d.paras for i in p)


def _heads_another_story(d: Draft, lines: list[Line], cues: PageCues) -> bool:
    """Is the first of several headline lines the headline of another story, printed without its body?

    买买提江·吾守尔在全县冬季农业生产推进会上强调 抓实抓细冬季农业生产 / 县委理论学习中心组集体学习…
    over a body about the study session: a headline led by a leader's name and a verb that shares
    few of its character bigrams with the body, when a later headline line shares most of its own.
    A kicker (引题) over a headline is not led by a name and stays.
    """
    first = lines[d.head[0]].text
    if not leader_names(first, cues):
        return False
    body = bigram_set(_body_text(d, lines))

    def share(text: str) -> float:
        grams = bigram_set(text)
        return len(grams & body) / len(grams) if grams else 0.0

    return share(first) < _OTHER_STORY_MAX and max(share(lines[i].text) for i in d.head[1:]) >= _MATCH_MIN


def _joined_head(head_lines: Sequence[Line]) -> int:
    """How many head lines from the first make the headline (1, or more where lines go on)."""
    k = 1
    while k < len(head_lines) and head_lines[k].goes_on:
        k += 1
    return k if head_lines else 0


def _blocks(lines: list[Line], listed: set[int] = frozenset()) -> list[tuple[str, list[int]]]:
    blocks: list[tuple[str, list[int]]] = []
    repeated = Counter(ln.text for ln in lines if ln.head)
    i, n = 0, len(lines)
    while i < n:
        if i in listed:                 # a title of an e-paper's list: a headline-only entry of its own
            blocks.append(("listed", [i]))
            i += 1
        elif lines[i].head:
            group = [i]
            i += 1
            while (i < n and lines[i].head and len(group) < 3 and not lines[i].item and not lines[group[-1]].item
                   and i not in listed
                   and not lines[i].numbered
                   and repeated[lines[i].text] == 1 and repeated[lines[group[-1]].text] == 1
                   and lines[group[-1]].copies == 1 and lines[i].copies == 1):
                group.append(i)
                i += 1
            blocks.append(("head", group))
        else:
            para = [i]
            i += 1
            while (i < n and not lines[i].head and not lines[i].starts_article and not lines[i].byline
                   and not lines[para[-1]].closed and not lines[i].under_label and i not in listed
                   and not _roster_ends(lines, para[-1], i)):
                para.append(i)
                i += 1
            blocks.append(("para", para))
    return blocks


def _roster_ends(lines: list[Line], last: int, i: int) -> bool:
    """Does line ``last`` end a roster's row (成员:陈某某省财政厅副厅长), next to another row: a line each?"""
    return lines[last].roster and (lines[i].roster or last > 0 and lines[last - 1].roster)


def _drafts(lines: list[Line], blocks: list[tuple[str, list[int]]]) -> list[Draft]:
    drafts: list[Draft] = []
    cur: Draft | None = None
    for kind, idx in blocks:
        if kind == "head" and cur is not None and cur.head is None and cur.captions_only(lines) and all(
                lines[i].text.startswith(DECK_DASHES) for i in idx):
            cur.paras.append(idx)           # ■某会就职典礼,宾主合影。 / ——某某等主礼 / 本报讯…: the deck under the photo
            continue
        if kind == "listed":
            drafts.append(Draft(head=idx))
            cur = None
            continue
        if kind == "head":
            cur = Draft(head=idx)
            drafts.append(cur)
            continue
        first = lines[idx[0]]
        if cur is not None and all(_signs(lines[i]) for i in idx) and cur.has_body(lines):
            cur.paras.append(idx)           # ——— / 2009年9月28日于某办公室 / 办公室主任 何永安: a notice's signature
            continue
        # a dateline or a column's label opens an article, but not under a headline that so far holds only its
        # metadata rows (来源:某某网 / 政务 / 2024-11-22 11:01)
        # (but a dateline under a photo's caption opens the story the photo belongs to)
        captioned = (cur is not None and cur.captions_only(lines) and not photo_caption(first.text)
                     and not CREDIT_END_RE.search(first.text) and not NAMED_CREDIT_END_RE.search(first.text)
                     and shared_words(_body_text(cur, lines), first.text) >= _CAPTION_SHARES)
        listed = cur is not None and not cur.paras and bool(cur.head) and LIST_ROW_RE.match(lines[cur.head[0]].text)
        if cur is None or listed or (first.starts_article and cur.has_body(lines) and not captioned) or (
                first.under_label and (cur.has_body(lines) or _teaser_alone(cur, lines))):
            cur = Draft()
            drafts.append(cur)
        cur.paras.append(idx)
    return _without_reprinted_heads(drafts, lines)


def _signs(ln: Line) -> bool:
    """Is ``ln`` a line of a notice's signature: its date and place, or a post and a name a space apart?"""
    return (ln.caption and ln.closed and not photo_caption(ln.text)) or ln.signed


_CAPTION_SHARES = 3         # words a caption shares with the lead of the story it captions


_SENTENCE_END = frozenset("。！？!?；;")
_STUB_MAX = 80


def _no_sentence(d: Draft, lines: list[Line]) -> bool:
    """A short run of lines with no headline over it and no sentence in it, beside other entries: what a web
    page leaves around its article (进入移动版,省流量 / 2017-12-20 09:35 来源:某某网), no entry of its own."""
    if d.head is not None or d.item or not d.paras:
        return False
    text = "".join(lines[i].text for p in d.paras for i in p)
    return not _SENTENCE_END.intersection(text) and (      # (电话 新闻热线:96706 报刊发行:0531-…: contact rows)
        len(text) <= _STUB_MAX or 2 * sum("\u3400" <= c <= "\u9fff" for c in text) < len(text))


def _teaser_alone(d: Draft, lines: list[Line]) -> bool:
    """A teaser line (>某某宣布…) with nothing under it: a column's label after it opens another entry."""
    return not d.paras and d.head is not None and lines[d.head[0]].item


def _without_reprinted_heads(drafts: list[Draft], lines: list[Line]) -> list[Draft]:
    """A web page that prints its title again between its paragraphs (an image's caption, a template):
    a body under the same headline as the body before it continues that article."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (prev is not None and prev.paras and d.paras and d.head and prev.head
                and [lines[i].text for i in d.head] == [lines[i].text for i in prev.head]
                and not lines[d.paras[0][0]].starts_article and not lines[d.paras[0][0]].item):
            prev.paras.extend(d.paras)
            continue
        out.append(d)
    return out


def _representative(copies: list[Draft], lines: list[Line]) -> Draft:
    """Where a headline-only entry stands: its first copy not printed before an unrelated body,
    else the copy printed most often in a row (the last one on a tie)."""
    free = [d for d in copies if not d.stray]
    if free:
        return free[0]
    return max(reversed(copies), key=lambda d: lines[d.head[0]].copies)


_SHORT_FORM_MIN = 6      # characters a site's short form of a headline keeps at least


def _heads_a_body(key: str, real: set[str]) -> bool:
    """Is a bodiless headline the headline of a body on the page, as printed there or in a short form
    (a site's title 某某调研冬季供暖 over the printed 某某调研冬季供暖时要求)?"""
    return key in real or len(key) >= _SHORT_FORM_MIN and any(
        len(r) >= _SHORT_FORM_MIN and (r.startswith(key) or key.startswith(r)) for r in real)


def _place_headlines(drafts: list[Draft], lines: list[Line], cues: PageCues) -> list[tuple[int, Draft]]:
    """Check headlines against bodies, match bodiless ones, dedupe; return (position, draft) in page order."""
    bodied = [d for d in drafts if d.paras]
    loose: list[Draft] = [d for d in drafts if not d.paras and not d.item]
    teasers = [d for d in drafts if not d.paras and d.item]     # each its own headline-only entry, where printed
    for d in bodied:
        if d.head is not None and len(d.head) > 1 and _heads_another_story(d, lines, cues):
            loose.append(Draft(head=d.head[:1], stray=True))
            d.head = d.head[1:]
        if d.head is not None and not fits(lines[d.head[0]].text, _body_text(d, lines), cues):
            loose.append(Draft(head=d.head, stray=True))
            d.head = None
    real = {lines[d.head[0]].text for d in bodied if d.head is not None}
    by_key: dict[str, list[Draft]] = {}
    for d in loose:
        key = lines[d.head[0]].text
        if not _heads_a_body(key, real):
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
            heads_bigrams = bigram_set(key)
            if not heads_bigrams:
                continue
            for j in range(lo, hi):
                body = headless[j]
                if body.tries >= _MATCH_TRIES:
                    continue
                body.tries += 1
                if body.body is None:
                    body.body = _body_text(body, lines)
                    body.bigrams = bigram_set(body.body)
                if not fits(key, body.body, cues):
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
    placed: list[tuple[int, Draft]] = []
    for d in bodied:
        placed.append((d.paras[0][0], d))
    for key, d in chosen.items():
        if key not in used_keys:
            placed.append((d.head[0], d))
    placed += [(d.head[0], d) for d in teasers]
    placed.sort(key=lambda pair: pair[0])
    return placed


def _newline_near(text: str, after: int, before: int) -> int:
    p = text.find("\n", after)
    if p < 0:
        p = text.rfind("\n", 0, before)
    if p < 0:
        p = text.find("\n")
    return p


def _dateline_and_byline(first: str, second: str | None, cues: PageCues) -> tuple[str | None, str | None]:
    dateline = byline = None
    m = cues.dateline_re.match(first)
    rest = first
    if m:
        dateline = m.group().strip(" 【】[]")
        rest = first[m.end():]
    paren = BYLINE_PAREN_RE.match(rest)
    if paren and is_byline(paren.group("body"), cues):
        byline = paren.group("body").strip()
    elif m:
        tokens: list[str] = []
        for token in rest[:80].split():
            candidate = " ".join([*tokens, token])
            if is_byline(candidate, cues):
                tokens.append(token)
            else:
                break
        byline = " ".join(tokens) or None
    if byline is None and is_byline(first, cues):
        byline = first.strip(DECOR)
        if second is not None and dateline is None:
            m2 = cues.dateline_re.match(second)
            dateline = m2.group().strip(" 【】[]") if m2 else None
    return dateline, byline


def _article(source: Source, lines: list[Line], d: Draft, cues: PageCues, *,
             article_id: str, page: PageInfo, date: str | None, publication: str | None,
             truncated: bool = False, credits: Sequence[TextSpan] = ()) -> Article:
    text = source.text
    b = OffsetBuilder()
    prev_end: int | None = None
    body_start: int | None = None
    head_lines = [lines[i] for i in d.head] if d.head else []
    joined = _joined_head(head_lines)          # the lines of a headline printed over several lines, as one
    segments: list[tuple[bool, list[TextSpan]]] = [(True, [p for ln in head_lines[:joined] for p in ln.pieces])]
    segments += [(True, ln.pieces) for ln in head_lines[joined:]]
    segments += [(False, [p for i in para for p in lines[i].pieces]) for para in d.paras]
    segments += [(False, [span]) for span in credits]     # a web page's 作者:/责任编辑: row, read as its credit
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
    headline = headline_text(head_lines[0], cues).rstrip("|｜ ") if head_lines else None
    if headline and headline.startswith("【") and headline.endswith("】") and "】" not in headline[1:-1]:
        headline = headline[1:-1]               # 【标题】: a teaser entry
    column = d.column
    if headline:        # …主持回归20周年展-香港商报, |某某开幕, …一行08-21: the site, a pipe and the stamp of the page
        headline = _STAMP_AFTER_TITLE.sub("", without_site_after_title(headline)).lstrip("|｜ ") or headline
    tag = _TAG_RE.match(headline or "") or _SITE_BEFORE_RE.match(headline or "")
    if tag:                                     # 【平阴政协】政协第十一届…会议召开, 某某资讯丨…: the tag is the column
        column, headline = column or tag.group(1), tag.group(2)
    joined = _joined_head(head_lines)
    headline = headline + "".join(ln.text for ln in head_lines[1:joined]) if headline else headline
    subheadlines = [ln.text for ln in head_lines[joined:]]
    two = _TWO_TITLES_RE.match(headline or "")
    if two:                                     # 某参访团到市议会参访  加强双边交流合作: title and subtitle, one line
        headline, subheadlines = two.group(1), [two.group(2)] + subheadlines
    elif headline and d.paras and (pair := clause_pair(headline, cues)):     # (a listed title stays whole)
        headline, subheadlines = pair[0], [pair[1]] + subheadlines
    # (…学习考察(组图): the marker of the pictures is kept as printed, as most of the field gold keeps it, 10 of 15)
    headline = headline.lstrip("·• ") if headline else headline    # ·标题: a list's dot
    headline = _WIRE_TITLE_RE.sub("", headline) if headline else headline     # 中新网太原4月12日 题:标题
    subheadline = "\n".join(subheadlines) or None
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
        date=date, page=page,
        dateline=dateline, byline=byline,
        continues_on=to_pages[-1] if to_pages else None,
        continued_from=from_pages[0] if from_pages else None,
        url=source.url,
        publication=publication,
        locale=source.locale,
        body_start=body_start if body_start is not None else len(body),
        column=column,
        warnings=("truncated: the page ends inside this article",) if truncated else (),
    )


_ONE_SPACE_RE = re.compile(r"(?<=\S)[ \u3000](?=\S)")
# What a title's first part may not end with or hold for the rest to be a subtitle: a colon, a bar (张某:深化合作
# 实现共赢, 镇街看点|锚定目标 决胜全年: slogans quoted or under a tag); what the rest may not open with: an
# ordinal or the second half of a name broken at the space (召开第十七届人民代表大会 第六次会议, …区 委员会…)
_NOT_A_FIRST_CLAUSE = re.compile(r"[:：|丨｜]")
_NOT_A_SECOND_CLAUSE = re.compile(r"^(?:第|[0-9０-９一二三四五六七八九十]+[届次]|委员会|关于)")


def clause_pair(headline: str, cues: PageCues) -> tuple[str, str] | None:
    """A title line of two clauses one space apart, both with a verb, the second telling who did what (某县选举出新一届
    领导班子 某某当选县长, 某会议举行 某某主持): the headline and its subheadline.  A first part ending in a speech verb keeps what was
    said in the headline (某某在检查时强调 守住安全底线 …); so does a title with one clause and slogans."""
    m = _ONE_SPACE_RE.search(headline)
    if m is None or cues.clause_verb_re is None:
        return None
    first, rest = headline[:m.start()], headline[m.end():].strip()
    if (len(first) < 5 or len(rest) < 4 or _NOT_A_FIRST_CLAUSE.search(first) or _NOT_A_SECOND_CLAUSE.match(rest)
            or first.endswith(tuple(cues.speech_verbs)) or not all(map(_is_clause_text, (first, rest)))):
        return None
    if not (cues.clause_verb_re.search(first) and cues.clause_verb_re.search(rest)) or not _says_who(rest, cues):
        return None
    return first, rest


# what opens a subheadline that says who did what at the headline's event: a decision (决定某某为…), or a name and
# its act, another name, 在 (某某在某地调研), 作 (某某作政府工作报告), 等 or 、
_WHO_NEXT = "在作等、和与"
_DECIDED = re.compile("决定|任命|选举")


def _says_who(rest: str, cues: PageCues) -> bool:
    """Does the second clause of a title line tell who did what (某某主持并讲话, 甲乙等出席仪式, 决定某某为代市长), not
    go on with the first (表示加强合作, 全力谱写新篇章: the gold of the field set keeps those titles whole)?"""
    if _DECIDED.match(rest):
        return True
    surnames = cues.surnames or frozenset()
    for k in (2, 3):
        if rest[0] in surnames and len(rest) > k and (
                rest[k] in _WHO_NEXT or rest[k] in surnames or (cues.act_label_re and cues.act_label_re.match(rest, k))):
            return True
    return False


def _is_clause_text(t: str) -> bool:
    """Mostly Chinese: not a date, a time or a site's name in Latin letters."""
    return sum("\u3400" <= c <= "\u9fff" for c in t) * 2 > len(t)


def _page_from_name(*names: str) -> int | None:
    for name in names:
        stem = PurePath(name.replace("\\", "/")).stem
        m = _FILE_PAGE_RE.search(stem)
        if m:
            return int(m.group(1) or m.group(2))
    return None


def split_page(source: Source, *, lexicon_dirs: tuple[str, ...] = (), cues: PageCues | None = None) -> list[Article]:
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

    ``cues``: the page cues of a ``Vocabulary`` (an ``Extractor`` passes its own);
    without them, those of ``lexicon_dirs``.
    """
    if cues is None:
        from extract.vocab import vocabulary

        cues = vocabulary(tuple(str(d) for d in lexicon_dirs)).page_cues
    read = read_lines(source.text, cues)
    lines, info, credits, columns = read.lines, read.info, read.credits, read.columns
    mark_runs(lines)
    find_heads(lines, cues)
    drafts = items(_drafts(lines, _blocks(lines, listed_lines(lines, source.text))), lines, cues)
    placed = _place_headlines(drafts, lines, cues)
    if len(placed) > 1:
        placed = [(k, d) for k, d in placed if not _no_sentence(d, lines)] or placed
    if columns:
        at = [k for k, _ in columns]
        renamed: dict[str, str] = {}
        for _, d in placed:
            first = d.paras[0][0] if d.paras else d.head[0]
            k = bisect.bisect_right(at, first) - 1
            # a section printed right over the body (大 事 记 under the page's title) is the column of its run
            # of items, not the title above it
            if k >= 0 and columns[k][1] and at[k] == first and d.head is None and d.column is not None:
                renamed[d.column] = columns[k][1]
            if d.column in renamed:
                d.column = renamed[d.column]
            elif d.column is None and k >= 0:
                d.column = columns[k][1]

    page = PageInfo(
        publication=info.publication or source.publication,
        issue=info.issue,
        page=info.page if info.page is not None else _page_from_name(source.origin, source.id),
        date=(info.date or source.date or date_from_filename(source.origin) or date_from_filename(source.id)
              or _date_in(source.headline, cues.date_words)),
        organizations=tuple(info.organizations),
    )
    date = source.date or page.date
    publication = source.publication or page.publication
    if not placed:
        return [Article(id=source.id, source=source.origin, text="", source_span=(0, 0), headline=source.headline,
                        date=date, page=page, url=source.url, publication=publication, locale=source.locale)]
    last = max(placed, key=lambda pair: pair[1].paras[-1][-1] if pair[1].paras else -1)[1]
    # a web page's credit rows (来源:X 责任编辑:Y) are its article's; on a page of several articles only the
    # rows printed before the first (a page's 责任编辑 at its foot is the page's)
    first_bodied = next((d for _, d in placed if d.paras), None)
    single = sum(bool(d.paras) for _, d in placed) == 1
    cut_off = bool(last.paras) and last.paras[-1][-1] == len(lines) - 1 and not lines[-1].closed
    articles = [
        _article(source, lines, d, cues, article_id=source.id if len(placed) == 1 else f"{source.id}#{k}",
                 page=page, date=date, publication=publication, truncated=cut_off and d is last,
                 credits=[c for c in credits if single or c[0] < lines[d.paras[0][0]].start]
                 if d is first_bodied else ())
        for k, (_, d) in enumerate(placed, start=1)
    ]
    if len(articles) == 1 and articles[0].headline is None and source.headline:
        articles[0] = replace(articles[0], headline=source.headline)
    return articles


def _date_in(title: str | None, words: DateWords) -> str | None:
    """The issue date written in an HTML page's title (钱塘新区报 2025年9月26日 第1版)."""
    found = issue_date_from_text(title, words=words) if title else None
    return found[0] if found else None
