"""Error classes found in round 30 on field-dev (batches 56-61 among them), each closed here on invented text
written as real pages print it.
"""
from __future__ import annotations

from extract import extract_text


def _orgs(text: str) -> list[str]:
    return [o.name for r in extract_text(text) for o in r.organizations]


# --- two names joined by 和/及/与 (issue 17: organizations) ---------------------------------------------------

def test_a_committee_and_the_discipline_commission_elected_with_it_are_two_bodies():
    found = _orgs("大会选举产生了中国共产党东湖市西城区第一届委员会和第一届纪律检查委员会。")
    assert "中国共产党东湖市西城区第一届委员会" in found and "第一届纪律检查委员会" in found
    assert not any("和第一届" in name for name in found)


def test_a_works_and_a_company_joined_by_ji_are_two():
    found = _orgs("副市长王建平一行察看了八方钢结构厂及溢丰木业有限公司的建设情况。")
    assert "八方钢结构厂" in found and "溢丰木业有限公司" in found


def test_a_bureau_named_with_he_inside_stays_one():
    found = _orgs("县人力资源和社会保障局局长李明出席会议。")
    assert "县人力资源和社会保障局" in found


# --- a chronicle's days written in Chinese numerals (issue 18: pages) ------------------------------------------

CHRONICLE = ("东江省人民政府大事记\n(2011年6月)\n"
             "一日 省长王建国在东湖会见南方集团有限公司总经理李华一行。\n"
             "△全省铁路建设工作会议在东湖召开。副省长陈立出席会议并讲话。\n"
             "二日 全省文化工作会议在西江召开。副省长赵明出席会议并讲话。\n"
             "△副省长陈立在东湖会见日本某某公司社长田中一郎一行。\n"
             "三日 省长王建国在东湖会见香港客人。")


def _entries(text: str, width: int) -> tuple[list, list[str]]:
    """The records of ``text`` and the first ``width`` characters of each."""
    records = extract_text(text)
    return records, [r.article.text.lstrip()[:width] for r in records]


def test_a_chronicle_day_in_chinese_numerals_opens_an_entry():
    records, openings = _entries(CHRONICLE, 3)
    assert "二日 " in openings and openings[-1] == "三日 "
    second = records[openings.index("二日 ")]
    assert [p.name for p in second.persons] == ["赵明"]
    assert second.events and second.events[0].date == "2011-06-02"


# --- a city's ten news announced without 如下 (issue 18: pages) -------------------------------------------------

TEN_NEWS = ("西河评出2003年十大新闻\n\n"
            "  回顾这一年西河市发生的大事,西河市人民政府新闻办公室昨天公布了2003年西河市十大新闻。\n\n"
            "  一、建城庆典 招商旅游结硕果\n"
            "  活动以文化展示为平台,各类欢庆活动贯穿全年。共举办全国性活动50多项,引进签约项目247项。\n\n"
            "  二、政务大厅启用\n"
            "  1月25日,投资730万元的西河市政务大厅启动运行,首批32个部门进驻。\n\n"
            "  三、城西水系竣工\n"
            "  8月11日,西河城西水系全线贯通,最后进入迎泽公园。\n")


def test_a_ten_news_list_announced_in_a_sentence_gives_an_entry_per_news_each_headed():
    records = extract_text(TEN_NEWS)
    headlines = [r.article.headline for r in records]
    assert headlines[1:] == ["建城庆典 招商旅游结硕果", "政务大厅启用", "城西水系竣工"]
    second = records[2].article
    assert second.text[second.body_start:].lstrip().startswith("1月25日")


# --- a yearbook's sittings run together in one paragraph (issue 18: pages) --------------------------------------

YEARBOOK = ("政协东湖市西城区委员会2006年年鉴\n"
            "【全体委员会议】 七届三次会议 2006年1月5日至8日召开,335名委员出席会议。副主席王洪林主持开幕式。"
            " 【常务委员会会议】 第15次会议 1月7日召开,李明德主持。王洪林、刘志平出席会议。"
            " 第16次会议 1月8日召开,李明德主持。会议审议通过了工作要点。王洪林、孙立新出席会议。"
            " 第17次(扩大)会议 3月20日召开,王洪林主持。刘志平、孙立新出席会议。")


def test_a_yearbooks_sittings_run_together_are_one_record_each_dated():
    records, openings = _entries(YEARBOOK, 8)
    assert openings[1:] == ["【常务委员会会议", "第16次会议 1", "第17次(扩大)"]
    assert sorted(p.name for p in records[3].persons) == ["刘志平", "孙立新", "王洪林"]
    assert records[3].events and records[3].events[0].date == "2006-03-20"


# --- a visit's programme announced (issue 19: events) -------------------------------------------------------

def test_a_gathering_a_visitor_is_to_attend_is_an_event_of_the_programme():
    text = ("本报讯 应东江省政府邀请,澳门特区行政长官陈明德将于本月九日率团访问东江省。"
            "访问期间,陈明德将出席2024东江—澳门经贸合作交流会,并参观东江市城市规划展示馆。")
    events = [(e.name, [p.name for p in e.participants]) for r in extract_text(text) for e in r.events]
    assert ("2024东江—澳门经贸合作交流会", ["陈明德"]) in events


def test_a_gathering_attended_years_ago_is_still_no_event():
    text = ("本报讯 9月2日,澳门特区行政长官陈明德率团访问东江省。"
            "陈明德说,他2019年曾出席2019东江—澳门经贸合作交流会,对东江印象深刻。")
    names = [e.name for r in extract_text(text) for e in r.events]
    assert "2019东江—澳门经贸合作交流会" not in names


# --- a verb and its preposition between a place and a company (issue 17: organizations) -------------------------

def test_a_company_after_a_place_a_verb_and_wei_is_named_without_them():
    found = _orgs("5日,西州市市长刘明在龙港亲自为瑞田钢业有限公司送来一面匾额。")
    assert "瑞田钢业有限公司" in found
    assert not any("亲自" in name for name in found)


# --- a list label with two verbs, or opened by where they sat (issue 19: roles) ----------------------------------

def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: [r.role for r in p.roles] for rec in extract_text(text) for p in rec.persons}


def test_a_label_with_two_verbs_gives_both_to_everyone_listed():
    found = _roles("本报讯 9日,全省大会召开。应邀出席大会并在主席台就座的有张云川、胡春华、车俊等领导。")
    assert found == {"张云川": ["出席", "就座"], "胡春华": ["出席", "就座"], "车俊": ["出席", "就座"]}


def test_a_label_opened_by_the_platform_gives_its_verb_and_a_plain_label_one_verb():
    assert _roles("本报讯 9日,全省大会召开。在主席台就座的有张云川、胡春华。") == {"张云川": ["就座"], "胡春华": ["就座"]}
    assert _roles("本报讯 9日,座谈会召开。参加座谈的有张云川、胡春华。") == {"张云川": ["参加"], "胡春华": ["参加"]}


def test_a_wires_dateline_over_a_feature_is_left_out_of_its_headline():
    text = ("中新网西州4月12日 题:三国出访 东江高官代表团向全世界推销东江\n作者 任明\n"
            "11日,东江省代表团在哥本哈根举行推介会,省长王建国出席并致辞。")
    assert [r.article.headline for r in extract_text(text)] == ["三国出访 东江高官代表团向全世界推销东江"]


def test_a_firms_shacho_heads_the_firm_and_a_papers_the_press():
    assert _orgs("日本国会议员高木、南海电机社长桑野出席推介会。") == ["南海电机"]
    assert "东江日报社" in _orgs("东江日报社长王明出席推介会。")


def test_stainless_steel_is_no_negation_cutting_a_firms_name():
    assert "东钢不锈钢股份公司" in _orgs("东钢不锈钢股份公司副总经理张明陪同考察。")


# --- outlets of datelines and source notes (issue 17: organizations) ------------------------------------------

def test_an_outlet_before_the_day_and_the_place_of_its_dateline_is_named():
    assert "东江网" in _orgs("东江网8月13日漯河消息 8月10日,台胞王明一行到漯河参观。")
    assert "西州融媒" in _orgs("西州融媒讯(记者次仁卓玛)26日,政协西州市委员会召开会议。")


def test_a_source_note_in_brackets_names_its_outlet():
    assert "东铝网" in _orgs("客人对投资环境表示满意。(来源于东铝网)")


# --- Tibetan names in a credit and a list (issue 17: persons) ------------------------------------------------

def _names(text: str) -> list[str]:
    return [p.name for r in extract_text(text) for p in r.persons]


def test_a_tibetan_reporters_name_of_two_syllables_is_one_name():
    assert _names("东江在线消息(驻西藏记者索朗达杰、德庆白珍)自治区人大会议今天闭幕。")[:2] == ["索朗达杰", "德庆白珍"]


def test_tibetan_names_in_a_presidium_list_are_read_whole():
    names = _names("大会执行主席张胜利、才保多杰、昂多加、格日相曲、索南才让,县长桑周出席。")
    assert "格日相曲" in names and "索南才让" in names


def test_gei_after_a_name_closes_it():
    assert _names("8日 市委书记张建国给东湖一中学生复信,勉励他们努力学习。")[0] == "张建国"


def test_a_figure_whose_ancestral_home_the_city_is_is_at_no_event():
    text = ("本报讯 9日,市长马建国会见英国驻武汉总领事麦克一行。东江是三峡工程所在地,古代民族团结使者王昭君的故里,"
            "享有水电之都的美誉。")
    people = [p.name for r in extract_text(text) for e in r.events for p in e.participants]
    assert "马建国" in people and "王昭君" not in people


def test_a_taiwan_county_city_before_its_mayor_is_a_place_and_a_double_verb_gives_both():
    found = _roles("本报讯 1日,升旗典礼在县府广场举行。县长王乾发、马公市长苏昆雄、澎防部副指挥官林义华等出席参与。")
    assert "马公" not in found
    assert found["苏昆雄"] == ["出席", "参与"]


# --- a round-up of briefs each signed by its reporters (issue 18: pages) -----------------------------------------

ROUND_UP = ("2020年是不平凡的一年。本社记者深入山乡社区,用一篇篇报道留下了珍贵的历史印记。\n"
            "加入抗疫的第二天,黄明在日记中写下了这句话。作为中心医院主治医师,她主动站了出来。(记者 王全超)\n"
            "疫情发生以来,东江还出台一系列针对性措施,社区送菜上门,农村喇叭村村响。(记者李勇、赵宇飞)\n"
            "夜幕降临,东江龙驹镇老街上,彩灯明亮起来,偶见戴着口罩的路人匆匆走过。(记者王金涛、赵宇飞)\n")


def test_a_round_up_of_briefs_each_signed_is_an_entry_a_brief():
    records = extract_text(ROUND_UP)
    assert len(records) == 4
    assert [p.name for p in records[1].persons] == ["黄明", "王全超"]


def test_one_report_printed_twice_with_the_same_credit_stays_whole():
    once = "会议还决定,任命毛光明为东江省人民政府副省长,决定接受李华辞去副省长职务的请求。(记者 廖小清)\n"
    assert len(extract_text("东江省人大常委会召开会议\n" + once + once)) == 1


def test_a_surname_read_into_an_organ_or_a_post_is_no_name():
    names = _names("区政府副区长毕婉玲、区法院院长杨建成、区检察院检察长王明出席。区委顾问王九鹏陪同。")
    assert names == ["毕婉玲", "杨建成", "王明", "王九鹏"]
    assert "王海军" in _names("【本报记者张以正、本报驻河北记者袁坤、王海军石家庄18日电】省委书记白明说。")


def test_a_bare_organ_listed_after_a_named_one_is_named_but_not_the_generic_government():
    found = _orgs("出席会议的还有县委、人大、政协领导,公安局负责人。")
    assert "人大" in found and "政协" in found
    assert "政府" not in _orgs("离不开自治区党委、政府的高度重视。")


def test_a_word_before_an_organ_of_the_city_is_no_part_of_its_name():
    assert _orgs("各单位将情况归类整理,报送市委、市政府供决策参考。") == ["市委", "市政府"]
