"""Bylines and credits: reporters, correspondents, photographers and editors, never participants.

    (杭州日报记者 郭燕 本报记者 赵一霖)   (记者 张三 摄)   张三 李四/摄   通讯员 张三报道   张三 供图
    作者:张三   责任编辑:张三   人民网某地5月8日电(张三、李四)   …的事实依据。(张三 李四)

Three readings, all pure functions of the article text and the vocabulary:

* a credit word before its names (记者, 责任编辑, 作者, 文/: ``reporter_words.tsv``, position
  ``before``); a media name before the word is its organ (杭州日报记者), as in ``extract.officials``;
* a credit word after its names (摄, 供图, 报道, 翻摄, /文: position ``after``), the names
  running back to a clear start (``。张三 摄``, ``(张三 李四 摄)``);
* names alone in brackets, where only a credit stands: right after a dateline
  (``本报讯(张三)``, ``人民网某地5月8日电(张三、李四)``) or closing a paragraph
  (``…的事实依据。(张三 李四)``, ``(某镇 张三)`` on its own line).

A credit word's post is the person's title where it names one (记者, 责任编辑); where it names none
(post ``-``: 作者, 摄, 供图, 文/) the person is a reporter without a title.
"""
from __future__ import annotations

import re

from extract import lexicon
from extract.names import NameHit, place_like, plausible_name, read_name
from extract.officials import POSTED_TO, NameMention, looks_like_org, news_source_head, seg_start
from extract.records import Title
from extract.textutil import compile_words, is_cjk
from extract.vocab import Vocabulary

__all__ = ["FILED_ON", "find_reporters"]

NO_POST = "-"                   # reporter_words.tsv: the credit names no post
MAX_NAMES = 8                   # names in one credit; a page of bylines is not read as one list
_NAME_SEP = " \u3000、"          # between the names of one credit
_AFTER_WORD = " \u3000:：/|｜▏丨【】]◎"    # between a credit word and its first name (记者|某某, 【通讯员】某某, 记者◎某某)
# A bracket that may hold a credit: no line break, no nested bracket, short.
_BRACKET = re.compile(r"[(（]([^()（）\n]{2,40})[)）]")
_GROUP_TOKEN = re.compile(r"[^ \u3000、,，:：]+")      # the names (and a unit) inside it: (某局:张三)
# What may stand before a closing credit: the end of a sentence or of a quotation, or a line's start.
_PARAGRAPH_END = "。！？!?”」\""
_DOTS = "·•・"


def find_reporters(text: str, vocab: Vocabulary, *, start: int = 0) -> list[NameMention]:
    """Reporters, correspondents, photographers and editors credited in the text: never participants."""
    after_re = vocab.derived("credit_after_re", _credit_after_re)
    out = _credits_before_names(text, vocab, after_re, start)
    for m in (_credits_after_names(text, vocab, after_re, start) + _bare_credits(text, vocab, start)
              + _stamp_authors(text, vocab, start)):
        if not any(m.span[0] < x.span[1] and x.span[0] < m.span[1] for x in out):
            out.append(m)                  # the first reading of a credit wins (记者 张三 摄: 记者)
    return out


def _credit_after_re(vocab: Vocabulary) -> re.Pattern[str] | None:
    """The credit words written after their names (position ``after`` in ``reporter_words.tsv``).

    The positions are the built-in file's (the vocabulary keeps the words, not their positions): a
    word a user's lexicon adds is read before its names, a word it removes is not read at all."""
    positions = lexicon.load("reporter_words")
    after = [w for w in vocab.reporter_words if positions.field(w, 1) == "after"]
    return compile_words(after) if after else None


def _credit_outlets(vocab: Vocabulary) -> frozenset[str]:
    """The outlets credit words name (本报, 融媒体): written before another credit word, its organ too."""
    return vocab.derived("credit_outlets", lambda v: frozenset(v.reporter_orgs.values()))


def _title(vocab: Vocabulary, word: str, org: str | None, surface: str, span: tuple[int, int]) -> tuple[Title, ...]:
    post = vocab.reporter_words.get(word, word)
    return () if post == NO_POST else (Title(post, org, surface, span),)


# --- 记者 张三, 责任编辑:张三, 文/张三 -------------------------------------------------------------

_REVIEW_LEVEL = re.compile(r"[(（][一二三终]审[)）]")


# 编 辑: 张某, 责 编: 李某: a two-character credit word spaced out to the width of the others in a credit block
_SPACED_CREDIT = re.compile(r"([\u4e00-\u9fff])[ \u3000\u00a0]([\u4e00-\u9fff])(?=[ \u3000]*[:：])")


def _spaced_word(m: re.Match | None, vocab: Vocabulary) -> str | None:
    """The credit word a match of ``_SPACED_CREDIT`` spells, if it is one (编 辑 -> 编辑)."""
    word = m.group(1) + m.group(2) if m else None
    return word if word in vocab.reporter_words else None


def _credit_words(text: str, vocab: Vocabulary, start: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of each credit word from ``start``, spaced out ones included, in text order."""
    found = [(m.start(), m.end(), m.group()) for m in vocab.reporter_re.finditer(text, start)]
    if ":" in text or "：" in text:
        found += [(m.start(), m.end(), word) for m in _SPACED_CREDIT.finditer(text, start)
                  if (word := _spaced_word(m, vocab))]
    return sorted(found)


def _credits_before_names(text: str, vocab: Vocabulary, after_re: re.Pattern[str] | None,
                          start: int) -> list[NameMention]:
    out: list[NameMention] = []
    for w_start, w_end, word in _credit_words(text, vocab, start):
        if after_re is not None and after_re.fullmatch(word) and text[w_end:w_end + 1] not in (":", "："):
            continue                       # 张三 摄: read by _credits_after_names (供稿:张三 is read here)
        if text[w_end:w_end + 1] in ("家", "师") and word in ("摄影", "摄像"):
            continue                       # 摄影家车刚, 小摄影师某某: the profession, not the credit
        post = vocab.word_ends_at(text, w_end, vocab.posts, max_len=6)
        if post and len(post) > w_end - w_start and text[w_end:w_end + 1] not in _AFTER_WORD:
            continue                       # 某局副局长兼总编辑高某: the post 总编辑, not the credit 编辑
        pos = _skip(text, w_end, _AFTER_WORD)
        review = _REVIEW_LEVEL.match(text, pos)         # 编辑(一审):某某
        if review:
            pos = _skip(text, review.end(), _AFTER_WORD)
        if word.endswith("/") and word + text[pos:pos + 1] in vocab.reporter_words:
            pos = _skip(text, pos + 1, _AFTER_WORD)      # 图/ 文 张三: one credit written with a space
        unit = _GROUP_TOKEN.match(text, pos) if text[w_end:w_end + 1] in _AFTER_WORD else None   # (not 工|作者举行…)
        if (unit and len(unit.group()) <= _UNIT_MAX and is_cjk(unit.group()[-1]) and not _SENTENCE_MARK.search(unit.group())
                and text[unit.end():unit.end() + 1] in _NAME_SEP and _unit(unit.group(), vocab)):
            pos = _skip(text, unit.end(), _NAME_SEP)     # 作者: 某区融媒体中心 张三 李四: the unit, then the names
        names: list[NameHit] = []
        while len(names) < MAX_NAMES:
            hit = read_name(text, pos, vocab, min_score=0, free=True) or _token_name(text, pos, vocab, after_re)
            if hit is not None:
                hit = _cut_before_place_filed(text, _cut_before_credit(text, hit, after_re), vocab, after_re)
            if hit is not None and not _byline_end(text, hit.end, after_re, vocab):
                hit = _two_run_together(text, pos, after_re, vocab) or hit     # (记者王某某张某某)
            if hit is None or not _byline_end(text, hit.end, after_re, vocab):
                hit = _token_name(text, pos, vocab, after_re)       # 记者张文都⏎: the line ends the name
                if hit is None or not _byline_end(text, hit.end, after_re, vocab):
                    break
            names.append(hit)
            q = _skip(text, hit.end, _NAME_SEP)
            if q == hit.end or q >= len(text) or vocab.reporter_re.match(text, q) or not is_cjk(text[q]):
                break
            pos = q
        if not names:
            continue
        names = [piece for hit in names for piece in _split_two(text, hit, vocab)]
        seg = seg_start(text, w_start, vocab, max(start, w_start - 12))
        org_text = text[seg:w_start].strip()
        posted = POSTED_TO.search(org_text)
        if posted:
            org_text = org_text[:posted.start()]      # 本报驻某国记者: the outlet's, posted abroad
        if any(d in org_text for d in _DOTS + "-"):    # (新甘肃·甘肃日报记者, 广西云-广西日报记者): a client, then its paper
            cut = max(org_text.rfind(d) for d in _DOTS + "-") + 1
            seg, org_text = seg + len(text[seg:w_start]) - len(text[seg:w_start].lstrip()) + cut, org_text[cut:]
        source = news_source_head(org_text, vocab)
        if source:              # (中国台湾网|襄阳市台办通讯员 某某): the site that ran the credit is not its organ
            seg, org_text = seg + source, org_text[source:]
        org = vocab.reporter_orgs.get(word)          # 本报记者 -> 本报, 融媒体记者 -> 融媒体
        if org is None and org_text and (org_text in _credit_outlets(vocab) or looks_like_org(org_text, vocab)
                                         or _is_outlet(org_text, vocab)):
            org = org_text                            # 杭州日报记者, 全媒体首席记者, 南海网记者
        surface_start = seg if org and word not in vocab.reporter_orgs else w_start
        titles = _title(vocab, word, org, text[surface_start:w_end], (surface_start, w_end))
        for h in names:
            out.append(NameMention(h.text(text), (h.start, h.end), titles, "byline", is_reporter=True))
    return out


def _token_name(text: str, pos: int, vocab: Vocabulary, after_re: re.Pattern[str] | None = None) -> NameHit | None:
    """A credit's name that is also a word (作者:严格 某某, 本报记者 刘计划 摄): two or three characters set off by
    spaces, a closing bracket or the line's end, a surname first; of three, a plausible name, or any between a
    credit word and the credit word or the bracket that closes it (摄, (审核:黄争光))."""
    end = pos
    while end < len(text) and end - pos <= 3 and is_cjk(text[end]):
        end += 1
    token = text[pos:end]
    if not (2 <= len(token) <= 3) or (end < len(text) and text[end] not in _NAME_SEP + "\n)）]】"):
        return None
    closing = after_re.match(text, _skip(text, end, _NAME_SEP)) if after_re is not None else None
    closed = closing is not None and _credit_closed(text, closing.end())
    bracketed = end < len(text) and text[end] in ")）]】"        # (审核:黄争光): the credit closes there
    # 记者 付首鹏 通讯员 某某, 记者 付首鹏⏎: the next credit or the line's end closes it
    framed = end >= len(text) or text[end] == "\n" or vocab.reporter_re.match(text, _skip(text, end, _NAME_SEP))
    if not vocab.is_surname(token[0]) and not _pen_name(text, pos, end, token, framed, vocab):
        return None
    if len(token) == 3 and not plausible_name(token, vocab) and not (closed or bracketed or framed):
        return None
    return NameHit(pos, end, 0)


def _pen_name(text: str, pos: int, end: int, token: str, framed: bool, vocab: Vocabulary) -> bool:
    """编辑:子萱⏎, 编辑:子萱 来源:…: a pen name of two characters no surname opens, right after a credit word's
    colon and closed by the line's end, the next credit or the page's next field; no word, place or unit."""
    after = _skip(text, end, _NAME_SEP)
    return (len(token) == 2 and text[pos - 1:pos] in (":", "：")
            and (framed or _STAMP_LABEL.match(text, after) is not None or text.startswith(("栏目:", "栏目："), after))
            and not _known_word(token, vocab) and token not in vocab.word_pairs and not place_like(token)
            and not _unit(token, vocab))


def _two_run_together(text: str, pos: int, after_re: re.Pattern[str] | None, vocab: Vocabulary) -> NameHit | None:
    """(记者王某某张某某), (记者金某张某某王某李某某): names written together up to the credit's end, as one hit
    that ``_split_two`` parts."""
    end = pos
    while end < len(text) and end - pos <= _RUN_MAX and is_cjk(text[end]):
        end += 1
    if 4 <= end - pos <= _RUN_MAX and _byline_end(text, end, after_re, vocab) and len(
            _two_names((pos, text[pos:end]), vocab)) >= 2:
        return NameHit(pos, end, 0)
    return None


def _cut_before_credit(text: str, hit: NameHit, after_re: re.Pattern[str] | None) -> NameHit:
    """记者林东良翻摄: a credit word written after the name, read into it, ends it (林东良)."""
    if after_re is None:
        return hit
    for k in range(hit.start + 2, hit.end):
        m = after_re.match(text, k)
        if m and m.end() >= hit.end and _credit_closed(text, m.end()):
            return NameHit(hit.start, k, hit.score)
    if hit.end - hit.start == 3 and text[hit.end:hit.end + 1] in "/／" and text[hit.end - 1] in "文图":
        return NameHit(hit.start, hit.end - 1, hit.score)     # 采写:李冰文/图:某某: 文/ opens the next credit
    return hit


def _cut_before_place_filed(text: str, hit: NameHit, vocab: Vocabulary,
                            after_re: re.Pattern[str] | None) -> NameHit:
    """记者王某石家庄18日电, 记者王某西安报道: the place the report was filed from, read into the name, ends it
    (王某); so does a place the name ran into (记者李某|内蒙古22日电: 李某内)."""
    for k in range(hit.start + 2, hit.end):
        place = vocab.region_re.match(text, k)
        if place and place.end() >= hit.end and (_DAY_FILED.match(text, place.end()) or (
                after_re is not None and (m := after_re.match(text, place.end())) and _credit_closed(text, m.end()))):
            return NameHit(hit.start, k, hit.score)
    return hit


def _byline_end(text: str, pos: int, after_re: re.Pattern[str] | None, vocab: Vocabulary) -> bool:
    """A name of a credit ends at anything but a Chinese character (a space, 、, a bracket, the date a
    page's line repair glued on: 责任编辑:张三5月8日), at a credit word that closes it (张三报道), or where the
    next credit begins, the lines run together (校对:张三|责任编辑:李四, 记者马某|见习记者赵某)."""
    if pos >= len(text) or not is_cjk(text[pos]) or _STAMP_LABEL.match(text, pos):
        return True             # (编辑: 张三|发布时间:…: a web page's next field)
    place = vocab.region_re.match(text, pos)
    if any(p and _DAY_FILED.match(text, p.end()) for p in (place, _PLACE_SHAPED.match(text, pos))):
        return True             # 记者王某|石家庄18日电: the place the report was filed from, then its day
    closing = after_re.match(text, place.end()) if place and after_re is not None else None
    if closing and _credit_closed(text, closing.end()):
        return True             # 记者王某|新竹报导: the place the report was filed from, then the closing word
    m = after_re.match(text, pos) if after_re is not None else None
    if m and (_credit_closed(text, m.end()) or m.group() in _REPORTED):
        return True             # (通讯员)张三报道|日前,…: after a credit word, 报道 closes the name whatever follows
    nxt = vocab.reporter_re.match(text, pos)
    if nxt is None:
        return _spaced_word(_SPACED_CREDIT.match(text, pos), vocab) is not None     # …张三|责 编: 李四
    # …|责任编辑:李四, or (记者马某|见习记者赵某): the next credit with its own name after it
    return (text[nxt.end():nxt.end() + 1] in (":", "：")
            or (len(nxt.group()) >= 2 and read_name(text, nxt.end(), vocab, min_score=0, free=True) is not None))


# 记者某某|高雄县二十一日电: a place no lexicon lists, by its level, before the day the report was filed
_PLACE_SHAPED = re.compile(r"[\u4e00-\u9fff]{1,4}[市县区州]")
_DAY_FILED = re.compile(r"\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)")


_REPORTED = ("报道", "报导")
_UNIT_MAX = 16                                  # the longest unit written before a credit's names
_SENTENCE_MARK = re.compile(r"[。！？!?；;]")
_STAMP_LABEL = re.compile(r"(?:发布|更新)(?:时间|日期)|(?:信息)?来源[:：]|浏览(?:次数|量)?[:：]|点击(?:数|量)?[:：]")


def _credit_closed(text: str, pos: int) -> bool:
    return pos >= len(text) or not is_cjk(text[pos])


# --- 张三 摄, 张三 李四/摄, 张三 供图, (张三 摄) --------------------------------------------------

def _credits_after_names(text: str, vocab: Vocabulary, after_re: re.Pattern[str] | None,
                         start: int) -> list[NameMention]:
    if after_re is None:
        return []
    out: list[NameMention] = []
    for m in after_re.finditer(text, start):
        if not _credit_closed(text, m.end()):
            continue                       # 摄影, 报道称: a word, not a credit
        titles = _title(vocab, m.group(), None, m.group(), m.span())
        end = _skip_back(text, m.start(), _AFTER_WORD)
        slash = max(text.rfind("/", max(start, end - 10), end), text.rfind("／", max(start, end - 10), end))
        filed = slash >= 0 and vocab.region_re.match(text, slash + 1) is not None and all(
            is_cjk(c) or c in "-—、" for c in text[slash + 1:end])
        if filed:
            end = slash                    # 【甲、乙/台北报导】, 【甲/台北-台中报导】: where the report was filed from
        for _ in range(MAX_NAMES):
            s = end
            while s > max(start, end - 8) and (is_cjk(text[s - 1]) or text[s - 1] in _DOTS):
                s -= 1
            if s > start and (is_cjk(text[s - 1]) or text[s - 1] in _DOTS):
                break                      # a longer run of characters: prose, not a credit
            word = vocab.reporter_re.match(text, s, end)
            sent = next((k + 1 for k in range(s + 2, end - 2) if text[k] == "发" and _is_outlet(text[s:k], vocab)), None)
            name_start = word.end() if word and word.end() < end else sent or s     # 记者王益炜 摄, 中新社发某某摄
            name = text[name_start:end]
            bound = (filed or m.group().startswith("/")) and name_start == s and 2 <= len(name) <= 3
            if not (plausible_name(name, vocab) or bound and vocab.is_surname(name[0]) and name not in vocab.non_names):
                break                      # (潘某 郑国统/摄, 【甲、乙/台北报导】: a separator and the credit bound a
                #                            name, rare or not)
            out.append(NameMention(name, (name_start, end), titles, "byline", is_reporter=True))
            if name_start != s:
                break                      # the credit word before the name opens the credit
            end = _skip_back(text, s, _NAME_SEP)
            if end == s:
                break
    return out


# --- 本报讯(张三), 某网某地5月8日电(张三、李四), …。(张三 李四), (某镇 张三) ---------------------------

def _bare_credits(text: str, vocab: Vocabulary, start: int) -> list[NameMention]:
    out: list[NameMention] = []
    for m in _BRACKET.finditer(text, start):
        if not (_closes_paragraph(text, m) or _after_dateline(text, m.start(), vocab)
                or _source_follows(text, m, vocab)):
            continue
        spaced = _spaced_credit(text, m, vocab)
        if spaced is not None:
            out.append(spaced)
            continue
        inner_start = m.start(1)
        tokens = [(t.start() + inner_start, t.group()) for t in _GROUP_TOKEN.finditer(m.group(1))]
        while len(tokens) > 1 and (_unit(tokens[0][1], vocab) or vocab.reporter_re.fullmatch(tokens[0][1])):
            tokens = tokens[1:]            # (某镇 张三), (某某中心出品 某某融媒 张三 李四), (作者:某局 张三): the units
            #                                (and a credit word before them), then the names
        if len(tokens) == 1 and not plausible_name(tokens[0][1], vocab):
            tokens = _unit_then_name(tokens[0], vocab)                # (某省台办蒋某某): the unit, then the name
        tokens = [part for t in tokens for part in _two_names(t, vocab)]    # (梁萍蒙建丽): two names run together
        word_at = next((i for i, (_, t) in enumerate(tokens) if vocab.reporter_re.match(t)), None)
        if word_at:
            tokens = tokens[:word_at]      # (张三 李四 记者 王五): the names before the credit word (its own are read above)
        credited = word_at is not None     # (a credit word vouches for the surname-led names beside it)
        pen_names = _pen_names(text, m, tokens, vocab)
        if not tokens or len(tokens) > MAX_NAMES or not pen_names and not all(
                plausible_name(t, vocab) or credited and 2 <= len(t) <= 3 and vocab.is_surname(t[0]) for _, t in tokens):
            continue
        if any(vocab.reporter_re.search(t) for _, t in tokens):
            continue                       # (张三摄), (记者张三): a credit word, read with its names above
        out += [NameMention(t, (s, s + len(t)), (), "byline", is_reporter=True) for s, t in tokens]
    return out


_SPACED_OUT = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]){3,}[\u4e00-\u9fff]")


def _spaced_credit(text: str, bracket: re.Match[str], vocab: Vocabulary) -> NameMention | None:
    """本报讯 (记 者 刘 洋): a credit whose every character is spaced out (a typeset page's letter-spacing), as the
    credit word's one name, the spaces left out of it."""
    inner = bracket.group(1).strip(" \u3000")
    if not _SPACED_OUT.fullmatch(inner):
        return None
    joined = inner[::2]
    word = vocab.reporter_re.match(joined)
    name = joined[word.end():] if word else ""
    if not (2 <= len(name) <= 3 and plausible_name(name, vocab)):
        return None
    first = bracket.start(1) + bracket.group(1).index(inner) + 2 * word.end()
    titles = _title(vocab, word.group(), None, word.group(), (first - 2 * word.end(), first - 1))
    return NameMention(name, (first, first + 2 * len(name) - 1), titles, "byline", is_reporter=True)


def _pen_names(text: str, bracket: re.Match[str], tokens: list[tuple[int, str]], vocab: Vocabulary) -> bool:
    """某网某地6月30日电(又欣 启平 玲娟): a wire's credit of given names alone, two or more of two characters
    set apart by spaces right after its dateline, none a word the lexicons know (a place, a post, a unit)."""
    return (len(tokens) >= 2 and all(len(t) == 2 and all(is_cjk(c) for c in t) for _, t in tokens)
            and " " in bracket.group(1).strip() and _after_dateline(text, bracket.start(), vocab)
            and not any(_known_word(t, vocab) for _, t in tokens))


def _known_word(token: str, vocab: Vocabulary) -> bool:
    """A place, a post, a word or a body the lexicons know: no pen name (two characters no surname opens)."""
    return token in vocab.regions or token in vocab.posts or token in vocab.non_names or looks_like_org(token, vocab)


def _unit_then_name(token: tuple[int, str], vocab: Vocabulary) -> list[tuple[int, str]]:
    """(海南省台办蒋某某): a correspondent's unit and name written together, as the name alone; else the token."""
    start, t = token
    for k in (3, 2):
        if len(t) - k >= 3 and plausible_name(t[-k:], vocab) and looks_like_org(t[:-k], vocab) and _unit(t[:-k], vocab):
            return [(start + len(t) - k, t[-k:])]
    return [token]


def _unit(token: str, vocab: Vocabulary) -> bool:
    """A correspondent's unit or outlet before the names of a bracketed credit (某镇, 某某融媒, …出品), not a
    name that ends like a place (张云龙: 云龙 is a county)."""
    if token.endswith(_PRODUCED + _CREWS) or _is_outlet(token, vocab) or "融媒" in token:
        return True
    return looks_like_org(token, vocab) and (place_like(token) or not plausible_name(token, vocab))


_PRODUCED = ("出品", "制作", "监制")
_CREWS = ("报道组", "采访组", "报道团", "采访团", "摄制组")     # (某传媒集团特别报道组 张三 李四)


# A web page's stamp row that names its writer between the time and the source: 2012-03-05 16:56 某某 来源:…
_STAMP_AUTHOR = re.compile(r"(?<![0-9])\d{1,2}:\d{2}(?::\d{2})?[ \u3000]*(?P<name>[\u3400-\u9fff]{2,3})[ \u3000]+"
                           r"(?=来源|信息来源|作者|编辑|点击|浏览)")


# … or after its source, at the row's end: 2021-09-29 17:09   某某人民政府   张三 李四
_STAMP_TAIL = re.compile(r"^[ \u3000]*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?"
                         r"[ \u3000]{2,}[^ \u3000\n]{2,24}[ \u3000]{2,}"
                         r"(?P<names>[\u3400-\u9fff]{2,3}(?:[ \u3000]+[\u3400-\u9fff]{2,3}){0,3})[ \u3000]*$", re.M)
# … or opening it, before the stamp: 张三 李四   发布时间:2018-05-27 (a web page's row under its title)
_STAMP_HEAD = re.compile(r"^[ \u3000]*(?P<names>[\u3400-\u9fff]{2,3}(?:[ \u3000]+[\u3400-\u9fff]{2,3}){0,3})[ \u3000]+"
                         r"(?=发布时间|发布日期|发表时间)", re.M)
# □张三 closing the last paragraph: an e-paper's credit mark
_MARKED_CREDIT = re.compile(r"(?:(?<=[。！？”])|^)[ \u3000]*□[ \u3000]*(?P<name>[\u3400-\u9fff]{2,3})[ \u3000]*$", re.M)


def _stamp_authors(text: str, vocab: Vocabulary, start: int) -> list[NameMention]:
    stamped = ":" in text               # (each stamp writes a time, 17:09: no pass over a text without a colon)
    found = [(m.group("name"), m.span("name")) for m in _STAMP_AUTHOR.finditer(text, start)] if stamped else []
    if "□" in text:
        found += [(m.group("name"), m.span("name")) for m in _MARKED_CREDIT.finditer(text, start)]
    for m in [*_STAMP_TAIL.finditer(text, start), *_STAMP_HEAD.finditer(text, start)] if stamped else ():
        found += [(t.group(), (m.start("names") + t.start(), m.start("names") + t.end()))
                  for t in re.finditer(r"[\u3400-\u9fff]+", m.group("names"))]
    return [NameMention(name, span, (), "byline", is_reporter=True) for name, span in found
            if plausible_name(name, vocab) and not place_like(name)]


def _split_two(text: str, hit: NameHit, vocab: Vocabulary) -> list[NameHit]:
    """(记者马某某乔某某): a credited name that is two names written together, as two."""
    pieces = _two_names((hit.start, hit.text(text)), vocab)
    return [hit] if len(pieces) == 1 else [NameHit(s, s + len(t), hit.score) for s, t in pieces]


def _two_names(token: tuple[int, str], vocab: Vocabulary) -> list[tuple[int, str]]:
    """``token`` as it is, or as surname-led names where it is four characters or more that split so: two of
    four to six, up to five of seven to fifteen (金某张某某王某: a credit's names run together)."""
    start, t = token
    syllables = vocab.minority_syllables
    if len(t) in (4, 6) and all(t[k:k + 2] in syllables for k in range(0, len(t), 2)):
        return [token]              # 索朗达杰: one Tibetan name of two syllables, not 索朗 and 达杰
    if 4 <= len(t) <= 6 and not plausible_name(t, vocab):
        splits = [k for k in (2, 3) if 2 <= len(t) - k <= 3 and plausible_name(t[:k], vocab)
                  and plausible_name(t[k:], vocab)]
        if splits:                  # where both split, the second name opens with the commoner surname
            k = min(splits, key=lambda k: vocab.surname_rank.get(t[k], 10_000))
            return [(start, t[:k]), (start + k, t[k:])]
    if 7 <= len(t) <= _RUN_MAX:
        # the split into plausible names of two or three characters whose surnames are the commonest
        best: dict[int, tuple[int, list[int]]] = {0: (0, [])}
        for i in range(len(t)):
            if i not in best:
                continue
            for k in (2, 3):
                if i + k <= len(t) and plausible_name(t[i:i + k], vocab) and vocab.surname_rank.get(t[i], 10_000) <= 400:
                    cost = best[i][0] + vocab.surname_rank.get(t[i], 10_000)
                    if i + k not in best or cost < best[i + k][0]:
                        best[i + k] = (cost, best[i][1] + [i])
        if len(t) in best:
            cuts = best[len(t)][1] + [len(t)]
            return [(start + a, t[a:b]) for a, b in zip(cuts, cuts[1:])]
    return [token]


_RUN_MAX = 15           # characters of names run together in one credit (five names)


def _closes_paragraph(text: str, m: re.Match) -> bool:
    """The bracket ends its line and follows the end of a sentence, or stands alone on its line."""
    after = _skip(text, m.end(), " \u3000|")         # (张三) |: a site's separator after the credit
    if after < len(text) and text[after] != "\n":
        return False
    before = _skip_back(text, m.start(), " \u3000")
    return before == 0 or text[before - 1] == "\n" or text[before - 1] in _PARAGRAPH_END


_CITED = re.compile(r"(?:据|转自|摘自|来源[:：]?)")


def _source_follows(text: str, m: re.Match, vocab: Vocabulary) -> bool:
    """The bracket ends a sentence and a bracketed outlet closes the paragraph after it: (张三)(某某日报),
    (张三)(据某某网)."""
    after = _skip(text, m.end(), " \u3000")
    source = _BRACKET.match(text, after)
    if source is None or not _closes_paragraph(text[:after], m):
        return False
    rest = _skip(text, source.end(), " \u3000|")
    cited = _CITED.match(source.group(1))
    outlet = source.group(1)[cited.end() if cited else 0:].strip()
    return (rest >= len(text) or text[rest] == "\n") and _is_outlet(outlet, vocab)


def _after_dateline(text: str, pos: int, vocab: Vocabulary) -> bool:
    """The bracket follows a dateline (本报讯, 人民网某地5月8日电) or an outlet's name (某某传媒网:)."""
    line_start = text.rfind("\n", 0, pos) + 1
    prefix = text[line_start:_skip_back(text, pos, _AFTER_WORD)].strip()
    if not prefix or len(prefix) > 30:
        return False
    d = vocab.page_cues.dateline_re.match(prefix)
    if d and d.end() >= len(prefix):
        return True
    outlet = prefix[:-1] if prefix.endswith("讯") else prefix[:-2] if prefix.endswith("消息") else prefix   # 某某网讯(某某)
    return len(prefix) <= 15 and all(is_cjk(c) for c in prefix) and _is_outlet(outlet, vocab)


def _is_outlet(s: str, vocab: Vocabulary) -> bool:
    """A news outlet's name: a news source, a media ending (日报, 新闻网, 融媒体中心), or a site (…网)."""
    if s in vocab.news_sources or s.endswith("网"):
        return True
    return any(vocab.org_suffixes.get(s[-k:]) == "media" for k in range(min(len(s), 8), 1, -1))


def _skip(text: str, pos: int, chars: str) -> int:
    while pos < len(text) and text[pos] in chars:
        pos += 1
    return pos


def _skip_back(text: str, pos: int, chars: str) -> int:
    while pos > 0 and text[pos - 1] in chars:
        pos -= 1
    return pos


# --- 本报讯, 某某网讯, 某某日报海口6月17日讯, 某某社香港5月9日电: the outlet a dateline names ----------------
# an outlet's name holds no verb of saying or citing (他说据某某社消息 names 某某社 only, and not here)
# and its local station, channel or bureau goes with it (某某网某县站讯, 某某社某省分社讯)
_OUTLET = r"(?:(?![据说称])[\u4e00-\u9fff]){0,10}(?:报|网|社|台|新闻|客户端|融媒)(?:[\u4e00-\u9fff]{2,4}?(?:站|频道|分社))?"
_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DAY = rf"(?:{_NUMBER}月)?{_NUMBER}日"
FILED_ON = re.compile(rf"\s?{_DAY}(?:讯|电)")          # 10月8日讯, 25日电: the day a dateline was filed
_DATELINE_OUTLET = re.compile(      # OUTLET [PLACE] DAY 电|讯, OUTLET DAY PLACE 消息, OUTLET 讯|消息, OUTLET PLACE 讯
    rf"(?:^|(?<=[\s【\[|]))(?:据|转自)?(?P<outlet>{_OUTLET})"
    rf"(?:(?:[\u4e00-\u9fff]{{2,4}}?)?{_DAY}(?:讯|电|消息)|{_DAY}[\u4e00-\u9fff]{{2,4}}?(?:电|消息)"
    rf"|讯|消息|[\u4e00-\u9fff]{{2,3}}?(?:讯|专电))", re.M)


def dateline_outlets(text: str) -> list[tuple[str, tuple[int, int], int]]:
    r"""The outlets datelines name at the start of a line (某某网讯, 某某日报海口6月17日讯, 某某社香港5月9日电),
    with the end of their dateline: organizations (media).  本报, 本网 and 本台 name no outlet there (the
    user's gold counts 本报 only as the organ of a credit, 本报记者, which ``find_reporters`` reads).

    >>> dateline_outlets("本报讯(记者 张三)昨日,…。\n江城日报海口6月17日讯 …\n【江城网】\n红网时刻新闻10月5日讯")
    [('本报', (0, 2), 3), ('江城日报', (16, 20), 28), ('红网时刻新闻', (37, 43), 49)]
    """
    return [(m["outlet"], m.span("outlet"), m.end()) for m in _DATELINE_OUTLET.finditer(text)
            if len(m["outlet"]) >= 2]
