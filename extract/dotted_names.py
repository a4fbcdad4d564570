"""Transliterated names joined by a middle dot (侯赛因·伊卜拉欣·哈马迪, 阿不来提·阿不都热西提), anywhere in a text.

    find_dotted_names(text, vocab)  -> a NameMention (source "dotted") for each
"""
from __future__ import annotations

import re

from extract.name_chars import NameHit
from extract.names import read_name
from extract.officials import NameMention
from extract.vocab import Vocabulary

_NAME_DOTS = "·•・‧∙"
_DOTTED_RUN = re.compile(r"[\u4e00-\u9fff]+(?:[·•・‧∙][\u4e00-\u9fff]+)+")
# The first part of a transliterated name is read leftwards from the dot until a post, a label,
# a word before names or a character this un-name-like (foreign_lr: 了, 到, 在 are below it, 阿不都
# and 热合曼 have 不 -3.6 and 合 -3.3 inside); it then begins at its first character at least
# _DOTTED_FIRST (会议中|阿不来提: not 中, -1.9).
_PROJECT_ENDS = set("城园湾苑府庄邸墅店厦馆楼堂")      # (and venues: 钱塘·新世纪大酒店)
_JOINS = set("和与及同")
_ORDINAL_EDITION = re.compile("第[一二三四五六七八九十百0-9]+[届次期]")      # 2017某地·第九届某博览会: an edition
_OPENING_QUOTES, _CLOSING_QUOTES = set("“「‘\"《"), set("”」’\"》")
# Last characters of the nouns that say who a foreigner is (客商, 友人, 荷兰人, 钢琴家, 球星, 大师, 运动员, 选手, 学者),
# which transliterations do not use: the name begins after them.
_PERSON_NOUN_ENDS = set("人家星师员手商者")
_DOTTED_MIN = -4.0
_DOTTED_FIRST = -1.0


def find_dotted_names(text: str, vocab: Vocabulary, *, start: int = 0) -> list[NameMention]:
    """侯赛因·伊卜拉欣·哈马迪, 阿不来提·阿不都热西提, 乔治·索罗斯: names joined by a middle dot, anywhere.

    The run of characters before the first dot is cut where the name begins: after a
    post, a label, a verb or a character no name has (大使|侯赛因·…); the last part ends
    as ``read_name`` ends it.
    """
    out: list[NameMention] = []
    if not any(dot in text for dot in _NAME_DOTS):
        return out          # most texts: the regex alone would try every run of characters
    for m in _DOTTED_RUN.finditer(text, start):
        first_dot = min(i for i in range(m.start(), m.end()) if text[i] in _NAME_DOTS)
        begin = first_dot
        while begin > m.start() and first_dot - begin < 7:
            ch = text[begin - 1]
            if vocab.foreign_lr.get(ch, 0.0) < _DOTTED_MIN or (ch in _JOINS and begin - 1 > m.start()):
                break           # (…副总理和|鲁·宝勒德: a conjunction between two names)
            if ch in _PERSON_NOUN_ENDS or (vocab.word_ends_at(text, begin, vocab.foreign, max_len=8)
                                           or vocab.word_ends_at(text, begin, vocab.regions, max_len=8)):
                break       # 澳大利亚客商|彼得·琼斯, 阿根廷球星|哈·萨内蒂, 俄罗斯|伊万·彼得罗夫: who or whence, not the name
            if (vocab.word_ends_at(text, begin, vocab.posts, max_len=6) or vocab.word_ends_at(text, begin, vocab.group_labels, max_len=5)
                    or vocab.word_ends_at(text, begin, vocab.name_left, max_len=3)
                    or any(vocab.verb_re.fullmatch(text, begin - k, begin) for k in (2, 3) if begin - k >= m.start())):
                break       # 扣押|贝·布托, 会见|于贝尔: a verb ends where the name begins
            begin -= 1
        while begin < first_dot and vocab.foreign_lr.get(text[begin], 0.0) < _DOTTED_FIRST:
            begin += 1
        if begin == first_dot:
            continue
        hit = read_name(text, begin, vocab, min_score=0)
        if hit is None or "·" not in hit.text(text) and not any(d in hit.text(text) for d in "•・‧∙"):
            continue
        # (约翰·史密斯参观|学校: a name that acts on a body after it is no part of the body's name)
        acts = any((v := regex.match(text, hit.end, m.end())) and len(v.group()) >= 2
                   for regex in (vocab.role_re, vocab.speech_re, vocab.verb_re))
        if _names_a_body(text, begin, hit.end, hit.end if acts else m.end(), vocab):
            continue            # 生活·读书·新知三联书店: a name of a body, not of a person
        parts = re.split("[" + _NAME_DOTS + "]", hit.text(text))
        if sum(_place_part(part, vocab) for part in re.split("[" + _NAME_DOTS + "]", text[begin:m.end()])) >= 2:
            continue            # 中国吉林·韩国友好周: places joined, not a person (one may be: 阿里·…)
        if (text[begin - 1:begin] in _OPENING_QUOTES and text[hit.end:hit.end + 1] in _CLOSING_QUOTES) or (
                text[m.start() - 1:m.start()] in _OPENING_QUOTES and text[m.end():m.end() + 1] in _CLOSING_QUOTES):
            continue            # “丝路梦·回乡情”, “避暑圣地果飘香·清凉世界昭阳好”: a title or a slogan in quotes
        if _names_a_place_or_festival(text, parts[-1], hit.end, vocab) or any(_ORDINAL_EDITION.match(p) for p in parts):
            continue            # 湘桂·盛世名城, 某某·现代|城: a housing project; 鹤之乡·某区苹果文化旅游节: a festival
        if any(part.endswith("网") or "频道" in part for part in re.split("[" + _NAME_DOTS + "]", text[begin:m.end()])):
            continue            # 大江网·某某频道讯: a site and its channel, in a dateline
        if hit.start > m.start() and text[hit.start - 1:hit.start + 1] in vocab.compound_surnames:
            hit = NameHit(hit.start - 1, hit.end, hit.score)    # 司|马义·艾买提: it opens as a compound surname
        out.append(NameMention(hit.text(text), (hit.start, hit.end), (), "dotted"))
    return out


def _names_a_body(text: str, begin: int, end: int, run_end: int, vocab: Vocabulary) -> bool:
    """Is the dotted name ``text[begin:end]`` part of the name of a body: an organ or suffix inside it,
    or one of two characters or more in its run of characters (索罗斯基金会, 三联书店)?  A one-character
    organ right after it is a place (从阿布都热依木·艾买提处获悉), not a body."""
    for i in range(begin, run_end):
        for pattern in (vocab.org_suffix_re, vocab.organ_re):
            hit = pattern.match(text, i, run_end)
            if hit and (hit.end() <= end or len(hit.group()) >= 2):
                return True
    return False


def _names_a_place_or_festival(text: str, last: str, end: int, vocab: Vocabulary) -> bool:
    """Does the dotted run whose last part ``last`` ends at ``end`` name a housing project or a venue (湘桂·盛世名城,
    某某·现代|城, but not 某某·某某|馆长) or a festival (某某之乡·某区苹果文化旅游节)?"""
    if len(last) >= 3 and last[-1] in _PROJECT_ENDS:
        return True
    if text[end:end + 1] in _PROJECT_ENDS and not vocab.post_re.match(text, end):
        return True
    return any(e.start() < end <= e.end() for e in vocab.event_noun_re.finditer(text, end - len(last), end + 2))


def _place_part(part: str, vocab: Vocabulary) -> bool:
    """A part of a dotted run that is or begins with a place or a state (吉林, 韩国友好周)."""
    if part in vocab.regions or part in vocab.foreign:
        return True
    return any((m := regex.match(part)) is not None and m.end() >= 2 for regex in (vocab.region_re, vocab.foreign_re))
