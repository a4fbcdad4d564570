"""Roles and events: who did what at which activity, in the order the article lists them.

Roles come from participation verbs of which the person is the subject.  The
subject of a sentence carries over its clauses until a new name opens a clause
after a verb (商务部副部长盛秋平,省委常委、市委书记刘非致辞,副省长卢山…出席: 致辞 for
the first two, 出席 for the rest).  A name after the verb in the same clause is
its object: a participant with no role from that verb (走访慰问高层次人才聂建明).

Events: the article's main activity from the headline and lead, and a new
activity wherever a paragraph opens with a date (24日, …) or a sequence word
(随后, 会前).  Participants are the persons placed in that part, never reporters
and never leaders named only in ideological phrases (习近平总书记关于…).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from extract.event_names import activity_name, clean_line, event_date, named_event, shorten
from extract.officials import NameMention
from extract.records import Event, EventKind, Organization, OrgKind, Participant, Person, Role, TextSpan
from extract.textutil import CLAUSE_END, sentences
from extract.vocab import Vocabulary

# A role verb right after these is a noun (企业大走访) or is not this person's act.
_NOUN_BEFORE = "大"
# Words that open a new activity inside an article (besides a date).
_SEQUENCE_OPENERS = ("随后", "会前", "会后", "在随后", "当天下午", "当天上午", "此前", "其间", "期间")
_PRONOUNS = ("他", "她")
# 签约前, 会后, 活动结束后: a paragraph opening with these starts a new activity.
_BEFORE_AFTER = re.compile(r"^[\u4e00-\u9fff]{1,6}[前后][,，]")
_BEFORE_MAIN = re.compile(r"^[\u4e00-\u9fff]{1,6}前[,，]")
# 市领导钟明远、杨丽、彭程出席。 after a "签约前," paragraph: who attended the main activity, listed last.
_CLOSING_LIST = re.compile(r"^[\u4e00-\u9fff·•、]{2,120}?(?:出席|参加)(?:活动|仪式|会议|签约仪式)?[。.]?$")
# 分别带队: the leaders went separately, each paragraph opening with one of them is an activity.
_SEPARATELY = "分别"
# 作主题演讲: a role written as 作 and a performance noun.
_ZUO = re.compile(r"作(?P<x>[^,，。;；、]{1,14})")
# 本报讯(记者 X) / 新华社北京9月25日电(记者 X): a dateline with its byline.
_DATELINE = re.compile(r"^[^,，。;；]{0,30}?(?:讯|日电)\s*(?:[(（][^)）]{0,80}[)）])?")
_DATE_LEAD = re.compile(r"^\s*(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日")


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    date: str | None
    opener: str          # headline | date | sequence | person | main (back to the main activity)


def ideology_spans(text: str, mentions: Sequence[NameMention], vocab: Vocabulary) -> set[TextSpan]:
    """Mentions of leaders named only as the authors of doctrine: 习近平总书记关于…, 习近平新时代….

    The lexicon ``ideology_heads`` lists what follows the name in such phrases
    (总书记关于, 主席重要讲话, 新时代中国特色社会主义思想 ...).
    """
    out: set[TextSpan] = set()
    for m in mentions:
        hit = vocab.ideology_re.match(text, m.span[1])
        if hit:
            out.add(m.span)
    return out


# 出席闭幕会的领导同志还有:A、B / 列席会议的有:… / 出 席:A、B (minutes): a label made of a participation
# verb (and 的, a noun and 有/是), then a colon; each person listed after it takes the verb.
_LABEL_TAIL = re.compile(r"[^,，。;；“”]{0,24}?的[^,，。;；“”]{0,12}?(?:还有|有|是|为|包括)")
_LABEL_LEAD = ("应邀", "另外", "此外")
_LIST_FILLER = frozenset("、,，;； \u3000\t\n。.")


def _label_verb(text: str, s_start: int, s_end: int, vocab: Vocabulary) -> tuple[str, TextSpan, bool] | None:
    """The participation verb of a sentence that opens with a list label (出席会议的还有:), if any, and
    whether the label is the bare verb (出 席:), whose list may go on over the next lines."""
    i = s_start
    while i < s_end and text[i].isspace():
        i += 1
    limit = min(s_end, i + 48)
    colon = min((k for k in (text.find(":", i, limit), text.find("：", i, limit)) if k >= 0), default=None)
    if colon is None:
        return None
    label = re.sub(r"\s", "", text[i:colon])
    label = label[next((len(w) for w in _LABEL_LEAD if label.startswith(w)), 0):]
    m = vocab.role_re.match(label)
    if m is None:
        return None
    rest = label[m.end():]
    if rest and _LABEL_TAIL.fullmatch(rest) is None:
        return None
    return m.group(), (i, colon), not rest


def _only_names(text: str, s_start: int, s_end: int, people: Sequence[NameMention]) -> bool:
    """Is the sentence nothing but the names of ``people`` and list punctuation (a list line)?"""
    covered = set()
    for m in people:
        covered.update(range(m.span[0], m.span[1]))
    return bool(people) and all(k in covered or text[k] in _LIST_FILLER or text[k].isspace()
                                for k in range(s_start, s_end))


def _role_heads(word: str, vocab: Vocabulary) -> tuple[str, ...]:
    return vocab.role_compounds.get(word) or (word,)


# What can stand before 作 in a role written as 作X (出席并作…, 詹晓宁作主题演讲): not 合作, 工作.
_ZUO_BEFORE = "并还再又也将"
# 仪间光男率经济考察团: 率 right after a name leads a delegation (率先 is an adverb; 率领, 率团 are roles).
_LEADS = "率"
_LEADS_NOT_BEFORE = "先领队团"
# 在市委书记A、市长B的陪同下: the persons named there escort the subject of the sentence.
# (在…团结带领下 is the phrase of a leadership's duty, not an act.)
_ESCORTED = re.compile(r"在[^在。；;:：]{1,80}?(?<!团结)(?<!团结和)的?(?P<verb>陪同|带领|率领)下")
# A list of things ending in 等 before a verb: the things are its subject (A项目、B项目等进行签约).
_THING_LIST = re.compile(r"、[^,，。；;]*等")


def _sentence_items(text: str, s_start: int, s_end: int, people: Sequence[NameMention],
                    vocab: Vocabulary, perf: tuple[str, ...], ends: frozenset[int]) -> list[tuple[int, str, object]]:
    """Persons, role verbs, speech verbs and clause ends of one sentence, in text order.

    ``people`` are the mentions that start in the sentence; ``ends`` where every mention of the article ends.
    """
    items: list[tuple[int, str, object]] = [(m.span[0], "person", m) for m in people]
    previous: re.Match | None = None
    for m in vocab.role_re.finditer(text, s_start, s_end):
        governed = previous is not None and previous.end() == m.start() and \
            vocab.role_governors.get(previous.group()) == "governs"          # 参加|会见: 参加 only
        heard = vocab.word_ends_at(text, m.start(), vocab.role_governors, max_len=4) is not None and \
            vocab.role_governors.get(vocab.word_ends_at(text, m.start(), vocab.role_governors, max_len=4)) \
            in ("hears", "duty")
        event_noun = vocab.event_noun_re.match(text, m.start())              # 座谈会, 签约仪式: a noun
        group_noun = vocab.role_governors.get(text[m.start():m.start() + 3]) == "noun"   # 考察团: a noun
        if not (governed or heard or group_noun or _is_noun_use(text, m.start(), m.end())
                or (event_noun and event_noun.end() > m.end())):
            items.append((m.start(), "verb", (m.group(), m.span())))
        previous = m
    for m in people:
        e = m.span[1]                                                        # 赵明率考察团
        if text.startswith(_LEADS, e) and text[e + 1:e + 2] not in _LEADS_NOT_BEFORE:
            items.append((e, "verb", (_LEADS, (e, e + 1))))
    for m in vocab.speech_re.finditer(text, s_start, s_end):
        # 金承涛强调 / 他还指出: a speech verb right after its speaker; 意见建议 is a noun.
        lead = text[max(s_start, m.start() - 4):m.start()]
        if any(m.start() - k in ends for k in range(5)) or any(p in lead for p in _PRONOUNS) \
                or (m.start() > s_start and text[m.start() - 1] in ",，"):          # …情况,希望他们…
            items.append((m.start(), "speech", None))
    for m in _ZUO.finditer(text, s_start, s_end):
        before = text[m.start() - 1] if m.start() > 0 else ""
        if not (before in _ZUO_BEFORE or m.start() in ends):
            continue
        x = m.group("x")
        for p in perf:
            if p in x and not vocab.role_re.match(text, m.start()):
                cut = x.index(p) + len(p)
                items.append((m.start(), "verb", ("作" + x[:cut], (m.start(), m.start() + 1 + cut))))
                break
    for i in range(s_start, s_end):
        if text[i] in CLAUSE_END or text[i] in " \u3000":
            items.append((i, "clause", None))
    items.sort(key=lambda e: (e[0], e[1] != "clause"))
    return items


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
    perf = tuple(sorted(vocab.performance_nouns, key=len, reverse=True))
    ends = frozenset(m.span[1] for m in people)
    starts = [m.span[0] for m in people]
    carried: tuple[str, TextSpan, bool] | None = None
    for s_start, s_end in sentences(text, start):
        in_sentence = people[bisect.bisect_left(starts, s_start):bisect.bisect_left(starts, s_end)]
        label = _label_verb(text, s_start, s_end, vocab) if in_sentence else None
        if label is None and carried is not None and _only_names(text, s_start, s_end, in_sentence):
            label = carried                        # 出 席:A、B\nC、D: the list goes on
        carried = label if label is not None and label[2] else None
        if label is not None:
            word, span, _ = label
            for g in in_sentence:
                for head in _role_heads(word, vocab):
                    if head not in [r.role for r in roles[g.span]]:
                        roles[g.span].append(Role(head, span))
            continue
        group: list[NameMention] = []
        verb_since_group = False
        verb_in_clause = False
        clause_start = s_start
        reported_speech = False
        kaizhan: list[tuple[list[NameMention], Role]] = []
        occupied_until = -1
        escorts = list(_ESCORTED.finditer(text, s_start, s_end)) \
            if in_sentence and text.find("下", s_start, s_end) >= 0 else []
        for pos, kind, payload in _sentence_items(text, s_start, s_end, in_sentence, vocab, perf, ends):
            escort = next((e for e in escorts if e.start() < pos < e.end()), None) if escorts else None
            if escort is not None:
                # 在A、B的陪同下 / 在A的带领下: A and B escort or lead; the subject stays who came before 在.
                if kind == "person" and escort.group("verb") not in [r.role for r in roles[payload.span]]:
                    roles[payload.span].append(Role(escort.group("verb"), escort.span("verb")))
                continue
            if kind == "clause":
                verb_in_clause = False
                clause_start = pos + 1
                continue
            if kind == "person":
                if verb_in_clause or reported_speech:
                    objects.add(payload.span)
                elif verb_since_group:
                    group, verb_since_group = [payload], False
                else:
                    group.append(payload)
                continue
            if pos < occupied_until or reported_speech:
                continue
            if kind == "speech":
                reported_speech = bool(group)
                verb_in_clause = True
                continue
            word, span = payload
            occupied_until = span[1]
            verb_in_clause = True
            if not group:
                continue
            # A clause that opens with a list of things (A项目、B项目等进行签约) has its own subject.
            if not any(clause_start <= g.span[0] for g in group) and _THING_LIST.search(text, clause_start, pos):
                continue
            verb_since_group = True
            for head in _role_heads(word, vocab):
                role = Role(head, span)
                if head == "开展":
                    clause_end = min([i for i in range(span[1], s_end) if text[i] in CLAUSE_END] or [s_end])
                    if vocab.event_noun_re.search(text, span[1], clause_end):
                        kaizhan.append((list(group), role))    # 开展…活动: the activity is named
                    continue
                for g in group:
                    if head not in [r.role for r in roles[g.span]]:
                        roles[g.span].append(role)
        # 开展 is a role only where no other participation verb follows it (开展安全生产检查 -> 检查).
        for grp, role in kaizhan:
            for g in grp:
                if not any(r.span[0] > role.span[0] and r.span[0] - role.span[1] < 20 for r in roles[g.span]):
                    roles[g.span].append(role)
    return roles, objects


def _is_noun_use(text: str, start: int, end: int) -> bool:
    """企业大走访大服务活动: the verb is part of a noun phrase."""
    if start > 0 and text[start - 1] in _NOUN_BEFORE:
        return True
    # inside quotation marks or a title of a work: a campaign or document name
    before = text[max(0, start - 40):start]
    return before.count("“") > before.count("”") or before.count("《") > before.count("》")


# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------

def _only_lists_attendance(paragraph: str) -> bool:
    """Does every sentence of the paragraph only say who attended (市领导A、B出席。X局相关负责人参加。)?"""
    parts = [x for x in re.split(r"(?<=[。.])", paragraph.strip()) if x]
    return bool(parts) and all(_CLOSING_LIST.match(x) for x in parts)


def segments(text: str, body_start: int, dates_in: callable, *, person_starts: frozenset[int] = frozenset(),
             vocab: Vocabulary | None = None) -> list[Segment]:
    """Split the body into activities.

    A new activity starts where a paragraph opens with a date (24日,), a sequence
    word (随后, 会前) or "X前/X后," (签约前,); and, when the lead says the leaders
    went separately (分别带队走访), where a paragraph opens with a leader's name.
    After an activity held before the main one (会前, 签约前,), a closing paragraph
    that only lists who attended (市领导A、B、C出席。) goes back to the main
    activity: its segment's opener is "main".  Lines of a web page before the lead (time stamps,
    links: no sentence ends there) belong to the first activity but do not open one.

    ``dates_in(start, end)``: the date mentions of ``text[start:end]`` as (start, end, ISO date or None).
    """
    segs: list[Segment] = []
    pos = body_start
    paragraphs = []
    for line in text[body_start:].split("\n"):
        paragraphs.append((pos, pos + len(line)))
        pos += len(line) + 1
    current_start = body_start
    current_date = None
    opener = "headline"
    first = True
    separately = False
    before_main = False          # the current activity was held before the main one (会前, 签约前)
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        lead = _strip_dateline(para)
        offset = len(para) - len(lead)
        is_date = bool(_DATE_LEAD.match(lead))
        is_seq = lead.startswith(_SEQUENCE_OPENERS) or bool(_BEFORE_AFTER.match(lead))
        if first:
            if not is_date and "。" not in para:
                continue                                   # a line of the page before the lead
            current_date = event_date(text, p_start + offset, p_end, dates_in)[1]
            separately = _SEPARATELY in para
            first = False
            continue
        by_person = separately and (p_start + offset) in person_starts and _acts(text, p_start + offset, p_end, vocab)
        back_to_main = before_main and not (is_date or is_seq) and _only_lists_attendance(lead)
        if is_date or is_seq or by_person or back_to_main:
            segs.append(Segment(current_start, p_start, current_date, opener))
            current_start = p_start
            opener = "date" if is_date else "sequence" if is_seq else "person" if by_person else "main"
            if is_date:
                current_date = event_date(text, p_start + offset, p_end, dates_in)[1]
            before_main = is_seq and (lead.startswith("会前") or bool(_BEFORE_MAIN.match(lead)))
    segs.append(Segment(current_start, len(text), current_date, opener))
    return segs


def _acts(text: str, start: int, end: int, vocab: Vocabulary | None) -> bool:
    """Does the first sentence from ``start`` report an act (a participation verb), not a speech?"""
    if vocab is None:
        return False
    stop = min([i for i in (text.find(c, start, end) for c in "。；;") if i >= 0] or [end])
    speech = vocab.speech_re.search(text, start, stop)
    role = vocab.role_re.search(text, start, stop)
    return role is not None and (speech is None or role.start() < speech.start())


def _strip_dateline(para: str) -> str:
    """本报讯(记者 X)25日,… -> 25日,…"""
    m = _DATELINE.match(para)
    return para[m.end():] if m else para


def _event_kind(name: str, words: Sequence[str], vocab: Vocabulary) -> EventKind:
    """The type of the last event noun in the name (…对话会: forum; a session's meeting is the session),
    else of the participants' verbs."""
    best = None
    session = False
    for m in vocab.event_noun_re.finditer(name):
        best = vocab.event_nouns[m.group()]
        session = session or best == "session"
    if session and best in ("meeting", "ceremony", "other"):
        best = "session"                    # …人民代表大会第一次会议, …人代会开幕式: the session
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


def _event_name(text: str, seg: Segment, first: bool, body_start: int, people: Sequence[NameMention],
                org_ends: Sequence[int], vocab: Vocabulary) -> tuple[str | None, TextSpan | None]:
    """The name of the activity of ``seg``: for the main one, from the headline lines first; then from the
    part's first sentence.  A named event (召开X, X举行) before subject-verb-object (张某会见某团)."""
    places: list[tuple[int, int]] = []
    if first:
        places += _headline_lines(text, body_start)
    lead = next(iter(sentences(text, seg.start, seg.end)), None)
    if first:                                   # the lead: the first sentence of the first body paragraph
        lead = next(((s, e) for s, e in sentences(text, body_start, seg.end)
                     if "。" in text[s:e] or _DATE_LEAD.match(_strip_dateline(text[s:e]).lstrip())), lead)
    if lead is not None:
        s, e = lead
        places.append((e - len(_strip_dateline(text[s:e])), e))
    named = svo = bare = None
    for start, end in places:
        named = named_event(text, start, end, vocab)
        if named is not None:
            return named
        found = activity_name(text, start, end, people, vocab, org_ends=org_ends)
        with_person = found is not None and any(m.span[0] == found[1][0] for m in people)
        if found is not None and (svo is None or (with_person and not svo[1])):
            svo = (found, with_person)
        if bare is None:
            m = vocab.event_noun_re.search(text, start, end)     # 在随后召开的专题会上: 专题会
            if m and len(m.group()) >= 3:
                bare = (m.group(), m.span())
    if svo is not None:
        return svo[0]
    return bare if bare is not None else (None, None)


# Lines of a web page that are navigation, not a headline.
_NAVIGATION = re.compile(r"位置|首页|>|当前|导航")


def _headline_lines(text: str, body_start: int) -> list[tuple[int, int]]:
    """The headline lines of the article (before ``body_start``; or, without one, the short lines before
    the first sentence), each without the metadata a web page glued to it."""
    out = []
    first = text.find("。", body_start)
    stop = max(body_start, text.rfind("\n", 0, first) + 1 if first > 0 else 0)
    glued = text.find("\n", stop)                # the line of the first sentence, when a headline is glued to it
    pos = 0
    for line in text[:glued if glued >= 0 else len(text)].split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        cleaned = clean_line(line)
        if not cleaned or len(cleaned) > 80 or _NAVIGATION.search(cleaned) or (start >= stop and cleaned == line):
            continue
        at = text.find(cleaned, start, end)
        if at >= 0:
            out.append((at, at + len(cleaned)))
    return out


def find_events(text: str, *, headline: str | None, body_start: int, mentions: Sequence[NameMention],
                persons: Sequence[Person], organizations: Sequence[Organization],
                roles: dict[TextSpan, list[Role]], ideology: set[TextSpan],
                dates_in: callable, vocab: Vocabulary) -> tuple[Event, ...]:
    """The activities of the article, each with its participants in listing order."""
    by_name = {p.name: p for p in persons}
    people = sorted((m for m in mentions if not m.is_reporter and m.span not in ideology
                     and not by_name.get(m.name, Person(m.name)).is_reporter), key=lambda m: m.span)
    events: list[Event] = []
    segs = segments(text, body_start, dates_in, person_starts=frozenset(m.span[0] for m in people), vocab=vocab)
    org_ends = sorted(e for o in organizations for _, e in o.spans)
    company_like = [o for o in organizations if o.kind in (OrgKind.COMPANY, OrgKind.INSTITUTION, OrgKind.CONGRESS)]
    for i, seg in enumerate(segs):
        in_seg = [m for m in people if seg.start <= m.span[0] < seg.end]
        if i == 0:
            # headline names belong to the main event too
            in_seg = [m for m in people if m.span[0] < body_start] + in_seg
        name, span = _event_name(text, seg, i == 0, body_start, people, org_ends, vocab)
        if not name and i == 0 and headline:
            name = shorten(clean_line(headline))
        if not name and not in_seg:
            continue
        if seg.opener == "main" and events:
            events[0] = _with_more_participants(events[0], in_seg, roles, by_name)
            continue
        participants: list[Participant] = []
        seen: dict[str, int] = {}
        for m in in_seg:
            rs = [r.role for r in roles.get(m.span, [])]
            if m.name in seen:
                p = participants[seen[m.name]]
                merged = tuple(dict.fromkeys(p.roles + tuple(rs)))
                participants[seen[m.name]] = Participant(p.name, merged, p.order, p.title, p.span)
                continue
            seen[m.name] = len(participants)
            participants.append(Participant(m.name, tuple(dict.fromkeys(rs)), len(participants) + 1,
                                            _title_at(m, by_name), m.span))
        role_words = [r for p in participants for r in p.roles]
        visited = tuple(o.name for o in company_like if any(seg.start <= s < seg.end for s, _ in o.spans)
                        and _after_visit_verb(text, o, seg, vocab))
        place, host = _place_and_host(text, seg, organizations, vocab)
        if span is None and seg.end > seg.start:
            span = (seg.start, seg.start + 1)
        elif span is None and i == 0 and body_start > 0:      # a headline-only article: its headline
            span = (0, body_start - 1 if text[body_start - 1] == "\n" else body_start)
        events.append(Event(name=name or "", kind=_event_kind(name or "", role_words, vocab), date=seg.date,
                            place=place, host=host, visited=visited, participants=tuple(participants),
                            span=span, trigger=None))
    return tuple(events)


def _with_more_participants(event: Event, more: Sequence[NameMention], roles: dict[TextSpan, list[Role]],
                            by_name: dict[str, Person]) -> Event:
    """``event`` with the persons of ``more`` added after its own, in listing order (roles merged)."""
    participants = list(event.participants)
    seen = {p.name: i for i, p in enumerate(participants)}
    for m in more:
        rs = tuple(dict.fromkeys(r.role for r in roles.get(m.span, [])))
        if m.name in seen:
            p = participants[seen[m.name]]
            participants[seen[m.name]] = replace(p, roles=tuple(dict.fromkeys(p.roles + rs)))
            continue
        seen[m.name] = len(participants)
        participants.append(Participant(m.name, rs, len(participants) + 1, _title_at(m, by_name), m.span))
    return replace(event, participants=tuple(participants))


# 在成都举行 / 由市政府主办 / 走进钱塘大学城人大代表联络站: where an activity took place and who held it.
_HELD_IN = re.compile(r"在(?P<x>[^,，。;；、“”]{2,25}?)(?:隆重)?(?:举行|召开|举办|开幕)")
_HOSTED_BY = re.compile(r"由(?P<x>[^,，。;；“”]{2,40}?)(?:主办|承办|举办|主持召开)")
_WENT_TO = re.compile(r"(?:走进|来到|赴|前往|深入|莅临)")


def _place_and_host(text: str, seg: Segment, organizations: Sequence[Organization],
                    vocab: Vocabulary) -> tuple[str | None, str | None]:
    """The place and the host an activity's first sentences state, if any."""
    first_end = seg.end
    for i, (s, e) in enumerate(sentences(text, seg.start, seg.end)):
        if i == 2:
            first_end = s
            break
    place = host = None
    m = _HELD_IN.search(text, seg.start, first_end)
    if m and not vocab.verb_re.match(m.group("x")):      # 在随后召开的…: a time, not a place
        place = m.group("x")
    m = _HOSTED_BY.search(text, seg.start, first_end)
    if m:
        host = m.group("x")
    if place is None:
        for m in _WENT_TO.finditer(text, seg.start, first_end):
            org = next((o.name for o in organizations for s, _ in o.spans if s == m.end()), None)
            if org:
                place = org
                break
    return place, host


def _after_visit_verb(text: str, org: Organization, seg: Segment, vocab: Vocabulary) -> bool:
    for s, _ in org.spans:
        if not seg.start <= s < seg.end:
            continue
        clause_start = max(text.rfind(c, seg.start, s) for c in "。；;\n") + 1
        before = text[max(clause_start, s - 40):s]
        if re.search(r"(来到|走进|走访|赴|前往|深入|调研|考察|察看|视察|参观|检查)", before):
            return True
    return False


def _title_at(m: NameMention, by_name: dict[str, Person]) -> str | None:
    titles = [t for t in m.titles] or list(by_name.get(m.name, Person(m.name)).titles)
    surfaces = [t.surface for t in titles if t.post != "领导"] or [t.surface for t in titles]
    return "、".join(dict.fromkeys(surfaces)) or None
