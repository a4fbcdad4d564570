"""What the generators of derived lexicons share: our lexicons' words, jieba's dictionary, the output file.

jieba's dictionary is ``jieba/dict.txt`` of the installed jieba package (MIT
licence), one ``word freq tag`` entry a line.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

LEXICON_DIR = Path(__file__).parent.parent
PROPER = ("nr", "ns", "nt", "nz")      # jieba's tags of proper nouns: persons, places, bodies, others


def read_words(path: Path) -> list[str]:
    """The words (first column) of a lexicon file; comments and blank lines skipped."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word = line.split("\t")[0].strip()
            if word:
                words.append(word)
    return words


def organ_words() -> set[str]:
    """The organs and organization suffixes of our lexicons (局, 委员会, 有限公司 ...)."""
    return set(read_words(LEXICON_DIR / "organs.tsv")) | set(read_words(LEXICON_DIR / "org_suffixes.tsv"))


def entries(lines: Iterable[str], *, min_freq: int = 0) -> Iterator[tuple[str, int, str]]:
    """(word, frequency, tag) of jieba's dictionary lines, of frequency at least ``min_freq``."""
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[1].isdigit() and int(parts[1]) >= min_freq:
            yield parts[0], int(parts[1]), parts[2]


def arguments(doc: str, output: Path, min_freq: int, argv: Sequence[str] | None) -> argparse.Namespace:
    """``--jieba-dict PATH`` (required), ``--min-freq``, ``--output`` of a generator."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--jieba-dict", type=Path, required=True)
    parser.add_argument("--min-freq", type=int, default=min_freq)
    parser.add_argument("--output", type=Path, default=output)
    return parser.parse_args(argv)


def write_lexicon(path: Path, header: str, rows: Sequence[str]) -> None:
    """The header, then one row a line; says on stderr how many were written."""
    path.write_text(header + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    print(f"wrote {len(rows)} words to {path}", file=sys.stderr)
