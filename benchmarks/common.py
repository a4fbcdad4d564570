"""What the benchmark scripts share: the repository root, name keys, and P/R/F1 counts.

Scripts run as ``python benchmarks/NAME.py`` put the repository root on ``sys.path``
first, so that ``extract``, ``kg`` and ``benchmarks`` import without an installed package.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CORPUS = ROOT.parent / "shared" / "corpus"
WORK = ROOT / "benchmarks" / "work"

# U+00B7 middle dot, U+2022 bullet, U+30FB katakana middle dot, U+FF65 its half-width form,
# U+2027 hyphenation point, U+2219 bullet operator, U+22C5 dot operator: one separator of
# foreign names (CONVENTIONS.md: "scoring treats the middle-dot variants as one").
_DOTS = str.maketrans({c: "\u00b7" for c in "\u2022\u30fb\uff65\u2027\u2219\u22c5"})


def canon(text: str | None) -> str:
    """The key a name is compared by: NFKC (full-width forms -> ASCII), no white space, one middle dot."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_DOTS)
    return "".join(text.split())


@dataclass
class Counts:
    """True positives counted on each side (they differ only for the many-to-many role rule)."""

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0
    false_pos: list = field(default_factory=list)
    false_neg: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold
        self.false_pos += other.false_pos
        self.false_neg += other.false_neg

    def summary(self) -> dict:
        """Counts and rates; precision and F1 are None when nothing was predicted (recall-only lines)."""
        return {
            "tp": self.tp_gold, "fp": self.n_pred - self.tp_pred, "fn": self.n_gold - self.tp_gold,
            "n_pred": self.n_pred, "n_gold": self.n_gold,
            "precision": round(self.precision, 4) if self.n_pred else None,
            "recall": round(self.recall, 4) if self.n_gold else None,
            "f1": round(self.f1, 4) if self.n_pred and self.n_gold else None,
        }


def set_counts(gold: set, pred: set) -> Counts:
    """Exact-match P/R/F1 counts of two sets of hashable items."""
    tp = len(gold & pred)
    return Counts(tp_pred=tp, n_pred=len(pred), tp_gold=tp, n_gold=len(gold),
                  false_pos=sorted(pred - gold, key=str), false_neg=sorted(gold - pred, key=str))


def _rate(v: float | None) -> str:
    return f"{v:>6.3f}" if v is not None else f"{'-':>6}"


def format_row(label: str, c: Counts, width: int = 34) -> str:
    s = c.summary()
    return (f"{label:<{width}} {_rate(s['precision'])} {_rate(s['recall'])} {_rate(s['f1'])}"
            f"   {s['tp']:>4} {s['fp']:>4} {s['fn']:>4}")


def table_header(width: int = 34) -> str:
    return f"{'category':<{width}} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}"
