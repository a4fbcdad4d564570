"""Error classes found in round 11 on field-dev (event dates of pages that print no year, web pages read as
several articles), each closed here on invented text written as real pages print it.
"""
from __future__ import annotations

import re

from extract import ExtractConfig, Source, extract_text, extractor
from extract.items import Draft, _column
from extract.lines import make_line
from extract.page import _no_sentence
from extract.undated import date_from_address, year_base_from_text


def test_an_address_filed_under_year_then_month_and_day_dates_the_page():
    assert date_from_address("http://m.example.com/page/2014/0114/1431548.shtml") == "2014-01-14"
    assert date_from_address("http://m.example.com/page/2014/1331/1431548.shtml") is None     # no such day


def test_december_on_a_page_filed_in_january_is_of_the_year_before():
    text = "上海企业家代表团考察某市\n12月12日至14日,某市市长张明远陪同上海企业家代表团考察某市开发区。"
    source = Source(id="a.txt", origin="a.txt", text=text, raw=text,
                    url="http://m.example.com/page/2014/0114/1431548.shtml")
    [record] = extractor(ExtractConfig())(source)
    assert [e.date for e in record.events] == ["2013-12-12"]


def test_the_end_of_a_plans_years_is_no_year_the_text_was_written_in():
    text = "会议审议了《某旗第八个五年规划(2021——2025年)(草案)》和2022年民生实事候选项目。"
    assert year_base_from_text(text) == year_base_from_text("2022年民生实事候选项目")
    assert year_base_from_text("规划(2021-2025年)") is None


def test_a_sites_short_title_over_the_printed_headline_is_no_entry_of_its_own():
    text = ("省新闻>>本网原创\n\n张明远在某市调研督导冬季供暖\n\n2017-12-20 09:35:51 来源:某某新闻网\n\n"
            "张明远在某市调研督导冬季供暖时要求\n\n多措并举保证群众温暖过冬\n\n"
            "某某新闻网讯(记者李某)12月19日,副省长张明远深入某市部分住宅小区了解群众取暖方式。\n\n"
            "张明远强调,冬季供暖是民生工程。")
    records = extract_text(text)
    assert len(records) == 1
    [event] = records[0].events
    assert event.date == "2017-12-19"


def _draft_of(text: str) -> tuple[Draft, list]:
    lines = [make_line(text, m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return Draft(paras=[[k] for k in range(len(lines))]), lines


def test_a_web_stub_with_no_sentence_and_no_headline_is_no_entry():
    assert _no_sentence(*_draft_of("进入移动版,省流量,体验好\n2017-12-20 09:35:51 来源:某某新闻网"))
    assert _no_sentence(*_draft_of("来源 | 东风街道 南山街道"))
    assert not _no_sentence(*_draft_of("7月4日,副区长王志刚到南山街道检查防汛工作。"))
    assert not _no_sentence(*_draft_of("进入移动版,省流量,体验好\n" + "某某" * 40))    # a long run is kept


def test_a_brief_item_with_a_sentence_stays_an_entry():
    text = ("简讯\n\n◆近日,县农业局开展春耕检查。\n\n◆12月19日,县长张明远到某镇检查防汛工作。")
    records = extract_text(text)
    assert len(records) == 2


def test_a_sites_bracketed_label_is_not_part_of_the_column():
    assert _column("[摘要] 本市要闻") == "本市要闻"
    assert _column("【县域快讯】") == "县域快讯"


def test_words_that_place_a_body_in_a_meeting_or_a_term_are_not_part_of_its_name():
    [record] = extract_text("会上集团公司董事长刘文川作了报告。会议选举产生了新一届乡人大和新一届乡政府领导班子。"
                            "选举产生七里坪镇人大主席潘卫国。", date="2020-01-02")
    names = {o.name for o in record.organizations}
    assert {"乡人大", "乡政府", "七里坪镇人大"} <= names
    assert not any(n.startswith(("会上", "新一届", "选举", "产生")) for n in names)


def test_a_deputys_or_members_seat_before_a_post_is_a_title_of_the_name_too():
    [record] = extract_text("全国政协委员、省政协副主席王刚参加。全国人大代表、县委书记李明出席。", date="2020-01-02")
    titles = {p.name: [(t.post, t.org) for t in p.titles] for p in record.persons}
    assert titles["王刚"] == [("委员", "全国政协"), ("副主席", "省政协")]
    assert titles["李明"] == [("代表", "全国人大"), ("书记", "县委")]
    assert {"全国政协", "全国人大"} <= {o.name for o in record.organizations}


def test_a_group_label_before_a_post_still_opens_no_chain():
    [record] = extract_text("市领导、县委书记李明出席。", date="2020-01-02")
    [person] = record.persons
    assert [(t.post, t.org) for t in person.titles] == [("书记", "县委")]


def test_a_name_no_surname_leads_after_its_post_may_end_before_zai():
    [record] = extract_text("6月7日,省委书记巴音朝鲁在长春会见了俄罗斯客人。县委常委尕玛才旦在会上讲话。", date="2020-01-02")
    titles = {p.name: [(t.post, t.org) for t in p.titles] for p in record.persons}
    assert titles["巴音朝鲁"] == [("书记", "省委")]
    assert titles["尕玛才旦"] == [("常委", "县委")]


def test_a_weaker_closer_than_zai_still_does_not_end_such_a_name():
    [record] = extract_text("会见时,首相同岸田文雄和外长交换了意见。", date="2020-01-02")
    assert "同岸田文雄" not in {p.name for p in record.persons}


def _decisions(text: str) -> list[tuple[str, str, str, str | None]]:
    [record] = extract_text(text, date="2012-07-28")
    return [(a.name, a.action.value, a.post, a.org) for a in record.appointments]


def test_decisions_written_with_a_date_between_the_name_and_the_word_or_a_list_after_the_post():
    assert _decisions("刘晓凯已于25日被任命为省委统战部部长。") == [("刘晓凯", "appoint", "部长", "省委统战部")]
    assert _decisions("会议表决通过了任命冯鸿浩为市人民政府副市长等有关人事任免事项。") == [
        ("冯鸿浩", "appoint", "副市长", "市人民政府")]
    assert _decisions("廖国勋在7月21日卸任铜仁市委书记。") == [("廖国勋", "remove", "书记", "铜仁市委")]
    assert _decisions("香港高等法院首席法官张明远出席。") == []


def test_a_word_that_is_no_name_with_a_locative_after_it_is_no_name():
    [record] = extract_text("新一届人大领导班子中,有3人为新当选。", date="2020-01-02")
    assert record.persons == ()


def _titles(text: str) -> dict[str, list[tuple[str, str | None]]]:
    [record] = extract_text(text, date="2020-01-02")
    return {p.name: [(t.post, t.org) for t in p.titles] for p in record.persons}


def test_daibiao_on_behalf_of_a_body_or_a_person_is_no_post():
    titles = _titles("县政协党组书记尚建林代表常委会向大会作工作报告。唐良智代表市委、市政府,代表陈敏尔书记,"
                     "对客人表示欢迎。")
    assert titles["尚建林"] == [("书记", "县政协党组")]
    assert titles["陈敏尔"] == [("书记", None)]
    assert _titles("人大代表张明发言。")["张明"] == [("代表", "人大")]


def test_an_all_media_reporter_is_the_post_as_written():
    assert _titles("会议听取了报告。(玉溪日报全媒体记者 夏娜)")["夏娜"] == [("全媒体记者", "玉溪日报")]


def test_persons_named_only_in_what_someone_says_are_not_placed_at_the_event():
    [record] = extract_text("6月7日,自治区党委书记陈明远在乌鲁木齐会见了东哈州州长阿赫梅托夫。陈明远说,在习近平主席和"
                            "纳扎尔巴耶夫总统的亲自推动下,两国关系不断发展。", date="2020-06-08")
    [event] = record.events
    assert [p.name for p in event.participants] == ["陈明远", "阿赫梅托夫"]
    assert {"习近平", "纳扎尔巴耶夫"} <= {p.name for p in record.persons}


def test_a_verb_and_wei_before_a_post_or_a_word_and_hou_is_no_name():
    [record] = extract_text("刘晓凯被宣布为新任统战部长。在调整班子后,张明远出席会议。", date="2012-07-28")
    assert {p.name for p in record.persons} == {"刘晓凯", "张明远"}


def test_wei_before_a_joiner_is_a_given_names():
    assert _titles("县领导王冠木、王大为及相关部门负责人参加。")["王大为"] == [("领导", "县")]


def test_an_editor_credit_with_spaces_on_its_own_line_under_web_furniture():
    text = ("县政协会议闭幕\n本报讯 25日上午,县政协九届一次会议闭幕。县政协主席王明远主持。\n"
            "(责任编辑 陈伟 倪长军)\n\n二维码\n\n安卓版APP\n\n官方微信\n\n免费注册")
    records = extract_text(text, date="2020-01-26")
    assert len(records) == 1
    reporters = {p.name: [(t.post, t.org) for t in p.titles] for p in records[0].persons if p.is_reporter}
    assert reporters == {"陈伟": [("责任编辑", None)], "倪长军": [("责任编辑", None)]}


def test_a_datelines_dian_and_shou_by_authority_are_no_part_of_an_organ():
    titles = _titles("本报讯 某某网5月18日电省委副书记、省长张左己深入绥化调研。受省委书记白克明委托,副省长王明出席。"
                     "地区领导吴晓斌陪同。")
    assert titles["张左己"][0] == ("副书记", "省委")
    assert titles["白克明"] == [("书记", "省委")]
    assert titles["吴晓斌"] == [("领导", "地区")]


def test_jiu_after_the_parties_of_a_talk_and_a_central_school():
    [record] = extract_text("双方就瑞祥诚达牧业公司项目进行了洽谈,并就飞鹤陕西分公司建设交换了意见。县就业局、下圩镇中心校"
                            "负责人参加。", date="2020-01-02")
    assert {o.name for o in record.organizations} == {"瑞祥诚达牧业公司", "飞鹤陕西分公司", "县就业局", "下圩镇中心校"}


def test_a_long_escort_phrase_gives_its_persons_only_the_escorts_verb():
    [record] = extract_text("11月20日,省监察厅副厅长冯庆昌带领省委、省政府督查组,在天水市政府副市长彭鸿嘉、市农业局局长刘来生、"
                            "市监察局副局长安长林、市农业局副局长王全保、秦安县委书记陈天雄,县委常委、纪委书记张永刚,副县长王金珍,"
                            "县政协副主席康森林及县直相关部门负责人的陪同下,对秦安县秋膜覆盖工作进行了督查。", date="2009-11-22")
    roles = {p.name: [r.role for r in p.roles] for p in record.persons}
    assert roles["冯庆昌"] == ["带领", "督查"]
    assert all(roles[n] == ["陪同"] for n in ("彭鸿嘉", "陈天雄", "张永刚", "康森林"))


def test_presiding_over_an_oath_is_a_role():
    [record] = extract_text("自治区党委书记、人大常委会主任李建华主持并监誓。", date="2020-01-02")
    assert [r.role for r in record.persons[0].roles] == ["主持", "监誓"]


def test_event_names_leave_out_a_bare_zai_and_read_a_range_of_days_as_one():
    from extract.event_names import _DAY_INSIDE, _without_place
    from extract.vocab import vocabulary
    assert _without_place("金树东在会见", vocabulary(())) == "金树东会见"
    assert _DAY_INSIDE.sub("", "张左己15日至17日深入绥化调研") == "张左己深入绥化调研"


def test_an_outlets_dateline_opens_no_name():
    [record] = extract_text("东北网5月18日电 省委副书记、省长张左己15日至17日深入绥化调研农业生产。", date="2020-05-18")
    assert [p.name for p in record.persons] == ["张左己"]
    assert record.events[0].name == "张左己深入绥化调研农业生产"
