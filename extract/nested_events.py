"""Activities told inside another one: the oath the newly appointed swear at the session that appointed
them (会议举行了宪法宣誓仪式), an agreement signed during a visit (双方签署了友好城市协议书), a symposium held
during an inspection (…考察某联络站,并召开座谈会), the meetings of a visit (访老期间,甲拜会了乙) and the named
gatherings its people attended (出席了…圆桌会议).  CONVENTIONS.md counts every activity an article
reports as an event; a reader asks "when was this agreement signed, and by whom" of the signing, not of
the visit around it.

An act is an activity of its own where a sentence of another activity's part says it was done, that
activity is of another kind (no symposium inside a symposium), and the clause neither recalls an earlier
act (自2003年签署…以来) nor announces one to come (将签署).  The words are the lexicon ``nested_acts``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from extract.event_names import MAX_NAME, WHILE_RECEIVING, clause_left, shorten, tidy
from extract.officials import NameMention
from extract.records import Event, EventKind
from extract.roles import WHILE_MEETING
from extract.textutil import sentences, words_pattern
from extract.vocab import Vocabulary

# 自2003年签署…以来 (not 自治区…), 曾签署, 按照…召开的座谈会的精神: an act recalled, not done in this activity; 将签署,
# 拟召开: one announced.  A trip's programme announced (明日上午将出席某某开馆仪式) is its events all the same: the
# field set's gold counts each gathering a visitor is to attend (batches 30, 36, 46).
_RECALLED = re.compile(r"^自(?!治|然|贡)|自从|以来|按照|根据|依照|依据|贯彻|落实|曾经?|已经|之前|此前|去年|上年|\d{4}年")
_NOT_NOW = re.compile(rf"{_RECALLED.pattern}|将于?|拟|即将|计划|准备|筹备|有望")
# what opens the clause before its subject: time and sequence words, and the session itself (会议举行了…)
_OPENERS = re.compile(r"^(?:随后|同时|此外|另外|其间|期间|当天|当日|同日|当晚|会上|会后|会前|会见前|会见后|会谈后|"
                      r"活动中|仪式上|大会|会议|全会|常委会)?(?:还|也|并|又|再)?")
# the words of how an act was done, left out of its name (签署了, 共同签署, 进行了庄严的宪法宣誓)
_MANNER = re.compile(r"^(?:还|也|并|又|分别|共同|正式|代表双方|当场|现场|集体|郑重|庄严)+|"
                     r"(?:还|也|并|又|分别|共同|正式|当场|现场|顺利|成功)+$")
# the earlier sentence that names who swears: 张某当选为…, 决定任命李某为…
_CHOSEN = re.compile(r"当选|任命|选举|选为|补选|表决通过")
_SWEARERS = re.compile(r"(?:新当选|新任命|被任命|新任)[^,，。；;]{0,12}?(?:人员|同志|干部|领导|的?[\u4e00-\u9fff]{1,6}长)")


@lru_cache(maxsize=4)
def _acts_re(items: tuple[tuple[str, tuple[str, str]], ...]) -> re.Pattern[str] | None:
    acts = dict(items)
    if not acts:
        return None
    oath = words_pattern(w for w, (a, _) in acts.items() if a == "oath")
    signed = words_pattern(w for w, (a, _) in acts.items() if a == "signed")
    talk = words_pattern(w for w, (a, _) in acts.items() if a == "talk")
    met = words_pattern(w for w, (a, _) in acts.items() if a == "met")
    held = words_pattern(w for w, (a, _) in acts.items() if a == "attended")
    return re.compile(
        rf"(?P<oath>(?:向|对)?(?:{oath})(?:庄严|郑重|集体)?宣誓(?:仪式)?)"
        rf"|(?P<sv>签署|签订|缔结|签约)了?(?P<signed>[^,，。；;]{{0,30}}?(?:{signed}))"
        rf"|(?P<hv>召开|举行|主持召开)了?(?P<talk>[^,，。；;]{{0,25}}?(?:{talk})(?!会?[上时中的精]))"
        rf"|(?P<met>{met})(?:了|并宴请了?|会谈了?)?(?![时中后前上的]|期间|结束|活动|会谈时)"
        rf"|(?P<av>出席|参加)了?"
        rf"(?P<attended>[“「\"][^,，。；;、“”「」\"]{{2,40}}?(?:{held})[”」\"]|[^,，。；;、“”「」\"]{{2,40}}?(?:{held}))"
        rf"(?=[,，。；;、和及并]|$)")


def nested_events(text: str, start: int, end: int, parent: Event, people: Sequence[NameMention],
                  chosen: Sequence[NameMention], vocab: Vocabulary, *, place: callable,
                  day: Callable[[int, int], str | None] = lambda a, b: None) -> list[Event]:
    """The activities told inside ``parent`` in ``text[start:end]`` (its part of the article), in order: at
    most one oath and one signing (the agreements one ceremony signs are one signing; the persons who
    swear one by one swear at one ceremony), any number of symposiums.  ``people``: the persons who may be
    placed at them; ``chosen``: those elected or appointed, who are at nothing but the oath they swear.
    ``place(event, mentions, roles_from)``: ``event`` with ``mentions`` added as participants after its own
    (``events._with_more_participants``), those before ``roles_from`` with no role.  ``day(a, b)``: the day
    the last date written in ``text[a:b]`` gives, or None: a visit's meetings and gatherings take the day their
    sentence writes before them (明日上午出席某某开馆仪式), the other acts the parent's."""
    acts_re = vocab.derived("nested_acts_re", lambda v: _acts_re(tuple(sorted(v.nested_acts.items()))))  # (once)
    if acts_re is None:
        return []
    out: list[Event] = []
    once: dict[str, int] = {}            # oath, signed -> its index in ``out``
    lead = [p for p in people if parent.participants and p.name == parent.participants[0].name][:1]
    for s, e in sentences(text, start, end):
        for m in acts_re.finditer(text, s, e):
            kind = _kind(m, vocab)
            act = "oath" if m.group("oath") else "signed" if m.group("signed") else "met" if m.group("met") else \
                "attended" if m.group("attended") else "talk"
            if (kind == parent.kind and act != "met") or _same_act(act, parent.name) or \
                    act == "met" and parent.kind in (EventKind.MEETING, EventKind.RECEPTION):
                continue
            left = clause_left(text, s, m.start())
            if (_RECALLED if act == "attended" else _NOT_NOW).search(text[left:m.start()]):
                continue
            holder = _OPENERS.sub("", text[left:m.start()].strip(), count=1)
            in_sentence = [p for p in people if s <= p.span[0] < e]
            if act == "oath":
                found = sorted(in_sentence + [p for p in chosen if s <= p.span[0] < e], key=lambda p: p.span) \
                    or _earlier_chosen(text, s, [*people, *chosen])
                name = _oath_name(text[s:m.start()], found, m.group(), parent)
            elif act in ("met", "attended"):
                if parent.span and s <= parent.span[0] < e:
                    continue     # the sentence that names the activity: the meeting is it, or how it began
                when = day(s, m.start()) or parent.date
                out += _meetings(text, left, m, e, in_sentence, lead, kind, parent, when, place) if act == "met" \
                    else _attended(text, left, m, e, in_sentence, lead, parent, when, vocab, place)
                continue
            elif act == "signed":
                found = in_sentence or _signers_after(text, e, end, people)
                name = _named(holder, found, m.group("sv") + m.group("signed"), lead)
            else:
                words = m.group("hv") + m.group("talk")
                by = [] if any(left <= p.span[0] < m.start() for p in in_sentence) else lead
                name = _named(holder, in_sentence, words, by)
                found = lead + [p for p in people if s <= p.span[0] < _paragraph_end(text, e, end)]
            if not name:
                continue
            trigger = m.group("oath") or m.group("sv") or m.group("hv")
            if act in once:              # the same ceremony told again: who else was there
                out[once[act]] = place(out[once[act]], found, left)
                continue
            event = Event(name=name, kind=kind, date=parent.date, span=(left, m.end()), trigger=trigger)
            if act != "talk":
                once[act] = len(out)
            out.append(place(event, found, left))
    return out


def _meetings(text: str, left: int, m: re.Match[str], end: int, in_sentence: Sequence[NameMention],
              lead: Sequence[NameMention], kind: EventKind, parent: Event, when: str | None,
              place: callable) -> list[Event]:
    """The meetings a visit's sentence tells (访老期间,甲拜会了乙和丙。此外,甲还会见了丁): one with the
    persons met (after the verb, or after 与/同 before it: 甲与乙进行了会谈), by whoever is named before them
    or else the visit's leader; one for each host where they met apart (甲、乙分别会见了丙).  会见, 接见 and 拜会
    take whom they meet after the verb; 与/同 before it marks whom one meets only for 会谈, 会晤 (甲与乙会见了丙:
    both met 丙)."""
    clause_end = next((k for k in range(m.end(), end) if text[k] in ",，。；;"), end)
    if text[m.start() - 1] in "的或" or re.search(r"(?:时|中|之际|期间|以后|之后)$", text[m.end():clause_end].strip()):
        return []            # 受到乙的会见; 甲在会见乙时表示; 陪同或会见: a meeting the sentence does not tell as done
    before = [p for p in in_sentence if left <= p.span[0] < m.start()]
    mutual = m.group("met") in MUTUAL_MEETINGS or "会谈" in m.group()            # 甲同乙会见会谈
    with_ = _WITH.search(text, left, m.start()) if mutual else None
    hosts = [p for p in before if with_ is None or p.span[0] < with_.start()] or list(lead)
    met = [p for p in before if with_ is not None and p.span[0] >= with_.end()] + \
        [p for p in in_sentence if m.end() <= p.span[0] < clause_end]
    met = list({p.name: p for p in met if p.name not in {h.name for h in hosts}}.values())
    if not met or not hosts:
        return []
    verb = m.group("met")
    apart = "分别" in text[left:m.start()] or text.startswith("分别", m.end())
    out = []
    if apart and with_ and len(hosts) == 1:     # 甲分别同乙、丙会见会谈: one meeting with each (甲分别会见了乙
        # 和丙, 与他们进行了交流: one, as the annotators read it)
        pairs = [(hosts, [p]) for p in met]
    else:                               # 甲、乙分别会见了丙: one meeting each
        pairs = [([h], met) for h in hosts] if apart else [(hosts, met)]
    for group, whom in pairs:
        names = "和".join(p.name for p in whom[:2]) + ("等" if len(whom) > 2 else "")
        name = shorten(tidy(group[0].name + ("与" + names + verb if with_ else verb + names)))
        event = Event(name=name, kind=kind, date=when, span=(left, m.end()), trigger=verb)
        out.append(place(event, [*group, *whom], left))
    return out


def _attended(text: str, left: int, m: re.Match[str], end: int, in_sentence: Sequence[NameMention],
              lead: Sequence[NameMention], parent: Event, when: str | None, vocab: Vocabulary,
              place: callable) -> list[Event]:
    """The named gatherings a visit's sentence says its people attended (出席了在哈尔滨市召开的中俄立法机构圆桌会议;
    前来参加第九届浙洽会、第六届消博会): one each, named as written, by whoever is named before the verb or else
    the visit's leader.  A gathering named by its kind alone (参加活动, 出席会议) is none."""
    hosts = [p for p in in_sentence if left <= p.span[0] < m.start()] or list(lead)
    if not hosts:
        return []
    out, pos, name = [], m.end("attended"), m.group("attended")
    while True:
        to_come = _TO_COME.search(name) is not None
        name = name[name.rfind("的") + 1:]              # 于此举行的某某大会: the gathering, not where it was held
        bare = name.strip("“”「」\"")
        if not to_come and _named_gathering(name, vocab) and bare != parent.name:      # (a quoted name is one)
            noun = _held_noun(bare, vocab)
            kind = EventKind(vocab.nested_acts[noun][1]) if noun else EventKind.OTHER
            event = Event(name=shorten(tidy(name)), kind=kind, date=when, span=(pos - len(name), pos),
                          trigger=m.group("av"))
            out.append(place(event, hosts, left))
        more = _MORE_HELD.match(text, pos, end)         # 第九届浙洽会、第六届消博会: the next one of the list
        if more is None or not _held_noun(more.group(1), vocab):
            return out
        name, pos = more.group(1), more.end(1)


def _held_noun(name: str, vocab: Vocabulary) -> str:
    """The gathering's noun that ``name`` ends with (论坛, 开幕式: lexicon ``nested_acts``, act attended), or ""."""
    return next((w for w, (a, _) in vocab.nested_acts.items() if a == "attended" and name.endswith(w)), "")


def _named_gathering(name: str, vocab: Vocabulary) -> bool:
    """Does ``name`` name one gathering (中俄立法机构圆桌会议, 第九届浙洽会), not a kind of them (签约仪式, 相关活动,
    本次会议) nor several (…等活动) nor one to come (即将举行的…)?"""
    if _NOT_ONE.search(name) or len(name) > MAX_NAME:
        return False
    return len(name) >= 8 or bool(_PROPER.search(name)) or bool(vocab.region_re and vocab.region_re.search(name))


# what makes a gathering's name its own: a number, an edition, a year, a quoted or titled name
_PROPER = re.compile(r"[0-9０-９“”「」《]|第|届")
# a demonstrative or a kind before it, several of them, one to come, a clause joined to it
_NOT_ONE = re.compile(r"^(?:本次|这次|此次|这个|这一|今天|当天|上述|相关|有关|该|其他|各项|一系列|大型|和|及|并|与)|等|举行|召开|举办")
_TO_COME = re.compile(r"即将|将于|将在|将要")


# 、第六届消博会 / 和第八届夏季达沃斯论坛: another gathering after the first, up to the clause's end
_MORE_HELD = re.compile(r"[、和及]([^,，。；;、“”「」]{2,40}?)(?=[,，。；;、和及的]|$)")


# 甲与乙会谈, 甲同乙会晤: who was met, before a verb of mutual meeting
MUTUAL_MEETINGS = ("会谈", "会晤", "会面", "见面")
_WITH = re.compile(r"(?<![参给])[与同](?![时此])")


# 王勇、白玛赤林代表双方在备忘录上签字: who signed, in a sentence soon after what was signed
_SIGNED_BY = re.compile(r"签字|签署|签约")


def _signers_after(text: str, sentence_end: int, end: int, people: Sequence[NameMention]) -> list[NameMention]:
    for k, (s, e) in enumerate(sentences(text, sentence_end, end)):
        if k == 3:
            break
        found = [p for p in people if s <= p.span[0] < e]
        if found and _SIGNED_BY.search(text, s, e):
            return found
    return []


def _kind(m: re.Match[str], vocab: Vocabulary) -> EventKind:
    """The kind of the act's last noun (经贸洽谈会开馆仪式: a ceremony), or of the first it holds."""
    word = max((w for w in vocab.nested_acts if m.group().endswith(w)), key=len, default=None) or \
        next((w for w in vocab.nested_acts if w in m.group()), None)
    try:
        return EventKind(vocab.nested_acts[word][1]) if word else EventKind.OTHER
    except ValueError:
        return EventKind.OTHER


def _same_act(act: str, name: str) -> bool:
    """Is the parent activity this act itself (a symposium's report that says it held a symposium)?"""
    if act == "attended":
        return False                    # (a gathering attended is told apart from its parent by its name)
    return bool(re.search("宣誓" if act == "oath" else "签|缔结|结好|结为" if act == "signed" else
                          "会见|会晤|拜会|拜访|接见|会谈|会面" if act == "met" else "座谈", name))


def _paragraph_end(text: str, sentence_end: int, end: int) -> int:
    k = text.find("\n", max(sentence_end - 1, 0), end)
    return end if k < 0 else k


def _earlier_chosen(text: str, start: int, people: Sequence[NameMention]) -> list[NameMention]:
    """The persons the sentence before an oath (which starts at ``start``) elected or appointed
    (张某当选为区长。随后,大会举行了宪法宣誓仪式)."""
    s = max(text.rfind(c, 0, max(start - 1, 0)) for c in "。！？!?；;\n") + 1
    return [p for p in people if s <= p.span[0] < start] if _CHOSEN.search(text, s, start) else []


def _oath_name(before: str, swearers: Sequence[NameMention], act: str, parent: Event) -> str:
    """张某宪法宣誓, 新任命人员宪法宣誓仪式; where no one is named, the session's: 某常委会第十次会议宪法宣誓仪式."""
    oath = re.sub(r"^(?:向|对)", "", act).replace("庄严", "").replace("郑重", "").replace("集体", "")
    if "仪式" not in oath and "宪法宣誓" in oath and not swearers:
        oath += "仪式"
    group = _SWEARERS.search(before)
    who = "".join(dict.fromkeys(p.name for p in swearers[:2])) if swearers else group.group() if group else ""
    if not swearers and parent.kind in (EventKind.SESSION, EventKind.MEETING) \
            and len(parent.name) + len(oath) <= MAX_NAME:
        who = parent.name + (who if len(parent.name + who + oath) <= MAX_NAME else "")
    return shorten(tidy(who + oath))


def _named(holder: str, persons: Sequence[NameMention], act: str, lead: Sequence[NameMention]) -> str:
    """``holder`` and the act without how it was done (省长王学军和魏尔共同签署了… -> 王学军和魏尔签署…); a
    holder that is only where or about what (在某村, 就某事) after who held the activity (``lead``)."""
    holder = _MANNER.sub("", _MANNER.sub("", holder).strip())
    names = [p.name for p in persons if p.name in holder and not holder.startswith(("在", "就"))]
    if names:
        holder = "和".join(dict.fromkeys(names))
    elif not holder or holder.startswith(("在", "就", "与", "同")):
        holder = "".join(dict.fromkeys(p.name for p in [*lead, *persons][:1])) + holder
    act = tidy(re.sub(r"^(签署|签订|缔结|签约|召开|举行|主持召开)了", r"\1", act).replace("《", "").replace("》", ""))
    if len(holder) + len(act) > MAX_NAME:         # a long list of signers: who led, or the act alone
        holder = "".join(dict.fromkeys(p.name for p in [*lead, *persons][:1]))
    return shorten(tidy(holder + act))


_MEETING_KINDS = (EventKind.MEETING, EventKind.RECEPTION)


def fold_told_meetings(text: str, events: Sequence[Event], people: Sequence[NameMention]) -> list[Event]:
    """The events without the parts that tell more of a meeting reported elsewhere in the article (甲会见了乙。⏎
    在会见乙时,双方…; 在与乙会谈时,…): such a part's people join that meeting, whose participants include
    everyone the frame names."""
    out = list(events)
    for k in range(len(out) - 1, -1, -1):
        e = out[k]
        at = text.rfind("在", max(0, e.span[0] - 2), e.span[0] + 1) if e.span else -1
        frame = (WHILE_MEETING.match(text, at) or WHILE_RECEIVING.match(text, at)) if at >= 0 else None
        named = {m.name for m in people if frame and frame.start() <= m.span[0] < frame.end()}
        j = next((j for j, o in enumerate(out) if j != k and named and o.kind in _MEETING_KINDS
                  and named <= {p.name for p in o.participants}), None)
        if j is None:
            continue
        told = {p.name: p.roles for p in e.participants}
        there = tuple(replace(p, roles=tuple(dict.fromkeys(p.roles + told.get(p.name, ())))) for p in out[j].participants)
        more = [p for p in e.participants if p.name not in {q.name for q in there}]
        out[j] = replace(out[j], participants=there + tuple(
            replace(p, order=len(there) + n + 1) for n, p in enumerate(more)))
        del out[k]
    return out
