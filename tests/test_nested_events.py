"""Activities told inside another one (``extract.nested_events``): an oath at a session, an agreement signed
during a visit, a symposium held during an inspection.  Invented text, written as real pages print it.
"""
from __future__ import annotations

from extract import extract_text


def _events(text: str, date: str | None = "2021-03-10"):
    [record] = extract_text(text, date=date)
    return [(e.name, e.kind.value, [p.name for p in e.participants]) for e in record.events]


def test_the_oath_after_a_sessions_appointments_is_an_event_of_those_appointed():
    events = _events("3月9日,市人大常委会召开第二十八次会议,市人大常委会主任葛志平主持会议。"
                     "会议决定任命项立新为市交通运输局局长。随后,会议举行了宪法宣誓仪式。")
    assert events[0] == ("市人大常委会第二十八次会议", "session", ["葛志平"])
    assert events[1] == ("项立新宪法宣誓仪式", "ceremony", ["项立新"])     # the appointee is at the oath only


def test_an_oath_naming_no_one_is_called_by_its_session():
    events = _events("3月9日,市人大常委会召开第二十八次会议,市人大常委会主任葛志平主持会议。会议举行了宪法宣誓仪式。")
    assert events[1][:2] == ("市人大常委会第二十八次会议宪法宣誓仪式", "ceremony")


def test_an_agreement_signed_during_a_visit_is_a_signing_of_its_own():
    events = _events("3月9日,省长王文涛率代表团访问东戈壁省。访问期间,王文涛会见了东戈壁省省长巴特尔。"
                     "当天,上饶市与东戈壁省签署了友好城市协议书。")
    signing = [e for e in events if e[1] == "signing"]
    assert [e[0] for e in signing] == ["上饶市与东戈壁省签署友好城市协议书"]


def test_who_signed_is_read_from_the_sentence_after():
    events = _events("3月2日,国务院某委和某自治区在北京召开援建工作座谈会,双方还签署了战略合作备忘录。"
                     "王志勇、陈卫东代表双方在备忘录上签字。")
    assert ("双方签署战略合作备忘录", "signing", ["王志勇", "陈卫东"]) in events


def test_a_symposium_held_during_an_inspection_is_an_event_with_who_held_it():
    events = _events("3月9日,市长王建国到北湖区调研,考察了东风街道人大代表联络站,并召开座谈会。"
                     "座谈会上,区长李明华汇报了工作。")
    assert events[0][0] == "王建国到北湖区调研"
    assert events[1] == ("王建国召开座谈会", "forum", ["王建国", "李明华"])


def test_an_act_recalled_or_still_to_come_is_no_event():
    events = _events("3月9日,市长王建国会见了彼尔姆市代表团。王建国说,自2003年两市签署友好合作关系意向书以来,"
                     "双方合作成果丰硕。两市将签署新的合作协议。")
    assert [e[1] for e in events] == ["meeting"]


def test_a_symposium_report_holds_no_symposium_inside_itself():
    events = _events("3月9日,县委书记周承德主持召开企业家座谈会,与企业家座谈交流。")
    assert len(events) == 1


def test_persons_named_in_a_documents_title_are_not_at_the_meeting_that_studies_it():
    events = _events("3月9日,县长刘明德主持召开县政府常务会议。会议传达学习了《孟祥林、王远航同志在市纪委全会上的讲话》精神。")
    assert events[0][2] == ["刘明德"]


def test_talking_with_those_visited_is_part_of_the_visit():
    # the user's own gold: 与高层次人才某某等座谈交流 during a visit is no event of its own; a symposium held (召开) is
    events = _events("9月25日,区委书记金承华来到某生物技术有限公司,与高层次人才李因来等座谈交流。")
    assert len(events) == 1
