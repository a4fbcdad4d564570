"""Dates: issue dates, file-name dates and event dates resolved against the issue."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.dates import (
    DateMention,
    find_event_dates,
    issue_date_from_text,
    resolve_relative,
)
from extract.undated import date_from_filename

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt"


@pytest.mark.parametrize("expr, base, expected", [
    ("25日", "2025-09-26", "2025-09-25"),
    ("25日下午", "2025-09-26", "2025-09-25"),
    ("26日", "2025-09-26", "2025-09-26"),
    ("9月25日", "2025-09-26", "2025-09-25"),
    ("2025年9月25日", "2025-09-26", "2025-09-25"),
    ("2024年9月25日", "2025-09-26", "2024-09-25"),
    ("二〇二五年九月二十五日", "2025-09-26", "2025-09-25"),
    ("９月２５日", "2025-09-26", "2025-09-25"),
    ("昨天", "2025-09-26", "2025-09-25"),
    ("昨日", "2025-09-26", "2025-09-25"),
    ("前天", "2025-09-26", "2025-09-24"),
    ("今天", "2025-09-26", "2025-09-26"),
    ("今日", "2025-09-26", "2025-09-26"),
    ("昨晚", "2025-03-01", "2025-02-28"),
    ("上周五", "2025-09-26", "2025-09-19"),     # 2025-09-26 is a Friday
    ("上周五", "2025-09-22", "2025-09-19"),     # from a Monday
    ("本周三", "2025-09-26", "2025-09-24"),
    ("下周一", "2025-09-26", "2025-09-29"),
    ("上星期日", "2025-09-26", "2025-09-21"),
    # month rollover: a day after the issue day is in the previous month
    ("30日", "2025-10-02", "2025-09-30"),
    ("31日", "2025-03-05", None),               # 31 February does not exist
    ("28日", "2025-03-01", "2025-02-28"),
    # year rollover
    ("12月31日", "2026-01-03", "2025-12-31"),
    ("30日", "2026-01-02", "2025-12-30"),
    ("1月2日", "2025-12-30", "2026-01-02"),
    ("去年12月31日", "2025-09-26", "2024-12-31"),
    # no exact date
    ("日前", "2025-09-26", None),
    ("近日", "2025-09-26", None),
    ("连日来", "2025-09-26", None),
    # not one date expression
    ("会议", "2025-09-26", None),
    ("25日和26日", "2025-09-26", None),
])
def test_resolve_relative(expr, base, expected):
    assert resolve_relative(expr, base) == expected


@pytest.mark.parametrize("text, start, end", [
    ("24日至26日", "2025-09-24", "2025-09-26"),
    ("24日-26日", "2025-09-24", "2025-09-26"),
    ("24—26日", "2025-09-24", "2025-09-26"),
    ("9月30日至10月2日", "2025-09-30", "2025-10-02"),
    ("12月30日至1月2日", "2025-12-30", "2026-01-02"),
])
def test_ranges_give_start_and_end(text, start, end):
    [mention] = find_event_dates(text, "2025-10-05")
    assert (mention.date, mention.end_date) == (start, end)
    assert mention.span == (0, len(text))


def test_event_dates_in_a_lead_keep_spans_and_part_of_day():
    text = "本报讯(记者 吴宇翔)25日下午,市委常委陈瑾走进联络站。日前,区里召开会议;次日上午又来到企业。"
    mentions = find_event_dates(text, "2025-09-26")
    assert [m.surface for m in mentions] == ["25日下午", "日前", "次日上午"]
    for m in mentions:
        assert text[m.span[0]:m.span[1]] == m.surface
    assert mentions[0] == DateMention(mentions[0].span, "25日下午", "2025-09-25", None, "下午")
    assert mentions[1].date is None
    assert mentions[2].date == "2025-09-26"          # the day after the last dated mention
    assert mentions[2].part_of_day == "上午"


def test_sample_page_dates_resolve_against_the_issue():
    text = PAGE.read_text(encoding="utf-8")
    by_surface = {m.surface: m.date for m in find_event_dates(text, "2025-09-26")}
    assert by_surface["24日"] == "2025-09-24"
    assert by_surface["22日"] == "2025-09-22"
    assert by_surface["23日"] == "2025-09-23"
    assert by_surface["25日下午"] == "2025-09-25"
    assert by_surface["连日来"] is None
    # 农历乙巳年八月初五 is a lunar date, not an event date
    assert not any("初五" in s for s in by_surface)


def test_durations_and_bare_numbers_are_not_dates():
    text = "项目须在3日内完成,近3日客流2000人次,共5名代表,二十日无月份。"
    assert find_event_dates(text, "2025-09-26") == []


def test_without_a_base_only_full_dates_resolve():
    mentions = find_event_dates("2025年9月25日召开会议,25日下午闭幕,昨天", None)
    assert [m.date for m in mentions] == ["2025-09-25", None, None]


def test_issue_date_from_the_sample_masthead():
    text = PAGE.read_text(encoding="utf-8")
    date, (start, end) = issue_date_from_text(text)
    assert date == "2025-09-26"
    assert text[start:end].startswith("2025年9月26日")


@pytest.mark.parametrize("text, expected", [
    ("2025年9月26日 星期五", "2025-09-26"),
    ("钱塘日报\n2025年9月26日　农历八月初五\n", "2025-09-26"),
    ("第3版 2025年10月2日", "2025-10-02"),
    ("2025-09-26", "2025-09-26"),
    ("2025年9月25日,全市召开大会。", None),         # a date inside a sentence
    ("2025年9月25日杭州召开数字经济大会", None),      # a headline, not a masthead
    ("没有日期的一页", None),
])
def test_issue_date_lines(text, expected):
    found = issue_date_from_text(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("name, expected", [
    ("qiantang-daily-2025-09-26-p1.txt", "2025-09-26"),
    ("pages/20250926_p2.txt", "2025-09-26"),
    ("2025_09_26.txt", "2025-09-26"),
    ("2025.9.26-a.txt", "2025-09-26"),
    ("人民日报2025年9月26日.html", "2025-09-26"),
    ("20251340.txt", None),
    ("page-12345678901.txt", None),
    ("notes.txt", None),
])
def test_date_from_filename(name, expected):
    assert date_from_filename(name) == expected
