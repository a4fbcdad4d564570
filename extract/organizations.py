"""Organizations: organs, companies and institutions named in an article.

An organization name ends with a known organ or suffix (市委, 经信局, 有限公司,
联盟 ...) and is followed by something that can follow a name (punctuation, a
verb, a post, another name).  Where it starts is the hard part (``extract.org_start``); in
order of preference:

1. a place, a jurisdiction or a national opener begins it (市|经信局,
   杭州|博岳生物技术有限公司, 中共|…);
2. a statistical segmenter, when one is given, says where the noun phrase before
   the suffix begins;
3. otherwise it begins after the last verb, adverb or stop word before the
   suffix (为更好发挥|金砖国家特殊经济区中国合作中心, 听取|区经信科技局).

A party or government organ needs a place or jurisdiction (市委, 区经信局: yes;
全面落实中央: no); a single-character organ (局, 委) needs a stem of two
characters; sub-units extend over their parent (市规划资源局|钱塘分局); pure
jurisdictions (杭州市, 马来西亚砂拉越州) are places, not organizations; nothing
inside 《》 (a title of a work) is an organization, nor a kind of body named with no place or name of its own
(人民政府, 县级人民代表大会).  ``org_names.numbered_units`` reads the units of the armed forces named by
their code (76324部队), which no suffix rule sees.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator

from extract.org_names import body_kind, is_place, no_one_body, tail_kind
from extract.org_units import UNIT_AFTER, UNIT_CHARACTERS, chain_stem, department_of, is_subunit
from extract.org_start import (COMPANY_LIST_END, HARD, MAX_NAME, NATIONAL, PARTICLES, PREPOSITIONS, STATIONED,
                               WORDS_OF_PREPOSITIONS, Segmenter, known_names_re, left_limit, opens_at, past_our_place,
                               start_of_name, stop_cut)
from extract.outlets import outlets, sources
from extract.records import Organization, OrgKind, TextSpan
from extract.textutil import PUNCT, compile_words, is_cjk, search_from
from extract.vocab import JURISDICTION_CHARS, Vocabulary


# Words after a congress or CPPCC organ that make it a person's status: 人大代表, 政协委员.
_STATUS_AFTER = ("代表", "委员")
# Ordinals inside a name mean a session, not a body: 区一届人大五次会议.
_SESSION = re.compile(r"[一二三四五六七八九十百\d]+[届次]")
# A term (届) is part of a body's formal name (省十三届人大常委会, 政协某县第十一届委员会); a name with a
# sitting number (次) names a sitting.  A congress with its term followed by a sitting number names the
# session (区一届人大五次会议); a standing committee (市九届人大常委会第二十六次会议: every real-text annotator
# records the body) and a committee under its formal name (政协某县第十一届委员会) stay bodies.
_SITTING = re.compile(r"[一二三四五六七八九十百\d]+次")
_SESSION_BODIES = ("主席团", "审查委员会")     # 市十五届人大一次会议主席团: a session's own body, a name
_TERM = re.compile(r"[一二三四五六七八九十百\d]+届")
_SITTING_AFTER = re.compile(r"(?:举行|召开)?第?[一二三四五六七八九十百\d]+次")
_TERM_COMMITTEE = re.compile(r"届.*委员会$")
_SEATS, _SEAT_VERB = ("社区", "街道", "村", "镇", "乡"), re.compile("[驻辖]")
# Party bodies inside another body, which is named with them: 某集团党委, 市外侨办党组.
_PARENT_OF = ("党委", "党组")
# Bodies inside a firm that are named with it (某集团有限公司党委, 某公司工会), but not before a post: a firm's party
# secretary's or union chairman's organ is the firm (某公司党委书记, as the field gold writes it)
_PARTY_INSIDE = frozenset({"党委", "党组", "党总支", "党支部", "纪委", "工会", "团委"})
# What may stand before a short organ named as a list item.
_LIST_BEFORE = set("、，,：:；;")
_GENERIC_ORGANS = ("政府", "中央", "社区")
# One-character function words that may follow a name.
_FUNCTION_AFTER = set("的和与及等在对向为是将把被从于由就也都还又已所")
# departments every county has, named alone for the local one (宣传部, 党支部): not a national ministry
_LOCAL_DEPARTMENTS = ("支部", "指挥部", "宣传部", "组织部", "统战部", "武装部", "人武部", "工作部", "政法部")
_STATE_KINDS = (OrgKind.PARTY, OrgKind.GOVERNMENT, OrgKind.CONGRESS)
_DEMOCRATIC_COMMITTEES = ("省委会", "市委会", "区委会", "县委会", "州委会")
_VERB_OF_HUI = set("同商签审议见谈上后前场")
_NAMELESS_COMMITTEES = ("委员会", "工作委员会", "协调委员会")
_CPPCC = ("政协", "政协常委会")     # typed other (CONVENTIONS.md), whose committees are its bodies all the same
_BRANCH = ("分公司", "分行", "支行", "分厂", "分店")
# What follows the verb after the particle 所 (所取得的成绩, 为人们所熟知。): a relative clause or a passive's end.
_AFTER_SUO = ("的", "，", ",", "。", "；", ";", "、", "！", "？")
# 为推进合作所做的工作: 所 and a one-character verb in a clause led by 为 (not 市农科所做的报告: an office)
_SUO_DONE = re.compile(r"为[^，,。；;：:！？]{1,15}所[做作]的$")
# a name never ends inside them (受大会主席团委|托, 相关部|门, 县府|城镇, 市委常委会|议, 国际苏铁生物学会|议)
_WORD_ACROSS = ("委托", "委派", "部门", "府城", "会议", "会徽", "会标", "会旗", "会歌")
# An outlet's channel written after its name: 某某日报|客户端.  A media ending right after a body extends it
# too (中央政府|门户网站), not one outlet's name after another's (某某新闻网|某某日报: two).
_CHANNELS = ("客户端", "网站", "频道")
# An outlet's local channel, station or bureau, named with it (某某网某县站, 某某网-某省频道, 某某社某省分社)
_MEDIA_UNITS = ("站", "频道", "分社", "记者站", "视窗")
_MEDIA_UNIT_NAME = re.compile(r"[-－·•]?[\u4e00-\u9fff]{2,4}")
_ROOMS = ("会议室", "会客室", "接待室", "会见厅", "报告厅", "多功能厅", "礼堂", "大厅",     # venues, no bodies
          "会议中心", "会展中心", "展览中心", "文化中心", "市中心", "展览馆", "规划馆", "大剧院")
# A list of names closed by 等企业 (来到A、B、C等企业调研): each item is a company, named by its short name.
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff()（）]{2,12}")
_LIST_REACH = 80


def _suffix_hits(text: str, vocab: Vocabulary, lo: int, hi: int) -> list[tuple[int, int, OrgKind, bool]]:
    """(start, end, kind, is_organ) of every organ word or suffix, the longest at each end position."""
    best: dict[int, tuple[int, int, OrgKind, bool]] = {}
    for regex, starts, table, is_organ in ((vocab.organ_re, vocab.organ_start_re, vocab.organs, True),
                                           (vocab.org_suffix_re, vocab.org_suffix_start_re, vocab.org_suffixes, False)):
        pos = lo
        while pos < hi:
            m = search_from(regex, starts, text, pos, hi)
            if not m:
                break
            hit = (m.start(), m.end(), table[m.group()], is_organ)
            if m.group() in _DEMOCRATIC_COMMITTEES and text[m.end():m.end() + 1] in _VERB_OF_HUI:
                hit = (m.start(), m.end() - 1, table[m.group()[:-1]], is_organ)  # 市委|会同: the committee and a verb
            prev = best.get(hit[1])
            if prev is None or hit[0] < prev[0]:
                best[hit[1]] = hit
            pos = m.start() + 1
    return sorted(best.values(), key=lambda h: (h[1], h[0]))



def can_follow(text: str, pos: int, vocab: Vocabulary) -> bool:
    """Can ``text[pos:]`` follow the end of an organization name?"""
    if pos >= len(text):
        return True
    ch = text[pos]
    if ch in PUNCT or ch.isspace() or not is_cjk(ch) or ch in _FUNCTION_AFTER or ch == STATIONED:
        return True             # (外交部|驻港特派员公署: its office in another place follows)
    for regex in (vocab.name_right_re, vocab.role_re, vocab.speech_re, vocab.post_re, vocab.organ_re,
                  vocab.org_suffix_re, vocab.region_re, vocab.verb_re, vocab.follow_verb_re, vocab.org_stop_re,
                  vocab.group_label_re):
        if regex.match(text, pos):
            return True
    return False


def _inside_titles_of_works(text: str) -> list[TextSpan]:
    return [m.span() for m in re.finditer(r"《[^》]{0,80}》", text)]


def find_organizations(text: str, vocab: Vocabulary, *, start: int = 0,
                       segmenter: Segmenter | None = None,
                       extra: Iterable[tuple[str, TextSpan, OrgKind]] = (),
                       persons: Iterable[TextSpan] = (),
                       proposals: Iterable[tuple[int, int, str]] = ()) -> tuple[Organization, ...]:
    """Every organization named in ``text[start:]``, one record per name, in order of first mention.

    ``extra`` adds organizations found elsewhere (the organs of titles); where
    one of them covers a name found here, it wins.  No name overlaps the spans
    of ``persons`` (新华社记者陈辉李清华 is no organization ending in 清华).
    ``proposals`` are a statistical model's organizations, (start, end, label)
    with label GOV, COMPANY or ORG: see ``accept_proposals``.
    """
    extra = [(n, s, k) for n, s, k in extra if not is_place(n, vocab)]
    blocked = _Reach(_inside_titles_of_works(text) + [s for _, s, _ in extra])
    person_spans = _Reach(persons)
    hits: list[tuple[int, int, OrgKind]] = []
    suffix_end = start
    for s_start, s_end, kind, is_organ in _suffix_hits(text, vocab, start, len(text)):
        word = text[s_start:s_end]
        overlapping, suffix_end = suffix_end > s_start, max(suffix_end, s_end)     # 大学 and 学校 in 大学校长
        if kind in (OrgKind.CONGRESS, OrgKind.OTHER) and text.startswith(_STATUS_AFTER, s_end) and not (
                text[s_start - 1:s_start] == "届" and word.endswith("人民代表大会")):
            continue            # 人大代表 is a status; a deputy to 某省第十三届人民代表大会 names the body
        post = vocab.word_ends_at(text, s_end, vocab.posts, max_len=6)
        if post and len(post) > len(word):
            continue            # the 委 of 常委: the tail of a post, not an organ
        if len(word) == 1 and (text[s_start - 1:s_end] in vocab.suffix_words
                               or text[s_start:s_start + 2] in vocab.suffix_words):
            continue            # 干部, 部署: an ordinary word, not an organ
        if (len(word) == 2 and s_start > 0 and text[s_start - 1:s_start + 1] in vocab.suffix_words
                and text[s_end - 1:s_end + 1] in vocab.suffix_words):
            continue            # 合作|协议, 工作|协商: two ordinary words, not 作协
        if (len(word) >= 3 and text[s_start:s_end - 1] in vocab.suffix_words
                and text[s_end - 1:s_end + 1] in vocab.suffix_words):
            continue            # 组织|部分: two ordinary words, not 组织部
        starts_post = vocab.post_re.match(text, s_start)
        if starts_post and starts_post.end() > s_end:
            continue            # the 局 of 王局长: a post, not an organ
        if any((p := vocab.post_re.match(text, k)) and p.end() > s_end for k in range(max(0, s_start - 3), s_start)):
            continue            # the 部 of 文部科学大臣: inside a post that runs across it
        if overlapping and (tail := vocab.post_re.match(text, s_end - 1)) and tail.end() > s_end:
            continue            # 大学|校长: the 学校 across a name and its post
        if word in vocab.subunit_suffixes and word.startswith(("党", "纪")) and vocab.post_re.match(text, s_end):
            continue            # 集团有限公司党委书记: the company's post, not a body of its own
        extension = vocab.suffix_extension_re.match(text, s_start)
        if extension and extension.end() > s_end:
            continue            # a suffix that begins a longer ordinary word (钱塘大学|城, 油脂科|技) ends no name
        if word == "所" and (((verb := vocab.verb_re.match(text, s_end)) and text[verb.end():verb.end() + 1] in _AFTER_SUO)
                            or _SUO_DONE.search(text, max(0, s_start - 16), s_end + 2)):
            continue            # 经济发展所|给予的支持, 为群众所|熟知。: the particle 所 before a verb, not an office
        floor, branch, stationed = start, False, False
        if hits and hits[-1][1] <= s_start:
            prev_start, prev_end = hits[-1][:2]
            between = text[prev_end:s_start]
            stationed = between.startswith(STATIONED) and 2 <= len(between) <= 8 and not any(c in HARD for c in between)
            inside_firm = word in _PARTY_INSIDE and not vocab.post_re.match(text, s_end)
            extends = ((kind in (OrgKind.COMPANY, OrgKind.OTHER) or is_subunit(word, vocab))
                       and (not text.endswith("公司", 0, prev_end) or inside_firm)) or between.startswith(STATIONED) or (
                not between and text.endswith("中央", 0, prev_end)              # 香港中央|图书馆, 中央|民族大学
                and kind in (OrgKind.INSTITUTION, OrgKind.MEDIA)) or (
                kind == OrgKind.MEDIA and not between and (hits[-1][2] != OrgKind.MEDIA or word in _CHANNELS))
            branch = (word.startswith(_BRANCH) and between in vocab.regions       # …有限公司|泉州分公司
                      or hits[-1][2] == OrgKind.MEDIA and word in _MEDIA_UNITS and _MEDIA_UNIT_NAME.fullmatch(between))
            if (extends and len(between) < 8 and not any(c in HARD or c in PREPOSITIONS for c in between)):
                floor = prev_start
            else:
                floor = prev_end
        name_start, placed = start_of_name(text, s_start, floor, vocab, segmenter, name_end=s_end,
                                        company=kind == OrgKind.COMPANY)
        if hits and name_start == floor == hits[-1][0] and is_subunit(word, vocab):
            placed = True               # 农业部|党组, 某集团有限公司|党委: a unit of the body named before it
        if branch or stationed:         # …有限公司泉州分公司, 某某网某县站, 外交部驻港特派员公署: one name
            name_start, placed = hits[-1][0], placed or stationed
            kind = OrgKind.MEDIA if hits[-1][2] == OrgKind.MEDIA else kind
        elif hits and placed and hits[-1][1] == name_start and text[hits[-1][0]:name_start] in NATIONAL:
            name_start = hits[-1][0]    # 共青团|衡阳市委: a national body's name opens its local committee's
        if hits and hits[-1][0] < name_start < hits[-1][1]:
            name_start, placed = hits[-1][0], True  # a unit extends over the whole name before it, not a piece of it
        if (is_organ and hits and name_start == floor + 1 == hits[-1][1] + 1
                and text[floor:floor + 2] in WORDS_OF_PREPOSITIONS):
            name_start = floor          # 市政协|经济科技委员会: 经济 opens the unit's name, no preposition 经
        if (hits and name_start == floor == hits[-1][1] and not placed and is_organ
                and (len(word) >= 2 or (word in UNIT_CHARACTERS and s_start - name_start >= 2))
                and word[0] not in JURISDICTION_CHARS
                and (hits[-1][2] in _STATE_KINDS or text.endswith(_CPPCC, 0, hits[-1][1]))
                and (name_start < s_start or len(word) >= 3 or word.endswith(("办", "机关")))
                and not opens_at(text, name_start, s_end, vocab)
                and chain_stem(text[name_start:s_start])):
            name_start, placed = hits[-1][0], True      # 旗委|外事工作委员会, 市政协|提案工作委员会, 县委|台办,
            #                                             外交部|领事司: a body of the organ
        elif word == "司" and hits and department_of(text, hits[-1], s_start):
            name_start, placed = hits[-1][0], True      # 外交部|西亚北非司, 国家发改委|产业协调司: whatever its name
        elif word == "司":
            continue            # a department (司) is named only with its ministry (not 某某名将白圭司)
        if word.endswith("委员会") and (head := _committee_start(text, name_start, start, vocab)) != name_start:
            name_start, placed = head, True
        if name_start > floor and text[name_start - 1] == STATIONED:
            name_start -= 1             # (各国)驻昆总领馆, 驻福冈办事处: an office by its station
        joined = _JOINED_BEFORE.match(text, name_start, s_start)
        if joined and s_end - joined.end() >= 3 and (
                opens_at(text, joined.end(), s_end, vocab) if joined.group().endswith("原")
                else not opens_at(text, name_start, s_end, vocab)):
            # …及|外经局, 区与|某某集团有限公司, 以|某某会议所: a conjunction opens no name; 仓山区原|福州市织带厂:
            # the body that was there before
            name_start = joined.end()
        if (is_organ and not placed and name_start < s_start and word[0] in JURISDICTION_CHARS and len(word) >= 2
                and len(vocab.word_ends_at(text, s_start, vocab.suffix_words, max_len=4) or "") >= 2):
            name_start = s_start        # 报送|市委: a word before an organ of "the" city is no part of its name
        name_start = past_our_place(text, name_start, s_end)     # (我市|市委: 市委, not 市市委)
        name = text[name_start:s_end]
        if (k := text.rfind("等", name_start, s_start)) >= 0 and (close := COMPANY_LIST_END.match(text, k)) and close.end() == s_end:
            continue            # 甲、乙、丙|等公司: the close of a list of firms, whose items _listed_companies reads
        if word.endswith(_SEATS) and _SEAT_VERB.search(name, 0, s_start - name_start):
            continue            # 镇人民政府驻|某社区, 某县辖|某街道: a body's seat or a subdivision, a place
        # 县委、人大、政协领导: a bare organ listed right after a named one is a name too, but not 政府 (党委、政府:
        # the field gold mostly reads it as the generic "government"), 中央 (the README's decision) or one that
        # opens a longer name (武警|黔东南支队)
        bare_listed = (is_organ and name == word and len(word) == 2 and word not in _GENERIC_ORGANS and bool(hits)
                       and hits[-1][1] == name_start - 1 and text[name_start - 1] in "、和及"
                       and vocab.region_re.match(text, s_end) is None)
        if (is_organ and not placed and name_start < s_start and len(word) >= 3
                and ((word.endswith("部") and not word.endswith(_LOCAL_DEPARTMENTS))
                     or word.startswith(("国家", "国务院", "中央", "全国")))
                and not _acceptable(name, word, kind, placed, is_organ, vocab)
                and _acceptable(word, word, kind, False, is_organ, vocab)):
            name, name_start = word, s_start    # 应|财政部的邀请, 记者从|财政部获悉: a body named alone
        if not is_organ and _unit_after_conjunction(text[name_start:s_start], vocab):
            continue            # 房产和|银行, 实际和|先进学校: a unit after a conjunction names no body (规划和|国土局 may)
        if not (bare_listed or _acceptable(name, word, kind, placed, is_organ, vocab)) or \
                text[s_end - 1:s_end + 1] in _WORD_ACROSS:
            continue
        if (_TERM.search(name) and _SITTING_AFTER.match(text, s_end) and not _TERM_COMMITTEE.search(name)
                and not name.endswith(("常委会", "常务委员会"))):
            continue            # 区一届人大|五次会议: the session, not the body (but 市九届人大常委会 is a body)
        if kind not in (OrgKind.COMPANY, *_STATE_KINDS) and any(text.startswith(b, s_end) for b in vocab.org_right_blockers):
            continue
        if blocked.covers(name_start, s_end):
            continue
        if person_spans.overlaps(name_start, s_end):
            continue
        # An organ with no place may not modify a noun (人民代表大会制度), a placed one may (市政府民生实事).
        placed_organ = is_organ and len(word) >= 2 and (placed or word[0] in JURISDICTION_CHARS)
        # a short organ named alone as an item of a list (乡农办、河长办工作人员) may stand before a noun too
        listed = (is_organ and name == word and len(word) in (3, 4) and name_start > 0
                  and text[name_start - 1] in _LIST_BEFORE)
        placed_organ = placed_organ or listed or bare_listed or branch or (word == "司" and placed)   # (外交部欧洲司官员)
        if is_organ and not placed_organ and not can_follow(text, s_end, vocab) and not UNIT_AFTER.match(text, s_end):
            continue            # (but 外交部|礼宾司: a unit of the organ follows, named with it below)
        # a longer name that contains earlier hits replaces them (市规划资源局钱塘分局)
        while hits and hits[-1][0] >= name_start:
            hits.pop()
        hits.append((name_start, s_end, kind))
    found: dict[str, tuple[OrgKind, list[TextSpan]]] = {}
    for s, e, kind in _split_joined(text, hits, vocab):
        s = _known_start(text, s, e, vocab)
        _note(found, text[s:e], body_kind(text[s:e], kind, vocab), (s, e))
    for name, span, kind in extra:
        _note(found, name, body_kind(name, kind, vocab), span)
    for name, span, kind in _parents(found, vocab):
        if name not in found:
            _note(found, name, kind, span)
    for name, span, kind in itertools.chain(sources(text, start, vocab), _listed_companies(text, start, vocab)):
        if name not in found and not blocked.covers(*span) and not person_spans.overlaps(*span):
            _note(found, name, kind, span)
    for name, span in outlets(text, start):
        if name not in found and not person_spans.overlaps(*span):
            _note(found, name, OrgKind.MEDIA, span)
    named = _Reach([x for _, spans in found.values() for x in spans])
    teams = ((name, span, OrgKind.OTHER) for name, span in _teams(text, start, vocab))
    for name, span, kind in itertools.chain(_known_bodies(text, start, vocab), teams):
        if not named.overlaps(*span) and not blocked.covers(*span) and not person_spans.overlaps(*span):
            _note(found, name, kind, span)
    for name, span, kind in accept_proposals(text, proposals, vocab, start=start,
                                             taken=[x for _, spans in found.values() for x in spans]):
        if not blocked.overlaps(*span) and not person_spans.overlaps(*span):
            _note(found, name, kind, span)
    order = sorted((n for n in found if n not in _GENERIC_BODIES and not _GENERIC_LEVEL.match(n)),
                   key=lambda n: min(found[n][1]))
    return tuple(Organization(n, found[n][0], tuple(sorted(set(found[n][1])))) for n in order)


# A kind of body with no place or name of its own (依法向人民代表大会报告): none; but a delegation by its noun alone
# (代表团一行) is one, a short form of its name (CONVENTIONS.md: the field-test gold agrees, recent batches do not)
_GENERIC_BODIES = frozenset({"人民代表大会", "人民代表大会常务委员会", "人民政府", "人民政协", "街道办事处"})
_GENERIC_LEVEL = re.compile(r"(?:各级|县级以上|[省市县区乡镇旗盟]{1,2}级)")     # 县级人民代表大会, 各级人民政府
_JOINED_BEFORE = re.compile(r"[区县市镇乡省]?[与及以]|[\u4e00-\u9fff]{1,6}?[区县市]原")
_MODEL_KINDS = {"GOV": OrgKind.GOVERNMENT, "COMPANY": OrgKind.COMPANY, "ORG": OrgKind.OTHER}


def accept_proposals(text: str, proposals: Iterable[tuple[int, int, str]], vocab: Vocabulary, *, start: int = 0,
                     taken: Iterable[TextSpan] = ()) -> Iterator[tuple[str, TextSpan, OrgKind]]:
    """The organizations a statistical model proposes that the grammar accepts, typed.

    The grammar's own names win: a proposal that overlaps one of ``taken`` is dropped.  So is a place
    (杭州市, 美国), a name of one character or longer than MAX_NAME, one holding anything but Chinese
    characters and brackets, a session (区一届人大五次会议), a post (国务委员), and one that starts with a
    particle or a preposition (在|区政府).  The kind is the one its ending gives (``tail_kind``), else the
    model's label (GOV government, COMPANY company, ORG other).
    """
    kept = _Reach(taken)
    mine: list[TextSpan] = []
    for a, b, label in sorted(proposals):
        name = text[a:b]
        if (a < start or label not in _MODEL_KINDS or not 2 <= len(name) <= MAX_NAME or kept.overlaps(a, b)
                or any(x < b and a < y for x, y in mine)):
            continue
        if (not all(is_cjk(c) or c in "()（）" for c in name) or _SESSION.search(name) or is_place(name, vocab)
                or name[0] in PARTICLES or name[0] in PREPOSITIONS or name in vocab.non_names
                or name in vocab.posts or _whole_post(name, vocab)):
            continue
        mine.append((a, b))
        yield name, (a, b), tail_kind(name, vocab) or _MODEL_KINDS[label]


def _whole_post(name: str, vocab: Vocabulary) -> bool:
    """运动员, 国务委员: the name is a post, not a body."""
    m = vocab.post_re.match(name)
    return m is not None and m.end() == len(name)


# Where an international body's name is not the body: one of several groups of states (东盟和南亚国家; but
# 欧盟国家 names the union, as the gold of news corpora has it), an award (联合国人居奖), an edition of a forum
# (某某论坛2018年年会); a name joined to another by a dash (中国—东盟博览会) is the name of something else.
_NOT_THE_BODY_AFTER = re.compile(r"[和与及、][\u4e00-\u9fff]{1,4}国家|[\u4e00-\u9fff]{0,3}奖|[0-9０-９]|年会")
_JOINED_BY_DASH = "—-－–"
_AWARD_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}奖")


def _known_bodies(text: str, start: int, vocab: Vocabulary) -> Iterator[tuple[str, TextSpan, OrgKind]]:
    """Organizations known by a name with no suffix to end it on: the international bodies of the foreign
    lexicon (联合国, 上海合作组织, 世界银行) and the lexicon ``known_organizations`` (北大, 首钢, 招行, 民盟),
    wherever they stand as a name of their own: not as the group of their member states, not inside another
    word (集中|行动, 北大|荒) or another name joined by a dash."""
    known = vocab.known_organizations
    bodies = vocab.derived("known_bodies_re", lambda v: compile_words(
        [w for w, kind in v.foreign.items() if kind == "intl_org"] + list(v.known_organizations)))
    for m in bodies.finditer(text, start):
        s, e = m.span()
        if (s > 0 and text[s - 1] in _JOINED_BY_DASH) or (_AWARD_AFTER if m.group() in known
                                                            else _NOT_THE_BODY_AFTER).match(text, e):
            continue            # (英特尔6月8日发表声明: a date after a firm, not a forum's edition)
        kind, not_before = known.get(m.group(), (OrgKind.OTHER, ""))
        if m.group() in known and (text[e:e + 1] in set(not_before) or _cuts_a_word(text, s, e, vocab)
                                   or _heads_a_longer_name(text, e, vocab) or not _stands_alone(text, s, e, vocab)):
            continue
        yield m.group(), m.span(), kind


_NUMBERED_UNIT = re.compile(r"[一二三四五六七八九十百0-9０-９]+[一二三四五六七八九十百0-9０-９公]*[局院处厂所队]")


def _heads_a_longer_name(text: str, e: int, vocab: Vocabulary) -> bool:
    """Does a place, 中央, 国际, a bracket, a numbered unit or an organ follow right after a short name, so that
    it begins a longer name (民革|海南省委会, 民革|中央, 中石油|香港代表处, 清华|国际问题研究所, 北大|(宿州)实验学校,
    中铁|十四局)?"""
    return (text.startswith(("中央", "国际", "(", "（"), e) or _NUMBERED_UNIT.match(text, e) is not None
            or vocab.region_re.match(text, e) is not None
            or vocab.organ_re.match(text, e) is not None or vocab.org_suffix_re.match(text, e) is not None)


def _stands_alone(text: str, s: int, e: int, vocab: Vocabulary) -> bool:
    """Is ``text[s:e]`` a name of its own: no place ends right before it and what follows can follow a name
    (not 中国|中铁 nor 中远|海运发展, which are parts of longer names)."""
    place = text[max(0, s - 2):s] in ("中国", "中华") or vocab.word_ends_at(text, s, vocab.regions, max_len=4) \
        or vocab.word_ends_at(text, s, vocab.foreign, max_len=4)
    return not place and can_follow(text, e, vocab)


def _known_start(text: str, s: int, e: int, vocab: Vocabulary) -> int:
    """Where a name that a known organization's short name runs into begins (可口|可乐公司 -> 可口可乐公司)."""
    known = known_names_re(vocab)
    for m in known.finditer(text, max(0, s - 5), min(e, s + 5)):
        if m.start() < s < m.end() <= e:
            return m.start()
    return s


def _cuts_a_word(text: str, s: int, e: int, vocab: Vocabulary) -> bool:
    """Would ``text[s:e]`` cut a common word at either end (集中|行动, 施工|行为)?"""
    return (s > 0 and text[s - 1:s + 1] in vocab.word_pairs) or (
        e < len(text) and text[e - 1:e + 1] in vocab.word_pairs and text[e:e + 2] not in vocab.word_pairs)


# A team by its country, region or city (中国队, 巴西队, 中国女排, 江苏男篮, 中华队), not its players (中国队员, 队长).
_TEAM = re.compile(r"(?:[男女]?队|[男女][篮排足])(?![员长伍友医列形])")
_TEAM_PLACE_MAX = 8


def _teams(text: str, start: int, vocab: Vocabulary) -> Iterator[tuple[str, TextSpan]]:
    """Sports teams named by the place they play for: organizations (other), as CONVENTIONS counts any team."""
    places = vocab.derived("team_places", _team_places)
    for m in _TEAM.finditer(text, start):
        place = vocab.word_ends_at(text, m.start(), places, max_len=_TEAM_PLACE_MAX)
        if place and m.start() - len(place) >= start:
            yield text[m.start() - len(place):m.end()], (m.start() - len(place), m.end())


def _team_places(vocab: Vocabulary) -> frozenset[str]:
    return frozenset({w for w, kind in vocab.foreign.items() if kind != "intl_org"} | set(vocab.regions)
                     | {"中国", "中华", "八一"})


def _listed_companies(text: str, start: int, vocab: Vocabulary) -> Iterator[tuple[str, TextSpan, OrgKind]]:
    """The items of a list closed by 等企业 (先后来到A、B、C等企业): companies by their short names.

    The list runs back over 、 to the last stop word or punctuation; an item that is a place,
    or holds anything but Chinese characters, ends it.
    """
    for end_m in COMPANY_LIST_END.finditer(text, start):
        end = end_m.start()
        lo = max(start, end - _LIST_REACH)
        for i in range(end - 1, lo - 1, -1):
            ch = text[i]
            if ch != "、" and (ch in HARD or not (is_cjk(ch) or ch in "()（）")):
                lo = i + 1
                break
        chunks = text[lo:end].split("、")
        if len(chunks) < 2:
            continue
        items: list[tuple[str, TextSpan]] = []
        pos = end
        for k, chunk in enumerate(reversed(chunks)):
            begin = pos - len(chunk)
            if k == len(chunks) - 1:    # the first item: the text before it ends at the last stop word
                begin = stop_cut(text, begin, pos, vocab)
                chunk = text[begin:pos]
            if not _LIST_ITEM.fullmatch(chunk) or is_place(chunk, vocab):
                break
            items.append((chunk, (begin, pos)))
            pos = begin - 1
        for name, span in reversed(items):
            kind = tail_kind(name, vocab) or OrgKind.COMPANY
            if kind in _STATE_KINDS and len(vocab.word_ends_at(name, len(name), vocab.organs, max_len=10) or "") < 2:
                kind = OrgKind.COMPANY      # 中联重科: a firm of the list, not a 科 of a government
            yield name, span, kind


_TOWN_LEVELS = "镇乡县区市"     # the levels a place's name ends with before 和 and a firm (平马镇|和某公司)


def _split_joined(text: str, hits: list[tuple[int, int, OrgKind]], vocab: Vocabulary) -> list[tuple[int, int, OrgKind]]:
    """Two names joined by 和/与/及 read as one (某股份有限公司和某集团有限公司, 某届委员会和某届纪律检查委员会,
    某钢结构厂及某木业有限公司): two, where the part before ends with a suffix or an organ (of two characters or
    more, or of one after three) and the part after has four characters or more."""
    out = []
    for s, e, kind in hits:
        cut = next((k for k in range(s + 2, e - 4) if text[k] in "和与及" and _ends_a_name(text, s, k, vocab)
                    and not vocab.org_suffix_re.match(text, k)), None)      # (not 和平, 与会: a word it begins)
        if cut is None:
            out.append((s, e, kind))
            continue
        left = vocab.word_ends_at(text, cut, vocab.org_suffixes, max_len=6)
        place = left is None and text[cut - 1] in _TOWN_LEVELS          # (平马镇: the town's government)
        out += [(s, cut, OrgKind.GOVERNMENT if place else vocab.org_suffixes.get(left, kind)), (cut + 1, e, kind)]
    return out


def _ends_a_name(text: str, s: int, k: int, vocab: Vocabulary) -> bool:
    tail = max((vocab.word_ends_at(text, k, table, max_len=6) or "" for table in (vocab.org_suffixes, vocab.organs)),
               key=len)
    return len(tail) >= 2 or (len(tail) == 1 and k - s >= 4) or (      # 平马镇|和良圻制糖有限公司: a place
        3 <= k - s <= 5 and text[k - 1] in _TOWN_LEVELS and text[k - 2] not in "城古小大新")


class _Reach:
    """Spans sorted by start with the furthest end reached so far: containment and overlap tests
    in logarithmic time (a page with thousands of names and titles stays linear)."""

    def __init__(self, spans: Iterable[TextSpan]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(itertools.accumulate((b for _, b in ordered), max))

    def covers(self, start: int, end: int) -> bool:
        """Some span holds ``[start, end)``: it starts at or before ``start`` and ends at or after ``end``."""
        i = bisect.bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a character with ``[start, end)``."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start


def _note(found: dict, name: str, kind: OrgKind, span: TextSpan) -> None:
    if name not in found:
        found[name] = (kind, [])
    found[name][1].append(span)


def _parents(found: dict, vocab: Vocabulary) -> Iterator[tuple[str, TextSpan, OrgKind]]:
    """The body a party committee or group belongs to, named with it (某集团党委, 市外侨办党组): the body
    is named too, where it is more than a place (镇党委 names no body but the town's)."""
    for name, (_, spans) in list(found.items()):
        if not name.endswith(_PARENT_OF):
            continue
        parent = name[:-2]
        kind = tail_kind(parent, vocab)
        if (len(parent) >= 2 and kind is not None and not is_place(parent, vocab)
                and not (len(parent) <= 3 and parent[0] in JURISDICTION_CHARS)):     # 县政府党组: the group's own
            yield parent, (spans[0][0], spans[0][0] + len(parent)), body_kind(parent, kind, vocab)


_PLACE_AND_TERM = 20       # 黔东南苗族侗族自治州第十届: the longest place and term before a committee word


def _committee_start(text: str, name_start: int, floor: int, vocab: Vocabulary) -> int:
    """Where a committee named by its term begins: at the CPPCC or party organ written before its place
    and term (政协|某市第十六届委员会, 中国人民政治协商会议|某省某市第十六届委员会)."""
    lo = left_limit(text, name_start, floor)
    for m in vocab.organ_re.finditer(text, lo, name_start):
        if (vocab.organs[m.group()] in (OrgKind.OTHER, OrgKind.PARTY) and m.group().startswith(("政协", "中国"))
                and _TERM.search(text, m.end(), name_start + _PLACE_AND_TERM)
                and not vocab.verb_re.search(text, m.end(), name_start + 2)):     # not 政协…委员会召开|常务委员会
            place = vocab.word_ends_at(text, m.start(), vocab.regions, max_len=10)
            return m.start() - len(place) if place and m.start() - len(place) >= lo else m.start()  # 某县|政协第十届…
    return name_start


_STANDING_COMMITTEES = ("常委会", "常务委员会")




def _acceptable(name: str, suffix: str, kind: OrgKind, placed: bool, is_organ: bool, vocab: Vocabulary) -> bool:
    stem = name[: len(name) - len(suffix)]
    if (_SITTING.search(name) and not name.endswith(_SESSION_BODIES)) or name.endswith(_ROOMS) \
            or not all(is_cjk(c) or c in "()（）·" for c in name):
        return False
    if no_one_body(name):
        return False            # 县乡两级政府, 市相关局
    if name.count("(") + name.count("（") != name.count(")") + name.count("）"):
        return False            # (镇)|政府: a bracket opened before the name, no name
    if name in vocab.regions or vocab.foreign.get(name, "intl_org") != "intl_org":
        return False            # a place; an international body (欧洲中央银行) is a name
    if not stem:
        # An organ word alone: 管委会, 党工委, 商务部 are names; 政府, 中心, 局 are not; 市委, 区政府 are; a
        # standing committee alone is the one of the congress just named (人大及其常委会, 常委会组成人员).
        if suffix in _STANDING_COMMITTEES or suffix in _NAMELESS_COMMITTEES:
            return False        # (a committee whose name a verb cut off: 残疾人工作协调|委员会)
        if (len(suffix) >= 3 and is_organ) or suffix in vocab.news_sources:
            return True
        if kind in (OrgKind.OTHER, OrgKind.ASSOCIATION) and len(suffix) >= 3:
            return True         # 考察团, 代表团, 工商联: a delegation, work team or people's body by its noun alone
        return is_organ and suffix[0] in JURISDICTION_CHARS and len(suffix) >= 2
    if len(suffix) == 1:
        # 市经信局: a one-character organ needs a place or jurisdiction and a stem.
        return placed and len(name) >= 4
    if is_organ and not placed:
        return False            # 全面落实中央, 努力当好党委, …贡献政协
    if stem in vocab.non_names and not placed:
        return False
    return len(stem) >= 2 or placed


def _unit_after_conjunction(stem: str, vocab: Vocabulary) -> bool:
    """Does the text before a suffix end with a conjunction and at most a generic modifier (…和|, …和许多|)?
    Not the 和 of a word (大和, 平和, 涉及) or the 及 of a place (埃及): two characters at least before it,
    no common word or place ending there."""
    joint = max(stem.rfind(c) for c in "和及与")
    return (joint >= 2 and stem[joint + 1:] in _GENERIC_UNIT_MODIFIERS and stem[joint - 1:joint + 1] not in vocab.word_pairs
            and not any(vocab.word_ends_at(stem, joint + 1, places, max_len=6) for places in (vocab.regions, vocab.foreign)))


# What may stand before a unit word with no name of its own (许多学校, 国有银行, 基层医院): nothing named.
_GENERIC_UNIT_MODIFIERS = frozenset({"", "各", "各级", "该", "许多", "不少", "一些", "部分", "所有", "其他", "有关", "相关",
                                     "先进", "国有", "基层", "地方", "中小", "广大", "全体", "大型", "重点"})
