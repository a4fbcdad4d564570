"""From an article's text to its persons: the grammar's finders, the backend's proposals, assembly.

``find_mentions`` runs the finders of ``extract.officials`` (pure functions of
the text and the vocabulary) in order of confidence, then asks the statistical
backend for names only where the grammar has none (``backend_names``): the
grammar decides, a backend proposes.  ``assemble_persons`` makes one
``Person`` per name.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from extract.backends import GrammarOnly, NerBackend
from extract.bylines import FILED_ON, find_reporters
from extract.dotted_names import find_dotted_names
from extract.name_closers import WEAK
from extract.clause_lists import find_clause_lists, kin_by_surname
from extract.name_lists import mixed_groups
from extract.names import boundary_score, ends_inside_word, place_like, plausible_name, starts_inside_word
from extract.name_posts import find_addressed, find_headline_names, find_name_posts
from extract.org_start import ends_company_list
from extract.officials import (
    NameMention,
    TitleItem,
    chain_titles_for,
    find_title_chains,
    find_title_items,
    looks_like_org,
)
from extract.post_bounds import not_a_post_here
from extract.posts_first import find_posts_first
from extract.records import Article, OrgKind, Person, TextSpan, Title
from extract.roster_rows import roster_rows
from extract.textutil import SENTENCE_END, compile_words, sentences
from extract.typeset_rosters import colon_rows, typeset_roster
from extract.vocab import JURISDICTION_CHARS, Vocabulary

__all__ = ["assemble_persons", "backend_names", "dedupe_mentions", "find_known_names", "find_mentions", "propagate",
           "resolve_name_parts", "resolve_surnames", "trailing_labels"]


def find_mentions(article: Article, vocab: Vocabulary, backend: NerBackend, *,
                  items: Sequence[TitleItem] | None = None) -> list[NameMention]:
    """Every name mention of ``article``: the grammar's finders, most confident first, then the backend's.
    ``items``: its text's ``find_title_items``, if read."""
    text = article.text
    items = find_title_items(text, vocab) if items is None else items
    mentions: list[NameMention] = []
    mentions += find_reporters(text, vocab)
    rows = roster_rows(text, vocab, items)          # (甲省财政厅副厅长⏎乙…: each line's posts its name's)
    mentions += rows + [m for m in find_title_chains(text, vocab, items) if not _row_read_across(text, m, rows)]
    table = typeset_roster(text, vocab) + colon_rows(text, vocab)    # (副主任  宋  文  高某某, 组  员:王  红、…)
    if table:
        taken = {m.span for m in table}
        mentions = table + [m for m in mentions if not any(a < m.span[1] and m.span[0] < b for a, b in taken)]
    mentions += find_clause_lists(text, vocab)
    mentions += find_posts_first(text, vocab, items)
    mentions += find_dotted_names(text, vocab)
    headline_end = len(text) if article.headline_only else article.body_start
    mentions += find_headline_names(text, vocab, end=headline_end)
    known = {m.name for m in mentions if not m.surname_only}
    mentions += find_name_posts(text, vocab, items, known)
    mentions += find_addressed(text, vocab, known)
    mentions += find_known_names(text, vocab)
    mentions = dedupe_mentions([m for m in mentions if not (_across_a_word(text, m, vocab) or _amount_after(text, m))])
    mentions = leading_labels(text, trailing_labels(text, mentions, vocab), vocab)
    mentions = resolve_surnames(mentions)
    mentions = dedupe_mentions(propagate(text, mentions))
    # the statistical backend proposes names only where the grammar's names (all their occurrences) are not
    mentions += backend_names(text, mentions, backend, vocab)
    mentions += corpus_names(text, mentions, vocab)
    mentions = trailing_labels(text, mentions, vocab)       # (受表彰的甲、乙等劳动模范: names only the backend read)
    mentions = resolve_given_names(text, resolve_surnames(mentions), vocab)   # (老宋 is 宋知廉 whom only the backend found)
    mentions = dedupe_mentions(resolve_name_parts(chain_titles_for(text, vocab, items, propagate(text, mentions))))
    mentions = [m for m in _known_before_a_closer(text, mentions, vocab) if not _amount_after(text, m)]
    outlets = {m.name for m in mentions if _opens_dateline(text, m)}      # 文明风10月8日讯: a site, wherever named
    outlets |= _places_named(text, mentions, vocab)                      # 温峤镇, 斯波坎市: a place, wherever named
    return [m for m in mentions if m.name not in outlets] if outlets else mentions


_PLACE_LEVEL = frozenset("镇乡县村旗市州盟区")


def _places_named(text: str, mentions: Sequence[NameMention], vocab: Vocabulary) -> set[str]:
    """Names that no post names and that stand somewhere before the level of a place (温峤|镇40多个村,
    斯波坎|市结成友好城市, 侯家岗|乡): a town's or a city's name, not a person's (镇长, 市长: a post)."""
    titled = {m.name for m in mentions if m.titles}
    out = set()
    for m in mentions:
        e = m.span[1]
        if (m.name not in titled and m.name not in out and text[e:e + 1] in _PLACE_LEVEL
                and vocab.post_re.match(text, e) is None):
            out.add(m.name)
    return out


def _row_read_across(text: str, m: NameMention, rows: Sequence[NameMention]) -> bool:
    """Is ``m`` a roster row's name (or part of one) read with a post of another line (副秘书长⏎蔡某某)?"""
    line_start = text.rfind("\n", 0, m.span[0]) + 1
    return any(r.span[0] < m.span[1] and m.span[0] < r.span[1] for r in rows) and (
        m.span not in {r.span for r in rows} or any(t.span[1] <= line_start for t in m.titles))


def corpus_names(text: str, mentions: Sequence[NameMention], vocab: Vocabulary) -> list[NameMention]:
    """克林顿, 巴金, 姚明: the names the NER corpora annotate often (lexicon ``corpus_persons``), where no name
    the grammar or the backend read stands, the name cuts no word and a name's boundary follows it (not
    张军|华, a longer name); a user's ``non_names`` (``--lexicon``) vetoes them as it vetoes the backend's."""
    if not vocab.corpus_persons:
        return []
    names = vocab.derived("corpus_persons_re", lambda v: compile_words(v.corpus_persons))
    taken = [m.span for m in mentions]
    out = []
    for m in names.finditer(text):
        s, e = m.span()
        if (any(a < e and s < b for a, b in taken) or m.group() in vocab.non_names or starts_inside_word(text, s, vocab)
                or ends_inside_word(text, e, vocab) or boundary_score(text, e, vocab, check_next=True) < WEAK
                or _goes_on_from_before(text, s, e, vocab)):
            continue                # (公保|扎西: the end of a longer name; 昭君|白茶: a brand)
        out.append(NameMention(m.group(), (s, e), (), "corpus"))
    return out


def _goes_on_from_before(text: str, s: int, e: int, vocab: Vocabulary) -> bool:
    """Is ``text[s:e]`` the end of a longer name: a surname right before it makes a name with it (刘|凤艳,
    温|家宝), or a Tibetan or Mongolian name's syllable does (公保|扎西)?"""
    return (s > 0 and text[s - 1] in vocab.surnames and plausible_name(text[s - 1:e], vocab)) or (
        s > 1 and text[s - 2:s] in vocab.minority_syllables)


# 金额达|1.2亿元, 基金为|100万元, 全长约|1300公里: a noun and the verb before an amount, read as a name whose
# last character is the verb; no name stands right before a number (gold of the field set: none).
_AMOUNT_VERB_END = "为达约均有共计超近逾"
_AMOUNT = re.compile(r"[0-9０-９]|[一二三四五六七八九十两百千]+(?:[点.][0-9一二三四五六七八九十]+)?[万亿]?"
                     r"(?:余|多)?[个名人元家项次届年岁米公吨亩倍条件场位户辆台座批期只%％]")


def _amount_after(text: str, m: NameMention) -> bool:
    """Is the "name" a noun and a verb of amount, the amount right after it (金额达|1.2亿元)?"""
    return (m.how not in ("known", "byline") and m.name[-1] in _AMOUNT_VERB_END
            and _AMOUNT.match(text, m.span[1]) is not None)


def _opens_dateline(text: str, m: NameMention) -> bool:
    """Does the "name" open a line's dateline, a day and 讯 right after it (an outlet not named 某某报 or 某某网)?"""
    return (m.span[0] == 0 or text[m.span[0] - 1] in "\n \u3000") and FILED_ON.match(text, m.span[1]) is not None


def _across_a_word(text: str, m: NameMention, vocab: Vocabulary) -> bool:
    """Is the "name" a surname read into an organ or a post (区委顾|问, 区法院|院长: 区 is a surname too)?
    Its last character begins a post that runs on past it, or it ends with an organ's word that no given
    name is made of (法院, 农委; but 王海军: 海军 is a common given name)."""
    post = vocab.post_re.match(text, m.span[1] - 1)
    if post is not None and not_a_post_here(text, post.start(), post.end(), vocab):
        post = None             # (高成文|: the credit 文: is no post after a character of a name)
    organ = vocab.word_ends_at(m.name, len(m.name), vocab.organs, max_len=4) or ""
    return (post is not None and post.end() > m.span[1]) or (
        len(organ) >= 2 and min(vocab.given_lr.get(c, 0.0) for c in organ) < 0)


def find_known_names(text: str, vocab: Vocabulary) -> list[NameMention]:
    """Every occurrence of a national leader's name (lexicon ``known_names``), wherever it stands:
    重温习近平总书记…, 贯彻习近平新时代…, 10月8日习近平主席…"""
    out = []
    for name in vocab.known_names:
        pos = text.find(name)
        while pos >= 0:
            out.append(NameMention(name, (pos, pos + len(name)), (), "known"))
            pos = text.find(name, pos + len(name))
    return out


def _place_in_name(name: str, vocab: Vocabulary) -> bool:
    """A proposed name that is a place and more: it begins with a city's or a province's name (安庆|军分区,
    安庆|有作为) or a foreign place (洛杉矶|番禺), or ends like a place (某某嘎查, 某某镇).  A county's short
    name is often a given name as well (张|建华), so it vetoes nothing."""
    if place_like(name):
        return True
    m = vocab.region_re.match(name)
    if m and 2 <= m.end() < len(name) and vocab.regions.get(m.group(), ("", "county", ""))[1] in ("city", "province"):
        return True
    m = vocab.foreign_re.match(name)       # (not a city: 罗马里奥 begins with 罗马)
    return bool(m) and 2 <= m.end() < len(name) and vocab.foreign.get(m.group()) != "city"


# A label with no organ written after 等 (甲、乙等委员围绕…发言): it names the listed persons that no post names
# there.  Not before a word it begins (委员会).  甲、乙等领导 gives no title: the field set's gold gives none in 18
# of 19 lists (its README: "a trailing 等领导 with no jurisdiction gives no title").
_BARE_LABEL = re.compile(r"(委员)(?!会|[和及与]|[\u4e00-\u9fff]{0,2}(?:工作|责任))"     # (等委员和同志: mixed)
                         r"|代表(?=因|的|在|出席|参加|列席|就座|就坐|发言|先后|分别|[,，。；;])")  # (not 代表全县人民: a verb)


# 甲、乙等全体在家区级领导: who of the label's group they are, between 等 and the label
_LABEL_MODIFIER = re.compile(r"(?:全体|其他|部分)?(?:在家|在职|在任|现任)?")


# 甲、乙等来自香港、台湾等地的海内外嘉宾: where the group comes from, between 等 and its label
_FROM_WHERE = re.compile(r"来自[^,，。;；:：\n]{1,30}?的")


def _group_label_after(text: str, i: int, vocab: Vocabulary) -> re.Match | None:
    """The group label that the 等 before ``i`` closes a list with, over a modifier (全体在家) and where the group
    comes from (来自某地的), or None."""
    m = vocab.group_label_re.match(text, _LABEL_MODIFIER.match(text, i).end())
    if m or not text.startswith("来自", i):
        return m
    for de in re.finditer("的", text[i:i + 34]):
        if _FROM_WHERE.fullmatch(text, i, i + de.end()):
            m = vocab.group_label_re.match(text, _LABEL_MODIFIER.match(text, i + de.end()).end())
            if m:
                return m
    return None


# 甲、乙等大会主席团成员在主席台就座: the members of a body named after 等, where the list's sentence goes on
_MEMBERS_AFTER = re.compile(r"([\u4e00-\u9fff]{2,14}?)(成员|委员|代表)(?=在|出席|参加|列席|就座|就坐|[,，。])")


def trailing_labels(text: str, mentions: Sequence[NameMention], vocab: Vocabulary) -> list[NameMention]:
    """…沈燕俊等区领导: the label after 等 applies to every name listed before it in the sentence;
    甲、乙等领导: a label with no organ, to the names of the list before it that have no post."""
    out = list(mentions)
    for i, nm in enumerate(mentions):
        e = nm.span[1]
        if text[e:e + 1] != "等":
            continue
        m = _group_label_after(text, e + 1, vocab)
        member = _MEMBERS_AFTER.match(text, _LABEL_MODIFIER.match(text, e + 1).end()) if not m else None
        if member and looks_like_org(member.group(1), vocab):
            m, post, org = member, member.group(2), member.group(1)     # 甲、乙等大会主席团成员在主席台就座
        elif not m:
            bare = _BARE_LABEL.match(text, e + 1)
            if bare:
                _label_bare_list(text, out, nm, Title(bare.group(), None, bare.group(), bare.span()))
            continue
        else:
            post, org = vocab.group_labels[m.group()]
        title = Title(post, org or None, m.group(), m.span())
        listed = _listed_before(text, out, nm)
        for j, other in enumerate(out):
            if other.span in listed and not other.is_reporter and not any(
                    (t.post, t.org) == (post, title.org) for t in other.titles):
                out[j] = replace(other, titles=other.titles + (title,))
    return out


# Between a label and the titled list it opens: 出席大会的省领导有:, 市领导还有, 区领导是:
_LEADING_INTRO = re.compile(r"(?:同志)?(?:还有|也有|有|是|包括|分别是)?[:：]|(?:同志)?(?:还有|也有|有|包括)")


def leading_labels(text: str, mentions: Sequence[NameMention], vocab: Vocabulary) -> list[NameMention]:
    """出席大会的省领导有:省委书记甲,省委副书记、省长乙,副省长丙、丁等: a label of leaders before a colon or 有
    applies to every name of the list it opens, whose items carry posts of their own (names alone are read by
    ``name_lists.find_introduced_lists``).  Labels of guests (主礼嘉宾有…) title no one there.  The list runs
    from name to name over separators and the next name's posts, so it ends with its sentence."""
    out = list(mentions)
    order = sorted(range(len(out)), key=lambda k: out[k].span)
    starts = [out[k].span[0] for k in order]
    for m in vocab.group_label_re.finditer(text):
        intro = _LEADING_INTRO.match(text, m.end())
        post, org = vocab.group_labels[m.group()]
        if intro is None or not post.endswith("领导") or mixed_groups(text, m.start()):
            continue            # 出席主礼嘉宾有:…: guests, not a level of leaders (field-test, round 15); 市领导,…负责人,老领导有:
        title = Title(post, org or None, m.group(), m.span())
        for k in _listed_after(text, out, order[bisect.bisect_left(starts, intro.end()):], intro.end()):
            other = out[k]
            if not other.is_reporter and not any(t.post == post for t in other.titles):
                out[k] = replace(other, titles=other.titles + (title,))
    return out


def _listed_after(text: str, mentions: Sequence[NameMention], order: Sequence[int], begin: int) -> list[int]:
    """The indices (of ``order``, the mentions from ``begin`` by position) of the names listed from ``begin``: the
    first name's posts must begin there, and each next one follows over separators and its own posts only."""
    listed: list[int] = []
    prev_end = begin
    for k in order:
        span, titles = mentions[k].span, mentions[k].titles
        lead = min([t.span[0] for t in titles if prev_end <= t.span[0] < span[0]] + [span[0]])
        if prev_end > lead or not _LIST_GAP.fullmatch(text, prev_end, lead):
            break
        listed.append(k)
        prev_end = span[1]
    return listed


# What may stand between two names of one list, besides the posts of the second: separators, 同志, a note
_LIST_GAP = re.compile(r"(?:[、,，\s]|及|和|与|以及|同志|原|[(（][^()（）]{0,12}[)）])*")


def _listed_before(text: str, mentions: Sequence[NameMention], last: NameMention) -> set[TextSpan]:
    """The spans of ``last`` and of the names listed before it in its sentence (市委书记甲,市长乙、丙等市领导),
    back to the first gap that holds more than separators and posts (…一行走访某会,获该会理事长甲…等负责人)."""
    sent_start = max((text.rfind(c, 0, last.span[1]) for c in SENTENCE_END), default=-1) + 1
    by_start = sorted({m.span: m for m in mentions if sent_start <= m.span[0] <= last.span[0]}.items())
    listed = {last.span}
    k = next(i for i, (span, _) in enumerate(by_start) if span == last.span)
    while k > 0:
        (prev_span, _), (span, m) = by_start[k - 1], by_start[k]
        lead = min([t.span[0] for t in m.titles if prev_span[1] <= t.span[0] < span[0]] + [span[0]])
        if prev_span[1] > lead or not _LIST_GAP.fullmatch(text, prev_span[1], lead):
            break
        listed.add(prev_span)
        k -= 1
    return listed


def _label_bare_list(text: str, out: list[NameMention], last: NameMention, title: Title) -> None:
    """Give ``title`` to ``last`` and to the names listed right before it (joined by 、, 和, 及) that have no
    title at this mention, in place."""
    by_end = {m.span[1]: j for j, m in enumerate(out)}
    j = next(k for k, m in enumerate(out) if m is last)
    while True:
        if not out[j].titles and not out[j].is_reporter:
            out[j] = replace(out[j], titles=(title,))
        start = out[j].span[0]
        gap = 1 if text[start - 1:start] in ("、", "和", "及") else 0
        if not gap or start - 1 not in by_end:
            return
        j = by_end[start - 1]


def propagate(text: str, mentions: Sequence[NameMention], *, start: int = 0) -> list[NameMention]:
    """Every other occurrence of a name already found is a mention of it too."""
    names = sorted({m.name for m in mentions if len(m.name) >= 2}, key=lambda w: (-len(w), w))
    if not names:
        return list(mentions)
    # The matches do not overlap one another, so each is checked against the given mentions only:
    # one of them overlaps [s, e) when the furthest end among those starting before e lies after s.
    taken = sorted(m.span for m in mentions)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))
    reporters = {x.name for x in mentions if x.is_reporter}
    out = list(mentions)
    # every occurrence of every name, leftmost first and the longest name first where two start together
    found = []
    for name in names:
        i = text.find(name, start)
        while i >= 0:
            found.append((i, -len(name), name))
            i = text.find(name, i + 1)
    last_end = start
    for s, neg_len, name in sorted(found):
        e = s - neg_len
        if s < last_end:
            continue
        last_end = e
        i = bisect.bisect_left(starts, e)
        if i and reach[i - 1] > s:
            continue
        out.append(NameMention(name, (s, e), (), "known", is_reporter=name in reporters))
    return out


def resolve_surnames(mentions: Sequence[NameMention]) -> list[NameMention]:
    """王书记 -> 王强 when exactly one full name in the article has that surname (and, if any, that post);
    郭女士 -> 孔郭惠清 when none has and exactly one name of four characters has it second (a Hong Kong
    married name: the husband's surname before her own)."""
    full: dict[str, set[str]] = {}          # full name -> its posts
    for m in mentions:
        if not m.surname_only and len(m.name) >= 2:
            full.setdefault(m.name, set()).update(t.post for t in m.titles)
    out = []
    for m in mentions:
        if m.surname_only:
            same = sorted(n for n in full if n.startswith(m.name) and "·" not in n)
            if not same:
                same = sorted(n for n in full if len(n) == 4 and n[1] == m.name)
            if len(same) > 1 and m.titles:     # 金主任 of 金某某 the 主任 and 金某 the 处长
                same = [n for n in same if any(t.post in full[n] for t in m.titles)]
            if len(same) == 1:
                m = replace(m, name=same[0], surname_only=False)
        out.append(m)
    return out


_ADDRESSED_AFTER = ("女士", "太太", "夫人")


# Surnames that are far more often a preposition or a conjunction before a name (主任向|何少芳介绍)
_CONJUNCTION_SURNAMES = frozenset("向和于从有是为")    # (嘉宾有|邱某林: the verb that lists the name)


def _married_surname_before(text: str, a: int, b: int, vocab: Vocabulary) -> bool:
    """A Hong Kong or Taiwan married name (陈李婉霞: the husband's surname before her own) whose first
    surname the name model left out: a surname (no preposition) stands before a name of three characters,
    and a post ends before it (总干事|关何少芳) or a form of address follows the name (辜严倬云|女士)."""
    husband = text[a - 1] if a >= 1 else ""
    if b - a != 3 or husband not in vocab.surnames or husband in _CONJUNCTION_SURNAMES:
        return False
    if vocab.word_ends_at(text, a - 1, vocab.posts, max_len=6):
        return True
    return text.startswith(_ADDRESSED_AFTER, b) and (a < 2 or text[a - 2:a] not in vocab.word_pairs)


def resolve_given_names(text: str, mentions: Sequence[NameMention], vocab: Vocabulary) -> list[NameMention]:
    """凤桐同志 -> 赵凤桐, 婷婷区长 -> 张婷婷: once a leader's full name is written, official news may call him by
    his given name and 同志 or his post; the given name names the one full name of the article that ends with it."""
    full = {m.name for m in mentions if not m.surname_only and len(m.name) == 3}
    out = []
    for m in mentions:
        if len(m.name) == 2 and m.name not in full and (text.startswith("同志", m.span[1])
                                                        or vocab.post_re.match(text, m.span[1])):
            same = [n for n in full if n[1:] == m.name]
            if len(same) == 1:
                m = replace(m, name=same[0])
        out.append(m)
    return out


def _known_before_a_closer(text: str, mentions: Sequence[NameMention], vocab: Vocabulary) -> list[NameMention]:
    """书记贾轶做2022年…汇报: a reading one character longer than a name the article writes elsewhere, whose last
    character opens a word that closes names (做, 在), is that name."""
    known = {m.name for m in mentions if len(m.name) == 2 and not m.surname_only}
    if not known:
        return list(mentions)
    out = []
    for m in mentions:
        a, b = m.span
        if len(m.name) == 3 and m.name[:2] in known and vocab.name_right_re.match(text, b - 1) and (
                m.name[2] not in "和与及同跟"):         # (黎海和同志: 和 ends the given name as often as it joins)
            m = replace(m, name=m.name[:2], span=(a, b - 1))
        out.append(m)
    return dedupe_mentions(out)


def resolve_name_parts(mentions: Sequence[NameMention]) -> list[NameMention]:
    """贝尔托 -> 马可·贝尔托, 阿兰 -> 阿兰·杜邦: a transliterated name is written whole once and then
    by its first or last part (a headline, a later sentence); the part names the person whose whole
    name the article writes, when exactly one name has it."""
    whole: dict[str, set[str]] = {}
    for m in mentions:
        parts = [x for x in _NAME_DOT_RE.split(m.name) if x]
        if len(parts) >= 2 and not m.is_reporter:
            for part in (parts[0], parts[-1]):
                whole.setdefault(part, set()).add(m.name)
    if not whole:
        return list(mentions)
    out = []
    for m in mentions:
        names = whole.get(m.name, ())
        if len(names) == 1 and len(m.name) >= 2 and not m.is_reporter:
            m = replace(m, name=next(iter(names)), surname_only=False)
        out.append(m)
    return out


_NAME_DOT_RE = re.compile("[·•・‧∙.]")


def dedupe_mentions(mentions: Sequence[NameMention]) -> list[NameMention]:
    """One mention per span: the first finder (most confident) wins; overlapping spans keep the longer."""
    by_span: dict[TextSpan, NameMention] = {}
    for m in mentions:
        prev = by_span.get(m.span)
        if prev is None:
            by_span[m.span] = m
        else:
            by_span[m.span] = replace(prev, titles=prev.titles + tuple(t for t in m.titles if t not in prev.titles),
                                      is_reporter=prev.is_reporter or m.is_reporter)
    spans = sorted(by_span, key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[TextSpan] = []
    for s in spans:
        if kept and s[0] < kept[-1][1]:
            continue
        kept.append(s)
    return [by_span[s] for s in kept]


def assemble_persons(mentions: Sequence[NameMention], roles: dict[TextSpan, list] | None = None) -> tuple[Person, ...]:
    """One Person per name, in order of first mention, titles deduplicated (the fullest surface kept)."""
    roles = roles or {}
    order: list[str] = []
    acc: dict[str, dict] = {}
    for m in sorted(mentions, key=lambda m: m.span):
        if m.name not in acc:
            order.append(m.name)
            acc[m.name] = {"titles": [], "roles": [], "reporter": False, "spans": []}
        a = acc[m.name]
        a["spans"].append(m.span)
        a["reporter"] = a["reporter"] or m.is_reporter
        for t in m.titles:
            _add_title(a["titles"], t)
        for r in roles.get(m.span, ()):
            if r.role not in [x.role for x in a["roles"]]:
                a["roles"].append(r)
    persons = []
    for name in order:
        a = acc[name]
        persons.append(Person(name=name, titles=tuple(a["titles"]),
                              roles=() if a["reporter"] else tuple(a["roles"]),
                              is_reporter=a["reporter"], spans=tuple(a["spans"])))
    return tuple(persons)


def _add_title(titles: list[Title], t: Title) -> None:
    """Keep one entry per post and organ; where one post is written in several ways keep the fullest."""
    for i, old in enumerate(titles):
        if old.post == t.post and (old.org == t.org or old.org is None or t.org is None or _placed_again(old.org, t.org)):
            if t.org and not old.org or len(t.surface) > len(old.surface) and (t.org or not old.org):
                titles[i] = t
            return
    titles.append(t)


def _placed_again(a: str, b: str) -> bool:
    """洛阳市教育局 and 市教育局: one organ, written once with its place and once with its level alone."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer.endswith(shorter) and shorter[0] in JURISDICTION_CHARS


_BODY_KINDS = (OrgKind.INSTITUTION, OrgKind.ASSOCIATION, OrgKind.COMPANY)


def _names_a_body(text: str, end: int, vocab: Vocabulary) -> bool:
    """The suffix of a school, society or firm, of two characters or more, follows ``end`` and ends there as
    a word (明德|中学回访, 马海德|基金会; not 崔某|大学生, nor a post: 李某|院长): what stands before it is the
    body's name, not a person."""
    suffix = vocab.org_suffix_re.match(text, end)
    if suffix is None or len(suffix.group()) < 2 or vocab.org_suffixes[suffix.group()] not in _BODY_KINDS:
        return False
    after = suffix.end()         # (弗格森|学会了: a verb with its particle, not a society)
    return (not vocab.post_re.match(text, end) and text[after - 1:after + 1] not in vocab.word_pairs
            and text[after:after + 1] not in "了过着")


def backend_names(text: str, mentions: Sequence[NameMention], backend: NerBackend, vocab: Vocabulary) -> list[NameMention]:
    """Names a statistical backend proposes where the grammar has none.

    A cheap backend (the name model) reads the whole text, skipping what the
    grammar read; an expensive one (LAC, spaCy) only the sentences where the
    grammar found a participation or speech verb but no name before it.  The
    proposals must not overlap the grammar's names nor be listed in ``non_names``
    (whose user entries, given with ``--lexicon``, reach every backend this way),
    and those of a backend that does not check names itself must pass ``plausible_name``.
    """
    if isinstance(backend, GrammarOnly):
        return []
    taken = sorted(m.span for m in mentions)
    out: list[NameMention] = []
    windows = [(0, len(text))] if backend.whole_text else sentences(text)
    for s, e in windows:
        verb = vocab.role_re.search(text, s, e) or vocab.speech_re.search(text, s, e)
        if not backend.whole_text and (verb is None or any(s <= a < verb.start() for a, _ in taken)):
            continue
        local = [(a - s, b - s) for a, b in taken if s <= a and b <= e]
        for start, end, tag in backend.entities(text[s:e], skip=local):
            a, b = s + start, s + end
            name = text[a:b]
            if tag != "PER" or any(x < b and a < y for x, y in taken):
                continue
            if (name in vocab.non_names or name in vocab.regions or name in vocab.foreign or name in vocab.group_labels
                    or name in vocab.known_organizations or ends_company_list(text, b) or kin_by_surname(name)):
                continue                          # a word the lexicons (the user's too) say is no name, a place, a
                                                  # group (嘉宾), a firm
            if not backend.checks_names and not plausible_name(name, vocab):
                continue
            if _place_in_name(name, vocab):
                continue                          # 安庆军(分区), 扎根津南, 某某嘎查: a place, not a person
            if _names_a_body(text, b, vocab):
                continue                          # 长沙明德|中学: the name of a school, not a person
            if _married_surname_before(text, a, b, vocab) and not any(x < a and a - 1 < y for x, y in taken):
                a, name = a - 1, text[a - 1:b]    # 总干事|关|何少芳, 拜会|辜|严倬云|女士
            out.append(NameMention(name, (a, b), (), "backend"))
    return out
