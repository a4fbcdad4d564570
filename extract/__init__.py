"""officials-kg extraction: text in, records out.  Never imports ``kg``.

This module is the one door: ``kg`` (and a program) imports from ``extract`` only
the names listed in ``__all__``.

    from extract import ExtractConfig, extractor, read_inputs
    ex = extractor(ExtractConfig(locale="浙江省/杭州市/钱塘区"))     # one per configuration and process
    records = list(ex.pipe(s for s in read_inputs(["pages/"]) if not isinstance(s, Exception)))

    from extract import extract_text                                 # a string, for notebooks
    records = extract_text(page_text, date="2025-09-26", locale="浙江省/杭州市/钱塘区")
"""
from extract import errors
from extract.backends import DEFAULT_BACKEND
from extract.backends import available as available_backends
from extract.errors import (
    InputError,
    LexiconError,
    MissingDependency,
    ModelNotFound,
    OfficialsKgError,
    StoreError,
    UnknownBackend,
    UsageError,
)
from extract.extractor import EXTRACTOR_VERSION, ExtractConfig, Extractor, extractor, jumps
from extract.ingest import normalise, read_inputs
from extract.ingest.files import JSONL_SUFFIXES, KNOWN_SUFFIXES
from extract.ingest.normalisation import simplified
from extract.jsonio import dumps, record_from_json, record_to_json, schema
from extract.lexicon import BUILTIN_DIR as BUILTIN_LEXICON_DIR
from extract.lexicon import digest as lexicon_digest
from extract.describe import describe_split
from extract.pipeline import extract_article, extract_source, extract_sources, extract_text
from extract.records import (
    SCHEMA_VERSION,
    Appointment,
    AppointmentAction,
    Article,
    ArticlePart,
    ArticleRecord,
    Event,
    EventKind,
    OffsetMap,
    Organization,
    OrgKind,
    PageInfo,
    Participant,
    Person,
    Place,
    Role,
    Source,
    TextSpan,
    Title,
)

__all__ = [
    # extraction
    "EXTRACTOR_VERSION", "ExtractConfig", "Extractor", "extractor", "jumps", "extract_text",
    "DEFAULT_BACKEND", "available_backends", "describe_split",
    # input
    "read_inputs", "normalise", "simplified", "JSONL_SUFFIXES", "KNOWN_SUFFIXES",
    # the kg extract JSON Lines format
    "dumps", "record_to_json", "record_from_json", "schema", "SCHEMA_VERSION",
    # lexicons: what an extraction read
    "BUILTIN_LEXICON_DIR", "lexicon_digest",
    # records
    "Appointment", "AppointmentAction", "Article", "ArticlePart", "ArticleRecord", "Event", "EventKind", "OffsetMap", "Organization", "OrgKind",
    "PageInfo", "Participant", "Person", "Place", "Role", "Source", "TextSpan", "Title",
    # errors
    "errors", "OfficialsKgError", "InputError", "UsageError", "UnknownBackend", "MissingDependency",
    "ModelNotFound", "LexiconError", "StoreError",
    # the first API, wrappers over Extractor kept for programs written against it
    "extract_article", "extract_source", "extract_sources",
]
