"""Round 46: classes found with ``benchmarks/gold_probes.py`` (the field gold's organization names, one-title persons
and event types read in invented contexts) and by reading real local papers' reports of congress sittings and
appointments, company visits and village visits, closed with invented sentences of the same shapes (every name, place
and body here is made up).
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
    assert _kinds("禾市镇党委、政府高度重视此项工作。")["禾市镇党委"] == "party"      # 市 inside a town's own name


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


def test_an_outlets_local_station_or_channel_is_named_with_it():
    assert _kinds("王明接受红网新宁站记者采访。")["红网新宁站"] == "media"
    assert _kinds("据新华网河南频道报道，会议在郑州召开。")["新华网河南频道"] == "media"
    assert "红网新宁站" in _kinds("红网新宁站讯（通讯员 王明）5日，县里召开会议。")


def test_a_committee_whose_name_a_verb_cut_off_is_no_name():
    # (全市残疾人工作协调委员会: not 委员会 alone); 关心下一代工作委员会 is a body's name (关工委)
    assert _kinds("全市残疾人工作协调委员会召开全体会议。") == {}
    assert _kinds("宜丰县关心下一代工作委员会召开会议。") == {"宜丰县关心下一代工作委员会": "party"}


def test_a_congress_or_cppcc_committee_by_its_short_or_economic_name():
    # (省人大民侨外委, 市政协经济城建委员会, 县人大常委会财政经济工作委员会: 经济 opens a word, no preposition 经)
    assert _kinds("省人大民侨外委召开会议。") == {"省人大民侨外委": "congress"}
    assert _kinds("市政协经济科技委员会召开座谈会。") == {"市政协经济科技委员会": "other"}
    assert _kinds("县人大常委会财政经济工作委员会召开会议。") == {"县人大常委会财政经济工作委员会": "congress"}
    assert _kinds("省人大财经委员会召开全体会议。") == {"省人大财经委员会": "congress"}
    assert _kinds("市委和政府高度重视。") == {"市委": "party"}          # 和 between a word and nothing: no unit


def test_a_firms_line_of_business_may_hold_a_verb():
    # (正大电气照明有限公司, 某市粮油土产品进出口公司: 照明 and 出口 are the firm's business, not acts)
    assert _kinds("恒光电气照明有限公司召开年会。") == {"恒光电气照明有限公司": "company"}
    assert _kinds("九江市粮油土产品进出口公司召开会议。") == {"九江市粮油土产品进出口公司": "company"}
    assert _kinds("各级部门要帮助公司解决困难。") == {}


def test_national_bodies_by_their_usual_short_names():
    assert _kinds("国侨办召开座谈会。") == {"国侨办": "government"}
    assert _kinds("中纪委召开全会。") == {"中纪委": "party"}
    assert _kinds("香港金管局发布公告。") == {"香港金管局": "government"}


def test_a_taiwan_partys_local_branch_is_named_with_the_party():
    assert _kinds("中国国民党花莲县党部召开会议。") == {"中国国民党花莲县党部": "party"}


def test_a_term_written_before_the_level_opens_the_bodys_name():
    # (九届县政协常委会, 第十二届市人大常委会: the body of that term)
    assert _kinds("九届县政协常委会召开第五次会议。") == {"九届县政协常委会": "other"}
    assert _kinds("王明出席第十二届市人大常委会会议。") == {"第十二届市人大常委会": "congress"}
    assert _kinds("区一届人大五次会议开幕。") == {}         # the session, not a body


def test_posts_that_hold_a_modifier_of_their_own():
    # (执行长: not 行长; 科技副县长, 联合主席, 联邦参议员: the post as written, not the organ's tail)
    def titles(text: str) -> list[tuple[str, str | None]]:
        return [(t.post, t.org) for r in extract_text(text, date=DATE) for p in r.persons for t in p.titles]
    assert titles("恒达生技公司执行长李明亮出席。") == [("执行长", "恒达生技公司")]
    assert titles("青河区人民政府科技副区长王德平出席。") == [("科技副区长", "青河区人民政府")]
    assert titles("某某友好协会联合主席卡尔·米勒出席。")[0][0] == "联合主席"


def test_a_countys_short_name_that_is_a_common_word_opens_no_name():
    # (闽港经济合作促进会: 合作 is 合作市's short name, but here a word inside the name; 合作市委 stays a place's)
    assert _kinds("闽港经济合作促进会召开年会。") == {"闽港经济合作促进会": "association"}
    assert _kinds("合作市委书记王明出席。") == {"合作市委": "party"}


def test_china_and_another_state_open_a_joint_bodys_name():
    assert _kinds("中俄人文合作委员会召开第五次会议。") == {"中俄人文合作委员会": "other"}
    assert _kinds("中美贸易摩擦加剧。") == {}


def test_a_verb_right_after_receiving_someone_is_the_guests():
    # (行政长官甲会见到访的某省委书记乙: 到访 is 乙's, in the relative clause of the guest)
    people = {p.name: [r.role for r in p.roles]
              for r in extract_text("行政长官贺明诚会见到访的广东省委书记王卫中一行。", date=DATE) for p in r.persons}
    assert people["贺明诚"] == ["会见"]


def test_words_inside_an_events_name_give_its_type_where_its_noun_does_not():
    from extract.event_kinds import event_kind
    from extract.vocab import vocabulary
    vocab = vocabulary()
    assert event_kind("某旗2024年十大重点项目集中开工", [], vocab).value == "ceremony"
    assert event_kind("某县招商小组赴厦门开展招商活动", [], vocab).value == "visit"
    assert event_kind("王明率队督察防汛工作", [], vocab).value == "inspection"
    assert event_kind("王明接受记者采访", [], vocab).value == "other"      # an interview, no visit


def _people(text: str) -> dict[str, tuple[list[tuple[str, str | None]], list[str]]]:
    return {p.name: ([(t.post, t.org) for t in p.titles], [r.role for r in p.roles])
            for r in extract_text(text, date=DATE) for p in r.persons}


def test_a_zones_leaders_label_names_the_zone():
    people = _people("县领导及高新区领导林煜明、陈建辉分别陪同。")
    assert people["林煜明"][0] == [("领导", "高新区")]


def test_an_activity_that_names_its_act_gives_that_act_not_kaizhan():
    # (到某村开展春节慰问活动: 慰问; 开展联系代表活动: no act in its name, 开展 as the user's gold has it)
    assert _people("2月4日,镇人大主席黄凯平到古一村开展2024年春节慰问活动。")["黄凯平"][1] == ["慰问"]
    assert _people("市委常委陈明华走进代表联络站,开展联系基层人大代表和人民群众活动。")["陈明华"][1] == ["开展"]


def test_a_conjunction_before_the_next_holders_post_ends_a_name():
    # (书记石峰和组织委员彭伟: 石峰 and 彭伟; 王家和副主任: the post is his)
    people = _people("在镇党委书记石立峰和组织委员彭伟的陪同下，王明到村里调研。")
    assert "石立峰" in people and "彭伟" in people
    people = _people("党委书记石峰和组织委员彭伟参加。")
    assert set(people) == {"石峰", "彭伟"}
    assert "王家和" in _people("王家和副主任出席会议。")


def test_an_acting_head_after_the_deputy_head_takes_the_same_government():
    # (决定任命甲为某县人民政府副县长、代理县长: both posts of that government; 市委副书记、代市长: not the party's)
    assert _people("决定任命黄育林同志为惠东县人民政府副县长、代理县长。")["黄育林"][0] == [
        ("副县长", "惠东县人民政府"), ("代理县长", "惠东县人民政府")]
    assert _people("市委副书记、代市长王明华出席。")["王明华"][0] == [("副书记", "市委"), ("代市长", None)]


def test_a_bureau_or_hall_head_after_an_organ_heads_a_unit_of_it():
    # (中共中央台办局长: a bureau of the office, whose organ is the office; 市公安局局长 stays the bureau's)
    assert _people("中共中央台办局长刘军林出席。")["刘军林"][0] == [("局长", "中共中央台办")]
    assert _people("市公安局局长王明华出席。")["王明华"][0] == [("局长", "市公安局")]


def test_a_name_only_the_model_guessed_gives_way_to_a_firms_name():
    # (安琪酵母股份有限公司召开会议: a firm, not a person 安琪 and no firm)
    record = extract_text("安琪酵母股份有限公司召开年度总结会议。", date=DATE)[0]
    assert [o.name for o in record.organizations] == ["安琪酵母股份有限公司"]
    assert [p.name for p in record.persons] == []
