"""Several ``kg add`` runs at once on one store: does the first text of an id stand, is every near-duplicate found?

    python benchmarks/concurrent_adds.py [--n 300] [--runs 3]

Clashing ids: ``--runs`` folders each hold ``--n`` files with the same names (so the same ids) and
texts of their own; the runs add them to one store at the same time.  Printed: ids stored, warnings
("already in the store"), and ids whose stored text is not from the run that stored that id first,
yet nobody was warned (the goal: warnings = (runs - 1) * n, silently replaced 0).

Near-duplicates: one run adds n invented reports, another, at the same time and in the opposite
order, their reposts (another dateline, a source line): printed the pairs found against the n expected.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = ["东湖", "西山", "南岭", "北塘", "临江", "白沙", "青石", "金桥", "红旗", "新安", "长乐", "永丰"]
WORKS = ["安全生产", "防汛抗旱", "秸秆禁烧", "乡村振兴", "招商引资", "河湖治理", "森林防火", "项目建设",
         "民生实事", "营商环境", "文明创建", "耕地保护"]
SITES = ["生产车间", "仓储区域", "施工现场", "河道堤防", "农贸市场", "便民服务中心", "污水处理厂", "物流园区"]


def story(i: int) -> str:
    """An invented report of its own for each ``i``: far from every other one (MinHash similarity about 0.5)."""
    rnd = random.Random(i)
    clauses = [f"{rnd.choice(PLACES)}镇{rnd.choice(WORKS)}工作", f"实地察看{rnd.choice(SITES)}",
               f"详细了解{rnd.choice(WORKS)}推进情况", f"听取{rnd.choice(PLACES)}村{rnd.choice(WORKS)}汇报",
               f"要求把{rnd.choice(WORKS)}各项措施落到实处", f"确保{rnd.choice(PLACES)}片区{rnd.choice(WORKS)}取得实效"]
    rnd.shuffle(clauses)
    return (f"{i}日,区委书记李俊率队调研{rnd.choice(WORKS)},先后来到{rnd.choice(PLACES)}、{rnd.choice(PLACES)}等地,"
            + ",".join(clauses) + f"。区领导胡潜参加。编号{i * 7919 % 10007}。")


def repost(i: int) -> str:
    return "新华网讯 " + story(i) + "(来源:区融媒体中心)"


def _add_at_once(folders: list[Path], db: Path) -> list[str]:
    procs = [subprocess.Popen([sys.executable, "-m", "kg.cli", "add", str(f), "--db", str(db), "-j", "1", "-q"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for f in folders]
    return [p.communicate()[1] for p in procs]


def clashing_ids(tmp: Path, n: int, runs: int) -> None:
    folders = []
    for r in range(runs):
        folder = tmp / f"run{r}"
        folder.mkdir()
        for i in range(n):
            (folder / f"{i:04d}.txt").write_text(f"本报讯 第{r}组:" + story(i * runs + r), encoding="utf-8")
        folders.append(folder)
    db = tmp / "clash.sqlite"
    start = time.perf_counter()
    errs = _add_at_once(folders, db)
    took = time.perf_counter() - start
    warned = sum(e.count("is already in the store from") for e in errs)
    con = sqlite3.connect(db)
    origins = dict(con.execute("SELECT id, origin FROM sources"))
    con.close()
    # which run's text each id holds, against the warnings each run printed for the ids it did not store
    silent = 0
    for source_id, origin in origins.items():
        holder = origin.split("/")[0]
        others = [f for f in folders if f.name != holder]
        for f in others:
            if f"{f.name}/{source_id}" not in "".join(errs):
                silent += 1
    print(f"clashing ids: {runs} runs x {n} files at once in {took:.1f} s: {len(origins)} ids stored, "
          f"{warned} warnings (expected {(runs - 1) * n}), {silent} second texts dropped without a warning")


def near_duplicates(tmp: Path, n: int) -> None:
    a, b = tmp / "a", tmp / "b"
    a.mkdir()
    b.mkdir()
    for i in range(n):
        (a / f"{i:04d}.txt").write_text("本报讯 " + story(i), encoding="utf-8")
        (b / f"x{n - 1 - i:04d}.txt").write_text(repost(i), encoding="utf-8")
    db = tmp / "dups.sqlite"
    start = time.perf_counter()
    _add_at_once([a, b], db)
    took = time.perf_counter() - start
    con = sqlite3.connect(db)
    pairs = {frozenset(p) for p in con.execute("SELECT a, b FROM near_duplicates")}
    con.close()
    wanted = {frozenset((f"{i:04d}.txt", f"x{n - 1 - i:04d}.txt")) for i in range(n)}
    print(f"near-duplicates: 2 runs x {n} files at once in {took:.1f} s: {len(wanted & pairs)} of {n} "
          f"report/repost pairs found, {len(pairs - wanted)} other pairs")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        clashing_ids(Path(tmp), args.n, args.runs)
        near_duplicates(Path(tmp), args.n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
