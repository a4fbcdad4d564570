"""Roles of persons a sentence refers back to without naming them: 新当选人员…进行了宪法宣誓 (the persons elected
just before), 仪式前,双方进行了座谈 (the persons of the sentence before).  ``extract.roles`` asks these of every
sentence that names no one.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from extract.officials import NameMention
from extract.records import Role
from extract.textutil import CLAUSE_END, sentences
from extract.vocab import Vocabulary


# 新当选的乡政府、乡人大领导…举行宪法宣誓仪式 / 新当选人员…进行了宪法宣誓: a group named as the newly elected
# is the persons elected just before (…当选…, 选举甲为…); they take the verbs role_governors.tsv marks
# ``elected`` (宣誓).
_NEWLY_ELECTED = re.compile(r"新当选(?:的|人员|者)")
_ELECTION = re.compile(r"当选|选举")
_ELECTION_REACH = 2                 # paragraphs, this one included, where the election is looked for


# 仪式前,双方进行了座谈 / 会见中,双方就…进行了交流: a sentence of both sides, who are the persons just named;
# what they talked in (加强交流, 交流会) is none
_TALKS = re.compile(r"(?:(?<=双方)|(?<=进行|展开)了?(?:深入|友好|坦诚|广泛|亲切|热烈)*的?)"
                    r"(?P<verb>座谈|交流|会谈|洽谈|商谈|交谈|会晤)(?=[,，。；;和与并]|$)")
_BOTH_SIDES_SENTENCE = re.compile(r"\s*(?:[^,，。；;\n]{1,8}[,，])?\s*(?:宾主|会谈|会见|座谈)?双方(?!约定|一致|均|都|表示)")


def by_both_sides(text: str, s_start: int, s_end: int, named: Sequence[NameMention],
                   vocab: Vocabulary) -> list[tuple[NameMention, Role]]:
    """The persons of the sentence before one whose subject is 双方 and names no one, each with its verbs."""
    both = _BOTH_SIDES_SENTENCE.match(text, s_start, s_end)
    if both is None or not named:
        return []
    said = vocab.speech_re.search(text, both.end(), s_end)
    verbs = _TALKS.finditer(text, both.end(), said.start() if said else s_end)
    return [(g, Role(v.group("verb"), v.span("verb"))) for v in verbs for g in named]


def by_the_newly_elected(text: str, s_start: int, s_end: int, people: Sequence[NameMention],
                          vocab: Vocabulary) -> list[tuple[NameMention, Role]]:
    """The persons elected before a sentence whose subject is the newly elected, each with its verb."""
    group = _NEWLY_ELECTED.search(text, s_start, s_end)
    if group is None:
        return []
    verbs = [m for m in vocab.role_re.finditer(text, group.end(), s_end)
             if vocab.role_governors.get(m.group()) == "elected"]
    if not verbs:
        return []
    since = s_start
    for _ in range(_ELECTION_REACH):
        since = text.rfind("\n", 0, max(since - 1, 0)) + 1
    out = []
    for a, b in sentences(text, since, s_start):
        election = _ELECTION.search(text, a, b)
        if election is None:
            continue
        for m in people:
            # 王杰当选… / 选举了孙继远为…: a name after the sentence's first 选举, or in a clause with 当选
            clause = (max([a] + [text.rfind(c, a, m.span[0]) + 1 for c in CLAUSE_END]),
                      min([b] + [k for k in (text.find(c, m.span[1], b) for c in CLAUSE_END) if k >= 0]))
            if a <= m.span[0] < b and (m.span[0] > election.start() or "当选" in text[clause[0]:clause[1]]):
                out += [(m, Role(v.group(), v.span())) for v in verbs[:1]]
    return out
