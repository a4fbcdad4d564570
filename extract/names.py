"""Reading a person's name at a position: where it ends and how sure we are.

A Chinese name is a surname (one character, or a compound such as 欧阳) and a
given name of one or two characters.  Where it ends is decided by what follows
it: punctuation, a verb such as 致辞, a word such as 等, a post (刘非书记) or
another name.  A foreign name is written with a middle dot (侯赛因·伊卜拉欣·哈马迪).

Padding and variation selectors inside a written name: ``extract.name_chars``.
What follows a name and how clearly it closes it (the boundary scores, the weak words): ``extract.name_closers``.
"""
from __future__ import annotations

import re

from extract.name_chars import NameHit, name_chars_end, padded_given, past_selectors, without_selectors
from extract.name_chars import name_text  # noqa: F401  (imported from here by callers)
from extract.name_closers import (END, NEXT_NAME, NEXT_NAME_UNSURE, POST, STRONG, TIME_START, TIME_WORD, WEAK,  # noqa: F401
                                  act_at, surname_address, weak_word_closes)
from extract.name_words import (LANDMARK_ENDS, PLACE_ENDS, ends_inside_word, place_like,  # noqa: F401 (callers import
                                starts_inside_word, word_begins)                    # them from here)
from extract.textutil import PUNCT, compile_words, is_cjk
from extract.vocab import Vocabulary

# Middle-dot variants that join the parts of a transliterated name.
_DOTS = "·•・‧∙."
_FOREIGN = re.compile(r"[\u4e00-\u9fff]{1,7}(?:[·•・‧∙][\u4e00-\u9fff]{1,10})+")
_COUNT_AT = re.compile(r"(?:[一二三四五六七八九十两]{1,3}|\d{1,3})[位名人]")     # a count of those just named

# A given-name character this much rarer in names than in text (我, 的, 区) rules the reading out.
IMPLAUSIBLE = -3.2
RARE_ANNOUNCED = -4.6   # … but after a post and before a clear end (see read_name)
RARE_PARTNER_MIN = -1.5  # beside a character that is no rarer than this

# Every character of a name read freely (not surname-led) must be at least this name-like.
FREE_MIN = -2.0


def boundary_score(text: str, pos: int, vocab: Vocabulary, *, check_next: bool = False) -> float:
    """How clearly position ``pos`` ends a name.

    A surname at ``pos`` closes a name weakly (subheadlines run names together: 盛秋平|刘非致辞).
    ``check_next``: it does so only where a name can be read from it, and less (NEXT_NAME_UNSURE)
    where none can: in 张树法在 no name begins at 法, so 张树 is the worse reading.
    """
    if pos >= len(text):
        return END
    ch = text[pos]
    if ch in "○〇" and pos and text[pos - 1] in "一二三四五六七八九十○〇":
        return 0.0              # 于二|○○四年: a year written in Chinese numerals goes on, no name ends
    if ch in PUNCT or ch.isspace() or not is_cjk(ch):
        return END
    best = 0.0
    m = vocab.name_right_re.match(text, pos)
    if m:
        best = STRONG if vocab.name_right[m.group()] == "strong" else weak_word_closes(text, m, vocab)
    if best < STRONG and (act_at(text, pos, vocab) or (      # (甲、乙|四位同志, but 主任李伟和|三位副主任)
            _COUNT_AT.match(text, pos) and text[pos - 1] not in "和与及同跟")):
        best = STRONG
    if best < WEAK and ch == "家" and text[pos + 1:pos + 2] in _AT_HOME:
        best = WEAK                 # 在困难党员张福成|家, 走进村民某某|家中: the home of the named
    if best < POST and vocab.post_re.match(text, pos):
        best = POST
    if best < POST:
        if _decision_at(text, pos, vocab):
            best = POST                 # 张某宗|署任行政长官, 李某|当选为…: a decision ends a name as a post does
    if best < WEAK:
        verb = vocab.verb_re.match(text, pos)
        if verb is not None and len(verb.group()) >= 2:
            best = WEAK                 # 蒋万安|讨论: a verb of two characters or more ends a name as 和 does
    if best < NEXT_NAME and vocab.is_surname(ch):
        if check_next and read_name(text, pos, vocab, min_score=WEAK, _nested=True) is None:
            return NEXT_NAME_UNSURE
        best = NEXT_NAME
    if best and _group_noun_at(text, pos, vocab):
        return 0.0              # 曹某向|考察团, 某某向|代表团: a delegation, neither an act, a post nor a name
    return best


_AT_HOME = frozenset("，,。、的中里门")


def _decision_at(text: str, pos: int, vocab: Vocabulary) -> bool:
    """Does a decision about a post of two characters or more begin at ``pos`` (履新, 当选为, 任命)?"""
    decision = vocab.appointment_action_re.match(text, pos)
    return decision is not None and len(decision.group()) >= 2


def _group_noun_at(text: str, pos: int, vocab: Vocabulary) -> bool:
    """Does a group named by its task or members begin at ``pos`` (考察团, 代表团, 督导组)?"""
    return vocab.role_governors.get(text[pos:pos + 3]) == "noun" or text.startswith(_GROUPS, pos)


_GROUPS = ("代表团", "访问团", "考察团", "参访团", "调研组", "督导组", "工作组", "检查组")


def _ends_strongly(text: str, pos: int, vocab: Vocabulary) -> bool:
    """``boundary_score(text, pos, vocab) >= STRONG``, without reading the weaker closers."""
    if pos >= len(text):
        return True
    ch = text[pos]
    if ch in PUNCT or ch.isspace() or not is_cjk(ch):
        return True
    m = vocab.name_right_re.match(text, pos)
    strong = (m is not None and vocab.name_right[m.group()] == "strong") or act_at(text, pos, vocab)
    return strong and not _group_noun_at(text, pos, vocab)


# Pronouns and particles, in no given name however framed (外长|经我州|赴昆考察)
_PRONOUNS = frozenset("我你他她它这那的了是")


def _blocked(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """A word that is known not to be a name covers the candidate."""
    for k in range(2, 5):
        word = text[start:start + k]
        if len(word) < k:
            break
        if (k >= end - start or word[-1] == "委") and (word in vocab.non_names or word in vocab.regions
                or word in vocab.posts or word in vocab.organs or word in vocab.known_organizations):
            return True         # (or a committee opens it: 代表|区委|向…, though 区 is a surname)
        if k == end - start - 1 and ((text[end - 1] in _LOCATIVES or text.startswith(_AND, end - 1))
                                     and word in vocab.non_names or text[end - 1] in "团队" and word in vocab.regions):
            return True         # 领导|班子中, 班子|以及 (a word and where, when, 以及), 山西|团 (a team): no name
    return bool(TIME_WORD.match(text, start) or TIME_WORD.match(text, start + 1, end))   # 时年|47岁, 于|今年9月


_LOCATIVES, _AND = "中里内上下外前后", ("以及", "以上", "以下", "以外", "以来")


def _may_begin(text: str, pos: int, vocab: Vocabulary, *, free: bool) -> bool:
    """Whether any reading of ``read_name`` below its dotted names can begin at ``pos``: a surname,
    a compound or Japanese family name, or (``free``) a name-like character.  A quick no, before
    the costlier checks."""
    c = text[pos]
    if c in vocab.surnames or text[pos:pos + 2] in vocab.compound_surnames:
        return True
    if text[pos:pos + 2] in vocab.japanese_surnames or text[pos:pos + 3] in vocab.japanese_surnames:
        return True
    return (free and c not in _GOES_TO
            and max(vocab.foreign_lr.get(c, 0.0), vocab.given_lr.get(c, 0.0)) >= FREE_MIN)


# Verbs of going that open no name read freely after a post (省领导|赴雅安调研, 运动员|赴德参赛)
_GOES_TO = frozenset("赴往")


# Function words that end no given name, however name-like the characters before them (刘璇将, 温泉又, 高兴地)
NOT_LAST_GIVEN = frozenset("的地得了着过又都将约于与及并兼等也就还是把被该此这那乘曾未不犯亦仍即便经时以")   # (犯: 某某|犯受贿罪; 某某|仍在; not 则: 林政则)


# Of those, the characters that end real given names too (符世经, 李一时): after a post and before a clear end
# (市领导|符世经|出席) they may end one
_ALSO_LAST_GIVEN = frozenset("经时以仍亦即便")


def _given_ok(given: str, vocab: Vocabulary, *, framed_end: bool = False) -> bool:
    """Name characters, no modifier of a post (原一级|巡视员: 一级 is the post's grade), no meeting (向大会), no
    function word at the end (温泉|又称; ``framed_end``: a post before and a clear end after allow a few)."""
    last = given[-1:]
    return (all(is_cjk(c) and c not in PUNCT for c in given)
            and (last not in NOT_LAST_GIVEN or framed_end and last in _ALSO_LAST_GIVEN)
            and given not in vocab.post_prefixes
            and given not in _PEOPLE_WORDS and (len(given) < 2 or not vocab.event_noun_re.fullmatch(given)
                                                and given not in vocab.forms_of_address))     # (杜|先生, 李|大妈)


# Words for people addressed or met, never a given name (副所长向|客人介绍, 县长向|大家致意)
_PEOPLE_WORDS = frozenset({"客人", "大家", "群众", "来宾", "嘉宾", "记者", "同志", "朋友", "各位", "全体", "代表", "同学",
                           "村民", "居民", "市民", "游客", "师生", "家属"})


# A name in Latin letters: two to four words, the first capitalised (Rudy Kiryl, Tashtanbek Uulu Aidar).
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’\-]{1,20}(?: [A-Za-z][A-Za-z'’\-]{1,20}){1,3}")


def read_name(text: str, pos: int, vocab: Vocabulary, *, min_score: float = WEAK,
              limit: int | None = None, free: bool = False, announced: bool = False,
              _nested: bool = False) -> NameHit | None:
    """The most likely name starting exactly at ``pos``, or None.

    ``min_score`` is how clear the boundary after the name must be: a name
    right after a title chain needs little, a name standing alone needs a
    strong boundary.  ``free`` also admits names that are not a surname and a
    given name (巴图孟和, 乌云其木格, 额尔敦毕力格): where a title or a label
    announces a name, any run of two to seven name-like characters that ends
    at a clear boundary is one.  ``announced``: a post or a label stands right
    before ``pos`` (外长|于贝尔·韦德里纳), so a transliterated name may begin with
    a character that seldom begins one.  ``_nested``: the check of a name that may follow
    another (``boundary_score``), which does not look further.
    """
    limit = len(text) if limit is None else limit
    closer = vocab.name_right_re.match(text, pos)
    if closer and len(closer.group()) >= 2 and vocab.name_right[closer.group()] == "strong":
        return None             # 领导|同志, 嘉宾|一行: a word that closes names opens none
    if (free or announced) and "A" <= text[pos:pos + 1] <= "Z":
        # 白俄罗斯驻华大使Rudy Kiryl,: a name in Latin letters after its post, as the guest writes it
        latin = _LATIN_NAME.match(text, pos, limit)
        words = latin.group().split() if latin else []
        if any(len(w) >= 3 and w.isupper() for w in words) and not all(w.isupper() for w in words):
            return None         # 网站律师|SINA English: a site's name in capitals (FRANK MATARRESE, all in them, stands)
        if latin and (latin.end() >= limit or not text[latin.end()].isascii() or text[latin.end()] in ",.;)"):
            return NameHit(pos, latin.end(), END)
        return None
    window = text[pos:pos + 9]
    m = _FOREIGN.match(text, pos, limit) if any(d in window for d in _DOTS[:-1]) else None
    if m:
        first_dot = min(i for i in range(m.start(), m.end()) if text[i] in _DOTS)
        if vocab.post_re.search(text, pos, first_dot) or vocab.group_label_re.search(text, pos, first_dot):
            return None     # 县领导艾尔肯·吐尔逊: the label is not part of the name
        if not _foreign_first_part(text, pos, first_dot, vocab, announced=announced) or (
                text[pos] in "和与及同" and first_dot - pos >= 2):
            return None     # 会见了于贝尔·韦德里纳, 由吐尔洪·买买提, 副总理和|鲁·某某: the name begins later
        return NameHit(pos, _trim_last_part(text, m, vocab), END)
    if pos >= limit or not _may_begin(text, pos, vocab, free=free) or starts_inside_word(text, pos, vocab):
        return None
    if announced and text[pos] in _PREPOSITION_SURNAMES and _addressed_after(text, pos + 1, limit, vocab):
        return None             # 主任向|冉斌副市长介绍, 领导向|本溪…捐赠: the preposition, then whom it addresses
    candidates: list[NameHit] = []
    unsure: set[int] = set()
    if free:
        candidates += _free_readings(text, pos, limit, vocab, announced=announced)
        candidates += _syllable_reading(text, pos, limit, vocab)
    japanese = text[pos:pos + 2] in vocab.japanese_surnames or text[pos:pos + 3] in vocab.japanese_surnames
    translit = _transliterated_reading(text, pos, limit, vocab) if announced and not japanese else []
    if japanese:
        announcing = free or announced      # elsewhere (村上大祐|市长) a post must follow
        candidates += _japanese_readings(text, pos, limit, vocab, min_boundary=WEAK if announcing else POST)
    two = text[pos:pos + 2]
    surname_lengths = []
    if len(two) == 2 and two in vocab.compound_surnames:
        surname_lengths.append(2)
    if text[pos] in vocab.surnames and not _function_surname(text[pos], vocab):
        surname_lengths.append(1)
    for s_len in surname_lengths:
        given_start = past_selectors(text, pos + s_len, limit)
        post = vocab.post_re.match(text, given_start)
        if post and post.end() - given_start >= 1:
            continue          # 丁博士, 王书记: a surname and a post, not a name
        readings = [(given_start, 2), (given_start, 1)]
        padded = padded_given(text, given_start, limit) if s_len == 1 else None
        if padded is not None:
            readings = [(padded, 1)]          # 刘　非: only two-character names are padded
        for g_start, g_len in readings:
            end = name_chars_end(text, g_start, g_len, limit)
            if end is None:
                continue
            given = without_selectors(text[g_start:end])
            framed = (announced and len(given) == 2 and is_cjk(given[1]) and given[1] not in PUNCT
                      and text[end:end + 1] in "，,、；;。" and text[pos:g_start + 1] not in vocab.word_pairs
                      and given not in vocab.word_pairs)   # 主任|宋国地|, (地 ends no name elsewhere; not 商量过)
            framed_end = (announced and given[-1:] in _ALSO_LAST_GIVEN
                          and boundary_score(text, end, vocab, check_next=not _nested) >= STRONG)
            if not (_given_ok(given, vocab, framed_end=framed_end) or framed and _given_ok(given[0], vocab)) \
                    or _blocked(text, pos, end, vocab):
                continue
            ratios = [vocab.given_lr.get(c, 0.0) for c in given]
            # 副书记|聂党权|参加: right after a post and before a clear end, a rare character (党, 际) may be one
            # of two in a given name whose other character is not rare
            # …, or the first of a list (市领导|王进足、张帆…), which the 、 closes as clearly as the partner would
            # …, or before an act (部长|王战营|出席: two rare characters, but the post and the act frame them)
            rare_but_announced = (announced and len(given) == 2 and min(ratios) >= RARE_ANNOUNCED
                                  and (max(ratios) >= RARE_PARTNER_MIN or text[end:end + 1] == "、"
                                       or (given not in vocab.word_pairs and not _PRONOUNS.intersection(given)
                                           and boundary_score(text, end, vocab) >= STRONG)))
            # 局长|张工|履新: one rare character, between the post and a decision or a comma
            one_rare_announced = (announced and len(given) == 1 and ratios[0] >= RARE_ANNOUNCED
                                  and given not in _PRONOUNS and given not in vocab.name_right
                                  and (text[end:end + 1] in "，,、；;" or _decision_at(text, end, vocab)))
            rare_but_announced = rare_but_announced or one_rare_announced
            if min(ratios) < IMPLAUSIBLE and not rare_but_announced:
                continue
            boundary = boundary_score(text, end, vocab, check_next=not _nested)
            if min(ratios) < IMPLAUSIBLE and boundary < STRONG and not one_rare_announced:
                continue
            if padded is not None and boundary < STRONG:
                continue          # 王 强调: padding is read only before a clear end of the name
            score = boundary + 0.05 * max(-4.0, min(4.0, sum(ratios)))
            # A function character inside the given name (王强和) makes it unlikely.
            if any(vocab.name_right.get(c) == "weak" for c in given):
                score -= 0.5
            # The rarer the surname, the clearer the context must be.
            rank = vocab.surname_rank.get(text[pos:pos + s_len])
            if s_len == 1 and (rank is None or rank > 300):
                score -= 0.5
            candidates.append(NameHit(pos, end, score))
            if boundary == NEXT_NAME_UNSURE:
                unsure.add(end)
    if translit:
        # readings that end inside the run of a transliterated name (马哈蒂|尔后) without a clear end
        run_end = translit[0].end
        # and readings that run on past it (扎耶德|和主持: 和 is no transliterated name's)
        candidates = [h for h in candidates if (h.end >= run_end or h.score >= POST) and h.end <= run_end] + translit
    candidates = [c for c in (_before_next_holder(h, text, vocab) for h in candidates) if c is not None]
    if not candidates:
        return None
    # Best boundary wins; between equals the longer reading (most names have three characters).
    best = max(candidates, key=lambda h: (h.score, h.end - h.start))
    # an unsure surname after the name ranks it lower, but closes it as well as any surname (王东黎|闻汛而动)
    lift = NEXT_NAME - NEXT_NAME_UNSURE if best.end in unsure else 0.0
    if best.end in unsure and not word_begins(text, best.end, vocab):
        # …but where no word begins at that surname either, it is the name's own last character (张晓明|带着,
        # 林建隆|携: 明带, 隆携 are no words; 张伟|高度重视 ends before one): the reading one longer, as sure
        longer = [h for h in candidates if h.start == best.start and h.end == best.end + 1]
        if longer:
            best = NameHit(best.start, longer[0].end, best.score)
    return best if best.score + lift >= min_score else None


# The first part of a transliterated name: at most this many characters, none less name-like than
# FIRST_PART_MIN in transliterated names (foreign_lr; 了, 到, 在 are below it, while 阿不都 and 热合曼
# have 不 -3.6 and 合 -3.3), the first one not less than FIRST_CHAR_MIN unless a post announces the
# name (会见了|于贝尔, 由|吐尔洪, but 外长于贝尔), and no word that stands before names at its head.
FIRST_PART_MAX = 7
FIRST_PART_MIN = -4.0
FIRST_CHAR_MIN = -1.0
# A character this un-name-like (foreign_lr) followed by a verb ends a transliterated name.
UNNAMELIKE_BEFORE_VERB = -2.0
# A character this un-name-like (的, 有, 前; 不 of 阿不都 is -3.6) ends one after the first character of its last part.
UNNAMELIKE = -4.0


def _before_next_holder(hit: NameHit, text: str, vocab: Vocabulary) -> NameHit | None:
    """The reading less a conjunction it ends with before the next person's post and name (书记石峰和|组织委员彭伟:
    石峰; none where one character would be left); as it is otherwise (王家和|副主任出席: the post is his)."""
    post = vocab.post_re.match(text, hit.end) if text[hit.end - 1:hit.end] in ("和", "与", "及") else None
    if post is None or vocab.surname_rank.get(text[post.end():post.end() + 1], 999) > _COMMON_RANK:
        return hit
    return NameHit(hit.start, hit.end - 1, hit.score) if hit.end - hit.start >= 3 else None


def _foreign_first_part(text: str, pos: int, first_dot: int, vocab: Vocabulary, *, announced: bool) -> bool:
    part = text[pos:first_dot]
    if not part or len(part) > FIRST_PART_MAX:
        return False
    lr = vocab.foreign_lr
    if any(lr.get(c, 0.0) < FIRST_PART_MIN for c in part):
        return False
    if lr.get(part[0], 0.0) < FIRST_CHAR_MIN and (not announced or lr.get(part[1:2], 0.0) < FIRST_CHAR_MIN):
        return False            # (学生|态学家丹尼尔·…: after a post one word character may lead, 于贝尔, not two)
    return not any(part[:k] in vocab.name_left for k in (1, 2, 3) if len(part) - k >= 2)


# The ethnic groups a notice writes after a name (the 56 groups of the PRC's official classification, those whose
# names can follow a transliterated name): 哈萨克族, 维吾尔族 …
_ETHNIC_GROUP = re.compile("(?:哈萨克|维吾尔|柯尔克孜|塔吉克|乌孜别克|塔塔尔|锡伯|蒙古|达斡尔|鄂温克|鄂伦春|赫哲|俄罗斯|"
                           "回|藏|门巴|珞巴|撒拉|东乡|保安|裕固|土)族")


def _trim_last_part(text: str, m: re.Match, vocab: Vocabulary) -> int:
    """侯赛因·哈马迪出席, 罗宾·库克将于…: the last parts end where a verb, post, honorific, function or time word begins."""
    part_start = min(i for i in range(m.start(), m.end()) if text[i] in _DOTS) + 1
    for i in range(part_start + 1, m.end()):
        if text[i] in _DOTS:
            part_start = i + 1
            continue
        if i >= part_start + 2 and (v := vocab.verb_re.match(text, i)) and v.end() == i + 2 and act_at(text, i + 1, vocab):
            continue                # 买买提·沙吾提|到会祝贺, not 沙吾|提到: the verb's second character opens an act
        if boundary_score(text, i, vocab) >= POST or vocab.honorific_re.match(text, i) or (
                i >= part_start + 2 and _ETHNIC_GROUP.match(text, i)):
            return i                # (莫拉力·阿不都满金|哈萨克族,生于…: the ethnic group after the name)
        word = vocab.name_right_re.match(text, i)
        if word and len(word.group()) == 1 and vocab.foreign_lr.get(text[i], 0.0) > -2.0:
            word = None             # 阿不都热合曼: 都 is common in transliterated names
        if i >= part_start + 2 and (word or vocab.verb_re.match(text, i) or TIME_START.match(text, i)):
            return i
        if (i >= part_start + 2 and vocab.foreign_lr.get(text[i], 0.0) < UNNAMELIKE_BEFORE_VERB
                and vocab.verb_re.match(text, i + 1)):
            return i                # 从阿布都热依木·艾买提|处获悉: a place word, then the verb
        if vocab.foreign_lr.get(text[i], 0.0) < UNNAMELIKE:
            return i                # 凡·高|的画作, 罗伯特·马尔登|有幸: a word after the last part
    return m.end()


_FREE_BREAKS = "赴来向对给跟把被从则抵"     # words (name_right) that a name not led by a surname never runs across


_PREPOSITIONS = "由和与及同对向于经将把被给"     # surnames too (由, 向, 于), but before a name they lead it in


_FUNCTION_SURNAMES = "来和都从有为"     # rare surnames, far more often words (来川: come to Sichuan, 有国家, 副书记为|某某)


# Surnames that are prepositions as well: after a post they open whom the holder addresses (主任向某某副市长介绍)
_PREPOSITION_SURNAMES = "向"


def _addressed_after(text: str, pos: int, limit: int, vocab: Vocabulary) -> bool:
    """A place, a verb, or a name followed by its post or 一行, begins at ``pos`` (向|冉斌副市长, 向|杜某某一行, 向|本溪…,
    群众向|坚守在…的官兵); a place's name closed by punctuation is a given name (县领导向|和平、某某)."""
    place = vocab.region_re.match(text, pos, limit)
    if place and len(place.group()) >= 2 and not _ends_strongly(text, place.end(), vocab) or vocab.verb_re.match(text, pos, limit):
        return True
    hit = read_name(text, pos, vocab, min_score=WEAK, limit=limit, _nested=True)
    return hit is not None and (vocab.post_re.match(text, hit.end) is not None or text.startswith("一行", hit.end))


def _function_surname(ch: str, vocab: Vocabulary) -> bool:
    """Is ``ch`` a rare surname that is far more often a word (``_FUNCTION_SURNAMES``)?"""
    return ch in _FUNCTION_SURNAMES and vocab.surname_rank.get(ch) is None


def _surname_name_at(text: str, pos: int, limit: int, vocab: Vocabulary) -> bool:
    """Does a surname-led name of two or three characters stand at ``pos``, closed by a clear end?"""
    if pos >= limit or text[pos] not in vocab.surnames:
        return False
    return any(plausible_name(text[pos:pos + n], vocab) and boundary_score(text, pos + n, vocab) >= STRONG
               for n in (3, 2) if pos + n <= limit)


# Where a post announces a name that no surname leads, the word after it that may close it (在 of 在长春会见)
_ANNOUNCED_CLOSERS = "在"
# The commonest Han surnames (rank by ``surname_rank``), whose names are of two or three characters: a reading of five
# or more that one of them leads is a name and what its bearer does (村民张某某盖新房).  Not 马 or 罗, which lead Uyghur
# and Tibetan names written without a dot (马合木提江, 罗桑丹增).
_COMMON_RANK = 100


def _han_lead(ch: str, vocab: Vocabulary) -> bool:
    return vocab.surname_rank.get(ch, _COMMON_RANK + 1) <= _COMMON_RANK and ch not in "马罗"


def _free_readings(text: str, pos: int, limit: int, vocab: Vocabulary, *, announced: bool = False) -> list[NameHit]:
    """A name of two to seven characters that is not surname-led, up to the first clear boundary.

    Every character must be name-like (common in given or transliterated names),
    and no post or verb may stand inside it (丁博士, 双方签约 are no names).  Where a post
    announces it, a name of three characters or more may also end before a weaker closer that is
    no name's character (省委书记|巴音朝鲁|在长春会见).
    """
    first = text[pos]
    if max(vocab.foreign_lr.get(first, 0.0), vocab.given_lr.get(first, 0.0)) < FREE_MIN and first not in vocab.surnames:
        return []               # 要, 在, 的: no name starts with it (a surname may: 计明南加)
    if vocab.post_re.match(text, pos) or vocab.group_label_re.match(text, pos):
        return []               # 区长黄某: a post, not a name that begins with the surname 区
    act = vocab.act_re.match(text, pos)
    if act and len(act.group()) >= 2:
        return []               # 王局长|介绍说: a participation or speech verb, not a name
    opening = vocab.verb_re.match(text, pos)
    if opening and len(opening.group()) >= 2 and vocab.surname_rank.get(first) is None:
        return []               # 先后|有某某: a common word opens no name that no common surname leads
    if _function_surname(first, vocab) or (first in _PREPOSITIONS and _surname_name_at(text, pos + 1, limit, vocab)):
        return []               # 执行主席由|黄某某、…担任: a preposition before a surname-led name
    verb = opening                  # (the verb read above, at the same place)
    if verb is not None and len(verb.group()) >= 2 and _surname_name_at(text, verb.end(), limit, vocab):
        return []               # 成员包括|谢某某、…: a verb before a surname-led name
    end = pos
    likeness: list[float] = []
    prefixes = vocab.derived("long_prefix_re", lambda v: compile_words(p for p in v.post_prefixes if len(p) >= 2))
    while end < limit and end - pos < 7 and is_cjk(text[end]) and text[end] not in PUNCT:
        if end - pos >= 2 and text[end] in _FREE_BREAKS:
            break               # 某某赴青河调研: a movement word, where a surname-led reading ends
        if end - pos == 3 and first in vocab.surnames and text[end] in vocab.name_right:
            break               # 镇长朱敏煜|作2024年…报告: a word that closes names, after a surname-led three
        if end > pos and (vocab.post_re.match(text, end) or _ends_strongly(text, end, vocab) or (end - pos >= 2 and (
                ((verb := vocab.verb_re.match(text, end)) and len(verb.group()) >= 2) or TIME_START.match(text, end)
                or prefixes.match(text, end)))):
            break               # (a verb of one character, 加 of 计明南加, is a name's character as often; 代理 a verb too)
        like = max(vocab.foreign_lr.get(text[end], 0.0), vocab.given_lr.get(text[end], 0.0))
        if end == pos and text[end] in vocab.surnames:
            like = max(like, 0.0)
        if like < FREE_MIN and announced and end - pos >= 3 and text[end] in _ANNOUNCED_CLOSERS:
            break               # 巴音朝鲁|在
        if like < FREE_MIN:
            return []           # a character no name has, inside the reading
        likeness.append(like)
        end += 1
    weak_end = (announced and end - pos >= 3 and end < limit and text[end] in _ANNOUNCED_CLOSERS
                and not _ends_strongly(text, end, vocab))
    if end - pos < 2 or not (weak_end or _ends_strongly(text, end, vocab)):
        return []
    name = text[pos:end]
    if name in vocab.non_names or sum(likeness) / len(likeness) < 0.3 or vocab.verb_re.fullmatch(name):
        return []               # (委员|召开座谈会: a verb)
    if len(name) >= 5 and _han_lead(name[0], vocab) and (plausible_name(name[:3], vocab) or plausible_name(name[:2], vocab)):
        return []               # 村民张某某|盖新房: a Han name and its act, not one name of six
    if name[0] in vocab.surnames and len(name) >= 4 and any(
            (name[k:] == "家" or vocab.region_re.fullmatch(name, k)) and plausible_name(name[:k], vocab) for k in (3, 2)):
        return []               # 贫困户兰某坤|家, 市长卫某成|三亚调研: a surname-led name, then a home or a place
    if name[0] in vocab.surnames and any(c in "和与及" and name[j + 1] in vocab.surnames for j, c in enumerate(name[2:-2], 2)):
        return []               # 吴某某和杜某某: two surname-led names joined, not one (but 巴图孟和)
    if (name[-1] in "和与及" and plausible_name(name[:-1], vocab)
            and (text.startswith(tuple(_PEOPLE_WORDS), end) or _surname_name_at(text, end, limit, vocab))):
        return []               # 王东明和|代表们: a surname-led name and a conjunction (but 巴图孟和)
    boundary = boundary_score(text, end, vocab)
    if weak_end and boundary < WEAK:
        return []
    return [NameHit(pos, end, boundary - 0.25 if not weak_end else boundary)]   # a surname-led reading wins a tie


_SYLLABLE_CLOSERS = "及和与率说在"


def _syllable_reading(text: str, pos: int, limit: int, vocab: Vocabulary) -> list[NameHit]:
    """尕玛才旦, 其美仁增, 巴音朝鲁, 达瓦: one to three syllables of Tibetan or Mongolian names
    (``minority_syllables``) where a post or a label announces them, up to a boundary or a closer
    (副县长|尕玛才旦|及, 主任|列确|率领, 乡干部|达瓦|说)."""
    end = pos
    for _ in range(3):
        step = next((n for n in (4, 3, 2) if text[end:end + n] in vocab.minority_syllables and end + n <= limit), 0)
        if not step:
            break
        end += step
    if end == pos:
        return []
    boundary = boundary_score(text, end, vocab)
    if boundary < WEAK and text[end:end + 1] not in _SYLLABLE_CLOSERS:
        return []
    return [NameHit(pos, end, max(boundary, WEAK))]


# A transliterated name announced by its post (总理|马哈蒂尔后, 议员|罗森施廷格尔的): the longest run of characters
# at least TRANSLIT_MIN in transliterated names (foreign_lr), the first at least TRANSLIT_START, that stops
# before a character at most TRANSLIT_END (后, 的, 在: words, not parts of a name) or a clear boundary.
# It competes with the other readings (a surname-led 马哈蒂 ends inside the run, so weakly) and loses
# their ties (副市长|马德华出席: the same span either way).
TRANSLIT_START = 0.5
TRANSLIT_MIN = 0.0
TRANSLIT_END = -1.0
TRANSLIT_MEAN = 2.0
TRANSLIT_LAST_MIN = -2.0


def _transliterated_reading(text: str, pos: int, limit: int, vocab: Vocabulary) -> list[NameHit]:
    lr = vocab.foreign_lr
    if lr.get(text[pos], -9.0) < TRANSLIT_START:
        return []
    end = pos
    while end < limit and end - pos < FIRST_PART_MAX and is_cjk(text[end]) and text[end] not in PUNCT:
        if end - pos >= 2 and (boundary_score(text, end, vocab) >= POST or TIME_START.match(text, end)):
            break
        if lr.get(text[end], -9.0) < TRANSLIT_MIN:
            after = text[end + 1:end + 2]
            if end - pos >= 3 and lr.get(text[end], -9.0) >= TRANSLIT_LAST_MIN and (
                    not after or after in PUNCT or not is_cjk(after)):
                end += 1        # 总理|苏格拉底|(: a less name-like last character right before a bracket or a stop
            break
        end += 1
    if end - pos < 3:
        return []               # two characters: the surname-led and free readings already cover them
    boundary = boundary_score(text, end, vocab)
    if boundary < WEAK and not (end >= limit or lr.get(text[end], -9.0) <= TRANSLIT_END):
        return []               # the run stops before a character that may still be a name's
    if boundary < WEAK and end - pos == 3 and _han_lead(text[pos], vocab):
        return []               # 副县长李强荣|获: a Han name and a word, where nothing clear ends the run (not 韦尔特罗尼)
    name = text[pos:end]
    if (sum(lr.get(c, -9.0) for c in name) / len(name) < TRANSLIT_MEAN or name in vocab.non_names
            or name in vocab.foreign or name in vocab.regions or vocab.post_re.search(name)):
        return []
    return [NameHit(pos, end, max(boundary, WEAK) - 0.25)]


# A Japanese given name after the family name: one to three characters (一彦, 太一郎), each at least this
# name-like (一 of 太一郎 and 健一 is -2.1 in Chinese names); such a reading wins over a Chinese one that ends as
# clearly (the family name is known).
JAPANESE_GIVEN_MAX, JAPANESE_CHAR_MIN, JAPANESE_BONUS = 3, -2.5, 0.25


def _japanese_readings(text: str, pos: int, limit: int, vocab: Vocabulary, *, min_boundary: float) -> list[NameHit]:
    """山田太一郎, 龟井启次: a Japanese family name of ``japanese_surnames`` and a given name of one to
    three name-like characters, up to a boundary at least ``min_boundary`` (the longest such reading)."""
    out = []
    for f_len in (3, 2):
        if text[pos:pos + f_len] not in vocab.japanese_surnames:
            continue
        g = pos + f_len
        for end in range(g + 1, min(g + JAPANESE_GIVEN_MAX, limit) + 1):
            ch = text[end - 1]
            last = end < len(text) and not is_cjk(text[end])    # (池田大作”: 作 closes no name before a quote mark)
            closes_given = (ch in _JAPANESE_LAST and end - g >= 2                   # 增田宽|也|出席 (not 石井|也)
                            and boundary_score(text, end, vocab) >= STRONG)
            if (not is_cjk(ch) or ch in PUNCT or vocab.post_re.match(text, end - 1)
                    or any(m and not (last and m.end() == end) and not closes_given
                           for m in (vocab.name_right_re.match(text, end - 1), vocab.act_re.match(text, end - 1)))
                    or (max(vocab.given_lr.get(ch, 0.0), vocab.foreign_lr.get(ch, 0.0)) < JAPANESE_CHAR_MIN
                        and not closes_given)):
                break
            boundary = boundary_score(text, end, vocab)
            if boundary >= min_boundary:
                out.append(NameHit(pos, end, boundary + JAPANESE_BONUS))
        break
    return out


# Characters that end Japanese given names and are words of their own too (也, 一): before a clear end they end it
_JAPANESE_LAST = frozenset("也一")


def _japanese_name(name: str, vocab: Vocabulary) -> bool:
    """山田太一郎: a Japanese family name and one to three given characters."""
    return any(name[:k] in vocab.japanese_surnames and 1 <= len(name) - k <= JAPANESE_GIVEN_MAX
               and all(is_cjk(c) for c in name[k:]) for k in (3, 2))


def plausible_name(name: str, vocab: Vocabulary) -> bool:
    """A cheap check of a string proposed as a person's name (by a backend, say)."""
    if "·" in name or any(d in name for d in _DOTS[:-1]):
        parts = re.split("[" + _DOTS + "]", name)     # (no clause before it: 某会议选举|莫某·阿某)
        return (all(is_cjk(c) or c in _DOTS for c in name) and len(name) >= 3
                and all(1 <= len(p) <= 8 for p in parts) and len(parts[0]) <= 6)
    if not 2 <= len(name) <= 6 or not all(is_cjk(c) for c in name):
        return False
    if (name in vocab.non_names or name in vocab.regions or name in vocab.posts or name in vocab.foreign
            or name in vocab.name_right or name in vocab.known_organizations):
        return False            # (领导|同志, 一行: what follows a name is none; 华为, 马钢: a firm)
    if _japanese_name(name, vocab):
        return True
    if len(name) > 4:
        return False
    s = 2 if name[:2] in vocab.compound_surnames else 1 if name[0] in vocab.surnames else 0
    if not s or len(name) - s not in (1, 2):
        return False
    if (len(name) - s == 1 and name.endswith(PLACE_ENDS) or name.endswith(LANDMARK_ENDS)) and \
            name not in vocab.known_names:
        return False            # 蒙市, 丰县: a place's short name; 白马寺, 赵家沟: a landmark, not a given name
    if len(name) - s == 2 and name[s:] in vocab.forms_of_address:
        return False            # 杜先生, 李大妈: a surname and a form of address (``name_posts.find_addressed``)
    return min(vocab.given_lr.get(c, 0.0) for c in name[s:]) >= IMPLAUSIBLE
