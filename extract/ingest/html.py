"""HTML -> main text and metadata, with trafilatura.

The text keeps the page's structure: each paragraph, heading or table row that
trafilatura keeps becomes one line, and lines are separated by a blank line,
which the page splitter reads as a paragraph break.  Scripts, styles and page
furniture (menus, footers) are trafilatura's to drop.

The page is parsed here, as trafilatura parses it but with lxml's ``huge_tree``:
libxml2 otherwise stops at 256 nested elements and drops the rest of the page
(old pages open a ``<font>`` in every paragraph and close none).  Even so it
stops at 2048; a page nested deeper is read as the plain text of all of it (a
line per block element, scripts and styles left out, menus kept), with the
standard library's tokenizer, which has no depth to run out of.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from extract.errors import InputError
from extract.ingest.encoding import decode_bytes, empty_file

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

    tree = _parse(html)
    if tree is None:
        page = _plain_text(html)
        if not page.text:
            raise InputError(path, "no text found in the HTML page",
                             "check that the file is the article page, or save its text as .txt")
        return page
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        config=_config(),
    )
    body = doc.text if doc is not None and doc.text else ""
    if not body.strip():
        # Too little for the main-content heuristics (a short notice): take the page's whole text.
        body = trafilatura.html2txt(tree)
    lines = [line.strip() for line in body.split("\n")]
    lines = _restore_headings(tree, [line for line in lines if line])
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


def _parse(html: str):
    """The page as an lxml tree (trafilatura's parser options, with ``huge_tree``); None if the
    page nests elements deeper than libxml2 goes even so, or cannot be parsed at all."""
    import lxml.etree
    import lxml.html
    from trafilatura.utils import repair_faulty_html

    parser = _parser()
    html = repair_faulty_html(html, html[:50].lower())
    try:
        try:
            tree = lxml.html.fromstring(html, parser=parser)
        except ValueError:          # a str that declares an encoding (<?xml ... encoding=...?>)
            tree = lxml.html.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in e.message for e in parser.error_log):
        return None
    return tree


@functools.cache
def _parser():
    import lxml.html

    return lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                remove_comments=True, remove_pis=True, huge_tree=True)


class _PlainText(HTMLParser):
    """The text of a page, a line per block element, without scripts and styles; and its title
    (the standard library's tokenizer: it keeps no tree, so no depth runs out)."""

    BLOCKS = frozenset({"address", "article", "blockquote", "br", "center", "dd", "div", "dl", "dt", "footer",
                        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section",
                        "table", "td", "th", "tr", "ul"})
    NO_TEXT = frozenset({"noscript", "script", "style", "template", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.hidden = 0         # inside how many NO_TEXT elements
        self.in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.NO_TEXT:
            self.hidden += 1
            self.in_title = tag == "title"
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.NO_TEXT:
            self.hidden = max(0, self.hidden - 1)
            self.in_title = False
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.parts.append(data)


def _plain_text(html: str) -> HtmlPage:
    """A page's plain text, paragraphs separated by a blank line, and its title (for pages too deep
    to parse)."""
    reader = _PlainText()
    reader.feed(html)
    reader.close()
    lines = (" ".join(line.split()) for line in "".join(reader.parts).split("\n"))
    return HtmlPage("\n\n".join(line for line in lines if line), title=_clean("".join(reader.title)))


def _restore_headings(root, lines: list[str]) -> list[str]:
    """Put back the headings (h1-h4) that trafilatura dropped, each before the paragraph that follows it.

    A page of an e-paper site lists several articles under their headlines; the
    main-text heuristics keep the paragraphs but may drop the headlines, which the
    page splitter needs to cut the page into articles.
    """
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
    # Dates only from the page's metadata (meta tags, <time>, URL), not guessed from its text:
    # a date given with the input wins over the dates in the text downstream.
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config
