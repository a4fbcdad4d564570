"""Names listed after a label or a post that the first name's title reaches: 市领导朱华、章登峰.

``extract.officials.find_title_chains`` reads the first name after a post or label and calls
``list_after`` for the names listed after it; ``extract.name_lists`` reads the other kinds of list
with the same tests of what a listed part may be (``listed_names``, ``surname_led``, ``loosely_a_name``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from extract.names import WEAK, NameHit, act_at, boundary_score, place_like, plausible_name, read_name
from extract.officials import NameMention
from extract.records import Title
from extract.textutil import is_cjk
from extract.vocab import JURISDICTION_CHARS, Vocabulary

__all__ = ["first_listed", "list_after", "listed_names", "loosely_a_name", "surname_led", "vouched_part", "LIST_PART"]

LIST_PART = 6           # the longest part of such a list (斑丹卓玛, 普布次旦: names no surname leads)
_LOOSE_CHAR = -2.5       # below this, a character seldom stands in a name of any kind
_VOUCHED_CHAR = -4.0     # … and below this, not even between two names of a list


def list_after(text: str, first: NameHit, vocab: Vocabulary, titles: Sequence[Title]) -> list[NameMention]:
    """市领导朱华、章登峰: the names listed after the first share its group label."""
    out: list[NameMention] = []
    pos = first.end
    while pos < len(text) and (text[pos] == "、" or (text[pos] in "和及与" and pos > first.end)):
        hits = listed_names(text, pos + 1, vocab)      # (…、丁和戊: the last joined by 和)
        if not hits and text[pos] != "、":
            break
        if not hits and text[pos] == "、":
            hits = vouched_part(text, pos + 1, vocab)
        if not hits:
            ref = _surname_ref(text, pos + 1, vocab)
            if ref is None:
                break
            name_end, post_item = ref
            title = Title(post_item, None, post_item, (pos + 2, name_end))
            out.append(NameMention(text[pos + 1], (pos + 1, pos + 2), tuple(titles) + (title,), "label",
                                   surname_only=True))
            pos = name_end
            continue
        out.extend(NameMention(h.text(text), (h.start, h.end), tuple(titles), "label") for h in hits)
        pos = hits[-1].end
        pos += len(_SPOUSE.match(text, pos).group())        # …、甲伉俪、乙: the list goes on past the couple
        pos += len(_NOTE.match(text, pos).group())          # …、马某(人大)、乙: and past a person's note
    return out


_SPOUSE = re.compile("(?:伉俪|夫妇)?")
_NOTE = re.compile(r"(?:[(（][^()（）、,，。;；\n]{1,8}[)）](?=[、和及与]))?")


# What may follow a name of a list that a label announces: 、, 等, 及, 和, punctuation.
_LISTED_NAME_END = "、等及和与,，。;；"


def listed_names(text: str, pos: int, vocab: Vocabulary) -> list[NameHit]:
    """The name at ``pos`` of a list a label announces (市领导甲、乙、丙): [] when none; two names joined by
    和/及/与 (…、甲和乙) give two.  A surname-led run of two or three characters that the next 、, 等 or a
    participation verb bounds is a name here even when its characters are rare in names (…、林某取、)."""
    hit = read_name(text, pos, vocab, min_score=WEAK, free=True, announced=True)
    if hit is not None:
        s = text[hit.start:hit.end]
        if s in vocab.foreign or s in vocab.regions and not (text[hit.end:hit.end + 1] == "、"
                                                             and listed_names(text, hit.end + 1, vocab)):
            return []           # …、韩国驻华大使馆公使某某: the sending state of the next item, no name
            #                     (but 县领导董某、沈阳、罗某: a place's name between two names is a name)
        if hit.end < len(text) and text[hit.end] in JURISDICTION_CHARS and not vocab.post_re.match(text, hit.end):
            return []           # …、江东|区区长某某: a place's name and its level, the next item's organ
        for j in range(2, len(s) - 1):
            if s[j] in "和及与" and plausible_name(s[:j], vocab) and plausible_name(s[j + 1:], vocab):
                return [NameHit(hit.start, hit.start + j, hit.score), NameHit(hit.start + j + 1, hit.end, hit.score)]
        return [hit]
    for n in (3, 2):
        part = text[pos:pos + n]
        if (len(part) == n and surname_led(part, vocab)
                and (text[pos + n:pos + n + 1] in _LISTED_NAME_END or act_at(text, pos + n, vocab)
                     or _WHERE_AFTER.match(text, pos + n))):
            return [NameHit(pos, pos + n, WEAK)]
    return []


def first_listed(text: str, pos: int, vocab: Vocabulary) -> NameHit | None:
    """副主席刘也强、许某、伍某: a surname-led part of two or three characters right after a post, which a 、
    and a listed name bound, is the list's first name even where its characters are rare in names."""
    for n in (3, 2):
        if (text[pos + n:pos + n + 1] == "、" and surname_led(text[pos:pos + n], vocab)
                and listed_names(text, pos + n + 1, vocab)):
            return NameHit(pos, pos + n, WEAK)
    return None


def vouched_part(text: str, pos: int, vocab: Vocabulary) -> list[NameHit]:
    """…、位志荣、王美萍…: a part between two 、 of a labelled list that reads as no name (a rare surname) is one
    where the list goes on with a name after it and the part is name-like (no word, place, post or body): its
    first character may be a surname the vocabulary does not know, the others rarer in names than a free list allows
    (令续鹏), the names on both sides vouching for it.  A part of four (阿刘时布, a Yi name) needs characters
    that stand in names more often, as a free list asks."""
    q = text.find("、", pos + 2, pos + 5)
    floor = _VOUCHED_CHAR if q - pos < 4 else _LOOSE_CHAR
    if (q < 0 or "、" in text[pos:q] or not loosely_a_name(text[pos:q], vocab, free_lead=True, floor=floor)
            or not listed_names(text, q + 1, vocab)):
        return []
    return [NameHit(pos, q, WEAK)]


# …、毕某某在主席台就座: the list's last name, then where they sat
_WHERE_AFTER = re.compile(r"在主席台|在台上|在前排")


def surname_led(part: str, vocab: Vocabulary) -> bool:
    """A surname and one or two characters, no post, place or known non-name: a name where a list bounds it."""
    return (len(part) in (2, 3) and part[0] in vocab.surnames and all(is_cjk(c) for c in part)
            and part not in vocab.non_names and part not in vocab.regions and not vocab.post_re.search(part))


def _surname_ref(text: str, pos: int, vocab: Vocabulary) -> tuple[int, str] | None:
    """丁博士, 王书记: a surname and a post that refer to someone; returns (end, post)."""
    if pos >= len(text) or text[pos] not in vocab.surnames or text[pos] in vocab.post_prefixes:
        return None             # (原一级巡视员: a former post, not 原 the surname)
    m = vocab.post_re.match(text, pos + 1)
    if not m or boundary_score(text, m.end(), vocab) < WEAK:
        return None
    return m.end(), m.group()


def loosely_a_name(part: str, vocab: Vocabulary, *, free_lead: bool = False, floor: float = _LOOSE_CHAR) -> bool:
    """A part of a list of names that may be a name where the list vouches for it: CJK, name-like characters,
    not a place, post, body or foreign state (文献 and 廉果 stand in lists of names; 市委 and 会议 do not); a
    Tibetan or Mongolian name of known syllables (此里卓玛) is one whatever its characters."""
    return (2 <= len(part) <= LIST_PART and all(is_cjk(c) for c in part) and not place_like(part)
            and part not in vocab.regions and part not in vocab.posts and part not in vocab.foreign
            and not vocab.post_re.search(part) and not vocab.organ_re.search(part)
            and not vocab.org_suffix_re.search(part) and not vocab.group_label_re.search(part)
            and (min(max(vocab.given_lr.get(c, 0.0), vocab.foreign_lr.get(c, 0.0))
                     for c in part[free_lead:]) >= floor
                 or len(part) % 2 == 0 and all(part[k:k + 2] in vocab.minority_syllables for k in range(0, len(part), 2))))
