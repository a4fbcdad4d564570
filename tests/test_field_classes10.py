"""Error classes found in round 12 on field-dev, each closed here on invented text written as real pages print it.
"""
from __future__ import annotations

from extract import extract_text


def _titles(text: str) -> dict[str, list[tuple[str, str | None]]]:
    [record] = extract_text(text)
    return {p.name: [(t.post, t.org) for t in p.titles] for p in record.persons}


def test_a_label_with_no_organ_after_a_list_names_its_untitled_persons():
    titles = _titles("会上,汤某丽、卫洁、尤金玉等委员围绕议题发言。")
    assert all(t == [("委员", None)] for t in titles.values()) and len(titles) == 3


def test_leaders_with_no_organ_after_a_list_are_no_title():
    # (round 28: the field set's gold gives 等领导 with no jurisdiction no title in 18 of 19 lists)
    titles = _titles("甘某强、柯美丽、邱小刚等领导和主席团其他成员在主席台就坐。")
    assert titles == {"甘某强": [], "柯美丽": [], "邱小刚": []}
    titles = _titles("张三主持会议,李四、王五等领导出席。")
    assert titles == {"张三": [], "李四": [], "王五": []}
    assert _titles("州委书记赵天明等领导陪同考察。")["赵天明"] == [("书记", "州委")]


def test_posts_written_after_a_name_that_opens_a_list_item_are_its_own():
    titles = _titles("某省委确定了3名拟推荐对象,分别是甘建平,某县委书记、二级巡视员;柯伟明,某市某区委书记;"
                     "邱某英,女,某县县委书记。")
    assert titles["甘建平"][0] == ("书记", "某县委") and ("二级巡视员" in {p for p, _ in titles["甘建平"]})
    assert titles["柯伟明"] == [("书记", "某市某区委")]
    assert titles["邱某英"] == [("书记", "某县县委")]


def test_a_post_before_the_next_name_stays_the_next_names():
    titles = _titles("出席会议的有:张三明,市长李四海;王五强。")
    assert titles["张三明"] == [] and titles["李四海"] == [("市长", None)]
