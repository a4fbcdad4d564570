"""Bylines and photo credits: reporters, correspondents and photographers, never participants.

    (杭州日报记者 郭燕 本报记者 赵一霖)   (记者 张三 摄)   张三 李四/摄

A pure function of the article text and the vocabulary, like the finders of
``extract.officials``, whose organ reading it shares.
"""
from __future__ import annotations

import re

from extract.names import NameHit, plausible_name, read_name
from extract.officials import NameMention, looks_like_org, seg_start
from extract.records import Title
from extract.textutil import is_cjk
from extract.vocab import Vocabulary

__all__ = ["find_reporters"]

# At most eight names: an unbounded list would be tried again from every character of a long run of
# names (a page of bylines), which is quadratic.
_CREDIT = re.compile(r"([\u4e00-\u9fff]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff]{2,4}){0,7})[ \u3000]*/?[ \u3000]*摄")


def find_reporters(text: str, vocab: Vocabulary, *, start: int = 0) -> list[NameMention]:
    """Reporters, correspondents and photographers credited in bylines: never participants."""
    out: list[NameMention] = []
    for m in vocab.reporter_re.finditer(text, start):
        word = m.group()
        if word in ("摄",):
            continue
        # A byline word is followed by its names, separated by spaces or 、.
        pos = m.end()
        while pos < len(text) and text[pos] in " \u3000:：/":
            pos += 1
        names: list[NameHit] = []
        while True:
            hit = read_name(text, pos, vocab, min_score=0, free=True)
            if hit is None or not _byline_end(text, hit.end):
                break
            names.append(hit)
            q = hit.end
            while q < len(text) and text[q] in " \u3000、":
                q += 1
            if q == hit.end or vocab.reporter_re.match(text, q) or q >= len(text) or not is_cjk(text[q]):
                break
            pos = q
        if not names:
            continue
        seg = seg_start(text, m.start(), vocab, max(start, m.start() - 12))
        org_text = text[seg:m.start()].strip()
        post = vocab.reporter_words.get(word, word)
        org = vocab.reporter_orgs.get(word)          # 本报记者 -> 本报, 融媒体记者 -> 融媒体
        if org is None and org_text and looks_like_org(org_text, vocab):
            org = org_text
        surface_start = seg if org and word not in vocab.reporter_orgs else m.start()
        title = Title(post, org, text[surface_start:m.end()], (surface_start, m.end()))
        for h in names:
            out.append(NameMention(h.text(text), (h.start, h.end), (title,), "byline", is_reporter=True))
    for m in _CREDIT.finditer(text, start):
        end = m.end()
        if end < len(text) and text[end] not in ")）\n 。" and is_cjk(text[end]):
            continue
        for nm in re.finditer(r"[\u4e00-\u9fff]{2,4}", m.group(1)):
            name = nm.group()
            s = m.start(1) + nm.start()
            if plausible_name(name, vocab) and not any(x.span == (s, s + len(name)) for x in out):
                title = Title("摄影", None, "摄", (m.end() - 1, m.end()))
                out.append(NameMention(name, (s, s + len(name)), (title,), "byline", is_reporter=True))
    return out


def _byline_end(text: str, pos: int) -> bool:
    return pos >= len(text) or text[pos] in " \u3000、)）\n/,，" or text[pos] == "摄"
