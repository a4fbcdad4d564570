"""Score ``kg extract`` JSON Lines (or any file in that shape) against a gold page.

    python benchmarks/score_gold.py GOLD.json PRED.jsonl [--json] [-v] [--source TEXT]

What is compared (micro P/R/F1 over all articles; conventions of
``shared/corpus/CONVENTIONS.md``):

1. Articles are aligned first: each gold article to at most one predicted
   article, by headline similarity (difflib ratio >= 0.5; greedy, best first,
   ties to the nearer page position), then, for those left, by the gold headline
   appearing at the start of a predicted article's text.  Items of an unaligned
   gold article are all missed; items of an unaligned predicted article are all
   false positives.
2. Names are compared by ``canon``: NFKC, no white space, middle-dot variants as one.
3. Categories (sets of tuples; the article is the aligned gold article):
   persons (article, name); titles (article, person, post) with the leading
   modifiers 常务 代理 代 首席 执行 专职 挂职 见习 实习 removed from the post;
   title orgs (article, person, post, org) for titles that have an org;
   organizations (article, name) and, as its own line, (article, name, type);
   roles (article, person, role), where a role matches a gold role of the same
   person when either contains the other, so a compound (走访慰问) can match
   each of its heads: precision counts predicted roles that match some gold
   role, recall counts gold roles matched by some predicted role;
   event participants pooled per article (article, person), and by event
   (events matched greedily by participant overlap, then (event, person));
   events (issue 19: a predicted event matches a gold one when their participants
   overlap by Jaccard >= 0.5, or, where the gold event lists no participants, when
   their names' LCS-F >= 0.5; greedy, best first);
   reporters (article, name) of persons with ``is_reporter`` true, and
   "reporters all right" when that line has no error; headlines: the set of
   gold headlines against the set of predicted headlines, exact after ``canon``.
4. Over the matched events (``EventQuality``): event names, the mean LCS-F of the
   predicted and gold names (LCS the longest common subsequence of their ``canon``
   forms, P = LCS/len(pred), R = LCS/len(gold), F = 2PR/(P+R)); event dates, the
   matched events whose gold date is not null that have that date.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import CORPUS, Counts, canon, format_row, set_counts, table_header  # noqa: E402

# CONVENTIONS.md, "Titles": posts are compared with these leading modifiers removed
# (longest first, so that 代理 goes before 代).
POST_MODIFIERS = ("代理", "常务", "首席", "执行", "专职", "挂职", "见习", "实习", "代")

HEADLINE_MIN_SIMILARITY = 0.5
# issue 19: events match by participants' Jaccard, or (gold events without participants) by names' LCS-F.
EVENT_MIN_JACCARD = 0.5
EVENT_MIN_NAME_LCS_F = 0.5
TEXT_HEADLINE_MIN_SIMILARITY = 0.9

CATEGORIES = (
    "persons", "titles (post)", "title orgs", "organizations", "organizations typed", "roles",
    "event participants (pooled)", "event participants (by event)", "events", "reporters", "headlines",
)

DEFAULT_GOLD = CORPUS / "qiantang-daily-2025-09-26-p1.gold.json"


def norm_post(post: str | None) -> str:
    """A post without its leading modifiers (常务副市长 -> 副市长); never shortened below two characters."""
    post = canon(post)
    changed = True
    while changed:
        changed = False
        for m in POST_MODIFIERS:
            if post.startswith(m) and len(post) - len(m) >= 2:
                post = post[len(m):]
                changed = True
                break
    return post


def roles_match(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


# ---------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------

def read_gold(path: str | Path) -> list[dict]:
    """The gold articles of a page file (a dict with ``articles``), in page order."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict) and "articles" in data:
        articles = data["articles"]
    elif isinstance(data, list):
        articles = data
    else:
        raise SystemExit(f"{path}: no 'articles' list; give a gold page file like {DEFAULT_GOLD.name}")
    return sorted(articles, key=lambda a: a.get("index", 0))


def read_pred(path: str | Path, *, source: str | None = None) -> list[dict]:
    """The predicted articles of a JSON Lines file, in file order; ``source`` keeps lines whose source contains it."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise SystemExit(f"{path}:{n}: not JSON ({e.msg}); give the output of kg extract") from None
            if source is None or source in str(d.get("source") or d.get("id") or ""):
                out.append(d)
    return out


# ---------------------------------------------------------------------------
# alignment
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Link:
    gold: int            # position in the gold list
    pred: int | None     # position in the predicted list, None when unaligned
    similarity: float
    how: str             # "headline", "text" or "none"


def _similarity(a: str | None, b: str | None) -> float:
    a, b = canon(a), canon(b)
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _in_text_start(headline: str | None, text: str | None) -> float:
    """How well the gold headline matches the start of a predicted article's text (best window)."""
    h, t = canon(headline), canon(text)
    if not h or not t:
        return 0.0
    window = t[: 2 * len(h) + 20]
    if h in window:
        return 1.0
    best = 0.0
    for i in range(0, max(1, len(window) - len(h) + 1)):
        best = max(best, SequenceMatcher(None, h, window[i:i + len(h)], autojunk=False).ratio())
    return best


def align(gold: Sequence[dict], pred: Sequence[dict]) -> list[Link]:
    """One ``Link`` per gold article, in gold order."""
    taken_g: dict[int, Link] = {}
    taken_p: set[int] = set()

    def greedy(score, threshold: float, how: str) -> None:
        pairs = []
        for gi, g in enumerate(gold):
            if gi in taken_g:
                continue
            for pi, p in enumerate(pred):
                if pi in taken_p:
                    continue
                s = score(g, p)
                if s >= threshold:
                    pairs.append((-s, abs(gi / max(len(gold), 1) - pi / max(len(pred), 1)), gi, pi, s))
        for _, _, gi, pi, s in sorted(pairs):
            if gi not in taken_g and pi not in taken_p:
                taken_g[gi] = Link(gi, pi, round(s, 3), how)
                taken_p.add(pi)

    greedy(lambda g, p: _similarity(g.get("headline"), p.get("headline")), HEADLINE_MIN_SIMILARITY, "headline")
    greedy(lambda g, p: _in_text_start(g.get("headline"), p.get("text")), TEXT_HEADLINE_MIN_SIMILARITY, "text")
    return [taken_g.get(gi, Link(gi, None, 0.0, "none")) for gi in range(len(gold))]


# ---------------------------------------------------------------------------
# items of one article
# ---------------------------------------------------------------------------

def _participant_name(p) -> str:
    return canon(p.get("name") if isinstance(p, dict) else p)


@dataclass
class Items:
    """What is scored in one article, with names already in ``canon`` form."""

    persons: set = field(default_factory=set)
    titles: set = field(default_factory=set)
    title_orgs: set = field(default_factory=set)
    organizations: set = field(default_factory=set)
    organizations_typed: set = field(default_factory=set)
    roles: dict = field(default_factory=dict)       # person -> set of roles
    reporters: set = field(default_factory=set)
    events: list = field(default_factory=list)      # one set of participant names per event
    event_names: list = field(default_factory=list)
    event_dates: list = field(default_factory=list)


def items_of(article: dict) -> Items:
    it = Items()
    for p in article.get("persons") or ():
        name = canon(p.get("name"))
        if not name:
            continue
        it.persons.add(name)
        for t in p.get("titles") or ():
            post = norm_post(t.get("post") or t.get("surface"))
            if not post:
                continue
            it.titles.add((name, post))
            if t.get("org"):
                it.title_orgs.add((name, post, canon(t["org"])))
        roles = {canon(r) for r in p.get("roles") or () if canon(r)}
        if roles:
            it.roles.setdefault(name, set()).update(roles)
        if p.get("is_reporter"):
            it.reporters.add(name)
    for o in article.get("organizations") or ():
        name = canon(o.get("name"))
        if name:
            it.organizations.add(name)
            it.organizations_typed.add((name, o.get("type") or "other"))
    for e in article.get("events") or ():
        it.events.append({n for n in map(_participant_name, e.get("participants") or ()) if n})
        it.event_names.append(e.get("name") or "")
        it.event_dates.append(e.get("date") or None)
    return it


def _keyed(key: str, items: Iterable) -> set:
    return {(key, *x) if isinstance(x, tuple) else (key, x) for x in items}


def role_counts(key: str, gold: dict, pred: dict) -> Counts:
    """Roles by the contains rule (see the module docstring)."""
    c = Counts()
    for person in sorted(set(gold) | set(pred)):
        g, p = gold.get(person, set()), pred.get(person, set())
        c.n_gold += len(g)
        c.n_pred += len(p)
        for r in sorted(g):
            if any(roles_match(r, x) for x in p):
                c.tp_gold += 1
            else:
                c.false_neg.append((key, person, r))
        for r in sorted(p):
            if any(roles_match(r, x) for x in g):
                c.tp_pred += 1
            else:
                c.false_pos.append((key, person, r))
    return c


def lcs_length(a: str, b: str) -> int:
    """The length of the longest common subsequence of two strings."""
    if not a or not b:
        return 0
    previous = [0] * (len(b) + 1)
    for ca in a:
        row = [0]
        for j, cb in enumerate(b):
            row.append(previous[j] + 1 if ca == cb else max(previous[j + 1], row[j]))
        previous = row
    return previous[-1]


def lcs_f(pred: str | None, gold: str | None) -> float:
    """Issue 19's name measure: 2PR/(P+R) with P = LCS/len(pred), R = LCS/len(gold) (``canon`` forms)."""
    p, g = canon(pred), canon(gold)
    n = lcs_length(p, g)
    return 2 * n / (len(p) + len(g)) if n else 0.0


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def match_events(gold: Sequence[set], pred: Sequence[set], *, gold_names: Sequence[str] = (),
                 pred_names: Sequence[str] = ()) -> dict[int, int]:
    """Predicted event -> gold event (issue 19): pairs whose participants overlap by Jaccard >= 0.5, best
    first; then gold events that list no participants, by names' LCS-F >= 0.5, best first."""
    pairs = sorted((-jaccard(g, p), -len(g & p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                   if g & p and jaccard(g, p) >= EVENT_MIN_JACCARD)
    used_g: set[int] = set()
    out: dict[int, int] = {}
    for *_, gi, pi in pairs:
        if gi not in used_g and pi not in out:
            out[pi] = gi
            used_g.add(gi)
    by_name = []
    for gi, gn in enumerate(gold_names):
        if gi in used_g or (gi < len(gold) and gold[gi]):
            continue
        for pi, pn in enumerate(pred_names):
            if pi not in out:
                f = lcs_f(pn, gn)
                if f >= EVENT_MIN_NAME_LCS_F:
                    by_name.append((-f, gi, pi))
    for _, gi, pi in sorted(by_name):
        if gi not in used_g and pi not in out:
            out[pi] = gi
            used_g.add(gi)
    return out


@dataclass
class EventQuality:
    """Names and dates of matched events (issue 19), summed over articles with ``add``."""

    names: list = field(default_factory=list)          # LCS-F of each matched event's name
    dates_right: int = 0
    dates_gold: int = 0                                # matched events whose gold date is not null
    matched: list = field(default_factory=list)        # (article, gold name, predicted name, LCS-F, gold date, date)

    def add(self, other: EventQuality) -> None:
        self.names += other.names
        self.dates_right += other.dates_right
        self.dates_gold += other.dates_gold
        self.matched += other.matched

    @property
    def name_score(self) -> float:
        return sum(self.names) / len(self.names) if self.names else 0.0

    @property
    def date_score(self) -> float:
        return self.dates_right / self.dates_gold if self.dates_gold else 0.0

    def summary(self) -> dict:
        return {"event names (LCS-F)": round(self.name_score, 4) if self.names else None,
                "matched events": len(self.names),
                "event dates": round(self.date_score, 4) if self.dates_gold else None,
                "dates right": self.dates_right, "dates gold": self.dates_gold}

    def rows(self, width: int = 34) -> list[str]:
        return [f"{'event names (LCS-F, matched)':<{width}} {self.name_score:>6.3f}   over {len(self.names)} events",
                f"{'event dates (matched, gold dated)':<{width}} {self.date_score:>6.3f}   "
                f"{self.dates_right}/{self.dates_gold}"]

    def errors(self) -> list[str]:
        """The matched events whose name is not the gold one or whose date is wrong."""
        out = []
        for key, gname, pname, f, gdate, pdate in self.matched:
            if f < 1.0:
                out.append(f"name {key} {f:.2f}: {gname!r} <- {pname!r}")
            if gdate is not None and gdate != pdate:
                out.append(f"date {key}: {gdate} <- {pdate} ({gname})")
        return out


def event_quality(key: str, gold: Items, pred: Items, matches: dict[int, int]) -> EventQuality:
    q = EventQuality()
    for pi, gi in sorted(matches.items(), key=lambda x: x[1]):
        gname, pname = gold.event_names[gi], pred.event_names[pi]
        gdate, pdate = gold.event_dates[gi], pred.event_dates[pi]
        f = lcs_f(pname, gname)
        q.names.append(f)
        if gdate is not None:
            q.dates_gold += 1
            q.dates_right += gdate == pdate
        q.matched.append((key, gname, pname, round(f, 3), gdate, pdate))
    return q


# ---------------------------------------------------------------------------
# scoring
# ---------------------------------------------------------------------------

@dataclass
class Report:
    links: list[Link]
    gold: list[dict]
    pred: list[dict]
    counts: dict[str, Counts]
    events: EventQuality = field(default_factory=EventQuality)

    @property
    def reporters_all_right(self) -> bool:
        c = self.counts["reporters"]
        return c.tp_gold == c.n_gold and c.tp_pred == c.n_pred

    def to_json(self, *, verbose: bool = False) -> dict:
        out = {
            "alignment": [
                {"gold_index": self.gold[l.gold].get("index"), "gold_headline": self.gold[l.gold].get("headline"),
                 "pred_id": self.pred[l.pred].get("id") if l.pred is not None else None,
                 "similarity": l.similarity, "how": l.how}
                for l in self.links
            ],
            "articles": {"gold": len(self.gold), "pred": len(self.pred),
                         "aligned": sum(l.pred is not None for l in self.links)},
            "categories": {name: c.summary() for name, c in self.counts.items()},
            "reporters_all_right": self.reporters_all_right,
            "event quality": self.events.summary(),
        }
        if verbose:
            out["errors"] = {name: {"false_positives": [list(x) if isinstance(x, tuple) else x for x in c.false_pos],
                                    "false_negatives": [list(x) if isinstance(x, tuple) else x for x in c.false_neg]}
                             for name, c in self.counts.items()}
            out["errors"]["event names and dates"] = self.events.errors()
        return out


def score(gold: Sequence[dict], pred: Sequence[dict], *, links: Sequence[Link] | None = None) -> Report:
    """Score predicted articles against gold articles (both as dicts in the ``kg extract`` / gold shape)."""
    links = list(align(gold, pred) if links is None else links)
    counts = {name: Counts() for name in CATEGORIES}
    quality = EventQuality()
    pairs: list[tuple[str, dict | None, dict | None]] = []
    matched_pred = set()
    for l in links:
        g = gold[l.gold]
        key = f"#{g.get('index', l.gold + 1)}"
        p = pred[l.pred] if l.pred is not None else None
        if l.pred is not None:
            matched_pred.add(l.pred)
        pairs.append((key, g, p))
    for pi, p in enumerate(pred):
        if pi not in matched_pred:
            pairs.append((f"{p.get('id', pi)}(unaligned)", None, p))

    for key, g, p in pairs:
        gi = items_of(g) if g is not None else Items()
        pi = items_of(p) if p is not None else Items()
        for name, attr in (("persons", "persons"), ("titles (post)", "titles"), ("title orgs", "title_orgs"),
                           ("organizations", "organizations"), ("organizations typed", "organizations_typed"),
                           ("reporters", "reporters")):
            counts[name].add(set_counts(_keyed(key, getattr(gi, attr)), _keyed(key, getattr(pi, attr))))
        counts["roles"].add(role_counts(key, gi.roles, pi.roles))
        counts["event participants (pooled)"].add(
            set_counts(_keyed(key, set().union(*gi.events)), _keyed(key, set().union(*pi.events))))
        m = match_events(gi.events, pi.events, gold_names=gi.event_names, pred_names=pi.event_names)
        g_items = {(key, f"e{e}", n) for e, names in enumerate(gi.events) for n in names}
        p_items = {(key, f"e{m[e]}" if e in m else f"x{e}", n) for e, names in enumerate(pi.events) for n in names}
        counts["event participants (by event)"].add(set_counts(g_items, p_items))
        ev = Counts(tp_pred=len(m), n_pred=len(pi.events), tp_gold=len(m), n_gold=len(gi.events),
                    false_pos=[(key, f"x{e}", pi.event_names[e], sorted(n))
                               for e, n in enumerate(pi.events) if e not in m],
                    false_neg=[(key, f"e{e}", gi.event_names[e], sorted(n))
                               for e, n in enumerate(gi.events) if e not in m.values()])
        counts["events"].add(ev)
        quality.add(event_quality(key, gi, pi, m))

    g_heads = {canon(a.get("headline")) for a in gold if a.get("headline")}
    p_heads = {canon(a.get("headline")) for a in pred if a.get("headline")}
    counts["headlines"] = set_counts(g_heads, p_heads)
    return Report(links=links, gold=list(gold), pred=list(pred), counts=counts, events=quality)


def format_report(report: Report, *, verbose: bool = False) -> str:
    lines = []
    a = report.to_json()["articles"]
    lines.append(f"articles: gold {a['gold']}, predicted {a['pred']}, aligned {a['aligned']}")
    for l in report.links:
        g = report.gold[l.gold]
        target = (f"{report.pred[l.pred].get('id')} ({l.how} {l.similarity:.2f})"
                  if l.pred is not None else "(no predicted article)")
        lines.append(f"  #{g.get('index')} {(g.get('headline') or '')[:30]:<30} <- {target}")
    lines.append("")
    lines.append(table_header())
    for name, c in report.counts.items():
        lines.append(format_row(name, c))
    lines += report.events.rows()
    lines.append(f"reporters all right: {'yes' if report.reporters_all_right else 'no'}")
    if verbose:
        for name, c in report.counts.items():
            if not c.false_pos and not c.false_neg:
                continue
            lines.append("")
            lines.append(f"== {name}")
            for x in c.false_neg:
                lines.append(f"  FN {_show(x)}")
            for x in c.false_pos:
                lines.append(f"  FP {_show(x)}")
        if report.events.errors():
            lines.append("")
            lines.append("== event names and dates")
            lines += [f"  {x}" for x in report.events.errors()]
    return "\n".join(lines)


def _show(x) -> str:
    if isinstance(x, tuple):
        return " | ".join(str(v) for v in x)
    return str(x)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score kg extract JSON Lines against a gold page.")
    ap.add_argument("gold", metavar="GOLD.json", help=f"gold page (e.g. {DEFAULT_GOLD})")
    ap.add_argument("pred", metavar="PRED.jsonl", help="kg extract output (or lac_baseline.py output)")
    ap.add_argument("--json", action="store_true", help="print machine-readable JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list false positives (FP) and negatives (FN)")
    ap.add_argument("--source", metavar="TEXT", help="score only predicted lines whose source contains TEXT")
    args = ap.parse_args(argv)
    report = score(read_gold(args.gold), read_pred(args.pred, source=args.source))
    if args.json:
        print(json.dumps(report.to_json(verbose=args.verbose), ensure_ascii=False, indent=1))
    else:
        print(format_report(report, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
