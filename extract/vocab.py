"""The vocabulary: lexicons loaded once and compiled into fast patterns.

``Vocabulary.load(lexicon_dirs)`` builds everything the extraction reads from
the lexicons (merged with the user's directories): the grammar's words, the
page cues (``extract.masthead``) and the date words (``extract.dates``).  An
``Extractor`` owns one and hands it to its stages and its backend;
``vocabulary(lexicon_dirs)`` is that of the process's Extractor for those
directories (``extract.extractor``: the one cache).  Nothing here runs at
import time.
"""
from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from extract import lexicon
from extract.dates import DateWords, date_words
from extract.masthead import PageCues, page_cues
from extract.records import OrgKind
from extract.textutil import compile_words, words_pattern

# Characters that stand for a level of jurisdiction when they open a post or an
# organ (市委, 区长, 省政府).  Grammar, not vocabulary: the levels of the Chinese state.
JURISDICTION_CHARS = "省市区县州盟旗镇乡村"


def foreign_division(name: str, vocab: "Vocabulary") -> bool:
    """韩国扶余郡, 日本佐贺县, 韩国京畿道: a foreign state and one of its divisions that no lexicon lists."""
    m = vocab.foreign_re.match(name)
    rest = name[m.end():] if m else ""
    return 2 <= len(rest) <= 5 and rest[-1] in _FOREIGN_DIVISIONS and all("\u3400" <= c <= "\u9fff" for c in rest)


_FOREIGN_DIVISIONS = "郡道都府县市州省区町村"      # (日本某某町: a Japanese town)

# How the organ kinds of organs.tsv map onto the output types.
_ORGAN_KIND = {
    "party": OrgKind.PARTY,
    "government": OrgKind.GOVERNMENT,
    "congress": OrgKind.CONGRESS,
    "cppcc": OrgKind.OTHER,
    "judicial": OrgKind.GOVERNMENT,
    "military": OrgKind.OTHER,
}


def org_kind(name: str) -> OrgKind:
    try:
        return OrgKind(name)
    except ValueError:
        return _ORGAN_KIND.get(name, OrgKind.OTHER)


@dataclass(frozen=True)
class Vocabulary:
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    japanese_surnames: frozenset[str]     # 山田, 龟井: family names of Japanese names written without a dot
    minority_syllables: frozenset[str]    # 尕玛, 才旦, 巴音, 阿不都: syllables of Tibetan, Mongolian, Uyghur names
    surname_rank: dict[str, int]
    given_lr: dict[str, float]            # log(rate in given names / rate in text) per character
    foreign_lr: dict[str, float]          # the same for characters of foreign-style names
    posts: dict[str, str]                 # post -> sector
    contracted: dict[str, tuple[str, str]]   # 组织部长 -> (组织部, 部长)
    post_prefixes: frozenset[str]
    time_prefixes: frozenset[str]           # 原, 前任, 时任: when the holder held the post, not part of it
    organs: dict[str, OrgKind]
    org_suffixes: dict[str, OrgKind]
    regions: dict[str, tuple[str, str, str]]   # any form -> (full name, level, parent)
    foreign: dict[str, str]
    known_organizations: dict[str, tuple[OrgKind, str]]   # 北大 -> (institution, "荒街仓"): kind, not before
    honorifics: dict[str, str]            # word -> before/after
    postnominals: frozenset[str]          # GBS, JP: letters of honour written after a name
    forms_of_address: dict[str, str]      # 先生 -> after, 小 -> before, 老 -> both (杜先生, 小胡, 吕老, 老陈)
    group_labels: dict[str, tuple[str, str | None]]   # label -> (post, org)
    roles: dict[str, tuple[str, str]]     # verb -> (event kind, subject|object)
    role_compounds: dict[str, tuple[str, ...]]
    speech_verbs: frozenset[str]
    role_governors: dict[str, str]        # 参加 -> governs, 听取 -> hears
    performance_nouns: frozenset[str]
    event_nouns: dict[str, str]
    event_triggers: dict[str, str]
    event_kind_words: dict[str, str]      # 集中开工, 招商, 督察: the type they give an event's name
    event_kind_word_re: re.Pattern[str]
    nested_acts: dict[str, tuple[str, str]]   # 宪法 -> (oath, ceremony): acts told inside another activity
    reporter_words: dict[str, str]        # word -> post
    reporter_orgs: dict[str, str]         # word -> the outlet it names (本报记者 -> 本报)
    non_names: frozenset[str]
    not_titles: frozenset[str]
    ideology_heads: frozenset[str]
    name_right: dict[str, str]            # word -> strong|weak
    name_right_before_post: frozenset[str]   # weak words that close a name before a post (为)
    name_left: frozenset[str]
    known_names: frozenset[str]           # 习近平: read wherever it stands (three characters or more)
    corpus_persons: frozenset[str]        # 克林顿, 巴金: names the NER corpora annotate often, where no name stands
    org_left_stops: frozenset[str]
    subunit_suffixes: frozenset[str]
    suffix_words: frozenset[str]
    word_pairs: frozenset[str]            # common two-character words, which a name never cuts
    news_sources: frozenset[str]
    org_right_blockers: tuple[str, ...]
    headline_verbs: frozenset[str]
    appointment_actions: dict[str, tuple[str, str]]   # 任命 -> (appoint, before): the decision, where names stand
    page_cues: PageCues                   # the page splitter's words
    date_words: DateWords                 # relative dates and parts of the day

    # compiled patterns
    post_re: re.Pattern[str]
    surname_start_re: re.Pattern[str]     # one character: where a surname or compound surname may begin
    post_start_re: re.Pattern[str]        # one character: where a post (with its prefixes) may begin
    organ_re: re.Pattern[str]
    organ_start_re: re.Pattern[str]       # one character: where an organ word may begin
    org_suffix_re: re.Pattern[str]
    org_suffix_start_re: re.Pattern[str]  # one character: where an organization suffix may begin
    region_re: re.Pattern[str]
    zone_re: re.Pattern[str]              # 开发区, 高新区: zones that open an organ's name like a place
    zones: frozenset[str]
    foreign_re: re.Pattern[str]
    honorific_re: re.Pattern[str]
    group_label_re: re.Pattern[str]
    role_re: re.Pattern[str]
    speech_re: re.Pattern[str]
    act_re: re.Pattern[str]               # a participation or a speech verb
    act_start_re: re.Pattern[str]         # one character: where such a verb may begin
    name_right_re: re.Pattern[str]
    org_stop_re: re.Pattern[str]
    verb_re: re.Pattern[str]
    verb_start_re: re.Pattern[str]        # one character: where a verb may begin
    deed_re: re.Pattern[str]              # verbs proper (jieba's tag v, two characters or more): 作出, 听取, 应邀
    follow_verb_re: re.Pattern[str]       # verbs inside organ names (发布, 表彰) that may still follow a name
    suffix_extension_re: re.Pattern[str]
    headline_verb_re: re.Pattern[str]
    reporter_re: re.Pattern[str]
    ideology_re: re.Pattern[str]
    event_noun_re: re.Pattern[str]
    event_trigger_re: re.Pattern[str]
    appointment_action_re: re.Pattern[str]

    @classmethod
    def load(cls, lexicon_dirs: tuple[str, ...] = ()) -> Vocabulary:
        """Load every lexicon (merged with the user's directories) and compile the patterns.

        Not cached: ``extract.extractor(config).vocab`` is the process's one per configuration."""
        return _load(tuple(str(d) for d in lexicon_dirs))

    def derived(self, name: str, make):
        """``make(self)``, built on first use and kept on this vocabulary (the name model's patterns):
        state derived from the lexicons lives as long as the vocabulary, in the Extractor's one cache."""
        try:
            return self.__dict__[name]
        except KeyError:
            value = self.__dict__[name] = make(self)
            return value

    def is_surname(self, s: str) -> bool:
        return s in self.surnames or s in self.compound_surnames

    def word_ends_at(self, text: str, pos: int, words: frozenset[str] | dict, max_len: int = 4) -> str | None:
        """The longest word of ``words`` that ends exactly at ``pos``."""
        for k in range(min(max_len, pos), 0, -1):
            if text[pos - k:pos] in words:
                return text[pos - k:pos]
        return None

    def names_an_event(self, name: str) -> bool:
        """Does ``name`` end with an event's noun (会议, 闭幕式) that is no organ's (人民代表大会)?"""
        noun = self.word_ends_at(name, len(name), self.event_nouns, max_len=6)
        organ = self.word_ends_at(name, len(name), self.organs, max_len=8)
        return noun is not None and (organ is None or len(organ) < len(noun))

    def region_full(self, name: str) -> str | None:
        hit = self.regions.get(name)
        return hit[0] if hit else None


# Short names of counties that official news writes as common words far more often than as the place (合作市,
# 资源县, 会同县, 通道县: 经济合作促进会, 市委会同市政府, 绿色通道): the full name is still a place.
_WORDS_NOT_PLACES = frozenset({"合作", "资源", "会同", "通道", "振兴", "友好", "工农", "新兴", "爱民", "富裕",
                               "宏伟", "团结", "城中"})


def _kinds(lex: lexicon.Lexicon) -> dict[str, OrgKind]:
    return {w: org_kind(lex.field(w, 0, "other") or "other") for w in lex}


def _name_ratios(lex, *, column: int) -> dict[str, float]:
    """Per character: log of (rate among name characters of ``column``) / (rate in text), smoothed."""
    names_total = int(lex.field("TOTAL", column, "1") or 1)
    text_total = int(lex.field("TOTAL", 1, "1") or 1)
    out = {}
    for ch in lex:
        if ch == "TOTAL":
            continue
        in_names = int(lex.field(ch, column, "0") or 0)
        in_text = int(lex.field(ch, 1, "0") or 0)
        out[ch] = math.log((in_names + 0.5) / names_total) - math.log((in_text + 0.5) / text_total)
    return out


def _first_characters(words: Iterable[str]) -> re.Pattern[str]:
    """A character class of the words' first characters: one lookup a position, where an alternation
    of the words, tried at every position, cost twenty-five times as much."""
    return re.compile("[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + "]")


def vocabulary(lexicon_dirs: tuple[str, ...] = ()) -> Vocabulary:
    """The vocabulary of ``lexicon_dirs``: that of the process's Extractor for them (built once)."""
    from extract.extractor import ExtractConfig, extractor

    return extractor(ExtractConfig(backend="none", lexicon_dirs=tuple(str(d) for d in lexicon_dirs))).vocab


def _load(lexicon_dirs: tuple[str, ...]) -> Vocabulary:
    load = functools.cache(functools.partial(lexicon.load, lexicon_dirs=lexicon_dirs))    # each file read once

    surnames_lex = load("surnames")
    singles = frozenset(w for w in surnames_lex if len(w) == 1)
    compounds = frozenset(w for w in surnames_lex if len(w) > 1)
    rank = {}
    for w in surnames_lex:
        r = surnames_lex.field(w, 0)
        if r and r.isdigit():
            rank[w] = int(r)

    posts_lex = load("posts")
    posts = {w: posts_lex.field(w, 0, "generic") or "generic" for w in posts_lex}
    contracted = {w: (posts_lex.field(w, 1), posts_lex.field(w, 2)) for w in posts_lex
                  if posts_lex.field(w, 1) and posts_lex.field(w, 2)}
    prefix_lex = load("post_prefixes")
    prefixes = frozenset(prefix_lex)
    reporter_lex = load("reporter_words")
    reporter_words = {w: reporter_lex.field(w, 0, w) or w for w in reporter_lex}

    organs = _kinds(load("organs"))
    org_suffixes = _kinds(load("org_suffixes"))

    regions: dict[str, tuple[str, str, str]] = {}
    region_lex = load("regions")
    for full in region_lex:
        level = region_lex.field(full, 0, "") or ""
        short = region_lex.field(full, 1)
        parent = region_lex.field(full, 2, "") or ""
        regions.setdefault(full, (full, level, parent))
        if short and len(short) >= 2 and short not in _WORDS_NOT_PLACES:
            regions.setdefault(short, (full, level, parent))

    foreign_lex = load("foreign")
    foreign = {w: foreign_lex.field(w, 0, "country") or "country" for w in foreign_lex}
    hon_lex = load("honorifics")
    address_lex = load("forms_of_address")
    known_org_lex = load("known_organizations")
    honorifics = {w: hon_lex.field(w, 0, "before") or "before" for w in hon_lex}
    gl_lex = load("group_labels")
    group_labels = {w: (gl_lex.field(w, 0, w) or w, gl_lex.field(w, 1)) for w in gl_lex}
    roles_lex = load("roles")
    roles = {w: (roles_lex.field(w, 0, "other") or "other", roles_lex.field(w, 1, "subject") or "subject")
             for w in roles_lex}
    comp_lex = load("role_compounds")
    compounds_map = {w: tuple(h for h in (comp_lex.field(w, 0, "") or "").split(",") if h) for w in comp_lex}
    speech = frozenset(load("speech_verbs"))
    verbs = load("verbs")
    event_nouns = {w: load("event_nouns").field(w, 0, "other") or "other" for w in load("event_nouns")}
    event_triggers = {w: load("event_triggers").field(w, 0, "other") or "other" for w in load("event_triggers")}
    event_kind_words = {w: load("event_kind_words").field(w, 0, "other") or "other" for w in load("event_kind_words")}
    nested_lex = load("nested_acts")
    nr_lex = load("name_right")
    name_right = {w: nr_lex.field(w, 0, "weak") or "weak" for w in nr_lex}
    stops = frozenset(load("org_left_stops"))
    name_left = frozenset(load("name_left"))
    known_names = frozenset(w for w in load("known_names") if len(w) >= 3)
    ideology = frozenset(load("ideology_heads"))
    action_lex = load("appointment_actions")
    appointment_actions = {w: (action_lex.field(w, 0, "appoint") or "appoint", action_lex.field(w, 1, "before") or "before")
                           for w in action_lex}

    dates = date_words(lexicon_dirs)
    post_words = set(posts) | set(reporter_words)
    post_pattern = (f"(?:{words_pattern(prefixes)})*(?:{words_pattern(post_words)})"
                    f"(?:{words_pattern(load('post_suffixes'))})?")
    # a head that is a role only inside a compound (交流: 座谈交流) is no word of its own (海峡交流基金会)
    gov_lex = load("role_governors")
    only_in_compounds = {w for w in gov_lex if gov_lex.field(w, 0) == "compound"}
    role_words = (set(roles) - only_in_compounds) | set(compounds_map)

    return Vocabulary(
        surnames=singles,
        compound_surnames=compounds,
        japanese_surnames=frozenset(load("japanese_surnames")),
        minority_syllables=frozenset(load("minority_name_syllables")),
        surname_rank=rank,
        given_lr=_name_ratios(load("given_name_chars"), column=0),
        foreign_lr=_name_ratios(load("given_name_chars"), column=2),
        posts=posts,
        contracted=contracted,
        post_prefixes=prefixes,
        time_prefixes=frozenset(w for w in prefix_lex if prefix_lex.field(w, 0) == "former"),
        organs=organs,
        org_suffixes=org_suffixes,
        regions=regions,
        foreign=foreign,
        known_organizations={w: (org_kind(lex.field(w, 0, "other") or "other"), lex.field(w, 1, "") or "")
                             for lex in (load("corpus_organizations"), known_org_lex) for w in lex},   # (by hand wins)
        honorifics=honorifics,
        postnominals=frozenset(load("postnominals")),
        forms_of_address={w: address_lex.field(w, 0, "after") or "after" for w in address_lex},
        group_labels=group_labels,
        roles=roles,
        role_compounds=compounds_map,
        speech_verbs=speech,
        role_governors={w: load("role_governors").field(w, 0, "governs") or "governs" for w in load("role_governors")},
        performance_nouns=frozenset(load("performance_nouns")),
        event_nouns=event_nouns,
        event_triggers=event_triggers,
        event_kind_words=event_kind_words,
        event_kind_word_re=compile_words(event_kind_words),
        nested_acts={w: (nested_lex.field(w, 0, "") or "", nested_lex.field(w, 1, "other") or "other")
                     for w in nested_lex},
        reporter_words=reporter_words,
        reporter_orgs={w: reporter_lex.field(w, 2) for w in reporter_lex if reporter_lex.field(w, 2)},
        non_names=frozenset(load("non_names")),
        not_titles=frozenset(load("titles_not_posts")),
        ideology_heads=ideology,
        name_right=name_right,
        name_right_before_post=frozenset(w for w in nr_lex if nr_lex.field(w, 1) == "post"),
        name_left=name_left,
        known_names=known_names,
        corpus_persons=frozenset(load("corpus_persons")),
        org_left_stops=stops,
        subunit_suffixes=frozenset(load("subunit_suffixes")),
        suffix_words=frozenset(load("suffix_words")),
        word_pairs=frozenset(load("word_pairs")),
        news_sources=frozenset(load("news_sources")),
        org_right_blockers=tuple(load("org_right_blockers")),
        headline_verbs=frozenset(load("headline_verbs")),
        appointment_actions=appointment_actions,
        page_cues=page_cues(lexicon_dirs, date_words=dates, places=frozenset(regions)),
        date_words=dates,
        post_re=re.compile(post_pattern),
        surname_start_re=_first_characters(surnames_lex),
        post_start_re=_first_characters([*prefixes, *post_words]),
        organ_re=compile_words(organs),
        organ_start_re=_first_characters(organs),
        org_suffix_re=compile_words(org_suffixes),
        org_suffix_start_re=_first_characters(org_suffixes),
        region_re=compile_words(regions),
        zone_re=compile_words(load("zones")),
        zones=frozenset(load("zones")),
        foreign_re=compile_words(foreign),
        honorific_re=compile_words(honorifics),
        group_label_re=compile_words(group_labels),
        role_re=compile_words(role_words),
        speech_re=compile_words(speech),
        act_re=compile_words(role_words | speech),
        act_start_re=_first_characters(role_words | speech),
        name_right_re=compile_words(name_right),
        org_stop_re=compile_words(stops),
        verb_re=compile_words(verbs),
        verb_start_re=_first_characters(verbs),
        deed_re=compile_words([w for w in verbs if len(w) >= 2 and verbs.field(w, 0) == "v"]),
        follow_verb_re=compile_words(load("follow_verbs")),
        suffix_extension_re=compile_words(load("suffix_extensions")),
        headline_verb_re=compile_words(load("headline_verbs")),
        reporter_re=compile_words(reporter_words),
        ideology_re=compile_words(ideology),
        event_noun_re=compile_words(event_nouns),
        event_trigger_re=compile_words(event_triggers),
        appointment_action_re=compile_words(appointment_actions),
    )
