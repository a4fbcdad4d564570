"""Error classes found on field-dev in round 7 (batch 13 and the earlier batches), each closed here on invented
text written in the phrasing real papers use.
"""
from __future__ import annotations

from extract import extract_text


def _roles(record) -> dict[str, set[str]]:
    return {p.name: {r.role for r in p.roles} for p in record.persons}


def test_a_leader_whose_instruction_is_followed_takes_no_role_from_the_act():
    (record,) = extract_text("根据自治区常务副主席黄卫东作出的指示精神,5月27日,副市长王建军率市经委有关负责人来公司调研。",
                             date="2015-05-28")
    roles = _roles(record)
    assert roles["黄卫东"] == set()
    assert "调研" in roles["王建军"]
    assert [p.name for e in record.events for p in e.participants] == ["王建军"]


def test_an_arrangement_without_a_leader_named_still_leaves_the_subject_its_roles():
    (record,) = extract_text("根据安排,副市长王建军到某县调研。", date="2015-05-28")
    assert _roles(record)["王建军"] == {"调研"}


def test_a_preposition_right_before_a_bare_firm_word_opens_no_company_name():
    (record,) = extract_text("某市王建军副市长一行在公司董事长李卫东的陪同下参观了生产线。", date="2015-05-28")
    assert not any("一行" in o.name for o in record.organizations)
    (li,) = [p for p in record.persons if p.name == "李卫东"]
    assert all("一行" not in (t.org or "") for t in li.titles)


def test_a_short_bureau_name_with_jing_keeps_its_organ():
    (record,) = extract_text("市外经局局长张立群出席会议。", date="2015-05-28")
    assert "市外经局" in {o.name for o in record.organizations}


VISIT = """5月6日至10日,市长王建军率团赴某国访问。
在与某市市长马丁会谈时,王建军简要介绍了本市的发展情况。马丁表示,期待与我市开展务实合作。
在与某州副主席约翰会谈时,王建军表示希望两地加强农业合作。
访问期间,王建军还拜会了中国驻某市总领事张立明。
"""


def test_each_talk_of_a_visit_is_an_event_named_by_who_met_whom():
    (record,) = extract_text(VISIT, date="2019-05-11")
    names = [e.name for e in record.events]
    assert names[1:] == ["王建军与某市市长马丁会谈", "王建军与某州副主席约翰会谈", "王建军还拜会中国驻某市总领事张立明"]
    talks = record.events[1]
    assert {p.name: set(p.roles) for p in talks.participants} == {"马丁": {"会谈"}, "王建军": {"会谈"}}


def test_the_subject_after_a_clause_of_talks_takes_the_verb():
    (record,) = extract_text("在同某国外交部长马丁会见时,市长王建军表示,希望加强合作。", date="2019-05-11")
    assert "会见" in _roles(record)["王建军"]


def test_a_one_character_stop_inside_a_place_name_cuts_nothing():
    (record,) = extract_text("无为县政协副主席周承志陪同考察。", date="2012-05-28")
    (zhou,) = record.persons
    assert [(t.post, t.org) for t in zhou.titles] == [("副主席", "无为县政协")]


def test_a_conjunction_before_a_bare_farm_word_opens_no_name():
    (record,) = extract_text("议员们来到某某农场,与农场负责人陈贞如畅谈。", date="2015-07-25")
    assert all(not o.name.startswith("与") for o in record.organizations)
    (chen,) = [p for p in record.persons if p.name == "陈贞如"]
    assert [(t.post, t.org) for t in chen.titles] == [("负责人", None)]


def test_a_rare_name_character_is_read_right_after_a_post_before_a_clear_end():
    (record,) = extract_text("江门市委副书记聂党权参加了座谈会。", date="2015-07-25")
    assert [p.name for p in record.persons] == ["聂党权"]


def test_a_rare_name_character_alone_in_running_text_is_still_no_name():
    (record,) = extract_text("全党权力运行要受到监督。", date="2015-07-25")
    assert record.persons == ()


def test_an_activity_led_by_someone_is_named_by_what_the_group_then_did():
    (record,) = extract_text("10月16日,由市政协副主席徐伟东带队,组织市政协委员考察团到某街道某社区视察减负增效工作。",
                             date="2019-10-17")
    assert record.events[0].name == "徐伟东带队到某街道某社区视察减负增效工作"


def test_the_persons_led_are_left_out_of_the_activitys_name():
    (record,) = extract_text("9月28日,副县长张立凯带领应急、消防、交警等部门负责人对部分企业进行安全生产督导检查。",
                             date="2019-09-29")
    assert record.events[0].name == "张立凯对部分企业进行安全生产督导检查"


def test_an_activity_after_talks_is_not_named_by_the_talks():
    text = ("5月6日,市长王建军会见某市市长马丁一行。\n"
            "会见后,王建军与马丁签署了两市友好合作备忘录。\n")
    (record,) = extract_text(text, date="2019-05-07")
    assert [e.name for e in record.events][1:] == ["王建军与马丁签署两市友好合作备忘录"]


def test_guests_met_who_then_attend_together_take_the_verb():
    (record,) = extract_text("市长葛建林会见了某集团总裁张兆明、某公司董事长周志强一行,并一同出席签约仪式。", date="2012-05-28")
    roles = _roles(record)
    assert roles["葛建林"] == {"会见", "出席"}
    assert roles["张兆明"] == roles["周志强"] == {"出席"}


def test_guests_listed_after_a_label_without_de_attend():
    text = "某联谊会日前举行第十八届委员就职典礼。当晚出席嘉宾包括立法会议员梁志祥,某市委统战部部长何伟青等。"
    (record,) = extract_text(text, date="2013-05-28")
    roles = _roles(record)
    assert roles["梁志祥"] == roles["何伟青"] == {"出席"}


def test_those_who_came_to_do_it_are_listed_after_a_label():
    text = "省长王建军会见了天津市考察团一行。\n前来我省考察的还有天津市人大副主任张元龙,天津市政协副主席朱立坦等。"
    (record,) = extract_text(text, date="2013-05-28")
    roles = _roles(record)
    assert roles["张元龙"] == roles["朱立坦"] == {"考察"}


def test_those_present_at_a_reception_are_in_the_room_but_those_addressed_are_not():
    (record,) = extract_text("大使馆公使方立坤、某市工业和信息化局局长尹继辉等在座。", date="2013-05-28")
    assert _roles(record) == {"方立坤": {"在座"}, "尹继辉": {"在座"}}
    (record,) = extract_text("市长王建军对在座的各位企业家表示感谢。", date="2013-05-28")
    assert _roles(record)["王建军"] == set()


def test_those_who_took_part_in_a_meeting_with_guests_did_not_receive_them():
    (record,) = extract_text("副市长罗光辉和市外事、文化部门负责人参加了会见。", date="2013-05-28")
    assert _roles(record)["罗光辉"] == {"参加"}


def test_a_post_held_concurrently_ends_the_organ_of_the_next_persons_post():
    (record,) = extract_text("副市长陈宣群、市政协副主席兼市委统战部部长谢锦文、市政协副主席李力强出席。", date="2015-07-25")
    titles = {p.name: [(t.post, t.org) for t in p.titles] for p in record.persons}
    assert titles["李力强"] == [("副主席", "市政协")]
    assert titles["谢锦文"] == [("副主席", "市政协"), ("部长", "市委统战部")]
    assert {o.name for o in record.organizations} == {"市政协", "市委统战部"}


def test_an_undated_page_takes_its_year_from_a_named_campaign_in_quotation_marks():
    text = "1月13日下午,省委书记罗建明会见了美国驻华大使马丁一行。罗建明对马丁一行作为2016“中美旅游年”首批来访的代表团表示欢迎。"
    (record,) = extract_text(text)
    assert [e.date for e in record.events] == ["2016-01-13"]


def test_a_chronicles_day_is_no_part_of_the_organ_after_it():
    (record,) = extract_text("4日中共中央政治局委员李建潮到某市考察。", date="2011-12-10")
    (li,) = record.persons
    assert [(t.post, t.org) for t in li.titles] == [("委员", "中共中央政治局")]


def test_an_activity_led_with_a_group_and_a_comma_is_named_by_where_they_went():
    (record,) = extract_text("8日上午,市委副书记周立宏带领市创建办、社区办负责人,赴某区检查创建全国文明城市工作。",
                             date="2011-06-09")
    assert record.events[0].name == "周立宏赴某区检查创建全国文明城市工作"


def test_the_visited_named_after_where_the_leaders_went_take_no_role():
    (record,) = extract_text("县领导先后来到困难教师范青青家中慰问。", date="2021-02-09")
    (fan,) = record.persons
    assert [t.post for t in fan.titles] == ["困难教师"] and fan.roles == ()


def test_an_organ_spoken_for_is_named_after_dai_biao_but_a_congress_keeps_its_word():
    (record,) = extract_text("市长王建军到机场迎接,并代表市政府和全市人民表示欢迎。", date="2005-06-01")
    assert "市政府" in {o.name for o in record.organizations}
    (record,) = extract_text("王建军代表省委、省政府表示祝贺。", date="2005-06-01")
    assert {"省委", "省政府"} <= {o.name for o in record.organizations}
    (record,) = extract_text("某县第十届人民代表大会主席团主持会议。", date="2005-06-01")
    assert all(not o.name.startswith("大会") for o in record.organizations)


def test_a_post_after_a_party_group_post_belongs_to_the_organ_not_the_group():
    (record,) = extract_text("市政协党组副书记刘慧军,副主席张文才,秘书长董国新出席会议。市商务局党组书记、局长李立明陪同。",
                             date="2020-05-01")
    titles = {p.name: [(t.post, t.org) for t in p.titles] for p in record.persons}
    assert titles["刘慧军"] == [("副书记", "市政协党组")]
    assert titles["张文才"] == [("副主席", "市政协")] and titles["董国新"] == [("秘书长", "市政协")]
    assert titles["李立明"] == [("书记", "市商务局党组"), ("局长", "市商务局")]


def test_a_rare_name_character_beside_an_ordinary_one_after_a_post():
    (record,) = extract_text("省政协副主席王应际率团访问某国。", date="2009-06-17")
    assert [p.name for p in record.persons] == ["王应际"]


def test_who_invited_a_visit_is_not_at_it_and_a_date_after_a_name_ends_it():
    text = ("本报讯(记者黄晶)应越南某省某委员会主席阮玉明的邀请,省政协副主席王应际于6月5日至16日率代表团一行"
            "前往越南进行友好访问。")
    (record,) = extract_text(text, date="2010-06-17")
    assert {p.name for p in record.persons} >= {"阮玉明", "王应际"}
    (visit,) = record.events
    assert [p.name for p in visit.participants] == ["王应际"]


def test_an_events_name_in_quotation_marks_is_named_without_them():
    (record,) = extract_text("11月9日,“2011年某某农业招商引资推介会暨项目签约仪式”在某市举行。副市长王建军出席。",
                             date="2011-11-10")
    assert record.events[0].name == "2011年某某农业招商引资推介会暨项目签约仪式"


def test_the_last_name_of_a_list_before_where_they_sat_takes_the_post_and_a_former_term_is_no_organ():
    (record,) = extract_text("往届县政协主席张在正、肖龙雪、杨作甫在主席台就座。", date="2010-04-21")
    titles = {p.name: [(t.post, t.org) for t in p.titles] for p in record.persons}
    assert titles == {n: [("主席", "县政协")] for n in ("张在正", "肖龙雪", "杨作甫")}


def test_a_name_ends_before_zuo_and_a_titled_report():
    (record,) = extract_text("千垛镇党委副书记、镇长龚长鑫作《政府上半年经济和社会发展情况的报告》。", date="2020-07-20")
    assert [p.name for p in record.persons] == ["龚长鑫"]


def test_a_life_honorary_post_keeps_its_modifier():
    (record,) = extract_text("澳门某同乡会永远荣誉会长陈明金、永远会长郑任安出席。", date="2025-10-01")
    assert {p.name: [t.post for t in p.titles] for p in record.persons} == {
        "陈明金": ["永远荣誉会长"], "郑任安": ["永远会长"]}


def test_hong_kongs_highest_honour_before_a_list_is_each_ones_title():
    (record,) = extract_text("中华总商会日前举行晚宴。大紫荆勋贤梁智鸿、田家炳出席。", date="2010-07-20")
    assert {p.name: [t.post for t in p.titles] for p in record.persons} == {
        "梁智鸿": ["大紫荆勋贤"], "田家炳": ["大紫荆勋贤"]}


def test_a_paragraph_that_opens_with_the_same_day_is_an_activity_of_its_own():
    text = ("3月4日,特首崔立安抵京,拜会海关总署署长于广洲。\n"
            "当日,崔立安又率领澳门代表团一行拜访外交部,向外交部部长王立毅介绍澳门发展情况。\n")
    (record,) = extract_text(text, date="2016-03-07")
    assert len(record.events) == 2
    assert [p.name for p in record.events[1].participants] == ["崔立安", "王立毅"]
