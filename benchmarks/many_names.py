"""Time, peak memory and output size of ``kg build`` on one article that lists many names.

    python benchmarks/many_names.py [--names 1000,10000] [--timeout 1800] [--keep DIR] [--json]

For each N the script writes one invented article, ``市领导A、B、C……出席。``
with N invented names (2-3 characters: a common surname and one or two given-name
characters, fixed seed, no name twice), and runs ``python -m kg.cli build
article.txt -o out --db store.sqlite -j 1`` on it in a temporary folder.  It
prints the wall time, the peak memory of the child (``ru_maxrss`` of that child
and the processes it waited for, from ``os.wait4``), the total size of what
``out/`` holds, the number of persons read and the number of ``co_attended``
edges in ``graph.json``.  Numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "建国明华伟强军平东海文斌志刚涛勇杰峰磊超波辉鹏飞宇浩俊鑫晨亮宏春光红丽芳燕玲静敏霞娟英秀兰凤琴云洁梅莉萍雪颖琳婷慧佳欣怡晓晶楠宁松林立新永德振庆忠诚民福安利康"


def invented_names(n: int, *, seed: int = 0) -> list[str]:
    """``n`` distinct invented names: a surname and one or two given-name characters."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def article(n: int) -> str:
    """An invented report whose one event lists ``n`` names."""
    names = "、".join(invented_names(n))
    return (f"全市干部大会召开\n"
            f"本报讯 25日,全市干部大会在市行政中心召开。市委书记王建国出席会议并讲话。\n"
            f"市领导{names}出席。\n")


def measure(n: int, folder: Path, *, timeout: float) -> dict:
    """Run ``kg build`` on the article of ``n`` names in ``folder``; seconds, peak MiB, output MiB, counts."""
    (folder / "article.txt").write_text(article(n), encoding="utf-8")
    argv = [sys.executable, "-m", "kg.cli", "build", "article.txt", "-o", "out", "--db", "store.sqlite", "-j", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    start = time.perf_counter()
    with open(folder / "stderr.txt", "wb") as err:
        proc = subprocess.Popen(argv, cwd=folder, stdout=subprocess.DEVNULL, stderr=err, env=env)
        status, usage = None, None
        while status is None:
            pid, raw, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                status = os.waitstatus_to_exitcode(raw)
            elif time.perf_counter() - start > timeout:
                proc.kill()
                _, raw, usage = os.wait4(proc.pid, 0)
                status = "timeout"
            else:
                time.sleep(0.05)
        proc.returncode = status if isinstance(status, int) else -9
    seconds = time.perf_counter() - start
    out = folder / "out"
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) if out.exists() else 0
    persons = co_attended = None
    if (out / "graph.json").exists():
        graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
        persons = sum(1 for node in graph.get("nodes", []) if node.get("type") == "person")
        co_attended = sum(1 for link in graph.get("links", graph.get("edges", [])) if link.get("rel") == "co_attended")
    tail = (folder / "stderr.txt").read_text(encoding="utf-8", errors="replace").strip().splitlines()[-2:]
    return {"names": n, "status": status, "seconds": round(seconds, 1), "peak_mib": round(usage.ru_maxrss / 1024),
            "output_mib": round(size / 2**20, 1), "persons": persons, "co_attended": co_attended,
            "stderr": tail}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--names", type=lambda s: [int(x) for x in s.split(",") if x], default=[1000, 10_000],
                    help="numbers of names to list (default 1000,10000)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before a build is stopped (default 1800)")
    ap.add_argument("--keep", help="a folder to build in and keep (default: a temporary folder, removed)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rows = []
    for n in args.names:
        if args.keep:
            folder = Path(args.keep) / f"n{n}"
            folder.mkdir(parents=True, exist_ok=True)
            rows.append(measure(n, folder, timeout=args.timeout))
        else:
            with tempfile.TemporaryDirectory(prefix="many_names_") as tmp:
                rows.append(measure(n, Path(tmp), timeout=args.timeout))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    print(f"{'names':>7} {'status':>7} {'seconds':>8} {'peak MiB':>9} {'output MiB':>11} {'persons':>8} "
          f"{'co_attended':>12}")
    for r in rows:
        print(f"{r['names']:>7,} {r['status']!s:>7} {r['seconds']:>8.1f} {r['peak_mib']:>9} {r['output_mib']:>11.1f} "
              f"{r['persons']!s:>8} {r['co_attended']!s:>12}"
              + ("" if r["status"] == 0 else f"  {' | '.join(r['stderr'])}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
