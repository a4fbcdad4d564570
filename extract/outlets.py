"""Media outlets an article names by where it names them, whatever their names end with.

- a source line names the publisher (来源:某某网, 文章来源:某某日报·某某客户端);
- a paper or a magazine in 《》 is the organization that publishes it (据《某某日报》报道);
- a site heads the copy it carries with its name alone on a line in 【】 (【某某网】).

``extract.organizations`` adds them to the organizations it finds by their endings.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from extract.org_names import is_place, tail_kind
from extract.records import OrgKind, TextSpan
from extract.vocab import Vocabulary


# A source line names the publisher of the article: 来源:某某网, 文章来源:某某日报·某某客户端, (来源于某某网).
# Not after a quotation mark (注明“来源:…” is a reprint notice); the fields of the line end it.
_SOURCE_LINE = re.compile(r"(?<![“\"'‘])(?:来源|来自|转自|稿源)(?:[:：]|于(?=[\u4e00-\u9fff]{2,12}[)）]))"
                          r"[ \t\u3000]*([\u4e00-\u9fff·•—\-－]{2,40})")
_SOURCE_PARTS = re.compile(r"[·•—\-－]+")
_SOURCE_NOT_NAMES = ("作者", "发布", "时间", "编辑", "本站", "本网", "网络", "原创", "互联网")
_MEDIA_ENDINGS = re.compile(r"网|报|在线|客户端|电视台|广播电台")
_LONG_SOURCE = 12
_GLUED_META = re.compile("浏览|阅读|点击|发布(?:时间|日期)|作者|编辑(?!部)|时间|字号")   # (not 某某发布: an outlet)


# A newspaper or a magazine is named in 《》 as a work is (据《某某日报》报道, 摘自《某某晚报》): its name is
# the organization that publishes it (media); a bulletin or a report is no publisher (《某市人民政府公报》).
_PAPER_IN_TITLE = re.compile(r"《([\u4e00-\u9fff]{1,10}(?:日报|晚报|早报|晨报|时报|商报|快报|导报|周报|画报|青年报"
                             r"|杂志|周刊|月刊|半月谈))》")


# An outlet's name alone on a line in lenticular brackets, the way sites head the copy they carry (【某某网】).
# (A line that dates an outlet's copy, 某某日报 2016-12-06, is page furniture, not in the article's text.)
_OUTLET_LINE = re.compile(r"^[ \t\u3000]*【([\u4e00-\u9fff]{2,12}?(?:网站|网|日报|晚报|早报|晨报|时报|商报|在线|电视台"
                          r"|广播电台|客户端|频道))】[ \t\u3000]*$", re.M)


def outlets(text: str, start: int) -> Iterator[tuple[str, TextSpan]]:
    """Papers named in 《》 and outlets alone on a line in 【】: media, whatever their names end with."""
    for regex in (_PAPER_IN_TITLE, _OUTLET_LINE):
        for m in regex.finditer(text, start):
            yield m.group(1), m.span(1)


def sources(text: str, start: int, vocab: Vocabulary) -> Iterator[tuple[str, TextSpan, OrgKind]]:
    """The publishers named on source lines (来源:某某网 作者:…): media unless their ending says otherwise.

    A long run glued to the next line (来源:某某公众信息网某某会见…) is cut after its first media ending; so is
    one the row's next field runs into (来源:某某集团官网浏览量:742次, 来源:某某日报俄罗斯当地时间…).
    """
    for m in _SOURCE_LINE.finditer(text, start):
        pos = m.start(1)
        for part in _SOURCE_PARTS.split(m.group(1)):
            begin, pos = pos, pos + len(part) + 1
            glued = _GLUED_META.search(part)        # 来源:某某集团官网浏览量:742次, 来源:某某日报⏎俄罗斯当地时间…:
            part = part[:glued.start()] if glued else part      # the row's next field or the next line run in
            ending = _MEDIA_ENDINGS.search(part, 2)
            if len(part) > _LONG_SOURCE and not ending:
                continue
            if ending and (len(part) > _LONG_SOURCE or glued):
                part = part[: ending.end()]
            half = len(part) // 2
            if len(part) % 2 == 0 and part[:half] == part[half:]:
                part = part[:half]      # 某某网某某网: a line and its repeat joined
            if part.endswith("讯") and part[-2:-1] in ("报", "网", "社"):
                part = part[:-1]        # 来源:某某网讯: the outlet of a dateline (来源:本报讯: none)
            if len(part) < 2 or part.startswith(_SOURCE_NOT_NAMES) or part.startswith("本") or is_place(part, vocab):
                continue
            yield part, (begin, begin + len(part)), tail_kind(part, vocab) or OrgKind.MEDIA
