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


def test_fast_scoring_of_transliterated_candidates_adds_exactly_their_feature_weights(sample_text):
    from extract.namer import _ForeignScorer, foreign_candidates, foreign_features

    vocab = vocabulary()
    weights, _ = load_weights()
    text = sample_text + "塞韦里诺在这里拜会总理马哈蒂尔后对记者说,范克里夫和布拉特先生出席。"
    scorer = _ForeignScorer(text, vocab, weights)
    n = 0
    for start, end in foreign_candidates(text, vocab):
        slow = sum(weights.get(f, 0.0) for f in foreign_features(text, start, end, vocab))
        assert math.isclose(slow, scorer.z(start, end), abs_tol=1e-9), text[start:end]
        n += 1
    assert n > 20


def test_proposes_names_without_titles_and_not_words():
    vocab = vocabulary()
    text = "会上,企业家代表张建华、李秀英先后发言。要持续推进高水平开放。"
    found = {text[s:e] for s, e, _ in propose(text, vocab)}
    assert {"张建华", "李秀英"} <= found
    assert "高水平" not in found


def test_proposals_are_those_of_the_plain_feature_scoring(sample_text, gold_page):
    """propose() finds candidates and sums weights its own fast way; the result must be the plain one."""
    from extract.namer import (CASCADE, PREFILTER, _core_z, foreign_candidates, familiar_candidates,
                               familiar_features, foreign_features, score)

    vocab = vocabulary()
    weights, threshold = load_weights()
    text = sample_text + "".join(gold["headline"] for gold in gold_page["articles"])
    scored = []
    for start, s_len, end in candidates(text, vocab):
        ratios = [vocab.given_lr.get(c, 0.0) for c in text[start + s_len:end]]
        if min(ratios) < -4.5 or sum(ratios) < PREFILTER or _core_z(text, start, s_len, end, _templates(weights)) < CASCADE:
            continue
        p = score(features(text, start, s_len, end, vocab), weights)
        if p >= threshold:
            scored.append((p, start, end))
    for make, feats in ((familiar_candidates, familiar_features), (foreign_candidates, foreign_features)):
        for start, end in make(text, vocab):
            p = score(feats(text, start, end, vocab), weights)
            if p >= threshold:
                scored.append((p, start, end))
    taken = []
    for p, s, e in sorted(scored, reverse=True):
        if all(e <= a or s >= b for a, b, _ in taken):
            taken.append((s, e, p))
    expected = [(s, e) for s, e, _ in sorted(taken)]
    assert [(s, e) for s, e, _ in propose(text, vocab)] == expected
    assert len(expected) > 10


def test_familiar_and_transliterated_candidates_are_where_a_reader_sees_them():
    from extract.namer import familiar_candidates, foreign_candidates

    vocab = vocabulary()
    text = "老王和小李赶到现场，犯罪嫌疑人王某某、刘某已被控制。"
    found = {text[s:e] for s, e in familiar_candidates(text, vocab)}
    assert {"老王", "小李", "王某某", "刘某"} <= found
    assert "现场" not in found and "王某" not in found        # 王某某 is read whole
    text = "美国前总统克林顿会见了内塔尼亚胡。"
    spans = list(foreign_candidates(text, vocab))
    assert (text.index("克林顿"), text.index("克林顿") + 3) in spans
    assert (text.index("内塔尼亚胡"), text.index("内塔尼亚胡") + 5) in spans
    assert all(2 <= e - s <= 7 for s, e in spans)


def test_the_committed_held_out_ids_are_the_records_the_trainers_hold_out():
    """benchmarks/heldout/*.tsv (fixed before training) and corpora.split (what the trainers use) agree."""
    import pytest

    from benchmarks.common import DATA
    from benchmarks.ner_eval import _text_hash, heldout_ids
    from extract.training.corpora import split
    from extract.training.spacy_ner import DATASETS

    if not (DATA / "cluener2020" / "train.json").exists():
        pytest.skip("the training corpora (../shared/data) are not here")
    for ds in DATASETS:
        if ds.name == "msra":
            continue                    # 45,000 records: the same code, too slow for a unit test
        ids = heldout_ids(ds.name)
        expected = []
        for f, records in zip(ds.files, ds.records(DATA)):
            _, held = split(list(enumerate(records)))
            expected += [(f, i, _text_hash(text)) for i, (text, _) in held]
        assert ids == expected, ds.name
        assert all(i % 10 == 9 for _, i, _ in ids)


def test_the_training_parts_keep_the_held_out_and_tuning_records_apart_by_their_index():
    from extract.training.corpora import HELD, TUNE, parts

    records = [(f"句子{i}", {}) for i in range(25)]
    split = parts({"x": records, "y": records[:3]}, ("x",))
    assert set(split) == {"x"}
    held, tune, train = (split["x"][k] for k in ("held", "tune", "train"))
    assert [int(t[2:]) for t, _ in held] == [HELD, HELD + 10]
    assert [int(t[2:]) for t, _ in tune] == [TUNE, TUNE + 10, TUNE + 20]
    assert len(train) == 20 and not {t for t, _ in train} & {t for t, _ in held + tune}
