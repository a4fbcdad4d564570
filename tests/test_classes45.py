"""Round 45: classes found by reading real local papers' reports of congress sittings, signings and visits to
firms, closed with invented sentences of the same shapes (every name, place and body here is made up).
"""
from __future__ import annotations

from extract import extract_text
from field_helpers import organization_names, roles_by_name, titles_by_name

DATE = "2025-03-10"


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind.value) for r in extract_text(text, date=DATE) for e in r.events]


def _kinds(text: str) -> dict[str, str]:
    return {o.name: o.kind.value for r in extract_text(text, date=DATE) for o in r.organizations}


# --- events -------------------------------------------------------------------------------------------------------


def test_a_presidium_holding_its_numbered_sitting_names_it():
    # (某会议主席团举行第四次会议: the presidium's sitting, not the session it serves)
    assert _events("1月14日上午，区十六届人大一次会议主席团举行第四次会议。区委书记李志强出席。") == [
        ("区十六届人大一次会议主席团第四次会议", "session")]
    assert _events("1月27日上午，区五届人大五次会议主席团召开第一次会议。会议由区人大常委会主任章红军主持。") == [
        ("区五届人大五次会议主席团第一次会议", "session")]


def test_the_time_of_day_between_subject_and_verb_is_no_part_of_an_acts_name():
    # (甲昨天上午会见了某市市长乙一行: 甲会见某市市长乙)
    assert _events("市委书记韩明昨天上午会见了美国某某市市长李孟华一行。") == [("韩明会见美国某某市市长李孟华", "meeting")]
    assert _events("本报讯 昨晚，市人大常委会主任徐长明在迎宾馆会见了日本某某市议会代表团。")[0][0] == (
        "徐长明会见日本某某市议会代表团")


def test_a_centre_office_or_firm_holding_a_meeting_names_it():
    # (某苏木综治中心召开联席会议: the centre's joint meeting; 县防汛抗旱指挥部召开全体成员会议: the HQ's)
    assert _events("8月19日，敖包苏木综治中心召开联席会议，由苏木党委副书记王亮主持。") == [
        ("敖包苏木综治中心联席会议", "meeting")]
    assert _events("3月5日，县防汛抗旱指挥部召开全体成员会议，县长王明主持。") == [
        ("县防汛抗旱指挥部全体成员会议", "meeting")]


def test_event_types_follow_the_field_gold():
    # (会见: a meeting; a standing committee's sitting: a session, its directors' meeting a meeting; …项目签约仪式:
    # signing, by the noun that ends the name; 宪法宣誓仪式: a ceremony; 团拜会: a reception)
    assert _events("3月5日，市长王明会见了某国某市代表团一行。")[0][1] == "meeting"
    assert _events("3月5日，县十七届人大常委会第五次会议召开，县人大常委会主任王明主持。")[0][1] == "session"
    assert _events("3月5日，县十七届人大常委会第二十次主任会议召开，县人大常委会主任王明主持。")[0][1] == "meeting"
    assert _events("3月5日，某县招商引资重点项目签约仪式举行，县长王明出席。")[0][1] == "signing"
    assert _events("3月5日，新任命人员宪法宣誓仪式举行，县长王明监誓。")[0][1] == "ceremony"
    assert _events("2月5日，县委、县政府举行春节团拜会，县长王明出席。")[0][1] == "reception"
    assert _events("9月5日，某县成立70周年庆祝大会举行，县长王明出席。")[0][1] == "ceremony"


# --- titles -------------------------------------------------------------------------------------------------------


def test_a_firms_post_after_another_of_the_same_firm_takes_the_firm():
    # (某集团总裁甲、副总裁乙: 乙 is the group's vice-president)
    assert titles_by_name("中电光华集团总裁黄立明、副总裁贺海明出席签约。") == {
        "黄立明": {("总裁", "中电光华集团")}, "贺海明": {("副总裁", "中电光华集团")}}
    assert titles_by_name("某某科技有限公司董事长黄立明、总经理贺海明陪同参观。")["贺海明"] == {
        ("总经理", "某某科技有限公司")}


def test_a_firms_post_takes_no_organ_from_a_party_committee():
    # (市委书记甲,总经理乙: 乙 is no post of the 市委's)
    assert titles_by_name("市委书记李宏明，总经理王青山出席。")["王青山"] == {("总经理", None)}


def test_a_group_label_of_a_firm_takes_the_firm_written_into_it():
    # (和首钢总公司领导甲: the label's firm is 首钢总公司, not 公司)
    assert titles_by_name("市长张曙明和首钢总公司领导朱继华、王青山参加。") == {
        "张曙明": {("市长", None)}, "朱继华": {("领导", "首钢总公司")}, "王青山": {("领导", "首钢总公司")}}


# --- organizations ------------------------------------------------------------------------------------------------


def test_a_known_firm_after_a_name_and_a_conjunction_opens_its_longer_name():
    # (甲和|首钢总公司有关负责人: 和 after a name, and a known firm's short name opens the firm's name)
    assert organization_names("市长张曙明和首钢总公司有关负责人参加。") == {"首钢总公司"}


def test_a_state_firms_numbered_bureau_is_a_company():
    # (中建七局, 中铁十一局, 中交一公局: engineering bureaus of state firms, companies, not government bureaus)
    kinds = _kinds("中建七局党委常委、财务总监鲍宗明，中铁十一局副总经理王明，中交一公局董事长李强出席。")
    assert kinds == {"中建七局": "company", "中建七局党委": "party", "中铁十一局": "company", "中交一公局": "company"}
    assert _kinds("市公安局局长王明出席。") == {"市公安局": "government"}


def test_a_clans_place_whose_surname_is_a_preposition_is_whole():
    # (向家镇, 于家镇: 向 and 于 are surnames here, not "towards" and "at")
    assert titles_by_name("向家镇党委书记张洋明出席。") == {"张洋明": {("书记", "向家镇党委")}}
    assert titles_by_name("于家镇党委书记张洋明出席。") == {"张洋明": {("书记", "于家镇党委")}}


def test_an_organ_begins_after_a_named_officials_preposition():
    # (副县长甲在|某村党支部书记乙陪同下: 甲's clause; the organ is the village's)
    assert titles_by_name("副县长李明在向家坪村党支部书记张洋明陪同下调研。")["张洋明"] == {
        ("书记", "向家坪村党支部")}
    assert titles_by_name("副县长李明在南坪村党支部书记张洋明陪同下调研。")["张洋明"] == {
        ("书记", "南坪村党支部")}


# --- reporters ----------------------------------------------------------------------------------------------------


def test_a_bracketed_credit_before_a_bracketed_source_is_a_reporter():
    # (…在座。(姚某)(新华日报): the writer's name, then the paper the story is taken from)
    for tail in ("(姚大明)(新华日报)", "(姚大明)(据新华日报)"):
        people = {p.name: p.is_reporter for r in extract_text("会见时，省外办副主任苏根明等在座。" + tail, date=DATE)
                  for p in r.persons}
        assert people == {"苏根明": False, "姚大明": True}, tail


# --- roles --------------------------------------------------------------------------------------------------------


def test_a_verb_of_its_own_after_a_name_ends_that_names_reach():
    # (甲作出批示,乙出席会议并讲话: 甲 instructed in writing and was not there)
    assert roles_by_name("市委书记何录明作出批示，市委副书记、市长朱会明出席会议并讲话。") == {
        "何录明": [], "朱会明": ["出席", "讲话"]}
    # (甲听取汇报后,乙、丙陪同调研; 甲专程赶到现场,乙陪同)
    assert roles_by_name("县委书记李明听取汇报后，县长王刚、副县长赵强陪同调研。")["李明"] == []
    assert roles_by_name("市长李强专程赶到现场，副市长王刚陪同。") == {"李强": [], "王刚": ["陪同"]}


def test_a_list_with_a_manner_word_before_the_shared_verb_keeps_its_reach():
    # (甲,乙应邀出席会议: 应邀 is how 乙 came, and 甲 is listed with him)
    assert roles_by_name("县委书记朱小明，县长吴海明应邀出席会议。") == {"朱小明": ["出席"], "吴海明": ["出席"]}


# --- names --------------------------------------------------------------------------------------------------------


def test_a_people_by_its_country_before_an_appointed_name_is_no_part_of_it():
    # (由荷兰人维姆·某某担任行长: 荷兰人 says who he is; 于都县|王某: a place that opens with a preposition's
    # character stays a place)
    assert titles_by_name("欧盟首脑会议确定由荷兰人维姆·杜伊森贝赫担任行长。") == {"维姆·杜伊森贝赫": {("行长", None)}}
    assert titles_by_name("于都县王亚丹当选为主席。") == {"王亚丹": {("主席", None)}}


def test_an_injury_or_illness_after_a_name_ends_it():
    # (某某因伤退出: 因伤 is what happened to him, not the end of his name; 因扎吉 keeps its 因)
    names = {p.name for r in extract_text("世界锦标赛银牌得主里·阿普顿因伤退出。菲利波·因扎吉出场。", date=DATE)
             for p in r.persons}
    assert names == {"里·阿普顿", "菲利波·因扎吉"}


# --- Inner Mongolia: sumu and gacha, banners and leagues -------------------------------------------------------


def test_the_heads_of_a_sumu_and_a_gacha_are_posts():
    # (副苏木达, 嘎查达: the township's and the village's heads in Inner Mongolia)
    assert titles_by_name("敖包苏木政府副苏木达包杨、嘎查达阿拉腾巴根陪同。") == {
        "包杨": {("副苏木达", "敖包苏木政府")}, "阿拉腾巴根": {("嘎查达", None)}}


def test_mongolian_names_after_a_post_are_read_whole():
    # (人大代表|胡日沁必力格, 嘎查党支部书记|苏力德巴特尔: two Mongolian syllables, one name)
    assert set(titles_by_name("旗人大代表胡日沁必力格、嘎查党支部书记苏力德巴特尔参加座谈。")) == {
        "胡日沁必力格", "苏力德巴特尔"}


def test_a_deputys_body_takes_the_place_written_before_its_level():
    # (旗人大代表: 旗人大; 彭阳县人大代表: 彭阳县人大; 温州人大代表: 温州人大, not 州人大)
    assert titles_by_name("旗人大代表王明参加座谈。") == {"王明": {("代表", "旗人大")}}
    assert titles_by_name("彭阳县人大代表王明参加座谈。") == {"王明": {("代表", "彭阳县人大")}}
    assert titles_by_name("温州人大代表王明参加座谈。") == {"王明": {("代表", "温州人大")}}


# --- courts: a party group written without its body --------------------------------------------------------------


def test_a_bare_party_group_serves_only_its_own_posts():
    # (党组书记、院长甲: 院长 of the court, which is not written there, not of 党组; 我院党组书记、院长甲,副院长乙)
    assert titles_by_name("党组书记、院长李俊明出席会议。") == {"李俊明": {("书记", "党组"), ("院长", None)}}
    assert titles_by_name("我院党组书记、院长郑成明，副院长滕东明陪同调研。")["滕东明"] == {("副院长", None)}
    # (the body written with its group still serves: 县法院党组书记、院长 -> 院长 of 县法院)
    assert titles_by_name("县法院党组书记、院长张智明参加会议。")["张智明"] == {("书记", "县法院党组"), ("院长", "县法院")}


def test_an_enforcement_bureau_head_is_a_contracted_post():
    # (执行局长: 局长 of 执行局, as 组织部长 is 部长 of 组织部)
    assert titles_by_name("党组成员、执行局长付知明通报情况。")["付知明"] == {("成员", "党组"), ("局长", "执行局")}


# --- award ceremonies --------------------------------------------------------------------------------------------


def test_a_trailing_label_reaches_names_only_the_model_read():
    # (受到表彰的甲、乙等劳动模范: the label after 等 titles both, whoever read the names)
    assert titles_by_name("受到表彰的宫彬芳、李双明等劳动模范登上领奖台。") == {
        "宫彬芳": {("劳动模范", None)}, "李双明": {("劳动模范", None)}}


def test_the_presenter_of_an_award_is_read_and_its_organ_begins_after_receiving():
    # (接受|县总工会主席某某颁发的奖章: 接受 opens no name; 颁发 closes the name)
    assert titles_by_name("劳模们接受县总工会主席房华明颁发的奖章。") == {"房华明": {("主席", "县总工会")}}


# --- Macau and Hong Kong ---------------------------------------------------------------------------------------


def test_guests_listed_after_a_clause_with_its_own_act_attend_and_the_clause_keeps_its_act():
    # (升旗仪式由甲主礼,出席观礼嘉宾包括乙、丙: 甲 officiated; 乙 and 丙 attended)
    assert roles_by_name("今早升旗仪式由贺一明主礼，出席观礼嘉宾包括中联办主任傅自明、立法会主席高开明。") == {
        "贺一明": ["主礼"], "傅自明": ["出席"], "高开明": ["出席"]}


def test_an_audit_or_anti_corruption_commissioner_takes_no_neighbours_organ():
    # (检察院检察长甲、廉政专员乙、审计长丙: 丙 heads his own office, not the procuratorate)
    titles = titles_by_name("检察院检察长陈子明、廉政专员欧阳湘明、审计长欧阳瑜明出席。")
    assert titles["欧阳湘明"] == {("廉政专员", None)} and titles["欧阳瑜明"] == {("审计长", None)}


def test_a_firm_whose_name_opens_with_a_word_of_a_prepositions_character_keeps_it():
    # (经济实业发展总公司: 经 is no preposition "via" here; 对外友协: nor 对)
    assert organization_names("经济实业发展总公司召开会议。") == {"经济实业发展总公司"}
    assert organization_names("对外友协召开会议。") == {"对外友协"}


def test_a_one_character_countys_organ_that_opens_with_its_level_is_placed():
    # (凤|县人民政府: the county 凤县 and its government, whose organ word begins with 县)
    assert organization_names("凤县人民政府召开会议。") == {"凤县人民政府"}


def test_a_sessions_presidium_or_credentials_committee_is_a_body_though_its_name_holds_a_sitting():
    # (某届人大一次会议主席团: the presidium of that session, a body, as the field gold lists it)
    assert organization_names("湖北省十二届人大一次会议主席团召开会议。") == {"湖北省十二届人大一次会议主席团"}
    assert organization_names("市十五届人大一次会议举行预备会议。") == set()


# --- labels and posts the field gold records ------------------------------------------------------------------


def test_labels_and_posts_the_field_gold_records_are_read():
    # (援青干部, 侨领, 火炬手, 总监票人: labels; 四大班子领导 of the level; 立法议员, 县政顾问: posts)
    assert titles_by_name("援青干部王巍、旅居汶莱侨领林国民出席。") == {
        "王巍": {("援青干部", None)}, "林国民": {("侨领", None)}}
    assert titles_by_name("总监票人徐尧峰宣布选举结果。") == {"徐尧峰": {("总监票人", None)}}
    assert titles_by_name("市四大班子领导王明、李强出席。") == {
        "王明": {("四大班子领导", "市")}, "李强": {("四大班子领导", "市")}}
    assert titles_by_name("立法议员吴在明、县政顾问李智明出席。") == {
        "吴在明": {("立法议员", None)}, "李智明": {("县政顾问", None)}}


def test_a_given_name_may_end_with_a_character_of_a_function_word_between_a_post_and_a_clear_end():
    # (市领导符世经出席: 经 ends his name; 县长王明经研究决定: 经 begins 经研究 still)
    assert titles_by_name("市领导符世经出席会议。") == {"符世经": {("领导", "市")}}
    assert set(titles_by_name("县长王明经研究决定。")) == {"王明"}


def test_a_japanese_given_name_may_end_with_ya_or_ichi_before_a_clear_end():
    # (总务大臣增田宽也出席: 也 ends his name; 石井也出席: 也 is "also" after a family name alone)
    assert set(titles_by_name("总务大臣增田宽也出席会议。")) == {"增田宽也"}
    assert set(titles_by_name("北九州市市长末吉兴一出席会议。")) == {"末吉兴一"}
    assert {p.name for r in extract_text("石井也出席了会议。", date=DATE) for p in r.persons} == {"石井"}


def test_a_deputy_named_by_daibiao_who_speaks_is_a_deputy():
    # (审议中,代表沈某说: a deputy of the session speaking; 代表陈某书记,对…表示欢迎: on behalf of 陈某)
    assert titles_by_name("审议中，代表沈左权说，要加快发展。") == {"沈左权": {("代表", None)}}
    assert titles_by_name("代表陈明书记，对各位来宾表示欢迎。") == {"陈明": {("书记", None)}}


def test_a_labels_body_takes_its_level_and_term_or_the_regions_full_name():
    # (市八届人大代表: 市八届人大; 宁夏回族自治区领导: 宁夏回族自治区, not 自治区; 上届省政协副主席: 省政协, a term gone by)
    assert titles_by_name("市八届人大代表高浩孟出席会议。") == {"高浩孟": {("代表", "市八届人大")}}
    assert titles_by_name("宁夏回族自治区领导崔波出席会议。") == {"崔波": {("领导", "宁夏回族自治区")}}
    former = [(t.post, t.org, t.former) for r in extract_text("上届省政协副主席吴静波出席会议。", date=DATE)
              for p in r.persons for t in p.titles]
    assert former == [("副主席", "省政协", True)]


def test_a_ministrys_department_or_a_state_by_its_full_name_is_a_posts_organ():
    # (外交部领事司司长: 领事司 of the ministry; 吉尔吉斯斯坦共和国总理: the state, an organ of the title but no
    # organization, as the field gold records states)
    assert titles_by_name("外交部领事司司长黄屏出席会议。") == {"黄屏": {("司长", "外交部领事司")}}
    assert titles_by_name("吉尔吉斯斯坦共和国总理萨里耶夫出席会议。") == {"萨里耶夫": {("总理", "吉尔吉斯斯坦共和国")}}
    assert organization_names("吉尔吉斯斯坦共和国总理萨里耶夫出席会议。") == set()
