"""Small text helpers shared by the grammar modules: word-list regexes, clauses, character classes."""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator

from extract.records import TextSpan

# Characters that end a sentence or a clause.  Both widths: e-paper text mixes them.
SENTENCE_END = "。！？!?；;"
CLAUSE_END = SENTENCE_END + ",，:：\n"
LIST_SEP = "、"
OPEN_BRACKETS = "(（[【〔《“‘\"'"
CLOSE_BRACKETS = ")）]】〕》”’\"'"
# A note after a name in a roster or list (林某某(女), 张某(兼)): no part of the name
PERSONAL_NOTE = r"[(（][男女兼][)）]"
PUNCT = CLAUSE_END + LIST_SEP + OPEN_BRACKETS + CLOSE_BRACKETS + "…—-·•・ \t"



def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def words_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so that matching is fast and longest-first.

    >>> re.match(words_pattern(["书记", "副书记", "书"]), "书记").group()
    '书记'
    """
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    if not trie:
        return r"(?!)"
    firsts = sorted(k for k in trie if k)
    guard = f"(?=[{''.join(map(re.escape, firsts))}])" if len(firsts) >= _GUARD else ""
    return guard + _trie_to_regex(trie)


# Python's regex engine tries the alternatives of a group one after the other, so an alternation of
# 1,700 first characters (the verbs) costs hundreds of comparisons at each position.  A group with
# more alternatives than this is cut into runs of neighbouring characters, each behind a range test
# ``(?=[甲-乙])`` that skips the whole run at once: the same matches, six times faster on the verbs.
# The top level is cut only when it is very wide: below that, the engine's own scan for a first
# character (which a leading range test disables) is faster.
_RUN = 32
_TOP_RUN = 512
# A list of words with this many first characters or more opens with a look-ahead for them: a position where no
# word begins fails at one class test, not after trying each first character in turn (a match at one position, as
# most readers ask, 1.1 to 3.5 times as fast for the verbs, regions, organs and corpus names).
_GUARD = 200


def _trie_to_regex(node: dict, depth: int = 0) -> str:
    ends_here = "" in node
    keys = sorted(k for k in node if k)
    branches = [re.escape(ch) + _trie_to_regex(node[ch], depth + 1) for ch in keys]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    if len(branches) > (_TOP_RUN if depth == 0 else _RUN):
        size = max(_RUN, math.isqrt(len(branches)) + 1)
        runs = [f"(?=[{re.escape(keys[i])}-{re.escape(keys[min(i + size, len(keys)) - 1])}])"
                f"(?:{'|'.join(branches[i:i + size])})" for i in range(0, len(branches), size)]
        alt = "(?:" + "|".join(runs) + ")"
    else:
        alt = "(?:" + "|".join(branches) + ")"
    # Longest alternatives come first because each branch is greedy and the
    # empty alternative (a word ending here) is tried last.
    return alt + "?" if ends_here else alt


def finditer_from(regex: re.Pattern[str], starts: re.Pattern[str], text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, pos)`` for a regex whose matches are never empty and always begin with a
    character of ``starts`` (a character class): much faster where the regex itself opens with a repeated
    group, which keeps the engine from scanning ahead (``led_by``)."""
    return led_by(regex, starts).finditer(text, pos)


def search_from(regex: re.Pattern[str], starts: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``regex.search(text, pos, endpos)`` for a regex whose matches always begin with a character of
    ``starts`` (a character class), as ``finditer_from``."""
    return led_by(regex, starts).search(text, pos, endpos)


def led_by(regex: re.Pattern[str], starts: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` behind a look-ahead for a character of ``starts``: the engine skips, in C, every position
    where no match can begin, and tries the regex only where one can (the same matches, at the same
    places).  Twice as fast as searching ``starts`` and matching ``regex`` in a loop of Python calls.

    Built once per pair and kept, known by identity: a pattern's hash reads its whole compiled code
    (120 microseconds for the verbs), too slow for a cache key at every call."""
    key = (id(regex), id(starts))
    hit = _LED.get(key)
    if hit is None or hit[0] is not regex or hit[1] is not starts:
        if len(_LED) >= 64:
            _LED.clear()
        hit = _LED[key] = (regex, starts, re.compile(f"(?={starts.pattern})(?:{regex.pattern})", regex.flags))
    return hit[2]


_LED: dict[tuple[int, int], tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {}


def compile_words(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(words_pattern(words))


_SENTENCE_BREAK = re.compile(r"[。！？!?；;\n]+")


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[TextSpan]:
    """Spans of sentences (ending with their final punctuation or a newline)."""
    end = len(text) if end is None else end
    begin = start
    for m in _SENTENCE_BREAK.finditer(text, start, end):
        stop = m.end()
        if text[begin:stop].strip():
            yield (begin, stop)
        begin = stop
    if begin < end and text[begin:end].strip():
        yield (begin, end)


def strip_span(text: str, span: TextSpan) -> TextSpan:
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


# the site a web page's title names after its headline (…-香港商报, …_某某网, …-吉林站李某2502649, …——中新网)
SITE_AFTER_TITLE = re.compile(r"(?<=.{6})\s*[-_|｜丨]\s*[\u3400-\u9fff]{2,10}(?:网|报|站|新闻|在线|频道|客户端)[\w\s]*$"
                              r"|(?<=.{6})\s*——?\s*[\u3400-\u9fff]{2,8}(?:网|报|新闻|在线|客户端)$"
                              r"|(?<=.{6})\s*——?\s*[^，,。；;—]{2,30}[|｜][^，,。；;]*$")   # …推进会——某某云|某栏目-某站
_SITE_SEPARATORS = "-_|｜丨—"       # one of them stands in every match of SITE_AFTER_TITLE


def without_site_after_title(line: str) -> str:
    """``SITE_AFTER_TITLE.sub("", line)``, without trying the regex at each place of a line that has none of its
    separators (most lines)."""
    return SITE_AFTER_TITLE.sub("", line) if any(c in line for c in _SITE_SEPARATORS) else line


# A photo's caption: ■某交流团与某主席合照。, 某某(左)向某某赠送…, …。本报记者某某摄, (中评社 某某摄).  Printed
# between a web page's headline and its lead, it belongs to the story under it.
_PHOTO_CAPTION_RE = re.compile(r"^[■▲△●]|(?:摄|供图|图)[)）]?\s*[|｜]?$|[(（](?:左|中|右|前排|后排)[一二三四五六七八九十\d]*[)）]"
                               r"|合影|合照|[(（]图片来源[:：][^()（）]{1,20}[)）]$")
PHOTO_CAPTION_MAX = 80
_CREDITED_CAPTION_MAX = 160     # a caption closed by its photographer's credit may run longer (…端坐一排。某报记者某某摄)
# a photographer's credit closing a caption or a line (…。本报记者某某摄, □记者 某某 供图)
CREDIT_END_RE = re.compile(r"(?:记者|通讯员)[^。，,]{1,12}(?:摄|供图)$")
# a photographer named after a caption's last sentence, with no 记者 (…在兰州开幕。 杨艳敏 摄)
NAMED_CREDIT_END_RE = re.compile(r"[。！？)）]\s*(?:[\u3400-\u9fff]{2,4}\s*){1,3}(?:摄|摄影|供图)$")


def photo_caption(line: str) -> bool:
    """Is ``line`` a photo's caption (short, with a photo mark, a photo credit, a position in the photo)?

    >>> photo_caption("■某某交流团与某主席合照。"), photo_caption("某市长(左)向客人赠送纪念品。")
    (True, True)
    >>> photo_caption("3月5日,某某在某县调研。")
    False
    """
    if len(line) <= _CREDITED_CAPTION_MAX and CREDIT_END_RE.search(line):
        return True
    return len(line) <= PHOTO_CAPTION_MAX and _PHOTO_CAPTION_RE.search(line) is not None
