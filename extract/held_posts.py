"""Posts a person's career states after the name: 甲,现任某区委副书记 / 甲曾任某县县长 / 甲,男,…,现任某局局长.

    held_posts(text, persons=..., vocab=...)  -> (name, Title) for each post

    postnominals(text, persons, vocab)       -> (name, Title) for each of 某某博士,SBS,JP's letters

Read with the readers of ``extract.appointments`` (the names stand where they stand before ``任``), but a career
is no decision: these posts become titles (``extractor.with_decided_posts``) and no appointment.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extract.appointments import _names_before, _opening_name, _posts, _without_ordinal, reader_of
from extract.officials import TitleItem, chain_titles, looks_like_org
from extract.org_start import stop_cut
from extract.records import Person, Title
from extract.textutil import SENTENCE_END
from extract.vocab import Vocabulary

__all__ = ["held_posts", "postnominals", "roster_members"]

# 甲,现任某区委副书记 / 甲曾任某县县长、县委书记 / 甲,男,1966年12月生,…,现任某局局长: posts a career states
# (时任, 原任 stand before a post and its holder in news, 时任县长的某某: no career there)
_HOLDS_RE = re.compile(r"现任|曾任|历任|先后任|先后担任|曾担任|现担任")


def held_posts(text: str, *, persons: Sequence[Person], vocab: Vocabulary,
               items: Sequence[TitleItem] | None = None) -> tuple[tuple[str, Title], ...]:
    """The posts a person's career states after the name (a 任前公示, a biography, a profile): (name, title) for
    each, no decision (CONVENTIONS: every post the article attaches to the person is a title; field gold: posts
    from a biography, 曾任 included, are titles).  The names stand as for ``任`` (甲同志|现任, 甲,|现任, or the name
    that opens the paragraph: 甲,男,…,现任 / 甲…工作22年。历任…); posts followed by 的 are of the name after them.
    ``items``: the text's ``find_title_items``, if read."""
    rosters = _lists(text, holders=True)
    lettered = postnominals(text, persons, vocab)
    if not text or not (_HOLDS_RE.search(text) or _may_appose(text, persons) or rosters or _BIO_HEAD.search(text)
                        or _NOTED_TENURE.search(text)):
        return lettered
    r = reader_of(text, persons, vocab, items=items)
    out: list[tuple[str, Title]] = list(lettered) + _apposed(r) + _rostered(r, rosters, persons)
    out += _dated_tenures(r, persons) + _noted_tenures(r)
    for m in _HOLDS_RE.finditer(text):
        names_, _ = _names_before(r, m.start())
        if not names_ and text[m.start() - 1:m.start()] in ",，":
            names_, _ = _names_before(r, m.start() - 1)
        if not names_:
            names_, _ = _opening_name(r, m.start(), propose=True, clause=False)
        posts = _posts(r, m.end()) if names_ else None
        if posts is None or text.startswith("的", posts[0]) or posts[0] in r.names.starts:
            continue            # (曾任县长的某某, 甲,曾担任某会副主任乙: the post is of the one named after it)
        titles = posts[1] + _career_goes_on(r, posts[0])
        out += [(name, replace(t, org=_without_ordinal(t.org))) for name in names_ for t in titles]
    return tuple(out)


# 张某,1950年2月生,河北某地人。⏎1985年任某书记处书记。1998年3月至2001年10月任某社副社长、党组副书记。: a
# biography's head (a name opening a paragraph, a birth month), then its dated tenures up to the next head
_BIO_HEAD = re.compile(r"(?:^|\n)[ \t\u3000]*([\u4e00-\u9fff·]{2,8})[,，](?:[男女][,，])?(?:[^,，。\n]{1,8}[,，])?"
                       r"[0-9]{4}年[0-9]{1,2}月(?:出)?生")
_DATED_TENURE = re.compile(r"(?:^|(?<=[。;；\n,，]))[ \t\u3000]*[0-9]{4}年(?:[0-9]{1,2}月)?"
                           r"(?:(?:至|—|-|－)(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?)?[,，]?(?:起)?任(?!务|期|职)")


def _dated_tenures(r, persons: Sequence[Person]) -> list[tuple[str, Title]]:
    """The posts a biography gives with their dates (1985年任某书记, 1998年3月至2001年10月任某副社长), each of
    the person whose biography's head stands last before it."""
    text, out = r.text, []
    names = {p.name for p in persons if not p.is_reporter}
    heads = [(m.start(1), m.group(1)) for m in _BIO_HEAD.finditer(text) if m.group(1) in names]
    for m in _DATED_TENURE.finditer(text) if heads else ():
        subject = next((name for start, name in reversed(heads) if start < m.start()), None)
        posts = _posts(r, m.end()) if subject else None
        if posts is not None and not text.startswith("的", posts[0]):
            out += [(subject, replace(t, org=_without_ordinal(t.org))) for t in posts[1] + _career_goes_on(r, posts[0])]
    return out


# 给予甲(2013年9月至2017年2月任某县副县长,分管…)处分: a tenure noted in brackets right after the name; 受表彰的有
# 甲(某县第一中学校长)、乙(某医院护士长): the posts alone, the note of who each one is
_NOTED_TENURE = re.compile(r"[(（][ \t\u3000]*(?:(?:[0-9]{4}年(?:[0-9]{1,2}月)?(?:(?:至|—|-|－)(?:[0-9]{4}年)?"
                           r"(?:[0-9]{1,2}月)?)?[,，]?起?)?(?:曾|原)?任(?!务|期|职))?")


def _noted_tenures(r) -> list[tuple[str, Title]]:
    """The posts a bracketed note right after a name gives (甲(2015年11月任某镇党委副书记、镇长), 甲(某中学校长)): the
    name's, where they fill the note (a bare note of posts) or a part of it (a tenure)."""
    out: list[tuple[str, Title]] = []
    for end, (_, name) in r.names.ends.items():
        m = _NOTED_TENURE.match(r.text, end)
        posts = _posts(r, m.end()) if m else None
        ends = _NOTE_PART_ENDS if m and m.end() - end > 1 else ")）"
        if posts is not None and r.text[posts[0]:posts[0] + 1] in ends:
            out += [(name, replace(t, org=_without_ordinal(t.org))) for t in posts[1]]
    return out


_NOTE_PART_ENDS = ",，;；)）"


def _career_goes_on(r, end: int) -> list[Title]:
    """历任某局副处长、处长,某局党组成员、副局长,某县县长: the posts of a career after a comma, each part of
    posts alone up to the next comma or the sentence's end (not 曾任县长,县委书记甲出席: a name ends that part)."""
    text, more = r.text, []
    while text[end:end + 1] in (",", "，"):
        posts = _posts(r, end + 1)
        if posts is None or not posts[1] or text[posts[0]:posts[0] + 1] not in _CAREER_PART_ENDS:
            break
        end, more = posts[0], more + posts[1]
    return more


_CAREER_PART_ENDS = ",，。;；\n"


# 分别是甲,某县委书记、二级巡视员;乙,某区委书记;丙,女,某县委书记。: a name that opens a list item, a
# comma (and 男/女), then posts that fill the rest of the item: the posts of the name (nominees, members).
_APPOSED_RE = re.compile(r"[,，](?:[男女][,，])?[^,，;；。]{2,40}[;；。]")
_ITEM_OPENERS = ";；:：\n。"
_ITEM_ENDS = ";；。\n"
_SEX = re.compile(r"[男女][,，]")


def _opens_item(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _ITEM_OPENERS or text.endswith("是", 0, start)


def _may_appose(text: str, persons: Sequence[Person]) -> bool:
    """Whether a name opens a list item and a comma follows it (the cheap test before ``_apposed``)."""
    return any(_APPOSED_RE.match(text, e) and _opens_item(text, s)
               for p in persons if not p.is_reporter for s, e in p.spans)


def _apposed(r) -> list[tuple[str, Title]]:
    text = r.text
    out: list[tuple[str, Title]] = []
    for end, (start, name) in sorted(r.names.ends.items()):
        if text[end:end + 1] not in (",", "，") or not _opens_item(text, start):
            continue
        pos = end + 1
        sex = _SEX.match(text, pos)
        if sex:
            pos = sex.end()
        posts = _posts(r, pos)
        if posts is None or not posts[1] or (posts[0] < len(text) and text[posts[0]] not in _ITEM_ENDS):
            continue            # (甲,某局局长,在会上发言: the clause goes on; the post may be another's)
        out += [(name, replace(t, org=_without_ordinal(t.org))) for t in posts[1]]
    return out


# 某县第十三届委员会委员名单(按姓氏笔画为序):甲、乙 / 某省政协委员名单中,某地人士包括甲、乙(女)、丙: a list
# under a heading that names the post its members hold.
_ROSTER = re.compile(r"名单\s*(?:[(（][^()（）\n]{0,20}[)）])?\s*(?:[:：]|中[,，]?[^。:：\n,，]{0,12}?(?:包括|有|为)[:：]?)\s*")
# 新一届某省委常委分别为甲、乙 / 当选为自治区党委常委的还有甲、乙(女,藏族): the elected, listed after their post
# (only where the clause says they were elected: 出席会议的市领导还有甲、乙 is who attended)
_ELECTED_LIST = re.compile(r"(?:的还?有|还有|分别为|分别是|依次为|依次是)[:：]?\s*")
_ELECTED_CUE = re.compile(r"当选|选出|选举|新一届|新当选|新任|产生")
# 下列人士获委任为某委员会委员: / 委员名单如下: and a line for each member (梁某议员,GBS,JP / 某局局长 / …):
# the names that open the lines up to a blank line or a paragraph
_LINE_ROSTER = re.compile(r"[:：][ \t\u3000]*\n")
_LINE_ROSTER_HEAD = re.compile("委员|成员|名单|如下|人士|委任|任命")
# 非官方委员⏎(a rule)⏎甲⏎乙博士⏎: a post alone on its line over its members, a name a line (a Hong Kong gazette's list)
_BARE_ROSTER = re.compile(r"(?<=委员|成员)\n")
_BARE_HEAD_MAX = 8
_ROSTER_LINE_MAX = 40
# 委员: 甲⏎⏎乙⏎⏎丙博士*: a post as a label (the text joins its short lines: 委员: 甲乙丙博士*), its members after it
_POST_LABEL = re.compile(r"(?<=[\u4e00-\u9fff])[:：][ \t\u3000]*(?=[\u4e00-\u9fff])")
_LABEL_MEMBER_TAIL = re.compile(r"(?:博士|教授|先生|女士)?[*＊]?\s*")
# 其余七位副市长分别为甲、乙: who hold a post, listed after it (titles; the list is no roster of the elected)
_HOLDERS = re.compile(r"(?:分别为|分别是)[:：]?\s*")


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in SENTENCE_END + "\n") + 1


_NAME_LINES = re.compile(r"(?:[\u4e00-\u9fff]{2,4}(?:博士|教授|先生|女士)?[#＃*＊]?[ \t\u3000]*\n){2}")
_BETWEEN_NAMES = re.compile(r"(?:[(（][^()（）\n]{0,12}[)）])?[、,，\s\u3000]*(?:和|及|以及)?")
_FIRST_NAME_REACH = 3


def _rostered(r, rosters: Sequence[re.Match], persons: Sequence[Person]) -> list[tuple[str, Title]]:
    """The members of each list under a heading that ends with a post (``_ROSTER``): the heading's posts."""
    items = sorted(r.post_at_end.values(), key=lambda it: it.post_start)
    out: list[tuple[str, Title]] = []
    for m in rosters:
        last = r.post_at_end.get(m.start())
        if last is None and m.re in (_LINE_ROSTER, _BARE_ROSTER):     # 委任以下人士为某委员会委员,任期两年:⏎
            line = r.text.rfind("\n", 0, m.start()) + 1
            last = max((it for it in items if line <= it.post_start and it.end <= m.start()),
                       key=lambda it: it.end, default=None)
        if last is not None:
            titles = [_counted_organ(r.text, last, t, r.vocab) for t in chain_titles(r.text, r.vocab, items, last)]
            if m.re is _LINE_ROSTER and last.end < m.start():
                titles = [t for t in titles if t.org]   # (…成员名单如下: no organ named, no post given)
            if m.re in (_LINE_ROSTER, _BARE_ROSTER) and (body := _committee(r.text, r.vocab)):
                titles = [replace(t, org=body) if t.org is None and t.post in ("委员", "成员") else t for t in titles]
            out += [(name, t) for name, _ in _members(r.text, m, persons) for t in titles]
    return out


# 政府委任大屿山发展谘询委员会委员 / 行政长官委任四十五名某委员会成员: the committee a notice appoints to
_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{2,24}?委员会")
_COUNT_LEAD = re.compile(r"[0-9零一二三四五六七八九十百两]+[名位个]")


def _committee(text: str, vocab: Vocabulary) -> str | None:
    """The committee the text names first (the notice's subject), whose members a roster without an organ lists."""
    m = _COMMITTEE.search(text, 0, 200)
    if m is None:
        return None
    start = stop_cut(text, max(text.rfind(c, 0, m.start()) for c in "。,，;；:：\n") + 1, m.end() - 3, vocab)
    start = count.end() if (count := _COUNT_LEAD.match(text, start, m.end())) else start
    return text[start:m.end()] if m.end() - start >= 5 else None


# 某市其余七位|副市长, 全县另外两名|副县长: a count of the holders between the organ and the post
_COUNTED = re.compile(r"(?:其余|其他|另外|另)?[0-9０-９一二三四五六七八九十两]{1,3}[位名]$")


def _counted_organ(text: str, item, title: Title, vocab: Vocabulary) -> Title:
    """The organ before a count of the holders (北京市其余七位副市长: 北京市), where none was read."""
    if title.org is not None or title.post != item.post:
        return title
    start = max(text.rfind(c, 0, item.post_start) for c in SENTENCE_END + ",，、\n") + 1
    count = _COUNTED.search(text, start, item.post_start)
    if count is None:
        return title
    organ = text[stop_cut(text, start, count.start(), vocab):count.start()]
    return replace(title, org=organ) if looks_like_org(organ, vocab) else title


def _lists(text: str, *, holders: bool = False) -> list[re.Match]:
    """The headings of lists of members (``_ROSTER``) and of the elected (``_ELECTED_LIST``, in a sentence that
    says they were elected); with ``holders``, also of a post's holders (其余七位副市长分别为甲、乙: ``_HOLDERS``,
    whose posts ``_rostered`` gives only where a post ends right before it)."""
    rosters = list(_ROSTER.finditer(text)) if "名单" in text else []
    if _ELECTED_CUE.search(text):
        rosters += [m for m in _ELECTED_LIST.finditer(text)
                    if _ELECTED_CUE.search(text, _sentence_start(text, m.start()), m.start())]
    if holders:
        rosters += [m for m in _HOLDERS.finditer(text) if m.start() not in {r.start() for r in rosters}]
    if "\n" in text and holders:          # (委员⏎甲⏎乙⏎: only where two names or more open the lines after it)
        rosters += [m for m in _BARE_ROSTER.finditer(text)
                    if m.start() - text.rfind("\n", 0, m.start()) - 1 <= _BARE_HEAD_MAX and _NAME_LINES.match(text, m.end())]
    if "\n" in text and (":" in text or "：" in text):
        rosters += list(_POST_LABEL.finditer(text)) if holders else []       # (posts only: the people may attend)
        rosters += [m for m in _LINE_ROSTER.finditer(text)
                    if _LINE_ROSTER_HEAD.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())
                    and m.start() not in {r.start() for r in rosters}]
    return rosters


def roster_members(text: str, persons: Sequence[Person]) -> set[tuple[int, int]]:
    """The spans of the names listed under a heading (``_ROSTER``) or as the elected (新一届市委常委分别为甲、
    乙; 选举产生镇人大主席甲、副主席乙,镇长丙): a list, at no event."""
    listed = {span for m in _lists(text) for _, span in _members(text, m, persons)}
    for m in _POST_LABEL.finditer(text) if "\n" in text else ():      # 委员: 甲乙丙 (a name a line): appointed
        if len(members := _members(text, m, persons)) >= 2:
            listed |= {span for _, span in members}
    for m in _ELECTED_THEN.finditer(text):
        stop = _ELECTION_ENDS.search(text, m.end())
        end = stop.start() if stop else len(text)
        listed |= {(s, e) for p in persons if not p.is_reporter for s, e in p.spans if m.end() <= s < end}
    return listed


# 选举产生镇人大主席甲、副主席乙,镇长丙、副镇长丁,并举行宪法宣誓仪式: the elected, each after a post, up to
# the clause that says what was done next or the sentence's end
_ELECTED_THEN = re.compile(r"(?:选举产生|选举出|补选|增选)了?(?=[^。；;\n]{0,40}?[、,，])")
_ELECTION_ENDS = re.compile(r"[。；;！？!?\n]|[,，](?:并|随后|会议|大会|会上)")


def _members(text: str, heading: re.Match, persons: Sequence[Person]) -> list[tuple[str, tuple[int, int]]]:
    """The names of the list after ``heading``, one after another, apart by 、, commas, spaces, line breaks or
    a bracket (女)."""
    names = sorted((s, e, p.name) for p in persons if not p.is_reporter for s, e in p.spans)
    if heading.re in (_LINE_ROSTER, _BARE_ROSTER):
        return _line_members(text, heading.end(), names)
    if heading.re is _POST_LABEL:
        return _label_members(text, heading.end(), names)
    pos, members = heading.end(), []
    for s, e, name in names:
        if s < pos:
            continue
        gap = text[pos:s]
        if (not members and len(gap) > _FIRST_NAME_REACH) or (members and not _BETWEEN_NAMES.fullmatch(gap)):
            break
        members.append((name, (s, e)))
        pos = e
    return members


# 梁某议员,GBS,JP / 某某博士, SBS, JP: letters of honour after a name (and the post or form of address glued to
# it), a comma before each; the letters are the lexicon ``postnominals``.
_GLUED_MAX = 4
_CAPITALS = re.compile("[A-Z]{2}")
_BRACKETED_POST = re.compile(r"[ \u3000]*[(（]([\u4e00-\u9fff]{1,6})[)）]")


def _postnominal_re(vocab: Vocabulary) -> re.Pattern[str]:
    letters = sorted(vocab.postnominals, key=lambda w: (-len(w), w))
    return re.compile(r"[ \u3000]*[,，、][ \u3000]*(" + "|".join(map(re.escape, letters)) + r")(?![A-Za-z])")


def postnominals(text: str, persons: Sequence[Person], vocab: Vocabulary) -> tuple[tuple[str, Title], ...]:
    """Each name's letters of honour written after it (梁某议员,GBS,JP: GBS and JP), titles with no org, and the
    seat in brackets after them (郑某博士, GBS, JP(副主席): 副主席)."""
    if _CAPITALS.search(text) is None:
        return ()
    letters = vocab.derived("postnominal_re", _postnominal_re)
    out: list[tuple[str, Title]] = []
    for p in persons:
        for _, end in p.spans:
            pos = end
            while pos < min(len(text), end + _GLUED_MAX) and "\u4e00" <= text[pos] <= "\u9fff":
                pos += 1            # (议员, 博士, 先生: a post or a form of address glued to the name)
            while (m := letters.match(text, pos)) is not None:
                out.append((p.name, Title(m.group(1), None, m.group(1), m.span(1))))
                pos = m.end()
            if pos > end and (seat := _BRACKETED_POST.match(text, pos)) and seat.group(1) in vocab.posts:
                out.append((p.name, Title(seat.group(1), None, seat.group(1), seat.span(1))))   # …, JP(副主席)
    return tuple(out)


def _label_members(text: str, pos: int, names: Sequence[tuple[int, int, str]]) -> list[tuple[str, tuple[int, int]]]:
    """The names one right after another from ``pos`` (a line each, or joined; 博士, * after one)."""
    opening = {s: (name, (s, e)) for s, e, name in names}
    members = []
    while pos in opening:
        members.append(opening[pos])
        pos = _LABEL_MEMBER_TAIL.match(text, opening[pos][1][1]).end()
    return members


def _line_members(text: str, pos: int, names: Sequence[tuple[int, int, str]]) -> list[tuple[str, tuple[int, int]]]:
    """The names that open the lines from ``pos``, each line short and no sentence, up to a blank line."""
    opening = {s: (name, (s, e)) for s, e, name in names}
    members = []
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        body = line.strip(" \t\u3000")
        if not body or len(body) > _ROSTER_LINE_MAX or "。" in body:
            break
        start = pos + len(line) - len(line.lstrip(" \t\u3000"))
        if start in opening:
            members.append(opening[start])
        pos = end + 1
    return members
