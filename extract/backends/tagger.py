"""The organization tagger: a small character model that proposes organizations (and persons) in a text.

Each character gets one of nine tags, O or B/I/E/S of ORG or PER, from a
softmax over hashed character n-gram features: the characters and character
pairs and triples around it, and how far the next and the last character that
often ends an organization (部, 司, 院, 会 ...) stands from it, with that
character.  Features are computed for a whole text at once with numpy, the
tags are read greedily and cut into spans, so the model costs a few
microseconds a character and reads every article of the default pipeline.
``extract/training/orgs.py`` is the recipe; the weights ship in
``extract/models/orgs.npz`` (float16).

The grammar decides (``extract.organizations.accept_proposals``): a proposal
that overlaps a name the grammar found is dropped.  Each proposal is typed GOV,
COMPANY or ORG by its last characters (a table learnt from CLUENER's typed
organizations), and kept only where its confidence (the lowest probability of
its tags) reaches the threshold chosen on training records.

    OrgTagger.load().spans(text) -> [(start, end, label, confidence)]   label ORG or PER
    OrgTagger.load().organizations(text) -> [(start, end, GOV|COMPANY|ORG)]
"""
from __future__ import annotations

import functools
import io
import re
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

MODEL = "models/orgs.npz"

LABELS = ("ORG", "PER")
N_TAGS = 1 + 4 * len(LABELS)          # O, then B I E S of each label
PAD = 3                               # characters of padding on each side of a text
LEFT_PAD, RIGHT_PAD = 1, 2            # the code points that stand for "before the text" and "after it"
BMP = 0xFFFF                          # characters past the Basic Multilingual Plane share one hash
REACH = 12                            # how far the nearest organization ending is looked for
NEAR = 30                             # the model reads only characters this near an ending ahead of them: a third
                                      # faster, organizations F1 within 0.004 on the held-out records (benchmarks/README)

# odd 64-bit constants of the hash (splitmix64)
_K = (0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB, 0xD6E8FEB86659FD93)

# The rows a feature reads: the character at offsets -3..3 (rows 0..6), the distance to the nearest
# ending at or after the character (7), the distance back to the last ending before it (8), and the
# nearest ending ahead with its distance (9).  A template hashes a weighted sum of its rows.
C = {k: 3 + k for k in range(-3, 4)}
AHEAD, BEHIND, AHEAD_CHAR = 7, 8, 9
N_ROWS = 10
ZERO = N_ROWS                         # a row of zeros: templates of fewer than three rows read it
TEMPLATES = (
    (C[0],), (C[-1],), (C[1],), (C[-2],), (C[2],),
    (C[-1], C[0]), (C[0], C[1]), (C[-2], C[-1]), (C[1], C[2]),
    (C[-1], C[0], C[1]), (C[-2], C[-1], C[0]), (C[0], C[1], C[2]),
    (AHEAD, C[0]), (AHEAD, C[-1]), (BEHIND, C[0]), (AHEAD_CHAR, C[0]),
)
N_TEMPLATES = len(TEMPLATES)


def tag_of(label: int, part: str) -> int:
    """The tag id of ``part`` (B, I, E, S) of label number ``label``."""
    return 1 + 4 * label + "BIES".index(part)


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, in place."""
    import numpy as np

    h ^= h >> np.uint64(30)
    h *= np.uint64(_K[1])
    h ^= h >> np.uint64(27)
    h *= np.uint64(_K[2])
    h ^= h >> np.uint64(31)
    return h


@functools.cache
def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The hash of each code point of the BMP (digits and Latin letters folded to one class each); for
    each template, the rows it reads (three, padded with the row of zeros) and their odd multipliers,
    (3, N_TEMPLATES) and (3, N_TEMPLATES, 1), and its own constant; and the distance buckets (0..12 as 0 1 2 3 4 5 5 6 6 6
    7 7 7; none within REACH: 8), hashed."""
    import numpy as np

    cp = np.arange(BMP + 1, dtype=np.uint64)
    digit = ((cp >= 0x30) & (cp <= 0x39)) | ((cp >= 0xFF10) & (cp <= 0xFF19))
    low = cp | np.uint64(0x20)
    latin = ((low >= 0x61) & (low <= 0x7A)) | ((cp >= 0xFF21) & (cp <= 0xFF5A))
    cp[digit] = 0x30
    cp[latin] = 0x61
    chars = _mix(cp + np.uint64(_K[0]))
    rnd = _mix(np.arange(1, 4 * N_TEMPLATES + 1, dtype=np.uint64) * np.uint64(_K[3])) | np.uint64(1)
    rows = np.full((3, N_TEMPLATES), ZERO, dtype=np.int64)
    for t, template in enumerate(TEMPLATES):
        rows[:len(template), t] = template
    mult = rnd[:3 * N_TEMPLATES].reshape(3, N_TEMPLATES, 1)
    ids = rnd[3 * N_TEMPLATES:].reshape(N_TEMPLATES, 1)
    buckets = _mix(np.array((0, 1, 2, 3, 4, 5, 5, 6, 6, 6, 7, 7, 7, 8), dtype=np.uint64) + np.uint64(_K[2]))
    return chars, (rows, mult), ids, buckets


def ending_table(endings: np.ndarray) -> np.ndarray:
    """A boolean table over the BMP: does the character often end an organization?"""
    import numpy as np

    endings = np.asarray(endings, dtype=np.int64)
    table = np.zeros(BMP + 1, dtype=bool)
    table[endings[endings <= BMP]] = True
    return table


def _distances(is_end: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """For each of ``n`` positions, the index of the nearest ending at or after it, and at or before it
    (``n`` / -1 where none)."""
    import numpy as np

    idx = np.arange(n)
    nxt = np.minimum.accumulate(np.where(is_end, idx, n)[::-1])[::-1]
    prv = np.maximum.accumulate(np.where(is_end, idx, -1))
    return nxt, prv


def feature_index(text: str, endings: np.ndarray, bits: int, at: np.ndarray | None = None) -> np.ndarray:
    """The hashed feature ids of every character of ``text``: int64 array (N_TEMPLATES, len(text)); with ``at``
    (positions), of those characters only: (N_TEMPLATES, len(at)).

    ``endings``: ``ending_table`` of the characters that often end an organization."""
    import numpy as np

    n = len(text)
    chars, templates, ids, buckets = _tables()
    cp = np.empty(n + 2 * PAD, dtype=np.int64)
    cp[:PAD] = LEFT_PAD
    cp[PAD + n:] = RIGHT_PAD
    if n:
        np.minimum(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32), BMP,
                   out=cp[PAD:PAD + n], casting="unsafe")
    u = chars[cp]
    nxt, prv = _distances(endings[cp[PAD:PAD + n]], n)
    pos = np.arange(n)
    ahead = np.minimum(nxt - pos, REACH + 1)                        # the nearest ending here or after
    before = np.concatenate([[-1], prv[:-1]])                       # the last ending before this character
    behind = np.where(before >= 0, np.minimum(pos - before, REACH + 1), REACH + 1)
    if at is not None:
        pos, ahead, behind, nxt = pos[at], ahead[at], behind[at], nxt[at]
    m = len(pos)
    X = np.empty((N_ROWS + 1, m), dtype=np.uint64)
    for k in range(2 * PAD + 1):                                    # the characters at offsets -3..3
        X[k] = u[pos + k]
    X[AHEAD] = buckets[ahead]
    X[BEHIND] = buckets[behind]
    X[AHEAD_CHAR] = np.where(ahead <= REACH, u[PAD + np.minimum(nxt, max(n - 1, 0))] ^ X[AHEAD], 0)
    X[ZERO] = 0
    rows, mult = templates                      # H[t] = sum of M[t, r] * X[r] over the rows r of t, + its constant
    H = X[rows[0]] * mult[0]
    H += X[rows[1]] * mult[1]
    H += X[rows[2]] * mult[2]
    H += ids
    H >>= np.uint64(64 - bits)
    return H.view(np.int64)


def decode(positions: Sequence[int], tags: Sequence[int],
           confidences: Sequence[float]) -> list[tuple[int, int, int, float, bool]]:
    """Spans of the characters whose greedy tag is not O: (start, end, label number, confidence: the lowest
    probability of its tags, whole: it opens with B and closes with E, or is one S).  A run of one label
    is cut before a B or S tag and after an E or S tag."""
    out: list[tuple[int, int, int, float, bool]] = []
    start = end = label = -1
    low = 1.0
    opened = open_ = False
    for i, t, c in zip(positions, tags, confidences):
        lab, part = divmod(t - 1, 4)             # part 0 B, 1 I, 2 E, 3 S
        if open_ and i == end and lab == label and part in (1, 2):
            end, low = i + 1, min(low, c)
        else:
            if open_:
                out.append((start, end, label, low, False))
            start, end, label, low, opened = i, i + 1, lab, c, part in (0, 3)
        open_ = True
        if part >= 2:
            out.append((start, end, label, low, opened and (part == 3 or end - start >= 2)))
            open_ = False
    if open_:
        out.append((start, end, label, low, False))
    return out


class OrgTagger:
    """The shipped character tagger (or one a program trained): weights, the ending characters, the type
    table and the threshold."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, endings: np.ndarray, *,
                 types: dict[str, str], threshold: float = 0.5, person_threshold: float = 1.0) -> None:
        import numpy as np

        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        # The weights the model reads: int8, one scale per tag.  A quarter of the float table's memory, so that
        # it stays in the cache between the articles of a run: the tagger ran twice as fast alone as inside the
        # pipeline, whose other work pushed the float table out (benchmarks/README.md, "The organization
        # tagger, on or off")
        self._scale = (np.abs(self.weights).max(axis=0) / 127.0).astype(np.float32) + np.float32(1e-12)
        self._q = np.round(self.weights / self._scale).astype(np.int8)
        self.bits = int(weights.shape[0]).bit_length() - 1
        self.endings = np.asarray(endings, dtype=np.uint64)
        self._table = ending_table(self.endings)
        chars = "".join(chr(c) for c in self.endings.tolist())
        self._has_ending = re.compile("[" + re.escape(chars) + "]").search if chars else (lambda text: None)
        self.types = types
        self.threshold = threshold
        self.person_threshold = person_threshold

    @classmethod
    @functools.cache
    def load(cls) -> OrgTagger:
        """The model that ships in ``extract/models/orgs.npz`` (read once per process)."""
        data = resources.files("extract").joinpath(MODEL).read_bytes()
        return cls.from_bytes(data)

    @classmethod
    def from_file(cls, path: str) -> OrgTagger:
        """A model written by ``extract.training.orgs`` (``--output``)."""
        with open(path, "rb") as fh:
            return cls.from_bytes(fh.read())

    @classmethod
    def from_bytes(cls, data: bytes) -> OrgTagger:
        import numpy as np

        z = np.load(io.BytesIO(data), allow_pickle=False)
        keys = [str(k) for k in z["type_keys"]]
        values = [str(v) for v in z["type_values"]]
        return cls(z["weights"], z["bias"], z["endings"], types=dict(zip(keys, values)),
                   threshold=float(z["threshold"]), person_threshold=float(z["person_threshold"]))

    def to_bytes(self) -> bytes:
        import numpy as np

        buf = io.BytesIO()
        keys = sorted(self.types)
        np.savez_compressed(buf, weights=self.weights.astype(np.float16), bias=self.bias,
                            endings=self.endings, type_keys=np.array(keys, dtype=str),
                            type_values=np.array([self.types[k] for k in keys], dtype=str),
                            threshold=np.float64(self.threshold),
                            person_threshold=np.float64(self.person_threshold))
        return buf.getvalue()

    def scores(self, text: str, at: np.ndarray | None = None) -> np.ndarray:
        """(len(text), N_TAGS) tag scores (logits); with ``at`` (positions), (len(at), N_TAGS)."""
        import numpy as np

        rows = np.take(self._q, feature_index(text, self._table, self.bits, at), axis=0)
        return rows.sum(axis=0, dtype=np.int32) * self._scale + self.bias

    def _near_endings(self, text: str) -> np.ndarray:
        """The positions of ``text`` at most ``NEAR`` characters before a character that often ends an
        organization, where the model is run (elsewhere every tag is O)."""
        import numpy as np

        cp = np.minimum(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32), BMP)
        nxt, _ = _distances(self._table[cp], len(text))
        return np.flatnonzero(nxt - np.arange(len(text)) <= NEAR)

    def spans(self, text: str) -> list[tuple[int, int, str, float]]:
        """Every span the greedy tags give: (start, end, ORG or PER, confidence: the lowest probability
        of its tags, 0 for a span that does not open with B and close with E, or is not one S), in text
        order."""
        import numpy as np

        if not self._has_ending(text):
            return []           # no character that often ends an organization: not worth a model run
        near = self._near_endings(text)
        z = self.scores(text, near)
        tags = z.argmax(axis=1)
        hit = np.flatnonzero(tags)
        if not len(hit):
            return []
        at, tags, zz = near[hit], tags[hit], z[hit]
        zz -= zz.max(axis=1, keepdims=True)
        conf = 1.0 / np.exp(zz).sum(axis=1)
        return [(s, e, LABELS[k], c if whole else 0.0)
                for s, e, k, c, whole in decode(at.tolist(), tags.tolist(), conf.tolist())]

    def kind(self, name: str) -> str:
        """GOV, COMPANY or ORG by the name's last two characters, else its last one, else ORG."""
        return self.types.get(name[-2:]) or self.types.get(name[-1:]) or "ORG"

    def organizations(self, text: str, *, threshold: float | None = None) -> list[tuple[int, int, str]]:
        """The organizations the model proposes, typed by ``kind``: (start, end, GOV|COMPANY|ORG)."""
        th = self.threshold if threshold is None else threshold
        return [(s, e, self.kind(text[s:e])) for s, e, label, c in self.spans(text)
                if label == "ORG" and c >= th and e - s >= 2]

    def persons(self, text: str, *, threshold: float | None = None) -> list[tuple[int, int, float]]:
        th = self.person_threshold if threshold is None else threshold
        return [(s, e, c) for s, e, label, c in self.spans(text) if label == "PER" and c >= th]
