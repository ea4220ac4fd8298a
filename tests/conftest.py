"""Shared fixtures (paths to example and test data) and the hypothesis settings profiles.

Profiles, chosen with the ``CAREERPROSE_HYPOTHESIS_PROFILE`` environment variable:

- ``dev`` (the default): few examples, for a quick edit-test loop;
- ``ci`` (what ``.ci/run`` uses): more examples, derandomized so a CI failure reproduces, with
  the failing example printed as a blob to paste into ``@reproduce_failure``;
- ``mutation`` (``scripts/mutation.py``): few examples, derandomized and without the example
  database, so a mutant's verdict never depends on an earlier run, and no shrinking (a
  failing example kills the mutant; shrinking it only made mutants time out).

Tests that need a fixed budget set ``max_examples`` themselves; the rest follow the profile.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings

ROOT = Path(__file__).resolve().parent.parent

# Articles take milliseconds each and vary a lot on a shared machine: no per-example deadline.
settings.register_profile("dev", max_examples=25, deadline=None)
settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "mutation",
    max_examples=10,
    deadline=None,
    derandomize=True,
    database=None,
    phases=(Phase.explicit, Phase.generate),  # a failure kills the mutant: no time shrinking it
)
settings.load_profile(os.environ.get("CAREERPROSE_HYPOTHESIS_PROFILE", "dev"))


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
