"""Lists of names and the posts written around them, in notices, session reports and closing lists.

    选举甲为某省人民政府省长 / 乙当选为副主席    posts after the names            find_appointments
    以甲为团长的某市代表团                      delegation posts                 find_appointments
    出席会议的市领导还有:甲、乙,丙             a label opening a list           find_introduced_lists
    甲、乙等省上领导及丙、丁等市上领导          a label closing each list        find_introduced_lists
    甲、乙、丙3名县政协委员                     a count and a post closing it    find_introduced_lists
    甲、乙等委员建议                            a member's post closing it       find_introduced_lists

Pure functions of the text, the vocabulary and the title items of ``extract.officials``,
which calls them from ``find_title_chains``.  Names that open a clause with no post
(刘国娟、杨帆参加。) are read by ``extract.clause_lists``.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from extract.label_lists import listed_names, loosely_a_name, surname_led, vouched_part
from extract.names import END, POST, NameHit, boundary_score, plausible_name, read_name
from extract.inherited_organs import inherit_orgs, inheritable
from extract.holding import HOLDS
from extract.officials import NameMention, TitleItem, _make_title, chain_titles, looks_like_org, seg_start
from extract.textutil import SENTENCE_END, is_cjk, words_pattern
from extract.vocab import Vocabulary

__all__ = ["MEMBERS", "find_appointments", "find_introduced_lists", "introduces_list", "names_before"]


# ---------------------------------------------------------------------------
# Elections, appointments and nominations: the post after the names
# ---------------------------------------------------------------------------

# 选举甲为省长 / 乙、丙当选为副主席 / 丁当选镇长: the word between the names and their post.
# 甲现任某县县长 / 乙原为某局局长: a post the person holds (or held), written after the name like an
# appointment's; the names must open their clause.
# (会议决定,甲任某区副区长: a bare 任 where the sentence decides, never 任务, 任何, 任命, 任期)
_APPOINTED_AS = re.compile("当选为|当选|" + "|".join(HOLDS) + "|为|任(?![务何命期职免])")
_HELD_AS = re.compile("|".join(HOLDS))
# What may stand between the last name and 为: 同志 or a rank, a count (王某、李某2人为…), 等.
_NAMES_TAIL = re.compile(r"(?:同志|先生|女士|学士|硕士|博士|上将|中将|少将|大校)?(?:等?[0-9０-９一二三四五六七八九十两]+(?:名同志|名代表|名委员|名|人|位同志))?(?:等)?"
                         r"(?:以[0-9０-９]+票(?:的高票)?)?"                    # (某某以190票的高票|当选为…)
                         r"(?:上月|本月|日前|近日|此前|已经|已|将|曾)*$")      # (某某上月已|转任…)
# Where the post after 为 ends, and where a clause of names begins.
_POST_PHRASE_END = "、,，;；。:：()（）\n 并的"
_NAMES_CLAUSE_START = ",，;；。:：!！?？\n \u3000"      # (a space parts the clauses of a title line)
_MAX_POST_PHRASE = 40
_POST_PHRASE_RUN = re.compile(f"[^{re.escape(_POST_PHRASE_END)}]{{1,{_MAX_POST_PHRASE}}}")
# 以甲为团长、乙为副团长的某市代表团(一行): the body whose posts they are, after 的.
_DELEGATION = re.compile(r"[^,，;；。:：()（）\n ]{0,30}?的([^,，;；。:：()（）\n ]{1,40}?[团组队])"
                         r"(?=一行|[,，;；。、:：()（）\s]|$|访问|来|抵|莅临|到|赴|参观|考察|出席|一行)")


def _appointment_re(vocab: Vocabulary) -> re.Pattern[str]:
    from extract import lexicon
    from extract.textutil import words_pattern

    return re.compile(words_pattern(lexicon.load("appointment_verbs")))


def find_appointments(text: str, vocab: Vocabulary, items: Sequence[TitleItem]) -> list[NameMention]:
    """选举甲为某省人民政府省长, 任命乙、丙同志为某局副局长, 丁当选为某镇镇长: each name gets the post after 为.

    Notices and session reports write the post after the names.  The names are read
    after an appointment verb (``appointment_verbs.tsv``) or at the start of a clause
    whose sentence holds one (…为主任,韩某为秘书长); the post phrase after 为 must end
    in a post at a separator.  An organ written with the first post serves the next
    pair's bare post as in a chain (…为某人大常委会副主任,韩某为秘书长).
    """
    verbs = vocab.derived("appointment_re", _appointment_re)
    appointing = verbs.search(text) is not None or "当选" in text
    if not appointing and not any(h in text for h in HOLDS):
        return []
    post_at_end = {it.end: it for it in items if it.kind == "post"}
    item_ends = {it.end for it in items}
    out: list[NameMention] = []
    prev_end, prev_title, prev_sentence = -1, None, -1
    for m in (_APPOINTED_AS if appointing else _HELD_AS).finditer(text):     # (no bare 为 without an appointment)
        phrase = _post_phrase(text, m.end(), post_at_end, vocab)
        if phrase is None:
            continue
        q, chain = phrase
        if text[m.end():q] == "代表" and text.startswith("的", q):
            continue            # 以某某为代表的一批项目: "represented by", no post
        names = _appointed_names(text, m.start(), prev_end, verbs, vocab, item_ends, elected=m.group() != "为")
        if not names or (m.group() == "任" and not all(plausible_name(h.text(text), vocab) for h in names)):
            continue            # (甲履新某地|任…: a bare 任 takes plain names only)
        sentence = max(text.rfind(c, 0, m.start()) for c in SENTENCE_END + "\n")
        titles = [_make_title(text, it, org_start, vocab) for it, org_start in chain]
        titles = inherit_orgs(titles, [it for it, _ in chain], vocab)
        if (prev_title is not None and prev_sentence == sentence and titles[0].org is None
                and inheritable(chain[0][0], vocab)):
            titles[0] = replace(titles[0], org=prev_title.org)
            titles = inherit_orgs(titles, [it for it, _ in chain], vocab)
        body = _DELEGATION.match(text, q) if titles[-1].org is None else None
        if body:                # 以甲为团长的某市代表团: 团长 of 某市代表团
            titles[-1] = replace(titles[-1], org=body.group(1))
        for hit in names:
            out.append(NameMention(hit.text(text), (hit.start, hit.end), tuple(titles), "appointment"))
        prev_end, prev_sentence = q, sentence
        with_org = [t for t in titles if t.org]
        prev_title = with_org[-1] if with_org else prev_title
    return out


# Which term of a body a post is of, written before the body's name: 当选为|新一届|某区人大常委会委员.
_TERM_WORD = re.compile("新一届|新一任|本届|上一届|上届|下一届|下届")


def _post_phrase(text: str, pos: int, post_at_end: dict[int, TitleItem],
                 vocab: Vocabulary) -> tuple[int, list[tuple[TitleItem, int]]] | None:
    """The posts written from ``pos`` (某省人民政府省长; 某市委委员、常委、副书记): (end, [(item, organ start)])."""
    chain: list[tuple[TitleItem, int]] = []
    start = pos
    while True:
        run = _POST_PHRASE_RUN.match(text, start)
        q = run.end() if run else start
        if q not in post_at_end:        # 任命甲为某市副市长|等有关人事任免事项: the posts end before 等
            q = next((k for k in range(start + 1, q) if text[k] == "等" and k in post_at_end), q)
        item = post_at_end.get(q)
        if item is None or item.post_start < start or (chain and "为" in text[start:q]):
            break
        organ_start = seg_start(text, item.post_start, vocab, start)
        term = _TERM_WORD.match(text, organ_start, item.post_start)
        chain.append((item, term.end() if term and term.end() < item.post_start else organ_start))
        end = q
        if q >= len(text) or text[q] != "、":
            break
        start = q + 1
    return (end, chain) if chain else None


def _appointed_names(text: str, pos: int, prev_end: int, verbs: re.Pattern[str], vocab: Vocabulary,
                     item_ends: set[int], *, elected: bool) -> list[NameHit]:
    """The names written right before ``pos`` (为, 当选): after an appointment verb, a post (以某市委书记|甲为
    团长), a clause start or the previous appointment of the same clause (选举甲为镇长、乙为副镇长)."""
    tail = _NAMES_TAIL.search(text, max(0, pos - 14), pos)
    names_end = tail.start() if tail else pos
    lo = max(0, names_end - 200)
    clause = _clause_start(text, lo, names_end)
    starts: list[int] = []
    if 0 <= prev_end < names_end and prev_end >= clause - 1 and text[prev_end] in "、,，":
        starts.append(prev_end + 1)
    verb_ends = [v.end() for v in verbs.finditer(text, clause, names_end)]
    starts += verb_ends
    if verb_ends or elected:    # (新任某专员|甲原为…: the names after the posts that open the clause)
        first = verb_ends[0] if verb_ends else clause - 1
        starts += sorted((e for e in item_ends if first < e < names_end), reverse=True)
    sentence = max(text.rfind(c, 0, clause) for c in SENTENCE_END + "\n") + 1
    if elected or starts or verbs.search(text, sentence, clause):
        starts.append(clause)
    for s in starts:
        names = _name_run(text, s, names_end, vocab)
        if not names and (lead := _CLAUSE_LEAD.match(text, s, names_end)):
            names = _name_run(text, lead.end(), names_end, vocab)     # 其中|甲兼任某厅厅长
        if names:
            return names
    return []


# Adverbs that open a clause before the names it appoints (其中甲兼任…, 同时乙为…, 最终丙当选…)
_CLAUSE_LEAD = re.compile("其中|另外|此外|同时|目前|随后|最后|最终")


def _clause_start(text: str, lo: int, end: int) -> int:
    """Where the clause that ends at ``end`` begins, after ``lo``: a comma inside a note (甲(女,藏族)) ends none."""
    while True:
        k = max([text.rfind(c, lo, end) for c in _NAMES_CLAUSE_START] + [lo - 1])
        opened = max(text.rfind("(", lo, k), text.rfind("（", lo, k))
        if k < lo or opened <= max(text.rfind(")", lo, k), text.rfind("）", lo, k)):
            return k + 1
        end = opened


def _name_run(text: str, start: int, end: int, vocab: Vocabulary) -> list[NameHit]:
    """Names separated by 、 that fill ``text[start:end]`` exactly, or []: the 为 after them bounds the last.

    A surname-led part of two or three characters whose characters are rare in names (于某伟) is taken
    when the list holds at least as many parts that are plainly names."""
    names: list[NameHit] = []
    plain = lenient = loose = 0
    p = start
    while p < end:
        while p < end and text[p] in " \u3000":
            p += 1                                          # (刘强、 陈绿平: a space after the 、)
        q = text.find("、", p, end)
        q = end if q < 0 else q
        part = _PERSONAL_NOTE.sub("", text[p:q])          # 白玛赤林(藏族): the name without its note
        lead = _place_lead(part, vocab)                     # 岳阳市|王亚丹: where the person comes from
        p, part = p + lead, part[lead:]
        if part in vocab.foreign or part in vocab.regions:
            return []                                       # 韩国、新加坡等国家驻蓉领事官员: places, not names
        if (post := vocab.post_re.match(part)) and post.end() >= 2:
            return []                                       # 以|市长约翰·史密斯为团长: the names begin after the post
        if plausible_name(part, vocab):
            plain += 1
        elif surname_led(part, vocab):
            lenient += 1
        elif (j := next((j for j in range(2, len(part) - 1) if part[j] in "和及与" and plausible_name(part[:j], vocab)
                         and plausible_name(part[j + 1:], vocab)), 0)):
            names += [NameHit(p, p + j, END), NameHit(p + j + 1, p + len(part), END)]    # 甲和乙当选: two names
            plain += 2
            p = q + 1
            continue
        else:
            # 额尔登图: a name not led by a surname, read as if punctuation (not 为) ended it
            hit = read_name(part + "。", 0, vocab, min_score=0, free=True, announced=True)
            run = _run_together(part, vocab) if hit is None or hit.end != len(part) else None
            if run is not None:         # 范照兵王晓东王刚当选…: a title line's names with nothing between them
                names += [NameHit(p + a, p + b, END) for a, b in run]
                plain += len(run)
                p = q + 1
                continue
            if (hit is None or hit.end != len(part)) and not (
                    loosely_a_name(part, vocab, free_lead=True) and part[0] not in _LED_BY_A_WORD
                    and not vocab.verb_re.match(part) and not vocab.appointment_action_re.match(part)
                    and not vocab.act_re.match(part)):          # (选举王某, 在李某: a word before the name)
                return []
            plain += hit is not None and hit.end == len(part)
            loose += hit is None or hit.end != len(part)
        names.append(NameHit(p, p + len(part), END))
        p = q + 1
    # (孙某吉才、丹增、此里卓玛、都吉台、朱以约等原厅级老领导: names no surname leads, where a third are plainly names)
    return names if plain >= lenient and (not loose or plain >= 2 and 3 * plain >= len(names)) else []


def _place_lead(part: str, vocab: Vocabulary) -> int:
    """The length of a place, or a people by its place, that opens ``part`` before a plain name (岳阳市|王亚丹,
    荷兰人|维姆·杜伊森贝赫; 由|荷兰人|…: with the preposition before it), else 0."""
    for led in (0, 1) if part[:1] in _LED_BY_A_WORD else (0,):       # (于都县|王某: a place that opens so)
        for k in range(min(len(part) - 2, 9 + led), 1 + led, -1):
            place = part[led:k - 1] if part[k - 1] == "人" else part[led:k]
            if (place in vocab.regions or place in vocab.foreign) and plausible_name(part[k:], vocab):
                return k
    return 0


_PERSONAL_NOTE = re.compile(r"[(（][^()（）、]{1,8}[)）]$")
_LED_BY_A_WORD = "在于由从对向与和及同跟把被将给为经"
_RUN_MIN, _RUN_MAX = 5, 24     # the runs of names written together read (two names to eight of three characters)


def _run_together(part: str, vocab: Vocabulary) -> list[tuple[int, int]] | None:
    """The names of ``part`` written with nothing between them (范照兵王晓东王刚): its readings as two or more
    plausible names of two or three characters, each led by a surname; of these the one whose names are led
    by the fewest surnames outside the hundred commonest (lexicon ``surnames``, ranked), where only one is."""
    if not _RUN_MIN <= len(part) <= _RUN_MAX or not all(is_cjk(c) for c in part):
        return None             # (向巴平措: four characters may be one name)
    verbs = vocab.derived("appointment_re", _appointment_re)
    best: dict[int, list[list[tuple[int, int]]]] = {}

    def walk(at: int, cuts: list[tuple[int, int]], rare: int) -> None:
        if sum(map(len, best.values())) > _RUN_READINGS:
            return
        if at == len(part):
            best.setdefault(rare, []).append(cuts)
            return
        for n in (2, 3):
            piece = part[at:at + n]
            if (len(piece) == n and vocab.is_surname(piece[0]) and plausible_name(piece, vocab)
                    and not verbs.search(piece) and not vocab.verb_re.search(piece)):      # (刘瑜梅补选)
                rare_surname = vocab.surname_rank.get(piece[0], _COMMON + 1) > _COMMON
                walk(at + n, cuts + [(at, at + n)], rare + rare_surname)

    walk(0, [], 0)
    if not best or sum(map(len, best.values())) > _RUN_READINGS:
        return None
    readings = best[min(best)]
    return readings[0] if len(readings) == 1 and len(readings[0]) >= 2 else None


_RUN_READINGS = 64      # a run read so many ways is no list of names
_COMMON = 100           # the commonest surnames, by rank


# ---------------------------------------------------------------------------
# Lists a label introduces (市领导还有:甲、乙) or closes (甲、乙等市领导)
# ---------------------------------------------------------------------------

# Between a label and its list: 市领导还有:, 老领导有, 领导同志是:.
_ORDER_NOTE = r"(?:\s*[(（]按[^()（）\n]{1,12}[)）])?"      # 委员(按姓名笔画为序):甲、乙 / 委员:(按姓氏笔画排列)
_LIST_INTRO = re.compile(f"(?:同志)?{_ORDER_NOTE}(?:还有|也有|有|是|包括|分别是|分别为|为)?[:：]{_ORDER_NOTE}\\s*"
                         "|(?:同志)?(?:还有|也有|有|包括|分别是)")
# Where a list closed by 等+label begins: after punctuation or one of these words.
_LIST_OPENERS = ("以及", "及", "和", "与", "还有", "有", "了")


_CLOSING_ORGAN_MAX = 12     # 等|大会主席团|成员: the organ of a post that closes a list
# A post the list's persons hold, then 的是, 的有 or 是 (担任本次会议执行主席的是甲、乙、丙; 担任大会执行主席的有:甲、乙;
# 大会的执行主席是(按姓名笔画排列):甲、乙; 担任执行主席并在主席台就座的有:甲、乙): who holds it, named after
_POST_HELD_BY = re.compile(f"(?:(?:并[^,，。;；:：\n]{{1,12}}?)?的[是有]|是){_ORDER_NOTE}[:：]?{_ORDER_NOTE}")


def _list_intro(text: str, item: TitleItem) -> re.Match | None:
    """What opens the list of names after ``item``: a label (or a post 领导) followed by 有, 还有 or a colon,
    a post followed by a colon (大会的执行主席是:甲、乙, 主持人:甲) or by 的是/的有 (执行主席的是甲、乙)."""
    intro = _LIST_INTRO.match(text, item.end)
    if intro is not None and (item.kind == "label" or item.post.endswith("领导")
                              or (item.kind == "post" and _has_colon(intro))):
        return intro
    held = _POST_HELD_BY.match(text, item.end) if item.kind == "post" else None
    if held is not None and held.group()[0] == "是" and text[item.post_start - 1:item.post_start] != "的":
        return None             # (大会的执行主席是甲、乙; not 馆长是某总统的夫人)
    return held


def _has_colon(intro: re.Match) -> bool:
    return ":" in intro.group() or "：" in intro.group()


# …就座的市领导,驻区单位负责人,特邀老领导有:: groups named one after another, a comma between them
_GROUPS_BEFORE = re.compile(r"(?:领导|负责人|代表|嘉宾|同志)[^,，。;；:：]{0,12}[,，][^,，。;；:：]*$")


def mixed_groups(text: str, label_start: int) -> bool:
    """Does the label at ``label_start`` end a run of groups after its sentence's 的 (…就座的市领导,驻区单位负责人,
    特邀老领导有:), or of organs joined by 、 (…就座的市委、市人大常委会、市政府领导有), so that no one listed
    after it can be told to be of it?"""
    if text[label_start - 1:label_start] == "、":
        return True
    start = max(text.rfind(c, 0, label_start) for c in "。;；\n") + 1
    de = text.rfind("的", start, label_start)
    return de >= 0 and _GROUPS_BEFORE.search(text, de + 1, label_start) is not None


def introduces_list(text: str, item: TitleItem) -> bool:
    """Does ``item`` open a list of names (see ``_list_intro``)?"""
    return _list_intro(text, item) is not None


def find_introduced_lists(text: str, vocab: Vocabulary, items: Sequence[TitleItem]) -> list[NameMention]:
    """出席会议的市领导还有:甲、乙、丙,丁 / 市政协老领导有:甲、乙 / 甲、乙等省上领导及丙、丁等市上领导.

    The label is each listed person's title; a bare post 领导 (主席台就座的领导有…) names no level and
    gives none.  After a colon the list may go on past a comma while the next part is names only.
    """
    out: list[NameMention] = []
    if "名" in text or "位" in text or "户" in text:
        out += _counted_lists(text, vocab, items)
    for it in items:
        if it.kind == "post" and (it.post in vocab.reporter_words or it.post in vocab.reporter_words.values()
                                  or not it.post.strip("-")):
            continue            # 作者:甲, 责任编辑:乙 are credits (extract.bylines)
        intro = _list_intro(text, it)
        if intro is not None:
            title = _make_title(text, it, it.seg_start if it.kind == "label" else seg_start(text, it.post_start, vocab, 0), vocab)
            titles = (title,) if (it.kind == "label" or title.org or not it.post.endswith("领导")) and not (
                mixed_groups(text, it.post_start)) else ()
            if it.kind == "post" and titles:       # 大会主席团常务主席、大会执行主席:甲、乙: both posts are theirs
                titles = tuple(chain_titles(text, vocab, items, it)) or titles
            colon = _has_colon(intro)
            for hit in _names_after(text, intro.end(), vocab, across_commas=colon):
                out.append(NameMention(hit.text(text), (hit.start, hit.end), titles, "label"))
        elif it.kind == "label" and (deng := _deng_before_label(text, it, vocab)) is not None:
            # (甲、乙等原厅级老领导: the former rank all the same; 甲、乙等梅县五套班子领导成员: the place's)
            at, place = deng
            title = _make_title(text, it, it.seg_start, vocab)
            if place and (title.org is None or place.endswith(title.org)):
                title = replace(title, org=place, surface=text[at + 1:it.end])
            for hit in names_before(text, at, vocab):
                out.append(NameMention(hit.text(text), (hit.start, hit.end), (title,), "label"))
        elif it.kind == "post" and (organ := _closing_organ(text, it, vocab)) > 0 \
                and (deng := _DENG_BEFORE.search(text, max(0, organ - 3), organ)) \
                and it.post_start - organ <= _CLOSING_ORGAN_MAX:
            title = _make_title(text, it, organ, vocab)     # 甲、乙、丙等(其他)大会主席团成员: the post closes the list
            for hit in names_before(text, deng.start(), vocab, after_post=True):
                out.append(NameMention(hit.text(text), (hit.start, hit.end), (title,), "label"))
    return out


_DENG_BEFORE = re.compile(r"等(?:其他|其余|全体|部分)?$")
# Posts by which members of a congress or a council are called after their names (甲、乙代表说, 甲等委员)
MEMBERS = frozenset({"代表", "委员", "议员"})


def _closing_organ(text: str, it: TitleItem, vocab: Vocabulary) -> int:
    """Where the organ of a post that may close a list begins (甲、乙等|大会主席团|成员); the post itself
    where 等 stands right before a member's post (甲、乙、丙等|代表畅所欲言: no organ, the names are not one),
    -1 before another or a mixed group (甲、乙等领导, 甲等学者, 甲、乙等委员和同志: a description, no post)."""
    if text[it.post_start - 1:it.post_start] == "等":
        closes = it.post in MEMBERS and text[it.end:it.end + 1] not in "和及与、" and (
            it.post != "代表" or boundary_score(text, it.end, vocab) >= POST)     # (等代表全县人民: the verb)
        return it.post_start if closes else -1
    return seg_start(text, it.post_start, vocab, 0)


def _deng_before_label(text: str, it: TitleItem, vocab: Vocabulary) -> tuple[int, str] | None:
    """Where the 等 closing a list stands before the label ``it``, and the place between them (…等|原|厅级老领导,
    …等|梅县|五套班子领导, …等梅|县领导: the label's own 县 ends the county's name), else None."""
    at = it.post_start - 1 - text.startswith("原", it.post_start - 1)
    if at >= 0 and text[at] == "等":
        return at, ""
    for end in (it.post_start, it.post_start + 1):
        place = vocab.word_ends_at(text, end, vocab.regions, max_len=6)
        if place and len(place) >= 2 and end - len(place) >= 1 and text[end - len(place) - 1] == "等":
            return end - len(place) - 1, place
    return None


def _names_after(text: str, pos: int, vocab: Vocabulary, *, across_commas: bool) -> list[NameHit]:
    """The names listed from ``pos``, separated by 、 (and by commas when ``across_commas``)."""
    names: list[NameHit] = []
    while True:
        hits = listed_names(text, pos, vocab) or (vouched_part(text, pos, vocab) if names else [])
        spaced = bool(names) and text[names[-1].end:names[-1].end + 1] in " \u3000"       # (执行主席是:甲 乙)
        if not hits or spaced and text[hits[-1].end:hits[-1].end + 1] not in _SPACED_END:
            break           # (副组长:甲 乙|成员: a name a space apart ends at a space or the line's end)
        # 成员包括:蒙市|前任市长…: a place's short name before a post, not a name
        names.extend(h for h in hits if not (h.end - h.start == 2 and text[h.end - 1] in "市县区省旗盟"))
        after = _ANNOTATED.match(text, hits[-1].end).end()      # 扎西措姆(女)、 吕涛(汉族)、: a roster's notes
        sep = text[after:after + 1]
        if across_commas and after > hits[-1].end and text[hits[-1].end] in " \u3000" and sep not in "、,，":
            pos = after         # 执行主席是:甲 乙  丙: after a colon, names a space apart
            continue
        if sep != "、" and not (across_commas and sep in ",，"):
            break
        pos = _ANNOTATED.match(text, after + 1).end()
    return names


_ANNOTATED = re.compile(r"[ \u3000]*(?:[(（](?:女|男|[\u4e00-\u9fff]{1,5}族)[)）])?[ \u3000]*")
_SPACED_END = (" ", "\u3000", "\n", "。", "；", ";", "")


def names_before(text: str, end: int, vocab: Vocabulary, *, after_post: bool = False) -> list[NameHit]:
    """甲、乙|等市领导: the names separated by 、 that end at ``end``, read from where the list begins (with
    ``after_post``, also right after a post: 副主任|甲、乙等主席团成员)."""
    lo = max(0, end - 200)
    clause = _clause_start(text, lo, end)
    starts = sorted({text.rfind(w, clause, end) + len(w) for w in _LIST_OPENERS if text.rfind(w, clause, end) >= 0}
                    | {v.end() for regex in (vocab.verb_re, vocab.role_re, vocab.appointment_action_re)
                       + ((vocab.post_re,) if after_post else ())
                       for v in regex.finditer(text, clause, end) if len(v.group()) >= 2},   # (not 副主|任)
                    reverse=True)   # (包括|甲、乙等8名议员, 看望|甲、乙两户牧民, 选举|甲、乙等24位代表, 副主任|甲、乙等主席团成员)
    for s in [clause] + starts:
        names = _name_run(text, s, end, vocab)
        if names:
            return names
    return []


# 甲、乙、丙3名县政协委员 / 甲、乙等5位市人大代表: a list closed by a count and the post its persons hold.
_COUNT = re.compile("(等)?([0-9０-９]+|[一二三四五六七八九十两]+)[名位户]")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def _count_value(s: str) -> int | None:
    """6, ６, 六, 十二: the number written; None when unread."""
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return _CN_DIGITS.get(tens, 1 if not tens else -99) * 10 + (_CN_DIGITS.get(ones, -99) if ones else 0)
    return _CN_DIGITS.get(s) if len(s) == 1 else None


def _counted_lists(text: str, vocab: Vocabulary, items: Sequence[TitleItem]) -> list[NameMention]:
    """甲、乙、丙3名县政协委员, 甲、乙两户牧民: the names before the count hold the post (or label) right after it; without
    等 the count must be the number of names."""
    starts = [it.post_start for it in items]
    out: list[NameMention] = []
    for m in _COUNT.finditer(text):
        k = bisect.bisect_left(starts, m.end())
        if k == len(items) or m.start() == 0:
            continue
        it = items[k]
        org_text = text[m.end():it.post_start]
        if org_text in vocab.post_prefixes:
            org_text = ""       # 等16位|原|市级领导: a former standing, no body
        if it.kind not in ("post", "label") or len(org_text) > 15 or (it.kind == "label" and org_text):
            continue
        if org_text and (not looks_like_org(org_text, vocab) or any(c in _POST_PHRASE_END for c in org_text)):
            continue
        names = names_before(text, m.start(), vocab)
        count = _count_value(m.group(2))
        if not names or (not m.group(1) and count != len(names)):
            continue
        title = _make_title(text, it, it.seg_start if it.kind == "label" else m.end(), vocab)
        out += [NameMention(h.text(text), (h.start, h.end), (title,), "label") for h in names]
    return out
