"""HTML -> main text and metadata, with trafilatura.

The text keeps the page's structure: each paragraph, heading or table row that
trafilatura keeps becomes one line, and lines are separated by a blank line,
which the page splitter reads as a paragraph break.  Scripts, styles and page
furniture (menus, footers) are trafilatura's to drop.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extract.errors import InputError
from extract.ingest.encoding import decode_bytes, empty_file

_MAX_HTML_BYTES = 1 << 30       # trafilatura's own limit (20 MB) would refuse a large e-paper dump
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
_DECLARED = {  # declared charset -> the codec that reads it (the superset)
    b"gb2312": "gb18030", b"gbk": "gb18030", b"gb18030": "gb18030", b"x-gbk": "gb18030", b"cp936": "gb18030",
    b"big5": "big5hkscs", b"big5-hkscs": "big5hkscs", b"x-x-big5": "big5hkscs", b"cp950": "cp950",
}
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_CJK_RE = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_HTML_START_RE = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What trafilatura found in a page (text not yet normalised)."""

    text: str
    title: str | None = None
    date: str | None = None         # YYYY-MM-DD
    url: str | None = None
    sitename: str | None = None


def decode_html(data: bytes, *, path: str) -> tuple[str, str]:
    """Decode an HTML file: UTF-8 and the byte-order marks first, then the charset the page
    declares in a ``<meta>`` tag (when it decodes), then the detection of ``decode_bytes``."""
    if data.startswith(_BOMS) or b"\x00" in data:
        return decode_bytes(data, path=path)
    try:
        return _non_empty(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    found = _CHARSET_RE.search(data[:4096])
    codec = _DECLARED.get(found.group(1).lower()) if found else None
    if codec:
        try:
            return _non_empty(data.decode(codec), path), codec
        except UnicodeDecodeError:
            pass
    return decode_bytes(data, path=path)


def _non_empty(text: str, path: str) -> str:
    if not text.strip():
        raise empty_file(path)
    return text


def looks_like_html(text: str) -> bool:
    """Whether a text of unknown kind opens like an HTML document."""
    return _HTML_START_RE.match(text[:4096]) is not None


def extract_html(html: str, *, path: str) -> HtmlPage:
    """The main text and metadata of an HTML page; ``InputError`` if it holds no text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        config=_config(),
    )
    body = doc.text if doc is not None and doc.text else ""
    if not body.strip():
        # Too little for the main-content heuristics (a short notice): take the page's whole text.
        body = trafilatura.html2txt(html)
    lines = [line.strip() for line in body.split("\n")]
    lines = _restore_headings(html, [line for line in lines if line])
    text = "\n\n".join(lines)
    if not text:
        raise InputError(path, "no text found in the HTML page",
                         "check that the file is the article page, or save its text as .txt")
    if doc is None:
        return HtmlPage(text)
    return HtmlPage(
        text,
        title=_clean(doc.title),
        date=doc.date if doc.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date) else None,
        url=_clean(doc.url),
        # trafilatura falls back on the host name; only a real name is a publication
        sitename=_clean(doc.sitename) if doc.sitename and _CJK_RE.search(doc.sitename) else None,
    )


def _restore_headings(html: str, lines: list[str]) -> list[str]:
    """Put back the headings (h1-h4) that trafilatura dropped, each before the paragraph that follows it.

    A page of an e-paper site lists several articles under their headlines; the
    main-text heuristics keep the paragraphs but may drop the headlines, which the
    page splitter needs to cut the page into articles.
    """
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return lines
    present = set(lines)
    out = list(lines)
    pending: list[str] = []
    for el in root.iter("h1", "h2", "h3", "h4", "p", "div"):
        text = " ".join(el.text_content().split())
        if not text:
            continue
        if el.tag in ("h1", "h2", "h3", "h4"):
            if text not in present:
                pending.append(text)
            continue
        if pending and el.tag == "p" and text in present:
            at = out.index(text)
            out[at:at] = pending
            present.update(pending)
            pending = []
    return out


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None


@functools.cache
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_FILE_SIZE", str(_MAX_HTML_BYTES))
    # Dates only from the page's metadata (meta tags, <time>, URL), not guessed from its text:
    # a date given with the input wins over the dates in the text downstream.
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config
