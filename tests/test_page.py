"""The page splitter on the real sample page, on invented pages, and on any text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.page import describe_split, find_continuations, join_continuations, split_page
from extract.records import Article, PageInfo, Source

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt"
GOLD = ROOT / "tests" / "fixtures" / "qiantang-daily-2025-09-26-p1.gold.json"


def source(text: str, *, id: str = "p1", origin: str | None = None, **kw) -> Source:
    return Source(id=id, origin=origin or f"{id}.txt", text=text, raw=text, **kw)


def assert_offsets_exact(article: Article, src: Source) -> None:
    """Every character of the article text is the same character in the source."""
    for i, ch in enumerate(article.text):
        pos = article.offsets.to_source(i)
        assert 0 <= pos < len(src.text), (article.id, i)
        assert src.text[pos] == ch, (article.id, i, ch, src.text[pos])


@pytest.fixture(scope="module")
def page_text() -> str:
    return PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def page_source(page_text) -> Source:
    return source(page_text, id="qiantang-daily-2025-09-26-p1", origin=str(PAGE))


@pytest.fixture(scope="module")
def articles(page_source) -> list[Article]:
    return split_page(page_source)


# --- the sample page against its gold file -----------------------------------------

def test_seven_entries_in_gold_order(articles, gold):
    assert [a.headline for a in articles] == [g["headline"] for g in gold["articles"]]
    assert [a.headline_only for a in articles] == [bool(g.get("headline_only")) for g in gold["articles"]]
    assert [a.subheadline for a in articles] == [g.get("subheadline") for g in gold["articles"]]
    assert [a.id for a in articles] == [f"qiantang-daily-2025-09-26-p1#{k}" for k in range(1, 8)]


def test_headline_only_entry_is_just_its_headline(articles, gold):
    only = [a for a in articles if a.headline_only]
    assert len(only) == 1
    assert only[0].text == only[0].headline
    assert only[0].body_start == len(only[0].text)
    assert only[0].dateline is None and only[0].byline is None


def test_split_words_are_joined(articles):
    texts = "\n".join(a.text for a in articles)
    for word in ("李因来", "杭州和利时自动化有限公司", "完善工作机制", "做好新时代人才工作", "切实把安全生产", "科学谋划"):
        assert word in texts, word


def test_misplaced_headline_finds_its_body(articles, gold, page_text):
    chen = articles[3]
    assert chen.headline == gold["articles"][3]["headline"]
    assert page_text.rstrip().endswith(chen.headline)            # printed as the last line of the page
    assert chen.offsets.to_source(0) == page_text.rstrip().rfind(chen.headline)
    body = chen.text[chen.body_start:]
    assert body.startswith("本报讯(记者 吴宇翔)25日下午")
    assert gold["articles"][4]["headline"] not in chen.text      # the 沈燕俊 headline printed before it
    assert "沈燕俊" not in chen.text


def test_no_masthead_text_inside_articles(articles):
    for a in articles:
        for furniture in ("热线", "投稿邮箱", "总第812期", "QIANTANG", "农历", "主办", "公众号", "今日4版", "2025年9月26日"):
            assert furniture not in a.text, (a.id, furniture)


def test_page_info(articles, gold):
    for a in articles:
        info = a.page
        assert info.publication == gold["publication"]
        assert info.date == gold["date"] == a.date
        assert info.issue == "总第812期"
        assert info.page == 1
        assert set(info.organizations) == {(o["name"], o["type"]) for o in gold["masthead_organizations"]}


def test_offsets_lead_every_character_back(articles, page_source):
    for a in articles:
        assert_offsets_exact(a, page_source)


def test_source_spans_are_in_page_order_and_disjoint(articles, page_text):
    spans = [a.source_span for a in articles]
    assert all(s < e for s, e in spans)
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))
    for a in articles:
        s, e = a.source_span
        if not a.headline_only:
            assert a.text[a.body_start:a.body_start + 20] in page_text[s:e]


def test_continuation_marker_is_recorded_and_removed(articles):
    breakfast = articles[-1]
    assert breakfast.continues_on == 2
    assert "下转" not in breakfast.text
    assert breakfast.text.endswith("作出更大贡献。")
    assert [a.continues_on for a in articles[:-1]] == [None] * 6


def test_datelines_and_bylines(articles):
    assert [a.dateline for a in articles] == ["本报讯"] * 4 + [None] + ["本报讯"] * 2
    assert [a.byline for a in articles] == [
        "杭州日报记者 郭燕 本报记者 赵一霖",
        "记者 赵一霖 董笑瑜",
        "首席记者 赵一霖",
        "记者 吴宇翔",
        None,
        "记者 董笑瑜",
        "记者 董笑瑜",
    ]


def test_text_layout_headline_then_body(articles):
    first = articles[0]
    assert first.text.startswith(first.headline + "\n" + first.subheadline + "\n本报讯")
    assert first.text[first.body_start - 1] == "\n"
    assert "\n\n" not in first.text


def test_input_date_wins_over_the_masthead(page_text):
    arts = split_page(source(page_text, date="2025-09-27"))
    assert {a.date for a in arts} == {"2025-09-27"}
    assert arts[0].page.date == "2025-09-26"


def test_describe_split(articles):
    out = describe_split(articles)
    assert out.count("\n\n") == len(articles) - 1
    for a in articles:
        assert a.id in out and a.headline in out
    assert out.count("headline-only") == 1
    assert "continues on page 2" in out
    assert "byline:      杭州日报记者 郭燕 本报记者 赵一霖" in out
    assert describe_split([]) == "(no articles)"


# --- invented pages ----------------------------------------------------------------------

PLAIN = (
    "王海涛调研城市更新工作\n\n"
    "9月18日,市委副书记、市长王海涛到老城区调研城市更新工作。他强调,要坚持以人民为中心,"
    "扎实推进老旧小区改造。\n\n"
    "市政府秘书长刘建华参加。\n"
)


def test_plain_article_is_one_article_with_the_source_id():
    src = source(PLAIN, id="news/0918.txt")
    [a] = split_page(src)
    assert a.id == "news/0918.txt"
    assert a.headline == "王海涛调研城市更新工作"
    assert a.text.startswith(a.headline + "\n9月18日,")
    assert a.text.endswith("市政府秘书长刘建华参加。")
    assert a.page.publication is None and a.date is None
    assert_offsets_exact(a, src)


def test_body_without_headline_or_masthead():
    text = "9月18日,市长王海涛到老城区调研。\n他强调,要扎实推进改造。"
    [a] = split_page(source(text, id="x", date="2025-09-19"))
    assert a.headline is None and a.body_start == 0
    assert a.text == text
    assert a.date == "2025-09-19"


def test_source_headline_is_used_for_a_headless_record():
    [a] = split_page(source("市长王海涛到老城区调研。", headline="市长调研老城区"))
    assert a.headline == "市长调研老城区"
    assert a.text == "市长王海涛到老城区调研。"


def test_unstructured_and_empty_records_give_one_article():
    for text in ("", "   \n\n  ", "一段没有任何结构的文字没有标点也没有换行"):
        arts = split_page(source(text))
        assert len(arts) == 1 and arts[0].headline is None and arts[0].id == "p1"


OTHER_PAGE = (
    "西江日报\n\n"
    "2024年3月8日 星期五\n"
    "第1版 要闻\n"
    "责任编辑 陈晓东\n\n"
    "赵立新在全市春季植树活动中强调 厚植绿色底色\n\n"
    "本报讯(记者 周敏 通讯员 黄一鸣)7日上午,市委书记孙国平在江北区调研科技创新工作。孙国平来到多家企业,了解研发投\n\n"
    "入情况。\n\n"
    "市领导何东参加。\n\n"
    "赵立新在全市春季植树活动中强调 厚植绿色底色\n\n"
    "赵立新在全市春季植树活动中强调 厚植绿色底色\n\n"
    "8日讯 市政协召开常委会议,主席钱文华主持。会议听取有关工作报告。(下转第3版)\n\n"
    "孙国平在江北区调研科技创新工作\n"
)


def test_other_province_page_with_misplaced_headlines():
    src = source(OTHER_PAGE, id="xijiang-20240308-p1")
    arts = split_page(src)
    assert [(a.headline, a.headline_only) for a in arts] == [
        ("孙国平在江北区调研科技创新工作", False),
        ("赵立新在全市春季植树活动中强调 厚植绿色底色", True),
        (None, False),
    ]
    sun, zhao, brief = arts
    assert "研发投入情况。" in sun.text
    assert sun.byline == "记者 周敏 通讯员 黄一鸣" and sun.dateline == "本报讯"
    assert "赵立新" not in sun.text
    assert brief.dateline == "8日讯" and brief.continues_on == 3
    info = sun.page
    assert (info.publication, info.date, info.page) == ("西江日报", "2024-03-08", 1)
    for a in arts:
        assert "责任编辑" not in a.text and "要闻" not in a.text
        assert_offsets_exact(a, src)


@pytest.mark.parametrize("lead, dateline", [
    ("新华社北京9月25日电(记者 王静)国务院新闻办公室25日举行发布会。", "新华社北京9月25日电"),
    ("本报杭州9月25日讯 全省数字经济大会25日召开。", "本报杭州9月25日讯"),
    ("8日讯 市政协召开常委会议。", "8日讯"),
    ("市长张三8日电话连线基层干部。", None),
])
def test_datelines(lead, dateline):
    [a] = split_page(source("标题一则\n\n" + lead))
    assert a.dateline == dateline


def test_headline_repeated_without_body_is_one_entry():
    text = "\n\n".join(["全省经济工作会议召开"] * 4 + ["本报讯 会议在省会召开。"]) + "\n"
    arts = split_page(source(text))
    assert [a.headline for a in arts] == ["全省经济工作会议召开"]
    assert not arts[0].headline_only
    text = "\n\n".join(["金秋消费季启动仪式举行", "副市长陈光明出席启动仪式并致辞"] * 3)
    arts = split_page(source(text))
    assert [a.headline for a in arts] == ["金秋消费季启动仪式举行", "副市长陈光明出席启动仪式并致辞"]
    assert all(a.headline_only for a in arts)


def test_no_join_into_a_headline():
    text = ("区长主持召开常务会议\n\n本报讯 区长主持召开常务会议,研究部署近期工作\n\n"
            "街道开展消防演练\n\n本报讯 12日,街道开展消防演练。")
    arts = split_page(source(text))
    assert [a.headline for a in arts] == ["区长主持召开常务会议", "街道开展消防演练"]
    assert arts[0].text.endswith("研究部署近期工作")


def test_credits_and_stray_punctuation_stay_in_their_article():
    text = ("市长调研防汛工作\n\n本报讯 12日,市长到江堤检查防汛工作,要求压实责任、确保安全度汛\n\n。\n\n"
            "(记者 张三)\n\n李四 摄\n\n"
            "记者节快乐\n\n本报讯 8日,全市新闻工作者座谈会召开。")
    arts = split_page(source(text))
    assert [a.headline for a in arts] == ["市长调研防汛工作", "记者节快乐"]
    first = arts[0]
    assert "确保安全度汛。" in first.text
    assert first.text.endswith("(记者 张三)\n李四 摄")
    assert arts[1].byline is None


@pytest.mark.parametrize("line, is_byline", [
    ("记者 赵一霖 通讯员 王小明", True),
    ("本报记者 林华 实习生 欧阳晓晓", True),
    ("文/张三 图/李四", True),
    ("人民日报记者 周敏", True),
    ("记者节快乐", False),
    ("通讯员培训班开班", False),
])
def test_byline_lines(line, is_byline):
    [a] = split_page(source(line + "\n\n25日,市长到江堤检查防汛工作。"))
    assert (a.byline == line) is is_byline


def test_headlines_without_datelines():
    # on a page of several stories (one of them opened by a dateline), a short line between two paragraphs
    # heads a story of its own
    text = ("防汛检查\n\n本报讯 25日,区长到江堤检查防汛工作。\n\n"
            "春季招聘会举办\n\n本区春季招聘会在人才市场举办,120家企业提供岗位3000余个。\n\n"
            "现场还设置了政策咨询台。\n\n"
            "老旧小区改造提速\n\n今年全区计划改造老旧小区12个,目前已开工9个,副区长孙丽到现场察看进度。\n\n"
            "(责任编辑:王小明)\n")
    arts = split_page(source(text))
    assert [a.headline for a in arts] == ["防汛检查", "春季招聘会举办", "老旧小区改造提速"]
    assert arts[1].text.endswith("现场还设置了政策咨询台。")
    assert "王小明" not in arts[2].text


def test_subheadings_of_one_story():
    # a web page holding one story: its subheadings, and a last line the excerpt cut off, stay in it
    text = ("区长调研三个街道\n\n本报讯 3月5日,区长周某到东街、西街、南街调研。\n\n"
            "察看社区食堂\n\n东街社区食堂里,周某与老人交谈。\n\n"
            "听取项目汇报\n\n西街办事处里,周某听取了旧城改造项目汇报。\n\n"
            "随后周某来到南街文化站察")
    [a] = split_page(source(text))
    assert a.headline == "区长调研三个街道"
    assert "察看社区食堂\n东街社区食堂里" in a.text and a.text.endswith("文化站察")


def test_photo_caption_over_the_lead():
    # a photo's caption between the headline and the dateline belongs to the story under it
    text = ("区长会见客商\n\n区长周某(右)向客商赠送纪念品。本报记者 王某 摄\n\n"
            "本报讯 3月5日,区长周某会见了来访的客商代表团。\n\n双方就产业合作交换了意见。")
    [a] = split_page(source(text))
    assert a.headline == "区长会见客商"
    assert a.text.index("赠送纪念品") < a.text.index("会见了来访")


WRAPPED = (
    "李建国调研高新区\n"
    "　　本报讯（记者 张伟 通讯员 刘洋）9月10日，市委书记\n"
    "李建国率队赴高新区调研。他强调，要坚持\n"
    "创新驱动。\n"
    "　　市领导王强参加。\n"
    "全市秋粮收购工作启动\n"
    "　　本报讯 连日来，全市各地秋粮收购工作\n"
    "陆续启动，副市长赵红到粮库检查。\n"
)


def test_hard_wrapped_page_with_single_newlines():
    src = source(WRAPPED)
    arts = split_page(src)
    assert [a.headline for a in arts] == ["李建国调研高新区", "全市秋粮收购工作启动"]
    assert arts[0].byline == "记者 张伟 通讯员 刘洋"
    assert arts[0].text.split("\n")[1:] == [
        "本报讯（记者 张伟 通讯员 刘洋）9月10日，市委书记李建国率队赴高新区调研。他强调，要坚持创新驱动。",
        "市领导王强参加。",
    ]
    assert "全市各地秋粮收购工作陆续启动" in arts[1].text
    for a in arts:
        assert_offsets_exact(a, src)


def test_file_name_gives_page_and_date():
    [a] = split_page(source(PLAIN, id="rb-20240308-p3.txt"))
    assert a.page.page == 3 and a.date == "2024-03-08"


PAGE_ONE = (
    "东湖日报\n2024年5月20日 星期一\n第1版\n\n"
    "全市重点项目集中开工\n\n"
    "本报讯(记者 林华)19日,全市重点项目集中开工仪式举行。市委书记张明远宣布开工。(下转第2版)\n"
)
PAGE_TWO = (
    "东湖日报\n2024年5月20日 星期一\n第2版\n\n"
    "湖区新闻简讯\n\n本报讯 湖区举办读书节。\n\n"
    "(上接第1版)张明远强调,要加快项目建设。\n\n市领导王伟参加。\n"
)


def test_join_continuations_links_the_jump():
    one = split_page(source(PAGE_ONE, id="dh-p1"))
    two = split_page(source(PAGE_TWO, id="dh-p2"))
    assert one[0].continues_on == 2
    cont = [a for a in two if a.continued_from == 1]
    assert len(cont) == 1 and cont[0].text.startswith("张明远强调")
    assert cont[0].text.endswith("市领导王伟参加。")
    everything = one + two
    assert find_continuations(everything) == [(0, 2)]
    joined = join_continuations(everything)
    assert [a.id for a in joined] == ["dh-p1", "dh-p2#2", "dh-p2#1"]
    assert joined[1].headline == "全市重点项目集中开工"
    assert joined[1].source_span == cont[0].source_span        # both parts keep their own spans
    assert joined[1].offsets == cont[0].offsets
    assert everything[2].headline is None                      # the input is not changed


def test_short_continuation_line_is_not_furniture():
    text = "东湖日报\n第2版\n\n(上接第1版)项目建设\n\n要加快推进。\n"
    [a] = split_page(source(text, id="dh-p2"))
    assert a.continued_from == 1
    assert a.text == "项目建设要加快推进。"


def test_join_prefers_the_continuation_repeating_the_headline():
    def art(id, page, headline, **kw):
        return Article(id=id, source=id, text="x", source_span=(0, 1), headline=headline,
                       page=PageInfo(page=page), **kw)
    a = art("a", 1, "全市重点项目集中开工", continues_on=2)
    b1 = art("b1", 2, "湖区新闻", continued_from=1)
    b2 = art("b2", 2, "全市重点项目集中开工", continued_from=1)
    b3 = art("b3", 3, None, continued_from=1)
    assert find_continuations([a, b1, b2, b3]) == [(0, 2)]
    assert find_continuations([a, b3]) == []                  # on the wrong page


# --- any text ----------------------------------------------------------------------

_LINES = PAGE.read_text(encoding="utf-8").splitlines()
_PIECES = st.one_of(
    st.sampled_from(_LINES),
    st.sampled_from(_LINES).map(lambda s: s[: len(s) // 2]),
    st.sampled_from(["(下转第2版)", "(上接第1版)", "本报讯", "(记者 张三)", "记者 李四 通讯员 王五", "25日,",
                     "钱塘新区报", "第1版", "\u3000\u3000", " ", "", "。", "\r", "\t", "\x0b", "\x1c", "报"]),
    st.text(max_size=30),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=25), st.lists(st.sampled_from(["\n", "\n\n", "", " "]), max_size=25))
def test_any_text_splits_and_maps_back(pieces, seps):
    text = "".join(p + (seps[i] if i < len(seps) else "\n") for i, p in enumerate(pieces))
    src = source(text)
    arts = split_page(src)
    assert len(arts) >= 1
    ids = [a.id for a in arts]
    assert len(set(ids)) == len(ids)
    for a in arts:
        assert_offsets_exact(a, src)
        assert 0 <= a.body_start <= len(a.text)
        assert 0 <= a.source_span[0] <= a.source_span[1] <= len(text)
    describe_split(arts)
    join_continuations(arts)


def test_an_html_epaper_page_listing_several_articles_goes_through_the_same_splitter(tmp_path):
    from extract.ingest import read_inputs

    page = tmp_path / "epaper.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>钱塘新区报 2025年9月26日 第1版</title></head><body>"
        "<div class='nav'>首页 | 上一版 | 下一版</div>"
        "<div><h2>2025年金砖国家特殊经济区对话会举行</h2><h3>盛秋平刘非致辞 卢山出席</h3>"
        "<p>本报讯(杭州日报记者 郭燕 本报记者 赵一霖)25日,2025年金砖国家特殊经济区对话会举行。"
        "商务部副部长盛秋平,省委常委、市委书记刘非致辞,副省长卢山出席。</p><p>市领导朱华、章登峰出席。</p></div>"
        "<div><h2>区领导走访慰问高层次人才</h2><p>本报讯(记者 赵一霖 董笑瑜)24日,新区党工委书记、区委书记金承涛"
        "来到杭州博岳生物技术有限公司,走访慰问高层次人才代表。刘国娟、杨帆参加。</p></div>"
        "<script>var x = '<b>no</b>';</script></body></html>", encoding="utf-8")
    [source] = [s for s in read_inputs([str(page)])]
    articles = split_page(source)
    assert [a.headline for a in articles] == ["2025年金砖国家特殊经济区对话会举行", "区领导走访慰问高层次人才"]
    assert [a.id for a in articles] == ["epaper.html#1", "epaper.html#2"]
    assert {a.date for a in articles} == {"2025-09-26"}
    assert all("<b>" not in a.text and "var x" not in a.text for a in articles)


def test_an_article_continued_on_another_page_is_joined_when_both_pages_are_given():
    from extract.pipeline import ExtractConfig, extract_sources

    page1 = ("钱塘新区报\n2025年9月26日 星期五\n第1版\n\n区长调研重点企业\n\n"
             "本报讯(记者 周平)25日,区委副书记、区长钱进来到杭州华宇新材料有限公司调研。"
             "钱进指出,要加快项目建设。(下转第2版)\n")
    page2 = ("钱塘新区报\n2025年9月26日 星期五\n第2版\n\n(上接第1版)区领导孙丽、李强参加。\n\n"
             "其他新闻\n\n本报讯 25日,区图书馆开放。\n")
    sources = [Source(id="p1.txt", origin="p1.txt", text=page1, raw=page1),
               Source(id="p2.txt", origin="p2.txt", text=page2, raw=page2)]
    records = list(extract_sources(sources, ExtractConfig()))
    [joined] = [r for r in records if r.article.parts]
    a = joined.article
    assert a.headline == "区长调研重点企业"
    assert [p.source for p in a.parts] == ["p1.txt", "p2.txt"]
    assert "(下转" not in a.text and "(上接" not in a.text
    names = {p.name for p in joined.persons}
    assert {"钱进", "孙丽", "李强"} <= names
    # every character of the second part leads back to the same character of page 2
    part = a.parts[1]
    for k in range(part.text_span[0], part.text_span[1]):
        assert a.text[k] == page2[part.offsets.to_source(k - part.text_span[0])]
    # the participants of the one event come from both pages
    assert {"钱进", "孙丽", "李强"} <= {p.name for e in joined.events for p in e.participants}


# A county paper's page: a name-led headline printed without its body (the story runs on another
# page), right above the headline and body of another story; and a kicker (引题) over a headline.
OTHER_STORY_PAGE = """县领导检查冬季供暖工作

本报讯(记者 李华)19日,县委书记张志远带队检查冬季供暖保障工作。

阿不都热合曼·吐尔逊在全县冬季农业生产推进会上强调 抓实抓细冬季农业生产 确保明年农业开好局

县委理论学习中心组集体学习党的二十届四中全会精神

本报讯(通讯员 马腾飞)18日,县委理论学习中心组举行集体学习,深入学习贯彻党的二十届四中全会精神。县委副书记、县长阿不都热合曼·吐尔逊,县政协主席王建新参加。

情系子弟兵 共筑鱼水情

县领导走访慰问驻县部队官兵和优抚对象

本报讯(记者 李华)20日,县领导走访慰问驻县部队官兵和优抚对象,送去节日的问候。
"""


def test_a_name_led_headline_over_another_story_is_its_own_headline_only_entry():
    arts = split_page(source(OTHER_STORY_PAGE, id="p"))
    heads = [(a.headline, a.subheadline, a.headline_only) for a in arts]
    assert ("阿不都热合曼·吐尔逊在全县冬季农业生产推进会上强调 抓实抓细冬季农业生产 确保明年农业开好局",
            None, True) in heads, heads
    assert ("县委理论学习中心组集体学习党的二十届四中全会精神", None, False) in heads, heads
    # the kicker shares nothing with its body but is led by no name: it stays over its headline
    assert ("情系子弟兵 共筑鱼水情", "县领导走访慰问驻县部队官兵和优抚对象", False) in heads, heads
