"""The sentence that says so: a span's sentence from the article text, with the mentions highlighted.

Highlighting writes the markup of spaCy's displaCy in manual mode (``style="ent"``) here, byte for
byte (``tests/test_site.py`` compares the two): every character of the text is escaped; only the
marks are HTML.  Written here, not called, because importing spaCy and its renderer's work per
sentence were a tenth of an explorer build.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

PERSON = "人物"
TITLE = "职务"
PLACE = "单位"
MARK_COLOURS = {PERSON: "#ffd8d0", TITLE: "#d6e4ff", PLACE: "#d9f2d9"}

_ENDS = "。！？!?；;\n"
_LIMIT = 120          # characters kept on each side of a span when the sentence runs on


@dataclass(frozen=True)
class Snippet:
    start: int        # offsets into the article text, end exclusive
    end: int
    html: Markup


def valid_span(span: object, text: str) -> tuple[int, int] | None:
    """``(start, end)`` if ``span`` is a pair of offsets inside ``text``, else None."""
    if not isinstance(span, (list, tuple)) or len(span) != 2:
        return None
    start, end = span
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start <= end <= len(text):
        return None
    return start, end


def sentence_bounds(text: str, start: int, end: int, *, limit: int | None = _LIMIT) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: from after the last sentence end before it to its own end.

    A sentence that runs on is cut ``limit`` characters before and after the span (None: never cut).
    """
    left = max(text.rfind(c, 0, start) for c in _ENDS) + 1
    rights = [i for i in (text.find(c, end) for c in _ENDS) if i != -1]
    right = min(rights) + 1 if rights else len(text)
    if limit is not None:
        left, right = max(left, start - limit), min(right, end + limit)
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1] == "\n":
        right -= 1
    return left, right


def highlight(text: str, marks: Iterable[tuple[int, int, str]]) -> Markup:
    """``text`` as HTML with each ``(start, end, label)`` marked (overlaps: the earlier, longer one wins;
    the same span with two labels: the first label in sort order, so that rebuilds give the same page)."""
    parts = [_ENTS_OPEN]
    last = 0
    for start, end, label in sorted(set(marks), key=lambda m: (m[0], -m[1], m[2])):   # ties: by label, not by hash
        if start < last or start >= end or end > len(text):
            continue
        parts.append(_escape(text[last:start]))
        colour = MARK_COLOURS.get(label, _DEFAULT_COLOUR)
        parts.append(_MARK.format(bg=colour, text=_escape(text[start:end], br=False), label=label))
        last = end
    parts.append(_escape(text[last:]))
    parts.append(_ENTS_CLOSE)
    return Markup("".join(parts))


# displaCy's entity markup (spacy.displacy.templates TPL_ENTS and TPL_ENT, left to right, no knowledge-base
# link) and its escaping (spacy.util.escape_html; a line break becomes <br>); the label is not escaped.
_ENTS_OPEN = '<div class="entities" style="line-height: 2.5; direction: ltr">'
_ENTS_CLOSE = "</div>"
_MARK = ('\n<mark class="entity" style="background: {bg}; padding: 0.45em 0.6em; margin: 0 0.25em; line-height: 1; '
         'border-radius: 0.35em;">\n    {text}\n    <span style="font-size: 0.8em; font-weight: bold; line-height: 1; '
         'border-radius: 0.35em; vertical-align: middle; margin-left: 0.5rem">{label}</span>\n</mark>\n')
_DEFAULT_COLOUR = "#ddd"


def _escape(text: str, *, br: bool = True) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return text.replace("\n", "<br>") if br else text


def snippet(text: str, anchor: tuple[int, int], marks: Iterable[tuple[int, int, str]]) -> Snippet:
    """The sentence around ``anchor`` with the ``marks`` that fall inside it highlighted."""
    left, right = sentence_bounds(text, *anchor)
    return _snippet(text, left, right, marks)


def _snippet(text: str, left: int, right: int, marks: Iterable[tuple[int, int, str]]) -> Snippet:
    lead = "…" if left > 0 and not (text[left - 1] in _ENDS or text[left - 1].isspace()) else ""
    tail = "…" if right < len(text) and not (text[right - 1] in _ENDS or text[right] in _ENDS) else ""
    shift = len(lead) - left
    inside = [(s + shift, e + shift, label) for s, e, label in marks if left <= s and e <= right]
    return Snippet(left, right, highlight(lead + text[left:right] + tail, inside))


def snippets(text: str, anchors: Iterable[tuple[int, int]], marks: Iterable[tuple[int, int, str]], *,
             limit: int = 12) -> list[Snippet]:
    """One snippet per sentence holding an anchor, in text order, at most ``limit``.

    Anchors in the same sentence share one snippet; a long sentence is cut
    ``_LIMIT`` characters before its first anchor and after its last.
    """
    marks = list(marks)
    groups: dict[tuple[int, int], tuple[int, int]] = {}
    for start, end in sorted(set(anchors)):
        whole = sentence_bounds(text, start, end, limit=None)
        first, last = groups.get(whole, (start, end))
        groups[whole] = (min(first, start), max(last, end))
        if len(groups) > limit:
            del groups[whole]
            break
    out = []
    for (left, right), (first, last) in sorted(groups.items()):
        out.append(_snippet(text, max(left, first - _LIMIT), min(right, last + _LIMIT), marks))
    return out
