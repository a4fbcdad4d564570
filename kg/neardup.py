"""Near-duplicate articles: the same report reposted by several papers or sites, with small edits.

Two maintained libraries, each for what it is good at:

- ``datasketch`` (MinHash and MinHash LSH) finds candidates without comparing every
  pair: a signature of 128 minimum hashes of the article's character 5-grams, and
  an LSH index that returns the articles whose estimated Jaccard similarity is
  likely above ``LSH_THRESHOLD``.  Adding an article to a store of 10,000 costs
  one signature (about a millisecond) and one index query, not 10,000 comparisons.
- ``rapidfuzz`` confirms each candidate with an exact score: the normalised Indel
  similarity of the two texts (1 - edit distance with insertions and deletions
  over the total length).  A pair is a near-duplicate when that is at least
  ``MIN_SIMILARITY`` and, where both dates are known, the dates are at most
  ``MAX_DAYS`` apart (routine reports written from one template a year apart are
  different reports).

Texts are compared on their letters and digits only (white space and punctuation,
which reposts change freely, are left out).  Articles shorter than ``MIN_CHARS``
such characters (headline-only entries, briefs) get no signature: a one-line
headline says too little to call two reports the same.

Groups are the connected components of the near-duplicate pairs; each group's
representative is its earliest article (then the smallest id).  Every copy stays
in the store and in the graph as a source; counts of co-attendance and careers
count a group once.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date as _date
from hashlib import sha1

from extract import MissingDependency

NUM_PERM = 128
SHINGLE = 5
SCHEME = "affine32"         # datasketch's hash scheme; signatures are stored as little-endian uint32
LSH_THRESHOLD = 0.5
MIN_SIMILARITY = 0.85
MIN_CHARS = 80
MAX_DAYS = 31


@dataclass(frozen=True, slots=True)
class Pair:
    """Two near-duplicate articles (``a < b``) and their similarity in [0, 1]."""

    a: str
    b: str
    similarity: float


def _datasketch():
    try:
        import datasketch
        import numpy
    except ImportError:
        raise MissingDependency("near-duplicate detection", "datasketch",
                                "pip install datasketch") from None
    return datasketch, numpy


@functools.lru_cache(maxsize=1)
def _permutations():
    """The MinHash permutations (the same for every signature): made once, not once per article."""
    datasketch, _ = _datasketch()
    return datasketch.MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def comparable(text: str) -> str:
    """The letters and digits of ``text``, the part that near-duplicate detection compares."""
    return _NOT_ALNUM.sub("", text)


# what str.isalnum() rejects: re's \w is exactly isalnum() or "_" (CPython's _sre), so this keeps what
# "".join(c for c in text if c.isalnum()) keeps, in a tenth of the time
_NOT_ALNUM = re.compile(r"[\W_]+")


def signature(text: str) -> bytes | None:
    """The MinHash signature of an article text, or None when it is too short to compare.

    >>> len(signature("市委书记主持召开会议强调" * 10))
    512
    >>> signature("短讯") is None
    True
    """
    core = comparable(text)
    if len(core) < MIN_CHARS:
        return None
    datasketch, numpy = _datasketch()
    shingles = {core[i:i + SHINGLE].encode("utf-8") for i in range(len(core) - SHINGLE + 1)}
    # datasketch's own hash of each shingle (sha1_hash32: the first 4 bytes of its SHA-1, little-endian),
    # computed here in one pass and handed over as numbers (hashfunc=int passes them through): a call of
    # sha1_hash32 per shingle was most of the cost of a signature
    values = [int.from_bytes(sha1(x).digest()[:4], "little") for x in sorted(shingles)]
    m = datasketch.MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations(), hashfunc=int)
    m.update_batch(values)
    return m.hashvalues.astype("<u4").tobytes()


def similarity(a: str, b: str) -> float:
    """Normalised Indel similarity (rapidfuzz) of the comparable parts of two texts, in [0, 1]."""
    from rapidfuzz.distance import Indel

    return float(Indel.normalized_similarity(comparable(a), comparable(b)))


def _days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((_date.fromisoformat(a) - _date.fromisoformat(b)).days)
    except ValueError:
        return None


def within_window(a: str | None, b: str | None, *, max_days: int = MAX_DAYS) -> bool:
    """False only when both dates are known and further apart than ``max_days``."""
    days = _days_apart(a, b)
    return days is None or days <= max_days


class Index:
    """An in-memory MinHash LSH index of article signatures (rebuilt from the store on each run).

    Signatures are stored as plain bytes and read back with ``numpy.frombuffer``:
    nothing is pickled.
    """

    def __init__(self, *, threshold: float = LSH_THRESHOLD) -> None:
        datasketch, numpy = _datasketch()
        self._lean = datasketch.LeanMinHash
        self._numpy = numpy
        self._lsh = datasketch.MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._dates: dict[str, str | None] = {}

    def __len__(self) -> int:
        return len(self._dates)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._dates

    def _minhash(self, sig: bytes):
        values = self._numpy.frombuffer(sig, dtype="<u4").astype(self._numpy.uint32)
        return self._lean(seed=1, hashvalues=values, scheme=SCHEME)

    def add(self, article_id: str, sig: bytes, date: str | None) -> None:
        if article_id in self._dates:
            self.remove(article_id)
        self._lsh.insert(article_id, self._minhash(sig))
        self._dates[article_id] = date

    def remove(self, article_id: str) -> None:
        if article_id in self._dates:
            self._lsh.remove(article_id)
            del self._dates[article_id]

    def candidates(self, sig: bytes, date: str | None, *, max_days: int = MAX_DAYS) -> list[str]:
        """Indexed articles that may be near-duplicates of a text with this signature and date."""
        found = self._lsh.query(self._minhash(sig))
        return sorted(a for a in found if within_window(date, self._dates.get(a), max_days=max_days))


def groups(pairs: Iterable[tuple[str, str]], dates: Mapping[str, str | None]) -> dict[str, str]:
    """Article id -> the representative of its near-duplicate group (only articles that have a copy).

    The representative is the earliest article of the group, then the smallest id.

    >>> groups([("b", "c"), ("a", "b")], {"a": "2025-09-26", "b": "2025-09-25", "c": None})
    {'a': 'b', 'b': 'b', 'c': 'b'}
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = {}
    for x in parent:
        members.setdefault(find(x), []).append(x)
    out: dict[str, str] = {}
    for group in members.values():
        rep = min(group, key=lambda x: (dates.get(x) or "9999-99-99", x))
        for x in group:
            out[x] = rep
    return dict(sorted(out.items()))
