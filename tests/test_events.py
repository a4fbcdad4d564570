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
    assert rec.events[0].name == "赵明钱进会见某国某市代表团一行"


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
