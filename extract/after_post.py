"""What stands right after a post besides a plain name: a name of one character written twice (区委书记|果果), or
a body's name that only reads like a person's (行长|沙明德中学).

    doubled_name(text, pos, vocab)   -> NameHit of 果果 at ``pos``, or None
    body_not_name(text, end, vocab)  -> does a school's or firm's suffix end the reading at ``end``
"""
from __future__ import annotations

from extract.name_chars import NameHit
from extract.names import STRONG, boundary_score
from extract.textutil import is_cjk
from extract.vocab import Vocabulary


def doubled_name(text: str, pos: int, vocab: Vocabulary) -> NameHit | None:
    """A name of one character written twice (果果, a Tibetan official's) right after a post and before a clear
    end; not a word (天天, 常常, 刚刚)."""
    two = text[pos:pos + 2]
    if (len(two) == 2 and two[0] == two[1] and is_cjk(two[0]) and two not in vocab.word_pairs
            and boundary_score(text, pos + 2, vocab) >= STRONG):
        return NameHit(pos, pos + 2, STRONG)
    return None


def body_not_name(text: str, end: int, vocab: Vocabulary) -> bool:
    """A school's or a firm's suffix of two characters or more ends at ``end`` (…明德中学), or a town's or a
    county's level after two characters or more (刘忠作金石桥镇): no name ends so."""
    suffix = vocab.word_ends_at(text, end, vocab.org_suffixes, max_len=4)
    return (suffix is not None and len(suffix) >= 2) or (text[end - 1:end] in _LEVELS and is_cjk(text[end - 3]))


_LEVELS = ("镇", "乡", "县", "区", "市", "省")
