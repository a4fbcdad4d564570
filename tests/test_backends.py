"""NER backends: the shipped spaCy model, any spaCy pipeline, HanLP's fast failures, the registry and the CLI."""
from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest

from extract import backends
from extract.backends.hanlp_backend import INSTALL, HanlpBackend, find_model
from extract.backends.spacy_backend import MODEL, SpacyBackend, char_bigrams, char_words
from extract.errors import MissingDependency, ModelNotFound, UnknownBackend


# Real sentences: from the sample page, and of the kind the corpora hold (national news).
TEXTS = [
    ("24日,金承涛来到杭州博岳生物技术有限公司、新城电子(杭州)有限公司,走访慰问高层次人才代表。刘国娟、杨帆参加。",
     {"金承涛", "刘国娟", "杨帆"}),
    ("本报讯(记者 董笑瑜)25日,钱塘(新)区“亲清面对面·政企早餐会”举行。", {"董笑瑜"}),
    ("国务院副总理王勇在会上讲话，他指出，要切实做好春运工作。", {"王勇"}),
]


# ---------------------------------------------------------------------------
# the registry and the CLI
# ---------------------------------------------------------------------------

def test_available_lists_the_model_backends():
    names = backends.available()
    assert {"none", "namer", "lac", "jieba", "spacy", "hanlp"} <= set(names)
    assert names == sorted(names)


def test_unknown_backend_is_one_line_naming_the_choices():
    with pytest.raises(UnknownBackend) as err:
        backends.load("stanza")
    msg = str(err.value)
    assert "\n" not in msg
    assert msg.startswith("no NER backend 'stanza'; available: ")
    assert msg.endswith(", ".join(backends.available()))


def test_cli_help_lists_the_backends(capsys):
    from kg.cli import main

    with pytest.raises(SystemExit) as done:
        main(["extract", "--help"])
    assert done.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "{" + ",".join(backends.available()) + "}" in out


def test_cli_rejects_an_unknown_backend_in_one_line(capsys, tmp_path):
    from kg.cli import main

    page = tmp_path / "p.txt"
    page.write_text("本报讯 市长出席。", encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        main(["extract", str(page), "--backend", "stanza"])
    assert done.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert "invalid choice: 'stanza'" in err[-1]
    assert "spacy" in err[-1] and "hanlp" in err[-1]


def test_cli_reports_a_missing_model_in_one_line(capsys, tmp_path):
    from kg.cli import main

    page = tmp_path / "p.txt"
    page.write_text("本报讯 25日,市委书记出席会议,他指出要抓好落实。", encoding="utf-8")
    status = main(["extract", str(page), "-o", str(tmp_path / "out.jsonl"), "--backend", "spacy",
                   "--model", str(tmp_path / "no-model")])
    assert status == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"kg: error: the spacy backend found no model at '{tmp_path / 'no-model'}'")


# ---------------------------------------------------------------------------
# the shipped spaCy model
# ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped() -> SpacyBackend:
    pytest.importorskip("jieba")      # the shipped model reads jieba's word boundaries
    return SpacyBackend()


def test_the_model_ships_small():
    files = [p for p in MODEL.rglob("*") if p.is_file()]
    assert (MODEL / "config.cfg").is_file() and (MODEL / "meta.json").is_file()
    assert sum(p.stat().st_size for p in files) < 40 * 2**20
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    assert set(meta["labels"]["ner"]) == {"PER", "TITLE", "GOV", "COMPANY", "ORG", "LOC"}
    assert meta["sources"]


@pytest.mark.parametrize("text, names", TEXTS)
def test_shipped_model_finds_persons(shipped, text, names):
    found = {text[s:e] for s, e, label in shipped.entities(text) if label == "PER"}
    assert names <= found


def test_shipped_model_on_the_sample_page(shipped, sample_text, gold_page):
    text = sample_text
    persons = {p["name"] for a in gold_page["articles"] for p in a["persons"]}
    found = {text[s:e] for s, e, label in shipped.entities(text) if label == "PER"}
    # the model alone, with no grammar: most of the page's persons, and mostly persons
    assert len(found & persons) >= 0.6 * len(persons)
    assert len(found & persons) >= 0.6 * len(found)
    assert {"金承涛", "沈燕俊", "陈瑾", "郭燕", "赵一霖"} <= found      # with and without a post, in bylines


def test_shipped_model_labels_and_offsets(shipped):
    text = TEXTS[0][0] + "\n" + TEXTS[2][0]
    spans = shipped.spans(text)
    assert spans
    for s, e, label in spans:
        assert 0 <= s < e <= len(text) and text[s:e].strip() == text[s:e]
        assert label in {"PER", "TITLE", "GOV", "COMPANY", "ORG", "LOC"}
    labels = {label for _, _, label in spans}
    assert "COMPANY" in labels and "TITLE" in labels
    coarse = shipped.entities(text)
    assert shipped.entities(text, skip=[(0, 3)]) == coarse     # the protocol's skip is accepted (and not needed)
    assert {label for _, _, label in coarse} <= {"PER", "ORG", "LOC"}
    assert len(coarse) == sum(1 for _, _, label in spans if label != "TITLE")


def test_shipped_model_empty_text(shipped):
    assert shipped.entities("") == []
    assert shipped.tokens("国务院") is None


def test_backend_is_loaded_once_per_options(shipped):
    assert backends.load("spacy") is backends.load("spacy")
    assert backends.load("spacy").scope == "text"
    assert backends.load("spacy", scope="sentences").scope == "sentences"
    assert backends.load("spacy", scope="sentences") is not backends.load("spacy")


def test_spacy_backend_keeps_the_name_models_names_and_adds_its_own(shipped):
    from extract.namer import propose
    from extract.vocab import vocabulary

    text = "会上,企业家代表张建华发言。随后阿布都拉·热合曼介绍了合作社的情况。"
    namer = {text[s:e] for s, e, _ in propose(text, vocabulary())}
    found = {text[s:e] for s, e, label in shipped.entities(text) if label == "PER"}
    assert "张建华" in namer and "张建华" in found
    assert "阿布都拉·热合曼" in found
    grammar = (text.index("张建华"), text.index("张建华") + 3)
    assert "张建华" not in {text[s:e] for s, e, label in shipped.entities(text, skip=[grammar]) if label == "PER"}


@pytest.mark.parametrize("name, ok", [
    ("张建华", True), ("阿布都拉·热合曼", True), ("达米罗夫", True),
    ("杭州市", False), ("中国队", False), ("总经理", False), ("张", False), ("Tom", False), ("·热合曼", False),
])
def test_model_names_are_checked_by_the_grammar(name, ok):
    from extract.backends.spacy_backend import model_name
    from extract.vocab import vocabulary

    assert model_name(name, vocabulary()) is ok


def test_model_organizations_are_accepted_where_the_grammar_has_none():
    from extract.organizations import accept_proposals, find_organizations
    from extract.vocab import vocabulary

    vocab = vocabulary()
    text = "国务委员会见了侨务部和杭州市的代表,随后到市政府座谈,《星光公司》一书。"

    def at(word, label):
        i = text.index(word)
        return i, i + len(word), label

    proposals = [at("国务委员", "ORG"), at("侨务部", "GOV"), at("杭州市", "ORG"), at("政府座谈", "ORG"),
                 at("星光公司", "COMPANY")]
    accepted = {name: kind.value for name, _, kind in accept_proposals(text, proposals, vocab)}
    assert accepted == {"侨务部": "government", "政府座谈": "other", "星光公司": "company"}  # no post, no place
    found = {o.name: o.kind.value for o in find_organizations(text, vocab, proposals=proposals)}
    # the grammar's 市政府 wins over the overlapping proposal; nothing inside a title of a work
    assert found == {"侨务部": "government", "市政府": "government"}
    assert {o.name for o in find_organizations(text, vocab)} == {"市政府"}


def test_spacy_backend_rejects_an_unknown_scope():
    from extract.errors import UsageError

    with pytest.raises(UsageError, match="no scope 'page'; choose one of: sentences, text"):
        SpacyBackend(scope="page")


# ---------------------------------------------------------------------------
# any spaCy pipeline; failures
# ---------------------------------------------------------------------------

def test_spacy_backend_loads_a_users_pipeline(tmp_path):
    import spacy

    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "王勇"}, {"label": "GPE", "pattern": "北京"},
                        {"label": "ORG", "pattern": "国务院"}, {"label": "DATE", "pattern": "今天"}])
    nlp.to_disk(tmp_path / "mine")
    backend = SpacyBackend(str(tmp_path / "mine"))
    text = "今天，国务院副总理王勇在北京讲话。"
    assert backend.entities(text) == [(3, 6, "ORG"), (9, 11, "PER"), (12, 14, "LOC")]
    assert ("今天", "DATE") in {(text[s:e], label) for s, e, label in backend.spans(text)}


def test_spacy_backend_missing_model_fails_fast(tmp_path):
    with pytest.raises(ModelNotFound) as err:
        SpacyBackend(str(tmp_path / "nowhere"))
    msg = str(err.value)
    assert "\n" not in msg
    assert msg.startswith(f"the spacy backend found no model at '{tmp_path / 'nowhere'}'; give --model")


def test_spacy_backend_needs_an_entity_component(tmp_path):
    import spacy

    spacy.blank("zh").to_disk(tmp_path / "blank")
    with pytest.raises(ModelNotFound, match="no component that sets entities"):
        SpacyBackend(str(tmp_path / "blank"))


def test_spacy_backend_broken_config_is_one_line(tmp_path):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "config.cfg").write_text("[nlp]\nlang = \"zh\"\npipeline = [\"ner\"]\n", encoding="utf-8")
    with pytest.raises(ModelNotFound) as err:
        SpacyBackend(str(tmp_path / "bad"))
    assert "\n" not in str(err.value) and "spaCy could not load it" in str(err.value)


def test_char_bigrams_norms():
    import spacy
    from spacy.strings import get_string_id

    doc = char_bigrams(spacy.blank("zh")("市委书记 出席"))
    assert [t.text for t in doc] == list("市委书记出席")
    expected = ["市委", "委书", "书记", "记$", "出席", "席$"]
    assert [t.norm for t in doc] == [get_string_id(x) for x in expected]
    words = spacy.blank("en")("the party committee")
    assert [t.norm_ for t in char_bigrams(words)] == ["the", "party", "committee"]


def test_char_words_marks_each_character_with_its_word():
    pytest.importorskip("jieba")
    import spacy
    from spacy.strings import get_string_id

    doc = char_words(spacy.blank("zh")("国务院总理在北京讲话"))
    expected = ["B国务院", "M国务院", "E国务院", "B总理", "E总理", "S在", "B北京", "E北京", "B讲话", "E讲话"]
    assert [t.lemma for t in doc] == [get_string_id(x) for x in expected]


# ---------------------------------------------------------------------------
# HanLP: fast failures without HanLP, and real loading code against a stand-in package
# ---------------------------------------------------------------------------

def _clear_env(monkeypatch) -> None:
    """No HanLP variables, and whatever the backend sets is undone after the test."""
    for var in ("HANLP_HOME", "HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        monkeypatch.setenv(var, "")
        monkeypatch.delenv(var)


@pytest.fixture
def no_hanlp(monkeypatch):
    """Make ``import hanlp`` fail as if it were not installed; and no HANLP_HOME."""
    monkeypatch.setitem(sys.modules, "hanlp", None)
    _clear_env(monkeypatch)


def _model_dir(root: Path, rel: str = "mtl/close_tok_pos_ner_srl_dep_sdp_con_electra_small_20210304_135840") -> Path:
    d = root / rel
    d.mkdir(parents=True)
    (d / "config.json").write_text('{"classpath": "hanlp.components.mtl.multi_task_learning.MultiTaskLearning"}',
                                   encoding="utf-8")
    return d


def test_hanlp_without_a_path_or_home(no_hanlp):
    with pytest.raises(ModelNotFound) as err:
        HanlpBackend()
    msg = str(err.value)
    assert "\n" not in msg
    assert msg.startswith("the hanlp backend found no model (no path given); give --model")
    assert "HANLP_HOME" in msg and "never downloads" in msg


def test_hanlp_missing_path_fails_before_importing_hanlp(no_hanlp, tmp_path):
    # ``import hanlp`` would raise MissingDependency here: ModelNotFound shows the path was checked first
    with pytest.raises(ModelNotFound) as err:
        HanlpBackend(str(tmp_path / "absent"))
    assert str(err.value).startswith(f"the hanlp backend found no model at '{tmp_path / 'absent'}'")


def test_hanlp_directory_without_a_model(no_hanlp, tmp_path):
    with pytest.raises(ModelNotFound):
        HanlpBackend(str(tmp_path))


def test_hanlp_home_without_ner_models(no_hanlp, monkeypatch, tmp_path):
    _model_dir(tmp_path, "tok/coarse_electra_small_20220616_012050")
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    with pytest.raises(ModelNotFound, match="HANLP_HOME holds no NER model under mtl/ or ner/"):
        HanlpBackend()


def test_hanlp_not_installed_gives_the_pip_line(no_hanlp, tmp_path):
    model = _model_dir(tmp_path)
    with pytest.raises(MissingDependency) as err:
        HanlpBackend(str(model))
    assert str(err.value) == ("the hanlp backend needs the package 'hanlp', which is not installed; run: "
                              ".venv/bin/pip install '.[hanlp]' --extra-index-url https://download.pytorch.org/whl/cpu")
    assert INSTALL in str(err.value)


def test_find_model_prefers_a_multitask_ner_model(tmp_path):
    _model_dir(tmp_path, "ner/msra_ner_electra_small_20220215_205503")
    mtl = _model_dir(tmp_path)
    _model_dir(tmp_path, "mtl/close_tok_pos_srl_20210101")      # no ner in its name
    assert find_model(None, str(tmp_path)) == (mtl, tmp_path)
    # a path given: HANLP_HOME defaults to HanLP's layout, two levels up
    assert find_model(str(mtl), None) == (mtl, tmp_path.resolve())


STAND_IN = '''
"""A stand-in for HanLP with its loading entry points, to test the backend's own code."""
import os
HOME_AT_IMPORT = os.environ.get("HANLP_HOME")
OFFLINE_AT_IMPORT = os.environ.get("HF_HUB_OFFLINE")
loaded = []

class Doc(dict):
    pass

class MultiTaskLearning:
    tasks = {"tok/fine": 0, "pos/pku": 1, "ner/msra": 2, "dep": 3}

    def __call__(self, text, tasks=()):
        words = [text[:4], text[4:6], text[6:8], text[8:]]
        return Doc({"tok/fine": words, "pos/pku": ["nt", "n", "nr", "v"],
                    "ner/msra": [(words[0], "ORGANIZATION", 0, 1), (words[2], "PERSON", 2, 3),
                                 (words[3], "DATE", 3, 4)]})

def load(path, **kwargs):
    from hanlp.utils import io_util
    loaded.append(path)
    if path.endswith("needs-download"):
        return io_util.get_resource("https://file.hankcs.com/hanlp/transformers/electra_zh_small_20210706_125427.zip")
    return MultiTaskLearning()
'''

IO_UTIL = '''
CALLED = []

def download(url, save_path, verbose=True):
    CALLED.append(url)        # HanLP would try the network here, and retry for a long time
    raise OSError("network unreachable")

def get_resource(path, save_dir=None):
    return download(url=path, save_path="/home/user/.hanlp/transformers/electra_zh_small_20210706_125427.zip")
'''


@pytest.fixture
def stand_in(monkeypatch, tmp_path):
    pkg = tmp_path / "site" / "hanlp"
    (pkg / "utils").mkdir(parents=True)
    (pkg / "__init__.py").write_text(textwrap.dedent(STAND_IN), encoding="utf-8")
    (pkg / "utils" / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "utils" / "io_util.py").write_text(textwrap.dedent(IO_UTIL), encoding="utf-8")
    (pkg / "utils" / "component_util.py").write_text("def get_latest_info_from_pypi():\n    raise RuntimeError\n",
                                                     encoding="utf-8")
    for name in [m for m in sys.modules if m == "hanlp" or m.startswith("hanlp.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    _clear_env(monkeypatch)
    yield tmp_path / "home"
    for name in [m for m in sys.modules if m == "hanlp" or m.startswith("hanlp.")]:
        del sys.modules[name]


def test_hanlp_sets_its_home_before_import_and_reads_a_multitask_model(stand_in):
    model = _model_dir(stand_in)
    backend = HanlpBackend(str(model))
    hanlp = sys.modules["hanlp"]
    assert hanlp.HOME_AT_IMPORT == str(stand_in.resolve())
    assert hanlp.OFFLINE_AT_IMPORT == "1"
    assert hanlp.loaded == [str(model)]
    text = "国务院  会见王勇出席会议"
    # words: "国务院 ", " 会", "见王", "勇出席会议": offsets follow the words, labels the protocol's
    assert backend.entities(text) == [(0, 4, "ORG"), (6, 8, "PER")]
    assert backend.segments is True
    assert backend.tokens(text) == [(0, 4, "ORG"), (4, 6, "n"), (6, 8, "PER"), (8, 13, "v")]


def test_hanlp_download_fails_at_once(stand_in):
    model = _model_dir(stand_in, "mtl/needs-download")
    with pytest.raises(ModelNotFound) as err:
        HanlpBackend(str(model))
    assert sys.modules["hanlp.utils.io_util"].CALLED == []     # HanLP's own downloader never ran
    msg = str(err.value)
    assert "\n" not in msg
    assert "needs https://file.hankcs.com/hanlp/transformers/electra_zh_small_20210706_125427.zip" in msg
    assert "officials-kg does not download" in msg
