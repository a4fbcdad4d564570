"""The type of an event (meeting, session, signing …) by its name and the verbs of those who took part.

    event_kind(name, words, vocab) -> EventKind

The types follow the field set's gold (``benchmarks/field``): 会见 is a meeting, a standing committee's sitting
is a session, a 签约仪式 a signing; the nouns and verbs that decide are lexicon data (``event_nouns``,
``roles``, ``event_triggers``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from extract.records import EventKind
from extract.vocab import Vocabulary

__all__ = ["event_kind"]

# 十四届全国人大三次会议, 政协某县第十一届委员会第二次会议: a congress's or a CPPCC's session written short; so
# too a sitting of its standing committee or of a session's presidium (县十七届人大常委会第五次会议, 某会议主席团
# 第三次会议), which the field gold types as sessions; its chairs' and directors' meetings are meetings
# (某政协主席会议, 某人大常委会主任会议), as are a party committee's (市委常委会会议: no 人大 or 政协 in it).
_ABBREVIATED_SESSION = re.compile(r"(?:人大|政协|人代会)[^会]{0,12}?(?:届|次会议|全体会议)|届[^会]{0,8}?(?:人大|政协)"
                                  r"|(?:人大|政协)(?:常委会|常务委员会)[^,，。]{0,12}?次会议")
_STANDING_BODY = re.compile(r"主席会议|主任会议")
_NOUN_MAX = 10


def event_kind(name: str, words: Sequence[str], vocab: Vocabulary) -> EventKind:
    """The type of the event noun that ends the name (…对话会: forum; …项目签约仪式: signing; a session's meeting is
    the session), or of its last one; a meeting verb before a party's noun (某某会见某访问团: a meeting) or, with
    no noun, the name's first participation verb; else the participants' verbs."""
    best = None
    session = False
    for m in vocab.event_noun_re.finditer(name):
        best = vocab.event_nouns[m.group()]
        session = session or best == "session"
    ending = next((name[-k:] for k in range(min(len(name), _NOUN_MAX), 1, -1) if name[-k:] in vocab.event_nouns), None)
    if ending is not None:      # (项目签约|仪式: the noun that ends the name, not the last one the search met)
        best = vocab.event_nouns[ending]
    verb = vocab.role_re.search(name)
    kind, whom = vocab.roles.get(verb.group(), ("", "")) if verb else ("", "")
    if verb and (best is None or (whom == "object" and kind == "meeting" and best in ("visit", "other"))):
        best = kind or best     # (某某会见某考察访问团, 某代表团拜访某会: what the subject did)
    if (session or _ABBREVIATED_SESSION.search(name)) and best in ("meeting", "ceremony", "other") \
            and not _STANDING_BODY.search(name):
        best = "session"                    # …人民代表大会第一次会议, 十四届全国人大三次会议: the session
    if best in (None, "other") and (hits := vocab.event_kind_word_re.findall(name)):
        best = vocab.event_kind_words[hits[-1]]     # (某县十个项目集中开工, 某团赴某地开展招商活动, 某某督察防汛工作)
    if best is None:
        for w in words:
            info = vocab.roles.get(w)
            if info and info[0] != "other":
                best = info[0]
                break
            trig = vocab.event_triggers.get(w)
            if trig and trig != "other":
                best = trig
                break
    try:
        return EventKind(best) if best else EventKind.OTHER
    except ValueError:
        return EventKind.OTHER
