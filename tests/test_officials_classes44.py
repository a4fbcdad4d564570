"""Round 44: officials' posts in notices of appointments, found with invented sentences of the shapes such notices
print (every name, place and body here is made up).
"""
from __future__ import annotations

from extract import extract_text
from field_helpers import titles_by_name

DATE = "2025-01-01"


def _entries(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(a.name, a.action.value, a.post, a.org) for r in extract_text(text, date=DATE) for a in r.appointments]


def test_a_removal_of_its_other_post_refers_to_the_name_appointed_before():
    # (甲同志任X,免去其Y职务: 其 is 甲, as after 为 in 任命甲为X,决定其为Y)
    assert _entries("经县委研究决定：王建国同志任县委办公室主任，免去其县委督查室主任职务。") == [
        ("王建国", "appoint", "主任", "县委办公室"), ("王建国", "remove", "主任", "县委督查室")]


def test_a_participation_word_inside_an_organ_word_does_not_cut_it():
    # (县委督查|室: 督查 is an act of inspection, 督查室 the office)
    assert titles_by_name("县委督查室主任王明出席。") == {"王明": {("主任", "县委督查室")}}
