"""Ingest: every input (text, JSONL, HTML files, folders of them) -> ``Source`` records.

    read_inputs(paths, *, locale=None)  -> Iterator[Source | InputError]
    decode_bytes(data, *, path)         -> (text, encoding name)
    normalise(text)                     -> (normalised text, OffsetMap back to text)

Modules: ``encoding`` (bytes -> text), ``normalisation`` (clean-up and
traditional -> simplified), ``jsonl`` and ``html`` (the two structured
formats), ``files`` (the file system: the only I/O of ``extract``).
"""
from extract.ingest.encoding import decode_bytes
from extract.ingest.files import read_inputs
from extract.ingest.normalisation import normalise

__all__ = ["decode_bytes", "normalise", "read_inputs"]
