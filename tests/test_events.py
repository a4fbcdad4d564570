"""Events and roles on real-shaped reports: activities, participants in listed order, dates, objects."""
from __future__ import annotations

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
