"""An election's result written post first: 书记为甲,副书记为乙、丙,常委为甲、乙、丙、丁.

    find_posts_first(text, vocab, items)  -> a NameMention titled with the post for each name after 为

Notices of a plenum or a congress that has just voted list the result this way: a post (with its
organ or not) opens the clause, 为 follows, and the names fill the rest of the clause.  The other order
(选举甲为书记, 甲当选为书记) is ``extract.name_lists.find_appointments``'.  Read only in a text that
reports a vote (选举, 当选, 产生, 选出, 任命, 决定): elsewhere 某某为 is too loose a pattern.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from extract.name_lists import _clause_start, _name_run
from extract.officials import NameMention, TitleItem, _make_title, seg_start
from extract.vocab import Vocabulary

_VOTED = re.compile("选举|当选|产生|选出|任命|决定")
_CLAUSE_ENDS = "，,。；;\n"


def find_posts_first(text: str, vocab: Vocabulary, items: Sequence[TitleItem]) -> list[NameMention]:
    """书记为甲,副书记为乙、丙: each name after 为 takes the post that opens its clause."""
    if "为" not in text or not _VOTED.search(text):
        return []
    out: list[NameMention] = []
    for item in items:
        if item.kind != "post" or not text.startswith("为", item.end):
            continue
        clause = _clause_start(text, max(0, item.post_start - 30), item.post_start)
        org_start = seg_start(text, item.post_start, vocab, clause)
        if org_start != clause:
            continue            # (选举甲为书记: a verb or a name, not the post, opens the clause)
        stop = min([k for k in (text.find(c, item.end + 1) for c in _CLAUSE_ENDS) if k > 0] or [len(text)])
        names = _name_run(text, item.end + 1, stop, vocab)
        if not names:
            continue
        title = _make_title(text, item, org_start, vocab)
        out += [NameMention(hit.text(text), (hit.start, hit.end), (title,), "appointment") for hit in names]
    return out
