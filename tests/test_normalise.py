"""normalise(): clean-up, traditional -> simplified, and the map back to the given text."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.ingest import normalise
from extract.ingest.normalisation import _simplify, simplified

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "qiantang-daily-2025-09-26-p1.txt"
PAGE = SAMPLE.read_text(encoding="utf-8")
PARAGRAPHS = [p for p in PAGE.split("\n") if len(p) > 50]
S2T = opencc.OpenCC("s2t")
LINE_BREAKS = "\r\x0b\x0c\x85\u2028\u2029"


def source_char(text: str, pos: int) -> str:
    out, offsets = normalise(text)
    return text[offsets.to_source(pos)]


def test_newlines_become_lf_and_map_to_their_source():
    raw = "会议举行\r\n区领导出席。\r本报讯\u2028记者"
    out, offsets = normalise(raw)
    assert out == "会议举行\n区领导出席。\n本报讯\n记者"
    first_break = out.index("\n")
    assert raw[offsets.to_source(first_break)] == "\n"          # the LF of the CRLF
    assert raw[offsets.to_source(out.index("出"))] == "出"
    assert raw[offsets.to_source(len(out) - 1)] == "者"


def test_invisible_and_control_characters_are_removed():
    raw = "\ufeff盛秋\u200b平\u200d致\u2060辞\x00\x07,卢山\x85出席\x9f\t。"
    out, offsets = normalise(raw)
    assert out == "盛秋平致辞,卢山\n出席\t。"
    for i, c in enumerate(out):
        if c != "\n":
            assert raw[offsets.to_source(i)] == c
    assert raw[offsets.to_source(out.index("\n"))] == "\x85"


def test_wide_and_no_break_spaces_become_ordinary_spaces_one_for_one():
    raw = "\u3000\u3000本报讯\u00a0记者\u2009赵一霖"
    out, offsets = normalise(raw)
    assert out == "  本报讯 记者 赵一霖"
    assert len(out) == len(raw)
    assert offsets.to_source(out.index("赵")) == raw.index("赵")


def test_punctuation_width_and_digits_stay_as_written():
    raw = "2025年9月25日，１２３（下转第２版）;“大金砖合作”"
    assert normalise(raw)[0] == raw


def test_lone_surrogate_becomes_replacement_character():
    out, offsets = normalise("区\ud800委")
    assert out == "区\ufffd委"
    assert offsets.to_source(2) == 2


@pytest.mark.parametrize("paragraph", PARAGRAPHS[:12])
def test_traditional_sample_paragraphs_come_back_simplified(paragraph):
    traditional = S2T.convert(paragraph)
    assert traditional != paragraph
    out, offsets = normalise(traditional)
    assert out == paragraph
    assert [offsets.to_source(i) for i in range(len(out))] == list(range(len(traditional)))


def test_traditional_offsets_lead_back_to_the_traditional_characters():
    raw = "省委常委、市委書記劉非致辭,副省長盧山出席。"
    out, offsets = normalise(raw)
    assert out == "省委常委、市委书记刘非致辞,副省长卢山出席。"
    assert raw[offsets.to_source(out.index("刘"))] == "劉"
    assert raw[offsets.to_source(out.index("卢"))] == "盧"
    start, end = offsets.span_to_source(out.index("刘非"), out.index("刘非") + 2)
    assert raw[start:end] == "劉非"


def test_phrase_conversion_is_used():
    out, offsets = normalise("他憑藉經驗")
    assert out == "他凭借经验"
    assert offsets.to_source(2) == 2


def test_conversion_is_repeated_until_it_settles():
    # OpenCC turns the phrase 陳昇 into 陈昇, which converts again to 陈升.
    once = normalise("陳昇出席")[0]
    assert normalise(once)[0] == once
    assert once == "陈升出席"


def test_empty_text():
    out, offsets = normalise("")
    assert out == ""
    assert offsets.to_source(0) == 0


def test_changes_spread_over_a_long_text_keep_offsets_exact():
    raw = ("\u3000\u3000" + S2T.convert(PARAGRAPHS[0]) + "\r\n\u200b") * 50
    out, offsets = normalise(raw)
    assert "\r" not in out and "\u200b" not in out
    positions = [offsets.to_source(i) for i in range(len(out))]
    assert positions == sorted(positions)
    assert len(set(positions)) == len(positions)


# -- the alignment used when a conversion changes a line's length ------------------------------------

def phrase_converter(table: dict[str, str]):
    """A max-match converter like OpenCC's, over a small phrase table plus one-character entries."""
    longest = max(len(k) for k in table)

    def convert(text: str) -> str:
        out, i = [], 0
        while i < len(text):
            for n in range(min(longest, len(text) - i), 0, -1):
                if text[i:i + n] in table:
                    out.append(table[text[i:i + n]])
                    i += n
                    break
            else:
                out.append(text[i])
                i += 1
        return "".join(out)

    return convert


@pytest.mark.parametrize("table, raw, expected", [
    ({"甲乙丙": "丁戊", "書": "书"}, "書甲乙丙書", "书丁戊书"),              # shorter
    ({"甲乙": "丁戊己庚", "書": "书"}, "書記甲乙\n書", "书記丁戊己庚\n书"),    # longer, two lines
    ({"甲": "", "書": "书"}, "書甲書", "书书"),                          # a character dropped
    ({"甲乙": "丁戊己"}, "甲乙", "丁戊己"),                               # the whole line
])
def test_alignment_maps_every_character_into_its_phrase(table, raw, expected):
    out, offsets = _simplify(raw, phrase_converter(table))
    assert out == expected
    for i, c in enumerate(out):
        pos = offsets.to_source(i)
        assert 0 <= pos < len(raw)
        if c == "书":
            assert raw[pos] == "書"
        elif c in "丁戊己庚":
            assert raw[pos] in "甲乙丙"
        elif c != "\n":
            assert raw[pos] == c


def test_a_length_changing_conversion_composes_with_the_clean_up(monkeypatch):
    import extract.ingest.normalisation as module

    monkeypatch.setattr(module, "_opencc_t2s", lambda: phrase_converter({"甲乙丙": "丁戊", "書": "书"}))
    raw = "\u200b書\r\n甲乙丙\u3000書"
    out, offsets = module.normalise(raw)
    assert out == "书\n丁戊 书"
    assert [raw[offsets.to_source(i)] for i in range(len(out))] == ["書", "\n", "甲", "乙", "\u3000", "書"]


# -- properties -------------------------------------------------------------------------------------

TRADITIONAL = sorted(set(S2T.convert(PAGE)) - set(PAGE))
SPECIAL = list(LINE_BREAKS + "\n\t \u3000\u00a0\u200b\u200d\ufeff\x00\x1b\ud800\udfff")
texts = st.text(st.one_of(st.characters(), st.sampled_from(TRADITIONAL), st.sampled_from(SPECIAL)), max_size=80)


def allowed(c: str, raw_char: str) -> bool:
    """``c`` may stand for ``raw_char``: itself, its (repeated) simplified form, or its clean-up."""
    if "\ud800" <= raw_char <= "\udfff":
        return c == "\ufffd"
    forms = [raw_char]
    for _ in range(3):
        forms.append(simplified(forms[-1]))
    return (c in forms
            or c == " " and unicodedata.category(raw_char) == "Zs"
            or c == "\n" and raw_char in LINE_BREAKS)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalise_is_total_idempotent_and_maps_into_the_text(raw):
    out, offsets = normalise(raw)
    assert normalise(out)[0] == out
    for i, c in enumerate(out):
        pos = offsets.to_source(i)
        assert 0 <= pos < len(raw)
        assert allowed(c, raw[pos]), (c, raw[pos])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(TRADITIONAL + ["\r\n", "\u3000", "\u200b"]), max_size=60).map("".join))
def test_traditional_text_maps_one_for_one(raw):
    out, offsets = normalise(raw)
    assert "\u200b" not in out and "\r" not in out
    for i, c in enumerate(out):
        assert allowed(c, raw[offsets.to_source(i)])


def test_a_traditional_character_whose_simplified_form_is_outside_the_basic_plane_stays_as_written():
    # OpenCC gives 暐 -> 𬀩 (U+2C029), which no pattern reads as Chinese: the name 冯暐 would be lost
    text, offsets = normalise("责任编辑:刘承 冯暐\n市委書記")
    assert text == "责任编辑:刘承 冯暐\n市委书记"
    assert normalise(text)[0] == text                   # still a fixpoint
