"""The alias file: the user's decisions that overrule entity resolution.

The alias file (CSV, UTF-8, ``#`` starts a comment line) lets the user overrule
resolution.  Its header is ``action,entity,value,note``; one decision a line::

    action,entity,value,note
    merge,李俊@钱塘区,李俊@宁波市,one person: transferred in 2023
    merge,杭州市发展和改革委员会,杭州市发展改革委,
    split,李俊,p1.txt#3;p2.txt#1,西湖区
    rename,李俊@钱塘区,李俊(钱塘区),

- ``merge,A,B``: the entities B names join entity A (A keeps its id).
- ``split,NAME,ARTICLE;ARTICLE...,LABEL``: the persons called NAME in those
  articles (ids as ``kg explain`` prints them, separated by ``;``) are one entity
  of their own, keyed ``NAME@LABEL`` (LABEL defaults to ``split``).
- ``rename,A,NEW NAME``: entity A is shown as NEW NAME (its id does not change).

An entity is named by its id (``person:1a2b3c4d5e6f``), its key (``李俊@钱塘区``, as
``kg explain`` prints it) or its name (every entity with that name; ``merge``
needs exactly one entity on the left).

Events (:mod:`kg.events`) are named by id only, as ``kg explain --event`` prints them
(an event's id, or the id of one of its reports)::

    merge,event:1a2b3c4d5e6f,event:6f5e4d3c2b1a;event:0a1b2c3d4e5f,one session: two papers
    split,event:1a2b3c4d5e6f,event:6f5e4d3c2b1a;p7.txt#2,the next day's meeting

- ``merge,event:A,event:B;...``: the reports B are one event with A.
- ``split,event:A,event:B;ARTICLE...``: the reports B, and every event reported by
  the articles named, never join A's event.
- ``rename,event:A,NEW NAME``: A's event is shown as NEW NAME.
"""
from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass

from extract import OfficialsKgError
from kg.keys import name_key

ALIAS_HEADER = ("action", "entity", "value", "note")
ALIAS_ACTIONS = ("merge", "split", "rename")
EVENT_PREFIX = "event:"


def is_event_ref(ref: str) -> bool:
    """Whether an alias cell names an event (``event:1a2b3c4d5e6f``)."""
    return ref.strip().startswith(EVENT_PREFIX)



class AliasError(OfficialsKgError):
    """A line of the alias file is malformed."""

    def __init__(self, path: str, line: int, what: str, fix: str) -> None:
        super().__init__(f"{path}:{line}: {what}; {fix}")


@dataclass(frozen=True, slots=True)
class AliasRule:
    action: str                     # merge | split | rename
    entity: str
    value: str
    note: str
    origin: str                     # PATH:LINE, quoted in reasons


@dataclass(frozen=True, slots=True)
class Aliases:
    rules: tuple[AliasRule, ...] = ()

    def of(self, action: str) -> list[AliasRule]:
        return [r for r in self.rules if r.action == action]

    def event_rules(self) -> list[AliasRule]:
        """The rules about events (their entity is an event id, ``event:...``), in file order."""
        return [r for r in self.rules if is_event_ref(r.entity)]

    def without_events(self) -> Aliases:
        """The rules about persons and organizations: what entity resolution reads."""
        return Aliases(tuple(r for r in self.rules if not is_event_ref(r.entity)))

    def names(self) -> set[str]:
        """Every name the rules mention (the part of a key before ``@``), normalised."""
        out = set()
        for r in self.rules:
            for ref in (r.entity, r.value) if r.action == "merge" else (r.entity,):
                if not ref.startswith(("person:", "org:", EVENT_PREFIX)):
                    out.add(name_key(ref.split("@", 1)[0]))
        return out


def parse_aliases(text: str, *, path: str = "aliases.csv") -> Aliases:
    """Parse an alias file (see the module docstring).  Raises ``AliasError`` naming the line.

    A cell holding a control character (C0, DEL, C1, U+2028, U+2029) is refused: it would
    end up in the names of the graph, and GraphML and GEXF cannot hold most of them.

    >>> parse_aliases("action,entity,value,note\\nrename,李俊@钱塘区,李俊(钱塘区),\\n").rules[0].value
    '李俊(钱塘区)'
    """
    rows = _alias_rows(text.lstrip("\ufeff"), path)
    if not rows:
        return Aliases()
    first_no, first, cells = rows[0]
    header = tuple(h.strip().lower() for h in cells)
    if header[:3] != ALIAS_HEADER[:3]:
        raise AliasError(path, first_no, f"the header is {first!r}", "begin the file with: action,entity,value,note")
    rules = []
    for no, _, cells in rows[1:]:
        cells = cells + [""] * (4 - len(cells))
        for column, cell in zip(ALIAS_HEADER, cells):
            if (bad := _control_character(cell)) is not None:
                raise AliasError(path, no, f"the {column} {cell!r} holds a control character (U+{ord(bad):04X})",
                                 "remove it")
        action, entity, value, note = (c.strip() for c in cells[:4])
        action = action.lower()
        if action not in ALIAS_ACTIONS:
            raise AliasError(path, no, f"unknown action {action!r}", f"use one of: {', '.join(ALIAS_ACTIONS)}")
        if not entity:
            raise AliasError(path, no, "the entity column is empty", "name an entity by id, key or name")
        if not value:
            need = {"merge": "the entity to merge into it", "split": "the article ids, separated by ';'",
                    "rename": "the new name"}[action]
            raise AliasError(path, no, "the value column is empty", f"give {need}")
        rules.append(AliasRule(action, entity, value, note, f"{path}:{no}"))
    return Aliases(tuple(rules))


def _alias_rows(text: str, path: str) -> list[tuple[int, str, list[str]]]:
    """(line number, first line as written, cells) of each row of an alias file, read as ``csv`` reads a file.

    Rows end where ``csv`` ends them, at ``\\n``, ``\\r\\n`` or ``\\r`` outside quotes; never at
    U+2028, ``\\v``, ``\\x1c``-``\\x1e`` or ``\\x85``, which ``str.splitlines`` also takes for line
    ends.  A row whose quoted cell holds a line break is numbered by its first line.  Blank
    lines and ``#`` comment lines are skipped.
    """
    taken: list[tuple[int, str]] = []           # the lines csv has read so far, with their numbers

    def lines():
        for no, line in enumerate(io.StringIO(text, newline=""), start=1):
            if line.strip() and not line.lstrip().startswith("#"):
                taken.append((no, line))
                yield line

    rows = []
    start = 0                                   # the index in taken of the row's first line
    try:
        for cells in csv.reader(lines()):
            no, line = taken[start]
            rows.append((no, line.rstrip("\r\n"), cells))
            start = len(taken)
    except csv.Error as e:
        no = taken[min(start, len(taken) - 1)][0]
        raise AliasError(path, no, f"cannot be read as CSV ({e})", "check the quotes from this line on") from None
    return rows


def _control_character(cell: str) -> str | None:
    """The first control character of ``cell`` (C0, DEL, C1, U+2028 line and U+2029 paragraph separator)."""
    for c in cell:
        if unicodedata.category(c) in ("Cc", "Zl", "Zp"):
            return c
    return None
