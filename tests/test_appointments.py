"""Issue 21: the decisions an article states (任命, 免去, 当选, 提名, 拟任, 辞去, 代理), read by
``extract.appointments`` through the full Extractor.

Every sentence here is invented: names, places and bodies are made up.
"""
from __future__ import annotations

import json

import pytest

from extract import extract_text
from extract.appointments import find_appointments
from extract.jsonio import record_from_json, record_to_json
from extract.records import AppointmentAction, Person
from extract.vocab import Vocabulary, vocabulary

DATE = "2021-03-08"


def entries(text: str, **kw) -> list[tuple[str, str, str, str | None]]:
    return [(a.name, a.action.value, a.post, a.org)
            for r in extract_text(text, date=DATE, **kw) for a in r.appointments]


def appointments(text: str, **kw):
    return [a for r in extract_text(text, date=DATE, **kw) for a in r.appointments]


@pytest.mark.parametrize("text, expected", [
    # 人大常委会 decisions
    ("青河市人大常委会会议决定任命韦立新为青河市人民政府副市长;免去蒋文斌的青河市人民政府副市长职务。",
     [("韦立新", "appoint", "副市长", "青河市人民政府"), ("蒋文斌", "remove", "副市长", "青河市人民政府")]),
    ("会议表决通过,任命蒋文斌、唐海涛同志为青河市监察委员会副主任。",
     [("蒋文斌", "appoint", "副主任", "青河市监察委员会"), ("唐海涛", "appoint", "副主任", "青河市监察委员会")]),
    # a title chain before the name
    ("会议决定任命县委副书记纪明清同志为白河县人民政府副县长。", [("纪明清", "appoint", "副县长", "白河县人民政府")]),
    # government notices
    ("钱小梅任青河市财政局局长;免去严国庆青河市财政局副局长职务。",
     [("钱小梅", "appoint", "局长", "青河市财政局"), ("严国庆", "remove", "副局长", "青河市财政局")]),
    # elections
    ("经投票选举,褚国华当选为青河市市长。", [("褚国华", "elect", "市长", "青河市")]),
    ("大会选举祁文静为白河县人大常委会主任,邵建明为白河县人民法院院长。",
     [("祁文静", "elect", "主任", "白河县人大常委会"), ("邵建明", "elect", "院长", "白河县人民法院")]),
    ("大会补选卫东升为白河县副县长。", [("卫东升", "elect", "副县长", "白河县")]),
    # nominations drop 候选人
    ("中共青河市委决定,提名施海东为青河市市长候选人。", [("施海东", "nominate", "市长", "青河市")]),
    # resignations
    ("会议决定接受鲍立群辞去青河市市长职务的请求。", [("鲍立群", "resign", "市长", "青河市")]),
    # 不再担任 and posts after a comma before 职务
    ("柯文华不再担任青河市委书记、常委,青河经济开发区党工委书记职务。",
     [("柯文华", "remove", "书记", "青河市委"), ("柯文华", "remove", "常委", "青河市委"),
      ("柯文华", "remove", "书记", "青河经济开发区党工委")]),
])
def test_decisions_of_every_kind(text, expected):
    assert entries(text) == expected


def test_an_acting_post_in_a_decision_is_its_own_entry_of_the_same_organ():
    assert entries("会议决定任命唐海涛为白河县人民政府副县长、代理县长。") == [
        ("唐海涛", "appoint", "副县长", "白河县人民政府"), ("唐海涛", "acting", "县长", "白河县人民政府")]


def test_acting_after_a_comma_and_qi_refer_to_the_person_just_appointed():
    assert entries("会议决定任命邵海平为青河市副市长,代理青河市市长职务。") == [
        ("邵海平", "appoint", "副市长", "青河市"), ("邵海平", "acting", "市长", "青河市")]
    assert ("廖国安", "acting", "省长", "东临省") in entries("会议决定任命廖国安为东临省副省长,决定其为代理省长。")


def test_news_of_a_party_decision_gives_one_entry_per_post():
    text = "会上宣布了省委关于詹国栋同志任职的决定:詹国栋同志任青河市委委员、常委、书记。"
    assert entries(text) == [("詹国栋", "appoint", p, "青河市委") for p in ("委员", "常委", "书记")]


def test_a_publicity_notice_proposes_the_person_its_paragraph_opens_with():
    text = ("青河市委组织部任前公示\n柏建新,男,1975年6月生,汉族,大学学历,曾任白河县副县长,现任白河县委常委,"
            "拟任白河县县长。\n廖建平,男,1978年3月生,拟提名为白河县人民法院院长候选人。")
    assert entries(text) == [("柏建新", "propose", "县长", "白河县"), ("廖建平", "propose", "院长", "白河县人民法院")]


def test_a_list_under_a_decision_word_and_a_heading_organ():
    text = ("青河市人大常委会任免名单\n一、青河市人民政府\n任命:\n邵建明为副市长;\n岳海峰为青河市商务局局长;\n"
            "免去:\n邱丽华的副市长职务。")
    assert entries(text) == [("邵建明", "appoint", "副市长", "青河市人民政府"),
                             ("岳海峰", "appoint", "局长", "青河市商务局"),
                             ("邱丽华", "remove", "副市长", "青河市人民政府")]


def test_a_list_of_names_after_the_posts():
    text = "会议选出的青河市政协第九届委员会副主席是:卫东升、钱小梅、严国庆。"
    assert entries(text) == [(n, "elect", "副主席", "青河市政协第九届委员会") for n in ("卫东升", "钱小梅", "严国庆")]


@pytest.mark.parametrize("text", [
    "出席会议的有市委书记柯文华、市长葛立民,副市长邵建明主持会议。",          # current titles in attendance lists
    "柯文华,男,1968年生,曾任白河县县长,历任青河市财政局局长。",                # careers
    "副市长葛立民分管农业农村工作。",                                            # 分管
    "原青河市市长葛立民因工作调动离开青河。",                                    # a departure, no decision
])
def test_no_decision_no_entry(text):
    assert entries(text) == []


def test_traditional_characters_are_read_after_normalisation():
    text = "會議決定任命韋立新為青河市人民政府副市長、代理市長;接受蔣文斌辭去青河市人民政府市長職務的請求。"
    assert entries(text) == [("韋立新".translate(str.maketrans("韋", "韦")), "appoint", "副市长", "青河市人民政府"),
                             ("韦立新", "acting", "市长", "青河市人民政府"),
                             ("蒋文斌", "resign", "市长", "青河市人民政府")]


def test_the_session_date_a_term_date_and_the_publication_date():
    text = "青河市人大常委会第三十次会议于2021年3月5日决定任命韦立新为青河市人民政府副市长,任期由4月1日起。"
    (a,) = appointments(text)
    assert a.date == "2021-03-05"
    (b,) = appointments("会议决定任命韦立新为青河市人民政府副市长。")
    assert b.date == DATE


def test_surface_span_and_organ_expanded_with_the_place():
    text = "会议决定任命韦立新为市人民政府副市长。"
    (rec,) = extract_text(text, date=DATE, locale="东临省/杭州市")
    (a,) = rec.appointments
    assert rec.article.text[a.span[0]:a.span[1]] == a.surface == "决定任命韦立新为市人民政府副市长"
    assert a.org == "市人民政府" and a.org_full == "杭州市人民政府"


def test_headline_and_body_give_one_entry_with_the_organ_the_body_writes():
    text = "青河市人大常委会任命韦立新为市政府副市长\n本报讯 5日,青河市人大常委会召开会议,决定任命韦立新为青河市人民政府副市长。"
    assert [(a.name, a.post, a.org) for a in appointments(text)] == [("韦立新", "副市长", "青河市人民政府")]


def test_json_round_trip_keeps_the_appointments():
    (rec,) = extract_text("会议决定接受鲍立群辞去青河市市长职务的请求。", date=DATE)
    line = json.loads(json.dumps(record_to_json(rec), ensure_ascii=False))
    assert line["appointments"][0]["action"] == "resign"
    back = record_from_json(line)
    assert back.appointments == rec.appointments


def test_the_pure_function_needs_no_extractor():
    text = "会议决定任命韦立新为青河市商务局局长。"
    got = find_appointments(text, persons=[Person("韦立新", spans=((6, 9),))], issue_date="2025-03-05",
                            vocab=vocabulary())
    assert [(a.name, a.action, a.post, a.org, a.date) for a in got] == [
        ("韦立新", AppointmentAction.APPOINT, "局长", "青河市商务局", "2025-03-05")]
    assert find_appointments("", persons=[], issue_date=None, vocab=vocabulary()) == ()


def test_a_user_lexicon_adds_a_decision_word(tmp_path):
    (tmp_path / "appointment_actions.tsv").write_text("# test\n平调\tappoint\tafter\n", encoding="utf-8")
    vocab = Vocabulary.load((str(tmp_path),))
    assert vocab.appointment_actions["平调"] == ("appoint", "after")
    text = "韦立新平调青河市商务局局长。"
    got = find_appointments(text, persons=[Person("韦立新", spans=((0, 3),))], issue_date=DATE, vocab=vocab)
    assert [(a.name, a.post) for a in got] == [("韦立新", "局长")]
    assert find_appointments(text, persons=[Person("韦立新", spans=((0, 3),))], issue_date=DATE,
                             vocab=vocabulary()) == ()


def test_the_posts_a_decision_names_are_titles_too():
    from extract.pipeline import extract_text

    text = ("会上宣布了省委决定:王海明同志任某市委书记,不再担任某市市长职务;"
            "提名李建平同志为某市市长候选人。")
    persons = {p.name: {t.post for t in p.titles} for r in extract_text(text, date="2024-05-06") for p in r.persons}
    assert {"书记", "市长"} <= persons["王海明"]
    assert "市长" not in persons.get("李建平", set())          # a nomination names a post not held
