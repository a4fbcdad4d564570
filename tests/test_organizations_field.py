"""Organizations as real local news writes them (issue 17): group nouns, source lines, company lists,
left boundaries and the kind of long formal organs.  Every sentence here is invented."""
from __future__ import annotations

import pytest

from extract import extract_text


def _orgs(text: str) -> dict[str, str]:
    return {o.name: o.kind.value for record in extract_text(text) for o in record.organizations}


@pytest.mark.parametrize("text, name, kind", [
    ("9日上午,考察团一行参观了青禾农业示范园。", "考察团", "other"),
    ("座谈会上,视察组听取了有关工作汇报。", "视察组", "other"),
    ("各民主党派、工商联负责人列席会议。", "工商联", "association"),
])
def test_a_group_or_body_named_by_its_noun_alone(text, name, kind):
    assert _orgs(text).get(name) == kind


def test_a_delegation_is_other_whatever_its_members():
    assert _orgs("11日,青田县代表团抵达会场。").get("青田县代表团") == "other"


@pytest.mark.parametrize("text, name, kind", [
    ("会议由海川区第八届人民代表大会常务委员会主任张明远主持。",
     "海川区第八届人民代表大会常务委员会", "congress"),
    ("政协青禾县第十届委员会主席李德华出席。", "政协青禾县第十届委员会", "other"),
    ("县政协党组书记王振华讲话。", "县政协党组", "party"),
    ("会后,平阳县人民代表大会常务委员会办公室发出通知。", "平阳县人民代表大会常务委员会办公室", "congress"),
])
def test_the_kind_of_a_committee_is_the_kind_of_its_body(text, name, kind):
    assert _orgs(text).get(name) == kind


def test_a_source_line_names_its_publisher_and_a_reprint_notice_does_not():
    text = "全县防汛工作会议召开。\n来源:云岭网 作者:李明 编辑:赵红\n"
    notice = "凡注明“来源:彩云网”的作品,转载请注明出处。"
    assert (_orgs(text).get("云岭网"), "彩云网" in _orgs(notice)) == ("media", False)


def test_short_company_names_in_a_visit_list():
    text = "王建国先后来到金禾农业、绿源纺织、恒达机械等企业调研。"
    orgs = _orgs(text)
    assert {n: orgs.get(n) for n in ("金禾农业", "绿源纺织", "恒达机械")} == {
        "金禾农业": "company", "绿源纺织": "company", "恒达机械": "company"}


def test_a_place_joined_by_a_conjunction_stays_out_of_the_name():
    orgs = _orgs("签约仪式上,平阳县与云峰新材料有限公司签订合作协议。")
    assert "云峰新材料有限公司" in orgs
    assert not any(n.startswith("平阳县与") for n in orgs)


@pytest.mark.parametrize("text, name", [
    ("会议由州委宣传部承办。", "州委宣传部"),
    ("市委常委会召开会议,研究部署有关工作。", "市委常委会"),
    ("由市委督查室通报检查情况。", "市委督查室"),
    ("会前,县委理论学习中心组开展集体学习。", "县委理论学习中心组"),
])
def test_a_unit_extends_over_the_organ_it_belongs_to(text, name):
    assert name in _orgs(text)


def test_organizing_some_deputies_is_no_organization_department_but_the_department_is():
    assert ("镇人大组织部" in _orgs("12日,镇人大组织部分代表开展视察活动。"),
            "市委组织部" in _orgs("会议由市委组织部主办。")) == (False, True)


def test_a_caption_cue_is_not_part_of_the_name():
    orgs = _orgs("图为代表团在东山镇参观。")
    assert "代表团" in orgs and "图为代表团" not in orgs


def test_a_development_zone_opens_its_organs_names():
    from extract.pipeline import extract_text

    orgs = [o.name for r in extract_text("开发区人民法院、高新区管委会负责人参加。推动园区建设。", date="2023-10-10")
            for o in r.organizations]
    assert orgs == ["开发区人民法院", "高新区管委会"]
