"""Where an organization's name begins, reading leftwards from its organ word or suffix.

    start_of_name(text, suffix_start, floor, vocab, segmenter)  -> (start, placed)
    stop_cut(text, lo, hi, vocab)      -> the end of the last stop word before a name
    first_opener(text, lo, hi, vocab)  -> the leftmost place, jurisdiction or national word that opens one
    opens_at(text, i, hi, vocab)       -> does one open at ``i``
    place_organ_start(org_text, vocab)  -> where a place's own organ begins inside a text nothing else opens

In order of preference a name begins at a place, a jurisdiction or a national opener (市|经信局,
杭州|博岳生物技术有限公司, 中共|…), where a statistical segmenter says its noun phrase begins, or after
the last verb, adverb or stop word before the suffix (听取|区经信科技局).  ``extract.organizations``
finds the suffixes and decides what is a name; ``extract.officials`` reads the organ of a title with
the same cuts.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from extract.local_places import unlisted_place_at
from extract.textutil import compile_words, is_cjk
from extract.vocab import JURISDICTION_CHARS, Vocabulary

# What closes a list of firms by their short names (三一重工、中联重科等一批效益看好的企业): 等 … 企业/公司
COMPANY_LIST_END = re.compile(r"等(?:一批|一大批|[\d一二三四五六七八九十多几]+家)?(?:[^，,。；;：:\s]{2,12}?的)?"   # (等一批效益看好的企业)
                               r"(?:重点|规上|规模以上|民营|骨干|龙头|工业|日资|外资|台资|港资|合资|知名|大型)?(?:企业|公司)"
                               r"(?![家界主])")     # (甲、乙等企业家: persons)
_LIST_REST = re.compile(r"(?:、[\u4e00-\u9fff()（）]{2,12}?){0,8}(?=等)")


def ends_company_list(text: str, end: int) -> bool:
    """Does a list of firms' short names go on from ``end`` to its close (欧姆龙|等一批日资企业, 平和堂|、欧姆龙等企业)?"""
    rest = _LIST_REST.match(text, end)
    return rest is not None and COMPANY_LIST_END.match(text, rest.end()) is not None

# A segmenter returns (start, end, tag) tokens of a short text; tags as LAC's.
Segmenter = Callable[[str], Sequence[tuple[int, int, str]]]

MAX_NAME = 28
HARD = set("。！？!?；;,，:：、\n \u3000\t“”\"《》<>「」『』[]【】■□●◆◇▲△★☆※")
# Openers of bodies above any jurisdiction.
NATIONAL = ("中共", "中国", "中华", "国家", "全国", "国务院", "中央", "共青团",
             # and bodies whose name opens with theirs (政协第十届某县委员会, 民盟某市委)
             "政协", "民盟", "民革", "民建", "民进", "农工党", "致公党", "九三学社", "台盟",
             "中国国民党", "国民党", "民进党", "亲民党",    # (中国国民党某县党部)
             "武警")             # (武警贵州总队, 武警某某支队: the armed police's corps of a place)
# Token tags that cannot be inside an organization name.
_NON_NAME_TAGS = {"v", "vd", "p", "c", "u", "xc", "w", "d", "r", "m", "q", "t", "TIME", "PER"}
# Central bodies whose organ word is their whole name (中国共产党, 全国人大, 国务院办公厅): nothing before it is
# part of it (政协, 民盟 and 共青团 head local committees whose place comes first: 县政协).
_CENTRAL = ("中共", "中国", "国家", "全国", "国务院", "中央")
_TERM_BEFORE = re.compile(r"第?[一二三四五六七八九十百]+届$")
# A body's office in another place is written after it with 驻 (某特区政府驻某地联络处).
STATIONED = "驻"
# Conjunctions join two names (发展和改革委员会 is one): a whole organ after them does not cut the name.
_CONJUNCTIONS = set("和与及同跟")
_CONJUNCTION_RE = re.compile("[和与及同跟]")
# 自治区, 自治州, 自治县, 自治旗 begin with a preposition-like 自 that opens the name.
_SELF_GOVERNED = ("自治区", "自治州", "自治县", "自治旗")
# Particles and the copula end the text before a name wherever they stand (74岁的|泰华…协会);
# prepositions cannot open a name (在|麻醉科, 与|…).  Grammar of Chinese, not vocabulary.
PARTICLES = set("的了着过是他她它我你们这不没")    # and pronouns and negations: no name runs across them
_NOUNS_OF_NOT = ("不锈钢", "不动产", "我国驻")        # (太钢不锈钢股份公司: 不 of a noun, no negation;
#                                                       我国驻某国大使馆: the speaker's state opens the name)
PREPOSITIONS = set("在与和对向把被将从于由给跟同为及以受经据按依随至自")
_OPENING_CHARS = PREPOSITIONS | set("()（）")
_LEADING = set("为向对给把被在从跟")     # a preposition after a verb inside a placed name ends the place's reach
# An opener further than this from the suffix, with a verb between, does not open the name.
_FAR_OPENER = 10
# China and another state by its one-character name, which open the names of joint bodies (中俄, 中日韩, 中欧)
STATE_PAIR = re.compile("中[俄日美英法德韩朝蒙越老柬泰缅印巴哈吉乌塔土伊埃澳加葡西意荷比瑞挪芬丹波捷匈罗希欧非阿拉新马菲]{1,3}"
                         "(?=[\u4e00-\u9fff]{2})")
_NO_TRADE_NAME = set("该本其此我贵各每这那总分子母全大小新老多几某壳")   # 成为|该公司, 实施|大公司: no trade name
_TERM_OPENS = re.compile(r"第?[一二三四五六七八九十百\d]{1,3}届(?=[县市区省州旗镇乡])")
_BRAND_MAX = 4          # the longest trade name written before a firm's place (丹佛斯|天津有限公司)
# Conjunctions after a place that end the text before a name: 与 after any place; 和, 及, 同 only after a
# place with its jurisdiction (杭州和利时自动化有限公司 is one name, 某某县和某某公司 two; 州 ends bare city
# names too, so it does not count).
_PLACE_JOINERS = ("与", "和及同", "省市区县旗盟镇乡")


def left_limit(text: str, suffix_start: int, floor: int) -> int:
    """The nearest hard boundary before the suffix (punctuation, a digit, 2026年)."""
    lo = max(floor, suffix_start - MAX_NAME)
    closed: int | None = None       # the ")" seen between here and the suffix
    for i in range(suffix_start - 1, lo - 1, -1):
        ch = text[i]
        if ch in ")）":
            closed = i
            continue
        if ch in "(（":
            if closed is None:
                return i + 1    # 本报讯(杭州日报: an open bracket ends the text before the name
            closed = None
            continue
        if ch in HARD or not is_cjk(ch):
            if closed is not None:
                return closed + 1   # 五市(唐山市、…秦皇岛市)|民营经济协作发展联谊会: a list in brackets before it
            if ch.isdigit() and text[i + 1:i + 2] in _MEASURES:
                return i + 2    # 16个|会战指挥部: a count before the name
            return i + 1
        if ends_date(text, i):
            return i + 1
    return lo


_MEASURES = set("个位家些所座批名支")     # measure words after a count written in digits


_YEAR_DIGITS = "○〇零一二三四五六七八九"


def ends_date(text: str, i: int, lo: int = 0) -> bool:
    """Does ``text[i]`` end a date written before an organ (2026年|, 4日|中共…, a dateline's 5月18日电|省委…)?"""
    ch = text[i]
    if ch in "年月日号":
        return i > lo and (text[i - 1].isdigit() or ch == "年" and text[i - 1] in _YEAR_DIGITS)
    if ch == "度":                  # 二○○六年度|授勋评审委员会: the year of a body's term
        return i - 1 > lo and text[i - 1] == "年" and (text[i - 2].isdigit() or text[i - 2] in _YEAR_DIGITS)
    return ch == "电" and i - 1 > lo and text[i - 1] == "日" and text[i - 2].isdigit()


def start_of_name(text: str, suffix_start: int, floor: int, vocab: Vocabulary,
               segmenter: Segmenter | None, *, name_end: int | None = None, company: bool = False) -> tuple[int, bool]:
    """Where the name ending with the suffix at ``suffix_start`` begins, and whether a place opens it (see
    ``_start_of_name``).  A firm described before its name (重点招商企业|佛山市某某有限公司, 台资企业|宏全集团)
    begins after the description."""
    start, placed = _start_of_name(text, suffix_start, floor, vocab, segmenter, name_end=name_end, company=company)
    if company and name_end and (own := described_firm(text[start:name_end], vocab)):
        return start + own, vocab.region_re.match(text, start + own) is not None
    return start, placed


def described_firm(name: str, vocab: Vocabulary) -> int:
    """Where a firm's own name begins after the words that describe it (重点招商企业|佛山市某某有限公司, 台资企业|
    宏全集团: a place or a trade name after 企业), not after its line of business (某某企业管理有限公司); 0 if none."""
    k = name.rfind("企业", 0, len(name) - 4)
    if k < 0 or not name.endswith(_FIRMS) or not all(is_cjk(c) for c in name[k + 2:]):
        return 0
    own = name[k + 2:k + 4]
    return k + 2 if vocab.region_re.match(name, k + 2) or own not in vocab.word_pairs else 0


_FIRMS = ("公司", "集团", "厂", "企业")


_OPEN_QUOTES = "“「『\""
_CLOSE_QUOTES = "”」』\""


def _start_of_name(text: str, suffix_start: int, floor: int, vocab: Vocabulary,
                   segmenter: Segmenter | None, *, name_end: int | None = None,
                   company: bool = False) -> tuple[int, bool]:
    """Where the name ending with the suffix at ``suffix_start`` begins, and whether a place opens it.

    Stop words (来到, 听取) cut the text for good; after the last of them the
    leftmost place or jurisdiction that stands at a boundary opens the name, even
    when verbs follow it inside the name (市|教育局, 浙江太古可口可乐饮料有限公司).
    Only where no place opens it does the last verb or adverb cut it.
    """
    lo = left_limit(text, suffix_start, floor)
    if lo >= suffix_start:
        return suffix_start, False
    if text.startswith(_CENTRAL, suffix_start) and (term := _TERM_BEFORE.search(text, lo, suffix_start)):
        return term.start(), True   # 第十二届|全国人民代表大会常务委员会: the body of that term
    if (text.startswith(_CENTRAL, suffix_start) and (name_end or suffix_start) - suffix_start >= 4
            and not text.endswith(NATIONAL, lo, suffix_start)
            and vocab.word_ends_at(text, suffix_start, vocab.foreign, max_len=8) is None
            and vocab.word_ends_at(text, suffix_start, vocab.regions, max_len=8) is None):
        return suffix_start, True   # 庆祝|中国共产党成立: the central body's own name (not 蒙古国国家大呼拉尔)
    hard, soft = _cuts(text, lo, suffix_start, vocab, name_end=name_end)
    if company and name_end and text.endswith("公司", suffix_start, name_end):
        # a verb's end right before a firm's legal form, or one character before 公司, cuts no name (正大电气照明|有限
        # 公司, 粮油土产品进出|口公司; 帮助|公司 does)
        legal = "有限" in text[suffix_start:name_end] or "股份" in text[suffix_start:name_end]
        soft = [c for c in soft if not (suffix_start - c == 0 and legal or suffix_start - c == 1
                                        and text[c] not in _NO_TRADE_NAME)]
    functions = _function_cuts(text, lo, suffix_start)
    if (functions and not hard and not soft and lo > 0 and text[lo - 1] in _OPEN_QUOTES and name_end is not None
            and text[name_end:name_end + 1] in _CLOSE_QUOTES):
        return lo, False        # 以“至慧关怀身心灵协会”理事长: a name in quotes is written whole (至 opens it)
    cut = max([*hard, *functions], default=lo)
    cut = _past_prepositions(text, cut, suffix_start, _OPENING_CHARS)    # 在|市委, (某某: no name opens with them
    cut = _past_complement(text, cut, suffix_start, hard)
    boundaries = set(hard) | set(soft) | {cut}
    if (term := _TERM_OPENS.match(text, cut, suffix_start)) and opens_at(text, term.end(), suffix_start + 4, vocab):
        return cut, True        # 九届|县政协常委会, 第十二届|市人大: the body of that term, its level after the term
    opener = first_opener(text, cut, suffix_start, vocab, boundaries=boundaries)
    if opener is None and text[suffix_start] in JURISDICTION_CHARS:
        opener = next((j for j in range(max(cut, suffix_start - 8), suffix_start)
                       if vocab.region_re.fullmatch(text, j, suffix_start + 1)), None)   # 凤|县人民政府: 凤县's
    soft_after = [c for c in soft if opener is not None and c > opener]
    led = [c for c in soft_after if text[c] in _LEADING and c < suffix_start - 2]
    if led:
        opener = None           # 在龙港亲自|为瑞田钢业有限公司: a verb and its preposition after the place end it
        soft = led
    if opener is None and (placed_word := vocab.region_re.match(text, suffix_start, name_end or len(text))) \
            and _major_place(placed_word.group(), vocab):    # (not 合作 of 中国合作中心, 新华 of 新华社)
        # 大会开幕|贵州省委…: an organ word that opens with its own place begins there (or at 中共 right before it)
        national = next((w for w in NATIONAL if text.endswith(w, lo, suffix_start)), "")
        return suffix_start - len(national), True
    if opener is not None and (acted := _organ_after_act(text, opener, suffix_start, vocab)) is not None:
        return acted, True      # 到西城区调研|区委…: the body the visit went to, not the place and the act
    if opener is not None and not (soft_after and suffix_start - opener > _FAR_OPENER):
        if (company and 2 <= opener - cut <= _BRAND_MAX and not any(cut < c <= opener for c in soft)
                and (cut in hard or cut == lo) and all(is_cjk(c) and c not in PREPOSITIONS for c in text[cut:opener])):
            return cut, True    # 、|中车大同电力机车有限公司: a firm's trade name may stand before its place
        return opener, True
    if text.endswith(_TASK_BODIES, suffix_start, name_end or suffix_start + 8):
        soft = []               # 旧区改造工作领导小组, 防汛抗旱指挥部: a body named by its task keeps its verbs
    if company:                 # 汇伟包装|科技有限公司: a firm's line of business alone is no trade name (but
        soft = [c for c in soft if text[c:suffix_start] not in vocab.word_pairs      # 推动|三级公司: an act)
                or vocab.verb_re.fullmatch(text, max([cut, *(x for x in soft if x < c)]), c)]
    cut = max([cut, *soft])
    cut = _past_prepositions(text, cut, suffix_start - 2, PREPOSITIONS)   # 亲自|为瑞田…: the preposition after a verb
    at_boundary = cut in boundaries or (cut > 0 and text[cut - 1] in HARD)
    if unlisted_place_at(text, cut, suffix_start, vocab, at_boundary=at_boundary):
        return cut, True
    if segmenter is not None:
        seg_start = _segmenter_start(text, cut, suffix_start, segmenter)
        if seg_start is not None:
            return seg_start, False
    return cut, False


def _organ_after_act(text: str, opener: int, suffix_start: int, vocab: Vocabulary) -> int | None:
    """Where a jurisdiction's organ begins right after an activity written after the place that opens the name
    (到西城区调研|区委工作, 到泰安市调研检查|市委贯彻…), or None."""
    for p in range(opener + 2, suffix_start):
        act = vocab.act_re.match(text, p, suffix_start)
        if act and text[act.end()] in JURISDICTION_CHARS and opens_at(text, act.end(), suffix_start + 4, vocab):
            return act.end()
    return None


def _past_complement(text: str, cut: int, stop: int, hard: list[int]) -> int:
    """``cut`` moved past the 好 that completes the verb a hard cut ends (落实|好|区委书记, 学习|好|县委精神)."""
    return cut + 1 if cut in hard and text.startswith("好", cut) and cut + 1 < stop else cut


def _past_prepositions(text: str, cut: int, stop: int, chars: set[str]) -> int:
    """``cut`` moved past the prepositions (of ``chars``) that open the text there, up to ``stop``; the 自 of
    自治区 and its kind stays."""
    while cut < stop and text[cut] in chars and not text.startswith(_SELF_GOVERNED, cut) \
            and not _CLAN_PLACE.match(text, cut) and not (
                text[cut:cut + 2] in WORDS_OF_PREPOSITIONS and (cut == 0 or text[cut - 1] in HARD)):
        cut += 1
    return cut


# Words that open with a preposition's character and open names of bodies too, kept where a name may start
# (,|经济实业发展总公司, 对外友协; not inside 清华大学|经济管理学院, where the name runs on from before)
WORDS_OF_PREPOSITIONS = frozenset({"经济", "经贸", "经营", "经信", "对外", "对台", "依法", "自然", "自由"})


# 向家镇, 于家河村: a clan's place, whose surname is also a preposition (向, 于), then 家 and the place's word
_CLAN_PLACE = re.compile(r"[向于][家](?:[镇乡村]|[\u4e00-\u9fff]{1,2}[镇乡村])")


# Bodies named by the task they were set up for, whose names hold verbs (疫情防控工作领导小组, 防汛抗旱指挥部).
_TASK_BODIES = ("领导小组", "指挥部", "工作专班")
# A name does not run back over a preposition of motion or place, the passive, or a
# determiner with its measure word (被送至|医院, 挂在|某某联合医院, 一些|援外地质队): grammar, no vocabulary.
# 在线 (某某在线: a news site) and 第一批 (第一批援外医疗队) stand inside names.
_FUNCTION_WORDS = re.compile(r"[被把到至]|在(?!线)|(?<!第)[一二两三四五六七八九十百千万几数这那每余多][个位家些所座批名]")


def _function_cuts(text: str, lo: int, hi: int) -> list[int]:
    return [m.end() for m in _FUNCTION_WORDS.finditer(text, lo, hi)]


_ACTS_FOR_RE = re.compile(r"代表")
# A preposition right before the suffix, or before a bare unit word, leaves nothing of a name between
# (一行在|公司: at the firm; 与|农场负责人).
_PREPOSITION_STOPS = frozenset("在到于由向对给把被将从与同")
# One-character stops that open no body's name but where a place or state starts with them (以色列): 以|某市
# 商工会议所, 由|警察局, 赴|某某公司 (not 及: 政制及内地事务局)
_NEVER_OPENS = frozenset("以由赴被把给让")
# Unit words that name the firm or body of the story without naming it (在公司董事长某某的陪同下): no organ.
BARE_UNITS = frozenset({"公司", "集团", "企业", "单位", "工厂", "本厂", "厂里", "园区"})
# Conjunctions, adverbs and prepositions that open a clause and never a body's name (但|国防部长某某, 在|麻醉科主任
# 某某的带领下, 听|省农委副主任某某介绍); where a place starts with one (于都县, 即墨区, 且末县) the place opens the name.
_CLAUSE_OPENERS = frozenset("但而并且虽若即又亦仍还也均就才便则听在于据按")


def _cuts(text: str, lo: int, hi: int, vocab: Vocabulary, *, name_end: int | None = None) -> tuple[list[int], list[int]]:
    """Ends of stop words, particles, participation verbs and group labels (hard cuts) and of other
    verbs and adverbs (soft cuts) in [lo, hi).  A one-character stop cuts only before a place."""
    name_end = hi if name_end is None else name_end
    hard: list[int] = [i + 1 for i in range(lo, hi)
                       if text[i] in PARTICLES and not text.startswith(_NOUNS_OF_NOT, i)]
    soft: list[int] = []
    # a one-character stop inside a place's name (无为|市政协, 和平|县) cuts nothing
    places = [r for r in vocab.region_re.finditer(text, lo, name_end) if r.start() < hi]     # (会同县: 同 inside)
    inside_place = {i for r in places for i in range(r.start() + 1, r.end())}
    place_ends = {r.end() for r in places}
    # …nor one inside an organ's own name (住房和|城乡建设部, 文化和|旅游厅)
    if any(c in _CONJUNCTIONS for c in text[lo:hi]):
        inside_place |= {i for r in vocab.organ_re.finditer(text, lo, name_end) if r.start() < hi
                         for i in range(r.start() + 1, r.end()) if text[i] in _CONJUNCTIONS}
    # (verb_re opens with a look-ahead for the verbs' first characters: ``led_by`` would only add a second one, and
    # compile the verbs' whole alternation again, a tenth of a second at the first article)
    for regex, out, strict in ((vocab.org_stop_re, hard, False), (vocab.verb_re, soft, False),
                               (vocab.role_re, hard, True), (vocab.group_label_re, hard, True)):
        pos = lo
        while pos < hi:
            m = regex.search(text, pos, hi)
            if not m:
                break
            if text[m.end():hi] in UNITS_AFTER_ACT and regex is not vocab.group_label_re:
                pos = m.start() + 1
                continue        # 慰问|团团长, 检查|组组长: the act names the body whose head the post is
            if strict and ((regex is vocab.group_label_re and (_label_in_name(text, m.end(), name_end, vocab)
                                                              or _suffix_across(text, m, lo, vocab)))
                           or any((organ := vocab.organ_re.match(text, k)) and organ.end() > m.end()
                                  for k in range(m.start(), m.end()))):
                pass            # 上海市企业家|协会, 退役军人事务局, 市民政局, 北京大学生命…, 县委督查|室: a label or
                #                 participation word inside a body's name cuts nothing
            elif strict:
                if m.end() < hi or (name_end - hi >= 3 and text[name_end - 1] not in "组团队会"):
                    # 县领导参加|代表团, 出席|国民党; but 督导组, 访问代表团 keep their verb
                    end = m.end()
                    if regex is vocab.group_label_re and text[end:end + 1] in "有为是":
                        end += 1        # 主礼嘉宾有|某某署: the verb after a label opens no name either
                    out.append(end)
            elif (len(m.group()) == 1 and (m.start() in inside_place or _CLAN_PLACE.match(text, m.start()))) or (
                    len(m.group()) > 1 and (
                    place := vocab.region_re.match(text, m.start(), name_end)) and place.end() > m.end()):
                pass            # (会同|县委: a stop word that opens a place's longer name; not 和|县: 和县)
            elif out is soft and _acts_after_organ(text, m, name_end, vocab):
                hard.append(m.end())    # 镇党委号召|各党支部: the organ acts on another body
            elif m.end() <= hi and (len(m.group()) > 1 or opens_at(text, m.end(), name_end, vocab)
                                    or _known_opens(text, m.end(), name_end, vocab)         # 和|首钢总公司
                                    or (m.group() in _PREPOSITION_STOPS                      # 一行在|公司
                                        and (m.end() == hi or text[m.end():hi] in BARE_UNITS
                                             or text[m.end():hi] in vocab.org_suffixes
                                             or _ministry_at(text, m.end(), vocab)))
                                    or _whole_body_after(text, m, name_end, vocab) or (  # 率|代表团: no place
                                        text[name_end - 1] in "团组队" and m.group() in "赴与和及同在于由对向为是有等到率派将被给把"
                                        and not (text.endswith("集团", 0, name_end) and m.start() in place_ends))
                                                                        # (湖南|同发集团: a firm's name after its place)
                                    or _after_post_or_venue(text, m, vocab)
                                    or (m.group() in _NEVER_OPENS and m.end() < hi
                                        and not vocab.region_re.match(text, m.start())
                                        and not vocab.foreign_re.match(text, m.start()))):
                out.append(m.end())
            pos = m.start() + 1
    # 省委常委|省纪委书记, 市委副书记|市政协主席: posts run together without a 、 (a post, then the level of a
    # jurisdiction that opens the next organ)
    if vocab.post_re is not None:
        hard += [m.end() for m in vocab.post_re.finditer(text, lo, hi)
                 if text[m.end():m.end() + 1] in JURISDICTION_CHARS and m.end() - m.start() >= 2
                 and opens_at(text, m.end(), name_end, vocab)]     # (not 湖南省长|沙市, 合肥市长|丰县: places)
    # 现任|某某科技有限公司总经理, 时任|某局局长: a tenure word stands before a post, never inside a name
    tenure = vocab.derived("tenure_re", lambda v: compile_words([w for w in v.time_prefixes if len(w) >= 2]))
    hard += [m.end() for m in tenure.finditer(text, lo, hi)]
    hard += [m.end() for m in _DATED_TAKE.finditer(text, lo, hi)]     # (2015年11月任|某镇党委副书记)
    # 副县长李明在|向家坪村党支部: a post, a name of two or three characters and a preposition: a clause of
    # that person's, and the name begins after it
    if vocab.post_re is not None:
        hard += [k + 1 for m in vocab.post_re.finditer(text, lo, hi) for k in (m.end() + 2, m.end() + 3)
                 if k < hi and text[k] in _AFTER_NAMED and vocab.is_surname(text[m.end()])
                 and all(is_cjk(c) and c not in _AFTER_NAMED for c in text[m.end():k])
                 and not any(vocab.region_re.match(text, j, k) for j in range(m.end(), k))]
    # 代表|市政府: a verb that also stands inside names (代表大会, 代表团) cuts only before a place
    for m in _ACTS_FOR_RE.finditer(text, lo, hi):
        if opens_at(text, m.end(), name_end, vocab):
            hard.append(m.end())
    # an organ joined to what follows (某县人民政府与|某某集团有限公司): the name begins after the conjunction
    for m in _CONJUNCTION_RE.finditer(text, lo + 2, max(lo + 2, hi - 1)):
        organ = vocab.word_ends_at(text, m.start(), vocab.organs, max_len=6)
        if organ is not None and len(organ) >= 2:
            hard.append(m.end())
    # a place joined to what follows (山阳县与|某某公司, 某某市和|某某镇人民政府): the name begins after the conjunction
    for m in places:
        after = m.end()
        if after + 1 < hi and (text[after] in _PLACE_JOINERS[0] or
                               (text[after] in _PLACE_JOINERS[1] and m.group()[-1] in _PLACE_JOINERS[2])):
            hard.append(after + 1)
    # a former organ after its place (山西省原|省委书记, 某县原|文化馆馆长): what the official held was the organ after
    # 原 (not the 原 of 太原市委 or 中原区委, which no whole place ends before, nor of 中国原子能…, 台湾原住民…)
    for m in places:
        after = m.end() + 1 if text[m.end():m.end() + 2] in _LEVEL_FORMER else m.end()    # (循化|县原: its level)
        if (text.startswith("原", after) and after < hi
                and (organ := vocab.organ_re.match(text, after + 1) or vocab.org_suffix_re.match(text, after + 1))
                and organ.end() <= name_end):
            hard.append(after + 1)
    if (lo < hi and text[lo] in _CLAUSE_OPENERS and (lo == 0 or text[lo - 1] in HARD)
            and not opens_at(text, lo, name_end, vocab) and not _CLAN_PLACE.match(text, lo)):
        hard.append(lo + 1)
    return hard, soft


# The unit a body named by its task ends with, right before its head's post (慰问团|团长, 检查组|组长): the verb
# before it (慰问, 检查) is part of the body's name
UNITS_AFTER_ACT = ("团", "组", "队")


_LEVEL_FORMER = frozenset(c + "原" for c in JURISDICTION_CHARS)
_AFTER_NAMED = frozenset("在与和同向跟")
_DATED_TAKE = re.compile(r"(?<=[0-9０-９一二三四五六七八九十][年月])任")    # a post taken at a date, never a name's


def _suffix_across(text: str, m: re.Match, lo: int, vocab: Vocabulary) -> bool:
    """Does a suffix of a body's name end inside the label word ``m`` (北京大学|生命科学学院: the 学生 of 大学生命)?"""
    return any((suffix := vocab.org_suffix_re.match(text, k, m.end())) is not None and m.start() < suffix.end() < m.end()
               for k in range(max(lo, m.start() - 4), m.start() + 1))


def _label_in_name(text: str, end: int, name_end: int, vocab: Vocabulary) -> bool:
    """Does the word of a group label ending at ``end`` (企业家, 艺术家) run into a suffix of a body's name
    (企业家|协会, 艺术家|联合会) that ends by ``name_end``?"""
    suffix = vocab.org_suffix_re.match(text, end, name_end)
    return suffix is not None and suffix.end() - end >= 2


def _acts_after_organ(text: str, m: re.Match, name_end: int, vocab: Vocabulary) -> bool:
    """A verb right after a whole organ word or a post and before a determiner or a place (镇党委号召|各党支部):
    the organ is the subject of the verb.  A verb before the office's own word names its
    function (中联办协调部, 省政府征兵办, 县人大换届选举联合督导组), and one that begins an organ word (市委|宣传部)
    is none."""
    at = m.start()
    if len(m.group()) < 2 or at < 2:
        return False
    if text[m.end():m.end() + 1] not in _DETERMINERS and not opens_at(text, m.end(), name_end, vocab):
        return False
    for regex in (vocab.organ_re, vocab.org_suffix_re, vocab.post_re):
        inner = regex.match(text, at)
        if inner and inner.end() >= m.end():
            return False
    before = (vocab.word_ends_at(text, at, vocab.organs, max_len=6)
              or vocab.word_ends_at(text, at, vocab.posts, max_len=5))
    return before is not None and len(before) >= 2


_DETERMINERS = set("各全该本其")
_VENUES = ("宾馆", "酒店", "饭店", "大厦", "会堂", "礼堂", "中心", "广场")


def _after_post_or_venue(text: str, m: re.Match, vocab: Vocabulary) -> bool:
    """A conjunction or preposition right after a post, a venue or a round (副主席和|某镇人民政府,
    在某某宾馆与|某某集团, 第一轮与|某某公司), or 兼 after a post (副秘书长兼|政研室主任): what follows it is a
    name of its own."""
    if m.group() not in PREPOSITIONS and m.group() != "兼":
        return False
    at = m.start()
    return (vocab.word_ends_at(text, at, vocab.posts, max_len=5) is not None
            or text.endswith(_VENUES, 0, at) or text.endswith("轮", 0, at))


def _whole_body_after(text: str, m: re.Match, name_end: int, vocab: Vocabulary) -> bool:
    """A preposition (not a conjunction) before a body named by its organ word alone or by 驻 (由|政务司,
    在|驻某地办事处): the name begins after it."""
    if m.group() not in PREPOSITIONS:
        return False
    rest = text[m.end():name_end]
    if m.group() in _CONJUNCTIONS:
        # 某某与|外交部部长, 于某某及|外交部, 延安和|党中央: a ministry or a national body after a conjunction is a
        # name of its own (县建设和交通局 is one name); 与|某某省副省长: a province
        if vocab.word_ends_at(text, name_end, vocab.organs, max_len=12) not in (None, rest):
            return False        # 商务及|经济发展局: the conjunction is inside a longer organ word
        return (len(rest) >= 3 and rest in vocab.organs and (rest.endswith(_MINISTRY_ENDS) or rest.startswith(NATIONAL))) or (
            2 <= len(rest) <= 5 and rest[-1] in _PROVINCE_ENDS and all(is_cjk(c) for c in rest))
    return rest.startswith(STATIONED) or (len(rest) >= 2 and rest in vocab.organs)


_PROVINCE_ENDS = "省州"
# A ministry stands whole after a conjunction (某某与|外交部); a bureau may be the second half of a name joined
# by it (县建设和交通局, 港澳台侨与外事委员会).
_MINISTRY_ENDS = ("部", "署")


def past_our_place(text: str, start: int, end: int) -> int:
    """我市|市委, 本县|县政府: after 我, 本 or 该, the place's character doubled by the organ's own is the place
    (our city), not part of the name: ``start`` one further on; else ``start``."""
    if 0 < start < end - 2 and text[start - 1] in "我本该" and text[start] == text[start + 1] in JURISDICTION_CHARS:
        return start + 1
    return start


def stop_cut(text: str, lo: int, hi: int, vocab: Vocabulary) -> int:
    """The position after the last stop word in [lo, hi) (来到, 由, 听取): the text before a name ends there.

    A one-character stop (由, 在, 和) cuts only where a place or jurisdiction
    follows it, since such characters also stand inside names (全球经济特区联盟,
    杭州和利时自动化有限公司).
    """
    hard, _ = _cuts(text, lo, hi, vocab)
    cut = _past_complement(text, max(hard, default=lo), hi, hard)
    while (cut < hi - 1 and text[cut] in _LEADING_PREPOSITIONS and vocab.region_re.match(text, cut, hi) is None
           and not text.startswith(_SELF_GOVERNED, cut) and not _CLAN_PLACE.match(text, cut)):
        cut += 1                # 从|市委…, 自|越共中央…: a preposition opening the text, no part of the organ (not 自贡市, 自治区)
    for k in range(1, _STRAY_MAX + 1):         # 当|北京市人大常委会, 答好|广东省委: a word no lexicon stops, then a place
        stray = text[cut:cut + k]
        place = vocab.region_re.match(text, cut + k, hi)
        if place is not None and _stray_word(stray, vocab) and _major_place(place.group(), vocab) and \
                place.end() < hi and not any(opens_at(text, j, hi, vocab) for j in range(cut, cut + k)):
            return cut + k      # (天|津市: 天津市 opens at 天)
    return cut


_STRAY_MAX = 2
# Prepositions that open no organ's name (a place may: 于都县, 自贡市, which the region check keeps)
_LEADING_PREPOSITIONS = frozenset("从自在于由向对给把被及受")


def _stray_word(word: str, vocab: Vocabulary) -> bool:
    """Can ``word``, right before a place, be no part of a body's name (当, 答好; not 驻, 中共, 国民党, 新)?"""
    return (all(is_cjk(c) and c not in JURISDICTION_CHARS and c not in "届第" for c in word)
            and STATIONED not in word and not word.startswith(NATIONAL)
            and vocab.region_re.match(word) is None and vocab.organ_re.search(word) is None
            and vocab.org_suffix_re.search(word) is None and word not in _NAME_PREFIXES)


def _major_place(place: str, vocab: Vocabulary) -> bool:
    """A province or a city, or a place written with its level (复兴, 合作, 罗城 alone are county names that stand
    inside other words)."""
    return len(place) >= 2 and (place[-1] in JURISDICTION_CHARS
                                or vocab.regions.get(place, ("", "county", ""))[1] in ("city", "province"))


_NAME_PREFIXES = frozenset({"新", "大", "老", "小", "东", "西", "南", "北", "中", "原"})


# A place's own party committee, government, congress or CPPCC, written whole after its place (贵州省委, 某市人民政府)
_PLACE_ORGAN = re.compile(r"[省市县区州盟旗]?(?:委|政府|人民政府|人大常委会|人大|政协|纪委)")


def place_organ_start(org_name: str, vocab: Vocabulary) -> int:
    """Where a place's own organ (贵州省委) begins inside an organ text that nothing before it opens (大会开幕|
    贵州省委), or at 中共 right before it; 0 when the text opens at its start or holds no such organ."""
    if opens_at(org_name, 0, len(org_name), vocab):
        return 0
    for k in range(1, len(org_name) - 2):
        m = vocab.region_re.match(org_name, k)
        if m and m.end() - k >= 2 and _PLACE_ORGAN.fullmatch(org_name, m.end()):
            return k - 2 if org_name.endswith("中共", 0, k) else k
    return 0


def _ministry_at(text: str, i: int, vocab: Vocabulary) -> bool:
    """Does a ministry's name (交通部, 外交部: an organ word of three characters or more in 部) begin at ``i``?"""
    m = vocab.organ_re.match(text, i)
    return m is not None and m.end() - i >= 3 and text[m.end() - 1] == "部"     # 在|交通部长某某


def known_names_re(vocab: Vocabulary) -> re.Pattern[str]:
    """The known organizations' names (lexicon ``known_organizations``) as one pattern, compiled once."""
    return vocab.derived("known_names_re", lambda v: compile_words(v.known_organizations))


def _known_opens(text: str, i: int, hi: int, vocab: Vocabulary) -> bool:
    """Does a known organization's short name (首钢, 华为) begin a longer name at ``i`` (甲和|首钢总公司领导)?"""
    m = known_names_re(vocab).match(text, i, hi)
    return m is not None and m.end() - i >= 2 and text[m.end():m.end() + 1] not in \
        vocab.known_organizations[m.group()][1]


def opens_at(text: str, i: int, hi: int, vocab: Vocabulary) -> bool:
    """Does a place, a jurisdiction or a national opener (中共, 国家 ...) begin at ``i``?"""
    if i >= hi:
        return False
    if text.startswith((*NATIONAL, *_SELF_GOVERNED), i):      # (…张某在|自治区党委常委…)
        return True
    for regex in (vocab.region_re, vocab.foreign_re, vocab.zone_re):
        m = regex.match(text, i, hi)
        if m and m.end() - i >= 2:
            return True
    # 由县政府 / 在市委: a jurisdiction character opens a name where an organ word begins with it
    # (not 晋江同|乡总会, where 乡 is inside the name)
    if text[i] not in JURISDICTION_CHARS:
        return False
    m = vocab.organ_re.match(text, i)
    after = vocab.organ_re.match(text, i + 1)       # 和|镇人大, 到|县政协: a level and an organ word
    return (m is not None and m.end() > i + 1) or (after is not None and after.end() > i + 2)


def first_opener(text: str, lo: int, hi: int, vocab: Vocabulary, *, boundaries: Iterable[int] = ()) -> int | None:
    """The leftmost position in [lo, hi) that opens a name, or None.

    Places and foreign states open a name anywhere; a jurisdiction character or a
    national word (国家, 中国) only at ``lo``, after punctuation or at one of
    ``boundaries`` (the ends of stop words), since inside words they open
    nothing (新区党工委, 金砖国家).
    """
    bounds = set(boundaries) | {lo}
    for i in range(lo, hi):
        at_boundary = i in bounds or text[i - 1] in HARD
        if at_boundary and (text.startswith((*NATIONAL, *_SELF_GOVERNED), i) or STATE_PAIR.match(text, i)):
            return i            # (中俄|人文合作委员会, 中日|友好交流协会: the two states a joint body is of)
        if i > lo and text[i - 1] in "(（" and _closes_after_place(text, i, hi, vocab):
            continue            # 中科智航(成都)科技有限公司: a city in brackets is inside the name
        for regex in (vocab.region_re, vocab.foreign_re):
            m = regex.match(text, i, hi)
            if m and m.end() - i >= 2:
                if m.end() - i == 2 and text[m.end() - 1] in "镇乡" and i - 1 in bounds and is_cjk(text[i - 1]):
                    return i - 1    # 的|安丰镇人民政府: a township whose last two characters name another place (丰镇)
                return i
        if at_boundary and (text[i] in JURISDICTION_CHARS or vocab.zone_re.match(text, i, hi)):
            return i            # a zone opens a name where nothing comes before it (某某新区党工委 keeps 某某)
    return None


def _closes_after_place(text: str, i: int, hi: int, vocab: Vocabulary) -> bool:
    m = vocab.region_re.match(text, i, hi) or vocab.foreign_re.match(text, i, hi)
    return bool(m) and m.end() < hi and text[m.end()] in ")）"


def _segmenter_start(text: str, lo: int, hi: int, segmenter: Segmenter) -> int | None:
    """The start of the run of nominal tokens that ends at ``hi``."""
    window = text[lo:hi]
    if not window:
        return None
    start = None
    for s, _, tag in reversed(segmenter(window)):
        if tag in _NON_NAME_TAGS:
            break
        start = lo + s
    return start
