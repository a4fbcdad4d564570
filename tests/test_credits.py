"""Credits and bylines of real news (issue 17, field-dev): every person credited is a reporter.

Credits stand in brackets after the last paragraph (钱小芸 孔德超), inside a website's dateline
(某网某地5月8日电(葛思远、蔺晓红)), after the name (X 供图, X报道, X翻摄) or before it (作者:X, 文/X);
a page's line repair may glue them to the next line.  A reporter carries the credit's post as a title
where the credit names one (记者, 责任编辑, 审核), none where it does not (作者, 摄, 供图, 文/), no roles,
and is in no event.  Every sentence here is invented.
"""
from __future__ import annotations

import pytest

from extract import extract_text


def record(text: str):
    recs = extract_text(text, date="2025-05-10")
    assert recs
    return recs


def people(text: str) -> dict:
    return {p.name: p for rec in record(text) for p in rec.persons}


def participants(text: str) -> set[str]:
    return {pt.name for rec in record(text) for e in rec.events for pt in e.participants}


def posts(person) -> list[tuple[str, str | None]]:
    return [(t.post, t.org) for t in person.titles]


def assert_reporter(person, expected_posts=()):
    assert person.is_reporter, person
    assert not person.roles, person.roles
    assert posts(person) == list(expected_posts)


# --- credits in brackets closing the article: names only, or a unit then a name ------------------

@pytest.mark.parametrize("credit, names", [
    ("(钱小芸 孔德超)", ["钱小芸", "孔德超"]),
    ("（汪晓岚）", ["汪晓岚"]),
    ("(东坪镇 蒋婉婷)", ["蒋婉婷"]),
    ("(钱小芸、孔德超、柏子轩)", ["钱小芸", "孔德超", "柏子轩"]),
])
def test_bracketed_credit_after_the_last_paragraph(credit, names):
    text = ("本报讯 8日,副县长周海峰到青禾工业园调研企业复工情况。\n"
            f"周海峰要求各部门主动服务企业。园区管委会负责人陪同调研。{credit}")
    found = people(text)
    for name in names:
        assert_reporter(found[name])
        assert name not in participants(text)
    assert not found["周海峰"].is_reporter
    assert "东坪镇" not in found


def test_bracketed_credit_on_its_own_line_before_a_source_line():
    text = ("本报讯 8日,副县长周海峰到青禾工业园调研。园区负责人陪同。\n"
            "(钱小芸 孔德超)\n来源:某县融媒体中心")
    found = people(text)
    assert_reporter(found["钱小芸"])
    assert_reporter(found["孔德超"])


def test_a_name_in_brackets_inside_a_sentence_is_no_credit():
    found = people("本报讯(葛思远)8日,县长周海峰到青禾工业园调研,园区主任(柏子轩)汇报了建设情况。\n会议结束。")
    assert_reporter(found["葛思远"])
    assert not found.get("柏子轩") or not found["柏子轩"].is_reporter


@pytest.mark.parametrize("tail", ["(完)", "(草案)", "(二〇二五年五月八日)", "(某县青禾乡党委)"])
def test_brackets_closing_a_paragraph_without_a_name_give_no_person(tail):
    found = people(f"本报讯 8日,副县长周海峰到青禾工业园调研。园区负责人陪同。{tail}\n(钱小芸)")
    assert set(found) == {"周海峰", "钱小芸"}
    assert_reporter(found["钱小芸"])


# --- correspondents inside a website's or paper's dateline -------------------------------------

@pytest.mark.parametrize("dateline, names", [
    ("人民网云州5月8日电(葛思远、蔺晓红)", ["葛思远", "蔺晓红"]),
    ("人民网云州5月8日电 (葛思远)", ["葛思远"]),
    ("本报讯(葛思远)", ["葛思远"]),
    ("江陵法治传媒网:(葛思远)", ["葛思远"]),
])
def test_names_in_a_dateline_bracket_are_reporters(dateline, names):
    text = f"{dateline}8日上午,云州市第二届茶叶博览会开幕。副市长邵景明出席开幕式并致辞。"
    found = people(text)
    for name in names:
        assert_reporter(found[name])
        assert name not in participants(text)
    assert found["邵景明"].roles and not found["邵景明"].is_reporter


# --- credit words after the name, glued or spaced ---------------------------------------------

@pytest.mark.parametrize("text, name, expected", [
    ("本报讯 8日,县人大常委会召开主任会议。县人大常委会主任魏国良主持。\n通讯员 柏子轩报道", "柏子轩", [("通讯员", None)]),
    ("县人大常委会会议现场。蔺晓红 供图\n本报讯 8日,县人大常委会召开主任会议。县人大常委会主任魏国良主持。",
     "蔺晓红", []),
    ("▲访问团拜会市政府。(记者黎永康翻摄，下同)\n本报讯 8日,访问团拜会市政府,副市长魏国良会见。",
     "黎永康", [("记者", None)]),
    ("本报讯 8日,县人大常委会召开主任会议。县人大常委会主任魏国良主持。(葛思远 摄)", "葛思远", []),
])
def test_credit_words_after_the_name(text, name, expected):
    found = people(text)
    assert_reporter(found[name], expected)
    assert "魏国良" in found and not found["魏国良"].is_reporter
    assert not any(n.startswith(name) and n != name for n in found)      # never 黎永康翻


# --- credit words before the name: a post where the word names one, else none ----------------

@pytest.mark.parametrize("credit, name, expected", [
    ("作者:谭雅雯", "谭雅雯", []),
    ("文/谭雅雯", "谭雅雯", []),
])
def test_credit_words_before_the_name(credit, name, expected):
    text = f"本报讯 8日,副县长周海峰到青禾工业园调研。园区负责人陪同。\n{credit}"
    assert_reporter(people(text)[name], expected)


def test_a_credit_glued_to_the_date_of_the_next_line_still_ends_at_the_name():
    # a page's line repair may join the credit row with the first paragraph
    text = ("周海峰到青禾工业园调研\n2025-05-08 10:20 来源:某县人民政府 责任编辑:谭雅雯"
            "5月8日,副县长周海峰到青禾工业园调研企业复工情况,并慰问一线职工。园区负责人陪同。")
    found = people(text)
    assert_reporter(found["谭雅雯"], [("责任编辑", None)])
    assert "谭雅雯" not in participants(text)


def test_a_credit_word_after_a_slash_is_not_the_start_of_a_name():
    text = "茶博会开幕\n日期:2025-05-08 作者:谭雅雯 图/ 文近日,云州市第二届茶叶博览会开幕,副市长邵景明出席。"
    found = people(text)
    assert_reporter(found["谭雅雯"])
    assert not any("近日" in n for n in found)


def test_text_and_picture_credits_give_reporters_without_titles():
    text = "本报讯 8日,副县长周海峰到青禾工业园调研。园区负责人陪同。\n谭雅雯/文 蔺晓红/图"
    found = people(text)
    assert_reporter(found["谭雅雯"])
    assert_reporter(found["蔺晓红"])


def test_an_outlet_before_a_modified_credit_word_is_its_organ():
    found = people("本报讯(融媒体首席记者 柏子轩)8日,云州市第二届茶叶博览会开幕。副市长邵景明出席。")
    assert_reporter(found["柏子轩"], [("首席记者", "融媒体")])


def test_all_media_is_a_kind_of_reporter_not_an_outlet():
    # the field set's real-text gold writes 全媒体记者 as the post (玉溪日报全媒体记者 某某: org 玉溪日报)
    found = people("本报讯(全媒体首席记者 柏子轩)8日,云州市第二届茶叶博览会开幕。副市长邵景明出席。")
    assert_reporter(found["柏子轩"], [("首席记者", None)])


def test_a_photo_credit_at_a_line_end_closes_the_caption():
    from extract.pipeline import extract_text

    text = "代表团参观座谈\n本报讯 代表团来我县考察。\n图为代表团在某社区考察。梁秋摄\n图为代表团在某中学考察。崔昭摄"
    reporters = {p.name for r in extract_text(text, date="2024-05-06") for p in r.persons if p.is_reporter}
    assert reporters == {"梁秋", "崔昭"}


def test_a_credited_name_that_is_also_a_word_is_read_after_its_credit_word():
    from extract import extract_text
    text = "某镇召开会议\n来源:某某信息网 更新时间:2009-04-13 08:35 作者:严格 蒋德玉 责任编辑:\n某镇示范区建设现场会召开。镇长王建军出席。"
    (record,) = extract_text(text, date="2009-04-13")
    assert {p.name for p in record.persons if p.is_reporter} == {"严格", "蒋德玉"}


def test_the_writers_at_the_end_of_a_stamp_row_are_reporters():
    from extract import extract_text
    text = ("某乡召开人代会\n2021-09-29 17:09   某某人民政府   陈琪 胡振杨\n"
            "某网消息  9月27日,某乡第一次人民代表大会召开。乡长王建军出席。")
    (record,) = extract_text(text)
    assert {p.name for p in record.persons if p.is_reporter} == {"陈琪", "胡振杨"}


def test_a_name_marked_with_a_square_after_the_last_paragraph_is_a_reporter():
    from extract import extract_text
    (record,) = extract_text("某政协召开会议\n会议审议了2018年协商工作计划(草案)。□黄和芳", date="2018-03-01")
    assert [(p.name, p.is_reporter) for p in record.persons] == [("黄和芳", True)]
