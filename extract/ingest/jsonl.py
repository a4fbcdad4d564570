"""JSON Lines -> Source records: one JSON object per line.

Fields of a record (others are ignored; ``null`` is the same as absent):

    text         the article text (required, a non-empty string)
    id           a string or an integer; default ``FILE:LINE``
    date         YYYY-MM-DD (a time after it, ``2025-09-26T08:00:00`` or
                 ``2025-09-26 08:00``, is allowed and dropped)
    headline, publication, locale    strings
    url          a string; ``source`` is read as its synonym

A bad line becomes an ``InputError`` value naming the file and line; the good
lines of the file are read all the same.  That includes a number of more than
4300 digits (Python's limit for reading an integer) in any field.  A lone
surrogate in "text" (a ``\\ud800`` escape without its other half, which no
encoding can write) is read as U+FFFD, one character for one, so that offsets
stay valid; the first one is kept in ``JsonlRecord.lone_surrogate`` for the warning.
"""
from __future__ import annotations

import datetime
import json
import re
import sys
from dataclasses import dataclass

from extract.errors import InputError
from extract.ingest.normalisation import without_lone_surrogates

_DATE_RE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}.*)?")
_STRING_FIELDS = ("headline", "publication", "locale", "url", "source")
_ONE_LINE = "write one JSON object per line"


@dataclass(frozen=True, slots=True)
class JsonlRecord:
    """One good line of a JSONL file, its strings as given (not yet normalised)."""

    line: int
    id: str
    text: str
    date: str | None = None
    headline: str | None = None
    url: str | None = None
    publication: str | None = None
    locale: str | None = None
    lone_surrogate: str = ""        # the first lone surrogate of the text as given, read as U+FFFD


def parse_line(line: str, number: int, *, path: str, file_id: str) -> JsonlRecord | InputError:
    """One non-blank line (number ``number``) of a JSONL file: its record, or the error that says
    what is wrong with it.  ``path`` names the file in errors, ``file_id`` makes default ids."""
    try:
        return _record(line.strip(), number, path, file_id)
    except InputError as error:
        return error


def _record(line: str, number: int, path: str, file_id: str) -> JsonlRecord:
    def fail(what: str, fix: str) -> InputError:
        return InputError(path, what, fix, line=number)

    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        # json's messages that end in "at" (Unterminated string starting at) take the column
        raise fail(f"malformed JSON ({e.msg.removesuffix(' at')} at column {e.colno})", _ONE_LINE) from None
    except RecursionError:
        raise fail("malformed JSON (nested too deeply)", _ONE_LINE) from None
    except ValueError as e:
        if "integer string conversion" not in str(e):
            raise
        # int() refuses more digits than sys.get_int_max_str_digits() (a guard against slow conversions)
        raise fail(f"a number with more than {sys.get_int_max_str_digits()} digits",
                   "write it as a JSON string, or remove it") from None
    if not isinstance(obj, dict):
        raise fail(f"a JSON {_kind(obj)}, not an object",
                   _ONE_LINE + ', e.g. {"id": "a1", "text": "..."}')

    text = obj.get("text")
    if text is None:
        raise fail('no "text" field', 'give each record its article text in "text"')
    if not isinstance(text, str):
        raise fail(f'"text" is a {_kind(text)}, not a string', 'give the article text as a JSON string')
    if not text.strip():
        raise fail('"text" is empty', 'give the article text in "text", or remove the line')
    text, lone = without_lone_surrogates(text)

    raw_id = obj.get("id")
    if raw_id is None:
        record_id = f"{file_id}:{number}"
    elif isinstance(raw_id, str) and raw_id.strip():
        record_id = raw_id
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        record_id = str(raw_id)
    else:
        raise fail(f'"id" is {_show(raw_id)}', 'give "id" as a non-empty string or an integer, or leave it out')

    fields: dict[str, str | None] = {}
    for name in _STRING_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise fail(f'"{name}" is a {_kind(value)}, not a string', f'give "{name}" as a JSON string')
        fields[name] = (" ".join(value.split()) or None) if isinstance(value, str) else None

    return JsonlRecord(
        line=number,
        id=record_id,
        text=text,
        date=_date(obj.get("date"), fail),
        headline=fields["headline"],
        url=fields["url"] or fields["source"],
        publication=fields["publication"],
        locale=fields["locale"],
        lone_surrogate=lone,
    )


def _date(value: object, fail) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise fail(f'"date" is a {_kind(value)}, not a string', 'write the date as a string "YYYY-MM-DD"')
    m = _DATE_RE.fullmatch(value.strip())
    if m:
        try:
            return datetime.date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            raise fail(f'"date" {_show(value)} is not a real day', 'write dates as YYYY-MM-DD, e.g. 2025-09-26') from None
    raise fail(f'"date" {_show(value)} is not YYYY-MM-DD', 'write dates as YYYY-MM-DD, e.g. 2025-09-26')


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    return {dict: "object", list: "array", str: "string", int: "number", float: "number"}.get(type(value), "null")


def _show(value: object, limit: int = 40) -> str:
    """A value for a one-line message: JSON, on one line, shortened."""
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= limit else shown[:limit - 1] + "…"
