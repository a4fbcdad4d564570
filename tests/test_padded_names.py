"""Names padded to the width of three characters (刘　非) or holding a variation selector (张︀明) are read whole.

The name leaves the padding and the selector out; its span covers them, in the article text and,
through the article's offsets, in the text as given.
"""
from __future__ import annotations

import pytest

from extract import extract_text
from extract.names import name_text, read_name
from extract.vocab import vocabulary

VS1 = "\ufe00"            # VARIATION SELECTOR-1
VS17 = "\U000e0100"       # VARIATION SELECTOR-17 (ideographic variation sequences)


def extracted(text: str):
    (rec,) = extract_text(text, date="2025-09-26")
    return rec


def written(rec, raw: str, span: tuple[int, int]) -> str:
    """What ``span`` (into the article text) covers in ``raw``, the text as given to ``extract_text``."""
    start, end = rec.article.offsets.span_to_source(*span)
    return raw[start:end]


def test_a_list_of_padded_names():
    raw = "市领导刘\u3000非、王\u3000强出席会议。"
    rec = extracted(raw)
    persons = {p.name: p for p in rec.persons}
    assert list(persons) == ["刘非", "王强"]
    assert [written(rec, raw, persons[n].spans[0]) for n in persons] == ["刘\u3000非", "王\u3000强"]
    assert [t.surface for t in persons["王强"].titles] == ["市领导"]
    assert [p.name for p in rec.events[0].participants] == ["刘非", "王强"]


@pytest.mark.parametrize("padding", [" ", "  ", "\u00a0", "\u3000"])
def test_a_padded_name_after_a_post(padding):
    raw = f"区委书记刘{padding}非主持会议。"
    rec = extracted(raw)
    (person,) = rec.persons
    assert person.name == "刘非"
    assert written(rec, raw, person.spans[0]) == f"刘{padding}非"
    assert [t.post for t in person.titles] == ["书记"]
    assert [r.role for r in person.roles] == ["主持"]


@pytest.mark.parametrize("selector", [VS1, VS17])
def test_a_variation_selector_stays_out_of_the_name(selector):
    raw = f"区委书记张{selector}明主持会议"
    rec = extracted(raw)
    (person,) = rec.persons
    assert person.name == "张明"
    assert written(rec, raw, person.spans[0]) == f"张{selector}明"


def test_padding_needs_a_clear_end_after_the_name():
    # 王 强调: the character after the space begins a word, not a given name
    assert "王强" not in {p.name for p in extracted("市委书记王 强调,要抓好落实。").persons}


def test_a_space_after_a_name_stays_out_of_it():
    raw = "本报讯 市领导钟明远出席会议。\n记者 陈宇 摄"
    rec = extracted(raw)
    assert {p.name: rec.article.text[slice(*p.spans[0])] for p in rec.persons} == {"钟明远": "钟明远", "陈宇": "陈宇"}


def test_read_name_covers_the_padding():
    vocab = vocabulary()
    hit = read_name("刘\u3000非、王强", 0, vocab)
    assert (hit.start, hit.end, hit.text("刘\u3000非、王强")) == (0, 3, "刘非")
    assert name_text(f"张{VS1}明", 0, 3) == "张明"
