"""Brief items of real page formats (issue "Real e-paper formats"): bulletins, chronicles, teasers, debris.

Every page here is invented, written in the layouts real county and city papers use.
"""
from __future__ import annotations

from extract.ingest import normalise
from extract.items import split_at_marks
from extract.page import split_page
from extract.records import Source


def _split(text: str, **kw):
    norm, offsets = normalise(text)
    return split_page(Source(id="p", origin="p.txt", text=norm, raw=text, offsets=offsets, **kw))


BULLETIN = """1234 期 / 第2版:2
县域快讯
◆9月20日,县委书记张明远带队检查城区防汛工作。副县长李文华陪同。
◆9月21日,县长王建国主持召开县政府常务会议,研究部署秋季农业生产工作。
◆近日,县人大常委会副主任赵春来带领调研组到西河镇调研基层人大工作。
"""


def test_each_marked_item_is_its_own_entry_under_its_column():
    arts = _split(BULLETIN)
    assert len(arts) == 3
    assert [a.column for a in arts] == ["县域快讯"] * 3
    assert all(a.headline is None for a in arts)
    assert "张明远" in arts[0].text and "王建国" not in arts[0].text
    assert "赵春来" in arts[2].text
    # the metadata row is page furniture, read into the page
    assert arts[0].page.issue == "1234期" and arts[0].page.page == 2
    assert all("1234" not in a.text for a in arts)


def test_items_run_together_in_one_paragraph_are_cut_at_each_mark():
    page = ("简讯\n■9月20日,镇党委书记孙立平主持召开党委会议。■9月21日,镇长周海涛到村里检查秋收工作。"
            "■近日,镇人大主席吴德明走访慰问困难群众。")
    arts = _split(page)
    assert [a.column for a in arts] == ["简讯"] * 3
    assert ["孙立平" in a.text for a in arts] == [True, False, False]
    assert ["吴德明" in a.text for a in arts] == [False, False, True]


def test_a_mark_inside_a_sentence_does_not_cut_it():
    text = "会上,县长王建国就◆号工程作了部署。"
    assert list(split_at_marks(text, 0, len(text), frozenset("◆"))) == [(0, len(text))]


def test_a_chronicle_gives_one_entry_a_paragraph_and_a_header_joins_the_next():
    page = """某县大事记
(五月)
1日,县委书记张明远主持召开县委常委会会议。
3日,县长王建国到开发区调研重点项目建设。
同日,县政协主席刘长青主持召开政协主席会议。
8日,县人大常委会主任陈志刚带队视察全县民生实事项目。
"""
    arts = _split(page)
    assert len(arts) == 4
    assert arts[0].text.startswith("(五月)") and "张明远" in arts[0].text
    assert "刘长青" in arts[2].text and "王建国" not in arts[2].text
    assert {a.column for a in arts} == {"某县大事记"}


def test_a_report_over_several_days_with_a_dateline_stays_one_article():
    page = """县领导赴外地考察学习
本报讯 5日,县委书记张明远带队赴外地考察学习。
6日,考察团一行来到某市经济开发区,实地察看产业园区建设。
7日,考察团一行参观了某县乡村振兴示范点。
8日,考察团返回县城并召开总结座谈会。
"""
    arts = _split(page)
    assert len(arts) == 1 and arts[0].headline == "县领导赴外地考察学习"
    assert arts[0].column is None


def test_a_teaser_list_gives_headline_only_entries_in_order():
    page = """导读
★全县秋季农业生产工作会议召开
★县领导走访慰问困难群众
★西河镇便民服务中心启用
县长王建国主持召开县政府常务会议
本报讯 9月21日,县长王建国主持召开县政府常务会议,研究部署秋季农业生产工作。
"""
    arts = _split(page)
    only = [a.headline for a in arts if a.headline_only]
    assert only == ["全县秋季农业生产工作会议召开", "县领导走访慰问困难群众", "西河镇便民服务中心启用"]
    body = [a for a in arts if not a.headline_only]
    assert len(body) == 1 and body[0].headline == "县长王建国主持召开县政府常务会议"


def test_a_page_cut_off_mid_article_warns_on_that_article():
    page = """县长调研秋收工作
本报讯 9月21日,县长王建国到西河镇调研秋收工作,副县长李文华陪同。王建国在调研中指出,要抓住晴好天气"""
    arts = _split(page)
    assert arts[-1].warnings and arts[-1].warnings[0].startswith("truncated")
    closed = _split(page + "。")
    assert closed[-1].warnings == ()


def test_web_e_paper_navigation_is_not_an_article_or_a_headline():
    page = """上一版 下一版
版面导航
发布时间: 2023-09-22 10:33 来源:某县融媒体中心 字体:[大 中 小]
县长王建国主持召开县政府常务会议
本报讯 9月21日,县长王建国主持召开县政府常务会议,研究部署秋季农业生产工作。
返回目录
"""
    arts = _split(page)
    assert [a.headline for a in arts] == ["县长王建国主持召开县政府常务会议"]
    assert "返回目录" not in arts[0].text and "版面导航" not in arts[0].text


def test_a_column_title_ending_in_jianbao_is_not_the_paper():
    arts = _split("要闻简报\n◆9月20日,县委书记张明远带队检查防汛工作。\n◆9月21日,县长王建国主持召开会议。")
    assert arts[0].page.publication is None
    assert [a.column for a in arts] == ["要闻简报", "要闻简报"]


def test_record_json_carries_the_column_and_the_warning():
    from extract import ExtractConfig, extractor, record_to_json

    norm, offsets = normalise(BULLETIN)
    recs = extractor(ExtractConfig(backend="none"))(Source(id="p", origin="p.txt", text=norm, raw=BULLETIN,
                                                            offsets=offsets))
    out = [record_to_json(r) for r in recs]
    assert [o["column"] for o in out] == ["县域快讯"] * 3
    assert {p["name"] for p in out[0]["persons"]} >= {"张明远", "李文华"}
    assert not {p["name"] for p in out[0]["persons"]} & {"王建国", "赵春来"}


def test_a_numbered_run_gives_an_entry_a_number_under_the_digest_column():
    page = """某县农业农村局工作动态速览
工作动态
01 全县春耕生产现场推进会召开
3月28日,全县春耕生产现场推进会在东山镇召开,副县长李文华出席并讲话。
来源:局办公室
02 县农业农村局开展农资打假专项行动
4月2日,县农业农村局局长周海涛带队开展农资打假专项检查。
"""
    arts = _split(page)
    assert [a.headline for a in arts] == ["全县春耕生产现场推进会召开", "县农业农村局开展农资打假专项行动"]
    assert [a.column for a in arts] == ["工作动态", "工作动态"]
    assert "来源:局办公室" in arts[0].text        # the credit closes the first entry, it heads nothing


def test_a_district_label_over_a_headline_is_the_column():
    page = """本周各区书记区长公开活动一览。
福田区
打造城市居民田间体验馆
12月13日上午,福田区委书记黄伟一行调研农产品流通企业。
罗湖:
在新时代创造更多罗湖样板
12月12日,罗湖区委书记范德繁出席区团代会开幕式。
"""
    arts = _split(page)
    heads = [(a.column, a.headline) for a in arts if a.headline]
    assert heads == [("福田区", "打造城市居民田间体验馆"), ("罗湖", "在新时代创造更多罗湖样板")]


def test_furniture_that_names_a_column_gives_it_to_what_follows():
    page = """第3版(国际)
专栏:记者专访
走双赢发展道路
本报记者 罗某
联合国会议日前举行,某局局长张明远出席会议并发言。
【打印】【关闭】
"""
    arts = _split(page)
    assert [(a.headline, a.column) for a in arts] == [("走双赢发展道路", "记者专访")]
    assert "打印" not in arts[0].text


def test_a_web_date_row_is_the_page_date_and_not_a_headline():
    arts = _split("某某论坛用户 发表于 2022-8-2 22:19:02\n县长调研春耕\n本报讯 县长王建国到东山镇调研春耕生产。")
    assert arts[0].page.date == "2022-08-02"
    assert arts[0].headline == "县长调研春耕"


def test_a_name_before_zhaokai_ends_before_it():
    from extract.pipeline import extract_text

    names = [p.name for r in extract_text("12月13日,市领导张建国召开专题会议,副县长李国到会讲话。") for p in r.persons]
    assert names == ["张建国", "李国"]


def test_breadcrumbs_and_site_tools_are_not_headlines():
    page = """您现在的位置:某某网>>政府交流>>正文
跳至主要内容
【某县政协】某县政协第十一届委员会第二次会议召开|||||
本报讯 9月21日,县政协主席刘长青主持召开会议。
"""
    arts = _split(page)
    assert [(a.headline, a.column) for a in arts] == [("某县政协第十一届委员会第二次会议召开", "某县政协")]


def test_a_line_with_one_arrow_in_it_is_no_breadcrumb():
    from extract.masthead import _breadcrumb

    assert _breadcrumb("首页>新闻中心>详细内容") and _breadcrumb("某某网日本频道 > > 正文")
    assert not _breadcrumb("市场>政府") and not _breadcrumb("推动A>B的发展,加快建设。")


def test_a_title_printed_again_between_paragraphs_does_not_cut_the_article():
    page = """【要闻】某区考察交流团来穗参观考察
4月19日,某区考察交流团一行30余人来穗参观考察。市委常委王明远会见考察团。
【要闻】某区考察交流团来穗参观考察
王明远介绍了本市经济社会发展情况。
【要闻】某区考察交流团来穗参观考察
在穗期间,考察交流团先后参观考察某社区。
"""
    arts = _split(page)
    assert len(arts) == 1 and "在穗期间" in arts[0].text and arts[0].headline == "某区考察交流团来穗参观考察"


def test_a_user_lexicon_extends_the_page_furniture_and_the_item_marks(tmp_path):
    from extract import ExtractConfig, extractor

    page = "本站独家推送\n县长调研春耕\n本报讯 县长王建国到东山镇调研春耕生产。\n♦9月20日,县委书记张明远检查防汛。♦9月21日,县长王建国主持会议。"
    norm, offsets = normalise(page)
    src = Source(id="p", origin="p.txt", text=norm, raw=page, offsets=offsets)
    plain = extractor(ExtractConfig(backend="none")).split(src)
    assert plain[0].headline == "本站独家推送"
    (tmp_path / "masthead_words.tsv").write_text("本站独家推送\tweb\n", encoding="utf-8")
    (tmp_path / "item_markers.tsv").write_text("♦\n", encoding="utf-8")
    mine = extractor(ExtractConfig(backend="none", lexicon_dirs=(str(tmp_path),))).split(src)
    assert mine[0].headline == "县长调研春耕"
    assert len(mine) == 3 and "张明远" in mine[1].text and "张明远" not in mine[2].text


def test_teaser_entries_in_brackets_are_headline_only():
    page = """【全县秋季农业生产工作会议召开】
【县领导走访慰问困难群众】
县长王建国主持召开县政府常务会议
本报讯 9月21日,县长王建国主持召开县政府常务会议。
"""
    arts = _split(page)
    assert [a.headline for a in arts if a.headline_only] == ["全县秋季农业生产工作会议召开", "县领导走访慰问困难群众"]
    assert [a.headline for a in arts if not a.headline_only] == ["县长王建国主持召开县政府常务会议"]


def test_a_numbered_run_written_into_one_line_is_cut_at_its_numbers():
    page = ("工作动态\n1 全县春耕会议召开3月28日,全县春耕生产现场推进会召开,副县长李文华出席。"
            "2 县农业局开展专项行动4月2日,县农业农村局局长周海涛带队开展农资打假检查。"
            "3 东山镇召开会议4月3日,镇长吴德明主持召开会议,会议历时3小时。")
    arts = _split(page)
    assert len(arts) == 3
    assert ["李文华" in a.text for a in arts] == [True, False, False]
    assert ["吴德明" in a.text for a in arts] == [False, False, True]
    assert {a.column for a in arts} == {"工作动态"}
    # a number inside a sentence, or numbers that do not count up, cut nothing
    assert len(_split("本报讯 会议听取了2 个报告。会议还审议了5 项议案。")) == 1


# --- round 25: briefs under a column title, captions closed by a credit (page batch 15) -------------------

def test_paragraphs_under_a_column_of_briefs_are_briefs_of_their_own():
    text = ("创城动态\n发布日期:2018-09-14 作者:本报\n\n  甲村以“悦动甲村”为主题,开展了群众文化汇演活动,展现了独有的文化魅力。\n"
            "  近日,乙乡组织各村集中清理乱堆乱放、粉刷标语,取得明显效果。\n\n"
            "  创城工作开展以来,丙镇共发放宣传资料2500余份,在全镇掀起创城高潮。\n")
    articles = _split(text)
    assert [(a.headline, a.column) for a in articles] == [(None, "创城动态")] * 3


def test_a_caption_closed_by_its_photographer_s_credit_ends_its_line():
    text = ("图片新闻\n\n1月4日,市人大常委会党组召开会议,传达学习全会精神。摄影/马小明\n"
            "1月8日,市人大常委会召开预算联网监督工作汇报会。摄影/郝小荣\n"
            "1月10日,市人大常委会主任王大明深入某村走访察看。摄影/马小明\n")
    articles = _split(text)
    assert len(articles) == 3
    assert all(a.text.endswith(("马小明", "郝小荣")) for a in articles)


CHRONICLE_DAYS_ALONE = """2024年某区政协大事记
一月份大事记
5日:
区政协在某公园举行一月委员集体生日活动,区政协主席班子参加。
11日
1月11日,区政协召开新委员培训会。区政协副主席王海燕、李建平出席会议并讲话
16日
区政协第三次会议上午开幕。区委书记张明远,区政协主席赵春来在主席台就座。
"""


def test_a_chronicle_that_prints_each_day_alone_on_a_line_gives_an_entry_a_day():
    arts = _split(CHRONICLE_DAYS_ALONE)
    assert len(arts) == 3
    assert arts[0].text.startswith("一月份大事记\n5日") and "王海燕" in arts[1].text and "张明远" in arts[2].text
    assert "王海燕" not in arts[2].text
    assert all(a.headline is None for a in arts)


def test_days_alone_over_marked_items_leave_the_marks_to_cut_the_entries():
    page = "9月1日:\n\n△市长王建国调研重点项目。副市长李文华参加调研。\n\n△市委书记张明远到某县巡河。\n\n" \
           "9月4日:\n\n△市长王建国调研港务区建设。\n"
    arts = _split(page)
    assert ["王建国" in a.text for a in arts] == [True, False, True]
