"""Error classes found in round 31 on field-dev (batches 62-67 among them), each closed here on invented text
written as real pages print it.
"""
from __future__ import annotations

from extract import extract_text


def _titles(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(t.post, t.org) for t in p.titles] for r in extract_text(text) for p in r.persons}


# --- the names of a labelled list (issue 17: titles) ----------------------------------------------------------

def test_a_list_whose_first_name_reads_oddly_still_takes_the_post():
    found = _titles("省政协副主席刘也强、许乐仁、伍席源出席会议。")
    assert found.get("刘也强") == [("副主席", "省政协")]
    assert found.get("伍席源") == [("副主席", "省政协")]


def test_a_name_that_is_also_a_city_between_two_names_of_a_list_is_a_name():
    found = _titles("县领导董金寿、沈阳、罗文江、徐勇等陪同调研。")
    assert found.get("沈阳") == [("领导", "县")]
    assert found.get("徐勇") == [("领导", "县")]


def test_a_city_after_a_name_of_a_list_and_before_no_name_is_no_name():
    found = _titles("市长王建国、沈阳、大连两市的客商出席。")
    assert "沈阳" not in found


# --- a visit's programme, day by day (issue 19: events and dates) ----------------------------------------------

def _events(text: str, date: str) -> list[tuple[str | None, str, str]]:
    return [(e.date, e.kind.value, e.name) for r in extract_text(text, date=date) for e in r.events]


PROGRAMME = ("本报讯 东江省省长王建国九日率领省政府代表团前往南湖市,出席第三届南湖经贸合作论坛。王建国于今晚出席论坛的"
             "开幕仪式,明日上午出席南湖经贸洽谈会开馆仪式、投资合作项目集体签约仪式。")


def test_the_gatherings_of_a_programme_take_the_day_their_clause_writes_and_the_kind_of_their_last_noun():
    found = _events(PROGRAMME, "2009-06-09")
    assert ("2009-06-10", "ceremony", "南湖经贸洽谈会开馆仪式") in found
    assert ("2009-06-10", "ceremony", "投资合作项目集体签约仪式") in found


def test_a_day_in_chinese_numerals_after_its_subject_and_before_an_act_is_a_date():
    from extract.dates import find_event_dates
    assert [(m.surface, m.date) for m in find_event_dates("王建国九日率领代表团前往南湖市。", "2009-06-10")] == \
        [("九日", "2009-06-09")]
    assert find_event_dates("三日游和两日后离开,一日三餐。", "2009-06-10") == []


def test_a_day_alone_a_few_days_after_the_issue_is_to_come_this_month():
    from extract.dates import find_event_dates
    assert [m.date for m in find_event_dates("论坛将于12日开幕。", "2009-06-09")] == ["2009-06-12"]
    assert [m.date for m in find_event_dates("论坛已于28日开幕。", "2009-06-09")] == ["2009-05-28"]


def test_a_year_in_chinese_numerals_after_yu_is_no_name():
    found = _titles("首届“论坛”于二○○四年在南湖举办;第二届“论坛”于二○○五年在西江举行。")
    assert "于二" not in found


# --- an e-paper's list of the titles on its page (issue 18: pages) ----------------------------------------------

def _entries(text: str) -> list[tuple[str | None, bool]]:
    from extract.page import split_page
    from extract.records import Source
    return [(a.headline, a.headline_only) for a in split_page(Source(id="p", origin="p.txt", text=text, raw=""))]


EPAPER_VIEW = """01版:要闻 4下一版
标题导航
东湖市召开全市经济工作会议
西城区举行重点项目集中开工仪式
南湖新区签约五个产业项目
返回东湖日报

东湖市召开全市经济工作会议

本报讯(记者 李明)12月3日,东湖市召开全市经济工作会议。市委书记王建国出席会议并讲话。他强调,要坚定信心。
会议还部署了明年的重点工作。"""


def test_the_titles_under_an_e_papers_title_list_are_headline_only_entries():
    assert _entries(EPAPER_VIEW) == [("西城区举行重点项目集中开工仪式", True), ("南湖新区签约五个产业项目", True),
                                     ("东湖市召开全市经济工作会议", False)]


def test_a_bulleted_title_list_with_its_row_after_it_is_headline_only_entries_too():
    page = ("· 西城区举行重点项目集中开工仪式\n· 南湖新区签约五个产业项目 \n收藏 打印 推荐\n返回主页 | 版面导航 | 标题导航\n"
            "3上一篇  下一篇4\n东湖市召开全市经济工作会议\n\n本报讯(记者 李明)12月3日,东湖市召开全市经济工作会议。"
            "市委书记王建国出席会议并讲话。")
    found = _entries(page)
    assert ("西城区举行重点项目集中开工仪式", True) in found and ("南湖新区签约五个产业项目", True) in found
    assert ("东湖市召开全市经济工作会议", False) in found


def test_a_web_pages_related_links_are_no_entries():
    page = ("东湖市召开全市经济工作会议\n\n本报讯(记者 李明)12月3日,东湖市召开全市经济工作会议。市委书记王建国出席会议并"
            "讲话。\n相关链接\n西城区举行重点项目集中开工仪式\n南湖新区签约五个产业项目")
    assert _entries(page) == [("东湖市召开全市经济工作会议", False)]


# --- retired leaders and the names no surname leads (issue 17: titles) -----------------------------------------

def test_a_closing_label_of_a_former_rank_gives_the_names_before_it_that_title():
    found = _titles("会议由州委书记主持。\n\n  孙诺吉才、丹增、此里卓玛、都吉台、朱以约等原厅级老领导应邀出席。")
    assert set(found) == {"孙诺吉才", "丹增", "此里卓玛", "都吉台", "朱以约"}
    assert found["此里卓玛"] == [("厅级老领导", None)]


def test_retired_cadres_are_a_label():
    found = _titles("市政协离退休干部贺俊修、王克正、张中、白玉田等应邀列席会议。")
    assert found.get("白玉田") == [("离退休干部", None)]


def test_a_word_before_the_first_name_of_an_election_stays_out_of_the_names():
    found = _titles("会议选举张敏为人大常委会副主任,选举王俭、叶旭、李强、赵亮、赵涛为人大常委会委员。")
    assert "王俭" in found and not any(name.startswith("选举") for name in found)


def test_with_at_the_head_of_a_clause_is_no_part_of_the_organ():
    found = _titles("行政长官出席国庆酒会,与中联办副主任殷晓静、中华总商会会长杨钊等嘉宾祝酒。")
    assert found.get("殷晓静") == [("副主任", "中联办"), ("嘉宾", None)]     # (嘉宾: a label since round 34)


# --- chronicles: another activity of the day, and Δ marks (issue 18: pages) --------------------------------------

def _bodies(text: str) -> list[str]:
    from extract.page import split_page
    from extract.records import Source
    return [a.text[a.body_start:a.body_start + 12] for a in split_page(Source(id="c", origin="c.txt", text=text, raw=""))]


def test_a_paragraph_of_a_chronicle_day_that_tells_another_activity_is_an_entry_of_its_own():
    text = ("发布时间:2012-06-19\n"
            "4日 东江寺举办祈福活动。\n"
            "6日 西城区召开区人民武装部领导班子调整命令大会。区委书记王建国出席大会。\n"
            "西城区召开年度人口和计划生育工作会议,全面部署全年工作。区长李明参加会议。\n"
            "会议要求各街道抓好落实。\n"
            "8日 第七届外来青工器乐比赛在西城区举行。")
    bodies = _bodies(text)
    assert len(bodies) == 4
    assert bodies[2].startswith("西城区召开年度")


def test_delta_marks_open_the_items_of_a_chronicle():
    text = ("1日 西城区成立揭牌。市领导王建国出席。\n"
            "Δ 全省专项整治工作召开电视电话会议。\n"
            "Δ 年度十大招商人物颁奖晚会在市广电中心举行。\n"
            "2日 市政府举行新闻发布会。")
    assert len(_bodies(text)) == 4


# --- organizations: source rows and words before a name (issue 17: organizations) -------------------------------

def _orgs(text: str) -> list[str]:
    return [o.name for r in extract_text(text) for o in r.organizations]


def test_a_source_row_stops_before_the_field_glued_to_it():
    found = _orgs("西江市代表团到东湖集团考察交流\n发布日期:2022-12-08来源:东江日报浏览量:742次\n12月8日,代表团到东湖集团考察。")
    assert "东江日报" in found and not any("浏览" in name for name in found)
    assert "东江发布" in _orgs("来源:东江发布\n本市召开全市经济工作会议。")      # (an account named 某某发布 stays whole)


def test_jieban_and_lingju_are_no_part_of_the_name_after_them():
    found = _orgs("新任副市长王建军接班公安部党委副书记。另据中新社报道,西城区召开会议。")
    assert "公安部" in found and "中新社" in found
    assert not any(name.startswith(("王建军", "接班", "另据")) for name in found)


def test_an_organ_after_the_place_and_the_activity_of_a_visit_begins_at_its_level():
    found = _orgs("调研组到泰安市调研检查市委贯彻落实情况。省委书记到西城区调研区委工作。")
    assert "市委" in found and "区委" in found
    assert not any(name.startswith(("泰安市", "西城区")) for name in found)


# --- a channel's label over a web page's title (issue 17: headlines) -------------------------------------------

def test_a_channels_label_over_a_web_pages_title_is_not_its_headline():
    page = ("参事之窗\n东江省参事调研组赴西江市调研对外合作\n"
            "8月15日至16日,东江省参事调研组赴西江市调研对外合作工作。调研组听取了西江市政府的汇报。")
    assert _entries(page) == [("东江省参事调研组赴西江市调研对外合作", False)]


def test_a_short_headline_over_its_subtitle_stays_the_headline():
    page = ("把温暖送到群众心坎上\n东湖镇开展节前慰问活动\n"
            "本报讯(记者 李明)春节即将来临,东湖镇开展节前慰问活动,镇长王建国来到困难群众家中慰问。")
    assert _entries(page)[0] == ("把温暖送到群众心坎上", False)


def test_those_who_wait_to_greet_a_guest_take_the_role():
    found = {p.name: [x.role for x in p.roles] for r in extract_text("本报讯 市长王建国、副市长李明在机场迎候来访的代表团。")
             for p in r.persons}
    assert "迎候" in found.get("王建国", ())


# --- words of time read as names (issue 17: persons) ----------------------------------------------------------

def test_a_word_of_time_is_no_name():
    found = _titles("2010年,中组部选派66名干部到地方任职,时年47岁的王正谱入选。国务院评估后,于今年9月正式退出。")
    assert "时年" not in found and "于今年" not in found and "王正谱" in found


def test_a_list_label_that_names_its_side_first_gives_its_verb_to_everyone_listed():
    found = {p.name: [x.role for x in p.roles]
             for r in extract_text("上海方面出席的领导还有:市委副书记王安顺,市委常委冯国勤等。") for p in r.persons}
    assert found.get("王安顺") == ["出席"] and found.get("冯国勤") == ["出席"]


def test_a_gathering_of_a_programme_named_in_corner_quotes_is_an_event_named_without_them():
    text = ("【本报讯】行政长官王建国将于下周四至周六率团访问东江省。王建国将于周四晚上飞抵东湖市,与东江省领导会面,"
            "翌日再出席「东港经贸交流会」;参观东湖市城市规划展示馆。")
    names = [e.name for r in extract_text(text, date="2014-01-17") for e in r.events]
    assert "东港经贸交流会" in names
