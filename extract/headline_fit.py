"""Does a headline belong to a body?  Character bigrams shared and the leader a headline opens with.

    bigram_set(text)              -> the pairs of Chinese characters in ``text``
    speaks_of(line, body)         -> at least half of the line's pairs occur in the body
    leader_names(headline, cues)  -> names that open a headline before a headline verb (王某在…强调)
    fits(headline, body, cues)    -> a headline led by a name fits only a body that names that person
    site_above(lines, crumb)      -> what stands above a web page's breadcrumb is the site's header

Used by the page splitter (``extract.page``) to place headlines over bodies.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from extract.lines import Line
from extract.masthead import CJK_RE, PageCues
from extract.vocab import JURISDICTION_CHARS


def bigram_set(text: str) -> set[str]:
    cjk = [c for c in text if CJK_RE.match(c)]
    return {a + b for a, b in zip(cjk, cjk[1:])}


_DOTTED_NAME_RE = re.compile(r"^[\u3400-\u9fff]{1,7}(?:[·•・][\u3400-\u9fff]{1,8})+")


def leader_names(headline: str, cues: PageCues) -> list[str]:
    """Names at the start of a headline followed by a headline verb: 王海涛在…强调 -> [王海涛]."""
    names = []
    dotted = _DOTTED_NAME_RE.match(headline)
    if dotted:
        # 买买提江·吾守尔在全县…: the last part ends at the first headline verb after two of its characters
        last_dot = max(headline.rfind(c, 0, dotted.end()) for c in "·•・")
        for k in range(last_dot + 3, dotted.end() + 1):
            if any(headline[k:k + n] in cues.verbs for n in range(1, cues.verb_max + 1)):
                return [headline[:k]]
    for k in (2, 3, 4):
        cand = headline[:k]
        if len(cand) < k or not all(CJK_RE.match(c) or c in "·•" for c in cand):
            break
        after = headline[k:]
        if not any(after[:n] in cues.verbs for n in range(1, cues.verb_max + 1)):
            continue
        if cues.surnames is not None and cand[0] not in cues.surnames and cand[:2] not in cues.surnames:
            continue
        if cues.labels is not None and cand in cues.labels:
            continue
        if cand[-1] in JURISDICTION_CHARS:
            continue            # 东平县召开…: a county that opens the headline, not a person
        names.append(cand)
    return names


def pair_share(line: str, body: str) -> float:
    """The share of ``line``'s character pairs that occur in ``body`` (0 for a line with none)."""
    pairs = bigram_set(line)
    return sum(p in body for p in pairs) / len(pairs) if pairs else 0.0


def speaks_of(line: str, body: str) -> bool:
    """Do at least half of ``line``'s character pairs occur in ``body``?"""
    return pair_share(line, body) >= 0.5


def fits(headline: str, body: str, cues: PageCues) -> bool:
    names = leader_names(headline, cues)
    return not names or any(name in body for name in names)


# A web page's breadcrumb (您当前所在位置:首页 > 政协会议 > 正文, > HOME > 活动公告 > 焦点新闻).
BREADCRUMB_RE = re.compile(r"(?:当前|所在|您的|我的|現在|當前)位置\s*[:：]|[>＞»›]\s*[^>＞»›\n]{1,12}\s*[>＞»›]")
_CRUMB_HEADLINE_MIN = 8     # a headline above the breadcrumb is a sentence's length; a site's label (政协会议) is not


def site_above(lines: Sequence[Line], crumb: int) -> bool:
    """Are the lines above a web page's breadcrumb (``lines[crumb]`` is the first below it) the site's name, log-in
    box and menu?  Not where a sentence stands there, nor a headline of a sentence's length that speaks of the body."""
    if any(ln.closed for ln in lines[:crumb]):
        return False
    body = "".join(ln.text for ln in lines[crumb:crumb + 8])
    return not any(ln.headline_like and len(ln.text) >= _CRUMB_HEADLINE_MIN and speaks_of(ln.text, body)
                   for ln in lines[:crumb])
