"""The name model: a small logistic model that proposes person names the grammar did not anchor.

Candidates are cheap to list: a Chinese name starts with a surname (one
character, or a compound such as 欧阳) followed by one or two given characters.
Each candidate is described by a few features (the surname, the given
characters and how common they are in names, the characters and words around
it) and scored by weights learnt from public person-annotated corpora
(``extract/training/namer.py`` is the recipe; the weights ship in
``extract/models/namer.tsv``).  The grammar decides: a proposal never overrides
what the grammar found, and it is kept only above a probability threshold.

    propose(text, vocab) -> list[(start, end, probability)]
"""
from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources

from extract.name_words import (LABEL_BEFORE, NAME_LEFT_BEFORE, POST_BEFORE, SHORT_NAME_LEFT_BEFORE,
                               words_before)
from extract.names import NOT_LAST_GIVEN, ends_inside_word, starts_inside_word
from extract.textutil import PUNCT, is_cjk
from extract.vocab import Vocabulary

MODEL = "models/namer.tsv"


_BUCKETS = {n: str(n) for n in range(-4, 5)}


def _bucket(x: float) -> str:
    return _BUCKETS[max(-4, min(4, round(x)))]


def _context_class(text: str, pos: int, vocab: Vocabulary, *, right: bool) -> str:
    """What stands on one side of a candidate, as one word for the model."""
    if pos < 0 or pos >= len(text):
        return "END"
    ch = text[pos]
    if ch in PUNCT or ch.isspace():
        return "PUNCT"
    if not is_cjk(ch):
        return "OTHER"
    if right:
        if vocab.act_re.match(text, pos):
            return "VERB"
        m = vocab.name_right_re.match(text, pos)
        if m:
            return "NR_" + vocab.name_right[m.group()]
        if vocab.post_re.match(text, pos):
            return "POST"
        if ch in vocab.surnames:
            return "SURNAME"
        return "CJK"
    before = words_before(text, pos + 1, vocab)
    if before & POST_BEFORE:
        return "POST"
    if before & (NAME_LEFT_BEFORE | SHORT_NAME_LEFT_BEFORE):
        return "NAME_LEFT"
    if before & LABEL_BEFORE:
        return "LABEL"
    return "CJK"


def left_features(text: str, start: int, vocab: Vocabulary) -> list[str]:
    """What stands before a candidate that starts at ``start``."""
    left = text[start - 1] if start > 0 else "^"
    return [f"l1={left}", f"l2={text[max(0, start - 2):start]}",
            f"lc={_context_class(text, start - 1, vocab, right=False)}"]


def right_features(text: str, end: int, vocab: Vocabulary) -> list[str]:
    """What stands after a candidate that ends at ``end``."""
    right = text[end] if end < len(text) else "$"
    return [f"r1={right}", f"r2={text[end:end + 2]}", f"rc={_context_class(text, end, vocab, right=True)}"]


def inner_features(text: str, start: int, s_len: int, end: int, vocab: Vocabulary) -> list[str]:
    """The candidate itself: surname, given characters, how name-like they are."""
    surname = text[start:start + s_len]
    given = text[start + s_len:end]
    ratios = [vocab.given_lr.get(c, 0.0) for c in given]
    rank = vocab.surname_rank.get(surname, 999)
    left = text[start - 1] if start > 0 else "^"
    right = text[end] if end < len(text) else "$"
    feats = [
        "bias",
        f"len={end - start}",
        f"s={surname}",
        f"srank={min(rank // 50, 10)}",
        f"g1={given[0]}",
        f"glr={_bucket(sum(ratios))}",
        f"gmin={_bucket(min(ratios))}",
        f"l1r1={left}|{right}",
    ]
    if len(given) == 2:
        feats.append(f"g2={given[1]}")
        feats.append(f"gg={given}")
    else:
        feats.append(f"g1only={given}")
    name = text[start:end]
    feats.append(f"name={name}")          # names that recur in the news (a leader's name) learn a weight
    if name in vocab.non_names:
        feats.append("nonname")
    if name in vocab.regions or name in vocab.foreign:
        feats.append("place")
    return feats


def features(text: str, start: int, s_len: int, end: int, vocab: Vocabulary) -> list[str]:
    """All the features of the candidate name ``text[start:end]`` whose surname has ``s_len`` characters."""
    return (inner_features(text, start, s_len, end, vocab) + left_features(text, start, vocab)
            + right_features(text, end, vocab))


# A character this much commoner in foreign names than in text can start or continue one.
FOREIGN_START = 1.0
FOREIGN_CONTINUE = 0.0
FOREIGN_MAX = 7


def foreign_features(text: str, start: int, end: int, vocab: Vocabulary) -> list[str]:
    """The features of the transliterated-name candidate ``text[start:end]`` (克林顿, 内塔尼亚胡)."""
    name = text[start:end]
    ratios = [vocab.foreign_lr.get(c, -3.0) for c in name]
    left = text[start - 1] if start > 0 else "^"
    right = text[end] if end < len(text) else "$"
    feats = [
        "F:bias",
        f"F:len={min(end - start, 6)}",
        f"F:first={name[0]}",
        f"F:last={name[-1]}",
        f"F:mean={_bucket(sum(ratios) / len(ratios))}",
        f"F:min={_bucket(min(ratios))}",
        f"F:l1={left}",
        f"F:r1={right}",
        f"F:r2={text[end:end + 2]}",
        f"F:lc={_context_class(text, start - 1, vocab, right=False)}",
        f"F:rc={_context_class(text, end, vocab, right=True)}",
    ]
    if name in vocab.foreign or name in vocab.regions:
        feats.append("F:place")
    if name in vocab.non_names:
        feats.append("F:nonname")
    if start > 0 and vocab.foreign_lr.get(left, -3.0) > FOREIGN_CONTINUE and is_cjk(left):
        feats.append("F:inside_left")
    if vocab.foreign_lr.get(right, -3.0) > FOREIGN_CONTINUE and is_cjk(right):
        feats.append("F:inside_right")
    return feats


class _ForeignScorer:
    """``score(foreign_features(text, start, end, vocab), weights)`` as a logit, without building the feature
    strings: what stands left of a start and right of an end is summed once per position (a run of foreign
    characters gives a candidate for every end after each start).  A test checks both give the same.

    ``z(start, end, floor)`` reads the classes of the words around (regex matches, look-ups) only for a
    candidate that they could lift to ``floor``: for one they could not, it gives the sum with each class at its
    most, below ``floor`` (a sum of floats never falls when a term grows, so the same candidates reach it)."""

    __slots__ = ("text", "vocab", "w", "lr", "left", "right", "near", "base", "F", "lc_max", "rc_max")

    def __init__(self, text: str, vocab: Vocabulary, weights: dict[str, float]) -> None:
        self.text, self.vocab, self.w, self.lr = text, vocab, weights, vocab.foreign_lr
        self.left: dict[int, float] = {}
        self.right: dict[int, float] = {}
        self.near: dict[int, tuple[float, float | None, float, float | None]] = {}
        self.base = weights.get("F:bias", 0.0)
        self.F = _templates(weights).foreign      # the weights by template and value ("F:first=克" -> F["first"]["克"])
        self.lc_max = max((*self.F["lc"].values(), 0.0))
        self.rc_max = max((*self.F["rc"].values(), 0.0))

    def _near(self, pos: int) -> tuple[float, float | None, float, float | None]:
        """The characters around a candidate that starts or ends at ``pos``, without their words' classes: the
        weight of those before it and of its inside_left (None where that does not hold); the same after it."""
        text, F, lr, w = self.text, self.F, self.lr, self.w
        left = text[pos - 1] if pos > 0 else "^"
        right = text[pos] if pos < len(text) else "$"
        return (F["l1"].get(left, 0.0),
                w.get("F:inside_left", 0.0) if pos > 0 and lr.get(left, -3.0) > FOREIGN_CONTINUE and is_cjk(left)
                else None,
                F["r1"].get(right, 0.0) + F["r2"].get(text[pos:pos + 2], 0.0),
                w.get("F:inside_right", 0.0) if lr.get(right, -3.0) > FOREIGN_CONTINUE and is_cjk(right) else None)

    def _near_at(self, pos: int) -> tuple[float, float | None, float, float | None]:
        near = self.near.get(pos)
        if near is None:
            near = self.near[pos] = self._near(pos)
        return near

    def z(self, start: int, end: int, floor: float = -math.inf) -> float:
        text, w, vocab, F = self.text, self.w, self.vocab, self.F
        name = text[start:end]
        lr = self.lr
        ratios = [lr.get(c, -3.0) for c in name]
        z = (self.base + F["len"].get(_LENGTHS[min(end - start, 6)], 0.0) + F["first"].get(name[0], 0.0)
             + F["last"].get(name[-1], 0.0) + F["mean"].get(_bucket(sum(ratios) / len(ratios)), 0.0)
             + F["min"].get(_bucket(min(ratios)), 0.0))
        if name in vocab.foreign or name in vocab.regions:
            z += w.get("F:place", 0.0)
        if name in vocab.non_names:
            z += w.get("F:nonname", 0.0)
        left, right = self.left.get(start), self.right.get(end)
        if left is None or right is None:
            l1, inside_left, _, _ = self._near_at(start)
            _, _, r12, inside_right = self._near_at(end)
            if left is None:
                most = z + _plus(l1 + self.lc_max, inside_left) + (
                    right if right is not None else _plus(r12 + self.rc_max, inside_right))
                if most < floor:
                    return most
                cls = _context_class(text, start - 1, vocab, right=False)
                left = self.left[start] = _plus(l1 + F["lc"].get(cls, 0.0), inside_left)
            if right is None:
                if z + left + _plus(r12 + self.rc_max, inside_right) < floor:
                    return z + left + _plus(r12 + self.rc_max, inside_right)
                cls = _context_class(text, end, vocab, right=True)
                right = self.right[end] = _plus(r12 + F["rc"].get(cls, 0.0), inside_right)
        return z + left + right


def _plus(z: float, extra: float | None) -> float:
    return z if extra is None else z + extra


# 老邱, 小贾, 丁某, 王某某: a surname with a familiar prefix or the placeholder 某.
FAMILIAR_PREFIXES = "老小"
PLACEHOLDER = "某"
FAMILIAR_RANK = 120


def familiar_candidates(text: str, vocab: Vocabulary) -> Iterator[tuple[int, int]]:
    """(start, end) of 老X / 小X (X a common surname) and X某 / X某某."""
    for m in _patterns(vocab).familiar.finditer(text):
        yield m.start(), m.end(1)


def familiar_features(text: str, start: int, end: int, vocab: Vocabulary) -> list[str]:
    name = text[start:end]
    form = "P" if name[0] in FAMILIAR_PREFIXES else "M"
    left = text[start - 1] if start > 0 else "^"
    right = text[end] if end < len(text) else "$"
    return [f"{form}:bias", f"{form}:name={name}", f"{form}:l1={left}", f"{form}:r1={right}",
            f"{form}:r2={text[end:end + 2]}", f"{form}:lc={_context_class(text, start - 1, vocab, right=False)}",
            f"{form}:rc={_context_class(text, end, vocab, right=True)}"]


def foreign_candidates(text: str, vocab: Vocabulary) -> Iterator[tuple[int, int]]:
    """(start, end) of strings of two to seven characters typical of transliterated names."""
    for m in _patterns(vocab).foreign.finditer(text):
        start = m.start()
        for end in range(start + 2, m.end(1) + 1):
            yield start, end


class _Patterns:
    """The candidates of familiar and transliterated names as regexes: one scan in C, not a loop in Python.

    Both are zero-width at every position where a candidate starts, the candidate in group 1:
    ``familiar`` is 老X / 小X (X a surname of rank FAMILIAR_RANK or better), else X某 / X某某;
    ``foreign`` is the longest run of FOREIGN_MAX characters or fewer, the first at least
    FOREIGN_START and the others at least FOREIGN_CONTINUE in ``foreign_lr``.
    """

    __slots__ = ("familiar", "foreign")

    def __init__(self, vocab: Vocabulary) -> None:
        common = [s for s, r in vocab.surname_rank.items() if len(s) == 1 and r <= FAMILIAR_RANK]
        self.familiar = re.compile(f"(?=([{_chars(FAMILIAR_PREFIXES)}][{_chars(common)}]"
                                   f"|[{_chars(vocab.surnames)}]{PLACEHOLDER}{PLACEHOLDER}?))")
        lr = vocab.foreign_lr
        starts = [c for c, r in lr.items() if len(c) == 1 and is_cjk(c) and r >= FOREIGN_START]
        more = [c for c, r in lr.items() if len(c) == 1 and is_cjk(c) and r >= FOREIGN_CONTINUE]
        self.foreign = re.compile(f"(?=([{_chars(starts)}][{_chars(more)}]{{1,{FOREIGN_MAX - 1}}}))")


def _chars(chars: Iterable[str]) -> str:
    """A regex character class body of ``chars`` (one that matches nothing when empty)."""
    body = "".join(re.escape(c) for c in sorted(set(chars)))
    return body or "^\\x00-\\U0010ffff"


def _patterns(vocab: Vocabulary) -> _Patterns:
    """The candidate patterns of ``vocab``: built once per vocabulary and kept on it (``Vocabulary.derived``)."""
    return vocab.derived("name_patterns", _Patterns)


def _given_cjk(vocab: Vocabulary) -> dict[str, float]:
    """``vocab.given_lr`` of the Chinese characters only: one look-up tells a Chinese character and its ratio."""
    return vocab.derived("given_cjk_lr", lambda v: {c: r for c, r in v.given_lr.items() if is_cjk(c)})


def _cached(cache: dict, source, make):
    """``make(source)``, kept for the last ``source`` seen, known by identity (the weight table is not
    hashable, and one process uses one: the shipped model's, or a program's own)."""
    hit = cache.get(id(source))
    if hit is not None and hit[0] is source:
        return hit[1]
    value = make(source)
    cache.clear()
    cache[id(source)] = (source, value)
    return value


def candidates(text: str, vocab: Vocabulary, *, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, int, int]]:
    """(start, surname length, end) of every surname-led string of two to four characters."""
    hi = len(text) if hi is None else hi
    for i in range(lo, hi):
        ch = text[i]
        s_lens = []
        if text[i:i + 2] in vocab.compound_surnames:
            s_lens.append(2)
        if ch in vocab.surnames:
            s_lens.append(1)
        for s_len in s_lens:
            for g_len in (1, 2):
                end = i + s_len + g_len
                if end > hi:
                    break
                if all(is_cjk(c) for c in text[i + s_len:end]):
                    yield i, s_len, end


@functools.lru_cache(maxsize=1)
def load_weights() -> tuple[dict[str, float], float]:
    """The shipped model: feature weights and the decision threshold (a probability)."""
    weights: dict[str, float] = {}
    threshold = 0.5
    text = resources.files("extract").joinpath(MODEL).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, value = line.rsplit("\t", 1)
        if key == "__threshold__":
            threshold = float(value)
        else:
            weights[key] = float(value)
    return weights, threshold


def score(feats: list[str], weights: dict[str, float]) -> float:
    z = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# --- scoring without building feature strings -------------------------------------
# ``features()`` names every feature as "template=value"; the weights, split by template
# once, let ``propose`` add the same weights by looking up the raw values.  A test checks
# that both give the same score.

# Candidates whose given characters are this unlikely in names (summed log ratios) are skipped
# before scoring: on the sample, the development set and People's Daily 1998 (34,429 candidates)
# none of them would have passed the threshold, and a third of the scoring is saved.
PREFILTER = -3.5
# Candidates whose own weights (surname, given characters, whole name) sum below this are not
# scored further: on People's Daily 1998 and held-out MSRA (44,810 candidates past the
# prefilter) none of them would have passed the threshold, and half the scoring is saved.
CASCADE = -4.0

_TEMPLATE_CACHE: dict[int, tuple[dict[str, float], "_Tables"]] = {}
_EMPTY: dict[str, float] = {}


class _Tables:
    """The weights of each feature template, by the template's value ("s=王" -> s["王"])."""

    __slots__ = ("bias", "len", "s", "srank", "g1", "g2", "gg", "g1only", "glr", "gmin", "l1r1", "name",
                 "nonname", "place", "l1", "l2", "lc", "r1", "r2", "rc", "foreign", "lc_max", "rc_max",
                 "by_length", "by_rank", "by_glr", "by_gmin")

    def __init__(self, weights: dict[str, float]) -> None:
        split: dict[str, dict[str, float]] = {}
        for key, w in weights.items():
            template, _, value = key.partition("=")
            split.setdefault(template, {})[value] = w
        for template in self.__slots__:
            setattr(self, template, split.get(template, _EMPTY))
        # the transliterated names' templates (F:first=克), without their F:
        self.foreign = {t: split.get("F:" + t, _EMPTY) for t in ("len", "first", "last", "mean", "min", "l1", "lc",
                                                                  "r1", "r2", "rc")}
        # the most a context class can add (a class without a weight adds 0.0): ``propose`` reads the classes,
        # a regex match or five look-ups each, only for a candidate that the most they add would lift
        self.lc_max = max((*self.lc.values(), 0.0))
        self.rc_max = max((*self.rc.values(), 0.0))
        # the numbered templates by number (length, surname rank, the buckets of _bucket: len=2 -> by_length[2])
        self.by_length = [self.len.get(_LENGTHS[n], 0.0) for n in range(len(_LENGTHS))]
        self.by_rank = [self.srank.get(_RANKS[n], 0.0) for n in range(len(_RANKS))]
        self.by_glr = {n: self.glr.get(b, 0.0) for n, b in _BUCKETS.items()}
        self.by_gmin = {n: self.gmin.get(b, 0.0) for n, b in _BUCKETS.items()}


def _templates(weights: dict[str, float]) -> _Tables:
    return _cached(_TEMPLATE_CACHE, weights, _Tables)


def _left_z(text: str, start: int, vocab: Vocabulary, T: _Tables) -> float:
    return _left_chars_z(text, start, T) + T.lc.get(_context_class(text, start - 1, vocab, right=False), 0.0)


def _right_z(text: str, end: int, vocab: Vocabulary, T: _Tables) -> float:
    return _right_chars_z(text, end, T) + T.rc.get(_context_class(text, end, vocab, right=True), 0.0)


def _left_chars_z(text: str, start: int, T: _Tables) -> float:
    """The weight of the characters before a candidate (``_left_z`` without the context's class)."""
    left = text[start - 1] if start > 0 else "^"
    return T.l1.get(left, 0.0) + T.l2.get(text[max(0, start - 2):start], 0.0)


def _right_chars_z(text: str, end: int, T: _Tables) -> float:
    """The weight of the characters after a candidate (``_right_z`` without the context's class)."""
    right = text[end] if end < len(text) else "$"
    return T.r1.get(right, 0.0) + T.r2.get(text[end:end + 2], 0.0)


def _core_z(text: str, start: int, s_len: int, end: int, T: _Tables) -> float:
    """The weight of what the candidate is (its surname, given characters, whole name): the first stage."""
    given = text[start + s_len:end]
    z = (T.bias.get("", 0.0) + T.s.get(text[start:start + s_len], 0.0) + T.g1.get(given[0], 0.0)
         + T.name.get(text[start:end], 0.0))
    if len(given) == 2:
        return z + T.g2.get(given[1], 0.0) + T.gg.get(given, 0.0)
    return z + T.g1only.get(given, 0.0)


def _rest_z(text: str, start: int, s_len: int, end: int, vocab: Vocabulary, T: _Tables,
            ratios: Sequence[float] | None = None) -> float:
    """The rest of ``inner_features``: length, surname rank, how name-like, the two neighbours.

    ``ratios``: the given characters' name-likeness, if the caller has it already."""
    surname = text[start:start + s_len]
    if ratios is None:
        lr = vocab.given_lr
        ratios = [lr.get(c, 0.0) for c in text[start + s_len:end]]
    left = text[start - 1] if start > 0 else "^"
    right = text[end] if end < len(text) else "$"
    name = text[start:end]
    z = (T.by_length[end - start] + T.by_rank[min(vocab.surname_rank.get(surname, 999) // 50, 10)]
         + T.by_glr[max(-4, min(4, round(sum(ratios))))] + T.by_gmin[max(-4, min(4, round(min(ratios))))]
         + T.l1r1.get(left + "|" + right, 0.0))
    if name in vocab.non_names:
        z += T.nonname.get("", 0.0)
    if name in vocab.regions or name in vocab.foreign:
        z += T.place.get("", 0.0)
    return z


def _inner_z(text: str, start: int, s_len: int, end: int, vocab: Vocabulary, T: _Tables) -> float:
    """The weight of ``inner_features`` of the candidate, summed without building its strings."""
    return _core_z(text, start, s_len, end, T) + _rest_z(text, start, s_len, end, vocab, T)


_LENGTHS = [str(n) for n in range(8)]
_RANKS = [str(n) for n in range(11)]


def propose(text: str, vocab: Vocabulary, *, threshold: float | None = None,
            weights: dict[str, float] | None = None,
            skip: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, float]]:
    """Non-overlapping names the model believes in, best first resolved, in text order.

    Candidates that overlap a span of ``skip`` (names the grammar found already) are not scored.
    """
    covered = bytearray(len(text) + 1)
    for a, b in skip:
        covered[a:b] = b"\x01" * (b - a)
    if weights is None:
        weights, default = load_weights()
        threshold = default if threshold is None else threshold
    threshold = 0.5 if threshold is None else threshold
    scored = []
    T = _templates(weights)
    logit = math.log(threshold / (1.0 - threshold)) if 0.0 < threshold < 1.0 else (-math.inf if threshold <= 0 else math.inf)
    # Context features are shared by every candidate that starts or ends at a position: sum them once.
    left_sum: dict[int, float] = {}
    right_sum: dict[int, float] = {}
    left_chars: dict[int, float] = {}
    right_chars: dict[int, float] = {}
    lc_max, rc_max = T.lc_max, T.rc_max
    n = len(text)
    compounds, singles, word_pairs = vocab.compound_surnames, vocab.surnames, vocab.word_pairs

    cjk_lr = _given_cjk(vocab).get
    bias, s_get, g1_get, name_get, g2_get, gg_get, g1only_get = (
        T.bias.get("", 0.0), T.s.get, T.g1.get, T.name.get, T.g2.get, T.gg.get, T.g1only.get)

    def consider(start: int, s_len: int, end: int, core: float, ratios: Sequence[float]) -> None:
        if 0 < end < n and text[end - 1:end + 1] in word_pairs and text[end:end + 2] not in word_pairs:
            return              # it cuts a word (ends_inside_word)
        lc = left_chars.get(start)
        if lc is None:
            lc = left_chars[start] = _left_chars_z(text, start, T)
        rc = right_chars.get(end)
        if rc is None:
            rc = right_chars[end] = _right_chars_z(text, end, T)
        rest = _rest_z(text, start, s_len, end, vocab, T, ratios)
        if core + (lc + lc_max) + (rc + rc_max) + rest < logit:
            return              # not even the best classes of its context would lift it: the sum below, each
                                # class at its most (a sum of floats grows with each term: the same decisions)
        if start not in left_sum:
            left_sum[start] = lc + T.lc.get(_context_class(text, start - 1, vocab, right=False), 0.0)
        if end not in right_sum:
            right_sum[end] = rc + T.rc.get(_context_class(text, end, vocab, right=True), 0.0)
        z = core + left_sum[start] + right_sum[end] + rest
        if z >= logit:
            scored.append((1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), start, end))

    # the candidates of candidates(), found faster; given characters no name has (a character below
    # -4.5, or a sum below PREFILTER) are not worth scoring (checked: no loss)
    for m in vocab.surname_start_re.finditer(text):
        start = m.start()
        if covered[start]:
            continue
        inside: bool | None = None      # starts_inside_word, asked once a candidate passes the first stage
        for s_len in ((2, 1) if text[start:start + 2] in compounds else (1,)):
            if s_len == 1 and text[start] not in singles:
                continue
            g = start + s_len
            # how name-like the given characters are (None past the end or for no Chinese character)
            c = text[g:g + 1]
            first = cjk_lr(c)
            if first is None and c and is_cjk(c):
                first = 0.0         # (a Chinese character no name in the lists has)
            if first is None or first < -4.5:
                continue
            c = text[g + 1:g + 2]
            second = cjk_lr(c)
            if second is None and c and is_cjk(c):
                second = 0.0
            # the first stage (_core_z, with the tables' look-ups bound once: the same sums, in the same order):
            # what the candidate is weighs, below CASCADE it is ruled out (checked: no loss); a function word
            # ends no given name (刘璇|将, 双方|都, 高兴|地)
            head = one = two = None
            if not covered[g] and first >= PREFILTER and text[g] not in NOT_LAST_GIVEN:
                head = bias + s_get(text[start:g], 0.0) + g1_get(text[g], 0.0)
                one = head + name_get(text[start:g + 1], 0.0) + g1only_get(text[g], 0.0)
                if one < CASCADE:
                    one = None
            if (second is not None and second >= -4.5 and first + second >= PREFILTER and not covered[g + 1]
                    and text[g + 1] not in NOT_LAST_GIVEN):
                if head is None:
                    head = bias + s_get(text[start:g], 0.0) + g1_get(text[g], 0.0)
                two = head + name_get(text[start:g + 2], 0.0) + g2_get(text[g + 1], 0.0) + gg_get(text[g:g + 2], 0.0)
                if two < CASCADE:
                    two = None
            if one is None and two is None:
                continue
            if inside is None:
                inside = starts_inside_word(text, start, vocab)
            if inside:
                break
            if one is not None:
                consider(start, s_len, g + 1, one, (first,))
            if two is not None:
                consider(start, s_len, g + 2, two, (first, second))
    for start, end in familiar_candidates(text, vocab):
        if covered[start] or covered[end - 1] or starts_inside_word(text, start, vocab):
            continue
        p = score(familiar_features(text, start, end, vocab), weights)
        if p >= threshold:
            scored.append((p, start, end))
    foreign = _ForeignScorer(text, vocab, weights)
    inside_at: dict[int, bool] = {}
    for start, end in foreign_candidates(text, vocab):
        if covered[start] or covered[end - 1] or ends_inside_word(text, end, vocab):
            continue
        if start not in inside_at:
            inside_at[start] = starts_inside_word(text, start, vocab)
        if inside_at[start]:
            continue
        z = foreign.z(start, end, floor=logit)
        if z >= logit:
            scored.append((1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), start, end))
    scored.sort(reverse=True)
    taken: list[tuple[int, int, float]] = []
    used = bytearray(n + 1)
    for p, s, e in scored:
        if not any(used[s:e]):
            used[s:e] = b"\x01" * (e - s)
            taken.append((s, e, p))
    return sorted(taken)
