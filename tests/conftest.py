"""Shared fixtures: the sample page and its hand-made gold annotation."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import settings

# The property tests draw the same examples on every run, so that CI is repeatable;
# benchmarks/fuzz.py explores at random, for as long as one wants.
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.load_profile("repeatable")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def gold_page() -> dict:
    return json.loads((ROOT / "tests" / "fixtures" / "qiantang-daily-2025-09-26-p1.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_text() -> str:
    return (ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt").read_text(encoding="utf-8")
