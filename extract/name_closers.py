"""What follows a name and how clearly it closes it: the boundary scores of ``extract.names``, and how the
weak words (为, 在, 则 …), which may also stand inside a name, close one before a time, a place, an act or a post.

    weak_word_closes(text, word, vocab)  -> WEAK, POST or STRONG
    act_at(text, pos, vocab)             -> does a participation or speech verb begin at ``pos``
"""
from __future__ import annotations

import re

from extract.textutil import PUNCT
from extract.vocab import Vocabulary

# A date or a number after a name: 哈塔米十九日, 劳伦斯1月.
TIME_START = re.compile(r"[0-9０-９一二三四五六七八九十]+[日月年号]|[今昨明前]天|近日|日前")
# A word of time that no name holds (时年 is no surname 时 and a given 年; 于今年 no 于 and 今年).
TIME_WORD = re.compile("[今明去前当时]年|[今昨明当同次]日|[今昨明当]天")

# Boundary scores: how clearly the text after a candidate closes a name.
END = 3          # end of text, punctuation, space
STRONG = 3       # 等, 一行, a role or speech verb
POST = 2         # a post follows: 刘非书记
WEAK = 1         # 和, 在, 就 ...: common words that may also be part of a name
NEXT_NAME = 1    # another surname follows (subheadlines run names together)
NEXT_NAME_UNSURE = 0.5   # ... but no name can be read from it (张树|法在): the longer reading wins


def act_at(text: str, pos: int, vocab: Vocabulary) -> bool:
    """Does a participation or speech verb begin at ``pos``, not inside a post (巡视 of 巡视员)?"""
    act = vocab.act_re.match(text, pos)
    if act is None:
        return False
    post = vocab.post_re.match(text, pos)
    return post is None or post.end() <= act.end()


def weak_word_closes(text: str, word: re.Match, vocab: Vocabulary) -> float:
    """How clearly the weak word ``word`` (为, 在, 和) closes a name before it: WEAK, or POST where
    it is one that closes a name before a post and a post follows it (以罗杰|为团长)."""
    if word.group() in ("于", "在") and TIME_START.match(text, word.end()):
        return STRONG           # 王某于6月5日率团…, 王某在今天…: the time of the act after the name
    if word.group() in _TO_PLACE and _act_within(text, word.end(), vocab):
        return STRONG           # 王某到安阳市滑县调研, 王某在会上讲话: where the act after the name takes place
    if word.group() in _ADVERBS and text.startswith("于", word.end()) and TIME_START.match(text, word.end() + 1):
        return STRONG           # 上海市市长韩正|将于4月6日至9日访台: an adverb, then the time of the act
    if word.group() in _ADVERBS and (tenure := _TENURE_AFTER.match(text, word.end())):
        post = vocab.post_re.search(text, tenure.end(), tenure.end() + _ORGAN_BEFORE_POST)
        if post is not None and not any(c in PUNCT for c in text[tenure.end():post.start()]):
            return POST         # 原区委书记燕平|则任市委常委: an adverb, then the post taken
    if word.group() in vocab.name_right_before_post and text[word.end():word.end() + 1] not in _JOINERS:
        if vocab.post_re.match(text, word.end()):
            return POST
        # 李某任某区副区长: a post after an organ or a place, in the same clause
        post = vocab.post_re.search(text, word.end(), word.end() + _ORGAN_BEFORE_POST)
        if post is not None and not any(c in PUNCT for c in text[word.end():post.start()]):
            return POST
    return WEAK


# Adverbs before the verb of a post taken (甲则任…, 乙也当选…, 丙已调任…) and those verbs
_ADVERBS = frozenset("则也还又已将曾亦")
_TENURE_AFTER = re.compile(r"(?:调任|出任|改任|兼任|担任|接任|升任|转任|当选为?|任)")


# Words that say where the act after a name happens; how far that act may stand behind them
_TO_PLACE = ("到", "在", "赴")
_PLACE_BEFORE_ACT = 14


def _act_within(text: str, start: int, vocab: Vocabulary) -> bool:
    """Does a participation or speech verb follow within ``_PLACE_BEFORE_ACT`` characters, in the same clause?"""
    for i in range(start + 1, min(len(text), start + _PLACE_BEFORE_ACT)):
        if text[i] in PUNCT:
            return False
        if act_at(text, i, vocab):
            return True
    return False


# (王大为|及相关部门负责人: a 为 before a joiner is a name's, not 以某某为团长's)
_JOINERS = "及和与、"
_ORGAN_BEFORE_POST = 16         # how far after 为/任 a post may stand behind its organ


# Prepositions that also are surnames (向, 和, 于 …): 向|宋省长 is "to Governor Song", not a name 向宋
_PREPOSITION_SURNAMES = frozenset("向对与和同跟给陪请让于为")


def surname_address(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Is ``text[start:end]`` a preposition and a surname addressed by the post right after it (向宋省长,
    同李书记), not a name of two characters?"""
    return (end - start == 2 and text[start] in _PREPOSITION_SURNAMES and text[start + 1] in vocab.surname_rank
            and vocab.post_re.match(text, end) is not None)
