"""Error classes found in round 33 on field-dev (batches 56-73, re-collected) and on the page set, each closed here
on invented text written as real pages print it.
"""
from __future__ import annotations

import pytest

from extract import extract_text


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: [r.role for r in p.roles] for rec in extract_text(text) for p in rec.persons}


def _entries(text: str) -> list[tuple[str | None, str]]:
    from extract.page import split_page
    from extract.records import Source
    return [(a.headline, a.text) for a in split_page(Source(id="p", origin="p.txt", text=text, raw=""))]


# --- labels over lists of those who took part (issue 19: roles) -----------------------------------------------

SEATED = ("政协东湖市第五届委员会第一次会议今天开幕。\n\n"
          "在主席台前排就座的领导有:王大明、李小红、张立新,赵平\n\n"
          "应邀出席大会的领导同志有:市几大班子领导和市中级人民法院领导同志。")


def test_a_list_under_a_seat_label_takes_the_seat_not_the_next_label_s_verb():
    roles = _roles(SEATED)
    assert {name: roles[name] for name in ("王大明", "赵平")} == {"王大明": ["就座"], "赵平": ["就座"]}


def test_a_seat_label_without_a_colon_gives_the_seat_too():
    assert _roles("在主席台前排就座的领导有王大明、李小红。") == {"王大明": ["就座"], "李小红": ["就座"]}


def test_a_label_led_by_the_body_whose_people_attended_gives_its_verb():
    roles = _roles("东湖同乡会出席的领导还有副会长王大明、李小红,监事长张立新等。")
    assert roles == {"王大明": ["出席"], "李小红": ["出席"], "张立新": ["出席"]}
    # the same in traditional characters, as Macau and Hong Kong pages print it
    assert _roles("東湖同鄉會出席的領導還有副會長王大明、李小紅。") == {"王大明": ["出席"], "李小红": ["出席"]}


# --- a year's review whose days stand alone over their entries (issue 18: pages) ------------------------------

REVIEW = ("岁末回望,东湖市追赶超越的脚步坚实有力。这一年,全市上下以新思维制定新举措,推动新发展。\n"
          "一年来,各级党政部门攻坚克难,谱写出追赶超越的壮美乐章。\n"
          "3月 3日\n"
          "市委、市政府召开全市农村工作会议,擂响了脱贫攻坚战鼓。一年来,全市完成脱贫任务。\n"
          "3月 24日\n"
          "全市招商工作动员大会召开,由此拉开工业招商季活动大幕。\n"
          "4月 10日\n"
          "全市治霾动员会公布了市政府出台的工作方案。")


def test_days_printed_alone_with_a_scan_s_spaces_open_the_entries_of_a_review_after_its_lead():
    entries = _entries(REVIEW)
    assert len(entries) == 4
    assert entries[0][1].startswith("岁末回望") and "3月 3日" not in entries[0][1]
    assert [e[1][:len(day)] for e, day in zip(entries[1:], ("3月 3日", "3月 24日", "4月 10日"))] == [
        "3月 3日", "3月 24日", "4月 10日"]
    assert entries[1][1].endswith("完成脱贫任务。") and entries[3][1].endswith("工作方案。")


# --- what runs before an organization's name (issue 17: organizations, title orgs) ---------------------------

def _orgs(text: str) -> list[str]:
    return [o.name for r in extract_text(text) for o in r.organizations]


@pytest.mark.parametrize("text, org", [
    ("双方签署战略合作协议符合党中央的决策部署。", "党中央"),
    ("全体委员认真学习领会县委书记王大明的讲话精神。", "县委"),
    ("县长李小红马上叫来县交通局局长张立新了解情况。", "县交通局"),
    ("正如中组部副部长王大明所说,他熟悉经济工作。", "中组部"),
])
def test_a_verb_before_a_body_is_no_part_of_its_name(text, org):
    assert org in _orgs(text)
    assert not any(name.endswith(org) and name != org for name in _orgs(text))


def test_a_place_s_own_committee_begins_at_its_place_when_captions_run_together():
    # two caption lines printed without punctuation, joined into one: 宣布开幕 / 中共某省委副书记某某致辞
    text = "全国政协原副主席王大明宣布开幕中共贵州省委副书记李小红致辞。"
    assert "中共贵州省委" in _orgs(text) and not any("开幕" in name for name in _orgs(text))
    assert "贵州省委" in _orgs("大会开幕贵州省委副书记李小红致辞。")
    # a county whose name is a word too (合作, in 甘肃) opens nothing inside a longer name
    assert _orgs("为更好发挥金砖国家特殊经济区中国合作中心作用,他提出建议。") == ["金砖国家特殊经济区中国合作中心"]


# --- who is a person, and what their post is (issue 17: persons, titles) -------------------------------------

def _titles(text: str) -> dict[str, list[str]]:
    return {p.name: [t.post for t in p.titles] for rec in extract_text(text) for p in rec.persons}


def test_a_site_that_opens_a_dateline_is_no_person_wherever_it_is_named():
    text = ("东湖镇重阳节开展慰问活动\n文明风 | 时间: 2008-10-08 | 文章来源: 文明风\n\n"
            "文明风10月8日讯(通讯员 王大明)重阳节前夕,镇长李小红看望老人。")
    assert set(_titles(text)) == {"王大明", "李小红"}


def test_a_committee_after_a_verb_opens_no_name():
    # 代表 is a verb here (on behalf of the committee); 区 is a surname, but 区委 opens no name
    assert set(_titles("陈大明代表区委向出席会议的新一届区政协委员致以亲切的问候。")) == {"陈大明"}


def test_a_post_of_taiwan_in_quotes_stands_before_its_holder():
    assert _titles("国民党“立委”王大明表示反对。") == {"王大明": ["立委"]}
    assert _titles("桃园县“立委”林正二表示反对。") == {"林正二": ["立委"]}


HK_ROSTER = ("政府今日公布委任新一届公共图书馆咨询委员会的成员。\n\n以下为新一届委员会的成员名单:\n\n"
             "主席: 李惠光\n\n副主席: 罗乃萱\n\n委员: 陈健雄\n\n陈玉燕\n\n张思颖\n\n黄朝荣博士*\n\n"
             "教育局代表\n\n*新委任成员")


def test_each_member_under_a_post_s_label_takes_the_post_and_the_next_label_is_not_the_last_name_s():
    titles = _titles(HK_ROSTER)
    assert titles["李惠光"] == ["主席"] and titles["罗乃萱"] == ["副主席"]
    assert {name: titles[name] for name in ("陈健雄", "陈玉燕", "张思颖", "黄朝荣")} == {
        "陈健雄": ["委员"], "陈玉燕": ["委员"], "张思颖": ["委员"], "黄朝荣": ["委员"]}
    # a name a line under the label: the appointed, at no event
    attending = {p.name for rec in extract_text(HK_ROSTER) for e in rec.events for p in e.participants}
    assert not attending & {"陈健雄", "陈玉燕", "张思颖", "黄朝荣"}


def test_the_presidium_listed_after_its_label_still_attends():
    text = "大会今天开幕。大会执行主席是:王大明、李小红、张立新。王大明主持大会。"
    events = [e for rec in extract_text(text) for e in rec.events]
    assert events and {"王大明", "李小红", "张立新"} <= {p.name for e in events for p in e.participants}


def test_a_rank_after_a_name_ends_that_person_and_opens_no_chain_for_the_next():
    titles = {p.name: {(t.post, t.org) for t in p.titles} for rec in extract_text(
        "省委常委、省军区司令员段大明少将、政委张小连少将、副省长柳宝全、省军区副参谋长姚伟旋大校出席。")
        for p in rec.persons}
    assert titles["段大明"] == {("常委", "省委"), ("司令员", "省军区"), ("少将", None)}
    assert titles["张小连"] == {("政委", "省军区"), ("少将", None)}
    assert titles["柳宝全"] == {("副省长", None)}
    assert titles["姚伟旋"] == {("副参谋长", "省军区"), ("大校", None)}


def test_an_occasion_s_name_does_not_run_into_a_body_s_when_a_wrapped_line_is_joined():
    orgs = _orgs("省会隆重举行了新兵启程仪式省委常委、省军区司令员段大明少将出席。")
    assert "省委" in orgs and not any("仪式" in name for name in orgs)
    assert not any("招待会" in name for name in _orgs("国庆招待会市委常委王大明出席并致辞。"))


@pytest.mark.parametrize("text, word", [
    ("肩负着全市各界群众的重托,齐心协力,委员们参加大会。", "齐心"),
    ("检察长何超明、廉政专员冯文庄出席。", "廉政"),
    ("志愿者们种下樟子松、连翘、白蜡等树苗。", "连翘"),
])
def test_a_word_that_opens_with_a_surname_is_no_name(text, word):
    assert word not in _titles(text)


def test_two_verbs_of_one_label_joined_by_he_are_each_listed_person_s():
    roles = _roles("出席和列席闭幕大会的市领导有:赵金城、初立生、顾春明。")
    assert roles == {name: ["出席", "列席"] for name in ("赵金城", "初立生", "顾春明")}


def test_a_body_after_a_verb_of_entrusting_is_named_alone():
    assert _orgs("受市政府委托市人大常委会副主任王大明作报告。") == ["市政府", "市人大常委会"]


def test_each_of_a_list_made_the_speeches_the_meeting_heard():
    roles = _roles("会议听取了县政协委员王大明、李小红和张立新所作的专题发言。")
    assert all(any("发言" in r for r in roles[name]) for name in ("王大明", "李小红", "张立新"))


def test_a_subject_surnamed_yu_is_no_time_phrase_in_the_event_s_name():
    # 于 opens a time phrase (将于3月5日到…) and is a surname too (于某某到…)
    names = [e.name for rec in extract_text("市长于广威到部分工业企业调研。", date="2012-05-05") for e in rec.events]
    assert names == ["于广威到部分工业企业调研"]
    names = [e.name for rec in extract_text("市长王大明将于3月5日到部分企业调研。", date="2012-03-01") for e in rec.events]
    assert names == ["王大明到部分企业调研"]


def test_a_unit_of_the_armed_forces_named_by_its_code_is_a_body():
    assert _orgs("市领导先后来到76324部队、75715部队和边防检查站慰问官兵。")[:2] == ["76324部队", "75715部队"]
    assert _orgs("慰问了76140部队通信站一中队和驻锦31283部队的官兵。") == ["76140部队通信站一中队", "驻锦31283部队"]
    assert _orgs("服务电话13912345部队") == []


def test_marked_photo_captions_between_a_web_page_s_deck_and_its_story_are_the_story_s():
    text = ("州人大会议隆重开幕\n\n来源:东湖网 作者: 发布时间:2012-01-11 21:57:25\n\n"
            "张大明李小红等出席 王立新主持\n\n"
            "▲ 1月11日,州第十二届人民代表大会第一次会议隆重开幕。(赵平 摄)\n\n"
            "▲ 黄小军代表州人民政府向大会作政府工作报告。(马建军 摄)\n\n"
            "  东湖网讯 (记者 普林) 1月11日,州第十二届人民代表大会第一次会议在州府隆重开幕。")
    entries = _entries(text)
    assert len(entries) == 1 and entries[0][0] == "州人大会议隆重开幕"
    assert "张大明李小红等出席" in entries[0][1] and "东湖网讯" in entries[0][1]



def test_a_cppcc_session_written_short_and_in_full_is_one_event_called_by_its_full_name():
    text = ("东湖省政协十届二次会议开幕\n本报讯 中国人民政治协商会议第十届东湖省委员会第二次会议今天在东湖开幕。"
            "省政协主席王大明主持会议。省委书记李小红出席。")
    events = [e for rec in extract_text(text, date="2004-02-14") for e in rec.events]
    assert [e.name for e in events] == ["中国人民政治协商会议第十届东湖省委员会第二次会议"]
    from extract.event_names import meeting_key
    assert meeting_key("东湖省政协十届二次会议") == meeting_key("中国人民政治协商会议第十届东湖省委员会第二次会议")
    assert meeting_key("市政协三届二次会议") != meeting_key("市政协三届三次会议")
