"""kg extract on the real sample page: the public JSON Lines format, checked against its schema and the gold."""
from __future__ import annotations

import json

import jsonschema
import pytest

from extract.jsonio import record_from_json, record_to_json, schema
from kg.cli import main

SAMPLE = "samples/qiantang-daily-2025-09-26-p1.txt"


@pytest.fixture(scope="module")
def lines(tmp_path_factory):
    out = tmp_path_factory.mktemp("extract") / "page.jsonl"
    assert main(["extract", SAMPLE, "-o", str(out), "-q"]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_every_line_follows_the_published_schema(lines):
    validator = jsonschema.Draft202012Validator(schema())
    for line in lines:
        errors = sorted(validator.iter_errors(line), key=str)
        assert not errors, errors[0].message


def test_every_span_indexes_the_article_text(lines):
    for line in lines:
        text = line["text"]
        for p in line["persons"]:
            for s, e in p["spans"]:
                assert text[s:e] == p["name"]
            for t in p["titles"]:
                s, e = t["span"]
                assert text[s:e] == t["surface"]
        for o in line["organizations"]:
            for s, e in o["spans"]:
                assert text[s:e] == o["name"]


def test_the_first_article_reads_like_the_gold(lines, gold_page):
    first = {p["name"]: p for p in lines[0]["persons"]}
    for gold in gold_page["articles"][0]["persons"]:
        assert gold["name"] in first, gold["name"]
        got = [(t["post"], t["org"]) for t in first[gold["name"]]["titles"]]
        assert got == [(t["post"], t["org"]) for t in gold["titles"]], gold["name"]
        assert first[gold["name"]]["is_reporter"] == gold["is_reporter"]


def test_reporters_split_names_and_split_companies(lines):
    second = {p["name"]: p for p in lines[1]["persons"]}
    assert second["赵一霖"]["is_reporter"] and second["董笑瑜"]["is_reporter"]
    assert second["赵一霖"]["roles"] == []
    assert "李因来" in second                    # printed as 李 / 因来 across a blank line
    orgs = {o["name"] for line in lines for o in line["organizations"]}
    assert "杭州和利时自动化有限公司" in orgs     # printed as 杭州 / 和利时自动化有限公司
    assert "新城电子(杭州)有限公司" in orgs


def test_records_round_trip_through_json(lines):
    for line in lines:
        assert record_to_json(record_from_json(line)) == line


def test_dates_are_the_issue_date_and_events_are_dated_against_it(lines):
    assert {line["date"] for line in lines} == {"2025-09-26"}
    dates = [e["date"] for e in lines[0]["events"]]
    assert dates[0] == "2025-09-25"


def test_a_date_given_with_the_input_wins(tmp_path):
    record = {"id": "a1", "text": "区长调研企业\n\n本报讯 24日,区长钱进来到企业调研。", "date": "2024-03-05"}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "-q"]) == 0
    [line] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert line["id"] == "a1" and line["date"] == "2024-03-05"
    assert line["events"][0]["date"] == "2024-02-24"     # 24日 after the 5th: the month before


def test_kg_extract_and_kg_build_join_an_article_across_the_pages_given(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p1.txt").write_text("钱塘新区报\n2025年9月26日 星期五\n第1版\n\n区长调研重点企业\n\n"
                                  "本报讯(记者 周平)25日,区委副书记、区长钱进来到杭州华宇新材料有限公司调研。"
                                  "(下转第2版)\n", encoding="utf-8")
    (pages / "p2.txt").write_text("钱塘新区报\n2025年9月26日 星期五\n第2版\n\n(上接第1版)区领导孙丽、李强参加。\n",
                                  encoding="utf-8")
    out = tmp_path / "x.jsonl"
    assert main(["extract", str(pages), "-o", str(out), "-q", "-j", "1"]) == 0
    [line] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [p["source"].rsplit("/", 1)[-1] for p in line["parts"]] == ["p1.txt", "p2.txt"]
    assert {"钱进", "孙丽", "李强"} <= {p["name"] for p in line["persons"]}
    built = tmp_path / "out"
    assert main(["build", str(pages), "-o", str(built), "-q", "--db", str(tmp_path / "s.sqlite")]) == 0
    [line] = [json.loads(x) for x in (built / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(line["parts"]) == 2 and {"孙丽", "李强"} <= {p["name"] for p in line["persons"]}


def test_kg_extract_removes_what_a_killed_run_left_beside_its_output(tmp_path):
    import os
    import time

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": "本报讯 24日,区长钱进来到企业调研。"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    stale = tmp_path / ".out.jsonl.k1ll3d.tmp"          # as atomic_path names its temporary
    stale.write_text('{"id": "half', encoding="utf-8")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    other = tmp_path / ".other.jsonl.k1ll3d.tmp"        # another output's: not ours to remove
    other.write_text("", encoding="utf-8")
    os.utime(other, (hour_ago, hour_ago))
    assert main(["extract", str(src), "-o", str(out), "-q"]) == 0
    assert out.exists() and not stale.exists() and other.exists()
