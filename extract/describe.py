"""What ``kg split`` prints: a human-readable account of how a page was cut into articles."""
from __future__ import annotations

from collections.abc import Sequence

from extract.records import Article

__all__ = ["describe_split"]


def describe_split(articles: Sequence[Article]) -> str:
    """A human-readable account of a split, one block per article (what ``kg split`` prints)."""
    if not articles:
        return "(no articles)"
    blocks = []
    for k, a in enumerate(articles, start=1):
        body = a.text[a.body_start:].replace("\n", " ")
        head = f"[{k}] {a.id}  chars {a.source_span[0]}-{a.source_span[1]}  date {a.date or '-'}"
        if a.headline_only:
            head += "  headline-only"
        rows = [head, f"    headline:    {a.headline or '-'}"]
        if a.column:
            rows.append(f"    column:      {a.column}")
        if a.subheadline:
            rows.append(f"    subheadline: {a.subheadline.replace(chr(10), ' / ')}")
        rows.append(f"    dateline:    {a.dateline or '-'}")
        rows.append(f"    byline:      {a.byline or '-'}")
        if not a.headline_only:
            rows.append(f"    body:        {body[:40]}{'…' if len(body) > 40 else ''}")
        if a.continued_from is not None:
            rows.append(f"    continued from page {a.continued_from}")
        if a.continues_on is not None:
            rows.append(f"    continues on page {a.continues_on}")
        blocks.append("\n".join(rows))
    return "\n\n".join(blocks)
