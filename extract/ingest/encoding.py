"""Bytes -> text: byte-order marks, UTF-8, UTF-16/32 without a mark, GB18030 and Big5.

The order of the tests matters and is the whole algorithm:

1. a byte-order mark names the encoding outright;
2. NUL bytes in the pattern of UTF-32 or UTF-16 text (every fourth or every
   second byte NUL) mean those encodings without a mark;
3. strict UTF-8 (the common case: nothing else decodes text with many
   multi-byte characters without error);
4. any other NUL byte, or a high share of control bytes, means a binary file;
5. UTF-16 without a mark and without ASCII (so without NUL bytes): accepted
   only if nearly every character is a CJK ideograph or CJK punctuation;
6. GB18030 (a superset of GBK and GB2312) against Big5.  Both often decode the
   same bytes without error, so each reading is scored: how much of it lies in
   the common rows of its own code table (GB2312 level 1 and 2, Big5 level 1),
   and how much of it (as simplified characters) falls among the most frequent
   Chinese characters of charset-normalizer's frequency table.  Where the two
   scores are close on a long input, charset-normalizer's own verdict decides;
   a tie on a short input goes to GB18030, the encoding of mainland papers.
   The winner must then look like Chinese text (the sanity check), otherwise
   the bytes are reported as undecodable.

A file of lines (JSONL) is decoded a line at a time (``line_encoding``): each
line in UTF-8 if it decodes, else in the legacy encoding that the tests above
find for the first line that does not, together with the lines after it.
UTF-16 and UTF-32, whose line breaks are not the byte 0x0A (``is_wide``), are
decoded whole.
"""
from __future__ import annotations

import codecs
import functools
import re
import unicodedata

from extract.errors import InputError
from extract.ingest.normalisation import simplified

_BOMS = (
    # UTF-32 marks first: the UTF-32 LE mark begins with the UTF-16 LE mark.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BIG5_CODECS = ("big5", "cp950", "big5hkscs")   # tried in this order; the first that decodes wins

_UNDECODABLE = ("not UTF-8, GB18030, Big5 or UTF-16 text",
                "convert it to UTF-8 (iconv -f ENC -t UTF-8)")
BINARY_FILE = "binary file, not text"
_BINARY = (BINARY_FILE, "give a .txt, .jsonl or .html file")
EMPTY_FILE = "empty file"
_EMPTY = (EMPTY_FILE, "remove it or put the article text in it")

_CONTROL_SHARE_MAX = 0.05      # more control characters than this: binary
_BAD_SHARE_MAX = 0.05          # private-use, unassigned or control characters in a legacy decoding
_CJK_ASCII_SHARE_MIN = 0.8     # share of CJK and ASCII characters in a legacy decoding
_FREQ_MIN_CHARS = 200          # the frequency check needs this many ideographs to mean something
_FREQ_SHARE_MIN = 0.06         # real Chinese: 15-25 % of ideographs are among the top 100; mis-decoded: 1-3 %
_CLOSE_SCORES = 0.2
_LONG_INPUT = 2000             # bytes: charset-normalizer is reliable from about here
_SAMPLE_BYTES = 256 * 1024     # how much of a large file the scoring looks at


def decode_bytes(data: bytes, *, path: str) -> tuple[str, str]:
    """Decode the bytes of an input file; return ``(text, encoding name)``.

    A byte-order mark is not part of the text.  Raises ``InputError`` naming
    ``path`` for an empty or whitespace-only file, a binary file, and bytes that
    are none of the encodings above.

    >>> decode_bytes("市委书记".encode("gb18030"), path="p1.txt")
    ('市委书记', 'gb18030')
    """
    if not data:
        raise empty_file(path)
    text, encoding = _decode(data, path)
    if not text.strip():
        raise empty_file(path)
    return text, encoding


def empty_file(path: str) -> InputError:
    return InputError(path, *_EMPTY)


# -- files of lines, a line at a time -----------------------------------------------------------

def is_wide(head: bytes) -> bool:
    """Whether a file that starts with ``head`` may be UTF-16 or UTF-32 (a byte-order mark, or a NUL
    byte: then its lines cannot be cut at the byte 0x0A) and is decoded whole."""
    return head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or 0 in head


def line_encoding(sample: bytes, *, path: str) -> str | None:
    """The legacy encoding of the lines of a file that are not UTF-8, from ``sample``: the first of
    them and the lines after it, whole.  None if no legacy encoding fits them; ``InputError`` if the
    sample is binary."""
    try:
        name = _decode(sample, path)[1]
    except InputError as error:
        if error.what == BINARY_FILE:
            raise
        return None
    return name if name in ("gb18030", *_BIG5_CODECS) else None


def undecodable_line(path: str, line: int) -> InputError:
    return InputError(path, *_UNDECODABLE, line=line)


def _decode(data: bytes, path: str) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name), name
            except UnicodeDecodeError:
                shown = name.upper().removesuffix("-SIG")
                raise InputError(path, f"starts with a {shown} byte-order mark but is not {shown} text",
                                 _UNDECODABLE[1]) from None
    if 0 in data:
        wide = _wide_unicode(data)
        if wide is not None:
            return wide
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _control_share(text) > _CONTROL_SHARE_MAX:
            raise InputError(path, *_BINARY)
        return text, "utf-8"
    if 0 in data or _control_byte_share(data) > _CONTROL_SHARE_MAX:
        raise InputError(path, *_BINARY)
    wide = _cjk_utf16(data)
    if wide is not None:
        return wide
    legacy = _legacy(data)
    if legacy is None:
        raise InputError(path, *_UNDECODABLE)
    return legacy


# -- UTF-16 and UTF-32 without a byte-order mark ----------------------------------------------

def _wide_unicode(data: bytes) -> tuple[str, str] | None:
    """UTF-32 or UTF-16 told apart by where the NUL bytes fall."""
    n = len(data)
    if n % 4 == 0:
        lanes = [data[i::4].count(0) for i in range(4)]
        units = n // 4
        # BMP and astral-plane text: the top byte is always NUL, the next one nearly always.
        if lanes[3] == units and lanes[2] >= 0.9 * units:
            return _try_wide(data, "utf-32-le")
        if lanes[0] == units and lanes[1] >= 0.9 * units:
            return _try_wide(data, "utf-32-be")
    if n % 2 == 0:
        even, odd = data[0::2].count(0), data[1::2].count(0)
        # An ASCII character puts its NUL in the high byte, so the side with more NULs suggests
        # the byte order; but mostly-CJK text has few NULs, some of them from ideographs whose
        # low byte is 00 (一, 最 ...), so both orders are tried and the sanity check decides.
        order = ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le")
        for name in order:
            found = _try_wide(data, name)
            if found:
                return found
    return None


def _try_wide(data: bytes, name: str) -> tuple[str, str] | None:
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    sample = text[:_SAMPLE_BYTES // 2]
    if (_control_share(sample) > _CONTROL_SHARE_MAX or _bad_share(sample) > _BAD_SHARE_MAX
            or len(_CJK_ASCII_RE.findall(sample)) < _CJK_ASCII_SHARE_MIN * len(sample)):
        return None
    return text, name


def _cjk_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 of pure CJK text (no ASCII at all, so no NUL byte to go by)."""
    if len(data) % 2 or len(data) < 8:
        return None
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        sample = text[:_SAMPLE_BYTES // 2]
        if len(_CJK_RE.findall(sample)) >= 0.95 * len(sample):
            return text, name
    return None


# -- GB18030 against Big5 ---------------------------------------------------------------------

def _legacy(data: bytes) -> tuple[str, str] | None:
    readings: dict[str, str] = {}
    try:
        readings["gb18030"] = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    for name in _BIG5_CODECS:
        try:
            readings[name] = data.decode(name)
        except UnicodeDecodeError:
            continue
        break
    if len(readings) == 2:
        (gb_name, gb_text), (b5_name, b5_text) = readings.items()
        sample = slice(0, _SAMPLE_BYTES // 2)
        gb = _gb_rows_share(gb_text[sample]) + 2 * _frequent_share(gb_text[sample])
        b5 = _big5_rows_share(b5_text[sample]) + 2 * _frequent_share(b5_text[sample])
        if abs(gb - b5) < _CLOSE_SCORES and len(data) >= _LONG_INPUT:
            verdict = _charset_normalizer_verdict(data, (gb_name, b5_name))
            order = [verdict] if verdict else []
        else:
            order = []
        order += [gb_name, b5_name] if gb >= b5 else [b5_name, gb_name]
        readings = {name: readings[name] for name in dict.fromkeys(order)}
    for name, text in readings.items():
        if _looks_chinese(text):
            return text, name
    return None


def _gb_rows_share(text: str) -> float:
    """Share of non-ASCII characters in GB2312 punctuation rows or hanzi levels 1 and 2."""
    good = total = 0
    for c in text:
        if c < "\x80":
            continue
        total += 1
        try:
            b = c.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if len(b) == 2 and (b[0] in (0xA1, 0xA3) or 0xB0 <= b[0] <= 0xF7):
            good += 1
    return good / total if total else 0.0


def _big5_rows_share(text: str) -> float:
    """Share of non-ASCII characters among Big5 punctuation or level-1 (frequent) hanzi."""
    good = total = 0
    for c in text:
        if c < "\x80":
            continue
        total += 1
        try:
            b = c.encode("big5hkscs")
        except UnicodeEncodeError:
            continue
        code = int.from_bytes(b, "big")
        if len(b) == 2 and (0xA140 <= code <= 0xA2FE or 0xA440 <= code <= 0xC67E):
            good += 1
    return good / total if total else 0.0


def _frequent_share(text: str) -> float:
    """Share of non-ASCII characters (as simplified) among the most frequent Chinese characters."""
    chars = [c for c in simplified(text) if c >= "\x80"]
    if not chars:
        return 0.0
    top = _frequent_chars()
    return sum(1 for c in chars if c in top) / len(chars)


@functools.cache
def _frequent_chars() -> frozenset[str]:
    from charset_normalizer.constant import FREQUENCIES

    return frozenset(FREQUENCIES.get("Chinese", ()))


def _charset_normalizer_verdict(data: bytes, names: tuple[str, str]) -> str | None:
    import charset_normalizer

    sample = data[:_SAMPLE_BYTES]
    if len(data) > _SAMPLE_BYTES:
        # Cut after a newline: 0x0A is never part of a GB18030 or Big5 multi-byte character.
        cut = sample.rfind(b"\n")
        sample = sample[:cut + 1] if cut > 0 else sample
    best = charset_normalizer.from_bytes(sample, cp_isolation=list(names)).best()
    if best is None:
        return None
    found = codecs.lookup(best.encoding).name
    for name in names:
        if codecs.lookup(name).name == found:
            return name
    return None


def _looks_chinese(text: str) -> bool:
    """The sanity check of a legacy decoding: mostly CJK and ASCII, few odd characters,
    and (given enough text) the frequent characters of Chinese where they should be."""
    sample = text[:_SAMPLE_BYTES // 2]
    if not sample:
        return False
    if len(_CJK_ASCII_RE.findall(sample)) < _CJK_ASCII_SHARE_MIN * len(sample):
        return False
    if _bad_share(sample) > _BAD_SHARE_MAX:
        return False
    ideographs = _IDEOGRAPH_RE.findall(sample)
    if len(ideographs) >= _FREQ_MIN_CHARS:
        top = _frequent_chars()
        frequent = sum(1 for c in simplified("".join(ideographs)) if c in top)
        if top and frequent < _FREQ_SHARE_MIN * len(ideographs):
            return False
    return True


# -- character classes --------------------------------------------------------------------------

_IDEOGRAPH = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003ffff"
# CJK symbols and punctuation, full-width forms, general punctuation (“” — …), middle dot
_CJK_PUNCT = "\u3000-\u303f\uff00-\uffef\u2010-\u206f\u00b7"
_IDEOGRAPH_RE = re.compile(f"[{_IDEOGRAPH}]")
_CJK_RE = re.compile(f"[{_IDEOGRAPH}{_CJK_PUNCT}]")
_CJK_ASCII_RE = re.compile(f"[\x00-\x7f{_IDEOGRAPH}{_CJK_PUNCT}]")
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")    # controls other than \t \n \v \f \r
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r")


def _control_share(text: str) -> float:
    return len(_CONTROL_RE.findall(text)) / len(text) if text else 0.0


def _control_byte_share(data: bytes) -> float:
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data) if data else 0.0


def _bad_share(text: str) -> float:
    """Share of private-use, unassigned, surrogate and non-space control characters."""
    if not text:
        return 0.0
    bad = sum(1 for c in text if unicodedata.category(c) in ("Co", "Cn", "Cs"))
    return bad / len(text) + _control_share(text)
