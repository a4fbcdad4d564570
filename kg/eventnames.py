"""What the name of an event says: its editions, body, form and phase, its place words, and how alike two
names are.  Pure functions of strings, read by :mod:`kg.events` to tell reports of one event from reports of
another (第十次 / 第十一次 会议, 人大 / 政协, 全国 / 四川省).

    editions(name)            -> {"届": {14}, "次": {3}}: ordinals and years by unit
    content(text, words)      -> the name as compared: no participants, dates, punctuation; short organ forms
    name_similarity(a, b)     -> (LCS-F, LCS)
    classes(text, table)      -> the labels of BODIES, FORMS (or phases) a text names
    regions_in(key, vocab)    -> the regions a name writes
    is_local(name, vocab)     -> whether a name gives a region or a local organ

The word lists are small and closed (the organs of the Chinese state and the ordinals of their meetings):
grammar, kept here beside the functions that read them.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from rapidfuzz.distance import LCSseq

from kg.keys import name_key

# Ordinals written in names: 第十一次, 十四届, 三次 (会议), 首届; the unit keeps editions of one kind apart.
_NUM = "零〇一二三四五六七八九十百千两0123456789"
_ORDINAL = re.compile(rf"第?([{_NUM}]+|首)(次|届|期|轮|批)")
EDITION_UNITS = frozenset("次届期")
YEAR = re.compile(r"((?:19|20)\d\d)年")
_DAY = re.compile(r"\d{4}-\d\d-\d\d|\d{1,2}月\d{1,2}日|\d{1,2}日|\d{1,2}时(?:\d{1,2}分)?|[上下]午|晚上|今天|昨天")
# Pinyin glosses some sites print after characters: 习(xí)近平.
GLOSS = re.compile(r"\([a-zA-Zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]+\)")
_PUNCT = re.compile(r"[\sA-Za-z\"'“”‘’《》〈〉<>「」『』【】()（）·、,，.。:：;；!！?？—\-]+")
# Phases of one session reported apart: a report of the opening is not one of the closing.
PHASES = (("开幕", "闭幕"), ("预备会议", "全体会议"))
# The body a meeting's name gives, and its form: 人大 and 政协 sessions on consecutive days in one hall,
# a standing committee's meeting and the chair's meeting of one body, are other events.
BODIES = (("cppcc", ("政协", "政治协商")), ("congress", ("人大", "人民代表大会")),
          ("party", ("共产党", "中共", "党代会")))
FORMS = (("standing committee", ("常委会", "常务委员会")), ("chair's meeting", ("主席会议",)),
         ("executive meeting", ("常务会议",)))
# Names of national scope: the paper's place says nothing of where they are held; a national
# session is not a province's or a city's of the same edition (全国委员会 / 四川省委员会).
NATIONAL = ("全国", "中央", "国务院")
# A local organ in a name: a level before the organ (省政协, 市人大, 县委), when no region is named.
_LOCAL = re.compile(r"[省市县区州旗盟镇乡](?:政协|人大|委|政府|党代会)")
# Long and short forms of one organ, compared as one: 中国人民政治协商会议 = 政协.
SYNONYMS = (("中国人民政治协商会议", "政协"), ("人民代表大会", "人大"), ("常务委员会", "常委会"),
            ("中国共产党", "中共"), ("第", ""))
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def number(text: str) -> int | None:
    """The value of an ordinal as written: 十一 -> 11, 二十 -> 20, 首 -> 1, 12 -> 12; None if not a number."""
    if text == "首":
        return 1
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for c in text:
        if c in _DIGITS:
            current = _DIGITS[c]
        elif c in "十百千":
            unit = {"十": 10, "百": 100, "千": 1000}[c]
            total += (current or 1) * unit
            current = 0
        else:
            return None
    return total + current


@functools.lru_cache(maxsize=65536)
def editions(name: str) -> dict[str, frozenset[int]]:
    """The ordinals and years a name writes, by unit.

    >>> sorted((k, sorted(v)) for k, v in editions("某区政协九届委员会第二十次主席会议").items())
    [('届', [9]), ('次', [20])]
    >>> editions("2025年某某对话会")
    {'年': frozenset({2025})}
    """
    key = GLOSS.sub("", name_key(name))
    found: dict[str, set[int]] = defaultdict(set)
    for m in _ORDINAL.finditer(key):
        n = number(m.group(1))
        if n is not None:
            found[m.group(2)].add(n)
    for m in YEAR.finditer(key):
        found["年"].add(int(m.group(1)))
    return {k: frozenset(v) for k, v in found.items()}


def content(text: str | None, words: Sequence[str]) -> str:
    """A name as compared: without ``words`` (participants' names and titles), dates, times of day, pinyin
    glosses and punctuation, organs in their short forms (SYNONYMS).

    >>> content("3月9日上午,中国人民政治协商会议第十四届某市委员会第四次会议开幕,张建华出席", ["张建华"])
    '政协十四届某市委员会四次会议开幕出席'
    """
    key = GLOSS.sub("", name_key(text or ""))
    for n in sorted({name_key(x) for x in words if len(x) > 1}, key=len, reverse=True):
        key = key.replace(n, "")
    key = _DAY.sub("", key)
    for long, short in SYNONYMS:
        key = key.replace(long, short)
    return _PUNCT.sub("", key)


def name_similarity(a: str, b: str) -> tuple[float, int]:
    """LCS-F of two names (2PR/(P+R), P = LCS/len(a), R = LCS/len(b)) and the LCS length.

    >>> name_similarity("市政协十四届三次会议开幕", "市政协十四届三次会议隆重开幕")
    (0.923, 12)
    """
    if not a or not b:
        return 0.0, 0
    n = LCSseq.similarity(a, b)
    return (round(2 * n / (len(a) + len(b)), 3), n)


def classes(text: str, table) -> set[str]:
    """The labels of ``table`` (BODIES, FORMS: (label, words) pairs) whose words ``text`` holds."""
    return {label for label, words in table if any(w in text for w in words)}


_LEVELS = frozenset("省市县区州旗盟")


def regions_in(key: str, vocab) -> Iterator[re.Match]:
    """The regions a name writes: at its start in any form (杭州, 上海与…), inside it only with the level
    (…四川省…, …福州市委员会…), since short forms inside words are words (平安, 长安, 新华)."""
    for m in vocab.region_re.finditer(key):
        if len(m.group()) > 1 and (m.start() == 0 or m.group()[-1] in _LEVELS):
            yield m


def is_local(name: str, vocab) -> bool:
    """Whether a name gives a region (四川省政协) or a local organ (市人大)."""
    key = YEAR.sub("", name_key(name))
    return bool(_LOCAL.search(key)) or next(regions_in(key, vocab), None) is not None
