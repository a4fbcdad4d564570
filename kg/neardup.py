"""Near-duplicate articles: the same report reposted by several papers or sites, with small edits.

Two maintained libraries, each for what it is good at:

- ``datasketch`` (MinHash) makes each article's signature: 128 minimum hashes of its
  character 5-grams.  Candidates are found without comparing every pair by MinHash
  LSH, with datasketch's banding for ``LSH_THRESHOLD`` (``BANDS`` bands of ``ROWS``
  values): two articles are candidates when one band of their signatures is equal.
  The bands are kept in the store (``kg.store``'s ``lsh_bands``, with an index), so
  adding an article costs one signature (about a millisecond) and a few index
  searches, whatever the size of the store.
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
BANDS, ROWS = 25, 5         # datasketch's MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM) bands; the
                            # store's lsh_bands (kg.store_schema) is cut the same way: change them together
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


def shares_band(a: bytes, b: bytes) -> bool:
    """Whether two signatures are MinHash LSH candidates: one of their ``BANDS`` bands is equal.

    >>> a = bytes(range(256)) * 2
    >>> shares_band(a, a[:20] + bytes(492)), shares_band(a, bytes(10) + a[20:40] + bytes(482))
    (True, False)
    """
    width = 4 * ROWS
    return any(a[i:i + width] == b[i:i + width] for i in range(0, BANDS * width, width))


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
