"""Round 46: classes found with ``benchmarks/gold_probes.py orgs`` (the field gold's organization names read alone)
and by reading real local papers' reports of congress sittings, village and zone news, closed with invented
sentences of the same shapes (every name, place and body here is made up).
"""
from __future__ import annotations

from extract import extract_text

DATE = "2025-03-10"


def _kinds(text: str) -> dict[str, str]:
    return {o.name: o.kind.value for r in extract_text(text, date=DATE) for o in r.organizations}


# --- local places no lexicon lists ---------------------------------------------------------------------------------


def test_a_village_sumu_or_town_by_its_own_name_places_its_organ():
    assert _kinds("王明在桦树沟村村委会召开座谈会。")["桦树沟村村委会"] == "government"
    assert _kinds("柳湾村党总支组织党员开展志愿服务。") == {"柳湾村党总支": "party"}
    assert _kinds("巴彦淖尔图苏木党委召开专题会议。") == {"巴彦淖尔图苏木党委": "party"}
    assert _kinds("伍堡镇党委、政府高度重视此项工作。")["伍堡镇党委"] == "party"      # 堡 after 伍: a jurisdiction's char inside


def test_a_kind_of_village_or_an_act_before_the_committee_names_no_village():
    assert _kinds("贫困村党支部书记参加培训。") == {}
    assert _kinds("会议讨论研究村委会换届选举问题。") == {}
    assert _kinds("我国实行民主选举村委会的制度。") == {}
    assert "农业农村工委" not in _kinds("市委农业农村工委召开会议。")
    assert _kinds("市委农业农村工委召开会议。") == {"市委农业农村工委": "party"}


def test_a_zone_by_its_own_name_places_its_organ():
    assert _kinds("青湾新区党工委召开扩大会议。") == {"青湾新区党工委": "party"}
    assert _kinds("王明到梨花经济开发区管委会调研。") == {"梨花经济开发区管委会": "government"}
    assert _kinds("省级开发区管委会负责人参加培训。") == {}


# --- bodies inside bodies -------------------------------------------------------------------------------------------


def test_a_committee_of_the_cppcc_is_named_with_it():
    assert _kinds("市政协社会法制工作委员会召开座谈会。") == {"市政协社会法制工作委员会": "other"}
    assert "县政协常务委员会" in _kinds("县政协常务委员会举行会议。")


def test_a_party_body_inside_a_firm_or_a_ministry_is_named_with_it():
    kinds = _kinds("恒川重工集团有限公司党委召开中心组学习会。")
    assert kinds["恒川重工集团有限公司党委"] == "party" and kinds["恒川重工集团有限公司"] == "company"
    assert _kinds("文化部党组召开会议。")["文化部党组"] == "party"


def test_a_democratic_partys_local_committee_written_short():
    assert _kinds("民革江北省委会召开全委会。")["民革江北省委会"] == "party"
    assert _kinds("民建东川市委会主委王立新出席。") == {"民建东川市委会": "party"}
    # 市委|会同, 县委|会商: the party committee and a verb
    assert _kinds("市委会同市政府召开专题会议。") == {"市委": "party", "市政府": "government"}
    assert _kinds("县委会商有关事项。") == {"县委": "party"}


def test_a_unit_of_an_organ_is_named_with_it():
    # (县委台办, 外交部领事司, 省外办领事处: an office, department or division of the organ named right before it)
    assert _kinds("县委台办召开专题会议。") == {"县委台办": "party"}
    assert _kinds("外交部礼宾司召开会议。") == {"外交部礼宾司": "government"}
    assert _kinds("省外办领事处召开会议。") == {"省外办领事处": "government"}
    # a 司 alone ends no name (某某名将白圭司: a person's name), nor does 大局 (市委|工作大局)
    assert _kinds("日本速滑名将白圭司出席。") == {}
    assert _kinds("各部门要服从县委工作大局。") == {"县委": "party"}
