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

As a backend of the pipeline (``--backend spacy``) the model works beside the name
model, not instead of it: the name model proposes names in every sentence as in
the default pipeline, and the spaCy model adds the persons it finds where no
proposal stands (transliterated names, names the name model scores low), checked
by ``model_name`` (a plausible Chinese name, or a string no lexicon calls a word,
a place or a post).  ``scope="text"`` (the default) runs the model on every
sentence; ``scope="sentences"`` only on those where the grammar found a
participation or speech verb but no name before it (faster, finds less).
``benchmarks/ner_eval.py --pipeline`` measures both.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from extract.backends import Token
from extract.errors import MissingDependency, ModelNotFound, UsageError

if TYPE_CHECKING:
    from extract.vocab import Vocabulary

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
# With scope "text", a proposal of the name model below this probability stands only where the
# spaCy model finds a person overlapping it (chosen on training records, not the held-out ones).
CONFIRM = 0.7
# Endings of places, teams and features that a model's person never has (苏木 and 嘎查: townships and
# villages of Inner Mongolia).
_NOT_NAME_ENDINGS = ("队", "省", "市", "县", "区", "州", "国", "村", "镇", "乡", "苏木", "嘎查", "渠", "河", "湖",
                     "路", "街", "桥", "港", "湾", "沙地")
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


def model_name(name: str, vocab: Vocabulary) -> bool:
    """Is ``name``, a person the model proposes, acceptable to the grammar?

    A plausible Chinese name (``extract.names.plausible_name``) is; so is a
    transliterated or unusual name (达瓦孜, 洪森) of two to eight Chinese characters
    (a middle dot allowed inside) that no lexicon calls a word, a place, a post or
    an organ, and that does not end in an organization's suffix.
    """
    from extract.names import plausible_name
    from extract.textutil import is_cjk

    if name[:1] == "·" or name[-1:] == "·":
        return False                # a name cut at its dot
    if plausible_name(name, vocab):
        return True
    bare = name.replace("·", "")
    if not 2 <= len(bare) <= 8 or not all(is_cjk(c) for c in bare):
        return False
    if name in vocab.non_names or name in vocab.regions or name in vocab.foreign or name in vocab.posts:
        return False
    return not name.endswith(_NOT_NAME_ENDINGS) and \
        vocab.organ_re.search(name) is None and vocab.org_suffix_re.search(name) is None and \
        vocab.post_re.search(name) is None


def _in_place(text: str, a: int, b: int, vocab: Vocabulary) -> bool:
    """Is ``text[a:b]`` part of a longer place name (雪兰|莪州, 毛乌|素沙地)?"""
    lo = max(0, a - 6)
    for regex in (vocab.region_re, vocab.foreign_re):
        for m in regex.finditer(text, lo, min(len(text), b + 6)):
            if m.start() < b and a < m.end() and m.end() - m.start() > b - a:
                return True
    return False


class SpacyBackend:
    name = "spacy"
    segments = False
    checks_names = True       # the name model checks its own names; the spaCy model's pass model_name here
    whole_text = True         # the name model reads every sentence; scope decides where the spaCy model reads

    def __init__(self, path: str | None = None, scope: str = "text", vocab: Vocabulary | None = None) -> None:
        if scope not in _SCOPES:
            raise UsageError(f"the spacy backend has no scope {scope!r}; choose one of: {', '.join(_SCOPES)}")
        self.scope = scope
        self._vocab = vocab
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
        self._last: tuple[str, tuple[Token, ...]] = ("", ())
        self.path = str(model)

    def spans(self, text: str) -> list[Token]:
        """Entity spans of ``text`` with the model's own labels.

        A character tokenizer hides a space inside the token before it, so a span
        may run over white space (a reporter's name and the word after it, in a
        byline): it is cut there, and its longest piece kept.
        """
        if not text:
            return []
        if self._last[0] == text:           # entities() and organizations() of one text: one run
            return list(self._last[1])
        out: list[Token] = []
        for ent in self._nlp(text).ents:
            a, b = ent.start_char, ent.end_char
            pieces = [(a + m.start(), a + m.end()) for m in _NON_SPACE.finditer(text[a:b])]
            if pieces:
                s, e = max(pieces, key=lambda p: p[1] - p[0])
                out.append((s, e, ent.label_))
        self._last = (text, tuple(out))
        return out

    def organizations(self, text: str) -> list[Token]:
        """The model's organizations with its own labels (GOV, COMPANY, ORG; a user's pipeline's ORG is ORG),
        for the grammar to accept where it found none (``extract.organizations.accept_proposals``)."""
        return [(s, e, label) for s, e, label in self.spans(text) if label in ("GOV", "COMPANY", "ORG")]

    def model_entities(self, text: str) -> list[Token]:
        """The model's own spans with the protocol's labels (GOV and COMPANY are ORG; TITLE left out)."""
        return [(s, e, COARSE[label]) for s, e, label in self.spans(text) if label in COARSE]

    def entities(self, text: str, *, skip: Sequence[tuple[int, int]] = ()) -> Sequence[Token]:
        """The name model's persons, then the spaCy model's where none stands (checked by ``model_name``),
        and the model's organizations and places.

        ``skip``: the grammar's names; no proposal overlaps them.  The model reads every
        sentence (``scope="text"``) or only those where the grammar needs help."""
        from extract.namer import propose
        from extract.names import ends_inside_word, starts_inside_word

        vocab = self.vocab
        proposed = propose(text, vocab, skip=skip)
        if self.scope == "text":
            model = self.model_entities(text)
            persons = [(a, b) for a, b, label in model if label == "PER"]
            # the name model's less sure proposals stand only where the model sees a person too
            proposed = [(a, b, p) for a, b, p in proposed
                        if p >= CONFIRM or any(x < b and a < y for x, y in persons)]
        out: list[Token] = [(a, b, "PER") for a, b, _ in proposed]
        taken = sorted(list(skip) + [(a, b) for a, b, _ in out])
        if self.scope != "text":
            model = [(a + s, b + s, label) for s, e in self._needy(text, taken, vocab)
                     for a, b, label in self.model_entities(text[s:e])]
        for a, b, label in model:
            if label != "PER":
                out.append((a, b, label))
            elif (not any(x < b and a < y for x, y in taken) and model_name(text[a:b], vocab)
                  and not starts_inside_word(text, a, vocab) and not ends_inside_word(text, b, vocab)
                  and not _in_place(text, a, b, vocab)):
                out.append((a, b, "PER"))
                taken.append((a, b))
        return sorted(out)

    @property
    def vocab(self) -> Vocabulary:
        if self._vocab is None:
            from extract.vocab import vocabulary

            self._vocab = vocabulary()
        return self._vocab

    @staticmethod
    def _needy(text: str, taken: Sequence[tuple[int, int]], vocab: Vocabulary):
        """The sentences with a participation or speech verb and no name before it."""
        from extract.textutil import sentences

        for s, e in sentences(text):
            verb = vocab.role_re.search(text, s, e) or vocab.speech_re.search(text, s, e)
            if verb is not None and not any(s <= a < verb.start() for a, _ in taken):
                yield s, e

    def tokens(self, text: str) -> Sequence[Token] | None:
        return None
