"""Page splitting on multi-article and teaser pages, round 43 (issue "Real e-paper formats").

Every page here is invented, written in the layouts of the real pages of the page set's dev part.
"""
from __future__ import annotations

from extract.ingest import normalise
from extract.page import split_page
from extract.records import Source


def _split(text: str, **kw):
    norm, offsets = normalise(text)
    return split_page(Source(id="p", origin="p.txt", text=norm, raw=text, offsets=offsets, **kw))


def test_a_teaser_list_ends_each_teaser_at_its_link_and_the_next_opens_under_it():
    # a special page: a lead, headlined teasers each closed by its link (in traditional characters too), and the
    # last teaser cut off by the page with no link; the headline under a link heads the next teaser
    page = ("河东县召开全县秋季农业生产工作会议,县委书记张明远出席会议并讲话。会议强调,要抓好秋收秋种各项工作。\n"
            "近日,县长王建国带队到西河镇检查秋收工作,要求各乡镇做好农机调度。[详细内容]\n"
            "县政协主席孙立平走访慰问困难群众\n"
            "中秋前夕,县政协主席孙立平走访慰问了北山乡的困难群众,为他们送去慰问品。... [詳情]\n"
            "日前,记者从县交通局了解到,河东县新建农村公路120公里,方便了群众出行。\n")
    arts = _split(page)
    assert len(arts) == 4
    assert ["张明远" in a.text for a in arts] == [True, False, False, False]
    assert ["王建国" in a.text for a in arts] == [False, True, False, False]
    assert arts[2].headline == "县政协主席孙立平走访慰问困难群众"
    assert "交通局" in arts[3].text and "孙立平" not in arts[3].text


def test_a_paragraph_of_one_story_is_no_teaser():
    # the same paragraphs without links stay one story
    page = ("河东县召开全县秋季农业生产工作会议,县委书记张明远出席会议并讲话。\n"
            "会上,县长王建国就秋收工作作了部署,要求各乡镇做好农机调度。\n"
            "会议强调,要抓好秋收秋种各项工作。\n")
    assert len(_split(page)) == 1


def test_a_topic_and_a_colon_head_a_section_between_stories():
    # a related-reading box: headlined teasers, the last one's headline led by its place and a colon
    page = ("河东县:万名农民领到养老金\n"
            "本报讯 近日,河东县为一万余名农民发放养老金,县长王建国到现场察看。[详细]\n"
            "西河镇:新农合为农民筑起健康屏障\n"
            "“看病报销方便多了。”西河镇村民赵春来说。今年以来,西河镇参合率达到百分之九十九。\n")
    arts = _split(page)
    assert [a.headline for a in arts] == ["河东县:万名农民领到养老金", "西河镇:新农合为农民筑起健康屏障"]
    assert "赵春来" in arts[1].text and "赵春来" not in arts[0].text


def test_a_topic_and_a_colon_in_one_story_stay_a_subheading():
    page = ("河东县召开秋季农业生产工作会议\n"
            "本报讯 9月20日,河东县召开秋季农业生产工作会议,县委书记张明远出席会议并讲话。\n"
            "县委书记:抓好秋收秋种\n"
            "张明远强调,各乡镇要抓好秋收秋种各项工作,确保颗粒归仓。\n")
    arts = _split(page)
    assert len(arts) == 1 and "抓好秋收秋种" in arts[0].text
