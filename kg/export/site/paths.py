"""File names of the explorer's pages, made from node ids that may contain anything.

Ids come from the data (``person:82591fdbd5b6``, but also whatever a JSONL
record called its article), so a name is made only of ``[0-9a-z_-]``: an id
that is already a plain hash after its ``kind:`` prefix keeps it; any other id
becomes a sanitised stem plus a hash of the whole id (``-`` appears only there,
so the two forms never collide).  No id can name a path outside its folder.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

FOLDERS = {"person": "person", "organization": "org", "event": "event"}

_PLAIN = re.compile(r"[0-9a-z_]{1,40}")
_UNSAFE = re.compile(r"[^0-9a-z_]+")


def safe_name(node_id: str) -> str:
    """A file stem for ``node_id``: only ``[0-9a-z_-]``, at most 64 characters.

    >>> safe_name("person:82591fdbd5b6")
    '82591fdbd5b6'
    >>> safe_name("../../x")
    'x-9bdbf20b56'
    """
    rest = node_id.split(":", 1)[1] if ":" in node_id else node_id
    if _PLAIN.fullmatch(rest):
        return rest
    stem = _UNSAFE.sub("_", rest.lower()).strip("_")[:40]
    digest = hashlib.sha1(node_id.encode("utf-8")).hexdigest()[:10]
    return f"{stem or 'id'}-{digest}"


def page_path(d: Mapping[str, Any], node_id: str) -> str | None:
    """The page of a node, relative to the site's root (``person/<name>.html``); None if it has none."""
    folder = FOLDERS.get(str(d.get("type")))
    if folder is None:
        return None
    return f"{folder}/{safe_name(node_id)}.html"
