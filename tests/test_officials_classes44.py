"""Round 44: officials' posts in notices of appointments, found with invented sentences of the shapes such notices
print (every name, place and body here is made up).
"""
from __future__ import annotations

from extract import extract_text
from field_helpers import roles_by_name, titles_by_name

DATE = "2025-01-01"


def _entries(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(a.name, a.action.value, a.post, a.org) for r in extract_text(text, date=DATE) for a in r.appointments]


def test_a_removal_of_its_other_post_refers_to_the_name_appointed_before():
    # (甲同志任X,免去其Y职务: 其 is 甲, as after 为 in 任命甲为X,决定其为Y)
    assert _entries("经县委研究决定：王建国同志任县委办公室主任，免去其县委督查室主任职务。") == [
        ("王建国", "appoint", "主任", "县委办公室"), ("王建国", "remove", "主任", "县委督查室")]


def test_a_participation_word_inside_an_organ_word_does_not_cut_it():
    # (县委督查|室: 督查 is an act of inspection, 督查室 the office)
    assert titles_by_name("县委督查室主任王明出席。") == {"王明": {("主任", "县委督查室")}}


# --- whose act a participation verb is, after a clause with a verb of its own ------------------------------------


def test_a_clause_whose_act_is_done_ends_its_subjects_reach():
    # (甲传达了会议精神,乙主持会议: 甲's clause is whole, 主持 is 乙's alone)
    assert roles_by_name("县委书记王明传达了会议精神，县长李强主持会议。") == {"王明": [], "李强": ["主持"]}


def test_a_matter_reported_is_no_speech_that_runs_on():
    # (甲通报了有关情况,县领导乙、丙参加会议: what 甲 reported is a thing; 乙 and 丙 attend)
    assert roles_by_name("县委书记王明通报了有关情况，县领导李强、赵刚参加会议。") == {
        "王明": [], "李强": ["参加"], "赵刚": ["参加"]}
    # (…,各单位主要负责同志分别作交流发言: a subject named by a noun takes the verb, not 甲)
    assert roles_by_name("王明通报了近期安全形势，县应急局、县公安局主要负责同志分别作交流发言。") == {"王明": []}


def test_a_tenure_noted_in_brackets_after_a_name_gives_its_posts():
    # (给予甲(2015年11月任某镇党委副书记、镇长)处分: a disciplinary notice's note of the post held then)
    titles = titles_by_name("给予李国强（2015年11月任南河镇党委副书记、镇长）党内警告处分。")
    assert titles == {"李国强": {("副书记", "南河镇党委"), ("镇长", None)}}
    text = ("给予清河县委常委、县委办公室主任王建国（2013年9月至2017年2月任清河县政府副县长，分管环境保护工作）"
            "党内警告处分。")
    assert ("副县长", "清河县政府") in titles_by_name(text)["王建国"]


def test_a_post_taken_at_a_date_opens_no_body_with_its_verb():
    # (2015年11月任|南河镇党委: the 任 of a tenure is no part of the body's name)
    from field_helpers import organization_names
    assert organization_names("给予李国强（2015年11月任南河镇党委副书记、镇长）党内警告处分。") == {"南河镇党委"}


def test_posts_after_a_verb_of_holding_that_opens_the_clause_are_the_name_afters():
    # (他们分别是现任某市委书记、某党工委书记甲: nothing named before 现任, so the chain reaches its first post)
    text = "他们分别是现任江苏省无锡市宜兴市委书记、宜兴经济技术开发区党工委书记王中林、广东省惠州市惠城区委书记黄立强。"
    assert titles_by_name(text)["王中林"] == {("书记", "江苏省无锡市宜兴市委"), ("书记", "宜兴经济技术开发区党工委")}
    # (but 甲调任某军区副司令员,某部部长乙: the post after 调任 is 甲's)
    assert titles_by_name("李明调任某军区副司令员，某部部长王强出席。")["王强"] == {("部长", "某部")}


def test_korean_local_heads_are_posts():
    # (郡守, 道知事, 区厅长: the heads of a Korean county, province and city district as Chinese papers write them)
    assert titles_by_name("市长宋明会见韩国宜宁郡郡守吴永海一行。")["吴永海"] == {("郡守", "韩国宜宁郡")}
    assert titles_by_name("韩国江原道道知事崔文洵率团访问我市。")["崔文洵"] == {("道知事", "韩国江原道")}


def test_posts_in_brackets_after_a_name_are_its_titles():
    # (受表彰的有:甲(某县第一中学校长)、乙(县人民医院护士长): a list of who each one is)
    titles = titles_by_name("受表彰的有：王明（清河县第一中学校长）、李红（县人民医院护士长）、赵刚（南河镇党委书记）。")
    assert titles == {"王明": {("校长", "清河县第一中学")}, "李红": {("护士长", "县人民医院")},
                      "赵刚": {("书记", "南河镇党委")}}
    # (a note that is no post gives none: 甲(右二), 甲(女))
    assert titles_by_name("县委书记王明（右二）在现场察看。") == {"王明": {("书记", "县委")}}


def test_a_legislator_takes_no_organ_from_the_sentence():
    # (某委员会委员长甲担任监交,立委乙: 立委 names its own body; field-dev's gold gives it no organ)
    text = "由侨务委员会委员长童振东担任监交，立委陈雪林、马防部指挥官陈文山到场观礼。"
    assert titles_by_name(text)["陈雪林"] == {("立委", None)}


def test_the_verb_that_lists_a_name_is_no_married_surname():
    # (嘉宾有|邱某林: 有 is a surname too, but before a name after a label it is the verb)
    from field_helpers import names
    assert names("出席会议的专家有邱瀚林、顾承明。") == {"邱瀚林", "顾承明"}


def test_on_behalf_before_an_act_is_no_deputys_post():
    # (指派秘书长某某代表出席: he attends on another's behalf; but 甲代表发言: a deputy speaks)
    assert titles_by_name("县委书记指派县委秘书长郑培明代表出席。") == {"郑培明": {("秘书长", "县委")}}
    assert titles_by_name("王明代表发言。") == {"王明": {("代表", None)}}


def test_the_term_before_a_contracted_head_of_a_place_is_the_posts():
    # (第17届|南投县长: the 17th county magistrate; the organ is the county, as 南投县长 alone gives)
    assert titles_by_name("第17届南投县长林明山宣誓就职。") == {"林明山": {("县长", "南投县")}}
    # (a body's own term stays in its name: 第十二届全国人大常委会)
    assert titles_by_name("第十二届全国人大常委会副委员长王明出席。") == {"王明": {("副委员长", "第十二届全国人大常委会")}}


def test_the_votes_between_a_name_and_its_election_are_no_part_of_the_name():
    # (某某以190票的高票当选为县长: 以 ends no given name, and the count stands between the name and 当选)
    assert _entries("郭新以190票的高票当选为县人民政府县长，雷树平、廖兴云和刘丹当选副县长。") == [
        ("郭新", "elect", "县长", "县人民政府"), ("雷树平", "elect", "副县长", None),
        ("廖兴云", "elect", "副县长", None), ("刘丹", "elect", "副县长", None)]


def test_village_cadres_and_veterans_visited_carry_their_label():
    # (看望了困难户甲、五保户乙、离任村干部丙: each one's label is the title a visit gives)
    titles = titles_by_name("徐华明还看望了困难户刘桂花、五保户朱乃发、离任村干部刘克华。")
    assert titles["刘克华"] == {("离任村干部", None)}
    assert titles_by_name("看望了老红军李长征。") == {"李长征": {("老红军", None)}}
