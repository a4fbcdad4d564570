"""Names and dates of events as a reader would write them (issue 19).

A named meeting is called by its full name as written (某区政协九届委员会第二十次主席会议,
2025年某某对话会): the run of words that ends in an event noun (lexicon ``event_nouns``) where
the text holds it, opens it (召开, 举行, 出席 …) or closes it (…举行, …开幕).  Any other
activity is called by its subject, verb and object (张某会见某国代表团): the titles between the
names of the subject are left out, and the phrase stops at the end of its clause.  A name is
never a clause prefix, never cut inside a word, never empty and at most ``MAX_NAME`` characters.

Two names of one meeting, short and full, share a ``meeting_key``.  An event's date is the first date of the sentence
that reports it; a web page's time stamp
(2018年1月5日| 联系热线, 2021-08-22 09:58) is not an event's date.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extract.officials import NameMention
from extract.records import TextSpan
from extract.roles import WHILE_MEETING
from extract.textutil import without_site_after_title
from extract.vocab import Vocabulary

__all__ = ["MAX_NAME", "WHILE_RECEIVING", "clause_phrase", "clean_line", "event_date", "decision_name",
           "item_name", "meeting_key", "named_event", "activity_name", "subject_name", "shorten", "tidy"]

MAX_NAME = 30

# What ends a headline or a lead line on a web page: its metadata (外事动态|2017-11-15 14:48来源:…).
_META = re.compile(r"\s*(?:[|｜>]|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:文章)?来源[:：]|时间[:：]|发布时间|"
                   r"作者[:：]|编辑[:：]|点击|字号|【|浏览)")
# Words that open a named event: 召开X, 举行了X, 出席X.
_OPENS = re.compile(r"(?:主持召开|召开|举行|举办|出席|参加|列席|主持|启动|开展)(?:了|的)?")
# Words that close one: X举行, X在某地开幕, X在某地召开, X上.
_CLOSES = re.compile(r"(?:(?:\d{1,2}月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日?)?(?:上午|下午|晚)?"
                     r"(?:\d{1,2}[:：]\d{2}|\d{1,2}时(?:\d{1,2}分)?)?(?:在[^,，。；;]{1,20}?)?"
                     r"(?:隆重|胜利|正式)?(?:举行|召开|举办|开幕|闭幕|闭会|开班|启动|落幕)|(?:上|期间|开幕式)")
# Where the run of a named event stops on its left (…日,召开的X: after 的; 在X: after 在).
_LEFT_STOPS = re.compile(r"[,，。；;：:、\s(（)）]|召开|举行|举办|出席|参加|列席|主持|开展|的|在|于|了|(?<=[0-9一二三四五六七八九十])日|上午|下午|晚上|昨天|今天|"
                         r"近日|日前|当天|随后|期间|陪同|带领|率|讯")
_TIME_HEAD = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日(?:(?:至|到|—|-|～|~)(?:\d{1,2}月)?\d{1,2}日)?"
                        r"(?:上午|下午|晚上|晚)?[,，]?")
# Between the names of a subject: titles and list punctuation (罗殿龙,市长肖化: 罗殿龙 肖化).
_CLAUSE_STOP = "，,。；;：:！？!?\n"
_FILLER = re.compile(r"亲切|专程|一行\d+人")
# 李某(将)于明日(十二月二十一日)下午至二十四日到北京述职, 某乡于11月7日与某市签署: the time left out
_WHEN = re.compile(r"(?:将|拟|定|计划)?于[^,，。；;于]{1,24}?(?=到|赴|来|前往|与|同|在)")
# When in the day an act was done, between its subject and its verb (甲昨天上午|会见…): no part of its name
_DAY_TIME = re.compile(r"(?:昨天|今天|前天|昨日|今日|当天|当日|日前|近日|昨晚|今晚|今晨)(?:上午|下午|中午|晚上|晚间|早上)?"
                       r"|上午|下午|中午|晚上|晚间|早上|凌晨")
# 一行来到某地: where no participation verb is written, the movement names the activity
_WENT = re.compile(r"来到|前往|深入|走进|莅临")
# 会见以市委书记某某为团长的某市代表团, 会见由…为团长的…, 会见某会会长某某率领的某访华团: the delegation,
# without who leads it
_LEADER_OF = re.compile(r"[以由][^,，。；;以由]{1,80}?为(?:团长|组长|领队)的|(?<=会见|接见|会谈|宴请)[^,，。；;]{2,40}?(?:率领|带领)的")
# 甲在乙的陪同下会见了丙 -> 甲会见了丙; 乙等领导的陪同下参观了某馆 (the clause opens inside it) -> 参观了某馆
_ESCORTED = re.compile(r"(?:在[^在]{1,60}?|^[^在]{1,40}?)(?:的)?(?:陪同|带领|率领|陪伴)下(?:今[(（][^()（）]{1,4}[)）]日)?|"
                       r"今[(（][^()（）]{1,4}[)）]日")
_PLACE_BEFORE_VERB = re.compile(r"在(?:[^,，。；;在]{2,14}?)?(?=会见|会谈|座谈|调研|考察|检查|召开|举行|主持|出席|参加)")


def clean_line(line: str) -> str:
    """A headline or title line without the metadata a web page glued to it, nor its spaces."""
    m = _META.search(line)
    if m and m.start() >= 4:
        line = line[:m.start()]
    line = without_site_after_title(line)                # …主持回归20周年展-香港商报
    return re.sub(r"\s+", " ", line).strip(" 　")


# What a page puts around a name that is no part of it: an item mark or a column in brackets before it
# (▲, 【要闻】), a source or a credit after it (【报纸名称】, (组委会供图)), a date a line repair glued on.
_MARKS_BEFORE = re.compile(r"^(?:[■□●○◆◇▲△★☆▶►·•]\s*|【[^】]{1,10}】\s*)+")
_JUNK_AFTER = re.compile(r"(?:\s*(?:【[^】]*】?|[(（][^()（）]{0,12}(?:供图|摄|图)[)）]|"
                         r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:(?:至|到|-)(?:\d{1,2}月)?\d{1,2}日)?(?:报道|讯|电)?))+$")


def tidy(name: str) -> str:
    """``name`` without the page furniture around it (``▲某团拜会某市政府`` -> ``某团拜会某市政府``), a day
    written after its subject (郭某16日率…) and a trailing 一行 (会见某代表团一行)."""
    out = _JUNK_AFTER.sub("", _MARKS_BEFORE.sub("", name)).strip(" ,，、】]）)")
    for left, right in ("“”", "「」"):
        if out.startswith(left) and out.endswith(right) and out.count(left) == 1:
            out = out[1:-1]             # “2011年某某推介会暨项目签约仪式”, 「某某交流会」: the name, not its quotes
    out = _DAY_INSIDE.sub("", out)
    if out.endswith("一行") and len(out) > 6:
        out = out[:-2]
    return out if len(out) >= 2 else name


# 郭某16日率领…, 某某12月3日上午会见…: the day of the act, which the event's date carries
_DAY_INSIDE = re.compile(r"(?<=[\u3400-\u9fff])(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:(?:至|到|—|-|～)(?:[0-9]{1,2}月)?[0-9]{1,2}日)?"
                         r"(?:[上下中]午|晚上?)?(?=[\u3400-\u9fff])")      # (15日至17日: a range as one)


def shorten(name: str, ends: Sequence[int] = ()) -> str:
    """``name`` cut to at most ``MAX_NAME`` characters, at a word end (``ends``: where words end in it)."""
    name = name.strip(" ,，、。;；:：")
    if len(name) <= MAX_NAME:
        return name
    cuts = [i for i in ends if 6 <= i <= MAX_NAME] + \
           [i for i, c in enumerate(name[:MAX_NAME + 1]) if c in "、, ，" and i >= 6]
    cut = max(cuts, default=MAX_NAME)
    return name[:cut].strip(" ,，、")


def named_event(text: str, start: int, end: int, vocab: Vocabulary) -> tuple[str, TextSpan] | None:
    """The full name of the event a clause of ``text[start:end]`` names (召开X, X举行, 出席X, 在X上), if any."""
    best = None
    for m in vocab.event_noun_re.finditer(text, start, end):
        if m.group() in vocab.roles or m.group() in vocab.role_compounds:
            continue                                   # 考察, 走访慰问: an act, named by its subject and object
        if m.group().endswith("会") and text[m.end():m.end() + 1] in _MEETING_VERB_ENDS:
            continue                                   # 年度工作会|晤: the noun is the verb's first half
        after = m.end()
        nxt = vocab.event_noun_re.match(text, after)   # 人民代表大会第一次会议: the longest run
        if nxt:
            continue
        while after < end and text[after] in "”’」』》\"":   # “亲清面对面·政企早餐会”举行: the quote closes it
            after += 1
        closed = (after >= end or text[after] in _CLAUSE_STOP or _CLOSES.match(text, after) is not None
                  or (_DECIDES.match(text, after) is not None
                      and _NUMBERED_MEETING.search(text, max(start, m.start() - 8), after) is not None))
        left = _left_edge(text, start, m.start())
        opened = left > start and _OPENS.search(text, max(start, left - 6), left) is not None
        subject = left == start or _TIME_HEAD.fullmatch(text[start:left]) is not None \
            or _LASTING.fullmatch(text[start:left]) is not None     # (2月23日,)(历时6天的)某会议…
        whole = subject or text[left - 1] in "，,：: \n"
        if not (closed or opened or (subject and _NUMBERED_MEETING.search(text[left:after]))):
            continue                                   # (某会第四次会议圆满完成各项议程: a sitting as the subject)
        if not (opened or whole or closed):
            continue
        name = text[left:after]
        sub = _SUB_MEETING.match(text, after, end)
        if sub:                                        # 某会议举行第三次全体会议: the sitting of the session
            name, after = name + sub.group("sub"), sub.end()
        holder = _holder(text, start, left) if opened else None
        if holder and not name.startswith(holder[0]):
            name, left = holder[0] + name, holder[1]   # 双沟镇召开第十八届…会议: the body that held it
        if len(name) < 4 or vocab.event_noun_re.fullmatch(name):
            continue                                   # 座谈会, 会议: a noun alone is no name
        if best is None or len(name) > len(best[0]):
            best = (name, (left, after))
    return best


_LASTING = re.compile("(?:" + _TIME_HEAD.pattern.lstrip("^") + r")?(?:历时|为期|会期)[^,，。；;]{1,8}的")
_MEETING_VERB_ENDS = frozenset("晤见谈同")        # 会晤, 会见, 会谈, 会同: verbs, not a gathering's 会
_NUMBERED_MEETING = re.compile(r"[一二三四五六七八九十百\d]+次(?:全体)?会议$")     # …第四次会议 as the lead's subject
# What a numbered sitting does as the subject of a decision (某市人大常委会第十七次会议通过|决定|任命…): it closes the name
_DECIDES = re.compile(r"(?:审议|表决|依法)?(?:通过|决定|批准|选举|任命|免去|接受|同意|听取)")
# 某市第五届人民代表大会第四次会议举行预备会议, 某县委员会第二次会议召开第二次全体会议: one sitting of a session
_SUB_MEETING = re.compile(r"(?:隆重|正式)?(?:召开|举行)了?(?P<sub>(?:第[一二三四五六七八九十\d]{1,3}次)?"
                          r"(?:全体会议|预备会议|开幕会|闭幕会|主席团(?:第[一二三四五六七八九十\d]{1,3}次)?会议))")


# 双沟镇召开X, 政协某旗第十三届委员会召开常务委员会第九次会议, 县十七届人大常委会举行第五次会议: a place
# or a body before 召开/举行 is the holder, written before the meeting's name.
# Bodies that hold one together are listed (县科技局、南田镇联合举办X); a short bracket closes a name (工商联(商会)).
_HELD_BY = re.compile(r"(?P<h>(?:[^,，。；;：:、\s“”]{2,24}?、)*[^,，。；;：:、\s“”]{1,24}?)"
                      r"(?:今天|昨天|今日|昨日|当天|早上|上午|中午|下午|晚上)?(?:隆重|正式|联合|共同)?(?:召开|举行|举办)(?:了|的)?$")
_HOLDER_ENDS = ("镇", "乡", "县", "市", "区", "旗", "州", "省", "街道", "委员会", "常委会", "政府", "代表团",
                "人大", "政协", "党委", "党工委", "管委会", "局", "厅", "工商联", "商会", "协会", "学会", "联合会",
                "主席团", "中心", "办公室", "领导小组", "指挥部", "公司", "集团")
_ONE_HOLDER = ("县", "市", "区", "旗", "镇", "乡")     # 区召开…: a local paper's own district
_BRACKET_END = re.compile(r"[(（][^()（）]{1,6}[)）]$")


def _holder(text: str, start: int, left: int) -> tuple[str, int] | None:
    """The place or body that held the meeting named from ``left`` (双沟镇 in 双沟镇召开第…次会议), and where
    it starts."""
    base = max(start, left - 40)
    m = _HELD_BY.search(text[base:left])
    if m is None:
        return None
    h = _TIME_HEAD.sub("", m.group("h"))
    if (len(h) < 2 and h not in _ONE_HOLDER) or not _BRACKET_END.sub("", h).endswith(_HOLDER_ENDS) \
            or h.startswith(("我", "本", "全")) or re.search(r"\d|日", h):
        return None
    return h, base + m.end("h") - len(h)


_CLOSE_PAREN = re.compile(r"[^()（）]{1,3}[)）]")
_OPEN_PAREN = re.compile(r"[(（][^()（）]{1,3}$")


def _left_edge(text: str, start: int, noun_start: int) -> int:
    """Where the words before an event noun start: after the last stop word between ``start`` and it."""
    edge = start
    for m in _LEFT_STOPS.finditer(text, start, noun_start):
        g = m.group()
        if (g in "(（" and _CLOSE_PAREN.match(text, m.end(), noun_start)) or (
                g in ")）" and _OPEN_PAREN.search(text[max(start, m.start() - 4):m.start()])):
            continue                                   # 钱塘(新)区: a short bracket inside the name
        edge = m.end()
    # “再学习、再落实”活动, 2017“某某日”城市推介活动: a quotation is whole, and what stands before it with it
    opening = text.rfind("“", start, edge)
    if "”" in text[edge:noun_start] and opening >= 0 and "”" not in text[opening:edge]:
        return _left_edge(text, start, opening)
    return edge


# 在…时强调, 在…上指出: a speech after the act, in a headline or a lead
_SAID_AT = re.compile(r"(?:时|上|中|后)(?:强调|指出|表示|要求|说)")


def _without_place(name: str, vocab: Vocabulary) -> str:
    """某某在会议室会见… -> 某某会见…: the place before the verb left out; but not an act (在带队开展…检查时), where
    only 在 goes."""
    m = _PLACE_BEFORE_VERB.search(name)
    if m is None:
        return name
    if vocab.verb_re.search(name, m.start() + 1, m.end()) or vocab.role_re.search(name, m.start() + 1, m.end()):
        return name[:m.start()] + name[m.start() + 1:]
    return name[:m.start()] + name[m.end():]


_HELD_THE = re.compile(r"(?:在?随后|在)?(?:召开|举行|举办)的")
_SEATED = ("就座", "就坐", "在座", "到场", "与会")     # that the leaders were there: a role, never what the activity was


def activity_name(text: str, start: int, end: int, people: Sequence[NameMention], vocab: Vocabulary,
                  *, org_ends: Sequence[int] = ()) -> tuple[str, TextSpan] | None:
    """Subject, verb and object of the first clause group of ``text[start:end]`` that reports an act.

    The subject is the first name; titles between the subject's names are left out; the phrase
    runs to the end of the verb's clause.
    """
    met = _met_with(text, start, end, people)
    if met is not None:
        return met
    # (在甲的陪同下, 在乙的带领下: how the act was done, not the act)
    verb = next((m for m in vocab.role_re.finditer(text, start, end) if m.group() not in _SEATED
                 and not text.startswith("下", m.end())), None) \
        or vocab.event_trigger_re.search(text, start, end) or _WENT.search(text, start, end)
    if verb is None:
        return None
    subject = [m for m in people if start <= m.span[0] < verb.start()]
    begin = subject[0].span[0] if subject else _clause_start(text, start, verb.start())
    stop = verb.end()
    while stop < end and text[stop] not in _CLAUSE_STOP:
        stop += 1
    parts, pos = [], begin
    for m in subject[1:]:
        between = text[pos:m.span[0]]
        if all(c not in between for c in "在到赴来"):
            # 罗殿龙,市长肖化: keep the names, leave the titles and commas out (王某与县委书记李某: 王某与李某)
            prev_end = next(x.span[1] for x in subject if x.span[1] <= m.span[0] and x.span[1] >= pos)
            joined = next((c for c in "与同" if c in text[prev_end:m.span[0]]), "")
            parts.append(text[pos:prev_end] + joined)
            pos = m.span[0]
    if len(parts) >= 2:
        # 栾克军、王军、王立泰…参加: a list of three names or more is called by the first and 等
        last = next(m for m in subject if m.span[0] == pos)
        first = parts[0] + parts[1] if parts[0].endswith(("与", "同")) else parts[0]   # 甲同乙、丙等会谈: 甲同乙等
        parts, pos = [first + "等"], last.span[1]
        pos += text.startswith("等", pos)           # (…,秘书长高扬等出席会议: one 等)
    head = text[pos:verb.end()]
    named = next((m.span[1] - pos for m in subject if m.span[0] == pos), 0)
    parts.append(head[:named] + _DAY_TIME.sub("", head[named:]))     # 甲昨天上午会见…: 甲会见…
    rest = text[verb.end():stop]
    if verb.group() in _LEAD_VERBS and subject:
        act = _led_act(text, verb.end(), stop, end, rest,
                       names_end=frozenset(m.span[1] for m in people if verb.end() < m.span[1] <= end))
        if act is not None:                 # 由甲带队,…到某社区视察…: what the group led did
            if act[2]:
                parts[-1] = text[pos:verb.start()]      # 甲带领…负责人对某企业进行检查: 甲对某企业进行检查
            rest, stop = act[0], act[1]
    said = _SAID_AT.search(rest)
    if said:
        rest = rest[:said.start()]      # 某某在带队开展安全生产检查时强调 …: what was said is no part of the act
    parts.append(rest[1:] if rest.startswith("了") else rest)          # 会见了某团: 会见某团
    # (甲等到某烈士陵园,凭吊英烈: the comma between where they went and what they did is left out)
    lead = subject[0].name if subject else ""
    name = _FILLER.sub("", _LEADER_OF.sub("", _without_when("".join(parts), lead))).replace(",", "").replace("，", "")
    name = _ESCORTED.sub("", name)
    name = _without_place(name, vocab)
    name = _TIME_HEAD.sub("", name)
    if not subject and _HELD_THE.match(name):
        return None             # 在随后召开的专题会上: a meeting that names itself (专题会), no act of anyone
    ends = [e - begin for e in [*(m.span[1] for m in people), *org_ends] if begin < e <= stop]
    guest = next((m for m in people if verb.end() <= m.span[0] < stop), None)
    if len(name) > MAX_NAME and guest is not None:
        # 会见来华访问的某国某党中央委员会总书记、国家主席某某及夫人一行: the guest by name, not by every post
        head = _without_place(_TIME_HEAD.sub("", _without_when("".join(parts[:-1]), lead)), vocab)
        short = head + guest.name
        if len(short) <= MAX_NAME:
            return short, (begin, stop)
    if len(name) > MAX_NAME:
        name = _about_after_verb(_TAKEN_ALONG.sub("", name), vocab)     # (too long: whom it took along left out)
    name = _without_posts_after(name, [m.name for m in people], vocab)
    if len(name) > MAX_NAME:
        ends = [m.end() for m in vocab.event_noun_re.finditer(name)] + \
               [m.end() for m in vocab.role_re.finditer(name)] + [i for i, c in enumerate(name) if c == "的"]
    return (shorten(name, ends), (begin, stop)) if name else None


# 就疫情防控进行|调研, 围绕新能源等产业项目开展|招商考察: what an act was about, before the verb it is done with
_ABOUT = re.compile(r"(?:就|围绕|针对|聚焦)(?P<about>[^,，。；;就]{2,30}?)(?:进行了?|开展了?)(?=[\u4e00-\u9fff]{2})")


def _about_after_verb(name: str, vocab: Vocabulary) -> str:
    """某某就疫情防控进行调研 -> 某某调研疫情防控: what the act was about, as its object after the verb."""
    m = _ABOUT.search(name)
    if m is None:
        return name
    verb = vocab.role_re.match(name, m.end())
    if verb is None:            # 围绕新能源等产业项目开展|招商考察: no verb of ours, the act alone
        return name[:m.start()] + name[m.end():]
    return name[:m.start()] + verb.group() + m.group("about") + name[verb.end():]


def _without_when(name: str, lead: str) -> str:
    """``name`` without its time phrase (将于3月5日|到…), but a subject named 于某某 keeps its name (于广威到…)."""
    kept = lead if lead.startswith("于") and name.startswith(lead) else ""
    return kept + _WHEN.sub("", name[len(kept):])


# Verbs that lead a group: the act is what the group then did (带队,…到某地视察…)
_LEAD_VERBS = frozenset({"带队", "带领", "率领", "率", "率队"})
# …等部门负责人, …一行, 视察组: the persons led, before what they did
_GROUP_WORDS = r"(?:负责人|负责同志|人员|干部|同志|代表|成员|一行|领导|(?:考察|调研|视察|督查|督导|检查|工作|慰问|招商|代表|访问|观摩|评估|巡视|指导|验收)(?:组|团|队))"
# 率市四套班子有关领导|前往…: the group a leader took along, left out of a name too long
_TAKEN_ALONG = re.compile(r"率(?:领)?[^,，。；;率团组队]{2,20}?(?:负责人|负责同志|领导|干部|同志|人员)(?=前往|到|赴|来到|深入)")
_LED_GROUP = re.compile(_GROUP_WORDS + r"(?:等)?(?:\d+人)?(?=对|到|赴|前往|深入|来到|走进|在|就|亲临|莅临|先后)")
_GROUP_AT_END = re.compile(_GROUP_WORDS + r"(?:等)?$")
_GOES = re.compile(r"对|到|赴|前往|深入|来到|走进|亲临|莅临")


def _led_act(text: str, verb_end: int, stop: int, end: int, rest: str, *, names_end: frozenset[int] = frozenset()
             ) -> tuple[str, int, bool] | None:
    """What a group led by the subject did: the rest of the clause after the persons led (带领…负责人|对…进行检查),
    or, where the verb ends its clause (由甲带队,) or its clause ends with who was led (带领县委常委、副县长乙,
    县直有关部门负责人,), the first next clause from where it goes or acts.  The third value says whether the
    lead verb is left out of the name.  ``names_end``: where persons' names end."""
    group = _LED_GROUP.search(rest)
    if group is not None and group.end() < len(rest):
        return rest[group.end():], stop, True
    ends_with_group = _GROUP_AT_END.search(rest) is not None or stop in names_end
    if (rest.strip() and not ends_with_group) or stop >= end:
        return None
    nxt = stop + 1
    for _ in range(3):                                  # (a list of those led may run over two clauses)
        clause_end = nxt
        while clause_end < end and text[clause_end] not in _CLAUSE_STOP:
            clause_end += 1
        go = _GOES.search(text, nxt, clause_end)
        if go:
            return text[go.start():clause_end], clause_end, ends_with_group
        if not (_GROUP_AT_END.search(text, nxt, clause_end) or clause_end in names_end) or clause_end >= end \
                or text[clause_end] not in ",，、":
            return None
        nxt = clause_end + 1
    return None


# 在会见以某某为团长的某国代表团时,甲…: a meeting a lead listed, told in a part of its own
WHILE_RECEIVING = re.compile(r"\s*在(?P<verb>会见|接见|会晤|拜会)(?P<guest>[^,，。；;]{1,60}?)时[,，]\s*")


def _met_with(text: str, start: int, end: int, people: Sequence[NameMention]) -> tuple[str, TextSpan] | None:
    """在与某市市长某某会谈时,甲表示…: 甲与某市市长某某会谈 (the guest by name alone where that is too long);
    在会见以某某为团长的某国代表团时,甲…: 甲会见某国代表团 (the guest as the last words name it)."""
    m = WHILE_MEETING.match(text, start, end)
    received = None if m else WHILE_RECEIVING.match(text, start, end)
    subject = next((p for p in people if (m or received) and p.span[0] == (m or received).end()), None)
    if subject is None:
        return None
    if received is not None:
        guest, head = received.group("guest"), received.group("guest").rpartition("的")[2]
        if 2 <= len(head) <= 12:
            guest = head            # (以某某为团长的|某国代表团: the delegation, not who leads it)
        elif len(subject.name + guest) + 2 > MAX_NAME:
            named = next((p.name for p in people if received.start("guest") <= p.span[0] < received.end("guest")), "")
            guest = named or guest[-8:]
        return subject.name + received.group("verb") + guest, (received.start(), subject.span[1])
    at = text.index("在", m.start()) + 2             # after 在与
    other = text[at:m.start("verb")]
    name = subject.name + "与" + other + m.group("verb")
    if len(name) > MAX_NAME:
        guest = next((p for p in people if at <= p.span[0] < m.start("verb")), None)
        name = subject.name + "与" + (guest.name if guest else other[-8:]) + m.group("verb")
    return name, (m.start(), subject.span[1])


def _without_posts_after(name: str, names: Sequence[str], vocab: Vocabulary) -> str:
    """杨某市长会见安某市长 -> 杨某会见安某: a post written after a name, as an address, is left out of the
    event's name (a post before a name is an organ's and was left out with the titles)."""
    for person in sorted(set(names), key=lambda w: (-len(w), w)):
        at = name.find(person)
        while at >= 0:
            after = at + len(person)
            post = vocab.post_re.match(name, after)
            if post and (post.end() == len(name) or vocab.role_re.match(name, post.end())
                         or name.startswith(_AFTER_ADDRESS, post.end())):
                name = name[:after] + name[post.end():]
            at = name.find(person, after)
    return name


_AFTER_ADDRESS = ("一行", "等", "率", "带", "与", "和", "同", "及", "在", "到", "赴", "来", "、")


def subject_name(text: str, start: int, end: int, people: Sequence[NameMention]) -> tuple[str, TextSpan] | None:
    """Where no verb names the act: the names that open ``text[start:end]`` and the rest of their clause
    (陈克恭、栾克军、吴雄成专程到高台烈士陵园,凭吊英烈 -> 陈克恭等到高台烈士陵园)."""
    run = [m for m in people if start <= m.span[0] < end]
    if not run or text[_clause_start(text, start, run[0].span[0]):run[0].span[0]].strip():
        return None
    names = [run[0]]
    for m in run[1:]:
        if text[names[-1].span[1]:m.span[0]].strip() not in ("、", ",", "，", "和", "与"):
            break
        names.append(m)
    stop = names[-1].span[1]
    while stop < end and text[stop] not in _CLAUSE_STOP:
        stop += 1
    head = names[0].name + "等" if len(names) > 2 else "".join(m.name for m in names)
    rest = _FILLER.sub("", text[names[-1].span[1]:stop]).strip()
    return (shorten(head + rest), (names[0].span[0], stop)) if len(rest) >= 2 and rest[0] not in "、和与" else None


def clause_phrase(text: str, start: int, span: TextSpan) -> tuple[str, TextSpan] | None:
    """The clause of ``text`` (from ``start`` at the earliest) up to the end of ``span``, without the time that
    opens it, when it is a name (at most ``MAX_NAME`` characters): 12月16日,镇人大组织代表开展视察评议活动 ->
    镇人大组织代表开展视察评议活动."""
    left = _clause_start(text, start, span[0])
    while left < span[0] and text[left] in "“‘\"" and text[left + 1:span[1]].count("”") == 0:
        left += 1                                       # “这次我们开展调研活动,…: a quotation's opening mark
    name = tidy(text[left:span[1]])
    holder = text[left:span[0]]
    if name.startswith("在") or "的" in holder or "召开" in holder:
        return None                                     # 在随后召开的汇报会: the time and place, not who held it
    return (name, (left, span[1])) if 2 <= len(name) <= MAX_NAME else None


def clause_left(text: str, start: int, pos: int) -> int:
    """Where the clause that ``pos`` stands in begins (not before ``start``), after any space."""
    k = pos
    while k > start and text[k - 1] not in _CLAUSE_STOP:
        k -= 1
    while k < pos and text[k].isspace():
        k += 1
    return k


def _clause_start(text: str, start: int, pos: int) -> int:
    k = clause_left(text, start, pos)
    m = _TIME_HEAD.match(text, k)
    return m.end() if m and m.end() <= pos else k


# A date that is a page's time stamp (followed by |, a clock time, a read count, or the end of its line)
# or a dateline's (红网平江站1月8日报道, 9月25日电, 某某网2月17日消息).
_DAY_PARTS = ("上午", "下午", "中午", "晚上", "晚", "凌晨", "早上")
_STAMP_AFTER = re.compile(r"\s*(?:[|｜]|\d{1,2}:\d{2}|星期|阅读|浏览|来源|$)|\s+\d{1,2}时\s*(?:阅读|浏览|来源|$)|"
                          r"报道|电(?![话视])|讯|消息", re.M)     # (9月25日10时,会议召开: the event's hour)


def event_date(text: str, start: int, end: int,
               dates_in: Callable[[int, int], Sequence[tuple[int, int, str | None]]]) -> tuple[bool, str | None]:
    """(found, date) of the first date of the first sentence of ``text[start:end]`` that has one.

    ``dates_in(start, end)`` gives the date mentions there as (start, end, ISO date or None);
    a time stamp is skipped, 近日/日前 give (True, None) unless a day in brackets follows (日前(10月27日)).
    """
    for s, e in _sentences(text, start, end):
        found = dates_in(s, e)
        for k, (d_start, d_end, date) in enumerate(found):
            stamp = _STAMP_AFTER.match(text, d_end) and not text[d_start:d_end].endswith(_DAY_PARTS)
            if stamp or _EARLIER_CITED.search(text[_clause_begin(text, s, d_start):d_start]):
                continue                # (3月4日下午3:00在县剧院开幕: the hour of the day told, no page stamp)
            if date is None and k + 1 < len(found) and text[d_end:d_end + 1] in "(（" \
                    and found[k + 1][0] == d_end + 1:
                continue                # 日前(10月27日): the day it puts in brackets
            return True, date
    return False, None


# 按照5月6日…召开的座谈会的讲话精神,…: a date in a clause that cites an earlier occasion is not this event's.
_EARLIER_CITED = re.compile(r"按照|根据|依照|依据|贯彻|落实|继")


def _clause_begin(text: str, start: int, pos: int) -> int:
    k = pos
    while k > start and text[k - 1] not in _CLAUSE_STOP:
        k -= 1
    return k


def _sentences(text: str, start: int, end: int):
    begin = start
    for m in re.finditer(r"[。！？!?；;\n]+", text[start:end]):
        stop = start + m.end()
        if text[begin:stop].strip():
            yield begin, stop
        begin = stop
    if begin < end and text[begin:end].strip():
        yield begin, end


def meeting_key(name: str) -> str:
    """A meeting's name as its short and full forms share it: 县十四届人大五次会议 and 某某县第十四届人民代表大会第五次
    会议 (the place's name before its level dropped); 某省政协十届二次会议 and 中国人民政治协商会议第十届某省委员会
    第二次会议 (政协十届二次会议)."""
    bare = re.sub(r"[\s第]", "", name)
    cppcc = _CPPCC_SESSION.search(bare)
    if cppcc:
        return f"政协{cppcc['n']}届{cppcc['m']}次会议" + bare[cppcc.end():]
    return _PLACE_BEFORE_TERM.sub("", bare.replace("人民代表大会", "人大"))


_PLACE_BEFORE_TERM = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?=[省市县区州旗盟镇乡][一二三四五六七八九十百\d]+届)")
_CPPCC_SESSION = re.compile(r"(?:中国人民政治协商会议|政协)[^届,，。]{0,12}?(?P<n>[一二三四五六七八九十百\d]+)届"
                            r"[^次,，。]{0,16}?(?P<m>[一二三四五六七八九十百\d]+)次(?:全体)?会议")


# A dated item of a chronicle or a news brief: its date (with the part of the day, the hour or the last day of a
# range), then what happened (1月2日常山国家地质公园正式开园。, ■3月14日至18日,…, 1月,全市首批…)
_ITEM_DAY = r"(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚|中午|凌晨)?(?:\d{1,2}[时:：](?:\d{1,2}分?)?)?"
_ITEM_DATE = re.compile(rf"\s*(?:[■□●○◆◇▲△★☆▶►·•]\s*)?(?:\d{{4}}年)?(?:{_ITEM_DAY}(?:\s*(?:至|到|—|-|～)\s*{_ITEM_DAY})?"
                        r"|\d{1,2}月(?=[,，]))(?:前后)?[,，、\s]*")
# A clause that only says on whose word or why (经省教育厅同意, 某部根据中央领导批示, 为加快…): what happened is
# told after it
_ITEM_PREAMBLE = re.compile(r"(?:经|接|根据|按照|遵照|依据|为了|为|应|受|据)[^,，。；;]{0,30}?"
                            r"(?:同意|批准|批复|批示|指示|通知|要求|部署|安排|精神|邀请|委托|决定|之际|前夕)[,，]")
# what cannot end a clause that tells what happened (宁远县某村群众在)
_OPEN_END = "在于对向把将与和的及"
_APPOSITION = re.compile(r"(?<![0-9])——")
# what a chronicle records besides meetings and visits: a body founded, renamed or opened, a decision, an election
_HAPPENED = re.compile(r"成立|更名|开业|开园|开馆|开放|落成|挂牌|命名|批准|批示|认定|确定为|评为|公布|当选|选举|补选|"
                       r"结为|缔结|捐赠|采访|投入运行|正式运行|启用|投入使用|开通|开盘|开机|决定")
_CLAUSE_STOP_RE = re.compile(f"[{_CLAUSE_STOP}]")


def item_name(text: str, start: int, end: int, vocab: Vocabulary) -> tuple[str, TextSpan] | None:
    """The name of a dated item that names no one (1月2日常山国家地质公园正式开园。 -> 常山国家地质公园正式开园):
    what its first clause after the date, and after what only says on whose word (经某部同意,), says, at most
    ``MAX_NAME`` characters; None where that clause tells of no activity (an event noun, a trigger or a role of the
    lexicons, or a body's founding, renaming, opening or a decision: ``_HAPPENED``), only a policy or a figure."""
    m = _ITEM_DATE.match(text, start, end)
    if m is None:
        return None
    s = subject = m.end()
    preamble = _ITEM_PREAMBLE.search(text, s, next((k for k in range(s, end) if text[k] in "。；;"), end))
    if preamble is not None and _CLAUSE_STOP_RE.search(text, s, preamble.start()) is None:
        s = preamble.end()                         # the subject before it (某部根据…批示,) stays
    else:
        subject = s
    stop = next((k for k in range(s, end) if text[k] in _CLAUSE_STOP), end)
    dash = _APPOSITION.search(text, s, stop)         # 投资最大的单项工程——某桥工程开工: what is named after the dash
    if dash is not None and stop - dash.end() >= 4:
        s = subject = dash.end()
    name = shorten(text[subject:preamble.start()] + text[s:stop] if subject < s else text[s:stop])
    if len(name) < 4 or name[-1] in _OPEN_END or not any(
            regex.search(name) for regex in (vocab.event_noun_re, vocab.event_trigger_re, vocab.role_re, _HAPPENED)):
        return None
    return name, (subject, stop)


# A document's title (某省人民政府关于同意某县撤县设区的批复, 关于表彰…的通报, …关于印发《某方案》的通知): who
# issued it, what it decides and what kind of document it is
_DECIDING = re.compile(r"印发|转发|表彰|通报|公布|发布|命名|授予|撤销|调整|设立|成立|开展|做好|加强")
_CONVENING = re.compile(r"召开|举行|举办|组织|参加")     # 关于召开某会议的通知: the meeting is not held yet
_DOCUMENT_TITLE = re.compile(r"(?P<issuer>[^关]{0,40}?)关于(?:同意)?(?P<what>.{4,80}?)的(?P<kind>批复|通报|通知|通告)$")


def decision_name(title: str) -> tuple[str, str] | None:
    """The name of the decision a document titled ``title`` makes (某省人民政府关于同意某县撤县设区的批复 ->
    某省人民政府批复某县撤县设区; 某市政府关于印发《某方案》的通知 -> 某市政府印发《某方案》), and the part of the
    title it stands for; None for any other title, and for a notice that convenes a meeting (batch 113's decision: the
    sitting it convenes is no event)."""
    m = _DOCUMENT_TITLE.match(title.replace(" ", ""))
    if m is None or _CONVENING.match(m.group("what")):
        return None
    issuer, what, kind = m.group("issuer"), m.group("what"), m.group("kind")
    verb = "批复" if kind == "批复" else "" if _DECIDING.match(what) else "发布"
    return shorten(issuer + verb + what), title
