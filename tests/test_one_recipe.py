"""One Extractor and one build recipe, seen from kg/: every road gives the same articles, and what is stored
is re-read with the configuration it was stored with (issue "One configured Extractor and one build recipe")."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg.cli import main

# Two pages of one invented issue: a report that jumps from page 1 to page 2, and a brief on page 2.
PAGE_ONE = (
    "东湖日报\n2024年5月20日 星期一\n第1版\n\n"
    "全区重点项目集中开工\n\n"
    "本报讯(记者 林华)19日,全区重点项目集中开工仪式举行。区委书记张明远宣布开工。(下转第2版)\n"
)
PAGE_TWO = (
    "东湖日报\n2024年5月20日 星期一\n第2版\n\n"
    "湖区新闻简讯\n\n本报讯 湖区举办读书节。\n\n"
    "(上接第1版)张明远强调,要加快项目建设。区委副书记王伟参加。\n"
)
NINGBO = "浙江省/宁波市/海曙区"


@pytest.fixture()
def pages(tmp_path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "p1.txt").write_text(PAGE_ONE, encoding="utf-8")
    (folder / "p2.txt").write_text(PAGE_TWO, encoding="utf-8")
    return folder


def kg_run(capsys, *argv) -> int:
    code = main([str(a) for a in argv])
    capsys.readouterr()
    return code


def articles_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_api_the_command_line_and_a_build_give_the_same_articles(pages, tmp_path, capsys):
    assert kg_run(capsys, "extract", pages, "-o", tmp_path / "x.jsonl", "-j", "1", "-q") == 0
    extracted = articles_of(tmp_path / "x.jsonl")
    assert kg_run(capsys, "build", pages, "-o", tmp_path / "out", "--db", tmp_path / "s.sqlite", "-j", "1",
                  "-q", "--null-samples", "10") == 0
    built = articles_of(tmp_path / "out" / "articles.jsonl")
    corpus = kg.extract_corpus([pages], n_samples=10)
    assert len(extracted) == len(built) == len(corpus.records) == 2      # 3 page pieces, one joined
    assert sorted(a["id"] for a in extracted) == sorted(a["id"] for a in built) == sorted(
        r.article.id for r in corpus.records)
    [joined] = [a for a in built if a["parts"]]
    assert {p["name"] for p in joined["persons"]} >= {"张明远", "王伟"}


def test_a_rebuild_joins_stored_pages_with_their_own_configuration(pages, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    assert kg_run(capsys, "add", pages / "p1.txt", pages / "p2.txt", "--locale", NINGBO, "--db", db,
                  "-j", "1", "-q") == 0
    # the build is given no --locale: the stored pages keep theirs, the joined article too
    assert kg_run(capsys, "build", "-o", tmp_path / "out", "--db", db, "-j", "1", "-q",
                  "--null-samples", "10") == 0
    [joined] = [a for a in articles_of(tmp_path / "out" / "articles.jsonl") if a["parts"]]
    orgs = {t["org_full"] for p in joined["persons"] for t in p["titles"]}
    assert "海曙区委" in orgs
    assert joined["place"] == {"province": "浙江省", "city": "宁波市", "county": "海曙区"}


def test_build_options_apply_to_the_inputs_it_adds(pages, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    assert kg_run(capsys, "add", pages / "p1.txt", "--locale", NINGBO, "--db", db, "-j", "1", "-q") == 0
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "p3.txt").write_text("本报讯 21日,区委书记李强调研企业。", encoding="utf-8")
    assert kg_run(capsys, "build", tmp_path / "more", "--locale", "浙江省/杭州市/钱塘区", "-o", tmp_path / "out",
                  "--db", db, "-j", "1", "-q", "--null-samples", "10") == 0
    by_id = {a["id"]: a for a in articles_of(tmp_path / "out" / "articles.jsonl")}
    assert by_id["p3.txt"]["place"]["county"] == "钱塘区"                 # added by this build: its option
    assert by_id["p1.txt"]["place"]["county"] == "海曙区"                 # stored before: its own
