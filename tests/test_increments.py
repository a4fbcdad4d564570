"""Daily increments: a rebuild after adding articles gives what a full build gives, a rebuild with nothing
new does nothing, and a rebuild killed with kill -9 leaves the previous output or the new one.

The reports are invented: a district paper's meetings and decisions, then a second paper's report of
one of the meetings (one event, two reports) and a later decision that ends a tenure.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import STATE, read_state
from kg.cli import main

BASE = [
    {"id": "a1", "date": "2025-03-06", "publication": "钱塘日报",
     "text": "区委常委会召开会议\n本报讯 5日,区委书记李俊主持召开区委常委会会议。区长陈明,区领导胡潜、吴刚出席会议。"},
    {"id": "a2", "date": "2025-03-13", "publication": "钱塘日报",
     "text": "全区安全生产工作会议召开\n本报讯 12日,全区安全生产工作会议召开。区委书记李俊出席会议并讲话,"
             "区长陈明主持会议,区领导胡潜、吴刚、周文参加。"},
    {"id": "a3", "date": "2025-03-21", "publication": "钱塘日报",
     "text": "区人大常委会任命一批干部\n本报讯 20日,区十五届人大常委会第十次会议召开。会议决定任命张海为区人民政府"
             "副区长。区人大常委会主任赵平主持会议。"},
    {"id": "a4", "date": "2025-04-02", "publication": "钱塘日报",
     "text": "市场监管局开展食品安全检查\n本报讯 1日,区市场监管局局长林涛带队检查校园食堂。副局长宋雨参加检查。"},
    {"id": "a5", "date": "2025-04-09", "publication": "钱塘日报",
     "text": "区政协召开主席会议\n本报讯 8日,区政协主席王芳主持召开主席会议。区政协副主席刘洋、郑凯出席。"},
]
MORE = [
    {"id": "b1", "date": "2025-03-13", "publication": "杭州日报",
     "text": "钱塘区召开全区安全生产工作会议\n本报讯 12日,钱塘区召开全区安全生产工作会议。区委书记李俊出席会议并讲话,"
             "区长陈明主持会议,区领导胡潜、吴刚参加。"},
    {"id": "b2", "date": "2025-06-19", "publication": "钱塘日报",
     "text": "区人大常委会免去张海职务\n本报讯 18日,区十五届人大常委会第十三次会议召开。会议决定免去张海的区人民政府"
             "副区长职务,任命孙立为区人民政府副区长。区人大常委会主任赵平主持会议。"},
]
OPTIONS = ["--locale", "浙江省/杭州市/钱塘区", "--null-samples", "40", "-j", "1"]
SAMPLED = ("expected", "p_value", "score")
CO_TABLE = re.compile(r"<h2>同场人物 Co-attendees.*?</table>", re.S)


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def kg(capsys, *argv) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().err


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (the build's state left out) with a digest of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != STATE}


def graph_without_samples(folder: Path) -> dict:
    data = json.loads((folder / "graph.json").read_text(encoding="utf-8"))
    for e in data["links"]:
        for k in SAMPLED:
            e.pop(k, None)
    return data


def graphml_without_samples(folder: Path) -> str:
    text = (folder / "graph.graphml").read_text(encoding="utf-8")
    ids = re.findall(r'<key id="([^"]+)" for="edge" attr.name="(?:expected|p_value|score)"', text)
    return re.sub(r'<data key="(?:%s)">[^<]*</data>' % "|".join(ids), "", text) if ids else text


@pytest.fixture
def increment(tmp_path, capsys):
    """A store and output built from BASE, then MORE added and rebuilt; and a full build of the same store."""
    base, more = write_jsonl(tmp_path / "base.jsonl", BASE), write_jsonl(tmp_path / "more.jsonl", MORE)
    db, out, full = tmp_path / "store.sqlite", tmp_path / "out", tmp_path / "full"
    assert kg(capsys, "build", base, "-o", out, "--db", db, *OPTIONS)[0] == 0
    before = read_state(out)
    code, err = kg(capsys, "build", more, "-o", out, "--db", db, *OPTIONS)
    assert code == 0, err
    assert kg(capsys, "build", "--full", "-o", full, "--db", db, *OPTIONS)[0] == 0
    return out, full, before, err


def test_a_rebuild_after_adding_articles_gives_the_full_build(increment):
    out, full, before, err = increment
    assert graph_without_samples(out) == graph_without_samples(full)
    assert graphml_without_samples(out) == graphml_without_samples(full)
    assert (out / "articles.jsonl").read_bytes() == (full / "articles.jsonl").read_bytes()
    mine, theirs = tree(out), tree(full)
    assert mine.keys() == theirs.keys()
    for name in mine:
        if mine[name] == theirs[name]:
            continue
        a, b = (out / name).read_text(encoding="utf-8"), (full / name).read_text(encoding="utf-8")
        if name.endswith((".graphml", ".gexf", ".json")):
            continue        # the graph files: compared above without the sampled significance
        assert name.startswith("person/") and CO_TABLE.sub("", a) == CO_TABLE.sub("", b), name


def test_a_rebuild_renders_only_what_changed(increment):
    out, full, before, err = increment
    state = read_state(out)
    assert "kept" in err and "rebuilt" in err
    assert 0 < state.rendered < len(state.pages)           # some pages were linked from the previous build
    unchanged = [p for p, d in state.pages.items() if before.pages.get(p) == d]
    assert len(unchanged) == len(state.pages) - state.rendered
    # 赵平 and the meetings of the other organs are not in the new articles' reach: their pages are kept
    org = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    wang = next(n for n in org["nodes"] if n.get("name") == "王芳")
    assert before.pages[f"person/{wang['id'].split(':')[1]}.html"] == state.pages[f"person/{wang['id'].split(':')[1]}.html"]


def test_a_rebuild_compares_only_the_pairs_of_event_reports_that_are_new(increment):
    out, full, before, err = increment
    mine, theirs = read_state(out), read_state(full)
    assert mine.compared == theirs.compared - before.compared > 0      # --full compares every pair again
    assert (mine.reports, mine.verdicts) == (theirs.reports, theirs.verdicts)
    assert before.verdicts.items() <= mine.verdicts.items()


def test_event_merges_and_tenures_follow_the_added_articles(increment):
    out, *_ = increment
    nodes = {n.get("name") or n.get("label"): n for n in json.loads((out / "graph.json").read_text())["nodes"]}
    meeting = [n for n in nodes.values() if n["type"] == "event" and "安全生产" in n["label"]]
    assert len(meeting) == 1 and meeting[0]["n_reports"] == 2 and meeting[0]["articles"] == ["a2", "b1"]
    (tenure,) = nodes["张海"]["tenures"]
    assert (tenure["start"], tenure["end"], tenure["basis"]) == ("2025-03-20", "2025-06-18", "decision/decision")
    assert nodes["孙立"]["tenures"][0]["start"] == "2025-06-18"


def test_a_rebuild_with_nothing_new_does_nothing_and_says_so(increment, capsys):
    out, full, *_ = increment
    db = out.parent / "store.sqlite"
    files = {p: p.stat().st_ino for p in out.rglob("*")}
    code, err = kg(capsys, "build", "-o", out, "--db", db, *OPTIONS)
    assert code == 0
    assert err.strip() == f"kg: nothing new since the last build of {out}: it is up to date"
    assert {p: p.stat().st_ino for p in out.rglob("*")} == files          # not one file written again
    # other options are another build
    code, err = kg(capsys, "build", "-o", out, "--db", db, *OPTIONS[:-4], "--null-samples", "41", "-j", "1")
    assert code == 0 and "nothing new" not in err
    assert read_state(out).null_samples == 41 and read_state(out).kept_ties == 0


def test_a_missing_output_file_is_rebuilt_not_skipped(increment, capsys):
    out, *_ = increment
    (out / "graph.gexf").unlink()
    code, err = kg(capsys, "build", "-o", out, "--db", out.parent / "store.sqlite", *OPTIONS)
    assert code == 0 and "nothing new" not in err and (out / "graph.gexf").is_file()


def test_kill_9_during_an_incremental_build_leaves_old_or_new(tmp_path, capsys):
    base, more = write_jsonl(tmp_path / "base.jsonl", BASE), write_jsonl(tmp_path / "more.jsonl", MORE)
    seed = tmp_path / "seed"
    seed.mkdir()
    assert kg(capsys, "build", base, "-o", seed / "out", "--db", seed / "store.sqlite", *OPTIONS)[0] == 0

    def trial(name: str, delay: float | None) -> dict[str, str]:
        work = tmp_path / name
        shutil.copytree(seed, work)
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(more), "-o", str(work / "out"),
                                 "--db", str(work / "store.sqlite"), "-q", *OPTIONS],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        return tree(work / "out")

    old, new = tree(seed / "out"), trial("complete", None)
    assert new != old
    outcomes = [trial(f"killed{k}", delay) for k, delay in enumerate((0.5, 1.5, 2.5, 3.5))]
    assert all(t in (old, new) for t in outcomes)
