"""Issue 17, field-dev: posts written after the names (elections, appointments, nominations) and name
lists a label introduces or closes (市领导还有:甲、乙 / 甲、乙等市上领导).

Every sentence here is invented: names, places and bodies are made up.
"""
from __future__ import annotations

import pytest

from extract import extract_text


def persons_of(text: str):
    recs = extract_text(text, date="2025-09-26")
    return {p.name: p for r in recs for p in r.persons}


def titles(person) -> list[tuple[str, str | None]]:
    return [(t.post, t.org) for t in person.titles]


# Elections, appointments, nominations: 选举甲为…省长, 任命乙同志为…局长, 丙当选为…主席
@pytest.mark.parametrize("text, name, expected", [
    ("大会以无记名投票方式,选举范志国为东临省人民政府省长。", "范志国", [("省长", "东临省人民政府")]),
    ("会议决定任命韦立新同志为青河市商务局局长。", "韦立新", [("局长", "青河市商务局")]),
    ("会议表决通过,任命蒋文斌、唐海涛同志为青河市监察委员会副主任。", "唐海涛", [("副主任", "青河市监察委员会")]),
    ("经投票选举,秦国华当选为政协白河县第九届委员会主席。", "秦国华", [("主席", "政协白河县第九届委员会")]),
    ("马跃平当选镇长。", "马跃平", [("镇长", None)]),
    ("党委决定,提名岳海峰同志为白河县人民法院院长候选人。", "岳海峰", [("院长候选人", "白河县人民法院")]),
    # names that are not led by a surname are bounded by 当选
    ("苏和巴特尔、乌日娜当选为旗人大常委会委员。", "苏和巴特尔", [("委员", "旗人大常委会")]),
])
def test_a_post_after_the_names_is_their_title(text, name, expected):
    assert titles(persons_of(text)[name]) == expected


def test_pairs_of_one_election_clause_each_get_their_post():
    ps = persons_of("大会选举邵建明为临江镇镇长、邱丽华为临江镇人大主席团主席,"
                    "卫东升、钱小梅为临江镇副镇长。")
    assert titles(ps["邵建明"]) == [("镇长", "临江镇")]
    assert titles(ps["邱丽华"]) == [("主席", "临江镇人大主席团")]
    assert titles(ps["卫东升"]) == titles(ps["钱小梅"]) == [("副镇长", "临江镇")]


def test_a_bare_post_of_the_next_pair_takes_the_organ_written_before():
    ps = persons_of("大会选举严国庆、孔令辉为东临省人大常委会副主任,柏建新为秘书长。")
    assert titles(ps["孔令辉"]) == [("副主任", "东临省人大常委会")]
    assert titles(ps["柏建新"]) == [("秘书长", "东临省人大常委会")]
    assert "柏建新为" not in ps


# Lists a label introduces: 市领导还有:…, 老领导有:…, 主席台就座的领导有…
def test_a_list_after_a_label_and_a_colon_shares_the_label_across_commas():
    ps = persons_of("出席会议的市领导还有:廖建平、褚国华、祁文静,施海东、鲍立群。")
    for name in ("廖建平", "褚国华", "祁文静", "施海东", "鲍立群"):
        assert titles(ps[name]) == [("领导", "市")], name


def test_a_list_after_an_organ_label_and_you():
    ps = persons_of("出席闭幕式的市政协老领导有:詹国栋、柯文华、葛立民。")
    for name in ("詹国栋", "柯文华", "葛立民"):
        assert titles(ps[name]) == [("老领导", "市政协")], name


def test_you_after_a_bare_leader_word_is_not_part_of_a_name():
    ps = persons_of("主席台就座的领导有吕国强、丛立华、骆文平。")
    assert {"吕国强", "丛立华", "骆文平"} <= set(ps)
    assert not any(n.startswith("有") for n in ps)
    assert all(not p.titles for p in ps.values())


# Lists a label closes: …以及甲、乙等市领导
def test_names_after_yiji_before_a_trailing_label_get_it():
    ps = persons_of("会议由市委副书记雷国庆主持,以及汤建华、殷小平、罗志远等市领导在主席台就座。")
    for name in ("汤建华", "殷小平", "罗志远"):
        assert ("领导", "市") in titles(ps[name]), name


# Delegations: 以甲为团长、乙为副团长的某市代表团
def test_delegation_posts_belong_to_the_delegation_after_de():
    ps = persons_of("市委书记会见了以曲靖市委书记柯立群为团长、曲靖市副市长简国平为副团长的"
                    "曲靖市党政代表团一行。")
    assert titles(ps["柯立群"]) == [("书记", "曲靖市委"), ("团长", "曲靖市党政代表团")]
    assert titles(ps["简国平"]) == [("副市长", "曲靖市"), ("副团长", "曲靖市党政代表团")]


def test_a_delegation_led_by_you_with_a_title_chain():
    ps = persons_of("副主席会见了由东海市政协副主席、市委统战部部长乔文涛为团长的东海市各民主党派、"
                    "工商联考察团一行。")
    assert ("团长", "东海市各民主党派、工商联考察团") in titles(ps["乔文涛"])


# Names of a labelled list that the name reader alone does not take
@pytest.mark.parametrize("text, name", [
    ("市领导傅立群、林荣取、罗文涛等参加会见。", "林荣取"),        # a rare given character, bounded by 、
    ("市领导邵国华、童建新、吴共湖会见客人。", "吴共湖"),          # the last name, bounded by a verb
])
def test_every_name_of_a_labelled_list_gets_the_label(text, name):
    assert titles(persons_of(text)[name]) == [("领导", "市")]


def test_two_names_joined_by_he_at_the_end_of_a_labelled_list_are_two():
    ps = persons_of("行政会委员戴志坚、郑立强和梁维嘉,以及旅游局副局长白文亮将会合代表团。")
    assert "郑立强和梁维嘉" not in ps
    assert titles(ps["郑立强"]) == titles(ps["梁维嘉"]) == [("委员", "行政会")]


# A list closed by a count and a post: 甲、乙、丙3名县政协委员
def test_a_counted_list_takes_the_post_after_the_count():
    ps = persons_of("会上,于现华、郑婷玉、徐国坤3名县政协委员作了大会发言。")
    for name in ("于现华", "郑婷玉", "徐国坤"):
        assert titles(ps[name]) == [("委员", "县政协")], name
    # a count that is not the number of names (and no 等) binds nothing
    ps = persons_of("会上,范立伟、郑婷玉、徐国坤及5名县政协委员作了大会发言。")
    assert all(("委员", "县政协") not in titles(p) for p in ps.values())


def test_a_post_and_a_colon_give_the_post_to_every_name_listed():
    from extract.pipeline import extract_text

    recs = extract_text("本次大会的执行主席是:宋某甲、杨丽杰、何天彪。作者:薛明", date="2023-10-10")
    titles = {p.name: [t.post for t in p.titles] for r in recs for p in r.persons}
    assert titles["杨丽杰"] == ["执行主席"] and titles["何天彪"] == ["执行主席"]
    assert titles["薛明"] == []         # a credit (作者:) lists no post-holders: the author is a reporter
