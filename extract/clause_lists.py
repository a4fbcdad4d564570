"""Names that open a clause, confirmed by what follows them: 刘国娟、杨帆参加。 阮重晖指出 ……

    find_clause_lists(text, vocab)   -> the names, with no title (``extract.persons`` calls it)
    kin_by_surname(name)             -> 董妻, 王母: kin named by another's surname, no name

Split from ``extract.name_lists`` (the lists that posts and labels reach): these lists have no post, only
the verb, the seat or the conjunction after them.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from extract.label_lists import LIST_PART, loosely_a_name, surname_led
from extract.names import END, STRONG, TIME_START, WEAK, NameHit, boundary_score, place_like, plausible_name, read_name
from extract.officials import NameMention
from extract.org_start import COMPANY_LIST_END
from extract.textutil import CLAUSE_END, PUNCT, is_cjk, words_pattern
from extract.vocab import Vocabulary

__all__ = ["find_clause_lists", "kin_by_surname"]

_CLAUSE_OPEN = re.compile("[" + re.escape(CLAUSE_END + "“”\"(（)）") + "]")    # after these a clause opens


def _clause_starts(text: str, start: int) -> Iterable[int]:
    yield start
    yield from (m.end() for m in _CLAUSE_OPEN.finditer(text, start))


# A clause opens with names only where something that can close them stands within _CLOSER_REACH characters
# of its start: a 、 (a list), a participation or speech verb, a word that closes names strongly (等, 一行),
# 在 or 于 before a time, a middle dot, or a character that is no Chinese character (a date, a Latin name).
# Reading names at every clause start was a tenth of kg extract's time; most clause starts have none of these.
_CLOSER_REACH = 9


def _closer_re(vocab: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What closes names, and the characters it may begin with (searched first: one class is cheap to scan,
    the verbs' alternation is not)."""
    strong = [w for w, kind in vocab.name_right.items() if kind == "strong"]
    other = "[^\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff" + re.escape(PUNCT) + "]"     # not is_cjk, not PUNCT
    closer = re.compile("|".join((vocab.act_re.pattern, words_pattern(strong), "[、·•・‧∙]", other,
                                  "[在于](?:" + TIME_START.pattern + ")")))
    firsts = "".join(sorted({re.escape(w[0]) for w in strong if w}))
    first = re.compile("|".join((vocab.act_start_re.pattern, f"[{firsts}、·•・‧∙在于]" if firsts else "[、·•・‧∙在于]",
                                 other)))
    return closer, first


def _may_open_names(text: str, pos: int, vocab: Vocabulary) -> bool:
    """Can names that ``find_clause_lists`` keeps open a clause at ``pos`` (a necessary condition, cheap)?
    A name has two characters at least, so what closes it stands at ``pos + 2`` or later."""
    closer, first = vocab.derived("clause_closer", _closer_re)
    end, reach = pos + _CLOSER_REACH + 8, pos + _CLOSER_REACH
    at = pos + 2
    while (f := first.search(text, at, reach)) is not None:
        if closer.match(text, f.start(), end):
            return True
        at = f.start() + 1
    return False


_DATELINE_AFTER = re.compile(r"\s*(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:电|讯|消息)")


def kin_by_surname(name: str) -> bool:
    """董妻, 王母: kin named by the surname of the one they are kin of, no name of their own (not 夫: 哲夫, 罗夫)."""
    return len(name) == 2 and name[1] in "妻母"


def _word_led(name: str, vocab: Vocabulary) -> bool:
    """A common word that a rare surname opens (其中有, 温饱; a frequent one's is a name: 王国生, 黄兴国)."""
    return name[:2] in vocab.word_pairs and name[0] not in vocab.surname_rank and name not in vocab.corpus_persons


def find_clause_lists(text: str, vocab: Vocabulary, *, start: int = 0) -> list[NameMention]:
    """刘国娟、杨帆参加。 阮重晖指出 ……: names that open a clause, confirmed by the verb after them."""
    out: list[NameMention] = []
    for pos in _clause_starts(text, start):
        if not _may_open_names(text, pos, vocab) or vocab.appointment_action_re.match(text, pos):
            continue            # (选举|甲、乙等24位代表: the verb opens the clause, the names follow it)
        bounded = _bounded_list(text, pos, vocab)
        if bounded and COMPANY_LIST_END.match(text, bounded[-1].end):
            continue            # 三菱汽车、平和堂、欧姆龙|等一批日资企业: firms, no names
        if bounded:
            out.extend(NameMention(h.text(text), (h.start, h.end), (), "clause") for h in bounded)
            continue
        names: list[NameHit] = []
        listed: set[int] = set()        # names read only because the list around them bounds them
        p = pos
        while True:
            hit = read_name(text, p, vocab, min_score=WEAK, free=True)
            if hit is None and names:
                # 杨丹、龙波舟、雷音、王大学、张言苍在主席台就坐: inside a list, a surname and one or two
                # characters between two 、 is a name, though its characters make a word (大学)
                n = next((n for n in (3, 2) if text[p + n:p + n + 1] == "、" and surname_led(text[p:p + n], vocab)), 0)
                if n:
                    hit = NameHit(p, p + n, WEAK)
                    listed.add(p)
            if hit is None:
                break
            names.append(hit)
            if hit.end < len(text) and text[hit.end] == "、":
                p = hit.end + 1
                continue
            break
        if not names:
            continue
        last = names[-1]
        if _DATELINE_AFTER.match(text, last.end) or COMPANY_LIST_END.match(text, last.end):
            continue            # 东北网|5月18日电: an outlet's dateline; 甲、乙|等一批日资企业: firms, no names
        post = vocab.post_re.match(text, last.end)      # 白宫发言人|麦某: the post is the next name's
        if text[last.end:last.end + 1] in PUNCT or (post and text[post.end():post.end() + 1] in vocab.surnames):
            continue
        if boundary_score(text, last.end, vocab) < STRONG and not (len(names) >= 2 and _acts_later(text, last.end, vocab)):
            continue            # (甲、乙在主席台就坐: a list whose clause has a participation verb after 在)
        if any(h.start not in listed and (plausible_name(h.text(text), vocab) is False or place_like(h.text(text))
                                          or kin_by_surname(h.text(text))) for h in names):
            continue            # (董妻|当晚…: someone's wife, by his surname)
        if len(names) == 1 and _word_led(last.text(text), vocab):
            continue            # (其中有|去年…, 全国高|等学校: a word that a rare surname opens)
        for h in names:
            out.append(NameMention(h.text(text), (h.start, h.end), (), "clause"))
    return out


# What closes a list of names that opens a clause: a conjunction before a label (…、丁以及大会主席团成员), a
# participation or decision verb (…、丁出席, …、丁当选为, …、丁不再担任), 在 before a seat (…、丁在主席台就座).
_LIST_CLOSE = re.compile("以及|及|和|等|在|出席|参加|列席|陪同|就座|就坐|当选|不再|分别|同志")


_LIST_LEAD = re.compile("(?:先后|分别|共|还|又|另|均|仍)?有")


def _bounded_list(text: str, pos: int, vocab: Vocabulary) -> list[NameHit]:
    """旦巴、于国强、扎西多吉、李猛、斑丹卓玛、普布次旦以及大会主席团成员在主席团就座: three or more parts
    between 、 that open a clause and that a list closer ends, a third of them or more plainly names: every part
    is a name, though no surname leads it (Tibetan and Mongolian names of officials), where no part is a
    word, a place, a post or a body and its characters are all name-like.  [] otherwise."""
    spans: list[tuple[int, int]] = []
    p = pos
    while True:
        q = text.find("、", p, p + LIST_PART + 1)
        if q < 0:
            break
        spans.append((p, q))
        p = q + 1
    if len(spans) < 2:
        return []
    last = next((p + n for n in range(2, LIST_PART + 1) if _LIST_CLOSE.match(text, p + n)), None)
    if last is None:
        return []
    spans.append((p, last))
    if (lead := _LIST_LEAD.match(text, spans[0][0], spans[0][1])) and plausible_name(text[lead.end():spans[0][1]], vocab):
        spans[0] = (lead.end(), spans[0][1])        # 先后有|甲、乙、丙等代表调离: the verb before the list
    parts = [text[a:b] for a, b in spans]
    plain = sum(1 for part in parts if plausible_name(part, vocab))
    odd = [part for part in parts if not (plausible_name(part, vocab) or loosely_a_name(part, vocab))]
    if plain < 2 or 3 * plain < len(parts) or odd and (5 * len(odd) > len(parts) or not all(
            2 <= len(part) <= 4 and all(is_cjk(c) for c in part) for part in odd)):
        return []           # (a long list of plain names vouches for a few odd ones: 洛桑江村, 旦科)
    if not (text.startswith(("当选", "不再", "出席", "参加", "列席", "陪同", "就座", "就坐", "分别"), last)
            or _acts_later(text, last, vocab) or text.startswith(("以及", "及", "和", "等"), last)):
        return []
    return [NameHit(a, b, END) for a, b in spans]


def _acts_later(text: str, pos: int, vocab: Vocabulary) -> bool:
    """A weak word at ``pos`` (在, 于) and a verb of two characters or more later in the clause (就坐, 出席)."""
    if pos >= len(text) or vocab.name_right.get(text[pos]) != "weak":
        return False            # (乔丹、皮蓬和|教练…: not a name list that a post or a name goes on from)
    end = next((i for i in range(pos, min(len(text), pos + 20)) if text[i] in CLAUSE_END), min(len(text), pos + 20))
    return any(vocab.act_re.match(text, i) or text.startswith(("就坐", "就座"), i)
               or ((m := vocab.verb_re.match(text, i)) and len(m.group()) >= 2) for i in range(pos + 1, end))
