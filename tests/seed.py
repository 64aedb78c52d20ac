"""The one real article the project uses, read from `../shared/seeds/` beside the project
root (never copied into the repository). `SCRAPER_SEED` names another path to it.

A test that needs it skips, saying where it looked, when a checkout has no `../shared`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(
    os.environ.get("SCRAPER_SEED")
    or ROOT.parent / "shared" / "seeds" / "all-of-us-are-dead-season-2.txt"
)


def seed_path() -> Path:
    """The seed article's path; skips the calling test when it is not there."""
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (set SCRAPER_SEED to its path)")
    return SEED


def seed_text() -> str:
    return seed_path().read_text(encoding="utf-8")
