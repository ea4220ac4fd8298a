"""What the installed package ships: templates and data come from the wheel, not the checkout."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import careerprose
from careerprose.resources import templates_dir

CHECKOUT = Path(__file__).resolve().parent.parent


def test_templates_are_found() -> None:
    folder = templates_dir()
    assert (folder / "README.md").is_file()


@pytest.mark.skipif(
    os.environ.get("CAREERPROSE_TEST_INSTALLED") != "1",
    reason="only meaningful for a non-editable install (set by .ci/run)",
)
def test_installed_package_reads_its_own_copy() -> None:
    package = Path(careerprose.__file__).resolve().parent
    assert CHECKOUT not in package.parents, f"careerprose imported from the checkout: {package}"
    assert Path(str(templates_dir())).resolve() == package / "templates"
    assert (package / "py.typed").is_file()
