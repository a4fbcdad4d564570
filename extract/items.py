"""Brief items of a page: bulletin columns (◆…。◆…), chronicles (8月1日,…), teaser lists (★标题★标题).

The page splitter (``extract.page``) calls these on its lines and drafts:

- ``split_at_marks``: a line is cut before each item mark (lexicon ``item_markers``) that opens an item
  run together with the one before it: after a sentence (``…。◆近日,…``), or, in a line opened by the
  same mark, anywhere (``★标题一★标题二``).
- ``chronicle_starts``: of a body's paragraphs, those that open a chronicle entry (大事记: one paragraph a
  day, each led by its date), when the body is a chronicle: at least ``CHRONICLE_MIN`` paragraphs led by a
  day, making up most of the body, and no dateline (a report with 本报讯 that runs over several days is
  one article).

Items have no headline of their own unless one is printed before their body; the title printed over a
run of items (县域快讯, 要闻简报, 市政府工作要事记) is their ``column``.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

__all__ = ["CHRONICLE_MIN", "chronicle_starts", "split_at_marks"]

CHRONICLE_MIN = 3               # paragraphs led by a day before a body is read as a chronicle
_CHRONICLE_SHARE = 0.6          # ... and the share of the body's paragraphs they make up
_SENTENCE_END = "。！？!?；;"
_CLOSERS = "”’」』)）】》〉\"' \u3000"


def split_at_marks(text: str, start: int, end: int, marks: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The spans of line ``text[start:end]`` cut before each mark that opens an item run into it."""
    if not marks:
        yield start, end
        return
    opener = text[start] if text[start] in marks else None
    cut = start
    for k in range(start + 1, end):
        c = text[k]
        if c not in marks or k + 1 >= end or text[k + 1] in marks:
            continue
        j = k - 1
        while j > cut and text[j] in _CLOSERS:
            j -= 1
        if c == opener or text[j] in _SENTENCE_END:
            piece = text[cut:k].rstrip()
            if piece.strip("".join(marks) + " \u3000"):
                yield cut, cut + len(piece)
                cut = k
    yield cut, end


def chronicle_starts(dated: Sequence[bool], has_dateline: bool) -> list[int]:
    """Indices of the paragraphs that open an entry, when paragraphs ``dated`` (led by a day) make a
    chronicle; else ``[]``."""
    starts = [k for k, d in enumerate(dated) if d]
    if has_dateline or len(starts) < CHRONICLE_MIN or len(starts) < _CHRONICLE_SHARE * len(dated):
        return []
    return starts
