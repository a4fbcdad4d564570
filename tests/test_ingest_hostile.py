"""Hostile inputs that must lose nothing and clobber nothing, end to end through ``kg``.

Links that leave an input folder, HTML nested too deep for libxml2, JSONL numbers
too long for Python's ``int`` and lone surrogates, and texts over the size limit.
The bad-input catalogue of tests/test_bad_inputs.py holds the one-warning cases too.
"""
from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest

from extract.ingest import files
from extract.ingest import read_inputs
from extract.records import Source
from kg.cli import build_parser
from tests.test_bad_inputs import REPORT, articles, jsonl, kg, unclosed_fonts, warnings_of

SECRET = "区政府办公室通知,下周一召开全区防汛工作部署会,各街道主要负责人参加。"
OTHER = "本报讯 昨日,区长陈明带队检查城市更新项目,副区长吴刚参加。"
NOT_FOLLOWED = "give --follow-links to read it"


def _ids(path: Path) -> list[str]:
    return sorted(a["id"] for a in articles(path))


# -- item 6: links out of an input folder ---------------------------------------------------------

def _folder_with_links(tmp_path: Path) -> tuple[Path, Path]:
    """in/ with a good file, a link to a file inside it (under a name the walk reads) and two links
    that lead out of it: one to a file, one to a folder; outside/ holds their targets."""
    folder, outside = tmp_path / "in", tmp_path / "outside"
    (folder / "notes").mkdir(parents=True)
    (outside / "more").mkdir(parents=True)
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "notes" / "draft.dat").write_text(OTHER, encoding="utf-8")         # not read by the walk itself
    os.symlink("notes/draft.dat", folder / "inside.txt")
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    (outside / "more" / "also.txt").write_text(SECRET + "会议要求,全面排查。", encoding="utf-8")
    os.symlink(outside / "secret.txt", folder / "secret.txt")
    os.symlink(outside / "more", folder / "more")
    return folder, outside


def test_links_out_of_an_input_folder_are_not_followed(tmp_path, capsys):
    folder, outside = _folder_with_links(tmp_path)
    code, out, err = kg(capsys, "extract", folder, "-o", tmp_path / "out.jsonl")
    assert code == 0, err
    found = [(w["where"], w["what"], w["fix"]) for w in warnings_of(err)]
    assert found == [
        (f"{folder}/more", f"symbolic link to {outside}/more, outside the folders given: not followed",
         NOT_FOLLOWED),
        (f"{folder}/secret.txt", f"symbolic link to {outside}/secret.txt, outside the folders given: not followed",
         NOT_FOLLOWED),
    ]
    assert _ids(tmp_path / "out.jsonl") == ["good.txt", "inside.txt"]
    assert SECRET not in (tmp_path / "out.jsonl").read_text(encoding="utf-8")


def test_follow_links_reads_links_out_of_the_folder(tmp_path, capsys):
    folder, _ = _folder_with_links(tmp_path)
    code, out, err = kg(capsys, "extract", folder, "-o", tmp_path / "out.jsonl", "--follow-links", "-q")
    assert (code, err) == (0, "")
    assert _ids(tmp_path / "out.jsonl") == ["good.txt", "inside.txt", "more/also.txt", "secret.txt"]


def test_a_link_given_on_the_command_line_is_followed(tmp_path, capsys):
    folder, outside = _folder_with_links(tmp_path)
    os.symlink(outside, tmp_path / "linked-folder")
    code, out, err = kg(capsys, "extract", folder / "secret.txt", tmp_path / "linked-folder", "-q")
    assert (code, err) == (0, "")
    assert sorted(json.loads(line)["id"] for line in out.splitlines()) == ["more/also.txt", "secret.txt"]


def test_a_link_into_another_folder_given_is_followed_quietly(tmp_path, capsys):
    folder, outside = _folder_with_links(tmp_path)
    code, out, err = kg(capsys, "extract", folder, outside, "-q")
    assert (code, err) == (0, "")
    assert sorted(json.loads(line)["id"] for line in out.splitlines()) == [
        "good.txt", "inside.txt", "more/also.txt", "secret.txt"]


@pytest.mark.parametrize("command", ["extract", "add", "build", "split"])
def test_every_reading_command_takes_follow_links(command):
    assert build_parser().parse_args([command, "in", "--follow-links"]).follow_links is True
    assert build_parser().parse_args([command, "in"]).follow_links is False


# -- item 7: HTML nested deeper than libxml2's limits ---------------------------------------------

@pytest.mark.parametrize("paragraphs", [400, 1500])     # 800 levels; 3000, past libxml2's 2048 even with huge_tree
def test_deeply_nested_html_is_read_whole(tmp_path, capsys, paragraphs):
    (tmp_path / "old.html").write_text(unclosed_fonts(paragraphs), encoding="utf-8")
    code, out, err = kg(capsys, "extract", tmp_path / "old.html", "-q")
    assert (code, err) == (0, "")
    text = "\n".join(json.loads(line)["text"] for line in out.splitlines())
    assert [i for i in range(paragraphs) if f"第{i}段:区领导到第{i}个社区" not in text] == []


# -- item 8: JSONL numbers too long for int, lone surrogates --------------------------------------

def _feed(middle: str) -> str:
    return jsonl({"id": "a1", "text": REPORT}, middle, {"id": "a3", "text": OTHER})


def test_a_number_of_5000_digits_skips_its_record_only(tmp_path, capsys):
    (tmp_path / "feed.jsonl").write_text(_feed('{"id": "a2", "text": "会议", "views": ' + "7" * 5000 + "}"),
                                         encoding="utf-8")
    code, out, err = kg(capsys, "extract", tmp_path / "feed.jsonl", "-o", tmp_path / "out.jsonl")
    assert code == 0, err
    [w] = warnings_of(err)
    assert (w["where"], w["what"], w["fix"]) == (
        f"{tmp_path}/feed.jsonl:2", "a number with more than 4300 digits", "write it as a JSON string, or remove it")
    assert _ids(tmp_path / "out.jsonl") == ["a1", "a3"]
    assert "Traceback" not in err
    code, out, err = kg(capsys, "extract", tmp_path / "feed.jsonl", "-o", tmp_path / "strict.jsonl", "--strict")
    assert code == 2 and err.startswith(f"kg: error: {tmp_path}/feed.jsonl:2: a number with more than 4300 digits")


def test_a_lone_surrogate_is_read_as_a_replacement_character_with_a_warning(tmp_path, capsys):
    (tmp_path / "feed.jsonl").write_text(_feed('{"id": "a2", "text": "' + OTHER + '\\ud800末。"}'),
                                         encoding="utf-8")
    code, out, err = kg(capsys, "extract", tmp_path / "feed.jsonl", "-o", tmp_path / "out.jsonl")
    assert code == 0, err
    [w] = warnings_of(err)
    assert (w["where"], w["what"], w["fix"]) == (
        f"{tmp_path}/feed.jsonl:2", '"text" holds a lone surrogate (\\ud800), read as U+FFFD',
        "write the character itself, or both halves of its surrogate pair")
    records = {r["id"]: r for r in articles(tmp_path / "out.jsonl")}
    assert sorted(records) == ["a1", "a2", "a3"]
    text = records["a2"]["text"]
    assert "\ufffd末" in text
    for person in records["a2"]["persons"]:                 # offsets still index the text
        assert all(text[s:e] == person["name"] for s, e in person["spans"])
    # the store holds the raw text too: kg build keeps the record, and --strict stops at it
    code, out, err = kg(capsys, "build", tmp_path / "feed.jsonl", "-o", tmp_path / "out", "--db",
                        tmp_path / "store.sqlite", "--null-samples", "10", "-q")
    assert code == 0 and len(warnings_of(err)) == 1 and "Traceback" not in err
    assert sorted(r["id"] for r in articles(tmp_path / "out" / "articles.jsonl")) == ["a1", "a2", "a3"]
    code, out, err = kg(capsys, "extract", tmp_path / "feed.jsonl", "-o", tmp_path / "strict.jsonl", "--strict")
    assert code == 2 and "lone surrogate" in err


# -- item 14: the size of one text, and JSONL read line by line -----------------------------------

def test_texts_over_the_limit_are_skipped_with_a_warning(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(files, "MAX_TEXT_BYTES", 1000)
    folder = tmp_path / "in"
    folder.mkdir()
    long_text = OTHER * 15                                                     # 1,260 bytes of UTF-8
    escaped = json.dumps({"id": "b2", "text": OTHER * 10})                    # 840 bytes of text, 1,674 of JSON
    longest = json.dumps({"id": "b4", "text": long_text * 2})                 # over twice the limit
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "long.txt").write_text(long_text, encoding="utf-8")
    (folder / "long.html").write_text(f"<html><body><p>{long_text}</p></body></html>", encoding="utf-8")
    (folder / "feed.jsonl").write_text(jsonl({"id": "b1", "text": long_text}, escaped, {"id": "b3", "text": REPORT},
                                             longest), encoding="utf-8")
    code, out, err = kg(capsys, "extract", folder, "-o", tmp_path / "out.jsonl")
    assert code == 0, err
    found = [(w["where"], w["what"], w["fix"]) for w in warnings_of(err)]
    html_size = (folder / "long.html").stat().st_size
    assert found == [
        (f"{folder}/feed.jsonl:1", '"text" is 1,260 bytes (UTF-8), over the limit of 1,000 bytes for one text',
         "split the article into several records"),
        (f"{folder}/feed.jsonl:4", f"a line of {len(longest):,} bytes, over the limit of 2,000 bytes for one line "
         "(twice the limit for one text, for JSON escapes)", "split the article into several records"),
        (f"{folder}/long.html", f"{html_size:,} bytes, over the limit of 1,000 bytes for one text",
         "split it into several files (e.g. one per page)"),
        (f"{folder}/long.txt", "1,260 bytes, over the limit of 1,000 bytes for one text",
         "split it into several files (e.g. one per page)"),
    ]
    assert _ids(tmp_path / "out.jsonl") == ["b2", "b3", "good.txt"]


def test_the_limit_is_above_the_50_mb_page_readme_promises():
    assert files.MAX_TEXT_BYTES >= 64 * 2**20


def test_jsonl_is_read_line_by_line(tmp_path):
    """Peak memory while reading a 10 MB feed of small records stays far below the file's size."""
    path = tmp_path / "feed.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(2000):       # few records: the ids kept to tell repeats take little room
            fh.write(json.dumps({"id": f"r{i}", "text": f"第{i}条:" + OTHER * 55}, ensure_ascii=False) + "\n")
    assert path.stat().st_size > 8.5e6
    tracemalloc.start()
    try:
        n = 0
        for item in read_inputs([path]):
            assert isinstance(item, Source)
            n += 1
            del item
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert n == 2000
    assert peak < 2e6, f"peak {peak / 1e6:.1f} MB"


@pytest.mark.parametrize("encoding", ["gb18030", "big5", "utf-16", "utf-8-sig"])
def test_jsonl_in_other_encodings_is_still_read(tmp_path, encoding):
    texts = ["區長陳明主持會議並講話,要求各部門抓緊抓實安全生產各項工作,副區長吳剛參加會議。",
             "會議強調,要堅持問題導向,全面排查各類風險隱患,確保全區社會大局和諧穩定。"]
    lines = [json.dumps({"id": "ascii", "text": "Mayor Chen chaired the meeting."})]
    lines += [json.dumps({"id": f"t{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    path = tmp_path / "feed.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    items = list(read_inputs([path]))
    assert all(isinstance(x, Source) for x in items), items
    assert [x.raw for x in items] == ["Mayor Chen chaired the meeting.", *texts]
