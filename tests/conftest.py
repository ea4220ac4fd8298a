"""Shared fixtures: paths to the repository's example and test data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_dir() -> Path:
    """The folder of deliberately broken and sample records used by the tests."""
    return ROOT / "tests" / "data"


@pytest.fixture
def seed_pair_path() -> Path:
    """The two occupations of the reference page, transcribed as a records file."""
    return ROOT / "examples" / "seed-pair.json"
