"""spaCy pipelines as a backend: the NER model that ships with officials-kg, or any the user gives.

    load("spacy")                        the shipped model, extract/models/zh_officials_ner
    load("spacy", path="DIR")            any pipeline written by spaCy's ``nlp.to_disk``

The shipped model reads Chinese one character at a time (spaCy's ``zh`` language
with ``segmenter = "char"``: nothing to download), each character with the next one
and with the jieba word it falls in (two small components registered here; jieba
ships its dictionary), and labels persons (PER), posts (TITLE), government and party
organs (GOV), companies (COMPANY), other organizations (ORG) and places (LOC);
``extract/training/spacy_ner.py`` trains it.
``entities`` gives the backend protocol's three labels (GOV and COMPANY are ORG
there, TITLE is left out); ``spans`` gives the model's own labels.

By default the grammar sends the backend only the sentences where it needs help
(``whole_text = False``); ``scope="text"`` makes it read every sentence, which
finds more names at a cost in speed (``benchmarks/ner_eval.py`` measures both).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path

from extract.backends import Token
from extract.errors import MissingDependency, ModelNotFound, UsageError

MODEL = Path(__file__).resolve().parent.parent / "models" / "zh_officials_ner"
BIGRAMS = "officials_kg_char_bigrams"
WORDS = "officials_kg_char_words"

# Entity labels of the shipped model and of common spaCy pipelines (OntoNotes) -> the protocol's.
COARSE = {"PER": "PER", "PERSON": "PER", "GOV": "ORG", "COMPANY": "ORG", "ORG": "ORG",
          "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"}
# Components a user's pipeline may have that NER does not need: left out when loading.
_UNNEEDED = ("parser", "tagger", "morphologizer", "lemmatizer", "trainable_lemmatizer", "attribute_ruler",
             "senter", "textcat", "textcat_multilabel", "spancat")
_SCOPES = ("sentences", "text")
_NON_SPACE = re.compile(r"\S+")


def char_bigrams(doc):
    """Give each one-character token the NORM of its character and the next one (the last: itself + ``$``).

    The shipped model's embedding reads this NORM beside the character itself, so
    that it sees the words two characters make; a doc of multi-character tokens is
    left as it is.
    """
    import numpy
    from spacy.attrs import NORM
    from spacy.strings import get_string_id

    tokens = list(doc)
    if not tokens or any(len(token) != 1 for token in tokens):
        return doc
    norms = [get_string_id(token.text + (tokens[i + 1].text if i + 1 < len(tokens) and not token.whitespace_
                                          else "$"))
             for i, token in enumerate(tokens)]
    # hashes only (from_array): the bigrams stay out of the string store, so the model stays small
    doc.from_array([NORM], numpy.array(norms, dtype="uint64").reshape(-1, 1))
    return doc


def char_words(doc):
    """Give each one-character token the LEMMA of the jieba word it is in, with its place there (B, M, E, S).

    The model then sees where a segmenter would cut (a soft word boundary) while it
    still reads characters; a doc of multi-character tokens is left as it is.
    """
    import numpy
    from spacy.attrs import LEMMA
    from spacy.strings import get_string_id

    tokens = list(doc)
    if not tokens or any(len(token) != 1 for token in tokens):
        return doc
    where: dict[int, int] = {}
    pos = 0
    for word in _jieba().cut(doc.text, HMM=True):
        n = len(word)
        for k in range(n):
            tag = "S" if n == 1 else "B" if k == 0 else "E" if k == n - 1 else "M"
            where[pos + k] = get_string_id(tag + word)
        pos += n
    doc.from_array([LEMMA], numpy.array([where.get(t.idx, 0) for t in tokens], dtype="uint64").reshape(-1, 1))
    return doc


@functools.lru_cache(maxsize=1)
def _jieba():
    """One jieba tokenizer per process (its dictionary loads on the first cut)."""
    try:
        import jieba
    except ImportError:
        raise MissingDependency("the shipped spaCy model", "jieba", ".venv/bin/pip install jieba") from None
    jieba.setLogLevel(60)
    return jieba.Tokenizer()


def register() -> None:
    """Register the shipped model's custom components with spaCy (idempotent)."""
    from spacy.language import Language

    if not Language.has_factory(BIGRAMS):
        Language.component(BIGRAMS, func=char_bigrams)
    if not Language.has_factory(WORDS):
        Language.component(WORDS, func=char_words)


class SpacyBackend:
    name = "spacy"
    segments = False
    checks_names = False

    def __init__(self, path: str | None = None, scope: str = "sentences") -> None:
        if scope not in _SCOPES:
            raise UsageError(f"the spacy backend has no scope {scope!r}; choose one of: {', '.join(_SCOPES)}")
        self.whole_text = scope == "text"
        model = Path(path) if path else MODEL
        how = ("give --model a directory written by spaCy's nlp.to_disk (with config.cfg and meta.json), "
               "or leave --model out to use the model that ships with officials-kg")
        if not (model / "config.cfg").is_file():
            raise ModelNotFound("spacy", str(model), how)
        try:
            import spacy
        except ImportError:
            raise MissingDependency("the spacy backend", "spacy", ".venv/bin/pip install 'spacy>=3.7,<3.9'") from None
        register()
        try:
            nlp = spacy.load(model)
        except ImportError as e:
            raise MissingDependency("the spaCy pipeline at " + str(model), e.name or "?",
                                    f".venv/bin/pip install {e.name}") from None
        except (OSError, ValueError, KeyError) as e:
            first = (str(e).strip().splitlines() or [type(e).__name__])[0]
            raise ModelNotFound("spacy", str(model), f"spaCy could not load it ({first[:200]}); {how}") from None
        if not any("doc.ents" in nlp.get_pipe_meta(n).assigns for n in nlp.pipe_names):
            raise ModelNotFound("spacy", str(model), "that pipeline has no component that sets entities (ner, "
                                "entity_ruler); " + how)
        nlp.select_pipes(disable=[n for n in nlp.pipe_names if n in _UNNEEDED])
        self._nlp = nlp
        self.path = str(model)

    def spans(self, text: str) -> list[Token]:
        """Entity spans of ``text`` with the model's own labels.

        A character tokenizer hides a space inside the token before it, so a span
        may run over white space (a reporter's name and the word after it, in a
        byline): it is cut there, and its longest piece kept.
        """
        if not text:
            return []
        out: list[Token] = []
        for ent in self._nlp(text).ents:
            a, b = ent.start_char, ent.end_char
            pieces = [(a + m.start(), a + m.end()) for m in _NON_SPACE.finditer(text[a:b])]
            if pieces:
                s, e = max(pieces, key=lambda p: p[1] - p[0])
                out.append((s, e, ent.label_))
        return out

    def entities(self, text: str, *, skip: Sequence[tuple[int, int]] = ()) -> Sequence[Token]:
        # ``skip`` (spans the grammar read) is not used: the model reads the text in context
        return [(s, e, COARSE[label]) for s, e, label in self.spans(text) if label in COARSE]

    def tokens(self, text: str) -> Sequence[Token] | None:
        return None
