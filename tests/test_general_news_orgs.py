"""Organizations in general and central news (issue 20): error classes read on People's Daily 1998 paragraphs
(`benchmarks/pd98.py score -v`) and field-dev, each closed here on invented sentences.
"""
from __future__ import annotations

from extract import extract_text


def _orgs(text: str) -> list[str]:
    [record] = extract_text(text, date="2021-03-10")
    return [o.name for o in record.organizations]


def _titles(text: str) -> list[tuple[str, str | None]]:
    [record] = extract_text(text, date="2021-03-10")
    return [(t.post, t.org) for p in record.persons for t in p.titles]


def test_a_cited_agency_is_named_without_the_preposition_that_cites_it():
    assert "新华社" in _orgs("据新华社北京3月5日电 国务院副总理甘立明今天会见了来访的客人。")
    assert not any(o.startswith("据") for o in _orgs("据新华社北京3月5日电 国务院副总理甘立明今天会见了来访的客人。"))
    assert "新华社" in _orgs("他说据新华社消息,会议将于下月举行。")


def test_a_correspondent_posted_abroad_reports_for_the_paper():
    assert _titles("本报驻德国记者甘立明报道:") == [("记者", "本报")]


def test_with_no_place_an_organization_does_not_run_back_over_a_preposition_or_a_measure_word():
    assert _orgs("伤员被迅速送至医院抢救。") == []
    assert _orgs("那面锦旗挂在江城联合医院的门诊大厅。") == ["江城联合医院"]
    assert "几所华文学校" not in _orgs("他先后走访了几所华文学校。")
    # what stands inside names stays
    assert _orgs("第一批援外医疗队昨天出发。") == ["第一批援外医疗队"]
    assert "浙江在线" in _orgs("浙江在线记者从会上获悉。")


def test_an_event_verb_after_a_place_opens_no_organization():
    assert _orgs("集团昨天在江城举行董事会会议。") == []


def test_international_bodies_are_organizations_where_they_stand_as_themselves():
    assert _orgs("联合国秘书长表示欢迎。") == ["联合国"]
    assert _orgs("他访问了世界银行和国际货币基金组织。") == ["世界银行", "国际货币基金组织"]
    # the union named for its member states is the union (news corpora's gold); not one of several groups of
    # states, an award, a forum's yearly edition or a name joined by a dash
    assert _orgs("东盟国家的代表参加了会议。") == ["东盟"]
    assert _orgs("扩大了与东盟和南亚国家的经贸往来。") == []
    assert _orgs("该城市获得联合国人居奖。") == []
    assert _orgs("确保博鳌亚洲论坛2018年年会顺利举行。") == []
    assert "东盟" not in _orgs("加快中国—东盟自由贸易区建设。")


def test_a_team_by_the_place_it_plays_for_is_an_organization():
    assert _orgs("中国队以3比1战胜日本队。") == ["中国队", "日本队"]
    assert _orgs("中国女排夺得冠军。") == ["中国女排"]
    assert _orgs("中国队员表现出色。") == []


def test_a_university_and_its_president_leave_no_school_across_them():
    assert _titles("英国牛津大学校长卢卡斯出席了仪式。") == [("校长", "英国牛津大学")]
    assert _orgs("英国牛津大学校长卢卡斯出席了仪式。") == ["英国牛津大学"]
