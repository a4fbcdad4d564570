"""Roles: the participation verbs of which each person is the subject (出席, 主持, 陪同 …).

The subject of a sentence carries over its clauses until a new name opens a clause
after a verb (商务部副部长盛秋平,省委常委、市委书记刘非致辞,副省长卢山…出席: 致辞 for
the first two, 出席 for the rest).  A name after the verb in the same clause is
its object: a participant with no role from that verb (走访慰问高层次人才聂建明).
Leaders named only in ideological phrases (习近平总书记关于…) have no role (``ideology_spans``).

    ideology_spans(text, mentions, vocab)          -> the spans of such mentions
    assign_roles(text, mentions, vocab, skip=...)  -> each mention's roles, and the objects of verbs
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from extract.officials import NameMention
from extract.records import Role, TextSpan
from extract.referred import by_both_sides, by_the_newly_elected
from extract.reports_made import made_items, reports_made
from extract.role_labels import PLATFORM, label_verb
from extract.textutil import CLAUSE_END, sentences
from extract.vocab import Vocabulary

__all__ = ["WHILE_MEETING", "assign_roles", "ideology_spans"]

# A role verb right after these is a noun (企业大走访) or is not this person's act.
_NOUN_BEFORE = "大"
_PRONOUNS = ("他", "她")
# 对某某一行来我市考察表示欢迎: a verb inside what 表示欢迎 is about (对 opens it within the clause)
_WELCOMED = re.compile(r"[^,，。；;]{0,6}?表示(?:热烈|衷心|诚挚)?的?(?:欢迎|感谢|谢意)")
_TO_WHOM = re.compile(r"对[^,，。；;]*$")
# how someone came, before a verb of kind ``came`` (role_governors.tsv): 到会祝贺, 到场观礼及祝贺, 在主席台就座,祝贺…
_CAME = re.compile(r"(?:到会|到场|前来|莅临|专程|及|并|就[座坐][,，])$")
# 表示(热烈的)祝贺, 致以祝贺: the verb is the object of 表示
_EXPRESSED = re.compile(r"(?:表示|致以|表达)[^,，。；;、]{0,5}$")
# 接待的工作, 考察的任务: a verb before 的 and one of these names a task, not an act
_DE_NOUNS = ("的工作", "的任务", "的事宜", "的准备")
# 列席人员中的…领导, 陪同人员: a verb before these is part of a noun, not who sat in
_NOUN_AFTER = ("人员",)


def ideology_spans(text: str, mentions: Sequence[NameMention], vocab: Vocabulary) -> set[TextSpan]:
    """Mentions of leaders named only as the authors of doctrine (习近平总书记关于…, 习近平新时代…) or in the name
    of a place in their memory (叶剑英纪念园).

    The lexicon ``ideology_heads`` lists what follows the name in such phrases
    (总书记关于, 主席重要讲话, 新时代中国特色社会主义思想 ...).
    """
    out: set[TextSpan] = set()
    for m in mentions:
        hit = vocab.ideology_re.match(text, m.span[1]) or _MEMORIAL.match(text, m.span[1])
        if hit or _cited(text, m.span):
            out.add(m.span)
    return out


# 叶剑英纪念园, 黄遵宪故居, 张思德铜像, 王昭君的故里: a place named after a person, who is named but was not there
_MEMORIAL = re.compile(r"(?:同志)?(?:纪念园|纪念馆|纪念碑|纪念堂|故居|旧居|陵园|陵墓|墓|铜像|雕像|塑像|展览馆|生平|的?故里)")


# 会议传达学习了某某在某地调研时的讲话精神: a leader whose words are studied, not one who was there
_STUDIED = re.compile(r"传达|学习|贯彻")
_WORDS_OF = re.compile(r"[^，,；;。\n]*?(?:讲话|指示|批示|贺信|贺电|致辞|报告)精神")


# 根据自治区常务副主席某某作出的"…"的指示精神, 按照市委书记某某的要求: a leader whose instruction the
# act follows; the act is not theirs
_FOLLOWING = re.compile(r"根据|按照|遵照|依照|依据")
_INVITED = re.compile(r"(?:^|[\s,，。)）])应(?!邀|该|当|急|对|用)")
_INVITATION_OF = re.compile(r"[^,，。；;\n]{0,60}?(?:的)?(?:邀请|邀约|盛邀)")
_INSTRUCTION_OF = re.compile(r"(?:同志)?(?:(?:作出|提出|所作|作|下达)的|关于|的)[^。；;\n]{0,80}?"
                             r"(?:指示|批示|要求|部署|精神|安排)")


def _cited(text: str, span: TextSpan) -> bool:
    start = max(text.rfind(c, 0, span[0]) for c in "。；;\n") + 1
    if _STUDIED.search(text, start, span[0]) is not None and _WORDS_OF.match(text, span[1]) is not None:
        return True
    comma = max(text.rfind(c, 0, span[0]) for c in ",，") + 1
    clause, invited_in = max(start, span[0] - 40, comma), max(start, span[0] - 90, comma)
    if _INVITED.search(text, invited_in, span[0]) is not None and _INVITATION_OF.match(text, span[1]) is not None:
        return True         # 应某国某部长某某的邀请,…: who invited, not who came
    return (_FOLLOWING.search(text, clause, span[0]) is not None
            and _INSTRUCTION_OF.match(text, span[1]) is not None)


# 宣布开幕, 宣布大会闭幕, 宣布项目开工: the formula that opens or closes an occasion, its clause closed after it
_OPENING_DECLARED = re.compile(r"宣布[^,，。;；“”\n]{0,12}?(?:开幕|闭幕|开工|开始|启动|成立|开园|开通|开业|开赛|结束|开馆)"
                               r"(?=[,，。;；]|$)")


# 应邀出席大会并在主席台就座的有A、B: a second verb of the label after 并, which each listed person takes too
_AND_THEN = re.compile(rf"并(?:{PLATFORM})?")
_LIST_FILLER = frozenset("、,，;； \u3000\t\n。.")


def _only_names(text: str, s_start: int, s_end: int, people: Sequence[NameMention]) -> bool:
    """Is the sentence nothing but the names of ``people`` and list punctuation (a list line)?"""
    covered = set()
    for m in people:
        covered.update(range(m.span[0], m.span[1]))
    return bool(people) and all(k in covered or text[k] in _LIST_FILLER or text[k].isspace()
                                for k in range(s_start, s_end))


def _role_heads(word: str, vocab: Vocabulary) -> tuple[str, ...]:
    return vocab.role_compounds.get(word) or (word,)


# 仪间光男率经济考察团: 率 right after a name leads a delegation (率先 is an adverb; 率领, 率团 are roles).
_LEADS = "率"
_LEADS_NOT_BEFORE = "先领队团"
# 在市委书记A、市长B的陪同下: the persons named there escort the subject of the sentence.
# (在…团结带领下 is the phrase of a leadership's duty, not an act.)
_ESCORTED = re.compile(r"在[^在。；;:：]{1,200}?(?<!团结)(?<!团结和)的?(?P<verb>陪同|带领|率领)下")
# Between two verbs that a governing verb governs both of: 陪同座谈并实地检查, 参加调研和座谈
_CHAINED = re.compile(r"[并和及、]?(?:实地|现场|深入)?")
# A list of things ending in 等 before a verb: the things are its subject (A项目、B项目等进行签约).
_THING_LIST = re.compile(r"、[^,，。；;]*等")


# 与|参加仪式的|领导交流, 向|出席会议的|代表致意: a verb right after a preposition, in a clause closed by 的,
# says who the object is, not what the subject did
_PREPOSITIONS_BEFORE_CLAUSE = "与同向对和给"
_OBJECT_CLAUSE = re.compile(r"[^,，。;；:：!！?？、]{0,16}?的")


def _modifies_object(text: str, m: re.Match, s_end: int) -> bool:
    """Is the verb ``m`` inside a clause that describes the object of a preposition (与|参加仪式的|领导)?"""
    return (m.start() > 0 and text[m.start() - 1] in _PREPOSITIONS_BEFORE_CLAUSE
            and text[m.start() - 2:m.start()] not in _TOGETHER                     # (共同签署了…的协议)
            and _OBJECT_CLAUSE.match(text, m.end(), s_end) is not None)


_CLAUSE_MARK = re.compile("[" + re.escape(CLAUSE_END + " \u3000") + "]")     # where a clause ends (a space too)
# An act done, whatever its verb (甲传达了会议精神,乙主持会议: 甲's clause is whole; 了解, 为了, 除了 are no such 了).
_DONE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![为除到])了(?![解结])")
_TOGETHER = frozenset({"共同", "一同", "会同", "陪同", "协同", "连同", "偕同", "随同"})


def _sentence_items(text: str, s_start: int, s_end: int, people: Sequence[NameMention],
                    vocab: Vocabulary, perf: tuple[str, ...], ends: frozenset[int]) -> list[tuple[int, str, object]]:
    """Persons, role verbs, speech verbs and clause ends of one sentence, in text order.

    ``people`` are the mentions that start in the sentence; ``ends`` where every mention of the article ends.
    """
    items: list[tuple[int, str, object]] = [(m.span[0], "person", m) for m in people]
    previous: re.Match | None = None
    chain_governed = False
    for m in vocab.role_re.finditer(text, s_start, s_end):
        governed = previous is not None and (
            (text[previous.end():m.start()] in ("", "了")               # 参加(了)会见: 参加
             and vocab.role_governors.get(previous.group()) == "governs")
            or (chain_governed and _CHAINED.fullmatch(text, previous.end(), m.start()) is not None))
        # 参加|会见: 参加 only; 陪同座谈并实地检查: 陪同 governs both
        inside_place = vocab.region_re.match(text, m.end() - 1)             # 省会|合肥: no 会合
        if inside_place and inside_place.end() - m.end() >= 1 and not governed:
            previous = m
            continue
        governor = vocab.word_ends_at(text, m.start(), vocab.role_governors, max_len=4)
        heard = governor is not None and vocab.role_governors.get(governor) in ("hears", "duty") or \
            _heard_of(text, s_start, m.start(), vocab, people)
        event_noun = vocab.event_noun_re.match(text, m.start())              # 座谈会, 签约仪式: a noun
        group_noun = _opens_body(text, m.start(), vocab)                        # 考察团: a noun
        post = vocab.post_re.match(text, m.start())                          # 巡视员, 督导员: a post
        came = vocab.role_governors.get(m.group()) != "came" or _CAME.search(text, max(0, m.start() - 4), m.start())
        # 会见时在座: the time of another verb; 对某某一行来我市考察表示欢迎: what is welcomed, not an act
        while_other = text.startswith("时", m.end()) and vocab.role_re.match(text, m.end() + 1) is not None
        welcomed = _WELCOMED.match(text, m.end()) is not None and \
            _TO_WHOM.search(text, max(s_start, m.start() - 40), m.start()) is not None
        if while_other or welcomed or _modifies_object(text, m, s_end):
            previous = m
            continue
        if came and not (governed or heard or group_noun or _is_noun_use(text, m.start(), m.end())
                or (event_noun and event_noun.end() > m.end()) or (post and post.end() > m.end())):
            items.append((m.start(), "verb", (m.group(), m.span())))
        chain_governed = governed
        previous = m
    for m in people:
        e = m.span[1]                                                        # 赵明率考察团
        if text.startswith(_LEADS, e) and text[e + 1:e + 2] not in _LEADS_NOT_BEFORE:
            items.append((e, "verb", (_LEADS, (e, e + 1))))
    for m in vocab.speech_re.finditer(text, s_start, s_end):
        # 金承涛强调 / 他还指出: a speech verb right after its speaker; 意见建议 is a noun.
        lead = text[max(s_start, m.start() - 4):m.start()]
        noun = vocab.event_noun_re.match(text, m.start())                  # 出席通报会并送行: a meeting
        if noun is not None and noun.end() > m.end() or vocab.word_ends_at(text, m.end(), vocab.posts) is not None \
                or _opens_body(text, m.start(), vocab):
            continue            # (政协顾问|刘某: 问 ends a post, no speech; 某省祝贺团副团长: a body)
        if any(m.start() - k in ends for k in range(5)) or any(p in lead for p in _PRONOUNS) \
                or (m.start() > s_start and text[m.start() - 1] in ",，"):          # …情况,希望他们…
            items.append((m.start(), "speech", m.end()))
    items += made_items(text, s_start, s_end, vocab, perf, ends)
    for m in _MOTION.finditer(text, s_start, s_end):
        items.append((m.start(), "motion", None))       # 来到困难教师某某家中: the one visited, no subject
    items += [(m.start(), "done", None) for m in _DONE.finditer(text, s_start, s_end)]
    # 甲作出批示,乙出席会议: a verb of its own right after a name makes that name's clause whole, as 了 does
    items += [(m.span[1], "done", None) for m in people if _own_deed(text, m.span[1], s_end, vocab)]
    items += [(m.start(), "clause", None) for m in _CLAUSE_MARK.finditer(text, s_start, s_end)]
    items.sort(key=lambda e: (e[0], e[1] != "clause"))
    return items


_MANNER = re.compile("专程|亲自|随即|当即|立即|特意|专门")     # (甲专程赶到…: how the act was done, then the act)


def _own_deed(text: str, pos: int, end: int, vocab: Vocabulary) -> bool:
    """Does a verb of its own, no participation or speech verb, follow a name at ``pos`` (甲作出批示, 甲听取汇报后,
    甲专程赶到)?"""
    manner = _MANNER.match(text, pos, end)
    at = manner.end() if manner else pos
    return vocab.deed_re.match(text, at, end) is not None and vocab.act_re.match(text, at, end) is None


def assign_roles(text: str, mentions: Sequence[NameMention], vocab: Vocabulary, *,
                 start: int = 0, skip: set[TextSpan] = frozenset()) -> tuple[dict[TextSpan, list[Role]], set[TextSpan]]:
    """Roles of each mention (by span) and the spans of mentions that are objects of a verb.

    Walk each sentence: names before a verb form its subject group; the group
    carries over commas until a new name opens a clause after a verb; a name
    after the verb in its clause is the verb's object.  After a speech verb
    (强调, 指出) the rest of the sentence is what was said: no roles from it.
    """
    people = sorted((m for m in mentions if not m.is_reporter and m.span not in skip), key=lambda m: m.span)
    roles: dict[TextSpan, list[Role]] = {m.span: [] for m in people}
    objects: set[TextSpan] = set()
    perf = tuple(sorted(vocab.performance_nouns, key=lambda w: (-len(w), w)))   # (ties in a fixed order)
    ends = frozenset(m.span[1] for m in people)
    starts = [m.span[0] for m in people]
    carried: tuple[str, TextSpan, bool] | None = None
    listed: tuple[str, TextSpan, bool] | None = None
    last_named: Sequence[NameMention] = ()          # the persons of the last sentence that named any
    for s_start, s_end in _listing_sentences(text, start, starts, vocab):
        in_sentence = people[bisect.bisect_left(starts, s_start):bisect.bisect_left(starts, s_end)]
        opens = not in_sentence and text[s_start:s_end].rstrip().endswith((":", "："))   # …的领导有:⏎A、B、C
        label = label_verb(text, s_start, s_end, vocab) if in_sentence or opens else None
        if label is None and carried is not None and _only_names(text, s_start, s_end, in_sentence):
            label = carried                        # 出 席:A、B\nC、D: the list goes on
        if label is None and listed is not None and in_sentence and not vocab.role_re.search(text, s_start, s_end) \
                and not vocab.speech_re.search(text, s_start, s_end):
            label = listed                         # 出席的有省领导A、B;院长C;老同志D、E。: the list goes on past ;
        carried = label if label is not None and (label[2] or opens) else None
        listed = label if label is not None and text[s_start:s_end].rstrip()[-1:] in (";", "；") else None   # (…;⏎)
        if label is not None:
            word, span, _ = label
            words = [word] + [m.group() for m in vocab.role_re.finditer(text, span[0], span[1])
                              if _AND_THEN.search(text, max(span[0], m.start() - 6), m.start())
                              or text.endswith((word + "和", word + "及"), span[0], m.start())]   # 出席和列席…的有
            for g in in_sentence:
                if g.span[0] < span[0]:
                    continue
                for head in (h for w in words for h in _role_heads(w, vocab)):
                    if head not in [r.role for r in roles[g.span]]:
                        roles[g.span].append(Role(head, span))
            # (某仪式由甲主礼,出席观礼嘉宾包括乙、丙: the clause before the label is read as any other)
            in_sentence = [g for g in in_sentence if g.span[0] < span[0]]
            if not in_sentence:
                continue
            s_end = span[0]
        group: list[NameMention] = []
        verb_since_group = False
        verb_in_clause = False
        clause_start = s_start
        reported_speech = False
        kaizhan: list[tuple[list[NameMention], Role]] = []
        occupied_until = -1
        accompanied = -1                 # where the clause's 陪同 ends (甲陪同乙考察)
        entrusted = list(_ENTRUSTED.finditer(text, s_start, s_end)) if "委托" in text[s_start:s_end] else []
        noun_subject = -1                # the start of a clause whose subject is a noun (…负责人参加了座谈)
        escorts = list(_ESCORTED.finditer(text, s_start, s_end)) \
            if in_sentence and text.find("下", s_start, s_end) >= 0 else []
        # 在与A会谈时,B表示…: B, the subject after the clause, also takes its verb
        meeting = WHILE_MEETING.match(text, s_start) if in_sentence else None
        met: list[NameMention] = []      # the objects of the sentence's verbs so far (会见了乙、丙一行)
        partners = -1                    # where the partners of the group begin (甲与|乙洽谈)
        parted: list[NameMention] = []   # partners the subject went on without (…,并到某地考察)
        for pos, kind, payload in _sentence_items(text, s_start, s_end, in_sentence, vocab, perf, ends):
            escort = next((e for e in escorts if e.start() < pos < e.end()), None) if escorts else None
            if escort is not None:
                # 在A、B的陪同下 / 在A的带领下: A and B escort or lead; the subject stays who came before 在.
                if kind == "person" and escort.group("verb") not in [r.role for r in roles[payload.span]]:
                    roles[payload.span].append(Role(escort.group("verb"), escort.span("verb")))
                continue
            if kind == "clause":
                if partners >= 0 and _GOES_ON.match(text, pos + 1) and \
                        not _TOGETHER_WORDS.search(text, group[partners].span[1], pos):
                    group, parted, partners = group[:partners], group[partners:], -1  # 甲与乙洽谈,并到…考察: 甲 alone
                verb_in_clause = False
                clause_start = pos + 1
                accompanied = -1
                continue
            if kind == "person":
                if any(e.start() < pos < e.end() for e in entrusted):
                    continue                # 受甲委托,会议由乙主持: 甲 entrusts, 乙 acts
                if any(g.name == payload.name for g in group):
                    accompanied = -1        # (甲陪同乙参观…甲与乙交换礼品…: the subject named again acts again)
                if meeting is not None and pos >= meeting.end():
                    verb = meeting.group("verb")
                    if verb not in [r.role for r in roles[payload.span]]:
                        roles[payload.span].append(Role(verb, meeting.span("verb")))
                if verb_in_clause or reported_speech:
                    objects.add(payload.span)
                    met.append(payload)
                elif verb_since_group and _PARTNER.match(text, clause_start, payload.span[0]):
                    partners = len(group) if partners < 0 else partners
                    group, verb_since_group = [*group, payload], False    # 甲率队赴某地,与乙座谈: both
                elif verb_since_group or (group and group[-1].span[0] < clause_start
                                          and _BY_AGENT.fullmatch(text, clause_start, payload.span[0])):
                    group, verb_since_group = [payload], False    # (执行主席是甲、乙,会议由丙主持: 丙 alone)
                    partners, parted = -1, []
                else:
                    if partners < 0 and _WITH.match(text, group[-1].span[1] if group else clause_start, payload.span[0]):
                        partners = len(group)   # (考察团先后与|乙…洽谈: a subject that is no name, partners only)
                    group.append(payload)
                continue
            if kind == "motion":
                verb_in_clause = True        # a name after 来到, 走进 in this clause is where they went
                continue
            if pos < occupied_until or reported_speech:
                continue
            if kind == "done":
                if group:
                    verb_since_group = verb_in_clause = True     # (甲传达了…,乙主持: 乙 opens a group of its own)
                continue
            if kind == "speech":
                # (甲宣布开幕, 乙致辞: the formula of an opening is no reported speech that runs on; 甲通报了有关
                # 情况: what was reported is a thing, not speech that runs on)
                declared = _OPENING_DECLARED.match(text, pos) is not None
                reported_speech = bool(group) and not declared and not text.startswith("了", payload)
                verb_in_clause = True
                verb_since_group = verb_since_group or declared
                continue
            word, span = payload
            if meeting is not None and pos >= meeting.end():
                meeting = None          # the subject after the clause has its own verb now
            attributive = _RELATIVE.match(text, span[1]) is not None and (
                _CAME_HERE.search(text, clause_start, pos) is not None
                or (verb_in_clause and (text.endswith(_COMING, clause_start, pos) or text[occupied_until:pos] == "了"
                                        or (met and met[-1].span[1] > occupied_until)
                                        or (occupied_until == pos and text.endswith(_RECEIVING, 0, pos)))))
            occupied_until = span[1]
            verb_in_clause = True
            if met and text.startswith("的", span[1]) and _TITLE_GAP.fullmatch(text, met[-1].span[1], pos):
                # 会见了某市市长某某先生率领的代表团: the verb of a relative clause is the act of the name before it
                for head in _role_heads(word, vocab):
                    if head not in [r.role for r in roles[met[-1].span]]:
                        roles[met[-1].span].append(Role(head, span))
                continue
            if attributive:
                continue        # 会见了前来参加某活动的某某: the verb of a relative clause of the object
            if not group or _done_before(text, max(clause_start, group[-1].span[1]), pos) or \
                    text.endswith(_NEGATIONS, max(clause_start, pos - 3), pos):
                continue        # (甲、乙曾两次莅临视察: an act of the past; 甲不再参加主席团: none)
            # A clause that opens with a list of things (A项目、B项目等进行签约) has its own subject.
            # (but 甲,乙,相关领导以及某办、某局等部门负责同志参加会议: the list of those who attend goes on)
            things = _THING_LIST.search(text, clause_start, pos)
            if not any(clause_start <= g.span[0] for g in group) and things and \
                    not _posts_listed(text, things.end() - 1, vocab) and \
                    (verb_since_group or not _people_noun_before(text, clause_start, pos)):
                continue
            if verb_since_group and clause_start > group[-1].span[0] and (
                    clause_start == noun_subject or _people_noun_before(text, clause_start, pos)):
                noun_subject = clause_start      # 甲、乙出席会议,各代表团召集人参加会议: the clause's own subject
                continue
            if accompanied >= 0 and not _AND_THEN_OWN.search(text, accompanied, pos):
                # 甲陪同调研考察 (陪同 only: CONVENTIONS), 甲陪同乙考察: the act after 陪同 is the accompanied's
                for g in (m for m in met if m.span[0] >= accompanied):
                    for head in _role_heads(word, vocab):
                        if head not in [r.role for r in roles[g.span]]:
                            roles[g.span].append(Role(head, span))
                continue
            verb_since_group = True
            heads = _role_heads(word, vocab)
            accompanied = span[1] if "陪同" in heads or "随同" in heads else accompanied
            for head in heads:
                role = Role(head, span)
                if head == "开展":
                    clause_end = min([i for i in range(span[1], s_end) if text[i] in CLAUSE_END] or [s_end])
                    if noun := vocab.event_noun_re.search(text, span[1], clause_end):
                        inside = vocab.role_re.search(text, span[1], noun.end())    # 开展春节慰问活动: 慰问
                        if inside is not None and vocab.roles.get(inside.group(), ("",))[0] != "other":
                            role = Role(_role_heads(inside.group(), vocab)[0], inside.span())
                        kaizhan.append((list(group), role))    # 开展…活动: the activity is named
                    continue
                takers = _leaders(text, group, pos, in_sentence) \
                    if vocab.role_governors.get(head) == "leader" else group
                if met and (text[max(s_start, pos - 2):pos] in _TOGETHER or _BOTH_SIDES.match(text, clause_start)):
                    takers = [*takers, *met]     # 甲会见了乙一行,并一同出席签约仪式 / …,双方进行了座谈: both sides
                if head not in _LED_VERBS:
                    takers = [*takers, *_led_party(text, group, pos, in_sentence)]
                if parted and head in _MUTUAL:
                    takers = [*takers, *parted]  # (甲与乙致辞,并签署了备忘录: a signing is both sides' act)
                for g in takers:
                    if head not in [r.role for r in roles[g.span]]:
                        roles[g.span].append(role)
        # 开展 is a role only where no other participation verb follows it (开展安全生产检查 -> 检查).
        for grp, role in kaizhan:
            for g in grp:
                if not any(r.span[0] > role.span[0] and r.span[0] - role.span[1] < 20 for r in roles[g.span]):
                    roles[g.span].append(role)
        if in_sentence:
            last_named = in_sentence
        else:
            for g, role in [*by_the_newly_elected(text, s_start, s_end, people, vocab),
                            *by_both_sides(text, s_start, s_end, last_named, vocab)]:
                if role.role not in [r.role for r in roles[g.span]]:
                    roles[g.span].append(role)
    reports_made(text, people, roles, vocab, start)
    return roles, objects


def _listing_sentences(text: str, start: int, starts: Sequence[int], vocab: Vocabulary) -> Iterator[TextSpan]:
    """The sentences of ``text``, where a part that ends in a semicolon and names persons with no verb goes on into
    the next on the same line (甲;乙;丙等分别与代表团座谈: one list of those who act, its items apart by
    semicolons; a list laid out a line an item, 甲为副市长;⏎乙为局长;, is read line by line)."""
    pending: int | None = None
    last_end = start
    for s_start, s_end in sentences(text, start):
        last_end = s_end
        begin = s_start if pending is None else pending
        named = bisect.bisect_left(starts, s_start) < bisect.bisect_left(starts, s_end)
        if (text[s_start:s_end].endswith(("；", ";")) and not text.startswith("\n", s_end) and named
                and not _acts_in(vocab.role_re, text, s_start, s_end, vocab)
                and not _acts_in(vocab.speech_re, text, s_start, s_end, vocab)):
            pending = begin
            continue
        pending = None
        yield begin, s_end
    if pending is not None:
        yield pending, last_end


def _acts_in(regex: re.Pattern[str], text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Does a verb of ``regex`` stand in ``text[start:end]``, other than one opening a body's name (祝贺团, 考察组)?"""
    return any(not _opens_body(text, m.start(), vocab) for m in regex.finditer(text, start, end))


def _opens_body(text: str, pos: int, vocab: Vocabulary) -> bool:
    """Does the verb at ``pos`` open a body named by its task (考察团, 督导组, 祝贺团: ``role_governors`` noun)?"""
    return vocab.role_governors.get(text[pos:pos + 3]) == "noun"


_TOGETHER = ("一同", "一起", "共同")
_NEGATIONS = ("不", "不再", "未", "未能", "没有", "尚未", "无法")
_ENTRUSTED = re.compile(r"受[^,，。；;]{1,60}?委托")
_AND_THEN_OWN = re.compile("并|还|又|和|及|或|后")        # 甲陪同考察并讲话: the subject's own act again
# 曾两次莅临视察, 也曾亲临考察, 曾经到此调研: a verb of an act done before, after the subject's name
_DONE_BEFORE = re.compile(r"曾经?(?:[一两二三四五六七八九十几多数]次)?[^,，。；;]{0,4}$")


def _done_before(text: str, after_subject: int, pos: int) -> bool:
    return after_subject < pos and _DONE_BEFORE.search(text, after_subject, pos) is not None
# A clause whose subject is both sides of a meeting (会见了乙一行,双方就…进行了座谈): the host and the met
_BOTH_SIDES = re.compile(r"\s*(?:宾主|会谈|会见|座谈)?双方")
# 会见了前来参加某论坛的嘉宾, 会见了甲、乙等参加某活动的企业家: a verb after the clause's verb, in a relative
# clause (its 的 before the clause ends) of the object
_RELATIVE = re.compile(r"[^,，。；;、并]{0,40}?的")
_COMING = ("前来", "来", "将", "赶来", "专程前来")
# 会见|到访的某某, 接见|参会的代表: a verb right after one of receiving someone opens a relative clause of the guest
_RECEIVING = ("会见", "接见", "会晤", "欢迎", "看望", "宴请", "迎接", "慰问")
# 与来朔考察洽谈的某某座谈, 会见了来琼考察的某某: who came to a place (an abbreviation) to do it
_CAME_HERE = re.compile(r"(?:前|赶)?来[\u4e00-\u9fff]$")
# between a name and the verb of the relative clause it opens (某某先生率领的代表团)
_TITLE_GAP = re.compile(r"(?:先生|女士|阁下|等)?")
# a clause that opens with the partner of its verb: the subject of the sentence goes on (…,并与乙座谈)
_PARTNER = re.compile(r"\s*(?:并|还|又|随后|之后)?(?:与|同|跟)")
# 甲与|乙, 甲先后与|某公司董事长乙: the partner of the subject, in the same clause
_WITH = re.compile(r"[^,，。；;、]*?(?:与(?!会)|(?<![共相陪随])同(?![志时样一期事行])|跟)[^,，。；;、]*$")
# …,并到某地考察 / …,随后参观: the next clause goes on with the subject alone; unless the partners acted
# together with it (甲与乙共同为…揭牌,并…)
_GOES_ON = re.compile(r"\s*(?:并|还|又|随后|再|之后|随即)")
_TOGETHER_WORDS = re.compile("共同|一起|一同|一道|携手|双方")
_MUTUAL = frozenset({"签署", "签约", "签订", "会谈", "会晤", "座谈", "交流", "合影", "握手"})
# 会议由(某某主任)|丙主持: a clause that names its agent after 由 has a subject of its own
_BY_AGENT = re.compile(r"\s*[\u4e00-\u9fff]{0,6}由[^,，。；;、]{0,24}")
_MOTION = re.compile(r"来到|走进|深入到?|前往|走入")
# 在与某国某部长会谈时, / 在同某某会见时,: a clause of the meeting before the sentence's subject
WHILE_MEETING = re.compile(r"\s*在(?:与|同|和)[^,，。；;]{1,40}?(?P<verb>会谈|会见|会晤|座谈|会面|洽谈)(?:时|中|期间)[,，]\s*")


# 甲率代表团…访问, 甲市长一行6人抵达…,对我市进行正式友好访问: who leads or comes with a delegation.
# (由甲率领的代表团访问某地: the delegation is the subject, 甲 leads it: 率领, no 访问)
_DELEGATION = re.compile(r"率(?![领队团]?的)|一行")


def _leaders(text: str, group: Sequence[NameMention], verb_at: int,
             people: Sequence[NameMention]) -> list[NameMention]:
    """Those of ``group`` written before 率 or 一行 (no other name between) ahead of the verb at ``verb_at``:
    not the host who welcomes a visit (乙会见了甲一行,对他们访问某地表示欢迎)."""
    out = []
    for g in group:
        lead = _DELEGATION.search(text, g.span[1], verb_at)
        if lead and not any(g.span[1] <= p.span[0] < lead.start() for p in people):
            out.append(g)
    return out


# 甲率领乙、丙一行(七人)走访某会: those the leader leads, named between 率领 and 一行, share the delegation's acts
_LEADS_PARTY = re.compile(r"率领|带领|率")
_PARTY_CLOSE = re.compile(r"一行(?:[0-9一二三四五六七八九十两]+人)?")
_LED_VERBS = frozenset({"率领", "带领", "率", "率队", "带队"})


def _led_party(text: str, group: Sequence[NameMention], verb_at: int,
               people: Sequence[NameMention]) -> list[NameMention]:
    """The members of a delegation named between a leader's 率领 and 一行, when the verb at ``verb_at`` follows
    一行 in the same clause (甲率领乙、丙一行走访…: 乙 and 丙 走访 too)."""
    for g in group:
        lead = _LEADS_PARTY.search(text, g.span[1], verb_at)
        if lead is None or any(g.span[1] <= p.span[0] < lead.start() for p in people):
            continue
        close = _PARTY_CLOSE.search(text, lead.end(), verb_at)
        if close is None or any(c in text[close.end():verb_at] for c in CLAUSE_END + ",，"):
            continue
        return [p for p in people if lead.end() <= p.span[0] and p.span[1] <= close.start()]
    return []


_UNNAMED = ("负责人", "负责同志", "领导", "同志", "代表")


# 相关部门负责人参加, 各代表团召集人参加会议, 女兵子女代表参加了座谈: unnamed persons as a clause's subject.
# …嘉宾近1,500人出席, 300余名群众参加: a head count
_HEADCOUNT = re.compile(r"(?:\d|[一二三四五六七八九十百千万两])(?:余|多)?(?:人|名[^,，。；;]{0,8})$")
_PEOPLE_NOUNS = ("负责人", "负责同志", "召集人", "代表", "同志", "干部", "成员", "委员", "群众", "人员", "嘉宾", "客商",
                 "企业家", "来宾", "师生", "村民", "居民", "党员", "职工", "市民", "专家", "学者")


_AFTER_SUBJECT = " 等们也还都均亦"      # what may stand between a subject and its verb (…负责同志等(分别)作…)


def _people_noun_before(text: str, clause_start: int, verb_at: int) -> bool:
    """Does the clause open with persons named by a noun (…负责人, …代表等) right before its verb?"""
    words = text[clause_start:verb_at].strip().rstrip(_AFTER_SUBJECT).removesuffix("分别").rstrip(_AFTER_SUBJECT)
    # (并与5名人大代表座谈: the persons the group met, not a subject)
    return len(words) > 2 and (words.endswith(_PEOPLE_NOUNS) or _HEADCOUNT.search(words) is not None) \
        and not words.startswith(("并", "还", "又", "和")) \
        and not any(w in words.replace("同志", "") for w in ("与", "同", "跟"))   # (负责人和众多客商参加: both)


def _posts_listed(text: str, deng: int, vocab: Vocabulary) -> bool:
    """Does the list that ends in 等 at ``deng`` name posts (市法院院长、市检察院检察长…秘书长等): unnamed
    persons who go with the names before them (甲、乙等市领导,…秘书长等出席), not things?"""
    return vocab.word_ends_at(text, deng, vocab.posts) is not None or text.endswith(_UNNAMED, 0, deng)


# 听取了县长某某的工作汇报, 聆听了某某所作的讲话: what was heard, at most this far after the verb that heard it
_HEARD_WITHIN = 60


def _heard_of(text: str, lo: int, start: int, vocab: Vocabulary, people: Sequence[NameMention]) -> bool:
    """Is the verb at ``start`` the noun of what someone heard (听取了项目建设情况汇报, 听取了县长某某的工作汇报)?
    Not where a person named after the hearing verb does it (听取县长某某汇报工作: 某某 reports)."""
    i = start - 1
    while i >= max(lo, start - _HEARD_WITHIN) and text[i] not in CLAUSE_END:
        w = vocab.word_ends_at(text, i + 1, vocab.role_governors, max_len=4)
        if w is not None and vocab.role_governors.get(w) == "hears":
            return "的" in text[max(i, start - 6):start] or not any(i < m.span[0] < start for m in people)
        i -= 1
    return False


def _is_noun_use(text: str, start: int, end: int) -> bool:
    """企业大走访大服务活动, 参与今次接待的工作, 团拜会: the verb is part of a noun phrase."""
    if start > 0 and text[start - 1] in _NOUN_BEFORE or text.startswith("团拜会", start - 1):
        return True             # (团拜会: a new-year gathering, no 拜会 of anyone)
    if text.startswith(_DE_NOUNS + _NOUN_AFTER, end) or (text[start:end] == "在座" and text.startswith("的", end)):
        return True             # (在座的各位: those present, not an act)
    if _EXPRESSED.search(text, max(0, start - 8), start):
        return True             # 对大会的召开表示热烈的祝贺: what was said, not how they took part
    # inside quotation marks or a title of a work: a campaign or document name
    before = text[max(0, start - 40):start]
    return before.count("“") > before.count("”") or before.count("《") > before.count("》")
