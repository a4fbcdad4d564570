"""The paper's place expands unqualified organs (市委 -> 杭州市委); traditional text gives simplified records;
users extend the lexicons without editing package files."""
from __future__ import annotations

import json

from extract import extract_text
from extract.jurisdiction import expand, parse_locale
from extract.vocab import vocabulary
from kg.cli import main


def titles_full(text: str, **kw):
    [rec] = extract_text(text, date="2025-09-26", **kw)
    return {p.name: [(t.post, t.org, t.org_full) for t in p.titles] for p in rec.persons}, rec


def test_locale_expands_organs_and_posts_that_name_their_level():
    people, rec = titles_full("省委常委、市委书记刘非,副省长卢山,区委副书记、区长沈燕俊出席。",
                              locale="浙江省/杭州市/钱塘区")
    assert people["刘非"] == [("常委", "省委", "浙江省委"), ("书记", "市委", "杭州市委")]
    assert people["卢山"] == [("副省长", None, "浙江省")]
    assert ("区长", None, "钱塘区") in people["沈燕俊"]
    assert {o.name: o.full_name for o in rec.organizations}["区委"] == "钱塘区委"


def test_a_place_written_in_the_text_wins_over_the_locale():
    people, _ = titles_full("沙市区委书记王立新出席。", locale="浙江省/杭州市/钱塘区")
    assert people["王立新"] == [("书记", "沙市区委", None)]


def test_the_masthead_gives_the_place_when_no_locale_is_given(sample_text):
    recs = extract_text(sample_text)
    first = {p.name: p for p in recs[0].persons}
    assert [t.org_full for t in first["刘非"].titles] == ["浙江省委", "杭州市委"]


def test_short_locales_and_new_areas():
    vocab = vocabulary()
    place = parse_locale("钱塘区", vocab)
    assert (place.province, place.city, place.county) == ("浙江省", "杭州市", "钱塘区")
    assert expand("新区党工委", place, vocab) == "钱塘新区党工委"
    assert expand("市发展改革委", place, vocab) == "杭州市发展改革委"


def test_traditional_text_gives_simplified_names_posts_and_organizations():
    [rec] = extract_text("市委常委、常務副市長陳瑾走進錢塘大學城人大代表聯絡站,開展聯繫基層人大代表和人民群眾活動。"
                         "阮重暉、陶峰參加。", date="2025-09-26")
    people = {p.name: p for p in rec.persons}
    assert [(t.post, t.org) for t in people["陈瑾"].titles] == [("常委", "市委"), ("常务副市长", None)]
    assert "阮重晖" in people
    assert "钱塘大学城人大代表联络站" in {o.name for o in rec.organizations}


def test_offsets_lead_from_the_simplified_article_back_to_the_traditional_page(tmp_path):
    page = tmp_path / "hk.txt"
    page.write_text("本報訊 25日,常務副市長陳瑾出席會議。", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(page), "-o", str(out), "-q"]) == 0
    [rec] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    [person] = [p for p in rec["persons"] if p["name"] == "陈瑾"]
    s, e = person["spans"][0]
    assert rec["text"][s:e] == "陈瑾"
    runs = rec["offsets"]
    src = max(r for r in runs if r[0] <= s)
    raw_start = src[1] + (s - src[0])
    assert page.read_text(encoding="utf-8")[raw_start:raw_start + 2] == "陳瑾"


def test_a_users_lexicon_directory_adds_and_removes_entries(tmp_path):
    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "posts.tsv").write_text("# my posts\n掌门人\tcompany\n", encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("本报讯 25日,集团掌门人周平出席会议。", encoding="utf-8")
    out = tmp_path / "a.jsonl"
    assert main(["extract", str(text), "-o", str(out), "-q"]) == 0
    before = json.loads(out.read_text(encoding="utf-8"))
    assert not any(t["post"] == "掌门人" for p in before["persons"] for t in p["titles"])
    assert main(["extract", str(text), "-o", str(out), "-q", "--lexicon", str(lex)]) == 0
    after = json.loads(out.read_text(encoding="utf-8"))
    assert any(t["post"] == "掌门人" for p in after["persons"] if p["name"] == "周平" for t in p["titles"])


def test_a_users_lexicon_directory_removes_a_builtin_entry(tmp_path):
    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "posts.tsv").write_text("-首席数据官\n", encoding="utf-8")
    [before] = extract_text("集团首席数据官周平出席会议。")
    [after] = extract_text("集团首席数据官周平出席会议。", lexicon_dirs=[str(lex)])
    assert any(t.post == "首席数据官" for p in before.persons for t in p.titles)
    assert not any(t.post == "首席数据官" for p in after.persons for t in p.titles)
