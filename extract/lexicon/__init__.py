"""Lexicons: the words the grammar knows, kept as data files beside this module.

Format of every ``*.tsv`` file here (and of a user's lexicon directory):

* UTF-8; lines starting with ``#`` are comments (each file opens with a header
  saying what it holds and where it came from); blank lines are skipped;
* one entry per line: the word, then optional TAB-separated fields whose
  meaning the file's header states (``市委<TAB>party``);
* in a user's directory, a line ``-WORD`` removes a built-in entry.

A user extends a lexicon by putting a file of the same name in a directory
given with ``--lexicon DIR`` (or in ``lexicon_dirs``); its entries are merged
over the built-in ones, a later directory winning over an earlier one.

``load`` reads the files each time it is called: the vocabulary built from
them is kept, once per configuration, by ``extract.extractor``.  ``digest``
identifies the lexicons an extraction read (a store re-extracts when it changes).
"""
from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from extract.errors import LexiconError, UsageError

BUILTIN_DIR = Path(__file__).parent


@dataclass(frozen=True)
class Lexicon:
    """Entries of one lexicon: word -> its fields (possibly empty)."""

    name: str
    entries: Mapping[str, tuple[str, ...]]

    def __contains__(self, word: object) -> bool:
        return word in self.entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def field(self, word: str, index: int = 0, default: str | None = None) -> str | None:
        fields = self.entries.get(word)
        if not fields or len(fields) <= index or not fields[index]:
            return default
        return fields[index]

    @functools.cached_property
    def max_len(self) -> int:
        return max((len(w) for w in self.entries), default=0)


def available() -> list[str]:
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.tsv"))


def load(name: str, *, lexicon_dirs: Iterable[str | Path] = ()) -> Lexicon:
    """Load the built-in lexicon ``name`` merged with the user's directories."""
    return _load(name, tuple(str(d) for d in lexicon_dirs))


def digest(lexicon_dirs: Iterable[str | Path] = ()) -> str:
    """A digest of the built-in lexicons and of the ``.tsv`` files in the user's lexicon folders."""
    h = hashlib.blake2b(digest_size=8)
    for folder in (BUILTIN_DIR, *map(Path, lexicon_dirs)):
        for path in sorted(Path(folder).glob("*.tsv")):
            h.update(path.name.encode("utf-8"))
            try:
                h.update(path.read_bytes())
            except OSError:
                h.update(b"\x00unreadable")
    return h.hexdigest()


def _load(name: str, dirs: tuple[str, ...]) -> Lexicon:
    builtin = BUILTIN_DIR / f"{name}.tsv"
    if not builtin.is_file():
        raise UsageError(f"no lexicon {name!r}; available: {', '.join(available())}")
    entries: dict[str, tuple[str, ...]] = {}
    _read_into(entries, builtin, removals_allowed=False)
    for d in dirs:
        path = Path(d)
        if not path.is_dir():
            raise UsageError(f"--lexicon {d!r} is not a directory; give a directory holding .tsv lexicon files")
        extra = path / f"{name}.tsv"
        if extra.is_file():
            _read_into(entries, extra, removals_allowed=True)
    return Lexicon(name, entries)


def _read_into(entries: dict[str, tuple[str, ...]], path: Path, *, removals_allowed: bool) -> None:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise LexiconError(str(path), 1, "the file is not UTF-8") from None
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        word, *fields = line.split("\t")
        word = word.strip()
        if removals_allowed and word.startswith("-") and len(word) > 1:
            entries.pop(word[1:], None)
            continue
        if not word or any(c.isspace() for c in word):
            raise LexiconError(str(path), number, f"entry {word!r} is empty or holds a space (separate fields with a TAB)")
        entries[word] = tuple(f.strip() for f in fields)
