"""Paths -> Source records: files, directories, JSONL and HTML.

The only module of ``extract`` that touches the file system.  Every problem
with one input is yielded as an ``InputError`` value, and reading goes on.
"""
from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extract.errors import InputError
from extract.ingest.encoding import EMPTY_FILE, decode_bytes, empty_file
from extract.ingest.html import decode_html, extract_html, looks_like_html
from extract.ingest.jsonl import JsonlRecord, parse_jsonl
from extract.ingest.normalisation import normalise, printable
from extract.records import Source

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES

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


def read_inputs(paths: Iterable[str | Path], *, locale: str | None = None) -> Iterator[Source | InputError]:
    """Read every input: text, JSONL and HTML files, and directories of them.

    Arguments are read in the order given, a directory recursively in sorted
    path order (hidden files and folders skipped; inside a directory only the
    ``.txt .text .md .jsonl .ndjson .html .htm .xhtml`` files are read, while a
    file given directly is read whatever its name).  A file reached twice (by
    a link, or given twice) is read once.  An id seen before with the same text
    is skipped; with a different text it is an error, and the first one stands.

    Yields a ``Source`` per text and an ``InputError`` value per bad input (the
    caller warns and goes on, or stops under ``--strict``).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    seen_files: set[str] = set()
    seen_dirs: set[str] = set()
    first_by_id: dict[str, tuple[bytes, str]] = {}      # id -> (digest of the raw text, origin)
    for arg in paths:
        for found in _expand(os.fspath(arg), seen_files, seen_dirs):
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

def _expand(arg: str, seen_files: set[str], seen_dirs: set[str]) -> Iterator[_Found | InputError]:
    shown = printable(arg)
    if not os.path.lexists(arg):
        yield InputError(shown, "not found", "check the path")
        return
    if not os.path.exists(arg):
        yield _broken_link(arg, shown)
        return
    if os.path.isdir(arg):
        yield from _walk(arg, seen_files, seen_dirs)
        return
    if not os.path.isfile(arg):
        yield _not_regular(shown)
        return
    if _first_visit(arg, seen_files):
        yield _Found(arg, os.path.basename(os.path.normpath(arg)), arg)


def _walk(root: str, seen_files: set[str], seen_dirs: set[str]) -> Iterator[_Found | InputError]:
    """Depth first in sorted path order; links followed, each real folder entered once."""
    listing = _list(root, root, (), seen_dirs)
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
            listing = _list(path, root, parts, seen_dirs)
            if isinstance(listing, InputError):
                yield listing
            elif listing:
                stack.append(iter(listing))
            continue
        if Path(path).suffix.lower() not in KNOWN_SUFFIXES:
            continue        # images, PDFs, gold files ... beside the pages
        if not os.path.exists(path):
            yield _broken_link(path, origin)
        elif not os.path.isfile(path):
            yield _not_regular(origin)
        elif _first_visit(path, seen_files):
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


def _not_regular(path: str) -> InputError:
    return InputError(path, "not a regular file (a pipe, socket or device)", "give a file or a folder")


# -- reading one file -----------------------------------------------------------------------------

def _read(found: _Found, locale: str | None) -> Iterator[tuple[Source | InputError, int | None]]:
    """Each Source or error with its JSONL line number (None for a whole file)."""
    try:
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
    suffix = Path(found.path).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_sources(data, found, locale)
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


def _jsonl_sources(data: bytes, found: _Found, locale: str | None
                   ) -> Iterator[tuple[Source | InputError, int | None]]:
    try:
        text, encoding = decode_bytes(data, path=found.origin)
    except InputError as error:
        yield error, None
        return
    for record in parse_jsonl(text, path=found.origin, file_id=found.id):
        if isinstance(record, InputError):
            yield record, record.line
            continue
        try:
            yield _record_source(record, found, encoding, locale), record.line
        except InputError as error:
            yield error, record.line


def _record_source(record: JsonlRecord, found: _Found, encoding: str, locale: str | None) -> Source:
    origin = f"{found.origin}:{record.line}"
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
