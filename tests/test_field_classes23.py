"""Error classes found in round 23 (field batch 36, scored unseen in round 22), each closed here on invented
text written as real pages print it.
"""
from __future__ import annotations

from extract import extract_text
from field_helpers import titles_by_name
from extract.ingest.normalisation import normalise


# A roster printed one post and name a line, some with a space between them and a note after the name
_ROSTER = ("东江特区政府新一届主要官员\n"
           "政务司司长何嘉明\n"
           "公务员事务局局长 罗素珊(女)\n"
           "食物及卫生局局长 周启元\n"
           "教育局局长孙汉文\n"
           "发展局局长林郑佩仪(女)\n"
           "环境局局长邱永华\n")


def test_a_roster_row_is_a_line_of_its_own_and_its_post_is_the_name_s():
    found = titles_by_name(_ROSTER)
    assert found["罗素珊"] == {("局长", "公务员事务局")}
    assert found["周启元"] == {("局长", "食物及卫生局")}
    assert found["孙汉文"] == {("局长", "教育局")}
    assert found["林郑佩仪"] == {("局长", "发展局")}
    assert found["邱永华"] == {("局长", "环境局")}


def test_a_post_and_name_broken_at_the_line_end_of_a_sentence_still_reads_as_one_sentence():
    found = titles_by_name("会议由县委书记杨启明\n主持。")
    assert found["杨启明"] == {("书记", "县委")}


def test_a_post_held_written_before_de_and_the_name_is_the_name_s():
    found = titles_by_name("新成员中,分别是现为民政事务局常任秘书长的林佩华、现为新闻处处长的邱立文。"
                    "新任县财政局局长的陈家伟为某大学商学院院长。")
    assert ("常任秘书长", "民政事务局") in found["林佩华"]
    assert ("处长", "新闻处") in found["邱立文"]
    assert ("局长", "县财政局") in found["陈家伟"]


def test_a_post_named_before_de_without_a_verb_of_holding_gives_no_one_a_post():
    found = titles_by_name("县长的讲话很重要。会上,听取了关于县委书记的王明同志先进事迹的报告。")
    assert ("书记", "县委") not in found.get("王明", set())


def test_a_post_held_written_after_the_name_is_the_name_s_with_the_posts_before_it():
    found = titles_by_name("在新班子中,赵立新现任县委副书记。新任廉政专员汤明远原为海关关长。")
    assert ("副书记", "县委") in found["赵立新"]
    assert ("关长", "海关") in found["汤明远"] and ("廉政专员", None) in found["汤明远"]


def test_a_trailing_label_names_only_the_list_right_before_it():
    found = titles_by_name("省政协副主席郭立华率省政协办公厅秘书陈小明一行走访东江同乡总会,"
                    "受到该会理事长卢春生、副会长邹文海等负责人热情接待。")
    assert ("负责人", None) in found["卢春生"] and ("负责人", None) in found["邹文海"]
    assert ("负责人", None) not in found["郭立华"] and ("负责人", None) not in found["陈小明"]
    listed = titles_by_name("市委书记甲明远,市长乙刚强、副市长丙志强等市领导出席。")
    assert all(("领导", "市") in listed[n] for n in ("甲明远", "乙刚强", "丙志强"))


def test_small_and_vertical_punctuation_forms_are_read_as_the_ordinary_marks():
    text, _ = normalise("理事长卢春生﹑副会长邹文海﹐常务理事陈立﹔会议︰")
    assert text == "理事长卢春生、副会长邹文海，常务理事陈立；会议："
    assert len(text) == len("理事长卢春生﹑副会长邹文海﹐常务理事陈立﹔会议︰")


def test_a_rule_between_a_listing_s_items_opens_the_next_item():
    text = ("地方新闻\n-\n东江乡管委会慰问困难群众\n"
            "东江乡管委会主任委员洪立成昨日带领管委会干部慰问困难群众,送上慰问金。\n-\n"
            "东江乡各界慰问驻地官兵\n"
            "春节前夕,东江乡乡长洪立成带领乡代会主席王明德等人慰问驻地官兵,送上慰问品。\n")
    records = extract_text(text)
    assert len(records) == 2
    assert records[1].article.headline == "东江乡各界慰问驻地官兵"


def test_a_standing_committee_seat_and_the_post_after_it_unseparated_are_two_titles():
    found = titles_by_name("区委常委副区长冯立波出席。市委常委秘书长王立明主持。")
    assert found["冯立波"] == {("常委", "区委"), ("副区长", None)}
    assert found["王立明"] == {("常委", "市委"), ("秘书长", "市委")}


def test_an_autonomous_region_s_organ_after_a_name_and_zai_begins_at_its_level_word():
    found = titles_by_name("9月10日,自治区党委书记张立贤在自治区党委常委、秘书长白立杰的陪同下,莅临工地。")
    assert ("常委", "自治区党委") in found["白立杰"]
    assert all("张立贤" not in (org or "") for _, org in found["白立杰"])


_TEASERS = ("东江乡选出新一届乡长\n"
            "本报讯 1月29日,东江乡第十届人民代表大会第三次会议选举王立民为东江乡乡长。\n"
            "相关新闻:\n"
            "东江乡代乡长调研农业生产\n"
            "在王立民的报告中也开始频频出现“由快走变成快跑”的字眼,对此,王立民在1月22日说出了心中之想.....[全文]\n"
            "东江乡召开干部大会\n"
            "1月20日消息 东江乡召开全乡干部大会,宣布王立民任东江乡党委副书记,提名为乡长候选人......[全文]\n")


def test_a_related_news_teaser_with_a_lead_is_an_entry_of_the_page_and_a_bare_link_is_not():
    records = extract_text(_TEASERS, date="2005-01-30")
    assert [r.article.headline for r in records] == [
        "东江乡选出新一届乡长", "东江乡代乡长调研农业生产", "东江乡召开干部大会"]
    links = "东江乡选出新一届乡长\n本报讯 1月29日,东江乡人代会选举王立民为乡长。\n相关新闻:\n东江乡代乡长调研农业[详细]\n"
    assert len(extract_text(links, date="2005-01-30")) == 1


def _roles(text: str) -> dict[str, set[str]]:
    return {p.name: {r.role for r in p.roles} for r in extract_text(text) for p in r.persons}


def test_the_members_a_leader_leads_share_the_delegation_s_act():
    found = _roles("省政协副主席郭立华昨日率领省体育局副局长陈立和、省政协办公厅秘书陈小明一行七人走访东江同乡总会。")
    assert found["郭立华"] >= {"率领", "走访"}
    assert found["陈立和"] == {"走访"} and found["陈小明"] == {"走访"}
    hosts = _roles("县长李明会见了王刚率领的考察团一行。")
    assert "会见" not in hosts.get("王刚", set())


def test_posts_of_chambers_and_taiwan_parties_read_before_a_name():
    found = titles_by_name("厂商会出席者尚包括常务会董李嘉文、会董邓锦明。国民党中常委林立明出席。")
    assert found["李嘉文"] == {("常务会董", None)} and found["邓锦明"] == {("会董", None)}
    assert found["林立明"] == {("中常委", "国民党")}
