"""Error classes found on field-dev in round 9 (batch 16 and the single web stories of earlier batches), each
closed here on invented text written in the phrasing real papers use.  The page-level ones (subheadings of one
story, a photo's caption over the lead, a last line cut off) are in ``test_page.py``.
"""
from __future__ import annotations

import pytest

from extract import extract_text
from extract.vocab import vocabulary


def test_a_suffix_in_brackets_is_inside_the_organ_of_a_post():
    (record,) = extract_text("某某钢铁(集团)党委书记、董事长王建军参加座谈。", date="2021-05-28")
    (wang,) = record.persons
    assert {(t.post, t.org) for t in wang.titles} == {("书记", "某某钢铁(集团)党委"), ("董事长", "某某钢铁(集团)")}
    assert {o.name: o.kind.value for o in record.organizations}["某某钢铁(集团)"] == "company"


@pytest.mark.parametrize("lead", [
    "某某融媒讯（记者 王小明）14日，",
    "某某新闻网讯 8日上午,",
    "某某网驻某市讯(记者 王小明)",
    "【记者王小明/某县报导】",
    "某某日报讯(记者 王小明)",
])
def test_an_outlet_no_lexicon_lists_opens_a_dateline(lead):
    assert vocabulary(()).page_cues.dateline_re.match(lead)


@pytest.mark.parametrize("line", ["县域快讯", "据某某网讯,", "他在电视台讯问了证人"])
def test_a_column_or_a_sentence_is_no_dateline(line):
    assert not vocabulary(()).page_cues.dateline_re.match(line)


def test_a_title_and_its_subtitle_on_one_line_and_a_picture_mark():
    (record,) = extract_text("某县参访团到市议会参访  加强双边交流合作\n\n本报讯 3月5日,某县参访团到市议会参访。",
                             date="2021-03-06")
    assert record.article.headline == "某县参访团到市议会参访"
    assert record.article.subheadline == "加强双边交流合作"
    (record,) = extract_text("某市党政代表团赴某县学习考察(组图)\n\n本报讯 3月5日,某市党政代表团赴某县学习考察。",
                             date="2021-03-06")
    assert record.article.headline == "某市党政代表团赴某县学习考察(组图)"    # (kept as printed since round 39)


def test_one_deng_in_a_listed_subject():
    (record,) = extract_text("国资委副主任黄丹明、姜志远、何立新,自治区政府秘书长高扬波等出席会议。", date="2012-04-13")
    assert [e.name for e in record.events] == ["黄丹明等出席会议"]


def test_an_act_of_another_kind_after_a_forum_is_an_activity_of_its_own():
    text = ("本报讯 10月21日,某市招商推介会在深圳举办。市长李明远出席并致辞。\n"
            "会上,市外经局主要负责人介绍了市情。\n"
            "在深圳期间,李明远一行还考察了某某科技、某某激光等企业。")
    (record,) = extract_text(text, date="2016-10-24")
    assert len(record.events) == 2
    assert "考察" in record.events[1].name and [p.name for p in record.events[1].participants] == ["李明远"]


def test_an_inspection_goes_on_with_the_next_place_it_visits():
    text = ("本报讯 5月3日,县长王某某到某镇调研农业生产。\n"
            "随后,王某某一行来到某村,调研蔬菜基地建设。")
    (record,) = extract_text(text, date="2016-05-04")
    assert len(record.events) == 1


def test_a_web_pages_template_row_and_footer_are_no_articles():
    text = ("某县参访团到某市考察\n\n本报讯 8月7日,某县参访团到某市考察,市长王某某会见了参访团。\n\n"
            "某某基金会 版权所有\n\n"
            "2023-08-17 1 1 某某日报 content_282689.html 1 某县参访团到某市考察 /enpproperty-->")
    records = extract_text(text)
    assert len(records) == 1
    assert records[0].article.page.date == "2023-08-17"
