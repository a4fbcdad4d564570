"""Paths -> Source records: files, directories, JSONL and HTML.

The only module of ``extract`` that touches the file system.  Every problem
with one input is yielded as an ``InputError`` value, and reading goes on.

Locale: a JSONL record's own ``locale`` wins over ``read_inputs(locale=...)``
(the command line's ``--locale``), which fills in the records and files that
give none; ``extract.jurisdiction`` applies the same rule to ``ExtractConfig.locale``.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from extract.errors import InputError
from extract.ingest.encoding import (EMPTY_FILE, decode_bytes, empty_file, is_wide, line_encoding,
                                     undecodable_line)
from extract.ingest.html import decode_html, extract_html, looks_like_html
from extract.ingest.jsonl import JsonlRecord, parse_line
from extract.ingest.normalisation import normalise, printable
from extract.records import Source

MAX_TEXT_BYTES = 64 * 2**20
"""The largest text read, in bytes: a .txt or .html file larger than this (on disk), or a JSONL
record whose text takes more in UTF-8, is skipped with a warning.  Above the 50 MB page that README
promises; below what one process can extract in reasonable time and memory.  A JSONL line may take
twice as much (JSON's ``\\u4e2d`` escapes write a 3-byte character in 6 bytes); a longer line is
skipped unread."""

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
_HEAD_BYTES = 256 * 1024      # how much of a JSONL file the encoding tests look at, and the reads of a skipped line

_NOT_TEXT = ("not a text, JSONL or HTML file", "give a .txt, .jsonl or .html file")


@dataclass(frozen=True, slots=True)
class _Found:
    path: str       # where to open it
    id: str         # relative to the directory argument, "/"-separated; the file name if given directly
    origin: str     # the argument as the user gave it, joined with the relative part

    def __post_init__(self) -> None:
        # A file name may hold control characters or bytes that are not UTF-8 (os.listdir gives
        # them as lone surrogates): ids and origins are stored, printed and written to XML as text.
        object.__setattr__(self, "id", printable(self.id))
        object.__setattr__(self, "origin", printable(self.origin))


def read_inputs(paths: Iterable[str | Path], *, locale: str | None = None,
                follow_links: bool = False) -> Iterator[Source | InputError]:
    """Read every input: text, JSONL and HTML files, and directories of them.

    Arguments are read in the order given, a directory recursively in sorted
    path order (hidden files and folders skipped; inside a directory only the
    ``.txt .text .md .jsonl .ndjson .html .htm .xhtml`` files are read, while a
    file given directly is read whatever its name).  A symbolic link given as an
    argument is followed; a link inside a folder is followed only if it leads to
    a file or folder inside one of the arguments, unless ``follow_links``.  A
    file reached twice (by a link, or given twice) is read once.  An id seen
    before with the same text is skipped; with a different text it is an
    error, and the first one stands.  JSONL is read line by line; a text over
    ``MAX_TEXT_BYTES`` is skipped.

    Yields a ``Source`` per text and an ``InputError`` value per bad input (the
    caller warns and goes on, or stops under ``--strict``).  A few warnings come
    with a text that is read all the same (a lone surrogate read as U+FFFD): the
    ``InputError`` comes first, then the ``Source``.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [os.fspath(arg) for arg in paths]
    walk = _Walk(roots=None if follow_links else [os.path.realpath(arg) for arg in paths])
    first_by_id: dict[str, tuple[bytes, str]] = {}      # id -> (digest of the raw text, origin)
    for arg in paths:
        for found in _expand(arg, walk):
            if isinstance(found, InputError):
                yield found
                continue
            for item, line in _read(found, locale):
                if isinstance(item, InputError):
                    yield item
                    continue
                digest = hashlib.blake2b(item.raw.encode("utf-8", "surrogatepass"), digest_size=16).digest()
                first = first_by_id.setdefault(item.id, (digest, item.origin))
                if first[1] == item.origin:
                    yield item
                elif first[0] != digest:
                    yield _id_clash(item.id, first[1], found.origin, line)
                # else: the same id with the same text, read before


def _id_clash(source_id: str, first_origin: str, path: str, line: int | None) -> InputError:
    fix = ("give each record its own id" if line is not None
           else "give the folder above the files instead, so that their ids include the folder")
    return InputError(path, f"id {source_id!r} was already used by {first_origin} for a different text", fix,
                      line=line)


# -- finding files --------------------------------------------------------------------------------

@dataclass(slots=True)
class _Walk:
    """What the walk through the arguments has seen, and where links may lead."""

    roots: list[str] | None         # real paths of the arguments; None: links may lead anywhere
    seen_files: set[str] = field(default_factory=set)
    seen_dirs: set[str] = field(default_factory=set)

    def leads_out(self, path: str) -> bool:
        """Whether ``path`` is a symbolic link to a place outside every argument."""
        if self.roots is None or not os.path.islink(path):
            return False
        real = os.path.realpath(path)
        return not any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in self.roots)


def _expand(arg: str, walk: _Walk) -> Iterator[_Found | InputError]:
    shown = printable(arg)
    if not os.path.lexists(arg):
        yield InputError(shown, "not found", "check the path")
        return
    if not os.path.exists(arg):
        yield _broken_link(arg, shown)
        return
    if os.path.isdir(arg):
        yield from _walk(arg, walk)
        return
    if not os.path.isfile(arg):
        yield _not_regular(shown)
        return
    if _first_visit(arg, walk.seen_files):
        yield _Found(arg, os.path.basename(os.path.normpath(arg)), arg)


def _walk(root: str, walk: _Walk) -> Iterator[_Found | InputError]:
    """Depth first in sorted path order; links followed where ``walk`` allows, each real folder entered once."""
    listing = _list(root, root, (), walk.seen_dirs)
    if isinstance(listing, InputError):
        yield listing
        return
    stack = [iter(listing)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        parts, path = entry
        origin = _origin(root, parts)
        if os.path.isdir(path):
            if walk.leads_out(path):
                yield _link_out(path, origin)
                continue
            listing = _list(path, root, parts, walk.seen_dirs)
            if isinstance(listing, InputError):
                yield listing
            elif listing:
                stack.append(iter(listing))
            continue
        if Path(path).suffix.lower() not in KNOWN_SUFFIXES:
            continue        # images, PDFs, gold files ... beside the pages
        if not os.path.exists(path):
            yield _broken_link(path, origin)
        elif walk.leads_out(path):
            yield _link_out(path, origin)
        elif not os.path.isfile(path):
            yield _not_regular(origin)
        elif _first_visit(path, walk.seen_files):
            yield _Found(path, "/".join(parts), origin)


def _list(folder: str, root: str, rel: tuple[str, ...], seen_dirs: set[str]
          ) -> list[tuple[tuple[str, ...], str]] | InputError:
    """The visible entries of a folder, sorted by name; empty for a folder entered before
    (a link back up, which would loop, or a folder given twice)."""
    if not _first_visit(folder, seen_dirs):
        return []
    try:
        names = sorted(name for name in os.listdir(folder) if not name.startswith("."))
    except PermissionError:
        return InputError(_origin(root, rel), "permission denied: cannot list the folder",
                          "make it readable (chmod +rx) or leave it out")
    except OSError as e:
        return InputError(_origin(root, rel), f"cannot list the folder ({e.strerror or e})", "check the folder")
    return [((*rel, name), os.path.join(folder, name)) for name in names]


def _first_visit(path: str, seen: set[str]) -> bool:
    real = os.path.realpath(path)
    if real in seen:
        return False
    seen.add(real)
    return True


def _origin(root: str, parts: tuple[str, ...]) -> str:
    return printable(os.path.join(root, *parts) if parts else root)


def _broken_link(path: str, shown: str) -> InputError:
    try:
        os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return InputError(shown, "broken symbolic link (a loop: it leads back to itself)",
                              "fix the link or remove it")
    try:
        target = f" to {printable(os.readlink(path))}"
    except OSError:
        target = ""
    return InputError(shown, f"broken symbolic link{target}", "fix the link or remove it")


def _link_out(path: str, shown: str) -> InputError:
    return InputError(shown, f"symbolic link to {printable(os.path.realpath(path))}, outside the folders given: "
                      "not followed", "give --follow-links to read it")


def _not_regular(path: str) -> InputError:
    return InputError(path, "not a regular file (a pipe, socket or device)", "give a file or a folder")


# -- reading one file -----------------------------------------------------------------------------

def _read(found: _Found, locale: str | None) -> Iterator[tuple[Source | InputError, int | None]]:
    """Each Source or error with its JSONL line number (None for a whole file)."""
    suffix = Path(found.path).suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with open(found.path, "rb") as fh:
                yield from _jsonl_sources(fh, found, locale)
            return
        size = os.stat(found.path).st_size
        if size > MAX_TEXT_BYTES:
            yield InputError(found.origin, f"{_size(size)}, over the limit of {_size(MAX_TEXT_BYTES)} for one text",
                             "split it into several files (e.g. one per page)"), None
            return
        data = Path(found.path).read_bytes()
    except PermissionError:
        yield InputError(found.origin, "permission denied", "make it readable (chmod +r) or leave it out"), None
        return
    except FileNotFoundError:
        yield InputError(found.origin, "not found (removed while reading?)", "check the path"), None
        return
    except OSError as e:
        yield InputError(found.origin, f"cannot be read ({e.strerror or e})", "check the file"), None
        return
    reader = (_html_source if suffix in HTML_SUFFIXES else
              _text_source if suffix in TEXT_SUFFIXES else _other_source)
    try:
        yield reader(data, found, locale), None
    except InputError as error:
        yield error, None


def _text_source(data: bytes, found: _Found, locale: str | None) -> Source:
    raw, encoding = decode_bytes(data, path=found.origin)
    return _source(raw, found, encoding=encoding, locale=locale)


def _other_source(data: bytes, found: _Found, locale: str | None) -> Source:
    try:
        raw, encoding = decode_bytes(data, path=found.origin)
    except InputError as error:
        if error.what == EMPTY_FILE:
            raise
        raise InputError(found.origin, *_NOT_TEXT) from None
    if looks_like_html(raw):
        return _html_source(data, found, locale)
    return _source(raw, found, encoding=encoding, locale=locale)


def _html_source(data: bytes, found: _Found, locale: str | None) -> Source:
    html, encoding = decode_html(data, path=found.origin)
    page = extract_html(html, path=found.origin)
    return _source(page.text, found, encoding=encoding, locale=locale, date=page.date,
                   headline=page.title, url=page.url, publication=page.sitename)


def _jsonl_sources(fh: BinaryIO, found: _Found, locale: str | None
                   ) -> Iterator[tuple[Source | InputError, int | None]]:
    try:
        for item in _jsonl_lines(fh, found.origin):
            if isinstance(item, InputError):
                yield item, item.line
                continue
            number, line, encoding = item
            record = parse_line(line, number, path=found.origin, file_id=found.id)
            if isinstance(record, InputError):
                yield record, number
                continue
            if record.lone_surrogate:
                yield InputError(found.origin, f'"text" holds a lone surrogate ({printable(record.lone_surrogate)}), '
                                 "read as U+FFFD", "write the character itself, or both halves of its surrogate pair",
                                 line=number), number
            try:
                yield _record_source(record, found, encoding, locale), number
            except InputError as error:
                yield error, number
    except InputError as error:         # the whole file: binary, or UTF-16 that cannot be read
        yield error, error.line


def _jsonl_lines(fh: BinaryIO, origin: str) -> Iterator[tuple[int, str, str] | InputError]:
    """The non-blank lines of a JSONL file, a line at a time: ``(number, line, encoding)``, or an
    error for a line that cannot be read.  UTF-16 and UTF-32 files are decoded whole."""
    max_line = 2 * MAX_TEXT_BYTES
    head = fh.read(_HEAD_BYTES)
    fh.seek(0)
    if is_wide(head):
        size = os.fstat(fh.fileno()).st_size
        if size > max_line:
            raise InputError(origin, f"UTF-16 or UTF-32 JSONL of {_size(size)}, over the limit of {_size(max_line)}",
                             "convert it to UTF-8 (iconv -f ENC -t UTF-8), which is read a line at a time")
        text, encoding = decode_bytes(fh.read(), path=origin)
        for number, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                yield number, line, encoding
        return
    utf8, legacy, blank = "utf-8", None, True      # legacy: "" once no legacy encoding fits
    for number, data in enumerate(_byte_lines(fh, max_line), start=1):
        if isinstance(data, int):
            blank = False
            yield InputError(origin, f"a line of {_size(data)}, over the limit of {_size(max_line)} for one line "
                             "(twice the limit for one text, for JSON escapes)",
                             "split the article into several records", line=number)
            continue
        if number == 1 and data.startswith(codecs.BOM_UTF8):
            data, utf8 = data[len(codecs.BOM_UTF8):], "utf-8-sig"
        try:
            line, encoding = data.decode("utf-8"), utf8
        except UnicodeDecodeError:
            if legacy is None:
                legacy = line_encoding(data + _lines_ahead(fh), path=origin) or ""
            line, encoding = _legacy_line(data, legacy), legacy
            if line is None:
                blank = False
                yield undecodable_line(origin, number)
                continue
        if line.strip():
            blank = False
            yield number, line, encoding
    if blank:
        yield empty_file(origin)


def _byte_lines(fh: BinaryIO, limit: int) -> Iterator[bytes | int]:
    """Each line of ``fh`` without its line break; for a line longer than ``limit`` bytes, its
    length instead (the line is skipped, never held whole)."""
    while line := fh.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            line = line.removesuffix(b"\n")        # rebound: one copy of a long line is held, not two
            yield line
            continue
        size = len(line)
        while line and not line.endswith(b"\n"):
            line = fh.readline(_HEAD_BYTES)
            size += len(line)
        yield size - line.endswith(b"\n")


def _legacy_line(data: bytes, encoding: str) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _lines_ahead(fh: BinaryIO) -> bytes:
    """Up to ``_HEAD_BYTES`` of whole lines after the current position, which stays where it is."""
    at = fh.tell()
    ahead = fh.read(_HEAD_BYTES)
    fh.seek(at)
    if len(ahead) == _HEAD_BYTES:
        ahead = ahead[:ahead.rfind(b"\n") + 1]
    return b"\n" + ahead if ahead else b""


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n:,} bytes"


def _too_big(text: str) -> int | None:
    """The size of ``text`` in UTF-8 if it is over ``MAX_TEXT_BYTES``, else None."""
    if len(text) * 4 <= MAX_TEXT_BYTES:         # no character takes more than 4 bytes: no need to measure
        return None
    step = _HEAD_BYTES                          # measured a piece at a time, never encoded whole
    size = sum(len(text[i:i + step].encode("utf-8")) for i in range(0, len(text), step))
    return size if size > MAX_TEXT_BYTES else None


def _record_source(record: JsonlRecord, found: _Found, encoding: str, locale: str | None) -> Source:
    origin = f"{found.origin}:{record.line}"
    size = _too_big(record.text)
    if size is not None:
        raise InputError(found.origin, f'"text" is {_size(size)} (UTF-8), over the limit of {_size(MAX_TEXT_BYTES)} '
                         "for one text", "split the article into several records", line=record.line)
    text, offsets = normalise(record.text)
    if not text.strip():
        raise InputError(found.origin, '"text" holds no visible characters',
                         'give the article text in "text", or remove the line', line=record.line)
    return Source(
        id=printable(record.id),
        origin=origin,
        text=text,
        raw=record.text,
        offsets=offsets,
        encoding=encoding,
        date=record.date,
        headline=_normalised(record.headline),
        url=printable(record.url) if record.url is not None else None,
        publication=_normalised(record.publication),
        locale=_normalised(record.locale) if record.locale is not None else locale,
    )


def _source(raw: str, found: _Found, *, encoding: str, locale: str | None, date: str | None = None,
            headline: str | None = None, url: str | None = None, publication: str | None = None) -> Source:
    text, offsets = normalise(raw)
    if not text.strip():
        raise empty_file(found.origin)
    return Source(
        id=found.id,
        origin=found.origin,
        text=text,
        raw=raw,
        offsets=offsets,
        encoding=encoding,
        date=date,
        headline=_normalised(headline),
        url=printable(url) if url is not None else None,
        publication=_normalised(publication),
        locale=locale,
    )


def _normalised(value: str | None) -> str | None:
    if value is None:
        return None
    return " ".join(normalise(value)[0].split()) or None
