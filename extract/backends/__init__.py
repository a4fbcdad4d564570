"""Statistical NER backends behind one small protocol.

The grammar decides; a backend proposes.  A backend is asked only about the
sentences where the grammar leaves candidates (a participation or speech verb
with no name before it), so that the whole extraction stays fast.

    load(name, **options) -> NerBackend      (loaded once per process)
    available() -> list of names

Heavy packages are imported inside the backend that needs them, when it is
loaded, never at import time.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Protocol

from extract.errors import UnknownBackend

Token = tuple[int, int, str]      # (start, end, tag), tags as Baidu LAC's: PER, ORG, LOC, n, v, ...


class NerBackend(Protocol):
    name: str

    def entities(self, text: str) -> Sequence[Token]:
        """Person (PER), organization (ORG) and place (LOC) spans of ``text``."""

    def tokens(self, text: str) -> Sequence[Token] | None:
        """Words of ``text`` with part-of-speech tags, or None if the backend does not segment."""


class GrammarOnly:
    """No statistical model: the grammar alone."""

    name = "grammar"

    def entities(self, text: str) -> Sequence[Token]:
        return ()

    def tokens(self, text: str) -> Sequence[Token] | None:
        return None


def _lac(**options: str) -> NerBackend:
    from extract.backends.lac import LacBackend
    return LacBackend(**options)


def _jieba(**options: str) -> NerBackend:
    from extract.backends.jieba_backend import JiebaBackend
    return JiebaBackend(**options)


def _spacy(**options: str) -> NerBackend:
    from extract.backends.spacy_backend import SpacyBackend
    return SpacyBackend(**options)


def _hanlp(**options: str) -> NerBackend:
    from extract.backends.hanlp_backend import HanlpBackend
    return HanlpBackend(**options)


BACKENDS: dict[str, Callable[..., NerBackend]] = {
    "grammar": lambda **options: GrammarOnly(),
    "lac": _lac,
    "jieba": _jieba,
    "spacy": _spacy,
    "hanlp": _hanlp,
}


def available() -> list[str]:
    return sorted(BACKENDS)


@functools.lru_cache(maxsize=8)
def _cached(name: str, options: tuple[tuple[str, str], ...]) -> NerBackend:
    return BACKENDS[name](**dict(options))


def load(name: str, **options: str) -> NerBackend:
    """The backend ``name``, loaded once per process and set of options."""
    if name not in BACKENDS:
        raise UnknownBackend(name, list(BACKENDS))
    return _cached(name, tuple(sorted(options.items())))
