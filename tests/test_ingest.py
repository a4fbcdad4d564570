"""read_inputs() and decode_bytes(): files, folders, encodings, JSONL and HTML, and their errors."""
from __future__ import annotations

import json
import os
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.errors import InputError
from extract.ingest import decode_bytes, read_inputs
from extract.records import Source

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "qiantang-daily-2025-09-26-p1.txt"
PAGE = SAMPLE.read_text(encoding="utf-8")
PARAGRAPHS = [p for p in PAGE.split("\n") if len(p) > 50]
S2TW = opencc.OpenCC("s2tw")     # Taiwan forms: what Big5 holds (為, not OpenCC's 爲)
T2S = opencc.OpenCC("t2s")
# Paragraphs that OpenCC takes to Taiwan forms and back unchanged, so that a test can expect the original.
ROUND_TRIP = [p for p in PARAGRAPHS if T2S.convert(S2TW.convert(p)) == p]
UNDECODABLE = "not UTF-8, GB18030, Big5 or UTF-16 text; convert it to UTF-8 (iconv -f ENC -t UTF-8)"


def read(*paths, **kwargs) -> list[Source | InputError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def sources(items) -> list[Source]:
    return [x for x in items if isinstance(x, Source)]


def errors(items) -> list[InputError]:
    return [x for x in items if isinstance(x, InputError)]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# -- encodings ------------------------------------------------------------------------------------

@pytest.mark.parametrize("encode, encoding", [
    (lambda t: t.encode("utf-8"), "utf-8"),
    (lambda t: t.encode("utf-8-sig"), "utf-8-sig"),
    (lambda t: b"\xff\xfe" + t.encode("utf-16-le"), "utf-16-le"),
    (lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "utf-16-be"),
    (lambda t: t.encode("utf-16-le"), "utf-16-le"),
    (lambda t: t.encode("utf-16-be"), "utf-16-be"),
    (lambda t: t.encode("utf-32"), "utf-32-le"),
    (lambda t: t.encode("utf-32-be"), "utf-32-be"),
    (lambda t: t.encode("gb18030"), "gb18030"),
    (lambda t: t.encode("gbk"), "gb18030"),
])
def test_the_sample_page_reads_the_same_in_every_encoding(tmp_path, encode, encoding):
    items = read(write(tmp_path / "page1.txt", encode(PAGE)))
    [source] = items
    assert source.encoding == encoding
    assert source.text == PAGE
    assert source.raw == PAGE
    assert source.id == "page1.txt"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_mark_and_without_ascii(codec):
    text = "".join(c for c in PARAGRAPHS[0] if not c.isascii())
    assert decode_bytes(text.encode(codec), path="p.txt") == (text, codec)


def test_big5_traditional_page_comes_back_simplified(tmp_path):
    assert len(ROUND_TRIP) >= 20
    traditional = "\n\n".join(S2TW.convert(p) for p in ROUND_TRIP)
    [source] = read(write(tmp_path / "trad.txt", traditional.encode("big5")))
    assert source.encoding == "big5"
    assert source.raw == traditional
    assert source.text == "\n\n".join(ROUND_TRIP)


def test_traditional_offsets_lead_back_to_the_raw_characters(tmp_path):
    paragraph = next(p for p in ROUND_TRIP if "书记" in p)
    traditional = S2TW.convert(paragraph)
    [source] = read(write(tmp_path / "trad.txt", traditional.encode("big5")))
    start = source.text.index("书记")
    raw_start, raw_end = source.offsets.span_to_source(start, start + 2)
    assert source.raw[raw_start:raw_end] == "書記"


@pytest.mark.parametrize("length", [12, 30, 200])
def test_short_gb18030_and_big5_snippets_are_told_apart(length):
    for paragraph in ROUND_TRIP[:8]:
        snippet = paragraph[:length]
        assert decode_bytes(snippet.encode("gb18030"), path="p.txt") == (snippet, "gb18030")
        traditional = S2TW.convert(snippet)
        text, encoding = decode_bytes(traditional.encode("big5"), path="p.txt")
        assert (text, encoding) == (traditional, "big5")


def test_traditional_text_in_gbk_is_read_as_gb18030():
    traditional = S2TW.convert("\n".join(ROUND_TRIP[:3]))
    assert decode_bytes(traditional.encode("gbk"), path="p.txt") == (traditional, "gb18030")


PAGE_CHARS = sorted(set(PAGE) - {"\n"})


@settings(max_examples=150, deadline=None)
@given(st.text(st.sampled_from(PAGE_CHARS + ["\n", "\t"]), min_size=1, max_size=200),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]))
def test_unicode_encodings_round_trip(text, codec):
    """Any text in UTF-8, or in UTF-16/32 with a byte-order mark (short texts without one are ambiguous)."""
    data = ("\ufeff" if codec.startswith(("utf-16", "utf-32")) else "").encode(codec) + text.encode(codec)
    if not text.strip():
        with pytest.raises(InputError, match="empty file"):
            decode_bytes(data, path="p.txt")
    else:
        assert decode_bytes(data, path="p.txt")[0] == text


def test_korean_bytes_that_decode_as_gbk_are_refused():
    korean = ("대한민국은 동아시아의 한반도 남부에 있는 민주공화국이다. 수도는 서울특별시이고 인구는 약 오천만 명이다. "
              "행정 구역은 특별시, 광역시, 특별자치시, 도, 특별자치도로 나뉜다. 공용어는 한국어이며 문자는 한글을 쓴다. "
              "경제는 수출 중심으로 성장하였고 반도체와 자동차 산업이 크다. ") * 3
    with pytest.raises(InputError) as caught:
        decode_bytes(korean.encode("euc_kr"), path="kr.txt")
    assert str(caught.value) == f"kr.txt: {UNDECODABLE}"


def test_latin1_text_is_undecodable(tmp_path):
    [error] = read(write(tmp_path / "pages" / "p3.txt", "Café, crème brûlée, naïve résumé.\n".encode("latin-1")))
    assert str(error) == f"{tmp_path}/pages/p3.txt: {UNDECODABLE}"
    assert error.path == f"{tmp_path}/pages/p3.txt"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
    b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + "区委书记".encode() * 3,
    bytes(range(1, 32)) * 40,
])
def test_binary_data_is_refused(tmp_path, data):
    [error] = read(write(tmp_path / "scan.txt", data))
    assert str(error) == f"{tmp_path}/scan.txt: binary file, not text; give a .txt, .jsonl or .html file"


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", "\u3000\n".encode("utf-16"), "\ufeff\u200b\n".encode()])
def test_empty_and_blank_files_are_refused(tmp_path, data):
    [error] = read(write(tmp_path / "blank.txt", data))
    assert str(error) == f"{tmp_path}/blank.txt: empty file; remove it or put the article text in it"


def test_corrupt_text_after_a_byte_order_mark(tmp_path):
    [error] = read(write(tmp_path / "bad.txt", b"\xef\xbb\xbf" + "区委".encode("gb18030")))
    assert str(error) == (f"{tmp_path}/bad.txt: starts with a UTF-8 byte-order mark but is not UTF-8 text; "
                          "convert it to UTF-8 (iconv -f ENC -t UTF-8)")


# -- files and folders ----------------------------------------------------------------------------

def test_folder_is_walked_in_sorted_order_with_relative_ids(tmp_path):
    root = tmp_path / "pages"
    write(root / "b.txt", PARAGRAPHS[1])
    write(root / "a" / "2.md", PARAGRAPHS[2])
    write(root / "a" / "10.text", PARAGRAPHS[3])
    write(root / ".hidden.txt", PARAGRAPHS[4])
    write(root / ".git" / "x.txt", PARAGRAPHS[4])
    write(root / "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    write(root / "p1.gold.json", "{}")
    items = read(root)
    assert [s.id for s in items] == ["a/10.text", "a/2.md", "b.txt"]
    assert [s.origin for s in items] == [f"{root}/a/10.text", f"{root}/a/2.md", f"{root}/b.txt"]
    assert [s.text for s in items] == [PARAGRAPHS[3], PARAGRAPHS[2], PARAGRAPHS[1]]


def test_arguments_are_read_in_the_order_given_and_a_file_only_once(tmp_path):
    first = write(tmp_path / "z.txt", PARAGRAPHS[0])
    second = write(tmp_path / "d" / "a.txt", PARAGRAPHS[1])
    items = read(first, tmp_path / "d", first, second)
    assert [s.id for s in items] == ["z.txt", "a.txt"]
    assert all(isinstance(s, Source) for s in items)


def test_symlink_loops_end_and_each_file_is_read_once(tmp_path):
    root = tmp_path / "root"
    write(root / "sub" / "p.txt", PARAGRAPHS[0])
    os.symlink("..", root / "sub" / "up")
    os.symlink(".", root / "sub" / "self")
    os.symlink("sub/p.txt", root / "alias.txt")
    os.symlink("loop.txt", root / "loop.txt")
    items = read(root)
    assert [s.id for s in sources(items)] == ["alias.txt"]
    [error] = errors(items)
    assert error.path == f"{root}/loop.txt"
    assert "broken symbolic link" in str(error)


def test_broken_link_missing_file_and_unreadable_file(tmp_path, monkeypatch):
    os.symlink("nowhere.txt", tmp_path / "broken.txt")
    locked = write(tmp_path / "locked.txt", PARAGRAPHS[0])
    real_read_bytes = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    items = read(tmp_path / "broken.txt", tmp_path / "gone.txt", locked)
    assert [str(e) for e in items] == [
        f"{tmp_path}/broken.txt: broken symbolic link to nowhere.txt; fix the link or remove it",
        f"{tmp_path}/gone.txt: not found; check the path",
        f"{tmp_path}/locked.txt: permission denied; make it readable (chmod +r) or leave it out",
    ]


def test_other_extensions_are_read_when_they_are_text(tmp_path):
    good = write(tmp_path / "notes.dat", PARAGRAPHS[0].encode("gb18030"))
    bad = write(tmp_path / "scan.pdf", b"%PDF-1.4\n\x00\x01\x02\x03" * 50)
    [source, error] = read(good, bad)
    assert source.text == PARAGRAPHS[0] and source.encoding == "gb18030"
    assert str(error) == f"{tmp_path}/scan.pdf: not a text, JSONL or HTML file; give a .txt, .jsonl or .html file"


def test_same_file_name_in_two_folders_given_directly_clashes(tmp_path):
    one = write(tmp_path / "0925" / "p1.txt", PARAGRAPHS[0])
    two = write(tmp_path / "0926" / "p1.txt", PARAGRAPHS[1])
    source, error = read(one, two)
    assert source.id == "p1.txt"
    assert str(error).startswith(f"{two}: id 'p1.txt' was already used by {one} for a different text; ")


def test_locale_is_copied_into_every_source(tmp_path):
    path = write(tmp_path / "p.txt", PARAGRAPHS[0])
    [source] = read(path, locale="浙江省/杭州市/钱塘区")
    assert source.locale == "浙江省/杭州市/钱塘区"


# -- JSONL ----------------------------------------------------------------------------------------

def jsonl(*lines) -> str:
    return "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n"


def test_jsonl_records_and_their_errors(tmp_path):
    write(tmp_path / "feed" / "day.jsonl", jsonl(
        {"id": "a1", "text": PARAGRAPHS[0], "date": "2025-09-26", "headline": "金砖对话会举行",
         "url": "https://example.org/a1", "publication": "某某日报"},
        '{"id": "a2", "text": "区领导出席"',
        ["not", "an", "object"],
        {"id": "a3", "headline": "没有正文"},
        {"id": "a4", "text": ""},
        {"id": "a5", "text": 42},
        {"id": "a6", "text": PARAGRAPHS[1], "date": "2025/09/26"},
        {"id": 7, "text": PARAGRAPHS[2], "date": "2025-09-26T08:30:00+08:00", "source": "https://example.org/7",
         "locale": "浙江省/杭州市"},
        "",
        {"text": PARAGRAPHS[3]},
        {"id": "a1", "text": PARAGRAPHS[0]},
        {"id": "a1", "text": PARAGRAPHS[4]},
    ))
    items = read(tmp_path / "feed", locale="浙江省")
    got = [(x.id, x.origin) if isinstance(x, Source) else str(x) for x in items]
    where = f"{tmp_path}/feed/day.jsonl"
    assert got == [
        ("a1", f"{where}:1"),
        f"{where}:2: malformed JSON (Expecting ',' delimiter at column 29); write one JSON object per line",
        f'{where}:3: a JSON array, not an object; write one JSON object per line, e.g. {{"id": "a1", "text": "..."}}',
        f'{where}:4: no "text" field; give each record its article text in "text"',
        f'{where}:5: "text" is empty; give the article text in "text", or remove the line',
        f'{where}:6: "text" is a number, not a string; give the article text as a JSON string',
        f'{where}:7: "date" "2025/09/26" is not YYYY-MM-DD; write dates as YYYY-MM-DD, e.g. 2025-09-26',
        ("7", f"{where}:8"),
        ("day.jsonl:10", f"{where}:10"),
        f"{where}:12: id 'a1' was already used by {where}:1 for a different text; give each record its own id",
    ]
    first, seventh, unnamed = sources(items)
    assert (first.date, first.headline, first.url, first.publication, first.locale) == (
        "2025-09-26", "金砖对话会举行", "https://example.org/a1", "某某日报", "浙江省")
    assert first.text == PARAGRAPHS[0]
    assert (seventh.date, seventh.url, seventh.locale) == ("2025-09-26", "https://example.org/7", "浙江省/杭州市")
    assert unnamed.text == PARAGRAPHS[3] and unnamed.date is None


def test_jsonl_traditional_text_is_normalised_and_raw_kept(tmp_path):
    traditional = S2TW.convert(ROUND_TRIP[0])
    path = write(tmp_path / "t.ndjson", jsonl({"id": "t1", "text": traditional, "headline": "區領導走訪"}))
    [source] = read(path)
    assert source.raw == traditional
    assert source.text == ROUND_TRIP[0]
    assert source.headline == "区领导走访"


@pytest.mark.parametrize("record, message", [
    ({"id": True, "text": "区领导出席"}, '"id" is true; give "id" as a non-empty string or an integer, or leave it out'),
    ({"text": "区领导出席", "date": "2025-02-30"}, '"date" "2025-02-30" is not a real day; write dates as YYYY-MM-DD, e.g. 2025-09-26'),
    ({"text": "区领导出席", "headline": ["a"]}, '"headline" is a array, not a string; give "headline" as a JSON string'),
    ({"text": "\u200b\ufeff"}, '"text" holds no visible characters; give the article text in "text", or remove the line'),
])
def test_jsonl_field_errors(tmp_path, record, message):
    path = write(tmp_path / "x.jsonl", jsonl(record))
    [error] = read(path)
    assert str(error) == f"{path}:1: {message}"
    assert error.line == 1


# -- HTML -----------------------------------------------------------------------------------------

def html_page(paragraphs: list[str], *, title: str, charset: str = "utf-8") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title}</title>
<link rel="canonical" href="https://example.org/news/2025-09/26/a1.html">
<meta property="article:published_time" content="2025-09-26T07:30:00+08:00">
<style>.lead {{ color: red }} /* 样式里的文字不是正文 */</style>
<script>alert(1); var note = "脚本里的文字不是正文";</script>
</head><body>
<div class="nav"><a href="/">首页</a> | <a href="/epaper">数字报</a></div>
<article><h1>{title}</h1>
{body}
</article>
<script>document.write("另一段脚本文字")</script>
</body></html>"""


def test_html_main_text_title_url_and_date(tmp_path):
    title = "2025年金砖国家特殊经济区对话会举行"
    path = write(tmp_path / "a1.html", html_page(PARAGRAPHS[:6], title=title))
    [source] = read(path)
    assert source.headline == title
    assert source.url == "https://example.org/news/2025-09/26/a1.html"
    assert source.date == "2025-09-26"
    for bad in ("alert", "脚本", "样式", "color", "document.write"):
        assert bad not in source.text
    for paragraph in PARAGRAPHS[:6]:
        assert f"\n\n{paragraph}" in source.text or source.text.startswith(paragraph)
    assert "\n\n".join(PARAGRAPHS[:6]) in source.text


def test_html_in_big5_declared_by_the_page(tmp_path):
    page = S2TW.convert(html_page(ROUND_TRIP[:4], title="区领导走访慰问高层次人才", charset="big5"))
    [source] = read(write(tmp_path / "t.htm", page.encode("big5")))
    assert source.encoding == "big5hkscs"
    assert source.headline == "区领导走访慰问高层次人才"
    assert "\n\n".join(ROUND_TRIP[:4]) in source.text
    assert all(S2TW.convert(p) in source.raw for p in ROUND_TRIP[:4])
    assert "脚本" not in source.text and "样式" not in source.text


def test_html_found_under_another_name_is_read_as_html(tmp_path):
    path = write(tmp_path / "page.dat", html_page(PARAGRAPHS[:3], title="市领导调研"))
    [source] = read(path)
    assert source.headline == "市领导调研"
    assert "<p>" not in source.text and "alert" not in source.text


def test_html_without_text(tmp_path):
    path = write(tmp_path / "empty.html", "<html><head><script>var a = 1;</script></head><body> </body></html>")
    [error] = read(path)
    assert str(error).startswith(f"{path}: no text found in the HTML page; ")
