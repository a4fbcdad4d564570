"""Statistical NER backends behind one small protocol.

The grammar decides; a backend proposes.  A backend is asked only about the
sentences where the grammar leaves candidates (a participation or speech verb
with no name before it), so that the whole extraction stays fast.

    create(name, vocab=..., **options) -> NerBackend   (a new one: ``Extractor`` calls this once)
    load(name, **options) -> NerBackend      (that of the process's Extractor for the built-in lexicons)
    available() -> list of names

A backend that reads the lexicons (the name model) is given the vocabulary of
the Extractor that creates it, so the user's ``--lexicon`` reaches it too.

Heavy packages are imported inside the backend that needs them, when it is
loaded, never at import time.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from extract.errors import UnknownBackend

if TYPE_CHECKING:
    from extract.vocab import Vocabulary

Token = tuple[int, int, str]      # (start, end, tag), tags as Baidu LAC's: PER, ORG, LOC, n, v, ...


DEFAULT = "namer"
DEFAULT_BACKEND = DEFAULT


class NerBackend(Protocol):
    name: str
    whole_text: bool      # True: cheap enough to read every sentence; False: only where the grammar needs help
    segments: bool        # True: tokens() segments text into tagged words (used for organization boundaries)
    checks_names: bool    # True: its person names passed our own name checks already (the name model)

    def entities(self, text: str, *, skip: Sequence[tuple[int, int]] = ()) -> Sequence[Token]:
        """Person (PER), organization (ORG) and place (LOC) spans of ``text``.

        ``skip``: spans already read (a backend may leave them out to save time)."""

    def tokens(self, text: str) -> Sequence[Token] | None:
        """Words of ``text`` with part-of-speech tags, or None if the backend does not segment."""


class GrammarOnly:
    """No statistical model: the grammar alone."""

    name = "none"
    whole_text = False
    segments = False
    checks_names = False

    def entities(self, text: str, *, skip: Sequence[tuple[int, int]] = ()) -> Sequence[Token]:
        return ()

    def tokens(self, text: str) -> Sequence[Token] | None:
        return None


class NamerBackend:
    """The models that ship with officials-kg, fast enough for every sentence: the name model
    (``extract/namer.py``) proposes persons, the organization tagger (``extract/backends/tagger.py``)
    organizations, which the grammar accepts where it found none (``organizations.accept_proposals``).

    ``orgs`` (or ``path``, what ``--model`` gives): the organization tagger's model file (``.npz``, as
    ``python -m extract.training.orgs --output`` writes it; ``builtin`` for the shipped
    ``extract/models/orgs.npz``), or ``none``.  Off by default: with it the default ran at 2.92 times LAC's
    speed against 3.38 without (round 8), below the 3x line the default must hold, for no gain on real local
    news (field-dev), while it adds 0.05 to 0.22 organizations F1 on general news (benchmarks/README.md,
    "Statistical models");
    ``--model extract/models/orgs.npz`` turns it on."""

    name = "namer"
    whole_text = True
    segments = False
    checks_names = True

    def __init__(self, vocab: Vocabulary | None = None, orgs: str | None = None, path: str | None = None) -> None:
        if vocab is None:                     # a program's own instance: the built-in lexicons
            from extract.vocab import vocabulary

            vocab = vocabulary()
        self._vocab = vocab
        self._orgs_model = orgs or path
        self._tagger = None

    def entities(self, text: str, *, skip: Sequence[tuple[int, int]] = ()) -> Sequence[Token]:
        from extract.namer import propose

        return [(s, e, "PER") for s, e, _ in propose(text, self._vocab, skip=skip)]

    def organizations(self, text: str) -> list[Token]:
        """The organization tagger's proposals, (start, end, GOV|COMPANY|ORG)."""
        if self._orgs_model in (None, "none"):
            return []
        if self._tagger is None:
            from extract.backends.tagger import OrgTagger

            self._tagger = (OrgTagger.load() if self._orgs_model == "builtin"
                            else OrgTagger.from_file(self._orgs_model))
        return self._tagger.organizations(text)

    def tokens(self, text: str) -> Sequence[Token] | None:
        return None


def _lac(**options: str) -> NerBackend:
    from extract.backends.lac import LacBackend
    return LacBackend(**options)


def _jieba(**options: str) -> NerBackend:
    from extract.backends.jieba_backend import JiebaBackend
    return JiebaBackend(**options)


def _spacy(vocab: Vocabulary | None = None, **options: str) -> NerBackend:
    from extract.backends.spacy_backend import SpacyBackend
    return SpacyBackend(vocab=vocab, **options)


def _hanlp(**options: str) -> NerBackend:
    from extract.backends.hanlp_backend import HanlpBackend
    return HanlpBackend(**options)


# Each factory is called with the backend's options; those of READS_LEXICONS also with ``vocab=``.
BACKENDS: dict[str, Callable[..., NerBackend]] = {
    "none": lambda **options: GrammarOnly(),
    "namer": lambda vocab=None, **options: NamerBackend(vocab, **options),
    "lac": _lac,
    "jieba": _jieba,
    "spacy": _spacy,
    "hanlp": _hanlp,
}


# The backends that read the lexicons: they are given the Extractor's vocabulary.
READS_LEXICONS = frozenset({"namer", "spacy"})


def available() -> list[str]:
    return sorted(BACKENDS)


def create(name: str, *, vocab: Vocabulary, **options: str) -> NerBackend:
    """A new backend ``name`` reading ``vocab`` (``Extractor`` calls this once per configuration)."""
    if name not in BACKENDS:
        raise UnknownBackend(name, list(BACKENDS))
    if name in READS_LEXICONS:
        return BACKENDS[name](vocab=vocab, **options)
    return BACKENDS[name](**options)


def load(name: str, **options: str) -> NerBackend:
    """The backend ``name`` of the process's Extractor for the built-in lexicons (built once)."""
    from extract.extractor import ExtractConfig, extractor

    if name not in BACKENDS:
        raise UnknownBackend(name, list(BACKENDS))
    return extractor(ExtractConfig(backend=name, backend_options=tuple(sorted(options.items())))).backend
