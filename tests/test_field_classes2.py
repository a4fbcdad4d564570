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
