"""The search index: every person, organization and event with its pinyin, dates, organizations and roles.

Written once at build time (``data/search.js``) and searched in the browser by
characters, full pinyin (``liufei``) and initials (``lf``).  A person's surname
also gets its other readings (曾 zeng as well as ceng), since the default
reading of a character is often not the surname's.
"""
from __future__ import annotations

import functools
from collections.abc import Mapping
from itertools import product
from typing import Any

import networkx as nx

from kg.export.site.common import as_list, date_range, in_edges, out_edges, subtitle
from kg.export.site.network import kind_of
from kg.export.site.paths import page_path

PINYIN_CHARS = 32         # pinyin of the first characters of long names only
MAX_LABEL = 80
MAX_READINGS = 4


def pinyin_keys(label: str, *, person: bool = False) -> tuple[list[str], list[str]]:
    """Full pinyin and initials of ``label``, without tones or spaces, lower case.

    >>> pinyin_keys("刘非", person=True)
    (['liufei'], ['lf'])
    """
    from pypinyin import Style, lazy_pinyin, pinyin

    text = label[:PINYIN_CHARS]
    syllables = [s.lower() for s in lazy_pinyin(text, errors="default")]
    firsts = [[s[:1]] for s in syllables]
    readings = [[s] for s in syllables]
    if person and text and len(syllables) == len(text):
        heteronyms = pinyin(text[0], style=Style.NORMAL, heteronym=True)[0]
        readings[0] = list(dict.fromkeys([syllables[0]] + [h.lower() for h in heteronyms]))[:MAX_READINGS]
        firsts[0] = list(dict.fromkeys(r[:1] for r in readings[0]))
    full = [k for k in dict.fromkeys(_clean("".join(p)) for p in product(*readings)) if k]
    initials = [k for k in dict.fromkeys(_clean("".join(p)) for p in product(*firsts)) if k]
    return full, initials


def _clean(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalnum())


def pinyin_key(label: str, *, person: bool) -> str:
    """The key of ``label``'s pinyin in :func:`pinyin_table`: all that :func:`pinyin_keys` reads of it."""
    return f"{int(person)}{label[:PINYIN_CHARS]}"


def pinyin_table(index: Mapping[str, Any]) -> dict[str, list]:
    """The pinyin keys of a :func:`search_index`, by :func:`pinyin_key`: what a rebuild need not compute again."""
    return {pinyin_key(e["l"], person=e["t"] == "person"): [e["py"], e["ini"]] for e in index["entities"]}


def search_index(G: nx.MultiDiGraph, *, subtitles: Mapping[str, str] | None = None,
                 pinyin: Mapping[str, list] | None = None) -> dict[str, Any]:
    """``entities`` (dicts with short keys), ``att`` (person, event, role indices, order), ``roles``
    and ``t2s`` (traditional -> simplified for the characters of the labels, to convert queries).

    Keys of an entity: ``t`` kind, ``l`` label, ``s`` subtitle, ``u`` page, ``w`` weight (degree),
    ``d0``/``d1`` first and last date, ``py``/``ini`` pinyin keys, ``o`` indices of its organizations
    (a person's posts, an event's visited units), ``r`` 1 for a reporter.  ``pinyin`` is the
    :func:`pinyin_table` of an earlier index (pypinyin is most of the time of a large index): the
    labels found there are not read again.
    """
    pinyin = pinyin or {}
    nodes = [n for n, d in G.nodes(data=True) if kind_of(d)]
    index = {n: i for i, n in enumerate(nodes)}
    roles: dict[str, int] = {}
    entities, att = [], []
    keys: dict[tuple[str, bool], tuple[list[str], list[str]]] = {}      # labels repeat (events): pinyin once
    for n in nodes:
        d = G.nodes[n]
        kind = kind_of(d)
        label = str(d.get("label") or n)
        known = keys.get((label, kind == "person"))
        if known is None:
            earlier = pinyin.get(pinyin_key(label, person=kind == "person"))
            known = keys[(label, kind == "person")] = (
                (list(earlier[0]), list(earlier[1])) if earlier else pinyin_keys(label, person=(kind == "person")))
        full, initials = known
        orgs: list[str] = []
        if kind == "person":
            orgs = [o for o, _ in out_edges(G, n, "holds_post")]
            dates = date_range([d.get("first_seen"), d.get("last_seen")]
                               + [e.get("date") for _, e in out_edges(G, n, "attended")])
            for ev, e in out_edges(G, n, "attended"):
                rs = [roles.setdefault(str(r), len(roles)) for r in as_list(e.get("roles"))]
                order = e.get("order") if isinstance(e.get("order"), int) else None
                att.append([index[n], index[ev], rs, order])
        elif kind == "event":
            orgs = [o for o, _ in out_edges(G, n, "visited")]
            dates = (d.get("date"), d.get("date"))
        else:
            dates = date_range([e.get("date") for _, e in in_edges(G, n, "holds_post")]
                               + [e.get("date") for _, e in in_edges(G, n, "visited")])
        sub = subtitles[n] if subtitles is not None else subtitle(G, n)
        entity = {"t": kind, "l": label[:MAX_LABEL], "s": sub[:MAX_LABEL], "u": page_path(d, n),
                  "w": G.degree(n), "d0": dates[0], "d1": dates[1], "py": full, "ini": initials,
                  "o": sorted({index[o] for o in orgs if o in index})}
        if d.get("is_reporter"):
            entity["r"] = 1
        entities.append(entity)
    att.sort(key=lambda a: (a[1], a[3] if a[3] is not None else 10 ** 6, a[0]))
    used = {c for e in entities for c in e["l"] + e["s"]}
    return {"entities": entities, "att": att, "roles": list(roles), "t2s": traditional_to_simplified(used)}


CJK_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


def traditional_to_simplified(chars: set[str]) -> dict[str, str]:
    """The traditional characters that OpenCC t2s (as at ingest) turns into one of ``chars``, mapped to it.

    The browser converts a query with this table, so that 劉非 finds 刘非 as the texts were converted.
    Character by character, not OpenCC's phrases: enough for names, and the table stays small.

    >>> traditional_to_simplified({"刘", "非"})["劉"]
    '刘'
    """
    return {t: s for t, s in _t2s_table().items() if s in chars}


@functools.cache
def _t2s_table() -> dict[str, str]:
    """Every CJK character that OpenCC t2s changes, with what it becomes (about 4,000; 0.2 s, once)."""
    from extract import simplified

    every = [chr(c) for lo, hi in CJK_BLOCKS for c in range(lo, hi)]
    converted = simplified("\n".join(every)).split("\n")
    return {t: s for t, s in zip(every, converted) if t != s}
