"""The organization tagger of the default backend: features, decoding, the shipped model, the trainer's split."""
from __future__ import annotations

import numpy as np
import pytest

from extract.backends import NamerBackend
from extract.backends.tagger import (LABELS, N_TAGS, N_TEMPLATES, OrgTagger, decode, ending_table, feature_index,
                                     tag_of)
from extract.training import orgs as trainer
from extract.training.corpora import split

ENDINGS = np.array(sorted(ord(c) for c in "司部局会院"), dtype=np.uint64)


def test_features_depend_only_on_the_characters_around():
    table = ending_table(ENDINGS)
    a = feature_index("今天我们去了星河科技公司参观。", table, 16)
    b = feature_index("昨天他们到了星河科技公司座谈。", table, 16)
    assert a.shape == (N_TEMPLATES, 15) and a.min() >= 0 and a.max() < 1 << 16
    # 科 (position 8) sees the same characters within three, and the same ending 司 three ahead
    assert (a[:, 8] == b[:, 8]).all()
    # 了 (position 5) sees different characters on its left
    assert (a[:, 5] != b[:, 5]).any()
    assert (feature_index("今天我们去了星河科技公司参观。", table, 16) == a).all()


def test_features_of_empty_and_one_character_texts():
    table = ending_table(ENDINGS)
    assert feature_index("", table, 16).shape == (N_TEMPLATES, 0)
    assert feature_index("司", table, 16).shape == (N_TEMPLATES, 1)


def test_digits_and_latin_letters_are_one_class_each():
    table = ending_table(ENDINGS)
    assert (feature_index("第3号", table, 16) == feature_index("第7号", table, 16)).all()
    assert (feature_index("ab公司", table, 16) == feature_index("XY公司", table, 16)).all()


@pytest.mark.parametrize("positions, tags, expected", [
    # B I E of ORG, then S of ORG, then B I of PER cut by an I of ORG
    ([1, 2, 3, 5, 6, 7, 8], [tag_of(0, "B"), tag_of(0, "I"), tag_of(0, "E"), tag_of(0, "S"),
                             tag_of(1, "B"), tag_of(1, "I"), tag_of(0, "I")],
     [(1, 4, 0), (5, 6, 0), (6, 8, 1), (8, 9, 0)]),
    # a gap ends a span even without its E; an I after an E starts a new one
    ([0, 1, 3, 4, 5], [tag_of(0, "B"), tag_of(0, "I"), tag_of(0, "I"), tag_of(0, "E"), tag_of(0, "I")],
     [(0, 2, 0), (3, 5, 0), (5, 6, 0)]),
    ([], [], []),
])
def test_decode_cuts_runs_into_spans(positions, tags, expected):
    spans = decode(positions, tags, [0.9] * len(tags))
    assert [(s, e, k) for s, e, k, _, _ in spans] == expected


def test_confidence_is_the_weakest_tag():
    spans = decode([0, 1, 2], [tag_of(0, "B"), tag_of(0, "I"), tag_of(0, "E")], [0.9, 0.4, 0.8])
    assert spans == [(0, 3, 0, 0.4, True)]


def test_only_spans_from_b_to_e_are_whole():
    spans = decode([0, 1, 3, 4, 6], [tag_of(0, "B"), tag_of(0, "I"), tag_of(0, "I"), tag_of(0, "E"), tag_of(0, "S")],
                   [0.9] * 5)
    assert [(s, e, whole) for s, e, _, _, whole in spans] == [(0, 2, False), (3, 5, False), (6, 7, True)]


def _invented_records():
    names = ["星河科技有限公司", "青山机械有限公司", "白云纺织有限公司", "绿野食品有限公司", "长风物流有限公司"]
    frames = ["记者走访了{}，了解生产情况。", "{}今年产值增长一成。", "他在{}工作了十年。"]
    records = []
    for name in names:
        for frame in frames:
            text = frame.format(name)
            a = text.index(name)
            records.append((text, {"COMPANY": [(a, a + len(name))]}))
    return records


def test_a_small_model_learns_organizations_from_invented_records():
    records = _invented_records()
    endings = trainer.ending_chars(records, min_count=3, min_ratio=0.05)
    assert ord("司") in endings.tolist()
    idx, y = trainer.featurise(records, endings, 14)
    assert (y > 0).sum() == sum(b - a for _, s in records for a, b in s["COMPANY"])
    weights, bias = trainer.train(idx.astype(np.int32), y, bits=14, epochs=8, rate=0.3, l2=0.0, batch=256)
    tagger = OrgTagger(weights, bias, endings, types={"公司": "COMPANY"}, threshold=0.1)
    text = "代表团参观了红枫电子有限公司。"
    assert tagger.organizations(text) == [(6, 14, "COMPANY")]
    again = OrgTagger.from_bytes(tagger.to_bytes())          # float16 on disk: the same decisions
    assert again.organizations(text) == tagger.organizations(text)
    assert again.threshold == 0.1 and again.types == {"公司": "COMPANY"}


def test_tags_of_gold_spans():
    y = trainer.tags_of(8, {"GOV": [(0, 3)], "PER": [(4, 6)], "ORG": [(7, 8)]})
    assert y.tolist() == [tag_of(0, "B"), tag_of(0, "I"), tag_of(0, "E"), 0, tag_of(1, "B"), tag_of(1, "E"), 0,
                          tag_of(0, "S")]


def test_the_trainer_holds_out_the_committed_records_and_tunes_on_others():
    corpora = {name: [(f"{name}{i}", {}) for i in range(30)] for name in trainer.CORPORA}
    parts = trainer.parts(corpora)
    for name in trainer.CORPORA:
        _, held = split(corpora[name])                        # the records benchmarks/heldout lists
        assert parts[name]["held"] == held
        assert [t for t, _ in parts[name]["tune"]] == [f"{name}{i}" for i in (4, 14, 24)]
        assert not {t for t, _ in parts[name]["train"]} & {t for t, _ in held + parts[name]["tune"]}


def test_type_table_reads_the_usual_type_of_an_ending():
    records = [("甲公司", {"COMPANY": [(0, 3)]}), ("乙公司", {"COMPANY": [(0, 3)]}), ("丙公司", {"COMPANY": [(0, 3)]}),
               ("丁局", {"GOV": [(0, 2)]})]
    table = trainer.type_table(records, min_count=3)
    assert table["公司"] == "COMPANY" and "局" not in table


# --- the shipped model ---------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped():
    return OrgTagger.load()


def test_the_shipped_model_is_small_and_complete(shipped):
    from importlib import resources

    size = len(resources.files("extract").joinpath("models/orgs.npz").read_bytes())
    assert size < 10_000_000
    assert shipped.weights.shape[1] == N_TAGS and LABELS == ("ORG", "PER")
    assert 0.0 < shipped.threshold < 1.0 and len(shipped.endings) > 20


@pytest.mark.parametrize("text, name, kind", [
    ("国务院总理今天在北京会见了美国通用汽车公司董事长。", "美国通用汽车公司", "COMPANY"),
    ("他毕业于北京大学，后来在外交部工作。", "外交部", "GOV"),
    ("他毕业于北京大学，后来在外交部工作。", "北京大学", "ORG"),
])
def test_the_shipped_model_proposes_typed_organizations(shipped, text, name, kind):
    found = {text[s:e]: label for s, e, label in shipped.organizations(text)}
    assert found.get(name) == kind


def test_the_shipped_model_on_text_without_organizations(shipped):
    assert shipped.organizations("") == []
    assert shipped.organizations("今天天气很好，我们去公园散步。") == []
    assert shipped.organizations("这家公司今年的销售额增长了两成。") == []


def test_the_default_backend_proposes_organizations_only_when_told_to():
    text = "国务院总理今天在北京会见了美国通用汽车公司董事长。"
    assert (13, 21, "COMPANY") in NamerBackend(orgs="builtin").organizations(text)
    assert NamerBackend().organizations(text) == []           # off by default: a fifth of the speed
    assert NamerBackend(orgs="none").organizations(text) == []
