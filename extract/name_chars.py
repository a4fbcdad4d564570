"""The characters of a name as written: padding and variation selectors, which stand inside it and are no part of it.

- padding: official papers pad a two-character name to the width of three in name
  lists, 刘　非 (U+3000; after normalisation an ordinary space), also written with one
  or two spaces or a no-break space.  A surname, one or two padding characters and
  one given-name character are read as one name where a clear boundary follows
  (``extract.names.read_name``).
- variation selectors (U+FE00-FE0F, U+E0100-E01EF), which pick a glyph of the
  character before them (张︀明).

``NameHit.text`` leaves both out; the span covers them.
"""
from __future__ import annotations

from dataclasses import dataclass

from extract.textutil import is_cjk

# What may stand between a surname and a one-character given name: 刘　非, 刘  非.
PADDING = " \u3000\u00a0"
MAX_PADDING = 2


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int
    end: int
    score: float

    def text(self, text: str) -> str:
        """The name: ``text[start:end]`` without padding and variation selectors."""
        return name_text(text, self.start, self.end)


def is_variation_selector(ch: str) -> bool:
    return "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef"


def name_text(text: str, start: int, end: int) -> str:
    """The name written at ``text[start:end]``, without padding and variation selectors.

    >>> name_text("市领导刘\u3000非、张\ufe00明出席", 3, 6), name_text("市领导刘\u3000非、张\ufe00明出席", 7, 10)
    ('刘非', '张明')
    """
    raw = text[start:end]
    if raw[:1].isascii() and raw[:1].isalpha():
        return " ".join(raw.split())          # Rudy Kiryl: a Latin name keeps one space between its words
    return "".join(c for c in raw if c not in PADDING and not is_variation_selector(c))


def without_selectors(s: str) -> str:
    return "".join(c for c in s if not is_variation_selector(c))


def past_selectors(text: str, pos: int, limit: int) -> int:
    """``pos``, moved past the variation selectors that stand there."""
    while pos < limit and is_variation_selector(text[pos]):
        pos += 1
    return pos


def name_chars_end(text: str, pos: int, n: int, limit: int) -> int | None:
    """Where ``n`` characters from ``pos`` end, variation selectors after each included (None: past ``limit``)."""
    for _ in range(n):
        if pos >= limit:
            return None
        pos = past_selectors(text, pos + 1, limit)
    return pos


def padded_given(text: str, pos: int, limit: int) -> int | None:
    """Where the given name starts after one or two padding characters at ``pos`` (刘|　|非), or None."""
    end = pos
    while end < limit and end - pos < MAX_PADDING and text[end] in PADDING:
        end += 1
    if end == pos or end >= limit or not is_cjk(text[end]):
        return None
    return end
