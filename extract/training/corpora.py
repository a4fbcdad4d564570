"""Readers of the public NER corpora in ``../shared/data`` as (text, {label: [(start, end), ...]}).

Labels are mapped onto ours: PER (persons), ORG, LOC, TITLE (posts), GOV (government and
party organs), COMPANY.  What a corpus does not annotate is absent from its mapping.
"""
from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

Spans = dict[str, list[tuple[int, int]]]

MSRA = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
PEOPLES_DAILY = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
RESUME = {"NAME": "PER", "ORG": "ORG", "TITLE": "TITLE", "LOC": "LOC"}
CLUENER = {"name": "PER", "company": "COMPANY", "government": "GOV", "organization": "ORG",
           "position": "TITLE", "address": "LOC"}


def _char_tag(path: Path) -> Iterator[list[tuple[str, str]]]:
    sent: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split()
            if len(parts) != 2:
                if sent:
                    yield sent
                    sent = []
                continue
            sent.append((parts[0], parts[1]))
    if sent:
        yield sent


def tagged(path: Path, mapping: dict[str, str]) -> Iterator[tuple[str, Spans]]:
    """BIO or BMES character-per-line files."""
    for sent in _char_tag(path):
        yield "".join(c for c, _ in sent), spans_of_tags([t for _, t in sent], mapping)


def spans_of_tags(tags: list[str], mapping: dict[str, str]) -> Spans:
    spans: Spans = {}
    start: int | None = None
    label = ""

    def close(end: int) -> None:
        nonlocal start
        if start is not None and label in mapping:
            spans.setdefault(mapping[label], []).append((start, end))
        start = None

    for i, tag in enumerate(tags):
        prefix, _, lab = tag.partition("-")
        if prefix in ("B", "S", "O") or lab != label or start is None:
            close(i)
            if prefix != "O":
                start, label = i, lab
        if prefix in ("S", "E"):
            close(i + 1)
    close(len(tags))
    return spans


def cluener(path: Path) -> Iterator[tuple[str, Spans]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            spans: Spans = {}
            for lab, by_surface in rec.get("label", {}).items():
                if lab not in CLUENER:
                    continue
                for ranges in by_surface.values():
                    for a, b in ranges:
                        spans.setdefault(CLUENER[lab], []).append((a, b + 1))
            yield rec["text"], spans


def all_corpora(data: Path) -> dict[str, list[tuple[str, Spans]]]:
    """Every corpus in ``data`` (the ``../shared/data`` folder), by name."""
    return {
        "msra": list(tagged(data / "msra_ner" / "msra_train_bio", MSRA)),
        "peoples_daily_ner": list(tagged(data / "people_daily_ner" / "example.dev", PEOPLES_DAILY)),
        "resume": list(tagged(data / "resume_ner" / "train.char.bmes", RESUME)),
        "resume_dev": list(tagged(data / "resume_ner" / "dev.char.bmes", RESUME)),
        "cluener": list(cluener(data / "cluener2020" / "train.json")),
    }


def split(items: list, *, every: int = 10) -> tuple[list, list]:
    """A deterministic held-out part: every ``every``-th item is held out."""
    train = [x for i, x in enumerate(items) if i % every != every - 1]
    held = [x for i, x in enumerate(items) if i % every == every - 1]
    return train, held


# A record's index in its file, mod 10, says what it is for: HELD, the held-out records that the benchmarks
# score (their ids committed in benchmarks/heldout before any training); TUNE, the records that choose
# thresholds and whose errors may be read; the rest train.  No recipe trains on either.
HELD, TUNE = 9, 4


def parts(corpora: dict[str, list[tuple[str, Spans]]], names: Sequence[str]) -> dict[str, dict[str, list]]:
    """corpus -> {"train", "tune", "held"} -> records (``all_corpora``'s, by their index in their file)."""
    out = {}
    for name in names:
        split = {"train": [], "tune": [], "held": []}
        for i, record in enumerate(corpora[name]):
            split["held" if i % 10 == HELD else "tune" if i % 10 == TUNE else "train"].append(record)
        out[name] = split
    return out
