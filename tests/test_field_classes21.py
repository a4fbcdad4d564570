"""Error classes found in round 21 (page batch 9 layouts and clause openers before an organ), each closed here
on invented text written as real pages print it.
"""
from __future__ import annotations

from extract import extract_text


def _entries(text: str, date: str = "2006-11-16"):
    return extract_text(text, date=date)


# A half-month chronicle that a portal printed as one paragraph: each day set off by a space.
_DAYS_IN_ONE_PARAGRAPH = (
    "半月大事\n"
    "东江日报讯: (1日—15日) 1日 中共东江市委全会召开。市委书记周立新出席会议并讲话。2日 市科技馆开馆。 "
    "5日—6日 为期两天的东江投资论坛召开。 8日 市政府常务会议召开,市长吴海平主持。 "
    "12日 市委召开规划工作汇报会,周立新、吴海平出席。 13日 东江港二期工程开工。\n")


def test_day_labels_run_into_one_paragraph_are_one_entry_a_day():
    records = _entries(_DAYS_IN_ONE_PARAGRAPH)
    starts = [r.article.text.strip()[:3] for r in records]
    assert starts[1:] == ["2日 ", "5日—", "8日 ", "12日", "13日"]
    assert [p.name for p in records[3].persons] == ["吴海平"]
    assert {p.name for p in records[4].persons} == {"周立新", "吴海平"}


def test_a_report_whose_days_are_not_set_off_stays_one_article():
    text = ("本报讯 东江投资论坛日前闭幕。5日,市长吴海平会见客商。6日,论坛举行分组讨论。"
            "7日,市委书记周立新出席闭幕式。8日,代表们考察了东江港。\n")
    assert len(_entries(text)) == 1


_CAPTIONS = (
    "这是东江市滨江大道一景(4月5日摄)。 新华社记者 张华 摄\n"
    "这是1988年拍摄的东江市老城区一景。 新华社记者 李明 摄\n"
    "这是东江港扩建工程现场(1992年11月摄)。 新华社记者 李明 摄\n"
    "这是东江市新区的夜景。 新华社记者 王强 摄\n")


def test_a_page_of_captions_is_one_entry_a_caption():
    records = _entries(_CAPTIONS, date="2008-04-26")
    assert len(records) == 4
    assert [[p.name for p in r.persons] for r in records] == [["张华"], ["李明"], ["李明"], ["王强"]]


_HEADLINE_RUNS = (
    "东江广播电台发布2017年十大新闻\n\n"
    "据东江台报道,东江广播电台30日发布2017年十大新闻评选结果。\n\n"
    "2017年十大国内新闻(以新闻事件发生时间为序)\n\n"
    "1、东江新区设立,推进区域协同发展\n\n"
    "2、史上最大环保督查启动,保卫蓝天成效明显\n\n"
    "3、航天领域壮举频频,北斗问鼎苍穹\n\n"
    "2017年十大国际新闻(以新闻事件发生时间为序)\n\n"
    "1、全球经济出现复苏,贸易回暖\n\n"
    "2、引力波首次被看见,打开认识宇宙新窗口\n\n"
    "3、金融监管加大力度,防范风险成效显著\n")


def test_numbered_runs_of_headlines_are_headline_only_entries_under_their_titles():
    records = _entries(_HEADLINE_RUNS, date="2018-01-10")
    lead, *rest = records
    assert lead.article.headline == "东江广播电台发布2017年十大新闻" and not lead.article.headline_only
    assert [r.article.headline for r in rest] == [
        "东江新区设立,推进区域协同发展", "史上最大环保督查启动,保卫蓝天成效明显", "航天领域壮举频频,北斗问鼎苍穹",
        "全球经济出现复苏,贸易回暖", "引力波首次被看见,打开认识宇宙新窗口", "金融监管加大力度,防范风险成效显著"]
    assert all(r.article.headline_only for r in rest)
    assert [r.article.column for r in rest] == ["2017年十大国内新闻"] * 3 + ["2017年十大国际新闻"] * 3


_TEASERS = (
    "在东江市第二中学,常能看到学生和一名操着外地口音的老师打招呼——“李校长好!” 李光明已是第三次来到这里支教。…\n"
    "正在采茶的黄家新。 陈超摄 茶园风光。 黄家新摄格林村,是东江市的一个小小村落,坐落在江南岸。站在村外山上…\n"
    "本报东江5月4日电 (记者申明)4日中午,13名科考队员成功登顶。这是科考首次突破8000米以上海拔高度。…\n"
    "今年3月28日是东江解放73周年纪念日,东江各地举行升旗仪式,现场高奏《义…\n")


def test_a_list_of_opening_words_cut_off_is_one_entry_a_story():
    records = _entries(_TEASERS, date="2022-05-05")
    assert len(records) == 4
    assert [p.name for p in records[0].persons][:1] == ["李光明"]


def _orgs(text: str) -> set[str]:
    return {o.name for r in extract_text(text, date="1998-01-12") for o in r.organizations}


def test_a_clause_opener_is_no_part_of_an_organ():
    assert _orgs("但国防部长莫迪凯和联合政府中的第三道路表示反对。") == {"国防部"}
    assert _orgs("听省农委副主任陈吉芳介绍,省里领导最近去了。") == {"省农委"}
    assert not any(o.startswith("虽") for o in _orgs("虽然瑞典主教练马丽卡在赛前一再强调。"))
    # a place that begins with such a character opens the name
    assert _orgs("于都县委书记张三出席。") == {"于都县委"}


_LIST_ROWS = (
    "- 2014-10-16东江街道慧心巧手义卖献爱心\n"
    "- 2014-10-16东江公安分局开展国庆节前消防检查为进一步落实消防安全责任制,近日,副局长任红卫带领城管、消防等部门深入\n"
    "- 2014-10-16东江一中完成提升改造\n"
    "- 2014-10-16东江边检站政委韩荣彦看望慰问值班民警\n")


def test_dated_rows_of_a_list_of_stories_are_entries_not_page_furniture():
    records = _entries(_LIST_ROWS, date="2014-10-17")
    assert [r.article.headline for r in records if r.article.headline_only] == [
        "东江街道慧心巧手义卖献爱心", "东江一中完成提升改造", "东江边检站政委韩荣彦看望慰问值班民警"]
    assert ["任红卫"] in [[p.name for p in r.persons] for r in records if not r.article.headline_only]


def test_a_long_caption_closed_by_its_credit_over_the_dateline_belongs_to_the_story():
    text = ("东江市市长王明(中)、副市长李华(左)、张强(右)在东江市第四届人民代表大会第五次会议第三次全体会议上端坐一排,"
            "认真听取政府工作报告,会场气氛热烈。东江日报记者韩毅摄\n"
            "东江网1月19日讯(记者冀萍)东江市第四届人民代表大会第五次会议19日闭幕,张强当选东江市人民政府市长。\n")
    assert len(_entries(text, date="2010-01-20")) == 1


def test_a_credit_after_a_mark_closes_its_caption_and_opens_no_item():
    text = ("自治区人大会议在人民会堂闭幕。图为会议现场。□本报记者崔志坚摄\n"
            "本报讯 记者姚彤报道:自治区人大会议圆满完成各项议程,26日下午闭幕。\n")
    assert len(_entries(text, date="2018-01-27")) == 1


def test_a_gallery_of_captions_over_a_story_is_the_story_s():
    text = ("市政协会议隆重开幕,图为大会会场。东江网记者孙晓锐摄\n\n"
            "王明作政协常委会工作报告。东江网记者孙晓锐摄\n\n"
            "李华主持大会。东江网记者孙晓锐摄\n\n"
            "政协委员认真听取报告。东江网记者岳云雪摄\n"
            "东江网1月19日讯 (记者 孙晓锐)19日9时,市政协十届四次会议开幕。李华主持大会,王明作工作报告。\n")
    assert len(_entries(text, date="2011-01-20")) == 1
