"""Check one batch of the field set's gold files (``source.batch == N``, default 2) and print counts.

    python benchmarks/field/check_batch2.py [--batch N] [-v] [files...]

Runs every check of ``check_gold.py`` (source block, held-out addresses, cached text length and sha1, names,
surfaces, title orgs and organizations found in their article, participants are persons, reporters attend
nothing), and adds the checks this batch was written against:

- ``source.batch`` is N (``--batch``, default 2) and the address is not already used by another gold file of this set, nor listed in
  ``../pages/index.tsv``, ``../appointments/index.tsv`` or the gold of ``../event_pairs/``;
- every gold file, article, person, title, organization and event has the keys of the format, with values of
  the right kind (organization and event types from the README lists, ISO dates or null);
- a person's roles hold no speech verb (表示, 说, 指出, 强调, 要求, 介绍) and no role twice; titles are not
  repeated (``-v`` also lists title orgs that are not organizations of the article: jurisdictions such as
  ``市`` or ``香港特区`` are expected there);
- event names are non-empty and at most about 30 characters; an event's participants are listed once each;
- the article ``date`` equals the gold file's ``date``, and the event dates fall in the source year or
  within a year before it (a publication date resolves them).

Exits 1 when something fails.  Reads no extractor code.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("field_check_gold", HERE / "check_gold.py")
field_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(field_check)

ORG_TYPES = ("party", "government", "congress", "company", "institution", "association", "media", "other")
SPEECH = ("表示", "说", "指出", "强调", "要求", "介绍")
TOP_KEYS = ("id", "date", "publication", "province", "masthead_organizations", "source", "articles")
ART_KEYS = ("index", "headline", "subheadline", "headline_only", "column", "date", "persons", "organizations",
            "events", "notes")
URL_RE = re.compile(r"https?://[^\s\"'<>]+")


def used_elsewhere(skip: set[Path]) -> dict[str, str]:
    """Addresses used by the other benchmark sets (and by gold files of this set not in ``skip``, the resolved paths
    of the files checked: a scratch file named like a file of ``gold/`` is checked against it, so that a new file
    whose address is already used, field-test ones included, is caught before it is copied in)."""
    used: dict[str, str] = {}
    bench = HERE.parent
    for name in ("pages", "appointments"):
        idx = bench / name / "index.tsv"
        if idx.exists():
            for line in idx.read_text(encoding="utf-8").splitlines()[1:]:
                used[line.rsplit("\t", 1)[-1].strip()] = f"{name}/index.tsv"
    ep = bench / "event_pairs"
    if ep.exists():
        for f in list(ep.glob("gold/*.json")) + list(ep.glob("*.tsv")):
            for u in URL_RE.findall(f.read_text(encoding="utf-8")):
                used.setdefault(u, f"event_pairs/{f.name}")
    idx = HERE / "index.tsv"
    if idx.exists():
        for line in idx.read_text(encoding="utf-8").splitlines()[1:]:
            if (HERE / "gold" / f"{line.split(chr(9), 1)[0]}.gold.json").resolve() not in skip:   # a checked file's row
                used.setdefault(line.rsplit("\t", 1)[-1].strip(), "field/index.tsv")
    for f in (HERE / "gold").glob("*.gold.json"):
        if f.resolve() in skip:
            continue
        src = json.loads(f.read_text(encoding="utf-8")).get("source") or {}
        if src.get("url"):
            used.setdefault(src["url"], f"field/gold/{f.name}")
    return used


def iso(v) -> dt.date | None:
    try:
        return dt.date.fromisoformat(v)
    except (TypeError, ValueError):
        return None


def check_format(name: str, gold: dict, notes: list[str] | None = None, batch: int = 2) -> list[str]:
    errs = []
    notes = [] if notes is None else notes
    for k in TOP_KEYS:
        if k not in gold:
            errs.append(f"{name}: lacks top-level {k}")
    src = gold.get("source") or {}
    if src.get("batch") != batch:
        errs.append(f"{name}: source.batch is {src.get('batch')!r}, not {batch}")
    if gold.get("date") is not None and iso(gold["date"]) is None:
        errs.append(f"{name}: date {gold['date']!r} is not ISO")
    year = src.get("year")
    for art in gold.get("articles", []):
        where = f"{name} #{art.get('index')}"
        for k in ART_KEYS:
            if k not in art:
                errs.append(f"{where}: lacks {k}")
        if art.get("date") != gold.get("date"):
            errs.append(f"{where}: article date differs from the file's")
        orgs = [o.get("name") for o in art.get("organizations", [])]
        for o in art.get("organizations", []):
            if set(o) != {"name", "type"} or o.get("type") not in ORG_TYPES:
                errs.append(f"{where}: organization {o!r} malformed or of unknown type")
        for p in art.get("persons", []):
            if set(p) != {"name", "is_reporter", "roles", "titles"}:
                errs.append(f"{where}: person {p.get('name')!r} has keys {sorted(p)}")
                continue
            if not p["name"] or not isinstance(p["is_reporter"], bool):
                errs.append(f"{where}: person {p!r} malformed")
            if len(set(p["roles"])) != len(p["roles"]):
                errs.append(f"{where}: {p['name']} has a role twice")
            for r in p["roles"]:
                if not r or r in SPEECH:
                    errs.append(f"{where}: {p['name']} has role {r!r} (speech verbs are not roles)")
            seen = set()
            for t in p["titles"]:
                if set(t) != {"surface", "post", "org"} or not t["surface"] or not t["post"]:
                    errs.append(f"{where}: {p['name']} title {t!r} malformed")
                    continue
                key = (t["surface"], t["post"], t["org"])
                if key in seen:
                    errs.append(f"{where}: {p['name']} title {t['surface']!r} twice")
                seen.add(key)
                if t["org"] and t["org"] not in orgs:
                    notes.append(f"{where}: title org {t['org']!r} ({p['name']}) is not an organization")
        for e in art.get("events", []):
            if set(e) != {"name", "type", "date", "participants"}:
                errs.append(f"{where}: event {e.get('name')!r} has keys {sorted(e)}")
                continue
            if not e["name"] or len(e["name"]) > 34:
                errs.append(f"{where}: event name {e['name']!r} empty or too long")
            if len(set(e["participants"])) != len(e["participants"]):
                errs.append(f"{where}: event {e['name']!r} lists a participant twice")
            d = iso(e["date"]) if e["date"] is not None else None
            if e["date"] is not None and d is None:
                errs.append(f"{where}: event {e['name']!r} date {e['date']!r}")
            if d is not None and isinstance(year, int) and not (year - 1 <= d.year <= year):
                errs.append(f"{where}: event {e['name']!r} date {e['date']} far from source year {year}")
    return errs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batch", type=int, default=2, help="the batch to check (source.batch; default 2)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list strings found only after simplifying or joining")
    ap.add_argument("files", nargs="*", type=Path, help="gold files to check (default: every file of gold/ of the batch)")
    args = ap.parse_args(argv)
    paths = args.files or [p for p in sorted((HERE / "gold").glob("*.gold.json"))
                           if (json.loads(p.read_text(encoding="utf-8")).get("source") or {}).get("batch") == args.batch]
    t2s = field_check._t2s()
    held = field_check.heldout()
    used = used_elsewhere({p.resolve() for p in paths})
    cols = ("articles", "persons", "reporters", "titles", "organizations", "events", "participants")
    total = dict.fromkeys(cols, 0)
    failed, seen_urls = False, {}
    print(f"{'article':14} " + " ".join(f"{c[:7]:>7}" for c in cols) + "  kind     province year")
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        errors, text = field_check.check_source(path, gold, held)
        notes: list[str] = []
        errors += check_format(path.name, gold, notes, args.batch)
        src = gold.get("source") or {}
        url = src.get("url")
        if url in used:
            errors.append(f"{path.name}: {url} is already used ({used[url]})")
        if url in seen_urls:
            errors.append(f"{path.name}: same address as {seen_urls[url]}")
        seen_urls[url] = path.name
        counts = {}
        if text is None:
            errors.append(f"{path.name}: text not cached (cache/{path.name.removesuffix('.gold.json')}.txt)")
        else:
            counts, more, odd = field_check.check_page(path, t2s, text=text)
            errors += more
            if args.verbose:
                for o in odd + notes:
                    print("  note ", o)
        print(f"{path.name.removesuffix('.gold.json'):14} " + " ".join(f"{counts.get(c, 0):>7}" for c in cols)
              + f"  {src.get('kind', ''):8} {src.get('province', '')} {src.get('year', '')}")
        for c in cols:
            total[c] += counts.get(c, 0)
        for e in errors:
            print("  ERROR", e)
        failed |= bool(errors)
    print(f"{'total':14} " + " ".join(f"{total[c]:>7}" for c in cols) + f"  ({len(paths)} files)")
    if t2s is None:
        print("(OpenCC not installed: traditional-character articles were checked only after joining)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
