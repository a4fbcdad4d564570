"""Error classes found in round 15 on field-dev (batches 23 and 24), each closed here on invented text written as
real pages print it.
"""
from __future__ import annotations

from extract import extract_text


def _record(text: str, date: str | None = "2021-03-10"):
    [record] = extract_text(text, date=date)
    return record


def _titles(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.name, t.post, t.org) for p in _record(text).persons for t in p.titles]


def test_a_bureau_named_for_a_group_keeps_the_group_in_its_name():
    # 退役军人 is a label before names (退役军人甘某), and the first words of a bureau's name
    assert _titles("会议任命甘立明为江城市退役军人事务局局长。") == [("甘立明", "局长", "江城市退役军人事务局")]


def test_a_label_takes_the_place_written_before_it():
    assert _titles("杭州市荣誉市民甘立明、柯立强出席了招待会。") == [
        ("甘立明", "荣誉市民", "杭州市"), ("柯立强", "荣誉市民", "杭州市")]
    assert _titles("荣誉市民甘立明出席了招待会。") == [("甘立明", "荣誉市民", None)]


def test_a_body_named_for_its_task_keeps_its_verbs():
    names = [o.name for o in _record("3日,江城市召开旧城改造工作领导小组第二次会议。").organizations]
    assert "旧城改造工作领导小组" in names


def test_a_measure_word_after_a_place_ends_no_name_there():
    names = [o.name for o in _record("该集团在香港等地拥有十余家子公司。").organizations]
    assert not any(n.endswith("子公司") for n in names)


def test_what_stands_above_a_breadcrumb_is_the_site_not_the_headline():
    page = ("江城网站\n您当前所在位置:首页 > 要闻 > 正文\n\n江城市政协十届三次会议隆重开幕\n\n"
            "更新时间:2021-01-26 10:39\n\n1月25日上午,江城市政协十届三次会议在江城会堂开幕。政协主席甘立明作工作报告。")
    assert _record(page).article.headline == "江城市政协十届三次会议隆重开幕"


def test_a_headline_above_the_breadcrumb_stays():
    page = ("本周江城八县书记县长在忙这些事\n\n新闻中心 > 江城频道 > 要闻\n\n2024-08-03 14:29 来源: 江城日报\n\n"
            "7月26日至8月3日,江城八县书记县长在忙这些事。县委书记甘立明带队走访慰问驻地部队官兵。")
    assert _record(page).article.headline == "本周江城八县书记县长在忙这些事"


def test_a_word_that_closes_names_is_no_name_after_a_label():
    persons = [p.name for p in _record("出席会议的有区人大常委会主任甘立明,区委、区政府的领导同志。").persons]
    assert persons == ["甘立明"]


def test_a_japanese_town_and_its_deputy_mayor():
    assert _titles("日本金崎町副町长小野寺正德一行来访。") == [("小野寺正德", "副町长", "日本金崎町")]


def test_a_report_made_by_someone_is_named_without_what_it_was_about():
    record = _record("会议听取了省人大法制委副主任委员甘立明作的关于该草案的审查报告。")
    [person] = record.persons
    assert [r.role for r in person.roles] == ["作审查报告"]
