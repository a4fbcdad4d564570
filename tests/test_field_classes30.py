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


def test_a_chronicle_day_in_chinese_numerals_opens_an_entry():
    records = extract_text(CHRONICLE)
    openings = [r.article.text.lstrip()[:3] for r in records]
    assert "二日 " in openings and "三日 " in openings
    second = next(r for r in records if r.article.text.lstrip().startswith("二日"))
    assert [p.name for p in second.persons] == ["赵明"]
    assert second.events and second.events[0].date == "2011-06-02"
