"""Decisions about posts that an article states: who was appointed, removed, elected, nominated,
proposed, who resigned and who acts, to which post, when.

    决定任命甲为某市人民政府副市长、代理市长   the names after the word, 为, the posts   (where: before)
    免去乙的某市人民政府副市长职务              the names after the word, the posts       (where: object)
    丙当选为某市市长 / 丁同志任某市委书记       the word after the names, the posts       (where: after)
    接受戊辞去某县县长职务的请求                the word after the names, the posts, 职务
    己,男,1975年6月生,……,拟任某县县长         a 任前公示: the name that opens the paragraph
    一、某市人民政府 / 任命: / 庚为副市长       a heading organ serves every entry under it

The words and their decisions are data (``appointment_actions.tsv``); the names are those the
persons grammar found (``Person.spans``), the posts are read by the officials grammar
(``extract.officials``, ``extract.name_lists``).  A 代理/代 post is an ``acting`` entry whatever the
word (任命甲为副市长、代理市长: appoint 副市长, acting 市长); posts drop a trailing 候选人/人选.  Careers
(现任, 曾任: ``extract.held_posts``, titles only) and 分管 are no decision.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from extract import jurisdiction
from extract.decision_dates import DecisionDates
from extract.label_lists import surname_led
from extract.name_lists import _post_phrase
from extract.names import plausible_name
from extract.inherited_organs import inherit_orgs, inheritable
from extract.officials import TitleItem, _make_title, _split_prefix, find_title_items, looks_like_org
from extract.records import Appointment, AppointmentAction, Person, Place, TextSpan, Title
from extract.textutil import SENTENCE_END, is_cjk
from extract.vocab import Vocabulary

__all__ = ["find_appointments", "reader_of"]

_ACTING = frozenset({"代", "代理"})
_CANDIDATE_ENDS = ("候选人预备人选", "候选人", "提名人选", "拟任人选", "人选")
# What may follow a name in a decision: (壮族), (女), 同志, 教授; names are joined by 、, 以及, 和 ...
_PER_NAME = re.compile(r"(?:[(（](?:[^()（）\s]{1,5}族|女|男)[)）])?(?:同志|先生|女士|教授|博士|硕士|学士)?")
_JOIN = re.compile("、|以及|和|及|与")
# A count after the names (甲、乙等2名同志) and before a word that follows them (甲、乙4人当选).
_COUNT = re.compile(r"等?[0-9０-９一二三四五六七八九十两]+(?:名同志|名|人|位同志|位)(?:同志)?")
_BEFORE_TAIL = re.compile(r"(?:[(（](?:[^()（）\s]{1,5}族|女|男)[)）])?(?:同志|先生|女士|博士|硕士|学士)?"
                          r"(?:等?[0-9０-９一二三四五六七八九十两]+(?:名同志|名|人|位同志|位)(?:同志)?)?(?:以[0-9０-９]+票(?:的高票)?)?"
                          # 甲已于25日|被任命为, 甲日前|当选, 甲去年|出任, 甲今年初|担任: when, between the names and the word
                          r"(?:(?:已于|已|于|日前|近日|昨天|昨日|今天|此前|随后|(?:去|今|前|同|次|当)年[初底中]?)"
                          r"(?:[0-9０-９一二三四五六七八九十]{1,2}月)?(?:[0-9０-９一二三四五六七八九十]{1,3}日)?)?"
                          r"(?:提出|申请|请求)?$")      # 接受甲、乙|提出|辞去: who asked to leave
# Between the names and their posts: 为, or (下月1日起)出任 / 担任 (委任甲下月1日起出任某局主席).
_CONNECT = re.compile(r"为|[,，]?(?:(?:下月|本月|今年|明年)?[0-9０-９一二三四五六七八九十]{1,4}[年月日号]"
                      r"(?:[0-9０-９一二三四五六七八九十]{1,2}[月日号])?起?)?(?:出任|担任)")
_REFERRED = re.compile(_CONNECT.pattern + "|任")     # (甲同志任X: whom a later 其 means)
_DUTY = ("职务", "一职")        # what closes the posts of a decision: 免去甲的X职务, 免除甲同志X一职
# ,代理某市市长职务 after an appointment: the same persons act.
_ACTING_AFTER = re.compile(r"[,，、](?=代理|代[^表])")
# 选出的某委员会副主席是: / 出任某会委员的11人分别是: the posts, then the names.
_LISTED = re.compile(r"的?(?P<posts>[^,，。;；:：\n]{1,40}?)(?P<tail>(?:的[0-9０-９一二三四五六七八九十]+[名人位])?"
                     r"(?:分别)?(?:是|为|有)[:：])")
# 「某委员会」(某会)的主席: an organ written before 的 and the post.
_OF_ORGAN = re.compile(r"[「“\"]?(?P<org>[^,，。;；:：「」“”\"()（）\n]{2,30}?)[」”\"]?(?:[(（][^()（）]{1,12}[)）])?的")
_SEPARATORS = "、,，;；:：。\n \u3000"
_OF = re.compile("的")
# Words after which a decision's subject is named: 接受|甲|辞去, 同意|乙|辞去, 决定|丙|代理.
_NAME_OPENERS = ("接受", "同意", "批准", "决定", "宣布", "由")
_ORDINAL = re.compile(r"第[0-9０-９一二三四五六七八九十]+[任届]$")
_STRONG_OPENERS = ("接受", "同意")
_PRONOUNS = "其他她该"
_CLAUSE_BREAK = ",，。;；:：!！?？\n"
_MAX_BEFORE_NAMES = 30
# Between one entry of a decision and the next that it governs (任命甲为X,乙为Y; the lines of a list).
_NEXT_ENTRY = re.compile(r"[,，;；、\s]*(?:[(（]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．、]\s*)?")
_LIST_OPENER = re.compile(r"[了]?\s*[:：,，]?\s*")
# A heading organ that serves the lines under it: 一、某市人民政府 / (二)某市中级人民法院
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[、.．])?\s*"
                      r"(?P<org>[^\s,，。;；:：、]{2,30}?)\s*[:：]?\s*$")
_MAX_LIST_LINE = 100


@dataclass(frozen=True, slots=True)
class _Names:
    """The persons' name mentions of an article, by where they start and end."""

    starts: dict[int, tuple[int, str]]
    ends: dict[int, tuple[int, str]]

    @classmethod
    def of(cls, persons: Sequence[Person]) -> _Names:
        starts: dict[int, tuple[int, str]] = {}
        ends: dict[int, tuple[int, str]] = {}
        for p in persons:
            if p.is_reporter:
                continue
            for s, e in p.spans:
                starts.setdefault(s, (e, p.name))
                ends.setdefault(e, (s, p.name))
        return cls(starts, ends)


@dataclass(frozen=True, slots=True)
class _Reader:
    text: str
    vocab: Vocabulary
    names: _Names
    post_at_end: dict[int, TitleItem]
    headings: tuple[tuple[int, int, str], ...]     # (line start, line end, organ)
    name_starts: tuple[int, ...]                   # where the names start, sorted
    posts: tuple[tuple[int, int], ...]             # (start, end) of every post written, sorted


def reader_of(text: str, persons: Sequence[Person], vocab: Vocabulary, *, items: Sequence[TitleItem] | None = None) -> _Reader:
    """What the readers of names and posts around a decision word need to know of ``text`` (its ``items``, if read)."""
    items = find_title_items(text, vocab) if items is None else items
    names = _Names.of(persons)
    return _Reader(text, vocab, names, {it.end: it for it in items if it.kind == "post"}, _headings(text, vocab),
                   tuple(sorted(names.starts)), tuple((it.post_start, it.end) for it in items if it.kind == "post"))


def find_appointments(text: str, *, persons: Sequence[Person], issue_date: str | None, vocab: Vocabulary,
                      place: Place | None = None, body_start: int = 0,
                      items: Sequence[TitleItem] | None = None) -> tuple[Appointment, ...]:
    """The decisions ``text`` states, one per person, action and post, in text order.

    ``persons`` are the article's persons (their spans locate the names), ``issue_date`` the publication date
    (the date of a decision whose own date is not written), ``place`` the article's place, with which organs are
    expanded (``org_full``) as titles are.  A decision stated twice (in the headline and in the body, from
    ``body_start``) is one entry, with the organ the body writes and the date the text states (``items``: the
    text's ``find_title_items``, if read).

    >>> from extract.vocab import vocabulary
    >>> from extract.records import Person
    >>> text = "会议决定任命韦立新为青河市商务局局长。"
    >>> [(a.name, a.action.value, a.post, a.org) for a in find_appointments(
    ...     text, persons=[Person("韦立新", spans=((6, 9),))], issue_date="2025-03-05", vocab=vocabulary())]
    [('韦立新', 'appoint', '局长', '青河市商务局')]
    """
    if not text or not vocab.appointment_action_re.search(text):
        return ()
    reader = reader_of(text, persons, vocab, items=items)
    found: list[tuple[str, TextSpan, AppointmentAction, Title, int]] = []
    for m in vocab.appointment_action_re.finditer(text):
        if _in_post(reader, m) or text.startswith(("前", "之前", "以前"), m.end()):
            continue            # the 任 of 主任; 履新前是某市副市长: a career before the decision
        action, where = vocab.appointment_actions[m.group()]
        if where == "after":
            found += _after(reader, m, AppointmentAction(action))
        else:
            found += _governed(reader, m, AppointmentAction(action), object_=where == "object")
    when = DecisionDates(text, issue_date, vocab)
    known = {p.name for p in persons}           # (a person named like a county: 凌云)
    out: dict[tuple[str, str, str, str], tuple[Appointment, bool]] = {}
    for name, span, action, title, at in sorted(found, key=lambda f: (f[4], f[1])):
        action, post = _action_and_post(action, title.post, vocab)
        if not post.strip("-") or title.post in vocab.reporter_words or (
                (name in vocab.foreign or name in vocab.regions) and name not in known):
            continue            # (甲任乙摄: two names and a credit; 韩国当选总统某某: a country, no one elected)
        title = replace(title, post=post, org=_without_ordinal(title.org, vocab))
        org_full = jurisdiction.expand_title(title, place, vocab).org_full if place else None
        date, stated = when.at(at)
        entry = Appointment(name=name, action=action, post=post, org=title.org, surface=text[span[0]:span[1]],
                            span=span, date=date, org_full=org_full)
        key = (name, action.value, post, "")
        if key in out and out[key][0].span == span and out[key][0].org != entry.org:
            key = (name, action.value, post, entry.org or "")     # one chain, two organs: two entries
        if key not in out:
            out[key] = (entry, stated)
            continue
        have, have_stated = out[key]
        if entry.org and (have.org is None or have.span[0] < body_start <= entry.span[0]
                          or len(entry.org) > len(have.org)):
            have = replace(have, org=entry.org, org_full=entry.org_full, span=entry.span, surface=entry.surface)
        if stated and not have_stated:
            have, have_stated = replace(have, date=entry.date), True
        out[key] = (have, have_stated)
    entries = [entry for entry, _ in out.values()]
    return tuple(_acting_organ(entry, entries) for entry in entries)


def _acting_organ(entry: Appointment, entries: Sequence[Appointment]) -> Appointment:
    """决定其为代理省长 after 任命甲为某省副省长: the post acted is of the organ of the person's other post."""
    if entry.action is not AppointmentAction.ACTING or entry.org:
        return entry
    other = next((e for e in entries if e.name == entry.name and e.org and e is not entry), None)
    return replace(entry, org=other.org, org_full=entry.org_full or other.org_full) if other else entry


# --- The three places of the names -------------------------------------------

def _governed(r: _Reader, m: re.Match, action: AppointmentAction, *, object_: bool):
    """任命甲、乙为X,丙为Y / 免去甲的X职务,乙的Y职务: the names follow the word; a list under the word
    (任命:\n甲为X\n乙为Y) goes on while its lines are entries."""
    text = r.text
    if text[m.start() - 1:m.start()] == "拟":
        return []               # 拟任命 in a 公示 (read as propose by its own word)
    listed = _listed(r, m, action)
    if listed:
        return listed
    pos = _LIST_OPENER.match(text, m.end()).end()
    colon = any(c in ":：" for c in text[m.end():pos])
    if any(c in ",，" for c in text[m.end():pos]) and m.group() not in ("决定", "表决通过"):
        return []       # 任命, / 选举, open no list; 会议…决定,甲、乙为… does
    out = []
    prev: Title | None = None
    start = m.start()
    while True:
        entry = _entry(r, pos, object_=object_, last=out[-1][0] if out else None)
        if entry is None:
            break
        names, end, titles = entry
        titles = _with_heading(r, titles, pos, prev)
        out += [(name, (start, end), action, t, m.start()) for name in names for t in titles]
        prev = next((t for t in reversed(titles) if t.org), prev)
        acting = _ACTING_AFTER.match(text, end)
        if acting and (more := _posts(r, acting.end())):
            # 任命甲为某市副市长,代理某市市长职务: the same names act
            end, titles = more
            out += [(name, (start, end), action, t, m.start()) for name in names for t in titles]
        nxt = _NEXT_ENTRY.match(text, end)
        if (nxt.end() == end and end not in r.names.starts) or r.vocab.appointment_action_re.match(text, nxt.end()):
            break
        if not colon and any(c in "。\n" for c in text[end:nxt.end()]):
            break
        pos = start = nxt.end()
    return out


def _entry(r: _Reader, pos: int, *, object_: bool, last: str | None):
    """甲、乙同志为X / 县委副书记甲同志为X / 甲的X职务 / 其为X at ``pos``: (names, end, titles) or None."""
    text = r.text
    if text.startswith("其", pos):
        last = last or _name_before(r, pos)
        runs = [([last], pos + 1)] if last else []
    else:
        runs = _runs(r, pos, "的" if object_ else "为")
    for names, after in runs:
        if object_:
            after += text.startswith("的", after)
        else:
            connect = _CONNECT.match(text, after)
            if connect is None:
                continue
            after = connect.end()
        posts = _posts(r, after)
        if posts is not None:
            return names, posts[0], posts[1]
    return None


def _name_before(r: _Reader, pos: int) -> str | None:
    """The name written last before ``pos`` in its sentence: whom 其 refers to (决定其为代理省长; 甲同志任X,免去其Y)."""
    sentence = max(r.text.rfind(c, 0, pos) for c in SENTENCE_END + "\n")
    ends = [e for e in r.names.ends if sentence < e <= pos and _REFERRED.match(r.text, _PER_NAME.match(r.text, e).end())]
    return r.names.ends[max(ends)][1] if ends else None


def _listed(r: _Reader, m: re.Match, action: AppointmentAction):
    """会议选出的某委员会副主席是:甲、乙 / 出任某会委员的11人分别是:甲、乙: the posts before the names."""
    text = r.text
    head = _LISTED.match(text, m.end())
    if head is None:
        return []
    posts = _posts(r, head.start("posts"), stop=head.start("tail"))
    if posts is None or posts[0] != head.start("tail"):
        return []
    out = []
    pos = head.end()
    end = min((i for i in (text.find(c, pos) for c in "。;；\n") if i >= 0), default=len(text))
    for part in re.finditer(r"[^、,，]+", text[pos:end]):
        s, e = pos + part.start(), pos + part.end()
        name = r.names.starts.get(s, (0, ""))[1] if r.names.starts.get(s, (0, ""))[0] <= e else ""
        written = re.sub(f"(?:{_PER_NAME.pattern})(?:{_COUNT.pattern})?$", "", part.group())
        if not name and (plausible_name(written, r.vocab) or surname_led(written, r.vocab)
                         or out and _listed_name(written, r.vocab)):
            name = written              # 甲、令某某、乙: in a list that names open, a part of a name's length
        if not name:
            break
        out += [(name, (m.start(), e), action, t, m.start()) for t in posts[1]]
    return out


def _listed_name(part: str, vocab: Vocabulary) -> bool:
    return 2 <= len(part) <= 4 and all(is_cjk(c) for c in part) and not vocab.post_re.search(part)


def _after(r: _Reader, m: re.Match, action: AppointmentAction):
    """甲当选为X / 甲同志任X / 接受甲辞去X职务的请求 / 甲,男,…,拟任X: the names stand before the word."""
    text = r.text
    listed = _listed(r, m, action)
    if listed:
        return listed
    names, begin = _names_before(r, m.start())
    if not names and action is not AppointmentAction.APPOINT:
        names, begin = _bounded_before(r, m.start())
    if not names and action in (AppointmentAction.PROPOSE, AppointmentAction.RESIGN, AppointmentAction.ELECT,
                                AppointmentAction.REMOVE):     # 甲同志任X,不再担任Y职务: 甲 leaves Y
        names, begin = _names_before(r, m.start() - 1) if text[m.start() - 1:m.start()] in ",，" else ([], 0)
        if not names:
            names, begin = _opening_name(r, m.start(), propose=action is AppointmentAction.PROPOSE,
                                         clause=action is AppointmentAction.ELECT)
    if not names:
        return []
    pos = m.start() if action is AppointmentAction.ACTING else m.end()
    posts = _posts(r, pos + (1 if text.startswith("为", pos) and action is not AppointmentAction.ACTING else 0))
    if posts is None:
        return []
    end, titles = posts
    span = (min(begin, m.start()), end)
    return [(name, span, action, t, m.start()) for name in names for t in _with_heading(r, titles, m.start(), None)]


def _opens_decision(r: _Reader, m: re.Match) -> bool:
    """Does the word open a decision of its own (、免去…, 乙任…, 免去:), not stand inside an organ's name
    (政治委任官员, 第六任行政长官)?"""
    before = r.text[m.start() - 1:m.start()]
    return (not before or before in _SEPARATORS or m.start() in r.names.ends
            or r.text[m.end():m.end() + 1] in (":", "：") or r.text.startswith("同志", m.start() - 2))


def _in_post(r: _Reader, m: re.Match, *, at_start: bool = False) -> bool:
    """Is the word inside a post (the 任 of 主任), or, with ``at_start``, at its start (代理|市长)?"""
    i = bisect.bisect_right(r.posts, (m.start(), len(r.text))) - 1
    if i < 0:
        return False
    start, end = r.posts[i]
    return start < m.start() < end or (at_start and start == m.start())


def _run_from(r: _Reader, start: int) -> tuple[list[str], int] | None:
    """The persons' names listed from ``start`` (甲、乙以及丙, 马某(壮族), 陈某(女)) and where they end
    (after 同志 and a count: 甲、乙等2名同志)."""
    text = r.text
    names: list[str] = []
    p = start
    while p in r.names.starts:
        end, name = r.names.starts[p]
        names.append(name)
        end = _PER_NAME.match(text, end).end()
        join = _JOIN.match(text, end)
        if join and join.end() in r.names.starts:
            p = join.end()
            continue
        glued = r.names.starts.get(end)
        if join and glued and glued[1].startswith(join.group()):
            names.append(glued[1][len(join.group()):])   # 乙和丙 read as 乙, 和丙 by the persons grammar
            end = _PER_NAME.match(text, glued[0]).end()
        count = _COUNT.match(text, end)
        return names, count.end() if count else end
    return None


def _runs(r: _Reader, pos: int, stop: str):
    """The lists of names a decision word may govern from ``pos``: those that begin at ``pos`` or after
    a title chain (任命县委副书记甲同志为…), then, where the persons have none, names read up to ``stop``."""
    text = r.text
    window = pos + _MAX_BEFORE_NAMES
    for s in r.name_starts[bisect.bisect_left(r.name_starts, pos):]:
        if s > window or any(c in _CLAUSE_BREAK for c in text[pos:s]) or r.vocab.appointment_action_re.search(text, pos, s):
            break
        run = _run_from(r, s)
        if run is not None:
            yield run
    # names the persons grammar did not read: the decision bounds them (任命|甲|为, 委任|乙|下月1日起出任)
    if stop == "的":
        # 免去|甲|某局局长职务: a name an organ follows; a place named after it (漳州市) decides its length
        lengths = sorted((3, 2), key=lambda n: not _place_at(r, pos + n))
        for n in lengths:
            cand = text[pos:pos + n]
            if (plausible_name(cand, r.vocab) or surname_led(cand, r.vocab)) and _posts(r, pos + n) is not None:
                yield [cand], pos + n
                break
    connect = (_CONNECT if stop == "为" else _OF).search(text, pos, pos + 40)
    if connect and connect.start() > pos and not any(c in _CLAUSE_BREAK for c in text[pos:connect.start()]):
        names = _bounded_names(text[pos:connect.start()], r.vocab)
        if names:
            yield names, connect.start()


def _place_at(r: _Reader, pos: int) -> bool:
    m = r.vocab.region_re.match(r.text, pos)
    return bool(m and len(m.group()) >= 2)


def _bounded_names(stretch: str, vocab: Vocabulary) -> list[str]:
    """甲、乙(壮族)同志 between a decision word and 为: the names, each a plausible name or a surname and one
    or two characters; [] if any part is not."""
    stretch = re.sub(f"(?:{_COUNT.pattern})$", "", stretch)
    names = []
    for part in _JOIN.split(stretch):
        part = re.sub(f"(?:{_PER_NAME.pattern})$", "", part)
        if not (plausible_name(part, vocab) or surname_led(part, vocab)):
            return []
        names.append(part)
    return names


def _bounded_before(r: _Reader, pos: int) -> tuple[list[str], int]:
    """接受|甲|辞去, ,|乙|当选: a name the persons grammar did not read, between a word that opens a clause
    (or punctuation) and the decision word."""
    text = r.text
    for n in (3, 2):
        s = pos - n
        if s < 0 or not (s == 0 or text[s - 1] in _SEPARATORS or text.endswith(_NAME_OPENERS, 0, s)
                         or s in r.post_at_end):
            continue
        cand = text[s:pos]
        if cand[0] in _PRONOUNS or cand[-1] in "为的":
            continue
        strong = text.endswith(_STRONG_OPENERS, 0, s)      # 接受|布某某|辞去: the name whatever its characters
        if plausible_name(cand, r.vocab) or surname_led(cand, r.vocab) or strong and _listed_name(cand, r.vocab):
            return [cand], s
    return [], pos


def _names_before(r: _Reader, pos: int) -> tuple[list[str], int]:
    """The names that end right before ``pos`` (甲、乙|当选, 甲同志|任, 甲等4人|当选), in text order,
    and where they begin."""
    text = r.text
    end = pos
    tail = _BEFORE_TAIL.search(text, max(0, pos - 12), pos)
    if tail:
        end = tail.start()
    names: list[str] = []
    begin = end
    while end in r.names.ends:
        start, name = r.names.ends[end]
        names.insert(0, name)
        begin = start
        join = next((j for j in ("以及", "、", "和", "及", "与") if text.startswith(j, start - len(j))), None)
        if join and start - len(join) in r.names.ends:
            end = start - len(join)
            continue
        break
    if names and text[max(0, begin - 2):begin] == "接替":
        # 甲接替乙任X: 甲 takes the post
        earlier = r.names.ends.get(begin - 2)
        if earlier:
            return [earlier[1]], earlier[0]
    return names, begin


def _opening_name(r: _Reader, pos: int, *, propose: bool, clause: bool) -> tuple[list[str], int]:
    """甲,男,1975年6月生,……,拟任X: the name that opens the paragraph (``propose``); else the last name that
    opens a clause of the sentence (甲因工作变动,请求辞去X职务), or, with ``clause``, of the clause itself
    (甲以全票当选X)."""
    text = r.text
    line = text.rfind("\n", 0, pos) + 1
    sentence = max([line] + [text.rfind(c, line, pos) + 1 for c in SENTENCE_END])
    if clause:
        sentence = max([sentence] + [text.rfind(c, sentence, pos) + 1 for c in ",，;；:："])
    lo = line if propose else sentence
    opening = [s for s in sorted(r.names.starts) if lo <= s < pos and r.names.starts[s][0] <= pos and
               (s == lo or text[s - 1] in ",，;；:：、 \u3000(（“\"" or text.endswith(_NAME_OPENERS, 0, s))]
    if not opening:
        return [], pos
    s = opening[0] if propose else opening[-1]
    return [r.names.starts[s][1]], s


# --- Posts, headings, dates --------------------------------------------------

def _posts(r: _Reader, pos: int, *, stop: int | None = None) -> tuple[int, list[Title]] | None:
    """The posts written from ``pos`` up to the clause's end or 职务: (end, titles).  Where a 职务 closes
    them, posts after a comma are theirs too (不再担任某市委书记、常委,某区党工委书记职务); an organ
    written with 的 serves the post after it (「某委员会」(简称)的主席)."""
    text = r.text
    clause = min((i for i in (text.find(c, pos, pos + 80) for c in "。;；\n") if i >= 0), default=len(text))
    duty = min((i for i in (text.find(w, pos, clause) for w in _DUTY) if i >= 0), default=-1)
    if stop is None:
        stop = duty if duty >= 0 else clause
    # lines of a list run together where the page joined them (…主任乙为…, …副市长免去:): the next name or
    # decision word ends the posts
    nxt = next((m for m in r.vocab.appointment_action_re.finditer(text, pos + 1, stop)
                if not _in_post(r, m, at_start=True) and _opens_decision(r, m)), None)
    if nxt:
        stop = nxt.start()
    i = bisect.bisect_right(r.name_starts, pos)
    if i < len(r.name_starts) and r.name_starts[i] < stop:
        stop = r.name_starts[i]
    head = text[:stop]
    phrase = _post_phrase(head, pos, r.post_at_end, r.vocab)
    organ = None
    if phrase is None:
        of = _OF_ORGAN.match(head, pos)
        if of is None or (phrase := _post_phrase(head, of.end(), r.post_at_end, r.vocab)) is None:
            return None
        organ = of.group("org")
    end, chain = phrase
    while duty >= 0 and end < stop and text[end] in ",，":
        more = _post_phrase(head, end + 1, r.post_at_end, r.vocab)
        if more is None:
            break
        end, chain = more[0], chain + more[1]
    titles = [_ordinal_organ(text, _make_title(text, it, org_start, r.vocab), org_start, it, r.vocab)
              for it, org_start in chain]
    titles = [_acting_in_org(t, text) for t in inherit_orgs(titles, [it for it, _ in chain], r.vocab)]
    for i in range(len(titles)):
        if titles[i].org is None and i and titles[i - 1].org and titles[i].post.startswith(tuple(_ACTING)):
            titles[i] = replace(titles[i], org=titles[i - 1].org)     # 某市副市长、代理市长: 代理市长 of 某市
        elif titles[i].org is None and organ:
            titles[i] = replace(titles[i], org=organ)
    if text.startswith(_DUTY, end):
        end += 2
    return end, titles


def _without_ordinal(org: str | None, vocab: Vocabulary | None = None) -> str | None:
    """某特别行政区第六任 (行政长官): the post's ordinal is no organ, nor is an event (全体会议的执行主席; with vocab)."""
    if org is None or (vocab is not None and vocab.names_an_event(org)):
        return None
    return _ORDINAL.sub("", org) or None


def _ordinal_organ(text: str, title: Title, org_start: int, item: TitleItem, vocab: Vocabulary) -> Title:
    """某特别行政区第六任行政长官: the organ before the ordinal, which the officials grammar does not read."""
    if title.org is not None or org_start >= item.post_start:
        return title
    org = _ORDINAL.sub("", text[org_start:item.post_start])
    if org != text[org_start:item.post_start] and looks_like_org(org, vocab):
        return replace(title, org=org)
    return title


def _acting_in_org(title: Title, text: str) -> Title:
    """代理某市人民政府市长: the 代理 read into the organ, or written right before it, goes to the post."""
    if title.org and title.org.startswith("代理") and len(title.org) > 2:
        return replace(title, org=title.org[2:], post="代理" + title.post)
    if title.org and not title.post.startswith(tuple(_ACTING)) and text.endswith("代理", 0, title.span[0]):
        return replace(title, post="代理" + title.post)
    return title


def _with_heading(r: _Reader, titles: list[Title], pos: int, prev: Title | None) -> list[Title]:
    """Titles without an organ take the one of the entry before (…为某人大常委会副主任,乙为秘书长) or the
    heading the entry stands under (一、某市人民政府 / 任命: / 甲为副市长)."""
    heading = _heading_at(r, pos)
    out = []
    for t in titles:
        if t.org is None and heading:
            t = replace(t, org=heading)
        elif t.org is None and prev is not None and inheritable(TitleItem(t.span[0], t.span[0], t.span[1], t.post), r.vocab):
            t = replace(t, org=prev.org)
        out.append(t)
    return out


def _headings(text: str, vocab: Vocabulary) -> tuple[tuple[int, int, str], ...]:
    """Lines that name only an organ (一、某市人民政府): headings of the list lines under them."""
    out = []
    start = 0
    for line in text.split("\n"):
        m = _HEADING.match(line)
        org = m.group("org") if m else ""
        word = next((w for w in vocab.appointment_actions if org.endswith(w) and len(org) > len(w) + 1), "")
        org = org[:len(org) - len(word)]         # 一、某市人民政府任命: (the page joined the lines)
        if m and looks_like_org(org, vocab) and not vocab.appointment_action_re.search(org) \
                and not vocab.post_re.search(org):
            out.append((start, start + len(line), org))
        start += len(line) + 1
    return tuple(out)


def _heading_at(r: _Reader, pos: int) -> str | None:
    """The heading the list line at ``pos`` stands under: the last heading before it with only short
    lines (entries, 任命:) between."""
    text = r.text
    for start, end, org in reversed(r.headings):
        if start > pos:
            continue
        between = text[min(end, pos):pos].split("\n")
        if all(len(line) <= _MAX_LIST_LINE for line in between[:-1]) and (len(between) > 1 or end > pos):
            return org
        return None
    return None


def _action_and_post(action: AppointmentAction, post: str, vocab: Vocabulary) -> tuple[AppointmentAction, str]:
    """代理市长 -> (acting, 市长); 市长候选人 -> 市长; other posts as written."""
    for end in _CANDIDATE_ENDS:
        if post.endswith(end) and len(post) > len(end):
            post = post[:-len(end)]
            break
    prefix, core = _split_prefix(post, vocab)
    for acting in sorted(_ACTING, key=len, reverse=True):
        if post.startswith(acting) and (prefix.startswith(acting) or post[len(acting):] in vocab.posts):
            return AppointmentAction.ACTING, post[len(acting):]
    return action, post
