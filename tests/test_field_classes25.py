"""Error classes found in round 25 on field-dev (batch 39 among them), each closed here on invented text
written as real pages print it.
"""
from __future__ import annotations

from extract import extract_text
from field_helpers import roles_by_name, titles_by_name


def _orgs(text: str) -> set[str]:
    return {o.name for r in extract_text(text) for o in r.organizations}


# --- careers and holders of a post ------------------------------------------------------------------------

def test_a_career_goes_on_after_commas_up_to_its_end():
    found = titles_by_name("李建国曾任华阳市工商局副处长、处长，市统计局党组书记、局长，海淀区委书记等职务。")
    assert found["李建国"] == {("副处长", "华阳市工商局"), ("处长", "华阳市工商局"), ("书记", "市统计局党组"),
                            ("局长", "市统计局"), ("书记", "海淀区委")}


def test_a_career_part_that_opens_with_another_verb_or_ends_in_a_name_is_not_the_career_s():
    found = titles_by_name("张立新，男，1965年生，现任华阳市委常委、秘书长，曾任华阳市工商局副局长。")
    assert ("副局长", "华阳市工商局") in found["张立新"]
    assert not any(org and "曾任" in org for _, org in found["张立新"])
    found = titles_by_name("张立新曾任县长，县委书记王大明出席会议。")
    assert ("书记", "县委") not in found["张立新"]


def test_the_same_post_of_another_organ_is_a_title_of_its_own():
    found = titles_by_name("李建国曾任市统计局党组书记，海淀区委书记等职务。")
    assert {("书记", "市统计局党组"), ("书记", "海淀区委")} <= found["李建国"]


def test_the_holders_of_a_post_listed_after_it_take_it_with_the_organ_before_their_count():
    found = titles_by_name("除张立新外，华阳市其余三位副市长分别为王大明、李小红和赵建国。")
    for name in ("王大明", "李小红", "赵建国"):
        assert found[name] == {("副市长", "华阳市")}
    found = titles_by_name("三家企业负责人分别为王大明、李小红。")
    assert found["王大明"] == set()


def test_a_post_a_transfer_gives_is_of_the_one_named_before_the_verb_even_after_his_rank():
    found = titles_by_name("华阳军区司令员张立新中将调任东州军区副司令员，东州军区装备部长王大明少将接任华阳军区司令员。")
    assert ("副司令员", "东州军区") in found["张立新"]
    assert ("副司令员", "东州军区") not in found["王大明"]
    assert not any(org and "调任" in org for titles in found.values() for _, org in titles)


def test_the_discipline_of_a_degree_is_no_name():
    found = titles_by_name("一九六三年出生的孙政才，山东荣成人，农学博士。曾担任农业部部长。")
    assert set(found) == {"孙政才"}
    assert ("博士", None) in titles_by_name("王学博士出席会议。")["王学"]


# --- organizations --------------------------------------------------------------------------------------

def test_an_appointing_verb_before_an_organ_opens_no_name():
    assert "高等法院原讼法庭" in {o[:8] for o in _orgs("特首李家超委任高等法院原讼法庭法官王大明为审裁处主席。")}
    assert not any("委任" in o or "李家超" in o for o in _orgs("特首李家超委任高等法院原讼法庭法官王大明为审裁处主席。"))


def test_a_name_opening_with_zhonghua_opens_after_a_one_character_stop():
    assert "中华民国全国工业总会" in _orgs("应中华民国全国工业总会邀请，代表团访问台湾。")
    assert "中华全国总工会" in _orgs("中华全国总工会主席王大明出席。")


def test_a_plural_pronoun_ends_before_an_organ():
    assert not any("们" in o for o in _orgs("他们二人与党委书记张大明一起工作。"))


# --- lines ------------------------------------------------------------------------------------------------

def test_a_subheading_before_a_paragraph_the_excerpt_cut_off_stays_a_line_of_its_own():
    text = ("华阳调整新班子\n\n华阳市人大会议闭幕,大会选举王大明为市长。这是华阳近几年来最大规模的一次领导层调整。\n\n  三新官熟悉华阳工作\n\n"
            "  华阳市委书记张立新在大会闭幕会上发表讲话表示,王大明、李小红都是在华阳锻炼成长起来的优秀领导干部,由他们分别")
    (record,) = extract_text(text)
    assert "三新官熟悉华阳工作\n华阳市委" in record.article.text
    assert {o.name for o in record.organizations} == {"华阳市委"}


# --- rosters, letters of honour, households ------------------------------------------------------------

_ROSTER = ("政府今日宣布,下列人士获委任为二○○六年度授勋评审委员会委员:\n\n  政务司司长 (主席)\n"
           "  梁振英议员,GBS,JP\n  财政司司长\n  孔祥勉博士,GBS\n  陈坤耀教授, SBS, JP\n\n"
           "  政府颁授勋衔的目的,是表扬对香港作出重大贡献的个别人士。")


def test_a_roster_of_a_member_a_line_is_one_story_and_each_member_takes_the_heading_s_post():
    records = extract_text(_ROSTER)
    assert len(records) == 1
    found = titles_by_name(_ROSTER)
    for name in ("梁振英", "孔祥勉", "陈坤耀"):
        assert ("委员", "授勋评审委员会") in found[name]
    assert not any(org and org.startswith("JP") for titles in found.values() for _, org in titles)


def test_letters_of_honour_after_a_name_are_titles():
    found = titles_by_name(_ROSTER)
    assert {("议员", None), ("GBS", None), ("JP", None)} <= found["梁振英"]
    assert {("博士", None), ("GBS", None)} <= found["孔祥勉"]
    assert {("SBS", None), ("JP", None)} <= found["陈坤耀"]
    assert titles_by_name("王大明,JPMorgan中国区董事出席。").get("王大明", set()) & {("JP", None)} == set()


def test_a_count_of_households_closes_a_list_with_the_label_after_it():
    found = titles_by_name("看望王大明、李小红两户受灾牧民。")
    assert found["王大明"] == found["李小红"] == {("受灾牧民", None)}
    assert titles_by_name("来到王大明、李小红两户牧民家中。")["李小红"] == {("牧民", None)}



# --- lists closed by a post; words after a label (field batch 40) ----------------------------------------

def test_a_post_after_deng_closes_a_list_of_names_and_is_each_one_s():
    found = titles_by_name("市人大副主任陈世跃、张平、李前智、张正根等大会主席团成员在主席台前排就座。")
    for name in ("陈世跃", "张平", "李前智", "张正根"):
        assert ("成员", "大会主席团") in found[name]


def test_a_common_word_after_a_label_naming_no_organ_is_no_name():
    assert titles_by_name("提高村民生活水平。") == {}
    assert titles_by_name("群众骑摩托车赶来。") == {}
    assert titles_by_name("村民王建国说。")["王建国"] == {("村民", None)}
    assert ("领导", "市") in titles_by_name("市领导韩国宾、张健出席。")["韩国宾"]


def test_an_adverb_of_manner_after_a_name_closes_it():
    assert "许忠" in titles_by_name("公司总经理许忠全程陪同。")
    assert "宗大全" in titles_by_name("副市长宗大全再次会见客人。")


def test_a_post_ending_in_a_speech_character_does_not_end_the_subject_s_reach():
    roles = roles_by_name("区政协主席刘开基,副主席张秀春、魏涛,政协顾问刘正顺出席会议。")
    assert all(roles[n] == ["出席"] for n in ("刘开基", "张秀春", "魏涛", "刘正顺"))


def test_a_verb_in_a_clause_that_names_the_object_is_not_the_subject_s_act():
    roles = roles_by_name
    assert roles("区委书记曹清尧与参加仪式的相关部门领导进行了交流。")["曹清尧"] == []
    assert roles("王大明与李小红出席会议。")["李小红"] == ["出席"]
    assert "签署" in roles("主任齐国华与小野寺正德共同签署了推动两市友好交流的框架协议。")["齐国华"]


def test_a_roster_under_a_sentence_that_names_the_post_before_its_colon_takes_that_post():
    text = ("政府今日宣布行政长官已委任以下人士,由三月一日起为可持续发展委员会委员,任期两年:\n\n政务司司长(主席)\n\n"
            "郑维健博士, GBS, JP(副主席)\n\n方敏生女士\n\n狄志远先生, JP\n\n房屋及规划地政局局长\n\n"
            "政府发言人表示,可持续发展委员会的成员来自各主要界别。")
    found = titles_by_name(text)
    for name in ("郑维健", "方敏生", "狄志远"):
        assert ("委员", "可持续发展委员会") in found[name]
    assert {("GBS", None), ("JP", None), ("副主席", None)} <= found["郑维健"]


def test_the_lines_of_a_roster_in_parts_are_not_joined_and_a_list_naming_no_organ_gives_no_post():
    text = ("政府今日宣布授勋评审委员会的委任成员名单如下:\n\n(甲)授勋评审委员会\n\n政务司司长(主席)\n财政司司长\n"
            "梁振英\n郑耀棠\n李业广\n梁智鸿医生\n\n  政府颁授勋衔及奖状,旨在表扬个别人士对香港作出重大贡献。")
    found = titles_by_name(text)
    assert {"梁振英", "郑耀棠", "李业广", "梁智鸿"} <= set(found)
    assert found["梁振英"] == set() and found["梁智鸿"] == {("医生", None)}


def test_a_biography_s_dated_tenures_are_the_posts_of_the_name_heading_it():
    text = ("张宝林,1950年2月生,河北某地人。1971年4月加入中国共产党。\n"
            "1985年任共青团中央书记处书记。1998年3月至2001年10月任新华社副社长。2004年1月,任山西省副省长。\n"
            "于幼林,1953年1月出生,江苏省某县人。\n1986年8月任广州市委宣传部副部长;1993年3月,任广东省委宣传部部长。")
    found = titles_by_name(text)
    assert {("书记", "共青团中央书记处"), ("副社长", "新华社"), ("副省长", "山西省")} <= found["张宝林"]
    assert {("副部长", "广州市委宣传部"), ("部长", "广东省委宣传部")} <= found["于幼林"]
    assert not found["于幼林"] & found["张宝林"]


def test_xiang_after_a_post_is_the_preposition_where_a_name_and_its_post_or_a_place_follow():
    assert titles_by_name("管理处主任向冉斌副市长介绍工作情况。") == {"冉斌": {("副市长", None)}}
    assert "向本溪" not in titles_by_name("启动仪式上,省市领导向本溪满族自治县捐赠了物资。")
    assert "向和平" in titles_by_name("县领导向和平、罗建极、蒋道义出席。")
    assert "向东升" in titles_by_name("市委副书记向东升主持会议。")


def test_a_newspaper_named_in_title_marks_is_a_media_organization():
    (rec,) = extract_text("据《华阳日报》报道,某县召开会议。(摘自《华阳晚报》)", date="2020-05-01")
    assert {(o.name, o.kind.value) for o in rec.organizations} >= {("华阳日报", "media"), ("华阳晚报", "media")}
    (rec,) = extract_text("会议通过的决定全文刊登在《华阳市人民政府公报》上。", date="2020-05-01")
    assert "华阳市人民政府公报" not in {o.name for o in rec.organizations}


def test_an_outlet_in_lenticular_brackets_alone_on_a_line_is_a_media_organization():
    (rec,) = extract_text("【华阳耐火材料网】\n8日,市长李明出席会议。", date="2020-05-01")
    assert ("华阳耐火材料网", "media") in {(o.name, o.kind.value) for o in rec.organizations}
    (rec,) = extract_text("会议强调【重点】要抓好落实。", date="2020-05-01")
    assert not rec.organizations
