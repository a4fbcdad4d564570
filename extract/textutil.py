"""Small text helpers shared by the grammar modules: word-list regexes, clauses, character classes."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from extract.records import TextSpan

# Characters that end a sentence or a clause.  Both widths: e-paper text mixes them.
SENTENCE_END = "。！？!?；;"
CLAUSE_END = SENTENCE_END + ",，:：\n"
LIST_SEP = "、"
OPEN_BRACKETS = "(（[【〔《“‘\"'"
CLOSE_BRACKETS = ")）]】〕》”’\"'"
PUNCT = CLAUSE_END + LIST_SEP + OPEN_BRACKETS + CLOSE_BRACKETS + "…—-·•・ \t"



def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def words_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so that matching is fast and longest-first.

    >>> re.match(words_pattern(["书记", "副书记", "书"]), "书记").group()
    '书记'
    """
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    return _trie_to_regex(trie) if trie else r"(?!)"


def _trie_to_regex(node: dict) -> str:
    ends_here = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _trie_to_regex(node[ch]))
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        body = branches[0]
        return body
    # Longest alternatives come first because each branch is greedy and the
    # empty alternative (a word ending here) is tried last.
    alt = "(?:" + "|".join(branches) + ")"
    return alt + "?" if ends_here else alt


def compile_words(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(words_pattern(words))


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[TextSpan]:
    """Spans of sentences (ending with their final punctuation or a newline)."""
    end = len(text) if end is None else end
    begin = start
    for m in re.finditer(r"[。！？!?；;\n]+", text[start:end]):
        stop = start + m.end()
        if text[begin:stop].strip():
            yield (begin, stop)
        begin = stop
    if begin < end and text[begin:end].strip():
        yield (begin, end)


def strip_span(text: str, span: TextSpan) -> TextSpan:
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)
