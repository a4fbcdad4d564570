"""Error classes found in round 19 on field-dev (chronicle and bulletin items that name no one), each closed
here on invented text written as real pages print it.
"""
from __future__ import annotations

from extract import extract_text

_CHRONICLE = ("西山区大事记\n\n9月10日  区召开主题教育动员会。全区副处级以上干部参加。\n\n"
              "同日  区教育大会召开。表彰优秀教师代表,发布区教育发展三年行动计划。\n\n"
              "9月12日  区长王建国到东山街道调研老旧小区改造工作。\n\n"
              "9月15日  区公益伙伴日暨社会组织党建品牌发布会举行。\n")


def _events(text: str, date: str | None = "2021-03-10") -> list[tuple[str, str | None, list[str]]]:
    return [(e.name, e.date, [p.name for p in e.participants]) for r in extract_text(text, date=date)
            for e in r.events]


def test_a_chronicles_gathering_that_names_no_one_is_an_event_of_its_day():
    assert _events(_CHRONICLE, date="2019-12-30") == [
        ("区主题教育动员会", "2019-09-10", []),
        ("区教育大会", "2019-09-10", []),                 # 同日: the day of the item before it
        ("王建国到东山街道调研老旧小区改造工作", "2019-09-12", ["王建国"]),
        ("区公益伙伴日暨社会组织党建品牌发布会", "2019-09-15", []),
    ]


def test_the_next_day_counts_from_the_item_before():
    text = "某县大事记\n\n3月4日  县人大常委会第十次会议召开。\n\n次日  全县春季植树造林动员大会召开。\n\n3月9日  县长李明到西乡调研。\n"
    assert [d for _, d, _ in _events(text, date="2015-06-30")][:2] == ["2015-03-04", "2015-03-05"]


def test_a_caption_naming_a_gathering_is_no_event():
    assert _events("区教育大会召开。(记者 李明 摄)\n") == []


def test_a_gathering_that_names_no_one_inside_a_report_is_no_event_of_its_own():
    # the main event places someone; a sitting mentioned later names no one and is left out
    text = "3月9日,县人大常委会举行第二十次会议,主任张国平主持会议。会议期间还召开了主任会议,研究下一步工作安排。"
    assert _events(text) == [("县人大常委会第二十次会议", "2021-03-09", ["张国平"])]


def test_bodies_that_held_a_gathering_together_are_in_its_name():
    text = "1月4日,县科技局、南田镇联合举办杨梅种植培训会,邀请市农科院专家授课,种植户90余人参加培训。"
    assert _events(text) == [("县科技局、南田镇杨梅种植培训会", "2021-01-04", [])]


def test_growers_counted_are_no_person():
    records = extract_text("1月4日,县科技局举办杨梅种植培训会,种植户90余人参加培训。", date="2021-03-10")
    assert [p.name for r in records for p in r.persons] == []


def _reporters(text: str) -> list[str]:
    return [p.name for r in extract_text(text, date="2012-03-05") for p in r.persons if p.is_reporter]


_BODY = "3月4日,县政协十一届六次会议开幕,县政协主席王建国主持会议。"


def test_a_units_credit_with_a_colon_names_its_writer():
    assert _reporters(_BODY + "(禄丰县统计局:张建彬)") == ["张建彬"]
    assert _reporters(_BODY + "\n(作者:中建七局 张文超 张景世)") == ["张文超", "张景世"]


def test_every_credit_of_a_credit_row_and_every_name_of_each():
    assert _reporters(_BODY + "\n(编辑:赖聪 审核:黄争光)\n\n评论一下") == ["赖聪", "黄争光"]
    assert _reporters(_BODY + "\n(责编:木胜玉、徐前)\n\n推荐阅读") == ["木胜玉", "徐前"]
    assert _reporters(_BODY + "\n(图文:张素伟 审核:张帅)") == ["张素伟", "张帅"]


def test_a_credit_word_written_after_names_also_leads_with_a_colon():
    assert _reporters(_BODY + "\n供稿:高敏\n编辑 :李梦云") == ["高敏", "李梦云"]


def test_a_reporting_crews_credit_names_its_reporters():
    assert _reporters(_BODY + "\n(成都传媒集团特别报道组 何晓蓉 李影)") == ["何晓蓉", "李影"]
