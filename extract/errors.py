"""Every error officials-kg raises on purpose, with its message, in one place.

A user error is an ``OfficialsKgError``: the CLI prints its one-line message and
exits without a traceback (``--debug`` shows one).  Anything else is a bug.
"""
from __future__ import annotations


class OfficialsKgError(Exception):
    """Base class of the errors a user can cause and fix."""


class InputError(OfficialsKgError):
    """An input file (or one line of it) cannot be read.

    The message reads ``PATH[:LINE]: WHAT; FIX`` so that one line tells the user
    which file, what is wrong and what to do.
    """

    def __init__(self, path: str, what: str, fix: str, *, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.what = what
        self.fix = fix
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {what}; {fix}")


class UsageError(OfficialsKgError):
    """The command line or a function argument names a bad value."""


class UnknownBackend(UsageError):
    def __init__(self, name: str, available: list[str]) -> None:
        super().__init__(f"no NER backend {name!r}; available: {', '.join(sorted(available))}")


class MissingDependency(OfficialsKgError):
    """An optional package a chosen feature needs is not installed."""

    def __init__(self, feature: str, package: str, install: str) -> None:
        super().__init__(f"{feature} needs the package {package!r}, which is not installed; run: {install}")


class ModelNotFound(OfficialsKgError):
    """A backend's model files are not where the user said they are."""

    def __init__(self, backend: str, path: str | None, how: str) -> None:
        where = f"at {path!r}" if path else "(no path given)"
        super().__init__(f"the {backend} backend found no model {where}; {how}")


class LexiconError(OfficialsKgError):
    """A lexicon file (built-in or the user's) has a malformed line."""

    def __init__(self, path: str, line: int, what: str) -> None:
        super().__init__(f"{path}:{line}: {what}; fix or remove that line")


class StoreError(OfficialsKgError):
    """The corpus store cannot be opened or written."""
