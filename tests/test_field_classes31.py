"""Error classes found in round 31 on field-dev (batches 62-67 among them), each closed here on invented text
written as real pages print it.
"""
from __future__ import annotations

from extract import extract_text


def _titles(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(t.post, t.org) for t in p.titles] for r in extract_text(text) for p in r.persons}


# --- the names of a labelled list (issue 17: titles) ----------------------------------------------------------

def test_a_list_whose_first_name_reads_oddly_still_takes_the_post():
    found = _titles("省政协副主席刘也强、许乐仁、伍席源出席会议。")
    assert found.get("刘也强") == [("副主席", "省政协")]
    assert found.get("伍席源") == [("副主席", "省政协")]


def test_a_name_that_is_also_a_city_between_two_names_of_a_list_is_a_name():
    found = _titles("县领导董金寿、沈阳、罗文江、徐勇等陪同调研。")
    assert found.get("沈阳") == [("领导", "县")]
    assert found.get("徐勇") == [("领导", "县")]


def test_a_city_after_a_name_of_a_list_and_before_no_name_is_no_name():
    found = _titles("市长王建国、沈阳、大连两市的客商出席。")
    assert "沈阳" not in found
