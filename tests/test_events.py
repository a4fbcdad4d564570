"""Events and roles on real-shaped reports: activities, participants in listed order, dates, objects."""
from __future__ import annotations

import pytest

from extract import extract_text



def one(text: str, date: str = "2025-09-26"):
    recs = extract_text(text, date=date)
    assert len(recs) == 1
    return recs[0]


def test_participants_keep_the_order_of_the_listing():
    rec = one("本报讯 25日,2025年全市招商大会举行。市委书记赵明,市长钱进致辞,市领导孙丽、李强出席。")
    [event] = rec.events
    assert [p.name for p in event.participants] == ["赵明", "钱进", "孙丽", "李强"]
    assert [p.order for p in event.participants] == [1, 2, 3, 4]
    assert event.date == "2025-09-25"
    assert event.name == "2025年全市招商大会"


def test_the_person_visited_is_a_participant_without_a_role():
    rec = one("本报讯 22日,区长钱进走访慰问困难群众孙丽。李强参加。")
    roles = {p.name: p.roles for e in rec.events for p in e.participants}
    assert roles["孙丽"] == ()
    assert set(roles["钱进"]) == {"走访", "慰问"}
    assert roles["李强"] == ("参加",)


def test_separate_visits_and_a_meeting_before_a_signing_are_activities_of_their_own():
    text = ("本报讯 连日来,市委书记赵明,市长钱进等市领导分别带队走访慰问驻地部队官兵。\n"
            "赵明一行来到某部,参观营区文化长廊。孙丽陪同。\n"
            "钱进走访慰问了退役军人李强。\n"
            "签约前,赵明会见了周平一行。")
    rec = one(text)
    people = [sorted(p.name for p in e.participants) for e in rec.events]
    assert people[0] == ["赵明", "钱进"]
    assert ["孙丽", "赵明"] in people and ["李强", "钱进"] in people and ["周平", "赵明"] in people



def test_who_attended_listed_after_a_meeting_held_before_the_signing_attended_the_signing():
    text = ("本报讯 昨日,市政府与某某科技有限公司战略合作协议签约仪式举行。市委书记赵明出席。\n"
            "签约前,赵明会见了周平一行。\n"
            "市领导孙丽、李强出席。市发展改革委相关负责人参加。")
    rec = one(text)
    main, meeting = rec.events
    assert [p.name for p in main.participants] == ["赵明", "孙丽", "李强"]
    assert [p.order for p in main.participants] == [1, 2, 3]
    assert sorted(p.name for p in meeting.participants) == ["周平", "赵明"]
    # after an activity that followed the main one (会后), the list stays with that activity
    rec = one(text.replace("签约前,", "会后,"))
    assert sorted(p.name for p in rec.events[1].participants) == ["周平", "孙丽", "李强", "赵明"]

def test_reporters_and_doctrine_authors_are_never_participants():
    rec = one("本报讯(记者 周平)25日,全区干部大会召开。区委书记赵明出席并讲话。"
              "他强调,要深入学习贯彻习近平总书记关于基层治理的重要论述。")
    names = {p.name for e in rec.events for p in e.participants}
    assert "赵明" in names and "周平" not in names and "习近平" not in names


def test_sample_page_events_against_the_gold(gold_page, sample_text):
    recs = extract_text(sample_text)
    by_headline = {r.article.headline: r for r in recs}
    for art in gold_page["articles"]:
        rec = by_headline[art["headline"]]
        got = {p.name for e in rec.events for p in e.participants}
        want = {n for e in art["events"] for n in e["participants"]}
        assert want <= got, (art["headline"], want - got)


def test_place_host_and_visited_units_when_the_text_states_them():
    rec = one("本报讯 25日,由市政府主办的2025年全市招商大会在西湖国宾馆举行。市长钱进致辞。")
    [event] = rec.events
    assert event.place == "西湖国宾馆"
    assert event.host == "市政府"
    rec = one("本报讯 24日,区长钱进来到杭州博岳生物技术有限公司、新城电子(杭州)有限公司,走访慰问高层次人才。")
    [event] = rec.events
    assert event.visited == ("杭州博岳生物技术有限公司", "新城电子(杭州)有限公司")
    assert event.place == "杭州博岳生物技术有限公司"


# --- issue 19: names, types and dates a reader would write, and the scorer's measures --------------

def test_a_named_meeting_is_called_by_its_full_name_and_is_a_session():
    rec = one("本报讯 12月28日,某某县某镇第十九届人民代表大会第二次会议召开。镇党委书记赵明主持会议。",
              date="2025-12-30")
    [event] = rec.events
    assert event.name == "某某县某镇第十九届人民代表大会第二次会议"
    assert event.kind.value == "session"
    assert event.date == "2025-12-28"


def test_an_activity_is_called_by_subject_verb_and_object_without_titles():
    rec = one("县委书记赵明会见某国某市代表团\n本报讯 24日,县委书记赵明,县长钱进会见了某国某市代表团一行。")
    [event] = rec.events
    assert event.name == "赵明会见某国某市代表团"
    rec = one("本报讯 24日,县委书记赵明,县长钱进在县行政中心会见了某国某市代表团一行,双方就合作交换意见。")
    assert rec.events[0].name == "赵明钱进会见某国某市代表团"


@pytest.mark.parametrize("text, kind", [
    ("本报讯 25日,某镇便民服务中心启用仪式举行。镇长赵明出席。", "ceremony"),
    ("本报讯 25日,全县村干部专题培训班开班。县委副书记赵明出席。", "training"),
])
def test_ceremonies_and_trainings_have_their_types(text, kind):
    [event] = one(text).events
    assert event.kind.value == kind


def test_names_are_never_empty_nor_longer_than_thirty_characters():
    rec = one("本报讯 按照上级统一安排,经镇党委研究,25日,镇长赵明带领镇农办、水利站、综治办、派出所、"
              "市场监管所等部门负责同志深入全镇各村各企业开展汛期安全生产大检查工作。")
    assert rec.events and all(0 < len(e.name) <= 30 for e in rec.events)
    assert not rec.events[0].name.startswith("按照")


def test_a_web_page_stamp_is_no_event_date_and_a_headline_keeps_no_metadata():
    text = ("某区政协主席赵明到某某社区调研\n时间:2025-08-22 09:58 来源:某某网\n"
            "8月21日上午,区政协主席赵明到某某社区调研,街道党工委书记钱进陪同。")
    [event] = one(text, date="2025-08-22").events
    assert event.date == "2025-08-21"
    assert event.name == "赵明到某某社区调研"


def test_a_chronicle_counts_its_days_in_the_month_of_its_heading():
    rec = one("(2025年5月)\n\n3日,县委书记赵明主持召开县委常委会会议。县长钱进出席。", date="2025-08-10")
    assert rec.events[0].date == "2025-05-03"


@pytest.mark.parametrize("text, base, date", [
    ("昨(17)日,某县项目集中签约", "2025-08-18", "2025-08-17"),
    ("于今(二十四日)下午抵达", "2025-05-24", "2025-05-24"),
    ("3月8日至11日,省调研组来我市", "2025-09-11", "2025-03-08"),
    ("时间:2025-08-22 09:588月22日上午", "2025-08-30", "2025-08-22"),
])
def test_event_dates_read_as_a_reader_would(text, base, date):
    from extract.dates import find_event_dates

    assert find_event_dates(text, base)[-1].date == date


def test_a_dateline_date_is_not_the_event_date():
    rec = one("某某网某站1月8日报道  1月7日下午,副市长赵明到某某工业园调研,副县长钱进陪同调研。",
              date="2025-01-08")
    assert rec.events[0].date == "2025-01-07"


def test_arrival_and_listening_are_roles():
    rec = one("本报讯 25日,某国某市市长赵明一行到访我县。县长钱进会见了赵明一行。\n"
              "26日,县人大代表孙丽、李强旁听县法院庭审。")
    roles = {p.name: {r.role for r in p.roles} for p in rec.persons}
    assert "到访" in roles["赵明"] and "会见" not in roles["赵明"]
    assert roles["孙丽"] == {"旁听"} and roles["李强"] == {"旁听"}


def test_scorer_matches_events_by_jaccard_or_by_name_and_measures_names_and_dates():
    from benchmarks.score_gold import lcs_f, score

    assert lcs_f("赵明会见某国代表团", "赵明会见某国代表团") == 1.0
    assert round(lcs_f("赵明会见代表团", "赵明会见某国代表团"), 3) == round(2 * 7 / (7 + 9), 3)
    assert lcs_f("", "会议") == 0.0

    def art(events):
        return {"index": 1, "headline": "两场活动", "persons": [], "organizations": [],
                "events": [{"name": n, "date": d, "participants": p} for n, d, p in events]}

    gold = [art([("赵明会见某国代表团", "2025-09-25", ["赵明", "钱进"]),
                 ("某镇便民服务中心启用仪式", "2025-09-24", []),
                 ("全县安全生产工作会议", None, ["孙丽", "李强", "周平"])])]
    pred = [art([("赵明会见代表团", "2025-09-25", ["赵明", "钱进", "孙丽"]),   # Jaccard 2/3
                 ("便民服务中心启用仪式", "2025-09-26", []),                 # by name
                 ("全县安全生产工作会议", None, ["孙丽"])])]                 # Jaccard 1/3: no match
    report = score(gold, pred)
    assert report.counts["events"].tp_gold == 2
    assert round(report.events.name_score, 3) == round((2 * 7 / 16 + 2 * 10 / 22) / 2, 3)
    assert (report.events.dates_right, report.events.dates_gold) == (1, 2)


# --- issue 19, round 2: which events an article reports, their dates and names -----------------------

def test_an_activity_that_names_nobody_is_no_event_and_one_session_is_one_event():
    text = ("某镇第五届人民代表大会第三次会议召开\n"
            "本报讯 5月10日,某镇召开第五届人民代表大会第三次会议。镇长赵明作政府工作报告。\n"
            "11日,某镇第五届人民代表大会第三次会议闭幕,钱进当选镇长。\n"
            "相关推荐\n")
    events = one(text, date="2025-05-12").events
    assert [e.name for e in events] == ["某镇第五届人民代表大会第三次会议"]
    # 钱进 is elected there, which does not place him at the sitting (the real-text gold's reading)
    assert [p.name for p in events[0].participants] == ["赵明"]


def test_a_part_that_only_goes_on_with_the_visit_belongs_to_it_and_a_meeting_held_is_its_own():
    text = ("本报讯 12月17日至19日,市委书记赵明带领考察组赴某州考察。\n"
            "18日,赵明一行先后来到某州指挥中心、某乡某村。\n"
            "随后,赵明一行察看了某园区。\n"
            "19日,考察组在某州宾馆召开座谈会,赵明、钱进出席。")
    events = one(text, date="2025-12-20").events
    assert len(events) == 2
    assert events[0].date == "2025-12-17" and [p.name for p in events[0].participants] == ["赵明"]
    assert events[1].date == "2025-12-19" and {p.name for p in events[1].participants} == {"赵明", "钱进"}


def test_a_delegations_visit_and_the_hosts_reception_are_two_events():
    text = ("本报讯 24日,某国某市市长赵明率某市代表团来我市访问。\n"
            "市领导钱进、孙丽会见客人。钱进对客人的到来表示欢迎。")
    visit, reception = one(text, date="2025-09-26").events
    assert [p.name for p in visit.participants] == ["赵明"]
    assert [p.name for p in reception.participants][:2] == ["钱进", "孙丽"]
    assert reception.name == "钱进孙丽会见客人"


def test_a_sentence_that_opens_with_a_day_starts_that_days_activity():
    text = ("本报讯 8月12日至13日,某市委书记赵明带领考察团来我市考察。"
            "13日上午,市委书记钱进主持召开座谈会,与考察团一行座谈交流。")
    visit, meeting = one(text, date="2025-08-14").events
    assert (visit.date, meeting.date) == ("2025-08-12", "2025-08-13")


def test_a_date_that_cites_an_earlier_meeting_is_not_the_events_date():
    text = "本报讯 按照5月6日市委书记赵明在某地召开的座谈会的讲话精神,5月12日,区长钱进带队赴北京开展招商活动。"
    [event] = one(text, date="2025-05-19").events
    assert event.date == "2025-05-12"


def test_a_bulletin_item_mark_does_not_hide_its_date():
    [event] = one("■ 3月14日至18日,副省长赵明赴某市检查安全生产工作,强调要抓好安全生产各项", date="2025-03-19").events
    assert event.date == "2025-03-14"


@pytest.mark.parametrize("url, day", [
    ("http://example.gov.cn/html/a/202010/0160376629871977.html", "2020-10-31"),
    ("https://news.example.cn/n/20230117/5b2d23d6-740c.html", "2023-01-17"),
    ("https://example.gov.cn/zfgb2008/2008_04/202409/t20240929_1297506.html", "2008-04-30"),
    ("http://example.gov.cn/content/detail/5742ce79729fcaff14168310.html", None),
    (None, None),
])
def test_the_day_a_web_address_was_filed_under(url, day):
    from extract.undated import date_from_address

    assert date_from_address(url) == day


def test_an_undated_page_counts_its_event_dates_from_its_address(tmp_path):
    import json

    from extract import ExtractConfig, extractor, read_inputs

    path = tmp_path / "a.jsonl"
    record = {"id": "a", "text": "9月29日,区委书记赵明主持召开专题会议,研究某项目相关工作。",
              "url": "http://example.gov.cn/html/a/202010/0160376629871977.html"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [source] = list(read_inputs([str(path)]))
    [rec] = extractor(ExtractConfig())(source)
    assert rec.article.date is None
    assert rec.events[0].date == "2020-09-29"


def test_a_page_with_no_date_anywhere_dates_by_the_latest_year_it_writes(tmp_path):
    import json

    from extract import ExtractConfig, extractor, read_inputs

    path = tmp_path / "a.jsonl"
    record = {"id": "a", "url": "http://example.gov.cn/content/detail/5742ce79729fcaff.html",
              "text": "本报讯 12月29日下午,某镇第十六届人民代表大会第三次会议召开。镇长赵明作政府工作报告,总结了2015年"
                      "以来的工作,安排部署了2016年工作任务。\n30日,镇长赵明主持召开专题会议。"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [source] = list(read_inputs([str(path)]))
    dates = [e.date for rec in extractor(ExtractConfig())(source) for e in rec.events]
    assert dates == ["2016-12-29", None]          # a day alone, with no month, has no year to count from


@pytest.mark.parametrize("text, name", [
    ("本报讯 5月10日上午,某镇召开第十八届人民代表大会第六次会议。镇长赵明作报告。", "某镇第十八届人民代表大会第六次会议"),
    ("本报讯 9月28日,县十七届人大常委会举行第五次会议。县人大常委会主任赵明出席会议。", "县十七届人大常委会第五次会议"),
    ("本报讯 5日,赵明、钱进、孙丽专程到某烈士陵园,凭吊英烈。", "赵明等到某烈士陵园凭吊英烈"),
    ("本报讯 12日,县委书记赵明会见以某市委书记钱进为团长的某市党政代表团一行。", "赵明会见某市党政代表团"),
    ("本报讯 行政长官赵明将于明日(十二月二十一日)下午至二十四日到北京述职。", "赵明到北京述职"),
    ("本报讯 23日,县长赵明与某某有限公司董事长钱进一行座谈交流。", "赵明与钱进一行座谈交流"),
])
def test_names_a_reader_would_write(text, name):
    assert one(text, date="2025-12-20").events[0].name == name


@pytest.mark.parametrize("name, tidied", [
    ("▲某县议会访问团拜会某市政府", "某县议会访问团拜会某市政府"),
    ("【要闻】某区议会考察交流团来穗参观考察", "某区议会考察交流团来穗参观考察"),
    ("赵明到某县检查指导防汛工作7月8日", "赵明到某县检查指导防汛工作"),
    ("赵明会见某国嘉宾(组委会供图)", "赵明会见某国嘉宾"),
    ("2017“某市日”城市形象推介活动", "2017“某市日”城市形象推介活动"),
])
def test_a_name_keeps_none_of_the_page_around_it(name, tidied):
    from extract.event_names import tidy

    assert tidy(name) == tidied


def test_a_name_leaves_out_the_day_and_a_trailing_yixing():
    from extract.event_names import tidy

    assert tidy("郭某16日率领参访团抵达台北") == "郭某率领参访团抵达台北"
    assert tidy("朱某会见某市经济考察团一行") == "朱某会见某市经济考察团"
    assert tidy("第18届运动会") == "第18届运动会"


def test_a_session_written_short_is_a_session_and_stands_with_no_one_named():
    from extract.pipeline import extract_text

    recs = extract_text("十四届全国人大三次会议3月5日在北京开幕。近3000名代表出席大会。", date="2025-03-05")
    assert [(e.kind.value, e.participants) for e in recs[0].events] == [("session", ())]
    recs = extract_text("本报讯 5日,县十七届人大常委会第五次会议召开,县人大常委会主任王明主持。", date="2025-03-06")
    assert recs[0].events[0].kind.value == "session"      # a standing committee's sitting (as the field gold has it)
    recs = extract_text("本报讯 5日,县十七届人大常委会第二十次主任会议召开,县人大常委会主任王明主持。", date="2025-03-06")
    assert recs[0].events[0].kind.value == "meeting"      # its directors' meeting
