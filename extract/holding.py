"""The verbs of holding a post (现任, 原为, 调任 ...) and what they say about whose a post is.

    HOLDS                                   the verbs, read after a name by ``extract.name_lists``
    held_by_one_before(text, start)         甲调任|某军区副司令员: the post is of the one named before the verb
    held_before(text, titles)               现任某局局长的|甲: a post held, written before 的 and the name
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from extract.records import Title

# 甲现任某县县长 / 乙原为某局局长: the verbs of holding a post, read after a name by extract.name_lists (a career's
# 现任/曾任/历任 after a known person's name, in a profile, are extract.held_posts')
HOLDS = ("现任", "现为", "原任", "原为", "曾任", "升任", "出任", "转任", "改任", "调任", "接任", "兼任", "担任")
# 现任某局局长的甲, 将出任某司副司长的乙: a post held (or about to be), written before 的 and the name.
_HELD_BEFORE = re.compile("(?:" + "|".join(HOLDS + ("新任", "时任", "荣任", "前为", "当选")) + ")$")


def held_by_one_before(text: str, start: int) -> bool:
    """Does a verb of holding before ``start`` give the post to one named before it (甲调任|某军区副司令员), not open
    the chain of the name after it (他们分别是现任|某市委书记、某党工委书记甲: nothing named before 现任)?"""
    return text.endswith(HOLDS, 0, start) and text[start - 3:start - 2] not in ("", *"，,。；;：:\n 是")


def held_before(text: str, titles: Sequence[Title]) -> bool:
    """Is the post of ``titles`` one held (or about to be), written before 的 and the name (现为|某局局长的甲)?"""
    start = titles[0].span[0] if titles else 0
    return (_HELD_BEFORE.search(text, max(0, start - 2), start) is not None     # 现为|某局局长的甲
            or _HELD_BEFORE.match(text, start, start + 2) is not None)          # 现任县长的乙 (one post word)
