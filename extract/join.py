"""Articles that jump across pages: (下转第2版) on one page, (上接第1版) on another.

``find_continuations`` pairs each first part with its continuation;
``merge_continuations`` joins each pair into ONE article (what extraction
reads: ``Extractor.pipe`` and ``Extractor.join`` call it, nothing else);
``join_continuations`` keeps the parts apart but linked and in order.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.headline_fit import bigram_set
from extract.records import Article, ArticlePart

__all__ = ["find_continuations", "join_continuations", "merge_continuations"]

_MATCH_MIN = 0.5                # share of the first part's headline bigrams the continuation's must hold


def _same(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _headline_match(a: Article, b: Article) -> bool:
    if a.headline is None or b.headline is None:
        return False
    if a.headline == b.headline:
        return True
    ha, hb = bigram_set(a.headline), bigram_set(b.headline)
    return bool(ha) and len(ha & hb) / len(ha) >= _MATCH_MIN


def find_continuations(articles: Sequence[Article]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``: ``articles[i]`` ends in ``(下转第N版)`` and ``articles[j]`` is its continuation.

    The continuation is on page N (when its page is known), starts with
    ``(上接第M版)`` where M is the first part's page (when known), and has the
    same publication and issue date (when both are known).  Among several, one
    that repeats the headline wins, else the first in order.
    """
    by_from: dict[int, list[int]] = {}
    every: list[int] = []
    for j, b in enumerate(articles):
        if b.continued_from is not None:
            by_from.setdefault(b.continued_from, []).append(j)
            every.append(j)
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    for i, a in enumerate(articles):
        if a.continues_on is None:
            continue
        a_page = a.page.page if a.page else None
        pool = by_from.get(a_page, []) if a_page is not None else every
        candidates = [j for j in pool if j != i and j not in taken and _continues(a, articles[j])]
        if candidates:
            best = next((j for j in candidates if _headline_match(a, articles[j])), candidates[0])
            taken.add(best)
            pairs.append((i, best))
    return pairs


def _continues(a: Article, b: Article) -> bool:
    b_page = b.page.page if b.page else None
    return ((b_page is None or b_page == a.continues_on)
            and _same(a.date, b.date) and _same(a.publication, b.publication))


def join_continuations(articles: Sequence[Article]) -> list[Article]:
    """Link each article that jumps to another page with its continuation.

    An ``OffsetMap`` leads into one source text, so the parts stay separate
    Articles, each with its own ``source``, ``source_span`` and ``offsets``
    (so every span stays reachable).  They are linked: a continuation follows
    its first part directly in the returned list (a chain 1 -> 2 -> 3 stays in
    order), keeps ``continued_from`` (the first part keeps ``continues_on``), and
    takes the first part's headline, subheadline and date when it has none of
    its own.  ``find_continuations`` gives the pairs by index.  Other articles
    keep their order; the input is not changed.
    """
    follow = dict(find_continuations(articles))
    moved = set(follow.values())
    out: list[Article] = []
    emitted: set[int] = set()
    for i in range(len(articles)):
        if i in moved or i in emitted:
            continue
        prev = articles[i]
        out.append(prev)
        emitted.add(i)
        j = follow.get(i)
        while j is not None and j not in emitted:
            part = articles[j]
            if part.headline is None:
                part = replace(part, headline=prev.headline, subheadline=prev.subheadline)
            if part.date is None:
                part = replace(part, date=prev.date)
            out.append(part)
            emitted.add(j)
            prev = part
            j = follow.get(j)
    out.extend(articles[i] for i in range(len(articles)) if i not in emitted)   # parts of a cycle
    return out


def merge_continuations(articles: Sequence[Article]) -> list[Article]:
    """Join each article that jumps to another page with its continuation into ONE article.

    The joined text is the first part's text, a newline, then the continuation's
    body (its repeated headline left out); ``parts`` records, for every printed
    part, its page (``source``), its span there and the offsets of its characters,
    so every span of the joined article leads back to the page it is printed on.
    The first part's ``source``, ``source_span`` and ``offsets`` stay those of the
    first part.  Articles without a continuation pass through unchanged.
    """
    follow = dict(find_continuations(articles))
    moved = set(follow.values())
    out: list[Article] = []
    for i, first in enumerate(articles):
        if i in moved:
            continue
        chain = [first]
        j = follow.get(i)
        while j is not None and articles[j] not in chain:
            chain.append(articles[j])
            j = follow.get(j)
        if len(chain) == 1:
            out.append(first)
            continue
        pieces = [first.text]
        parts = [ArticlePart(first.source, first.source_span, (0, len(first.text)), first.offsets)]
        length = len(first.text)
        for part in chain[1:]:
            body_start = part.body_start if part.headline is not None else 0
            body = part.text[body_start:]
            start = length + 1
            local = part.offsets.from_position(body_start)
            parts.append(ArticlePart(part.source, part.source_span, (start, start + len(body)), local))
            pieces.append(body)
            length = start + len(body)
        out.append(replace(first, text="\n".join(pieces), parts=tuple(parts), continues_on=chain[-1].continues_on))
    return out
