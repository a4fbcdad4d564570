"""What each explorer page is made of, as one digest: a page whose digest did not change is not written again.

A page shows its node and its node's edges, and of the nodes next to it (``N(n)``, both ways):

    every neighbour            its face: label, kind, page (a link); on a person's page also its subtitle
                               (the tooltips of the ego network)
    an article                 its attributes (headline, date, text of the snippets), not its edges
    an event (person, org)     its date, size, attended edges (the others there, their order) and the faces
                               of the persons there (co-attendees; on a person's page with their subtitles:
                               the ego network's outer ring)
    a person or org (event)    its edges in the event's articles (the titles and names marked in the text)

and the faces of the organs and persons its tenures and successions name.  ``page_digests`` folds
exactly these into one digest per page, with ``salt`` (the site's code and title), so that a rebuild
renders only the pages whose digest changed and links the others from the previous build
(:func:`kg.export.site.write_site`'s ``cache``).  The parts are combined by sums of digests, so the
order in which the graph lists nodes and edges does not matter.  Attributes no page shows
(``UNSHOWN``: protocol rank, recomputed over the whole graph at each build) are left out, so that a
change of rank alone does not make every page new.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping

import networkx as nx

from kg.export.site.network import kind_of
from kg.export.site.paths import page_path

UNSHOWN = frozenset({"protocol_rank", "protocol_strength", "protocol_consistency", "protocol_comparisons"})
_MOD = 1 << 128


def _h(*parts: object) -> int:
    # repr, not JSON text (three times faster): attributes are made in one order by one code, and a value
    # whose repr changes with the process (a set) only makes its page rendered again
    text = repr(parts)
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest(), "big")


def _shown(d: Mapping) -> dict:
    return {k: v for k, v in d.items() if k not in UNSHOWN}


def _referenced(d: Mapping) -> Iterable[str]:
    """Node ids named in a node's tenures (organs) and successions (persons, overlaps)."""
    for t in d.get("tenures") or ():
        if isinstance(t, Mapping) and isinstance(t.get("organ"), str):
            yield t["organ"]
    for s in d.get("successions") or ():
        for h in (s.get("holders") or ()) if isinstance(s, Mapping) else ():
            if isinstance(h, Mapping):
                if isinstance(h.get("person"), str):
                    yield h["person"]
                yield from (x for x in h.get("overlap") or () if isinstance(x, str))


def page_digests(G: nx.MultiDiGraph, subtitles: Mapping[str, str], *, salt: str = "") -> dict[str, str]:
    """Page path (``person/<id>.html``) -> the digest of what the page shows (see the module docstring)."""
    own: dict[str, int] = {n: _h(n, _shown(d)) for n, d in G.nodes(data=True)}     # attributes only
    local = dict(own)                                                                # and edges
    by_article: dict[tuple[str, str], int] = defaultdict(int)
    there: dict[str, int] = defaultdict(int)           # event -> its attended edges
    for u, v, d in G.edges(data=True):
        e = _h(u, v, d)
        local[u] = (local[u] + e) % _MOD
        local[v] = (local[v] + e) % _MOD
        art = d.get("article")
        if isinstance(art, str):
            by_article[(u, art)] += e
            by_article[(v, art)] += e
        if d.get("rel") == "attended":
            there[v] += e
    face: dict[str, int] = {}                           # a link: label, kind, page
    sub: dict[str, int] = {}                            # the subtitle (person pages' ego networks)
    for n, d in G.nodes(data=True):
        face[n] = _h(n, d.get("label"), d.get("type"), d.get("org_type"), d.get("is_reporter"), page_path(d, n))
        sub[n] = _h(subtitles.get(n, ""))

    def neighbours(n: str) -> set[str]:
        return set(G.succ[n]) | set(G.pred[n])

    # an event as a person's or an organization's page shows it: its link, date, size and who was there
    event_row: dict[str, int] = {}
    event_people: dict[str, int] = {}
    for n, d in G.nodes(data=True):
        if d.get("type") == "event":
            people = [q for q in neighbours(n) if G.nodes[q].get("type") == "person"]
            event_row[n] = _h(d.get("date"), d.get("pairs_omitted"), d.get("n_attendees")) + there[n] + \
                sum(face[q] for q in people)
            event_people[n] = sum(sub[q] for q in people)
    out: dict[str, str] = {}
    for n, d in G.nodes(data=True):
        path = page_path(d, n)
        kind = kind_of(d)
        if path is None or not kind:
            continue
        total = local[n] + sum(face[r] for r in _referenced(d) if r in face)
        person = d.get("type") == "person"
        articles = ()
        if d.get("type") == "event":
            articles = [a for a in {dd.get("article") for kd in G.succ[n].values() for dd in kd.values()
                                    if dd.get("rel") == "reported_in"} if isinstance(a, str)]
        for m in neighbours(n):
            other = G.nodes[m].get("type")
            total += face[m]
            if person:
                total += sub[m]
            if other == "article":
                total += own[m]
            elif other == "event":
                total += event_row[m] + (event_people[m] if person else 0)
            for a in articles:
                total += by_article.get((m, a), 0)
        out[path] = hashlib.blake2b(f"{salt}\x1f{total % _MOD:032x}".encode(), digest_size=16).hexdigest()
    return out
