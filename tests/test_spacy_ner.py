"""Training data of the spaCy NER model: label mapping, missing annotations, held-out split (no model needed)."""
from __future__ import annotations

import json

import pytest
import spacy

from extract.training.spacy_ner import COARSE_ORG, MISSING, Dataset, char_annotation, example, org_label, prepared
from extract.vocab import vocabulary

TEXT = "国务院总理李鹏今天在人民大会堂会见了外宾，外交部副部长陪同。"
#       0  3  5 7   10    15                  21 24 27


@pytest.fixture(scope="module")
def vocab():
    return vocabulary()


@pytest.mark.parametrize("name, label", [
    ("外交部", "GOV"), ("浙江省人民政府", "GOV"), ("中国银行股份有限公司", "COMPANY"),
    ("华为技术有限公司", "COMPANY"), ("北京大学", "ORG"), ("国际足联", "ORG"),
])
def test_coarse_organizations_are_typed_by_their_ending(vocab, name, label):
    assert org_label(name, vocab) == label


def test_posts_are_missing_where_a_corpus_has_no_posts(vocab):
    spans = {"PER": [(5, 7)], COARSE_ORG: [(0, 3), (21, 24)], "LOC": [(10, 15)]}
    ents, missing = char_annotation(TEXT, spans, lacks=frozenset({"TITLE"}), vocab=vocab)
    assert ents == [(0, 3, "GOV"), (5, 7, "PER"), (10, 15, "LOC"), (21, 24, "GOV")]
    assert [TEXT[a:b] for a, b in missing] == ["总理", "副部长"]
    # a corpus that annotates posts: nothing missing, its O is a real O
    _, missing = char_annotation(TEXT, spans, lacks=frozenset(), vocab=vocab)
    assert missing == []


def test_missing_labels_and_overlaps(vocab):
    text = "他在故宫博物院参观了国家博物馆。"
    spans = {MISSING: [(2, 4)], "ORG": [(2, 7), (10, 15)], "LOC": [(10, 12)]}
    ents, missing = char_annotation(text, spans, lacks=frozenset(), vocab=vocab)
    assert ents == [(2, 7, "ORG"), (10, 15, "ORG")]       # the longer of two overlapping spans
    assert missing == []                                   # a missing span inside an entity gives way
    ents, missing = char_annotation(text, {MISSING: [(2, 7)]}, lacks=frozenset(), vocab=vocab)
    assert (ents, missing) == ([], [(2, 7)])


def test_example_marks_missing_tokens_for_the_ner(vocab):
    nlp = spacy.blank("zh")
    ents, missing = char_annotation(TEXT, {"PER": [(5, 7)], COARSE_ORG: [(0, 3)]},
                                    lacks=frozenset({"TITLE"}), vocab=vocab)
    eg = example(nlp, TEXT, ents, missing)
    iob = [t.ent_iob_ for t in eg.reference]
    assert iob[:9] == ["B", "I", "I", "", "", "B", "I", "O", "O"]
    assert [e.label_ for e in eg.reference.ents] == ["GOV", "PER"]
    assert [t.text for t in eg.predicted] == list(TEXT)


class _Words:
    """A word segmenter's tokenization (as spaCy's zh with jieba would give), fixed for the test."""

    def __init__(self, words):
        self.vocab = spacy.blank("zh").vocab
        self.words = words

    def make_doc(self, text):
        from spacy.tokens import Doc

        assert "".join(self.words) == text
        return Doc(self.vocab, words=self.words, spaces=[False] * len(self.words))


def test_example_with_words_marks_misaligned_entities_missing():
    text = "杭州市委书记刘非出席"
    nlp = _Words(["杭州", "市委书记", "刘非", "出席"])
    eg = example(nlp, text, [(0, 4, "GOV"), (6, 8, "PER")], [(4, 6)])
    # 杭州市委 ends inside the word 市委书记: the span cannot be learnt, so its words are missing
    assert [t.ent_iob_ for t in eg.reference] == ["", "", "B", "O"]
    assert [(e.text, e.label_) for e in eg.reference.ents] == [("刘非", "PER")]


def test_prepared_holds_out_every_tenth_record(tmp_path, vocab):
    lines = []
    for i in range(20):
        lines += ["王 B-PER", "勇 I-PER", f"{'说看'[i % 2]} O", ""]
    (tmp_path / "bio").write_text("\n".join(lines), encoding="utf-8")
    with open(tmp_path / "c.json", "w", encoding="utf-8") as fh:
        for i in range(10):
            rec = {"text": f"参观故宫{i}", "label": {"scene": {"故宫": [[2, 3]]}, "game": {"x": [[4, 4]]}}}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sets = (Dataset("bio", ("bio",), "tagged", {"PER": "PER"}, frozenset({"TITLE"})),
            Dataset("clue", ("c.json",), "cluener", {"scene": MISSING}, frozenset()))
    train = prepared(tmp_path, "train", vocab=vocab, datasets=sets)
    held = prepared(tmp_path, "dev", vocab=vocab, datasets=sets)
    assert (len(train["bio"]), len(held["bio"])) == (18, 2)
    assert (len(train["clue"]), len(held["clue"])) == (9, 1)
    assert held["bio"][0] == ("王勇看", [(0, 2, "PER")], [])
    assert held["clue"][0] == ("参观故宫9", [], [(2, 4)])
    with pytest.raises(ValueError, match="part must be 'train' or 'dev'"):
        prepared(tmp_path, "test", vocab=vocab, datasets=sets)
