"""Typeset rosters: a yearbook's or a notice's list of a body's members, set as a table of text.  A post and its
holders share a line, the post padded to the width of the longest one and a name of two characters padded to
three; holders that do not fit go on in indented lines below; a heading names the body the posts are of:

    【某市第十三届人民代表大会常务委员会组成人员】
    主  任  李某某
    副主任  宋  文  高某某
            贾某某(女)
    秘书长  朱某某
    财政经济委员会
    主任委员   王某某

Each holder takes the post of its line (or of the last post line above a line of names) in the body of the last
heading: a bracketed heading (its 组成人员, 成员 or 名单 left out) or a line that is a body's name alone.  Blank
lines between rows are part of the table; any other line ends it.  A table needs two holders at least.

    typeset_roster(text, vocab) -> a NameMention (source "roster") for each holder, with its post

A notice's roster set as rows of a post, a colon and the holders, the post or the names padded to a table's width
(组  长:某某 / 组  员:王  红、某某某、…, going on in the next line after a closing 、), is read the same way:

    colon_rows(text, vocab)     -> a NameMention (source "roster") for each holder, with its row's post
"""
from __future__ import annotations

import re

from extract.name_lists import plausible_name, surname_led
from extract.officials import NameMention
from extract.records import Title
from extract.textutil import PERSONAL_NOTE, is_cjk
from extract.vocab import Vocabulary

__all__ = ["colon_rows", "typeset_roster"]

_TOKEN = re.compile(r"[^ \u3000\t\n]+")
_NOTE = re.compile(PERSONAL_NOTE + "$")
_HEADING = re.compile(r"^[【\[]([^】\]]{2,40})[】\]]$")
_HEADING_TAIL = re.compile(r"(?:组成人员|成员名单|人员名单|名单|成员)$")
_HOLDERS_MIN = 2


def typeset_roster(text: str, vocab: Vocabulary) -> list[NameMention]:
    """The holders of the typeset rosters of ``text``, each with the post of its row and the body of its heading."""
    out: list[NameMention] = []
    run: list[NameMention] = []
    org: str | None = None
    post: tuple[str, tuple[int, int]] | None = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip(" \u3000\t")
        if not stripped:
            continue                            # (a table set with a blank line between its rows)
        tokens = _tokens(line, start)
        heading = _HEADING.match(stripped)
        if heading or (len(tokens) == 1 and _body(stripped, vocab)):
            org = _HEADING_TAIL.sub("", heading.group(1)) if heading else stripped
            org = org if _body(org, vocab) else None
            post = None
            continue
        first = tokens[0][0]
        if vocab.post_re.fullmatch(first) and vocab.posts.get(first) != "reporter" and first not in vocab.reporter_words:
            post = (first, tokens[0][1])
            holders = tokens[1:]
        elif post is not None:
            holders = tokens                    # (the holders that did not fit on the post's line, indented once)
        else:
            out += run if len(run) >= _HOLDERS_MIN else []
            run, post, org = [], None, None
            continue
        names = [(_NOTE.sub("", word), _without_note(text, span)) for word, span in holders]
        if not all(plausible_name(name, vocab) or surname_led(name, vocab) for name, _ in names):
            out += run if len(run) >= _HOLDERS_MIN else []
            run, post, org = [], None, None
            continue
        title = Title(post[0], org, post[0], post[1])
        run += [NameMention(name, span, (title,), "roster") for name, span in names]
    return out + (run if len(run) >= _HOLDERS_MIN else [])


# 组  长:某某 / 组  员:王  红、某某某、…: a notice's roster row, its post padded and its names of two characters
# padded to three, listed with 、 and going on in the next line after a 、 that ends one
_COLON_ROW = re.compile(r"[ \u3000]*(?P<post>[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]|[\u4e00-\u9fff]){1,5})"
                        r"[ \u3000]*[:：][ \u3000]*(?P<names>\S.*)")
_PADDED = re.compile(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")


def colon_rows(text: str, vocab: Vocabulary) -> list[NameMention]:
    """The holders of roster rows padded for a table (组  长:某某, 组  员:王  红、某某某、): each with the row's post,
    where the post or a name is padded (the rows a text writes unpadded are read as label lists)."""
    out: list[NameMention] = []
    if ":" not in text and "：" not in text:
        return out                                      # (most texts: no row to read)
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    k = 0
    while k < len(lines):
        row, row_start = _COLON_ROW.fullmatch(lines[k]), starts[k]
        k += 1
        if row is None:
            continue
        post = _SPACES.sub("", row.group("post"))
        if vocab.post_re.fullmatch(post) is None or vocab.posts.get(post) == "reporter" or post in vocab.reporter_words:
            continue                                    # (编  辑: 某某, 责  编: 某某: a credit block, read by bylines)
        parts = [(row_start + row.start("names"), row.group("names"))]
        while parts[-1][1].rstrip(" \u3000").endswith(("、", "，", ",")) and k < len(lines):
            parts.append((starts[k], lines[k]))         # (the list goes on in the next line)
            k += 1
        names = [(_SPACES.sub("", m.group()), (base + m.start(), base + m.end()), _PADDED.fullmatch(m.group()) is not None)
                 for base, line in parts for m in _ITEM.finditer(line)]
        # every item a name's length in characters, and most of them names by themselves (承晓培 among them)
        likely = sum(plausible_name(name, vocab) or surname_led(name, vocab) for name, *_ in names)
        if not all(2 <= len(name) <= 4 and all(is_cjk(c) for c in name) for name, *_ in names) or 3 * likely < 2 * len(names):
            continue
        padded = _SPACES.search(row.group("post")) is not None or any(p for *_, p in names)
        if names and padded:
            title = Title(post, None, row.group("post"), (row_start + row.start("post"), row_start + row.end("post")))
            out += [NameMention(name, span, (title,), "roster") for name, span, _ in names]
    return out


_SPACES = re.compile(r"[ \u3000]+")
_ITEM = re.compile(r"[^、，,。；;\s](?:[^、，,。；;]*[^、，,。；;\s])?")     # a listed name, padding inside kept


def _tokens(line: str, start: int) -> list[tuple[str, tuple[int, int]]]:
    """The words of a table line with their spans; single characters set apart by padding are one word (主  任,
    宋  文: a post or a name of two characters padded to the width of three)."""
    out: list[tuple[str, tuple[int, int]]] = []
    pending: list[tuple[str, tuple[int, int]]] = []
    for m in _TOKEN.finditer(line):
        word, span = m.group(), (start + m.start(), start + m.end())
        if len(_NOTE.sub("", word)) == 1 and is_cjk(word[0]):
            pending.append((word, span))
            if len(pending) == 2:
                out.append(("".join(w for w, _ in pending), (pending[0][1][0], pending[1][1][1])))
                pending = []
            continue
        out += pending
        pending = []
        out.append((word, span))
    return out + pending


def _without_note(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of a holder's name without the note after it (贾某某(女), 王某某(兼))."""
    note = _NOTE.search(text, span[0], span[1])
    return (span[0], note.start()) if note else span


def _body(name: str, vocab: Vocabulary) -> bool:
    """Is ``name`` a body's name as a heading writes it (财政经济委员会, 办公厅, 研究室)?"""
    return (2 <= len(name) <= 40 and all(is_cjk(c) for c in name) and vocab.post_re.fullmatch(name) is None
            and any(vocab.word_ends_at(name, len(name), words, max_len=8) for words in (vocab.organs, vocab.org_suffixes)))
