"""Error classes of real news found on field-dev batch 2 (issue 17): titles of names the grammar
cannot bound, names only a decision writes, parts of transliterated names, lists of names, and
function words and idioms read as names.

Every sentence here is invented (names, places and events are made up; organs and posts are
real words of the language).
"""
from __future__ import annotations

import pytest

from extract import extract_text


def persons_of(text: str):
    recs = extract_text(text, date="2025-09-26")
    assert len(recs) == 1
    return {p.name: p for p in recs[0].persons}


def titles(person):
    return [(t.post, t.org) for t in person.titles]


# A name the model reads after a post, where no word the grammar knows ends it, takes the post
# (officials.chain_titles_for).
@pytest.mark.parametrize("text, name, expected", [
    ("最后，镇党委副书记、镇长米厚强讲意见。", "米厚强", [("副书记", "镇党委"), ("镇长", None)]),
    ("会上，副镇长单立武就村民大会相关事宜作了安排。", "单立武", [("副镇长", None)]),
    ("受市长何正平委托，副市长杜少明致辞。", "何正平", [("市长", None)]),
])
def test_a_post_before_a_name_the_grammar_cannot_end_is_its_title(text, name, expected):
    person = persons_of(text)[name]
    assert titles(person) == expected


def test_a_clause_opening_adverb_is_no_part_of_the_organ():
    person = persons_of("最后，镇党委副书记、镇长米厚强讲意见。")["米厚强"]
    assert ("副书记", "镇党委") in titles(person)
    assert not any(org and org.startswith("最后") for _, org in titles(person))


# A name that only a decision writes is a person, with the post the decision names (with_decided_posts).
def test_a_name_only_a_resignation_writes_is_a_person_with_the_post_left():
    persons = persons_of("会议决定接受严立群辞去青河市副市长职务的请求。")
    assert titles(persons["严立群"]) == [("副市长", "青河市")]


def test_an_acting_post_is_a_title_beside_the_deputy_post():
    persons = persons_of("会议决定任命杜建安为临河市人民政府副市长，并决定其为代理市长。")
    assert titles(persons["杜建安"]) == [("副市长", "临河市人民政府"), ("代理市长", "临河市人民政府")]


@pytest.mark.parametrize("text", [
    "会议免除孟凡安同志副县长一职。",
    "会议决定解除孟凡安的副县长职务。",
])
def test_removals_written_with_mianchu_or_yizhi(text):
    recs = extract_text(text, date="2025-09-26")
    assert [(a.name, a.action.value, a.post) for a in recs[0].appointments] == [("孟凡安", "remove", "副县长")]


# A transliterated name written whole once and then by one part is one person (resolve_name_parts).
def test_the_last_part_of_a_dotted_name_is_the_same_person():
    persons = persons_of("省长王立新会见了某国驻华大使马可·贝尔托一行。王立新对贝尔托一行表示欢迎。")
    assert "贝尔托" not in persons
    assert [t.post for t in persons["马可·贝尔托"].titles] == ["大使"]


# A list of names ends with 在…就坐; a name inside it whose characters make a word (大学) is a name.
def test_a_seated_list_reads_every_name_even_word_like_ones():
    persons = persons_of("杨立丹、龙波安、雷音宁、王大学、张言平在主席台就坐。")
    assert {"杨立丹", "龙波安", "王大学", "张言平"} <= set(persons)


# Function words, idioms and verbs are no names.
@pytest.mark.parametrize("text, not_a_name", [
    ("会议选举主席团和秘书长。", "和"),
    ("以环岛快线为代表的一批重大项目日臻完善。", "环岛快线"),
    ("省委副书记刘立奇赴青河调研。", "刘立奇赴青河"),
])
def test_function_words_idioms_and_verbs_are_not_names(text, not_a_name):
    assert not_a_name not in persons_of(text)


def test_a_name_before_fu_ends_there():
    assert titles(persons_of("省委副书记刘立奇赴青河调研。")["刘立奇"]) == [("副书记", "省委")]


# Township party committee member posts and foreign local posts (posts.tsv); credits as written.
@pytest.mark.parametrize("text, name, expected", [
    ("会议由镇党委组织委员葛立冰主持。", "葛立冰", ("组织委员", "镇党委")),
    ("日本某县副知事藤原孝明出席活动。", "藤原孝明", ("副知事", "日本某县")),
])
def test_more_posts(text, name, expected):
    assert expected in titles(persons_of(text)[name])


def test_foreign_cities_are_not_names():
    persons = persons_of("代表团访问了布拉格和阿姆斯特丹，副市长王立安随团出访。")
    assert "布拉格" not in persons and "阿姆斯特丹" not in persons


# Event names (event_names.py): the sitting of a session, the delegation met without who leads it,
# quotations kept whole.
@pytest.mark.parametrize("text, name", [
    ("1月6日下午,政协第十一届青河县委员会第二次会议召开第二次全体会议。县委书记王立成出席。",
     "政协第十一届青河县委员会第二次会议第二次全体会议"),
    ("1月29日下午,青河市第五届人民代表大会第四次会议举行预备会议。王立斌主持会议。",
     "青河市第五届人民代表大会第四次会议预备会议"),
    ("24日下午,市长王方立会见了以某市商会会长、某某投资有限公司董事长、某某网络有限公司董事长农友立为团长的"
     "某市商会企业家投资考察团一行。", "王方立会见某市商会企业家投资考察团"),
    ("昨晚,市委副书记郭立伟会见了日本某市友好协会新任会长田中一郎率领的某市友好访华团一行。",
     "郭立伟会见某市友好访华团"),
    ("1月5日,2017“青河日”城市形象推介活动在某市举行。王立安出席。", "2017“青河日”城市形象推介活动"),
])
def test_event_names_of_real_shapes(text, name):
    recs = extract_text(text, date="2025-01-30")
    assert name in [e.name for e in recs[0].events]


# Page furniture (masthead.py, lines.py): menu rows are no headline; a photo caption table is the article's.
@pytest.mark.parametrize("menu", [
    "放大 缩小 默认",
    "首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心",
    "《青河日报》 《青河晚报》 《青河商报》",
])
def test_a_menu_row_is_not_the_headline(menu):
    text = f"{menu}\n青河县召开安全生产工作会议\n5月8日,县长王立安主持召开全县安全生产工作会议。"
    recs = extract_text(text, date="2025-05-08")
    assert [r.article.headline for r in recs] == ["青河县召开安全生产工作会议"]


def test_a_row_of_photo_captions_stays_in_its_article():
    text = ("5月30日,青河区召开人大常委会会议。区委副书记王立剑参加会议。\n会场场景\n"
            "王立剑参加会议 | 李东明主持会议 |\n(张立 文/图)")
    recs = extract_text(text, date="2025-05-31")
    assert len(recs) == 1


def test_a_byline_of_a_named_reporting_team():
    text = ("第4版(要闻)\n驻村工作纪实\n5月8日讯 记者王立报道:今天,县长李东明出席了座谈会。\n第4版(要闻)\n"
            "豁出命来为群众\n——记青河县某村党支书赵立新\n“乡村振兴”基层采访团记者 何立 钱东\n"
            "二十年一遇的洪灾,把通往某村的山路冲得支离破碎。赵立新带领群众抢修道路。")
    recs = extract_text(text, date="2025-05-09")
    assert [r.article.headline for r in recs][-1] == "豁出命来为群众"


# Dates (dates.py, event_names.py, masthead.py)
def test_a_forum_thread_number_is_no_date_of_the_address():
    from extract.undated import date_from_address
    assert date_from_address("http://bbs.example.com/news/thread-1952-1-1.aspx") is None
    assert date_from_address("https://news.example.cn/n/20230117/abc.html") == "2023-01-17"


@pytest.mark.parametrize("stamp", ["4月1日 14时 阅读 31601", "青河网4月1日消息"])
def test_a_page_stamp_or_a_dateline_is_not_the_events_date(stamp):
    text = f"青河市代表团来访\n{stamp}\n3月31日下午,副市长王立华同来访代表团举行会谈。"
    recs = extract_text(text, date="2025-04-01")
    assert [e.date for e in recs[0].events] == ["2025-03-31"]


def test_a_newspaper_database_record_is_one_article_with_its_date():
    text = ("推动两地合作再上新台阶\n【副篇名】某国代表团访问青河 王立华会见代表团\n【报纸名称】:\n"
            "【出版日期】2013.09.30\n【版次】第02版:要 闻\n【入库时间】20131120\n【全文】\n"
            "本报讯(记者 左立) 昨日,省长王立华在青河会见了来访的某国代表团一行。")
    recs = extract_text(text)
    assert len(recs) == 1
    assert recs[0].article.date == "2013-09-30"
    assert [e.date for e in recs[0].events] == ["2013-09-29"]


@pytest.mark.parametrize("nav", ["跳过导航", "新华丝路首页", "某某网移动版", "地方频道:", "某某网(Logo-image)"])
def test_a_sites_own_label_is_not_the_headline(nav):
    text = f"{nav}\n青河县召开安全生产工作会议\n5月8日,县长王立安主持召开全县安全生产工作会议。"
    assert [r.article.headline for r in extract_text(text, date="2025-05-08")] == ["青河县召开安全生产工作会议"]


def test_the_last_step_of_a_breadcrumb_repeated_is_not_the_headline():
    text = ("当前位置: 主页 > 人大会议 > 代表大会 >\n代表大会\n青河市第十六届人民代表大会第二次会议胜利闭幕\n"
            "11月8日,青河市第十六届人民代表大会第二次会议在市会议中心胜利闭幕。市长王立安出席。")
    assert [r.article.headline for r in extract_text(text, date="2025-11-08")] == [
        "青河市第十六届人民代表大会第二次会议胜利闭幕"]


def test_a_headline_printed_over_lines_that_begin_with_an_ordinal_is_one_headline():
    text = ("中国人民政治协商会议\n第十届青河县委员会\n第一次会议闭幕\n"
            "12月17日下午,中国人民政治协商会议第十届青河县委员会第一次会议在县会议中心闭幕。县委书记王立安出席。")
    recs = extract_text(text, date="2025-12-18")
    assert len(recs) == 1
    assert recs[0].article.headline == "中国人民政治协商会议第十届青河县委员会第一次会议闭幕"
    assert recs[0].article.subheadline is None
    assert recs[0].article.text.startswith(recs[0].article.headline + "\n")


# A name before its post (find_name_posts): a weak end after a common post is enough for a plain name;
# a place, a body or a conjunction before a post is no name; 代表 after a name is a verb.
@pytest.mark.parametrize("text, name, post", [
    ("按照陈立国书记对全市提出的要求,各部门抓好落实。", "陈立国", "书记"),
    ("会议听取了该集团谢立江总经理关于工作布局的介绍。", "谢立江", "总经理"),
])
def test_a_name_before_a_post_and_a_weak_word(text, name, post):
    assert post in [t.post for t in persons_of(text)[name].titles]


@pytest.mark.parametrize("text, not_a_name", [
    ("某国总统对此表示欢迎。", "某国"),
    ("白宫发言人麦立里27日在此间说。", "白宫"),
    ("他和著名学者一起参加了座谈。", "和著名"),
    ("两个交易所将由新的控股公司来领导。", "来"),
])
def test_no_name_before_a_post_where_a_place_or_a_word_stands(text, not_a_name):
    assert not_a_name not in persons_of(text)


def test_daibiao_after_a_name_is_a_verb():
    persons = persons_of("林立舟代表双方签约。")
    assert persons["林立舟"].titles == ()


def test_a_plain_name_before_a_post_and_he():
    assert "副市长" in [t.post for t in persons_of("罗立辉副市长和我市有关部门负责人参加了会见。")["罗立辉"].titles]


# A mirror site's pinyin glosses (监(jiān)委, 领(lǐng)导) are removed with the clean-up, offsets kept.
def test_pinyin_glosses_inside_words_are_removed():
    from extract.ingest.normalisation import normalise
    text = "青河市委常委、市纪委书记、市監(jiān)委主任王立輝,县領(lǐng)導(dǎo)出席,会议(ABC)召开"
    clean, offsets = normalise(text)
    assert clean == "青河市委常委、市纪委书记、市监委主任王立辉,县领导出席,会议(ABC)召开"
    persons = persons_of("青河市委常委、市纪委书记、市監(jiān)委主任王立輝出席會議。")
    assert ("主任", "市监委") in titles(persons["王立辉"])


def test_japanese_family_names_added_this_round():
    persons = persons_of("日本某县议会议长矢野俊明、副知事尾崎孝行出席活动。")
    assert {"矢野俊明", "尾崎孝行"} <= set(persons)


def test_two_surname_led_names_joined_by_he_are_two_names():
    persons = persons_of("某国副总统吴立瑞和杜立钦出席。")
    assert {"吴立瑞", "杜立钦"} <= set(persons) and "吴立瑞和杜立钦" not in persons


def test_a_list_after_a_post_goes_on_past_its_last_he():
    persons = persons_of("另外,行政会委员唐立坚、梁立庭、郑立强和梁立特,以及旅游局副局长白立浩将会合。")
    assert [t.post for t in persons["梁立特"].titles] == ["委员"]


@pytest.mark.parametrize("text", ["全市上下全力以赴抓好防汛工作。", "各部门要全力以赴，确保安全。"])
def test_an_idiom_with_fu_is_no_name(text):
    assert "全力以" not in persons_of(text)


def test_a_country_before_dangxuan_is_no_one_elected():
    recs = extract_text("最近,某国当选总统金立中与企业界人士会面。韩国当选总统金立中访问青河。", date="2025-05-08")
    assert "韩国" not in [p.name for p in recs[0].persons]
    assert "韩国" not in [a.name for a in recs[0].appointments]


def test_a_name_list_ending_in_a_post_is_not_read_across_it():
    persons = persons_of("乔立丹、皮立蓬和教练杰立逊紧紧地拥抱在一起。")
    assert "皮立蓬和" not in persons


def test_a_delegation_named_before_its_verb_is_the_organ_of_its_leaders():
    persons = persons_of("以王立安为团长、李东明为副团长的青河市代表团访问我市。")
    assert titles(persons["王立安"]) == [("团长", "青河市代表团")]
    assert titles(persons["李东明"]) == [("副团长", "青河市代表团")]


def test_a_nominee_that_a_meeting_settles():
    assert titles(persons_of("会议确定王立安为副市长人选。")["王立安"]) == [("副市长人选", None)]
