"""Labels over lists of those who took part: the verb each listed person takes (``extract.roles`` step).

    出席闭幕会的领导同志还有:A、B    a label of a participation verb, 的, a noun and 有/是, and a colon
    出席活动的国外嘉宾有A,B         the same without a colon (有, 还有, 包括)
    在主席台前排就座的领导有:A、B    a seat before the verb (就座)
    某同乡会出席的领导还有A、B      the body whose people attended, written before the verb

    label_verb(text, s_start, s_end, vocab) -> (verb, span of the label, whether it is the bare verb) or None
"""
from __future__ import annotations

import re

from extract.records import TextSpan
from extract.vocab import Vocabulary

__all__ = ["PLATFORM", "label_verb"]

# 出席闭幕会的领导同志还有:A、B / 列席会议的有:… / 出 席:A、B (minutes): a label made of a participation
# verb (and 的, a noun and 有/是), then a colon; each person listed after it takes the verb.
# The groups after 的 may be long where they end with a noun for people (…的市委、市人大常委会、市政府领导有).
_LABEL_TAIL = re.compile(r"[^,，。;；“”]{0,24}?的(?:[^,，。;；“”]{0,12}?(?:还有|有|是|为|包括)"
                         r"|[^,，。;；“”]{0,22}?(?:领导|嘉宾|同志|负责人|人员)(?:还有|有|包括))")
# 出席嘉宾包括, 出席领导有, 出席主礼嘉宾有: the guests by a noun, no 的
_GUESTS_TAIL = re.compile(r"(?:观礼|典礼|仪式|活动)?(?:的)?(?:主礼|特邀)?(?:嘉宾|贵宾|来宾|领导|官员|人士|人员|成员)(?:还)?"
                          r"(?:包括|有)[:：]?")       # (出席观礼嘉宾包括: the guests who attended and watched)
_COME_LEAD = re.compile(r"(?:前来|来|到|随同|一同)[^,，。;；的]{0,6}?(?=考察|访问|调研|参观|视察|参加|出席)")
_WHEN_LEAD = re.compile(r"(?:当晚|当天|当日|昨晚|昨天|今天|是日|上午|下午|晚上)")
_AGENT_TAIL = re.compile(r"者(?:还)?(?:包括|有|为|是)[:：]?")
_LABEL_LEAD = ("应邀", "另外", "此外")
_ASIDE = re.compile(r"(?:另外|此外|同时)[,，]")
PLATFORM = "在(?:主席台|台上)?(?:前排|上)?(?<!在)"      # 在主席台, 在前排, 在主席台前排 (not 在 alone)
_SEATED_LEAD = re.compile(rf"(?:{'|'.join(_LABEL_LEAD)})?(?:{PLATFORM}(?=就座|就坐|落座))?")     # (always matches)
_SIDE = re.compile(r"^(?:[\u4e00-\u9fff]{1,20}方面|[中外我双]方)")   # the side a label speaks for (上海方面, 中方)
_NOT_A_LIST = set("关力序效益利望所着")          # 有关, 有力 …: not 有 opening a list


def label_verb(text: str, s_start: int, s_end: int, vocab: Vocabulary) -> tuple[str, TextSpan, bool] | None:
    """The participation verb of a sentence that opens with a list label (出席会议的还有:), if any, and
    whether the label is the bare verb (出 席:), whose list may go on over the next lines.  A label that names
    several groups before its colon (应邀出席大会的市领导,驻区单位负责人,特邀老领导有:) may be longer."""
    found = _label_verb(text, s_start, s_end, vocab)
    if found is not None:
        return found
    topic = _TOPIC.match(text, s_start, s_end)
    if topic is not None and vocab.role_re.match(text, topic.end()) is not None:
        found = _label_verb(text, topic.end(), s_end, vocab)    # 某同乡会春酒活动,出席的有A、B: the occasion first
        if found is not None:
            return found
    i = s_start + len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip())
    colon = min((k for k in (text.find(":", i, i + _GROUPS_MAX), text.find("：", i, i + _GROUPS_MAX)) if 0 <= k < s_end),
                default=None)
    lead = _SEATED_LEAD.match(text, i, colon) if colon is not None else None
    verb = vocab.role_re.match(text, lead.end(), colon) if lead is not None else None
    if verb is None or _GROUPS_TAIL.fullmatch(text, verb.end(), colon) is None:
        return None
    return verb.group(), (i, colon), False


# 某同乡会春酒活动,|出席的有: the occasion a label's list attended, named before it and a comma
_TOPIC = re.compile(r"\s*[^,，。;；:：、\s]{2,16}[,，]")


# …的市区党、政、军领导,驻区单位负责人,特邀老领导有: the groups, commas between them, before the colon
_GROUPS_MAX = 80
_GROUPS_TAIL = re.compile(r"[^,，。;；“”]{0,24}?的[^。;；“”:：]{0,50}?(?:还有|有|是|为|包括)")


def _label_verb(text: str, s_start: int, s_end: int, vocab: Vocabulary) -> tuple[str, TextSpan, bool] | None:
    i = s_start
    while i < s_end and text[i].isspace():
        i += 1
    if (aside := _ASIDE.match(text, i, s_end)) is not None:
        i = aside.end()         # 另外,会上发表讲话的还有A、B: the word that adds this list, then a comma
    limit = min(s_end, i + 48)
    colon = min((k for k in (text.find(":", i, limit), text.find("：", i, limit)) if k >= 0), default=None)
    if colon is None:
        # 出席活动的国外嘉宾有A,B,C等: the label ends with 有 (还有, 包括) and no colon
        when = _WHEN_LEAD.match(text, i, limit)             # 当晚出席嘉宾包括A,B…: the time before the label
        lead = _SEATED_LEAD.match(text, when.end() if when else i, limit)    # 应邀出席…, 在主席台就座的有
        verb = vocab.role_re.match(text, lead.end(), limit)
        tail = _LABEL_TAIL.match(text, verb.end(), limit) if verb else None
        guests = _GUESTS_TAIL.match(text, verb.end(), limit) if verb and tail is None else None
        if verb is None and tail is None:      # 前来我省考察的还有A,B: who came to do it
            come = _COME_LEAD.match(text, i, limit)
            verb = vocab.role_re.match(text, come.end(), limit) if come else _subject_verb(text, lead.end(), limit, vocab)
            tail = _LABEL_TAIL.match(text, verb.end(), limit) if verb else None
        if guests is not None:
            return verb.group(), (i, guests.end()), False
        if tail is None:            # 记者会出席者包括A、B: those who attended, after the occasion's name
            verb = vocab.role_re.search(text, i, min(limit, i + 12))
            tail = _AGENT_TAIL.match(text, verb.end(), limit) if verb else None
            if tail is not None:
                return verb.group(), (i, tail.end()), False
        if tail is None or text[tail.end():tail.end() + 1] in _NOT_A_LIST or "的" not in tail.group():
            return None
        return verb.group(), (i, tail.end()), False
    label = _SIDE.sub("", re.sub(r"\s", "", text[i:colon]), count=1)       # 上海方面出席的领导还有: the side
    label = label[next((len(w) for w in _LABEL_LEAD if label.startswith(w)), 0):]
    label = label[_SEATED_LEAD.match(label).end():]          # 在主席台前排就座的领导有: the seat before the verb
    m = vocab.role_re.match(label) or _subject_verb(label, 0, len(label), vocab)   # 长崎县出席的有: the body first
    if m is None:       # 某商会出席人员包括: the body, then the verb and the people with no 的
        m = next((v for v in vocab.role_re.finditer(label, 0, _SUBJECT_MAX + 2) if _GUESTS_TAIL.fullmatch(label, v.end())),
                 None)
    if m is None:
        return None
    rest = label[m.end():]
    if rest and _LABEL_TAIL.fullmatch(rest) is None and _GUESTS_TAIL.fullmatch(rest) is None:
        return None     # (出席嘉宾包括:, 出席人员有:)
    return m.group(), (i, colon), not rest


_SUBJECT_MAX = 10          # 同乡会出席的领导还有: the body whose people attended, written before the verb


def _subject_verb(text: str, start: int, limit: int, vocab: Vocabulary) -> re.Match | None:
    """The verb of a label led by the body whose people took part (某同乡会出席的领导还有A、B): the last
    participation verb before the label's 的, at most ``_SUBJECT_MAX`` characters of words after ``start``."""
    de = text.find("的", start, limit)
    if de < 0 or _SENTENCE_STOPS.search(text, start, de):
        return None
    verbs = [m for m in vocab.role_re.finditer(text, start, de) if m.start() - start <= _SUBJECT_MAX]
    return verbs[-1] if verbs and verbs[-1].start() > start else None


_SENTENCE_STOPS = re.compile(r"[,，。;；:：“”!！?？\s]")
