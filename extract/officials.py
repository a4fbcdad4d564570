"""The officials grammar: persons, their titles and reporters, read as an analyst reads them.

Each finder is a pure function of the text and the vocabulary that returns ``NameMention`` records; ``extract.persons``
runs them in order of confidence, asks the statistical backend, and assembles the persons.

    省委常委、市委书记刘非致辞        title chain before a name       find_title_chains
    市领导朱华、章登峰出席            group label before a name list  extract.label_lists.list_after
    …沈燕俊等区领导                   trailing group label            (applied in find_title_chains' caller)
    刘国娟、杨帆参加。                names opening a clause          extract.clause_lists.find_clause_lists
    刘非书记 / 丁博士 / 习近平总书记  name or surname before a post   extract.name_posts.find_name_posts
    选举甲为省长 / 市领导还有:甲、乙  posts after names, label lists  extract.name_lists (from find_title_chains)
    (杭州日报记者 郭燕 本报记者 赵一霖) bylines and photo credits     find_reporters (extract.bylines)
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, replace

from extract.after_post import body_not_name, doubled_name
from extract.names import WEAK, read_name, surname_address
from extract.org_start import (BARE_UNITS, described_firm, ends_date, first_opener, opens_at, past_our_place,
                               place_organ_start, stop_cut)
from extract.holding import held_before, held_by_one_before
from extract.inherited_organs import BARE_GROUPS, bare_group, inherit_orgs, inheritable, organ_of_group, serving_organ
from extract.post_bounds import not_a_post_here, on_behalf, post_and_deputy, written_before
from extract.records import OrgKind, TextSpan, Title
from extract.textutil import CLAUSE_END, PERSONAL_NOTE, SENTENCE_END, finditer_from, is_cjk
from extract.vocab import JURISDICTION_CHARS, Vocabulary, foreign_division

# Separators inside a title chain: 省委常委、市委书记; 副书记,区长; 部长兼党组书记.
CHAIN_SEPS = "、,，"
# Where the organ part of a title can start at the latest going left.
ORG_BOUNDARY = CLAUSE_END + "、 \u3000\t" + "()（）[]【】“”\"《》兼" + "■□●◆◇▲△★☆※|｜"
MAX_ORG_LEN = 30

# Posts written as organ-unit + 长 whose unit character belongs to the organ written without it: 组织部长 -> 组织部 + 部长.
_UNIT_POSTS = re.compile(r"^([部局厅处科院校所站馆社行庭队组司区县市乡镇])长$")     # (首尔江南|区长: 江南区)
# presses whose 社 a 社长 shares (某某日报社长 -> 某某日报社); a firm's 社长 (三洋电机社长) heads the firm as written
_SOCIETIES = ("报社", "出版社", "通讯社", "杂志社", "合作社", "新华社", "中新社", "画社", "诗社", "学社", "总社", "分社")
# Sections of an organ that a post names without naming them (省委组织部|处长, 市卫健委|科长): the organ is the org.
_SECTIONS = "处科所站队组区县市乡镇局馆"   # (and 某区管委会|区长: the level is the organ's too; 中央台办|局长)
POSTED_TO = re.compile(r"驻[\u4e00-\u9fff]{1,3}$")    # 驻华, 驻沪: a posting between the sending state and the post
_MISSIONS = ("使馆", "领馆", "领事馆", "代表处", "办事处", "代表团")


def _ends_with_organ(org_text: str, vocab: Vocabulary) -> bool:
    return len(vocab.word_ends_at(org_text, len(org_text), vocab.organs, max_len=6) or "") >= 2    # (干部|处长: 干部处)


@dataclass(frozen=True, slots=True)
class TitleItem:
    """One post as written: the organ part (if any) and the post."""

    seg_start: int       # where the organ part may start (-1 from find_title_items: worked out where a name follows)
    post_start: int
    end: int
    post: str
    kind: str = "post"   # post | honorific | label | reporter


@dataclass(frozen=True, slots=True)
class NameMention:
    name: str
    span: TextSpan
    titles: tuple[Title, ...] = ()
    how: str = "chain"            # which finder: chain, label, clause, name_post, byline, known, backend
    is_reporter: bool = False
    surname_only: bool = False    # 丁博士, 王书记: resolved later to a full name when unique


# --- Organ parts of titles ----------------------------------------------------

def looks_like_org(s: str, vocab: Vocabulary) -> bool:
    """Does ``s`` name an organ or a jurisdiction that a post can belong to?"""
    if not s or len(s) > MAX_ORG_LEN or not is_cjk(s[-1]) or s in BARE_UNITS \
            or vocab.org_suffixes.get(s) == OrgKind.COMPANY:
        return False            # (公司董事长, 农场负责人: the firm of the story, not named)
    if s in ("本报", "中国", "中华人民共和国") or s in vocab.regions or s in vocab.foreign or _STATE_OR_BUREAU.search(s):
        return True             # (中国驻某国大使: the sending state; 吉尔吉斯斯坦共和国总理, 外交部领事司司长)
    if s[-1] in JURISDICTION_CHARS and len(s) >= 2:
        return True
    for k in range(min(len(s), 12), 0, -1):
        tail = s[-k:]
        if tail in vocab.organs or tail in vocab.org_suffixes or tail in vocab.regions or tail in vocab.foreign:
            return True
    return foreign_division(s, vocab)      # 韩国扶余郡议长


# A state by its full name, a ministry's department (某部某司): organs no lexicon ends them with
_STATE_OR_BUREAU = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:共和国|王国)$|部[\u4e00-\u9fff]{1,8}司$")


def seg_start(text: str, pos: int, vocab: Vocabulary, floor: int) -> int:
    """Where an organ written before ``pos`` can begin: after the nearest separator or stop word."""
    lo = max(floor, pos - MAX_ORG_LEN)
    start, i = lo, pos - 1
    while i >= lo:
        if text[i] in ")）":
            # 中科智航(成都)科技有限公司, 重庆钢铁(集团)党委: a place or a suffix in brackets is inside the organ
            j = max(text.rfind("(", lo, i), text.rfind("（", lo, i))
            inner = text[j + 1:i] if j >= 0 else ""
            if inner and (inner in vocab.regions or inner in vocab.foreign or vocab.org_suffix_re.fullmatch(inner)):
                i = j - 1
                continue
        if text[i] in ORG_BOUNDARY or ends_date(text, i, lo) or text[i - 1:i + 1] == "——":    # (工作动态——|旗委)
            start = i + 1 + (text[i + 1:i + 2] in ("与", "跟") and i + 3 < pos)    # (,与中联办副主任某某: with him)
            break                   # (4日中共中央政治局委员, 18日电|省委副书记: the day is no part of the organ)
        i -= 1
    while start < pos and text[start] in "—…-－–/／|｜":
        start += 1              # ——集团公司总经理某某, ---某县委宣传部部长: a dash opening the line (not 中国—东盟博览会)
    return past_our_place(text, stop_cut(text, start, pos, vocab), pos)    # (我市|市委副书记: 市委, not 市市委)


def find_title_items(text: str, vocab: Vocabulary, *, start: int = 0) -> list[TitleItem]:
    """Every post, honorific and group label written in ``text``, in text order."""
    items: list[TitleItem] = []
    pos = start
    for m in finditer_from(vocab.post_re, vocab.post_start_re, text, start):
        if m.start() < pos:
            continue            # inside a later post taken instead of this one
        # of two posts that overlap (二中校长: 中校, 校长), the one that ends later, against what follows
        m = next((n for k in range(m.start() + 1, m.end())
                  if (n := vocab.post_re.match(text, k)) and n.end() > m.end()), m)
        (s, e), pos = m.span(), m.end()
        if not_a_post_here(text, s, e, vocab):
            continue            # 区长 inside 城区长远: the character before must not glue to a jurisdiction char
        if 0 < s and e < len(text) and text[s - 1] + text[e] in ("“”", '""', "「」"):
            s, e, pos = s - 1, e + 1, e + 1     # 桃园县“立委”某某: a post of Taiwan's, in quotes as papers print it
        items.append(TitleItem(-1, s, e, m.group(), "post"))
    for m in vocab.honorific_re.finditer(text, start):
        if len(m.group()) == 1 and not _honorific_may_start(text, m.start(), vocab):
            continue            # the 敦 (Tun) of 额尔敦毕力格: a character of a name, not a title
        items.append(TitleItem(m.start(), m.start(), m.end(), m.group(), "honorific"))
    for m in vocab.group_label_re.finditer(text, start):
        items.append(TitleItem(m.start(), m.start(), m.end(), m.group(), "label"))
    items.sort(key=lambda it: (it.post_start, -it.end))
    # Drop items nested inside a longer one (a label containing a post, say).
    kept: list[TitleItem] = []
    for it in items:
        if kept and it.post_start < kept[-1].end:
            continue
        kept.append(it)
    return kept


_BRANCHES = ("分社", "记者站", "支社")


def news_source_head(org_name: str, vocab: Vocabulary) -> int:
    """The length of a news source's name that opens ``org_name`` before another organ, else 0 (also where
    the rest is the outlet's own branch: 中国新闻社安徽分社, 中国日报广西记者站)."""
    if org_name.endswith(_BRANCHES):
        return 0
    for n in range(min(len(org_name) - 2, 8), 1, -1):
        if org_name[:n] in vocab.news_sources and looks_like_org(org_name[n:], vocab):
            return n
    return 0


def _honorific_may_start(text: str, pos: int, vocab: Vocabulary) -> bool:
    """Can a one-character honorific (敦) stand at ``pos``: after punctuation or no Chinese character, or
    after a post, a place or state, or a word that stands before names (前首相|敦马哈蒂尔)?"""
    if pos == 0 or not is_cjk(text[pos - 1]):
        return True
    return any(vocab.word_ends_at(text, pos, words, max_len=6)
               for words in (vocab.posts, vocab.regions, vocab.foreign, vocab.name_left))


_TERM_LEAD = re.compile("第[0-9一二三四五六七八九十百]+届")
_TERM_OF_HOLDER = ("上届", "本届", "历届", "往届")


def _make_title(text: str, item: TitleItem, org_start: int, vocab: Vocabulary) -> Title:
    """The Title of ``item`` whose organ part may start at ``org_start``."""
    if item.kind == "honorific":
        return Title(item.post, None, item.post, (item.post_start, item.end))
    if item.kind == "label":
        post, org = vocab.group_labels[item.post]
        place = _place_of_label(text, item, org, vocab)
        if place:                                   # 云南省领导, 湛江市荣誉市民: org 云南省, 湛江市
            begin = item.post_start + len(org or "") - len(place)
            return Title(post, place, text[begin:item.end], (begin, item.end))
        return Title(post, org or None, item.post, (item.post_start, item.end))
    post = _without_time_word(item.post, vocab)     # 原主任: the post is 主任, and the title ``former``
    former = item.post[:len(item.post) - len(post)] in _FORMER
    prefix, core = _split_prefix(post, vocab)
    org_text = text[org_start:item.post_start]
    if (term := _TERM_LEAD.match(org_text)) and org_text[term.end():] in vocab.regions:
        org_start, org_text = org_start + term.end(), org_text[term.end():]    # 第17届|南投县长: the term is the post's
    if org_text.startswith(_TERM_OF_HOLDER) and len(org_text) > 3:     # 上届|省政协副主席: the holder's term, not
        former = former or not org_text.startswith("本届")               # the organ's (and a term gone by)
        org_start, org_text = org_start + 2, org_text[2:]
    if core in vocab.contracted:    # 组织部长 = 组织部 + 部长: the organ swallowed into the post goes back to the organ
        organ, bare = vocab.contracted[core]
        if organ in "县市" and not (org_text in vocab.regions or vocab.foreign_re.match(org_text)):
            return Title(prefix + bare, organ, text[item.post_start:item.end], (item.post_start, item.end))  # 有|县议员
        org_text, post = org_text + organ, prefix + bare
    else:
        unit = _UNIT_POSTS.match(core)
        if (unit and not prefix and org_text and not org_text.endswith(unit.group(1))
                and not (unit.group(1) == "校" and org_text.endswith("学"))     # 某某大学|校长: a school already
                and not (unit.group(1) in _SECTIONS and _ends_with_organ(org_text, vocab))
                and (unit.group(1) not in "区县市乡镇" or org_text in vocab.regions or vocab.foreign_re.match(org_text))
                and (unit.group(1) != "社" or (org_text + "社").endswith(_SOCIETIES))):
            org_text += unit.group(1)         # 公共卫生、房屋与地方政府部长: the 部 is the organ's
    posted = POSTED_TO.search(org_text)
    if posted and org_text.endswith(_MISSIONS):
        posted = None                   # 南非驻华使馆|公使: the mission is written, and is the organ
    org_name = org_text[:posted.start()] if posted else org_text
    cut = _after_another_holder(org_name, vocab)
    if cut:
        former = former or org_name[:cut] in _FORMER       # 原|中共某市委书记
        org_start, org_name = org_start + cut, org_name[cut:]
    source = news_source_head(org_name, vocab) or place_organ_start(org_name, vocab) or described_firm(org_name, vocab)
    if source:      # (中国台湾网|襄阳市台办通讯员 某某): the site that ran the credit is not the organ, nor 大会开幕|贵州省委
        org_start, org_name = org_start + source, org_name[source:]
    lead = len(org_name) - len(org_name.lstrip(_ASCII_ALNUM))
    if lead and opens_at(org_name, lead, len(org_name), vocab):
        org_start, org_name = org_start + lead, org_name[lead:]     # B|汶上县政协: a mirror's stray letters
    hard_start = org_start == 0 or text[org_start - 1] in ORG_BOUNDARY
    if org_name and not looks_like_org(org_name, vocab):
        opener = first_opener(org_name, 0, len(org_name), vocab)
        if opener:
            org_start, org_name = org_start + opener, org_name[opener:]
        elif not (hard_start and _clean_org_text(org_name, vocab)):
            org_name = ""
    # (该公司总经理: an organ referred back to; 开幕大会主持人, 第一次全体会议执行主席: the sitting's own post)
    if org_name and not (org_name[0] in "该其" and len(org_name) <= 4 or re.search("(?:开幕|闭幕|全体)(?:大会|会议)$",
                                                                                org_name)):
        return Title(vocab.reporter_words.get(post, post), org_name, text[org_start:item.end], (org_start, item.end),
                     former=former)
    return Title(vocab.reporter_words.get(post, post), None, item.post, (item.post_start, item.end), former=former)


def _place_of_label(text: str, item: TitleItem, org: str | None, vocab: Vocabulary) -> str | None:
    """The place written before a group label whose organ is a level (云南|省领导, 彭阳|县领导): the place
    with the level's character, where that is a region's name (not the 和 of 某某和|县领导); before a label that
    names no organ, the place written right before it (湛江市|荣誉市民)."""
    if not org:
        place = vocab.word_ends_at(text, item.post_start, vocab.regions, max_len=9)
        return place if place and len(place) > 1 else None
    if org in _LEVELLED_BODIES and (term := _LEVEL_TERM.search(text, max(0, item.post_start - 8), item.post_start)):
        return term.group() + org               # 市八届|人大代表: the body of that level and term
    body = org[1:] if org[:1] in JURISDICTION_CHARS and org[1:] in _LEVELLED_BODIES else ""
    level = org[:1] if body else org            # 县人大代表: the level 县 of the body 人大
    if (len(level) != 1 and level not in _LONG_LEVELS) or item.post_start == 0:
        return None
    end = item.post_start + len(level)
    if not text.startswith(level, item.post_start):
        return None
    place = vocab.word_ends_at(text, end, vocab.regions, max_len=9)
    if place and place.endswith(level) and (len(place) > 2 or place[0] not in "和与及同"):    # 和|县领导
        return place + body     # (彭阳县|人大代表: 彭阳县人大; 温州|人大代表: 温州人大)
    short = vocab.word_ends_at(text, item.post_start, vocab.regions, max_len=8)
    before = text[item.post_start - len(short) - 1:item.post_start - len(short)] if short else ""
    if (short and len(short) >= 2 and short[-1] not in JURISDICTION_CHARS
            and (not is_cjk(before) or before in "的、和与及在")):
        return short + level + body     # 黔南|州领导, 邵东|县领导: a region's short name with the level written after it
    return None                 # (not 刘安|民和|市领导: a name's end and 和)


_LEVELLED_BODIES = frozenset({"人大", "政协"})
_LONG_LEVELS = frozenset({"自治区", "自治州", "自治县"})      # 宁夏回族|自治区领导: the region's full name
_LEVEL_TERM = re.compile(r"(?:[省市县区州旗盟镇乡]|自治[区州县])第?[一二三四五六七八九十百\d]+届$")


_PORTFOLIO = re.compile(r"[(（][\u4e00-\u9fff及、]{2,10}[)）]")
_BRANCHES = ("分公司", "子公司", "分行", "支行", "分院", "办事处", "代表处", "分部", "分社", "分会", "分厂")


def _after_another_holder(org_text: str, vocab: Vocabulary) -> int:
    """副市长唐晓峰与|中科智航(成都)科技有限公司董事长: where the organ text begins when another person's post
    and a conjunction stand before the organ (0: it begins where it began); a conjunction with no post before
    it belongs to the organ's name (公共卫生、房屋与地方政府部).  原|发展局, 前|市政府: not 原平市, a place."""
    time = _TIME_BEFORE_ORGAN.match(org_text)
    if time and looks_like_org(org_text[time.end():], vocab) and not {org_text[:2], org_text[:3]} & vocab.regions.keys():
        return time.end()
    if (org_text[:1] and org_text[0] in _LEADING_FUNCTION and looks_like_org(org_text[1:], vocab)
            and not {org_text[:2], org_text[:3]} & vocab.regions.keys()):
        return 1                # 由|发展事务委员会主席, 而|政制及内地事务局局长 (not 于都县委)
    for m in reversed(list(re.finditer("[与和同及]", org_text))):
        rest = org_text[m.end():]
        if vocab.post_re.search(org_text, 0, m.start()) and (not rest or looks_like_org(rest, vocab)):
            return m.end()      # (主任某某和|助理处长某某: no organ written for the second post)
    for m in reversed(list(re.finditer("公司|集团", org_text))):
        rest = org_text[m.end():]
        if (len(rest) > 3 and opens_at(org_text, m.end(), len(org_text), vocab) and looks_like_org(rest, vocab)
                and not rest.endswith(_BRANCHES)):      # (某集团|北京分公司: the group's own branch)
            return m.end()      # 中国医药集团公司|中国生物技术股份有限公司总裁助理: the firm of the post is the last
    return 0


# A pronoun opens no organization name; a function word ends none.
_PRONOUN_START, _FUNCTION_END = "他她我你它这那其该", "对在和与的了向把被将为给跟同从于"
_TIME_BEFORE_ORGAN = re.compile("原|前|时任|往届|历届|历任")     # (往届县政协主席: 主席 of 县政协)


def _clean_org_text(s: str, vocab: Vocabulary) -> bool:
    """Text before a post that may name an unknown body (世界投资促进机构理事长): no verb, name or post in it."""
    return (4 <= len(s) <= 20 and all(is_cjk(c) or c == "、" for c in s)
            and s[0] not in _PRONOUN_START and s[-1] not in _FUNCTION_END
            and not vocab.post_re.search(s) and not vocab.verb_re.search(s) and not vocab.org_stop_re.search(s))


# Time words that say the holder no longer holds the post (时任, 现任, 新任 say he holds it at the time told of)
_FORMER = frozenset({"原", "前", "前任", "离任", "卸任", "往届", "历届", "历任"})


def _without_time_word(post: str, vocab: Vocabulary) -> str:
    """原主任 -> 主任, 现任议员 -> 议员: a time word before a post (post_prefixes ``former``) is not part of it."""
    for k in (2, 1):
        if post[:k] in vocab.time_prefixes and len(post) > k:
            return post[k:]
    return post


def _split_prefix(post: str, vocab: Vocabulary) -> tuple[str, str]:
    """常务副市长 -> (常务副, 市长) when the bare post is known; else ("", post)."""
    if post in vocab.posts:
        return "", post
    for k in range(1, len(post)):
        if post[:k] in vocab.post_prefixes and post[k:] in vocab.posts:
            return post[:k], post[k:]
    return "", post


# --- Title chains bound to the name that follows them -------------------------

# Labels that are a seat the person holds, not a list's group (全国政协委员、省政协副主席某某; 市领导、… opens a list).
_SEAT_LABELS = ("人大代表", "政协委员", "党代表")
_RANKS = frozenset({"上将", "中将", "少将", "大校", "上校", "中校", "少校"})   # 某某少将、政委某某: the rank ends a person


def _chain_before(text: str, items_by_end: dict[int, TitleItem], last: TitleItem,
                  seg: Callable[[TitleItem], int],
                  post_ends: Mapping[int, TitleItem]) -> list[tuple[TitleItem, int]]:
    """Walk back from ``last`` over the items of its chain; each with the start of its organ part.
    ``post_ends``: every post of the text by where it ends."""
    chain: list[tuple[TitleItem, int]] = []
    item, org_start = last, seg(last)
    while True:
        seat = post_ends.get(item.post_start)
        if item.kind == "post" and seat is not None and seat.post == "常委" and org_start < item.post_start:
            chain.append((item, item.post_start))   # 市委常委|秘书长某某, 区委常委|副区长某某: a standing
            item, org_start = seat, seg(seat)       # committee's seat and the post after it, unseparated
            continue
        head = post_ends.get(item.post_start) if org_start <= item.post_start else None
        if item.kind == "post" and head is not None and head.kind == "post" and _HEADS_A_PLACE.fullmatch(item.post):
            chain.append((item, item.post_start))   # 县委副书记|县长某某, 市委书记|市长某某: the party post and the
            item, org_start = head, seg(head)       # head of the place's government, unseparated
            continue
        chain.append((item, org_start))
        sep_pos = org_start - 1
        if sep_pos < 0:
            break
        if item.kind == "post" and text[sep_pos] not in CHAIN_SEPS and text[sep_pos] not in "兼及":
            sep_pos = _gap_separator(text, sep_pos, post_ends)   # 、“三大战役”总指挥长: the organ part not read
        sep = text[sep_pos]
        if sep in "兼及" or sep in CHAIN_SEPS:       # (某市委常委及某区委书记及人大主任某某: 及 in a chain too)
            prev = items_by_end.get(sep_pos)
            if prev is not None and (prev.kind != "label" or prev.post.endswith(_SEAT_LABELS)) and prev.post not in _RANKS \
                    and text[prev.post_start - 1:prev.post_start] != "为" and not held_by_one_before(text, seg(prev)):
                # (not 以甲为团长、乙为副团长: an appointment's post, read by find_appointments; not 甲调任某军区副
                # 司令员,某部部长乙: the post a verb gives the one named before it)
                item, org_start = prev, seg(prev)
                continue
            if sep == "、" and item.kind == "post" and org_start > seg(item) - MAX_ORG_LEN:
                # 公共卫生、房屋与地方政府部长: the part before 、 holds no post: it is organ text.
                j = sep_pos - 1
                while j >= 0 and text[j] not in ORG_BOUNDARY:
                    j -= 1
                if j >= 0 and text[j] == "兼" and j + 1 < sep_pos and \
                        not any(e in post_ends for e in range(j + 2, sep_pos + 1)):   # (…兼某部部长谢某、: a post)
                    chain[-1] = (item, j + 1)
                    prev = items_by_end.get(j)
                    if prev is not None:
                        item, org_start = prev, seg(prev)
                        continue
        break
    chain.reverse()
    return chain


# 县长, 副市长, 常务副省长: a post that heads (or deputises for) a place's government
_HEADS_A_PLACE = re.compile("(?:常务)?副?[县市区省镇乡州旗盟]长")


_GAP_STOPS = frozenset(CLAUSE_END + ",，:：\n")
_MAX_GAP = 24


def _gap_separator(text: str, pos: int, post_ends: Container[int]) -> int:
    """The 、 before an item whose organ part could not be read in full (区委书记、区委区政府推进某某领导小组
    组长, 副书记、“三大战役”总指挥长): the chain goes on over it when no clause ends and no post ends
    between; otherwise ``pos`` itself."""
    for j in range(pos, max(-1, pos - _MAX_GAP), -1):
        if text[j] == "、":
            return j
        if text[j] in _GAP_STOPS or j in post_ends:
            break
    return pos


def _not_theirs(text: str, it: TitleItem, titles: Sequence[Title], name_end: int, vocab: Vocabulary) -> bool:
    """Are the chain's titles none of the name's: 代表 as "on behalf of" (,代表陈某书记,…), posts and deputies of a
    list (往届主席、副主席甲、乙: who held which?), leaders of several organs (市委、市政府领导甲、乙: of which?)"""
    return on_behalf(text, it, titles, name_end, vocab) or post_and_deputy(titles) or _leaders_of_organs(text, titles, vocab)


def _leaders_of_organs(text: str, titles: Sequence[Title], vocab: Vocabulary) -> bool:
    """市委、市人大、市政府领导甲、乙: a group label of leaders after a list of organs (as ``mixed_groups``; not
    县委书记甲、|市领导乙: a list of persons)."""
    at = titles[0].span[0] if len(titles) == 1 and titles[0].post.endswith("领导") else 0
    return at > 0 and text[at - 1] == "、" and vocab.word_ends_at(text, at - 1, vocab.organs, max_len=6) is not None


def _word_not_name(text: str, label: TitleItem, start: int, vocab: Vocabulary) -> bool:
    """A common word or a verb at ``start`` (生活水平) after a label with no organ (村民): no name (市领导韩国宾 stands)."""
    if text.startswith(("班子", "成员"), start):
        return True             # 县领导|班子均出席: the body of leaders, no name
    if any(text[label.post_start:start + k] in vocab.non_names for k in (1, 2)):
        return True             # 居民|点, 居民|区: the label begins a longer word
    if vocab.group_labels.get(text[label.post_start:label.end], ("", None))[1] is not None:
        return False
    return text[start:start + 2] in vocab.word_pairs or vocab.verb_re.match(text, start) is not None


def find_title_chains(text: str, vocab: Vocabulary, items: Sequence[TitleItem]) -> list[NameMention]:
    """Names written right after a post, honorific or label, each with the whole chain of its titles."""
    from extract.label_lists import first_listed, list_after    # (the list readers import this module)
    from extract.name_lists import find_appointments, find_introduced_lists, introduces_list

    chains = _Chains(text, vocab, items)
    mentions: list[NameMention] = []
    # (sentence end, organ of the last title there, name end, the organ before it where that is a bare group)
    sentence_org: tuple[int, str, int, str | None] | None = None
    ends = [m.start() for m in _SENTENCE_END_RE.finditer(text)]
    for it in items:
        if not chains.names_follow(it) or introduces_list(text, it):
            continue  # (市领导还有:… / 主席台就座的领导有…: read by find_introduced_lists)
        hit = (read_name(text, it.end, vocab, min_score=WEAK, free=True, announced=True)
               or first_listed(text, it.end, vocab))        # (副主席刘也强、许某: a list vouches for its first)
        if hit is None and it.kind == "post":
            hit = doubled_name(text, it.end, vocab)         # 区委书记|果果|主持: a name of one character doubled
        if hit is None and text.startswith("由", it.end):      # 执行主席由(:)甲、乙担任: the post is theirs
            after = it.end + 1 + (text[it.end + 1:it.end + 2] in (":", "："))
            hit = read_name(text, after, vocab, min_score=WEAK, free=True, announced=True)
        if hit is None and text[it.end:it.end + 1] in (" ", "\u3000"):     # 食物及卫生局局长 周一岳(女)⏎: a roster row
            row = read_name(text, it.end + 1, vocab, min_score=WEAK, free=True, announced=True)
            hit = row if row is not None and _ROW_END.match(text, row.end) else None
        if hit is None and text.startswith("的", it.end) and held_before(text, chains.titles(chains.items_of(it))):
            hit = read_name(text, it.end + 1, vocab, min_score=WEAK, free=True, announced=True)
        portfolio = _PORTFOLIO.match(text, it.end) if hit is None else None
        if portfolio:           # 常任秘书长(工商及旅游)蔡某: the post's portfolio in brackets before the name
            hit = read_name(text, portfolio.end(), vocab, min_score=WEAK, free=True, announced=True)
        if hit is None or (it.kind == "label" and _word_not_name(text, it, hit.start, vocab)) or text.startswith(
                "班子", hit.start) or surname_address(
                text, hit.start, hit.end, vocab) or (hit.end - hit.start > 3 and body_not_name(text, hit.end, vocab)):
            continue            # (村民|生活水平, 群众|骑摩托车: a word after a label, no name; 行长|沙明德中学: a school;
                                # 领导|班子均在30岁左右: the body of leaders after a post too)
        chain_items = chains.items_of(it)
        titles = chains.titles(chain_items)
        if _not_theirs(text, it, titles, hit.end, vocab):
            titles = []
        # 会见了某国某郡议长一行,并与议长某某会谈: the organ of the same post named before, without a name
        named_before = _organ_of_post_before(chains, items, it) if titles and titles[0].org is None else None
        if named_before and len(chain_items) == 1:
            titles[0] = replace(titles[0], org=named_before)
        # 市人大常委会主任曹建平主持会议,副主任刘德全…,秘书长宋亚林出席: an organ named earlier in
        # the sentence is the organ of the posts that follow without one
        elif (sentence_org and sentence_org[0] > hit.start and titles and titles[0].org is None
              and inheritable(chain_items[0][0], vocab, sentence_org[1])
              and not bare_group(serving_organ(sentence_org, titles[0].post), titles[0].post)
              and _same_side(text, sentence_org[2], it, vocab)
              and not written_before(text, chain_items[0][0].post_start)    # (接受塔利班最高|领导人乙: its own)
              and not vocab.word_ends_at(text, chain_items[0][0].post_start, vocab.event_nouns, max_len=4)):
            # (…县长某某出席,大会|执行主席甲: a post of the meeting's own takes no organ named before)
            titles[0] = replace(titles[0], org=organ_of_group(serving_organ(sentence_org, titles[0].post), titles[0].post))
            titles = inherit_orgs(titles, [ci for ci, _ in chain_items], vocab)
        after = vocab.honorific_re.match(text, hit.end)
        if after and vocab.honorifics.get(after.group()) == "after":      # …伊万诺夫阁下
            titles.append(Title(after.group(), None, after.group(), after.span()))
        with_org = [t for t in titles if t.org and t.post != "领导"]
        if with_org:
            end, org = _sentence_end(ends, hit.end, len(text)), with_org[-1].org
            before = (sentence_org[3] or sentence_org[1]) if sentence_org and sentence_org[0] == end and \
                org in BARE_GROUPS else None
            sentence_org = (end, org, hit.end, before)
        mentions.append(NameMention(hit.text(text), (hit.start, hit.end), tuple(titles), "chain"))
        # 市领导朱华、章登峰 / 党委委员、副主任刘德全、王春梅: the names listed after the first share its titles
        mentions.extend(list_after(text, hit, vocab, titles))
    # 选举甲为某省人民政府省长: the post written after the names
    mentions.extend(find_appointments(text, vocab, items))
    # 市领导还有:甲、乙 / 甲、乙等省上领导: lists a label introduces or closes
    mentions.extend(find_introduced_lists(text, vocab, items))
    return mentions


_ROW_END = re.compile(f"(?:{PERSONAL_NOTE})?(?:\n|$|\\s*[:：])")     # (县委书记 某某:“…”: a speaker's caption)
def _organ_of_post_before(chains: "_Chains", items: Sequence[TitleItem], it: TitleItem) -> str | None:
    """The organ written with the same post earlier in the text, for a party with no name (某郡议长一行)."""
    for other in items:
        if other.post_start >= it.post_start:
            break
        if (other.kind == "post" and other.post == it.post and chains.text.startswith("一行", other.end)
                and not chains.names_follow_at(other)):
            org = chains.titles(chains.items_of(other))[-1].org
            if org:
                return org
    return None


class _Chains:
    """The title items of a text indexed by where they end, to read the chain of posts before a name."""

    def __init__(self, text: str, vocab: Vocabulary, items: Sequence[TitleItem]) -> None:
        self.text, self.vocab = text, vocab
        self.item_starts = {it.post_start for it in items}
        self.by_end_exact = {it.end: it for it in items}
        self.by_end_sep = {it.end: it for it in items
                           if it.end < len(text) and (text[it.end] in CHAIN_SEPS or text[it.end] in "兼及")}
        self._seg_of: dict[int, int] = {}

    def seg(self, item: TitleItem) -> int:
        """Where the organ part of ``item`` may start, worked out once and only when needed."""
        if item.kind != "post" or item.seg_start >= 0:
            return item.seg_start
        if item.post_start not in self._seg_of:
            self._seg_of[item.post_start] = seg_start(self.text, item.post_start, self.vocab, 0)
        return self._seg_of[item.post_start]

    def names_follow(self, it: TitleItem) -> bool:
        """Not a byline (find_reporters reads those), and the chain ends with it (…部长拿督阿玛|沈桂贤)."""
        return not (it.kind == "reporter" or it.post in self.vocab.reporter_words or it.end in self.item_starts)

    def names_follow_at(self, it: TitleItem) -> bool:
        """Is a name written right after ``it``?"""
        return read_name(self.text, it.end, self.vocab, min_score=WEAK, free=True, announced=True) is not None

    def items_of(self, last: TitleItem) -> list[tuple[TitleItem, int]]:
        """The chain ending with ``last``, less any credit word before it (据某台报道,总统某某)."""
        chain = _chain_items(self.text, last, self.by_end_exact, self.by_end_sep, self.seg)
        return [(it, o) for it, o in chain if it is last or not (it.kind == "reporter" or it.post in self.vocab.reporter_words)]

    def titles(self, chain_items: list[tuple[TitleItem, int]]) -> list[Title]:
        titles = [_make_title(self.text, ci, org_start, self.vocab) for ci, org_start in chain_items]
        inherited = inherit_orgs(titles, [ci for ci, _ in chain_items], self.vocab)
        # a post whose organ part was not read (、“三大战役”总指挥长) takes no organ from its neighbour
        return [mine if k and ci.kind == "post" and self.text[o - 1] not in CHAIN_SEPS + "兼及"
                and not self.text.startswith("常委", o - 2) else got
                for k, ((ci, o), mine, got) in enumerate(zip(chain_items, titles, inherited))]


def chain_titles(text: str, vocab: Vocabulary, items: Sequence[TitleItem], last: TitleItem) -> list[Title]:
    """The titles of the chain of posts that ends with ``last`` (大会主席团常务主席、大会执行主席)."""
    chains = _Chains(text, vocab, items)
    return chains.titles(chains.items_of(last))


def chain_titles_for(text: str, vocab: Vocabulary, items: Sequence[TitleItem],
                     mentions: Sequence[NameMention]) -> list[NameMention]:
    """镇长|某某某讲意见, 受市长|某某某委托: a name another finder read (the model, another occurrence) right
    after a post or a label, where the grammar could not tell where the name ends, takes the titles before it."""
    from extract.name_lists import introduces_list

    chains = _Chains(text, vocab, items)
    out = []
    for m in mentions:
        it = chains.by_end_exact.get(m.span[0])
        appointed = m.how == "appointment"      # (县委书记|甲原为某局局长: the posts before the name too)
        if (it is None or m.titles and not appointed or m.is_reporter or m.surname_only or not chains.names_follow(it)
                or introduces_list(text, it)):
            out.append(m)
            continue
        titles = chains.titles(chains.items_of(it))
        before = [] if _not_theirs(text, it, titles, m.span[1], vocab) else titles
        out.append(replace(m, titles=tuple(before) + tuple(t for t in m.titles if t not in before)))
    return out


def _same_side(text: str, name_end: int, item: TitleItem, vocab: Vocabulary) -> bool:
    """No verb that takes a person as object (roles ``object``: 会见, 慰问, 陪同) between the last name with an
    organ and this post: 市委书记甲会见了|某公司总裁乙, the other side of a meeting, holds no post of the host's."""
    for i in range(name_end, item.post_start):
        m = vocab.role_re.match(text, i)
        if m and vocab.roles.get(m.group(), ("", ""))[1] == "object":
            return False
    return True


_SENTENCE_END_RE = re.compile(f"[{re.escape(SENTENCE_END)}\n]")


def _sentence_end(ends: Sequence[int], pos: int, length: int) -> int:
    """The first of the sorted sentence ends ``ends`` at or after ``pos`` (``length`` if none)."""
    i = bisect.bisect_left(ends, pos)
    return ends[i] if i < len(ends) else length


def _chain_items(text: str, last: TitleItem, by_end_exact: dict[int, TitleItem],
                 by_end_sep: dict[int, TitleItem], seg: Callable[[TitleItem], int]) -> list[tuple[TitleItem, int]]:
    """The chain ending with ``last``, including honorifics and labels glued to it."""
    glued: list[TitleItem] = [last]
    # Items glued end to start (副总理兼…部长拿督阿玛): walk back while the previous item ends where this begins.
    cur = last
    while cur.kind in ("honorific", "label") and cur.post_start in by_end_exact:
        cur = by_end_exact[cur.post_start]
        glued.append(cur)
    head = glued[-1]
    chain = _chain_before(text, by_end_sep, head, seg, by_end_exact) if head.kind == "post" else [(head, head.seg_start)]
    for g in reversed(glued[:-1]):
        chain.append((g, g.post_start))
    return chain


_ASCII_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_LEADING_FUNCTION = set("由而据被把给并就将")     # never first in a name (经济…, 对外…, 于都… are; 将乐 is a place)
