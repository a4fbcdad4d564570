"""The name model: its fast scoring equals the sum of its feature weights; it proposes names on real text."""
from __future__ import annotations

import math

from extract.namer import (_inner_z, _left_z, _right_z, _templates, candidates, features, load_weights, propose)
from extract.vocab import vocabulary


def test_fast_scoring_adds_exactly_the_weights_of_the_features(sample_text):
    vocab = vocabulary()
    weights, _ = load_weights()
    T = _templates(weights)
    n = 0
    for start, s_len, end in candidates(sample_text, vocab):
        slow = sum(weights.get(f, 0.0) for f in features(sample_text, start, s_len, end, vocab))
        fast = (_inner_z(sample_text, start, s_len, end, vocab, T) + _left_z(sample_text, start, vocab, T)
                + _right_z(sample_text, end, vocab, T))
        assert math.isclose(slow, fast, abs_tol=1e-9), sample_text[start:end]
        n += 1
    assert n > 100


def test_proposes_names_without_titles_and_not_words():
    vocab = vocabulary()
    text = "会上,企业家代表张建华、李秀英先后发言。要持续推进高水平开放。"
    found = {text[s:e] for s, e, _ in propose(text, vocab)}
    assert {"张建华", "李秀英"} <= found
    assert "高水平" not in found
