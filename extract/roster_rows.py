"""Roster rows: a name, then the posts its holder holds, one holder a line (a notice's list of a leading group's
members, a committee's roster):

    组长:陈某 副省长
    副组长:黄某某省政府副秘书长          (the space may be lost in a copy)
    蔡某某 省残联理事长
    成员:宋某某 省委宣传部副部长

Each line's posts are the name's before them on that line, never the name's on the next line (which the title
chains would read: 副秘书长⏎蔡某某).  Two such rows in a row at least make a roster; a single line of a name
and a post is a caption or a heading, read by the other finders.

    roster_rows(text, vocab, items)  -> a NameMention (source "roster") for each row's name, with its titles
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extract.name_lists import plausible_name, surname_led
from extract.officials import NameMention, TitleItem, chain_titles
from extract.vocab import JURISDICTION_CHARS, Vocabulary

# what may open a row before its name: a label and a colon (组长:, 成员：), an item mark or a number
_ROW_LABEL = re.compile(r"[ \u3000\t]*(?:[\u3400-\u9fff]{1,6}[:：]|[0-9０-９]{1,2}[.、．]|[·•●■◆])?[ \u3000\t]*")
_ROWS_MIN = 2                   # rows in a row that make a roster
_NAME_LENGTHS = (3, 2, 4)       # most names have three characters


def roster_rows(text: str, vocab: Vocabulary, items: Sequence[TitleItem]) -> list[NameMention]:
    """The names of the roster rows of ``text`` with the titles written after them on their lines."""
    by_end = {it.end: it for it in items if it.kind == "post"}
    rows: list[NameMention] = []
    run: list[NameMention] = []
    pos = 0
    for line in text.split("\n"):
        row = _row(text, pos, pos + len(line.rstrip(" \u3000\t")), vocab, items, by_end)
        if row is not None:
            run.append(row)
        else:
            rows += run if len(run) >= _ROWS_MIN else []
            run = []
        pos += len(line) + 1
    return rows + (run if len(run) >= _ROWS_MIN else [])


def _row(text: str, start: int, end: int, vocab: Vocabulary, items: Sequence[TitleItem],
         by_end: dict[int, TitleItem]) -> NameMention | None:
    """The row's name with its titles, if the line from ``start`` to ``end`` is a name and posts that fill it."""
    last = by_end.get(end)
    if last is None or end - start > 60:
        return None
    titles = chain_titles(text, vocab, items, last)
    if not titles:
        return None
    chain_start = min(t.span[0] for t in titles)
    head = _ROW_LABEL.match(text, start, end)
    name_start = head.end() if head else start
    if chain_start <= name_start:       # 陈某某省财政厅副厅长: the name run into the organ the chain read
        k = next((k for k in _NAME_LENGTHS if _opens_organ(text, name_start + k, vocab)
                  and surname_led(text[name_start:name_start + k], vocab)), 0)
        if not k:
            return None
        first = min(titles, key=lambda t: t.span[0])
        cut = name_start + k - first.span[0]
        titles = [replace(t, org=t.org[cut:] or None, surface=t.surface[cut:], span=(t.span[0] + cut, t.span[1]))
                  if t is first and t.org and len(t.org) > cut else t for t in titles]
        chain_start = name_start + k
    name_end = chain_start
    while name_end > name_start and text[name_end - 1] in " \u3000\t":
        name_end -= 1
    name = text[name_start:name_end]
    if len(name) not in _NAME_LENGTHS or not (plausible_name(name, vocab) or surname_led(name, vocab)):
        return None
    return NameMention(name, (name_start, name_end), tuple(titles), "roster")


def _opens_organ(text: str, pos: int, vocab: Vocabulary) -> bool:
    """Does an organ's name begin at ``pos`` (省财政厅, 团省委, 某市委): a jurisdiction's character, 团 or a region?"""
    return pos < len(text) and (text[pos] in JURISDICTION_CHARS or text.startswith("团", pos)
                                or vocab.region_re.match(text, pos) is not None)
