"""Text -> normalised text, with a map back to the text as given.

Two steps, each with its own map, composed at the end:

1. clean-up, character by character: ``\\r\\n`` and the other line breaks
   (``\\r``, VT, FF, NEL, U+2028, U+2029) become ``\\n``; every space
   character (``\\u3000``, NBSP, the thin and figure spaces ...) becomes an
   ordinary space, one for one, so that downstream code knows one space; the
   BOM, zero-width characters and all other format characters (Unicode
   category Cf: ZWSP, ZWJ, soft hyphen, bidi marks ...), control characters
   other than ``\\n`` and ``\\t`` and the noncharacters U+FFFE and U+FFFF
   (which XML cannot hold) are removed; a lone surrogate (possible in JSON
   input) becomes U+FFFD; a pinyin gloss after a character (``领(lǐng)导``) is removed and an HTML
   line break left in a plain text (``<br/>``, ``</p>``) becomes ``\n``; the small and vertical forms
   of CJK punctuation (``﹑``, ``﹐``, ``︰``: old typesetting, Macau and Taiwan sites) become the
   ordinary ones (``、``, ``，``, ``：``), one for one.  Otherwise punctuation width and digits stay as
   written.
2. traditional -> simplified with OpenCC ``t2s``, line by line.  OpenCC
   converts phrases as a whole (``乾隆`` keeps its 乾), so a converted text
   can convert again (``陳昇`` -> ``陈昇`` -> ``陈升``); the conversion is
   repeated on the lines that changed until they stop changing, which makes
   ``normalise`` idempotent.  A line whose length changes is aligned with the
   character-by-character conversion, so every output character maps onto a
   character of the line it came from.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from extract.records import OffsetBuilder, OffsetMap

Converter = Callable[[str], str]

_MAX_ROUNDS = 8         # conversion rounds before giving up on a fixpoint (two suffice in practice)
_RESYNC_WINDOW = 24     # longest phrase (in characters) the alignment looks across
_RESYNC_CONFIRM = 3     # characters that must agree after a phrase for the alignment to resume

_LINE_BREAKS = "\r\x0b\x0c\x85\u2028\u2029"


def normalise(text: str) -> tuple[str, OffsetMap]:
    """Normalise ``text``; return the new text and the map from it back to ``text``.

    >>> normalise("市委書記\\u3000劉某\\r\\n")[0]
    '市委书记 刘某\\n'
    """
    cleaned, clean_map = _clean(text)
    simple, simple_map = _simplify(cleaned, _opencc_t2s())
    if simple_map.runs == ((0, 0),):
        return simple, clean_map
    return simple, simple_map.then(clean_map)


def printable(value: str) -> str:
    """An id, a path or a URL as text that any output can hold, on one line.

    Control characters (line breaks included), lone surrogates (JSON escapes,
    and the undecodable bytes of a file name) and U+FFFE/U+FFFF are written as
    escapes; everything else is kept as it is.

    >>> printable("a\\x01b\\ud800")
    'a\\\\x01b\\\\ud800'
    """
    return _UNPRINTABLE.sub(_escape, value)


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _escape(m: re.Match[str]) -> str:
    cp = ord(m.group())
    return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}"


def without_lone_surrogates(text: str) -> tuple[str, str]:
    """``text`` with each lone surrogate (a JSON ``\\ud800`` escape without its other half; no
    encoding can write one) replaced by U+FFFD, one for one, and the first of them ("" if none).

    >>> without_lone_surrogates("a\\ud800b")
    ('a\ufffdb', '\\ud800')
    """
    found = _SURROGATE_RE.search(text)
    if found is None:
        return text, ""
    return _SURROGATE_RE.sub("\ufffd", text), found.group()


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def simplified(text: str) -> str:
    """``text`` in simplified characters (OpenCC t2s), without clean-up or offsets."""
    return _opencc_t2s()(text)


# -- step 1: clean-up ---------------------------------------------------------------------------

def _clean(text: str) -> tuple[str, OffsetMap]:
    pattern = _special_re()
    builder = OffsetBuilder()
    last = 0
    for m in pattern.finditer(text):
        start = m.start()
        builder.add(text[last:start], last)
        last = m.end()
        found = m.group()
        if found == "\r\n":
            builder.add("\n", start + 1)
            continue
        if found[0] == "<":
            replacement = "\n"                  # 第2版(要闻)<br/>专栏:<br/>: a page's markup left in its text
        elif m.lastgroup == "dot":              # 巴哈尔古丽 · 赛买提, 甲 、乙: the dot or 、 without its spaces
            dot = found.strip(" \u3000\u00a0")
            builder.add(dot, start + found.index(dot))
            continue
        else:
            replacement = "" if len(found) > 2 else _replacement(found)     # (a pinyin gloss goes whole)
        builder.add(replacement, start)
    if last == 0:
        return text, OffsetMap()
    builder.add(text[last:], last)
    return builder.build()


# The small form variants (U+FE50-FE6B) and vertical forms (U+FE10-FE19, U+FE30-FE44) of the punctuation the
# grammar reads, as the ordinary CJK marks
_PUNCT_FORMS = dict(zip("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹝﹞︐︑︒︓︔︕︖︰︵︶︹︺", "，、．；：？！（）〔〕，、。：；！？：（）〔〕"))


def _replacement(c: str) -> str:
    if c in _PUNCT_FORMS:
        return _PUNCT_FORMS[c]
    if c in _LINE_BREAKS:
        return "\n"
    if "\ud800" <= c <= "\udfff":
        return "\ufffd"
    if unicodedata.category(c) == "Zs":
        return " "
    return ""       # Cc, Cf


@functools.cache
def _special_re() -> re.Pattern[str]:
    """One character class of everything the clean-up touches (built once, from Unicode data)."""
    touched = []
    for cp in (*range(0x20000), *range(0xE0000, 0xE1000)):     # every Cf, Cc and Zs lies in these
        c = chr(cp)
        cat = unicodedata.category(c)
        if cat in ("Cf", "Zs") and c != " " or cat == "Cc" and c not in "\n\t":
            touched.append(c)
    cls = "".join(re.escape(c) for c in touched)
    cls += "".join(_PUNCT_FORMS)
    return re.compile(f"{_SPACED_DOT}|\r\n|[{cls}\u2028\u2029\ud800-\udfff\ufffe\uffff]|{_PINYIN_GLOSS}|{_LINE_TAG}")


# the spaces around the middle dot of a transliterated name (托乎提 · 亚克夫) or a list's 、 (聂某 、王某: a
# typesetter's space), between two Chinese characters
_SPACED_DOT = (r"(?P<dot>(?<=[\u3400-\u9fff])(?:[ \u3000\u00a0]+[·•・‧∙、][ \u3000\u00a0]*|[·•・‧∙、][ \u3000\u00a0]+)"
               r"(?=[\u3400-\u9fff]))")


# 市监(jiān)委, 领(lǐng)导: a mirror site's pinyin after a character, one syllable with its tone mark, which
# cuts the words it stands in (a gloss of a name's rare character too: it is no part of the name)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_GLOSS = f"(?<=[\u3400-\u9fff])[(（][a-zü]{{0,5}}[{_TONED}][a-zü]{{0,5}}[)）]"


# <br>, <br/>, <BR />, </p>: line breaks of HTML left in a text given as plain text
_LINE_TAG = r"<(?:[bB][rR]\s*/?|/[pP])>"


# -- step 2: traditional -> simplified ------------------------------------------------------------

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


# Names of places that are written alike in both scripts and that t2s would change (乾县 is no 干县): the
# names of the regions lexicon that t2s changes (a test keeps this list complete).
KEEP_AS_WRITTEN = ("乾安", "乾县")
_KEEP_RE = re.compile("|".join(KEEP_AS_WRITTEN))


@functools.cache
def _opencc_t2s() -> Converter:
    import opencc

    convert = opencc.OpenCC("t2s").convert

    def t2s(text: str) -> str:
        out = convert(text)
        if len(out) == len(text):
            for m in _KEEP_RE.finditer(text):
                out = out[:m.start()] + m.group() + out[m.end():]
        if _ASTRAL.search(out) and len(out) == len(text):
            # 暐 -> 𬀩: a simplified form outside the basic plane, which no pattern of the grammar reads as
            # Chinese; the character as written stays (the conversion is one for one here)
            out = "".join(o if ord(o) <= 0xFFFF or ord(t) > 0xFFFF else t for o, t in zip(out, text))
        return out

    return t2s


# Characters that simplified Chinese writes too, in names and places (孙乾, 乾县, 於梨华, 张昇, 李徵), which
# OpenCC's t2s reads as the traditional forms of 干, 于, 升, 征: a text that has no other traditional
# character is simplified already and keeps them
_BOTH_SCRIPTS = frozenset("乾於昇徵")


def _simplify(text: str, convert: Converter) -> tuple[str, OffsetMap]:
    """Convert ``text`` to a fixpoint of ``convert``, line by line, with the map back to ``text``.

    ``convert`` must keep ``\\n`` and never convert across it (OpenCC's
    dictionaries hold no line break), so that converting a text is converting
    each of its lines.
    """
    first = convert(text)
    if first == text or (len(first) == len(text) and all(a == b or a in _BOTH_SCRIPTS for a, b in zip(text, first))):
        return text, OffsetMap()        # a simplified text: its 乾 (孙乾, 乾县) and 昇 are names, not 干 and 升
    source_lines = text.split("\n")
    lines = _split_like(first, source_lines, convert)
    local: dict[int, OffsetMap] = {}     # line -> map onto its source line, where lengths differ
    pending = []
    for i, (new, old) in enumerate(zip(lines, source_lines)):
        if new != old:
            pending.append(i)
            if len(new) != len(old):
                local[i] = _align(old, new, convert)
    for _ in range(_MAX_ROUNDS):
        if not pending:
            break
        again = _split_like(convert("\n".join(lines[i] for i in pending)), [lines[i] for i in pending], convert)
        still = []
        for i, new in zip(pending, again):
            old = lines[i]
            if new == old:
                continue
            if len(new) != len(old):
                step = _align(old, new, convert)
                local[i] = step.then(local[i]) if i in local else step
            lines[i] = new
            still.append(i)
        pending = still
    result = "\n".join(lines)
    if not local:
        return result, OffsetMap()     # every line kept its length: one for one throughout
    builder = OffsetBuilder()
    start = 0
    for i, (line, source) in enumerate(zip(lines, source_lines)):
        if i:
            builder.add("\n", start - 1)
        m = local.get(i)
        if m is None:
            builder.add(line, start)
        else:
            bounds = [r[0] for r in m.runs[1:]] + [len(line)]
            for (text_pos, source_pos), end in zip(m.runs, bounds):
                builder.add(line[text_pos:end], start + source_pos)
        start += len(source) + 1
    return builder.build()


def _split_like(converted: str, source_lines: list[str], convert: Converter) -> list[str]:
    lines = converted.split("\n")
    if len(lines) != len(source_lines):      # the converter touched a line break: go line by line
        lines = [convert(line) for line in source_lines]
    return lines


def _align(source: str, target: str, convert: Converter) -> OffsetMap:
    """Map each character of ``target`` (a phrase-level conversion of ``source``) onto ``source``.

    Walks both texts with the character-level conversion of ``source`` as the
    guide: where a character converts alone to what stands in ``target`` the two
    advance together; where a phrase converted differently, the walk looks ahead
    for the nearest point where the texts agree again and spreads the phrase's
    output over its input.  Linear in the length of the line.
    """
    if not source:
        return OffsetMap()
    singles = convert("\n".join(source)).split("\n")
    if len(singles) != len(source):
        singles = list(source)
    builder = OffsetBuilder()
    i = j = 0
    n, m = len(source), len(target)
    while j < m:
        if i < n and target.startswith(singles[i], j) and singles[i]:
            for k in range(len(singles[i])):
                builder.add(target[j + k], i)
            j += len(singles[i])
            i += 1
            continue
        di, dj = _resync(singles, target, i, j)
        for k in range(dj):
            builder.add(target[j + k], min(i + (k * di) // dj, n - 1) if di else min(i, n - 1))
        i += di
        j += dj
    return builder.build()[1]


def _resync(singles: list[str], target: str, i: int, j: int) -> tuple[int, int]:
    """The smallest step ``(di, dj)`` (not both 0) after which the texts agree again."""
    n, m = len(singles), len(target)
    best: tuple[int, int] | None = None
    for total in range(1, 2 * _RESYNC_WINDOW + 1):
        for dj in range(max(0, total - _RESYNC_WINDOW), min(total, _RESYNC_WINDOW) + 1):
            di = total - dj
            if _agree(singles, target, i + di, j + dj):
                best = (di, dj)
                break
        if best:
            return best
    return (n - i, m - j)     # no agreement in reach: the rest of the line is one piece


def _agree(singles: list[str], target: str, i: int, j: int) -> bool:
    n, m = len(singles), len(target)
    if j > m or i > n:
        return False
    if j == m or i == n:
        return j == m and i == n
    for _ in range(_RESYNC_CONFIRM):
        if i == n or j == m:
            return i == n and j == m
        piece = singles[i]
        if not piece or not target.startswith(piece, j):
            return False
        i += 1
        j += len(piece)
    return True

