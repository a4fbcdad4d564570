"""Probes of the extractor against the facts of the field set's gold alone (no article text needed).

    python benchmarks/gold_probes.py types  [--split dev] [-v N]
    python benchmarks/gold_probes.py orgs   [--split dev] [-v N]
    python benchmarks/gold_probes.py titles [--split dev] [-v N]

The field set's texts are third-party pages kept in a git-ignored cache (``field/README.md``); when the cache is
empty (a new machine, or a session that may not re-collect it) nothing can be scored on real text.  The gold
files are committed, though, and their facts say how the annotators write what the extractor must write.  Each
probe reads one kind of gold fact, builds the smallest invented context around it and compares:

- ``types``: each gold event's name and its participants' gold roles, typed by ``extract.event_kinds``
  (``event_kind(name, roles)``), against the gold type;
- ``orgs``: each distinct gold organization name, read alone as ``NAME召开会议。``: is it found whole?
- ``titles``: each gold person with exactly one title, read as ``SURFACE + NAME + 出席会议。``: is the name found,
  and does one of its titles have the gold post (leading modifiers removed, as the scorer does) and organ?

These are measures of agreement on invented contexts, not of extraction from the articles: an organ the article
gives from an earlier sentence cannot be read from the surface alone (``org differs`` counts those too).  Run on
``--split dev`` they are development figures (field-dev's errors are read and fixed); field-test is for the end of
a round only, like ``score_field.py``.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FIELD = Path(__file__).resolve().parent / "field"
MODIFIERS = ("常务", "代理", "代", "首席", "执行", "专职", "挂职", "见习", "实习")
DATE = "2020-01-01"


def gold_articles(split: str) -> Iterator[dict]:
    """Every gold article (page gold gives several) of the field set's ``split``."""
    with (FIELD / "index.tsv").open(encoding="utf-8") as f:
        ids = {row["id"] for row in csv.DictReader(f, delimiter="\t") if row["split"] == split}
    for path in sorted((FIELD / "gold").glob("*.gold.json")):
        if path.name.split(".")[0] not in ids:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        yield from gold.get("articles", [gold]) if isinstance(gold, dict) else gold


def _bare(post: str) -> str:
    for m in MODIFIERS:
        if post.startswith(m):
            return post[len(m):]
    return post


def probe_types(split: str) -> tuple[Counter, dict]:
    import extract.event_names

    event_kind = getattr(extract.event_names, "event_kind", None)      # (code before round 45: its start figure)
    if event_kind is None:
        from extract.event_kinds import event_kind
    from extract.vocab import vocabulary

    vocab = vocabulary()
    counts, examples = Counter(), {}
    for a in gold_articles(split):
        roles = {p["name"]: p.get("roles", []) for p in a.get("persons", [])}
        for e in a.get("events", []):
            words = [w for p in e.get("participants", []) for w in (roles.get(p, []) if isinstance(p, str)
                                                                     else p.get("roles", []))]
            got = event_kind(e.get("name") or "", words, vocab).value
            key = "agree" if got == e.get("type") else f"gold {e.get('type')}, ours {got}"
            counts[key] += 1
            examples.setdefault(key, []).append(e.get("name"))
    return counts, examples


def probe_orgs(split: str) -> tuple[Counter, dict]:
    from extract import extract_text

    counts, examples, seen = Counter(), {}, set()
    for a in gold_articles(split):
        for o in a.get("organizations", []):
            name = o.get("name")
            if not name or name in seen:
                continue
            seen.add(name)
            found = {x.name for r in extract_text(name + "召开会议。", date=DATE) for x in r.organizations}
            key = "read whole" if name in found else "read in part" if found else "not read"
            counts[key] += 1
            examples.setdefault(key, []).append(f"{name} -> {sorted(found)}")
    return counts, examples


def probe_titles(split: str) -> tuple[Counter, dict]:
    from extract import extract_text

    counts, examples, seen = Counter(), {}, set()
    for a in gold_articles(split):
        for p in a.get("persons", []):
            titles = p.get("titles", [])
            if p.get("is_reporter") or len(titles) != 1 or len(p["name"]) < 2:
                continue
            t = titles[0]
            surface, post, org = t.get("surface") or "", t.get("post") or "", t.get("org")
            if not surface or (surface, p["name"]) in seen:
                continue
            seen.add((surface, p["name"]))
            got = None
            for r in extract_text(surface + p["name"] + "出席会议。", date=DATE):
                got = next(([(x.post, x.org) for x in q.titles] for q in r.persons if q.name == p["name"]), got)
            same_post = [o for gp, o in got or () if _bare(gp) == _bare(post)]
            key = ("name missed" if got is None else "no title" if not got else "agree" if org in same_post
                   else "org differs" if same_post else "post differs")
            counts[key] += 1
            examples.setdefault(key, []).append(f"{surface}|{p['name']}: gold ({post}, {org}), ours {got}")
    return counts, examples


PROBES = {"types": probe_types, "orgs": probe_orgs, "titles": probe_titles}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("probe", choices=sorted(PROBES))
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    parser.add_argument("-v", type=int, default=0, metavar="N", help="print N examples of each disagreement")
    args = parser.parse_args(argv)
    counts, examples = PROBES[args.probe](args.split)
    total = sum(counts.values())
    print(f"{args.probe} on field-{args.split}: {total} gold facts")
    for key, n in counts.most_common():
        print(f"  {key:40} {n:7} {n / max(total, 1):7.1%}")
        if args.v and key not in ("agree", "read whole"):
            for line in random.Random(0).sample(examples[key], min(args.v, len(examples[key]))):
                print(f"      {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
