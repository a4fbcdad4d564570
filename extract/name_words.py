"""Where a name would cut a word of the text: the checks ``extract.names`` makes at a reading's two ends.

    starts_inside_word(text, pos, vocab)  -> no name begins at ``pos`` (各部|门, 吕|梁人民)
    ends_inside_word(text, end, vocab)    -> no name ends at ``end`` (吕梁日|报图说)
    word_begins(text, pos, vocab)         -> a word, a place or a surname with a post begins at ``pos`` (高度, 西安, 王总)
    words_before(text, pos, vocab)        -> which words that stand before names (posts, labels) end at ``pos``, as bits
    place_like(name)                      -> a place's or a landmark's name by its ending (安丰镇, 白马寺)
"""
from __future__ import annotations

from extract.textutil import PUNCT, is_cjk
from extract.vocab import Vocabulary

__all__ = ["LANDMARK_ENDS", "PLACE_ENDS", "ends_inside_word", "place_like", "starts_inside_word", "word_begins",
           "words_before"]

_PERSONS_NOUNS = frozenset({"人员", "人士", "人们"})     # (当选人|员: a noun for people, never a name's start)


def starts_inside_word(text: str, pos: int, vocab: Vocabulary) -> bool:
    """No name begins at ``pos``: it would cut a word out of the text's inside.

    The character before ``pos`` and the one at it form a common word (各部|门, 在|家领导,
    警|钟长鸣, 相|关文章), or a place or a Japanese family name runs across ``pos`` (吕|梁人民,
    安|庆军分区, 森|田一彦), and no post, group label or word of two characters that stands before
    names ends at ``pos`` (副市长|江涛 although 长江 is a word, 贯彻落实|习近平 although 实习 is one;
    an organ does not count: 第十一届委|员会, 县委办|公室).
    """
    if pos <= 0 or pos >= len(text):
        return False
    pair = text[pos - 1:pos + 1]
    if pair not in vocab.word_pairs and not _place_across(text, pos, vocab) and not (
            vocab.surname_rank.get(text[pos]) is None and vocab.verb_re.fullmatch(text, pos - 1, pos + 1)):
        return False            # (同|时加强: a rare surname inside a common adverb or conjunction)
    if text[pos:pos + 3] in vocab.known_names:
        return False
    return pair in _PERSONS_NOUNS or not (words_before(text, pos, vocab)   # (当选人|员, 领导人|员)
                                          & (POST_BEFORE | NAME_LEFT_BEFORE | LABEL_BEFORE))


# What ends at a position among the words that stand before names, as bits (``words_before``)
POST_BEFORE, NAME_LEFT_BEFORE, SHORT_NAME_LEFT_BEFORE, LABEL_BEFORE = 1, 2, 4, 8


def words_before(text: str, pos: int, vocab: Vocabulary) -> int:
    """Which words that stand before a name end at ``pos``, in one pass over the five characters before it: a post
    of five characters at most (POST_BEFORE), a word of ``name_left`` of two or three (NAME_LEFT_BEFORE) or of one
    (SHORT_NAME_LEFT_BEFORE), a group label of five at most (LABEL_BEFORE).  The same as asking
    ``vocab.word_ends_at`` of each list with those lengths, at a third of the look-ups."""
    table = vocab.derived("words_before", _words_before)
    bits = 0
    for k in range(1, min(5, pos) + 1):
        bits |= table.get(text[pos - k:pos], 0)
    return bits


def _words_before(vocab: Vocabulary) -> dict[str, int]:
    """``words_before``'s table: each word of those lists, of those lengths, and its bits."""
    table: dict[str, int] = {}
    for words, max_len, bit in ((vocab.posts, 5, POST_BEFORE), (vocab.group_labels, 5, LABEL_BEFORE)):
        for w in words:
            if 0 < len(w) <= max_len:
                table[w] = table.get(w, 0) | bit
    for w in vocab.name_left:
        if 0 < len(w) <= 3:
            table[w] = table.get(w, 0) | (NAME_LEFT_BEFORE if len(w) >= 2 else SHORT_NAME_LEFT_BEFORE)
    return table


def ends_inside_word(text: str, end: int, vocab: Vocabulary) -> bool:
    """No name ends at ``end``: its last character and the next form a common word whose second
    character does not begin another (吕梁日|报图说, 桥梁纽|带的; but 王平|安排: 安排 is a word)."""
    return (0 < end < len(text) and text[end - 1:end + 1] in vocab.word_pairs
            and text[end:end + 2] not in vocab.word_pairs)


def _place_across(text: str, pos: int, vocab: Vocabulary) -> bool:
    """A place name or a Japanese family name of two or three characters starts before ``pos`` and
    ends after it (吕|梁, 森|田一彦)."""
    if text[pos - 1:pos + 1] not in vocab.derived("pairs_across", _pairs_across):
        return False            # (most positions: one look-up instead of six)
    for words in (vocab.regions, vocab.japanese_surnames):
        if (text[pos - 1:pos + 1] in words or text[pos - 1:pos + 2] in words
                or (pos >= 2 and text[pos - 2:pos + 1] in words)):
            return True
    return False


def _pairs_across(vocab: Vocabulary) -> frozenset[str]:
    """The two characters around a position that a place or Japanese family name of two or three characters
    runs across: what ``_place_across`` reads first."""
    out = set()
    for words in (vocab.regions, vocab.japanese_surnames):
        for w in words:
            if len(w) == 2:
                out.add(w)
            elif len(w) == 3:
                out.update((w[:2], w[1:]))
    return frozenset(out)


def word_begins(text: str, pos: int, vocab: Vocabulary) -> bool:
    """Does a common word, a place name or a surname with a post begin at ``pos`` (高度, 明确, 荣获; 西安, 通化,
    苗栗县; 王总, 王书记), or a word of one character stand there (家,)?"""
    nxt = text[pos + 1:pos + 2]
    return (not nxt or not is_cjk(nxt) or nxt in PUNCT or text[pos:pos + 2] in vocab.word_pairs
            or (text[pos:pos + 2] in vocab.non_names and nxt not in vocab.name_right)
            #     (李强|荣获: a word that a surname opens; not 曹舟南|向: its second character closes names itself)
            or any(text[pos:pos + k] in vocab.regions for k in (2, 3))
            or nxt == "总" or vocab.post_re.match(text, pos + 1) is not None)


PLACE_ENDS = tuple("镇乡县区旗州省市村") + ("街道", "嘎查", "苏木")
# what a landmark's name ends with and no given name in the field set's 12,000 persons nor in the training
# sets does (张之洞, 刘小岛: 洞 and 岛 end given names)
LANDMARK_ENDS = tuple("寺庙沟寨峡湾宫垭坝") + ("水库", "景区", "公园", "广场", "故居", "石窟", "家湖", "家庄", "家坪")


def place_like(name: str) -> bool:
    """安丰镇召开…, 双沟镇召开…, 白马寺…: a clause opened by a place, not by a person (no title vouches for it)."""
    return len(name) >= 3 and name.endswith(PLACE_ENDS + LANDMARK_ENDS) or name in PLACE_ENDS    # (546个|嘎查)
