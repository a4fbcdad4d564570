"""Ids and keys: how entities are named and compared across the build.

    stable_id(kind, *parts)   a hash of the entity's key: a rerun gives the same ids
    article_node_id(id)       the graph node of an article
    name_key(name)            the form names are compared in
"""
from __future__ import annotations

import hashlib
import unicodedata

# U+2022 bullet, U+30FB katakana middle dot, U+FF65 its half-width form, U+2027 hyphenation
# point, U+2219 bullet operator, U+22C5 dot operator: written for the middle dot of foreign names.
_DOTS = str.maketrans({c: "\u00b7" for c in "\u2022\u30fb\uff65\u2027\u2219\u22c5"})


def stable_id(kind: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join((kind,) + parts).encode("utf-8")).hexdigest()[:12]
    return f"{kind}:{digest}"


def article_node_id(article_id: str) -> str:
    return f"article:{article_id}"


def name_key(name: str) -> str:
    """The form names are compared in: NFKC (full-width -> half-width), no white space, one middle dot.

    >>> name_key("新城电子（杭州）有限公司") == name_key("新城电子(杭州)有限公司")
    True
    >>> name_key("侯赛因•伊卜拉欣")
    '侯赛因·伊卜拉欣'
    """
    text = unicodedata.normalize("NFKC", name).translate(_DOTS)
    return "".join(text.split())
