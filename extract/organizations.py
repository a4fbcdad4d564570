"""Organizations: organs, companies and institutions named in an article.

An organization name ends with a known organ or suffix (市委, 经信局, 有限公司,
联盟 ...).  Where it starts is the hard part; in order of preference:

1. a jurisdiction or place opens it (市|经信局, 杭州|博岳生物技术有限公司);
2. a statistical segmenter, when one is given, says where the noun phrase before
   the suffix begins (发挥|金砖国家特殊经济区中国合作中心);
3. otherwise it begins after the last stop word or punctuation (听取|区经信科技局).

Generic organs need a stem (局, 委, 中心 alone are not names); pure
jurisdictions (杭州市, 马来西亚) are places, not organizations.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from extract.records import Organization, OrgKind, TextSpan
from extract.textutil import is_cjk
from extract.vocab import JURISDICTION_CHARS, Vocabulary

# A segmenter returns (start, end, tag) tokens of a short text; tags as LAC's.
Segmenter = Callable[[str], Sequence[tuple[int, int, str]]]

MAX_NAME = 28
_HARD = set("。！？!?；;,，:：、\n \u3000\t“”\"《》<>「」『』[]【】")
# Openers of organs above any jurisdiction.
_NATIONAL = ("中共", "中国", "国家", "全国", "国务院", "中央", "共青团")
# Token tags that cannot be inside an organization name.
_NON_NAME_TAGS = {"v", "vd", "p", "c", "u", "xc", "w", "d", "r", "m", "q", "t", "TIME", "PER"}
# Words after a congress or CPPCC organ that make it a person's status: 人大代表, 政协委员.
_STATUS_AFTER = ("代表", "委员")
# Ordinals inside a name mean a session, not a body: 区一届人大五次会议.
_SESSION = re.compile(r"[一二三四五六七八九十百\d]+[届次]")


@dataclass(frozen=True, slots=True)
class OrgHit:
    start: int
    end: int
    kind: OrgKind


def _suffix_hits(text: str, vocab: Vocabulary, lo: int, hi: int) -> list[tuple[int, int, OrgKind, bool]]:
    """(start, end, kind, is_organ) of every organ word or suffix, longest at each position."""
    hits = []
    for regex, table, is_organ in ((vocab.organ_re, vocab.organs, True),
                                   (vocab.org_suffix_re, vocab.org_suffixes, False)):
        pos = lo
        while pos < hi:
            m = regex.search(text, pos, hi)
            if not m:
                break
            hits.append((m.start(), m.end(), table[m.group()], is_organ))
            pos = m.start() + 1
    # keep, at each end position, the longest word
    best: dict[int, tuple[int, int, OrgKind, bool]] = {}
    for h in hits:
        prev = best.get(h[1])
        if prev is None or h[0] < prev[0]:
            best[h[1]] = h
    return sorted(best.values(), key=lambda h: (h[1], h[0]))


def _start_for(text: str, suffix_start: int, floor: int, vocab: Vocabulary,
               segmenter: Segmenter | None) -> tuple[int, bool]:
    """Where the name ending with the suffix at ``suffix_start`` begins, and whether a place opens it."""
    lo = max(floor, suffix_start - MAX_NAME)
    for i in range(suffix_start - 1, lo - 1, -1):
        ch = text[i]
        if ch in _HARD or (not is_cjk(ch) and ch not in "()（）"):
            lo = i + 1
            break
    if lo >= suffix_start:
        return suffix_start, False
    cut = stop_cut(text, lo, suffix_start, vocab)
    opener = first_opener(text, cut, suffix_start, vocab)
    if opener is not None:
        return opener, True
    if segmenter is not None:
        seg_start = _segmenter_start(text, cut, suffix_start, segmenter)
        if seg_start is not None:
            return seg_start, first_opener(text, seg_start, suffix_start, vocab) == seg_start
    return cut, False


def stop_cut(text: str, lo: int, hi: int, vocab: Vocabulary) -> int:
    """The position after the last stop word in [lo, hi) that ends the text before a name.

    A stop of several characters (来到, 听取) always cuts; a one-character stop
    (由, 在, 和) cuts only where a place or jurisdiction follows it, since such
    characters also stand inside names (全球经济特区联盟, 杭州和利时自动化有限公司).
    """
    cut = lo
    for m in vocab.org_stop_re.finditer(text, lo, hi):
        if len(m.group()) > 1 or opens_at(text, m.end(), hi, vocab):
            cut = max(cut, m.end())
    return cut


def opens_at(text: str, i: int, hi: int, vocab: Vocabulary) -> bool:
    """Does a place, a jurisdiction or a national opener (中共, 国家 ...) begin at ``i``?"""
    if i >= hi:
        return False
    if text.startswith(_NATIONAL, i):
        return True
    for regex in (vocab.region_re, vocab.foreign_re):
        m = regex.match(text, i, hi)
        if m and m.end() - i >= 2:
            return True
    return text[i] in JURISDICTION_CHARS and i + 1 < hi and is_cjk(text[i + 1])


def first_opener(text: str, lo: int, hi: int, vocab: Vocabulary) -> int | None:
    """The leftmost position in [lo, hi) that opens a name, or None.

    A jurisdiction character inside a word (新区, 城区) opens nothing; it opens
    only at ``lo`` or after punctuation.
    """
    for i in range(lo, hi):
        if text.startswith(_NATIONAL, i):
            return i
        for regex in (vocab.region_re, vocab.foreign_re):
            m = regex.match(text, i, hi)
            if m and m.end() - i >= 2:
                return i
        if text[i] in JURISDICTION_CHARS and i + 1 < hi and (i == lo or text[i - 1] in _HARD):
            return i
    return None


def _segmenter_start(text: str, lo: int, hi: int, segmenter: Segmenter) -> int | None:
    """The start of the run of nominal tokens that ends at ``hi``."""
    window = text[lo:hi]
    if not window:
        return None
    tokens = segmenter(window)
    start = None
    for s, e, tag in reversed(tokens):
        if tag in _NON_NAME_TAGS:
            break
        start = lo + s
    return start


def find_organizations(text: str, vocab: Vocabulary, *, start: int = 0,
                       segmenter: Segmenter | None = None,
                       extra: Iterable[tuple[str, TextSpan, OrgKind]] = ()) -> tuple[Organization, ...]:
    """Every organization named in ``text[start:]``, one record per name, in order of first mention.

    ``extra`` adds organizations found elsewhere (the organs of titles).
    """
    hits: list[tuple[int, int, OrgKind]] = []
    for s_start, s_end, kind, is_organ in _suffix_hits(text, vocab, start, len(text)):
        word = text[s_start:s_end]
        if kind in (OrgKind.CONGRESS, OrgKind.OTHER) and text.startswith(_STATUS_AFTER, s_end):
            continue
        floor = hits[-1][1] if hits and hits[-1][1] <= s_start else start
        name_start, placed = _start_for(text, s_start, floor, vocab, segmenter)
        name = text[name_start:s_end]
        if not _acceptable(name, word, placed, is_organ, vocab):
            continue
        # a longer name that contains earlier hits replaces them (市规划资源局钱塘分局)
        while hits and hits[-1][0] >= name_start:
            hits.pop()
        hits.append((name_start, s_end, kind))
    found: dict[str, tuple[OrgKind, list[TextSpan]]] = {}
    order: list[str] = []
    for s, e, kind in hits:
        _note(found, order, text[s:e], kind, (s, e))
    for name, span, kind in extra:
        if name in vocab.regions or name in vocab.foreign or (len(name) == 1):
            continue
        _note(found, order, name, kind, span)
    order.sort(key=lambda n: min(found[n][1]))
    return tuple(Organization(n, found[n][0], tuple(sorted(set(found[n][1])))) for n in order)


def _note(found: dict, order: list, name: str, kind: OrgKind, span: TextSpan) -> None:
    if name not in found:
        found[name] = (kind, [])
        order.append(name)
    found[name][1].append(span)


def _acceptable(name: str, suffix: str, placed: bool, is_organ: bool, vocab: Vocabulary) -> bool:
    stem = name[: len(name) - len(suffix)]
    if _SESSION.search(name) or not all(is_cjk(c) or c in "()（）·" for c in name):
        return False
    if name in vocab.regions or name in vocab.foreign:
        return False
    if not stem:
        # An organ word alone: 管委会, 党工委, 商务部 are names; 政府, 中心, 局 are not.
        if len(suffix) >= 3 and is_organ:
            return True
        return is_organ and suffix[0] in JURISDICTION_CHARS and len(suffix) >= 2
    if len(suffix) == 1:
        # 市经信局: a single-character organ needs a place or jurisdiction to open the name.
        return placed and len(name) >= 3
    if stem in vocab.non_names and not placed:
        return False
    return len(stem) >= 2 or placed or stem[0] in JURISDICTION_CHARS
