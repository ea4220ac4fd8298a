"""Shared fixtures: paths to the repository's example and test data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite the golden articles under examples/output/ (review the diff by reading it)",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    """Whether this run rewrites golden files instead of comparing against them."""
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture
def data_dir() -> Path:
    """The folder of deliberately broken and sample records used by the tests."""
    return ROOT / "tests" / "data"


@pytest.fixture
def seed_pair_path() -> Path:
    """The two occupations of the reference page, transcribed as a records file."""
    return ROOT / "examples" / "seed-pair.json"
