"""Where a post word is written but no post stands: it heads a longer word (主席|台, 常委|会, 部长|级).

    not_a_post_here(text, start, end, vocab) -> is ``text[start:end]``, a match of the post pattern, no post here
    written_before(text, pos) -> is a word written right before the post at ``pos`` (its own organ, not read as one)
    post_and_deputy(titles) -> does a chain hold a post and its deputy (主席、副主席): a label of several people
    on_behalf(text, it, titles, name_end, vocab) -> is 代表 before a name the verb "on behalf of" (代表陈某书记,)
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from typing import TYPE_CHECKING

from extract.records import Title
from extract.textutil import is_cjk
from extract.vocab import Vocabulary

if TYPE_CHECKING:
    from extract.officials import TitleItem

_LEVELS = frozenset("省市县区州旗盟")     # the levels of a place that holds districts (石家庄市|长安区)

# A post heading a longer word that is no post or organ: the platform (主席台上…), a rank (部长级会议).
_POST_HEADS_WORD = re.compile("主席台|部长级|副部长级|市长热线|县长热线|省长热线|区长热线")


def not_a_post_here(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """The post is the head of a longer organ word (常委|会, 委员|会) or of another word (主席|台), 代表 is the
    verb before a post (甲代表|县长乙), a credit of one character ends a word (高成|文:), or a level and a
    district's name run together (石家庄市|长安区): not a post here."""
    if (m := _POST_HEADS_WORD.match(text, start)) and m.end() > end:
        return True
    if end - start == 2 and not is_cjk(text[end - 1]) and start > 0 and is_cjk(text[start - 1]):
        return True             # 县委书记 高成|文:“…”, 全|文: a credit of one character (文:, 图/) ends a word here
    if text[start:end] == "代表" and start > 0 and is_cjk(text[start - 1]) and vocab.post_re.match(text, end):
        return True         # 副县长甲代表|县长乙恭喜…: on behalf of the post after it, a verb
    m = vocab.organ_re.match(text, start)
    if m and m.end() > end:
        return True
    if end - start == 2 and text[start] in _LEVELS and start > 0 and is_cjk(text[start - 1]):
        r = vocab.region_re.match(text, start + 1)
        if r and len(r.group()) >= 3 and r.group()[-1] in _LEVELS:
            return True         # 石家庄市|长安区, 上海市|长宁区: a place's level, then a district's name
    m = vocab.org_suffix_re.match(text, start)
    return bool(m and m.end() > end)


# What may stand right before a post that takes the organ named earlier in its sentence (…主任甲主持,和|副主任乙)
_BEFORE_BARE_POST = frozenset("和及与同在由对向跟并为是请让被将把从经于以的了")


def written_before(text: str, pos: int) -> bool:
    """Is a word written right before the post at ``pos``, no separator or particle (接受塔利班最高|领导人乙): the
    post's own organ, though not read as one, so it takes no organ named earlier in the sentence."""
    return pos > 0 and is_cjk(text[pos - 1]) and text[pos - 1] not in _BEFORE_BARE_POST


def post_and_deputy(titles: Sequence[Title]) -> bool:
    """Does the chain hold a post and the same post's deputy of one organ (往届主席、副主席甲、乙), which no one
    holds at once: the names after it are a mixed group, each of either post?"""
    held = {(t.post, t.org) for t in titles}
    return any(("副" + post, org) in held for post, org in held)


_ON_BEHALF = frozenset({"代表"})          # posts that are a verb before a name with no organ (,代表陈某书记)
_ON_BEHALF_AFTER = frozenset("他她我其并还")


def on_behalf(text: str, it: TitleItem, titles: Sequence[Title], name_end: int, vocab: Vocabulary) -> bool:
    """Is the post ``it`` before a name the verb 代表, "on behalf of", and no post of the name's?  Where no word stands
    before it (,代表陈某书记,对…表示欢迎; but 副主席甲、代表乙: a list of posts; 代表沈某说: a deputy speaking), a
    pronoun or 并 does (他代表陈某…), or the name has its post after it (代表吴某书记和齐某主席向…)."""
    if (it.kind != "post" or it.post not in _ON_BEHALF or len(titles) != 1 or titles[0].org is not None
            or vocab.speech_re.match(text, name_end)):
        return False
    before = text[it.post_start - 1] if it.post_start else ""
    return (not before or not is_cjk(before) and before != "、" or before in _ON_BEHALF_AFTER
            or vocab.post_re.match(text, name_end) is not None)
