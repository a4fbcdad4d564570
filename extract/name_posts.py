"""Names written before their post or opening a headline: 刘非书记, 丁博士, 习近平总书记 / 沈燕俊在…强调.

    find_name_posts(text, vocab, items, known)   -> a name (or a surname alone) before a post
    find_headline_names(text, vocab, end=...)    -> names that open a headline or one of its parts

``extract.officials`` reads the chains of posts written before a name; these are the other way round.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from extract.name_lists import MEMBERS, names_before
from extract.names import POST, STRONG, WEAK, boundary_score, place_like, plausible_name, read_name, \
    starts_inside_word
from extract.officials import MAX_ORG_LEN, ORG_BOUNDARY, NameMention, TitleItem, looks_like_org
from extract.org_start import UNITS_AFTER_ACT, first_opener, stop_cut
from extract.records import Title
from extract.textutil import PUNCT, is_cjk
from extract.vocab import Vocabulary


def find_headline_names(text: str, vocab: Vocabulary, *, end: int) -> list[NameMention]:
    """沈燕俊在…强调 / 盛秋平刘非致辞 卢山出席: names that open a headline or one of its parts.

    Headlines run names together with no punctuation, so a name opening a
    headline part is taken when a headline verb (在, 参加, 调研 ...), another
    name or a participation verb follows it.
    """
    out: list[NameMention] = []
    starts = [0] + [i + 1 for i in range(end) if text[i] in "\n \u3000"]
    for pos in starts:
        while pos < end:
            hit = read_name(text, pos, vocab, min_score=WEAK, limit=end, free=True)
            if hit is None or not plausible_name(hit.text(text), vocab) or place_like(hit.text(text)):
                break
            after = hit.end
            if not (vocab.headline_verb_re.match(text, after) or vocab.role_re.match(text, after)
                    or vocab.speech_re.match(text, after) or read_name(text, after, vocab, min_score=STRONG, limit=end)):
                break
            out.append(NameMention(hit.text(text), (hit.start, hit.end), (), "headline"))
            pos = hit.end
    return out


def _left_boundary(text: str, pos: int, vocab: Vocabulary) -> bool:
    """Can a name begin at ``pos``: after punctuation, a verb such as 会见, or an organ (区住建局|王局长)?"""
    if pos == 0 or text[pos - 1] in PUNCT or text[pos - 1].isspace():
        return True
    if starts_inside_word(text, pos, vocab):
        return False                # 在家|领导, 委|员会: the inside of a word, not a name's start
    return (vocab.word_ends_at(text, pos, vocab.name_left) is not None
            or vocab.word_ends_at(text, pos, vocab.organs, max_len=6) is not None
            or vocab.word_ends_at(text, pos, vocab.regions, max_len=8) is not None      # 乌鲁木齐市|高峰副市长
            or vocab.word_ends_at(text, pos, vocab.org_suffixes, max_len=4) is not None)     # 该集团|王某总经理


def find_name_posts(text: str, vocab: Vocabulary, items: Sequence[TitleItem],
                    known: set[str]) -> list[NameMention]:
    """刘非书记, 习近平总书记, 丁博士: a name (or a surname) written before a post."""
    out: list[NameMention] = []
    for it in items:
        if it.kind != "post" or it.post in vocab.reporter_words:
            continue
        after = boundary_score(text, it.end, vocab)
        if after < (POST if it.post in _VERB_POSTS else WEAK) and not vocab.ideology_re.match(text, it.post_start):
            continue            # 林一舟代表双方签约: 代表 is a verb here, not a post (but 陈某书记对…, 王某总经理关于…)
        if it.post in _VERB_POSTS and (vocab.organ_re.match(text, it.end) or vocab.org_suffix_re.match(text, it.end)
                                       or (it.post == "代表" and text.startswith(_ON_BEHALF_ACTS, it.end))):
            continue            # 某某代表常委会作报告, 某某代表出席: on behalf of a body (no post after the name)
        p = it.post_start
        if text[p - 1:p] == "为" and text[max(0, p - 5):p - 1].endswith(tuple(known)):
            continue            # 韩某为|秘书长: a name already read before 为 (find_appointments), not 韩某为
        found = False
        for n in (4, 3, 2):
            s = p - n
            if s < 0:
                continue
            cand = text[s:p]
            if cand[-1] in _PLACE_ENDS and cand not in vocab.known_names:
                continue        # 蒙市|前任市长: a place before the post, not a name
            if cand[-1] in UNITS_AFTER_ACT and (vocab.role_re.fullmatch(cand[:-1]) or vocab.verb_re.fullmatch(cand[:-1])) and (
                    cand not in vocab.known_names):
                continue        # 某省祝贺团|副团长, 慰问团|团长: a body named by its task, not a name
            if text[it.end:it.end + 1] in (":", "：") and text[:s].rstrip(" \t\u3000").endswith((":", "：")):
                continue        # 主席: 甲|副主席: 乙 (a roster's lines joined): the label of the next name
            if it.post in _DEGREES and _DISCIPLINE.search(text, max(0, p - 3), p) and cand not in known:
                continue        # 农学|博士, 法学|硕士: the discipline of a degree, not a name
            if len(cand) == 3 and cand[-1] == "为" and vocab.verb_re.fullmatch(cand[:2]) and cand not in vocab.known_names:
                continue        # 被宣布为|新任部长: a verb and 为 before the post, not a name
            if cand[-1] == "为" and text[s - 1:s] in "、,，;；" and plausible_name(cand[:-1], vocab) and cand not in known:
                continue        # …、李某为|副主任: the last of a list appointed, then 为
            if after < POST and cand not in vocab.known_names and not (
                    common_surname_led(cand, vocab) and (text[it.end] not in vocab.surnames or after == WEAK
                                                         and vocab.name_right.get(text[it.end]) == "weak")):
                continue        # before a weak end only a plain name (白宫发言人|麦某: the post is 麦某's)
            if cand in known or cand in vocab.known_names or (
                    _left_boundary(text, s, vocab) and plausible_name(cand, vocab)
                    and read_name(text, s, vocab, min_score=0, limit=p) is not None) or (
                    _syllables(cand, vocab) and s > 0 and (vocab.word_ends_at(text, s, vocab.organs, max_len=6) or any(
                        vocab.region_re.fullmatch(text, s - k, s - (text[s - 1] in _PLACE_ENDS))
                        for k in range(2, min(s, 8) + 1)))):
                # (米林县|多吉|县长, 某县商务局|拉姆|局长: a Tibetan or Mongolian name between its organ and its post)
                title = Title(it.post, _organ_before(text, s, vocab), it.post, (p, it.end))
                out.append(NameMention(cand, (s, p), (title,), "name_post"))
                if it.post in MEMBERS and text[s - 1:s] == "、":     # 甲、乙、丙代表说: each one a deputy
                    out += [NameMention(h.text(text), (h.start, h.end), (title,), "name_post")
                            for h in _listed_before(text, s, p, vocab)]
                found = True
                break
        s = p - 1
        clear_end = after >= POST or (after >= WEAK and text[it.end] in _AFTER_ADDRESSED)     # (江总书记|的讲话)
        if found or p < 1 or not clear_end or it.post in _VERB_POSTS or (
                s and vocab.name_right.get(text[s]) == "weak" and is_cjk(text[s - 1])):
            continue            # (a surname alone wants a clear end: 周总理|纪念碑; 主席团|和|秘书长: a conjunction)
        after_word = len(vocab.word_ends_at(text, s, vocab.name_left, max_len=3) or "") >= 2    # 贯彻落实|江总书记
        if (text[s - 2:s] in vocab.word_pairs and not after_word and vocab.word_ends_at(text, s, vocab.organs, max_len=6)
                is None and len(vocab.word_ends_at(text, s, vocab.regions, max_len=8) or "") < 3):
            continue            # 共和|国主席, 反对|党领导人: the character ends a word (but 杭州市|王市长)
        if text[s] in _PLACE_ENDS and s and is_cjk(text[s - 1]):
            continue            # 安平区|里长, 我区|区长: the place's own last character, no surname
        if text[s] in _PRONOUN_SURNAMES:
            continue            # 及其|主任委员, 从|市长岗位: a pronoun or a preposition, no surname
        if text[s] in vocab.surnames and (_left_boundary(text, s, vocab) or text[s - 1] in _BEFORE_ADDRESSED) and (
                _addressable(it.post, vocab)):
            title = Title(it.post, _organ_before(text, s, vocab), it.post, (p, it.end))
            out.append(NameMention(text[s], (s, p), (title,), "name_post", surname_only=True))
    return out


_PLACE_ENDS = set("市县区省州旗盟乡镇村")


def _listed_before(text: str, s: int, p: int, vocab: Vocabulary) -> list:
    """The names listed before the one at ``s`` (甲、乙、|丙|代表): the list read up to the post at ``p`` must
    end with that name, else none."""
    names = names_before(text, p, vocab)
    return names[:-1] if len(names) > 1 and (names[-1].start, names[-1].end) == (s, p) else []
_PRONOUN_SURNAMES = frozenset("其之从该本此各每")     # surnames in the lexicon, pronouns and prepositions here
_DEGREES = frozenset({"博士", "硕士", "学士", "博士后"})
_DISCIPLINE = re.compile("(?:经济|管理|教育|军事|艺术|农|法|医|理|工|文|史|哲)学$")
_VERB_POSTS = frozenset({"代表", "领导", "主持", "主管", "指导", "监督", "顾问", "助理", "秘书", "干部", "成员"})  # 某某代表双方签约
# What one does on another's behalf, written right after 代表 (秘书长某某代表出席; but 某某代表发言: a deputy speaks)
_ON_BEHALF_ACTS = ("出席", "参加", "致辞", "签约", "签字", "领奖", "宣读", "接受")


def _organ_before(text: str, pos: int, vocab: Vocabulary) -> str | None:
    """区住建局|王局长, 市文旅局|李强局长, 乌鲁木齐市|高峰副市长: the organ or place right before a name and its post."""
    if not vocab.word_ends_at(text, pos, vocab.organs, max_len=6):
        return vocab.word_ends_at(text, pos, vocab.regions, max_len=8)
    start = pos
    while start > 0 and text[start - 1] not in ORG_BOUNDARY and pos - start < MAX_ORG_LEN:
        start -= 1
    org = text[stop_cut(text, start, pos, vocab):pos]
    for k in (3, 2, 1):                                         # 据|市文旅局李强局长, 根据|…
        if org[:k] in vocab.name_left and looks_like_org(org[k:], vocab):
            org = org[k:]
            break
    if not looks_like_org(org, vocab):
        opener = first_opener(org, 0, len(org), vocab)
        org = org[opener:] if opener else ""
    if not org or vocab.verb_re.search(org) or vocab.post_re.search(org) or not looks_like_org(org, vocab):
        return None
    return org


def _addressable(post: str, vocab: Vocabulary) -> bool:
    """Posts by which a person is addressed with the surname alone: 王书记, 丁博士, 李局长."""
    return len(post) >= 2 and vocab.posts.get(post) not in (None, "reporter")


# What may stand right before a surname addressed without its given name (与|杜先生, 的|老陈): punctuation or a
# function word; a character of a name may not (陈明|金先生 is 陈明金先生, not 金先生).
_BEFORE_ADDRESSED = frozenset("的和与及同跟向对给把被让请在是由叫称问找据说为从着了过")
# What may follow one (杜先生|坦言, 老陈|一起): a function word, punctuation, or whatever ends a name.
_AFTER_ADDRESSED = frozenset("的和与及说在也就都还又便却是把被对向给一已正将从等曾们")
# Surnames this common or more (rank in the surname lexicon) are read with a form of address.
_ADDRESSED_RANK = 300


def _address_re(vocab: Vocabulary) -> re.Pattern[str]:
    """老|小 before a surname, or a surname before 先生, 大妈, 老 …: ``vocab.forms_of_address``."""
    surnames = "".join(sorted(re.escape(s) for s in vocab.surnames if len(s) == 1))
    forms = sorted(vocab.forms_of_address, key=len, reverse=True)
    after = "|".join(f for f in forms if vocab.forms_of_address[f] in ("after", "both"))
    before = "|".join(f for f in forms if vocab.forms_of_address[f] in ("before", "both"))
    return re.compile(f"(?:{before})(?P<after_form>[{surnames}])|(?P<before_form>[{surnames}])(?:{after})")


def _clear_before(text: str, pos: int, vocab: Vocabulary) -> bool:
    return (pos == 0 or text[pos - 1] in _BEFORE_ADDRESSED or not is_cjk(text[pos - 1])
            or vocab.word_ends_at(text, pos, vocab.name_left, max_len=3) is not None)


def _clear_after(text: str, pos: int, vocab: Vocabulary) -> bool:
    return (pos >= len(text) or not is_cjk(text[pos]) or text[pos] in _AFTER_ADDRESSED
            or boundary_score(text, pos, vocab) >= WEAK)


def find_addressed(text: str, vocab: Vocabulary, known: set[str]) -> list[NameMention]:
    """杜先生, 李大妈, 朱师傅, 吕老, 老陈, 小胡: a surname and a form of address (lexicon ``forms_of_address``).

    CONVENTIONS records a surname-only reference by its surname where the article gives no full name it
    refers to; ``resolve_surnames`` gives it the full name where exactly one has that surname, and where two
    do (``known``) it is left out.  The form is no post: no title.  Not inside a word (古|老, 小|康, 吕老|师),
    nor after a character of a name (陈明金先生), nor before a plural (王先生|们).
    """
    out: list[NameMention] = []
    for m in vocab.derived("address_re", _address_re).finditer(text):
        start, end = m.span()
        surname = m.start("after_form") if m.group("after_form") else m.start("before_form")
        rank = vocab.surname_rank.get(text[surname])
        if rank is None or rank > _ADDRESSED_RANK:
            continue            # 古|老, 养|老: a rare surname before a form is more often a word's first character
        word_inside = (text[start:start + 2] in vocab.word_pairs or text[end - 1:end + 1] in vocab.word_pairs
                       or (surname > start and text[surname:surname + 2] in vocab.word_pairs))
        one_character = end - start == 2      # 老陈, 小胡, 吕老: only before a clear end
        if (word_inside or not _clear_before(text, start, vocab) or text[end:end + 1] == "们"
                or one_character and not _clear_after(text, end, vocab)):
            continue
        name = text[surname]
        if sum(1 for n in known if n.startswith(name) and len(n) >= 2) >= 2:
            continue
        out.append(NameMention(name, (start, end), (), "address", surname_only=True))
    return out


def common_surname_led(name: str, vocab: Vocabulary) -> bool:
    """王某 (in 王某总经理关于…): a name led by a common surname that is no place (伊朗 in 伊朗总统对…)."""
    rank = vocab.surname_rank.get(name[:2]) or vocab.surname_rank.get(name[0])
    return (rank is not None and rank <= 300 and name not in vocab.foreign and name not in vocab.regions
            and vocab.name_right.get(name[0]) != "weak"         # (和著名|学者: a conjunction)
            and name[1:] not in vocab.post_prefixes)            # (原一级|巡视员: a former post's grade)


def _syllables(cand: str, vocab: Vocabulary) -> bool:
    """Is ``cand`` one or two syllables of Tibetan or Mongolian names (多吉, 扎西, 次仁多吉)?"""
    return cand in vocab.minority_syllables or any(
        cand[:k] in vocab.minority_syllables and cand[k:] in vocab.minority_syllables for k in range(1, len(cand)))
