"""The configured Extractor: one per configuration, its vocabulary reaching every stage, pages joined in one place,
one rule for the locale, and the place decided written into the record."""
from __future__ import annotations

import json

import pytest

from extract import (
    ExtractConfig,
    Extractor,
    Place,
    Source,
    dumps,
    extractor,
    read_inputs,
    record_from_json,
    record_to_json,
    schema,
)
from extract import backends


def source(text: str, *, id: str = "a.txt", locale: str | None = None, date: str | None = "2025-09-26") -> Source:
    return Source(id=id, origin=id, text=text, raw=text, date=date, locale=locale)


def lexicon_dir(tmp_path, **files: str) -> tuple[str, ...]:
    folder = tmp_path / "lex"
    folder.mkdir()
    for name, body in files.items():
        (folder / f"{name}.tsv").write_text(body, encoding="utf-8")
    return (str(folder),)


# --- one Extractor per configuration ----------------------------------------------------------

def test_one_extractor_per_configuration_sharing_vocabulary_and_backend():
    plain = extractor(ExtractConfig())
    assert extractor(ExtractConfig()) is plain
    placed = extractor(ExtractConfig(locale="浙江省/杭州市/钱塘区"))
    assert placed is not plain
    assert placed.vocab is plain.vocab and placed.backend is plain.backend     # the locale changes neither
    assert extractor(ExtractConfig(backend="none")).vocab is plain.vocab      # same lexicons, same vocabulary
    assert backends.load("namer") is plain.backend
    assert ExtractConfig().vocab() is plain.vocab


def test_an_extractor_reads_a_page_into_records():
    text = "区长调研企业\n\n本报讯 25日,区长钱进来到企业调研。"
    [record] = Extractor(ExtractConfig(backend="none"))(source(text))
    assert record.article.headline == "区长调研企业"
    assert [p.name for p in record.persons] == ["钱进"]


# --- --lexicon reaches the backend and the dates ---------------------------------------------

SENTENCE = "本报讯 会议由郑海洋主持。"


def test_a_user_non_names_list_reaches_the_name_model(tmp_path):
    assert [p.name for p in extractor(ExtractConfig())(source(SENTENCE))[0].persons] == ["郑海洋"]
    dirs = lexicon_dir(tmp_path, non_names="郑海洋\n")
    for backend in ("none", "namer"):
        [record] = extractor(ExtractConfig(backend=backend, lexicon_dirs=dirs))(source(SENTENCE))
        assert record.persons == (), backend


def test_a_user_date_word_reaches_event_dates(tmp_path):
    text = "本报讯 大大前天，市委书记刘非出席全市工作会议。"
    [before] = extractor(ExtractConfig())(source(text))
    assert [e.date for e in before.events] == ["2025-09-23"]          # 大前天: three days before the issue
    dirs = lexicon_dir(tmp_path, relative_dates="大大前天\tday\t-4\n")
    [after] = extractor(ExtractConfig(lexicon_dirs=dirs))(source(text))
    assert [e.date for e in after.events] == ["2025-09-22"]


# --- articles that jump across pages: joined in one place -----------------------------------------

PAGE_ONE = (
    "东湖日报\n2024年5月20日 星期一\n第1版\n\n"
    "全市重点项目集中开工\n\n"
    "本报讯(记者 林华)19日,全市重点项目集中开工仪式举行。市委书记张明远宣布开工。(下转第2版)\n"
)
PAGE_TWO = (
    "东湖日报\n2024年5月20日 星期一\n第2版\n\n"
    "湖区新闻简讯\n\n本报讯 湖区举办读书节。\n\n"
    "(上接第1版)张明远强调,要加快项目建设。\n\n市领导王伟参加。\n"
)


def test_pipe_joins_an_article_continued_on_another_page():
    ex = extractor(ExtractConfig())
    pages = [source(PAGE_ONE, id="dh-p1.txt", date=None), source(PAGE_TWO, id="dh-p2.txt", date=None)]
    one_by_one = [r for page in pages for r in ex(page)]
    piped = list(ex.pipe(pages))
    assert len(one_by_one) == 3 and len(piped) == 2
    [joined] = [r for r in piped if r.article.parts]
    assert [p.source for p in joined.article.parts] == ["dh-p1.txt", "dh-p2.txt"]
    assert {"张明远", "王伟"} <= {p.name for p in joined.persons}
    # records read page by page (a store) and joined afterwards come out the same, the joined one where
    # its first part was (pipe gives it last: it waits for every page)
    rejoined = ex.join(one_by_one)
    assert [r.article.id for r in rejoined] == ["dh-p1.txt", "dh-p2.txt#1"]
    assert sorted(map(dumps, rejoined)) == sorted(map(dumps, piped))


def test_join_leaves_records_without_a_jump_alone():
    ex = extractor(ExtractConfig())
    records = ex(source("区长调研企业\n\n本报讯 25日,区长钱进来到企业调研。"))
    assert ex.join(records) == records


# --- the locale: the record's own wins over --locale, on both roads -------------------------------

HANGZHOU = "浙江省/杭州市/钱塘区"
NINGBO = "浙江省/宁波市/海曙区"
REPORT = "本报讯 25日,区委书记王强出席会议。"


def org_full(record) -> str | None:
    [person] = record.persons
    return person.titles[0].org_full


def test_the_records_own_locale_wins_over_the_configured_one():
    ex = extractor(ExtractConfig(locale=HANGZHOU))
    [own] = ex(source(REPORT, locale=NINGBO))
    assert org_full(own) == "海曙区委"
    assert own.place == Place("浙江省", "宁波市", "海曙区")
    [none] = ex(source(REPORT))
    assert org_full(none) == "钱塘区委"
    assert none.place == Place("浙江省", "杭州市", "钱塘区")


def test_a_jsonl_records_locale_wins_over_the_command_line_from_file_to_record(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [{"id": "nb", "text": REPORT, "date": "2025-09-26", "locale": NINGBO},
             {"id": "hz", "text": REPORT, "date": "2025-09-26"}]
    feed.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    sources = list(read_inputs([feed], locale=HANGZHOU))
    assert [s.locale for s in sources] == [NINGBO, HANGZHOU]
    records = list(extractor(ExtractConfig(locale=HANGZHOU)).pipe(sources))
    assert [org_full(r) for r in records] == ["海曙区委", "钱塘区委"]


# --- the place written into the record ----------------------------------------------------------

def test_the_place_goes_through_json_and_back():
    [record] = extractor(ExtractConfig())(source(REPORT, locale=NINGBO))
    line = record_to_json(record)
    assert line["place"] == {"province": "浙江省", "city": "宁波市", "county": "海曙区"}
    assert record_from_json(json.loads(dumps(record))).place == record.place
    del line["place"]                                   # a line written before the field was added
    assert record_from_json(line).place is None


def test_no_place_decided_is_null():
    [record] = extractor(ExtractConfig())(source("本报讯 25日,区委书记王强出席会议。"))
    assert record.place is None and record_to_json(record)["place"] is None
    assert record_from_json(json.loads(dumps(record))).place is None


def test_the_schema_allows_the_place():
    jsonschema = pytest.importorskip("jsonschema")
    for locale in (NINGBO, None):
        [record] = extractor(ExtractConfig())(source(REPORT, locale=locale))
        jsonschema.validate(json.loads(dumps(record)), schema())
    assert "place" not in schema()["required"]
