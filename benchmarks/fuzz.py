"""A long fuzz run of the extraction, and the time of very large and very strange pages.

    python benchmarks/fuzz.py fuzz [--cases 20000] [--seed 0]     the properties of tests/test_fuzz.py
    python benchmarks/fuzz.py pages [--mb 5 50]                    kg extract on big pages, time and memory

``fuzz`` runs the three properties of ``tests/test_fuzz.py`` (newsy text, any
Unicode, any JSONL record through the graph files) with Hypothesis, in rounds of
``--round`` cases, each round with its own seed and without shrinking, so that a
failure is printed (and saved under ``benchmarks/work/fuzz-failures/``) and the
run goes on.  It prints the cases tried and the failures of each property.

``pages`` writes each page to ``benchmarks/work/`` and runs ``kg extract`` on it
in a fresh process (``-j 1``: one core), printing the wall time, the characters
per second and the peak memory of that process: copies of the sample page of
``--mb`` megabytes (a "50 MB single page"), 5 MB lines with no sentence in
them (Latin letters, mixed scripts with Chinese, full-width forms), and hostile
inputs (``HOSTILE``: HTML nested thousands of elements deep, a JSONL feed with
a 5000-digit number and a lone surrogate among good records, a text over the
size limit).  A time that grows faster than the size shows a quadratic step.
(``benchmarks/big_input.py`` measures one huge JSONL record.)
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import WORK  # noqa: E402

FAILURES = WORK / "fuzz-failures"
MAX_FAILURES = 20       # per property: past that the run stops it and says so


def fuzz(cases: int, seed: int, per_round: int) -> int:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as with_seed
    from hypothesis import strategies as st

    from tests import test_fuzz as props

    properties = {
        "newsy text": (st.tuples(props.NEWSY, props.DATES, st.sampled_from(props.LOCALES)),
                       lambda x: props.check_text(x[0], date=x[1], locale=x[2]), 1.0),
        "any unicode": (props.ANY_UNICODE, props.check_text, 1.0),
        "jsonl record -> graph files": (props.JSONL_RECORDS, props.check_jsonl_graph, 0.1),
    }
    total_failures = 0
    for name, (strategy, check, share) in properties.items():
        want = max(1, int(cases * share))
        tried, failures, rounds = 0, 0, 0
        start = time.perf_counter()
        while tried < want and failures < MAX_FAILURES:
            counter = {"n": 0}
            test = with_seed(seed * 1_000_003 + rounds)(
                settings(max_examples=min(per_round, want - tried), deadline=None, database=None,
                         phases=[Phase.generate], suppress_health_check=list(HealthCheck))(
                    given(strategy)(_counted(check, counter))))
            try:
                test()
            except Exception as e:      # a property failed: record it and go on with the next round
                failures += 1
                _save(name, rounds, e)
                if counter["n"] == 0:
                    break               # it fails before any case: nothing more to learn
            tried += counter["n"]
            rounds += 1
        total_failures += failures
        print(f"{name}: {tried} cases, {failures} failures, {time.perf_counter() - start:.0f} s", flush=True)
    return total_failures


def _counted(check, counter: dict):
    def run(value):
        counter["n"] += 1
        check(value)
    return run


def _save(name: str, round_: int, error: Exception) -> None:
    FAILURES.mkdir(parents=True, exist_ok=True)
    path = FAILURES / f"{name.replace(' ', '_').replace('>', '')}-{round_}.txt"
    notes = "\n".join(getattr(error, "__notes__", []))
    path.write_text(f"{type(error).__name__}: {error}\n{notes}\n", encoding="utf-8")
    print(f"  FAILED ({name}, round {round_}): {type(error).__name__}: {str(error)[:300]}\n  saved: {path}",
          flush=True)


# -- big pages -------------------------------------------------------------------------------------

def sample_copies(megabytes: float) -> str:
    """Copies of the sample page, each with its own issue number, up to ``megabytes`` of UTF-8
    (also the big page of tests/test_bad_inputs.py)."""
    page = (ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt").read_text(encoding="utf-8")
    parts, size, i = [], 0, 0
    while size < megabytes * 1e6:
        copy = page.replace("总第812期", f"总第{1000 + i}期")
        parts.append(copy)
        size += len(copy.encode("utf-8")) + 1
        i += 1
    return "\n".join(parts)


def _line(alphabet: str, megabytes: float, seed: int) -> str:
    rng = random.Random(seed)
    per_char = len(alphabet.encode("utf-8")) / len(alphabet)
    return "".join(rng.choices(alphabet, k=int(megabytes * 1e6 / per_char)))


LINES = {
    "latin line": "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789.,;:-()",
    "mixed-script line": "abcабвгαβγあいうアイウ한국어ﺍﺏﺕאבג中文字书记市委出席会议,。é\u0301\u200d🙂",
    "full-width line": "０１２３４５６７８９ＡＢＣＤＥｘｙｚ，。！？：；（）「」〔〕【】　～－＋",
}


def _deep_html(paragraphs: int) -> str:
    """An old page whose every paragraph opens a <font> and closes nothing: 2 levels deeper each."""
    body = "".join(f"<p><font color=\"#333333\">第{i}段:区领导到第{i}个社区走访慰问困难群众。\n"
                   for i in range(paragraphs))
    return f"<html><head><meta charset=\"utf-8\"><title>走访慰问</title></head><body>{body}</body></html>"


def _hostile_feed(records: int) -> str:
    """Good records with, every tenth line, a number of 5000 digits or a lone surrogate in the text."""
    page = (ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt").read_text(encoding="utf-8")
    lines = []
    for i in range(records):
        if i % 20 == 5:
            lines.append('{"id": "n%d", "text": "会议", "views": %s}' % (i, "9" * 5000))
        elif i % 20 == 15:
            lines.append('{"id": "s%d", "text": "%s\\ud800"}' % (i, page[:200].replace("\n", "\\n")))
        else:
            lines.append(json.dumps({"id": f"r{i}", "text": page.replace("总第812期", f"总第{i}期")},
                                    ensure_ascii=False))
    return "\n".join(lines) + "\n"


# name -> (file name, the file's text, what to expect); each is run as one kg extract
HOSTILE = {
    "html 1,000 unclosed <font> deep": ("deep-1000.html", lambda: _deep_html(1000), "read whole (huge_tree)"),
    "html 5,000 unclosed <font> deep": ("deep-5000.html", lambda: _deep_html(5000), "read whole (plain text)"),
    "jsonl, bad numbers and lone surrogates": ("hostile.jsonl", lambda: _hostile_feed(200),
                                               "a warning per bad line, the rest read"),
    "text over the size limit (70 MB)": ("huge.txt", lambda: sample_copies(70), "skipped with one warning"),
}


_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
_GIVEN = "明华建国志强文军平东海波涛立新"
_ACTS = ("带队检查城区防汛工作", "主持召开县政府常务会议", "到西河镇调研秋收工作", "走访慰问困难群众")


def bulletin_run(megabytes: float) -> str:
    """A column of brief items run together in one paragraph (◆9月20日,县委书记某某…。◆…), up to
    ``megabytes`` of UTF-8: invented items, each naming its own two officials."""
    parts, size, i = ["县域快讯\n"], 0, 0
    while size < megabytes * 1e6:
        a = _SURNAMES[i % 20] + _GIVEN[i % 15] + _GIVEN[(i // 15) % 15]
        b = _SURNAMES[(i + 7) % 20] + _GIVEN[(i // 7) % 15]
        item = f"◆{i % 12 + 1}月{i % 28 + 1}日,县委书记{a}{_ACTS[i % 4]}。副县长{b}陪同。"
        parts.append(item)
        size += len(item.encode("utf-8"))
        i += 1
    return "".join(parts)


def _run_extract(path: Path) -> tuple[float, int, int, int]:
    """Wall seconds, exit status (-1 for a traceback), peak RSS (KiB) and warnings of ``kg extract PATH``
    in a fresh process."""
    code = ("import resource, sys; from kg.cli import main; status = main(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(status)")
    out = path.with_name(path.name + ".out.jsonl")      # beside the input, never over it (a .jsonl input)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, "extract", str(path), "-o", str(out), "-q", "-j", "1"],
                          cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    lines = done.stderr.strip().splitlines()
    rss = int(lines[-1]) if lines and lines[-1].isdigit() else -1
    if done.returncode or "Traceback" in done.stderr:
        print(done.stderr[-2000:], file=sys.stderr)
    warnings = sum(1 for line in lines if line.startswith("kg: warning:"))
    return wall, done.returncode if "Traceback" not in done.stderr else -1, rss, warnings


def pages(sizes: list[float]) -> int:
    WORK.mkdir(parents=True, exist_ok=True)
    inputs = [(f"sample page x {mb:g} MB", WORK / f"big-{mb:g}mb.txt", lambda mb=mb: sample_copies(mb))
              for mb in sizes]
    inputs += [(f"run-together ◆ items x {mb:g} MB", WORK / f"bulletin-{mb:g}mb.txt", lambda mb=mb: bulletin_run(mb))
               for mb in sizes]
    inputs += [(name, WORK / f"{name.replace(' ', '-')}.txt", lambda a=alphabet, i=i: _line(a, 5, i))
               for i, (name, alphabet) in enumerate(LINES.items())]
    inputs += [(f"{name} ({expect})", WORK / file, make) for name, (file, make, expect) in HOSTILE.items()]
    failures = 0
    for name, path, make in inputs:
        text = make()
        path.write_text(text, encoding="utf-8")
        wall, status, rss, warnings = _run_extract(path)
        out = path.with_name(path.name + ".out.jsonl")
        n_articles = sum(1 for _ in out.open(encoding="utf-8")) if status == 0 else 0
        failures += status not in (0, 1)        # 1: nothing could be read (the text over the limit)
        print(f"{name}: {path.stat().st_size / 1e6:.1f} MB, {len(text):,} chars -> {n_articles} articles, "
              f"{warnings} warnings, {wall:.1f} s ({len(text) / wall:,.0f} chars/s), peak RSS {rss / 1024:.0f} MiB, "
              f"exit {status}", flush=True)
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("fuzz", help="the properties of tests/test_fuzz.py, many cases")
    p.add_argument("--cases", type=int, default=20000, help="cases of each text property (a tenth of that "
                   "through the graph files; default 20000)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--round", type=int, default=1000, help="cases per Hypothesis run (default 1000)")
    p = sub.add_parser("pages", help="kg extract on big and strange pages")
    p.add_argument("--mb", type=float, nargs="+", default=[5, 50], help="sizes of the sample-page copies")
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]}; {time.strftime('%Y-%m-%d')}", flush=True)
    if args.what == "fuzz":
        failures = fuzz(args.cases, args.seed, args.round)
    else:
        failures = pages(args.mb)
    print(json.dumps({"failures": failures}))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
