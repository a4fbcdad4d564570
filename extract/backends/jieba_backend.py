"""jieba's part-of-speech tagger (HMM): persons are words tagged ``nr``.

Its paddle mode installs packages at run time and is never enabled here.
"""
from __future__ import annotations

from collections.abc import Sequence

from extract.backends import Token
from extract.errors import MissingDependency

_TAGS = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "nt": "ORG", "ns": "LOC"}


class JiebaBackend:
    name = "jieba"
    whole_text = False
    segments = True
    checks_names = False

    def __init__(self) -> None:
        try:
            import jieba
            import jieba.posseg
        except ImportError:
            raise MissingDependency("the jieba backend", "jieba", ".venv/bin/pip install jieba") from None
        jieba.setLogLevel(60)
        self._posseg = jieba.posseg

    def tokens(self, text: str) -> Sequence[Token]:
        out: list[Token] = []
        pos = 0
        for pair in self._posseg.cut(text, HMM=True):
            word, flag = pair.word, pair.flag
            out.append((pos, pos + len(word), _TAGS.get(flag, flag[:1] if flag else "x")))
            pos += len(word)
        return out

    def entities(self, text: str, *, skip: Sequence[tuple[int, int]] = ()) -> Sequence[Token]:
        return [t for t in self.tokens(text) if t[2] in ("PER", "ORG", "LOC")]
