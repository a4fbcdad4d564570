"""Shared fixtures: the sample page and its hand-made gold annotation."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def gold_page() -> dict:
    return json.loads((ROOT / "tests" / "fixtures" / "qiantang-daily-2025-09-26-p1.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_text() -> str:
    return (ROOT / "samples" / "qiantang-daily-2025-09-26-p1.txt").read_text(encoding="utf-8")
