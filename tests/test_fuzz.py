"""Property tests of the whole extraction on any text: no exception, every span in its article.

Each property runs the real chain, raw text -> ``normalise`` -> ``split_page`` ->
``extract_article`` -> the ``kg extract`` JSON, and checks what the README promises
of it (see :func:`check_text`).  Texts are drawn two ways: any Unicode at all, and
"newsy" text, pieces of real pages (the sample page and the development pages) cut
anywhere and glued with junk, which reaches the grammar far more often.

``benchmarks/fuzz.py`` runs the same properties for longer and counts the cases.
(tests/test_normalise.py and tests/test_page.py hold the properties of the
normaliser and the splitter alone.)
"""
from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.ingest import normalise, read_inputs
from extract.ingest.normalisation import printable
from extract.jsonio import dumps, record_from_json, record_to_json, schema
from extract.names import name_text
from extract.page import split_page
from extract.pipeline import ExtractConfig, extract_article
from extract.records import ArticleRecord, Source

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt", *sorted((ROOT / "benchmarks" / "devset").glob("*.txt"))]
LINES = sorted({line for p in PAGES for line in p.read_text(encoding="utf-8").splitlines() if line.strip()})
JUNK = [
    "\n", "\n\n", "\r\n", "\r", " ", "\u3000\u3000", "\t", "\x00", "\x1b[31m", "\x85", "\u2028", "\ufeff", "\u200b",
    "\u200d", "\u202e", "\ufffe", "\uffff", "\ud800", "\udfff", "\U0001f600", "e\u0301", "ﾃｽﾄ", "０１２３４５６７８９",
    "，。！？：；（）「」【】〔〕《》“”‘’、…—", ",.!?:;()[]<>\"'&", "(下转第2版)", "（上接第１版）", "本报讯", "记者 ",
    "通讯员", "摄", "25日,", "2025年9月26日", "市委书记", "副市长", "区委常委、", "出席", "主持", "陪同", "调研",
    "有限公司", "党工委", "人大常委会", "·", "习近平总书记关于", "書記", "縣長", "會議", "<script>alert(1)</script>",
    "&amp;", "javascript:", "\\", "%s%n", "{}", "null",
]
LOCALES = [None, "浙江省/杭州市/钱塘区", "四川省/德阳市", "新疆维吾尔自治区/喀什地区/疏勒县", "不存在省/某市"]

_CUT = st.tuples(st.sampled_from(LINES), st.integers(0, 300), st.integers(0, 300)).map(
    lambda t: t[0][min(t[1], t[2]):max(t[1], t[2])])
_PIECE = st.one_of(st.sampled_from(LINES), _CUT, st.sampled_from(JUNK), st.text(max_size=12))
NEWSY = st.lists(_PIECE, max_size=30).map("".join)
ANY_UNICODE = st.text(st.characters(exclude_categories=()), max_size=400)      # surrogates too
DATES = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


@cache
def _schema_validator():
    return jsonschema.Draft202012Validator(schema())


def _config(locale: str | None) -> ExtractConfig:
    return ExtractConfig(locale=locale)


# -- the checks -------------------------------------------------------------------------------------

def _inside(span, text: str) -> str:
    start, end = span
    assert isinstance(start, int) and isinstance(end, int), span
    assert 0 <= start < end <= len(text), (span, len(text))
    return text[start:end]


def _names_here(name: str, written: str) -> bool:
    """A person's span holds the name, or the surname of a reference resolved to it (李书记 -> 李振华);
    padding and variation selectors written inside a name (刘　非, 张︀明) are not part of it."""
    written = name_text(written, 0, len(written))
    return written == name or (len(written) < len(name) and name.startswith(written))


def check_record(rec: ArticleRecord, source: Source) -> None:
    """Every span inside the article and equal to what the record says is there; the JSON valid."""
    a = rec.article
    text = a.text
    assert 0 <= a.body_start <= len(text)
    assert 0 <= a.source_span[0] <= a.source_span[1] <= len(source.text)
    for i, c in enumerate(text):                      # Article.text -> Source.text, character for character
        assert source.text[a.offsets.to_source(i)] == c, (a.id, i)
    for p in rec.persons:
        assert p.name and p.spans
        for span in p.spans:
            assert _names_here(p.name, _inside(span, text)), (p.name, span, text[span[0]:span[1]])
        for t in p.titles:
            assert _inside(t.span, text) == t.surface, (t, text[t.span[0]:t.span[1]])
        for r in p.roles:
            assert r.role in _inside(r.span, text), (r, text[r.span[0]:r.span[1]])
        assert not (p.is_reporter and p.roles)
    for o in rec.organizations:
        assert o.name and o.spans
        for span in o.spans:
            assert _inside(span, text) == o.name, (o.name, span, text[span[0]:span[1]])
    for e in rec.events:
        if e.span is not None:
            _inside(e.span, text)
        orders = [pt.order for pt in e.participants]
        assert all(n >= 1 for n in orders)
        for pt in e.participants:
            if pt.span is not None:
                assert _names_here(pt.name, _inside(pt.span, text)), (pt.name, pt.span)
    line = dumps(rec)
    assert "\n" not in line
    line.encode("utf-8")                              # no lone surrogate reaches the output
    data = json.loads(line)
    _schema_validator().validate(data)
    assert record_to_json(record_from_json(data)) == data


def check_text(raw: str, *, date: str | None = None, locale: str | None = None) -> int:
    """Run the chain on ``raw`` and check every stage; return the number of articles."""
    text, offsets = normalise(raw)
    assert normalise(text) == (text, normalise(text)[1]) and normalise(text)[0] == text     # idempotent
    for i in range(len(text)):
        assert 0 <= offsets.to_source(i) < len(raw)
    source = Source(id="fuzz.txt", origin="fuzz.txt", text=text, raw=raw, offsets=offsets, date=date, locale=locale)
    articles = split_page(source)
    assert len({a.id for a in articles}) == len(articles)
    config = _config(locale)
    for article in articles:
        check_record(extract_article(article, config), source)
    return len(articles)


def check_jsonl_graph(record: dict) -> None:
    """One JSONL record with any id, headline, url and publication, through ingest, extraction,
    the graph and its GraphML and GEXF files, read back with the safe readers."""
    from kg.export.files import write_gexf, write_graphml
    from kg.export.readers import read_gexf, read_graphml
    from kg.graph import build_graph

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feed.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="ascii")         # escapes keep lone surrogates
        items = list(read_inputs([str(path)]))
        sources = [s for s in items if isinstance(s, Source)]
        if not sources:
            return                                     # an id or text the reader refuses, with its reason
        [source] = sources
        assert printable(source.id) == source.id and printable(source.origin) == source.origin
        records = []
        for article in split_page(source):
            rec = extract_article(article, _config(None))
            check_record(rec, source)
            records.append(rec)
        G = build_graph(records)
        write_graphml(G, Path(tmp) / "g.graphml")
        write_gexf(G, Path(tmp) / "g.gexf")
        assert read_graphml(Path(tmp) / "g.graphml").number_of_nodes() == G.number_of_nodes()
        assert read_gexf(Path(tmp) / "g.gexf").number_of_nodes() == G.number_of_nodes()


JSONL_RECORDS = st.fixed_dictionaries(
    {"id": st.one_of(st.text(st.characters(exclude_categories=()), min_size=1, max_size=30), st.integers()),
     "text": NEWSY.filter(str.strip)},
    optional={"headline": ANY_UNICODE, "url": ANY_UNICODE, "publication": ANY_UNICODE, "date": DATES},
)

# -- the properties ---------------------------------------------------------------------------------

_SLOW = [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large]


@settings(max_examples=150, deadline=None, suppress_health_check=_SLOW)
@given(NEWSY, DATES, st.sampled_from(LOCALES))
def test_newsy_text_extracts_with_every_span_in_place(raw, date, locale):
    check_text(raw, date=date, locale=locale)


@settings(max_examples=100, deadline=None, suppress_health_check=_SLOW)
@given(ANY_UNICODE)
def test_any_unicode_extracts_with_every_span_in_place(raw):
    check_text(raw)


@settings(max_examples=30, deadline=None, suppress_health_check=_SLOW)
@given(JSONL_RECORDS)
def test_any_jsonl_record_gives_graph_files_that_read_back(record):
    check_jsonl_graph(record)


def test_the_real_pages_pass_the_same_checks():
    """The checks hold on every real page (so that a fuzz failure is a real one, not a wrong check)."""
    for page in PAGES:
        assert check_text(page.read_text(encoding="utf-8"), date="2025-09-26", locale=LOCALES[1]) >= 1
