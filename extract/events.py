"""Events: who did what at which activity, in the order the article lists them (roles: ``extract.roles``).

Events: the article's main activity from the headline and lead, and a new
activity wherever a paragraph opens with a date (24日, …) or a sequence word
(随后, 会前), and the activities told inside one (an oath, a signing, a symposium held:
``extract.nested_events``).  Participants are the persons placed in that part, never reporters,
never leaders named only in ideological phrases (习近平总书记关于…) and never persons named in a
document's title (《某某同志在…上的讲话》).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from extract.event_kinds import event_kind
from extract.event_names import (WHILE_RECEIVING, activity_name, clause_phrase, clean_line, decision_name, event_date,
                                 item_name, meeting_key, named_event, shorten, subject_name, tidy)
from extract.nested_events import MUTUAL_MEETINGS, fold_told_meetings, nested_events
from extract.officials import NameMention
from extract.records import Event, EventKind, Organization, OrgKind, Participant, Person, Role, TextSpan
from extract.roles import WHILE_MEETING     # 在与某市市长某某会谈时,…: each talk of a visit is an activity
from extract.textutil import photo_caption, sentences
from extract.vocab import Vocabulary

# Words that open a new activity inside an article (besides a date).
_SEQUENCE_OPENERS = ("随后", "会前", "会后", "在随后", "当天", "当日", "同日", "当晚", "此前", "其间", "期间")
# 签约前, 会后, 活动结束后: a paragraph opening with these starts a new activity.
_BEFORE_AFTER = re.compile(r"^[\u4e00-\u9fff]{1,6}[前后][,，]")
# 在福州期间,: what a visitor did while there
_WHILE_THERE = re.compile(r"^(?:在[\u4e00-\u9fff]{1,8}|访问|考察|出访|访华|参访)期间[,，]")
_BEFORE_MAIN = re.compile(r"^[\u4e00-\u9fff]{1,6}前[,，]")
# 市领导钟明远、杨丽、彭程出席。 after a "签约前," paragraph: who attended the main activity, listed last.
_CLOSING_LIST = re.compile(r"^[\u4e00-\u9fff·•、]{2,120}?(?:出席|参加)(?:活动|仪式|会议|签约仪式)?[。.]?$")
# 某市长率代表团莅临泉州访问。…市领导A、B会见客人。: the visit, and the hosts' reception of the visitors, are
# two activities (the lead's visit, then the first paragraph that opens with a reception).
_VISIT_LEAD = re.compile(r"(?:率|一行).{0,30}?(?:访问|考察|抵达|来到|莅临)")
_RECEIVED = re.compile(r"会见|会晤|接见|迎接")
# 分别带队, 分别走访: the leaders went apart, each paragraph opening with one of them is an activity (but not
# 分别陪同: each host escorted the one visit).
_SEPARATELY = re.compile(r"分别(?!陪同|参加|出席|介绍|汇报|致辞|讲话|发言|表示|就)")
# 2009年03月23日 来源: 作者:, 2021-08-22 09:58: a web page's time stamp over the lead, no date of the event
_STAMP_LINE = re.compile(r"\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*"
                         r"(?:\d{1,2}:\d{2}|来源|作者|发布|编辑|浏览|阅读|点击|星期|$)")
# 本报讯(记者 X) / 新华社北京9月25日电(记者 X) / 某某网8月19日海口消息: a dateline with its byline.
_DATELINE = re.compile(r"^[^,，。;；]{0,30}?(?:讯|日电|日[\u4e00-\u9fff]{0,6}?(?:电|消息))[:：]?\s*(?:[(（][^)）]{0,80}[)）])?"
                       r"|^[^,，。;；:：\s]{2,16}[:：](?=\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日)")   # 某某网频道:3月27日上午,…
# A paragraph that opens with a date, after a bulletin's item mark if any (■ 3月14日至18日,…).
_DATE_LEAD = re.compile(r"^\s*(?:[■□●○◆◇▲△★☆▶►·•]\s*)?(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日")
_DATE_OPENS = re.compile(r"(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚|中午|凌晨)?[,，]")
_FULL_STOP = re.compile("。")


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    date: str | None
    opener: str          # headline | date | within (a day of the lead's range) | sequence | person |
                         # main (back to the main activity)


# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------

def _opens_with_issue_day(lead: str, vocab: Vocabulary | None) -> bool:
    """Does the paragraph open with a day counted back from the issue and a comma (昨日下午, / 今天上午,)?  The
    words are the lexicon ``relative_dates`` (kind day, not after the issue) and ``day_parts``."""
    words = vocab.date_words if vocab is not None else None
    lead = lead.lstrip()
    m = words.relative_re.match(lead) if words and words.relative_re else None
    if m is None or words.relative[m.group()][0] != "day" or words.relative[m.group()][1] > 0:
        return False
    part = words.parts_re.match(lead, m.end()) if words.parts_re else None
    return lead[part.end() if part else m.end():][:1] in (",", "，")


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
        # 8月12日至13日,…考察。13日上午,…座谈会: a sentence that opens with a date starts a part of its own
        # (not a date that opens what someone said: 。10月8日两国元首通电话,为…)
        cuts = [pos] + [pos + m.end() for m in _FULL_STOP.finditer(line) if _DATE_OPENS.match(line, m.end())]
        paragraphs += [(a, b) for a, b in zip(cuts, cuts[1:] + [pos + len(line)])]
        pos += len(line) + 1
    current_start = body_start
    current_date = None
    opener = "headline"
    first = True
    separately = False
    before_main = False          # the current activity was held before the main one (会前, 签约前)
    lead_days = None             # the first and last (month, day) of a range that opens the lead
    undated_lead = False         # the lead names no day (the paragraph after it may)
    visit = False                # the lead reports a delegation's visit (某市长率代表团来泉访问)
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        lead = _strip_dateline(para)
        offset = len(para) - len(lead)
        is_date = bool(_DATE_LEAD.match(lead))
        is_seq = lead.startswith(_SEQUENCE_OPENERS) or bool(_BEFORE_AFTER.match(lead)) or \
            bool(_WHILE_THERE.match(lead)) and _acts(text, p_start + offset, p_end, vocab) or \
            bool(WHILE_MEETING.match(lead) or WHILE_RECEIVING.match(lead))
        if first:
            if (not is_date or _STAMP_LINE.match(lead)) and ("。" not in para or photo_caption(para.strip())):
                continue                                   # a line of the page before the lead (its stamp, a photo's caption)
            dated, current_date = event_date(text, p_start + offset, p_end, dates_in)
            undated_lead = not dated         # 某某到某地调研。(a caption or a summary) \n 3月27日上午,某某…: its day
            lead_days = _range_days(lead)
            visit = _VISIT_LEAD.search(para) is not None and _RECEIVED.search(para) is None
            separately = _SEPARATELY.search(para) is not None
            first = False
            continue
        # 为进一步…。1月27日,某某深入…: the lead's purpose, then the day of its activity (in the same line, no one
        # named before it); 近日…。昨日下午,…: the day the undated lead's activity was held
        purpose_then_day = is_date and not segs and text[p_start - 1] != "\n" and not any(
            current_start <= k < p_start for k in person_starts)
        if current_date is None and (purpose_then_day or _opens_with_issue_day(lead, vocab)):
            current_date = event_date(text, p_start + offset, p_end, dates_in)[1]
            if current_date is not None:
                continue
        if undated_lead and is_date and not segs:
            current_date = event_date(text, p_start + offset, p_end, dates_in)[1]    # the lead's day too
        undated_lead = False
        by_person = separately and (p_start + offset) in person_starts and _acts(text, p_start + offset, p_end, vocab)
        back_to_main = before_main and not (is_date or is_seq) and _only_lists_attendance(lead)
        received = visit and not segs and _RECEIVED.search(re.split(r"[。；;]", lead, maxsplit=1)[0]) is not None
        if received:
            visit = False
        if is_date or is_seq or by_person or back_to_main or received:
            segs.append(Segment(current_start, p_start, current_date, opener))
            current_start = p_start
            opener = "date" if is_date else "sequence" if is_seq else "person" if by_person else \
                "reception" if received else "main"
            if is_date:
                current_date = event_date(text, p_start + offset, p_end, dates_in)[1]
                day = _DAY.match(lead)
                month = int(day.group("m") or lead_days[0][0] if lead_days else 0) if day else 0
                if day and lead_days and lead_days[0] < (month, int(day.group("d"))) <= lead_days[1]:
                    opener = "within"          # 12月17日至19日,…考察。18日,考察组来到…: a day of the main visit
            before_main = is_seq and (lead.startswith("会前") or bool(_BEFORE_MAIN.match(lead)))
    segs.append(Segment(current_start, len(text), current_date, opener))
    return segs


_RANGE = re.compile(r"^[^,，。]{0,12}?(?:(?P<m1>\d{1,2})月)?(?P<d1>\d{1,2})日?\s*(?:至|到|—|-|～|~)\s*"
                    r"(?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})日")
_DAY = re.compile(r"^\s*(?:[■□●○◆◇▲△★☆▶►·•]\s*)?(?:\d{4}年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日")


def _range_days(lead: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last (month, day) of a range that opens the lead (12月17日至19日,…); month 0 where
    none is written."""
    m = _RANGE.match(lead)
    if m is None:
        return None
    m1 = int(m.group("m1") or 0)
    first, last = (m1, int(m.group("d1"))), (int(m.group("m2") or m1), int(m.group("d2")))
    return (first, last) if first < last else None


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


def _event_name(text: str, seg: Segment, first: bool, body_start: int, people: Sequence[NameMention],
                org_ends: Sequence[int], vocab: Vocabulary) -> tuple[str | None, TextSpan | None, bool]:
    """The name of the activity of ``seg``: for the main one, from the headline lines first; then from the
    part's first sentence.  A named event (召开X, X举行) before subject-verb-object (张某会见某团).
    The third value says whether the name is that of a named event."""
    places: list[tuple[int, int]] = []
    if first:
        places += _headline_lines(text, body_start)
    lead = next(iter(sentences(text, seg.start, seg.end)), None)
    if first:                                   # the lead: the first sentence of the first body paragraph
        lead = next(((s, e) for s, e in sentences(text, body_start, seg.end)
                     if "。" in text[s:e] or _DATE_LEAD.match(_strip_dateline(text[s:e]).lstrip())), lead)
    if lead is not None:
        s, e = lead
        s = e - len(_strip_dateline(text[s:e]))
        # 访问期间,甲还拜会了乙 / 会谈后,双方签署了…: what was done then, not the time it was done in
        opener = _WHILE_THERE.match(text[s:e]) or _BEFORE_AFTER.match(text[s:e])
        places.append((s + opener.end() if opener else s, e))
    named = svo = bare = None
    for k, (start, end) in enumerate(places):
        named = named_event(text, start, end, vocab)
        if named is not None and _generic(named[0], vocab):
            # 某某带队赴某市开展招商考察活动: an activity named by its kind alone is called by who did it
            found = activity_name(text, start, end, people, vocab, org_ends=org_ends)
            if found is not None and named[0] in found[0] and any(m.span[0] == found[1][0] for m in people):
                return (*found, False)
            whole = clause_phrase(text, start, named[1])         # 某镇人大组织代表开展视察评议活动: who held it
            if whole is not None and len(whole[0]) > len(named[0]):
                return (*whole, True)
        if named is not None:
            # 各代表团召集人会议召开 over 中国共产党某省第十四次代表大会各代表团召集人会议在某地召开: the fuller
            fuller = [x for x in (named_event(text, s, e, vocab) for s, e in places[k + 1:])
                      if x is not None and meeting_key(named[0]) in meeting_key(x[0]) and len(x[0]) > len(named[0])]
            return (*(fuller[-1] if fuller else named), True)
        found = activity_name(text, start, end, people, vocab, org_ends=org_ends)
        with_person = found is not None and any(m.span[0] == found[1][0] for m in people)
        if found is not None and (svo is None or (with_person and not svo[1])):
            svo = (found, with_person)
        if bare is None:
            # 在随后召开的专题会上: 专题会 (not 常委会 of 人大常委会主任: an organ before its post)
            m = next((m for m in vocab.event_noun_re.finditer(text, start, end)
                      if not vocab.post_re.match(text, m.end())), None)
            if m and len(m.group()) >= 3:
                bare = (m.group(), m.span())
    if svo is not None:
        return (*svo[0], False)
    if bare is not None:
        return (*bare, True)
    for s, e in sentences(text, seg.start, seg.end):      # a meeting named further on (…大会执行主席A、B就座)
        named = named_event(text, s, e, vocab)
        if named is not None:
            return (*named, True)
    for start, end in places:
        found = subject_name(text, start, end, people)
        if found is not None:
            return (*found, False)
    # 又一个项目落户我旗。旗长甲与某公司董事长乙现场签约。: a lead that says why, then who did what
    for k, (s, e) in enumerate(sentences(text, lead[1], seg.end) if first and lead else ()):
        found = activity_name(text, s, e, people, vocab, org_ends=org_ends) if k < 2 else None
        if found is not None and any(m.span[0] == found[1][0] for m in people):
            return (*found, False)
    return None, None, False


# Words that say what kind of activity it was, not which one (招商考察活动, 视察评议活动, 情况汇报会).
_KIND_WORDS = re.compile(r"情况|工作|专题|主题|招商|引资|考察|调研|视察|评议|检查|督导|督查|走访|慰问|学习|交流|"
                         r"联合|集中|现场|活动|会议?|大会|座谈")


def _generic(name: str, vocab: Vocabulary) -> bool:
    """Whether ``name`` holds nothing but words for a kind of activity (no place, body, number or subject)."""
    return not _KIND_WORDS.sub("", vocab.event_noun_re.sub("", name))


# Lines of a web page that are navigation, not a headline.
_NAVIGATION = re.compile(r"位置|首页|>|当前|导航")
# A subheadline that says only who was there (甲乙等应邀出席, 县委书记甲县长乙等陪同), a site's greeting (欢迎您来到某市)
_ONLY_WHO = re.compile(r"(?:^|\s)[^\s,，。]{2,60}?(?:应邀|分别|一同)?(?:出席|陪同|参加|列席)$|^(?:您好[,，!！]?)?欢迎(?:您|访问)")


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
        if not cleaned or len(cleaned) > 80 or _NAVIGATION.search(cleaned) or (start >= stop and cleaned == line) \
                or _ONLY_WHO.search(cleaned):
            continue
        at = text.find(cleaned, start, end)
        if at >= 0:
            out.append((at, at + len(cleaned)))
    return out


def find_events(text: str, *, headline: str | None, body_start: int, mentions: Sequence[NameMention],
                persons: Sequence[Person], organizations: Sequence[Organization],
                roles: dict[TextSpan, list[Role]], ideology: set[TextSpan],
                dates_in: callable, vocab: Vocabulary, decided: set[TextSpan] = frozenset()) -> tuple[Event, ...]:
    """The activities of the article, each with its participants in listing order.  ``decided``: the elected
    and appointed where the decision names them, at no event but the oath they swear."""
    by_name = {p.name: p for p in persons}
    starts = {m.span[0] for m in mentions}
    quoted = _quoted(text, mentions, roles) | {m.span for m in mentions if not roles.get(m.span) and (
        once := _ONCE_CAME.match(text, m.span[1])) and once.start("once") not in starts}      # (…和曾某某: a name)
    people = sorted((m for m in mentions if not m.is_reporter and m.span not in ideology and m.span not in quoted
                     and not by_name.get(m.name, Person(m.name)).is_reporter), key=lambda m: m.span)
    cited = [t.span() for t in _CITED_TITLE.finditer(text)]
    people = [m for m in people if not any(s < m.span[0] < e for s, e in cited)]
    chosen = [m for m in people if m.span in decided]
    people = [m for m in people if m.span not in decided]
    events: list[Event] = []
    parts: list[tuple[int, int, int]] = []         # (start, end, index of its event) of each part
    standing: set[TextSpan] = set()                # name spans of named gatherings reported naming no one
    items: set[TextSpan] = set()                   # name spans of dated items naming no one (某公园开园)
    segs = segments(text, body_start, dates_in, person_starts=frozenset(m.span[0] for m in people), vocab=vocab)
    org_ends = sorted(e for o in organizations for _, e in o.spans)
    company_like = [o for o in organizations if o.kind in (OrgKind.COMPANY, OrgKind.INSTITUTION, OrgKind.CONGRESS)]
    chronicle = sum(seg.opener == "date" for seg in segs) >= _CHRONICLE_DAYS
    for i, seg in enumerate(segs):
        in_seg = [m for m in people if seg.start <= m.span[0] < seg.end]
        if i == 0:                      # headline names belong to the main event too
            in_seg = [m for m in people if m.span[0] < body_start] + in_seg
        name, span, named = _event_name(text, seg, i == 0, body_start, people, org_ends, vocab)
        if not name and i == 0 and headline:
            name = shorten(clean_line(headline))
        # a dated item of a chronicle or a brief that names no one: what happened (某公园开园)
        item = None if in_seg or i > 0 and not chronicle else \
            item_name(text, *_lead_span(text, seg, body_start if i == 0 else seg.start), vocab)
        if item is not None and not named:
            name, span = item
        if not name and not in_seg:
            continue
        if seg.opener == "main" and events:
            events[0] = _with_more_participants(events[0], in_seg, roles, by_name)
            parts.append((seg.start, seg.end, 0))
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
        if i > 0 and events and (not name or _continues(events[-1], participants, seg, named)
                                 and not _new_activity(text, seg, vocab, events[-1].kind)):
            # a part that names no activity of its own, or only goes on with the previous one
            events[-1] = _with_more_participants(events[-1], in_seg, roles, by_name)
            parts.append((seg.start, seg.end, len(events) - 1))
            continue
        role_words = [r for p in participants for r in p.roles]
        visited = tuple(o.name for o in company_like if any(seg.start <= s < seg.end for s, _ in o.spans)
                        and _after_visit_verb(text, o, seg, vocab))
        place, host = _place_and_host(text, seg, organizations, vocab)
        if span is None and seg.end > seg.start:
            span = (seg.start, seg.start + 1)
        elif span is None and i == 0 and body_start > 0:      # a headline-only article: its headline
            span = (0, body_start - 1 if text[body_start - 1] == "\n" else body_start)
        name = tidy(name) if name else name
        if not name and i == 0:                        # 大会执行主席A、B就座: the meeting, by its noun
            noun = vocab.event_noun_re.search(text, seg.start, seg.end)
            name, span = (noun.group(), noun.span()) if noun else (None, None)
        if not name:
            continue                                   # nothing in the text names it (a list cut off)
        events.append(Event(name=name or "", kind=event_kind(name or "", role_words, vocab), date=seg.date,
                            place=place, host=host, visited=visited, participants=tuple(participants),
                            span=span, trigger=None))
        if named and not participants and _reported(text, seg, span, name, vocab):
            standing.add(span)
        if item is not None:
            items.add(span)
        parts.append((seg.start, seg.end, len(events) - 1))
    nested = _with_nested(text, events, parts, people, chosen, roles, by_name, vocab, dates_in)
    found = _without_doubles(fold_told_meetings(text, nested, people), standing, items)
    decision = None if found or not headline else decision_name(clean_line(headline))
    if decision is None:
        return found
    # a document that reports no activity (某省人民政府关于同意某县撤县设区的批复): its decision
    at = text.find(decision[1])
    return (Event(name=decision[0], kind=EventKind.OTHER, date=segs[0].date if segs else None,
                  span=(at, at + len(decision[1])) if at >= 0 else None, trigger=None),)


_CHRONICLE_DAYS = 3         # a body of this many dated parts or more is a chronicle: each day's item that names no one
                            # is an event (1月2日常山国家地质公园正式开园。)


def _lead_span(text: str, seg: Segment, start: int) -> tuple[int, int]:
    """The first paragraph of ``seg`` from ``start`` that is more than a heading (1月), without its dateline
    (本报讯(记者 X))."""
    while True:
        stop = text.find("\n", start, seg.end)
        stop = seg.end if stop < 0 else stop
        if stop >= seg.end or len(text[start:stop].strip()) > 4:
            return stop - len(_strip_dateline(text[start:stop])), stop
        start = stop + 1


def _with_nested(text: str, events: list[Event], parts: Sequence[tuple[int, int, int]],
                 people: Sequence[NameMention], chosen: Sequence[NameMention], roles: dict[TextSpan, list[Role]],
                 by_name: dict[str, Person], vocab: Vocabulary, dates_in: callable) -> list[Event]:
    """``events`` with the activities told inside each (``extract.nested_events``) right after it."""
    inside: dict[int, list[Event]] = {}
    for start, end, k in parts:
        if 0 <= k < len(events):
            inside.setdefault(k, []).extend(nested_events(
                text, start, end, events[k], people, chosen, vocab, day=lambda a, b: next(
                    (d for _, _, d in reversed(dates_in(a, b)) if d), None),
                place=lambda e, found, at: _with_more_participants(e, found, roles, by_name, roles_from=at)))
    for k, nested in inside.items():
        # those met: at a meeting told inside, with no role from its verb (the hosts are its subject: 会见), or
        # after its first for a talk between both sides (甲与乙会谈)
        met = {p.name for e in nested if e.kind == EventKind.MEETING and e.trigger
               for i, p in enumerate(e.participants) if e.trigger not in p.roles or i and _mutual(e)}
        parent = events[k]
        if met and parent.participants:
            # the persons a visit's leader met, at those meetings only (they did not make the visit)
            kept = [p for i, p in enumerate(parent.participants)
                    if i == 0 or p.name not in met or set(p.roles) & _AT_THE_VISIT]
            events[k] = replace(parent, participants=tuple(replace(p, order=i + 1) for i, p in enumerate(kept)))
    return [x for k, e in enumerate(events) for x in (e, *inside.get(k, ()))]


def _mutual(meeting: Event) -> bool:
    """A meeting of both sides (甲与乙会谈, 甲同乙会见会谈: named 甲与乙…), whose persons after the first were met."""
    return meeting.trigger in MUTUAL_MEETINGS or meeting.name.startswith(meeting.participants[0].name + "与")


# the roles of a person met during a visit who also took part in it (陪同考察, 出席欢迎仪式)
_AT_THE_VISIT = frozenset({"陪同", "随同", "出席", "参加", "主持", "接待", "迎接", "致辞", "讲话", "带队", "率"})


# 《甲、乙同志在市纪委全会上的讲话》, 《关于丙同志任职的决定(草案)》: a document's title names persons who are
# not placed at the event that studies it
_CITED_TITLE = re.compile(r"《[^《》\n]{2,120}》")


# 甲、乙曾两次莅临视察, 丙也曾亲临考察: persons named for what they did before, at no event of this article
_ONCE_CAME = re.compile(r"(?:[、和与及][\u4e00-\u9fff·]{2,8}?)*?(?:也|还|都|亦)?(?P<once>曾)(?:经|[一两二三四五六七八九十几多数]次)?"
                        r"(?!任|担任|在|是|为|获|被|于|多次)")


# 某某说,在甲主席和乙总统的推动下,…: a verb of saying, and what is said after it
_SAYS = re.compile(r"(?:表示|说|指出|认为|谈到|提到|介绍)[:：,，]")


def _quoted(text: str, mentions: Sequence[NameMention], roles: dict[TextSpan, list[Role]]) -> set[TextSpan]:
    """Persons named only in what someone says (陈某说,在甲主席和乙总统的亲自推动下…), with no role of
    their own there: spoken of, not placed at the event."""
    out: set[TextSpan] = set()
    by_start = sorted(mentions, key=lambda m: m.span)
    for s, e in sentences(text):
        said = _SAYS.search(text, s, e)
        if said is None or not any(s <= m.span[0] < said.start() for m in by_start):
            continue            # (a sentence that opens with what is said has no speaker before it)
        out.update(m.span for m in by_start if said.end() <= m.span[0] < e and not roles.get(m.span))
    return out


def _continues(previous: Event, participants: Sequence[Participant], seg: Segment, named: bool) -> bool:
    """Does a part opened by a sequence word (随后, 其间) only go on with the previous activity: no event of
    its own is named there, and everyone in it was already at the previous one (随后,考察组一行来到X)?"""
    if seg.opener not in ("sequence", "within") or named or not participants or not previous.participants:
        return False
    before = {p.name for p in previous.participants}
    # (in a part opened by 随后, the one who led it leads it too: 在福州期间,大使一行还参观… is the guest's own)
    return all(p.name in before for p in participants) and (
        seg.opener == "within" or participants[0].name == previous.participants[0].name)


# The kinds of act that are an activity of their own even among the same persons (签约前,A会见了B).
_OWN_ACTIVITY = ("reception", "signing", "banquet")
_HELD = re.compile(r"召开|举行|举办|座谈")


def _new_activity(text: str, seg: Segment, vocab: Vocabulary, before: EventKind) -> bool:
    """Does the first sentence of ``seg`` hold a meeting (在随后召开的专题会上, 举行座谈), a reception, a
    signing or a banquet, or an act of another kind than the activity ``before`` (a forum, then 在深圳期间,
    某某一行还考察了某企业: a visit of its own; an inspection, then 随后来到某村调研: the same one)?"""
    first = next(iter(sentences(text, seg.start, seg.end)), None)
    if first is None:
        return False
    s, e = first
    if _HELD.search(text, s, e):
        return True
    kinds = [vocab.roles.get(m.group(), ("other",))[0] for m in vocab.role_re.finditer(text, s, e)]
    family = _FAMILY.get(before.value, before.value)
    return any(k in _OWN_ACTIVITY for k in kinds) or (
        bool(kinds) and before.value in _GATHERINGS and all(_FAMILY.get(k, k) != family for k in kinds))


# Gatherings that an act of another kind does not go on with; kinds of act that one outing mixes (调研, 考察, 走访)
_GATHERINGS = frozenset({"meeting", "forum", "session", "ceremony", "training"})
_FAMILY = {"visit": "outing", "inspection": "outing"}


# The article's main event stands when it names no one if it is a meeting held (a session's opening in a
# short wire report): reports of it elsewhere name its participants.
_HELD_KINDS = (EventKind.SESSION, EventKind.SIGNING)


def _reported(text: str, seg: Segment, span: TextSpan, name: str, vocab: Vocabulary) -> bool:
    """Is ``name`` a gathering named as written (ending in an event noun: 区教育大会, 某某开幕式) in a part
    that reports it in a sentence or more (a chronicle's day, a bulletin item: 同日 区教育大会召开。表彰…),
    not in a caption or a headline cut from its body?"""
    ends_in_noun = any(m.end() == len(name) for m in vocab.event_noun_re.finditer(name))
    return (ends_in_noun and seg.end - seg.start >= _REPORT_CHARS and "。" in text[span[1]:seg.end]
            and not _PHOTO_CREDIT.search(text, seg.start, seg.end))


_REPORT_CHARS = 16      # shorter parts are headlines and debris lines
_PHOTO_CREDIT = re.compile(r"[(（][^()（）]{0,12}(?:摄|供图)[^()（）]{0,12}[)）]")     # (摄影:某某): a caption


def _without_doubles(events: list[Event], standing: set[TextSpan] = frozenset(),
                     items: set[TextSpan] = frozenset()) -> tuple[Event, ...]:
    """The events of an article that place someone at them (an activity naming nobody is mostly a link
    list, a time stamp or a caption read as one; the field set's gold has one in 172), or its main event
    when that is a meeting held or a gathering named as written and reported (``standing``: a chronicle's
    day names no one at 区教育大会召开), or an activity told inside another (an oath, a signing: named by
    its act, its participants often unnamed), one event per name
    (a session reported in two places: participants joined)."""
    events = [e for k, e in enumerate(events)
              if e.participants or e.trigger or e.span in items
              or (k == 0 and (e.kind in _HELD_KINDS or e.span in standing))]
    out: list[Event] = []
    by_name: dict[str, int] = {}
    for e in events:
        key = meeting_key(e.name)
        if key and key in by_name:
            k = by_name[key]
            have = {p.name for p in out[k].participants}
            more = [p for p in e.participants if p.name not in have]
            joined = out[k].participants + tuple(replace(p, order=len(out[k].participants) + n + 1)
                                                 for n, p in enumerate(more))
            name = e.name if len(e.name) > len(out[k].name) else out[k].name     # (the session's full name)
            out[k] = replace(out[k], name=name, participants=joined, date=out[k].date or e.date)
            continue
        by_name[key] = len(out)
        out.append(e)
    return tuple(out)


def _with_more_participants(event: Event, more: Sequence[NameMention], roles: dict[TextSpan, list[Role]],
                            by_name: dict[str, Person], *, roles_from: int = 0) -> Event:
    """``event`` with the persons of ``more`` added after its own, in listing order (roles merged; a mention
    before ``roles_from`` brings no role: who held a symposium is named earlier, doing something else)."""
    participants = list(event.participants)
    seen = {p.name: i for i, p in enumerate(participants)}
    for m in more:
        rs = tuple(dict.fromkeys(r.role for r in roles.get(m.span, []))) if m.span[0] >= roles_from else ()
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
