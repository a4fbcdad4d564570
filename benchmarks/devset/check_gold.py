"""Check the development set's gold files against their pages and print counts.

    python benchmarks/devset/check_gold.py [-v]

For every ``*.gold.json`` beside this script: the JSON loads; the page text
(``<same stem>.txt``) contains every headline, subheadline, person name, title
surface, title org and organization name of each article, inside that
article's stretch of the page (from its headline to the next article's
headline).  A string is looked up as printed, then in traditional->simplified
text (when OpenCC is installed), then with white space removed (words split
across blank lines, padded byline names); ``-v`` lists the strings found only
in those ways.  Also: event participants are persons of the article, reporters
have no roles and attend nothing, dates are ISO or null, an article's date is
the page's.  Exits 1 when something fails.  Reads no extractor code.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPACE = re.compile(r"\s+")


def _t2s():
    try:
        import opencc
    except ImportError:  # the check still runs on simplified pages
        return None
    return opencc.OpenCC("t2s").convert


def _views(text: str, t2s) -> list[tuple[str, str]]:
    views = [("printed", text)]
    if t2s is not None:
        views.append(("simplified", t2s(text)))
    views.append(("joined", _SPACE.sub("", views[-1][1])))
    return views


def _segments(views, headlines, offsets=None):
    """Per view, the (start, end) of each article: its headline to the next one's.

    An article without a headline starts at its ``offsets`` entry (the gold's ``start``, a character
    offset into the text as printed), when it has one.
    """
    out = {}
    printed = views[0][1]
    offsets = offsets or [None] * len(headlines)
    for name, text in views:
        starts, pos = [], 0
        for h, at in zip(headlines, offsets):
            if not h and at is not None:
                i = len(_SPACE.sub("", printed[:at])) if name == "joined" else at
                starts.append(i)
                pos = i
                continue
            key = _SPACE.sub("", h) if name == "joined" else h
            i = text.find(key, pos)
            starts.append(i)
            if i >= 0:
                pos = i + len(key)
        ends = []
        for k, s in enumerate(starts):
            nxt = [t for t in starts[k + 1:] if t >= 0]
            ends.append(nxt[0] if nxt else len(text))
        out[name] = list(zip(starts, ends))
    return out


def _iso(value) -> bool:
    if value is None:
        return True
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def check_page(gold_path: Path, t2s, *, text: str | None = None) -> tuple[dict, list[str], list[str]]:
    """Check one gold file against its text (default: the ``.txt`` beside it); counts, errors, notes."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if text is None:
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    views = _views(text, t2s)
    arts = gold["articles"]
    segs = _segments(views, [a["headline"] or "" for a in arts], [a.get("start") for a in arts])
    errors, odd = [], []
    counts = dict(articles=len(arts), persons=0, reporters=0, titles=0, organizations=0, events=0, participants=0)

    for k, art in enumerate(arts):
        where = f"{gold_path.name} #{art['index']}"

        def find(s: str, what: str) -> None:
            for name, view in views:
                lo, hi = segs[name][k]
                key = _SPACE.sub("", s) if name == "joined" else s
                if lo >= 0 and key in view[lo:hi]:
                    if name != "printed":
                        odd.append(f"{where}: {what} {s!r} found {name}")
                    return
            errors.append(f"{where}: {what} {s!r} not in its article")

        if segs["joined"][k][0] < 0:
            errors.append(f"{where}: headline not on the page")
            continue
        if art["headline"]:
            find(art["headline"], "headline")
        if art.get("subheadline"):
            find(art["subheadline"], "subheadline")
        if art["date"] != gold["date"]:
            errors.append(f"{where}: article date {art['date']} != page date {gold['date']}")
        names = [p["name"] for p in art["persons"]]
        if len(set(names)) != len(names):
            errors.append(f"{where}: a person is listed twice")
        reporters = set()
        for p in art["persons"]:
            find(p["name"], "name")
            for t in p["titles"]:
                find(t["surface"], "title surface")
                if t["org"]:
                    find(t["org"], "title org")
            if p["is_reporter"]:
                reporters.add(p["name"])
                if p["roles"]:
                    errors.append(f"{where}: reporter {p['name']} has roles")
        org_names = [o["name"] for o in art["organizations"]]
        if len(set(org_names)) != len(org_names):
            errors.append(f"{where}: an organization is listed twice")
        for o in art["organizations"]:
            find(o["name"], "organization")
        for e in art["events"]:
            if not _iso(e["date"]):
                errors.append(f"{where}: event date {e['date']!r}")
            for n in e["participants"]:
                if n not in names:
                    errors.append(f"{where}: participant {n} is not a person of the article")
                if n in reporters:
                    errors.append(f"{where}: reporter {n} is a participant")
        counts["persons"] += len(names)
        counts["reporters"] += len(reporters)
        counts["titles"] += sum(len(p["titles"]) for p in art["persons"])
        counts["organizations"] += len(org_names)
        counts["events"] += len(art["events"])
        counts["participants"] += sum(len(e["participants"]) for e in art["events"])
    for o in gold.get("masthead_organizations", []):
        if o["name"] not in text:
            errors.append(f"{gold_path.name}: masthead organization {o['name']!r} not on the page")
    return counts, errors, odd


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list strings found only after simplifying or joining")
    args = ap.parse_args(argv)
    t2s = _t2s()
    total: dict[str, int] = {}
    failed = False
    cols = ("articles", "persons", "reporters", "titles", "organizations", "events", "participants")
    print(f"{'page':40} " + " ".join(f"{c[:7]:>7}" for c in cols))
    for path in sorted(HERE.glob("*.gold.json")):
        counts, errors, odd = check_page(path, t2s)
        print(f"{path.name.removesuffix('.gold.json'):40} " + " ".join(f"{counts[c]:>7}" for c in cols))
        for c in cols:
            total[c] = total.get(c, 0) + counts[c]
        for e in errors:
            print("  ERROR", e)
        if args.verbose:
            for o in odd:
                print("  note ", o)
        failed |= bool(errors)
    print(f"{'total':40} " + " ".join(f"{total.get(c, 0):>7}" for c in cols))
    if t2s is None:
        print("(OpenCC not installed: traditional-character articles were checked only after joining)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
