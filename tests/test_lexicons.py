"""The built-in lexicons: they load, say what they hold, keep to their columns, and know
the words the grammar relies on."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import lexicon
from extract.errors import LexiconError
from extract.records import EventKind
from extract.lexicon.tools import build_non_names, build_regions
from extract.lexicon.tools.jieba_words import read_words

LEXICON_DIR = Path(lexicon.__file__).parent
GOLD = Path(__file__).parent / "fixtures" / "qiantang-daily-2025-09-26-p1.gold.json"

EVENT_KINDS = {k.value for k in EventKind}     # meeting, inspection, …, session, ceremony, training, other

# lexicon -> (index of the field, allowed values); index 0 is the first field after the word
ENUMS = {
    "posts": (0, {"party", "government", "congress", "cppcc", "judicial", "military", "company", "association",
                  "institution", "media", "diplomatic", "foreign", "academic", "generic", "reporter"}),
    "organs": (0, {"party", "government", "congress", "cppcc", "judicial", "military"}),
    "org_suffixes": (0, {"company", "institution", "association", "media", "congress", "other"}),
    "regions": (0, {"province", "city", "county"}),
    "foreign": (0, {"country", "region", "city", "intl_org"}),
    "known_organizations": (0, {"party", "government", "company", "institution", "association", "media", "other"}),
    "honorifics": (0, {"before", "after"}),
    "roles": (0, EVENT_KINDS),
    "event_nouns": (0, EVENT_KINDS),
    "event_triggers": (0, EVENT_KINDS),
    "reporter_words": (1, {"before", "after"}),
    "post_suffixes": (0, {"candidate", "nominee", "assistant", "elect"}),
    "post_prefixes": (0, {"deputy", "acting", "executive", "chief", "full_time", "part_time", "seconded",
                          "probationary", "honorary", "special", "grade", "alternate", "designate", "former"}),
}
OURS = sorted(set(ENUMS) | {"surnames", "group_labels", "role_compounds", "speech_verbs", "masthead_words",
                            "non_names", "titles_not_posts", "ideology_heads"})


def raw_entries(name: str) -> list[tuple[str, tuple[str, ...]]]:
    """Every entry line of a built-in file, duplicates kept, as the loader splits it."""
    rows = []
    for line in (LEXICON_DIR / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            word, *fields = line.split("\t")
            rows.append((word.strip(), tuple(f.strip() for f in fields)))
    return rows


@pytest.mark.parametrize("name", lexicon.available())
def test_every_builtin_lexicon_loads_and_opens_with_a_header(name):
    lex = lexicon.load(name)
    assert len(lex) > 0
    first = next(line for line in (LEXICON_DIR / f"{name}.tsv").read_text(encoding="utf-8").splitlines() if line.strip())
    assert first.startswith("#"), f"{name}.tsv must open with a # header saying what it holds"


def test_the_files_this_piece_provides_are_all_there():
    assert set(OURS) <= set(lexicon.available())


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_enumerated_fields_take_documented_values(name):
    index, allowed = ENUMS[name]
    bad = {w: f for w, f in raw_entries(name) if len(f) <= index or f[index] not in allowed}
    assert not bad, f"{name}: values outside {sorted(allowed)}: {dict(list(bad.items())[:5])}"


@pytest.mark.parametrize("name", OURS)
def test_no_entry_is_listed_twice_with_different_fields(name):
    seen: dict[str, tuple[str, ...]] = {}
    conflicts = []
    for word, fields in raw_entries(name):
        if word in seen and seen[word] != fields:
            conflicts.append((word, seen[word], fields))
        seen.setdefault(word, fields)
    assert not conflicts


# Members of the Standing Committee of the Political Bureau of the 18th to 20th CPC Central Committees
PSC_MEMBERS = {"习近平", "李克强", "张德江", "俞正声", "刘云山", "王岐山", "张高丽", "栗战书", "汪洋", "王沪宁",
               "赵乐际", "韩正", "李强", "蔡奇", "丁薛祥", "李希"}


def _sample_names_and_companies() -> set[str]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    names = {p["name"] for a in gold["articles"] for p in a["persons"]}
    companies = {o["name"] for a in gold["articles"] for o in a["organizations"] if o["type"] == "company"}
    return {n for n in names if len(n) >= 2} | companies


def test_the_gold_gives_names_and_companies_to_look_for():
    found = _sample_names_and_companies()
    assert "沈燕俊" in found and any(n.endswith("有限公司") for n in found)


@pytest.mark.parametrize("name", lexicon.available())
def test_no_lexicon_holds_a_name_or_company_of_the_sample_page(name):
    forbidden = _sample_names_and_companies()
    if name == "known_names":       # national leaders (习近平 is on the sample page): public fact, not the sample's
        forbidden -= {w for w in lexicon.load(name) if len(w) >= 3 and w in PSC_MEMBERS}
    hits = {(w, f) for w in lexicon.load(name) for f in forbidden if f in w}
    assert not hits


# --- what the grammar relies on -------------------------------------------------------------

def test_surnames_cover_the_common_and_the_compound_ones():
    surnames = lexicon.load("surnames")
    singles = [w for w in surnames if len(w) == 1]
    assert len(singles) >= 500
    for compound in ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯",
                     "长孙", "宇文", "端木", "独孤", "南宫", "万俟", "轩辕", "呼延", "澹台", "申屠", "太史", "钟离",
                     "闻人", "赫连", "西门", "公冶", "宗政", "濮阳", "淳于", "单于", "拓跋"):
        assert compound in surnames, compound
    ranks = {w: int(surnames.field(w)) for w in surnames if surnames.field(w)}
    assert sorted(ranks.values()) == list(range(1, 101))
    assert ranks["王"] == 1 and ranks["李"] == 2


def test_post_prefixes_and_suffixes():
    prefixes = lexicon.load("post_prefixes")
    assert prefixes.field("常务副") == "deputy"
    assert prefixes.field("代") == "acting"
    assert "候选人" in lexicon.load("post_suffixes") and "候选人" not in prefixes


_LEVELS = ("县", "市")


def test_contracted_posts_name_a_known_organ_and_a_known_post():
    posts = lexicon.load("posts")
    organs = lexicon.load("organs")
    split = [(w, f[1], f[2]) for w, f in raw_entries("posts") if len(f) > 1]
    assert ("组织部长", "组织部", "部长") in split
    for post, organ, bare in split:
        if organ in _LEVELS:        # 县议员 -> 议员 of 县: a level alone is no organ the grammar composes with
            assert bare in posts, post
            continue
        assert bare in posts and organ in organs, post
        assert post != organ + bare, f"{post} is organ + post written in full: leave it to composition"


def test_posts_written_as_organ_plus_post_are_left_to_composition():
    # CONVENTIONS: 新区党工委书记 -> post 书记, org 新区党工委; a post 党工委书记 would swallow the organ
    posts = lexicon.load("posts")
    organs = set(lexicon.load("organs")) | set(lexicon.load("org_suffixes"))
    composed = {p for p in posts for i in range(1, len(p)) if p[:i] in organs and p[i:] in posts}
    assert composed == set()
    assert "党委书记" not in posts and "书记" in posts and "党委" in organs


def test_common_posts_and_their_deputies():
    posts = lexicon.load("posts")
    for word in ("书记", "副书记", "常委", "省长", "副省长", "市长", "副市长", "常务副市长", "区长", "副区长", "局长", "副局长",
                 "董事长", "总经理", "大使", "总领事", "副总理", "检察长", "司令员", "政委", "首席记者"):
        assert word in posts, word
    assert posts.field("记者") == "reporter"
    assert posts.field("大使") == "diplomatic"


def test_organs_know_zone_committees_but_not_the_zone():
    organs = lexicon.load("organs")
    assert organs.field("党工委") == "party"
    assert "新区党工委" not in organs
    assert "新区" not in organs
    assert organs.field("人大常委会") == "congress"
    assert organs.field("政协") == "cppcc"
    assert organs.field("发改委") == "government"
    assert organs.field("法院") == "judicial"


def test_org_suffixes_type_companies_and_congress_liaison_stations():
    suffixes = lexicon.load("org_suffixes")
    assert suffixes.field("股份有限公司") == "company"
    assert suffixes.field("人大代表联络站") == "congress"
    assert suffixes.field("报业集团") == "media"
    assert suffixes.field("代表团") in {"congress", "other"}


def test_regions_know_districts_their_parents_and_short_names():
    regions = lexicon.load("regions")
    assert regions.entries["钱塘区"] == ("county", "钱塘", "杭州市")
    assert regions.entries["沙市区"][0] == "county" and regions.entries["沙市区"][2] == "荆州市"
    assert regions.entries["内蒙古自治区"][:2] == ("province", "内蒙古")
    assert regions.entries["广西壮族自治区"][:2] == ("province", "广西")
    assert regions.field("杭州市", 1) == "杭州"
    assert "南京市" in regions.field("鼓楼区", 2).split(",")
    assert 3000 <= len(regions) <= 3500


def test_every_region_parent_is_a_region_one_level_up():
    regions = lexicon.load("regions")
    above = {"county": {"city", "province"}, "city": {"province"}}
    for name, (level, _short, parents) in regions.entries.items():
        if level == "province":
            assert parents == "", name
            continue
        for parent in parents.split(","):
            assert regions.field(parent, 0) in above[level], (name, parent)


def test_foreign_names_and_honorifics():
    foreign = lexicon.load("foreign")
    assert foreign.field("阿联酋") == "country"
    assert foreign.field("砂拉越州") == "region"
    assert foreign.field("联合国") == "intl_org"
    assert "金砖国家" not in foreign
    honorifics = lexicon.load("honorifics")
    assert honorifics.field("拿督阿玛") == "before"
    assert honorifics.field("阁下") == "after"


def test_group_labels_give_post_and_org():
    labels = lexicon.load("group_labels")
    assert labels.entries["市领导"] == ("领导", "市")
    assert labels.entries["我市领导"] == ("领导", "市")
    assert labels.field("高层次人才", 0) == "高层次人才" and labels.field("高层次人才", 1) is None
    assert labels.entries["市人大代表"] == ("代表", "市人大")


def test_roles_compounds_split_into_known_roles():
    roles = lexicon.load("roles")
    compounds = lexicon.load("role_compounds")
    assert compounds.field("走访慰问").split(",") == ["走访", "慰问"]
    assert compounds.field("陪同调研").split(",") == ["陪同"]
    for compound in compounds:
        for head in compounds.field(compound).split(","):
            assert head in roles, (compound, head)
    assert roles.entries["会见"] == ("meeting", "object")
    assert roles.field("出席", 1) == "yes"
    assert {w for w, f in raw_entries("roles") if f[1] not in {"yes", "object"}} == set()


def test_speech_verbs_are_no_roles():
    speech = set(lexicon.load("speech_verbs"))
    assert {"表示", "说", "指出", "强调", "要求", "介绍"} <= speech
    governors = lexicon.load("role_governors")
    came = {w for w in governors if governors.field(w, 0) == "came"}     # 到会祝贺: a role; 祝贺大会成功: said
    assert came and not (speech & set(lexicon.load("roles"))) - came


def test_non_names_start_with_a_surname_and_include_official_vocabulary():
    surnames = lexicon.load("surnames")
    non_names = lexicon.load("non_names")
    assert len(non_names) >= 2000
    for word in ("高质量", "全方位", "常态化", "万元", "方面"):
        assert word in non_names, word
    extra = set(read_words(lexicon.BUILTIN_DIR / "tools" / "non_names_extra.tsv"))
    # (the hand-listed words may be any word other finders read as a name: 拉家常, 扎西德勒)
    assert all(w[0] in surnames or w[:2] in surnames for w in non_names if w not in extra)
    assert all(2 <= len(w) <= 3 for w in non_names if w not in extra)
    assert all(2 <= len(w) <= 4 for w in non_names)


def test_reporter_words_and_titles_that_are_not_posts():
    reporters = lexicon.load("reporter_words")
    assert reporters.entries["本报记者"][0] == "记者" and reporters.field("本报记者", 2) == "本报"
    assert reporters.field("摄", 1) == "after"
    assert {"先生", "女士", "同志"} <= set(lexicon.load("titles_not_posts"))
    assert "总书记关于" in lexicon.load("ideology_heads")
    assert lexicon.load("masthead_words").field("主办") == "organizer"


# --- a user's directory ----------------------------------------------------------------------

def test_a_user_directory_removes_and_adds_entries(tmp_path):
    (tmp_path / "posts.tsv").write_text("# my posts\n-总经理\n首席品牌官\tcompany\n", encoding="utf-8")
    posts = lexicon.load("posts", lexicon_dirs=[tmp_path])
    assert "总经理" not in posts
    assert posts.field("首席品牌官") == "company"
    assert "董事长" in posts
    assert "总经理" in lexicon.load("posts")


def test_a_malformed_user_line_names_file_and_line(tmp_path):
    (tmp_path / "organs.tsv").write_text("# mine\n市 委\tparty\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"organs\.tsv:2: .*; fix or remove that line"):
        lexicon.load("organs", lexicon_dirs=[tmp_path])


# --- the generators ------------------------------------------------------------------------------

NATIONS = ["汉族", "蒙古族", "回族", "藏族", "维吾尔族", "壮族", "土家族", "苗族"]


@pytest.mark.parametrize("name, short", [
    ("浙江省", "浙江"), ("杭州市", "杭州"), ("钱塘区", "钱塘"), ("内蒙古自治区", "内蒙古"),
    ("广西壮族自治区", "广西"), ("新疆维吾尔自治区", "新疆"), ("西藏自治区", "西藏"),
    ("恩施土家族苗族自治州", "恩施"), ("神农架林区", "神农架"), ("碑林区", "碑林"), ("沙市区", "沙市"),
    ("城区", ""), ("赵县", ""), ("科尔沁右翼前旗", ""), ("准格尔旗", "准格尔"), ("苏州工业园区", ""),
])
def test_short_names_of_divisions(name, short):
    assert build_regions.short_name(name, build_regions.ethnic_forms(NATIONS)) == short


def test_build_regions_merges_namesakes_and_skips_municipality_repeats():
    codes = [("330000000000", "浙江省"), ("330100000000", "杭州市"), ("330114000000", "钱塘区"),
             ("320000000000", "江苏省"), ("320100000000", "南京市"), ("320106000000", "鼓楼区"),
             ("350000000000", "福建省"), ("350100000000", "福州市"), ("350102000000", "鼓楼区"),
             ("110000000000", "北京市"), ("110100000000", "北京市"), ("110105000000", "朝阳区"),
             ("420000000000", "湖北省"), ("429004000000", "仙桃市"), ("990000000000", "苏鲁交界")]
    regions = {r.name: r for r in build_regions.build(codes, NATIONS)}
    assert regions["鼓楼区"].parents == ("南京市", "福州市")
    assert regions["北京市"].level == "province"
    assert regions["朝阳区"].parents == ("北京市",)
    assert regions["仙桃市"].parents == ("湖北省",)
    assert "苏鲁交界" not in regions
    text = build_regions.render(regions.values())
    assert "钱塘区\tcounty\t钱塘\t杭州市" in text.splitlines()


def test_build_non_names_keeps_words_never_tagged_as_names():
    tagged = [
        "19980101-01-001-001/m  高度/d  重视/v  王/nrf  高度/nrg  的/ud  意见/n",
        "19980101-01-001-002/m  全面/ad  加强/v  [王府井/ns  大街/n]ns  管理/vn  ，/wd  全面/a  落实/v  高度/d",
        "19980101-01-001-003/m  管理/vn  方面/n  方面/n  看{kan4}/v  高{gao1}原/n  高原/n",
    ]
    words = build_non_names.non_names(build_non_names.tokens(tagged), ["王", "高", "全", "管", "方"])
    assert "全面" in words and "管理" in words and "方面" in words and "高原" in words
    assert "高度" not in words          # tagged nrg once: a name somewhere
    assert "王府井" not in words        # a place
    extra = build_non_names.non_names([], ["高"], dictionary=[("高铁", "n"), ("高峰", "nr")])
    assert extra == ["高铁"]
